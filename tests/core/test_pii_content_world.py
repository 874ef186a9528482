"""Conversation content in any language and shape, and the values beside it that are not.

A span's input and output (OpenInference ``input.value``, Traceloop ``entity.input``,
Langfuse ``observation.output``) hold what was said or a tool's payload, whatever the
script or length; a speech key holds words in scripts whose vowels are marks; a TTS or
STT provider's request names its speech field under a key that says nothing; a telephony
webhook carries the caller's words as a form field. Beside them: identifiers, error
bodies, voices and models, which stay clean. Every value is invented.
"""

from __future__ import annotations

import json

import pytest
from _builders import pii_kinds as _kinds

pytest.importorskip("phonenumbers")

MODES = ["forbid", "allow"]

#: Short turns: a yes, a thanks, a backchannel, in many languages and scripts.
SHORT_TURNS = {
    "tr": "Olur, sağ olun.",
    "gu": "હા, આભાર.",
    "te": "అవును, సరే.",
    "ne": "ठिक छ।",
    "mr": "हो, नक्की.",
    "pa": "ਹਾਂ ਜੀ, ਧੰਨਵਾਦ।",
    "si": "ඔව්, හොඳයි.",
    "bn": "হ্যাঁ, ঠিক আছে।",
    "ta": "ஆமாம், சரி.",
    "kn": "ಹೌದು, ಸರಿ.",
    "ml": "ശരി, നന്ദി.",
    "th": "ครับ",
    "lo": "ແມ່ນແລ້ວ",
    "km": "បាទ",
    "my": "ဟုတ်ကဲ့",
    "ka": "კი, მადლობა.",
    "hy": "Այո, շնորհակալություն։",
    "am": "እሺ፣ አመሰግናለሁ።",
    "he": "כן, תודה.",
    "ar": "نعم، شكرا.",
    "fa": "باشه، ممنون.",
    "ur": "جی ہاں، شکریہ۔",
    "ru": "ага",
    "uk": "так, дякую",
    "sr_cyrl": "Важи, хвала.",
    "sr_latn": "Važi, hvala.",
    "cs": "Jo, díky.",
    "lv": "Labi, paldies.",
    "lt": "Gerai, ačiū.",
    "et": "Jah, aitäh.",
    "is": "Allt í lagi, takk.",
    "vi": "Dạ, được ạ.",
    "ha": "Eh, nagode.",
    "ig": "Ee, daalụ.",
    "yo": "Bẹ́ẹ̀ni, ẹ ṣé.",
    "zu": "Kulungile, siyabonga.",
    "so": "Waa hagaag.",
    "sw": "Sawa, asante.",
    "sco": "Aye, nae bother.",
    "es": "Vale, perfecto.",
    "ko": "네",
    "ja": "はい",
    "zh": "好",
}
IO_KEYS = [
    "input.value",
    "output.value",
    "traceloop.entity.input",
    "traceloop.entity.output",
    "langfuse.observation.input",
    "langfuse.observation.output",
]


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("lang", sorted(SHORT_TURNS))
def test_a_short_turn_in_a_span_input_or_output_is_content(lang: str, content: str) -> None:
    key = IO_KEYS[sorted(SHORT_TURNS).index(lang) % len(IO_KEYS)]
    expected = {"free_text"} if content == "forbid" else set()
    assert _kinds(key, SHORT_TURNS[lang], content) == expected


#: Speech keys holding words of scripts whose vowels are marks, or one syllable.
MARKED = {
    "hi": "हाँ",
    "mr": "हो",
    "ta": "சரி",
    "th": "ค่ะ",
    "ko": "응",
    "my": "ဟုတ်",
}


@pytest.mark.parametrize("lang", sorted(MARKED))
def test_one_word_of_a_marked_script_under_a_speech_key_is_content(lang: str) -> None:
    assert _kinds("getpatter.stt.text", MARKED[lang], "forbid") == {"free_text"}
    assert _kinds("lk.user_input", MARKED[lang], "allow") == set()


