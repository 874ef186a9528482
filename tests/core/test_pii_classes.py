"""One test per class issue 15 lists: what must not be flagged, and what must be.

Each case is one value in one span, where traces carry it; ``find_pii`` is the real
detector. The values are invented (fiction phone ranges, RFC 2606 hosts, random keys).
"""

from __future__ import annotations

import json

import pytest
from _builders import span

from pytest_patter_trace.checks.pii import find_pii
from pytest_patter_trace.core._pii.names import lexicon
from pytest_patter_trace.core.model import EventRecord, SpanRecord


def _span(key: str, value: object, *, event: bool = False) -> SpanRecord:
    if event:
        return span("getpatter.call", 2, events=(EventRecord("exception", 0, {key: value}),))
    return span("getpatter.call", 2, attributes={key: value})


def _kinds(key: str, value: object, *, event: bool = False) -> set[str]:
    return {f.kind for f in find_pii([_span(key, value, event=event)])}


INSUFFICIENT_QUOTA = json.dumps(
    {
        "error": {
            "message": "You exceeded your current quota, please check your plan and billing"
            " details. For more information on this error, read the docs.",
            "type": "insufficient_quota",
            "param": None,
            "code": "insufficient_quota",
        }
    }
)

NOT_PII = {
    "bearer_stars": ("http.request.header.authorization", ("Bearer ***",)),
    "basic_stars": ("http.request.header.authorization", ("Basic ****",)),
    "token_env_reference": ("http.request.header.authorization", ("Token ${DEEPGRAM_API_KEY}",)),
    "bearer_redacted": ("http.request.header.authorization", ("Bearer [REDACTED]",)),
    "masked_key_last4": ("openai.api_key", "sk-...Qx7f"),
    "ssh_remote": ("vcs.repository.url.full", "git@github.com:acme-voice/agent.git"),
    "provider_error_body": ("openai.error.body", INSUFFICIENT_QUOTA),
}


@pytest.mark.parametrize(("key", "value"), list(NOT_PII.values()), ids=list(NOT_PII))
def test_false_positive_classes_are_not_flagged(key: str, value: object) -> None:
    assert find_pii([_span(key, value)]) == []


PII = {
    "name_under_customer_name": ("customer.name", "Ingrid Falkenberg", False, "name"),
    "cnam_surname_first": ("twilio.caller_name", "DOE JANE", False, "name"),
    "tool_arguments": (
        "gen_ai.tool.call.arguments",
        '{"order_id": "ORD-2025-004217", "reason": "late delivery"}',
        False,
        "tool_payload",
    ),
    "utterance_with_spoken_number": (
        "exception.message",
        "ValueError: could not parse phone from caller input "
        "'yeah it is four one five, 555 zero one three two'",
        True,
        "free_text",
    ),
    "redis_password_empty_user": (
        "db.connection_string",
        "redis://:s3cr3t-Kq81v@cache.internal:6379/0",
        False,
        "secret",
    ),
    "wss_query_token": (
        "url.full",
        "wss://stream.example.com/v1/media?call=7&token=Zq8vN2xR4tL9pW3mK7sB1cD5fG0hJ6yU",
        False,
        "secret",
    ),
    "ssn_without_dashes_under_ssn_key": ("applicant.ssn", "536221984", False, "ssn"),
    "mistyped_phone_about_a_caller": (
        "log.message",
        "Caller asked us to ring her back on 020 7946 01234 after five",
        False,
        "phone",
    ),
}


@pytest.mark.parametrize(("key", "value", "event", "kind"), list(PII.values()), ids=list(PII))
def test_positive_classes_are_flagged(key: str, value: object, event: bool, kind: str) -> None:
    assert kind in _kinds(key, value, event=event)


# -- the classes of the held-out corpus C, by their names only --------------------------------
# Written from each class's description in tests/data/README.md, never from corpus C's rows:
# several languages and shapes per class, so a rule that passes them has to generalise.

SPOKEN_NUMBER = "caller said: it's four one five, five five five, zero one four two"

