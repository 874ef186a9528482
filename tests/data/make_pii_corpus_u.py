"""Write corpus U: a blind, labelled PII corpus about money, lines and accounts.

Corpus U holds telecom support (SIM and eSIM activation, porting, roaming, bills),
money (collections and hardship, insurance claims, pensions, remittances and mobile
money, crypto exchange support, loans, direct debits) and accounts and logins, plus an
everyday mix, in more than twenty languages. Every value is invented: Faker names and
addresses, libphonenumber example numbers with their last digits varied (still valid),
identifiers with computed check digits that python-stdnum validates, published test cards
or generated Luhn-valid numbers, random tokens in providers' key formats.

Run ``python tests/data/make_pii_corpus_u.py [OUT]``; OUT defaults to
``pii_corpus_u.jsonl`` next to this script. The seed is fixed and no date is read from
the clock, so the same releases rewrite the file byte for byte.
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
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.id import nik
from stdnum.in_ import aadhaar, pan
from stdnum.is_ import kennitala
from stdnum.it import codicefiscale
from stdnum.lv import pvn
from stdnum.mx import curp
from stdnum.pe import cui
from stdnum.pk import cnic
from stdnum.ru import inn
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr

#: Releases this file was written with; others may draw different values.
RELEASES = {"Faker": "40.63.0", "python-stdnum": "2.2", "phonenumbers": "9.0.43"}
SEED = 2026_12_07
OUT = Path(__file__).with_name("pii_corpus_u.jsonl")

R = random.Random(SEED)
_FAKERS: dict[str, Faker] = {}


def fk(locale: str) -> Faker:
    """A Faker for ``locale``, seeded once from the corpus seed."""
    if locale not in _FAKERS:
        f = Faker(locale)
        f.seed_instance(SEED + len(_FAKERS))
        _FAKERS[locale] = f
    return _FAKERS[locale]


ROWS: list[dict[str, Any]] = []


def add(cls: str, site: str, key: str, value: Any, kinds: list[str] | tuple[str, ...] = ()) -> None:
    """Append one row; the pos/neg prefix and ``content`` follow from kinds and class."""
    ks = sorted(set(kinds))
    part = cls.split(".")[0]
    ROWS.append(
        {
            "id": len(ROWS),
            "class": ("pos." if ks else "neg.") + cls,
            "site": site,
            "key": key,
            "value": value,
            "kinds": ks,
            "content": part != "value",
        }
    )


# ---------------------------------------------------------------- value makers


def digits(n: int) -> str:
    """``n`` random decimal digits."""
    return "".join(R.choice(string.digits) for _ in range(n))


def token(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    """``n`` random characters from ``alphabet``."""
    return "".join(R.choice(alphabet) for _ in range(n))


def phone(region: str, fmt: int = PhoneNumberFormat.NATIONAL) -> str:
    """A libphonenumber mobile example for ``region`` with its last two digits varied."""
    ex = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    assert ex is not None, region
    base = str(ex.national_number)
    while True:
        cand = phonenumbers.parse("+" + str(ex.country_code) + base[:-2] + digits(2))
        if phonenumbers.is_valid_number(cand) and cand.national_number != ex.national_number:
            return phonenumbers.format_number(cand, fmt)


def intl(region: str) -> str:
    """A mobile number in international format."""
    return phone(region, PhoneNumberFormat.INTERNATIONAL)


def e164(region: str) -> str:
    """A mobile number in E.164."""
    return phone(region, PhoneNumberFormat.E164)


def until(make: Callable[[], str], valid: Callable[[str], bool]) -> str:
    """Draw from ``make`` until ``valid`` accepts the value."""
    while True:
        v = make()
        if valid(v):
            return v


def birth() -> tuple[int, int, int]:
    """A random birth date (year, month, day) between 1940 and 2004."""
    return R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)


def make_cpf() -> str:
    return cpf.format(until(lambda: digits(11), cpf.is_valid))


def make_curp() -> str:
    def one() -> str:
        y, m, d = birth()
        body = (
            R.choice("BCGHMPRS")
            + R.choice("AEIOU")
            + token(2, "ABCDEFGHIJKLMNPQRSTUVWXYZ")
            + f"{y % 100:02d}{m:02d}{d:02d}"
            + R.choice("HM")
            + R.choice(["DF", "JC", "NL", "PL", "OC", "YN"])
            + token(3, "BCDFGHJKLMNPQRSTVWXYZ")
            + ("0" if y < 2000 else "A")
        )
        return body + curp.calc_check_digit(body + "0")

    return until(one, curp.is_valid)


def make_cui() -> str:
    b = digits(8)
    v = b + "-" + cui.calc_check_digits(b)[R.randint(0, 1)]
    assert cui.is_valid(v), v
    return v


def make_cf() -> str:
    def one() -> str:
        y, m, d = birth()
        d = d + (40 if R.random() < 0.5 else 0)
        body = (
            token(6, "BCDFGLMNPRST")
            + f"{y % 100:02d}"
            + "ABCDEHLMPRST"[m - 1]
            + f"{d:02d}"
            + R.choice(["H501", "F205", "L219", "A944", "G273"])
        )
        return body + codicefiscale.calc_check_digit(body)

    return until(one, codicefiscale.is_valid)


def make_inn() -> str:
    b = R.choice(["77", "78", "50", "66"]) + digits(8)
    return until(lambda: b + inn.calc_personal_check_digits(b), inn.is_valid)


def make_kennitala() -> str:
    def one() -> str:
        y, m, d = birth()
        b = f"{d:02d}{m:02d}{y % 100:02d}" + digits(2)
        for c in string.digits:
            v = b + c + ("9" if y < 2000 else "0")
            if kennitala.is_valid(v):
                return kennitala.format(v)
        return ""

    return until(one, lambda s: bool(s))


def make_lv_code() -> str:
    y, m, d = birth()
    b = f"{d:02d}{m:02d}{y % 100:02d}" + ("1" if y < 2000 else "2") + digits(3)
    v = b + pvn.calc_check_digit_pers(b)
    assert pvn.is_valid(v), v
    return v[:6] + "-" + v[6:]


def make_za() -> str:
    def one() -> str:
        y, m, d = birth()
        b = f"{y % 100:02d}{m:02d}{d:02d}" + digits(4) + "0" + "8"
        return b + luhn.calc_check_digit(b)

    return until(one, idnr.is_valid)


def make_aadhaar() -> str:
    return aadhaar.format(until(lambda: str(R.randint(2, 9)) + digits(11), aadhaar.is_valid))


def make_pan() -> str:
    return until(
        lambda: (
            token(3, string.ascii_uppercase)
            + "P"
            + token(1, string.ascii_uppercase)
            + digits(4)
            + token(1, string.ascii_uppercase)
        ),
        pan.is_valid,
    )


def make_ric() -> str:
    def one() -> str:
        y, m, d = birth()
        b = R.choice(["110101", "310104", "440305", "510107"]) + f"{y}{m:02d}{d:02d}" + digits(3)
        return b + ric.calc_check_digit(b)

    return until(one, ric.is_valid)


def make_nik() -> str:
    def one() -> str:
        y, m, d = birth()
        d = d + (40 if R.random() < 0.5 else 0)
        return (
            R.choice(["3374", "3471", "3578", "3273"])
            + digits(2)
            + f"{d:02d}{m:02d}{y % 100:02d}"
            + "0"
            + digits(3)
        )

    return until(one, nik.is_valid)


def make_cnic() -> str:
    return cnic.format(
        until(lambda: R.choice("12345") + digits(11) + R.choice("123456789"), cnic.is_valid)
    )


def make_ssn(sep: str = "-") -> str:
    def one() -> str:
        return f"{R.randint(1, 899):03d}{sep}{R.randint(1, 99):02d}{sep}{R.randint(1, 9999):04d}"

    return until(one, lambda s: us_ssn.is_valid(s.replace(sep, "")))


def make_card() -> str:
    b = R.choice(["4", "51", "52", "53", "54", "55", "2221"])
    body = b + digits(15 - len(b))
    return body + luhn.calc_check_digit(body)


TEST_CARDS = [
    "4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "2223 0031 2200 3222",
    "3782 822463 10005", "6011 1111 1111 1117", "3056 9300 0902 0009", "6200 0000 0000 0005",
    "4111 1111 1111 1111", "5105 1051 0510 5100", "3566 0020 2036 0505", "4000 0027 6000 3184",
]  # fmt: skip


def make_clabe() -> str:
    b = R.choice(["002", "012", "014", "021", "072"]) + R.choice(["180", "320", "650"]) + digits(11)
    w = [3, 7, 1] * 6
    return b + str((10 - sum((int(c) * w[i]) % 10 for i, c in enumerate(b)) % 10) % 10)


def make_aba() -> str:
    def one() -> str:
        b = R.choice(["0", "1", "2", "3"]) + digits(7)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(c) * w[i] for i, c in enumerate(b))
        return b + str((10 - s % 10) % 10)

    return one()


def make_ip() -> str:
    def one() -> str:
        if R.random() < 0.7:
            return str(ipaddress.IPv4Address(R.randint(0x01000000, 0xDFFFFFFF)))
        return str(
            ipaddress.IPv6Address((0x2A0 << 116) | (R.randint(0, 15) << 112) | R.getrandbits(112))
        )

    return until(one, lambda s: ipaddress.ip_address(s).is_global)


def seed_words(n: int) -> str:
    """Random words in the style of a recovery phrase."""
    words = [
        "abandon", "orbit", "velvet", "candle", "harbor", "mosquito", "lunar", "piano", "ribbon", "walnut",
        "tribe", "glove", "anchor", "fossil", "cherry", "gravity", "salmon", "tunnel", "echo", "meadow",
        "jacket", "copper", "lizard", "fiscal", "bridge", "oyster", "panther", "quarter", "saddle", "zebra",
    ]  # fmt: skip
    return " ".join(R.choice(words) for _ in range(n))


def b58(n: int) -> str:
    return token(n, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")


def hexs(n: int) -> str:
    return token(n, "0123456789abcdef")


def secret() -> str:
    """A random token in one real provider's key format."""
    return R.choice(
        [
            lambda: "sk-proj-" + token(48, string.ascii_letters + string.digits + "-_"),
            lambda: "sk_live_" + token(24),
            lambda: "rk_live_" + token(24),
            lambda: "AKIA" + token(16, string.ascii_uppercase + string.digits),
            lambda: "ghp_" + token(36),
            lambda: "xoxb-" + digits(12) + "-" + digits(13) + "-" + token(24),
            lambda: "AIza" + token(35, string.ascii_letters + string.digits + "-_"),
            lambda: "SG." + token(22) + "." + token(43),
            lambda: "glpat-" + token(20),
            lambda: "sk-ant-api03-" + token(90, string.ascii_letters + string.digits + "-_"),
            lambda: "gsk_" + token(52),
            lambda: "hf_" + token(34),
        ]
    )()


