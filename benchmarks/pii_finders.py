"""Where a 1 MB value's PII scan spends its time: CPU seconds per detection family.

Usage: ``python benchmarks/pii_finders.py [talk|dense|distinct ...] [--repeat 3]``.

Scans the 1 MB values of ``pii_bench.py --ratio`` (a transcript, the same PII again and
again, distinct PII back to back) as ``find_pii`` does, with each family's entry point
timed (CPU time, best run). A family's time includes the families it calls (the phone
finder inside ``find_phones``, the named identifiers inside ``find_national_ids``);
"scan loop" is the rest: ``Scanner.scan_text``'s own work, cutting into pieces, ordering
hits, building findings. The entry points are wrapped in this process only, for the
measurement: the detector is not changed. Findings are counted, never printed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_bench import dense_mb_value, distinct_mb_value, talk_mb

from pytest_patter_trace.checks.pii import find_pii
from pytest_patter_trace.core._pii import (
    context,
    disclosure,
    ids,
    ips,
    names,
    national,
    numeric,
    rulesets,
    shapes,
    speech,
)
from pytest_patter_trace.core.model import SpanRecord

ROWS: dict[str, Callable[[], str]] = {
    "talk": talk_mb,
    "dense": dense_mb_value,
    "distinct": distinct_mb_value,
}
#: (module, entry point) per family, as the scan loop calls them.
FAMILIES: tuple[tuple[ModuleType, str], ...] = (
    (numeric, "find_phones"),
    (numeric, "spoken_numbers"),
    (numeric, "find_ibans"),
    (numeric, "find_cards"),
    (numeric, "find_ssns"),
    (ips, "find_ips"),
    (national, "find_national_ids"),
    (ids, "find_named_ids"),
    (speech, "find_names_in_speech"),
    (names, "find_lexicon_names"),
    (disclosure, "find_sensitive"),
    (context, "find_dobs"),
    (context, "find_addresses"),
    (shapes, "find_secrets"),
    (shapes, "find_spelt_emails"),
    (rulesets, "find_rule_secrets"),
)


def _timed(spent: dict[str, float], label: str, func: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - start

    return wrapper


def measure(text: str, repeat: int) -> tuple[float, dict[str, float], int]:
    """Best total CPU seconds, each family's seconds in that run, and the findings."""

    def span(value: str) -> SpanRecord:
        return SpanRecord(name="s", trace_id="1" * 32, span_id="2" * 16,
                          attributes={"lk.user_transcript": value})  # fmt: skip

    record = span(text)
    find_pii([span(text[:20_000])], content="allow")  # warm up: lazy imports, patterns
    spent: dict[str, float] = {}
    originals = [(module, name, getattr(module, name)) for module, name in FAMILIES]
    for module, name, func in originals:
        setattr(module, name, _timed(spent, f"{module.__name__.rsplit('.', 1)[-1]}.{name}", func))
    # The scan loop looks each family up on its module at each call: it calls the wrappers.
    best, best_spent, found = float("inf"), {}, 0
    try:
        for _ in range(repeat):
            spent.clear()
            start = time.process_time()
            found = len(find_pii([record], content="allow"))
            total = time.process_time() - start
            if total < best:
                best, best_spent = total, dict(spent)
    finally:
        for module, name, func in originals:
            setattr(module, name, func)
    return best, best_spent, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("rows", nargs="*", metavar="ROW", help=f"of {', '.join(ROWS)} (all)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    unknown = sorted(set(args.rows) - set(ROWS))
    if unknown:
        parser.error(f"unknown row {', '.join(unknown)}: choose from {', '.join(ROWS)}")
    for row in args.rows or list(ROWS):
        total, spent, found = measure(ROWS[row](), args.repeat)
        print(f"\n{row}: {total:.3f} CPU s, {found:,} findings (the wrappers add a little)")
        print("| family | CPU s | share |\n| --- | --- | --- |")
        # Nested families (the phone finder's, the named identifiers') count in their
        # callers too: the loop's share is the total less the outermost ones.
        nested = ("ids.find_named_ids", "names.find_lexicon_names")
        outer = {k: v for k, v in spent.items() if k not in nested}
        for label, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
            print(f"| {label} | {seconds:.3f} | {seconds / total:.0%} |")
        loop = total - sum(outer.values())
        print(f"| scan loop and findings | {loop:.3f} | {loop / total:.0%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
