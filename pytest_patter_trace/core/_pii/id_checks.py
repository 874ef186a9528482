"""Checks of national identifiers python-stdnum has no module for, kept by hand.

Each is the identifier's published structure: a check digit or letter where it has one
(Singapore NRIC/FIN, Hong Kong HKID, Taiwan, Iran, Saudi Arabia, the UAE, Russia's
SNILS), a birth date where the number holds one (Egypt), the length alone where nothing
else is checkable (Nigeria's NIN and BVN, the Philippines, Bangladesh, Vietnam, Kenya,
Colombia, Ghana, Sri Lanka). Only a word or a key naming the identifier makes a number
one of these: their modules are never tried for a word naming no country (``ids._WEAK``).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from stdnum import luhn

__all__ = ["HAND_CHECKS"]


def _snils(number: str) -> bool:
    """СНИЛС: nine digits weighted 9..1, sum mod 101 (100 -> 00) is the last two digits."""
    if len(number) != 11 or not number.isdigit():
        return False
    total = sum(int(d) * (9 - i) for i, d in enumerate(number[:9])) % 101
    return f"{total % 100:02d}" == number[9:]


def _digits_of(*lengths: int) -> Callable[[str], bool]:
    """Digits only, of one of ``lengths``, not one digit repeated (a form's placeholder)."""

    def check(number: str) -> bool:
        return len(number) in lengths and number.isdigit() and len(set(number)) > 2

    return check


#: Singapore NRIC/FIN check letters by the weighted sum's remainder, per first letter
#: (S/T citizens, F/G foreigners).
_SG_LETTERS = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK"}
_SG_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)


def _sg_nric(number: str) -> bool:
    """A Singapore NRIC or FIN: a series letter, seven digits, the check letter."""
    if len(number) != 9 or number[0] not in _SG_LETTERS or not number[1:8].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[1:8], _SG_WEIGHTS, strict=True))
    total += 4 if number[0] in "TG" else 0  # the 2000s series
    return _SG_LETTERS[number[0]][total % 11] == number[8]


def _hkid(number: str) -> bool:
    """A Hong Kong HKID: one or two letters, six digits, a check digit or ``A`` (mod 11)."""
    compact = number.replace("(", "").replace(")", "")
    head = compact[:-7]
    if len(head) not in (1, 2) or not head.isalpha() or not compact[-7:-1].isdigit():
        return False
    values = [36] * (2 - len(head)) + [ord(ch) - 55 for ch in head]  # A=10, space=36
    values += [int(d) for d in compact[-7:-1]]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return compact[-1] == ("A" if check == 10 else str(check))


#: Taiwan's letters for the area a national ID was issued in, as two digits.
_TW_AREAS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))


def _tw_id(number: str) -> bool:
    """A Taiwan national ID: an area letter, 1 or 2 (or 8/9: residents), eight digits."""
    if len(number) != 10 or number[0] not in _TW_AREAS or not number[1:].isdigit():
        return False
    if number[1] not in "1289":
        return False
    area = _TW_AREAS[number[0]]
    digits = [area // 10, area % 10, *map(int, number[1:])]
    weights = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)
    return sum(d * w for d, w in zip(digits, weights, strict=True)) % 10 == 0


def _ir_code(number: str) -> bool:
    """An Iranian national code: ten digits, the last a mod-11 check of the nine before."""
    if len(number) != 10 or not number.isdigit() or len(set(number)) == 1:
        return False
    rest = sum(int(d) * (10 - i) for i, d in enumerate(number[:9])) % 11
    return int(number[9]) == (rest if rest < 2 else 11 - rest)


def _sa_id(number: str) -> bool:
    """A Saudi national ID (1...) or iqama (2...): ten digits, Luhn-checked."""
    return len(number) == 10 and number[0] in "12" and number.isdigit() and luhn.is_valid(number)


def _ae_eid(number: str) -> bool:
    """An Emirates ID: 784, the birth year, seven digits, a Luhn check digit."""
    return (
        len(number) == 15
        and number.startswith("784")
        and number.isdigit()
        and luhn.is_valid(number)
    )


def _eg_nid(number: str) -> bool:
    """An Egyptian national ID: century (2/3), birth date, governorate, serial, check."""
    if len(number) != 14 or not number.isdigit() or number[0] not in "23":
        return False
    year = (1900 if number[0] == "2" else 2000) + int(number[1:3])
    try:
        datetime.date(year, int(number[3:5]), int(number[5:7]))
    except ValueError:
        return False
    return 1 <= int(number[7:9]) <= 35 or number[7:9] == "88"


def _lk_nic(number: str) -> bool:
    """A Sri Lankan NIC: nine digits and V or X (old), or twelve digits (new)."""
    if len(number) == 10 and number[:9].isdigit() and number[9] in "VX":
        return True
    return len(number) == 12 and number.isdigit() and number[:2] in ("19", "20")


def _vn_cccd(number: str) -> bool:
    """A Vietnamese CCCD: a province's code (001-096), century and sex, year, serial."""
    if len(number) == 9 and number.isdigit():
        return len(set(number)) > 2  # the older CMND: nine digits
    return len(number) == 12 and number.isdigit() and 1 <= int(number[:3]) <= 96


#: Module name (as ``ids._NAMED`` lists it) -> its check.
HAND_CHECKS: dict[str, Callable[[str], bool]] = {
    "ru.snils": _snils,
    "ng.nin": _digits_of(11),
    "ng.bvn": _digits_of(11),
    "sg.nric": _sg_nric,
    "hk.hkid": _hkid,
    "tw.nid": _tw_id,
    "ir.code": _ir_code,
    "sa.nid": _sa_id,
    "ae.eid": _ae_eid,
    "eg.nid": _eg_nid,
    "lk.nic": _lk_nic,
    "vn.cccd": _vn_cccd,
    # SSS (10), PhilHealth and UMID (12), PhilSys PSN (16): no check digit published.
    "ph.id": _digits_of(10, 12, 16),
    "bd.nid": _digits_of(10, 13, 17),
    "ke.id": _digits_of(7, 8),
    "co.cc": _digits_of(6, 7, 8, 9, 10),
    "gh.card": _digits_of(10),
}
