"""Kinds found by the words of a text: speech, names, birth dates and street addresses.

Content (prose under a content key, a caller's words quoted in a developer message),
persons' names in messages, dates after a birth word and addresses by their street
words, in the languages of the test corpora.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import chain

from . import (
    address_json,
    birth_kin,
    birth_tongues,
    birth_words,
    conversation,
    dob_spoken,
    io_content,
    name_leads,
    names,
    numeric,
    places,
    remembered,
    street_led,
    street_speech,
)
from . import name_words as nw
from . import patterns as pat
from . import vocabulary as voc
from .hints import holds_any
from .hit import Hit, overlaps, placeholder
from .mask import MASKERS, mask_name
from .number_gates import number_then_word

_PUNCT = ".,;:!?()[]{}\"'“”‘’"
#: One word of a person's name: letters (any script), inner apostrophes, hyphens, dots.
#: A name's word: letters, with the vowel signs and other combining marks of the scripts
#: that write them apart (Devanagari "शर्मा", Thai, Myanmar, Khmer, Tibetan with the tsheg
#: between its syllables), and joiners.
_NAME_WORD = re.compile(
    r"[^\W\d_](?:[^\W\d_]|['’.\-]|[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f"
    r"\u0670\u0900-\u0963\u0980-\u09e3\u0a00-\u0a63\u0a80-\u0ae3\u0b00-\u0b63"
    r"\u0b80-\u0be3\u0c00-\u0c63\u0c80-\u0ce3\u0d00-\u0d63\u0d80-\u0df3\u0e31-\u0e4e"
    r"\u0eb1-\u0ecd\u0f0b\u0f71-\u0f84\u0f8d-\u0fbc\u102b-\u103e\u17b4-\u17d3\u200c\u200d])*"
)
_DOB_HINTS = ("nac", "geb", "naiss", "né", "nat", "nasc", "född", "födel", "født", "fødsels",
              "synty", "naro", "urodz", "doğ", "dob", "birth", "born", "wurde am", "生", "생",
              "ur.", "рожд", "родил", "народ", "роден", "д.р", "д. р", "γενν", "γένν",
              "जन्म", "पैदा", "ميلاد", "ولد", "לידה", "נולד", "sinh", "lahir",
              "เกิด", "zaliwa", "nganak", "născut", "naște", "naşte", "naste", "szül",
              "تولد", "پیدائش", "জন্ম", "பிறந்", "పుట్టిన", "జన్మ",
              *birth_tongues.HINTS, *birth_kin.HINTS)  # fmt: skip
_MORE_ADDRESSES = (pat.ADDRESS_COMPOUND, pat.ADDRESS_PREFIXED, pat.ADDRESS_TR, pat.ADDRESS_SLASH)
_ADDRESS_CONTEXT_HINTS = ("addr", "adres", "direcc", "dirección", "indirizzo", "endere", "osoite",
                          "deliver", "ship", "located at", "live", "wohnt")  # fmt: skip


def _is_prose(text: str, min_words: int, *, measurements: bool = True) -> bool:
    tokens = text.split()
    if len(tokens) < min_words:
        return False
    words = [t for t in (tok.strip(_PUNCT) for tok in tokens) if conversation.WORD.fullmatch(t)]
    numbers = sum(1 for t in tokens if pat.DIGIT.search(t))
    # Figures do not count against prose ("call me at +1 415 555 0132"), but a text made
    # of them is a measurement ("1035 tokens in 1055 ms").
    if len(words) < min_words or len(words) < 0.6 * (len(tokens) - numbers):
        return False
    if measurements and numbers * 4 > len(tokens):
        return False
    # A word in lower case, or in a script without case (Devanagari, Arabic, Hebrew).
    return any((w.islower() or w.lower() == w.upper()) and len(w) > 1 for w in words)


def _spoken(text: str) -> bool:
    """Words a speaker says (a greeting, the first person, any language), or a question."""
    words = {w.lower().replace("’", "'") for w in pat.PROSE_WORD.findall(text)}
    return conversation.speaks(words) or conversation.asks(text)


def _is_utterance(text: str) -> bool:
    """Prose of 4+ words that sounds spoken: what an error message quotes from a caller."""
    return _is_prose(text, 4) and _spoken(text)


def _is_content(text: str) -> bool:
    """Prose under a key that also holds developer values ("message", "result").

    Short developer sentences ("Call ended after 00:03:12", "Connection reset by peer")
    are left alone; spoken phrases, and anything of six words or more, are content, as is
    speech in a script written without spaces.
    """
    if _is_prose(text, 3) and (_spoken(text) or len(text.split()) >= 6):
        return True
    if _is_prose(text, 2) and _said(text, 2, voc.DEV_SPOKEN):
        return True  # "obrigado, tchau", "gracias, adiós": thanks and goodbyes
    return conversation.unspaced_speech(text) or conversation.short_turn(text)


def _first_person(text: str, vocabulary: frozenset[str] = voc.FIRST_PERSON) -> bool:
    """Whether a speaker talks about themself ("my order", "quiero", "ich"), any language."""
    tokens = (t.strip(_PUNCT).lower().replace("’", "'") for t in text.split())
    return not vocabulary.isdisjoint(tokens)


def _said(text: str, min_words: int, vocabulary: frozenset[str] = voc.FIRST_PERSON) -> bool:
    """A caller's sentence inside developer text: prose in the first person (or spoken)."""
    return _is_prose(text, min_words) and _first_person(text, vocabulary)


