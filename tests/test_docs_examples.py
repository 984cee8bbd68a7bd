"""Every example marked `<!-- example: run -->` in README.md and docs/*.md shows its real output.

The examples run as `make docs` runs them (scripts/update_doc_examples.py: a fresh temporary directory
with a copy of examples/, this checkout's code, a fixed environment), two at a time, once per session.
Only the temporary directory, timings and rates are normalised. A failure here means the docs are
stale: `make docs` rewrites them (and `git diff` shows what changed).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("update_doc_examples", ROOT / "scripts" / "update_doc_examples.py")
docex = importlib.util.module_from_spec(_spec)
sys.modules["update_doc_examples"] = docex
_spec.loader.exec_module(docex)

EXAMPLES = docex.collect()

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def results():
    return {res.example.name: res for res in docex.run_all(EXAMPLES)}


def test_the_promised_examples_are_marked():
    """The README's output, the Python API and the commands the issue lists are among the examples run."""
    readme = [ex for ex in EXAMPLES if ex.path.name == "README.md"]
    codes = [step.code for ex in EXAMPLES for step in ex.steps]
    assert any(ex.kind == "python" for ex in readme)
    for command in ("foedus code examples/seoul-considers-arms-for-ukraine.txt --date 2024-06-20",
                    "foedus eval src/foedus/data/gold/devset_measure.jsonl", "foedus treaties ", "foedus scenario ",
                    "foedus ingest ", "foedus dyad ", "foedus actors ", "foedus export --panel"):
        assert any(code.startswith(command) for code in codes), command
    assert readme[0].steps[0].code == "foedus code examples/seoul-considers-arms-for-ukraine.txt --date 2024-06-20"


def test_normalise_only_what_is_unstable():
    assert docex.normalise("Read 1 article(s) in 9.8s (0.1/s): 1 new") == docex.normalise(
        "Read 1 article(s) in 12.3s (0.4/s): 1 new")
    assert docex.normalise("15 events") != docex.normalise("14 events")
    assert docex.normalise("0332 considered 2024-06-20 -4.10") == "0332 considered 2024-06-20 -4.10"


@pytest.mark.parametrize("name", [ex.name for ex in EXAMPLES])
def test_example_output_is_current(results, name):
    res = results[name]
    assert res.error is None, f"{name} does not run:\n{res.error}"
    if res.expected != res.actual:
        import difflib

        diff = "\n".join(difflib.unified_diff(res.expected.splitlines(), res.actual.splitlines(),
                                              "in the doc", "real output", lineterm=""))
        pytest.fail(f"{name}: the doc's output is stale (run `make docs`):\n{diff}")
