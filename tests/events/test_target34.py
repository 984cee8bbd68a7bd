"""Targets (helper target34): the doer of an absolute "with" clause is no target of the main act; a bare force word
civilians of another country act on is the force the sentence named before; an international body named as the
object of an attack is its target, not the town it is in; West African peacekeepers are ECOMOG. Sentences written
for these tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples


def test_the_doer_of_an_absolute_with_clause_is_no_target(coder):
    got = triples(coder, "Ecuador's government and the rebels agreed in Lima to resume peace talks, with Chile and Norway "
                         "acting as guarantors.", date="2018-10-10")
    assert has_coded(got, "03", "ECUGOV", "ECUREB", modality=None), got
    assert not any(t and t[:3] in {"CHL", "NOR"} for s, t, c, m in got), got
    # without the comma the "with" phrase is the partner of the act
    got = triples(coder, "Protesters clashed with police firing tear gas in Quito.", date="2018-10-10")
    assert has_coded(got, "145", "ECUCVL", "ECUCOP"), got


def test_forces_civilians_stone_are_the_forces_named_before(coder):
    got = triples(coder, "Israeli soldiers wounded a Palestinian youth as hundreds of rioters clashed with troops in the "
                         "Balata camp.", date="1989-03-10")
    assert has_coded(got, "145", "PSE", "ISRMIL"), got
    # forces another state's forces act on stay the other side's
    got = triples(coder, "Israeli troops fired on Syrian soldiers near Quneitra.", date="1989-03-10")
    assert has_coded(got, "19", "ISRMIL", "SYRMIL"), got


def test_an_international_force_attacked_is_the_target(coder):
    got = triples(coder, "Militiamen fired on UN peacekeepers at the Mogadishu airport on Friday.", date="1993-06-10")
    assert has_coded(got, "19", "SOMREB", "IGOUNOPKO"), got
    # a place attacked with no body named is its country
    got = triples(coder, "Militiamen shelled the airport in Mogadishu on Friday.", date="1993-06-10")
    assert has_coded(got, "19", "SOMREB", "SOM"), got


def test_west_african_peacekeepers_are_ecomog(coder):
    got = triples(coder, "Rebels ambushed West African peacekeepers near Monrovia.", date="1992-10-20")
    assert has_coded(got, "19", "LBRREB", "IGOWAFWAS"), got


def test_a_national_contingent_of_a_un_force_is_the_un_force(coder):
    got = triples(coder, "Militiamen ambushed Nepalese peacekeepers near Bunia, killing three, United Nations officials said.",
                  date="2005-02-26")
    assert has_coded(got, "19", None, "IGOUNOPKO"), got
    # no UN named: the nation's own force; a national force set beside the UN's keeps its nation
    got = triples(coder, "Militiamen ambushed Russian peacekeepers near Stepanakert, the Kremlin said.", date="2023-02-26")
    assert not has_coded(got, "19", None, "IGO"), got
    got = triples(coder, "Gbagbo ordered U.N. and French peacekeepers out of Ivory Coast.", date="2011-01-05")
    assert has_coded(got, "16", "CIVGOV", "FRA"), got
