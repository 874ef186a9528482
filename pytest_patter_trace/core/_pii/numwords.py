"""Number words of many languages, and the digits a run of them reads out.

A caller reads a card or phone number digit by digit ("empat dua", "dört iki", "四二")
or in pairs ("forty two", "quarante-deux", "zweiundvierzig"). :func:`tokens` splits
text into words (one token per ideograph, Hangul syllable or Thai number word, since
those scripts glue words together) and :func:`read` turns a run of them into digits.

Kept by hand, measured against the libraries that read number words: text2num
(``alpha2digit``) knows 8 Latin-script languages and needs the language named per call;
number-parser knows 4 and takes ~35x as long per value; neither reads "double five" or
"oh", nor scripts without spaces, and neither reads digits one by one the way callers
say them. The table below covers about 30 languages at the cost of a dict lookup.
"""

from __future__ import annotations

import re

from . import vocabulary as voc

__all__ = ["GROUP_WORDS", "NUMBER_WORDS", "REPEAT", "TOKEN", "counting", "read", "tokens"]

#: Digit words 0..9 per language, beyond vocabulary.DIGIT_WORDS (its languages stay there).
_UNITS_BY_LANGUAGE = (
    "nol satu dua tiga empat lima enam tujuh delapan sembilan",  # id, ms
    "kosong satu dua tiga empat lima enam tujuh lapan sembilan",  # ms
    "शून्य एक दो तीन चार पांच छह सात आठ नौ",  # hi
    "सिफ़र एक दो तीन चार पाँच छः सात आठ नौ",  # hi, other spellings
    # Hindi in Latin letters, as Hinglish speech-to-text writes it ("che", "sat" and "no"
    # left out: Italian, English and Portuguese words).
    "shunya ek do teen char paanch chhe saat aath nau",
    "sunya ek do teen chaar panch chheh saath aat nau",
    "shoonya ek do tin chaar paanch chhah saat aath nau",
    "ноль один два три четыре пять шесть семь восемь девять",  # ru
    "нуль одна дві три чотири п'ять шість сім вісім дев'ять",  # uk
    "нула едно две три четири пет шест седем осем девет",  # bg
    "nula jedan dva tri četiri pet šest sedam osam devet",  # hr, sr, bs
    "không một hai ba bốn năm sáu bảy tám chín",  # vi
    "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة",  # ar
    "صفر واحد اثنين ثلاث اربعة خمس ست سبع ثمان تسع",  # ar, spoken forms
    "صفر یک دو سه چهار پنج شش هفت هشت نه",  # fa
    "صفر ایک دو تین چار پانچ چھ سات آٹھ نو",  # ur
    "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע",  # he
    "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה",  # he, masculine
    "sifuri moja mbili tatu nne tano sita saba nane tisa",  # sw
    "zero isa dalawa tatlo apat lima anim pito walo siyam",  # tl
    "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα",  # el
    "μηδέν μία δυο τρεία τέσσερις πέντε έξη εφτά οχτώ εννιά",  # el, other spellings
    "nulla egy kettő három négy öt hat hét nyolc kilenc",  # hu
    "zero unu doi trei patru cinci șase șapte opt nouă",  # ro
    "zero una două trei patru cinci şase şapte opt nouă",  # ro, cedilla forms
    "null üks kaks kolm neli viis kuus seitse kaheksa üheksa",  # et
    "nulis viens divi trīs četri pieci seši septiņi astoņi deviņi",  # lv
    "nulis vienas du trys keturi penki šeši septyni aštuoni devyni",  # lt
    "nul en to tre fire fem seks syv otte ni",  # da, no
    "nula jeden dva tři čtyři pět šest sedm osm devět",  # cs
    "nula jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",  # pl
    "nula jeden dva tri štyri päť šesť sedem osem deväť",  # sk
    "zero ún dous tres catro cinco seis sete oito nove",  # gl
    "শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয়",  # bn
    "பூஜ்யம் ஒன்று இரண்டு மூன்று நான்கு ஐந்து ஆறு ஏழு எட்டு ஒன்பது",  # ta
    "공 일 이 삼 사 오 육 칠 팔 구",  # ko (Sino-Korean, as numbers are read)
    "영 일 이 삼 사 오 육 칠 팔 구",  # ko
)
#: Characters read as one digit each in scripts without spaces (CJK, Thai digits are \d).
_GLUED_DIGITS = {**dict.fromkeys("〇零", "0"), **dict.fromkeys("一壱幺", "1"),
                 **dict.fromkeys("二弐", "2"), "三": "3", "四": "4", "五": "5", "六": "6",
                 "七": "7", "八": "8", "九": "9"}  # fmt: skip
