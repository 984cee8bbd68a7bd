"""Consultations and mediation told by nouns (miss0405): a broker's participle on any deal noun, through a compound;
the parties of a "between" phrase whatever party the parser hangs a place on; a visit during which something did not
happen, made by the noun's possessor. Our own sentences."""

import pytest

from gold_helpers import triples


def coded(coder, text, date="2024-05-01"):
    return {(s, t, c, m) for s, t, c, m in triples(coder, text, date)}


@pytest.mark.parametrize("text,broker,parties", [
    ("Armenia and Azerbaijan exchanged thirty detainees in a Qatar-brokered transfer on the border.",
     "QAT", {"ARM", "AZE"}),
    ("Sudan and South Sudan agreed to reopen the oil pipeline after Kenyan-mediated contacts.", "KEN", {"SDN", "SSD"}),
])
def test_hyphened_broker_of_any_deal_noun(coder, text, broker, parties):
    got = {t[:3] for s, t, c, m in coded(coder, text) if c == "045" and s.startswith(broker) and t and m == "asserted"}
    assert got == parties, triples(coder, text)


def test_hyphened_broker_through_a_compound(coder):
    text = "The Philippine government and the rebels signed a Malaysian-brokered ceasefire agreement on Thursday."
    assert any(c == "045" and s.startswith("MYS") and t and t.startswith("PHL") and m == "asserted"
               for s, t, c, m in coded(coder, text)), triples(coder, text)


def test_hosted_camp_is_no_mediation(coder):
    text = "Syrian refugees sheltered in a Turkish-hosted camp near the border."
    assert not any(c == "045" for s, t, c, m in coded(coder, text)), triples(coder, text)


def test_between_phrase_with_a_place_on_the_second_party(coder):
    # (the parser hangs "in Lima" on Xi Jinping: a third actor of the phrase, once)
    text = "A third summit between Joe Biden and Xi Jinping in Lima broke up early on Monday."
    got = {(s[:3], t[:3]) for s, t, c, m in coded(coder, text) if c[:2] == "04" and t and m == "asserted"}
    assert ("USA", "CHN") in got, triples(coder, text)


def test_visit_of_the_possessor_under_a_negated_clause(coder):
    text = "Tajikistan did not detain Russian President Vladimir Putin during his visit to Dushanbe."
    got = coded(coder, text, "2024-10-08")
    assert any(c == "042" and s.startswith("RUS") and t and t.startswith("TJK") and m == "asserted"
               for s, t, c, m in got), got
    assert not any(c == "042" and s.startswith("TJK") for s, t, c, m in got), got


@pytest.mark.parametrize("text,pair", [
    ("Uzbek President Shavkat Mirziyoyev and his Kazakh counterpart Kassym-Jomart Tokayev signed a treaty in Astana "
     "settling their long-disputed border, two and a half years after fighting between their guards killed about a "
     "dozen people.", {"UZB", "KAZ"}),
    ("Armenian Prime Minister Nikol Pashinyan and his Azerbaijani counterpart signed a treaty in Tbilisi fixing their "
     "long-disputed frontier, a year and a half after fighting between their troops killed about two hundred "
     "soldiers.", {"ARM", "AZE"}),
])
def test_signing_kept_beside_a_finite_clause_misparsed_on_the_treaty(coder, text, pair):
    # the parser hangs "killed" (a finite verb of the time clause) on "treaty"; the killing is no content of it
    got = {(s[:3], t[:3]) for s, t, c, m in coded(coder, text) if c == "057" and t and m == "asserted"}
    a, b = sorted(pair)
    assert {(a, b), (b, a)} <= got, triples(coder, text)


def test_signed_decree_still_yields_to_its_participle(coder):
    text = "Putin signed treaties annexing four regions of Ukraine."
    assert not any(c == "057" for s, t, c, m in coded(coder, text)), triples(coder, text)