def person_name(text: str) -> bool:
    """A value shaped like a person's name: 1-6 capitalised words of letters, any script."""
    if len(text) > 80 or placeholder(text):
        return False
    words = text.replace(",", " ").split()
    if not 1 <= len(words) <= 6 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if all(w.strip(".").lower() in voc.CNAM_NOISE for w in words):
        return False  # WIRELESS CALLER, UNAVAILABLE: a lookup that found no name
    if len(words) > 1 and words[0].casefold() in nw.BUSINESS_FIRST:
        return False  # "Sucursal Centro", "Farmacia Rossi": a business's name
    # Capitalised or in capitals; scripts without case (CJK) always count, and Georgian,
    # whose everyday letters Unicode files as lower case (capitals are for headings).
    return not (_lower(words[0][0]) and _lower(words[-1][0]))


def _lower(char: str) -> bool:
    """Whether ``char`` is a lower-case letter of a script that writes names capitalised."""
    return char.islower() and not "\u10d0" <= char <= "\u10ff"


def _has_words(text: str) -> bool:
    if placeholder(text):
        return False
    # Lazily: the first word of two letters decides, not a list of every word.
    return any(len(m.group()) > 1 for m in pat.PROSE_WORD.finditer(text))


def _benign_time(text: str) -> bool:
    """A clock time or duration picked up after a birth word ("born 12:30")."""
    return ":" in text


def find_dobs(text: str, hits: list[Hit]) -> None:
    """Add the dates that follow a birth word, in several languages."""
    lowered = text.lower()
    if "dob" in lowered or "birth" in lowered or "born" in lowered or "d.o.b" in lowered:
        for m in pat.DOB_TEXT.finditer(text):
            hits.append(Hit("dob", m.start(1), m.end(1), MASKERS["dob"](m.group(1))))
    more = holds_any(lowered, birth_words.DOB_MORE_HINTS)  # its own pattern, behind its gate
    hinted = more or holds_any(lowered, _DOB_HINTS)  # a long text: its distinct words asked
    if hinted:
        # A birth word in one of several languages, then a date within a few words.
        words = pat.DOB_WORDS.finditer(text)
        for m in chain(words, birth_words.DOB_WORDS_MORE.finditer(text)) if more else words:
            d = pat.DOB_AFTER.match(text, m.end())
            if d is None and "}" in text:  # asked in one turn, answered in the next
                d = pat.DOB_NEXT_TURN.match(text, m.end())
            sale = d is not None and birth_tongues.future_year(d.group(1), text)  # "till 2027"
            if d is not None and not _benign_time(d.group(1)) and not sale:
                hits.append(Hit("dob", d.start(1), d.end(1), MASKERS["dob"](d.group(1))))
    if holds_any(lowered, pat.DOB_BEFORE_HINTS):
        # The date first, then the birth word (1985年3月3日生まれ, 3 марта 1985 года рождения).
        for m in pat.DOB_BEFORE.finditer(text):
            hits.append(Hit("dob", m.start(1), m.end(1), MASKERS["dob"](m.group(1))))
    if hinted:  # Africa, Asia, Arabic: the date before or after the birth word
        birth_tongues.find_dobs(text, hits)
        birth_kin.find_kin_dobs(text, hits)  # a relative's birth, a birthday
    if hinted or "d o b" in lowered:  # a date said in words, or in other figures
        birth_words.find_said_dobs(text, hits, gated=True)
    dob_spoken.find_spoken_dobs(text, hits)  # spaced figures, a birth verb between, 號
    _dates_are_no_phones(hits)


