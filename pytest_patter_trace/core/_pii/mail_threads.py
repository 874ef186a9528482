"""Senders and recipients of an e-mail thread pasted into a call: the display names.

A mailbox is written with its owner's name before the address (RFC 5322's name-addr):
``From: <name> <address>``, ``To: "<name>" <address>``, Outlook's ``<name>
[mailto:address]`` and its copies' ``From: <name>`` above ``Sent:`` (in several
languages), and the quoted-reply lines of mail clients in every language ("On <date>,
<name> <address> wrote:", "Le ... a écrit", "Am ... schrieb", "El ... escribió"). The
name beside an address is a person's unless it is a role's, a team's or a business's
("Billing Team", "Customer Service") or the address is a role's mailbox (``noreply@``,
``support@``): then the business writes, and no one is named.

Kept by hand: no package tells a person's mailbox from a role's; the role words of
local parts are a short list.
"""

from __future__ import annotations

import re

from . import name_words as nw
from .hints import holds_any
from .hit import Hit
from .mask import mask_name
from .name_speakers import LABEL, person_label
from .vocabulary import words

__all__ = ["find_mail_names"]

#: An address in angle brackets (a plain or bracketed one after "(<"), or Outlook's; a
#: SIP or tel URI (``<sip:...@...>``) is a call's end, read elsewhere.
_MAILBOX = re.compile(
    r"\(?<([^<>\s@:]{1,64})@[^<>\s@]{1,255}>\)?|\[mailto:([^\]\s@]{1,64})@[^\]\s]+\]"
)
#: The display name right before a mailbox: quoted, or one to four words of letters.
_DISPLAY = re.compile(rf"(?:\"([^\"\n]{{2,60}})\"|'([^'\n]{{2,60}})'|({LABEL}))[ \t]*$")
#: The longest stretch of a line read before an address for its name.
_WINDOW = 80
#: Parts of an address's local part that make the mailbox a role's or a business's.
_ROLE_LOCAL = words(
    """noreply no reply donotreply do not notreply support info help hello contact
    billing sales service services team admin notifications notification notify news
    newsletter alerts alert accounts account care office mail mailer postmaster bounce
    bounces invoice invoices orders order booking bookings reservations reception
    customerservice customercare helpdesk feedback marketing hr jobs careers press
    security privacy legal compliance webmaster system robot bot auto automated"""
)
#: Words of a caseless script's display name that make it a business's or a role's.
_CASELESS_ROLE = re.compile(
    r"客服|团队|團隊|支持|服务|服務|中心|银行|銀行|公司|通知|系统|系統|サポート|会社|팀|고객|센터|은행"
)
_LOCAL_SPLIT = re.compile(r"[._+\-]+")


def _role_mailbox(local: str) -> bool:
    return any(part in _ROLE_LOCAL for part in _LOCAL_SPLIT.split(local.casefold()))


def _person(label: str) -> str | None:
    """The person's name a display label holds, lower-case lead words dropped, or None.

    "schrieb <name>", "a las 9:40, <name>": words before the name in a script with case
    start lower-case; they are the reply line's, not the name's.
    """
    parts = label.split()
    while parts and parts[0][:1].islower():
        parts.pop(0)
    if not parts:
        return None
    name = " ".join(parts)
    if not any(map(str.isalpha, name)):
        return None  # a number as a display name (a SIP header's "+44 ..."): no name
    if len(parts) == 1 and nw.CASELESS_NAME.fullmatch(name):
        return None if _CASELESS_ROLE.search(name) else name
    return name if person_label(name) else None


#: A copied message's sender header with a name and no address (Outlook's copies), in
#: several languages, right above another header of the message.
_FROM_HEADER = re.compile(
    r"^[ \t]*(?:From|De|Von|Da|Van|Od|Från|Fra|Lähettäjä|От|Kimden)[ \t]?:[ \t]*"
    rf"({LABEL})[ \t]*\n[ \t]*(?:Sent|Date|To|Subject|Gesendet|Datum|An|Betreff|Envoy[ée]"
    r"|Date|[ÀA]|Objet|Enviado|Fecha|Para|Asunto|Inviato|Data|Oggetto|Verzonden|Aan"
    r"|Onderwerp|Wys[łl]ano|Do|Temat|Skickat|Till|[ÄA]mne|Sendt|Til|Emne|Отправлено|Кому"
    r"|Тема|Assunto)[ \t]?:",
    re.MULTILINE,
)
#: The headers' words a copied message holds below its sender (case as written).
_HEADER_HINTS = ("Sent:", "Date:", "To:", "Subject:", "Gesendet:", "Datum:", "An:",
                 "Betreff:", "Envoy", "Objet", "Enviado:", "Fecha:", "Para:", "Asunto:",
                 "Inviato:", "Data:", "Oggetto:", "Verzonden:", "Aan:", "Onderwerp:", "Wys",
                 "Temat:", "Skickat:", "Till:", "mne:", "Sendt:", "Til:", "Emne:",
                 "Отправлено:", "Кому:", "Тема:", "Assunto:", "Do:", "À :", "A :")  # fmt: skip


def _headers(text: str, hits: list[Hit]) -> None:
    for m in _FROM_HEADER.finditer(text):
        name = _person(m.group(1))
        if name is not None:
            start = text.index(name, m.start(1))
            hits.append(Hit("name", start, start + len(name), mask_name(name)))


def find_mail_names(text: str, hits: list[Hit]) -> None:
    """Add the display names of the mailboxes in ``text`` that name a person."""
    if "\n" in text and ":" in text and holds_any(text, _HEADER_HINTS):
        _headers(text, hits)  # "From: <name>\nSent: ...": a copied message's headers
    if "<" not in text and "[mailto:" not in text:
        return
    for m in _MAILBOX.finditer(text):
        if _role_mailbox(m.group(1) or m.group(2)):
            continue
        line_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - _WINDOW)
        display = _DISPLAY.search(text, line_start, m.start())
        if display is None:
            continue
        group = next(g for g in (1, 2, 3) if display.group(g) is not None)
        label = display.group(group).strip()
        name = _person(label) if label else None
        if name is None:
            continue
        start = text.index(name, display.start(group))
        hits.append(Hit("name", start, start + len(name), mask_name(name)))
