"""Street addresses of South-East Asia, East Africa, the Middle East and South Asia.

The grammar of each: Indonesian and Malay ``Jalan``/``Jl.``/``Gang`` + name + ``No.``
+ number; Vietnamese ``số`` + number + street, then a ward or district (``phường``,
``quận``, ``xã``); Thai house number, lane, road and district units (ซอย, ถนน, แขวง,
อำเภอ) and a five-digit postcode; Chinese from province to building (省 市 区 路 栋 室);
Arabic street, building and district words (شارع، مبنى، حي); Persian and Urdu
street and plate or house numbers (خیابان، پلاک، مکان نمبر); Swahili ``Mtaa wa`` /
``Barabara ya`` + a house number; post office boxes in many languages; and an address
announced in words ("alamat saya", "địa chỉ", "地址是", "العنوان", "पता") when what
follows has a number and a comma, a unit word or a postcode.

Kept by hand: no maintained package on the index finds addresses inside free text in
these scripts. libpostal (``postal``, ``pypostal-multiarch``) parses an address already
cut out of the text and needs a 2 GB model fetched at run time; ``usaddress`` and
``pyap`` read US, Canadian and British addresses only. These grammars need no model.
"""

from __future__ import annotations

import re

from .hints import words_of
from .text_forms import lower
from .vocabulary import words

#: Indonesian and Malay: a street word, a capitalised name, a house number.
_MALAY = re.compile(
    r"(?<![\w.])(?:Jl|Jln|Jalan|Gg|Gang|Lorong|Lrg|Persiaran|Lebuh|Lebuhraya)\.?\s+"
    r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,4},?\s+(?:(?:No|Nomor|Nombor|Nº)\.?\s*)?"
    r"\d{1,4}[A-Za-z]?(?:/\d{1,4})?(?![\d:.,]\d)"
    r"(?:,?\s+RT\.?\s?\d{1,3}\s?/\s?RW\.?\s?\d{1,3})?"
)
_MALAY_HINTS = ("Jl", "Jalan", "Gg", "Gang", "Lorong", "Lrg", "Persiaran", "Lebuh")

#: Vietnamese units below a province: ward, commune, district, town.
_VI_UNIT = r"(?i:phường|xã|quận|huyện|thị xã|thị trấn|tỉnh|thành phố|tp\.?)"
_VI_WORD = r"[^\W\d_]+"
#: ``số 42 đường Lê Văn Hưu, phường Bến Thành``, ``118 Đường Hoa Sữa, Phường 7``: a house
#: number, a street, then a unit; or a number right before a street word.
_VIETNAMESE = re.compile(
    rf"(?:(?i:số)(?:\s+(?i:nhà))?\s*)?\d{{1,5}}[A-Za-z]?(?:/\d{{1,4}})*,?\s+"
    rf"(?:(?i:đường|phố|ngõ|hẻm|kiệt)\s+(?P<street>{_VI_WORD})(?:\s+{_VI_WORD}){{0,5}}"
    rf"|{_VI_WORD}(?:\s+{_VI_WORD}){{0,5}},\s*{_VI_UNIT}\s+(?P<unit>[^\W_]+)"
    rf"(?:\s+[^\W\d_]+){{0,3}})"
)
_VI_HINTS = ("đường", "Đường", "phố", "Phố", "ngõ", "Ngõ", "hẻm", "Hẻm", "phường", "Phường",
             "xã", "Xã", "quận", "Quận", "huyện", "Huyện", "tỉnh", "Tỉnh")  # fmt: skip

