"""What makes a value conversation content when counting its words is not enough.

Speech in scripts written without spaces (Japanese, Chinese, Thai) or with few
(Korean); a question in any language; the speech fields of a JSON value (an STT
provider's ``transcript``, a TTS provider's ``characters`` or ``words``, a chat message's
``content``); a chat request, which is content by its roles whatever it holds; and a
sentence around a caller's identifier ("the card is <number> expiring 09/28"), where the
number is a word of the sentence, not a measurement. Kept by hand: no library on the
package index tells a caller's words from a developer's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import patterns as pat
from . import spoken_words
from . import vocabulary as voc
from .hit import Hit, placeholder
from .kinds import CONTENT_KINDS

#: Letters of scripts written without spaces between words, and Hangul, whose words are
#: long: a short utterance there is one or two "words" to ``str.split``.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
_UNSPACED_RUN = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]{2}"
)
#: Question marks of the languages of the corpora (Latin, CJK full width, Arabic).
_QUESTION_MARKS = ("?", "？", "؟", "¿")
#: JSON fields holding what was said, beyond the content key words: a TTS provider's
#: alignment (``characters``, ``words``), Azure's ``display`` and ``lexical``, Deepgram's
#: ``punctuated_word``.
SPEECH_FIELDS = voc.STRONG_CONTENT_KEYS | voc.words(
    """words word characters chars punctuatedword display lexical sentence sentences
    caption captions"""
)
#: Roles of a chat message that make a message list a conversation (a list holding
#: only a system prompt is the developer's, judged as a prompt).
_SPEAKER_ROLES = voc.words("user assistant tool model function human ai bot caller agent")
#: Field name endings that hold speech (``DisplayText``, ``final_transcript``), unless the
#: field is about the request (``status_text``, ``error_text``).
_SPEECH_ENDINGS = ("text", "transcript", "utterance")
_NOT_SPEECH_STARTS = ("status", "error", "content", "mime", "alt", "reason", "code", "type")
_ROLE_FIELD = re.compile(r'"(?:[\w.]*\.)?role"\s*:\s*"([A-Za-z_]+)"')
_FIELD_WORDS = re.compile(r"[^0-9A-Za-z]+")
_SPOKEN = voc.CONVERSATIONAL | voc.DEV_SPOKEN
#: Marks that sit inside a word of Indic, Thai, Arabic and Hebrew script (and Latin
#: accents written apart): ``re``'s ``\w`` leaves them out, and "क्या" would split in three.
_MARKS = (
    "\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
)
#: One word of prose, any script, inner apostrophes allowed.
WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_MARKS}])*(?:['’][^\W\d_](?:[^\W\d_]|[{_MARKS}])*)*")
#: Kinds whose span is one token of the sentence it sits in.
_WORDLESS = CONTENT_KINDS | {"name", "sensitive"}


def unspaced_speech(text: str) -> bool:
    """At least four letters of a script written without spaces (or of Hangul)."""
    return _UNSPACED_RUN.search(text) is not None and len(_UNSPACED.findall(text[:400])) >= 4


def asks(text: str) -> bool:
    """Whether the text ends as a question, in any of several scripts."""
    return text.rstrip().endswith(_QUESTION_MARKS) or text.lstrip().startswith("¿")


def speaks(words: Iterable[str]) -> bool:
    """Whether any of the (lower-case) words is one a speaker says.

    A greeting, an answer, the first person, in any language of ``FIRST_PERSON`` and
    ``DEV_SPOKEN``.
    """
    return not _SPOKEN.isdisjoint(words)


def identifiers_as_words(text: str, hits: Iterable[Hit]) -> str:
    """The text with each identifier found in it written as one token, same length.

    "the card is 4111 1111 1111 1111 expiring 09/28" reads as four numbers and four
    words, a measurement; with the card as one token ``#``, neither word nor number, it
    reads as the sentence it is. Offsets are kept, so spans found in the result index
    the text.
    """
    chars: list[str] | None = None
    for h in hits:
        if h.kind in _WORDLESS or h.end <= h.start or h.end > len(text):
            continue
        if not pat.DIGIT.search(text, h.start, h.end):
            continue  # a number read out in words is words already
        if chars is None:
            chars = list(text)
        chars[h.start : h.end] = ["#", *(" " * (h.end - h.start - 1))]
    return text if chars is None else "".join(chars)


def _field(key: str) -> str:
    return _FIELD_WORDS.sub("", key.rsplit(".", 1)[-1].lower())


def speech_field(field: str) -> bool:
    """Whether a JSON field (lower case, letters and digits only) holds what was said."""
    if field in SPEECH_FIELDS:
        return True
    return field.endswith(_SPEECH_ENDINGS) and not field.startswith(_NOT_SPEECH_STARTS)


def chat_request(text: str) -> bool:
    """A list of chat messages with a speaker other than the system (``"role": "user"``)."""
    if "role" not in text:
        return False
    return any(m.group(1).lower() in _SPEAKER_ROLES for m in _ROLE_FIELD.finditer(text))


#: In a developer's JSON (a structured log line, an error body), only fields that can
#: hold nothing but speech: ``text`` or ``content`` there may be the developer's.
DEV_SPEECH_FIELDS = voc.words(
    """transcript transcripts transcription utterance utterances usertext callertext
    userinput callerinput usersaid callersaid said speech finaltranscript usertranscript"""
)


def json_speech(text: str, *, developer: bool = False) -> list[tuple[int, int]]:
    """Spans of a JSON value's speech fields that hold words.

    Consecutive strings of one field (``"characters": ["H", "i"]``) are read together,
    one character or one word each: a TTS alignment spells what is said. ``developer``:
    the JSON is a developer's, only ``DEV_SPEECH_FIELDS`` count.
    """
    runs: list[tuple[int, int, list[str]]] = []
    field = ""
    last_end = -1
    for m in pat.JSON_STRING.finditer(text):
        if m.group(2) is not None:  # an object key
            field = _field(m.group(1))
            last_end = -1
            continue
        if not (field in DEV_SPEECH_FIELDS if developer else speech_field(field)):
            continue
        literal = m.group(1)
        between = text[last_end : m.start()] if last_end >= 0 else None
        if runs and between is not None and between.strip() == ",":
            start, _, parts = runs[-1]
            parts.append(literal)
            runs[-1] = (start, m.end(1), parts)
        else:
            runs.append((m.start(1), m.end(1), [literal]))
        last_end = m.end()
    found = []
    for start, end, parts in runs:
        joined = "".join(parts) if all(len(p) <= 1 for p in parts) else " ".join(parts)
        letters = sum(1 for ch in joined if ch.isalpha())
        if letters >= 2 or unspaced_speech(joined):
            found.append((start, end))
    return found


#: Letters one of which can be a whole word: a syllable (Hangul, kana, Thai, Lao, Khmer,
#: Myanmar, Ethiopic, Yi) or an ideogram. "네", "好", "ค่ะ" are whole answers.
_SYLLABLE = re.compile(
    r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0eff"
    r"\u1000-\u109f\u1780-\u17ff\u1200-\u137f\ua000-\ua4cf]"
)
#: A placeholder a redaction left in a sentence (``<PERSON>``, ``[ACCOUNT]``, ``{{name}}``).
_PLACEHOLDER_TAG = re.compile(r"<[A-Za-z_ ]{2,40}>|\[[A-Za-z_ ]{2,40}\]|\{\{?\s*\w{1,40}\s*\}?\}")
#: Characters gluing letters into an identifier (``5274ea2b``, ``pcm_mulaw``, ``a@b``).
_GLUE = frozenset("0123456789_/@=\\")


def has_words(text: str) -> bool:
    """Whether a content value holds a word, in any script.

    A word is two letters or more (an Indic or Thai vowel sign counts with its
    consonant), or one syllable or ideogram, not glued to digits or code punctuation
    ("5274ea2b", "pcm_mulaw" hold none; "出生日期是1953年" does: its words run on to the
    figures, as they do in scripts without spaces). A redaction's placeholders are not
    words; the sentence around them is.
    """
    if "<" in text or "[" in text or "{" in text:
        text = _PLACEHOLDER_TAG.sub(" ", text)
    if placeholder(text):
        return False
    for m in WORD.finditer(text):
        word = m.group()
        start, end = m.span()
        glued = (start > 0 and text[start - 1] in _GLUE) or (end < len(text) and text[end] in _GLUE)
        if _SYLLABLE.match(word):
            if len(word) > 1 or not glued:
                return True
        elif len(word) > 1 and not glued:
            return True
    return False


#: Key words naming a speech provider, its request or a call's transcript: a JSON value
#: there names its speech field (``"transcript"``, ``"text"``, ``"characters"``) or its
#: speakers' roles whatever the key's last word says (``retell.call.transcript_object``).
SPEECH_KEY_TOKENS = voc.words(
    """tts stt asr speech voice cartesia elevenlabs deepgram assemblyai speechmatics
    rimevoice playht lmnt azurespeech gladia revai whisper alignment timestamps transcript
    transcripts transcription dialog dialogue conversation"""
)


def speech_key(tokens: Iterable[str]) -> bool:
    """Whether the key's words (lower case) name a speech provider or its alignment."""
    return not SPEECH_KEY_TOKENS.isdisjoint(tokens)


