"""`foedus code` and `foedus eval` as a user runs them: real output, clean errors, nothing lost."""

import json

import pytest
from click.testing import CliRunner

from foedus.cli import main

ARTICLE = ("Canada and Norway signed a fisheries agreement in Oslo on Tuesday. "
           "The Canadian foreign minister said Ottawa would not send warships to the Arctic.")


@pytest.fixture(scope="module")
def runner(nlp):  # the nlp fixture loads the model once for the module
    return CliRunner()


def test_code_table_on_example(runner, example_text, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(example_text, encoding="utf-8")
    res = runner.invoke(main, ["code", str(p), "--date", "2024-06-20"])
    assert res.exit_code == 0, res.output
    assert "PRKGOV" in res.output and "057" in res.output and "Quotes:" in res.output


def test_code_json_document(runner, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    res = runner.invoke(main, ["code", str(p), "--date", "2025-03-06", "--format", "json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert set(doc) >= {"article", "events", "quotes", "actors", "commitments", "policies"}
    signed = [e for e in doc["events"] if e["cameo"] == "057"]
    assert {(e["source"]["country"], e["target"]["country"]) for e in signed} == {("CAN", "NOR"), ("NOR", "CAN")}
    assert signed[0]["date"] == "2025-03-04"  # "on Tuesday" before a Thursday publication
    assert signed[0]["location"]["country"] == "NOR"


def test_code_jsonl_keeps_ids_and_reports_bad_lines(runner, tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "a1", "text": ARTICLE, "date": "2025-03-06"}),
        "{not json",
        json.dumps({"id": "a3", "text": ""}),
        json.dumps({"id": "a4", "text": "Brazil condemned the coup in Bolivia.", "date": "2025-01-02"}),
    ]) + "\n", encoding="utf-8")
    res = runner.invoke(main, ["code", str(p)])
    assert res.exit_code == 0, res.output
    lines = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    ids = [d.get("article", {}).get("id") for d in lines if "article" in d]
    assert ids == ["a1", "a4"]
    assert sum(1 for d in lines if "error" in d) == 2
    assert "line 2" in res.stderr and "Traceback" not in res.output


@pytest.mark.parametrize("content, expect", [
    (b"", "empty"),
    (b"\x00\x01\x02binary\x00" * 50, "binary"),
])
def test_code_bad_single_file_fails_cleanly(runner, tmp_path, content, expect):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    res = runner.invoke(main, ["code", str(p)])
    assert res.exit_code != 0
    assert expect in res.output.lower() and "Traceback" not in res.output


def test_code_missing_file_and_bad_date(runner, tmp_path):
    res = runner.invoke(main, ["code", str(tmp_path / "nope.txt")])
    assert res.exit_code != 0 and "E101" in res.output
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    res = runner.invoke(main, ["code", str(p), "--date", "yesterday-ish"])
    assert res.exit_code != 0 and "E107" in res.output and "Traceback" not in res.output


