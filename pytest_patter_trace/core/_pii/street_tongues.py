"""Addresses said after the word for "address" (or "I live at") in languages :mod:`.streets` misses.

Central Asia and Mongolia (Kyrgyz "дарек", Kazakh "мекенжай", Uzbek "manzil", Tajik
"суроға", Mongolian "хаяг"), Pashto and Sindhi ("پته", "پتو"), Indic scripts beside the
ones :mod:`.streets` reads (Odia, Assamese, Malayalam, Gujarati, Gurmukhi, Sinhala),
mainland South-East Asia (Khmer, Lao, Burmese), Tibetan, the Horn of Africa (Somali
"cinwaan", Oromo "teessoo", Amharic and Tigrinya "አድራሻ"), Hausa, the North Atlantic
(Faroese "bústaður", Icelandic "heimilisfang") and the verbs of living somewhere
(Andean Spanish "vivo en", Cebuano "nagpuyo ko sa", Tagalog "nakatira ako sa").

What follows the word must read as an address: a digit, and a street, house, quarter or
number word of any of these languages, or a house number before a comma. After a verb
("vivo en Lima hace 12 años") a street word is needed and a number. A street word of
Romanian and its neighbours with its name, a town and a postcode ("Strada Livezii,
Pitești, 110127"), a Nepali road with its ward, and an Armenian town, postcode and
street ("ք. Գավառ, 1201, Սայաթ-Նովա 14") are addresses without a lead word.

Kept by hand, like the grammars of :mod:`.streets`: no library on the package index
finds addresses inside free text in these scripts without a model.
"""

from __future__ import annotations

import re

from .hints import holds_any

__all__ = ["find_said_addresses"]

