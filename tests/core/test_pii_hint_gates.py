"""Asking a text's distinct words for a finder's hints gives what asking the text gives."""

from __future__ import annotations

import random

from pytest_patter_trace.core._pii import (
    banks,
    context,
    detect,
    hints,
    name_forms,
    names,
    national,
    phone,
    rulesets,
    shapes,
    speech,
)
from pytest_patter_trace.core._pii import patterns as pat
from pytest_patter_trace.core._pii.hit import Hit

#: Every hint list the finders ask through ``holds_any``.
HINT_LISTS: tuple[tuple[str, ...], ...] = (
    pat.DOB_BEFORE_HINTS, pat.EU_STREET_HINTS, context._ADDRESS_CONTEXT_HINTS,
    pat.ADDRESS_HINTS, banks._SELF_HINTS, banks._CODE_HINTS, rulesets._HINTS,
    pat.SECRET_HINTS, shapes._CLI_HINTS, shapes._UNQUOTED_HINTS, pat.ASSIGN_HINTS,
    shapes._QUERY_HINTS, shapes._WEBHOOK_HINTS, shapes._SPELT_EMAIL_HINTS,
    detect._NO_NUMBER_HINTS, speech._MORE_HINTS, speech._MORE_HINTS_ASCII,
    national._CONTEXT_WORD_HINTS, names._PARTICLE_HINTS, name_forms._AFTER_HINTS,
    name_forms._ON_THE_LINE_HINTS,
    ("  ", " ", "a b", "\u3000x"),  # white space only, and a space of another width
)  # fmt: skip
#: White space of every kind ``str.split`` cuts at, and characters it does not.
_SPACES = [" ", "  ", "\n", "\t", "\u3000", "\u00a0", "\u2028", "\x1c", "\x85", "\u200b", "\ufeff"]
_FILLER = ["the", "a", "table", "for", "four", "Sunday", "ok", "12", ".", ",", "'", "é", "ß", "名"]


def _vocabulary() -> list[str]:
    words = list(_FILLER)
    for group in HINT_LISTS:
        for hint in group:
            # The hint, its halves and a letter short: hits and near misses.
            words += [hint, hint[: len(hint) // 2], hint[len(hint) // 2 :], hint[1:]]
    return words


def _texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    words = _vocabulary()
    texts = []
    for _ in range(count):
        size = rnd.choice((3, 40, 200, 600))
        parts = []
        for _ in range(size):
            # Mostly filler, so that most texts hold no hint of a given list.
            parts.append(rnd.choice(words) if rnd.random() < 0.02 else rnd.choice(_FILLER))
            if rnd.random() < 0.8:
                parts.append(rnd.choice(_SPACES))
        texts.append("".join(parts))
    return texts


def test_hints_are_found_in_the_distinct_words_as_in_the_text() -> None:
    outcomes: set[tuple[bool, bool]] = set()
    for text in _texts(21, 1500):
        for group in HINT_LISTS:
            want = any(hint in text for hint in group)
            assert hints.holds_any(text, group) == want, (group, text[:200])
            outcomes.add((len(text) >= hints._SHORT, want))
        hints._distinct_words.cache_clear()
    # Long and short texts, with and without a hint: every path was taken.
    assert outcomes == {(True, True), (True, False), (False, True), (False, False)}


def test_a_hint_across_two_words_is_found_in_the_text() -> None:
    text = "filler " * 100 + "the caller said navn er Ola"
    assert hints.holds_any(text, ("navn er",))
    assert not hints.holds_any(text, ("navn  er", "er Olav"))


_MIXED = ["abc", "ABC", "Gode", "x", "RFC", "12", "3", "00", "561231", " ", "  ", "-", "'", "=",
          "like", "LIKE", "Like", "e", "E", "\t", "\n", "ǅ", "é", "٣", "５", "I'd like",
          "name"]  # fmt: skip


def _mixed_texts(seed: int, count: int = 4000) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_MIXED) for _ in range(rnd.randint(0, 14))) for _ in range(count)]


def test_the_letter_led_hint_on_the_digit_shape_is_the_plain_search() -> None:
    from pytest_patter_trace.core._pii import ids

    seen = set()
    for text in _mixed_texts(22):
        want = ids._LETTER_LED_HINT.search(text) is not None
        assert ids.letter_led_hint(text) == want, text
        seen.add((text.isascii(), want))
    assert seen == {(True, True), (True, False), (False, True), (False, False)}


def test_every_sql_operator_and_quote_passes_the_quote_gate() -> None:
    matched = 0
    for text in _mixed_texts(23):
        if detect._SQL_PAIR_HINT.search(text):
            matched += 1
            assert detect._SQL_QUOTE_AFTER.search(text), text
    assert matched > 100


_NUMBERY = ["12", "3", "2024", "0x1f", "abcdef", "0123456789ab", "ABCDEF", ".", "-", "/", ":",
            " ", "  ", "\n", "our", "Our", "hotline", "call", "office", "main", "+1 ", "555",
            "0143", "T10:30", "1.2.3.4", "é", "٣", "ab", "x"]  # fmt: skip


