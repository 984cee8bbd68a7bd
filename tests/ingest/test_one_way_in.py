"""foedus.ingest is the one way in: `code`, `ingest` and `batch` read through the same modules."""

import json

import pytest

import foedus.ingest.records as records
import foedus.reader
from foedus.errors import InputError
from foedus.ingest import ingest
from foedus.ingest.readers import read_jsonl_lines
from foedus.ingest.readers import read_inputs

TEXT = "Seoul condemned the missile launch by North Korea on Monday, officials in the capital said today."


def test_foedus_reader_is_the_ingest_records_module():
    assert foedus.reader is records
    assert foedus.reader.ArticleInput is records.ArticleInput


def test_jsonl_line_range_matches_the_whole_file_reader(tmp_path):
    lines = [json.dumps({"id": f"a{n}", "text": f"{TEXT} Item {n}.", "date": "2024-06-20"}) for n in range(4)]
    lines[2] = "{not json"
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole = list(records.read_jsonl(path))
    start = len((lines[0] + "\n").encode())
    part = list(read_jsonl_lines(path, first_line=2, last_line=3, start_byte=start))
    assert [type(x).__name__ for x in part] == ["ArticleInput", "InputProblem"]
    assert part[0] == whole[1]
    assert part[1].where == f"{path}:3" and part[1].message == whole[2].message and "[E105]" in part[1].message


def test_ingest_refuses_a_date_code_and_batch_refuse(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(InputError, match=r"^\[E107\] Bad date 'yesterday'"):
        ingest([tmp_path / "a.txt"], db=tmp_path / "x.duckdb", date="yesterday", progress=False)
    assert not (tmp_path / "x.duckdb").exists()


def test_code_reads_html_and_ndjson_like_ingest(tmp_path):
    from foedus.ingest import iter_inputs

    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>Launch</title></head><body><p>{TEXT}</p></body></html>", encoding="utf-8")
    nd = tmp_path / "c.ndjson"
    nd.write_text(json.dumps({"id": "n1", "text": TEXT}) + "\n", encoding="utf-8")
    got = list(read_inputs([page, nd]))
    assert got == list(iter_inputs([page, nd]))
    assert "<p>" not in got[0].text and TEXT in got[0].text
    assert got[1].id == "n1" and got[1].text == TEXT


def test_code_ingest_and_batch_read_a_folder_the_same_way(tmp_path):
    """One reader: a sidecar date and a written-out first-line date count for `foedus code` and the text
    files of `foedus batch` exactly as for `foedus ingest`."""
    from foedus import batch
    from foedus.ingest import iter_inputs

    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(TEXT, encoding="utf-8")
    (news / "a.txt.date").write_text("2024-06-18\n", encoding="utf-8")
    (news / "b.txt").write_text("June 20, 2024\n" + TEXT, encoding="utf-8")
    (news / "c.txt").write_text("2024-06-21\n" + TEXT, encoding="utf-8")
    by_ingest = list(iter_inputs([news]))
    assert [(i.date, i.text) for i in by_ingest] == [("2024-06-18", TEXT), ("2024-06-20", TEXT), ("2024-06-21", TEXT)]
    assert list(read_inputs([news])) == by_ingest
    parts = batch.plan_partitions(batch.expand_inputs([str(news)]))
    assert [x for part in parts for x in batch.partition_inputs(part)] == by_ingest
