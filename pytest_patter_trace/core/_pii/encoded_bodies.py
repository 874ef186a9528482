"""Bodies sent encoded: URL-encoded forms and query strings, and base64.

- A form body or a URL's query (``first_name=Ana&phone=%2B34...``) keys each value by its
  field name: :func:`form_fields` yields them, decoded, for the scanner to judge as it
  judges keyed values.
- A body sent base64-encoded (standard or urlsafe, padded or not), whole or as a JSON
  event's body marked base64 (``"isBase64Encoded": true``), hides its JSON from every
  reader: :func:`whole_text` and :func:`encoded_bodies` decode it when it is short
  enough and decodes to mostly printable UTF-8, and :func:`relocate` puts the findings
  of the decoded text back on the characters of the value as it was sent (their masks
  are made from the decoded text, so no raw value is shown).

Hand-written: :mod:`urllib.parse` and :mod:`base64` decode; no library decides when a
value is an encoded body or where a decoded finding sits in the sent value.
"""

from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import unquote

from .hit import Hit

__all__ = [
    "encoded_bodies",
    "form_fields",
    "opaque",
    "relocate",
    "whole_text",
]

#: Encoded bodies longer than this are not decoded (a file, not a request).
_MAX_ENCODED = 65_536
_MIN_ENCODED = 24
#: A shorter value is decoded only to keypad digits (a 15-digit card entered and sent
#: encoded): a word or an id of that length is no body.
_MIN_KEYED = 16
_KEYED_DIGITS = re.compile(r"[0-9*# ]{12,}")
_BASE64 = re.compile(r"[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_\-]+={0,2}")
#: One ``key=value`` pair of a form body or a query string.
_PAIR = re.compile(r"(?:^|(?<=[&?;]))([A-Za-z_][\w.\-\[\]]{0,48})=([^&#\s]*)")
#: A JSON string value that may be a base64 body.
_JSON_STRING = re.compile(r'"\s*:\s*"([A-Za-z0-9+/_\-]{24,}={0,2})"')
#: A "+" that stands for a space: a "+" before a digit is a phone number's, already
#: percent-decoded by the scanner (``%2B34...``), or sent raw.
_PLUS_SPACE = re.compile(r"\+(?!\d)")
#: The share of decoded characters that must be printable for a body to be text.
_PRINTABLE = 0.95
#: The base64 alphabet alone, this long, in a piece of a long value: audio or an image
#: sent inline (a realtime API's ``input_audio_buffer.append``), a hex dump. Shorter runs
#: are tokens and ids, read by every rule.
_OPAQUE_SHORTEST = 2048
_OPAQUE = re.compile(r"[A-Za-z0-9+/_\-]+={0,2}")
_HEX = re.compile(r"[0-9a-fA-F]+")
#: How much of such a run is decoded to tell encoded text from bytes (a multiple of 4).
_OPAQUE_PROBE = 1024


def form_fields(text: str) -> list[tuple[str, str, int, int]]:
    """The fields of a form body or a URL's query: ``(name, decoded value, start, end)``."""
    stripped = text.strip()
    if " " in stripped:  # a form body has no raw spaces; prose with "a=b & c" is no form
        return []
    query = text.find("?")
    start = query + 1 if "://" in text and query >= 0 else 0
    out: list[tuple[str, str, int, int]] = []
    for m in _PAIR.finditer(text, start):
        raw = m.group(2)
        if raw:
            out.append((m.group(1), unquote(_PLUS_SPACE.sub(" ", raw)), m.start(2), m.end(2)))
    return out


def _base64_hint(stripped: str, shortest: int = _MIN_ENCODED) -> bool:
    """Whether a value may be a base64 body: its length, then its alphabet (a cheap gate)."""
    if not shortest <= len(stripped) <= _MAX_ENCODED:
        return False
    if _BASE64.fullmatch(stripped) is None:
        return False
    # Both cases: one case only is a word, a hex digest, a UUID or a number, not base64.
    return stripped != stripped.lower() and stripped != stripped.upper()


def whole_text(stripped: str, shortest: int = _MIN_ENCODED) -> str | None:
    """The text a whole value decodes to when it is a base64 body, else ``None``."""
    return _base64_text(stripped) if _base64_hint(stripped, shortest) else None


def encoded_bodies(text: str, stripped: str) -> list[tuple[int, int, str]]:
    """The base64 bodies of a value: ``(start, end, decoded text)``.

    The whole value, or the string values of a JSON event that marks its body base64
    (``"isBase64Encoded": true``, ``"encoding": "base64"``).
    """
    decoded = whole_text(stripped, _MIN_KEYED)
    if decoded is not None:
        if len(stripped) < _MIN_ENCODED and not _KEYED_DIGITS.fullmatch(decoded):
            return []
        at = text.find(stripped)
        return [(at, at + len(stripped), decoded)]
    if "ase64" not in text or stripped[:1] not in ("{", "["):
        return []
    out: list[tuple[int, int, str]] = []
    for m in _JSON_STRING.finditer(text):
        if _base64_hint(m.group(1)):
            decoded = _base64_text(m.group(1))
            if decoded is not None:
                out.append((m.start(1), m.end(1), decoded))
    return out


def opaque(piece: str) -> bool:
    """Whether a piece of a long value is bytes sent as base64 or hex, not text.

    At least 2,048 characters of that alphabet alone, whose start decodes to no text. A
    piece that decodes to text (a JSON body sent encoded) is not opaque.
    """
    return (
        len(piece) >= _OPAQUE_SHORTEST
        and " " not in piece  # prose fails here, at its first word's end
        and _OPAQUE.fullmatch(piece) is not None
        and not _encodes_text(piece)
    )


def _encodes_text(run: str) -> bool:
    """Whether the start of a long base64 or hex run decodes to text."""
    probe = run[:_OPAQUE_PROBE]
    if _HEX.fullmatch(probe):
        raw = bytes.fromhex(probe)
    else:
        urlsafe = "-" in probe or "_" in probe
        try:
            raw = (base64.urlsafe_b64decode if urlsafe else base64.b64decode)(probe)
        except (binascii.Error, ValueError):
            return False
    # The probe may end inside a character of several bytes: up to three are left off.
    for cut in range(4):
        try:
            decoded = raw[: len(raw) - cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
        return _printable(decoded)
    return False


def _printable(decoded: str) -> bool:
    """Whether decoded bytes read as text: nearly every character printable."""
    printable = sum(1 for ch in decoded if ch.isprintable() or ch in "\n\r\t")
    return printable >= _PRINTABLE * len(decoded)


def _base64_text(stripped: str) -> str | None:
    """The text a base64 value decodes to, or ``None`` when it is no encoded text."""
    urlsafe = "-" in stripped or "_" in stripped
    padded = stripped + "=" * (-len(stripped) % 4)
    try:
        raw = (base64.urlsafe_b64decode if urlsafe else base64.b64decode)(padded)
    except (binascii.Error, ValueError):
        return None
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not decoded:
        return None
    return decoded if _printable(decoded) else None


def relocate(hits: list[Hit], decoded: str, at: int, length: int) -> list[Hit]:
    """Findings in a decoded text, on the characters of the value sent from ``at``.

    Three bytes are four base64 characters: a finding's bytes map to the characters
    that encode them, the group before and after included.
    """
    out: list[Hit] = []
    for kind, start, end, masked in hits:
        first = len(decoded[:start].encode("utf-8")) // 3 * 4
        last = min(length, -(-len(decoded[:end].encode("utf-8")) // 3) * 4)
        out.append(Hit(kind, at + first, at + max(last, first + 1), masked))
    return out
