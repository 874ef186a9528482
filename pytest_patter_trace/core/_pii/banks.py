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

from stdnum import bic
from stdnum.ar import cbu
from stdnum.cz import bankaccount as cz_account
from stdnum.es import ccc
from stdnum.iso7064 import mod_97_10
from stdnum.no import kontonr
from stdnum.nz import bankaccount as nz_account
from stdnum.us import rtn

from . import patterns as pat
from .hints import holds_any
from .hit import Hit, overlaps
from .local_accounts import find_local_accounts
from .mask import MASKERS, mask_generic
from .phone import digit_shape

__all__ = [
    "bank_key",
    "code_word",
    "find_bank_accounts",
    "find_ibans",
    "iban_hint",
    "keyed_account",
]

#: A code's own word after its name, in the languages callers say it in ("IFSC कोड").
_SUFFIX = (
    r"(?:\.?[\s_\-]*(?:number|num\.?|no\.?|nr\.?|code|#|kod|kodu|código|codigo|numéro"
    r"|numero|nummer"
    r"|कोड|コード|番号|号码|代码|번호|코드))?"
)
_ROUTING = r"(?i)(?<![a-z])(?:(?:bank[\s_\-]*)?routing(?:[\s_\-]*transit)?|aba|rtn)"
#: Words naming a bank's or a branch's code with no check digit of its own, and the
#: digits it has: they tell the account number next to them from any other number.
_BRANCH_LABELS = (
    # Japan (銀行コード 4 digits, 支店番号 3), Korea, China (CNAPS, 12 digits).
    (r"銀行コード|金融機関コード|銀行番号", r"\d{4}"),
    (r"支店番号|支店コード|支店|店番号|店番", r"\d{3}"),
    (r"지점\s?코드|지점\s?번호|은행\s?코드", r"\d{3,4}"),
    (r"开户行行号|开户行代码|联行号|行号|支行代码|分行代码", r"\d{12}"),
    # Germany's Bankleitzahl, France's code banque / guichet, Brazil's agência.
    (r"(?i)(?<![a-z])(?:blz|bankleitzahl)(?![a-z])", r"\d{3} ?\d{3} ?\d{2}"),
    (r"(?i)(?<![a-z])(?:code banque|code guichet|guichet)(?![a-z])", r"\d{5}"),
    (r"(?i)(?<![a-z])(?:agência|agencia)(?![a-z])", r"\d{3,4}(?:-\d)?"),
    (r"(?<![A-Za-z])(?:ABI|CAB)(?![A-Za-z])", r"\d{5}"),
    (r"(?i)(?<![a-z])(?:branch|bank|sucursal|filial)[\s_\-]*(?:code|código|codigo)(?![a-z])",
     r"\d{3,6}"),
)  # fmt: skip
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
    (
        re.compile(r"(?i)(?<![a-z])(?:swift|bic)" + _SUFFIX + r"(?![a-z])"),
        re.compile(r"(?<![0-9A-Za-z])[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![0-9A-Za-z])"),
        bic.is_valid,
    ),
    *(
        (re.compile(label), re.compile(rf"(?<!\d){number}(?![\d-])"), None)
        for label, number in _BRANCH_LABELS
    ),
)
#: A Canadian institution number (three digits): part of the account only after a transit.
_INSTITUTION = (
    re.compile(r"(?i)(?<![a-z])institution" + _SUFFIX + r"(?![a-z])"),
    re.compile(r"(?<!\d)\d{3}(?![\d-])"),
)
#: Words every code label holds (lower case): a text with none has no bank code.
_CODE_HINTS = ("rout", "aba", "rtn", "sort", "bsb", "ifsc", "transit", "swift", "bic", "銀行",
               "金融機関", "店番", "支店", "지점", "은행", "行号", "代码", "blz", "bankleitzahl",
               "guichet", "banque", "agência", "agencia", "abi", "cab", "branch", "bank code",
               "sucursal", "filial")  # fmt: skip
