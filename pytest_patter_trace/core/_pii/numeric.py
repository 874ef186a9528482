"""Numbers: cards, SSNs, phone numbers (also read out in words); IBANs are in banks, IPs in ips.

Each candidate is checked by its structure (checksum, issuer lengths, grouping,
numbering plan) or by the words before it; a span claimed by one kind is not taken by
the next.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from stdnum import luhn

from . import ids, labels, letterhead
from . import number_gates as gates
from . import numwords as nw
from . import patterns as pat
from .banks import find_ibans as find_ibans
from .hints import holds_any, whole_words, words_of
from .hit import Hit, benign, overlaps
from .mask import MASKERS, mask_phone
from .phone import PhoneFinder, ascii_digits, benign_hint, digit_shape, shape_has, wide_candidates


def _luhn(digits: str) -> bool:
    return luhn.checksum(digits) == 0


def _card_lengths(d: str) -> tuple[frozenset[int], frozenset[int]] | None:
    """(lengths a brand issues, lengths it issues unseparated in practice) or ``None``."""
    p2, p3, p4, p6 = int(d[:2]), int(d[:3]), int(d[:4]), int(d[:6])
    if d[0] == "4":
        return frozenset({13, 16, 19}), frozenset({13, 16})
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720 or 2200 <= p4 <= 2204:
        return frozenset({16}), frozenset({16})
    if p2 in (34, 37):
        return frozenset({15}), frozenset({15})
    if p4 in (5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763):
        return frozenset(range(13, 20)), frozenset({16, 19})
    if p4 == 6011 or 644 <= p3 <= 649 or p2 == 65 or 622126 <= p6 <= 622925 or p2 == 62:
        return frozenset(range(16, 20)), frozenset({16})
    if 3528 <= p4 <= 3589:
        return frozenset(range(16, 20)), frozenset({16})
    if 300 <= p3 <= 305 or p2 in (36, 38, 39) or p4 == 3095:
        return frozenset(range(14, 20)), frozenset({14, 16})
    return None


def _card_grouping_ok(raw: str) -> bool:
    sizes = [len(g) for g in re.split(r"[ -]", raw)]
    if sizes in ([4, 6, 5], [4, 6, 4], [4, 4, 5]):
        return True
    if all(size == 1 for size in sizes):
        return True  # read out digit by digit, written as figures ("4 1 1 1 ...")
    return sizes[0] == 4 and all(s == 4 for s in sizes[1:-1]) and 1 <= sizes[-1] <= 4


def _ssn_ok(area: str, group: str, serial: str) -> bool:
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def card_digits(digits: str) -> bool:
    """Whether ``digits`` are a card number: an issuer's prefix and length, and Luhn."""
    lengths = _card_lengths(digits) if len(digits) >= 13 and digits.isdigit() else None
    return lengths is not None and len(digits) in lengths[0] and _luhn(digits)


def ssn_digits(digits: str) -> bool:
    """Whether nine ``digits`` may be a US Social Security number (area, group, serial)."""
    return len(digits) == 9 and digits.isdigit() and _ssn_ok(digits[:3], digits[3:5], digits[5:])


def _numeric(token: str) -> bool:
    """A lower-cased token a run of numbers read out may hold: a number word, 1-4 digits."""
    return nw.is_number(token) or (token.isdigit() and len(token) <= 4)


def _three_in_a_row(text: str) -> bool:
    numeric = [_numeric(m.group().lower()) for m in nw.TOKEN.finditer(text)]
    return any(a and b and c for a, b, c in zip(numeric, numeric[1:], numeric[2:], strict=False))


def _number_runs(text: str) -> list[tuple[int, int]]:
    """Spans of 3+ words in a row that are digit words or short figures."""
    if text.isascii():
        # Lower-casing ASCII keeps every offset and every word: one pass decides.
        return _ascii_runs(_SPLIT_TOKENS.split(text.lower()))
    # Elsewhere lower-casing may split words differently: the lower-cased words decide
    # whether there is a run at all, the words as written where it is.
    if not _three_in_a_row(text):
        return []
    return _runs(text, lower=True)


