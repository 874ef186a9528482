"""Bank accounts said in a country's home form: Nigeria's NUBAN, Russia's, Czechia's and Slovakia's.

A Nigerian caller gives a bank's name and ten digits ("send it to gtbank 0123456789"):
the NUBAN's last digit checks the bank's CBN code and the serial, so the name says which
code to check with. A Russian account is 20 digits after "счёт": a person's by its
structure (a personal or deposit balance account, then a currency's ISO 4217 code), or
any account whose control key checks with the BIK beside it (the BIK's last three digits
and the account). A Czech or Slovak account is read out as "prefix-number/bank code"
("19-2000145399/0800"): its prefix and number carry check digits and its bank code is a
registered bank's, which python-stdnum's ``cz.bankaccount`` checks, so the form alone
names it, in any language and under any key.

Kept by hand: python-stdnum has no module for either (no ``ng`` package; its ``ru``
package checks the INN and OGRN only), and no library maps Nigerian bank names to their
CBN codes.
"""

from __future__ import annotations

import re

from stdnum.cz import bankaccount as cz_account

from .hints import holds_any
from .hit import Hit, overlaps
from .mask import mask_generic
from .phone import digit_shape

__all__ = ["find_local_accounts"]

#: Nigerian banks as callers name them, and their CBN codes (a merged bank keeps both).
#: A name that is an everyday word too ("access", "union") counts only with "bank".
_NG_BANKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("access bank|access diamond", ("044", "063")),
    ("diamond bank", ("063",)),
    ("citibank", ("023",)),
    ("ecobank", ("050",)),
    ("fidelity bank", ("070",)),
    ("first bank|firstbank|fbn", ("011",)),
    ("fcmb|first city monument bank", ("214",)),
    ("gtbank|gtb|gtco|guaranty trust|guaranty trust bank", ("058",)),
    ("heritage bank", ("030",)),
    ("keystone bank", ("082",)),
    ("polaris bank|skye bank", ("076",)),
    ("stanbic|stanbic ibtc", ("221",)),
    ("standard chartered", ("068",)),
    ("sterling bank", ("232",)),
    ("union bank", ("032",)),
    ("uba|united bank for africa", ("033",)),
    ("unity bank", ("215",)),
    ("wema|wema bank|alat", ("035",)),
    ("zenith|zenith bank", ("057",)),
    ("jaiz|jaiz bank", ("301",)),
    ("providus|providus bank", ("101",)),
    ("suntrust bank", ("100",)),
    ("titan trust|titan trust bank", ("102",)),
    ("globus bank", ("103",)),
    ("parallex bank", ("104",)),
    ("premium trust bank", ("105",)),
    ("lotus bank", ("303",)),
    ("taj bank", ("302",)),
    ("optimus bank", ("107",)),
)
#: Payment apps and microfinance banks whose ten-digit accounts use another code scheme:
#: after their name the ten digits are the account, with no check to run.
_NG_APPS = "opay|palmpay|kuda|moniepoint|vfd|paga|fairmoney"
_CODES = {name: codes for names, codes in _NG_BANKS for name in names.split("|")}
_NG_NAMES = tuple(sorted({*_CODES, *_NG_APPS.split("|")}, key=len, reverse=True))
_NG_NAME = re.compile(r"(?i)(?<![a-z])(" + "|".join(map(re.escape, _NG_NAMES)) + r")(?![a-z])")
_TEN = re.compile(r"(?<![\d-])\d{10}(?![\d-])")
#: Ten digits, a hint of a bank's name: the gate in front of the search.
_TEN_HINT = re.compile(r"\d{10}")
_NUBAN_WEIGHTS = (3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3)
#: How far from the number a bank's name may be ("zenith bank account 20...", "20... gtb").
_NEAR = 40


def _nuban_ok(code: str, account: str) -> bool:
    """The NUBAN check digit: weights 3, 7, 3 over the bank code and the nine serial digits."""
    total = sum(int(d) * w for d, w in zip(code + account[:9], _NUBAN_WEIGHTS, strict=True))
    return (10 - total % 10) % 10 == int(account[9])


