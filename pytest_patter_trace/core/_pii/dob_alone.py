"""A birth date said alone: the caller's whole turn is a date a living person was born on.

Asked "what is your date of birth?", a caller answers with the date and nothing else
("19/08/1974", "uh it's 4/9/1990", "le 14 juillet 1971", "1987年6月21日", "۱۳۶۲/۰۴/۱۵").
A full date whose year a caller could be born in (Gregorian, Thai Buddhist, Persian solar
or a Japanese era) said as a short turn of conversation is a birth date; the same date with
a time or after a booking word is an appointment or a delivery, and a future or recent
date is no one's birth. A Japanese era date is a birth date after a birth word too.

Kept by hand: ``dateparser`` reads dates but says nothing of whose they are, takes
milliseconds per call and reads no era years; the turn's shape is what tells.
"""

from __future__ import annotations

import re
from datetime import date

from . import birth_words
from .hit import Hit
from .mask import MASKERS

__all__ = ["find_lone_dobs"]

#: Longest text taken for a whole turn holding a date and a few words around it.
MAX_TURN = 48
_MONTH = "|".join(re.escape(m) for m in birth_words.MONTH_WORDS)
_ORD = r"(?:st|nd|rd|th|er|e|º|ª|\.)?"
_DATE = re.compile(
    rf"(?i)(?<!\d)(?:(?P<a>\d{{1,2}})([./-])(?P<b>\d{{1,2}})\2(?P<y>\d{{4}})\.?"
    rf"|(?P<y2>\d{{4}})([./-])(?P<m2>\d{{1,2}})\6(?P<d2>\d{{1,2}})"
    rf"|(?P<d3>\d{{1,2}}){_ORD}\s+(?:of\s+|de\s+)?(?P<w3>{_MONTH})\.?,?\s+(?:de\s+|del\s+)?(?P<y3>\d{{4}})"
    rf"|(?P<w4>{_MONTH})\.?\s+(?P<d4>\d{{1,2}}){_ORD},?\s+(?P<y4>\d{{4}})"
    rf"|(?P<y5>\d{{4}})\s*年\s*(?P<m5>\d{{1,2}})\s*月\s*(?P<d5>\d{{1,2}})\s*日"
    rf")(?!\d)"
)
#: Japanese eras and the Gregorian year before their first year.
_ERAS = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}
_KANJI_NUM = "〇一二三四五六七八九十元"
_ERA_DATE = re.compile(
    rf"(明治|大正|昭和|平成|令和)\s*([\d{_KANJI_NUM}]+)\s*年\s*([\d{_KANJI_NUM}]+)\s*月"
    rf"\s*([\d{_KANJI_NUM}]+)\s*日"
)
_ERA_BIRTH = ("生年月日", "生まれ", "誕生日", "出生")
#: Words that make a date someone's booking, delivery or document rather than a birth
#: (lower case, several languages): a date after one is the business's.
_NOT_BIRTH = re.compile(
    r"(?i)appoint|book|deliver|order|invoice|due|expir|issued|valid|until|till|schedul"
    r"|ship|cita|reserva|entrega|pedido|factura|vence|termin|liefer|bestell|rechnung"
    r"|rendez|livr|commande|factur|consegn|appunt|ordine|scaden|afspra|bezorg|levering"
    r"|wizyt|dostaw|zamów|予約|配達|注文|契約|预约|订单|送货|예약|배송|запис|достав|заказ"
)
_CLOCK = re.compile(r"\d[:h]\d\d|\d\s*(?:am|pm|uhr|h)\b", re.I)


def _kanji_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text == "元":  # the first year of an era
        return 1
    total, digit = 0, 0
    for ch in text:
        if ch == "十":
            total += (digit or 1) * 10
            digit = 0
        elif ch in "〇一二三四五六七八九":
            digit = "〇一二三四五六七八九".index(ch)
        else:
            return None
    return total + digit


def _born_year(year: int) -> bool:
    """Whether a Gregorian year is one a caller alive today could be born in."""
    this = date.today().year
    return this - 110 <= year <= this - 12


def _gregorian(year: int) -> int:
    """The Gregorian year of a year in any calendar a caller may say it in."""
    this = date.today().year
    if 1275 <= year <= this - 621:  # Persian solar hijri (۱۳۶۲ is 1983)
        return year + 621
    if 2400 <= year <= this + 543:  # Thai Buddhist era (2526 is 1983)
        return year - 543
    return year


def _valid(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def _date_ok(m: re.Match[str]) -> bool:
    g = m.groupdict()
    if g["y"] is not None:
        a, b = int(g["a"]), int(g["b"])
        ok = _valid(a, b) or _valid(b, a)
        year = int(g["y"])
    elif g["y2"] is not None:
        ok, year = _valid(int(g["d2"]), int(g["m2"])), int(g["y2"])
    elif g["y3"] is not None:
        ok, year = 1 <= int(g["d3"]) <= 31, int(g["y3"])
    elif g["y4"] is not None:
        ok, year = 1 <= int(g["d4"]) <= 31, int(g["y4"])
    else:
        ok, year = _valid(int(g["d5"]), int(g["m5"])), int(g["y5"])
    return ok and _born_year(_gregorian(year))


def _short_turn(text: str, start: int, end: int) -> bool:
    """Whether the words around a date are few and say no booking, time or number."""
    rest = text[:start] + " " + text[end:]
    if any(ch.isdigit() for ch in rest) or _NOT_BIRTH.search(rest):
        return False
    return len(rest.split()) <= 4


def find_lone_dobs(text: str, hits: list[Hit], *, turn: bool) -> None:
    """Add the birth date a short turn of conversation is, or an era date after a birth word.

    Args:
        text: the value.
        hits: where the hits go.
        turn: whether the value is a turn of conversation (a content key, no developer text).
    """
    if turn and len(text) <= MAX_TURN and not _CLOCK.search(text):
        m = _DATE.search(text)
        if m is not None and _date_ok(m) and _short_turn(text, m.start(), m.end()):
            hits.append(Hit("dob", m.start(), m.end(), MASKERS["dob"](m.group())))
            return
    if "年" in text and any(era in text for era in _ERAS):
        lone = len(text) <= MAX_TURN
        birth = any(word in text for word in _ERA_BIRTH)
        for e in _ERA_DATE.finditer(text):
            year = _kanji_number(e.group(2))
            month, day = _kanji_number(e.group(3)), _kanji_number(e.group(4))
            if year is None or month is None or day is None or not _valid(day, month):
                continue
            whole = lone and len(text) - (e.end() - e.start()) <= 8
            if (birth or whole) and _born_year(_ERAS[e.group(1)] + year):
                hits.append(Hit("dob", e.start(), e.end(), MASKERS["dob"](e.group())))
