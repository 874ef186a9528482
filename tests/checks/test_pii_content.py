"""Conversation content apart from personal data: ``content="forbid"`` or ``"allow"``.

Patter promises that no utterance, tool payload or LLM content is exported, so content
is a finding of its own category there. Pipecat, LiveKit and GenAI traces carry content
by design when capture is on: there content is clean unless it says something personal.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _builders import span as build_span

from pytest_patter_trace import cli
from pytest_patter_trace.checks.contract import default_contract, documented_example_trace
from pytest_patter_trace.checks.pii import PiiFound, assert_no_pii, find_pii, format_findings
from pytest_patter_trace.checks.profiles import load_profile
from pytest_patter_trace.core.model import SpanRecord
from pytest_patter_trace.sources.otlp import records_to_otlp_json

pytest.importorskip("phonenumbers")

CLEAN = [
    ("lk.user_transcript", "what are your opening hours on Sunday"),
    ("gen_ai.completion.0.content", "We're open from 9 am to 6 pm, Monday to Saturday."),
    ("input.value", "can you repeat that"),
    ("transcript", "obrigado, tchau"),
    ("gen_ai.tool.call.arguments", '{"date": "2026-12-24", "party_size": 4}'),
]


def span(key: str, value: object, n: int = 1) -> SpanRecord:
    return build_span("turn", n, attributes={key: value})


@pytest.mark.parametrize(("key", "value"), CLEAN)
def test_allowed_content_that_names_no_one_is_clean(key: str, value: str) -> None:
    assert find_pii([span(key, value)], content="allow") == []


@pytest.mark.parametrize(("key", "value"), CLEAN)
def test_forbidden_content_is_a_content_finding(key: str, value: str) -> None:
    findings = find_pii([span(key, value)], content="forbid")
    assert findings
    assert {f.category for f in findings} == {"content"}


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("you can reach me at +1 212 555 0143", "phone"),
        ("my name is Priya Raman", "name"),
        ("me llamo Ana Díaz Ortega", "name"),
        ("我叫王小明", "name"),
        ("mi DNI es 12345678Z", "national_id"),
        ("I was just diagnosed with type 2 diabetes", "sensitive"),
        ("I'm three months behind on my mortgage", "sensitive"),
        ("I have a court hearing about the custody of my kids", "sensitive"),
        ("my husband passed away last week", "sensitive"),
    ],
)
def test_personal_data_inside_allowed_content_is_found(value: str, kind: str) -> None:
    findings = find_pii([span("lk.user_transcript", value)], content="allow")
    assert kind in {f.kind for f in findings}
    assert {f.category for f in findings} == {"personal"}


@pytest.mark.parametrize(
    "value",
    ["is the pharmacy open late", "what is your refund policy", "this is great, thanks"],
)
def test_topics_about_no_one_are_not_disclosures(value: str) -> None:
    assert find_pii([span("lk.user_transcript", value)], content="allow") == []


def test_the_message_counts_content_apart() -> None:
    spans = [
        span("lk.user_transcript", "call me back on +1 212 555 0143", 1),
        span("lk.response.text", "Sure, I will call you back tomorrow morning.", 2),
    ]
    with pytest.raises(PiiFound) as info:
        assert_no_pii(spans)
    first = str(info.value).splitlines()[0]
    assert first.endswith("1 personal data, 2 conversation content")
    assert "content='allow'" in format_findings(info.value.findings)


def test_kinds_content_names_both_content_kinds() -> None:
    findings = find_pii([span("gen_ai.tool.call.arguments", '{"a": 1}')], kinds=["content"])
    assert [f.kind for f in findings] == ["tool_payload"]


def test_a_bad_content_value_says_what_is_accepted() -> None:
    with pytest.raises(ValueError, match="content='maybe': expected 'forbid' or 'allow'"):
        find_pii([span("x", "y")], content="maybe")


def test_the_contracts_say_whether_content_is_allowed() -> None:
    assert default_contract().pii_content == "forbid"
    assert [load_profile(p).pii_content for p in ("pipecat", "livekit", "genai")] == ["allow"] * 3


def test_a_profile_content_key_is_content() -> None:
    spans = [span("pipecat.turn.output", "ok, booked")]
    assert find_pii(spans, content_keys=["output"]) != []
    assert find_pii(spans, content_keys=["output"], content="allow") == []


def _file(tmp_path: Path, note: str) -> Path:
    spans = documented_example_trace(call_id="c-1")
    last = spans[-1]
    changed = SpanRecord(
        name=last.name,
        trace_id=last.trace_id,
        span_id=last.span_id,
        parent_span_id=last.parent_span_id,
        start_ns=last.start_ns,
        end_ns=last.end_ns,
        attributes={**last.attributes, "gen_ai.prompt.0.content": note},
    )
    path = tmp_path / "t.json"
    path.write_text(json.dumps(records_to_otlp_json((*spans[:-1], changed))) + "\n")
    return path


def test_check_content_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clean = _file(tmp_path, "what are your opening hours on Sunday")
    assert cli.main(["check", str(clean), "--no-color"]) == 1
    out = capsys.readouterr().out
    assert "[content:free_text]" in out
    assert "0 PII findings, 1 content finding: DOES NOT CONFORM" in out
    assert cli.main(["check", str(clean), "--no-color", "--content", "allow"]) == 0
    capsys.readouterr()
    phone = _file(tmp_path, "call me back on +1 212 555 0143")
    assert cli.main(["check", str(phone), "--no-color", "--content", "allow"]) == 1
    assert "[pii:phone]" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exited:
        cli.main(["check", str(clean), "--content", "sometimes"])
    assert exited.value.code == 2


def test_the_guard_takes_content_from_marker_and_ini(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        def emit(spans, text):
            from opentelemetry import trace
            with trace.get_tracer("t").start_as_current_span(
                "turn", attributes={"lk.user_transcript": text}
            ):
                pass

        def test_forbidden(patter_spans):
            emit(patter_spans, "what are your opening hours on Sunday")

        @pytest.mark.patter_pii(content="allow")
        def test_allowed(patter_spans):
            emit(patter_spans, "what are your opening hours on Sunday")

        @pytest.mark.patter_pii(content="allow")
        def test_allowed_with_phone(patter_spans):
            emit(patter_spans, "call me back on +1 212 555 0143")

        @pytest.mark.patter_profile("livekit")
        def test_profile_allows(patter_spans):
            emit(patter_spans, "what are your opening hours on Sunday")
        """
    )
    result = pytester.runpytest("--patter-no-pii", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=2)
    result.stdout.fnmatch_lines(
        [
            "*_ test_forbidden _*",
            "1 PII finding (values masked): 0 personal data, 1 conversation content",
        ]
    )
    pytester.makeini("[pytest]\npatter_pii_content = allow\n")
    result = pytester.runpytest("--patter-no-pii", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=1)


@pytest.mark.parametrize(
    ("key", "value", "personal"),
    [
        ("transcript", "hi, my name is Priya Raman and I need to change my booking", "name"),
        ("lk.user_transcript", "my sister Laura Bianchi will pick it up", "name"),
    ],
)
def test_forbidding_content_does_not_hide_the_person_inside_it(
    key: str, value: str, personal: str
) -> None:
    # The two questions are apart: forbid adds a content finding, the personal one stays.
    forbid = {f.kind for f in find_pii([span(key, value)], content="forbid")}
    allow = {f.kind for f in find_pii([span(key, value)], content="allow")}
    assert allow == {personal}
    assert forbid == {"free_text", personal}
