"""Round 13 (source13): the source of an act when the root is right. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import countries, dyads_on

dyads = dyads_on("2019-06-10")


def test_infinitive_of_a_noun_with_a_by_phrase_is_done_by_that_phrase(coder):
    # "an attempt by X to overthrow Y": X would overthrow, not the subject of the clause above
    got = countries(dyads(coder, "Nigerian marines crushed an attempt by Ghanaian mercenaries to overthrow President Adama Barrow."))
    assert any(s == "GHA" and r == "18" for s, t, r in got)
    assert not any(s == "NGA" and r == "18" for s, t, r in got)


def test_infinitive_of_a_noun_without_a_by_phrase_keeps_the_clause_subject(coder):
    got = countries(dyads(coder, "Kenya announced a plan to deploy troops to Haiti."))
    assert any(s == "KEN" for s, t, r in got)


def test_relative_clause_on_a_list_acting_on_one_another_is_about_the_whole_list(coder):
    got = countries(dyads(coder, "Australia hosted the Indian prime minister and the Japanese prime minister, "
                                 "who pledged to support one another in any crisis."))
    assert ("IND", "JPN", "03") in got and ("JPN", "IND", "03") in got


def test_relative_clause_on_a_list_without_a_reciprocal_is_about_its_head(coder):
    got = countries(dyads(coder, "Australia hosted the Indian prime minister and the Japanese prime minister, "
                                 "who pledged to help Fiji."))
    assert any(s == "JPN" and t == "FJI" for s, t, r in got)
    assert not any(s == "IND" and t == "FJI" for s, t, r in got)


def test_protests_a_leader_answers_abroad_are_his_own_country(coder):
    got = countries(dyads(coder, "Gabon's president flew to Morocco after weeks of street protests against his rule."))
    assert ("GAB", "GAB", "14") in got
    assert not any(s == "MAR" and r == "14" for s, t, r in got)


def test_protests_placed_in_a_town_keep_its_country(coder):
    got = countries(dyads(coder, "Gabon's president flew to Morocco after weeks of protests in Rabat."))
    assert any(s == "MAR" and r == "14" for s, t, r in got)


def test_bid_by_a_group_to_seize_a_place(coder):
    got = countries(dyads(coder, "Police foiled a bid by Ghanaian rebels to seize the airport in Banjul."))
    assert any(s == "GHA" and r == "19" for s, t, r in got)


def test_speech_participle_after_a_time_clause_is_the_main_subjects(coder):
    # the parser hangs "demanding" on the time clause ("after Israel halted"); Hamas demands
    got = countries(dyads(coder, "Hamas declared a truce in Gaza hours after Israel ended its offensive, "
                                 "demanding that Israeli troops leave within a week.", date="2009-01-18"))
    assert any(s == "PSE" and r == "10" for s, t, r in got)
    assert not any(s == "ISR" and r == "10" for s, t, r in got)


def test_force_participle_after_a_time_clause_stays_with_that_clause(coder):
    got = dyads(coder, "Mali's army withdrew after Ansar Dine militants stormed the base, killing 12 soldiers.")
    assert not any((s or "").endswith("MIL") and r in {"18", "19"} for s, t, r in got)
    assert any((s or "").endswith("REB") and r in {"18", "19"} for s, t, r in got)
