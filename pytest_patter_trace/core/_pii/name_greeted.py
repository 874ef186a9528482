"""A name a caller gives right after a greeting, in the variety of their region.

A caller opens with a greeting, maybe says a short lead-in ("da isch", "do is da", "met",
"hier is", "i bin", "ман", "நான்", "ഞാൻ"), then their name, and the clause ends. The
lead-ins differ from village to village (Swiss, Austrian and Bavarian German, Alsatian,
Flemish, Dari and Tajik beside Persian) and from language to language ("tässä", "dette
er", "aš", "runā", "sóc en", "jien", "le saluda", "гэта", "kula", "dis", "hei ass",
"hetta er"), so they are not listed phrase by phrase: after a greeting (or thanks) that
opens the turn, a few short function words and titles are let through, and what counts is
the shape that follows.

- Scripts with case: two to four capitalised words, lower-case particles between them
  ("van der", "ap"), that end the clause (a stop, the turn's end, or a word said after a
  name: "hier", "am Apparat", "wat praat", "sy 'ma", "ҳастам", Armenian "եմ"), none a word
  of business, place, calendar or greeting.
- Scripts without case: one to three words of the script, then a closing copula (Persian
  and Dari "هستم", Urdu "ہوں", Hindi "हूँ", Tamil "ஆவேன்", Malayalam "ആണ്", Tigrinya "እየ",
  Amharic "ነኝ"); or, after a first-person pronoun ("நான்", "මම", "ഞാൻ", "ኣነ"), two or three
  words that end the clause. Words of state, of the business or of grammar ("خیلی",
  "உங்கள்", "ഒരു", "ጽቡቕ") end nothing.

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
    # The Nordics, the Baltics, Finnish and Estonian.
    "|god dag|goddag|god morgen|god eftermiddag|god kväll|god kveld|god aften|hej hej|hej"
    "|hei hei|hei|hallå|halló|góðan dag|góðan daginn|góðan morgun|góðan aftan|gott kvøld"
    "|hyvää päivää|hyvää huomenta|hyvää iltaa|päivää|moi moi|moi|terve|tere päevast|tere"
    "|labdien|labrīt|labvakar|sveiki|sveika|sveiks|laba diena|labas rytas|labas vakaras"
    "|labas|sveikas"
    # Celtic, Catalan, Maltese, Luxembourgish, Afrikaans, the Iberian and Andean phone.
    "|shwmae|s'mae|sut mae|helo|bore da|prynhawn da|noswaith dda|dia duit|dia dhuit|haigh"
    "|bon dia|bona tarda|bon vespre|bonġu|bongu|bonswa|merħba|gudde moien|moien"
    "|gudde mëtteg|gudden owend|goeiemôre|goeiemore|goeienaand|middag|môre|more|haai"
    "|aló|alo|buen día|buenas noches|qué tal|que tal"
    # Slavic in Cyrillic and Latin, Hungarian, Romanian, Greek, Armenian, Georgian.
    "|добры дзень|добры вечар|добрай раніцы|прывітанне|вітаю|добрий день|доброго дня"
    "|добрий вечір|доброго ранку|привіт|добър ден|здравейте|добар дан|здраво|добрый вечер"
    "|доброе утро|привет|алё|dobar dan|dobro jutro|dobra večer|zdravo|bok|dober dan|živjo"
    "|dzień dobry|dobry wieczór|dobrý deň|jó napot kívánok|jó napot|szia|helló|bună ziua"
    "|γεια σας|γειά σας|καλημέρα|καλησπέρα|բարև ձեզ|բարեւ ձեզ|բարև|բարեւ|გამარჯობა"
    "|добар ден|здраво|përshëndetje|pershendetje|mirëdita|miredita|tungjatjeta|demat|halò"
    "|madainn mhath|feasgar math"
    # Turkic and Central Asia.
    "|сәлеметсіз бе|сәлеметсіз|сәлем|саламатсызбы|саламатсыздарбы|салам|merhaba|iyi günler"
    "|salam aleykum|salamatsyzby|sälem"
    # Javanese, Sundanese, Malay and Indonesian, Tagalog, Swahili.
    "|sugeng enjing|sugeng siang|sugeng sonten|sugeng dalu|kulanuwun|punten"
    "|wilujeng enjing|wilujeng siang|wilujeng sonten|sampurasun|selamat pagi|selamat siang"
    "|selamat sore|selamat malam|halo|magandang umaga|magandang hapon|magandang gabi"
    "|habari|jambo|hujambo"
    # Ethiopic: Tigrinya and Amharic.
    "|ሰላም|ጤና ይስጥልኝ|ሰላምታ"
    # Thanks that open a reply said to the caller by name ("Thanks, ...").
    "|thanks so much|thanks a lot|thank you so much|thank you|thanks|many thanks|cheers"
    "|muchas gracias|gracias|merci beaucoup|merci|vielen dank|danke schön|danke|grazie mille"
    "|grazie|muito obrigado|muito obrigada|obrigado|obrigada|dank je wel|dankjewel|dank u"
    "|tack så mycket|tack|tusen takk|takk|mange tak|tak|kiitos|aitäh|paldies|ačiū|dziękuję"
    "|děkuji|ďakujem|köszönöm|mulțumesc|hvala|diolch|grazzi|dankie|terima kasih|salamat"
    "|asante"
)
#: What ends a greeting: spaces, commas, stops, and the Ethiopic marks.
_OPENING = re.compile(rf"(?:{_GREETINGS})(?=[\s,.!،؛፡፣።]|$)[\s,.!،؛፡፣።]*")
#: Short words a lead-in is made of: "da isch", "do is da", "i bin", "met", "hier is",
#: "c'est", "ман", "tässä", "dette er", "aš", "le saluda", "гэта", "kula", "hei ass": the
#: copula, "here", "this", "I", "speaks", the article before a first name, and titles.
_LEAD_WORDS = voc.words(
    """da do hie hier isch ist is es het i ich ig bi bin bims spricht sprich spreekt met
    ik ben 'k kben ici c'est je suis moi this it's here me man ман мен я это de der d
    dr s tässä täällä puhuu olen minä mina siin räägib dette det detta här är er eg jeg
    jag hetta þetta aš esu čia kalba runā šeit esmu sóc soc en la na jien jiena hawn le
    te les saluda habla soy гэта це тут това ово овде ovdje ovde ovo je sam ja jestem tady
    jsem som tu kula aku abdi saya nami dis dit hei ass ech sinn ես mr mrs ms miss mx dr
    tukaj обажда се јас сум mən men jam unë une ek eiti heiti heter hedder heiter mäin numm
    ben benim
    madame monsieur mademoiselle frau herr señor señora señorita sr sra don doña signor
    signora senhor senhora mevrouw meneer pan pani"""
)
#: Articles glued to a first name after these lead-ins ("d'Anne", "l'Anna"): cut off.
_ELIDED = ("d'", "d’", "l'", "l’")
#: Words said after a name that end it as a stop would: "hier", "yma", "ҳастам", "vagyok",
#: and "and" ("... i truco per la factura").
_AFTER_NAME = voc.words(
    "hier here speaking calling yma ҳастам hastam hestam vagyok եմ and y i e et und og och ja"
)
#: Words said after a name that say its bearer is speaking ("... wat praat", "... sy 'ma").
_SPEAKING_TAILS = (" am apparat", " wat praat", " sy 'ma", " sy ’ma", " sy yma", " sy'ma",
                   " sy'n siarad", " sy ’n siarad", " ved telefonen")  # fmt: skip
#: Lower-case particles inside a name ("van der", "du", "ap", "de los").
_PARTICLES = voc.NAME_PARTICLES | voc.words("ap ab ferch")
_CASED_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
#: Business, service and station words a lead-in names instead of a person ("met
#: Klantendienst", "da isch Bern Bahnhof").
#: Kept by hand, as the business words of :mod:`.name_calls`.
_SERVICE = voc.words(
    """kundendienst kundenservice klantendienst klantenservice service support team hotline
    zentrale praxis büro kanzlei apotheke firma abteilung dienst gemeinde stadtwerk
    stadtwerke verwaltung onthaal receptie afdeling bank versicherung verzekering
    centrale agence cabinet clinique pharmacie bahnhof hauptbahnhof flughafen station
    zentrum mitte oy oyj ab as asa aps sa sl slu srl spa gmbh ag ltd llc inc plc bv nv kft
    sro motors motor telecom telekom mobile móvil movil energia energie sähkö elektriciteit
    pharmacy clinic hotel bank banka bankas pankki"""
)

#: Scripts without case: the letters (with their marks) of each.
_SCRIPT_WORD = (
    "[\u0600-\u06ff\u200c]+|[\u0b80-\u0bff]+|[\u0d00-\u0d7f]+|[\u0d80-\u0dff]+"
    "|[\u0900-\u097f\u200c\u200d]+|[\u0c00-\u0c7f]+|[\u1200-\u135a]+"
)
#: First-person pronouns that open the name in these scripts: Persian, Urdu, Pashto,
#: Tamil, Malayalam, Sinhala, Hindi, Telugu, Tigrinya, Amharic.
_PRONOUNS = "من|میں|زه|நான்|ഞാൻ|ഞാന്|මම|मैं|నేను|ኣነ|አነ|እኔ"
#: Copulas that close a name: Persian and Dari, Pashto, Urdu, Hindi, Tamil, Malayalam,
#: Sinhala; Tigrinya and Amharic "am" (one word before it may be a state: two asked).
_COPULAS = "هستم|هستش|یم|يم|ہوں|ہُوں|हूँ|हूं|ஆவேன்|ஆகும்|ആണ്|ആകുന്നു|වෙමි|ය|እየ|ነኝ"
_CLAUSE_END = r"(?=[.,!?؟۔।።፣\"\n]|$)"
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
    बहुत ठीक आपका आपकी आपके एक यहाँ ग्राहक परेशान खुश
    እየ እዩ ነኝ ነው ጽቡቕ ደሓን ሕሙም ዓሚል ተማሃራይ ጥሩ ደህና ታሞ ደንበኛ ተማሪ ዝግጁ"""
)
#: Endings of first-person verbs: Tamil "-ேன்", Malayalam "-ുന്നു", Sinhala "-මි".
_VERB_ENDS = ("ேன்", "ென்", "ുന്നു", "ന്നു", "මි", "ता", "ती", "ہا", "ہی")