#: Form fields of a telephony webhook holding what the caller said (Twilio ``<Gather>``).
_FORM_SPEECH = re.compile(r"(?:^|&)(?:Unstable)?SpeechResult=([^&]+)")


def form_speech(text: str) -> list[tuple[int, int]]:
    """Spans of a form-encoded body's speech fields (``SpeechResult=...``) that hold words."""
    if "SpeechResult=" not in text:
        return []
    return [
        m.span(1) for m in _FORM_SPEECH.finditer(text) if has_words(m.group(1).replace("+", " "))
    ]


#: Top-level fields of a provider's error body (``{"error": {...}}``, ``{"detail": ...}``).
_ERROR_BODY = re.compile(r'\s*\{\s*"(?:error|errors|detail|fault)"\s*:')


def error_body(text: str) -> bool:
    """Whether a JSON text is a provider's error body: its messages are a developer's."""
    return _ERROR_BODY.match(text) is not None


def json_head(text: str) -> str:
    """The first character of a JSON text (``{`` or ``[``), else of the text.

    A sentence opening with a redaction's placeholder ("[PERSON] is asking...") is no
    JSON: its head is ``""``.
    """
    head = text.lstrip()[:1]
    if head in ("{", "[") and _PLACEHOLDER_TAG.match(text.lstrip()) is not None:
        return ""
    if head == "[" and _JSON_ARRAY_OPEN.match(text.lstrip()) is None:
        return ""  # a turn after a speaker or time tag: "[SPEAKER_01 00:14] ..."
    return head


