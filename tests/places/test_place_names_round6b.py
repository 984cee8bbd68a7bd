"""Round 6b: a town name the gazetteer knows only abroad, in a sentence that names the region or
country it is in, takes that area's country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from foedus.coder.pipeline import Coder


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _events(coder: Coder, text: str) -> list[tuple[str, str | None, str | None]]:
    r = coder.code_text(text, date="2023-05-01")
    return [(e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None) for e in r.events]


@pytest.mark.parametrize("text, source, target", [
    # Palma is a Spanish city in the gazetteer; Cabo Delgado and Mozambique say otherwise
    ("Jihadist fighters overran the town of Palma in Cabo Delgado province.", "MOZ", "MOZ"),
    ("Rebels ambushed a convoy near Palma in northern Mozambique.", "MOZ", None),
])
def test_a_town_abroad_yields_to_the_named_area(coder, text, source, target):
    events = _events(coder, text)
    assert events, text
    _, src, tgt = events[0]
    assert src is not None and src.startswith(source)
    if target is not None:
        assert tgt is not None and tgt.startswith(target)
    assert not any((s or "").startswith("ESP") or (t or "").startswith("ESP") for _, s, t in events)


def test_a_town_in_its_own_country_is_kept(coder):
    events = _events(coder, "Police clashed with striking dockers in Palma on Majorca.")
    assert any((s or "").startswith("ESP") or (t or "").startswith("ESP") for _, s, t in events)
