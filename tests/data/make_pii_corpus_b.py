"""Generate tests/data/pii_corpus_b.jsonl: a second labelled corpus, written apart from the first.

Run from the repository root: ``python tests/data/make_pii_corpus_b.py [OUT]``. It needs
``Faker`` (a generation-time tool only, not a dependency of the plugin) and
``phonenumbers``; the output is deterministic for the Faker release named below, so a
re-run reproduces the committed file byte for byte.

This corpus is frozen: it was committed before the detector was tuned against it and is
never edited to fit. Where its values come from:

- people (names, addresses, e-mails, phone numbers, birth dates) from Faker in 13
  locales, phone numbers kept only when libphonenumber says they are valid, plus public
  fiction and test ranges (NANP 555-01xx, Ofcom drama numbers, ACMA and ARCEP fiction
  ranges, Twilio's magic test numbers);
- attribute keys from Patter's tracing docs, OpenTelemetry's GenAI conventions
  (``gen_ai.*``), its HTTP, URL, database and network conventions, and Pipecat- and
  LiveKit-style voice pipelines, with personal keys written in several languages;
- secrets from random characters in providers' published token formats;
- hard negatives: ids, hashes, placeholders, already masked keys, provider error bodies
  and messages, ssh remotes, durations, model names, web-instrumentation values.

Each line: ``{"id", "class", "site", "key", "value", "kinds"}`` as in pii_corpus.jsonl.
Kinds include ``name`` (a person's name) and ``tool_payload`` (tool-call arguments or
results under a payload key). Classes starting with ``pos.`` hold PII, ``neg.`` do not.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import random
import string
import sys
from collections.abc import Iterator
from pathlib import Path

import phonenumbers
from faker import Faker

OUT = Path(__file__).with_name("pii_corpus_b.jsonl")
#: The committed file was generated with these releases.
FAKER_VERSION = "40.63.0"
PHONENUMBERS_VERSION = "9.0.43"
SEED = 7301
LOCALES = [
    "en_US",
    "en_GB",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "pt_BR",
    "nl_NL",
    "pl_PL",
    "sv_SE",
    "ja_JP",
    "tr_TR",
    "en_IN",
]
REGION = {
    "en_US": "US",
    "en_GB": "GB",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "pt_BR": "BR",
    "nl_NL": "NL",
    "pl_PL": "PL",
    "sv_SE": "SE",
    "ja_JP": "JP",
    "tr_TR": "TR",
    "en_IN": "IN",
}

rng = random.Random(SEED)
fakers: dict[str, Faker] = {}
for _index, _loc in enumerate(LOCALES):
    fakers[_loc] = Faker(_loc)
    fakers[_loc].seed_instance(SEED + _index)
rows: list[dict[str, object]] = []


def add(cls: str, key: str, value: object, kinds: tuple[str, ...] = (), site: str = "attribute"):
    rows.append(
        {
            "id": len(rows),
            "class": cls,
            "site": site,
            "key": key,
            "value": value,
            "kinds": sorted(set(kinds)),
        }
    )


def pick(seq):
    return seq[rng.randrange(len(seq))]


def fk(locale: str | None = None) -> Faker:
    return fakers[locale or pick(LOCALES)]


def rand(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return rand(n, "0123456789abcdef")


def one_line(text: str) -> str:
    return " ".join(text.split())


# -- phone numbers -------------------------------------------------------------------------


def faker_phone(locale: str) -> str | None:
    """A Faker phone number of ``locale`` that libphonenumber calls valid, else None."""
    for _ in range(30):
        raw = fk(locale).phone_number()
        if "x" in raw.lower() or "ext" in raw.lower():
            continue
        try:
            parsed = phonenumbers.parse(raw, REGION[locale])
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return raw
    return None


def fiction_phone() -> str:
    """Public fiction and test ranges, in the formats people write them."""
    kind = rng.randrange(7)
    if kind == 0:
        d = f"{pick(['212', '312', '415', '617', '702', '213', '646'])}5550{rng.randrange(100, 200)}"  # noqa: E501
        return pick(
            [
                f"({d[:3]}) {d[3:6]}-{d[6:]}",
                f"+1 {d[:3]} {d[3:6]} {d[6:]}",
                f"{d[:3]}-{d[3:6]}-{d[6:]}",
                f"+1{d}",
            ]
        )
    if kind == 1:
        n = f"7946 0{rng.randrange(0, 1000):03d}"
        return pick([f"020 {n}", f"+44 20 {n}", f"+44 (0)20 {n}"])
    if kind == 2:
        n = f"{rng.randrange(0, 1000):03d}"
        return pick([f"07700 900{n}", f"+44 7700 900{n}"])
    if kind == 3:
        n = f"{rng.randrange(0, 1000):03d}"
        return pick([f"0491 570 {n}", f"+61 491 570 {n}", f"(02) 5550 {rng.randrange(1000, 9999)}"])
    if kind == 4:
        n = f"{rng.randrange(0, 100):02d} {rng.randrange(0, 100):02d}"
        return pick([f"01 99 00 {n}", f"+33 1 99 00 {n}", f"06 39 98 {n}"])
    if kind == 5:
        return pick(["+15005550006", "+15005550001", "+15005550009", "+1 500-555-0006"])
    return f"+49 30 23125 {rng.randrange(100, 999)}"


CALLER_KEYS = [
    "patter.caller",
    "patter.callee",
    "twilio.from",
    "twilio.to",
    "telnyx.from",
    "livekit.sip.phone_number",
    "sip.caller_id",
    "pipecat.dialin.from",
    "call.from_number",
    "lk.sip.caller_number",
    "customer.telefono",
    "kunde.telefonnummer",
    "client.telephone",
    "cliente.telefono",
    "lead.mobile",
    "contact.phone",
    "callback_number",
]
LOG_KEYS = ["log.message", "error.message", "exception.message", "otel.status_description"]


def make_phones() -> None:
    for locale in LOCALES:
        for _ in range(7):
            p = faker_phone(locale)
            if p is not None:
                add("pos.phone.faker_locale", pick(CALLER_KEYS), p, ("phone",))
    for _ in range(36):
        add("pos.phone.fiction_range", pick(CALLER_KEYS), fiction_phone(), ("phone",))
    templates = [
        "Transferring caller to {p}",
        "transfer to {p} failed: busy",
        "Outbound call to {p} not answered after 30s",
        "Llamada transferida al {p}",
        "Anruf an {p} fehlgeschlagen",
        "Appel vers {p} refusé",
        "Callback scheduled for {p} at 15:30",
        "SMS confirmation sent to {p}",
        "Numero {p} non raggiungibile",
        "dial({p}) returned 486 Busy Here",
    ]
    for _ in range(30):
        locale = pick(LOCALES)
        p = faker_phone(locale) or fiction_phone()
        t = pick(templates).format(p=p)
        key = pick(LOG_KEYS)
        add(
            "pos.phone.in_sentence",
            key,
            t,
            ("phone",),
            site="status" if key.startswith("otel") else "attribute",
        )
    # Mistyped: a digit dropped or doubled, in a sentence about the caller.
    mistyped = [
        "caller said their callback number is {p}",
        "Customer asked to be called back on {p}",
        "the caller gave {p} as her phone number",
        "user provided phone number {p} which failed validation",
        "invalid callback number {p} from caller",
        "Caller's mobile: {p} (could not parse)",
    ]
    for _ in range(22):
        d = f"{pick(['415', '212', '646', '303'])}{rng.randrange(200, 999)}{rng.randrange(0, 10000):04d}"  # noqa: E501
        d = d[:-1] if rng.random() < 0.5 else d + str(rng.randrange(10))
        shaped = pick(
            [
                f"{d[:3]} {d[3:6]} {d[6:]}",
                f"{d[:3]}-{d[3:6]}-{d[6:]}",
                f"+1 {d[:3]} {d[3:6]} {d[6:]}",
                d,
            ]
        )
        add(
            "pos.phone.mistyped",
            pick(["log.message", "exception.message", "error.message"]),
            pick(mistyped).format(p=shaped),
            ("phone",),
            site=pick(["attribute", "event"]),
        )


# -- e-mail, names, addresses, dates of birth ---------------------------------------------

EMAIL_KEYS = [
    "user.email",
    "enduser.id",
    "customer.email",
    "lead.contact",
    "kunde.email",
    "cliente.correo",
    "client.courriel",
    "crm.contact.email",
    "lk.participant.metadata.email",
]


def make_emails() -> None:
    for _ in range(45):
        f = fk()
        e = pick([f.email, f.free_email, f.company_email, f.ascii_safe_email])()
        add("pos.email.faker", pick(EMAIL_KEYS), e, ("email",))
    templates = [
        "no CRM record for {e}",
        "Sending transcript to {e}",
        "mailto:{e}",
        "Caller asked for a receipt at <{e}>",
        "Webhook owner {e} not verified",
        "Usuario {e} no encontrado",
    ]
    for _ in range(20):
        add(
            "pos.email.in_sentence",
            pick(LOG_KEYS[:3]),
            pick(templates).format(e=fk().email()),
            ("email",),
        )


NAME_KEYS = [
    "customer.name",
    "patient.name",
    "caller_name",
    "patter.caller_name",
    "account.holder",
    "lead.full_name",
    "contact.first_name",
    "contact.last_name",
    "user.display_name",
    "crm.customer_full_name",
    "cliente.nombre",
    "cliente.apellidos",
    "kunde.vorname",
    "kunde.nachname",
    "client.nom",
    "client.prenom",
    "paziente.nome",
    "paziente.cognome",
    "cliente.nome_completo",
    "klant.naam",
    "klient.imie",
    "kund.namn",
    "recipient.name",
    "cardholder_name",
    "lk.participant.name",
    "booking.guest_name",
    "passenger.surname",
]


def make_names() -> None:
    for _ in range(85):
        f = fk()
        key = pick(NAME_KEYS)
        if key.endswith(("first_name", "vorname", "prenom", ".nome")):
            value = f.first_name()
        elif key.endswith(("last_name", "nachname", "cognome", "apellidos", "surname")):
            value = f.last_name()
        else:
            value = f.name()
        add("pos.name.keyed", key, value, ("name",))
    for _ in range(15):
        f = fk(pick(["en_US", "en_GB", "es_ES", "de_DE"]))
        # CNAM lookups print SURNAME FIRSTNAME in capitals.
        add(
            "pos.name.cnam",
            pick(["caller_name", "twilio.caller_name", "cnam.caller_name"]),
            f"{f.last_name()} {f.first_name()}".upper(),
            ("name",),
        )


ADDRESS_KEYS = [
    "customer.address",
    "billing_address",
    "shipping.address",
    "delivery_address",
    "patient.home_address",
    "cliente.direccion",
    "kunde.adresse",
    "client.adresse",
    "cliente.indirizzo",
    "cliente.endereco",
    "klant.adres",
    "tool.destination_address",
]


def make_addresses() -> None:
    for _ in range(40):
        f = fk()
        value = one_line(f.address()) if rng.random() < 0.6 else f.street_address()
        add("pos.address.keyed", pick(ADDRESS_KEYS), value, ("address",))
    for _ in range(10):
        add(
            "pos.address.postcode",
            pick(["postal_code", "address.zip", "shipping.postcode", "cliente.codigo_postal"]),
            fk(pick(["en_US", "de_DE", "fr_FR", "es_ES", "en_GB"])).postcode(),
            ("address",),
        )


DOB_KEYS = [
    "patient.dob",
    "customer.date_of_birth",
    "user.birthdate",
    "cliente.fecha_nacimiento",
    "kunde.geburtsdatum",
    "client.date_de_naissance",
    "paziente.data_di_nascita",
    "member.birthDate",
]


def make_dobs() -> None:
    for _ in range(24):
        d = fk().date_of_birth(minimum_age=18, maximum_age=90)
        value = pick(
            [
                d.isoformat(),
                d.strftime("%d/%m/%Y"),
                d.strftime("%m/%d/%Y"),
                d.strftime("%d.%m.%Y"),
                d.strftime("%B %d, %Y"),
                d.strftime("%Y%m%d"),
            ]
        )
        add("pos.dob.keyed", pick(DOB_KEYS), value, ("dob",))
    for _ in range(8):
        d = fk().date_of_birth(minimum_age=18, maximum_age=90)
        add(
            "pos.dob.in_sentence",
            pick(LOG_KEYS[:3]),
            pick(
                [
                    "identity check failed: DOB {d} does not match",
                    "caller date of birth {d} not on file",
                ]
            ).format(d=d.isoformat()),
            ("dob",),
        )


# -- payment, national ids, network --------------------------------------------------------


def make_numbers() -> None:
    for _ in range(24):
        f = fk("en_US")
        card = f.credit_card_number(
            card_type=pick(["visa", "mastercard", "amex", "discover", "jcb", "diners"])
        )
        if rng.random() < 0.5:
            add(
                "pos.card.keyed",
                pick(["payment.card_number", "tool.card", "card.pan", "tarjeta.numero"]),
                card,
                ("card",),
            )
        else:
            add(
                "pos.card.in_sentence",
                pick(LOG_KEYS[:3]),
                f"charge declined for card {card}",
                ("card",),
            )
    for _ in range(16):
        iban = fk(
            pick(["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "en_GB", "pl_PL", "pt_BR"])
        ).iban()
        add(
            "pos.iban.keyed",
            pick(["payout.iban", "refund.account", "cliente.cuenta", "kunde.iban"]),
            iban,
            ("iban",),
        )
    for _ in range(10):
        add(
            "pos.ssn.dashed",
            pick(["customer.ssn", "verification.ssn", "applicant.social_security_number"]),
            fk("en_US").ssn(),
            ("ssn",),
        )
    for _ in range(22):
        s = fk("en_US").ssn().replace("-", "")
        if rng.random() < 0.4:
            add(
                "pos.ssn.keyed_bare",
                pick(["customer.ssn", "applicant.social_security_number", "member.ssn"]),
                s,
                ("ssn",),
            )
        else:
            t = pick(
                [
                    "SSN {s} failed verification",
                    "caller read their social security number {s}",
                    "lookup by ssn={s} returned 0 rows",
                    "Social Security No. {s} mismatch",
                ]
            )
            add("pos.ssn.dashless_context", pick(LOG_KEYS[:3]), t.format(s=s), ("ssn",))
    for _ in range(18):
        f = fk()
        ip = f.ipv4_public() if rng.random() < 0.8 else f.ipv6()
        while not ipaddress.ip_address(ip).is_global:  # Faker's IPv6 can be any range
            ip = f.ipv6()
        add(
            "pos.ip.keyed",
            pick(
                [
                    "client.address",
                    "http.client_ip",
                    "network.peer.address",
                    "net.sock.peer.addr",
                    "enduser.ip",
                    "http.request.header.x-forwarded-for",
                ]
            ),
            ip,
            ("ip",),
        )


# -- secrets -------------------------------------------------------------------------------


def token() -> str:
    shape = rng.randrange(12)
    return [
        lambda: "sk-proj-" + rand(48, string.ascii_letters + string.digits + "_-"),
        lambda: "sk-ant-api03-" + rand(93, string.ascii_letters + string.digits + "_-") + "AA",
        lambda: "sk_" + hexs(48),  # ElevenLabs
        lambda: "gsk_" + rand(52),
        lambda: "sk_live_" + rand(24),
        lambda: "ghp_" + rand(36),
        lambda: "xoxb-" + rand(11, string.digits) + "-" + rand(13, string.digits) + "-" + rand(24),
        lambda: "AIza" + rand(35, string.ascii_letters + string.digits + "_-"),
        lambda: "hf_" + rand(34),
        lambda: "AKIA" + rand(16, string.ascii_uppercase + string.digits),
        lambda: (
            "eyJhbGciOiJSUzI1NiJ9.eyJ"
            + rand(40)
            + "."
            + rand(43, string.ascii_letters + string.digits + "_-")
        ),
        lambda: "sk-" + rand(48),
    ][shape]()


def make_secrets() -> None:
    for _ in range(30):
        add(
            "pos.secret.token_shape",
            pick(["llm.config", "provider.credentials_hint", "process.command_line", "app.debug"]),
            pick(["{t}", "using key {t}", "--api-key {t}"]).format(t=token()),
            ("secret",),
        )
    keyed = [
        ("http.request.header.authorization", lambda: "Bearer " + token()),
        ("http.request.header.x-api-key", lambda: rand(40, "0123456789abcdef")),
        ("http.request.header.xi-api-key", lambda: "sk_" + hexs(48)),
        ("twilio.auth_token", lambda: hexs(32)),
        ("deepgram.api_key", lambda: hexs(40)),
        ("db.connection.password", lambda: rand(14, string.ascii_letters + string.digits + "!#%")),
        ("kunde.passwort", lambda: rand(12)),
        ("usuario.contrasena", lambda: rand(12)),
        ("webhook.signing_secret", lambda: "whsec_" + rand(32)),
        ("http.request.header.cookie", lambda: "session=" + rand(40)),
    ]
    for _ in range(30):
        key, make = pick(keyed)
        add("pos.secret.keyed", key, make(), ("secret",))
    for _ in range(20):
        pw = rand(rng.randrange(10, 20), string.ascii_letters + string.digits)
        host = pick(["cache.internal", "redis-master.prod.svc", "10.0.3.17", "db.example.com"])
        url = pick(
            [
                f"redis://:{pw}@{host}:6379/0",
                f"rediss://:{pw}@{host}:6380",
                f"postgresql://patter:{pw}@{host}:5432/calls",
                f"amqp://worker:{pw}@{host}:5672/",
                f"mongodb+srv://app:{pw}@{host}/voice",
                f"https://deploy:{pw}@{host}/hooks",
            ]
        )
        key = pick(
            [
                "db.connection_string",
                "messaging.url",
                "exception.message",
                "app.cache_url",
                "log.message",
            ]
        )
        value = url if "message" not in key else f"could not connect to {url}: timeout"
        add("pos.secret.url_password", key, value, ("secret",))
    for _ in range(26):
        tok = rand(rng.randrange(24, 48), string.ascii_letters + string.digits + "-_")
        param = pick(
            [
                "token",
                "access_token",
                "key",
                "api_key",
                "sig",
                "signature",
                "auth",
                "X-Amz-Signature",
                "secret",
            ]
        )
        base = pick(
            [
                "wss://api.provider.example/v1/listen?model=nova-2&encoding=mulaw&",
                "https://storage.example.com/recordings/RE{h}.wav?",
                "ws://127.0.0.1:8765/stream?",
                "https://hooks.example.org/voice/status?call=eval_{h12}&",
                "wss://realtime.example.net/ws?",
            ]
        ).format(h=hexs(32), h12=hexs(12))
        url = f"{base}{param}={tok}"
        key = pick(["url.full", "http.url", "websocket.url", "error.message", "url.query"])
        if key == "url.query":
            url = url.split("?", 1)[1]
        elif key == "error.message":
            url = f"WebSocket handshake to {url} failed: 401"
        add("pos.secret.url_query", key, url, ("secret",))
    for _ in range(14):
        t = pick(
            [
                "Invalid API key: '{t}'",
                'AuthenticationError: key "{t}" was revoked',
                "401 Unauthorized for token '{t}'",
                "Clave de API no válida: '{t}'",
            ]
        ).format(t=rand(rng.randrange(28, 44), string.ascii_letters + string.digits))
        add("pos.secret.quoted_in_exception", "exception.message", t, ("secret",), site="event")


# -- content: tool payloads, utterances, conversation -------------------------------------

TOOL_KEYS = [
    "gen_ai.tool.call.arguments",
    "gen_ai.tool.call.result",
    "getpatter.tool.arguments",
    "getpatter.tool.result",
    "patter.tool.arguments",
    "tool.result",
    "tool.arguments",
    "pipecat.function_call.arguments",
    "pipecat.function_call.result",
    "lk.function_call.arguments",
    "lk.function_call.output",
]


def make_tool_payloads() -> None:
    for _ in range(36):
        payload = pick(
            [
                {"order_id": str(rng.randrange(10**5, 10**8))},
                {"date": "2025-03-14", "time": "10:30", "party_size": rng.randrange(1, 9)},
                {"status": "ok"},
                {"city": pick(["Madrid", "Lyon", "Osaka", "Leeds"]), "unit": "celsius"},
                {"slots": ["09:00", "11:30", "14:00"]},
                {"found": True, "balance": round(rng.random() * 900, 2)},
                {"confirmation": "BK-" + rand(6, string.ascii_uppercase + string.digits)},
            ]
        )
        add("pos.tool_payload.plain", pick(TOOL_KEYS), json.dumps(payload), ("tool_payload",))
    for _ in range(6):
        add(
            "pos.tool_payload.text",
            pick(TOOL_KEYS),
            pick(["ok", "done", "no availability", "42", "true"]),
            ("tool_payload",),
        )
    for _ in range(14):
        f = fk()
        which = rng.randrange(3)
        if which == 0:
            payload, kinds = {"email": f.email(), "reason": "receipt"}, ("tool_payload", "email")
        elif which == 1:
            payload, kinds = {"callback": fiction_phone()}, ("tool_payload", "phone")
        else:
            payload, kinds = (
                {"customer_name": f.name(), "order_id": str(rng.randrange(10**5, 10**8))},
                ("tool_payload", "name"),
            )
        add(
            "pos.tool_payload.with_pii",
            pick(TOOL_KEYS),
            json.dumps(payload, ensure_ascii=False),
            kinds,
        )


UTTERANCES = {
    "en": [
        "I need to move my appointment to next Tuesday",
        "can you check why my bill went up this month",
        "I'd like to cancel my subscription please",
        "my flight got cancelled and I need a refund",
        "yeah I called yesterday about the same problem",
        "I was charged forty nine dollars twice",
        "my account pin is four four seven two",
        "I'm calling about the package that never arrived",
        "could you read me the last three transactions",
        "my daughter is sick so we have to reschedule",
    ],
    "es": [
        "quiero cancelar mi pedido de ayer",
        "necesito cambiar la dirección de entrega",
        "me cobraron dos veces la factura",
        "mi número de cliente es cuatro cinco siete",
    ],
    "fr": [
        "je voudrais annuler ma réservation de demain",
        "mon colis n'est jamais arrivé",
        "j'ai besoin de parler à un conseiller",
    ],
    "de": [
        "ich möchte meinen Termin verschieben",
        "meine Rechnung ist falsch, bitte prüfen Sie das",
        "ich habe die Lieferung nie bekommen",
    ],
    "it": ["vorrei disdire il mio abbonamento", "non ho ricevuto il rimborso"],
    "pt": ["eu quero falar com um atendente", "minha encomenda chegou quebrada"],
}
ALL_UTTERANCES = [u for us in UTTERANCES.values() for u in us]


def make_utterances() -> None:
    templates = [
        "user said: {u}",
        "STT final transcript: {u}",
        "caller: {u}",
        "LLM turn failed for input '{u}'",
        'could not route utterance "{u}"',
        "intent classification failed: {u}",
        "barge-in while caller said '{u}'",
        "transcript={u!r}",
        "Unhandled user request: {u}",
    ]
    for _ in range(60):
        key = pick(LOG_KEYS)
        site = (
            "status"
            if key.startswith("otel")
            else pick(["attribute", "event"])
            if key == "exception.message"
            else "attribute"
        )
        add(
            "pos.free_text.log_utterance",
            key,
            pick(templates).format(u=pick(ALL_UTTERANCES)),
            ("free_text",),
            site=site,
        )
    for _ in range(16):
        turns = []
        for _ in range(rng.randrange(2, 5)):
            turns.append({"role": "user", "content": pick(ALL_UTTERANCES)})
            turns.append(
                {
                    "role": "assistant",
                    "content": pick(
                        ["Sure, one moment.", "I can help with that.", "Let me check your account."]
                    ),
                }
            )
        add(
            "pos.free_text.conversation_history",
            pick(
                [
                    "conversation.history",
                    "patter.conversation.history",
                    "lk.chat_ctx",
                    "pipecat.context.messages",
                ]
            ),
            json.dumps(turns, ensure_ascii=False),
            ("free_text",),
        )
    content_keys = [
        "gen_ai.input.messages",
        "gen_ai.output.messages",
        "gen_ai.system_instructions",
        "gen_ai.prompt",
        "gen_ai.completion",
        "lk.user_input",
        "lk.response.text",
        "pipecat.transcript",
        "transcript",
        "tts.text",
        "getpatter.stt.text",
        "llm.output",
    ]
    for _ in range(36):
        key = pick(content_keys)
        u = pick(ALL_UTTERANCES)
        if key in ("gen_ai.input.messages", "gen_ai.output.messages"):
            role = "user" if key.endswith("input.messages") else "assistant"
            value = json.dumps(
                [{"role": role, "parts": [{"type": "text", "content": u}]}], ensure_ascii=False
            )
        elif key == "gen_ai.system_instructions":
            value = f"You are a booking assistant. The caller is {fk().first_name()}; be brief."
        else:
            value = u
        add("pos.free_text.content_key", key, value, ("free_text",))


# -- hard negatives ------------------------------------------------------------------------


def make_negatives() -> None:
    # Placeholders after an auth scheme, already masked keys.
    for _ in range(16):
        add(
            "neg.auth_placeholder",
            pick(
                [
                    "http.request.header.authorization",
                    "authorization",
                    "proxy-authorization",
                    "xi-api-key",
                ]
            ),
            pick(
                [
                    "Bearer ***",
                    "Basic ****",
                    "Token ${DEEPGRAM_API_KEY}",
                    "Bearer [REDACTED]",
                    "Bearer <token>",
                    "Bearer $OPENAI_API_KEY",
                    "Bearer {{api_key}}",
                    "Token <redacted>",
                    "Basic [FILTERED]",
                    "Bearer xxxxx",
                ]
            ),
        )
    for _ in range(22):
        tail = rand(4)
        masked = pick(
            [
                f"sk-...{tail}",
                f"****{tail}",
                f"sk-proj-{'*' * rng.randrange(8, 40)}{tail}",
                f"{'•' * 12}{tail}",
                f"xxxxxxxxxxxx{tail}",
                f"sk_...{tail}",
                f"***...{tail}",
            ]
        )
        key = pick(
            [
                "openai.api_key",
                "deepgram.api_key",
                "twilio.auth_token",
                "provider.key_hint",
                "exception.message",
            ]
        )
        value = (
            masked
            if key != "exception.message"
            else f"Incorrect API key provided: {masked}. You can find your API key at https://platform.openai.com/account/api-keys."
        )
        add("neg.masked_key", key, value)
    for _ in range(15):
        org, repo = rand(6, string.ascii_lowercase), rand(8, string.ascii_lowercase)
        remote = pick(
            [
                f"git@github.com:{org}/{repo}.git",
                f"git@gitlab.com:{org}/{repo}.git",
                f"ssh://git@bitbucket.org/{org}/{repo}.git",
                f"git@ssh.dev.azure.com:v3/{org}/{repo}",
            ]
        )
        key = pick(
            [
                "vcs.repository.url.full",
                "process.command_line",
                "error.message",
                "deployment.source",
            ]
        )
        value = (
            remote
            if key not in ("process.command_line", "error.message")
            else pick(
                [f"git clone {remote}", f"fatal: could not read from remote repository {remote}"]
            )
        )
        add("neg.ssh_remote", key, value)
    bodies = [
        {
            "error": {
                "message": "You exceeded your current quota, please check your plan and billing details.",  # noqa: E501
                "type": "insufficient_quota",
                "param": None,
                "code": "insufficient_quota",
            }
        },
        {
            "error": {
                "message": "Rate limit reached for gpt-4o in organization org-"
                + rand(24)
                + " on tokens per min.",
                "type": "tokens",
                "code": "rate_limit_exceeded",
            }
        },
        {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}},
        {
            "err_code": "INVALID_AUTH",
            "err_msg": "Invalid credentials. Please check your API key and try again.",
            "request_id": str(fk().uuid4()),
        },
        {
            "detail": {
                "status": "quota_exceeded",
                "message": "This request exceeds your quota. You have 12 credits remaining, while 48 credits are required.",  # noqa: E501
            }
        },
        {
            "code": 20003,
            "message": "Authenticate",
            "more_info": "https://www.twilio.com/docs/errors/20003",
            "status": 401,
        },
        {
            "errors": [
                {
                    "code": "10011",
                    "title": "Unauthorized",
                    "detail": "You are not authorized to perform this action",
                }
            ]
        },
    ]
    for _ in range(20):
        add(
            "neg.error_body",
            pick(
                [
                    "openai.error.body",
                    "provider.error.body",
                    "elevenlabs.error.body",
                    "deepgram.error.body",
                    "error.body",
                    "http.response.error.body",
                ]
            ),
            json.dumps(pick(bodies)),
        )
    dev_messages = [
        "You exceeded your current quota, please check your plan and billing details.",
        "Please check your API key and try again.",
        "Your account is not active, please check your billing details on our website.",
        "You must provide a model parameter",
        "Could not find a voice with that id; please check the voice_id you passed",
        "Connection reset by peer",
        "WebSocket closed with code 1011: internal error",
        "Deepgram did not receive audio data or a text message within the timeout window",
        "The server had an error while processing your request. Sorry about that!",
        "Request timed out after 30.0 seconds",
        "I/O operation on closed file",
        "Call eval_{h} ended: remote hangup",
        "Retrying in 2s (attempt 3 of 5)",
        "Task was destroyed but it is pending!",
        "Event loop is closed",
        "Invalid 'messages[2].content': string too long. Expected a string with maximum length 1048576",  # noqa: E501
        "This model's maximum context length is 128000 tokens. However, your messages resulted in 131072 tokens.",  # noqa: E501
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth",  # noqa: E501
        "transfer_call: missing required parameter 'to'",
        "no handler registered for tool 'lookup_order'",
    ]
    for _ in range(45):
        key = pick(LOG_KEYS)
        site = (
            "status"
            if key.startswith("otel")
            else pick(["attribute", "event"])
            if key == "exception.message"
            else "attribute"
        )
        add("neg.developer_message", key, pick(dev_messages).format(h=hexs(12)), site=site)
    # Name-like keys that do not name a person; caller-name lookups with no name.
    not_people = [
        ("service.name", "voice-gateway"),
        ("gen_ai.tool.name", "book_appointment"),
        ("gen_ai.agent.name", "Booking Assistant"),
        ("elevenlabs.voice.name", "Rachel"),
        ("host.name", "ip-10-0-3-17.ec2.internal"),
        ("k8s.pod.name", "patter-worker-7c9f5-xk2lp"),
        ("db.name", "calls"),
        ("user_agent.name", "Chrome"),
        ("telemetry.sdk.name", "opentelemetry"),
        ("messaging.destination.name", "call-events"),
        ("process.executable.name", "python3.11"),
        ("os.name", "Linux"),
        ("gen_ai.operation.name", "chat"),
        ("lk.agent_name", "inbound-agent"),
        ("pipecat.service.name", "DeepgramSTTService"),
        ("caller_name", "WIRELESS CALLER"),
        ("caller_name", "UNAVAILABLE"),
        ("twilio.caller_name", "TOLL FREE CALL"),
        ("caller_name", "ANONYMOUS"),
        ("customer.name", "[REDACTED]"),
        ("customer.name", "<unknown>"),
        ("lead.full_name", "{{customer_name}}"),
        ("patient.name", "N/A"),
        ("span.name", "getpatter.llm"),
        ("cloud.account.name", "prod-voice"),
        ("deployment.environment.name", "staging"),
        ("container.image.name", "ghcr.io/acme/patter-bot"),
        ("code.function.name", "handle_call"),
    ]
    for key, value in not_people:
        add("neg.name_key_not_person", key, value)
    for key, value in [
        ("gen_ai.tool.call.arguments", "{}"),
        ("gen_ai.tool.call.result", ""),
        ("tool.result", "[REDACTED]"),
        ("getpatter.tool.arguments", "[]"),
        ("gen_ai.tool.call.id", "call_" + rand(24)),
        ("gen_ai.tool.description", "Book a table for a party"),
        ("gen_ai.tool.type", "function"),
        ("getpatter.tool.transport", "local"),
        ("patter.tool.name", "transfer_call"),
        ("tool.result_status", "ok"),
        ("tool.arguments_size", "58"),
        ("gen_ai.tool.call.arguments", "null"),
        ("lk.function_call.name", "lookup_weather"),
        ("pipecat.function_call.tool_call_id", "call_" + rand(24)),
    ]:
        add("neg.tool_metadata", key, value)
    # URLs and web-instrumentation values without a secret.
    for _ in range(24):
        add(
            "neg.url_no_secret",
            pick(
                ["url.full", "http.url", "websocket.url", "db.connection_string", "server.address"]
            ),
            pick(
                [
                    "wss://api.deepgram.com/v1/listen?model=nova-2&encoding=mulaw&sample_rate=8000&language=en",
                    "https://api.openai.com/v1/chat/completions",
                    "redis://localhost:6379/0",
                    "postgresql://db.internal:5432/calls",
                    "https://api.elevenlabs.io/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM/stream?output_format=ulaw_8000",
                    "wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview",
                    "https://api.twilio.com/2010-04-01/Accounts/AC" + hexs(32) + "/Calls.json",
                    "http://127.0.0.1:4318/v1/traces",
                    "https://example.com/search?keyword=voice&page=2",
                    "https://api.example.com/oauth/token?grant_type=client_credentials&token_type=bearer",
                    "wss://stream.example.net/media?call_sid=CA" + hexs(32) + "&track=inbound",
                ]
            ),
        )
    web = [
        ("http.request.method", "POST"),
        ("http.route", "/twilio/voice/{call_id}"),
        ("url.path", "/v1/calls/eval_" + hexs(12)),
        ("url.scheme", "wss"),
        ("db.statement", "SELECT * FROM calls WHERE call_id = $1 AND tenant = $2"),
        ("db.query.text", "UPDATE sessions SET ended_at = ? WHERE id = ?"),
        ("db.system", "postgresql"),
        ("server.address", "api.deepgram.com"),
        ("server.port", "443"),
        ("network.protocol.version", "1.1"),
        ("user_agent.original", "python-httpx/0.27.0"),
        ("http.response.status_code", "503"),
        ("http.request.header.content-type", "application/json"),
        ("rpc.method", "StreamingRecognize"),
        ("db.operation.name", "SELECT"),
        ("client.address", "10.0.4.21"),
        ("client.address", "127.0.0.1"),
        ("network.peer.address", "172.17.0.3"),
        ("url.query", "model=nova-2&punctuate=true"),
    ]
    for key, value in web:
        add("neg.web_instrumentation", key, value)
    ids = [
        lambda: ("patter.call.id", "eval_" + hexs(12)),
        lambda: ("getpatter.call.id", "CA" + hexs(32)),
        lambda: ("lk.room_name", "RM_" + rand(12)),
        lambda: ("lk.participant_identity", "PA_" + rand(12)),
        lambda: ("lk.speech_id", "speech_" + hexs(12)),
        lambda: ("lk.job_id", "AJ_" + rand(12)),
        lambda: ("gen_ai.response.id", "chatcmpl-" + rand(29)),
        lambda: ("gen_ai.response.id", "msg_01" + rand(22)),
        lambda: ("sip.call_id", hexs(14) + "@pbx.example.com"),
        lambda: ("pipecat.conversation_id", str(fk().uuid4())),
        lambda: ("vcs.ref.head.revision", hexs(40)),
        lambda: ("container.image.id", "sha256:" + hexs(64)),
        lambda: (
            "telnyx.call_control_id",
            "v3:" + rand(40, string.ascii_letters + string.digits + "-_"),
        ),
        lambda: ("order.id", str(rng.randrange(10**8, 10**9))),
        lambda: ("ticket.id", str(rng.randrange(10**9, 10**10))),
        lambda: ("twilio.recording_sid", "RE" + hexs(32)),
        lambda: ("request.id", "req_" + rand(24)),
    ]
    for _ in range(70):
        key, value = pick(ids)()
        add("neg.ids", key, value)
    for _ in range(40):
        key, value = pick(
            [
                lambda: ("getpatter.llm.ttft_ms", str(rng.randrange(80, 2000))),
                lambda: ("lk.llm_metrics.duration", f"{rng.random() * 3:.3f}"),
                lambda: (
                    "event.time",
                    f"2025-0{rng.randrange(1, 10)}-1{rng.randrange(0, 10)}T1{rng.randrange(0, 10)}:0{rng.randrange(0, 10)}:12.{rng.randrange(100, 999)}Z",  # noqa: E501
                ),
                lambda: (
                    "patter.call.duration",
                    f"00:0{rng.randrange(0, 10)}:{rng.randrange(10, 60)}",
                ),
                lambda: ("log.message", f"turn completed in {rng.randrange(200, 4000)} ms"),
                lambda: ("log.message", f"batch {rng.randrange(10**9, 10**10)} processed"),
                lambda: ("log.message", f"request {rng.randrange(10**8, 10**9)} done"),
                lambda: ("log.message", f"processed {rng.randrange(10**8, 10**9):,} audio frames"),
                lambda: ("process.start_time", str(rng.randrange(1_700_000_000, 1_800_000_000))),
                lambda: ("gen_ai.usage.input_tokens", str(rng.randrange(100, 100000))),
                lambda: ("audio.duration", f"PT{rng.randrange(1, 9)}M{rng.randrange(1, 59)}S"),
            ]
        )()
        add("neg.durations_and_counts", key, value)
    for model in [
        "gpt-4o-mini-2024-07-18",
        "claude-3-5-sonnet-20241022",
        "nova-3",
        "eleven_flash_v2_5",
        "sonic-2-2025-03-07",
        "gemini-2.0-flash-001",
        "whisper-1",
        "gpt-4o-realtime-preview-2024-12-17",
        "llama-3.3-70b-versatile",
        "aura-2-thalia-en",
    ]:
        add(
            "neg.model_names",
            pick(
                [
                    "gen_ai.request.model",
                    "gen_ai.response.model",
                    "patter.stt.model",
                    "pipecat.tts.model",
                ]
            ),
            model,
        )
    logs = [
        "Starting call eval_{h}",
        "Deepgram connection opened",
        "TTS stream finished (3 chunks)",
        "barge-in detected, cancelling 2 pending chunks",
        "Tool lookup_order returned in 182 ms",
        "Conversation ended by remote party",
        "received media event: start",
        "VAD: speech started",
        "using model gpt-4o-mini",
        "Webhook signature verified",
        "falling back to secondary TTS provider",
    ]
    for _ in range(25):
        add("neg.developer_log", "log.message", pick(logs).format(h=hexs(12)))
    for _ in range(10):
        d = fk().date_between(start_date="-2y", end_date="+1y")
        add(
            "neg.date_not_dob",
            pick(["order.created", "subscription.renews_on", "appointment.date", "invoice.due"]),
            d.isoformat(),
        )


#: The day the committed file was generated. Faker counts its relative dates (an age,
#: "-2y") from today, so the file is rewritten as on that day, byte for byte.
GENERATED_ON = (2026, 12, 1)


@contextlib.contextmanager
def _on_generation_day() -> Iterator[None]:
    import datetime

    import faker.providers.date_time as dates

    class AnyDate(type):
        # Faker checks isinstance(value, date) with the name it imported: any date passes.
        def __instancecheck__(cls, obj: object) -> bool:
            return isinstance(obj, datetime.date)

    class AnyDateTime(type):
        def __instancecheck__(cls, obj: object) -> bool:
            return isinstance(obj, datetime.datetime)

    class OnThatDay(datetime.date, metaclass=AnyDate):
        @classmethod
        def today(cls) -> OnThatDay:
            return cls(*GENERATED_ON)

    class NowOnThatDay(datetime.datetime, metaclass=AnyDateTime):
        @classmethod
        def now(cls, tz: datetime.tzinfo | None = None) -> NowOnThatDay:
            return cls(*GENERATED_ON, tzinfo=tz)

    real = dates.dtdate, dates.datetime
    dates.dtdate, dates.datetime = OnThatDay, NowOnThatDay  # type: ignore[misc]
    try:
        yield
    finally:
        dates.dtdate, dates.datetime = real  # type: ignore[misc]


def main(argv: list[str] | None = None) -> int:
    import faker as faker_module

    if faker_module.VERSION != FAKER_VERSION or phonenumbers.__version__ != PHONENUMBERS_VERSION:
        print(
            f"note: generated with Faker {FAKER_VERSION} / phonenumbers {PHONENUMBERS_VERSION}; "
            f"running {faker_module.VERSION} / {phonenumbers.__version__}",
            file=sys.stderr,
        )
    with _on_generation_day():
        make_phones()
        make_emails()
        make_names()
        make_addresses()
        make_dobs()
        make_numbers()
        make_secrets()
        make_tool_payloads()
        make_utterances()
        make_negatives()
    out = Path(argv[0]) if argv else OUT
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(rows)} rows -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
