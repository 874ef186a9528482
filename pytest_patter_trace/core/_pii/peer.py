"""Whose address a peer key holds: the caller's, or a server's the process called.

OpenTelemetry's ``net.peer.ip``, ``network.peer.address`` and ``server.address`` name
the other end of a connection. On a SERVER span that is the caller; on a CLIENT or
PRODUCER span it is the provider or cloud edge the process called, no one's data.

Kept by hand: no maintained list of provider and cloud edge ranges installs from the
package index for offline use (``awsipranges`` downloads AWS's list at run time and
covers one cloud; ``cloud-ips`` has not been updated since 2021), and a span's kind says
which end an address is without any list.
"""

from __future__ import annotations

import re

__all__ = ["server_peer"]

#: Key words naming the other end of a connection, or the server.
_PEER_KEY = re.compile(r"(?i)(?:^|[._])(?:peer|server|destination)(?:[._]|$)")
_OUTGOING_KINDS = frozenset(("CLIENT", "PRODUCER"))


def server_peer(key: str, span_kind: str) -> bool:
    """Whether ``key`` on a span of ``span_kind`` holds the address of a server called."""
    return span_kind in _OUTGOING_KINDS and _PEER_KEY.search(key) is not None
