"""The detector's fast paths give exactly what the plain code they stand for gives."""

from __future__ import annotations

import random
import re

from pytest_patter_trace.core._pii import detect, mask, national, phone
from pytest_patter_trace.core._pii import patterns as pat
from pytest_patter_trace.core._pii.hit import Hit

_DIGITY = ["0", "1", "7", "9", "12", "555", "0143", " ", "-", "(", ")", "+", ".", "00", "x",
           "٣", "５", "²", "•", "\u00a0"]  # fmt: skip


def _numbers(seed: int, count: int = 3000) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_DIGITY) for _ in range(rnd.randint(0, 12))) for _ in range(count)]


def test_digits_are_counted_as_str_isdigit_counts_them() -> None:
    for text in _numbers(2):
        assert mask._digit_count(text) == sum(ch.isdigit() for ch in text)


_PHONEY = ["+", "00", "1", "44", "7", "20", "415", "555", "0132", "7946", "0018", "33", "6",
           " ", " ", "-", "(", ")", ".", "\u00a0", "\u2013", "٣", "x", "+1 ", "+44 ",
           "0049"]  # fmt: skip


def test_a_whole_international_number_is_decided_as_its_first_window() -> None:
    pn = detect.phonenumbers_module()
    assert pn is not None
    rnd = random.Random(5)
    decided = 0
    for _ in range(6000):
        text = "".join(rnd.choice(_PHONEY) for _ in range(rnd.randint(2, 14)))
        probe = phone.ascii_digits(text)
        found = (
            pat.PHONE_CANDIDATE.finditer(probe) if probe.isascii() else phone.wide_candidates(probe)
        )
        for m in found:
            start = m.start()
            while probe[start] in " \u00a0":
                start += 1
            if not probe.startswith(("+", "00"), start):
                continue
            groups = [(g.start() + m.start(), g.end() + m.start())
                      for g in re.finditer(r"\d+", m.group())]  # fmt: skip
            for keyed in (False, True):
                fast = phone.PhoneFinder(pn)._whole_international(probe, m, start, keyed)
                if fast is None:
                    continue  # the full path decides these
                decided += 1
                full = phone.PhoneFinder(pn)._in_candidate(probe, start, groups, keyed)
                assert fast == full, (probe, keyed)
    assert decided > 300


def test_the_scanner_kept_for_printing_remembers_no_number_after_a_value() -> None:
    from pytest_patter_trace.core._pii import redact

    shown = redact.redact("log.message", "call me back on +44 20 7946 0018 please")
    assert "7946" not in str(shown)
    # The printing scanner lives for the session: what it checked must not stay in it.
    assert not redact._lenient_scanner()._phone._intl
    assert mask.mask_phone("+44 20 7946 0018", cc_digits=2) == "+44 •• •••• ••18"
    assert not hasattr(mask.mask_phone, "cache_info")  # no cache of numbers outlives a scan


# -- identifiers (national.py) ------------------------------------------------------------

_ID_PIECES = ["RSSMRA85T10A562S", "BOXW310820HNERXN09", "boxw310820hnerxn09", "ABCPE1234F",
              "abcpe1234f", "123.456.789-09", "123 456 789 09", "12345678909", "19880320-0016",
              "8803200016", "12345678Z", "X-1234567-L", "Y1234567X", "2345 6789 0123",
              "1234.56.782", "123456782", "44051401359", "JG 10 37 21 D", "gb82west12345698765432",
              "0", "12", "345", "6789", " ", " ", "-", ".", "+", "a", "Z", "x", "ß", "٣", "\u3000",
              "\u00a0", "\n", "no ", "dni ", "pesel "]  # fmt: skip


def _id_texts(seed: int, count: int = 3000) -> list[str]:
    rnd = random.Random(seed)
    texts = []
    for _ in range(count):
        text = "".join(rnd.choice(_ID_PIECES) for _ in range(rnd.randint(1, 8)))
        # A digit or letter changed here and there: near misses of every shape.
        chars = list(text)
        for _ in range(rnd.randint(0, 2)):
            i = rnd.randrange(len(chars))
            chars[i] = rnd.choice("0123456789AZaz -.")
        texts.append("".join(chars))
    return texts


def test_each_identifier_shape_gate_is_in_every_match() -> None:
    matched: dict[str, int] = {}
    for text in _id_texts(11):
        zeros = phone.digit_shape(text)
        if zeros is None:
            continue  # the gates are for ASCII text only
        for name, shape, _, _ in national._SHAPES:
            if shape.search(text):
                matched[shape.pattern] = matched.get(shape.pattern, 0) + 1
                assert national._SHAPE_GATES[shape].search(zeros), (name, text)
    # Every shape was matched (two share one pattern): each gate was tested.
    assert len(matched) == len({shape.pattern for _, shape, _, _ in national._SHAPES})


def test_letter_digit_and_digit_runs_are_decided_as_the_plain_reading() -> None:
    for text in _id_texts(12):
        zeros = phone.digit_shape(text)
        want = national._LETTER_DIGIT.search(text) is not None
        assert national._has_letter_digit(text, zeros) == want, text
        longest = max(map(len, re.findall(r"\d+", text)), default=0)
        got = national._longest_needed(text, zeros)
        for run in national._RUNS_NEEDED:
            assert (got < run) == (longest < run), text


def _windows_reference(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in national._candidates(text):
        start, end = max(0, m.start() - 40), min(len(text), m.end() + 40)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def test_identifier_windows_are_those_of_the_character_loop() -> None:
    words = ["word", "a", "longerword" * 5, "x" * 45, " ", "  ", "\n", "\u3000", "\u00a0"]
    rnd = random.Random(13)
    for text in _id_texts(14, 1500):
        pieces = [text]
        for _ in range(rnd.randint(0, 30)):
            pieces.insert(rnd.randrange(len(pieces) + 1), rnd.choice(words + _ID_PIECES))
        long_text = "".join(pieces)
        assert national._windows(long_text) == _windows_reference(long_text)


def test_a_word_ends_where_str_isspace_says() -> None:
    for cp in range(0x110000):
        ch = chr(cp)
        end = national._word_end("a" + ch, 1)
        assert (end == 1) == ch.isspace(), hex(cp)


def _resolve_reference(kinds: frozenset[str], hits: list[Hit]) -> list[Hit]:
    kept: list[Hit] = []
    reach: dict[str, int] = {}
    for hit in sorted(hits, key=lambda h: (h.start, h.start - h.end)):
        if hit.kind not in kinds or hit.start < reach.get(hit.kind, -1):
            continue
        kept.append(hit)
        reach[hit.kind] = max(reach.get(hit.kind, -1), hit.end)
    return kept


def test_hits_are_resolved_in_the_order_of_the_one_key_sort() -> None:
    scanner = detect.Scanner(content="allow")
    rnd = random.Random(17)
    for _ in range(2000):
        hits = []
        for i in range(rnd.randint(0, 30)):
            start = rnd.randint(0, 40)
            kind = rnd.choice(["phone", "name", "email", "user_kind"])
            # Same start and end, told apart by the mask: ties keep their first order.
            hits.append(Hit(kind, start, start + rnd.randint(0, 6), f"m{i}"))
        assert scanner._resolve(hits) == _resolve_reference(scanner._kinds, hits)
