"""Every actor data file loads, uses known codes, has ordered role dates and no duplicates."""

from __future__ import annotations

from collections import Counter

import pytest

from foedus import data
from foedus.coder import actors
from foedus.coder.actors import ActorDictionary, parse_role, read_tsv
from foedus.errors import DataError

HAND_FILES = ["countries.yaml", "people.yaml", "organisations.yaml", "agents.yaml", "not_actors.yaml"]


def _yaml(name):
    return data.read_yaml(f"actors/{name}")


def test_code_list_has_countries_sectors_and_no_duplicate_rows():
    rows = read_tsv("actors/codes.tsv")
    kinds = Counter(r["kind"] for r in rows)
    assert kinds["country"] >= 230 and kinds["role"] >= 25
    codes = [(r["code"], r["kind"]) for r in rows]
    assert len(codes) == len(set(codes))
    by_code = {r["code"]: r for r in rows}
    assert by_code["ROU"]["kind"] == "country" and by_code["ROM"]["same_as"] == "ROU"
    assert by_code["JAP"]["same_as"] == "JPN"


@pytest.mark.parametrize("name", HAND_FILES)
def test_hand_files_are_lists(name):
    assert isinstance(_yaml(name), list) and _yaml(name)


def test_countries_codes_valid_and_unique(dictionary):
    for name in ("countries.yaml", "phoenix/countries.yaml"):
        rows = _yaml(name)
        codes = [r["code"] for r in rows]
        assert len(codes) == len(set(codes)), f"duplicate country codes in {name}"
        for r in rows:
            # regions (WST, MEA) may be listed when their names only compose with an agent
            kinds = {"country", "region"} if r.get("compose_only") else {"country"}
            assert dictionary.codes.get(r["code"]) in kinds, (name, r["code"])
            for sector in (r.get("seats") or {}).values():
                assert dictionary.valid_code(r["code"] + sector)
    assert len(_yaml("phoenix/countries.yaml")) >= 230


def test_no_name_twice_within_a_country_file():
    for name in ("countries.yaml",):
        seen: dict[str, str] = {}
        for r in _yaml(name):
            for phrase in [*(r.get("names") or []), *(r.get("adjectives") or []), *(r.get("capitals") or [])]:
                key = actors.key_of(phrase)
                assert seen.setdefault(key, r["code"]) == r["code"], f"{phrase!r} is under {seen[key]} and {r['code']}"


def _all_people():
    hand = _yaml("people.yaml")
    phoenix = read_tsv("actors/phoenix/people.tsv")
    return [("people.yaml", p) for p in hand] + [("phoenix/people.tsv", p) for p in phoenix]


def test_people_roles_dates_ordered_and_codes_valid(dictionary):
    problems = []
    for where, p in _all_people():
        raw = p["roles"] if isinstance(p["roles"], list) else (p["roles"] or "").split(";")
        for text in raw:
            if not text.strip():
                continue
            role = parse_role(text, where)
            if not dictionary.valid_code(role.code):
                problems.append((where, p["id"], role.code))
            if role.start and role.end and role.start >= role.end:
                problems.append((where, p["id"], f"{role.start}..{role.end}"))
        if p.get("fallback") and not dictionary.valid_code(p["fallback"]):
            problems.append((where, p["id"], p["fallback"]))
    assert problems == []


def test_person_ids_unique_per_file():
    for name, rows in (("people.yaml", _yaml("people.yaml")), ("phoenix", read_tsv("actors/phoenix/people.tsv"))):
        ids = Counter(r["id"] for r in rows)
        assert [i for i, n in ids.items() if n > 1] == [], name


def test_hand_people_names_unique_and_cover_required_leaders():
    rows = _yaml("people.yaml")
    names = Counter(actors.key_of(r["name"]) for r in rows)
    assert [n for n, c in names.items() if c > 1] == []
    ids = {r["id"] for r in rows}
    for required in ("joe-biden", "donald-trump", "vladimir-putin", "kim-jong-un", "yoon-suk-yeol", "lee-jae-myung",
                     "cho-tae-yul", "chang-ho-jin", "volodymyr-zelensky", "xi-jinping", "antonio-guterres", "mark-rutte"):
        assert required in ids
    assert all(r.get("source") for r in rows)


def test_organisation_codes_valid_and_ids_unique(dictionary):
    rows = _yaml("organisations.yaml")
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert dictionary.valid_code(r["code"]), r
    for r in read_tsv("actors/phoenix/organisations.tsv"):
        assert r["code"] or r["roles"], r
        if r["code"]:
            assert dictionary.valid_code(r["code"]), r


def test_agent_sectors_valid_and_words_unique(dictionary):
    for name in ("agents.yaml", "phoenix/agents.yaml"):
        seen: dict[str, str] = {}
        for row in _yaml(name):
            assert dictionary.valid_code(row["sector"])
            assert not set(row.get("words") or []) & set(row.get("compose_only") or []), row["sector"]
            for word in [*(row.get("words") or []), *(row.get("compose_only") or [])]:
                assert seen.setdefault(word, row["sector"]) == row["sector"] or name.startswith("phoenix"), word


def test_bad_role_is_a_numbered_data_error():
    with pytest.raises(DataError, match=r"\[E202\].*KORGOV 2022"):
        parse_role("KORGOV from 2022", "people.yaml")


def test_unknown_code_in_a_user_file_is_reported(dictionary):
    d = ActorDictionary()
    d.codes = dictionary.codes
    with pytest.raises(DataError, match=r"E203.*XXXGOV"):
        d.load_people([{"id": "x", "name": "X Y", "roles": ["XXXGOV 2020-01-01.."]}], actors.HAND, "people.yaml")


def test_converted_files_are_a_reasonable_size():
    total = sum(data.path(f"actors/phoenix/{n}").stat().st_size
                for n in ("people.tsv", "organisations.tsv", "countries.yaml", "agents.yaml"))
    assert total < 3_000_000


def test_phoenix_conversion_sources_exist_or_skip():
    from pathlib import Path

    src = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "dictionaries"
    if not src.exists():
        pytest.skip(f"Phoenix dictionaries not found at {src} (they live in ../shared, absent from a fresh clone)")
    with (src / "Phoenix.Countries.actors.txt").open(encoding="utf-8", errors="replace") as fh:
        assert any(line.startswith("VLADIMIR_PUTIN_") for line in fh)


def test_held_places_use_known_codes_and_ordered_dates(dictionary):
    rows = read_tsv("actors/held_places.tsv")
    assert rows
    for r in rows:
        assert dictionary.codes.get(r["country"]) == "country" and dictionary.codes.get(r["holder"]) == "country", r
        assert r["country"] != r["holder"], r
        assert not r.get("until") or r["from"] < r["until"], r
        assert all(p.strip() for p in r["places"].split("|")), r


def test_shared_bodies_name_known_countries(dictionary):
    rows = _yaml("shared_bodies.yaml")
    assert {actors.key_of(w) for w in rows} == set(dictionary.shared_bodies)   # a key of several words is joined
    for word, states in rows.items():
        assert word == word.lower() and states and len(states) == len(set(states)), word
        assert all(dictionary.codes.get(s) == "country" for s in states), word
