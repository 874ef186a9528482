"""National identifiers named by the words around them or by their key, in many languages.

A caller says which number they give ("mi RUT es el ...", "henkilötunnukseni on ...",
"マイナンバーは..."): the word names the identifier, and python-stdnum's module for it
checks the number's digits (``stdnum.util.get_cc_module``). A word naming no country
("ID number", "documento") tries every identifier below. Under a key naming an identifier
(``patient.nhs_number``, ``cliente.dni``) the whole value is one.

Kept by hand: the words, and the checks stdnum has no module for (:mod:`.id_checks`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from functools import lru_cache

from stdnum.util import get_cc_module

from .hit import Hit, overlaps
from .id_checks import HAND_CHECKS
from .id_word_gate import named_gate
from .mask import mask_generic
from .memo import text_cache
from .phone import digit_shape

__all__ = [
    "OWN_LAYOUTS",
    "business_before",
    "find_named_ids",
    "id_key",
    "keyed_id",
    "letter_led_hint",
    "named_number",
    "names_id",
    "own_layout",
]

#: Words naming an identifier, in the languages callers say them in, and the stdnum
#: modules (``cc.name``) that check it. No library names each country's identifier in
#: its own languages: stdnum's modules validate, they do not list what people call them.
#: Phrases match with any of space, ``_``, ``-``, ``.`` between words (``nhs_number``).
_NAMED: tuple[tuple[str, str], ...] = (
    ("nhs|nhs number|nhs no", "gb.nhs"),
    ("dni|documento nacional de identidad", "es.dni ar.dni pe.cui"),
    ("nie|numero de identidad de extranjero|número de identidad de extranjero", "es.nie"),
    ("nif", "es.nif pt.nif"),
    ("curp", "mx.curp"),
    ("rfc", "mx.rfc"),
    ("codice fiscale|cod fiscale", "it.codicefiscale"),
    # Aadhaar in Devanagari, Tamil, Bengali, Telugu, Odia, Malayalam, Kannada, Gujarati...
    ("aadhaar|aadhar|uidai|आधार|ஆதார்|আধার|ఆధార్|ଆଧାର|ആധാർ|ಆಧಾರ್|આધાર|ਆਧਾਰ|আধাৰ", "in.aadhaar"),
    ("pan|pan card|pan number|पैन", "in.pan"),
    ("pesel", "pl.pesel"),
    ("cpf", "br.cpf"),
    ("bsn|burgerservicenummer|sofinummer|sofi nummer", "nl.bsn"),
    ("personnummer|personnr|samordningsnummer", "se.personnummer no.fodselsnummer dk.cpr"),
    ("fødselsnummer|fodselsnummer|fødselsnr|fnr", "no.fodselsnummer"),
    ("cpr|cpr nummer", "dk.cpr"),
    ("tfn|tax file number", "au.tfn"),
    ("sin|nas|social insurance number|numéro d'assurance sociale|assurance sociale", "ca.sin"),
    ("rut|rol único|rol unico", "cl.rut"),
    ("hetu|henkilötunnu|henkilotunnu|sotu|personbeteckning", "fi.hetu"),
    ("nir|sécurité sociale|securite sociale|sécu|secu|carte vitale|insee", "fr.nir"),
    ("amka|αμκα", "gr.amka"),
    ("my number|mynumber|マイナンバー|個人番号", "jp.in_"),
    ("주민등록번호|주민번호|rrn|resident registration", "kr.rrn"),
    ("cnp|cod numeric personal|codul numeric personal", "ro.cnp"),
    ("инн", "ru.inn"),
    ("снилс", "ru.snils"),
    ("kimlik|tckn|tc no", "tr.tckimlik"),
    ("身份证|身份證|居民身份|resident identity", "cn.ric"),
    # Hebrew joins "the" and other particles to the word: "זהות" inside "הזהות" too.
    ('teudat zehut|zehut|זהות|ת.ז|ת"ז|ת״ז', "il.idnr"),
    (
        "steuer id|steuerid|steuer identifikationsnummer|steueridentifikationsnummer"
        "|identifikationsnummer|idnr",
        "de.idnr",
    ),
    ("rijksregisternummer|rijksregister|numéro national|registre national|insz|niss", "be.nn"),
    ("pps|ppsn|pps number", "ie.pps"),
    ("ahv|avs|sozialversicherungsnummer|svnr|versicherungsnummer", "ch.ssn at.vnr"),
    ("cartão de cidadão|cartao de cidadao", "pt.cc"),
    ("contribuinte", "pt.nif"),
    ("isikukood", "ee.ik"),
    ("asmens kodas", "lt.asmens"),
    # Latvia's personal code, as a case of "kods" takes it (personas kodu, personas koda).
    ("personas kods|personas kodu|personas koda|personas kodam|personas kodā", "lv.pvn"),
    ("egn|егн", "bg.egn"),
    ("rodné číslo|rodne cislo|rodné čislo", "cz.rc sk.rc"),
    ("oib", "hr.oib"),
    ("kennitala", "is.kennitala"),
    ("emšo|emso", "si.emso"),
    # Malaysia's MyKad ("IC" is what Malaysians call it: "nombor IC", "no. kad pengenalan")
    # and Singapore's NRIC and FIN: both countries say "NRIC".
    ("nric", "my.nric sg.nric"),
    ("mykad|ic|i/c|kad pengenalan|no kp", "my.nric"),
    ("fin|fin number|foreign identification number", "sg.nric"),
    # Nigeria's NIN and BVN: eleven digits, no check digit (see id_checks).
    ("nin|nimc|national identification number", "ng.nin"),
    ("bvn|bank verification number", "ng.bvn"),
    ("hkid|hong kong id|香港身份證|身份證號碼|身份证号码", "hk.hkid cn.ric"),
    ("身分證|身分證字號|國民身分證", "tw.nid"),
    ("کد ملی|کدملی|شماره ملی", "ir.code"),
    ("iqama|إقامة|الإقامة|رقم الإقامة|السجل المدني|الهوية الوطنية|رقم الهوية", "sa.nid"),
    ("emirates id|eid|الهوية الإماراتية|هوية الإمارات", "ae.eid"),
    ("الرقم القومي|رقم قومي|الرقم القومى", "eg.nid"),
    ("nic|nic number|national identity card", "lk.nic"),
    ("căn cước|cccd|cmnd|chứng minh nhân dân|số định danh", "vn.cccd"),
    ("sss|sss number|sss no|philhealth|umid|philsys|psn", "ph.id"),
    ("এনআইডি|জাতীয় পরিচয়পত্র|জাতীয় পরিচয় পত্র", "bd.nid"),
    ("kitambulisho|namba ya kitambulisho", "ke.id"),
    ("kra pin|kra|kra number|pin ya kra", "ke.pin"),
    ("cédula de ciudadanía|cedula de ciudadania", "co.cc"),
    ("ghana card|ghanacard", "gh.card"),
    ("บัตรประชาชน|เลขประจำตัวประชาชน", "th.pin"),
    ("nik", "id.nik"),
    # Urdu and Persian write the word with ی, Sindhi and Pashto with ي.
    ("cnic|nadra|shanakhti|shanakhti card|شناختی|قومی شناختی|شناختي|قومي شناختي", "pk.cnic"),
    ("itin", "us.itin"),
    # "ідентифікаційн..." takes its endings (ідентифікаційний код, ідентифікаційного номера).
    ("рнокпп|іпн|ідентифікаційн|податковий номер|код платника податків", "ua.rntrc"),
    ("идентификационн|налоговый номер", "ru.inn ua.rntrc"),
    # An issuer's name says whose number it is: South Africa's Home Affairs, Peru's
    # RENIEC, Argentina's RENAPER ("id ... failed home affairs lookup").
    ("south african id|sa id|id nommer|identiteitsnommer|home affairs", "za.idnr"),
    # An identity document in Xhosa and Zulu (with noun-class prefixes), Sotho and Tswana.
    ("isazisi|yesazisi|sesazisi|umazisi|kamazisi|wamazisi|boitsebiso|boitshupo", "za.idnr"),
    ("reniec", "pe.cui"),
    ("renaper", "ar.dni"),
    ("personal health number|phn", "ca.bc_phn"),
    ("veronumero", "fi.veronumero"),
    ("carné de identidad|carnet de identidad", "cu.ni"),
    ("nomor induk kependudukan|ktp", "id.nik"),
    ("cédula|cedula", "ec.ci do.cedula co.nit cr.cpf"),
    ("cuit|cuil", "ar.cuit"),
    # Colombia's tax number, a person's too: the check digit after a dash.
    ("nit|número de identificación tributaria|numero de identificacion tributaria", "co.nit"),
)
#: Words naming an identifier of no one country: every module above is tried.
_GENERIC = (
    "id number|id no|id nr|id nummer|id card|identity number|identity card|national id"
    "|national identity|identification number|personal id|document number"
    "|documento|número de identidad|numero de identidad|número de identificación"
    "|numero de identificacion|numéro d'identité|numero d'identite|carta d'identità"
    "|numero di identità|personalausweis|ausweisnummer|identiteitsnummer|persoonsnummer"
    "|numer dowodu|numer identyfikacyjny"
    "|número de documento|numero de documento|documento de identidad|identité"
    "|căn cước|số căn cước|cccd|cmnd|αριθμός ταυτότητας|ταυτότητα|kimlik numarası"
    "|رقم الهوية|الرقم الوطني|الهوية الوطنية|بطاقة الهوية|شناسه ملی"
)
#: Words that make a generic name a business's number ("order ID number", "vehicle
#: identification number"): no national identifier follows them.
_BUSINESS = frozenset(("order", "booking", "reservation", "ticket", "invoice", "tracking",
                       "transaction", "confirmation", "reference", "account", "customer",
                       "member", "membership", "policy", "case", "claim", "vehicle", "device",
                       "product", "serial", "shipment", "parcel", "employee", "staff",
                       "student", "company", "business", "vat"))  # fmt: skip
#: A company, in the languages of the names above: an identifier of one is no person's.
_COMPANY = frozenset(("company", "business", "firm", "empresa", "compañía", "companhia",
                      "sociedad", "negocio", "entreprise", "société", "firma", "unternehmen",
                      "azienda", "società", "bedrijf", "şirket", "şirketin", "perusahaan",
                      "syarikat", "kampuni", "shirika", "công", "компании", "компанії",
                      "organisation", "organization", "merchant", "vendor",
                      "supplier"))  # fmt: skip
_LAST_WORD = re.compile(r"([^\W\d_]+)[\s_\-]*$")


def business_before(lowered: str, at: int) -> bool:
    """Whether the word before ``lowered[at:]`` makes a name there a business's number."""
    m = _LAST_WORD.search(lowered, max(0, at - 24), at)
    return m is not None and m.group(1) in _BUSINESS


