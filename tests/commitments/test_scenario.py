"""Casus foederis answers: who is obliged, by which clause, on which date and where."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from foedus.commitments import scenario, treaties
from foedus.errors import DataError, InputError


def states(result, side="victim"):
    return {o.state for o in result.obliged if o.side == side}


def test_prk_attacked_by_kor():
    r = scenario.run("PRK", "KOR", on=dt.date(2025, 1, 1))
    rus, chn = r.strongest("RUS"), r.strongest("CHN")
    assert (rus.treaty, rus.article, rus.strength) == ("russia_dprk_2024", "4", 5)
    assert (chn.treaty, chn.article, chn.strength) == ("china_dprk_1961", "II", 5)
    # The 1953 treaty answers an attack on KOR, not one by KOR: the USA is not obliged.
    assert "USA" not in {o.state for o in r.obliged}
    assert any(e["treaty"] == "us_rok_1953" and e["states"] == ["USA"] and "not one by KOR" in e["reason"]
               for e in r.excluded)
    assert [(o.state, o.treaty) for o in r.informational] == [("USA", "us_rok_1953")]
    rules = {x["rule"]: x for x in r.rules}
    assert {"UNSCR 1718", "UNSCR 1874", "UNSCR 2270", "UN Charter Art. 51", "UN Charter Art. 103"} <= set(rules)
    assert rules["UNSCR 1718"]["applies_to"] == ["CHN", "RUS"]


def test_result_shape_and_ranking():
    d = scenario.run("PRK", "KOR", on="2025-01-01").to_dict()
    assert {"obliged", "conflicts", "rules"} <= set(d)
    row = d["obliged"][0]
    assert {"state", "side", "treaty", "article", "strength", "conditions", "depth"} <= set(row)
    assert row["side"] == "victim" and row["depth"] == 1
    strengths = [o["strength"] for o in d["obliged"]]
    assert strengths == sorted(strengths, reverse=True)
    rus = next(o for o in d["obliged"] if o["state"] == "RUS")
    assert any(c.startswith("un_art51") for c in rus["conditions"])
    assert any(c.startswith("national_law") for c in rus["conditions"])


def test_kor_attacked_by_prk():
    r = scenario.run("KOR", "PRK", on="2025-01-01")
    usa = r.strongest("USA")
    assert (usa.treaty, usa.article, usa.strength) == ("us_rok_1953", "III", 2)
    assert any(c.startswith("constitutional_processes") for c in usa.conditions)
    assert states(r) == {"USA"}
    assert {o.state for o in r.informational} == {"CHN", "RUS"}


def test_depth_two_follows_the_war_outwards():
    r = scenario.run("KOR", "PRK", on="2025-01-01", depth=2)
    # If the USA enters the war and is struck, NATO allies are bound (contingent), at depth 2.
    gbr = r.strongest("GBR")
    assert (gbr.treaty, gbr.article, gbr.strength, gbr.depth) == ("nato", "5", 4, 2)
    assert gbr.conditions[0].startswith("contingent:")
    # PRK's allies: obliged only if the victim side's response counts as an attack on PRK.
    assert {"CHN", "RUS"} <= states(r, "attacker")
    # The reverse: the US Senate understanding excludes a war KOR started.
    r2 = scenario.run("PRK", "KOR", on="2025-01-01", depth=2)
    assert "USA" not in states(r2, "attacker")
    assert any(e["treaty"] == "us_rok_1953" and "attacked first" in e["reason"] for e in r2.excluded)


def test_nato_member_attacked_inside_and_outside_the_art6_zone():
    inside = scenario.run("POL", "RUS", on="2025-01-01")
    assert inside.strongest("USA").treaty == "nato" and inside.strongest("USA").strength == 4
    hawaii = scenario.run("USA", "CHN", on="2025-01-01", where="Hawaii")
    gbr = hawaii.strongest("GBR")
    assert gbr is None or (gbr.article != "5" and gbr.strength < 4)  # Art. 4 consultation at most
    assert any(e["treaty"] == "nato" and e["article"] == "5" and "outside" in e["reason"] for e in hawaii.excluded)
    ceuta = scenario.run("ESP", "MAR", on="2025-01-01", where="Ceuta")
    assert all(not (o.treaty == "nato" and o.article == "5") for o in ceuta.obliged)
    # A party's forces in the Mediterranean are inside the zone.
    sea = scenario.run("ITA", "LBY", on="2025-01-01", where="Mediterranean Sea")
    assert sea.strongest("FRA").treaty in {"nato", "eu_teu_42_7"}
    assert any(o.treaty == "nato" and o.article == "5" for o in sea.obliged)


def test_japan_attacked_in_territory_it_administers():
    r = scenario.run("JPN", "CHN", on="2025-01-01", where="Senkaku")
    usa = r.strongest("USA")
    assert (usa.treaty, usa.article, usa.strength) == ("us_japan_1960", "V", 2)
    # An attack on US territory outside Japan does not trigger Art. V.
    guam = scenario.run("USA", "CHN", on="2025-01-01", where="Guam")
    assert "JPN" not in {o.state for o in guam.obliged if o.strength >= 2}


def test_treaty_not_yet_in_force_on_the_date():
    r = scenario.run("PRK", "KOR", on="2024-06-01")
    assert "RUS" not in states(r)
    assert r.strongest("CHN").strength == 5
    assert any(e["treaty"] == "russia_dprk_2024" and "not in force on 2024-06-01" in e["reason"] for e in r.excluded)
    swe = scenario.run("SWE", "RUS", on="2024-03-01")
    assert all(o.treaty != "nato" for o in swe.obliged)
    assert swe.strongest("FIN").treaty == "eu_teu_42_7"
    assert any("SWE was not a party of nato" in e["reason"] for e in swe.excluded)
    after = scenario.run("SWE", "RUS", on="2024-03-07")
    assert after.strongest("USA").treaty == "nato"


def test_suspended_obligations_and_conflicts():
    r = scenario.run("USA", "CHN", on="2025-01-01", where="Guam")
    assert "NZL" not in states(r)
    assert any("suspended" in e["reason"] and e["states"] == ["NZL"] for e in r.excluded)
    greek_turkish = scenario.run("TUR", "GRC", on="2025-01-01")
    assert any(c["state"] == "GRC" and "itself bound" in c["note"] for c in greek_turkish.conflicts)
    assert any(c["state"] == "USA" for c in greek_turkish.conflicts)


def test_date_before_any_treaty_gives_an_explained_empty_result():
    r = scenario.run("KOR", "PRK", on="1900-01-01")
    assert r.obliged == [] and r.rules == []
    assert "No treaty in the registry" in r.notes[0] and "1948-12-03" in r.notes[0]


def test_bad_input_is_explained():
    with pytest.raises(InputError, match=r"E503.*'XYZ'.*--attacked"):
        scenario.run("XYZ", "KOR")
    with pytest.raises(InputError, match=r"E503.*--by"):
        scenario.run("PRK", "Narnia")
    with pytest.raises(InputError, match="E508"):
        scenario.run("KOR", "kor")
    with pytest.raises(InputError, match="E505"):
        scenario.run("KOR", "PRK", on="yesterday")
    with pytest.raises(InputError, match="E506"):
        scenario.run("KOR", "PRK", depth=9)
    with pytest.raises(InputError, match="E504.*Atlantis"):
        scenario.run("KOR", "PRK", where="Atlantis")


def test_a_registry_with_a_broken_entry(tmp_path):
    path = tmp_path / "reg.yaml"
    path.write_text(yaml.safe_dump({"treaties": [{"id": "half_done", "name": "x", "status": "in_force",
                                                  "in_force": "2020-01-01", "parties": [], "clauses": [],
                                                  "sources": ["x"]}]}), encoding="utf-8")
    with pytest.raises(DataError, match=r"E501.*reg\.yaml.*'half_done'.*field parties"):
        scenario.run("KOR", "PRK", registry=treaties.load(path))


def test_armenia_frozen_csto_participation():
    """Issue 11: Armenia froze its CSTO participation in February 2024; it is not reported as bound to act."""
    r = scenario.run("KAZ", "CHN", on="2025-06-01")
    assert "ARM" not in states(r) and {"RUS", "BLR", "KGZ", "TJK"} <= states(r)
    frozen = [e for e in r.excluded if e["states"] == ["ARM"] and e["treaty"] == "csto_1992"]
    assert len(frozen) == 1 and "suspended since 2024-02-22" in frozen[0]["reason"]
    assert "Pashinyan" in frozen[0]["reason"] and frozen[0]["article"] == "4"
    before = scenario.run("KAZ", "CHN", on="2023-06-01")
    assert before.strongest("ARM").treaty == "csto_1992"
    # Armenia attacked: the others are still named by Art. 4, with its frozen status as a condition.
    arm = scenario.run("ARM", "AZE", on="2025-06-01").strongest("RUS")
    assert arm.treaty == "csto_1992" and any(c.startswith("party_status:") and "2024-02-22" in c
                                             for c in arm.conditions)


def test_a_state_that_left_is_reported_as_no_longer_a_party():
    """The depth-2 note for the EU clause used to say the UK 'became one on 2009-12-01'."""
    r = scenario.run("FRA", "RUS", on="2025-06-01", depth=2)
    gbr = [e for e in r.excluded if e["treaty"] == "eu_teu_42_7" and e["states"] == ["GBR"]]
    assert gbr and "no longer a party" in gbr[0]["reason"] and "2020-02-01" in gbr[0]["reason"]
    assert "became one on 2009-12-01" not in gbr[0]["reason"]
    gbr_2019 = scenario.run("FRA", "RUS", on="2019-06-01").strongest("GBR")
    assert gbr_2019.treaty == "nato" and any(a.startswith("eu_teu_42_7") for a in gbr_2019.also)


def test_iran_attacked_after_the_russia_iran_treaty_entered_into_force():
    """Russia-Iran 2025 binds from 2025-10-02, and only not to help the aggressor (strength 0)."""
    r = scenario.run("IRN", "ISR", on="2025-11-01")
    rus = r.strongest("RUS")
    assert (rus.treaty, rus.strength, rus.kind) == ("russia_iran_2025", 1, "consultation")
    assert any("Art. 3(3) (non_assistance, strength 0)" in a for a in rus.also)
    assert not any(o.strength >= 2 for o in r.obliged if o.state == "RUS")
    june = scenario.run("IRN", "ISR", on="2025-06-13")
    assert any(e["treaty"] == "russia_iran_2025" and "not in force on 2025-06-13" in e["reason"] for e in june.excluded)


def test_senkaku_scenario_cites_us_statements_that_art_v_covers_the_islands():
    r = scenario.run("JPN", "CHN", on="2025-06-01", where="Senkaku")
    usa = r.strongest("USA")
    assert (usa.treaty, usa.article) == ("us_japan_1960", "V")
    dates = [s[:10] for s in usa.statements]
    assert {"2014-04-24", "2021-04-16", "2024-04-10", "2025-02-07"} <= set(dates) and dates == sorted(dates)
    assert all("Senkaku" in s and "source:" in s for s in usa.statements)
    # Only statements made by the scenario date, and only for an attack at the Senkakus.
    assert [s[:10] for s in scenario.run("JPN", "CHN", on="2015-01-01", where="Senkaku").strongest("USA").statements] \
        == ["2014-04-24"]
    assert scenario.run("JPN", "CHN", on="2025-06-01").strongest("USA").statements == []
    assert "statements" in r.to_dict()["obliged"][0]


def test_south_china_sea_cites_us_statements_on_us_philippines_art_iv():
    r = scenario.run("PHL", "CHN", on="2025-06-01", where="South China Sea")
    usa = r.strongest("USA")
    assert usa.treaty == "us_philippines_1951" and any(s.startswith("2019-03-01") for s in usa.statements)


def test_taiwan_scenario_shows_strategic_ambiguity_not_a_defence_duty():
    r = scenario.run("TWN", "CHN", on="2025-12-01")
    usa = r.strongest("USA")
    assert (usa.treaty, usa.strength, usa.kind) == ("us_taiwan_tra_1979", 0, "policy_statute")
    assert any(c.startswith("self_judging:") and "Strategic ambiguity" in c for c in usa.conditions)
    assert [s[:10] for s in usa.statements] == ["2022-09-18", "2025-11-02"]
    assert all(o.strength < 2 for o in r.obliged)
    tra = treaties.load().get("us_taiwan_tra_1979")
    assert "not a treaty" in tra.notes and "contested" in tra.notes


def test_ukraine_2024_security_agreements_oblige_consultation_and_support_not_defence():
    r = scenario.run("UKR", "RUS", on="2025-06-01")
    signers = {"GBR", "DEU", "FRA", "DNK", "CAN", "ITA", "NLD", "FIN", "LVA", "ESP", "BEL", "PRT", "SWE", "NOR",
               "ISL", "USA", "JPN", "EUU"}
    assert signers <= states(r)
    assert all(o.treaty == "ukraine_bilateral_security_2024" and o.strength == 1 for o in r.obliged)
    usa = r.strongest("USA")
    assert any("2024-06-13" in c and "Bilateral Security Agreement" in c for c in usa.conditions)
    assert any("military_aid, strength 1" in a for a in usa.also)
    assert not any(x["rule"] == "UN Charter Art. 51" for x in r.rules)  # nobody acts in self-defence by treaty
    # Dated: the UK from 12 January 2024, Germany and France from 16 February, the USA from 13 June 2024.
    early = states(scenario.run("UKR", "RUS", on="2024-02-15"))
    assert early == {"GBR"}
    assert {"GBR", "DEU", "FRA"} == states(scenario.run("UKR", "RUS", on="2024-02-16"))
    assert "USA" not in states(scenario.run("UKR", "RUS", on="2024-06-12"))
    # Armenia's frozen CSTO seat: not listed as the attacker's consultation partner either.
    assert "ARM" not in {o.state for o in r.informational}