#: The word for "address" (with the possessive endings the languages join to it), or a
#: verb of living somewhere, then what joins it to the address (":", "is", "waa", "er").
_LEAD = re.compile(
    r"(?:(?<!\w)(?P<verb>(?i:vivo en|vivimos en|mi casa (?:queda|est[áa]) en"
    r"|nagpuyo (?:ko|ako) sa|nagpuyo mi sa|nakatira (?:ako|kami) sa))"
    r"|(?<!\w)(?i:дарег\w*|дарек\w*|мекенжай\w*|манзил\w*|manzil\w*|суроға\w*|хаяг\w*"
    r"|cinwaan\w*|teessoo\w*|adireshi\w*|bústað\w*|heimilisfang\w*)"
    r"|پته|پتو|ناونیشان|آدرس|نشانی|ଠିକଣା|ঠিকনা|വിലാസ|સરનામ|ਪਤਾ|ලිපිනය|អាសយដ្ឋាន|ທີ່ຢູ່|လိပ်စာ|ཁ་བྱང"
    r"|[ኣአ]ድራሻ)"
    # Not an e-mail's or a server's address.
    r"(?!\s*(?i:e-?mail|ip\b|url|web|сервер|электрон|ای ?میل|إلكتروني))"
    r"[^\s\d:]{0,12}(?:\s*(?:[:：፡]|waa|er|kay|ay|koo|ni|is|ko|sa|hjá mær er|mitt er|man|ман"
    r"|من|د|هي|ହେଉଛି|ആണ്|છે|ਹੈ|ནི|ਦਾ|mi|la|en)(?=\s|$|[^\w\s]))*\s*"
)
#: Where the address ends: a sentence's end in any of the scripts, a line's end, or a
#: closing quote before JSON's comma or brace (a transcript's field).
#: A dot after a word of one to four letters is an abbreviation ("Jr.", "Av.", "ቁ."), no end.
_ABBREVIATION = "".join(rf"(?<!(?<![^\W_])[^\W\d_]{{{n}}})" for n in range(1, 5))
_END = re.compile(rf"[!?।॥။។።](?=\s|$|\")|{_ABBREVIATION}\.(?=\s|$|\")|\n|\"(?=\s*[,}}\]])")
#: Words of an address's parts: street, road, avenue, quarter, district, house, flat,
#: building and "number", in the languages of _LEAD.
_UNIT_WORDS = re.compile(
    r"(?i:(?<!\w)(?:көчө\w*|кӯча\w*|кўча\w*|көше\w*|даңғыл\w*|проспект\w*|гудамж\w*"
    r"|чөлөө|байр\w*|тоот|хороо\w*|дүүрэг\w*|баг|үй\w*|пәтер\w*|хона\w*|бино\w*|мкр\w*"
    r"|микрорайон\w*|ko.chasi|uy|mahalla\w*|kvartal\w*|wadada|waddada|jidka|guriga"
    r"|xaafad\w*|degmad\w*|daandii|karaa|mana|ganda|gøta|\w+gøta|gata|\w+gata|vegur"
    r"|\w+vegur|\w+vegi|stræti|\w+stræti|purok|barangay|brgy|sitio|street|st|avenue|ave"
    r"|road|rd|blvd|boulevard|jr|jirón|jiron|av|avenida|calle|pasaje|psje|mz|lt|urb"
    r"|manzana|lote|titi|layi)(?!\w))"
    r"|سړک|کوڅه|کور|گهر|گهٽي|روڊ|بازار|محل|سرک|خانه|کوچه|جاده|نمبر"
    r"|ଘର|ରାସ୍ତା|ରୋଡ|ନଗର|ଗଳି|ମାର୍ଗ|ନମ୍ବର|ঘৰ|পথ|ৰোড|নগৰ|গলি|নং|വീട്|റോഡ്|നഗർ|തെരുവ്|നമ്പർ"
    r"|ઘર|રોડ|માર્ગ|નંબર|ਘਰ|ਮਕਾਨ|ਗਲੀ|ਰੋਡ|ਨੰਬਰ|පාර|මාවත|අංක|නිවස"
    r"|ផ្ទះ|ផ្លូវ|សង្កាត់|ខណ្ឌ|ភូមិ|ບ້ານ|ຖະໜົນ|ເລກທີ|လမ်း|အမှတ်|အိမ်|ရပ်ကွက်"
    r"|ጎደና|ጎዳና|መንገድ|ቤት|ቁ\.|ቁጥር|ቀበሌ|ወረዳ|ክፍለ ከተማ|ዞባ|ལམ|ཁང་པ|ཁྱིམ|གྲོང"
)
#: A house number before a comma (any script's digits and commas).
_NUMBER_THEN_COMMA = re.compile(r"\d{1,5}[^\W\d_]?\s*[,،፣，、]")
_NOT_POSTAL = re.compile(r"@|://|\b\d{1,3}(?:\.\d{1,3}){3}\b|\bwww\.")
#: Every _LEAD match holds one of these (the verbs in lower case or with a capital).
_LEAD_HINTS = ("vivo en", "Vivo en", "vivimos en", "Vivimos en", "casa queda", "casa est",
               "agpuyo", "akatira", "дарег", "Дарег", "дарек", "Дарек", "екенжай", "анзил",
               "anzil", "уроға", "хаяг", "Хаяг", "inwaan", "eessoo", "direshi", "ústað",
               "eimilisfang", "پته", "پتو", "ناونیشان", "آدرس", "نشانی", "ଠିକଣା", "ঠিকনা",
               "വിലാസ", "સરનામ", "ਪਤਾ", "ලිපිනය", "អាសយដ្ឋាន", "ທີ່ຢູ່", "လိပ်စာ", "ཁ་བྱང",
               "ድራሻ")  # fmt: skip
_LEAD_HINTS_ASCII = tuple(hint for hint in _LEAD_HINTS if hint.isascii())