#: Short words that are other words too ("sin" is Spanish for "without", "nie" Polish for
#: "not"): they name an identifier only in capitals or as a key (see _as_name).
_UPPER_ONLY = frozenset(("sin", "nie", "nik", "rut", "pps", "avs", "nir", "nin", "bvn", "ic",
                         "fin", "pan", "eid", "nic", "sss", "psn", "nas", "nit"))  # fmt: skip
_LETTERS = re.compile(r"[^\W\d_]+")


def _normal(words: str) -> str:
    # Words joined by one space: a name of two words is never one word that happens to
    # hold both ("id no" is not "idno"...).
    return " ".join(_LETTERS.findall(words.casefold()))


def _tokenised(word: str) -> bool:
    """Whether ``word`` is matched by its tokens (Latin, Greek, Cyrillic).

    Other scripts have no spaces between words, or vowel signs that split tokens: their
    words are looked for as written.
    """
    return all(ch < "\u0530" for ch in word if ch.isalpha())


#: Modules whose check is a format or a date only (no check digit): tried only when a
#: word names their own identifier, never for a word naming no country ("ID number").
_WEAK = frozenset(("ar.dni", "my.nric", "id.nik", "pk.cnic", "dk.cpr", "cz.rc", "sk.rc",
                   "mx.rfc", "us.itin", "ng.nin", "ng.bvn", "sg.nric", "hk.hkid", "tw.nid",
                   "ir.code", "sa.nid", "ae.eid", "eg.nid", "lk.nic", "vn.cccd", "ph.id",
                   "bd.nid", "ke.id", "co.cc", "gh.card", "ke.pin"))  # fmt: skip