_THAI = r"\u0e00-\u0e7f"
#: Thai units that follow a house number: lane, road, village, moo ("ม." is left out:
#: it also opens a month, "5 ม.ค." is the fifth of January).
_TH_STREET = r"(?:ซอย|ซ\.|ถนน|ถ\.|หมู่บ้าน|หมู่ที่|หมู่)"
#: Thai units of a district; the one-letter abbreviations (ต. อ. จ.) also shorten the days
#: of the week, so they count only after a street unit.
_TH_AREA = r"(?:แขวง|เขต|ตำบล|ต\.|อำเภอ|อ\.|จังหวัด|จ\.)"
THAI_ADDRESS = re.compile(
    # A house number, then a street unit; or a road named, its number, a district.
    rf"(?:(?:บ้านเลขที่|เลขที่)\s?)?\d{{1,4}}(?:/\d{{1,4}})?\s?{_TH_STREET}\s?[{_THAI}\w]+"
    rf"(?:\s?(?:{_TH_STREET}|{_TH_AREA})\s?[{_THAI}\w]+|\s[{_THAI}]+){{0,6}}(?:\s?\d{{5}})?"
    rf"|(?:ถนน|ซอย)[{_THAI}]+\s?\d{{1,4}}(?:/\d{{1,4}})?(?!\d)"
    rf"|(?:ถนน|ซอย)[{_THAI}]+\s?(?:แขวง|ตำบล|อำเภอ|เขต)[{_THAI}]+"
)
_TH_HINTS = ("ซอย", "ซ.", "ถนน", "ถ.", "หมู่", "ม.", "แขวง", "ตำบล", "อำเภอ")

_HAN = r"\u4e00-\u9fff"
#: Chinese from large to small: a province or city, a district or county, then a road,
#: town or village and what follows it; or a road, then a building and a room.
CHINESE_PLACE = re.compile(
    # The numbered building or a postcode is needed: "北京市海淀区中关村" is a district.
    rf"[{_HAN}]{{2,7}}?(?:省|自治区|市)[{_HAN}]{{1,7}}?(?:市|区|县|區|縣|旗)"
    rf"[{_HAN}\dA-Za-z]{{0,20}}?(?:路|街|道|巷|胡同|大道|镇|鎮|乡|鄉|村|里)"
    rf"(?:[{_HAN}A-Za-z\-]{{0,12}}?(?:\d{{1,5}}|[A-Za-z])\s?(?:号|號|栋|棟|幢|座|单元|單元|室|楼|樓|弄)"
    rf"[{_HAN}\dA-Za-z\-]{{0,12}}(?:\s?\d{{6}}(?!\d))?"
    rf"|[{_HAN}\dA-Za-z\-]{{0,20}}\s?\d{{6}}(?!\d))"
    rf"|[{_HAN}]{{1,12}}?(?:路|街|大道|巷|胡同)(?:\d{{1,5}}[号號])?"
    rf"(?:\d{{1,4}}|[A-Za-z])\s?(?:栋|棟|幢|座|单元|單元)(?:\d{{1,5}}(?:室|号|號))?"
)
_ZH_HINTS = ("省", "市", "路", "街", "巷")

#: Arabic: a street word and name, then a building or house number, a district maybe,
#: Arabic-Indic digits too (``شارع الزيتون، مبنى 7، حي الروضة``).
_AR_LETTERS = r"\u0621-\u064a"
ARABIC_ADDRESS = re.compile(
    rf"(?:شارع|طريق|جادة|ش\.)\s+[{_AR_LETTERS}]+(?:\s+[{_AR_LETTERS}]+){{0,3}}\s*[،,]\s*"
    rf"(?:مبنى|عمارة|منزل|بناية|فيلا|رقم|بيت)\s*[\d\u0660-\u0669]{{1,5}}"
    rf"(?:\s*[،,]\s*حي\s+[{_AR_LETTERS}]+(?:\s+[{_AR_LETTERS}]+){{0,2}})?"
    rf"(?:\s*[،,]\s*[{_AR_LETTERS}]+(?:\s+[{_AR_LETTERS}]+){{0,2}}\s+[\d\u0660-\u0669]{{5}})?"
)

#: Persian: a street, square or alley, then the plate number (``خیابان …، پلاک ۱۴``);
#: Urdu: a house number, then a street or block (``مکان نمبر 27، گلی 5``).
PERSIAN_URDU_ADDRESS = re.compile(
    # A numbered alley may come between the street and the plate: "کوچه 9 پلاک 14".
    r"(?:خیابان|بلوار|کوچه|میدان|جاده)\s+[^\n]{1,48}?(?:پلاک|پ\.)\s*[\d۰-۹]{1,5}"
    r"|(?:مکان|گھر|فلیٹ|پلاٹ)\s+نمبر\s*:?\s*\d{1,5}\s*[،,]?\s*"
    r"(?:گلی|سٹریٹ|روڈ|بلاک|سیکٹر|محلہ)\s*\d{0,4}"
)

