"""Write ``pii_corpus_w.jsonl``: a held-out PII corpus on outbound calls and campaigns.

Rows are span attribute, event, status and resource values a voice-AI trace may carry on
outbound campaigns (sales, reminders, surveys, collections, fundraising, canvassing,
recruitment screening, insurance renewals, deliveries, win-back) and an everyday mix, in
fifty languages; each row says which personal kinds it holds and whether it is
conversation content. Every value is invented: Faker names and addresses, libphonenumber
example numbers, identifiers with check digits python-stdnum validates, published test
cards or generated Luhn-valid numbers, random tokens in providers' key formats.

Run: ``python tests/data/make_pii_corpus_w.py [OUT]`` (default: the jsonl beside this
script). The output is fixed by the seed and by the releases in ``RELEASES``.
"""
# ruff: noqa: E501

from __future__ import annotations

import base64
import ipaddress
import json
import random
import string
import sys
import urllib.parse
import warnings
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

import phonenumbers
from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.ar import cuit
from stdnum.at import vnr
from stdnum.au import tfn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.co import nit
from stdnum.dk import cpr
from stdnum.gb import nhs
from stdnum.id import nik
from stdnum.ie import pps
from stdnum.in_ import aadhaar
from stdnum.is_ import kennitala
from stdnum.it import codicefiscale
from stdnum.lv import pvn
from stdnum.mx import curp
from stdnum.my import nric
from stdnum.no import fodselsnummer
from stdnum.pe import cui
from stdnum.pk import cnic
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.us import rtn, ssn
from stdnum.za import idnr

#: Releases the committed file was written with; others may draw different values.
RELEASES = {"Faker": "40.63.0", "python-stdnum": "2.2", "phonenumbers": "9.0.43"}
SEED = 20261207
OUT = Path(__file__).with_name("pii_corpus_w.jsonl")

rng = random.Random(SEED)
rows: list[dict[str, Any]] = []


def check_releases() -> None:
    """Warn when installed releases differ from the ones the file was written with."""
    for dist, version in RELEASES.items():
        try:
            got = metadata.version(dist)
        except metadata.PackageNotFoundError:
            got = "none"
        if got != version:
            warnings.warn(
                f"{dist} {got} installed; corpus W was written with {version}", stacklevel=2
            )


def add(cls: str, site: str, key: str, value: Any, kinds: list[str] | tuple[str, ...] = ()) -> None:
    """Append one row; content follows from the class's second part."""
    part = cls.split(".")[1]
    assert cls.startswith("pos." if kinds else "neg."), cls
    rows.append(
        {
            "class": cls,
            "site": site,
            "key": key,
            "value": value,
            "kinds": sorted(set(kinds)),
            "content": part != "value",
        }
    )


