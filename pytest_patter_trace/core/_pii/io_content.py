"""What a span's own input and output hold: what was said, or a tool's payload.

Tracing libraries put a span's input and output whole under one key: OpenInference's
``input.value`` / ``output.value``, Traceloop's ``traceloop.entity.input`` /
``.output``, Langfuse's ``langfuse.observation.input`` / ``.output``. For an LLM or a
chain that is the conversation, for a tool its arguments and result: any word there is
content, whatever its length or script ("ok", "네", "Vale, perfecto."). A JSON value is a
chat (by its roles), a chain's question or answer (LangChain's ``{"inputs": {...}}``), a
speech field, or else a tool's payload. Kept by hand: no library on the package index
tells a span's payload from its conversation.
"""

from __future__ import annotations

import re

from . import conversation
from . import patterns as pat
from .hit import Hit
from .mask import MASKERS, mask_payload

#: Key segments owning an ``input`` / ``output`` segment that holds a span's whole input.
IO_OWNERS = frozenset(("entity", "observation", "span"))
#: A chain's inputs or outputs, LangChain's wrapper (``{"inputs": {"question": ...}}``).
_CHAIN_WRAPPER = re.compile(r'\s*\{\s*"(?:inputs|outputs)"\s*:\s*\{')
#: Fields of the wrapper that are the run's settings, not its inputs.
_WRAPPER_SETTINGS = frozenset(("tags", "metadata", "runid", "runname", "callbacks", "config"))
#: How a JSON object or array starts: a chat export's "[09:10] <name>: ..." is no array.
_JSON_START = re.compile(r'\{|\[\s*(?:[\[{"\]]|-?\d+(?:\.\d+)?\s*[,\]]|true\b|false\b|null\b)')
_FIELD_WORDS = re.compile(r"[^0-9a-z]+")
#: Values of a JSON payload that hold nothing (an empty object, list, string, ``null``).
_EMPTY = frozenset(("{}", "[]", '""', "null"))


def io_key(segments: list[str]) -> bool:
    """Whether a key's segments name a span's whole input or output.

    ``input.value`` (OpenInference) is told by the caller; this names the
    ``<owner>.input`` / ``<owner>.output`` forms (Traceloop, Langfuse, span events).
    """
    if len(segments) < 2 or segments[-1].lower() not in ("input", "output"):
        return False
    return segments[-2].lower() in IO_OWNERS


def find_io_content(text: str, hits: list[Hit]) -> None:
    """Add the content of a span's input or output value."""
    stripped = text.strip()
    if not stripped or stripped in _EMPTY:
        return
    start = text.index(stripped)
    end = start + len(stripped)
    if _JSON_START.match(stripped):
        if conversation.chat_request(stripped):
            hits.append(Hit("free_text", start, end, MASKERS["free_text"](stripped)))
            return
        spans = conversation.json_speech(text) or _chain_speech(text)
        if spans:
            for s, e in spans:
                hits.append(Hit("free_text", s, e, MASKERS["free_text"](text[s:e])))
        elif _holds_values(stripped):
            hits.append(Hit("tool_payload", start, end, mask_payload(stripped)))
        return
    if conversation.has_words(stripped):
        hits.append(Hit("free_text", start, end, MASKERS["free_text"](stripped)))


def _chain_speech(text: str) -> list[tuple[int, int]]:
    """Worded strings inside a chain's ``inputs`` / ``outputs`` wrapper, not its settings."""
    if _CHAIN_WRAPPER.match(text) is None:
        return []
    found: list[tuple[int, int]] = []
    settings = False
    for m in pat.JSON_STRING.finditer(text):
        if m.group(2) is not None:  # an object key
            field = _FIELD_WORDS.sub("", m.group(1).lower())
            if field in ("inputs", "outputs"):
                settings = False
            elif field in _WRAPPER_SETTINGS:
                settings = True
            continue
        if not settings and conversation.has_words(m.group(1)):
            found.append(m.span(1))
    return found


def _holds_values(text: str) -> bool:
    """Whether a JSON text holds any value: a string, a number, ``true`` or ``false``."""
    return any(ch.isalnum() for ch in text)
