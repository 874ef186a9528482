"""Format of the corpora written blind by other hands (E, F, G): the detector never runs here.

Those corpora are scored outside the test suite (benchmarks/pii_bench.py). These tests
only hold each file to the format tests/data/README.md gives it, so a scorer can trust its
labels, and to the script that writes it. The generators themselves stay apart, each its
author's own, so one corpus's choices never leak into another's.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from _paths import DATA

#: Letter -> least rows; each file is ``pii_corpus_<letter>.jsonl`` with its generator.
CORPORA = {
    "e": 400,
    "f": 400,
    "g": 600,
    "h": 450,
    "i": 500,
    "j": 450,
    "k": 450,
    "l": 450,
    "m": 450,
    "n": 700,
    "o": 650,
    "p": 650,
    "q": 600,
    "r": 750,
    "s": 700,
    "t": 650,
    "u": 700,
    "v": 800,
    "w": 1000,
}
#: Releases the committed files were written with (each generator names the same).
RELEASES = {"Faker": "40.63.0", "python-stdnum": "2.2", "phonenumbers": "9.0.43"}
PERSONAL = {
    "phone", "email", "card", "ssn", "iban", "ip", "secret", "dob", "address", "name",
    "national_id", "bank_account", "sensitive",
}  # fmt: skip
FIELDS = {"id", "class", "site", "key", "value", "kinds", "content"}
SITES = {"attribute", "event", "status", "resource"}

each_corpus = pytest.mark.parametrize("letter", sorted(CORPORA))


def _rows(letter: str) -> list[dict[str, Any]]:
    text = (DATA / f"pii_corpus_{letter}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


@each_corpus
def test_ids_run_in_order_and_every_row_has_the_fields(letter: str) -> None:
    rows = _rows(letter)
    assert len(rows) >= CORPORA[letter]
    first = rows[0]["id"]  # an author numbers from 0 or from 1
    assert first in (0, 1)
    assert [r["id"] for r in rows] == list(range(first, first + len(rows)))
    for r in rows:
        assert set(r) == FIELDS, r["id"]
        assert r["site"] in SITES, r["id"]
        assert isinstance(r["key"], str), r["id"]
        assert r["key"], r["id"]
        assert isinstance(r["content"], bool), r["id"]
        assert isinstance(r["value"], str | int | float | list), r["id"]


@each_corpus
def test_kinds_are_known_personal_kinds_sorted_once(letter: str) -> None:
    for r in _rows(letter):
        assert set(r["kinds"]) <= PERSONAL, r["id"]
        assert r["kinds"] == sorted(set(r["kinds"])), r["id"]


@each_corpus
def test_the_class_names_the_content_kind_and_whether_there_is_personal_data(
    letter: str,
) -> None:
    for r in _rows(letter):
        prefix, part = r["class"].split(".")[:2]
        assert prefix == ("pos" if r["kinds"] else "neg"), r["id"]
        assert part in ("free_text", "tool_payload", "value"), r["id"]
        assert r["content"] is (part != "value"), r["id"]


@each_corpus
def test_every_personal_kind_is_there_and_negatives_are_a_fair_share(letter: str) -> None:
    rows = _rows(letter)
    positive = sum(1 for r in rows if r["kinds"])
    assert 0.35 <= positive / len(rows) <= 0.65
    assert set(Counter(k for r in rows for k in r["kinds"])) == PERSONAL


@each_corpus
def test_the_generator_rewrites_the_file_byte_for_byte(letter: str, tmp_path: Path) -> None:
    for dist, version in RELEASES.items():
        try:
            installed = metadata.version(dist)
        except metadata.PackageNotFoundError:
            pytest.skip(f"{dist} {version} is needed to regenerate corpus {letter.upper()}")
        if installed != version:
            pytest.skip(
                f"corpus {letter.upper()} was written with {dist} {version}, not {installed}"
            )
    out = tmp_path / f"{letter}.jsonl"
    script = DATA / f"make_pii_corpus_{letter}.py"
    subprocess.run([sys.executable, str(script), str(out)], check=True, capture_output=True)
    assert out.read_bytes() == (DATA / f"pii_corpus_{letter}.jsonl").read_bytes()
