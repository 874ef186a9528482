"""The package's import graph: no circle, layers that import one way, modules of a size.

Run by the lint env (``python tests/architecture.py``, nothing installed) and by
``tests/test_architecture.py``. Reads the source with :mod:`ast`: imports inside
functions count (a late import is still a dependency); imports under
``if TYPE_CHECKING:`` do not (they never run).

Exit status 0 when the graph holds, 1 listing every circle, layer break and oversized
module.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

PACKAGE = "pytest_patter_trace"
ROOT = Path(__file__).resolve().parent.parent / PACKAGE

#: Lowest first. A module may import modules of lower layers, and modules of its own
#: subpackage; never one of the same layer (checks and sources stay independent) nor of
#: a higher one. Subpackages take their package's layer.
LAYERS: tuple[tuple[str, ...], ...] = (
    # records and basics
    # the one escape of span text, which even error messages apply
    ("_printable",),
    ("model", "errors", "_text", "_defaults", "_markers"),
    # low helpers: PII internals, OpenTelemetry and SDK internals
    (
        "_pii",
        "_otel",
        "_follow",
        "_drivers",
        "_pipecat",
        "_livekit",
        "_getpatter_evals",
        "_getpatter_pipeline",
        "_getpatter_types",
        "_otlp_proto",
        "_schema_yaml",
        "_selection",
    ),
    # rendering (the only text made from span data), and the getpatter switch
    ("_render", "_getpatter"),
    # span selectors (the tree language's tokens, read from _render)
    ("_selector",),
    # grouping, a check's finding (Violation) with its text, the OTLP reader and writer
    ("grouping", "_violations", "_otlp_read", "_otlp_write"),
    # low checks and sources
    ("attributes", "_turns", "pii", "tree", "store", "otlp", "_snapshot_options"),
    # the contract, and the snapshot format
    ("contract", "_snapshot_format"),
    # checks on the contract, snapshot, and the capture and receiver
    ("cost", "timing", "profiles", "snapshot", "capture", "receiver", "schema", "select"),
    # the check report and the offline drivers
    (
        "report",
        "scenarios",
        "pipecat_scenarios",
        "livekit_scenarios",
        "schema_diff",
        "schema_coverage",
    ),
    # report outputs
    ("waterfall", "summary", "schema_snapshot"),
    # the pytest report plugin
    ("_pytest_report", "_schema_cli"),
    # entry points
    ("plugin", "cli", ""),
)

#: A module longer than this does more than one job.
MAX_LINES = 650


def _layer_of() -> dict[str, int]:
    return {name: index for index, names in enumerate(LAYERS) for name in names}


def modules() -> dict[str, Path]:
    """Dotted module name (without the package prefix; ``""`` is the package) -> file."""
    out: dict[str, Path] = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _type_checking(node):
            for child in node.orelse:
                yield from _imports(child)
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        yield from _imports(node)


def dependencies(known: Mapping[str, Path]) -> dict[str, set[str]]:
    """Module -> the package modules it imports (resolved, at run time only)."""
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


def _top(name: str) -> str:
    return name.split(".", 1)[0]


def layer_breaks(graph: Mapping[str, set[str]]) -> list[str]:
    """Imports that go sideways or upwards, and modules missing from the layer map."""
    layer = _layer_of()
    problems = [
        f"{name or PACKAGE}: not in the layer map (tests/architecture.py LAYERS)"
        for name in sorted(graph)
        if _top(name) not in layer
    ]
    for name in sorted(graph):
        mine = layer.get(_top(name))
        if mine is None:
            continue
        for target in sorted(graph[name]):
            if name and _top(target) == _top(name):
                continue  # inside one subpackage
            theirs = layer.get(_top(target))
            if theirs is not None and theirs >= mine:
                where = "sideways" if theirs == mine else "upwards"
                problems.append(f"{name or PACKAGE} imports {target}: {where} (layers)")
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
    """Every circle, layer break and oversized module, as lines of text."""
    known = modules()
    graph = dependencies(known)
    found = [f"import circle: {' <-> '.join(group)}" for group in cycles(graph)]
    return found + layer_breaks(graph) + oversized(known)


def main() -> int:
    """Print what is wrong; exit 1 if anything is."""
    found = problems()
    for line in found:
        print(line)
    if not found:
        print(f"{PACKAGE}: no import circle, layers import one way, modules <= {MAX_LINES} lines")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
