"""Which end of a call a number under ``to`` / ``from`` is: the business's line or a person's.

A webhook or a span records both ends of a call. On an inbound call the ``to`` number
(``To``, ``called``, ``callee``, ``to_number``) is the line the business rents and the
``from`` number (``caller``) is the person who rang; on an outbound call it is the other
way round. The direction is read where the span states it: an attribute
(``direction``, ``call.direction``, ``twilio.direction``...) or a key of the same body
(Twilio's and Plivo's ``Direction=``, Telnyx's, Vonage's and Retell's ``"direction"``),
or as a flag (Bland's ``"inbound": false``, ``is_outbound``). Amazon Connect names the
business's end of a contact itself: its ``SystemEndpoint`` is the business's whatever
the direction (the person's is ``CustomerEndpoint``).

Only then is the business's end dropped. With no direction, directions that disagree
(a log of calls both ways in one body), or a leg ``<Dial>`` made (``outbound-dial``:
its ``From`` is the original caller's number by default, its ``To`` whoever was
dialled), both ends stay findings: a missed caller's number costs more than a false hit.

Kept by hand: no library reads the direction of a call from a provider's payload; the
keys and values are the providers' own documented names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the check imports this module before any scan: nothing heavy on import
    from .hit import Hit

__all__ = ["business_end", "direction_of", "drop_business_end"]

_NON_ALNUM = re.compile(r"[\W_]+")
#: Key names (lower case, no separators) of the called end and the calling end.
_CALLED = frozenset(("to", "called", "callee", "tonumber", "callednumber", "calleenumber",
                     "tophone", "tophonenumber"))  # fmt: skip
_CALLING = frozenset(("from", "caller", "fromnumber", "callernumber", "fromphone",
                      "fromphonenumber", "callerid"))  # fmt: skip
#: Last key names that say only "the number of" the segment before (``to.number``).
_NUMBER_OF = frozenset(("number", "phonenumber", "phone", "e164"))
_DIRECTION_KEYS = frozenset(("direction", "calldirection"))
#: Direction values, by the providers' own words; ``outbound-dial`` is neither (above).
_DIRECTIONS = {
    "inbound": "inbound",
    "incoming": "inbound",
    "inboundcall": "inbound",
    "outbound": "outbound",
    "outgoing": "outbound",
    "outboundapi": "outbound",
    "outboundcall": "outbound",
}
#: A direction stated inside a body: JSON, a form, or ``key=value`` log text.
_BODY_DIRECTION = re.compile(
    r"""(?i)(?<![\w.])["']?(?:call[_.]?)?direction["']?\s*[:=]\s*["']?([a-z][a-z_-]*)"""
)
#: Flags stating a direction, and the direction they state when true.
_FLAG_KEYS = {"inbound": "inbound", "isinbound": "inbound", "outbound": "outbound",
              "isoutbound": "outbound"}  # fmt: skip
_OTHER = {"inbound": "outbound", "outbound": "inbound"}
_TRUTH = {"true": True, "false": False}
#: A direction flag inside a body (``"inbound": false``, ``is_outbound=true``).
_BODY_FLAG = re.compile(
    r"""(?i)(?<![\w.])["']?((?:is_?)?(?:in|out)bound)["']?\s*[:=]\s*["']?(true|false)\b"""
)
#: Connect's business end in a body: ``"SystemEndpoint": {"Address": "+1..."}``.
_SYSTEM_END = re.compile(r'"SystemEndpoint"\s*:\s*\{[^{}]*?"Address"\s*:\s*"([^"\\]{1,64})"')
#: A called or calling end's value in a body: ``"to": "..."``, ``"to": {"number": "..."}``,
#: ``"to": [{"type": "phone", "number": "..."}]``, ``To=...``.
_BODY_END = re.compile(
    r"""(?i)(?:"(?P<jkey>[a-z_]{2,20})"\s*:\s*(?:\[\s*)?"""
    r"""(?:\{[^{}"]*(?:"[^"]*"\s*:\s*"[^"]*"\s*,\s*)*"(?:number|phone_number|phoneNumber)"\s*:\s*)?"""
    r'''"(?P<jvalue>[^"\\]{1,64})"'''
    r"""|(?:^|(?<=[&?\s,;]))(?P<fkey>[a-z_]{2,20})=(?P<fvalue>[^&\s,;]{1,64}))"""
)


def _name(key: str) -> str:
    return _NON_ALNUM.sub("", key).lower()


def _direction(value: object) -> str | None:
    return _DIRECTIONS.get(_name(value)) if isinstance(value, str) else None


def _flag(name: str, value: object) -> str | None:
    """The direction a flag (``inbound``, ``is_outbound``) states with ``value``, or None."""
    truth = _TRUTH.get(value.lower()) if isinstance(value, str) else value
    if not isinstance(truth, bool):
        return None
    return _FLAG_KEYS[name] if truth else _OTHER[_FLAG_KEYS[name]]


def direction_of(attributes: Mapping[str, object]) -> str | None:
    """The call's direction a span's attributes state: ``"inbound"``, ``"outbound"`` or ``None``.

    ``None`` when no attribute states one, or two state different ones. A flag that is
    no truth value (``"inbound": "unknown"``) states none.
    """
    found: set[str | None] = set()
    for key, value in attributes.items():
        last = key.rpartition(".")[2]
        folded = last.lower()
        if "direction" not in folded and "bound" not in folded:
            continue  # most keys, asked for every value with a number: no regex
        name = _name(last)
        if name in _DIRECTION_KEYS:
            found.add(_direction(value))
        elif name in _FLAG_KEYS and (flagged := _flag(name, value)) is not None:
            found.add(flagged)
    return found.pop() if len(found) == 1 else None


def business_end(key: str, direction: str | None) -> bool:
    """Whether a number under ``key`` is the business's end of a call going ``direction``."""
    if "systemendpoint" in (folded := key.lower()) or "system_endpoint" in folded:
        return True  # Connect's end of the contact: the business's, whatever the direction
    if direction is None:
        return False
    segments = [s for s in key.split(".") if s and not s.isdigit()]
    if not segments:
        return False
    end = _name(segments[-1])
    if end in _NUMBER_OF and len(segments) > 1:
        end = _name(segments[-2])  # ``to.number``: the number of the called end
    return end in (_CALLED if direction == "inbound" else _CALLING)


def _body_direction(text: str) -> str | None:
    """The one direction a body states, or ``None`` (none, or several that disagree)."""
    found = {_direction(m.group(1)) for m in _BODY_DIRECTION.finditer(text)}
    if "bound" in text or "BOUND" in text:
        found.update(_flag(_name(m.group(1)), m.group(2)) for m in _BODY_FLAG.finditer(text))
    return found.pop() if len(found) == 1 else None


def _states_direction(text: str) -> bool:
    """Whether a body states a direction of its own (a direction key or flag)."""
    stated = "irection" in text or "IRECTION" in text
    if stated and _BODY_DIRECTION.search(text) is not None:
        return True
    return ("bound" in text or "BOUND" in text) and _BODY_FLAG.search(text) is not None


def drop_business_end(
    key: str, text: str, hits: list[Hit], span_direction: Callable[[], str | None]
) -> list[Hit]:
    """``hits`` without the phone numbers at the business's end of the call.

    Args:
        key: the attribute key of ``text``.
        text: the value the hits index.
        hits: the hits found in it.
        span_direction: the direction the span's attributes state, worked out on demand
            (most values hold no number at either end).

    Returns:
        The hits kept: all of them unless the direction is stated and a phone number is
        the value of the business's end, under ``key`` or under a key inside ``text``.
    """
    if business_end(key, span_direction()):
        return [h for h in hits if h.kind != "phone"]
    # A body may state no direction of its own and take the span's.
    direction = _body_direction(text) if _states_direction(text) else span_direction()
    ends: list[tuple[int, int]] = []
    if "SystemEndpoint" in text:  # Connect's contact: its business end needs no direction
        ends += [m.span(1) for m in _SYSTEM_END.finditer(text)]
    if direction is None and not ends:
        return hits
    for m in _BODY_END.finditer(text) if direction is not None else ():
        value = "jvalue" if m.group("jkey") is not None else "fvalue"
        if business_end(m.group("jkey") or m.group("fkey"), direction):
            ends.append(m.span(value))
    if not ends:
        return hits
    return [
        h
        for h in hits
        if h.kind != "phone" or not any(s <= h.start and h.end <= e for s, e in ends)
    ]
