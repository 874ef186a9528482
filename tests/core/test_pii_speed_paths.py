"""The detector's fast paths give exactly what the plain code they stand for gives."""

from __future__ import annotations

import random
import re

from pytest_patter_trace.core._pii import detect, mask, phone
from pytest_patter_trace.core._pii import patterns as pat

_DIGITY = ["0", "1", "7", "9", "12", "555", "0143", " ", "-", "(", ")", "+", ".", "00", "x",
           "٣", "５", "²", "•", "\u00a0"]  # fmt: skip


def _numbers(seed: int, count: int = 3000) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_DIGITY) for _ in range(rnd.randint(0, 12))) for _ in range(count)]


def test_digits_are_masked_as_one_character_at_a_time() -> None:
    rnd = random.Random(3)
    ascii_seen = 0
    for text in _numbers(1):
        ascii_seen += text.isascii()
        visible = {rnd.randint(-3, 20) for _ in range(rnd.randint(0, 9))}
        assert mask._digits_visible(text, visible) == mask._digits_visible_slow(text, visible)
    assert ascii_seen > 500  # the fast (ASCII) path is the one tested most


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
