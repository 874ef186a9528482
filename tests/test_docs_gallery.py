"""The committed failure gallery is what the code prints today.

``tools/gen_gallery.py`` runs each gallery case for real; the committed ``docs/gallery.md``
must match a fresh run apart from what changes between runs (timings, ids, paths).
"""

from __future__ import annotations

import difflib

import pytest
from _paths import ROOT, TOOLS, load_script

PAGE = ROOT / "docs" / "gallery.md"


gen = load_script(TOOLS / "gen_gallery.py")


def test_normalize_volatile_hides_only_what_changes_between_runs() -> None:
    text = (
        "4 failed, 1 warning in 3.52s\n"
        "  getpatter.stt [x=1]  (0.4 ms)\n"
        "  at getpatter.stt e8eb5f5962b4b924 in trace 0af7651916cd43dd8448eb211c80319c\n"
        "/tmp/venv/lib/python3.12/site-packages/pytest_patter_trace/tree.py:12: Error\n"
        "    call = patter_spans.call()\n"
        "           ^^^^^^^^^^^^^^^^^^^\n"
        "E  expected 7 spans, got 6\n"
    )
    assert gen.normalize_volatile(text) == (
        "4 failed, 1 warning in <time>\n"
        "  getpatter.stt [x=1]  (<duration>)\n"
        "  at getpatter.stt <span-id> in trace <trace-id>\n"
        "pytest_patter_trace/tree.py:12: Error\n"
        "    call = patter_spans.call()\n"
        "E  expected 7 spans, got 6\n"
    )
    # Counts, names and messages are not volatile: a change there is a real change.
    assert gen.normalize_volatile("expected 7 spans") != gen.normalize_volatile("expected 6 spans")


def test_failure_sections_split_pytest_output_per_test() -> None:
    output = (
        "FF\n"
        "====== FAILURES ======\n"
        "______ test_a ______\n"
        "E  one\n"
        "\n"
        "a.py:3: AssertionError\n"
        "______ test_b ______\n"
        "E  two\n"
        "====== short test summary info ======\n"
        "FAILED a.py::test_a - one\n"
    )
    assert gen._failure_sections(output) == {
        "test_a": "______ test_a ______\nE  one\n\na.py:3: AssertionError",
        "test_b": "______ test_b ______\nE  two",
    }
    assert gen._summary(output) == [
        "====== short test summary info ======",
        "FAILED a.py::test_a - one",
    ]


def test_gallery_shows_every_kind_of_failure() -> None:
    page = PAGE.read_text(encoding="utf-8")
    for title in (
        "## Tree mismatch",
        "## Contract drift on getpatter 0.7.0",
        "## PII finding, masked",
        "## Zero spans captured",
        "## `patter-trace check`",
    ):
        assert title in page
    # The PII case's output shows the number masked, never whole.
    output = page.split("## PII finding, masked", 1)[1].split("`support_agent.py`:", 1)[0]
    assert "customer.phone" in output
    for raw in ("415 555 0123", "4155550123", "555 0123"):
        assert raw not in output


def test_gallery_is_up_to_date() -> None:
    pytest.importorskip("getpatter", reason="the gallery runs real getpatter calls")
    committed = PAGE.read_text(encoding="utf-8")
    fresh = gen.render()
    want, got = gen.normalize_volatile(fresh), gen.normalize_volatile(committed)
    if want != got:
        diff = "\n".join(
            difflib.unified_diff(
                got.splitlines(), want.splitlines(), "docs/gallery.md", "fresh run", lineterm=""
            )
        )
        pytest.fail(f"docs/gallery.md is out of date: run {gen.COMMAND}\n{diff}", pytrace=False)
