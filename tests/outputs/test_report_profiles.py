"""``--patter-report`` reads each test under its own profile: call-id keys, contract, content."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from pytest_patter_trace.checks import profiles
from pytest_patter_trace.core._defaults import DEFAULT_CALL_ID_KEYS

# Two Pipecat conversations, as Pipecat's tracing shapes them: its call id is
# ``conversation.id``, and a transcript is content its profile allows.
TEST_FILE = """
import pytest
from opentelemetry import trace

def _conversation(tracer, conv):
    with tracer.start_as_current_span(
        "conversation", attributes={"conversation.id": conv, "conversation.type": "voice"}
    ):
        with tracer.start_as_current_span(
            "turn",
            attributes={"conversation.id": conv, "turn.number": 1, "turn.type": "conversation"},
        ):
            with tracer.start_as_current_span("stt", attributes={"transcript": "hello there"}):
                pass

@pytest.mark.patter_profile("pipecat")
def test_pipecat(patter_spans):
    tracer = trace.get_tracer("pipecat")
    _conversation(tracer, "conv-1")
    _conversation(tracer, "conv-2")
    assert list(patter_spans.calls()) == ["conv-1", "conv-2"]
"""


def _properties(path: str) -> dict[str | None, str | None]:
    (case,) = [c for c in ET.parse(path).iter("testcase") if c.get("name") == "test_pipecat"]
    return {p.get("name"): p.get("value") for p in case.iter("property")}


@pytest.mark.parametrize("workers", [(), ("-n", "2")], ids=["serial", "xdist"])
def test_a_pipecat_test_is_reported_under_its_profile(
    pytester: pytest.Pytester, workers: tuple[str, ...]
) -> None:
    if workers:
        pytest.importorskip("xdist")
    pytester.makepyfile(test_pc=TEST_FILE)
    result = pytester.runpytest_subprocess(
        "-p", "no:randomly", *workers, "--patter-report", "r.html", "--junitxml", "j.xml"
    )
    result.assert_outcomes(passed=1)
    page = (pytester.path / "r.html").read_text(encoding="utf-8")
    # Grouped by conversation.id, not Patter's keys: two calls, not one without an id.
    assert "1 source(s), 2 call(s)" in page
    assert len(re.findall(r"call \d \(conv-[12]\)", page)) == 2
    if not workers:
        props = _properties(str(pytester.path / "j.xml"))
        assert props["patter.calls"] == "2"
        # Pipecat's contract (two attributes its turn spans lack here), not Patter's.
        assert props["patter.codes"] == "missing-attribute=4"
        # Pipecat's content policy: a transcript is no finding.
        assert props["patter.content_findings"] == "0"


def test_one_resolution_gives_keys_grouping_contract_and_content() -> None:
    patter = profiles.resolve_profile()
    assert isinstance(patter, profiles.Profile)
    assert (patter.name, patter.call_id_keys, patter.by_trace) == (
        "patter",
        DEFAULT_CALL_ID_KEYS,
        False,
    )
    assert patter.content == "forbid"
    livekit = profiles.resolve_profile(name="livekit")
    assert livekit.call_id_keys == ("gen_ai.conversation.id", "lk.room.sid")
    assert livekit.by_trace
    assert livekit.contract.name == "livekit"
    assert livekit.content == "allow"
    assert "lk.pii.*" in livekit.content_keys
    # Keys set explicitly win over the profile's; content given wins over the contract's.
    own = profiles.resolve_profile(name="livekit", call_id_keys=("my.id",), content="forbid")
    assert (own.call_id_keys, own.content) == (("my.id",), "forbid")
    # A contract given (path or Contract) is checked against; the profile still groups.
    mixed = profiles.resolve_profile(name="pipecat", contract=patter.contract)
    assert mixed.contract is patter.contract
    assert mixed.call_id_keys == ("conversation.id",)


def test_an_unknown_profile_is_one_clear_error() -> None:
    from pytest_patter_trace.core.errors import ContractError

    with pytest.raises(ContractError, match="unknown profile 'pipcat'; known: patter, pipecat"):
        profiles.resolve_profile(name="pipcat")