C_CLASSES_PII = {
    # pos.free_text.spoken_number: a number read out partly in words, in a developer message.
    "spoken_number_utterance": ("log.message", SPOKEN_NUMBER, {"free_text", "phone"}),
    "spoken_number_all_words": (
        "exception.message",
        "could not parse callback: 'oh two oh seven nine four six, oh one two three'",
        {"free_text", "phone"},
    ),
    "spoken_number_spanish": (
        "error.message",
        "ASR final: mi número es seis uno dos, tres cuatro cinco, seis siete ocho",
        {"free_text", "phone"},
    ),
    "spoken_number_german": (
        "getpatter.stt.text",
        "meine Nummer ist null eins fünf eins, zwei drei vier fünf sechs sieben",
        {"free_text", "phone"},
    ),
    # pos.name.in_message: a named person in a developer message.
    "name_after_customer": (
        "error.message",
        "CRM lookup failed for customer Henrik Lindqvist",
        {"name"},
    ),
    "name_after_patient_particles": (
        "log.message",
        "No appointment found for patient Ana María de la Fuente",
        {"name"},
    ),
    "name_german_kunde": ("exception.message", "Kunde Jürgen Weiß nicht gefunden (404)", {"name"}),
    "name_quoted_contact": ("log.message", "created contact 'Zeynep Aydın' in HubSpot", {"name"}),
    "name_assignment": (
        "error.message",
        "duplicate record: caller_name=Tomasz Wiśniewski",
        {"name"},
    ),
    "name_label": ("log.message", "CNAM lookup returned name: LINDQVIST HENRIK", {"name"}),
    "name_after_to": (
        "log.message",
        "call escalated to Marta Kowalczyk after 3 attempts",
        {"name"},
    ),
    # pos.free_text.in_message: a caller's or an LLM's words inside a developer message.
    "utterance_after_role_marker": (
        "exception.message",
        "context overflow at turn 14, user: cancel the delivery for next week then",
        {"free_text"},
    ),
    "utterance_quoted_no_first_person": (
        "log.message",
        "fallback intent for 'what time does the pharmacy close on sundays'",
        {"free_text"},
    ),
    "utterance_after_transcript_marker": (
        "log.message",
        "intent not matched for transcript: can you move the delivery to Friday afternoon",
        {"free_text"},
    ),
    "utterance_polish_first_person": (
        "exception.message",
        "NLU fallback: chcę zmienić adres dostawy na przyszły tydzień",
        {"free_text"},
    ),
    "utterance_swedish_quoted": (
        "otel.status_description",
        "LLM turn failed on input 'jag vill avboka min tid på torsdag'",
        {"free_text"},
    ),
    "llm_reply_in_log": (
        "log.message",
        "TTS synthesis failed for reply: Sure, your table for four is booked at eight tonight",
        {"free_text"},
    ),
    # pos.phone.lk_identity: LiveKit names SIP participants after their number.
    "livekit_sip_identity": ("lk.participant.identity", "sip_+447700900321", {"phone"}),
    "livekit_identity_e164": ("lk.participant_identity", "sip_+14155550187", {"phone"}),
    # pos.address.in_message: a street address in a developer message, any of the locales.
    "address_dutch_in_message": (
        "error.message",
        "geocoding failed for Keizersgracht 221, 1016 DV Amsterdam",
        {"address"},
    ),
    "address_swedish_in_message": (
        "log.message",
        "delivery scheduled to Storgatan 14, 114 51 Stockholm",
        {"address"},
    ),
    "address_danish_in_message": (
        "exception.message",
        "no route to Vesterbrogade 42, 1620 København",
        {"address"},
    ),
    "address_finnish_in_message": (
        "log.message",
        "courier booked for Mannerheimintie 12 B, Helsinki",
        {"address"},
    ),
    "address_polish_in_message": (
        "error.message",
        "address rejected: ul. Długa 17, 00-238 Warszawa",
        {"address"},
    ),
    "address_turkish_in_message": (
        "log.message",
        "teslimat adresi Atatürk Caddesi No: 45, Kadıköy",
        {"address"},
    ),
    "address_portuguese_in_message": (
        "error.message",
        "CEP mismatch for Rua das Flores 128, Porto Alegre",
        {"address"},
    ),
    "address_after_address_word": (
        "log.message",
        "geocoder found no match for address Polna 12, Poznań",
        {"address"},
    ),
    "address_deliver_to": (
        "error.message",
        "cannot deliver to Národní 7, Praha: zone closed",
        {"address"},
    ),
    # pos.tool_payload.with_pii: a payload, and the kinds its fields hold.
    "tool_payload_person_name_field": (
        "gen_ai.tool.call.arguments",
        '{"name": "Søren Kierkegaard", "party_size": 4}',
        {"tool_payload", "name"},
    ),
    "tool_payload_bare_phone_field": (
        "tool.result",
        '{"status": "booked", "phone": "4155550166"}',
        {"tool_payload", "phone"},
    ),
    "tool_payload_address_field": (
        "getpatter.tool.arguments",
        '{"address": "Hauptstraße 5, 10115 Berlin"}',
        {"tool_payload", "address"},
    ),
    # pos.ip.in_message: a client's public address in a developer message.
    "ip_request_from": ("log.message", "blocked 12 requests from 81.2.69.160 in 10s", {"ip"}),
    "ip_caller_ip": ("error.message", "geo lookup failed for caller IP 2.125.160.216", {"ip"}),
    # pos.dob.in_message: a birth date with a word for birth, in several languages.
    "dob_spanish_message": (
        "error.message",
        "verificación fallida: fecha de nacimiento 14/03/1987 no coincide",
        {"dob"},
    ),
    "dob_german_month_name": (
        "log.message",
        "Identität: geboren am 3. März 1979, Abgleich fehlgeschlagen",
        {"dob"},
    ),
    "dob_after_words": (
        "exception.message",
        "DOB on file for caller (1990-07-22) differs",
        {"dob"},
    ),
    # pos.hard.obfuscated_email: an address spelt out against scrapers or by voice.
    "email_spelt_dot_at": (
        "log.message",
        "caller spelled jan dot novak at example dot org",
        {"email"},
    ),
    "email_bracketed_at": ("error.message", "no user for pekka.virtanen[at]example.net", {"email"}),
    "email_spanish_arroba": (
        "getpatter.stt.text",
        "mi correo es lucia punto gomez arroba example punto com",
        {"email", "free_text"},
    ),
    # pos.hard.address_no_number: street and town.
    "address_street_and_town": ("booking.destination", "Abbey Road, London", {"address"}),
    "address_strasse_and_town": ("delivery.address", "Königsallee, Düsseldorf", {"address"}),
    # pos.phone.mistyped_in_sentence / pos.phone.in_message.
    "mistyped_phone_number_word": (
        "log.message",
        "could not dial the caller's number 0207 946 012 (too short)",
        {"phone"},
    ),
    "mistyped_phone_spanish": (
        "error.message",
        "el cliente dio el número de teléfono 612 34 56 7",
        {"phone"},
    ),
    "phone_call_from": ("log.message", "inbound call from 07700 900412 queued", {"phone"}),
    "phone_swedish_national": ("log.message", "SMS to 070-123 45 99 failed", {"phone"}),
    "phone_japanese_national": ("error.message", "callback to 090-1234-5601 failed", {"phone"}),
    # pos.secret.command_line / pos.secret.in_message.
    "secret_cli_flag_space": (
        "process.command_line",
        "python worker.py --deepgram-api-key 9f0c2e7d1b3a4c5e6f708192a3b4c5d6e7f80912 --port 8080",
        {"secret"},
    ),
    "secret_cli_password_equals": (
        "process.command_line",
        "pg_dump --password=Vq7!rT2pLm9z calls",
        {"secret"},
    ),
    "secret_cli_curl_user": (
        "process.command_line",
        "curl -u ACa1b2:Xk29dLq8Pz4wNm7R https://api.example.com",
        {"secret"},
    ),
    "secret_unquoted_in_message": (
        "exception.message",
        "401: auth token 3c9f27a1d5e84b6f9a0c1d2e3f4a5b6c rejected by provider",
        {"secret"},
    ),
    "secret_hex_quoted_in_message": (
        "error.message",
        "Twilio rejected auth token '0a1b2c3d4e5f60718293a4b5c6d7e8f9'",
        {"secret"},
    ),
    # pos.address.keyed: keys in several languages, values without a house number.
    "address_key_lieferadresse": ("kunde.lieferadresse", "Lindenweg 7, 04109 Leipzig", {"address"}),
    "address_key_osoite": (
        "asiakas.osoite",
        "Aleksanterinkatu 15 A 3, 00100 Helsinki",
        {"address"},
    ),
    "address_key_adresa": ("zakaznik.adresa", "Vinohradská 1511/230, 100 00 Praha", {"address"}),
}


