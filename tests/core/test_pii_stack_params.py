"""Structured parameters of other voice stacks: slots, conference legs, consent, caller ids.

Dialogflow CX parameters, Lex V2 slot objects, the participants of a conference bridge,
a recording-consent record, a SIP or Asterisk caller id with a display name, a caller's
address under a participant key, and the business's own numbers under another stack's
owned-number key. Every value is invented for these tests. A positive is found in both
content modes; a negative stays clean in both.
"""

from __future__ import annotations

import json

import pytest
from _builders import pii_kinds as _kinds

MODES = ("forbid", "allow")


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _lex(slot: str, original: str, interpreted: str) -> str:
    """A Lex V2 ``sessionState.intent.slots`` object holding one slot."""
    value = {"originalValue": original, "interpretedValue": interpreted,
             "resolvedValues": [interpreted]}  # fmt: skip
    return _json({slot: {"shape": "Scalar", "value": value}})


#: Dialogflow CX parameters and Lex V2 slots holding a caller's name or birth date.
PARAMETERS = {
    "dialogflow_person": (
        "dialogflow.cx.queryResult.parameters",
        _json({"person": {"name": "Orla Vantreese"}, "date": "2026-04-02"}),
        {"name"},
    ),
    "dialogflow_sys_person": (
        "dialogflow.cx.sessionInfo.parameters",
        _json({"sys.person": {"name": "Teodora Quilp"}}),
        {"name"},
    ),
    "dialogflow_person_ja": (
        "dialogflow.cx.queryResult.parameters",
        _json({"person": {"name": "浅倉 千鶴"}}),
        {"name"},
    ),
    "dialogflow_flat_key": ("dialogflow.parameters.person.name", "Anselm Kirwood", {"name"}),
    "lex_dob_words": (
        "lex.sessionState.intent.slots",
        _lex("DateOfBirth", "may nine nineteen sixty", "1960-05-09"),
        {"dob"},
    ),
    "lex_dob_es": (
        "lex.sessionState.intent.slots",
        _lex("FechaNacimiento", "nueve de mayo de 1960", "1960-05-09"),
        {"dob"},
    ),
    "lex_name": (
        "lex.sessionState.intent.slots",
        _lex("CallerName", "teodora quilp", "Teodora Quilp"),
        {"name"},
    ),
    "lex_given_name": (
        "lex.sessionState.intent.slots",
        _lex("Nachname", "kirwood", "Kirwood")[:-1] + "," + _lex("Vorname", "anselm", "Anselm")[1:],
        {"name"},
    ),
    "lex_flat_dob": ("lex.slots.BirthDate.value.interpretedValue", "1958-11-30", {"dob"}),
    "lex_flat_name": ("lex.slots.FullName.value.originalValue", "Anselm Kirwood", {"name"}),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", sorted(PARAMETERS))
def test_stack_parameters_are_read_by_their_slot(case: str, mode: str) -> None:
    key, value, kinds = PARAMETERS[case]
    assert kinds <= _kinds(key, value, mode)


#: A conference participant's display name, in each bridge's spelling, with the device
#: or role tags a bridge writes around it.
LEGS = {
    "vonage_mobile": ("vonage.conversation.member.display_name", "Orla Vantreese (mobile)"),
    "vonage_role_prefix": ("vonage.conversation.member.display_name", "customer: Teodora Quilp"),
    "confbridge_tag": ("asterisk.confbridge.user.name", "Anselm Kirwood (iPhone)"),
    "twilio_label": ("twilio.conference.participant.label", "Orla Vantreese"),
    "twilio_label_tag": ("twilio.conference.participant.label", "Teodora Quilp (mobile)"),
    "friendly_name": ("conference.participant.friendlyName", "Anselm Kirwood"),
    "daily_user_name": ("daily.participant.user_name", "Orla Vantreese"),
    "attendee_es": ("conferencia.participante.nombre", "Teodora Quilp [invitada]"),
    "caller_dash": ("livekit.participant.name", "Caller - Anselm Kirwood"),
    "role_then_name": ("twilio.conference.participant.label", "Customer (Orla Vantreese)"),
    "pipe_prefix": ("vonage.conversation.member.display_name", "Gast | Teodora Quilp"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", sorted(LEGS))
def test_conference_participant_names(case: str, mode: str) -> None:
    key, value = LEGS[case]
    assert "name" in _kinds(key, value, mode)


#: A display name that is a role, a room or a device: no one's name.
ROLES = (
    "Agent", "Reception", "Conference Room B", "Moderator", "PSTN caller", "Front Desk",
    "Guest", "Host", "Dial-in User", "Sales Team", "Recepción", "Empfang", "Modérateur",
    "Sala de Reuniones 2", "Konferenzraum 3", "Operator (mobile)", "Agent 12", "Supervisor",
    "Caller", "Unknown Participant", "Recording Bot", "Polycom Trio", "Speaker Phone",
)  # fmt: skip
ROLE_KEYS = (
    "vonage.conversation.member.display_name",
    "asterisk.confbridge.user.name",
    "twilio.conference.participant.label",
    "daily.participant.user_name",
    "conference.participant.friendlyName",
)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", ROLE_KEYS)
@pytest.mark.parametrize("value", ROLES)
def test_role_and_device_display_names_are_no_name(key: str, value: str, mode: str) -> None:
    assert "name" not in _kinds(key, value, mode)


#: Who gave, signed or recorded a consent, in several spellings and languages.
CONSENTS = {
    "given_by": {"consent": "granted", "given_by": "Orla Vantreese", "method": "verbal"},
    "signer": {"type": "recording", "signer": "Teodora Quilp", "ts": "2026-03-02T10:14:09Z"},
    "consented_by": {"consentedBy": "Anselm Kirwood", "scope": "call_recording"},
    "recorded_by": {"consent": "yes", "recorded_by": "Orla Vantreese"},
    "otorgado_por": {"consentimiento": "sí", "otorgado_por": "Teodora Quilp"},
    "erteilt_von": {"einwilligung": "ja", "erteilt_von": "Anselm Kirwood"},
    "signataire": {"consentement": "oui", "signataire": "Orla Vantreese"},
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", sorted(CONSENTS))
def test_consent_records_name_who_consented(case: str, mode: str) -> None:
    assert "name" in _kinds("recording.consent.record", _json(CONSENTS[case]), mode)


@pytest.mark.parametrize("mode", MODES)
def test_consent_flat_key(mode: str) -> None:
    assert "name" in _kinds("consent.given_by", "Teodora Quilp", mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "record",
    [{"consent": "granted", "given_by": "Agent", "method": "verbal"},
     {"consent": "granted", "given_by": "caller", "method": "dtmf"},
     {"consent": "granted", "recorded_by": "IVR", "method": "dtmf"}],
)  # fmt: skip
def test_consent_by_a_role_is_no_name(record: dict[str, str], mode: str) -> None:
    assert "name" not in _kinds("recording.consent.record", _json(record), mode)


#: A caller id with a display name: Asterisk's ``"Name" <number>`` and SIP headers.
CALLER_IDS = {
    "asterisk_digits": ("sip.from", '"Orla Vantreese" <6175550142>'),
    "asterisk_plus": ("asterisk.CALLERID(all)", '"Teodora Quilp" <+442079460877>'),
    "unquoted": ("asterisk.CALLERID(all)", "Anselm Kirwood <6175550188>"),
    "pai": ("sip.header.P-Asserted-Identity", '"Orla Vantreese" <sip:+16175550164@gw.example.net>'),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", sorted(CALLER_IDS))
def test_caller_id_display_names(case: str, mode: str) -> None:
    key, value = CALLER_IDS[case]
    assert {"name", "phone"} <= _kinds(key, value, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "value", ['"Reception" <2001>', '"Anonymous" <anonymous>', '"Front Desk" <6175550199>',
              '"PSTN caller" <+16175550143>']
)  # fmt: skip
def test_caller_id_of_a_role_is_no_name(value: str, mode: str) -> None:
    assert "name" not in _kinds("asterisk.CALLERID(all)", value, mode)


#: A name-like word before ``<`` and a digit that is no caller id: a comparison, a
#: generic type, a short code in brackets (found by the tree text round-trip fuzz test).
NOT_CALLER_IDS = ["AB<0", "Foo<1234>", "Total<100", "Item <5>", "Count <12>", "Vec<3>",
                  "Ana<0.5", "if Alpha <2 then"]  # fmt: skip


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", NOT_CALLER_IDS)
def test_text_before_a_bracketed_digit_is_no_caller_id(value: str, mode: str) -> None:
    assert "name" not in _kinds("debug.expression", value, mode)


#: A participant's or caller's address under keys that say so, in each stack's spelling.
CLIENT_IPS = {
    "daily_participant": ("daily.participant.ip", "81.2.69.142"),
    "participant_v6": ("daily.participant.ip", "2a02:c7f:5e1d::3b"),
    "attendee_address": ("zoom.attendee.ip_address", "81.2.69.160"),
    "participant_camel": ("livekit.participant.ipAddress", "89.160.20.112"),
    "member_remote": ("vonage.member.remote_addr", "81.2.69.192"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", sorted(CLIENT_IPS))
def test_participant_addresses(case: str, mode: str) -> None:
    key, value = CLIENT_IPS[case]
    assert "ip" in _kinds(key, value, mode)


#: A media server's, a TURN relay's or an edge's address: the service's, not a person's.
SERVER_IPS = {
    "media_server": ("daily.participant.media_server_ip", "81.2.69.142"),
    "turn": ("livekit.participant.turn_server.ip", "89.160.20.112"),
    "relay": ("participant.relay_ip", "81.2.69.160"),
    "edge": ("twilio.participant.edge.ip", "81.2.69.192"),
    "sfu": ("daily.participant.sfu_ip", "89.160.20.128"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", sorted(SERVER_IPS))
def test_server_addresses_beside_a_participant(case: str, mode: str) -> None:
    key, value = SERVER_IPS[case]
    assert "ip" not in _kinds(key, value, mode)


#: The business's own number under another stack's owned-number key.
OWN_NUMBERS = {
    "vapi_phone_number": ("vapi.phoneNumber.number", "+442079460512"),
    "vapi_call_phone_number": ("vapi.call.phoneNumber.number", "+16175550107"),
    "retell_number_object": ("retell.phone_number.phone_number", "+16175550109"),
    "twilio_incoming_number": ("twilio.incoming_phone_number.phone_number", "+442079460518"),
    "twilio_incoming_camel": ("twilio.IncomingPhoneNumber.phoneNumber", "+16175550112"),
    "connect_claimed": ("connect.phone_number.claimed", "+442079460733"),
    "claimed_numbers": ("connect.claimed_phone_number", "+16175550122"),
    "purchased": ("telnyx.purchased_number", "+16175550131"),
    "owned": ("retell.owned_phone_number", "+442079460155"),
    "bland_toll_free": ("bland.from", "+18885550163"),
    "retell_toll_free": ("retell.from_number", "+18005550171"),
    "campaign_from": ("bland.batch.from", "+16175550183"),
    "campaign_caller_id": ("dialer.campaign.caller_id", "+442079460199"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", sorted(OWN_NUMBERS))
def test_owned_numbers_are_no_finding(case: str, mode: str) -> None:
    key, value = OWN_NUMBERS[case]
    assert "phone" not in _kinds(key, value, mode)


#: A caller's number under the same stacks' keys: still a finding.
CALLER_NUMBERS = {
    "vapi_customer": ("vapi.customer.number", "+442079460512"),
    "bland_from": ("bland.from", "+16175550163"),
    "bland_to": ("bland.to", "+16175550164"),
    "retell_from": ("retell.from_number", "+442079460871"),
    "lookup": ("twilio.lookup.phone_number", "+16175550177"),
    "retell_customer": ("retell.call.customer.phone_number", "+16175550179"),
    "incoming_call": ("twilio.incoming.call.from", "+16175550181"),
    "claim_caller": ("insurance.claim.caller_phone", "+16175550178"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", sorted(CALLER_NUMBERS))
def test_caller_numbers_under_stack_keys(case: str, mode: str) -> None:
    key, value = CALLER_NUMBERS[case]
    assert "phone" in _kinds(key, value, mode)


def _lookup(name: str, caller_type: str, *, camel: bool = False) -> str:
    """A carrier lookup's caller name (CNAM) result, in Twilio's shape."""
    field = "callerType" if camel else "caller_type"
    key = "callerName" if camel else "caller_name"
    return _json({key: {key: name, field: caller_type, "error_code": None},
                  "phone_number": "+16175550123"})  # fmt: skip


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("camel", [False, True])
def test_a_consumer_cnam_is_a_name(camel: bool, mode: str) -> None:
    assert "name" in _kinds(
        "twilio.lookup.result", _lookup("ORLA VANTREESE", "CONSUMER", camel=camel), mode
    )


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("camel", [False, True])
@pytest.mark.parametrize("name", ["NORTHWIND DELI", "Quillfeather Dental"])
def test_a_business_cnam_is_no_name(name: str, camel: bool, mode: str) -> None:
    found = _kinds("twilio.lookup.result", _lookup(name, "BUSINESS", camel=camel), mode)
    assert "name" not in found
    assert "phone" in found  # the number looked up stays a finding


#: A name that is also a role, a room or a device word, alone under a name key: a name.
NAMES_LIKE_ROLES = {
    "given_ja": ("customer.first_name", "Ai"),
    "surname_it": ("customer.last_name", "Sala"),
    "surname_en": ("patient.surname", "Bridge"),
    "leg_given": ("daily.participant.user_name", "Ai"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", sorted(NAMES_LIKE_ROLES))
def test_a_name_that_is_also_a_role_word_stays_a_name(case: str, mode: str) -> None:
    key, value = NAMES_LIKE_ROLES[case]
    assert "name" in _kinds(key, value, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", ["AI Assistant", "Main Lobby", "Room 4"])
def test_such_words_beside_a_role_are_a_role(value: str, mode: str) -> None:
    assert "name" not in _kinds("daily.participant.user_name", value, mode)
