"""Names as speaker labels, in "call <name> on <number>" requests and in meeting notes.

- A diarised transcript labels its turns with who said them: "<name>: ..." lines, with a
  time stamp before ("[00:01:02] <name>: ...") or "SPEAKER <name> - ..."; a meeting bot's
  segments key the label (``{"speaker": "<name>", "text": ...}``, ``speaker_name``,
  ``participant``, ``label``). A label is a name when it is two to four words shaped as
  one, or one word repeated across the turns or known to the lexicon; never a role
  ("Agent", "Speaker 1", "SPEAKER_00", "Host", "Guest 2"), a team, a room, or the
  assistant's persona facing a "User" or a "Caller".
- A voice assistant is asked to call or write to a contact at a number, in several
  languages: "Call <name> on ...", "Llama a <name> al ...", "Ruf <name> unter ... an".
- A meeting's notes list their attendees and the owners of their action items
  ("Attendees: ...", "Owner: ...", "Action: <name> to send ...").

Kept by hand: no maintained package lists the generic labels diarisers and meeting bots
write, nor the verbs of a call request across languages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from itertools import pairwise

from . import name_words as nw
from . import patterns as pat
from . import vocabulary as voc
from .hints import holds_any
from .hit import Hit
from .mask import mask_free_text, mask_name, mask_phone
from .names import everyday, known_given, not_a_name

__all__ = [
    "LABEL",
    "ROLE_WORDS",
    "enrolled_name",
    "find_speaker_names",
    "person_label",
    "role_label",
    "without_verb",
]

#: Words of a label or a contact that make it a role, a team, a room or a bot's, not a
#: person's ("Support Team", "Front Desk", "Nova Assistant", "Guest 2").
ROLE_WORDS = voc.words(
    """speaker spk agent caller callee customer client user human assistant bot ai
    system ivr voice virtual host guest interpreter narrator moderator presenter operator
    representative rep staff unknown unidentified other participant attendee everyone
    all team support help helpdesk desk service services reception front office room
    hall lobby conference meeting department dept sales billing finance legal marketing
    engineering ops operations product design qa it hr security admin vendor supplier
    partner inc corp ltd llc gmbh co company group mom mum dad mama papa home work
    mobile cell main emergency voicemail me we you they someone tbd n/a none"""
)
#: Headings and log levels written before a colon at a line's start ("Error:", "Note:").
_HEADINGS = voc.words(
    """error errors warning warn info debug trace fatal critical notice note notes summary
    action actions status result results question answer q a title subject date time re
    fw fwd step steps tip example input output reply text body description reason total
    email phone address location agenda decision decisions next todo item items update
    updates ps nb tl dr overview context background goal goals issue issues risk risks
    owner owners attendees participants transcript minutes follow up exception traceback
    caused file line"""
)
_NOT_LABEL = (
    ROLE_WORDS
    | _HEADINGS
    | voc.NOT_NAME_WORDS
    | nw.NOT_IN_PERSON_FIELD
    | nw.CALENDAR
    | nw.BUSINESS_FIRST
    | voc.words("control center centre line care hotline helpline pizza palace")
)
#: Labels on the caller's side: the single-word label facing one is the bot's persona.
_CALLER_SIDE = voc.words("user caller customer human client patient visitor")
_MARKS = "\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0dff\u0e31-\u0e4e"
_WORD = rf"[^\W\d_](?:[^\W\d_]|[{_MARKS}]|['’.\-](?=[^\W\d_]))*"
_LABEL = rf"{_WORD}(?: {_WORD}){{0,3}}"
#: A sender's or a speaker's label: one to four words of letters, any script.
LABEL = _LABEL
#: A chat export's time of day ("09:10", "9:10:11 PM") and date before it
#: ("12/03/2024, ", "2024-03-12 "): WhatsApp's, Signal's and SMS backups' lines.
_MERIDIEM = r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_TIME = rf"\d{{1,2}}:\d\d(?::\d\d)?{_MERIDIEM}"
_DATE = r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+)?"
#: A transcript's labelled line: a time stamp, "SPEAKER", the label, then ":" or " - ".
_LINE = re.compile(
    rf"^[ \t]*(?:\[[\d:.,/\- ]{{4,24}}{_MERIDIEM}\][ \t]*"
    rf"|{_DATE}\(?{_TIME}\)?[ \t]+(?:[-–][ \t]+)?)?"
    rf"(?:(SPEAKER)[ \t]+)?({_LABEL})[ \t]*(?::|(?<=[^\W\d_])[ \t]+[-–](?=[ \t]))[ \t]",
    re.MULTILINE,
)
#: A segment's label field and its value.
_SEGMENT_LABEL = re.compile(
    r'"(?i:speaker|speaker_?name|speaker_?label|participant|participant_?name|label'
    r'|enrol(?:l)?ed_?(?:speaker|user)|voice_?print_?owner|enrol(?:l)?ee)"'
    r'\s*:\s*"([^"\\\n]{1,80})"'
)
#: Words of a voice-biometrics record: enrolment, a voiceprint.
_ENROLMENT_HINTS = ("nrol", "oiceprint", "oice_print", "oicePrint", "iometric")
#: What a segment says: its words.
_SEGMENT_TEXT = re.compile(
    r'"(?i:text|transcript|utterance|content|sentence)"\s*:\s*"((?:[^"\\\n]|\\.){2,})"'
)
#: How a chat message with a time stamp starts.
_STAMP_FIRST = frozenset("[(0123456789")
_PARTICLES = voc.NAME_PARTICLES | voc.words("de la del da dos das van von der bin al")


def role_label(label: str) -> bool:
    """Whether a label or a contact's name is a role, a team, a room or a bot's."""
    return any(w.casefold().strip(".") in ROLE_WORDS for w in label.split())


def person_label(label: str) -> bool:
    """Whether a sender's label names a person (never a role's or a heading's).

    Two to four words shaped as a name, or one given name the lexicon knows.
    """
    # A lower-case particle inside a name ("de", "van") is no everyday word there, nor
    # is the surname after it ("de Wit", "van Dam"), though the word lists hold it.
    words = label.split()
    kept = [w for w in words if not (w.islower() and w in _PARTICLES)]
    after = {b for a, b in pairwise(words) if a.islower() and a in _PARTICLES}
    if role_label(label) or not kept or _plain(" ".join(kept), after):
        return False
    return _shaped(label) or (" " not in label and label[:1].isupper() and known_given(label))


def _plain(label: str, surnames: Collection[str] = ()) -> bool:
    """Whether a label holds a heading's, a log's or an everyday word: no person's.

    Only its first word may be a place's word: a surname may be one ("... Park").
    ``surnames``: words that follow a particle, asked of everything but the word lists.
    """
    words = label.split()
    return not_a_name(words[0]) or any(
        w.casefold().strip(".") in _NOT_LABEL
        or (w not in surnames and everyday(w))
        or (len(w) > 2 and w.isupper())
        for w in words
    )


#: Words of a program's parts, which label a log line, not a chat message.
_SYSTEM_WORDS = voc.words(
    """connection connections pool handler worker workers cache manager server client
    queue scheduler thread process job task session socket database db retry timeout
    request response router controller listener consumer producer pipeline module plugin
    driver adapter gateway proxy loader parser logger monitor watcher daemon engine
    runtime kernel node cluster pod container service health check heartbeat webhook
    stream buffer codec transport channel"""
)


def _system_label(label: str) -> bool:
    """Whether a label names a program's part ("Connection Pool", "Retry Worker")."""
    return any(w.casefold() in _SYSTEM_WORDS for w in label.split())


