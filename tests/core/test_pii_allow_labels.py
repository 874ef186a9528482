"""The content-allowed labels of corpora A, B and C (tests/data/pii_allow_labels.jsonl).

They relabel exactly the content rows (``free_text`` / ``tool_payload``) of the three
corpora, name only kinds the detector knows, keep each row's identifier kinds, and are
what ``make_pii_allow_labels.py`` writes from the decisions file.
"""

from __future__ import annotations

import json

from _paths import DATA, load_script

from pytest_patter_trace.core._pii.kinds import KINDS

CONTENT = {"free_text", "tool_payload"}


# tests/data is not a package: load the generator and the corpus reader by path.
_make = load_script(DATA / "make_pii_allow_labels.py")
_corpus = load_script(DATA / "pii_corpus.py")


def _corpus_kinds() -> dict[tuple[str, int], set[str]]:
    kinds = {}
    for stem in ("pii_corpus", "pii_corpus_b", "pii_corpus_c"):
        for line in (DATA / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            kinds[(stem, row["id"])] = set(row["kinds"])
    return kinds


def test_labels_cover_exactly_the_content_rows() -> None:
    labels = _corpus.load_allow_labels()
    content = {key for key, kinds in _corpus_kinds().items() if kinds & CONTENT}
    assert set(labels) == content
    lines = _corpus.ALLOW_LABELS.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(labels), "a row is labelled twice"
    per_corpus = {stem: sum(1 for s, _ in labels if s == stem) for stem, _ in labels}
    assert per_corpus == {"pii_corpus": 101, "pii_corpus_b": 168, "pii_corpus_c": 192}


def test_every_kind_is_known_and_none_is_content() -> None:
    named = {kind for kinds in _corpus.load_allow_labels().values() for kind in kinds}
    assert named <= set(KINDS), sorted(named - set(KINDS))
    assert not named & CONTENT


def test_identifier_kinds_are_kept() -> None:
    corpus = _corpus_kinds()
    for key, kinds in _corpus.load_allow_labels().items():
        assert corpus[key] - CONTENT <= kinds, key


def test_file_is_what_the_decisions_make() -> None:
    written = [json.loads(line) for line in _make.OUT.read_text(encoding="utf-8").splitlines()]
    assert written == _make.labels(_make.read_decisions())
