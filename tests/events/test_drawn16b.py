"""Round 16b: reactions brought on by a participle the parser hung in a reported or relative clause, or on
the object, and reactions told of a noun that sums up the clause before it. Our own sentences."""

import pytest

from gold_helpers import triples


@pytest.mark.parametrize("text, source, target", [
    # the participle hung on a passive in a reported clause: the reaction is to the speaker's clause
    ("The president annexed the islands and said the garrison would be reinforced, drawing condemnation "
     "from Argentina.", "ARG", "GOV"),
    # hung inside a relative clause on the object: a relative clause describes its noun
    ("Serbia signed a defence deal with Russia that would let Russian troops be stationed near Nis, drawing "
     "criticism from Croatia.", "HRV", "SRB"),
    # hung on the object after an inserted phrase
    ("Myanmar's junta jailed three opposition activists, including former minister Aung Zaw, drawing condemnation "
     "from Japan.", "JPN", "MMR"),
    # a noun that sums up the clause, with a relative or a participle of its own
    ("Poland closed its border with Belarus, a move that drew condemnation from Lithuania.", "LTU", "POL"),
    ("Poland closed its border with Belarus, a step drawing sharp criticism from Lithuania.", "LTU", "POL"),
])
def test_reaction_reaches_the_clause_with_a_subject(coder, text, source, target):
    t = triples(coder, text)
    assert any(c[:2] == "11" and s and s.startswith(source) and tgt and target in tgt and m == "asserted"
               for s, tgt, c, m in t), t


@pytest.mark.parametrize("text", [
    # no actor draws the criticism anywhere: nothing to aim it at
    "The storm destroyed the harbour, a disaster that drew criticism from the opposition.",
    # the summing noun is no act
    "Heavy rain fell on the capital, drawing complaints from nobody.",
])
def test_no_reaction_without_a_doer(coder, text):
    t = triples(coder, text)
    assert not any(c[:2] == "11" for s, tgt, c, m in t), t


# ---- a protest in a circumstance phrase of the state's force or arrest ------------------------------------

@pytest.mark.parametrize("text, country", [
    ("Police detained dozens of people at an opposition rally in Minsk.", "BLR"),
    ("Iranian police arrested hundreds of men at anti-government rallies in Tehran.", "IRN"),
    ("Police in Cameroon arrested scores of people who took part in street protests in Douala.", "CMR"),
])
def test_protest_of_people_acted_on_or_taking_part(coder, text, country):
    t = triples(coder, text)
    assert any(c[:2] == "14" and s and s.startswith(country) and m == "asserted" for s, tgt, c, m in t), t


@pytest.mark.parametrize("text", [
    "A gunman shot the senator at a campaign rally in Ohio.",
    "The minister spoke at a rally of party supporters in Lagos.",
])
def test_at_a_rally_is_where_no_protest_is_told(coder, text):
    t = triples(coder, text)
    assert not any(c[:2] == "14" for s, tgt, c, m in t), t