def local_digits(s: str, script: str) -> str:
    """``s`` with ASCII digits written in ``script``'s digits."""
    zero = {
        "khmer": 0x17E0,
        "tibetan": 0x0F20,
        "bengali": 0x09E6,
        "odia": 0x0B66,
        "arabic": 0x06F0,
        "mongolian": 0x1810,
    }[script]
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in s)


# ---------------------------------------------------------------- languages


def pick(
    given: list[str], family: list[str], order: str = "gf", sep: str = " "
) -> Callable[[], str]:
    """A name maker combining a given name and a family name from short lists."""

    def make() -> str:
        g, f = R.choice(given), R.choice(family)
        return g + sep + f if order == "gf" else f + sep + g

    return make


def faker_name(locale: str) -> Callable[[], str]:
    return lambda: fk(locale).name()


def faker_addr(locale: str) -> Callable[[], str]:
    return lambda: fk(locale).address().replace("\n", ", ")


def street(streets: list[str], towns: list[str], fmt: str = "{s} {n}, {t}") -> Callable[[], str]:
    """An address maker from short street and town lists (for locales Faker lacks)."""
    return lambda: fmt.format(s=R.choice(streets), n=R.randint(1, 180), t=R.choice(towns))


def dob_fmt(
    fmt: str, months: list[str] | None = None, script: str | None = None
) -> Callable[[], str]:
    """A birth-date maker in a local format (``{d} {m} {y} {M}``: day, month number, year, month name)."""

    def make() -> str:
        y, m, d = birth()
        s = fmt.format(
            d=f"{d:02d}", m=f"{m:02d}", y=y, M=months[m - 1] if months else "", dd=d, mm=m
        )
        return local_digits(s, script) if script else s

    return make


MES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
ICE = [
    "janúar",
    "febrúar",
    "mars",
    "apríl",
    "maí",
    "júní",
    "júlí",
    "ágúst",
    "september",
    "október",
    "nóvember",
    "desember",
]


class Lang:
    """One language's invented speakers and what they say."""

    def __init__(
        self,
        code: str,
        region: str,
        name: Callable[[], str],
        dob: Callable[[], str],
        addr: Callable[[], str] | None,
        nid: Callable[[], str] | None,
        t: dict[str, Any],
    ) -> None:
        self.code, self.region, self.name, self.dob, self.addr, self.nid, self.t = (
            code,
            region,
            name,
            dob,
            addr,
            nid,
            t,
        )


