"""Birth dates said in words, after a birth word, as speech-to-text writes them.

"born on the ninth of july nineteen eighty four", "date of birth march third two thousand
one", "nací el veintitrés de abril de mil novecientos ochenta", "d o b oh four one two
nineteen sixty seven", "出生日期是一九八八年三月十二日", and the answer to a birth question
in the next turn of a JSON message list ("el 2 del 7 del 1981"). Only after a birth word:
a delivery or an appointment date said the same way is the business's, not a person's.

Kept by hand: ``dateparser``'s ``search_dates`` finds dates in free text, but reads
neither number words for years ("nineteen eighty four") nor digits read out one by one,
takes milliseconds per call and brings its own time-zone and regex dependencies; the
number words come from :mod:`.numwords`, which already reads about 30 languages.
"""

from __future__ import annotations

import re
from datetime import date

from . import numwords
from . import patterns as pat
from . import vocabulary as voc
from .hit import Hit
from .mask import MASKERS

__all__ = ["BIRTH_HINT", "DOB_MORE_HINTS", "DOB_WORDS_MORE", "MONTH_WORDS", "find_said_dobs"]

#: Birth words of Icelandic, Faroese, South Slavic, Baltic, Caucasus, Celtic, Iberian,
#: Maltese and Albanian: a pattern apart, searched only behind its own hints (each
#: alternative more in DOB_WORDS is tried at every position of every text).
DOB_WORDS_MORE = re.compile(
    r"(?i)\b(?:fædd(?:ur)?|fæðingar(?:dagur|dag|dagsetning)|føddur|fødd|føðingardagur"
    r"|rođen[aio]?|rodjen[aio]?|datum rođenja|datum rodjenja|rojen[ao]?|datum rojstva"
    r"|рођен[аио]?|датум рођења|датум на раѓање|роден[ао]? сум|дата на раждане|дата нараджэння"
    r"|нарадзі(?:ўся|лася)|gimimo data|gimiau|gimęs|gimusi|dzimšanas datums|dzimis|dzimusi"
    r"|sünniaeg|sünnikuupäev|sündisin|sündinud|doğum tarixi|anadan olmuşam|datëlindj[ae]"
    r"|data e lindjes|u linda|dyddiad geni|ganwyd|dáta breithe|rugadh|jaiotze data"
    r"|jaio nintzen|data de naixement|vaig néixer|data de nacemento|nacín|data tat-twelid"
    r"|twelidt|syntymäpäivä\w*|syntyin|lindur|data de na[șşs]tere|nar\."
    # Swedish "föddes", Danish and Norwegian "fødselsdag", Tagalog "kaarawan ko",
    # Slovenian "rodila sem se", Croatian "rodio sam se".
    r"|föddes(?: den)?|fødselsdag(?:en)?(?: min)?|kaarawan(?: ko)?|rodil[a]? sem se"
    r"|rodi(?:o|la) sam se|rojstni datum)(?!\w)"
    # Greek with the enclitic accent ("γέννησής μου"), Hungarian with a possessive
    # ("születési dátumom").
    r"|ημερομηνία γέννησής|(?i:születési (?:dátum|idő)\w{1,3})(?!\w)"
    r"|დაბადების თარიღი|დავიბადე|დაიბადა|ծննդյան ամսաթիվ[ըն]?|ծնվել եմ|ծնվ[ելա]+"
)
#: What a text with a DOB_WORDS_MORE match holds (lower case): its gate.
DOB_MORE_HINTS = ("fædd", "fæðing", "fødd", "føðing", "rođen", "rodjen", "rojen", "rojstva",
                  "рођен", "рођења", "раѓање", "раждане", "нарадж", "нарадзі", "gimimo",
                  "gimiau", "gimę", "gimusi", "dzimš", "dzimis", "dzimus", "sünni", "sündi",
                  "tarixi", "anadan olm", "datëlind", "lindjes", "u linda", "ddiad geni",
                  "ganwyd", "breithe", "rugadh", "jaiotze", "jaio nintz", "naixement", "néixer",
                  "nacemento", "nacín", "twelid", "დაბად", "დავიბად", "ծնն", "ծնվ",
                  "роден", "syntymäp", "syntyin", "lindur", "de naș", "de naş", "de nast",
                  "nar.", "γέννησής", "születési", "föddes", "fødselsdag", "kaarawan",
                  "rodil", "rodio", "rojstni")  # fmt: skip
