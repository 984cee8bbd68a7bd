"""Events where nothing political happened (nonevents15): a disaster named by its kind as the doer
("Typhoon X", "a storm surge"), a noun whose relative clause ends right before its verb ("floods that
swept the valley killed ..."), a participle misread as describing the noun before it, a blast at a port
or a silo, the sport result whose contest is a named cup, fans in the streets, a candidate who beat
another "to win a term". And the real events in the same words, kept. Our own sentences."""

import pytest

from gold_helpers import triples


def codes(coder, text):
    return [c for s, t, c, m in triples(coder, text)]


@pytest.mark.parametrize("text", [
    "Hurricane Lorena pounded the Mexican coast, its storm surge overrunning the harbour town of Manzanillo.",
    "Cyclone Idai assaulted central Mozambique, flattening homes across Beira.",
    "An explosion at a fuel depot in Lagos's Apapa district set dozens of homes ablaze.",
    "A huge blast at Tianjin port killed 173 people and shattered windows across the city.",
    "An explosion at a grain silo in Ukraine's Odesa region killed four workers.",
    "Spain beat England in the European Championship final, and thousands of fans poured onto the streets of Madrid.",
    "Thousands of football fans marched through Milan after the derby.",
    "The senator defeated the incumbent governor to win a second term.",
])
def test_nothing_political_happened(coder, text):
    assert codes(coder, text) == [], triples(coder, text)


def test_floods_that_killed_are_no_killers(coder):
    text = "Kenya appealed for help as floods that swept the Rift Valley killed more than 200 people."
    assert not {c[:2] for c in codes(coder, text)} & {"18", "19", "20"}, triples(coder, text)


@pytest.mark.parametrize("text,root", [
    ("A Russian missile strike hit the port of Odesa, killing four people.", "19"),
    ("The rebels defeated government troops to take control of the northern city.", "19"),
    ("Thousands of opposition supporters poured onto the streets of Nairobi to protest the election result.", "14"),
    ("Protesters carrying flags attacked the police station in Dhaka.", "14"),
    ("Gunmen who stormed a village in Zamfara state killed 30 people.", "18"),
])
def test_real_events_in_the_same_words_are_kept(coder, text, root):
    assert root in {c[:2] for c in codes(coder, text)}, triples(coder, text)
