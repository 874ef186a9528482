"""Whose address a peer key holds: the caller's, or a server's the process called.

OpenTelemetry's ``net.peer.ip``, ``network.peer.address`` and ``server.address`` name
the other end of a connection. On a CLIENT or PRODUCER span that is the provider or
cloud edge the process called, no one's data. On any other span it is the caller,
unless the address is a CDN's or a cloud's published edge: then the far end is that
edge (a proxy in front of the server, or the API the process called), not a person.
``client.address`` and the forwarding headers name the original caller and are not
peer keys: an edge address there (a CDN's VPN egress) is still a person's.

Kept by hand: no maintained list of provider and cloud edge ranges installs from the
package index for offline use (``cloudcheck`` fetches its database at run time,
``awsipranges`` downloads AWS's list at run time and covers one cloud, ``cloud-ips`` has
not been updated since 2021). The ranges below are the providers' own published lists,
cut to the edges a voice agent talks to; a span's kind settles the rest without a list.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache

__all__ = ["edge_address", "server_peer"]

#: Key words naming the other end of a connection, or the server.
_PEER_KEY = re.compile(r"(?i)(?:^|[._])(?:peer|server|destination)(?:[._]|$)")
_OUTGOING_KINDS = frozenset(("CLIENT", "PRODUCER"))

#: Published edge networks: Cloudflare (cloudflare.com/ips), Fastly (its public IP list),
#: Google's own front ends (not Google Cloud customers), Amazon CloudFront and AWS
#: service endpoints (ip-ranges.json, CLOUDFRONT and AMAZON-only blocks, no EC2), Azure
#: Front Door, Akamai, and Twilio's voice signalling and media edges (its allowlist docs).
_EDGE_NETWORKS = """
173.245.48.0/20 103.21.244.0/22 103.22.200.0/22 103.31.4.0/22 141.101.64.0/18
108.162.192.0/18 190.93.240.0/20 188.114.96.0/20 197.234.240.0/22 198.41.128.0/17
162.158.0.0/15 104.16.0.0/13 104.24.0.0/14 172.64.0.0/13 131.0.72.0/22
2400:cb00::/32 2606:4700::/32 2803:f800::/32 2405:b500::/32 2405:8100::/32
2a06:98c0::/29 2c0f:f248::/32
23.235.32.0/20 43.249.72.0/22 103.244.50.0/24 103.245.222.0/23 103.245.224.0/24
104.156.80.0/20 140.248.64.0/18 140.248.128.0/17 146.75.0.0/17 151.101.0.0/16
157.52.64.0/18 167.82.0.0/17 167.82.128.0/20 167.82.160.0/20 167.82.224.0/20
172.111.64.0/18 185.31.16.0/22 199.27.72.0/21 199.232.0.0/16
2a04:4e40::/32 2a04:4e42::/32
142.250.0.0/15 172.217.0.0/16 172.253.0.0/16 216.58.192.0/19 216.239.32.0/19
74.125.0.0/16 64.233.160.0/19 66.102.0.0/20 108.177.0.0/17 173.194.0.0/16
209.85.128.0/17 72.14.192.0/18
2607:f8b0::/32 2a00:1450::/32 2404:6800::/32 2800:3f0::/32 2c0f:fb50::/32 2001:4860::/32
13.32.0.0/15 13.224.0.0/14 13.249.0.0/16 18.64.0.0/14 18.154.0.0/15 18.160.0.0/15
18.164.0.0/15 18.172.0.0/15 52.84.0.0/15 54.182.0.0/16 54.192.0.0/16 54.230.0.0/16
54.239.128.0/18 54.240.128.0/18 64.252.64.0/18 65.8.0.0/16 65.9.0.0/17 70.132.0.0/18
99.84.0.0/16 99.86.0.0/16 108.138.0.0/15 108.156.0.0/14 143.204.0.0/16 205.251.192.0/19
2600:9000::/28
52.94.0.0/16 52.95.0.0/16 52.92.0.0/16 52.216.0.0/15 54.231.0.0/16 16.182.0.0/16
3.5.0.0/19
13.107.0.0/16 2620:1ec::/36
23.32.0.0/11 23.192.0.0/11 2.16.0.0/13 104.64.0.0/10 184.24.0.0/13
54.172.60.0/23 34.203.250.0/23 54.244.51.0/24 54.171.127.192/26 52.215.127.0/24
35.156.191.128/25 3.122.181.0/24 54.65.63.192/26 3.112.80.0/24 54.169.127.128/26
3.1.77.0/24 54.252.254.64/26 3.104.90.0/24 177.71.206.192/26 18.228.249.0/24
168.86.128.0/18
"""


@lru_cache(maxsize=1)
def _edges() -> tuple[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...], ...]:
    nets = [ipaddress.ip_network(n) for n in _EDGE_NETWORKS.split()]
    return tuple(n for n in nets if n.version == 4), tuple(n for n in nets if n.version == 6)


def edge_address(text: str) -> bool:
    """Whether ``text`` is an address in a CDN's or cloud's published edge network."""
    try:
        addr = ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return False
    v4, v6 = _edges()
    return any(addr in net for net in (v4 if addr.version == 4 else v6))


def server_peer(key: str, span_kind: str, address: str | None = None) -> bool:
    """Whether ``address`` under ``key`` on a span of ``span_kind`` is a server's.

    Without ``address``: whether any address under ``key`` is, by the span's kind alone.
    """
    if _PEER_KEY.search(key) is None:
        return False
    return span_kind in _OUTGOING_KINDS or (address is not None and edge_address(address))
