"""Dates of birth, street addresses and conversation content, by class of input.

One value in one span, through the real detector in both content modes. Every value is
invented: fiction streets and towns, dates nobody was born on in these words.
"""

from __future__ import annotations

import json

import pytest
from _builders import span

from pytest_patter_trace.checks.pii import find_pii


def _kinds(key: str, value: str, content: str = "forbid") -> set[str]:
    found = find_pii([span("getpatter.call", 2, attributes={key: value})], content=content)
    return {f.kind for f in found}


# -- dates of birth in more languages and formats ------------------------------------------

DOBS = {
    "fr_word_month": "je suis née le 7 avril 1979",
    "gb_ordinal_of": "I was born on the 2nd of November 1966",
    "gb_two_digit_year": "born 4 October '71",
    "ru_birth_date_words": "дата рождения 14.02.1970",
    "ru_born_month_word": "я родилась 9 сентября 1982 года",
    "uk_born": "я народився 12.12.1975",
    "hi_birth_date": "मेरी जन्म तिथि 08-05-1972 है",
    "el_born": "γεννήθηκα στις 17/06/1980",
    "ar_birth_date": "تاريخ الميلاد 1968-09-30",
    "he_birth_date": "תאריך לידה 22.03.1974",
    "vi_birth_date": "ngày sinh của tôi là 05/11/1987",
    "ja_date_then_born": "1977年8月12日生まれです",
    "zh_date_then_born": "我是1981年2月3日出生的",
    "ko_date_then_born": "저는 1979년 4월 9일생이에요",
    "ko_born_verb": "1984년 6월 1일에 태어났어요",
    "ja_birth_date_word": "誕生日は1990年1月2日です",
    "ja_era_year": "昭和58年5月6日生まれです",
    "ko_two_digit_year": "생년월일은 83년 7월 4일입니다",
    "iso_slashes": "my date of birth is 1971/10/23",
    "de_day_dot_month_word": "ich bin am 5. Juli 1969 geboren",
}


@pytest.mark.parametrize("content", ["forbid", "allow"])
@pytest.mark.parametrize("value", list(DOBS.values()), ids=list(DOBS))
def test_birth_dates_in_many_languages_are_found(value: str, content: str) -> None:
    assert "dob" in _kinds("transcript", value, content)


def test_a_birth_date_answered_in_the_next_turn_of_a_message_list_is_found() -> None:
    turns = [
        {"role": "assistant", "content": "And what is your date of birth, please?"},
        {"role": "user", "content": "it's the 19th of May 1958"},
    ]
    assert "dob" in _kinds("gen_ai.input.messages", json.dumps(turns), "allow")


def test_a_birth_date_in_turns_that_nest_their_text_is_found() -> None:
    turns = [
        {"role": "assistant", "parts": [{"type": "text", "content": "Your birth date?"}]},
        {"role": "user", "parts": [{"type": "text", "content": "the 2nd of August 1949"}]},
    ]
    assert "dob" in _kinds("gen_ai.input.messages", json.dumps({"messages": turns}), "allow")


def test_a_birth_date_is_not_also_a_phone_number() -> None:
    assert _kinds("transcript", "DOB 07-21-1952", "allow") == {"dob"}


DATES_NOT_BIRTHS = {
    "delivery": "the parcel arrived on 3 March 2024",
    "born_free_product": "Born Free edition 2 of 4, shipped 12.03.2024",
    "ja_delivery": "2024年3月3日に配達されました",
    "ja_made_on": "2024年3月3日生産のロットです",
    "ko_created_on": "2024년 3월 3일생성된 주문",
}


@pytest.mark.parametrize("value", list(DATES_NOT_BIRTHS.values()), ids=list(DATES_NOT_BIRTHS))
def test_dates_that_are_not_births_stay_clean(value: str) -> None:
    assert "dob" not in _kinds("transcript", value, "allow")


# -- addresses of many countries -----------------------------------------------------------

