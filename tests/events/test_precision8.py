"""Precision on unseen prose (precision8): a violent, coercive or cooperative verb read in its other
sense from the class of its arguments (data/lexicon/sense_cues.yaml) - sport (a contest, an athlete as
the doer, a team backed), figures of speech (a disease, an economic ill, a social problem fought), a
policy attacked (criticism) or killed, an animal, a spent weapon, contraband seized, an opinion agreed,
a warning of an ill, a work of art depicting an act - and the real events around the same words that
are kept. Our own sentences."""

import pytest

from gold_helpers import triples


def codes(coder, text):
    return [c for s, t, c, m in triples(coder, text)]


@pytest.mark.parametrize("text", [
    # sport
    "The Kenyan runner defeated her rivals in the Berlin marathon.",
    "Ukraine's team beat Russia's team in the chess olympiad.",
    "Pakistan's bowlers destroyed England's batting line-up in Lahore.",
    "The French cyclist attacked on the final climb to win the stage.",
    "The Kenyan athlete won gold after beating the Ethiopian champion.",
    "The Turkish president backed the national football team before the match against Georgia.",
    # figures of speech: ills, quantities, problems fought
    "Doctors are battling a cholera outbreak in Haiti.",
    "The government declared war on drugs and corruption.",
    "Investors punished the stock after the profit warning.",
    "The prime minister vowed to fight poverty and unemployment.",
    "The central bank intervened to defend the currency.",
    # a policy or a document as the subject of violence, or killed
    "The chancellor's budget attacked the middle class, economists said.",
    "The bill was killed in committee last week, ending hopes for reform.",
    # animals and spent weapons
    "Villagers attacked a crocodile that had killed a fisherman in Malawi.",
    "On 14 July 2024, an old mortar shell exploded while children were playing with it in Kunduz, killing 3.",
    # contraband
    "The coast guard seized 2 tonnes of cocaine off Colombia.",
    # an opinion shared
    "Economists agreed that the recession in Germany would be short.",
    "Most delegates agreed that the summit had been a success.",
    # a work of art depicts
    "The author's novel describes how soldiers attacked a village in Vietnam in 1968.",
    # private travellers and staged events are no visit hosted
    "Thailand welcomed a record number of Chinese tourists last year.",
    "France hosted the Olympic Games in 2024.",
    "Saudi Arabia will host the World Cup in 2034.",
    # a clause placed years before the news dates it
    "Two years after Russia invaded Ukraine, grain exports have recovered.",
])
def test_other_senses_code_nothing(coder, text):
    assert codes(coder, text) == [], triples(coder, text)


@pytest.mark.parametrize("text,code", [
    # attacking a policy is criticism
    ("The ruling party attacked the budget as reckless and unfair.", "111"),
    # a warning of an ill is a pessimistic comment, no threat
    ("The minister warned of the threat of famine in Sudan.", "012"),
    ("The IMF warned of the risk of a debt crisis in Sri Lanka.", "012"),
])
def test_other_senses_take_their_own_code(coder, text, code):
    assert codes(coder, text) == [code], triples(coder, text)


@pytest.mark.parametrize("text,root", [
    ("The government declared war on the Islamic State after the bombing in Kabul.", "19"),
    ("Turkish troops fought against Kurdish militants near the Iraqi border.", "19"),
    ("A Ukrainian sabotage team attacked a Russian airfield in Crimea.", "19"),
    ("Israeli police seized weapons and explosives from a Hamas cell in Jenin.", "17"),
    ("The Chinese coast guard seized a Philippine supply boat near Second Thomas Shoal.", "18"),  # (seize29b) a ship seized at sea: 181 (gold README)
    ("Iran and the European Union agreed that talks on the nuclear deal would resume in Vienna next week.", "03"),
    ("A UN report describes how soldiers attacked a village in Darfur last month.", "19"),
    ("Gunmen shot dead a former boxing champion in Mexico City.", "18"),
    ("Soviet troops broke up a rally outside the government building in Tbilisi, killing 19 people.", "17"),
    ("Pakistan warned of retaliation after Indian air strikes in Balakot.", "13"),
    ("The minister attacked the opposition for blocking the budget.", "11"),
    pytest.param("Armed herders attacked farmers in Benue state, killing 15.", "19", marks=pytest.mark.xfail(reason="session 34: judged with the rules' empty target, the event vetter drops it (docs/model.md, known losses)")),
    ("The Qatari emir welcomed the Iranian foreign minister in Doha.", "04"),
    ("Two days after Russian troops entered the town, Ukrainian forces shelled their positions.", "19"),
])
def test_real_events_in_the_same_words_are_kept(coder, text, root):
    assert root in {c[:2] for c in codes(coder, text)}, triples(coder, text)


