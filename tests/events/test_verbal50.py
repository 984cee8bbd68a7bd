"""(verbal50) Verbal acts: a speaker who foresees harm from an act or a thing ("said the pact would undermine peace",
"..., a move Denmark warned would destabilise the Arctic") makes a pessimistic comment (012), aimed at the actor whose
act it is; no harm is coded. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # a relative clause on a noun that sums up the act told before it
    ("Canada signed a fishing accord with Norway, a move Denmark warned would destabilise the Arctic.", "2010-05-03",
     "DNK", "CAN"),
    ("Peru approved a new mining code, a measure Bolivia said would hurt farmers on both sides of the lake.",
     "2011-02-01", "BOL", "PER"),
    # a deal or a pact summing it up, with or without a relative pronoun
    ("Canada signed a fishing accord with Norway, a pact that Denmark said would undermine stability in the Arctic.",
     "2010-05-03", "DNK", "CAN"),
    ("Kenya signed a port agreement with Ethiopia, a pact Somalia warned could inflame the region.", "2019-06-01",
     "SOM", "KEN"),
])
def test_harm_foreseen_of_a_summed_up_act_is_a_pessimistic_comment(coder, text, date, source, target):
    events = _events(coder, text, date)
    assert any(c == "012" and s.startswith(source) and t.startswith(target) and m == "asserted"
               for c, s, t, m in events), events
    assert not any(c[:2] in {"13", "18", "19"} for c, s, t, m in events), events


def test_harm_foreseen_of_a_presence_is_aimed_at_the_actor_it_names(coder):
    events = _events(coder, "Chile said the presence of Argentine troops could destabilise the border region.",
                     "2010-05-03")
    assert any(c == "012" and s.startswith("CHL") and t.startswith("ARG") for c, s, t, m in events), events


def test_an_actor_said_to_do_harm_is_no_pessimistic_comment(coder):
    events = _events(coder, "Chile said the Argentine army would undermine the talks.", "2010-05-03")
    assert not any(c == "012" for c, s, t, m in events), events


def test_harm_denied_is_no_pessimistic_comment(coder):
    events = _events(coder, "Peru approved a new mining code, a measure Bolivia said would not hurt its farmers.",
                     "2011-02-01")
    assert not any(c == "012" for c, s, t, m in events), events


def test_a_relative_parsed_as_an_open_complement_still_foresees_harm(coder):
    # 'embolden' hangs on 'warned' as an open complement (xcomp) in this parse
    events = _events(coder, "Pakistan's President Asif Ali Zardari signed a regulation imposing Islamic law in the "
                            "Swat valley as part of a truce with the Taliban, a move Washington warned would embolden "
                            "militants.", "2009-04-14")
    assert any(c == "012" and s.startswith("USA") and t.startswith("PAK") for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "code", "source"), [
    ("Uruguay's foreign minister said Montevideo was optimistic that talks with Argentina would resume soon.", "013",
     "URY"),
    ("The Chilean president said Santiago was deeply worried about the fighting in Peru.", "012", "CHL"),
])
def test_a_speaker_named_by_its_capital_states_its_own_stance(coder, text, code, source):
    events = _events(coder, text, "2019-06-01")
    assert any(c == code and s.startswith(source) for c, s, t, m in events), events


def test_another_state_said_to_be_worried_is_no_stance_of_the_speaker(coder):
    events = _events(coder, "Chile's foreign minister said Argentina was worried about the talks.", "2019-06-01")
    assert not any(c in {"012", "013"} for c, s, t, m in events), events


def test_a_stance_about_what_an_act_brings_an_actor_is_aimed_at_that_actor(coder):
    events = _events(coder, "Uruguay's foreign minister said Montevideo was optimistic that oil deliveries to Brazil "
                            "would resume soon.", "2019-06-01")
    assert any(c == "013" and s.startswith("URY") and t.startswith("BRA") for c, s, t, m in events), events
