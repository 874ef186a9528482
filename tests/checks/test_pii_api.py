"""find_pii / assert_no_pii: findings, the failure message, allow/kinds/extra, redact."""

from __future__ import annotations

import json
import pickle
import re
import subprocess
import sys
import textwrap
from typing import Any

import pytest
from _builders import span as build_span

from pytest_patter_trace.checks.pii import (
    KINDS,
    PiiFinding,
    PiiFound,
    assert_no_pii,
    find_pii,
    format_findings,
    redact,
)
from pytest_patter_trace.core.model import EventRecord, LinkRecord, SpanRecord, StatusRecord

PHONE = "+1 415 555 0132"
EMAIL = "jane.doe@example.com"


def span(name: str, n: int, *, call: str | None = "eval_0123456789ab", **fields: Any) -> SpanRecord:
    # Each span in a trace of its own, starting at its id.
    return build_span(name, n, trace=n, call=call, start=n, **fields)


def trace() -> list[SpanRecord]:
    return [
        span("getpatter.tool", 1, attributes={"lead.contact": PHONE, "patter.tool.name": "x"}),
        span(
            "getpatter.llm",
            2,
            events=(EventRecord("exception", 5, {"exception.message": f"no account {EMAIL}"}),),
        ),
        span("app.request", 3, call=None, attributes={"client.address": "81.2.69.160"}),
    ]


def test_findings_name_call_span_location_kind_and_masked_value() -> None:
    findings = find_pii(trace())
    assert [(f.call_id, f.span_name, f.span_id, f.location, f.key, f.kind, f.masked)
            for f in findings] == [
        ("eval_0123456789ab", "getpatter.tool", "0000000000000001", "attribute lead.contact",
         "lead.contact", "phone", "+1 4•• ••• ••32"),
        ("eval_0123456789ab", "getpatter.llm", "0000000000000002",
         "event exception › exception.message", "exception.message", "email",
         "j•••@e•••.com"),
        (None, "app.request", "0000000000000003", "attribute client.address", "client.address",
         "ip", "81.•.••.•••"),
    ]  # fmt: skip


def test_failure_message_lists_findings_by_call_and_ends_with_how_to_allow() -> None:
    with pytest.raises(AssertionError) as excinfo:
        assert_no_pii(trace())
    assert str(excinfo.value) == textwrap.dedent(
        """\
        3 PII findings (values masked):
        call eval_0123456789ab
          getpatter.tool [0000000000000001] attribute lead.contact: phone +1 4•• ••• ••32
          getpatter.llm [0000000000000002] event exception › exception.message: email j•••@e•••.com
        spans without a call id
          app.request [0000000000000003] attribute client.address: ip 81.•.••.•••
        Not PII? allow=['client.address', 'exception.message', 'lead.contact'] skips those attribute keys (globs work),
        allow=[re.compile(...) or a callable] accepts the values it matches, kinds=[...] narrows the check."""  # noqa: E501
    )
    assert isinstance(excinfo.value, PiiFound)
    assert len(excinfo.value.findings) == 3


def test_every_place_of_a_span_is_scanned() -> None:
    record = span(
        f"call {PHONE}",
        1,
        status=StatusRecord("ERROR", f"could not reach {EMAIL}"),
        links=(LinkRecord("a" * 32, "b" * 16, {"peer.contact": PHONE}),),
        resource={"deployment.owner": EMAIL},
        attributes={"nested": {"contact": PHONE}, "list": ("ok", EMAIL)},
    )
    locations = [f.location for f in find_pii([record])]
    assert locations == [
        "span name",
        "status description",
        "attribute nested.contact",
        "attribute list[1]",
        "link 0 › peer.contact",
        "resource › deployment.owner",
    ]


def test_a_resource_shared_by_spans_is_reported_once() -> None:
    resource = {"deployment.owner": EMAIL}
    spans = [span("a", 1, resource=resource), span("b", 2, resource=resource)]
    assert [(f.span_name, f.location) for f in find_pii(spans)] == [
        ("a", "resource › deployment.owner")
    ]


def test_readable_spans_and_captures_are_accepted() -> None:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    with provider.get_tracer("t").start_as_current_span("s", attributes={"lead.contact": PHONE}):
        pass
    provider.shutdown()
    assert [f.kind for f in find_pii(exporter.get_finished_spans())] == ["phone"]


def test_clean_trace_passes() -> None:
    assert find_pii([span("getpatter.stt", 1, attributes={"getpatter.stt.text_len": 12})]) == []
    assert_no_pii([span("getpatter.stt", 1)])


# -- allow, kinds, extra ------------------------------------------------------------------


