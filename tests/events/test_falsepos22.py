"""False events of round 22 (falsepos22): one act told twice, words in a sense that is no act, proposals and
vows coded as what they are. Sentences written for these tests."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, code", [
    # the raid named as the occasion of an arrest or a seizure is its means: one act, no attack beside it
    ("Police arrested the opposition leader in a dawn raid on his home.", "2024-05-02", "173"),
    ("The opposition leader was detained by police in a dawn raid on his home.", "2024-05-02", "173"),
    ("Police seized 40 rifles in a raid on a warehouse in Basra.", "2024-05-02", "1711"),
])
def test_raid_as_the_occasion_of_an_arrest_is_no_attack(coder, text, date, code):
    t = triples(coder, text, date=date)
    assert has_coded(t, code), t
    assert not any(c[:2] == "19" for _, _, c, _ in t), t


def test_raid_with_a_killing_is_still_coded(coder):
    # only an arrest or seizure takes the raid as its means; a killing in a raid keeps the force
    t = triples(coder, "Soldiers killed three militants in a raid on a rebel hideout.", date="2024-05-02")
    assert any(c[:2] in {"18", "19"} for _, _, c, _ in t), t


@pytest.mark.parametrize("text, date, source", [
    # what any comer would suffer, with no doer named, is the warner's own response: a threat, no comment (012)
    ("Pakistan warned that any attack on its territory would be answered.", "2019-03-01", "PAK"),
    ("Iran warned that any aircraft entering its airspace would be shot down.", "2019-06-21", "IRN"),
    ("Manila warned that any attempt to board its ships would be resisted.", "2024-06-18", "PHL"),
])
def test_warning_of_a_response_to_any_comer_is_a_threat(coder, text, date, source):
    t = triples(coder, text, date=date, modality=None)
    assert has_coded(t, "13", source, modality=None), t
    assert not has_coded(t, "012", modality=None), t


@pytest.mark.parametrize("text, date", [
    # a doer named, or an active verb of harm: a warning of another's act or of an ill (012)
    ("The EU warned that any company trading with Iran would be punished by Washington.", "2019-05-02"),
    ("The minister warned that any intervention would destabilise the region.", "2023-08-05"),
])
def test_other_warnings_stay_comments(coder, text, date):
    t = triples(coder, text, date=date, modality=None)
    assert has_coded(t, "012"), t


@pytest.mark.parametrize("text, date, code", [
    # a proposal is an offer of the proposer's own plan (03x), no appeal (02x)
    ("France proposed a peace plan for Lebanon.", "2024-10-02", "037"),
    ("Moscow proposed a summit with Washington.", "2021-05-02", "036"),
    ("The Soviet leader proposed that all chemical weapons be destroyed within ten years.", "1987-05-02", "03"),
])
def test_proposal_is_a_statement_of_intent(coder, text, date, code):
    t = triples(coder, text, date=date, modality=None)
    assert has_coded(t, code, modality="intended"), t
    assert not any(c[:2] == "02" for _, _, c, _ in t), t


@pytest.mark.parametrize("text, date", [
    # suggesting or hinting is saying, not asking
    ("The minister suggested that the rebels had been behind the bombing.", "2021-05-02"),
    ("Officials in Kyiv hinted at involvement in the blast.", "2022-10-09"),
])
def test_suggesting_is_no_appeal(coder, text, date):
    t = triples(coder, text, date=date, modality=None)
    assert not any(c[:2] == "02" for _, _, c, _ in t), t


@pytest.mark.parametrize("text, date, code", [
    # a vow of a struggle, a battle, a response, measures or options is a threat
    ("Hamas vowed to continue the struggle against Israel.", "2014-07-20", "13"),
    ("The army commanders vowed an overwhelming response to the ambush.", "2004-04-01", "138"),
    ("Beijing vowed to take resolute measures against Taipei.", "2023-04-06", "13"),
])
def test_hostile_vow_is_a_threat(coder, text, date, code):
    t = triples(coder, text, date=date, modality=None)
    assert has_coded(t, code, modality="intended"), t
    assert not any(c[:2] == "03" for _, _, c, _ in t), t


def test_cooperative_vow_stays_an_intent(coder):
    t = triples(coder, "Iran vowed to cooperate fully with the IAEA inspectors.", date="2020-05-02", modality=None)
    assert has_coded(t, "03", "IRN", modality="intended"), t


@pytest.mark.parametrize("text, date", [
    # tariffs or a levy hit back with are imposed (163), no force
    ("Canada hit back with tariffs on American steel and aluminium.", "2018-06-01"),
    ("China struck back with a 25 percent levy on US soybeans.", "2018-07-06"),
])
def test_hitting_back_with_tariffs_is_a_sanction(coder, text, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "163"), t
    assert not any(c[:2] == "19" for _, _, c, _ in t), t


def test_treaty_that_annexes_is_the_annexation(coder):
    # the signing and the annexation it names are one act: no formal agreement with the state that loses land
    t = triples(coder, "Putin signed treaties annexing four regions of Ukraine.", date="2022-09-30")
    assert has_coded(t, "192", "RUS", "UKR"), t
    assert not has_coded(t, "057"), t


def test_treaty_of_friendship_is_still_signed(coder):
    t = triples(coder, "Russia and China signed a treaty on friendship and cooperation.", date="2001-07-16")
    assert has_coded(t, "057", "RUS", "CHN"), t


@pytest.mark.parametrize("text, date", [
    # the deaths an accident verb's participle tells are no killing by anyone
    ("A passenger train derailed in northern Egypt on Sunday, killing at least 40 people.", "2024-05-02"),
    ("A cargo plane collided with a military helicopter near the airport, killing all 12 people aboard.", "2024-05-02"),
])
def test_deaths_of_an_accident_are_no_event(coder, text, date):
    assert not triples(coder, text, date=date), triples(coder, text, date=date)


def test_killing_after_an_attack_verb_stays(coder):
    t = triples(coder, "Gunmen attacked a bus near Peshawar, killing 12 passengers.", date="2024-05-02")
    assert any(c[:2] in {"18", "19", "20"} for _, _, c, _ in t), t