#: Thai number words: Thai writes no spaces between words.
_THAI = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
#: Words for 10..19 and the tens, per language (read in pairs: "forty two").
_TEENS = (
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
    "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn",
    "_ onze douze treize quatorze quinze seize",  # "dix" is a ten: "dix-sept" is 10 + 7
    "diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve",
    "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove",
    "dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove",
    "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien",
    "десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать"
    " семнадцать восемнадцать девятнадцать",
    "sepuluh sebelas",
)
_TENS = (
    "twenty thirty forty fifty sixty seventy eighty ninety",
    "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
    "vingt trente quarante cinquante soixante septante huitante nonante",
    "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
    "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
    "twintig dertig veertig vijftig zestig zeventig tachtig negentig",
    "yirmi otuz kırk elli altmış yetmiş seksen doksan",
    "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто",
    "двадцять тридцять сорок п'ятдесят шістдесят сімдесят вісімдесят дев'яносто",
)
#: Words joining a ten and a unit ("cuarenta y dos", "vinte e dois", "vingt et un").
JOINERS = frozenset(("y", "e", "et"))
#: Indonesian and Malay: "empat puluh dua" is 42, "dua belas" 12.
_TIMES_TEN, _PLUS_TEN = "puluh", "belas"
#: Words that repeat the next digit ("double oh", "triple five").
REPEAT = {**voc.DIGIT_REPEAT, "doublé": 2, "dobro": 2, "dupla": 2, "dubbel": 2,
          "dobbel": 2, "dobbelt": 2, "tripla": 3, "triplo": 3, "dreifach": 3,
          "डबल": 2, "ट्रिपल": 3}  # fmt: skip