def _cased(text: str, at: int, takes: Takes) -> tuple[int, int] | None:
    """Two to four capitalised name words after at most three lead words, ending a clause.

    Lower-case particles may stand between them ("Pieter van der Merwe", "Siân ap Rhys");
    an article glued to the first ("d'Anne") is cut off.
    """
    words = list(_words(text, at, 9))
    leads = 0
    while leads < min(3, len(words)) and words[leads].group().casefold() in _LEAD_WORDS:
        leads += 1
    run = words[leads:]
    if not run:
        return None
    start = run[0].start()
    if run[0].group().casefold().startswith(_ELIDED) and run[0].group()[2:3].isupper():
        start += 2  # "hei ass d'Anne Hoffmann"
    size = names = 0
    while size < len(run) and names < 5:
        word = run[size].group()
        if word[:1].isupper():
            names += 1
        elif not (names and word.casefold() in _PARTICLES and size + 1 < len(run)):
            break
        size += 1
    while size and not run[size - 1].group()[:1].isupper():
        size -= 1  # a particle ends no name
    if not 2 <= names <= 4:
        return None
    said = [w.group() for w in run[:size] if w.group()[:1].isupper()]
    said[0] = text[start : run[0].end()]
    if not _judged(said, takes):
        return None
    end = run[size - 1].end()
    after = text[end : end + 1]
    if after in ("", ".", ",", "!", "?", ";", '"', "\n", "։", "።", "፣"):
        return start, end
    nxt = run[size].group().casefold() if size < len(run) else ""
    return (start, end) if nxt in _AFTER_NAME or _speaking_tail(text, end) else None


def _speaking_tail(text: str, end: int) -> bool:
    return text[end : end + 16].casefold().startswith(_SPEAKING_TAILS)


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
    # An everyday first word ("Amber", "Rose") is a name's when no other word is one.
    return not everyday(said[0]) or not any(map(everyday, said[1:]))


def _script(text: str, at: int) -> tuple[int, int] | None:
    """A name in a script without case, closed by a copula or after a pronoun."""
    for pattern in (_SCRIPT_COPULA, _SCRIPT_NOMINAL):
        m = pattern.match(text, at)
        if m is None:
            continue
        words = m.group(1).split()
        if not _SCRIPT_NOT.isdisjoint(words) or words[-1].endswith(_VERB_ENDS):
            continue
        if len(words) < 2 and "\u1200" <= words[0][0] <= "\u137f":
            continue  # "ኣነ ጽቡቕ እየ", "I am fine": an Ethiopic name has the father's after it
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