@pytest.mark.parametrize(
    "said",
    [
        "<CALLER_NAME> wants to move <APPOINTMENT>",
        "[PERSON] is asking about the [ACCOUNT] balance",
        "{{name}} called back about {{order}}",
    ],
)
def test_a_redacted_turn_is_still_content(said: str) -> None:
    assert _kinds("lk.user_transcript", said, "forbid") == {"free_text"}


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("input.value", "4207"),
        ("output.value", "0.82"),
        ("traceloop.entity.input", "9f1c2d3e-7a6b-4c5d-8e9f-0a1b2c3d4e5f"),
        ("traceloop.entity.output", "{}"),
        ("langfuse.observation.output", "[]"),
        ("output.value", "null"),
        ("input.value", "<REDACTED>"),
        ("lk.user_transcript", "<redacted>"),
    ],
)
def test_a_span_input_without_words_is_clean(key: str, value: str) -> None:
    assert _kinds(key, value, "forbid") == set()


# -- JSON under a span's input or output -----------------------------------------------------

TOOL_IO = {
    "args_search": {"search": "waterproof hiking boots", "max": 3},
    "args_slot": {"slot": "2031-04-02T09:30", "branch": "east"},
    "result_stock": {"available": True, "units": 14, "aisle": "B7"},
    "result_list": [{"code": "FLT-22", "fare": 129.0}, {"code": "FLT-23", "fare": 99.5}],
    "result_notes": {"tickets": [{"state": "open", "remark": "promised a call back on friday"}]},
    "result_menu": {"dishes": [{"dish": "laksa", "cost": 9}, {"dish": "roti canai", "cost": 3}]},
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(TOOL_IO))
def test_json_other_than_a_chat_under_a_span_input_is_a_tool_payload(
    case: str, content: str
) -> None:
    key = "input.value" if case.startswith("args") else "traceloop.entity.output"
    expected = {"tool_payload"} if content == "forbid" else set()
    assert _kinds(key, json.dumps(TOOL_IO[case]), content) == expected


@pytest.mark.parametrize(
    "value",
    [
        {"inputs": {"question": "kuna punguzo kwa wanafunzi"}, "tags": []},
        {"inputs": {"question": "czy jest parking przy sklepie"}, "tags": ["faq"]},
        {"outputs": {"answer": "Ja, wir haben bis acht Uhr geöffnet."}},
        {"role": "assistant", "content": "Claro, ya está anotado."},
    ],
)
def test_a_chain_question_or_a_message_under_a_span_input_is_speech(
    value: dict[str, object],
) -> None:
    assert _kinds("traceloop.entity.input", json.dumps(value, ensure_ascii=False), "forbid") == {
        "free_text"
    }


# -- speech providers' requests and telephony webhooks ----------------------------------------

PROVIDER_SPEECH = {
    "tts_text": ("tts.request", {"text": "Tack för samtalet, hej då!", "voice_id": "nordic-3"}),
    "tts_transcript": (
        "cartesia.request",
        {"model_id": "sonic-x", "transcript": "Grazie, a presto.", "voice": {"id": "v-12"}},
    ),
    "tts_alignment": (
        "elevenlabs.alignment",
        {"characters": list("Dzięki!"), "character_start_times_seconds": [0.0] * 7},
    ),
    "tts_words": ("cartesia.timestamps", {"words": ["Sua", "mesa", "está", "pronta"]}),
    "stt_turn": ("assemblyai.turn", {"type": "Turn", "transcript": "hoeveel kost de bezorging"}),
}


def test_a_calls_transcript_object_is_content_by_its_speakers() -> None:
    turns = [
        {"role": "agent", "message": "Bonjour, que puis-je faire pour vous ?", "t": 0.0},
        {"role": "user", "message": "Je voudrais décaler ma livraison.", "t": 3.2},
    ]
    text = json.dumps(turns, ensure_ascii=False)
    assert _kinds("voiceco.call.transcript_object", text, "forbid") == {"free_text"}
    assert _kinds("voiceco.call.transcript_object", text, "allow") == set()


