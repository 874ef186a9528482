# ruff: noqa: E501  (long literal messages and data templates read best on one line)
"""Write ``pii_corpus_c.jsonl``: a third labelled PII corpus, held out from the detector's tuning.

Run ``python tests/data/make_pii_corpus_c.py`` to rewrite it byte for byte. Needs mimesis
(:data:`MIMESIS_VERSION`, a dev tool only, never a run-time or test dependency) for people
and addresses in 14 locales; phone numbers come from public fictional and example ranges,
cards from processors' published test numbers, IBANs from the SWIFT registry examples or
computed check digits, secrets from providers' published key shapes filled with random
characters. Labels come from the rules in tests/data/README.md ("Labelling rules"), applied
here by hand per class: each row's ``kinds`` is written next to the template that makes it.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import random
import string
import sys
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from mimesis import Address, Datetime, Internet, Locale, Person

#: The mimesis release the committed file was generated with (its data shapes the output).
MIMESIS_VERSION = "22.2.0"
SEED = 20250315
OUT = Path(__file__).with_name("pii_corpus_c.jsonl")

LOCALES = ["EN", "EN_GB", "DE", "FR", "ES", "IT", "PT_BR", "NL", "PL", "SV", "TR", "CS", "DA", "FI"]

rng = random.Random(SEED)
PEOPLE = {loc: Person(getattr(Locale, loc), seed=SEED) for loc in LOCALES}
PLACES = {loc: Address(getattr(Locale, loc), seed=SEED) for loc in LOCALES}
WHEN = Datetime(seed=SEED)
NET = Internet(seed=SEED)

ROWS: list[dict[str, object]] = []


def add(cls: str, site: str, key: str, value: object, kinds: tuple[str, ...] = ()) -> None:
    """Append one labelled row."""
    ROWS.append({"class": cls, "site": site, "key": key, "value": value, "kinds": sorted(kinds)})


def pick(seq: list[str] | tuple[str, ...]) -> str:
    return seq[rng.randrange(len(seq))]


def rand_chars(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return rand_chars(n, "0123456789abcdef")


def uuid4() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:]}"


# ---------------------------------------------------------------- people


def loc() -> str:
    return pick(LOCALES)


def person_name(locale: str | None = None) -> tuple[str, str]:
    p = PEOPLE[locale or loc()]
    return p.first_name(), p.last_name()


def full_name(locale: str | None = None) -> str:
    first, last = person_name(locale)
    return f"{first} {last}"


def ascii_of(s: str) -> str:
    """Lower-case ASCII letters and digits of a name, as e-mail local parts are written."""
    s = (
        s.lower()
        .replace("ß", "ss")
        .replace("ł", "l")
        .replace("ø", "o")
        .replace("æ", "ae")
        .replace("ı", "i")
    )
    out = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in out if c.isalnum())


def email_of(first: str, last: str) -> str:
    dom = pick(["example.com", "example.org", "example.net", "mail.example.com", "example.co.uk"])
    f, la = ascii_of(first) or "x", ascii_of(last) or "y"
    shape = rng.randrange(5)
    local = [
        f"{f}.{la}",
        f"{f[0]}{la}",
        f"{f}_{la}{rng.randrange(10, 99)}",
        f"{la}.{f[0]}",
        f"{f}{rng.randrange(1960, 2004)}",
    ][shape]
    return f"{local}@{dom}"


def street_address(locale: str | None = None) -> str:
    lc = locale or loc()
    a = PLACES[lc]
    street, post, city = a.address(), a.postal_code(), a.city()
    if lc == "EN":
        return f"{street}, {city}, {a.state(abbr=True)} {a.zip_code()}"
    if lc == "EN_GB":
        return f"{street}, {city} {post}"
    return f"{street}, {post} {city}"


def birth_date() -> date:
    return WHEN.date(start=1938, end=2006)


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def fmt_date(d: date) -> str:
    shape = rng.randrange(9)
    if shape == 0:
        return d.isoformat()
    if shape == 1:
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if shape == 2:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if shape == 3:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    lang = ["en", "de", "fr", "es", "it", "nl"][shape - 3] if shape > 3 else "en"
    month = MONTHS[lang].split()[d.month - 1]
    if lang == "en":
        return pick([f"{month} {d.day}, {d.year}", f"{d.day} {month} {d.year}"])
    if lang == "de":
        return f"{d.day}. {month} {d.year}"
    if lang == "es":
        return f"{d.day} de {month} de {d.year}"
    return f"{d.day} {month} {d.year}"


# ---------------------------------------------------------------- phone numbers (fictional / example ranges)

NANP_AREAS = ["212", "415", "312", "617", "206", "303", "512", "404", "702", "916", "646", "213"]


def nanp() -> tuple[str, str]:
    """A NANP 555-01xx fictional number: (E.164, a human format)."""
    area, line = pick(NANP_AREAS), f"01{rng.randrange(100):02d}"
    e164 = f"+1{area}555{line}"
    human = pick(
        [
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"1-{area}-555-{line}",
            f"+1 ({area}) 555-{line}",
        ]
    )
    return e164, human


def uk() -> tuple[str, str]:
    """Ofcom drama ranges: London 020 7946 0xxx, Leeds 0113 496 0xxx, mobile 07700 900xxx."""
    kind = rng.randrange(5)
    n = f"{rng.randrange(1000):03d}"
    if kind <= 1:
        return f"+442079460{n}", pick([f"020 7946 0{n}", f"+44 20 7946 0{n}", f"(020) 7946 0{n}"])
    if kind <= 3:
        return f"+441134960{n}", pick([f"0113 496 0{n}", f"+44 113 496 0{n}"])
    return f"+447700900{n}", pick([f"07700 900{n}", f"+44 7700 900{n}"])


def au() -> tuple[str, str]:
    """ACMA fictional ranges: mobile 0491 570 xxx, Sydney 02 5550 xxxx."""
    if rng.random() < 0.5:
        n = f"{rng.randrange(1000):03d}"
        return f"+61491570{n}", pick([f"0491 570 {n}", f"+61 491 570 {n}"])
    n = f"{rng.randrange(10000):04d}"
    return f"+6125550{n}", pick([f"02 5550 {n}", f"+61 2 5550 {n}"])


def fr() -> tuple[str, str]:
    """ARCEP fiction range 01 99 00 xx xx."""
    a, b = rng.randrange(100), rng.randrange(100)
    return f"+3319900{a:02d}{b:02d}", pick(
        [f"01 99 00 {a:02d} {b:02d}", f"+33 1 99 00 {a:02d} {b:02d}"]
    )


#: libphonenumber's mobile example numbers (phonenumbers 9.0.43), the last two digits varied.
EXAMPLES = {
    "DE": ("+49 1512 34567", "01512 34567"),
    "ES": ("+34 612 34 56 ", "612 34 56 "),
    "IT": ("+39 312 345 67", "312 345 67"),
    "NL": ("+31 6 123456", "06 123456"),
    "SE": ("+46 70 123 45 ", "070-123 45 "),
    "PL": ("+48 512 345 6", "512 345 6"),
    "BR": ("+55 11 96123-45", "(11) 96123-45"),
    "MX": ("+52 222 123 45", "222 123 45"),
    "JP": ("+81 90-1234-56", "090-1234-56"),
    "IN": ("+91 81234 567", "081234 567"),
    "ZA": ("+27 71 123 45", "071 123 45"),
    "IE": ("+353 85 012 34", "085 012 34"),
    "CH": ("+41 78 123 45 ", "078 123 45 "),
    "AT": ("+43 664 1234", "0664 1234"),
    "BE": ("+32 450 00 12 ", "0450 00 12 "),
    "SG": ("+65 8123 45", "8123 45"),
}


def example_intl() -> tuple[str, str]:
    region = pick(list(EXAMPLES))
    intl, nat = EXAMPLES[region]
    tail = f"{rng.randrange(100):02d}"
    human = intl + tail if rng.random() < 0.6 else nat + tail
    e164 = "+" + "".join(c for c in intl + tail if c.isdigit())
    return e164, human


def any_phone() -> tuple[str, str]:
    return pick_fn([nanp, nanp, uk, au, fr, example_intl, example_intl])()


def pick_fn(fns: list[Callable[[], tuple[str, str]]]) -> Callable[[], tuple[str, str]]:
    return fns[rng.randrange(len(fns))]


# ---------------------------------------------------------------- cards, IBANs, SSNs

TEST_PANS = [
    "4242424242424242",
    "4000056655665556",
    "5555555555554444",
    "2223003122003222",
    "5200828282828210",
    "5105105105105100",
    "378282246310005",
    "371449635398431",
    "6011111111111117",
    "6011000990139424",
    "3056930009020004",
    "36227206271667",
    "3566002020360505",
    "6200000000000005",
    "4111111145551142",
    "5555341244441115",
    "370000000000002",
    "6011601160116611",
    "4988438843884305",
    "5454545454545454",
]


def group_pan(pan: str) -> str:
    shape = rng.randrange(4)
    if shape == 0:
        return pan
    sep = " " if shape < 3 else "-"
    if len(pan) == 15:
        return sep.join([pan[:4], pan[4:10], pan[10:]])
    if len(pan) == 14:
        return sep.join([pan[:4], pan[4:10], pan[10:]])
    return sep.join(pan[i : i + 4] for i in range(0, len(pan), 4))


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


IBAN_REGISTRY = [
    "GB29NWBK60161331926819",
    "DE89370400440532013000",
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
    "CZ6508000000192000145399",
]


def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in moved)
    return f"{country}{98 - int(num) % 97:02d}{bban}"


def gen_iban() -> str:
    """A random IBAN of a country whose BBAN has no national check digit (so only ISO 7064 applies)."""
    country, bank, digits = pick(
        [
            ("DE", "", 18),
            ("AT", "", 16),
            ("GB", pick(["NWBK", "BARC", "MIDL", "LOYD"]), 14),
            ("IE", pick(["AIBK", "BOFI"]), 14),
            ("CH", "", 17),
        ]
    )
    return iban_check(country, bank + rand_chars(digits, string.digits))


def iban_valid(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def print_iban(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if rng.random() < 0.5 else iban


def ssn() -> str:
    while True:
        area = rng.randrange(1, 900)
        if area != 666:
            break
    return f"{area:03d}{rng.randrange(1, 100):02d}{rng.randrange(1, 10000):04d}"


def dashed(s: str) -> str:
    return f"{s[:3]}-{s[3:5]}-{s[5:]}"


# ---------------------------------------------------------------- secrets (published shapes, random characters)

URLSAFE = string.ascii_letters + string.digits + "_-"


def jwt() -> str:
    def b64(obj: object) -> str:
        return (
            base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode())
            .decode()
            .rstrip("=")
        )

    claims = {"sub": uuid4(), "iat": 1_730_000_000 + rng.randrange(10**7), "scope": "calls:write"}
    return f"{b64({'alg': 'HS256', 'typ': 'JWT'})}.{b64(claims)}.{rand_chars(43, URLSAFE)}"


def token() -> str:
    shape = rng.randrange(16)
    return [
        lambda: "sk-proj-" + rand_chars(74, URLSAFE) + "T3BlbkFJ" + rand_chars(74, URLSAFE),
        lambda: "sk-" + rand_chars(20) + "T3BlbkFJ" + rand_chars(20),
        lambda: "sk-ant-api03-" + rand_chars(93, URLSAFE) + "AA",
        lambda: "AKIA" + rand_chars(16, string.ascii_uppercase + "234567"),
        lambda: "ghp_" + rand_chars(36),
        lambda: (
            "github_pat_11"
            + rand_chars(20, string.ascii_uppercase + string.digits)
            + "_"
            + rand_chars(59)
        ),
        lambda: (
            f"xoxb-{rng.randrange(10**11, 10**12)}-{rng.randrange(10**12, 10**13)}-{rand_chars(24)}"
        ),
        lambda: "sk_live_" + rand_chars(99),
        lambda: "rk_live_" + rand_chars(99),
        lambda: "AIza" + rand_chars(35, URLSAFE),
        lambda: "hf_" + rand_chars(34, string.ascii_letters),
        lambda: "gsk_" + rand_chars(52),
        lambda: "sk_" + hexs(48),
        lambda: "SG." + rand_chars(22, URLSAFE) + "." + rand_chars(43, URLSAFE),
        lambda: "glpat-" + rand_chars(20, URLSAFE),
        jwt,
    ][shape]()


def password() -> str:
    return pick(
        ["Winter2024!", "hunter2", "P@ssw0rd-", "correct-horse-", "Tr0ub4dor&", "s3cr3t"]
    ) + rand_chars(rng.randrange(0, 6))


# ---------------------------------------------------------------- benign identifiers


def call_sid() -> str:
    return "CA" + hexs(32)


def trace_id() -> str:
    return hexs(32)


def span_id() -> str:
    return hexs(16)


def gen_all() -> None:
    # ============================================================ POSITIVES
    # ---- phone: E.164 and human formats under caller/callee keys (Twilio, Telnyx, SIP, LiveKit, CRM)
    phone_keys = [
        "twilio.from",
        "telnyx.from",
        "call.from",
        "caller.phone_number",
        "patter.caller",
        "getpatter.call.caller",
        "sip.from.user",
        "customer.phone",
        "contact.mobile",
        "kunde.telefon",
        "cliente.telefono",
        "client.telephone",
        "klant.telefoonnummer",
        "lk.sip.phoneNumber",
        "enduser.phone",
        "messaging.destination.name",
    ]
    for _ in range(50):
        e164, human = any_phone()
        add(
            "pos.phone.keyed",
            "attribute",
            pick(phone_keys),
            e164 if rng.random() < 0.45 else human,
            ("phone",),
        )
    for _ in range(10):
        e164, _h = nanp()
        add(
            "pos.phone.lk_identity",
            "attribute",
            "lk.participant.identity",
            f"sip_{e164}",
            ("phone",),
        )
    for _ in range(12):
        e164, _h = any_phone()
        add(
            "pos.phone.sip_uri",
            "attribute",
            pick(["sip.from", "sip.request_uri", "telnyx.sip.from"]),
            f"sip:{e164}@{pick(['pbx.example.com', 'sip.example.net', 'trunk.example.org'])}"
            + pick(["", ";user=phone"]),
            ("phone",),
        )
    for _ in range(14):
        a, _h = any_phone()
        b, _h2 = any_phone()
        q = f"CallSid={call_sid()}&From={a.replace('+', '%2B')}&To={b.replace('+', '%2B')}&Direction=inbound"
        key, val = pick(
            [
                ("url.query", q),
                ("url.full", f"https://voice.example.com/twilio/voice?{q}"),
                ("http.url", f"https://voice.example.com/webhooks/status?{q}"),
                ("http.target", f"/twilio/voice?{q}"),
            ]
        )
        add("pos.phone.webhook_query", "attribute", key, val, ("phone",))
    phone_msgs = [
        "Transfer to {p} failed: 486 Busy Here",
        "Outbound dial to {p} rejected by carrier (21215: geo permission)",
        "SMS confirmation to {p} could not be delivered",
        "Voicemail callback scheduled for {p}",
        "No CRM record matches caller {p}",
        "Failed to send WhatsApp template to {p}: 63016",
    ]
    for _ in range(22):
        _e, human = any_phone()
        key, site = pick(
            [
                ("exception.message", "event"),
                ("error.message", "attribute"),
                ("log.message", "attribute"),
                ("otel.status_description", "status"),
            ]
        )
        add("pos.phone.in_message", site, key, pick(phone_msgs).format(p=human), ("phone",))
    # mistyped numbers (a digit short or extra) in a sentence about a caller
    for _ in range(12):
        _e, human = pick_fn([nanp, uk, au])()
        digits = [i for i, c in enumerate(human) if c.isdigit()]
        i = digits[-rng.randrange(1, 4)]
        typo = (
            human[:i] + human[i + 1 :]
            if rng.random() < 0.5
            else human[:i] + str(rng.randrange(10)) + human[i:]
        )
        msg = pick(
            [
                "Caller gave callback number {p}; could not normalise",
                "Customer asked us to ring her back on {p} after 5pm",
                "The caller's number on file is {p} (invalid length)",
                "Callback request from caller: {p}",
            ]
        ).format(p=typo)
        add(
            "pos.phone.mistyped_in_sentence",
            pick(["event", "attribute"]),
            pick(["exception.message", "log.message"]),
            msg,
            ("phone",),
        )

    # ---- email
    email_keys = [
        "customer.email",
        "user.email",
        "enduser.id",
        "contact.email",
        "kunde.email",
        "cliente.correo",
        "client.courriel",
        "caller.email_address",
        "crm.contact.email",
    ]
    for _ in range(35):
        first, last = person_name()
        add("pos.email.keyed", "attribute", pick(email_keys), email_of(first, last), ("email",))
    for _ in range(18):
        first, last = person_name()
        e = email_of(first, last)
        msg = pick(
            [
                "Could not send call summary to {e}: 550 mailbox unavailable",
                "Duplicate contact {e} in CRM",
                "SMTPRecipientsRefused: {{'{e}': (550, b'5.1.1 user unknown')}}",
                "Calendar invite for <{e}> failed",
                "mailto:{e}?subject=Your%20appointment",
            ]
        ).format(e=e)
        key, site = pick(
            [
                ("exception.message", "event"),
                ("error.message", "attribute"),
                ("log.message", "attribute"),
            ]
        )
        add("pos.email.in_message", site, key, msg, ("email",))

    # ---- name
    name_keys = [
        "customer.name",
        "caller.full_name",
        "patient.name",
        "account.holder",
        "user.display_name",
        "contact.first_name",
        "contact.last_name",
        "lk.participant.name",
        "kunde.name",
        "cliente.nombre",
        "client.nom",
        "paziente.cognome",
        "klant.naam",
        "crm.contact.full_name",
        "appointment.patient_name",
        "booking.guest_name",
    ]
    for _ in range(55):
        key = pick(name_keys)
        first, last = person_name()
        val = (
            first
            if key.endswith("first_name")
            else last
            if key.endswith(("last_name", "cognome"))
            else f"{first} {last}"
        )
        add("pos.name.keyed", "attribute", key, val, ("name",))
    for _ in range(16):
        first, last = person_name(pick(["EN", "EN_GB", "DE", "FR", "ES", "IT"]))
        cnam = pick(
            [
                f"{last.upper()} {first.upper()}",
                f"{last.upper()},{first.upper()}",
                f"{last.upper()} {first[0].upper()}",
            ]
        )
        add(
            "pos.name.cnam",
            "attribute",
            pick(["twilio.caller_name", "telnyx.caller_id_name", "cnam.caller_name"]),
            cnam,
            ("name",),
        )
    for _ in range(12):
        msg = pick(
            [
                "CRM lookup returned two records for {n}",
                "Appointment for {n} not found on 2025-04-02",
                "Escalating call: customer {n} asked for a supervisor",
            ]
        ).format(n=full_name())
        add(
            "pos.name.in_message",
            pick(["event", "attribute"]),
            pick(["exception.message", "log.message"]),
            msg,
            ("name",),
        )

    # ---- card
    card_keys = [
        "payment.card_number",
        "card.pan",
        "stripe.card.number",
        "billing.card",
        "zahlung.kartennummer",
    ]
    for _ in range(26):
        add("pos.card.keyed", "attribute", pick(card_keys), group_pan(pick(TEST_PANS)), ("card",))
    for _ in range(14):
        msg = pick(
            [
                "CardError: card {c} was declined (insufficient_funds)",
                "Payment tool failed for card {c}: expired_card",
                "Tokenization failed: {c} is not supported",
            ]
        ).format(c=group_pan(pick(TEST_PANS)))
        add("pos.card.in_message", pick(["event", "status"]), "exception.message", msg, ("card",))

    # ---- IBAN
    iban_keys = [
        "payment.iban",
        "refund.iban",
        "konto.iban",
        "cuenta.iban",
        "customer.bank_account",
        "sepa.debtor_iban",
    ]
    for iban in IBAN_REGISTRY:
        assert iban_valid(iban), iban
        add("pos.iban.registry", "attribute", pick(iban_keys), print_iban(iban), ("iban",))
    for _ in range(10):
        iban = gen_iban()
        assert iban_valid(iban), iban
        add("pos.iban.generated", "attribute", pick(iban_keys), print_iban(iban), ("iban",))
    for _ in range(8):
        msg = pick(
            [
                "SEPA refund to {i} rejected: AC04 closed account",
                "Direct debit mandate for {i} missing",
            ]
        )
        add(
            "pos.iban.in_message",
            "event",
            "exception.message",
            msg.format(i=print_iban(gen_iban())),
            ("iban",),
        )

    # ---- SSN
    ssn_keys = [
        "customer.ssn",
        "applicant.ssn",
        "patient.social_security_number",
        "member.ssn",
        "verify.ssn",
    ]
    for _ in range(14):
        add("pos.ssn.keyed_bare", "attribute", pick(ssn_keys), ssn(), ("ssn",))
    for _ in range(8):
        add("pos.ssn.keyed_dashed", "attribute", pick(ssn_keys), dashed(ssn()), ("ssn",))
    for _ in range(12):
        s = ssn()
        msg = pick(
            [
                "Identity check failed: SSN {d} does not match records",
                "social security number {b} failed verification",
                "Verification error for SSN {b}",
                "SSN {sp} rejected by KBA provider",
            ]
        ).format(d=dashed(s), b=s, sp=f"{s[:3]} {s[3:5]} {s[5:]}")
        add(
            "pos.ssn.in_message",
            pick(["event", "attribute"]),
            pick(["exception.message", "error.message"]),
            msg,
            ("ssn",),
        )

    # ---- IP (client addresses: personal; OpenTelemetry client/peer-of-server keys)
    ip_keys = [
        "client.address",
        "http.client_ip",
        "enduser.ip",
        "net.sock.peer.addr",
        "http.request.header.x-forwarded-for",
        "source.address",
    ]
    n = 0
    while n < 26:
        ip = NET.ip_v4()
        if not ipaddress.ip_address(ip).is_global:
            continue
        n += 1
        key = pick(ip_keys)
        add(
            "pos.ip.client_v4",
            "attribute",
            key,
            [ip] if key.startswith("http.request.header") else ip,
            ("ip",),
        )
    for _ in range(8):
        ip6 = "2001:db8:" + ":".join(f"{rng.randrange(65536):x}" for _ in range(6))
        add("pos.ip.client_v6", "attribute", pick(["client.address", "enduser.ip"]), ip6, ("ip",))
    for _ in range(6):
        ip = f"{pick(['81', '92', '151', '176', '203'])}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        add(
            "pos.ip.in_message",
            "event",
            "exception.message",
            f"RateLimitError: too many calls from {ip}",
            ("ip",),
        )

    # ---- secrets
    secret_keys = [
        "http.request.header.authorization",
        "http.request.header.xi-api-key",
        "http.request.header.x-api-key",
        "openai.api_key",
        "config.deepgram_api_key",
        "twilio.auth_token",
        "provider.credentials",
        "webhook.signing_secret",
    ]
    for _ in range(32):
        key = pick(secret_keys)
        t = token()
        if key == "http.request.header.authorization":
            val: object = [pick(["Bearer ", "Token ", "Bearer "]) + t]
        elif key.startswith("http.request.header"):
            val = [t]
        else:
            val = t
        add("pos.secret.keyed_token", "attribute", key, val, ("secret",))
    for _ in range(10):
        key = pick(["twilio.auth_token", "deepgram.api_key", "cartesia.api_key"])
        add(
            "pos.secret.keyed_hex",
            "attribute",
            key,
            hexs(32 if key.startswith("twilio") else 40),
            ("secret",),
        )
    for _ in range(8):
        add(
            "pos.secret.keyed_password",
            "attribute",
            pick(["db.password", "smtp.password", "sip.auth.password", "user.passwort"]),
            password(),
            ("secret",),
        )
    add(
        "pos.secret.aws_example",
        "attribute",
        "aws.access_key_id",
        "AKIAIOSFODNN7EXAMPLE",
        ("secret",),
    )
    add(
        "pos.secret.aws_example",
        "attribute",
        "aws.secret_access_key",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        ("secret",),
    )
    for _ in range(24):
        t = token()
        msg = pick(
            [
                "AuthenticationError: Incorrect API key provided: {t}. You can find your API key at the dashboard.",
                "401 Unauthorized for key '{t}'",
                "ValueError: invalid credentials {t!r} for provider elevenlabs",
                "Request failed with headers {{'Authorization': 'Bearer {t}'}}",
            ]
        ).format(t=t)
        add(
            "pos.secret.in_message",
            pick(["event", "status"]),
            "exception.message",
            msg,
            ("secret",),
        )
    # passwords and tokens inside URLs
    for _ in range(30):
        shape = rng.randrange(6)
        pw = password()
        host = pick(
            ["cache.internal", "redis.example.net", "db.example.com", "10.0.3.17", "mq.example.org"]
        )
        val, key = [
            (
                f"redis://:{pw}@{host}:6379/0",
                pick(["db.connection_string", "redis.url", "messaging.url"]),
            ),
            (f"rediss://default:{pw}@{host}:6380", "db.connection_string"),
            (
                f"postgresql://patter:{pw}@{host}:5432/calls",
                pick(["db.connection_string", "server.url"]),
            ),
            (f"amqp://worker:{pw}@{host}:5672/voice", "messaging.url"),
            (
                f"wss://{pick(['api.example.com', 'stream.example.net'])}/v1/stream?{pick(['token', 'access_token', 'key'])}={token()}",
                pick(["url.full", "http.url", "websocket.url"]),
            ),
            (
                f"https://{pick(['api.example.com', 'media.example.org'])}/v1/audio/{uuid4()}?sig={rand_chars(44, URLSAFE)}&expires=1735689600",
                pick(["url.full", "http.url"]),
            ),
        ][shape]
        add("pos.secret.in_url", "attribute", key, val, ("secret",))
    for _ in range(6):
        add(
            "pos.secret.command_line",
            "resource",
            "process.command_line",
            f"python -m voice_agent --openai-api-key {token()} --port 8000",
            ("secret",),
        )

    # ---- date of birth
    dob_keys = [
        "patient.dob",
        "customer.date_of_birth",
        "user.birthdate",
        "caller.birthday",
        "kunde.geburtsdatum",
        "cliente.fecha_nacimiento",
        "client.date_naissance",
        "paziente.data_nascita",
        "klant.geboortedatum",
        "member.birth_date",
    ]
    for _ in range(28):
        add("pos.dob.keyed", "attribute", pick(dob_keys), fmt_date(birth_date()), ("dob",))
    for _ in range(10):
        msg = pick(
            [
                "Identity check failed: DOB {d} does not match",
                "date of birth {d} is in the future for this member",
                "Patient born {d} not found in EHR",
            ]
        ).format(d=fmt_date(birth_date()))
        add("pos.dob.in_message", "event", "exception.message", msg, ("dob",))

    # ---- address
    addr_keys = [
        "customer.address",
        "shipping_address",
        "billing.address",
        "delivery.address",
        "kunde.lieferadresse",
        "cliente.direccion",
        "client.adresse",
        "paziente.indirizzo",
        "klant.adres",
        "appointment.location.address",
    ]
    for _ in range(40):
        add("pos.address.keyed", "attribute", pick(addr_keys), street_address(), ("address",))
    for _ in range(12):
        msg = pick(
            [
                "GeocodingError: no result for '{a}'",
                "Delivery slot unavailable for {a}",
                "Technician dispatch failed: address {a} outside service area",
            ]
        ).format(a=street_address())
        add(
            "pos.address.in_message",
            pick(["event", "attribute"]),
            pick(["exception.message", "error.message"]),
            msg,
            ("address",),
        )

    # ---- free text: caller utterances and LLM content (issue 15), alone and with structured PII
    plain_utterances = [
        "I'd like to move my appointment to Thursday afternoon if that's possible",
        "Hi, yes, I'm calling about the bill I got last week, it's way too high",
        "My husband had the surgery on Monday and he's still in a lot of pain",
        "Can you tell me whether my prescription is ready to pick up",
        "I lost my job last month so I can't pay the full amount right now",
        "Ich möchte meinen Termin am Freitag bitte absagen",
        "Bonjour, je voudrais parler à quelqu'un au sujet de ma facture",
        "Hola, llamo porque mi pedido no ha llegado todavía",
        "Buongiorno, vorrei prenotare una visita per mia figlia",
        "Goedemiddag, ik bel over mijn verzekering",
        "Olá, preciso remarcar a consulta do meu filho",
        "Dzień dobry, dzwonię w sprawie reklamacji",
        "Yes that's right, and please don't call my work number again",
        "I've been feeling dizzy since I started the new medication",
    ]
    content_keys = [
        "gen_ai.prompt",
        "gen_ai.completion",
        "transcript",
        "text",
        "input",
        "output",
        "lk.transcription.text",
        "pipecat.transcription",
        "getpatter.stt.text",
        "stt.final_transcript",
        "user.utterance",
    ]
    for _ in range(30):
        add(
            "pos.free_text.utterance",
            "attribute",
            pick(content_keys),
            pick(plain_utterances),
            ("free_text",),
        )
    agent_replies = [
        "Of course {f}, I've moved your appointment to Thursday at 3pm.",
        "Thanks {f}. I can see the charge from last week; let me explain it.",
        "I'm sorry to hear that, {f}. I'll ask the nurse to call you back today.",
        "Entendido, {f}. Su pedido llegará mañana.",
        "Merci {f}, votre rendez-vous est confirmé.",
    ]
    for _ in range(14):
        first, _l = person_name()
        add(
            "pos.free_text.agent_reply",
            "attribute",
            pick(["gen_ai.completion", "output", "tts.text", "lk.agent.text"]),
            pick(agent_replies).format(f=first),
            ("free_text",),
        )
    # utterances carrying structured PII: free_text plus the structured kind
    for _ in range(32):
        shape = rng.randrange(6)
        if shape == 0:
            _e, h = any_phone()
            val, ks = (
                pick(
                    ["you can reach me on {x}", "my number is {x}, call me back", "es el {x}"]
                ).format(x=h),
                ("free_text", "phone"),
            )
        elif shape == 1:
            f, la = person_name()
            val, ks = f"my email is {email_of(f, la)}", ("free_text", "email")
        elif shape == 2:
            val, ks = f"I live at {street_address()}", ("free_text", "address")
        elif shape == 3:
            val, ks = f"I was born on {fmt_date(birth_date())}", ("free_text", "dob")
        elif shape == 4:
            val, ks = (
                f"the card is {group_pan(pick(TEST_PANS))} expiring 09/28",
                ("free_text", "card"),
            )
        else:
            s = ssn()
            val, ks = f"my social is {s[:3]} {s[3:5]} {s[5:]}", ("free_text", "ssn")
        add("pos.free_text.utterance_with_pii", "attribute", pick(content_keys), val, ks)
    # GenAI message arrays (JSON strings)
    for _ in range(18):
        first, last = person_name()
        u = pick(plain_utterances)
        msgs = [
            {"role": "system", "content": "You are the receptionist of a dental clinic."},
            {"role": "user", "content": f"Hi, this is {first} {last}. {u}"},
        ]
        key = pick(
            [
                "gen_ai.input.messages",
                "gen_ai.output.messages",
                "conversation.history",
                "llm.messages",
            ]
        )
        if key == "gen_ai.output.messages":
            msgs = [{"role": "assistant", "content": pick(agent_replies).format(f=first)}]
            add(
                "pos.free_text.messages_json",
                "attribute",
                key,
                json.dumps(msgs, ensure_ascii=False),
                ("free_text",),
            )
        else:
            add(
                "pos.free_text.messages_json",
                "attribute",
                key,
                json.dumps(msgs, ensure_ascii=False),
                ("free_text",),
            )
    # utterances quoted in log / error / exception messages and status descriptions
    for _ in range(30):
        u = pick(plain_utterances)
        msg = pick(
            [
                'Intent classification failed for utterance: "{u}"',
                "User said: {u}",
                "ValueError: could not parse slot from caller input '{u}'",
                "LLM refused to answer; last user turn was: {u}",
                "[turn 3] caller: {u}",
            ]
        ).format(u=u)
        key, site = pick(
            [
                ("exception.message", "event"),
                ("log.message", "attribute"),
                ("error.message", "attribute"),
                ("otel.status_description", "status"),
                ("log.record.body", "attribute"),
            ]
        )
        add("pos.free_text.in_message", site, key, msg, ("free_text",))
    # numbers spoken partly in words inside messages
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    for _ in range(12):
        e164, _h = nanp()
        d = e164[2:]
        spoken = (
            " ".join(words[int(c)] for c in d[:3])
            + ", "
            + d[3:6]
            + " "
            + " ".join(words[int(c)] for c in d[6:])
        )
        msg = pick(
            [
                "ValueError: could not parse phone from caller input 'it's {s}'",
                "Caller said: my number is {s}",
            ]
        ).format(s=spoken)
        add(
            "pos.free_text.spoken_number",
            pick(["event", "attribute"]),
            pick(["exception.message", "log.message"]),
            msg,
            ("free_text", "phone"),
        )

    # ---- tool payloads (Patter promises they never leave the process: a finding whatever they hold)
    payload_keys = [
        "gen_ai.tool.call.arguments",
        "gen_ai.tool.call.result",
        "getpatter.tool.arguments",
        "getpatter.tool.result",
        "tool.result",
        "tool.arguments",
        "lk.function_tool.arguments",
        "lk.function_tool.output",
    ]
    for _ in range(28):
        val = json.dumps(
            pick(
                [  # type: ignore[arg-type]
                    {"order_id": f"ORD-{rng.randrange(10**5, 10**6)}"},
                    {"date": "2025-04-02", "time": "15:00", "party_size": rng.randrange(1, 9)},
                    {"status": "confirmed", "slot": "2025-04-03T09:30:00"},
                    {"query": "opening hours", "location": "main branch"},
                    {"appointment_type": "cleaning", "duration_min": 30},
                    {"ok": True, "eta_days": rng.randrange(1, 6)},
                ]
            )
        )
        add("pos.tool_payload.no_pii", "attribute", pick(payload_keys), val, ("tool_payload",))
    for _ in range(24):
        first, last = person_name()
        shape = rng.randrange(4)
        if shape == 0:
            _e, h = any_phone()
            obj: dict[str, object] = {"name": f"{first} {last}", "phone": h}
            ks: tuple[str, ...] = ("tool_payload", "name", "phone")
        elif shape == 1:
            obj, ks = {"customer_email": email_of(first, last)}, ("tool_payload", "email")
        elif shape == 2:
            obj, ks = (
                {"patient_name": f"{first} {last}", "dob": birth_date().isoformat()},
                ("tool_payload", "name", "dob"),
            )
        else:
            obj, ks = (
                {"address": street_address(), "notes": "leave at the door"},
                ("tool_payload", "address"),
            )
        add(
            "pos.tool_payload.with_pii",
            "attribute",
            pick(payload_keys),
            json.dumps(obj, ensure_ascii=False),
            ks,
        )

    # ---- hard positives (obfuscated or in words; expected to be hard)
    for _ in range(4):
        f, la = person_name("EN")
        add(
            "pos.hard.obfuscated_email",
            "attribute",
            "transcript",
            f"it's {ascii_of(f)} dot {ascii_of(la)} at example dot com",
            ("free_text", "email"),
        )
    for _ in range(4):
        d = birth_date()
        add(
            "pos.hard.dob_words_keyed",
            "attribute",
            pick(dob_keys),
            f"{MONTHS['en'].split()[d.month - 1]} the {ordinal(d.day)}, nineteen {pick(['seventy', 'eighty', 'sixty'])}-{pick(words[1:])}",
            ("dob",),
        )
    for _ in range(3):
        add(
            "pos.hard.address_no_number",
            "attribute",
            pick(addr_keys),
            f"{PLACES['EN_GB'].street_name()} Road, {PLACES['EN_GB'].city()}",
            ("address",),
        )

    # ============================================================ NEGATIVES
    # ---- ids voice traces are full of
    for _ in range(30):
        add(
            "neg.id.call_id",
            "attribute",
            pick(["getpatter.call.id", "patter.call_id", "twilio.call_sid"]),
            call_sid(),
        )
    for _ in range(10):
        add(
            "neg.id.call_id", "attribute", "telnyx.call_control_id", "v3:" + rand_chars(22, URLSAFE)
        )
    for _ in range(35):
        add(
            "neg.id.uuid",
            "attribute",
            pick(
                [
                    "http.request.id",
                    "gen_ai.response.id",
                    "cartesia.voice_id",
                    "session.id",
                    "lk.room.sid",
                    "service.instance.id",
                ]
            ),
            uuid4(),
        )
    for _ in range(15):
        add(
            "neg.id.otel",
            "attribute",
            pick(["link.trace_id", "parent.span_id", "trace_id"]),
            pick([trace_id(), span_id()]),
        )
    for _ in range(15):
        add(
            "neg.id.hash",
            "attribute",
            pick(["vcs.ref.head.revision", "audio.sha256", "cache.key", "container.image.id"]),
            pick([hexs(40), hexs(64), "sha256:" + hexs(64), hexs(32)]),
        )
    for _ in range(12):
        add(
            "neg.id.provider_ids",
            "attribute",
            pick(["gen_ai.response.id", "gen_ai.tool.call.id", "anthropic.request_id"]),
            pick(
                [
                    "chatcmpl-" + rand_chars(29),
                    "call_" + rand_chars(24),
                    "msg_01" + rand_chars(22),
                    "req_" + rand_chars(24),
                    "resp_" + hexs(48),
                ]
            ),
        )
    for _ in range(8):
        add(
            "neg.id.twilio_other_sid",
            "attribute",
            pick(["twilio.account_sid", "twilio.api_key_sid", "twilio.recording_sid"]),
            pick(["AC", "SK", "RE", "PN"]) + hexs(32),
        )
    # ---- numbers: durations, prices, counts, timestamps, ports, versions
    for _ in range(30):
        add(
            "neg.number.metric",
            "attribute",
            pick(
                [
                    "getpatter.llm.ttft_ms",
                    "patter.latency.turn_ms",
                    "getpatter.endpoint.silence_ms",
                    "patter.cost.stt_seconds",
                    "patter.cost.telephony_minutes",
                ]
            ),
            round(rng.uniform(0.1, 4000), rng.randrange(0, 4)),
        )
    for _ in range(15):
        add(
            "neg.number.count",
            "attribute",
            pick(
                [
                    "gen_ai.usage.input_tokens",
                    "gen_ai.usage.output_tokens",
                    "getpatter.tts.text_len",
                    "getpatter.llm.history_size",
                    "patter.cost.tts_chars",
                    "audio.sample_rate",
                ]
            ),
            pick([rng.randrange(1, 50000), 8000, 16000, 24000]),
        )
    for _ in range(15):
        ts = 1_704_067_200 + rng.randrange(3 * 365 * 86400)
        add(
            "neg.number.timestamp",
            "attribute",
            pick(["event.time", "twilio.timestamp", "job.started_at", "lk.room.creation_time"]),
            pick([str(ts), ts, ts * 1000, f"{ts}.{rng.randrange(10**6):06d}"]),
        )
    for _ in range(14):
        d = date(2024, 1, 1) + timedelta(days=rng.randrange(900))
        add(
            "neg.date.not_dob",
            "attribute",
            pick(
                [
                    "order.created_at",
                    "subscription.renewal_date",
                    "invoice.due_date",
                    "appointment.date",
                    "tls.server.not_after",
                    "http.response.header.date",
                ]
            ),
            pick(
                [
                    d.isoformat(),
                    f"{d.isoformat()}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z",
                    fmt_date(d),
                ]
            ),
        )
    for _ in range(10):
        key, val = pick(
            [
                ("server.port", rng.randrange(1024, 65536)),
                ("service.version", pick(["0.7.0", "v2.14.3-rc.1", "2025.3.1.dev4"])),
                ("telemetry.sdk.version", "1.27.0"),
                ("os.version", pick(["10.0.22631.2861", "6.5.0-1025-azure"])),
                ("process.runtime.version", "3.11.7"),
            ]
        )
        add("neg.number.port_version", pick(["attribute", "resource"]), key, val)
    for _ in range(10):
        add(
            "neg.number.price",
            "attribute",
            pick(["patter.cost.usd", "order.total", "billing.amount"]),
            pick(
                [
                    f"${rng.randrange(1, 500)}.{rng.randrange(100):02d}",
                    f"{rng.uniform(0, 2):.4f}",
                    f"€{rng.randrange(5, 90)},{rng.randrange(100):02d}",
                ]
            ),
        )
    for _ in range(14):
        add(
            "neg.id.order_number",
            "attribute",
            pick(
                [
                    "order.id",
                    "ticket.id",
                    "invoice.number",
                    "shipment.tracking_number",
                    "booking.reference",
                ]
            ),
            pick(
                [
                    f"ORD-{rng.randrange(2023, 2026)}-{rng.randrange(10**6):06d}",
                    str(rng.randrange(10**6, 10**10)),
                    f"#{rng.randrange(10**4, 10**6)}",
                    f"INV{rng.randrange(10**7, 10**8)}",
                    f"1Z{rand_chars(16, string.ascii_uppercase + string.digits)}",
                ]
            ),
        )
    # 9- and 10-digit numbers that are not SSNs or phones
    for _ in range(8):
        add(
            "neg.number.nine_or_ten_digits",
            "attribute",
            pick(
                [
                    "bank.routing_number",
                    "messaging.message.id",
                    "gen_ai.usage.total_bytes",
                    "order.id",
                    "db.row_id",
                ]
            ),
            pick(["021000021", "011401533", "091000019", str(rng.randrange(10**8, 10**10))]),
        )
    # ---- developer-facing text
    dev_messages = [
        "Deepgram websocket closed: code 1011 (internal error)",
        "TimeoutError: first LLM token after 5000 ms",
        "websockets.exceptions.ConnectionClosedError: received 1006; then sent 1006",
        "RateLimitError: Rate limit reached for gpt-4o-mini in organization org-"
        + rand_chars(24)
        + " on tokens per min (TPM): Limit 30000, Used 29881, Requested 412.",
        "AuthenticationError: Invalid API key. Please check your API key and try again.",
        "ElevenLabs quota exceeded: this request exceeds your character limit",
        "Twilio error 11200: HTTP retrieval failure",
        "Barge-in detected after 320 ms, cancelling TTS",
        "STT stream opened (provider=deepgram, model=nova-3, encoding=mulaw, sample_rate=8000)",
        "Retrying request to /v1/chat/completions in 0.8 seconds",
        "asyncio.CancelledError",
        "Tool lookup_order raised KeyError: 'order_id'",
        "Deadline exceeded",
        "upstream connect error or disconnect/reset before headers. reset reason: connection termination",
        "Call ended by remote party (status=completed, duration=93s)",
        "Audio buffer underrun: 3 frames dropped",
        "Failed to resolve host api.example.com: [Errno -3] Temporary failure in name resolution",
        "Street View API is not enabled for this project",
        "Retry 2 of 5 on main thread",
        "Route 53 health check failed for us-east-1",
    ]
    for _ in range(80):
        key, site = pick(
            [
                ("exception.message", "event"),
                ("log.message", "attribute"),
                ("error.message", "attribute"),
                ("otel.status_description", "status"),
                ("log.record.body", "attribute"),
            ]
        )
        add("neg.text.developer_message", site, key, pick(dev_messages))
    for _ in range(12):
        frames = "\n".join(
            f'  File "/usr/local/lib/python3.11/site-packages/getpatter/{m}.py", line {rng.randrange(20, 900)}, in {fn}'
            for m, fn in [
                ("pipeline", "_run_turn"),
                ("providers/openai_llm", "stream"),
                ("tools", "invoke"),
            ]
        )
        add(
            "neg.text.stacktrace",
            "event",
            "exception.stacktrace",
            f"Traceback (most recent call last):\n{frames}\n{pick(dev_messages)}",
        )
    for _ in range(12):
        add(
            "neg.text.exception_type",
            "event",
            "exception.type",
            pick(
                [
                    "openai.RateLimitError",
                    "TimeoutError",
                    "websockets.exceptions.ConnectionClosedError",
                    "KeyError",
                    "httpx.ReadTimeout",
                ]
            ),
        )
    # ---- GenAI / pipeline keys holding developer values, not content
    for _ in range(50):
        key, val = pick(
            [
                ("gen_ai.system", pick(["openai", "anthropic", "gcp.gemini", "groq"])),
                (
                    "gen_ai.request.model",
                    pick(
                        [
                            "gpt-4o-mini-2024-07-18",
                            "claude-3-5-sonnet-20241022",
                            "gemini-2.0-flash",
                            "llama-3.3-70b-versatile",
                        ]
                    ),
                ),
                ("gen_ai.operation.name", pick(["chat", "execute_tool", "text_completion"])),
                ("gen_ai.response.finish_reasons", ["stop"]),
                (
                    "gen_ai.tool.name",
                    pick(["lookup_order", "book_appointment", "transfer_call", "end_call"]),
                ),
                (
                    "gen_ai.tool.description",
                    pick(
                        [
                            "Look up an order by its number",
                            "Transfer the caller to a human agent",
                            "Book an appointment slot",
                        ]
                    ),
                ),
                ("gen_ai.prompt.0.role", pick(["system", "user"])),
                ("getpatter.tool.name", pick(["lookup_order", "check_availability"])),
                ("getpatter.tool.transport", pick(["http", "mcp", "local"])),
                ("getpatter.call.direction", pick(["inbound", "outbound"])),
                ("getpatter.call.provider_mode", pick(["pipeline", "realtime"])),
                ("patter.side", pick(["uut", "driver"])),
                (
                    "patter.stt.provider",
                    pick(["deepgram", "assemblyai", "whisper", "soniox", "speechmatics"]),
                ),
                ("patter.tts.provider", pick(["elevenlabs", "openai", "cartesia", "lmnt", "rime"])),
                ("getpatter.stt.confidence", round(rng.random(), 3)),
                ("http.response.status_text", pick(["Too Many Requests", "Bad Gateway", "OK"])),
                ("text", ""),
            ]
        )
        add("neg.key.developer_value", "attribute", key, val)
    for _ in range(12):
        add("neg.tool_payload.empty", "attribute", pick(payload_keys), pick(["", "{}", "[]"]))
    for _ in range(6):
        add(
            "neg.free_text.system_prompt_no_caller",
            "attribute",
            pick(["gen_ai.system_instructions", "llm.system_prompt"]),
            pick(
                [
                    "You are the receptionist of a dental clinic. Be brief and friendly.",
                    "Answer in the caller's language. Never give medical advice.",
                    "You are a booking assistant. Use the book_appointment tool when the caller picks a slot.",
                ]
            ),
        )
    # ---- name-keys that do not name a person
    for _ in range(45):
        key, val = pick(
            [
                ("service.name", pick(["voice-agent", "patter-bridge", "billing-api"])),
                ("elevenlabs.voice.name", pick(["Rachel", "Adam", "Bella", "Antoni", "Domi"])),
                (
                    "tts.voice",
                    pick(["alloy", "shimmer", "aura-asteria-en", "en-US-Neural2-F", "nova"]),
                ),
                ("gen_ai.agent.name", pick(["Ava", "Support Bot", "Booking Assistant", "Max"])),
                ("k8s.pod.name", f"voice-agent-{hexs(10)}-{rand_chars(5, string.ascii_lowercase)}"),
                ("host.name", pick(["ip-10-0-3-17.ec2.internal", "worker-3", "localhost"])),
                ("db.name", pick(["calls", "crm_prod"])),
                ("messaging.destination.name", pick(["call-events", "transcripts.v1"])),
                ("lk.room.name", f"call-{hexs(8)}"),
                ("deployment.environment", pick(["staging", "production"])),
                (
                    "cloud.region",
                    pick(["us-east-1", "eu-west-2", "ap-southeast-2", "europe-west4"]),
                ),
                ("code.function", pick(["handle_media", "_on_transcript"])),
            ]
        )
        add("neg.name_like.not_person", pick(["attribute", "resource"]), key, val)
    # ---- secret-like but masked, placeholders, references
    masked = [
        "Bearer ***",
        "Basic ****",
        "Token ${DEEPGRAM_API_KEY}",
        "Bearer [REDACTED]",
        "Bearer <redacted>",
        "<redacted>",
        "[REDACTED]",
        "${OPENAI_API_KEY}",
        "$TWILIO_AUTH_TOKEN",
        "env:ELEVENLABS_API_KEY",
        "********",
        "sk-...{l4}",
        "sk-proj-****{l4}",
        "…{l4}",
        "xi-****{l4}",
        "{{ secrets.ANTHROPIC_API_KEY }}",
    ]
    for _ in range(50):
        key = pick(secret_keys)
        v = pick(masked).replace("{l4}", rand_chars(4))
        add(
            "neg.secret.masked_or_placeholder",
            "attribute",
            key,
            [v] if key.startswith("http.request.header") else v,
        )
    for _ in range(10):
        add(
            "neg.secret.url_without_secret",
            "attribute",
            pick(["url.full", "http.url", "db.connection_string", "websocket.url"]),
            pick(
                [
                    "wss://api.deepgram.com/v1/listen?model=nova-3&encoding=mulaw&sample_rate=8000&interim_results=true",
                    "redis://cache.internal:6379/0",
                    "postgresql://db.example.com:5432/calls",
                    "wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview",
                    "https://api.elevenlabs.io/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM/stream?output_format=ulaw_8000",
                    "http://localhost:4318/v1/traces",
                    f"https://voice.example.com/twilio/status/{call_sid()}",
                ]
            ),
        )
    for _ in range(12):
        add(
            "neg.secret.ssh_remote",
            pick(["attribute", "resource"]),
            pick(["vcs.repository.url.full", "git.remote", "deploy.source"]),
            f"git@{pick(['github.com', 'gitlab.com', 'bitbucket.org'])}:{pick(['acme', 'voice-team', 'patter-labs'])}/{pick(['voice-agent', 'ivr', 'infra'])}.git",
        )
    error_bodies = [
        {
            "error": {
                "message": "You exceeded your current quota, please check your plan and billing details.",
                "type": "insufficient_quota",
                "param": None,
                "code": "insufficient_quota",
            }
        },
        {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}},
        {"err_code": "INVALID_AUTH", "err_msg": "Invalid credentials.", "request_id": "{u}"},
        {
            "detail": {
                "status": "quota_exceeded",
                "message": "This request exceeds your quota of 10000.",
            }
        },
        {
            "code": 20003,
            "message": "Authenticate",
            "more_info": "https://www.twilio.com/docs/errors/20003",
            "status": 401,
        },
        {
            "error": {
                "message": "Incorrect API key provided: sk-...{l4}. You can find your API key in your account settings.",
                "type": "invalid_request_error",
                "code": "invalid_api_key",
            }
        },
    ]
    for _ in range(16):
        body = json.dumps(pick(error_bodies)).replace("{u}", uuid4()).replace("{l4}", rand_chars(4))  # type: ignore[arg-type]
        add(
            "neg.secret.provider_error_body",
            "attribute",
            pick(
                [
                    "openai.error.body",
                    "provider.error.body",
                    "http.response.error.body",
                    "deepgram.error.body",
                ]
            ),
            body,
        )
    for _ in range(6):
        key, val = pick(
            [
                ("gen_ai.usage.input_tokens", rng.randrange(10, 4000)),
                ("auth.token_ttl", "3600"),
                ("token.type", "Bearer"),
                ("csrf.token_header", "X-CSRF-Token"),
            ]
        )
        add("neg.secret.token_key_not_secret", "attribute", key, val)
    # ---- email-like, SIP services, role addresses
    for _ in range(14):
        key, val = pick(
            [
                ("url.path", pick(["/static/icon@2x.png", "/img/logo@3x.webp"])),
                ("package.spec", pick(["@opentelemetry/api@1.9.0", "getpatter@0.7.0"])),
                ("container.image.name", "python@sha256:" + hexs(64)),
                ("sip.call_id", f"{hexs(14)}@pc33.example.com"),
                ("smtp.test_recipient", "user@localhost"),
            ]
        )
        add("neg.email_like", "attribute", key, val)
    for _ in range(10):
        add(
            "neg.sip.service_uri",
            "attribute",
            pick(["sip.to", "sip.request_uri", "telnyx.sip.uri"]),
            pick(
                [
                    "sip:ivr@sip.example.net;transport=tls",
                    "sip:queue-billing@pbx.example.com",
                    "sip:voice-agent@trunk.example.org:5061",
                    "sips:support@sip.example.com",
                ]
            ),
        )
    for _ in range(8):
        add(
            "neg.email.role_or_service_account",
            pick(["attribute", "resource"]),
            pick(["service.support_email", "smtp.from", "gcp.service_account", "notify.sender"]),
            pick(
                [
                    "support@example.com",
                    "noreply@example.org",
                    "billing@example.net",
                    "voice-agent@my-project-123.iam.gserviceaccount.com",
                ]
            ),
        )
    # ---- business phone lines published by the company (not personal data; see README)
    for _ in range(8):
        add(
            "neg.phone.business_published_line",
            "attribute",
            pick(["company.support_phone", "ivr.published_number", "docs.hotline"]),
            pick(
                [
                    "1-800-555-0199",
                    "+1 888 555 0142",
                    "0800 123 4567",
                    "+44 800 123 4567",
                    "1-800-FLOWERS",
                ]
            ),
        )
    for _ in range(8):
        add(
            "neg.phone.key_not_number",
            "attribute",
            pick(["twilio.from", "caller.phone_number", "call.from"]),
            pick(
                [
                    "anonymous",
                    "restricted",
                    "unknown",
                    "client:agent_console",
                    "+1 *** *** 0142",
                    "+44 **** ***123",
                ]
            ),
        )
    # ---- card-like
    for _ in range(14):
        shape = rng.randrange(4)
        if shape == 0:
            while True:
                n16 = rand_chars(16, string.digits)
                if not luhn_ok(n16):
                    break
            key, val = pick(["order.reference", "payment.intent_ref", "shipment.id"]), n16
        elif shape == 1:
            key, val = (
                pick(["card.masked", "payment.card"]),
                pick(["**** **** **** 4242", "•••• 4444", "XXXX-XXXX-XXXX-1117"]),
            )
        elif shape == 2:
            key, val = (
                pick(["card.last4", "card.exp", "card.brand"]),
                pick(["4242", "12/27", "visa", "mastercard"]),
            )
        else:
            key, val = (
                pick(["stripe.payment_method", "stripe.charge_id"]),
                pick(["pm_1" + rand_chars(23), "ch_3" + rand_chars(23)]),
            )
        add("neg.card_like", "attribute", key, val)
    for _ in range(4):
        add(
            "neg.iban_like.bic",
            "attribute",
            pick(["bank.bic", "sepa.creditor_bic"]),
            pick(["DEUTDEFF", "NWBKGB2L", "BNPAFRPPXXX", "INGBNL2A"]),
        )
    # ---- IP addresses that are not a person's
    for _ in range(18):
        key = pick(
            [
                "server.address",
                "net.host.ip",
                "network.local.address",
                "net.peer.ip",
                "client.address",
                "server.socket.address",
            ]
        )
        if key == "client.address":
            val = pick(["127.0.0.1", "10.0.3.17", "192.168.1.20", "::1", "172.17.0.2"])
        else:
            val = pick(
                [
                    "104.18.6.192",
                    "35.190.60.12",
                    "13.248.169.48",
                    "10.0.0.5",
                    "api.openai.com",
                    "52.94.236.248",
                ]
            )
        add("neg.ip.not_a_person", "attribute", key, val)
    for _ in range(6):
        key, val = pick(
            [
                ("os.version", "10.0.19045.3803"),
                ("snmp.oid", "1.3.6.1.4.1"),
                ("app.build", pick(["4.2.0.1", "2024.11.05.2"])),
            ]
        )
        add("neg.ip.version_like", "attribute", key, val)
    # ---- routes and URLs without PII
    for _ in range(16):
        add(
            "neg.route",
            "attribute",
            pick(["http.route", "url.path", "http.target", "http.url"]),
            pick(
                [
                    "/twilio/voice",
                    "/twilio/stream/{call_sid}",
                    f"/v1/calls/{call_sid()}/events",
                    "/telnyx/webhook",
                    "/healthz",
                    "/v1/listen?model=nova-3",
                    f"https://api.example.com/v1/orders/ORD-{rng.randrange(10**5, 10**6)}",
                    "/ws/media?encoding=mulaw",
                    "/api/v2/appointments?date=2025-04-02&limit=20",
                ]
            ),
        )
    # ---- metrics JSON and model names
    for _ in range(8):
        add(
            "neg.metrics_json",
            "attribute",
            pick(["getpatter.metrics", "patter.turn.metrics"]),
            json.dumps(
                {
                    "ttfb_ms": rng.randrange(100, 900),
                    "stt_ms": rng.randrange(50, 400),
                    "tokens": rng.randrange(10, 900),
                    "call_id": call_sid(),
                    "cost_usd": round(rng.random() / 10, 5),
                }
            ),
        )
    for _ in range(8):
        add(
            "neg.address_like",
            "attribute",
            pick(["note", "log.message", "task.description"]),
            pick(
                [
                    "3 retries on the road to recovery",
                    "Suite 12 of tests passed",
                    "Block 4 of 10 uploaded",
                    "Lane 2 queue drained",
                    "Avenue rollout at 25%",
                ]
            ),
        )


def main() -> None:
    import mimesis

    if mimesis.__version__ != MIMESIS_VERSION:
        sys.exit(
            f"make_pii_corpus_c.py: needs mimesis {MIMESIS_VERSION}, found {mimesis.__version__}"
        )
    gen_all()
    lines = []
    for i, row in enumerate(ROWS):
        out = {
            "id": i,
            "class": row["class"],
            "site": row["site"],
            "key": row["key"],
            "value": row["value"],
            "kinds": row["kinds"],
        }
        lines.append(json.dumps(out, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pos = sum(1 for r in ROWS if r["kinds"])
    print(f"wrote {len(ROWS)} rows ({pos} positive, {len(ROWS) - pos} negative) to {OUT}")


if __name__ == "__main__":
    main()