#: Swahili: ``Mtaa wa Amani nyumba namba 19``, ``Barabara ya Uhuru namba 204``.
_SWAHILI = re.compile(
    r"(?<!\w)(?i:mtaa|barabara|njia)\s+(?:wa|ya|la)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}"
    r",?\s+(?:(?i:nyumba|plot|kiwanja)\s+)?(?i:namba|nambari|na\.|no\.?)\s*\d{1,5}[A-Za-z]?"
)
_SW_HINTS = ("taa ", "arabara ", "jia ")

#: Romanian, Albanian, Balkan and Slavic street words before the name (``Strada Florilor
#: 7``, ``Bulevardul Unirii 12``, ``Rruga e Durrësit 5``, ``Ulica Lipa 3``), and
#: Hungarian, Baltic and Slovene ones after it (``Petőfi Sándor utca 12``, ``Brīvības
#: iela 40``, ``Tartu mnt 5``, ``Slovenska cesta 9``).
_EUROPE_MORE = re.compile(
    r"(?<!\w)(?:Strada|Str\.|Bulevardul|Bd\.|B-dul|Calea|Aleea|Șoseaua|Soseaua|Piața|Piata"
    r"|Splaiul|Intrarea|Rruga|Ulica|Ulice|Ulitsa|Bulevar|Trg)\s+"
    r"(?:(?:e|a|i|lui|de|na)\s+)?[A-ZÀ-ŽȘȚ][\w'’\-]*(?:\s+[A-ZÀ-ŽȘȚ][\w'’\-]*){0,3},?\s+"
    r"(?:(?:nr|br|No)\.?\s*)?\d{1,4}[A-Za-z]?(?![\d:.]\d)"
)
_EUROPE_HINTS = ("Strada", "Str.", "Bulevard", "Bd.", "B-dul", "Calea", "Aleea", "oseaua", "Pia",
                 "Splaiul", "Intrarea", "Rruga", "Ulic", "Ulitsa", "Trg")  # fmt: skip
#: The street word after the name, then the number: found first, the name read backwards.
_SUFFIX_STREET = re.compile(
    r"\s(?:utca|út|útja|tér|körút|köz|u\.|iela|gatvė|prospektas|tänav|mnt|pst|cesta|ulica)"
    r"\s+\d{1,4}(?:/[A-Za-z\d]{1,3})?(?![\d:.]\d)"
)
#: The name before it opens with a capital; speech-to-text may write the rest in lower case
#: ("Arany jános tér"), but a short word there is grammar ("Naslov je ...": the address is).
_SUFFIX_NAME = re.compile(
    r"(?<!\w)[A-ZÀ-Ž][\w'’\-]*(?:\s+(?:[A-ZÀ-Ž][\w'’\-]*|[^\W\d_]{4,})){0,2}$"
)
_SUFFIX_HINTS = (" utca", " út", " tér", " körút", " köz", " u.", " iela", " gatvė",
                 " prospektas", " tänav", " mnt", " pst", " cesta", " ulica")  # fmt: skip
#: A flat, house or plot number, then comma-separated capitalised parts with a street word
#: or a postcode among them: ``Flat 4B, Sea View Apartments, MG Road, Kochi 682016``.
_UNIT_LINE = re.compile(
    r"(?<!\w)(?:Flat|Apartment|Apt|House|H\.\s?No|Plot|Door|Unit|Suite|Block)\.?\s+"
    r"(?:No\.?\s*)?\d{1,5}[A-Za-z]?(?:[-/]\d{1,4})?"
    r"(?:,\s*[A-Z0-9][\w.'’\-]*(?:\s+[A-Z0-9][\w.'’\-]*){0,4}){1,5}"
)
_UNIT_LINE_PARTS = re.compile(
    r"\b(?:Road|Rd|Street|St|Lane|Marg|Nagar|Colony|Layout|Avenue|Ave|Sector|Phase|Cross"
    r"|Main|Drive|Close|Way)\b|(?<!\d)\d{4,6}(?!\d)"
)
_UNIT_LINE_HINTS = ("Flat", "Apartment", "Apt", "House", "H.", "Plot", "Door", "Unit", "Suite",
                    "Block")  # fmt: skip