LANGS = [
    Lang(
        "pt_br",
        "BR",
        faker_name("pt_BR"),
        dob_fmt("{d}/{m}/{y}"),
        faker_addr("pt_BR"),
        make_cpf,
        {
            "name": "Oi, aqui é {n}, quero ativar o meu chip novo.",
            "phone": "A linha que eu quero portar é {p}, da outra operadora.",
            "dob": "Minha data de nascimento é {d}.",
            "addr": "Pode mandar o cartão para {a}?",
            "id": "Meu CPF é {i}.",
            "sens": "Estou desempregado desde março e não consigo pagar as parcelas do empréstimo.",
            "clean": [
                "Quanto custa o pacote de roaming para a Argentina?",
                "A fatura veio muito mais alta este mês, por quê?",
                "Como faço para desbloquear o aparelho?",
            ],
            "neg": [
                "Disque *144# para ver o saldo do plano Controle 25GB.",
                "O Pix de R$ 1.250,00 aparece como pendente no app.",
            ],
        },
    ),
    Lang(
        "es_mx",
        "MX",
        faker_name("es_MX"),
        dob_fmt("{dd} de {M} de {y}", MES),
        faker_addr("es_MX"),
        make_curp,
        {
            "name": "Buenas tardes, habla {n}, le llamo por un cobro que no reconozco.",
            "phone": "Mi número es el {p}, quiero cambiarme de compañía y conservarlo.",
            "dob": "Nací el {d}.",
            "addr": "Mi domicilio es {a}.",
            "id": "Mi CURP es {i}.",
            "sens": "Me diagnosticaron diabetes y por los gastos médicos me atrasé con la tarjeta.",
            "clean": [
                "¿Cuánto me cobran por enviar dinero a Guatemala?",
                "Quiero saber si mi plan incluye datos en Estados Unidos.",
                "¿A qué hora cierra la sucursal del centro?",
            ],
            "neg": [
                "Marque *133# para consultar su saldo; el paquete Amigo Sin Límite 200 cuesta $200.",
                "El tipo de cambio hoy es de 17,42 pesos por dólar.",
            ],
        },
    ),
    Lang(
        "es_pe",
        "PE",
        pick(
            ["Rosa", "Juan Carlos", "Milagros", "Wilber", "Yesenia"],
            ["Quispe Mamani", "Huamán Flores", "Condori Rojas", "Ccahuana Ticona", "Chambi Apaza"],
        ),
        dob_fmt("{d}/{m}/{y}"),
        street(
            ["Av. Los Incas", "Jr. Ayacucho", "Calle Las Begonias", "Av. Arequipa"],
            ["Miraflores, Lima", "Cusco", "Arequipa", "Huancayo"],
            "{s} {n}, {t}",
        ),
        make_cui,
        {
            "name": "Aló, le saluda {n}, titular de la línea.",
            "phone": "Por favor, recargue al {p}.",
            "dob": "Mi fecha de nacimiento es {d}.",
            "addr": "Vivo en {a}.",
            "id": "Mi DNI es {i}.",
            "sens": "Mi papá falleció la semana pasada y quiero dar de baja su línea.",
            "clean": [
                "¿Cuánto cuesta el chip prepago?",
                "Quiero cambiar mi plan a uno más barato.",
                "No tengo señal en mi casa desde ayer.",
            ],
            "neg": [
                "Marca *515# y elige la opción 2 para el paquete de 5 soles.",
                "La comisión por envío es S/ 3,50.",
            ],
        },
    ),
    Lang(
        "it",
        "IT",
        faker_name("it_IT"),
        dob_fmt("{d}/{m}/{y}"),
        street(
            ["Via Garibaldi", "Corso Vittorio Emanuele", "Via Roma", "Viale Mazzini"],
            ["20121 Milano", "00185 Roma", "40126 Bologna", "80133 Napoli"],
            "{s} {n}, {t}",
        ),
        make_cf,
        {
            "name": "Buongiorno, sono {n}, vorrei aprire un sinistro.",
            "phone": "Il mio cellulare è {p}.",
            "dob": "Sono nato il {d}.",
            "addr": "Abito in {a}.",
            "id": "Il mio codice fiscale è {i}.",
            "sens": "Dopo l'incidente ho una frattura al polso e sono in malattia da un mese.",
            "clean": [
                "Quanto costa l'offerta per chiamare all'estero?",
                "Vorrei sapere lo stato della mia pratica di rimborso.",
                "La bolletta di novembre non mi torna.",
            ],
            "neg": [
                "Chiami il 40916 per il credito residuo dell'offerta Giga 150.",
                "Il premio annuo della polizza è di 480,00 euro.",
            ],
        },
    ),
    Lang(
        "ru",
        "RU",
        faker_name("ru_RU"),
        dob_fmt("{d}.{m}.{y}"),
        faker_addr("ru_RU"),
        make_inn,
        {
            "name": "Здравствуйте, меня зовут {n}, я по поводу перевода номера.",
            "phone": "Мой номер {p}, хочу перенести его к вам.",
            "dob": "Дата рождения {d}.",
            "addr": "Адрес доставки сим-карты: {a}.",
            "id": "Мой ИНН {i}.",
            "sens": "У меня долг по кредиту, и коллекторы звонят каждый день, я на больничном после операции.",
            "clean": [
                "Сколько стоит роуминг в Турции?",
                "Почему с меня списали абонентскую плату дважды?",
                "Как подключить eSIM на новом телефоне?",
            ],
            "neg": [
                "Наберите *100# для проверки баланса, тариф «Мой онлайн+» стоит 650 ₽.",
                "Курс обмена сегодня 92,15 рубля за доллар.",
            ],
        },
    ),
    Lang(
        "be",
        "BY",
        pick(
            ["Алесь", "Тацяна", "Андрэй", "Вольга", "Сяргей", "Наталля"],
            ["Кавалёў", "Мароз", "Новік", "Жук", "Лагун", "Бабровіч"],
        ),
        dob_fmt("{d}.{m}.{y}"),
        street(
            ["вул. Чкалава", "пр. Незалежнасці", "вул. Кастрычніцкая"],
            ["Мінск", "Гродна", "Брэст"],
            "{t}, {s}, {n}",
        ),
        None,
        {
            "name": "Добры дзень, гэта {n}, у мяне пытанне па рахунку.",
            "phone": "Мой нумар {p}.",
            "dob": "Я нарадзіўся {d}.",
            "addr": "Мой адрас: {a}.",
            "sens": "Мяне звольнілі, і я не магу плаціць за кватэру і крэдыт.",
            "clean": [
                "Колькі каштуе роўмінг у Польшчы?",
                "Як заблакаваць згубленую SIM-карту?",
                "Чаму рахунак такі вялікі ў гэтым месяцы?",
            ],
            "neg": [
                "Набярыце *100# каб даведацца баланс.",
                "Тарыф «Бязмежны 20» каштуе 20 рублёў у месяц.",
            ],
        },
    ),
    Lang(
        "ky",
        "KG",
        pick(
            ["Айбек", "Гүлнара", "Нурлан", "Айгерим", "Эрлан"],
            ["Асанов", "Жумабекова", "Осмонов", "Бакирова", "Токтосунов"],
        ),
        dob_fmt("{d}.{m}.{y}"),
        street(
            ["Чүй проспекти", "Киев көчөсү", "Манас проспекти"],
            ["Бишкек", "Ош", "Каракол"],
            "{t}, {s}, {n}",
        ),
        None,
        {
            "name": "Саламатсызбы, менин атым {n}.",
            "phone": "Менин номерим {p}, акча которуу келген жок.",
            "dob": "Туулган күнүм {d}.",
            "addr": "Дарегим: {a}.",
            "sens": "Ооруканада жатам, насыяны төлөй албай жатам.",
            "clean": [
                "Роуминг Казакстанда канча турат?",
                "Эсебимден акча эмнеге кетти?",
                "Жаңы SIM-карта кантип алам?",
            ],
            "neg": [
                "Балансты текшерүү үчүн *100# терип коюңуз.",
                "Которуунун комиссиясы 1,5 пайыз.",
            ],
        },
    ),
    Lang(
        "tg",
        "TJ",
        pick(
            ["Фарҳод", "Меҳрангез", "Рустам", "Нигина", "Далер"],
            ["Раҳимов", "Назарова", "Сафаров", "Каримова", "Шарипов"],
        ),
        dob_fmt("{d}.{m}.{y}"),
        street(
            ["кӯчаи Рӯдакӣ", "кӯчаи Айнӣ", "кӯчаи Сомонӣ"],
            ["Душанбе", "Хуҷанд", "Бохтар"],
            "{t}, {s} {n}",
        ),
        None,
        {
            "name": "Ассалому алейкум, ман {n} ҳастам.",
            "phone": "Рақами ман {p}, пул аз Маскав омада нарасид.",
            "dob": "Санаи таваллуди ман {d}.",
            "addr": "Суроғаи ман: {a}.",
            "sens": "Писарам дар Русия бе ҳуҷҷат монд ва кор надорад, маблағ фиристода наметавонад.",
            "clean": [
                "Интернет-пакет барои як моҳ чанд пул аст?",
                "Чаро пули ман аз ҳисоб рафт?",
                "SIM-корти нав чӣ тавр гирам?",
            ],
            "neg": ["Барои тавозун *99# -ро занед.", "Қурби рубл имрӯз 0,12 сомонӣ аст."],
        },
    ),
    Lang(
        "ps",
        "AF",
        pick(
            ["نجیب", "زرمینه", "حمید", "پلوشه", "شاه ولي"],
            ["احمدزی", "وردګ", "پوپلزی", "ستانکزی", "مومند"],
        ),
        dob_fmt("{y}/{m}/{d}", script="arabic"),
        street(["دارالامان سړک", "شهر نو"], ["کابل", "جلال آباد", "کندهار"], "{t}، {s}، کور {n}"),
        None,
        {
            "name": "سلام، زما نوم {n} دی.",
            "phone": "زما شمېره {p} ده، پیسې لا نه دي رسېدلې.",
            "dob": "زما د زېږون نېټه {d} ده.",
            "addr": "زما پته: {a}.",
            "sens": "زما مور ناروغه ده او د درملنې پیسې نه لرم، پور مې نه شم ورکولی.",
            "clean": ["د انټرنیټ بسته څو ده؟", "زما بیلانس ولې کم شو؟", "نوې سیم کارت څنګه واخلم؟"],
            "neg": ["د بیلانس لپاره *222# وکاږئ.", "د لېږد فیس ۵۰ افغانۍ دی."],
        },
    ),
    Lang(
        "sd",
        "PK",
        pick(
            ["علي", "سسئي", "نياز", "ماروي", "شاهد"], ["سومرو", "ميمڻ", "سولنگي", "جتوئي", "چانڊيو"]
        ),
        dob_fmt("{d}-{m}-{y}"),
        street(
            ["شاهي بازار", "اسٽيشن روڊ"], ["حيدرآباد", "سکر", "لاڙڪاڻو"], "گهر نمبر {n}، {s}، {t}"
        ),
        make_cnic,
        {
            "name": "السلام عليڪم، منهنجو نالو {n} آهي.",
            "phone": "منهنجو نمبر {p} آهي، جاز ڪيش ۾ پئسا نه آيا.",
            "dob": "منهنجي ڄمڻ جي تاريخ {d} آهي.",
            "addr": "منهنجو پتو: {a}.",
            "id": "منهنجو شناختي ڪارڊ نمبر {i} آهي.",
            "sens": "منهنجو ڀاءُ جيل ۾ آهي ۽ وڪيل جي في لاءِ قرض کپي.",
            "clean": [
                "روزاني انٽرنيٽ پيڪيج ڪيترو جو آهي؟",
                "منهنجو بيلنس ڇو ختم ٿيو؟",
                "نئين سم ڪيئن ملندي؟",
            ],
            "neg": ["بيلنس لاءِ *444# ملايو.", "موڪلڻ جي في 20 رپيا آهي."],
        },
    ),
    Lang(
        "or",
        "IN",
        faker_name("or_IN"),
        dob_fmt("{d}-{m}-{y}", script="odia"),
        street(["ଜନପଥ", "ସାହିଦ ନଗର"], ["ଭୁବନେଶ୍ୱର", "କଟକ", "ପୁରୀ"], "ଘର {n}, {s}, {t}"),
        make_aadhaar,
        {
            "name": "ନମସ୍କାର, ମୋ ନାମ {n}।",
            "phone": "ମୋ ନମ୍ବର {p}, ସିମ୍ ବନ୍ଦ ହୋଇଯାଇଛି।",
            "dob": "ମୋ ଜନ୍ମ ତାରିଖ {d}।",
            "addr": "ମୋ ଠିକଣା {a}।",
            "id": "ମୋ ଆଧାର ନମ୍ବର {i}।",
            "sens": "ମୋ ସ୍ୱାମୀଙ୍କ ଦେହାନ୍ତ ହୋଇଛି, ପେନସନ୍ ପାଇଁ କଣ କରିବି?",
            "clean": ["ରିଚାର୍ଜ ପ୍ଲାନ୍ କେତେ ଟଙ୍କା?", "ମୋ ବିଲ୍ ଏତେ ଅଧିକ କାହିଁକି?", "ନୂଆ ସିମ୍ କେମିତି ପାଇବି?"],
            "neg": ["ବାଲାନ୍ସ ପାଇଁ *121# ଡାଏଲ୍ କରନ୍ତୁ।", "₹299 ପ୍ଲାନ୍ ରେ ଦୈନିକ 1.5GB ମିଳେ।"],
        },
    ),
    Lang(
        "as",
        "IN",
        pick(
            ["প্ৰাঞ্জল", "জোনমণি", "দীপাংকৰ", "মৌচুমী", "ভাস্কৰ"], ["বৰুৱা", "শইকীয়া", "গগৈ", "দত্ত", "কলিতা"]
        ),
        dob_fmt("{d}-{m}-{y}", script="bengali"),
        street(["জি এছ ৰোড", "এ টি ৰোড"], ["গুৱাহাটী", "যোৰহাট", "ডিব্ৰুগড়"], "ঘৰ নং {n}, {s}, {t}"),
        make_pan,
        {
            "name": "নমস্কাৰ, মোৰ নাম {n}।",
            "phone": "মোৰ নম্বৰ {p}, টকা পঠাব পৰা নাই।",
            "dob": "মোৰ জন্ম তাৰিখ {d}।",
            "addr": "মোৰ ঠিকনা {a}।",
            "id": "মোৰ পেন নম্বৰ {i}।",
            "sens": "মোৰ চাকৰি গ'ল, ঋণৰ কিস্তি দিব পৰা নাই।",
            "clean": ["ৰোমিং কিমান খৰচ হ'ব?", "মোৰ বিল কিয় বেছি আহিছে?", "নতুন ছিম কেনেকৈ পাম?"],
            "neg": ["বেলেঞ্চৰ বাবে *199# ডায়েল কৰক।", "আজিৰ বিনিময় হাৰ ৮৩.২ টকা।"],
        },
    ),
    Lang(
        "ml",
        "IN",
        pick(["അനിൽ", "ലക്ഷ്മി", "സുരേഷ്", "ദിവ്യ", "രാജീവ്"], ["നായർ", "മേനോൻ", "പിള്ള", "കുര്യൻ", "വർഗീസ്"]),
        dob_fmt("{d}/{m}/{y}"),
        street(
            ["എം.ജി. റോഡ്", "സ്റ്റേഷൻ റോഡ്"],
            ["കൊച്ചി 682011", "തൃശ്ശൂർ 680001", "കോഴിക്കോട് 673001"],
            "വീട് നമ്പർ {n}, {s}, {t}",
        ),
        make_aadhaar,
        {
            "name": "നമസ്കാരം, എന്റെ പേര് {n} ആണ്.",
            "phone": "എന്റെ നമ്പർ {p} ആണ്, ഇത് പോർട്ട് ചെയ്യണം.",
            "dob": "എന്റെ ജനനത്തീയതി {d} ആണ്.",
            "addr": "എന്റെ വിലാസം {a}.",
            "id": "എന്റെ ആധാർ നമ്പർ {i}.",
            "sens": "ഗൾഫിലെ ജോലി പോയി, വീട്ടുവായ്പ അടയ്ക്കാൻ പറ്റുന്നില്ല.",
            "clean": ["റോമിംഗ് പാക്കിന് എത്ര രൂപ?", "ബിൽ എന്തുകൊണ്ട് കൂടി?", "ഇ-സിം എങ്ങനെ ആക്ടിവേറ്റ് ചെയ്യാം?"],
            "neg": ["ബാലൻസ് അറിയാൻ *199# ഡയൽ ചെയ്യുക.", "₹349 പ്ലാനിൽ 28 ദിവസം വാലിഡിറ്റി."],
        },
    ),
    Lang(
        "kn",
        "IN",
        pick(
            ["ಮಂಜುನಾಥ್", "ಕಾವ್ಯಾ", "ರಾಘವೇಂದ್ರ", "ಶ್ವೇತಾ", "ಪ್ರಕಾಶ್"], ["ಗೌಡ", "ಹೆಗ್ಡೆ", "ಶೆಟ್ಟಿ", "ರಾವ್", "ಕುಲಕರ್ಣಿ"]
        ),
        dob_fmt("{d}-{m}-{y}"),
        street(
            ["ಎಂ.ಜಿ. ರಸ್ತೆ", "ಗಾಂಧಿ ಬಜಾರ್"],
            ["ಬೆಂಗಳೂರು 560004", "ಮೈಸೂರು 570001", "ಹುಬ್ಬಳ್ಳಿ 580020"],
            "ಮನೆ ಸಂಖ್ಯೆ {n}, {s}, {t}",
        ),
        make_aadhaar,
        {
            "name": "ನಮಸ್ಕಾರ, ನನ್ನ ಹೆಸರು {n}.",
            "phone": "ನನ್ನ ನಂಬರ್ {p}, ಸಿಮ್ ಬ್ಲಾಕ್ ಆಗಿದೆ.",
            "dob": "ನನ್ನ ಜನ್ಮ ದಿನಾಂಕ {d}.",
            "addr": "ನನ್ನ ವಿಳಾಸ {a}.",
            "id": "ನನ್ನ ಆಧಾರ್ ಸಂಖ್ಯೆ {i}.",
            "sens": "ನನ್ನ ತಾಯಿಗೆ ಕ್ಯಾನ್ಸರ್ ಇದೆ, ಆಸ್ಪತ್ರೆ ಬಿಲ್ ಕಟ್ಟಲು ಸಾಲ ಬೇಕು.",
            "clean": ["ರೋಮಿಂಗ್ ಪ್ಯಾಕ್ ಎಷ್ಟು?", "ನನ್ನ ಬಿಲ್ ಯಾಕೆ ಜಾಸ್ತಿ ಬಂದಿದೆ?", "ಹೊಸ ಸಿಮ್ ಹೇಗೆ ಪಡೆಯುವುದು?"],
            "neg": ["ಬ್ಯಾಲೆನ್ಸ್‌ಗಾಗಿ *121# ಡಯಲ್ ಮಾಡಿ.", "₹199 ಪ್ಲಾನ್‌ನಲ್ಲಿ ದಿನಕ್ಕೆ 1GB."],
        },
    ),
    Lang(
        "km",
        "KH",
        pick(["ដារ៉ា", "សុភា", "វិចិត្រ", "ស្រីមុំ", "ពិសិដ្ឋ"], ["សុខ", "ចាន់", "គឹម", "ហេង", "លី"], "fg"),
        dob_fmt("{d}/{m}/{y}", script="khmer"),
        street(["ផ្លូវ ២៧១", "មហាវិថីព្រះនរោត្តម"], ["ភ្នំពេញ", "សៀមរាប", "បាត់ដំបង"], "ផ្ទះលេខ {n} {s} {t}"),
        None,
        {
            "name": "ជំរាបសួរ ខ្ញុំឈ្មោះ {n}។",
            "phone": "លេខទូរស័ព្ទខ្ញុំគឺ {p}។",
            "dob": "ខ្ញុំកើតថ្ងៃទី {d}។",
            "addr": "អាសយដ្ឋានខ្ញុំ {a}។",
            "sens": "ខ្ញុំជំពាក់បំណុលធនាគារ ហើយខ្ញុំឈឺមិនអាចធ្វើការបាន។",
            "clean": ["កញ្ចប់អ៊ីនធឺណិតប្រចាំខែតម្លៃប៉ុន្មាន?", "ហេតុអ្វីលុយក្នុងគណនីខ្ញុំអស់?", "តើខ្ញុំអាចទិញស៊ីមថ្មីនៅឯណា?"],
            "neg": ["ចុច *097# ដើម្បីពិនិត្យសមតុល្យ។", "អត្រាប្តូរប្រាក់ថ្ងៃនេះ ៤១០០ រៀល ក្នុងមួយដុល្លារ។"],
        },
    ),
    Lang(
        "jv",
        "ID",
        faker_name("id_ID"),
        dob_fmt("{d}-{m}-{y}"),
        street(
            ["Jl. Malioboro", "Jl. Slamet Riyadi", "Jl. Pemuda"],
            ["Yogyakarta 55213", "Surakarta 57141", "Semarang 50132"],
            "{s} No. {n}, {t}",
        ),
        make_nik,
        {
            "name": "Sugeng siang, kula {n}.",
            "phone": "Nomer kula {p}, pulsa kula ilang.",
            "dob": "Kula lair tanggal {d}.",
            "addr": "Alamat kula {a}.",
            "id": "NIK kula {i}.",
            "sens": "Bojo kula lagi mlebu rumah sakit, kula ora bisa nyicil utang.",
            "clean": [
                "Paket data sesasi pinten regine?",
                "Kenging menapa tagihan kula mundhak?",
                "Kados pundi carane ngaktifake eSIM?",
            ],
            "neg": ["Pencet *888# kanggo ngecek pulsa.", "Paket Combo 30GB regane Rp 85.000."],
        },
    ),
    Lang(
        "ceb",
        "PH",
        pick(
            ["Rodrigo", "Marites", "Kristine", "Rey", "Analyn"],
            ["Cabahug", "Villarin", "Ybañez", "Lapitan", "Sarmiento"],
        ),
        dob_fmt(
            "{M} {dd}, {y}",
            [
                "Enero",
                "Pebrero",
                "Marso",
                "Abril",
                "Mayo",
                "Hunyo",
                "Hulyo",
                "Agosto",
                "Septiyembre",
                "Oktubre",
                "Nobyembre",
                "Disyembre",
            ],
        ),
        street(
            ["Osmeña Blvd.", "Colon St.", "Mango Ave."],
            ["Cebu City 6000", "Mandaue City 6014", "Lapu-Lapu City 6015"],
            "{n} {s}, {t}",
        ),
        None,
        {
            "name": "Maayong buntag, ako si {n}.",
            "phone": "Ang akong numero kay {p}.",
            "dob": "Natawo ko niadtong {d}.",
            "addr": "Nagpuyo ko sa {a}.",
            "sens": "Namatay akong bana niadtong miaging bulan ug wala koy ikabayad sa utang.",
            "clean": [
                "Pila ang promo para sa data?",
                "Nganong taas kaayo akong bill?",
                "Unsaon pag-unlock sa akong cellphone?",
            ],
            "neg": ["I-dial ang *143# para sa promos.", "Ang GoSURF50 kay 50 pesos lang."],
        },
    ),
    Lang(
        "so",
        "SO",
        pick(
            ["Cabdi", "Faadumo", "Maxamed", "Hodan", "Axmed"],
            ["Cali Warsame", "Jaamac Nuur", "Faarax Yuusuf", "Xasan Aadan", "Ismaaciil Cumar"],
        ),
        dob_fmt("{d}/{m}/{y}"),
        street(
            ["Wadada Makka Al-Mukarama", "Wadada Maka"],
            ["Muqdisho", "Hargeysa", "Boosaaso"],
            "{s}, guriga {n}, {t}",
        ),
        None,
        {
            "name": "Asalaamu calaykum, magacaygu waa {n}.",
            "phone": "Lambarkaygu waa {p}, lacagta EVC Plus ma iman.",
            "dob": "Waxaan dhashay {d}.",
            "addr": "Cinwaankaygu waa {a}.",
            "sens": "Aabahay wuu dhintay, waxaan rabaa in aan xisaabtiisa xiro.",
            "clean": [
                "Immisa ayay ku kacaysaa xirmada internetka?",
                "Sideen lacag ugu diraa Kenya?",
                "Maxaa lacagtaydu u yaraatay?",
            ],
            "neg": [
                "Garaac *770# si aad u hubiso haraaga.",
                "Qiimaha sarifka waa 1 doolar = 570 shilin.",
            ],
        },
    ),
    Lang(
        "om",
        "ET",
        pick(
            ["Caalaa", "Lensa", "Gammachuu", "Hawwii", "Tolasa"],
            ["Gurmeessaa", "Dabalaa", "Tolaa", "Fayyisaa", "Lammii"],
        ),
        dob_fmt("{d}/{m}/{y}"),
        street(
            ["Daandii Finfinnee", "Daandii Adaamaa"],
            ["Adaamaa", "Jimmaa", "Naqamtee"],
            "{s}, mana {n}, {t}",
        ),
        None,
        {
            "name": "Akkam, maqaan koo {n}.",
            "phone": "Lakkoofsi bilbila koo {p}.",
            "dob": "Guyyaan dhaloota koo {d}.",
            "addr": "Teessoon koo {a}.",
            "sens": "Dhukkuba sukkaaraan qabama, liqaa kaffaluu hin dandeenye.",
            "clean": [
                "Paakejiin interneetii meeqa?",
                "Maaliif herregni koo hir'ate?",
                "SIM haaraa akkamitti argadha?",
            ],
            "neg": ["Haftee beekuuf *804# bilbilaa.", "Kaffaltiin ergaa qarshii 15."],
        },
    ),
    Lang(
        "ti",
        "ER",
        pick(["ሰለሞን", "ሳባ", "ዳዊት", "ሉዋም", "ኣማኒኤል"], ["ተስፋይ", "ገብረሂወት", "ሃብተ", "መሓሪ", "ኪዳነ"]),
        dob_fmt("{d}/{m}/{y}"),
        street(["ጎደና ሓርነት", "ጎደና ሰማእታት"], ["ኣስመራ", "ምጽዋዕ", "ከረን"], "{s} ቁ. {n}, {t}"),
        None,
        {
            "name": "ሰላም፡ ሽመይ {n} እዩ።",
            "phone": "ቁጽሪ ተሌፎነይ {p} እዩ።",
            "dob": "ዕለተ ልደተይ {d} እዩ።",
            "addr": "ኣድራሻይ {a} እዩ።",
            "sens": "ሓወይ ኣብ ማእሰርቲ ስለ ዘሎ ንጠበቓ ገንዘብ የድልየኒ።",
            "clean": ["ናይ ኢንተርነት ጥቕሊ ክንደይ እዩ?", "ገንዘብ ናብ ስደት ብኸመይ ይለኣኽ?", "ሲም ካርድ ብኸመይ ይረኽብ?"],
            "neg": ["ሚዛን ንምፍላጥ *117# ደውሉ።", "ክፍሊት ምልኣኽ 30 ናቕፋ እዩ።"],
        },
    ),
    Lang(
        "ig",
        "NG",
        faker_name("ig_NG"),
        dob_fmt("{d}/{m}/{y}"),
        street(
            ["Zik Avenue", "Ogui Road", "Old Market Road"],
            ["Enugu", "Onitsha", "Owerri"],
            "{n} {s}, {t}",
        ),
        None,
        {
            "name": "Ndewo, aha m bụ {n}.",
            "phone": "Nọmba m bụ {p}, ego m zitere erughị.",
            "dob": "Amụrụ m na {d}.",
            "addr": "Adreesị m bụ {a}.",
            "sens": "Nne m nwụrụ n'izu gara aga, achọrọ m imechi akaụntụ ya.",
            "clean": [
                "Ego ole ka data bundle ahụ bụ?",
                "Gịnị mere ego m ji belata?",
                "Kedu ka m ga-esi nweta SIM ọhụrụ?",
            ],
            "neg": ["Pịa *310# iji lee ego fọdụrụ.", "Ọnụ ahịa dollar taa bụ ₦1,520."],
        },
    ),
    Lang(
        "sn",
        "ZW",
        pick(
            ["Tatenda", "Rutendo", "Tendai", "Chipo", "Farai"],
            ["Moyo", "Mutasa", "Sibanda", "Chiweshe", "Makoni"],
        ),
        dob_fmt("{d}/{m}/{y}"),
        street(
            ["Samora Machel Avenue", "Herbert Chitepo Street"],
            ["Harare", "Mutare", "Gweru"],
            "{n} {s}, {t}",
        ),
        None,
        {
            "name": "Mhoro, zita rangu ndinonzi {n}.",
            "phone": "Nhamba yangu ndeye {p}, mari yeEcoCash haina kusvika.",
            "dob": "Ndakazvarwa musi wa {d}.",
            "addr": "Kero yangu ndeye {a}.",
            "sens": "Ndine chirwere cheshuga uye handichakwanisi kubhadhara chikwereti.",
            "clean": [
                "Data bundle rinodhura marii?",
                "Ndingatumira sei mari kuSouth Africa?",
                "Ndingawana sei SIM itsva?",
            ],
            "neg": ["Dhaira *151# kuti uone mari yasara.", "Mutero wekutumira mari i2 muzana."],
        },
    ),
    Lang(
        "xh",
        "ZA",
        pick(
            ["Lwandile", "Nosipho", "Siyabonga", "Ayanda", "Luvuyo"],
            ["Ntshona", "Mgqibi", "Gqirana", "Sotyato", "Mahlathi"],
        ),
        dob_fmt("{d}/{m}/{y}"),
        street(
            ["Oxford Street", "Buffalo Street", "Govan Mbeki Avenue"],
            ["East London 5201", "Mthatha 5100", "Gqeberha 6001"],
            "{n} {s}, {t}",
        ),
        make_za,
        {
            "name": "Molo, igama lam ndingu {n}.",
            "phone": "Inombolo yam ngu {p}.",
            "dob": "Ndazalwa ngomhla we {d}.",
            "addr": "Idilesi yam ngu {a}.",
            "id": "Inombolo yam yesazisi ngu {i}.",
            "sens": "Ndiphulukene nomsebenzi kwaye andikwazi ukuhlawula ityala lam.",
            "clean": [
                "Idatha ibiza malini ngenyanga?",
                "Kutheni ibhili yam iphezulu?",
                "Ndingayifumana njani iSIM entsha?",
            ],
            "neg": [
                "Cofa *136# ukujonga imali eseleyo.",
                "Ixabiso lokutshintsha liyi R18,40 kwidola.",
            ],
        },
    ),
    Lang(
        "af",
        "ZA",
        pick(
            ["Pieter", "Annelie", "Jacobus", "Marietjie", "Hendrik"],
            ["van der Merwe", "Botha", "du Plessis", "Pretorius", "Steyn"],
        ),
        dob_fmt(
            "{dd} {M} {y}",
            [
                "Januarie",
                "Februarie",
                "Maart",
                "April",
                "Mei",
                "Junie",
                "Julie",
                "Augustus",
                "September",
                "Oktober",
                "November",
                "Desember",
            ],
        ),
        street(
            ["Kerkstraat", "Voortrekkerweg", "Dorpstraat"],
            ["Stellenbosch 7600", "Pretoria 0002", "Bloemfontein 9301"],
            "{s} {n}, {t}",
        ),
        make_za,
        {
            "name": "Goeiemiddag, dis {n} wat praat.",
            "phone": "My selnommer is {p}.",
            "dob": "Ek is gebore op {d}.",
            "addr": "My adres is {a}.",
            "id": "My ID-nommer is {i}.",
            "sens": "Ek is onder skuldberading en kan nie die afbetaling op die kar maak nie.",
            "clean": [
                "Hoeveel kos roaming in Namibië?",
                "Hoekom is my rekening so hoog?",
                "Hoe aktiveer ek my eSIM?",
            ],
            "neg": ["Skakel *136# vir jou balans.", "Die wisselkoers is R18,40 vir 'n dollar."],
        },
    ),
    Lang(
        "lb",
        "LU",
        faker_name("de_LU"),
        dob_fmt("{d}.{m}.{y}"),
        street(
            ["Rue de la Gare", "Grand-Rue", "Avenue de la Liberté"],
            ["L-1611 Lëtzebuerg", "L-4001 Esch-Uelzecht", "L-9001 Ettelbréck"],
            "{n}, {s}, {t}",
        ),
        None,
        {
            "name": "Moien, hei ass {n}.",
            "phone": "Meng Nummer ass {p}.",
            "dob": "Ech si gebuer den {d}.",
            "addr": "Meng Adress ass {a}.",
            "sens": "Ech hu meng Aarbecht verluer a kann de Prêt net méi bezuelen.",
            "clean": [
                "Wéi vill kascht Roaming an der Schwäiz?",
                "Firwat ass meng Rechnung esou héich?",
                "Wéi aktivéieren ech meng eSIM?",
            ],
            "neg": ["Rufft 1818 un fir Äre Solde.", "De Forfait kascht 19,99 € de Mount."],
        },
    ),
    Lang(
        "is",
        "IS",
        faker_name("is_IS"),
        dob_fmt("{dd}. {M} {y}", ICE),
        street(
            ["Laugavegur", "Hverfisgata", "Skólavörðustígur", "Brekkugata"],
            ["101 Reykjavík", "600 Akureyri", "220 Hafnarfjörður"],
        ),
        make_kennitala,
        {
            "name": "Góðan daginn, þetta er {n}.",
            "phone": "Símanúmerið mitt er {p}.",
            "dob": "Ég er fædd {d}.",
            "addr": "Heimilisfangið mitt er {a}.",
            "id": "Kennitalan mín er {i}.",
            "sens": "Ég er á örorku og get ekki borgað af láninu.",
            "clean": [
                "Hvað kostar reiki í Noregi?",
                "Af hverju er reikningurinn svona hár?",
                "Hvernig virkja ég eSIM?",
            ],
            "neg": ["Hringdu í 1414 til að fá stöðuna.", "Áskriftin kostar 4.990 kr. á mánuði."],
        },
    ),
    Lang(
        "fo",
        "FO",
        pick(
            ["Jógvan", "Rannvá", "Heini", "Sunnvá", "Bárður"],
            ["Joensen", "Poulsen", "Dalsgaard", "Mikkelsen", "Hansen"],
        ),
        dob_fmt("{d}.{m}.{y}"),
        street(
            ["Niels Finsens gøta", "Havnargøta", "Dalavegur"],
            ["100 Tórshavn", "700 Klaksvík", "800 Tvøroyri"],
            "{s} {n}, {t}",
        ),
        None,
        {
            "name": "Góðan dag, hetta er {n}.",
            "phone": "Nummarið hjá mær er {p}.",
            "dob": "Eg eri føddur {d}.",
            "addr": "Bústaðurin hjá mær er {a}.",
            "sens": "Eg eri sjúkrameldaður og kann ikki gjalda lánið.",
            "clean": [
                "Hvat kostar roaming í Danmark?",
                "Hví er rokningin so høg?",
                "Hvussu fái eg nýtt SIM-kort?",
            ],
            "neg": ["Ring 1515 fyri at síggja saldo.", "Áskriftin kostar 199 kr. um mánaðin."],
        },
    ),
    Lang(
        "lv",
        "LV",
        faker_name("lv_LV"),
        dob_fmt("{d}.{m}.{y}"),
        street(
            ["Brīvības iela", "Elizabetes iela", "Lāčplēša iela"],
            ["Rīga, LV-1010", "Liepāja, LV-3401", "Daugavpils, LV-5401"],
            "{s} {n}, {t}",
        ),
        make_lv_code,
        {
            "name": "Labdien, runā {n}.",
            "phone": "Mans numurs ir {p}.",
            "dob": "Esmu dzimusi {d}.",
            "addr": "Mana adrese ir {a}.",
            "id": "Mans personas kods ir {i}.",
            "sens": "Man ir parādi, un mani piedzinēji zvana katru dienu, esmu bez darba.",
            "clean": [
                "Cik maksā viesabonēšana Norvēģijā?",
                "Kāpēc rēķins ir tik liels?",
                "Kā aktivizēt eSIM?",
            ],
            "neg": [
                "Zvaniet *120# lai uzzinātu atlikumu.",
                "Tarifs Bezlimits 15 maksā 15 € mēnesī.",
            ],
        },
    ),
    Lang(
        "mn",
        "MN",
        pick(
            ["Батбаяр", "Оюунчимэг", "Ганбаатар", "Сарантуяа", "Төмөрбаатар"],
            ["Доржийн", "Цэрэнгийн", "Батын", "Гантөмөрийн", "Нямаагийн"],
            "fg",
        ),
        dob_fmt("{y} оны {mm} сарын {dd}"),
        street(
            ["Энхтайваны өргөн чөлөө", "Сөүлийн гудамж"],
            ["Улаанбаатар", "Дархан", "Эрдэнэт"],
            "{t}, {s}, {n}-р байр",
        ),
        None,
        {
            "name": "Сайн байна уу, намайг {n} гэдэг.",
            "phone": "Миний дугаар {p}.",
            "dob": "Би {d}-нд төрсөн.",
            "addr": "Миний хаяг {a}.",
            "sens": "Би өвчтэй болоод зээлээ төлж чадахгүй байна.",
            "clean": [
                "Роуминг хэд вэ?",
                "Яагаад төлбөр өндөр гарсан бэ?",
                "Шинэ сим карт яаж авах вэ?",
            ],
            "neg": ["Үлдэгдлээ шалгахдаа *1411# залгана уу.", "Ханш өнөөдөр 3450 төгрөг."],
        },
    ),
    Lang(
        "zh_sg",
        "SG",
        faker_name("zh_CN"),
        dob_fmt("{y}年{mm}月{dd}日"),
        street(
            ["宏茂桥4道", "淡滨尼12街", "裕廊西91街"],
            ["新加坡560123", "新加坡520456", "新加坡640789"],
            "{s}第{n}座, {t}",
        ),
        make_ric,
        {
            "name": "你好，我是{n}。",
            "phone": "我的手机号码是{p}。",
            "dob": "我的出生日期是{d}。",
            "addr": "我的地址是{a}。",
            "id": "我的身份证号码是{i}。",
            "sens": "我最近失业了，信用卡欠款还不上，想申请分期。",
            "clean": ["去马来西亚漫游怎么收费？", "这个月的账单为什么这么高？", "怎样激活eSIM？"],
            "neg": ["请拨*100#查询余额。", "今天汇率是1新元兑5.35人民币。"],
        },
    ),
    Lang(
        "bo",
        "CN",
        pick(
            ["བསྟན་འཛིན་", "ཚེ་རིང་", "སྒྲོལ་མ་", "བཀྲ་ཤིས་", "པད་མ་"],
            ["དོན་གྲུབ", "ཆོས་སྒྲོན", "ལྷ་མོ", "རྡོ་རྗེ", "དབང་མོ"],
            "gf",
            "",
        ),
        dob_fmt("{y}/{m}/{d}", script="tibetan"),
        street(["བཀྲ་ཤིས་ལམ་", "ནོར་གླིང་ལམ་"], ["ལྷ་ས", "གཞིས་ཀ་རྩེ"], "{t} {s} ཁང་པ་ {n}"),
        None,
        {
            "name": "བཀྲ་ཤིས་བདེ་ལེགས། ངའི་མིང་ལ་{n}ཟེར།",
            "phone": "ངའི་ཁ་པར་ཨང་གྲངས་ནི་{p}རེད།",
            "dob": "ངའི་སྐྱེས་ཚེས་{d}རེད།",
            "addr": "ངའི་ཁ་བྱང་{a}རེད།",
            "sens": "ངའི་ཨ་ཕ་གྲོངས་སོང་། ཁོང་གི་ཁ་པར་མཚམས་འཇོག་བྱེད་འདོད།",
            "clean": ["དྲ་རྒྱའི་ཐུམ་སྒྲིལ་གོང་ཚད་ག་ཚོད་རེད།", "ངའི་ཐོ་ཁྲ་ག་རེ་བྱས་ནས་མཐོ་པོ་རེད།"],
            "neg": ["ལྷག་འབབ་ལྟ་བར་*100#ལ་ཁ་པར་གཏོང་རོགས།"],
        },
    ),
]


