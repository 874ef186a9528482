"""Gates asked of a text's digit shape or distinct words answer as their patterns do."""

from __future__ import annotations

import random
import re

from pytest_patter_trace.core._pii import context, hints, memo, number_gates
from pytest_patter_trace.core._pii import patterns as pat

#: Digits, letters, dots, the white space ``\s`` matches in ASCII (``\x1c``-``\x1f``
#: too), other signs, a digit of another script, and birth words of several languages.
_PIECES = ["1", "7", "0", ".", ". ", " ", "\t", "\x1c", "\x1f", "\x0b", "a", "B", "z", "-",
           "٣", "é", "born", "geb", "né", "wurde am", "wurde", " am", "д. р", "生", "nat",
           "my number", "12 Elm", "10.0.0.4", "5x", "x"]  # fmt: skip
_DOB_PATTERN = re.compile("|".join(map(re.escape, context._DOB_HINTS)))


def _texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    return [
        "".join(rnd.choice(_PIECES) for _ in range(rnd.choice((rnd.randint(0, 12), 400))))
        for _ in range(count)
    ]


def test_the_dotted_digits_gate_is_the_ipv4_hint() -> None:
    found = 0
    for text in _texts(101, 4000):
        want = pat.IPV4_HINT.search(text) is not None
        assert number_gates.dotted_digits_hint(text) is want, text
        found += want
    assert found > 500


def test_the_number_then_word_gate_is_its_pattern() -> None:
    found = 0
    for text in _texts(102, 4000):
        want = pat.NUMBER_THEN_WORD.search(text) is not None
        assert number_gates.number_then_word(text) is want, text
        found += want
    assert found > 500


def test_the_birth_words_asked_of_a_texts_words_are_those_its_pattern_finds() -> None:
    found = 0
    for text in _texts(103, 4000):
        memo.forget_text()
        lowered = text.lower()
        want = _DOB_PATTERN.search(lowered) is not None
        assert hints.holds_any(lowered, context._DOB_HINTS) is want, text
        found += want
    assert found > 500


#: Digits in groups, the signs around phone numbers, the signs the candidate's
#: look-behinds and look-ahead read, letters and words.
_NUMBER_PIECES = ["1", "212", "555", "0143", "00", "+", "+1", "(", ")", " ", "  ", "-", ".",
                  "/", "@", "#", "%", "_", "a", "Z", "sip_", "x", "call ", "7", "0", "44",
                  ". ", "-1", "(0)"]  # fmt: skip


def test_phone_candidates_around_digits_are_those_of_the_whole_text() -> None:
    rnd = random.Random(104)
    found = 0
    for _ in range(6000):
        size = rnd.choice((rnd.randint(1, 20), rnd.randint(60, 300)))
        text = "".join(rnd.choice(_NUMBER_PIECES) for _ in range(size))
        want = [m.span() for m in pat.PHONE_CANDIDATE.finditer(text)]
        assert [m.span() for m in number_gates.phone_candidates(text)] == want, text
        found += len(want)
    assert found > 5000


def test_the_iban_gate_on_a_shape_is_its_pattern() -> None:
    from pytest_patter_trace.core._pii import banks
    from pytest_patter_trace.core._pii.phone import digit_shape

    rnd = random.Random(105)
    pieces = ["0", "00", "0000", " ", "  ", "A", "Z", "GB", "x", "-", ".", "DE89 ", "3704 "]
    found = 0
    for _ in range(6000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30)))
        shape = digit_shape(text)
        assert shape is not None
        want = banks._IBAN_HINT_SHAPE.search(shape) is not None
        assert banks._iban_hint_shape(shape) is want, text
        found += want
    assert found > 1000
