"""Generate tests/data/pii_corpus.jsonl: labelled values for measuring the PII detector.

Run from the repository root: ``python tests/data/make_pii_corpus.py [OUT]``. The output is
deterministic (fixed seed), so a re-run reproduces the committed file byte for byte.
Sources of each class are described in tests/data/README.md.

Each line: ``{"id", "class", "site", "key", "value", "kinds"}``. ``site`` is where the
value sits in a span (``attribute``, ``event`` = an exception event, ``status``,
``resource``); ``kinds`` is the exact set of PII kinds the value holds (empty for a
negative). Classes starting with ``id.`` are benign identifiers: the detector must never
flag one. ``neg.`` classes are other hard negatives, ``pos.`` classes positives.

Fake secrets are built from random characters at generation time; none is a real key.
"""

from __future__ import annotations

import json
import random
import string
import sys
from collections.abc import Callable
from pathlib import Path

import phonenumbers

OUT = Path(__file__).with_name("pii_corpus.jsonl")
#: The committed file was generated with this phonenumbers release (its metadata decides
#: which varied example numbers stay valid).
PHONENUMBERS_VERSION = "9.0.43"
rng = random.Random(20241105)
rows: list[dict[str, object]] = []


def add(
    cls: str, key: str, value: object, kinds: tuple[str, ...] = (), site: str = "attribute"
) -> None:
    rows.append(
        {
            "id": len(rows),
            "class": cls,
            "site": site,
            "key": key,
            "value": value,
            "kinds": sorted(kinds),
        }
    )


def words(text: str) -> list[str]:
    return text.split()


def hexs(n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def pick(seq: list[str] | tuple[str, ...]) -> str:
    return seq[rng.randrange(len(seq))]


FIRST = words(
    "james mary john patricia robert jennifer michael linda david elizabeth maria "
    "sofia lucas emma noah olivia liam ava mateo chloe"
)
LAST = words(
    "smith johnson williams brown jones garcia miller davis rodriguez martinez muller "
    "dubois rossi schmidt nguyen kim patel silva cohen novak"
)
DOMAINS = words(
    "example.com example.org example.net gmail.com outlook.com yahoo.co.uk proton.me "
    "acme-corp.io mail.example.de web.de orange.fr icloud.com"
)

# -- phone numbers ------------------------------------------------------------------------
# Valid numbers: libphonenumber's per-region example numbers, last digits varied and kept
# only while the numbering plan says the number is valid.

PHONE_REGIONS = ["US", "GB", "DE", "FR", "IT", "ES", "NL", "AU", "IN", "BR", "MX", "CA"]
OTHER_REGIONS = ["JP", "ZA", "SE", "CH", "PL", "IE", "NG", "SG"]
TYPES = [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]


def valid_number(region: str) -> phonenumbers.PhoneNumber:
    base = phonenumbers.example_number_for_type(region, pick(TYPES))  # type: ignore[arg-type]
    assert base is not None
    national = str(base.national_number)
    for _ in range(200):
        tail = "".join(rng.choice(string.digits) for _ in range(4))
        candidate = phonenumbers.parse(f"+{base.country_code}{national[:-4]}{tail}")
        if phonenumbers.is_valid_number(candidate):
            return candidate
    return base


def fmt(number: phonenumbers.PhoneNumber, style: str) -> str:
    f = phonenumbers.PhoneNumberFormat
    if style == "e164":
        return phonenumbers.format_number(number, f.E164)
    if style == "intl":
        return phonenumbers.format_number(number, f.INTERNATIONAL)
    if style == "national":
        return phonenumbers.format_number(number, f.NATIONAL)
    if style == "rfc3966":
        return phonenumbers.format_number(number, f.RFC3966)
    raise ValueError(style)


def us_number() -> str:
    area = pick(["212", "415", "646", "312", "617", "206", "305", "512", "718", "303", "404"])
    exchange = str(rng.randrange(200, 999))
    while exchange[1:] == "11" or exchange == "555":
        exchange = str(rng.randrange(200, 999))
    return area + exchange + f"{rng.randrange(0, 10000):04d}"


def us_styles(d: str) -> list[str]:
    return [
        f"({d[:3]}) {d[3:6]}-{d[6:]}",
        f"{d[:3]}-{d[3:6]}-{d[6:]}",
        f"{d[:3]}.{d[3:6]}.{d[6:]}",
        f"{d[:3]} {d[3:6]} {d[6:]}",
        f"1-{d[:3]}-{d[3:6]}-{d[6:]}",
        f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}",
    ]


PHONE_KEYS = ["customer.phone", "caller.phone_number", "user.mobile", "contact.phone"]
NEUTRAL_KEYS = ["patter.caller", "twilio.from", "call.to", "sip.from_uri", "lead.contact"]


