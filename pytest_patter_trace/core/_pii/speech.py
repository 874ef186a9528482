"""Personal data inside allowed conversation content: the names people give.

When a trace may carry conversation content (Pipecat, LiveKit and GenAI traces with
content capture on), plain talk is clean, but a caller who says who they are or tells
something sensitive about a person is personal data all the same. Here, by the words of
the text and in the languages of the corpora:

- names a speaker gives after an introduction ("my name is", "me llamo", "我叫"), a
  relation ("my sister Laura Bianchi") or a title ("Dr. Okafor").

Sensitive disclosures are :mod:`.disclosure`'s.

A lexicon, kept by hand: no maintained package lists these phrases across languages,
and the NER models measured in docs/pii.md tag names in benign talk ("calling from
Austin") and know nothing of disclosures.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

from . import name_forms, name_leads, name_stt, names
from . import vocabulary as voc
from .demonyms import demonym
from .disclosure import sensitive_word as _sensitive_word
from .hints import holds_any
from .hit import Hit
from .mask import mask_name
from .memo import text_cache

__all__ = ["find_names_in_speech"]

#: Possessives before a relation ("my", "ma", "meine", "mia", "mijn", "moja"...).
_POSSESSIVE_WORDS = ("my", "our", "mi", "mis", "nuestra", "nuestro", "ma", "mon", "notre", "mein",
                     "meine", "meinem", "meiner", "unsere", "unser", "minha", "meu", "nossa",
                     "nosso", "mio", "mia", "la mia", "il mio", "mijn", "onze", "min", "mitt",
                     "mina", "moja", "mój", "mojej", "mojego", "моя", "мой", "мою")  # fmt: skip
_POSSESSIVES = "(?:" + "|".join(_POSSESSIVE_WORDS) + ")"
#: Relations, staff and third parties named after a possessive, in several languages.
_RELATIONS = (
    r"(?:sister|brother|wife|husband|mother|father|son|daughter|partner|friend|mum|mom|dad"
    r"|grandmother|grandfather|grandma|grandpa|grandson|granddaughter|aunt|uncle|cousin|niece"
    r"|nephew|fiancée?|girlfriend|boyfriend|neighbou?r|colleague|boss|manager|assistant"
    r"|accountant|lawyer|solicitor|attorney|doctor|gp|carer|caregiver|landlord|landlady"
    r"|tenant|flatmate|roommate|mother-in-law|father-in-law|son-in-law|daughter-in-law"
    r"|emergency contact|next of kin"
    r"|hermana|hermano|esposa|esposo|madre|padre|hija|hijo|abuela|abuelo|tía|tío|prima|primo"
    r"|vecina|vecino|colega|jefa|jefe|contadora|contador|abogada|abogado|novia|novio|amiga"
    r"|amigo|pareja|suegra|suegro|sœur|frère|femme|mari|mère|père|fille|fils|grand-mère"
    r"|grand-père|tante|oncle|cousine|nièce|neveu|voisine|voisin|collègue|patronne|patron"
    r"|comptable|avocate|avocat|amie|ami|compagne|compagnon|conjointe?|schwester|bruder|frau"
    r"|mann|mutter|vater|tochter|sohn|oma|opa|großmutter|großvater|tante|onkel|cousine"
    r"|nachbarin|nachbar|kollegin|kollege|chefin|chef|steuerberaterin|steuerberater"
    r"|anwältin|anwalt|freundin|freund|partnerin|verlobte|verlobter|irmã|irmão|mãe|pai|filha"
    r"|filho|avó|avô|vizinha|vizinho|advogada|advogado|namorada|namorado|sorella|fratello"
    r"|moglie|marito|madre|padre|figlia|figlio|nonna|nonno|zia|zio|cugina|cugino|vicina"
    r"|vicino|collega|commercialista|avvocata|avvocato|amica|amico|fidanzata|fidanzato"
    r"|compagna|compagno|suocera|suocero|zus|broer|vrouw|moeder|vader|dochter|zoon|buurvrouw"
    r"|buurman|boekhouder|advocaat|vriendin|vriend|siostra|brat|żona|mąż|matka|ojciec|córka"
    r"|syn|sąsiadka|sąsiad|сестра|брат|жена|муж|мать|мама|отец|папа|дочь|сын|соседка|сосед"
    # Swedish, Norwegian, Danish.
    r"|kollega|kollegaen|fru|hustru|make|maka|sambo|dotter|mamma|pappa|bror|syster|granne"
    r"|vän|chef|läkare|kone|datter|sønn|søster|nabo|venn|venninne|sjef|lege|kæreste)"
)
#: Honorifics that introduce a name in lower case only (capitalised, they are _TITLES).
_LOWER_HONORIFICS = voc.words(
    """pan pani pana panu panem panią panie paní pane pán pána pánem пан пані пане пана
    панові паном господин господина госпожа госпожи"""
)
#: Turkish relations with the possessive suffix: "my spouse", "my mother", "my son"...
_TR_RELATIONS = (
    r"(?:eşim|annem|babam|oğlum|kızım|kardeşim|ablam|abim|ağabeyim|kocam|karım|nişanlım"
    r"|sevgilim|arkadaşım|komşum|dedem|ninem|anneannem|babaannem|teyzem|halam|amcam|dayım"
    r"|yeğenim|torunum|avukatım|doktorum|patronum|müdürüm)"
)
#: Staff by role, in several languages: named after a comma ("the nurse, Anna Weiss").
_STAFF = (
    r"(?:agent|nurse|doctor|pharmacist|manager|advisor|adviser|representative|receptionist"
    r"|technician|engineer|therapist|dentist|midwife|counsell?or|caseworker|coordinator"
    r"|consultant|specialist|enfermera|enfermero|doctora|médica|médico|asesora|asesor|agente"
    r"|gestora|gestor|conseillère|conseiller|infirmière|infirmier|pharmacienne|pharmacien"
    r"|beraterin|berater|krankenschwester|pfleger|ärztin|arzt|apothekerin|apotheker"
    r"|infermiera|infermiere|consulente|enfermeira|atendente|consultora|consultor)"
)
#: An introduction after which the next words are the speaker's name, in any case (STT
#: writes "my name is priya raman").
_INTRO_WORDS = ("my name is", "my name's", "name is", "this is", "it's", "i am", "i'm",
                "me llamo", "mi nombre es", "je m'appelle", "je m’appelle", "mon nom est",
                "ich heiße", "ich heisse", "mein name ist", "ich bin", "mi chiamo",
                "il mio nome è", "nazywam się", "mam na imię", "meu nome é", "me chamo",
                "eu sou", "mijn naam is", "ik heet", "jag heter", "mitt namn är", "jeg heter",
                "benim adım", "adım", "меня зовут", "моё имя", "мое имя",
                r"my emergency contact is(?: my \w+)?")  # fmt: skip
_INTRO_TAIL = ("transfer you to", "put you through to", "speak(?:ing)? with", "ask for")
#: Staff named by role: "your nurse today is Anna Kowalczyk".
_STAFF_TODAY = ("nurse", "doctor", "therapist", "clinician", "caseworker", "advisor",
                "adviser", "agent", "representative", "counsellor", "counselor", "dentist",
                "midwife")  # fmt: skip
_INTRO = re.compile(
    r"(?i)\b(?:"
    + "|".join(_INTRO_WORDS)
    + rf"|{_POSSESSIVES} {_RELATIONS},?|"
    + "|".join(_INTRO_TAIL)
    + rf"|(?:{'|'.join(_STAFF_TODAY)})(?: today| tomorrow)? (?:is|will be))\s+"
)
#: _INTRO's alternatives one by one, in its order, each starting with a letter.
_INTRO_ALTERNATIVES = (
    *_INTRO_WORDS,
    *(f"{word} {_RELATIONS},?" for word in _POSSESSIVE_WORDS),
    *_INTRO_TAIL,
    *(f"{word}(?: today| tomorrow)? (?:is|will be)" for word in _STAFF_TODAY),
)
#: The first letter of every _INTRO alternative, lower-cased.
_INTRO_FIRSTS = "".join(dict.fromkeys(alternative[0] for alternative in _INTRO_ALTERNATIVES))


def _by_first_letter(alternatives: tuple[str, ...]) -> str:
    """``a|b|...`` as one group per first letter, each keeping its alternatives' order.

    The same matches: at a position the alternatives of other letters fail at once, and
    those of its letter are tried in the same order. But a position tries one group, not
    every alternative.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