ADDRESSES = {
    "gb_flat_town_postcode": "it's Flat 3, Orchard House, Little Brampton, KT9 7QX",
    "es_vivo_en": "vivo en Travesía del Olmo Seco 41, 3º B, 47012 Villanueva",
    "pt_endereco_comma_number": "o meu endereço é Quinta das Laranjeiras, 12, 4710-302 Braga",
    "br_cep": "meu endereço é Travessa Jaboticaba, 450, 04567-120 Piraquara",
    "ru_street_house": "мой адрес: ул. Тихая, д. 17, кв. 4, 620014 Зареченск",
    "ru_prospekt": "живу на проспекте Лесном, дом 8",
    "ja_chome": "住所は静岡県浜松市中区砂山町4丁目7番2号です",
    "ja_hyphenated": "住所：大阪府堺市北区百舌鳥梅町3-15-8",
    "ko_road": "주소는 부산광역시 해운대구 달맞이길 117입니다",
    "zh_road": "我住在杭州市西湖区文三路478号",
    "el_street_tk": "η διεύθυνσή μου είναι Αγίου Νικολάου 14, ΤΚ 54621 Καλαμαριά",
    "exception_street_postcode_town": "Delivery slot unavailable for Birkenweg 12, 61118 Dornbach",
    "exception_plain_street_name": "Delivery slot unavailable for Lindholm 7, 8210 Aarhus V",
    "he_street": "אני גר ברחוב הנרקיסים 14, חיפה",
    "ar_street": "عنواني شارع الياسمين 27، عمّان",
    "in_town_pin": "it's Flat 12, Lakshmi Nivas, 4th Cross Road, Bengaluru 560034",
    "us_no_street_type": "ship it to 4820 Willow Bend, Maple Heights, OH 44137",
    "exception_number_first": "Delivery slot unavailable for 88 Via Ombrosa, 17024 Finale",
    "exception_lower_case_name": "Delivery slot unavailable for Rúa do salgueiro, 40, 15704 Arca",
}


@pytest.mark.parametrize("content", ["forbid", "allow"])
@pytest.mark.parametrize("value", list(ADDRESSES.values()), ids=list(ADDRESSES))
def test_addresses_of_many_countries_are_found(value: str, content: str) -> None:
    key = "exception.message" if value.startswith("Delivery") else "transcript"
    assert "address" in _kinds(key, value, content)


def test_an_address_inside_a_tool_payload_is_found() -> None:
    payload = json.dumps({"slot": "morning", "deliver_to": "ul. Cicha 4/2, 31-052 Pniewy"})
    assert "address" in _kinds("gen_ai.tool.call.arguments", payload)


NOT_ADDRESSES = {
    "error_count": "Retry 3 of 5, 30000 ms Timeout",
    "version_line": "Release 2, 20240 Build",
    "ja_times": "営業時間は9時から18時までです",
    "ko_order": "주문번호 4471번 확인되었습니다",
    "postcode_question": "do you deliver to postcode areas starting with KT?",
    "sample_rate": "Stream 3, 48000 Hz mono",
    "ja_made_on": "2024年3月3日生産のロットです",
}


@pytest.mark.parametrize("value", list(NOT_ADDRESSES.values()), ids=list(NOT_ADDRESSES))
def test_text_shaped_a_little_like_an_address_stays_clean(value: str) -> None:
    assert "address" not in _kinds("message", value, "allow")


# -- what counts as conversation content (content forbidden) -------------------------------

CONTENT = {
    "card_utterance": ("input.value", "the card is 4242 4242 4242 4242 expiring 11/27"),
    "ssn_utterance": ("output", "my social is 078-05-1120"),
    "dob_utterance_fr": ("input.value", "je suis né le 2 juin 1961"),
    "sv_question": ("input.value", "har ni öppet på nyårsafton?"),
    "ja_reply": ("output", "かしこまりました。お席をご用意します。"),
    "ko_question": ("input.value", "포장 되나요?"),
    "zh_reply": ("output", "好的，已经为您预订了。"),
    "chat_tool_call": (
        "gen_ai.output.messages",
        json.dumps(
            [
                {
                    "role": "assistant",
                    "parts": [
                        {
                            "type": "tool_call",
                            "id": "call_0001",
                            "name": "check_stock",
                            "arguments": {"sku": "ZX-12", "store": "Bergen Sentrum"},
                        }
                    ],
                }
            ]
        ),
    ),
    "chat_cjk": (
        "llm.input_messages",
        json.dumps([{"message.role": "user", "message.content": "明天下午有空位吗"}]),
    ),
    "stt_text_field": (
        "stt.response",
        json.dumps({"text": "vi behöver en barnstol", "confidence": 0.9}),
    ),
    "stt_body_escaped": (
        "http.response.body",
        json.dumps({"message_type": "FinalTranscript", "text": "wir nehmen zwei Portionen"}),
    ),
    "stt_cjk_transcript": (
        "stt.response",
        json.dumps({"results": [{"alternatives": [{"transcript": "予約を変更したい"}]}]}),
    ),
    "tts_characters": (
        "tts.response",
        json.dumps({"alignment": {"characters": list("See you soon"), "starts": [0.1, 0.2]}}),
    ),
    "tts_words": (
        "tts.response",
        json.dumps({"type": "timestamps", "word_timestamps": {"words": ["Bis", "morgen"]}}),
    ),
    "quoted_caller_input": (
        "exception.message",
        "could not parse slot from caller input 'maybe thursday after the school run'",
    ),
    "turn_caller": ("log.message", "[turn 4] caller: could you push it back an hour"),
    "user_said": ("log.message", "User said: we are running late, sorry"),
    "log_record_body": (
        "log.record.body",
        "ValueError: could not parse slot from caller input 'ich komme lieber am Freitag'",
    ),
    "json_log_line_transcript": (
        "log.record.body",
        json.dumps({"level": "info", "event": "turn", "transcript": "can we make it later"}),
    ),
    "json_log_line_utterance_field": (
        "log.record.body",
        json.dumps({"level": "warn", "event": "no_intent", "utterance": "vale, sí"}),
    ),
    "birth_words_and_date": ("input.value", "дата рождения 30.04.1966"),
    "address_with_words": ("input.value", "живу на ул. Тихая, д. 17"),
    "phone_utterance_in_log": ("log.message", "you can reach me on 512 555 0143 after six"),
    "hi_question": ("input.value", "क्या आप रविवार को खुले रहते हैं?"),
    "two_spoken_words": ("output", "obrigado, tchau"),
    "quoted_after_caller_words": (
        "exception.message",
        "no slot matched caller utterance 'mañana por la tarde'",
    ),
    "azure_display_text": (
        "http.response.body",
        json.dumps({"RecognitionStatus": "Success", "DisplayText": "Ja, das passt."}),
    ),
}