#: A closing line per language: clean content.
THANKS = {
    "pt_br": "Obrigado, era só isso.",
    "es_mx": "Muchas gracias, es todo.",
    "es_pe": "Gracias, señorita, muy amable.",
    "it": "Grazie mille, buona giornata.",
    "ru": "Спасибо, это всё.",
    "be": "Дзякуй, гэта ўсё.",
    "ky": "Рахмат, болду.",
    "tg": "Ташаккур, ҳамааш ҳамин.",
    "ps": "مننه، نور څه نه.",
    "sd": "مهرباني، بس ايترو.",
    "or": "ଧନ୍ୟବାଦ, ଏତିକି।",
    "as": "ধন্যবাদ, এইখিনিয়েই।",
    "ml": "നന്ദി, അത്രയേ ഉള്ളൂ.",
    "kn": "ಧನ್ಯವಾದ, ಅಷ್ಟೇ.",
    "km": "អរគុណ គ្រាន់តែប៉ុណ្ណឹង។",
    "jv": "Matur nuwun, sampun cekap.",
    "ceb": "Salamat kaayo, mao ra to.",
    "so": "Mahadsanid, waa intaas.",
    "om": "Galatoomi, kana qofa.",
    "ti": "የቐንየለይ፡ እዚ ጥራይ እዩ።",
    "ig": "Daalụ, ọ bụ naanị ya.",
    "sn": "Ndatenda, ndizvo chete.",
    "xh": "Enkosi, kulungile.",
    "af": "Baie dankie, dis al.",
    "lb": "Merci, dat wier et.",
    "is": "Takk fyrir, þetta var allt.",
    "fo": "Takk fyri, hatta var alt.",
    "lv": "Paldies, tas arī viss.",
    "mn": "Баярлалаа, ингээд болоо.",
    "zh_sg": "谢谢，就这样。",
    "bo": "ཐུགས་རྗེ་ཆེ། དེ་ཙམ་རེད།",
}

