"""Values a key names: push tokens, a device's public address, display names, tax and
national identifiers, and the look-alikes under their own keys that are none of these.

Each case is one value in one span; ``find_pii`` is the real detector. Every value is
invented here (random tokens, numbers built with python-stdnum's check digits, addresses
outside the documentation ranges that belong to no one in particular).
"""

from __future__ import annotations

import json

import pytest
from _builders import span

from pytest_patter_trace.checks.pii import find_pii
from pytest_patter_trace.core._pii.attribute_keys import key_flags


def _kinds(key: str, value: object, *, content: str = "allow") -> set[str]:
    found = find_pii([span("getpatter.call", 2, attributes={key: value})], content=content)
    return {f.kind for f in found} - {"free_text", "tool_payload"}


MODES = pytest.mark.parametrize("content", ["forbid", "allow"])

# -- push-notification tokens -------------------------------------------------------------

FCM = (
    "R-DtrGmC2mqnXUEvX3NdjC:APA91bRQMAAfPT8Pj82QPeMQcdoMtpahuYsaomq0Jxf6jJzBhGgFMb-UpHjFiIrl63"
    "bVDaf32dN3L37kKL5z8ScMm1uvoHOrj6qH0QJ7USGzOrnAEJzC9TYJytUWPW6aQx2LlnP53RP_"
)
#: The newer registration token: no ``APA91b`` after the colon.
FCM_NEW = (
    "4w8XXmuUMk74lOW-ksKuVn:YwhuKLGSB3SY3l4CPV3dqgmdtpyUx2Pw7gSWDcBoRIGlY_Va5Z0gKz70NmZOp2r0vN"
    "T4LRJxn4rkVQtmOgWZx4PvwRQwQqlun5lMD8oHCf2ZejRY9_3zpJMcM8TdXjbNM1sr2VqIzGWg"
)
APNS = "a7b81a0db3b6a2ae5126c6692d97ba1e6085464cc4deae6b4b204407c36266f0"
EXPO = "ExponentPushToken[Y2kjvW7zbpLwwjrQZNLW2S]"

PUSH_TOKENS = {
    "fcm_device": ("device.push_token", FCM),
    "fcm_bare_key": ("fcm_token", FCM_NEW),
    "fcm_camel": ("user.fcmToken", FCM),
    "fcm_registration": ("notifications.registration_id", FCM),
    "gcm_registration": ("android.gcm.registration_id", FCM_NEW),
    "apns": ("apns.device_token", APNS),
    "apns_upper": ("ios.push.device_token", APNS.upper()),
    "apns_camel": ("device.apnsToken", APNS),
    "expo_key": ("expo.push_token", EXPO),
    "expo_short_form": ("mobile.pushToken", "ExpoPushToken[mQ8r1VvXk2ZlT0aPq4yBcD]"),
}


@MODES
@pytest.mark.parametrize(("key", "value"), list(PUSH_TOKENS.values()), ids=list(PUSH_TOKENS))
def test_push_token_under_its_key_is_a_secret(key: str, value: str, content: str) -> None:
    assert _kinds(key, value, content=content) == {"secret"}


@pytest.mark.parametrize(
    "text",
    [
        f"push failed for {EXPO}: DeviceNotRegistered",
        f'{{"to": "{EXPO}", "title": "Your table is ready"}}',
    ],
)
def test_expo_token_is_a_secret_anywhere(text: str) -> None:
    assert "secret" in _kinds("log.message", text)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("device.push_token", "****a1b2"),
        ("apns.device_token", "<redacted>"),
        ("fcm_token", "${FCM_TOKEN}"),
        ("device.push_token", "unregistered"),
        ("notifications.registration_id", "true"),
        ("event.registration_id", "REG-20931"),
        ("conference.registration_id", "4471"),
    ],
)
def test_masked_or_placeholder_push_token_is_none(key: str, value: str) -> None:
    assert _kinds(key, value) == set()


# -- a person's public address ------------------------------------------------------------

PUBLIC_V4 = "84.12.201.77"
PUBLIC_V6 = "2a02:1810:4d0b:7c00:5a1:9e2:30c:1f"


