"""Meetings, talks and visits told in wire shapes the coder missed (helper consult42). Sentences written for these
tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples


def test_a_summit_held_at_a_third_place_is_each_partys_meeting(coder):
    # gold README: summits at a third place are 044 both ways, also when told as "held a summit"
    got = triples(coder, "Nixon and Brezhnev held a summit in Vienna on Friday.", date="1974-06-28")
    assert has_coded(got, "044", "USAGOV", "SUNGOV"), got
    assert has_coded(got, "044", "SUNGOV", "USAGOV"), got
    # held in one party's land: no third place, the meeting stays once
    got = triples(coder, "Nixon and Brezhnev held their summit in Moscow.", date="1974-06-28")
    assert has_coded(got, "04", "USAGOV", "SUNGOV"), got
    assert not has_coded(got, "044", "SUNGOV", "USAGOV"), got
    # a summit still ahead is no meeting held
    got = triples(coder, "Nixon and Brezhnev will hold a summit in Vienna next month.", date="1974-06-28")
    assert not has_coded(got, "044", modality="asserted"), got


def test_a_summit_noun_between_two_at_a_third_place(coder):
    got = triples(coder, "The summit in Vienna between Carter and Brezhnev ended with handshakes.", date="1979-06-18")
    assert has_coded(got, "044", "USAGOV", "SUNGOV"), got
    assert has_coded(got, "044", "SUNGOV", "USAGOV"), got
    got = triples(coder, "The meeting between Carter and Brezhnev in Vienna lasted three hours.", date="1979-06-18")
    assert has_coded(got, "044", "SUNGOV", "USAGOV"), got


def test_the_one_told_something_at_talks_is_the_partner(coder):
    got = triples(coder, "Shevardnadze told Secretary of State James Baker at talks in Wyoming that Moscow would drop its linkage.",
                  date="1989-09-23")
    assert has_coded(got, "04", "SUNGOV", "USAGOV"), got
    # the press told of the talks is no partner, nor a cabinet told at its own meeting
    got = triples(coder, "Shevardnadze told reporters at talks in Wyoming that Moscow would drop its linkage.",
                  date="1989-09-23")
    assert not has_coded(got, "04"), got


def test_a_telephone_conversation_is_a_call(coder):
    got = triples(coder, "Erdogan held a long telephone conversation with Putin on Tuesday.", date="2022-10-18")
    assert has_coded(got, "041", "TURGOV", "RUSGOV"), got
    got = triples(coder, "Scholz told Zelensky in a telephone conversation that more tanks would come.", date="2023-01-20")
    assert has_coded(got, "041", "DEUGOV", "UKRGOV"), got
    # a national conversation is no meeting
    got = triples(coder, "The president called for a national conversation on pensions.", date="2023-01-20")
    assert not has_coded(got, "04"), got


def test_a_span_of_talks_ended_by_two_sides_is_each_sides_negotiation(coder):
    got = triples(coder, "The Sandinistas and the Contras ended three days of talks in Sapoa.", date="1988-03-23")
    assert has_coded(got, "046", "NICGOV", "NICREB"), got
    assert has_coded(got, "046", "NICREB", "NICGOV"), got


def test_a_leader_who_walks_across_a_border_into_a_country_visits_it(coder):
    got = triples(coder, "Moon Jae-in walked across the military demarcation line into North Korea on Friday.",
                  date="2018-09-18")
    assert has_coded(got, "042", "KORGOV", "PRK"), got
    got = triples(coder, "Nawaz Sharif stepped over the border line into India at Wagah.", date="1999-02-20")
    assert has_coded(got, "042", "PAKGOV", "IND"), got
    # walking into a room or a role, an officer leaving with his troops or a civilian crossing: no visit
    got = triples(coder, "The foreign minister walked into the room.", date="2018-09-18")
    assert not has_coded(got, "042"), got
    got = triples(coder, "Soviet General Boris Gromov walked across the bridge into Uzbekistan.", date="1989-02-15")
    assert not has_coded(got, "042"), got


def test_a_truce_announced_by_a_third_party_is_its_mediation(coder):
    got = triples(coder, "A truce announced by Egypt took hold between Israel and Islamic Jihad on Sunday.",
                  date="2022-08-08")
    assert has_coded(got, "045", "EGY", "ISR"), got
    # a party announcing its own truce mediates nothing
    got = triples(coder, "A unilateral ceasefire announced by the rebels held for a second day, the army said.",
                  date="2022-08-08")
    assert not has_coded(got, "045"), got


def test_a_meeting_participle_before_two_subjects_is_their_meeting(coder):
    got = triples(coder, "Meeting in Geneva, the foreign ministers of Greece and Turkey signed a protocol on the Aegean.",
                  date="1988-05-27")
    assert has_coded(got, "04", "GRCGOV", "TURGOV"), got
    # the setting of one speaker's words is no meeting
    got = triples(coder, "Meeting reporters in Athens, Papandreou said the talks had gone well.", date="1988-05-27")
    assert not has_coded(got, "04"), got


def test_a_past_visit_with_no_destination_went_to_the_host_the_clause_names(coder):
    got = triples(coder, "Niger ended its military accord with France days after a visit by the French defence "
                  "minister.", date="2023-08-03")
    assert has_coded(got, "042", "FRAGOV", "NER"), got
    # a third party reacting to the visit is no host
    got = triples(coder, "Beijing staged drills around Taiwan a day after a visit by the U.S. defence secretary.",
                  date="2023-08-03")
    assert not has_coded(got, "042", "USAGOV", "CHN"), got


def test_a_mediator_goes_between_both_parties_its_sentence_ties(coder):
    got = triples(coder, "Ethiopia and Eritrea agreed to an immediate truce, the Algerian president said, adding that "
                  "Algiers had mediated.", date="2000-06-18")
    assert has_coded(got, "045", "DZA", "ETH"), got
    assert has_coded(got, "045", "DZA", "ERI"), got
    # a mediation in a sentence that ties no one to anyone names no second party
    got = triples(coder, "Qatar mediated the release of four hostages held by Hamas.", date="2023-11-24")
    assert not has_coded(got, "045", target="ISR"), got


def test_talks_or_a_meeting_a_third_party_hosted_between_two_were_held(coder):
    got = triples(coder, "Turkey hosted a meeting between the Russian and Ukrainian foreign ministers in Antalya.",
                  date="2022-03-10")
    assert has_coded(got, "04", "RUS", "UKR"), got   # a meeting of two: once, from the first (gold README)
    got = triples(coder, "Oman hosted a second round of talks between Iranian and American envoys in Muscat.",
                  date="2025-04-19")
    assert has_coded(got, "046", "IRN", "USA"), got
    # talks a third party only offers to host are not held
    got = triples(coder, "Uganda offered to host talks between Congo and Rwanda.", date="2022-06-01")
    assert not has_coded(got, "04", "COD", "RWA", modality=None), got
    assert not has_coded(got, "03", "COD", "RWA", modality=None), got
