"""An IP address its owner tells ("my public IP is ..."), and log lines pasted in a payload.

An address said to be the speaker's own is theirs whatever range it is in: a VPN exit or
a cloud desktop's address is still the one the person is seen from. The words between
the possessive and "IP" may not name a server ("my VPN server's IP" is the server's).

A web server's access-log line starts with the client's address; pasted into a tool's
arguments it starts a JSON string, a list item or a line after an escaped line break,
not the whole value.

Kept by hand: no library says whose an address is.
"""

from __future__ import annotations

import re

__all__ = ["log_line_addresses", "told_own"]

#: A possessive, up to two words, then "IP" (or a language's word for its address), then
#: a few words up to the address: "my public IP is", "Mon adresse IP est", "Meine
#: öffentliche IP-Adresse lautet", "O meu IP é", "我的IP是".
_OWN_IP = re.compile(
    r"(?i)(?:\b(?:my|mi|mon|ma|meine?|meu|minha|mio|mia|mijn|moje|mój|мой)"
    r"((?:\s+[^\W\d_]+){0,2}?)\s+|我的|我们的)"
    r"(?:ip\b|ip-|ipv[46]\b|adresse\s+ip\b|direcci[óo]n\s+ip\b|endere[çc]o\s+(?:de\s+)?ip\b"
    r"|indirizzo\s+ip\b|ip地址|ip)"
    r"[^\d\n]{0,25}$"
)


#: Words between the possessive and "IP" naming a machine of theirs that serves others
#: ("my website's IP", "my DNS server's IP"): its address is no person's. A VPN or a
#: router stays: the person is seen from its address.
_NOT_MINE = re.compile(
    r"(?i)\b(?:servers?|website|site|domain|dns|resolver|proxy|host|mail|smtp|gateway|nas"
    r"|printer|camera|cluster|database|db|api|app|bot|shop|store)\b"
)


def told_own(before: str) -> bool:
    """Whether the words right before an address say it is the speaker's own."""
    if "p" not in before and "P" not in before:
        return False
    m = _OWN_IP.search(before)
    if m is None:
        return False
    return _NOT_MINE.search(m.group(1) or "") is None


#: An access log line (Common/Combined Log Format): the client's address, ident, user, then
#: [time (or the request, in a format without the time), at the value's start, after a
#: line break, a quote or an escaped line break. Kept by hand: only the first field
#: matters, a log parser would add a dependency for it.
_LOG_LINE = re.compile(
    r"(?:^|(?<=[\n\"'\[,])|(?<=\\n))\s*([0-9A-Fa-f.:]{7,39}) (?:-|\S+) (?:-|\S+) "
    r"(?:\[\d|\\?\"(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|CONNECT) /)"
)


def log_line_addresses(text: str) -> list[re.Match[str]]:
    """The client addresses of access-log lines in ``text`` (group 1 of each match).

    A line starting the value is read whatever its ident and user fields; further lines
    only when the text holds an unknown field (`` - ``), every logger's usual line.
    """
    if " - " not in text:
        first = _LOG_LINE.match(text)
        return [first] if first is not None else []
    return list(_LOG_LINE.finditer(text))
