"""Write corpus Q (``pii_corpus_q.jsonl``): a held-out PII corpus written blind.

Rows are what a voice agent reads and remembers (retrieved chunks, memory entries,
carried-over summaries, filled prompts), what it writes elsewhere (tickets, follow-ups,
CRM diffs, evaluation rows) and messages in transit (queues, webhooks, caches), in 24
languages, plus hard negatives of the same shapes. All data is invented: Faker names and
addresses, libphonenumber example numbers, python-stdnum-valid identifiers, published test
cards and random tokens in providers' key formats. The seed is fixed and no date is read
from the clock, so the file is rewritten byte for byte.

Run: ``python tests/data/make_pii_corpus_q.py [OUT]`` (OUT defaults to the jsonl beside it).
"""

# ruff: noqa: E501
from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import random
import sys
import urllib.parse
import uuid
import warnings
from importlib import metadata
from pathlib import Path
from typing import Any

import phonenumbers
from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.dk import cpr
from stdnum.in_ import aadhaar, pan
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pk import cnic
from stdnum.pl import pesel
from stdnum.se import personnummer
from stdnum.si import emso
from stdnum.tr import tckimlik

#: Releases the committed file was written with.
RELEASES = {"Faker": "40.63.0", "python-stdnum": "2.2", "phonenumbers": "9.0.43"}
SEED = 20261207
OUT = Path(__file__).with_name("pii_corpus_q.jsonl")

rng = random.Random(SEED)
rows: list[dict[str, Any]] = []


def _check_releases() -> None:
    for dist, version in RELEASES.items():
        try:
            installed = metadata.version(dist)
        except metadata.PackageNotFoundError:
            installed = "none"
        if installed != version:
            warnings.warn(
                f"{dist} {installed} installed; the file was written with {version}",
                stacklevel=2,
            )


def add(
    cls: str, key: str, value: Any, kinds: list[str] | None = None, site: str = "attribute"
) -> None:
    """Append one row; content follows the class's second part."""
    part = cls.split(".")[0]
    prefix = "pos" if kinds else "neg"
    rows.append(
        {
            "id": len(rows),
            "class": f"{prefix}.{cls}",
            "site": site,
            "key": key,
            "value": value,
            "kinds": sorted(set(kinds or [])),
            "content": part != "value",
        }
    )


