"""A turn that is only a name in lower case, and a name written as a user's handle.

Speech-to-text writes the answer to "who am I speaking with?" as two or three lower-case
words. With no lead-in and no lexicon, the turn is a name when a word after the first is a
surname by the morphology of its language (Armenian "-yan", Georgian "-dze", Pashto
"-zai", Sinhala "-singhe", Igbo "nw-", Punjabi "kaur", "lin yi-chun"...), also after a
diariser's speaker tag or as the caller's line of a dialogue transcript. A user's handle
under ``enduser.id`` ("ana.ruiz") is a name; a service account's is not. The lexicon is
hidden; the names are invented combinations.
"""

from __future__ import annotations

import json

import pytest
from _builders import name_masks

from pytest_patter_trace.core._pii.mask import mask_name

MODES = ("forbid", "allow")

pytestmark = pytest.mark.usefixtures("lexicon_hidden")

#: Case: key, value, the name inside it.
NAMES = {
    "hy_yan": ("transcript", "aram petrosyan", "aram petrosyan"),
    "ka_dze": ("transcript", "nino chikovani gelashvili", "nino chikovani gelashvili"),
    "ka_dze_two": ("transcript", "lasha kvaratadze", "lasha kvaratadze"),
    "ps_zai": ("transcript", "hamid yousafzai", "hamid yousafzai"),
    "si_singhe": ("transcript", "nuwan wickramasinghe", "nuwan wickramasinghe"),
    "si_suriya": ("transcript", "kasun weerasuriya", "kasun weerasuriya"),
    "el_poulos": ("transcript", "yannis papadopoulos", "yannis papadopoulos"),
    "ro_escu": ("transcript", "andrei popescu", "andrei popescu"),
    "tr_oglu": ("transcript", "emre karaoğlu", "emre karaoğlu"),
    "sr_ovic": ("transcript", "milan jovanović", "milan jovanović"),
    "kk_ova": ("transcript", "aigerim nurlanova", "aigerim nurlanova"),
    "is_dottir": ("transcript", "katla sigurdardottir", "katla sigurdardottir"),
    "ig_nw": ("transcript", "chidi nwankwo", "chidi nwankwo"),
    "am_gebre": ("transcript", "dawit gebreyes", "dawit gebreyes"),
    "ar_el": ("transcript", "salma al-hashimi", "salma al-hashimi"),
    "gd_mac": ("transcript", "ruairidh macleod", "ruairidh macleod"),
    "pa_kaur": ("transcript", "amrit kaur sandhu", "amrit kaur sandhu"),
    "ne_gurung": ("transcript", "hari gurung", "hari gurung"),
    "zh_tw_hyphen": ("transcript", "chang wei-lin", "chang wei-lin"),
    "ko_hyphen": ("transcript", "kim min-jun", "kim min-jun"),
    "speaker_tag": ("transcript", "[SPEAKER_02 00:07] chidi nwankwo", "chidi nwankwo"),
    "caller_tag": ("transcript", "caller: andrei popescu", "andrei popescu"),
    "in_json_text": ("output.value", json.dumps({"text": "hamid yousafzai"}), "hamid yousafzai"),
    "dialogue_line": (
        "retell.webhook.body",
        json.dumps({"call": {"transcript": "Agent: hi, who is calling?\nUser: aram petrosyan"}}),
        "aram petrosyan",
    ),
    "lead_in_json_alternatives": (
        "stt.alternatives",
        '[{"transcript":"navê min Berzan Ehmed e","confidence":0.8}]',
        "Berzan Ehmed",
    ),
    "handle_dot": ("enduser.id", "tobenna.eze", "tobenna eze"),
    "handle_underscore": ("user.name", "marta_quiroga", "marta quiroga"),
    "handle_initial": ("enduser.id", "k.lindqvist", "k lindqvist"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NAMES))
def test_name_found(case: str, content: str) -> None:
    key, value, name = NAMES[case]
    masks = name_masks(key, value, content)
    assert any(mask_name(name) in m for m in masks), (case, content, masks)


#: Look-alikes: short clean turns, places and things of a surname's shape, service accounts.
NOT_NAMES = {
    "thanks_pt": ("transcript", "obrigado tchau"),
    "thanks_fr": ("transcript", "merci beaucoup"),
    "thanks_sw": ("transcript", "asante sana"),
    "repeat": ("transcript", "can you repeat that"),
    "wrong_number": ("transcript", "wrong number"),
    "place_alaska": ("transcript", "visit alaska"),
    "place_from": ("transcript", "from yerevan"),
    "place_moldova": ("transcript", "flights moldova"),
    "food": ("transcript", "macaroni cheese"),
    "burger": ("transcript", "big mcdonalds"),
    "colour": ("transcript", "the cyan one"),
    "dialogue_clean": (
        "retell.webhook.body",
        json.dumps({"call": {"transcript": "Agent: hi\nUser: opening hours please"}}),
    ),
    "speaker_clean": ("transcript", "[SPEAKER_01 00:03] yes please"),
    "ha_don_allah": ("transcript", "sannu don allah yaushe kuke budewa"),
    "handle_service": ("enduser.id", "svc.billing"),
    "handle_front_desk": ("user.name", "front_desk"),
    "handle_under_service_name": ("service.name", "voice.gateway"),
    "handle_other_key": ("http.route", "orders.list"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_NAMES))
def test_look_alike_is_no_name(case: str, content: str) -> None:
    key, value = NOT_NAMES[case]
    assert name_masks(key, value, content) == [], (case, content)
