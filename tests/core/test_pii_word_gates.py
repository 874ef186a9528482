"""Gates asked of a long text's distinct words decide as the same question of the text.

A long piece of a transcript repeats its words: the sensitive-term gate and the title
gate read its distinct words (cached per scan) instead of the whole piece.
"""

from __future__ import annotations

import random

from pytest_patter_trace.core._pii import disclosure, memo, speech
from pytest_patter_trace.core._pii.hints import holds_any, words_of

_PIECES = [" ", "  ", "\n", "\t", ", ", ". ", "-", "'", "’", "4411", "+1", "12:30.", "x", "I",
           "İ", "ß", "Σ", "the", "my", "and", "is", "Dr", "Mr.", "Prof", "Frau", "Sayın", "Κύριε",
           "Doctor", "Señora", "Mme", "pan", "cancer", "diagnosed", "Krebs", "schwanger",
           "pregnant", "debt", "überschuldet", "lawyer", "funeral", "depresión", "ciąża",
           "diabète", "chemo", "surgery", "rehab", "insulin", "Ärztin", "naïve", "dialyse",
           "Ana Díaz", "tanaka", "caso", "bill", "café", "½", "Ⅻ", "_", "O'Neill",
           "Jean-Luc", "μυ", "ΚΑΡΚΊΝΟΣ", "рак", "مرض", "hamile", "kanker",
           "癌症", "がん", "암", "มะเร็ง"]  # fmt: skip


def _token(rnd: random.Random) -> str:
    """A listed piece, a title, or a new number or word: long texts hold many distinct words."""
    roll = rnd.random()
    if roll < 0.1:
        return rnd.choice(speech._TITLES)
    if roll < 0.25:
        return f" {rnd.randint(0, 99_999)}{rnd.choice(('', '.', ','))} "
    if roll < 0.35:
        return " " + "".join(rnd.choice("aeioubdklmnrstçñø") for _ in range(rnd.randint(2, 7)))
    return rnd.choice(_PIECES)


def _texts(count: int) -> list[str]:
    rnd = random.Random(6)
    texts = []
    for i in range(count):
        size = rnd.choice((3, 40, 200, 600))  # short texts and long ones (words path)
        if i % 2:
            texts.append("".join(_token(rnd) for _ in range(size)))
            continue
        # Filler of new numbers and words, and at most one listed piece somewhere in it.
        filler = [
            f" {rnd.randint(0, 99_999)} "
            if rnd.random() < 0.5
            else " " + "".join(rnd.choice("bdklmnrstvz") for _ in range(rnd.randint(2, 6)))
            for _ in range(size)
        ]
        if rnd.random() < 0.7:
            filler.insert(
                rnd.randrange(len(filler) + 1), rnd.choice(_PIECES + list(speech._TITLES))
            )
        texts.append("".join(filler))
    return texts


def _full_gate(text: str) -> bool:
    """The sensitive-term gate read over the whole text, as it was before the words."""
    if not text.isascii() and max(text) >= "\u0590" and disclosure._has_script_term(text):
        return True
    return any(map(disclosure._stemmed, set(disclosure._GATE_WORDS.findall(text))))


def test_the_term_gate_on_words_decides_as_on_the_text() -> None:
    opened = shut = 0
    for text in _texts(1500):
        expected = _full_gate(text)
        assert disclosure._gate(text) is expected, repr(text[:80])
        opened += expected
        shut += not expected
        memo.forget_text()
    assert opened > 100  # both verdicts are tested
    assert shut > 100


def test_the_title_gate_on_words_decides_as_on_the_text() -> None:
    found = missed = 0
    for text in _texts(1500):
        expected = any(title in text for title in speech._TITLES)
        assert holds_any(text, speech._TITLE_HINTS) is expected, repr(text[:80])
        found += expected
        missed += not expected
        memo.forget_text()
    assert found > 100
    assert missed > 100


def test_words_of_holds_every_word_of_a_long_text_once() -> None:
    text = "Dr Ana and Dr Ana and 4411 " * 40 + " ".join(map(str, range(400)))
    words = words_of(text)
    assert len(words) < len(text)
    assert sorted(words.split()) == sorted(set(text.split()))
    assert words_of("Dr Ana and Dr Ana") == "Dr Ana and Dr Ana"  # a short text is itself
    memo.forget_text()
