"""Permissions, stray phrasal words, other states' bodies, hosts and halts (round 41, our own sentences): what a
weighed or refused "let" would allow did not happen; a phrasal pattern's second word read from another verb's phrase
is not the phrasal verb's; a bare "Congress" or "Senate" in a sentence about another state that has one is that
state's; a host or a mediator named in a "with ... as" phrase is no party to the talks; a halt or an end to the
fighting demanded or asked is a call to de-escalate."""

from foedus.coder.actors import ActorDictionary
from gold_helpers import triples


def test_what_a_weighed_let_allows_is_considered(coder):
    t = triples(coder, "The junta said it might let Red Cross inspectors visit the prisons.", date="1998-03-02")
    assert t and not any(m == "asserted" and c.startswith("0") for s, tgt, c, m in t if c != "010"), t


def test_what_a_refused_let_allows_is_negated(coder):
    t = triples(coder, "The government said it would not let U.N. investigators examine the mass graves.",
                date="2009-06-01")
    assert not any(c.startswith("09") and m == "asserted" for s, tgt, c, m in t), t


def test_what_a_let_allowed_is_asserted(coder):
    t = triples(coder, "The government let U.N. investigators examine the mass graves last week.", date="2009-06-01")
    assert any(c.startswith("09") and m == "asserted" for s, tgt, c, m in t), t


def test_conditions_for_freeing_free_no_one(coder):
    t = triples(coder, "The kidnappers set three conditions for freeing the engineers, police said.",
                date="2004-05-02")
    assert not any(c == "0841" and m == "asserted" for s, tgt, c, m in t), t


def test_set_free_still_frees(coder):
    t = triples(coder, "The guerrillas set free twelve soldiers they had captured in March.", date="1999-05-02")
    assert any(c == "0841" and m == "asserted" for s, tgt, c, m in t), t


def test_a_bare_congress_is_the_state_of_its_sentence(coder):
    t = triples(coder, "In a televised speech, President Alberto Fujimori said he had dissolved Congress.",
                date="1992-04-06")
    assert ("PERGOV", "PERLEG", "172", "asserted") in t, t


def test_a_bare_congress_stays_the_us_one_for_a_state_without_one(coder):
    t = triples(coder, "Ukrainian President Volodymyr Zelensky asked Congress for more air defence systems.",
                date="2023-12-12")
    assert any(tgt == "USALEG" for s, tgt, c, m in t), t


def test_a_bare_congress_stays_the_us_one_when_the_us_is_named(coder):
    t = triples(coder, "President Reagan asked Congress for new aid to the Contras.", date="1986-03-01")
    assert any(s == "USAGOV" and tgt == "USALEG" for s, tgt, c, m in t), t


def test_shared_body_states_are_valid_codes():
    d = ActorDictionary.default()
    assert {"PER", "BRA", "PHL"} <= d.shared_bodies["congress"] and "UKR" not in d.shared_bodies["congress"]
    assert all(d.valid_code(c) for states in d.shared_bodies.values() for c in states)


def test_a_host_named_with_as_is_no_party_to_the_talks(coder):
    t = triples(coder, "Serbian and Kosovo negotiators held talks in Brussels, with the EU's foreign policy chief "
                       "as host.", date="2013-04-02")
    assert not any(tgt and tgt.startswith("IGOEU") for s, tgt, c, m in t), t
    assert any(s and s.startswith("SRB") and tgt and tgt.startswith("KSV") for s, tgt, c, m in t), t


def test_a_mediator_named_with_as_is_no_target(coder):
    t = triples(coder, "Sudan held a new round of talks with the rebels, with Qatar as mediator.", date="2010-02-20")
    assert any(s == "SDN" and tgt == "SDNREB" for s, tgt, c, m in t), t
    assert not any(tgt == "QAT" for s, tgt, c, m in t), t


def test_a_halt_to_the_fighting_demanded_is_a_demanded_de_escalation(coder):
    t = triples(coder, "The Security Council demanded an immediate halt to the fighting around Tripoli.",
                date="2019-04-08")
    assert any(s == "IGOUNO" and c == "1056" for s, tgt, c, m in t), t


def test_an_end_to_hostilities_asked_is_an_appeal_to_de_escalate(coder):
    t = triples(coder, "The pope appealed for an end to hostilities in the Caucasus.", date="2020-10-04")
    assert any(c == "0256" for s, tgt, c, m in t), t


def test_an_end_to_corruption_demanded_is_no_de_escalation(coder):
    t = triples(coder, "Students demanded an end to corruption in the ministries.", date="2019-10-04")
    assert not any(c in {"1056", "0256"} for s, tgt, c, m in t), t


def test_red_shirt_leaders_are_the_thai_opposition(coder):
    t = triples(coder, "Police in Bangkok detained three red-shirt leaders after the rally.", date="2010-05-20")
    assert any(c == "173" and tgt == "THAOPP" for s, tgt, c, m in t), t


def test_two_leaders_at_a_summit_met_whatever_they_said_of_a_third(coder):
    t = triples(coder, "Reagan and Gorbachev said at their summit in Geneva that Afghanistan's war must end.",
                date="1985-11-21")
    assert ("USAGOV", "SUNGOV", "040", "asserted") in t or ("USAGOV", "SUNGOV", "044", "asserted") in t, t


def test_a_reaction_drawn_by_a_refusal_was_made(coder):
    t = triples(coder, "The defence minister said Turkey would not rule out a ground operation in Syria, drawing "
                       "sharp criticism from Damascus.", date="2016-02-14")
    assert any(s == "SYRGOV" and c == "111" and m == "asserted" for s, tgt, c, m in t), t


def test_a_military_option_not_ruled_out_is_a_threat_considered(coder):
    t = triples(coder, "The French president did not rule out a military option against the junta in Niamey.",
                date="2023-08-06")
    assert any(s == "FRAGOV" and c == "138" and m == "considered" for s, tgt, c, m in t), t


def test_cattle_driven_off_in_a_raid_are_seized(coder):
    t = triples(coder, "Armed raiders made off with 200 head of cattle from a village near Bor.", date="2021-03-02")
    assert any(c.startswith("171") for s, tgt, c, m in t), t


def test_cattle_rustled_are_seized(coder):
    t = triples(coder, "Bandits rustled hundreds of cows from herders in Katsina state.", date="2021-03-02")
    assert any(c.startswith("171") for s, tgt, c, m in t), t


def test_those_to_be_dealt_with_firmly_are_threatened_by_the_speaker(coder):
    t = triples(coder, "The interior minister of Kazakhstan said that looters would be dealt with harshly.",
                date="2022-01-06")
    assert any(s == "KAZGOV" and c == "137" and m == "intended" for s, tgt, c, m in t), t


def test_a_deal_with_a_neighbour_is_no_threat(coder):
    t = triples(coder, "Kazakhstan will deal with Uzbekistan on water sharing next year.", date="2022-01-06")
    assert not any(c.startswith("13") for s, tgt, c, m in t), t


def test_revolutionaries_are_the_opposition_and_a_revolutionary_court_the_state(coder):
    t = triples(coder, "Revolutionaries overran army barracks in the capital of Iran on Sunday.", date="1979-02-11")
    assert any(s == "IRNOPP" for s, tgt, c, m in t), t
    t = triples(coder, "A revolutionary court in Tehran sentenced two former ministers to death.", date="1979-04-08")
    assert not any(s and s.endswith("OPP") for s, tgt, c, m in t), t
