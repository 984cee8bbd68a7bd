"""Events told as nouns (round 20, helper `nouns20`). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, triples


def test_a_stretch_of_an_event_is_that_event(coder):
    got = triples(coder, "Police shot dead twelve people in Lagos in a week of unrest over fuel prices.")
    assert ("NGACVL", "NGAGOV", "asserted") in coded(got, "14"), got
    got = triples(coder, "A new round of American sanctions against Venezuela targeted the state oil company.")
    assert ("USA", "VEN", "asserted") in coded(got, "16"), got


def test_no_event_from_a_stretch_of_no_act_or_one_ahead(coder):
    got = triples(coder, "Farmers lost their crops in a week of heavy rain.")
    assert not got, got
    got = triples(coder, "The opposition said it would hold three days of protests next week.")
    assert not {x for x in coded(got, "14") if x[2] == "asserted"}, got
    got = triples(coder, "Elders of two rival clans signed a peace accord to end months of cattle raids.")
    assert not coded(got, "19"), got   # an object stays its verb's: no raid by the elders


def test_a_mediation_in_a_phrase_of_the_clause_is_the_mediators_act(coder):
    got = triples(coder, "Armenia and Azerbaijan exchanged prisoners under Russian mediation on Tuesday.")
    assert ("RUS", "ARM", "asserted") in coded(got, "045"), got
    assert ("RUS", "AZE", "asserted") in coded(got, "045"), got
    got = triples(coder, "Guinea and Liberia signed a border pact with the mediation of the African Union.")
    assert ("IGOAFR", "GIN", "asserted") in coded(got, "045"), got
    assert ("IGOAFR", "LBR", "asserted") in coded(got, "045"), got


def test_no_mediator_unnamed_or_ahead(coder):
    got = triples(coder, "The two factions agreed to a truce under international mediation.")
    assert not coded(got, "045"), got
    got = triples(coder, "Ethiopia and Eritrea will hold talks under the mediation of Kenya next month.")
    assert not {x for x in coded(got, "045") if x[2] == "asserted"}, got
    got = triples(coder, "The talks stalled despite Norwegian mediation.")
    assert not coded(got, "045"), got


def test_a_truce_between_two_others_announced_is_mediated(coder):
    got = triples(coder, "The United States announced a ceasefire between India and Pakistan on Saturday.")
    assert ("USA", "IND", "asserted") in coded(got, "045"), got
    assert ("USA", "PAK", "asserted") in coded(got, "045"), got
    assert ("IND", "PAK", "asserted") in coded(got, "0871"), got
    assert not {x for x in coded(got, "0871") if x[0] == "USA"}, got


def test_a_truce_declared_by_a_party_is_its_own(coder):
    got = triples(coder, "Russia declared a ceasefire between its forces and Ukraine for Orthodox Christmas.")
    assert not coded(got, "045"), got
    got = triples(coder, "Hamas declared a truce with Israel.")
    assert not coded(got, "045"), got


def test_an_owned_inquiry_that_found_something_was_held(coder):
    got = triples(coder, "A UN inquiry found that the Syrian army had used barrel bombs on Aleppo.")
    assert ("IGOUNO", "SYRMIL", "asserted") in coded(got, "09"), got
    got = triples(coder, "An investigation by Amnesty International concluded that Nigerian soldiers had executed "
                         "dozens of prisoners.")
    assert ("NGOHRIAMN", "NGAMIL", "asserted") in coded(got, "09"), got
    got = triples(coder, "A UN commission of inquiry concluded that Eritrea had committed crimes against humanity.")
    assert ("IGOUNO", "ERI", "asserted") in coded(got, "09"), got


def test_no_inquiry_unowned_ahead_or_denied(coder):
    got = triples(coder, "Investigators found no evidence of foul play.")
    assert not coded(got, "09"), got
    got = triples(coder, "An inquiry could find that the police acted unlawfully.")
    assert not coded(got, "09"), got
    got = triples(coder, "The government said a French investigation would determine the cause of the crash.")
    assert not {x for x in coded(got, "09") if x[2] == "asserted"}, got
    got = triples(coder, "No investigation has found any link between the minister and the militia.")
    assert not {x for x in coded(got, "09") if x[2] == "asserted"}, got


def test_a_protest_set_off_or_touched_off_happened(coder):
    # the particle "off" of eliciting_particles was read by YAML as the boolean false: no phrasal verb matched
    got = triples(coder, "The killing of a teenager by police touched off protests in Paris.")
    assert ("FRACVL", "FRAGOV", "asserted") in coded(got, "14"), got
    got = triples(coder, "The arrest of the opposition leader set off riots in Dakar.")
    assert ("SENCVL", "SENGOV", "asserted") in coded(got, "14"), got
    got = triples(coder, "The drone set off a fire at the depot.")
    assert not got, got
