"""Birth dates as callers say them around a birth word, in shapes the date patterns miss.

- figures with spaces for separators, as speech-to-text writes a date read out
  ("date of birth is 17 09 1962");
- a birth verb with the year on one side and the day and month on the other, as Hindi,
  Urdu, Indonesian, Swahili and Turkish put it ("main 1948 mein paida hua tha 14
  november ko", "1981 yılında 22 ekimde doğdum");
- a Chinese date closed by 號 (Cantonese for the day), in figures or in characters,
  before 出世 or 出生 ("1966年8月30號出世").

Only beside a birth word: the same dates for an appointment or a delivery are the
business's. Kept by hand for the reasons :mod:`.birth_words` gives (``dateparser`` reads
none of these shapes and costs milliseconds a call).
"""

from __future__ import annotations

import re
from datetime import date

from .birth_words import MONTH_WORDS
from .hints import holds_any
from .hit import Hit
from .mask import MASKERS

__all__ = ["find_spoken_dobs"]

#: Words of birth after which a date is the speaker's or a relative's: a pattern apart from
#: patterns.DOB_WORDS, for the languages and verbs it lacks.
_BIRTH = (
    r"dob|d\.o\.b\.?|date of birth|birth ?date|birthday|born|paida|paidaish|peda hu\w*|janam"
    r"|janm|lahir|kelahiran|nilizaliwa|alizaliwa|kuzaliwa|doğdum|doğum|ipinanganak"
    r"|kapanganakan|nacimiento|nací|nascimento|nasci|naissance|geboren|geburtsdatum|née?"
    r"|nat[oa]|nascid[oa]|nacid[oa]|rodil\w*|urodził\w*|doğdu\w*|sinh năm|sinh ngày"
)
_BIRTH_WORDS = re.compile(rf"(?i)(?<!\w)(?:{_BIRTH})(?!\w)")
_HINTS = (
    "dob", "d.o.b", "birth", "born", "paida", "peda hu", "janam", "janm", "lahir", "zaliwa",
    "doğ", "panganak", "naci", "nascimento", "nasci", "naissance", "geboren", "geburts",
    "Born", "né", "nací", "nato", "nata", "nascid", "nacid", "rodil", "urodził", "sinh", "DOB",
    "Date of birth",
)  # fmt: skip
_SEP = r"(?:\s+|\s*(?:slash|stroke|dash|oblique|barra|traço|tiret|strich)\s*)"
#: Day, month and year as figures with spaces or read-out separators between.
_ORD = r"(?:st|nd|rd|th)?"
_SPACED = re.compile(
    rf"(?<![\d.,/:-])(\d{{1,2}}){_ORD}{_SEP}(?:of\s+the\s+)?(\d{{1,2}}){_ORD}{_SEP}(\d{{4}}|\d{{2}})"
    r"(?![\d.,/:-])"
)
_MONTH = "|".join(re.escape(m) for m in MONTH_WORDS)
#: A day and a month name in either order, with a Turkish or Indonesian ending maybe.
_DAY_MONTH = re.compile(
    rf"(?i)(?<![\w.])(?:(?:tanggal |tarehe )?(\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?\s+"
    rf"(?:(?:of|de|del|di)\s+)?(?:{_MONTH})\w{{0,3}}"
    rf"|(?:{_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?)(?!\w)"
)
_ORDINAL_DAY = (
    r"(?:twenty[- ]|thirty[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth|thirtieth"
)
#: A day, its month, and the year in two figures ("the fifth of june 78", "5th may '62").
_DAY_MONTH_SHORT_YEAR = re.compile(
    rf"(?i)(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?|{_ORDINAL_DAY})\s+(?:of\s+)?(?:{_MONTH})"
    r",?\s+['’]?(\d{2})(?![\d.,/:-])"
)
_YEAR = re.compile(r"(?<![\d.,/:-])(19\d\d|20[01]\d)(?![\d.,/:-])")
#: How far from the birth word the pieces may lie.
_REACH = 48

_HAN_NUMBER = "〇零一二兩两三四五六七八九十"
#: A Chinese date closed by 號/号 (or 日), then a word of birth.
_HAN_BIRTH = re.compile(
    rf"((?:\d{{4}}|[{_HAN_NUMBER}]{{4}})\s?年\s?(?:\d{{1,2}}|[{_HAN_NUMBER}]{{1,3}})\s?月"
    rf"\s?(?:\d{{1,2}}|[{_HAN_NUMBER}]{{1,3}})\s?[號号日])\s?(?:嘅|的)?(?:出世|出生|生)"
)
_HAN_VALUE = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0, "兩": 2, "两": 2}


def find_spoken_dobs(text: str, hits: list[Hit]) -> None:
    """Add the birth dates said in the shapes listed above."""
    if ("出世" in text or "出生" in text or "生" in text) and ("號" in text or "号" in text):
        for m in _HAN_BIRTH.finditer(text):
            if _han_year_ok(m.group(1)):
                _add(text, m.start(1), m.end(1), hits)
    if not holds_any(text, _HINTS):
        return
    for word in _BIRTH_WORDS.finditer(text):
        lo, hi = max(0, word.start() - _REACH), min(len(text), word.end() + _REACH)
        for m in _SPACED.finditer(text, word.end(), hi):
            day, month, year = int(m.group(1)), int(m.group(2)), _full_year(m.group(3))
            if _real(day, month, year):
                _add(text, m.start(), m.end(), hits)
        short = _DAY_MONTH_SHORT_YEAR.search(text, word.end(), hi)
        if short is not None and _full_year(short.group(1)) < date.today().year - 1:
            _add(text, short.start(), short.end(), hits)
        said = _YEAR.search(text, lo, hi)
        day_month = _DAY_MONTH.search(text, lo, hi)
        if said is not None and day_month is not None and _apart(said, day_month):
            start, end = min(said.start(), day_month.start()), max(said.end(), day_month.end())
            _add(text, start, end, hits)


def _apart(year: re.Match[str], day_month: re.Match[str]) -> bool:
    """A year apart from the day and month (one right after is the date patterns' own)."""
    day = int(day_month.group(1) or day_month.group(2))
    return 1 <= day <= 31 and (year.start() >= day_month.end() or year.end() <= day_month.start())


def _full_year(said: str) -> int:
    """A year said in two figures is last century's unless that puts it in the future."""
    if len(said) == 4:
        return int(said)
    year = 2000 + int(said)
    return year if year < date.today().year else year - 100


def _real(day: int, month: int, year: int) -> bool:
    """A real calendar day in a year a caller was born in."""
    if not 1900 <= year < date.today().year:
        return False
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _han_year_ok(said: str) -> bool:
    """Whether the year of a Chinese date (figures or characters) is a past one."""
    head = said.split("年", 1)[0].strip()
    digits = head if head.isdigit() else "".join(str(_HAN_VALUE.get(ch, "")) for ch in head)
    return len(digits) == 4 and 1900 <= int(digits) < date.today().year


def _add(text: str, start: int, end: int, hits: list[Hit]) -> None:
    hits.append(Hit("dob", start, end, MASKERS["dob"](text[start:end])))
