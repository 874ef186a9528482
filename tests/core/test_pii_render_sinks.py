"""Text made from span data leaves through the rendering layer only.

Span names and attribute keys reach messages through ``_render.quoted_name`` and
``_render.display_key``; this test fails when a module formats a span's name raw, so a
new message cannot reopen the leak the planted-PII test closed.
"""

from __future__ import annotations

import re

from _paths import PACKAGE

from pytest_patter_trace.core._render import display_key, quoted_name
from pytest_patter_trace.core.model import SpanRecord

#: ``{span.name!r}``, ``{record.name}`` and the like inside an f-string.
RAW_NAME = re.compile(r"\{(?:span|record|parent_span|child|actual)\.name(?:!r)?\}")


def test_no_module_formats_a_span_name_raw() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if RAW_NAME.search(line)
    ]
    assert offenders == []


def test_names_and_keys_are_masked() -> None:
    assert quoted_name("dial +1 646 555 0171") == "'dial +1 6•• ••• ••71'"
    assert display_key("callback.+1 646 555 0199") == "callback.+1 6•• ••• ••99"
    assert display_key("gen_ai.prompt.0.content") == "gen_ai.prompt.0.content"


def test_a_record_repr_hides_a_name_that_may_be_personal() -> None:
    ids = {"trace_id": "1" * 32, "span_id": "2" * 16}
    assert "getpatter.llm" in repr(SpanRecord(name="getpatter.llm", **ids))
    assert "646" not in repr(SpanRecord(name="dial +1 646 555 0171", **ids))