#: More introductions, looked for only in a text holding one of _MORE_HINTS: each
#: alternative costs a little on every word of every text.
_MORE_INTRO = re.compile(
    r"(?i)(?<!\w)(?:jeg hedder|mit navn er|mitt navn er|benim ismim|ismim|chamo-me"
    r"|мене звати|моє ім'я|με λένε|λέγομαι|ονομάζομαι|το όνομά μου είναι|tên tôi là|tôi tên là"
    r"|tên của tôi là|jmenuji se|jmenuju se|volám sa|nimeni on|a nevem|mă numesc|ma numesc"
    r"|numele meu este|nama saya|ang pangalan ko ay|jina langu ni|naitwa"
    # Naming without case: Arabic, Hebrew, Persian, Urdu, Hindi, Bengali.
    r"|اسمي|إسمي|اسم من|اسمم|میرا نام|שמי|קוראים לי|השם שלי הוא|השם שלי|मेरा नाम|আমার নাম"
    # "I am" in more languages: a capitalised word only.
    r"|je suis|soy|sono|ik ben|jag är|jeg er|jestem|είμαι|tôi là|ako si|(?:le |te )?habla"
    # A name spelt out field by field: "surname O'Sullivan, first name Judith".
    r"|(?:surname|last name|family name|first name|given name|apellido|nombre de pila"
    r"|nom de famille|prénom|nachname|vorname|cognome|sobrenome|achternaam|voornaam|nazwisko"
    r"|фамилия)(?: is| es| est| ist| è| é| to|:)?"
    # Under a name: "booked under Ana Díaz", "a nombre de", "au nom de".
    r"|(?:booked|reserved|reservation is|booking is|table is|order is|it's|it is|listed"
    r"|registered) under(?: the name(?: of)?)?|under the name(?: of)?|in the name of"
    r"|a nombre de|au nom de|a nome di|em nome de|auf den namen|op naam van|op de naam van"
    r"|na nazwisko|на имя"
    # The caller as a developer's prompt names them: "The caller is Martine".
    r"|(?:the )?(?:caller|customer|patient|client|guest|user)(?:'s name)? is"
    r"|put me through to|spoke (?:to|with)|talked (?:to|with)|was helped by|hablé con"
    r"|me atendió|j'ai parlé (?:à|avec)|ho parlato con|falei com|sprach mit"
    # On the phone: "c'est ...", "hier spricht ...", "fala a ...", "tady ...", "atas nama".
    r"|c'est|c’est|hier spricht|hier ist|hier ruft|fala (?:o|a)|quem fala é|aqui é(?: (?:o|a))?"
    r"|sou (?:o|a)|tady(?: je)?|atas nama|a\.n\."
    # Honorifics in lower case, declined: Polish, Czech, Ukrainian, Russian.
    r"|pan|pani|pana|panu|panem|panią|panie|paní|pane|pán|pána|pánem|пан|пані|пане|пана"
    r"|панові|паном|господин|господина|госпожа|госпожи"
    r")\s+"
)
#: Words right before a capitalised name: Turkish relations, which carry "my" as a suffix
#: ("eşim", "kardeşim"), and staff named by role after a comma ("the pharmacist, Helena").
_ROLE_INTRO = re.compile(rf"(?i)(?<!\w)(?:{_TR_RELATIONS}|{_STAFF},)\s+")
_ROLE_INTRO_LOWER = re.compile(_ROLE_INTRO.pattern.replace("(?i)", "", 1))
#: What every _ROLE_INTRO match is followed by: an "m" or a comma, a space, a capital. One
#: search over a charset, instead of a hint per role word.
_ROLE_GATE = re.compile(r"[,mM] [A-ZÀ-ÖØ-ÞĀ-Ž]")
_MORE_INTRO_LOWER = re.compile(_MORE_INTRO.pattern.replace("(?i)", "", 1))
#: Substrings one of which every _MORE_INTRO match holds (checked with ``in``: fast).
_MORE_HINTS = ("hedder", "navn er", "ismim", "chamo-me", "звати", "ім'я", "λένε", "λέγομαι",
               "ονομάζομαι", "όνομ", "tên", "tôi", "jmenu", "volám", "nimeni", "nevem", "numesc",
               "numele", "nama saya", "pangalan", "jina langu", "naitwa", "اسم", "نام", "שמי",
               "קוראים", "השם", "नाम", "নাম", "suis", "soy", "sono", "ik ben", "jag är",
               "jeg er", "jestem", "είμαι", "ako si", "habla", "surname", "last name",
               "first name", "given name", "family name", "the name", "apellido", "prénom",
               "nom de",
               "nachname", "vorname", "cognome", "sobrenome", "achternaam", "voornaam",
               "nazwisko", "фамилия", "under", "nombre de", "nome di", "nome de", "namen",
               "naam van", "на имя", "caller", "customer", "patient", "client", "guest",
               "user", "put me", "spoke", "talked", "helped by", "hablé", "atendió",
               "parlé", "parlato", "falei", "sprach", "c'est", "c’est", "hier ", "fala ",
               "aqui é", "sou ", "tady", "atas nama", "a.n.", " pan", " pán", " пан",
               " госп")  # fmt: skip
