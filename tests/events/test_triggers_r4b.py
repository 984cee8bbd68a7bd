"""Event recall and type precision on news nobody tuned on (issue 10, round 4b): general rules and
dictionary facts for the roots 01-02, 04-09, 14-15, 17-20. Our own sentences; each asserts the coder's
real output."""

from gold_helpers import triples


def codes(coder, text: str, mod: str = "asserted") -> set[str]:
    return {c for s, tgt, c, m in triples(coder, text) if m == mod}


# ---- an arrest is an arrest: no confiscation from a later "and", no consultation at a meeting ----

def test_arresting_people_and_others_in_raids_is_no_confiscation(coder):
    got = codes(coder, "Bangladeshi police arrested 30 students and teachers in night raids across Dhaka.")
    assert "173" in got and "1711" not in got, got


def test_arresting_supporters_at_a_meeting_is_no_consultation(coder):
    got = codes(coder, "Police in Lusaka arrested 12 opposition activists at a party meeting on Sunday.")
    assert "173" in got and not any(c.startswith("04") for c in got), got


def test_detaining_delegates_at_a_meeting_is_no_consultation(coder):
    got = codes(coder, "Security agents detained two rebel delegates at a meeting in Juba.")
    assert "173" in got and not any(c.startswith("04") for c in got), got


def test_seizing_weapons_in_a_raid_is_still_confiscation(coder):
    assert "1711" in codes(coder, "Colombian troops seized 400 rifles in a raid on a guerrilla camp.")