#: Post office boxes: English, Swahili, German, Dutch, Nordic, Spanish, Portuguese,
#: Italian, French, Polish, Arabic, Hebrew, Japanese, Korean. "BP" alone is left out: it
#: is also a blood pressure.
PO_BOX = re.compile(
    r"(?<!\w)(?:P\.?\s?O\.?\s?Box|S\.\s?L\.\s?P\.?|Sanduku la Posta|Postfach|Postbus|Postboks"
    r"|Postbox|Apartado (?:de [Cc]orreos|[Pp]ostal)|Apdo\.|Caixa [Pp]ostal|Casella [Pp]ostale"
    r"|Bo[iî]te [Pp]ostale|Case [Pp]ostale|Skrytka [Pp]ocztowa|ص\.\s?ب\.?|صندوق بريد|ת\.ד\.?"
    r"|תא דואר|私書箱|사서함)\s*:?\s*[\d\u0660-\u0669]{1,6}(?:\s\d{2,3}){0,2}(?!\d)"
)
_PO_HINTS = ("Box", "S.L", "S. L", "Sanduku", "Postf", "Postb", "Apartado", "Apdo", "Caixa",
             "Casella", "postale", "Postale", "Skrytka", "ص.", "صندوق", "ת.ד", "תא דואר", "私書箱",
             "사서함")  # fmt: skip

#: Words announcing an address, then the address, in the languages the grammars above
#: cover and more: Indonesian/Malay, Swahili, Vietnamese, Thai, Chinese, Japanese,
#: Korean, Hebrew, Arabic, Hindi, Russian/Ukrainian, Turkish, Tagalog.
ADDRESS_LEAD = re.compile(
    r"(?:(?<![\w])(?P<verb>(?i:kirim ke|antar ke|tinggal di|ninaishi|naishi|anaishi"
    r"|giao (?:đến|tới)|gửi (?:đến|tới)))|ส่งไปที่|送到|寄到"
    r"|(?<![\w])(?i:alamat(?:\s+(?:saya|rumah|kami|pengiriman|lengkap))?|anwani(?:\s+yangu)?"
    r"|địa chỉ(?:\s+(?:của tôi|nhà|giao hàng))?|адрес(?:а|у)?|адреса|adresim|tirahan ko"
    r"|(?:मेरा|हमारा|घर का|आपका|उनका|डिलीवरी का) पता)"
    r"|ที่อยู่|地址|住址|住所|주소|כתובת|הכתובת|العنوان|عنواني|عنوان"
    # Persian, Urdu, Bengali, Tamil, Telugu, Kannada, Marathi.
    r"|آدرس|نشانی|پتہ|ঠিকানা|முகவரி|చిరునామా|ವಿಳಾಸ|पत्ता"
    # Armenian, Georgian, Nepali, and in Latin script Azerbaijani, Nguni (Zulu, Xhosa,
    # Ndebele), Sotho-Tswana, Bengali and Hindi written in Latin letters, Romance languages.
    r"|[Հհ]ասցե[նս]?|მისამართი|ठेगाना"
    r"|(?<![\w])(?i:ünvan(?:ım|ımız)?|ikheli(?:\s+lami)?|idilesi(?:\s+yam)?|aterese(?:\s+ya\s+ka)?"
    r"|thikana|amar\s+(?:basha|bari)|(?:mera|hamara|ghar ka)\s+pata|indirizzo|direcci[óo]n"
    r"|endere[çc]o))"
    # Not an e-mail, IP or server address: "địa chỉ IP", "العنوان الإلكتروني", "адрес сервера".
    # Nor a Romance "dirección del servidor", "indirizzo di posta", "endereço de rede".
    r"(?!\s*(?i:(?:del?|di|do|da|della|dello)\s+(?:la\s+)?(?:servidor|server|correo|posta"
    r"|red|rete|rede|memoria|memória|host|sitio|site|api|cartera|wallet|carteira)\b))"
    r"(?!\s*(?i:e-?mail|ip\b|ipv|mac\b|surel|web|url|сервер|электрон|эл\.|الإلكتروني"
    r"|الالكتروني|البريد|电子|邮箱|網址|网址|ईमेल|อีเมล))"
    r"(?:\s*(?:is|là|ni|yangu ni|saya|của tôi là|của tôi|:|：|是|は|는|은|שלי|हमारा|है|من|—|-"
    r"|՝|è|é|es|ist|ngu-|ngu|yi-|ke|hai|hoy|mi[oa]?|del cliente|di consegna|de entrega))*"
    r"\s*"
)
_LEAD_HINTS = ("alamat", "anwani", "địa chỉ", "kirim ke", "antar ke", "tinggal di", "naishi",
               "giao ", "gửi ", "адрес", "adresim", "tirahan", "पता", "ที่อยู่", "ส่งไปที่", "地址",
               "住址", "送到", "寄到", "住所", "주소", "כתובת", "العنوان", "عنوان", "آدرس", "نشانی",
               "پتہ", "ঠিকানা", "முகவரி", "చిరునామా", "ವಿಳಾಸ", "पत्ता", "ասցե", "მისამართი",
               "ठेगाना", "ünvan", "ikheli", "idilesi", "aterese", "thikana", "pata", "indirizzo",
               "direcci", "endereço", "endereco", "amar basha", "amar bari")  # fmt: skip