def make_phones() -> None:
    for i in range(24):
        n = valid_number(PHONE_REGIONS[i % len(PHONE_REGIONS)])
        add("pos.phone.e164", pick(NEUTRAL_KEYS), fmt(n, "e164"), ("phone",))
    for i in range(24):
        n = valid_number(PHONE_REGIONS[i % len(PHONE_REGIONS)])
        add("pos.phone.international", pick(NEUTRAL_KEYS), fmt(n, "intl"), ("phone",))
    for i in range(6):
        n = valid_number(PHONE_REGIONS[i % len(PHONE_REGIONS)])
        add("pos.phone.rfc3966", pick(NEUTRAL_KEYS), fmt(n, "rfc3966"), ("phone",))
    for _ in range(24):
        add("pos.phone.us_national", pick(NEUTRAL_KEYS), pick(us_styles(us_number())), ("phone",))
    for region in ["GB", "DE", "FR", "IT", "NL", "AU", "ES", "IN"] * 3:
        n = valid_number(region)
        add("pos.phone.national", pick(NEUTRAL_KEYS), fmt(n, "national"), ("phone",))
    for region in OTHER_REGIONS:
        n = valid_number(region)
        add("pos.phone.intl_other_region", pick(NEUTRAL_KEYS), fmt(n, "intl"), ("phone",))
    for _ in range(6):
        add("pos.phone.keyed_bare", pick(PHONE_KEYS), us_number(), ("phone",))
    for _ in range(4):
        add("pos.phone.keyed_int", pick(PHONE_KEYS), int("1" + us_number()), ("phone",))
    templates = [
        "Please call me back at {p}, thanks",
        "you can reach me on {p} after five",
        "caller asked to be called back on {p}",
        "my cell is {p}",
        "Transfer to {p} failed: line busy",
        "SMS to {p} could not be delivered",
    ]
    for i in range(18):
        if i % 2:
            p = pick(us_styles(us_number()))
        else:
            p = fmt(valid_number(pick(PHONE_REGIONS)), pick(["intl", "e164"]))
        text = templates[i % len(templates)].format(p=p)
        # The first two are a caller's own words: an utterance as well as a number.
        add(
            "pos.phone.in_text",
            pick(["exception.message", "log.message"]),
            text,
            ("phone", "free_text") if i % len(templates) < 2 else ("phone",),
            site="event" if i % 3 == 0 else "attribute",
        )
    for _ in range(5):
        add(
            "pos.phone.context_bare",
            "exception.message",
            f"callback failed: my number is {us_number()}",
            ("phone",),
            site="event",
        )
    for _ in range(5):
        a, b = valid_number("US"), valid_number("GB")
        add(
            "pos.phone.url_encoded",
            "http.url",
            f"https://hooks.example.com/twilio/voice?CallSid=CA{hexs(32)}"
            f"&From=%2B{a.country_code}{a.national_number}"
            f"&To=%2B{b.country_code}{b.national_number}",
            ("phone",),
        )
    for _ in range(5):
        n = valid_number(pick(PHONE_REGIONS))
        add(
            "pos.phone.sip_uri", "sip.from_uri", f"sip:{fmt(n, 'e164')}@pbx.example.com", ("phone",)
        )


# -- e-mail -------------------------------------------------------------------------------


def email() -> str:
    f, last = pick(FIRST), pick(LAST)
    local = pick(
        [
            f"{f}.{last}",
            f"{f}{last}{rng.randrange(1, 99)}",
            f"{f[0]}{last}",
            f"{f}_{last}",
            f"{f}+{pick(['orders', 'test', 'voice'])}",
            f"{last}.{f}{rng.randrange(1950, 2005)}",
        ]
    )
    return f"{local}@{pick(DOMAINS)}"


def make_emails() -> None:
    for _ in range(30):
        add(
            "pos.email.plain",
            pick(["customer.email", "user.contact", "lead.owner", "crm.email"]),
            email(),
            ("email",),
        )
    templates = [
        "no account found for {e}",
        "Sending the receipt to {e} failed: SMTP 550",
        "mailto:{e}",
        "User <{e}> is not verified",
        "{e}",
    ]
    for i in range(25):
        text = templates[i % len(templates)].format(e=email())
        site = "event" if i % 2 else "attribute"
        add("pos.email.in_text", pick(["exception.message", "log.message"]), text, ("email",), site)


# -- payment cards -------------------------------------------------------------------------
# Public test PANs published by payment processors (Stripe, Adyen, Braintree docs), and
# Luhn-valid numbers generated inside real issuer ranges.

TEST_PANS = [
    "4242424242424242",
    "4111111111111111",
    "4000056655665556",
    "5555555555554444",
    "2223003122003222",
    "5200828282828210",
    "378282246310005",
    "371449635398431",
    "6011111111111117",
    "6011000990139424",
    "3056930009020004",
    "36227206271667",
    "3566002020360505",
    "6200000000000005",
    "4012888888881881",
]
IINS = [
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
    ("3530", 16),
    ("36", 14),
    ("62", 16),
]


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for check in string.digits:
        candidate = body + check
        total = 0
        for i, ch in enumerate(reversed(candidate)):
            d = int(ch)
            if i % 2:
                d = d * 2 - 9 if d > 4 else d * 2
            total += d
        if total % 10 == 0:
            return candidate
    raise AssertionError


def card_style(pan: str) -> str:
    style = rng.randrange(3)
    if style == 0:
        return pan
    sep = " " if style == 1 else "-"
    if len(pan) == 15:
        return sep.join([pan[:4], pan[4:10], pan[10:]])
    if len(pan) == 14:
        return sep.join([pan[:4], pan[4:10], pan[10:]])
    return sep.join(pan[i : i + 4] for i in range(0, len(pan), 4))


def make_cards() -> None:
    for pan in TEST_PANS:
        add(
            "pos.card.test_pan",
            pick(["payment.card", "checkout.note", "order.payment"]),
            card_style(pan),
            ("card",),
        )
    for i in range(25):
        prefix, length = IINS[i % len(IINS)]
        add(
            "pos.card.generated",
            pick(["payment.card", "billing.pan", "tool.payment"]),
            card_style(luhn_complete(prefix, length)),
            ("card",),
        )
    for i in range(10):
        pan = card_style(luhn_complete(*IINS[i % len(IINS)]))
        text = pick(["card {c} was declined", "charge failed for card {c}: insufficient funds"])
        add("pos.card.in_text", "exception.message", text.format(c=pan), ("card",), "event")
    for _ in range(3):
        add("pos.card.keyed_int", "payment.card_number", int(luhn_complete("4", 16)), ("card",))


# -- SSNs ---------------------------------------------------------------------------------


def ssn() -> tuple[str, str, str]:
    area = rng.randrange(1, 900)
    while area == 666:
        area = rng.randrange(1, 900)
    return f"{area:03d}", f"{rng.randrange(1, 100):02d}", f"{rng.randrange(1, 10000):04d}"


def make_ssns() -> None:
    for _ in range(20):
        add(
            "pos.ssn.dashed",
            pick(["customer.tax_id", "crm.note", "verify.input_id"]),
            "-".join(ssn()),
            ("ssn",),
        )
    for i in range(10):
        a, g, s = ssn()
        text = (
            f"verification failed for SSN {a} {g} {s}"
            if i % 2
            else f"identity check rejected {a}-{g}-{s}"
        )
        add("pos.ssn.in_text", "exception.message", text, ("ssn",), "event")
    for _ in range(5):
        add("pos.ssn.keyed_bare", pick(["customer.ssn", "applicant.ssn"]), "".join(ssn()), ("ssn",))


