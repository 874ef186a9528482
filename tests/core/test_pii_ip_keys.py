"""A person's IP address by its key: where they logged in, signed up, were last seen from.

The key's words say whose the address is, in snake, camel or dotted form: the nearest
owner or machine word before the address word decides. Servers', proxies', edges' and
carriers' addresses stay clean, and so do private and documentation ranges.
"""

from __future__ import annotations

import pytest
from _builders import span

from pytest_patter_trace.checks.pii import find_pii


def _kinds(key: str, value: object) -> set[str]:
    found = find_pii([span("getpatter.call", 2, attributes={key: value})], content="allow")
    return {f.kind for f in found}


PERSON_KEYS = [
    "account.last_login_ip",
    "lastLoginIp",
    "last.login.ip",
    "user.signup.ip",
    "signupIP",
    "registrationIPAddress",
    "crm.registration_ip_address",
    "device.ip",
    "deviceIpV4",
    "last_seen_ip",
    "profile.lastSeenIp",
    "customer.ip_at_signup",
    "member.logon_ip",
    "auth.signin_ip",
    "subscriber.ip",
    "guest.wifi.ip",
    "visitor_ip_address",
    "requester.ip",
]


@pytest.mark.parametrize("key", PERSON_KEYS)
def test_an_address_under_a_person_key_is_theirs(key: str) -> None:
    assert "ip" in _kinds(key, "81.2.69.160")
    assert "ip" in _kinds(key, "2a02:c7f:8a14:5e00:1d3b:77ff:fe21:9c0a")


MACHINE_KEYS = [
    "login.server_ip",
    "signup.proxy_ip",
    "device.gateway_ip",
    "registration.edge_ip",
    "login.upstream.ip",
    "carrier.ip",
    "sip.trunk_ip",
    "media.relay_ip",
]


@pytest.mark.parametrize("key", MACHINE_KEYS)
def test_an_address_under_a_machine_key_stays_clean(key: str) -> None:
    assert "ip" not in _kinds(key, "81.2.69.160")


@pytest.mark.parametrize("value", ["10.4.2.19", "192.168.1.20", "203.0.113.9", "2001:db8::7"])
def test_private_and_documentation_ranges_stay_clean(value: str) -> None:
    assert "ip" not in _kinds("account.last_login_ip", value)


@pytest.mark.parametrize("key", ["participant.sfu_ip", "caller.mcu.ip", "user.turn_server_ip"])
def test_a_media_server_beside_a_person_stays_clean(key: str) -> None:
    assert "ip" not in _kinds(key, "81.2.69.160")


def test_a_person_key_in_a_payload_holds_their_address() -> None:
    record = '{"user_id": "u_81", "lastLoginIp": "81.2.69.160", "plan": "pro"}'
    assert "ip" in _kinds("crm.lookup.result", record)
    assert "ip" not in _kinds("crm.lookup.result", '{"login_server_ip": "81.2.69.160"}')