_ALL_MODULES = tuple(dict.fromkeys(m for _, mods in _NAMED for m in mods.split() if m not in _WEAK))
_EVERY_MODULE = frozenset(_ALL_MODULES)
_EXACT: dict[str, tuple[str, ...]] = {}
#: Longer words take a language's endings (henkilötunnukseni, fødselsnummeret): by their
#: first three letters, the stems that start so.
_STEMS: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
_SUBSTRINGS: list[tuple[str, tuple[str, ...]]] = []


def _add(word: str, modules: tuple[str, ...]) -> None:
    normal = _normal(word)
    if not _tokenised(word):
        _SUBSTRINGS.append((word.casefold(), modules))
        return
    _EXACT[normal] = modules
    if " " not in normal and (len(normal) > 5 or not word.isascii()):
        _STEMS.setdefault(normal[:3], []).append((normal, modules))


for _words, _mods in _NAMED:
    for _word in _words.split("|"):
        _add(_word, tuple(_mods.split()))
for _word in _GENERIC.split("|"):
    _add(_word, _ALL_MODULES)
#: A character outside Latin, Greek and Cyrillic: only then can a substring word be there.
_OTHER_SCRIPT = re.compile(r"[^\x00-\u052f]")


#: Whether any window of a text can name an identifier (one look per text).
_MAY_NAME = named_gate(_EXACT, (stem for stems in _STEMS.values() for stem, _ in stems))