EVERYDAY = [
    "Can you tell me what time the store on Main Street opens on Sunday?",
    "I'd like to book a table for four at seven thirty.",
    "Is the pharmacy still open, or should I go tomorrow?",
    "My parcel says delivered but it isn't here.",
    "Could you repeat that more slowly, please?",
    "I'll call back after lunch, thanks.",
    "What's the weather going to be like on Saturday?",
    "Sorry, I was on the other line. Where were we?",
    "Do you have the same jacket in a medium?",
    "How much is a return ticket to the city centre?",
]


# ---------------------------------------------------------------- rows

TEXT_KEYS = [
    ("attribute", "transcript"), ("attribute", "lk.user_transcript"), ("event", "lk.user_input"),
    ("attribute", "gen_ai.prompt.0.content"), ("attribute", "input"), ("attribute", "getpatter.stt.transcript"),
    ("attribute", "llm.input_messages.0.message.content"), ("event", "text"), ("attribute", "input.value"),
]  # fmt: skip
TOOL_KEYS = [
    ("attribute", "tool.arguments"), ("attribute", "gen_ai.tool.call.arguments"), ("attribute", "lk.function_tool.arguments"),
    ("attribute", "tool.result"), ("attribute", "gen_ai.tool.call.result"), ("event", "lk.function_tool.output"),
]  # fmt: skip


