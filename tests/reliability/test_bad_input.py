"""One record must not kill the run: bad characters are replaced at the reading boundary (W120),
`code_text` cuts long texts like the CLI (E111) and names a wrong type (E121), a record whose
parse or coding fails is an error record with its id, and a dropped event is said (W121)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from foedus import reader, taxonomy
from foedus.coder import pipeline
from foedus.cli import main
from foedus.errors import DataError, InputError, InputTypeError
from foedus.reader import ArticleInput, InputProblem

sys.path.insert(0, str(Path(__file__).parent.parent / "ingest"))
from stub_coder import StubCoder  # noqa: E402

GOOD = "Germany pledged air defence systems to Ukraine during a visit to Kyiv on Monday."
# JSON escapes, as a feed converter writes them: a lone surrogate, a NUL, an escape character
BAD_LINE = ('{"id": "bad", "date": "2024-06-20", "title": "Seoul \\ud83d talks", '
            '"text": "South Korea condemned North Korea \\ud800 over the launch.\\u0000 Seoul\\u001b said so."}')


def jsonl(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "news.jsonl"
    path.write_text(BAD_LINE + "\n" + json.dumps({"id": "good", "date": "2024-06-20", "text": GOOD}) + "\n",
                    encoding="utf-8")
    return path


def test_the_reader_replaces_bad_characters_with_a_warning(tmp_path):
    bad, good = list(reader.read_jsonl(jsonl(tmp_path)))
    assert bad.text == "South Korea condemned North Korea \ufffd over the launch.  Seoul  said so."
    assert bad.title == "Seoul \ufffd talks"
    assert any("[W120]" in w and "3 character(s)" in w and "U+D800" in w for w in bad.warnings)
    assert any("[W120]" in w and "'title'" in w for w in bad.warnings)
    assert good.text == GOOD and good.warnings == []


def test_code_command_codes_both_records(tmp_path, nlp):
    res = CliRunner().invoke(main, ["code", str(jsonl(tmp_path)), "-j", "1"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(line) for line in res.stdout.splitlines()]
    assert [d["article"]["id"] for d in lines] == ["bad", "good"]
    assert any(e["source"]["country"] == "KOR" and e["target"]["country"] == "PRK" for e in lines[0]["events"])
    assert "[W120]" in res.stderr


def test_ingest_stores_both_records(tmp_path):
    from foedus.ingest import ingest
    from foedus.store import Store

    summary = ingest([jsonl(tmp_path / "in")], tmp_path / "f.duckdb", workers=1, progress=False, coder=StubCoder())
    assert summary.new == 2 and summary.bad == []
    with Store(tmp_path / "f.duckdb", read_only=True) as store:
        assert "\ufffd" in store.article("bad")["text"]


def test_batch_keeps_the_partition(tmp_path, nlp):
    from foedus.batch import run_batch

    out = tmp_path / "out"
    summary = run_batch([str(jsonl(tmp_path / "in"))], out, engine="local", progress=False)
    assert not summary.failed and summary.articles == 2 and summary.errors == 0


def test_a_record_whose_parse_fails_is_one_error_record(nlp):
    """Built by hand, past the readers: the tokenizer fails on it; the others are coded."""
    coder = pipeline.Coder(nlp)
    items = [ArticleInput(id="a", text=GOOD, date="2024-06-20", origin="mem:a"),
             InputProblem(where="mem:x", message="unreadable"),
             ArticleInput(id="b", text="Seoul \ud800 condemned Pyongyang.", date="2024-06-20", origin="mem:b"),
             ArticleInput(id="c", text=GOOD.replace("Monday", "Tuesday"), date="2024-06-20", origin="mem:c")]
    out = list(coder.code_inputs(items, batch_size=16))
    assert [type(o).__name__ for o in out] == ["CodingResult", "InputProblem", "InputProblem", "CodingResult"]
    assert out[2].id == "b" and "[E123]" in out[2].message and "parse failed" in out[2].message
    assert out[0].events and out[3].events


def test_code_text_cuts_long_texts_like_the_cli(nlp, monkeypatch):
    monkeypatch.setattr(reader, "MAX_CHARS", 400)
    text = " ".join([GOOD] * 12)    # about 1,000 characters, above the (lowered) limit
    result = pipeline.Coder(nlp).code_text(text, date="2024-06-20", id="long")
    assert any("[E111]" in w and "400" in w for w in result.warnings)
    assert sum(len(s) for s in result.article.sentences) <= 400
    assert result.events


def test_code_text_replaces_bad_characters(nlp):
    result = pipeline.Coder(nlp).code_text("South Korea condemned North Korea \ud800 over the launch.",
                                           date="2024-06-20")
    assert any("[W120]" in w for w in result.warnings)
    assert result.events


@pytest.mark.parametrize("value, name", [(None, "NoneType"), (b"Seoul condemned Pyongyang.", "bytes"),
                                         (42, "int"), (["a text"], "list")])
def test_code_text_names_a_value_that_is_not_a_str(nlp, value, name):
    with pytest.raises(InputTypeError, match=r"\[E121\].*got a " + name) as info:
        pipeline.Coder(nlp).code_text(value)
    assert isinstance(info.value, TypeError) and isinstance(info.value, InputError)
    if name == "bytes":
        assert "decode" in str(info.value)


def test_code_text_still_calls_an_empty_text_empty(nlp):
    with pytest.raises(InputError, match=r"\[E102\]"):
        pipeline.Coder(nlp).code_text("  \n ")


def test_an_event_with_an_unknown_code_is_said_not_silently_dropped(nlp, monkeypatch):
    real = taxonomy.cameo

    def cameo(code):
        if code.startswith("11"):
            raise DataError(f"[E204] Unknown CAMEO event code {code!r}.")
        return real(code)

    monkeypatch.setattr(taxonomy, "cameo", cameo)   # finish.event looks the final code up
    result = pipeline.Coder(nlp).code_text(
        "Japan condemned China over the drills. Germany pledged air defence systems to Ukraine.",
        date="2024-06-20", id="w121")
    notes = [w for w in result.warnings if "[W121]" in w]
    assert len(notes) == 1 and "w121" in notes[0] and "'condemned'" in notes[0] and "'111'" in notes[0]
    assert [e.sentence for e in result.events] == [1]   # the other sentence's event is kept


# ---- one article that cannot be written out or stored -------------------------------------------------
POISON = "Japan protested to China over the poison in the fishing waters near its islands."


def poisoned_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "news.jsonl"
    rows = [{"id": "good", "date": "2024-06-20", "text": GOOD}, {"id": "poison", "date": "2024-06-20", "text": POISON},
            {"id": "later", "date": "2024-06-21", "text": GOOD.replace("Monday", "Tuesday")}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_ingest_reports_an_article_the_store_refuses_and_stores_the_rest(tmp_path, monkeypatch):
    from foedus.ingest import ingest
    from foedus.store import Store

    real = Store.write_batch

    def write_batch(self, items):
        if any(rec.id == "poison" for rec, _ in items):
            raise ValueError("cannot convert the row")      # as pyarrow fails on a value it cannot hold
        return real(self, items)

    monkeypatch.setattr(Store, "write_batch", write_batch)
    summary = ingest([poisoned_corpus(tmp_path / "in")], tmp_path / "f.duckdb", workers=1, progress=False,
                     coder=StubCoder())
    assert summary.new == 2
    assert len(summary.bad) == 1 and "[E123]" in summary.bad[0][1] and "poison" in summary.bad[0][1]


def test_ingest_stops_when_the_store_refuses_every_article(tmp_path, monkeypatch):
    from foedus.ingest import ingest
    from foedus.store import Store

    def write_batch(self, items):
        raise ValueError("disk on fire")

    monkeypatch.setattr(Store, "write_batch", write_batch)
    with pytest.raises(ValueError, match="disk on fire"):
        ingest([poisoned_corpus(tmp_path / "in")], tmp_path / "f.duckdb", workers=1, progress=False,
               coder=StubCoder())


def test_batch_lists_an_article_whose_rows_cannot_be_built_and_keeps_the_partition(tmp_path, monkeypatch):
    from foedus import batch
    from foedus.store import rows

    real = rows.build_tables

    def build_tables(items, *args):
        if any(rec.id == "poison" for rec, _ in items):
            raise ValueError("cannot convert the row")
        return real(items, *args)

    monkeypatch.setattr(rows, "build_tables", build_tables)
    out = tmp_path / "out"
    summary = batch.run_batch([str(poisoned_corpus(tmp_path / "in"))], out, engine="local", progress=False,
                              coder_factory=StubCoder)
    assert not summary.failed and summary.articles == 2 and summary.errors == 1
    [error] = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert error["id"] == "poison" and "[E123]" in error["reason"]


def test_code_command_reports_an_article_it_cannot_print_and_prints_the_rest(tmp_path, nlp, monkeypatch):
    from foedus.cli import code as code_cli

    real = code_cli.format_table

    def format_table(result):
        if result.article.id == "poison":
            raise UnicodeEncodeError("utf-8", "x", 0, 1, "surrogates not allowed")
        return real(result)

    monkeypatch.setattr(code_cli, "format_table", format_table)
    res = CliRunner().invoke(main, ["code", str(poisoned_corpus(tmp_path)), "--format", "table", "-j", "1"])
    assert res.exit_code == 0, res.output
    assert res.stdout.count("Article ") == 2 and "Article good" in res.stdout and "Article later" in res.stdout
    assert "[E123]" in res.stderr and "poison" in res.stderr


@pytest.mark.parametrize("command", [["code"], ["ingest", "--db", "{tmp}/f.duckdb"], ["batch", "--out", "{tmp}/out"]])
def test_a_bad_time_limit_is_a_one_line_error(tmp_path, command):
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    args = [a.format(tmp=tmp_path) for a in command] + [str(path), "--time-limit", "-3"]
    res = CliRunner().invoke(main, args)
    assert res.exit_code != 0
    assert "[E122]" in res.output and "Traceback" not in res.output


# ---- a long run without spaces: spaCy's tokenizer is quadratic on it, and no budget stops compiled code ----
def test_long_runs_without_spaces_are_broken_at_the_reading_boundary(tmp_path):
    run = "!?.,;:-()" * 5000                          # 45,000 characters, no space
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "junk", "text": GOOD + " " + run + " " + GOOD}) + "\n", encoding="utf-8")
    [item] = list(reader.read_jsonl(path))
    assert max(len(w) for w in item.text.split()) == reader.MAX_RUN
    assert item.text.replace(" ", "") == (GOOD + " " + run + " " + GOOD).replace(" ", "")   # nothing lost
    assert any("[W122]" in w and "45000" in w for w in item.warnings)


def test_code_text_codes_a_long_punctuation_run_quickly(nlp):
    import time

    coder = pipeline.Coder(nlp)
    started = time.monotonic()
    result = coder.code_text(GOOD + " " + "!?.,;:-()" * 9000 + " " + GOOD, date="2024-06-20")   # 81,000 in a run
    took = time.monotonic() - started
    assert any("[W122]" in w for w in result.warnings)
    assert result.events and took < 6, took      # unbroken, the tokenizer alone takes 9 s here