# -- IBANs ---------------------------------------------------------------------------------
# Example IBANs from the SWIFT IBAN registry, and generated ones with computed check digits.

REGISTRY_IBANS = [
    "DE89370400440532013000",
    "GB82WEST12345698765432",
    "FR1420041010050500013M02606",
    "ES9121000418450200051332",
    "IT60X0542811101000000123456",
    "NL91ABNA0417164300",
    "BE68539007547034",
    "CH9300762011623852957",
    "AT611904300234573201",
    "PL61109010140000071219812874",
    "SE4550000000058398257466",
    "NO9386011117947",
    "DK5000400440116243",
    "FI2112345600000785",
    "IE29AIBK93115212345678",
    "PT50000201231234567890154",
    "LU280019400644750000",
    "GR1601101250000000012300695",
]
IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "BE": 16, "AT": 20, "PL": 28}


def iban_generated() -> str:
    country = pick(sorted(IBAN_LEN))
    length = IBAN_LEN[country]
    if country in ("GB", "NL"):
        bank = "".join(rng.choice(string.ascii_uppercase) for _ in range(4))
        bban = bank + "".join(rng.choice(string.digits) for _ in range(length - 8))
    else:
        bban = "".join(rng.choice(string.digits) for _ in range(length - 4))
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(numeric) % 97
    return f"{country}{check:02d}{bban}"


