"""Keys of a counter, a sequence or an interaction's number: a Luhn-valid value there is no card.

A platform numbers its conversations, batches and messages; one in ten of those numbers
passes the Luhn check, and a 16-digit one starting 4 or 5 looks like a card. The key says
it is a count (``batch_seq``, ``message_index``), a record's number
(``interaction.number``) or an id shown another way (``ContactId.short``). Keys of keypad
input (``dtmf.sequence``) are no counters: a card keyed in digit by digit sits there.
"""

from __future__ import annotations

from . import vocabulary as voc

__all__ = ["counter_key"]

#: Words of a count or a position in a series.
_COUNTER_WORDS = voc.words(
    """seq seqno seqnum sequence sequenceno sequencenumber counter index idx ordinal
    offset cursor serialno"""
)
#: What a platform numbers: its ``number`` is a record's, not a person's.
_NUMBERED = voc.words(
    """interaction conversation session batch job run task request event record message
    turn segment chunk utterance attempt build queue ticket workitem"""
)
_NUMBER_WORDS = voc.words("number no nr num numero")
#: Words that show an id in another form (``ContactId.short``).
_FORM_WORDS = voc.words("short long full raw str string hex int numeric display formatted")
_ID_ENDS = voc.words("id ids uuid guid")
#: Keypad words: a sequence of key presses is what a caller entered.
_KEYPAD_WORDS = voc.words("dtmf digit digits keypad keypress keypresses pressed tone tones")


def counter_key(key: str) -> bool:
    """Whether an attribute key names a count or a platform's numbered record."""
    segments = [t for t in map(voc.key_tokens, key.split(".")) if t and not t[0].isdigit()]
    if not segments:
        return False
    last = segments[-1]
    if any(_KEYPAD_WORDS.intersection(s) for s in segments):
        return False
    if _COUNTER_WORDS.intersection(last):
        return True
    before = segments[-2] if len(segments) > 1 else []
    if last[-1] in _NUMBER_WORDS:
        owner = last[-2] if len(last) > 1 else (before[-1] if before else "")
        return owner in _NUMBERED
    return bool(before) and set(last) <= _FORM_WORDS and before[-1] in _ID_ENDS
