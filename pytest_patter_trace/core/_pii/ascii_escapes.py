r"""Non-ASCII characters a serialiser wrote as ``\uXXXX`` escapes, as letters again.

``json.dumps`` escapes every non-ASCII character by default, so a Python exporter that
serialises messages or memories that way writes ``"Kundens dotter heter \u00c5sa"``:
names, words and digits of every script but Latin's ASCII hide from the readers of free
text. Only escapes of non-ASCII characters are written back (surrogate pairs joined):
escaped quotes, backslashes and control characters stay as they are, so the JSON keeps
its shape for the readers of its fields.

Hand-written: :func:`json.loads` decodes a whole document or none of it, and a value is
often a JSON document cut short, or JSON inside other text.
"""

from __future__ import annotations

import re

__all__ = ["unescaped"]

#: A ``\uXXXX`` escape not itself escaped (an even run of backslashes before it), with
#: the low half of a surrogate pair when one follows.
_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\u([0-9a-fA-F]{4})(?:\\u([dD][c-fC-F][0-9a-fA-F]{2}))?")


def _letter(m: re.Match[str]) -> str:
    code = int(m.group(2), 16)
    low = m.group(3)
    if 0xD800 <= code <= 0xDBFF and low is not None:
        return m.group(1) + chr(0x10000 + (code - 0xD800) * 0x400 + int(low, 16) - 0xDC00)
    if code < 0x80 or 0xD800 <= code <= 0xDFFF:
        return m.group(0)  # a quote, a control character, a lone surrogate: kept escaped
    return m.group(1) + chr(code) + (f"\\u{low}" if low is not None else "")


def unescaped(text: str) -> str:
    """``text`` with its escaped non-ASCII characters written as characters."""
    return _ESCAPE.sub(_letter, text) if "\\u" in text else text
