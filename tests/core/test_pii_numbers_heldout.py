"""Identifiers, accounts, SSNs, IPs and secrets in the forms other people's data holds.

Identifiers named by a lower-case or short word ("mi rut es", "nik saya", "nombor ic"),
Singapore's NRIC and FIN, Nigeria's NIN and BVN, Pakistan's CNIC, Aadhaar read out in
Hinglish, Nigerian NUBAN accounts after a bank's name, Russian accounts beside a BIK,
access-log lines without a timestamp, SQL passwords in double quotes and an API key
passed to an SDK's client. Every value is invented; check digits are computed
(``test_the_invented_numbers_are_valid``). Both content modes find the same data.
"""

from __future__ import annotations

import pytest
from _builders import pii_kinds as kinds
from stdnum import verhoeff
from stdnum.cl import rut
from stdnum.id import nik
from stdnum.my import nric
from stdnum.pk import cnic

MODES = ("allow", "forbid")
PERSONAL = {"phone", "card", "ssn", "national_id", "bank_account", "iban", "ip", "secret"}

RUT = "21.456.789-K"
NIK = "3273015508900007"
MYKAD = "850312-14-5567"
CNIC = "42101-1234567-1"
AADHAAR = "734829150634"
#: Singapore NRIC/FIN with their check letters (see ids._sg_nric).
NRIC_S, NRIC_T, FIN_G = "S8312457A", "T0245718G", "G7531864U"
#: Nigerian NUBANs: Access Bank (044) and Zenith Bank (057) serials with their check digit.
NUBAN_ACCESS, NUBAN_ZENITH = "0612435179", "2039485713"
#: A Russian personal account whose control key holds with the BIK's last three digits.
RU_BIK, RU_ACCOUNT = "044583151", "40817810523019283746"


def _nuban_ok(code: str, account: str) -> bool:
    weights = (3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3)
    total = sum(int(d) * w for d, w in zip(code + account[:9], weights, strict=True))
    return (10 - total % 10) % 10 == int(account[9])


def _ru_ok(bik: str, account: str) -> bool:
    digits = bik[-3:] + account
    return sum(int(d) * w % 10 for d, w in zip(digits, (7, 1, 3) * 8, strict=False)) % 10 == 0


def test_the_invented_numbers_are_valid() -> None:
    assert rut.is_valid(RUT)
    assert nik.is_valid(NIK)
    assert nric.is_valid(MYKAD)
    assert cnic.is_valid(CNIC)
    assert verhoeff.is_valid(AADHAAR)
    assert _nuban_ok("044", NUBAN_ACCESS)
    assert _nuban_ok("057", NUBAN_ZENITH)
    assert _ru_ok(RU_BIK, RU_ACCOUNT)


#: (value, the kinds it holds) said or typed by a caller.
SAID = [
    (f"mi rut es {RUT}", {"national_id"}),
    (f"el rut de mi esposa es {RUT.replace('.', '')}", {"national_id"}),
    (f"nik saya {NIK}", {"national_id"}),
    (f"nomor nik nya {NIK} ya", {"national_id"}),
    (f"nombor ic saya {MYKAD}", {"national_id"}),
    (f"my IC number is {MYKAD.replace('-', '')}", {"national_id"}),
    (f"no kad pengenalan {MYKAD}", {"national_id"}),
    (f"my nric is {NRIC_S} thanks", {"national_id"}),
    (f"NRIC {NRIC_T.lower()} lah", {"national_id"}),
    (f"my FIN is {FIN_G}", {"national_id"}),
    (f"mera shanakhti card number {CNIC} hai", {"national_id"}),
    (f"CNIC: {CNIC.replace('-', '')}", {"national_id"}),
    ("my nin na 72914058836", {"national_id"}),
    ("BVN: 22190438815", {"national_id"}),
    ("aadhaar hai saat teen char aath do ek nau paanch zero chhe teen char", {"national_id"}),
    (
        "my aadhaar number is seven three four eight two nine one five zero six three four",
        {"national_id"},
    ),
    ("nik nya tiga dua tujuh tiga nol satu lima lima nol delapan sembilan nol nol nol nol tujuh",
     {"national_id"}),
    (f"pay into my access bank {NUBAN_ACCESS} abeg", {"bank_account"}),
    (f"zenith bank account {NUBAN_ZENITH}", {"bank_account"}),
    (f"расчётный счёт {RU_ACCOUNT} бик {RU_BIK}", {"bank_account"}),
    (f"номер счёта {RU_ACCOUNT}", {"bank_account"}),
    ("social security two one nine, zero nine, four four two one", {"ssn"}),
]  # fmt: skip


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("value", "expected"), SAID)
def test_a_number_said_is_found_as_its_kind(value: str, expected: set[str], mode: str) -> None:
    assert kinds("lk.user_transcript", value, mode) & PERSONAL == expected


#: (key, value): a whole value under a key naming the identifier by its short name.
KEYED = [
    ("customer.nik", NIK),
    ("kyc.bvn", "22190438815"),
    ("user.nin", "72914058836"),
    ("pelanggan.nric", NRIC_S),
    ("cliente.rut", RUT),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "value"), KEYED)
def test_a_value_under_an_id_key_is_an_id(key: str, value: str, mode: str) -> None:
    assert kinds(key, value, mode) == {"national_id"}


