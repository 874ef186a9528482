"""Long values: scanned in pieces, in time linear in their size, and never a crash."""

from __future__ import annotations

import pytest
from _builders import span

from pytest_patter_trace.checks.pii import find_pii
from pytest_patter_trace.core.model import SpanRecord

pytest.importorskip("phonenumbers")


def _span(key: str, value: str) -> SpanRecord:
    return span("s", 2, attributes={key: value})


@pytest.mark.parametrize("content", ["forbid", "allow"])
@pytest.mark.parametrize(
    "text",
    [
        # A run of short figures longer than 200 characters (a table of counts, a log).
        " ".join(str(i % 97) for i in range(400)),
        # Digit words read out for longer than 200 characters.
        " ".join(["one two three four five six seven eight nine oh"] * 30),
    ],
    ids=["figures", "digit-words"],
)
def test_a_long_run_of_numbers_is_scanned_without_error(text: str, content: str) -> None:
    findings = find_pii([_span("app.note", f"counts: {text}. done")], content=content)
    assert all(f.kind in {"phone", "card", "ssn", "free_text"} for f in findings)


# -- the shortcuts on the hot path find what the full patterns find ----------------------
#
# Each shortcut below skips a pattern where a cheaper test shows it cannot match. They are
# kept next to the patterns they stand for; these tests fail when a pattern changes and
# its shortcut does not.

import random  # noqa: E402
import re  # noqa: E402

from _paths import DATA, load_script  # noqa: E402

from pytest_patter_trace.core._pii import hit, national, numeric, shapes, speech  # noqa: E402
from pytest_patter_trace.core._pii import numwords as nw  # noqa: E402
from pytest_patter_trace.core._pii import patterns as pat  # noqa: E402

_corpus = load_script(DATA / "pii_corpus.py")
CORPORA, CORPUS_D, load_rows = _corpus.CORPORA, _corpus.CORPUS_D, _corpus.load_rows

_PIECES = ["212", "555", "0143", "+1 ", "-", ".", ":", " ", "  ", ", ", ". ", "\n", "\t", "0x",
           "1a2b3c4d5e6f", "deadbeef-", "123-45-6789", "123 45 6789", "123456789", "10.0.0.4",
           "at", " at ", "[at]", "(at)", " dot ", "jan", "example", "com", "org", "İ", "ı", "K",
           "one", "two", "oh", "double", "nine", "٣", "²", "x", "Priya", "'", "@", "é", "A12B",
           "4111 1111 1111 1111", "12.345.678-90", "X1234567L", "ab12", "12345678Z",
           "19850712-1234", "2345 6789 0123", "12345678901", "1234.56.789"]  # fmt: skip


def _texts() -> list[str]:
    values = [
        r.value
        for path in (*CORPORA.values(), CORPUS_D)
        for r in load_rows(path)
        if isinstance(r.value, str)
    ]
    rnd = random.Random(23)
    noise = ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 30))) for _ in range(3000)]
    return values + noise


TEXTS = _texts()


def _benign_reference(text: str, start: int, end: int) -> bool:
    for m in pat.BENIGN.finditer(text, max(0, start - 40), min(len(text), end + 40)):
        if m.start() < end and start < m.end():
            return True
    return False


def test_benign_decides_as_the_full_pattern() -> None:
    for text in TEXTS:
        for m in re.finditer(r"\d+", text):
            assert hit.benign(text, *m.span()) == _benign_reference(text, *m.span()), m.span()


@pytest.mark.parametrize(
    ("pattern", "hint"),
    [
        (pat.SSN_DASHED, pat.SSN_DASHED_HINT),
        (pat.SSN_SPACED, pat.SSN_SPACED_HINT),
        (pat.SSN_BARE, pat.SSN_BARE_HINT),
        (pat.IPV4, pat.IPV4_HINT),
        (pat.CARD_CANDIDATE, pat.CARD_HINT),
    ],
    ids=["ssn-dashed", "ssn-spaced", "ssn-bare", "ipv4", "card"],
)
def test_a_hint_is_in_every_match(pattern: re.Pattern[str], hint: re.Pattern[str]) -> None:
    for text in TEXTS:
        for m in pattern.finditer(text):
            assert hint.search(m.group()), m.group()