@pytest.mark.parametrize(
    ("key", "value", "kinds"), list(C_CLASSES_PII.values()), ids=list(C_CLASSES_PII)
)
def test_held_out_positive_classes(key: str, value: str, kinds: set[str]) -> None:
    event = key.startswith(("exception.", "error.", "log."))
    assert _kinds(key, value, event=event) == kinds


C_CLASSES_NOT_PII = {
    # neg.sip.service_uri: a SIP URI reaching a service, not a person.
    "sip_ivr": ("sip.to", "sip:ivr-main@pbx.example.com"),
    "sip_queue": ("twilio.sip.uri", "sip:support-queue@voice.example.net;transport=tls"),
    "sip_conference": ("sip.request_uri", "sips:conference@sip.example.org"),
    # neg.email.role_or_service_account: an organisation's mailbox or a cloud robot.
    "role_support": ("email.to", "support@example.com"),
    "role_noreply": ("notification.from", "no-reply@example.org"),
    "role_billing_in_text": ("log.message", "receipt sent from billing@example.net"),
    "gcp_service_account": ("gcp.principal", "voice-agent@acme-prod.iam.gserviceaccount.com"),
    "gcp_compute_account": ("cloud.account", "123456789012-compute@developer.gserviceaccount.com"),
    # neg.phone.business_published_line: the organisation's own published number.
    "company_support_phone": ("company.support_phone", "+1 800 555 0199"),
    "ivr_published_number": ("ivr.published_number", "+44 20 7946 0999"),
    "store_main_line": ("store.main_phone", "(212) 555-0142"),
    "clinic_line": ("clinic.phone", "+44 113 496 0000"),
    "toll_free_in_message": ("log.message", "transfer to our hotline 1-800-555-0100 succeeded"),
    # neg.free_text.system_prompt_no_caller: developer prose about no caller.
    "system_prompt_generic": (
        "gen_ai.system_instructions",
        "You are a polite receptionist for a dental clinic. Greet the caller, answer questions "
        "about opening hours and never give medical advice.",
    ),
    "agent_instructions_generic": (
        "getpatter.agent.system_prompt",
        "Keep answers under two sentences. If the user asks for a human, transfer the call.",
    ),
    # neg.ip.version_like: four-part versions and OIDs.
    "client_version_four_parts": ("log.message", "client SDK version 4.12.3.1 is deprecated"),
    "user_agent_build": ("log.message", "user agent build 10.0.19045.3 rejected"),
    "oid_in_message": ("error.message", "client certificate missing OID 2.5.29.17"),
    # neg.ip.not_a_person: servers, resolvers, upstreams.
    "upstream_server": ("error.message", "upstream server 93.184.216.34 returned 502"),
    "dns_resolver": ("log.message", "DNS resolver 1.1.1.1 timed out for the client"),
    "connect_to": ("exception.message", "remote end 52.94.236.248:443 closed the connection"),
    "turn_relay": ("log.message", "ICE candidate from TURN relay 34.203.251.12 selected"),
    "name_for_a_product": ("error.message", "request failed for Deepgram Nova with 429"),
}


