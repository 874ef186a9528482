"""Find PII-looking values anywhere in a trace, and report them masked, never raw.

Patter promises that no utterance, tool payload or LLM content is exported, only sizes,
counts and ids. :func:`assert_no_pii` holds a trace to that: it scans every string in span
names, status descriptions, span, event, link and resource attributes, and fails listing
each finding with its value masked. Nothing raw is kept on a finding, so neither its
``repr`` nor pytest's assertion rewriting can show one.

The detector (and ``phonenumbers``) load on the first check, not on import.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import partial
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple, TypeAlias

from ..core._pii.call_ends import direction_of, drop_business_end
from ..core._pii.keypad_joined import MIN_PRESSES, joined_presses, one_press
from ..core._pii.kinds import CONTENT_KINDS, KINDS
from ..core._pii.peer import server_peer
from ..core._pii.redact import mask, redact
from ..core._render import display_key, display_name, printable, quoted_name, show_call_id
from ..core.errors import PiiFound, format_findings
from ..core.grouping import CallTrace, call_id_keys_of, group_calls, start_order
from ..core.model import SpanRecord, SpansLike
from ..sources._span_reader import span_records
from ..sources.store import SpanStore

if TYPE_CHECKING:
    from ..core._pii.detect import Hit, Scanner

__all__ = [
    "CONTENT_MODES",
    "KINDS",
    "AllowRule",
    "ExtraPattern",
    "PiiFinding",
    "PiiFound",
    "assert_no_pii",
    "find_pii",
    "format_findings",
    "mask",
    "redact",
]

# Shown (and pickled) under the module users import it from, as before it moved.
PiiFound.__module__ = __name__

#: ``allow`` items: an attribute-key glob (``"http.request.header.*"``), a compiled regex
#: searched in the flagged value, or a predicate called with the flagged value.
AllowRule: TypeAlias = "str | re.Pattern[str] | Callable[[str], bool]"
#: ``extra`` items: a regex (reported as kind ``custom``) or a ``(kind, regex)`` pair.
ExtraPattern: TypeAlias = "str | re.Pattern[str] | tuple[str, str | re.Pattern[str]]"

#: The closing line of the ``--patter-no-pii`` guard's message.
GUARD_HINT = (
    "Not PII? @pytest.mark.patter_pii(allow=[{keys}]) on the test, or the patter_pii_allow "
    "ini option,\naccepts those attribute keys (globs work); "
    "@pytest.mark.patter_pii(check=False) skips the guard."
)

#: ``content=`` values: conversation content is a finding (``"forbid"``, Patter's promise)
#: or clean unless it says something personal (``"allow"``, frameworks that capture it).
CONTENT_MODES: tuple[str, ...] = ("forbid", "allow")

#: Pseudo attribute keys for the two places that are not attributes, for ``allow`` globs.
SPAN_NAME_KEY = "span.name"
STATUS_KEY = "otel.status_description"
EVENT_NAME_KEY = "event.name"
SCOPE_NAME_KEY = "otel.scope.name"


@dataclass(frozen=True, slots=True)
class PiiFinding:
    """One PII-looking value. It holds the masked value only, never the raw one.

    ``location`` says where in the span it was (``attribute user.phone``,
    ``event exception › exception.message``, ``resource › host.owner``,
    ``status description``, ``span name``); ``key`` is the attribute key ``allow`` globs
    match (``span.name`` / ``otel.status_description`` for the span name and status).
    """

    call_id: str | None
    span_name: str
    span_id: str
    location: str
    kind: str
    masked: str
    key: str

    def __str__(self) -> str:
        return f"{self.span_name} [{self.span_id}] {self.location}: {self.kind} {self.masked}"

    @property
    def category(self) -> str:
        """``"content"`` (conversation content) or ``"personal"`` (personal data, secrets).

        Content is kinds ``free_text`` and ``tool_payload``: a finding only where
        content is forbidden.
        """
        return "content" if self.kind in CONTENT_KINDS else "personal"

    def to_dict(self) -> dict[str, str | None]:
        """Plain JSON-ready fields; ``text`` is the line without the kind, for reports."""
        return {
            "category": self.category,
            "call_id": self.call_id,
            "span_name": self.span_name,
            "span_id": self.span_id,
            "location": self.location,
            "key": self.key,
            "kind": self.kind,
            "masked": self.masked,
            "text": f"{self.span_name} [{self.span_id}] {self.location}: {self.masked}",
        }


# -- public API ---------------------------------------------------------------------------


def assert_no_pii(
    spans: SpansLike,
    *,
    allow: Iterable[AllowRule] = (),
    kinds: Iterable[str] | str | None = None,
    extra: Iterable[ExtraPattern] = (),
    call_id_keys: Sequence[str] | None = None,
    content: str | None = None,
    content_keys: Sequence[str] = (),
) -> None:
    """Fail with every PII-looking value in ``spans``, masked.

    Args:
        spans: a ``patter_spans`` capture, a ``CallTrace``, or spans.
        allow: attribute-key globs to skip, and/or value rules (a compiled regex searched
            in, or a predicate called with, each flagged value) that accept a finding.
        kinds: check only these kinds (see :data:`KINDS`); default all.
        extra: more patterns to flag: a regex (kind ``custom``) or ``(kind, regex)``.
        call_id_keys: the keys findings are grouped by call with; default: the capture's
            own (``patter_call_id_keys``), else the default keys.
        content: ``"forbid"`` (the default, Patter's promise): conversation content
            (utterances, LLM messages, tool payloads) is a finding of category
            ``content``. ``"allow"``: content is clean unless it carries personal data
            (an identifier, a name given, a sensitive disclosure about a person).
        content_keys: attribute-key globs that hold conversation content (a profile's
            ``content_keys``), besides the keys and values the detector knows.

    Raises:
        PiiFound: an ``AssertionError`` listing each finding by call, masked.

    """
    __tracebackhide__ = True
    findings = find_pii(
        spans,
        allow=allow,
        kinds=kinds,
        extra=extra,
        call_id_keys=call_id_keys,
        content=content,
        content_keys=content_keys,
    )
    if findings:
        _fail(findings)


def find_pii(
    spans: SpansLike,
    *,
    allow: Iterable[AllowRule] = (),
    kinds: Iterable[str] | str | None = None,
    extra: Iterable[ExtraPattern] = (),
    call_id_keys: Sequence[str] | None = None,
    content: str | None = None,
    content_keys: Sequence[str] = (),
) -> list[PiiFinding]:
    """Every PII-looking value in ``spans``, masked, ordered by call then span start.

    Takes the same arguments as :func:`assert_no_pii`.
    """
    __tracebackhide__ = True
    mode = content_mode(content)
    # SDK spans read from the SDK's own fields, as a capture reads them: several times
    # faster than its properties, for a scan that may take a test run's every span.
    records = span_records(spans)
    if isinstance(spans, CallTrace) and call_id_keys is None:
        # One call already grouped (a report's, a capture's): its id, not a regrouping.
        call_of = {} if spans.call_id is None else {s.key: spans.call_id for s in spans.spans}
    elif isinstance(spans, SpanStore) and call_id_keys is None:
        # A capture's own calls: its keys and its profile's by-trace grouping, cached.
        call_of = {s.key: cid for cid, call in spans.calls().items() for s in call.spans}
    else:
        call_of = _call_ids(records, call_id_keys_of(spans, call_id_keys))
    globs, value_rules = _allow_rules(allow)
    patterns = _extra_patterns(extra)
    wanted = _kinds(kinds, extra_kinds={k for k, _ in patterns})
    from ..core._pii.detect import Scanner

    scanner = Scanner(kinds=wanted, extra=patterns, content=mode)
    failure: str | None = None
    findings: list[PiiFinding] = []
    try:
        findings = _scan_records(
            records, scanner, globs, value_rules, call_of, tuple(_content_globs(content_keys))
        )
    except _ScanFailure as exc:
        failure = exc.message
    finally:
        scanner.forget()  # nothing of these spans' text stays in a cache
    # Raised outside the handler so the failed frame (which saw raw values) is not chained.
    if failure is not None:
        raise RuntimeError(failure)
    return findings


def content_mode(content: str | None) -> str:
    """``content`` checked: ``"forbid"`` or ``"allow"``; ``None`` is ``"forbid"``.

    Raises:
        ValueError: any other value, naming the two accepted.

    """
    if content is None:
        return "forbid"
    if content not in CONTENT_MODES:
        raise ValueError(f"content={content!r}: expected 'forbid' or 'allow'")
    return content


def guard_failure(
    spans: SpansLike,
    *,
    allow: Iterable[AllowRule] = (),
    kinds: Iterable[str] | str | None = None,
    extra: Iterable[ExtraPattern] = (),
    call_id_keys: Sequence[str] | None = None,
    content: str | None = None,
) -> str | None:
    """The ``--patter-no-pii`` teardown message for ``spans``, or ``None`` when clean.

    Same findings as :func:`assert_no_pii`; the closing line points at the marker and
    the ini option instead of the function's arguments.
    """
    __tracebackhide__ = True
    findings = find_pii(
        spans, allow=allow, kinds=kinds, extra=extra, call_id_keys=call_id_keys, content=content
    )
    return format_findings(findings, hint=GUARD_HINT) if findings else None


# -- scanning ------------------------------------------------------------------------------


class _ScanFailure(Exception):
    """A check failed; ``message`` names where, never the value."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class _Site(NamedTuple):
    """One value to scan: where it is shown, its key, the value, its rank in the span.

    A tuple: a capture has tens of thousands of values, and a tuple is made in C.
    """

    label: str
    key: str
    value: object
    order: int


#: Values that are one value to scan as they are (no sequence or mapping to walk).
_SCALARS = (str, int, float, bytes)


def _values(label: str, key: str, value: object, order: int) -> Iterator[_Site]:
    if isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from _values(f"{label}[{index}]", key, item, order)
        # Key presses one per item (``dtmf.sequence``): read joined too.
        joined = joined_presses(key, value) if len(value) >= MIN_PRESSES else None
        if joined is not None:
            yield _Site(f"{label} (joined)", key, joined, order)
    elif isinstance(value, Mapping):
        for sub, item in value.items():
            yield from _values(f"{label}.{display_key(str(sub))}", f"{key}.{sub}", item, order)
    elif value is not None:
        yield _Site(label, key, value, order)


def _sites(
    record: SpanRecord, seen_resource: set[tuple[str, str]], seen_scopes: set[str]
) -> Iterator[_Site]:
    yield _Site("span name", SPAN_NAME_KEY, record.name, 0)
    if record.status.description:
        yield _Site("status description", STATUS_KEY, record.status.description, 1)
    for key, value in record.attributes.items():
        if isinstance(value, _SCALARS):  # most values: no generator to walk into
            yield _Site(f"attribute {display_key(key)}", key, value, 2)
        else:
            yield from _values(f"attribute {display_key(key)}", key, value, 2)
    # Key presses one per event (``dtmf.digit``), by key, when there are enough events.
    events = record.events
    presses: dict[str, list[object]] | None = {} if len(events) >= MIN_PRESSES else None
    for event in events:
        # Event names are free text too: scanned, and shown masked in locations.
        shown = display_name(event.name)
        yield _Site(f"event {shown} › name", EVENT_NAME_KEY, event.name, 3)
        for key, value in event.attributes.items():
            # A one-character string first, in C: most values are none (ints are rarer).
            if (
                presses is not None
                and (value.__class__ is not str or len(value) == 1)
                and one_press(value)
            ):
                presses.setdefault(key, []).append(value)
            yield from _values(f"event {shown} › {display_key(key)}", key, value, 3)
    if presses:  # most spans have no key presses: no loop to start
        for key, pressed in presses.items():
            joined = joined_presses(key, pressed)
            if joined is not None:
                yield _Site(f"events › {display_key(key)} (joined)", key, joined, 3)
    for index, link in enumerate(record.links):
        for key, value in link.attributes.items():
            yield from _values(f"link {index} › {display_key(key)}", key, value, 4)
    if record.scope is not None and record.scope.name not in seen_scopes:
        # The tracer name is the code's own choice: scanned once per scope, like resources.
        seen_scopes.add(record.scope.name)
        yield _Site("scope name", SCOPE_NAME_KEY, record.scope.name, 6)
    for key, value in record.resource.items():
        # Every span repeats its resource: report each resource value once.
        marker = (key, repr(value))
        if marker not in seen_resource:
            seen_resource.add(marker)
            yield from _values(f"resource › {display_key(key)}", key, value, 5)


def _call_ids(records: tuple[SpanRecord, ...], keys: Sequence[str]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for call_id, trace in group_calls(records, keys).calls.items():
        for span in trace.spans:
            out[span.key] = call_id
    return out


def _scan_site(
    scanner: Scanner,
    site: _Site,
    memo: dict[tuple[str, object, bool], tuple[str, list[Hit]]],
    content_globs: tuple[str, ...],
) -> tuple[str, list[Hit]]:
    value = site.value
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    dev = site.order < 2
    short = isinstance(value, str) and len(value) <= 256
    if short:
        cached = memo.get((site.key, value, dev))
        if cached is not None:
            return cached
    if isinstance(value, str):
        content_key = bool(content_globs) and any(fnmatchcase(site.key, g) for g in content_globs)
        result = scanner.scan_text(site.key, value, dev=dev, content_key=content_key)
    elif isinstance(value, int | float):
        result = scanner.scan_number(site.key, value)
    else:
        result = ("", [])
    if short:
        memo[(site.key, value, dev)] = result
    return result


def _once(read: Callable[[], str | None]) -> Callable[[], str | None]:
    """``read``, asked at most once (``functools.cache`` costs more to make per span)."""
    got: list[str | None] = []

    def once() -> str | None:
        if not got:
            got.append(read())
        return got[0]

    return once


def _scan_records(
    records: tuple[SpanRecord, ...],
    scanner: Scanner,
    globs: tuple[str, ...],
    value_rules: tuple[tuple[int, Callable[[str], bool]], ...],
    call_of: Mapping[tuple[str, str], str],
    content_globs: tuple[str, ...] = (),
) -> list[PiiFinding]:
    seen_resource: set[tuple[str, str]] = set()
    seen_scopes: set[str] = set()
    # Traces repeat names, ids and enums on every span: scan each short value once.
    memo: dict[tuple[str, object, bool], tuple[str, list[Hit]]] = {}
    # Each value's findings, in the order of their places, under the value's rank.
    blocks: list[tuple[tuple[object, ...], list[int], list[PiiFinding]]] = []
    # Names and call ids masked once each, and only for spans with a finding: masking
    # runs the detector, and most spans of a capture have none.
    shown_names: dict[str, str] = {}
    shown_calls: dict[str, str] = {}
    for record in sorted(records, key=start_order):
        call_id = call_of.get(record.key)
        shown_name: str | None = None
        shown_call: str | None = None
        order: tuple[int, str, str, str] | None = None  # worked out at its first finding
        direction: Callable[[], str | None] | None = None
        for position, site in enumerate(_sites(record, seen_resource, seen_scopes)):
            if globs and any(fnmatchcase(site.key, g) for g in globs):
                continue
            try:
                text, hits = _scan_site(scanner, site, memo, content_globs)
            except Exception as exc:
                raise _ScanFailure(
                    f"PII check failed on span {quoted_name(record.name)} ({record.span_id}) "
                    f"{site.label}: {type(exc).__name__} (value not shown)"
                ) from None
            if hits and any(h.kind == "ip" for h in hits):  # the server called or an edge
                kind = record.kind
                hits = [
                    h
                    for h in hits
                    if h.kind != "ip" or not server_peer(site.key, kind, text[h.start : h.end])
                ]
            if hits and any(h.kind == "phone" for h in hits):  # the business's end of the call
                if direction is None:  # the span's direction, read once for all its values
                    direction = _once(partial(direction_of, record.attributes))
                hits = drop_business_end(site.key, text, hits, direction)
            location = key = ""
            # One value's findings differ only in kind and mask, and masks repeat (a
            # name shows its initials, a number four digits): each finding, immutable,
            # is made once per value and listed at each of its places.
            made: dict[tuple[str, str], PiiFinding] = {}
            starts: list[int] = []
            found: list[PiiFinding] = []
            for hit in hits:
                if value_rules and _allowed(value_rules, text[hit.start : hit.end], record, site):
                    continue
                if shown_name is None:
                    shown_name = _shown(shown_names, record.name, display_name)
                    if call_id is not None:
                        shown_call = _shown(shown_calls, call_id, show_call_id)
                if not location:  # once per value: a long one has thousands of hits
                    # Keys and a kept first letter may hold terminal controls: escaped.
                    location = printable(site.label)
                    key = printable(display_key(site.key))
                finding = made.get((hit.kind, hit.masked))
                if finding is None:
                    # Span names and call ids leave masked, like the values.
                    finding = made[hit.kind, hit.masked] = PiiFinding(
                        call_id=shown_call,
                        span_name=shown_name,
                        span_id=record.span_id,
                        location=location,
                        kind=hit.kind,
                        masked=printable(hit.masked),
                        key=key,
                    )
                starts.append(hit.start)
                found.append(finding)
            if found:
                if order is None:
                    order = start_order(record)
                blocks.append(((call_id is None, call_id or "", order, position), starts, found))
    return _in_rank_order(blocks)


def _in_rank_order(
    blocks: list[tuple[tuple[object, ...], list[int], list[PiiFinding]]],
) -> list[PiiFinding]:
    """The findings sorted by their value's rank, then their place in the value (stable).

    A value's hits come ordered by place already, and ranks differ from value to value
    (a span's key and an attribute's position): the values are sorted, not each finding.
    """
    blocks.sort(key=itemgetter(0))
    ranks = [rank for rank, _, _ in blocks]
    if all(starts == sorted(starts) for _, starts, _ in blocks) and len(set(ranks)) == len(ranks):
        return [finding for _, _, found in blocks for finding in found]
    # A span given twice (same ids and start): its findings interleave by place.
    ranked = [
        ((*rank, start), finding)
        for rank, starts, found in blocks
        for start, finding in zip(starts, found, strict=True)
    ]
    ranked.sort(key=itemgetter(0))
    return [finding for _, finding in ranked]


def _shown(memo: dict[str, str], raw: str, render: Callable[[str], str]) -> str:
    shown = memo.get(raw)
    if shown is None:
        shown = memo[raw] = render(raw)
    return shown


def _allowed(
    rules: tuple[tuple[int, Callable[[str], bool]], ...],
    raw: str,
    record: SpanRecord,
    site: _Site,
) -> bool:
    for index, rule in rules:
        try:
            if rule(raw):
                return True
        except Exception as exc:
            raise _ScanFailure(
                f"allow[{index}] raised {type(exc).__name__} on span {quoted_name(record.name)} "
                f"({record.span_id}) {site.label} (value not shown)"
            ) from None
    return False


# -- arguments -----------------------------------------------------------------------------


def _allow_rules(
    allow: Iterable[AllowRule],
) -> tuple[tuple[str, ...], tuple[tuple[int, Callable[[str], bool]], ...]]:
    if isinstance(allow, str | re.Pattern) or callable(allow):
        allow = [allow]
    globs: list[str] = []
    rules: list[tuple[int, Callable[[str], bool]]] = []
    for index, rule in enumerate(allow):
        if isinstance(rule, str):
            globs.append(rule)
        elif isinstance(rule, re.Pattern):
            rules.append((index, _regex_rule(rule)))
        elif callable(rule):
            rules.append((index, rule))
        else:
            raise TypeError(
                f"allow[{index}] is a {type(rule).__name__}; expected an attribute-key glob "
                "(str), a compiled regex or a callable taking the flagged value"
            )
    return tuple(globs), tuple(rules)


def _regex_rule(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    def rule(value: str) -> bool:
        return pattern.search(value) is not None

    return rule


def _extra_patterns(extra: Iterable[ExtraPattern]) -> list[tuple[str, re.Pattern[str]]]:
    if isinstance(extra, str | re.Pattern):
        extra = [extra]
    out: list[tuple[str, re.Pattern[str]]] = []
    for index, item in enumerate(extra):
        kind = "custom"
        pattern: object = item
        if isinstance(item, tuple):
            if len(item) != 2 or not isinstance(item[0], str) or not item[0].isidentifier():
                raise ValueError(f"extra[{index}]: expected (kind, regex) with kind a word")
            kind, pattern = item
        if isinstance(pattern, re.Pattern):
            out.append((kind, pattern))
        elif isinstance(pattern, str):
            try:
                out.append((kind, re.compile(pattern)))
            except re.error as err:
                raise ValueError(f"extra[{index}]: invalid regex {pattern!r}: {err}") from None
        else:
            raise TypeError(
                f"extra[{index}] is a {type(pattern).__name__}; expected a regex "
                "(str or compiled) or a (kind, regex) pair"
            )
    return out


def _content_globs(content_keys: Sequence[str]) -> list[str]:
    if isinstance(content_keys, str):
        content_keys = [content_keys]
    # A bare key (``transcript``) names that key at any depth of a profile's spans.
    return [g for k in content_keys for g in (k, f"*.{k}")]


def _kinds(kinds: Iterable[str] | str | None, *, extra_kinds: set[str]) -> frozenset[str]:
    if kinds is None:
        return frozenset(KINDS)
    chosen = frozenset([kinds] if isinstance(kinds, str) else kinds)
    if "content" in chosen:  # both content kinds at once
        chosen = (chosen - {"content"}) | CONTENT_KINDS
    unknown = sorted(chosen - set(KINDS) - extra_kinds)
    if unknown:
        raise ValueError(
            f"unknown PII kind{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}"
            f"; known: {', '.join(KINDS)}"
        )
    return chosen


def _fail(findings: list[PiiFinding]) -> None:
    # Its own frame, holding only masked findings: the frame a traceback shows last.
    __tracebackhide__ = True
    raise PiiFound(findings)
