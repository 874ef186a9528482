"""Long values: scanned in pieces, in time linear in their size, and never a crash."""

from __future__ import annotations

import pytest

from pytest_patter_trace.checks.pii import find_pii
from pytest_patter_trace.core.model import SpanRecord

pytest.importorskip("phonenumbers")


def _span(key: str, value: str) -> SpanRecord:
    return SpanRecord(name="s", trace_id="1" * 32, span_id="2" * 16, attributes={key: value})


@pytest.mark.parametrize("content", ["forbid", "allow"])
@pytest.mark.parametrize(
    "text",
    [
        # A run of short figures longer than 200 characters (a table of counts, a log).
        " ".join(str(i % 97) for i in range(400)),
        # Digit words read out for longer than 200 characters.
        " ".join(["one two three four five six seven eight nine oh"] * 30),
    ],
    ids=["figures", "digit-words"],
)
def test_a_long_run_of_numbers_is_scanned_without_error(text: str, content: str) -> None:
    findings = find_pii([_span("app.note", f"counts: {text}. done")], content=content)
    assert all(f.kind in {"phone", "card", "ssn", "free_text"} for f in findings)