def test_code_non_utf8_is_still_coded(runner, tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Canada and Norway signed a fisheries agreement in Troms\xf8 on Tuesday.".encode("latin-1"))
    res = runner.invoke(main, ["code", str(p), "--date", "2025-03-06", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["events"]


def test_code_one_bad_file_does_not_cost_the_others(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    res = runner.invoke(main, ["code", str(bad), str(good), "--date", "2025-03-06", "--format", "jsonl"])
    assert res.exit_code == 0
    assert "E102" in res.stderr


def test_eval_reports_levels(runner, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in [
        {"id": "g1", "text": "Canada imposed sanctions on Iran.", "expected": [
            {"source": "CAN", "target": "IRN", "code": "SANCTION"}]},
        {"id": "g2", "text": "Egypt denied sending troops to Libya.", "expected": []},
    ]) + "\n", encoding="utf-8")
    res = runner.invoke(main, ["eval", str(gold), "--format", "json"])
    assert res.exit_code == 0, res.output
    rep = json.loads(res.stdout)
    assert rep["levels"]["type+dyad"]["tp"] == 1
    assert rep["false_events_on_those"] == 0  # the denied deployment is not an event that happened


def test_eval_cases_file_in_a_missing_folder_fails_before_scoring(runner, tmp_path, monkeypatch):
    """A --cases path that cannot be written is a clear error (E157) before minutes of scoring, not a traceback after."""
    import foedus.evaluate

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": "Chile praised Peru.", "expected": []}) + "\n", encoding="utf-8")
    scored = []
    monkeypatch.setattr(foedus.evaluate, "evaluate", lambda *a, **k: scored.append(a))
    res = runner.invoke(main, ["eval", str(gold), "--cases", str(tmp_path / "no" / "such" / "cases.jsonl")])
    assert res.exit_code != 0 and "Traceback" not in res.output
    assert "[E157] Cannot write the --cases file" in res.output and "No such file or directory" in res.output
    assert scored == []
    monkeypatch.undo()
    ok = runner.invoke(main, ["eval", str(gold), "--cases", str(tmp_path / "cases.jsonl"), "--format", "json"])
    assert ok.exit_code == 0, ok.output
    assert json.loads((tmp_path / "cases.jsonl").read_text(encoding="utf-8"))["text"] == "Chile praised Peru."


def test_code_progress_bar_has_a_total(runner, tmp_path):
    """Coding many articles into a file shows a bar with the article count on stderr; stdout stays data."""
    p = tmp_path / "many.jsonl"
    p.write_text("".join(json.dumps({"id": f"a{n}", "text": ARTICLE, "date": "2025-03-06"}) + "\n" for n in range(3)),
                 encoding="utf-8")
    res = runner.invoke(main, ["code", str(p), "--progress", "-j", "1"])
    assert res.exit_code == 0, res.output
    assert "3/3" in res.stderr and "articles" in res.stderr
    assert [json.loads(line)["article"]["id"] for line in res.stdout.splitlines()] == ["a0", "a1", "a2"]
    quiet = runner.invoke(main, ["code", str(p), "--no-progress", "-j", "1"])
    assert "3/3" not in quiet.stderr


def test_code_reads_a_nested_folder_like_ingest_and_batch(runner, tmp_path):
    """A folder stands for every article file under it, recursively, in name order (readers.expand_paths)."""
    (tmp_path / "news" / "later" / "deeper").mkdir(parents=True)
    (tmp_path / "news" / ".hidden").mkdir()
    (tmp_path / "news" / "b.txt").write_text("Chile and Peru signed a trade agreement in Lima on Monday.", encoding="utf-8")
    (tmp_path / "news" / "later" / "deeper" / "a.txt").write_text(
        "Kenya and Uganda signed a border agreement in Nairobi on Monday.", encoding="utf-8")
    (tmp_path / "news" / ".hidden" / "c.txt").write_text("Spain praised Portugal.", encoding="utf-8")
    (tmp_path / "news" / "scan.pdf").write_bytes(b"%PDF-1.7\n\x00")
    res = runner.invoke(main, ["code", str(tmp_path / "news"), "--date", "2024-06-20", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    docs = [json.loads(line) for line in res.stdout.splitlines()]
    assert [d["article"]["sentences"][0].split()[0] for d in docs] == ["Chile", "Kenya"]    # b.txt, later/deeper/a.txt
    # what the folder left out is said on stderr (W104), not silently dropped
    assert ("Warning: [W104] Skipped 2 file(s) in the folder(s) given that are not articles (.hidden/, scan.pdf)"
            in res.stderr)
    empty = tmp_path / "empty"
    empty.mkdir()
    res = runner.invoke(main, ["code", str(empty)])
    assert res.exit_code != 0 and "[E457]" in res.output


@pytest.mark.parametrize("command", [["code", "a.txt"], ["eval", "gold.jsonl"]])
@pytest.mark.parametrize("value", ["0", "-2"])
def test_processes_must_be_a_whole_number_of_1_or_more(runner, tmp_path, command, value):
    """--processes of `code` and `eval` is checked like --workers of `ingest` and `batch` (values.positive_int, E454)."""
    (tmp_path / "a.txt").write_text("Chile and Peru signed a trade agreement in Lima on Monday.", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text('{"text": "Chile praised Peru.", "events": []}\n', encoding="utf-8")
    res = runner.invoke(main, [command[0], str(tmp_path / command[1]), "-j", value])
    assert res.exit_code != 0 and "Traceback" not in res.output
    assert f"[E454] Bad --processes value {value}: expected a whole number of 1 or more." in res.output
