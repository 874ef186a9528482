"""The name and e-mail finders' shortcuts decide as the full patterns they stand for."""

from __future__ import annotations

import random
import re

from pytest_patter_trace.core._pii import names, shapes, speech
from pytest_patter_trace.core._pii.hints import holds_any
from pytest_patter_trace.core._pii.hit import Hit

_PIECES = [" ", "  ", ", ", ". ", ".", "-", "'", "’", "\n", "x", "A", "K", "I", "İ", "ß",
           "Dr", "Mr", "Prof", "Frau", "Nurse", "K. S. Menon", "A.-M. Roux", "U.S.", "J.",
           "dot", "punto", "tečka", "at", "DOT", "Ana Díaz", "priya raman", "the", "9",
           "меня зовут", "моя", "мама", "é", "my", "is", "name", "sister", "sœur", "ich bin",
           "transfer you to", "nurse today is", "i'm", "it's", "la mia", "mój"]  # fmt: skip


def _texts(extra: list[str]) -> list[str]:
    rnd = random.Random(11)
    pieces = _PIECES + extra
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 20))) for _ in range(6000)]


def _intro_words() -> list[str]:
    # Every introduction's words, and spaces between them, so that each alternative
    # gets tried, whole or cut short.
    parts = re.split(r"[|()?:\\]+", speech._INTRO.pattern)
    return sorted({p.strip() for p in parts if p.strip()} | {"at"}) + [" "] * 40


def test_the_intro_lookahead_finds_what_the_pattern_finds() -> None:
    full = re.compile(speech._INTRO.pattern.replace("(?i)", "", 1))
    matched = 0
    for text in _texts(_intro_words()):
        lowered = text.lower()
        found = [m.span() for m in full.finditer(lowered)]
        matched += bool(found)
        assert [m.span() for m in speech._INTRO_LOWER.finditer(lowered)] == found, text
    assert matched > 100  # the texts do hold introductions: the test tests something


def test_every_intro_alternative_starts_with_a_listed_letter() -> None:
    for word in _intro_words():
        assert re.compile(speech._INTRO.pattern.replace("(?i)", "", 1)).match(
            word + " x"
        ) is None or (word[0].lower() in speech._INTRO_FIRSTS), word


def test_the_title_hint_is_in_every_title_match() -> None:
    matched = 0
    for text in _texts(list(speech._TITLES)):
        if speech._TITLE.search(text):
            matched += 1
            assert holds_any(text, speech._TITLE_HINTS), text
    assert matched > 100


def test_the_initials_hint_is_in_every_initials_match() -> None:
    matched = 0
    for text in _texts(["Menon", "Roux", "P.S.", "A.K.", "M.-C. ", "E.U."]):
        if names._INITIALS.search(text):
            matched += 1
            assert names._INITIALS_HINT.search(text), text
    assert matched > 100


def test_the_dot_word_search_decides_as_the_word_loop() -> None:
    seen = 0
    for text in _texts(list(shapes._DOT_WORDS)):
        lowered = text.lower()
        loop = any(word in lowered for word in shapes._DOT_WORDS)
        seen += loop
        assert (shapes._DOT_WORD.search(lowered) is not None) == loop, text
    assert seen > 500


def test_a_name_is_taken_as_the_words_decide_each_time() -> None:
    # The per-word verdict is cached: a cold and a warm cache give the same names.
    for text in ("Dr. Okafor here", "my name is priya raman", "my sister Laura van Dijk, hi"):
        speech._word_verdict.cache_clear()
        cold: list[Hit] = []
        speech.find_names_in_speech(text, cold)
        warm: list[Hit] = []
        speech.find_names_in_speech(text, warm)
        assert cold, text
        assert warm == cold, text


def test_the_capitalised_word_finds_what_the_lookbehind_first_pattern_finds() -> None:
    before = r"(?<![\w'’@/\\.#\-])"
    word = rf"{before}[{names._UPPER}][^\W\d_]*(?:['’\-][^\W\d_]+)*"
    after = names._CANDIDATE.pattern[len(names._CAP_WORD.pattern) :]
    extra = ["@", "/", "\\", "#", "-", "Ω", "Émile", "O'Neill", "Al-Mansour", "\n", "van"]
    matched = 0
    for text in _texts(extra):
        for new, old in (
            (names._CAP_WORD, re.compile(word)),
            (names._CANDIDATE, re.compile(word + after)),
        ):
            found = [m.span() for m in old.finditer(text)]
            matched += bool(found)
            assert [m.span() for m in new.finditer(text)] == found, text
    assert matched > 1000


def test_the_connector_lookahead_finds_what_the_words_find() -> None:
    full = re.compile(shapes._SPELT_CONNECTOR.pattern.replace(r"(?=[acksmzс])", "", 1))
    assert full.pattern != shapes._SPELT_CONNECTOR.pattern
    words = ["at", "AT", "arroba", "Chiocciola", "KLAMMERAFFE", "snabel-a", "ſnabel-a",
             "miukumauku", "zavináč", "ZAVINÁČ", "małpa", "arobase", "apenstaartje", "собака",
             "СОБАКА", "[", "]", "(", ")", "{", "}", "<", ">", "@", "\t", "ı", "İ", "K",
             "\u212a", "ſ"]  # fmt: skip
    matched = 0
    for text in _texts(words):
        found = [m.span() for m in full.finditer(text)]
        matched += bool(found)
        assert [m.span() for m in shapes._SPELT_CONNECTOR.finditer(text)] == found, text
    assert matched > 40


def test_the_ascii_hints_decide_as_all_hints_on_ascii_text() -> None:
    seen = 0
    for text in _texts(["surname", "ik ben", "nome de", "tên", "naam van", "jeg er"]):
        lowered = text.lower()
        every = any(hint in lowered for hint in speech._MORE_HINTS)
        seen += every
        hints = speech._MORE_HINTS_ASCII if lowered.isascii() else speech._MORE_HINTS
        assert any(hint in lowered for hint in hints) == every, text
    assert seen > 500


def test_the_tail_before_a_word_ends_as_all_the_text_before_it() -> None:
    rnd = random.Random(5)
    pieces = ["Hi", "thanks", " ", ",", "  ", "\n", "\t", "x" * 70, "«", "Anna", "é"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40)))
        end = rnd.randint(0, len(text))
        whole = text[:end].rstrip(" ,")
        tail = names._tail(text, end, " ,")
        assert whole.endswith(tail), text
        assert tail[-1:] == whole[-1:], text
        if whole.strip():
            assert tail.rsplit(None, 1)[-1] == whole.rsplit(None, 1)[-1], text
