"""Attribute checks on span records: presence, types, values and near-miss spellings.

The building blocks of the contract and cost checks, plus
:func:`assert_required_attributes` for tests that name the keys themselves. Every check
collects all its findings as :class:`Violation` objects; nothing stops at the first.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TypeAlias

from ..core import _render
from ..core._pii.key_memo import code_shaped
from ..core._violations import Violation, format_violations
from ..core.errors import PatterTraceAssertion
from ..core.grouping import DEFAULT_CALL_ID_KEYS, group_calls
from ..core.model import SpanRecord, SpansLike
from ..sources._span_reader import span_records

# Documented and pickled under the module users import it from.
Violation.__module__ = __name__

__all__ = [
    "DEFAULT_NAMESPACES",
    "TYPE_NAMES",
    "AttributeSpec",
    "TypeLike",
    "Violation",
    "assert_required_attributes",
    "check_required_attributes",
    "format_violations",
]

#: Attribute types a contract can name: the scalar types OpenTelemetry carries.
TYPE_NAMES: tuple[str, ...] = ("str", "int", "float", "bool")

#: What a caller may pass as an expected type: a name from :data:`TYPE_NAMES` or the
#: matching Python type.
TypeLike: TypeAlias = "type | str"

#: Namespace prefixes dropped before comparing two keys (``patter.x`` vs ``getpatter.x``).
DEFAULT_NAMESPACES: tuple[str, ...] = ("getpatter.", "patter.")

#: ``difflib`` similarity, computed on keys without their namespace prefix, from which two
#: different keys count as a probable misspelling. 0.85 catches a typo in a key
#: (``stt.confidnce``: 0.96, ``tts_char``: 0.96) but not sibling keys
#: (``tool.type`` / ``tool.name``: 0.67, ``cost.gpu_seconds`` / ``cost.stt_seconds``: 0.81).
NEAR_MISS_RATIO = 0.85

_PY_TYPES: Mapping[type, str] = {str: "str", int: "int", float: "float", bool: "bool"}


@dataclass(frozen=True, slots=True)
class AttributeSpec:
    """What one attribute key must look like.

    ``type`` is a name from :data:`TYPE_NAMES` (``None``: any type). A ``float`` spec
    accepts ints too (a whole number of seconds is still seconds); an ``int`` spec never
    accepts floats, and ``bool`` is never a number. ``values`` restricts strings to a set;
    ``nonnegative`` rejects numbers below zero; floats must be finite either way.
    """

    key: str
    type: str | None = None
    required: bool = True
    values: tuple[str, ...] = ()
    nonnegative: bool = False
    unit: str | None = None
    description: str | None = None


def type_name(value: object) -> str:
    """The type of an attribute value as the messages show it (``int``, ``str[]``...)."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, tuple | list):
        inner = {type_name(v) for v in value}
        return f"{inner.pop()}[]" if len(inner) == 1 else "array"
    if isinstance(value, Mapping):
        return "map"
    if value is None:
        return "none"
    return _PY_TYPES.get(type(value), type(value).__name__)


def type_matches(expected: str, value: object) -> bool:
    """True when ``value`` is acceptable for the type name ``expected``."""
    if isinstance(value, bool):
        return expected == "bool"
    if expected == "float":
        return isinstance(value, int | float)
    if expected == "int":
        return isinstance(value, int)
    if expected == "str":
        return isinstance(value, str)
    return False


def normalize_type(value: TypeLike | None, *, where: str) -> str | None:
    """Turn a type or type name into a name from :data:`TYPE_NAMES`.

    Raises:
        ValueError: naming ``where`` when the type is not one we can check.

    """
    if value is None:
        return None
    if isinstance(value, type):
        name = _PY_TYPES.get(value)
        if name is not None:
            return name
    elif isinstance(value, str) and value in TYPE_NAMES:
        return value
    shown = value.__name__ if isinstance(value, type) else repr(value)
    raise ValueError(f"{where}: expected one of {','.join(TYPE_NAMES)}, got {shown}")


def show_value(key: str, value: object) -> str:
    """A short, PII-masked rendering of an attribute value for messages."""
    return _render.show_value(key, value)


