r"""Disclosures as callers say them and speech-to-text writes them: dialects, romanised speech.

A transcript writes Egyptian Arabic in Latin letters with digits for its sounds ("3ayyan",
"el mostashfa"), Tamil, Urdu, Bengali and Armenian as their speakers type them, Cantonese
in its own characters (過身 for "passed away"), and Pashto, Kurdish, Swahili, Hausa,
Yoruba, Tagalog and Serbian in their everyday words. Here are the core of each class
(being ill or in hospital, a death, debt, a court case or prison, refuge without papers)
in those, and family violence ("my husband hits me") in the languages people call in.

Sentences are judged with their digits read as ``0`` (see disclosure.py), so romanised
Arabic is written here with ``0`` where its writers put a digit ("0ayyan" for "3ayyan").
Regular-expression fragments as in disclosure_lexicon.py (each holds a literal word);
scripts as substrings. Kept by hand: no maintained package on the index lists these
across languages (see disclosure_health.py).
"""

from __future__ import annotations

import re

from .vocabulary import phrases, words

__all__ = ["SCRIPT_TIES", "SUBSTRINGS", "TERMS", "TIES", "tied_in_speech"]

#: Who hits a caller at home, and a caller's "me" after the verb, by language.
_HOME_EN = "husband|wife|partner|boyfriend|girlfriend|father|dad|stepfather|mother|mom|mum|ex|son"
_HOME_FR = "mari|conjoint|compagnon|copain|père|beau-père|femme|ex|fils"
_HOME_ES = "esposo|marido|pareja|novio|padre|padrastro|ex|hijo"
_HOME_PT = "marido|companheiro|namorado|pai|padrasto|ex|filho"

#: Romanised Arabic (digits read as 0), Tamil, Urdu, Bengali, Armenian and Kurdish: their
#: terms apart, since their words for "I" and "my" are words of other languages too
#: ("ana", "ami", "yes", "em") and tie a term only of their own language.
_ARABIZI = (
    "0ayyan",
    "0ayan",
    "0ayana",
    "0ayyana",
    "marid[ae]?",
    "da0 el sokk?ar",
    "sokkar",
    # Entered or lying in hospital: the hospital alone is where a booking is made.
    "da0(?:al|la|lt|el) el mostashfa",
    "da0(?:al|la|lt|el) el mosta0fa",
    "saratan",
    "et0?waff?a",
    "et0?waff?et",
    "it0?waff?a",
    "et0abad",
    "fel se0n",
    "deyoun",
    "dyoun",
    "0amel",
    "0amla",
    "0aamel",
    "tala0",
)
_TAMIL = (
    "sugar irukk?u",
    "cancer irukk?u",
    r"kadan (?:irukk?u|vaangi\w*)",
    r"iranth\w*",
    "hospital ?la",
)
_URDU = (
    "inteqaa?l ho ga(?:ya|yi|ye)",
    "intiqaa?l ho ga(?:ya|yi|ye)",
    "intekaa?l ho ga(?:ya|yi|ye)",
    "wafaa?t ho ga(?:ya|yi|ye)",
    "case chal raha",
    "jail mein hai",
    "giraftar ho ga(?:ya|yi|ye)",
    "qarz(?:a)? (?:hai|liya)",
)
_BENGALI = (
    "diabetes (?:ache|achhe|hoyeche)",
    "sugar (?:ache|achhe|hoyeche)",
    "cancer (?:ache|achhe|hoyeche)",
    "hospital e (?:chilam|achi|achhe)",
    r"mara gech\w*",
    "dhar (?:ache|achhe|korechi)",
)
_ARMENIAN = (
    r"hivand\w*",
    r"shakarakht\w*",
    r"qaghtskegh\w*",
    "mahacav",
    "mahacel",
    r"partq\w*",
    "bantum",
    "hghi",
)
_KURDISH = (
    r"penaber\w*",
    r"nexweş\w*",
    r"nexwes\w*",
    r"şekir\w*",
    r"wefat kir\w*",
    r"deyndar\w*",
    r"girtîgeh\w*",
    "hat(?:e)? girtin",
)
_PERSIAN = (r"bedehkar\w*", r"varshekast\w*", "bimarestan", r"saratan\w*", "fot kard")
_ALBANIAN = (r"borxh\w*", "vdiq", "ka vdekur", "në burg", "u arrestua", r"kancer\w*")
_MALAGASY = ("diabeta", "marary", "maty", "trosa", "any amin'ny hopitaly", "homamiadana")
#: Terms whose form says "I" or "me" (Xhosa and Zulu ndi-/ngi- "I", -ngi-/-ndi- "me"):
#: they need no word apart to tie them.
_SELF = (
    "ndiyagula",
    "ngiyagula",
    "uyangishaya",
    "uyandibetha",
    "ngiboshiwe",
    "ndibanjiwe",
    "ndinamatyala",
    "nginesikweletu",
    "ndisesibhedlele",
    "ngisesibhedlela",
    # Hausa "ina da ciki": "I have a belly", pregnant; Croatian "kasnim": "I am late".
    "ina da ciki",
    r"kasnim s (?:najamninom|stanarinom|kreditom|ratom|ratama)",
)
#: The verbs of a beating, with the caller as their object.
_BEATS_EN = ("hits", "beats", "hit", "beat", "abuses", "abused", "kicks", "chokes")
_BEATS_FR = ("frappe", "bat", "battait", "frappait", "tabasse", "maltraite", "violente")
_BEATS_ES = ("pega", "golpea", "maltrata", "pegaba", "golpeaba")
_BEATS_PT = ("bate", "agride", "espanca", "batia", "agredia")


