"""What other voice stacks' attribute keys say of their values, in each stack's spelling.

- A Lex V2 slot's value under a flat key (``lex.slots.BirthDate.value.interpretedValue``)
  is read by the slot's name; Asterisk's ``CALLERID(num)`` as a caller id and
  ``CALLERID(name)`` as the caller's name (:func:`stack_key`).
- A conference leg's ``label``, ``friendlyName``, ``nickname`` or ``user_name`` (Twilio,
  Daily, LiveKit, ConfBridge, Vonage members) is its display name.
- Who gave, signed or recorded a consent (``given_by``, ``signer``, ``otorgado_por``...)
  is a person.
- An address under a participant's or an attendee's key is the caller's device, unless
  the key names a media server, a relay or an edge beside it; so is one under a device's,
  a visitor's or a modem's key (``widget.visitor.ip``) unless it names a host.
- ``from`` / ``to`` of other stacks (Bland, Vapi, Retell...) are a call's two ends, as
  Twilio's are; a number the business holds is its own (:mod:`.owned_numbers`).

Kept by hand: the stacks' own field names, from their API references; no package lists
them.
"""

from __future__ import annotations

import re

from . import owned_numbers
from . import vocabulary as voc

__all__ = ["add_stack_flags", "stack_key"]

#: Keys (joined last words, no separators) naming who gave, signed or recorded a consent.
_ACTOR_KEYS = voc.words(
    """givenby consentedby consentgivenby grantedby signer signedby signatory signee
    authorizedby authorisedby acceptedby agreedby recordedby witness witnessedby
    otorgadopor firmante firmadopor autorizadopor consentidopor dadopor aceptadopor
    signataire signépar signepar donnépar donnepar accordépar accordepar autorisépar
    autorisepar unterzeichner unterzeichnetvon unterschriebenvon erteiltvon zugestimmtvon
    firmatario firmatoda datoda concessoda autorizzatoda assinadopor concedidopor
    signatário signatario ondertekenaar gegevendoor ondertekenddoor"""
)
#: Key words of a conference leg or a meeting's participant.
_LEG_TOKENS = voc.words(
    """participant participants attendee attendees member members leg legs confbridge
    participante participantes teilnehmer partecipante deelnemer"""
)
#: A leg's field holding its display name (joined last words of the key).
_LEG_NAME_FIELDS = voc.words("label friendlyname nickname username screenname displayname")
#: Key words that name the service's end beside a participant: its address is no one's.
_SERVER_TOKENS = voc.words(
    """server servers turn stun relay relays sfu mcu edge media gateway proxy upstream
    node pop region datacenter ice"""
)
#: Key words of a person's own device or connection: its address is theirs.
_DEVICE_TOKENS = voc.words(
    "device devices visitor visitors modem uplink handset router subscriber viewer"
)
#: Key words of a host of the service beside a device: its address is no one's.
_HOST_TOKENS = _SERVER_TOKENS | voc.words(
    "host trunk carrier sbc pbx cdn origin backend lb loadbalancer cluster pod"
)
#: Stacks and carriers whose ``from`` / ``to`` keys name a call's ends.
_CALL_STACKS = voc.TELEPHONY_TOKENS | owned_numbers.STACK_TOKENS
#: A call's end as a whole last segment (``from``, ``to_number``).
_CALL_ENDS = voc.TELEPHONY_PHONE_TOKENS | voc.words("fromnumber tonumber")
#: Last key segments holding a Lex slot's value: the slot's name is the segment before.
_SLOT_VALUE_SEGMENTS = frozenset(("originalvalue", "interpretedvalue", "resolvedvalues"))
_SLOT_WRAPPERS = _SLOT_VALUE_SEGMENTS | {"value", "values"}
#: Asterisk's caller id function as a key (``CALLERID(all)``, ``CALLERID(num)``): its field.
_CALLERID_FUNCTION = re.compile(r"(?i)callerid\((all|num|number|name|ani|dnid)[^)]{0,12}\)")
_CALLERID_FIELDS = {"all": "callerid", "num": "callerid", "number": "callerid",
                    "name": "callername", "ani": "ani", "dnid": "dnis"}  # fmt: skip


def stack_key(key: str) -> str:
    """``key`` as its stack means it: a Lex slot's name, Asterisk's caller id field.

    ``...Slot.value.originalValue`` is read as ``...Slot``; ``CALLERID(num)`` as
    ``callerid`` and ``CALLERID(name)`` as ``callername``.
    """
    if "(" in key:
        key = _CALLERID_FUNCTION.sub(lambda m: _CALLERID_FIELDS[m.group(1).lower()], key)
    if "alue" not in key:  # every slot value segment holds it: most keys end here
        return key
    segments = key.split(".")
    if segments[-1].casefold() not in _SLOT_VALUE_SEGMENTS:
        return key
    while len(segments) > 1 and (
        segments[-1].casefold() in _SLOT_WRAPPERS or segments[-1].isdigit()
    ):
        segments.pop()
    return ".".join(segments)


def add_stack_flags(
    flags: set[str], segments: list[str], every: list[str], last: list[str], ends: set[str]
) -> None:
    """Add what a key says in another stack's spelling to ``flags`` (see the module's list).

    Args:
        flags: the key's flags so far (``phone``, ``orgphone``, ``name``...), changed here.
        segments: the key's dotted segments.
        every: its lower-case words.
        last: the words of its last segment.
        ends: its last one to three words joined, and the whole last segment joined.
    """
    joined = "".join(last)
    words = set(every)
    if joined in _CALL_ENDS and words & _CALL_STACKS and "orgphone" not in flags:
        flags.update(("phone", "endpoint"))  # ``bland.from``: one end of the call
        if words & voc.ORG_PHONE_TOKENS:  # ``bland.agent.from``: the business's end
            flags.discard("phone")
            flags.add("orgphone")
    if owned_numbers.owned_number_key(segments, every, last):
        flags.discard("phone")  # ``connect.phone_number.claimed``: a line the business holds
        flags.add("orgphone")
    leg = joined in _LEG_NAME_FIELDS and not _LEG_TOKENS.isdisjoint(words)
    if (leg or ends & _ACTOR_KEYS) and voc.NOT_PERSON_TOKENS.isdisjoint(words):
        flags.add("name")  # ``participant.label``, ``consent.given_by``
    if last[-1] in voc.IP_VALUE_TOKENS and words & _LEG_TOKENS and words.isdisjoint(_SERVER_TOKENS):
        flags.add("ip")  # ``daily.participant.ip``, not ``participant.media_server_ip``
    if (
        last[-1] in voc.IP_VALUE_TOKENS
        and words & _DEVICE_TOKENS
        and words.isdisjoint(_HOST_TOKENS)
    ):
        flags.add("ip")  # ``widget.visitor.ip``, ``vehicle.modem.public_ip``
