"""Shape of the held-out corpus E (tests/data/pii_corpus_e.jsonl), never its scores.

Corpus E is scored once, blind, outside the test suite: nothing here runs the detector on
it. These tests hold the file to the format tests/data/README.md describes, so a scorer can
trust its labels, and to its generator.
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

CORPUS_E = DATA / "pii_corpus_e.jsonl"
GENERATOR_E = DATA / "make_pii_corpus_e.py"
#: Releases the committed file was generated with (the generator names the same).
RELEASES = {"Faker": "40.63.0", "python-stdnum": "2.2", "phonenumbers": "9.0.43"}
PERSONAL = {
    "phone", "email", "card", "ssn", "iban", "ip", "secret", "dob", "address", "name",
    "national_id", "bank_account", "sensitive",
}  # fmt: skip
SITES = {"attribute", "event", "status", "resource"}


def _rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS_E.read_text(encoding="utf-8").splitlines()]


def test_every_row_has_the_documented_fields_and_kinds() -> None:
    rows = _rows()
    assert [r["id"] for r in rows] == list(range(len(rows)))
    for r in rows:
        assert set(r) == {"id", "class", "site", "key", "value", "kinds", "content"}, r["id"]
        assert r["site"] in SITES, r["id"]
        assert set(r["kinds"]) <= PERSONAL, r["id"]
        assert r["kinds"] == sorted(set(r["kinds"])), r["id"]
        assert isinstance(r["content"], bool), r["id"]


def test_the_class_says_which_content_kind_and_whether_personal_data() -> None:
    for r in _rows():
        prefix, part = r["class"].split(".")[:2]
        assert prefix == ("pos" if r["kinds"] else "neg"), r["id"]
        assert part in ("free_text", "tool_payload", "value"), r["id"]
        assert r["content"] is (part != "value"), r["id"]


def test_personal_data_rows_and_negatives_are_balanced() -> None:
    rows = _rows()
    positive = sum(1 for r in rows if r["kinds"])
    assert len(rows) >= 400
    assert 0.45 <= positive / len(rows) <= 0.55
    kinds = Counter(k for r in rows for k in r["kinds"])
    assert set(kinds) == PERSONAL


def test_generator_rewrites_the_file_byte_for_byte(tmp_path: Path) -> None:
    for dist, version in RELEASES.items():
        try:
            installed = metadata.version(dist)
        except metadata.PackageNotFoundError:
            pytest.skip(f"{dist} {version} is needed to regenerate corpus E")
        if installed != version:
            pytest.skip(f"corpus E was generated with {dist} {version}, not {installed}")
    out = tmp_path / "e.jsonl"
    subprocess.run([sys.executable, str(GENERATOR_E), str(out)], check=True, capture_output=True)
    assert out.read_bytes() == CORPUS_E.read_bytes()
