"""Span data made safe for a terminal: the one escape every text output applies.

Its own module, below everything else, so that error messages (which sit at the bottom
of the package) escape what they quote the same way the rendering layer does.
"""

from __future__ import annotations

import unicodedata

__all__ = ["printable"]

_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}

#: Characters a terminal acts on or an encoder refuses: controls (C0, DEL, C1), format
#: characters (bidi overrides, zero-width), lone surrogates, line and paragraph separators.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def printable(text: str, *, keep: str = "") -> str:
    r"""``text`` with every character a terminal would act on written as an escape.

    ESC, BEL, backspace and every other C0/C1 control, bidi and zero-width format
    characters, line separators and lone surrogates become ``\n``, ``\t``, ``\r`` or
    ``\uXXXX``, so span data can neither drive the reader's terminal nor fail to encode.
    Characters in ``keep`` (``"\n"`` for multi-line messages) stay as they are.
    """
    if text.isprintable():
        return text
    out: list[str] = []
    for char in text:
        if char in keep or unicodedata.category(char) not in _UNSAFE_CATEGORIES:
            out.append(char)
        elif char in "\n\t\r":
            out.append(_ESCAPES[char])
        else:
            code = ord(char)
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
    return "".join(out)
