"""Unreadable folders and files, and files deleted mid-run, are reported with the real reason (issue 9, item 8).

Tests run as root, for whom chmod 000 does not block reading, so permission errors are simulated
by making ``os.scandir`` / ``Path.read_bytes`` raise what the kernel gives (EACCES) for one path.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import ARTICLES, write  # noqa: E402
from stub_coder import StubCoder  # noqa: E402

from foedus import batch  # noqa: E402
from foedus.ingest import ingest, iter_inputs, readers  # noqa: E402
from foedus.reader import InputProblem  # noqa: E402
from foedus.ingest.readers import read_inputs


def denied(path) -> PermissionError:
    return PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))


def test_an_unreadable_subfolder_is_reported_and_the_walk_goes_on(tmp_path, monkeypatch):
    news = tmp_path / "news"
    write(news / "a.txt", "2024-06-18\n" + ARTICLES["seoul"])
    write(news / "locked" / "b.txt", "2024-06-18\n" + ARTICLES["manila"])
    write(news / "z.txt", "2024-06-18\n" + ARTICLES["berlin"])
    real = os.scandir

    def scandir(path="."):
        if Path(path) == news / "locked":
            raise denied(path)
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_inputs([news]))
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert [i.origin for i in items if not isinstance(i, InputProblem)] == [str(news / "a.txt"), str(news / "z.txt")]
    assert len(problems) == 1 and problems[0].where == str(news / "locked")
    assert "[E462]" in problems[0].message and "Permission denied" in problems[0].message

    summary = ingest([news], tmp_path / "db.duckdb", workers=1, progress=False, coder=StubCoder())
    assert summary.new == 2 and [w for w, _ in summary.bad] == [str(news / "locked")]


def test_permission_denied_is_not_worded_as_file_not_found(tmp_path, monkeypatch):
    news = tmp_path / "news"
    write(news / "a.txt", "2024-06-18\n" + ARTICLES["seoul"])
    locked = write(news / "locked.txt", "2024-06-18\n" + ARTICLES["manila"])
    real = Path.read_bytes

    def read_bytes(self):
        if self == locked:
            raise denied(self)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    problems = [i for i in iter_inputs([news]) if isinstance(i, InputProblem)]
    assert len(problems) == 1 and problems[0].where == str(locked)
    assert "[E452]" in problems[0].message and "Permission denied" in problems[0].message
    assert "not found" not in problems[0].message.lower()
    # `foedus code` reads through the same function
    [problem] = [i for i in read_inputs([locked]) if isinstance(i, InputProblem)]
    assert "[E452]" in problem.message and "not found" not in problem.message.lower()


def test_a_file_deleted_during_the_run_is_reported(tmp_path, monkeypatch):
    news = tmp_path / "news"
    write(news / "a.txt", "2024-06-18\n" + ARTICLES["seoul"])
    doomed = write(news / "b.txt", "2024-06-18\n" + ARTICLES["manila"])
    write(news / "c.txt", "2024-06-18\n" + ARTICLES["berlin"])
    real = readers.read_plain

    def read_plain(path, date=None):
        item = real(path, date)
        if path.name == "a.txt":
            doomed.unlink()         # another process removes b.txt while a.txt is being read
        return item

    monkeypatch.setattr(readers, "read_plain", read_plain)
    summary = ingest([news], tmp_path / "db.duckdb", workers=1, progress=False, coder=StubCoder())
    assert summary.new == 2
    assert len(summary.bad) == 1 and summary.bad[0][0] == str(doomed) and "[E463]" in summary.bad[0][1]


def test_an_input_path_that_cannot_be_entered_gives_the_real_reason(tmp_path, monkeypatch):
    target = tmp_path / "private" / "a.txt"
    real = os.stat

    def fake_stat(path, *args, **kwargs):
        if Path(path) == target:
            raise denied(path)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", fake_stat)
    [problem] = list(iter_inputs([target]))
    assert "[E452]" in problem.message and "Permission denied" in problem.message


def test_batch_planning_reports_permission_denied_as_such(tmp_path, monkeypatch):
    locked = write(tmp_path / "locked.jsonl", '{"text": "x"}\n')
    real = Path.open

    def fake_open(self, *args, **kwargs):
        if self == locked:
            raise denied(self)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", fake_open)
    [part] = batch.plan_partitions([locked])
    assert "[E452]" in part.problem and "Permission denied" in part.problem and "not found" not in part.problem
