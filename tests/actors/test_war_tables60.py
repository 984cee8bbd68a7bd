"""Validation of the two actor tables of the sixtieth session (balkan60): data/actors/federal_armies.tsv and
data/actors/court_seats.tsv hold known actor codes, ISO date windows that are not empty, and the word lists their
rules read."""

from __future__ import annotations

from foedus.coder.actors import ActorDictionary, read_tsv


def test_federal_armies_rows_are_valid():
    d = ActorDictionary.default()
    rows = read_tsv("actors/federal_armies.tsv")
    assert rows
    for row in rows:
        assert d.valid_code(str(row["land"])) and d.valid_code(str(row["code"])), row
        assert str(row["from"]) < str(row["until"]), row
        words = str(row["words"]).split("|")
        assert words and all(w and w == w.lower() and " " not in w for w in words), row


def test_court_seats_rows_are_valid():
    d = ActorDictionary.default()
    rows = read_tsv("actors/court_seats.tsv")
    assert rows
    for row in rows:
        assert d.valid_code(str(row["code"])), row
        assert not row.get("until") or str(row["from"]) < str(row["until"]), row
        verbs = str(row["verbs"]).split("|")
        assert verbs and all(v and v == v.lower() and " " not in v for v in verbs), row
        assert str(row["place"]).strip() == str(row["place"]) and row["place"], row
