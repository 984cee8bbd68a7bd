"""Sources and targets of the seventh round (helper `dyad`). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import dyads_on


dyads = dyads_on("2024-05-10")


def test_a_un_security_council_resolution_is_the_councils(coder):
    # the resolution is the Council's act: rejecting it is aimed at the UN, not at the place it is about
    got = dyads(coder, "China vetoed a UN Security Council resolution demanding an end to the fighting in Sudan.")
    assert ("CHN", "IGOUNO", "12") in got, got
    assert all(t != "SDN" for s, t, c in got if c == "12"), got
    got = dyads(coder, "Israel rejected the UN Security Council resolution on the occupied territories.")
    assert any(s == "ISR" and t == "IGOUNO" and c == "12" for s, t, c in got), got


def test_parties_of_a_mutual_act_are_not_aimed_at_people_of_a_later_clause(coder):
    got = dyads(coder, "Spain and Morocco traded accusations after dozens of migrants died at the fence in Melilla.")
    assert ("ESP", "MAR", "11") in got and ("MAR", "ESP", "11") in got, got
    got = dyads(coder, "Greece and Turkey exchanged accusations after refugees drowned off Lesbos.")
    assert ("GRC", "TUR", "11") in got and ("TUR", "GRC", "11") in got, got


def test_recipient_of_a_gift_comes_before_an_actor_inside_the_gift(coder):
    got = dyads(coder, "Canada has been sharing satellite images of Russian positions with Ukraine.")
    assert all(t is None or not t.startswith("RUS") for s, t, c in got if c == "06"), got
    got = dyads(coder, "Norway handed detailed maps of Serbian minefields to Kosovo.")
    assert all(t is None or not t.startswith("SRB") for s, t, c in got if c in {"06", "07"}), got
    got = dyads(coder, "France has been passing intelligence on Islamist fighters to the government of Mali.")
    assert any(c in {"06", "07"} and (t or "").startswith("MLI") for s, t, c in got), got


def test_own_people_criticising_their_state_aim_at_it(coder):
    got = dyads(coder, "France has failed to meet its climate targets, French opposition parties complained.")
    assert ("FRAOPP", "FRA", "11") in got, got
    got = dyads(coder, "Poland is breaking the rule of law, Polish opposition leaders complained on Monday.")
    assert ("POLOPP", "POL", "11") in got, got
    got = dyads(coder, "Opposition lawmakers in Seoul accused the South Korean government of hiding the death toll.")
    assert any(s == "KOROPP" and (t or "").startswith("KOR") and c == "11" for s, t, c in got), got
    # a state organ speaking of its own state is no criticism of it by its own people
    got = dyads(coder, "Hungary has ignored the court's rulings, the Hungarian government complained.")
    assert all(not ((s or "").startswith("HUNGOV") and t == "HUN") for s, t, c in got), got


def test_the_maker_of_a_weapon_used_is_not_the_target(coder):
    got = dyads(coder, "Iraq fired Soviet-made Scud missiles at Tehran on Sunday.", date="1988-03-01")
    assert any(s == "IRQ" and (t or "").startswith("IRN") and c == "19" for s, t, c in got), got
    assert all(not (t or "").startswith("SUN") for s, t, c in got), got
    got = dyads(coder, "Russia launched Iranian drones at Odesa overnight.")
    assert any(s == "RUS" and (t or "").startswith("UKR") and c == "19" for s, t, c in got), got
    assert all(not (t or "").startswith("IRN") for s, t, c in got), got
    # shooting down a weapon is no use of it: its launcher still attacked
    got = dyads(coder, "Ukraine shot down Russian drones over Kyiv.")
    assert ("RUS", "UKR", "19") in got, got


def test_an_appeal_to_people_named_by_no_actor_has_no_deeper_target(coder):
    got = dyads(coder, "Brazil called on all parties to resolve the Sudan crisis through talks.")
    assert all(not (t or "").startswith("SDN") for s, t, c in got if c == "02"), got
    assert any(s is not None and s.startswith("BRA") and c == "02" for s, t, c in got), got
    got = dyads(coder, "The Pope urged donors to fund the rebuilding of Mosul.")
    assert all(not (t or "").startswith("IRQ") for s, t, c in got if c == "02"), got
    # an addressee the dictionaries know is the target
    got = dyads(coder, "Ghana urged the United States to lift its sanctions on Cuba.")
    assert any(s == "GHA" and t == "USA" and c == "02" for s, t, c in got), got


def test_rebels_beside_their_state_at_talks_abroad_are_its_rebels(coder):
    got = dyads(coder, "The Colombian government and the rebels signed a ceasefire in Havana.")
    assert ("COLGOV", "COLREB", "05") in got and ("COLREB", "COLGOV", "05") in got, got
    got = dyads(coder, "Ethiopia's government and rebels held talks in Nairobi.")
    assert any(s == "ETHGOV" and t == "ETHREB" and c == "04" for s, t, c in got), got
    assert all("KEN" not in (s or "") + (t or "") for s, t, c in got), got
    # a mediator's counterpart keeps the country of the place: only co-parties of the state change
    got = dyads(coder, "A Qatari envoy met rebel commanders in Darfur.")
    assert all(not (t or "").startswith("QAT") for s, t, c in got), got


def test_victims_guessed_as_the_attackers_own_belong_to_the_named_place(coder):
    got = dyads(coder, "Israeli jets bombed a shelter for displaced people in Rafah.")
    assert any(s == "ISRMIL" and (t or "").startswith("PSE") and c == "19" for s, t, c in got), got
    got = dyads(coder, "Saudi warplanes struck a school for displaced children in Yemen.")
    assert all(not (t or "").startswith("SAU") for s, t, c in got if c in {"18", "19", "20"}), got