@pytest.mark.parametrize(
    ("key", "value"), list(C_CLASSES_NOT_PII.values()), ids=list(C_CLASSES_NOT_PII)
)
def test_held_out_negative_classes(key: str, value: str) -> None:
    assert find_pii([_span(key, value)]) == []


def test_held_out_positive_system_prompt_naming_the_caller() -> None:
    prompt = (
        "You are a receptionist for a clinic. "
        "You are speaking with Dolores Ibarra about her appointment."
    )
    assert "free_text" in _kinds("gen_ai.system_instructions", prompt)


# -- the classes issue 23 lists, by class, with invented values ---------------------------------
# Each class in several shapes, keys and languages, so a rule that passes has to generalise.
# Misses are checked where content is allowed (a name in speech is then the only finding),
# false hits in both content modes.


def _allowed_kinds(key: str, value: object, *, kind: str = "INTERNAL") -> set[str]:
    record = span("getpatter.call", 2, kind=kind, attributes={key: value})
    return {f.kind for f in find_pii([record], content="allow")}


ISSUE_23_PII = {
    # National identifiers with check digits, keyed and in text.
    "nino_keyed": ("customer.nino", "JG 10 37 21 D", {"national_id"}),
    "nino_in_speech": (
        "lk.user_transcript",
        "my national insurance number is JG103721D",
        {"national_id"},
    ),
    "nino_lower_case_in_speech": (
        "lk.user_transcript",
        "my NI number is jg 10 37 21 d",
        {"national_id"},
    ),
    "curp_lower_case": ("lk.user_transcript", "mi CURP es boxw310820hnerxn09", {"national_id"}),
    "aadhaar_dashes": ("lk.user_transcript", "aadhaar 2341-2341-2346", {"national_id"}),
    "nie_dashes": ("lk.user_transcript", "mi NIE es X-1234567-L", {"national_id"}),
    "cpf_spaced": ("lk.user_transcript", "meu CPF é 390 533 447 05", {"national_id"}),
    "personnummer_no_dash": ("lk.user_transcript", "personnummer 8803200016", {"national_id"}),
    "pan_lower_case": ("lk.user_transcript", "my PAN card number is acupa7085r", {"national_id"}),
    "routing_and_account_is": (
        "lk.user_transcript",
        "my routing number is 111000025 and my account is 000123456789",
        {"bank_account"},
    ),
    "dni_in_speech": ("getpatter.stt.text", "mi DNI es 12345678-Z, gracias", {"national_id"}),
    "nie_lower_case": ("cliente.documento", "x1234567l", {"national_id"}),
    "curp_in_text": (
        "log.message",
        "validación CURP BOXW310820HNERXN09 rechazada",
        {"national_id"},
    ),
    "codice_fiscale_lower": (
        "gen_ai.input.messages",
        '[{"role": "user", "content": "il mio codice fiscale è rccmnl83s18d969h"}]',
        {"national_id"},
    ),
    "pan_in_speech": ("lk.user_transcript", "my PAN is ACUPA7085R", {"national_id"}),
    "aadhaar_grouped": (
        "getpatter.stt.text",
        "aadhaar number 2341 2341 2346 please update it",
        {"national_id"},
    ),
    "pesel_in_speech": ("lk.user_transcript", "mój PESEL to 44051401359", {"national_id"}),
    "cpf_formatted": ("getpatter.stt.text", "meu CPF é 390.533.447-05", {"national_id"}),
    "cpf_keyed_bare": ("cliente.cpf", "52998224725", {"national_id"}),
    "bsn_keyed": ("klant.bsn", "111222333", {"national_id"}),
    "bsn_in_speech": ("lk.user_transcript", "mijn BSN is 1112.22.333", {"national_id"}),
    "personnummer": ("lk.user_transcript", "mitt personnummer är 880320-0016", {"national_id"}),
    "personnummer_12_digits": (
        "kund.personnummer",
        "19880320-0016",
        {"national_id"},
    ),
    "routing_and_account": (
        "lk.user_transcript",
        "routing number 111000025 and account number 000123456789",
        {"bank_account"},
    ),
    # Secrets.
    "sql_alter_user_password": (
        "db.statement",
        "ALTER USER app_rw WITH PASSWORD 'Zr8#pq2LmVw4'",
        {"secret"},
    ),
    "sql_create_user_identified_by": (
        "db.query.text",
        "CREATE USER 'svc'@'%' IDENTIFIED BY 'k9Vd!x2Qm7pL'",
        {"secret"},
    ),
    "websocket_protocol_token": (
        "http.request.header.sec_websocket_protocol",
        ("token, 9f0c2e7d1b3a4c5e6f708192a3b4c5d6e7f80912",),
        {"secret"},
    ),
    "websocket_protocol_in_text": (
        "log.message",
        "handshake with Sec-WebSocket-Protocol: token, 4b7e1d9c2a5f8e3b6d0c9a2f5e8b1d4c rejected",
        {"secret"},
    ),
    "slack_webhook_in_text": (
        "log.message",
        "alert posted to https://hooks.slack.com/services/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",
        {"secret"},
    ),
    "slack_webhook_url_keyed": (
        "http.url",
        "https://hooks.slack.com/services/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",
        {"secret"},
    ),
    "google_oauth_token": (
        "exception.message",
        "401 from Calendar API with token ya29.a0AfB_byC3dE4fG5hI6jK7lM8nO9pQ0rS1tU2vW3xY4z",
        {"secret"},
    ),
    "google_oauth_token_header": (
        "http.request.header.x-goog-token",
        ("ya29.c.b0Aaekm1K9xQ2vN4pL7rT8sW3yZ6aB5cD0eF1gH2iJ3kL4mN5oP6",),
        {"secret"},
    ),
    # Caller IPs.
    "cf_connecting_ip": ("http.request.header.cf-connecting-ip", ("81.2.69.160",), {"ip"}),
    "x_forwarded_for_chain": (
        "http.request.header.x_forwarded_for",
        ("81.2.69.160, 10.0.0.12, 172.16.4.2",),
        {"ip"},
    ),
    "access_log_line": (
        "log.record.body",
        '81.2.69.160 - - [05/Nov/2024:12:30:00 +0000] "POST /twilio/voice HTTP/1.1" 200 512',
        {"ip"},
    ),
    "logfmt_remote_addr": (
        "log.message",
        "level=info remote_addr=81.2.69.160 method=POST path=/voice",
        {"ip"},
    ),
    "log_line_request_after_address": (
        "log.record.body",
        "[WARN] 2024-11-05T12:30:00Z 81.2.69.160 POST /voice 403",
        {"ip"},
    ),
    "json_log_client_ip": ("log.record.body", '{"client_ip": "81.2.69.160", "path": "/v"}', {"ip"}),
    "ice_srflx_candidate": (
        "webrtc.ice.candidate",
        "candidate:842163049 1 udp 1677729535 81.2.69.160 54321 typ srflx raddr 192.168.1.5 "
        "rport 54321 generation 0",
        {"ip"},
    ),
    "ice_host_candidate_v6": (
        "log.message",
        "remote candidate:1 1 UDP 2122252543 2a02:1810:1d00:8a00::5 61234 typ host",
        {"ip"},
    ),
    # Names.
    "name_without_lead_in": pytest.param(
        "log.message",
        "transfer for Maria Silva failed: no agent available",
        {"name"},
        marks=pytest.mark.xfail(
            lexicon() is None,
            strict=True,
            reason="telling a bare name from a product name needs the name lexicon (faker)",
        ),
    ),
    "name_cjk_japanese": ("lk.user_transcript", "山田太郎です。予約の確認をお願いします", {"name"}),
    "name_cjk_chinese": ("getpatter.stt.text", "我叫王小明，想改一下预约时间", {"name"}),
    "name_with_particles": (
        "error.message",
        "no policy found for Jan van der Berg",
        {"name"},
    ),
    "name_initials_surname": ("log.message", "booking held for J. R. Okonkwo until 5pm", {"name"}),
    "name_one_initial_after_a_person_verb": (
        "log.message",
        "ticket assigned to A. Nowak",
        {"name"},
    ),
    "name_in_sql_literal": (
        "db.statement",
        "SELECT id FROM patients WHERE full_name = 'Ingrid Falkenberg'",
        {"name"},
    ),
    "name_in_error_string": (
        "exception.message",
        "KeyError: 'Henrik Lindqvist' not in contacts",
        {"name"},
    ),
    "name_emergency_contact_keyed": ("patient.emergency_contact", "Ana Souza", {"name"}),
    "name_emergency_contact_speech": (
        "lk.user_transcript",
        "my emergency contact is my sister Beatriz Okafor",
        {"name"},
    ),
    "name_human_agent_keyed": ("handoff.human_agent", "Liam O'Brien", {"name"}),
    "name_staff_in_speech": ("lk.user_transcript", "your nurse today is Anna Kowalczyk", {"name"}),
    "name_clinician_in_text": (
        "log.message",
        "appointment booked with Dr. Ayesha Rahman on Tuesday",
        {"name"},
    ),
    # Dates of birth.
    "dob_spanish_words": (
        "lk.user_transcript",
        "nací el 3 de marzo de 1985",
        {"dob"},
    ),
    "dob_french": ("getpatter.stt.text", "je suis né le 14/03/1987", {"dob"}),
    "dob_polish": ("lk.user_transcript", "urodziłem się 14.03.1987", {"dob"}),
    "dob_german_abbreviation": ("log.message", "Herr Müller, geb. 14.03.1987", {"dob"}),
    "dob_polish_abbreviation": ("lk.user_transcript", "ur. 14.03.1987 w Krakowie", {"dob"}),
    "dob_japanese": ("lk.user_transcript", "生年月日は1987年3月14日です", {"dob"}),
    "dob_nested_turns": (
        "gen_ai.input.messages",
        json.dumps(
            {
                "turns": [
                    {"speaker": "agent", "text": "Can I have your date of birth?"},
                    {"speaker": "caller", "text": "It's the 14th of March 1987"},
                ]
            }
        ),
        {"dob"},
    ),
    "dob_nested_field": (
        "tool.result",
        json.dumps({"patient": {"profile": {"birthDate": "1987-03-14"}}}),
        {"dob"},
    ),
    # E-mails, cards, IBANs.
    "email_idn_domain": ("customer.contact", "jose@exämple.de", {"email"}),
    "email_idn_local": ("lk.user_transcript", "write to josé.garcía@example.es please", {"email"}),
    "email_quoted_local": ("notification.to", '"jane smith"@example.com', {"email"}),
    "card_dot_separated": ("lk.user_transcript", "card 4111.1111.1111.1111 exp 04/27", {"card"}),
    "card_read_out": (
        "getpatter.stt.text",
        "it's four one one one one one one one one one one one one one one one",
        {"card"},
    ),
    "iban_lower_spaced": (
        "lk.user_transcript",
        "iban de89 3704 0044 0532 0130 00",
        {"iban"},
    ),
    "iban_lower_compact": ("payout.account", "gb82west12345698765432", {"iban"}),
    # Sensitive disclosures with no identifier.
    "disclosure_health": (
        "lk.user_transcript",
        "I was diagnosed with type 2 diabetes last month",
        {"sensitive"},
    ),
    "disclosure_finance": (
        "getpatter.stt.text",
        "I'm three months behind on my mortgage and can't pay",
        {"sensitive"},
    ),
    "disclosure_legal": (
        "lk.user_transcript",
        "my lawyer says the custody hearing is next Friday",
        {"sensitive"},
    ),
    "disclosure_health_german": (
        "lk.user_transcript",
        "ich habe seit Wochen Depressionen und nehme Antidepressiva",
        {"sensitive"},
    ),
    "disclosure_health_italian": ("lk.user_transcript", "ho il cancro al seno", {"sensitive"}),
    "disclosure_finance_dutch": ("lk.user_transcript", "ik ben failliet verklaard", {"sensitive"}),
    "disclosure_health_polish": ("lk.user_transcript", "mam depresję od roku", {"sensitive"}),
    "disclosure_legal_we": ("getpatter.stt.text", "we are getting divorced", {"sensitive"}),
    "disclosure_fertility": ("lk.user_transcript", "I am going through IVF", {"sensitive"}),
    "disclosure_health_russian": ("lk.user_transcript", "я болею диабетом", {"sensitive"}),
    "disclosure_bereavement_spanish": (
        "getpatter.stt.text",
        "mi madre falleció la semana pasada",
        {"sensitive"},
    ),
}


