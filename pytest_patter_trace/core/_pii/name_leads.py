"""Names in lower-case speech, and lead-ins of more languages and registers.

Speech-to-text writes "this is gregor whitcombe speaking" in lower case, where
:mod:`.speech` reads only capitalised words after "this is", a relation or "I am" (else
"this is fine" would be a name). A lower-case run after such a lead-in is a name here
when what surrounds it says so:

- a word speakers put after their name: "speaking", "here", "calling", "hier", "här",
  "звоню", a pronoun or a verb after a relative's name ("my wife ... she", "mi hermano
  ... va"), a number word ("... my number is");
- a particle inside it ("de los", "van der", "binti"), or a common Vietnamese surname
  first;
- another script than the lead-in's ("my mother Ελπίδα ...");
- with the ``names`` extra, a given name or a surname faker knows.

Lead-ins that only a name follows, in any case: Dutch "(u spreekt) met", Yoruba "orúkọ
mi ni", Arabizi "esmi", Hinglish "mera naam ... hai", Indian English "myself", Polish
"z tej strony", Czech "u telefonu", Tagalog "si" (the article before a person's name),
Vietnamese "tên ... là", Nigerian Pidgin "... be my name", Hungarian "... vagyok",
"under" a booking; and in scripts without case, Persian "من ... هستم", Urdu and Hindi
"I ... am speaking", Amharic "ስሜ ... ነው", a Korean name before a copula.

Also: a name the speaker corrects ("soy ... perdón ..."), initials and names spelled
letter by letter in lower case ("f come firenze", the NATO alphabet), a turn that is only
a name in lower case or without case (:func:`alone`), and in developer text a name after
a record word, a staff role or a title (:func:`error_names`).

Kept by hand: no package on the index that installs without a model tags names in these
grammars, and the NER models measured in docs/pii.md miss lower-case names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import name_bare, name_greeted, name_intros, names
from . import name_words as nw
from . import vocabulary as voc
from .hints import holds_any
from .hit import Hit
from .mask import mask_name
from .name_readback import read_back_names
from .name_spelling import alphabet_hint, alphabet_names, spelled_names
from .name_surnames import surname_turn

__all__ = [
    "LOWER_STOPS",
    "alone",
    "confirmed_run",
    "error_names",
    "find_led_names",
    "not_a_state",
    "not_in_error_name",
]

#: Combining marks inside words (Yoruba tones, Indic vowel signs, Arabic points).
_MARKS = "\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0dff\u0e31-\u0e4e\u1dc0-\u1dff"
_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_MARKS}]|['’\-])*")
#: Particles inside a name; a run that holds one is a name ("maría de los santos").
_PARTICLES = voc.NAME_PARTICLES | voc.words("dela delos binti bint ibn bte")
#: Particles that are no everyday preposition alone: one inside a lower-case run of
#: words confirms it ("van der", "binti"); "de", "da" need another name word after.
_STRONG_PARTICLES = voc.words("van von der den ter ten binti bint bin ibn dela delos dos das del")
#: Words after a lower-case run that show it was a name: where a speaker names
#: themself ("... speaking", "... here"), a relative's name's verb or pronoun, a number
#: the speaker gives next. Kept by hand: grammar words of many languages.
_AFTER_NAME = voc.words(
    """speaking calling here ringing hier här her aquí ici qui звоню говорю беспокоит
    he she they him her ela ele ella él il elle lei lui hij zij ze er sie siya siyang он
    она is was will would can could has had va está estaba es era é está foi è ha
    ist hat wird heeft was zal est a va sera jest będzie je bude number numero número
    numéro numer numărul nummer personnummer phone mobile dob email telefon telefone
    teléfono số dari from at who que qui che die der dan và ang yung ho dün bugün geçen
    last yesterday earlier today this born née né nacido nacida nato nata nascido nascida
    geboren urodzony urodzona"""
)
#: Words after a one-word run: a copula or a verb's auxiliary only ("mijn vader gerrit
#: is ..."); "my husband called yesterday" is no name.
_AFTER_ONE = voc.words("is was está estaba é foi è ist hat heeft est a jest je va ha")
#: Words that end a lower-case run and are no part of a name: particles of politeness
#: (Singlish "lah", Tagalog "po", Vietnamese "ạ", Hindi "ji", "hai"), adverbs and states.
#: Kept by hand: stop-word packages cover none of these registers (Singlish, Taglish).
LOWER_STOPS = voc.words(
    """lah leh lor meh po ho ạ nhé ạh ji hai hain hoon hu na nga naman din rin lang kasi
    yung ang mga sa ng kay si also always already just really very still again then now
    here there today tomorrow yesterday last next all both only even actually probably
    calling speaking ringing please thanks sorry okay ok yes no hi hello good fine great
    guten gute buenos buenas bom boa bonjour goede god dobry dobrý hej hallo salam jó
    well better sick ill tired hungry busy late early home away back out over up down off
    on in at to from with for about e y et und en och og ve и і a o ou ali ale i mas pero
    but and or so because since that this these those which what who whom whose when
    where why how my your his her our their its me him us them it you we they she he
    new customer client cliente klant kunde member user caller patient guest
    dot at punto ponto point punkt chấm còng arroba underscore dash hyphen
    también também tampoco aussi auch anche ook ya já quer quiere quiero quieren vuole
    will want wants wanted need needs nagyon itt ott most már még nem csak jól rosszul
    fáradt beteg éhes molto tanto troppo già ancora qui qua davvero çok bu şu bir hiç
    lives works knows says goes comes wants takes makes gets calls pays handles manages
    nearby abroad away vai vou vamos voy puede pode può peut kann kan hoy hoje oggi heute
    vandaag amanhã mañana domani demain morgen ontem ayer ieri gestern gisteren ligar
    llamar chiamare appeler anrufen bellen mijn mijne meine mein mon mes mio minha meu min
    mitt mina moja mój мой моя your je jouw uw tu su sua seu ton ta dein deine het een die
    das les los las os um uma un una une ein eine det är inte jag du vi ni han hon och
    också bra pe par se ka ki ke ko mein tha
    yine artık zaten şimdi mau ingin mohon bisa tidak sudah belum akan lagi juga
    очень срочно снова опять уже ещё тоже вам вас сейчас просто"""
)
#: English states after "I'm" / "I am" written in title case ("I'm Hungry"): no person.
#: Kept by hand: the adjectives a caller says of themself.
_STATES = voc.words(
    """hungry starving thirsty tired exhausted sleepy sick ill unwell poorly busy free
    angry upset annoyed frustrated confused lost stuck late early pregnant diabetic vegan
    vegetarian allergic worried scared afraid nervous married single divorced widowed
    retired unemployed disabled deaf blind new back home outside inside away abroad
    driving waiting here there ready done fine good great okay alright well better worse
    sorry happy sad glad interested calling listening sure certain serious"""
)
#: English verb and adverb endings: a lower-case word so ending is rarely a name.
_VERB_ENDS = ("ing", "ly")
#: The most common Vietnamese surnames (about nine in ten people bear one of them). Kept
#: by hand: faker's vi_VN list needs the extra; these few decide a plain install.
_VI_SURNAMES = voc.words(
    """nguyễn nguyen trần tran lê le phạm pham hoàng hoang huỳnh huynh phan vũ vu võ vo
    đặng dang bùi bui đỗ do hồ ho ngô ngo dương duong lý ly trương truong đinh dinh"""
)
#: Lead-ins after which only a name comes, read in any case. No pattern here opens with
#: an assertion (a lookbehind, a word boundary): one that opens with a literal or a set of
#: first letters is skipped through in C; the edge of the word is checked in Python.
_STRONG_WORDS = (
    r"u spreekt met|spreekt u met|je spreekt met|(?:ja|hallo|goedemorgen|goedemiddag"
    r"|goedenavond|hoi) met|or[uú]\u0301?k(?:ọ|o\u0323|o)\u0301? mi ni|(?:ana )?(?:esmi|ismi"
    r"|esmy|ismy)|mera naam|mera name|mera nam|(?:ji|hi|hello|sir|madam|ma'am|, ) ?myself"
    r"|t[eê]n (?:của )?(?:tôi|em|anh|chị|mình|con)? ?là|(?:tôi|em|anh|chị|con) tên(?: là)?"
    r"|z tej strony|u telefonu|(?:ako|ko) (?:po )?si|po si"
    r"|(?:reservation|booking|account|order|table|appointment|ticket|profile"
    r"|it's|it is|that's|everything's)(?: is)? under"
)
_STRONG = re.compile(rf"(?i)(?:{_STRONG_WORDS})\s+")
_STRONG_LOWER = re.compile(rf"(?:{_STRONG_WORDS})\s+")
#: A turn that opens with "met" (Dutch, on the phone) or "myself" (Indian English).
_STRONG_FIRST = re.compile(r"(?i)\s*(?:met|myself)\s+")
#: Strong lead-ins that say "name": one word after them is a name too.
_NAMING = re.compile(r"naam|nam|esm|ism|mi ni|tên")
#: Substrings one of which every _STRONG match holds.
_STRONG_HINTS = (" met ", "mi ni", "esm", "ism", "naam", "mera nam", "myself", "tên",
                 "strony", "telefonu", " si ", "under")  # fmt: skip
#: Lead-ins after which a lower-case run is a name only when confirmed (confirmed_run):
#: "I am" in more languages than :mod:`.speech` reads, staff by role, honorifics said in
#: lower case. ("this is", "I'm", "soy"... are speech's: it confirms their runs here.)
_WEAK_WORDS = (
    r"det är|det er|это|saya|aku|sunt|em là|anh là|chị là|ben"
    r"|(?:your|the|our|my) (?:agent|nurse|doctor|advisor|adviser|representative|rep"
    r"|manager|supervisor|colleague|pharmacist|therapist|technician|engineer|consultant"
    r"|caseworker|dentist|midwife)(?: called| named| by the name of)?"
    r"|mas|mbak|pak|bu|ibu|bapak|kak|bang|sister|mister"
    r"|mevrouw|meneer|aunty|auntie"
)
_WEAK = re.compile(rf"(?i)(?:{_WEAK_WORDS}) +")
_WEAK_LOWER = re.compile(rf"(?:{_WEAK_WORDS}) +")
_WEAK_HINTS = ("det ", "это", "saya", "aku", "sunt", " là", "ben ", "agent", "nurse",
               "doctor", "advis", "repres", " rep ", "manager", "supervisor", "colleague",
               "pharmac", "therap", "technic", "engineer", "consult", "casework",
               "dentist", "midwife", "mas ", "mbak", "pak ", "bu ", "kak ", "bang ",
               "sister", "mister", "mevrouw", "meneer", "aunt")  # fmt: skip
#: Words after a name said first, at the start of a turn ("reinhold strasser hier").
_SIGNED_AFTER = voc.words("here hier här her aquí ici qui speaking calling")
#: Three-syllable Korean words that open with a surname's syllable and are no name.
_KO_NOT = frozenset(("이메일", "사용자", "주소지", "예약자", "담당자", "관리자", "신청자",
                     "전화기", "정말로", "오늘은", "내일은", "고객님", "문의사"))  # fmt: skip
#: Words after "under" that are no name ("under review", "under warranty"). Kept by hand:
#: what a booking or a case is "under" is business English no package lists.
_UNDER_NOT = voc.words(
    """review warranty investigation construction maintenance control contract repair
    consideration processing way age budget pressure arrest surveillance stress
    observation discussion negotiation offer plan policy name names number account
    another different same new old order booking reservation phone email address"""
)
#: A name then a word that says "I am" or "be my name" after it.
_NAME_THEN = re.compile(
    r"(?i)(?:^|(?<=\bna )|(?<=[,.!] )|(?<=napot )|(?<=szia )|(?<=helló )|(?<=hello )"
    r"|(?<=üdvözlöm )|(?<=halló ))((?:[^\W\d_]+ ){0,2}[^\W\d_]+) (?:be my name|vagyok)\b"
)
#: Caseless scripts: a lead-in, one to three words, the word that ends the sentence.
_SCRIPT_LEADS = (
    re.compile(r"(?:^|(?<=\s))من\s+((?:[\u0600-\u06ff]+\s+){1,2}[\u0600-\u06ff]+)\s+(?:هستم|هستش)"),
    re.compile(r"(?:اسمم|اسم من|نامم|نام من)\s+((?:[\u0600-\u06ff]+\s+){0,2}[\u0600-\u06ff]+)"
               r"\s+(?:هست|است)"),
    re.compile(r"(?:^|(?<=\s))میں\s+((?:[\u0600-\u06ff]+\s+){0,2}[\u0600-\u06ff]+)\s+"
               r"(?:بات کر رہا|بات کر رہی|بول رہا|بول رہی)"),
    re.compile(r"(?:^|(?<=\s))मैं\s+((?:[\u0900-\u097f]+\s+){0,2}[\u0900-\u097f]+)\s+"
               r"(?:बोल रहा|बोल रही|बात कर रहा|बात कर रही)"),
    re.compile(r"(?:ስሜ|ስሜም)\s+((?:[\u1200-\u137f]+\s+){0,2}[\u1200-\u137f]+)\s+(?:ነው|ይባላል)"),
    re.compile(r"(?:^|(?<=\s))እኔ\s+((?:[\u1200-\u137f]+\s+){0,2}[\u1200-\u137f]+)\s+ነኝ"),
)  # fmt: skip
_SCRIPT_HINTS = ("هست", "است", "بات", "بول", "बोल", "बात", "ስሜ", "ነኝ")
#: Persian, Urdu and Hindi words after "I" that say how or where the speaker is, not who.
_FA_NOT = voc.words(
    """ابھی یہاں وہاں بھی अभी यहाँ यहां वहाँ भी खुद خود
    خیلی خوب بد خسته مریض اینجا الان هم ناراحت گرسنه منتظر مشتری دانشجو واقعا کمی
    خوشحال راضی نگران مطمئن آماده"""
)
#: A Korean surname, two syllables, a copula: "박서준이고요", "최유나입니다".
_KO_COPULA = re.compile(
    r"(?<![\uac00-\ud7a3])([김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구"
    r"민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부]"
    r"[\uac00-\ud7a3]{2})(?:이고요|이구요|입니다|이에요|이라고 합니다|이라고 해요)"
)
_KO_HINT = ("이고요", "이구요", "입니다", "이에요", "이라고")
#: Lower-case initials and a surname ("m. k. adeyemi-cole", "b. t. Ogunleye").
_INITIALS = re.compile(
    r"(?<![\w.’'])((?![aeiu]\. ?[gemks]\.|[ap]\. ?m\.|[nu]\. ?[bsk]\.|p\. ?s\.|a\. ?k\. ?a)"
    r"[a-z]\. ?(?:[a-z]\. ?){1,2})([^\W\d_]{2,}(?:-[^\W\d_]+)?)(?![\w.@])"
)
#: Two initials, which every _INITIALS match holds: no lookbehind, so skipped through in C.
_INITIALS_HINT = re.compile(r"[a-z]\. ?[a-z]\.")
#: Longest text read for a local spelling alphabet: a spelled name is said in one turn.
_ALPHABET_LONGEST = 2000
_SPELLED_HINT = re.compile(r" [^\W\d_],? [^\W\d_][ ,]")
#: Everyday words of two syllables that open with a surname's syllable: a word that
#: opens with one ("이번주입니다": it is this week) is no name.
_KO_NOT_PREFIX = voc.words(
    """이번 이거 이것 이건 이쪽 이분 이런 이렇 이제 이미 이상 이메 이름 이용 이틀 이전 이후 정말
    정도 정상 조금 전화 주문 주소 주말 안녕 고객 문의 부탁 사용 예약 확인 배송 결제 취소 변경
    오늘 오후 오전 지금 지난 신청 신용 우리 제가 제일 금요 목요 수요 화요 월요 일요 토요"""
)


Takes = Callable[[str], bool]


def not_a_state(word: str) -> bool:
    """Whether a capitalised word after "I'm" says how the speaker is ("I'm Hungry")."""
    return word.casefold() in _STATES


def _name_word(word: str, takes: Takes) -> bool:
    folded = word.casefold()
    if folded in LOWER_STOPS or folded in _AFTER_NAME or len(word) < 2:
        return False
    if folded in voc.DIGIT_WORDS:
        return False  # "it's eight eight two ...": a number read out
    if word.isascii() and len(word) > 4 and folded.endswith(_VERB_ENDS):
        return False  # "raining", "really"
    if word.isascii() and len(word) > 5 and folded.endswith("ed"):
        return False  # "called", "started"
    return takes(word)


#: "And" in languages whose particle lists hold it ("e", "y"): a run ends there.
_CONJUNCTIONS = voc.words("e y i und and en et")


def _run(text: str, pos: int, takes: Takes) -> tuple[int, int, list[str], bool]:
    """Name words from ``pos``: start, end, the words, whether a strong particle is inside."""
    words: list[str] = []
    start = end = -1
    strong = False
    pending = False
    while len(words) < 5:
        m = _WORD.match(text, pos)
        if m is None:
            break
        word = m.group()
        folded = word.casefold()
        if folded in _CONJUNCTIONS:
            break  # "lolita govoni e sono ...": the next clause
        if folded in _PARTICLES:
            if not words:
                break  # "de la ciudad": a preposition, not a name's particle
            strong = strong or folded in _STRONG_PARTICLES
            pending = True
        elif _name_word(word, takes):
            if start < 0:
                start = m.start()
            words.append(word)
            end = m.end()
            pending = False
        else:
            break
        nxt = m.end()
        while nxt < len(text) and text[nxt] == " ":
            nxt += 1
        if nxt == m.end():
            break
        pos = nxt
    if pending and not words:
        return -1, -1, [], False
    return start, end, words, strong or _has_particle(text, start, end)


#: Particles of two words, inside a name ("de la", "de los").
_PARTICLE_PAIRS = re.compile(r"(?i) de l[ao]s? | van de | van het ")


def _has_particle(text: str, start: int, end: int) -> bool:
    return start >= 0 and _PARTICLE_PAIRS.search(text, start, end) is not None


def _next_word(text: str, end: int) -> str:
    m = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return m.group().casefold() if m is not None else ""


def _given(word: str) -> bool:
    """Whether the lexicon knows ``word`` as a given name that is no everyday word."""
    lex = names.lexicon()
    if lex is None:
        return False
    folded = word.casefold()
    return folded in lex.given and folded not in lex.common and folded not in lex.words


_known = name_bare.known_name  # a given name and a surname faker knows, 2 or 3 words


#: A Turkish noun with "my" as a suffix ("siparişim", "numaram").
_TR_POSSESSED = re.compile(r"[^\W\d_]{3,}(?:ım|im|um|üm)")


def confirmed_run(text: str, pos: int, takes: Takes, *, one: bool = False) -> tuple[int, int]:
    """A lower-case name at ``pos`` after a lead-in, confirmed by what surrounds it.

    Returns its start and end, or ``(-1, -1)``. ``takes`` judges one word as the caller's
    introduction reader does (no stop word, no sensitive word, no place word). ``one``: a
    single word before a copula counts (after a relative: "mijn vader gerrit is ...").
    """
    if not text[pos : pos + 1].isalpha():
        return -1, -1
    before = text[max(0, pos - 2) : pos]
    other_script = before.isascii() and not text[pos].isascii() and not text[pos].islower()
    start, end, words, particle = _run(text, pos, takes)
    if not words or start != pos:
        return -1, -1
    if other_script and not text[start].isupper():
        return start, end  # "my father علي ...": a name in its own script
    after = _next_word(text, end) if text[end : end + 1] == " " else ""
    stop = text[end : end + 1] in ("", ",", ".", "!", "?", ";")
    if len(words) == 1:
        return (start, end) if one and after in _AFTER_ONE and not stop else (-1, -1)
    if particle or words[0].casefold() in _VI_SURNAMES or after in _AFTER_NAME:
        return start, end
    if len(words) <= 3 and _given(words[0]) and " de " in text[start:end]:
        return start, end  # "henk de graaf": a given name the lexicon knows, a particle
    if holds_any(text, ("ı", "ş", "ğ")):
        # "ben ... siparişim": the speaker's own thing named next, after two words or three.
        for i in range(2, min(4, len(words) + 1)):
            nxt = words[i] if i < len(words) else after
            if _TR_POSSESSED.fullmatch(nxt):
                return start, start + len(" ".join(words[:i]))
    return (start, end) if _known(words) else (-1, -1)


def find_led_names(text: str, hits: list[Hit], takes: Takes) -> None:
    """Add names after lead-ins of more languages, in scripts without case, and spelled."""
    lowered = text.lower()
    same = len(lowered) == len(text)  # lowering keeps offsets (it does not for "İ")
    # One look at the distinct words for every lead-in's hints: most texts hold none.
    led = holds_any(lowered, _ALL_HINTS)
    if (led and holds_any(lowered, _STRONG_HINTS)) or _STRONG_FIRST.match(text):
        strong = _STRONG_LOWER.finditer(lowered) if same else _STRONG.finditer(text)
        first = _STRONG_FIRST.match(text)
        for m in [*([first] if first else []), *strong]:
            if m.start() and text[m.start() - 1].isalnum() and m.group()[:1].isalnum():
                continue  # inside a word ("comet", "transistor")
            start, end, words, _ = _run(text, m.end(), takes)
            if not words or start != m.end():
                continue
            lead = m.group().casefold()
            if words[0].casefold() in _UNDER_NOT or (len(words) < 2 and not _NAMING.search(lead)):
                continue  # "under review", "ja met plezier": one word is no name there
            _add(hits, text, start, end)
    if led and ("vagyok" in lowered or "be my name" in lowered):
        for m in _NAME_THEN.finditer(text):
            said = m.group(1).split()
            start = m.start(1)
            while said and not _name_word(said[0], takes):  # "na chidi okafor ..."
                start += len(said.pop(0)) + 1
            if len(said) >= 2 and all(_name_word(w, takes) for w in said):
                _add(hits, text, start, m.end(1))
    if led and holds_any(lowered, _WEAK_HINTS):
        for m in _WEAK_LOWER.finditer(lowered) if same else _WEAK.finditer(text):
            if m.start() and text[m.start() - 1].isalnum():
                continue
            start, end = confirmed_run(text, m.end(), takes)
            if start >= 0:
                _add(hits, text, start, end)
    _signed_start(text, hits, takes)
    if led and holds_any(lowered, _CORRECTION_HINTS):
        _corrected(text, hits, takes)
    if not text.isascii():
        if holds_any(text, _SCRIPT_HINTS):
            for pattern in _SCRIPT_LEADS:
                for m in pattern.finditer(text):
                    if _FA_NOT.isdisjoint(m.group(1).split()):
                        _add(hits, text, m.start(1), m.end(1))
        if holds_any(text, _KO_HINT):
            for m in _KO_COPULA.finditer(text):
                if m.group(1) not in _KO_NOT and m.group(1)[:2] not in _KO_NOT_PREFIX:
                    _add(hits, text, m.start(1), m.end(1))
    if _INITIALS_HINT.search(text):
        for m in _INITIALS.finditer(text):
            if _name_word(m.group(2), takes):
                _add(hits, text, m.start(1), m.end(2))
    if _SPELLED_HINT.search(text):
        spelled_names(text, hits, LOWER_STOPS)
    if led and holds_any(lowered, _NATO_HINTS):
        _nato(text, hits)
    if len(text) < _ALPHABET_LONGEST and alphabet_hint(lowered):  # "Berta Emil Cäsar ..."
        alphabet_names(text, hits, LOWER_STOPS)
    for start, end in name_intros.world_names(text, lowered, takes, _run, confirmed_run):
        _add(hits, text, start, end)  # the lead-ins of the world's other languages
    for start, end in name_greeted.greeted_names(text, lowered, takes):
        _add(hits, text, start, end)  # "Grüezi, da isch ...", "سلام، ... هستم"
    if name_bare.bare_hint(lowered):  # "it's for ...", "det er ...", "... ke naam pe"
        for start, end in name_bare.bare_names(text, lowered, takes, confirmed_run):
            _add(hits, text, start, end)
    for start, end in read_back_names(text, takes):
        _add(hits, text, start, end)  # the agent's read-back: "So ..., number ..., right?"


#: A speaker's own correction of the name just said: "soy lucía eh no perdón luciana ...".
_CORRECTION = re.compile(
    r"(?i)(?:soy|sono|sou|i'm|i am|it's|my name is|me llamo|je suis|je m'appelle"
    r"|ich bin|ich heiße|mi chiamo|ik ben)\s.{0,40}?(?<!\w)(?:perdón|perdon|sorry|i mean"
    r"|scusi|scusa|pardon|desculpa|désolé|entschuldigung|quiero decir|digo|no wait|nee"
    r"|ik bedoel|voglio dire|je veux dire|ich meine),?\s+"
)
_CORRECTION_HINTS = ("perd", "sorry", "mean", "scus", "pardon", "descul", "désolé",
                     "entschuldigung", "decir", "digo", "wait", "bedoel", "dire",
                     "meine")  # fmt: skip
#: Every hint of this module's lead-ins, asked once of a text before the groups.
#: NATO words that every spelled name of three letters or more most likely holds.
_NATO_HINTS = ("alpha", "alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
               "hotel", "india", "juliet", "kilo", "lima", "mike", "november", "oscar",
               "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whisk",
               "ray", "yankee", "zulu")  # fmt: skip
_ALL_HINTS = (
    *_NATO_HINTS,
    *_STRONG_HINTS,
    *_WEAK_HINTS,
    *_CORRECTION_HINTS,
    "vagyok",
    "be my name",
)


#: Words between a correction and the name: "i mean", "eh no".
_FILLERS = voc.words("i mean eh uh um no wait sorry perdón perdon quiero decir digo")


def _corrected(text: str, hits: list[Hit], takes: Takes) -> None:
    """The name said after a speaker corrects the one they gave (two words or three)."""
    for m in _CORRECTION.finditer(text):
        if m.start() and text[m.start() - 1].isalnum():
            continue  # "also ...": not "so"
        pos = m.end()
        while (w := _WORD.match(text, pos)) is not None and w.group().casefold() in _FILLERS:
            pos = w.end() + 1  # "sorry i mean", "eh no"
        start, end, words, _ = _run(text, pos, takes)
        stop = text[end : end + 1] in ("", ",", ".", "!", "?")
        if start == pos and 2 <= len(words) <= 3 and stop:
            _add(hits, text, start, end)


#: In a developer's error: a quoted name with a particle ("'Hugo de Clercq'"), or a name
#: after a person's record ("no account for Radomir Szulc").
_ERROR_QUOTED = re.compile(
    r"['\"“]([A-Z][^\W\d_]+(?: (?:de|del|da|dos|das|di|du|le|la|van|von|der|den|ter|ten"
    r"|bin|binti|ibn))+ [A-Z][^\W\d_'’]+(?:-[A-Z][^\W\d_]+)?)['\"”]"
)
_ERROR_RECORD = re.compile(
    r"(?:(?i:account|profile|record|booking|reservation|customer|subscription|appointment"
    r"|member|membership|patient|caller|contact|user)s? (?i:for|of|belonging to)"
    # Staff by role, and a title: "transfer to agent ...", "scheduled for Mr. ...".
    r"|(?i:agent|supervisor|nurse|doctor|clinician|technician|advisor|adviser|rep"
    r"|representative|manager|caseworker|therapist)|(?P<title>Mr|Mrs|Ms|Mx|Dr|Prof)\.?) "
    r"(?P<name>[A-Z][^\W\d_'’]+(?:-[A-Z][^\W\d_]+)?"
    r"(?: [A-Z][^\W\d_'’]+(?:-[A-Z][^\W\d_]+)?)?)(?![\w])"
)


_ERROR_RECORD_HINTS = (" for ", " of ", "belonging", "gent ", "supervisor", "nurse", "octor",
                       "clinician", "technician", "advis", "rep", "manager", "caseworker",
                       "therapist", "Mr", "Ms", "Mx", "Dr", "Prof")  # fmt: skip


def not_in_error_name(word: str) -> bool:
    """A word of a company, a plan or a status ("Acme Corp", "Premium Plan")."""
    folded = word.casefold()
    return (
        folded in voc.NOT_NAME_WORDS or folded in nw.NOT_IN_PERSON_FIELD or names.not_a_name(word)
    )


def error_names(text: str) -> list[tuple[int, int]]:
    """Spans of names in a developer's error or log line, told by quotes or a record word."""
    found: list[tuple[int, int]] = []
    if holds_any(text, _ERROR_RECORD_HINTS):
        for m in _ERROR_RECORD.finditer(text):
            words = m.group("name").split()
            if len(words) < 2 and m.group("title") is None:
                continue  # one word after a title only ("Mr. Oyelaran")
            if not any(not_in_error_name(w) for w in words):
                found.append(m.span("name"))
    if "'" in text or '"' in text or "“" in text:
        for m in _ERROR_QUOTED.finditer(text):
            words = m.group(1).split()
            if voc.NOT_NAME_WORDS.isdisjoint((words[0].casefold(), words[-1].casefold())):
                found.append(m.span(1))
    return found


