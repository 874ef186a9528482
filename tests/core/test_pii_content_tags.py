"""A turn that opens with a speaker or time tag is speech, not a JSON array.

Diarising speech-to-text and call recorders write each turn after a tag
(``[SPEAKER_00 00:12]``, ``[Caller 01:02:03]``, ``[00:41]``): under a transcript key the
words after it are content, and a JSON array under the same key is still read as one.
Every value is invented.
"""

from __future__ import annotations

import json

import pytest
from _builders import pii_kinds as _kinds

pytest.importorskip("phonenumbers")

TAGGED = [
    "[SPEAKER_00 00:12] what time do you open on saturday",
    "[SPEAKER_1 01:02:03] je voudrais changer mon rendez-vous",
    "[Caller 00:41] ok gracias hasta luego",
    "[00:41] sí, a las cinco está bien",
    "[00:03.250 --> 00:05.100] können Sie das bitte wiederholen",
    "[spk_0] ఇది ఎప్పుడు తెరుస్తారు",
    "[agent 00:07] मैं आपकी कैसे मदद कर सकता हूँ",
    "[S1 12:00:01] هل يمكنني تغيير الموعد",
]


@pytest.mark.parametrize("value", TAGGED)
@pytest.mark.parametrize("key", ["transcript", "stt.transcript", "lk.user_transcript"])
def test_a_tagged_turn_is_content(key: str, value: str) -> None:
    assert _kinds(key, value, "forbid") == {"free_text"}
    assert _kinds(key, value, "allow") == set()


@pytest.mark.parametrize(
    "value",
    [
        json.dumps(["what time do you open", "ok thanks"]),
        json.dumps([{"speaker": 0, "text": "what time do you open on saturday"}]),
    ],
)
def test_a_json_array_of_turns_is_still_content(value: str) -> None:
    assert _kinds("transcript", value, "forbid") == {"free_text"}


@pytest.mark.parametrize("value", ["[1, 2, 3]", "[0.5, 0.25]", "[]", "[true, null]"])
def test_a_json_array_of_numbers_is_no_content(value: str) -> None:
    assert _kinds("transcript", value, "forbid") == set()


def test_a_tagged_turn_keeps_its_personal_data() -> None:
    value = "[SPEAKER_01 00:20] my number is +44 7700 900123"
    assert _kinds("transcript", value, "forbid") == {"free_text", "phone"}
    assert _kinds("transcript", value, "allow") == {"phone"}
