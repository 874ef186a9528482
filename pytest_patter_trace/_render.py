"""How span names, keys and values are written in span-tree text.

One set of rules serves the renderer (``CallTrace.tree()``, ``call_tree_text``) and the
expectation parser (``tree.parse_tree``), so the text of any call parses back to an
expectation that matches that call: strings that read as numbers or booleans are
quoted, floats keep every digit, names and keys with spaces or brackets are quoted, and
line breaks and other control characters are escaped.
"""

from __future__ import annotations

import re

__all__ = [
    "KEY_TOKEN",
    "NAME_TOKEN",
    "VALUE_TOKEN",
    "escape",
    "format_scalar",
    "quote",
    "quote_if_needed",
    "typed",
    "unescape_char",
]

# Unquoted tokens. Names stop at whitespace, brackets, braces, quantifiers and quotes;
# anything else needs quotes ("POST /import", "GET /users/{id}").
NAME_TOKEN = re.compile(r"""[^\s\[\]{}+*?"']+""")
KEY_TOKEN = re.compile(r"""[^\s\[\],="'#()]+""")
VALUE_TOKEN = re.compile(r"""[^\s\[\](),"']+""")
_INT = re.compile(r"-?\d+")
_FLOAT = re.compile(r"-?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?")

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_UNESCAPES = {"n": "\n", "t": "\t", "r": "\r"}


def escape(text: str) -> str:
    """``text`` inside double quotes: backslash, quote and control characters escaped."""
    out: list[str] = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif not char.isprintable() and char != " ":
            code = ord(char)
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def unescape_char(text: str, pos: int) -> tuple[str, int]:
    r"""The character a backslash escape at ``text[pos]`` (after the ``\``) stands for.

    Returns the character and the position after the escape. ``\n``, ``\t``, ``\r``,
    ``\uXXXX`` and ``\UXXXXXXXX`` are control and other characters; any other escaped
    character stands for itself (``\"``, ``\\``).
    """
    char = text[pos]
    if char in _UNESCAPES:
        return _UNESCAPES[char], pos + 1
    width = {"u": 4, "U": 8}.get(char)
    if width is not None:
        digits = text[pos + 1 : pos + 1 + width]
        if len(digits) == width and all(c in "0123456789abcdefABCDEF" for c in digits):
            code = int(digits, 16)
            if code <= 0x10FFFF:
                return chr(code), pos + 1 + width
    return char, pos + 1


def quote(text: str) -> str:
    """Always quoted (see :func:`escape`)."""
    return escape(text)


def quote_if_needed(text: str, token: re.Pattern[str]) -> str:
    """``text`` bare when it reads back as itself, else quoted."""
    if text and token.fullmatch(text) and not text.startswith("...") and "#" not in text:
        return text
    return escape(text)


def typed(token: str) -> str | bool | int | float:
    """An unquoted value token: integers, decimals, true/false; anything else a string."""
    if _INT.fullmatch(token):
        return int(token)
    if _FLOAT.fullmatch(token):
        return float(token)
    if token in ("true", "false"):
        return token == "true"
    return token


def format_scalar(value: str | bool | int | float) -> str:
    """A value as the parser reads it back: the same type and, for floats, every digit."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if VALUE_TOKEN.fullmatch(value) and typed(value) == value:
        return value
    return escape(value)
