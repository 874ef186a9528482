"""All text made from span data: names, call ids, values and span trees, masked.

Every message, report and snapshot of the plugin that shows a span name, a call id or
an attribute value builds it here, so one place decides what is masked (anything that
looks like personal data, through :func:`._pii.redact.redact`) and how it is shortened.

Tree text follows one set of rules, shared by the renderer (``CallTrace.tree()``,
``call_tree_text``) and the expectation parser (``tree.parse_tree``), so the text of any
call parses back to an expectation that matches that call: strings that read as numbers
or booleans are quoted, floats keep every digit, names and keys with spaces or brackets
are quoted, and line breaks and other control characters are escaped. Only names and
values longer than :data:`MAX_SHOWN` characters are cut, so a failure never prints a
megabyte.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import ParamSpec, TypeVar

from ._defaults import DEFAULT_CALL_ID_KEYS
from ._pii.key_memo import key_cache
from ._pii.redact import redact
from ._printable import printable
from ._text import TreeText
from .model import SpanRecord

__all__ = [
    "KEY_TOKEN",
    "MAX_SHOWN",
    "NAME_TOKEN",
    "VALUE_TOKEN",
    "describe_span",
    "display_key",
    "display_name",
    "escape",
    "format_scalar",
    "masked_call_id",
    "plural",
    "printable",
    "quote",
    "quote_if_needed",
    "quoted_name",
    "read_quoted",
    "redact",
    "remembering_masks",
    "render_tree",
    "shorten",
    "show_call_id",
    "show_value",
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

#: Longer names and values are cut: a failure message never prints a megabyte. Below
#: this, tree text reads back exactly.
MAX_SHOWN = 500

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


def read_quoted(text: str, pos: int) -> tuple[str, int] | None:
    """The quoted string opening at ``text[pos]`` (either quote), escapes read.

    Returns the string and the position after its closing quote, or ``None`` when the
    quote is never closed. The tree language and selectors read quotes with this
    (through ``_cursor.Cursor``).
    """
    quote_char, pos = text[pos], pos + 1
    out: list[str] = []
    while pos < len(text):
        char = text[pos]
        if char == "\\" and pos + 1 < len(text):
            escaped, pos = unescape_char(text, pos + 1)
            out.append(escaped)
            continue
        pos += 1
        if char == quote_char:
            return "".join(out), pos
        out.append(char)
    return None


def quote(text: str) -> str:
    """Always quoted (see :func:`escape`)."""
    return escape(text)


def _cut(text: str) -> str | None:
    if len(text) <= MAX_SHOWN:
        return None
    return escape(text[:MAX_SHOWN] + "…") + f" ({len(text)} chars)"


def quote_if_needed(text: str, token: re.Pattern[str]) -> str:
    """``text`` bare when it reads back as itself, else quoted (cut past ``MAX_SHOWN``)."""
    cut = _cut(text)
    if cut is not None:
        return cut
    if (
        text
        and token.fullmatch(text)
        and text.isprintable()
        and not text.startswith("...")
        and "#" not in text
    ):
        return text
    return escape(text)


#: How ``repr`` writes the floats that are not finite; they read back as floats.
_NON_FINITE = frozenset({"inf", "-inf", "nan"})


def typed(token: str) -> str | bool | int | float:
    """An unquoted value token: integers, decimals, inf/-inf/nan, true/false; else a string."""
    if _INT.fullmatch(token):
        return int(token)
    if _FLOAT.fullmatch(token):
        return float(token)
    if token in ("true", "false"):
        return token == "true"
    if token in _NON_FINITE:
        return float(token)
    return token


def format_scalar(value: str | bool | int | float) -> str:
    """A value as the parser reads it back: the same type and, for floats, every digit."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    cut = _cut(value)
    if cut is not None:
        return cut
    if VALUE_TOKEN.fullmatch(value) and value.isprintable() and typed(value) == value:
        return value
    return escape(value)


# -- report text ---------------------------------------------------------------------


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[: max(limit - 3, 0)] + "..."


def plural(count: int, word: str, words: str | None = None) -> str:
    """``1 span``, ``2 spans`` (``words`` for irregular plurals)."""
    return f"{count} {word if count == 1 else (words or word + 's')}"


# -- masks remembered while one check runs ------------------------------------------

