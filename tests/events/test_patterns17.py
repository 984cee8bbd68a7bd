"""Verbs whose subject or object kind decides the act (round 17, patterns17): a named person or a government's envoy
who lands in a place visits it (042; a visit to one's own country is a return, no visit), a ruler who flees a
country named by its name leaves power (0831), a ruler removed or ousted by a parliament or a court leaves office
(0831), prisoners, captives or fighters exchanged are released (0841), control of a place claimed is taken (192), and a
media actor suspended, banned or blocked is a restriction of freedoms (1721), and warships or bombers of several states that
sail, fly or patrol together cooperate militarily (062); people burned to death by a named doer are killed (1823), and
apartments, tents or camps burned destroyed (1712); a person forcibly disappeared is abducted (181); an election result, a
decree or martial law overturned is rejected (120). Our own sentences, each family with
sentences where the same words mean something else."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    # a person or a government's envoy landing in a place
    ("President Barack Obama landed in Havana on Sunday.", "042", "USA", "CUB"),
    ("The Iranian foreign minister landed in Beirut on Monday.", "042", "IRN", "LBN"),
    ("Chancellor Olaf Scholz landed at Beijing airport for a one-day trip.", "042", "DEU", "CHN"),
    # a ruler fleeing a country named by its name
    ("President Jean-Claude Duvalier fled Haiti for France aboard a U.S. Air Force jet.", "0831", "HTI", None),
    # a ruler removed or ousted by a parliament or a court
    ("Lawmakers voted to remove President Pedro Castillo within hours.", "0831", "PER", "PER"),
    ("Parliament ousted President Dina Boluarte in a late-night session.", "0831", "PER", "PER"),
    # prisoners, captives or fighters exchanged
    ("Russia and Ukraine exchanged 215 fighters for 55 Russian prisoners.", "0841", "RUS", "UKR"),
    ("Armenia and Azerbaijan exchanged prisoners of war at the border.", "0841", None, None),
    # control of a place claimed; a media actor suspended or blocked
    ("The Wagner group claimed full control of Bakhmut after months of fighting.", "192", "RUS", "UKR"),
    ("Rebels claimed the capture of the airport.", "192", None, None),
    ("Burkina Faso's junta suspended the BBC and Voice of America for two weeks.", "1721", "BFA", None),
    ("Russia blocked Deutsche Welle on Friday.", "1721", "RUS", "DEU"),
    # warships or bombers of several states sailing, flying or patrolling together
    ("Chinese and Russian bombers flew together over the Sea of Japan.", "062", "CHN", "RUS"),
    ("Chinese and Russian warships patrolled jointly near Alaska.", "062", "RUS", "CHN"),
    # people burned to death by a named doer; apartments or camps burned
    ("A mob burned two men to death in the market.", "1823", None, None),
    ("Soldiers burned a refugee camp near the border.", "1712", None, None),
    ("Departing Serbs burned apartments before leaving the suburb.", "1712", "SRB", None),
    # a person forcibly disappeared
    ("A Hirak activist was forcibly disappeared in Algiers.", "181", None, "DZA"),
    # an election result or a decree overturned
    ("Ivory Coast's Constitutional Council overturned the election commission's results.", "120", "CIV", "CIV"),
    ("South Korean lawmakers voted to overturn the martial law decree.", "120", "KOR", None),
])
def test_kind_decides_the_act(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, absent", [
    # what lands is no visitor, nor is one who comes home, nor an opposition figure
    ("The plane carrying the delegation landed at Vnukovo airport.", "04"),
    ("Two rockets landed in an empty field near the border.", "04"),
    ("President Vladimir Putin landed back in Moscow on Friday.", "04"),
    ("Prime Minister Narendra Modi landed in New Delhi after a three-nation tour.", "04"),
    ("Opposition leader Alexei Navalny landed in Moscow on Sunday.", "04"),
    # people who flee a country are no rulers leaving power
    ("Thousands of civilians fled Sudan for Chad.", "08"),
    ("Former president Jacob Zuma fled South Africa.", "08"),
    ("The finance minister fled Lebanon after the scandal.", "08"),
    # what else a parliament or a court removes is no government
    ("Parliament removed the clause from the bill.", "08"),
    ("The court removed the president's name from the ballot.", "08"),
    # fire, views or lists exchanged release no one
    ("Troops exchanged fire with gunmen near the border.", "08"),
    ("The two sides exchanged lists of detainees on Monday.", "08"),
    # a market's control claimed, an edition suspended, a road blocked
    ("The company claimed control of the market.", "19"),
    ("The newspaper suspended its print edition.", "17"),
    ("Protesters blocked the road to the airport.", "17"),
    ("The two friends sailed together around the Greek islands.", "06"),
    # deaths in a fire with no doer, grass burned
    ("Five people were burned to death in a house fire.", "18"),
    ("The farmer burned the dry grass in his field.", "17"),
    ("The ship disappeared from radar over the Indian Ocean.", "18"),
    ("A boat carrying migrants overturned off the coast of Libya.", "12"),
])
def test_other_uses_are_not_coded_so(coder, text, absent):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, absent, modality=None), t


def test_the_army_removing_a_ruler_stays_a_coup(coder):
    t = triples(coder, "The army removed President Mohamed Morsi and suspended the constitution.")
    assert has_coded(t, "173"), t
    assert not has_coded(t, "0831"), t
