"""Round 12, helper precise12: acts told as facts beside a denial, a rejection, a relative clause, a vote or a
sequel (our own sentences). A charge that its target rejects was still made; a participle after a comma is the
speaker's own act, not part of what was denied; a relative clause tells a fact of its own; "voted to" performs the
act; "only to" tells what came next."""

from __future__ import annotations

import pytest


def _events(coder, text):
    return [(e.cameo, e.modality) for e in coder.code_text(text, date="2025-03-04").events]


@pytest.mark.parametrize("text,root", [
    # a participle of accusing keeps its speaker: the target's rejection denies the charge's content only
    ("Bahrain cut ties with Iran, accusing Tehran of backing militants, a charge Iran rejected as baseless.", "11"),
    # and the act the accusation comes with is not what the charge's target rejects
    ("Bahrain cut ties with Iran, accusing Tehran of backing militants, a charge Iran rejected as baseless.", "16"),
    # "denied X, blaming Y" (no "and"): the blame is the denier's own act
    ("Belgrade denied shelling the village, blaming Albanian rebels for the explosion.", "11"),
    # a relative clause on a place tells a fact of its own, whatever the main verb
    # (fp32) a base taken over is occupied (192), as the gold codes "Air Base 101, which was taken over by the army"
    ("Malian soldiers abandoned two bases near Kidal, which were taken over by Tuareg rebels the next day.", "19"),
    # a body that votes to do something does it
    ("Arab foreign ministers voted in Tunis to suspend Libya's membership of the league.", "16"),
    # "only to": the sequel happened
    ("The junta declared a curfew in Niamey, only to lift it two days later.", "08"),
])
def test_told_as_fact(coder, text, root):
    evs = _events(coder, text)
    assert any(c[:2] == root and m == "asserted" for c, m in evs), evs


def test_denied_act_stays_negated(coder):
    # the gerund denied keeps its negation beside the speaker's blame
    evs = _events(coder, "Belgrade denied shelling the village, blaming Albanian rebels for the explosion.")
    assert not any(c[:2] in {"18", "19"} and m == "asserted" for c, m in evs), evs


def test_denied_gerund_pair_stays_denied(coder):
    # "denied X and Y" with "and" keeps both under the denial (unchanged)
    evs = _events(coder, "Moscow denied bombing the hospital and shelling the market.")
    assert not any(c[:2] in {"18", "19"} and m == "asserted" for c, m in evs), evs


def test_purpose_still_intended(coder):
    # an ordinary purpose infinitive is not a sequel
    evs = _events(coder, "France sent 300 troops to Chad to protect the capital.")
    assert not any(c[:3] == "074" and m == "asserted" for c, m in evs), evs