#: The most common surnames of India in Devanagari: a turn of two words ending in one is
#: a name said alone ("अमित शर्मा"). Kept by hand: faker's hi_IN lists are in Latin script.
_HI_SURNAMES = voc.words(
    """शर्मा वर्मा पटेल सिंह कुमार गुप्ता यादव जोशी मिश्रा पांडे पाण्डेय तिवारी चौहान ठाकुर अग्रवाल
    जैन मेहता शाह रेड्डी नायर राव दास बनर्जी चटर्जी मुखर्जी खान कपूर मल्होत्रा भाटिया सक्सेना
    श्रीवास्तव त्रिपाठी दुबे चौधरी सिन्हा प्रसाद देसाई कुलकर्णी पाटिल"""
)
_JA_ALONE = re.compile(
    rf"({'|'.join(sorted(voc.JA_SURNAMES, key=len, reverse=True))})[\u4e00-\u9fff]{{1,3}}"
)
_DEVANAGARI_WORD = re.compile(r"[\u0900-\u097f]+")
#: What may open a turn before a name said alone ("जी,", "yes").
_ALONE_OPENERS = voc.words("जी हाँ हां yes yeah sí si oui ja sim")


#: A diariser's or a log's speaker tag before a turn.
_SPEAKER_TAG = re.compile(
    r"\s*(?:\[[^\]\n]{1,32}\]|(?i:user|caller|customer|human|patient|client|speaker[ _]?\d*)\s*:)"
)