def js(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def faker(locale: str, seed: int) -> Faker:
    f = Faker(locale)
    f.seed_instance(seed)
    return f


def phone(region: str) -> str:
    """A libphonenumber mobile example with its last two digits varied, still valid."""
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    base = str(ex.national_number)
    for _ in range(200):
        cand = base[:-2] + f"{rng.randrange(100):02d}"
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(num):
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(ex, phonenumbers.PhoneNumberFormat.NATIONAL)


def phone_e164(region: str) -> str:
    num = phonenumbers.parse(phone(region), region)
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def digits(n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def birth() -> tuple[int, int, int]:
    return rng.randrange(1940, 2004), rng.randrange(1, 13), rng.randrange(1, 29)


def _search(make: Any, valid: Any) -> str:
    for _ in range(5000):
        cand = make()
        if valid(cand):
            return str(cand)
    raise RuntimeError("no valid id found")


def nid(scheme: str) -> str:
    """A python-stdnum-valid identifier of the scheme (check digits searched for)."""
    y, m, d = birth()
    if scheme == "bsn":
        return _search(lambda: digits(8) + str(rng.randrange(10)), bsn.is_valid)
    if scheme == "pnr":
        return _search(lambda: f"{y % 100:02d}{m:02d}{d:02d}-{digits(4)}", personnummer.is_valid)
    if scheme == "fnr":
        return _search(lambda: f"{d:02d}{m:02d}{y % 100:02d}{digits(5)}", fodselsnummer.is_valid)
    if scheme == "cpr":
        return _search(lambda: f"{d:02d}{m:02d}{y % 100:02d}-{digits(4)}", cpr.is_valid)
    if scheme == "pesel":
        mm = m + (20 if y >= 2000 else 0)
        return _search(lambda: f"{y % 100:02d}{mm:02d}{d:02d}{digits(5)}", pesel.is_valid)
    if scheme == "tckn":
        return _search(lambda: str(rng.randrange(1, 10)) + digits(10), tckimlik.is_valid)
    if scheme == "emso":
        return _search(lambda: f"{d:02d}{m:02d}{y % 1000:03d}50{digits(4)}", emso.is_valid)
    if scheme == "aadhaar":
        return _search(lambda: str(rng.randrange(2, 10)) + digits(11), aadhaar.is_valid)
    if scheme == "pan":
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"

        def mk() -> str:
            return (
                "".join(rng.choice(letters) for _ in range(3))
                + "P"
                + rng.choice(letters)
                + digits(4)
                + rng.choice(letters)
            )

        return _search(mk, pan.is_valid)
    if scheme == "cnic":
        return _search(
            lambda: f"{rng.randrange(1, 8)}{digits(4)}-{digits(7)}-{rng.randrange(1, 10)}",
            cnic.is_valid,
        )
    raise ValueError(scheme)


def iban(country: str, bban_len: int, alpha: int = 0) -> str:
    """A random IBAN whose check digits (and national check, where any) are valid."""

    def mk() -> str:
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(alpha)) + digits(
            bban_len - alpha
        )
        raw = bban + country + "00"
        num = "".join(str(int(c, 36)) for c in raw)
        check = 98 - int(num) % 97
        return f"{country}{check:02d}{bban}"

    return _search(mk, std_iban.is_valid)


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def global_ipv4() -> str:
    while True:
        ip = ipaddress.IPv4Address(rng.getrandbits(32))
        if ip.is_global and not ip.is_multicast:
            return str(ip)


def global_ipv6() -> str:
    return str(ipaddress.IPv6Address((0x2A02 << 112) | rng.getrandbits(112)))


def token(alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


AN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"


def uid() -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


NATIVE = {
    "fa": "۰۱۲۳۴۵۶۷۸۹",
    "bn": "০১২৩৪৫৬৭৮৯",
    "mr": "०१२३४५६७८९",
    "ne": "०१२३४५६७८९",
}


def native(lang: str, s: str) -> str:
    table = NATIVE.get(lang)
    return "".join(table[int(c)] if table and c.isdigit() else c for c in s)


# Per language: code, Faker locale for names (None: hand lists), address maker, phone
# region, id scheme (or None), and the phrases: name memory, birth date, disclosure,
# phone lead-in, address lead-in, a clean preference and a clean knowledge-base line.
HAND_NAMES = {
    "ml": (
        ["Anil", "Sreeja", "Midhun", "Lakshmi", "Arjun"],
        ["Nair", "Menon", "Pillai", "Varghese", "Kurian"],
    ),
    "pa": (
        ["Gurpreet", "Harjit", "Simran", "Manjit", "Jaspreet"],
        ["Sandhu", "Gill", "Dhillon", "Brar", "Grewal"],
    ),
    "kk": (
        ["Айгерім", "Нұрлан", "Дәулет", "Жанар", "Ерлан"],
        ["Сейітқалиев", "Әбдірахманова", "Жұмабаев", "Оспанова", "Төлеуов"],
    ),
    "am": (["አበበ", "መሰረት", "ትዕግስት", "ዳዊት", "ሰላማዊት"], ["ከበደ", "ተስፋዬ", "ገብረመድኅን", "አለሙ", "በቀለ"]),
}
HAND_ADDR = {
    "yo": lambda: (
        f"{rng.randrange(2, 90)} Adeola Odeku Street, Victoria Island, Lagos {rng.randrange(100001, 106000)}"
    ),
    "ig": lambda: (
        f"{rng.randrange(2, 90)} Zik Avenue, Uwani, Enugu {rng.randrange(400001, 400300)}"
    ),
    "ha": lambda: (
        f"Gida mai lamba {rng.randrange(2, 90)}, Titin Zoo Road, Kano {rng.randrange(700001, 700300)}"
    ),
    "am": lambda: (
        f"ቦሌ ክፍለ ከተማ፣ ወረዳ {rng.randrange(1, 15)}፣ የቤት ቁጥር {rng.randrange(100, 999)}፣ አዲስ አበባ"
    ),
    "si": lambda: (
        f"{rng.randrange(2, 200)}/{rng.randrange(1, 9)}, ගාලු පාර, කොළඹ {rng.randrange(1, 15):02d}"
    ),
    "uz": lambda: (
        f"Toshkent sh., Chilonzor tumani, Bunyodkor ko'chasi {rng.randrange(2, 90)}-uy, {rng.randrange(1, 120)}-xonadon, 100{rng.randrange(100, 199)}"
    ),
    "kk": lambda: (
        f"Алматы қ., Абай даңғылы, {rng.randrange(2, 150)} үй, {rng.randrange(1, 200)} пәтер, A{rng.randrange(10, 99)}K{rng.randrange(0, 9)}A{rng.randrange(0, 9)}"
    ),
    "tr": lambda: (
        f"Moda Caddesi No: {rng.randrange(2, 120)} Daire {rng.randrange(1, 20)}, 347{rng.randrange(10, 99)} Kadıköy/İstanbul"
    ),
    "az": lambda: (
        f"Bakı şəhəri, Nizami küçəsi {rng.randrange(2, 150)}, mənzil {rng.randrange(1, 90)}, AZ10{rng.randrange(10, 99)}"
    ),
    "ml": lambda: (
        f"{rng.randrange(2, 60)}/{rng.randrange(100, 999)}, MG Road, Ernakulam, Kochi {rng.randrange(682001, 682040)}"
    ),
    "pa": lambda: (
        f"House No. {rng.randrange(10, 999)}, Sector {rng.randrange(15, 70)}, Mohali, Punjab {rng.randrange(160055, 160071)}"
    ),
}

LANGS: list[dict[str, Any]] = [
    {
        "c": "nl",
        "loc": "nl_NL",
        "reg": "NL",
        "id": "bsn",
        "name": "Gebruiker noemde zijn buurvrouw {n}, die de sleutel heeft.",
        "dob": "Ik ben geboren op {d}-{m}-{y}.",
        "sens": "Mijn man is vorige maand overleden en ik kan de rekeningen niet meer betalen.",
        "ph": "Terugbelnummer",
        "ad": "Afleveradres",
        "pref": "Gebruiker wil liever 's ochtends gebeld worden en geen muziek in de wacht.",
        "kb": "Onze winkel in Utrecht is open van 9.00 tot 18.00 uur; retourneren kan binnen 30 dagen.",
        "date": "{d:02d}-{m:02d}-{y}",
    },
    {
        "c": "sv",
        "loc": "sv_SE",
        "reg": "SE",
        "id": "pnr",
        "name": "Kundens dotter heter {n} och hämtar paketet.",
        "dob": "Jag är född den {d} {mon} {y}.",
        "mons": [
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december",
        ],
        "sens": "Jag har fått diagnosen diabetes typ 2 och behöver byta tid.",
        "ph": "Mobilnummer",
        "ad": "Leveransadress",
        "pref": "Användaren föredrar en kvinnlig röst och korta svar.",
        "kb": "Kundtjänst har öppet vardagar 08–17. Frakt är gratis över 499 kr.",
    },
    {
        "c": "no",
        "loc": "no_NO",
        "reg": "NO",
        "id": "fnr",
        "name": "Innringer sa at regnskapsføreren hans, {n}, skal få kopi.",
        "dob": "Fødselsdatoen min er {d}.{m}.{y}.",
        "sens": "Jeg er i en rusbehandling nå og må utsette betalingen.",
        "ph": "Ring meg på",
        "ad": "Adressen min er",
        "pref": "Brukeren vil ha svar på bokmål, ikke nynorsk.",
        "kb": "Butikken holder stengt på helligdager. Reklamasjon gjelder i fem år.",
    },
    {
        "c": "da",
        "loc": "da_DK",
        "reg": "DK",
        "id": "cpr",
        "name": "Notat: kundens søn {n} er værge og må kontaktes først.",
        "dob": "Jeg er født d. {d}/{m} {y}.",
        "sens": "Jeg har en stor gæld i inkasso og kan ikke betale i år.",
        "ph": "Mit nummer er",
        "ad": "Send det til",
        "pref": "Kunden ønsker kvitteringer på e-mail, ikke papir.",
        "kb": "Vores værksted i Aarhus har åbent man–fre 7–16. Pris for service: 1.295 kr.",
    },
    {
        "c": "pl",
        "loc": "pl_PL",
        "reg": "PL",
        "id": "pesel",
        "name": "Pamięć: klient prosił, żeby w sprawie zamówienia dzwonić do żony, {n}.",
        "dob": "Urodziłem się {d} {mon} {y} roku.",
        "mons": [
            "stycznia",
            "lutego",
            "marca",
            "kwietnia",
            "maja",
            "czerwca",
            "lipca",
            "sierpnia",
            "września",
            "października",
            "listopada",
            "grudnia",
        ],
        "sens": "Jestem w trakcie rozwodu i sprawa jest w sądzie, dlatego proszę o odroczenie.",
        "ph": "Numer kontaktowy",
        "ad": "Adres do wysyłki",
        "pref": "Użytkownik woli rozmawiać po polsku i prosi o wolniejsze tempo.",
        "kb": "Infolinia działa od poniedziałku do piątku w godz. 8–20. Zwrot do 14 dni.",
    },
    {
        "c": "vi",
        "loc": "vi_VN",
        "reg": "VN",
        "id": None,
        "name": "Khách hàng dặn: nếu không gọi được thì liên hệ em gái là {n}.",
        "dob": "Tôi sinh ngày {d} tháng {m} năm {y}.",
        "sens": "Tôi vừa bị chẩn đoán ung thư vú nên muốn hoãn hợp đồng.",
        "ph": "Số điện thoại của tôi là",
        "ad": "Địa chỉ giao hàng",
        "pref": "Khách thích được xưng hô là anh và nói chậm.",
        "kb": "Cửa hàng mở cửa từ 8 giờ đến 21 giờ mỗi ngày, kể cả Chủ nhật.",
    },
    {
        "c": "ta",
        "loc": "ta_IN",
        "reg": "IN",
        "id": "aadhaar",
        "name": "வாடிக்கையாளரின் மனைவி {n} அவர்கள் பணம் செலுத்துவார்.",
        "dob": "என் பிறந்த தேதி {d}/{m}/{y}.",
        "sens": "எனக்கு சமீபத்தில் இதய அறுவை சிகிச்சை நடந்தது.",
        "ph": "என் கைபேசி எண்",
        "ad": "என் முகவரி",
        "pref": "பயனர் தமிழில் பேச விரும்புகிறார்.",
        "kb": "எங்கள் சென்னை கிளை காலை 10 மணி முதல் மாலை 6 மணி வரை திறந்திருக்கும்.",
    },
    {
        "c": "bn",
        "loc": "bn_BD",
        "reg": "BD",
        "id": None,
        "name": "গ্রাহকের ভাই {n} অর্ডারটি নেবেন।",
        "dob": "আমার জন্ম তারিখ {d}/{m}/{y}।",
        "sens": "আমার মা গত সপ্তাহে মারা গেছেন, তাই আমি বিল দিতে পারিনি।",
        "ph": "আমার নম্বর",
        "ad": "ঠিকানা",
        "pref": "ব্যবহারকারী বাংলায় কথা বলতে চান।",
        "kb": "আমাদের ঢাকা অফিস রবিবার থেকে বৃহস্পতিবার সকাল ৯টা থেকে খোলা।",
    },
    {
        "c": "fa",
        "loc": "fa_IR",
        "reg": "IR",
        "id": None,
        "name": "یادداشت: همسر مشتری، {n}، وکالت دارد.",
        "dob": "تاریخ تولدم {y}/{m}/{d} است.",
        "sens": "من پناهنده هستم و پرونده اقامتم هنوز در دادگاه است.",
        "ph": "شماره تماس من",
        "ad": "نشانی من",
        "pref": "کاربر ترجیح می‌دهد به فارسی پاسخ بگیرد.",
        "kb": "ساعت کاری دفتر ما شنبه تا چهارشنبه از ۸ تا ۱۶ است.",
    },
    {
        "c": "tr",
        "loc": "tr_TR",
        "reg": "TR",
        "id": "tckn",
        "name": "Müşteri, faturaların kızı {n} adına kesilmesini istedi.",
        "dob": "Doğum tarihim {d}.{m}.{y}.",
        "sens": "Eşcinsel olduğum için ailem beni evden attı, adres değişikliği yapmam lazım.",
        "ph": "Cep numaram",
        "ad": "Adresim",
        "pref": "Kullanıcı kısa ve resmi yanıtlar istiyor.",
        "kb": "Mağazamız hafta içi 10:00-22:00 arası açıktır; kargo 2-3 iş günü sürer.",
    },
    {
        "c": "yo",
        "loc": "yo_NG",
        "reg": "NG",
        "id": None,
        "name": "Oníbàárà sọ pé kí a pe ìyàwó rẹ̀, {n}, tí kò bá gbé fóònù.",
        "dob": "Wọ́n bí mi ní ọjọ́ {d}, oṣù {m}, ọdún {y}.",
        "sens": "Mo ní àìsàn ṣúgà, mo sì ń lo oògùn lójoojúmọ́.",
        "ph": "Nọ́mbà fóònù mi ni",
        "ad": "Àdírẹ́sì mi ni",
        "pref": "Oníbàárà fẹ́ràn kí a bá a sọ̀rọ̀ ní èdè Yorùbá.",
        "kb": "Ọ́fíìsì wa ní Èkó ń ṣí láti aago mẹ́jọ àárọ̀ sí aago márùn-ún ìrọ̀lẹ́.",
    },
    {
        "c": "ig",
        "loc": "ig_NG",
        "reg": "NG",
        "id": None,
        "name": "Onye ahịa kwuru na nwanne ya nwanyị bụ {n}.",
        "dob": "Amụrụ m na {d}/{m}/{y}.",
        "sens": "Nna m nwụrụ n'izu gara aga, ya mere m ji egbu oge ịkwụ ụgwọ.",
        "ph": "Nọmba ekwentị m bụ",
        "ad": "Adreesị m bụ",
        "pref": "Onye ahịa chọrọ ka a kpọọ ya n'ụtụtụ.",
        "kb": "Ụlọ ahịa anyị na Enugu na-emeghe site na elekere asatọ ruo elekere isii.",
    },
    {
        "c": "fil",
        "loc": "fil_PH",
        "reg": "PH",
        "id": None,
        "name": "Sabi ng customer, ang anak niyang si {n} ang kukuha ng parcel.",
        "dob": "Ipinanganak ako noong {mon} {d}, {y}.",
        "mons": [
            "Enero",
            "Pebrero",
            "Marso",
            "Abril",
            "Mayo",
            "Hunyo",
            "Hulyo",
            "Agosto",
            "Setyembre",
            "Oktubre",
            "Nobyembre",
            "Disyembre",
        ],
        "sens": "Nalubog ako sa utang sa sugal kaya hindi ko mabayaran ngayon.",
        "ph": "Ang number ko ay",
        "ad": "Ang address ko ay",
        "pref": "Gusto ng user na Taglish ang sagot.",
        "kb": "Bukas ang aming branch sa Makati mula 9 AM hanggang 6 PM, Lunes hanggang Sabado.",
    },
    {
        "c": "ml",
        "loc": None,
        "reg": "IN",
        "id": "aadhaar",
        "name": "ഉപഭോക്താവിന്റെ മകൾ {n} ആണ് പണം അടയ്ക്കുന്നത്.",
        "dob": "എന്റെ ജനനത്തീയതി {d}-{m}-{y} ആണ്.",
        "sens": "എനിക്ക് ഡയാലിസിസ് നടക്കുന്നുണ്ട്, അതുകൊണ്ട് രാവിലെ വിളിക്കരുത്.",
        "ph": "എന്റെ ഫോൺ നമ്പർ",
        "ad": "എന്റെ വിലാസം",
        "pref": "ഉപയോക്താവ് മലയാളത്തിൽ സംസാരിക്കാൻ ആഗ്രഹിക്കുന്നു.",
        "kb": "ഞങ്ങളുടെ കൊച്ചി ഓഫീസ് രാവിലെ 9 മുതൽ വൈകിട്ട് 5 വരെ പ്രവർത്തിക്കുന്നു.",
    },
    {
        "c": "mr",
        "loc": "mr_IN",
        "reg": "IN",
        "id": "pan",
        "name": "ग्राहकाचे वडील {n} यांच्या नावावर खाते आहे.",
        "dob": "माझी जन्मतारीख {d}/{m}/{y} आहे.",
        "sens": "मला नैराश्याचा त्रास आहे आणि मी औषधे घेत आहे.",
        "ph": "माझा मोबाईल नंबर",
        "ad": "माझा पत्ता",
        "pref": "वापरकर्त्याला मराठीत उत्तर हवे आहे.",
        "kb": "आमचे पुणे कार्यालय सोमवार ते शनिवार सकाळी १० ते संध्याकाळी ७ उघडे असते.",
    },
    {
        "c": "pa",
        "loc": None,
        "reg": "IN",
        "id": "aadhaar",
        "name": "ਗਾਹਕ ਨੇ ਦੱਸਿਆ ਕਿ ਉਸਦਾ ਭਰਾ {n} ਪਾਰਸਲ ਲਵੇਗਾ।",
        "dob": "ਮੇਰੀ ਜਨਮ ਤਾਰੀਖ {d}-{m}-{y} ਹੈ।",
        "sens": "ਮੇਰਾ ਵੀਜ਼ਾ ਰੱਦ ਹੋ ਗਿਆ ਹੈ ਅਤੇ ਇਮੀਗ੍ਰੇਸ਼ਨ ਕੇਸ ਚੱਲ ਰਿਹਾ ਹੈ।",
        "ph": "ਮੇਰਾ ਨੰਬਰ",
        "ad": "ਮੇਰਾ ਪਤਾ",
        "pref": "ਵਰਤੋਂਕਾਰ ਪੰਜਾਬੀ ਵਿੱਚ ਗੱਲ ਕਰਨਾ ਪਸੰਦ ਕਰਦਾ ਹੈ।",
        "kb": "ਸਾਡਾ ਮੋਹਾਲੀ ਦਫ਼ਤਰ ਸਵੇਰੇ 9 ਵਜੇ ਤੋਂ ਸ਼ਾਮ 6 ਵਜੇ ਤੱਕ ਖੁੱਲ੍ਹਾ ਰਹਿੰਦਾ ਹੈ।",
    },
    {
        "c": "ne",
        "loc": "ne_NP",
        "reg": "NP",
        "id": None,
        "name": "ग्राहकले भने, उनकी आमा {n} ले पैसा तिर्नुहुन्छ।",
        "dob": "मेरो जन्म मिति {y}/{m}/{d} हो।",
        "sens": "म क्यान्सरको उपचार गराउँदैछु, त्यसैले किस्ता ढिलो भयो।",
        "ph": "मेरो मोबाइल नम्बर",
        "ad": "मेरो ठेगाना",
        "pref": "प्रयोगकर्ता नेपालीमा कुरा गर्न चाहनुहुन्छ।",
        "kb": "हाम्रो काठमाडौं शाखा आइतबारदेखि शुक्रबारसम्म बिहान १० बजेदेखि खुला हुन्छ।",
    },
    {
        "c": "si",
        "loc": "si_LK",
        "reg": "LK",
        "id": None,
        "name": "පාරිභෝගිකයාගේ බිරිඳ {n} ගෙවීම් කරයි.",
        "dob": "මගේ උපන් දිනය {y}.{m}.{d}.",
        "sens": "මගේ පුතා පසුගිය සතියේ මිය ගියා, ඒ නිසා ගෙවීම පමා වුණා.",
        "ph": "මගේ දුරකථන අංකය",
        "ad": "මගේ ලිපිනය",
        "pref": "පරිශීලකයා සිංහලෙන් කතා කිරීමට කැමතියි.",
        "kb": "අපගේ කොළඹ ශාඛාව සඳුදා සිට සිකුරාදා දක්වා පෙ.ව. 9 සිට විවෘතයි.",
    },
    {
        "c": "ha",
        "loc": "ha_NG",
        "reg": "NG",
        "id": None,
        "name": "Abokin ciniki ya ce ɗan uwansa {n} zai karɓi kayan.",
        "dob": "An haife ni ranar {d} ga watan {m}, {y}.",
        "sens": "Ina da cutar hawan jini kuma ina shan magani kowace rana.",
        "ph": "Lambar wayata ita ce",
        "ad": "Adireshina shine",
        "pref": "Mai amfani yana son a yi magana da Hausa.",
        "kb": "Ofishinmu na Kano yana buɗe daga ƙarfe takwas na safe zuwa biyar na yamma.",
    },
    {
        "c": "am",
        "loc": None,
        "reg": "ET",
        "id": None,
        "name": "የደንበኛው ሚስት {n} ክፍያውን ትፈጽማለች።",
        "dob": "የተወለድኩት {d}/{m}/{y} ነው።",
        "sens": "ባለቤቴ ባለፈው ወር ሞተ፣ ስለዚህ ክፍያ መፈጸም አልቻልኩም።",
        "ph": "ስልክ ቁጥሬ",
        "ad": "አድራሻዬ",
        "pref": "ተጠቃሚው በአማርኛ መነጋገር ይመርጣል።",
        "kb": "የአዲስ አበባ ቢሮአችን ከሰኞ እስከ አርብ ከጠዋቱ 2 ሰዓት ጀምሮ ክፍት ነው።",
    },
    {
        "c": "kk",
        "loc": None,
        "reg": "KZ",
        "id": None,
        "name": "Клиенттің күйеуі {n} төлемді өзі жасайды.",
        "dob": "Мен {d}.{m}.{y} жылы туылғанмын.",
        "sens": "Менде қант диабеті бар, инсулин қолданамын.",
        "ph": "Телефон нөмірім",
        "ad": "Мекенжайым",
        "pref": "Пайдаланушы қазақ тілінде сөйлескенді қалайды.",
        "kb": "Алматыдағы кеңсеміз дүйсенбі-жұма күндері 9:00-18:00 аралығында жұмыс істейді.",
    },
    {
        "c": "uz",
        "loc": "uz_UZ",
        "reg": "UZ",
        "id": None,
        "name": "Mijoz aytdi: buyurtmani akasi {n} olib ketadi.",
        "dob": "Men {y}-yil {d}-{mon}da tug'ilganman.",
        "mons": [
            "yanvar",
            "fevral",
            "mart",
            "aprel",
            "may",
            "iyun",
            "iyul",
            "avgust",
            "sentabr",
            "oktabr",
            "noyabr",
            "dekabr",
        ],
        "sens": "Men bankrot bo'ldim, qarzlarim sudda ko'rilmoqda.",
        "ph": "Telefon raqamim",
        "ad": "Manzilim",
        "pref": "Foydalanuvchi o'zbek tilida javob olishni afzal ko'radi.",
        "kb": "Toshkentdagi filialimiz dushanbadan shanbagacha 9:00 dan 18:00 gacha ishlaydi.",
    },
    {
        "c": "az",
        "loc": "az_AZ",
        "reg": "AZ",
        "id": None,
        "name": "Müştəri dedi ki, sifarişi qardaşı {n} götürəcək.",
        "dob": "Mən {d}.{m}.{y}-ci ildə anadan olmuşam.",
        "sens": "Mən xristianlığı qəbul etmişəm və ailəm bunu bilmir, zəngləri ehtiyatla edin.",
        "ph": "Telefon nömrəm",
        "ad": "Ünvanım",
        "pref": "İstifadəçi Azərbaycan dilində danışmağı üstün tutur.",
        "kb": "Bakıdakı ofisimiz bazar ertəsindən cüməyə qədər 09:00-18:00 açıqdır.",
    },
    {
        "c": "sl",
        "loc": "sl_SI",
        "reg": "SI",
        "id": "emso",
        "name": "Stranka je prosila, naj pokličemo njeno hčer, {n}.",
        "dob": "Rojen sem {d}. {m}. {y}.",
        "sens": "Sem na zdravljenju odvisnosti od alkohola in ne morem priti osebno.",
        "ph": "Moja številka je",
        "ad": "Moj naslov je",
        "pref": "Uporabnik želi, da ga vikamo.",
        "kb": "Naša poslovalnica v Ljubljani je odprta od ponedeljka do petka, 8.00–19.00.",
    },
]

MEM_KEYS = [
    "memory.entries",
    "agent.memory.recall",
    "retrieval.documents.0.document.content",
    "gen_ai.input.messages",
    "conversation.summary",
    "lk.chat_ctx",
    "langgraph.store.value",
    "mem0.memory",
]


def lang_name(lang: dict[str, Any], i: int) -> str:
    if lang["loc"]:
        return str(faker(lang["loc"], SEED + i).name())
    firsts, lasts = HAND_NAMES.get(lang["c"], HAND_NAMES["ml"])
    return f"{rng.choice(firsts)} {rng.choice(lasts)}"


def lang_addr(lang: dict[str, Any], i: int) -> str:
    if lang["c"] in HAND_ADDR:
        return str(HAND_ADDR[lang["c"]]())
    return str(faker(lang["loc"], SEED + 100 + i).address()).replace("\n", ", ")


def wrap(key: str, text: str) -> str:
    """Put a text in the shape the key carries (memory list, message list, chunk)."""
    if key == "gen_ai.input.messages":
        return js(
            [{"role": "system", "content": "Earlier in this conversation the caller said: " + text}]
        )
    if key == "memory.entries":
        return js(
            [
                {
                    "id": f"mem_{token(HEX, 10)}",
                    "memory": text,
                    "score": round(rng.uniform(0.6, 0.95), 3),
                }
            ]
        )
    if key == "lk.chat_ctx":
        return js({"items": [{"type": "message", "role": "user", "content": [text]}]})
    return text


def languages() -> None:
    for i, lang in enumerate(LANGS):
        c = lang["c"]
        n = lang_name(lang, i)
        add(
            f"free_text.memory_name.{c}",
            MEM_KEYS[i % len(MEM_KEYS)],
            wrap(MEM_KEYS[i % len(MEM_KEYS)], lang["name"].format(n=n)),
            ["name"],
        )
        y, m, d = birth()
        mon = lang["mons"][m - 1] if "mons" in lang else ""
        said = lang["dob"].format(d=d, m=f"{m:02d}", y=y, mon=mon)
        said = native(c, said) if c in ("fa", "bn", "mr", "ne") and i % 2 == 0 else said
        add(
            f"free_text.dob.{c}",
            ["transcript", "lk.user_transcript", "conversation.summary", "memory.entries"][i % 4],
            wrap(
                ["transcript", "lk.user_transcript", "conversation.summary", "memory.entries"][
                    i % 4
                ],
                said,
            ),
            ["dob"],
        )
        add(
            f"free_text.sensitive.{c}",
            ["conversation.summary", "gen_ai.input.messages", "agent.memory.recall", "input.value"][
                i % 4
            ],
            wrap(
                [
                    "conversation.summary",
                    "gen_ai.input.messages",
                    "agent.memory.recall",
                    "input.value",
                ][i % 4],
                lang["sens"],
            ),
            ["sensitive"],
        )
        ph = phone(lang["reg"])
        if c in NATIVE and i % 2 == 1:
            ph = native(c, ph)
        add(
            f"free_text.phone.{c}",
            [
                "memory.entries",
                "sms.body",
                "lk.user_transcript",
                "retrieval.documents.1.document.content",
            ][i % 4],
            wrap(
                [
                    "memory.entries",
                    "sms.body",
                    "lk.user_transcript",
                    "retrieval.documents.1.document.content",
                ][i % 4],
                f"{lang['ph']} {ph}",
            ),
            ["phone"],
        )
        add(
            f"free_text.address.{c}",
            ["crm.note", "memory.entries", "transcript", "gen_ai.output.messages"][i % 4],
            wrap(
                ["crm.note", "memory.entries", "transcript", "gen_ai.output.messages"][i % 4],
                f"{lang['ad']}: {lang_addr(lang, i)}",
            ),
            ["address"],
        )
        add(
            f"free_text.preference.{c}",
            ["memory.entries", "agent.memory.recall", "mem0.memory"][i % 3],
            wrap(["memory.entries", "agent.memory.recall", "mem0.memory"][i % 3], lang["pref"]),
            [],
        )
        add(
            f"free_text.kb_article.{c}",
            f"retrieval.documents.{i % 5}.document.content",
            lang["kb"],
            [],
        )
        if lang["id"]:
            v = nid(lang["id"])
            add(
                f"tool_payload.national_id.{c}",
                "tool.result",
                js({"customer": {"id_type": lang["id"], "id_number": v, "verified": True}}),
                ["national_id"],
            )


def national_ids() -> None:
    f = faker("en_GB", SEED + 7)
    for i, scheme in enumerate(
        [
            "bsn",
            "pnr",
            "fnr",
            "cpr",
            "pesel",
            "tckn",
            "emso",
            "aadhaar",
            "pan",
            "cnic",
            "cnic",
            "pesel",
        ]
    ):
        v = nid(scheme)
        if i % 3 == 0:
            add(
                "value.national_id",
                ["customer.national_id", "kafka.message.value.id_number", "crm.contact.tax_id"][
                    i % 3
                ],
                v,
                ["national_id"],
            )
        elif i % 3 == 1:
            add(
                "free_text.national_id",
                "memory.entries",
                wrap("memory.entries", f"Caller verified identity with {scheme.upper()} {v}."),
                ["national_id"],
            )
        else:
            add(
                "tool_payload.national_id",
                "messaging.message.body",
                js(
                    {
                        "event": "kyc.completed",
                        "name": f.name(),
                        "document": {"type": scheme, "number": v},
                    }
                ),
                ["name", "national_id"],
            )


CARDS = [
    "4242424242424242",
    "4000056655665556",
    "5555555555554444",
    "2223003122003222",
    "378282246310005",
    "6011111111111117",
    "3056930009020004",
    "3566002020360505",
    "6200000000000005",
    "4111111111111111",
    "5105105105105100",
    "4000002500003155",
    "4000000000003220",
    "5200828282828210",
    "371449635398431",
    "6011000990139424",
    "4988438843884305",
    "5577000055770004",
]


def cards() -> None:
    for i, c in enumerate(CARDS):
        spaced = group4(c) if len(c) == 16 else f"{c[:4]} {c[4:10]} {c[10:]}"
        exp = f"{rng.randrange(1, 13):02d}/{rng.randrange(27, 32)}"
        shape = i % 6
        if shape == 0:
            add(
                "tool_payload.card",
                "messaging.message.body",
                js(
                    {
                        "type": "payment.capture",
                        "card": {"number": c, "exp": exp},
                        "amount": rng.randrange(500, 90000),
                    }
                ),
                ["card"],
            )
        elif shape == 1:
            add(
                "value.card_dlq",
                "sqs.dead_letter.body",
                js({"error": "gateway timeout", "attempts": 5, "payload": {"pan": spaced}}),
                ["card"],
            )
        elif shape == 2:
            add(
                "value.card_cache",
                "db.redis.value",
                js(
                    {
                        "pending_payment": {
                            "card": c.replace("", " ").strip() if i % 2 else c,
                            "exp": exp,
                        }
                    }
                ),
                ["card"],
            )
        elif shape == 3:
            body = base64.b64encode(js({"card_number": c, "cvc": digits(3)}).encode()).decode()
            add("value.card_base64", "pubsub.message.data", body, ["card"])
        elif shape == 4:
            add(
                "free_text.card_past_ticket",
                "retrieval.documents.2.document.content",
                f"Ticket #{rng.randrange(10000, 99999)} (resolved): caller read the card as {spaced}, expiry {exp}; refund issued.",
                ["card"],
            )
        else:
            add(
                "tool_payload.card_args",
                "gen_ai.tool.call.arguments",
                js({"card": "-".join(spaced.split()), "save_for_later": True}),
                ["card"],
            )


def ssns() -> None:
    for i in range(16):
        area = rng.choice([a for a in range(1, 666) if a != 0])
        s = f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
        shape = i % 4
        if shape == 0:
            add(
                "value.ssn",
                ["crm.field_diff.after", "kafka.record.value.ssn"][i % 2 == 0],
                s,
                ["ssn"],
            )
        elif shape == 1:
            add(
                "free_text.ssn_memory",
                "memory.entries",
                wrap(
                    "memory.entries",
                    f"Verified the caller by the last form they gave: SSN {s.replace('-', ' ')}.",
                ),
                ["ssn"],
            )
        elif shape == 2:
            add(
                "tool_payload.ssn_diff",
                "crm.update.diff",
                js({"field": "ssn", "before": None, "after": s.replace("-", "")}),
                ["ssn"],
            )
        else:
            add(
                "free_text.ssn_fewshot",
                "gen_ai.input.messages",
                js(
                    [
                        {
                            "role": "system",
                            "content": "Example:\nUser: my social is "
                            + s
                            + "\nAssistant: Thanks, verifying now.",
                        }
                    ]
                ),
                ["ssn"],
            )


def ibans() -> None:
    specs = [
        ("NL", 14, 4),
        ("PL", 24, 0),
        ("DK", 14, 0),
        ("TR", 22, 0),
        ("SI", 15, 0),
        ("AZ", 24, 4),
        ("KZ", 16, 0),
        ("SE", 20, 0),
        ("NO", 11, 0),
        ("DE", 18, 0),
        ("BE", 12, 0),
        ("FR", 23, 0),
        ("ES", 20, 0),
        ("GB", 18, 4),
        ("PT", 21, 0),
        ("AT", 16, 0),
        ("FI", 14, 0),
        ("IT", 23, 1),
    ]
    for i, (cc, n, a) in enumerate(specs):
        try:
            v = iban(cc, n, a)
        except RuntimeError:
            continue
        shape = i % 4
        if shape == 0:
            add("tool_payload.iban", "tool.result", js({"refund_account": group4(v)}), ["iban"])
        elif shape == 1:
            add(
                "free_text.iban_summary",
                "conversation.summary",
                f"Customer wants the refund to {v.lower()}; confirm in the follow-up email.",
                ["iban"],
            )
        elif shape == 2:
            add("value.iban", "crm.field_diff.after", v, ["iban"])
        else:
            q = urllib.parse.urlencode({"iban": v, "source": "voice"})
            add("value.iban_urlencoded", "webhook.retry.body", q, ["iban"])


def ips() -> None:
    for i in range(16):
        ip = global_ipv6() if i % 4 == 3 else global_ipv4()
        shape = i % 4
        if shape == 0:
            add(
                "value.client_ip",
                "webhook.retry.headers",
                js({"x-forwarded-for": f"{ip}, 10.0.3.7", "x-webhook-attempt": "3"}),
                ["ip"],
            )
        elif shape == 1:
            add("value.client_ip", "kafka.header.client_ip", ip, ["ip"])
        elif shape == 2:
            add(
                "value.client_ip_log",
                "dlq.record",
                js(
                    {
                        "reason": "schema mismatch",
                        "source": {"client.address": ip, "user_agent": "Mozilla/5.0"},
                    }
                ),
                ["ip"],
            )
        else:
            add(
                "value.client_ip",
                "db.redis.value",
                js({"session": token(HEX, 12), "remote_addr": ip}),
                ["ip"],
            )


def secrets() -> None:
    makers = [
        lambda: ("sk-proj-" + token(AN, 48), "authorization", "Bearer {}"),
        lambda: ("ghp_" + token(AN, 36), "webhook.retry.headers", None),
        lambda: (
            "xoxb-" + digits(12) + "-" + digits(13) + "-" + token(AN, 24),
            "slack.notification.token",
            "{}",
        ),
        lambda: (
            "AKIA" + token("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16) + ":" + token(AN + "/+", 40),
            "sqs.client.credentials",
            "{}",
        ),
        lambda: ("sk_live_" + token(AN, 24), "kafka.message.value", None),
        lambda: ("SG." + token(AN, 22) + "." + token(AN, 43), "email.provider.api_key", "{}"),
        lambda: (token(HEX, 40), "deepgram.api_key", "Token {}"),
        lambda: (token(HEX, 32), "twilio.auth_token", "{}"),
        lambda: ("redis://default:" + token(AN, 20) + "@cache.internal:6379/0", "cache.url", "{}"),
    ]
    for i in range(18):
        val, key, fmt = makers[i % len(makers)]()
        if fmt is None:
            add(
                "value.secret_in_body",
                key,
                js({"retry": i % 5 + 1, "headers": {"Authorization": f"Bearer {val}"}}),
                ["secret"],
            )
        elif i >= 9:
            add(
                "value.secret_cached",
                "db.redis.value",
                js({"config": {"token": val}, "ttl": 3600}),
                ["secret"],
            )
        else:
            add("value.secret", key, fmt.format(val), ["secret"])


def emails() -> None:
    for i in range(20):
        f = faker(
            ["en_US", "nl_NL", "pl_PL", "tr_TR", "sv_SE", "da_DK", "sl_SI"][i % 7], SEED + 300 + i
        )
        n = f.name()
        local = f.user_name()
        e = f"{local}@{['example.com', 'example.org', 'example.net'][i % 3]}"
        shape = i % 5
        if shape == 0:
            add(
                "tool_payload.email_followup",
                "tool.arguments",
                js(
                    {
                        "to": e,
                        "subject": "Your call summary",
                        "body": f"Hi {n.split()[0]}, as discussed...",
                    }
                ),
                ["email", "name"],
            )
        elif shape == 1:
            add(
                "tool_payload.calendar_invite",
                "gen_ai.tool.call.arguments",
                js(
                    {
                        "summary": "Follow-up call",
                        "attendees": [{"email": e, "displayName": n}],
                        "start": "2026-03-04T10:00:00",
                    }
                ),
                ["email", "name"],
            )
        elif shape == 2:
            add("value.email_diff", "crm.field_diff.after", e, ["email"])
        elif shape == 3:
            add(
                "free_text.email_ticket",
                "zendesk.ticket.comment",
                f"Caller asked us to use {e} instead of the old address from now on.",
                ["email"],
            )
        else:
            add(
                "value.email_urlencoded",
                "webhook.retry.body",
                urllib.parse.urlencode({"email": e, "name": n}),
                ["email", "name"],
            )


def bank_accounts() -> None:
    for i in range(16):
        acct = digits(rng.randrange(8, 12))
        shape = i % 5
        if shape == 0:
            r8 = digits(8)
            w = [3, 7, 1] * 3
            chk = (10 - sum(int(x) * y for x, y in zip(r8, w, strict=False)) % 10) % 10
            rt = r8 + str(chk)
            add(
                "tool_payload.bank_account",
                "tool.result",
                js({"routing_number": rt, "account_number": acct, "type": "checking"}),
                ["bank_account"],
            )
        elif shape == 1:
            sc = f"{rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}"
            add(
                "free_text.bank_account",
                "memory.entries",
                wrap("memory.entries", f"Refunds go to sort code {sc}, account {digits(8)}."),
                ["bank_account"],
            )
        elif shape == 2:
            add(
                "value.bank_account",
                "kafka.message.value",
                js(
                    {
                        "bsb": f"{rng.randrange(10, 99)}{rng.randrange(0, 9)}-{rng.randrange(100, 999)}",
                        "account": digits(9),
                    }
                ),
                ["bank_account"],
            )
        elif shape == 3:
            add(
                "tool_payload.bank_account",
                "crm.update.diff",
                js(
                    {
                        "field": "payout",
                        "before": None,
                        "after": {"ifsc": "HDFC0" + digits(6), "account_no": digits(12)},
                    }
                ),
                ["bank_account"],
            )
        else:
            add(
                "free_text.bank_account",
                "conversation.summary",
                f"Direct deposit set up: transit {digits(5)}, institution 0{digits(2)}, account {digits(7)}.",
                ["bank_account"],
            )


def extra_names() -> None:
    for i in range(12):
        f = faker(["en_US", "nl_NL", "sv_SE", "pl_PL", "vi_VN", "tr_TR"][i % 6], SEED + 500 + i)
        n = f.name()
        shape = i % 4
        if shape == 0:
            add(
                "free_text.profile_prompt",
                "gen_ai.input.messages",
                js(
                    [
                        {
                            "role": "system",
                            "content": f"You are a support agent. Customer profile: name={n}; tier=gold; open_tickets=1.",
                        }
                    ]
                ),
                ["name"],
            )
        elif shape == 1:
            add(
                "free_text.judge_rationale",
                "eval.judge.rationale",
                f"The agent greeted {n} by name and confirmed the booking; score 4/5.",
                ["name"],
            )
        elif shape == 2:
            add(
                "tool_payload.slack_notification",
                "slack.message.text",
                js(
                    {
                        "text": f"Escalation: {n} asked for a manager about order {rng.randrange(10000, 99999)}",
                        "channel": "#support",
                    }
                ),
                ["name"],
            )
        else:
            add("value.name_diff", "crm.field_diff.after", n, ["name"])


def combos() -> None:
    for i in range(10):
        f = faker(["en_US", "nl_NL", "pl_PL", "da_DK", "sl_SI"][i % 5], SEED + 700 + i)
        n = f.name()
        ph = phone_e164(["US", "NL", "PL", "DK", "SI"][i % 5])
        y, m, d = birth()
        shape = i % 5
        if shape == 0:
            add(
                "tool_payload.kafka_customer",
                "messaging.message.body",
                js({"customer": {"name": n, "phone": ph, "dob": f"{y}-{m:02d}-{d:02d}"}}),
                ["dob", "name", "phone"],
            )
        elif shape == 1:
            body = base64.b64encode(js({"caller": n, "callback": ph}).encode()).decode()
            add("value.base64_body", "pubsub.message.data", body, ["name", "phone"])
        elif shape == 2:
            add(
                "free_text.summary_carried",
                "conversation.summary",
                f"Last call: {n} rang about a late delivery and mentioned a recent hospital stay; callback on {ph}.",
                ["name", "phone", "sensitive"],
            )
        elif shape == 3:
            add(
                "tool_payload.freshdesk_comment",
                "tool.arguments",
                js(
                    {
                        "ticket_id": rng.randrange(1000, 9999),
                        "body": f"Customer born {d}/{m}/{y} confirmed identity.",
                        "private": True,
                    }
                ),
                ["dob"],
            )
        else:
            add(
                "value.redis_profile",
                "db.redis.value",
                js({"name": n, "phone": ph}),
                ["name", "phone"],
            )


CLEAN_CONTENT = [
    (
        "free_text.kb_article",
        "retrieval.documents.0.document.content",
        "Returns: items can be returned within 30 days with the receipt. Refunds take 5-7 business days.",
    ),
    (
        "free_text.kb_article",
        "retrieval.documents.1.document.content",
        "Our head office is at 1 Market Street, Springfield; the switchboard is open 8am-6pm.",
    ),
    (
        "free_text.kb_article",
        "retrieval.documents.2.document.content",
        "Pricing: Basic plan $19/month, Pro $49/month, annual billing saves 15%.",
    ),
    (
        "free_text.kb_article",
        "retrieval.documents.0.document.content",
        "To reset a router, hold the reset button for 10 seconds until the light blinks amber.",
    ),
    (
        "free_text.kb_article",
        "retrieval.documents.3.document.content",
        "Policy 4.2: agents must never ask for a full card number over the phone.",
    ),
    (
        "free_text.kb_article",
        "retrieval.documents.1.document.content",
        "Holiday hours: closed on 25 and 26 December, open 10am-4pm on 31 December.",
    ),
    ("free_text.memory_pref", "memory.entries", "User prefers a female voice and slower speech."),
    (
        "free_text.memory_pref",
        "agent.memory.recall",
        "User likes to be reminded the day before an appointment.",
    ),
    (
        "free_text.memory_pref",
        "mem0.memory",
        "Prefers text messages over calls; dislikes hold music.",
    ),
    (
        "free_text.memory_pref",
        "memory.entries",
        "User usually orders the large oat latte with no sugar.",
    ),
    ("free_text.memory_pref", "langgraph.store.value", "Prefers metric units and 24-hour time."),
    (
        "free_text.ticket_comment",
        "zendesk.ticket.comment",
        "Agent: escalated to Tier 2 after three failed resets.",
    ),
    (
        "free_text.ticket_comment",
        "jira.issue.comment",
        "Tier 2: reproduced on firmware 3.1.4; fix scheduled for next release.",
    ),
    (
        "free_text.ticket_comment",
        "freshdesk.ticket.note",
        "Supervisor: approved the goodwill credit of $15.",
    ),
    (
        "free_text.ticket_comment",
        "zendesk.ticket.comment",
        "Bot: customer confirmed the issue is resolved. Closing.",
    ),
    (
        "free_text.summary_clean",
        "conversation.summary",
        "Caller asked about delivery times for order 48213; told 2-3 business days.",
    ),
    (
        "free_text.summary_clean",
        "conversation.summary",
        "Customer wanted to change plan from Basic to Pro; change takes effect next cycle.",
    ),
    (
        "free_text.summary_clean",
        "gen_ai.output.messages",
        "Summary: the user booked a table for four at 7pm on Friday.",
    ),
    (
        "free_text.sms_followup",
        "sms.body",
        "Thanks for calling! Your ticket SUP-2291 is open. Reply STOP to opt out.",
    ),
    (
        "free_text.sms_followup",
        "sms.body",
        "Reminder: your appointment is tomorrow at 10:30. Reply C to confirm.",
    ),
    (
        "free_text.eval_row",
        "eval.dataset.input",
        "Hi {{customer_name}}, your order {{order_id}} has shipped.",
    ),
    (
        "free_text.eval_row",
        "eval.judge.rationale",
        "The agent answered the refund question correctly and cited the 30-day policy. Score 5.",
    ),
    (
        "free_text.eval_row",
        "eval.judge.rationale",
        "Response was polite but did not offer the callback option; score 3/5.",
    ),
    (
        "free_text.qa_scorecard",
        "qa.scorecard.notes",
        "Greeting: pass. Verification: pass. Empathy: partial. Closing: pass.",
    ),
    (
        "free_text.fewshot",
        "gen_ai.input.messages",
        "User: what are your opening hours?\nAssistant: We are open 9 to 5, Monday to Friday.",
    ),
    ("free_text.redacted", "transcript", "My number is [PHONE_NUMBER] and my name is [PERSON]."),
    (
        "free_text.redacted",
        "memory.entries",
        "Caller's email is <EMAIL_ADDRESS>; send the invoice there.",
    ),
    (
        "free_text.sensitive_topic",
        "retrieval.documents.0.document.content",
        "Bereavement policy: we can pause billing for 60 days after a death in the family.",
    ),
    (
        "free_text.sensitive_topic",
        "input.value",
        "Do you offer payment plans for people in financial hardship?",
    ),
    (
        "tool_payload.business",
        "tool.result",
        '{"stock": 12, "sku": "TBL-0042", "warehouse": "Leeds"}',
    ),
    ("tool_payload.business", "tool.arguments", '{"order_id": "A-48213", "action": "track"}'),
    (
        "tool_payload.business",
        "messaging.message.body",
        '{"event": "order.shipped", "order_id": "A-99120", "carrier": "DHL"}',
    ),
    (
        "tool_payload.business",
        "slack.message.text",
        '{"text": "Queue depth above 20 for 5 minutes", "channel": "#ops"}',
    ),
    (
        "tool_payload.business",
        "calendar.event",
        '{"summary": "Team stand-up", "start": "09:30", "recurrence": "weekdays"}',
    ),
    (
        "tool_payload.business",
        "crm.update.diff",
        '{"field": "status", "before": "open", "after": "resolved"}',
    ),
]


def clean_content() -> None:
    for cls, key, text in CLEAN_CONTENT:
        add(cls, key, text, [])
    # Further clean rows from small templates with random business numbers.
    for i in range(75):
        shape = i % 5
        if shape == 0:
            add(
                "free_text.summary_clean",
                "conversation.summary",
                f"Caller asked whether order {rng.randrange(10000, 99999)} could be delivered before {rng.choice(['Friday', 'the weekend', 'noon'])}; agent confirmed.",
            )
        elif shape == 1:
            add(
                "tool_payload.business",
                "tool.result",
                js(
                    {
                        "order_id": f"A-{rng.randrange(10000, 99999)}",
                        "status": rng.choice(["packed", "shipped", "delayed"]),
                        "eta_days": rng.randrange(1, 6),
                    }
                ),
            )
        elif shape == 2:
            add(
                "free_text.memory_pref",
                "memory.entries",
                wrap(
                    "memory.entries",
                    rng.choice(
                        [
                            "Prefers English.",
                            "Likes short answers.",
                            "Wants the invoice PDF attached.",
                            "Prefers calls after 5pm.",
                            "Uses the mobile app, not the website.",
                        ]
                    ),
                ),
            )
        elif shape == 3:
            add(
                "free_text.kb_article",
                f"retrieval.documents.{i % 4}.document.content",
                f"Plan {rng.choice(['Basic', 'Plus', 'Family'])} costs ${rng.randrange(9, 99)}.{rng.choice(['00', '99'])} per month; cancel anytime from Settings.",
            )
        else:
            add(
                "free_text.ticket_comment",
                rng.choice(
                    ["zendesk.ticket.comment", "jira.issue.comment", "freshdesk.ticket.note"]
                ),
                f"{rng.choice(['Agent', 'Tier 2', 'Supervisor', 'QA'])}: {rng.choice(['waiting on carrier', 'replacement shipped', 'refund approved', 'duplicate of', 'needs logs from'])} {rng.choice(['SUP', 'OPS'])}-{rng.randrange(100, 9999)}.",
            )


def hard_negatives() -> None:
    models = [
        "gpt-4o-mini-2024-07-18",
        "claude-3-5-sonnet-20241022",
        "text-embedding-3-small",
        "nova-3",
        "eleven_flash_v2_5",
        "sonic-2",
        "gemini-2.0-flash",
        "llama-3.3-70b-versatile",
        "whisper-large-v3",
        "bge-m3",
    ]
    placeholders = [
        "{{customer_name}}",
        "{{phone_number}}",
        "{customer.email}",
        "${caller_dob}",
        "<<ADDRESS>>",
        "{{ssn_last4}}",
        "%(card_number)s",
        "{{iban}}",
        "[[user.full_name]]",
        "{{date_of_birth}}",
    ]
    redacted = [
        "[REDACTED]",
        "<PHONE_NUMBER>",
        "***-**-****",
        "[EMAIL]",
        "<PERSON>",
        "****4242",
        "[IBAN_REDACTED]",
        "XXXX-XXXX-XXXX-1111",
        "<DATE_OF_BIRTH>",
        "████████",
    ]
    for i in range(10):
        add("value.message_id", "messaging.message.id", uid())
        add("value.offset", "messaging.kafka.offset", rng.randrange(10**5, 10**9))
        add(
            "value.partition_key",
            "messaging.kafka.message.key",
            f"{rng.choice(['call', 'tenant', 'session'])}-{token(HEX, 12)}",
        )
        add(
            "value.cache_key",
            "db.redis.key",
            f"{rng.choice(['summary', 'memory', 'rag', 'profile'])}:{uid()}",
        )
        add(
            "value.hash",
            "memory.content_hash",
            hashlib.sha256(str(rng.random()).encode()).hexdigest(),
        )
        add("value.embedding", "vector.embedding", [round(rng.uniform(-1, 1), 6) for _ in range(8)])
        add("value.model", "gen_ai.request.model", models[i])
        add("value.placeholder", "prompt.template.variable", placeholders[i])
        add("value.redaction", "pii.redacted_value", redacted[i])
        add(
            "value.document_id",
            "retrieval.documents.0.document.id",
            f"kb_{token(HEX, 6)}#chunk{rng.randrange(0, 40)}",
        )
        add("value.score", "retrieval.documents.0.document.score", round(rng.uniform(0.2, 0.99), 4))
        add(
            "value.receipt_handle",
            "messaging.sqs.receipt_handle",
            base64.b64encode(token(AN, 48).encode()).decode(),
        )
        add("value.ticket_ref", "zendesk.ticket.id", rng.randrange(100000, 9999999))
        body = "4" + digits(14)
        add("value.luhn_id", "order.reference", body + luhn.calc_check_digit(body))
        add(
            "value.timestamp",
            "messaging.message.publish_time",
            f"2026-0{rng.randrange(1, 10)}-{rng.randrange(10, 29)}T{rng.randrange(10, 24)}:{rng.randrange(10, 60)}:{rng.randrange(10, 60)}.{digits(3)}Z",
        )
    org = [
        ("agent.phone_number", "+1 202-555-0143"),
        ("trunk.outbound_caller_id", "+44 20 7946 0018"),
        ("org.support_email", "support@example.com"),
        ("org.address", "1 Market Street, Springfield"),
        ("agent.callback_number", "+1 800-555-0199"),
        ("trunk.did", "+33 1 99 00 12 34"),
        ("org.billing_email", "billing@example.org"),
        ("business.hotline", "+1 (415) 555-0132"),
        ("agent.sip_uri", "sip:support@pbx.example.com"),
        ("org.sales_line", "+1 312 555 0177"),
    ]
    for key, v in org:
        add("value.org_contact", key, v)
    for i in range(6):
        add(
            "value.topic",
            "messaging.destination.name",
            rng.choice(
                [
                    "call-summaries",
                    "memory-writes",
                    "crm-sync",
                    "ticket-events",
                    "followup-sms",
                    "eval-results",
                ]
            )
            + f".v{i + 1}",
        )
        add(
            "value.dlq_reason",
            "dlq.error",
            rng.choice(
                [
                    "MessageTooLarge",
                    "SchemaValidationError: field 'ts' missing",
                    "MaxRetriesExceeded after 5 attempts",
                    "Deserialization failed at offset 1882",
                ]
            ),
        )


def main() -> None:
    _check_releases()
    languages()
    national_ids()
    cards()
    ssns()
    ibans()
    ips()
    secrets()
    emails()
    bank_accounts()
    extra_names()
    combos()
    clean_content()
    hard_negatives()
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
