"""Street addresses that street words in Latin script do not find.

A street, a house number, then a postcode and a town; Cyrillic, Greek, Hebrew and
Arabic streets; Japanese, Chinese and Korean addresses, whose units (丁目, 号, 구, 길)
tell them apart without spaces. Kept by hand: no library on the package index finds
addresses inside free text without a model (libpostal parses an address already cut
out, and needs a 2 GB model), and these shapes need none.
"""

from __future__ import annotations

import re

from .hit import Hit
from .mask import MASKERS
from .military_mail import find_military_addresses
from .street_caucasus import find_caucasus_streets
from .street_labels import find_labelled_addresses
from .street_landmarks import find_landmark_addresses
from .street_quarters import find_quarter_addresses
from .street_tails import find_country_tails
from .street_tongues import find_said_addresses
from .streets import find_world_addresses
from .vocabulary import PERSON_TOKENS, words

_UPPER = r"A-ZÀ-ÞĀ-ŽĄĆĘŁŃŚŹŻ"
_LETTER = r"\w'’.\-"
#: Postcodes written before the town: 5 digits (DE, FR, ES, IT...), 4 (DK, NO, AT, CH),
#: 4-3 (PT), 5-3 and 8 (BR), 2-3 (PL), 3 2 (SE, CZ), 6 (RU, IN).
_POSTCODE_FIRST = r"(?:\d{5}(?:-\d{3})?|\d{4}(?:-\d{3})?|\d{2}-\d{3}|\d{3}\s\d{2}|\d{6}|\d{8})"

#: A street, a house number, a flat or door maybe, then a postcode and a town:
#: ``Travesía del Olmo 41, 3º B, 47012 Villanueva``, ``Quinta das Rosas, 12, 4710-302 Braga``.
_STREET_NAME = (
    rf"[{_UPPER}][{_LETTER}]*(?:\s+(?:[{_UPPER}][{_LETTER}]*"
    # A particle may take a word in lower case after it ("Rúa de ervedelo").
    r"|(?:de|del|della|di|da|das|do|dos|la|las|los|le|les|du|des|van|von|der|den|y|e)"
    r"(?:\s+[a-zà-ÿ][\w'’\-]+)?)){0,5}"
)
#: A town of three letters or more ("48000 Hz" is a sample rate).
#: Italy writes a comma between the postcode and the town too ("90014, Casteldaccia").
_TOWN_AFTER_POSTCODE = rf",\s*{_POSTCODE_FIRST},?\s+[{_UPPER}][\w\-]{{2,}}"
POSTAL_TAIL = re.compile(
    # A house number may be a range ("Lindenhof-Allee 14-16").
    rf"(?<![\w.])({_STREET_NAME}),?\s+\d{{1,5}}[A-Za-z]?(?:[/-]\d{{1,4}}[A-Za-z]?)?"
    # A flat or door between: words split by single spaces, so each split is one way.
    r"(?:\s*,?\s*[\wºª°.]+(?:\s[\wºª°.]+){0,2})??\s*" + _TOWN_AFTER_POSTCODE
)
#: The house number first: ``1363 Via Alta, 39845 Sanremo``, ``12 Birch Row, 8210 Aarhus``.
POSTAL_TAIL_NUMBER_FIRST = re.compile(
    rf"(?<![\w.,])\d{{1,5}}[A-Za-z]?,?\s+({_STREET_NAME})" + _TOWN_AFTER_POSTCODE
)
#: What every POSTAL_TAIL match holds: a text without it is skipped at C speed.
_POSTCODE_TOWN = re.compile(rf",\s*{_POSTCODE_FIRST},?\s+[{_UPPER}]")
#: A North American line: house number, street, town, state and ZIP, the street without
#: a street type (``4820 Willow Bend, Maple Heights, OH 44137``).
US_LINE = re.compile(
    r"(?<![\w.,])\d{1,6}\s+([A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){0,3}),\s*"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"
)
_STATE_ZIP = re.compile(r"\b[A-Z]{2}\s\d{5}\b")
#: First words of a "name, number, code Word" line that is no street: counters, versions.
_NOT_STREETS = words(
    """retry retries attempt attempts step steps page pages line lines item items row rows
    chunk chunks block blocks batch batches worker node port error errors code status order
    room table seat gate flight level part chapter section figure release version build
    build_id test tests case run runs job jobs shard shards region zone call calls turn
    turns segment segments frame frames packet packets window tab slide track stream streams
    channel channels sample samples abschnitt kapitel seite zeile zeilen teil schritt
    capitolo pagina sezione riga passo capítulo página sección línea paso chapitre ligne
    étape hoofdstuk pagina regel stap"""
)
#: A British or Irish-style postcode closing a line of capitalised parts:
#: ``Flat 3, Orchard House, Little Brampton, KT9 7QX``.
UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b")
UK_ADDRESS = re.compile(
    r"(?:(?:Flat|Apartment|Apt|Unit|Studio|Suite|Room)\s+\d{1,4}[A-Z]?,\s*)?"
    r"(?:\d{1,5}[A-Za-z]?,?\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}"
    r"(?:,\s*(?:\d{1,5}[A-Za-z]?\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}){0,3}"
    r",?\s+[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b"
)