def test_spelt_emails_are_looked_for_where_the_full_pattern_finds_them() -> None:
    for text in [*TEXTS, ". ".join(TEXTS[:2000])]:
        want = [(m.span(), m.groups()) for m in pat.OBFUSCATED_EMAIL.finditer(text)]
        assert [(m.span(), m.groups()) for m in shapes._spelt_candidates(text)] == want


def _numeric(token: str) -> bool:
    return nw.is_number(token) or (token.isdigit() and len(token) <= 4)


def _number_runs_reference(text: str) -> list[tuple[int, int]]:
    # ASCII text is read by ``\w+`` words, other text by the number words' own tokens.
    words = r"\w+" if text.isascii() else nw.TOKEN
    numeric_words = [_numeric(t.group()) for t in re.finditer(words, text.lower())]
    triples = zip(numeric_words, numeric_words[1:], numeric_words[2:], strict=False)
    if not any(a and b and c for a, b, c in triples):
        return []
    runs, start, end, count = [], -1, -1, 0
    for m in re.finditer(words, text):
        token = m.group().lower()
        if _numeric(token):
            start = m.start() if count == 0 else start
            end, count = m.end(), count + 1
            continue
        if count >= 3:
            runs.append((start, end))
        count = 0
    if count >= 3:
        runs.append((start, end))
    return runs


def test_number_runs_are_those_of_the_two_pass_reading() -> None:
    for text in TEXTS:
        assert numeric._number_runs(text) == _number_runs_reference(text)


def test_identifier_candidates_are_those_of_the_full_pattern() -> None:
    for text in [*TEXTS, " ".join(TEXTS[:2000])]:
        want = [m.span() for m in national._CANDIDATE.finditer(text)]
        assert [m.span() for m in national._candidates(text)] == want


def test_each_identifier_shape_needs_the_digit_run_listed() -> None:
    for _, shape, _, needed in national._SHAPES:
        for text in TEXTS:
            for m in shape.finditer(text):
                longest = max(map(len, re.findall(r"\d+", m.group())), default=0)
                assert longest >= needed, (shape.pattern, m.group())


_ORG_LINES = ["call us at ", "Our office number is ", "reception: ", "ſupport line ",
              "OUTBOUND CALLER ID ", "the clinic's main number is ", "İnfo: our ",
              "hours: "]  # fmt: skip


def test_the_organisation_line_gate_decides_as_the_full_pattern() -> None:
    for text in [*TEXTS, *_ORG_LINES]:
        for start in [len(text), *(m.start() for m in re.finditer(r"\d+", text))]:
            before = text[max(0, start - 40) : start]
            want = pat.ORG_LINE_BEFORE.search(before) is not None
            assert numeric._org_line_before(before) == want, before


def test_the_letter_before_digit_gate_is_in_every_match() -> None:
    shapes_gated = [s for name, s, _, _ in national._SHAPES if name in national._LETTER_THEN_DIGIT]
    patterns = [*shapes_gated, national._NINO, national._NINO_ANY_CASE, national._IBAN_LOWER]
    for text in [*TEXTS, "JG 10 37 21 D", "jg103721d", "RSSMRA85T10A562S", "ABCPE1234F"]:
        for pattern in patterns:
            for m in pattern.finditer(text):
                assert national._LETTER_DIGIT.search(m.group()), (pattern.pattern, m.group())


def test_a_title_word_is_in_every_title() -> None:
    for text in [*TEXTS, "Dr. Okafor", "Mme Dubois", "Pani Kowalska"]:
        for m in speech._TITLE.finditer(text):
            assert any(title in m.group() for title in speech._TITLES), m.group()


def test_numbers_read_out_in_long_text_are_those_of_every_run() -> None:
    long_texts = [" ".join(TEXTS[i : i + 40]) for i in range(0, len(TEXTS), 40)]
    long_texts.append("my number is four one five, 555, oh one two three. " * 10)
    for text in long_texts:
        want = [
            (start + s, start + e)
            for start, end in numeric._number_runs(text)
            for s, e in numeric._spoken_in(text[start:end])
        ]
        assert numeric.spoken_numbers(text) == want
