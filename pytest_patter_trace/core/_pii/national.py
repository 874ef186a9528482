"""National identifiers, bank accounts and lower-case IBANs, validated by python-stdnum.

The entry point: bank accounts first (:mod:`.banks`), then identifiers named by a word
or a key in any language (:mod:`.ids`), then the shapes here. Candidates are found by
shape, then their check digits are validated by ``stdnum``'s module for that country:
Spanish DNI/NIE, Mexican CURP, Italian codice fiscale, Indian PAN and Aadhaar, Polish
PESEL, Brazilian CPF, Dutch BSN, Swedish personnummer, and IBANs written in lower case.
A number whose check is weak (any 9 or 11 digits pass one in ten times or so) counts
only after a word naming it or under a key naming it. Kept by hand: the shapes and the
context words, and the UK National Insurance number, which stdnum has no module for
(its format is the only check there is).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from types import ModuleType

from . import banks, id_bare, ids, labels, tax_ids
from .hints import holds_any
from .hit import Hit, overlaps
from .items import reference_code
from .mask import MASKERS, mask_generic, mask_iban
from .phone import digit_shape

__all__ = ["find_national_ids"]

_NINO = re.compile(
    r"(?<![\w])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r" ?\d{2} ?\d{2} ?\d{2} ?[A-D](?!\w)"
)
#: The same in any case, after a word naming it (speech-to-text writes "jg 10 37 21 d").
_NINO_ANY_CASE = re.compile(_NINO.pattern.replace("(?<![\\w])", "(?i)(?<![\\w])", 1))
#: (stdnum module, shape, context needed, longest digit run a match holds at least) per
#: identifier; shapes allow the usual separators, the validator gets the compact form. A
#: text whose longest run of digits is shorter than a shape's holds no match of it.
_SHAPES: tuple[tuple[str, re.Pattern[str], bool, int], ...] = (
    ("es.dni", re.compile(r"(?<![\w])\d{8}[- ]?[A-Za-z](?!\w)"), False, 8),
    ("es.nie", re.compile(r"(?<![\w])[XYZxyz][- ]?\d{7}[- ]?[A-Za-z](?!\w)"), False, 7),
    # Any case: speech-to-text writes "boxw310820hnerxn09"; the shape is strict enough.
    ("mx.curp", re.compile(r"(?i)(?<![\w])[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d(?!\w)"), False, 6),
    (
        "it.codicefiscale",
        re.compile(r"(?<![\w])[A-Za-z]{6}\d{2}[A-Za-z]\d{2}[A-Za-z]\d{3}[A-Za-z](?!\w)"),
        False,
        3,
    ),
    ("in_.pan", re.compile(r"(?<![\w])[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z](?!\w)"), False, 4),
    ("br.cpf", re.compile(r"(?<![\w.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\w]|\.\d)"), False, 3),
    ("se.personnummer", re.compile(r"(?<![\w-])(?:19|20)?\d{6}[-+]\d{4}(?![\w-])"), False, 6),
    ("in_.aadhaar", re.compile(r"(?<![\w])[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}(?![\w])"), True, 4),
    # Lower case (speech-to-text) and unformatted shapes: only after a word naming them.
    ("in_.pan", re.compile(r"(?<![\w])[a-z]{3}[pchfatbljg][a-z]\d{4}[a-z](?!\w)"), True, 4),
    ("br.cpf", re.compile(r"(?<![\w.])\d{3} \d{3} \d{3}[ -]?\d{2}(?![\w])"), True, 3),
    ("se.personnummer", re.compile(r"(?<![\w.])(?:19|20)?\d{10}(?![\w]|\.\d)"), True, 10),
    ("pl.pesel", re.compile(r"(?<![\w.])\d{11}(?![\w]|\.\d)"), True, 11),
    ("br.cpf", re.compile(r"(?<![\w.])\d{11}(?![\w]|\.\d)"), True, 11),
    ("nl.bsn", re.compile(r"(?<![\w.])\d{4}\.?\d{2}\.?\d{3}(?![\w]|\.\d)"), True, 4),
)
#: Words that name an identifier (or ask for one), in the languages of the corpora: whole
#: words, and phrases found as written.
_CONTEXT_WORDS = frozenset(
    [
        "aadhaar",
        "aadhar",
        "uidai",
        "pesel",
        "cpf",
        "bsn",
        "burgerservicenummer",
        "sofinummer",
        "personnummer",
        "personnr",
        "nino",
        "dni",
        "nie",
        "curp",
        "pan",
        "document",
        "documento",
        "documentnumber",
        "identity",
        "identidad",
        "identité",
        "ausweis",
    ]
)
#: The same words as a tuple, for :func:`.hints.holds_any`.
_CONTEXT_WORD_HINTS = tuple(sorted(_CONTEXT_WORDS))
_CONTEXT_PHRASES = ("national id", "national insurance", "ni number", "ni no", "codice fiscale",
                    "id number",
                    "id no", "tax id")  # fmt: skip
_WORD = re.compile(r"\w+")
#: Where an identifier may be: 8+ digits, letters around a digit run, grouped digits.
_CANDIDATE = re.compile(
    r"\d{8}|\d{4}\.\d{2}\.\d{3}|[XYZxyz]-\d{7}|\d{3}[ .-]\d{3}|[A-Za-z]\d{2,}[A-Za-z]"
    r"|\d{4} \d{4} \d{4}|\d{2} \d{2} \d{2}"
)


#: Where a _CANDIDATE match can be: every match is digits with single separators between,
#: and at most two characters before (``X-``) and one after (the pattern has no
#: look-around).
_DIGIT_STRETCH = re.compile(r"\d(?:[\d .-]*\d)?")
#: ``_DIGIT_STRETCH`` on a ``digit_shape`` (``0`` for a digit): the same spans, found faster.
_DIGIT_STRETCH_SHAPE = re.compile(rb"0(?:[0 .-]*0)?")


def _stretches(text: str) -> list[tuple[int, int]]:
    shape = digit_shape(text)
    if shape is None:
        return [m.span() for m in _DIGIT_STRETCH.finditer(text)]
    return [m.span() for m in _DIGIT_STRETCH_SHAPE.finditer(shape)]


#: ``_CANDIDATE`` without its two branches led by a letter, on a ``digit_shape``, its
#: first digit taken out of the branches (same order): the search runs from a literal.
_DIGIT_CANDIDATE_SHAPE = re.compile(rb"0(?:0{7}|000\.00\.000|00[ .-]000|000 0000 0000|0 00 00)")
#: What either branch led by a letter needs, on a shape read backwards: a digit, then a
#: letter (``A12B``) or a hyphen and one of ``XYZxyz`` (``X-1234567``).
_LETTER_LED_SHAPE_REVERSED = re.compile(rb"0(?:[A-Za-z]|-[XYZxyz])")


def _candidates(text: str) -> list[re.Match[str]] | list[re.Match[bytes]]:
    """_CANDIDATE's matches in ``text`` (on its digit shape: the same spans).

    On ASCII text where neither branch led by a letter can match, the others are
    searched on the text's digit shape in one pass; else around its stretches of digits.
    """
    shape = digit_shape(text)
    if shape is not None and _LETTER_LED_SHAPE_REVERSED.search(shape[::-1]) is None:
        return list(_DIGIT_CANDIDATE_SHAPE.finditer(shape))
    return _candidates_near_digits(text)


def _candidates_near_digits(text: str) -> list[re.Match[str]]:
    """_CANDIDATE's matches in ``text``, looked for only around its stretches of digits."""
    found: list[re.Match[str]] = []
    done = 0
    for s_start, s_end in _stretches(text):
        start = max(done, s_start - 2)
        end = min(len(text), s_end + 1)
        if start >= end:
            continue
        for m in _CANDIDATE.finditer(text, start, end):
            found.append(m)
            done = m.end()
    return found


