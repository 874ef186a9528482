"""Rewrite docs/pii.md's quality table of corpora A-C, and its misses by class, from the benchmark.

Usage: ``python tools/gen_pii_quality.py``. tests/checks/test_pii_docs.py fails when the
table or the lines under it differ from what ``benchmarks/pii_bench.py`` measures.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "pii.md"
HEADER = "| kind | A precision |"


def measured_table() -> list[str]:
    """The quality table of corpora A-C as ``benchmarks/pii_bench.py`` prints it.

    After it, a blank line and one list item per corpus and outcome naming the classes of
    its false hits and misses.
    """
    spec = importlib.util.spec_from_file_location("pii_bench", ROOT / "benchmarks" / "pii_bench.py")
    assert spec is not None
    assert spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # dataclasses look their module up while defined
    spec.loader.exec_module(bench)
    results = []
    for name, path in bench.CORPORA.items():
        rows = bench.load_rows(path)
        score, speed = bench.run_ours(rows, 1)
        results.append(bench.Result(name, rows, score, speed))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        bench.report(results)
    printed = out.getvalue().splitlines()
    table = [line for line in printed if line.startswith("| ")]
    return [*table, "", *(f"- {line}" for line in printed if " by class: " in line)]


def main() -> None:
    """Run the benchmark on A-C and put its table and misses by class in the page."""
    block = measured_table()
    lines = PAGE.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(HEADER))
    end = start
    while end < len(lines) and lines[end].startswith("| "):
        end += 1
    # The items under the table are the previous run's: they go with it.
    if end + 1 < len(lines) and lines[end] == "" and " by class: " in lines[end + 1]:
        end += 1
        while end < len(lines) and " by class: " in lines[end]:
            end += 1
    lines[start:end] = block
    PAGE.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
