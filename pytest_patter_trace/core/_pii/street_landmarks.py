"""Addresses told as directions: a house or a street with its number, then a landmark.

Where streets have no names or no one uses them, a caller says "flat 302, near the
temple", "villa 18 à côté de la pharmacie", "rua ... 56 perto da igreja", "house 14
behind the mosque". A unit or street with its number and a landmark beside it make an
address; either alone does not ("near the station" is a business's directions, "flat
302" may be a product). Also here, shapes the street modules lack: Chinese addresses
with their numbers in characters (彌敦道六百號十二樓), an Arabic house number before
its street (٢٣ شارع ...), Baltic street words in lower case with a Lithuanian or Latvian
postcode, Icelandic streets before a three-digit postcode.

Kept by hand: no library on the package index finds addresses in free text without a
model (see :mod:`.places`), and directions by landmark are what those models miss most.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .hints import holds_any
from .vocabulary import words

__all__ = ["find_landmark_addresses"]

_NUMBER = r"(?:[\d٠-٩]{1,5}[a-zA-Z]?(?:[-/][\d٠-٩]{1,4})?)"
#: A dwelling's unit and its number, in the languages callers use ("flat 302", "villa 18",
#: "شقة ٤"). Shops, rooms, gates and tables are left out: a business's, or no place.
_UNIT = (
    r"(?:flat|flat no\.?|apartment|apt\.?|house|house no\.?|house number|h\.? ?no\.?"
    r"|plot|plot no\.?|villa|door no\.?|bungalow|quarters|maison|appartement|appt\.?"
    r"|lot|casa|apartamento|apto\.?|lote|moradia|vivienda|número|numéro|num\.?|nº|n°"
    r"|daire|wohnung|hausnummer|rumah|rumah no\.?|nyumba|nyumba namba|bahay|ghar|makaan"
    r"|kothi|butas|íbúð|شقة|بيت|عمارة|عماره|فيلا|منزل|رقم|دار|дом|квартира|кв\.|dom"
    r"|mieszkanie|nhà số|số nhà|บ้านเลขที่|veedu|bari|guriga|apartman|sha2a|sha22a|shaqqa)"
    r"(?:\s+(?:number|no\.?|numero|número|namba|nomor|nambari))?\s*"
    + _NUMBER
    + r"|(?:block|bloco|blok|bloque|bâtiment|building|bldg\.?|tower|wing)\s*[A-Za-z\d]{1,3}(?!\w)"
)
#: A street word, up to four words of its name, then the house number; or an Indian
#: ordinal street ("4th cross", "2nd main").
_STREET = (
    r"(?:rua|rue|avenida|avenue|av\.|calle|carrera|via|street|road|lane|gali|marg|nagar"
    r"|sector|phase|colony|layout|derb|hay|quartier|cité|bairro|barrio|travessa|jalan|jl\.?"
    r"|mtaa|barangay|شارع|حي|ش\.)"
    r"(?:\s+[^\W\d_][\w'’\-]*){0,4}\s+" + _NUMBER + r"(?!\w)"
    r"|\d{1,2}(?:st|nd|rd|th)\s+(?:cross|main|lane|street|road|block|sector|phase)"
)
#: Places people steer by, in the same languages.
_NOUNS = (
    r"temple|mosque|masjid|mandir|church|gurdwara|gurudwara|dargah|pharmacy|chemist|school"
    r"|college|market|bazaar|hospital|clinic|water tank|tank|petrol pump|gas station|bus stop"
    r"|bus stand|railway station|station|post office|police station|park|ground|roundabout"
    r"|junction|chowk|bridge|tower|mall|cinema|stadium|shrine|cemetery|bakery|supermarket"
    r"|mosquée|église|pharmacie|école|marché|hôpital|gare|carrefour|rond-point|boulangerie"
    r"|mairie|stade|pont|cimetière|lycée|dispensaire"
    r"|igreja|farmácia|escola|mercado|estação|paragem|praça|rotunda|padaria|correios"
    r"|cemitério|iglesia|farmacia|escuela|colegio|estación|parada|plaza|panadería"
    r"|gasolinera|kirche|apotheke|schule|bahnhof|moschee|krankenhaus|haltestelle|chiesa"
    r"|scuola|mercato|stazione|fermata|ospedale|moschea|cami|camii|eczane|okul|pazar"
    r"|hastane|durak|gereja|apotek|sekolah|pasar|surau|musholla|msikiti|kanisa|shule|soko"
    r"|simbahan|botika|paaralan|palengke|munisipyo|tanki|jame0|jame3|jami3|jam3|sbitar"
    r"|farmasyan|lmadrasa|lmdrasa|souk|ssouk"
    r"|الجامع|جامع|المسجد|مسجد|الصيدلية|صيدلية|المدرسة|مدرسة|الكنيسة|كنيسة|السوق|المستشفى"
    r"|مستشفى|المخبز|الفرن|محطة|البنك|البريد|الدوار|الحديقة|البقالة|البوسطة"
    r"|церкв\w*|мечет\w*|аптек\w*|школ\w*|рын(?:ок|ка|ке)|больниц\w*|станци\w*|kości(?:ół|oła)"
    r"|meczet\w*|aptek[ia]|szkoł[ya]|rynk\w*|chợ|nhà thờ|chùa|trường|bệnh viện|kovil|koil"
    r"|masjidka|kaniisadda|suuqa|iskuulka|isbitaalka"
)
#: Words that point from a landmark, before it.
_TOWARD = (
    r"near|nearby|behind|opposite|opp\.?|next to|beside|in front of|across from|close to"
    r"|adjacent to|after|à côté de|a cote de|derrière|derriere|en face de|près de|pres de"
    r"|devant|non loin de|perto|atrás|em frente|ao lado|junto|defronte|cerca|detrás"
    r"|enfrente|al lado|frente|hinter|neben|gegenüber|in der nähe|vicino|dietro"
    r"|di fronte|accanto|dekat|di belakang|di depan|sebelah|samping|seberang|karibu na"
    r"|nyuma ya|mbele ya|jirani na|malapit sa|likod ng|tapat ng|katabi ng|harap ng"
    r"|9rib|qrib|7da|hda|9dam|qoddam"
    r"|وراء|خلف|جنب|بجانب|قرب|بالقرب من|مقابل|قدام|أمام|امام|بجوار|جوار"
    r"|возле|около|рядом с|напротив|obok|naprzeciwko|koło|gần|đối diện|cạnh|agagaarka"
    r"|u dhow"
)
#: Words that point from a landmark, after it (Hindi and Urdu, Turkish).
_FROM = (
    r"ke paas|ke pass|ke peeche|ke piche|ke saamne|ke samne|ke bagal|ke baju|ke aage"
    r"|yanı|yanında|karşısı|karşısında|arkası|arkasında|yakını|yakınında"
    r"|er pashe|er kache|pakkathula|pakkathil|pakkam|daggara|de kol|de piche|de samne"
)
#: A landmark with its pointer: up to three words between ("near the old blue mosque").
_LANDMARK = (
    rf"(?:{_TOWARD})(?:\s+[\w'’\-]+){{0,3}}?\s+(?:[ld]['’])?(?:{_NOUNS})(?!\w)"
    rf"|(?<!\w)(?:{_NOUNS})\w{{0,4}}\s+(?:{_FROM})(?!\w)"  # Turkish cases: "okulun karşısı"
    r"|(?:ใกล้|ตรงข้าม|ข้าง|หลัง)\s*(?:วัด|โรงเรียน|ตลาด|โรงพยาบาล|สถานี)"  # Thai: no spaces
)
#: A dwelling or a street with its number; a landmark with its pointer. Found apart and
#: paired by distance: one pattern of both with a stretch between backtracks over the
#: stretch at every place it starts.
PLACE = re.compile(rf"(?i)(?<!\w)(?:{_UNIT}|{_STREET})")
LANDMARK = re.compile(rf"(?i)(?<!\w)(?:{_LANDMARK})")
#: How far before an address its sentence is read for a business's own premises.
_OWN_REACH = 160
#: How far a landmark may follow its place, or come before it; what ends the stretch.
_AFTER, _BEFORE = 80, 60
_STOP = re.compile(r"[.!?\n]")
#: Words one of which a text must hold before the patterns above are tried.
_LANDMARK_HINTS = tuple(
    sorted(
        words(
            """near behind opposite opp next beside front across close adjacent after côté
    cote derri
    face près pres devant loin perto atrás frente lado junto cerca detrás hinter neben
    gegenüber nähe vicino dietro fronte accanto dekat belakang depan sebelah samping
    seberang karibu nyuma mbele jirani malapit likod tapat katabi harap 9rib qrib 7da hda
    9dam qoddam paas pass peeche piche saamne samne bagal baju aage yanı karşı arka yakın
    وراء خلف جنب قرب مقابل قدام أمام امام جوار возле около рядом напротив obok naprzeciwko
    koło gần đối cạnh agagaarka dhow pashe kache pakka daggara kol piche ใกล้ ตรงข้าม ข้าง หลัง"""
        )
    )
)
_LANDMARK_HINTS += tuple(hint.capitalize() for hint in _LANDMARK_HINTS if hint.isascii())

_HAN_NUMBER = r"[零〇一二兩两三四五六七八九十百千\d]"
#: Chinese: a road, its section maybe, and a number in characters or digits before 號,
#: then a floor and a room maybe (``彌敦道六百號十二樓B室``, ``忠孝東路四段二百號五樓``).
CHINESE_SPOKEN_ADDRESS = re.compile(
    r"[\u4e00-\u9fff]{0,16}?[\u4e00-\u9fff](?:[路街巷弄]|(?<![知报報味难難频頻])道)"
    rf"(?:{_HAN_NUMBER}{{1,3}}段)?(?:{_HAN_NUMBER}{{1,4}}[弄巷])?{_HAN_NUMBER}{{1,6}}\s?[号號]"
    rf"(?:{_HAN_NUMBER}{{1,4}}[樓楼层層])?(?:[A-Za-z\d]{{1,3}}\s?[室座])?"
)
#: Arabic: a house number before the street word, then the street's name and its
#: quarter (``٢٣ شارع ...``).
ARABIC_NUMBER_FIRST = re.compile(
    r"(?<![\d٠-٩])[\d٠-٩]{1,4}\s+(?:شارع|ش\.)\s+[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,3}"
)
#: Romanised Arabic: a number and the street word with its name, either order, as its
#: writers spell it with digits ("14 share3 el nasr", "shari3 el haram 22").
ARABIZI_STREET = re.compile(
    r"(?i)(?<![\w])(?:\d{1,4}\s+(?:share3|shari3|sharia|shar3|sharee3)(?:\s+[^\W\d_]+){1,3}"
    r"|(?:share3|shari3|sharia|shar3|sharee3)(?:\s+[^\W\d_]+){1,3}\s+(?:ra2m\s+)?\d{1,4})(?!\w)"
)
#: Lithuanian and Latvian: a street word in lower case, its number, a flat maybe, the
#: town and the postcode with its country letters.
BALTIC_ADDRESS = re.compile(
    r"(?i)(?<!\w)[^\W\d_]+\s+(?:prospektas|pr\.|gatvė|g\.|alėja|plentas|skersgatvis|iela"
    r"|prospekts|bulvāris)\s+\d{1,4}[a-z]?(?:[-/]\d{1,4})?(?:,?\s+(?:butas|bt\.|dz\.)\s*\d{1,4})?"
    r"(?:,?\s+[^\W\d_]+)?,?\s+(?:lt|lv)-?\d{4,5}"
    r"|(?i:(?:lt|lv)-\d{4,5})\s+[^\W\d_]+"
    r"(?:,?\s+[^\W\d_]+)?\s+(?:prospektas|gatvė|iela)\s+\d{1,4}"
)
#: Icelandic: a street named with one of its endings, the house number, a three-digit
#: postcode, and a town.
ICELANDIC_ADDRESS = re.compile(
    r"(?i)(?<!\w)[^\W\d_]{2,}(?:vegur|vegi|gata|götu|stræti|braut|stígur|stíg|tún|hlíð|holt"
    r"|ás|bakki|lind|garður|gerði|sund|torg)\s+\d{1,3}[a-z]?,?\s+\d{3}\s+[^\W\d_]{3,}"
)


#: A business telling where its own premises are ("our clinic near the mosque, plot 4").
_OWN_PREMISES = re.compile(
    r"(?i)\b(?:our|nuestr[oa]|notre|nossa|nosso|unser\w*|hamara|hamari|kami)\s+(?:\w+\s+)?"
    r"(?:clinic|store|shop|office|branch|restaurant|hotel|salon|pharmacy|showroom|outlet|tienda"
    r"|magasin|loja|geschäft|dukaan|toko|kantor|klinik)\b|\b(?:we are|we're) located\b"
    r"|\bvisit us\b|\bfind us\b"
)


#: A house or street number: every place above holds one.
_FIGURES = re.compile(r"\d+")
#: How far around a number its place and landmark may reach.
_AROUND = _BEFORE + _AFTER + 60


def _windows(text: str) -> list[tuple[int, int]]:
    """The stretches around the numbers of ``text``, merged: the only ones searched."""
    windows: list[tuple[int, int]] = []
    for m in _FIGURES.finditer(text):
        lo, hi = max(0, m.start() - _AROUND), m.end() + _AROUND
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def _paired(text: str) -> list[tuple[int, int]]:
    """Each place with its landmark, searched only around the text's numbers.

    A long transcript holds the pointer words ("after", "next") everywhere; its numbers
    are few, and the patterns run on the stretches around them alone.
    """
    spans: list[tuple[int, int]] = []
    for lo, hi in _windows(text):
        spans.extend(_paired_in(text, lo, min(hi, len(text))))
    return spans


def _paired_in(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Each place with the nearest landmark after it (or else before it) in its sentence."""
    marks = [m.span() for m in LANDMARK.finditer(text, lo, hi)]
    if not marks:
        return []
    starts = [s for s, _ in marks]
    spans: list[tuple[int, int]] = []
    for place in PLACE.finditer(text, lo, hi):
        p_start, p_end = place.span()
        i = bisect_left(starts, p_end)
        after = i < len(marks) and marks[i][0] - p_end <= _AFTER
        if after and _STOP.search(text, p_end, marks[i][0]) is None:
            spans.append((p_start, marks[i][1]))
            continue
        j = bisect_right(starts, p_start) - 1
        before = j >= 0 and 0 <= p_start - marks[j][1] <= _BEFORE
        if before and _STOP.search(text, marks[j][1], p_start) is None:
            spans.append((marks[j][0], p_end))
    return spans


