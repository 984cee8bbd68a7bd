"""(violence48) Violence the coder misread. Armed men of no state who strike a place of civilian life, or whose attack
kills civilians by the toll its participle aside tells, did unconventional violence (180), not a battle: an "on" phrase
beside the object tells where the object was hit ("ambushed a minibus on the highway"), and a toll of passengers,
villagers or worshippers tells whom the attack struck though the sentence names only a town. Armed men killed stay a
battle. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date"), [
    ("Insurgents ambushed a bus on the coastal highway near Mocimboa, killing four passengers.", "2021-05-02"),
    ("Al-Shabaab fighters ambushed a minibus on the main road near Mandera, killing eight passengers.", "2018-04-09"),
])
def test_a_civilian_site_struck_on_a_road_is_unconventional_violence(coder, text, date):
    events = _events(coder, text, date)
    assert any(c[:3] == "180" and m == "asserted" for c, s, t, m in events), events
    assert not any(c[:2] == "19" and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date"), [
    ("ADF rebels attacked the town of Oicha overnight, killing dozens of villagers, the army said.", "2020-02-11"),
    ("Jihadist insurgents stormed the town of Arbinda on Sunday, killing thirty residents, officials said.",
     "2019-12-26"),
])
def test_an_attack_whose_toll_is_civilians_is_unconventional_violence(coder, text, date):
    events = _events(coder, text, date)
    assert any(c[:3] == "180" and m == "asserted" for c, s, t, m in events), events
    assert not any(c[:2] == "19" and m == "asserted" for c, s, t, m in events), events


def test_an_attack_whose_toll_is_soldiers_stays_a_battle(coder):
    events = _events(coder, "Insurgents attacked the town of Oicha overnight, killing six soldiers, the army said.",
                     "2020-02-11")
    assert any(c[:2] == "19" and m == "asserted" for c, s, t, m in events), events
    assert not any(c[:3] == "180" for c, s, t, m in events), events


def test_miners_killed_at_a_mining_site_are_civilians(coder):
    events = _events(coder, "Militiamen attacked a gold mining site near Mambasa on Thursday, killing seven miners, "
                            "the army said.", "2022-08-18")
    assert any(c[:3] == "180" and m == "asserted" for c, s, t, m in events), events
    assert not any(c[:2] == "19" and m == "asserted" for c, s, t, m in events), events


def test_the_spla_in_opposition_is_a_south_sudanese_rebel_group(coder):
    events = _events(coder, "Fighters of the SPLA-in-Opposition ambushed a lorry convoy on the Yei road on Friday, "
                            "killing seven traders, the army said.", "2017-03-10")
    assert any(c[:2] == "18" and s == "SSDREB" and m == "asserted" for c, s, t, m in events), events