#: Words one of which a birth date or a house number said in words has near it (ASCII
#: text; any other goes on to the finders' own gates): birth words and street words.
_SAID_WORDS = voc.words(
    """birth born birthday birthdate dob nacimiento naci nacido nacida nasci nascimento
    nascido nascida naissance nee ne geboren geburtsdatum geb nato nata nascita lahir
    kapanganakan ipinanganak dogum street avenue road lane drive boulevard way court place
    terrace crescent close"""
)
#: Each word also with the punctuation that may close it ("road,", "born:"): a split on
#: white space and a set lookup, a few times faster than a pattern or a translation.
_SAID_TOKENS = frozenset(w + end for w in _SAID_WORDS for end in ("", ",", ".", ":", ";", "?", "!"))


def find_said_places(text: str, hits: list[Hit]) -> None:
    """Add the birth dates and addresses of a text without a digit: said in words."""
    if len(text) < 10:
        return
    if text.isascii() and text.lstrip()[:1] not in ("{", "["):  # JSON quotes its words
        # A set lookup of the words: a pattern of hints costs more on the many short
        # values without a digit (a greeting, "Sure.", a voice's name) than the finders.
        lowered = text.lower()
        if _SAID_TOKENS.isdisjoint(lowered.split()) and "d o b" not in lowered:
            return
    birth_words.find_said_dobs(text, hits)
    dob_spoken.find_spoken_dobs(text, hits)
    street_speech.find_spoken_streets(text, hits)


def _dates_are_no_phones(hits: list[Hit]) -> None:
    """Drop a phone number read inside a birth date ("DOB 05-18-1945"): it is the date."""
    dates = [(h.start, h.end) for h in hits if h.kind == "dob"]
    if dates and any(h.kind == "phone" for h in hits):
        hits[:] = [
            h
            for h in hits
            if h.kind != "phone" or not any(s <= h.start and h.end <= e for s, e in dates)
        ]


def find_addresses(text: str, hits: list[Hit]) -> None:
    """Add street addresses, found by their street words."""
    if number_then_word(text):
        for m in pat.ADDRESS_EN.finditer(text):
            words = [w.strip(_PUNCT).lower() for w in m.group().split()[1:5]]
            if voc.ADDRESS_STOPWORDS.intersection(words):
                continue
            hits.append(Hit("address", m.start(), m.end(), MASKERS["address"](m.group())))
    lowered = text.lower()
    if holds_any(lowered, pat.EU_STREET_HINTS):
        for m in pat.ADDRESS_EU.finditer(text):
            hits.append(Hit("address", m.start(), m.end(), MASKERS["address"](m.group())))
    if holds_any(lowered, _ADDRESS_CONTEXT_HINTS):
        for m in pat.ADDRESS_CONTEXT.finditer(text):
            value = m.group(1).rstrip(" ,")
            end = m.start(1) + len(value)
            hits.append(Hit("address", m.start(1), end, MASKERS["address"](value)))
    if holds_any(text, pat.ADDRESS_HINTS):
        for pattern in _MORE_ADDRESSES:
            for m in pattern.finditer(text):
                hits.append(Hit("address", m.start(), m.end(), MASKERS["address"](m.group())))
    places.find_more_addresses(text, hits)
    if "," in text:  # "Живеам на ... 3в/11, 6000 Охрид", "Aderesi yanjye ni KN 45 St, ..."
        street_led.find_led_addresses(text, lowered, hits)
    street_speech.find_street_speech(text, hits)
    if '":' in text and "{" in text:  # an address split into fields; a business's nested
        address_json.find_address_objects(text, hits)
        address_json.drop_business_addresses(text, hits)
    _postcodes_are_no_phones(text, hits)


