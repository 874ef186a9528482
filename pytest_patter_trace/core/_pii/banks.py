"""Bank accounts: a bank's code and an account number near it, or a value under a bank key.

A code names a bank or a branch (US ABA routing number, UK sort code, Australian BSB,
Indian IFSC, Canadian transit and institution numbers); with an account number next to
it, the pair is one person's account. python-stdnum checks the US routing number; the
others have no check digits (their format is the only check there is), so the words
naming them are what tells them from other numbers. Kept by hand: those words and
formats, which no library lists. IBANs are found by their ISO 7064 mod 97-10 check digits
and the length of their country's numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from stdnum.iso7064 import mod_97_10
from stdnum.us import rtn

from . import patterns as pat
from .hit import Hit, overlaps
from .mask import MASKERS, mask_generic
from .phone import digit_shape

__all__ = ["bank_key", "code_word", "find_bank_accounts", "find_ibans", "keyed_account"]

_SUFFIX = r"(?:[\s_\-]*(?:number|num|no|nr|code|#))?"
_ROUTING = r"(?i)(?<![a-z])(?:(?:bank[\s_\-]*)?routing(?:[\s_\-]*transit)?|aba|rtn)"
#: (label, number) of each bank code, and the check its number must pass.
_CODES: tuple[tuple[re.Pattern[str], re.Pattern[str], Callable[[str], bool] | None], ...] = (
    (
        re.compile(_ROUTING + _SUFFIX + r"(?![a-z])"),
        re.compile(r"(?<!\d)\d{9}(?!\d)"),
        rtn.is_valid,
    ),
    (
        re.compile(r"(?i)(?<![a-z])sort[\s_\-]*code(?![a-z])"),
        re.compile(r"(?<!\d)\d{2}[- ]?\d{2}[- ]?\d{2}(?![\d-])"),
        None,
    ),
    (
        re.compile(r"(?i)(?<![a-z])bsb" + _SUFFIX + r"(?![a-z])"),
        re.compile(r"(?<!\d)\d{3}[- ]?\d{3}(?![\d-])"),
        None,
    ),
    (
        re.compile(r"(?i)(?<![a-z])ifsc" + _SUFFIX + r"(?![a-z])"),
        re.compile(r"(?i)(?<![a-z0-9])[a-z]{4}0[a-z0-9]{6}(?![a-z0-9])"),
        None,
    ),
    (
        re.compile(r"(?i)(?<![a-z])transit" + _SUFFIX + r"(?![a-z])"),
        re.compile(r"(?<!\d)\d{5}(?![\d-])"),
        None,
    ),
)
#: A Canadian institution number (three digits): part of the account only after a transit.
_INSTITUTION = (
    re.compile(r"(?i)(?<![a-z])institution" + _SUFFIX + r"(?![a-z])"),
    re.compile(r"(?<!\d)\d{3}(?![\d-])"),
)
#: Words every code label holds (lower case): a text with none has no bank code.
_CODE_HINTS = ("rout", "aba", "rtn", "sort", "bsb", "ifsc", "transit")
_ACCOUNT = re.compile(
    r"(?i)(?<![a-z])(?:bank[\s_\-]*)?(?:account|acct|acc|a/c|konto|kontonummer|cuenta"
    r"|compte|conto|conta|rekening|rekeningnummer)" + _SUFFIX + r"(?![a-z])"
)
_ACCOUNT_NUMBER = re.compile(r"(?<![\d-])\d(?:[ -]?\d){3,17}(?![\d-])")
#: Between a label and its number: quotes, colons and a few words ("is", "es", "the").
_GAP = re.compile(r"(?i)[\s\"':=#,]*(?:(?:is|es|est|ist|er|är|the|el|le)\s+)*[\s\"':=#]*")


def _numbers_after(
    label: re.Pattern[str], number: re.Pattern[str], text: str
) -> Iterable[re.Match[str]]:
    for m in label.finditer(text):
        gap = _GAP.match(text, m.end())
        at = gap.end() if gap else m.end()
        found = number.match(text, at)
        if found is not None:
            yield found


def code_word(text: str) -> bool:
    """Whether ``text`` holds a word every bank code's label holds (a fast gate)."""
    lowered = text.lower()
    return any(hint in lowered for hint in _CODE_HINTS)


def find_bank_accounts(text: str, hits: list[Hit], claimed: list[tuple[int, int]]) -> None:
    """Add a bank's code and the account number near it, both, when both are there."""
    if not code_word(text):
        return
    codes: list[tuple[int, int]] = []
    for label, number, check in _CODES:
        for m in _numbers_after(label, number, text):
            if check is None or check(m.group()):
                codes.append(m.span())
    if not codes:
        return
    if "nstitution" in text.lower():
        codes += [m.span() for m in _numbers_after(*_INSTITUTION, text)]
    accounts = [m.span() for m in _numbers_after(_ACCOUNT, _ACCOUNT_NUMBER, text)]
    if not accounts:
        return  # a routing number alone names a bank, not anyone's account
    parts = [(s, e) for s, e in sorted(set(codes + accounts)) if not overlaps(s, e, claimed)]
    if parts:
        # One finding for the pair, as it is one account: from the first part to the last.
        start, end = parts[0][0], max(e for _, e in parts)
        hits.append(Hit("bank_account", start, end, mask_generic(text[start:end])))
        claimed.extend(parts)


