"""Digits a caller keys in on the keypad or an IVR collects (DTMF input).

Voice stacks keep what a caller entered under a key naming the item or the step that asked
for it: Twilio ``Gather`` ``Digits``, Amazon Connect's ``StoredCustomerInput`` and the
contact flow's attribute names, Genesys ``participantData``, Lex slots, Asterisk and
FreeSWITCH channel variables. A value of bare keypad digits (``#`` and ``*`` as
terminators or separators, spaces between key presses) is then the entered item, and its
kind follows the key: a PIN is a secret, eight digits under a birth key a birth date.

A generic key (``dtmf.digits``) names no item: only shapes no menu choice, extension or
confirmation code has are read there (a routing number and an account, a valid SSN, a
North American phone number, a birth date of a past year). A card there is the card
finder's, as under any key.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from stdnum.us import rtn
from stdnum.us import ssn as us_ssn

from . import numeric, record_keys
from . import vocabulary as voc
from .hit import Hit
from .key_memo import key_cache
from .keypad_fields import entry_fields
from .mask import MASKERS
from .phone import PhoneFinder
from .records import Judge

__all__ = [
    "KEY_CHARS",
    "MAX_ENTRY",
    "entered",
    "entry_item",
    "entry_key",
    "find_entries",
    "read_entry",
]

#: What a keypad value may start with; a cheap test before any other.
KEY_CHARS = frozenset("0123456789*#")
#: The longest keypad value read (a routing number, a separator and an account).
MAX_ENTRY = 48
_KEYPAD = re.compile(r"[0-9*# ]+")
_SEPARATORS = re.compile(r"[*#]+")

#: Words of a PIN or a passcode, in several languages.
_PIN_WORDS = voc.words(
    """pin pins pincode pinnumber securitypin accountpin cardpin passcode passcodes passnumber
    nip codigopin codigosecreto geheimzahl geheimnummer pinkode pinkod pinkoodi codepin
    codesecret codiceseg codicesegreto senhapin mpin tpin ipin voicepin password passwort
    contrasena contraseña senha motdepasse wachtwoord"""
)
_BIRTH_WORDS = record_keys.DOB_KEYS | voc.words(
    """birth nacimiento naissance nascita nascimento geboorte geburt fodsel fødsel urodzenia
    dogum doğum"""
)
_SSN_WORDS = voc.SSN_KEYS | voc.words("socsec socialsec")
_CVV_WORDS = voc.words("cvv cvv2 cvc cvc2 csc cvn securitycode cardsecuritycode")
_EXPIRY_WORDS = voc.words(
    """expiry expiration expirydate expirationdate exp expdate vencimiento caducidad ablauf
    ablaufdatum validade scadenza vervaldatum gultigbis gültigbis"""
)
_ROUTING_WORDS = voc.words("routing routingnumber aba rtn sortcode bsb transit")
_ACCOUNT_WORDS = voc.words(
    """account acct accountnumber accountno acctnumber acctno konto kontonummer cuenta
    numerocuenta numerodecuenta conta numeroconta compte numerocompte numerodecompte conto
    numeroconto rekening rekeningnummer"""
)
_CALLBACK_WORDS = voc.words(
    """callback callbacknumber rueckruf rückruf ruckruf rueckrufnummer rückrufnummer rappel
    numerorappel richiamata devolucion devolución retorno terugbellen"""
)
#: Words of keypad input with no item named: the value's shape decides.
_KEYPAD_MARKERS = voc.words(
    """dtmf digits digit gather keypad keypress keypresses pressed entered collected
    storedcustomerinput"""
)
#: Words of a collected input: with them a weak item word (``account``, ``card``) names
#: the entered item (``ivr.account``, ``participantData.numero_cuenta``).
_INPUT_MARKERS = _KEYPAD_MARKERS | voc.words(
    """ivr input inputs entry captured participantdata slot slots originalvalue
    interpretedvalue var variable variables"""
)
#: Words naming a setting, a count or an outcome of an entry, never the entry itself.
_SETTING_WORDS = voc.words(
    """attempt attempts tries retry retries count counter length len size max min timeout
    status result results valid validated verified ok error errors state prompt prompts
    menu selection choice option options duration ms seconds type mode format lang language
    enabled required success succeeded failed failure outcome match matched masked hash
    hashed policy rule mask id ids uuid guid sid ref reference token url uri name label"""
)
_SETTING_JOINED = voc.words("numdigits maxdigits mindigits finishonkey maxlength minlength")
_THIS_YEAR = datetime.date.today().year


def _words(tokens: list[str]) -> set[str]:
    """Each token and each run of two or three (``date_of_birth`` -> ``dateofbirth``)."""
    out = set(tokens)
    for n in (2, 3):
        out.update("".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return out


@key_cache(maxsize=2048)
def entry_item(key: str) -> str:
    """The item a key says a caller entered, or ``""`` for no keypad input.

    A kind, ``cvv``, ``expiry``, ``routing`` or ``generic`` (keypad input, item unnamed).
    """
    segments = [s for s in key.split(".") if s and not s.isdigit()]
    if not segments:
        return ""
    last = voc.key_tokens(segments[-1])
    if not last or _SETTING_WORDS.intersection(last) or "".join(last) in _SETTING_JOINED:
        return ""  # ``pin.attempts``, ``gather.numDigits``: about the entry, not it
    every = voc.key_tokens(key)
    found = _words(every)
    marked = bool(found & _INPUT_MARKERS)
    if found & _PIN_WORDS:
        return "secret"
    if found & _BIRTH_WORDS:
        return "dob"
    if found & _SSN_WORDS:
        return "ssn"
    if found & _CVV_WORDS:
        return "cvv"
    if found & _ROUTING_WORDS:
        return "routing"
    if found & _CALLBACK_WORDS:
        return "phone"
    if marked and found & voc.CARD_KEYS:
        return "expiry" if found & _EXPIRY_WORDS else "card"
    if marked and found & _EXPIRY_WORDS:
        return "expiry"
    if marked and found & _ACCOUNT_WORDS:
        return "bank_account"
    if marked and found & voc.PHONE_KEYS:
        return "phone"
    return "generic" if found & _KEYPAD_MARKERS else ""


def entry_key(key: str) -> bool:
    """Whether a key holds keypad input (digits one per item or event are joined there)."""
    return bool(entry_item(key))


def _date_ok(year: int, month: int, day: int, latest: int) -> bool:
    if not 1900 <= year <= latest:
        return False
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _as_date(parts: list[str], latest: int) -> bool:
    """Whether the keyed digits are a date (day, month and year in a usual order)."""
    if len(parts) == 3:
        a, b, c = parts
        if len(c) == 4 and len(a) <= 2 and len(b) <= 2:
            return _date_ok(int(c), int(b), int(a), latest) or _date_ok(
                int(c), int(a), int(b), latest
            )
        if len(a) == 4 and len(b) <= 2 and len(c) <= 2:
            return _date_ok(int(a), int(b), int(c), latest)
        return False
    digits = "".join(parts)
    if len(digits) == 8:
        y1, m1, d1 = int(digits[:4]), int(digits[4:6]), int(digits[6:])
        d2, m2, y2 = int(digits[:2]), int(digits[2:4]), int(digits[4:])
        return (
            _date_ok(y1, m1, d1, latest)
            or _date_ok(y2, m2, d2, latest)
            or _date_ok(y2, d2, m2, latest)
        )
    if len(digits) == 6:  # two-digit years: any century fits, the order must be a date
        x, y, z = int(digits[:2]), int(digits[2:4]), int(digits[4:])
        return any(
            _date_ok(1900 + yy, mm, dd, latest) or _date_ok(2000 + yy, mm, dd, latest)
            for dd, mm, yy in ((x, y, z), (y, x, z), (z, y, x))
        )
    return False


def _bank_pair(parts: list[str]) -> bool:
    """A routing number, a separator key and an account number."""
    return (
        len(parts) == 2
        and len(parts[0]) == 9
        and 4 <= len(parts[1]) <= 17
        and rtn.is_valid(parts[0])
    )


def read_entry(item: str, parts: list[str], phone_ok: Callable[[str], bool]) -> str | None:
    """The kind of keyed digits as ``item`` (:func:`entry_item`) reads them, or ``None``.

    ``parts``: the runs of digits between separator keys.
    """
    digits = "".join(parts)
    n = len(digits)
    if item == "secret":
        return "secret" if 3 <= n <= 12 else None
    if item == "dob":
        return "dob" if _as_date(parts, _THIS_YEAR) else None
    if item == "ssn":
        return "ssn" if n == 9 and us_ssn.is_valid(digits) else None
    if item == "cvv":
        return "card" if n in (3, 4) and len(parts) == 1 else None
    if item == "expiry":
        month = int(digits[:2]) if n in (4, 6) else 0
        return "card" if 1 <= month <= 12 else None
    if item == "routing":
        return "bank_account" if _bank_pair(parts) else None
    if item == "bank_account":
        return "bank_account" if 6 <= n <= 20 else None
    if item == "phone":
        return "phone" if 7 <= n <= 15 and phone_ok(digits) else None
    if item == "card":
        return None  # the card finder reads cards under any key
    # Generic keypad input: shapes no menu choice, extension or short code has.
    if _bank_pair(parts):
        return "bank_account"
    if len(parts) > 1 and not (len(parts) == 3 and n in (6, 8)):
        return None
    if n == 9 and us_ssn.is_valid(digits) and not rtn.is_valid(digits):
        return "ssn"
    if (n == 10 or (n == 11 and digits[0] == "1")) and phone_ok(digits):
        return "phone"
    if n == 8 and _as_date(parts, _THIS_YEAR - 5):  # a past year's date: a birth date
        return "dob"
    return None


def keypad_parts(stripped: str) -> list[str] | None:
    """The digit runs of a keypad value, split at ``*`` or ``#``; ``None`` for other text."""
    if len(stripped) > MAX_ENTRY or not _KEYPAD.fullmatch(stripped):
        return None
    if "***" in stripped or "###" in stripped:
        return None  # a value masked but for its last digits (``••••2046`` as stars)
    compact = stripped.replace(" ", "").strip("*#")
    if not compact:
        return None
    return _SEPARATORS.split(compact)


