"""(target50) Targets the coder chose wrongly. A country adjective glued to "pan-", "inter-" or "trans-" is part of a
wider name, no actor of that country ("the Pan-American Highway" runs from Alaska to Chile; an "Inter-American court"
is the OAS's human-rights court); a bare "House of Representatives" in a sentence about another state whose lower
chamber bears that name is that state's (actors/shared_bodies.yaml). Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date"), [
    ("Ecuadorean truckers blocked the Pan-American Highway near Tulcan on Monday.", "2019-10-07"),
    ("Peruvian farmers blocked the Pan-American Highway south of Ica for a third day.", "2020-12-02"),
])
def test_a_pan_american_road_names_no_us_target(coder, text, date):
    events = _events(coder, text, date)
    assert events and not any(t.startswith("USA") for c, s, t, m in events), events


def test_an_inter_american_court_is_an_international_body(coder):
    events = _events(coder, "Guatemala's constitutional court rejected an Inter-American court ruling on the amnesty.",
                     "2019-03-14")
    assert any(t.startswith("IGO") for c, s, t, m in events), events
    assert not any(t.startswith("USA") for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "home"), [
    ("Nigeria's president urged the House of Representatives to pass the budget before the recess.", "2021-11-10",
     "NGALEG"),
    ("The Philippine president asked the House of Representatives to speed up the tax reform bill.", "2017-05-10",
     "PHLLEG"),
])
def test_a_house_of_representatives_of_another_state_is_its_own(coder, text, date, home):
    events = _events(coder, text, date)
    assert any(t == home for c, s, t, m in events), events
    assert not any(t.startswith("USA") for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "aimed"), [
    ("Houthi drones struck a Saudi oil terminal in Jizan on Sunday, and the Houthis claimed the attack.", "2019-05-05",
     "SAU"),
    ("Militants fired rockets at an Israeli border town overnight, and Islamic Jihad claimed the attack.",
     "2019-11-12", "ISR"),
])
def test_a_claim_after_the_act_it_claims_takes_that_acts_target(coder, text, date, aimed):
    claims = [e for e in _events(coder, text, date) if e[0] == "015"]
    assert claims and all(t.startswith(aimed) for c, s, t, m in claims), claims


@pytest.mark.parametrize(("text", "date", "home"), [
    ("Rebels ambushed a police patrol in Ouham-Pende, killing three officers.", "2021-03-01", "CAF"),
    ("Suspected militants burned a church in Kogi, police said.", "2020-03-01", "NGA"),
])
def test_a_region_the_gazetteer_now_knows_gives_the_country(coder, text, date, home):
    events = _events(coder, text, date)
    assert events and all(s.startswith(home) and (not t or t.startswith(home)) for c, s, t, m in events), events
    assert any(t.startswith(home) for c, s, t, m in events), events
