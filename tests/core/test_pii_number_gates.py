"""Gates in front of the number finders decide exactly as the full search they skip.

Each gate rules a text out in C before a pattern is tried at every position; on random
text (letters, digits, number words of several languages, separators) the gated answer
is the ungated one.
"""

from __future__ import annotations

import random
import re

from pytest_patter_trace.core._pii import hints, memo, number_gates, numeric
from pytest_patter_trace.core._pii import patterns as pat
from pytest_patter_trace.core._pii.phone import digit_shape, shape_has

_CARDY = ["4", "0", "1234", "5678", "12", "9", " ", " ", "-", "--", "  ", ".", "+", "x", "ab",
          "\n", "/", "_"]  # fmt: skip


def test_the_card_hint_gate_decides_as_the_card_hint() -> None:
    rnd = random.Random(11)
    seen = 0
    for _ in range(20_000):
        text = "".join(rnd.choice(_CARDY) for _ in range(rnd.randint(0, 24)))
        shape = digit_shape(text)
        full = shape_has(shape, text, number_gates.CARD_HINT_SHAPE, pat.CARD_HINT)
        assert number_gates.card_hint(shape, text) == full, text
        seen += full
    assert 300 < seen < 19_000  # both answers are asked often


# Number words of several languages, words that only start or end like one, figures.
_SPOKEN = ["one", "once", "onee", "four", "fourteen", "cuatro", "neuf", "sieben", "oh", "o",
           "double", "nove", "novel", "tres", "stress", "dos", "dose", "ek", "trzy", "satu",
           "hat", "that", "to", "tone", "Seven", "NINE", "Zwei", "415", "0132", "5", "555",
           "name", "number", "is", "my", "a", "the", "_one", "one_", "2one", "one2", "ünf",
           " ", " ", " ", ", ", "-", ". ", "\n", "'", "é"]  # fmt: skip


def _full_spoken(text: str) -> list[tuple[int, int]]:
    """``spoken_numbers`` on a long text without the whole-word gate."""
    if not text.isascii():
        runs = numeric._number_runs(text)
        return [(a + s, a + e) for a, b in runs for s, e in numeric._spoken_in(text[a:b])]
    parts = numeric._SPLIT_TOKENS.split(text.lower())
    if sum(map(numeric._ASCII_WORDS.__contains__, parts[1::2])) < 3:
        return []
    found: list[tuple[int, int]] = []
    for start, end in numeric._ascii_runs(parts):
        found.extend((start + s, start + e) for s, e in numeric._spoken_in(text[start:end]))
    return found


def test_spoken_numbers_with_the_word_gate_find_what_the_full_count_finds() -> None:
    rnd = random.Random(12)
    found = ruled_out = 0
    wordless = [w for w in _SPOKEN if w.lower() not in numeric._ASCII_WORDS]
    said = [w for w in _SPOKEN if w.lower() in numeric._ASCII_WORDS]
    for i in range(1500):
        # A third with number words anywhere, a third without any (the gate's case), a
        # third with one number read out somewhere in words that hold none.
        pool = _SPOKEN if i % 3 == 0 else wordless
        words = [rnd.choice(pool) + rnd.choice(" , -") for _ in range(rnd.randint(40, 120))]
        if i % 3 == 2:
            at = rnd.randrange(len(words))
            # One number word said again and again, between figures.
            run = [rnd.choice(said)] * rnd.randint(3, 6) + ["5", "415", "0132"]
            rnd.shuffle(run)
            words[at:at] = [w + " " for w in run]
        text = "".join(words)
        if len(text) <= 200:
            continue
        try:
            got = numeric.spoken_numbers(text)
        finally:
            memo.forget_text()
        assert got == _full_spoken(text), text
        found += bool(got)
        ruled_out += numeric._ANY_ASCII_WORD.search(text.lower()) is None
    assert found > 50
    assert ruled_out > 50


def test_whole_words_finds_a_word_only_as_a_whole_token() -> None:
    words = ("one", "once", "on", "two", "new york", "s-1")
    gate = hints.whole_words(words)
    rnd = random.Random(13)
    pieces = ["on", "one", "once", "onc", "two", "tw", "_", "2", "a", " ", "-", "é", "ON"]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        tokens = re.findall(r"\w+", text, re.ASCII)
        assert (gate.search(text) is not None) == any(t in words for t in tokens), text
    assert gate.search("York") is None  # words that are never one token are left out


_HINTS = tuple(f"{w} {v}" for w in ("date", "born", "lives", "home", "nacido", "né")
               for v in ("of birth", "on", "at", "in the"))  # fmt: skip


def test_holds_any_with_many_spaced_hints_answers_as_any_hint_in_text() -> None:
    rnd = random.Random(14)
    pieces = ["date", "of", "birth", "born", "on", "at", "in", "the", "lives", "né", "home",
              "nacido", "dat", "bor", " ", " ", "  ", "\n", "x", ",", "Date"]  # fmt: skip
    said = 0
    for _ in range(3000):
        # Long enough to be asked by its words (hints._SHORT).
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(150, 400)))
        try:
            got = hints.holds_any(text, _HINTS)
        finally:
            memo.forget_text()
        assert got == any(hint in text for hint in _HINTS), text
        said += got
    assert 100 < said < 2900


# Digits read one by one, now and then two together, a letter or a sign between.
_ONE_DIGIT = ["4", "1", "5", "0", "4", "1", "5", "0", "12", "x", "+", "("]
_BETWEEN = [" ", " ", " ", " ", " ", " ", "  ", ", ", ",", "-", ".", "\n", "ab"]


def test_the_digits_one_by_one_gate_decides_as_a_search_of_each_candidate() -> None:
    rnd = random.Random(15)
    held = 0
    for _ in range(8000):
        text = "".join(
            rnd.choice(_ONE_DIGIT) + rnd.choice(_BETWEEN) for _ in range(rnd.randint(0, 20))
        )
        candidates = list(pat.PHONE_CANDIDATE.finditer(text))
        full = any(number_gates.SINGLE_DIGITS.search(m.group()) for m in candidates)
        if full:
            assert number_gates.single_digits_hint(text), text
        held += full
    assert held > 100
