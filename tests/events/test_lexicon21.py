"""Dictionary gaps of round 21 (lexicon21): words of an act that no verb or noun entry held. The irregular past
"overran" (left unlemmatised by the tagger) is "overrun"; resupplying or rearming gives arms (072); exhuming bodies
from a mass grave investigates war crimes (094); tariffs halved, cut or slashed ease an embargo (085); looting named
by its noun seizes property (1711), torture is torture (1822), an extradition is judicial cooperation (063), shuttle
diplomacy is mediation (045), a naval quarantine a blockade (191), an airlift of arms or aid gives them (072/073),
the dismissal of an office-holder removes him (0831); a phone, telephone or video call, or a call with or between
partners, is a meeting by telephone (041). A truck, lorry or van laden, packed or loaded with explosives that blows up or
is rammed into a place is a car bombing (1832). Our own sentences, each family with sentences where the same words mean
something else."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    ("Rebel fighters overran the garrison town of Kidal.", "19", "MLIREB", None),
    ("Iran rearmed the Houthi militia with drones and missiles.", "072", "IRN", "YEMREB"),
    ("The Soviet Union resupplied Syria with tanks.", "072", "SUN", "SYR"),
    ("Ukrainian prosecutors exhumed bodies from a mass grave near Izium.", "094", "UKRJUD", None),
    ("Canada halved its tariffs on Chinese electric vehicles.", "085", "CAN", "CHN"),
    ("Mexico slashed tariffs on American corn.", "085", "MEX", "USA"),
    ("Rebels carried out looting in the northern town of Bria.", "171", "CAFREB", None),
    ("Bolivian prosecutors announced the dismissal of the army chief.", "0831", "BOLJUD", "BOLMIL"),
    ("Putin agreed in a call with Trump to halt strikes on energy infrastructure.", "041", "RUSGOV", "USAGOV"),
    ("The phone call between Trump and Xi lasted two hours.", "041", "USAGOV", "CHNGOV"),
    ("A truck packed with explosives blew up outside the Indian embassy in Kabul, killing 41 people.", "1832", None, None),
    ("A lorry laden with explosives crashed into the police headquarters in Mogadishu.", "1832", None, "SOMCOP"),
    ("An explosives-laden van rammed the gate of the army base in Kandahar.", "1832", None, None),
])
def test_words_of_acts(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, absent", [
    ("Opposition leaders in Caracas renewed their call for the resignation of Maduro.", "04"),
    ("The court announced the dismissal of the case against the Russian journalist.", "08"),
    ("Canada cut costs and slashed prices for Chinese buyers.", "08"),
    ("Russian soldiers looted the town and then overran the museum's budget.", "04"),
    ("Italian health officials ordered a quarantine of the Chinese tourists.", "19"),
    ("The United States began an airlift of its citizens out of Kabul.", "07"),
    ("A truck crashed into a bus on the highway near Lahore, killing 12 people.", "18"),
    ("A fuel truck exploded on a highway near Nairobi, killing 12 people.", "18"),
    ("A van loaded with fireworks exploded in a market in Karachi.", "18"),
])
def test_other_uses_are_not_coded_so(coder, text, absent):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, absent, modality=None), t


@pytest.mark.parametrize("text", [
    "A truck hit a pedestrian in Lyon on Tuesday.",
    "A car struck two cyclists on a road outside Nairobi.",
    "A van hit a wall in central Manchester on Sunday night.",
])
def test_a_vehicle_with_no_explosive_is_no_attacker(coder, text):
    # a car, truck or van is a violent means (an unattributed attack's doer) only as a vehicle bomb
    assert triples(coder, text, modality=None) == set()
