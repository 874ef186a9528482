"""A name a caller gives right after a greeting, in the variety of their region.

A caller opens with a greeting, maybe says a short lead-in ("da isch", "do is da", "met",
"hier is", "i bin", "ман", "நான்", "ഞാൻ"), then their name, and the clause ends. The
lead-ins differ from village to village (Swiss, Austrian and Bavarian German, Alsatian,
Flemish, Dari and Tajik beside Persian), so they are not listed phrase by phrase: after a
greeting that opens the turn, a few short function words are let through, and what counts
is the shape that follows.

- Scripts with case: two or three capitalised words that end the clause (a stop, the turn's
  end, or a word said after a name: "hier", "am Apparat", "ҳастам"), none a word of
  business, place, calendar or greeting.
- Scripts without case: one to three words of the script, then a closing copula (Persian
  and Dari "هستم", Urdu "ہوں", Hindi "हूँ", Tamil "ஆவேன்", Malayalam "ആണ്"); or, after a
  first-person pronoun ("நான்", "මම", "ഞാൻ"), two or three words that end the clause.
  Words of state, of the business or of grammar ("خیلی", "உங்கள்", "ഒരു") end nothing.

Kept by hand: no package lists greetings and phone lead-ins of regional varieties (CLDR
lists neither), and the NER models measured in docs/pii.md miss them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import vocabulary as voc
from .demonyms import demonym
from .names import everyday, greeting, not_a_name, place_word

__all__ = ["greeted_names"]

Takes = Callable[[str], bool]

#: Longest text read: a greeting opens one short turn (a JSON message wraps it).
_LONGEST = 600
#: Greetings that open a call, standard and regional, as lower-case phrases. Kept by hand.
_GREETINGS = (
    "grüezi mitenand|grüezi|gruezi|grüessech|grüess gott|grüss gott|grüß gott|griaß di"
    "|griaß eich|griaß god|grias di|grüß dich|servus|servas|hoi zäme|hoi|sali|salü|moin moin"
    "|moin|guten tag|guten morgen|guten abend|guete tag|guete morge|gueten abig|tach|hallo"
    "|goeiedag|goeiemorgen|goeiemiddag|goeienavond|goedendag|goedemorgen|goedemiddag"
    "|goedenavond|dag|hello|hi|hey|good morning|good afternoon|good evening|bonjour|bonsoir"
    "|salut|allô|allo|hola|buenos días|buenas tardes|buenas|olá|bom dia|boa tarde"
    "|buongiorno|buonasera|салом|ассалому алейкум|здравствуйте|добрый день|алло"
    "|assalomu alaykum|assalamu alaikum|as-salamu alaykum|salaam|salam|salom"
    "|السلام علیکم|سلام علیکم|سلام|درود|وقت بخیر|روز بخیر|صبح بخیر|آداب"
    "|வணக்கம்|നമസ്കാരം|ආයුබෝවන්|नमस्ते|नमस्कार|హలో|హలో|ഹലോ|හලෝ"
)
_OPENING = re.compile(rf"(?:{_GREETINGS})(?=[\s,.!،؛]|$)[\s,.!،؛]*")
#: Short words a regional lead-in is made of: "da isch", "do is da", "i bin", "met", "hier
#: is", "c'est", "ман": the copula, "here", "I", and the article before a first name.
_LEAD_WORDS = voc.words(
    """da do hie hier isch ist is es het i ich ig bi bin bims spricht sprich spreekt met
    ik ben 'k kben ici c'est je suis moi this it's here me man ман мен я это de der d
    dr s"""
)
#: Words said after a name that end it as a stop would: "hier", "am Apparat", "ҳастам".
_AFTER_NAME = voc.words("hier here speaking ҳастам hastam hestam vagyok")
_CASED_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
#: Business, service and station words a lead-in names instead of a person ("met
#: Klantendienst", "da isch Bern Bahnhof").
#: Kept by hand, as the business words of :mod:`.name_calls`.
_SERVICE = voc.words(
    """kundendienst kundenservice klantendienst klantenservice service support team hotline
    zentrale praxis büro kanzlei apotheke firma abteilung dienst gemeinde stadtwerk
    stadtwerke verwaltung onthaal receptie afdeling bank versicherung verzekering
    centrale agence cabinet clinique pharmacie bahnhof hauptbahnhof flughafen station
    zentrum mitte"""
)

#: Scripts without case: the letters (with their marks) of each.
_SCRIPT_WORD = (
    "[\u0600-\u06ff\u200c]+|[\u0b80-\u0bff]+|[\u0d00-\u0d7f]+|[\u0d80-\u0dff]+"
    "|[\u0900-\u097f]+|[\u0c00-\u0c7f]+"
)
#: First-person pronouns that open the name in these scripts: Persian, Urdu, Pashto,
#: Tamil, Malayalam, Sinhala, Hindi, Telugu.
_PRONOUNS = "من|میں|زه|நான்|ഞാൻ|ഞാന്|මම|मैं|నేను"
#: Copulas that close a name: Persian and Dari, Pashto, Urdu, Hindi, Tamil, Malayalam,
#: Sinhala.
_COPULAS = "هستم|هستش|یم|يم|ہوں|ہُوں|हूँ|हूं|ஆவேன்|ஆகும்|ആണ്|ആകുന്നു|වෙමි|ය"
_CLAUSE_END = r"(?=[.,!?؟۔।\"\n]|$)"
_SCRIPT_COPULA = re.compile(
    rf"(?:(?:{_PRONOUNS})\s+)?((?:(?:{_SCRIPT_WORD})\s+){{0,2}}(?:{_SCRIPT_WORD}))"
    rf"\s+(?:{_COPULAS}){_CLAUSE_END}"
)
_SCRIPT_NOMINAL = re.compile(
    rf"(?:{_PRONOUNS})\s+((?:(?:{_SCRIPT_WORD})\s+){{1,2}}(?:{_SCRIPT_WORD})){_CLAUSE_END}"
)
#: Words of these scripts that say how or what the speaker is, or are grammar: no name.
_SCRIPT_NOT = voc.words(
    """خیلی ممنون مشتری شما من ما یک خوب بد خسته مریض اینجا الان هم ناراحت منتظر دانشجو
    نگران آماده متاسف راضی خوشحال بیمار کارمند همسایه بهت بہت بہت ٹھیک آپ آپکا آپکی کا کی
    کے ایک یہاں ابھی پریشان خوش بیمار گاہک شکرگزار ډېر ډیر خوشحاله ښه ستړی ناروغ مننه
    ستاسو زما
    உங்கள் உங்களுடைய ஒரு நலம் நலமாக இங்கே இப்போது வாடிக்கையாளர் நன்றி உங்க
    ഒരു നിങ്ങളുടെ സുഖം സുഖമായി ഇവിടെ ഉപഭോക്താവ് നന്ദി
    හොඳින් ඔබේ එක ගනුදෙනුකරු ස්තූතියි මෙහි
    बहुत ठीक आपका आपकी आपके एक यहाँ ग्राहक परेशान खुश"""
)
#: Endings of first-person verbs: Tamil "-ேன்", Malayalam "-ുന്നു", Sinhala "-මි".
_VERB_ENDS = ("ேன்", "ென்", "ുന്നു", "ന്നു", "මි", "ता", "ती", "ہا", "ہی")


def _cased(text: str, at: int, takes: Takes) -> tuple[int, int] | None:
    """Two or three capitalised name words after at most three lead words, ending a clause."""
    words = list(_words(text, at, 7))
    leads = 0
    while leads < min(3, len(words)) and words[leads].group().casefold() in _LEAD_WORDS:
        leads += 1
    run = words[leads:]
    size = 0
    while size < min(4, len(run)) and run[size].group()[:1].isupper():
        size += 1
    if not 2 <= size <= 3:
        return None
    said = [w.group() for w in run[:size]]
    if not _judged(said, takes):
        return None
    end = run[size - 1].end()
    after = text[end : end + 1]
    if after in ("", ".", ",", "!", "?", ";", '"', "\n"):
        return run[0].start(), end
    nxt = run[size].group().casefold() if size < len(run) else ""
    return (run[0].start(), end) if nxt in _AFTER_NAME or _phone_tail(text, end) else None


def _phone_tail(text: str, end: int) -> bool:
    return text[end : end + 12].casefold().startswith(" am apparat")


def _words(text: str, at: int, most: int) -> list[re.Match[str]]:
    """Up to ``most`` words from ``at``, separated by single spaces only."""
    found: list[re.Match[str]] = []
    pos = at
    while len(found) < most:
        m = _CASED_WORD.match(text, pos)
        if m is None:
            break
        found.append(m)
        pos = m.end()
        if text[pos : pos + 1] != " ":
            break
        pos += 1
    return found


def _judged(said: list[str], takes: Takes) -> bool:
    """Whether capitalised words are a person's name: no business, place or greeting word."""
    for word in said:
        folded = word.casefold()
        if folded in _SERVICE or folded in _LEAD_WORDS or not takes(word):
            return False
        if not_a_name(word) or greeting(word) or demonym(word) or place_word(word):
            return False
    return not everyday(said[0])


