"""(violence53) Force told around its own words. A state's forces firing on their own people named as people at large
("opened fire on residents", "fired on civilians") repress them (175), as they do protesters; an attack noun whose
words name its doer, going on in a clause of time beside the news ("as Russian shelling of both cities went on"), is
coded; an act or a state growing by itself ("the bombardment intensified", "tensions escalated") is no material
cooperation (060). Guards: people shot dead (a killing), another state's civilians fired on, a refusal's condition
("would not negotiate while ... continued"), a labour strike going on, and cooperation deepened. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "source", "target", "modality"), [
    ("Malawian soldiers opened fire on residents of a Lilongwe township on Sunday, witnesses said.", "2023-08-06",
     "MWIMIL", "MWICVL", "asserted"),
    ("Zimbabwean soldiers opened fire on civilians in Harare's Chitungwiza suburb, a rights group said.", "2019-01-16",
     "ZWEMIL", "ZWECVL", "asserted"),
    ("The Ivorian army said it had not fired on civilians in Abidjan.", "2011-03-20",
     "CIVMIL", "CIVCVL", "negated"),
])
def test_state_forces_firing_on_their_own_people_repress_them(coder, text, date, source, target, modality):
    events = _events(coder, text, date)
    assert ("175", source, target, modality) in events, events


@pytest.mark.parametrize(("text", "date", "code"), [
    # a killing keeps its own code
    ("Ethiopian soldiers shot dead twenty civilians in a village near Gondar, a rights group said.", "2023-09-01",
     "175"),
    # another state's civilians fired on: no repression of one's own people
    ("Russian troops fired on Ukrainian civilians in Irpin, local officials said.", "2022-03-10", "175"),
])
def test_no_repression_for_killings_or_foreign_civilians(coder, text, date, code):
    events = _events(coder, text, date)
    assert not any(c == code for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "code", "source", "target"), [
    ("Ukraine walked out of the talks in Minsk as Russian shelling of Kharkiv went on.", "2022-03-04",
     "194", "RUS", "UKR"),
])
def test_an_owned_attack_going_on_beside_the_news_is_coded(coder, text, date, code, source, target):
    events = _events(coder, text, date)
    assert any(c == code and s[:3] == source and t[:3] == target and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date"), [
    # under a refusal the time is a condition: not an attack told as done
    ("Hamas said it would not return to the talks while Israeli shelling of Khan Younis continued.", "2024-05-10"),
])
def test_an_attack_under_a_refusal_is_not_asserted(coder, text, date):
    events = _events(coder, text, date)
    assert not any(c[:2] == "19" and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date"), [
    ("The talks stalled as the Russian bombardment of Idlib intensified.", "2019-05-20"),
    ("Russian shelling of Sumy intensified on Tuesday.", "2022-03-08"),
    ("Tensions between Serbia and Kosovo escalated over the weekend.", "2023-05-29"),
])
def test_an_act_growing_by_itself_is_no_cooperation(coder, text, date):
    events = _events(coder, text, date)
    assert not any(c[:2] == "06" for c, s, t, m in events), events


def test_cooperation_deepened_is_still_coded(coder):
    events = _events(coder, "Vietnam and Laos agreed to deepen their defence cooperation.", "2019-06-01")
    assert any(c[:2] in {"03", "06"} for c, s, t, m in events), events


def test_a_labour_strike_going_on_is_no_attack(coder):
    events = _events(coder, "Prices rose in Paris as French rail strikes continued for a third week.", "2023-03-20")
    assert not any(c[:2] in {"18", "19"} for c, s, t, m in events), events
