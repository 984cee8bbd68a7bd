"""Schema versions: an old database is migrated when opened for writing, never when read-only."""

from __future__ import annotations

import duckdb
import pytest
from store_factory import numbered_article

from foedus.errors import StoreError
from foedus.store import SCHEMA_VERSION, Store
from foedus.store import migrations


def _make_v1(path):
    con = duckdb.connect(str(path))
    migrations.migrate(con, target=1)
    con.execute("INSERT INTO articles (id, content_hash, title, n_events, n_quotes, ingested_at) "
                "VALUES ('old-1', 'hash-old-1', 'Stored by version 1', 0, 0, TIMESTAMP '2024-01-02 03:04:05')")
    con.close()


def test_v1_database_is_migrated_and_keeps_its_data(tmp_path):
    path = tmp_path / "v1.duckdb"
    _make_v1(path)
    with pytest.raises(StoreError, match=r"\[E404\].*version 1"):
        Store(path, read_only=True)
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 2
        assert store.article("old-1")["title"] == "Stored by version 1"
        assert store.stats()["stories"] == 1 and store.stats()["commitments"] == 0
        assert store.write_batch([numbered_article(3)]) == 1
        applied = store.con.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert [v for v, _ in applied] == [1, 2]
    with Store(path, read_only=True) as store:      # now current: read-only works
        assert store.stats()["articles"] == 2


def test_newer_database_is_refused(tmp_path):
    path = tmp_path / "future.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_migrations (version, name) VALUES (99, 'from the future')")
    con.close()
    with pytest.raises(StoreError, match=r"\[E403\].*version 99"):
        Store(path)


def test_migrations_are_numbered_in_order():
    numbers = [n for n, _, _ in migrations.MIGRATIONS]
    assert numbers == list(range(1, len(numbers) + 1))
