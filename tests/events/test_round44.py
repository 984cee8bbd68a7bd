"""Reviews of what one gives (round 44, our own sentences): a review told as under way weighs cutting it ("is
reviewing its aid": the cut, considered), told ahead it is the threat of the cut ("would review its ties")."""

from gold_helpers import triples


def test_reviewing_aid_under_way_is_a_cut_weighed(coder):
    t = triples(coder, "Canada said it was reviewing its aid to Haiti after the election was postponed.",
                date="2016-02-09")
    assert any(c == "162" and (s or "").startswith("CAN") and (tgt or "").startswith("HTI") and m == "considered"
               for s, tgt, c, m in t), t
    assert not any(c.startswith("03") for s, tgt, c, m in t), t


def test_the_kind_of_aid_reviewed_gives_the_code(coder):
    t = triples(coder, "Sweden is reassessing its military aid to Burundi after the crackdown.", date="2015-05-20")
    assert any(c == "1622" and m == "considered" for s, tgt, c, m in t), t


def test_reviewing_ties_ahead_is_the_threat_made(coder):
    t = triples(coder, "Brussels said it would reconsider its relationship with Baku if the shelling went on.",
                date="2023-09-21")
    assert any(c == "1313" for s, tgt, c, m in t), t
    assert not any(c == "160" and m == "asserted" for s, tgt, c, m in t), t


def test_reviewing_ties_under_way_is_no_cut_made(coder):
    t = triples(coder, "Oslo is re-examining its ties with Kigali over the rebel offensive.", date="2024-03-02")
    assert any(c == "160" and m == "considered" for s, tgt, c, m in t), t
    assert not any(c[:2] in {"13", "16"} and m == "asserted" for s, tgt, c, m in t), t


def test_a_drone_swarm_shot_down_is_its_launchers_attack(coder):
    t = triples(coder, "Romanian air defences shot down a Russian drone swarm launched at Izmail overnight.",
                date="2024-09-08")
    assert any(c == "195" and (s or "").startswith("RUS") for s, tgt, c, m in t), t
    assert not any((s or "").startswith("ROU") and c[:2] in {"18", "19"} for s, tgt, c, m in t), t


def test_a_decree_imposing_a_measure_to_take_effect_later_is_not_yet_in_force(coder):
    t = triples(coder, "Brazil's president signed a decree imposing tariffs on American steel, to come into force next "
                       "month.", date="2025-08-01")
    assert any(c == "163" and m == "intended" for s, tgt, c, m in t), t
    assert not any(c == "163" and m == "asserted" for s, tgt, c, m in t), t


def test_a_foreign_land_in_the_sources_own_phrase_is_no_target(coder):
    # where the court sits is no party to what it orders
    t = triples(coder, "A United Nations court in The Hague ordered the release of the detained ship.", date="2019-05-02")
    assert t, t
    assert not any((tgt or "").startswith("NLD") for s, tgt, c, m in t), t


def test_a_clause_of_fact_under_an_appeal_is_coded(coder):
    # "after ... " with its own subject tells what happened, whatever the main clause asks for
    t = triples(coder, "The bishop urged calm in Nairobi after protesters set fire to a police station.",
                date="2024-06-26")
    assert any(c[:2] == "02" for s, tgt, c, m in t), t
    assert any(c[:2] in {"14", "17"} and m == "asserted" for s, tgt, c, m in t), t


def test_what_is_asked_stays_not_done(coder):
    t = triples(coder, "The bishop urged protesters not to set fire to police stations.", date="2024-06-26")
    assert not any(c[:2] in {"14", "17"} and m == "asserted" for s, tgt, c, m in t), t


def test_a_demand_with_a_penalty_named_is_an_ultimatum(coder):
    t = triples(coder, "Ankara warned the militia to leave the border town or face a military operation.",
                date="2019-10-08")
    assert any(c == "139" and m == "asserted" for s, tgt, c, m in t), t


def test_a_demand_with_no_penalty_stays_a_demand(coder):
    t = triples(coder, "Ankara warned the militia to leave the border town and to hand over its weapons.",
                date="2019-10-08")
    assert not any(c == "139" for s, tgt, c, m in t), t


def test_violence_a_force_is_sent_to_stop_is_not_its_own(coder):
    for text in ("Troops were deployed to halt the killings.",
                 "The regional bloc said it would send peacekeepers to Burundi to stop the killings."):
        t = triples(coder, text, date="2015-12-18")
        assert not any(c[:2] in {"18", "19", "20"} for s, tgt, c, m in t), (text, t)


def test_halting_ones_own_strikes_is_not_read_as_anothers(coder):
    # the possessive names the doer: the rule leaves the noun to the other rules
    t = triples(coder, "Israel halted its air strikes on Gaza for two hours.", date="2014-07-17")
    assert not any((s or "")[:3] not in {"ISR", ""} and c[:2] in {"18", "19", "20"} for s, tgt, c, m in t), t


def test_forces_arriving_on_a_protective_errand_provide_protection(coder):
    for text in ("Nigerian police officers arrived in Monrovia to help guard the election.",
                 "Senegalese police officers arrived in Bamako to lead a regional security mission."):
        t = triples(coder, text, date="2013-12-20")
        assert any(c == "074" and m == "asserted" for s, tgt, c, m in t), (text, t)
        assert not any(c == "042" or c[:2] in {"19", "15"} for s, tgt, c, m in t), (text, t)


def test_forces_crossing_to_seize_a_city_still_attack(coder):
    t = triples(coder, "Russian troops crossed into Ukraine to seize Kyiv.", date="2022-02-24")
    assert not any(c == "074" for s, tgt, c, m in t), t
