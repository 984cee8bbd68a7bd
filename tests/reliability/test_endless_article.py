"""An article that never finishes coding is stopped by its time budget and reported with its id;
the next article is still coded: `foedus code`, `foedus ingest`, `foedus batch` (local and on a
Dask worker thread), and `Coder.code_inputs` called from a thread."""

from __future__ import annotations

import json
import threading

import pytest
from click.testing import CliRunner

from foedus.coder import pipeline
from foedus.cli import main
from foedus.reader import ArticleInput, InputProblem

LOOPING = "Atlantis condemned Lemuria over the border wall on Monday."     # stalls (see stall_on_atlantis)
FIRST = "Canada and Norway signed a fisheries agreement in Oslo on Tuesday."
NEXT = "Brazil condemned the coup in Bolivia after the army seized the palace."
LIMIT = "2.5"


@pytest.fixture(scope="module", autouse=True)
def warm(nlp):
    """Code the good articles once without a limit: lazy loads (gazetteer, date parser) are not timed below."""
    coder = pipeline.Coder(nlp, time_limit=0)
    for text in (FIRST, NEXT):
        coder.code_text(text, date="2025-03-06")


@pytest.fixture
def stall_on_atlantis(monkeypatch):
    """The quotes stage loops forever, swallowing ordinary exceptions, on the article naming Atlantis."""
    real = pipeline.quotes.find

    def find(doc, *args, **kwargs):
        if "Atlantis" in doc.text:
            while True:
                try:
                    sum(range(50))
                except Exception:
                    pass
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(pipeline.quotes, "find", find)


def corpus(folder):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "news.jsonl"
    rows = [{"id": "first", "date": "2025-03-06", "text": FIRST},
            {"id": "endless", "date": "2025-03-06", "text": LOOPING},
            {"id": "next", "date": "2025-03-06", "text": NEXT}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_code_command_reports_the_endless_article_and_codes_the_next(tmp_path, nlp, stall_on_atlantis):
    path = corpus(tmp_path)
    res = CliRunner().invoke(main, ["code", str(path), "--time-limit", LIMIT, "-j", "1"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert [d["article"]["id"] if "article" in d else d["id"] for d in lines] == ["first", "endless", "next"]
    error = lines[1]
    assert error["id"] == "endless" and error["where"].endswith("news.jsonl:2")
    assert "[E120]" in error["error"] and "2.5 s" in error["error"] and "foedus.coder.pipeline.code_doc" in error["error"]
    assert any(e["cameo"] == "111" for e in lines[2]["events"])      # Brazil condemned ... coded after it
    assert "[E120]" in res.stderr


def test_ingest_stores_the_others_and_reports_the_endless_one(tmp_path, nlp, stall_on_atlantis):
    from foedus.ingest import ingest
    from foedus.store import Store

    path = corpus(tmp_path / "in")
    summary = ingest([path], tmp_path / "f.duckdb", workers=1, progress=False, coder=pipeline.Coder(nlp),
                     time_limit=float(LIMIT))
    assert summary.new == 2 and summary.seen == 3
    assert len(summary.bad) == 1 and "[E120]" in summary.bad[0][1] and "endless" in summary.bad[0][1]
    with Store(tmp_path / "f.duckdb", read_only=True) as store:
        assert {i for (i,) in store.con.execute("SELECT id FROM articles").fetchall()} == {"first", "next"}
        assert store.article("next") is not None


def _batch_errors(out):
    return [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]


def test_batch_local_writes_the_endless_article_to_errors_jsonl(tmp_path, nlp, stall_on_atlantis):
    from foedus.batch import run_batch

    path = corpus(tmp_path / "in")
    out = tmp_path / "out"
    summary = run_batch([str(path)], out, engine="local", progress=False, time_limit=LIMIT)
    assert not summary.failed and summary.articles == 2 and summary.errors == 1
    [error] = _batch_errors(out)
    assert error["id"] == "endless" and "[E120]" in error["reason"]


@pytest.mark.slow
def test_batch_on_a_dask_worker_thread_stops_the_endless_article(tmp_path, nlp, stall_on_atlantis):
    distributed = pytest.importorskip("distributed")
    from foedus.batch import run_batch

    path = corpus(tmp_path / "in")
    out = tmp_path / "out"
    # in-process workers: the task runs in a worker thread (no signals there) and sees the monkeypatch
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        summary = run_batch([str(path)], out, engine="dask", client=client, progress=False, time_limit=LIMIT)
    assert not summary.failed and summary.articles == 2 and summary.errors == 1
    [error] = _batch_errors(out)
    assert error["id"] == "endless" and "[E120]" in error["reason"]


def test_code_inputs_in_a_thread_is_stopped_by_the_watchdog(nlp, stall_on_atlantis):
    coder = pipeline.Coder(nlp, time_limit=float(LIMIT))
    items = [ArticleInput(id=i, text=t, date="2025-03-06", origin=f"mem:{i}")
             for i, t in (("first", FIRST), ("endless", LOOPING), ("next", NEXT))]
    outcome: dict = {}

    def run():
        try:
            outcome["out"] = list(coder.code_inputs(items))
        except BaseException as exc:  # noqa: BLE001
            outcome["error"] = repr(exc)

    t = threading.Thread(target=run)
    t.start()
    t.join(60)
    assert not t.is_alive() and "error" not in outcome, outcome
    out = outcome["out"]
    assert isinstance(out[1], InputProblem) and out[1].id == "endless" and "[E120]" in out[1].message
    assert [r.article.id for r in (out[0], out[2])] == ["first", "next"]
    assert out[2].events
