"""Facts about a person kept in what an agent remembers, in many languages.

Memory entries, recalls, CRM notes, summaries and chat contexts carry disclosures
(treatment for an addiction, debt, illness, a case in court, a conversion) said in the
first or third person, delivery and home addresses after a label, birth dates in the
words and date formats of each language, phone numbers after "my number" in languages
whose numbers have no trunk zero, and tokens cached under a generic config key. Beside
them, the business's own topics, a book's title, appointment dates, cache keys and
hashes of public content stay clean. Every value is invented.
"""

from __future__ import annotations

import json

import pytest
from _builders import pii_kinds as _kinds

pytest.importorskip("phonenumbers")

MODES = ["forbid", "allow"]


def _memory(text: str) -> str:
    """``text`` as a memory store returns it: a list of entries with an id and a score."""
    return json.dumps([{"id": "mem_0a1b2c", "memory": text, "score": 0.71}], ensure_ascii=False)


DISCLOSURES = {
    "no_treatment": "Jeg har nettopp begynt på avrusning og rusbehandling.",
    "no_brother": "Broren min er spilleavhengig og har stor gjeld.",
    "da_sister": "Min søster er i behandling for alkoholmisbrug.",
    "sv_father": "Pappa är alkoholist och har börjat på ett behandlingshem.",
    "sl_self": "Sem v bolnišnici, zdravim se zaradi odvisnosti od drog.",
    "hr_father": "Otac mi je ovisnik o kocki i liječi se.",
    "uz_debt": "Men ishdan bo'shatildim, qarzlarim sudda ko'rilmoqda.",
    "uz_ill": "Onam qon bosimi kasalligidan davolanmoqda.",
    "az_faith": "Anam keçən il islamı qəbul edib, oruc tutur.",
    "kk_faith": "Мен христиан дінін қабылдадым, отбасым білмейді.",
    "ha_mother": "Mahaifiyata tana fama da ciwon sukari, tana shan magani.",
    "ha_self": "Ina da ciwon hawan jini tun bara.",
    "yo_self": "Mo ní àrùn ẹ̀jẹ̀ ríru, mo ń lo oògùn.",
    "ta_mother": "என் அம்மாவுக்கு வாரம் இருமுறை டயாலிசிஸ் நடக்கிறது.",
    "ta_surgery": "எனக்கு கடந்த மாதம் அறுவை சிகிச்சை நடந்தது.",
    "ml_father": "എന്റെ അച്ഛന് കാൻസർ ആണ്, കീമോതെറാപ്പി നടക്കുന്നു.",
    "ml_self": "എനിക്ക് വിഷാദരോഗം ഉണ്ട്.",
    "mr_father": "माझ्या वडिलांना मधुमेह आहे.",
    "mr_self": "मला नैराश्य आहे म्हणून मी उपचार घेत आहे.",
    "pa_visa": "ਮੇਰਾ ਵੀਜ਼ਾ ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ, ਇਮੀਗ੍ਰੇਸ਼ਨ ਦਾ ਕੇਸ ਅਦਾਲਤ ਵਿੱਚ ਹੈ।",
    "pa_dialysis": "ਮੇਰੇ ਪਿਤਾ ਜੀ ਦਾ ਡਾਇਲਸਿਸ ਹੁੰਦਾ ਹੈ।",
    "ne_self": "मलाई मधुमेह छ र म औषधि खान्छु।",
    "en_third": "She was discharged last week after a long hospital stay.",
    "sv_cancer": "Min pappa har precis opererats för lungcancer.",
    "nl_cancer": "Mijn zus heeft darmkanker.",
    "uz_verb": "Men giyohvandlikdan davolanyapman.",
    "az_addiction": "Qardaşım narkotik asılılığından müalicə alır.",
    "mr_addiction": "मला दारूचे व्यसन आहे.",
    "pa_death": "ਮੇਰੀ ਮਾਂ ਦੀ ਮੌਤ ਹੋ ਗਈ।",
    "bn_addiction": "আমি মাদকাসক্তি থেকে চিকিৎসা নিচ্ছি।",
    "ta_drinking": "நான் குடிப்பழக்கத்திலிருந்து மீள சிகிச்சை பெறுகிறேன்.",
    "yo_court": "Mo ti di onigbese, won gbe mi lo si ile ejo.",
    "ig_hospital": "Nne m nọ n'ụlọ ọgwụ.",
}

