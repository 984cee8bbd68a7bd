""""Would rather X than Y" (thirty-seventh session): the act after "than" is the one refused, never a fact.

The parser hangs it on "than" as an object ("would rather die than surrender") or makes it a clause "than" marks
("would rather quit the bloc than accept sanctions"); the act chosen keeps its own modality (intended: "would").
"""

from __future__ import annotations

import pytest
from coded import events_on, has_event

_events = events_on("2024-05-01")


@pytest.mark.parametrize("text, root, source", [
    ("The rebel commander said his fighters would rather die than surrender.", "08", ""),
    ("The junta in Niamey said it would rather leave the bloc than accept sanctions.", "03", ""),
])
def test_act_after_would_rather_than_is_refused(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "negated"), events
    assert not any(c.startswith(root) and m == "asserted" for c, *_, m in events), events


def test_act_chosen_keeps_its_own_modality(coder):
    events = _events(coder, "The junta in Niamey said it would rather leave the bloc than accept sanctions.")
    assert has_event(events, "16", "", "intended"), events


def test_a_comparison_with_than_negates_nothing(coder):
    events = _events(coder, "Russian troops shelled Kharkiv more heavily than they attacked Kyiv.")
    assert has_event(events, "19", "RUS", "asserted"), events
    assert not any(m == "negated" for *_, m in events), events
