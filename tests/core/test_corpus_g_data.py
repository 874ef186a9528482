"""Corpus G's file format, and that its generator still writes it byte for byte.

Only the data is checked here: the detector is never run on corpus G in this module.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = DATA / "pii_corpus_g.jsonl"
SCRIPT = DATA / "make_pii_corpus_g.py"
FIELDS = ["id", "class", "site", "key", "value", "kinds", "content"]
KINDS = {
    "phone", "email", "card", "ssn", "iban", "ip", "secret", "dob", "address", "name",
    "national_id", "bank_account", "sensitive",
}  # fmt: skip
SITES = {"attribute", "event", "status", "resource"}
# The releases the file was made with; others may draw other names and numbers.
PINNED = {"faker": "40.63.0", "phonenumbers": "9.0.43", "python-stdnum": "2.2"}


def _rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_rows_have_the_documented_fields_in_order() -> None:
    rows = _rows()
    assert len(rows) > 400
    assert [r["id"] for r in rows] == list(range(1, len(rows) + 1))
    for r in rows:
        assert list(r) == FIELDS, r["id"]
        assert r["site"] in SITES, r["id"]
        assert isinstance(r["key"], str), r["id"]
        assert r["key"], r["id"]
        assert isinstance(r["value"], (str, int, float, list)), r["id"]


def test_kinds_are_personal_kinds_and_agree_with_the_class() -> None:
    for r in _rows():
        sign, site_kind = r["class"].split(".")[:2]
        assert set(r["kinds"]) <= KINDS, r["id"]
        assert r["kinds"] == sorted(set(r["kinds"])), r["id"]
        assert sign == ("pos" if r["kinds"] else "neg"), r["id"]
        # A content row names its content kind; every other row says "value".
        expected = {"free_text", "tool_payload"} if r["content"] else {"value"}
        assert site_kind in expected, r["id"]


def test_both_questions_have_positives_and_negatives() -> None:
    rows = _rows()
    groups = {(r["content"], bool(r["kinds"])) for r in rows}
    assert groups == {(True, True), (True, False), (False, True), (False, False)}


def test_the_generator_rewrites_the_file_byte_for_byte(tmp_path: Path) -> None:
    for dist, want in PINNED.items():
        try:
            have = version(dist)
        except PackageNotFoundError:
            pytest.skip(f"{dist} is not installed (needed only to regenerate corpus G)")
        if have != want:
            pytest.skip(f"corpus G was made with {dist} {want}, {have} is installed")
    out = tmp_path / "g.jsonl"
    subprocess.run([sys.executable, str(SCRIPT), str(out)], check=True, timeout=300)
    assert out.read_bytes() == CORPUS.read_bytes()