#: Key words of a business's own premises (``store.address``, ``branch.street_address``)
#: or of an advertised home (``listing.street_address``): an address there is published, not a
#: person's. "office" is left out: a person's work
#: address is theirs. Kept by hand, like the key words of
#: :mod:`.vocabulary`: no library says whose an attribute key's address is.
LISTING_TOKENS = words("listing listings advert adverts advertisement classified classifieds")
ORG_ADDRESS_TOKENS = LISTING_TOKENS | words(
    """company business org organisation organization store shop branch outlet
    restaurant cafe hotel venue merchant vendor supplier clinic hospital practice pharmacy
    salon dealership firm tenant warehouse depot premises headquarters hq hub facility
    terminal plant factory fulfilment fulfillment distribution logistics dispatch"""
)

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
#: A Russian, Ukrainian or Bulgarian street word, a name, then a house number.
CYRILLIC_ADDRESS = re.compile(
    r"(?i:\b(?:ул\.|улиц[аеыу]|пр-т\.?|просп(?:ект[еау]?|\.)|пр\.|бул(?:ьвар[еау]?|\.)"
    r"|пер(?:еул(?:ок|ке|ка)|\.)|шоссе|ш\.|наб(?:ережн\w+|\.)|пл(?:ощад\w+|\.)|мкр\.?"
    r"|микрорайон\w*|вул(?:иц[яіею]|\.)|бульв\.|тупик|проезд|пр-д))"
    r"\s*[\u0400-\u04ff][\w\-]*(?:\s+[\u0400-\u04ff][\w\-]*){0,2},?\s+"
    r"(?i:(?:д|дом|буд|будинок)\.?\s*)?\d{1,4}[а-яА-Я]?(?:/\d{1,4})?"
    r"(?:,?\s*(?i:(?:кв|корп|стр|к)\.?\s*)\d{1,4})*"
)
_GREEK = re.compile(r"[\u0370-\u03ff]")
#: A Greek street and number before a postcode (``Ερμού 25, ΤΚ 10563 Αθήνα``), or after
#: a street word (``οδός``, ``Λεωφόρος``).
GREEK_ADDRESS = re.compile(
    r"[\u0386-\u038f\u0391-\u03ab][\u0370-\u03ff'\-]+(?:\s+[\u0370-\u03ff][\u0370-\u03ff'\-]+)"
    r"{0,3}\s+\d{1,4}[Α-Ωα-ω]?,{1,2}\s*(?:Τ\.?\s?Κ\.?\s*)?\d{3}\s?\d{2}\b"
    r"|(?:οδός|οδ\.|Οδός|Λεωφόρος|Λεωφ\.|Λ\.|Πλατεία|Πλ\.)\s+[\u0370-\u03ff][\u0370-\u03ff'\-]+"
    r"(?:\s+[\u0370-\u03ff][\u0370-\u03ff'\-]+){0,3}\s+\d{1,4}"
)
#: Japanese: a block address (``4丁目7番2号``, ``3-15-8`` after a prefecture).
JAPANESE_ADDRESS = re.compile(
    r"[\u4e00-\u9fff\u30a0-\u30ffーヶケ]{0,30}?\d{1,4}\s?丁目\s?\d{1,4}\s?(?:番地?|[-−‐ー])\s?\d{1,4}"
    r"(?:\s?号)?"
    r"|(?:東京都|北海道|京都府|大阪府|[\u4e00-\u9fff]{2,3}県)[\u4e00-\u9fff\u30a0-\u30ffーヶケ]{1,20}?"
    r"\d{1,4}(?:[-−‐ー]\d{1,4}){1,2}|[\u4e00-\u9fff\u30a0-\u30ffーヶケ]{1,30}?\d{1,4}番地"
)
#: Chinese: a road or lane and its number (``文三路478号``), a district before it maybe.
CHINESE_ADDRESS = re.compile(
    # 道 after 知 (know), 报 (report), 频 (channel)... is no road: "我不知道3号".
    r"[\u4e00-\u9fff]{0,16}?[\u4e00-\u9fff](?:[路街巷弄里]|(?<![知报報味难難频頻])道)"
    r"(?:\d{1,4}[弄巷])?\d{1,5}\s?[号號]"
)
#: Korean: a province or city, a district, then a road, block or building with its
#: number (``부산광역시 해운대구 달맞이길 117``).
KOREAN_ADDRESS = re.compile(
    r"[가-힣]{1,10}(?:특별시|광역시|특별자치시|특별자치도|도|시)\s+[가-힣]{1,6}(?:구|군|시)"
    r"(?:\s+[가-힣]{1,8}(?:구|읍|면|동))?\s+[가-힣\-]{0,12}\d[가-힣\d\-]{0,12}"
    r"(?:\s+[가-힣]{0,12}\d[가-힣\d\-]{0,12})?"
    r"|[가-힣\d]{1,12}[가-힣](?:로|길)\s?\d{1,4}(?:번길\s?\d{1,4})?(?:-\d{1,4})?"
    # "택시로 5분" is a taxi and five minutes: a counter after the number is no address.
    r"(?!\d|\s?(?:분|시|개|명|번(?!길)|일|월|년|원|층|초|주|살|세|회|대|권|장|%))"
)
#: Hebrew and Arabic: a street word, the street's name, a house number
#: (``ברחוב הנרקיסים 14``, ``شارع الياسمين 27``); Arabic-Indic digits count.
HEBREW_ARABIC_ADDRESS = re.compile(
    r"(?:[בל]?(?:רחוב|רח['׳]|שדרות|שד['׳]|דרך|סמטת))\s+[\u05d0-\u05ea'׳\"״\-]+"
    r"(?:\s+[\u05d0-\u05ea'׳\"״\-]+){0,3}\s+\d{1,4}"
    r"|(?:شارع|طريق|جادة|ش\.)\s+[\u0621-\u064a\u0660-\u0669\-]+(?:\s+[\u0621-\u064a\-]+){0,3}"
    r"\s+\d{1,4}"
)
_HEBREW_ARABIC_HINTS = ("רח", "שד", "דרך", "סמטת", "شارع", "طريق", "جادة", "ش.")
_KOREAN_HINTS = ("시 ", "도 ", "로", "길")
_JAPANESE_HINTS = ("丁目", "番", "都", "道", "府", "県")


