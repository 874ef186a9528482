"""Quicker forms of the detector's patterns find exactly what the plain forms find."""

from __future__ import annotations

import random
import re

from pytest_patter_trace.checks.pii import find_pii
from pytest_patter_trace.core._pii import hints, memo, phone, speech
from pytest_patter_trace.core._pii.detect import Scanner
from pytest_patter_trace.core.model import SpanRecord

#: Letters, the signs a name's word may hold, digits, underscores, spaces and stops:
#: invented words, in random order.
_ASCII_PIECES = ["Orla", "quentin", "O'Hara", "jean-luc", "St.", "x", "Q", " ", "  ", "   ", "7",
                 "_", ",", ". ", "-", "'", ".", "\n", "\t", "ab12", "Mbeki", "and", "z_z",
                 "?"]  # fmt: skip


_WORDS = ["Orla", "van", "der", "O'Hara", "jean-luc", "St.", "x", "and"]


def _ascii_texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    texts = []
    for _ in range(count):
        if rnd.random() < 0.3:  # runs of words longer than the run's bound
            texts.append(" ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(6, 14))))
        else:
            texts.append("".join(rnd.choice(_ASCII_PIECES) for _ in range(rnd.randint(1, 24))))
    return texts


def _groups(m: re.Match[str] | None) -> tuple[object, ...] | None:
    return None if m is None else (m.span(), m.span(1), m.span(2))


def test_the_ascii_run_of_words_is_the_run_the_unicode_pattern_reads() -> None:
    runs = past_bound = 0
    for text in _ascii_texts(31, 4000):
        for pos in range(len(text)):
            want = speech._RUN_ON.match(text, pos)
            assert _groups(speech._RUN_ON_ASCII.match(text, pos)) == _groups(want), (text, pos)
            runs += want is not None
            past_bound += want is not None and want.group(2) is not None
    assert runs > 10000
    assert past_bound > 100


def test_the_run_and_the_next_word_in_one_match_are_those_of_two() -> None:
    rnd = random.Random(32)
    pieces = [*_ASCII_PIECES, "Żaneta", "Светлана", "ǅemal", "’", "नमस्ते", "İ", "٣"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 24)))
        pos = rnd.randrange(len(text))
        run = speech._RUN.match(text, pos)
        both = speech._RUN_ON.match(text, pos)
        if run is None:
            assert both is None, text
            continue
        assert both is not None, (text, pos)
        assert both.span(1) == run.span(), (text, pos)
        following = speech._NEXT_WORD.match(text, run.end())
        assert both.span(2) == (following.span() if following else (-1, -1)), (text, pos)


#: Literals that are prefixes of one another, that share prefixes, that hold signs a
#: pattern reads (escaped), of other scripts, and the empty one.
_LITERALS = ["ab", "abc", "abd", "b", "a.c", "a+", "(x", "[at]", "x|y", "\\", "^", "$", "名前",
             "и", "ñ", "a b", "é", "Ab", "ba", "cab", "zz"]  # fmt: skip
_TEXT_PIECES = ["a", "b", "c", "d", ".", "+", "(", "x", "[", "]", "|", "y", "\\", "^", "$", "名",
                "前", "и", "ñ", " ", "é", "A", "z", "\n"]  # fmt: skip


def test_a_prefix_tree_is_found_exactly_where_one_of_its_literals_is() -> None:
    rnd = random.Random(33)
    outcomes = set()
    for _ in range(3000):
        literals = tuple(rnd.sample(_LITERALS, rnd.randint(1, 9)))
        tree = hints.prefix_tree(literals)
        for _ in range(5):
            text = "".join(rnd.choice(_TEXT_PIECES) for _ in range(rnd.randint(0, 30)))
            want = any(literal in text for literal in literals)
            assert (tree.search(text) is not None) == want, (literals, text)
            outcomes.add(want)
    assert outcomes == {True, False}
    assert hints.prefix_tree(("",)).search("") is not None  # the empty literal is everywhere


