"""Round 22, helper modality22: our own sentences (invented wording).

- shelving, scrapping or putting on hold (on ice) a planned act calls it off like cancelling or postponing it: the
  meeting, visit, talks or drills called off are coded negated, never asserted; "put the rebels on notice" calls off
  nothing; an agreement scrapped was in force and is not coded as a signing negated.
"""

from __future__ import annotations

import pytest
from coded import events_on, has_event

_events = events_on("2024-05-01")


@pytest.mark.parametrize("text, root, source", [
    ("A planned meeting between the Kenyan and Somali leaders in Nairobi was put on hold, officials said.", "04", "KEN"),
    ("Talks between Serbia and Kosovo have been shelved.", "04", "SRB"),
    ("The talks between Egypt and Ethiopia were put on ice.", "04", "EGY"),
    ("Seoul shelved the joint military drills with Washington.", "06", "KOR"),
    ("Canberra scrapped a planned visit by the Chinese premier.", "04", "CHN"),
    ("Kenya put its planned deployment of police to Haiti on hold.", "07", "KEN"),
])
def test_an_act_shelved_or_put_on_hold_is_negated(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "negated"), events
    assert not has_event(events, root, source, "asserted"), events


@pytest.mark.parametrize("text, root", [
    ("The army put the rebels on notice.", "04"),
    ("Trump scrapped the nuclear agreement with Iran.", "05"),
])
def test_no_act_called_off(coder, text, root):
    events = _events(coder, text)
    assert not has_event(events, root, "", "negated"), events


# - an attack a condition names on a country ("if Belarus were attacked", "should Estonia be attacked") is coded on it,
#   conditional, by no one named; a country attacked as a fact with no attacker named stays uncoded (a storm's, a
#   crowd's?), and nothing conditional is ever coded asserted.
@pytest.mark.parametrize("text, target", [
    ("Should Estonia be attacked, NATO would defend it.", "EST"),
    ("NATO said it would defend Estonia if it were attacked.", "EST"),
    ("Lukashenko said Minsk would use nuclear weapons if Belarus were attacked.", "BLR"),
    # the country named as attacked, not the country the article is mostly about
    ("Japan would help defend the island if Taiwan were attacked, the prime minister said.", "TWN"),
])
def test_an_attack_on_a_country_named_as_a_condition(coder, text, target):
    events = _events(coder, text)
    assert any(c.startswith("19") and t == target and m == "conditional" for c, _, t, m in events), events
    assert not has_event(events, "19", "", "asserted"), events


def test_an_attack_on_a_country_with_no_attacker_as_a_fact(coder):
    assert not has_event(_events(coder, "Belarus was attacked on Sunday."), "19", "", "asserted")
