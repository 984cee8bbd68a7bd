"""Round 21 (targets21): a country or area named in another act's clause does not place a town or the
civilians of this one, and an attack in a named place strikes it before the doers of its cause clause.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import countries, dyads_on

dyads = dyads_on("2024-05-10")


@pytest.mark.parametrize("text, source, target, root", [
    # an area named in a conjoined or subordinate clause of another act is no area of this act's town:
    # Tel Aviv and Haifa are Israel's, not towns of Iraq or Syria of the same name
    ("Allied jets bombed bridges across Iraq overnight, and Iraq fired missiles at Tel Aviv.", "IRQ", "ISR", "19"),
    ("Turkey shelled villages in Syria, while militants fired rockets at Haifa.", None, "ISR", "19"),
])
def test_an_area_of_another_clause_does_not_move_a_town(coder, text, source, target, root):
    found = countries(dyads(coder, text))
    assert any(source in {None, s} and t == target and c == root for s, t, c in found), found


def test_an_area_of_the_towns_own_clause_still_places_it(coder):
    # "the town of Palma in Cabo Delgado": the province of the same clause (or of a clause reporting it)
    # places a town that has a namesake abroad
    for text in ("Insurgents attacked the town of Palma in Cabo Delgado, killing dozens.",
                 "Rebels in Cabo Delgado said they had seized Palma."):
        found = countries(dyads(coder, text))
        assert any(t == "MOZ" for _, t, _ in found), (text, found)


@pytest.mark.parametrize("text, victims", [
    # civilians are of the country of the town their own clause names, not of a country another clause names
    ("Pakistani jets bombed camps in Afghanistan, a day after gunmen shot dead 12 miners near Multan.", "PAK"),
    ("Israel struck targets in Syria hours after a drone wounded three residents near Haifa.", "ISR"),
    ("Kenya sealed its border with Somalia after bandits killed four herders near Garissa.", "KEN"),
])
def test_civilians_take_the_town_of_their_own_clause(coder, text, victims):
    found = countries(dyads(coder, text))
    assert any(t == victims and c in {"18", "19"} for _, t, c in found), found
    assert not any(t == victims and c == "19" and s in {"PAK", "ISR"} for s, t, c in found), found


@pytest.mark.parametrize("text, source, target", [
    # the place an attack is done in names whom it strikes before a clause with a doer of its own (the attack's
    # cause): not the victims nor the doers of the "after" clause
    ("Israel struck targets in Syria hours after a drone wounded three residents near Haifa.", "ISR", "SYR"),
    ("India bombed camps in Pakistan, a week after gunmen killed 20 pilgrims near Jammu.", "IND", "PAK"),
])
def test_an_attack_strikes_its_place_before_its_cause_clause(coder, text, source, target):
    found = countries(dyads(coder, text))
    assert any(s == source and t == target and c in {"19", "20"} for s, t, c in found), found


def test_a_retaliation_without_a_place_still_aims_at_the_doer_of_its_cause(coder):
    found = countries(dyads(coder, "Israel retaliated after Hezbollah fired rockets at Metula."))
    assert ("ISR", "LBN", "19") in found, found
