"""Round 5, helper factuality: acts under an ability adjective (our own sentences). "was unable to", "has
not been able to" did not happen; "will be able to", "is capable of" state a capability (considered, never
an intention or a fact); only "was/were able to" in the past tells an act that was done."""

from __future__ import annotations

import pytest


def _events(coder, text):
    return [(e.cameo, e.modality) for e in coder.code_text(text, date="2025-02-11").events]


@pytest.mark.parametrize("text,root,mod", [
    ("Sudan's army was unable to retake Omdurman from the paramilitaries.", "19", "negated"),
    ("Nigerian troops have not been able to free the kidnapped schoolgirls.", "08", "negated"),
    ("Mali's government is incapable of expelling the jihadists from Timbuktu.", "16", "negated"),
    ("Taiwan will be able to strike Chinese ports with the new missiles.", "19", "considered"),
    ("Iran is capable of attacking American bases in the Gulf within hours.", "19", "considered"),
])
def test_ability_modality(coder, text, root, mod):
    evs = _events(coder, text)
    assert any(c[:2] == root and m == mod for c, m in evs), evs
    # neither a fact nor an intention (which would count as a statement made)
    assert not any(m in {"asserted", "intended"} for c, m in evs), evs


def test_past_able_is_done(coder):
    evs = _events(coder, "Ukrainian troops were able to repel the Russian assault on Vuhledar.")
    assert any(c[:2] == "19" and m == "asserted" for c, m in evs), evs