#: Access-log lines without the timestamp: the line still starts with the client's address.
ACCESS_LOGS = [
    '89.160.20.112 - - "GET /calls/ws HTTP/1.1" 101 0 "-" "Mozilla/5.0"',
    '81.2.69.160 - alice "POST /webhooks/voice HTTP/1.1" 200 312',
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", [*ACCESS_LOGS, "geoip lookup 89.160.20.112 -> Porto, PT"])
def test_an_access_log_line_without_a_timestamp_names_its_client(value: str, mode: str) -> None:
    assert kinds("log.message", value, mode) == {"ip"}


#: Secrets in SQL with double quotes, and keys passed to an SDK's client as a literal.
SECRETS = [
    ("db.statement", 'ALTER USER reporting IDENTIFIED BY "Tq4vN8zLm2Wx"'),
    ("db.query.text", 'CREATE ROLE app_rw LOGIN PASSWORD "h7Kd93LmQz1p"'),
    (
        "exception.stacktrace",
        'File "main.py", line 12\n    dg = Deepgram("9c1e5b7a2f4d8e6c0b3a9f1d7e5c2b8a4f6d0e1c")\n'
        "AuthError: 401",
    ),
    ("log.message", "client = ElevenLabs('sk_4b9e2d7f1a8c3e6b0d5f9a2c7e4b1d8f3a6c0e9b5d2f')"),
    ("log.message", "deepgram key 5e0c2a8f4d6b1e3a7c9f0b2d4e6a8c1f3b5d7e9a rejected"),
    ("exception.message", "the cartesia key was sk_car_Tq4vN8zLm2WxPb7Hk3Rs"),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "value"), SECRETS)
def test_a_secret_in_sql_or_a_client_call_is_found(key: str, value: str, mode: str) -> None:
    assert "secret" in kinds(key, value, mode)


#: Identifiers spelled out letter by letter and digit by digit, as speech-to-text writes
#: them, after a word naming them: the identifier's check character decides.
SPELLED = [
    "il mio codice fiscale è v r d l c u sette sette c uno due f due zero cinque y grazie",
    "mi curp es p e m j nueve dos cero siete uno cuatro m d f r r n cero cuatro",
    "my pan is b q r p t four eight two one k",
    "mi rfc es l u v a nueve uno cero dos cero tres k t cinco",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", SPELLED)
def test_an_identifier_spelled_out_is_found(value: str, mode: str) -> None:
    assert kinds("getpatter.stt.text", value, mode) & PERSONAL == {"national_id"}


@pytest.mark.parametrize("mode", MODES)
def test_a_spelled_identifier_whose_check_fails_is_not_one(mode: str) -> None:
    value = "il mio codice fiscale è v r d l c u sette sette c uno due f due zero cinque x"
    assert kinds("getpatter.stt.text", value, mode) & PERSONAL == set()


#: An IBAN whose account part is mostly letters (few digits for the number gates).
LETTERED_IBANS = ["contul meu RO48BTRLRONCRT0C71F4KQ2W", "iban: ro48 btrl ronc rt0c 71f4 kq2w"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", LETTERED_IBANS)
def test_an_iban_of_letters_is_found(value: str, mode: str) -> None:
    assert kinds("lk.user_input", value, mode) & PERSONAL == {"iban"}


#: Identifiers of countries python-stdnum has no module for, after a word naming them,
#: checked by their published structure (check digit, birth date, or length alone).
MORE_IDS = [
    "my hkid is K482917(4)",
    "我的身分證字號是 F128473963",
    "کد ملی من 4819372653 است",
    "رقم الإقامة 1048291734",
    "my emirates id is 784-1987-4829173-3",
    "الرقم القومي 29103251401234",
    "my NIC number is 912345678V",
    "số căn cước của tôi là 079203004871",
    "sss number ko 34-5678901-2",
    "namba ya kitambulisho ni 28471935",
    "mi cédula de ciudadanía es 1023847561",
    "ghana card GHA-728193645-3",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", MORE_IDS)
def test_an_id_stdnum_has_no_module_for_is_found(value: str, mode: str) -> None:
    assert kinds("lk.user_transcript", value, mode) & PERSONAL == {"national_id"}


#: Eight digits or more right after words naming a bank account, in several languages.
LABELLED_ACCOUNTS = [
    "my bank account number is 3029184756",
    "nomor rekening saya 1234567890",
    "số tài khoản của tôi là 0123456789012",
    "mein Bankkonto: 0532 0130 00",
    "meu número da conta é 4829173650",
    "mi clabe interbancaria es 002180700812345676",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", LABELLED_ACCOUNTS)
def test_a_labelled_bank_account_is_found(value: str, mode: str) -> None:
    assert kinds("lk.user_transcript", value, mode) & PERSONAL == {"bank_account"}


#: Look-alikes the new rules must leave alone.
CLEAN = [
    ("transcript", "i am stuck in a rut 21456789 times over"),
    ("transcript", "the fin 72914058836 of the shark"),
    ("log.message", 'hash = sha1("9c1e5b7a2f4d8e6c0b3a9f1d7e5c2b8a4f6d0e1c")'),
    ("log.message", 'uid = UUID("0f8fad5b-d9cb-469f-a165-70867728950e")'),
    ("log.message", 'raise ValueError("invalid_request_error_for_model_gpt4o_2024")'),
    ("log.message", "service key rotated at 2026-01-01T00:00:00Z by deploy-bot-production-1"),
    ("transcript", "we have two hundred and forty three items in stock"),
    ("transcript", "access bank opens at nine on monday"),
    ("transcript", "mi pan es de trigo y cuesta 4 euros"),
    ("transcript", "the a b c of it is one two three four five six"),
    ("transcript", "Eid Mubarak, the store is closed on 2026-03-20 for Eid"),
    ("transcript", "your account with us is 48291736, the order ships monday"),
    ("log.message", "nic eth0 link up, 1000 Mbps, rx 1048291734 bytes"),
    ("transcript", "we sold 1048291734 units in the sss region"),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "value"), CLEAN)
def test_look_alikes_stay_clean(key: str, value: str, mode: str) -> None:
    assert kinds(key, value, mode) & PERSONAL == set()
