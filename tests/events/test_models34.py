"""The target chooser retrained and shipped (session 34, helper `models34`; docs/model.md "Thirty-fourth session"):
the event vetter judges an event as the rules left it, not on the target the chooser gave it; a list is coded
once per target only when it is whom the act is done to, not the doers of another act; a town named after its
place noun ("the Saudi city of Jeddah") is a venue. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from foedus.coder import learned, vetter


def _events(coder, text: str) -> set[tuple[str, str, str]]:
    result = coder.code_text(text, date="2024-06-20")
    return {(e.cameo[:2], e.source.code if e.source else "", e.target.code if e.target else "") for e in result.events}


def test_the_vetter_judges_an_event_as_the_rules_left_it(coder, monkeypatch):
    # the chooser fills the target of "fired rockets loaded with chlorine at Iraqi and U.S. troops" and codes the act once per listed target;
    # the vetter sees one act with the rules' (empty) target, judged once for both events
    seen: list[tuple[list[Any], dict[int, Any]]] = []
    original = vetter.vet

    def spy(cands: list[Any], model: Any = None, before: Any = None) -> list[Any]:
        seen.append((list(cands), dict(before or {})))
        return original(cands, model, before)

    monkeypatch.setattr(vetter, "vet", spy)
    got = _events(coder, "Islamic State fighters fired rockets loaded with chlorine at Iraqi and U.S. troops near the airbase.")
    assert {t for _, _, t in got} == {"IRQMIL", "USAMIL"}, got
    cands, before = seen[-1]
    views = [before[id(c)] for c in cands]
    assert all(v.target is None for v in views)
    assert len({id(v) for v in views}) == 1
    judged = vetter.judged(cands, before)
    assert all(view.target is None and len(ruled) == 1 for view, ruled in judged)


def test_without_the_chooser_an_event_is_judged_as_it_is():
    assert vetter.judged([], None) == []


@pytest.mark.parametrize("text, target", [
    # the subject of another clause tied to the act does that clause's act: not listed as this act's targets
    ("Kenyan police withdrew from the town as Ugandan and Tanzanian soldiers moved in.", None),
    ("Al-Shabaab fighters pulled out of Kismayo overnight as Kenyan troops and Somali government forces closed in.",
     None),
])
def test_the_doers_of_another_act_are_not_listed_as_targets(coder, text, target):
    got = _events(coder, text)
    assert any(r == "08" for r, _, _ in got), got
    assert len([1 for r, _, _ in got if r == "08"]) == 1, got


@pytest.mark.parametrize("text, targets", [
    ("Houthi rebels fired missiles at Saudi and Emirati warships in the Red Sea.", {"SAUMIL", "AREMIL"}),
    # a relative clause of the act's own object names its parties
    ("Turkish President Tayyip Erdogan brokered a deal in Ankara under which Ethiopia and Somalia agreed to set "
     "aside their dispute.", {"ETH", "SOM"}),
])
def test_a_list_the_act_is_done_to_is_coded_once_per_target(coder, text, targets):
    got = _events(coder, text)
    assert targets <= {t for r, _, t in got if r in {"19", "04"}}, got


def test_a_town_named_after_its_place_noun_is_a_venue(coder):
    got = _events(coder, "Sudan's rival generals signed a truce in the Saudi city of Jeddah.")
    assert any(r == "05" for r, _, _ in got), got
    assert all(not t.startswith("SAU") for _, _, t in got), got


def test_the_shipped_chooser_fills_only():
    model = learned.default_model()
    assert model.replace >= learned.OFF
    assert model.meta["training"]["lines"] == 8497
    assert model.meta["training"]["l2"] == 2.0
