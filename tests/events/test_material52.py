"""Concessions and withdrawals the coder missed or aimed wrong on the tune part (helper material52). Sentences written
for these tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples


def test_a_state_and_its_challengers_yield_to_each_other(coder):
    # a government and its own rebels that begin one ceasefire together make it to each other, not to their country
    got = triples(coder, "The Philippine government and the New People's Army began a two-week holiday ceasefire on Friday.",
                  date="2019-12-20")
    assert ("PHLGOV", "PHLREB", "0871", "asserted") in got, got
    assert ("PHLREB", "PHLGOV", "0871", "asserted") in got, got
    assert ("PHLGOV", "PHL", "0871", "asserted") not in got, got
    # the army and the police of one state are one side: neither is the other's partner
    got = triples(coder, "The Nigerian army and the police freed 40 kidnapped farmers in Zamfara on Tuesday.",
                  date="2021-06-01")
    assert not has_coded(got, "0841", "NGAMIL", "NGACOP", modality=None), got
    assert not has_coded(got, "0841", "NGACOP", "NGAMIL", modality=None), got


def test_a_force_handing_over_a_zone_or_region_withdraws(coder):
    got = triples(coder, "Ethiopian troops began handing over their security zone in Gedo to Somali forces.", date="2016-10-20")
    assert ("ETHMIL", "SOM", "0874", "asserted") in got, got
    got = triples(coder, "The UN mission handed the Brcko region back to Bosnian authority on Monday.", date="1999-03-01")
    assert has_coded(got, "0874", "IGOUNO", "BIH"), got


def test_security_handed_over_by_a_force(coder):
    got = triples(coder, "Australian peacekeepers handed over security to the Solomon Islands police in Honiara.",
                  date="2013-06-30")
    assert has_coded(got, "0874", "AUS"), got
    # a suspect handed to security men is no place given up
    got = triples(coder, "Kenyan police handed the suspect over to security forces in Mombasa.", date="2013-06-30")
    assert not has_coded(got, "0874", modality=None), got


def test_a_place_handed_to_another_states_army_is_left_in_that_country(coder):
    # the withdrawal is from the country, not aimed at the army that takes the place over
    got = triples(coder, "French troops handed over their base in Gao to the Malian army.", date="2022-08-15")
    assert ("FRAMIL", "MLI", "0874", "asserted") in got, got
    assert ("FRAMIL", "MLIMIL", "0874", "asserted") not in got, got


def test_office_holders_dismissed_are_the_target(coder):
    # a leader who sacks ministers or the government removes members of his own state: GOV -> GOV, not the country
    got = triples(coder, "President Museveni sacked his defence minister on Monday.", date="2005-02-01")
    assert ("UGAGOV", "UGAGOV", "0831", "asserted") in got, got
    assert ("UGAGOV", "UGA", "0831", "asserted") not in got, got
    # a resignation names no one removed: left as it was
    got = triples(coder, "Prime Minister Raila Odinga resigned on Friday.", date="2010-02-01")
    assert ("KENGOV", "KENGOV", "0831", "asserted") not in got, got


def test_a_demand_told_by_the_act_it_asks_for(coder):
    got = triples(coder, "Amnesty International demanded that Iran free the jailed lawyer.", date="2008-05-01")
    assert has_coded(got, "1053", "NGO", "IRN"), got
    got = triples(coder, "Mali's junta demanded that French troops withdraw without delay.", date="2022-02-01")
    assert has_coded(got, "1056", "MLI", "FRA"), got
    got = triples(coder, "Senegal's opposition demanded that President Abdoulaye Wade step down.", date="2011-06-25")
    assert has_coded(got, "1041", "SEN", "SENGOV"), got
    # an act of another root asked for leaves the plain demand: no arrest coded as made
    got = triples(coder, "Kenya demanded that police arrest the killers of the activist.", date="2008-05-01")
    assert not has_coded(got, "173", modality=None), got
    # things released or withdrawn are no captives freed or forces pulled out, and "free" elections are no release
    got = triples(coder, "The opposition demanded that the electoral commission release the results.", date="2008-05-01")
    assert not has_coded(got, "1053", modality=None), got
    got = triples(coder, "Serbia's parliament demanded that Croatia withdraw its genocide lawsuit.", date="2008-05-01")
    assert not has_coded(got, "1056", modality=None), got
    got = triples(coder, "Hundreds of students marched through Santiago to demand free university education.",
                  date="2011-08-01")
    assert not has_coded(got, "1053", modality=None), got