#: Words naming an account, in the languages callers say it in. The longer of two that
#: start alike comes first (``kontonummer`` before ``konto``).
_ACCOUNT = re.compile(
    r"(?i)(?<![a-z])(?:bank[\s_\-]*)?(?:account|acct|acc|a/c|kontonummer|kontonr|konto|cuenta"
    r"(?: corriente)?|compte|conto(?: corrente)?|conta(?: corrente)?|c/c|rekeningnummer"
    r"|rekening|nomor rekening|no\.? rek|numer konta|nr konta|numer rachunku|rachunek"
    r"|číslo účtu|cislo uctu|számlaszám|hesap numarası|hesap no|hesap|số tài khoản|tài khoản"
    r"|खाता संख्या|खाता नंबर|खाता सं|अकाउंट नंबर|खाता|口座番号|普通口座|当座口座|普通預金"
    # Hindi and Urdu said in Latin letters, Bengali and Urdu in their scripts.
    r"|khaa?ta (?:sankhya|number|nambar|no)|khaa?ta|হিসাব নম্বর|অ্যাকাউন্ট নম্বর|کھاتہ نمبر"
    r"|اکاؤنٹ نمبر"
    r"|当座預金|口座|银行账号|银行帐号|账号|帐号|帳號|账户|계좌\s?번호|계좌|เลขที่บัญชี|บัญชี"
    r"|رقم الحساب|الحساب|מספר חשבון|חשבון|номер сч[её]та|сч[её]т|номер рахунку|рахунок)"
    + _SUFFIX
    + r"(?![a-z])"
)
_ACCOUNT_NUMBER = re.compile(r"(?<![\d-])\d(?:[ -]?\d){3,17}(?![\d-])")
#: Between a label and its number: quotes, colons and a few words ("is", "es", "the").
_GAP = re.compile(
    r"(?i)[\s\"':=#,：、，]*(?:(?:is|es|est|ist|er|är|the|el|le|é|là|nya|saya|anda|ku|adalah"
    r"|của tôi|hai|है|は|が|是|为|為|은|는)"
    r"(?:\s+|(?=\d)))*[\s\"':=#：、，]*"
)


#: The end of an agent's question and the start of the caller's answer on the next line
#: ("... and the sort code?\nUSER: 40-11-62"): a speaker's tag or label maybe.
_NEXT_TURN = re.compile(r"[\s?.]*\n\s*(?:\[[^\]\n]{0,30}\]\s*)?(?:[A-Za-z_]{2,12}\s*:)?\s*")


def _numbers_after(
    label: re.Pattern[str], number: re.Pattern[str], text: str
) -> Iterable[re.Match[str]]:
    for m in label.finditer(text):
        gap = _GAP.match(text, m.end())
        at = gap.end() if gap else m.end()
        found = number.match(text, at)
        if found is None and "\n" in text[m.end() : at + 4]:  # asked, answered in the next turn
            turn = _NEXT_TURN.match(text, m.end())
            found = number.match(text, turn.end()) if turn else None
        if found is not None:
            yield found


def _digits(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit())


def _polish_nrb(number: str) -> bool:
    """A Polish NRB: the 26 digits of a Polish IBAN without ``PL``, written so at home."""
    digits = _digits(number)
    return len(digits) == 26 and mod_97_10.is_valid(digits[2:] + "2521" + digits[:2])


#: CLABE weights. Kept by hand: python-stdnum has no module for Mexico's bank accounts.
_CLABE_WEIGHTS = (3, 7, 1) * 6


def _clabe(number: str) -> bool:
    """A Mexican CLABE: 18 digits, the last a weighted sum's check digit (3, 7, 1 ...)."""
    digits = _digits(number)
    if len(digits) != 18:
        return False
    total = sum(int(d) * w % 10 for d, w in zip(digits[:17], _CLABE_WEIGHTS, strict=False))
    return (10 - total % 10) % 10 == int(digits[17])


