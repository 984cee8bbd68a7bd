#!/usr/bin/env python3
"""Run the examples marked runnable in README.md and docs/*.md, and rewrite their output in place.

Marker: an HTML comment on the line just before a fenced block (invisible on GitHub):

    <!-- example: run -->
    ```
    $ foedus treaties --party PRK --on 2025-01-01
    ...output, rewritten by this script...
    ```

* Shell blocks: a line starting with ``$ `` is a command (run by bash with ``pipefail``); the lines
  after it, up to the next command or the end of the block, are its output (stdout and stderr as a
  terminal shows them). Each command is its own ``bash -o pipefail -c``, in the block's directory:
  a later command sees the files an earlier one wrote (``cd`` and variables do not carry over).
  ``<!-- example: run, fails -->`` allows a non-zero exit status (error examples); otherwise a
  failing command, like any traceback, is an error and that block is not rewritten.
* Python blocks: doctest style, ``>>> `` and ``... `` lines are code, the other lines the output of
  the statement before. Statements run in order in one interpreter; an exception is an error.

Each block runs in a fresh temporary directory holding a copy of ``examples/`` (and ``src``, a link to the
checkout's, for the packaged data such as the gold files); ``foedus`` and
``python`` on its PATH are this interpreter with this checkout's ``src`` first on PYTHONPATH, so the
docs show the code of the checkout they belong to. The environment is fixed (COLUMNS=100, TZ=UTC,
C.UTF-8, no FOEDUS_DB/FOEDUS_TREATIES); dates are given in the commands (``--date``, ``--on``).

Outputs are compared after normalising only what is truly unstable (the temporary directory,
timings and rates); a block whose normalised output is unchanged is left exactly as it is, so a
second run changes nothing.

    python scripts/update_doc_examples.py            # rewrite stale outputs (make docs)
    python scripts/update_doc_examples.py --check    # exit 1 and print a diff when stale (make docs-check)
    python scripts/update_doc_examples.py README.md  # only these files
"""

from __future__ import annotations

import argparse
import concurrent.futures
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = re.compile(r"^<!--\s*example:\s*run\b(?P<opts>[^>]*?)-->\s*$")
FENCE = re.compile(r"^(?P<fence>```+)(?P<lang>[\w+-]*)\s*$")
TIMEOUT = 600
# The checkout's path in messages (e.g. the packaged registry's file) is shown as this.
REPO_PLACEHOLDER = "/path/to/foedus"


@dataclass
class Step:
    code: str                     # the command (without "$ ") or the doctest source lines, prefixes kept
    output: str                   # the output shown in the doc ("" when none)


