"""Values of other voice stacks' structured parameters, read by each stack's own spelling.

- Lex V2 slots: a slot object (``{"DateOfBirth": {"value": {"originalValue": ...,
  "interpretedValue": ..., "resolvedValues": [...]}}}``) is a record field named by its
  slot: the scanner judges its value as it judges an attribute of that name.
- Asterisk's caller id (``"Name" <number>``): a display name before a bare number, read
  as a SIP header's display name is.

Dialogflow's ``person`` and ``sys.person`` objects are person records of
:mod:`.name_records`; keys in other stacks' spellings are read by :mod:`.stack_keys`.

Kept by hand: the stacks' own field names, from their API references.
"""

from __future__ import annotations

import re

__all__ = ["callerid_hint", "slot_values"]

#: A Lex V2 slot object: its name, then its value object (no nested braces inside).
_SLOT = re.compile(
    r'"([^"\\{}]{1,64})"\s*:\s*\{(?:\s*"shape"\s*:\s*"[A-Za-z]*"\s*,)?\s*"value"\s*:\s*\{([^{}]*)\}'
)
#: A slot value's strings: as said, as interpreted, and the first value resolved.
_SLOT_STRING = re.compile(
    r'"(?:originalValue|interpretedValue)"\s*:\s*"([^"\\]{1,120})"'
    r'|"resolvedValues"\s*:\s*\[\s*"([^"\\]{1,120})"'
)
#: A bare number in angle brackets (Asterisk's ``CALLERID(all)``: ``"Name" <number>``).
_ANGLE_NUMBER = re.compile(r"<\+?\d")


def slot_values(text: str) -> list[tuple[str, str, int, int]]:
    """The values of a JSON text's Lex slot objects: ``(slot name, value, start, end)``."""
    if "Value" not in text or '"value"' not in text:  # most texts end here, in C
        return []
    found: list[tuple[str, str, int, int]] = []
    for slot in _SLOT.finditer(text):
        for m in _SLOT_STRING.finditer(text, slot.start(2), slot.end(2)):
            group = 1 if m.group(1) is not None else 2
            found.append((slot.group(1), m.group(group), m.start(group), m.end(group)))
    return found


def callerid_hint(text: str) -> bool:
    """Whether a text may hold a caller id with a bare number in angle brackets."""
    return "<" in text and _ANGLE_NUMBER.search(text) is not None
