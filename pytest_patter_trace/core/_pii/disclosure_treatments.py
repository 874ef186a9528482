r"""Disclosures of a treatment, a dependency, a changed faith or a lost right to stay.

What a memory store or a note keeps of a caller: "in treatment for an addiction", "a
recent hospital stay", "on dialysis", "converted to Christianity", "my visa was
cancelled", "my debts are in court". In the Nordic languages (compounds written whole:
``rusbehandling``, ``spelberoende``), Slovenian and Croatian, Uzbek, Azerbaijani,
Kazakh, Turkish and English (regular expression fragments, as in disclosure_lexicon.py),
and in Tamil, Malayalam, Marathi, Punjabi, Nepali, Sinhala and Bengali (read as
substrings), with the words that tie a term to a person those lists lacked.

Kept by hand, as the other lexicons: no maintained package lists these (see
disclosure_health.py).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .vocabulary import phrases, words

__all__ = [
    "SCRIPT_TIES",
    "SUBSTRINGS",
    "TERMS",
    "TIES",
    "our_facility",
    "tie_is_another_word",
    "tied_by_letters",
]

#: Cancers written as compounds (Swedish, Norwegian, Danish, Dutch), each spelt out: a
#: term is looked for behind the first letters of its words.
_COMPOUND_CANCERS = tuple(
    f"{organ}{cancer}\\w*"
    for cancer, organs in (
        ("cancer", "bröst lung prostata tarm hud livmoderhals bukspottkörtel"),
        ("kreft", "bryst lunge prostata tarm hud livmorhals"),
        ("kræft", "bryst lunge prostata tarm hud livmoderhals"),
        ("kanker", "borst long darm huid prostaat baarmoederhals"),
    )
    for organ in organs.split()
)
#: Terms in languages written with spaces.
TERMS: tuple[str, ...] = (
    # Norwegian, Danish, Swedish: dependencies and their treatment, written as compounds.
    r"rusbehandling\w*", r"rusavhengig\w*", r"rusmisbruk\w*", r"rusproblem\w*",
    r"avrusning\w*", r"spilleavhengig\w*", r"alkoholavhengig\w*", r"narkotikaavhengig\w*",
    r"alkoholiker\w*", r"alkoholmisbrug\w*", r"stofmisbrug\w*", r"misbrugsbehandling\w*",
    r"afvænning\w*", r"ludoman\w*", r"spillemisbrug\w*", r"missbruk(?:are|aren|et|sbehandling)",
    r"spelberoende", r"alkoholberoende", r"drogberoende", r"avgiftning\w*", r"behandlingshem\w*",
    r"innlagt på (?:sykehus|sjukehus)\w*", r"indlagt på (?:hospital|sygehus)\w*",
    r"inlagd på sjukhus\w*", r"gjeldsordning\w*", r"gældssanering\w*", r"skuldsanering\w*",
    # Operations on a person.
    r"opererad\w*", r"opererats", r"operert", r"opereret", r"kreft\w*", r"kræft\w*",
    # English: a stay in hospital, told of the caller or a relative.
    r"(?:recent |long |short |brief )?hospital stay", r"stay in (?:the )?hospital",
    r"discharged from (?:the )?hospital", r"hospitali[sz]ed",
    # Slovenian and Croatian: addiction, its treatment, a hospital.
    r"odvisnost\w*", r"odvisn[ai]k\w*", r"zasvojen\w*", r"ovisnost\w*", r"ovisni[kc]\w*",
    r"bolnišnic\w*", r"na zdravljenju", r"zdravim se", r"zdravi se", r"na liječenju",
    r"liječim se", r"liječi se", r"alkoholiz[ae]m\w*", r"depresij\w*", r"izvršb\w*",
    # Uzbek: bankruptcy, debts, illness and its treatment, being fired, a conversion.
    r"bankrot\w*", r"qarzlar\w*", r"qarzdorman", r"kasalli\w*", r"davolan\w*",
    r"qon bosimi", r"ishdan (?:bo['ʻ‘’]shat|haydal)\w*", r"homilador\w*", r"giyohvand\w*",
    r"(?:islom|xristian|nasroniy|yahudiy)\w* (?:dinini )?qabul qil\w*",
    # Azerbaijani and Turkish: an addiction and its treatment, a conversion, a fast.
    r"asılılı\w*", r"müalicə al\w*", r"narkoman\w*",
    r"(?:islam|xristian|yəhudi|budd)\w* qəbul e[dt]\w*", r"dinini dəyiş\w*", r"oruc tut\w*",
    r"hristiyan oldu\w*", r"müslüman oldu\w*", r"din değiştir\w*",
    # Hausa, Yoruba (written without its tone marks too): drugs, a hospital, debt, a court.
    r"miyagun kwayoyi", r"asibiti", r"onigbese", r"onígbèsè", r"ile ejo", r"ilé ẹjọ́",
    # Kazakh: a faith taken up.
    r"(?:христиан|ислам|мұсылман)\w* (?:дінін )?қабылда\w*", r"дінін қабылда\w*",
    r"христиан\w*",
    *_COMPOUND_CANCERS,
)  # fmt: skip

#: Terms in scripts read as substrings (``_`` stands for a space): surgery, dialysis,
#: chemotherapy, depression, diabetes, a visa refused or an immigration case, a court.
SUBSTRINGS = phrases(
    """அறுவை_சிகிச்சை டயாலிசிஸ் கீமோதெரபி மன_அழுத்த_நோய் மனச்சோர்வு இரத்த_அழுத்தம்
    ശസ്ത്രക്രിയ ഡയാലിസിസ് കീമോ കാൻസർ അർബുദ വിഷാദരോഗ പ്രമേഹ രക്തസമ്മർദ്ദ ആശുപത്രിയിൽ
    नैराश्य शस्त्रक्रिया डायलिसिस केमोथेरपी मधुमेह उपचार_घेत रक्तदाब
    ਡਾਇਲਸਿਸ ਡਾਇਲਾਸਿਸ ਆਪਰੇਸ਼ਨ ਕੀਮੋ ਡਿਪਰੈਸ਼ਨ ਵੀਜ਼ਾ_ਰੱਦ ਵੀਜ਼ਾ_ਖ਼ਤਮ ਵੀਜ਼ਾ_ਖਤਮ ਇਮੀਗ੍ਰੇਸ਼ਨ_ਕੇਸ ਇਮੀਗ੍ਰੇਸ਼ਨ_ਦਾ_ਕੇਸ
    ਅਦਾਲਤ_ਵਿੱਚ ਅਦਾਲਤ_ਵਿਚ     ਬਲੱਡ_ਪ੍ਰੈਸ਼ਰ ਇਲਾਜ_ਚੱਲ
    शल्यक्रिया डिप्रेसन उपचार_गराउँ उपचार_गर्दै भिसा_रद्द अदालतमा
    සැත්කම ශල්‍යකර්ම ඩයලිසිස් මානසික_අවපීඩන අධි_රුධිර_පීඩන ප්‍රතිකාර_ගන්න
    অস্ত্রোপচার ডায়াবেটিস ভিসা_বাতিল মাদকাসক্ত নেশাগ্রস্ত
    குடிப்பழக்க போதைப்பழக்க போதைப்_பழக்க மதுப்பழக்க
    व्यसन को_लत ਦੀ_ਲਤ ਨਸ਼ੇ_ਦੀ ਦੀ_ਮੌਤ ਮੌਤ_ਹੋ
    ණය_බර ණය_වෙලා ණයකාර
    ụlọ_ọgwụ"""
)

#: Words of the first person and of close relatives these languages' lists lacked.
TIES = words(
    """pappa mamma pappaen mammaen pappan mamman broren bror brodern søster søsteren
    syster systern sønnen datteren sonen dottern faren moren mannen kona konen hustru
    jaz moj moja mojo mojega sestra oče mama
    menga meni mendan otam onam akam opam
    anam atam qardaşım bacım
    әкем анам отбасым"""
)

#: Words of the first person in the scripts of SUBSTRINGS those lists lacked.
SCRIPT_TIES = phrases(
    """என்_ எனது எங்க_அம்மா
    എന്റെ എനിക്ക് ഞാൻ
    माझ्या माझ्यावर माझ्याकडे मलाई मेरो मेरा_बुबा
    ਮੇਰਾ ਮੇਰੀ ਮੇਰੇ ਮੈਨੂੰ ਮੈਂ
    මගේ මට මම
    আমার আমি"""
)

#: Slovenian "sem" ("I am") is Portuguese "without" too ("sem dívidas"): it ties a term
#: only in a sentence with no letter Portuguese writes. Uzbek "men" ("I") is an English
#: word: it ties a term only beside an Uzbek o‘ or g‘ ("bo'ldim", "tug'ilgan") or a
#: verb of the first person ("davolanyapman").
_PORTUGUESE = re.compile(r"[ãõçâêôáéíóúà]")
_UZBEK = re.compile(r"[oOgG][ʻ'‘’][a-z]|\w(?:yapman|ganman|moqdaman|dirman|dorman|dim)\b")


def tied_by_letters(part: str, words_said: list[str]) -> bool:
    """Whether a Slovenian ("sem") or Uzbek ("men") sentence says "I"."""
    if "sem" in words_said and _PORTUGUESE.search(part) is None:
        return True
    return "men" in words_said and _UZBEK.search(part) is not None


#: Words of Nordic and Slavic sentences, where a lower-case "i" is "in" or "and", not "I".
_NOT_ENGLISH = words(
    """og er har på til ikke det den der som med av fra från för och är inte att hos ved
    ligger finns finnes jest nie się są sem ali ima imam nije w z na"""
)
#: Words and letters of South Slavic sentences, where "je" is "is", not French "I".
_SOUTH_SLAVIC = words("za ob od ali ima nije bio bila smo ste su iz kod već još samo zelo tudi")
_SOUTH_SLAVIC_LETTERS = re.compile(r"[čšžćđČŠŽĆĐ]")


def tie_is_another_word(
    tied: AbstractSet[str], part: str, tokens: list[str], said: list[str]
) -> bool:
    """Whether the only tie is a word of another language, not English "I" or French "je".

    Danish "i" ("in"), Polish "i" ("and"), Slovenian and Croatian "je" ("is").
    """
    if tied == {"i"}:
        return "I" not in tokens and not _NOT_ENGLISH.isdisjoint(said)
    if tied == {"je"}:
        return not _SOUTH_SLAVIC.isdisjoint(said) or _SOUTH_SLAVIC_LETTERS.search(part) is not None
    return False


#: "Our" before a hospital or a clinic in the scripts of SUBSTRINGS: the business's own
#: service ("ਸਾਡੇ ਹਸਪਤਾਲ ਵਿੱਚ ਡਾਇਲਸਿਸ ..."), no person's.
_OUR_FACILITY = re.compile(
    r"(?:ਸਾਡੇ|ਸਾਡਾ|ਸਾਡੀ|आमच्या|आमचे|आमचा|हमारे|हमारा|हाम्रो|எங்கள்|ഞങ്ങളുടെ|আমাদের|අපේ)\s*"
    r"(?:ਹਸਪਤਾਲ|ਕਲੀਨਿਕ|रुग्णालय|दवाखान|अस्पताल|क्लिनिक|மருத்துவமனை|கிளினிக்"
    r"|ആശുപത്രി|ക്ലിനിക്|হাসপাতাল|ক্লিনিক|රෝහල|සායන)"
)


def our_facility(part: str) -> bool:
    """Whether a sentence's "our" is a hospital's or a clinic's: the business speaking."""
    return _OUR_FACILITY.search(part) is not None
