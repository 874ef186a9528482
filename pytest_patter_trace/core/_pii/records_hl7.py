"""People in HL7 v2 messages, read by segment and field position.

A hospital interface's ADT or ORU message carries the patient in ``PID`` (PID-3 ids,
PID-5 name ``FAMILY^GIVEN``, PID-7 birth date ``YYYYMMDD``, PID-11 address, PID-13/14
phones, PID-19 SSN), the next of kin in ``NK1``, the doctors in ``PV1`` and the diagnosis
in ``DG1``; segments end in a carriage return (or a newline, once logged). Nothing but
the position says what a field holds.

Hand-written: the HL7 v2 parsers on the package index (``hl7``, ``python-hl7``) split
messages but say nothing of personal data, and would be a new dependency for a few lines.
"""

from __future__ import annotations

import re

from .hit import Hit
from .mask import MASKERS

__all__ = ["find_hl7", "hl7_hint"]

#: Segments a message read here may start with.
_FIRST = ("MSH|", "PID|", "NK1|", "PV1|", "DG1|")
#: Segment -> (field number -> kind) for the fields that always hold a person's data.
_FIELDS: dict[str, dict[int, str]] = {
    "PID": {5: "name", 6: "name", 7: "dob", 9: "name", 11: "address", 13: "phone",
            14: "phone", 19: "ssn"},
    "NK1": {2: "name", 4: "address", 5: "phone", 6: "phone", 30: "name"},
    "PV1": {7: "doctor", 8: "doctor", 9: "doctor", 17: "doctor"},
    "DG1": {3: "diagnosis", 4: "diagnosis"},
}  # fmt: skip
#: Identifier type codes of PID-3 naming a national number (``...^^^SSA^SS``).
_NATIONAL_TYPES = {"SS": "ssn", "NI": "national_id", "NN": "national_id", "PPN": "national_id"}
_DIGITS = re.compile(r"\d")
#: Segment ends, kept by the split so that each segment's offset adds up.
_LINE_ENDS = re.compile(r"(\r\n|\r|\n)")


def hl7_hint(text: str) -> bool:
    """Whether a text may hold an HL7 v2 message (a cheap gate: a segment at a line start)."""
    return text.lstrip().startswith(_FIRST) or "\rPID|" in text or "\nPID|" in text


def find_hl7(text: str, hits: list[Hit]) -> None:
    """Add the personal data of the HL7 v2 segments in a text."""
    named = False
    diagnoses: list[tuple[int, int]] = []
    for segment, at in _segments(text):
        kind = segment[:3]
        fields = _FIELDS.get(kind)
        if fields is None or len(segment) < 4:
            continue
        sep = segment[3]
        start = at
        for number, field in enumerate(segment.split(sep)):
            end = start + len(field)
            what = fields.get(number)
            if kind == "PID" and number == 3:
                _identifiers(field, start, hits)
            elif what is not None and field.strip("^~& "):
                if what == "diagnosis":
                    diagnoses.append((start, end))
                else:
                    named = _field(what, field, start, hits) or named
            start = end + 1
    if named:  # a diagnosis beside a named patient is a disclosure about them
        for start, end in diagnoses:
            text_of = text[start:end]
            hits.append(Hit("sensitive", start, end, MASKERS["sensitive"](text_of)))


def _segments(text: str) -> list[tuple[str, int]]:
    """Each segment of a message with where it starts in the text."""
    out: list[tuple[str, int]] = []
    at = 0
    for line in _LINE_ENDS.split(text):
        if line not in ("\r\n", "\r", "\n"):
            out.append((line, at))
        at += len(line)
    return out


def _field(what: str, field: str, start: int, hits: list[Hit]) -> bool:
    """Add one field's hit; whether it was a person's name."""
    components = field.split("^")
    if what == "doctor":  # XCN: id^family^given^...; a name only when it has letters
        person = " ".join(c for c in components[1:3] if c)
        if person and not _DIGITS.search(person):
            hits.append(Hit("name", start, start + len(field), MASKERS["name"](person)))
        return False
    value = " ".join(c for c in components if c).strip()
    if not value:
        return False
    if what == "name" and _DIGITS.search(components[0]):
        return False  # an id where a name belongs: no one is named
    if what in ("dob", "phone", "ssn") and not _DIGITS.search(value):
        return False
    hits.append(Hit(what, start, start + len(field), MASKERS[what](value)))
    return what == "name"


def _identifiers(field: str, start: int, hits: list[Hit]) -> None:
    """PID-3's identifiers typed as national numbers (``078051120^^^SSA^SS``)."""
    for repeat in field.split("~"):
        components = repeat.split("^")
        kind = _NATIONAL_TYPES.get(components[4]) if len(components) > 4 else None
        if kind is not None and _DIGITS.search(components[0]):
            value = components[0]
            hits.append(Hit(kind, start, start + len(value), MASKERS[kind](value)))
        start += len(repeat) + 1
