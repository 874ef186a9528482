"""What a user's suite does on a plain install: copied into a fresh project and run there.

Not collected from this repository (the file name does not start with ``test_``): the
``plain-install`` tox env copies it next to the README's first test and runs pytest on it.
"""

import asyncio

from pytest_patter_trace import assert_no_pii
from pytest_patter_trace.drivers import scenarios


def test_capture_and_no_pii(patter_spans):
    asyncio.run(scenarios.text_turn("call-plain"))
    call = patter_spans.call("call-plain")
    assert [s.name for s in call.roots] == [
        "getpatter.stt",
        "getpatter.endpoint",
        "getpatter.llm",
    ]
    assert_no_pii(patter_spans)


def test_snapshot(patter_spans, patter_snapshot):
    asyncio.run(scenarios.tool_turn("call-snap"))
    assert patter_spans.call() == patter_snapshot