_CAP = r"[A-ZÀ-ÞĀ-ŽȘȚ][\w'’\-]*"
#: A street word of Romania and its neighbours (or of Latin America), the street's name,
#: the town, then a postcode: said with no house number ("Drumul Morii, Sibiu, 550125").
_STREET_TOWN_POSTCODE = re.compile(
    r"(?<!\w)(?:Strada|Str\.|Drumul|Calea|Bulevardul|Aleea|Șoseaua|Soseaua|Splaiul|Intrarea"
    r"|Piața|Ulica|Ulitsa|Rruga|Jirón|Avenida|Calle)\s+"
    rf"{_CAP}(?:\s+{_CAP}){{0,3}},\s*{_CAP}(?:\s+{_CAP}){{0,2}},?\s+\d{{4,6}}(?![\d.:])"
)
_STREET_TOWN_HINTS = ("Str", "Drumul", "Calea", "Bulevard", "Aleea", "oseaua", "Splaiul",
                      "Intrarea", "Pia", "Ulic", "Ulitsa", "Rruga", "Jirón", "Avenida",
                      "Calle")  # fmt: skip
#: Every hint an ASCII text may hold (asked as one prefix tree, of a long text's words).
_ASCII_HINTS = _LEAD_HINTS_ASCII + _STREET_TOWN_HINTS
#: Nepali and Hindi: a road's name and word, then its ward and number ("... मार्ग वडा 4").
_DEVANAGARI_WARD = re.compile(
    r"[\u0900-\u0963\u0971-\u097f]+\s+(?:मार्ग|रोड|पथ|सडक|गल्ली|गली|चोक)\s*,?\s*"
    r"(?:वडा|वार्ड)\s*(?:नं\.?\s*)?[\d०-९]{1,3}(?![\d०-९])"
)

_HY = r"\u0531-\u0556\u0561-\u0587"
#: Armenian from large to small: a town (ք.) or village (գ.), the postcode, then the
#: street and house number ("ք. Գավառ, 1201, Սայաթ-Նովա 14").
_ARMENIAN_TOWN_FIRST = re.compile(
    rf"(?<![{_HY}])[քգ]\.\s*[{_HY}][{_HY}\-]*(?:\s[{_HY}][{_HY}\-]*)?,\s*\d{{4}},\s*"
    rf"[{_HY}][{_HY}\-]*(?:\s+[{_HY}][{_HY}\-]*){{0,2}}\s+\d{{1,4}}(?!\d)"
)


def find_said_addresses(text: str, found: list[tuple[int, int]]) -> None:
    """Add the spans of addresses said after their word, and the lead-less forms above."""
    ascii_text = text.isascii()
    if ascii_text and not holds_any(text, _ASCII_HINTS):
        return  # most values: one search of the hints' tree over a long text's words
    if holds_any(text, _LEAD_HINTS_ASCII if ascii_text else _LEAD_HINTS):
        _after_lead(text, found)
    if "," in text and holds_any(text, _STREET_TOWN_HINTS):
        found.extend(m.span() for m in _STREET_TOWN_POSTCODE.finditer(text))
    if not ascii_text and ("ք." in text or "գ." in text):
        found.extend(m.span() for m in _ARMENIAN_TOWN_FIRST.finditer(text))
    if not ascii_text and ("वडा" in text or "वार्ड" in text):
        found.extend(m.span() for m in _DEVANAGARI_WARD.finditer(text))


def _after_lead(text: str, found: list[tuple[int, int]]) -> None:
    """An address after a word naming one, when what follows reads as an address."""
    for m in _LEAD.finditer(text):
        start = m.end()
        stop = _END.search(text, start, start + 100)
        end = stop.start() if stop else min(len(text), start + 100)
        value = text[start:end].rstrip(" ,;:،፣")
        if len(value) < 4 or not any(ch.isdigit() for ch in value):
            continue
        if sum(ch.isalpha() for ch in value) < 2 or _NOT_POSTAL.search(value):
            continue
        units = _UNIT_WORDS.search(value) is not None
        if m.group("verb") is not None:
            shaped = units  # "vivo en Lima hace 12 años": no street word, no address
        else:
            shaped = units or _NUMBER_THEN_COMMA.search(value) is not None
        if shaped:
            found.append((start, start + len(value)))
