"""A name after a naming intro, judged from its bounded run, is judged as the full path does."""

from __future__ import annotations

import random
import re

from pytest_patter_trace.core._pii import memo, speech
from pytest_patter_trace.core._pii.hit import Hit

#: Introductions (naming and not), names in every case, stops, particles, demonyms,
#: states, honorifics and punctuation, in several languages: invented, random order.
_PIECES = ["my name is ", "My name is ", "name is ", "me llamo ", "Me llamo ", "ich heiße ",
           "je m'appelle ", "mi chiamo ", "nazywam się ", "меня зовут ", "mijn naam is ",
           "I'm ", "i am ", "je suis ", "soy ", "ik ben ", "this is ", "my sister ", "pan ",
           "Pan ", "surname ", "first name: ", "Orla ", "orla ", "Quentin ", "Baptiste ",
           "van ", "de ", "la ", "von ", "dos ", "Mbeki ", "ndlovu ", "Ólafsdóttir ",
           "O'Hara ", "Jean-Luc ", "Żaneta ", "Светлана ", "Hungry ", "hungry ", "French ",
           "french ", "Vegan ", "Polakiem ", "Nederlander ", "and ", "calling ", "please ",
           "HIV ", "the ", "from ", "İstanbul'da ", "Kadıköy ", "a ", "x. ", "J. ", "  ",
           ", ", ". ", "? ", "7 ", "and my number is ", "\n", "Dr. ", "- "]  # fmt: skip


def _texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 16))) for _ in range(count)]


def test_a_naming_intro_is_judged_by_its_run_as_by_the_text() -> None:
    decided = named = 0
    for text in _texts(11, 4000):
        lowered = text.lower()
        same = len(lowered) == len(text)
        intro_re = speech._INTRO_LOWER if same else speech._INTRO
        for m in intro_re.finditer(lowered if same else text):
            capitals, weak = speech._intro_kind(m.group())
            if capitals:
                continue  # only naming intros take the fast path
            fast: list[Hit] = []
            if not speech._judged_by_run(text, m, fast):
                continue  # the run goes on past its bound: the full path decides
            decided += 1
            full: list[Hit] = []
            speech._judge_intro(text, m, full, capitals=capitals, weak=weak)
            assert fast == full, (text, m.group())
            named += bool(full)
        memo.forget_text()
    assert decided > 1000
    assert named > 300


def test_each_relation_after_each_possessive_is_matched_as_by_the_full_pattern() -> None:
    # _INTRO_LOWER groups the relations by first letter: every pair, whole, with a
    # comma, and cut short, is matched as _INTRO matches it.
    full = re.compile(speech._INTRO.pattern.replace("(?i)", "", 1))
    relations = speech._RELATIONS[3:-1].split("|")
    tried = 0
    for possessive in speech._POSSESSIVE_WORDS:
        for relation in relations:
            for tail in (" x", ", x", "x y", "-in-law z"):
                text = f"o {possessive} {relation.replace('?', '')}{tail}"
                found = [m.span() for m in full.finditer(text)]
                assert [m.span() for m in speech._INTRO_LOWER.finditer(text)] == found, text
                tried += 1
    assert tried > 20000