#: A summary carried into the next call: the person is named, the disclosure has no "I".
SUMMARY = "Last call: Mrs Adaeze Okafor rang about an invoice and mentioned a recent hospital stay."

ADDRESSES = {
    "nl_delivery": "Bezorgadres: Kerkpad 14, 3521 KL Utrecht",
    "nl_comma": "Afleveradres: Molenweg 8, 7411 AB, Deventer",
    "no_delivery": "Leveringsadresse: Bjerkeveien 3B, 0468 Oslo",
    "sv_home": "Hemadress: Björkvägen 22, 413 19 Göteborg",
    "da_home": "Min adresse: Kastanievej 9, 8000 Aarhus C",
    "sl_mine": "Moj naslov je: Cankarjeva ulica 7, 1000 Ljubljana",
    "sl_delivery": "Naslov za dostavo: Prešernova cesta 15, 4000 Kranj",
    "hr_mine": "Moja adresa je: Ilica 102, 10000 Zagreb",
    "uz_mine": "Manzilim: Samarqand sh., Registon ko'chasi 14-uy, 3-xonadon, 140100",
    "uz_delivery": "Yetkazib berish manzili: Farg'ona sh., Mustaqillik ko'chasi 5-uy",
    "kk_mine": "Мекенжайым: Астана қ., Сарыарқа даңғылы, 12 үй, 45 пәтер",
    "si_mine": "මගේ ලිපිනය: 41/2, මහනුවර පාර, ගම්පහ",
    "fa_mine": "نشانی من: 58 باغ نو, غرب شهرک, کرمان 7616",
    "pl_delivery": "Adres dostawy: ul. Lipowa 8 m. 3, 20-020 Lublin",
}

DOBS = {
    "da_slash": "Jeg er født d. 14/3 1977.",
    "da_words": "Min fødselsdato er 2/9 1964.",
    "no_slash": "Jeg ble født 7/5 1983.",
    "pa_words": "ਮੇਰੀ ਜਨਮ ਤਾਰੀਖ 03-08-1972 ਹੈ।",
    "pa_born": "ਮੇਰਾ ਜਨਮ 12/11/1968 ਨੂੰ ਹੋਇਆ ਸੀ।",
    "az_suffix": "Mən 27.06.1975-ci ildə anadan olmuşam.",
    "az_other": "Atam 04.11.1949-cu ildə anadan olub.",
    "sv_date_word": "Mitt födelsedatum är 21.08.1975.",
    "sv_verb": "Jag föddes den 4 maj 1979.",
    "no_birthday": "Min fødselsdag er 4/7 1961.",
    "fil_birthday": "Kaarawan ko ay Abril 7, 1982.",
    "sl_verb": "Rodila sem se 12. 3. 1974.",
}

PHONES = {
    "no_call": "Ring meg på 93 41 27 58",
    "no_number": "Nummeret mitt er 47 12 38 90",
    "da_number": "Mit nummer er 28 73 41 96",
    "da_call": "Ring til mig på 61 24 87 35",
    "no_unspaced": "Du kan ringe meg på 48213957",
    "ml_words": "എന്റെ നമ്പർ 98470 23816",
    "pa_words": "ਮੇਰਾ ਫ਼ੋਨ ਨੰਬਰ 98140 27365",
    "ta_words": "என் எண் 98400 31572",
}

#: Tokens cached under a key that names no secret kind, beside a time to live.
SECRETS = {
    "auth": json.dumps({"config": {"auth": "7d1e4b9a2c6f0835e1a7b4c9d2f6038e5a1c7b4d"}}),
    "yaml": "config:\n  token: 61c0f3a9e7b24d58c1a6e9f3b7d2048a5c1e9f7b",
    "mixed": json.dumps({"cfg": {"token": "Hq3nV8xK1pT6mW9rB2zL5cY7dF4jA0sE"}}),
    "hex40": json.dumps(
        {"config": {"token": "5b2e9c07d4a1f8e63c90b7a2d5e4f1c8a7b3d609"}, "ttl": 600}
    ),
    "hex32": json.dumps({"settings": {"api_key": "c3f1a9e07b2d4c6e8f0a1b3c5d7e9f20"}, "ttl": 60}),
    "hex40_auth": json.dumps(
        {"auth": {"access_token": "0f9e8d7c6b5a49382716a5b4c3d2e1f0a9b8c7d6"}}
    ),
}

