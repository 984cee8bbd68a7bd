"""Event nouns whose parties are named elsewhere (round 17, helper `nouns17b`). Sentences written for these
tests."""

from __future__ import annotations

from gold_helpers import triples


def protests(got):
    return {(s, t, m) for s, t, c, m in got if c.startswith("14")}


def test_protests_a_ruler_gave_way_to_were_held_against_him(coder):
    got = triples(coder, "Peru's president bowed to weeks of mass protests and called early elections.")
    assert ("PERCVL", "PERGOV", "asserted") in protests(got), got
    got = triples(coder, "Bowing to months of protests, the Sri Lankan prime minister resigned on Monday.")
    assert ("LKACVL", "LKAGOV", "asserted") in protests(got), got
    got = triples(coder, "The Georgian parliament caved in to street protests and dropped the foreign agents bill.")
    assert ("GEOCVL", "GEOLEG", "asserted") in protests(got), got


def test_no_protest_from_yielding_to_other_things_or_not_yielding(coder):
    got = triples(coder, "The Kenyan president bowed to the demands of the protesters.")
    assert not protests(got), got
    got = triples(coder, "Malawi's president will not yield to the demonstrations, his spokesman said.")
    assert not protests(got), got


def fights(got):
    return {(s, t, m) for s, t, c, m in got if c.startswith("19")}


def test_fight_between_parties_the_parser_hung_on_the_place(coder):
    got = triples(coder, "Fighting broke out in the capital between Sudanese troops and rebels.")
    assert ("SDNMIL", "SDNREB", "asserted") in fights(got), got
    got = triples(coder, "Clashes erupted on the border between Indian and Chinese troops.")
    assert ("INDMIL", "CHNMIL", "asserted") in fights(got), got
    got = triples(coder, "Fighting broke out in the region between the two rivers, residents said.")
    assert not fights(got), got


def test_fight_that_may_break_out_is_not_asserted(coder):
    got = triples(coder, "Fighting could break out between Indian and Chinese troops, analysts warned.")
    assert fights(got) and all(m != "asserted" for s, t, m in fights(got)), got
    got = triples(coder, "Clashes between Sudanese troops and rebels killed dozens in Darfur.")
    assert ("SDNMIL", "SDNREB", "asserted") in fights(got), got


def meetings(got):
    return {(s, t, m) for s, t, c, m in got if c.startswith("04")}


def test_meeting_in_a_with_phrase_where_the_clause_was_done(coder):
    from foedus.coder import vetter

    with vetter.disabled():   # the rules' reading: the vetter of session 33 drops the event (a known loss, docs/model.md)
        got = triples(coder, "The Chilean president announced the reform at a meeting with Argentine President Javier "
                             "Milei in Santiago.")
    assert ("CHLGOV", "ARGGOV", "asserted") in meetings(got), got
    got = triples(coder, "The Iraqi generals accepted the terms at a meeting with US commanders.")
    assert ("IRQMIL", "USAMIL", "asserted") in meetings(got), got
    # the meeting took place though the act done there was refused
    with vetter.disabled():   # the same known loss
        got = triples(coder, "Fiji declined to endorse a Chinese security pact at a meeting with Foreign Minister Wang Yi.")
    assert ("FJI", "CHNGOV", "asserted") in meetings(got), got


def test_no_meeting_from_talks_under_way_or_ahead(coder):
    got = triples(coder, "The Kenyan president will raise the issue at a meeting with Ugandan officials next week.")
    assert all(m != "asserted" for s, t, m in meetings(got)), got
    got = triples(coder, "Israel agreed to US mediation in the final status talks with the Palestinians.")
    assert not any(t and t.startswith("PSE") for s, t, m in meetings(got)), got