def find_landmark_addresses(text: str, found: list[tuple[int, int]]) -> None:
    """Add addresses told as directions, and the spoken shapes listed above."""
    if holds_any(text, _LANDMARK_HINTS):
        for start, end in _paired(text):
            # The sentence it is in, up to a short reach back: a text without stops is
            # not searched from its start for every address.
            reach = max(0, start - _OWN_REACH)
            lo = max(reach, text.rfind(".", reach, start), text.rfind("\n", reach, start))
            if _OWN_PREMISES.search(text, lo, end) is None:
                found.append((start, end))
    if "號" in text or "号" in text:
        found.extend(m.span() for m in CHINESE_SPOKEN_ADDRESS.finditer(text))
    if "شارع" in text or "ش." in text:
        found.extend(m.span() for m in ARABIC_NUMBER_FIRST.finditer(text))
    if holds_any(text, ("share3", "shari3", "sharia", "shar3", "sharee3", "Share3", "Shari3")):
        found.extend(m.span() for m in ARABIZI_STREET.finditer(text))
    if holds_any(text, ("lt-", "LT-", "lv-", "LV-", "lt ", "LT ")):
        found.extend(m.span() for m in BALTIC_ADDRESS.finditer(text))
    if holds_any(text, ("veg", "gat", "göt", "stræ", "brau", "stíg", "tún", "hlíð", "holt")):
        found.extend(m.span() for m in ICELANDIC_ADDRESS.finditer(text))
