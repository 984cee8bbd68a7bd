"""No import cycle among foedus modules (issue 12).

The graph: one node per module of the ``foedus`` package (a package is its ``__init__``); an edge
for every ``import`` / ``from ... import`` of a foedus module found anywhere in the module's source,
module level *and* inside functions (lazy imports count: a lazy import that closes a circle is still
a circle of responsibilities, only hidden) *and* under ``if TYPE_CHECKING:`` (a type named across a
circle is a dependency too; that is how ``store.py`` and ``export.py`` hid theirs).
``from pkg import name`` points at ``pkg.name`` when that is a module, else at ``pkg``. An import by a
submodule from one of its own parent packages (``from . import main`` in ``foedus.cli.store``: the
click group commands register on) is not counted: Python has initialised the parent before the
submodule runs, so it cannot close a circle at import time, and it is how a package's ``__init__``
gathers its parts. A package's ``__init__`` importing its submodules is an ordinary edge.
"""

from __future__ import annotations

import ast
from pathlib import Path

import foedus

ROOT = Path(foedus.__file__).parent


def _modules() -> dict[str, Path]:
    out = {}
    for path in ROOT.rglob("*.py"):
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[:len(base) - node.level + 1]
                    base_name = ".".join(base + ([node.module] if node.module else []))
                else:
                    base_name = node.module or ""
                for alias in node.names:
                    sub = f"{base_name}.{alias.name}"
                    targets.append(sub if sub in modules else base_name)
            for target in targets:
                while target and target not in modules:       # `import foedus.store.x` -> the longest known module
                    target = target.rpartition(".")[0]
                if target and target != name and not name.startswith(target + "."):
                    graph[name].add(target)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_graph_sees_the_store_modules():
    graph = import_graph()
    assert "foedus.store.store" in graph["foedus.store.export"]        # export depends on store ...
    assert "foedus.store.export" not in graph["foedus.store.store"]    # ... never the reverse
    assert "foedus.store.panel" not in graph["foedus.store.store"]


def test_finds_a_cycle_when_there_is_one():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle_among_foedus_modules():
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])
