"""Round 16, helper falsepos16: a participle conjoined to a participle with no subject of its own shares the doer of
the clause both hang on, so a disaster that "struck ..., shaking X and crushing Y" destroys nothing politically (our
own sentences), while troops that "shelled ..., killing X and destroying Y" still do."""

from __future__ import annotations

import pytest


def _roots(coder, text):
    return [(e.cameo, e.modality) for e in coder.code_text(text, date="2024-05-01").events]


@pytest.mark.parametrize("text", [
    "A powerful cyclone hit the coast of Mozambique, flooding Beira and destroying thousands of homes.",
    "The earthquake struck eastern Turkey before dawn, rocking Malatya and flattening hundreds of homes.",
])
def test_conjoined_participle_of_a_disaster_is_no_event(coder, text):
    assert _roots(coder, text) == []


def test_conjoined_participle_of_troops_is_still_coded(coder):
    roots = _roots(coder, "Russian troops shelled Kharkiv overnight, killing three civilians and destroying dozens of homes.")
    assert any(c.startswith("19") and m == "asserted" for c, m in roots), roots