@MODES
@pytest.mark.parametrize(
    "key",
    [
        "device.network.public_ip",
        "widget.visitor.ip",
        "client.public_address",
        "kiosk.uplink.public_address",
        "vehicle.modem.public_ip",
        "user.ip",
        "app.visitor.ipAddress",
        "handset.public_ip",
    ],
)
@pytest.mark.parametrize("address", [PUBLIC_V4, PUBLIC_V6])
def test_public_address_of_a_person_or_device(key: str, address: str, content: str) -> None:
    assert _kinds(key, address, content=content) == {"ip"}


@pytest.mark.parametrize(
    "key",
    [
        "server.public_ip",
        "turn.relay.public_ip",
        "media.server.public_address",
        "edge.public_ip",
        "sfu.node.public_ip",
        "host.public_ip",
        "device.relay.public_ip",
        "gateway.uplink.address",
    ],
)
def test_public_address_of_a_server_is_none(key: str) -> None:
    assert _kinds(key, PUBLIC_V4) == set()


@pytest.mark.parametrize("address", ["203.0.113.5", "198.51.100.23", "10.0.0.4", "192.168.1.20"])
@pytest.mark.parametrize("key", ["device.network.public_ip", "widget.visitor.ip"])
def test_documentation_and_private_ranges_stay_none(key: str, address: str) -> None:
    assert _kinds(key, address) == set()


# -- display names ------------------------------------------------------------------------

DISPLAY_NAMES = {
    "app_user": ("app.user.display_name", "Ines Valcárcel"),
    "profile": ("profile.displayName", "Tomasz Wierzbicki"),
    "app_profile": ("app.profile.display_name", "Olusegun Adeyemi"),
    "holder": ("account.holder_name", "Priya Raghunathan"),
    "contact": ("contact.full_name", "Ngozi Chukwuemeka Eze"),
    "cyrillic": ("app.user.display_name", "Ольга Кравченко"),
    "arabic": ("app.user.display_name", "مريم الحربي"),
    "devanagari": ("profile.displayName", "अंकित शर्मा"),
}


@MODES
@pytest.mark.parametrize(("key", "value"), list(DISPLAY_NAMES.values()), ids=list(DISPLAY_NAMES))
def test_display_name_under_a_user_key_is_a_name(key: str, value: str, content: str) -> None:
    assert _kinds(key, value, content=content) == {"name"}


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("app.user.display_name", "Front Desk"),
        ("profile.displayName", "AI Assistant"),
        ("app.device.display_name", "Polycom Trio 8800"),
        ("app.user.device.name", "Kitchen Speaker"),
        ("voice.profile.name", "Rachel"),
        ("aws.profile.name", "prod-admin"),
        ("app.room.display_name", "Conference Room B"),
    ],
)
def test_display_name_of_a_thing_is_none(key: str, value: str) -> None:
    assert _kinds(key, value) == set()


# -- a US social security number under a tax-id key ------------------------------------------


@MODES
@pytest.mark.parametrize("key", ["app.user.tax_id", "tin", "customer.taxpayer_id", "billing.taxId"])
@pytest.mark.parametrize("value", ["536904399", "671-28-4053"])
def test_ssn_under_a_tax_id_key_is_an_ssn(key: str, value: str, content: str) -> None:
    assert _kinds(key, value, content=content) == {"ssn"}


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("app.user.tax_id", "900-70-1234"),  # an ITIN's area: no SSN
        ("customer.tax_id", "65929970489"),  # a German Steuer-ID
        ("app.user.tax_id", "12-3456789"),  # an employer's EIN, written as one
    ],
)
def test_other_tax_ids_are_no_ssn(key: str, value: str) -> None:
    assert "ssn" not in _kinds(key, value)


# -- national identifiers by key and check ------------------------------------------------

NATIONAL_IDS = {
    "jp_kyc_document": ("kyc.document.number", "407182539603"),
    "jp_id_number": ("account.holder.id_number", "730258164499"),
    "za_id_number": ("account.holder.id_number", "9211300193186"),
    "za_kyc": ("kyc.applicant.national_id", "8804125087087"),
    "pk_cnic": ("account.holder.id_number", "42101-7731945-2"),
    "pk_document": ("document.number", "35202-4408163-7"),
    "ke_pin": ("kyc.id_number", "P051234567Q"),
    "ke_pin_individual": ("customer.document_number", "A012345678Z"),
    "aadhaar": ("account.holder.id_number", "5821 6490 3771"),
}


