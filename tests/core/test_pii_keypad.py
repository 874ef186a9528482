"""Digits a caller keys in on the keypad or an IVR collects, and ids that only look like cards.

The key names what was entered (a PIN, a birth date, an account) in each stack's spelling
and language; a generic key (``dtmf.digits``, Twilio's ``Digits``, Connect's
``StoredCustomerInput``) leaves the value's own shape to decide. Digits sent one per list
item or one per event are read joined. Menu choices, extensions, queues and short
confirmation codes stay clean, and so does a Luhn-valid counter or sequence number.
Every value is invented (``test_the_invented_numbers_are_valid``).
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from _builders import pii_kinds as kinds
from _builders import span
from stdnum import luhn
from stdnum.us import rtn

from pytest_patter_trace.checks.pii import find_pii
from pytest_patter_trace.core.model import EventRecord

MODES = ("allow", "forbid")
#: Invented, Luhn-valid card numbers of real issuer prefixes.
VISA = "4716711931662224"
MASTERCARD = "5412595798074548"
AMEX = "378210946303467"
DISCOVER = "6011925156086540"
#: Invented US routing numbers (ABA check digit valid).
ROUTING = "071000013"
ROUTING_2 = "311074563"


def test_the_invented_numbers_are_valid() -> None:
    for card in (VISA, MASTERCARD, AMEX, DISCOVER):
        assert luhn.is_valid(card), card
    for code in (ROUTING, ROUTING_2):
        assert rtn.is_valid(code), code


# -- a key naming the entered item ------------------------------------------------

KEYED = [
    # PINs and passcodes, in several stacks and languages
    ("ivr.pin.entered", "8317#", "secret"),
    ("asterisk.var.CALLER_PIN", "50962", "secret"),
    ("freeswitch.variable_pin_code", "7741", "secret"),
    ("lex.slots.PinCode.value.interpretedValue", "3390", "secret"),
    ("genesys.participantData.Pin_Input", "2846#", "secret"),
    ("connect.Attributes.customerPIN", "6602", "secret"),
    ("ivr.codigo_pin", "4471#", "secret"),
    ("ivr.geheimzahl", "9182", "secret"),
    ("ivr.nip_saisi", "3308*", "secret"),
    ("plivo.dtmf.passcode_digits", "604219", "secret"),
    ("twilio.gather.pin", "1 9 7 3 #", "secret"),
    # birth dates keyed as digits
    ("ivr.dob.entered", "19781104", "dob"),
    ("genesys.participantData.BirthDate_Input", "23*06*1985#", "dob"),
    ("asterisk.var.FECHA_NACIMIENTO", "05111969", "dob"),
    ("ivr.geburtsdatum.eingabe", "14031971#", "dob"),
    ("vonage.dtmf.date_of_birth", "071288", "dob"),
    # social security numbers
    ("ivr.ssn_entered", "482915736#", "ssn"),
    ("connect.Attributes.SSN_Digits", "523871964", "ssn"),
    # bank accounts and routing with account
    ("ivr.account_number.entered", "003471826512#", "bank_account"),
    ("connect.Attributes.RoutingAndAccount", f"{ROUTING}*88214503#", "bank_account"),
    ("genesys.participantData.numero_cuenta", "7720193845", "bank_account"),
    # a callback number keyed in
    ("ivr.callback.entered", "3128675309#", "phone"),
    ("genesys.participantData.Rueckruf_Nummer", "7735559021", "phone"),
    # card data keyed in
    ("ivr.cvv.entered", "482#", "card"),
    ("asterisk.var.CARD_CVV", "7391", "card"),
    ("genesys.participantData.CardExpiry", "0928#", "card"),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "value", "kind"), KEYED)
def test_a_keyed_entry_is_the_item_its_key_names(
    key: str, value: str, kind: str, mode: str
) -> None:
    assert kinds(key, value, mode) == {kind}


# -- a generic key: the value's shape decides ---------------------------------------

GENERIC_KEYS = ("dtmf.digits", "twilio.gather.Digits", "connect.StoredCustomerInput",
                "vonage.dtmf.digits", "plivo.dtmf.digits")  # fmt: skip
SHAPED = [
    (f"{ROUTING}*402918337465#", "bank_account"),
    (f"{ROUTING_2}#99031827#", "bank_account"),
    ("482915736#", "ssn"),
    ("3128675309#", "phone"),
    ("19641022#", "dob"),
    (f"{MASTERCARD}#", "card"),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", GENERIC_KEYS)
@pytest.mark.parametrize(("value", "kind"), SHAPED)
def test_a_generic_entry_is_read_by_its_shape(key: str, value: str, kind: str, mode: str) -> None:
    assert kinds(key, value, mode) == {kind}


MENU = ["1", "2#", "*", "0", "3*1", "22", "*9", "#", "4521", "9001#", "738204", "12*",
        "0#", "11", "4815#", "102938", f"{date.today().year + 1}1231", ROUTING]  # fmt: skip


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", GENERIC_KEYS)
@pytest.mark.parametrize("value", MENU)
def test_menu_choices_extensions_and_codes_are_not_personal(
    key: str, value: str, mode: str
) -> None:
    assert kinds(key, value, mode) == set()


NOT_ENTRIES = [
    ("ivr.pin.attempts", "3"),
    ("ivr.pin.max_digits", "6"),
    ("twilio.gather.numDigits", "4"),
    ("twilio.gather.finishOnKey", "#"),
    ("ivr.pin.timeout", "5000"),
    ("ivr.extension", "4521"),
    ("queue.number", "207"),
    ("ivr.menu.selection", "2"),
    ("ivr.confirmation_code", "583920"),
    ("ivr.dob.retries", "2"),
    ("ivr.account.menu_choice", "3"),
    ("ivr.pin.result", "1"),
    ("lex.inputMode", "DTMF"),
    ("http.request.header.x-api-key", "****************2046"),
    ("ivr.pin.entered", "****"),
    ("connect.Attributes.masked_card_input", "************4242"),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "value"), NOT_ENTRIES)
def test_settings_and_counts_of_an_entry_are_not_the_entry(key: str, value: str, mode: str) -> None:
    assert kinds(key, value, mode) == set()


# -- digits one per item or one per event ------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", ["dtmf.sequence", "ivr.digits", "vonage.dtmf.keys"])
def test_a_card_keyed_one_digit_per_list_item_is_a_card(key: str, mode: str) -> None:
    assert kinds(key, list(VISA), mode) == {"card"}
    assert kinds(key, [int(d) for d in DISCOVER], mode) == {"card"}


def events(key: str, digits: str, name: str = "dtmf") -> tuple[EventRecord, ...]:
    return tuple(EventRecord(name, 100 + i, {key: d}) for i, d in enumerate(digits))


def event_kinds(evs: tuple[EventRecord, ...], mode: str) -> set[str]:
    return {f.kind for f in find_pii([span("ivr.collect", 2, events=evs)], content=mode)}


@pytest.mark.parametrize("mode", MODES)
def test_digits_one_per_event_are_read_joined(mode: str) -> None:
    assert event_kinds(events("dtmf.digit", AMEX + "#"), mode) == {"card"}
    assert event_kinds(events("twilio.dtmf.digit", MASTERCARD, "conversationrelay.dtmf"), mode) == {
        "card"
    }
    assert event_kinds(events("ivr.pin.digit", "5093#"), mode) == {"secret"}


@pytest.mark.parametrize("mode", MODES)
def test_menu_choices_over_events_are_not_personal(mode: str) -> None:
    assert event_kinds(events("dtmf.digit", "13#"), mode) == set()
    assert event_kinds(events("dtmf.digit", "2*9"), mode) == set()
    assert kinds("dtmf.sequence", ["1", "#"], mode) == set()


@pytest.mark.parametrize("mode", MODES)
def test_small_numbers_under_other_keys_are_not_joined(mode: str) -> None:
    assert kinds("retry.delays", list(VISA), mode) == set()
    assert event_kinds(events("tokens.count", VISA, "llm.chunk"), mode) == set()


# -- slots and relay messages -------------------------------------------------------


def slots(name: str, said: str, meant: str) -> str:
    value = {"originalValue": said, "interpretedValue": meant, "resolvedValues": [meant]}
    return json.dumps({name: {"value": value}})


LEX_SLOTS = [
    (slots("DateOfBirth", "march 3 1982", "1982-03-03"), "dob"),
    (slots("FechaNacimiento", "12 de mayo de 1975", "1975-05-12"), "dob"),
    (slots("Geburtsdatum", "2. Juli 1966", "1966-07-02"), "dob"),
    (slots("AccountPin", "4419", "4419"), "secret"),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("value", "kind"), LEX_SLOTS)
def test_a_lex_slot_is_read_under_its_slot_name(value: str, kind: str, mode: str) -> None:
    assert kinds("lex.sessionState.intent.slots", value, mode) == {kind}


@pytest.mark.parametrize("mode", MODES)
def test_other_lex_slots_are_not_personal(mode: str) -> None:
    key = "lex.sessionState.intent.slots"
    assert kinds(key, slots("AppointmentDate", "next tuesday", "2026-12-15"), mode) == set()
    assert kinds(key, slots("MenuOption", "2", "2"), mode) == set()


@pytest.mark.parametrize("mode", MODES)
def test_a_relay_dtmf_buffer_is_read_by_its_shape(mode: str) -> None:
    key = "twilio.conversationrelay.message"
    assert kinds(key, '{"type":"dtmf","digit":"#","buffer":"03221958"}', mode) == {"dob"}
    assert kinds(key, '{"type":"dtmf","digit":"9"}', mode) == set()
    assert kinds(key, '{"type":"dtmf","digit":"#","buffer":"4521"}', mode) == set()


# -- ids that pass Luhn ---------------------------------------------------------------

LUHN_IDS = [
    ("genesys.conversation.seq", VISA),
    ("retell.batch_seq", MASTERCARD),
    ("call.sequence_number", DISCOVER),
    ("connect.ContactId.short", VISA),
    ("genesys.interaction.number", MASTERCARD),
    ("worker.job.counter", DISCOVER),
    ("session.message_index", VISA),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "value"), LUHN_IDS)
def test_a_counter_or_sequence_number_is_not_a_card(key: str, value: str, mode: str) -> None:
    assert kinds(key, value, mode) == set()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "key", ["value", "payment.pan", "dtmf.digits", "input", "digits", "ivr.card.entered"]
)
def test_a_card_under_a_neutral_key_is_still_a_card(key: str, mode: str) -> None:
    assert kinds(key, AMEX, mode) == {"card"}