_P = ParamSpec("_P")
_R = TypeVar("_R")
#: (key, text) -> ``redact``'s mask of it, while a check runs: a check that finds many
#: things names the same calls and spans again and again, and each mask is a scan.
_MASKS: ContextVar[dict[tuple[str, str], str] | None] = ContextVar("_MASKS", default=None)


@contextmanager
def _masks_kept() -> Iterator[None]:
    kept = _MASKS.get()
    token = _MASKS.set({} if kept is None else kept)
    try:
        yield
    finally:
        # Forgotten when the outermost check returns: no caller's words outlive it.
        _MASKS.reset(token)


def remembering_masks(check: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``check`` with each span name and call id masked once, forgotten on return."""

    @wraps(check)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with _masks_kept():
            return check(*args, **kwargs)

    return run


def _masked(key: str, text: str) -> str:
    """``str(redact(key, text))``, made once per text while a check runs."""
    kept = _MASKS.get()
    if kept is None:
        return str(redact(key, text))
    shown = kept.get((key, text))
    if shown is None:
        shown = kept[(key, text)] = str(redact(key, text))
    return shown


def display_name(name: str) -> str:
    """A span name fit for one line of a report: PII masked, shortened, escaped."""
    shown = shorten(_masked("span.name", name), 120)
    return shown if shown.isprintable() else repr(shown)


def quoted_name(name: str) -> str:
    """A span name as messages quote it (``'getpatter.tool'``): PII masked, shortened."""
    return repr(shorten(_masked("span.name", name), 120))


@key_cache(maxsize=4096)
def display_key(key: str) -> str:
    """An attribute key as reports and trees print it: PII inside the key masked.

    Keys are code's choice almost always, but a key built from data
    (``callback.+1 646 555 0199``) is as personal as a value. Traces repeat a few keys
    on every span, so each is checked once, and only a key shaped like code is kept.
    """
    return str(redact("attribute.key", key))


def masked_call_id(call_id: str) -> str:
    """A call id with anything that looks like personal data masked, controls escaped."""
    return printable(_masked("call.id", call_id))


def show_call_id(call_id: str | None) -> str:
    """A call id as reports print it: masked when it looks like personal data."""
    if call_id is None:
        return "(spans without a call id)"
    shown = shorten(_masked("call.id", call_id), 60)
    return shown if shown.isprintable() else repr(shown)


def show_value(key: str, value: object, *, limit: int = 40) -> str:
    """One attribute value for a message: masked, in Python's repr, shortened."""
    return shorten(repr(redact(key, value)), limit)


# -- tree text -----------------------------------------------------------------------


def _attribute_value(key: str, value: object) -> str | None:
    # Masked, then written so it parses back (masked values aside); None: a value the
    # expectation language has no literal for (bytes, key/value lists).
    shown = redact(key, value)
    if isinstance(shown, tuple):
        items = [s for s in shown if isinstance(s, str | bool | int | float)]
        if len(items) != len(shown):
            return None
        return "(" + ", ".join(format_scalar(s) for s in items) + ")"
    if isinstance(shown, str | bool | int | float):
        return format_scalar(shown)
    return None


def describe_span(span: SpanRecord, *, hide_keys: Sequence[str] = DEFAULT_CALL_ID_KEYS) -> str:
    """One line for ``span``: name, then its attributes (call-id keys shown as present)."""
    parts: list[str] = []
    for key in sorted(span.attributes):
        shown_key = quote_if_needed(display_key(key), KEY_TOKEN)
        value = None if key in hide_keys else _attribute_value(key, span.attributes[key])
        parts.append(shown_key if value is None else f"{shown_key}={value}")
    text = quote_if_needed(str(redact("span.name", span.name)), NAME_TOKEN)
    if parts:
        text += " [" + ", ".join(parts) + "]"
    if span.status.code == "ERROR":
        text += " !ERROR"
    return text


def render_tree(walk: Iterable[tuple[int, SpanRecord]], *, durations: bool = True) -> TreeText:
    """Indented text of a span tree (2 spaces a level) from ``(depth, span)`` pairs."""
    lines: list[str] = []
    for depth, span in walk:
        line = "  " * depth + describe_span(span)
        if durations:
            d = span.duration_ns
            line += "  (open)" if d is None else f"  ({d / 1e6:.1f} ms)"
        lines.append(line)
    return TreeText("\n".join(lines))