@MODES
@pytest.mark.parametrize(("key", "value"), list(NATIONAL_IDS.values()), ids=list(NATIONAL_IDS))
def test_national_id_under_an_id_key(key: str, value: str, content: str) -> None:
    assert _kinds(key, value, content=content) == {"national_id"}


@MODES
@pytest.mark.parametrize(
    "fields",
    [
        {"verified": True, "document": "sa_id", "number": "9211300193186"},
        {"verified": True, "id_type": "cnic", "id_number": "42101-7731945-2"},
        {"status": "ok", "document_type": "kra", "document_number": "P051234567Q"},
        {"status": "ok", "national_id": "8804125087087"},
        {"verified": True, "document": "kra_pin", "number": "A012345678Z"},
        {"verified": True, "document": "za_idnr", "number": "8804125087087"},
        {"verified": True, "document_type": "my_number", "number": "407182539603"},
    ],
)
def test_national_id_in_a_tool_result(fields: dict[str, object], content: str) -> None:
    assert "national_id" in _kinds("tool.result", json.dumps(fields), content=content)


@pytest.mark.parametrize(
    "text", ["My KRA PIN is P051234567Q.", "PIN yangu ya KRA ni A012345678Z, asante."]
)
def test_kra_pin_said_with_its_name(text: str) -> None:
    assert "national_id" in _kinds("transcript", text, content="forbid")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("order.document.number", "P051234567Q"),
        ("kyc.document.number", "B051234567Q"),  # no KRA PIN starts with B
        ("document.number", "82101-7731945-2"),  # no province starts with 8
    ],
)
def test_id_shaped_values_that_fail_stay_none(key: str, value: str) -> None:
    assert "national_id" not in _kinds(key, value)


# -- look-alikes under their own keys -----------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("loyalty.card.barcode", "6011982203184505"),
        ("loyalty.card.barcode", "6277310048159228"),
        ("gift_card.number", "6277 3100 4815 9228"),
        ("rewards.member.barcode", "5404120773182669"),
        ("giftcard.code", "4442720039151080"),
        ("meet.code", "517 204 883#"),
        ("zoom.meeting_id", "84512093377"),
        ("meeting.id", "612 330 9847"),
        ("webex.meeting_number", "2634 118 905"),
        ("http.request.header.authorization", "Bearer ****"),
        ("http.request.header.authorization", "Basic [REDACTED]"),
        ("http.request.header.authorization", "m***@d*****.org"),
        ("proxy.authorization", "Bearer ey***...***Q"),
    ],
)
@MODES
def test_look_alike_under_its_own_key_is_none(key: str, value: str, content: str) -> None:
    assert _kinds(key, value, content=content) == set()


def test_payment_card_is_still_a_card() -> None:
    assert _kinds("payment.card.number", "6011982203184505") == {"card"}
    assert _kinds("customer.card_number", "5404 1207 7318 2669") == {"card"}


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("gift.note", "call me at 415-555-0134 when it arrives"),
        ("voucher.message", "text me on 07700 900123"),
        ("meeting.notes", "reach Dana on 415-555-0178"),
    ],
)
def test_a_phone_in_words_under_a_loyalty_or_meeting_key_is_still_one(key: str, value: str) -> None:
    assert _kinds(key, value) == {"phone"}


@pytest.mark.parametrize("key", ["caller_id.number", "caller.id.number", "session.id.number"])
def test_an_id_before_a_number_is_no_document(key: str) -> None:
    assert "national_id" not in key_flags(key)


@pytest.mark.parametrize(
    "fields",
    [
        {"pan": "6011982203184505", "exp": "0930"},
        {"payment": {"pan": "5404120773182669", "exp": "11/29", "cvc": "000"}},
    ],
)
def test_a_card_under_pan_in_json_stays_a_card(fields: dict[str, object]) -> None:
    assert _kinds("tool.arguments", json.dumps(fields)) == {"card"}
