"""Format of the held-out corpus F (tests/data/pii_corpus_f.jsonl); the detector never runs here.

Corpus F is scored outside the test suite. These tests only hold the file to the format
tests/data/README.md gives it, and to the script that writes it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from _paths import DATA

CORPUS_F = DATA / "pii_corpus_f.jsonl"
GENERATOR_F = DATA / "make_pii_corpus_f.py"
#: Releases the committed file was written with (the script names the same).
RELEASES = {"Faker": "40.63.0", "python-stdnum": "2.2", "phonenumbers": "9.0.43"}
PERSONAL = {
    "phone", "email", "card", "ssn", "iban", "ip", "secret", "dob", "address", "name",
    "national_id", "bank_account", "sensitive",
}  # fmt: skip
FIELDS = {"id", "class", "site", "key", "value", "kinds", "content"}
SITES = {"attribute", "event", "status", "resource"}


def _rows() -> list[dict[str, Any]]:
    text = CORPUS_F.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def test_ids_run_in_order_and_every_row_has_the_fields() -> None:
    rows = _rows()
    assert len(rows) >= 400
    assert [r["id"] for r in rows] == list(range(len(rows)))
    for r in rows:
        assert set(r) == FIELDS, r["id"]
        assert r["site"] in SITES, r["id"]
        assert isinstance(r["key"], str), r["id"]
        assert r["key"], r["id"]
        assert isinstance(r["content"], bool), r["id"]


def test_kinds_are_known_personal_kinds_sorted_once() -> None:
    for r in _rows():
        assert set(r["kinds"]) <= PERSONAL, r["id"]
        assert r["kinds"] == sorted(set(r["kinds"])), r["id"]


def test_the_class_names_the_content_kind_and_whether_there_is_personal_data() -> None:
    for r in _rows():
        prefix, part = r["class"].split(".")[:2]
        assert prefix == ("pos" if r["kinds"] else "neg"), r["id"]
        if r["content"]:
            assert part in ("free_text", "tool_payload"), r["id"]
        else:
            assert part == "value", r["id"]


def test_the_generator_rewrites_the_file_byte_for_byte(tmp_path: Path) -> None:
    for dist, version in RELEASES.items():
        try:
            installed = metadata.version(dist)
        except metadata.PackageNotFoundError:
            pytest.skip(f"{dist} {version} is needed to regenerate corpus F")
        if installed != version:
            pytest.skip(f"corpus F was written with {dist} {version}, not {installed}")
    out = tmp_path / "f.jsonl"
    subprocess.run([sys.executable, str(GENERATOR_F), str(out)], check=True, capture_output=True)
    assert out.read_bytes() == CORPUS_F.read_bytes()