def test_allow_key_globs_skip_attributes() -> None:
    kinds = [f.kind for f in find_pii(trace(), allow=["lead.*", "client.address"])]
    assert kinds == ["email"]


def test_allow_value_rules_accept_flagged_values() -> None:
    by_regex = find_pii(trace(), allow=[re.compile(r"@example\.com$")])
    assert [f.kind for f in by_regex] == ["phone", "ip"]
    by_callable = find_pii(trace(), allow=[lambda value: value.startswith("+1 415")])
    assert [f.kind for f in by_callable] == ["email", "ip"]


def test_kinds_narrow_the_check() -> None:
    assert [f.kind for f in find_pii(trace(), kinds=["email"])] == ["email"]
    assert [f.kind for f in find_pii(trace(), kinds="ip")] == ["ip"]


def test_extra_patterns_add_kinds() -> None:
    record = span("s", 1, attributes={"crm.ref": "employee EMP-123456 escalated"})
    assert find_pii([record]) == []
    found = find_pii([record], extra=[r"EMP-\d{6}"])
    assert [(f.kind, f.masked) for f in found] == [("custom", "E•••••••••")]
    named = find_pii([record], extra=[("employee_id", re.compile(r"EMP-\d{6}"))])
    assert [f.kind for f in named] == ["employee_id"]
    assert find_pii([record], extra=[("employee_id", r"EMP-\d{6}")], kinds=["phone"]) != []


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"kinds": ["phone", "phon"]}, ValueError, r"unknown PII kind 'phon'; known: phone, "),
        ({"allow": [42]}, TypeError, r"allow\[0\] is a int; expected an attribute-key glob"),
        ({"extra": ["(unclosed"]}, ValueError, r"extra\[0\]: invalid regex '\(unclosed'"),
        ({"extra": [("bad kind", "x")]}, ValueError, r"extra\[0\]: expected \(kind, regex\)"),
        ({"extra": [3.5]}, TypeError, r"extra\[0\] is a float; expected a regex"),
    ],
)
def test_bad_arguments_say_what_is_wrong(
    arguments: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        find_pii(trace(), **arguments)  # type: ignore[arg-type]


def test_bad_spans_argument_names_the_type() -> None:
    with pytest.raises(TypeError, match="got str"):
        find_pii("not spans")  # type: ignore[arg-type]


def test_a_failing_allow_predicate_is_named_without_the_value() -> None:
    def picky(value: str) -> bool:
        raise ValueError(f"cannot judge {value}")

    with pytest.raises(RuntimeError) as excinfo:
        find_pii(trace(), allow=[picky])
    message = str(excinfo.value)
    assert message == (
        "allow[0] raised ValueError on span 'getpatter.tool' (0000000000000001) "
        "attribute lead.contact (value not shown)"
    )
    assert excinfo.value.__cause__ is None
    assert excinfo.value.__context__ is None


# -- findings never hold raw values ---------------------------------------------------------


def test_findings_hold_no_raw_value() -> None:
    findings = find_pii(trace())
    assert findings
    for finding in findings:
        for text in (repr(finding), str(finding), json.dumps(finding.to_dict())):
            for raw in (PHONE, EMAIL, "81.2.69.160"):
                assert raw not in text
            assert "4155550132" not in re.sub(r"\D", "", text)
    assert not any(hasattr(f, "value") or hasattr(f, "raw") for f in findings)


def test_to_dict_is_plain_json() -> None:
    finding = find_pii(trace())[0]
    assert finding.to_dict() == {
        "category": "personal",
        "call_id": "eval_0123456789ab",
        "span_name": "getpatter.tool",
        "span_id": "0000000000000001",
        "location": "attribute lead.contact",
        "key": "lead.contact",
        "kind": "phone",
        "masked": "+1 4•• ••• ••32",
        "text": "getpatter.tool [0000000000000001] attribute lead.contact: +1 4•• ••• ••32",
    }


def test_format_findings_takes_a_hint_with_the_keys() -> None:
    text = format_findings(find_pii(trace()), hint="Allow with patter_pii_allow = {keys}")
    assert text.splitlines()[-1] == (
        "Allow with patter_pii_allow = 'client.address', 'exception.message', 'lead.contact'"
    )


def test_guard_failure_is_the_teardown_message() -> None:
    from pytest_patter_trace.checks.pii import guard_failure

    assert guard_failure([span("getpatter.stt", 1)]) is None
    message = guard_failure(trace(), allow=["client.*"])
    assert message is not None
    assert message.splitlines()[0] == "2 PII findings (values masked):"
    assert message.splitlines()[-2:] == [
        "Not PII? @pytest.mark.patter_pii(allow=['exception.message', 'lead.contact']) on the "
        "test, or the patter_pii_allow ini option,",
        "accepts those attribute keys (globs work); @pytest.mark.patter_pii(check=False) "
        "skips the guard.",
    ]


def test_the_exception_survives_pickling() -> None:
    error = PiiFound(find_pii(trace()), hint="see {keys}")
    copy = pickle.loads(pickle.dumps(error))
    assert (str(copy), copy.findings, copy.hint) == (str(error), error.findings, "see {keys}")


def test_finding_is_frozen() -> None:
    finding: PiiFinding = find_pii(trace())[0]
    with pytest.raises(AttributeError):
        finding.masked = "x"  # type: ignore[misc]


# -- redact ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value", "shown"),
    [
        ("lead.contact", f"call me at {PHONE} please", "call me at +1 4•• ••• ••32 please"),
        ("customer.phone", 4155550132, "4•••••••32"),
        ("list", ("ok", EMAIL), ("ok", "j•••@e•••.com")),
        ("nested", {"contact": EMAIL}, {"contact": "j•••@e•••.com"}),
        ("bytes", EMAIL.encode(), "j•••@e•••.com"),
        ("patter.call.id", "eval_0123456789ab", "eval_0123456789ab"),
        ("getpatter.stt.text_len", 12, 12),
        ("flag", True, True),
        ("nothing", None, None),
    ],
)
def test_redact(key: str, value: object, shown: object) -> None:
    assert redact(key, value) == shown


