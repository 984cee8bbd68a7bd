"""Skipped clauses (skipped21): acts told in a clause of time or an aside that are news of their own (a vote, another
actor's report or denial, a past progressive, an appeal told with "while", a refusal or praise in an aside), and the
same shapes that stay background. Our own sentences."""

import pytest

from gold_helpers import triples


def coded(coder, text, date="2024-05-01"):
    return {(s, t, c, m) for s, t, c, m in triples(coder, text, date)}


def has(coder, text, source, root, modality="asserted"):
    return any(s is not None and s.startswith(source) and c[:2] == root and m == modality
               for s, t, c, m in coded(coder, text))


@pytest.mark.parametrize("text,source,root", [
    # a vote performs its complement
    ("Rebels seized the airport in Bamako before Mali's parliament voted to condemn the attack.", "MLILEG", "11"),
    # another actor's report of an act told as done
    ("Kenyan troops shelled the border town of Mandera while Somalia's defence ministry said its jets had struck "
     "al Shabaab camps.", "SOM", "19"),
    # a past progressive
    ("Gunmen attacked the presidential palace in Tripoli as the Egyptian foreign minister was visiting Libya.",
     "EGY", "04"),
    # an appeal told with "while" beside the subject's own act
    ("The French president ruled out sending troops to Niger, while urging the junta in Niamey to free the president.",
     "FRA", "02"),
])
def test_concurrent_act_is_news(coder, text, source, root):
    assert has(coder, text, source, root), triples(coder, text)


def test_denial_in_a_time_clause_is_coded(coder):
    text = "Pakistan closed its border with Afghanistan while the Taliban government denied its fighters had fired " \
           "on Pakistani posts."
    assert has(coder, text, "AFG", "01"), triples(coder, text)
    assert not has(coder, text, "AFG", "19"), triples(coder, text)


@pytest.mark.parametrize("text,root", [
    # a report of what someone was made to do: an infinitive below
    ("Iran seized a Greek tanker in the Gulf while Athens said its navy had been ordered to escort the ship.", "15"),
    # an aim told with "while"
    ("NATO said it would keep its forces on alert while seeking talks with Moscow.", "04"),
    # a report of what did not happen
    ("Israeli jets struck Gaza while the Egyptian foreign ministry said Cairo had not mediated any truce.", "04"),
])
def test_concurrent_clause_of_no_act_stays_background(coder, text, root):
    assert not any(c[:2] == root and m == "asserted" for s, t, c, m in coded(coder, text)), triples(coder, text)


def test_refusal_aside_answering_another_is_a_rejection(coder):
    text = "Turkey sent its reply to Sweden on Monday, refusing to lift its veto on Sweden's NATO membership."
    assert any(c[:2] == "12" and m == "asserted" for s, t, c, m in coded(coder, text)), triples(coder, text)


def test_refusal_aside_answering_no_one_is_no_rejection(coder):
    text = "The Nigerian army said it had killed ten militants in Borno, declining to give further details."
    assert not any(c[:2] == "12" for s, t, c, m in coded(coder, text)), triples(coder, text)


def test_praise_aside_is_praise(coder):
    text = "Ukraine's president visited front-line positions in Kharkiv, praising the Ukrainian army for its courage."
    assert has(coder, text, "UKR", "05"), triples(coder, text)


@pytest.mark.parametrize("text,code", [
    ("Ethiopia expelled two Kenyan diplomats while negotiations were taking place in Nairobi.", "04"),
    ("Sudan recalled its ambassador from Chad as fighting was raging between the army and the RSF in Khartoum.", "190"),
])
def test_progressive_state_of_affairs_stays_background(coder, text, code):
    assert not any(c.startswith(code) and m == "asserted" for s, t, c, m in coded(coder, text)), triples(coder, text)