#: Where a name may start: the first word of every name, at a word's start (a fast gate,
#: one pass of the pattern over a window instead of its words one by one). A stem is its
#: own first word, and matches with its endings too.
_GATE = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(sorted({re.escape(w.split()[0]) for w in _EXACT}, key=len, reverse=True))
    + ")|"
    + "|".join(re.escape(w) for w, _ in _SUBSTRINGS),
    re.IGNORECASE,
)


def _owned_pattern(token: str) -> re.Pattern[str]:
    """The short word as someone's ("mi rut es", "nik saya", "my nin is", "your SIN:")."""
    word = re.escape(token)
    return re.compile(
        rf"(?i)\b(?:my|your|his|her|our|their|mi|tu|su|mis|sus|meu|minha|seu|sua|mon|ma|ton"
        rf"|votre|mein|meine|dein|deine|ihr|ihre|mijn|uw|il mio|la mia|mio|mia|mój|moje)\s+"
        rf"{word}\b|\b{word}(?:\s*[:#=]|\s+(?:is|es|est|ist|é|è|saya|nya|anda|ku|kamu|mu"
        rf"|number|no|nr|nomor|nombor|número|numero|num|adalah|ialah|hai|na|ni|de|del|da|do"
        rf"|of)\b)"
    )


#: The pattern of each short word, made once (the words are the code's own).
_OWNED = {word: _owned_pattern(word) for word in _UPPER_ONLY}


def _as_name(token: str, window: str) -> bool:
    """Whether a short word that is other words too is written as a name.

    In capitals, as a key (``"sin": ...``, ``sin_number``), or as someone's: after "my"
    or before "is" and their like in the caller's language ("mi rut es", "nik saya").
    """
    key = rf"[\"_]{re.escape(token)}[\"_]"
    if token.isupper() or re.search(key, window) is not None:
        return True
    owned = _OWNED.get(token.casefold())
    return owned is not None and owned.search(window) is not None


def _named(joined: str, n: int) -> Iterable[tuple[str, ...]]:
    """Modules of ``joined`` (``n + 1`` words): a name as written, or a stem's ending."""
    exact = _EXACT.get(joined)
    if exact is not None:
        yield exact
    if n == 0:
        for stem, modules in _STEMS.get(joined[:3], ()):
            if joined != stem and joined.startswith(stem):
                yield modules


