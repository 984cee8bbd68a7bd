"""(refuse32) Truces ended, concessive conditions on refusals, force not renounced: our own sentences."""

from gold_helpers import triples


def events(coder, text):
    return {(s, t, c, m) for s, t, c, m in triples(coder, text, date="2024-05-01")}


def test_leaving_or_ending_a_truce_refuses_to_deescalate(coder):
    for text in ("The Nepalese government said it was pulling out of the truce with the Maoist rebels.",
                 "The rebels ended their six-month ceasefire on Sunday.",
                 "Colombia's government withdrew from the ceasefire with the ELN."):
        got = events(coder, text)
        assert any(c == "1246" and m == "asserted" for s, t, c, m in got), (text, got)
        assert not any(c.startswith("087") or c == "196" for s, t, c, m in got), (text, got)


def test_troops_pulled_from_a_ceasefire_line_withdraw(coder):
    got = events(coder, "The army withdrew its troops from the ceasefire line.")
    assert not any(c == "1246" for s, t, c, m in got), got


def test_truce_ended_in_an_aside_beside_force(coder):
    got = events(coder, "Kachin rebels attacked army posts near Laiza on Monday, ending a two-year truce.")
    assert any(c == "1246" and m == "asserted" for s, t, c, m in got), got
    assert any(c.startswith("19") for s, t, c, m in got), got


def test_refusal_to_pull_forces_off_a_place(coder):
    got = events(coder, "The general said his government would not pull its troops off the disputed island.")
    assert any(c == "1246" and m == "asserted" for s, t, c, m in got), got


def test_even_if_is_no_condition_of_a_refusal(coder):
    got = events(coder, "Athens said it would never recognise the breakaway state, even if it cost Greece its seat "
                        "on the council.")
    assert any(c == "120" and m == "asserted" for s, t, c, m in got), got
    assert not any(c == "054" and m == "conditional" for s, t, c, m in got), got
    # a plain if-clause still makes a consequence
    got = events(coder, "Athens said it would recognise the new state if the council approved its membership.")
    assert not any(c == "054" and m == "asserted" for s, t, c, m in got), got


def test_force_not_renounced_is_left_open_not_a_rejection(coder):
    got = events(coder, "Pyongyang said it would never renounce the use of force against the South.")
    assert not any(c.startswith("12") for s, t, c, m in got), got
    assert any(c.startswith("19") and m == "considered" for s, t, c, m in got), got


def test_renouncing_violence_is_a_pledge_to_deescalate(coder):
    got = events(coder, "The rebel commander renounced violence at a news conference in Nairobi.")
    assert not any(c.startswith("12") for s, t, c, m in got), got
    assert any(c == "0356" for s, t, c, m in got), got


def test_use_of_force_ruled_out_is_force_negated(coder):
    got = events(coder, "The Kenyan president ruled out the use of force against the protesters' camps.")
    assert any(c.startswith("19") and m == "negated" for s, t, c, m in got), got