def _either(terms: tuple[str, ...]) -> str:
    return "|".join(terms)


#: Terms in languages written with spaces.
TERMS: tuple[str, ...] = (
    *_ARABIZI, *_TAMIL, *_URDU, *_BENGALI, *_ARMENIAN, *_KURDISH,
    # Family violence: a partner or parent who hits the caller.
    *(rf"(?:{_HOME_EN}) {verb} me" for verb in _BEATS_EN),
    *(rf"(?:{_HOME_FR}) me {verb}" for verb in _BEATS_FR),
    *(rf"(?:{_HOME_ES}) me {verb}" for verb in _BEATS_ES),
    *(rf"(?:{_HOME_PT}) me {verb}" for verb in _BEATS_PT),
    r"(?:mann|freund|vater|partner|ex) schlägt mich", r"(?:marito|compagno|padre|ex) mi picchia",
    r"(?:mąż|ojciec|partner) (?:mnie )?bije",
    r"(?:муж|отец) (?:меня )?бьёт", r"(?:муж|отец) (?:меня )?бьет",
    r"(?:kocam|eşim|babam) (?:beni )?dövüyor",
    r"(?:suami|ayah|bapak|pacar) (?:saya |ku |aku )?memukul\w* (?:saya|aku)",
    r"(?:suami|ayah|bapak|pacar) (?:saya |ku |aku )?menyiksa (?:saya|aku)",
    r"(?:chồng|bố|cha) (?:tôi|em) đánh (?:tôi|em)",
    # Indonesian and Malay: a legal case, debts, a hospital ward.
    r"kasus (?:pidana|hukum|narkoba)", r"kena kasus", r"terlilit (?:utang|hutang)",
    r"(?:utang|hutang) pinjol", r"gagal bayar", r"masuk (?:wad|hospital|rumah sakit)",
    r"dirawat di (?:rumah sakit|hospital)", r"dipenjara", r"ditahan polisi",
    # Serbian, Croatian, Bosnian: one debt, a court.
    r"(?:imam|veliki) dug", r"dug(?:a)? (?:prema|kod) bank\w*", r"dugujem", r"tuže me",
    r"na sudu zbog", r"prete mi sudom",
    # Swahili, Hausa, Yoruba (with and without its tone marks).
    r"mgonjwa", r"kisukari", r"saratani", r"ninaumwa", r"amefariki", r"alifariki", r"madeni",
    r"mjamzito", r"gerezani", r"amekamatwa", r"mkimbizi",
    r"ciwon (?:suga|sukari|daji|zuciya)", r"rashin lafiya", r"ya rasu", r"ta rasu",
    r"ina da bashi", r"kurkuku",
    r"àrùn\w*", r"jẹjẹrẹ", r"jejere", r"àìsàn", r"ilé ìwòsàn", r"gbèsè",
    # Said plainly in English, Italian, Hungarian, Croatian, Yoruba and Hausa: a gambling
    # loss, oxygen at home, coeliac disease, a discharge from hospital, autism, a lost job
    # and late rent, a husband or parent who died, bleeding.
    r"gambled (?:it|everything|all|my \w+) (?:all )?away", r"gambling (?:debts?|problem|addiction)",
    r"on (?:home )?oxygen", r"on a ventilator", r"on life support", r"celiac\w*", r"coeliac\w*",
    r"uscit[oa] dall'ospedale", r"dimess[oa] dall'ospedale", r"autizmus\w*", r"autyzm\w*",
    r"diagnosztizál\w*", r"ostao sam bez posla", r"ostala sam bez posla", r"bez posla sam",
    r"ọkọ mi kú", r"iyawo mi kú", r"bàbá mi kú", r"ìyá mi kú", r"baba mi ku", r"iya mi ku",
    r"oko mi ku", r"zubar da jini",
    # Tagalog.
    r"nasa ospital", r"naospital", r"na-ospital", r"namatay", r"pumanaw", r"baon (?:ako )?sa utang",
    r"buntis", r"nakakulong", r"may sakit",
    *_PERSIAN, *_ALBANIAN, *_MALAGASY, *_SELF,
    # Vietnamese prison and debt, Swahili court, Hindi "admitted to hospital".
    r"đang (?:ở|đi) tù", r"ngồi tù", r"nhà tù", r"mắc nợ", r"nợ ngân hàng", r"mahakamani",
    r"hospital (?:mein|me|main) admit",
)  # fmt: skip