#: The rest of a word: ``\S`` is exactly ``not str.isspace()``, so its match from a
#: position ends where a loop stepping to the next space would.
_WORD_REST = re.compile(r"\S*")


def _word_end(text: str, pos: int) -> int:
    m = _WORD_REST.match(text, pos)
    return pos if m is None else m.end()  # never None: \S* matches the empty string


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around identifier candidates, merged, cut between words.

    Each candidate's stretch runs from 40 characters before it, back to a word's start,
    to 40 after it, on to a word's end.
    """
    out: list[tuple[int, int]] = []
    size = len(text)
    first = -1  # the open window's start; -1 before the first candidate
    # The furthest "40 after" of the open window: it ends at the first space from there
    # (a word's end only grows with its position), looked for only when a candidate
    # starts past it. In dense text most candidates start inside: one comparison each.
    reach = -1
    for m in _candidates(text):
        s, e = m.span()
        lo = s - 40 if s > 40 else 0
        hi = e + 40 if e + 40 < size else size
        if lo <= reach:
            if hi > reach:
                reach = hi
            continue
        if first >= 0:
            last = _word_end(text, reach)
            if lo <= last:
                reach = hi
                continue
        start = lo
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        if first >= 0:
            if start <= last:
                reach = hi
                continue
            out.append((first, last))
        first, reach = start, hi
    if first >= 0:
        out.append((first, _word_end(text, reach)))
    return out


def _context(text: str) -> bool:
    lowered = text.lower()
    for phrase in _CONTEXT_PHRASES:
        at = lowered.find(phrase)
        while at >= 0:
            if not ids.business_before(lowered, at):
                return True
            at = lowered.find(phrase, at + 1)
    # A word can be one of the text's words only if the text holds it: the substring
    # checks rule most texts out before splitting them into words.
    if not holds_any(lowered, _CONTEXT_WORD_HINTS):
        return False
    return not _CONTEXT_WORDS.isdisjoint(_WORD.findall(lowered))


_IBAN_LOWER = re.compile(r"(?<![\w])[a-z]{2}\d{2}(?: ?[a-z0-9]){11,30}(?!\w)")


@lru_cache(maxsize=32)
def _validator(name: str) -> Callable[[str], bool]:
    module: ModuleType = __import__(f"stdnum.{name}", fromlist=["is_valid"])
    check: Callable[[str], bool] = module.is_valid
    return check


#: Words naming a person's identity document before a number, and words naming a card.
_ID_WORD = re.compile(r"(?i)\b(?:id|i\.d\.|identity|identiteit\w*|id nommer)\b")
_CARD_WORD = re.compile(r"(?i)\b(?:visa|master ?card|amex|credit|debit|kredit|bank ?card|card n)")


def _ids_read_as_cards(text: str, hits: list[Hit]) -> None:
    """Give back to a South African ID number the card kind a Luhn check gave it.

    Its 13 digits end in a Luhn digit, and those starting with 4 fit a Visa number's
    shape: after an identity word and no card word, stdnum's date and check tell it.
    """
    for i, h in enumerate(hits):
        if h.kind != "card":
            continue
        digits = "".join(ch for ch in text[h.start : h.end] if ch.isdigit())
        before = text[max(0, h.start - 40) : h.start]
        if len(digits) != 13 or not _ID_WORD.search(before) or _CARD_WORD.search(before):
            continue
        if _validator("za.idnr")(digits):
            hits[i] = Hit("national_id", h.start, h.end, mask_generic(text[h.start : h.end]))


#: Digits alone, in groups or not: what a card's number is and India's PAN never is.
_CARD_DIGITS = re.compile(r"\d[\d -]*")


def _keyed_ssn(key: str | None, text: str) -> Hit | None:
    """A US taxpayer's id under a tax-id key: their SSN (see :mod:`.tax_ids`)."""
    if not tax_ids.ssn_under_tax_key(key, text):
        return None
    stripped = text.strip()
    start = text.index(stripped[0])
    return Hit("ssn", start, start + len(stripped), MASKERS["ssn"](stripped))


