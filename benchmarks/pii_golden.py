"""Every finding of the PII detector on fixed inputs, written to a file and compared later.

Usage: ``python benchmarks/pii_golden.py dump OUT`` then, after a change to the detector
meant to leave its findings alone (a speed change), ``python benchmarks/pii_golden.py
compare OUT``: exit 0 when every finding is identical, 1 listing the first differences
(corpus, row id, kind, masked value; never a raw value).

The inputs: corpora A-J (``tests/data/pii_corpus*.jsonl``) in both content modes, each
row's value also through ``Scanner.scan_text`` directly (hit offsets included); long
values made by joining the corpus values (cut into pieces by the scanner); the capture and
the three 1 MB values of ``pii_bench.py --ratio``. Keep OUT outside the repository: it holds
masked findings and offsets only, but it is a working file, not a fixture.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "data"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_bench import _mix_attributes, dense_mb_value, distinct_mb_value, talk_mb  # noqa: E402
from pii_corpus import (  # noqa: E402
    CORPORA,
    CORPUS_D,
    CORPUS_E,
    CORPUS_F,
    CORPUS_G,
    CORPUS_H,
    CORPUS_I,
    CORPUS_J,
    load_rows,
    span_for,
)

from pytest_patter_trace.checks.pii import find_pii  # noqa: E402
from pytest_patter_trace.core._pii.detect import Scanner  # noqa: E402
from pytest_patter_trace.core.model import SpanRecord  # noqa: E402

MODES = ("forbid", "allow")
#: Keys the joined long values sit under: content, a developer's text, a neutral key.
LONG_KEYS = ("lk.user_transcript", "exception.message", "app.note")


def _corpus_lines() -> Iterator[str]:
    # The held-out corpora too: rules tuned on A-D meet other people's data there.
    corpora = {**CORPORA, "D": CORPUS_D, "E": CORPUS_E, "F": CORPUS_F, "G": CORPUS_G,
               "H": CORPUS_H, "I": CORPUS_I, "J": CORPUS_J}  # fmt: skip
    for name, path in corpora.items():
        rows = load_rows(path)
        spans = [span_for(r) for r in rows]
        row_of = {s.span_id: r.id for s, r in zip(spans, rows, strict=True)}
        for mode in MODES:
            for f in find_pii(spans, content=mode):
                yield json.dumps(["find", name, mode, row_of[f.span_id], f.kind, f.masked,
                                  f.location, f.call_id])  # fmt: skip
            scanner = Scanner(content=mode)
            for row in rows:
                values = row.value if isinstance(row.value, tuple) else (row.value,)
                for v in values:
                    if isinstance(v, str):
                        _, hits = scanner.scan_text(row.key, v)
                    elif isinstance(v, int | float):
                        _, hits = scanner.scan_number(row.key, v)
                    else:
                        continue
                    for h in hits:
                        yield json.dumps(["hit", name, mode, row.id, h.kind, h.start, h.end,
                                          h.masked])  # fmt: skip


def _long_lines() -> Iterator[str]:
    texts = [
        r.value for path in CORPORA.values() for r in load_rows(path) if isinstance(r.value, str)
    ]
    joined = {
        "sentences": ". ".join(texts),
        "lines": "\n".join(texts),
        "spaces": " ".join(texts),
    }
    for mode in MODES:
        scanner = Scanner(content=mode)
        for label, text in joined.items():
            for key in LONG_KEYS:
                try:
                    _, hits = scanner.scan_text(key, text)
                except RecursionError as exc:  # a crash is a result too: kept to compare
                    yield json.dumps(["long", label, key, mode, "error", type(exc).__name__])
                    continue
                for h in hits:
                    yield json.dumps(["long", label, key, mode, h.kind, h.start, h.end, h.masked])


def _ratio_lines() -> Iterator[str]:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer("bench")
    for call in range(250):
        with tracer.start_as_current_span(
            "getpatter.call", attributes={"getpatter.call.id": f"eval_{call:012x}"}
        ):
            for turn in range(4):
                for name, attrs in _mix_attributes(call, turn):
                    with tracer.start_as_current_span(name, attributes=attrs):  # type: ignore[arg-type]
                        pass
    provider.shutdown()
    spans = list(exporter.get_finished_spans())
    for mode in MODES:
        for f in find_pii(spans, content=mode):
            yield json.dumps(["ratio", mode, f.span_name, f.kind, f.masked, f.location, f.call_id])
    mb_values = (("talk", talk_mb()), ("dense", dense_mb_value()),
                 ("distinct", distinct_mb_value()))  # fmt: skip
    for label, text in mb_values:
        record = SpanRecord(name="s", trace_id="1" * 32, span_id="2" * 16,
                            attributes={"lk.user_transcript": text})  # fmt: skip
        for mode in MODES:
            findings = find_pii([record], content=mode)
            yield json.dumps(["mb", label, mode, len(findings)])
            for f in findings:
                yield json.dumps(["mb", label, mode, f.kind, f.masked])


def lines() -> Iterator[str]:
    """Every finding, one JSON array a line, in a fixed order."""
    yield from _corpus_lines()
    yield from _long_lines()
    yield from _ratio_lines()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("dump", "compare"))
    parser.add_argument("path", type=Path, help="the findings file (outside the repository)")
    args = parser.parse_args(argv)
    got = list(lines())
    if args.mode == "dump":
        args.path.write_text("\n".join(got) + "\n", encoding="utf-8")
        print(f"{len(got)} findings written to {args.path}")
        return 0
    want = args.path.read_text(encoding="utf-8").splitlines()
    if got == want:
        print(f"identical: {len(got)} findings")
        return 0
    got_set, want_set = set(got), set(want)
    missing = [w for w in want if w not in got_set]
    new = [g for g in got if g not in want_set]
    print(f"DIFFERENT: {len(want)} expected, {len(got)} now; "
          f"{len(missing)} gone, {len(new)} new")  # fmt: skip
    for line in missing[:20]:
        print(f"  - {line}")
    for line in new[:20]:
        print(f"  + {line}")
    if not missing and not new:
        print("  same findings, other order")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
