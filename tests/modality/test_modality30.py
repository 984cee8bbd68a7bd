"""Session 30, helper modality30: measures told with the day they start ("effective from Thursday", "from August 1",
"starting next month") are intended, not yet in force; a period ("from May to July") and a place ("imports from
Russia") are not a start. Our own sentences."""

from __future__ import annotations

import pytest
from coded import events_on

_events = events_on("2025-06-02")


@pytest.mark.parametrize("text,root", [
    ("Seoul tightened curbs on steel exports to Japan, effective from Thursday.", "16"),
    ("The president announced 40 percent tariffs on Mexican cars from August 1.", "16"),
    ("Beijing imposed duties on Australian barley starting next month.", "16"),
    ("The EU banned imports of Belarusian potash, effective January 1.", "16"),
])
def test_measure_with_a_start_day_is_intended(coder, text, root):
    evs = _events(coder, text)
    assert any(c[:2] == root and m == "intended" for c, _, _, m in evs), evs
    assert not any(c[:2] == root and m == "asserted" for c, _, _, m in evs), evs


@pytest.mark.parametrize("text,root", [
    ("The EU imposed sanctions on Belarus from May to July.", "16"),   # a period, not a start
    ("Canada banned imports from Russia.", "16"),                      # a place, not a day
    ("Seoul tightened curbs on steel exports to Japan on Thursday.", "16"),
])
def test_measure_without_a_start_day_stays_asserted(coder, text, root):
    evs = _events(coder, text)
    assert any(c[:2] == root and m == "asserted" for c, _, _, m in evs), evs


@pytest.mark.parametrize("text,root", [
    ("Tokyo shelved plans to retaliate against Seoul, trade officials said.", "19"),
    ("German Chancellor Olaf Scholz scrapped plans to visit Beijing next month.", "04"),
    ("Ankara abandoned its plan to send troops into northern Iraq.", "19"),   # an incursion (aid30)
])
def test_plan_given_up_is_no_act_of_its_own(coder, text, root):
    evs = _events(coder, text)
    # nothing is coded as done: the giving up is not a yield (080) or a cut in relations (16x)
    assert not any(m == "asserted" for _, _, _, m in evs), evs
    assert any(c[:2] == root and m == "negated" for c, _, _, m in evs), evs


def test_plan_not_given_up_keeps_its_intent(coder):
    evs = _events(coder, "Tokyo did not shelve its plans to retaliate against Seoul.")
    assert not any(c[:2] == "19" and m == "asserted" for c, _, _, m in evs), evs


def test_agreement_not_reached_is_057_negated(coder):
    evs = _events(coder, "Biden and Putin met in Geneva but failed to agree on the return of ambassadors.")
    assert any(c == "057" and m == "negated" for c, _, _, m in evs), evs
    assert not any(c[:2] == "05" and m == "asserted" for c, _, _, m in evs), evs


def test_intent_not_agreed_stays_the_intent(coder):
    evs = _events(coder, "Germany did not agree to send Leopard tanks to Ukraine.")
    assert any(c == "0332" and m == "negated" for c, _, _, m in evs), evs
    assert not any(c == "057" for c, _, _, m in evs), evs


def test_possible_attack_guarded_against_is_considered(coder):
    evs = _events(coder, "Paris sent jets to Chad to defend the country against a possible Libyan attack.")
    assert any(c[:2] == "19" and s.startswith("LBY") and m == "considered" for c, s, _, m in evs), evs
    assert not any(c[:2] == "19" and s.startswith("LBY") and m == "asserted" for c, s, _, m in evs), evs


def test_departure_with_a_time_clause_is_intended(coder):
    evs = _events(coder, "The Peruvian president announced he would step down once the new budget had passed.")
    assert any(c[:2] == "03" and m == "intended" for c, _, _, m in evs), evs
    assert not any(m in {"conditional", "asserted"} for c, _, _, m in evs if c[:2] in {"03", "08"}), evs


def test_departure_on_an_if_clause_stays_conditional(coder):
    evs = _events(coder, "The Peruvian president said he would step down if the army asked him to.")
    assert not any(c[:2] in {"03", "08"} and m in {"intended", "asserted"} for c, _, _, m in evs), evs
