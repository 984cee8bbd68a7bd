"""Cooperative acts told in asides and phrases (talk26): an appeal in a participle aside after its verb, a foreign
escort named after "under", a claim told in a relative on an attack. Our own sentences."""

import pytest

from gold_helpers import triples


def coded(coder, text, date="2024-05-01"):
    return {(s, t, c, m) for s, t, c, m in triples(coder, text, date)}


@pytest.mark.parametrize("text,source,target", [
    ("Chile's senate rejected the budget bill, urging the president to cut military spending.", "CHL", "CHL"),
    ("The Argentine navy seized a Chinese trawler near the Falklands, the foreign ministry in Buenos Aires said, "
     "calling on Beijing to punish the crew.", "ARG", "CHN"),
])
def test_appeal_in_an_aside_is_its_own_act(coder, text, source, target):
    got = coded(coder, text)
    assert any(c[:2] == "02" and s.startswith(source) and t and t.startswith(target) and m == "asserted"
               for s, t, c, m in got), got


def test_appeal_aside_beside_a_protest_is_its_aim(coder):
    text = "Thousands of teachers marched through Nairobi, calling on the government to raise their pay."
    got = coded(coder, text)
    assert not any(c[:2] == "02" for s, t, c, m in got), got


def test_aside_read_as_a_threat_is_no_appeal(coder):
    # "urging ... to keep sanctions" is an appeal to the EU (020, wire38), never a threat of sanctions
    text = "Tehran has yet to free the sailors, the Dutch foreign minister said, urging the EU to keep sanctions in place."
    got = coded(coder, text)
    assert not any(c[:2] == "13" for s, t, c, m in got), got


@pytest.mark.parametrize("text,escort,guarded", [
    ("Three Qatari gas tankers sailed through the Bab el-Mandeb under Indian Navy escort on Sunday.", "IND", "QAT"),
    ("Two Japanese cargo ships crossed the Red Sea under the protection of French frigates.", "FRA", "JPN"),
])
def test_foreign_escort_under_is_protection(coder, text, escort, guarded):
    got = coded(coder, text)
    assert any(c == "074" and s.startswith(escort) and t and t.startswith(guarded) and m == "asserted"
               for s, t, c, m in got), got


def test_own_police_guard_is_no_protection(coder):
    text = "Kenyan opposition supporters marched to the electoral commission under Kenyan police guard."
    got = coded(coder, text)
    assert not any(c == "074" for s, t, c, m in got), got


@pytest.mark.parametrize("text,claimant", [
    ("A car bomb claimed by the Pakistani Taliban tore through a market in Peshawar, killing 20 people.", "PAK"),
    ("Gunmen stormed a hotel in Bamako in an attack claimed by al-Qaeda's Sahel branch.", None),
])
def test_attack_claimed_in_a_relative_is_a_claim(coder, text, claimant):
    got = coded(coder, text)
    assert any(c == "015" and s and (claimant is None or s.startswith(claimant)) and m == "asserted"
               for s, t, c, m in got), got


def test_claims_of_territory_are_no_responsibility(coder):
    text = "Manila rejected the territorial claims made by Beijing in the South China Sea."
    got = coded(coder, text)
    assert not any(c == "015" for s, t, c, m in got), got
