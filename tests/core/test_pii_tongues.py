"""A caller's own words in languages the vocabularies knew little of.

Self-introductions ("this is", "here is", "I am ... "), birth dates after birth words in
local date formats, disclosures about oneself or family, phone numbers after "my number
is", and bank accounts read out after account words: Greek, Hebrew, Hungarian, Finnish,
Estonian, Icelandic, Lithuanian, Slovak, Czech, Serbian, Georgian, Armenian, Cantonese,
Malay, Arabic and English. Beside them, clean sentences about the business in the same
languages stay clean. Every value is invented.
"""

from __future__ import annotations

import pytest
from _builders import pii_kinds as _kinds

pytest.importorskip("phonenumbers")

MODES = ["forbid", "allow"]

NAMES = {
    "fi": "Moi, täällä Riikka Halonen-Vesterinen, soitan laskustani.",
    "et": "Tere, siin Kaarel Mägi, helistan arve pärast.",
    "lt": "Labas, čia Rimantas Žukauskas, skambinu dėl sąskaitos.",
    "sk": "Dobrý deň, tu je Zuzana Hrušková, volám kvôli faktúre.",
    "sr": "Здраво, ја сам Драган Јовановић, зовем због рачуна.",
    "is": "Halló, þetta er Sigurlaug Þorvaldsdóttir, ég hringi út af reikningnum.",
    "ka": "გამარჯობა, მე ვარ ნინო კაპანაძე, ანგარიშის გამო ვრეკავ.",
    "hy": "Բարև, ես Արմինե Սարգսյան եմ, զանգում եմ հաշվի համար։",
    "yue": "喂，我係陳志明，想查下張單。",
    "ar": "مساء الخير، أنا الآنسة ريم الحداد، أتصل بخصوص فاتورتي.",
}

DOBS = {
    "el": "Η ημερομηνία γέννησής μου είναι 14/02/1969.",
    "hu": "A születési dátumom 1987. 11. 23.",
    "fi": "Syntymäaikani on 3.7.1991.",
    "fi_two": "Syntymäaikani on 19.4.1982. Numeroni on +358401234567.",
}

DISCLOSURES = {
    "he": "אני בטיפול פסיכיאטרי ולכן ביטלתי את התור.",
    "hu": "A fiam drogfüggő, és most kezdte az elvonókúrát.",
    "ms": "Saya sedang menjalani rawatan kemoterapi setiap minggu.",
    "is": "Ég er í meðferð við þunglyndi og þarf að breyta tímanum.",
    "et": "Mul on kohtuasi pooleli, mind süüdistatakse kelmuses.",
    "yue": "我老豆上個月過咗身，我想取消個服務。",
}

PHONES = {
    "et": "Minu number on 5234 8816.",
    "is": "Síminn minn er 698 4412.",
}

BANKS = {
    "cs": "Číslo účtu je 5942859575/0800.",
    "cs_have": "Účet mám 1356416554/2700.",
    "cs_from": "Platba z účtu 2303098497/0100, prosím.",
    "en_checking": "My checking account: 35-7661697230/0800.",
    "en_number": "The account number is 73019245.",
    "en_acct": "acct no. 48120637 please",
}

CLEAN = {
    "fi": "Kiitos, tilaus on nyt valmis ja lasku lähtee huomenna.",
    "et": "Aitäh, tellimus on valmis ja arve tuleb homme.",
    "lt": "Ačiū, užsakymas paruoštas, sąskaita ateis rytoj.",
    "sk": "Ďakujem, objednávka je hotová a faktúra príde zajtra.",
    "sr": "Хвала, поруџбина је спремна и рачун стиже сутра.",
    "is": "Takk, pöntunin er tilbúin og reikningurinn kemur á morgun.",
    "ka": "გმადლობთ, შეკვეთა მზადაა და ანგარიში ხვალ მოვა.",
    "hy": "Շնորհակալություն, պատվերը պատրաստ է, հաշիվը կգա վաղը։",
    "yue": "唔該，張單已經搞掂，聽日會寄出。",
    "he": "תודה, ההזמנה מוכנה והחשבונית תישלח מחר.",
    "hu": "Köszönöm, a rendelés kész, a számlát holnap küldjük.",
    "ms": "Terima kasih, pesanan sudah siap dan invois dihantar esok.",
    "ar": "شكرا، الطلب جاهز والفاتورة تصل غدا.",
    "el": "Ευχαριστώ, η παραγγελία είναι έτοιμη και το τιμολόγιο έρχεται αύριο.",
    "en": "The account was created in 2019 and has 12 open orders.",
    "cs": "Účet je aktivní od roku 2021, objednávek je 14.",
    "cs_ratio": "Poměr 1433990592/0100 nesedí, prosím zkontrolujte.",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("lang", sorted(NAMES))
def test_a_caller_introducing_themself_is_a_name(lang: str, mode: str) -> None:
    assert "name" in _kinds("stt.transcript", NAMES[lang], mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("lang", sorted(DOBS))
def test_a_date_after_a_birth_word_is_a_birth_date(lang: str, mode: str) -> None:
    assert "dob" in _kinds("stt.transcript", DOBS[lang], mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("lang", sorted(DISCLOSURES))
def test_a_disclosure_about_oneself_or_family_is_sensitive(lang: str, mode: str) -> None:
    assert "sensitive" in _kinds("stt.transcript", DISCLOSURES[lang], mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("lang", sorted(PHONES))
def test_a_number_after_my_number_is_a_phone(lang: str, mode: str) -> None:
    assert "phone" in _kinds("stt.transcript", PHONES[lang], mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("form", sorted(BANKS))
def test_an_account_read_out_after_an_account_word_is_a_bank_account(form: str, mode: str) -> None:
    assert "bank_account" in _kinds("stt.transcript", BANKS[form], mode)


@pytest.mark.parametrize("mode", MODES)
def test_an_account_under_a_payout_key_is_a_bank_account(mode: str) -> None:
    assert "bank_account" in _kinds("payout.destination", "35-3852512026/0800", mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("lang", sorted(CLEAN))
def test_a_sentence_about_the_business_stays_clean(lang: str, mode: str) -> None:
    assert _kinds("stt.transcript", CLEAN[lang], mode) <= {"free_text"}