#: A ZIP+4-shaped postcode (``02644-5799``), which a phone finder may read as a number.
_ZIP_PLUS_FOUR = re.compile(r"\d{5}-\d{4}")


def _postcodes_are_no_phones(text: str, hits: list[Hit]) -> None:
    """Drop a phone number that is the postcode at the end of an address."""
    found = [(h.start, h.end) for h in hits if h.kind == "address"]
    if found and any(h.kind == "phone" for h in hits):
        hits[:] = [
            h
            for h in hits
            if h.kind != "phone"
            or not _ZIP_PLUS_FOUR.fullmatch(text[h.start : h.end].strip())
            or not any(s <= h.start and h.end <= e for s, e in found)
        ]


def find_free_text(text: str, flags: frozenset[str], hits: list[Hit]) -> None:
    """Add content: prose under a content key, a caller's words in developer text."""
    mask = MASKERS["free_text"]
    head = conversation.json_head(text)
    # A caller's identifier is a word of the sentence around it, not a measurement.
    probe = conversation.identifiers_as_words(text, hits) if hits else text
    if "dev" in flags:
        offset = 0
        for line in text.splitlines(keepends=True):
            # In a stack trace, indented lines are source code, not the message.
            if not ("stacktrace" in flags and line[:1].isspace()):
                said = probe[offset : offset + len(line)]
                spans = _utterances(line, body=head in ("{", "["))
                if said != line:  # the caller's sentence around an identifier, too
                    spans = sorted({*spans, *_utterances(said, body=head in ("{", "["))})
                for s, e in spans:
                    hits.append(Hit("free_text", offset + s, offset + e, mask(line[s:e])))
                # A person named by the developer; a name inside speech is speech.
                for s, e in _names_in_message(line, spans) + _names_by_shape(line, spans):
                    hits.append(Hit("name", offset + s, offset + e, mask_name(line[s:e])))
            offset += len(line)
        if head in ("{", "["):  # a structured log line or error body naming speech
            for s, e in conversation.json_speech(text, developer=True):
                hits.append(Hit("free_text", s, e, mask(text[s:e])))
        return
    if "io" in flags:  # a span's whole input or output: what was said, or a payload
        io_content.find_io_content(text, hits)
        return
    strong = "strong" in flags
    if head in ("{", "["):
        if conversation.error_body(text):  # a provider's error: developer text
            for s, e in conversation.json_speech(text, developer=True):
                hits.append(Hit("free_text", s, e, mask(text[s:e])))
            return
        if conversation.chat_request(text):
            # A chat request is content by its roles, a tool call with no prose included.
            stripped = text.strip()
            start = text.index(stripped)
            hits.append(Hit("free_text", start, start + len(stripped), mask(stripped)))
            return
        spans = conversation.json_speech(text)
        if "memory" in flags:  # a memory's entries: any field but the entry's id and times
            spans += remembered.memory_strings(text)
        for s, e in spans:
            hits.append(Hit("free_text", s, e, mask(text[s:e])))
        for m in pat.JSON_STRING.finditer(text):
            literal = m.group(1)
            if m.group(2) is not None:  # an object key
                continue
            if _is_prose(literal, 2, measurements=False) if strong else _is_content(literal):
                hits.append(Hit("free_text", m.start(1), m.end(1), mask(literal)))
        return
    for s, e in conversation.form_speech(text):  # a webhook's ``SpeechResult=``
        hits.append(Hit("free_text", s, e, mask(text[s:e])))
    if conversation.has_words(text) if strong else (_is_content(probe) or _tells(probe, hits)):
        stripped = text.strip()
        start = text.index(stripped)
        hits.append(Hit("free_text", start, start + len(stripped), mask(stripped)))


