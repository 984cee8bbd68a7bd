"""Recall of round 12 (recall12c): intent, yield and threat words the coder missed, each fixed as a class and
tested on our own sentences: a response announced after a hostile act (a threat, 138), vows of a tit-for-tat
response, an armed struggle kept up, moratoria on tests extended and military activity cut back (0356), office-
holders replaced "as" chief or fleeing the palace (0831), inspectors coming back (0862), deadlines to leave (166)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, modality", [
    # a response announced with no condition, after a hostile act: a threat of force made
    ("Rebels shelled a Turkish border post, and Ankara said it would respond at a moment of its choosing.",
     "138", "TUR", "intended"),
    ("After the drone strike on its embassy, Tehran said it would respond with every means it had.",
     "138", "IRN", "intended"),
    # ... with sanctions: a threat of sanctions
    ("Moscow annexed the region, and Berlin said it would respond with new sanctions.", "1312", "DEU", "intended"),
    # vows of a response in kind, an armed struggle kept up
    ("Britain expelled two Russian diplomats, and the Kremlin promised a tit-for-tat response.", "138", "RUS", None),
    ("The Kurdish militants vowed to respond after the army raided their camps.", "138", None, None),
    ("The ANC said it would keep up its armed struggle against the government.", "138", "ZAF", "intended"),
    # de-escalation said ahead
    ("Moscow said it would extend its moratorium on nuclear tests until March.", "0356", "RUS", "intended"),
    ("The Russian army would cut back military activity near Kyiv, the minister said.", "0356", "RUS", "intended"),
    # office-holders replaced or fleeing the palace
    ("Sudan's army commander was replaced as chief of staff by Sudan's defence minister.", "0831", "SDN", "asserted"),
    ("The Haitian president fled the presidential palace by helicopter.", "0831", "HTI", "asserted"),
    # armed men setting up a checkpoint; a state suspended from a body's activities
    ("On 3 May 2023, al-Shabaab fighters set up a checkpoint outside Kismayo.", "150", "SOMREB", "asserted"),
    ("The African Union suspended Guinea from all its activities after the putsch.", "160", "IGO", "asserted"),
    # an attack that "will not go unanswered": a threat made to its doer
    ("The Houthis vowed that the American air strikes would not go unpunished.", "138", "YEM", "intended"),
    ("Iran warned that Israel's attack on its consulate would not go unanswered.", "138", "IRN", "intended"),
    # long-range rockets launched, troops sent with warplanes, troops ordered into a place
    ("North Korea launched a long-range rocket over Japan on Tuesday.", "150", "PRK", "asserted"),
    ("France sent troops and warplanes to Chad on Friday.", "154", "FRA", "asserted"),
    # inspectors back in a country
    ("IAEA inspectors returned to Iran on Tuesday after a two-month absence.", "0862", None, "asserted"),
])
def test_missed_intent_yield_threat_words_are_coded(coder, text, code, source, modality):
    t = triples(coder, text)
    assert has_coded(t, code, source, modality=modality), t


@pytest.mark.parametrize("text", [
    # a reply to words, a response with nothing hostile to answer, a response that happened
    "Russia will respond to the proposal next week, the foreign minister said.",
    "The ministry said it would respond to the letter by Friday.",
    "Germany said it would respond to the flood with emergency funds.",
])
def test_a_reply_is_no_threat(coder, text):
    t = triples(coder, text, modality=None)
    assert not any(c.startswith("13") for _, _, c, _ in t), t


def test_a_crime_unpunished_is_no_threat(coder):
    t = triples(coder, "The interior minister said the crime would not go unpunished.", modality=None)
    assert not any(c.startswith("13") for _, _, c, _ in t), t


def test_a_long_range_rocket_fired_at_a_place_stays_an_attack(coder):
    t = triples(coder, "Hezbollah launched long-range rockets at Haifa on Sunday.", modality=None)
    assert not any(c == "150" for _, _, c, _ in t), t


def test_a_response_that_happened_is_not_a_threat(coder):
    t = triples(coder, "Hamas fired rockets at Ashkelon, and Israel responded with air strikes on Gaza.", modality=None)
    assert not any(c.startswith("13") for _, _, c, _ in t), t


@pytest.mark.parametrize("text", [
    "Ukraine replaced Russia as the largest supplier of grain to Egypt.",
    "Civilians fled the besieged city as the fighting drew closer.",
])
def test_other_senses_are_no_leadership_change(coder, text):
    t = triples(coder, text, modality=None)
    assert not any(c == "0831" for _, _, c, _ in t), t
