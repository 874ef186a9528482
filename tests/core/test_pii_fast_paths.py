"""The fast paths of the PII scan (gates once per text, searches from a literal) decide alike."""

from __future__ import annotations

import random
import re

import pytest

from pytest_patter_trace.core._pii import hints, hit, ids, labels, mask, national, phone
from pytest_patter_trace.core._pii.phone import digit_shape

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


#: Hex digits of both cases, the separators dates and ids use, words, and other scripts.
_HEXY = ["0", "7", "9", "a", "f", "A", "F", "g", "x", "0x", "deadbeef", "c0ffee", "-", ".",
         "/", ":", " ", "2024-05-01", "12:30", "3.14", "ab12cd34ef56", "AB12CD34EF56", "face",
         "cafe", "é", "٣", "\u00a0", "ｆ", "Ⅻ"]  # fmt: skip


def test_the_benign_hint_decides_as_the_patterns_it_stands_for() -> None:
    rnd = random.Random(4)
    seen = {True: 0, False: 0}
    for _ in range(8000):
        text = "".join(rnd.choice(_HEXY) for _ in range(rnd.randint(0, 16)))
        want = hit.may_hold_benign(text)
        assert phone.benign_hint(text) == want, text
        seen[want] += 1
    assert min(seen.values()) > 1000


#: Digit runs, letters alone and in words, and the signs ``_NUMBER`` reads between.
_NUMBERISH = ["1", "23", "456", "7890", "12345", " ", "  ", "-", "/", ".", "a", "B", "x", "Z",
              "ab", "no", "X-", "(", ")", "+", "_", "\n", ","]  # fmt: skip


def test_numbers_led_by_digits_are_those_the_full_search_finds() -> None:
    rnd = random.Random(6)
    decided = 0
    for _ in range(30000):
        text = "".join(rnd.choice(_NUMBERISH) for _ in range(rnd.randint(0, 20)))
        shape = digit_shape(text)
        assert shape is not None
        spans = ids._led_by_digits(shape)
        if spans is None:
            continue  # a letter right before a digit: the full search decides
        decided += 1
        assert spans == [m.span() for m in ids._NUMBER.finditer(text)], text
    assert decided > 10000


#: Digit runs and groups, the separators identifiers use, letters before and after.
_IDENTIFIERISH = ["1", "22", "333", "4444", "12345678", ".", "-", " ", "  ", "X", "y", "a", "B",
                  "Z-", "ab", "no", "\n", "/", "+"]  # fmt: skip


def test_identifier_candidates_from_their_first_digit_are_those_found_near_digits() -> None:
    rnd = random.Random(12)
    decided = 0
    for _ in range(20000):
        text = "".join(rnd.choice(_IDENTIFIERISH) for _ in range(rnd.randint(0, 24)))
        shape = digit_shape(text)
        assert shape is not None
        if national._LETTER_LED_SHAPE_REVERSED.search(shape[::-1]) is not None:
            continue  # a branch led by a letter may match: searched near the digits
        decided += 1
        want = [m.span() for m in national._candidates_near_digits(text)]
        assert [m.span() for m in national._candidates(text)] == want, text
        assert want == [m.span() for m in national._CANDIDATE.finditer(text)], text
    assert decided > 5000


_PHONE_TEXTS = ["+", "00", "1", "44", "7", "415", "555", "0132", " ", "-", "(", ")", ".", "x",
                "%", "{", "٣", "５", "\u00a0", "\u2013", "•"]  # fmt: skip


def test_a_phone_mask_made_from_its_layout_is_the_one_made_digit_by_digit() -> None:
    rnd = random.Random(21)
    for _ in range(20000):
        text = "".join(rnd.choice(_PHONE_TEXTS) for _ in range(rnd.randint(1, 12)))
        cc = rnd.choice((0, 0, 1, 2, 3, 4))
        prefix = 2 if text.lstrip().startswith("00") else 0
        digits = mask._digit_count(text)
        want = mask._digits_visible(text, mask._phone_visible(digits, prefix, cc))
        assert mask.mask_phone(text, cc_digits=cc) == want, (text, cc)
        assert mask.mask_phone(text, cc_digits=cc) == want  # again, from the cached form
