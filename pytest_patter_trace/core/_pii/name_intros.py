"""Where a name starts after introductions and references of the world's most spoken languages.

:mod:`.speech` and :mod:`.name_leads` read the lead-ins of about 35 languages. This module
holds the rest, each written as speech-to-text writes it (lower case, romanised) and, for
scripts without case, in its own script:

- naming: "my name is", "call me", "... speaking here" (Swahili, Hausa, Igbo, Zulu,
  Somali, Oromo, the Indic languages romanised, Javanese, Cebuano, the Balkans, the
  Baltics, the Nordics' rest, Catalan, Galician, Basque, the Creoles...): only a name
  follows, so one word counts, unless it is a grammar word, a place or a shop;
- "I ... am speaking", romanised ("main ... bol raha hoon", "naan ... pesuren");
- self and reference: "I am", a relative ("mke wangu", "istri saya", "meri patni"), a
  staff role, an honorific before a name ("bwana", "kuya", "khun", "batono", "paron",
  "gospodin"): a name only when it is capitalised or :func:`.name_leads.confirmed_run`
  confirms it;
- an honorific after a name ("-san", "-ssi", "ji", "sahib", "bhai", "garu");
- scripts without case (Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam,
  Sinhala, Marathi and Nepali Devanagari, Georgian, Armenian, Ethiopic, Pashto, Sindhi,
  Sorani, Uyghur, Lao, Khmer, Burmese, Tibetan): the name ends where a copula, a particle,
  punctuation or the end of the turn says it does; a joiner inside a conjunct (U+200D) is
  part of the word, and a Burmese honorific may be spaced off the name ("ဒေါ် ...").

The forms of a phone call that no lead-in table reads (a name confirmed by the calling
verb after it, said before "my name", read back by the agent) are :mod:`.name_calls`'s,
asked from :func:`world_names`.

Kept by hand: no maintained multilingual lexicon of lead-ins exists (Faker and the CLDR
list names and greetings, not how a caller introduces themself or a relative), and the NER
models measured in docs/pii.md miss lower-case and romanised names.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from . import vocabulary as voc
from .demonyms import demonym
from .hints import holds_any
from .name_calls import call_names
from .names import everyday, not_a_name, place_word
from .text_forms import word_set

Takes = Callable[[str], bool]
#: :func:`.name_leads._run` and :func:`.name_leads.confirmed_run`, handed in (that module
#: imports this one).
Run = Callable[[str, int, Takes], tuple[int, int, list[str], bool]]
Confirm = Callable[..., tuple[int, int]]

__all__ = ["after_honorifics", "leads", "script_names", "speaking", "world_names"]

#: "My name is", "call me", "X speaking" (only a name follows), romanised or in Latin script:
#: Swahili, Hausa, Igbo, Zulu, Xhosa, Sotho, Tswana, Shona, Chichewa, Kinyarwanda, Luganda,
#: Somali, Oromo, Malagasy, Wolof, Fula, Akan, Ewe, Lingala; the Indic and Dravidian
#: languages romanised; Thai, Lao, Khmer, Javanese, Sundanese, Malay, Tagalog, Cebuano,
#: Ilocano, Chinese, Japanese, Korean romanised; Azerbaijani, Uzbek, Kazakh, Kyrgyz,
#: Turkmen, Tajik, Georgian, Armenian, Persian, Kurdish, Pashto, Hebrew, Maltese; Albanian,
#: the Balkans, the Baltics, Icelandic, Catalan, Galician, Basque, Welsh, Irish, Greek,
#: Luxembourgish, Afrikaans; the Creoles and pidgins. Kept by hand: see the docstring.
_NAMING_WORDS = (
    "jina langu|ninaitwa|niite|sunana|suna na|aha m bụ|aha m bu|aham bu|igama lami ngu|"
    "igama lami|igama lam ngu|igama lam|lebitso la ka ke|ke bitswa|leina la me ke|"
    "ke bidiwa|zita rangu ndi|zita rangu|dzina langa ndine|dzina langa ndi|dzina langa|"
    "izina ryanjye ni|izina ryanje ni|nitwa|erinnya lyange|magacaygu waa|magacaygu|"
    "magacayga waa|magacayga|maqaan koo|maqaan kiyya|ny anarako dia|ny anarako|anarako|"
    "maa ngi tudd|maangi tudd|sama tur|innde am ko|me din de|me din ne|ŋkɔnye nye|"
    "nkonye nye|nkombo na ngai|kombo na ngai|meraa naam|maza nav|majha nav|maajha naav|"
    "maza naav|maru naam|maru nam|amar naam|amar nam|mor naam|mero naam|mero nam|en peyar|"
    "enathu peyar|naa peru|nanna hesaru|nanna hesru|ente peru|ente per|entey peru|"
    "mage nama|mora nama|phom chue|pom chue|chan chue|dichan chue|khoy seu|khnhom chhmuah|"
    "knyom chhmuah|knhom chmous|jenengku|jeneng kula|jeneng aku|asma kula|nami kula|"
    "nami abdi|wasta abdi|nama aku|namaku|panggil saya|panggil aku|saya bernama|"
    "pangalan ko ay|pangalan ko|tawagin mo akong|akong ngalan|ang ngalan nako|"
    "nagan ko ket|nagan ko|wo jiao|wǒ jiào|wo de mingzi shi|wo de mingzi|"
    "watashi no namae wa|je ireumeun|jeo-ui ireumeun|mənim adım|menim adim|mening ismim|"
    "mening otim|menin atym|menin atim|meniň adym|nomi man|nomam|me mqvia|"
    "chemi saxelia|chemi sakheli|im anuny|im anune|esmam|esme man|navê min|nave min|"
    "zma num|shmi|kor'im li|korim li|jien jisimni|jisimni|unë quhem|une quhem|quhem|"
    "emri im është|emri im eshte|emri im|zovem se|ja se zovem|moje ime je|ime mi je|"
    "pišem se|se vikam|kazvam se|imeto mi e|moje jméno je|moje meno je|minu nimi on|"
    "mu nimi on|mani sauc|mans vārds ir|mans vards ir|mans vārds|mano vardas yra|"
    "mano vardas|mane vadina|mano pavardė|ég heiti|eg heiti|nafnið mitt er|mitt namn er|"
    "em dic|el meu nom és|el meu nom es|chámome|chamome|"
    "nire izena|fy enw i yw|fy enw i ydy|fy enw i|is mise|'s mise|m'ainm|me lene|"
    "to onoma mou einai|menya zovut|mene zvaty|ech heeschen|mäin numm ass|my naam is|"
    "ek heet|non mwen se|non mwen sé|non mwen|mwen rele|m rele|an ka kriyé|mi nòmber ta|"
    "mi nomber ta|mi nòmber|nha nomi é|nha nomi e|nha nome é|nem bilong mi|nem blong mi|"
    "mi nem na|mi nem|mi nen na|mi name|dem call mi|my name na|mon apel|you can call me|"
    "just call me|everyone calls me|they call me|täällä puhuu|siin räägib|šeit runā|"
    "seit runa|čia kalba|cia kalba|mis name isch|min name isch|mi name isch|i heisse|i heiße"
)
#: "I am", a relative ("mke wangu", "istri saya", "meri patni", "vợ tôi", "moja žena"), a
#: staff role ("daktari", "perawat"), an honorific before a name ("bwana", "kuya", "khun",
#: "ustaz", "hajji", "batono", "paron", "gospodin", "domnul", "herra", "ponas"): the name
#: is capitalised or confirmed. Kept by hand: see the docstring.
_SELF_WORDS = (
    # "here is" / "this is" on a phone line (Finnish, Estonian, Lithuanian, Slovak,
    # Icelandic), "I am" in Serbian Cyrillic.
    "täällä|siin|čia|tu je|þetta er|ја сам|"
    "ovdje je|ovde je|mimi ni|huyu ni|ni mimi|ja sam|jaz sem|az sam|sóc|olen|mina olen|es esmu|"
    "aš esu|mwen se|ako ay|ako po ay|ako po si|mke wangu|mume wangu|"
    "mwanangu|mtoto wangu|kaka yangu|dada yangu|mama yangu|baba yangu|rafiki yangu|"
    "istri saya|isteri saya|suami saya|anak saya|ibu saya|ayah saya|kakak saya|adik saya|"
    "teman saya|istriku|suamiku|anakku|asawa ko|anak ko|nanay ko|tatay ko|kapatid ko|"
    "kaibigan ko|meri patni|meri biwi|meri wife|mere pati|mera beta|meri beti|mere bhai|"
    "meri behen|meri maa|mere papa|mere dost|amar stri|amar bou|amar chele|amar meye|"
    "amar bhai|en manaivi|en kanavar|en magan|en magal|vợ tôi|chồng tôi|con trai tôi|"
    "con gái tôi|mẹ tôi|bố tôi|anh trai tôi|em gái tôi|bạn tôi|my vrou|my seun|my dogter|"
    "my broer|my suster|moja žena|moja zena|moj muž|moj muz|moj sin|moja kći|moja kćerka|"
    "moja ćerka|moja supruga|moj suprug|moja sestra|moj brat|soția mea|sotia mea|"
    "soțul meu|sotul meu|fiul meu|fiica mea|a feleségem|a férjem|a fiam|a lányom|vaimoni|"
    "mieheni|poikani|tyttäreni|mu naine|minu naine|mu mees|minu mees|mu poeg|mu tütar|"
    "mana sieva|mans vīrs|mans dēls|mana meita|mano žmona|mano vyras|mano sūnus|"
    "mano dukra|gruaja ime|burri im|djali im|vajza ime|la meva dona|el meu marit|"
    "el meu fill|la meva filla|a miña muller|o meu home|o meu fillo|a miña filla|"
    "nire emaztea|nire senarra|nire semea|nire alaba|konan mín|maðurinn minn|sonur minn|"
    "dóttir mín|madanm mwen|mari mwen|pitit mwen|iyawo mi|ọkọ mi|oko mi|nwunye m|daktari|"
    "muuguzi|dokter|perawat|suster|bidan|doktor|doktorka|medicinska sestra|bwana|ndugu|"
    "mzee|mwalimu|abang|kuya|manang|manong|anh|chị|cô|chú|bác|ông|bà|khun|ustaz|ustad|"
    "ustadh|ustazah|hajji|haji|hajja|hajjah|sheikh|shaykh|batono|kalbatono|batoni|"
    "kalbatoni|paron|tikin|gospodin|gospođa|gospodine|gospođo|gospođica|gospa|gospod|"
    "domnul|doamna|domnule|doamnă|herra|rouva|härra|proua|ponas|ponia|zotëri|zonja|senyor|"
    "senyora|"
    # "I am" before a capitalised name (Romanian, Turkish, Greek with
    # its article), a phone's "speaking" (Portuguese), "on behalf of" (Romance), a
    # Vietnamese "doctor"; honorifics and staff roles an agent says in lower case.
    "sunt|ben|fala|είμαι ο|είμαι η|bác sĩ|de la part de|da parte di|"
    "de parte de|señor|señora|señorita|doña|dona|don|signor|signora|signorina|monsieur|"
    "madame|mademoiselle|senhor|senhora|doutor|doutora|dottor|dottoressa|doctora|"
    "enfermera|mr|mrs|ms|miss|dr|nurse|doctor|sayın"
)


def _by_first_letter(alternatives: list[str]) -> str:
    """``a|b|...`` grouped by first letter, longest first, behind a lookahead on it."""
    groups: dict[str, list[str]] = {}
    for alternative in sorted(alternatives, key=len, reverse=True):
        groups.setdefault(alternative[0], []).append(re.escape(alternative[1:]))
    body = "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())
    return f"(?=[{''.join(map(re.escape, groups))}])(?:{body})"


_NAMING = _NAMING_WORDS.split("|")
_SELF = _SELF_WORDS.split("|")
_LEADS = re.compile(
    rf"(?:(?P<naming>{_by_first_letter(_NAMING)})|(?P<self>{_by_first_letter(_SELF)}))[ \t]+"
)
#: The longest word of every lead-in: a text none of whose words is one holds no lead-in.
#: One look per word of the text in a set, not a substring search per lead-in; and the
#: pattern is asked only around each key's places, not over the whole text.
_KEYS = frozenset(max(lead.split(), key=len) for lead in (*_NAMING, *_SELF))
#: Keys that are everyday English words: the whole lead-in is looked for instead.
_EVERYDAY_KEYS = voc.words("name call calls they just everyone")
_PHRASES = tuple(
    lead for lead in (*_NAMING, *_SELF) if max(lead.split(), key=len) in _EVERYDAY_KEYS
)
_KEYS = _KEYS - _EVERYDAY_KEYS
#: How far a lead-in reaches around its key: the longest lead-in, and its space after.
_REACH = max(map(len, (*_NAMING, *_SELF))) + 2
#: Words a lower-case run stops at: copulas and particles said after a name in these
#: languages ("sunana musa ne", "nire izena miren da", "mi nem na ...").
_STOPS = voc.words(
    """aanu aagum aahum andi agide achhe achi ache ne ce ni na ndi ke ngu ngi ndiye waa ayo
    dia da ta se sé é e je yra ir on er yw ydy
    po ạ ạh nhé ji hai hoon hu hun hoo ahe aahe aahe aahey hey nga ko kaya pero lang din
    rin naman kasi aya ini itu itu saya aku kula abdi iyo oo iyo waxaan kaa kuu nayo kwa
    na ile ndio ndiyo sawa asante habari desu imnida ieyo nida ve ile dhe edhe aga abla
    ja jaunas ir un taip ja og och sem ag agus ka sa kay mga mwen nou yo no ta
    allah"""
)  # "allah": Hausa "don allah" (please) is no "don" before a name
#: Honorifics after a name: Japanese and Korean romanised, Hindi and Urdu, Telugu,
#: Marathi, Malayalam, Turkish, Latvian, Basque.
_AFTER_HONORIFIC = re.compile(
    r"(?<![\w\-])((?:[^\W\d_]{2,} ){0,1}[^\W\d_]{2,})(?:-(?P<tied>san|sama|kun|chan|sensei"
    r"|ssi|nim|ji|garu|saab|sahab)|(?P<loose> ji| sahib| saheb| sahab| saab| bhai| bhaiya"
    r"| didi| garu| avargal| chettan| chechi| kungs| kundze| jauna| andrea| efendi))(?![\w\-])"
)
_AFTER_HINTS = ("-san", "-sama", "-kun", "-chan", "-sensei", "-ssi", "-nim", "-ji", "-garu",
                "-saab", "-sahab", " ji", "sahib", "saheb", "sahab", "saab", "bhai", "didi",
                "garu", "avargal", "chettan", "chechi", "kungs", "kundze", "jauna", "andrea",
                "efendi")  # fmt: skip
#: Words before "ji", "sahib", "bhai" that are no name ("haan ji", "theek hai ji").
_NOT_BEFORE = voc.words(
    """haan han ha nahi nahin na ok okay theek thik hai accha acha achha shukriya
    dhanyavaad dhanyawad namaste namaskar bataiye boliye suniye kahiye aaiye baithiye
    jee sorry thanks thank please yes no sir madam bhai arre arey are oh acha bilkul
    sahi sach to toh bas main mai hum aap tum ye yeh vo woh wo kya kaun kab kahan kyun
    kaise ki ka ke ko se me mein par bhi aur sab sabhi sabko hello hi bye good very"""
)

#: Caseless scripts: a lead-in, one to three words of the script, then what ends a name.
#: Kept by hand: see the module's docstring.
_PUNCT = r"[.,!?;:।॥،؟።፣፤၊။។།༎\"')]"


def _bounded(
    lead: str, chars: str, ends: str, *, glued: bool = False, spaced: bool = False
) -> re.Pattern[str]:
    """A name of ``chars`` after ``lead``, followed by punctuation, the end or ``ends``.

    ``glued``: the script writes no space between words (Lao, Khmer, Burmese): the name
    is one run of the script, ended by a space, punctuation, the end or ``ends``;
    ``spaced``: up to three such runs, as Burmese spaces an honorific off ("ဒေါ် ...").
    The joiners that shape conjuncts inside a word (U+200C, U+200D) are the script's.
    """
    # A script's block holds its stops too ("।", "။", "།"): a letter is no stop.
    letter = rf"(?!{_PUNCT})[{chars}\u200c\u200d]"
    word = rf"{letter}+?" if glued else rf"{letter}+"
    if spaced:
        word = rf"{letter}+?(?:\s{letter}+?){{0,2}}?"
    name = word if glued else rf"(?:{letter}+\s+){{0,2}}?{letter}+"
    end = (
        rf"\s*(?:{_PUNCT}|$)|\s*(?:{ends})(?!{letter})"
        if glued
        else (rf"\s*(?:{_PUNCT}|$)|\s+(?:{ends})(?!{letter})")
    )
    return re.compile(rf"(?:{lead})\s*({name})(?={end})")


_SCRIPT_LEADS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # Marathi, Nepali (Devanagari).
    ("नाव", _bounded("माझे नाव|माझं नाव|माझा नाव|माझे नांव", "\u0900-\u097f", "आहे|असे|आणि")),
    ("नाम", _bounded("मेरो नाम", "\u0900-\u097f", "हो|हुँ|छ|र")),
    # Punjabi (Gurmukhi), Gujarati, Odia.
    ("ਨਾ", _bounded("ਮੇਰਾ ਨਾਮ|ਮੇਰਾ ਨਾਂ", "\u0a00-\u0a7f", "ਹੈ|ਅਤੇ")),
    ("નામ", _bounded("મારું નામ|મારુ નામ", "\u0a80-\u0aff", "છે|અને")),
    ("ନାମ", _bounded("ମୋ ନାମ|ମୋର ନାମ", "\u0b00-\u0b7f", "ଅଟେ|ଏବଂ")),
    # Tamil, Telugu, Kannada, Malayalam, Sinhala.
    ("பெயர்", _bounded("என் பெயர்|எனது பெயர்|என் பேர்", "\u0b80-\u0bff", "ஆகும்|தான்|மற்றும்")),
    ("పేరు", _bounded("నా పేరు", "\u0c00-\u0c7f", "అండి|మరియు")),
    ("ಹೆಸರು", _bounded("ನನ್ನ ಹೆಸರು", "\u0c80-\u0cff", "ಆಗಿದೆ|ಅಂತ|ಮತ್ತು")),
    ("പേര", _bounded("എന്റെ പേര്|എന്റെ പേര്|എന്റെ പേര്", "\u0d00-\u0d7f", "ആണ്|ആകുന്നു|ഉം")),
    ("නම", _bounded("මගේ නම|මාගේ නම", "\u0d80-\u0dff", "වේ|යි|සහ")),
    # Assamese (Bengali script).
    ("নাম", _bounded("মোৰ নাম", "\u0980-\u09ff", "হয়|হয়|আৰু")),
    # Georgian, Armenian, Tigrinya.
    ("მქვია", _bounded("მე მქვია|მქვია", "\u10a0-\u10ff", "და|ვარ")),
    ("სახელ", _bounded("ჩემი სახელია|ჩემი სახელი არის|ჩემი სახელი", "\u10a0-\u10ff", "და|არის")),
    ("անուն", _bounded("իմ անունը|Իմ անունը|անունս", "\u0530-\u058f", "է|եմ|և")),
    ("መይ", _bounded("ስመይ|ሽመይ", "\u1200-\u137f", "እዩ|ይበሃል")),
    # Tibetan: "my name (is)", the name glued to "called" or "am" after it.
    ("ངའི", _bounded("ངའི་མིང་ལ་|ངའི་མིང་ནི་|ངའི་མིང་|ངའི་མཚན་ལ་|ངའི་མཚན་", "\u0f00-\u0fff",
                    "་?(?:ཟེར|ཡིན|རེད|ལགས)", glued=True)),
    # Pashto, Sindhi, Sorani Kurdish, Uyghur (Arabic script).
    ("نوم", _bounded("زما نوم", "\u0600-\u06ff", "دی|دے|او")),
    ("نالو", _bounded("منهنجو نالو", "\u0600-\u06ff", "آهي|۽")),
    ("ناو", _bounded("ناوم|ناوی من", "\u0600-\u06ff", "ە|یە|و")),
    ("ئىسم", _bounded("مېنىڭ ئىسمىم|ئىسمىم", "\u0600-\u06ff", "بولىدۇ|ۋە")),
    # Lao, Khmer, Burmese: no space between words.
    ("ຊື່", _bounded("ຂ້ອຍຊື່|ຂ້າພະເຈົ້າຊື່|ຂ້ອຍຊື່ວ່າ", "\u0e80-\u0eff", "ເດີ|ເຈົ້າ", glued=True)),
    ("ឈ្មោះ", _bounded("ខ្ញុំឈ្មោះ|ខ្ញុំបាទឈ្មោះ|នាងខ្ញុំឈ្មោះ", "\u1780-\u17ff", "ហើយ|បាទ|ចាស", glued=True)),
    ("နာမည်", _bounded("ကျွန်တော့်နာမည်|ကျွန်မနာမည်|ကျွန်တော်နာမည်", "\u1000-\u109f",
                       "ပါ|ဖြစ်|လို့", glued=True, spaced=True)),
    # Cyrillic of the Balkans, Central Asia and Mongolia: lower case as STT writes it.
    ("се", _bounded("казвам се|зовем се|се викам|името ми е|моје име је|моето име е",
                   "\u0400-\u04ff", "и|съм|сам")),
    ("ат", _bounded("менің атым|менин атым|атым|менің есімім|есімім|менинг исмим|номи ман"
                   "|минем исемем|мяне завуць|миний нэр", "\u0400-\u04ff",
                   "и|ва|байна|гэдэг|болады")),
)  # fmt: skip
#: Words of these scripts that are no name ("my name is on the list", "it is here").
_SCRIPT_NOT = voc.words(
    """में पर से का की के को भी नहीं सूची यहाँ यहां आहे नाही मध्ये यादीत पण छैन मा
    ਵਿੱਚ ਨਹੀਂ છે નથી માં ஆகும் இல்லை பட்டியலில் లేదు జాబితాలో ಇಲ್ಲ ಪಟ್ಟಿಯಲ್ಲಿ ഇല്ല
    പട്ടികയിൽ නැහැ ලැයිස්තුවේ არ სიაში չէ ցուցակում ደሓን ዝርዝር نه په لیست نشته
    на в не є е е съм в списъка списъку тізімде жок"""
)
_SCRIPT_HINTS = tuple(hint for hint, _ in _SCRIPT_LEADS)


#: What separates words in a transcript, or in the JSON around one ('"transcript":"navê').
_BETWEEN_WORDS = re.compile(r'[\s"{}\[\],:;.!?()]+')


def leads(text: str, lowered: str) -> list[tuple[int, bool]]:
    """Where a name may start after a lead-in here, and whether the lead-in names.

    ``True``: a naming lead-in ("jina langu ni"), after which one word is a name; ``False``:
    "I am", a relative, a role or an honorific, after which a run must be confirmed.
    """
    present = set(_KEYS.intersection(word_set(lowered)))
    if not present and '"' in lowered:  # a transcript inside JSON: '"transcript":"navê'
        present = set(_KEYS.intersection(_BETWEEN_WORDS.split(lowered)))
    if holds_any(lowered, _PHRASES):  # most texts hold none: one look at their words
        present.update(phrase for phrase in _PHRASES if phrase in lowered)
    if not present:
        return []
    searched = lowered if len(lowered) == len(text) else text.lower()
    if len(searched) != len(text):
        return []  # lowering moved offsets ("İ"): this module's lead-ins are all lower case
    found: dict[int, bool] = {}
    for key in present:
        at = searched.find(key)
        while at >= 0:
            end = at + len(key)
            if (at and searched[at - 1].isalnum()) or searched[end : end + 1].isalnum():
                at = searched.find(key, end)
                continue  # inside a longer word ("contact" holds "con")
            window = searched[max(0, at - _REACH) : at + len(key) + _REACH]
            shift = max(0, at - _REACH)
            for m in _LEADS.finditer(window):
                start = shift + m.start()
                if start and (searched[start - 1].isalnum() or searched[start - 1] in "-'’"):
                    continue  # inside a word ("roman", "sjam")
                found[shift + m.end()] = m.group("naming") is not None
            at = searched.find(key, end)
    return sorted(found.items())


def after_honorifics(text: str) -> list[tuple[int, int]]:
    """Spans of names said before an honorific ("tanaka-san", "Sharma ji", "ravi garu")."""
    if not holds_any(text, _AFTER_HINTS):
        return []
    found: list[tuple[int, int]] = []
    for m in _AFTER_HONORIFIC.finditer(text):
        words = m.group(1).split()
        while words and words[0].casefold() in _NOT_BEFORE:
            words.pop(0)
        if not words or any(w.casefold() in _NOT_BEFORE for w in words):
            continue
        if m.group("tied") is not None:
            words = words[-1:]  # "nenu ramesh-garu": the word the honorific is tied to
        else:
            # "kal Verma ji": the capitalised words before it ("haan ji": none, no name).
            words = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(words)))[::-1]
            if not words:
                continue
        start = m.end(1) - len(" ".join(words))
        found.append((start, m.end(1)))
    return found


def script_names(text: str) -> list[tuple[int, int]]:
    """Spans of names after "my name is" in scripts without case, bounded per language."""
    if text.isascii() or not holds_any(text, _SCRIPT_HINTS):
        return []
    found: list[tuple[int, int]] = []
    for hint, pattern in _SCRIPT_LEADS:
        if hint not in text:
            continue
        for m in pattern.finditer(text):
            if _SCRIPT_NOT.isdisjoint(m.group(1).split()):
                found.append(m.span(1))
    return found


#: Words after a lead-in that show no name follows: prepositions, negations and verbs of
#: place ("jina langu liko kwenye ...": my name is on ...). Kept by hand: grammar words.
_NOT_AFTER = voc.words(
    """liko iko yuko kwenye sio haiko haipo hayupo yana tana cikin babu nasa wala hindi
    uz pie nav nebija pou nan sou ak pa ada tidak belum bukan ngay dili wala ayaw yok
    değil nahi nahin nahi hai illai illa ledu illa nathi nai nei nije nie není ne nu
    nuk není ei pole ne nėra nav ekki ikke inte neni mbali kwa ez hori hau
    every anytime whenever later sometime tonight asap back directly first again day
    night morning evening unknown onbekend desconocido inconnu unbekannt important
    importante wichtig belangrik different wrong correct same long short difficult list
    lista liste listahan orodha system sistem record file database chaina chhaina"""
)
#: Copulas right after a naming lead-in, before the name ("jina langu ni ...").
_COPULAS = voc.words(
    "kay si ni ndi ngu ke waa dia ta se sé é e je is ay ay yra ir on er yw ydy ko ket"
)


#: "I ... am speaking", romanised: Hindi and Urdu, Bengali, Tamil, Telugu, Malayalam,
#: Kannada. The name sits between "I" and the verb, one to three words.
_SPEAKING = re.compile(
    r"(?<![^\s,.!?])(?:main|mai|mein|ami|aami|naan|nan|nenu|njan|ngan|naanu)\s+"
    r"((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s+(?:bol\s+rah[aie]|bol\s+rh[ai]|baat\s+kar\s+rah[aie]"
    r"|bolchi|bolchhi|bolchhe|pesuren|pesaren|pesugiren|matladutunnanu|matladuthunna"
    r"|matladutunna|samsarikkunnu|samsaarikkunnu|maathaadthiddini|mathadthiddini)(?![\w])"
)
_SPEAKING_HINTS = ("bol ", "bolch", "baat kar", "pesur", "pesar", "pesug", "matlad",
                   "samsa", "maathaad", "mathad")  # fmt: skip
#: Words between "I" and "speaking" that say when, where or to whom, not who.
_SPEAKING_NOT = voc.words(
    """abhi ab phir aapse aap aapko unse unko wahan yahan ghar office se ko ki ka ke hi
    bhi to toh ye yeh wo woh sirf sach seedha pehle ekhon ekhane apnar sathe ippo inga
    ange ungalidam ipudu ikkada meeto ippol ivide ningalodu eega illi nimma jothe"""
)


def speaking(text: str) -> list[tuple[int, int]]:
    """Spans of names in "I ... am speaking", romanised ("main ... bol raha hoon")."""
    lowered = text.lower()
    if len(lowered) != len(text) or not holds_any(lowered, _SPEAKING_HINTS):
        return []
    found: list[tuple[int, int]] = []
    for m in _SPEAKING.finditer(lowered):
        words = m.group(1).split()
        if all(w not in _SPEAKING_NOT and _may_be_name(w) for w in words):
            found.append(m.span(1))
    return found


def world_names(
    text: str, lowered: str, takes: Takes, run: Run, confirm: Confirm
) -> list[tuple[int, int]]:
    """Spans of names after this module's lead-ins, before its honorifics, in its scripts."""
    found = after_honorifics(text) + script_names(text) + speaking(text)

    def word_takes(word: str) -> bool:
        return word.casefold() not in _STOPS and takes(word)

    def plain(word: str) -> bool:
        """A lower-case word :mod:`.name_leads` reads as a name's (no adverb or state)."""
        return run(word, 0, word_takes)[2] == [word]

    found += call_names(text, lowered, takes, plain)

    for pos, naming in leads(text, lowered):
        m = _NEXT.match(text, pos)
        if m is not None and m.group(1).casefold() in _COPULAS:
            pos = m.end()  # "jina langu ni ...": past the copula
        start, end, words, _ = run(text, pos, word_takes)
        if not words or start != pos:
            continue
        capitals = list(itertools.takewhile(lambda w: w[:1].isupper(), words))
        # A capitalised name is judged alone: "mama yangu Rehema ... yuko" (is at) ends it.
        if not all(map(_may_be_name, capitals or words)):
            continue
        if capitals:
            # "mke wangu Neema Kisanga atakuja": the capitalised words are the name.
            said = text.find(capitals[-1], pos) + len(capitals[-1])
            if not all(map(demonym, capitals)) and not any(map(not_a_name, capitals)):
                found.append((pos, said))
        elif naming and len(words) <= 3:
            found.append((start, end))
        elif not naming:
            start, end = confirm(text, pos, word_takes)
            if start >= 0:
                found.append((start, end))
    return found


def _may_be_name(word: str) -> bool:
    """Whether ``word`` may be part of a person's name: no grammar word, place or shop."""
    title = word[:1].upper() + word[1:]
    return word.casefold() not in _NOT_AFTER and not (
        not_a_name(title) or place_word(title) or everyday(word)
    )


_NEXT = re.compile(r"([^\W\d_]+) +")


_WORD = re.compile(r"[^\W\d_]+")


def _next_word(text: str, end: int) -> str:
    m = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return m.group().casefold() if m is not None else ""
