"""Field and value pairs in values as programs render them.

A log line or a tool result often holds a record printed by its program, not as JSON: a
Python repr (``Customer(name='...', dob=datetime.date(1984, 3, 2))``), protobuf text
(``name: "..."``), YAML or TOML lines, logfmt (``dob=1984-03-02``), multipart form data,
a header dump (``x-user-dob: ...``), attribute arrays (``["dob:..."]``) and exception
messages naming the field (``invalid dob '...'``). :func:`rendered_pairs` yields each
``(field, value, start, end)``; the scanner judges it as it judges a JSON field of that
name, so settings (``timeout=30``, ``voice='alloy'``) stay what their names say.
Each shape is gated by a plain ``in`` test before any pattern runs.
"""

from __future__ import annotations

import re

__all__ = ["rendered_pairs"]

#: A value's words that say nothing: Python's and YAML's empty markers.
_EMPTY = frozenset(("None", "True", "False", "null", "nil", "none", "true", "false", "~", ""))
#: ``field='v'``, ``'field': 'v'``, ``field: "v"``, ``dob=datetime.date(1984, 3, 2)``,
#: ``dob=1984-03-02``: a field name not inside a word, its separator, a quoted value, a
#: call's arguments or one bare token.
_INLINE = re.compile(
    r"""(?<![\w.\-/\\])'?([A-Za-z_][\w\-]{1,40})'?[ \t]*(?:=|:[ \t])[ \t]*"""
    r"""(?:'([^'\n]{1,160})'|"([^"\\\n]{1,160})"|((?:[A-Za-z_][\w.]{0,30})?\([^()\n]{1,60}\))"""
    r"""|([^\s,;&='"(){}\[\]]{1,60}))"""
)
#: A line that is all one field (YAML, TOML, a header): ``key: value`` or ``key = value``.
_LINE = re.compile(r"(?m)^[ \t-]*([A-Za-z_][\w\-]{1,40})[ \t]*(?::|[ \t]=)[ \t]*([^\n\r]{1,160})$")
#: One part of a multipart body: its field name, its headers, a blank line, its value.
_PART = re.compile(
    r'(?i)content-disposition:[ \t]*form-data;[ \t]*name="([^"\n]{1,60})"[^\n]*\n'
    r"(?:[^\r\n]+\r?\n)*?\r?\n([^\r\n]{1,160})"
)
#: An item of an attribute array: ``"dob:1984-03-02"``, ``'full_name=...'``.
_ITEM = re.compile(r"""(?<=[\["',][ ])?["']([A-Za-z_][\w\-]{1,40})[:=]([^"'\n]{1,160})["']""")
#: An error naming the field it refused: ``invalid dob '1984-03-02'``.
_REFUSED = re.compile(
    r"(?i)\b(?:invalid|bad|malformed|unknown|unexpected|wrong|duplicate|rejected|missing)"
    r"""[ \t]+([A-Za-z_][\w\-]{1,40})[ \t]*[:=]?[ \t]*(?:'([^'\n]{1,80})'|"([^"\n]{1,80})")"""
)
#: A pair as a tuple of two strings (gRPC metadata, a header list): ``('x-user-dob', '...')``.
_TUPLE = re.compile(r"""\(\s*(['"])([A-Za-z_][\w\-]{1,40})\1\s*,\s*(['"])([^'"\n]{1,160})\3\s*\)""")
_ERROR_WORDS = ("nvalid", "rror", "xception", "alformed", "nknown", "ejected")


def rendered_pairs(text: str) -> list[tuple[str, str, int, int]]:
    """The ``(field, value, start, end)`` pairs of a rendered record in ``text``."""
    out: list[tuple[str, str, int, int]] = []
    if "=" in text or ": " in text or ":\t" in text:
        for m in _INLINE.finditer(text):
            group = m.lastindex or 0
            _add(out, m.group(1), m.group(group), m.start(group), m.end(group))
        if "\n" in text:
            for m in _LINE.finditer(text):
                value = m.group(2).rstrip()
                at = m.start(2)
                if len(value) >= 2 and value[0] in "'\"" and value[-1] == value[0]:
                    value, at = value[1:-1], at + 1
                _add(out, m.group(1), value, at, at + len(value))
    if "form-data" in text:
        for m in _PART.finditer(text):
            _add(
                out,
                m.group(1),
                m.group(2).rstrip(),
                m.start(2),
                m.start(2) + len(m.group(2).rstrip()),
            )
    if '"' in text or "'" in text:
        if "('" in text or '("' in text:
            for m in _TUPLE.finditer(text):
                _add(out, m.group(2), m.group(4), m.start(4), m.end(4))
        if "[" in text:
            for m in _ITEM.finditer(text):
                _add(out, m.group(1), m.group(2), m.start(2), m.end(2))
        if any(word in text for word in _ERROR_WORDS):
            for m in _REFUSED.finditer(text):
                group = m.lastindex or 0
                _add(out, m.group(1), m.group(group), m.start(group), m.end(group))
    return out


def _add(
    out: list[tuple[str, str, int, int]], field: str, value: str, start: int, end: int
) -> None:
    if value.strip() in _EMPTY:
        return
    if "+" in value and " " not in value and value[0] != "+":  # a query's spaces
        value = value.replace("+", " ")
    out.append((field, value, start, end))