@pytest.mark.parametrize("text", [
    "Protesters in Dakar attacked the French embassy and burned its flag.",
    "Demonstrators in Baghdad stormed the Swedish embassy over the burning of a Koran.",
])
def test_protesters_who_attack_a_foreign_embassy_riot(coder, text):
    assert "145" in codes(coder, text), triples(coder, text)


def test_civilians_who_lynch_a_foreigner_do_not_riot(coder):
    text = "A mob lynched a Pakistani man in a village in Bihar."
    assert "145" not in codes(coder, text), triples(coder, text)


@pytest.mark.parametrize("text", [
    # a natural force is no doer, nor is it for the participle that follows it
    "Floodwaters attacked the railway station in Valencia, trapping passengers in trains.",
    # an election result
    "Macron comfortably defeated Le Pen in the second round of the presidential election.",
    "The ruling party crushed the opposition in Sunday's parliamentary elections.",
    # (round 45) a referendum result is no event either (gold README: "a referendum result, no event"; "a referendum
    # rejecting a peace deal no event"): the voters act as an electorate, not as an actor
    "Italian voters rejected the constitutional reform in a referendum.",
])
def test_natural_forces_and_election_results_code_nothing(coder, text):
    assert codes(coder, text) == [], triples(coder, text)


@pytest.mark.parametrize("text,root", [
    ("Protesters in Lima demanded new presidential elections.", "10"),
])
def test_acts_about_elections_are_kept(coder, text, root):
    assert root in {c[:2] for c in codes(coder, text)}, triples(coder, text)


def test_a_withdrawal_from_an_organisation_leaves_it(coder):
    text = "Kiribati announced its withdrawal from the Pacific Islands Forum."
    assert codes(coder, text) == ["161"], triples(coder, text)


@pytest.mark.parametrize("text,unwanted", [
    ("Police in Gujarat arrested the owner of a fireworks warehouse after an explosion there killed nine people.",
     {"18", "19", "20"}),
    ("A Kenya Airways Boeing 737 crashed an hour after leaving Douala for Nairobi.", {"04", "11"}),
])
def test_accidents_are_no_attacks_and_airliners_no_visitors(coder, text, unwanted):
    assert not {c[:2] for c in codes(coder, text)} & unwanted, triples(coder, text)


@pytest.mark.parametrize("text,root", [
    ("An explosion killed five soldiers at a checkpoint in Kandahar.", "18"),
    ("A car bomb exploded outside a chemical plant in Homs, killing four guards.", "18"),
    ("The prime minister left Islamabad for Beijing on Monday.", "04"),
])
def test_attacks_and_visits_near_those_words_are_kept(coder, text, root):
    assert root in {c[:2] for c in codes(coder, text)}, triples(coder, text)


@pytest.mark.parametrize("text,unwanted", [
    ("The opposition leader fired his chief of staff on Tuesday.", {"11", "17", "18", "19"}),
    ("The president sacked the army chief after the failed offensive.", {"11", "17", "18", "19"}),
    ("The central bank attacked the rupee's slide by selling dollars.", {"18", "19"}),
    ("The army captured the imagination of the public with its parade.", {"17", "19"}),
    ("The rebels' advance stalled outside Goma.", {"12"}),
])
def test_dismissals_figures_and_event_subjects_code_no_such_act(coder, text, unwanted):
    assert not {c[:2] for c in codes(coder, text)} & unwanted, triples(coder, text)


@pytest.mark.parametrize("text,code", [
    ("The government seized control of the country's largest bank.", "1711"),
])
def test_a_business_taken_is_confiscated(coder, text, code):
    assert code in codes(coder, text), triples(coder, text)


@pytest.mark.parametrize("text,root", [
    ("Israel hit back at Hezbollah with air strikes in southern Lebanon.", "19"),
    ("Mexico's president hit back at critics of his security policy.", "11"),
    ("Soldiers fired on protesters in Conakry on Tuesday.", "17"),
    ("Troops fired at the general's convoy near Goma.", "19"),
    ("The Taliban seized control of Kabul airport.", "19"),
    ("Russian troops seized a hydroelectric plant on the Dnipro river.", "19"),
])
def test_force_and_words_are_told_apart(coder, text, root):
    assert root in {c[:2] for c in codes(coder, text)}, triples(coder, text)


@pytest.mark.parametrize("text,kept,dropped", [
    ("Police raided a brothel in Bangkok and detained 40 women.", "17", "19"),
    ("Russian troops stormed the village and detained the mayor.", "19", None),
])
def test_a_police_raid_that_ends_in_arrests_is_the_arrest(coder, text, kept, dropped):
    roots = {c[:2] for c in codes(coder, text)}
    assert kept in roots and dropped not in roots, triples(coder, text)
