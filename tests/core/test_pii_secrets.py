"""Cloud keys under their header or field names, connection strings, SIP credentials, and
SIP URIs that are no person's mailbox.

Every key and password here is random, made for these tests; hosts are RFC 2606 names.
"""

from __future__ import annotations

import pytest
from _builders import span

from pytest_patter_trace.checks.pii import find_pii
from pytest_patter_trace.core.model import SpanRecord


def _span(key: str, value: object) -> SpanRecord:
    return span("getpatter.call", 2, attributes={key: value})


def _kinds(key: str, value: object) -> set[str]:
    return {f.kind for f in find_pii([_span(key, value)], content="allow")}


SECRETS = {
    "apim_header": (
        "http.request.header.ocp-apim-subscription-key",
        ["5e1c09b7a4d24f6e8b13c7d90a2f6e44"],
    ),
    "speech_key_field": ("azure.speech.subscription_key", "c7a41e9d02b84f55a3e6d1709b2c48fa"),
    "apim_in_text": (
        "log.message",
        "GET /tts Ocp-Apim-Subscription-Key: 9b2e7c41d05a4f3e86c1a7d4e0f95b32 returned 401",
    ),
    "account_key": (
        "db.connection_string_redacted",
        "DefaultEndpointsProtocol=https;AccountName=callrecs;AccountKey="
        "q7Vb3nK0x9LmPz2R8sT4uW6yA1cE5gH7jJ9kL0mN2pQ4rS6tU8vX0zB2dF4hJ6kL8nP0qR2sT4vX6zA8cE1+Qw==;"
        "EndpointSuffix=core.windows.net",
    ),
    "shared_access_key": (
        "messaging.config",
        "Endpoint=sb://voicebus.servicebus.windows.net/;SharedAccessKeyName=send;"
        "SharedAccessKey=Zr4x8QpL2mN6vB0cT5yH9kJ3wE7uA1sD4fG8hK2lM6o=",
    ),
    "sip_uri_password": ("sip.register.uri", "sip:2047:Hq8vTz3LmR6p@pbx.example.org"),
    "sips_uri_password": (
        "sip.contact",
        "<sips:frontdesk:V9c2Kx7Ld4Wq@sip.example.com;transport=tls>",
    ),
    "sip_digest": (
        "sip.header.authorization",
        'Digest username="2047", realm="pbx.example.org", nonce="84f1c1ae6cbe5ua9",'
        ' uri="sip:pbx.example.org", response="6629fae49393a05397450978507c4ef1"',
    ),
    "sip_secret_field": ("log.message", "registering trunk with secret=Wm4Tq9Lz2Rx7 on udp"),
    "aws_secret_assigned": (
        "process.env_dump",
        "aws_secret_access_key = pR7vK2xQ9mL4tW8zN3bC6dF1gH5jA0sE+uY/iO2w",
    ),
    "client_secret_assigned": ("log.message", "oauth client_secret: Vq8Xr2Lm9Tz4Np7Kw3Yb"),
    "telnyx_key": (
        "log.message",
        "dialling out with KEY01A9F3C7D2E8B4A6C1D0E9F8A7B6C5D4E3_Rk4Lm8Np2Qs6Tv9Wx3Yz",
    ),
}


@pytest.mark.parametrize(("key", "value"), list(SECRETS.values()), ids=list(SECRETS))
def test_cloud_keys_and_sip_credentials_are_secrets(key: str, value: object) -> None:
    kinds = _kinds(key, value)
    assert "secret" in kinds
    assert "email" not in kinds


SIP_NOT_EMAIL = {
    "anonymous": ("sip.from", "<sip:anonymous@anonymous.invalid>;tag=a81f2c"),
    "withheld": ("sip.from", '"Restricted" <sip:restricted@trunk.example.net>;tag=77b1'),
    "trunk_user": ("sip.to", "<sip:inbound-trunk@carrier.example.com>"),
    "extension": ("sip.request_uri", "sip:4410@pbx.example.com;transport=udp"),
    "server_uri": ("sip.header.route", "<sip:edge1.example.net;lr>"),
    "unknown": ("sip.from", "<sip:unknown@192.0.2.10>;tag=99ac"),
}


@pytest.mark.parametrize(("key", "value"), list(SIP_NOT_EMAIL.values()), ids=list(SIP_NOT_EMAIL))
def test_sip_uris_of_servers_trunks_and_withheld_callers_are_clean(key: str, value: str) -> None:
    assert _kinds(key, value) == set()


def test_a_callers_number_in_a_sip_uri_is_a_phone() -> None:
    assert _kinds("sip.from", "<sip:+14155550132@trunk.example.net>;tag=1a2b") == {"phone"}


def test_a_persons_sip_address_is_still_an_email() -> None:
    # A SIP address of a named person reaches that person, like an e-mail address does.
    assert "email" in _kinds("sip.from", "<sip:dorota.wiesniewska@example.com>;tag=3c4d")


NOT_SECRETS = {
    "hex_trace_id": ("trace.parent_id", "5e1c09b7a4d24f6e8b13c7d90a2f6e44"),
    "account_name_only": (
        "storage.config",
        "DefaultEndpointsProtocol=https;AccountName=callrecs;EndpointSuffix=core.windows.net",
    ),
    "key_name_only": ("messaging.config", "SharedAccessKeyName=send;EntityPath=calls"),
    "digest_challenge": (
        "sip.header.www_authenticate",
        'Digest realm="pbx.example.org", nonce="84f1c1ae6cbe5ua9", algorithm=MD5',
    ),
    "subscription_key_masked": ("http.request.header.ocp-apim-subscription-key", "****"),
}


MESSAGE_IDS = {
    "header_in_log": ("log.message", "Message-ID: <20261206.7781.qz@mx.example.net> queued"),
    "random_local": ("smtp.reply_to_id", "<Bq7Lm2Xr9Tz4Np8Kw3Yc5Vd1@mx.example.net>"),
}


@pytest.mark.parametrize(("key", "value"), list(MESSAGE_IDS.values()), ids=list(MESSAGE_IDS))
def test_a_message_id_is_no_mailbox(key: str, value: str) -> None:
    assert _kinds(key, value) == set()


def test_a_mailbox_with_digits_is_still_an_email() -> None:
    assert _kinds("log.message", "refund sent to marta.nowak1987@example.org") == {"email"}


@pytest.mark.parametrize(("key", "value"), list(NOT_SECRETS.values()), ids=list(NOT_SECRETS))
def test_ids_names_and_challenges_are_no_secret(key: str, value: str) -> None:
    assert _kinds(key, value) == set()
