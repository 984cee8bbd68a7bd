"""(unreal60) Acts that did not happen: conditions after "only when", intents after a misparsed "to", and times set
ahead ("when he visits China"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "code", "source"), [
    ("Norway froze its aid to Uganda, and its ambassador said payments would resume only when Ugandan troops left "
     "Congolese territory.", "0874", "UGA"),
    ("Ghana said its troops would pull out of the buffer zone only when Togolese soldiers took over the positions.",
     "192", "TGO"),
])
def test_the_act_after_only_when_is_a_condition(coder, text, code, source):
    """ "would resume only when X left": X's act is the condition the resumption waits on, not a fact."""
    events = _events(coder, text, "2020-01-01")
    assert any(c == code and s[:3] == source and m == "conditional" for c, s, t, m in events), events
    assert not any(c[:2] == code[:2] and s[:3] == source and m == "asserted" for c, s, t, m in events), events


def test_a_past_when_clause_stays_a_fact(coder):
    """Guard: told of the past, "when" is the time of a fact ("when Ugandan troops left, militiamen looted")."""
    events = _events(coder, "When Ugandan troops left Bunia, militiamen looted the market.", "2003-05-10")
    assert not any(m == "conditional" for c, s, t, m in events), events


def test_a_bare_when_on_a_scheduled_expiry_is_no_condition(coder):
    """Guard: a bare "when" after a future is a time: "would leave the treaty when it expires" is intended."""
    events = _events(coder, "Georgia announced that it would leave the regional security treaty when it expires "
                            "next month.", "1999-03-01")
    assert not any(m == "conditional" for c, s, t, m in events), events


def test_would_try_again_to_march_is_intended(coder):
    """ "would try again to march": the parser may read "to march" as a preposition and its object; the march lies
    ahead all the same."""
    events = _events(coder, "Teachers in Lagos said on Monday they would try again to march on the state assembly, "
                            "a week after police dispersed them.", "2021-03-01")
    assert any(c[:2] == "14" and s[:3] == "NGA" and m == "intended" for c, s, t, m in events), events
    assert not any(c[:2] == "14" and s[:3] == "NGA" and m == "asserted" for c, s, t, m in events), events
    assert any(c[:2] == "17" and s == "NGACOP" and m == "asserted" for c, s, t, m in events), events


def test_a_visit_set_for_later_is_intended(coder):
    """ "would ask X to stop the broadcasts when he visits China later this year": the visit lies ahead."""
    events = _events(coder, "Burma's premier said he would ask the Chinese premier to halt the radio broadcasts when "
                            "he visits China later this year.", "1960-03-01")
    assert not any(c[:2] == "04" and s[:3] == "MMR" and m == "asserted" for c, s, t, m in events), events


def test_a_visit_told_as_done_stays_asserted(coder):
    """Guard: "the premier visited China when the talks opened" tells a visit made."""
    events = _events(coder, "Burma's premier visited China in May when the border talks opened.", "1960-06-01")
    assert any(c[:2] == "04" and s[:3] == "MMR" and t[:3] == "CHN" and m == "asserted"
               for c, s, t, m in events), events
