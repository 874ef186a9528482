"""Whose address an IP key names: a person's (``last_login_ip``) or a machine's.

Apps record the address a person logged in, signed up or was last seen from
(``account.last_login_ip``, ``lastLoginIp``, ``user.signup.ip``, ``registrationIPAddress``,
``customer.ip_at_signup``). The key's words say whose the address is: the word nearest
before the address word that names an owner (a person, their device, their sign-in) or a
machine (a server, a proxy, an edge, a carrier's trunk) decides, so ``login.server_ip``
is a server's and ``device.gateway_ip`` a gateway's. After the address word (``ip_at_signup``)
the owner may follow. Private and documentation ranges are told apart by the address
itself (:mod:`.ips`).

Kept by hand: no library says whose an address a key names.
"""

from __future__ import annotations

from . import vocabulary as voc

__all__ = ["machine_named", "person_ip_key"]

#: The words of a key naming an address.
_ADDRESS_WORDS = voc.words("ip ips ipaddress ipaddr ipv4 ipv6 ipv")
#: Words naming whose the address is: a person, their device, their sign-in or visit.
_OWNER_WORDS = voc.words(
    """login logins logon signin signon signup registration registered register
    lastlogin lastseen seen visit visitor device devices client remote source src user
    users caller enduser customer member subscriber guest account requester requestor
    patient tenant player buyer shopper applicant contact lead respondent participant
    browser phone mobile handset"""
)
#: Words naming a machine that serves others: an address there is no one's.
_MACHINE_WORDS = voc.words(
    """server servers srv host hostname node pod container edge proxy lb loadbalancer
    balancer gateway gw carrier trunk sbc upstream backend origin relay turn stun nat dns
    resolver nameserver cdn pop media rtp sip peer local private internal bind listen
    listener router bridge cluster database db broker smtp mail vpn tunnel ingress egress
    webhook api service provider pbx sfu mcu ice datacenter dc region"""
)
#: Two words that name an owner together (``sign_in``, ``last_seen``, ``end_user``).
_OWNER_PAIRS = voc.words("signin signon signup logon lastlogin lastseen enduser")


def person_ip_key(every: list[str]) -> bool:
    """Whether a key's words (``voc.key_tokens``) name a person's address."""
    if every[-2:-1] == ["ip"] and every[-1] in ("v4", "v6"):
        every = every[:-1]  # ``deviceIpV4``: the version is part of the address word
    at = next((i for i in range(len(every) - 1, -1, -1) if every[i] in _ADDRESS_WORDS), -1)
    if at < 0:
        return False
    if at < len(every) - 1 and every[-1] not in _OWNER_WORDS and every[-1] != "address":
        return False  # ``ip.country``, ``ips.count``: something about the address
    for i in range(at - 1, -1, -1):
        word = every[i]
        if word in _MACHINE_WORDS:
            return False
        if word in _OWNER_WORDS or (i > 0 and every[i - 1] + word in _OWNER_PAIRS):
            return True
    # ``ip_at_signup``, ``ip.last_login``: the owner after the address word.
    after = every[at + 1 :]
    return not _MACHINE_WORDS.intersection(after) and not _OWNER_WORDS.isdisjoint(after)


def machine_named(every: list[str], owners: frozenset[str]) -> bool:
    """Whether a machine's word stands between a key's last owner word and its address word.

    ``user.turn_server_ip``, ``caller.mcu.ip``: the server's address, beside a person's
    word. ``owners``: the words that make a key's address a client's.
    """
    at = next((i for i in range(len(every) - 1, -1, -1) if every[i] in _ADDRESS_WORDS), -1)
    for word in reversed(every[:at] if at > 0 else []):
        if word in owners:
            return False
        if word in _MACHINE_WORDS:
            return True
    return False
