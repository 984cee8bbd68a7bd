"""Round 16, helper falsepos16: our own sentences for acts that did not happen and that the coder coded asserted,
and for threats vowed.

- the conjunct after "rather than" when the parser makes "than" a coordinator ("abstained rather than veto the
  resolution", "left the room rather than wield his veto") is the act set aside: negated, never asserted; the act
  done before it keeps its own modality;
- an act told in a report, claim or allegation that someone investigates ("will investigate reports that jets bombed a
  hospital", "opened an inquiry into allegations that police beat detainees", "is looking into claims") is still
  open: considered, not asserted (data: modality_cues investigating_words);
- a threat (13x) made with a vowing verb ("vowed revenge", "promised a tit-for-tat response", "swore to avenge") is a
  statement of a hostile act ahead: intended (the convention of the blind batches since blind10); "threatened" and
  "warned" stay asserted (data: modality_cues vowing_verbs).
"""

from __future__ import annotations

import pytest
from coded import events_on, has_event

_events = events_on("2024-05-01")


@pytest.mark.parametrize("text, root, source", [
    ("Germany chose to abstain rather than veto the resolution.", "12", "DEU"),
    ("The rebels surrendered rather than fight the Malian army.", "19", ""),
    ("The Slovak premier walked out of the summit rather than wield his veto against the EU.", "12", "SVK"),
])
def test_act_after_rather_than_as_a_coordinator_did_not_happen(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "negated"), events
    assert not any(c.startswith(root) and m == "asserted" for c, *_, m in events), events


def test_act_done_before_rather_than_stays_asserted(coder):
    events = _events(coder, "Kenyan police arrested the protesters rather than beat them.")
    assert has_event(events, "173", "KEN", "asserted"), events
    assert not any(c.startswith("17") and c != "173" and m == "asserted" for c, *_, m in events), events


@pytest.mark.parametrize("text, root, source", [
    ("The UN said it would investigate reports that Syrian jets had bombed a hospital in Idlib.", "19", "SYR"),
    ("Amnesty opened an inquiry into allegations that Belarusian police beat protesters in Minsk.", "17", "BLR"),
    ("Prosecutors are investigating claims that Ethiopian soldiers attacked villagers in Tigray.", "1", "ETH"),
])
def test_act_in_an_investigated_claim_is_considered(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "considered"), events
    assert not any(c.startswith(root) and m == "asserted" for c, *_, m in events
                   if not c.startswith("09")), events


def test_act_in_a_claim_not_investigated_stays_asserted(coder):
    events = _events(coder, "Kenyan police said that Somali gunmen attacked a bus near Mandera.")
    assert has_event(events, "1", "SOM", "asserted"), events


@pytest.mark.parametrize("text, source", [
    ("The rebels vowed revenge for the air strike on their base in Idlib.", "SYRREB"),
    ("Moscow promised a tit-for-tat response to the expulsion of its diplomats.", "RUS"),
    ("Iran vowed to avenge the killing of its general in Damascus.", "IRN"),
])
def test_threat_vowed_is_intended(coder, text, source):
    events = _events(coder, text)
    assert has_event(events, "13", source[:3], "intended"), events
    assert not any(c.startswith("13") and m == "asserted" for c, *_, m in events), events


def test_threat_with_a_threat_verb_stays_asserted(coder):
    events = _events(coder, "Israel threatened to retaliate against Hezbollah.")
    assert has_event(events, "13", "ISR", "asserted"), events
