"""Write corpus K: whole voice-agent sessions, vertical by vertical, in many languages.

Usage: ``python tests/data/make_pii_corpus_k.py [OUT]`` (default: ``pii_corpus_k.jsonl``
beside this script). Seeded throughout and never reads the clock, so it rewrites the file
byte for byte on any day with Faker 40.63.0, phonenumbers 9.0.43 and python-stdnum 2.2.

Every person, number and key here is invented: names and street addresses from Faker's
locales or short hand lists, phone numbers from libphonenumber's example numbers, cards
from processors' published test numbers, identifiers built to pass python-stdnum's checks,
secrets from seeded random characters in each provider's key shape.
"""

# The language sets and sample values are kept one per line so each reads whole.
# ruff: noqa: E501

from __future__ import annotations

import base64
import json
import random
import string
import sys
import warnings
from importlib import metadata
from pathlib import Path
from typing import Any

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import iban as std_iban
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.us import rtn, ssn
from stdnum.za import idnr as za_idnr

RELEASES = {"Faker": "40.63.0", "python-stdnum": "2.2", "phonenumbers": "9.0.43"}
SEED = 20261206
rng = random.Random(SEED)
ROWS: list[dict[str, Any]] = []

_fakers: dict[str, Faker] = {}


def fk(locale: str) -> Faker:
    """One Faker per locale, seeded from the locale name so locales do not share a stream."""
    if locale not in _fakers:
        f = Faker(locale)
        f.seed_instance(SEED + sum(ord(c) * (i + 1) for i, c in enumerate(locale)))
        _fakers[locale] = f
    return _fakers[locale]


def add(
    cls: str, key: str, value: Any, kinds: tuple[str, ...] | list[str] = (), site: str = "attribute"
) -> None:
    """Append one row; the class's second part decides whether the value is content."""
    part = cls.split(".")[1]
    ks = sorted(set(kinds))
    assert cls.startswith("pos." if ks else "neg."), (cls, ks)
    ROWS.append(
        {
            "id": len(ROWS),
            "class": cls,
            "site": site,
            "key": key,
            "value": value,
            "kinds": ks,
            "content": part != "value",
        }
    )


def js(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def stt(text: str) -> str:
    """How a streaming recogniser writes a Latin-script turn: lower case, no punctuation."""
    return "".join(c for c in text.lower() if c not in ",.?!;:¿¡")


# ---------------------------------------------------------------- identifiers


def digits(n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def until(check: Any, make: Any) -> str:
    for _ in range(200000):
        v = make()
        if check(v):
            return str(v)
    raise RuntimeError("no valid identifier found")


def birth() -> tuple[int, int, int]:
    return rng.randint(1941, 2004), rng.randint(1, 12), rng.randint(1, 28)


def ids() -> dict[str, str]:
    y, m, d = birth()
    yy = f"{y % 100:02d}"
    out = {
        "cpf": cpf.format(until(cpf.is_valid, lambda: digits(11, "123456789"))),
        "dni": (lambda n: n + dni.calc_check_digit(n))(digits(8, "1234567")),
        "pesel": until(
            pesel.is_valid, lambda: f"{yy}{m + (20 if y >= 2000 else 0):02d}{d:02d}" + digits(5)
        ),
        "bsn": until(bsn.is_valid, lambda: digits(9, "123456789")),
        "aadhaar": until(aadhaar.is_valid, lambda: digits(12, "23456789")),
        "rrn": until(
            rrn.is_valid,
            lambda: f"{yy}{m:02d}{d:02d}" + ("3" if y >= 2000 else "1") + digits(6, "0"),
        ),
        "thpin": until(th_pin.is_valid, lambda: digits(13, "1358")),
        "ilid": until(il_idnr.is_valid, lambda: digits(9, "0123")),
        "tckn": until(tckimlik.is_valid, lambda: digits(11, "123456789")),
        "rc": until(rc.is_valid, lambda: f"{yy}{m + 50:02d}{d:02d}/" + digits(4)),
        "cnp": until(
            cnp.is_valid,
            lambda: (
                ("1" if y < 2000 else "5")
                + f"{yy}{m:02d}{d:02d}"
                + f"{rng.randint(1, 40):02d}"
                + digits(4)
            ),
        ),
        "steuerid": until(idnr.is_valid, lambda: digits(11, "123456789")),
        "cnric": until(ric.is_valid, lambda: "110105" + f"{y}{m:02d}{d:02d}" + digits(4)),
        "rut": rut.format(
            until(rut.is_valid, lambda: (lambda b: b + rut.calc_check_digit(b))(digits(8, "1")))
        ),
        "ssn": until(
            lambda v: ssn.is_valid(v),
            lambda: f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
        ),
        "sin": until(sin.is_valid, lambda: digits(9, "1234567")),
        "pnr": until(personnummer.is_valid, lambda: f"{yy}{m:02d}{d:02d}-" + digits(4)),
        "hetu": until(
            hetu.is_valid,
            lambda: (
                f"{d:02d}{m:02d}{yy}-"
                + digits(3, "0")
                + rng.choice("0123456789ABCDEFHJKLMNPRSTUVWXY")
            ),
        ),
        "zaid": until(
            za_idnr.is_valid, lambda: f"{yy}{m:02d}{d:02d}" + digits(4) + "08" + digits(1)
        ),
        "aba": until(rtn.is_valid, lambda: "0" + digits(8, "12")),
    }
    return out


# ---------------------------------------------------------------- phones, cards, ibans


def example(region: str) -> phonenumbers.PhoneNumber:
    n = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    assert n is not None
    return n


def ph(region: str, fmt: str = "nat") -> str:
    n = example(region)
    return {
        "nat": phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL),
        "intl": phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL),
        "e164": phonenumbers.format_number(n, PhoneNumberFormat.E164),
    }[fmt]


def fixed(region: str, fmt: str = "intl") -> str:
    """A business line: libphonenumber's fixed-line example for the region."""
    n = phonenumbers.example_number_for_type(region, PhoneNumberType.FIXED_LINE)
    assert n is not None
    if fmt == "toll":  # the US example line is also the mobile example: use a free-phone one
        n = phonenumbers.example_number_for_type(region, PhoneNumberType.TOLL_FREE)
        assert n is not None
    f = PhoneNumberFormat.E164 if fmt == "e164" else PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(n, f)


WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
    "hi": ["shunya", "ek", "do", "teen", "chaar", "paanch", "chhe", "saat", "aath", "nau"],
    "sw": ["sifuri", "moja", "mbili", "tatu", "nne", "tano", "sita", "saba", "nane", "tisa"],
}


def spoken(number: str, lang: str = "en") -> str:
    return " ".join(WORDS[lang][int(c)] for c in number if c.isdigit())


TEST_CARDS = [
    "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
    "5105105105105100", "378282246310005", "6011111111111117", "3566002020360505",
    "4111111111111111", "4012888888881881", "5200828282828210", "36227206271667",
]  # fmt: skip


def card(i: int, sep: str = " ") -> str:
    c = TEST_CARDS[i % len(TEST_CARDS)]
    if len(c) == 16:
        return sep.join(c[j : j + 4] for j in range(0, 16, 4))
    return sep.join([c[:4], c[4:10], c[10:]])


BBAN = {
    "DE": lambda: digits(18),
    "GB": lambda: "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + digits(14),
    "NL": lambda: "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + digits(10),
    "PL": lambda: digits(24),
    "PT": lambda: digits(21),
    "ES": lambda: digits(20),
    "TR": lambda: digits(5) + "0" + digits(16),
    "SA": lambda: digits(2) + digits(18),
    "AE": lambda: digits(3) + digits(16),
    "FR": lambda: digits(10) + digits(11) + digits(2),
    "IT": lambda: rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(10) + digits(12),
    "BE": lambda: digits(12),
}


def iban(cc: str) -> str:
    def make() -> str:
        b = BBAN[cc]()
        num = "".join(str(int(ch, 36)) for ch in b + cc + "00")
        return f"{cc}{98 - int(num) % 97:02d}{b}"

    return until(std_iban.is_valid, make)


def grouped(v: str) -> str:
    return " ".join(v[i : i + 4] for i in range(0, len(v), 4))


# ---------------------------------------------------------------- secrets and ids


def rand(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


HEX = "0123456789abcdef"


def b64u(obj: Any) -> str:
    return (
        base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode())
        .decode()
        .rstrip("=")
    )


def jwt(sub: str) -> str:
    head = b64u({"alg": "HS256", "typ": "JWT"})
    body = b64u({"sub": sub, "iat": 1796000000, "exp": 1796003600})
    return f"{head}.{body}.{rand(43, string.ascii_letters + string.digits + '-_')}"


