"""A number after the bare word "ID", in capitals, when an identifier's check holds for it.

A handover note or a summary says "ID 04078172326 already verified": no country's word,
only "ID". Every identifier module with check digits is tried (as after "ID number"), and
the layouts of the identifiers without one (Pakistan's ``5-7-1``, Denmark's
``DDMMYY-SSSS``, whose check is its date). A system's or a business's "ID" ("Ticket ID",
"call ID 4821...", "ID: 42") names no person's identifier.
"""

from __future__ import annotations

import re

from .hit import Hit, overlaps
from .ids import OWN_LAYOUTS, business_before, named_number, own_layout
from .mask import mask_generic

__all__ = ["find_bare_ids"]

#: "ID" in capitals, then the number (after a colon or a hash maybe).
_BARE_ID = re.compile(r"(?<![\w.\-/])ID(?:\s*[:#]\s*|\s+)(?=[0-9])")
#: Digit groups with single separators, a letter after maybe (a HETU's check letter).
_NUMBER = re.compile(r"[0-9](?:[ .\-/]?[0-9]){5,16}(?:-?[A-Za-z])?(?![0-9A-Za-z])")
#: A date written with separators: a birth date, never an identifier.
_DATE = re.compile(r"[0-9]{1,4}([./-])[0-9]{1,2}\1[0-9]{2,4}")
_LAST_WORD = re.compile(r"([^\W\d_]+)[\s_\-]*$")
#: Words before "ID" that make it a system's or a business's number (with the business
#: words of :func:`.ids.business_before`).
_SYSTEM_BEFORE = frozenset(("call", "caller", "session", "request", "trace", "span", "user",
                            "message", "chat", "room", "job", "task", "event", "agent",
                            "client", "app", "device", "thread", "conversation", "run",
                            "process", "build", "commit", "record", "row", "item", "sku",
                            "payment", "tenant", "project", "group", "team", "unit",
                            "voice", "model", "file", "document", "batch", "queue", "line",
                            "number", "correlation", "trip", "ride", "delivery", "package",
                            "store", "terminal", "merchant", "partner"))  # fmt: skip
#: The layouts a bare "ID" takes besides a check digit's: those only one identifier has,
#: and a Danish CPR number's date and serial.
_LAYOUTS = (*OWN_LAYOUTS, (re.compile(r"\d{6}-\d{4}"), "dk.cpr"))


def find_bare_ids(text: str, hits: list[Hit], claimed: list[tuple[int, int]]) -> None:
    """Add the numbers after a bare "ID" whose check holds for an identifier."""
    if "ID" not in text:
        return
    lowered = text.lower()
    for m in _BARE_ID.finditer(text):
        if business_before(lowered, m.start()):
            continue
        word = _LAST_WORD.search(lowered, max(0, m.start() - 24), m.start())
        if word is not None and word.group(1) in _SYSTEM_BEFORE:
            continue
        number = _NUMBER.match(text, m.end())
        if number is None or overlaps(number.start(), number.end(), claimed):
            continue
        value = number.group()
        if _DATE.fullmatch(value) or len(set(value) - set(" .-/")) == 1:
            continue
        # Every module with check digits, as after "ID number"; then the layouts.
        if named_number("id number", value) or own_layout(value, _LAYOUTS):
            hits.append(Hit("national_id", number.start(), number.end(), mask_generic(value)))
            claimed.append(number.span())