def js(obj: Any) -> str:
    """Compact JSON as SDKs put it in attributes, non-ASCII kept."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------- invented values


def digits(n: int) -> str:
    """n random decimal digits."""
    return "".join(rng.choice(string.digits) for _ in range(n))


def complete(
    valid: Callable[[str], bool], body: str, alphabet: str = string.digits, tail: str = ""
) -> str:
    """The body plus the first check character that makes the number valid."""
    for c in alphabet:
        if valid(body + c + tail):
            return body + c + tail
    raise ValueError(body)


def complete2(valid: Callable[[str], bool], body: str) -> str:
    """The body plus the first two check digits that make the number valid."""
    for a in string.digits:
        for b in string.digits:
            if valid(body + a + b):
                return body + a + b
    raise ValueError(body)


def birth() -> tuple[int, int, int]:
    """A birth date 1940-2004 (day kept at 28 or below so every month has it)."""
    return rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)


def retry(make: Callable[[], str]) -> str:
    """Draw until the generator yields a value (some bodies have no check digit)."""
    for _ in range(200):
        try:
            return make()
        except ValueError:
            continue
    raise RuntimeError("no valid value")


def id_mx() -> str:
    y, m, d = birth()
    body = (
        "".join(rng.choice("BCDFGHLMNPRSTVZ") for _ in range(1))
        + rng.choice("AEIOU")
        + "".join(rng.choice("BCDFGHLMNPRSTVZ") for _ in range(2))
    )
    body += (
        f"{y % 100:02d}{m:02d}{d:02d}"
        + rng.choice("HM")
        + rng.choice(["DF", "JC", "NL", "PL", "VZ"])
    )
    body += "".join(rng.choice("BCDFGHLMNPRSTVZ") for _ in range(3)) + ("0" if y < 2000 else "A")
    return complete(curp.is_valid, body)


def id_ar() -> str:
    return retry(lambda: cuit.format(complete(cuit.is_valid, rng.choice(["20", "27"]) + digits(8))))


def id_co() -> str:
    return retry(lambda: nit.format(complete(nit.is_valid, str(rng.randint(10, 99)) + digits(7))))


def id_br() -> str:
    return cpf.format(complete2(cpf.is_valid, str(rng.randint(1, 9)) + digits(8)))


def id_pt() -> str:
    return complete(nif.is_valid, rng.choice("123") + digits(7))


def id_it() -> str:
    y, m, d = birth()
    letters = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6))
    body = f"{letters}{y % 100:02d}{'ABCDEHLMPRST'[m - 1]}{d + rng.choice([0, 40]):02d}{rng.choice('FGHL')}{rng.randint(100, 999)}"
    return complete(codicefiscale.is_valid, body, string.ascii_uppercase)


def id_at() -> str:
    y, m, d = birth()
    return retry(
        lambda: complete(
            vnr.is_valid, str(rng.randint(100, 999)), tail=f"{d:02d}{m:02d}{y % 100:02d}"
        )
    )


def id_pl() -> str:
    y, m, d = birth()
    mm = m + (20 if y >= 2000 else 0)
    return complete(pesel.is_valid, f"{y % 100:02d}{mm:02d}{d:02d}{digits(4)}")


def id_dk() -> str:
    y, m, d = birth()
    seven = "0" if y < 2000 else "4"
    return cpr.format(f"{d:02d}{m:02d}{y % 100:02d}{seven}{digits(3)}")


def id_no() -> str:
    y, m, d = birth()
    return retry(
        lambda: complete2(
            fodselsnummer.is_valid,
            f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(0, 499) if y < 2000 else rng.randint(500, 999):03d}",
        )
    )


def id_se() -> str:
    y, m, d = birth()
    return complete(personnummer.is_valid, f"{y % 100:02d}{m:02d}{d:02d}-{digits(3)}")


def id_is() -> str:
    y, m, d = birth()
    return retry(
        lambda: complete(
            kennitala.is_valid,
            f"{d:02d}{m:02d}{y % 100:02d}-{rng.randint(20, 99)}",
            tail="9" if y < 2000 else "0",
        )
    )


def id_ie() -> str:
    return complete(pps.is_valid, digits(7), "ABCDEFGHIJKLMNOPQRSTUVW")


def id_lv() -> str:
    y, m, d = birth()
    return retry(
        lambda: complete(
            pvn.is_valid, f"{d:02d}{m:02d}{y % 100:02d}-{1 if y < 2000 else 2}{digits(3)}"
        )
    )


def id_ru() -> str:
    return complete2(inn.is_valid, str(rng.randint(10, 79)) + digits(8))


def id_cn() -> str:
    y, m, d = birth()
    return complete(
        ric.is_valid,
        f"{rng.choice(['110101', '310104', '440305', '510107'])}{y}{m:02d}{d:02d}{digits(3)}",
        string.digits + "X",
    )


def id_my() -> str:
    y, m, d = birth()
    return nric.format(
        f"{y % 100:02d}{m:02d}{d:02d}{rng.choice(['14', '10', '07', '01'])}{digits(4)}"
    )


def id_id() -> str:
    y, m, d = birth()
    n = f"{rng.choice(['317101', '327301', '337401', '347101'])}{d + rng.choice([0, 40]):02d}{m:02d}{y % 100:02d}{rng.randint(1, 999):04d}"
    if not nik.is_valid(n):
        raise ValueError(n)
    return n


def id_in() -> str:
    return retry(lambda: complete(aadhaar.is_valid, str(rng.randint(2, 9)) + digits(10)))


def id_pk() -> str:
    n = f"{rng.randint(1, 7)}{digits(11)}{rng.randint(1, 9)}"
    return cnic.format(n) if cnic.is_valid(n) else id_pk()


def id_za() -> str:
    y, m, d = birth()
    return complete(idnr.is_valid, f"{y % 100:02d}{m:02d}{d:02d}{digits(4)}08")


def id_pe() -> str:
    return complete(cui.is_valid, digits(8), string.digits + "ABCDEFGHIJK")


def id_au() -> str:
    return retry(lambda: tfn.format(complete(tfn.is_valid, str(rng.randint(1, 9)) + digits(7))))


def id_nhs() -> str:
    return retry(lambda: nhs.format(complete(nhs.is_valid, str(rng.randint(4, 6)) + digits(8))))


def id_ssn(style: int = 0) -> str:
    while True:
        a, g, s = rng.randint(1, 665), rng.randint(1, 99), rng.randint(1, 9999)
        n = f"{a:03d}{g:02d}{s:04d}"
        if ssn.is_valid(n):
            return [f"{n[:3]}-{n[3:5]}-{n[5:]}", f"{n[:3]} {n[3:5]} {n[5:]}", n][style % 3]


def aba() -> str:
    return retry(
        lambda: complete(
            rtn.is_valid, rng.choice(["0", "1", "2", "3"]) + str(rng.randint(1, 9)) + digits(6)
        )
    )


IBAN_BBAN = {
    "PT": lambda: digits(21),
    "IT": lambda: rng.choice(string.ascii_uppercase) + digits(10) + digits(12),
    "AT": lambda: digits(16),
    "PL": lambda: digits(24),
    "DK": lambda: digits(14),
    "NO": lambda: digits(11),
    "SE": lambda: digits(20),
    "IS": lambda: digits(22),
    "IE": lambda: "AIBK" + digits(14),
    "MT": lambda: "MALT" + digits(5) + digits(18),
    "LV": lambda: "HABA" + digits(13),
    "ES": lambda: digits(20),
    "GB": lambda: "NWBK" + digits(14),
    "BR": lambda: digits(23) + "P1",
    "GE": lambda: "NB" + digits(16),
    "EG": lambda: digits(25),
    "AE": lambda: digits(19),
    "PK": lambda: "SCBL" + digits(16),
}


def iban(country: str, grouped: bool = True) -> str:
    """A random IBAN python-stdnum accepts (national checks too)."""
    for _ in range(2000):
        bban = IBAN_BBAN[country]()
        body = bban + country + "00"
        num = "".join(str(int(c, 36)) for c in body)
        check = 98 - int(num) % 97
        value = f"{country}{check:02d}{bban}"
        if std_iban.is_valid(value):
            return std_iban.format(value) if grouped else value
    raise RuntimeError(country)


TEST_CARDS = [
    "4242424242424242",
    "4000056655665556",
    "5555555555554444",
    "2223003122003222",
    "378282246310005",
    "6011111111111117",
    "3056930009020004",
    "3566002020360505",
    "4111111111111111",
    "5105105105105100",
    "4917610000000000",
    "6200000000000005",
]


def card(style: int) -> str:
    """A published test card or a generated Luhn-valid number, in one of several layouts."""
    if style % 3 == 0:
        n = rng.choice(TEST_CARDS)
    else:
        body = rng.choice(["4", "51", "53", "2221"])
        body += digits(15 - len(body))
        n = body + luhn.calc_check_digit(body)
    if len(n) == 15:
        return [f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"][style % 3]
    groups = [n[i : i + 4] for i in range(0, len(n), 4)]
    return [" ".join(groups), "-".join(groups), n, ".".join(groups)][style % 4]


def phone(region: str, fmt: int = 0) -> str:
    """A libphonenumber example mobile number with its last two digits varied, still valid."""
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert ex is not None
    base = str(ex.national_number)
    while True:
        n = phonenumbers.parse(f"+{ex.country_code}{base[:-2]}{rng.randint(0, 99):02d}")
        if phonenumbers.is_valid_number(n):
            break
    f = [
        phonenumbers.PhoneNumberFormat.NATIONAL,
        phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        phonenumbers.PhoneNumberFormat.E164,
    ][fmt % 3]
    return phonenumbers.format_number(n, f)


def public_ip() -> str:
    """A random global IPv4 or IPv6 address."""
    while True:
        if rng.random() < 0.75:
            a = ipaddress.IPv4Address(rng.getrandbits(32))
        else:
            a = ipaddress.IPv6Address((0x2 << 124) | rng.getrandbits(124))
        if a.is_global and not a.is_multicast:
            return str(a)


def tok(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return tok(n, "0123456789abcdef")


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


# ---------------------------------------------------------------- people

FAKERS: dict[str, Faker] = {}


def fk(locale: str) -> Faker:
    if locale not in FAKERS:
        f = Faker(locale)
        f.seed_instance(SEED + len(FAKERS))
        FAKERS[locale] = f
    return FAKERS[locale]


def en_person(locale: str = "en_GB") -> tuple[str, str]:
    """A full name and an email for it on an RFC 2606 or IANA test domain."""
    f = fk(locale)
    first, last = f.first_name(), f.last_name()
    local = (
        rng.choice(
            [
                f"{first}.{last}",
                f"{first[0]}{last}",
                f"{last}{rng.randint(1, 99)}",
                f"{first}_{last}",
            ]
        )
        .lower()
        .replace(" ", "")
        .replace("'", "")
    )
    return (
        f"{first} {last}",
        f"{local}@{rng.choice(['example.com', 'example.org', 'example.net', 'mail.example'])}",
    )


def en_address(locale: str) -> str:
    f = fk(locale)
    if locale == "en_US":
        return f"{rng.randint(10, 9999)} {f.street_name()}, {f.city()}, {f.state_abbr()} {f.postcode()}"
    if locale == "en_AU":
        return (
            f"{rng.randint(1, 300)} {f.street_name()}, {f.city()} {f.state_abbr()} {f.postcode()}"
        )
    return f"{rng.randint(1, 240)} {f.street_name()}, {f.city()}, {f.postcode()}"


# ---------------------------------------------------------------- languages
# tag: (names, address maker, phone region, dob format, id maker or None, phrases)
# phrases: name, dob, addr, phone, sens, ok1, ok2, ok3 (the ok ones disclose nothing)


def dmy(sep: str) -> Callable[[tuple[int, int, int]], str]:
    return lambda t: f"{t[2]:02d}{sep}{t[1]:02d}{sep}{t[0]}"


def ymd(sep: str) -> Callable[[tuple[int, int, int]], str]:
    return lambda t: f"{t[0]}{sep}{t[1]:02d}{sep}{t[2]:02d}"


def cjk(t: tuple[int, int, int]) -> str:
    return f"{t[0]}年{t[1]}月{t[2]}日"


def mdy(t: tuple[int, int, int]) -> str:
    return f"{t[1]:02d}/{t[2]:02d}/{t[0]}"


def en_long(t: tuple[int, int, int]) -> str:
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    return f"{t[2]} {months[t[1] - 1]} {t[0]}"


def hand(streets: list[str], towns: list[str], pattern: str) -> Callable[[], str]:
    """An address from hand-drawn street and town lists (no hashing involved)."""
    return lambda: pattern.format(
        s=rng.choice(streets),
        n=rng.randint(1, 180),
        t=rng.choice(towns),
        p=rng.randint(10000, 99999),
        q=rng.randint(1000, 9999),
    )


def faker_addr(locale: str) -> Callable[[], str]:
    return lambda: fk(locale).address().replace("\n", ", ")


def faker_names(locale: str) -> Callable[[], str]:
    return lambda: fk(locale).name()


def pick(names: list[str]) -> Callable[[], str]:
    return lambda: rng.choice(names)


Lang = tuple[
    Callable[[], str],
    Callable[[], str],
    str,
    Callable[[tuple[int, int, int]], str],
    Callable[[], str] | None,
    list[str],
]

LANGS: dict[str, Lang] = {
    "es_mx": (
        faker_names("es_MX"),
        hand(
            ["Calle Reforma", "Av. Insurgentes Sur", "Calle Morelos", "Av. Juárez"],
            ["Ciudad de México", "Puebla", "Guadalajara"],
            "{s} {n}, Col. Centro, C.P. {p}, {t}",
        ),
        "MX",
        dmy("/"),
        id_mx,
        [
            "Sí, habla {x}, ¿quién le llama?",
            "Mi fecha de nacimiento es el {x}.",
            "Ahorita vivo en {x}.",
            "Márqueme mejor a este número: {x}.",
            "Ahorita no puedo pagar, me quedé sin chamba y traigo deudas con el banco.",
            "No me interesa, gracias, que tenga buen día.",
            "¿A qué hora sería la cita, por la mañana o por la tarde?",
            "Órale, sí me llega el paquete mañana, ¿verdad?",
        ],
    ),
    "es_ar": (
        faker_names("es_AR"),
        hand(
            ["Av. Corrientes", "Calle Florida", "Av. Santa Fe", "Calle Defensa"],
            ["CABA", "Rosario", "Córdoba"],
            "{s} {n}, C{q}, {t}",
        ),
        "AR",
        dmy("/"),
        id_ar,
        [
            "Sí, soy {x}, ¿vos quién sos?",
            "Nací el {x}, anotalo.",
            "Vivo en {x}, timbre B.",
            "Llamame al celu, {x}.",
            "Mirá, no te puedo pagar la cuota, estoy con quimioterapia y no estoy laburando.",
            "No, gracias, no me interesa el plan, chau.",
            "¿Me podés llamar el jueves a la tarde?",
            "Dale, confirmame el turno por mensaje.",
        ],
    ),
    "es_co": (
        faker_names("es_CO"),
        hand(
            ["Calle 45", "Carrera 7", "Calle 100", "Carrera 15"],
            ["Bogotá", "Medellín", "Cali"],
            "{s} # {n}-{q}, {t}",
        ),
        "CO",
        dmy("/"),
        id_co,
        [
            "Con gusto, habla {x}.",
            "Mi cumpleaños, o sea mi fecha de nacimiento, es {x}.",
            "La dirección es {x}.",
            "Mi celular es el {x}, a la orden.",
            "Mi esposo falleció el mes pasado y estoy atrasada con todo.",
            "Qué pena con usted, pero no me interesa.",
            "¿Me puede volver a llamar más tardecito?",
            "Listo, le confirmo la entrega para el sábado.",
        ],
    ),
    "pt_br": (
        faker_names("pt_BR"),
        faker_addr("pt_BR"),
        "BR",
        dmy("/"),
        id_br,
        [
            "Oi, aqui é {x}, pode falar.",
            "Nasci em {x}.",
            "Meu endereço é {x}.",
            "Anota meu zap: {x}.",
            "Tô desempregado e com o nome sujo no Serasa, não consigo pagar agora.",
            "Não tenho interesse, obrigado.",
            "Pode me ligar depois das seis?",
            "Nota dez pro atendimento, resolveram rapidinho.",
        ],
    ),
    "pt_pt": (
        faker_names("pt_PT"),
        faker_addr("pt_PT"),
        "PT",
        dmy("-"),
        id_pt,
        [
            "Sim, fala {x}.",
            "A minha data de nascimento é {x}.",
            "Moro na {x}.",
            "O meu telemóvel é o {x}.",
            "Estou de baixa com uma depressão, não posso tratar disso agora.",
            "Não, obrigada, não estou interessada.",
            "Pode ligar-me amanhã de manhã?",
            "Recomendava, sim, o serviço foi impecável.",
        ],
    ),
    "it": (
        faker_names("it_IT"),
        hand(
            ["Via Garibaldi", "Corso Vittorio Emanuele II", "Via Roma", "Viale Mazzini"],
            ["Torino", "Bologna", "Bari", "Verona"],
            "{s} {n}, {p} {t}",
        ),
        "IT",
        dmy("/"),
        id_it,
        [
            "Pronto, sono {x}.",
            "Sono nato il {x}.",
            "Abito in {x}.",
            "Mi richiami al {x}.",
            "Non posso pagare la rata, sono in cassa integrazione e ho un mutuo arretrato.",
            "No grazie, non mi interessa, buona giornata.",
            "Mi può richiamare dopo pranzo?",
            "Va bene, confermo l'appuntamento di giovedì.",
        ],
    ),
    "de_at": (
        faker_names("de_AT"),
        hand(
            ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Linzer Straße"],
            ["Wien", "Graz", "Linz"],
            "{s} {n}, {q} {t}",
        ),
        "AT",
        dmy("."),
        id_at,
        [
            "Grüß Gott, {x} am Apparat.",
            "Geboren bin ich am {x}.",
            "Ich wohne in der {x}.",
            "Rufen S' mich unter {x} an.",
            "Ich bin grad in Reha nach dem Schlaganfall, da kann ich nix unterschreiben.",
            "Na, danke, kein Interesse.",
            "Können S' mich am Nachmittag noch einmal anrufen?",
            "Passt, der Termin am Dienstag geht sich aus.",
        ],
    ),
    "pl": (
        faker_names("pl_PL"),
        faker_addr("pl_PL"),
        "PL",
        dmy("."),
        id_pl,
        [
            "Dzień dobry, tu {x}.",
            "Urodziłem się {x}.",
            "Mieszkam przy {x}.",
            "Proszę dzwonić na {x}.",
            "Mam komornika na koncie i nie dam rady spłacić tej raty.",
            "Dziękuję, nie jestem zainteresowany.",
            "Czy może pan zadzwonić jutro po południu?",
            "Tak, potwierdzam dostawę na piątek.",
        ],
    ),
    "da": (
        faker_names("da_DK"),
        faker_addr("da_DK"),
        "DK",
        dmy("-"),
        id_dk,
        [
            "Hej, det er {x}.",
            "Jeg er født den {x}.",
            "Jeg bor på {x}.",
            "Ring til mig på {x}.",
            "Min mor er lige død, så jeg har ikke overskud til det her nu.",
            "Nej tak, jeg er ikke interesseret.",
            "Kan du ringe igen i morgen formiddag?",
            "Jeg giver jer otte ud af ti.",
        ],
    ),
    "no": (
        faker_names("no_NO"),
        faker_addr("no_NO"),
        "NO",
        dmy("."),
        id_no,
        [
            "Hei, det er {x} som snakker.",
            "Jeg er født {x}.",
            "Adressen min er {x}.",
            "Nummeret mitt er {x}.",
            "Jeg er sykmeldt med utbrenthet og har ikke råd til forsikringen nå.",
            "Nei takk, ikke interessert.",
            "Kan du ringe tilbake etter klokka fire?",
            "Ja, det stemmer, pakken kan leveres på døra.",
        ],
    ),
    "sv": (
        faker_names("sv_SE"),
        faker_addr("sv_SE"),
        "SE",
        ymd("-"),
        id_se,
        [
            "Hej, det är {x}.",
            "Jag är född {x}.",
            "Jag bor på {x}.",
            "Du når mig på {x}.",
            "Jag har fått en cancerdiagnos och orkar inte prata om försäkringar nu.",
            "Nej tack, jag vill inte ha fler samtal om det här.",
            "Kan du ringa tillbaka efter lunch?",
            "Toppen, då ses vi på tisdag klockan tio.",
        ],
    ),
    "is": (
        pick(
            [
                "Guðrún Sigurðardóttir",
                "Jón Einarsson",
                "Sigríður Magnúsdóttir",
                "Ólafur Þórsson",
                "Helga Björnsdóttir",
            ]
        ),
        hand(
            ["Laugavegur", "Hverfisgata", "Skólavörðustígur", "Bræðraborgarstígur"],
            ["101 Reykjavík", "600 Akureyri", "220 Hafnarfjörður"],
            "{s} {n}, {t}",
        ),
        "IS",
        dmy("."),
        id_is,
        [
            "Halló, þetta er {x}.",
            "Ég er fædd {x}.",
            "Ég bý á {x}.",
            "Hringdu í mig í síma {x}.",
            "Ég er í áfengismeðferð og get ekki tekið ákvörðun núna.",
            "Nei takk, ég hef ekki áhuga.",
            "Geturðu hringt aftur á morgun?",
            "Já, ég staðfesti tímann á fimmtudaginn.",
        ],
    ),
    "ga": (
        faker_names("ga_IE"),
        hand(
            ["Sráid an Mhuilinn", "Bóthar na Trá", "Sráid Mhór", "Ascaill an Pharóiste"],
            ["Gaillimh", "Corcaigh", "Baile Átha Cliath 8"],
            "{n} {s}, {t}",
        ),
        "IE",
        dmy("/"),
        id_ie,
        [
            "Dia duit, is mise {x}.",
            "Rugadh mé ar an {x}.",
            "Tá mé i mo chónaí ag {x}.",
            "Glaoigh orm ar {x}.",
            "Tá mé ag fulaingt le hailse agus níl mé ag obair faoi láthair.",
            "Níl suim agam ann, go raibh maith agat.",
            "An féidir leat glaoch ar ais amárach?",
            "Ceart go leor, tá an coinne sin go breá.",
        ],
    ),
    "cy": (
        pick(
            [
                "Rhys Llewelyn",
                "Carys Pritchard",
                "Dafydd ap Gruffudd",
                "Eleri Vaughan",
                "Gethin Morgan",
            ]
        ),
        hand(
            ["Heol y Frenhines", "Stryd Fawr", "Ffordd yr Orsaf", "Lôn y Felin"],
            ["Caerdydd CF10 1AA", "Aberystwyth SY23 2DN", "Bangor LL57 1UT"],
            "{n} {s}, {t}",
        ),
        "GB",
        dmy("/"),
        id_nhs,
        [
            "Helo, {x} sy'n siarad.",
            "Ces i fy ngeni ar {x}.",
            "Dw i'n byw yn {x}.",
            "Ffoniwch fi ar {x}.",
            "Mae gen i ddiabetes ac dw i newydd golli fy swydd, alla i ddim talu.",
            "Dim diolch, does gen i ddim diddordeb.",
            "Allwch chi ffonio'n ôl yfory?",
            "Iawn, dw i'n cadarnhau'r apwyntiad ddydd Llun.",
        ],
    ),
    "eu": (
        pick(
            [
                "Ane Etxeberria Goikoetxea",
                "Iker Agirre Zubiaurre",
                "Miren Urrutia",
                "Jon Arrieta Larrañaga",
            ]
        ),
        hand(
            [
                "Kale Nagusia",
                "Zumalakarregi etorbidea",
                "San Frantzisko kalea",
                "Gernikako Arbola pasealekua",
            ],
            ["Donostia", "Bilbo", "Gasteiz"],
            "{s} {n}, {p} {t}",
        ),
        "ES",
        dmy("/"),
        lambda: complete(
            lambda s: __import__("stdnum.es.dni").es.dni.is_valid(s),
            digits(8),
            "TRWAGMYFPDXBNJZSQVHLCKE",
        ),
        [
            "Kaixo, {x} naiz.",
            "{x}an jaio nintzen.",
            "{x}n bizi naiz.",
            "Deitu iezadazu {x} zenbakira.",
            "Langabezian nago eta ezin dut hipoteka ordaindu.",
            "Ez, eskerrik asko, ez zait interesatzen.",
            "Bihar arratsaldean deitu dezakezu?",
            "Ados, ostegunerako hitzordua baieztatzen dut.",
        ],
    ),
    "mt": (
        faker_names("mt_MT"),
        hand(
            ["Triq il-Kbira", "Triq San Pawl", "Triq ir-Repubblika", "Triq il-Mitħna"],
            ["Birkirkara BKR 1234", "Rabat RBT 2040", "Sliema SLM 1551"],
            "{n}, {s}, {t}",
        ),
        "MT",
        dmy("/"),
        None,
        [
            "Bonġu, jien {x}.",
            "Twelidt fil-{x}.",
            "Noqgħod {x}.",
            "Ċempilli fuq {x}.",
            "Ir-raġel tiegħi miet is-sena l-oħra u m'għandix flus għal dan.",
            "Le grazzi, m'interessanix.",
            "Tista' ċċempel għada filgħodu?",
            "Iva, nikkonferma l-appuntament.",
        ],
    ),
    "lv": (
        faker_names("lv_LV"),
        hand(
            ["Brīvības iela", "Elizabetes iela", "Tērbatas iela", "Kr. Barona iela"],
            ["Rīga, LV-1010", "Jelgava, LV-3001", "Liepāja, LV-3401"],
            "{s} {n}, {t}",
        ),
        "LV",
        dmy("."),
        id_lv,
        [
            "Labdien, runā {x}.",
            "Esmu dzimusi {x}.",
            "Dzīvoju {x}.",
            "Zvaniet man uz {x}.",
            "Man ir parādi trim bankām, es nevaru maksāt.",
            "Nē, paldies, mani tas neinteresē.",
            "Vai varat piezvanīt rīt pēcpusdienā?",
            "Jā, apstiprinu piegādi piektdien.",
        ],
    ),
    "be": (
        pick(["Аляксандр Кавалёў", "Наталля Шушкевіч", "Ігар Мельнікаў", "Вольга Жук"]),
        hand(
            ["вул. Kупалы", "пр. Незалежнасці", "вул. Багдановіча", "вул. Кірава"],
            ["Мінск, 220030", "Гродна, 230023", "Брэст, 224005"],
            "{s}, {n}, {t}",
        ),
        "BY",
        dmy("."),
        None,
        [
            "Добры дзень, гэта {x}.",
            "Я нарадзілася {x}.",
            "Я жыву па адрасе {x}.",
            "Тэлефануйце мне на {x}.",
            "У мяне дыягназавалі дыябет, я цяпер на бальнічным.",
            "Не, дзякуй, мне не цікава.",
            "Ці можаце патэлефанаваць заўтра?",
            "Так, пацвярджаю дастаўку на суботу.",
        ],
    ),
    "ru": (
        faker_names("ru_RU"),
        faker_addr("ru_RU"),
        "RU",
        dmy("."),
        id_ru,
        [
            "Алло, это {x}.",
            "Дата рождения {x}.",
            "Живу по адресу {x}.",
            "Перезвоните на {x}.",
            "У меня кредиты в трёх банках и коллекторы звонят каждый день.",
            "Нет, спасибо, мне это не интересно.",
            "Можете перезвонить вечером после семи?",
            "Поставлю девять из десяти, всё понравилось.",
        ],
    ),
    "ka": (
        faker_names("ka_GE"),
        hand(
            ["რუსთაველის გამზირი", "ჭავჭავაძის გამზირი", "აღმაშენებლის გამზირი"],
            ["თბილისი 0108", "ბათუმი 6000", "ქუთაისი 4600"],
            "{s} {n}, {t}",
        ),
        "GE",
        dmy("."),
        None,
        [
            "გამარჯობა, მე ვარ {x}.",
            "დავიბადე {x}.",
            "ვცხოვრობ მისამართზე {x}.",
            "დამირეკეთ ნომერზე {x}.",
            "ჩემი მამა გარდაიცვალა და ახლა ამაზე ვერ ვილაპარაკებ.",
            "არა, გმადლობთ, არ მაინტერესებს.",
            "ხვალ შეგიძლიათ დამირეკოთ?",
            "კარგი, ვადასტურებ შეხვედრას.",
        ],
    ),
    "hy": (
        faker_names("hy_AM"),
        hand(
            ["Մաշտոցի պողոտա", "Աբովյան փողոց", "Սայաթ-Նովայի պողոտա"],
            ["Երևան 0010", "Գյումրի 3101"],
            "{s} {n}, {t}",
        ),
        "AM",
        dmy("."),
        None,
        [
            "Բարև, ես {x}-ն եմ։",
            "Ծնվել եմ {x}-ին։",
            "Ապրում եմ {x} հասցեում։",
            "Զանգեք ինձ {x} համարով։",
            "Ես հիվանդանոցում եմ, սրտի վիրահատությունից հետո։",
            "Ոչ, շնորհակալություն, չեմ հետաքրքրվում։",
            "Կարո՞ղ եք վաղը զանգել։",
            "Լավ, հաստատում եմ առաքումը շաբաթ օրը։",
        ],
    ),
    "ar_eg": (
        faker_names("ar_EG"),
        hand(
            ["شارع التحرير", "شارع الهرم", "شارع جامعة الدول العربية"],
            ["الجيزة", "القاهرة", "الإسكندرية"],
            "{n} {s}، {t}",
        ),
        "EG",
        dmy("/"),
        None,
        [
            "أيوه، أنا {x}.",
            "تاريخ ميلادي {x}.",
            "ساكن في {x}.",
            "كلمني على {x}.",
            "أنا عليا ديون كتير ومش قادر أدفع القسط الشهر ده.",
            "لا شكرًا، مش مهتم.",
            "ممكن تكلمني بكرة بعد الضهر؟",
            "تمام، أكدت ميعاد التوصيل.",
        ],
    ),
    "ar_gulf": (
        faker_names("ar_AE"),
        hand(
            ["شارع الشيخ زايد", "شارع الوصل", "شارع المطار"],
            ["دبي", "أبوظبي", "الشارقة"],
            "فيلا {n}، {s}، {t}",
        ),
        "AE",
        dmy("/"),
        None,
        [
            "هلا، معك {x}.",
            "مواليد {x}.",
            "ساكن في {x}.",
            "كلمني على هالرقم {x}.",
            "الوالد توفى الأسبوع الماضي، خلها بعدين الله يخليك.",
            "مشكور، ما أبي.",
            "ممكن تتصل علي باجر العصر؟",
            "تمام، أكدت الموعد يوم الأحد.",
        ],
    ),
    "ar_ma": (
        pick(["يوسف بنعلي", "فاطمة الزهراء العلوي", "محمد أمين الإدريسي", "سناء بنكيران"]),
        hand(
            ["زنقة الحرية", "شارع محمد الخامس", "درب السلطان"],
            ["الدار البيضاء", "فاس", "مراكش"],
            "{n} {s}، {t}",
        ),
        "MA",
        dmy("/"),
        None,
        [
            "آلو، أنا {x}.",
            "تزاديت نهار {x}.",
            "ساكن ف {x}.",
            "عيط ليا ف {x}.",
            "راني مريض بالسكر وما نقدرش نخدم دابا.",
            "لا شكرا، ما بغيتش.",
            "واش تقدر تعيط ليا غدا؟",
            "واخا، كنأكد الموعد.",
        ],
    ),
    "ckb": (
        pick(["ئاراس محەمەد", "شیلان عەلی", "هێمن کەریم", "ڤیان ئەحمەد"]),
        hand(
            ["شەقامی سالم", "شەقامی ٦٠ مەتری", "گەڕەکی ئازادی"],
            ["سلێمانی", "هەولێر"],
            "خانووی {n}، {s}، {t}",
        ),
        "IQ",
        dmy("/"),
        None,
        [
            "بەڵێ، من {x}م.",
            "لە {x} لەدایک بووم.",
            "لە {x} دەژیم.",
            "پەیوەندیم پێوە بکە لە {x}.",
            "من پەنابەرم و هێشتا مۆڵەتی مانەوەم نییە.",
            "نەخێر سوپاس، حەزم لێ نییە.",
            "دەتوانیت سبەی پەیوەندی بکەیتەوە؟",
            "باشە، کاتەکە پشتڕاست دەکەمەوە.",
        ],
    ),
    "ps": (
        pick(["احمد ولی زی", "ملالۍ احمدزۍ", "نصیر الله یوسفزی", "زرغونه کاکړ"]),
        hand(
            ["د میوند واټ", "شهر نو سړک", "کارته سه"],
            ["کابل", "کندهار", "جلال اباد"],
            "کور {n}، {s}، {t}",
        ),
        "AF",
        dmy("/"),
        None,
        [
            "سلام، زه {x} یم.",
            "زه په {x} زیږیدلی یم.",
            "زه په {x} کې اوسیږم.",
            "ما ته په {x} زنګ ووهه.",
            "زما ورور په زندان کې دی او موږ پیسې نه لرو.",
            "نه مننه، علاقه نه لرم.",
            "سبا ما ته زنګ وهلی شې؟",
            "سمه ده، وخت تاییدوم.",
        ],
    ),
    "pa_guru": (
        pick(["ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਢਿੱਲੋਂ", "ਹਰਪ੍ਰੀਤ ਕੌਰ ਸੰਧੂ", "ਮਨਜੀਤ ਸਿੰਘ ਗਿੱਲ", "ਜਸਲੀਨ ਕੌਰ"]),
        hand(
            ["ਮਾਲ ਰੋਡ", "ਜੀ.ਟੀ. ਰੋਡ", "ਮਾਡਲ ਟਾਊਨ"],
            ["ਅੰਮ੍ਰਿਤਸਰ 143001", "ਲੁਧਿਆਣਾ 141001", "ਜਲੰਧਰ 144001"],
            "ਮਕਾਨ ਨੰ. {n}, {s}, {t}",
        ),
        "IN",
        dmy("-"),
        id_in,
        [
            "ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਮੈਂ {x} ਬੋਲ ਰਿਹਾ ਹਾਂ।",
            "ਮੇਰੀ ਜਨਮ ਤਾਰੀਖ {x} ਹੈ।",
            "ਮੇਰਾ ਪਤਾ {x} ਹੈ।",
            "ਮੈਨੂੰ {x} ਤੇ ਫ਼ੋਨ ਕਰੋ।",
            "ਮੇਰੇ ਪਿਤਾ ਜੀ ਕੈਂਸਰ ਦਾ ਇਲਾਜ ਕਰਵਾ ਰਹੇ ਨੇ, ਪੈਸੇ ਨਹੀਂ ਹਨ।",
            "ਨਹੀਂ ਜੀ, ਮੈਨੂੰ ਦਿਲਚਸਪੀ ਨਹੀਂ।",
            "ਕੀ ਤੁਸੀਂ ਕੱਲ੍ਹ ਸ਼ਾਮ ਨੂੰ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹੋ?",
            "ਠੀਕ ਹੈ, ਡਿਲਿਵਰੀ ਸ਼ਨੀਵਾਰ ਨੂੰ ਕਰ ਦਿਓ।",
        ],
    ),
    "pa_shah": (
        pick(["محمد عمران چوہدری", "عائشہ بی بی", "علی رضا گوندل", "نازیہ پروین"]),
        hand(
            ["مال روڈ", "فیروز پور روڈ", "جیل روڈ"],
            ["لہور", "فیصل آباد", "گوجرانوالہ"],
            "مکان نمبر {n}، {s}، {t}",
        ),
        "PK",
        dmy("-"),
        id_pk,
        [
            "السلام علیکم، میں {x} بول رہیا واں۔",
            "میری جم تریخ {x} اے۔",
            "میرا پتہ {x} اے۔",
            "مینوں {x} تے فون کرو۔",
            "میں بہت قرضے وچ آں، قسط نئیں دے سکدا۔",
            "نئیں جی، شکریہ، دلچسپی نئیں۔",
            "کل شام نوں فون کر سکدے او؟",
            "ٹھیک اے، سامان ہفتے نوں دے دیو۔",
        ],
    ),
    "si": (
        faker_names("si_LK"),
        hand(["ගාලු පාර", "මහනුවර පාර", "ධර්මපාල මාවත"], ["කොළඹ 03", "මහනුවර", "ගාල්ල"], "{n}, {s}, {t}"),
        "LK",
        ymd("-"),
        None,
        [
            "ආයුබෝවන්, මම {x}.",
            "මගේ උපන් දිනය {x}.",
            "මම ජීවත් වෙන්නේ {x}.",
            "මට {x} අංකයට කතා කරන්න.",
            "මගේ ස්වාමිපුරුෂයා ගිය මාසේ නැති වුණා.",
            "එපා, ස්තූතියි, මට උනන්දුවක් නැහැ.",
            "හෙට ආයෙත් කතා කරන්න පුළුවන්ද?",
            "හරි, හමුවීම තහවුරු කරනවා.",
        ],
    ),
    "km": (
        pick(["សុខ ចាន់ថា", "ហេង សុភា", "ជា វណ្ណា", "លី ស្រីពៅ"]),
        hand(
            ["ផ្លូវ ព្រះមុនីវង្ស", "មហាវិថី ព្រះនរោត្តម", "ផ្លូវ ២៧១"],
            ["ភ្នំពេញ", "សៀមរាប"],
            "ផ្ទះលេខ {n}, {s}, {t}",
        ),
        "KH",
        dmy("/"),
        None,
        [
            "សួស្តី ខ្ញុំឈ្មោះ {x}។",
            "ខ្ញុំកើតថ្ងៃទី {x}។",
            "ខ្ញុំរស់នៅ {x}។",
            "សូមទូរស័ព្ទមកលេខ {x}។",
            "ខ្ញុំជំពាក់លុយធនាគារច្រើន ហើយបាត់បង់ការងារ។",
            "ទេ អរគុណ ខ្ញុំមិនចាប់អារម្មណ៍ទេ។",
            "អាចទូរស័ព្ទមកវិញថ្ងៃស្អែកបានទេ?",
            "បាទ ខ្ញុំបញ្ជាក់ការណាត់ជួប។",
        ],
    ),
    "lo": (
        pick(["ສົມພອນ ວົງສະຫວັນ", "ບຸນມີ ພົມມະຈັນ", "ນາງ ແສງດາວ ສີຫາລາດ", "ຄໍາພອນ ໄຊຍະວົງ"]),
        hand(
            ["ຖະໜົນ ລ້ານຊ້າງ", "ຖະໜົນ ສາມແສນໄທ", "ຖະໜົນ ເສດຖາທິລາດ"],
            ["ນະຄອນຫຼວງວຽງຈັນ", "ຫຼວງພະບາງ"],
            "ເຮືອນເລກທີ {n}, {s}, {t}",
        ),
        "LA",
        dmy("/"),
        None,
        [
            "ສະບາຍດີ, ຂ້ອຍຊື່ {x}.",
            "ຂ້ອຍເກີດວັນທີ {x}.",
            "ຂ້ອຍຢູ່ {x}.",
            "ໂທຫາຂ້ອຍເບີ {x}.",
            "ຂ້ອຍເປັນພະຍາດຫົວໃຈ ແລະ ຢູ່ໂຮງໝໍ.",
            "ບໍ່ເປັນຫຍັງ, ຂອບໃຈ, ບໍ່ສົນໃຈ.",
            "ໂທມາອີກມື້ອື່ນໄດ້ບໍ?",
            "ໄດ້, ຢືນຢັນການນັດໝາຍ.",
        ],
    ),
    "my": (
        pick(["ဦးအောင်ကျော်", "ဒေါ်ခင်မာဝင်း", "မောင်ဇော်မင်းထွန်း", "မသီတာဦး"]),
        hand(["ပြည်လမ်း", "ဗိုလ်ချုပ်အောင်ဆန်းလမ်း", "အင်းယားလမ်း"], ["ရန်ကုန်", "မန္တလေး"], "အမှတ် {n}, {s}, {t}"),
        "MM",
        dmy("/"),
        None,
        [
            "မင်္ဂလာပါ၊ ကျွန်တော် {x} ပါ။",
            "ကျွန်မ {x} မှာ မွေးပါတယ်။",
            "ကျွန်တော် {x} မှာ နေပါတယ်။",
            "{x} ကို ဖုန်းဆက်ပါ။",
            "ကျွန်မ ယောကျ်ား ဆုံးသွားလို့ ငွေမပေးနိုင်သေးပါဘူး။",
            "မလိုပါဘူး၊ ကျေးဇူးပါ။",
            "မနက်ဖြန် ပြန်ဆက်လို့ရမလား။",
            "ဟုတ်ကဲ့၊ ချိန်းဆိုမှုကို အတည်ပြုပါတယ်။",
        ],
    ),
    "ms": (
        pick(
            [
                "Nurul Aisyah binti Rahman",
                "Muhammad Faiz bin Ismail",
                "Siti Hajar binti Omar",
                "Lim Wei Jie",
            ]
        ),
        hand(
            ["Jalan Ampang", "Jalan Tun Razak", "Lorong Bunga Raya", "Jalan Sultan Ismail"],
            ["50450 Kuala Lumpur", "10200 George Town", "80000 Johor Bahru"],
            "No. {n}, {s}, {t}",
        ),
        "MY",
        dmy("/"),
        id_my,
        [
            "Helo, saya {x}.",
            "Tarikh lahir saya {x}.",
            "Saya tinggal di {x}.",
            "Telefon saya di {x}.",
            "Saya baru diberhentikan kerja, tak mampu bayar ansuran bulan ni.",
            "Tak apa, terima kasih, saya tak berminat.",
            "Boleh telefon semula esok petang?",
            "Okey, saya sahkan temujanji hari Isnin.",
        ],
    ),
    "jv": (
        pick(["Bambang Sutrisno", "Sri Wahyuningsih", "Agus Prasetyo", "Dewi Lestari Ningsih"]),
        hand(
            ["Jalan Malioboro", "Jalan Slamet Riyadi", "Jalan Pemuda", "Gang Melati"],
            ["Yogyakarta 55271", "Surakarta 57111", "Semarang 50132"],
            "{s} No. {n}, {t}",
        ),
        "ID",
        dmy("-"),
        id_id,
        [
            "Nggih, kula {x}.",
            "Kula lair tanggal {x}.",
            "Omah kula wonten {x}.",
            "Telpon kula wonten {x} mawon.",
            "Bojo kula lagi lara stroke, dadi durung saged mbayar.",
            "Mboten, matur nuwun, kula mboten minat.",
            "Saged telpon malih sesuk sonten?",
            "Nggih, paket saged dikirim dinten Setu.",
        ],
    ),
    "yue": (
        faker_names("zh_TW"),
        hand(
            ["彌敦道", "軒尼詩道", "英皇道", "皇后大道中"],
            ["九龍旺角", "香港灣仔", "北角"],
            "{t}{s}{n}號{q}室",
        ),
        "HK",
        cjk,
        None,
        [
            "喂，我係{x}。",
            "我嘅出世日期係{x}。",
            "我住喺{x}。",
            "打去{x}搵我啦。",
            "我老公上個月過咗身，而家冇心情講呢啲。",
            "唔使喇，唔該，我冇興趣。",
            "可唔可以聽日下晝再打過嚟？",
            "好，我確認星期六收貨。",
        ],
    ),
    "zh": (
        faker_names("zh_CN"),
        faker_addr("zh_CN"),
        "CN",
        cjk,
        id_cn,
        [
            "您好，我是{x}。",
            "我的出生日期是{x}。",
            "我住在{x}。",
            "请打我手机{x}。",
            "我刚确诊了乳腺癌，现在没心思谈保险。",
            "不用了，谢谢，我不感兴趣。",
            "可以明天下午再打来吗？",
            "好的，周六送货没问题。",
        ],
    ),
    "mn": (
        pick(
            [
                "Батбаярын Энхтуяа",
                "Ганболдын Тэмүүжин",
                "Должинсүрэн Оюунчимэг",
                "Баярсайханы Мөнх-Эрдэнэ",
            ]
        ),
        hand(
            ["Энхтайвны өргөн чөлөө", "Сөүлийн гудамж", "Чингисийн өргөн чөлөө"],
            ["Улаанбаатар 14200", "Дархан 45000"],
            "{s} {n}, {t}",
        ),
        "MN",
        ymd("."),
        None,
        [
            "Сайн байна уу, би {x} байна.",
            "Би {x}-нд төрсөн.",
            "Би {x}-д амьдардаг.",
            "Над руу {x} дугаараар залгаарай.",
            "Би банкны зээлээ төлж чадахгүй байна, ажилгүй болсон.",
            "Үгүй ээ, баярлалаа, сонирхохгүй байна.",
            "Маргааш дахин залгаж болох уу?",
            "За, хүргэлтийг баталгаажуулж байна.",
        ],
    ),
    "yo": (
        faker_names("yo_NG"),
        hand(
            ["Opopona Allen", "Opopona Herbert Macaulay", "Opopona Awolowo"],
            ["Ikeja, Lagos", "Ibadan", "Abeokuta"],
            "Nọmba {n}, {s}, {t}",
        ),
        "NG",
        dmy("/"),
        None,
        [
            "Ẹ káàsán, èmi ni {x}.",
            "Wọ́n bí mi ní {x}.",
            "Mo ń gbé ní {x}.",
            "Ẹ pè mí sí {x}.",
            "Ọkọ mi kú lóṣù tó kọjá, n kò ní owó báyìí.",
            "Rárá o, ẹ ṣé, kò wù mí.",
            "Ẹ lè pè mí padà lọ́la?",
            "Ó dáa, mo jẹ́rìí sí ìpàdé náà.",
        ],
    ),
    "ig": (
        faker_names("ig_NG"),
        hand(
            ["Okpara Avenue", "Ogui Road", "Zik Avenue"],
            ["Enugu", "Onitsha", "Owerri"],
            "Nọmba {n}, {s}, {t}",
        ),
        "NG",
        dmy("/"),
        None,
        [
            "Ndewo, abụ m {x}.",
            "A mụrụ m na {x}.",
            "M bi na {x}.",
            "Kpọọ m na {x}.",
            "Enweghị m ọrụ ugbu a, enweghị m ike ịkwụ ụgwọ.",
            "Mba, daalụ, enweghị m mmasị.",
            "Ị nwere ike ịkpọ m echi?",
            "Ọ dị mma, ana m akwado oge ahụ.",
        ],
    ),
    "so": (
        pick(
            [
                "Faadumo Cabdi Xasan",
                "Maxamed Cali Warsame",
                "Hodan Axmed Yuusuf",
                "Cabdullaahi Nuur Jaamac",
            ]
        ),
        hand(
            ["Waddada Maka Al-Mukarama", "Waddada Wadnaha", "Jidka Afgooye"],
            ["Muqdisho", "Hargeysa"],
            "Guriga {n}, {s}, {t}",
        ),
        "SO",
        dmy("/"),
        None,
        [
            "Haa, waxaan ahay {x}.",
            "Waxaan dhashay {x}.",
            "Waxaan degganahay {x}.",
            "Iga soo wac {x}.",
            "Waxaan ahay qaxooti, sharciga degenaanshaha weli ma haysto.",
            "Maya mahadsanid, xiiso uma qabo.",
            "Berri ma i soo wici kartaa?",
            "Haye, waan xaqiijinayaa ballanta.",
        ],
    ),
    "af": (
        faker_names("en_GB"),
        hand(
            ["Kerkstraat", "Voortrekkerweg", "Adderleystraat", "Jan Smutsrylaan"],
            ["Stellenbosch 7600", "Pretoria 0002", "Bloemfontein 9301"],
            "{s} {n}, {t}",
        ),
        "ZA",
        ymd("/"),
        id_za,
        [
            "Hallo, dis {x} hier.",
            "My geboortedatum is {x}.",
            "Ek woon by {x}.",
            "Bel my by {x}.",
            "Ek het my werk verloor en is agter met die paaiemente.",
            "Nee dankie, ek stel nie belang nie.",
            "Kan jy môremiddag terugbel?",
            "Goed, ek bevestig die afspraak vir Woensdag.",
        ],
    ),
    "xh": (
        pick(
            ["Sipho Mthembu", "Nomvula Dlamini", "Lwazi Ngcobo", "Thandeka Mahlangu", "Ayanda Zulu"]
        ),
        hand(
            ["Oxford Road", "Mthatha Road", "NY 112"],
            ["Gugulethu 7750", "Mthatha 5099", "Khayelitsha 7784"],
            "{n} {s}, {t}",
        ),
        "ZA",
        ymd("/"),
        id_za,
        [
            "Molo, ndinguye {x}.",
            "Ndazalwa ngomhla we-{x}.",
            "Ndihlala e-{x}.",
            "Ndifowunele ku-{x}.",
            "Umama wam usandul' ukusweleka, andikwazi ukuhlawula ngoku.",
            "Hayi enkosi, andinamdla.",
            "Ungandifowunela kwakhona ngomso?",
            "Kulungile, ndiyakuqinisekisa ukuthunyelwa.",
        ],
    ),
    "ln": (
        pick(["Mbuyi Kabongo", "Nsimba Lukusa", "Mputu Ngalula", "Kalala Mbombo"]),
        hand(
            ["Avenue du Commerce", "Boulevard du 30 Juin", "Avenue Kasa-Vubu"],
            ["Gombe, Kinshasa", "Lingwala, Kinshasa"],
            "{n}, {s}, {t}",
        ),
        "CD",
        dmy("/"),
        None,
        [
            "Mbote, nazali {x}.",
            "Nabotamaki na {x}.",
            "Nafandaka na {x}.",
            "Benga ngai na {x}.",
            "Nazali na maladi ya sukali, nakoki kofuta te.",
            "Te, matondo, nalingi te.",
            "Okoki kobenga ngai lobi?",
            "Malamu, nandimi rendez-vous.",
        ],
    ),
    "wo": (
        pick(["Aminata Ndiaye", "Moussa Diop", "Fatou Sow", "Cheikh Fall", "Awa Mbaye"]),
        hand(
            ["Avenue Cheikh Anta Diop", "Rue Carnot", "Avenue Blaise Diagne"],
            ["Dakar", "Thiès", "Saint-Louis"],
            "{n}, {s}, {t}",
        ),
        "SN",
        dmy("/"),
        None,
        [
            "Salaam aleekum, maa ngi tudd {x}.",
            "Juddu naa {x}.",
            "Maa ngi dëkk ci {x}.",
            "Woo ma ci {x}.",
            "Sama jëkkër dafa faatu, duma mën a fey leegi.",
            "Déedéet, jërëjëf, bëgguma ko.",
            "Mën nga ma woowaat ëllëg?",
            "Waaw, dama nangu rendez-vous bi.",
        ],
    ),
    "ht": (
        pick(["Jean-Robert Pierre-Louis", "Marie-Claude Joseph", "Wilner Étienne", "Nadège Désir"]),
        hand(
            ["Ri Capois", "Avni Jean-Paul II", "Ri Lamarre"],
            ["Pòtoprens", "Kap Ayisyen", "Petyonvil"],
            "{n}, {s}, {t}",
        ),
        "HT",
        dmy("/"),
        None,
        [
            "Bonjou, se {x} k ap pale.",
            "Mwen fèt {x}.",
            "Mwen rete {x}.",
            "Rele m nan {x}.",
            "Mwen pa gen papye imigrasyon, mwen pa ka siyen anyen.",
            "Non mèsi, sa pa enterese m.",
            "Ou ka rele m demen apremidi?",
            "Dakò, m konfime randevou a.",
        ],
    ),
    "qu": (
        pick(
            [
                "Wayta Quispe Mamani",
                "Illari Huamán Condori",
                "Kusi Ccama Apaza",
                "Sisa Choque Huanca",
            ]
        ),
        hand(
            ["Jirón Tupac Amaru", "Avenida El Sol", "Calle Saphi"],
            ["Cusco", "Puno", "Ayacucho"],
            "{s} {n}, {t}",
        ),
        "PE",
        dmy("/"),
        id_pe,
        [
            "Allillanchu, ñuqaqa {x} kani.",
            "{x} p'unchaypi paqarirqani.",
            "{x}pi tiyani.",
            "{x} yupayman waqyawanki.",
            "Unqusqa kachkani, manam llamk'ayta atinichu, manam qullqi kanchu.",
            "Manam, sulpayki, manam munanichu.",
            "Paqarin waqyawankimanchu?",
            "Arí, tinkuyta takyachini.",
        ],
    ),
    "en_scot": (
        faker_names("en_GB"),
        lambda: en_address("en_GB"),
        "GB",
        dmy("/"),
        id_nhs,
        [
            "Aye, it's {x} speakin'.",
            "Ma date o' birth's {x}.",
            "Ah'm at {x}.",
            "Gie us a ring on {x}.",
            "Ah'm aff work wi' ma back an' the benefits havnae come through, Ah cannae pay.",
            "Naw, ye're awright, no interested.",
            "Can ye phone back the morra efternoon?",
            "Aye, that's grand, Thursday's fine fur the delivery.",
        ],
    ),
    "en_au": (
        faker_names("en_AU"),
        lambda: en_address("en_AU"),
        "AU",
        dmy("/"),
        id_au,
        [
            "G'day, {x} here.",
            "DOB's {x}, mate.",
            "I'm at {x}.",
            "Best number's {x}.",
            "Look, I'm on Centrelink since the layoff and can't cover the premium.",
            "Nah, not interested, cheers.",
            "Can you ring back arvo tomorrow?",
            "Yeah, no worries, I'll be home for the delivery.",
        ],
    ),
    "en_jm": (
        pick(
            [
                "Tanisha Campbell",
                "Delroy McKenzie",
                "Shanice Brown-Reid",
                "Orville Grant",
                "Kerry-Ann Wright",
            ]
        ),
        hand(
            ["Hope Road", "Constant Spring Road", "Red Hills Road", "Barbican Road"],
            ["Kingston 6", "Kingston 10", "Spanish Town, St Catherine", "Montego Bay, St James"],
            "{n} {s}, {t}",
        ),
        "JM",
        dmy("/"),
        None,
        [
            "Yes, a {x} dis.",
            "Mi born {x}.",
            "Mi live a {x}.",
            "Call mi pon {x}.",
            "Mi pickney father dead last month an mi cyaan manage di payment now.",
            "No sah, mi nuh interested, thanks.",
            "Yuh can call back tomorrow evening?",
            "Yeah man, mi confirm di appointment fi Tuesday.",
        ],
    ),
    "en_sg": (
        pick(
            [
                "Tan Wei Ming",
                "Nur Farhana binte Ahmad",
                "Rajesh s/o Subramaniam",
                "Lim Hui Shan",
                "Goh Jun Kai",
            ]
        ),
        hand(
            [
                "Ang Mo Kio Avenue 3",
                "Tampines Street 21",
                "Jurong West Street 52",
                "Bedok North Road",
            ],
            ["Singapore"],
            "Blk {n} {s}, #0{n}-{q}, {t} {p}0",
        ),
        "SG",
        dmy("/"),
        None,
        [
            "Yah, this one {x} speaking.",
            "My birthday, I mean date of birth, is {x} lah.",
            "I stay at {x}.",
            "Call my handphone {x} can?",
            "Cannot pay now lah, my mother in hospital, dialysis every week.",
            "No need, thanks, not interested.",
            "Can call back tomorrow afternoon or not?",
            "Okay can, Saturday delivery no problem.",
        ],
    ),
}

CONTENT_KEYS = [
    "lk.user_transcript",
    "transcript",
    "text",
    "input",
    "gen_ai.input.messages",
    "input.value",
    "llm.input_messages.0.message.content",
    "gen_ai.prompt.1.content",
    "lk.chat_ctx",
    "stt.response",
]
AGENT_LINES = [
    "Hello, I'm calling from Brightline Energy about your renewal.",
    "Hi, this is the automated reminder line for Riverside Dental.",
    "Good evening, this is a short survey from Northway Rail.",
    "Hello, this is a courtesy call from Kestrel Couriers about a delivery.",
]


def wrap(text: str, i: int) -> tuple[str, str, str]:
    """Put an utterance in one of several shapes; returns (site, key, value)."""
    key = CONTENT_KEYS[i % len(CONTENT_KEYS)]
    if key == "gen_ai.input.messages":
        return (
            "attribute",
            key,
            js(
                [
                    {
                        "role": "assistant",
                        "parts": [{"type": "text", "content": AGENT_LINES[i % 4]}],
                    },
                    {"role": "user", "parts": [{"type": "text", "content": text}]},
                ]
            ),
        )
    if key == "lk.chat_ctx":
        return (
            "attribute",
            key,
            js(
                {
                    "items": [
                        {"type": "message", "role": "assistant", "content": [AGENT_LINES[i % 4]]},
                        {"type": "message", "role": "user", "content": [text]},
                    ]
                }
            ),
        )
    if key == "stt.response":
        return (
            "event",
            "deepgram.response",
            js(
                {
                    "channel": {
                        "alternatives": [
                            {"transcript": text, "confidence": round(0.8 + rng.random() / 5, 3)}
                        ]
                    },
                    "is_final": True,
                }
            ),
        )
    if key == "input.value":
        return (
            "attribute",
            key,
            js(
                {
                    "turns": [
                        {"speaker": "agent", "text": AGENT_LINES[i % 4]},
                        {"speaker": "callee", "text": text},
                    ]
                }
            ),
        )
    return ("event" if i % 3 == 0 else "attribute"), key, text


def languages() -> None:
    i = 0
    for tag, (names, addr, region, dfmt, idm, ph) in LANGS.items():
        name_ph, dob_ph, addr_ph, phone_ph, sens_ph, ok1, ok2, ok3 = ph
        items: list[tuple[str, str, list[str]]] = [
            ("pos.free_text.name", name_ph.format(x=names()), ["name"]),
            ("pos.free_text.dob", dob_ph.format(x=dfmt(birth())), ["dob"]),
            ("pos.free_text.address", addr_ph.format(x=addr()), ["address"]),
            ("pos.free_text.phone", phone_ph.format(x=phone(region, i)), ["phone"]),
            ("pos.free_text.sensitive", sens_ph, ["sensitive"]),
            ("neg.free_text.decline", ok1, []),
            ("neg.free_text.callback", ok2, []),
            ("neg.free_text.survey_or_confirm", ok3, []),
        ]
        for cls, text, kinds in items:
            site, key, value = wrap(text, i)
            add(f"{cls}.{tag}", site, key, value, kinds)
            i += 1
        if idm is not None:
            ident = idm()
            value = js(
                {
                    "lead_id": f"LD-{digits(6)}",
                    "country": region,
                    "national_id": ident,
                    "verified": True,
                }
            )
            add(
                f"pos.tool_payload.national_id.{tag}",
                "attribute",
                rng.choice(
                    ["gen_ai.tool.call.arguments", "tool.arguments", "lk.function_tool.arguments"]
                ),
                value,
                ["national_id"],
            )
            add(
                f"pos.free_text.national_id.{tag}",
                "event",
                "transcript",
                f"{name_ph.format(x=names())} {ident}",
                ["name", "national_id"],
            )


# ---------------------------------------------------------------- campaigns (positive)

EN = ["en_US", "en_GB", "en_AU"]
DIALERS = ["gen_ai.tool.call.arguments", "tool.arguments", "lk.function_tool.arguments"]
RESULTS = ["gen_ai.tool.call.result", "tool.result", "lk.function_tool.output"]


def person(loc: str) -> tuple[str, str, str, str]:
    """Name, email, phone and address of one invented called party."""
    name, email = en_person(loc)
    region = {"en_US": "US", "en_GB": "GB", "en_AU": "AU"}[loc]
    return name, email, phone(region, rng.randint(0, 2)), en_address(loc)


def campaigns() -> None:
    for i in range(14):  # dialer call lists
        loc = EN[i % 3]
        name, email, tel, _ = person(loc)
        first, last = name.split(" ", 1)
        if i % 2:
            value: Any = f"lead_id,first_name,last_name,phone,email,list\n{rng.randint(1000, 99999)},{first},{last},{tel},{email},Q1-renewals"
            add(
                "pos.tool_payload.dialer_csv",
                "attribute",
                "tool.result",
                value,
                ["email", "name", "phone"],
            )
        else:
            value = [
                js(
                    {
                        "lead": rng.randint(1000, 99999),
                        "name": name,
                        "dial": tel,
                        "attempts": rng.randint(0, 4),
                    }
                ),
                js(
                    {
                        "lead": rng.randint(1000, 99999),
                        "name": fk(loc).name(),
                        "dial": phone(loc[-2:], 2),
                        "attempts": 0,
                    }
                ),
            ]
            add(
                "pos.tool_payload.dialer_jsonl",
                "attribute",
                "dialer.batch",
                value,
                ["name", "phone"],
            )
    for i in range(10):  # CRM enrichment with income
        loc = EN[i % 3]
        name, email, tel, address = person(loc)
        args = {
            "lead_id": f"SF-00Q{tok(12)}",
            "full_name": name,
            "email": email,
            "stated_income": f"${rng.randint(28, 140)},000",
            "has_arrears": bool(i % 2),
        }
        add(
            "pos.tool_payload.crm_enrich",
            "attribute",
            DIALERS[i % 3],
            js(args),
            ["email", "name", "sensitive"],
        )
    for i in range(8):  # callback booking
        loc = EN[i % 3]
        name, _, tel, _ = person(loc)
        add(
            "pos.tool_payload.callback",
            "attribute",
            DIALERS[i % 3],
            js(
                {
                    "name": name,
                    "callback_number": tel,
                    "slot": f"2026-12-{rng.randint(8, 23)}T{rng.randint(9, 17)}:00:00",
                }
            ),
            ["name", "phone"],
        )
    for i in range(8):  # appointment reminders by SMS
        loc = EN[i % 3]
        name, _, tel, _ = person(loc)
        body = f"Hi {name}, this is a reminder of your appointment at Riverside Dental on {rng.randint(9, 28)} Dec at {rng.randint(9, 16)}:30. Reply C to confirm or R to reschedule."
        add(
            "pos.tool_payload.sms_reminder",
            "attribute",
            "tool.arguments",
            js({"to": tel, "body": body}),
            ["name", "phone"],
        )
    for i in range(8):  # NPS webhooks
        loc = EN[i % 3]
        _, email, tel, _ = person(loc)
        add(
            "pos.tool_payload.nps_webhook",
            "event",
            "webhook.body",
            js(
                {
                    "survey": "nps-q4",
                    "respondent": tel if i % 2 else email,
                    "score": rng.randint(0, 10),
                    "comment": "Quick and friendly.",
                }
            ),
            ["phone"] if i % 2 else ["email"],
        )
    for i in range(16):  # collections with SSN
        name, _, tel, address = person("en_US")
        args = {
            "debtor": name,
            "ssn": id_ssn(i),
            "balance_due": f"{rng.randint(300, 9000)}.{rng.randint(0, 99):02d}",
            "reason": rng.choice(["lost job", "medical bills", "divorce"]),
        }
        add(
            "pos.tool_payload.collections_ssn",
            "attribute",
            DIALERS[i % 3],
            js(args),
            ["name", "sensitive", "ssn"],
        )
    for i in range(6):
        add(
            "pos.free_text.collections_ssn",
            "event",
            "lk.user_transcript",
            f"Last four? No, here's the whole thing so you stop calling: {id_ssn(i)}.",
            ["ssn"],
        )
    for i in range(16):  # payment plans by card
        name = fk(EN[i % 3]).name()
        if i % 4 == 3:
            add(
                "pos.free_text.card_payment",
                "attribute",
                "transcript",
                f"Okay, the card is {card(i)}, expiry {rng.randint(1, 12):02d}/{rng.randint(27, 31)}.",
                ["card"],
            )
        else:
            add(
                "pos.tool_payload.card_payment",
                "attribute",
                DIALERS[i % 3],
                js({"plan": "3x monthly", "cardholder": name, "pan": card(i), "cvc": digits(3)}),
                ["card", "name"],
            )
    ib = [
        "PT",
        "IT",
        "AT",
        "PL",
        "DK",
        "NO",
        "SE",
        "IS",
        "IE",
        "MT",
        "LV",
        "ES",
        "GB",
        "BR",
        "GE",
        "EG",
        "AE",
        "PK",
        "AT",
    ]
    for i, c in enumerate(ib):  # direct-debit mandates, gift aid, refunds
        name = fk("en_GB").name()
        v = iban(c, i % 2 == 0)
        if i % 3 == 0:
            add(
                "pos.free_text.iban",
                "event",
                "gen_ai.output.messages",
                js(
                    [
                        {
                            "role": "assistant",
                            "parts": [
                                {
                                    "type": "text",
                                    "content": f"Thanks, I've noted the account {v} for the monthly gift.",
                                }
                            ],
                        }
                    ]
                ),
                ["iban"],
            )
        else:
            add(
                "pos.tool_payload.iban_mandate",
                "attribute",
                DIALERS[i % 3],
                js(
                    {
                        "mandate": f"DD-{digits(8)}",
                        "account_holder": name,
                        "iban": v if i % 2 else v.lower(),
                    }
                ),
                ["iban", "name"],
            )
    for i in range(16):  # bank accounts
        if i % 3 == 0:
            add(
                "pos.tool_payload.bank_account.us",
                "attribute",
                DIALERS[i % 3],
                js(
                    {
                        "routing_number": aba(),
                        "account_number": digits(rng.randint(8, 12)),
                        "type": "checking",
                    }
                ),
                ["bank_account"],
            )
        elif i % 3 == 1:
            add(
                "pos.free_text.bank_account.gb",
                "attribute",
                "lk.user_transcript",
                f"Sort code {digits(2)}-{digits(2)}-{digits(2)}, account number {digits(8)}.",
                ["bank_account"],
            )
        else:
            add(
                "pos.tool_payload.bank_account.au",
                "attribute",
                "tool.arguments",
                js(
                    {
                        "bsb": f"{digits(3)}-{digits(3)}",
                        "account": digits(9),
                        "payer": fk("en_AU").name(),
                    }
                ),
                ["bank_account", "name"],
            )
    for i in range(8):  # gift aid
        name, _, _, address = person("en_GB")
        add(
            "pos.tool_payload.gift_aid",
            "attribute",
            DIALERS[i % 3],
            js(
                {
                    "donor": name,
                    "home_address": address,
                    "uk_taxpayer": True,
                    "amount_gbp": rng.choice([5, 10, 15]),
                }
            ),
            ["address", "name"],
        )
    for _ in range(8):  # canvassing
        name, _, _, address = person("en_GB")
        note = rng.choice(
            [
                "leaning Green, member of Unite",
                "will vote Lib Dem, practising Catholic",
                "undecided, union rep at the depot",
                "Labour, goes to the mosque on Fridays",
            ]
        )
        add(
            "pos.tool_payload.canvass",
            "attribute",
            "tool.arguments",
            js({"voter": name, "address": address, "intention": note}),
            ["address", "name", "sensitive"],
        )
    for _ in range(8):
        add(
            "pos.free_text.canvass_answer",
            "attribute",
            "transcript",
            rng.choice(
                [
                    "I'm voting for the independent, and I'm in the union at the hospital.",
                    "We're Jehovah's Witnesses, we don't vote.",
                    "I'll be voting Reform this time, my son lost his job to this government.",
                    "I'm gay and your candidate voted against my marriage, so no.",
                ]
            ),
            ["sensitive"],
        )
    for i in range(10):  # recruitment screening
        loc = EN[i % 3]
        name, email, tel, _ = person(loc)
        y, m, d = birth()
        cv = {
            "candidate": name,
            "email": email,
            "mobile": tel,
            "dob": f"{y}-{m:02d}-{d:02d}",
            "experience_years": rng.randint(1, 20),
            "right_to_work": "requires visa sponsorship" if i % 2 else "yes",
        }
        kinds = ["dob", "email", "name", "phone"] + (["sensitive"] if i % 2 else [])
        add("pos.tool_payload.screening_cv", "attribute", RESULTS[i % 3], js(cv), kinds)
    for i in range(8):  # insurance renewal
        loc = EN[i % 3]
        name, _, _, address = person(loc)
        t = birth()
        add(
            "pos.free_text.insurance_renewal",
            "attribute",
            "gen_ai.input.messages",
            js(
                [
                    {
                        "role": "user",
                        "content": f"Policy holder {name}, born {en_long(t) if i % 2 else mdy(t)}, at {address}. I had a heart attack in March, does that change the premium?",
                    }
                ]
            ),
            ["address", "dob", "name", "sensitive"],
        )
    for i in range(8):  # courier confirmation
        loc = EN[i % 3]
        name, _, tel, address = person(loc)
        add(
            "pos.tool_payload.delivery",
            "attribute",
            RESULTS[i % 3],
            js({"consignee": name, "deliver_to": address, "contact": tel, "window": "10:00-12:00"}),
            ["address", "name", "phone"],
        )
    for i in range(8):  # win-back, email in a link
        _, email, _, _ = person(EN[i % 3])
        url = f"https://offers.example-stream.com/winback?email={urllib.parse.quote(email)}&plan=premium&utm_campaign=winback_q4"
        add(
            "pos.tool_payload.sms_link",
            "attribute",
            "tool.arguments",
            js({"body": f"We miss you! 50% off for 3 months: {url}"}),
            ["email"],
        )
    for i in range(8):  # opt-outs naming the number
        tel = phone(rng.choice(["US", "GB", "AU", "JM", "SG"]), i)
        add(
            "pos.tool_payload.dnc_add",
            "attribute",
            DIALERS[i % 3],
            js({"action": "dnc_add", "number": tel, "source": "verbal_optout"}),
            ["phone"],
        )
    for i in range(6):  # wrong numbers reaching a third party
        name = fk(EN[i % 3]).name()
        add(
            "pos.free_text.wrong_number",
            "event",
            "lk.user_transcript",
            rng.choice(
                [
                    f"You've got the wrong number, {name} hasn't lived here for years.",
                    f"This isn't {name}, I'm the new tenant.",
                    f"{name}? She passed away in the spring, please stop calling.",
                ]
            ),
            ["name", "sensitive"] if i % 3 == 2 else ["name"],
        )
    for i in range(6):  # voicemail greetings picked up by AMD
        name, _, tel, _ = person(EN[i % 3])
        add(
            "pos.free_text.voicemail_greeting",
            "event",
            "amd.greeting_transcript",
            f"Hi, you've reached {name}, I can't take your call, leave a message or text me on {tel}.",
            ["name", "phone"],
        )
    for i in range(8):  # LLM call summaries
        loc = EN[i % 3]
        name, email, tel, address = person(loc)
        summ = {
            "outcome": "payment_plan_agreed",
            "callee": name,
            "contact_email": email,
            "notes": "Agreed to pay monthly after explaining recent redundancy.",
        }
        add(
            "pos.free_text.call_summary",
            "attribute",
            "gen_ai.output.messages",
            js([{"role": "assistant", "parts": [{"type": "text", "content": js(summ)}]}]),
            ["email", "name", "sensitive"],
        )
    for i in range(6):  # transfer to a human
        name, _, tel, _ = person(EN[i % 3])
        add(
            "pos.tool_payload.transfer",
            "attribute",
            DIALERS[i % 3],
            js(
                {
                    "queue": "collections-tier2",
                    "reason": "caller disputes the debt",
                    "caller": {"name": name, "number": tel},
                }
            ),
            ["name", "phone"],
        )
    for _ in range(6):  # whisper notes
        add(
            "pos.free_text.whisper",
            "event",
            "agent.whisper",
            rng.choice(
                [
                    "Heads up: customer mentioned her husband died last month, go gently on the renewal.",
                    "Callee says he's in rehab for alcohol, offer a payment holiday.",
                    "She's undergoing IVF and asked us not to call in the mornings.",
                    "He's facing eviction proceedings, flag for hardship team.",
                ]
            ),
            ["sensitive"],
        )
    for i in range(8):  # form-encoded and percent-encoded bodies
        name, email, tel, _ = person(EN[i % 3])
        body = urllib.parse.urlencode(
            {"To": tel, "From": "+18005550199", "Body": f"Hi {name}, your parcel arrives today."}
        )
        add("pos.tool_payload.form_body", "attribute", "http.request.body", body, ["name", "phone"])
    for i in range(8):  # base64 bodies
        name, email, tel, address = person(EN[i % 3])
        inner = js({"lead": {"name": name, "email": email}, "campaign": "solar-q4"})
        add(
            "pos.tool_payload.base64_body",
            "attribute",
            "webhook.body_b64",
            b64(inner),
            ["email", "name"],
        )
    for i in range(6):  # log lines
        name, _, tel, _ = person(EN[i % 3])
        add(
            "pos.value.dialer_log",
            "event",
            "log.message",
            f'2026-12-07T1{i}:0{i}:12Z INFO dialer dialing {tel} lead=LD-{digits(5)} name="{name}"',
            ["name", "phone"],
        )
    for i in range(6):  # campaign webhooks (telephony, not content)
        tel = phone(rng.choice(["US", "GB", "AU", "SG"]), i)
        add(
            "pos.value.campaign_webhook",
            "attribute",
            rng.choice(["twilio.to", "call.to", "sip.request_uri", "dialer.dialed_number"]),
            tel if i != 3 else f"sip:{tel.replace(' ', '')}@trunk.example-voip.net",
            ["phone"],
        )
    for i in range(18):  # end users' IPs
        ip = public_ip()
        key, value, kinds = rng.choice(
            [
                ("http.client_ip", ip, ["ip"]),
                ("client.address", ip, ["ip"]),
                ("http.request.header.x-forwarded-for", f"{ip}, 10.0.3.17", ["ip"]),
                (
                    "log.message",
                    f'{ip} - - [07/Dec/2026:18:0{i % 10}:44 +0000] "GET /r/optout?c=spring HTTP/1.1" 302 0',
                    ["ip"],
                ),
                ("lead.form_ip", ip, ["ip"]),
            ]
        )
        add(f"pos.value.client_ip.{key.split('.')[0]}", "attribute", key, value, kinds)
    for i in range(4):
        _, email, _, _ = person(EN[i % 3])
        add(
            "pos.value.lead_capture_query",
            "attribute",
            "url.query",
            urllib.parse.urlencode({"email": email, "ip": public_ip(), "src": "fb_leadform"}),
            ["email", "ip"],
        )
    secrets = [
        lambda: (
            "http.request.header.authorization",
            f"Bearer {b64(js({'alg': 'HS256', 'typ': 'JWT'})).rstrip('=')}.{b64(js({'sub': 'dialer-svc', 'exp': 1797000000})).rstrip('=')}.{tok(43, string.ascii_letters + string.digits + '-_')}",
        ),
        lambda: ("twilio.auth", f"AC{hexs(32)}:{hexs(32)}"),
        lambda: (
            "sendgrid.api_key",
            f"SG.{tok(22, string.ascii_letters + string.digits + '-_')}.{tok(43, string.ascii_letters + string.digits + '-_')}",
        ),
        lambda: ("payments.key", f"sk_live_{tok(24)}"),
        lambda: (
            "webhook.url",
            f"https://hooks.slack.com/services/T{tok(8, string.ascii_uppercase + string.digits)}/B{tok(10, string.ascii_uppercase + string.digits)}/{tok(24)}",
        ),
        lambda: ("hubspot.token", f"pat-na1-{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}"),
        lambda: ("mailchimp.api_key", f"{hexs(32)}-us{rng.randint(1, 21)}"),
        lambda: (
            "db.connection_string",
            f"postgresql://dialer:{tok(16)}@db.internal:5432/campaigns",
        ),
        lambda: ("url.full", f"https://api.example-dialer.com/v2/lists/upload?api_key={tok(32)}"),
        lambda: ("http.request.header.cookie", f"session={tok(40)}; csrftoken={tok(32)}"),
    ]
    for i in range(16):
        key, value = secrets[i % len(secrets)]()
        add("pos.value.secret", "attribute" if i % 4 else "resource", key, value, ["secret"])
    for _ in range(4):
        add(
            "pos.tool_payload.secret",
            "attribute",
            "tool.arguments",
            js(
                {
                    "crm": "hubspot",
                    "access_token": f"pat-eu1-{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}",
                    "list": "winback",
                }
            ),
            ["secret"],
        )
    for i in range(6):  # pay links signed for one person
        _, email, _, _ = person(EN[i % 3])
        add(
            "pos.tool_payload.pay_link",
            "attribute",
            "tool.arguments",
            js(
                {
                    "sms": f"Pay securely: https://pay.example-collect.com/p/{tok(10)}?sig={hexs(64)}&email={urllib.parse.quote(email)}"
                }
            ),
            ["email", "secret"],
        )
    for i in range(6):  # emails said aloud
        _, email, _, _ = person(EN[i % 3])
        local, dom = email.split("@")
        add(
            "pos.free_text.email_spoken",
            "attribute",
            "lk.user_transcript",
            f"It's {local.replace('.', ' dot ').replace('_', ' underscore ')} at {dom.replace('.', ' dot ')}.",
            ["email"],
        )
    for _ in range(6):  # DOBs in English forms
        t = birth()
        add(
            "pos.free_text.dob.en",
            "attribute",
            "transcript",
            rng.choice(
                [
                    f"Date of birth {mdy(t)}.",
                    f"I was born {en_long(t)}.",
                    f"DOB is {t[0]}{t[1]:02d}{t[2]:02d}.",
                ]
            ),
            ["dob"],
        )
    for i in range(4):
        name, _, _, address = person("en_US")
        add(
            "pos.value.crm_field",
            "attribute",
            ["contact.mailing_address", "lead.full_name"][i % 2],
            name if i % 2 else address,
            ["name"] if i % 2 else ["address"],
        )


# ---------------------------------------------------------------- hard negatives and clean content

CLEAN_EN = [
    "Can you tell me what the new tariff would cost per month?",
    "I'd give it a seven, the wait was a bit long but the driver was lovely.",
    "Please take me off your list.",
    "Is this a sales call? I don't buy anything over the phone.",
    "What time is the engineer coming, morning or afternoon?",
    "Sorry, can you repeat the question?",
    "We already switched to another provider last month.",
    "Nine out of ten, would recommend.",
    "Leave the parcel with the neighbour if I'm not in.",
    "I'm driving, call back in an hour.",
    "How did you get this number?",
    "Does the premium plan include international roaming?",
    "Not today, thanks, maybe after Christmas.",
    "I don't have time for a survey right now.",
    "Which candidates are standing in this ward?",
    "What's the difference between the standard and the plus plan?",
    "Is gift aid something I can add later?",
    "Does the job involve weekend shifts?",
    "Do I need to be home to sign for it?",
    "Yes, Tuesday at half ten still works.",
]
AGENT_CLEAN = [
    "Thanks for your time, you've been removed from our calling list and won't hear from us again.",
    "Great, your appointment is confirmed for Thursday 11 December at 14:00.",
    "On a scale of 0 to 10, how likely are you to recommend us to a friend?",
    "I'm transferring you to a colleague who can help with the payment options.",
    "No problem, I'll mark this as a callback for tomorrow afternoon.",
    "Our records show the order was dispatched yesterday and is out for delivery.",
    "The Greenline plan is 29.99 a month with no exit fees.",
    "Could you confirm whether you'd like the delivery before or after noon?",
]
PUBLIC = [
    "Keir Starmer",
    "Kemi Badenoch",
    "Ed Davey",
    "Anthony Albanese",
    "Peter Dutton",
    "Claudia Sheinbaum",
    "Javier Milei",
    "Luiz Inácio Lula da Silva",
]
BRANDS = [
    "Tim Hortons",
    "Ben & Jerry's",
    "Wendy's",
    "Dr. Martens",
    "Ralph Lauren",
    "Marks & Spencer",
    "Sainsbury's",
    "John Lewis",
    "Calvin Klein",
    "Tommy Hilfiger",
]
DISPOSITIONS = [
    "NI",
    "DNC",
    "CBK",
    "AMD_MACHINE",
    "WRONG_NUMBER",
    "SALE",
    "NA",
    "BUSY",
    "DROP",
    "LVM",
    "PTP",
    "RPC",
    "HUNGUP",
    "DISCONNECTED",
]


def negatives() -> None:
    for i, text in enumerate(CLEAN_EN):
        site, key, value = wrap(text, i + 3)
        add("neg.free_text.callee_clean.en", site, key, value)
    for i, text in enumerate(AGENT_CLEAN):
        add(
            "neg.free_text.agent_clean.en",
            "attribute",
            rng.choice(["lk.response.text", "gen_ai.output.messages", "output"]),
            text
            if i % 2
            else js([{"role": "assistant", "parts": [{"type": "text", "content": text}]}]),
        )
    for i in range(8):
        q = f"If the general election were held tomorrow, would you vote for the party led by {PUBLIC[i]}?"
        add("neg.free_text.poll_question", "attribute", "lk.response.text", q)
    for i in range(6):
        add(
            "neg.tool_payload.poll_result",
            "attribute",
            "tool.result",
            js(
                {
                    "poll": "omnibus-w49",
                    "candidate": PUBLIC[i],
                    "share": round(rng.random() / 2, 3),
                    "sample": 1042,
                }
            ),
        )
    for _, b in enumerate(BRANDS):
        add(
            "neg.free_text.brand",
            "attribute",
            "transcript",
            rng.choice(
                [
                    f"I got a voucher for {b} last time, is that still on?",
                    f"Is this about my {b} order?",
                    f"The survey was about {b}, right?",
                ]
            ),
        )
    for _, d in enumerate(DISPOSITIONS):
        add("neg.value.disposition", "attribute", "call.disposition", d)
    for _ in range(14):
        add(
            "neg.tool_payload.disposition",
            "attribute",
            rng.choice(RESULTS),
            js(
                {
                    "call_id": f"CA{hexs(32)}",
                    "disposition": rng.choice(DISPOSITIONS),
                    "duration_s": rng.randint(3, 600),
                    "attempt": rng.randint(1, 5),
                }
            ),
        )
    for i in range(20):  # the campaign's own numbers and sender ids
        region = ["US", "GB", "AU", "SG", "JM"][i % 5]
        key = [
            "campaign.caller_id",
            "trunk.from_number",
            "org.support_phone",
            "agent.outbound_number",
            "sms.sender_id",
        ][i % 5]
        value = (
            phone(region, 1)
            if key != "sms.sender_id"
            else rng.choice(["BRIGHTLN", "RIVERDENT", "KESTREL", "NWAYRAIL"])
        )
        add("neg.value.org_number", "resource" if i % 2 else "attribute", key, value)
    for _ in range(5):
        add(
            "neg.value.org_address",
            "resource",
            "org.address",
            rng.choice(
                [
                    "Brightline Energy, 1 Harbour Exchange Square, London E14 9GE",
                    "Riverside Dental, 22 Quay Street, Manchester M3 3HN",
                    "Kestrel Couriers Ltd, Unit 4, Trafford Park, M17 1HH",
                ]
            ),
        )
    for _ in range(20):  # survey scale answers
        v: Any = rng.choice(
            [
                rng.randint(0, 10),
                f"{rng.randint(0, 10)}/10",
                [rng.randint(1, 5) for _ in range(5)],
                round(rng.uniform(1, 5), 1),
            ]
        )
        add(
            "neg.value.survey_score",
            "attribute",
            rng.choice(["survey.nps", "survey.answers", "survey.csat"]),
            v,
        )
    for _ in range(8):
        add(
            "neg.tool_payload.survey_comment",
            "attribute",
            "tool.arguments",
            js(
                {
                    "question": "q3_free_text",
                    "answer": rng.choice(
                        [
                            "App is slow at peak times.",
                            "Prices went up too much this year.",
                            "Staff at the depot were helpful.",
                            "Would like more evening slots.",
                            "Nothing to add.",
                        ]
                    ),
                }
            ),
        )
    for _ in range(22):  # reference numbers
        body = "4" + digits(14)
        v2 = body + luhn.calc_check_digit(body)
        key, value = rng.choice(
            [
                ("order.id", v2),
                ("invoice.number", f"INV-{digits(8)}"),
                ("campaign.id", f"cmp_{tok(14)}"),
                ("lead.id", f"LD-{digits(6)}"),
                ("policy.number", f"POL-{digits(3)}-{digits(2)}-{digits(4)}"),
            ]
        )
        add("neg.value.reference", "attribute", key, value)
    for _ in range(12):  # plan and product names
        add(
            "neg.value.product",
            "attribute",
            rng.choice(["offer.plan", "product.name", "campaign.name"]),
            rng.choice(
                [
                    "Greenline Fixed 24",
                    "Premium Family",
                    "Spring Reactivation 2026",
                    "Solar Saver Plus",
                    "Home Cover Gold",
                    "Winback Q4 - 50% off",
                    "Annual Gift Appeal",
                ]
            ),
        )
    for _ in range(16):  # appointment dates
        add(
            "neg.value.appointment",
            "attribute",
            rng.choice(["appointment.start", "callback.scheduled_for", "delivery.window_start"]),
            f"2026-12-{rng.randint(8, 30):02d}T{rng.randint(8, 18):02d}:{rng.choice(['00', '15', '30', '45'])}:00+00:00",
        )
    for _ in range(6):
        add(
            "neg.free_text.appointment_date",
            "attribute",
            "lk.response.text",
            f"You're booked in for {rng.randint(8, 30)}/12/2026 at {rng.randint(9, 17)}:00, see you then.",
        )
    masks = [
        "+44 7*** ***123",
        "j***@g***.com",
        "**** **** **** 4242",
        "XXX-XX-1234",
        "GB** **** **** **** **12 34",
        "[REDACTED_PHONE]",
        "<EMAIL_ADDRESS>",
        "{{first_name}} {{last_name}}",
        "sk_live_…x9Qz",
        "Bearer ***",
    ]
    for _, m in enumerate(masks):
        add(
            "neg.value.masked",
            "attribute",
            rng.choice(
                [
                    "lead.phone",
                    "lead.email",
                    "payment.card",
                    "debtor.ssn",
                    "mandate.iban",
                    "crm.contact",
                ]
            ),
            m,
        )
    for _ in range(4):
        add(
            "neg.free_text.redacted",
            "attribute",
            "transcript",
            rng.choice(
                [
                    "My number is [PHONE_NUMBER] and I'm at [ADDRESS].",
                    "Send it to <EMAIL_ADDRESS> please.",
                    "The card ends in 4242.",
                    "I'm {{customer_name}}, calling back.",
                ]
            ),
        )
    for _ in range(6):  # documentation examples
        add(
            "neg.value.doc_example",
            "attribute",
            "gen_ai.tool.definitions",
            js(
                [
                    {
                        "name": rng.choice(["book_callback", "add_to_dnc", "create_lead"]),
                        "parameters": {
                            "type": "object",
                            "properties": {
                                "phone": {
                                    "type": "string",
                                    "description": "E.164 number, for example +1XXXXXXXXXX",
                                },
                                "email": {"type": "string", "format": "email"},
                            },
                        },
                    }
                ]
            ),
        )
    for _ in range(6):  # opt-out confirmations
        add(
            "neg.tool_payload.optout_confirm",
            "attribute",
            rng.choice(RESULTS),
            js(
                {
                    "status": "ok",
                    "message": rng.choice(
                        [
                            "Number added to the do-not-call list.",
                            "Unsubscribed. Reply START to resubscribe.",
                            "Contact suppressed for all campaigns.",
                        ]
                    ),
                }
            ),
        )
    for _ in range(12):  # AMD and voicemail drops
        add(
            "neg.value.amd",
            "attribute",
            rng.choice(["twilio.answered_by", "amd.result", "voicemail.drop_id"]),
            rng.choice(
                [
                    "machine_end_beep",
                    "human",
                    "fax",
                    "machine_start",
                    f"vm_drop_{digits(4)}",
                    "unknown",
                ]
            ),
        )
    for _ in range(4):
        add(
            "neg.free_text.voicemail_drop",
            "event",
            "tts.text",
            rng.choice(
                [
                    "Hi, this is Brightline Energy with a quick message about your tariff. Please call us back on 0808 157 0192. Thanks!",
                    "This is a reminder from Riverside Dental about your upcoming appointment. No need to call back.",
                    "Hello, Kestrel Couriers here, we tried to deliver today and will try again tomorrow.",
                ]
            ),
        )
    for _ in range(20):  # ids, metrics, versions
        key, value = rng.choice(
            [
                ("trace_id", hexs(32)),
                ("span_id", hexs(16)),
                ("call.sid", f"CA{hexs(32)}"),
                ("campaign.calls_placed", rng.randint(100, 20000)),
                ("campaign.answer_rate", round(rng.random(), 3)),
                (
                    "service.version",
                    f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}",
                ),
                ("dialer.pacing_ratio", round(rng.uniform(1, 3), 2)),
            ]
        )
        add("neg.value.id_or_metric", "resource" if "version" in key else "attribute", key, value)
    for _ in range(6):  # provider errors
        add(
            "neg.value.provider_error",
            "status",
            "status.description",
            rng.choice(
                [
                    "Twilio 21610: Attempt to send to unsubscribed recipient",
                    "Twilio 21211: Invalid 'To' Phone Number",
                    "HubSpot 429: You have reached your secondly limit.",
                    "Vonage 1240: Illegal Sender Address - rejected",
                    "SendGrid 403: The from address does not match a verified Sender Identity.",
                ]
            ),
        )
    for _ in range(10):  # private and server addresses
        add(
            "neg.value.server_ip",
            "attribute",
            rng.choice(["server.address", "net.peer.ip", "sip.trunk.host"]),
            rng.choice(
                [
                    "10.12.4.7",
                    "192.168.1.20",
                    "203.0.113.14",
                    "198.51.100.200",
                    "2001:db8::12",
                    "172.16.9.3",
                ]
            ),
        )
    for _ in range(4):
        add(
            "neg.value.masked_key",
            "resource",
            rng.choice(["dialer.api_key", "crm.token"]),
            rng.choice(["${DIALER_API_KEY}", "sk_live_****", "<set in vault>", "pat-na1-********"]),
        )
    for _ in range(6):  # non-English clean content of the same shapes
        add(
            "neg.free_text.agent_clean.multi",
            "attribute",
            "lk.response.text",
            rng.choice(
                [
                    "Gracias por su tiempo, lo hemos retirado de nuestra lista.",
                    "Obrigado, a sua entrega está confirmada para sábado.",
                    "Grazie, l'appuntamento è confermato per giovedì alle 15.",
                    "Danke, wir rufen Sie morgen Nachmittag zurück.",
                    "Спасибо, ваш номер удалён из списка обзвона.",
                    "谢谢，您的预约已确认。",
                ]
            ),
        )


def main() -> None:
    check_releases()
    languages()
    campaigns()
    negatives()
    order = list(range(len(rows)))
    rng.shuffle(order)
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for n, idx in enumerate(order):
            r = rows[idx]
            fh.write(js({"id": n, **r}) + "\n")


if __name__ == "__main__":
    main()