#: The ``\w+`` tokens of lower-cased ASCII text _runs counts: digit words, 1-4 ASCII digits.
_FIGURES = (f"{i:0{n}d}" for n in range(1, 5) for i in range(10**n))
_ASCII_NUMERIC = frozenset((*(w for w in nw.NUMBER_WORDS if w.isascii()), *nw.JOINERS, *_FIGURES))
#: The number words a run is counted by (joiners glue, they read out no digit).
_ASCII_WORDS = frozenset(w for w in nw.NUMBER_WORDS if w.isascii())
#: Non-word and ``\w+`` parts in turn (``re.ASCII``: the same on ASCII text, twice as fast).
_SPLIT_TOKENS = re.compile(r"(\w+)", re.ASCII)
_RUN_OF_THREE = re.compile(rb"\x01{3,}")
#: Any of ``_ASCII_WORDS`` as a whole token: a text without one has no run to read.
_ANY_ASCII_WORD = whole_words(tuple(sorted(_ASCII_WORDS)))


def _ascii_runs(parts: list[str]) -> list[tuple[int, int]]:
    """``_runs`` of lower-cased ASCII text split by ``_SPLIT_TOKENS``, without a word loop.

    A byte per token (numeric or not); runs found in the bytes, offsets from the lengths.
    """
    numeric = bytes(map(_ASCII_NUMERIC.__contains__, parts[1::2]))
    if b"\x01\x01\x01" not in numeric:
        return []
    ends = [0, *accumulate(map(len, parts))]  # token k is parts[2k + 1]
    return [(ends[2 * m.start() + 1], ends[2 * m.end()]) for m in _RUN_OF_THREE.finditer(numeric)]


#: ASCII words as the long-text shortcut (``_ascii_runs``) splits them.
_TOKENS = re.compile(r"\w+")


def _runs(text: str, *, lower: bool = False) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    start = end = -1
    count = 0
    # Other scripts by the number words' own tokens (ideographs, Devanagari marks).
    for m in (_TOKENS if text.isascii() else nw.TOKEN).finditer(text):
        token = m.group().lower() if lower else m.group()
        if _numeric(token):
            if count == 0:
                start = m.start()
            end = m.end()
            count += 1
            continue
        if count >= 3:
            runs.append((start, end))
        count = 0
    if count >= 3:
        runs.append((start, end))
    return runs


#: Number words of scripts written without spaces, three in a row (``四一一``, Thai words).
_GLUED_HINT = re.compile(
    "[〇零一壱幺二弐三四五六七八九]{3}|(?:"
    + "|".join(sorted(w for w in nw.DIGITS if "\u0e00" <= w[0] <= "\u0e7f"))
    + "){3}"
)


def may_be_read_out(text: str) -> bool:
    """Whether ``text`` may hold a number read out: words between spaces, or glued ones."""
    return text.count(" ") >= 4 or (not text.isascii() and _GLUED_HINT.search(text) is not None)


def spoken_numbers(text: str) -> list[tuple[int, int]]:
    """Spans of numbers read out partly in words ("four one five, 555, oh one two three").

    Runs of digit words (several languages, "oh" for 0, "double"/"triple") and short digit
    groups, separated by spaces, commas or hyphens only, holding 7 to 15 digits of which
    at least three are words: the length of a phone number, told by a caller.
    """
    if len(text) <= 200:
        return _spoken_in(text)
    if text.isascii():
        lowered = text.lower()
        # No number word among the text's distinct words (asked by the other finders
        # already, so kept for the scan): none among its tokens, no run to count.
        if _ANY_ASCII_WORD.search(words_of(lowered)) is None:
            return []
        parts = _SPLIT_TOKENS.split(lowered)
        # Each run's words are the text's words (ASCII lower-cases word for word): a text
        # with fewer than three digit words has no run with three (see _spoken_in).
        if sum(map(_ASCII_WORDS.__contains__, parts[1::2])) < 3:
            return []
        runs = _ascii_runs(parts)
    else:
        runs = _number_runs(text)
    # Long text: only the runs of number words and figures can hold a number read out;
    # each run is read on its own (once: a run may itself be longer than 200 characters).
    found: list[tuple[int, int]] = []
    for start, end in runs:
        found.extend((start + s, start + e) for s, e in _spoken_in(text[start:end]))
    return found


