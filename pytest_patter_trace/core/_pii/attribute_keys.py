"""What an attribute key says about its value: :func:`key_flags`.

``caller.phone`` says phone, ``order.number`` says a business's reference,
``llm.prompt`` says conversation content. The scanner asks once per key (cached); a
record's field names are asked the same way.
"""

from __future__ import annotations

from itertools import pairwise

from . import (
    banks,
    counter_keys,
    ids,
    io_content,
    ip_keys,
    name_records,
    provider_keys,
    push_tokens,
    record_keys,
    remembered,
    stack_keys,
)
from . import vocabulary as voc
from .items import STORAGE_KEY_TOKENS
from .key_memo import key_cache
from .places import business_key

__all__ = ["key_flags"]

_NON_CONTENT_PREFIXES = voc.DEV_PREFIXES | voc.words(
    """process telemetry service host os k8s container cloud deployment url server network
    net thread messaging faas browser device"""
)
#: Headers a proxy or CDN puts the caller's address in.
_CLIENT_IP_HEADERS = frozenset(("xforwardedfor", "realip", "xrealip", "cfconnectingip",
                                "connectingip", "trueclientip", "clientip", "xclientip",
                                "originatingip", "xoriginatingip",
                                "xenvoyexternaladdress"))  # fmt: skip
#: Last key words naming an identifier: a Luhn-valid number there is an id, not a card.
_ID_WORDS = frozenset(("id", "ids", "uuid", "guid", "traceid", "spanid", "parentid",
                       "requestid", "messageid", "sessionid", "correlationid"))  # fmt: skip
#: Key words of catalogue and order references: an SSN-shaped value there is a reference.
_REF_TOKENS = frozenset(("sku", "part", "partnumber", "serial", "item", "product", "catalog",
                         "catalogue", "invoice", "ticket", "tracking", "model", "ref",
                         "reference")) | STORAGE_KEY_TOKENS  # fmt: skip
#: Key words of what a business numbers, and the last words naming that number: a value
#: under ``order.number`` or ``reservation_id`` is the business's reference.
_REF_OWNERS = frozenset(("order", "booking", "reservation", "confirmation", "shipment",
                         "parcel", "receipt", "voucher", "claim", "case", "policy", "pedido",
                         "commande", "bestellung", "ordine", "reserva"))  # fmt: skip
_REF_ENDS = frozenset(("number", "numero", "no", "nr", "num", "id", "code", "ref"))
_NUMBER_WORDS = frozenset(("number", "numero", "número", "nummer", "num", "no", "nr"))
_ERROR_TEXT_TOKENS = frozenset(("body", "message", "msg", "response", "detail", "details", "text"))
#: Key words of a loyalty, gift or rewards card: its number or barcode is a shop's, no
#: payment card's even when its digits pass Luhn.
_LOYALTY_TOKENS = voc.words(
    "loyalty giftcard gift rewards reward barcode voucher clubcard stampcard"
)
#: Last key words naming a loyalty card's number (not ``gift.note``: a note is words).
_LOYALTY_ENDS = voc.words("number numero no nr num code barcode id card pin")
#: Key words of a meeting, and the last words naming its code: digits there dial into a
#: meeting, they are no one's phone number.
_MEETING_TOKENS = voc.words("meet meeting meetings zoom webex teams conference gotomeeting")
_MEETING_ENDS = voc.words("code id pin passcode number no nr")
#: Words of a thing's key that name only where the thing lives (``app.user.display_name``):
#: a person's word after them still owns the key.
_NAMESPACE_TOKENS = voc.words(
    "app application project org team company business organization organisation"
)
#: A user's profile owns its name, unless a thing's word is in the key (``voice.profile``).
_PERSON_OWNERS = voc.PERSON_TOKENS | {"profile"}
#: The segment before a last ``number`` that makes it an identity document's number (not
#: ``id``: ``caller_id.number`` is a phone's).
_DOCUMENT_TAILS = [[w] for w in ("document", "documents", "identity", "identification", "kyc")]


def _person_owns(every: list[str]) -> bool:
    """Whether a person owns a key's name: no thing's word after the last person's word.

    Namespace words (``app``, ``team``) before that word do not make it a thing's.
    """
    at = max((i for i, t in enumerate(every) if t in _PERSON_OWNERS), default=-1)
    if at < 0:
        return False
    before = voc.NOT_PERSON_TOKENS.intersection(every[:at]) - _NAMESPACE_TOKENS
    return not before and voc.NOT_PERSON_TOKENS.isdisjoint(every[at + 1 :])


#: A body's "contact" line is its own (``council.contact_phone``): no person's word there.
_BODY_CONTACT = voc.words("contact contacts contacto contato contatto kontakt")


