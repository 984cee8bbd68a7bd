"""One meaning of a folder for `foedus code`, `foedus ingest` and `foedus batch` (``readers.expand_paths``):
every article file under it, recursively, in name order; hidden entries, sidecars and other file types left out."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))

from corpus import ARTICLES, html_page, rss_feed, write  # noqa: E402
from stub_coder import StubCoder  # noqa: E402

from foedus.errors import InputError  # noqa: E402
from foedus.ingest import ingest  # noqa: E402
from foedus.ingest.readers import LeftOut, expand_paths, iter_inputs, read_inputs  # noqa: E402
from foedus.reader import ArticleInput, InputProblem  # noqa: E402
from foedus.store import Store  # noqa: E402


def nested(root: Path) -> Path:
    """news/ with articles two levels down, and everything a folder must leave out."""
    news = root / "news"
    write(news / "b-manila.txt", "2024-06-17\n" + ARTICLES["manila"])
    write(news / "a" / "seoul.txt", ARTICLES["seoul"])
    write(news / "a" / "seoul.txt.date", "2024-06-18\n")                    # a sidecar, not an article
    write(news / "a" / "records.jsonl", '{"id": "tk", "text": "' + ARTICLES["tokyo"] + '", "date": "2024-06-19"}\n')
    write(news / "z" / "deep" / "berlin.html", html_page("Berlin pledges air defence", ARTICLES["berlin"], date="2024-06-21"))
    write(news / "z" / "deep" / "desk.rss", rss_feed([("Manila again", "Mon, 17 Jun 2024 09:30:00 GMT",
                                                      ARTICLES["manila"].replace("Monday", "Sunday"))]))
    write(news / ".drafts" / "hidden.txt", ARTICLES["tokyo"])               # a hidden folder
    write(news / ".notes.txt", ARTICLES["berlin"])                          # a hidden file
    write(news / "scan.pdf", b"%PDF-1.7\n\x00\x01binary")                   # not an article file
    write(news / "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    os.symlink(news / "a", news / "link-to-a")                              # a link to a folder is not followed
    return news


ORDER = ["a/records.jsonl", "a/seoul.txt", "b-manila.txt", "z/deep/berlin.html", "z/deep/desk.rss"]


def _rel(news: Path, items) -> list[str]:
    return [Path(i).relative_to(news).as_posix() for i in items]


def test_expand_paths_walks_nested_folders_in_name_order(tmp_path):
    news = nested(tmp_path)
    items = list(expand_paths([news]))
    assert all(isinstance(i, Path) for i in items)
    assert _rel(news, items) == ORDER
    # a file named on its own stands for itself, whatever its type; a missing path is E101
    [pdf, missing] = list(expand_paths([news / "scan.pdf", tmp_path / "gone"]))
    assert pdf == news / "scan.pdf"
    assert isinstance(missing, InputProblem) and missing.message.startswith("[E101]")


def test_a_folder_without_article_files_is_one_clear_problem(tmp_path):
    write(tmp_path / "scans" / "page1.pdf", b"%PDF-1.7\n\x00")
    write(tmp_path / "scans" / ".hidden.txt", ARTICLES["seoul"])
    (tmp_path / "empty").mkdir()
    items = list(expand_paths([tmp_path / "scans", tmp_path / "empty"]))
    assert [type(i) for i in items] == [InputProblem, InputProblem]
    assert all(i.message.startswith("[E457]") and ".txt" in i.message and ".rss" in i.message for i in items)
    assert [i.where for i in items] == [str(tmp_path / "scans"), str(tmp_path / "empty")]


def test_code_and_ingest_readers_read_the_same_files_of_a_nested_folder(tmp_path):
    news = nested(tmp_path)
    for reader in (read_inputs, iter_inputs):       # foedus code's reader, foedus ingest's reader
        items = list(reader([news]))
        assert not [i for i in items if isinstance(i, InputProblem)], reader.__name__
        files = [Path(i.origin.split(":")[0].split(",")[0]) for i in items]
        assert _rel(news, dict.fromkeys(files)) == ORDER, reader.__name__


def test_ingest_stores_every_article_of_a_nested_folder(tmp_path):
    news = nested(tmp_path)
    summary = ingest([news], tmp_path / "events.duckdb", workers=1, progress=False, coder=StubCoder())
    assert summary.bad == []
    with Store(tmp_path / "events.duckdb", read_only=True) as store:
        origins = [r[0] for r in store.con.execute("SELECT origin FROM articles ORDER BY origin").fetchall()]
    assert _rel(news, sorted({o.split(":")[0].split(",")[0] for o in origins})) == ORDER
    assert summary.seen == 5


def test_ingest_command_reports_an_empty_folder(tmp_path):
    from foedus.cli import main

    (tmp_path / "empty").mkdir()
    res = CliRunner().invoke(main, ["ingest", str(tmp_path / "empty"), "--db", str(tmp_path / "e.duckdb"), "-q"])
    assert "[E457]" in res.output and "Traceback" not in res.output


def test_batch_codes_every_article_of_a_nested_folder(tmp_path):
    import pyarrow.parquet as pq

    from foedus import batch

    news = nested(tmp_path)
    files = batch.expand_inputs([str(news)])
    assert _rel(news, files) == ORDER
    out = tmp_path / "out"
    summary = batch.run_batch([str(news)], out, engine="local", progress=False, coder_factory=StubCoder)
    assert summary.errors == 0
    origins = pq.read_table(out / "articles").column("origin").to_pylist()
    assert _rel(news, sorted({o.split(":")[0].split(",")[0] for o in origins})) == ORDER
    # a quoted glob with ** recurses too; a folder it matches stands for its article files
    assert _rel(news, batch.expand_inputs([str(news / "z" / "**" / "*.rss")])) == ["z/deep/desk.rss"]
    assert _rel(news, batch.expand_inputs([str(news / "[yz]")])) == ORDER[3:]


def test_batch_refuses_an_empty_folder_with_the_same_message(tmp_path):
    from foedus import batch

    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match=r"\[E457\]"):
        batch.expand_inputs([str(tmp_path / "empty")])
    [problem] = list(expand_paths([tmp_path / "empty"]))
    with pytest.raises(InputError) as info:
        batch.expand_inputs([str(tmp_path / "empty")])
    assert str(info.value) == problem.message


def test_a_folder_problem_becomes_a_batch_error_line_not_a_crash(tmp_path):
    from foedus import batch

    problem = InputProblem(where=str(tmp_path / "locked"), message="[E462] locked: the folder cannot be read (test)")
    text = write(tmp_path / "a.txt", ARTICLES["seoul"])
    parts = batch.plan_partitions([problem, text])
    assert [p.problem for p in parts] == [problem.message, None]
    assert list(batch.partition_inputs(parts[0])) == [problem]
    assert isinstance(next(batch.partition_inputs(parts[1])), ArticleInput)


@pytest.mark.parametrize("command", ["code", "ingest", "batch"])
def test_every_command_documents_the_one_meaning_of_a_folder(command):
    from foedus.cli import main

    res = CliRunner().invoke(main, [command, "--help"], terminal_width=200)
    text = " ".join(res.output.split())
    assert ("A folder stands for every article file under it (.txt .text .md .jsonl .ndjson .html .htm .xhtml .shtml "
            ".rss .atom .xml .feed), recursively, in name order; hidden files and folders and files of other types "
            "are left out with a warning (W104), and a folder with no article file is reported (E457).") in text


# ---- what a folder leaves out is said, not silent (W104) ------------------------------------------
# nested(): a hidden folder, a hidden file, a link to a folder, a .png and a .pdf; the sidecar
# a/seoul.txt.date is read with its article, so it is not among them.
LEFT_OUT = [".drafts/", ".notes.txt", "link-to-a/", "photo.png", "scan.pdf"]


def test_expand_paths_counts_and_names_what_a_folder_leaves_out(tmp_path):
    news = nested(tmp_path)
    left_out = LeftOut()
    assert _rel(news, expand_paths([news], left_out)) == ORDER      # the same files as without it
    assert (left_out.count, left_out.names) == (5, LEFT_OUT)
    warning = left_out.warning()
    assert warning is not None and warning.startswith("[W104] Skipped 5 file(s) in the folder(s) given that are not articles "
                                                      "(.drafts/, .notes.txt, link-to-a/, photo.png, scan.pdf):")
    # a file named on its own is not left out, whatever its type; nothing left out: no warning
    quiet = LeftOut()
    list(expand_paths([news / "photo.png", news / "a"], quiet))
    assert (quiet.count, quiet.warning()) == (0, None)
    # a folder with no article file at all is E457 alone: its files are not counted again
    write(tmp_path / "scans" / "page1.pdf", b"%PDF-1.7\n\x00")
    both = LeftOut()
    items = list(expand_paths([news, tmp_path / "scans"], both))
    assert items[-1].message.startswith("[E457]") and (both.count, both.names) == (5, LEFT_OUT)


def test_the_warning_names_a_few_and_counts_all(tmp_path):
    write(tmp_path / "news" / "a.txt", ARTICLES["seoul"])
    for n in range(8):
        write(tmp_path / "news" / f"img{n}.png", b"\x89PNG\r\n")
    write(tmp_path / "news" / "orphan.json", "{}")                   # no article beside it: not a sidecar
    left_out = LeftOut()
    assert len(list(iter_inputs([tmp_path / "news"], left_out=left_out))) == 1
    assert left_out.count == 9
    assert "Skipped 9 file(s)" in left_out.warning() and "(img0.png, img1.png, img2.png, img3.png, img4.png ...)" in left_out.warning()


def test_code_ingest_and_batch_say_on_stderr_what_a_folder_left_out(tmp_path):
    from foedus import batch
    from foedus.cli import main

    news = nested(tmp_path)
    expected = "Warning: [W104] Skipped 5 file(s) in the folder(s) given that are not articles (.drafts/, .notes.txt, link-to-a/"
    # the Python API results carry the count
    summary = ingest([news], tmp_path / "api.duckdb", workers=1, progress=False, coder=StubCoder())
    assert (summary.left_out.count, summary.left_out.names) == (5, LEFT_OUT) and summary.bad == []
    assert summary.to_dict()["left_out"] == {"count": 5, "names": LEFT_OUT}
    run = batch.run_batch([str(news)], tmp_path / "api-out", engine="local", progress=False, coder_factory=StubCoder)
    assert (run.left_out.count, run.errors) == (5, 0)
    runner = CliRunner()
    res = runner.invoke(main, ["ingest", str(news), "--db", str(tmp_path / "cli.duckdb"), "-q"])
    assert res.exit_code == 0, res.output
    assert expected in res.stderr and "W104" not in res.stdout
    # a file named on its own is read whatever its type: no warning
    res = runner.invoke(main, ["ingest", str(news / "b-manila.txt"), "--db", str(tmp_path / "one.duckdb"), "-q"])
    assert res.exit_code == 0 and "W104" not in res.output


def test_batch_command_says_what_a_folder_left_out(tmp_path):
    from foedus.cli import main

    write(tmp_path / "news" / "seoul.txt", ARTICLES["seoul"])
    write(tmp_path / "news" / "chart.png", b"\x89PNG\r\n")
    write(tmp_path / "news" / ".DS_Store", b"\x00\x00")
    res = CliRunner().invoke(main, ["batch", str(tmp_path / "news"), "--out", str(tmp_path / "out"), "--engine", "local",
                                    "--no-progress", "--date", "2024-06-18"])
    assert res.exit_code == 0, res.output
    assert "Coded 1 article(s)" in res.stdout
    assert "Warning: [W104] Skipped 2 file(s) in the folder(s) given that are not articles (.DS_Store, chart.png)" in res.stderr
