"""Recall of statements, intents, diplomacy, demands, disapproval and rejections (CAMEO 01-05,
10-12), our own sentences (issue 10, helper recall2)."""

from gold_helpers import triples


def test_denying_a_clause_is_a_denial_beside_the_act_negated(coder):
    t = triples(coder, "The Turkish army denied that its soldiers had shelled Kurdish villages in Syria.")
    assert any(c == "016" and s.startswith("TUR") and m == "asserted" for s, tgt, c, m in t), t
    assert not any(c.startswith("19") and m == "asserted" for s, tgt, c, m in t), t


def test_a_denial_not_made_is_no_asserted_denial(coder):
    t = triples(coder, "Moscow did not deny that its warplanes had bombed a market in Idlib.")
    assert not any(c == "016" and m == "asserted" for s, tgt, c, m in t), t


def test_saying_that_stays_reported_speech(coder):
    t = triples(coder, "Tehran said that its navy had seized a British tanker.")
    assert not any(c.startswith("01") for s, tgt, c, m in t), t


def test_intent_not_even_considered_is_a_negated_statement_of_intent(coder):
    t = triples(coder, "Italy has no plans to supply fighter jets to Ukraine, the defence minister said.")
    assert any(c == "0332" and s == "ITA" and tgt == "UKR" and m == "negated" for s, tgt, c, m in t), t
    assert not any(m == "asserted" for s, tgt, c, m in t), t
    t = triples(coder, "Poland is not considering sending more tanks to Ukraine.")
    assert any(c == "0332" and m == "negated" for s, tgt, c, m in t), t


def test_an_act_negated_itself_keeps_its_own_code(coder):
    t = triples(coder, "Canada did not supply artillery shells to Ukraine last year.")
    assert any(c == "072" and m == "negated" for s, tgt, c, m in t), t
    assert not any(c.startswith("03") for s, tgt, c, m in t), t


def test_talks_between_two_parties_are_each_partys_negotiation(coder):
    # (verbal29) talks are each delegation's act (046 from each delegation, gold README), unlike a meeting of two
    # ("a meeting between A and B", coded once from the first party: tests/events/test_outranked14.py)
    t = triples(coder, "Talks between Serbia and Kosovo in Brussels ended without a deal.")
    assert ("SRB", "KSV", "046", "asserted") in t and ("KSV", "SRB", "046", "asserted") in t, t


def test_a_meeting_ahead_or_called_off_is_not_asserted(coder):
    t = triples(coder, "Talks between Serbia and Kosovo will be held in Brussels next week.")
    assert t and not any(m == "asserted" for s, tgt, c, m in t), t
    for text in ("The summit between Modi and Xi was postponed.",
                 "Talks between Serbia and Kosovo did not take place."):
        t = triples(coder, text)
        assert not any(m == "asserted" for s, tgt, c, m in t), (text, t)


def test_the_broker_of_a_deal_mediates_between_its_parties(coder):
    t = triples(coder, "Ethiopia and Eritrea exchanged prisoners in a deal brokered by Qatar.")
    assert ("QAT", "ETH", "045", "asserted") in t and ("QAT", "ERI", "045", "asserted") in t, t
    t = triples(coder, "Armenia and Azerbaijan may sign a ceasefire mediated by Russia.")
    assert not any(m == "asserted" for s, tgt, c, m in t), t


def test_a_backer_is_no_mediator(coder):
    t = triples(coder, "Rebels backed by Rwanda seized Goma.")
    assert not any(c.startswith("04") for s, tgt, c, m in t), t


def test_joint_drills_are_military_cooperation_and_drills_alone_a_show_of_force(coder):
    t = triples(coder, "Greece and Turkey held joint naval drills in the Aegean.")
    assert ("GRC", "TUR", "062", "asserted") in t, t
    t = triples(coder, "China held naval drills around Taiwan.")
    assert any(c.startswith("15") for s, tgt, c, m in t) and not any(c == "062" for s, tgt, c, m in t), t


def test_an_offer_to_mediate_is_an_intent_to_mediate(coder):
    t = triples(coder, "Qatar offered to mediate between Israel and Hamas.")
    assert any(c == "039" and s == "QAT" and m == "intended" for s, tgt, c, m in t), t


def test_describing_talks_as_constructive_is_an_optimistic_comment(coder):
    t = triples(coder, "The Turkish foreign minister described the talks with Greece as constructive.")
    assert any(c == "013" and s.startswith("TUR") and tgt.startswith("GRC") and m == "asserted"
               for s, tgt, c, m in t), t
    t = triples(coder, "Beijing did not describe the talks with Washington as productive.")
    assert not any(c == "013" and m == "asserted" for s, tgt, c, m in t), t


def test_an_accusing_participle_is_an_accusation_of_its_own(coder):
    t = triples(coder, "Bahrain expelled the Iranian ambassador, accusing Tehran of arming local militants.")
    assert any(c.startswith("112") and s == "BHR" and tgt.startswith("IRN") and m == "asserted" for s, tgt, c, m in t), t
    assert any(c == "174" for s, tgt, c, m in t), t  # (violence56) expelled envoys are 174 (gold README since blind21)


def test_other_participles_stay_details_of_the_act(coder):
    t = triples(coder, "Egypt closed the Rafah crossing, citing security concerns.")
    assert not any(c.startswith("01") or c.startswith("11") for s, tgt, c, m in t), t
    t = triples(coder, "Hundreds of students marched in Dhaka, demanding the resignation of the minister.")
    assert not any(c.startswith("10") for s, tgt, c, m in t), t


def test_a_reaction_in_a_which_clause_is_an_act_of_its_own(coder):
    t = triples(coder, "A drone struck an airport in Belgorod, which Moscow blamed on Kyiv.")
    assert any(c.startswith("112") and s.startswith("RUS") and tgt.startswith("UKR") and m == "asserted"
               for s, tgt, c, m in t), t
    t = triples(coder, "Israel said the rocket was fired from Lebanon, which Beirut denied.")
    assert any(c == "016" and s.startswith("LBN") and m == "asserted" for s, tgt, c, m in t), t


def test_a_reaction_not_made_is_not_asserted(coder):
    t = triples(coder, "Rockets hit the base, which Ankara did not condemn.")
    assert not any(c.startswith("11") and m == "asserted" for s, tgt, c, m in t), t
