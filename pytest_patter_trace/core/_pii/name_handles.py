"""A person's name written as an account handle under a user's key: ``enduser.id``.

Identity providers and CRMs make user ids from names ("ana.ruiz", "t_okonkwo"); under a
key that holds a user's id, name or login, or a resource's owner, such a handle is the
person's name. A service account's handle ("svc.billing", "front_desk") is none: a
part that is a word of systems and roles leaves the value alone.

Kept by hand: no package tells a person's handle from a service account's; the
semantic conventions name the keys (``enduser.id``, ``user.name``) but not their values.
"""

from __future__ import annotations

import re

from . import vocabulary as voc
from .hit import Hit
from .mask import mask_name

__all__ = ["handle_hit"]

#: Keys, folded, whose value is a user's id, name or login, or an owner's.
_USER_KEY = re.compile(
    r"(?:^|\.)(?:enduser\.(?:id|name|pseudo\.id)|user\.(?:id|name|login|username|handle)"
    r"|username|user_name|user_id|userid|login|owner|author|assignee|created_by|updated_by"
    r"|modified_by|(?:service|deployment|resource)\.owner)$"
)
#: "ana.ruiz", "ana_ruiz", "a.ruiz": two parts of letters, or an initial and a surname.
_HANDLE = re.compile(r"([^\W\d_]{2,})[._]([^\W\d_]{2,})|([^\W\d_])\.([^\W\d_]{3,})")
#: Words of systems, roles and places that make a handle a service account's.
_SYSTEM_WORDS = voc.words(
    """admin administrator root system sys service svc bot bots api app apps user users
    guest anonymous anon unknown default noreply no reply support help helpdesk billing
    sales team voice agent agents caller demo dev test tests testing prod staging stage
    ops devops info contact web mobile ios android front desk reception clinic bridge
    gateway worker job cron batch scheduler internal external public private local
    remote primary secondary backup main read write only line lines queue inbound
    outbound ivr call calls bookings booking orders order shop store office group
    platform infra integration integrations account accounts owner owners operator
    operators dispatch security monitor monitoring alerts alert notifications data"""
)


def handle_hit(key: str | None, text: str, stripped: str) -> Hit | None:
    """A name hit over the whole of ``text`` when it is a person's handle under ``key``."""
    if key is None or len(stripped) > 64 or not _USER_KEY.search(key.lower()):
        return None
    m = _HANDLE.fullmatch(stripped)
    if m is None or stripped.isupper():
        return None
    parts = [p.casefold() for p in m.groups() if p is not None]
    if any(p in _SYSTEM_WORDS for p in parts):
        return None
    start = text.index(stripped[0])
    return Hit(
        "name",
        start,
        start + len(stripped),
        mask_name(stripped.replace("_", " ").replace(".", " ")),
    )