#: Account numbers with check digits of their own, after a word of the country's naming
#: them: the check tells them from other numbers, no bank code needed. python-stdnum
#: checks them (Argentine CBU, Spanish CCC, Norwegian, Czech and New Zealand accounts;
#: its ISO 7064 module the Polish NRB), all but the Mexican CLABE (see _clabe).
_SELF_CHECKING: tuple[tuple[re.Pattern[str], Callable[[str], bool]], ...] = (
    (re.compile(r"(?i)(?<![a-z])(?:cbu|cvu|cuenta)(?![a-z])"), cbu.is_valid),
    (re.compile(r"(?i)(?<![a-z])(?:ccc|cuenta|n[úu]mero de cuenta)(?![a-z])"), ccc.is_valid),
    (re.compile(r"(?i)(?<![a-z])(?:kontonummer|kontonr|konto)"), kontonr.is_valid),
    (re.compile(r"(?i)(?<![a-z])(?:číslo účtu|cislo uctu|účet|ucet|účtu)"), cz_account.is_valid),
    (re.compile(r"(?i)(?<![a-z])(?:account|acct|a/c)"), nz_account.is_valid),
    (
        re.compile(r"(?i)(?<![a-z])(?:numer konta|nr konta|numer rachunku|rachunek|konto|account)"),
        _polish_nrb,
    ),
    (re.compile(r"(?i)(?<![a-z])(?:clabe|cuenta clabe)(?: interbancaria)?(?![a-z])"), _clabe),
)
_SELF_HINTS = ("cbu", "cvu", "cuenta", "ccc", "konto", "účt", "uct", "účet", "account", "acct",
               "a/c", "rachun", "konta", "clabe")  # fmt: skip

#: Ten digits or more, single separators between (``02-1234-0123456-00``, ``19-2000145399/0800``).
_LONG_NUMBER = re.compile(r"(?<![\d-])\d(?:[ ./-]?\d){9,27}(?![\d-])")
_LONG_NUMBER_SHAPE = re.compile(rb"0(?:[ ./-]?0){9}")


def _find_self_checking(text: str, hits: list[Hit], claimed: list[tuple[int, int]]) -> None:
    shape = digit_shape(text)
    if shape is not None and _LONG_NUMBER_SHAPE.search(shape) is None:
        return
    lowered = text.lower()
    if not holds_any(lowered, _SELF_HINTS):
        return
    for label, check in _SELF_CHECKING:
        for m in _numbers_after(label, _LONG_NUMBER, text):
            if overlaps(*m.span(), claimed):
                continue
            try:
                valid = check(m.group())
            except Exception:  # a validator's own bug must not stop the scan
                valid = False
            if valid:
                hits.append(Hit("bank_account", *m.span(), mask_generic(m.group())))
                claimed.append(m.span())


#: Words that name a bank account itself (not a customer's account with a shop): "bank
#: account", and the words of other languages, which name only a bank's account.
_BANK_ACCOUNT_LABEL = re.compile(
    r"(?i)(?<![a-z])(?:bank[\s_\-]*(?:account|acct|a/c)|a/c|kontonummer|kontonr|bankkonto"
    # "account number", "acct no." with no bank word: eight digits or more after it are
    # read out as a bank's (a shop's customer number is shorter or has letters).
    r"|(?:account|acct)(?=\.?[\s_\-]*(?:number|num\b|no\b|nr\b|#))"
    r"|(?:checking|savings|current|chequing) account"
    r"|numéro de compte|compte bancaire|n[úu]mero de cuenta|cuenta bancaria|cuenta corriente"
    r"|n[úu]mero da conta|conta bancária|conta corrente|numero di conto|conto corrente"
    r"|rekeningnummer|bankrekening|numer konta|numer rachunku|rachunek bankowy|číslo účtu"
    r"|hesap numarası|iban dışı hesap|nomor rekening|no\.? rek|số tài khoản|खाता संख्या"
    r"|खाता नंबर|口座番号|银行账号|银行帐号|계좌\s?번호|رقم الحساب|מספר חשבון|номер сч[её]та"
    r"|номер рахунку|khaa?ta (?:sankhya|number|nambar|no)|হিসাব নম্বর|অ্যাকাউন্ট নম্বর"
    r"|کھاتہ نمبر|اکاؤنٹ نمبر)" + _SUFFIX
)
_LABELLED_NUMBER = re.compile(r"(?<![\d+-])\d(?:[ -]?\d){7,19}(?![\d-])")
_LABELLED_SHAPE = re.compile(rb"0(?:[ -]?0){7}")
_LABEL_HINTS = ("bank", "a/c", "account", "acct",
                "konto", "compte", "cuenta", "conta", "conto", "rekening",
                "rachun", "účtu", "hesap", "rek", "tài khoản", "खाता", "口座", "账号",
                "帐号", "계좌", "الحساب", "חשבון", "сч", "рахун", "khata", "khaata",
                "হিসাব", "অ্যাকাউন্ট", "کھاتہ", "اکاؤنٹ")  # fmt: skip


