"""The quick paths of a capture's scan give what the plain paths give.

Identifiers (UUIDs, trace and request ids, hashes) are most of a capture's values; SDK
spans are read from the SDK's own fields; scalar attribute values skip the walk into
sequences and mappings.
"""

from __future__ import annotations

import random
import uuid

from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from pytest_patter_trace.checks.pii import find_pii
from pytest_patter_trace.core._pii import hints
from pytest_patter_trace.core.model import as_records

#: Hints of every kind: made of hexadecimal characters alone or not, with white space,
#: empty, in upper case, sharing prefixes.
_HINT_POOL = ["face", "7da", "cab", "ccc", "de", "Dead", "street", "a b", "ab ", "", "-0",
              "beef", "strasse", "Face", "f", "0e", "abc-1", "bé", "ĉ", "x", "2024-"]  # fmt: skip
_TEXT_CHARS = "0123456789abcdefABCDEF--" + "0123456789abcdef" * 3 + "xyz _.é"


def _hint_tuples(rnd: random.Random, count: int) -> list[tuple[str, ...]]:
    out = []
    for _ in range(count):
        size = rnd.choice((rnd.randint(1, 7), rnd.randint(8, 21)))  # a tree from eight on
        out.append(tuple(rnd.sample(_HINT_POOL, min(size, len(_HINT_POOL)))))
    return out


def test_a_text_made_of_hex_digits_holds_the_hints_it_holds() -> None:
    rnd = random.Random(91)
    tuples = _hint_tuples(rnd, 60)
    hexes = held = 0
    for _ in range(6000):
        if rnd.random() < 0.4:
            text = str(uuid.UUID(int=rnd.getrandbits(128)))
        else:
            text = "".join(rnd.choice(_TEXT_CHARS) for _ in range(rnd.randint(0, 40)))
        if rnd.random() < 0.1:
            text = text.upper()
        for found in tuples:
            want = any(h in text for h in found)
            assert hints.holds_any(text, found) is want, (text, found)
            held += want
        hexes += set(text) <= set("0123456789abcdefABCDEF-")
    assert hexes > 2000
    assert held > 10000


def _sdk_spans() -> list[object]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer("t")
    rnd = random.Random(92)
    for call in range(30):
        attributes = {
            "stt.request_id": str(uuid.UUID(int=rnd.getrandbits(128))),
            "lk.user_transcript": f"my number is +1 415 555 {rnd.randint(1000, 9999)}",
            # One type per list: SDKs before 1.25 drop a list of mixed types.
            "gen_ai.tool.call.arguments": ["Orla Quentin", "table for 2"],
            "turn.counts": [7, 8],
            "turn.flags": [True, False],
            "turn.scores": [2.5, 0.75],
            "flag": bool(call % 2),
            "llm.score": call / 7,
        }
        with (
            tracer.start_as_current_span("call", attributes={"call.id": f"c-{call:06x}"}),
            tracer.start_as_current_span("turn", attributes=attributes) as span,
        ):
            span.add_event("said", {"text": "I'm Orla Quentin, 12 Elm Street"})
    provider.shutdown()
    return list(exporter.get_finished_spans())


def test_sdk_spans_read_from_their_fields_are_the_records_their_properties_give() -> None:
    from pytest_patter_trace.sources._otel import span_columns

    spans = _sdk_spans()
    assert as_records(spans, read_columns=span_columns) == as_records(spans)


def test_the_scan_of_sdk_spans_finds_what_the_scan_of_their_records_finds() -> None:
    spans = _sdk_spans()
    records = as_records(spans)
    for content in ("allow", "forbid"):
        found = find_pii(spans, content=content)
        assert found == find_pii(records, content=content)
        assert {f.location for f in found} >= {
            "attribute lk.user_transcript",
            "attribute gen_ai.tool.call.arguments[0]",
        }


def test_a_spans_values_are_the_sites_the_walk_into_every_value_gives() -> None:
    from pytest_patter_trace.checks import pii

    for record in as_records(_sdk_spans()):
        walked = [
            site
            for key, value in record.attributes.items()
            for site in pii._values(f"attribute {pii.display_key(key)}", key, value, 2)
        ]
        sites = [s for s in pii._sites(record, set(), set()) if s.order == 2]
        assert sites == walked
        assert len(sites) >= len(record.attributes)