def find_national_ids(
    text: str,
    flags: frozenset[str],
    hits: list[Hit],
    claimed: list[tuple[int, int]],
    *,
    key: str | None = None,
) -> None:
    """Add national identifiers, bank accounts and lower-case IBANs.

    ``flags``: what the attribute key says (:func:`~.attribute_keys.key_flags`); ``national_id``
    when it names an identifier (``cliente.dni``), ``bank`` a bank account, ``ref`` a
    product or order reference (an identifier-shaped value there is a reference).
    """
    if any(h.kind == "card" for h in hits):
        _ids_read_as_cards(text, hits)
    if "bank" in flags:
        account = banks.keyed_account(text)
        if account is not None and not overlaps(account.start, account.end, claimed):
            hits.append(account)
            return
    key_context = "national_id" in flags
    if key_context and "card" in flags and _CARD_DIGITS.fullmatch(text.strip()):
        key_context = False  # ``pan`` with digits alone: a card's number, not India's PAN
    if key_context:
        whole = _keyed_ssn(key, text) or ids.keyed_id(key, text)
        if whole is not None and not overlaps(whole.start, whole.end, claimed):
            hits.append(whole)
            claimed.append((whole.start, whole.end))  # no phone inside it
            return
    elif "ref" in flags and (not any(ch.isspace() for ch in text.strip()) or reference_code(text)):
        return  # "WC810266B" under order.reference: a reference shaped like an identifier
    banks.find_bank_accounts(text, hits, claimed)
    id_bare.find_bare_ids(text, hits, claimed)  # "ID 04078172326 verified"
    ids.find_named_ids(text, hits, claimed)
    if len(text) > 256:
        # A long text: look only around the candidates (most of it is words).
        windows = _windows(text)
        # The context words are looked for in the whole text, once, and only when needed.
        context_known = bool(windows) and (key_context or _context(text))
        for start, end in windows:
            found: list[Hit] = []
            piece = text[start:end]
            near = [(s - start, e - start) for s, e in claimed if s < end and start < e]
            # No context word in the whole text: none in a piece of it either.
            _find_here(piece, context_known, found, near, known=True)
            for h in found:
                hits.append(Hit(h.kind, h.start + start, h.end + start, h.masked))
                claimed.append((h.start + start, h.end + start))
        return
    _find_here(text, key_context, hits, claimed)


