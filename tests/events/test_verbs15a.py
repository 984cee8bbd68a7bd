"""Round 15 (verbs15a): cooperative and verbal acts of roots 01-10 the coder missed on fresh text, each fixed as a
class and tested on our own sentences: a statement called a lie or baseless is denied (016); a restriction ended
or rescinded is lifted (0813, 0814); armed forces falling back give ground (0874); places handed over or back by
an armed side (0874); urging a leader to step aside (1041)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    # a statement named a lie, or called baseless: a denial (016)
    ("The Kremlin called the report a lie.", "016", "RUS", None),
    ("Beijing called the accusation a fabrication.", "016", "CHN", None),
    ("Moscow's foreign ministry called the reports \"fake news\".", "016", "RUS", None),
    ("Tehran described the claims as baseless.", "016", "IRN", None),
    ("New Delhi called the allegation absurd and baseless.", "016", "IND", None),
    ("Kenya accused Uganda of arming rebels, an allegation Kampala called preposterous.", "016", "UGA", None),
    ("Investigators concluded that the ship was sunk by a mine, a finding Pyongyang called a fabrication.",
     "016", "PRK", None),
    ("Ukraine accused Russia of shelling the plant, an account Moscow rejected.", "016", "RUS", "UKR"),
    # a restriction ended or rescinded is lifted
    ("Parliament voted to end the state of emergency.", "0814", None, None),
    ("The king ended martial law in 1987.", "0814", None, None),
    ("The government ended the curfew in the capital.", "0813", None, None),
    # armed forces falling back give ground
    ("The peacekeepers fell back to the city centre.", "0874", None, None),
    ("Government troops fell back towards the capital.", "0874", None, None),
    # places handed over or back by an armed side
    ("Armenia handed the Kalbajar district back to Azerbaijan.", "0874", "ARM", "AZE"),
    ("Serb police handed over the suburb of Vogosca to federation authorities.", "0874", "SRB", None),
    # urging a leader to step aside
    ("Obama called on Assad to step aside.", "1041", "USA", "SYR"),
])
def test_missed_cooperative_and_verbal_acts(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, code", [
    # censure of an act stays criticism: only a statement is denied
    ("Moscow called the sanctions absurd.", "111"),
    ("Beijing called the visit a provocation.", "111"),
    ("Japan called the missile launch unacceptable.", "111"),
    ("Kyiv dismissed the truce offer as cynical and rejected it.", "12"),
])
def test_censure_of_an_act_is_no_denial(coder, text, code):
    t = triples(coder, text)
    assert has_coded(t, code), t
    assert not has_coded(t, "016", modality=None), t


@pytest.mark.parametrize("text", [
    "Oil prices fell back after the announcement.",
    "Zelenskiy said Ukraine would never cede territory for a ceasefire.",
])
def test_no_act_asserted(coder, text):
    t = triples(coder, text)
    assert not has_coded(t, "0874"), t
    assert not has_coded(t, "0831"), t


@pytest.mark.parametrize("text, source, target", [
    # asylum granted with no one named is given by the state of the place
    ("Assad was granted asylum in Moscow.", "RUS", "SYR"),
    ("The journalists were given asylum in France.", "FRA", None),
])
def test_asylum_granted_in_a_place(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "075", source, target), t


def test_asylum_granted_nowhere_named_has_no_giver(coder):
    assert not has_coded(triples(coder, "The dissident was granted asylum."), "075")


@pytest.mark.parametrize("text, code, source, target", [
    # a resignation tendered or handed in
    ("The prime minister tendered his resignation.", "0831", None, None),
    ("The defence minister handed in his resignation to the king.", "0831", None, None),
    # weapon systems named by kind or make
    ("Germany sent Patriot systems to Ukraine.", "072", "DEU", "UKR"),
    ("The US delivered HIMARS launchers to Ukraine.", "072", "USA", "UKR"),
    ("Britain shipped armoured vehicles to Ukraine.", "072", "GBR", "UKR"),
    # an appeal made or issued; for help or aid, an appeal for aid
    ("The junta made a rare appeal for international assistance.", "023", None, None),
    ("The government issued an appeal for international aid.", "023", None, None),
    ("The president made an appeal for calm.", "020", None, None),
])
def test_resignations_weapons_and_appeals(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text", [
    "The company tendered a bid for the port contract.",
    "Students handed in their exam papers.",
])
def test_tendering_arms_no_one(coder, text):
    assert not triples(coder, text)


@pytest.mark.parametrize("text, code, source", [
    # armed forces vacating a place leave it
    ("Russian troops vacated the Zaporizhzhia plant.", "0874", "RUS"),
    ("Islamist fighters vacated the town overnight.", "0874", None),
    # an agreement ended is rejected
    ("Washington ended the agreement with Tehran.", "127", "USA"),
])
def test_vacating_and_ending(coder, text, code, source):
    t = triples(coder, text)
    assert has_coded(t, code, source), t


@pytest.mark.parametrize("text", [
    # a summit ended without an agreement rejects none
    "Reagan and Gorbachev ended their summit without an arms agreement.",
    "Trump and Kim Jong Un ended their summit in Hanoi without a deal.",
])
def test_a_meeting_ended_without_a_deal_rejects_none(coder, text):
    from foedus.coder import vetter

    # the rules' reading: the event vetter retrained in session 33 drops the Reagan-Gorbachev meeting (a known loss,
    # docs/model.md); with it on, no rejection is coded either
    assert not has_coded(triples(coder, text), "127", modality=None)
    with vetter.disabled():
        t = triples(coder, text)
    assert not has_coded(t, "127", modality=None), t
    assert has_coded(t, "04"), t