#: A product and its version (``Mozilla/5.0``, ``Chrome/126.0``): a user agent or a
#: path, never a caller's words.
_PRODUCT_TOKEN = re.compile(r"[A-Za-z][\w.\-]*/\d")


#: Details found only with the words that tell them (a birth word, a street word): with
#: those words around, a caller's sentence. A card or an account number after a label
#: ("routing ... account ...") is a record; a caller's sentence around one reads as prose.
_TOLD_KINDS = frozenset(("dob", "address"))


def _tells(probe: str, hits: Sequence[Hit]) -> bool:
    """A caller's detail with words around it ("дата рождения 25.01.1955")."""
    if not any(h.kind in _TOLD_KINDS for h in hits):
        return False
    words = [w for w in _TOLD_WORD.findall(probe) if len(w) > 2]
    return bool(words) and not _dev_words(probe)


#: A word, its vowel signs inside it in the Brahmic scripts (Indic, Sinhala, Tibetan,
#: Myanmar, Khmer): "ଠିକଣା" is one word, not three pieces of two letters.
_TOLD_WORD = re.compile(
    r"[^\W\d_](?:[^\W\d_]|[\u0900-\u0dff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff])*"
)


def _dev_words(text: str) -> bool:
    if "/" in text and _PRODUCT_TOKEN.search(text):
        return True
    tokens = (t.strip(_PUNCT).lower() for t in text.split())
    return not voc.DEV_WORDS.isdisjoint(tokens)