def _shaped(label: str) -> bool:
    """Two to four words of a name: capitalised where the script has case."""
    words = label.split()
    if not 2 <= len(words) <= 4 or (label.isupper() and label.isascii()):
        return False
    cased = [w for w in words if w.lower() != w.upper()]  # words of a script with case
    caps = all(w[:1].isupper() or w.casefold() in _PARTICLES for w in cased)
    return caps and not any(w.casefold() in nw.NOT_IN_PERSON_FIELD for w in words)


def _inner_capital(word: str) -> bool:
    """A capital inside one word: a class's name ("TimeoutError"), a product's ("iPhone")."""
    return any(c.isupper() for c in word[1:])


def _named(labels: Counter[str], *, talk: bool, terse: Collection[str] = ()) -> set[str]:
    """The labels that are people's names, among all a transcript's labels.

    ``talk``: the labels are a conversation's (a label comes back, a time stamp or a
    segment's words say so); else a label needs a given name the lexicon knows.
    ``terse``: labels whose turns are single words ("Tone: warm"): a setting's, not a
    speaker's, when the label is one word.
    """
    persona = any(label.casefold() in _CALLER_SIDE for label in labels)
    named = set()
    for label, count in labels.items():
        if _plain(label):
            continue
        if " " in label:
            if _shaped(label) and (talk or known_given(label.split()[0])):
                named.add(label)
        elif persona or label in terse or not label[:1].isupper() or _inner_capital(label):
            continue
        elif (count >= 2 and talk) or known_given(label):
            named.add(label)
    return named


