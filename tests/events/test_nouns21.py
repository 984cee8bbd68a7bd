"""Events told as nouns (round 21, helper `nouns21`). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, triples


def test_the_force_a_surrender_followed_is_the_side_given_in_to(coder):
    got = triples(coder, "Iraqi soldiers surrendered to American troops after a night of heavy bombardment.")
    assert ("USAMIL", "IRQMIL", "asserted") in coded(got, "19"), got
    got = triples(coder, "The rebel garrison surrendered to Ethiopian troops after a two-week siege of the town.")
    assert ("ETHMIL", "ETHREB", "asserted") in coded(got, "19"), got


def test_no_force_from_a_surrender_with_no_side_given_in_to_or_ahead(coder):
    got = triples(coder, "The militia surrendered after an attack on its base.")
    assert not coded(got, "19"), got
    got = triples(coder, "Rebel commanders said they would surrender to the army after the offensive.")
    assert not coded(got, "19"), got


def test_an_act_reported_on_or_fled_in_a_clause_of_background_took_place(coder):
    got = triples(coder, "A photographer was wounded while covering an Israeli raid in Nablus.")
    assert ("ISR", "PSE", "asserted") in {((s or "")[:3], t, m) for s, t, m in coded(got, "19")}, got
    got = triples(coder, "The journalist, who was covering a Russian offensive in Kharkiv, was freed on Monday.")
    assert ("RUS", "UKR", "asserted") in {((s or "")[:3], t, m) for s, t, m in coded(got, "19")}, got


def test_no_act_from_a_fear_or_from_an_act_with_no_doer_of_its_own(coder):
    got = triples(coder, "Villagers fled to the hills while fearing a rebel attack on the town.")
    # (fight38) the feared attack has a doer ("rebel"): foreseen, never done
    assert not [x for x in coded(got, "19") if x[2] != "considered"], got
    got = triples(coder, "A photographer was detained while covering the fighting in Khartoum.")
    assert not coded(got, "19"), got


def test_an_event_noun_joined_to_an_object_read_as_an_act_is_an_act_of_its_own(coder):
    got = triples(coder, "Georgia declared martial law and a general mobilisation on Sunday.")
    assert {x for x in coded(got, "154") if x[0] and x[0].startswith("GEO") and x[2] == "asserted"}, got
    assert coded(got, "17"), got


def test_no_second_act_from_goods_weapons_or_an_alternative(coder):
    got = triples(coder, "The militia handed over its positions and weapons to the army.")
    assert not coded(got, "07"), got
    got = triples(coder, "The rebels fired rockets and mortar shells at the base.")
    assert not coded(got, "15"), got