def printed(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def make_ibans() -> None:
    for i, iban in enumerate(REGISTRY_IBANS):
        add(
            "pos.iban.registry",
            pick(["payout.account", "customer.bank", "tool.refund_to"]),
            printed(iban) if i % 2 else iban,
            ("iban",),
        )
    for i in range(14):
        iban = iban_generated()
        add(
            "pos.iban.generated",
            pick(["payout.account", "customer.bank"]),
            printed(iban) if i % 2 else iban,
            ("iban",),
        )
    for i in range(6):
        iban = iban_generated()
        add(
            "pos.iban.in_text",
            "exception.message",
            f"refund to {printed(iban) if i % 2 else iban} rejected by bank",
            ("iban",),
            "event",
        )


# -- IP addresses under client keys --------------------------------------------------------


def public_ipv4() -> str:
    while True:
        a = rng.choice([8, 23, 31, 45, 52, 62, 81, 89, 104, 151, 172, 185, 195, 213])
        addr = f"{a}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        if not addr.startswith(("172.16.", "172.17.", "172.2", "172.30.", "172.31.")):
            return addr


def make_ips() -> None:
    keys = [
        "client.address",
        "net.peer.ip",
        "network.peer.address",
        "http.client_ip",
        "enduser.ip",
        "user.ip_address",
        "http.request.header.x-forwarded-for",
    ]
    for i in range(16):
        add("pos.ip.keyed_v4", keys[i % len(keys)], public_ipv4(), ("ip",))
    for doc in ["192.0.2.44", "198.51.100.7", "203.0.113.195"]:
        add("pos.ip.keyed_documentation", "client.address", doc, ("ip",))
    for _ in range(5):
        v6 = f"2a00:{hexs(4)}:{hexs(4)}:{hexs(3)}::{hexs(4)}".replace(":0", ":1")
        add("pos.ip.keyed_v6", pick(keys[:3]), v6, ("ip",))
    for _ in range(4):
        add(
            "pos.ip.forwarded_list",
            "http.request.header.x-forwarded-for",
            (f"{public_ipv4()}, 10.0.{rng.randrange(256)}.{rng.randrange(1, 255)}",),
            ("ip",),
        )
    for _ in range(4):
        add(
            "pos.ip.in_text",
            "exception.message",
            f"rate limit exceeded for client {public_ipv4()}",
            ("ip",),
            "event",
        )


# -- secrets -------------------------------------------------------------------------------


def jwt() -> str:
    return "eyJ" + alnum(20) + ".eyJ" + alnum(40) + "." + alnum(43, string.ascii_letters + "_-")


def shaped_secret() -> str:
    makers: list[Callable[[], str]] = [
        lambda: "sk-proj-" + alnum(48, string.ascii_letters + string.digits + "_-"),
        lambda: "sk-" + alnum(48),
        lambda: "sk-ant-api03-" + alnum(86, string.ascii_letters + string.digits + "_-"),
        lambda: "AKIA" + alnum(16, string.ascii_uppercase + string.digits),
        jwt,
        lambda: "ghp_" + alnum(36),
        lambda: "xoxb-" + f"{rng.randrange(10**11)}-{rng.randrange(10**12)}-" + alnum(24),
        lambda: "AIza" + alnum(35, string.ascii_letters + string.digits + "_-"),
        lambda: "sk_live_" + alnum(24),
        lambda: "gsk_" + alnum(52),
    ]
    return pick_fn(makers)()


def pick_fn(seq: list[Callable[[], str]]) -> Callable[[], str]:
    return seq[rng.randrange(len(seq))]


def make_secrets() -> None:
    keyed = [
        ("twilio.auth_token", lambda: hexs(32)),
        ("deepgram.api_key", lambda: hexs(40)),
        ("elevenlabs.xi-api-key", lambda: "sk_" + hexs(48)),
        ("db.password", lambda: alnum(14, string.ascii_letters + string.digits + "!#%")),
        ("http.request.header.authorization", lambda: "Bearer " + alnum(40)),
        ("http.request.header.authorization", lambda: "Token " + hexs(40)),
        ("aws.secret_access_key", lambda: alnum(40, string.ascii_letters + string.digits + "/+")),
        ("webhook.signing_key", lambda: "whsec_" + alnum(32)),
        ("smtp.passwd", lambda: alnum(10)),
        ("session.cookie", lambda: "sid=" + alnum(32)),
    ]
    for i in range(24):
        key, maker = keyed[i % len(keyed)]
        add("pos.secret.keyed", key, maker(), ("secret",))
    for _ in range(4):
        add(
            "pos.secret.keyed_array",
            "http.request.header.authorization",
            ("Bearer " + jwt(),),
            ("secret",),
        )
    for _ in range(24):
        add(
            "pos.secret.token_shape",
            pick(["llm.config", "tool.headers", "debug.env", "note"]),
            shaped_secret(),
            ("secret",),
        )
    templates = [
        "OpenAI error 401: Incorrect API key provided: {s}",
        "request failed with Authorization: Bearer {b}",
        "retrying with {s}",
    ]
    for i in range(12):
        text = templates[i % 3].format(s=shaped_secret(), b=alnum(32))
        add("pos.secret.in_text", "exception.message", text, ("secret",), "event")
    assigns = [
        lambda: f"connect failed: postgresql://app:{alnum(16)}@db.internal:5432/calls",
        lambda: f"TWILIO_AUTH_TOKEN={hexs(32)} not accepted",
        lambda: f"config error: password={alnum(12)} rejected",
        lambda: f'{{"api_key": "{alnum(32)}", "model": "nova-2"}}',
    ]
    for i in range(12):
        add(
            "pos.secret.assignment",
            pick(["exception.message", "process.command_line"]),
            assigns[i % len(assigns)](),
            ("secret",),
            "event" if i % 2 else "attribute",
        )


# -- dates of birth ------------------------------------------------------------------------

MONTHS = words(
    "January February March April May June July August September October November December"
)


def birth_date() -> tuple[int, int, int]:
    return rng.randrange(1940, 2006), rng.randrange(1, 13), rng.randrange(1, 29)


def date_styles(y: int, m: int, d: int) -> list[str]:
    return [
        f"{y}-{m:02d}-{d:02d}",
        f"{m:02d}/{d:02d}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{MONTHS[m - 1]} {d}, {y}",
        f"{d} {MONTHS[m - 1]} {y}",
        f"{y}{m:02d}{d:02d}",
    ]


def make_dobs() -> None:
    for _ in range(14):
        add(
            "pos.dob.keyed",
            pick(
                ["patient.dob", "customer.date_of_birth", "caller.birthDate", "applicant.birthday"]
            ),
            pick(date_styles(*birth_date())),
            ("dob",),
        )
    templates = [
        "could not verify caller: DOB {d} does not match",
        "date of birth {d} is invalid for this plan",
        "born on {d}, eligible for senior discount",
    ]
    for i in range(12):
        y, m, d = birth_date()
        text = templates[i % 3].format(d=pick(date_styles(y, m, d)[:5]))
        add("pos.dob.in_text", "exception.message", text, ("dob",), "event")


# -- street addresses ----------------------------------------------------------------------

US_STREETS = words(
    "Main Oak Maple Cedar Elm Washington Lake Hill Park Pine Sunset Mission Market Valencia"
)
US_SUFFIX = words("Street St Avenue Ave Road Rd Boulevard Blvd Lane Drive Court Way Place")
CITIES = [
    ("San Francisco", "CA", "941"),
    ("Austin", "TX", "787"),
    ("Denver", "CO", "802"),
    ("Seattle", "WA", "981"),
    ("Boston", "MA", "021"),
]


def us_address(full: bool) -> str:
    line = f"{rng.randrange(1, 9999)} {pick(US_STREETS)} {pick(US_SUFFIX)}"
    if rng.random() < 0.3:
        line += f", Apt {rng.randrange(1, 40)}"
    if full:
        city, state, zip3 = CITIES[rng.randrange(len(CITIES))]
        line += f", {city}, {state} {zip3}{rng.randrange(10, 99)}"
    return line


def eu_address() -> str:
    makers = [
        lambda: (
            f"{pick(['Haupt', 'Schiller', 'Goethe', 'Berliner', 'Linden'])}straße "
            f"{rng.randrange(1, 120)}, {rng.randrange(10000, 99999)} Berlin"
        ),
        lambda: f"{pick(['Garten', 'Kirch', 'Feld'])}weg {rng.randrange(1, 60)}",
        lambda: f"{rng.randrange(1, 200)} rue de {pick(['Rivoli', 'la Paix', 'Vaugirard'])}",
        lambda: f"{rng.randrange(1, 90)} avenue {pick(['Victor Hugo', 'Foch', 'Jean Jaurès'])}",
        lambda: f"Via {pick(['Roma', 'Garibaldi', 'Dante'])} {rng.randrange(1, 150)}",
        lambda: f"Calle {pick(['Mayor', 'Alcalá', 'Serrano'])} {rng.randrange(1, 150)}",
        lambda: (
            f"{rng.randrange(1, 200)} {pick(['Baker', 'Oxford', 'King'])} Street, London "
            f"{pick(['NW1', 'W1D', 'SE1'])} {rng.randrange(1, 9)}{pick(['AB', 'XT', 'QR'])}"
        ),
    ]
    return pick_fn(makers)()


def make_addresses() -> None:
    for i in range(18):
        add(
            "pos.address.us",
            pick(["delivery.location", "tool.destination", "crm.location"]),
            us_address(full=i % 2 == 0),
            ("address",),
        )
    for _ in range(16):
        add(
            "pos.address.eu",
            pick(["delivery.location", "tool.destination"]),
            eu_address(),
            ("address",),
        )
    for _ in range(8):
        add(
            "pos.address.keyed",
            pick(["customer.billing_address", "order.shipping_address"]),
            us_address(full=True),
            ("address",),
        )
    for _ in range(4):
        add(
            "pos.address.postcode",
            pick(["customer.postal_code", "billing.zip"]),
            f"{rng.randrange(10000, 99999)}",
            ("address",),
        )
    for _ in range(8):
        add(
            "pos.address.in_text",
            "exception.message",
            f"geocoding failed for {us_address(full=rng.random() < 0.5)}",
            ("address",),
            "event",
        )


# -- free text -----------------------------------------------------------------------------
# Caller utterances and agent replies written in the style of support calls; LLM prompts
# and tool payloads as OpenTelemetry GenAI / OpenInference instrumentations record them.

UTTERANCES = [
    "hi I'd like to check on my order",
    "where is my package",
    "yes that's right",
    "can you move my appointment to Tuesday",
    "I want to cancel my subscription",
    "no thanks that's all",
    "what are your opening hours",
    "my daughter is sick today",
    "I was charged twice last month",
    "can I speak to a human please",
    "the delivery guy left it at the wrong house",
    "sure go ahead",
    "hello",
    "I need a refund for the blue sweater",
    "it's about my mother's prescription",
]
REPLIES = [
    "Your order ships tomorrow.",
    "I can help with that. Could you confirm your name?",
    "I've moved your appointment to Tuesday at 3 PM.",
    "Sorry to hear that, let me check.",
    "Your refund has been processed and should arrive within five business days.",
]


def make_free_text() -> None:
    strong_keys = [
        "getpatter.stt.text",
        "patter.transcript",
        "user.utterance",
        "gen_ai.prompt.0.content",
        "llm.input_messages.0.message.content",
    ]
    for i, text in enumerate(UTTERANCES * 2):
        add("pos.free_text.utterance", strong_keys[i % len(strong_keys)], text, ("free_text",))
    for i, text in enumerate(REPLIES * 3):
        add(
            "pos.free_text.completion",
            pick(
                [
                    "gen_ai.completion.0.content",
                    "getpatter.tts.text",
                    "llm.output_messages.0.message.content",
                ]
            ),
            text,
            ("free_text",),
            "event" if i % 4 == 0 else "attribute",
        )
    for _ in range(8):
        add(
            "pos.free_text.prompt",
            pick(["gen_ai.system_instructions", "llm.prompt"]),
            "You are a friendly support agent for Acme. The caller's name is "
            f"{pick(FIRST).title()}; be brief.",
            ("free_text",),
        )
    for _ in range(12):
        args = {
            "order_id": f"A{rng.randrange(1000, 9999)}",
            "note": pick(
                [
                    "please leave it with the neighbour",
                    "deliver after five pm",
                    "the caller is upset about the delay",
                ]
            ),
        }
        add(
            "pos.tool_payload.arguments",
            pick(["gen_ai.tool.call.arguments", "tool.arguments"]),
            json.dumps(args),
            ("tool_payload",),
        )
    for _ in range(6):
        add(
            "pos.free_text.io_value",
            pick(["input.value", "output.value"]),
            pick(UTTERANCES[:5] + REPLIES),
            ("free_text",),
        )
    for _ in range(10):
        text = f"ValueError: could not route utterance '{pick(UTTERANCES[:12])}'"
        if len(text.split("'")[1].split()) < 4:
            text = "ValueError: could not route utterance 'I want to cancel my subscription'"
        add("pos.free_text.quoted_in_exception", "exception.message", text, ("free_text",), "event")
    for text, kinds in [
        ("please call me on 415-555-0143 after lunch", ("free_text", "phone")),
        ("my email is maria.silva@example.com", ("free_text", "email")),
        ("I live at 42 Maple Street", ("free_text", "address")),
    ]:
        add("pos.free_text.utterance_with_pii", "getpatter.stt.text", text, kinds)


# -- benign identifiers (zero false hits allowed) ------------------------------------------


def make_benign_ids() -> None:
    for _ in range(30):
        add(
            "id.call_sid",
            pick(["patter.call.id", "twilio.call_sid", "getpatter.call.id"]),
            "CA" + hexs(32),
        )
    for _ in range(10):
        add(
            "id.telnyx_call_control_id",
            "telnyx.call_control_id",
            "v3:" + alnum(22, string.ascii_letters + string.digits + "_-"),
        )
    for _ in range(25):
        add("id.eval_id", "patter.call.id", "eval_" + hexs(12))
    for _ in range(10):
        add(
            "id.twilio_other_sid",
            pick(["twilio.account_sid", "twilio.phone_number_sid", "twilio.recording_sid"]),
            pick(["AC", "PN", "RE", "SK"]) + hexs(32),
        )
    for _ in range(30):
        u = hexs(32)
        add(
            "id.uuid",
            pick(["request.id", "session.id", "cartesia.voice_id", "tool.call_id"]),
            f"{u[:8]}-{u[8:12]}-4{u[13:16]}-a{u[17:20]}-{u[20:]}",
        )
    for _ in range(20):
        add("id.trace_id", pick(["trace_id", "otel.trace_id", "parent.trace"]), hexs(32))
    for _ in range(20):
        add("id.span_id", pick(["span_id", "otel.span_id", "link.span"]), hexs(16))
    for _ in range(30):
        h = pick(["md5", "sha1", "sha256", "git"])
        n = {"md5": 32, "sha1": 40, "sha256": 64, "git": 40}[h]
        add(
            "id.hash",
            pick(["audio.sha256", "build.commit", "prompt.hash", "cache.key"]),
            ("sha256:" if h == "sha256" and rng.random() < 0.5 else "") + hexs(n),
        )
    for _ in range(40):
        base = rng.randrange(1_600_000_000, 1_800_000_000)
        value = pick(
            [
                str(base),
                f"{base}{rng.randrange(1000):03d}",
                f"{base}{rng.randrange(10**6):06d}",
                f"{base}{rng.randrange(10**9):09d}",
                f"{base}.{rng.randrange(10**6):06d}",
            ]
        )
        add(
            "id.unix_timestamp",
            pick(["event.timestamp", "call.started_at", "ts", "message"]),
            value,
        )
    for _ in range(30):
        y, mo, d = rng.randrange(2020, 2027), rng.randrange(1, 13), rng.randrange(1, 29)
        h, mi, s = rng.randrange(24), rng.randrange(60), rng.randrange(60)
        value = pick(
            [
                f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z",
                f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{rng.randrange(1000):03d}+00:00",
                f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{rng.randrange(1000):03d}",
                f"Tue, {d:02d} Nov {y} {h:02d}:{mi:02d}:{s:02d} GMT",
                f"{y}-{mo:02d}-{d:02d}",
            ]
        )
        add("id.iso_time", pick(["call.started_at", "http.response.header.date", "created"]), value)
    for _ in range(30):
        add(
            "id.duration",
            pick(["patter.latency.turn", "timeout", "elapsed", "audio.duration"]),
            pick(
                [
                    f"{rng.randrange(1, 5000)}ms",
                    f"{rng.random() * 10:.3f}s",
                    f"PT{rng.randrange(1, 5)}M{rng.randrange(60)}S",
                    f"00:{rng.randrange(60):02d}:{rng.randrange(60):02d}.{rng.randrange(1000):03d}",
                    f"{rng.randrange(100, 900000)}",
                ]
            ),
        )
    for _ in range(25):
        add(
            "id.count",
            pick(["tokens", "audio.sample_rate", "bytes", "retries", "history"]),
            pick(
                [
                    str(rng.randrange(0, 100)),
                    f"{rng.randrange(1, 999)},{rng.randrange(1000):03d}",
                    "8000",
                    "16000",
                    "24000",
                    "1048576",
                    str(rng.randrange(10**6, 10**9)),
                ]
            ),
        )
    models = [
        "gpt-4o-mini-2024-07-18",
        "gpt-4o-realtime-preview-2024-12-17",
        "claude-3-5-sonnet-20241022",
        "claude-3-haiku-20240307",
        "nova-2-phonecall",
        "nova-3",
        "eleven_turbo_v2_5",
        "eleven_flash_v2_5",
        "whisper-1",
        "tts-1-hd",
        "gemini-1.5-pro-002",
        "llama-3.1-70b-versatile",
        "sonic-english",
        "gpt-4.1-nano",
        "o3-mini-2025-01-31",
        "mistral-large-2411",
        "text-embedding-3-small",
        "ink-whisper",
        "aura-asteria-en",
        "scribe_v1",
    ]
    for m in models + models[:5]:
        add("id.model_name", pick(["gen_ai.request.model", "patter.stt.model", "llm.model"]), m)
    for p in [
        "openai",
        "anthropic",
        "deepgram",
        "elevenlabs",
        "cartesia",
        "twilio",
        "telnyx",
        "plivo",
        "assemblyai",
        "soniox",
        "speechmatics",
        "groq",
        "cerebras",
        "google",
        "lmnt",
    ]:
        add(
            "id.provider_name",
            pick(["patter.stt.provider", "gen_ai.system", "patter.telephony"]),
            p,
        )
    for _ in range(20):
        v = f"{rng.randrange(0, 20)}.{rng.randrange(0, 60)}.{rng.randrange(0, 30)}"
        add(
            "id.semver",
            pick(["telemetry.sdk.version", "service.version", "getpatter.version"]),
            pick([v, "v" + v, v + "-rc.1", v + "+build.42", v + ".dev3"]),
            site="resource",
        )
    voices = [
        "21m00Tcm4TlvDq8ikWAM",
        "EXAVITQu4vr4xnSDxMaL",
        "pNInz6obpgDQGcFmaJgB",
        "alloy",
        "shimmer",
        "verse",
        "aura-luna-en",
        "a0e99841-438c-4a64-b679-ae501e7d6091",
        "79a125e8-cd45-4c13-8a67-188112f4dd22",
        "en-US-Neural2-F",
    ]
    for v in voices * 2:
        add("id.voice_id", pick(["patter.tts.voice", "elevenlabs.voice_id", "voice"]), v)
    routes = [
        "/v1/calls/{call_id}/stream",
        "/twilio/voice",
        "/twilio/status",
        "/webhooks/telnyx/call.answered",
        "/api/v1/orders/{order_id}",
        "/healthz",
        "/v1/listen",
        "/v1/text-to-speech/{voice_id}/stream",
        "/ws/media",
        "/calls/CA" + hexs(32) + "/recordings",
    ]
    for r in routes * 2:
        add("id.route", pick(["http.route", "url.path", "span.name"]), r)
    hosts = [
        "api.openai.com",
        "api.deepgram.com",
        "eu.api.deepgram.com",
        "api.elevenlabs.io",
        "api.cartesia.ai",
        "api.twilio.com",
        "api.telnyx.com",
        "ip-10-0-1-23.ec2.internal",
        "10-0-3-17.default.pod.cluster.local",
        "agent-7d9f8b6c5-x2x4z",
        "localhost",
        "127.0.0.1",
        "voice-gw-3.prod.example.net",
        "generativelanguage.googleapis.com",
        "api.groq.com",
    ]
    for h in hosts + hosts[:5]:
        add("id.hostname", pick(["server.address", "host.name", "net.peer.name"]), h)
    endpoints = [
        "wss://api.deepgram.com/v1/listen?model=nova-2&encoding=mulaw&sample_rate=8000&channels=1",
        "https://api.openai.com/v1/chat/completions",
        "wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview-2024-12-17",
        "https://api.elevenlabs.io/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM/stream?optimize_streaming_latency=3&output_format=ulaw_8000",
        "wss://api.cartesia.ai/tts/websocket?cartesia_version=2024-06-10",
        "https://api.twilio.com/2010-04-01/Accounts/AC" + hexs(32) + "/Calls.json",
        "http://127.0.0.1:4318/v1/traces",
        "grpc://otel-collector:4317",
        "https://api.anthropic.com/v1/messages",
        "wss://agent.example.com/ws/media/" + hexs(12),
    ]
    for e in endpoints * 2:
        add("id.endpoint", pick(["url.full", "http.url", "patter.stt.endpoint"]), e)
    for _ in range(25):
        add(
            "id.order_number",
            pick(["order.id", "tool.order_id", "crm.ticket"]),
            pick(
                [
                    f"ORD-{rng.randrange(2020, 2026)}-{rng.randrange(10**6):06d}",
                    str(rng.randrange(10**5, 10**10)),
                    f"#{rng.randrange(10**4, 10**8)}",
                    f"A{rng.randrange(1000, 9999)}",
                    f"INV-{rng.randrange(10**7):07d}",
                ]
            ),
        )
    for _ in range(15):  # bare 10-digit numbers: valid US phone numbers, if read as such
        add(
            "id.bare_digits",
            pick(["job.id", "crm.ticket", "message", "batch"]),
            pick(
                [
                    str(rng.randrange(2 * 10**9, 10**10)),
                    f"batch {rng.randrange(2 * 10**9, 10**10)} processed",
                ]
            ),
        )
    for _ in range(8):
        # Tool payloads never leave the process: an order id in one is still a payload.
        add(
            "pos.tool_payload.order_id",
            "gen_ai.tool.call.arguments",
            json.dumps({"order_id": str(rng.randrange(10**6, 10**10))}),
            ("tool_payload",),
        )
    names = [
        "getpatter.stt",
        "getpatter.llm",
        "getpatter.tool",
        "getpatter.tts",
        "getpatter.endpoint",
        "getpatter.bargein",
        "lookup_order",
        "transfer_call",
        "end_call",
        "book_appointment",
        "handler",
        "webhook",
        "POST /twilio/voice",
        "GET /healthz",
        "app.handle_call",
    ]
    for n in names:
        add("id.span_or_tool_name", pick(["patter.tool.name", "patter.tool.transport", "name"]), n)


# -- other hard negatives ------------------------------------------------------------------


def make_hard_negatives() -> None:
    dev = [
        "Tool lookup_order failed: TimeoutError after 5.0s",
        "HTTP 429 Too Many Requests",
        "Connection reset by peer",
        "ValueError: invalid literal for int() with base 10: 'abc'",
        "openai.RateLimitError: Error code: 429 - rate limit reached for gpt-4o-mini",
        "Deepgram websocket closed with code 1011 after 12.5 seconds",
        "asyncio.TimeoutError",
        "KeyError: 'order_id'",
        "ConnectionRefusedError: [Errno 111]",
        "TTS provider returned 503 Service Unavailable",
        "Turn 3 exceeded budget: 1830 ms > 1500 ms",
        "cancelled by barge-in",
        "Tool 'transfer_call' raised RuntimeError",
        "status code 401 from api.elevenlabs.io",
        "JSONDecodeError: Expecting value: line 1 column 1 (char 0)",
        "Tool 'lookup_order' failed: 'Connection reset by peer'",
        "ValueError: expected 'application/json' but got 'text/html; charset=utf-8'",
        "KeyError: 'the order was not found in the database'",
    ]
    for i, text in enumerate(dev * 2):
        site = ("event", "status", "attribute")[i % 3]
        key = {"event": "exception.message", "status": "otel.status_description"}.get(
            site, "error.message"
        )
        add("neg.developer_message", key, text, site=site)
    for _ in range(10):
        trace = (
            "Traceback (most recent call last):\n"
            f'  File "/app/agent/tools.py", line {rng.randrange(10, 900)}, in lookup_order\n'
            '    order = await client.get(f"/orders/{order_id}", timeout=5.0)\n'
            f'  File "/usr/lib/python3.11/asyncio/tasks.py", line {rng.randrange(400, 500)}, '
            "in wait_for\n"
            "    raise exceptions.TimeoutError() from exc\n"
            f"TimeoutError: <Task at 0x7f{hexs(10)}> timed out after 5.0 seconds"
        )
        add("neg.stacktrace", "exception.stacktrace", trace, site="event")
    for _ in range(10):
        add(
            "neg.ip_not_client",
            pick(["server.address", "net.host.ip", "server.socket.address"]),
            pick([public_ipv4(), "10.0.3.17", "172.31.4.9"]),
        )
    for _ in range(10):
        add(
            "neg.ip_client_private",
            pick(["client.address", "net.peer.ip"]),
            pick(["127.0.0.1", "10.0.3.17", "192.168.1.20", "::1", "172.20.0.5"]),
        )
    numbers = [
        lambda: f"{rng.randrange(1, 99)}.{rng.randrange(10**6, 10**9)}",
        lambda: f"0.{rng.randrange(10**8, 10**9)}",
        lambda: f"{rng.randrange(1, 9)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}",
        lambda: f"{rng.randrange(1, 99)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}",
        lambda: (
            f"{rng.randrange(1, 28):02d}.{rng.randrange(1, 12):02d}.{rng.randrange(2020, 2026)}"
        ),
        lambda: (
            f"{rng.randrange(1, 12):02d}/{rng.randrange(1, 28):02d}/{rng.randrange(2020, 2026)}"
        ),
        lambda: f"{rng.randrange(2020, 2026)}.{rng.randrange(1, 12)}.{rng.randrange(1, 28)}",
        lambda: f"${rng.randrange(1, 9)},{rng.randrange(100, 999)}.{rng.randrange(10, 99)}",
        lambda: f"{rng.randrange(1, 9999)} tokens in {rng.randrange(100, 5000)} ms",
        lambda: f"{rng.random():.9f}",
    ]
    for i in range(40):
        add(
            "neg.number_formats",
            pick(["patter.cost.llm", "metric", "note", "log.message"]),
            numbers[i % len(numbers)](),
        )
    for _ in range(6):  # IMEIs: 15 digits and Luhn-valid, but no card issuer uses 35/86.
        add("neg.card_like", "device.imei", luhn_complete(pick(["35", "86", "01"]), 15))
    for _ in range(6):  # SIM ICCIDs: 19-20 digits starting with 89.
        add("neg.card_like", "sim.iccid", luhn_complete("89", 19))
    for _ in range(8):  # 16-digit references that fail the Luhn check.
        pan = luhn_complete("4", 16)
        bad = pan[:-1] + str((int(pan[-1]) + 1) % 10)
        add("neg.card_like", "payment.reference", bad)
    for _ in range(6):  # Luhn-valid, but not an issuer range.
        add("neg.card_like", "batch.id", luhn_complete(pick(["1", "8", "9"]), 16))
    for key, value in [
        ("auth.scheme", "Bearer"),
        ("oauth.token_type", "bearer"),
        ("llm.api_key_source", "env"),
        ("llm.api_key", "[REDACTED]"),
        ("db.password", "***"),
        ("config.secret_ref", "vault:x"),
        ("llm.api_key_env", "OPENAI_API_KEY"),
        ("http.request.header.authorization", "<redacted>"),
        ("twilio.auth_token", "${TWILIO_AUTH_TOKEN}"),
        ("gen_ai.usage.input_tokens", "412"),
        ("tokens.prompt", "1280"),
        ("feature", "sk-learn"),
        ("pkg", "task-runner-2024"),
        ("api.key_id", "key_01HZX3"),
        ("stripe.mode", "sk_test mode off"),
        ("http.request.header.authorization", "•••"),
        ("password.length", "12"),
        ("llm.api_key_set", "true"),
        ("session.token_ttl", "3600"),
        ("cookie.name", "sid"),
    ]:
        add("neg.secret_like", key, value)
    for key, value in [
        ("gen_ai.system", "openai"),
        ("gen_ai.output.type", "text"),
        ("gen_ai.prompt.0.role", "user"),
        ("tool.description", "Look up an order by its id"),
        ("llm.prompt_template.template", "You are {agent_name}, a helpful assistant."),
        ("gen_ai.response.finish_reasons", "stop"),
        ("patter.llm.iteration", "0"),
        ("getpatter.stt.text_len", "27"),
        ("messaging.message.id", "msg_" + hexs(12)),
        ("gen_ai.tool.call.arguments", "{}"),
        ("tool.result_status", "ok"),
        ("http.response.status_text", "Service Unavailable"),
        ("input.mime_type", "text/plain"),
        ("process.command_args", "python -m app.server --port 8080"),
        ("gen_ai.operation.name", "chat"),
        ("service.name", "voice-bot"),
    ]:
        add(
            "neg.developer_text_keys",
            key,
            value,
            site="resource" if "service" in key else "attribute",
        )
    for _ in range(6):
        add(
            "id.provider_request_id",
            pick(["gen_ai.response.id", "llm.request_id", "tool.call_id"]),
            pick(
                [
                    "chatcmpl-" + alnum(29),
                    "msg_01" + alnum(22),
                    "req_" + alnum(24),
                    "call_" + alnum(24),
                    "resp_" + hexs(48),
                ]
            ),
        )
    for _ in range(6):
        add("id.media_stream_sid", pick(["twilio.stream_sid", "patter.stream.id"]), "MZ" + hexs(32))
    for _ in range(6):
        add(
            "neg.sip_call_id",
            "sip.call_id",
            pick(
                [
                    f"{hexs(14)}@pc33.atlanta.example.com",
                    f"{hexs(8)}-{hexs(4)}@10.0.0.5",
                    f"{hexs(12)}-{hexs(10)}@sip.voice.example.net",
                ]
            ),
        )
    agents = [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/120.0.0.0 Safari/537.36",
        "TwilioProxy/1.1",
        "python-httpx/0.27.0",
        "Telnyx/2.0 (+https://telnyx.com)",
        "okhttp/4.12.0",
        "getpatter/0.7.0 CPython/3.11.7 Linux/6.5.0-1022-aws",
    ]
    for agent in agents:
        add("neg.user_agent", pick(["user_agent.original", "http.user_agent"]), agent)
    for key, value in [
        ("caller.phone", "anonymous"),
        ("patter.caller", "restricted"),
        ("phone.country", "US"),
        ("caller.phone_present", "true"),
        ("phone.type", "mobile"),
        ("caller.phone", ""),
    ]:
        add("neg.phone_key_not_number", key, value)
    for value in [
        "icon@2x.png",
        "logo@3x.webp",
        "user@localhost",
        "@getpatter/sdk",
        "getpatter@0.7.0",
        "registry.example.com/voice-bot@sha256:" + hexs(64),
        "a@b",
        "team@@example.com",
        "pip install pkg[all]",
    ]:
        add("neg.email_like", pick(["asset", "package", "image", "note"]), value)
    for value in [
        "3 retries on the road to recovery",
        "Retry 2 of 5 on main thread",
        "HTTP/1.1 200 OK",
        "route 66 handler",
        "took 12 seconds down the line",
        "Processed 3 Tool Calls",
        "5 Second Timeout",
        "Step 4 Drive Sync",
        "2 way audio enabled",
        "port 5060 open",
    ]:
        add("neg.address_like", pick(["log.message", "app.status", "patter.debug"]), value)
    for _ in range(10):
        y, m, d = birth_date()
        add(
            "neg.date_not_dob",
            pick(["order.created", "subscription.start", "log.message"]),
            pick(date_styles(y, m, d)[:5]),
        )
    for _ in range(10):
        add(
            "neg.metrics_json",
            "patter.metrics",
            json.dumps(
                {
                    "ttfb_ms": round(rng.random() * 900, 1),
                    "turn_ms": rng.randrange(300, 4000),
                    "tokens": rng.randrange(10, 900),
                    "provider": "openai",
                }
            ),
        )


# -- positives out of reach -------------------------------------------------------------
# Kept so recall is measured against what a detector of this design cannot see, not only
# against what it was built for.


def make_known_misses() -> None:
    for text, kinds in [
        ("four one five five five five zero one four three", ("free_text", "phone")),
        ("it's oh seven seven zero zero nine double oh one two three", ("free_text", "phone")),
        ("call 1-800-FLOWERS now", ("free_text", "phone")),
    ]:
        add("pos.hard.spoken_or_vanity_phone", "getpatter.stt.text", text, kinds)
    for value in ["maria dot silva at example dot com", "john(at)example(dot)org"]:
        add(
            "pos.hard.obfuscated_email",
            "exception.message",
            f"no account for {value}",
            ("email",),
            "event",
        )
    for value in ["Baker Street, London", "the corner of Market and Fifth, San Francisco"]:
        add("pos.hard.address_without_number", "tool.destination", value, ("address",))
    for value in ["born in the spring of eighty five", "DOB: fourteenth of March 1985"]:
        add("pos.hard.dob_in_words", "exception.message", f"caller said {value}", ("dob",), "event")
    add("pos.hard.secret_no_shape", "llm.config", "key " + alnum(40), ("secret",))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else OUT
    for make in (
        make_phones,
        make_emails,
        make_cards,
        make_ssns,
        make_ibans,
        make_ips,
        make_secrets,
        make_dobs,
        make_addresses,
        make_free_text,
        make_benign_ids,
        make_hard_negatives,
        make_known_misses,
    ):
        make()
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    positives = sum(1 for r in rows if r["kinds"])
    print(f"wrote {len(rows)} values ({positives} positive) to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