#: Words after which "hai" is the Hindi and Urdu copula ("number hai ..."), not a digit.
_HAI_AFTER = frozenset(("number", "nambar", "namber", "no", "mobile", "phone", "fon", "contact"))
#: What may stand between two numbers of one run read out (``四二、一〇``).
_RUN_GAP = frozenset(" ,.-\u3001\uff0c\u30fc\uff0d\u00b7")


def _spoken_in(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    if text.isascii() and sum(map(_ASCII_WORDS.__contains__, _TOKENS.findall(text.lower()))) < 3:
        return found  # the usual case, decided on plain words (a number word is one)
    toks = nw.tokens(text)
    lowered = [m.group().lower() for m in toks]
    if sum(1 for t in lowered if nw.is_number(t) and t not in nw.JOINERS) < 3:
        return found  # fewer than three number words: no number read out
    run: list[int] = []

    def close() -> None:
        while run and (lowered[run[-1]] in nw.JOINERS or lowered[run[-1]] in nw.REPEAT):
            run.pop()  # "... seven and", "... double": nothing read out after them
        if run and lowered[run[0]] == "hai" and run[0] and lowered[run[0] - 1] in _HAI_AFTER:
            del run[0]  # Hindi "mera number hai nau aath ...": "is", not Vietnamese "two"
        if not run:
            return
        start, end = toks[run[0]].start(), toks[run[-1]].end()
        words = sum(1 for i in run if not lowered[i].isdigit() and lowered[i] not in nw.JOINERS)
        digits = nw.read(text[start:end])
        # Read in pairs, a number is also a year or a time ("twenty twenty six, twelve
        # thirty"): it needs the digits of a phone number with its area code.
        least = 10 if any(lowered[i] in nw.GROUP_WORDS for i in run) else 7
        # Up to 19: a card number read out digit by digit is as personal as a phone.
        if least <= len(digits) <= 19 and words >= 3 and not nw.counting(digits):
            found.append((start, end))

    last_end = -1
    for i, m in enumerate(toks):
        token = lowered[i]
        gap = text[last_end : m.start()] if last_end >= 0 else ""
        joined = last_end >= 0 and len(gap) <= 3 and all(ch in _RUN_GAP for ch in gap)
        last_end = m.end()
        if not _numeric(token):
            close()
            run = []
            continue
        if run and not joined:
            close()
            run = []
        if run or token not in nw.JOINERS:  # a joiner starts no run
            run.append(i)
    close()
    return found


_ONE_NUMBER = re.compile(r"\d(?:[ -]?\d)*")
#: Separators callers and forms put between card digit groups besides space and hyphen:
#: underscore, slash, the dashes of word processors, no-break and ideographic spaces.
_ODD_SEPARATORS = "_/\u2010\u2011\u2012\u2013\u2014\u2212\u00a0\u3000"
#: Where the plain search may miss a card: an odd separator, a spaced dash, or a
#: character outside ASCII (other digits, or words of a script without spaces around it).
_ODD_HINT = re.compile(rf"\d[{_ODD_SEPARATORS}]\d|\d [-\u2013] \d|[^\x00-\x7f]")
#: A card with any of those separators (or a dash with a space each side), in any
#: script's digits, between words of any script (``カード番号は...です``): only ASCII
#: letters and digits bound it.
_ODD_CARD = re.compile(
    rf"(?<![0-9A-Za-z.+/_-])\d(?:(?: ?[-\u2013] ?|[ {_ODD_SEPARATORS}])?\d){{12,18}}"
    r"(?![0-9A-Za-z_]|[.-]\d)"
)
#: ``_ODD_HINT`` on a ``digit_shape`` (ASCII odd separators: ``_`` ``/``); ``CARD_HINT``'s
#: is number_gates.card_hint. _SHAPE_HINTS: the SSN hints and ``CARD_DOTTED``'s digits
#: and dots are fixed strings.
_ODD_HINT_SHAPE = re.compile(rb"0[_/]0|0 - 0")
_SPACES = re.compile(r" +")
_TO_PLAIN = str.maketrans(dict.fromkeys(_ODD_SEPARATORS, " ") | {"\u2013": "-"})


#: Two groups of four digits joined by a separator no other number search looks for.
_ODD_GROUPS = re.compile(r"\d{4}[_/\u2010\u2011\u2012\u2014\u2212\u3000]\d{4}")
#: A card's groups joined by one separator, the same between every group: a sign with a
#: space each side or none (``4111~1111~...``, ``5555 · 5555 · ...``, ``3782.822463.10005``)
#: or a space of any width. Four groups of 4 (the last 1-4), or 4-6-5 / 4-6-4 (Amex, Diners).
_SEP_CARD = re.compile(
    r"(?<![0-9A-Za-z])\d{4}( ?[^\w\s] ?|[^\S\n\t])"
    r"(?:\d{4}\1\d{4}\1\d{1,4}|\d{6}\1\d{4,5})(?![0-9A-Za-z]|[^\w\s]\d)"
)
#: ``_SEP_CARD``'s first two groups on a ``digit_shape``.
_SEP_CARD_SHAPE = re.compile(rb"0000 ?[^\w\s] ?0000")
#: The same on other text: a sign, or a space no ASCII search sees (no-break, thin, wide).
_SEP_CARD_HINT = re.compile(r"\d{4}(?: ?[^\w\s] ?|[^\S\n\t ])\d{4}")


def odd_card_hint(text: str) -> bool:
    """Whether ``text`` may hold a card only the odd-separator search finds (``4111_1111``)."""
    if _ODD_GROUPS.search(text) is not None:
        return True
    return shape_has(digit_shape(text), text, _SEP_CARD_SHAPE, _SEP_CARD_HINT)


def _find_separated_cards(
    text: str, flags: frozenset[str], hits: list[Hit], claimed: list[tuple[int, int]]
) -> None:
    """Cards whose groups one repeated separator joins, any sign or space (Luhn-checked)."""
    for m in _SEP_CARD.finditer(text):
        start, end = m.span()
        if overlaps(start, end, claimed):
            continue
        separator = m.group(1)
        if separator.strip() in (":", ".") and benign(text, start, end):
            continue  # a time or a dotted version, not a card
        if _reference(text, start):
            continue  # "order id 6011~...", "tracking ...": a reference shaped like a card
        groups = [ascii_digits(group) for group in m.group().split(separator)]
        digits = "".join(groups)
        lengths = _card_lengths(digits) if digits.isdigit() else None
        if lengths is None or not _luhn(digits) or len(digits) not in lengths[0]:
            continue
        if not _card_grouping_ok(" ".join(groups)):
            continue
        hits.append(Hit("card", start, end, MASKERS["card"](" ".join(groups))))
        claimed.append((start, end))


def _find_odd_cards(
    text: str, flags: frozenset[str], hits: list[Hit], claimed: list[tuple[int, int]]
) -> None:
    for m in _ODD_CARD.finditer(text):
        start, end = m.span()
        if overlaps(start, end, claimed) or benign(text, start, end):
            continue
        raw = _SPACES.sub(" ", ascii_digits(m.group()).translate(_TO_PLAIN).replace(" - ", "-"))
        digits = raw.replace(" ", "").replace("-", "")
        separated = len(digits) != len(raw)
        if separated and not _card_grouping_ok(raw):
            continue
        lengths = _card_lengths(digits)
        if lengths is None or not _luhn(digits):
            continue
        # As the plain search: unseparated, only the lengths an issuer prints unseparated.
        if len(digits) in (lengths[0] if separated or "card" in flags else lengths[1]):
            hits.append(Hit("card", start, end, MASKERS["card"](raw)))
            claimed.append((start, end))


def spoken_kind(spoken: str, before: str = "") -> str | None:
    """``national_id``, ``ssn``, ``bank_account``, ``card``, ``phone`` or None: what it is.

    An identifier: a word in ``before`` (the words just before it) names one whose check
    its digits pass, or names one of a single country (its check letter is often not read
    out). An account: an account's or a bank code's name right before it. None: a
    reference's name (an order, a booking) right before it. A card: 16 digits or more, or
    14-15 of an issuer's length whose Luhn check holds.
    """
    digits = nw.read(spoken)
    if before and digits.isdigit() and ids.named_number(before, digits):
        return "national_id"
    ssn = before and len(digits) == 9 and _ssn_ok(digits[:3], digits[3:5], digits[5:])
    if ssn and pat.SSN_CONTEXT.search(before):
        return "ssn"  # "my social is two eight seven ...": an SSN, not a phone
    if before and (
        _REFERENCE_BEFORE.search(before) or labels.other_reference(before, 0, len(before))
    ):
        return None  # "your order number is four seven two...": the business's number
    if before and labels.ACCOUNT_BEFORE.search(before):
        return "bank_account"
    if before and ids.names_id(before):
        return "national_id"  # "henkilötunnus" and the digits, the check letter left out
    if len(digits) >= 16:
        return "card"
    # 14 and 15 digits (Diners, Amex) only: a 13-digit Visa is rare, and a phone number
    # with its country code read out is often 13 digits long.
    lengths = _card_lengths(digits) if len(digits) >= 14 and digits.isdigit() else None
    if lengths and len(digits) in lengths[1] and _luhn(digits):
        return "card"
    return None if before and labels.DOCUMENT_BEFORE.search(before) else "phone"


def find_cards(
    text: str, flags: frozenset[str], hits: list[Hit], claimed: list[tuple[int, int]]
) -> None:
    """Add card numbers: an issuer's lengths and grouping, and the Luhn check."""
    if "idkey" in flags and "card" not in flags:
        return  # a Luhn-valid number under an id key (``trace.parent_id``) is an id
    if "ref" in flags and "card" not in flags and _ONE_NUMBER.fullmatch(text.strip()):
        return  # an invoice or tracking number is Luhn-valid as often as a card is
    shape = digit_shape(text)
    if shape_has(shape, text, _ODD_HINT_SHAPE, _ODD_HINT):
        _find_odd_cards(text, flags, hits, claimed)
    if shape_has(shape, text, _SEP_CARD_SHAPE, _SEP_CARD_HINT):
        _find_separated_cards(text, flags, hits, claimed)
    if "." in text and shape_has(shape, text, b"0000.0000.0000.0", pat.CARD_DOTTED):
        for m in pat.CARD_DOTTED.finditer(text):
            digits = m.group().replace(".", "")
            if not overlaps(*m.span(), claimed) and _card_lengths(digits) and _luhn(digits):
                hits.append(Hit("card", m.start(), m.end(), MASKERS["card"](m.group())))
                claimed.append(m.span())
    if not gates.card_hint(shape, text):
        return
    for m in pat.CARD_CANDIDATE.finditer(text):
        start, end = m.span()
        if overlaps(start, end, claimed) or benign(text, start, end):
            continue
        raw = m.group()
        digits = raw.replace(" ", "").replace("-", "")
        separated = len(digits) != len(raw)
        if separated and not _card_grouping_ok(raw):
            continue
        lengths = _card_lengths(digits)
        if "card" in flags and _luhn(digits):
            # Under a card key an issuer we do not list, or a length we do not list for
            # its issuer, is still a card.
            lengths = (frozenset(range(13, 20)), frozenset(range(13, 20)))
        if lengths is None or not _luhn(digits):
            continue
        allowed = lengths[0] if separated or "card" in flags else lengths[1]
        if len(digits) in allowed:
            hits.append(Hit("card", start, end, MASKERS["card"](raw)))
            claimed.append((start, end))


def _ssn_words_near(text: str, start: int, end: int) -> bool:
    """Whether words naming an SSN lead to the number or follow it ("..., my SSN")."""
    if pat.SSN_CONTEXT.search(text[max(0, start - 40) : start]):
        return True
    return pat.SSN_AFTER.match(text, end, end + 64) is not None  # an aside may come first


def find_ssns(
    text: str, flags: frozenset[str], hits: list[Hit], claimed: list[tuple[int, int]]
) -> None:
    """Add US social security numbers: dashed anywhere, spaced or bare after an SSN word."""
    keyed = "ssn" in flags
    if "ref" in flags and not keyed:
        return  # an SSN-shaped SKU or part number under a product or order key
    shape = digit_shape(text)  # the hints on the digit shape (see _SHAPE_HINTS)
    dashed = shape_has(shape, text, b"000-00-0", pat.SSN_DASHED_HINT)
    found = list(pat.SSN_DASHED.finditer(text)) if dashed else []
    if " " in text and shape_has(shape, text, b"000 00 0", pat.SSN_SPACED_HINT):
        found += [
            m
            for m in pat.SSN_SPACED.finditer(text)
            if keyed or _ssn_words_near(text, m.start(), m.end())
        ]
    for m in found:
        if overlaps(m.start(), m.end(), claimed) or not _ssn_ok(*m.groups()):
            continue
        if benign(text, m.start(), m.end()):
            continue
        if not keyed and pat.REF_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            claimed.append(m.span())  # "SKU 123-45-6789": a reference, not an SSN or a phone
            continue
        hits.append(Hit("ssn", m.start(), m.end(), MASKERS["ssn"](m.group())))
        claimed.append(m.span())
    if shape_has(shape, text, b"000000000", pat.SSN_BARE_HINT):
        for m in pat.SSN_BARE.finditer(text):
            if overlaps(m.start(), m.end(), claimed) or not _ssn_ok(*m.groups()):
                continue
            if _ssn_words_near(text, m.start(), m.end()):
                hits.append(Hit("ssn", m.start(), m.end(), MASKERS["ssn"](m.group())))
                claimed.append(m.span())
    if keyed:
        stripped = text.strip()
        bare = len(stripped) == 9 and stripped.isdigit()
        if bare and _ssn_ok(stripped[:3], stripped[3:5], stripped[5:]):
            start = text.index(stripped)
            hits.append(Hit("ssn", start, start + 9, MASKERS["ssn"](stripped)))


# -- phone numbers ------------------------------------------------------------------

#: A word every match of ``ORG_LINE_BEFORE`` holds (lower case): a fast gate in front of it.
_ORG_WORDS = ("our", "hotline", "helpline", "support", "toll", "freephone", "main",
              "switchboard", "customer", "call", "text", "reach", "contact", "outbound",
              "caller", "purchased", "provisioned", "from", "front", "reception", "clinic",
              "office", "store", "shop", "practice", "restaurant", "hotel", "salon", "pharmacy",
              "business", "company")  # fmt: skip
_ORG_WORD = re.compile("|".join(_ORG_WORDS))


def _may_hold_org_line(text: str) -> bool:
    """Whether ``_org_line_before`` can be true for a window of ``text`` (once per text).

    On ASCII text it is false without an ``_ORG_WORDS`` word, and a window's words are
    the text's (lower case keeps every offset of ASCII).
    """
    return not text.isascii() or holds_any(text.lower(), _ORG_WORDS)


def _org_line_before(before: str) -> bool:
    """``ORG_LINE_BEFORE.search(before)``, ruled out first by its words where that is safe.

    Only for ASCII: ignoring case, the pattern's letters match a few other characters
    (``ſ``, ``İ``) that ``lower()`` does not turn into them.
    """
    if before.isascii() and _ORG_WORD.search(before.lower()) is None:
        return False
    return pat.ORG_LINE_BEFORE.search(before) is not None


#: A WebRTC ICE candidate line: its foundation, priority and port are no phone number.
_ICE_CANDIDATE = re.compile(r"(?i)candidate:\S+ \d+ (?:udp|tcp) \d+ \S+ \d+ typ \w+(?: \S+ \S+)*")
#: A calendar date with dashes, dots or slashes (``05-18-1961``, ``1961.05.18``).
_DATE_SHAPE = re.compile(
    r"(?:\d{1,2}([-./])\d{1,2}\1(?:19|20)\d{2}|(?:19|20)\d{2}([-./])\d{1,2}\2\d{1,2})"
)


#: More digits read one by one than a phone number has (16 or more): a card read out.
_DIGIT_BY_DIGIT = re.compile(r"(?<![\d.-])\d(?:[ ,]{1,2}\d){15,}(?!\d)")


def _date(raw: str) -> bool:
    m = _DATE_SHAPE.fullmatch(raw)
    if m is None:
        return False
    parts = [int(p) for p in re.split(r"[-./]", raw)]
    a, b = (parts[1], parts[2]) if parts[0] > 31 else (parts[0], parts[1])
    # Day and month in either order (US and European dates look alike).
    return 1 <= min(a, b) <= 12 and 1 <= max(a, b) <= 31


#: Four groups of four digits or more: 16 digits or more, longer than any phone number.
_CARD_GROUPS = re.compile(r"(?<!\d)\d{4}([ .-])\d{4}\1\d{4}\1\d{4}")


def _not_a_phone(text: str, start: int, end: int) -> bool:
    """``benign``, a date, a ZIP+4 after a state's code, or a card's grouping."""
    return benign(text, start, end) or _not_a_phone_here(text, start, end)


def _not_a_phone_here(text: str, start: int, end: int) -> bool:
    """``_not_a_phone`` in a text where ``benign`` is false everywhere (``may_hold_benign``)."""
    if _date(text[start:end].strip("() ")) or labels.postcode_at(text, start, end):
        return True
    return end - start >= 19 and _CARD_GROUPS.search(text, start, end) is not None


def _phone_skips(probe: str, candidates: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Spans no phone number lies in: ICE candidate lines, digits read one by one."""
    spans: list[tuple[int, int]] = []
    if "candidate:" in probe:
        spans += [m.span() for m in _ICE_CANDIDATE.finditer(probe)]
    if (
        " " in probe
        and gates.single_digits_hint(probe)
        and any(gates.SINGLE_DIGITS.search(m.group()) for m in candidates)
    ):
        spans += [m.span() for m in _DIGIT_BY_DIGIT.finditer(probe)]
    return spans


#: A reference's name right before a number: the number is that reference, not a phone
#: number ("ISBN 978-3-16-148410-0", "policy number is 0123 456 789"). Kept by hand, like
#: every context word here: libphonenumber tells what fits a plan, not what a number is.
_REFERENCE_BEFORE = re.compile(
    r"(?i)\b(?:isbn(?:-1[03])?|issn|ean|upc|gtin|order|invoice|ticket|tracking|confirmation"
    r"|reference|ref|policy|booking|reservation|case|claim|serial|sku|part|receipt"
    r"|transaction|contract|loyalty|voucher|coupon)"
    r"(?:\s+(?:number|no\.?|num|code|id|#))?(?:\s+(?:is|was))?[\s:#=.-]{0,3}"
    # Groups the window left out ("ISBN 978-3-16-..."), or a code's first ones ("1Z 842 BX7").
    r"(?:(?=[A-Za-z-]*\d)[0-9A-Za-z]{1,6}(?:-[0-9A-Za-z]{1,6})?[ .-]){0,3}$"
)


def _reference(probe: str, start: int) -> bool:
    """A reference's name before a number without a country code (``+`` is a phone's)."""
    if probe.startswith(("+", "00"), start):
        return False
    lo = max(0, start - 40)
    return _REFERENCE_BEFORE.search(probe, lo, start) is not None or labels.other_reference(
        probe, lo, start
    )


def find_phones(
    finder: PhoneFinder,
    text: str,
    flags: frozenset[str],
    hits: list[Hit],
    claimed: list[tuple[int, int]],
) -> None:
    """Add phone numbers: by numbering plan (``finder``), or by the words around them."""
    if "orgphone" in flags:
        return
    # Other scripts' digits and dashes read as ASCII ones, at the same offsets: ``probe``
    # is searched, ``text`` is what the masks show.
    probe = ascii_digits(text)
    # One pass of the candidate pattern (around the digits only, on ASCII) serves both the
    # numbering-plan and the word checks.
    ascii_probe = probe.isascii()
    candidates = gates.phone_candidates(probe) if ascii_probe else wide_candidates(probe)
    if not candidates:
        return
    keyed = "phone" in flags
    skips = _phone_skips(probe, candidates)
    skip = claimed + skips if skips else claimed
    # Once per text, not per number: no date or id near any, no organisation's line.
    not_a_phone = _not_a_phone if benign_hint(probe) else _not_a_phone_here
    org_words = _may_hold_org_line(probe)
    headed = letterhead.may_hold(probe)  # "Customer service ...", "Tel. 0800 ..."
    found = finder.find(probe, keyed=keyed, skip=skip, benign=not_a_phone, candidates=candidates)
    # With many numbers, a card's or a document's name is looked for once in the whole
    # text (the cost of about ten looks before a number): none there, none before any.
    documents = not keyed and (len(found) <= 10 or labels.may_hold_document(probe))
    for start, end, cc in found:
        if (
            (org_words and _org_line_before(probe[max(0, start - 40) : start]))
            or (headed and letterhead.own_line(probe, start, end))
            or (
                not keyed
                and (_reference(probe, start) or (documents and labels.document(probe, start)))
            )
        ):
            claimed.append((start, end))  # the organisation's own line, or a reference
            continue
        number = probe[start:end]
        if "endpoint" in flags and (
            labels.provider_test_number(number) or labels.business_line(number)
        ):
            # A test number or a freephone line given to the provider: no one's.
            claimed.append((start, end))
            continue
        hits.append(Hit("phone", start, end, mask_phone(text[start:end], cc_digits=cc)))
        claimed.append((start, end))
    # Each number found lies inside its candidate (one at most each): those are claimed,
    # told apart by a bisection (dense text); when every candidate has one, none is left.
    starts = [start for start, _, _ in found]
    for m in candidates if len(found) < len(candidates) else ():
        start, end = m.span()
        i = bisect_left(starts, start)
        if i < len(starts) and starts[i] < end:
            continue
        while probe[start] in " \u00a0":
            start += 1
        digits = sum(map(str.isdigit, probe[start:end]))
        if not 7 <= digits <= 15 or overlaps(start, end, skip):
            continue
        if not_a_phone(probe, start, end) or (not keyed and _reference(probe, start)):
            continue
        # Under a phone key a number that fits no plan we try is still a phone number
        # (a region we do not try, a typo); in text, a mistyped number a caller gave.
        whole = keyed and probe[start:end] == probe.strip()
        before = probe[max(0, start - 40) : start]
        said = (
            pat.PHONE_WORDS_BEFORE.search(before) is not None
            or pat.PHONE_WORDS_AFTER.search(probe[end : end + 30]) is not None
        ) and pat.CALLER_WORDS.search(probe) is not None
        said = said or pat.CALL_VERB_BEFORE.search(before) is not None
        said = said or pat.PHONE_NUMBER_WORDS.search(before) is not None
        if whole or said:
            hits.append(Hit("phone", start, end, mask_phone(text[start:end])))
            claimed.append((start, end))


def digit_count(spoken: str) -> int:
    """Digits in a number read out (number words and figures; "double" counts twice)."""
    return len(nw.read(spoken))
