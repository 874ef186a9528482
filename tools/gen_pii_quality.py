"""Rewrite docs/pii.md's quality table of corpora A-C from ``benchmarks/pii_bench.py``.

Usage: ``python tools/gen_pii_quality.py``. tests/checks/test_pii_docs.py fails when the
table differs from what the benchmark measures.
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
    """The quality table of corpora A-C as ``benchmarks/pii_bench.py`` prints it."""
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
    return [line for line in out.getvalue().splitlines() if line.startswith("| ")]


def main() -> None:
    """Run the benchmark on A-C and put its table in the page."""
    table = measured_table()
    lines = PAGE.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(HEADER))
    end = start
    while end < len(lines) and lines[end].startswith("| "):
        end += 1
    lines[start:end] = table
    PAGE.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
