"""Phone numbers in text: candidate extraction, then libphonenumber's numbering plans.

Given a default region, libphonenumber accepts any digit string that fits that region's
plan: bare 10-digit order numbers and unix timestamps would be US numbers. So candidates
are chosen first: a number with a ``+``/``00`` country code anywhere; one without only
when it is grouped like a phone number (``(415) 555-0132``, ``020 7946 0018``), or when
its attribute key or the words before it say it is one (``caller.phone``, "my cell is").

Checks use the numbering-plan metadata directly (each region's overall number pattern and
lengths) and confirm a match with ``is_valid_number``; libphonenumber's own text parser
costs several times more and is only needed for formats we never pass it.

Text in other scripts is read as written: digits of any script (Arabic-Indic, Persian,
full-width) count as digits, a number may touch the words of a script written without
spaces (電話番号は090-...です), and the script says which countries' plans to try.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate
from types import ModuleType
from typing import Any

from . import patterns as pat
from .hit import may_hold_benign
from .memo import text_cache

__all__ = [
    "PhoneFinder",
    "ascii_digits",
    "benign_hint",
    "digit_shape",
    "overlap_test",
    "shape_has",
    "wide_candidates",
]

_DIGIT_RUN = re.compile(r"\d+")
#: The characters other than digits a phone candidate is made of (``PHONE_CANDIDATE``,
#: ``_WIDE_CANDIDATE``): deleting them leaves the candidate's digits.
_CANDIDATE_SIGNS = "+ \u00a0().-\u2013"
_DROP_SIGNS = str.maketrans("", "", _CANDIDATE_SIGNS)
_ASCII_SIGNS = _CANDIDATE_SIGNS.encode("ascii", "ignore")  # the ASCII ones, as bytes
#: International numbers one scan remembers (see PhoneFinder.international).
_INTL_KEPT = 1 << 15
#: Dashes, brackets and spaces of other scripts and widths, as the ASCII ones they stand for.
_SEPARATORS = {"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-", "\uff0d": "-",
               "\u30fc": "-", "\uff08": "(", "\uff09": ")", "\u3000": " ", "\uff0b": "+",
               "\u066b": ".", "\uff0e": "."}  # fmt: skip
#: Scripts written without spaces between words: a number may touch a word of theirs.
_NO_SPACE_SCRIPTS = (
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f"
    # Lao, Tibetan, Myanmar, Khmer.
    "\u0e80-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff"
)
#: ``PHONE_CANDIDATE`` where a word of such a script may touch the number.
_WIDE_CANDIDATE = re.compile(
    rf"(?:(?<![@/#%+.\-])(?<!(?![{_NO_SPACE_SCRIPTS}])\w)|(?<=[A-Za-z]_)(?=\+))"
    r"(?:\+|00)?[ \u00a0]?\(?\d[\d \u00a0().\-\u2013]{5,24}\d\)?"
    rf"(?!(?![{_NO_SPACE_SCRIPTS}])\w|[.\-]\d)"
)
#: Words naming a phone number in scripts the English context words miss. Kept by hand:
#: libphonenumber parses numbers, it has no words for them.
_PHONE_WORDS = re.compile(
    r"(?:رقم|هاتف|جوال|موبايل|تلفون|شماره|تلفن|موبایل|טלפון|מספר|פלאפון|फ़ोन|फोन|नंबर|नम्बर"
    r"|मोबाइल|電話|携帯|番号|电话|手机|号码|전화|번호|휴대폰|телефон|номер|мобильн|τηλέφωνο"
    r"|κινητό|αριθμό|โทร|เบอร์|numara|telefon|điện thoại|số"
    # Gurmukhi, Bengali, Tamil, Malayalam, Sinhala.
    r"|ਨੰਬਰ|ਫ਼ੋਨ|ਫੋਨ|ਮੋਬਾਈਲ|নম্বর|ফোন|মোবাইল|எண்|தொலைபேசி|மொபைல்|கைபேசி|നമ്പർ|ഫോൺ|മൊബൈൽ"
    r"|අංකය|දුරකථන)[^\d\n]{0,20}$"
)
#: Regions whose plans a number written in a script's text is tried against, after the
#: usual ones. Kept by hand: libphonenumber maps regions to codes, not scripts to regions.
_SCRIPT_REGIONS = (
    (re.compile(r"[\uac00-\ud7af]"), ("KR",)),
    (re.compile(r"[\u3040-\u30ff]"), ("JP",)),
    (re.compile(r"[\u4e00-\u9fff]"), ("CN", "TW", "HK", "JP")),
    (re.compile(r"[پچژگ\u06cc\u06a9]"), ("IR", "AF")),
    (re.compile(r"[\u0600-\u06ff]"), ("SA", "AE", "EG", "IQ", "JO", "MA", "DZ", "KW", "QA")),
    (re.compile(r"[\u0590-\u05ff]"), ("IL",)),
    (re.compile(r"[\u0900-\u0d7f]"), ("IN",)),  # Devanagari to Malayalam
    (re.compile(r"[\u0400-\u04ff]"), ("RU", "UA", "BY", "KZ")),
    (re.compile(r"[\u0370-\u03ff]"), ("GR", "CY")),
    (re.compile(r"[\u0e00-\u0e7f]"), ("TH",)),
)

#: Words of a language whose region's numbers have no trunk zero, said before a number
#: ("minu number on ...", "síminn minn er ..."): that region's plan is tried too. Kept by
#: hand: libphonenumber has no words for numbers.
#: Spanish "my number is", "call me at", right before the number: the words that make a
#: number grouped as Colombia and Peru group a mobile's ("315 7654321") a phone number.
#: Anchored at the number: "mi número de pedido es ..." is an order's.
_SPANISH_MINE = re.compile(
    r"(?i)\b(?:mi|su|tu) (?:n[úu]mero|celular|celu|cel|m[óo]vil|whatsapp)"
    r"(?: de (?:celular|contacto|tel[ée]fono|m[óo]vil|whatsapp))?(?: es| era)?:? ?$"
    r"|\bll[áa]m(?:ar|e|eme|ame|enme|arme) al ?$"
)
_SAID_REGIONS = (
    (re.compile(r"(?i)\b(?:minu|mu) (?:telefoni|mobiili)?number|telefoninumber|mobiilinumber"),
     ("EE",)),
    (re.compile(r"(?i)s[íi]ma(?:n[úu]mer|nn\b|num)|s[íi]minn|n[úu]meri[ðd] mitt"), ("IS",)),
    # Norway and Denmark: eight digits, no trunk zero ("ring meg på 41 22 ...").
    (re.compile(r"(?i)\bringe? (?:til )?(?:meg|mig)\b|\bmit+ (?:telefon|mobil)?nummer"
                r"|\bnummeret mitt|\b(?:telefon|mobil)nummer(?:et)? (?:mitt|er)\b"), ("NO", "DK")),
    # Andean Spanish: a mobile said as its carrier code and the rest, no trunk zero
    # ("mi número es 315 7654321" in Colombia, "mi celular es 987 654 321" in Peru).
    (_SPANISH_MINE, ("CO", "PE", "EC", "CL")),
    # Latvian "mans (tālruņa) numurs", Faroese "nummarið hjá mær", Mongolian "дугаар",
    # "утас", Somali "lambarkayga", "taleefan", Tigrinya and Amharic "ተሌፎን", "ስልክ", and
    # Tibetan "ཁ་པར" (telephone): a number grouped as those countries group theirs.
    (re.compile(r"(?i)\bman[sau]? (?:t[āa]lru[ņn]a |telefona |mob[īi]l[āa] )?numur"
                r"|t[āa]lru[ņn]\w*|telefona numur"), ("LV",)),
    (re.compile(r"(?i)\bnummar\w*|telefonnummar\w*|fartelefon\w*"), ("FO",)),
    (re.compile(r"(?i)дугаар|утас"), ("MN",)),
    (re.compile(r"(?i)\blambar\w*|\btaleefan\w*|\btelefoon\w*|\bmobaylka\w*"), ("SO", "DJ")),
    (re.compile(r"ተሌፎ|ቴሌፎ|ተለፎ|ቴለፎ|ስልክ|ሞባይ"), ("ER", "ET")),  # the stems: a syllable ends them
    (re.compile(r"ཁ་པར"), ("CN",)),
)  # fmt: skip
#: Regions whose numbers are eight digits said in two fours ("8123 4510"): after words
#: naming a phone number, tried when the usual plans refuse it.
_FOUR_FOUR_REGIONS = ("SG", "HK", "MN", "MO")
#: Regions whose numbers are six digits (the Faroe Islands, Greenland): only after words
#: of their own language (_SAID_REGIONS) is a number this short a phone.
_SIX_DIGIT_REGIONS = frozenset(("FO", "GL"))


class _DigitMap(dict[int, int | str]):
    """``str.translate`` table: a digit of any script to its ASCII digit, worked out once."""

    def __missing__(self, cp: int) -> int | str:
        value = unicodedata.decimal(chr(cp), None)
        out: int | str = cp if value is None else str(value)
        if len(self) < 8192:  # bounded: arbitrary text may hold any of a million characters
            self[cp] = out
        return out


_DIGITS = _DigitMap({ord(k): v for k, v in _SEPARATORS.items()})


def ascii_digits(text: str) -> str:
    """``text`` with digits of any script as ASCII digits, dashes as ``-``: same offsets."""
    if text.isascii():
        return text
    return text.translate(_DIGITS)


#: ``bytes.translate`` table: every ASCII digit to ``0``.
_ZERO_DIGITS = bytes.maketrans(b"0123456789", b"0" * 10)


def digit_shape(text: str) -> bytes | None:
    r"""ASCII ``text`` as bytes with every digit ``0`` (same offsets); ``None`` for other text.

    On ASCII text ``\d`` is ``[0-9]``: a pattern of digits and ASCII signs matches the text
    where its copy with ``0`` for ``\d`` matches the shape, found many times faster (a
    literal first character is searched for in C, not tried at every position).
    """
    if len(text) > _SHAPES_KEPT_FROM:
        return _kept_shape(text)
    return text.encode("ascii").translate(_ZERO_DIGITS) if text.isascii() else None


#: Longer texts' shapes are kept for the scan: the finders of numbers each ask for a
#: long piece's shape; a short value's costs less to make again than to look up.
_SHAPES_KEPT_FROM = 256


@text_cache(maxsize=8)  # per scan: span text
def _kept_shape(text: str) -> bytes | None:
    return text.encode("ascii").translate(_ZERO_DIGITS) if text.isascii() else None


def _table(marks: dict[bytes, bytes]) -> bytes:
    """A ``bytes.translate`` table: each listed byte to its mark, every other to a space."""
    table = bytearray(b" " * 256)
    for chars, mark in marks.items():
        for byte in chars:
            table[byte] = mark[0]
    return bytes(table)


_HEX = b"0123456789abcdefABCDEF"
#: ``BENIGN_SEPARATED`` (a hex digit, one of ``-./:``, a hex digit) on ASCII text is
#: ``hsh`` in the text read through this table.
_HEX_SEPARATED = _table({_HEX: b"h", b"-./:": b"s"})
#: ``BENIGN_HEX_RUN`` (twelve of ``[0-9a-f]``) on ASCII text is a run of twelve ``x``.
_LOWER_HEX = _table({b"0123456789abcdef": b"x"})


def benign_hint(text: str) -> bool:
    """``hit.may_hold_benign(text)``: on ASCII text, two translations and substring tests.

    Its two patterns are tried at every position of a 4 KB piece; read through a table
    (in C) each is a substring test. Other text is asked the patterns themselves.
    """
    if not text.isascii():
        return may_hold_benign(text)
    raw = text.encode("ascii")
    return (
        b"hsh" in raw.translate(_HEX_SEPARATED)
        or b"x" * 12 in raw.translate(_LOWER_HEX)
        or "0x" in text
    )


def shape_has(
    shape: bytes | None, text: str, fast: bytes | re.Pattern[bytes], full: re.Pattern[str]
) -> bool:
    """Whether ``full`` is found in ``text``, decided on its ``digit_shape`` by ``fast``."""
    if shape is None:
        return full.search(text) is not None
    return fast in shape if isinstance(fast, bytes) else fast.search(shape) is not None


def overlap_test(spans: Sequence[tuple[int, int]]) -> Callable[[int, int], bool]:
    """``f(start, end)``: whether any of ``spans`` overlaps ``start:end``, by bisection.

    The spans with a start before ``end`` are a prefix of them sorted by start; one of
    those overlaps exactly when the furthest end among them lies past ``start``.
    """
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(accumulate((e for _, e in ordered), max))

    def test(start: int, end: int) -> bool:
        k = bisect_left(starts, end)
        return k > 0 and reach[k - 1] > start

    return test


def wide_candidates(text: str) -> list[re.Match[str]]:
    """Phone candidates in non-ASCII text: a number may touch CJK, Thai or Hangul words."""
    return list(_WIDE_CANDIDATE.finditer(text))


#: Every pattern of _SAID_REGIONS in one: most windows hold none, one search says so.
_SAID_ANY = re.compile(
    "|".join(
        f"(?i:{p.pattern[4:]})" if p.pattern.startswith("(?i)") else f"(?:{p.pattern})"
        for p, _ in _SAID_REGIONS
    )
)


def _said_regions(before: str) -> tuple[str, ...]:
    """Regions whose words for "my number" are in ``before`` (:data:`_SAID_REGIONS`)."""
    if _SAID_ANY.search(before) is None:
        return ()
    return tuple(r for pattern, regions in _SAID_REGIONS if pattern.search(before) for r in regions)


def _script_regions(text: str) -> tuple[str, ...]:
    if text.isascii():
        return ()
    return tuple(r for pattern, regions in _SCRIPT_REGIONS if pattern.search(text) for r in regions)


_TYPE_DESCS = (
    "fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "voip",
    "personal_number", "pager", "uan", "voicemail",
)  # fmt: skip


class _Plan:
    """One region's numbering plan: overall pattern and lengths, per-type patterns."""

    __slots__ = ("lengths", "pattern", "prefix", "types")

    def __init__(self, meta: Any) -> None:
        desc = meta.general_desc
        self.pattern = re.compile(desc.national_number_pattern)
        self.lengths = _lengths(desc)
        self.prefix: str = meta.national_prefix or ""
        types = []
        for name in _TYPE_DESCS:
            sub = getattr(meta, name, None)
            if sub is not None and sub.national_number_pattern:
                types.append(
                    (re.compile(sub.national_number_pattern), _lengths(sub) or self.lengths)
                )
        self.types: tuple[tuple[re.Pattern[str], frozenset[int]], ...] = tuple(types)

    def possible(self, national: str) -> bool:
        return not self.lengths or len(national) in self.lengths

    def valid(self, national: str) -> bool:
        """What ``is_valid_number`` checks: the overall pattern, then one number type."""
        if not self.possible(national) or self.pattern.fullmatch(national) is None:
            return False
        size = len(national)
        for pattern, lengths in self.types:
            if (not lengths or size in lengths) and pattern.fullmatch(national) is not None:
                return True
        return False


