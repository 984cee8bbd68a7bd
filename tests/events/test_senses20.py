"""Senses read from the object and the words around the verb (round 20): welcoming a person, a state, a body or an
envoy is hosting (043), welcoming a proposal, a verdict or a ruling is praise (051); speaking to reporters is no
act between two actors; water or gas released is no release of anyone (084); a person or a gang captured is
arrested (173), not territory taken (192), also when an unknown name is told by its apposition; a time phrase ("on Monday", "in
March", "in 2019") never completes a verb's pattern ("what Pretoria called guerrilla bases ... on Monday" is no
"call on", an appeal). Our own sentences, each family with sentences where the same words mean something else."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    ("The Kenyan government welcomed the court's verdict against the former minister.", "051", "KENGOV", None),
    ("Tehran welcomed the French proposal for a prisoner exchange.", "051", "IRNGOV", None),
    ("The Portuguese president welcomed the Brazilian foreign minister in Lisbon.", "043", "PRTGOV", "BRAGOV"),
    ("Ghana's president welcomed a delegation of Togolese elders.", "043", "GHAGOV", None),
    ("Jordan welcomed thousands of Iraqi refugees.", "075", "JOR", None),
    ("Egypt's foreign minister spoke to his Sudanese counterpart by telephone.", "041", "EGYGOV", "SDNGOV"),
    ("The Indonesian president flew to Canberra for talks.", "042", "IDNGOV", "AUS"),
    ("Colombia released three Venezuelan soldiers captured near the border.", "0841", "COL", None),
    # (material50) a call on a state to pull its troops out is a demand for de-escalation (1056), not a visit
    ("The foreign minister called on Serbia on Tuesday to withdraw its troops.", "1056", None, "SRB"),
    # a person or a gang captured is arrested, not territory taken; a town captured stays 192
    ("Peruvian police captured the guerrilla commander in a raid on a safe house.", "173", "PERCOP", None),
    ("Colombian troops captured Carlos Zuleta, the region's most wanted drug lord, near the border.", "173", "COLMIL",
     "COLCRM"),
    ("Russian forces captured the town of Soledar after weeks of fighting.", "192", "RUSMIL", "UKR"),
])
def test_sense_by_object(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, absent", [
    ("The Kenyan government welcomed the court's verdict against the former minister.", "04"),
    ("A village elder who spoke to reporters in Kabul said the raid lasted an hour.", "04"),
    ("The Iranian foreign minister spoke to journalists in Vienna after the meeting.", "04"),
    ("Japan began releasing treated water from the damaged plant into the sea.", "08"),
    ("South African troops struck at what Pretoria called rebel camps in Angola on Monday.", "02"),
    # coming to a scene, flying out of a place or past a planet is no visit
    ("Villagers stoned a suspected thief near Kisumu before police arrived at the scene.", "04"),
    ("Three freed Britons flew out of Tehran on an Omani plane on Monday.", "04"),
    ("The Indian probe flew past the Moon on Friday.", "04"),
])
def test_other_sense_is_no_such_act(coder, text, absent):
    t = triples(coder, text)
    assert not any(c.startswith(absent) for _, _, c, _ in t), t



def test_tourists_welcomed_are_no_guests_of_state(coder):
    t = triples(coder, "Greece welcomed a record number of German tourists this summer.")
    assert not any(c[:2] in {"04", "05"} for _, _, c, _ in t), t