@text_cache(maxsize=2048)  # per scan: windows are span text
def _names(window: str) -> tuple[str, ...]:
    """Modules named by the words of ``window`` (up to four words make one name)."""
    if _GATE.search(window) is None:
        return ()
    found: list[str] = []
    tokens = _LETTERS.findall(window)
    lowered = [t.casefold() for t in tokens]
    for i in range(len(lowered)):
        joined = lowered[i]
        for n in range(min(4, len(lowered) - i)):
            if n:
                joined += " " + lowered[i + n]
            named = list(_named(joined, n))
            if i and lowered[i - 1] in _BUSINESS and _ALL_MODULES in named:
                continue  # "order ID number": the business's number
            if named and not _COMPANY.isdisjoint(lowered[i + n + 1 : i + n + 4]):
                continue  # "cédula de la empresa": a company's number, not a person's
            if n == 0 and joined in _UPPER_ONLY and not _as_name(tokens[i], window):
                continue  # "sin" in Spanish, "nie" in Polish
            if (
                n == 1
                and joined == "my number"
                and not (tokens[i].istitle() and tokens[i + 1].istitle())
            ):
                continue  # "my number is ...": a phone; "My Number": Japan's identifier
            for modules in named:
                found.extend(modules)
    if _OTHER_SCRIPT.search(window):
        folded = window.casefold()
        for word, modules in _SUBSTRINGS:
            if word in folded:
                found.extend(modules)
    return tuple(found)


#: Digit groups with single separators, a letter before (NIE) or after (DNI, HETU, RUT).
_NUMBER = re.compile(
    r"(?<![0-9A-Za-z])(?:[A-Za-z][ -]?)?\d(?:[ .\-/]?\d){4,}(?:[ -]?[A-Za-z])?(?![0-9A-Za-z])"
)
#: Digits, then letters and digits in one token (``240478A731D``: a HETU's century
#: letter); a letter first is _NUMBER's prefix, or a shape of national.py's.
_TOKEN = re.compile(r"(?<![0-9A-Za-z])\d+[A-Za-z][0-9A-Za-z]*(?![0-9A-Za-z])")
#: A check character in brackets after the digits (Hong Kong's ``K482917(4)``).
_PAREN_CHECK = re.compile(r"(?<![0-9A-Za-z])[A-Za-z]{1,2}\d{6}\(\s?[0-9Aa]\s?\)")
#: A date written with separators (``1985-03-12``, ``12.03.1985``): a birth date, which
#: the date-of-birth check reports; never an identifier however it validates.
_DATE = re.compile(r"\d{1,4}([./-])\d{1,2}\1\d{2,4}")
_SEP = re.compile(r"[\s.\-/]")
_BEFORE, _AFTER = 48, 24


@lru_cache(maxsize=128)
def _check(name: str) -> Callable[[str], bool] | None:
    if name in HAND_CHECKS:
        return HAND_CHECKS[name]
    cc, _, module_name = name.partition(".")
    try:
        module = get_cc_module(cc, module_name)  # None where this stdnum has no such module
    except ImportError:  # an older stdnum that raises instead
        return None
    if module is None or not hasattr(module, "is_valid"):
        return None
    check: Callable[[str], bool] = module.is_valid
    return check


def _valid(compact: str, modules: tuple[str, ...]) -> bool:
    for name in modules:
        check = _check(name)
        try:
            if check is not None and check(compact):
                return True
        except Exception:  # a validator's own bug must not stop the scan
            continue
    return False


def _any_form_valid(raw: str, modules: tuple[str, ...]) -> bool:
    """The number without separators, or with its own (a HETU's ``-`` is its century)."""
    compact = _SEP.sub("", raw).upper()
    if len(compact) < 6:
        return False
    return _valid(compact, modules) or (
        "-" in raw and _valid(raw.replace(" ", "").upper(), modules)
    )


