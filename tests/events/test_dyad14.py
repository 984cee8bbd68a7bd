"""Round 14 (dyad14): right event, wrong actors. Sentences written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import countries, dyads_on

dyads = dyads_on("2024-05-10")


@pytest.mark.parametrize("text, root, pair", [
    # the source's own forces or goods moved somewhere: where they go (or come from) is the target
    ("Biden ordered 3,000 more troops to Poland.", "15", ("USA", "POL")),
    ("Macron sent French soldiers to Chad.", "15", ("FRA", "TCD")),
    ("The White House suspended all U.S. military aid to Ukraine.", "16", ("USA", "UKR")),
    ("Berlin halted German arms exports to Saudi Arabia.", "16", ("DEU", "SAU")),
])
def test_own_forces_or_goods_moved_go_to_the_destination(coder, text, root, pair):
    found = {(s, t) for s, t, r in countries(dyads(coder, text)) if r == root}
    assert pair in found


@pytest.mark.parametrize("text, root, pair", [
    # people moved against their will are whom the act is done to, not where they are sent
    ("Nicaragua expelled 40 opposition activists to Costa Rica.", "17", ("NIC", "NIC")),
    # a place the act is done on, then a time: no destination
    ("Farmers said they would blockade Paris from Monday night.", "13", ("FRA", "FRA")),
])
def test_what_is_not_the_source_s_own_keeps_its_target(coder, text, root, pair):
    found = {(s, t) for s, t, r in countries(dyads(coder, text)) if r == root}
    assert pair in found


@pytest.mark.parametrize("text, root, pair", [
    # a claim that points back ("the attack", "responsibility", no act named of its own) names the doer of the
    # violence told before it, and is aimed at that violence's target
    ("A roadside bomb killed six soldiers near Kandahar, and the Taliban claimed the attack.", "18", ("AFG", "AFG")),
    ("Gunmen attacked a police station in Quetta on Sunday; the Baloch Liberation Army claimed responsibility.",
     "18", ("PAK", "PAK")),
    ("A suicide bomber killed 14 worshippers at a mosque in Kabul, and Islamic State claimed responsibility for "
     "the bombing.", "18", ("AFG", "AFG")),
])
def test_a_claim_pointing_back_names_the_doer_of_the_violence_told_before(coder, text, root, pair):
    found = countries(dyads(coder, text))
    assert (pair[0], pair[1], root) in found
    assert any(r == "01" and s == pair[0] and t == pair[1] for s, t, r in found)   # 015 aimed at its target
    assert not any(r == "19" for _, _, r in found)   # "the attack" is no second act


def test_a_claim_naming_its_own_act_or_a_denied_claim_leaves_the_violence_alone(coder):
    found = countries(dyads(coder, "A bomb exploded at a market in Peshawar, and no group claimed the attack."))
    assert all(s == "" for s, _, r in found if r == "18")
    found = countries(dyads(coder, "The Houthis claimed a drone attack on a tanker in the Red Sea."))
    assert any(r == "19" and s == "YEM" for s, _, r in found)


def test_unidentified_attackers_have_no_side_of_their_own(coder):
    # the attackers' country is only that of the place hit: the named country hit is the target, whoever struck
    from foedus.coder import learned
    import pytest as _pytest

    with _pytest.MonkeyPatch.context() as mp:
        mp.setattr(learned, "choose_targets", lambda *a, **k: None)   # the rules' own target
        found = countries(dyads(coder, "Drone strikes hit the Saudi oil facilities at Abqaiq."))
    assert ("", "SAU", "19") in found
