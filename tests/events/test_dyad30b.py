"""(dyad30b) Sources and targets of events whose type is right: our own sentences."""

import pytest
from gold_helpers import triples


def dyads(coder, text, date="2024-05-01"):
    return {(s, t, c[:2]) for s, t, c, m in triples(coder, text, date=date)}


def test_ship_named_in_apposition_is_its_navys(coder):
    # "the destroyer HMS Sheffield": the sector word and its apposition name one ship, the navy's
    got = dyads(coder, "An Argentine fighter hit the destroyer HMS Sheffield on Tuesday.")
    assert any(t == "GBRMIL" and c == "19" for s, t, c in got)
    got = dyads(coder, "Iranian boats harassed the destroyer USS Mason in the Gulf.")
    assert any(t == "USAMIL" for s, t, c in got)


def test_ship_name_after_navy_prefix_is_no_person(coder):
    # "USS Carney" is the ship, not Mark Carney
    got = dyads(coder, "Houthi rebels fired a missile at USS Carney in the Red Sea.")
    assert any(t == "USAMIL" and c == "19" for s, t, c in got)


def test_apposition_clause_inside_does_not_give_country(coder):
    # a country inside the appositive phrase ("a verdict that Britain condemned") is not the noun's
    got = dyads(coder, "A Hong Kong court convicted media tycoon Jimmy Lai of collusion with foreign forces "
                       "and sedition, a verdict that Britain condemned.")
    assert not any(t and t.startswith("GBR") and s == "HKGJUD" for s, t, c in got)


def test_speech_joined_to_denied_clause_is_the_deniers(coder):
    # "X denied that Y did A and accused Z": the parser joins "accused" to the denied clause; X accuses
    got = dyads(coder, "Moscow denied that Syrian government forces had used chlorine in Douma and accused "
                       "Washington of staging a provocation.")
    assert any(s.startswith("RUS") and t.startswith("USA") and c == "11" for s, t, c in got if s and t)
    got = dyads(coder, "Rwanda denied backing the M23 rebels who seized Goma and accused Kinshasa of working "
                       "with the FDLR militia.")
    assert any(s == "RWA" and c == "11" for s, t, c in got)



def test_rebels_are_of_the_country_whose_town_they_take(coder):
    # rebels fight their own state: the town their own verb acts on places them, not a state named elsewhere
    got = dyads(coder, "Bashar al-Assad fled to Moscow, where Russia granted him asylum, as rebel fighters "
                       "swept into Damascus.")
    assert any(s == "SYRREB" and c == "19" for s, t, c in got)
    assert not any(s == "RUSREB" for s, t, c in got)


def test_rebels_raiding_into_a_country_are_not_of_it(coder):
    # a state named as the place entered ("raids into Afghanistan") is across a border, no town of theirs
    got = dyads(coder, "Pakistan signed a truce with tribal militants in North Waziristan under which the "
                       "militants will halt cross-border raids into Afghanistan.")
    assert not any(s == "AFGREB" for s, t, c in got)


@pytest.mark.xfail(reason="session 34: the retrained target chooser picks this target (docs/model.md, known losses)")
def test_unnamed_gunmen_get_no_country_from_their_town(coder):
    got = dyads(coder, "CAIRO, Oct 12 - Gunmen on motorcycles shot dead Rifaat el-Mahgoub, the speaker of Egypt's "
                       "parliament, in central Cairo, and police said they had launched a manhunt.", date="1990-10-12")
    assert not any(t == "EGYREB" for s, t, c in got)