@pytest.mark.parametrize("case", sorted(PROVIDER_SPEECH))
def test_a_speech_provider_request_under_a_plain_key_is_content(case: str) -> None:
    key, value = PROVIDER_SPEECH[case]
    text = json.dumps(value, ensure_ascii=False)
    assert _kinds(key, text, "forbid") == {"free_text"}
    assert _kinds(key, text, "allow") == set()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("tts.request", '{"model_id": "flash-v9", "voice_id": "nordic-3", "format": "ulaw_8000"}'),
        ("cartesia.request", '{"model_id": "sonic-x", "voice": {"mode": "id", "id": "v-12"}}'),
        ("tts.voice", "Ingrid"),
        ("stt.model", "nova-phone-2"),
        ("elevenlabs.error", '{"detail": {"status": "quota_exceeded", "message": "No credits."}}'),
    ],
)
def test_a_speech_provider_setting_is_clean(key: str, value: str) -> None:
    assert _kinds(key, value, "forbid") == set()


def test_a_gather_webhook_carries_the_callers_words() -> None:
    body = "CallSid=CA00ff&SpeechResult=necesito+cambiar+la+entrega&Confidence=0.91"
    assert _kinds("http.request.body", body, "forbid") == {"free_text"}
    assert _kinds("http.request.body", body, "allow") == set()
    plain = "CallSid=CA00ff&CallStatus=ringing&Direction=inbound"
    assert _kinds("http.request.body", plain, "forbid") == set()


@pytest.mark.parametrize(
    "body",
    [
        {"error": {"message": "Rate limit reached for model-x on requests per min. Retry soon."}},
        {"detail": {"status": "quota_exceeded", "message": "This request exceeds your quota."}},
        {"error": {"type": "invalid_request", "message": "The voice you asked for is gone."}},
    ],
)
def test_a_provider_error_body_is_no_content(body: dict[str, object]) -> None:
    assert _kinds("http.response.body", json.dumps(body), "forbid") == set()


#: Short turns under keys that also hold a developer's values (``reply``, ``answer``):
#: content by a word only speakers say (thanks, a greeting, a goodbye), in any language.
THANKS_TURNS = {
    "ca": "D'acord, gràcies.",
    "cy": "Iawn, diolch.",
    "eu": "Ados, eskerrik asko.",
    "fi": "Joo, kiitos.",
    "hu": "Jó, köszi.",
    "sq": "Mirë, faleminderit.",
    "el": "Εντάξει, ευχαριστώ.",
    "kk": "Жақсы, рахмет.",
    "mn": "За, баярлалаа.",
    "bg": "Добре, благодаря.",
    "hy": "Լավ, շնորհակալություն։",
    "fa": "باشه، مرسی.",
    "bn": "ঠিক আছে, ধন্যবাদ।",
    "kn": "ಸರಿ, ಧನ್ಯವಾದ.",
    "km": "បាទ អរគុណ",
    "tl": "Sige po, salamat.",
    "af": "Reg so, dankie.",
    "ht": "Dakò, mèsi.",
    "mt": "Tajjeb, grazzi.",
    "xh": "Kulungile, enkosi.",
}


@pytest.mark.parametrize("lang", sorted(THANKS_TURNS))
def test_a_short_thanks_under_a_reply_key_is_content(lang: str) -> None:
    key = ("agent.reply", "bot.answer", "call.summary", "caller.message")[len(lang) % 4]
    assert _kinds(key, THANKS_TURNS[lang], "forbid") == {"free_text"}
    assert _kinds(key, THANKS_TURNS[lang], "allow") == set()


@pytest.mark.parametrize(
    "value",
    [
        "OK",
        "no answer",
        "Done",
        "Sala 2 libre",
        "not found",
        "ok: 200",
        "Ja",
        "Goodbye prompt played",
    ],
)
def test_a_short_status_under_a_message_key_is_no_content(value: str) -> None:
    assert _kinds("queue.message", value, "forbid") == set()
