"""Numbered schema migrations, each a function applied once and recorded in ``schema_migrations``.

A database written by an older foedus is brought up to date when it is opened for writing; each
migration runs in its own transaction together with its record, so a crash leaves the database at
the previous version, never half-way. Add a migration by appending to ``MIGRATIONS``; never edit
one that has shipped.
"""

from __future__ import annotations

from typing import Callable

import duckdb

Migration = tuple[int, str, Callable]


def _m001_core(con: duckdb.DuckDBPyConnection) -> None:
    """Articles, their events (flattened), quotes and actor mentions.

    No PRIMARY KEY/UNIQUE constraints: DuckDB rewrites such indexes at every checkpoint, which made
    bulk appends slow down as the file grew. ``Store.write_batch`` (one writer per file, DuckDB's
    lock) keeps ``articles.id`` and ``content_hash`` unique; the dyad and filter queries are scans
    over compressed columns, fast without indexes.
    """
    con.execute("""
        CREATE TABLE articles (
            id VARCHAR NOT NULL,
            content_hash VARCHAR NOT NULL,
            story_id VARCHAR,
            title VARCHAR,
            date DATE,
            source VARCHAR,
            url VARCHAR,
            origin VARCHAR,
            text VARCHAR,
            sentences JSON,
            warnings JSON,
            n_events INTEGER NOT NULL,
            n_quotes INTEGER NOT NULL,
            ingested_at TIMESTAMP NOT NULL
        )""")
    actor_cols = lambda side: ", ".join(  # noqa: E731
        f"{side}_{c} VARCHAR" for c in ("code", "country", "sector", "name", "text"))
    con.execute(f"""
        CREATE TABLE events (
            seq BIGINT NOT NULL,
            id VARCHAR NOT NULL,
            article_id VARCHAR NOT NULL,
            story_id VARCHAR,
            sentence INTEGER,
            evidence VARCHAR,
            span_start INTEGER,
            span_end INTEGER,
            {actor_cols("source")},
            {actor_cols("target")},
            cameo VARCHAR,
            root VARCHAR,
            cameo_name VARCHAR,
            quad_class TINYINT,
            goldstein DOUBLE,
            plover_type VARCHAR,
            plover_mode VARCHAR,
            modality VARCHAR,
            reported_by_code VARCHAR,
            date DATE,
            date_precision VARCHAR,
            place_name VARCHAR,
            place_country VARCHAR,
            lat DOUBLE,
            lon DOUBLE,
            confidence DOUBLE,
            flags JSON
        )""")
    con.execute(f"""
        CREATE TABLE quotes (
            article_id VARCHAR NOT NULL,
            n INTEGER NOT NULL,
            text VARCHAR,
            {actor_cols("speaker")},
            sentence INTEGER,
            span_start INTEGER,
            span_end INTEGER
        )""")
    con.execute("""
        CREATE TABLE actors (
            article_id VARCHAR NOT NULL,
            n INTEGER NOT NULL,
            text VARCHAR,
            code VARCHAR,
            country VARCHAR,
            sector VARCHAR,
            name VARCHAR
        )""")


def _m002_commitments_policies(con: duckdb.DuckDBPyConnection) -> None:
    """Room for treaty commitments and policy stances, and a ``stories`` view for per-story counts."""
    con.execute("""
        CREATE TABLE commitments (
            article_id VARCHAR NOT NULL,
            n INTEGER NOT NULL,
            kind VARCHAR,
            trigger VARCHAR,
            obligation VARCHAR,
            strength INTEGER,
            source_code VARCHAR,
            treaty VARCHAR,
            agrees_with_registry BOOLEAN,
            evidence VARCHAR,
            parties JSON,
            source JSON,
            conditions JSON,
            sentences JSON
        )""")
    con.execute("""
        CREATE TABLE policies (
            article_id VARCHAR NOT NULL,
            n INTEGER NOT NULL,
            actor_code VARCHAR,
            policy VARCHAR,
            shift BOOLEAN,
            date DATE,
            actor JSON,
            signals JSON,
            sentences JSON
        )""")
    con.execute("""
        CREATE VIEW stories AS
        SELECT coalesce(story_id, id) AS story_id,
               count(*) AS n_articles,
               count(DISTINCT source) AS n_sources,
               min(date) AS first_date
        FROM articles
        GROUP BY ALL""")


MIGRATIONS: list[Migration] = [
    (1, "core tables: articles, events, quotes, actors", _m001_core),
    (2, "commitments, policies, stories view", _m002_commitments_policies),
]
LATEST = MIGRATIONS[-1][0]


def ensure_migrations_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("""
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY,
            name VARCHAR NOT NULL,
            applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp
        )""")


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """Highest applied migration, 0 for a new (or non-foedus) database."""
    found = con.execute("SELECT count(*) FROM information_schema.tables "
                        "WHERE table_name = 'schema_migrations'").fetchall()[0][0]
    if not found:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchall()[0][0]


def migrate(con: duckdb.DuckDBPyConnection, target: int = LATEST) -> list[int]:
    """Apply every migration above the current version up to ``target``; returns the versions applied."""
    applied = []
    version = current_version(con)
    for number, name, func in MIGRATIONS:
        if number <= version or number > target:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            ensure_migrations_table(con)    # inside the transaction: a failed first migration leaves no trace
            func(con)
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [number, name])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        applied.append(number)
    return applied
