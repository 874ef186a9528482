"""No cache of the scanner keeps a caller's words once a scan has ended."""

from __future__ import annotations

import gc
import importlib
import io
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
    "pytest_patter_trace.core._pii.detect.phonenumbers_module",
    "pytest_patter_trace.core._pii.hints._split_hints",
    "pytest_patter_trace.core._pii.hints.lowered_gate",
    "pytest_patter_trace.core._pii.ids._check",
    "pytest_patter_trace.core._pii.names.lexicon",
    "pytest_patter_trace.core._pii.national._validator",
    "pytest_patter_trace.core._pii.peer._edges",
    "pytest_patter_trace.core._pii.redact._lenient_scanner",
    "pytest_patter_trace.core._pii.rulesets._combined",
    "pytest_patter_trace.core._pii.speech._intro_kind",
    "pytest_patter_trace.core._pii.speech._naming",
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


#: A key built from data: a callback number and an e-mail as the last segments.
DATA_KEYS = ("callback.+1 646 555 0199", "contact.ottilie.brennwald@example.org", "tool.5550199")


def _key_cache_texts() -> dict[str, str]:
    # What every cache keyed by attribute keys holds: the key caches of the scanner and
    # the rendering layer, and the near-miss table of the attribute checks.
    from pytest_patter_trace.checks import attributes
    from pytest_patter_trace.core import _render
    from pytest_patter_trace.core._pii import attribute_keys, disclosure

    held = {"attributes._near_miss": _held_text(attributes._near_miss)}
    for name, cache in (
        ("attribute_keys.key_flags", attribute_keys.key_flags),
        ("disclosure._key_says", disclosure._key_says),
        ("_render.display_key", _render.display_key),
    ):
        held[name] = repr(cache.kept_keys()) if hasattr(cache, "kept_keys") else _held_text(cache)
    return held


def test_no_cache_keeps_a_key_built_from_data() -> None:
    from pytest_patter_trace.checks.attributes import near_miss
    from pytest_patter_trace.outputs.report import Style, check_spans, render_text

    span = SpanRecord(
        name="getpatter.call", trace_id="1" * 32, span_id="3" * 16,
        attributes={"patter.call_id": "c1", "patter.cost.total": 0.5,
                    **{key: "call me on +1 646 555 0123" for key in DATA_KEYS}},
    )  # fmt: skip
    findings = find_pii([span], content="allow")
    assert "attribute callback.+1 6•• ••• ••99" in {f.location for f in findings}
    # The report renders every key and compares each with the contract's.
    render_text([check_spans("planted.json", [span])], io.StringIO(), Style(False))
    for key in DATA_KEYS:
        near_miss("patter.call_id", key)
    for name, held in _key_cache_texts().items():
        for secret in ("646 555 0199", "brennwald", "5550199"):
            assert secret not in held, f"{name} keeps a key built from data"


def test_the_key_caches_keep_keys_shaped_like_code() -> None:
    from pytest_patter_trace.core._pii.key_memo import KEY_CACHES, code_shaped

    assert code_shaped("gen_ai.usage.input_tokens")
    assert code_shaped("llm.input_messages.0.message.content")
    assert code_shaped("http.request.header.x-forwarded-for")
    assert not code_shaped("callback.+1 646 555 0199")
    assert not code_shaped("user.имя")
    assert not code_shaped("booking.2024.ref")
    find_pii([_span()], content="allow")
    assert any("getpatter.stt.text" in cache.kept_keys() for cache in KEY_CACHES)