def _public_body(every: list[str]) -> bool:
    """Whether a key names a public body's own detail: its word, and no person's."""
    return not voc.PUBLIC_BODY_TOKENS.isdisjoint(every) and not any(
        name_records.person_key(t) for t in every if t not in _BODY_CONTACT
    )


#: Last key words of a business's letterhead or imprint, whoever's key they are in.
_LETTERHEAD = voc.words("letterhead letterheads imprint impressum masthead colophon")
#: Last key words of a block of contact lines: a business's under an organisation's word.
_CONTACT_BLOCK = voc.words("footer footers contactblock contactline contactlines contactinfo")


def _letterhead(every: list[str], last: list[str]) -> bool:
    """Whether a key names a business's letterhead, imprint or contact footer."""
    word, joined = last[-1], "".join(last)
    if word in _LETTERHEAD or joined in _LETTERHEAD:
        return True
    in_block = word in _CONTACT_BLOCK or joined in _CONTACT_BLOCK
    return (
        in_block
        and not voc.ORG_PHONE_TOKENS.isdisjoint(every)
        and voc.PERSON_TOKENS.isdisjoint(every)
    )


@key_cache(maxsize=4096)
def key_flags(key: str) -> frozenset[str]:
    """What an attribute key says about its value: ``secret``, ``phone``, ``strong``..."""
    key = stack_keys.stack_key(key)  # ``lex.slots.Dob.value.originalValue``: by the slot
    segments = [s for s in key.split(".") if s and not s.isdigit()]
    if not segments:
        return frozenset()
    last = voc.key_tokens(segments[-1])
    if not last:
        # A last segment of punctuation only (``user.--``) says nothing of its value.
        return frozenset()
    every = voc.key_tokens(key)
    ends = {"".join(last[-n:]) for n in range(1, min(3, len(last)) + 1)}
    ends.add("".join(last))
    flags: set[str] = set()
    for name, vocabulary in (
        ("secret", voc.SECRET_KEYS),
        ("phone", voc.PHONE_KEYS),
        ("card", voc.CARD_KEYS),
        ("ssn", voc.SSN_KEYS),
        ("dob", record_keys.DOB_KEYS),
        ("address", record_keys.ADDRESS_KEYS),
    ):
        if ends & vocabulary:
            flags.add(name)
    if push_tokens.push_key(every, ends):
        flags.add("push")  # ``device.push_token``: a token shaped value is a secret
    if last[-1] in _NUMBER_WORDS and voc.CARD_KEYS.intersection(every[:-1]):
        flags.add("card")  # ``tarjeta.numero``, ``card.number``: the card's number
    if last and not voc.NON_POSTAL.intersection(every):
        # ``address``, and compounds in several languages (``lieferadresse``, ``katuosoite``),
        # unless the compound names a network or mail address (``emailaddress``).
        word = last[-1]
        for suffix in voc.ADDRESS_KEY_SUFFIXES:
            if word.endswith(suffix) and word[: -len(suffix)] not in voc.NON_POSTAL:
                flags.add("address")
                break
    if voc.TELEPHONY_TOKENS.intersection(every) and "".join(last) in voc.TELEPHONY_PHONE_TOKENS:
        flags.add("phone")
        flags.add("endpoint")  # ``twilio.to``: what the provider's API was given to dial
    if len(segments) > 1 and "".join(voc.key_tokens(segments[-2])[-1:] + last) in voc.PHONE_KEYS:
        flags.add("phone")  # ``phone.number``: the phone word one segment up
    # A DID (direct inward dialling number) is a line the business rents.
    phoneish = "phone" in flags or last[-1] in (
        "number",
        "line",
        "no",
        "num",
        "numbers",
        "did",
        "fax",
        "hotline",
        "helpline",
        "switchboard",
    )
    pairs = {a + b for a, b in pairwise(every)}
    if phoneish and (voc.ORG_PHONE_TOKENS.intersection(every) or pairs & voc.ORG_PHONE_TOKENS):
        # An organisation's own published line (``company.support_phone``): not personal.
        flags.discard("phone")
        flags.add("orgphone")
    if flags & {"phone", "address"} and _public_body(every):
        # An agency's published line or office (``ministry.office_address``), not a claimant's.
        flags |= {"orgphone"} if "phone" in flags else set()
        flags |= {"orgaddress"} if "address" in flags else set()
        flags -= {"phone", "address"}
    if "outbound" in every and ("callerid" in every or "callerid" in pairs):
        flags.discard("phone")  # the caller id the business dials out with: its own line
        flags.add("orgphone")
    if ends & voc.POSTCODE_KEYS:
        flags.add("postcode")
    if _letterhead(every, last):  # ``org.letterhead``: the business's lines and office
        flags -= {"phone", "address", "postcode"}
        flags |= {"orgphone", "orgaddress"}
    if flags & {"address", "postcode"} and business_key(every):
        flags -= {"address", "postcode"}  # ``store.address``: the business's own, published
        flags.add("orgaddress")
    person = ends & voc.NAME_KEYS or (
        last[-1] in voc.NAME_WORDS and voc.PERSON_TOKENS.intersection(every)
    )
    if (person and voc.NOT_PERSON_TOKENS.isdisjoint(every)) or ends & voc.PEOPLE_BY_ROLE_KEYS:
        flags.add("name")
    elif (person or last[-1] in voc.NAME_WORDS) and _person_owns(every):
        flags.add("name")  # ``app.user.display_name``, ``profile.displayName``
    stack_keys.add_stack_flags(flags, segments, every, last, ends)  # other stacks' spellings
    if not voc.EXAMPLE_TOKENS.isdisjoint(every):  # ``docs.example_key``: a documented one
        flags.discard("secret")
        flags.add("example")
    elif provider_keys.provider_key(every, last):
        flags.add("credkey")  # ``mailgun.key``: the provider's credential, by its value
    if remembered.transit_key(every, last):  # ``messaging.message.body``: a payload
        flags |= {"payload", "transit"}
        return frozenset(flags)
    if last[-1] in voc.PAYLOAD_TOKENS and voc.TOOL_TOKENS.intersection(every):
        # Patter promises tool payloads never leave the process: any value is a finding.
        flags.add("payload")
        return frozenset(flags)
    owner = voc.IP_OWNER_TOKENS.intersection(every) and last[-1] in voc.IP_VALUE_TOKENS
    owner = owner and not ip_keys.machine_named(every, voc.IP_OWNER_TOKENS)
    if owner or "forwarded" in every or ends & _CLIENT_IP_HEADERS or ip_keys.person_ip_key(every):
        flags.add("ip")
    if last[-1] in _ID_WORDS or "".join(last) in _ID_WORDS or counter_keys.counter_key(key):
        flags.add("idkey")  # also ``batch_seq``, ``interaction.number``: a count, not a card
    if _REF_TOKENS.intersection(every) or (
        _REF_OWNERS.intersection(every) and _REF_ENDS.intersection(last)
    ):
        flags.add("ref")  # "order.number", "booking_code"; not "order.notes"
    pairs_or_words = pairs | set(every)
    if _LOYALTY_TOKENS & pairs_or_words and last[-1] in _LOYALTY_ENDS:
        flags.discard("card")  # ``gift_card.number``, ``loyalty.card.barcode``
        flags.add("ref")
    if _MEETING_TOKENS & pairs_or_words and last[-1] in _MEETING_ENDS and "phone" not in flags:
        flags.add("ref")  # ``meet.code``, ``zoom.meeting_id``: dials into a meeting
    if ends & voc.NATIONAL_ID_KEYS or ids.names_id(segments[-1]):
        flags.add("national_id")
    elif (
        len(segments) > 1
        and last[-1] in _NUMBER_WORDS
        and "ref" not in flags
        and voc.key_tokens(segments[-2])[-1:] in _DOCUMENT_TAILS
    ):
        flags.add("national_id")  # ``kyc.document.number``: an identity document's
    if banks.bank_key(last, every):
        flags.add("bank")
    lowered = key.lower()
    before_last = voc.key_tokens(".".join(segments[:-1]))
    if lowered in voc.DEV_TEXT_KEYS or (
        # A provider's error body or message (``openai.error.body``) is developer text.
        voc.ERROR_TOKENS.intersection(before_last) and last[-1] in _ERROR_TEXT_TOKENS
    ):
        flags.add("dev")
        if lowered.endswith("stacktrace"):
            flags.add("stacktrace")
    elif segments[0].lower() not in _NON_CONTENT_PREFIXES and (
        voc.NON_CONTENT_TOKENS.isdisjoint(last) or remembered.described(every, last)
    ):
        # OpenInference puts content under input.value / output.value.
        io_value = last == ["value"] and len(segments) > 1 and segments[-2] in ("input", "output")
        if ends & voc.STRONG_CONTENT_KEYS:
            flags.add("strong")
        if remembered.memory_key(every, last):
            flags |= {"strong", "memory"}  # ``mem0.memory``: what the caller said, kept
        elif remembered.written_key(every, last):
            flags.add("strong")  # ``zendesk.ticket.comment``: written about the caller
        elif remembered.extracted_key(every, last):
            flags.add("payload")  # ``vapi.analysis.structuredData``: taken from the call
        if ends & voc.SYSTEM_PROMPT_KEYS:
            flags.add("strong")
            flags.add("sysprompt")
        elif ends & voc.WEAK_CONTENT_KEYS or io_value:
            flags.add("weak")
        if io_value or io_content.io_key(segments):
            flags.add("io")  # a span's whole input or output: any word is content
    return frozenset(flags)