#: Month names of the languages whose number words :mod:`.numwords` reads.
_MONTHS = (
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
    " enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre"
    " noviembre diciembre"
    " janeiro fevereiro março maio junho julho setembro outubro novembro dezembro"
    " janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    " gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre"
    " januar februar märz juni juli oktober dezember"
    " januari februari maart mei augustus"
    " januari februari maret juni juli agustus oktober desember mei"
    " enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre"
    " ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık"
    " januari februari mars april maj juni juli augusti oktober"
)
#: Ordinal day words that are no number word of :mod:`.numwords`.
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
    " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
    " thirtieth primero primeiro premier première primo ersten zweiten dritten vierten"
    " fünften sechsten siebten achten neunten zehnten elften zwölften"
)
#: Hundreds and thousands: the words a year said in full holds.
_SCALES = (
    "hundred thousand mil mille cent cents novecientos ochocientos novecentos oitocentos"
    " ribu ratus seribu"
)
_WORDS = frozenset((*numwords.NUMBER_WORDS, *_ORDINALS.split(), *_SCALES.split()))
_MONTH_SET = frozenset(_MONTHS.split())
#: Month names and their short forms, lower case, in the languages above.
MONTH_WORDS: tuple[str, ...] = tuple(sorted(_MONTH_SET, key=len, reverse=True))
#: Words between a date's parts: "the", "of", "de", "del", and joiners ("y", "and").
_GLUE = voc.words("the of de del di do da and y e et und")
#: German and Italian write a year as one word.
_YEAR_WORD = ("neunzehnhundert", "zweitausend", "millenovecento", "duemila")
#: A word or a number with its ordinal ending, in one pass over a short window.
_TOKEN = re.compile(r"\d+(?:st|nd|rd|th|º|er)?|[^\W\d_]+")
#: Spanish and Portuguese in figures: "el 19 del 3 del 1979", "4 de 11 de 1988".
_DEL_DATE = re.compile(r"(?<!\d)\d{1,2}\s+de[l]?\s+\d{1,2}\s+de[l]?\s+\d{4}(?!\d)")
_HAN_DIGIT = "〇零一二三四五六七八九十"
#: Chinese and Japanese in figures or in numerals, the day closed by 日 or 号.
HAN_DATE = re.compile(
    rf"(?:\d{{4}}|[{_HAN_DIGIT}]{{4}})\s?年\s?(?:\d{{1,2}}|[{_HAN_DIGIT}]{{1,2}})\s?月"
    rf"\s?(?:\d{{1,2}}|[{_HAN_DIGIT}]{{1,3}})\s?[日号號]"
)
#: Birth words: those of :data:`.patterns.DOB_WORDS`, and "d o b" spelt letter by letter.
BIRTH_WORDS = re.compile(rf"{pat.DOB_WORDS.pattern}|(?i:\bd\s\.?o\s\.?b\b)")
#: What a text with a birth word holds (lower case): the gate in front of the patterns.
BIRTH_HINT = re.compile(
    r"birth|born|dob|d o b|d\.o\.b|nac|nasc|naiss|née|né |geb|nat[oa] |lahir|生|生日|출생|생년"
    r"|kapanganakan|ipinanganak|doğum|födel|född|fødsel|født"
)
#: How far after a birth word its date may start, and end.
_NEAR, _WINDOW = 40, 120


def find_said_dobs(text: str, hits: list[Hit], *, gated: bool = False) -> None:
    """Add the dates said in words (or in other figures) right after a birth word.

    ``gated``: the caller has found a birth word's hint in ``text`` already.
    """
    if not gated and not BIRTH_HINT.search(text.lower()):
        return
    for m in BIRTH_WORDS.finditer(text):
        start = m.end()
        window = text[start : start + _WINDOW]
        span = said_date(window)
        if span is not None and span[0] <= _NEAR:
            _add(text, start + span[0], start + span[1], hits)
            continue
        if _read_out(text, start, hits):
            continue
        if "}" in window:
            _next_turn(text, start, hits)


def _add(text: str, start: int, end: int, hits: list[Hit]) -> None:
    hits.append(Hit("dob", start, end, MASKERS["dob"](text[start:end])))


def said_date(window: str) -> tuple[int, int] | None:
    """The span of the first date said in ``window``: in words, in figures, in Han."""
    d = _DEL_DATE.search(window) or HAN_DATE.search(window)
    found = d.span() if d is not None else None
    tokens = [(t.group().lower(), t.start(), t.end()) for t in _TOKEN.finditer(window)]
    for i, (word, _, _) in enumerate(tokens):
        if found is not None and tokens[i][1] >= found[0]:
            break
        if word in _MONTH_SET:
            span = _around_month(tokens, i)
            if span is not None:
                return span
    return found


