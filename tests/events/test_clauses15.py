"""Acts told in a participle aside beside an act of force (clauses15): the toll and the manner of an attack stay
its own ("..., killing three officers", "..., destroying a bridge"), but people taken or hurt by hand and a
community's homes burnt are second acts of the doer ("..., burning houses and kidnapping 40 people"), and a
leader named in the toll was assassinated (186). A participle right after a comma that the parser read as an
adjective on its object ("burning houses") is re-hung as the aside it is. Our own sentences; the counter-examples
check that no act is made up."""

import pytest

from gold_helpers import triples


def codes(coder, text, date="2024-05-01"):
    return {c for s, t, c, m in triples(coder, text, date) if m == "asserted"}


# ---- a second act told by an aside, or coordinated with one ------------------------------------------
@pytest.mark.parametrize("text,code", [
    ("Militiamen raided three villages near Kutum, burning huts and killing dozens of people.", "1712"),
    ("Rebels attacked the town of Beni overnight, torching dozens of homes and looting shops.", "1712"),
    ("Rebels attacked the town of Beni overnight, torching dozens of homes and abducting several villagers.", "181"),
    ("Soldiers stormed the opposition headquarters, arresting twelve party officials.", "173"),
    ("Gunmen attacked a village in Zamfara, burning houses and kidnapping 40 people.", "1712"),
    ("Gunmen attacked a village in Zamfara, burning houses and kidnapping 40 people.", "181"),
    ("Insurgents stormed a hotel in Mogadishu, shooting guests and taking hostages.", "181"),
])
def test_second_act_in_aside(coder, text, code):
    assert code in codes(coder, text), triples(coder, text)


# ---- the damage and the toll of the act itself: no second act -----------------------------------------
@pytest.mark.parametrize("text,absent", [
    ("The army shelled the rebel-held district, destroying a bridge.", "17"),
    ("French jets struck an armoured column near Benghazi, destroying several tanks.", "17"),
    ("Cyclone Idai battered Beira, destroying homes across the city.", "17"),
    ("Gunmen attacked a police post in the north, killing three officers.", "186"),
    ("Soldiers shelled the village, killing a farmer and two of his sons.", "18"),
    ("A crowd rioted outside the town hall, throwing stones at police and setting a van alight.", "17"),
])
def test_no_second_act(coder, text, absent):
    assert not any(c.startswith(absent) for c in codes(coder, text)), triples(coder, text)


def test_leader_killed_in_toll(coder):
    text = "Rebels ambushed a convoy near Goma, killing the provincial governor."
    assert "186" in codes(coder, text), triples(coder, text)


def test_participle_read_as_adjective(nlp):
    from foedus.coder.syntax import repair_participle_read_as_adjective

    doc = nlp("Gunmen attacked a village in Zamfara, burning houses and kidnapping 40 people.")
    repair_participle_read_as_adjective(doc)
    burning = next(t for t in doc if t.text == "burning")
    assert burning.dep_ == "advcl" and burning.head.text == "attacked"
    assert next(t for t in doc if t.text == "houses").head.i == burning.i


# ---- a pact two parties sign, told by what it ends: the pact is the act ----------------------------------
@pytest.mark.parametrize("text", [
    "Rebels and the army signed a truce ending weeks of fighting in the north.",
    "The two governments signed a joint declaration in Nairobi formally ending years of hostility.",
    "Armenia and Azerbaijan signed an accord ending six weeks of fighting over the enclave.",
])
def test_pact_restated_by_what_it_ends(coder, text):
    found = codes(coder, text)
    assert "057" in found and not any(c.startswith(("087", "19")) for c in found), triples(coder, text)


def test_one_signer_enacts_the_content(coder):
    text = "Putin signed decrees annexing four regions of Ukraine."
    assert "192" in codes(coder, text), triples(coder, text)
