"""(sources20) The doer of a passive with no agent named by the operation it belongs to: an operation's
"by" phrase ("killed in an operation by Pakistani troops") or a clause beside it in which a force carries out
the operation ("police stormed his house", "Israeli troops raided the camp"). Our own sentences."""

from __future__ import annotations

from gold_helpers import triples


def test_the_doer_of_the_operation_named_in_an_in_phrase(coder):
    got = triples(coder, "Five militants were killed in an operation by Pakistani troops in Waziristan.",
                  date="2023-05-02")
    assert any(s == "PAKMIL" and c[:2] in {"18", "19"} for s, _, c, _ in got), got


def test_an_arrest_after_a_force_stormed_a_house(coder):
    got = triples(coder, "The Kenyan opposition leader was arrested after police stormed his house in Nairobi.",
                  date="2023-05-02")
    assert any(s == "KENCOP" and t == "KENOPP" and c == "173" for s, t, c, _ in got), got


def test_a_killing_in_a_clause_joined_to_a_raid(coder):
    got = triples(coder, "Israeli troops raided the Jenin camp, and three Palestinian fighters were killed.",
                  date="2023-05-02")
    assert any(s == "ISRMIL" and t == "PSEREB" for s, t, c, _ in got if c[:2] in {"18", "19"}), got


def test_the_force_s_own_men_killed_are_not_its_victims(coder):
    got = triples(coder, "Police raided a camp near Lahore, and two police officers were killed.", date="2023-05-02")
    assert not any(s == "PAKCOP" and t == "PAKCOP" for s, t, _, _ in got), got


def test_an_operation_not_done_gives_no_doer(coder):
    got = triples(coder, "Police would raid the camp near Lahore if two officers were killed.", date="2023-05-02")
    assert not any(s == "PAKCOP" and c[:2] == "18" for s, _, c, _ in got), got


def test_a_group_that_claims_an_attack_did_it(coder):
    got = triples(coder, "A suicide bomber killed 12 worshippers at a mosque in Peshawar, and the Pakistani Taliban "
                  "claimed responsibility.", date="2023-05-02")
    assert any(s == "PAKREB" and c.startswith("183") for s, _, c, _ in got), got


def test_a_group_that_says_it_carried_out_an_attack_did_it(coder):
    got = triples(coder, "A car bomb exploded outside a police station in Kandahar, killing nine officers; the Taliban "
                  "said it carried out the attack.", date="2019-05-02")
    assert any(s and s.startswith("AFGREB") and c.startswith("183") for s, _, c, _ in got), got


def test_a_claim_not_made_names_no_doer(coder):
    got = triples(coder, "A roadside bomb killed four soldiers in Kidal; no group claimed the attack.", date="2023-05-02")
    assert all(s is None for s, _, c, _ in got if c.startswith("18")), got
    got = triples(coder, "A blast killed five people in Quetta, and the Baloch Liberation Army said it was not behind "
                  "the attack.", date="2023-05-02")
    assert all(s is None for s, _, c, _ in got if c.startswith("18")), got


def test_the_state_named_on_the_means_of_an_attack_did_it(coder):
    got = triples(coder, "A Russian missile strike on a market in Kharkiv killed twelve civilians.", date="2023-05-02")
    assert any(s and s.startswith("RUS") and c.startswith("19") for s, _, c, _ in got), got
    got = triples(coder, "A Turkish drone attack on a car near Qamishli killed two fighters.", date="2023-05-02")
    assert any(s and s.startswith("TUR") and c.startswith("19") for s, _, c, _ in got), got
