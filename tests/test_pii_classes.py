"""One test per class issue 15 lists: what must not be flagged, and what must be.

Each case is one value in one span, where traces carry it; ``find_pii`` is the real
detector. The values are invented (fiction phone ranges, RFC 2606 hosts, random keys).
"""

from __future__ import annotations

import json

import pytest

from pytest_patter_trace.model import EventRecord, SpanRecord, freeze_attributes
from pytest_patter_trace.pii import find_pii


def _span(key: str, value: object, *, event: bool = False) -> SpanRecord:
    attrs = freeze_attributes({key: value})
    ids = {"name": "getpatter.call", "trace_id": "1" * 32, "span_id": "2" * 16}
    if event:
        return SpanRecord(**ids, events=(EventRecord("exception", 0, attrs),))
    return SpanRecord(**ids, attributes=attrs)


def _kinds(key: str, value: object, *, event: bool = False) -> set[str]:
    return {f.kind for f in find_pii([_span(key, value, event=event)])}


INSUFFICIENT_QUOTA = json.dumps(
    {
        "error": {
            "message": "You exceeded your current quota, please check your plan and billing"
            " details. For more information on this error, read the docs.",
            "type": "insufficient_quota",
            "param": None,
            "code": "insufficient_quota",
        }
    }
)

NOT_PII = {
    "bearer_stars": ("http.request.header.authorization", ("Bearer ***",)),
    "basic_stars": ("http.request.header.authorization", ("Basic ****",)),
    "token_env_reference": ("http.request.header.authorization", ("Token ${DEEPGRAM_API_KEY}",)),
    "bearer_redacted": ("http.request.header.authorization", ("Bearer [REDACTED]",)),
    "masked_key_last4": ("openai.api_key", "sk-...Qx7f"),
    "ssh_remote": ("vcs.repository.url.full", "git@github.com:acme-voice/agent.git"),
    "provider_error_body": ("openai.error.body", INSUFFICIENT_QUOTA),
}


@pytest.mark.parametrize(("key", "value"), list(NOT_PII.values()), ids=list(NOT_PII))
def test_false_positive_classes_are_not_flagged(key: str, value: object) -> None:
    assert find_pii([_span(key, value)]) == []


PII = {
    "name_under_customer_name": ("customer.name", "Ingrid Falkenberg", False, "name"),
    "cnam_surname_first": ("twilio.caller_name", "DOE JANE", False, "name"),
    "tool_arguments": (
        "gen_ai.tool.call.arguments",
        '{"order_id": "ORD-2025-004217", "reason": "late delivery"}',
        False,
        "tool_payload",
    ),
    "utterance_with_spoken_number": (
        "exception.message",
        "ValueError: could not parse phone from caller input "
        "'yeah it is four one five, 555 zero one three two'",
        True,
        "free_text",
    ),
    "redis_password_empty_user": (
        "db.connection_string",
        "redis://:s3cr3t-Kq81v@cache.internal:6379/0",
        False,
        "secret",
    ),
    "wss_query_token": (
        "url.full",
        "wss://stream.example.com/v1/media?call=7&token=Zq8vN2xR4tL9pW3mK7sB1cD5fG0hJ6yU",
        False,
        "secret",
    ),
    "ssn_without_dashes_under_ssn_key": ("applicant.ssn", "536221984", False, "ssn"),
    "mistyped_phone_about_a_caller": (
        "log.message",
        "Caller asked us to ring her back on 020 7946 01234 after five",
        False,
        "phone",
    ),
}


@pytest.mark.parametrize(("key", "value", "event", "kind"), list(PII.values()), ids=list(PII))
def test_positive_classes_are_flagged(key: str, value: object, event: bool, kind: str) -> None:
    assert kind in _kinds(key, value, event=event)