#: How a JSON array opens: a value, or its end. A diarised turn's tag ("[SPEAKER_01
#: 00:14]", "[00:41]", "[Caller]") opens with a word or a time instead.
_JSON_ARRAY_OPEN = re.compile(r'\[\s*(?:[\[{"\]]|-?\d[\d.eE+-]*\s*[,\]]|true\b|false\b|null\b)')


#: Punctuation around a turn's words: Latin, Arabic, Devanagari, CJK, Armenian, Ethiopic.
_TURN_PUNCT = ".,;:!?¿¡\"'()“”‘’«»،؛؟।॥。、，！？։፣።…-"


def short_turn(text: str) -> bool:
    """A short turn (eight words or fewer) with a word only speakers say, any language.

    Thanks, a greeting or a goodbye make it a turn alone ("Diolch."); a yes or an okay
    beside another word ("Jó, köszi.", "Sige po"); never a text of a developer's words
    ("ok: 200", "not found") or of identifiers.
    """
    tokens = text.split()
    if not tokens or len(tokens) > 8 or not has_words(text):
        return False
    said = [t.strip(_TURN_PUNCT).lower() for t in tokens]
    if any(_GLUE.intersection(t) for t in said) or not voc.DEV_WORDS.isdisjoint(said):
        return False
    if len(said) > 2:
        # Longer, the word closes a phrase ("Sige po, salamat."), as it does in speech:
        # "Goodbye message played" and "Hello from the worker" are a developer's.
        said = [w for w, t in zip(said, tokens, strict=True) if t[-1:] in _TURN_PUNCT]
        return not _SPOKEN_TURN.isdisjoint(said)
    if not spoken_words.COURTESY.isdisjoint(said):
        return True
    return len(said) > 1 and not spoken_words.ASSENT.isdisjoint(said)


_SPOKEN_TURN = spoken_words.COURTESY | spoken_words.ASSENT
