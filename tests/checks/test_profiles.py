"""Profiles: schema, grouping by the profile's keys, GenAI renaming, and the real frameworks."""

from __future__ import annotations

import importlib.util
import json
import re
from typing import Any

import pytest
from _builders import span as build_span
from _builders import trace_id

from pytest_patter_trace.checks.contract import ContractError, check_contract, contract_from_mapping
from pytest_patter_trace.checks.profiles import PROFILES, content_keys_found, load_profile
from pytest_patter_trace.cli import main
from pytest_patter_trace.core.grouping import group_calls
from pytest_patter_trace.core.model import SpanRecord

HAS_PIPECAT = importlib.util.find_spec("pipecat") is not None
HAS_LIVEKIT = (
    importlib.util.find_spec("livekit.agents") is not None
    if importlib.util.find_spec("livekit")
    else False
)


#: The planted number's last seven digits as written in any form: a bare "0132" is no
#: leak, since timing floats in the tree text hold it by chance ("0.00083296600132").
_PLANTED_PHONE = re.compile(r"555\W{0,3}0132")


def span(name: str, sid: str, parent: str | None, trace: str = "t1", **attrs: Any) -> SpanRecord:
    # A span starts at its hex id: spans start in the order of their ids.
    return build_span(
        name, sid, parent, trace=trace, start=int(sid, 16), duration=1, attributes=attrs
    )


def pipecat_call(cid: str = "conv-1", trace: str = "t1") -> list[SpanRecord]:
    gen = {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "x",
        "gen_ai.request.model": "m",
    }
    return [
        span(
            "conversation",
            "a1",
            None,
            trace,
            **{"conversation.id": cid, "conversation.type": "voice"},
        ),
        span(
            "turn",
            "a2",
            "a1",
            trace,
            **{"conversation.id": cid, "turn.number": 1, "turn.type": "conversation"},
        ),
        span("llm", "a3", "a2", trace, **gen),
    ]


@pytest.mark.parametrize("name", list(PROFILES))
def test_every_builtin_profile_loads(name: str) -> None:
    contract = load_profile(name)
    assert contract.name == name
    assert contract.spans


def test_unknown_profile_is_named() -> None:
    with pytest.raises(ContractError, match="unknown profile 'nope'; known: patter, pipecat"):
        load_profile("nope")


def test_profile_table_errors_carry_key_paths() -> None:
    data = {
        "contract": {"name": "x", "version": "1", "source": "s"},
        "spans": {"a": {}},
        "profile": {"call_id_on": "sometimes", "colour": 1, "span_names": {"b": "x"}},
    }
    with pytest.raises(ContractError) as info:
        contract_from_mapping(data, origin="p.toml")
    text = str(info.value)
    assert "p.toml: profile.call_id_on: expected one of every-span,listed-spans" in text
    assert "p.toml: profile.colour: unknown key" in text
    assert 'p.toml: profile.span_names.b: "b" is not a span of this contract' in text


def test_service_spans_inherit_the_call_id_from_their_turn() -> None:
    # llm carries no conversation.id: with call_id_on = listed-spans that is no violation.
    report = check_contract(pipecat_call(), load_profile("pipecat"))
    assert report.ok, report.format()
    assert report.calls == ("conv-1",)


def test_pipecat_profile_still_fails_a_turn_without_its_id() -> None:
    records = pipecat_call()
    broken = [
        *records[:1],
        span("turn", "a2", "a1", **{"turn.number": 1, "turn.type": "c"}),
        records[2],
    ]
    codes = [(v.code, v.key) for v in check_contract(broken, load_profile("pipecat")).violations]
    assert ("missing-attribute", "conversation.id") in codes


def test_traces_without_an_id_are_calls_when_the_profile_says_so() -> None:
    records = [span("agent_session", "b1", None, "t1"), span("agent_session", "b2", None, "t2")]
    assert len(group_calls(records).unattributed) == 2
    grouping = group_calls(records, by_trace=True)
    assert sorted(grouping.calls) == ["trace:" + trace_id("t1"), "trace:" + trace_id("t2")]
    report = check_contract(records, load_profile("livekit"))
    assert len(report.calls) == 2


def test_genai_profile_matches_spans_by_operation_and_checks_their_names() -> None:
    good = span(
        "chat fake",
        "c1",
        None,
        **{
            "gen_ai.operation.name": "chat",
            "gen_ai.provider.name": "p",
            "gen_ai.request.model": "fake",
        },
    )
    bad = span(
        "llm",
        "c2",
        None,
        **{
            "gen_ai.operation.name": "chat",
            "gen_ai.provider.name": "p",
            "gen_ai.request.model": "fake",
        },
    )
    other = span("turn", "c3", None, **{"turn.number": 1})
    assert check_contract([good, other], load_profile("genai")).ok
    found = check_contract([bad], load_profile("genai")).violations
    assert [(v.code, v.span_name) for v in found] == [("span-name", "llm")]
    tts = span("tts", "c4", None, **{"gen_ai.operation.name": "tts", "gen_ai.provider.name": "p"})
    codes = [v.code for v in check_contract([tts], load_profile("genai")).violations]
    assert codes == ["unknown-span"]


def test_content_keys_of_a_profile() -> None:
    records = [span("tts", "d1", None, text="hi", voice_id="v")]
    assert content_keys_found(records, load_profile("pipecat")) == ["text"]


