"""Who acts and at whom when the act's type is already right (round 30, helper dyad30): coercion done abroad is
aimed at the people of the place, a ship seized with no flag named is aimed at no one told, and the venue of a
meeting is no home of those who met there. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_coercion_abroad_is_aimed_at_the_people_of_the_place(coder):
    got = triples(coder, "Israeli troops demolished two houses in Hebron on Tuesday.", date="2023-05-02")
    assert has_coded(got, "17", "ISR", "PSE"), got
    got = triples(coder, "Turkish soldiers burned crops in a village near Afrin.", date="2019-06-10")
    assert not has_coded(got, "17", "TUR", "TUR"), got


def test_coercion_at_home_stays_aimed_at_the_own_people(coder):
    got = triples(coder, "Nigerian police arrested 25 people in Lagos on Monday.", date="2020-10-20")
    assert has_coded(got, "173", "NGA", "NGA"), got


def test_a_border_named_is_no_place_of_the_act(coder):
    got = triples(coder, "Bangladeshi police detained a factory owner near the Indian border.", date="2013-04-28")
    assert not has_coded(got, "173", None, "IND"), got


def test_a_ship_seized_with_no_flag_is_not_the_seizers_own_people(coder):
    got = triples(coder, "Iranian commandos seized a tanker in the Gulf of Oman on Thursday.", date="2023-05-04")
    assert has_coded(got, "18", "IRN"), got
    assert not has_coded(got, "18", "IRN", "IRN"), got
    got = triples(coder, "Iran's navy seized a Greek-flagged tanker in the Gulf.", date="2022-05-27")
    assert has_coded(got, "18", "IRN", "GRC"), got


def test_the_venue_of_a_meeting_is_no_home_of_those_who_met(coder):
    got = triples(coder, "The two foreign ministers met in Vienna on Friday.", date="2019-03-01")
    assert not any((s or "").startswith("AUT") or (t or "").startswith("AUT") for s, t, _, _ in got), got
    got = triples(coder, "Talks between the Colombian government and the rebels resumed in Havana.", date="2015-01-15")
    assert not any((s or "").startswith("CUB") or (t or "").startswith("CUB") for s, t, c, _ in got
                   if c.startswith("04")), got
    assert coded(got, "04"), got


def test_the_one_met_at_the_venue_is_still_of_the_place(coder):
    got = triples(coder, "Norwegian envoys met rebel leaders in Kilinochchi.", date="2005-07-16")
    assert has_coded(got, "04", "NOR", "LKA"), got


def test_people_in_office_added_resolve_to_their_state_on_the_date(coder):
    got = triples(coder, "President Jean-Bertrand Aristide resigned on Sunday.", date="2004-02-29")
    assert has_coded(got, "083", "HTIGOV"), got
    got = triples(coder, "General Yakubu Gowon promised an amnesty for the rebels.", date="1970-01-15")
    assert any((s or "").startswith("NGAGOV") for s, _, _, _ in got), got
    got = triples(coder, "A drone strike killed Baitullah Mehsud in South Waziristan.", date="2009-08-05")
    assert any((t or "").startswith("PAKREB") for _, t, _, _ in got), got


def test_a_curfew_imposed_by_forces_abroad_is_aimed_at_the_place(coder):
    got = triples(coder, "Israeli troops imposed a curfew in Hebron after clashes with stone-throwing youths.",
                  date="1989-03-01")
    assert has_coded(got, "1723", "ISR", "PSE"), got
    got = triples(coder, "Turkish troops imposed a curfew in Diyarbakir.", date="1993-05-01")
    assert has_coded(got, "1723", "TUR", "TUR"), got
