"""Batch coding: partitions, Parquet output, errors file, resume, Dask cluster, load into the store.

Most tests use a small stub coder (fast, independent of the NLP model); the last ones run the
real pipeline on a LocalCluster and compare with the single-process coder.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from foedus import batch
from foedus.errors import FoedusError, InputError
from foedus.ingest.readers import read_inputs
from foedus.reader import ArticleInput, InputProblem, read_jsonl
from foedus.schema import Actor, Article, CodingResult, Commitment, Event, Location, Plover, Policy, Quote

ARTICLES = [
    ("m1", "2024-05-30", "Japan condemned the naval drills held near its southern islands by Chinese ships."),
    ("m2", "2024-06-03", "Germany pledged new air defence systems to Ukraine during a visit to Kyiv."),
    ("m3", "2024-06-14", "The Egyptian foreign minister met his Turkish counterpart in Cairo to discuss Gaza."),
    ("m4", None, "India and Brazil signed an agreement on farm trade after two days of talks."),
    ("m5", "2024-07-01", "France recalled its ambassador from Iran after two French citizens were detained."),
    ("m6", "2024-07-09", "Russia accused Ukraine of shelling a power station near the border on Monday."),
]


def write_corpus(folder: Path, bad: bool = True) -> list[Path]:
    """Two JSONL files (the second with a malformed line, an empty text and a record the coder rejects)."""
    folder.mkdir(parents=True, exist_ok=True)
    first = folder / "a.jsonl"
    second = folder / "b.jsonl"
    rows = [json.dumps({"id": i, "date": d, "text": t, "source": "Test Wire"}) for i, d, t in ARTICLES]
    first.write_text("\n".join(rows[:4]) + "\n", encoding="utf-8")
    lines = rows[4:]
    if bad:
        lines = [lines[0], '{"id": "broken", "text": "no closing brace"', json.dumps({"id": "blank", "text": "   "}),
                 json.dumps({"id": "reject", "date": "2024-07-02", "text": "Spain STUBFAIL criticised Morocco over the fishing rules."}),
                 lines[1]]
    second.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [first, second]


class StubCoder:
    """Stands in for ``pipeline.Coder``: deterministic results touching every output table."""

    instances = 0

    def __init__(self):
        StubCoder.instances += 1

    def code_inputs(self, inputs, n_process=1, batch_size=16):
        for item in inputs:
            if isinstance(item, InputProblem):
                yield item
            elif "STUBFAIL" in item.text:
                yield InputProblem(where=item.origin, message="could not be coded: ValueError('stub refuses')")
            else:
                yield self.code(item)

    @staticmethod
    def code(item: ArticleInput) -> CodingResult:
        words = item.text.split()
        src = Actor(text=words[0], code=words[0][:3].upper(), country=words[0][:3].upper(), sector=None, name=words[0])
        tgt = Actor(text=words[-1], code=words[-1][:3].upper() + "GOV", country=words[-1][:3].upper(), sector="GOV")
        art = Article(id=item.id, title=item.title, date=item.date, source=item.source, url=item.url,
                      sentences=[item.text])
        events = [Event(id=f"{item.id}-e{n}", sentence=0, evidence=" ".join(words[n:n + 3]), span=[n, n + 9],
                        source=src, target=tgt if n == 0 else None, cameo="111", root="11", cameo_name="Criticize",
                        quad_class=3, goldstein=-2.0, plover=Plover("ACCUSE", None if n else "disapprove"),
                        modality="asserted", reported_by=tgt if n else None, date=item.date,
                        date_precision="day" if item.date else None,
                        location=Location("Cairo", "EGY", 30.04, 31.24) if "Cairo" in item.text else None,
                        confidence=0.8, flags=[{"rule": "r1", "reason": "test"}] if n else [])
                  for n in range(1 + len(words) % 2)]
        return CodingResult(
            article=art, events=events, actors=[src, tgt],
            quotes=[Quote(text=words[1], speaker=src, sentence=0, span=[0, 5])],
            commitments=[Commitment(parties=[src, tgt], kind="defence", trigger="attack", obligation="assist",
                                    strength=2, conditions=["if asked"], source=src, treaty=None,
                                    agrees_with_registry=None, sentences=[0], evidence=item.text[:20])],
            policies=[Policy(actor=src, policy="engage", shift=False, signals=["met"], date=item.date, sentences=[0])],
            warnings=list(item.warnings))


def table_rows(out: Path, table: str) -> list[dict]:
    rows = []
    for path in sorted((out / table).glob("month=*/part-*.parquet")):
        month = path.parent.name.split("=", 1)[1]
        rows.extend({**r, "_month": month} for r in pq.read_table(path).to_pylist())
    return rows


def errors_of(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]


# ---- planning and reading -------------------------------------------------------------------------------
def test_plan_cuts_large_files_and_groups_text_files(tmp_path):
    big = tmp_path / "big.jsonl"
    big.write_text("".join(json.dumps({"id": str(i), "text": f"Item {i} text."}) + "\n" for i in range(1200)))
    texts = []
    for n in range(3):
        texts.append(tmp_path / f"t{n}.txt")
        texts[-1].write_text(f"Kenya and Uganda held talks number {n}.")
    parts = batch.plan_partitions([big, *texts], records_per_partition=500)
    assert [(p.first_line, p.last_line) for p in parts[:3]] == [(1, 500), (501, 1000), (1001, 1200)]
    assert parts[3].paths == tuple(str(t) for t in texts)
    assert len({p.id for p in parts}) == 4
    assert [p.id for p in batch.plan_partitions([big, *texts], 500)] == [p.id for p in parts]  # stable ids


def test_partitions_read_exactly_what_read_jsonl_reads(tmp_path):
    paths = write_corpus(tmp_path / "corpus")
    latin = tmp_path / "corpus" / "c.jsonl"
    latin.write_bytes(b'{"text": "Chile signed a deal with Peru on caf\xe9 exports."}\r\n\n')
    expected = [x for p in [*paths, latin] for x in read_jsonl(p, date="2024-01-02")]
    parts = batch.plan_partitions([*paths, latin], records_per_partition=2)
    got = [x for part in parts for x in batch.partition_inputs(part, date="2024-01-02")]
    assert got == expected
    assert any(isinstance(x, InputProblem) and "[E105]" in x.message for x in got)
    assert any(isinstance(x, ArticleInput) and x.warnings for x in got)  # the Windows-1252 line, with W102


def test_bad_whole_files_become_one_error_each(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n")
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b"\x00\x01\x02" * 50)
    out = tmp_path / "out"
    batch.run_batch([str(empty), str(binary)], out, engine="local", progress=False, coder_factory=StubCoder)
    reasons = [e["reason"] for e in errors_of(out)]
    assert len(reasons) == 2 and "[E102]" in reasons[0] and "[E103]" in reasons[1]


def test_no_matching_input_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match=r"\[E702\].*nothing-\*\.jsonl"):
        batch.run_batch([str(tmp_path / "nothing-*.jsonl")], tmp_path / "out", engine="local", progress=False)


# ---- output, errors, resume ----------------------------------------------------------------------------
def test_local_run_writes_partitioned_parquet_and_errors(tmp_path):
    paths = write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    summary = batch.run_batch([str(tmp_path / "corpus" / "*.jsonl")], out, engine="local", progress=False,
                              coder_factory=StubCoder)
    assert summary.articles == 6 and summary.errors == 3 and summary.partitions == 2 and not summary.failed
    events = table_rows(out, "events")
    expected = [ev for item in read_inputs(paths) if isinstance(item, ArticleInput) and "STUBFAIL" not in item.text
                for ev in StubCoder.code(item).events]
    assert sorted(e["id"] for e in events) == sorted(ev.id for ev in expected)
    assert summary.events == len(events)
    months = {e["article_id"]: e["_month"] for e in events}
    assert months["m1"] == "2024-05" and months["m4"] == "undated" and months["m6"] == "2024-07"
    assert "seq" not in events[0] and "month" not in events[0]
    from foedus.store.rows import EVENT_COLUMNS

    assert list(pq.read_schema(next((out / "events").rglob("*.parquet"))).names) == [c for c, _ in EVENT_COLUMNS[1:]]
    for table in ("articles", "actors", "quotes", "commitments", "policies"):
        assert len({r["article_id"] if table != "articles" else r["id"] for r in table_rows(out, table)}) == 6
    errs = errors_of(out)
    assert [e["where"] for e in errs] == [f"{paths[1]}:2", f"{paths[1]}:3", f"{paths[1]}:4"]
    assert "[E105]" in errs[0]["reason"] and "[E106]" in errs[1]["reason"] and "stub refuses" in errs[2]["reason"]
    assert {r["origin"] for r in table_rows(out, "articles") if r["id"] == "m6"} == {f"{paths[1]}:5"}


def test_rerun_resumes_without_duplicating(tmp_path):
    write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    pattern = [str(tmp_path / "corpus" / "*.jsonl")]
    batch.run_batch(pattern, out, engine="local", progress=False, coder_factory=StubCoder, records_per_partition=2)
    first = sorted(r["id"] for r in table_rows(out, "events"))
    errors = errors_of(out)
    done = sorted((out / "_done").iterdir())
    assert len(done) == 5  # a.jsonl: 4 lines, b.jsonl: 5 lines, 2 per partition
    # Simulate a crash in one partition: files written, marker missing.
    done[1].unlink()
    again = batch.run_batch(pattern, out, engine="local", progress=False, coder_factory=StubCoder,
                            records_per_partition=2)
    assert again.skipped == 4 and again.partitions == 5 and again.coded == 2 and again.articles == 6
    assert sorted(r["id"] for r in table_rows(out, "events")) == first
    assert errors_of(out) == errors
    third = batch.run_batch(pattern, out, engine="local", progress=False, coder_factory=StubCoder,
                            records_per_partition=2)
    assert third.skipped == 5 and third.articles == 6 and third.coded == 0
    assert sorted(r["id"] for r in table_rows(out, "events")) == first and errors_of(out) == errors
    assert not list(out.rglob("*.tmp"))


def test_dask_cluster_output_equals_local_output(tmp_path):
    distributed = pytest.importorskip("distributed")
    write_corpus(tmp_path / "corpus")
    pattern = [str(tmp_path / "corpus" / "*.jsonl")]
    batch.run_batch(pattern, tmp_path / "local", engine="local", progress=False, coder_factory=StubCoder,
                    records_per_partition=2)
    StubCoder.instances = 0
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        summary = batch.run_batch(pattern, tmp_path / "dask", engine="dask", progress=False, coder_factory=StubCoder,
                                  records_per_partition=2, client=client, window=2)
    assert summary.articles == 6 and summary.partitions == 5
    assert StubCoder.instances <= 2  # one coder per worker, not per partition
    for table in batch.TABLES:
        key = lambda r: (r.get("article_id") or r["id"], r.get("id"), r.get("n"))  # noqa: E731
        local = sorted(table_rows(tmp_path / "local", table), key=key)
        remote = sorted(table_rows(tmp_path / "dask", table), key=key)
        for row in local + remote:
            row.pop("ingested_at", None)
        assert local == remote, table
    assert errors_of(tmp_path / "local") == errors_of(tmp_path / "dask")


def test_without_dask_the_cli_says_how_to_install(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from foedus.cli import main

    write_corpus(tmp_path / "corpus", bad=False)
    monkeypatch.setitem(sys.modules, "distributed", None)
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "corpus" / "*.jsonl"), "--out", str(tmp_path / "o"),
                                       "--engine", "dask", "--no-progress"])
    assert result.exit_code == 1
    assert "[E701]" in result.output and "pip install 'foedus[dask]'" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_bad_worker_count_is_a_one_line_error(tmp_path):
    from click.testing import CliRunner

    from foedus.cli import main

    result = CliRunner().invoke(main, ["batch", "x.jsonl", "--out", str(tmp_path / "o"), "--workers", "0"])
    assert result.exit_code == 1 and "[E454]" in result.output and "--workers" in result.output


# ---- load -------------------------------------------------------------------------------------------------
def test_rows_rebuild_the_same_store_rows(tmp_path):
    from foedus.store.rows import build_tables

    write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    batch.run_batch([str(tmp_path / "corpus")], out, engine="local", progress=False, coder_factory=StubCoder)
    for part_id in batch.finished_partitions(out):
        rows = batch.read_partition(out, part_id)
        rebuilt = build_tables(batch.results_from_rows(rows), 0, rows["articles"][0]["ingested_at"])
        for table in batch.TABLES:
            again = rebuilt[table].to_pylist()
            if table == "events":
                for r in again:
                    r.pop("seq")
            key = lambda r: (r.get("article_id") or r["id"], r.get("id"), r.get("n"))  # noqa: E731
            assert sorted(again, key=key) == sorted(rows[table], key=key), table


def test_load_into_the_store_once(tmp_path):
    from foedus.store import Store

    write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    batch.run_batch([str(tmp_path / "corpus" / "*.jsonl")], out, engine="local", progress=False,
                    coder_factory=StubCoder, records_per_partition=3)
    db = tmp_path / "f.duckdb"
    first = batch.load_batch(out, db, progress=False)
    second = batch.load_batch(out, db, progress=False)
    assert (first.articles_written, second.articles_written) == (6, 0)
    with Store(db, read_only=True) as store:
        stats = store.stats()
        assert stats["events"] == len(table_rows(out, "events"))
        art = store.article("m3")
        assert art["events"][0]["place_name"] == "Cairo"


def test_load_of_an_empty_folder_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match=r"\[E705\]"):
        batch.load_batch(tmp_path, tmp_path / "f.duckdb", progress=False)


# ---- the real pipeline on a LocalCluster --------------------------------------------------------------------
@pytest.fixture(scope="module")
def real_coder():
    try:
        from foedus.coder.pipeline import Coder

        Coder()   # loads the model and every dictionary: the real pipeline must be complete
    except (ImportError, FoedusError) as exc:   # the coder's own tests report its problems
        pytest.skip(f"the core coder does not load ({exc}); batch tests with the real pipeline need it")
    return Coder


@pytest.mark.slow
def test_cluster_codes_exactly_like_the_single_process_coder(tmp_path, real_coder):
    distributed = pytest.importorskip("distributed")
    from foedus.store.rows import build_tables

    paths = write_corpus(tmp_path / "corpus")
    single = [r for r in real_coder().code_inputs(read_inputs(paths)) if not isinstance(r, InputProblem)]
    expected = build_tables([(_record(r), r) for r in single], 0, None)["events"].drop_columns(["seq"]).to_pylist()
    out = tmp_path / "out"
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        summary = batch.run_batch([str(p) for p in paths], out, engine="dask", progress=False, client=client,
                                  records_per_partition=3)
        assert summary.articles == 7 and summary.errors == 2  # the stub marker means nothing to the real coder
        got = [{k: v for k, v in r.items() if k != "_month"} for r in table_rows(out, "events")]
        assert sorted(got, key=lambda r: r["id"]) == sorted(expected, key=lambda r: r["id"])
        assert expected, "the real coder found no events in the test corpus"
        before = len(got)
        again = batch.run_batch([str(p) for p in paths], out, engine="dask", progress=False, client=client,
                                records_per_partition=3)
    assert again.skipped == again.partitions and len(table_rows(out, "events")) == before


def _record(result):
    from foedus.store import ArticleRecord

    return ArticleRecord(id=result.article.id, content_hash="x")


class DyingCoder(StubCoder):
    """Kills its worker process the first time it codes a given partition's first record."""

    flag_dir = ""

    def code_inputs(self, inputs, n_process=1, batch_size=16):
        import os

        for out in super().code_inputs(inputs, n_process, batch_size):
            flag = Path(self.flag_dir) / f"{getattr(out, 'article', None) and out.article.id}.died"
            if getattr(out, "article", None) is not None and out.article.id == "m2" and not flag.exists():
                flag.write_text("x")
                os._exit(3)  # the worker process dies mid-partition, after nothing was marked done
            yield out


