"""Instrumentation spans beside getpatter's: an ASGI app's server spans, same provider.

FastAPI/ASGI instrumentations emit a SERVER span per request into the global provider,
around whatever the handler does, getpatter's call included (recent FastAPI releases
also emit their own route and endpoint spans, kept here too). They are spans of the
test: the capture keeps them, and grouping and the PII check stay right beside them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

pytest.importorskip("getpatter", reason="getpatter is not installed (pip install '.[test]')")
fastapi = pytest.importorskip("fastapi")
httpx = pytest.importorskip("httpx")

from opentelemetry import trace  # noqa: E402
from opentelemetry.trace import SpanKind  # noqa: E402

from pytest_patter_trace import find_pii  # noqa: E402
from pytest_patter_trace.drivers import scenarios  # noqa: E402
from pytest_patter_trace.sources.capture import SpanCapture  # noqa: E402

GETPATTER_SPANS = [
    "getpatter.stt",
    "getpatter.endpoint",
    "getpatter.llm",
    "getpatter.llm",
    "getpatter.tts",
]


def _app() -> Any:
    """A voice app's API: starting a call runs a real getpatter turn; a dashboard list."""
    app = fastapi.FastAPI()
    # What the ASGI instrumentation does, by hand: its package pins the SDK version.
    tracer = trace.get_tracer("opentelemetry.instrumentation.asgi")

    @app.middleware("http")
    async def server_span(request: Any, call_next: Callable[[Any], Awaitable[Any]]) -> Any:
        attributes = {
            "http.request.method": request.method,
            "url.path": request.url.path,
            "url.query": request.url.query,
        }
        name = f"{request.method} {request.url.path}"
        with tracer.start_as_current_span(name, kind=SpanKind.SERVER, attributes=attributes):
            response = await call_next(request)
            trace.get_current_span().set_attribute(
                "http.response.status_code", response.status_code
            )
            return response

    @app.post("/calls/{call_id}")
    async def start_call(call_id: str) -> dict[str, str]:
        await scenarios.text_turn(call_id)
        return {"call": call_id}

    @app.get("/api/calls")
    async def dashboard() -> list[str]:
        return ["c-api"]

    return app


async def _drive(*requests: tuple[str, str]) -> None:
    transport = httpx.ASGITransport(app=_app())
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for method, url in requests:
            response = await client.request(method, url)
            assert response.status_code == 200


async def test_server_spans_kept_and_calls_right_beside_them(patter_spans: SpanCapture) -> None:
    await _drive(("POST", "/calls/c-api"), ("GET", "/api/calls"))
    names = patter_spans.names()
    assert names.count("POST /calls/c-api") == 1
    assert names.count("GET /api/calls") >= 1
    # The call is getpatter's turn under the request that started it: one call, whole.
    assert list(patter_spans.calls()) == ["c-api"]
    call = patter_spans.call()
    assert [s.name for s in call.spans if s.name.startswith("getpatter.")] == GETPATTER_SPANS
    assert "POST /calls/c-api" in [s.name for s in call.spans]
    assert all(s.kind == "SERVER" for s in call.roots)
    # The dashboard request is its own trace: spans of the test, of no call.
    rest = patter_spans.unattributed()
    assert "GET /api/calls" in [s.name for s in rest]
    assert len({s.trace_id for s in rest}) == 1
    assert not [s for s in rest if s.name.startswith("getpatter.")]
    assert patter_spans.conflicts() == ()
    assert find_pii(patter_spans) == []


async def test_pii_in_a_server_span_is_found_beside_clean_getpatter_spans(
    patter_spans: SpanCapture,
) -> None:
    await _drive(("POST", "/calls/c-pii"), ("GET", "/api/calls?caller=%2B14155550123"))
    findings = find_pii(patter_spans)
    assert findings
    assert {(f.span_name, f.key, f.kind) for f in findings} == {
        ("GET /api/calls", "url.query", "phone")
    }
    assert all(f.call_id is None for f in findings)
    assert "4155550123" not in "\n".join(str(f) for f in findings)
