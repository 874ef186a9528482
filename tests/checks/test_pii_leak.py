"""A failing PII check never prints what it caught: not in the message, not in pytest's
assertion rewriting, not in tracebacks with ``--tb=long``, ``--showlocals`` or
``--fulltrace``. Each test runs a real pytest session and searches its whole output."""

from __future__ import annotations

import json
import re

import pytest

#: The planted values. The inner test files never contain them: they read them from a
#: JSON file, so pytest cannot show them as source lines.
RAW = {
    "lead.contact": "+1 415 555 0132",
    "crm.owner": "jane.doe@example.com",
    "payment.card": "4242 4242 4242 4242",
    "customer.tax_id": "078-05-1120",
    "payout.account": "DE89 3704 0044 0532 0130 00",
    "client.address": "81.2.69.160",
    "twilio.auth_token": "0123456789abcdef0123456789abcdef",
    "patient.dob": "1985-03-14",
    "tool.destination": "221B Baker Street, London NW1 6XE",
    "getpatter.stt.text": "I want to cancel my order",
}
EXCEPTION = "transfer to +44 20 7946 0018 failed for jane.doe@example.com"
RESOURCE = {"deployment.owner": "ops-lead@example.org"}
#: A child span whose name carries a phone number: tree headlines and allow failures name it.
CHILD_NAME = "dial +1 646 555 0171"
#: A phone number inside an attribute key: locations and tree text print keys.
KEYED = {"callback.+1 646 555 0199": "jane.doe@example.com"}
#: A password in a URL's userinfo: tree text must show none of it.
PASSWORD = "Zq7vKp2mW9xL4tRb"
URL = {"db.connection": f"redis://:{PASSWORD}@cache.internal:6379/0"}

CONFTEST = """
import json
from pathlib import Path

import pytest
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter


def _build():
    planted = json.loads((Path(__file__).parent / "planted.json").read_text())
    exporter = InMemorySpanExporter()
    provider = TracerProvider(resource=Resource.create(planted["resource"]))
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer("patter")
    attributes = {"patter.call.id": "eval_0123456789ab", **planted["attributes"]}
    with tracer.start_as_current_span("getpatter.tool", attributes=attributes) as span:
        try:
            raise ValueError(planted["exception"])
        except ValueError as exc:
            span.record_exception(exc)
    extra = {"patter.call.id": "eval_0123456789ab", **planted["keyed"], **planted["url"]}
    with tracer.start_as_current_span("getpatter.call", attributes=extra):
        with tracer.start_as_current_span(planted["child"], attributes=extra):
            pass
    provider.shutdown()
    return list(exporter.get_finished_spans())


@pytest.fixture
def spans():
    return _build()
"""

TESTS = """
from pytest_patter_trace.checks.pii import assert_no_pii, find_pii


def test_assert_no_pii(spans):
    assert_no_pii(spans)


def test_assert_not_find_pii(spans):
    assert not find_pii(spans)


def test_compare_with_empty(spans):
    assert find_pii(spans) == []


def test_raising_allow_predicate(spans):
    def picky(value):
        raise ValueError("cannot judge " + value)

    assert_no_pii(spans, allow=[picky])


def test_raising_allow_on_a_span_named_with_pii(spans):
    def picky(value):
        raise ValueError("cannot judge " + value)

    named = [s for s in spans if s.name not in ("getpatter.tool", "getpatter.call")]
    assert_no_pii(named, allow=[picky])


def test_tree_mismatch_headline(spans):
    from pytest_patter_trace.checks.tree import assert_call_tree

    calls = [s for s in spans if s.name != "getpatter.tool"]
    assert_call_tree(calls, "getpatter.call")


def test_tree_text_of_the_call(spans):
    from pytest_patter_trace.checks.tree import call_tree_text

    calls = [s for s in spans if s.name != "getpatter.tool"]
    assert str(call_tree_text(calls)) == ""
"""


def forms(value: str) -> set[str]:
    """The value as written and, for numbers, its digits without separators."""
    out = {value}
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 6:
        out.add(digits)
    return out


def raw_forms() -> set[str]:
    found: set[str] = set()
    for value in [*RAW.values(), EXCEPTION, *RESOURCE.values()]:
        found |= forms(value)
    found |= {"+44 20 7946 0018", "ops-lead@example.org", "cancel my order"}
    for key in KEYED:
        found |= forms(key)
    found |= forms(CHILD_NAME) | {"646 555", PASSWORD[:3], PASSWORD[-3:]}
    return found


@pytest.fixture
def session(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    # The inner sessions need no third-party plugin; loading them costs seconds.
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_leaks=TESTS)
    planted = {
        "attributes": RAW,
        "exception": EXCEPTION,
        "resource": RESOURCE,
        "child": CHILD_NAME,
        "keyed": KEYED,
        "url": URL,
    }
    (pytester.path / "planted.json").write_text(json.dumps(planted), encoding="utf-8")
    return pytester


@pytest.mark.parametrize(
    "options",
    [
        ("-vv", "--tb=long", "--showlocals"),
        ("-vv", "--tb=long", "-l", "--fulltrace"),
        ("--tb=native", "-l", "-rA"),
    ],
    ids=["long-locals", "fulltrace", "native"],
)
def test_no_output_path_shows_a_raw_value(
    session: pytest.Pytester, options: tuple[str, ...]
) -> None:
    result = session.runpytest("-p", "no:cacheprovider", *options)
    result.assert_outcomes(failed=7)
    output = result.stdout.str() + result.stderr.str()
    leaked = sorted(v for v in raw_forms() if v in output)
    assert leaked == [], "raw values printed:\n" + output
    assert "PII findings (values masked):" in output  # the check ran and reported
    # The tree check ran and named the span, masked.
    assert "unexpected child 'dial +1 6•• ••• ••71'" in output
    assert "redis://:••••••••@cache.internal" in output  # no character of the password
    assert "attribute callback.+1 6•• ••• ••99: email" in output  # the key in a location


def test_failure_output_is_the_masked_report(session: pytest.Pytester) -> None:
    result = session.runpytest("-p", "no:cacheprovider", "-vv", "--tb=long", "-l")
    result.stdout.fnmatch_lines(
        [
            "E       pytest_patter_trace.checks.pii.PiiFound: * PII findings (values masked):*",
            "E       call eval_0123456789ab",
            "E         getpatter.tool [[]*[]] attribute lead.contact: phone +1 4•• ••• ••32",
        ],
        consecutive=True,
    )
    result.stdout.fnmatch_lines(
        [
            "*allow[[]0[]] raised ValueError on span 'getpatter.tool' (*) attribute "
            "lead.contact (value not shown)"
        ]
    )
    result.stdout.fnmatch_lines(["*assert not [[]PiiFinding(call_id='eval_0123456789ab'*"])


def test_the_search_would_see_a_leak(session: pytest.Pytester) -> None:
    # A test that prints a planted value itself: the search must catch it, or the tests
    # above prove nothing.
    session.makepyfile(
        test_leaks="""
        import json
        from pathlib import Path

        def test_leaky():
            planted = json.loads(Path("planted.json").read_text())
            assert planted["attributes"]["lead.contact"] == "nothing"
        """
    )
    result = session.runpytest("-p", "no:cacheprovider", "-vv", "--tb=long")
    result.assert_outcomes(failed=1)
    output = result.stdout.str()
    assert sorted(v for v in raw_forms() if v in output) == ["+1 415 555 0132"]