def said(cls: str, text: str, kinds: tuple[str, ...] = ()) -> None:
    """A conversation row under one of the transcript and message keys (some as chat messages)."""
    site, key = R.choice(TEXT_KEYS)
    if R.random() < 0.15:
        key, text = (
            "gen_ai.input.messages",
            json.dumps([{"role": "user", "content": text}], ensure_ascii=False),
        )
    add("free_text." + cls, site, key, text, kinds)


def tool(cls: str, body: dict[str, Any], kinds: tuple[str, ...] = ()) -> None:
    """A tool-call argument or result row."""
    site, key = R.choice(TOOL_KEYS)
    add("tool_payload." + cls, site, key, json.dumps(body, ensure_ascii=False), kinds)


def languages() -> None:
    for lg in LANGS:
        t, c = lg.t, lg.code
        said("name." + c, t["name"].format(n=lg.name()), ("name",))
        said("phone." + c, t["phone"].format(p=phone(lg.region)), ("phone",))
        said("dob." + c, t["dob"].format(d=lg.dob()), ("dob",))
        if lg.addr is not None:
            said("address." + c, t["addr"].format(a=lg.addr()), ("address",))
        if lg.nid is not None:
            said("national_id." + c, t["id"].format(i=lg.nid()), ("national_id",))
        said("sensitive." + c, t["sens"], ("sensitive",))
        for s in t["clean"]:
            said("utterance." + c, s)
        for s in t["neg"]:
            said("hard_negative." + c, s)
        said("utterance." + c, THANKS[c])
        # a name and a line together, as a caller opens a porting or transfer call
        said(
            "name_phone." + c,
            t["name"].format(n=lg.name()) + " " + t["phone"].format(p=intl(lg.region)),
            ("name", "phone"),
        )


EN = fk("en_US")
GB = fk("en_GB")


def email(name: str | None = None) -> str:
    n = name or EN.name()
    local = ".".join(p.lower() for p in n.split()[-2:] if p.isalpha())
    return (
        (local or "user")
        + R.choice(["", str(R.randint(1, 99))])
        + "@"
        + R.choice(
            ["example.com", "example.org", "example.net", "mail.example.co.za", "correo.example.mx"]
        )
    )


def ssn_form() -> str:
    return R.choice([lambda: make_ssn("-"), lambda: make_ssn(" "), lambda: make_ssn("")])()


def card_form() -> str:
    c = R.choice(TEST_CARDS) if R.random() < 0.6 else " ".join(textwrap4(make_card()))
    return R.choice([c, c.replace(" ", "-"), c.replace(" ", ""), c.replace(" ", ".")])


def textwrap4(s: str) -> list[str]:
    return [s[i : i + 4] for i in range(0, len(s), 4)]


SPOKEN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken(s: str) -> str:
    return " ".join(SPOKEN[int(c)] for c in s if c.isdigit())


BBAN = {
    "LV": "AAAA" + "N" * 13,
    "IS": "N" * 22,
    "FO": "N" * 14,
    "LU": "N" * 16,
    "DE": "N" * 18,
    "PK": "AAAA" + "N" * 16,
    "IT": "A" + "N" * 22,
}


def iban(cc: str | None = None, grouped: bool = True) -> str:
    cc = cc or R.choice(sorted(BBAN))

    def one() -> str:
        bban = "".join(
            R.choice(string.ascii_uppercase) if ch == "A" else R.choice(string.digits)
            for ch in BBAN[cc]
        )
        return cc + std_iban.calc_check_digits(cc + "00" + bban) + bban

    v = until(one, std_iban.is_valid)
    return std_iban.format(v) if grouped else v


def iccid() -> str:
    b = "89" + R.choice(["44", "01", "55", "7", "91"]) + digits(14)
    b = b[:18]
    return b + luhn.calc_check_digit(b)


def imei() -> str:
    b = R.choice(["35", "86", "01"]) + digits(12)
    return b + luhn.calc_check_digit(b)


def iso_dob() -> str:
    y, m, d = birth()
    return f"{y}-{m:02d}-{d:02d}"


