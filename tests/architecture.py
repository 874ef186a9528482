"""The package's import graph: no circle, folders that import one way, modules of a size.

Run by the lint env (``python tests/architecture.py``, nothing installed) and by
``tests/test_architecture.py``. Reads the source with :mod:`ast`: imports inside
functions count (a late import is still a dependency), and so do imports under
``if TYPE_CHECKING:`` (a type-only circle is still a circle to the reader).

The folders say the layers: ``core`` -> ``drivers`` -> ``sources`` -> ``checks`` ->
``snapshot`` and ``outputs``; ``plugin``, ``cli`` and the package itself on top.

Exit status 0 when the graph holds, 1 listing every circle, folder break, module outside
a folder and oversized module.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

PACKAGE = "pytest_patter_trace"
ROOT = Path(__file__).resolve().parent.parent / PACKAGE

#: Role folder -> the other folders its modules may import. A module may always import
#: modules of its own folder (no circle). ``drivers`` is fenced: only ``sources`` (the
#: capture switches getpatter's tracing on) and the top modules reach it.
RULES: dict[str, tuple[str, ...]] = {
    "core": (),
    "drivers": ("core",),
    "sources": ("core", "drivers"),
    "checks": ("core", "sources"),
    "snapshot": ("core", "sources", "checks"),
    "outputs": ("core", "sources", "checks"),
}

#: Modules on top of the folders (``""`` is the package): they may import any folder.
TOP = ("", "plugin", "cli", "_schema_cli")

#: A module longer than this does more than one job.
MAX_LINES = 650


def modules() -> dict[str, Path]:
    """Dotted module name (without the package prefix; ``""`` is the package) -> file."""
    out: dict[str, Path] = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node


def dependencies(known: Mapping[str, Path]) -> dict[str, set[str]]:
    """Module -> the package modules it imports (resolved; type-only imports included)."""
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        is_package = path.name == "__init__.py"
        here = name.split(".") if name else []
        base = here if is_package else here[:-1]
        found: set[str] = set()
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.level:
                anchor = base[: len(base) - (node.level - 1)]
                module = [*anchor, *(node.module.split(".") if node.module else [])]
                if node.module:  # "from . import x" imports x, not the package itself
                    targets.append(".".join(module))
                targets.extend(".".join([*module, alias.name]) for alias in node.names)
            else:
                raw = [node.module] if isinstance(node, ast.ImportFrom) else []
                raw += [a.name for a in node.names] if isinstance(node, ast.Import) else []
                for text in raw:
                    if text and (text == PACKAGE or text.startswith(PACKAGE + ".")):
                        targets.append(text[len(PACKAGE) + 1 :])
                if isinstance(node, ast.ImportFrom) and node.module == PACKAGE:
                    targets.extend(alias.name for alias in node.names)
            found |= {t for t in targets if t in known and t != name}
        graph[name] = found
    return graph


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    out.append(sorted(group))
    return out


def folder_of(name: str) -> str | None:
    """The role folder of a module, ``""`` for a top module, None when it has neither."""
    if name in TOP:
        return ""
    top = name.split(".", 1)[0]
    return top if top in RULES else None


def folder_breaks(graph: Mapping[str, set[str]]) -> list[str]:
    """Imports a folder may not make, and modules outside the role folders."""
    problems = [
        f"{name}: not in a role folder ({', '.join(RULES)}) nor on top (tests/architecture.py)"
        for name in sorted(graph)
        if folder_of(name) is None and not any(name == t or name.startswith(t + ".") for t in RULES)
    ]
    for name in sorted(graph):
        mine = folder_of(name)
        if not mine:
            continue  # on top, or reported above
        for target in sorted(graph[name]):
            theirs = folder_of(target)
            if theirs is None or theirs == mine or theirs in RULES[mine]:
                continue
            where = "upwards" if theirs == "" else f"into {theirs}/ (allowed: {RULES[mine]})"
            problems.append(f"{name} imports {target}: {where}")
    return problems


def oversized(known: Mapping[str, Path]) -> list[str]:
    """Modules longer than :data:`MAX_LINES`."""
    out = []
    for name, path in sorted(known.items()):
        count = len(path.read_text(encoding="utf-8").splitlines())
        if count > MAX_LINES:
            out.append(f"{name}: {count} lines (more than {MAX_LINES}: split it by job)")
    return out


def problems() -> list[str]:
    """Every circle, folder break, stray module and oversized module, as lines of text."""
    known = modules()
    graph = dependencies(known)
    found = [f"import circle: {' <-> '.join(group)}" for group in cycles(graph)]
    return found + folder_breaks(graph) + oversized(known)


def main() -> int:
    """Print what is wrong; exit 1 if anything is."""
    found = problems()
    for line in found:
        print(line)
    if not found:
        print(
            f"{PACKAGE}: no import circle (type-only imports included), folders import one "
            f"way, modules <= {MAX_LINES} lines"
        )
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
