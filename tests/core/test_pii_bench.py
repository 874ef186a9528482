"""benchmarks/pii_bench.py: the content figure, where the two content kinds count as one.

Corpus authors disagree on whether a provider's response or a chat request is
``free_text`` or ``tool_payload``; the content question only asks whether it is content.
The bench prints a second ``forbid`` figure with both kinds as one ``content`` kind,
beside the existing figure, which stays as it was.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from types import ModuleType

import pytest
from _paths import ROOT, load_script

SCRIPT = ROOT / "benchmarks" / "pii_bench.py"
#: Invented turns: a caller's words under a transcript key, content whatever its kind.
SAID = "could you move my appointment to thursday afternoon please"


@pytest.fixture(scope="module")
def bench() -> Iterator[ModuleType]:
    """The script as a module; its import path and its own modules are taken back after."""
    path = list(sys.path)
    own = {"pii_bench", "pii_corpus"} - set(sys.modules)
    yield load_script(SCRIPT)
    sys.path[:] = path
    for name in own:
        sys.modules.pop(name, None)


def _row(bench: ModuleType, n: int, value: str, kinds: tuple[str, ...]) -> object:
    return bench.Row(n, "invented", "attribute", "lk.user_transcript", value, frozenset(kinds))


def test_content_kinds_merge_into_one(bench: ModuleType) -> None:
    assert bench.content_as_one(frozenset({"tool_payload", "name"})) == {"content", "name"}
    assert bench.content_as_one(frozenset({"free_text", "tool_payload"})) == {"content"}
    assert bench.content_as_one(frozenset({"phone"})) == {"phone"}


def test_content_labelled_as_the_other_kind_is_a_hit_in_the_content_figure(
    bench: ModuleType,
) -> None:
    rows = [_row(bench, 0, SAID, ("tool_payload",)), _row(bench, 1, SAID, ("free_text",))]
    merged = bench.Score()
    score, _ = bench.run_ours(rows, 1, content="forbid", merged=merged)
    # The existing figure: one row found as the other kind is a false hit and a miss.
    assert (score.tp["free_text"], score.fp["free_text"], score.fn["tool_payload"]) == (1, 1, 1)
    # The content figure: both rows are content, found as content.
    assert (merged.tp["content"], sum(merged.fp.values()), sum(merged.fn.values())) == (2, 0, 0)


def test_the_report_prints_the_content_figure_beside_the_existing_one(
    bench: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [_row(bench, 0, SAID, ("tool_payload",))]
    merged = bench.Score()
    score, speed = bench.run_ours(rows, 1, content="forbid", merged=merged)
    bench.report([bench.Result("invented", rows, score, speed, merged)])
    out = capsys.readouterr().out
    assert "| free_text | 0.0% | 100.0% |" in out  # the existing figure, as it was
    assert "content as one kind" in out
    assert "| content | 100.0% | 100.0% |" in out


def test_allow_prints_no_content_figure(
    bench: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [_row(bench, 0, SAID, ())]
    score, speed = bench.run_ours(rows, 1, content="allow")
    bench.report([bench.Result("invented", rows, score, speed)])
    assert "content as one kind" not in capsys.readouterr().out