def alone(turn: str) -> tuple[int, int] | None:
    """A turn that is only a name in lower case or in a script without case.

    A Japanese surname and a given name ("山本翔太"), two Devanagari words ending in a
    common surname, and with the lexicon two or three lower-case words it knows as a
    given name and a surname ("beatrice santoro").
    """
    tag = _SPEAKER_TAG.match(turn)  # "[SPEAKER_01 00:11] ...", "caller: ..."
    said = turn[tag.end() :] if tag else turn
    stripped = said.strip().rstrip(".!?")
    lead = len(turn) - len(said.lstrip())
    if not stripped or len(stripped) > 48:
        return None
    if not stripped.isascii():
        m = _JA_ALONE.fullmatch(stripped)
        if m is not None:
            return lead, lead + len(stripped)
        words = _DEVANAGARI_WORD.findall(stripped)
        if words and words[0] in _ALONE_OPENERS:
            words = words[1:]
        if len(words) == 2 and words[1] in _HI_SURNAMES and words[0] not in _HI_SURNAMES:
            last = stripped.rindex(words[1])
            return lead + stripped.index(words[0]), lead + last + len(words[1])
    words = stripped.split()
    lower = 2 <= len(words) <= 3 and stripped.islower()
    lower = lower and all(w.replace("-", "").isalpha() for w in words)  # "al-hashimi"
    if lower and (_known(words) or surname_turn(words, _plain)):
        return lead, lead + len(stripped)
    return None