def uuid4() -> str:
    h = rand(32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def ulid() -> str:
    return rand(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


#: First octets of ordinary public unicast space (no private, shared or documentation range).
FIRST_OCTETS = [31, 37, 46, 62, 77, 81, 85, 88, 94, 102, 105, 109, 151, 176, 177, 179, 186, 187, 190, 196, 201]  # fmt: skip


def public_ip() -> str:
    """An invented address in public space, as a caller's network would show."""
    a = rng.choice(FIRST_OCTETS)
    return f"{a}.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def public_v6() -> str:
    return f"2a02:{rand(4, HEX)}:{rand(4, HEX)}:{rand(3, HEX)}::{rand(2, HEX)}"


# ---------------------------------------------------------------- one set per language
#
# Per language: the locale (or a hand list of names and an address), the phone region,
# how a caller gives a name with no lead-in, an agent's read-back with name and number,
# a disclosure with no identifier, two clean turns, the tool record's field names in that
# language (name, birth date, address, and the wrapping object), the vertical, and the
# date-of-birth format.

# fmt: off
LANGS: list[dict[str, Any]] = [
    dict(c="en", loc="en_US", r="US", v="clinic", id="ssn",
         intro="yes it's for {n}", rb="So that's {n} at {p}, right?",
         sens="I've been off my meds since I lost the job, I can't pay for them",
         clean=["What time do you close on Saturdays?", "mm-hmm"],
         f=("patient_name", "dob", "home_address", "patient", "ssn"), dob="{m}/{d}/{Y}"),
    dict(c="es", loc="es_MX", r="MX", v="pharmacy", id=None,
         intro="sí, a nombre de {n}", rb="Entonces {n}, al {p}, ¿correcto?",
         sens="mi esposo falleció el mes pasado y no sé qué hacer con sus recetas",
         clean=["¿tienen ibuprofeno de 400?", "ajá, sí, gracias"],
         f=("nombre_completo", "fecha_de_nacimiento", "domicilio", "paciente", None), dob="{d}/{m}/{Y}"),
    dict(c="fr", loc="fr_FR", r="FR", v="insurance", id=None,
         intro="{n}, j'appelle pour le sinistre", rb="Donc {n}, joignable au {p}, c'est bien ça ?",
         sens="je suis en arrêt depuis ma dépression, je n'arrive plus à travailler",
         clean=["Est-ce que le constat amiable suffit ?", "d'accord, merci beaucoup"],
         f=("nom_assure", "date_de_naissance", "adresse", "assure", None), dob="{d}/{m}/{Y}"),
    dict(c="de", loc="de_DE", r="DE", v="utilities", id="steuerid",
         intro="{n} hier, wegen der Stromrechnung", rb="Also {n}, Rückrufnummer {p}, richtig?",
         sens="seit der Insolvenz kann ich die Abschläge nicht mehr zahlen",
         clean=["Wie hoch ist der Grundpreis im Ökotarif?", "ja genau"],
         f=("kundenname", "geburtsdatum", "anschrift", "kunde", "steuer_id"), dob="{d}.{m}.{Y}"),
    dict(c="pt", loc="pt_BR", r="BR", v="bank", id="cpf",
         intro="é {n}, eu sou a titular", rb="Então {n}, telefone {p}, confere?",
         sens="estou com o nome sujo desde que fiquei desempregada",
         clean=["qual o horário da agência da Paulista?", "tá bom, obrigada"],
         f=("nome_titular", "data_nascimento", "endereco", "cliente", "cpf"), dob="{d}/{m}/{Y}"),
    dict(c="it", loc="it_IT", r="IT", v="restaurant", id=None,
         intro="prenotazione per {n}, quattro persone", rb="Quindi {n}, cellulare {p}, giusto?",
         sens="mia moglie è celiaca ed è appena uscita dall'ospedale",
         clean=["avete tavoli all'aperto stasera?", "perfetto, grazie"],
         f=("nominativo", "data_di_nascita", "indirizzo", "cliente", None), dob="{d}/{m}/{Y}"),
    dict(c="nl", loc="nl_NL", r="NL", v="realestate", id="bsn",
         intro="met {n}, over de bezichtiging", rb="Dus {n}, op {p}, klopt dat?",
         sens="ik heb schulden bij de Belastingdienst sinds mijn scheiding",
         clean=["is de woning nog beschikbaar?", "oké, prima"],
         f=("naam", "geboortedatum", "adres", "huurder", "bsn"), dob="{d}-{m}-{Y}"),
    dict(c="pl", loc="pl_PL", r="PL", v="clinic", id="pesel",
         intro="{n}, dzwonię w sprawie wizyty", rb="Czyli {n}, numer {p}, zgadza się?",
         sens="jestem w ciąży i boję się powiedzieć pracodawcy",
         clean=["czy przychodnia jest czynna w sobotę?", "tak, dobrze"],
         f=("imie_nazwisko", "data_urodzenia", "adres_zamieszkania", "pacjent", "pesel"), dob="{d}.{m}.{Y}"),
    dict(c="cs", loc="cs_CZ", r="CZ", v="telecom", id="rc",
         intro="{n}, volám kvůli faktuře", rb="Takže {n}, číslo {p}, souhlasí?",
         sens="manžel je ve vězení a já nemám z čeho platit",
         clean=["kolik stojí neomezená data?", "jo, díky"],
         f=("jmeno", "datum_narozeni", "adresa", "zakaznik", "rodne_cislo"), dob="{d}. {m}. {Y}"),
    dict(c="sk", loc="sk_SK", r="SK", v="car", id=None,
         intro="áno, to je {n}, mám tam to auto", rb="Takže {n}, telefón {p}, však?",
         sens="po infarkte nesmiem šoférovať, auto bude riadiť syn",
         clean=["koľko stojí výmena bŕzd?", "dobre, ďakujem"],
         f=("meno", "datum_narodenia", "adresa", "zakaznik", None), dob="{d}.{m}.{Y}"),
    dict(c="uk", loc="uk_UA", r="UA", v="benefits", id=None,
         intro="{n}, я щодо субсидії", rb="Отже {n}, телефон {p}, правильно?",
         sens="я внутрішньо переміщена особа, чоловік загинув на фронті",
         clean=["до котрої працює центр надання послуг?", "так, дякую"],
         f=("pib", "data_narodzhennia", "adresa", "zayavnyk", None), dob="{d}.{m}.{Y}"),
    dict(c="ru", loc="ru_RU", r="RU", v="bank", id=None,
         intro="{n}, у меня карта заблокирована", rb="Итак, {n}, номер {p}, верно?",
         sens="у меня долги по трём микрозаймам, коллекторы звонят каждый день",
         clean=["какой лимит на снятие наличных?", "угу, понял"],
         f=("fio", "data_rozhdeniya", "adres_registratsii", "klient", None), dob="{d}.{m}.{Y}"),
    dict(c="tr", loc="tr_TR", r="TR", v="travel", id="tckn",
         intro="{n} adına rezervasyon vardı", rb="Yani {n}, telefon {p}, doğru mu?",
         sens="babam geçen hafta vefat etti, uçuşu iptal etmem lazım",
         clean=["bagaj hakkı kaç kilo?", "tamam, teşekkürler"],
         f=("ad_soyad", "dogum_tarihi", "adres", "yolcu", "tc_kimlik_no"), dob="{d}.{m}.{Y}"),
    dict(c="ar", loc=None, names=["سارة المنصوري", "خالد العتيبي", "مريم الحسيني"], r="AE", v="clinic", id=None,
         addr="شارع الشيخ زايد، مبنى 14، شقة 803، دبي",
         intro="الموعد باسم {n}", rb="إذن {n}، رقم الجوال {p}، صحيح؟",
         sens="عندي سكري وما أقدر أدفع الإنسولين هالشهر",
         clean=["هل العيادة مفتوحة يوم الجمعة؟", "تمام، شكراً"],
         f=("الاسم", "تاريخ_الميلاد", "العنوان", "المريض", None), dob="{d}/{m}/{Y}"),
    dict(c="he", loc="he_IL", r="IL", v="legal", id="ilid",
         intro="{n}, קבעתי פגישה עם עורך הדין", rb="אז {n}, בטלפון {p}, נכון?",
         sens="בעלי הגיש נגדי תביעה על המשמורת",
         clean=["כמה עולה פגישת ייעוץ ראשונה?", "בסדר, תודה"],
         f=("שם_מלא", "תאריך_לידה", "כתובת", "לקוח", "תעודת_זהות"), dob="{d}.{m}.{Y}"),
    dict(c="fa", loc="fa_IR", r="IR", v="school", id=None,
         intro="{n} هستم، مادر دانش‌آموز", rb="پس {n}، شماره {p}، درسته؟",
         sens="پسرم افسردگی داره و چند هفته‌ست مدرسه نمیره",
         clean=["ثبت‌نام ترم بعد کی شروع میشه؟", "باشه، ممنون"],
         f=("نام", "تاریخ_تولد", "نشانی", "ولی", None), dob="{Y}/{m}/{d}"),
    dict(c="hi", loc="hi_IN", r="IN", v="pharmacy", id="aadhaar",
         intro="जी, {n} के नाम से दवाई थी", rb="तो {n}, मोबाइल {p}, सही है?",
         sens="मेरी माँ को कैंसर है, कीमोथेरेपी चल रही है",
         clean=["दुकान कितने बजे तक खुली है?", "हाँ जी, ठीक है"],
         f=("naam", "janm_tithi", "pata", "grahak", "aadhaar"), dob="{d}/{m}/{Y}"),
    dict(c="bn", loc="bn_BD", r="BD", v="delivery", id=None,
         intro="{n}, অর্ডারটা এখনো আসেনি", rb="তাহলে {n}, নম্বর {p}, ঠিক আছে?",
         sens="আমার স্বামী গত মাসে মারা গেছেন, একা থাকি",
         clean=["ডেলিভারি চার্জ কত?", "আচ্ছা, ধন্যবাদ"],
         f=("nam", "jonmo_tarikh", "thikana", "grahok", None), dob="{d}-{m}-{Y}"),
    dict(c="ur", loc=None, names=["Ayesha Siddiqui", "Bilal Chaudhry", "Sana Qureshi"], r="PK", v="telecom", id=None,
         addr="House 27, Street 9, F-7/2, Islamabad 44000",
         intro="ji main {n} bol rahi hoon", rb="to {n}, number {p}, theek hai?",
         sens="mere shohar ka kidney transplant hua hai, bill nahi bhar sakte",
         clean=["package kitne ka hai monthly?", "ji acha shukriya"],
         f=("naam", "tareekh_e_paidaish", "pata", "sarif", None), dob="{d}-{m}-{Y}"),
    dict(c="ta", loc="ta_IN", r="IN", v="bank", id=None,
         intro="{n} பேசுறேன், கணக்கு விஷயமா", rb="அப்போ {n}, எண் {p}, சரியா?",
         sens="என் அப்பா போன வாரம் இறந்துட்டார், அவர் கணக்கை மூடணும்",
         clean=["வங்கி சனிக்கிழமை திறந்திருக்குமா?", "சரி, நன்றி"],
         f=("peyar", "piranda_thethi", "mugavari", "vadikkaiyalar", None), dob="{d}/{m}/{Y}"),
    dict(c="ja", loc="ja_JP", r="JP", v="clinic", id=None,
         intro="{n}です、予約の確認で", rb="{n}様、お電話番号{p}でよろしいですか？",
         sens="母が認知症で、最近一人で薬を飲めなくなって",
         clean=["駐車場はありますか？", "はい、わかりました"],
         f=("氏名", "生年月日", "住所", "患者", None), dob="{Y}年{m}月{d}日"),
    dict(c="ko", loc="ko_KR", r="KR", v="insurance", id="rrn",
         intro="{n}인데요, 보험금 청구 건으로요", rb="{n} 고객님, 연락처 {p} 맞으시죠?",
         sens="남편이 교통사고로 지난달에 돌아가셨어요",
         clean=["청구 서류는 뭐가 필요해요?", "네 네, 감사합니다"],
         f=("성명", "생년월일", "주소", "피보험자", "주민등록번호"), dob="{Y}년 {m}월 {d}일"),
    dict(c="zh", loc="zh_CN", r="CN", v="telecom", id="cnric",
         intro="我是{n}，宽带又断了", rb="{n}先生，联系电话{p}，对吗？",
         sens="我刚做完手术，在家养病，网络一定要通",
         clean=["你们营业厅周末开门吗？", "好的，谢谢"],
         f=("姓名", "出生日期", "地址", "用户", "身份证号"), dob="{Y}年{m}月{d}日"),
    dict(c="zh_tw", loc="zh_TW", r="TW", v="delivery", id=None,
         intro="{n}，我訂的便當還沒到", rb="{n}小姐，電話{p}，對嗎？",
         sens="我懷孕了，不能吃生的，請幫我去掉",
         clean=["外送費多少？", "好，謝謝"],
         f=("姓名", "生日", "地址", "顧客", None), dob="{Y}/{m}/{d}"),
    dict(c="th", loc="th_TH", r="TH", v="hotel", id="thpin",
         intro="จองในชื่อ {n} ค่ะ", rb="คุณ{n} เบอร์ {p} ถูกต้องไหมคะ",
         sens="สามีเพิ่งเสียเมื่อเดือนที่แล้ว ขอยกเลิกห้องค่ะ",
         clean=["เช็คอินได้กี่โมงคะ", "ค่ะ ขอบคุณค่ะ"],
         f=("ชื่อ", "วันเกิด", "ที่อยู่", "ผู้เข้าพัก", "เลขบัตรประชาชน"), dob="{d}/{m}/{B}"),
    dict(c="vi", loc="vi_VN", r="VN", v="clinic", id=None,
         intro="dạ em là {n}, đặt lịch khám", rb="Vậy {n}, số {p}, đúng không ạ?",
         sens="em bị HIV, đang uống thuốc ARV ở phòng khám này",
         clean=["phòng khám mở cửa mấy giờ ạ?", "dạ vâng, cảm ơn"],
         f=("ho_ten", "ngay_sinh", "dia_chi", "benh_nhan", None), dob="{d}/{m}/{Y}"),
    dict(c="id", loc="id_ID", r="ID", v="bank", id=None,
         intro="atas nama {n}, kartu saya ketelan ATM", rb="Jadi {n}, nomor {p}, betul ya?",
         sens="saya terlilit pinjol, gaji habis buat bayar cicilan",
         clean=["cabang Sudirman buka jam berapa?", "oke, makasih"],
         f=("nama_lengkap", "tanggal_lahir", "alamat", "nasabah", None), dob="{d}-{m}-{Y}"),
    dict(c="ms", loc=None, names=["Nur Aisyah binti Rahman", "Muhammad Hafiz bin Ismail", "Siti Khadijah binti Omar"], r="MY", v="benefits", id=None,
         addr="No. 12, Jalan Bunga Raya 3, Taman Sri Muda, 40400 Shah Alam, Selangor",
         intro="ya, saya {n}", rb="Jadi {n}, nombor {p}, betul?",
         sens="suami saya baru meninggal, saya nak mohon bantuan",
         clean=["pejabat buka hari Sabtu tak?", "okay, terima kasih"],
         f=("nama", "tarikh_lahir", "alamat", "pemohon", None), dob="{d}/{m}/{Y}"),
    dict(c="tl", loc="fil_PH", r="PH", v="delivery", id=None,
         intro="si {n} po ito, yung order ko", rb="So {n}, number {p}, tama po?",
         sens="na-ospital po yung anak ko, dengue daw",
         clean=["magkano po ang delivery fee?", "sige po salamat"],
         f=("pangalan", "kaarawan", "tirahan", "customer", None), dob="{m}/{d}/{Y}"),
    dict(c="sw", loc="sw", r="KE", v="utilities", id=None, addrloc=False,
         addr="Nyumba 14, Barabara ya Ngong, Kilimani, Nairobi",
         intro="ni {n}, nimepigia kuhusu bili ya maji", rb="Kwa hivyo {n}, namba {p}, sawa?",
         sens="sina kazi tangu mwezi wa tatu, siwezi kulipa deni",
         clean=["ofisi inafunguliwa saa ngapi?", "sawa, asante"],
         f=("jina", "tarehe_ya_kuzaliwa", "anwani", "mteja", None), dob="{d}/{m}/{Y}"),
    dict(c="el", loc="el_GR", r="GR", v="clinic", id=None,
         intro="{n}, για το ραντεβού στον καρδιολόγο", rb="Άρα {n}, τηλέφωνο {p}, σωστά;",
         sens="έχω καρκίνο του μαστού και κάνω ακτινοθεραπεία",
         clean=["δέχεστε ΕΟΠΥΥ;", "εντάξει, ευχαριστώ"],
         f=("onomateponymo", "imerominia_gennisis", "dieythynsi", "asthenis", None), dob="{d}/{m}/{Y}"),
    dict(c="ro", loc="ro_RO", r="RO", v="funeral", id="cnp",
         intro="{n}, pentru înmormântarea tatălui meu", rb="Deci {n}, telefon {p}, corect?",
         sens="tata a murit aseară acasă, era bolnav de mult",
         clean=["cât costă pachetul de bază?", "bine, mulțumesc"],
         f=("nume", "data_nasterii", "adresa", "decedat", "cnp"), dob="{d}.{m}.{Y}"),
    dict(c="hu", loc="hu_HU", r="HU", v="school", id=None,
         intro="{n} vagyok, Bence anyukája", rb="Tehát {n}, telefonszám {p}, stimmel?",
         sens="a fiamnál autizmust diagnosztizáltak, segítség kellene",
         clean=["mikor van a szülői értekezlet?", "rendben, köszönöm"],
         f=("nev", "szuletesi_datum", "lakcim", "gondviselo", None), dob="{Y}. {m}. {d}."),
    dict(c="sv", loc="sv_SE", r="SE", v="clinic", id="pnr",
         intro="{n} heter jag, gäller min tid", rb="Så {n}, nummer {p}, stämmer det?",
         sens="jag har varit sjukskriven för utmattning sedan i våras",
         clean=["har ni drop-in på lördagar?", "okej, tack"],
         f=("namn", "fodelsedatum", "adress", "patient", "personnummer"), dob="{Y}-{m}-{d}"),
    dict(c="fi", loc="fi_FI", r="FI", v="pharmacy", id="hetu",
         intro="{n}, hakisin reseptilääkkeen", rb="Eli {n}, numero {p}, pitääkö paikkansa?",
         sens="olen korvaushoidossa, haen buprenorfiinia",
         clean=["onko apteekki auki sunnuntaina?", "joo kiitos"],
         f=("nimi", "syntymaaika", "osoite", "asiakas", "henkilotunnus"), dob="{d}.{m}.{Y}"),
    dict(c="da", loc="da_DK", r="DK", v="legal", id=None,
         intro="det er {n}, jeg har fået en bøde", rb="Så {n}, nummer {p}, passer det?",
         sens="jeg er sigtet for spirituskørsel og skal i retten",
         clean=["hvad koster en første samtale?", "ja tak"],
         f=("navn", "foedselsdato", "adresse", "klient", None), dob="{d}-{m}-{Y}"),
    dict(c="no", loc="no_NO", r="NO", v="hotel", id=None,
         intro="bestillingen står på {n}", rb="Så {n}, mobil {p}, stemmer det?",
         sens="jeg bruker rullestol etter ulykken, trenger tilpasset rom",
         clean=["er frokost inkludert?", "supert, takk"],
         f=("navn", "fodselsdato", "adresse", "gjest", None), dob="{d}.{m}.{Y}"),
    dict(c="hr", loc="hr_HR", r="HR", v="realestate", id=None,
         intro="{n}, zovem zbog stana u najmu", rb="Dakle {n}, broj {p}, je li tako?",
         sens="ostala sam bez posla i kasnim s najamninom dva mjeseca",
         clean=["je li stan još slobodan?", "dobro, hvala"],
         f=("ime_prezime", "datum_rodenja", "adresa", "najmoprimac", None), dob="{d}.{m}.{Y}."),
    dict(c="yo", loc="yo_NG", r="NG", v="bank", id=None, addrloc=False,
         addr="12 Adeola Odeku Street, Victoria Island, Lagos",
         intro="{n} ni, mo fẹ́ ṣàyẹ̀wò àkọọ́lẹ̀ mi", rb="Nítorí náà {n}, nọ́mbà {p}, ṣé bẹ́ẹ̀ ni?",
         sens="ọkọ mi kú lóṣù tó kọjá, mi ò ní owó kankan",
         clean=["ṣé ẹ̀ka yín ṣí lọ́jọ́ Àbámẹ́ta?", "ó dáa, ẹ ṣé"],
         f=("oruko", "ojo_ibi", "adiresi", "onibara", None), dob="{d}/{m}/{Y}"),
    dict(c="ha", loc="ha_NG", r="NG", v="clinic", id=None, addrloc=False,
         addr="No. 8 Titin Zoo Road, Nassarawa, Kano",
         intro="sunana {n}, na kira game da ganin likita", rb="To {n}, lamba {p}, daidai ne?",
         sens="ina da ciki na wata hudu kuma ina zubar da jini",
         clean=["asibitin yana buɗe ranar Lahadi?", "to, na gode"],
         f=("suna", "ranar_haihuwa", "adireshi", "mara_lafiya", None), dob="{d}/{m}/{Y}"),
    dict(c="am", loc=None, names=["አበበ ከበደ", "ሰላም ተስፋዬ", "ዮሐንስ መንግሥቱ"], r="ET", v="benefits", id=None,
         addr="ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር 1127፣ አዲስ አበባ",
         intro="ስሜ {n} ነው", rb="ስለዚህ {n}፣ ስልክ {p}፣ ትክክል ነው?",
         sens="ባለቤቴ ባለፈው ወር አረፉ፣ እርዳታ እፈልጋለሁ",
         clean=["ቢሮው ስንት ሰዓት ይከፈታል?", "እሺ፣ አመሰግናለሁ"],
         f=("sim", "yelidet_qen", "adrasha", "amelkach", None), dob="{d}/{m}/{Y}"),
    dict(c="zu", loc="zu_ZA", r="ZA", v="funeral", id="zaid",
         intro="ngingu {n}, ngishayela ngomngcwabo", rb="Ngakho {n}, inombolo {p}, kulungile?",
         sens="umama ushone izolo esibhedlela",
         clean=["iphakheji encane ibiza malini?", "kulungile, ngiyabonga"],
         f=("igama", "usuku_lokuzalwa", "ikheli", "ilungu", "id_number"), dob="{Y}-{m}-{d}"),
]
# fmt: on


def dob_text(fmt: str) -> str:
    y, m, d = birth()
    return fmt.format(d=f"{d:02d}", m=f"{m:02d}", Y=y, B=y + 543)


def lang_sets() -> None:
    for i, L in enumerate(LANGS):
        c = L["c"]
        loc = L.get("loc")
        names = [fk(loc).name() for _ in range(3)] if loc else list(L["names"])
        if loc and L.get("addrloc", True):
            addr = fk(loc).address().replace("\n", ", ")
        else:
            addr = L["addr"]
        phone = ph(L["r"], "nat" if i % 2 else "intl")
        turn = L["intro"].format(n=names[0])
        latin = all(ord(ch) < 0x250 for ch in turn)
        if latin and i % 3 == 0:
            turn = stt(turn)
        keys_free = [
            "transcript",
            "lk.user_transcript",
            "gen_ai.prompt.1.content",
            "input.value",
            "text",
        ]
        add(f"pos.free_text.intro.{c}", keys_free[i % len(keys_free)], turn, ["name"])
        rb = L["rb"].format(n=names[0].split()[-1] if i % 4 == 1 else names[0], p=phone)
        rb_keys = [
            "lk.response.text",
            "gen_ai.completion.0.content",
            "llm.output_messages.0.message.content",
            "text",
        ]
        add(f"pos.free_text.readback.{c}", rb_keys[i % len(rb_keys)], rb, ["name", "phone"])
        fld = L["f"]
        rec: dict[str, Any] = {
            fld[0]: names[1 if i % 2 else 0],
            fld[1]: dob_text(L["dob"]),
            fld[2]: addr,
        }
        kinds = ["name", "dob", "address"]
        if fld[4]:
            rec[fld[4]] = IDS[L["id"]]
            kinds.append("ssn" if L["id"] == "ssn" else "national_id")
        payload = {
            "ok": True,
            "data": {fld[3]: rec, "ref": f"{c.upper()}-{rng.randint(10000, 99999)}"},
        }
        tkeys = [
            "lk.function_tool.output",
            "gen_ai.tool.call.result",
            "tool.result",
            "traceloop.entity.output",
            "output.value",
        ]
        add(f"pos.tool_payload.record.{L['v']}.{c}", tkeys[i % len(tkeys)], js(payload), kinds)
        skeys = [
            "transcript",
            "lk.user_input",
            "gen_ai.prompt.3.content",
            "llm.input_messages.2.message.content",
            "langfuse.observation.input",
        ]
        add(f"pos.free_text.sens.{c}", skeys[i % len(skeys)], L["sens"], ["sensitive"])
        add(f"neg.free_text.clean.{c}", keys_free[(i + 2) % len(keys_free)], L["clean"][0])
        add(
            f"neg.free_text.backchannel.{c}",
            "transcript" if i % 2 else "lk.user_transcript",
            L["clean"][1],
        )
        if i % 6 == 1:
            # the birth date alone, as the caller answers the agent's question
            add(f"pos.free_text.dob.{c}", "transcript", dob_text(L["dob"]), ["dob"])


def spread_ids() -> dict[str, str]:
    """Each identifier from its own draw, so their birth dates differ."""
    keys = list(ids())
    return {k: ids()[k] for k in keys}


IDS = spread_ids()


# ---------------------------------------------------------------- sessions by vertical


def msgs(*turns: tuple[str, str]) -> str:
    """A GenAI ``gen_ai.input.messages`` value: role/parts messages as one JSON string."""
    return js([{"role": r, "parts": [{"type": "text", "content": t}]} for r, t in turns])


def chat(*turns: tuple[str, str], model: str = "gpt-4o-mini") -> str:
    """An OpenAI-style chat request body as a tracer stores it."""
    return js(
        {
            "model": model,
            "messages": [{"role": r, "content": t} for r, t in turns],
            "temperature": 0.3,
        }
    )


def sessions() -> None:
    us = fk("en_US")
    gb = fk("en_GB")
    n1 = f"{us.first_name()} {us.last_name()}"
    n2, n3, n4 = (
        f"{us.first_name_female()} {us.last_name()}",
        f"{gb.first_name()} {gb.last_name()}",
        us.last_name(),
    )
    sys_clinic = "You are the front desk of Riverside Family Clinic. Book, move or cancel visits. Never give medical advice."
    # clinic: the whole history, name spread over turns, a correction, the read-back
    first, last = n1.split()[0], n1.split()[-1]
    add(
        "pos.free_text.history.clinic",
        "gen_ai.input.messages",
        msgs(
            ("system", sys_clinic),
            ("assistant", "Riverside Family Clinic, how can I help?"),
            ("user", f"hi I need to move my appointment, it's {first}"),
            ("assistant", "Sure, and the last name?"),
            ("user", f"{last}, {' '.join(last.upper())}"),
            ("user", "date of birth march third, no sorry, march thirteenth nineteen eighty two"),
            ("assistant", f"Thanks {first}. I have you on Tuesday at 9:40 with Dr {n4}."),
        ),
        ["dob", "name"],
    )
    add("pos.free_text.spelled.clinic", "transcript", f"{' '.join(last.upper())}", ["name"])
    add(
        "pos.free_text.dob.corrected",
        "lk.user_transcript",
        "my birthday is the fifth of june 78 wait no the fifteenth",
        ["dob"],
    )
    add(
        "pos.free_text.staff.clinic",
        "lk.response.text",
        f"Nurse {n4} will call you back before noon.",
        ["name"],
    )
    add(
        "neg.free_text.reply.clinic",
        "gen_ai.completion.0.content",
        "We're open 8 to 6 on weekdays and 9 to 1 on Saturdays. Walk-ins are seen after booked visits.",
    )
    add(
        "neg.tool_payload.slots.clinic",
        "gen_ai.tool.call.result",
        js(
            {
                "slots": [
                    {
                        "start": "2026-12-08T09:40:00-05:00",
                        "provider": "family_medicine",
                        "room": "B2",
                    },
                    {
                        "start": "2026-12-08T11:00:00-05:00",
                        "provider": "family_medicine",
                        "room": "B4",
                    },
                ],
                "tz": "America/New_York",
            }
        ),
    )
    add(
        "neg.tool_payload.args.clinic",
        "gen_ai.tool.call.arguments",
        js({"department": "pediatrics", "date_from": "2026-12-08", "date_to": "2026-12-12"}),
    )
    add(
        "neg.free_text.request.clinic",
        "gen_ai.input.messages",
        msgs(
            ("system", sys_clinic),
            ("user", "do you take walk-ins for flu shots"),
            ("assistant", "Yes, flu shots are walk-in until 5 pm."),
        ),
    )
    add(
        "pos.free_text.sens.clinic",
        "transcript",
        "I'm on the methadone program, can I still pick up my dose there on Sunday",
        ["sensitive"],
    )
    add(
        "pos.free_text.sens.pharmacy",
        "lk.user_transcript",
        "it's for my PrEP refill, please don't leave a voicemail at home",
        ["sensitive"],
    )
    add(
        "pos.free_text.third.emergency",
        "gen_ai.prompt.4.content",
        f"emergency contact is my sister {n2}, same number as mine",
        ["name"],
    )
    # pharmacy: a prescription tool call with nested patient and prescriber
    rx = {
        "rx": {
            "number": "RX-7781204",
            "drug": "sertraline 50 mg",
            "qty": 30,
            "refills_left": 2,
            "patient": {"name": n3, "dob": "1969-02-11", "allergies": ["penicillin"]},
            "prescriber": {"name": f"Dr {n4}", "npi_verified": True},
        },
        "ready": "2026-12-07T15:00:00Z",
    }
    add(
        "pos.tool_payload.rx.pharmacy",
        "lk.function_tool.output",
        js(rx),
        ["dob", "name", "sensitive"],
    )
    add(
        "neg.tool_payload.stock.pharmacy",
        "tool.result",
        js(
            {
                "sku": "OTC-44817",
                "item": "loratadine 10mg 30ct",
                "in_stock": 14,
                "price": {"amount": 8.49, "currency": "USD"},
                "aisle": "7",
            }
        ),
    )
    add("neg.free_text.turn.pharmacy", "transcript", "is the pharmacy on Elm open on Christmas Eve")

    # bank and card support
    gbn = gb.name()
    add("pos.free_text.card.spoken", "transcript", "card number " + spoken(TEST_CARDS[0]), ["card"])
    add(
        "pos.free_text.card.history",
        "lk.chat_ctx",
        js(
            {
                "items": [
                    {
                        "type": "message",
                        "role": "assistant",
                        "content": ["Please read me the card number."],
                    },
                    {"type": "message", "role": "user", "content": [f"ok it's {card(2)[:9]}"]},
                    {"type": "message", "role": "user", "content": [f"then {card(2)[10:]}"]},
                    {
                        "type": "message",
                        "role": "assistant",
                        "content": ["Thanks, and the expiry?"],
                    },
                    {"type": "message", "role": "user", "content": ["oh nine twenty eight"]},
                ]
            }
        ),
        ["card"],
    )
    add(
        "pos.free_text.card.odd_sep",
        "text",
        f"the card ending... full number is {card(4, '-')} exp 12/29",
        ["card"],
    )
    add(
        "pos.free_text.card.dots",
        "llm.input_messages.3.message.content",
        f"{card(5, '.')}",
        ["card"],
    )
    add(
        "pos.free_text.card.readback",
        "gen_ai.completion.0.content",
        f"So that's the Amex {card(5, ' ')}, expiring oh-seven twenty-eight, right?",
        ["card"],
    )
    acct = digits(10, "123456789")
    add(
        "pos.free_text.bank_account.us",
        "transcript",
        f"routing {IDS['aba']} account {acct}",
        ["bank_account"],
    )
    add(
        "pos.free_text.bank_account.gb",
        "lk.user_transcript",
        f"sort code {digits(2, '1234')}-{digits(2)}-{digits(2)} account number {digits(8)}",
        ["bank_account"],
    )
    add(
        "pos.free_text.bank_account.au",
        "gen_ai.prompt.2.content",
        f"BSB {digits(3, '01')}-{digits(3)} and the account is {digits(9)}",
        ["bank_account"],
    )
    add(
        "pos.free_text.bank_account.hinglish",
        "transcript",
        f"IFSC code HDFC0{digits(6)} hai aur account number {digits(14, '5')} hai",
        ["bank_account"],
    )
    add(
        "pos.free_text.bank_account.ca",
        "lk.user_transcript",
        f"transit {digits(5)}, institution 003, account {digits(7)}",
        ["bank_account"],
    )
    for cc, lead in [
        ("DE", "meine iban ist "),
        ("NL", "iban "),
        ("PL", "numer konta "),
        ("ES", "el iban es "),
        ("TR", "iban numaram "),
        ("SA", "الآيبان "),
        ("FR", "mon iban c'est "),
    ]:
        v = iban(cc)
        v = v.lower() if cc in ("DE", "NL", "ES", "FR") else grouped(v)
        add(
            f"pos.free_text.iban.{cc.lower()}",
            rng.choice(["transcript", "lk.user_transcript", "gen_ai.prompt.2.content"]),
            lead + v,
            ["iban"],
        )
    add(
        "pos.tool_payload.payee.bank",
        "gen_ai.tool.call.arguments",
        js(
            {
                "payee": {"display": gbn, "iban": iban("GB")},
                "amount": "250.00",
                "currency": "GBP",
                "reference": "rent dec",
            }
        ),
        ["iban", "name"],
    )
    add(
        "pos.free_text.sens.bank",
        "transcript",
        "I can't afford the minimum payment since I lost the job, can we pause it",
        ["sensitive"],
    )
    add(
        "pos.free_text.sens.bank.gambling",
        "lk.user_input",
        "honestly I gambled it all away, I've got nothing left till the 28th",
        ["sensitive"],
    )
    add(
        "neg.free_text.reply.bank",
        "lk.response.text",
        "Card replacement is free and arrives in five to seven business days.",
    )
    add(
        "neg.tool_payload.fx.bank",
        "lk.function_tool.output",
        js({"pair": "EUR/USD", "rate": 1.0842, "as_of": "2026-12-06T21:00:00Z"}),
    )
    add(
        "neg.free_text.turn.bank",
        "transcript",
        "what's the daily ATM limit on the standard account",
    )

    # insurance claims
    pol = {
        "policy": {
            "number": "HX-20-449183",
            "product": "home",
            "status": "active",
            "insured": {"nombre": n2, "direccion": fk("es_ES").address().replace("\n", ", ")},
            "claims": [{"id": "CLM-88120", "type": "water_damage", "reserve": 3200}],
        }
    }
    add(
        "pos.tool_payload.policy.insurance", "traceloop.entity.output", js(pol), ["address", "name"]
    )
    add(
        "neg.tool_payload.policy.insurance",
        "traceloop.entity.output",
        js(
            {
                "policy": {
                    "number": "HX-20-449183",
                    "product": "home",
                    "status": "active",
                    "deductible": 500,
                    "claims_open": 1,
                }
            }
        ),
    )
    add(
        "pos.free_text.claim.insurance",
        "transcript",
        f"the other driver was {us.name()}, he gave me his plate, 7KLM204",
        ["name"],
    )
    add(
        "pos.free_text.sens.insurance",
        "lk.user_transcript",
        "they found a tumour after the crash, I've been at the hospital every week",
        ["sensitive"],
    )
    add(
        "neg.free_text.reply.insurance",
        "gen_ai.completion.0.content",
        "A claims adjuster will review photos within two business days. Your claim number is CLM-88120.",
    )

    # utilities and telecom
    addr_us = us.address().replace("\n", ", ")
    add(
        "pos.free_text.address.utilities",
        "transcript",
        f"service address is {addr_us.lower()}",
        ["address"],
    )
    add(
        "pos.free_text.address.readback",
        "llm.output_messages.0.message.content",
        f"I have the move-out for {addr_us} on the 14th, is that right?",
        ["address"],
    )
    add(
        "pos.free_text.sens.utilities",
        "transcript",
        "my son is on home oxygen, you can't cut the power",
        ["sensitive"],
    )
    add(
        "neg.free_text.turn.utilities",
        "lk.user_transcript",
        "is there an outage in the 4th district right now",
    )
    add(
        "neg.tool_payload.outage.utilities",
        "gen_ai.tool.call.result",
        js(
            {
                "area": "district-4",
                "outage": True,
                "eta_restore": "2026-12-06T23:30:00-06:00",
                "customers_affected": 1320,
            }
        ),
    )
    add(
        "pos.free_text.email.spelled",
        "transcript",
        f"it's {first.lower()} dot {last.lower()} at gmail dot com",
        ["email"],
    )
    add(
        "pos.free_text.email.es",
        "lk.user_transcript",
        "mi correo es paty punto ruiz arroba hotmail punto com",
        ["email"],
    )
    add(
        "pos.free_text.email.fr",
        "transcript",
        "c'est jeanne point morel arobase orange point fr",
        ["email"],
    )
    add(
        "pos.free_text.email.de",
        "gen_ai.prompt.1.content",
        "meine mail ist k punkt wagner at web punkt de",
        ["email"],
    )
    add(
        "pos.free_text.email.idn",
        "text",
        "Schicken Sie es an jürgen.weiß@müller-bau.de bitte",
        ["email"],
    )
    add(
        "pos.free_text.email.readback",
        "lk.response.text",
        f"I'll send the bill to {first.lower()}.{last.lower()}77@outlook.com, correct?",
        ["email", "name"],
    )
    add(
        "pos.free_text.phone.words",
        "transcript",
        "call me back on " + spoken(ph("US", "e164")[2:]),
        ["phone"],
    )
    add(
        "pos.free_text.phone.words.es",
        "lk.user_transcript",
        "mi número es " + spoken(ph("MX", "e164")[3:], "es"),
        ["phone"],
    )
    add(
        "pos.free_text.phone.words.sw",
        "transcript",
        "namba yangu ni " + spoken("0" + ph("KE", "e164")[4:], "sw"),
        ["phone"],
    )
    add(
        "pos.free_text.phone.words.hi",
        "transcript",
        "mera number hai " + spoken(ph("IN", "e164")[3:], "hi"),
        ["phone"],
    )
    add(
        "pos.free_text.phone.gb", "gen_ai.prompt.2.content", f"best number is {ph('GB')}", ["phone"]
    )

    # food delivery and restaurants
    add(
        "pos.tool_payload.order.delivery",
        "tool.arguments",
        js(
            {
                "order": {
                    "items": [{"sku": "PZ-MARG-L", "qty": 2}],
                    "deliver_to": {
                        "recipient": fk("en_GB").name(),
                        "line1": gb.street_address(),
                        "city": gb.city(),
                        "postcode": gb.postcode(),
                    },
                    "notes": "ring twice",
                }
            }
        ),
        ["address", "name"],
    )
    add(
        "neg.tool_payload.order.delivery",
        "tool.result",
        js(
            {
                "order_id": "ORD-2026-118842",
                "status": "out_for_delivery",
                "eta_min": 18,
                "total": {"amount": 31.80, "currency": "GBP"},
            }
        ),
    )
    add(
        "neg.tool_payload.menu.restaurant",
        "lk.function_tool.output",
        js(
            {
                "menu": [
                    {"item": "Pad Thai", "price": 12.5, "vegan_option": True},
                    {"item": "Green curry", "price": 13.0},
                ],
                "kitchen_closes": "22:00",
            }
        ),
    )
    add(
        "neg.free_text.turn.restaurant", "transcript", "do you have a table for six at eight thirty"
    )
    add(
        "neg.free_text.reply.restaurant",
        "gen_ai.completion.0.content",
        "We have a table for six at 8:45. Shall I book it?",
    )
    add(
        "pos.free_text.sens.restaurant",
        "transcript",
        "no nuts at all please, my daughter nearly died last time, she's got the epipen",
        ["sensitive"],
    )

    # travel and hotels
    add(
        "pos.tool_payload.booking.hotel",
        "langfuse.observation.output",
        js(
            {
                "reservation": {
                    "confirmation": "HTL-5XQ2K9",
                    "guest": {
                        "first_name": first,
                        "last_name": last,
                        "email": f"{last.lower()}.{first[0].lower()}@yahoo.com",
                        "phone": ph("US", "e164"),
                    },
                    "room": "King deluxe",
                    "nights": 3,
                }
            }
        ),
        ["email", "name", "phone"],
    )
    add(
        "neg.tool_payload.booking.hotel",
        "langfuse.observation.output",
        js(
            {
                "reservation": {
                    "confirmation": "HTL-5XQ2K9",
                    "room": "King deluxe",
                    "nights": 3,
                    "rate": 189.0,
                    "currency": "EUR",
                    "breakfast": True,
                }
            }
        ),
    )
    add(
        "pos.free_text.passport.travel",
        "transcript",
        f"passport number is C{digits(8)} and my date of birth is 4 April 1990",
        ["dob", "national_id"],
    )
    add(
        "neg.free_text.turn.travel",
        "lk.user_transcript",
        "what time is late checkout and is there a fee",
    )
    add(
        "neg.free_text.reply.travel",
        "lk.response.text",
        "Late checkout until 2 pm costs 30 euros. Flight LH 1734 departs at 10:15.",
    )

    # government and benefits, schools, real estate, car repair, legal aid, funeral homes
    add("pos.free_text.ssn.benefits", "transcript", f"my social is {spoken(IDS['ssn'])}", ["ssn"])
    add(
        "pos.free_text.ssn.split",
        "gen_ai.input.messages",
        msgs(
            ("system", "You help callers check the status of benefit applications."),
            ("user", f"last four? sure, whole thing is {IDS['ssn']}"),
            ("assistant", "Thank you, I found your application."),
        ),
        ["ssn"],
    )
    add(
        "pos.free_text.sens.benefits",
        "transcript",
        "I'm undocumented, will applying for the kids get me deported",
        ["sensitive"],
    )
    add(
        "neg.free_text.reply.benefits",
        "gen_ai.completion.0.content",
        "Applications are processed within 30 days. You can also apply online at the county portal.",
    )
    add(
        "pos.free_text.school.third",
        "lk.user_transcript",
        f"I'm calling about my son {us.first_name_male()} {last} in 4B, he's got an IEP for ADHD",
        ["name", "sensitive"],
    )
    add("neg.free_text.turn.school", "transcript", "when is the winter break this year")
    add(
        "pos.tool_payload.tenant.realestate",
        "gen_ai.tool.call.result",
        js(
            {
                "application": {
                    "unit": "12C",
                    "applicant": {"name": n3, "ssn": IDS["ssn"], "income": 52000},
                    "status": "pending",
                }
            }
        ),
        ["name", "ssn"],
    )
    add(
        "neg.tool_payload.listing.realestate",
        "gen_ai.tool.call.result",
        js(
            {
                "listing": {
                    "id": "MLS-30419928",
                    "beds": 2,
                    "baths": 1,
                    "rent": 1850,
                    "available": "2027-01-01",
                    "address": "Unit listing, Harbor View Apartments",
                }
            }
        ),
    )
    add("neg.free_text.turn.car", "transcript", "how much for an oil change on a 2016 civic")
    add(
        "pos.free_text.car.vin", "lk.user_transcript", f"it's under {n4}, the silver RAV4", ["name"]
    )
    add(
        "neg.tool_payload.car.estimate",
        "tool.result",
        js(
            {
                "ro": "RO-55102",
                "labor_hours": 1.5,
                "parts": [{"part": "brake pads front", "sku": "BP-4410-22", "price": 64.0}],
                "total": 211.75,
            }
        ),
    )
    add(
        "pos.free_text.sens.legal",
        "transcript",
        "I got a DUI last weekend and my court date is Monday",
        ["sensitive"],
    )
    add(
        "pos.free_text.sens.legal.eviction",
        "lk.user_input",
        "they're evicting us on the 15th, I'm two months behind",
        ["sensitive"],
    )
    add(
        "neg.free_text.reply.legal",
        "gen_ai.completion.0.content",
        "Legal aid intake is Monday to Thursday, 9 to 4. Bring any court papers you received.",
    )
    add(
        "pos.free_text.funeral.third",
        "transcript",
        f"the service is for my mother, {gb.first_name_female()} {gb.last_name()}, she passed on Thursday",
        ["name", "sensitive"],
    )
    add(
        "neg.free_text.reply.funeral",
        "lk.response.text",
        "I'm very sorry for your loss. Our chapel is available Saturday morning.",
    )

    # speech providers and webhooks
    dg = {
        "metadata": {"request_id": uuid4(), "duration": 3.42, "channels": 1, "models": ["nova-3"]},
        "results": {
            "channels": [
                {
                    "alternatives": [
                        {
                            "transcript": f"yes this is {n2}",
                            "confidence": 0.982,
                            "words": [
                                {"word": "yes", "start": 0.08, "end": 0.31, "confidence": 0.99}
                            ],
                        }
                    ]
                }
            ]
        },
    }
    add("pos.free_text.stt.deepgram", "stt.response", js(dg), ["name"])
    dg["results"]["channels"][0]["alternatives"][0]["transcript"] = "what time do you open tomorrow"
    dg["metadata"]["request_id"] = uuid4()
    add("neg.free_text.stt.deepgram", "stt.response", js(dg))
    add(
        "neg.free_text.stt.assemblyai",
        "output.value",
        js(
            {
                "id": uuid4(),
                "status": "completed",
                "text": "Do you deliver to the airport hotels?",
                "confidence": 0.94,
                "audio_duration": 4,
            }
        ),
    )
    add(
        "pos.free_text.stt.assemblyai",
        "output.value",
        js(
            {
                "id": uuid4(),
                "status": "completed",
                "text": f"My address is {addr_us}.",
                "confidence": 0.91,
            }
        ),
        ["address"],
    )
    add(
        "neg.free_text.stt.whisper",
        "transcript",
        js(
            {
                "task": "transcribe",
                "language": "portuguese",
                "duration": 2.1,
                "text": "Vocês abrem no feriado?",
                "segments": [{"id": 0, "start": 0.0, "end": 2.1, "avg_logprob": -0.21}],
            }
        ),
    )
    add(
        "pos.free_text.tts.elevenlabs",
        "tts.request",
        js(
            {
                "text": f"Thanks Mrs {n4}, your refill is ready.",
                "model_id": "eleven_flash_v2_5",
                "voice_settings": {"stability": 0.5},
            }
        ),
        ["name"],
    )
    add(
        "neg.free_text.tts.cartesia",
        "tts.request",
        js(
            {
                "model_id": "sonic-2",
                "transcript": "Your order will arrive in about twenty minutes.",
                "voice": {"mode": "id", "id": uuid4()},
                "output_format": {
                    "container": "raw",
                    "encoding": "pcm_s16le",
                    "sample_rate": 16000,
                },
            }
        ),
    )
    cust = ph("US", "e164")
    add(
        "pos.free_text.webhook.vapi",
        "http.request.body",
        js(
            {
                "message": {
                    "type": "end-of-call-report",
                    "endedReason": "customer-ended-call",
                    "customer": {"number": cust},
                    "transcript": f"AI: Thanks for calling.\nUser: hi it's {n1}, I need a refill",
                    "cost": 0.142,
                }
            }
        ),
        ["name", "phone"],
    )
    add(
        "neg.free_text.webhook.vapi",
        "http.request.body",
        js(
            {
                "message": {
                    "type": "end-of-call-report",
                    "endedReason": "assistant-ended-call",
                    "transcript": "AI: Hello.\nUser: what are your hours\nAI: Nine to five.",
                    "cost": 0.051,
                }
            }
        ),
    )
    add(
        "pos.free_text.webhook.retell",
        "http.request.body",
        js(
            {
                "event": "call_analyzed",
                "call": {
                    "call_id": "call_" + rand(24, HEX),
                    "from_number": ph("GB", "e164"),
                    "to_number": "+442079460123",
                    "transcript": "Agent: Hello.\nUser: I'm calling about my late husband's account",
                },
            }
        ),
        ["phone", "sensitive"],
    )
    add(
        "pos.free_text.webhook.bland",
        "http.request.body",
        js(
            {
                "call_id": uuid4(),
                "concatenated_transcript": f"user: yeah put it under {last}  assistant: got it",
                "from": "+14155550199",
                "to": ph("US", "e164"),
            }
        ),
        ["name", "phone"],
    )
    add(
        "pos.free_text.exception",
        "exception.message",
        "ValueError: could not parse date from utterance 'born on the 2nd of may 1961 in lagos'",
        ["dob"],
        site="event",
    )
    add(
        "neg.free_text.redacted",
        "gen_ai.input.messages",
        msgs(
            ("user", "my name is [REDACTED_NAME] and my card is [CARD]"),
            ("assistant", "Thanks, I've noted that."),
        ),
    )
    add("neg.free_text.backchannel", "transcript", "uh huh")
    add("neg.free_text.backchannel.ok", "lk.user_transcript", "ok")
    add(
        "neg.free_text.chat.request",
        "traceloop.entity.input",
        chat(
            ("system", "You are a friendly order-status bot for Northwind Deli."),
            ("user", "is my sandwich ready"),
        ),
    )
    add(
        "neg.tool_payload.empty_args",
        "gen_ai.tool.call.arguments",
        js({"query": "opening hours", "store_id": "NW-014"}),
    )


# ---------------------------------------------------------------- code-switching, as people talk


def nric() -> str:
    """A Singapore NRIC with its check letter (weights 2765432, S/T table)."""
    body = digits(7, "0123456789")
    total = sum(int(a) * w for a, w in zip(body, (2, 7, 6, 5, 4, 3, 2), strict=True))
    return "S" + body + "JZIHGFEDCBA"[total % 11]


def mixed() -> None:
    mx, inn, ph_, ca = fk("es_MX"), fk("en_IN"), fk("fil_PH"), fk("fr_CA")
    # Spanglish (US clinic / delivery)
    add(
        "pos.free_text.intro.spanglish",
        "transcript",
        f"hi sí, la cita es for {mx.name()}, a las tres",
        ["name"],
    )
    add(
        "pos.free_text.address.spanglish",
        "lk.user_transcript",
        f"la dirección es {fk('en_US').street_address()}, apartment 4, en Houston, 77023",
        ["address"],
    )
    add(
        "pos.free_text.sens.spanglish",
        "transcript",
        "mi mamá tiene dementia y ya no se acuerda de tomar las pills",
        ["sensitive"],
    )
    add(
        "neg.free_text.clean.spanglish",
        "transcript",
        "ok perfect, entonces el order llega como at six?",
    )
    # Hinglish
    add(
        "pos.free_text.intro.hinglish",
        "transcript",
        f"haan ji, booking {inn.name()} ke naam pe hai",
        ["name"],
    )
    add(
        "pos.free_text.readback.hinglish",
        "lk.response.text",
        f"Toh {inn.first_name()} ji, aapka number {ph('IN')} hai, correct?",
        ["name", "phone"],
    )
    add(
        "pos.free_text.id.hinglish",
        "transcript",
        f"aadhaar number hai {' '.join(IDS['aadhaar'][i : i + 4] for i in (0, 4, 8))}",
        ["national_id"],
    )
    add(
        "pos.free_text.sens.hinglish",
        "lk.user_transcript",
        "bhai job chali gayi hai, EMI nahi bhar paunga is month",
        ["sensitive"],
    )
    add(
        "neg.free_text.clean.hinglish",
        "transcript",
        "delivery kab tak aayegi bhaiya, order already paid hai",
    )
    add(
        "pos.free_text.dob.hinglish",
        "gen_ai.prompt.2.content",
        "date of birth hai 14 August 1987, matlab chaudah aath sattasi",
        ["dob"],
    )
    # Taglish
    add(
        "pos.free_text.intro.taglish",
        "transcript",
        f"yes po, under {ph_.name()} po yung reservation",
        ["name"],
    )
    add(
        "pos.free_text.sens.taglish",
        "lk.user_transcript",
        "kasi po na-diagnose ako ng TB last month, pwede po ba ma-refund",
        ["sensitive"],
    )
    add(
        "neg.free_text.clean.taglish",
        "transcript",
        "sige po, pa-confirm na lang yung table for 5 ng 7pm",
    )
    # Franglais, Montreal
    add(
        "pos.free_text.intro.franglais_mtl",
        "transcript",
        f"oui allô, c'est {ca.name()}, j'appelle pour mon appointment",
        ["name"],
    )
    add(
        "pos.free_text.address.franglais_mtl",
        "lk.user_transcript",
        "c'est au 4521 rue Fabre, appartement 3, Montréal, H2J 3V7, le buzzer marche pas",
        ["address"],
    )
    add(
        "neg.free_text.clean.franglais_mtl",
        "transcript",
        "ok c'est correct, je vais checker mes emails pis je vous reviens",
    )
    add(
        "pos.free_text.sens.franglais_mtl",
        "transcript",
        "honnêtement je suis full en burnout depuis le mois passé",
        ["sensitive"],
    )
    # Franglais / Nouchi, Abidjan and Dakar
    add(
        "pos.free_text.intro.franglais_ci",
        "transcript",
        "c'est moi Konan Aya Estelle, je veux faire le transfert là, c'est urgent",
        ["name"],
    )
    add(
        "pos.free_text.phone.franglais_ci",
        "lk.user_transcript",
        f"mon numéro c'est {ph('CI')}, appelle-moi on va gérer",
        ["phone"],
    )
    add(
        "neg.free_text.clean.franglais_sn",
        "transcript",
        "le colis est arrivé à Dakar ou bien? je veux juste le tracking",
    )
    # Arabizi
    add(
        "pos.free_text.intro.arabizi",
        "transcript",
        "ana esmi Mohamed Abdelrahman w 3ayez a7agez maw3ed",
        ["name"],
    )
    add(
        "pos.free_text.sens.arabizi",
        "lk.user_transcript",
        "baba et2abad el osbo3 elly fat w 3ayzeen nelghy el 7agz",
        ["sensitive"],
    )
    add("neg.free_text.clean.arabizi", "transcript", "el far3 byefta7 el sa3a kam youm el gom3a?")
    add(
        "pos.free_text.address.arabizi",
        "transcript",
        "el 3enwan 14 share3 El Nasr, Maadi, Cairo, sha2a 7",
        ["address"],
    )
    # Singlish
    add(
        "pos.free_text.intro.singlish",
        "transcript",
        "eh can help me check or not, booking under Tan Wei Ming lah",
        ["name"],
    )
    add(
        "pos.free_text.id.singlish",
        "lk.user_transcript",
        f"my IC is {nric()}, last letter capital",
        ["national_id"],
    )
    add(
        "neg.free_text.clean.singlish",
        "transcript",
        "the aircon servicing can come tomorrow morning or not ah",
    )
    add(
        "pos.free_text.address.singlish",
        "transcript",
        "Blk 347 Ang Mo Kio Ave 3, #08-1123, Singapore 560347 lah",
        ["address"],
    )
    # Denglisch
    add(
        "pos.free_text.intro.denglisch",
        "transcript",
        f"hi, {fk('de_DE').name()} hier, ich wollte meinen Termin canceln",
        ["name"],
    )
    add(
        "neg.free_text.clean.denglisch",
        "lk.user_transcript",
        "kann ich das Meeting auf nächste Woche shiften, ist das ok?",
    )
    add(
        "pos.free_text.sens.denglisch",
        "transcript",
        "ich bin gerade im Burnout-Recovery, deshalb kann ich den Call nicht machen",
        ["sensitive"],
    )
    # Russian with English
    add(
        "pos.free_text.intro.ru_en",
        "transcript",
        f"да, это {fk('ru_RU').name()}, у меня problem с order",
        ["name"],
    )
    add(
        "pos.free_text.dob.ru_en",
        "lk.user_transcript",
        "date of birth — двенадцатое марта восемьдесят пятого",
        ["dob"],
    )
    add("neg.free_text.clean.ru_en", "transcript", "окей, тогда сделайте refund на карту, спасибо")
    # Swahili with English (Sheng)
    add(
        "pos.free_text.intro.sw_en",
        "transcript",
        "niko na issue na M-Pesa, jina ni Wanjiru Kamau",
        ["name"],
    )
    add(
        "pos.free_text.sens.sw_en",
        "lk.user_transcript",
        "nimekuwa sick sana, nina HIV na dawa zimeisha",
        ["sensitive"],
    )
    add("neg.free_text.clean.sw_en", "transcript", "bundles za weekend ni how much?")
    # Chinese with English
    add(
        "pos.free_text.intro.zh_en",
        "transcript",
        "我的 booking 是 under 陈志强，check in 明天",
        ["name"],
    )
    add(
        "pos.free_text.email.zh_en",
        "lk.user_transcript",
        "email 是 chen zhi qiang 88 at qq dot com",
        ["email"],
    )
    add("neg.free_text.clean.zh_en", "transcript", "那个 refund 大概几天到账？")
    # romanised STT output
    add(
        "pos.free_text.intro.hi_roman",
        "transcript",
        "mera naam sunita devi hai aur main bihar se bol rahi hoon",
        ["name"],
    )
    add(
        "pos.free_text.intro.bn_roman",
        "transcript",
        "ami rahim uddin bolchi amar order ta ekhono ashe ni",
        ["name"],
    )
    add("neg.free_text.clean.ur_roman", "transcript", "aap ka office kitne baje band hota hai")
    add(
        "pos.free_text.sens.ar_roman",
        "transcript",
        "ana 7amla w mesh 3arfa a2ool l gozy",
        ["sensitive"],
    )


# ---------------------------------------------------------------- values around the conversation


def secrets() -> list[tuple[str, str, Any, str]]:
    """(class tail, key, value, site) of live credentials in each provider's shape."""
    a62 = string.ascii_letters + string.digits
    return [
        (
            "openai",
            "http.request.header.authorization",
            ["Bearer sk-proj-" + rand(48, a62 + "-_") + "T3BlbkFJ" + rand(20, a62)],
            "attribute",
        ),
        (
            "anthropic",
            "http.request.header.x-api-key",
            ["sk-ant-api03-" + rand(93, a62 + "-_") + "AA"],
            "attribute",
        ),
        ("deepgram", "http.request.header.authorization", ["Token " + rand(40, HEX)], "attribute"),
        ("elevenlabs", "http.request.header.xi-api-key", ["sk_" + rand(48, HEX)], "attribute"),
        ("cartesia", "http.request.header.x-api-key", ["sk_car_" + rand(22, a62)], "attribute"),
        (
            "twilio_url",
            "url.full",
            f"https://AC{rand(32, HEX)}:{rand(32, HEX)}@api.twilio.com/2010-04-01/Accounts/AC{rand(32, HEX)}/Calls.json",
            "attribute",
        ),
        ("stripe", "payment.gateway.key", "sk_live_" + rand(99, a62), "attribute"),
        (
            "stripe_restricted",
            "http.request.header.authorization",
            ["Bearer rk_live_" + rand(99, a62)],
            "attribute",
        ),
        (
            "aws",
            "exception.message",
            f"botocore.exceptions.ClientError: SignatureDoesNotMatch for AKIA{rand(16, string.ascii_uppercase + '234567')} / secret {rand(40, a62 + '/+')}",
            "event",
        ),
        ("github", "vcs.auth.token", "ghp_" + rand(36, a62), "attribute"),
        (
            "google",
            "url.full",
            f"https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent?key=AIza{rand(35, a62 + '-_')}",
            "attribute",
        ),
        (
            "slack_webhook",
            "webhook.url",
            f"https://hooks.slack.com/services/T{rand(10, string.ascii_uppercase + string.digits)}/B{rand(10, string.ascii_uppercase + string.digits)}/{rand(24, a62)}",
            "attribute",
        ),
        (
            "slack_bot",
            "http.request.header.authorization",
            [
                "Bearer xoxb-"
                + digits(12, "123456789")
                + "-"
                + digits(13, "123456789")
                + "-"
                + rand(24, a62)
            ],
            "attribute",
        ),
        (
            "jwt_header",
            "http.request.header.authorization",
            ["Bearer " + jwt("agent-runner")],
            "attribute",
        ),
        (
            "jwt_livekit",
            "url.full",
            "wss://voice-7f3k.livekit.cloud/rtc?access_token=" + jwt("room-admin"),
            "attribute",
        ),
        (
            "cookie",
            "http.request.header.cookie",
            [f"sessionid={rand(32, a62)}; csrftoken={rand(64, a62)}"],
            "attribute",
        ),
        (
            "set_cookie",
            "http.response.header.set-cookie",
            [f"__Secure-auth={rand(40, a62 + '-_')}; Path=/; HttpOnly; Secure"],
            "attribute",
        ),
        (
            "pg_dsn",
            "db.connection_string",
            f"postgresql://callbot:{rand(14, a62)}!@db-prod-2.internal:5432/calls",
            "attribute",
        ),
        (
            "redis_url",
            "db.redis.url",
            f"redis://default:{rand(24, a62)}@cache.internal:6379/0",
            "attribute",
        ),
        (
            "sql_password",
            "db.statement",
            f"ALTER ROLE reporting WITH LOGIN PASSWORD '{rand(16, a62)}'",
            "attribute",
        ),
        (
            "signed_webhook",
            "http.url",
            f"https://api.example-crm.io/hooks/inbound?token={rand(40, a62)}",
            "attribute",
        ),
        (
            "telnyx",
            "http.request.header.authorization",
            ["Bearer KEY" + rand(26, string.ascii_uppercase + string.digits) + "_" + rand(22, a62)],
            "attribute",
        ),
        ("groq", "http.request.header.authorization", ["Bearer gsk_" + rand(52, a62)], "attribute"),
        ("otlp_headers", "exporter.otlp.headers", f"x-honeycomb-team={rand(22, a62)}", "resource"),
        (
            "status_token",
            "otel.status_description",
            f"401 Unauthorized: invalid api key sk-proj-{rand(40, a62)}",
            "status",
        ),
        (
            "basic_auth",
            "http.request.header.authorization",
            ["Basic " + base64.b64encode(f"webhook:{rand(18, a62)}".encode()).decode()],
            "attribute",
        ),
    ]


def values() -> None:
    us, gb = fk("en_US"), fk("en_GB")
    # caller numbers where telephony carries them
    regs = ["US", "GB", "MX", "BR", "IN", "DE", "FR", "JP", "KE", "PH", "NG", "AU"]
    for i, r in enumerate(regs):
        e = ph(r, "e164")
        shape = i % 6
        if shape == 0:
            add(
                "pos.value.phone.sip_from",
                "sip.header.from",
                f"<sip:{e}@pstn.twilio.com>;tag={rand(8, HEX)}",
                ["phone"],
            )
        elif shape == 1:
            add(
                "pos.value.phone.sip_pai",
                "sip.header.p-asserted-identity",
                [f'"{e}" <sip:{e}@{rng.choice(["sip.telnyx.com", "10.2.1.9"])};user=phone>'],
                ["phone"],
            )
        elif shape == 2:
            add(
                "pos.value.phone.twilio_form",
                "http.request.body",
                f"AccountSid=AC{rand(32, HEX)}&CallSid=CA{rand(32, HEX)}&CallStatus=ringing&Direction=inbound&From=%2B{e[1:]}&To=%2B14155550100",
                ["phone"],
            )
        elif shape == 3:
            add(
                "pos.value.phone.livekit_identity", "lk.participant_identity", f"sip_{e}", ["phone"]
            )
        elif shape == 4:
            add(
                "pos.value.phone.telnyx",
                "http.request.body",
                js(
                    {
                        "data": {
                            "event_type": "call.initiated",
                            "payload": {
                                "call_control_id": "v3:"
                                + rand(40, string.ascii_letters + string.digits + "-_"),
                                "from": e,
                                "to": "+13125550100",
                                "direction": "incoming",
                            },
                        }
                    }
                ),
                ["phone"],
            )
        else:
            add("pos.value.phone.patter_key", "getpatter.call.from", e, ["phone"])
    add(
        "pos.value.phone.diversion",
        "sip.header.diversion",
        [f"<sip:{ph('ES', 'e164')}@carrier.example>;reason=no-answer"],
        ["phone"],
    )
    add(
        "pos.value.phone.rpid",
        "sip.header.remote-party-id",
        [f'"{gb.name()}" <sip:{ph("GB", "e164")}@192.0.2.10>;party=calling;privacy=off'],
        ["name", "phone"],
    )
    add(
        "pos.value.phone.media_start",
        "websocket.message",
        js(
            {
                "event": "start",
                "sequenceNumber": "1",
                "start": {
                    "streamSid": "MZ" + rand(32, HEX),
                    "callSid": "CA" + rand(32, HEX),
                    "customParameters": {"caller": ph("AU", "e164")},
                    "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
                },
            }
        ),
        ["phone"],
    )
    add(
        "pos.value.phone.status_url",
        "url.full",
        f"https://voice.example-shop.com/twilio/status?CallSid=CA{rand(32, HEX)}&From=%2B{ph('CA', 'e164')[1:]}&CallStatus=completed",
        ["phone"],
    )
    add(
        "pos.value.phone.lk_attrs",
        "lk.participant_attributes",
        js(
            {
                "sip.phoneNumber": ph("SG", "e164"),
                "sip.trunkPhoneNumber": fixed("SG", "e164"),
                "sip.callStatus": "active",
            }
        ),
        ["phone"],
    )
    add(
        "pos.value.phone.log",
        "message",
        f"inbound call from {ph('IT', 'intl')} routed to queue billing",
        ["phone"],
        site="event",
    )
    add("pos.value.name.cnam", "sip.caller_name", gb.name().upper(), ["name"])
    add(
        "pos.value.email.enduser",
        "enduser.id",
        f"{us.first_name().lower()}.{us.last_name().lower()}@gmail.com",
        ["email"],
    )
    add(
        "pos.value.email.user_key",
        "user.email",
        f"{gb.last_name().lower()}{digits(2)}@yahoo.co.uk",
        ["email"],
    )
    add(
        "pos.value.email.status",
        "otel.status_description",
        f"CRM lookup failed: no contact for {us.first_name().lower()}{digits(3)}@hotmail.com",
        ["email"],
        site="status",
    )
    add(
        "pos.value.email.exception",
        "exception.message",
        f'IntegrityError: duplicate key value violates unique constraint "customers_email_key" DETAIL: Key (email)=({fk("de_DE").last_name().lower()}@gmx.de) already exists.',
        ["email"],
        site="event",
    )
    add(
        "pos.value.email.resource",
        "service.owner",
        f"{us.first_name().lower()}.{us.last_name().lower()}@gmail.com",
        ["email"],
        site="resource",
    )
    add(
        "pos.value.card.log",
        "message",
        f"charge declined card={TEST_CARDS[0]} reason=insufficient_funds",
        ["card"],
        site="event",
    )
    add(
        "pos.value.iban.exception",
        "exception.message",
        f"SepaValidationError: mandate rejected for {iban('DE')}",
        ["iban"],
        site="event",
    )
    add(
        "pos.value.ssn.sql",
        "db.statement",
        f"SELECT * FROM applicants WHERE ssn = '{IDS['ssn']}'",
        ["ssn"],
    )
    add(
        "pos.value.dob.sql",
        "db.statement",
        f"UPDATE patients SET dob = '1958-07-23' WHERE last_name = '{us.last_name()}'",
        ["dob", "name"],
    )
    add(
        "pos.value.national_id.status",
        "otel.status_description",
        f"KYC check failed for CPF {IDS['cpf']}",
        ["national_id"],
        site="status",
    )
    add(
        "pos.value.national_id.log",
        "message",
        f"pesel {IDS['pesel']} not found in registry",
        ["national_id"],
        site="event",
    )
    add(
        "pos.value.address.geocode",
        "exception.message",
        f"GeocodeError: ambiguous address '{us.street_address()}, {us.city()}, {us.state_abbr()} {us.zipcode()}'",
        ["address"],
        site="event",
    )
    add("pos.value.name.crm_key", "crm.contact.name", fk("pt_BR").name(), ["name"])
    add(
        "pos.value.name.log",
        "message",
        f"transferring caller {fk('es_ES').name()} to human agent",
        ["name"],
        site="event",
    )
    # client addresses
    for i in range(8):
        ip = public_ip()
        shape = i % 4
        if shape == 0:
            add(
                "pos.value.ip.xff",
                "http.request.header.x-forwarded-for",
                [f"{ip}, 10.12.0.4"],
                ["ip"],
            )
        elif shape == 1:
            add("pos.value.ip.client", "client.address", ip, ["ip"])
        elif shape == 2:
            add(
                "pos.value.ip.ice_srflx",
                "webrtc.ice.candidate",
                f"candidate:{digits(10, '123456789')} 1 udp 1677729535 {ip} {rng.randint(40000, 65000)} typ srflx raddr 192.168.1.{rng.randint(2, 250)} rport {rng.randint(40000, 65000)} generation 0",
                ["ip"],
            )
        else:
            add(
                "pos.value.ip.access_log",
                "message",
                f'{ip} - - [06/Dec/2026:20:14:03 +0000] "POST /incoming-call HTTP/1.1" 200 512',
                ["ip"],
                site="event",
            )
    add(
        "pos.value.ip.ice_v6",
        "webrtc.ice.candidate",
        f"candidate:{digits(9, '123456789')} 1 udp 2122262783 {public_v6()} 53122 typ host generation 0",
        ["ip"],
    )
    add(
        "pos.value.ip.forwarded",
        "http.request.header.forwarded",
        [f'for="[{public_v6()}]";proto=https'],
        ["ip"],
    )
    add("pos.value.ip.x_real_ip", "http.request.header.x-real-ip", [public_ip()], ["ip"])
    for tail, key, val, site in secrets():
        add(f"pos.value.secret.{tail}", key, val, ["secret"], site=site)


def negatives() -> None:
    # ids of every shape
    for i in range(6):
        add(
            "neg.value.trace_id",
            rng.choice(["trace_id", "otel.trace_id", "parent.trace_id"]),
            rand(32, HEX),
        )
        add(
            "neg.value.span_id",
            rng.choice(["span_id", "parent_span_id", "link.span_id"]),
            rand(16, HEX),
        )
        add(
            "neg.value.uuid",
            [
                "getpatter.call.id",
                "patter.call_id",
                "session.id",
                "request.id",
                "lk.room_id",
                "conversation.id",
            ][i],
            uuid4(),
        )
    for key in ["idempotency_key", "event.id", "job.id"]:
        add("neg.value.ulid", key, ulid())
    add("neg.value.twilio_sid", "twilio.call_sid", "CA" + rand(32, HEX))
    add("neg.value.twilio_sid", "twilio.account_sid", "AC" + rand(32, HEX))
    add("neg.value.twilio_sid", "twilio.stream_sid", "MZ" + rand(32, HEX))
    add(
        "neg.value.livekit_id",
        "lk.room_name",
        "call-" + rand(12, string.ascii_lowercase + string.digits),
    )
    add("neg.value.livekit_id", "lk.participant_identity", "agent-" + rand(8, HEX))

    # Luhn-valid and shaped look-alikes under id keys
    def luhn_ok(s: str) -> bool:
        tot = 0
        for j, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if j % 2 else 1)
            tot += v - 9 if v > 9 else v
        return tot % 10 == 0

    for key in ["order.id", "loyalty.member_id", "invoice.number", "shipment.tracking_id"]:
        add("neg.value.luhn_id", key, until(luhn_ok, lambda: digits(16, "3456789")))
    add(
        "neg.value.sku_ssn_shape",
        "product.sku",
        f"{rng.randint(100, 899)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
    )
    add(
        "neg.value.sku_ssn_shape",
        "order.line.sku",
        f"SKU-{rng.randint(100, 899)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
    )
    add(
        "neg.value.order_phone_shape",
        "ticket.id",
        f"{rng.randint(200, 899)}-{rng.randint(200, 899)}-{rng.randint(1000, 9999)}",
    )
    add(
        "neg.value.order_phone_shape",
        "confirmation.code",
        f"+{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}".replace(
            "+", "#"
        ),
    )
    add(
        "neg.value.card_shape",
        "gift_card.batch",
        f"{digits(4)} {digits(4)} {digits(4)} {digits(4)}".replace(" ", "-") + "-BATCH",
    )
    add("neg.value.iban_shape", "ledger.entry_ref", "GL" + digits(20))
    add("neg.value.int_id", "crm.record_id", int(digits(12, "123456789")))
    # versions, builds, hashes
    for key, val in [
        ("service.version", "2.14.3"),
        ("getpatter.version", "0.7.0"),
        ("telemetry.sdk.version", "1.29.0"),
        ("os.version", "6.8.0-1017-aws"),
        ("vcs.revision", rand(40, HEX)),
        ("build.id", "bld-" + rand(12, HEX)),
        ("container.image.tag", "sha-" + rand(7, HEX)),
    ]:
        add(
            "neg.value.version",
            key,
            val,
            site="resource"
            if key.startswith(("service", "telemetry", "os", "container"))
            else "attribute",
        )
    add("neg.value.hash", "caller.phone_sha256", rand(64, HEX))
    add("neg.value.hash", "user.email_hash", rand(32, HEX))
    add("neg.value.flag", "twilio.signature_valid", True)
    # addresses that are no one's
    for key, val in [
        ("client.address", "192.0.2.44"),
        ("client.address", "198.51.100.23"),
        ("http.request.header.x-forwarded-for", ["203.0.113.9, 10.0.0.2"]),
        ("net.sock.peer.addr", "10.24.3.17"),
        ("server.address", "127.0.0.1"),
        ("network.local.address", "172.18.0.5"),
        ("client.address", "2001:db8:85a3::8a2e:370:7334"),
        ("network.peer.address", "fe80::1c2a:3bff:fe4d:9a1"),
        (
            "webrtc.ice.candidate",
            f"candidate:{digits(9, '123456789')} 1 udp 2122260223 {uuid4()}.local 54400 typ host generation 0",
        ),
        (
            "webrtc.ice.candidate",
            f"candidate:{digits(9, '123456789')} 1 udp 2122260223 192.168.0.{rng.randint(2, 250)} 60012 typ host generation 0",
        ),
    ]:
        add("neg.value.ip_not_personal", key, val)
    for key, val in [
        ("server.address", "54.172.60.12"),
        ("network.peer.address", "34.203.254.17"),
        ("server.address", "api.deepgram.com"),
        ("net.peer.name", "media.twiliocdn.com"),
        ("network.peer.address", "18.156.18.181"),
    ]:
        add("neg.value.edge", key, val)
    # the business's own numbers and addresses
    tf = phonenumbers.example_number_for_type("US", PhoneNumberType.TOLL_FREE)
    assert tf is not None
    toll = phonenumbers.format_number(tf, PhoneNumberFormat.E164)
    for key, val in [
        ("getpatter.agent.phone_number", toll),
        ("sip.trunk.number", "+14155550100"),
        ("twilio.to", "+442079460123"),
        ("org.support_phone", fixed("FR")),
        ("org.contact_email", "support@northwind-deli.example"),
        ("business.address", "Harbor View Apartments, leasing office, 100 Pier Rd"),
        ("store.city", "Lisbon"),
        ("store.city", "Osaka"),
        ("org.name", "Riverside Family Clinic"),
        ("org.name", "Pham & Sons Auto Repair"),
        ("telephony.from", "+13125550100"),
    ]:
        add("neg.value.business", key, val)
    # masks, placeholders, redactions
    for key, val in [
        ("http.request.header.authorization", ["Bearer ***"]),
        ("llm.api_key", "sk-...a1B2"),
        ("config.openai_api_key", "${OPENAI_API_KEY}"),
        ("http.request.header.xi-api-key", ["[REDACTED]"]),
        ("caller.number", "+1 ***-***-**23"),
        ("customer.email", "<redacted:email>"),
        ("db.connection_string", "postgresql://callbot:****@db-prod-2.internal:5432/calls"),
        ("card.last4", "4242"),
    ]:
        add("neg.value.masked", key, val)
    # errors with nothing personal
    for key, val, site in [
        (
            "otel.status_description",
            "DEADLINE_EXCEEDED: tts provider did not answer within 5000 ms",
            "status",
        ),
        (
            "otel.status_description",
            "429 Too Many Requests: rate limit reached for gpt-4o-mini in organization org-"
            + rand(24, string.ascii_letters + string.digits),
            "status",
        ),
        (
            "exception.message",
            "websockets.exceptions.ConnectionClosedError: received 1011 (internal error) keepalive ping timeout",
            "event",
        ),
        (
            "exception.stacktrace",
            'Traceback (most recent call last):\n  File "/app/bot/pipeline.py", line 212, in run\n    await self.tts.synth(chunk)\n  File "/app/bot/tts.py", line 88, in synth\n    raise TimeoutError("tts timeout")\nTimeoutError: tts timeout',
            "event",
        ),
        (
            "http.response.body",
            js(
                {
                    "error": {
                        "message": "The model `gpt-5-nano-x` does not exist",
                        "type": "invalid_request_error",
                        "code": "model_not_found",
                    }
                }
            ),
            "attribute",
        ),
        (
            "http.response.body",
            js({"err_code": "INSUFFICIENT_CREDITS", "message": "Deepgram project balance is 0.00"}),
            "attribute",
        ),
        ("exception.message", "KeyError: 'delivery_window'", "event"),
        ("otel.status_description", "Twilio 21211: invalid 'To' phone number format", "status"),
    ]:
        add("neg.value.error", key, val, site=site)
    # metrics, codecs, models, regions
    for key, val in [
        ("patter.cost.telephony_minutes", 3.25),
        ("patter.cost.stt_seconds", 187.4),
        ("patter.cost.tts_chars", 1462),
        ("patter.cost.llm_input_tokens", 5310),
        ("patter.latency.ttfb_ms", 612.0),
        ("patter.latency.turn_ms", 1408.5),
        ("getpatter.stt.confidence", 0.93),
        ("getpatter.llm.history_size", 9),
        ("getpatter.llm.ttft_ms", 288.0),
        ("getpatter.endpoint.silence_ms", 540),
        ("getpatter.stt.text_len", 41),
        ("getpatter.tts.text_len", 77),
        ("getpatter.bargein.cancelled_text_len", 23),
        ("patter.side", "uut"),
        ("getpatter.call.direction", "inbound"),
        ("getpatter.call.provider_mode", "pipeline"),
        ("patter.telephony", "twilio"),
        ("patter.stt.provider", "deepgram"),
        ("patter.tts.provider", "elevenlabs"),
        ("patter.llm.provider", "openai"),
        ("getpatter.tool.name", "lookup_order"),
        ("getpatter.tool.transport", "http"),
        ("gen_ai.request.model", "gpt-4o-mini-2024-07-18"),
        ("gen_ai.response.model", "claude-3-5-haiku-20241022"),
        ("gen_ai.usage.input_tokens", 1432),
        ("gen_ai.usage.output_tokens", 88),
        ("audio.codec", "audio/x-mulaw"),
        ("audio.sample_rate", 8000),
        ("tts.output_format", "pcm_16000"),
        ("stt.model", "nova-3-general"),
        ("tts.voice_id", "21m00Tcm4TlvDq8ikWAM"),
        ("tts.voice_name", "Rachel"),
        ("cloud.region", "eu-west-3"),
        ("cloud.availability_zone", "ap-southeast-1b"),
        ("call.duration_s", 214.7),
        ("call.cost_usd", 0.1875),
        ("call.started_at", "2026-12-06T19:42:11.204Z"),
        ("http.response.status_code", 200),
        ("http.request.method", "POST"),
        ("url.path", "/v1/chat/completions"),
        ("sip.status", "486 Busy Here"),
        ("twilio.call_status", "no-answer"),
        ("lk.agent_name", "front-desk"),
        ("lk.job_id", "AJ_" + rand(12, string.ascii_letters + string.digits)),
        ("rtp.jitter_ms", 12.5),
        ("store.currency", "EUR"),
        ("appointment.slot", "2026-12-08T09:40:00-05:00"),
        ("order.total", "31.80 GBP"),
    ]:
        add("neg.value.metric", key, val)
    for key, val in [
        ("service.name", "front-desk-voice"),
        ("deployment.environment", "production"),
        ("host.name", "ip-10-0-3-17.eu-west-3.compute.internal"),
        ("cloud.provider", "aws"),
        ("service.namespace", "clinic-line"),
        ("process.runtime.name", "cpython"),
    ]:
        add("neg.value.resource", key, val, site="resource")
    for key, val in [
        ("event.name", "gen_ai.choice"),
        ("lk.speech_id", "speech_" + rand(12, HEX)),
        ("getpatter.bargein", True),
    ]:
        add("neg.value.event", key, val, site="event")
    add(
        "neg.value.system_prompt",
        "gen_ai.system_instructions",
        "You are the after-hours line of Pham & Sons Auto Repair. Quote prices from the price list tool only.",
    )
    add(
        "neg.value.system_prompt",
        "lk.instructions",
        "Speak Spanish or English, as the caller does. Keep answers under two sentences.",
    )
    add("neg.value.empty_payload", "gen_ai.tool.call.arguments", "{}")
    # dates, numbers and names that belong to no caller
    look_alikes = [
        ("release.date", "1987-03-14"),
        ("menu.item", "Margherita 1889"),
        ("store.street", "Rua Augusta"),
        ("store.city", "São Paulo"),
        ("store.city", "Nairobi"),
        ("org.name", "Sato Dental Clinic"),
        ("product.name", "Jameson Irish Whiskey 70cl"),
        ("tts.voice_name", "Aoede"),
        ("stt.language", "pt-BR"),
        ("policy.number", "HX-20-449183"),
        ("claim.id", "CLM-88120"),
        ("booking.pnr", "5XQ2K9"),
        ("order.id", "ORD-2026-118842"),
        ("tracking.number", "1Z999AA10123456784"),
        ("flight.number", "TK1856"),
        ("invoice.total", "1.250,00 EUR"),
        ("queue.wait_s", 42),
        ("trunk.region", "sa-east-1"),
        ("sip.call_id", f"{rand(32, HEX)}@10.0.4.12"),
        ("rtp.payload_type", 0),
        ("audio.frame_ms", 20),
        ("getpatter.call.id", ulid()),
        ("patter.call_id", uuid4()),
        ("vehicle.vin_hash", rand(40, HEX)),
        ("otel.scope.name", "getpatter.observability"),
    ]
    for key, val in look_alikes:
        add("neg.value.look_alike", key, val)


def more() -> None:
    """Clean turns in more shapes, and caller data in more telephony places."""
    # the business speaking about itself: its own address and published line are no one's data
    biz = [
        (
            "lk.response.text",
            f"Our pharmacy is at 200 Market Street, ground floor, and the line is {fixed('US', 'toll')}.",
        ),
        (
            "gen_ai.completion.0.content",
            f"Nuestra sucursal está en Av. Reforma 222, Ciudad de México. Teléfono de atención: {fixed('MX')}.",
        ),
        (
            "llm.output_messages.0.message.content",
            f"Notre agence est ouverte de 9 h à 18 h, au {fixed('FR')}.",
        ),
        (
            "text",
            f"Unsere Werkstatt erreichen Sie unter {fixed('DE')}, Montag bis Freitag 8 bis 17 Uhr.",
        ),
        ("output", "ご来店は平日10時から19時まで、土日は予約制です。"),
        (
            "lk.response.text",
            "영업시간은 오전 9시부터 오후 6시까지입니다. 점심시간은 12시부터 1시까지예요.",
        ),
        ("gen_ai.completion.0.content", "我们的营业时间是早上九点到晚上八点，周末也营业。"),
        ("text", "Jam operasional kantor kami Senin sampai Jumat, pukul 08.00 sampai 16.00."),
        ("lk.response.text", "Dạ, phí giao hàng là 15.000 đồng cho đơn dưới 200.000 đồng."),
        ("output", "ร้านเปิดทุกวัน 10 โมงเช้าถึง 3 ทุ่มค่ะ"),
        (
            "gen_ai.completion.0.content",
            "Przychodnia jest czynna od poniedziałku do piątku w godzinach 8–20.",
        ),
        ("text", "Zavolejte nám na zákaznickou linku, otevřeno máme do šesti."),
        ("lk.response.text", "Ми працюємо з понеділка по п'ятницю з 9:00 до 18:00."),
        ("output", "Randevunuz salı günü saat 14:30'da, lütfen 10 dakika önce gelin."),
        ("gen_ai.completion.0.content", "आपका ऑर्डर 30 मिनट में पहुँच जाएगा।"),
        ("text", "ساعات العمل من التاسعة صباحاً حتى الخامسة مساءً."),
        ("lk.response.text", "שעות הפעילות שלנו הן א׳–ה׳ בין 8:00 ל־17:00."),
        ("output", "Ofisi yetu iko wazi kuanzia saa mbili asubuhi hadi saa kumi jioni."),
        (
            "gen_ai.completion.0.content",
            "Sua consulta foi remarcada para quinta-feira às 10h. Posso ajudar em mais alguma coisa?",
        ),
    ]
    for key, text in biz:
        add("neg.free_text.reply.business", key, text)
    # whole exporter shapes with nothing personal in them
    add(
        "neg.free_text.request.openinference",
        "llm.input_messages.0.message.content",
        "You are Sunny, the booking assistant of Seaside Hotel Lisbon. Answer in the caller's language. Never ask for card numbers on the phone.",
    )
    add(
        "neg.free_text.request.genai_output",
        "gen_ai.output.messages",
        js(
            [
                {
                    "role": "assistant",
                    "parts": [
                        {
                            "type": "text",
                            "content": "Breakfast is served from 7 to 10:30 in the lobby restaurant.",
                        }
                    ],
                    "finish_reason": "stop",
                }
            ]
        ),
    )
    add(
        "neg.free_text.request.traceloop",
        "traceloop.entity.input",
        js(
            {
                "args": [],
                "kwargs": {"question": "do you have gluten free bread", "store_id": "NW-014"},
            }
        ),
    )
    add(
        "neg.free_text.request.langfuse",
        "langfuse.observation.input",
        js(
            [
                {"role": "system", "content": "You are a utility company's outage line."},
                {"role": "user", "content": "is the power out on the east side"},
            ]
        ),
    )
    add(
        "neg.free_text.request.prompt",
        "gen_ai.prompt.0.content",
        "You are the reservations line of Trattoria Da Nino. Tables seat up to eight.",
    )
    add(
        "neg.free_text.stt.deepgram_es",
        "stt.response",
        js(
            {
                "metadata": {"request_id": uuid4(), "duration": 1.9},
                "results": {
                    "channels": [{"alternatives": [{"transcript": "sí claro", "confidence": 0.97}]}]
                },
            }
        ),
    )
    add("neg.free_text.turn.pipecat", "transcript", "yeah yeah that works")
    add("neg.free_text.turn.pipecat_interim", "transcript", "can i also get a")
    add(
        "neg.tool_payload.sku.lookup",
        "tool.arguments",
        js({"sku": "SKU-77120-BLK", "warehouse": "MAD-2"}),
    )
    add(
        "neg.tool_payload.hours",
        "lk.function_tool.output",
        js(
            {
                "store": "Lisbon Baixa",
                "hours": {"mon_fri": "09:00-20:00", "sat": "10:00-14:00", "sun": None},
            }
        ),
    )
    add(
        "neg.tool_payload.appointment",
        "gen_ai.tool.call.result",
        js(
            {
                "appointment": {
                    "id": "APT-40213",
                    "service": "tyre change",
                    "bay": 3,
                    "start": "2026-12-09T08:30:00+01:00",
                    "status": "confirmed",
                }
            }
        ),
    )
    add(
        "neg.tool_payload.tariff",
        "tool.result",
        js(
            {"tarifa": {"nombre": "Plan Hogar 300", "precio_mensual": 29.9, "permanencia_meses": 0}}
        ),
    )
    add(
        "neg.tool_payload.flight",
        "output.value",
        js(
            {
                "flight": "TK1856",
                "from": "IST",
                "to": "LIS",
                "dep": "2026-12-10T07:40:00+03:00",
                "status": "on_time",
                "gate": "F4",
            }
        ),
    )
    add(
        "neg.tool_payload.funeral_packages",
        "lk.function_tool.output",
        js(
            {
                "packages": [
                    {"name": "basic", "price_zar": 8900},
                    {"name": "family", "price_zar": 15400},
                ],
                "chapel_available": ["2026-12-12", "2026-12-13"],
            }
        ),
    )
    # names and records in the shapes people and CRMs give them
    es, de, nl = fk("es_ES"), fk("de_DE"), fk("nl_NL")
    add(
        "pos.free_text.name.initials",
        "transcript",
        f"J. P. {nl.last_name()} here, calling about the viewing",
        ["name"],
    )
    add(
        "pos.free_text.name.particles",
        "lk.user_transcript",
        "es para María de los Ángeles García de la Fuente, con tilde en la a",
        ["name"],
    )
    add(
        "pos.free_text.name.nato",
        "transcript",
        "K as in kilo, O as in oscar, W as in whiskey, A, L, S, K, I. Kowalski",
        ["name"],
    )
    add(
        "pos.free_text.name.staff",
        "lk.response.text",
        "You're speaking with Priya Raman from billing, I'll stay on the line.",
        ["name"],
    )
    add(
        "pos.free_text.name.title_ko",
        "transcript",
        "김 선생님 계세요? 지난주에 상담받았는데요",
        ["name"],
    )
    add(
        "pos.free_text.name.correction",
        "transcript",
        f"it's {de.first_name()}, sorry, {de.first_name()} {de.last_name()}, the first one's my middle name",
        ["name"],
    )
    crm = {
        "cliente": {
            "id": "C-0049217",
            "datos_personales": {
                "nombre": es.first_name(),
                "apellidos": f"{es.last_name()} {es.last_name()}",
            },
            "contacto": {
                "telefono_movil": ph("ES", "intl"),
                "correo": f"{es.user_name()}@gmail.com",
            },
            "segmento": "premium",
        }
    }
    add(
        "pos.tool_payload.crm.es",
        "gen_ai.tool.call.result",
        js({"resultado": crm}),
        ["email", "name", "phone"],
    )
    cita = {
        "cita": {
            "id": "APT-7712",
            "hora": "10:40",
            "paciente": {"nombre": fk("es_MX").name()},
            "medico": "Dra. Ibarra",
            "motivo": "control prenatal, semana 22",
        }
    }
    add(
        "pos.tool_payload.appointment.es",
        "lk.function_tool.output",
        js(cita),
        ["name", "sensitive"],
    )
    acct = digits(8)
    add(
        "pos.free_text.bank_account.split",
        "lk.chat_ctx",
        js(
            {
                "items": [
                    {
                        "type": "message",
                        "role": "user",
                        "content": [f"sort code is 20 {digits(2)} {digits(2)}"],
                    },
                    {
                        "type": "message",
                        "role": "assistant",
                        "content": ["Thanks. And the account number?"],
                    },
                    {"type": "message", "role": "user", "content": [f"{acct[:4]}... {acct[4:]}"]},
                ]
            }
        ),
        ["bank_account"],
    )
    add(
        "pos.free_text.dob.ar",
        "llm.output_messages.0.message.content",
        "تمام، تاريخ الميلاد ١٤ مارس ١٩٨٦، صحيح؟",
        ["dob"],
    )
    add("pos.free_text.dob.ja_era", "transcript", "生年月日は昭和六十二年四月三日です", ["dob"])
    add(
        "pos.free_text.ssn.history",
        "gen_ai.input.messages",
        msgs(
            ("system", "You verify callers for the county benefits office. Ask for the full SSN."),
            ("user", f"first three {IDS['ssn'][:3]}"),
            ("user", f"then {IDS['ssn'][4:6]}, then {IDS['ssn'][7:]}"),
            ("assistant", "Thank you, you're verified."),
        ),
        ["ssn"],
    )
    # content where Patter's own keys or GenAI events would carry it
    add(
        "pos.free_text.patter_leak",
        "getpatter.stt.text",
        f"yeah it's {fk('en_GB').name()}, flat 2",
        ["name"],
    )
    add(
        "neg.free_text.patter_leak", "getpatter.tts.text", "Your table is booked for eight o'clock."
    )
    add(
        "neg.tool_payload.patter_leak",
        "getpatter.tool.arguments",
        js({"order_id": "ORD-2026-118842"}),
    )
    add(
        "pos.free_text.event.user_message",
        "content",
        f"this is {fk('pt_PT').name()}, liguei por causa da fatura",
        ["name"],
        site="event",
    )
    add(
        "neg.free_text.event.assistant_message",
        "content",
        "Claro, a fatura de novembro já está disponível na app.",
        site="event",
    )
    # caller data in more telephony places
    add(
        "pos.value.phone.sip_to_outbound",
        "sip.header.to",
        f"<sip:{ph('BR', 'e164')}@sip.provider.example>",
        ["phone"],
    )
    add("pos.value.phone.twilio_called", "twilio.called", ph("PH", "e164"), ["phone"])
    add(
        "pos.value.phone.caller_header",
        "http.request.header.x-caller-id",
        [ph("NG", "e164")],
        ["phone"],
    )
    add("pos.value.phone.enduser", "enduser.id", ph("JP", "e164"), ["phone"])
    add(
        "pos.value.phone.exception",
        "exception.message",
        f"CarrierError: number {ph('KE', 'intl')} is unreachable (SIP 480)",
        ["phone"],
        site="event",
    )
    add(
        "pos.value.phone.status",
        "otel.status_description",
        f"voicemail detected for {ph('GB', 'e164')}",
        ["phone"],
        site="status",
    )
    add("pos.value.phone.event_attr", "caller.number", ph("DE", "e164"), ["phone"], site="event")
    add("pos.value.name.user_key", "user.full_name", fk("it_IT").name(), ["name"])
    add(
        "pos.value.name.event",
        "crm.match",
        f"matched contact {fk('nl_NL').name()} (score 0.97)",
        ["name"],
        site="event",
    )
    add(
        "pos.value.address.crm_key",
        "customer.shipping_address",
        fk("de_DE").address().replace("\n", ", "),
        ["address"],
    )
    add("pos.value.dob.key", "patient.birth_date", "1972-08-14", ["dob"])
    add(
        "pos.value.bank_account.log",
        "message",
        f"payout queued to routing {IDS['aba']} acct {digits(9, '123456789')}",
        ["bank_account"],
        site="event",
    )
    add(
        "pos.value.national_id.sql",
        "db.statement",
        f"SELECT id FROM clientes WHERE rut = '{IDS['rut']}'",
        ["national_id"],
    )
    add("pos.value.national_id.key", "customer.tax_id", IDS["tckn"], ["national_id"])
    add(
        "pos.value.ip.log",
        "message",
        f"rate limited client {public_ip()} after 40 requests",
        ["ip"],
        site="event",
    )
    add(
        "pos.value.ip.webrtc_remote",
        "webrtc.remote_candidate",
        f"{public_ip()}:{rng.randint(40000, 65000)} srflx udp",
        ["ip"],
    )
    a62 = string.ascii_letters + string.digits
    add(
        "pos.value.secret.sendgrid",
        "http.request.header.authorization",
        ["Bearer SG." + rand(22, a62 + "-_") + "." + rand(43, a62 + "-_")],
        ["secret"],
    )
    add(
        "pos.value.secret.assemblyai",
        "http.request.header.authorization",
        [rand(32, HEX)],
        ["secret"],
    )
    add(
        "pos.value.secret.env_dump",
        "process.command_args",
        ["python", "bot.py", "--openai-key", "sk-proj-" + rand(56, a62)],
        ["secret"],
        site="resource",
    )
    add(
        "pos.value.secret.livekit",
        "exception.message",
        f"TwirpError: unauthorized, api_secret={rand(43, a62)}",
        ["secret"],
        site="event",
    )


def main() -> None:
    for dist, version in RELEASES.items():
        try:
            installed = metadata.version(dist)
        except metadata.PackageNotFoundError:
            installed = "none"
        if installed != version:
            warnings.warn(
                f"corpus K was written with {dist} {version}, not {installed}: the file will differ",
                stacklevel=1,
            )
    lang_sets()
    sessions()
    mixed()
    values()
    negatives()
    more()
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("pii_corpus_k.jsonl")
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS)
    out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
