"""(modality38) A clause of time after "after"/"when" on an act told ahead is a condition, as "once" is, when its verb
is in the present ("Israel will withdraw its troops after Hamas frees the hostages": nobody has been freed) or "only"
makes it the one time ("would free the hostages only after the government released their comrades"); told of the
past it is a fact ("laid down their arms after the army left"). Our own sentences."""

from gold_helpers import triples


def _freed(got):
    return [m for s, t, c, m in got if c.startswith("084") and (s or "").startswith("PSE")]


def test_a_present_clause_of_time_on_a_future_act_did_not_happen(coder):
    got = triples(coder, "Israel will pull its troops out of the corridor after Hamas frees the hostages.", "2024-04-10")
    assert _freed(got) and "asserted" not in _freed(got), got


def test_only_after_makes_the_past_clause_a_condition(coder):
    got = triples(coder, "The rebels said they would free the soldiers only after the government released their "
                         "comrades.", "2024-04-10")
    released = [m for s, t, c, m in got if c.startswith("084") and s == "GOV"]
    assert released and "asserted" not in released, got


def test_a_clause_of_time_told_of_the_past_happened(coder):
    got = triples(coder, "The rebels laid down their arms after the army left the region.", "2024-04-10")
    assert any(c.startswith("087") and s == "MIL" and m == "asserted" for s, t, c, m in got), got


def test_a_past_clause_of_time_on_a_reported_plan_stays_a_fact(coder):
    # "after" with a simple past and no "only" under "would": what it tells happened
    got = triples(coder, "France said it would send more troops to Chad after rebels attacked the capital.", "2008-02-04")
    assert any(c.startswith("19") and m == "asserted" for s, t, c, m in got), got


def test_using_nuclear_weapons_if_attacked_is_a_threat_with_wmd(coder):
    got = triples(coder, "Pakistan would use nuclear weapons if India invaded its territory, a minister said.", "1999-06-10")
    assert any(c == "1385" and s.startswith("PAK") and m == "conditional" for s, t, c, m in got), got


def test_police_using_tear_gas_stays_repression(coder):
    got = triples(coder, "Police used tear gas against protesters in Yerevan.", "2024-04-10")
    assert any(c == "175" for s, t, c, m in got), got