_DIGITS = re.compile(r"\d+")
_ZERO = ord("0")
_ZEROS = re.compile(rb"0+")  # the runs of a digit shape (the stretch tests read them)
#: The digit runs the shapes need, shortest first (see _longest_needed).
_RUNS_NEEDED = sorted({run for _, _, _, run in _SHAPES})
#: Shapes (and the NINO and lower-case IBAN) whose every match has a letter, then at most
#: a space or hyphen, then a digit: a text without that holds none of them (a fast gate;
#: ignoring case, as the NINO does, so that the letters it folds are covered too).
_LETTER_THEN_DIGIT = frozenset(("es.nie", "mx.curp", "it.codicefiscale", "in_.pan"))
_LETTER_DIGIT = re.compile(r"(?i)[a-z][ -]?\d")
#: ``_LETTER_DIGIT`` on an ASCII text's digit shape read backwards: a digit, then a
#: letter. Its literal first character is looked for in C, many times faster.
_DIGIT_LETTER_REVERSED = re.compile(rb"0[ -]?[A-Za-z]")
#: On ASCII text, what a shape's match leaves on the text's ``digit_shape`` (``0`` for
#: each digit; the letters and signs as they are): a shape without this has no match.
#: One search in C, most of them from a literal, rules out a pattern that would be tried
#: at every position of the text. Keep each one in step with its shape.
_SHAPE_GATES: dict[re.Pattern[str], re.Pattern[bytes]] = {
    shape: re.compile(gate)
    for (_, shape, _, _), gate in zip(
        _SHAPES,
        (
            rb"00000000[- ]?[A-Za-z]",  # es.dni
            rb"[XYZxyz][- ]?0000000[- ]?[A-Za-z]",  # es.nie
            rb"(?i)[A-Z]{4}000000[HM][A-Z]{5}[A-Z0]0",  # mx.curp
            rb"[A-Za-z]{6}00[A-Za-z]00[A-Za-z]000[A-Za-z]",  # it.codicefiscale
            rb"[A-Z]{3}[PCHFATBLJG][A-Z]0000[A-Z]",  # in_.pan
            rb"000\.000\.000-00",  # br.cpf
            rb"000000[-+]0000",  # se.personnummer
            rb"0000[ -]?0000[ -]?0000",  # in_.aadhaar
            rb"[a-z]{3}[pchfatbljg][a-z]0000[a-z]",  # in_.pan, lower case
            rb"000 000 000[ -]?00",  # br.cpf, spaced
            rb"0000000000",  # se.personnummer, unformatted
            rb"00000000000",  # pl.pesel
            rb"00000000000",  # br.cpf, unformatted
            rb"0000\.?00\.?000",  # nl.bsn
        ),
        strict=True,
    )
}


