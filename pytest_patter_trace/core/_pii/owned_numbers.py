"""The business's own numbers under other voice stacks' keys: owned, claimed, campaign lines.

- A number the business owns, by the word a stack's number API uses for it: Amazon
  Connect's claimed numbers, numbers bought, provisioned or rented from a carrier
  (``connect.phone_number.claimed``, ``telnyx.purchased_number``).
- A stack's phone-number object: Vapi's ``phoneNumber`` and Retell's ``phone_number``
  (the line a call came in on or went out from; the person's is under ``customer``),
  Twilio's ``IncomingPhoneNumber`` (a number the account holds).
- The ``from`` or caller id of an outbound campaign, batch or dialer: the business calls.
- The ``from`` / ``to`` of other stacks (Bland, Vapi, Retell...) are a call's ends like
  Twilio's (:data:`STACK_TOKENS`): a toll-free or premium line there is the business's.

With none of these words, a number stays a finding: a missed caller's number costs more
than a false hit.

Kept by hand: the stacks' own field names, from their API references.
"""

from __future__ import annotations

from .vocabulary import words

__all__ = ["STACK_TOKENS", "owned_number_key"]

#: Voice stacks whose ``from`` / ``to`` keys name a call's ends, besides the carriers'.
STACK_TOKENS = words(
    """bland vapi retell signalwire sinch exotel infobip messagebird bandwidth plivo
    telnyx vonage nexmo asterisk freeswitch kamailio opensips genesys five9 telephony pbx
    livekit jambonz"""
)
#: Words a stack's number API uses for the numbers a business holds.
_OWNED = words("claimed owned purchased provisioned rented leased bought ported")
#: Words of a number in a key.
_NUMBER_WORDS = words("phone number numbers did line lines e164 msisdn")
#: Stacks whose call object names the business's line ``phoneNumber`` (Vapi's, Retell's).
_LINE_OBJECT_STACKS = words("vapi retell")
#: A stack's resource of the numbers an account holds, as one segment (Twilio's).
_HELD_RESOURCES = frozenset(("incomingphonenumber", "incomingphonenumbers"))
#: Key words of calls the business places in bulk.
_CAMPAIGN = words("campaign campaigns batch batches broadcast dialer autodialer outreach blast")
#: Last key words naming the calling end.
_CALLING_ENDS = words("from fromnumber caller callerid callernumber fromphone fromphonenumber")
#: Key words of a person, whose number a key names however it is spelled.
_PERSON = words(
    """customer caller callee user contact client patient lead member recipient person
    lookup cnam"""
)


def owned_number_key(segments: list[str], every: list[str], last: list[str]) -> bool:
    """Whether a key names a number the business itself holds (see the module's list).

    Args:
        segments: the key's dotted segments.
        every: its lower-case words.
        last: the words of its last segment.
    """
    joined = "".join(last)
    if not _CAMPAIGN.isdisjoint(every) and joined in _CALLING_ENDS:
        return True  # checked before the person words: "caller_id" is the calling end
    if not _PERSON.isdisjoint(every) or _NUMBER_WORDS.isdisjoint(every):
        return False
    if not _OWNED.isdisjoint(every):
        return True
    inner = [s.replace("_", "").casefold() for s in segments[:-1]]
    if not _HELD_RESOURCES.isdisjoint(inner):
        return True
    # ``vapi.phoneNumber.number``: the object's field, not a bare ``phoneNumber`` key.
    return not _LINE_OBJECT_STACKS.isdisjoint(every) and "phonenumber" in inner