def _script(text: str, at: int) -> tuple[int, int] | None:
    """A name in a script without case, closed by a copula or after a pronoun."""
    for pattern in (_SCRIPT_COPULA, _SCRIPT_NOMINAL):
        m = pattern.match(text, at)
        if m is None:
            continue
        words = m.group(1).split()
        if not _SCRIPT_NOT.isdisjoint(words) or words[-1].endswith(_VERB_ENDS):
            continue
        return m.span(1)
    return None


def greeted_names(text: str, lowered: str, takes: Takes) -> list[tuple[int, int]]:
    """Spans of names said right after a greeting that opens a turn (see the docstring).

    ``lowered`` is ``text.lower()`` (same offsets); ``takes`` judges one word as the
    caller's introduction reader does.
    """
    if len(text) > _LONGEST or len(lowered) != len(text):
        return []
    found: list[tuple[int, int]] = []
    for start in _turn_starts(text):
        m = _OPENING.match(lowered, start)
        if m is None or m.end() == len(text):
            continue
        at = m.end()
        span = _cased(text, at, takes) if text[at].isupper() or text[at].islower() else None
        if span is None and not text[at].isascii():
            span = _script(text, at)
        if span is not None:
            found.append(span)
    return found


def _turn_starts(text: str) -> list[int]:
    """Where a turn may start: the text's start, after a quote or a line break."""
    starts = [len(text) - len(text.lstrip())]
    pos = text.find('"')
    while pos >= 0:
        starts.append(pos + 1)
        pos = text.find('"', pos + 1)
    return starts
