"""Round 20b, helper phrases20b: tariffs postponed or delayed are eased (085), as paused or suspended ones are,
and the tariffs are then not also coded as a sanction put off. Sanctions postponed stay the sanction negated, a
visit cancelled the visit negated. Our own sentences."""

from __future__ import annotations

from coded import events_on, has_event

_events = events_on("2025-03-01")


def test_postponed_tariffs_are_eased(coder):
    events = _events(coder, "Washington postponed the tariffs on Chinese steel until June.")
    assert ("085", "USAGOV", "CHN", "asserted") in events, events
    assert not any(c.startswith("16") for c, _, _, _ in events), events


def test_delayed_tariffs_are_eased(coder):
    events = _events(coder, "The European Union delayed tariffs on American whiskey by three months.")
    assert has_event(events, "085", "IGOEU", "asserted"), events


def test_tariffs_not_delayed_are_not_eased(coder):
    events = _events(coder, "Canada did not delay its tariffs on US steel.")
    assert not has_event(events, "085", "", "asserted"), events


def test_postponed_sanctions_stay_negated(coder):
    events = _events(coder, "The EU postponed sanctions on Georgia.")
    assert not any(c == "085" for c, _, _, _ in events), events
    assert has_event(events, "163", "IGOEU", "negated"), events


def test_cancelled_visit_still_negated(coder):
    events = _events(coder, "Ankara cancelled a visit by Sweden's defence minister.")
    assert has_event(events, "042", "", "negated"), events