def find_more_addresses(text: str, hits: list[Hit]) -> None:
    """Add addresses told by a postcode after the street, or by the units of their script."""
    found: list[tuple[int, int]] = []
    if "," in text and _POSTCODE_TOWN.search(text):
        for pattern in (POSTAL_TAIL, POSTAL_TAIL_NUMBER_FIRST):
            for m in pattern.finditer(text):
                if m.group(1).split()[0].lower().strip(".") not in _NOT_STREETS:
                    found.append(m.span())
    if "," in text and _STATE_ZIP.search(text):
        for m in US_LINE.finditer(text):
            if m.group(1).split()[0].lower() not in _NOT_STREETS:
                found.append(m.span())
    if "," in text and UK_POSTCODE.search(text):
        found.extend(m.span() for m in UK_ADDRESS.finditer(text) if "," in m.group())
    find_country_tails(text, found)
    find_quarter_addresses(text, found)  # "Villa n° 5, Cité ...", "12 زنقة ...", "9 Ọ̀nà ..."
    if not text.isascii():  # every other pattern needs a letter outside ASCII
        _more_scripts(text, found)
    find_world_addresses(text, found)
    find_said_addresses(text, found)  # "дарегим: ...", "cinwaankaygu waa ...", "vivo en ..."
    find_landmark_addresses(text, found)
    find_labelled_addresses(text, found)
    find_military_addresses(text, found)  # "PSC 1234, Box 5678, APO AE 09123"
    for start, end in found:
        hits.append(Hit("address", start, end, MASKERS["address"](text[start:end])))


def _more_scripts(text: str, found: list[tuple[int, int]]) -> None:
    """Addresses in Cyrillic, Greek, Japanese, Chinese, Korean, Hebrew and Arabic."""
    find_caucasus_streets(text, found)
    if _CYRILLIC.search(text):
        found.extend(m.span() for m in CYRILLIC_ADDRESS.finditer(text))
    if _GREEK.search(text):
        found.extend(m.span() for m in GREEK_ADDRESS.finditer(text))
    if any(hint in text for hint in _JAPANESE_HINTS):
        found.extend(m.span() for m in JAPANESE_ADDRESS.finditer(text))
    if "号" in text or "號" in text:
        found.extend(m.span() for m in CHINESE_ADDRESS.finditer(text))
    if any(hint in text for hint in _KOREAN_HINTS):
        found.extend(m.span() for m in KOREAN_ADDRESS.finditer(text))
    if any(hint in text for hint in _HEBREW_ARABIC_HINTS):
        found.extend(m.span() for m in HEBREW_ARABIC_ADDRESS.finditer(text))


#: Key words of the addresses a business holds about a person: a store's delivery
#: address is its customer's.
_PERSONAL_ADDRESS_TOKENS = words(
    """delivery shipping billing home mailing residential residence pickup dropoff
    destination recipient shipto deliverto invoice"""
)


def business_key(tokens: list[str]) -> bool:
    """Whether an attribute key's words name a business's premises and no person."""
    return (
        not ORG_ADDRESS_TOKENS.isdisjoint(tokens)
        and PERSON_TOKENS.isdisjoint(tokens)
        and _PERSONAL_ADDRESS_TOKENS.isdisjoint(tokens)
    )
