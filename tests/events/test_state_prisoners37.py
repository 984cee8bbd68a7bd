"""(hold37) Prisoners or detainees a state holds (event_cues held_prisoner_nouns, jailing_sectors) are in its jails:
no hostage-taking (181), which PETRARCH's "hold * &hostage" read because its synset counts a prisoner as a hostage.
Hostages held by a group, or people an armed group holds prisoner, stay 181. Our own sentences."""

from gold_helpers import triples


def test_prisoners_a_state_holds_are_no_hostages(coder):
    got = triples(coder, "The hijackers demanded the release of 30 prisoners held by Egypt.", "1985-10-07")
    assert not any(c.startswith("181") and (s or "").startswith("EGY") for s, t, c, m in got), got
    got = triples(coder, "Morocco holds about 200 Sahrawi detainees.", "2020-01-07")
    assert not any(c.startswith("181") for s, t, c, m in got), got


def test_hostages_a_group_holds_stay_a_hostage_taking(coder):
    got = triples(coder, "Hamas is holding more than 200 hostages in Gaza.", "2023-10-20")
    assert any(c.startswith("181") and (s or "").startswith("PSE") for s, t, c, m in got), got
    got = triples(coder, "Rebels held three soldiers prisoner for a year.", "2024-11-20")
    assert any(c.startswith("181") for s, t, c, m in got), got