def _names_in_message(text: str, skip: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of persons' names in a developer message ("lookup failed for customer Ana Díaz").

    After a word naming a person (customer, patient, Kunde, Herr...) or a name field
    (``caller_name=``): two to five capitalised words, lower-case particles allowed inside
    (``de la``, ``van``); after an honorific one word is enough.
    """
    found: list[tuple[int, int]] = []
    for m in pat.NAME_INTRO.finditer(text):
        intro = m.group().strip(" '\"“").rstrip(".").lower()
        honorific = intro in _HONORIFICS
        pos = m.end()
        start = end = -1
        capitals = 0
        for t in pat.NAME_TOKEN.finditer(text, pos):
            gap = text[pos : t.start()]
            if (start >= 0 and gap != " ") or (start < 0 and t.start() != pos):
                break
            word = t.group().rstrip(".")
            lowered = word.lower()
            if word[:1].isupper() and lowered not in voc.NOT_NAME_WORDS:
                if start < 0:
                    start = t.start()
                end = start + len(text[start : t.start()]) + len(word)
                capitals += 1
            elif start >= 0 and lowered in voc.NAME_PARTICLES:
                pass
            else:
                break
            pos = t.start() + len(word)
            if capitals >= 5:
                break
        if capitals >= (1 if honorific else 2) and not overlaps(start, end, skip):
            found.append((start, end))
    return found


_PARTICLE_HINTS = (" van ", " von ", " ter ", " ten ", " bin ", " binti ", " ibn ")


def _names_by_shape(text: str, skip: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names with no person word before them, told by their shape in a developer message.

    Initials and a surname ("J. R. Okonkwo"), a name with a Dutch or German particle
    ("Jan van der Berg"), a quoted name in an error ("KeyError: 'Henrik Lindqvist'"), and
    with the optional lexicon (:mod:`.names`) a known given name and a surname.
    Kept by hand: no library on the index tells names from product names in log text
    without a model, and these shapes need none.
    """
    found: list[tuple[int, int]] = []
    if ". " in text:
        for m in pat.INITIALS_SURNAME.finditer(text):
            if m.group(2).lower() not in voc.NOT_NAME_WORDS and not overlaps(*m.span(1), skip):
                found.append(m.span(1))
    if any(particle in text for particle in _PARTICLE_HINTS):
        for m in pat.PARTICLE_NAME.finditer(text):
            first, last = m.group(1).lower(), m.group(2).lower()
            if voc.NOT_NAME_WORDS.isdisjoint((first, last)) and not overlaps(*m.span(), skip):
                found.append(m.span())
    # A quoted name with a particle, a name after a record word ("no account for ...").
    # Found inside quoted speech too: speech has no record word to read it by.
    found.extend(name_leads.error_names(text))
    # A name the lexicon knows ("Appointment for Ana Díaz not found"), when faker is there.
    known: list[Hit] = []
    names.find_lexicon_names(text, known, vocative=False)
    found.extend((h.start, h.end) for h in known if not overlaps(h.start, h.end, skip))
    quoted = "'" in text or '"' in text
    if quoted and ("Error" in text or "NotFound" in text or "Exist" in text or "no " in text):
        for m in pat.QUOTED_NAME_IN_ERROR.finditer(text):
            words = m.group(1).split()
            if any(map(name_leads.not_in_error_name, words)):
                continue  # "KeyError: 'Premium Plan'": a plan, a company, a status
            if voc.NOT_NAME_WORDS.isdisjoint(w.lower() for w in words) and not overlaps(
                *m.span(1), skip
            ):
                found.append(m.span(1))
    return found


#: Words naming what a caller said, right before a quote: "caller utterance '...'".
_SPEECH_CUE = re.compile(
    r"(?i)\b(?:caller|customer|user|utterance|transcript|transcription|said|says|heard"
    r"|asked|spoke|speech|stt|asr|intent|slot)\b[^'\"“\n]{0,20}$"
)


def _speech_cue(line: str, quote_start: int) -> bool:
    """Whether words naming speech come right before the quote starting at ``quote_start``."""
    return _SPEECH_CUE.search(line, max(0, quote_start - 41), quote_start - 1) is not None


_HONORIFICS = voc.words(
    "mr mrs miss dr herr frau sra señor señora mme mlle signor signora dhr mevr pani fru"
)
_SEGMENT_BREAK = re.compile(r":\s|;\s|\s[-–]\s|=")


def _utterances(line: str, *, body: bool = False) -> list[tuple[int, int]]:
    """Spans of a developer message that quote what a caller said.

    Quoted phrases that sound spoken; the text after a word such as "said", "transcript",
    "caller:" when it is a spoken sentence; and any segment (between ``:``, ``;``, ``-``)
    of four words or more in the first person, in any of the languages of
    ``FIRST_PERSON``. Developers write to developers in the second person ("please check
    your API key"), callers speak in the first. In a JSON ``body`` (a provider's error
    object) every string is quoted, so quoted strings need the first person too.
    """
    found: list[tuple[int, int]] = []
    if "'" in line or '"' in line or "“" in line:
        for m in pat.QUOTED.finditer(line):
            group = next(g for g in range(1, 4) if m.group(g) is not None)
            quoted = m.group(group)
            developer = _dev_words(quoted)
            plain = _is_prose(quoted, 5, measurements=False) and not developer
            utterance = not developer and _is_utterance(quoted)
            # Quoted right after words naming speech ("caller utterance '...'"): three
            # words are enough, in any language.
            cued = _speech_cue(line, m.start(group)) and not developer
            utterance = utterance or (cued and _is_prose(quoted, 3, measurements=False))
            if (not body and (utterance or plain)) or _said(quoted, 4, voc.DEV_SPOKEN):
                found.append((m.start(group), m.end(group)))
    for m in pat.SPEECH_MARKER.finditer(line):
        rest = line[m.end() :]
        stripped = rest.strip().strip("'\"“”")
        if stripped and _said(stripped, 3, voc.DEV_SPOKEN):
            start = m.end() + rest.index(stripped)
            found.append((start, start + len(stripped)))
    if not found:
        for m in pat.SPEECH_MARKER_STRONG.finditer(line):
            rest = line[m.end() :]
            stripped = rest.strip().strip("'\"“”")
            if stripped and _is_prose(stripped, 3, measurements=False) and not _dev_words(stripped):
                start = m.end() + rest.index(stripped)
                found.append((start, start + len(stripped)))
                break
    if not found:
        pos = 0
        for piece in [*_SEGMENT_BREAK.split(line)]:
            start = line.index(piece, pos)
            pos = start + len(piece)
            stripped = piece.strip().strip("'\"“”")
            if stripped and (_said(stripped, 4) or numeric.spoken_numbers(stripped)):
                begin = line.index(stripped, start)
                found.append((begin, begin + len(stripped)))
    return found
