"""Measure the PII detector on the labelled corpus, and compare it with Presidio.

Usage: ``python benchmarks/pii_bench.py [--corpus tests/data/pii_corpus.jsonl]
[--repeat 5] [--no-presidio]``.

Prints precision, recall and F1 overall and per kind, false hits by kind and by corpus
class, and values per second of ``find_pii`` on one core (the whole corpus, best of
``--repeat`` runs, in CPU time so other processes on the machine do not count). Then
runs Presidio's pattern recognizers on the same values (no spaCy model needed) and
prints both side by side. Output is Markdown, for docs/pii.md.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pytest_patter_trace.pii import KINDS, find_pii

ROOT = Path(__file__).resolve().parent.parent
# The corpus reader lives next to the corpus, shared with its tests.
sys.path.insert(0, str(ROOT / "tests" / "data"))
from pii_corpus import CORPUS as DEFAULT_CORPUS  # noqa: E402
from pii_corpus import Row, kinds_by_span, load_rows, span_for  # noqa: E402

#: Presidio entity -> our kind. Presidio has no pattern recognizer for secrets, dates of
#: birth (its DATE_TIME flags every date), street addresses or free text.
PRESIDIO_KINDS = {
    "PHONE_NUMBER": "phone",
    "EMAIL_ADDRESS": "email",
    "CREDIT_CARD": "card",
    "US_SSN": "ssn",
    "IBAN_CODE": "iban",
    "IP_ADDRESS": "ip",
}


@dataclass
class Score:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    false_by_class: Counter[str] = field(default_factory=Counter)
    missed_by_class: Counter[str] = field(default_factory=Counter)

    def add(self, row: Row, predicted: Iterable[str], *, scope: Iterable[str] = KINDS) -> None:
        scope = set(scope)
        got = set(predicted)
        for kind in got:
            if kind in row.kinds:
                self.tp[kind] += 1
            else:
                self.fp[kind] += 1
                self.false_by_class[row.cls] += 1
        for kind in row.kinds & scope:
            if kind not in got:
                self.fn[kind] += 1
                self.missed_by_class[row.cls] += 1

    def prf(self, kinds: Iterable[str]) -> tuple[float | None, float, float]:
        """Precision (``None`` without any hit), recall and F1 over ``kinds``."""
        ks = list(kinds)
        tp = sum(self.tp[k] for k in ks)
        fp = sum(self.fp[k] for k in ks)
        fn = sum(self.fn[k] for k in ks)
        p = tp / (tp + fp) if tp + fp else None
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p is not None and p + r else 0.0
        return p, r, f


def run_ours(rows: Sequence[Row], repeat: int, *, errors: bool = False) -> tuple[Score, float]:
    spans = [span_for(r) for r in rows]
    find_pii(spans[:5])  # warm up: lazy imports and compiled patterns
    best = float("inf")
    findings = []
    for _ in range(repeat):
        start = time.process_time()
        findings = find_pii(spans)
        best = min(best, time.process_time() - start)
    by_span = kinds_by_span(findings)
    masked: dict[str, list[str]] = {}
    for f in findings:
        masked.setdefault(f.span_id, []).append(f"{f.kind} {f.masked}")
    score = Score()
    for row, span in zip(rows, spans, strict=True):
        got = by_span.get(span.span_id, frozenset())
        score.add(row, got)
        if errors and got != row.kinds:
            # Row ids and masked findings only: look the raw value up in the corpus file.
            print(f"row {row.id} {row.cls} key={row.key} expected={sorted(row.kinds)} "
                  f"got={masked.get(span.span_id, [])}")  # fmt: skip
    return score, len(rows) / best


def text_of(value: object) -> str:
    if isinstance(value, tuple):
        return ", ".join(map(str, value))
    return str(value)


def presidio_detector() -> Callable[[str, float], set[str]] | None:
    try:
        from presidio_analyzer.predefined_recognizers import (
            CreditCardRecognizer,
            EmailRecognizer,
            IbanRecognizer,
            IpRecognizer,
            PhoneRecognizer,
            UsSsnRecognizer,
        )
    except ImportError as exc:
        print(f"\nPresidio not run: {exc}", file=sys.stderr)
        return None
    # EmailRecognizer's tldextract tries to download the public suffix list; offline it
    # logs a traceback and falls back to its bundled copy.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    recognizers = [
        PhoneRecognizer(),
        EmailRecognizer(),
        CreditCardRecognizer(),
        UsSsnRecognizer(),
        IbanRecognizer(),
        IpRecognizer(),
    ]

    def detect(text: str, threshold: float) -> set[str]:
        kinds = set()
        for rec in recognizers:
            for res in rec.analyze(text, rec.supported_entities, nlp_artifacts=None):
                if res.score >= threshold and res.entity_type in PRESIDIO_KINDS:
                    kinds.add(PRESIDIO_KINDS[res.entity_type])
        return kinds

    return detect


def run_presidio(
    rows: Sequence[Row], detect: Callable[[str, float], set[str]], threshold: float
) -> tuple[Score, float]:
    texts = [text_of(r.value) for r in rows]
    start = time.process_time()
    results = [detect(t, threshold) for t in texts]
    elapsed = time.process_time() - start
    score = Score()
    for row, got in zip(rows, results, strict=True):
        score.add(row, got, scope=PRESIDIO_KINDS.values())
    return score, len(rows) / elapsed


def pct(x: float | None) -> str:
    return "no hit" if x is None else f"{x * 100:.1f}%"


def report(rows: Sequence[Row], ours: Score, speed: float) -> None:
    positives = sum(1 for r in rows if r.kinds)
    benign = [r for r in rows if r.cls.startswith("id.")]
    print(f"corpus: {len(rows)} values, {positives} with PII, {len(rows) - positives} without "
          f"({len(benign)} benign ids)\n")  # fmt: skip
    p, r, f = ours.prf(KINDS)
    print("| kind | precision | recall | F1 | true hits | false hits | missed |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for kind in KINDS:
        kp, kr, kf = ours.prf([kind])
        print(f"| {kind} | {pct(kp)} | {pct(kr)} | {pct(kf)} | {ours.tp[kind]} | "
              f"{ours.fp[kind]} | {ours.fn[kind]} |")  # fmt: skip
    print(f"| **all** | **{pct(p)}** | **{pct(r)}** | **{pct(f)}** | {sum(ours.tp.values())} | "
          f"{sum(ours.fp.values())} | {sum(ours.fn.values())} |")  # fmt: skip
    benign_hits = sum(n for c, n in ours.false_by_class.items() if c.startswith("id."))
    print(f"\nfalse hits on benign-id classes: {benign_hits}")
    if ours.false_by_class:
        print("false hits by class: " + ", ".join(
            f"{c}={n}" for c, n in sorted(ours.false_by_class.items())))  # fmt: skip
    if ours.missed_by_class:
        print("missed by class: " + ", ".join(
            f"{c}={n}" for c, n in sorted(ours.missed_by_class.items())))  # fmt: skip
    print(f"\nspeed: {speed:,.0f} values/s (find_pii, one core, best run)")


def compare(rows: Sequence[Row], ours: Score, speed: float, repeat: int) -> None:
    detect = presidio_detector()
    if detect is None:
        return
    covered = list(PRESIDIO_KINDS.values())
    runs = [("pytest-patter-trace", ours, speed)]
    for threshold, label in ((0.0, "Presidio patterns, any score"), (0.5, "Presidio, score ≥ 0.5")):
        score, pspeed = run_presidio(rows, detect, threshold)
        runs.append((label, score, pspeed))
    print(f"\n### Same corpus, the kinds Presidio covers ({', '.join(covered)})\n")
    print("| detector | precision | recall | F1 | false hits | false hits on benign ids |"
          " values/s |")  # fmt: skip
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for label, score, sp in runs:
        p, r, f = score.prf(covered)
        fp = sum(score.fp[k] for k in covered)
        benign = sum(n for c, n in score.false_by_class.items() if c.startswith("id."))
        print(f"| {label} | {pct(p)} | {pct(r)} | {pct(f)} | {fp} | {benign} | {sp:,.0f} |")
    print("\n| kind | " + " | ".join(f"{label} P / R" for label, _, _ in runs) + " |")
    print("| --- |" + " --- |" * len(runs))
    for kind in covered:
        cells = []
        for _, score, _ in runs:
            kp, kr, _ = score.prf([kind])
            cells.append(f"{pct(kp)} / {pct(kr)}")
        print(f"| {kind} | " + " | ".join(cells) + " |")
    for label, score, _ in runs[1:]:
        worst = sorted(score.false_by_class.items(), key=lambda kv: -kv[1])[:6]
        print(f"\n{label}: most false hits in " + ", ".join(f"{c}={n}" for c, n in worst))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-presidio", action="store_true")
    parser.add_argument("--errors", action="store_true", help="list rows the detector gets wrong")
    args = parser.parse_args(argv)
    rows = load_rows(args.corpus)
    ours, speed = run_ours(rows, args.repeat, errors=args.errors)
    report(rows, ours, speed)
    if not args.no_presidio:
        compare(rows, ours, speed, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