#: The hints an ASCII text can hold: the others have a letter it has not.
_MORE_HINTS_ASCII = tuple(hint for hint in _MORE_HINTS if hint.isascii())
#: _RELATIONS as one group per first letter: the same matches, and after each "my" a
#: few relations tried, not all of them.
_RELATIONS_BY_LETTER = f"(?:{_by_first_letter(tuple(_RELATIONS[3:-1].split('|')))})"
#: _INTRO for lower-cased text. The lookahead holds the first letter of every alternative:
#: it fails at once on the other characters; the alternatives are grouped by that letter.
_INTRO_LOWER = re.compile(
    f"(?=[{_INTRO_FIRSTS}])\\b(?:"
    + _by_first_letter(
        tuple(a.replace(_RELATIONS, _RELATIONS_BY_LETTER) for a in _INTRO_ALTERNATIVES)
    )
    + ")\\s+"
)
#: A title that makes the next capitalised word a name ("Dr. Okafor").
_TITLES = ("Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Herr", "Frau", "Sr", "Sra", "Mme", "Mlle",
           "Dott", "Dhr", "Mevr", "Pani", "Pan", "Madame", "Monsieur", "Mademoiselle",
           "Señor", "Señora", "Señorita", "Signor", "Signora", "Signorina", "Senhor",
           "Senhora", "Doctor", "Doktor", "Docteur", "Dottore", "Dottoressa", "Professor",
           "Mevrouw", "Meneer", "Sayın", "Κύριε", "Κυρία", "Κύριος", "Господин", "Госпожа",
           "Mister", "Sister", "Nurse", "Ibu", "Bapak", "Pak", "Mbak")  # fmt: skip