def telecom() -> None:
    for s in EVERYDAY:
        said("everyday", s)
    for _ in range(7):
        r = R.choice(["US", "GB", "BR", "ZA", "IS", "LV", "KE"])
        tool(
            "port_request",
            {
                "msisdn": e164(r),
                "donor_operator": R.choice(["Vodacom", "Claro", "Tele2", "Síminn", "Safaricom"]),
                "port_out_pin": digits(R.choice([4, 6, 8])),
                "account_holder": fk(R.choice(["en_US", "pt_BR", "lv_LV", "is_IS"])).name(),
            },
            ("name", "phone", "secret"),
        )
    for _ in range(4):
        said(
            "port_pin",
            R.choice(
                [
                    "My port-out PIN is {x}, the old carrier just texted it.",
                    "The transfer code they gave me is {x}.",
                    "Number transfer PIN: {x}. Please don't lose it this time.",
                ]
            ).format(x=R.choice([digits(6), token(8, string.ascii_uppercase + string.digits)])),
            ("secret",),
        )
    for _ in range(3):
        said(
            "port_lines",
            f"Move {phone('US')} onto my new account and keep {phone('US')} as the second line.",
            ("phone",),
        )
    for _ in range(8):
        tool(
            "sim_activation",
            {
                "iccid": iccid(),
                "imei": imei(),
                "plan": R.choice(["Unlimited Plus", "Prepaid 25", "Travel 5GB", "Family Share 4"]),
                "apn": R.choice(
                    ["internet", "fast.t-mobile.com", "wap.cingular", "live.vodafone.com"]
                ),
            },
        )
    for _ in range(5):
        said(
            "iccid_readout",
            R.choice(
                [
                    "The ICCID on the card says {x}.",
                    "Okay the SIM number is {x}, it ends in F on the card.",
                    "ICCID {x}, reading it off the tray.",
                ]
            ).format(x=" ".join(textwrap4(iccid()))),
        )
    for _ in range(4):
        said("imei_readout", f"I dialled star hash zero six hash and it shows IMEI {imei()}.")
    for _ in range(4):
        said(
            "esim_email",
            f"Please send the eSIM QR code to {email()} instead of the old address.",
            ("email",),
        )
    for s in [
        "I was in Portugal for four days and got a roaming bill of two hundred and ten dollars.",
        "Why did my bill jump from forty to ninety this month?",
        "Can you unlock my phone so I can use a local SIM when I travel?",
        "My eSIM stopped working after the software update.",
        "Is the international day pass charged per day or per trip?",
        "I want to keep my number but switch to the prepaid plan.",
        "The text said my data would be throttled after 50 gigs, is that right?",
    ]:
        said("telecom_clean", s)
    for key in [
        "telnyx.from",
        "twilio.from",
        "sip.from_user",
        "getpatter.caller.number",
        "lk.sip.phone_number",
        "phone.number",
    ]:
        add(
            "value.caller_number",
            "attribute",
            key,
            e164(R.choice(["US", "BR", "ZA", "NG", "PH", "IN"])),
            ("phone",),
        )
    add(
        "value.caller_number",
        "attribute",
        "sip.header.from",
        f'"{EN.name()}" <sip:{e164("US")}@pbx.example.com>;tag={hexs(8)}',
        ("name", "phone"),
    )
    add(
        "value.caller_number",
        "attribute",
        "sip.header.p_asserted_identity",
        f"<tel:{e164('GB')}>",
        ("phone",),
    )
    for key, v in [
        ("ussd.code", "*#06#"),
        ("ussd.code", "*121*3#"),
        ("telecom.short_code", "611"),
        ("telecom.short_code", "*86"),
        ("apn.name", "internet.mtn.co.za"),
        ("apn.name", "wholesale"),
        ("plan.name", "Unlimited Max 5G"),
        ("plan.name", "Prepago Amigo 200"),
        ("tariff.id", "TRF-ROAM-EU-07"),
        ("roaming.zone", "Zone 2 (Americas)"),
        ("sim.type", "eSIM"),
        ("imei.tac", "35209900"),
    ]:
        add("value.operator_code", "attribute", key, v)
    for key, region, t in [
        ("org.support_phone", "US", PhoneNumberType.TOLL_FREE),
        ("agent.phone_number", "GB", PhoneNumberType.FIXED_LINE),
        ("trunk.did", "ZA", PhoneNumberType.FIXED_LINE),
        ("org.whatsapp_number", "BR", PhoneNumberType.FIXED_LINE),
        ("twilio.to", "US", PhoneNumberType.TOLL_FREE),
    ]:
        ex = phonenumbers.example_number_for_type(region, t)
        assert ex is not None
        add(
            "value.org_contact",
            "attribute",
            key,
            phonenumbers.format_number(ex, PhoneNumberFormat.E164),
        )
    add("value.org_contact", "resource", "org.support_email", "support@example.com")


def money() -> None:
    for s in [
        "I lost my job in March and I'm three payments behind on the car loan.",
        "I'm on chemotherapy right now and can't work, can we pause the collections?",
        "My husband passed away in October and the account was in his name.",
        "I'm going through bankruptcy, my lawyer said to call you.",
        "I'm in recovery for gambling and I asked the bank to block betting payments.",
        "Since the divorce I've been living on disability benefit only.",
        "I was in hospital for six weeks after the crash, that's why I missed the payments.",
    ]:
        said("hardship", s, ("sensitive",))
    for _ in range(3):
        said(
            "hardship_named",
            f"This is {EN.name()}, I'm calling because I've been off sick with depression and fell behind on the rent.",
            ("name", "sensitive"),
        )
    for _ in range(7):
        loc = R.choice(["en_US", "es_MX", "pt_BR"])
        tool(
            "loan_application",
            {
                "applicant": fk(loc).name(),
                "date_of_birth": iso_dob(),
                "ssn": make_ssn("-"),
                "employer": EN.company(),
                "monthly_income": R.randint(18, 90) * 100,
                "existing_debt": R.randint(0, 40) * 250,
            },
            ("dob", "name", "sensitive", "ssn"),
        )
    for _ in range(6):
        said(
            "ssn",
            R.choice(
                [
                    "My social is {x}.",
                    "Social security number {x}, yes.",
                    "It's {x}, that's my SSN.",
                ]
            ).format(x=ssn_form()),
            ("ssn",),
        )
    for _ in range(2):
        said("ssn_spoken", f"My social is {spoken(make_ssn(''))}.", ("ssn",))
    for key in ["kyc.ssn", "applicant.tax_id"]:
        add("value.ssn", "attribute", key, make_ssn("-"), ("ssn",))
    # direct debits
    for _ in range(8):
        loc = R.choice(["de_DE", "it_IT", "lv_LV", "is_IS"])
        tool(
            "direct_debit_mandate",
            {
                "account_holder": fk(loc).name(),
                "iban": iban(),
                "mandate_reference": "MNDT-" + digits(8),
                "frequency": "monthly",
            },
            ("iban", "name"),
        )
    for _ in range(6):
        said(
            "iban",
            R.choice(
                [
                    "My IBAN is {x}.",
                    "Take it from {x} please.",
                    "The account for the direct debit is {x}.",
                ]
            ).format(x=iban(grouped=R.random() < 0.5)),
            ("iban",),
        )
    for key in ["sepa.debtor_iban", "payment.iban", "mandate.iban"]:
        add("value.iban", "attribute", key, iban(grouped=False), ("iban",))
    # bank accounts with their routing codes
    for _ in range(5):
        tool(
            "ach_setup",
            {
                "routing_number": make_aba(),
                "account_number": digits(R.randint(8, 12)),
                "account_type": "checking",
            },
            ("bank_account",),
        )
    for _ in range(3):
        said(
            "sort_code",
            f"Sort code {digits(2)}-{digits(2)}-{digits(2)}, account number {digits(8)}.",
            ("bank_account",),
        )
    for _ in range(2):
        said(
            "bsb", f"BSB {digits(3)}-{digits(3)} and the account is {digits(9)}.", ("bank_account",)
        )
    for _ in range(3):
        said(
            "ifsc",
            f"IFSC {R.choice(['SBIN', 'HDFC', 'ICIC', 'CNRB'])}0{digits(6)}, account {digits(12)}.",
            ("bank_account",),
        )
    for _ in range(3):
        said("clabe", f"Mi CLABE interbancaria es {make_clabe()}.", ("bank_account",))
    # insurance
    for _ in range(4):
        tool(
            "insurance_claim",
            {
                "policy_number": "POL-" + digits(8),
                "claim_number": "CLM-2026-" + digits(6),
                "injury": R.choice(
                    [
                        "whiplash and a fractured wrist",
                        "concussion, two nights in hospital",
                        "torn ligament in left knee",
                    ]
                ),
                "vehicle_damage": R.choice(["rear bumper", "driver door", "windscreen"]),
            },
            ("sensitive",),
        )
    for _ in range(5):
        tool(
            "claim_status",
            {
                "claim_number": "CLM-2026-" + digits(6),
                "status": R.choice(["approved", "in review", "awaiting documents"]),
                "payout": round(R.uniform(100, 5000), 2),
                "currency": R.choice(["USD", "EUR", "ZAR"]),
            },
        )
    for _ in range(3):
        said(
            "claim_number",
            R.choice(
                [
                    "My claim number is CLM-2026-{x}.",
                    "Policy HM-{x}, the one for the car.",
                    "The reference on the letter is CLM-2026-{x}.",
                ]
            ).format(x=digits(6)),
        )
    # pensions
    for s in [
        "My mother died in June and her annuity payments are still coming in.",
        "I retired early on ill-health grounds and my pension was cut.",
    ]:
        said("pension", s, ("sensitive",))
    for s in [
        "When is the pension paid if the date falls on a weekend?",
        "How do I change the bank account my annuity goes to?",
        "What's the tax-free lump sum I can take?",
    ]:
        said("pension_clean", s)
    # remittances and mobile money
    for _ in range(6):
        tool(
            "remittance",
            {
                "sender_msisdn": e164(R.choice(["KE", "ZA", "US"])),
                "receiver_msisdn": e164(R.choice(["SO", "ZW", "NG", "PK"])),
                "receiver_name": fk(R.choice(["ig_NG", "en_US"])).name(),
                "amount": R.randint(20, 500),
                "currency": "USD",
            },
            ("name", "phone"),
        )
    for _ in range(4):
        said(
            "mobile_money",
            f"Send two thousand shillings to {phone('KE')}, it's my sister's M-Pesa.",
            ("phone",),
        )
    for _ in range(4):
        said(
            "mpesa_receipt",
            f"{token(10, string.ascii_uppercase + string.digits)} Confirmed. Ksh{R.randint(1, 9)},{digits(3)}.00 paid to KPLC PREPAID for account 54{digits(9)}. Transaction cost Ksh0.00.",
        )
    for key, v in [
        ("wallet.paybill", "888880"),
        ("fx.rate", 129.45),
        ("transfer.amount", "KES 2,500.00"),
        ("transfer.fee_pct", 1.5),
    ]:
        add("value.amount", "attribute", key, v)
    # crypto exchange support
    for _ in range(5):
        said(
            "seed_phrase",
            f"My recovery words are {seed_words(12)}, can you restore the wallet?",
            ("secret",),
        )
    for _ in range(3):
        said(
            "backup_codes",
            "These are my 2FA backup codes: "
            + ", ".join(f"{digits(4)}-{digits(4)}" for _ in range(4)),
            ("secret",),
        )
    for _ in range(3):
        tool(
            "exchange_ticket",
            {
                "email": email(),
                "wallet": "bc1q" + token(38, "023456789acdefghjklmnpqrstuvwxyz"),
                "issue": "withdrawal pending",
            },
            ("email",),
        )
    for _ in range(4):
        add(
            "value.business_wallet",
            "resource",
            R.choice(["org.deposit_address", "org.donation_address.btc", "org.eth_deposit"]),
            R.choice(["bc1q" + token(38, "023456789acdefghjklmnpqrstuvwxyz"), "0x" + hexs(40)]),
        )
    for _ in range(4):
        add(
            "value.tx_hash",
            "attribute",
            R.choice(["crypto.tx_hash", "withdrawal.txid"]),
            R.choice(["0x", ""]) + hexs(64),
        )
    for s in [
        "What's a seed phrase and why do people keep asking me for it?",
        "The withdrawal fee shows 0.0005 BTC, is that normal?",
        "How long do ERC-20 deposits take to confirm?",
    ]:
        said("crypto_clean", s)