#: Where an announced address ends: a sentence end, a line end, or 90 characters.
#: A dot after a word of one to four letters is an abbreviation ("буд. 8", "kel. Sari",
#: "Depto. 5"), not a sentence end.
_ABBREVIATION = "".join(rf"(?<!(?<![^\W_])[^\W\d_]{{{n}}})" for n in range(1, 5))
#: A closing quote before a JSON comma or brace ends it too (a transcript's "text" field).
_LEAD_END = re.compile(
    # A dot after a Brahmic combining mark closes an abbreviation (Nepali "नं."), no sentence.
    rf"[!?。！？\n](?:\s|$)|{_ABBREVIATION}(?<![\u0900-\u0dff])\.(?:\s|$)|[!?。！？\n]$|\n"
    r'|"(?=\s*[,}\]])'
)
#: Words of an address's parts in the languages ADDRESS_LEAD reads, for the check that
#: what follows a lead word is an address and not "my address changed in 2019".
_UNIT_WORDS = re.compile(
    r"(?i:\b(?:rt|rw|kel|kec|kab|desa|blok|jl|jalan|gang|gg|mtaa|barabara|nyumba|số nhà"
    r"|đường|phường|quận|huyện|xã|tỉnh|ул|улица|дом|кв|sokak|cadde|mahalle|sector)\b)"
    r"|मार्ग|रोड|गली|नगर|सेक्टर|कॉलोनी|मोहल्ला|ถนน|ซอย|แขวง|เขต|ตำบล|อำเภอ|จังหวัด|หมู่"
    r"|\d\s?[号號栋棟室楼樓]|[\u4e00-\u9fff][省市区县路街]|丁目|番地|[동로길구]\b|רחוב|שדרות|דירה"
    r"|شارع|حي|مبنى|عمارة"
    # Latin-script house, road and block words after a lead word (South Asia, Caucasus).
    r"|(?i:\b(?:house|road|lane|block|sector|holding|flat|plot|ward|küç|küçəsi|prospekti|ev"
    r"|mənzil|umgwaqo|via|piazza|calle|avenida|rua)\b)"
    r"|ქ\.|ქუჩა|გამზ|ք\.|փ\.|փողոց|պող\.|वडा|मार्ग|टोल|चोक"
)
#: A house number right before a comma and the next part ("Name 12, Town").
_NUMBER_THEN_COMMA = re.compile(r"(?<![\d.:/])\d{1,4}[A-Za-z\u05d0-\u05ea]?\s*[,،，]\s*\D")
#: A postcode-shaped number: five to seven digits, or Israel's seven.
_POSTCODE_SHAPE = re.compile(r"(?<![\d.:])\d{5,7}(?![\d.:])")
_NOT_POSTAL = re.compile(r"@|://|\b\d{1,3}(?:\.\d{1,3}){3}\b|\bwww\.")


#: Each group of hints, and the part of it an ASCII text may hold: the others are not
#: looked for in one (each look is a scan of the whole text).
_ASCII_HINTS: dict[tuple[str, ...], tuple[str, ...]] = {
    group: tuple(hint for hint in group if hint.isascii())
    for group in (
        _MALAY_HINTS,
        _SW_HINTS,
        _EUROPE_HINTS,
        _SUFFIX_HINTS,
        _UNIT_LINE_HINTS,
        _PO_HINTS,
        _LEAD_HINTS,
    )
}