def test_cli_unknown_profile_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--profile", "nope"]) == 2
    assert "unknown profile 'nope'" in capsys.readouterr().err


@pytest.mark.skipif(HAS_PIPECAT, reason="checks the message when pipecat-ai is absent")
def test_cli_without_pipecat_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--profile", "pipecat"]) == 3
    err = capsys.readouterr().err
    assert "pipecat-ai is not installed" in err
    assert "Traceback" not in err


def _run(profile: str, *scenarios: str) -> tuple[int, dict[str, Any]]:
    import contextlib
    import io

    out = io.StringIO()
    args = ["check", "--profile", profile, "--json"]
    for s in scenarios:
        args += [s] if s.startswith("--") or s in ("forbid", "allow") else ["--scenario", s]
    with contextlib.redirect_stdout(out):
        code = main(args)
    return code, json.loads(out.getvalue())


@pytest.mark.skipif(not HAS_PIPECAT, reason="pipecat-ai is not installed (tox -e pipecat)")
def test_pipecat_real_offline() -> None:
    code, doc = _run("pipecat", "text-turn", "tool-turn", "several-turns", "concurrent-calls")
    # Pipecat exports the conversation by design: clean talk is no finding (issue 23).
    assert code == 0, doc["error"] or [c["pii"] for s in doc["sources"] for c in s["calls"]]
    calls = [c for s in doc["sources"] for c in s["calls"]]
    assert len(calls) == 1 + 1 + 1 + 3
    tree = calls[0]["tree"]
    assert tree[0].startswith("conversation")
    assert tree[1].strip().startswith("turn")
    assert all(not c["violations"] for c in calls), [c["violations"] for c in calls]
    turns = [line for line in calls[2]["tree"] if line.strip().startswith("turn ")]
    assert len(turns) == 3


@pytest.mark.skipif(not HAS_PIPECAT, reason="pipecat-ai is not installed (tox -e pipecat)")
def test_pipecat_phone_number_is_a_pii_finding() -> None:
    code, doc = _run("pipecat", "phone-number")
    assert code == 1
    findings = doc["sources"][0]["calls"][0]["pii"]
    phones = [f for f in findings if f["kind"] == "phone"]
    assert phones
    assert {f["span_name"] for f in phones} == {"llm"}
    assert {f["category"] for f in findings} == {"personal"}
    assert not _PLANTED_PHONE.search(json.dumps(doc))


@pytest.mark.skipif(not HAS_PIPECAT, reason="pipecat-ai is not installed (tox -e pipecat)")
def test_pipecat_with_content_forbidden_reports_the_conversation() -> None:
    code, doc = _run("pipecat", "text-turn", "--content", "forbid")
    assert code == 1
    findings = doc["sources"][0]["calls"][0]["pii"]
    assert findings
    assert {f["category"] for f in findings} == {"content"}


@pytest.mark.skipif(not HAS_LIVEKIT, reason="livekit-agents is not installed (tox -e livekit)")
def test_livekit_phone_number_is_a_pii_finding() -> None:
    code, doc = _run("livekit", "phone-number")
    assert code == 1
    findings = doc["sources"][0]["calls"][0]["pii"]
    assert {f["kind"] for f in findings} == {"phone"}
    assert not _PLANTED_PHONE.search(json.dumps(doc))


@pytest.mark.skipif(not HAS_LIVEKIT, reason="livekit-agents is not installed (tox -e livekit)")
def test_livekit_real_offline() -> None:
    code, doc = _run("livekit", "text-turn", "tool-turn", "concurrent-calls")
    assert code == 0, doc["error"] or [c["pii"] for s in doc["sources"] for c in s["calls"]]
    calls = [c for s in doc["sources"] for c in s["calls"]]
    assert len(calls) == 1 + 1 + 3
    assert calls[0]["tree"][0].startswith("agent_session")
    assert any(line.strip().startswith("agent_turn") for line in calls[0]["tree"])
    assert any(line.strip().startswith("function_tool") for line in calls[1]["tree"])
    assert all(not c["violations"] for c in calls), [c["violations"] for c in calls]


def test_profile_whose_traces_are_calls_groups_the_capture(pytester: pytest.Pytester) -> None:
    # LiveKit offline stamps no session id: under its profile each trace is a call.
    pytester.makeini("[pytest]\npatter_profile = livekit\n")
    pytester.makepyfile(
        """
        from opentelemetry import trace

        def test_it(patter_spans):
            tracer = trace.get_tracer("t")
            with tracer.start_as_current_span("agent_session"):
                with tracer.start_as_current_span("agent_turn"):
                    pass
            call = patter_spans.call()
            assert call.call_id.startswith("trace:")
            assert [s.name for s in call.roots] == ["agent_session"]
            assert patter_spans.unattributed() == ()
        """
    )
    pytester.runpytest_subprocess("-p", "no:cacheprovider").assert_outcomes(passed=1)
    # Under the default profile the same spans belong to no call.
    pytester.makeini("[pytest]\n")
    pytester.makepyfile(
        """
        from opentelemetry import trace

        def test_it(patter_spans):
            with trace.get_tracer("t").start_as_current_span("agent_session"):
                pass
            assert patter_spans.calls() == {}
            assert len(patter_spans.unattributed()) == 1
        """
    )
    pytester.runpytest_subprocess("-p", "no:cacheprovider").assert_outcomes(passed=1)
