"""Keypad and slot values inside JSON: Lex slots and a media stream's DTMF messages.

Amazon Lex keeps each slot under its name (``{"DateOfBirth": {"value": {"originalValue":
..., "interpretedValue": ...}}}``): the slot's name says what its values are, as an
attribute key does. A media stream's DTMF message (``{"type": "dtmf", "digit": "#",
"buffer": "..."}``) holds what was keyed so far under a generic name.
"""

from __future__ import annotations

import re

__all__ = ["entry_fields"]

#: A Lex V2 slot: its name, then its value object (Lex's ``"shape"`` may come first).
_SLOT_HEAD = re.compile(
    r'"([^"\\\n]{1,64})"\s*:\s*\{(?:\s*"shape"\s*:\s*"[A-Za-z]*"\s*,)?\s*"value"\s*:\s*\{'
)
#: A slot value's strings: as said, as interpreted, and the first value resolved.
_SLOT_VALUE = re.compile(
    r'"(?:originalValue|interpretedValue)"\s*:\s*"((?:[^"\\\n]|\\.)*)"'
    r'|"resolvedValues"\s*:\s*\[\s*"([^"\\]{1,120})"'
)
_DTMF_VALUE = re.compile(r'"(digits?|buffer|keys|input|value)"\s*:\s*"([0-9*# ]{3,48})"')


def entry_fields(text: str) -> list[tuple[str, str, str, int, int]]:
    """``(field, key, value, start, end)`` of each slot value and keyed DTMF buffer.

    ``field`` is the name a record's field reader judges; ``key`` the attribute key the
    keypad reader judges (a slot is collected input: ``slot.<name>``).
    """
    out: list[tuple[str, str, str, int, int]] = []
    if "Value" in text and '"value"' in text:  # a slot's value strings, in C
        heads = list(_SLOT_HEAD.finditer(text))
        for i, head in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
            name = head.group(1)
            for m in _SLOT_VALUE.finditer(text, head.end(), end):
                group = 1 if m.group(1) is not None else 2
                out.append((name, f"slot.{name}", m.group(group), m.start(group), m.end(group)))
    if '"dtmf"' in text:
        for m in _DTMF_VALUE.finditer(text):
            out.append((m.group(1), f"dtmf.{m.group(1)}", m.group(2), m.start(2), m.end(2)))
    return out