def _day(word: str) -> bool:
    """A day: a number or ordinal word, or one or two figures with an ordinal ending."""
    if word[:1].isdigit():
        figures = word.rstrip("stndrhº")
        return figures.isdigit() and len(figures) <= 2
    return word in _WORDS


_ORDINAL_WORDS = frozenset(_ORDINALS.split())


def _around_month(tokens: list[tuple[str, int, int]], i: int) -> tuple[int, int] | None:
    """Day, month and year around the month word at ``tokens[i]``; month and year at least."""
    first = i
    j = i - 1
    while j >= 0 and tokens[j][0] in _GLUE:
        j -= 1
    while j >= 0 and (_day(tokens[j][0]) or tokens[j][0] in ("and", "y", "e", "et")):
        first = j
        j -= 1
    k = i + 1
    while k < len(tokens) and tokens[k][0] in _GLUE:
        k += 1
    if k < len(tokens) and first == i:
        # "march fifth ...", "july 4 1990": an ordinal or one or two figures is a day.
        word = tokens[k][0]
        if word in _ORDINAL_WORDS or (word[:1].isdigit() and _day(word)):
            k += 1
    year = _year(tokens, k)
    if year is None or _future(tokens, k, year):
        return None
    return tokens[first][1], tokens[year][2]


def _future(tokens: list[tuple[str, int, int]], k: int, last: int) -> bool:
    """Whether the year is this one or later: a delivery's, not a birth's."""
    said = " ".join(t[0] for t in tokens[k : last + 1])
    digits = said if said.isdigit() else numwords.read(said)
    if "thousand" in said and len(digits) == 3 and digits[0] == "2":
        digits = "20" + digits[1:]  # "two thousand twenty six": 2, 26
    return len(digits) == 4 and int(digits) >= date.today().year


def _year(tokens: list[tuple[str, int, int]], k: int) -> int | None:
    """The index of the last token of a year starting at ``tokens[k]``, if one does."""
    while k < len(tokens) and tokens[k][0] in _GLUE:
        k += 1
    if k >= len(tokens):
        return None
    word = tokens[k][0]
    if word.isdigit():
        return k if len(word) == 4 else None
    if word.startswith(_YEAR_WORD):
        return k
    last = k
    count = 0
    while k < len(tokens) and (tokens[k][0] in _WORDS or tokens[k][0] in _GLUE):
        if tokens[k][0] in _WORDS:
            last = k
            count += 1
        k += 1
    return last if count >= 2 else None


def _read_out(text: str, start: int, hits: list[Hit]) -> bool:
    """A date read out as figures in words: six or eight digits that make a date."""
    run_start = run_end = -1
    for t in _TOKEN.finditer(text, start, start + _WINDOW):
        word = t.group().lower()
        if numwords.is_number(word) or word in _WORDS:
            run_start = t.start() if run_start < 0 else run_start
            run_end = t.end()
        elif run_start >= 0 or t.start() - start > 12:
            break
    if run_start < 0:
        return False
    digits = numwords.read(text[run_start:run_end])
    if len(digits) not in (6, 8) or not _makes_date(digits):
        return False
    _add(text, run_start, run_end, hits)
    return True


def _makes_date(digits: str) -> bool:
    """Whether day and month (either order) come first and a year after."""
    a, b = int(digits[:2]), int(digits[2:4])
    return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= a <= 31 and 1 <= b <= 12)


#: The first string of the next turn: a closing brace, then the next object's text.
_NEXT_STRING = re.compile(
    r'\}(?:\s*[\]}])*\s*,\s*\{(?:[^{}]{0,120}?\{){0,2}[^{}]{0,160}?"([^"]{1,160})"\s*\]?\s*\}'
)
#: A date in figures at the start of the answer (``_DOB_DATE`` of patterns.py's forms).
_FIGURES = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")


def _next_turn(text: str, start: int, hits: list[Hit]) -> None:
    """The answer to a birth question in the next turn of a JSON message list."""
    brace = text.find("}", start, start + _WINDOW)
    if brace < 0:
        return
    m = _NEXT_STRING.match(text, brace)
    if m is None:
        return
    answer = m.group(1)
    span = said_date(answer)
    if span is None:
        d = _FIGURES.search(answer)
        span = d.span() if d is not None else None
    if span is not None:
        _add(text, m.start(1) + span[0], m.start(1) + span[1], hits)
