"""(appeal47) Appeals and investigations the coder missed. An inquiry opened "over" a cause ("opened an investigation
into the ministry over missing funds") is opened: only an inquiry "into" or "on" a gerund weighs an act ("looking into
supplying tanks"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "source"), [
    ("Kenya's ethics commission opened an investigation into the finance ministry over missing road funds.",
     "2019-03-04", "KEN"),
    ("Peru's prosecutors opened a probe into the mayor of Lima over missing housing money.", "2021-06-14", "PER"),
])
def test_an_inquiry_opened_over_a_cause_is_an_investigation(coder, text, date, source):
    events = _events(coder, text, date)
    assert any(c[:2] == "09" and s.startswith(source) and m == "asserted" for c, s, t, m in events), events


def test_an_inquiry_into_a_gerund_still_weighs_the_act(coder):
    events = _events(coder, "Germany said it was looking into supplying tanks to Ukraine.", "2022-09-10")
    assert not any(c[:2] == "09" and m == "asserted" for c, s, t, m in events), events