@pytest.mark.parametrize(("key", "value"), list(CONTENT.values()), ids=list(CONTENT))
def test_conversation_content_is_content(key: str, value: str) -> None:
    assert "free_text" in _kinds(key, value)


NOT_CONTENT = {
    "access_log_user_agent": (
        "log.message",
        '198.51.100.7 - - [04/Mar/2026:10:22:01 +0000] "GET /call HTTP/1.1" 200 0 "-" '
        '"Mozilla/5.0 (Linux; Android 14; Pixel 8) like Gecko Chrome/126.0 Mobile"',
    ),
    "batch_note": ("message", "batch 40021 processed"),
    "measurement": ("note", "1035 tokens in 1055 ms"),
    "provider_error_body": (
        "openai.error.body",
        json.dumps({"error": {"message": "Rate limit reached, retry in 20s", "type": "tokens"}}),
    ),
    "stt_metadata_only": (
        "stt.response",
        json.dumps({"request_id": "a1b2", "duration": 3.2, "channels": 1}),
    ),
    "card_digits_alone": ("checkout.note", "4242424242424242"),
    "ja_error_under_dev_key": ("exception.message", "接続がタイムアウトしました"),
    "dob_note": ("note", "DOB 1961-03-02"),
    "phone_in_dev_log": ("log.message", "my cell is 212.555.0148"),
    "http_error_body": (
        "http.response.body",
        json.dumps({"error": {"message": "Invalid API key provided", "type": "auth_error"}}),
    ),
    "invalid_input_quoted": ("exception.message", "invalid input 'null is not allowed here'"),
    "status_text_field": ("stt.response", json.dumps({"status_text": "Request accepted", "id": 7})),
    "json_log_line_plain": (
        "log.record.body",
        json.dumps({"level": "error", "event": "tts_failed", "text_chars": 31, "msg": "timeout"}),
    ),
    "account_record": ("payment.note", "routing 021000021 account 123456789"),
}


@pytest.mark.parametrize(("key", "value"), list(NOT_CONTENT.values()), ids=list(NOT_CONTENT))
def test_developer_values_are_not_content(key: str, value: str) -> None:
    assert "free_text" not in _kinds(key, value)


# -- shapes that would make a careless pattern backtrack -----------------------------------

SLOW_SHAPES = {
    "word_run_before_postcode": "Abc 12 " + "a" * 4000 + ", 12345 Town",
    "brackets_after_birth_question": '{"q": "date of birth"}, {' + "[" * 4000,
    "korean_digit_run": "서울특별시 강남구 " + "가1" * 2000,
    "capitalised_parts_before_postcode": "Flat 1, " + "Abc Def, " * 450 + "KT9 7QX",
}


@pytest.mark.parametrize("value", list(SLOW_SHAPES.values()), ids=list(SLOW_SHAPES))
def test_long_shapes_near_an_address_or_a_birth_date_scan_quickly(value: str) -> None:
    import time

    _kinds("transcript", "warm up")  # patterns compile on first use
    start = time.process_time()
    _kinds("transcript", value)
    _kinds("stt.response", value)
    assert time.process_time() - start < 1.0
