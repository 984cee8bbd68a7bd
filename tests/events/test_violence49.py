"""(violence49) Violence the coder missed. A fight "between" one kind of armed men or people (rival gangs, two clans,
the factions of one group, two militias of one city) is that actor's act on itself, coded once (gold README: "feuding
tribes or rival militias of one country one `190 XUAF XUAF`"); two sides named stay each side's act on the other.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from foedus.coder import vetter
from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "country"), [
    ("A shootout between rival gangs outside a nightclub in Rosario left four men dead on Saturday.", "2023-03-05",
     "ARG"),
    ("Heavy fighting between two clans near Baidoa killed at least eleven people, police in Somalia said.",
     "2019-08-14", "SOM"),
    ("Clashes between rival factions of the Gulf Clan left several bodies in the streets of Turbo.", "2022-06-20",
     "COL"),
])
def test_a_fight_between_one_kind_of_group_is_its_act_on_itself(coder, text, date, country):
    events = _events(coder, text, date)
    fights = [(s, t) for c, s, t, m in events if c[:2] == "19" and m == "asserted"]
    assert fights and all(s[:3] == country and t[:3] == country for s, t in fights), events


def test_one_actor_fighting_itself_is_coded_once(coder):
    events = _events(coder, "Fighting between rival gangs spread across Port-au-Prince on Tuesday.", "2022-07-12")
    assert len([c for c, s, t, m in events if c[:2] == "19"]) == 1, events


def test_died_in_fighting_between_gangs(coder):
    with vetter.disabled():   # the rules' reading of a fight told in a phrase of the clause
        events = _events(coder, "Six inmates died in clashes between rival gangs inside the Litoral prison in "
                         "Guayaquil on Monday.", "2021-09-27")
    assert any(c[:2] == "19" and s[:3] == "ECU" and t[:3] == "ECU" for c, s, t, m in events), events


def test_two_sides_named_stay_each_sides_act(coder):
    events = _events(coder, "Clashes broke out between Indian and Chinese troops in the Galwan valley.", "2020-06-16")
    dyads = {(s[:3], t[:3]) for c, s, t, m in events if c[:2] == "19"}
    assert dyads == {("IND", "CHN"), ("CHN", "IND")}, events


@pytest.mark.parametrize(("text", "date", "target"), [
    ("Peruvian police detained twelve people in Lima after a bomb attack on a police station.", "2019-04-02", "PER"),
    ("Kenya's government imposed a night curfew on Mandera after a series of grenade attacks on its soldiers.",
     "2015-07-15", "KEN"),
])
def test_an_attack_after_which_the_clause_acted_names_whom_it_hit(coder, text, date, target):
    """(violence49) An attack named after "after" with no doer of its own, only whom it hit: it happened, by no one
    named."""
    events = _events(coder, text, date)
    assert any(c[:2] in {"18", "19"} and s == "" and t[:3] == target and m == "asserted"
               for c, s, t, m in events), events


def test_an_attack_of_a_possessor_is_not_made_sourceless(coder):
    events = _events(coder, "Canada and Australia imposed new sanctions on Iran after its missile attack on Israel.",
                     "2024-04-18")
    assert not any(c[:2] in {"18", "19"} and s == "" for c, s, t, m in events), events
