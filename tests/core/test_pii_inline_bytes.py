"""Audio, images and dumps sent inline in a long value: bytes, not text.

A realtime API's ``input_audio_buffer.append`` event carries its audio as base64; a debug
log holds a hex dump. No rule reads inside such a run, while the text around it, and a
long body that encodes text, are read as before. Every value is invented for these tests.
"""

from __future__ import annotations

import base64
import json
import random

import pytest
from _builders import span

from pytest_patter_trace.checks.pii import find_pii
from pytest_patter_trace.core._pii.encoded_bodies import opaque

MODES = ("forbid", "allow")


def _audio(size: int, seed: int = 7) -> str:
    return base64.b64encode(random.Random(seed).randbytes(size)).decode()


def _finds(value: str, mode: str) -> list[tuple[str, int]]:
    return [
        (f.kind, len(f.masked))
        for f in find_pii([span("getpatter.stt", 2, attributes={"lk.event": value})], content=mode)
    ]


@pytest.mark.parametrize("mode", MODES)
def test_the_callers_number_beside_inline_audio_is_found(mode: str) -> None:
    event = json.dumps(
        {"type": "input_audio_buffer.append", "audio": _audio(60_000), "note": "callback"}
    )
    value = event + " caller asked for a callback on +44 20 7946 0321"
    kinds = {kind for kind, _ in _finds(value, mode)}
    assert "phone" in kinds


@pytest.mark.parametrize("mode", MODES)
def test_a_long_encoded_text_body_is_still_read(mode: str) -> None:
    turns = [{"speaker": "caller", "text": f"grüße, Zeile {i}: alles gut"} for i in range(300)]
    turns[150]["text"] = "rufen Sie mich an unter +49 30 901820 44"
    body = base64.b64encode(json.dumps(turns, ensure_ascii=False).encode()).decode()
    assert len(body) > 8192
    assert "phone" in {kind for kind, _ in _finds(body, mode)}


def test_pieces_of_bytes_are_opaque_and_text_is_not() -> None:
    audio = _audio(6_000)[:4096]
    dump = random.Random(3).randbytes(3_000).hex()[:4096]
    prose = ("the caller asked about opening hours on Sunday " * 200)[:4096]
    # 767 bytes of ASCII, then two-byte characters: the probe ends inside one.
    text = base64.b64encode(("a" * 767 + "é" * 2000).encode()).decode()[:4096]
    assert [opaque(p) for p in (audio, dump, prose, text, audio[:2000])] == [
        True,
        True,
        False,
        False,
        False,
    ]