CLEAN = {
    "no_clinic": "Klinikken tilbyr rusbehandling og avrusning for ungdom.",
    "da_topic": "Vi har et nyt tilbud om behandling for alkoholmisbrug i Aarhus.",
    "en_policy": "Hospital stay coverage is included in the premium plan.",
    "ta_clinic": "எங்கள் மருத்துவமனையில் டயாலிசிஸ் வசதி உள்ளது.",
    "sv_place": "Behandlingshemmet ligger i Uppsala.",
    "sl_clinic": "Ambulanta za zdravljenje odvisnosti je odprta ob sredah.",
    "mr_clinic": "आमच्या रुग्णालयात व्यसनमुक्ती केंद्र आहे.",
    "pa_clinic": "ਸਾਡੇ ਹਸਪਤਾਲ ਵਿੱਚ ਡਾਇਲਸਿਸ ਦੀ ਸਹੂਲਤ ਹੈ।",
    "uz_clinic": "Bizning klinikamiz giyohvandlikdan davolaydi.",
    "sl_title": "Naslov knjige je Zbirka 3, izdaja 2019, strani 240.",
    "uz_office": "Ofis manzili o'zgardi, 2 qavat.",
    "no_appointment": "Timen din er flyttet til 14/3 kl. 10:30.",
    "da_deadline": "Fristen for betaling er d. 6/11 2026.",
    "az_deadline": "Müqavilə 01.09.2026-cı ildə bitir.",
    "no_order": "Ordrenummer 40 61 23 12 er sendt.",
    "no_invoice": "Fakturanummeret mitt er 20 12 34 56",
    "da_case": "Sagsnummer 61 23 45 67 er oprettet.",
    "no_unspaced_order": "Ordrenummer 48213957 er sendt.",
    "cache_key": json.dumps({"config": {"cache_key": "user:profile:v2"}, "ttl": 3600}),
    "content_hash": json.dumps({"config": {"etag": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"}}),
    "llm_token": json.dumps({"token": "hello", "logprob": -0.12}),
    "page_token": json.dumps({"next_page_token": "a81c3e5f7b9d1f2a4c6e8b0d2f4a6c8e"}),
    "commit": json.dumps({"config": {"commit": "e83c5163316f89bfbde7d9ab23ca2e25604af290"}}),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("form", sorted(DISCLOSURES))
def test_a_remembered_disclosure_is_sensitive(form: str, mode: str) -> None:
    text = DISCLOSURES[form]
    assert "sensitive" in _kinds("agent.memory.recall", text, mode)
    assert "sensitive" in _kinds("memory.entries", _memory(text), mode)


@pytest.mark.parametrize("mode", MODES)
def test_a_disclosure_in_a_summary_about_a_named_caller_is_sensitive(mode: str) -> None:
    assert "sensitive" in _kinds("conversation.summary", SUMMARY, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("form", sorted(ADDRESSES))
def test_an_address_after_a_label_is_an_address(form: str, mode: str) -> None:
    text = ADDRESSES[form]
    assert "address" in _kinds("crm.note", text, mode)
    assert "address" in _kinds("memory.entries", _memory(text), mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("form", sorted(DOBS))
def test_a_remembered_birth_date_is_a_birth_date(form: str, mode: str) -> None:
    text = DOBS[form]
    assert "dob" in _kinds("conversation.summary", text, mode)
    assert "dob" in _kinds("memory.entries", _memory(text), mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("form", sorted(PHONES))
def test_a_number_after_my_number_is_a_phone(form: str, mode: str) -> None:
    text = PHONES[form]
    assert "phone" in _kinds("lk.user_transcript", text, mode)
    assert "phone" in _kinds("retrieval.documents.0.document.content", text, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("form", sorted(SECRETS))
def test_a_token_cached_under_a_config_key_is_a_secret(form: str, mode: str) -> None:
    assert "secret" in _kinds("db.redis.value", SECRETS[form], mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("form", sorted(CLEAN))
def test_a_look_alike_stays_clean(form: str, mode: str) -> None:
    key = "db.redis.value" if CLEAN[form].startswith("{") else "agent.memory.recall"
    assert _kinds(key, CLEAN[form], mode) <= {"free_text"}
