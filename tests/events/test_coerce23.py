"""Coercion (CAMEO 17) the coder missed on fresh text, each fixed as a class and tested on our own sentences
(helper miss17 of the twenty-third session)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target", [
    # people arrested before or around an election, a vote, a summit or a referendum are arrested: the null rows
    # of these words were "hold"'s ("held elections"), not the arrest verbs'
    ("Police in Lagos arrested 30 opposition activists ahead of the governorship election.", "NGACOP", "NGAOPP"),
    ("Belarusian police detained dozens of students before the presidential vote.", "BLRCOP", None),
    ("Turkish police detained 40 protesters outside the NATO summit in Ankara.", "TURCOP", None),
    ("Spanish police arrested a Catalan official over the banned independence referendum.", "ESPCOP", None),
    ("Ugandan soldiers jailed the opposition candidate's campaign staff during the election campaign.", "UGAMIL",
     None),
])
def test_arrests_around_elections_and_summits(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "173", source, target), t


@pytest.mark.parametrize("text", [
    # hold keeps its own light-verb rows: an election or a vote held is no arrest
    "Nigeria held a presidential election on Saturday.",
    "The Kurdish region held an independence referendum despite objections from Baghdad.",
])
def test_held_elections_are_no_arrests(coder, text):
    t = triples(coder, text)
    assert not has_coded(t, "173", modality=None), t


@pytest.mark.parametrize("text, date, source, target", [
    # a person named with a soldier's title who seizes power or ousts the leader: a coup by the military (173),
    # whatever office the actor dictionary gives him from that day on
    ("Army chief Pervez Musharraf seized power in Islamabad and detained the prime minister.", "1999-10-12",
     "PAKMIL", "PAKGOV"),
    ("Special forces commander Mamady Doumbouya seized power in Conakry on Sunday.", "2021-09-05", "GINMIL",
     "GINGOV"),
    ("Colonel Assimi Goita ousted President Bah Ndaw, the second coup in nine months.", "2021-05-25", "MLIMIL",
     "MLIGOV"),
])
def test_coup_led_by_an_officer(coder, text, date, source, target):
    t = triples(coder, text, date)
    assert has_coded(t, "173", source, target), t


@pytest.mark.parametrize("text", [
    # a politician who takes power is no coup
    "Prime Minister Boris Johnson seized power from his rivals in the party.",
    "Opposition leader Keir Starmer seized power in a landslide election.",
])
def test_politicians_taking_power_stage_no_coup(coder, text):
    t = triples(coder, text, "2020-01-01")
    assert not has_coded(t, "173", modality=None), t


@pytest.mark.parametrize("text, source, target", [
    # an arrest in a passive with no agent, reported by a state's police or security service, is theirs
    ("Police said dozens of suspected ELN rebels had been detained in a sweep of Arauca.", "COLCOP", "COLREB"),
    ("Russia's FSB said two Ukrainian saboteurs had been arrested in Bryansk.", "RUSSPY", "UKR"),
    ("Kenyan police said 40 protesters were arrested in Nairobi on Monday.", "KENCOP", "KENCVL"),
])
def test_passive_arrest_reported_by_police(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "173", source, target), t




@pytest.mark.parametrize("text, date, source, target", [
    # a protest camp stormed by the state's own forces in a town the coder reads as the state: repression of the
    # crowd (175), not force on the state
    ("Sudanese security forces stormed a protest camp in Khartoum, killing dozens of people.", "2019-06-03",
     "SDNCOP", "SDNCVL"),
    ("Belarusian riot police stormed a protest camp in Minsk at dawn.", "2020-09-01", "BLRCOP", "BLRCVL"),
])
def test_protest_camp_stormed_by_own_forces(coder, text, date, source, target):
    t = triples(coder, text, date)
    assert has_coded(t, "175", source, target), t


def test_foreign_troops_storming_a_camp_stay_force(coder):
    t = triples(coder, "Russian troops stormed a protest camp in Kyiv.", "2022-03-01")
    assert not has_coded(t, "175", modality=None), t


@pytest.mark.parametrize("text, date, source, target", [
    # "anti-government" says what the protesters are against: they are civilians, not the government
    ("Soldiers fired live ammunition at anti-government demonstrators in Caracas, killing two teenagers.",
     "2019-01-23", "VENMIL", "VENCVL"),
    ("Thai troops stormed the camp of anti-government protesters in central Bangkok.", "2010-05-19", "THAMIL",
     "THACVL"),
    ("Riot police beat anti-regime marchers in Tehran.", "2022-10-01", "IRNCOP", "IRNCVL"),
])
def test_anti_government_crowds_are_civilians(coder, text, date, source, target):
    t = triples(coder, text, date)
    assert has_coded(t, "175", source, target), t
    assert not any((tg or "").endswith("GOV") and c.startswith("17") for s, tg, c, m in t), t


@pytest.mark.parametrize("text, date, source, target", [
    # crowds fired on by their own state's forces are repressed, whatever brought them out
    ("Cameroonian troops opened fire on crowds who had gathered in Bamenda, killing at least eight people.",
     "2017-10-01", "CMRMIL", "CMRCVL"),
    ("Haitian soldiers fired into crowds in the slums of Port-au-Prince.", "1991-09-30", "HTIMIL", "HTICVL"),
    ("South African police opened fire on a crowd of mourners near Uitenhage.", "1985-03-21", "ZAFCOP", "ZAFCVL"),
])
def test_crowds_fired_on_by_own_forces(coder, text, date, source, target):
    t = triples(coder, text, date)
    assert has_coded(t, "175", source, target), t


@pytest.mark.parametrize("text, date", [
    # a gang's or a foreign army's fire on a crowd is no repression
    ("Gang members opened fire on a crowd waiting for a bus in Port-au-Prince, killing seven.", "2023-05-01"),
    ("Israeli soldiers fired on a crowd of Palestinians in Gaza.", "2024-02-29"),
])
def test_crowds_fired_on_by_others(coder, text, date):
    t = triples(coder, text, date)
    assert not has_coded(t, "175", modality=None), t