def _nuban(text: str, start: int, end: int) -> bool:
    """Whether a Nigerian bank's name near ``text[start:end]`` makes it that bank's account."""
    account = text[start:end]
    names = _NG_NAME.findall(text, max(0, start - _NEAR), min(len(text), end + _NEAR))
    for name in names:
        codes = _CODES.get(name.lower())
        if codes is None or any(_nuban_ok(code, account) for code in codes):
            return True  # a payment app's (no check), or a bank's whose check holds
    return False


#: "Account" in Russian and Ukrainian, and the settlement ("р/с") and personal ones.
_RU_ACCOUNT_WORDS = ("счёт", "счет", "сч.", "р/с", "рахун")
_RU_ACCOUNT = re.compile(r"(?<!\d)\d{20}(?!\d)")
_RU_ACCOUNT_HINT = re.compile(r"\d{20}")
_BIK = re.compile(r"(?i)(?:бик|мфо)\D{0,6}(\d{9})(?!\d)")
#: Balance accounts of people and deposits (408xx, 423xx, 426xx), then the currency.
_RU_PERSONAL = re.compile(r"(?:408|423|426)\d\d(?:810|643|840|978|156|826|756|392)\d{12}")


def _ru_key_ok(bik: str, account: str) -> bool:
    """The control key: weights 7, 1, 3 over the BIK's last three digits and the account."""
    digits = bik[-3:] + account
    return sum(int(d) * w % 10 for d, w in zip(digits, (7, 1, 3) * 8, strict=False)) % 10 == 0


def _ru_account(text: str, account: str) -> bool:
    """A person's account by its structure, or any account whose key checks with the BIK.

    The structure counts even when a BIK's key fails: a caller misreads a digit of the
    BIK as often as one of the account.
    """
    if _RU_PERSONAL.fullmatch(account) is not None:
        return True
    bik = _BIK.search(text)
    return bik is not None and _ru_key_ok(bik.group(1), account)


#: A Czech or Slovak account: an optional prefix, the number, a slash and a bank's code.
_CZ_ACCOUNT = re.compile(r"(?<![\d/.-])(?:\d{1,6}-)?\d{2,10}/\d{4}(?![\d/-]|\.\d)")


def _find_cz_accounts(text: str, hits: list[Hit], claimed: list[tuple[int, int]]) -> None:
    """Add Czech and Slovak accounts whose check digits and bank code hold."""
    shape = digit_shape(text)  # a digit, a slash, four digits: a literal on the shape
    if (b"0/0000" not in shape) if shape is not None else ("/" not in text):
        return
    for m in _CZ_ACCOUNT.finditer(text):
        if overlaps(*m.span(), claimed) or not cz_account.is_valid(m.group()):
            continue
        hits.append(Hit("bank_account", *m.span(), mask_generic(m.group())))
        claimed.append(m.span())


def find_local_accounts(text: str, hits: list[Hit], claimed: list[tuple[int, int]]) -> None:
    """Add Nigerian NUBANs after a bank's name, Russian accounts after "счёт", Czech ones."""
    _find_cz_accounts(text, hits, claimed)
    shape = digit_shape(text)  # ten digits in a row: a literal on the shape, found in C
    if (_TEN_HINT.search(text) is None) if shape is None else (b"0" * 10 not in shape):
        return
    lowered = text.lower()
    if _NG_NAME.search(text) is not None:
        for m in _TEN.finditer(text):
            if not overlaps(*m.span(), claimed) and _nuban(text, *m.span()):
                hits.append(Hit("bank_account", *m.span(), mask_generic(m.group())))
                claimed.append(m.span())
    ru_digits = _RU_ACCOUNT_HINT.search(text) if shape is None else b"0" * 20 in shape
    if ru_digits and holds_any(lowered, _RU_ACCOUNT_WORDS):
        for m in _RU_ACCOUNT.finditer(text):
            if not overlaps(*m.span(), claimed) and _ru_account(text, m.group()):
                hits.append(Hit("bank_account", *m.span(), mask_generic(m.group())))
                claimed.append(m.span())