def _phone_check(finder: PhoneFinder) -> Callable[[str], bool]:
    def phone_ok(digits: str) -> bool:
        found: list[Hit] = []
        numeric.find_phones(finder, digits, frozenset(("phone",)), found, [])
        return bool(found)

    return phone_ok


def entered(key: str | None, text: str, stripped: str, finder: PhoneFinder) -> Hit | None:
    """The whole value as the item a caller entered, when its key names keypad input.

    ``finder`` tells a keyed phone number by its numbering plan.
    """
    if not key or stripped[0] not in KEY_CHARS:
        return None
    item = entry_item(key)
    if not item:
        return None
    parts = keypad_parts(stripped)
    if parts is None:
        return None
    kind = read_entry(item, parts, _phone_check(finder))
    if kind is None:
        return None
    start = text.index(stripped[0])
    return Hit(kind, start, start + len(stripped), MASKERS[kind](stripped))


def find_entries(text: str, hits: list[Hit], judge: Judge, finder: PhoneFinder) -> None:
    """Add the personal data of Lex slots and DTMF messages inside a JSON value.

    ``judge`` reads a slot's value as a record's field under the slot's name; a value it
    finds nothing in is read as keyed digits.
    """
    for field, key, value, start, end in entry_fields(text):
        before = len(hits)
        judge(field, value, start, end, hits)
        stripped = value.strip()
        if len(hits) == before and stripped:
            hit = entered(key, value, stripped, finder)
            if hit is not None:
                hits.append(Hit(hit.kind, start + hit.start, start + hit.end, hit.masked))