def test_benign_and_org_line_spans_are_in_texts_that_pass_the_text_gates() -> None:
    from pytest_patter_trace.core._pii import hit, numeric

    rnd = random.Random(24)
    benign = org = 0
    for _ in range(3000):
        text = "".join(rnd.choice(_NUMBERY) for _ in range(rnd.randint(1, 30)))
        gate = hit.may_hold_benign(text)
        org_gate = numeric._may_hold_org_line(text)
        for _ in range(4):
            start = rnd.randrange(len(text))
            end = rnd.randrange(start, len(text)) + 1
            if hit.benign(text, start, end):
                benign += 1
                assert gate, (text, start, end)
            if numeric._org_line_before(text[max(0, start - 40) : start]):
                org += 1
                assert org_gate, (text, start)
    assert benign > 300
    assert org > 100


_SPOKEN = ["Priya", "Raman", "van", "der", "and", "my", "name", "is", "Dr.", "O'Neil", "Anne-Marie",
           "London", "İstanbul'da", "HIV", "a", "calling", "Müller", "ǅemal", " ", "  ", ", ", ". ",
           "+1 212", "\n", "-", "x", "de", "la"]  # fmt: skip


_RUN_OF_NAMES = ["Priya", "van", "der", "de", "la", "Raman", "and"]


def test_a_name_read_from_its_run_of_words_is_the_one_read_word_by_word() -> None:
    rnd = random.Random(25)
    found = 0
    for _ in range(3000):
        text = "".join(rnd.choice(_SPOKEN) for _ in range(rnd.randint(1, 16)))
        if rnd.random() < 0.3:  # long runs of names and particles: past the run's bound
            text = " ".join(rnd.choice(_RUN_OF_NAMES) for _ in range(rnd.randint(6, 14)))
        for pos in {0, rnd.randrange(len(text))}:
            for capitals in (False, True):
                fast: list[Hit] = []
                plain: list[Hit] = []
                speech._take_name(text, pos, fast, capitals=capitals)
                speech._read_name(text, pos, plain, capitals=capitals)
                assert fast == plain, (text, pos, capitals)
                found += bool(plain)
    assert found > 1000


def test_every_introduction_starts_with_a_letter_its_group_can_be_named_by() -> None:
    # _by_first_letter groups by the first character: a group, class or escape there
    # would be cut in two.
    assert all(alternative[0].isalpha() for alternative in speech._INTRO_ALTERNATIVES)
    assert speech._INTRO_LOWER.pattern.count("|") >= speech._INTRO.pattern.count("|")


_PHONEY = ["+", "00", "0", "1", "415", "555", "0132", " ", "  ", "\u00a0", "(", ")", ".", "-",
           "\u2013", "sip_", "a", "Z", "_", "@", "/", "#", "%", "x", "٣", "\n",
           "call "]  # fmt: skip


def test_the_phone_candidate_lookahead_finds_what_the_pattern_finds() -> None:
    import re

    body = re.compile(pat.PHONE_CANDIDATE_BODY)
    rnd = random.Random(26)
    matched = 0
    for _ in range(5000):
        text = "".join(rnd.choice(_PHONEY) for _ in range(rnd.randint(1, 24)))
        found = [m.span() for m in body.finditer(text)]
        matched += bool(found)
        assert [m.span() for m in pat.PHONE_CANDIDATE.finditer(text)] == found, text
    assert matched > 300


_NUMBERS = ["+1 415 555 0132", "+44 20 7946 0018", "(415) 555-0132", "020 7946 0018",
            "415-555-0132", "+33 6 12 34 56 78", " 7 ", " 2024-01-05 "] * 3  # fmt: skip


def test_a_phone_candidate_holds_at_most_one_number_found() -> None:
    from pytest_patter_trace.core._pii import numeric

    pn = detect.phonenumbers_module()
    finder = phone.PhoneFinder(pn)
    rnd = random.Random(27)
    found_any = 0
    for _ in range(3000):
        text = "".join(rnd.choice(_PHONEY + _NUMBERS) for _ in range(rnd.randint(1, 12)))
        if not text.isascii():
            continue
        candidates = list(pat.PHONE_CANDIDATE.finditer(text))
        for keyed in (False, True):
            found = finder.find(text, keyed=keyed, skip=[], benign=numeric._not_a_phone,
                                candidates=candidates)  # fmt: skip
            found_any += bool(found)
            # Each number lies in a candidate of its own: as many numbers as candidates
            # means every candidate has its number.
            homes = [i for s, _, _ in found for i, m in enumerate(candidates)
                     if m.start() <= s < m.end()]  # fmt: skip
            assert len(homes) == len(set(homes)) == len(found), text
    assert found_any > 200


_SPELT = ["jan", "Novak", " dot ", " DOT ", " at ", " AT ", "[at]", "(dot)", ".", ". ", ".org",
          ".Net", "example", "Punkt", "kropka", "point", " ", "x", "1", "-", "_", "é",
          ".1", ".co"]  # fmt: skip


def test_the_domain_gate_passes_every_spelt_address_match() -> None:
    rnd = random.Random(28)
    matched = 0
    for _ in range(5000):
        text = "".join(rnd.choice(_SPELT) for _ in range(rnd.randint(1, 14)))
        if not text.isascii():
            continue
        if pat.OBFUSCATED_EMAIL.search(text):
            matched += 1
            assert shapes._may_hold_domain(text.lower()), text
    assert matched > 100
