"""A tiny YAML writer and reader for the observed schema's one fixed shape.

The schema is plain data (mappings with fixed identifier keys, lists, scalars), so it is
written as block YAML whose every scalar is either a plain word or a JSON literal; JSON
literals are YAML too, so any YAML reader (PyYAML, Weaver) loads the file. The reader
here reads back only what the writer writes: no PyYAML at run time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

__all__ = ["YamlShapeError", "dump_yaml", "load_yaml"]

#: A string written without quotes: it starts with a letter and holds no YAML syntax.
_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-/]*\Z")
#: Plain words YAML 1.1 reads as something else than a string.
_SPECIAL = frozenset(
    [
        "y",
        "n",
        "yes",
        "no",
        "on",
        "off",
        "true",
        "false",
        "null",
        "none",
        "~",
        "nan",
        "inf",
        "Y",
        "N",
        "Yes",
        "No",
        "On",
        "Off",
        "True",
        "False",
        "Null",
        "None",
        "NaN",
        "Inf",
        "YES",
        "NO",
        "ON",
        "OFF",
        "TRUE",
        "FALSE",
        "NULL",
    ]
)
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_LINE = re.compile(r"(?P<indent> *)(?P<dash>- )?(?P<key>[A-Za-z_][A-Za-z0-9_]*):(?: (?P<v>.*))?\Z")


class YamlShapeError(ValueError):
    """Text that is not the schema YAML this package writes; names the line."""


def _scalar(value: object) -> str:
    if isinstance(value, str):
        if _PLAIN.match(value) and value not in _SPECIAL:
            return value
        return json.dumps(value)
    if isinstance(value, float):
        # PyYAML (YAML 1.1) reads 1e-05 as a string: always keep a decimal point.
        text = repr(round(value, 6))
        return text if "e" not in text else f"{value:.6f}"
    if value is None or isinstance(value, bool | int):
        return json.dumps(value)
    if isinstance(value, Sequence) and all(not isinstance(v, Mapping | list) for v in value):
        return "[" + ", ".join(_scalar(v) for v in value) + "]"
    raise TypeError(f"schema YAML cannot hold a {type(value).__name__} inline")


def _inline(value: object) -> bool:
    if isinstance(value, Mapping):
        return not value
    if isinstance(value, list | tuple):
        return not value or all(not isinstance(v, Mapping | list | tuple) for v in value)
    return True


def _mapping(data: Mapping[str, object], indent: int, first_prefix: str | None) -> list[str]:
    lines: list[str] = []
    for n, (key, value) in enumerate(data.items()):
        if not _KEY.match(key):
            raise TypeError(f"schema YAML key {key!r} is not an identifier")
        pad = first_prefix if n == 0 and first_prefix is not None else " " * indent
        if _inline(value):
            shown = "{}" if isinstance(value, Mapping) else _scalar(value)
            lines.append(f"{pad}{key}: {shown}")
        else:
            lines.append(f"{pad}{key}:")
            lines.extend(_block(value, indent + 2))
    return lines


def _block(value: object, indent: int) -> list[str]:
    if isinstance(value, Mapping):
        return _mapping(value, indent, None)
    lines: list[str] = []
    for item in value if isinstance(value, list | tuple) else ():
        if not isinstance(item, Mapping) or not item:
            raise TypeError("schema YAML lists hold scalars (inline) or mappings")
        lines.extend(_mapping(item, indent + 2, " " * indent + "- "))
    return lines


def dump_yaml(data: Mapping[str, object], *, header: Sequence[str] = ()) -> str:
    """``data`` as block YAML, ``header`` lines first as comments."""
    lines = [f"# {line}" if line else "#" for line in header]
    lines.extend(_mapping(data, 0, None))
    return "\n".join(lines) + "\n"


def _value(text: str, where: str) -> object:
    text = text.strip()
    if text == "{}":
        return {}
    if _PLAIN.match(text) and text not in _SPECIAL:
        return text
    if text.startswith("[") and text.endswith("]"):
        inner = text[1:-1].strip()
        if not inner:
            return []
        try:
            return json.loads(text)
        except ValueError:
            # Plain words inside a flow list: split on commas outside quotes.
            return [_value(part, where) for part in _split(inner)]
    try:
        return json.loads(text)
    except ValueError:
        raise YamlShapeError(f"{where}: cannot read the value {text[:60]!r}") from None


def _split(text: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    escaped = False
    for char in text:
        if escaped:
            escaped = False
        elif char == "\\" and quoted:
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def load_yaml(text: str, *, origin: str = "<schema>") -> dict[str, object]:
    """Read back what :func:`dump_yaml` wrote.

    Raises:
        YamlShapeError: a line this reader does not know, naming ``origin`` and the line.

    """
    rows: list[tuple[int, int, bool, str, str | None]] = []
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        match = _LINE.match(raw.rstrip())
        if match is None:
            raise YamlShapeError(
                f"{origin}:{number}: not the schema YAML patter-trace writes: {raw.strip()[:60]!r}"
            )
        dash = match.group("dash") is not None
        indent = len(match.group("indent")) + (2 if dash else 0)
        rows.append((number, indent, dash, match.group("key"), match.group("v")))
    pos = 0

    def mapping(indent: int) -> dict[str, object]:
        nonlocal pos
        out: dict[str, object] = {}
        while pos < len(rows):
            number, row_indent, dash, key, value = rows[pos]
            if row_indent < indent or (dash and out):
                break
            if row_indent > indent:
                raise YamlShapeError(f"{origin}:{number}: unexpected indentation")
            pos += 1
            where = f"{origin}:{number}"
            if value is not None and value.strip():
                out[key] = _value(value, where)
                continue
            nxt = rows[pos] if pos < len(rows) else None
            if nxt is None or (nxt[1] <= indent and not nxt[2]):
                out[key] = None
            elif nxt[2]:
                out[key] = sequence(nxt[1])
            else:
                out[key] = mapping(nxt[1])
        return out

    def sequence(indent: int) -> list[object]:
        nonlocal pos
        out: list[object] = []
        while pos < len(rows) and rows[pos][2] and rows[pos][1] == indent:
            out.append(mapping(indent))
        return out

    data = mapping(0)
    if pos != len(rows):
        raise YamlShapeError(f"{origin}:{rows[pos][0]}: unexpected indentation")
    return data
