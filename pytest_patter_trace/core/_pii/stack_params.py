"""Values of other voice stacks' structured parameters, read by each stack's own spelling.

- Asterisk's caller id (``"Name" <number>``): a display name before a bare number, read
  as a SIP header's display name is.
- A carrier's caller-name lookup (CNAM) that types its result a business's
  (``"caller_type": "BUSINESS"``): the name in it is the business's, no one's.

Dialogflow's ``person`` and ``sys.person`` objects are person records of
:mod:`.name_records`; keys in other stacks' spellings are read by :mod:`.stack_keys`;
Lex V2 slot objects, judged by the slot's name, by :mod:`.keypad_fields`.

Kept by hand: the stacks' own field names, from their API references.
"""

from __future__ import annotations

import re

from .hit import Hit

__all__ = ["callerid_hint", "drop_business_cnam"]

#: A caller-name lookup's type, a business's (Twilio's ``caller_type``, any case style).
_BUSINESS_CALLER = re.compile(r'(?i)"caller_?type"\s*:\s*"business"')
#: A bare number in angle brackets (Asterisk's ``CALLERID(all)``: ``"Name" <number>``).
_ANGLE_NUMBER = re.compile(r"<\+?\d")


def callerid_hint(text: str) -> bool:
    """Whether a text may hold a caller id with a bare number in angle brackets."""
    return "<" in text and _ANGLE_NUMBER.search(text) is not None


def drop_business_cnam(text: str, hits: list[Hit]) -> None:
    """Drop the names of the caller-name lookups in ``text`` typed a business's."""
    if "aller_type" not in text and "allerType" not in text:  # most texts end here, in C
        return
    spans = []
    for m in _BUSINESS_CALLER.finditer(text):
        end = text.find("}", m.end())
        spans.append((text.rfind("{", 0, m.start()), len(text) if end < 0 else end))
    if spans:
        hits[:] = [
            h for h in hits if h.kind != "name" or not any(s <= h.start < e for s, e in spans)
        ]
