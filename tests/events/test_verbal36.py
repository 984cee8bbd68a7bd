"""(verbal36) Verbal acts told in the wire's words: our own sentences."""

from gold_helpers import triples


def events(coder, text, date="2023-05-01"):
    return {(s, t, c, m) for s, t, c, m in triples(coder, text, date=date)}


def test_investigators_who_say_what_they_hold_report_their_investigation(coder):
    got = events(coder, "Norwegian investigators said arson was the most likely cause of the fire at the depot.")
    assert any(c[:2] == "09" and m == "asserted" and s.startswith("NOR") for s, t, c, m in got), got
    got = events(coder, "A UN inquiry said that Eritrean troops had looted homes in the border villages.")
    assert any(c[:2] == "09" and s.startswith("IGOUNO") and t.startswith("ERI") for s, t, c, m in got), got


def test_investigators_who_speak_of_themselves_or_have_no_owner_report_none(coder):
    # what they say is about themselves: nothing found
    got = events(coder, "Polish investigators said they needed another month to finish their work.")
    assert not any(c[:2] == "09" for s, t, c, m in got), got
    # no owner named for the investigators
    got = events(coder, "Investigators said the fire had started in the basement.")
    assert not any(c[:2] == "09" for s, t, c, m in got), got


def test_investigators_looking_into_something_are_one_investigation(coder):
    got = events(coder, "Latvian investigators said they were looking into a cargo ship suspected of cutting a cable.")
    assert sum(c[:2] == "09" for s, t, c, m in got) == 1, got


def test_a_stated_refusal_to_accept_mediation_or_a_truce_is_a_rejection(coder):
    got = events(coder, "Khartoum said it would not accept Ethiopian mediation in the conflict.")
    assert any(c == "126" and m == "asserted" and s.startswith("SDN") for s, t, c, m in got), got
    got = events(coder, "The insurgents said they would not accept any truce until the army left the valley.")
    assert any(c == "1246" and m == "asserted" for s, t, c, m in got), got
    # agreeing is no refusal, and a truce not agreed is only the truce negated
    got = events(coder, "The insurgents did not agree to a truce.")
    assert not any(c[:2] == "12" for s, t, c, m in got), got


def test_a_vetoed_bill_is_aimed_at_the_vetoers_legislature(coder):
    got = events(coder, "President Mitterrand vetoed a bill cutting aid to Chad.", date="1986-05-01")
    assert any(c == "129" and s.startswith("FRA") and t == "FRALEG" for s, t, c, m in got), got
    # a bill whose owner is named stays aimed at its owner
    got = events(coder, "Poland vetoed a European Union bill on aid to Ukraine.")
    assert any(c == "129" and t.startswith("IGOEUREEC") for s, t, c, m in got), got
    # a resolution of no body named stays the Security Council's
    got = events(coder, "China vetoed a resolution on Myanmar.")
    assert any(c == "129" and t.startswith("IGOUNO") for s, t, c, m in got), got
