"""The once-per-text gates in front of per-number context patterns decide as the patterns."""

from __future__ import annotations

import random
import re

import pytest

from pytest_patter_trace.core._pii import hints, labels

#: Words of several languages around numbers, in every case, with the signs between.
_WORDS = ["card", "CARD", "Carte", "tarjeta", "cartão", "Karte", "document", "DOCUMENTO",
          "Dokument", "ausweisnummer", "passport", "Passeport", "id", "ID", "identity",
          "Identität", "identidad", "number", "No.", "nr", "#", "is", "was", "ist", "è", "es",
          "my", "phone", "the", "call", "ſ", "K", "dokument", "ﬁ", "ident", "kart", "pass",
          "4111", "0132", "+1", "415", "555", "12", ":", "-", "=", ".", " ", "  ", "\n",
          "\u00a0"]  # fmt: skip


def _texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    return [" ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(1, 14))) for _ in range(count)]


def _windows_match(pattern: re.Pattern[str], text: str) -> bool:
    # As the finders ask it: the 40 characters before each position.
    return any(pattern.search(text, max(0, at - 40), at) for at in range(len(text) + 1))


@pytest.mark.parametrize("pattern", [labels.DOCUMENT_BEFORE, labels.ACCOUNT_BEFORE])
def test_a_text_the_gate_rules_out_has_no_match_before_any_position(
    pattern: re.Pattern[str],
) -> None:
    assert hints.lowered_gate(pattern) is not None  # derived: the gate is in use
    ruled_out = 0
    for text in _texts(11, 2500):
        if not hints.may_match(text, pattern):
            ruled_out += 1
            assert not _windows_match(pattern, text), text
    assert ruled_out > 300  # and it does rule texts out


def test_no_gate_is_derived_where_it_could_differ() -> None:
    # Look-arounds, anchors inside, back-references, upper-case letters, other flags.
    for source in (r"(?i)\bcard(?=\d)$", r"(?i)\b(?<!x)card$", r"(?i)\b(card)\1$",
                   r"(?i)\bCard$", r"(?i)\bcard\b$", r"(?i)\bcard\$", r"\bcard$",
                   r"(?i)\b[^a]card$", r"(?i)\bcard\x41$"):  # fmt: skip
        assert hints.lowered_gate(re.compile(source)) is None, source
    assert hints.lowered_gate(re.compile(r"(?i)card", re.MULTILINE)) is None
    assert hints.may_match("anything at all", re.compile(r"(?i)\bCard$"))  # asks each window
    assert hints.may_match("kart ﬁ", labels.DOCUMENT_BEFORE)  # not ASCII: asks each window
