"""Targets found for issue 10, fifth round (helper `targets`). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import dyads_on


dyads = dyads_on("2024-05-10")


def test_concession_after_protests_is_aimed_at_the_protesters(coder):
    got = dyads(coder, "The Peruvian interior minister resigned on Friday after ten days of angry street protests.")
    assert ("PERGOV", "PERCVL", "08") in got, got
    got = dyads(coder, "Mongolia's prime minister quit and left the capital following weeks of demonstrations.")
    assert any(s.startswith("MNG") and t == "MNGCVL" and c == "08" for s, t, c in got if s and t), got


def test_refusal_despite_protests_is_aimed_at_the_protesters(coder):
    got = dyads(coder, "Serbia's president refused to resign despite months of mass protests over the canopy collapse.")
    assert any(s.startswith("SRB") and t == "SRBCVL" and c == "12" for s, t, c in got if s and t), got


def test_concession_without_protests_gets_no_protesters_as_target(coder):
    got = dyads(coder, "The Peruvian interior minister resigned on Friday after a corruption inquiry.")
    assert all(t is None or not t.endswith("CVL") for s, t, c in got), got
    got = dyads(coder, "The Kenyan finance minister said the protests would not make him resign.")
    assert all(t != "KENCVL" for s, t, c in got if c in {"08", "12"}), got


def test_visit_named_by_a_noun_beside_the_landing_targets_the_country_visited(coder):
    got = dyads(coder, "Pope Francis landed in Baghdad, the first visit by a pope in history.", date="2021-03-05")
    assert ("VAT", "IRQ", "04") in got, got


def test_visit_targets_the_host_country_not_the_body_met_there(coder):
    got = dyads(coder, "Ukraine's foreign minister arrived in Tokyo for a meeting of the G7.")
    assert any(s.startswith("UKR") and t.startswith("JPN") and c == "04" for s, t, c in got if s and t), got
    got = dyads(coder, "Zelensky made a surprise visit to the Arab League summit in Jeddah.", date="2023-05-19")
    assert ("UKRGOV", "SAU", "04") in got, got


def test_visit_at_home_keeps_no_foreign_place(coder):
    got = dyads(coder, "The French president arrived in Marseille for a meeting with the Algerian prime minister.")
    assert all(t != "FRA" for s, t, c in got), got


def test_denial_with_no_accuser_named_is_aimed_at_no_one(coder):
    # (round 17: a denial answers its accuser, not the victim of the act denied; gold README)
    got = dyads(coder, "The Ethiopian army denied shelling Mekelle during the night.")
    assert ("ETHMIL", None, "01") in got, got


def test_denial_of_reports_is_aimed_neither_at_the_receiver_nor_at_the_own_firms(coder):
    got = dyads(coder, "Tehran dismissed reports that Iranian firms had sold ballistic missiles to the Russian army.")
    denials = {t for s, t, c in got if c == "01"}
    assert denials == {None}, got


def test_claim_of_responsibility_is_aimed_at_the_victim_of_the_act_claimed(coder):
    got = dyads(coder, "Al-Shabaab claimed responsibility for a bombing that killed Kenyan soldiers near Lamu.")
    assert any(t is not None and t.startswith("KEN") and c == "01" for s, t, c in got), got


def test_base_set_up_in_a_place_of_a_named_country_targets_that_country(coder):
    got = dyads(coder, "On 2 March 2024, the Burkinabe army set up a new outpost in Djibo, Soum province, Burkina Faso.")
    assert ("BFAMIL", "BFA", "15") in got, got


def test_base_near_a_border_named_by_an_adjective_gets_no_target(coder):
    got = dyads(coder, "Islamist fighters set up a camp in a forest near the Nigerien border.")
    assert all(t is None for s, t, c in got if c == "15"), got


def test_refusal_despite_an_actors_pressure_is_aimed_at_that_actor(coder):
    got = dyads(coder, "Turkey declined to hand over the suspects despite repeated US requests.")
    assert ("TUR", "USA", "12") in got, got
    got = dyads(coder, "Vietnam said it would not pull its fishing fleet out of the Paracels despite Chinese pressure.")
    assert any(s == "VNM" and t == "CHN" and c == "12" for s, t, c in got), got



def test_partner_named_after_alongside_is_the_target_of_cooperation(coder):
    got = dyads(coder, "Belarusian troops fought alongside Russian units against Ukraine.")
    assert any(s == "BLRMIL" and (t or "").startswith("RUS") and c == "06" for s, t, c in got), got


def test_site_named_by_a_capital_in_an_of_phrase_is_in_that_country(coder):
    got = dyads(coder, "Militants detonated explosives near a checkpoint of Baghdad airport.")
    assert ("IRQREB", "IRQ", "18") in got, got


def test_each_country_of_a_list_where_an_attack_lands_is_a_target(coder):
    got = dyads(coder, "Israeli jets bombed weapons depots in Syria and Lebanon overnight.")
    assert {t for s, t, c in got if s == "ISRMIL" and c == "19"} >= {"SYR", "LBN"}, got


def test_actor_named_after_emergency_rule_is_its_cause_not_its_target(coder):
    got = dyads(coder, "Armenia declared martial law after Azerbaijan launched an offensive.")
    # coded, and not at Azerbaijan: at Armenia itself (emergency rule is imposed at home, event_words home_codes)
    assert ("ARM", "ARM", "17") in got and not any(c == "17" and t == "AZE" for s, t, c in got), got


def test_show_of_force_is_aimed_at_the_act_it_answers_unless_it_names_its_target(coder):
    got = dyads(coder, "Poland mobilised 10,000 reservists after the Russian drone incursion.")
    assert any(t is not None and t.startswith("RUS") for s, t, c in got if c == "15"), got
    got = dyads(coder, "China held three days of naval drills around Taiwan after the Japanese prime minister visited Taipei.")
    assert {t for s, t, c in got if c == "15"} == {"TWN"}, got