def find_world_addresses(text: str, found: list[tuple[int, int]]) -> None:
    """Add the spans of addresses in the grammars of this module."""
    ascii_text = text.isascii()
    _latin(text, ascii_text, found)
    if ascii_text:
        return
    if any(hint in text for hint in _VI_HINTS):
        for m in _VIETNAMESE.finditer(text):
            # A street or unit's name is a proper noun or a number ("Phường 7"): "Quận
            # ủy" (a district committee) and "2 đường nâu" (brown sugar) are no address.
            name = m.group("street") or m.group("unit")
            if name[0].isupper() or name[0].isdigit():
                found.append(m.span())
    if any(hint in text for hint in _TH_HINTS):
        found.extend(m.span() for m in THAI_ADDRESS.finditer(text))
    if any(hint in text for hint in _ZH_HINTS):
        found.extend(m.span() for m in CHINESE_PLACE.finditer(text))
    if "شارع" in text or "طريق" in text or "جادة" in text or "ش." in text:
        found.extend(m.span() for m in ARABIC_ADDRESS.finditer(text))
    if "پلاک" in text or "پ." in text or "نمبر" in text:
        found.extend(m.span() for m in PERSIAN_URDU_ADDRESS.finditer(text))


#: The first words of the Latin-script grammars, in lower case, each group apart: an
#: ASCII text's words are looked up in these instead of a scan per hint.
_FIRST_WORDS: dict[tuple[str, ...], frozenset[str]] = {
    _MALAY_HINTS: words("jl jln jalan gg gang lorong lrg persiaran lebuh"),
    _SW_HINTS: words("mtaa barabara njia"),
    _EUROPE_HINTS: words(
        """strada str bulevardul bd b-dul calea aleea soseaua piata splaiul intrarea rruga
        ulica ulice ulitsa bulevar trg"""
    ),
    _SUFFIX_HINTS: words("u iela prospektas mnt pst cesta ulica utca"),
    _UNIT_LINE_HINTS: words("flat apartment apt house h.no plot door unit suite block"),
    _PO_HINTS: words(
        """box p.o.box pobox s.l.p sanduku postfach postbus postboks postbox apartado apdo
        caixa casella boite case skrytka"""
    ),
    _LEAD_HINTS: words(
        """alamat anwani kirim antar tinggal ninaishi naishi anaishi giao adresim tirahan
        ikheli idilesi aterese thikana pata indirizzo direccion endereco amar"""
    ),
}
#: Each first word, also with the dot that may end it (``jl.``, ``box.``).
_FIRST_WORDS = {
    group: first | {word + "." for word in first} for group, first in _FIRST_WORDS.items()
}
#: Every first word: a text with none of them skips every group at once.
_ANY_FIRST_WORD = frozenset().union(*_FIRST_WORDS.values())
#: Punctuation around words ("(Jl.", '"Postfach'), turned to spaces before the lookup;
#: dots stay (``S.L.P.``, ``p.o.box``, ``jl.``).
_AROUND_WORDS = str.maketrans({c: " " for c in "\"'`“”‘’()[]{}<>,;:!?/|=*#&"})


def _ascii_words(text: str) -> frozenset[str]:
    """The words of an ASCII text, in lower case, punctuation around them taken off.

    Its distinct words stand for it: the punctuation turns to spaces word by word.
    """
    return frozenset(words_of(lower(text)).translate(_AROUND_WORDS).split())


