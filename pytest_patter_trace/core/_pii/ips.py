"""A person's IP address: under an IP key, after a word naming a client, in an access log.

Addresses of servers, resolvers, providers and the documentation ranges are no one's.
"""

from __future__ import annotations

import ipaddress
import re

from . import patterns as pat
from .hit import Hit
from .mask import MASKERS
from .number_gates import dotted_digits_hint
from .peer import edge_address
from .said_ips import log_line_addresses, told_own

__all__ = ["find_ips"]

_DOCUMENTATION_NETS = tuple(
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
)


def _personal_ip(text: str) -> bool:
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return False
    # RFC 5737 / RFC 3849 documentation ranges are what tests and docs plant: no one's.
    if any(addr in net for net in _DOCUMENTATION_NETS if net.version == addr.version):
        return False
    return addr.is_global


#: Words before an address in a developer message that make it a client's: limits and
#: refusals apply to callers ("rate limit exceeded for", "too many attempts by").
#: Kept by hand, like every context word here: no library says whose an address is.
_CLIENT_LIMIT_BEFORE = re.compile(
    r"(?i)\b(?:rate[ -]?limit(?:ed|ing)?(?: exceeded)?|exceeded|too many \w+|denied|rejected"
    r"|forbidden|unauthori[sz]ed|throttling|limited|quota(?: exceeded)?|session|websocket"
    r"|web call|browser|caller's|client's)\s+(?:for|from)?\s*[\[(]?$"
)
#: A connection event right after an address (and port): a server log naming the client.
_CLIENT_EVENT_AFTER = re.compile(
    r"\]?(?::\d{1,5})?\)?:?\s+(?:dis)?connected\b|\]?(?::\d{1,5})?\)?\s+(?:hung up|joined"
    r"|left the call)\b"
)


#: The sent-by host of a SIP ``Via`` header, or the address its ``received`` parameter
#: records (RFC 3261 18.2.1): the user agent that sent the request, a caller's phone.
_SIP_SENT_BY = re.compile(r"(?i)(?:SIP/2\.0/(?:UDP|TCP|TLS|SCTP|WSS?)\s+|[;\s]received=)$")


def _client_in_message(text: str, start: int, end: int) -> bool:
    """A developer message naming an address as a client's, by the words around it."""
    if _CLIENT_LIMIT_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True
    return _CLIENT_EVENT_AFTER.match(text, end) is not None


def find_ips(text: str, flags: frozenset[str], hits: list[Hit]) -> None:
    """Add a person's IP address: under an IP key, or after a word naming a client.

    In a WebRTC ICE candidate every public address is the peer's (``typ srflx``).
    """
    keyed = "ip" in flags or ("candidate" in text and " typ " in text)
    # A web server's access log line starts with the client's address; so do lines
    # pasted in a payload's string.
    for line in log_line_addresses(text):
        if _personal_ip(line.group(1)):
            hits.append(Hit("ip", *line.span(1), MASKERS["ip"](line.group(1))))
    found = list(pat.IPV4.finditer(text)) if dotted_digits_hint(text) else []
    if text.count(":") >= 2:
        found += list(pat.IPV6.finditer(text))
    sip = "SIP/2.0/" in text or "received=" in text
    for m in found:
        before = text[max(0, m.start() - 40) : m.start()]
        sent_by = sip and _SIP_SENT_BY.search(before) is not None
        if sent_by and _personal_ip(m.group()) and not edge_address(m.group()):
            hits.append(Hit("ip", m.start(), m.end(), MASKERS["ip"](m.group())))
            continue
        if told_own(before) and _personal_ip(m.group()):  # "my public IP is ...": theirs
            hits.append(Hit("ip", m.start(), m.end(), MASKERS["ip"](m.group())))
            continue
        request = pat.REQUEST_AFTER.match(text, m.end()) is not None  # "<ip> POST /voice"
        if (
            not keyed
            and not request
            and not (pat.IP_CONTEXT.search(before) or pat.IP_MESSAGE_CONTEXT.search(before))
            and not _client_in_message(text, m.start(), m.end())
        ):
            continue
        # A server's, resolver's or proxy's address, a version or an OID: not a person's.
        if not keyed and (pat.SERVER_WORDS.search(before) or pat.VERSION_WORDS.search(before)):
            continue
        if not keyed and pat.PROVIDER_AFTER.match(text, m.end()):
            continue  # "54.172.60.1 is in the Twilio allowlist", "66.249.66.1 (Googlebot)"
        if _personal_ip(m.group()):
            hits.append(Hit("ip", m.start(), m.end(), MASKERS["ip"](m.group())))
