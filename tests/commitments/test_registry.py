"""The treaty registry: packaged data validates, dates bind correctly, broken files fail clearly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from foedus.commitments import treaties
from foedus.errors import DataError, InputError

D = dt.date
SHARED_REFERENCE = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "treaties.yaml"


@pytest.fixture(scope="module")
def reg():
    return treaties.load()


def _ids(pairs):
    return {(t.id, c.article) for t, c in pairs}


def test_packaged_registry_loads_with_unique_ids_and_sources(reg):
    ids = [t.id for t in reg.treaties]
    assert len(ids) == len(set(ids)) >= 20
    assert all(t.sources for t in reg.treaties)
    assert {"nato", "us_rok_1953", "us_japan_1960", "china_dprk_1961", "russia_dprk_2024"} <= set(ids)


def test_nato_accession_dates(reg):
    nato = reg.get("nato")
    assert nato.member_on("FIN", D(2023, 4, 4)) and not nato.member_on("FIN", D(2023, 4, 3))
    assert nato.member_on("SWE", D(2024, 3, 7)) and not nato.member_on("SWE", D(2024, 3, 6))
    assert len(nato.members_on(D(2025, 1, 1))) == 32
    assert len(nato.members_on(D(1950, 1, 1))) == 12


def test_binding_on_a_date(reg):
    assert ("russia_dprk_2024", "4") in _ids(reg.binding("PRK", D(2025, 1, 1)))
    assert ("russia_dprk_2024", "4") not in _ids(reg.binding("PRK", D(2024, 6, 1)))
    assert ("china_dprk_1961", "II") in _ids(reg.binding("PRK", D(2024, 6, 1)))
    strengths = [c.strength for _, c in reg.binding("PRK", D(2025, 1, 1))]
    assert strengths == sorted(strengths, reverse=True)
    assert "nato" not in {t.id for t, _ in reg.binding("SWE", D(2024, 3, 1))}
    assert "nato" in {t.id for t, _ in reg.binding("SWE", D(2024, 3, 8))}
    assert reg.binding("KOR", D(1900, 1, 1)) == []


def test_gb_left_the_eu_clause(reg):
    eu = reg.get("eu_teu_42_7")
    assert eu.member_on("GBR", D(2019, 6, 1)) and not eu.member_on("GBR", D(2021, 1, 1))


def test_partial_dates_count_from_the_end_of_the_period():
    assert treaties.period("2025-03") == D(2025, 3, 31)
    assert treaties.period("2022") == D(2022, 12, 31)
    assert treaties.period("2025-03", end=False) == D(2025, 3, 1)
    assert treaties.period("2024-12-04") == D(2024, 12, 4)


def test_places_and_country_names(reg):
    senkaku = reg.place("Diaoyu")
    assert senkaku.name == "Senkaku Islands" and senkaku.holder == "JPN" and "CHN" in senkaku.claimed_by
    assert reg.place("hawaii").country == "USA"
    assert reg.place("North Korea").kind == "country"
    assert reg.country_code("north korea") == "PRK"
    with pytest.raises(InputError, match=r"E504.*Atlantis"):
        reg.place("Atlantis")
    with pytest.raises(InputError, match=r"E503.*'QQQ'.*--attacked"):
        reg.country_code("QQQ", "--attacked")


def _write(tmp_path: Path, treaty: dict) -> Path:
    path = tmp_path / "my_treaties.yaml"
    path.write_text(yaml.safe_dump({"schema_version": 1, "treaties": [treaty]}), encoding="utf-8")
    return path


GOOD = {
    "id": "test_pact", "name": "Test Pact", "signed": "2020-01-01", "in_force": "2020-02-01", "status": "in_force",
    "parties": [{"code": "CHL", "entry": "2020-02-01"}, {"code": "NZL", "entry": "2020-02-01"}],
    "clauses": [{"article": "1", "kind": "consultation", "obligation": "Consult.", "strength": 1,
                 "trigger": {"attack": "threat", "victim": "any_party", "where": "anywhere", "text": "A threat."}}],
    "sources": ["invented for a test"],
}


def test_a_user_registry_loads_and_binds(tmp_path):
    reg = treaties.load(_write(tmp_path, GOOD))
    assert _ids(reg.binding("CHL", D(2021, 1, 1))) == {("test_pact", "1")}


@pytest.mark.parametrize("change, field, words", [
    (lambda t: t["clauses"][0].update(strength=7), "clauses[0].strength", "less than or equal to 5"),
    (lambda t: t["clauses"][0]["trigger"].update(where="zone", zone="moon"), "clauses[0].trigger.zone", "unknown zone"),
    (lambda t: t["parties"][0].update(code="XYZ"), "parties[0].code", "unknown country code 'XYZ'"),
    (lambda t: t["parties"][1].update(entry="2020-13-45"), "parties[1].entry", "not a date"),
    (lambda t: t.pop("sources"), "sources", "Field required"),
    (lambda t: t["clauses"][0].update(kind="friendship"), "clauses[0].kind", "Input should be"),
    (lambda t: t.update(in_force="2019-01-01"), "in_force", "before signed"),
])
def test_a_broken_entry_names_file_treaty_and_field(tmp_path, change, field, words):
    bad = yaml.safe_load(yaml.safe_dump(GOOD))
    change(bad)
    path = _write(tmp_path, bad)
    with pytest.raises(DataError) as info:
        treaties.load(path)
    msg = str(info.value)
    assert msg.startswith("[E501]")
    assert str(path) in msg and "'test_pact'" in msg and f"field {field}:" in msg and words in msg


def test_unreadable_registries(tmp_path, monkeypatch):
    with pytest.raises(InputError, match="E502.*does not exist"):
        treaties.load(tmp_path / "missing.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("treaties: [\n  - id: x\n", encoding="utf-8")
    with pytest.raises(DataError, match="E502.*invalid YAML"):
        treaties.load(broken)
    (tmp_path / "empty.yaml").write_text("schema_version: 1\n", encoding="utf-8")
    with pytest.raises(DataError, match='E502.*"treaties:"'):
        treaties.load(tmp_path / "empty.yaml")
    monkeypatch.setenv("FOEDUS_TREATIES", str(_write(tmp_path, GOOD)))
    assert [t.id for t in treaties.load().treaties] == ["test_pact"]


def test_registry_keeps_the_reference_facts(reg):
    """Every treaty and clause strength in ../shared/reference is kept (the project's own file)."""
    if not SHARED_REFERENCE.exists():
        pytest.skip(f"reference registry not found at {SHARED_REFERENCE} (it lives in ../shared)")
    ref = yaml.safe_load(SHARED_REFERENCE.read_text(encoding="utf-8"))
    ours = {t.id: t for t in reg.treaties}
    for entry in ref["treaties"]:
        assert entry["id"] in ours, entry["id"]
        mine = {c.article: c for c in ours[entry["id"]].clauses}
        for clause in entry.get("clauses", []):
            if clause["kind"] == "scope_definition" and str(clause["article"]) not in mine:
                continue  # folded into the trigger of the clause it scopes (zone, forces abroad)
            assert str(clause["article"]) in mine, (entry["id"], clause["article"])
            assert mine[str(clause["article"])].strength == clause["strength"], (entry["id"], clause["article"])
        assert set(entry["parties"]) <= {p.code for p in ours[entry["id"]].parties}, entry["id"]


def test_gb_left_the_eu_on_31_january_2020(reg):
    """Issue 11: the UK was a member state on 2020-01-31 and was not one from 2020-02-01."""
    eu = reg.get("eu_teu_42_7")
    assert eu.member_on("GBR", D(2020, 1, 31)) and not eu.member_on("GBR", D(2020, 2, 1))
    assert not eu.member_on("GBR", D(2009, 11, 30)) and eu.member_on("GBR", D(2009, 12, 1))
    reason = eu.membership_reason("GBR", D(2025, 6, 1))
    assert "no longer a party" in reason and "2020-02-01" in reason
    # Every other party: from the Lisbon Treaty (2009-12-01), Croatia from its accession (2013-07-01), none left.
    members = eu.members_on(D(2025, 6, 1))
    assert len(members) == 27 and "GBR" not in members
    assert all(p.entry == ("2013-07-01" if p.code == "HRV" else "2009-12-01") for p in eu.parties)
    assert [p.code for p in eu.parties if p.exit] == ["GBR"]
    assert not eu.member_on("HRV", D(2013, 6, 30)) and eu.member_on("HRV", D(2013, 7, 1))


def test_armenia_csto_participation_suspended_since_february_2024(reg):
    csto = reg.get("csto_1992")
    assert csto.member_on("ARM", D(2025, 6, 1))  # still a party: no formal withdrawal
    assert csto.suspended_party("ARM", D(2024, 2, 21)) is None
    status = csto.suspended_party("ARM", D(2024, 2, 22))
    assert status is not None and status.since == "2024-02-22" and "Pashinyan" in status.source
    assert csto.suspended_party("RUS", D(2025, 6, 1)) is None


ARM_STATUS = {"status": "suspended", "since": "2024-02-22", "source": "a statement, 2024-02-22"}


@pytest.mark.parametrize("status, field, words", [
    ({**ARM_STATUS, "status": "withdrawn"}, "parties[0].status[0].status", "exit date"),
    ({**ARM_STATUS, "status": "frozen"}, "parties[0].status[0].status", "not a party status"),
    ({**ARM_STATUS, "since": "2019-01-01"}, "parties[0].status[0].since", "before the party's entry"),
    ({**ARM_STATUS, "until": "2023-01-01"}, "parties[0].status[0].until", "before since"),
    ({k: v for k, v in ARM_STATUS.items() if k != "source"}, "parties[0].status[0].source", "Field required"),
])
def test_a_broken_party_status_names_the_field(tmp_path, status, field, words):
    bad = yaml.safe_load(yaml.safe_dump(GOOD))
    bad["parties"][0]["status"] = [status]
    path = _write(tmp_path, bad)
    with pytest.raises(DataError) as info:
        treaties.load(path)
    assert f"field {field}:" in str(info.value) and words in str(info.value)


def test_party_status_intervals_must_not_overlap(tmp_path):
    bad = yaml.safe_load(yaml.safe_dump(GOOD))
    bad["parties"][0]["status"] = [ARM_STATUS, {**ARM_STATUS, "since": "2024-05-01"}]
    with pytest.raises(DataError, match=r"status\[1\]\.since.*must not overlap"):
        treaties.load(_write(tmp_path, bad))
    good = yaml.safe_load(yaml.safe_dump(GOOD))
    good["parties"][0]["status"] = [{**ARM_STATUS, "until": "2024-05-01"},
                                    {**ARM_STATUS, "status": "active", "since": "2024-05-01"}]
    t = treaties.load(_write(tmp_path, good)).get("test_pact")
    assert t.suspended_party("CHL", D(2024, 3, 1)) and not t.suspended_party("CHL", D(2024, 6, 1))


def test_russia_iran_treaty_in_force_from_2_october_2025_without_a_defence_clause(reg):
    t = reg.get("russia_iran_2025")
    assert not t.in_force_on(D(2025, 10, 1)) and t.in_force_on(D(2025, 10, 2))
    assert t.member_on("IRN", D(2025, 10, 2)) and not t.member_on("IRN", D(2025, 6, 13))
    assert all(c.kind not in treaties.DEFENCE_KINDS for c in t.clauses)
    assert max(c.strength for c in t.clauses) <= 1 and "No mutual-defence clause" in t.notes


def test_a_statement_must_name_known_places_and_states(tmp_path):
    bad = yaml.safe_load(yaml.safe_dump(GOOD))
    bad["clauses"][0]["statements"] = [{"date": "2020-05-01", "by": "CHL", "text": "x", "source": "y",
                                        "places": ["Atlantis"]}]
    with pytest.raises(DataError, match=r"clauses\[0\]\.statements\[0\]\.places.*Atlantis"):
        treaties.load(_write(tmp_path, bad))
    bad["clauses"][0]["statements"][0].update(places=[], by="XYZ")
    with pytest.raises(DataError, match=r"statements\[0\]\.by.*XYZ"):
        treaties.load(_write(tmp_path, bad))


def test_ukraine_security_agreements_have_dates_and_sources(reg):
    t = reg.get("ukraine_bilateral_security_2024")
    assert len(t.members_on(D(2025, 6, 1))) >= 26
    assert all(p.note and p.entry.startswith("2024-") for p in t.parties if p.code != "UKR")
    assert {c.kind: c.strength for c in t.clauses} == {"consultation": 1, "military_aid": 1}
    assert all(c.trigger.victim == ["UKR"] for c in t.clauses)
    assert reg.country_code("EU") == "EUU"


def test_term_notes_current_as_of_late_2025(reg):
    """Issue 11 scan: no claim that the China-DPRK treaty needs 20-year renewals; terms of 2021 and 2024 noted."""
    assert "Art. VII" in reg.get("china_dprk_1961").term_note
    assert "renewed by practice" not in reg.get("china_dprk_1961").term_note
    assert "2027" in reg.get("china_russia_2001").term_note
    compacts = reg.get("us_compacts_free_association")
    assert "2024" in compacts.term_note and any("2024" in s for s in compacts.sources)
