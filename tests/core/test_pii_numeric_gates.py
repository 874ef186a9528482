"""The number finders' shortcuts (in numeric.py, ids.py) decide as the full reading."""

from __future__ import annotations

import random
import re

import pytest

from pytest_patter_trace.core._pii import banks, ids, national, number_gates, numeric, phone
from pytest_patter_trace.core._pii import patterns as pat

_WORDS = ["one", "ONE", "Oh", "o", "to", "two", "double", "Triple", "nine", "fire", "sex",
          "un", "the", "number", "is", "call", "x", "a", "one_two", "_", "oh1", "1", "12",
          "555", "0123", "12345", "000000", "4111", "9"]  # fmt: skip
_GAPS = [" ", " ", " ", ", ", "-", ". ", "\n", "\t", " - ", "/", "(", ")", ":", "  ", ""]


def _ascii_texts() -> list[str]:
    rnd = random.Random(11)
    texts = []
    for _ in range(3000):
        n = rnd.randint(1, 60)
        texts.append("".join(rnd.choice(_WORDS) + rnd.choice(_GAPS) for _ in range(n)))
    return texts


def _runs_word_by_word(text: str) -> list[tuple[int, int]]:
    # The reading the shortcut stands for: every word of the lower-cased text in turn.
    return numeric._runs(text.lower())


def test_ascii_runs_are_those_of_the_word_by_word_reading() -> None:
    with_runs = 0
    for text in _ascii_texts():
        want = _runs_word_by_word(text)
        with_runs += bool(want)
        assert numeric._number_runs(text) == want, text
    assert with_runs > 500  # the texts do hold runs: the test tests something


def _spoken_reference(text: str) -> list[tuple[int, int]]:
    # spoken_numbers of long text as it was: a word count gate, then each run read alone.
    tokens = numeric._TOKENS.findall(text.lower())
    if sum(map(numeric._ASCII_WORDS.__contains__, tokens)) < 3:
        return []
    return [
        (start + s, start + e)
        for start, end in _runs_word_by_word(text)
        for s, e in numeric._spoken_in(text[start:end])
    ]


def test_numbers_read_out_in_long_ascii_text_are_those_of_the_full_reading() -> None:
    texts = _ascii_texts()
    long_texts = [" ".join(texts[i : i + 12]) for i in range(0, len(texts), 12)]
    found = 0
    for text in long_texts:
        assert len(text) > 200
        want = _spoken_reference(text)
        found += bool(want)
        assert numeric.spoken_numbers(text) == want
    assert found > 50


_DIGIT_PIECES = ["1", "12", "123", "4111", "0", "9", "-", " - ", " ", ".", "_", "/", "a", "A",
                 "x-", "--", "  ", "\u2013", "\u00a0", "\uff11", "\u0663", "+", "123-", "45-",
                 "123 ", "45 ", "4111.", "4111.", "4111.", "1234 "]  # fmt: skip


def _digit_texts() -> list[str]:
    rnd = random.Random(5)
    return [
        "".join(rnd.choice(_DIGIT_PIECES) for _ in range(rnd.randint(1, 40))) for _ in range(6000)
    ]


@pytest.mark.parametrize(
    ("fast", "full"),
    [
        (b"000-00-0", pat.SSN_DASHED_HINT),
        (b"000 00 0", pat.SSN_SPACED_HINT),
        (b"000000000", pat.SSN_BARE_HINT),
        (numeric._ODD_HINT_SHAPE, numeric._ODD_HINT),
        (number_gates.CARD_HINT_SHAPE, pat.CARD_HINT),
    ],
    ids=["ssn-dashed", "ssn-spaced", "ssn-bare", "odd-card", "card"],
)
def test_a_hint_on_the_digit_shape_decides_as_on_the_text(
    fast: bytes | re.Pattern[bytes], full: re.Pattern[str]
) -> None:
    found = 0
    for text in _digit_texts():
        want = full.search(text) is not None
        found += want
        assert phone.shape_has(phone.digit_shape(text), text, fast, full) == want, text
    assert found > 30  # the texts do hold matches: the test tests something


def test_the_dotted_card_shape_is_in_every_dotted_card() -> None:
    found = 0
    for text in _digit_texts():
        if pat.CARD_DOTTED.search(text):
            found += 1
            assert b"0000.0000.0000.0" in (phone.digit_shape(text) or b"0000.0000.0000.0"), text
    assert found > 10


def test_digit_stretches_on_the_shape_are_those_of_the_text() -> None:
    for text in _digit_texts():
        want = [m.span() for m in national._DIGIT_STRETCH.finditer(text)]
        assert national._stretches(text) == want, text
        shape = phone.digit_shape(text)
        if shape is not None:
            runs = [len(r) for r in national._ZEROS.findall(shape)]
            assert runs == [len(r) for r in national._DIGITS.findall(text)], text


def test_identifier_numbers_around_their_digits_are_those_of_the_full_search() -> None:
    rnd = random.Random(3)
    pieces = [*_DIGIT_PIECES, "b", "Z", "ab ", " x", "12345", "k-", "-k", "a1", "1a"]
    found = 0
    for _ in range(6000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 80)))
        plain = ids._plain_digits(text)
        want = [m.span() for m in ids._NUMBER.finditer(plain)]
        found += len(want)
        assert ids._number_spans(plain, phone.digit_shape(plain)) == want, text
        if any(m.end() - m.start() >= 6 for m in ids._TOKEN.finditer(plain)):
            assert ids._TOKEN_HINT.search(phone.digit_shape(plain) or b"0a"), text
    assert found > 1000


def test_iban_searches_on_the_shape_decide_as_on_the_text() -> None:
    rnd = random.Random(9)
    pieces = [*_DIGIT_PIECES, "DE", "GB", "NL", "de", "89", "3704", "0044", "ABNA", "Ab", " ",
              "DE89", " DE89", "3704 ", "ABNA ", "0532"]  # fmt: skip
    hinted = loose = 0
    for _ in range(6000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 40)))
        shape = phone.digit_shape(text)
        if shape is None:
            continue
        want = [m.span() for m in banks._LOOSE_IBAN.finditer(text)]
        loose += bool(want)
        assert [m.span() for m in banks._LOOSE_IBAN_SHAPE.finditer(shape)] == want, text
        if pat.IBAN_CANDIDATE.search(text):
            hinted += 1
            assert banks._IBAN_HINT_SHAPE.search(shape), text
    assert loose > 500
    assert hinted > 50


def test_the_overlap_bisection_decides_as_a_scan_of_every_span() -> None:
    rnd = random.Random(13)
    overlapping = 0
    for _ in range(2000):
        spans = []
        for _ in range(rnd.randint(0, 12)):
            s = rnd.randint(0, 60)
            spans.append((s, s + rnd.randint(0, 15)))
        taken = phone.overlap_test(spans)
        for _ in range(10):
            start = rnd.randint(0, 70)
            end = start + rnd.randint(0, 12)
            want = any(start < e and s < end for s, e in spans)
            overlapping += want
            assert taken(start, end) == want, (spans, start, end)
    assert overlapping > 2000
