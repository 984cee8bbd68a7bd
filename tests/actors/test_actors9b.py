"""Round 9b (actors9b): actor and argument classes fresh news needs - distributive subjects
("each accused the other"), a force's vehicles and posts standing for the force, armed and civic
movements of the 1980s-2000s, a legislature named by a bare word placed in another state's capital,
and Europe as an actor. Sentences written for these tests; names, offices and dates are real."""

from __future__ import annotations

import pytest

from foedus.coder.actors import resolve
from actor_helpers import root_pairs


# -- class 1: "each accused the other": the parties named before act on each other ----------------
@pytest.mark.parametrize(("text", "a", "b", "root"), [
    ("Armenia and Azerbaijan agreed to a truce on Tuesday, but each accused the other of shelling "
     "border villages hours later.", "ARM", "AZE", "11"),
    ("Ethiopia and Eritrea signed a border accord, and each accused the other of stalling within a month.",
     "ETH", "ERI", "11"),
    ("Sudan and South Sudan withdrew troops from Abyei, but each side blamed the other for a deadly raid "
     "days later.", "SDN", "SSD", "11"),
    ("Thailand and Cambodia agreed to pull back their forces, yet each government accused the other of "
     "firing first.", "THA", "KHM", "11"),
    ("Israel and Hezbollah exchanged fire along the border, and each threatened the other with a wider war.",
     "ISR", "LBNREBHEZ", "13"),
])
def test_each_acts_on_the_other(coder, text, a, b, root):
    pairs = root_pairs(coder, text)
    assert (root, a, b) in pairs
    assert (root, b, a) in pairs


def test_both_as_subject_is_each_party(coder):
    pairs = root_pairs(coder, "Serbia and Kosovo both rejected the European Union's proposal.")
    assert ("12", "SRB", "IGOEUREEC") in pairs and ("12", "KSV", "IGOEUREEC") in pairs


# -- class 2: a force's vehicles and posts stand for the force -----------------------------------
@pytest.mark.parametrize(("text", "target"), [
    ("Gunmen opened fire on a police van in Peshawar, killing two officers.", "PAKCOP"),
    ("A roadside bomb struck a police car in Kandahar.", "AFGCOP"),
    ("Insurgents ambushed an army convoy near Gao.", "MLIMIL"),
    ("Militants attacked a police station in Quetta.", "PAKCOP"),
    ("A grenade was thrown at an army checkpoint in Anantnag.", "INDMIL"),
    ("Unknown attackers torched a police truck in Maiduguri.", "NGACOP"),
])
def test_vehicles_and_posts_stand_for_the_force(coder, text, target):
    assert target in {t for _, _, t in root_pairs(coder, text)}


# -- class 3: movements of 1980s-2000s wire news --------------------------------------------------
@pytest.mark.parametrize(("name", "date", "code"), [
    ("Free Aceh Movement", "2003-05-19", "IDNREB"),
    ("GAM", "2003-05-19", "IDNREB"),
    ("Solidarity", "1982-10-08", "POLLAB"),
    ("Zapatistas", "1994-01-01", "MEXREB"),
    ("Sendero Luminoso", "1992-09-12", "PERREB"),
    ("Chechen rebels", "1995-01-10", "RUSREB"),
    ("National Resistance Army", "1985-06-01", "UGAREB"),   # took Kampala on 26 January 1986
    ("National Resistance Army", "1990-06-01", "UGAMIL"),
    ("Real IRA", "1998-08-15", "GBRREB"),
])
def test_movements(name, date, code):
    actor = resolve(name, date)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(("text", "date", "pair"), [
    ("Indonesia accused the Free Aceh Movement of attacking a military post in Lhokseumawe.", "2003-05-01",
     ("11", "IDN", "IDNREB")),
    ("Russian troops shelled positions held by Chechen rebels near Grozny.", "1995-01-05", ("19", "RUSMIL", "RUSREB")),
])
def test_movements_in_sentences(coder, text, date, pair):
    assert pair in root_pairs(coder, text, date)