def _longest_needed(text: str, zeros: bytes | None) -> int:
    """The longest digit run in ``text``, or the longest of :data:`_RUNS_NEEDED` it holds.

    Either tells each shape alike whether the text has the run it needs; on a digit shape
    a few substring tests find the second without listing the runs.
    """
    if zeros is None:
        return max(map(len, _DIGITS.findall(text)), default=0)
    lo, hi = 0, len(_RUNS_NEEDED)  # runs are nested: a run of n holds one of n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if b"0" * _RUNS_NEEDED[mid] in zeros:
            lo = mid + 1
        else:
            hi = mid
    return _RUNS_NEEDED[lo - 1] if lo else 0


def _has_letter_digit(text: str, zeros: bytes | None) -> bool:
    """``_LETTER_DIGIT.search(text)``: a letter, at most a space or hyphen, a digit."""
    if zeros is None:
        return _LETTER_DIGIT.search(text) is not None
    # On ASCII, ignoring case, [a-z] is [A-Za-z]: the letters ſ and K it adds are not ASCII.
    return _DIGIT_LETTER_REVERSED.search(zeros[::-1]) is not None


def _find_here(
    text: str,
    key_context: bool,
    hits: list[Hit],
    claimed: list[tuple[int, int]],
    *,
    known: bool = False,
) -> None:
    """``known``: ``key_context`` already says whether the text has a context word."""
    context: bool | None = key_context or (False if known else None)
    zeros = digit_shape(text)  # its runs of 0 are the text's runs of digits
    longest = _longest_needed(text, zeros)
    letter_digit: bool | None = None
    for name, shape, needs_context, digit_run in _SHAPES:
        if longest < digit_run or (needs_context and context is False):
            continue  # no match possible, or none that could count
        if name in _LETTER_THEN_DIGIT:
            if letter_digit is None:
                letter_digit = _has_letter_digit(text, zeros)
            if not letter_digit:
                continue
        if zeros is not None and _SHAPE_GATES[shape].search(zeros) is None:
            continue
        for m in shape.finditer(text):
            start, end = m.span()
            if overlaps(start, end, claimed):
                continue
            if needs_context:
                if context is None:
                    context = _context(text)
                if not context:
                    break
            compact = re.sub(r"[\s.\-+]", "", m.group()).upper()
            if _validator(name)(compact):
                hits.append(Hit("national_id", start, end, mask_generic(m.group())))
                claimed.append((start, end))
    nino = _NINO
    # On ASCII text str.isdigit is 0-9, each a 0 of the digit shape.
    digit = any(ch.isdigit() for ch in text) if zeros is None else _ZERO in zeros
    if digit and (context if context is not None else _context(text)):
        nino = _NINO_ANY_CASE
    if letter_digit is None:
        letter_digit = _has_letter_digit(text, zeros)
    for m in nino.finditer(text) if letter_digit else ():
        if not overlaps(*m.span(), claimed) and not labels.code_before(text, m.start()):
            hits.append(Hit("national_id", m.start(), m.end(), mask_generic(m.group())))
            claimed.append(m.span())
    for m in _IBAN_LOWER.finditer(text) if letter_digit else ():
        if not overlaps(*m.span(), claimed) and _validator("iban")(m.group().upper()):
            hits.append(Hit("iban", m.start(), m.end(), mask_iban(m.group())))
            claimed.append(m.span())