@pytest.mark.parametrize(
    ("key", "value", "kinds"), list(ISSUE_23_PII.values()), ids=list(ISSUE_23_PII)
)
def test_issue_23_missed_classes_are_found(key: str, value: object, kinds: set[str]) -> None:
    assert kinds <= _allowed_kinds(key, value)


PROVIDER_ERRORS = {
    "twilio": {
        "code": 20003,
        "message": "Authenticate",
        "more_info": "https://www.twilio.com/docs/errors/20003",
        "status": 401,
    },
    "elevenlabs": {
        "detail": {
            "status": "quota_exceeded",
            "message": "This request exceeds your quota. You have 0 credits remaining, "
            "while 120 credits are required for this request.",
        }
    },
    "deepgram": {
        "err_code": "INVALID_AUTH",
        "err_msg": "Invalid credentials.",
        "request_id": "5f2b8c1e-3d4a-4b6c-9e8f-7a1b2c3d4e5f",
    },
    "anthropic": {
        "type": "error",
        "error": {"type": "overloaded_error", "message": "Overloaded"},
    },
}

ISSUE_23_NOT_PII = {
    # Documentation and TEST-NET ranges: planted in tests, never a person's.
    "testnet_1_client": ("client.address", "192.0.2.44"),
    "testnet_2_forwarded": ("http.request.header.x-forwarded-for", ("198.51.100.23",)),
    "testnet_3_in_text": ("log.message", "blocked 12 requests from caller 203.0.113.7"),
    "doc_ipv6_client": ("enduser.ip", "2001:db8:85a3::8a2e:370:7334"),
    # The business's own published lines.
    "agent_number": ("getpatter.agent.phone_number", "+1 415 555 0100"),
    "agent_number_short": ("agent.number", "+442079460999"),
    "trunk_number": ("sip.trunk.number", "+1 646 555 0199"),
    "trunk_did": ("telephony.trunk_did", "+14155550111"),
    "outbound_caller_id": ("twilio.outbound_caller_id", "+1 212 555 0142"),
    "outbound_caller_id_camel": ("call.outboundCallerId", "+34 612 34 56 78"),
    "outbound_caller_id_last": ("caller_id.outbound", "+14155550100"),
    "published_call_us": ("log.message", "SMS footer: call us at +1 800 555 0199"),
    "caller_id_set_to": ("log.message", "caller ID set to +1 415 555 0100 for the outbound dial"),
    "our_office_number": ("log.message", "our office number is +44 20 7946 0999"),
    "clinic_number_in_text": (
        "log.message",
        "fallback: read out the clinic number +44 113 496 0000",
    ),
    "front_desk": ("log.message", "transfer to the front desk at +1 415 555 0100"),
    "company_fax": ("company.fax", "+1 415 555 0100"),
    "tenant_main_number": ("tenant.main_number", "+14155550100"),
    "purchased_number": ("log.message", "purchased number +1 415 555 0100 for the agent"),
    # Masked keys, type-tag and hash redactions.
    "masked_key_ellipsis": ("openai.api_key", "sk-…ed"),
    "masked_key_ellipsis_in_text": ("log.message", "using key sk-…3f9a for project voice"),
    "masked_last4": ("payment.card", "****1234"),
    "masked_last4_in_text": ("log.message", "card ****1234 charged"),
    "type_tag_phone": ("caller.phone", "<PHONE>"),
    "type_tag_email_bracket": ("customer.email", "[REDACTED_EMAIL]"),
    "type_tag_in_speech": (
        "lk.user_transcript",
        "my number is <PHONE_NUMBER> and my email is [REDACTED_EMAIL]",
    ),
    "type_tag_person": ("customer.name", "<PERSON>"),
    "hash_redaction": (
        "caller.phone",
        "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    ),
    "hash_redaction_email": ("customer.email", "sha1:2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"),
    # Luhn-valid ids under trace, span and request id keys.
    "luhn_trace_id": ("parent.trace_id", "4111111111111111"),
    "luhn_request_id": ("http.response.header.x-request-id", ("4532015112830366",)),
    "luhn_span_id_camel": ("upstream.spanId", "5555555555554444"),
    "luhn_openai_request_id": ("openai.request_id", "378282246310005"),
    # SSN-shaped SKUs.
    "sku": ("product.sku", "123-45-6789"),
    "sku_camel": ("order.itemSku", "219-09-9999"),
    "part_number": ("catalog.part_number", "078-05-1120"),
    "sku_in_text": ("log.message", "restocked SKU 123-45-6789 in warehouse 4"),
    # Capital letters with dots that are no initials.
    "option_letter_then_sentence": ("log.message", "selected option A. Then retried the call"),
    "section_letter": ("log.message", "see section B. Overview of the runbook"),
    "country_abbreviation": ("log.message", "routed via the U.S. East region"),
    # A birth word with no date, and a date with no birth word, in CJK.
    "birthday_greeting_cjk": ("lk.user_transcript", "生日快乐！今天是我的生日"),
    "japanese_booking_not_a_name": ("lk.user_transcript", "予約です。中野区です"),
    # Provider, bot and allowlisted addresses named as such in text.
    "provider_webhook_ip": ("log.message", "webhook from Twilio IP 54.172.60.1 verified"),
    "allowlisted_ip": ("log.message", "source IP 54.172.60.1 is in the Twilio allowlist"),
    "bot_ip": ("log.message", "requests from 66.249.66.1 (Googlebot) throttled"),
    "health_probe_ip": ("log.message", "health probe from 168.63.129.16 ok"),
    "staff_role_no_name": ("lk.user_transcript", "the agent is busy, the nurse is on leave"),
    "proxy_request_private": ("log.message", "proxy 10.0.0.1 POST /voice 200"),
    "ten_digits_without_id_word": ("log.message", "order 8803200016 shipped"),
    # A routing number alone names a bank (published), not a person.
    "routing_number_alone": ("payment.routing_number", "111000025"),
    # Provider error bodies without personal data.
    **{
        f"provider_error_{name}": (f"{name}.error.body", json.dumps(body))
        for name, body in PROVIDER_ERRORS.items()
    },
    "provider_error_in_exception": (
        "exception.message",
        "openai.RateLimitError: Error code: 429 - "
        + json.dumps(
            {
                "error": {
                    "message": "Rate limit reached for gpt-4o in organization org-abc on "
                    "tokens per min (TPM): Limit 30000, Used 29800, Requested 400.",
                    "type": "tokens",
                    "param": None,
                    "code": "rate_limit_exceeded",
                }
            }
        ),
    ),
}


@pytest.mark.parametrize("content", ["forbid", "allow"])
@pytest.mark.parametrize(
    ("key", "value"), list(ISSUE_23_NOT_PII.values()), ids=list(ISSUE_23_NOT_PII)
)
def test_issue_23_false_hit_classes_are_clean(key: str, value: object, content: str) -> None:
    found = {f.kind for f in find_pii([_span(key, value)], content=content)}
    assert found <= {"free_text"} if key == "lk.user_transcript" else found == set()


PEER_KEYS = ("net.peer.ip", "server.address", "network.peer.address")


@pytest.mark.parametrize("key", PEER_KEYS)
def test_peer_address_of_a_client_span_is_the_server(key: str) -> None:
    assert _allowed_kinds(key, "34.203.251.12", kind="CLIENT") == set()


def test_peer_address_of_a_server_span_is_the_caller() -> None:
    assert _allowed_kinds("net.peer.ip", "81.2.69.160", kind="SERVER") == {"ip"}


def test_a_condition_after_watashi_wa_is_no_name() -> None:
    assert _allowed_kinds("lk.user_transcript", "私はうつ病です") == {"sensitive"}