def test_solidarity_needs_its_capital(coder):
    # "in solidarity with": the lower-case word is no actor
    pairs = root_pairs(coder, "Thousands marched in Paris in solidarity with the striking dockers.", "1985-05-01")
    assert not any("POLLAB" in (s, t) for _, s, t in pairs)


# -- class 4: a legislature named by a bare word, placed in another state's capital ----------------
@pytest.mark.parametrize(("text", "code"), [
    ("Protesters set fire to the Congress building in Asuncion after senators approved a constitutional "
     "amendment.", "PRYLEG"),
    ("Demonstrators set fire to the Congress building in Guatemala City.", "GTMLEG"),
    ("Hundreds of farmers rallied outside the Congress in Bogota to demand land reform.", "COLLEG"),
    ("Students tried to storm the Congress in Lima after the vote.", "PERLEG"),
    ("Riot police pushed back protesters who tried to break into the Congress in Buenos Aires.", "ARGLEG"),
])
def test_congress_abroad(coder, text, code):
    from foedus.coder.actors import ActorMatcher

    mentions = ActorMatcher(coder.nlp).find(coder.nlp(text), "2024-05-01")
    assert [m.code for m in mentions if m.text.endswith("Congress")] == [code]


def test_congress_abroad_in_events(coder):
    pairs = root_pairs(coder, "Demonstrators set fire to the Congress building in Guatemala City.")
    assert ("14", "GTMCVL", "GTMLEG") in pairs


def test_us_congress_stays(coder):
    from foedus.coder.actors import ActorMatcher

    text = "Congress approved new sanctions on Iran's oil sector after a hearing in Washington."
    mentions = ActorMatcher(coder.nlp).find(coder.nlp(text), "2019-05-01")
    assert [m.code for m in mentions if m.text == "Congress"] == ["USALEG"]


# -- class 5: Europe as an actor ------------------------------------------------------------------
@pytest.mark.parametrize(("text", "pair"), [
    ("Iran warned it would leave the nuclear deal unless Europe protects it from US sanctions.", ("13", "IRN", "EUR")),
    ("Washington sent two more armoured brigades to Eastern Europe.", ("15", "USAGOV", "EUR")),
    ("Tehran accused Europe of failing to keep its promises.", ("11", "IRNGOV", "EUR")),
    ("Moscow threatened to cut gas supplies to Europe.", ("13", "RUSGOV", "EUR")),
])
def test_europe_acts(coder, text, pair):
    assert pair in root_pairs(coder, text)


def test_europe_as_a_place_is_no_target(coder):
    pairs = root_pairs(coder, "Russian troops seized the largest power plant in Europe.")
    assert not any(t == "EUR" for _, _, t in pairs)


# -- class 6: "the network", "the alliance", "the bloc": a named body of this or an earlier sentence
@pytest.mark.parametrize(("text", "pair"), [
    ("Al Jazeera reporter Shireen Abu Akleh was shot dead while covering an Israeli raid in Jenin, and the "
     "network accused Israeli forces of killing her.", ("11", "QATMED", "ISRMIL")),
    ("Reuters cameraman Issam Abdallah was killed by Israeli tank fire in southern Lebanon; the agency blamed "
     "Israel for his death.", ("11", "GBRMED", "ISR")),
    ("CNN correspondent Matthew Chance was expelled from Russia, and the network condemned Moscow's decision.",
     ("11", "USAMED", "RUSGOV")),
    ("Finland joined NATO on Tuesday, and the alliance warned Russia against any retaliation.",
     ("13", "IGOWSTNAT", "RUS")),
    ("Hungary vetoed the European Union's aid package, and the bloc criticised Budapest for blocking it.",
     ("11", "IGOEUREEC", "HUNGOV")),
])
def test_definite_body_names_the_body_before(coder, text, pair):
    assert pair in root_pairs(coder, text, "2023-05-11")


def test_the_group_is_not_a_bare_agent(coder):
    # "police" is no named body: "the group" does not take its code
    pairs = root_pairs(coder, "Police arrested dozens of students in Dhaka, and the group said it would appeal.")
    assert not any(s.endswith("COP") and r == "01" for r, s, _ in pairs)
