"""Delivery and home addresses after a label, in the shapes of the label's language.

"Bezorgadres: Kerkpad 14, 3521 KL Utrecht", "Leveransadress: ...", "Adres do wysyłki:
...", "Moj naslov je: ...", "Manzilim: ... ko'chasi 14-uy", "Мекенжайым: ... 12 үй",
"මගේ ලිපිනය: 41/2, ... පාර": a word for an address (alone, in a compound, with "my"),
a colon or "is", then what reads as an address: a house number before a comma, a
postcode of the country's shape, or a word naming a street, a house or a flat. Labels
of a mail, network or wallet address are no street ("IP-adres:", "e-mailadresse:").

Kept by hand, like the grammars of :mod:`.streets`: no library on the package index finds
addresses inside free text without a model.
"""

from __future__ import annotations

import re

from .hints import holds_any
from .text_forms import lower

__all__ = ["find_labelled_addresses"]

#: What a text with a label holds, in lower case: the gate in front of the search.
_HINTS = ("adres", "naslov", "manzil", "мекен", "ලිපින", "വിലാസ", "ਪਤਾ", "adiresh", "dírẹ́sì")
#: A label: a compound on an address word (Dutch, Nordic, Polish, South Slavic, Turkish,
#: Estonian, Lithuanian), "naslov" (Slovenian), "manzil" (Uzbek), "мекенжай" (Kazakh),
#: Sinhala, Malayalam, Punjabi, Hausa and Yoruba words; "my" before or after it, a colon or "is".
_LABEL = re.compile(
    r"(?i:(?<![\w-])(?!(?:e-?mail|mail|ip|mac|web|server|url|net|e-?post|wallet|ethereum"
    r"|bitcoin|btc|eth|contract|memory|hex|proxy|host|firmen|firma|bedrijfs|kantoor"
    r"|företags|butiks|besøks|besöks|kontor|winkel|vestigings|hoofdkantoor|company|office"
    r"|shop|store)[\s-]?(?:adr|add))"
    r"(?:(?:min|mitt|mijn|mój|moja|moj|mano|minu)\s+)?"
    r"[^\W\d_]*(?:adres|adress|adresse|adresa|adrese|adresi|adresas)[^\W\d_]{0,4}"
    r"(?:\s+(?:min|mitt|mijn|do wysyłki|dostawy|zamieszkania|za dostavo|za dostavu))?"
    r"|(?:(?:moj|moja|domači|dostavni)\s+)?naslov(?:\s+(?:za dostavo|bivališča))?"
    r"|(?:yetkazib berish |uy |yashash )?manzil(?:im|i|imiz)?"
    r"|(?:жеткізу |үй )?мекен-?жай(?:ым|ы|ымыз)?"
    r"|adireshi(?:na|n)?|àdírẹ́sì(?:\s+mi)?)"
    r"|(?:මගේ\s+)?ලිපිනය|(?:എന്റെ\s+)?വിലാസം|(?:ਮੇਰਾ\s+)?ਪਤਾ"
)
#: After the label: a colon, or "is" / "are" in the labels' languages.
_AFTER_LABEL = re.compile(
    r"\s*(?:[:：]|(?i:is|ist|er|är|je|jest|to|ni|shine)(?![^\W\d_])(?:\s*:)?)\s*"
)
#: A dot after a word of one to four letters is an abbreviation ("sh.", "қ.", "ul."), no end.
_ABBREVIATION = "".join(rf"(?<!(?<![^\W_])[^\W\d_]{{{n}}})" for n in range(1, 5))
#: Where a labelled address ends: a sentence or line end, a JSON string's closing quote.
_END = re.compile(
    rf"[!?。！？\n]|{_ABBREVIATION}\.(?:\s|$)|\.$" r'|"(?=\s*[,}\]])|\\n|\\"(?=\s*[,}\]])'
)
#: A dot after a word of five letters or more, at the end: the sentence's, not the town's.
_LAST_WORD_DOT = re.compile(r"[^\W\d_]{5}\.$")
#: A house number before a comma ("Kerkpad 14,", "41/2,", "3B,").
_NUMBER_THEN_COMMA = re.compile(r"(?<![\d.:])\d{1,4}(?:/\d{1,4})?[A-Za-z]?\s*[,،，]")
#: Postcodes: Dutch "3521 KL", Polish "20-020", Swedish "413 19", four to seven digits.
_POSTCODE = re.compile(
    r"(?<![\d.:])(?:\d{4}\s?[A-Z]{2}(?![\w])|\d{2}-\d{3}|\d{3}\s\d{2}|\d{4,7})(?![\d.:])"
)
#: Words for a street, a house, a flat or a district in the labels' languages.
_UNIT_WORDS = re.compile(
    r"(?i:(?<![^\W\d_])(?:ul|ulica|cesta|ulice|trg|ko['ʻ‘’]chasi|ko['ʻ‘’]cha|uy|xonadon|tumani"
    r"|mavzesi|mahalla|sh|вн|үй|пәтер|көшесі|даңғылы|ауданы|шағынауданы|қ|gate|gata|gatan"
    r"|vägen|veien|vej|gade|straat|laan|weg|plein|sokak|cadde|mahalle|titin|gida)(?![^\W\d_]))"
    r"|පාර|මාවත|වීදිය|പി\.ഒ|റോഡ്"
)
#: An e-mail, a URL or an IP address: a network address, no street.
_NOT_POSTAL = re.compile(r"@|://|\b\d{1,3}(?:\.\d{1,3}){3}\b|\bwww\.")


def find_labelled_addresses(text: str, found: list[tuple[int, int]]) -> None:
    """Add the spans of the addresses after a label that read as an address."""
    lowered = lower(text)
    if not holds_any(lowered, _HINTS):
        return
    for m in _LABEL.finditer(text):
        after = _AFTER_LABEL.match(text, m.end())
        if after is None:
            continue
        start = after.end()
        stop = _END.search(text, start, start + 100)
        end = stop.start() if stop else min(len(text), start + 100)
        value = text[start:end].rstrip(" ,;:")
        if _LAST_WORD_DOT.search(value):  # a sentence's dot before a JSON string's end
            value = value[:-1]
        if _reads_as_address(value):
            found.append((start, start + len(value)))


def _reads_as_address(value: str) -> bool:
    """A number and letters, no network address, and a house number, postcode or unit."""
    if len(value) < 6 or not any(ch.isdigit() for ch in value):
        return False
    if sum(ch.isalpha() for ch in value) < 3 or _NOT_POSTAL.search(value):
        return False
    return (
        _NUMBER_THEN_COMMA.search(value) is not None
        or _POSTCODE.search(value) is not None
        or _UNIT_WORDS.search(value) is not None
    )
