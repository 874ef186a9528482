"""A long value that repeats itself: each repeat is found where it is, with its own offsets."""

from __future__ import annotations

import pytest

from pytest_patter_trace.core._pii.detect import Scanner

pytest.importorskip("phonenumbers")

_SAID = "you can reach me on +44 20 7946 0321 after six. "


@pytest.mark.parametrize("content", ["forbid", "allow"])
def test_every_repeat_of_a_piece_is_found_at_its_own_place(content: str) -> None:
    # Far longer than one piece of the scan, with a period that makes pieces repeat.
    text = _SAID * 600
    _, hits = Scanner(content=content).scan_text("lk.user_transcript", text)
    phones = [h for h in hits if h.kind == "phone"]
    assert len(phones) == 600
    assert {text[h.start : h.end] for h in phones} == {"+44 20 7946 0321"}
    assert [h.start for h in phones] == [i * len(_SAID) + 20 for i in range(600)]


def test_a_repeat_after_other_text_is_found_as_the_first() -> None:
    other = "the weather was fine all week and the trains ran on time. " * 100
    text = _SAID * 100 + other + _SAID * 100
    _, hits = Scanner(content="allow").scan_text("lk.user_transcript", text)
    starts = [h.start for h in hits if h.kind == "phone"]
    tail = 100 * len(_SAID) + len(other)
    assert starts == [i * len(_SAID) + 20 for i in range(100)] + [
        tail + i * len(_SAID) + 20 for i in range(100)
    ]