def _lengths(desc: Any) -> frozenset[int]:
    return frozenset(n for n in (desc.possible_length or ()) if n > 0)


class PhoneFinder:
    """Finds phone numbers; ``pn`` is the ``phonenumbers`` module or ``None``.

    Without the library (only when masking for display) every candidate that passes the
    grouping rules counts as a phone: better masked once too often than printed.
    """

    __slots__ = ("_intl", "_plans", "_pn")

    def __init__(self, pn: ModuleType | None) -> None:
        self._pn = pn
        self._plans: dict[tuple[str, int], _Plan | None] = {}
        # International numbers checked so far: transcripts repeat a caller's number. The
        # finder lives as long as its scanner, one check; see forget() for a longer one.
        self._intl: dict[tuple[str, bool], int | None] = {}

    def forget(self) -> None:
        """Drop the numbers remembered: a scanner kept across checks calls this after each."""
        self._intl.clear()

    def find(
        self,
        text: str,
        *,
        keyed: bool,
        skip: Sequence[tuple[int, int]],
        benign: Callable[[str, int, int], bool],
        candidates: Iterable[re.Match[str]] | None = None,
    ) -> list[tuple[int, int, int]]:
        """``(start, end, country-code digits)`` of each phone number in ``text``.

        ``skip`` are spans already taken by other kinds; ``benign(text, start, end)`` tells
        whether a span overlaps a date, id or other never-PII structure. ``candidates``:
        ``PHONE_CANDIDATE``'s matches in ``text`` when the caller has them already.
        """
        found: list[tuple[int, int, int]] = []
        if candidates is None:
            candidates = pat.PHONE_CANDIDATE.finditer(text)
        regions = _script_regions(text)
        taken = overlap_test(skip)
        for m in candidates:
            start, end = m.span()
            while text[start] in " \u00a0":
                start += 1
            if taken(start, end) or benign(text, start, end):
                continue
            if text.startswith(("+", "00"), start):
                hit = self._whole_international(text, m, start, keyed)
                if hit is not None:
                    found.append(hit)
                    continue
            base = m.start()
            groups = [(g.start() + base, g.end() + base) for g in _DIGIT_RUN.finditer(m.group())]
            total = sum(e - s for s, e in groups)
            if 6 <= total <= 17:
                hit = self._in_candidate(text, start, groups, keyed, regions)
                if hit is not None:
                    found.append(hit)
        return found

    def _whole_international(
        self, text: str, m: re.Match[str], start: int, keyed: bool
    ) -> tuple[int, int, int] | None:
        """The first window of :meth:`_in_candidate` for a ``+``/``00`` number, or None.

        The usual number decided on the whole candidate without cutting it into groups;
        when this finds none, the full path decides (the number's check is remembered).
        """
        raw = m.group()
        if raw.isascii():  # the signs deleted from bytes, in C: several times faster
            digits = raw.encode("ascii").translate(None, _ASCII_SIGNS).decode("ascii")
        else:
            digits = raw.translate(_DROP_SIGNS)
        if not (7 <= len(digits) <= 17 and digits.isdecimal()):
            return None
        # After the last digit come only signs: the window ends at the last digit.
        w_end = m.start() + len(raw.rstrip(_CANDIDATE_SIGNS))
        if w_end < len(text) and text[w_end] == ")":
            w_end += 1
        if text.startswith("00", start):
            digits = digits[2:]
        cc = self.international(digits, lenient=keyed)
        return None if cc is None else (start, w_end, cc)

    def _in_candidate(
        self,
        text: str,
        start: int,
        groups: list[tuple[int, int]],
        keyed: bool,
        regions: tuple[str, ...] = (),
    ) -> tuple[int, int, int] | None:
        n = len(groups)
        intl = text.startswith(("+", "00"), start)
        # The whole candidate first; then without trailing (and leading) groups, for a
        # number followed or preceded by another figure ("room 5 415-555-0132").
        windows = [(0, n), (0, n - 1), (0, n - 2)]
        if not intl:
            windows += [(1, n), (1, n - 1)]
        context = keyed
        for i, j in windows:
            if j - i < 1 or (j - i < 2 and (i, j) != (0, n)):
                continue
            w_start = start if i == 0 else groups[i][0]
            w_end = groups[j - 1][1]
            if w_end < len(text) and text[w_end] == ")":
                w_end += 1
            sizes = [e - s for s, e in groups[i:j]]
            if sum(sizes) < 7 and not (
                sum(sizes) == 6
                and (i, j) == (0, n)
                and not intl
                and _SIX_DIGIT_REGIONS.intersection(_said_regions(text[max(0, start - 40) : start]))
            ):
                continue
            if i > 0 and text[w_start - 1] == ".":
                continue  # the tail of a dotted version ("10.0.19045.3")
            window = text[w_start:w_end]
            digits = "".join(text[s:e] for s, e in groups[i:j])
            if intl and i == 0:
                if text.startswith("00", start):
                    digits = digits[2:]
                cc = self.international(digits, lenient=keyed)
            else:
                if not context and len(sizes) < 3:
                    before = text[max(0, start - 40) : start]
                    context = bool(pat.PHONE_CONTEXT.search(before)) or (
                        not before.isascii() and _PHONE_WORDS.search(before) is not None
                    )
                    context = context or _SPANISH_MINE.search(before) is not None
                    context = context or bool(_said_regions(before))
                shaped = _national_shape(window, sizes, context=context, keyed=keyed)
                if not shaped and not context and _said_regions(text[max(0, start - 40) : start]):
                    # "mans numurs ir 26 458 913": grouped like a count, said as a phone.
                    context = shaped = _national_shape(window, sizes, context=True, keyed=keyed)
                if not shaped and context and sizes == [8]:  # "ring meg på 91234567"
                    shaped = bool(_said_regions(text[max(0, start - 40) : start]))
                if not shaped:
                    continue
                cc = self.national(digits, lenient=keyed, regions=regions)
                if cc is None and not context:  # four groups and more skip the look above
                    before = text[max(0, start - 40) : start]
                    context = bool(pat.PHONE_CONTEXT.search(before) or _said_regions(before))
                if cc is None and context:
                    said = _said_regions(text[max(0, start - 40) : start])
                    if sizes == [4, 4]:  # "call me at 8123 4510": Singapore, Hong Kong...
                        said += _FOUR_FOUR_REGIONS
                    cc = self.national(digits, lenient=keyed, regions=said) if said else None
            if cc is not None:
                return w_start, w_end, cc
        return None

    # -- numbering plans ----------------------------------------------------------------

    def _plan(self, region: str, cc: int) -> _Plan | None:
        key = (region, cc)
        if key not in self._plans:
            pn = self._pn
            assert pn is not None
            meta = (
                pn.PhoneMetadata.metadata_for_nongeo_region(cc)
                if region == "001"
                else pn.PhoneMetadata.metadata_for_region(region)
            )
            ok = meta is not None and meta.general_desc is not None
            ok = ok and meta.general_desc.national_number_pattern is not None
            self._plans[key] = _Plan(meta) if ok else None
        return self._plans[key]

    def _fits(self, region: str, cc: int, national: str, *, lenient: bool) -> bool:
        plan = self._plan(region, cc)
        if plan is None:
            return False
        return plan.possible(national) if lenient else plan.valid(national)

    def _parses(self, text: str) -> bool:
        pn = self._pn
        assert pn is not None
        try:
            return bool(pn.is_valid_number(pn.parse(text, None)))
        except pn.NumberParseException:
            return False

    def international(self, digits: str, *, lenient: bool) -> int | None:
        """Country-code length if ``digits`` (code first, no ``+``) is a number, else None."""
        key = (digits, lenient)
        cc = self._intl.get(key, -1)
        if cc != -1:
            return cc
        if len(self._intl) >= _INTL_KEPT:
            self._intl.clear()  # bounded: a capture of very many distinct numbers
        cc = self._intl[key] = self._international(digits, lenient=lenient)
        return cc

    def _international(self, digits: str, *, lenient: bool) -> int | None:
        pn = self._pn
        if pn is None:
            return 1
        if pat.OFCOM_DRAMA_MOBILE.fullmatch(digits):
            return 2
        for size in (1, 2, 3):
            cc = int(digits[:size])
            regions = pn.COUNTRY_CODE_TO_REGION_CODE.get(cc)
            if regions:
                national = digits[size:]
                for region in regions:
                    plan = self._plan(region, cc)
                    if plan is None or not national:
                        continue
                    if plan.possible(national) if lenient else plan.valid(national):
                        return size
                    # "+44 (0)20 ...", "+7 8...": a national prefix written after the code.
                    # Rare, and prefix rules vary: libphonenumber's parser decides.
                    if plan.prefix and national.startswith(plan.prefix):
                        rest = national[len(plan.prefix) :]
                        if rest and self._fits(region, cc, rest, lenient=lenient):
                            return size if lenient or self._parses("+" + digits) else None
                return None
        return None

    def national(self, digits: str, *, lenient: bool, regions: tuple[str, ...] = ()) -> int | None:
        """0 if ``digits`` is a national number of one of the regions tried, else None.

        ``regions``: more regions to try, after the usual ones (the text's script's).
        """
        pn = self._pn
        if pn is None or pat.OFCOM_DRAMA_MOBILE.fullmatch(digits):
            return 0
        # Under a phone key, 14155550132 is E.164 without its "+".
        e164 = lenient and len(digits) >= 11 and digits[0] != "0"
        if e164 and self.international(digits, lenient=True) is not None:
            return 0
        usual = pat.REGIONS_TRUNK_ZERO if digits[0] == "0" else pat.REGIONS_OTHER
        for region in usual + regions:
            cc = int(pn.country_code_for_region(region))
            plan = self._plan(region, cc)
            if plan is None:
                continue
            national = digits
            if plan.prefix and digits.startswith(plan.prefix):
                national = digits[len(plan.prefix) :]
            if national and self._fits(region, cc, national, lenient=lenient):
                return 0
        return None


def _national_shape(window: str, sizes: list[int], *, context: bool, keyed: bool) -> bool:
    """A number without a country code must be grouped like a phone number."""
    if len(sizes) == 1:  # bare digits: only where the key or the words before say phone
        return keyed or (context and 10 <= sizes[0] <= 11)
    if context or window.startswith("("):
        return True
    separators = set(re.sub(r"[\d()]", "", window).replace("\u00a0", " "))
    if separators == {"."} and sizes[0] <= 3 and all(s == 3 for s in sizes[1:]):
        return False  # 12.345.678: a German-style thousands grouping
    if separators == {"."} and min(sizes) == 1:
        return False  # 4.12.3.1: a version, not a number
    if separators == {" "} and sizes[0] <= 2 and all(s == 3 for s in sizes[1:]):
        return False  # 12 345 678: an SI-style thousands grouping
    return len(sizes) >= 3 or window.lstrip("(").startswith("0")
