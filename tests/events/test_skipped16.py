"""Acts of force told by a clause on a noun (skipped16): a relative clause in the past perfect whose subject is the
relative pronoun or a noun ("gunmen, who had stormed the hotel"), a past participle with a by-agent ("prisoners
mistreated by U.S. soldiers") tell an act that was done by a doer they name: news of its own. The toll of an attack told elsewhere ("the people
killed by the blast"), a pronoun looking back on the main actor's own act ("the areas they had seized") and other
acts in such clauses ("refugees who had sheltered there") stay descriptions, and so does a present participle on a noun ("photographs of soldiers beating detainees": tried,
it lowered the unseen 1980s wire). Our own sentences."""

import pytest

from gold_helpers import triples


def asserted(coder, text, date="2024-05-01"):
    return {(s, t, c) for s, t, c, m in triples(coder, text, date) if m == "asserted"}


def roots(coder, text):
    return {c[:2] for s, t, c in asserted(coder, text)}


@pytest.mark.parametrize("text,source,root", [
    # a past-perfect relative clause: its subject is the relative pronoun, or a noun of its own
    ("Kenyan troops ended a siege of a shopping centre in Nairobi by al-Shabaab gunmen, who had stormed the "
     "building on Saturday.", "SOMREB", "19"),
    ("The opposition leader, who had been detained by police a day earlier, addressed a rally in Yerevan.",
     "ARMCOP", "17"),
    # a past participle with a by-agent
    ("The minister apologised to Iraqi prisoners mistreated by U.S. soldiers at a jail near Baghdad.", "USAMIL", "18"),
    ("Thousands of villagers driven from their homes by Bosnian Serb forces reached Tuzla.", "BIH", "20"),
])
def test_force_told_on_a_noun(coder, text, source, root):
    found = asserted(coder, text)
    assert any(s.startswith(source) and c[:2] == root for s, t, c in found), triples(coder, text)


def test_by_agent_is_the_doer_and_the_noun_the_patient(coder):
    text = "The minister apologised to Iraqi prisoners mistreated by U.S. soldiers at a jail near Baghdad."
    force = [(s, t) for s, t, c in asserted(coder, text) if c[:2] == "18"]
    assert force and all(s.startswith("USA") and t.startswith("IRQ") for s, t in force), triples(coder, text)


@pytest.mark.parametrize("text,root", [
    # the main actor's own earlier act, told by a pronoun: background
    ("Kenyan mediators urged the rebels to withdraw from the towns they had seized in the north.", "19"),
    ("The guerrillas released two soldiers they had kidnapped in Arauca.", "18"),
    # no act of force: a description
    ("Militiamen stormed the church where hundreds of refugees had sheltered.", "07"),
    # the toll of an act told elsewhere
    ("Tehran vowed to avenge the 290 passengers killed by the U.S. Navy.", "18"),
])
def test_description_stays_background(coder, text, root):
    assert root not in roots(coder, text), triples(coder, text)


# ---- a continuative relative of place with a personal pronoun subject: the next act, news -------------------
@pytest.mark.parametrize("text,root", [
    ("Mali's junta leader flew to St Petersburg for a summit, where he praised Russia's backing for Bamako.", "05"),
    ("Militiamen set up a camp near Djugu, from which they launched raids on nearby villages.", "18"),
    ("Kenyan rebels withdrew to the hills, where they attacked a police post.", "19"),
])
def test_continuative_place_relative(coder, text, root):
    assert root in roots(coder, text), triples(coder, text)


@pytest.mark.parametrize("text,root", [
    # "it": a thing, not the people named
    ("The Houthis launched an explosive boat into the Red Sea, where it blew up near a U.S. destroyer.", "17"),
    # a restrictive relative: which place, not what happened next
    ("A mob set fire to the church where they sought shelter from the fighting.", "02"),
])
def test_place_relative_stays_background(coder, text, root):
    assert root not in roots(coder, text), triples(coder, text)