def _plain_digits(text: str) -> str:
    """``text`` with every decimal digit of any script as its ASCII digit (same length).

    Unlike ``phone.ascii_digits`` it leaves dashes as written: an identifier's separators
    are part of its shape.
    """
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.digit(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in text
    )


def _variants(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span, and without its first and/or last letter (``a 593 507 114``)."""
    spans = [(start, end)]
    head = text[start].isalpha()
    tail = text[end - 1].isalpha()
    if tail:
        spans.append((start, end - 1))
    if head:
        spans.append((start + 1, end))
    if head and tail:
        spans.append((start + 1, end - 1))
    return spans


def _modules_near(text: str, start: int, end: int, lo: int, hi: int) -> tuple[str, ...]:
    """Modules of the words naming an identifier just before (or just after) a number.

    ``lo``/``hi``: where the numbers before and after it end and start: a word names the
    number next to it, not one past another number.
    """
    return _pair_modules(text[max(lo, start - _BEFORE) : start], text[end : min(hi, end + _AFTER)])


# Per scan: windows are span text. Speech repeats what it says around its numbers
# ("my number is ..."), so most pairs are asked again: one look-up instead of two.
@text_cache(maxsize=2048)
def _pair_modules(before: str, after: str) -> tuple[str, ...]:
    """Modules the words of ``before`` and ``after`` a number name, each once."""
    found = _names(before) + _names(after)
    return tuple(dict.fromkeys(found)) if found else ()  # no word names one: the usual case


#: On a ``digit_shape``: the digits of every ``_NUMBER`` match (5+, single separators
#: between), and the digit then letter every ``_TOKEN`` match holds.
_NUMBER_CORE = re.compile(rb"0(?:[ .\-/]?0){4,}")
_TOKEN_HINT = re.compile(rb"0[A-Za-z]")
_FEW_WINDOWS = 12
#: ``_NUMBER`` led by its digit, on a ``digit_shape``: the look-behind comes after the
#: first ``0`` (it sees that ``0`` and the character before), so the search runs from
#: a literal, in C, instead of trying every position.
_DIGIT_LED = re.compile(rb"0(?<![0A-Za-z]0)(?:[ .\-/]?0){4,}(?:[ -]?[A-Za-z])?(?![0A-Za-z])")
#: A letter right before a digit, on a shape read backwards (a digit, then a letter).
_LETTER_DIGIT_REVERSED = re.compile(rb"0[A-Za-z]")


def _led_by_digits(shape: bytes) -> list[tuple[int, int]] | None:
    """``_NUMBER``'s matches on ASCII text with no letter right before a digit, or None.

    At a digit ``_NUMBER`` is ``_DIGIT_LED``; at a letter it is the letter, a space or
    hyphen, then what ``_DIGIT_LED`` matches from the digit after (the letter right
    before a digit is the one case this cannot see: None then). So each digit-led match
    starts two earlier when a lone letter and a space or hyphen lie before it, and the
    previous match does not hold that letter.
    """
    if _LETTER_DIGIT_REVERSED.search(shape[::-1]) is not None:
        return None
    spans: list[tuple[int, int]] = []
    done = 0
    for m in _DIGIT_LED.finditer(shape):
        start, end = m.span()
        lead = start - 2
        if (
            lead >= done
            and shape[start - 1] in b" -"
            and shape[lead : lead + 1].isalpha()
            and (lead == 0 or not shape[lead - 1 : lead].isalnum())
        ):
            start = lead
        spans.append((start, end))
        done = end
    return spans


def _number_spans(plain: str, shape: bytes | None) -> list[tuple[int, int]]:
    """``_NUMBER``'s matches, looked for only around the digits they need (ASCII text).

    A match is its digits (inside one ``_NUMBER_CORE`` match, the longest such chain) and
    at most two characters each side: outside those windows none starts, and inside one
    the search sees the text's own characters (``pos`` keeps the look-behind's; ``endpos``
    one past the window, the look-ahead's), so it finds what the full search finds.
    """
    windows: list[tuple[int, int]] = []
    for m in _NUMBER_CORE.finditer(shape) if shape is not None else ():
        start, end = max(0, m.start() - 2), min(len(plain), m.end() + 2)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        elif len(windows) == _FEW_WINDOWS:
            # Numbers everywhere: one search over all is faster than one per window.
            spans = None if shape is None else _led_by_digits(shape)
            if spans is not None:
                return spans
            shape = None
            break
        else:
            windows.append((start, end))
    if shape is None:
        return [m.span() for m in _NUMBER.finditer(plain)]
    return [
        m.span()
        for start, end in windows
        for m in _NUMBER.finditer(plain, start, min(len(plain), end + 1))
    ]


def find_named_ids(text: str, hits: list[Hit], claimed: list[tuple[int, int]]) -> None:
    """Add numbers whose check digits hold for an identifier a word near them names."""
    plain = _plain_digits(text)
    shape = digit_shape(plain)
    if not _MAY_NAME(plain):  # no window names one: only the letter-led identifiers
        if letter_led_hint(plain, shape):
            _find_letter_led(plain, hits, claimed)
        return
    candidates = _number_spans(plain, shape)
    if shape is None or _TOKEN_HINT.search(shape):
        candidates += [m.span() for m in _TOKEN.finditer(plain) if m.end() - m.start() >= 6]
    if "(" in plain:
        candidates += [m.span() for m in _PAREN_CHECK.finditer(plain)]
    candidates = sorted(set(candidates))
    starts = [start for start, _ in candidates]
    ends = sorted(end for _, end in candidates)
    for start, end in candidates:
        if (claimed and overlaps(start, end, claimed)) or _DATE.fullmatch(plain, start, end):
            continue
        before = bisect_right(ends, start)
        lo = ends[before - 1] if before else 0
        after = bisect_left(starts, end)
        hi = starts[after] if after < len(starts) else len(plain)
        modules = _modules_near(plain, start, end, lo, hi)
        if not modules:
            continue
        generic = _EVERY_MODULE.issubset(modules)
        for s, e in _variants(plain, start, end):
            # A word naming no country ("personal ID number") and a number in a layout
            # only one identifier has (Pakistan's 5-7-1): that identifier's format says.
            if _any_form_valid(plain[s:e], modules) or (generic and own_layout(plain[s:e])):
                hits.append(Hit("national_id", s, e, mask_generic(plain[s:e])))
                claimed.append((s, e))
                break
    if letter_led_hint(plain, shape):
        _find_letter_led(plain, hits, claimed)


#: Identifiers that start with letters (Mexican RFC and CURP, Italian codice fiscale,
#: Indian PAN), in any case and in groups as speech-to-text writes them
#: (``gode 561231 gr8``): three letters or more, then groups of letters and digits.
#: At every word's start (a look-ahead: "RFC es GODE..." holds a match at "GODE" too).
_LETTER_LED = re.compile(
    r"(?<![0-9A-Za-z])(?=([A-Za-z]{3,6}(?:[ -]?[0-9A-Za-z]){5,16})(?![0-9A-Za-z]))"
)
#: Every _LETTER_LED match worth reading has three letters then two digits near.
_LETTER_LED_HINT = re.compile(r"[A-Za-z]{3}[ -]?\d\d")
#: ``_LETTER_LED_HINT`` on an ASCII text's ``digit_shape`` read backwards: two digits (``00``),
#: then the letters. Its literal first characters are looked for in C, not three letters
#: tried at every position: several times faster on prose.
_LETTER_LED_REVERSED = re.compile(rb"00[ -]?[A-Za-z]{3}")
_GROUP_END = re.compile(r"(?=[ -])|$")


def letter_led_hint(text: str, shape: bytes | None = None) -> bool:
    """Whether ``text`` may hold an identifier led by letters, in groups (``gode 561231``).

    ``shape``: the text's ``digit_shape`` when the caller has it.
    """
    zeros = digit_shape(text) if shape is None else shape
    if zeros is None:
        return _LETTER_LED_HINT.search(text) is not None
    # On ASCII text \d is 0-9, a 0 of the shape, and the letters are themselves.
    return _LETTER_LED_REVERSED.search(zeros[::-1]) is not None


def _find_letter_led(plain: str, hits: list[Hit], claimed: list[tuple[int, int]]) -> None:
    """Letter-led identifiers a word just before names, checked by that word's modules.

    The match may run into the next words: it is tried whole, then cut at each group's
    end, longest first.
    """
    for m in _LETTER_LED.finditer(plain):
        start, found = m.start(), m.group(1)
        if overlaps(start, start + len(found), claimed) or not any(map(str.isdigit, found)):
            continue
        modules = tuple(dict.fromkeys(_names(plain[max(0, start - _BEFORE) : start])))
        if not modules:
            continue
        ends = sorted({start + g.start() for g in _GROUP_END.finditer(found)}, reverse=True)
        for end in ends:
            if end - start >= 8 and _any_form_valid(plain[start:end], modules):
                hits.append(Hit("national_id", start, end, mask_generic(plain[start:end])))
                claimed.append((start, end))
                break


def named_number(window: str, number: str) -> bool:
    """Whether a word in ``window`` names an identifier whose check ``number`` passes.

    For a number read out in words ("mi DNI es cuatro siete..."): its digits, the words
    before it.
    """
    modules = tuple(dict.fromkeys(_names(window)))
    return bool(modules) and _any_form_valid(number, modules)


def id_key(key: str) -> tuple[str, ...]:
    """Modules of the identifier an attribute key names (``patient.nhs_number``), or ().

    A key's words are written as a key: a short word that is other words too names the
    identifier there (``customer.nik``, see ``_as_name``).
    """
    return tuple(dict.fromkeys(_names(f"_{key.replace('.', '_')}_")))


def names_id(key_segment: str) -> bool:
    """Whether a key's segment names one country's identifier (``nhs_number``)."""
    modules = id_key(key_segment)
    return bool(modules) and modules != _ALL_MODULES


#: What a value under an identifier's key holds when it is one: letters and digits, at
#: least five digits, separators between.
_ID_VALUE = re.compile(r"[0-9A-Za-z](?:[0-9A-Za-z]|[ .\-/](?=[0-9A-Za-z])){4,24}")


#: Identifiers whose check is their format only, in the layout only they have: under a
#: key naming an identifier of no one country, the layout and the format say which.
OWN_LAYOUTS = (
    (re.compile(r"\d{5}-\d{7}-\d"), "pk.cnic"),  # 34201-0891231-8
    (re.compile(r"[AP]\d{9}[A-Z]"), "ke.pin"),  # Kenya's KRA PIN
    # A Czech or Slovak birth number, a person's tax number there too: its slash.
    (re.compile(r"\d{6}/\d{3,4}"), "cz.rc"),
)


def own_layout(value: str, layouts: tuple[tuple[re.Pattern[str], str], ...] = ()) -> bool:
    """Whether ``value`` is in one of ``layouts`` (default: OWN_LAYOUTS) and passes its module."""
    for layout, module in layouts or OWN_LAYOUTS:
        if layout.fullmatch(value):
            check = _check(module)
            return check is not None and check(value)
    return False


def keyed_id(key: str | None, text: str) -> Hit | None:
    """The whole value under a key naming an identifier, when it is shaped like one.

    A key naming one country's identifier (``nhs_number``) makes any identifier-shaped
    value one; a key naming none (``tax_id``, ``documento``) needs a check that holds.
    """
    stripped = text.strip()
    plain = _plain_digits(stripped)
    if not _ID_VALUE.fullmatch(plain) or sum(ch.isdigit() for ch in plain) < 5:
        return None
    if len(set(ch for ch in plain if ch.isdigit())) == 1:
        return None  # 000000000, 999-99-9999: a placeholder a form fills in
    modules = id_key(key or "")
    specific = modules and modules != _ALL_MODULES
    unchecked = not specific and not _any_form_valid(plain, modules or _ALL_MODULES)
    if unchecked and not own_layout(plain):
        return None
    start = text.index(stripped[0])
    return Hit("national_id", start, start + len(stripped), mask_generic(stripped))