#: Key endings naming a bank account outright. A key naming a bank's code alone
#: (``bank.routing_number``) holds the bank's number, not anyone's account.
_BANK_KEYS = frozenset(("bankaccount", "bankaccountnumber", "bankacct", "bankdetails"))
#: Words that make an ``account_number`` key a bank's (not a customer account).
_BANK_TOKENS = frozenset(("bank", "banking", "payout", "payouts", "ach", "deposit", "wire"))
_ACCOUNT_ENDS = frozenset(("accountnumber", "accountno", "acctnumber", "acctno", "account"))


def bank_key(last: list[str], every: list[str]) -> bool:
    """Whether a key's tokens name a bank account (``payout.bank_account``)."""
    ends = {"".join(last[-n:]) for n in range(1, min(4, len(last)) + 1)}
    if ends & _BANK_KEYS:
        return True
    return bool(ends & _ACCOUNT_ENDS) and not _BANK_TOKENS.isdisjoint(every)


_IBAN_SHAPE = re.compile(r"[A-Za-z]{2}\d{2}")
_KEYED = re.compile(r"[0-9A-Za-z](?:[0-9A-Za-z]|[ /\-](?=[0-9A-Za-z])){5,40}")


def keyed_account(text: str) -> Hit | None:
    """The whole value under a bank key, when it holds at least six digits."""
    stripped = text.strip()
    if not _KEYED.fullmatch(stripped) or sum(ch.isdigit() for ch in stripped) < 6:
        return None
    if _IBAN_SHAPE.match(stripped):
        return None  # an IBAN, or a mistyped one: the IBAN check decides
    start = text.index(stripped[0])
    return Hit("bank_account", start, start + len(stripped), mask_generic(stripped))


def _iban_ok(compact: str) -> bool:
    # ISO 7064 mod 97-10 only: stdnum's iban.is_valid also runs national checks, which
    # reject the registry's own example IBANs of some countries.
    return mod_97_10.is_valid(compact[4:] + compact[:4])


def find_ibans(text: str, hits: list[Hit], claimed: list[tuple[int, int]]) -> None:
    """Add the IBANs in ``text`` whose check digits hold; claim their spans."""
    shape = digit_shape(text)  # its check digits and next ten, found from a fixed "00"
    hinted = shape is None or _IBAN_HINT_SHAPE.search(shape) is not None
    for m in pat.IBAN_CANDIDATE.finditer(text) if hinted else ():
        length = pat.IBAN_LENGTHS.get(m.group(1))
        if length is None:
            continue
        chars: list[str] = []
        pos = end = m.start()
        while pos < len(text) and len(chars) < length:
            ch = text[pos]
            if ch.isascii() and (ch.isdigit() or ch.isupper()):
                chars.append(ch)
                end = pos + 1
            elif ch != " " or text[pos - 1] == " ":
                break
            pos += 1
        if len(chars) != length or (end < len(text) and text[end].isalnum()):
            continue
        if _iban_ok("".join(chars)):
            hits.append(Hit("iban", m.start(), end, MASKERS["iban"](text[m.start() : end])))
            claimed.append((m.start(), end))
    _find_loose_ibans(text, shape, hits, claimed)


#: An IBAN's start in any case, its groups split by dots or dashes too (``Nl91 Abna``,
#: ``DE89-3704-...``): the country's length and the check digits decide.
#: Found from its check digits (a search led by digits is the fast one), the two
#: letters before them checked after.
_LOOSE_IBAN = re.compile(r"\d\d[ .\-]?[0-9A-Za-z]{4}[ .\-]?[0-9A-Za-z]")
#: ``_LOOSE_IBAN`` on a ``digit_shape``; the part of every ``IBAN_CANDIDATE`` after its letters.
_LOOSE_IBAN_SHAPE = re.compile(rb"00[ .\-]?[0A-Za-z]{4}[ .\-]?[0A-Za-z]")
_IBAN_HINT_SHAPE = re.compile(rb"00(?: ?[0A-Z]){10}")


def _find_loose_ibans(
    text: str, shape: bytes | None, hits: list[Hit], claimed: list[tuple[int, int]]
) -> None:
    found = _LOOSE_IBAN.finditer(text) if shape is None else _LOOSE_IBAN_SHAPE.finditer(shape)
    for m in found:  # only their spans are read: the same on the shape
        begin = m.start() - 2
        if begin < 0 or not (
            text[begin : m.start()].isascii() and text[begin : m.start()].isalpha()
        ):
            continue
        if begin > 0 and text[begin - 1].isascii() and text[begin - 1].isalnum():
            continue  # letters inside a word
        length = pat.IBAN_LENGTHS.get(text[begin : m.start()].upper())
        if length is None or overlaps(begin, m.end(), claimed):
            continue
        chars: list[str] = []
        pos = end = begin
        while pos < len(text) and len(chars) < length:
            ch = text[pos]
            if ch.isascii() and ch.isalnum():
                chars.append(ch.upper())
                end = pos + 1
            elif ch not in " .-" or not text[pos - 1].isalnum():
                break  # one separator between groups, no more
            pos += 1
        if len(chars) != length or (end < len(text) and text[end].isalnum()):
            continue
        if _iban_ok("".join(chars)):
            hits.append(Hit("iban", begin, end, MASKERS["iban"](text[begin:end])))
            claimed.append((begin, end))