@dataclass
class Example:
    path: Path
    line: int                     # 1-based line of the opening fence
    start: int                    # index of the first line inside the fence
    end: int                      # index of the closing fence
    kind: str                     # "shell" or "python"
    steps: list[Step]
    may_fail: bool = False

    @property
    def name(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"

    def render(self, outputs: list[str]) -> list[str]:
        lines: list[str] = []
        for step, out in zip(self.steps, outputs):
            lines.extend(("$ " + step.code).splitlines() if self.kind == "shell" else step.code.splitlines())
            lines.extend(out.splitlines())
        return lines


@dataclass
class Result:
    example: Example
    outputs: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def expected(self) -> str:
        return normalise("\n".join(self.example.render([s.output for s in self.example.steps])))

    @property
    def actual(self) -> str:
        return normalise("\n".join(self.example.render(self.outputs)))


# ---------------------------------------------------------------------------------------------------
# Finding the examples

def doc_files() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def parse_file(path: Path) -> list[Example]:
    lines = path.read_text(encoding="utf-8").splitlines()
    examples = []
    i = 0
    while i < len(lines):
        marker = MARKER.match(lines[i].strip())
        if not marker:
            i += 1
            continue
        opts = {o.strip() for o in marker.group("opts").replace(",", " ").split()}
        fence = FENCE.match(lines[i + 1]) if i + 1 < len(lines) else None
        if not fence:
            raise SystemExit(f"{path}:{i + 1}: '<!-- example: run -->' must be followed by a fenced block")
        start = i + 2
        end = start
        while end < len(lines) and lines[end].strip() != fence.group("fence"):
            end += 1
        if end == len(lines):
            raise SystemExit(f"{path}:{i + 2}: unclosed fenced block")
        body = lines[start:end]
        kind = "python" if any(line.startswith(">>>") for line in body) else "shell"
        steps = _python_steps(body) if kind == "python" else _shell_steps(body)
        if not steps:
            raise SystemExit(f"{path}:{i + 2}: a runnable block needs '$ ' commands or '>>> ' statements")
        examples.append(Example(path, i + 2, start, end, kind, steps, may_fail="fails" in opts))
        i = end + 1
    return examples


def _shell_steps(body: list[str]) -> list[Step]:
    steps: list[Step] = []
    for line in body:
        if line.startswith("$ "):
            steps.append(Step(line[2:], ""))
        elif steps:
            steps[-1].output += line + "\n"
        elif line.strip():
            raise SystemExit(f"text before the first '$ ' command in a runnable block: {line!r}")
    return steps


def _python_steps(body: list[str]) -> list[Step]:
    steps: list[Step] = []
    for line in body:
        if line.startswith(">>>"):
            steps.append(Step(line, ""))
        elif (line.startswith("... ") or line == "...") and steps and not steps[-1].output:
            steps[-1].code += "\n" + line
        elif steps:
            steps[-1].output += line + "\n"
        elif line.strip():
            raise SystemExit(f"text before the first '>>> ' statement in a runnable block: {line!r}")
    return steps


def collect(paths: list[Path] | None = None) -> list[Example]:
    return [ex for path in (paths or doc_files()) for ex in parse_file(path)]


# ---------------------------------------------------------------------------------------------------
# Running them

_TIMING = [
    (re.compile(r"\b\d+\.\d+ ?(?:ms|s)\b"), "N.Ns"),     # "in 9.0s", "0.35 s"
    (re.compile(r"\b\d+ ?ms\b"), "Nms"),
    (re.compile(r"\b\d+(?:\.\d+)?/s\b"), "N/s"),         # rates
]


def normalise(text: str) -> str:
    """What is compared: timings and rates replaced, trailing blanks and blank end lines dropped."""
    for pattern, repl in _TIMING:
        text = pattern.sub(repl, text)
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n")


def _environment(bindir: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOEDUS_") or k == "FOEDUS_CACHE_DIR"}
    env.update(
        PATH=bindir + os.pathsep + env.get("PATH", "/usr/bin:/bin"),
        PYTHONPATH=str(ROOT / "src") + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else ""),
        COLUMNS="100", LINES="40", TZ="UTC", LC_ALL="C.UTF-8", LANG="C.UTF-8", TERM="dumb", NO_COLOR="1",
        PYTHONUNBUFFERED="1", PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONWARNINGS="ignore",
    )
    return env


def _shims(bindir: Path) -> None:
    """`foedus` and `python` for the commands: this interpreter, the checkout's code."""
    (bindir / "foedus").write_text(
        f"#!{sys.executable}\nimport sys\nfrom foedus.cli import main\nsys.argv[0] = 'foedus'\nsys.exit(main())\n")
    (bindir / "python").write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n')
    for name in ("foedus", "python"):
        (bindir / name).chmod(0o755)


def _clean(text: str, workdir: str) -> str:
    text = text.replace("\r\n", "\n")
    text = text.replace(workdir + "/", "").replace(workdir, ".")
    real = os.path.realpath(workdir)
    text = text.replace(real + "/", "").replace(real, ".")
    return text.replace(str(ROOT), REPO_PLACEHOLDER)


_DRIVER = r"""
import contextlib, io, json, sys, traceback
steps = json.load(sys.stdin)
ns = {"__name__": "__main__"}
out = []
for src in steps:
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            exec(compile(src, "<doc>", "single"), ns)
    except Exception:
        buf.write("Traceback (most recent call last):\n  ...\n" + traceback.format_exc().strip().splitlines()[-1] + "\n")
        out.append(buf.getvalue())
        print(json.dumps({"outputs": out, "error": traceback.format_exc()}))
        sys.exit(0)
    out.append(buf.getvalue())
print(json.dumps({"outputs": out, "error": None}))
"""


def run(example: Example) -> Result:
    result = Result(example)
    work = tempfile.mkdtemp(prefix="foedus-doc-")
    bindir = tempfile.mkdtemp(prefix="foedus-doc-bin-")
    try:
        shutil.copytree(ROOT / "examples", Path(work) / "examples")
        (Path(work) / "src").symlink_to(ROOT / "src")      # read only: the packaged gold files, as in a clone
        _shims(Path(bindir))
        env = _environment(bindir)
        if example.kind == "shell":
            for step in example.steps:
                proc = subprocess.run(["bash", "-o", "pipefail", "-c", step.code], cwd=work, env=env,
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                      timeout=TIMEOUT)
                out = _clean(proc.stdout, work)
                result.outputs.append(out)
                if "Traceback (most recent call last)" in out:
                    result.error = f"$ {step.code}\n{out}"
                elif proc.returncode and not example.may_fail:
                    result.error = f"$ {step.code}\nexit status {proc.returncode}:\n{out}"
                if result.error:
                    break
        else:
            sources = ["\n".join(re.sub(r"^(>>>|\.\.\.) ?", "", ln) for ln in step.code.splitlines()) + "\n"
                       for step in example.steps]
            proc = subprocess.run([sys.executable, "-c", _DRIVER], cwd=work, env=env, input=json.dumps(sources),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=TIMEOUT)
            if proc.returncode:
                result.error = f"python exited with {proc.returncode}:\n{proc.stderr}"
            else:
                answer = json.loads(proc.stdout.strip().splitlines()[-1])
                result.outputs = [_clean(o, work) for o in answer["outputs"]]
                result.error = answer["error"]
    except subprocess.TimeoutExpired as exc:
        result.error = f"timed out after {TIMEOUT}s: {exc.cmd}"
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(bindir, ignore_errors=True)
    return result


def run_all(examples: list[Example], jobs: int | None = None) -> list[Result]:
    jobs = jobs or int(os.environ.get("DOCS_JOBS", "2"))
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        # The slowest first (whole-article coding, eval) so the two workers finish together.
        order = sorted(examples, key=lambda ex: -sum(("code " in s.code or "eval " in s.code or "ingest " in s.code
                                                      or ">>>" in s.code) for s in ex.steps))
        done = dict(zip(map(id, order), pool.map(run, order)))
    return [done[id(ex)] for ex in examples]


# ---------------------------------------------------------------------------------------------------
# Rewriting

def updated_text(path: Path, results: list[Result]) -> str:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    changed = False
    for res in sorted((r for r in results if r.example.path == path), key=lambda r: -r.example.start):
        if res.error or res.expected == res.actual:
            continue                                   # unchanged once normalised: keep the doc as it is
        ex = res.example
        new = [line.rstrip() for line in ex.render(res.outputs)]
        while new and not new[-1].strip():
            new.pop()
        lines[ex.start:ex.end] = new
        changed = True
    return "\n".join(lines) + "\n" if changed else text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="Markdown files (default: README.md, docs/*.md)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 with a diff when stale")
    parser.add_argument("--list", action="store_true", help="list the runnable examples and exit")
    parser.add_argument("-j", "--jobs", type=int, default=None, help="examples run at once (default 2)")
    args = parser.parse_args(argv)
    paths = [p.resolve() for p in args.files] or doc_files()
    examples = collect(paths)
    if args.list:
        for ex in examples:
            print(ex.name, "|", "; ".join(s.code.splitlines()[0] for s in ex.steps))
        return 0
    results = run_all(examples, args.jobs)
    failed = [r for r in results if r.error]
    for res in failed:
        print(f"ERROR {res.example.name}:\n{res.error}", file=sys.stderr)
    stale = False
    for path in paths:
        old = path.read_text(encoding="utf-8")
        new = updated_text(path, results)
        if new == old:
            continue
        stale = True
        rel = str(path.relative_to(ROOT))
        if args.check:
            sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), new.splitlines(True), rel, rel))
        else:
            path.write_text(new, encoding="utf-8")
            print(f"updated {rel}")
    n_ok = len(results) - len(failed)
    state = ("docs are stale" if stale and args.check else "docs updated" if stale
             else "docs up to date" if not failed else "the failing examples were left as they are")
    print(f"{len(results)} example(s) run, {n_ok} ran cleanly; {state}", file=sys.stderr)
    return 1 if failed or (stale and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
