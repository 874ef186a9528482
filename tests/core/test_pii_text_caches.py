"""No cache of the scanner keeps a caller's words once a scan has ended."""

from __future__ import annotations

import gc
import importlib
import pkgutil
from functools import _lru_cache_wrapper
from typing import Any

from pytest_patter_trace.checks.pii import find_pii, redact
from pytest_patter_trace.core._pii import memo
from pytest_patter_trace.core.model import SpanRecord

#: Words no code of ours holds: found in a cache, they came from the span.
PLANTED = ("Ottilie", "Brennwald", "Quastenbach")
SAID = (
    "hi my name is Ottilie Brennwald, I live at 12 Quastenbach Street, my husband "
    "Ottilie's brother passed away and I was diagnosed with diabetes, my ID number is 123"
)
#: Caches keyed by what code chose (attribute keys, module names, one-off loaders).
KEYED_BY_CODE = {
    "pytest_patter_trace.core._pii.detect.key_flags",
    "pytest_patter_trace.core._pii.detect.phonenumbers_module",
    "pytest_patter_trace.core._pii.hints._split_hints",
    "pytest_patter_trace.core._pii.hints.lowered_gate",
    "pytest_patter_trace.core._pii.disclosure._key_says",
    "pytest_patter_trace.core._pii.ids._check",
    "pytest_patter_trace.core._pii.names.lexicon",
    "pytest_patter_trace.core._pii.national._validator",
    "pytest_patter_trace.core._pii.peer._edges",
    "pytest_patter_trace.core._pii.redact._lenient_scanner",
    "pytest_patter_trace.core._pii.rulesets._combined",
    "pytest_patter_trace.core._pii.speech._intro_kind",
    "pytest_patter_trace.core._pii.speech._naming",
    "pytest_patter_trace.core._render.display_key",
}


def _package_caches() -> dict[str, _lru_cache_wrapper[Any]]:
    # The scanner and the rendering layer: where span text is read and printed.
    import pytest_patter_trace.core as pkg

    found: dict[str, _lru_cache_wrapper[Any]] = {}
    for info in pkgutil.walk_packages(pkg.__path__, "pytest_patter_trace.core."):
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            if isinstance(value, _lru_cache_wrapper) and value.__module__ == info.name:
                found[f"{info.name}.{attr}"] = value
    return found


def _held_text(cache: _lru_cache_wrapper[Any]) -> str:
    # An lru_cache's entries are reachable from it through the garbage collector only.
    held = [r for r in gc.get_referents(cache) if isinstance(r, dict)]
    return repr([list(d) for d in held])


def _span() -> SpanRecord:
    return SpanRecord(
        name="getpatter.stt", trace_id="1" * 32, span_id="2" * 16,
        attributes={"getpatter.stt.text": SAID, "patter.call_id": "c1"},
    )  # fmt: skip


def test_every_cache_of_span_text_is_emptied_when_a_scan_ends() -> None:
    findings = find_pii([_span()], content="allow")
    assert {"name", "sensitive"} <= {f.kind for f in findings}
    redact("getpatter.stt.text", SAID)
    caches = _package_caches()
    assert caches, "no cache found: the walk is broken"
    for name, cache in caches.items():
        held = _held_text(cache)
        for word in PLANTED:
            assert word not in held, f"{name} keeps a caller's words after the scan"


def test_the_text_caches_do_work_within_a_scan() -> None:
    from pytest_patter_trace.core._pii.detect import Scanner

    scanner = Scanner(kinds=["name", "sensitive"])
    scanner.scan_text("getpatter.stt.text", SAID)
    assert sum(c.cache_info().currsize for c in memo._CACHES) > 0
    scanner.forget()
    assert all(c.cache_info().currsize == 0 for c in memo._CACHES)


def test_a_new_cache_says_whether_it_holds_span_text() -> None:
    # A cache of words or sentences must be a memo.text_cache; one keyed by code's own
    # choices is listed above, on purpose.
    registered = {id(c) for c in memo._CACHES}
    unlisted = {
        name for name, cache in _package_caches().items()
        if id(cache) not in registered and name not in KEYED_BY_CODE
    }  # fmt: skip
    assert not unlisted