_TITLE = re.compile(rf"\b(?:{'|'.join(_TITLES)})\.?\s+(?=[^\W\d_])")
#: Every _TITLE match holds a title, inside one word: asked of a long text's distinct words.
_TITLE_HINTS = tuple(_TITLES)
#: Combining marks of scripts whose words carry them (Devanagari and other Indic vowel
#: signs, Thai, Arabic and Hebrew points): inside a word, not after it.
_MARKS = "\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0dff\u0e31-\u0e4e"
_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_MARKS}]|['’.\-])*")
#: Words that end a name or show the intro was not one ("this is great", "i'm calling").
_NOT_NAME = voc.words(
    """a an the and or but so calling speaking here from about with for to at on in of please
    just not very really sorry fine good great ok okay yes no sure looking trying going
    calling ringing phoning wondering interested available ready done back still also only
    new happy glad calling, y e et und o ou oder en och und ve i que que,
    llamando appelle anrufe chiamando ligando bellen ringer arıyorum звоню
    support service customer team someone somebody reception billing sales everyone
    है हूँ हूं और و من هنا وأنا ואני כאן से का की"""
    "\n" + " ".join(sorted(voc.CONVERSATIONAL))
)
#: Introductions that can only be followed by a name: any case counts after them. After
#: the others ("this is", "my sister") only capitalised words are one ("this is fine").
_NAMING = re.compile(
    r"name|llamo|nombre|appelle|nom est|heiße|heisse|chiamo|nome|nazywam|imię|chamo|naam"
    r"|heet|heter|namn|adım|зовут|имя|hedder|navn|ismim|звати|ім'я|λένε|λέγομαι|ονομάζομαι"
    r"|όνομ|tên|jmenu|volám|nimeni|nevem|numesc|numele|nama|pangalan|jina|naitwa|اسم|نام"
    r"|שמי|קוראים|השם|नाम|নাম"
)
#: "I am" in languages whose speakers may follow it with a nationality or a faith.
_WEAK_INTROS = frozenset(("je suis", "soy", "sono", "ik ben", "jag är", "jeg er", "jestem",
                          "είμαι", "tôi là", "ako si", "c'est", "c’est", "hier ist", "aqui é",
                          "tady", "tady je", "fala o", "fala a", "aqui é o",
                          "aqui é a"))  # fmt: skip
#: Field words ("first name"): capitalised words only ("the first name field" is none).
_FIELD = re.compile(r"surname|last name|family name|first name|given name|^(?:apellido|nombre de"
                    r"|nom de|prénom|nachname|vorname|cognome|sobrenome|achternaam|voornaam"
                    r"|nazwisko|фамилия)|atas nama")  # fmt: skip
_CJK_NAME = re.compile(
    r"(?:我叫|我的名字是|我姓)([\u4e00-\u9fff\uac00-\ud7a3\u3040-\u30ff]{1,4})"
    # Kanji or katakana only: "私はうつ病です" says a condition, not a name.
    r"|私は((?![\u4e00-\u9fff\u30a0-\u30ff]*[病症])[\u4e00-\u9fff\u30a0-\u30ff]{2,6})"
    r"(?:です|と申します)"
    r"|(?:저는|제 이름은)\s*([\uac00-\ud7a3]{2,4})(?:입니다|이에요|예요)"
)

_JA_NAME = re.compile(
    r"([\u4e00-\u9fff\u3040-\u30ff]{2,6})(?:と申します|といいます|と言います)"
    rf"|(?:^|(?<=[、。\s]))((?:{'|'.join(sorted(voc.JA_SURNAMES, key=len, reverse=True))})"
    # A given name may follow; a place suffix (中野区: a ward) makes it a place.
    r"(?:(?![区市町村県都府駅店線])[\u4e00-\u9fff]){0,2})(?:です|でございます)"
)


def find_names_in_speech(text: str, hits: list[Hit]) -> None:
    """Add the names a speaker gives: after an introduction, a relation or a title."""
    lowered = text.lower()
    if any(ch in text for ch in "我私저제"):
        for m in _CJK_NAME.finditer(text):
            group = next(g for g in range(1, 4) if m.group(g) is not None)
            hits.append(Hit("name", m.start(group), m.end(group), mask_name(m.group(group))))
    if "す" in text:
        for m in _JA_NAME.finditer(text):
            group = 1 if m.group(1) is not None else 2
            hits.append(Hit("name", m.start(group), m.end(group), mask_name(m.group(group))))
    if holds_any(text, _TITLE_HINTS):
        for m in _TITLE.finditer(text):
            _take_name(text, m.end(), hits, capitals=True)
    names.find_lexicon_names(text, hits)
    names.find_name_shapes(text, hits)
    name_forms.find_name_forms(text, hits)
    name_leads.find_led_names(text, hits, _takes)
    signed = _SIGNED.match(text.lstrip())
    if signed is not None:  # "Priya Raman here, ...", "Tomasz Nowak speaking"
        offset = len(text) - len(text.lstrip())
        _take_name(text, offset, hits, capitals=True)
    # Matching lower-cased text is several times faster than ignoring case, when lowering
    # keeps every offset (it does not for a few letters, such as "İ").
    same = len(lowered) == len(text)
    searched = lowered if same else text
    intros = [_INTRO_LOWER if same else _INTRO] if _INTRO_HINT.search(lowered) else []
    if holds_any(lowered, _MORE_HINTS_ASCII if lowered.isascii() else _MORE_HINTS):
        intros.append(_MORE_INTRO_LOWER if same else _MORE_INTRO)
    if _ROLE_GATE.search(text):
        intros.append(_ROLE_INTRO_LOWER if same else _ROLE_INTRO)
    run_re = _run_pattern(text)
    for intro_re in intros:
        for m in intro_re.finditer(searched):
            capitals, weak = _intro_kind(m.group())
            if capitals or not _judged_by_run(text, m, hits, run_re):
                _judge_intro(text, m, hits, capitals=capitals, weak=weak)
    name_stt.find_stt_names(text, lowered, hits, find_names_in_speech)  # STT forms, staff


def _judged_by_run(
    text: str, m: re.Match[str], hits: list[Hit], run_re: re.Pattern[str] | None = None
) -> bool:
    """Judge a naming intro by its bounded run alone, if the run decides; whether it did.

    After an intro that only a name can follow, the verdict is a function of the intro
    and the run of words after it (when the run ends before its bound), so each distinct
    pair is judged once per scan, not once per time it is said. ``run_re``: the text's
    :func:`_run_pattern`, when the caller has it.
    """
    run = (run_re or _run_pattern(text)).match(text, m.end())
    if run is None:
        return True  # no word follows: no name
    if run.group(2) is not None:
        return False  # the run goes on past the bound: the full path reads on
    said_at = _named_in_run(m.group(), text[m.start()].isupper(), run.group(1))
    if said_at is not None:
        end = m.end()
        hits.append(_new_hit(("name", end + said_at[0], end + said_at[1], said_at[2])))
    return True


def _judge_intro(
    text: str, m: re.Match[str], hits: list[Hit], *, capitals: bool, weak: bool
) -> None:
    """Add the name said after the intro ``m`` matched, read from the text."""
    if text[m.start()].isupper() and m.group().rstrip() in _LOWER_HONORIFICS:
        return  # "Pan Am": a capitalised honorific is a title, found as one
    found: list[Hit] = []
    _take_name(text, m.end(), found, capitals=capitals)
    if capitals and (not found or found[0].end - found[0].start < 16):
        # "my wife lucinda marsh she ...": in lower case, or "Ana dos santos".
        one = _RELATIVE_FIRST.match(m.group()) is not None
        start, end = name_leads.confirmed_run(text, m.end(), _takes, one=one)
        if start >= 0 and (not found or end > found[0].end):
            hits.append(Hit("name", start, end, _mask_name(text[start:end])))
            return
    said = text[found[0].start : found[0].end] if found else ""
    if name_leads.not_a_state(said) and m.group().strip().lower() in _STATE_INTROS:
        return  # "I'm Hungry": how the speaker is
    if found and all(map(demonym, said.split())):
        return  # "I'm French", "I'm Jewish": what the speaker is, not who
    # "ik ben Nederlander", "jestem Polakiem": after "I am" in languages that write
    # nationalities with a capital, one word is a name only if the lexicon knows it.
    if weak and " " not in said and not names.known_given(said):
        return
    hits.extend(found)


#: A relative named after a possessive ("my father", "mijn vader").
_RELATIVE_FIRST = re.compile(rf"(?i){_POSSESSIVES} {_RELATIONS}")
#: "I am" in English, after which a state ("Hungry") is no name.
_STATE_INTROS = frozenset(("i am", "i'm", "i’m"))


def _takes(word: str) -> bool:
    """Whether ``word`` may be part of a name said in any case."""
    return _word_verdict(word, False)[1]


#: A speaker who opens with their own name, then "here", "speaking" or "calling".
_SIGNED = re.compile(
    r"(?:[^\W\d_][\w'’.\-]*\s+){0,3}[^\W\d_][\w'’\-]*,?\s+(?:here|speaking|calling)\b"
    r"|(?:[^\W\d_][\w'’.\-]*\s+){0,3}[^\W\d_][\w'’\-]*,?\s+(?:al habla|à l'appareil|am apparat)"
)
_INTRO_HINTS = ("nurse", "doctor", "therapist", "clinician", "caseworker", "advis", "agent",
                "representative", "counsel", "dentist", "midwife", "name", "this is", "it's",
                "i am", "i'm", "llamo", "nombre", "appelle", "nom ",
                "heiße", "heisse", "ich bin", "chiamo", "nome", "nazywam", "imię", "chamo",
                "sou ", "naam", "heet", "heter", "namn", "adım", "зовут", "имя", "contact",
                "my ", "mi ", "ma ", "mon ", "mein", "minha", "meu ", "mio ", "mia ",
                "transfer", "put you", "speak", "ask for", "our ", "nuestr", "notre", "unser",
                "nossa", "nosso", "mijn", "onze", "min ", "mitt ", "mina ", "moj", "mój", "мо",
                "mis ")  # fmt: skip
#: The hints as one pattern: one search in C instead of a loop in Python.
_INTRO_HINT = re.compile("|".join(map(re.escape, _INTRO_HINTS)))


#: Words with spaces between, as _read_name reads them from a position (a bounded run).
_RUN_WORDS = 8
_RUN = re.compile(rf"{_WORD.pattern}(?: +{_WORD.pattern}){{0,{_RUN_WORDS - 1}}}")
_NEXT_WORD = re.compile(r" +[^\W\d_]")
#: The run, then (group 2) the start of a next word past its bound: both in one match.
_RUN_ON = re.compile(f"({_RUN.pattern})({_NEXT_WORD.pattern})?")
#: The same for ASCII text, where ``[^\W\d_]`` is ``[A-Za-z]`` and the marks and the
#: curly apostrophe cannot occur: one class repeated, matched several times faster than
#: _WORD's alternation of three classes.
_ASCII_WORD = r"[A-Za-z][A-Za-z'.\-]*"
_RUN_ON_ASCII = re.compile(
    rf"({_ASCII_WORD}(?: +{_ASCII_WORD}){{0,{_RUN_WORDS - 1}}})( +[A-Za-z])?"
)
#: ``Hit`` from a tuple of its fields, in C (a transcript names thousands of people).
_new_hit = partial(tuple.__new__, Hit)


def _run_pattern(text: str) -> re.Pattern[str]:
    """_RUN_ON, or its ASCII form for ASCII ``text`` (``str.isascii`` reads a flag)."""
    return _RUN_ON_ASCII if text.isascii() else _RUN_ON


def _take_name(text: str, pos: int, hits: list[Hit], *, capitals: bool) -> None:
    """Add the name that starts at ``pos``, read from the words there.

    _read_name reads only the run of words from ``pos`` (words with spaces between): it
    stops at the run's end, where no space or no word follows. So a whole run decides
    alone, once per scan for each distinct run ("Priya Raman and my number is").
    """
    run = _run_pattern(text).match(text, pos)
    if run is None:
        return
    if run.group(2) is not None:
        _read_name(text, pos, hits, capitals=capitals)  # the run goes on past the bound
        return
    said = _name_in_run(run.group(1), capitals)
    if said is not None:
        hits.append(_new_hit(("name", pos + said[0], pos + said[1], said[2])))


@text_cache(maxsize=4096)  # per scan: runs are span text
def _name_in_run(run: str, capitals: bool) -> tuple[int, int, str] | None:
    found: list[Hit] = []
    _read_name(run, 0, found, capitals=capitals)
    return (found[0].start, found[0].end, found[0].masked) if found else None


def _read_name(text: str, pos: int, hits: list[Hit], *, capitals: bool) -> None:
    start = end = -1
    count = 0
    while count < 4:
        m = _WORD.match(text, pos)
        if m is None:
            break
        particle, takes, size = _word_verdict(m.group(), capitals)
        if particle and start >= 0:
            pos = _skip_space(text, m.end())
            continue
        if not takes and start >= 0 and _month_surname(text, m):
            takes, size = True, len(m.group())  # "this is Sean May, I'm calling"
        if not takes:
            # Right after the name, with no stop between: the name's own next word.
            if start >= 0 and not text[end : m.start()].strip() and names.place_word(m.group()):
                return  # "the agent, London Office": a place or a desk, not a person
            break
        if start < 0:
            start = m.start()
        end = m.start() + size
        count += 1
        nxt = _skip_space(text, m.end())
        if nxt == m.end():  # punctuation or the end: the name is over
            break
        pos = nxt
    if count and not (count == 1 and end - start < 2):
        hits.append(Hit("name", start, end, _mask_name(text[start:end])))


#: Months that are surnames too ("Sean May", "Grace June"): after a name word, ending
#: the clause, one is the surname, not a date (a date has its day beside it).
_MONTH_SURNAMES = frozenset(("May", "June", "April", "August"))


def _month_surname(text: str, m: re.Match[str]) -> bool:
    return m.group() in _MONTH_SURNAMES and text[m.end() : m.end() + 1] in ("", ",", ".", "!", "?")


#: A Turkish locative or ablative suffix after an apostrophe: a place ("İzmir'de").
_LOCATIVE = re.compile(r"['’](?:da|de|ta|te|dan|den|tan|ten)$")


# Pure, and speech repeats its names: each distinct word is judged once per scan.
@text_cache(maxsize=4096)
def _word_verdict(said: str, capitals: bool) -> tuple[bool, bool, int]:
    """Whether ``said`` is a particle, whether it may be part of a name, its length.

    A particle inside a name is skipped; one that would open a name is judged as any word.
    """
    word = said.rstrip(".’'")
    lowered = word.lower()
    takes = not (
        lowered in _NOT_NAME
        or (len(word) < 2 and not said.endswith("."))
        or (capitals and not word[:1].isupper())
        or (len(word) > 1 and word.isupper() and word.isascii())  # an acronym ("HIV")
        or _sensitive_word(word)
        or (word[:1].isupper() and names.not_a_name(word))
        or _LOCATIVE.search(word) is not None  # "İstanbul'da": in a place, not a person
    )
    return lowered in voc.NAME_PARTICLES, takes, len(word)


@text_cache(maxsize=4096)  # per scan: runs are span text
def _named_in_run(intro: str, upper: bool, run: str) -> tuple[int, int, str] | None:
    """The name a naming ``intro`` gives in ``run``, as find_names_in_speech judges it.

    ``upper``: whether the intro's first letter is a capital in the text. The steps of
    :func:`_judge_intro` for an intro after which any case counts, on the run alone
    (offsets in the run); tests/core/test_pii_speech_runs.py holds the two to one answer.
    """
    capitals, weak = _intro_kind(intro)
    if capitals or (upper and intro.rstrip() in _LOWER_HONORIFICS):
        return None
    said_at = _name_in_run(run, False)
    if said_at is None:
        return None
    said = run[said_at[0] : said_at[1]]
    if name_leads.not_a_state(said) and intro.strip().lower() in _STATE_INTROS:
        return None
    if all(map(demonym, said.split())):
        return None
    if weak and " " not in said and not names.known_given(said):
        return None
    return said_at


# Pure, and speech repeats its names: each distinct one is masked once per scan.
_mask_name = text_cache(maxsize=4096)(mask_name)


# Pure, and speech repeats its introductions: each distinct one is classified once.
@lru_cache(maxsize=1024)
def _intro_kind(matched: str) -> tuple[bool, bool]:
    """Whether only capitalised words may follow ``matched``, whether it is a weak "I am"."""
    intro = matched.strip().lower()
    return not _naming(intro), intro in _WEAK_INTROS


@lru_cache(maxsize=1024)
def _naming(intro: str) -> bool:
    """Whether only a name can follow ``intro``: then any case counts."""
    return _NAMING.search(intro) is not None and _FIELD.search(intro) is None


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos
