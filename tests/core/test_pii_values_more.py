"""Birth dates, addresses, secrets and numbers in more languages and shapes, both modes.

Every value is invented for these tests (streets, towns, dates, numbers and keys that
name no one). A positive is found in both content modes; a negative stays clean in both.
"""

from __future__ import annotations

import pytest
from _builders import pii_kinds as _kinds

MODES = ("forbid", "allow")

#: A birth word of a European or Caucasus language, then a date in figures or words.
DOBS = {
    "is_f": "Ég er fædd 03.04.1972.",
    "is_m": "ég er fæddur 19.11.1988",
    "is_label": "Fæðingardagur: 07.02.1961",
    "hr": "Rođena sam 14.06.1983.",
    "sr_latin": "rodjen sam 02.09.1977",
    "sr_cyrillic": "рођен сам 21.01.1969",
    "bs_label": "datum rođenja 30.03.1990",
    "sl": "rojena sem 8. 5. 1975",
    "lt_label": "Gimimo data 1981-07-23.",
    "lt_verb": "gimiau 1964-02-11",
    "lv": "dzimšanas datums 12.10.1958",
    "et": "sünniaeg 05.06.1992",
    "ka_label": "დაბადების თარიღი 24.09.1979.",
    "ka_verb": "დავიბადე 1985 წლის 3 მაისს",
    "hy_year_first": "ծնվել եմ 1979 թ. հունիսի 14-ին",
    "lt_year_first": "gimiau 1983 m. birželio 5 d.",
    "lv_year_first": "esmu dzimis 1970. gada 9. martā",
    "hy_label": "Ծննդյան ամսաթիվը՝ 16.08.1974",
    "az_label": "Doğum tarixi: 11.12.1966",
    "sq_label": "datëlindja 27.04.1987",
    "mk": "датум на раѓање 09.01.1993",
    "bg": "дата на раждане 18.05.1971",
    "be": "дата нараджэння 25.07.1960",
    "cy": "dyddiad geni 13/03/1982",
    "ga": "dáta breithe 22/10/1979",
    "eu": "jaiotze data 1991-01-30",
    "ca": "data de naixement 04/12/1973",
    "gl": "data de nacemento 17/08/1968",
    "mt": "data tat-twelid 06/06/1984",
    "pt_dia": "nasci dia 9 de março de 1978",
    "pt_do": "nasci no dia 2 do outubro de 1986",
    "fi_birthday": "syntymäpäiväni on 9.8.1974",
    "cs_abbreviation": "nar. 4. 7. 1969",
    "ro_label": "data de naștere 21.02.1984",
    "eu_year_first": "jaio nintzen 1976ko urriaren 14an",
    "sq_born": "Lindur më 9 tetor 1982",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(DOBS.values()), ids=list(DOBS))
def test_birth_words_of_more_languages(text: str, mode: str) -> None:
    assert "dob" in _kinds("transcript", text, mode)


#: Addresses announced by the word for "address" in more languages, or written in a
#: country's own order (an Italian province in brackets, an Australian state and postcode).
ADDRESSES = {
    "hy": "Հասցեն՝ ք. Գյումրի, 3104, Աբովյան 17։",
    "ka": "მისამართი: რუსთაველის გამზ. 12, ზუგდიდი.",
    "az": "Ünvanım Gəncə ş., Nizami küç., ev 14, mənzil 9.",
    "ne": "मेरो ठेगाना बुद्ध मार्ग वडा 4, पोखरा 33700 हो।",
    "zu": "Ikheli lami ngu-23 umgwaqo kaSizwe, eMlazi, 4066.",
    "xh": "idilesi yam ngu-8 Ndaba, eQonce, 5601",
    "bn_latn": "amar thikana house 9 road 4 mirpur dhaka 1216",
    "it_lead": "L'indirizzo è Via dei Tigli, 8, 20121, Milano (MI).",
    "it_no_lead": "consegnare in Contrada Ulivi, 3, 96100, Siracusa (SR)",
    "it_number_first": "12 Contrada Gelsi, 4, 70121, Bari (BA)",
    "es_lead": "Mi dirección es Senda de Pedro Ruiz 31 Piso 2 , Huesca, 22004",
    "au_state": "The address on file is 3/15 Oliver Summit, Kingsford, NSW, 2032 now.",
    "au_no_flat": "send it to 27 Banksia Rise, Ferny Hills QLD 4055",
    "au_lower": "the address is 9/2 karri summit, belmont, vic, 3216",
    "au_lower_no_comma": "it's 41 grevillea rise upper coomera qld 4209",
    "de_range": "Lindenhof-Allee 14-16, 04109 Leipzig",
    "it_comma_town": "Borgo Nuovo, 7, 50123, Firenze",
    # A street's type after its name, no lead word: Georgian, Armenian, Azerbaijani.
    "ka_avenue": "ვცხოვრობ წერეთლის გამზ. 71, ქუთაისი",
    "hy_avenue": "ապրում եմ Բաղրամյան պող. 44, Վանաձոր",
    "az_street": "yaşadığım yer Səməd Vurğun küçəsi 19, Sumqayıt",
    "az_short": "Xətai küç. 7, mənzil 3",
    "ne_ward_abbreviation": "ठेगाना: ललितपुर महानगरपालिका वडा नं. 5, पुल्चोक",
    "bn_latn_home": "amar basha road 11, house 4, banani, dhaka",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(ADDRESSES.values()), ids=list(ADDRESSES))
def test_addresses_of_more_countries(text: str, mode: str) -> None:
    assert "address" in _kinds("transcript", text, mode)


def test_an_address_in_a_geocoding_url() -> None:
    url = "https://geo.example.org/search?address=418+Quarry+Lane%2C+Eastford%2C+CT+06242&key=x"
    for mode in MODES:
        assert "address" in _kinds("url.full", url, mode)


#: Birth words, address words and state codes that name nothing: no finding.
NOT_PLACES = {
    "ka_no_date": "დაბადების დღე მომავალ კვირას აღვნიშნავთ",
    "it_no_number": "l'indirizzo è cambiato il mese scorso",
    "au_code": "error code NT, 4096 bytes lost",
    "es_ip": "la dirección IP es 10.2.3.4, puerto 8080",
    "hy_email": "Հասցեն՝ էլ. փոստ, 3 անգամ",
    "de_version": "siehe Abschnitt 4-5, 10115 Zeilen geändert",
    "it_changed": "il mio indirizzo è cambiato, 3 volte in 2 anni, per motivi diversi",
    "es_server": "la dirección del servidor es la 3, luego la 4, al final la 5",
    "az_avenue_walk": "Azərbaycan prospekti boyunca 5 km getdik",
    "au_year": "we sold 5 units in vic 2023 and 7 units in qld 2024",
    "bn_latn_home_news": "amar bari te khabar ache 5 jon",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(NOT_PLACES.values()), ids=list(NOT_PLACES))
def test_no_place_or_birth_where_none_is_said(text: str, mode: str) -> None:
    assert not _kinds("transcript", text, mode) & {"address", "dob"}


#: Secrets by their key or the words before them.
SECRETS = {
    "webhook_token": ("deployment.webhook_token", "Qw8rTy2uIo9pAs4dFg6hJk1lZx3cVb7n"),
    "bot_token": ("service.bot_token", "Mn5bVc8xZl2kJh7gFd4sAp1oIu6yTr9e"),
    "signature_header": ("http.request.header.x-twilio-signature", "Zx9Ty7Wv5Ut3Sr1Qp8On6Ml4Kj="),
    "signature_list": ("http.request.header.x-hub-signature-256", '["sha256=9f3ac7e1b2d4"]'),
    "key_provided": (
        "exception.message",
        "AuthError: Invalid API key provided: 7c1e9a04b3d2f6e8a5c7b9d1e3f5a7c9b1d3e5f7.",
    ),
    "token_given": ("exception.message", "401: access token given: 9a8b7c6d5e4f3a2b1c0d9e8f7a6b"),
    "sid_pair": (
        "exception.message",
        "RestError: Authenticate AC" + "7" * 32 + ":" + "e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9",
    ),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "value"), list(SECRETS.values()), ids=list(SECRETS))
def test_secrets_by_key_or_words(key: str, value: str, mode: str) -> None:
    assert "secret" in _kinds(key, value, mode)


#: Values masked already (by a provider or our own redaction): nothing left to find.
MASKED = {
    "card_groups": "****-****-****-1881",
    "card_spaces": "**** **** **** 0042",
    "redacted_word": "sk_***REDACTED***",
    "masked_word": "rk_live_****MASKED****",
    "bearer_masked": "Bearer ***-***-***",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", list(MASKED.values()), ids=list(MASKED))
def test_masked_values_are_no_secret(value: str, mode: str) -> None:
    assert not _kinds("http.request.header.authorization", value, mode)


#: Phone numbers a provider writes without a plus, or in a path.
PHONES = {
    "vonage_from": ("http.request.body", '{"from": "447911123456", "to": "447700900000"}'),
    "vonage_lt": ("http.request.body", '{"from": "37069912345", "uuid": "ab12"}'),
    "path_ng": ("messaging.destination.name", "callbacks/+2348031234567"),
    "path_br": ("messaging.destination.name", "sms/+5511987654321/status"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "value"), list(PHONES.values()), ids=list(PHONES))
def test_phones_in_provider_events(key: str, value: str, mode: str) -> None:
    assert "phone" in _kinds(key, value, mode)


def test_an_ip_in_a_sip_via_header() -> None:
    via = "SIP/2.0/UDP 81.44.201.17:5060;branch=z9hG4bK77aa01;rport"
    for mode in MODES:
        assert "ip" in _kinds("sip.header.via", via, mode)


#: A business's own published values: a toll-free line, a role mailbox.
BUSINESS = {
    "toll_free_us": ("twilio.to", "+18885550147"),
    "toll_free_uk": ("twilio.to", "+448001234567"),
    "role_mail_pt": ("business.email", "reservas@hotel-exemplo.pt"),
    "role_mail_es": ("business.email", "pedidos@tienda-ejemplo.es"),
    "role_mail_de": ("business.email", "kundenservice@laden-beispiel.de"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "value"), list(BUSINESS.values()), ids=list(BUSINESS))
def test_business_values_are_not_personal(key: str, value: str, mode: str) -> None:
    assert not _kinds(key, value, mode)


#: Cards and SSNs told in pieces: a filler between them, or a turn of the conversation.
PIECES = {
    "visa_sorry": ("transcript", "45320151 ... sorry ... 12830366", "card"),
    "amex_uh": ("transcript", "3714 496353 ... uh ... 98431", "card"),
    "discover_es": ("transcript", "6011 0009 9013 ... perdón ... 9424", "card"),
    "ssn_then": (
        "transcript",
        "my social is five three one two oh and then four four one eight",
        "ssn",
    ),
    "ssn_es": (
        "transcript",
        "mi seguro social es cinco tres uno dos cero, luego cuatro cuatro uno ocho",
        "ssn",
    ),
    "ssn_dashes": (
        "transcript",
        "social security number six two one dash four four dash one nine zero seven",
        "ssn",
    ),
    "turns": (
        "gen_ai.input.messages",
        '[{"role": "user", "content": "first part is six zero one one zero zero zero nine"},'
        ' {"role": "assistant", "content": "Thanks, and the rest?"},'
        ' {"role": "user", "content": "nine zero one three nine four two four"}]',
        "card",
    ),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "value", "kind"), list(PIECES.values()), ids=list(PIECES))
def test_numbers_told_in_pieces(key: str, value: str, kind: str, mode: str) -> None:
    found = _kinds(key, value, mode)
    assert kind in found
    assert "phone" not in found


@pytest.mark.parametrize("mode", MODES)
def test_hindi_copula_before_a_number_read_out(mode: str) -> None:
    text = "mera number hai nau aath saat chhe paanch chaar teen do ek shunya"
    assert _kinds("transcript", text, mode) & {"phone", "card"} == {"phone"}


def test_spelt_email_with_a_country_domain() -> None:
    for text in ("my email is olga dot petrova at mail dot ru", "pisz na jan at poczta dot pl"):
        for mode in MODES:
            assert "email" in _kinds("transcript", text, mode)


def test_account_named_in_hindi_latin_letters() -> None:
    for text in (
        "IFSC HDFC0001234 khata sankhya 50100234567812",
        "mera khata number 50100234567812",
    ):
        for mode in MODES:
            assert "bank_account" in _kinds("transcript", text, mode)


def test_national_id_named_by_its_issuer() -> None:
    text = "KYCError: id 9105125800084 failed home affairs lookup"
    for mode in MODES:
        assert "national_id" in _kinds("exception.message", text, mode)


@pytest.mark.parametrize(
    "text",
    ["tickets 45320151 and 12830366 are both valid", "Order 4532 0151 ... then total 1283 0366"],
)
def test_pieces_without_a_filler_stay_apart(text: str) -> None:
    for mode in MODES:
        assert "card" not in _kinds("transcript", text, mode)


@pytest.mark.parametrize("mode", MODES)
def test_a_redaction_phrase_under_a_secret_key_is_no_secret(mode: str) -> None:
    value: object
    for value in (["removed-by-gateway"], "scrubbed_for_privacy", "[redacted by proxy]"):
        assert not _kinds("http.request.header.x-hub-signature", value, mode)


@pytest.mark.parametrize("mode", MODES)
def test_a_number_after_hindi_words_for_my_number(mode: str) -> None:
    assert "phone" in _kinds("transcript", "mera number 91234 56780 hai", mode)