def _latin(text: str, ascii_text: bool, found: list[tuple[int, int]]) -> None:
    """The grammars of Latin-script words (and the announced address, any script)."""
    present = _ascii_words(text) if ascii_text else frozenset()
    if ascii_text and _ANY_FIRST_WORD.isdisjoint(present):
        return

    def hints(group: tuple[str, ...]) -> tuple[str, ...]:
        # An ASCII text is searched for a group's hints only when it holds one of its
        # first words: one set lookup instead of a scan of the text per hint.
        if ascii_text:
            return _ASCII_HINTS[group] if not _FIRST_WORDS[group].isdisjoint(present) else ()
        return group

    if any(hint in text for hint in hints(_MALAY_HINTS)):
        found.extend(m.span() for m in _MALAY.finditer(text))
    if any(hint in text for hint in hints(_SW_HINTS)):
        found.extend(m.span() for m in _SWAHILI.finditer(text))
    if any(hint in text for hint in hints(_EUROPE_HINTS)):
        found.extend(m.span() for m in _EUROPE_MORE.finditer(text))
    if any(hint in text for hint in hints(_SUFFIX_HINTS)):
        for m in _SUFFIX_STREET.finditer(text):
            name = _SUFFIX_NAME.search(text, max(0, m.start() - 60), m.start())
            if name is not None:
                found.append((name.start(), m.end()))
    if "," in text and any(hint in text for hint in hints(_UNIT_LINE_HINTS)):
        for m in _UNIT_LINE.finditer(text):
            # A street word or postcode among the parts: "Suite 12, Tests" has none.
            if _UNIT_LINE_PARTS.search(text, text.index(",", m.start()), m.end()):
                found.append(m.span())
    if any(hint in text for hint in hints(_PO_HINTS)):
        found.extend(m.span() for m in PO_BOX.finditer(text))
    lowered = lower(text)
    if any(hint in lowered for hint in hints(_LEAD_HINTS)):
        _announced(text, found)


#: A part of a line split at commas: a number alone, or letters with a number maybe.
_PART_SPLIT = re.compile(r"\s*[,،，]\s*")


def _parts(value: str) -> bool:
    """Three comma-separated parts or more: one a postcode alone, one a town's name.

    "ngu-12 umgwaqo kaSizwe, eMlazi, 4066": a house and street, a town, a postcode. A
    town is one to three words of letters with a capital (or in a script without case);
    "cambiato, 3 volte in 2 anni, per motivi diversi" has neither a postcode nor a town.
    """
    parts = [p for p in _PART_SPLIT.split(value) if p]
    if len(parts) < 3:
        return False
    # The postcode alone, or after the last part's town ("..., Kerman 7616").
    last = parts[-1].split()
    postcode = any(p.isdigit() and 4 <= len(p) <= 6 for p in parts[1:]) or (
        len(last) >= 2 and last[-1].isdigit() and 4 <= len(last[-1]) <= 6
    )
    return postcode and any(_town(p) for p in parts[1:])


def _town(part: str) -> bool:
    words = part.split()
    letters = part.replace(" ", "").replace("-", "").replace(".", "")
    return 1 <= len(words) <= 3 and letters.isalpha() and not letters.islower()


def _announced(text: str, found: list[tuple[int, int]]) -> None:
    """An address after words announcing one, when it reads as an address.

    What follows must hold a number and letters, and one of: a house number before a
    comma, a word naming an address's part (street, ward, district...), or a
    postcode-shaped number; after a verb ("send it to", "I live"), a postcode or two
    parts. "My address changed in 2019" has none of these; an e-mail, a URL or an IP
    address is no street.
    """
    for m in ADDRESS_LEAD.finditer(text):
        start = m.end()
        stop = _LEAD_END.search(text, start, start + 90)
        end = stop.start() if stop else min(len(text), start + 90)
        value = text[start:end].rstrip(" ,;:、，")
        if len(value) < 4 or not any(ch.isdigit() for ch in value):
            continue
        if sum(ch.isalpha() for ch in value) < 2 or _NOT_POSTAL.search(value):
            continue
        # After a verb ("I live", "send it to"), a number before a comma is too weak a
        # sign: "ninaishi hapa miaka 5, ..." is five years (the grammars above find the
        # streets said after such a verb).
        verb = m.group("verb") is not None or m.group().startswith(("ส่ง", "送", "寄"))
        # After a verb, two address parts are needed: "mtaa huu" (this street) is one.
        units = len(_UNIT_WORDS.findall(value)) >= (2 if verb else 1)
        shaped = (
            (not verb and _NUMBER_THEN_COMMA.search(value) is not None)
            or units
            or _POSTCODE_SHAPE.search(value) is not None
            or (not verb and _parts(value))
        )
        if shaped:
            found.append((start, start + len(value)))
