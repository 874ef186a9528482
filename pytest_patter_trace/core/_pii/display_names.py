"""Display names of call participants: a person's, or a role's, a room's or a device's.

A conference bridge, a SIP header or a consent record shows who is on the call with a
display name: a person's ("... (mobile)", "customer: ..."), or one naming no one: a role
("Agent", "Reception", "Moderator"), a room ("Conference Room B"), a device ("Polycom
...", "Speaker Phone") or a kind of leg ("PSTN caller", "Dial-in User"). A value whose
every word is such a word (numbers and letters of a room or a seat aside) names no one.
A bridge's tag around a person's name (a trailing "(mobile)", a leading "customer:") is
cut off before the name is judged.

Kept by hand: no package lists the role, room and device words bridges and PBXs write
as display names; they are a short list per language.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .hit import Hit
from .mask import mask_name
from .vocabulary import words

__all__ = ["name_hit", "person_core", "role_name"]

#: Words of a display name that names a role, a room, a device or a kind of leg.
_ROLE_WORDS = words(
    """agent agents agente agentes reception receptionist recepcion recepción recepcao
    recepção réception reception accueil empfang rezeption receptie moderator
    moderators moderador moderadora moderatore modérateur moderateur moderatorin
    host hosts cohost co-host anfitrion anfitrión hôte hote gastgeber guest guests
    invitado invitada invité invitée invite ospite gast gäste convidado convidada
    operator operators operador operadora operateur opérateur operatore vermittlung
    telefonista centralita zentrale switchboard caller callers llamante appelant
    anrufer chiamante chamador participant participants participante teilnehmer
    teilnehmerin partecipante deelnemer attendee attendees user users usuario
    usuaria utilisateur benutzer utente usuário gebruiker customer customers cliente
    kunde klant supervisor supervisora superviseur manager team equipo équipe sales
    ventas support soporte billing desk front frontdesk helpdesk service services
    office oficina bureau büro conference conferencia conférence konferenz
    conferenza room rooms sala salle raum zimmer bridge puente pont brücke meeting
    meetings reunion reunión reuniones réunion besprechungsraum konferenzraum
    besprechung lobby main pstn sip voip phone telephone telefono teléfono téléphone
    telefon speakerphone speaker handset mobile cell cellphone iphone android
    desktop laptop browser web app device softphone deskphone bot robot recorder
    recording grabación grabacion enregistrement aufnahme registrazione ivr
    assistant ai virtual transcriber notetaker unknown unbekannt desconocido
    desconocida inconnu sconosciuto anonymous anonimo anónimo anonyme private
    privado dial dial-in dialin dial-out dialout external internal externo interno
    extern intern nurse doctor dispatcher dispatch coordinator interpreter
    translator intérprete interprete dolmetscher listener observer monitor coach
    trainee extension ext line trunk gateway queue voicemail"""
)
#: Role words that are also names ("Ai", "Sala", "Bridge"): a role only beside another.
_ALSO_NAMES = words(
    """ai sala salle raum zimmer room rooms bridge pont puente main lobby front desk office
    cell line team coach monitor web app"""
)
#: Makers of desk and conference phones: their name and a model name a device's.
_DEVICE_MAKERS = words(
    """polycom poly yealink cisco grandstream avaya snom jabra logitech mitel panasonic
    gigaset fanvil aastra alcatel"""
)
#: Words a role's or a room's display name may hold besides its role words.
_FILLER = words("of the de del la el da do di du des der die das von a an and y et und e")
#: A device or a kind of leg in brackets after a name ("(mobile)", "[guest]", "(she/her)").
_TAIL = re.compile(r"\s*[(\[（][^()\[\]（）]{1,24}[)\]）]\s*$")
#: A role before a name, with its separator ("customer: ...", "Caller - ...", "Guest | ...").
_HEAD = re.compile(r"^\s*([^\W\d_][\w\-]{1,20}(?:\s+[^\W\d_][\w\-]{1,20})?)\s*(?::|\s[-–—|]\s)\s*")
_SPLIT = re.compile(r"[\s/_]+")


def role_name(value: str) -> bool:
    """Whether a display name names a role, a room, a device or a leg, not a person.

    A word that is also a name ("Sala", "Ai") makes a role only beside another role word
    ("Front Desk", "AI Assistant").
    """
    found = 0
    split = _SPLIT.split(value.strip().strip("\"'").casefold())
    if split[0] in _DEVICE_MAKERS:
        return True  # "Polycom Trio", "Yealink T54W"
    for word in split:
        word = word.strip(".,:;()[]#")
        if not word or word.isdigit() or len(word) == 1 or word in _FILLER:
            continue  # "Room 4", "Conference Room B", "Sala de Reuniones 2"
        if word not in _ROLE_WORDS and not all(w in _ROLE_WORDS for w in word.split("-")):
            return False
        found += 1 if word in _ALSO_NAMES else 2
    return found >= 2


def person_core(value: str, shaped: Callable[[str], bool]) -> tuple[int, int] | None:
    """Where a person's name is in a display name, or ``None`` when it holds none.

    Args:
        value: the display name, stripped.
        shaped: whether a text is shaped like a person's name (the scanner's test).

    Returns:
        The start and end of the name in ``value``: the whole value, or the value without
        a bridge's tag around it; ``None`` for a role's, a room's or a device's name.
    """
    if role_name(value):
        return None
    if shaped(value):
        return 0, len(value)
    start, end = 0, len(value)
    tail = _TAIL.search(value)
    if tail is not None:
        end = tail.start()
    head = _HEAD.match(value, 0, end)
    if head is not None and role_name(head.group(1)):
        start = head.end()
    core = value[start:end]
    if tail is not None and role_name(core):  # "Customer (...)": the name in the brackets
        start, end = tail.start() + 1, tail.end() - 1
        while value[start] in " ([（":
            start += 1
        while end > start and value[end - 1] in " )]）":
            end -= 1
        core = value[start:end]
    if (start, end) == (0, len(value)) or not core or role_name(core) or not shaped(core):
        return None
    return start, end


def name_hit(value: str, start: int, shaped: Callable[[str], bool]) -> Hit | None:
    """The name hit of a display name ``value`` found at ``start``, or ``None`` (above)."""
    core = person_core(value, shaped)
    if core is None:
        return None
    return Hit("name", start + core[0], start + core[1], mask_name(value[core[0] : core[1]]))