#: Letters whose lower case reads around them (a final sigma), grows (İ) or folds (ẞ),
#: white space of several kinds, marks and stops.
_CASED = ["Σ", "ΑΣ", "σ", "İ", "ẞ", "ß", "A", "b", " ", "  ", "\n", "\u3000", "\u00a0", "'",
          "\u0301", "Ǆ", "x", "ΣΣ", ".", "Kaï", "ÉTÉ", "\u2028", "\x85"]  # fmt: skip


def test_the_words_of_a_lowered_text_are_its_text_words_lowered() -> None:
    rnd = random.Random(34)
    for _ in range(20000):
        text = "".join(rnd.choice(_CASED) for _ in range(rnd.randint(0, 24)))
        lowered_words = " ".join(set(text.split())).lower()
        assert set(text.lower().split()) == set(lowered_words.split()), text


#: Hints in several cases, with and without white space, many and few of each.
_CASE_HINTS = (
    ("AKIA", "akia", "Σx", "ςx", "σx", "i̇", "ß", "ss", "Kaï", "kaï", "été", "ÉTÉ"),
    ("Ab", "A b", "x y", "X Y", "σ b", "ς b", "é t", "É T", "s s", "k a", "c d", "e f"),
)  # fmt: skip
#: Filler, mostly, and now and then a piece that holds a hint in one case or another.
_FILLER = [" ", "  ", "\n", "\u3000", "x", "Σ", "A", ".", "'", "\u0301", "ΣΣ", "b"]
_RARE = ["AKIA", "Kaï", "été", "ÉTÉ", "X Y", "A b", "ss", "İstanbul", "ẞ", "É T"]


def test_a_lowered_text_asked_after_its_text_is_answered_as_itself() -> None:
    rnd = random.Random(35)
    outcomes = set()
    for _ in range(1500):
        parts = [rnd.choice(_RARE if rnd.random() < 0.004 else _FILLER) for _ in range(600)]
        text = "".join(parts)
        lowered = text.lower()
        for group in _CASE_HINTS:
            hints.holds_any(text, group)  # the lowered text's words are kept from here
            want = any(hint in lowered for hint in group)
            assert hints.holds_any(lowered, group) == want, (group, lowered[:80])
            outcomes.add(want)
        memo.forget_text()
    assert outcomes == {True, False}


def test_the_lowered_words_are_kept_within_a_scan_only() -> None:
    said = "Hello, my name is Ottilie Brennwald and I LIVE at Quastenbach Street. " * 20
    span = SpanRecord(name="s", trace_id="1" * 32, span_id="2" * 16,
                      attributes={"getpatter.stt.text": said})  # fmt: skip
    scanner = Scanner(content="allow")
    scanner.scan_text("getpatter.stt.text", said)
    assert hints._LOWERED_WORDS, "a long text's lowered words were not kept"
    scanner.forget()
    assert not any(memo._DICTS)
    assert find_pii([span], content="allow")
    assert not any(memo._DICTS), "a text dict keeps a caller's words after the scan"


def test_a_long_texts_kept_digit_shape_is_the_one_made_again() -> None:
    rnd = random.Random(36)
    pieces = ["0", "7", "12", " ", "-", "a", "Z", "\n", "+"]
    kinds = set()
    for _ in range(600):
        parts = [rnd.choice(pieces) for _ in range(rnd.randint(150, 350))]
        if rnd.random() < 0.5:  # a digit of another script, or a letter with a mark
            parts.insert(rnd.randrange(len(parts)), rnd.choice(("٣", "é")))
        text = "".join(parts)
        want = text.encode("ascii").translate(phone._ZERO_DIGITS) if text.isascii() else None
        assert phone.digit_shape(text) == want, text
        assert phone.digit_shape(text) == want, text  # asked again: from the scan's memo
        kinds.add((len(text) > phone._SHAPES_KEPT_FROM, want is None))
    memo.forget_text()
    assert kinds == {(True, True), (True, False), (False, True), (False, False)}
