"""Round 5, helper factuality: acts named by a noun whose own clause says they did not take place, or
not yet ("no deal was struck", "there were no strikes", "the visit was called off", "ended without an
accord"). They are found with the right root and a modality that is never asserted (our own sentences)."""

from __future__ import annotations

import pytest
from coded import events_on

_events = events_on("2025-02-11")


CASES = [
    # a negative determiner on the subject of "was reached", "took place", "was signed"
    ("No deal was struck at the meeting between Serbian and Kosovar officials in Brussels.", "05", "negated"),
    ("No ceasefire agreement was signed between Sudan and South Sudan, the mediators admitted.", "05", "negated"),
    ("There were no Israeli airstrikes on Beirut overnight, residents reported.", "19", "negated"),
    ("Local officials said there had been no Turkish drone strikes on Kobani since Friday.", "19", "negated"),
    # a called-off act: subject of a passive calling-off verb, or its object
    ("The planned visit to Caracas by the Brazilian president was cancelled at the last minute.", "04", "negated"),
    ("Macron called off a trip to Algiers after the row over the ambassador.", "04", "negated"),
    ("The Indian prime minister postponed his visit to Dhaka, officials in New Delhi said.", "04", "negated"),
    # without: the subject's parties would have made the agreement
    ("Negotiations between Ethiopia and Egypt over the dam broke up without an accord.", "05", "negated"),
    # a plan for an act that was dropped, or denied
    ("Plans for a state visit by the Saudi crown prince to Tehran were put off indefinitely.", "04", "negated"),
    ("The Kremlin denied any plan for a military offensive against Moldova.", "19", "negated"),
    # denied or ruled out as the object: the subject's act did not (will not) take place
    ("Ankara denied the drone strike on the Kurdish convoy.", "19", "negated"),
    ("The Elysee ruled out a meeting between Macron and the junta leader of Niger.", "04", "negated"),
    # a copula with a considered adjective: "was unlikely"
    ("Diplomats said a Turkish military incursion into Syria was unlikely before the elections.", "19", "considered"),
    # a modal on the noun's own clause: weighed, not done
    ("A new Chinese naval blockade of Taiwan could begin within weeks, analysts warned.", "19", "considered"),
]
# a weighed act is coded as the statement of intent it would be (191 -> 138, README convention)
INTENT_OF = {"19": "13", "05": "03", "04": "03"}


@pytest.mark.parametrize("text,root,mod", CASES)
def test_unrealised_noun_found_with_its_modality(coder, text, root, mod):
    evs = _events(coder, text)
    found = {(c[:2], m) for c, _, _, m in evs}
    assert (root, mod) in found or (mod == "considered" and (INTENT_OF[root], mod) in found), evs
    # the act that did not happen is never coded as done
    assert not any(c[:2] == root and m == "asserted" for c, _, _, m in evs), evs


def test_between_parties_give_both_ways(coder):
    evs = _events(coder, "No agreement was reached at the talks between Greek and Turkish diplomats in Athens.")
    agreements = {(s[:3], t[:3]) for c, s, t, m in evs if c.startswith("057") and m == "negated"}
    assert agreements == {("GRC", "TUR"), ("TUR", "GRC")}, evs


@pytest.mark.parametrize("text,root", [
    # the noun's clause asserts it: this rule adds nothing unrealised
    ("An agreement was reached between Greece and Turkey on the maritime border.", "05"),
    ("There were Russian air strikes on Odesa overnight, the regional governor said.", "19"),
])
def test_asserted_noun_is_not_made_unrealised(coder, text, root):
    evs = _events(coder, text)
    assert not any(c[:2] == root and m in {"negated", "considered", "conditional"} for c, _, _, m in evs), evs


def test_called_off_verb_negated_keeps_the_act(coder):
    # "did not cancel the visit": the visit is not thereby negated
    evs = _events(coder, "The Hungarian foreign minister did not cancel his visit to Moscow.")
    assert not any(c[:2] == "04" and m == "negated" for c, _, _, m in evs), evs


def test_an_agreement_called_off_was_in_force(coder):
    # cancelling an accord ends one that was signed; it does not say the signing did not happen
    evs = _events(coder, "Mali's junta cancelled the defence accord with Paris.")
    assert not any(c.startswith("057") and m == "negated" for c, _, _, m in evs), evs


def test_denied_statement_is_not_the_deniers_act(coder):
    # denying an accusation denies someone else's words, not an act of the denier
    evs = _events(coder, "Hungary denied the criticism from Brussels over press freedom.")
    assert not any(c[:2] == "11" and m == "negated" for c, _, _, m in evs), evs


def test_not_ruled_out_is_weighed(coder):
    evs = _events(coder, "London has not ruled out new sanctions against Tehran.")
    assert any(c[:2] in {"16", "13"} and m == "considered" for c, _, _, m in evs), evs
    assert not any(c[:2] == "16" and m == "asserted" for c, _, _, m in evs), evs


def test_doer_of_a_withdrawal(coder):
    # "the withdrawal of Belgian troops": the troops withdraw; where from is the target
    evs = _events(coder, "The planned withdrawal of Belgian troops from Mali was postponed.")
    assert any(c.startswith("087") and s.startswith("BEL") and m == "negated" for c, s, t, m in evs), evs