def accounts() -> None:
    for _ in range(6):
        said(
            "login_email",
            R.choice(
                [
                    "My login is {e}.",
                    "I sign in with {e} but the reset link never comes.",
                    "Username is {e}, I think.",
                ]
            ).format(e=email()),
            ("email",),
        )
    for key in ["user.email", "portal.login"]:
        add("value.email", "attribute", key, email(), ("email",))
    for _ in range(2):
        tool("account_lookup", {"email": email(), "plan": "Unlimited Plus"}, ("email",))
    for _ in range(4):
        said(
            "security_answer",
            R.choice(
                [
                    "The answer to my security question is {x}.",
                    "My memorable word is {x}.",
                    "Secret answer: {x}.",
                ]
            ).format(x=R.choice(["Pretorius", "blue tractor", "Rover1998", "Sunnyside", "gecko"])),
            ("secret",),
        )
    for _ in range(4):
        said(
            "password",
            f"My password is {token(3, string.ascii_uppercase)}{token(5, string.ascii_lowercase)}{digits(3)}{R.choice('!#$%')} if that helps.",
            ("secret",),
        )
    for s in [
        "My password hint just says 'first car', does that help you?",
        "I don't remember which security question I picked.",
    ]:
        said("password_hint", s)
    for _ in range(6):
        said(
            "api_key",
            R.choice(
                [
                    "Here's the key I'm using: {x}",
                    "I pasted {x} into the dashboard and it says unauthorized.",
                    "The integration uses {x}, is it revoked?",
                ]
            ).format(x=secret()),
            ("secret",),
        )
    for _ in range(4):
        add(
            "value.cookie",
            "attribute",
            R.choice(["http.request.header.cookie", "support_bundle.cookie"]),
            f"session_id={token(32)}; csrftoken={token(32)}",
            ("secret",),
        )
    for key in ["http.request.header.authorization", "http.request.header.x-api-key"]:
        add(
            "value.auth_header",
            "attribute",
            key,
            ("Bearer " if "auth" in key else "") + secret(),
            ("secret",),
        )
    for _ in range(6):
        ip = make_ip()
        tool(
            "uploaded_log",
            {
                "file": "portal.log",
                "excerpt": f'{ip} - - [07/Dec/2026:10:{R.randint(10, 59)}:{R.randint(10, 59)} +0000] "POST /api/v2/login HTTP/1.1" 401 312',
            },
            ("ip",),
        )
    for key in [
        "http.request.header.x-forwarded-for",
        "client.address",
        "http.request.header.cf-connecting-ip",
        "http.request.header.x-real-ip",
        "http.client_ip",
    ]:
        add("value.client_ip", "attribute", key, make_ip(), ("ip",))
    for _ in range(3):
        ip = str(ipaddress.IPv4Address(R.randint(0x01000000, 0xDFFFFFFF)))
        while not ipaddress.ip_address(ip).is_global:
            ip = str(ipaddress.IPv4Address(R.randint(0x01000000, 0xDFFFFFFF)))
        add(
            "value.ice_candidate",
            "event",
            "webrtc.ice.candidate",
            f"candidate:{digits(9)} 1 udp {R.randint(1677000000, 1686052607)} {ip} {R.randint(40000, 60000)} typ srflx raddr 192.168.1.{R.randint(2, 250)} rport {R.randint(40000, 60000)}",
            ("ip",),
        )
    said("ip_spoken", f"The portal says my IP {make_ip()} is blocked.", ("ip",))
    for key, v in [
        ("config.example_key", "AKIAIOSFODNN7EXAMPLE"),
        ("docs.example_key", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
        ("llm.api_key", "sk-…a9Zq"),
        ("env.OPENAI_API_KEY", "${OPENAI_API_KEY}"),
        ("http.request.header.authorization", "Bearer [REDACTED]"),
        ("support_bundle.cookie", "session_id=<redacted>"),
        ("payment.card_masked", "**** **** **** 4242"),
        ("payment.card_masked", "•••• 1117"),
        ("account.iban_masked", "LV** **** **** ***** 4821"),
        ("account.number_masked", "XXXXXX7731"),
        ("user.ssn", "***-**-6789"),
        ("server.address", "10.12.0.4"),
        ("net.host.ip", "203.0.113.17"),
        ("http.server.ip", "2001:db8::25"),
        ("portal.user_id", "usr_" + hexs(24)),
        ("session.id", hexs(32)),
    ]:
        add("value.hard_negative", "attribute", key, v)
    for s in [
        "The caller said their number was [PHONE_NUMBER] and their card was <CREDIT_CARD>.",
        "Customer {{customer_name}} asked to update the IBAN on file.",
        "My email is [REDACTED] and my account was locked.",
    ]:
        said("redacted", s)
    for s in [
        "How do I reset my password if I no longer have access to my email?",
        "Where do I find my API key in the developer console?",
        "The portal keeps logging me out every five minutes.",
        "Can I have two-factor codes sent by text instead of the app?",
        "I need the invoice for October as a PDF.",
        "What does the error 'session expired' mean on the billing page?",
    ]:
        said("accounts_clean", s)


def cards_and_more() -> None:
    for _ in range(8):
        said(
            "card",
            R.choice(
                [
                    "Card number {x}, expiry 12/29.",
                    "Use the card ending... actually the full number is {x}.",
                    "It's {x}, the blue one.",
                ]
            ).format(x=card_form()),
            ("card",),
        )
    for _ in range(3):
        said("card_spoken", f"The card is {spoken(R.choice(TEST_CARDS))}.", ("card",))
    for _ in range(4):
        tool(
            "payment",
            {
                "card_number": card_form(),
                "exp": f"{R.randint(1, 12):02d}/{R.randint(27, 31)}",
                "amount": round(R.uniform(5, 300), 2),
            },
            ("card",),
        )
    for key in ["payment.card_number", "billing.pan"]:
        add("value.card", "attribute", key, R.choice(TEST_CARDS).replace(" ", ""), ("card",))
    # encoded bodies are labelled with what they decode to
    for _ in range(3):
        body = json.dumps({"caller": EN.name(), "callback": e164("US")})
        add(
            "tool_payload.webhook_base64",
            "attribute",
            "http.request.body",
            base64.b64encode(body.encode()).decode(),
            ("name", "phone"),
        )
    for _ in range(2):
        add(
            "tool_payload.webhook_urlencoded",
            "attribute",
            "http.request.body",
            urllib.parse.urlencode(
                {"From": e164("US"), "Body": "STOP", "AccountSid": "AC" + hexs(32)}
            ),
            ("phone",),
        )
    for _ in range(2):
        body = json.dumps({"event": "plan_changed", "plan": "Travel 5GB", "amount": 15.0})
        add(
            "tool_payload.webhook_base64",
            "attribute",
            "http.request.body",
            base64.b64encode(body.encode()).decode(),
        )
    # addresses and dates of birth in English tool payloads
    for _ in range(4):
        tool(
            "shipping",
            {
                "ship_to": EN.name(),
                "address": f"{EN.street_address()}, {EN.city()}, {EN.state_abbr()} {EN.postcode()}",
                "item": "SIM kit",
            },
            ("address", "name"),
        )
    for _ in range(2):
        add(
            "value.address",
            "attribute",
            "billing.address",
            GB.address().replace("\n", ", "),
            ("address",),
        )
    for key in ["customer.date_of_birth", "kyc.dob"]:
        add("value.dob", "attribute", key, iso_dob(), ("dob",))
    for key in ["customer.full_name", "caller.cnam"]:
        add("value.name", "attribute", key, EN.name(), ("name",))
    for key, v in [
        ("kyc.national_id", make_cpf()),
        ("kyc.national_id", make_za()),
        ("customer.aadhaar", make_aadhaar()),
    ]:
        add("value.national_id", "attribute", key, v, ("national_id",))
    for doc, make in [("CPF", make_cpf), ("CURP", make_curp), ("NIK", make_nik)]:
        tool("kyc_check", {"document": doc, "number": make(), "result": "match"}, ("national_id",))
    # agent replies and LLM outputs
    for _ in range(3):
        add(
            "free_text.reply",
            "attribute",
            R.choice(["lk.response.text", "gen_ai.completion.0.content", "output"]),
            f"Thanks, {EN.first_name()} {EN.last_name()}. I've scheduled the port for tomorrow morning.",
            ("name",),
        )
    for s in [
        "Your plan renews on the 14th and the next bill will be $45.00.",
        "I've applied the roaming credit of €12.50 to your account.",
        "Your claim is approved; the payout reaches your account in 3-5 business days.",
        "Dial *#06# to see your IMEI, then read me the first eight digits.",
        "The exchange rate applied was 1 USD = 129.45 KES.",
    ]:
        add(
            "free_text.reply",
            "attribute",
            R.choice(["lk.response.text", "gen_ai.completion.0.content", "output"]),
            s,
        )
    for key, v in [
        (
            "gen_ai.system_instructions",
            "You are a billing assistant for a mobile operator. Never read full card numbers back.",
        ),
        (
            "lk.instructions",
            "Help callers port their number; ask for the transfer PIN only through the secure form.",
        ),
        ("trace_id", hexs(32)),
        ("span_id", hexs(16)),
        ("gen_ai.response.id", "chatcmpl-" + token(29)),
        ("twilio.call_sid", "CA" + hexs(32)),
        ("billing.amount_due", 87.4),
        ("billing.currency", "EUR"),
        ("http.route", "/api/v2/accounts/{account_id}/lines"),
        ("db.statement", "UPDATE accounts SET password_hash = $1 WHERE id = $2"),
        ("invoice.number", "INV-2026-" + digits(6)),
        ("order.id", make_card().replace(" ", "")[:16]),
        ("app.version", "4.12.0.1"),
        ("event.timestamp", "2026-12-07T10:15:00Z"),
    ]:
        add("value.hard_negative", "attribute", key, v)


def main() -> None:
    for dist, version in RELEASES.items():
        try:
            installed = metadata.version(dist)
        except metadata.PackageNotFoundError:
            installed = "none"
        if installed != version:
            warnings.warn(
                f"{dist} {installed} installed; corpus U was written with {version}", stacklevel=1
            )
    languages()
    telecom()
    money()
    accounts()
    cards_and_more()
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    with out.open("w", encoding="utf-8") as f:
        for row in ROWS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
