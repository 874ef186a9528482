"""The sender of a message pasted from another channel: a chat export's, a text's.

- Chat exports that put the sender and the time on a line of their own, the message on
  the next: Telegram's "<name>, [12.03.2025 14:02]", Teams' "[2:02 PM] <name>", Slack's
  "<name>  2:02 PM".
- A message announced with its sender, in several languages: "SMS from <name>:", "Text
  message from <name> (+44 ...)", "Voicemail from <name>", "Nachricht von <name>:",
  "Mensaje de <name>:".

The sender is a person's name when it is shaped as one and names no role, team or
business (:func:`.name_speakers.person_label`); a number as the sender is a phone's.

Kept by hand: no package lists how chat apps lay out a copied message, nor the words
that announce a message's sender across languages.
"""

from __future__ import annotations

import re

from .hints import holds_any
from .hit import Hit
from .mask import mask_name
from .name_speakers import LABEL, person_label

__all__ = ["find_message_senders"]

_MERIDIEM = r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
#: A time of day, with a date before it or not ("12.03.2025 14:02", "2:02 PM").
_STAMP = rf"(?:\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}},?[ \t]+)?\d{{1,2}}:\d\d(?::\d\d)?{_MERIDIEM}"
#: A line holding only a sender and a time, the message on the next line.
_SENDER_LINE = re.compile(
    rf"^[ \t]*(?:\[{_STAMP}\][ \t]*({LABEL})|({LABEL}),?[ \t]+\[?{_STAMP}\]?)[ \t]*\n[ \t]*\S",
    re.MULTILINE,
)
#: The words announcing a message's sender, then the sender and what follows a sender.
_FROM = re.compile(
    r"(?i:\b(?:(?:text|sms|mms|whatsapp|telegram|signal|imessage|chat|voice ?mail|voice"
    r"|missed call|new)\s+)?(?:message|messages|sms|text|voicemail|call)\s+from"
    r"|\b(?:sms|mensaje|mensaje de voz|message|message vocal|nachricht|sprachnachricht"
    r"|messaggio|messaggio vocale|mensagem|bericht|wiadomo[śs][ćc]|llamada perdida"
    r"|appel manqu[ée]|verpasster anruf|chiamata persa)\s+(?:de|von|da|van|od|d')\s*)"
    rf"\s*({LABEL})(?=[ \t]*(?:[:(\-–—,]|$))",
    re.MULTILINE,
)
#: Literal pieces the announcing words hold (case as written), none with a space: asked
#: of a long text's distinct words at once (:func:`.hints.holds_any`).
_FROM_HINTS = ("essage", "ESSAGE", "SMS", "sms", "MMS", "ext", "EXT", "oicemail", "OICEMAIL",
               "oice", "ensaje", "achricht", "essaggio", "ensagem", "ericht", "iadomo",
               "lamada", "ppel", "nruf", "hiamata", "all", "ALL", "New", "new")  # fmt: skip


def _add(text: str, label: str, at: int, hits: list[Hit]) -> None:
    words = label.split()
    while words and words[0][:1].islower():  # a lower-case word before the name is none
        words.pop(0)
    name = " ".join(words)
    if name and person_label(name):
        start = text.index(name, at)
        hits.append(Hit("name", start, start + len(name), mask_name(name)))


def find_message_senders(text: str, hits: list[Hit]) -> None:
    """Add the names of the senders of messages pasted into ``text``."""
    if "\n" in text and ":" in text:
        for m in _SENDER_LINE.finditer(text):
            group = 1 if m.group(1) is not None else 2
            _add(text, m.group(group), m.start(group), hits)
    if " " in text and holds_any(text, _FROM_HINTS):  # one word announces no one
        for m in _FROM.finditer(text):
            _add(text, m.group(1), m.start(1), hits)