def _lines(text: str, hits: list[Hit]) -> None:
    found = [(m.group(2), m.start(2), m.end(2), m) for m in _LINE.finditer(text)]
    stamped = any(m.group(0).lstrip()[:1] in "[(0123456789" or m.group(1) for *_, m in found)
    # One "Note: ..." line is no transcript; one chat message with its time stamp is.
    if len(found) < 2 and not stamped:
        return
    if len(found) == 1 and _system_label(found[0][0]):
        return  # a log line's component ("[12:00:01] Connection Pool: ..."), no sender
    labels = Counter(label for label, _, _, _ in found)
    # A conversation comes back to a speaker; a list of headings names each once.
    talk = stamped or max(labels.values()) >= 2
    said: dict[str, int] = {}
    for label, _, _, m in found:
        end = text.find("\n", m.end())
        said[label] = max(
            said.get(label, 0), len(text[m.end() : end if end >= 0 else None].split())
        )
    terse = {label for label, words in said.items() if words < 2}
    named = _named(labels, talk=talk, terse=terse)
    hits.extend(Hit("name", s, e, mask_name(label)) for label, s, e, _ in found if label in named)


def _segments(text: str, hits: list[Hit]) -> None:
    # A bare "label" beside a "text" is a button's or a menu's too: a segment's only
    # beside a speaker's key or a segment's time.
    timed = "peaker" in text or "articipant" in text or '"start' in text
    found = [
        (m.group(1).strip(), m.start(1), m.end(1))
        for m in _SEGMENT_LABEL.finditer(text)
        if timed or text[m.start() + 1 : m.start() + 6].casefold() != "label"
    ]
    # A voice-biometrics record names the speaker enrolled, with no words said.
    enrolment = holds_any(text, _ENROLMENT_HINTS)
    if not found or (_SEGMENT_TEXT.search(text) is None and not enrolment):
        return
    named = _named(Counter(label for label, _, _ in found), talk=True)
    for label, s, _ in found:
        if label in named:
            start = text.index(label, s)
            hits.append(Hit("name", start, start + len(label), mask_name(label)))
    if named:  # what a named person said is the conversation's content
        for m in _SEGMENT_TEXT.finditer(text):
            hits.append(Hit("free_text", m.start(1), m.end(1), mask_free_text(m.group(1))))


#: The name of a call request: capitalised words, particles between them.
_CAP = r"[^\W\d_a-zß-ÿ](?:[^\W\d_]|['’\-])*"
_CALL_NAME = rf"{_CAP}(?: (?:(?:de|da|del|dos|das|van|von|der|la|di|bin|al) )?{_CAP}){{0,3}}"
#: "Call <name> on ", "Send <name> a message at ", in several languages: the words
#: before a number, searched in a window that ends where the number starts.
_CALL = re.compile(
    r"(?i:\b(?:call|ring|phone|dial|text|message|send|llama(?:r)? a|marca(?:r)? a"
    r"|escr[ií]bele a|ruf|rufe|appelle(?:r|z)?|t[ée]l[ée]phone [àa]|lig(?:ue|ar|a)? para"
    r"|chiama|zadzwo[nń] do|bel))"
    rf" ({_CALL_NAME})"
    r"(?i: (?:(?:a|un|une) (?:message|text|sms|mensaje|mensagem|messaggio) )?"
    r"(?:on|at|al|en|auf|unter|au|sur|no|na|em|al número|al numero|op|pod|a)) "
    r"(\+?\(?)$"
)
#: How far before a number its request may start.
_CALL_WINDOW = 90
#: The longest text read for a request: one turn said to an assistant, not a log of them.
_CALL_TURN = 1000
#: The verbs' words, asked of a text's distinct words (:func:`.hints.holds_any`).
_CALL_HINTS = tuple(
    form
    for verb in sorted(
        voc.words(
            """call ring phone dial text message send llama marca escríbele escribele ruf
            rufe appelle appeler téléphone ligar liga ligue chiama zadzwoń zadzwon bel"""
        )
    )
    for form in (verb, verb.capitalize())
)
#: The words that end a request right before its number ("... on ", "... unter ").
_CALL_ENDS = tuple(
    f" {word} "
    for word in sorted(voc.words("on at al en auf unter au sur no na em número numero op pod a"))
)