#: Terms in scripts read as substrings (``_`` stands for a space). Chinese ones stand alone,
#: so each is a state of a person: 確診 (diagnosed), never 診所 (a clinic).
SUBSTRINGS = phrases(
    """இறந்துட்டா இறந்துட்டாங்க 做完手术 做了手术 動咗手術 做咗手術 养病 養病 משמורת תביעה_נגדי נגדי_תביעה
    توفت توفى توفاه_الله الله_يرحمه
    ناروغ روغتون_کې مړ_شو وفات_شو محکمه_کې قضیه_لرم پور_لرم کډوال بندي_دی زندان_کې
    نەخۆش پەنابەر قەرزار زیندان
    抑鬱 確診 過身 死咗 欠債 欠咗銀行 欠咗財務 破產 坐監 懷孕 有咗BB 化療 洗腎 失業 離咗婚
    የስኳር_በሽታ በሽታ_አለብኝ ካንሰር ሆስፒታል_ገባ ሞተ ዕዳ_አለብኝ እስር_ቤት"""
)

#: Words of the first person and of close relatives that are words of no other language.
TIES = words(
    """ennaku enaku enakku ennoda ennudaiya naan amma appa akka anna thambi
    mere meri mera abbu ammi abba bhai behen mummy bhaiya didi biwi
    ez diya bavê jina mêrê kurê keça
    saya suami isteri istri mak ayah
    ina mahaifiyata mahaifina mijina matata fiam fiamnál fiamat lányom lányomnál férjem
    ako nanay tatay asawa
    bàbá ìyá"""
)

#: Words of the first person and of relatives in the scripts of SUBSTRINGS.
SCRIPT_TIES = phrases(
    """أبوي ابوي أمي امي أخوي اخوي أختي زوجي ولدي بنتي عندي علي_ أنا
    زه_ زما زمې مې_ لرم یم_ پلار مور ورور خور میړه
    دایکم باوکم
    እኔ አባቴ እናቴ ባለቤቴ"""
)

#: Each language's words for "I", "my" and close relatives that are words of other
#: languages too: they tie a term only of their own language ("yes hivand em").
_OWN_TIES = (
    (re.compile(rf"(?i)(?<!\w)(?:{_either(_ARABIZI)})(?!\w)"),
     words("ana 0andi baba mama akhoya a0oya ommi gozi mrati ebni benti okhti o0ti abouya")),
    (re.compile(rf"(?i)(?<!\w)(?:{_either(_ARMENIAN)})(?!\w)"),
     words("yes em im es hayrs mayrs amusins kins tghas aghjiks")),
    (re.compile(rf"(?i)(?<!\w)(?:{_either(_BENGALI)})(?!\w)"), words("amar ami amake baba ma")),
    (re.compile(rf"(?i)(?<!\w)(?:{_either(_KURDISH)})(?!\w)"), words("ez min me em im")),
    (re.compile(rf"(?i)(?<!\w)(?:{_either(_PERSIAN)})(?!\w)"),
     words("man pedaram madaram shoharam hamsaram pesaram dokhtaram baradaram")),
    (re.compile(r"(?i)(?<!\w)(?:mo|mi) (?:ni )?(?:àrùn|arun|àìsàn|aisan|gbèsè|gbese)"),
     words("mo mi")),
    (re.compile(r"(?i)(?<!\w)(?:ciwon|rashin lafiya|bashi|ya rasu|ta rasu)"), words("ina na")),
    (re.compile(r"(?i)(?<!\w)(?:may sakit|buntis|nakakulong|utang)"), words("ko ako")),
    (re.compile(rf"(?i)(?<!\w)(?:{_either(_ALBANIAN)})(?!\w)"),
     words("im ime kam jam babai nëna burri gruaja djali vajza")),
    (re.compile(rf"(?i)(?<!\w)(?:{_either(_MALAGASY)})(?!\w)"),
     words("aho ahy raiko reniko vadiko zanako rainy reniny")),
    (re.compile(r"(?i)(?<!\w)mahakamani"), words("nko niko nilikuwa nina")),
)  # fmt: skip
_SELF_TIED = re.compile(rf"(?i)(?<!\w)(?:{_either(_SELF)})(?!\w)")


def tied_in_speech(part: str, words_said: list[str]) -> bool:
    """Whether a sentence ties one of these languages' terms with that language's "I" or "my"."""
    if _SELF_TIED.search(part) is not None:
        return True
    return any(
        not ties.isdisjoint(words_said) and term.search(part) is not None
        for term, ties in _OWN_TIES
    )