def test_redact_returns_the_same_object_when_nothing_is_flagged() -> None:
    value = "getpatter.llm"
    assert redact("name", value) is value


def test_kinds_constant_matches_the_detector() -> None:
    from pytest_patter_trace.core._pii.detect import KINDS as DETECTOR_KINDS

    assert KINDS == DETECTOR_KINDS


# -- lazy loading ------------------------------------------------------------------------------


def run_python(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout + result.stderr


def test_importing_the_module_loads_neither_phonenumbers_nor_the_patterns() -> None:
    out = run_python(
        """
        import sys
        import pytest_patter_trace.checks.pii
        heavy = ["phonenumbers", "pytest_patter_trace.core._pii.patterns",
                 "pytest_patter_trace.core._pii.vocabulary", "pytest_patter_trace.core._pii.detect",
                 "pytest_patter_trace.core._pii.shapes", "pytest_patter_trace.core._pii.numeric",
                 "pytest_patter_trace.core._pii.context"]
        print([m for m in heavy if m in sys.modules])
        """
    )
    assert out.strip() == "[]"


def test_import_time_shows_no_phonenumbers() -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import pytest_patter_trace.checks.pii"],
        capture_output=True,
        text=True,
        check=True,
    )
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()]
    assert "pytest_patter_trace.checks.pii" in imported
    heavy = (
        "phonenumbers",
        "pytest_patter_trace.core._pii.detect",
        "pytest_patter_trace.core._pii.patterns",
        "pytest_patter_trace.core._pii.vocabulary",
        "pytest_patter_trace.core._pii.numeric",
    )
    assert not [m for m in imported if m.startswith(heavy)]


def test_without_phonenumbers_checks_say_how_to_install_and_redact_still_masks() -> None:
    out = run_python(
        """
        import sys
        sys.modules["phonenumbers"] = None  # as if not installed
        from pytest_patter_trace.core.model import SpanRecord
        from pytest_patter_trace.checks.pii import find_pii, redact
        s = SpanRecord(name="s", trace_id="1" * 32, span_id="2" * 16,
                       attributes={"lead.contact": "+1 415 555 0132", "e": "a.b@example.com"})
        try:
            find_pii([s])
        except ModuleNotFoundError as exc:
            print("error:", exc)
        print([f.kind for f in find_pii([s], kinds=["email"])])
        print(redact("lead.contact", "+1 415 555 0132"))
        """
    )
    hint = "error: phone-number checks need the 'phonenumbers' package: pip install phonenumbers"
    assert hint in out
    assert "['email']" in out
    assert "+1 4•• ••• ••32" in out


def test_a_capture_grouped_by_trace_names_the_trace_call_of_a_finding() -> None:
    from pytest_patter_trace.sources.store import SpanStore

    # A framework session with no call id offline: its trace is the call.
    store = SpanStore(by_trace=True)
    store.add_records([span("agent_turn", 7, call=None, attributes={"lead.contact": PHONE})])
    (finding,) = find_pii(store)
    assert finding.call_id == f"trace:{7:032x}"
    assert finding.call_id in store.calls()
