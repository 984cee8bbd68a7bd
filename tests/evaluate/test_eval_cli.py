"""`foedus eval` as a user runs it on a CAMEO-scheme gold file, with the real coder."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from foedus.cli import main

LINES = [
    {"id": "c1", "text": "Turkey's foreign minister met his Greek counterpart in Athens on Monday.", "date": "2025-03-06",
     "scheme": "CAMEO", "expected": [{"code": "042", "plover": "CONSULT", "source": "TURGOV", "target": "GRCGOV",
                                      "modality": "asserted"}]},
    {"id": "c2", "text": "Germany will not send Taurus missiles to Ukraine, Chancellor Olaf Scholz said on Friday.",
     "date": "2024-03-01", "scheme": "CAMEO", "expected": [{"code": "0332", "plover": "AGREE", "source": "DEU",
                                                            "target": "UKR", "modality": "negated"}]},
    {"id": "c3", "text": "A strong earthquake struck eastern Turkey on Monday, destroying hundreds of buildings.",
     "date": "2023-02-06", "scheme": "CAMEO", "tags": ["disaster"], "expected": []},
]


@pytest.fixture(scope="module")
def gold(nlp, tmp_path_factory):  # nlp: the model is loaded once
    p = tmp_path_factory.mktemp("gold") / "gold.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in LINES), encoding="utf-8")
    return p


def test_eval_json_on_cameo_gold(gold):
    res = CliRunner().invoke(main, ["eval", str(gold), "--format", "json", "--misses", "5"])
    assert res.exit_code == 0, res.output
    rep = json.loads(res.stdout)
    assert rep["schemes"] == {"CAMEO": 3}
    assert rep["by_root"]["04"]["tp"] == 1 and rep["by_root"]["04"]["dyad_tp"] == 1
    assert rep["levels"]["type+dyad"]["tp"] == 1
    # the refused delivery is found, with its modality, and is not counted as an event
    assert rep["by_modality"]["negated"] == {"gold": 1, "found": 1, "modality_right": 1, "coded_asserted": 0,
                                             "found_share": 1.0, "modality_right_share": 1.0}
    assert rep["coded_asserted_rate"] == 0.0
    assert rep["disaster_sentences"] == 1 and rep["false_events_on_disaster_sentences"] == 0
    assert rep["found_share"] == 1.0
    assert rep["worst_misses"] == []


def test_eval_table_on_cameo_gold(gold):
    res = CliRunner().invoke(main, ["eval", str(gold), "--misses", "3"])
    assert res.exit_code == 0, res.output
    out = res.output
    assert "Sentences: 3 (CAMEO 3)" in out
    assert "04 consult" in out
    assert "Gold events found at all: 2/2 (1.000)" in out
    assert "Disaster sentences: 1; events coded on them: 0" in out
    assert "Worst misses (0 of 0):" in out


def test_eval_refuses_a_bad_gold_line(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text(json.dumps({"id": "b", "text": "Russia shelled Kharkiv.", "scheme": "CAMEO", "expected": [
        {"code": "194", "plover": "ASSAULT", "source": "RUSSIA", "target": "UKR", "modality": "asserted"}]}) + "\n",
        encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", str(p)])
    assert res.exit_code != 0
    assert "E155" in res.output and "RUSSIA" in res.output


# Several gold files: each scored on its own, a shared sentence coded once, a summary at the end.
OTHER = [
    LINES[0],   # the same sentence as in the first file
    {"id": "o2", "text": "Police in Nairobi arrested twelve opposition activists on Tuesday.", "date": "2024-07-02",
     "scheme": "CAMEO", "expected": [{"code": "173", "plover": "COERCE", "source": "KENCOP", "target": "KENOPP",
                                      "modality": "asserted"}]},
]


@pytest.fixture(scope="module")
def other(gold):
    p = gold.parent / "other.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in OTHER), encoding="utf-8")
    return p


def test_eval_of_several_files_matches_each_alone(gold, other):
    alone = {}
    for p in (gold, other):
        res = CliRunner().invoke(main, ["eval", str(p), "--format", "json"])
        assert res.exit_code == 0, res.output
        alone[str(p)] = json.loads(res.stdout)
    res = CliRunner().invoke(main, ["eval", str(gold), str(other), "--format", "json"])
    assert res.exit_code == 0, res.output
    both = json.loads(res.stdout)
    assert list(both["files"]) == [str(gold), str(other)]
    for path, rep in alone.items():
        assert both["files"][path]["levels"] == rep["levels"]
        assert both["files"][path]["found_share"] == rep["found_share"]
    rows = {r["file"]: r for r in both["summary"]}
    assert rows[str(gold)]["sentences"] == 3 and rows[str(other)]["sentences"] == 2
    assert rows[str(other)]["type_f1"] == round(alone[str(other)]["levels"]["type"]["f1"], 3)


def test_a_sentence_two_files_share_is_coded_once(gold, other):
    from foedus.coder.pipeline import default_coder
    from foedus.evaluate import evaluate_many

    coder, seen = default_coder(), []

    class Counting:
        def code_inputs(self, inputs, n_process=1):
            inputs = list(inputs)
            seen.extend(i.text for i in inputs)
            return coder.code_inputs(inputs, n_process=n_process)

    reports = evaluate_many([gold, other], coder=Counting())
    assert sorted(seen) == sorted({r["text"] for r in LINES + OTHER})   # 4 distinct sentences, not 5
    assert [r.sentences for r in reports.values()] == [3, 2]


def test_eval_table_of_several_files_ends_with_the_summary(gold, other):
    res = CliRunner().invoke(main, ["eval", str(gold), str(other)])
    assert res.exit_code == 0, res.output
    out = res.output
    assert out.count("Levels (type = CAMEO root):") == 2
    summary = out[out.index("Summary"):]
    assert "gold.jsonl" in summary and "other.jsonl" in summary