def _calls(text: str, hits: list[Hit]) -> bool:
    called = False
    for n in pat.NUMBER_RUN.finditer(text):
        tail = text[max(0, n.start() - 10) : n.start()].rstrip("+(").casefold()
        if not tail.endswith(_CALL_ENDS) or not 7 <= sum(map(str.isdigit, n.group())) <= 15:
            continue
        m = _CALL.search(text, max(0, n.start() - _CALL_WINDOW), n.start())
        if m is None or not _person(m.group(1)):
            continue
        name, start = m.group(1), m.start(2)
        hits.append(Hit("name", m.start(1), m.end(1), mask_name(name)))
        hits.append(Hit("phone", start, n.end(), mask_phone(text[start : n.end()])))
        called = True
    return called


def without_verb(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` without a name that holds a call request's verb ("Send <name>").

    A capitalised verb opening the request reads as the name's first word to the readers
    of capitalised runs; the request's own reading of the name ends where theirs does.
    """
    starts: dict[int, list[int]] = {}
    for h in hits:
        if h.kind == "name":
            starts.setdefault(h.end, []).append(h.start)
    return [
        h
        for h in hits
        if h.kind != "name"
        or not any(s > h.start and " " not in text[h.start : s].strip() for s in starts[h.end])
    ]


#: A meeting's list of people: "Attendees: <name>, <name> and <name>."
_ATTENDEES = re.compile(
    r"(?i:attendees|participants|asistentes|participantes|teilnehmer(?:innen)?|teilnehmende"
    r"|partecipanti|deelnemers|uczestnicy|présents|presenti|presentes|attendance|present)"
    r" ?: ?([^\n.;:]{3,300})"
)
_LIST_SPLIT = re.compile(r",\s*|\s+(?:and|y|e|et|und|en|i|&)\s+")
#: A title before an owner's name ("Miss", "Dr."): not part of the name.
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?"
#: The owner of an action item: "Owner: <name>", "Action: <name> to send ...".
_OWNER = re.compile(
    rf"(?i:owners?|assignee|assigned to|responsable|verantwortlich|responsável|responsabile)"
    rf" ?: ?({_CALL_NAME})(?=\s*(?:$|[-–—,;.()\"\n]))"
    rf"|(?i:action(?: items?)?|actions|next steps|follow[- ]?ups?|tasks|acción|acciones"
    rf"|ação|ações|aktion|aktionen|azione|azioni|todo|to-do|todos|to-dos)"
    rf" ?: ?(?:{_TITLE} )?({_CALL_NAME}) (?=(?i:to|will|para|va|soll|wird|deve|doit|zal) )"
)
#: The next owner in a list of action items: ", <name> to send ...", "; Dr <name> will ...".
_NEXT_OWNER = re.compile(
    rf"(?:[,;]|\band)[ \t]+(?:{_TITLE} )?({_CAP} {_CAP}(?: {_CAP})?) (?=(?:to|will) [a-z])"
)
#: An action item opening with the person who owns it: "<name> to email ...".
_ITEM = re.compile(rf'(?:^|["\n•*])[ \t]*({_CAP} {_CAP}(?: {_CAP})?) (?=(?:to|will) [a-z])')
_MEETING_TAILS = ("ttendees", "articipants", "sistentes", "articipantes", "eilnehmer",
                  "eilnehmerinnen", "eilnehmende", "artecipanti", "eelnemers", "czestnicy",
                  "résents", "resenti", "resentes", "ttendance", "resent", "wner", "wners",
                  "ssignee", "ssigned to", "esponsable", "erantwortlich", "esponsável",
                  "esponsabile", "ction", "ction item", "cción", "ção", "ktion", "zione",
                  "odo", "TODO", "o-do", "O-DO", "ctions", "ction items", "ext steps", "asks",
                  "ollow-ups", "ollow-up", "ollow ups", "ollow up", "ollowups", "cciones", "ções",
                  "ktionen", "zioni", "odos", "o-dos")  # fmt: skip
#: The tails of the leads with their colon, as a text holds them ("...ttendees:"); a
#: French space before the colon is asked of the text without it.
_MEETING_HINTS = tuple(t + ":" for t in _MEETING_TAILS)


def _person(name: str) -> bool:
    return not _plain(name)


def _meetings(text: str, hits: list[Hit]) -> None:
    if ":" not in text or not (
        holds_any(text, _MEETING_HINTS)
        or (" :" in text and holds_any(text.replace(" :", ":"), _MEETING_HINTS))
    ):
        return
    for m in _ATTENDEES.finditer(text):
        at = m.start(1)
        for part in _LIST_SPLIT.split(m.group(1)):
            name = part.strip()
            start = text.index(name, at) if name else at
            at = start + len(name)
            if name and (_shaped(name) or re.fullmatch(_CAP, name)) and _person(name):
                hits.append(Hit("name", start, start + len(name), mask_name(name)))
    owners = False
    for m in _OWNER.finditer(text):
        group = 1 if m.group(1) is not None else 2
        if _person(m.group(group)):
            hits.append(Hit("name", m.start(group), m.end(group), mask_name(m.group(group))))
            owners = owners or group == 2
    # The first item named its owner: the items after it name theirs the same way.
    for m in _NEXT_OWNER.finditer(text) if owners else ():
        if _person(m.group(1)) and _shaped(m.group(1)):
            hits.append(Hit("name", m.start(1), m.end(1), mask_name(m.group(1))))


def _items(text: str, hits: list[Hit]) -> None:
    for m in _ITEM.finditer(text):
        if _person(m.group(1)) and _shaped(m.group(1)):
            hits.append(Hit("name", m.start(1), m.end(1), mask_name(m.group(1))))


def find_speaker_names(text: str, hits: list[Hit]) -> bool:
    """Add the names of speaker labels, call requests and meeting notes in ``text``.

    Each reader asks for its marks first (a colon, a label's key, a calling verb), so a
    value that holds none of them costs a few ``in`` tests. True when a call request was
    read (see :func:`without_verb`).
    """
    called = False
    if ("\n" in text or text.lstrip()[:1] in _STAMP_FIRST) and (":" in text or "SPEAKER" in text):
        _lines(text, hits)  # a transcript's turns, or one chat message with its time stamp
    if '"' in text and (
        "peaker" in text or "articipant" in text or "abel" in text or "nrol" in text
    ):
        _segments(text, hits)
    if _has_call(text):
        called = _calls(text, hits)
    _meetings(text, hits)
    listed = '["' in text or "\n" in text or "•" in text  # a list's items
    if listed and (" to " in text or " will " in text):
        _items(text, hits)  # a list's item opening with its owner
    return called


def _has_call(text: str) -> bool:
    short = len(text) <= _CALL_TURN and text.count(" ") >= 3  # verb, name, "on", number
    return short and pat.DIGIT.search(text) is not None and holds_any(text, _CALL_HINTS)


#: Key words of a voice-biometrics record: enrolment, a voiceprint, a speaker's check.
_BIOMETRIC_KEYS = voc.words(
    """enrol enroll enrolled enrolment enrollment enrollee enrolee voiceprint voiceprints
    biometric biometrics verification verify voiceid"""
)
#: Last key words naming the person a voice-biometrics record is about.
_ENROLLED_ENDS = voc.words("speaker user owner enrollee enrolee person holder name")


def enrolled_name(key: str | None, text: str, stripped: str) -> Hit | None:
    """The enrolled speaker's name under a voice-biometrics key (``voiceprint.owner``).

    A diariser's label ("SPEAKER_00", "A") or a role ("agent", "caller") names no one.
    """
    if key is None or len(stripped) > 80 or " " not in stripped:
        return None
    tokens = voc.key_tokens(key)
    if not tokens or tokens[-1] not in _ENROLLED_ENDS or _BIOMETRIC_KEYS.isdisjoint(tokens):
        return None
    if (
        "voice" not in tokens
        and "speaker" not in tokens
        and not any(t.startswith(("enrol", "voiceprint")) for t in tokens)
    ):
        return None  # ``card.verification.holder``: no voice's record
    if not person_label(stripped):
        return None
    start = text.index(stripped[0])
    return Hit("name", start, start + len(stripped), mask_name(stripped))