def check_value(
    spec: AttributeSpec, value: object, *, span: SpanRecord, call_id: str | None
) -> list[Violation]:
    """Type and value findings for ``value`` held under ``spec.key`` on ``span``."""

    def violation(code: str, message: str, *, expected: str | None, found: str) -> Violation:
        return Violation.on(
            span,
            code,
            message,
            call_id=call_id,
            key=spec.key,
            expected=expected,
            found=found,
        )

    key = spec.key
    actual = type_name(value)
    if spec.type is not None and not type_matches(spec.type, value):
        return [
            violation(
                "wrong-type",
                f"{key} is {actual} {show_value(key, value)}, expected {spec.type}",
                expected=spec.type,
                found=actual,
            )
        ]
    out: list[Violation] = []
    if isinstance(value, float) and not math.isfinite(value):
        out.append(
            violation(
                "not-finite",
                f"{key} is {value!r}, expected a finite number",
                expected="finite",
                found=repr(value),
            )
        )
    elif (
        spec.nonnegative
        and isinstance(value, int | float)
        and not isinstance(value, bool)
        and value < 0
    ):
        out.append(
            violation(
                "negative-value",
                f"{key} is {show_value(key, value)}, expected >= 0",
                expected=">= 0",
                found=actual,
            )
        )
    if spec.values and isinstance(value, str) and value not in spec.values:
        out.append(
            violation(
                "bad-value",
                f"{key} is {show_value(key, value)}, expected one of {', '.join(spec.values)}",
                expected="|".join(spec.values),
                found="other",
            )
        )
    return out


# -- near-miss spellings ---------------------------------------------------------------


def _strip_namespace(key: str, namespaces: Sequence[str]) -> tuple[str, str]:
    lowered = key.lower()
    for prefix in sorted(namespaces, key=len, reverse=True):
        if lowered.startswith(prefix.lower()):
            return prefix, lowered[len(prefix) :]
    return "", lowered


def _separators(text: str) -> str:
    return text.replace("_", ".").replace("-", ".")


def near_miss(
    expected: str, found: str, *, namespaces: Sequence[str] = DEFAULT_NAMESPACES
) -> tuple[float, str] | None:
    """How likely ``found`` is a misspelling of ``expected``: ``(score, reason)`` or None.

    Keys are compared without a leading namespace prefix from ``namespaces`` and without
    letter case. The rule, strongest first:

    1. the same key in another namespace (``patter.tool.name`` / ``getpatter.tool.name``);
    2. the same key with ``_``, ``-`` and ``.`` taken alike (``patter.call_id`` /
       ``patter.call.id``);
    3. one key is the other plus a ``_suffix`` (a unit dropped: ``llm.ttft`` /
       ``llm.ttft_ms``);
    4. a ``difflib`` similarity of at least :data:`NEAR_MISS_RATIO` (a typo).
    """
    if code_shaped(found):
        return _near_miss(expected, found, tuple(namespaces))
    # A key built from data (a number, an address) is compared and not kept.
    return _near_miss.__wrapped__(expected, found, tuple(namespaces))


@functools.lru_cache(maxsize=4096)
def _near_miss(expected: str, found: str, namespaces: tuple[str, ...]) -> tuple[float, str] | None:
    # Cached for keys shaped like code: the same few pairs recur on every span.
    if expected == found:
        return None
    ns_expected, rest_expected = _strip_namespace(expected, namespaces)
    ns_found, rest_found = _strip_namespace(found, namespaces)
    ratio = SequenceMatcher(None, rest_expected, rest_found).ratio()
    note = ""
    if ns_expected != ns_found:
        found_prefix = f"{ns_found} prefix" if ns_found else "no prefix"
        note = f"{found_prefix} instead of {ns_expected or 'none'}"
    also = f", {note}" if note else ""
    if rest_expected == rest_found:
        return 4.0 + ratio, note or "other letter case"
    if _separators(rest_expected) == _separators(rest_found):
        return 3.0 + ratio, "other separators" + also
    shorter, longer = sorted((rest_expected, rest_found), key=len)
    if longer.startswith(shorter + "_") and "." not in longer[len(shorter) :]:
        return (
            2.0 + ratio,
            f"suffix {longer[len(shorter) :]} {'missing' if shorter == rest_found else 'added'}"
            + also,
        )
    if ratio >= NEAR_MISS_RATIO:
        return ratio, f"spelling {ratio:.0%} similar" + also
    return None


def match_misspellings(
    missing: Iterable[str],
    candidates: Iterable[str],
    *,
    namespaces: Sequence[str] = DEFAULT_NAMESPACES,
) -> dict[str, tuple[str, str]]:
    """Pair missing keys with the found keys that probably misspell them.

    Returns ``{missing_key: (found_key, reason)}``; each found key pairs at most once,
    best-scoring pairs first, ties broken by key order so results never depend on
    dict order.
    """
    pairs: list[tuple[float, str, str, str]] = []
    for want in missing:
        for have in candidates:
            scored = near_miss(want, have, namespaces=namespaces)
            if scored is not None:
                pairs.append((-scored[0], want, have, scored[1]))
    pairs.sort()
    out: dict[str, tuple[str, str]] = {}
    used: set[str] = set()
    for _, want, have, reason in pairs:
        if want not in out and have not in used:
            out[want] = (have, reason)
            used.add(have)
    return out


