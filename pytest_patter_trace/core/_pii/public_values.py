"""Values a key says are published, not a person's: :func:`public_kinds`, :func:`without_public`.

- an organisation's mailbox under its key (``org.estate_agency.email``,
  ``company.billing.email``, ``clinic.contact_mail``): the business's own, like its
  published line (its address: :data:`.places.ORG_ADDRESS_TOKENS`);
- an address under a listing's key (``listing.location``): a home advertised to let or
  for sale;
- an e-mail at a domain reserved for documentation (``example.com``, ``*.example``,
  ``*.test``, RFC 2606) under an example's key (``docs.example.sender_email``).

A key naming a person as well (``org.member.email``, ``listing.owner.address``) keeps its
value personal.
"""

from __future__ import annotations

from . import vocabulary as voc
from .hit import Hit
from .key_memo import key_cache
from .places import LISTING_TOKENS

__all__ = ["public_kinds", "without_public"]

#: Key words of an organisation that owns a mailbox (the published-line words without the
#: ones a person may hold: an agent's, an assistant's, a tenant's).
_ORG_OWNERS = (
    voc.ORG_PHONE_TOKENS
    - voc.words("agent bot assistant tenant outbound did trunk ivr general public published")
) | voc.words(
    """agency agencies school council municipality ministry department university college
    lettings letting realty estateagent"""
)
#: Last key words naming an e-mail address.
_EMAIL_WORDS = voc.words(
    "email mail emailaddress mailaddress correo courriel eposta epost sähköposti мейл почта"
)
#: Domains reserved for documentation and tests (RFC 2606, RFC 6761).
_RESERVED_DOMAINS = ("example.com", "example.org", "example.net")
_RESERVED_TLDS = (".example", ".test", ".invalid", ".localhost")


@key_cache(maxsize=4096)
def public_kinds(key: str) -> frozenset[str]:
    """What a value under ``key`` holds as published: ``email``, ``address``, ``example``.

    ``example``: an e-mail there is the documentation's when its domain is reserved.
    """
    every = voc.key_tokens(key)
    if not every or not voc.PERSON_TOKENS.isdisjoint(every):
        # ``org.member.email``, ``listing.owner.address``: a person's; an example's still.
        mail = bool(every) and _mail_key(every) and not voc.EXAMPLE_TOKENS.isdisjoint(every)
        return frozenset(("example",)) if mail else frozenset()
    kinds: set[str] = set()
    if _mail_key(every):
        if not voc.EXAMPLE_TOKENS.isdisjoint(every):
            kinds.add("example")
        elif not _ORG_OWNERS.isdisjoint(every):
            kinds.add("email")
    if not LISTING_TOKENS.isdisjoint(every):  # ``listing.location``: a home advertised
        kinds.add("address")
    return frozenset(kinds)


def _mail_key(every: list[str]) -> bool:
    return every[-1] in _EMAIL_WORDS or "".join(every[-2:]) in _EMAIL_WORDS


def _reserved(address: str) -> bool:
    domain = address.rpartition("@")[2].strip(" <>\"'").lower()
    return domain.endswith(_RESERVED_TLDS) or any(
        domain == d or domain.endswith("." + d) for d in _RESERVED_DOMAINS
    )


def without_public(text: str, hits: list[Hit], kinds: frozenset[str]) -> list[Hit]:
    """``hits`` without those ``kinds`` (from :func:`public_kinds`) says are published."""
    return [
        h
        for h in hits
        if not (
            h.kind in kinds
            or (h.kind == "email" and "example" in kinds and _reserved(text[h.start : h.end]))
        )
    ]