def _plain(word: str) -> bool:
    """A stop word or an everyday word: no part of a name said alone."""
    folded = word.casefold()
    return folded in LOWER_STOPS or folded in voc.DIGIT_WORDS or names.everyday(word)


def _signed_start(text: str, hits: list[Hit], takes: Takes) -> None:
    """A turn that opens with a name said before "here" or "speaking", in any case."""
    pos = len(text) - len(text.lstrip())
    start, end, words, _ = _run(text, pos, takes)
    if start == pos and 2 <= len(words) <= 3 and _next_word(text, end) in _SIGNED_AFTER:
        _add(hits, text, start, end)


#: The NATO spelling alphabet: a run of its words spells letters ("kilo oscar ...").
_NATO = voc.words(
    """alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima
    mike november oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray
    x-ray yankee zulu"""
)
_NATO_RUN = re.compile(
    rf"(?i)(?:{'|'.join(sorted(_NATO, key=len, reverse=True))})"
    rf"(?: (?:{'|'.join(sorted(_NATO, key=len, reverse=True))})){{2,}}(?![\w\-])"
)


def _nato(text: str, hits: list[Hit]) -> None:
    """A word spelled in the NATO alphabet, said beside it written ("kovac kilo oscar ...")."""
    for m in _NATO_RUN.finditer(text):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        word = "".join(w[0] for w in m.group().split())
        near = text[max(0, m.start() - 60) : m.end() + 60]
        written = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", near, re.IGNORECASE)
        if written is not None and len(word) >= 3:
            _add(hits, text, m.start(), m.end())
            s = max(0, m.start() - 60) + written.start()
            _add(hits, text, s, s + len(word))


def _add(hits: list[Hit], text: str, start: int, end: int) -> None:
    hits.append(Hit("name", start, end, mask_name(text[start:end])))