def _build() -> tuple[dict[str, str], dict[str, int]]:
    digits: dict[str, str] = dict(voc.DIGIT_WORDS)
    for line in _UNITS_BY_LANGUAGE:
        for value, word in enumerate(line.split()):
            digits.setdefault(word, str(value))
    # "een" (Dutch one) and "twee" appear in other words of other languages too; the
    # table's languages agree on every word they share, so setdefault loses nothing.
    for value, word in enumerate(_THAI):
        digits[word] = str(value)
    for line in _TEENS:
        for value, word in enumerate(line.split(), start=10):
            if word != "_":
                digits[word] = str(value)
    tens: dict[str, int] = {}
    for line in _TENS:
        for value, word in zip(range(20, 100, 10), line.split(), strict=False):
            tens[word] = value
    tens["dix"] = 10
    tens["vingts"] = 20
    # Compounds written as one word: German and Dutch put the unit first ("zweiundvierzig",
    # "tweeënveertig"), Italian and Spanish the ten ("quarantadue", "veintidós").
    de_units = ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
    nl_units = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
    it_units = ["uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
    for t, (de_ten, nl_ten, it_ten) in enumerate(
        zip(_TENS[1].split(), _TENS[6].split(), _TENS[4].split(), strict=True), start=2
    ):
        for u in range(1, 10):
            number = str(t * 10 + u)
            digits[f"{de_units[u - 1]}und{de_ten}"] = number
            joiner = "ën" if nl_units[u - 1].endswith("e") else "en"
            digits[f"{nl_units[u - 1]}{joiner}{nl_ten}"] = number
            it_unit = "tré" if u == 3 else it_units[u - 1]
            stem = it_ten[:-1] if it_unit[0] in "uo" else it_ten
            digits[f"{stem}{it_unit}"] = number
    es = "veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete"
    for u, word in enumerate((*es.split(), "veintiocho", "veintinueve"), start=1):
        digits[word] = str(20 + u)
    return digits, tens


DIGITS, TENS = _build()
#: Every word that may be part of a number read out (lower case).
NUMBER_WORDS = frozenset((*DIGITS, *TENS, *REPEAT, _TIMES_TEN, _PLUS_TEN))
#: Words worth two digits or more: a run holding one reads in pairs, as years and times
#: are read too ("twenty twenty six, twelve thirty"), so it needs more digits.
GROUP_WORDS = frozenset((*TENS, *(w for w, d in DIGITS.items() if len(d) > 1), _TIMES_TEN))

_GLUED = "".join(_GLUED_DIGITS)
#: One token: a Thai number word, one ideograph or Hangul syllable (those scripts glue
#: words), a word with its marks and inner apostrophes (Devanagari vowel signs are no
#: ``\w``), or digits of any script.
TOKEN = re.compile(
    "(?=[\u0e00-\u0e7f])(?:"  # one test of the script before the Thai words
    + "|".join(sorted(map(re.escape, _THAI), key=len, reverse=True))
    + r")|[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]"
    + r"|(?:[^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]"
    + r"|[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0dff\u0e31-\u0e4e])+"
    + r"(?:['\u2019\u02bc][^\W\d_]+)*|\d+"
)


def tokens(text: str) -> list[re.Match[str]]:
    """The tokens of ``text`` (see :data:`TOKEN`)."""
    return list(TOKEN.finditer(text))


def is_number(token: str) -> bool:
    """Whether a lower-cased token may be part of a number read out."""
    return token in NUMBER_WORDS or token in _GLUED_DIGITS or token in JOINERS


def read(spoken: str) -> str:
    """The digits a run of number words and figures reads out ("forty two oh" -> "420")."""
    out: list[str] = []
    pending = 0  # a ten awaiting its unit ("forty" before "two")
    repeat = 1
    previous = ""
    for m in TOKEN.finditer(spoken):
        token = m.group().lower()
        if token.isdigit():
            value: str | None = token if token.isascii() else _ascii(token)
        else:
            value = DIGITS.get(token) or _GLUED_DIGITS.get(token)
        if token in REPEAT:
            repeat = REPEAT[token]
        elif token in JOINERS:
            pass  # "cuarenta y dos": the unit joins the ten
        elif token == "dix" and pending in (60, 80):
            pending += 10  # "soixante-dix", "quatre-vingt-dix"
        elif token in TENS:
            if pending:
                out.append(str(pending))
            if token in ("vingt", "vingts") and previous == "quatre" and out[-1:] == ["4"]:
                out.pop()
                pending = 80
            else:
                pending = TENS[token]
        elif token == _TIMES_TEN and out and len(out[-1]) == 1:
            pending = int(out.pop()) * 10
        elif token == _PLUS_TEN and out and len(out[-1]) == 1:
            out.append(str(10 + int(out.pop())))
        elif value is not None:
            if pending and len(value) == 1 and value != "0":
                out.append(str(pending + int(value)))
            elif pending in (60, 70, 80, 90) and len(value) == 2 and value[0] == "1":
                out.append(str(pending + int(value)))  # "soixante-dix-sept", "quatre-vingt-onze"
            else:
                if pending:
                    out.append(str(pending))
                out.append(value * repeat if len(value) == 1 else value)
            pending, repeat = 0, 1
        previous = token
    if pending:
        out.append(str(pending))
    return "".join(out)


def _ascii(token: str) -> str:
    return "".join(str(int(ch)) for ch in token)


_COUNTING = "0123456789"


def counting(digits: str) -> bool:
    """Whether ``digits`` is counting ("one two three ... nine"), not a number told."""
    return digits in _COUNTING or digits in _COUNTING[1:] + "10"
