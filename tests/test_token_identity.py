"""spaCy makes a new Token object on each access, so `tok.head is tok` is never true: a rule written
with `is` between tokens never fires, and a loop ended by it never ends. This test reads the source
and fails on any `is` / `is not` between two expressions, unless one side is a constant (None, True,
False), an ALL_CAPS sentinel, or the line says `# same object: not a token`."""
from __future__ import annotations

import ast
import pathlib

import pytest

SRC = pathlib.Path(__file__).resolve().parents[1] / "src" / "foedus"
MARK = "# same object: not a token"


def _identity_comparisons(source: str) -> list[tuple[int, str]]:
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        left = node.left
        for op, right in zip(node.ops, node.comparators):
            if isinstance(op, (ast.Is, ast.IsNot)) and not (_exempt(left) or _exempt(right)):
                if MARK not in lines[node.lineno - 1]:
                    found.append((node.lineno, ast.unparse(node)))
            left = right
    return found


def _exempt(expr: ast.expr) -> bool:
    if isinstance(expr, ast.Constant):
        return True
    name = expr.id if isinstance(expr, ast.Name) else expr.attr if isinstance(expr, ast.Attribute) else ""
    return bool(name) and name.lstrip("_").isupper()


def test_identity_check_catches_token_comparisons():
    found = _identity_comparisons("while tok.head is not tok:\n    tok = tok.head\nif x is None or y is _NO_STATE:\n    pass\n")
    assert found == [(1, "tok.head is not tok")]


def test_identity_check_honours_the_mark():
    assert _identity_comparisons(f"ok = a is b  {MARK}\n") == []


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_source_compares_tokens_by_index(path):
    found = _identity_comparisons(path.read_text(encoding="utf-8"))
    assert not found, f"{path.name}: compare tokens by .i or ==, never `is`: {found}"
