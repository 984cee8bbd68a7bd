"""(verbal48) Verbal acts: a speaker that says it had not done an act of force of its own denies it (016, beside the
act negated); a refusal ahead, a plan, an act "not yet" done or another's act told by the speaker is no denial.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "source"), [
    ("The Nigerian army said it had not bombed the village market, blaming the jihadists for the blast.", "2019-03-01",
     "NGA"),
    ("Kenyan police said they had not used tear gas against students in Nairobi.", "2019-03-01", "KEN"),
    ("Moscow said its forces had never shelled the city of Kherson.", "2023-03-01", "RUS"),
])
def test_saying_one_had_not_done_an_act_of_force_is_a_denial(coder, text, date, source):
    events = _events(coder, text, date)
    assert any(c == "016" and s.startswith(source) and m == "asserted" for c, s, t, m in events), events
    assert any(c[:2] in {"17", "18", "19"} and s.startswith(source) and m == "negated" for c, s, t, m in events), events


def test_the_denial_answers_the_accuser_named_in_the_sentence(coder):
    events = _events(coder, "Kenya accused Uganda of shelling a border village, and Kampala said its troops had not "
                            "fired a single shot.", "2019-03-01")
    assert any(c == "016" and s.startswith("UGA") and t.startswith("KEN") for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date"), [
    ("Hamas said it had not yet fired back at Israel.", "2024-03-01"),
    ("Moscow said it would not attack Finland.", "2023-03-01"),
    ("Iraqi officials said U.S. forces had not struck the wedding party.", "2004-03-01"),
    ("Eritrea said it had not armed the rebels in Somalia.", "2009-03-01"),
])
def test_no_denial_for_acts_ahead_not_yet_done_told_of_another_or_not_of_force(coder, text, date):
    events = _events(coder, text, date)
    assert not any(c == "016" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    ("The Pakistani government gave Afghan refugees a month to leave the country.", "2023-10-03", "PAK", "AFGREF"),
    ("The Arab League gave Libya until Friday to leave the disputed strip.", "1990-03-01", "IGO", "LBY"),
])
def test_private_people_or_a_state_given_time_to_leave_get_an_ultimatum(coder, text, date, source, target):
    events = _events(coder, text, date)
    assert any(c == "139" and s.startswith(source) and t.startswith(target) for c, s, t, m in events), events
    assert not any(c in {"166", "174"} for c, s, t, m in events), events


def test_an_envoy_given_time_to_leave_is_still_expelled(coder):
    events = _events(coder, "Niger's junta gave the German ambassador 48 hours to leave the country.", "2023-08-03")
    assert any(c == "174" and t.startswith("DEU") for c, s, t, m in events), events  # (violence56) expelled envoys are 174 (gold README since blind21)


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    ("Boko Haram fighters stormed a village in Borno state, and President Buhari said the attackers would pay for their "
     "crimes.", "2019-05-01", "NGA", "NGAREB"),
    ("Rebel soldiers tried to seize power overnight and bombed the parliament in Ankara, but President Erdogan said the "
     "plotters would pay a heavy price.", "2016-07-16", "TUR", "TUR"),
])
def test_wrongdoers_named_by_no_actor_who_will_pay_are_the_doers_of_the_sentence_s_force(coder, text, date, source,
                                                                                          target):
    events = _events(coder, text, date)
    assert any(c[:2] == "13" and s.startswith(source) and t.startswith(target) for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "source"), [
    ("The Malian army declared a curfew in Bamako but insisted it was not staging a coup.", "2012-03-22", "MLI"),
    ("Niger's army said it had not carried out a coup after soldiers surrounded the presidency.", "2023-07-26", "NER"),
])
def test_saying_one_was_not_staging_a_coup_is_a_denial(coder, text, date, source):
    events = _events(coder, text, date)
    assert any(c == "016" and s.startswith(source) and m == "asserted" for c, s, t, m in events), events
