"""Bank accounts: a bank's code and an account number near it, or a value under a bank key.

A code names a bank or a branch (US ABA routing number, UK sort code, Australian BSB,
Indian IFSC, Canadian transit and institution numbers); with an account number next to
it, the pair is one person's account. python-stdnum checks the US routing number; the
others have no check digits (their format is the only check there is), so the words
naming them are what tells them from other numbers. Kept by hand: those words and
formats, which no library lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from stdnum.us import rtn

from .hit import Hit, overlaps
from .mask import mask_generic

__all__ = ["bank_key", "code_word", "find_bank_accounts", "keyed_account"]

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