def closest_key(
    key: str, known: Iterable[str], *, namespaces: Sequence[str] = DEFAULT_NAMESPACES
) -> tuple[str, str] | None:
    """The known key ``key`` most probably misspells, with the reason, or None."""
    best: tuple[float, str, str] | None = None
    for other in sorted(known):
        scored = near_miss(other, key, namespaces=namespaces)
        if scored is not None and (best is None or scored[0] > best[0]):
            best = (scored[0], other, scored[1])
    return None if best is None else (best[1], best[2])


def undocumented_key(
    span: SpanRecord,
    *,
    call_id: str | None,
    key: str,
    known: Iterable[str],
    namespaces: Sequence[str] = DEFAULT_NAMESPACES,
) -> Violation:
    """The finding for a key on ``span`` that no spec documents.

    ``misspelled-attribute`` when it is a near miss (see :func:`near_miss`) of a known
    key the span lacks, else ``undocumented-attribute`` (naming the near known key, if
    any).
    """
    guess = closest_key(key, known, namespaces=namespaces)
    if guess is not None and guess[0] not in span.attributes:
        return Violation.on(
            span,
            "misspelled-attribute",
            f"{key} is not documented; probably a misspelling of {guess[0]} ({guess[1]})",
            call_id=call_id,
            key=guess[0],
            expected=guess[0],
            found=key,
        )
    hint = f" (next to the documented {guess[0]}: {guess[1]})" if guess else ""
    return Violation.on(
        span,
        "undocumented-attribute",
        f"{key} is not documented{hint}",
        call_id=call_id,
        key=key,
        found=key,
    )


def check_presence(
    span: SpanRecord,
    specs: Iterable[AttributeSpec],
    *,
    call_id: str | None,
    candidates: Iterable[str],
    namespaces: Sequence[str] = DEFAULT_NAMESPACES,
) -> tuple[list[Violation], set[str]]:
    """Missing, misspelled and mistyped keys of ``span`` against ``specs``.

    ``candidates`` are the keys on the span that no spec documents: only those may be
    reported as misspellings. Returns the findings and the candidate keys used up as
    misspellings (the caller must not report them again).
    """
    out: list[Violation] = []
    attrs = span.attributes
    specs = list(specs)
    missing = [s.key for s in specs if s.required and s.key not in attrs]
    misspelled = match_misspellings(missing, candidates, namespaces=namespaces)
    for spec in specs:
        if spec.key in attrs:
            out.extend(check_value(spec, attrs[spec.key], span=span, call_id=call_id))
            continue
        if not spec.required:
            continue
        wanted = f" ({spec.type})" if spec.type else ""
        if spec.key in misspelled:
            found, reason = misspelled[spec.key]
            out.append(
                Violation.on(
                    span,
                    "misspelled-attribute",
                    f"{spec.key}{wanted} absent; found {found} instead "
                    f"(probable misspelling: {reason})",
                    call_id=call_id,
                    key=spec.key,
                    expected=spec.key,
                    found=found,
                )
            )
        else:
            out.append(
                Violation.on(
                    span,
                    "missing-attribute",
                    f"{spec.key}{wanted} absent",
                    call_id=call_id,
                    key=spec.key,
                    expected=spec.type or "present",
                    found="absent",
                )
            )
    return out, {found for found, _ in misspelled.values()}


def call_id_violations(
    span: SpanRecord, *, call_id: str | None, keys: Sequence[str]
) -> list[Violation]:
    """A ``call-id-mismatch`` if the call-id keys on ``span`` disagree.

    They must agree with each other and with the call the span was grouped into.
    """
    seen: dict[str, str] = {}
    for key in dict.fromkeys(keys):
        value = span.attributes.get(key)
        if value is not None and value != "":
            seen[key] = str(value)
    distinct = set(seen.values())
    if not distinct or (len(distinct) == 1 and call_id in (None, *distinct)):
        return []
    reference = call_id if call_id is not None else next(iter(seen.values()))
    key = next(k for k, v in seen.items() if v != reference)
    shown = ", ".join(f"{k}={show_value(k, v)}" for k, v in seen.items())
    against = "" if call_id is None else f"; the span is grouped in call {show_value(key, call_id)}"
    return [
        Violation.on(
            span,
            "call-id-mismatch",
            f"call-id keys disagree: {shown}{against}",
            call_id=call_id,
            key=key,
            expected=reference,
            found=seen[key],
        )
    ]


