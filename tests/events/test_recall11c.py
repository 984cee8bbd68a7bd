"""Recall11c: a weapons programme curbed, frozen, halted or dismantled by its owner de-escalates (CAMEO 087;
stated as an intent, 0356), not repression (137, "curb" as suppress) and no call for cooperation (030)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, modality", [
    ("Tehran agreed to freeze its uranium enrichment for a year in return for the release of frozen assets.",
     "0356", "IRN", "intended"),
    ("Libya dismantled its nuclear weapons programme under international supervision.", "087", "LBY", "asserted"),
    ("Iran will curb parts of its nuclear work under the new accord with the European powers.",
     "0356", "IRN", "intended"),
    ("The Iraqi government pledged to suspend its missile program while inspectors were in the country.",
     "0356", "IRQ", "intended"),
    ("North Korea said it would halt its missile programme if Washington lifted sanctions.",
     "087", "PRK", "conditional"),
])
def test_curbing_ones_weapons_programme_de_escalates(coder, text, code, source, modality):
    t = triples(coder, text)
    assert has_coded(t, code, source, modality=modality), t
    assert not has_coded(t, "137", modality=None) and not has_coded(t, "030", modality=None), t


def test_a_refusal_to_scale_back_is_not_asserted(coder):
    t = triples(coder, "Pakistan said it would not scale back its nuclear programme.")
    assert not has_coded(t, "087") and not has_coded(t, "0356"), t


def test_halting_other_things_is_not_de_escalation(coder):
    t = triples(coder, "Iran halted the flow of oil to Europe.")
    assert not any(c.startswith("087") or c == "0356" for _s, _t, c, _m in t), t