def test_a_dying_worker_is_replaced_and_its_partition_redone(tmp_path):
    distributed = pytest.importorskip("distributed")
    import cloudpickle

    write_corpus(tmp_path / "corpus")
    flags = tmp_path / "flags"
    flags.mkdir()

    def factory():
        coder = DyingCoder()
        coder.flag_dir = str(flags)
        return coder

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the worker process cannot import this test file
    try:
        with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                                      silence_logs=50) as cluster, distributed.Client(cluster) as client:
            summary = batch.run_batch([str(tmp_path / "corpus" / "*.jsonl")], tmp_path / "out", engine="dask",
                                      progress=False, coder_factory=factory, client=client)
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert (flags / "m2.died").exists()  # the worker really died once
    assert summary.articles == 6 and not summary.failed
    assert sorted({r["article_id"] for r in table_rows(tmp_path / "out", "events")}) == ["m1", "m2", "m3", "m4", "m5", "m6"]
    ids = [r["id"] for r in table_rows(tmp_path / "out", "events")]
    assert len(ids) == len(set(ids))


def test_load_command_reports_what_it_wrote(tmp_path):
    from click.testing import CliRunner

    from foedus.cli import main

    write_corpus(tmp_path / "corpus")
    batch.run_batch([str(tmp_path / "corpus")], tmp_path / "out", engine="local", progress=False,
                    coder_factory=StubCoder)
    args = ["load", str(tmp_path / "out"), "--db", str(tmp_path / "f.duckdb"), "--no-progress"]
    first = CliRunner().invoke(main, args)
    second = CliRunner().invoke(main, args)
    assert first.exit_code == 0 and "6 new article(s) of 6" in first.output
    assert second.exit_code == 0 and "0 new article(s) of 6" in second.output
    missing = CliRunner().invoke(main, ["load", str(tmp_path / "corpus"), "--db", str(tmp_path / "g.duckdb")])
    assert missing.exit_code == 1 and "[E705]" in missing.output and "Traceback" not in missing.output