def _find_labelled_accounts(text: str, hits: list[Hit], claimed: list[tuple[int, int]]) -> None:
    """Eight digits or more right after words naming a bank account ("bank account 1234...")."""
    shape = digit_shape(text)  # eight digits first, on the shape: led by a literal, in C
    if shape is not None and _LABELLED_SHAPE.search(shape) is None:
        return
    if not holds_any(text.lower(), _LABEL_HINTS):
        return
    for m in _numbers_after(_BANK_ACCOUNT_LABEL, _LABELLED_NUMBER, text):
        if not overlaps(*m.span(), claimed):
            hits.append(Hit("bank_account", *m.span(), mask_generic(m.group())))
            claimed.append(m.span())


def code_word(text: str) -> bool:
    """Whether ``text`` holds a word every bank code's label holds (a fast gate)."""
    lowered = text.lower()
    return holds_any(lowered, _CODE_HINTS)


def find_bank_accounts(text: str, hits: list[Hit], claimed: list[tuple[int, int]]) -> None:
    """Add a bank's code and the account number near it, both, when both are there.

    Also an account number with check digits of its own after a word naming it, the
    accounts of countries that use no IBAN at home (:mod:`.local_accounts`), and eight
    digits or more right after words naming a bank account.
    """
    _find_self_checking(text, hits, claimed)
    find_local_accounts(text, hits, claimed)
    _find_coded_accounts(text, hits, claimed)
    _find_labelled_accounts(text, hits, claimed)


def _find_coded_accounts(text: str, hits: list[Hit], claimed: list[tuple[int, int]]) -> None:
    """A bank's code and the account number near it, as one finding."""
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
_BANK_KEYS = frozenset(("bankaccount", "bankaccountnumber", "bankacct", "bankdetails",
                        "kontonummer", "bankkonto", "bankverbindung", "cuentabancaria",
                        "numerodecuenta", "comptebancaire", "numerodecompte", "contocorrente",
                        "contabancaria", "numerodaconta", "rekeningnummer", "bankrekening",
                        "numerkonta", "rachunekbankowy", "hesapnumarasi", "nomorrekening",
                        "sotaikhoan", "口座番号", "銀行口座", "계좌번호", "银行账号", "银行账户",
                        "खातासंख्या", "номерсчета", "номерсчёта", "номеррахунку",
                        "cbu", "clabe", "ccc"))  # fmt: skip
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


#: An IBAN whose account part is mostly letters (``RO49AAAA1B31...``) has too few digits
#: for the number gates: its country, check digits and ten more characters tell it.
_LETTERED_IBAN = re.compile(r"[A-Za-z]{2}\d\d ?[A-Za-z]{4}")
#: Its check digits and the bank's letters on a ``digit_shape``: led by a literal, found
#: in C; the country's two letters are looked at where it matches.
_LETTERED_IBAN_SHAPE = re.compile(rb"00 ?[A-Za-z]{4}")


def iban_hint(text: str) -> bool:
    """Whether ``text`` may hold an IBAN the number gates miss (mostly letters)."""
    shape = digit_shape(text)
    if shape is None:
        return _LETTERED_IBAN.search(text) is not None
    for m in _LETTERED_IBAN_SHAPE.finditer(shape):
        if m.start() >= 2 and shape[m.start() - 2 : m.start()].isalpha():
            return True
    return False


def find_ibans(text: str, hits: list[Hit], claimed: list[tuple[int, int]]) -> None:
    """Add the IBANs in ``text`` whose check digits hold; claim their spans."""
    shape = digit_shape(text)  # its check digits and next ten, found from a fixed "00"
    hinted = shape is None or _iban_hint_shape(shape)
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
#: Capitals as ``0`` (the spaces deleted with it): a match of ``_IBAN_HINT_SHAPE`` leaves
#: twelve ``0`` in a row. Most texts full of numbers have none: ruled out by one find.
_CAPITALS_AS_ZEROS = bytes.maketrans(bytes(range(65, 91)), b"0" * 26)
_TWELVE = b"0" * 12


def _iban_hint_shape(shape: bytes) -> bool:
    """``_IBAN_HINT_SHAPE.search(shape)``; most shapes ruled out by a substring test.

    A match is twelve digits or capitals with one space at most between two: with the
    capitals as ``0`` and every space deleted, twelve ``0`` in a row.
    """
    if _TWELVE not in shape.translate(_CAPITALS_AS_ZEROS, b" "):
        return False
    return _IBAN_HINT_SHAPE.search(shape) is not None


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