# -- assert_required_attributes ----------------------------------------------------------

RequiredKeys: TypeAlias = "Iterable[str] | Mapping[str, TypeLike | None]"


def _compile_required(
    required: Mapping[str, RequiredKeys], types: Mapping[str, TypeLike] | None
) -> dict[str, list[AttributeSpec]]:
    if isinstance(required, str | bytes) or not isinstance(required, Mapping):
        raise TypeError(
            "required must map span names to attribute keys, e.g. "
            '{"getpatter.tool": ["getpatter.tool.name"]}'
        )
    global_types = {
        key: normalize_type(t, where=f"types[{key!r}]") for key, t in (types or {}).items()
    }
    compiled: dict[str, list[AttributeSpec]] = {}
    for span_name, keys in required.items():
        specs: list[AttributeSpec] = []
        if isinstance(keys, str | bytes):
            raise TypeError(
                f"required[{span_name!r}] is a string; give a list of keys, e.g. [{keys!r}]"
            )
        if isinstance(keys, Mapping):
            for key, t in keys.items():
                where = f"required[{span_name!r}][{key!r}]"
                name = normalize_type(t, where=where)
                specs.append(
                    AttributeSpec(key, name if name is not None else global_types.get(key))
                )
        else:
            for key in keys:
                specs.append(AttributeSpec(key, global_types.get(key)))
        compiled[span_name] = specs
    return compiled


@_render.remembering_masks
def check_required_attributes(
    spans: SpansLike,
    required: Mapping[str, RequiredKeys],
    *,
    types: Mapping[str, TypeLike] | None = None,
    require_spans: bool = True,
    call_id_keys: Sequence[str] = DEFAULT_CALL_ID_KEYS,
) -> list[Violation]:
    """Every missing, misspelled or mistyped required attribute, as :class:`Violation`.

    ``required`` maps a span name (``"*"``: every span) to the keys each span of that
    name must carry: a list of keys, or a mapping of key to expected type (a type or a
    name from :data:`TYPE_NAMES`; ``None`` for any). ``types`` gives expected types by key
    for every span. With ``require_spans`` a listed name that no span has is reported as
    ``missing-span``. A key absent while a span carries a near-identical one (see
    :func:`near_miss`) is reported as ``misspelled-attribute``.

    Raises:
        ValueError: for an unknown type name, before any span is looked at.
        TypeError: when ``required`` is not a mapping of span names to keys.

    """
    compiled = _compile_required(required, types)
    global_types = {
        key: normalize_type(t, where=f"types[{key!r}]") for key, t in (types or {}).items()
    }
    records = span_records(spans)
    grouping = group_calls(records, call_id_keys)
    call_of: dict[tuple[str, str], str] = {
        span.key: cid for cid, call in grouping.calls.items() for span in call.spans
    }
    named = {s.key for specs in compiled.values() for s in specs} | set(global_types)
    out: list[Violation] = []
    for span_name in compiled:
        if require_spans and span_name != "*" and not any(r.name == span_name for r in records):
            out.append(
                Violation(
                    "missing-span",
                    f"no {span_name} span among the {len(records)} spans",
                    span_name=span_name,
                    expected=span_name,
                    found="absent",
                )
            )
    seen: set[tuple[str, str]] = set()
    for span in records:
        if span.key in seen:
            continue
        seen.add(span.key)
        specs = {s.key: s for s in compiled.get("*", ())}
        specs.update({s.key: s for s in compiled.get(span.name, ())})
        call_id = call_of.get(span.key)
        candidates = [k for k in span.attributes if k not in named]
        found, _ = check_presence(span, specs.values(), call_id=call_id, candidates=candidates)
        out.extend(found)
        for key, type_ in global_types.items():
            if key not in specs and key in span.attributes and type_ is not None:
                spec = AttributeSpec(key, type_)
                out.extend(check_value(spec, span.attributes[key], span=span, call_id=call_id))
    return out


def assert_required_attributes(
    spans: SpansLike,
    required: Mapping[str, RequiredKeys],
    *,
    types: Mapping[str, TypeLike] | None = None,
    require_spans: bool = True,
    call_id_keys: Sequence[str] = DEFAULT_CALL_ID_KEYS,
) -> None:
    """Fail listing every missing, misspelled or mistyped attribute, grouped by call.

    Same arguments as :func:`check_required_attributes`.

    Raises:
        PatterTraceAssertion: with every violation, never only the first.

    """
    __tracebackhide__ = True
    violations = check_required_attributes(
        spans, required, types=types, require_spans=require_spans, call_id_keys=call_id_keys
    )
    if violations:
        raise PatterTraceAssertion(format_violations(violations, title="required attributes"))
