"""A reader that stops early never hangs foedus: with several parse processes, spaCy's clean-up used to
wait for ever on workers blocked sending docs nobody would read (`foedus code big.jsonl -j 2 | head`, a
`break` out of `Coder.code_inputs`, an error in the caller). The timeouts below guard against a hang;
they measure no speed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ("Turkey condemned Sweden over the burning of a Koran in Stockholm. Officials in Ankara said talks on "
           "NATO membership would be suspended. Protesters marched to the Swedish embassy on Saturday.")

SCRIPT = f"""
import sys
from foedus.coder.pipeline import Coder
from foedus.reader import ArticleInput
inputs = [ArticleInput(id=str(i), text={ARTICLE!r} + " Day %d." % i, date="2023-01-22") for i in range(400)]
for n, result in enumerate(Coder().code_inputs(inputs, n_process=2, batch_size=4)):
    if n == 2:
        break
print("stopped after", n + 1, flush=True)
"""


def test_breaking_out_of_a_multi_process_run_returns():
    run = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300,
                         cwd=ROOT, env={"PYTHONPATH": str(ROOT / "src"), "FOEDUS_CACHE_DIR": "off",
                                        "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr[-2000:]
    assert "stopped after 3" in run.stdout


def _foedus_code_j2(tmp_path: Path, articles: int, **popen: object) -> subprocess.Popen:
    """`foedus code many.jsonl -j 2` on ``articles`` copies of ARTICLE, its output lines on a pipe."""
    src = tmp_path / "many.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "text": f"{ARTICLE} Day {i}.", "date": "2023-01-22"}) + "\n"
                           for i in range(articles)), encoding="utf-8")
    return subprocess.Popen([sys.executable, "-c", "from foedus.cli import main; main()", "code", str(src),
                             "--format", "jsonl", "--no-progress", "-j", "2"],
                            stdout=subprocess.PIPE, cwd=ROOT,
                            env={"PYTHONPATH": str(ROOT / "src"), "FOEDUS_CACHE_DIR": "off", "PATH": "/usr/bin:/bin"},
                            **popen)


def test_a_closed_output_pipe_ends_foedus_code(tmp_path):
    proc = _foedus_code_j2(tmp_path, 400, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    assert json.loads(first)["article"]["id"] == "0"
    proc.stdout.close()   # the reader goes away, as `| head -n 1` does
    proc.wait(timeout=300)   # returns: before the fix this waited for ever
    assert proc.returncode is not None


def test_ctrl_c_during_a_multi_process_run_prints_no_worker_tracebacks(tmp_path):
    # a terminal's Ctrl-C reaches the whole process group: the parse workers end silently, the command
    # says "Interrupted." once and exits 130 (each worker used to print a KeyboardInterrupt traceback)
    import os
    import signal

    # the command starts with SIGINT's default action, as from a terminal: a test process that ignores SIGINT
    # (a background job's does) would pass that on, and the command would then rightly go on to the end
    proc = _foedus_code_j2(tmp_path, 3000, stderr=subprocess.PIPE, start_new_session=True,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stdout is not None
    assert json.loads(proc.stdout.readline())["article"]["id"] == "0"   # the workers are running
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err[-2000:]
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err, err[-3000:].decode()
    assert b"Interrupted" in err
