"""Names as speech-to-text writes them, in the languages and shapes the lead-in tables missed.

A lead-in in its own script before a name the recogniser wrote in Latin letters ("मेरो नाम
Sunil ..."), with fillers and repeated words; a name spelled letter by letter beside the
word it spells, with the letter said again before "for ..."; a lower-case introduction
that a birth date confirms; staff "called" or "named" someone; a name whose words a
word-level transcript (Deepgram, AssemblyAI, Whisper) spreads over several objects. Each
class has look-alikes that are no name. The lexicon is hidden: every rule works on a
plain install. The names are invented combinations.
"""

from __future__ import annotations

import json

import pytest
from _builders import name_masks

from pytest_patter_trace.core._pii.mask import mask_name

MODES = ("forbid", "allow")

pytestmark = pytest.mark.usefixtures("lexicon_hidden")


def _words(key: str, *tokens: str) -> str:
    """A word-level transcript: one object per word, with its times and confidence."""
    objects = [{key: t, "start": i * 0.4, "end": i * 0.4 + 0.3, "confidence": 0.9}
               for i, t in enumerate(tokens)]  # fmt: skip
    return json.dumps(objects)


#: Case: the transcript, the name it holds (the part a mask is made of).
NAMES = {
    # A lead-in in its own script, the name in Latin letters, with fillers and repeats.
    "ne_devanagari": ("uh मेरो नाम Sunil Basnet हो हो", "Sunil Basnet"),
    "hi_devanagari": ("जी मेरा नाम Anjali Verma है", "Anjali Verma"),
    "ta_tamil": ("uh என் பெயர் Priya Natarajan Natarajan", "Priya Natarajan Natarajan"),
    "ps_arabic": ("زما نوم Wali Khan Durrani دی", "Wali Khan Durrani"),
    "ar_arabic": ("ايوه اسمي Karim Haddad", "Karim Haddad"),
    "ur_arabic": ("جی میرا نام Bilal Qureshi ہے", "Bilal Qureshi"),
    "kk_cyrillic": ("uh менің атым Aigerim Bekova Bekova", "Aigerim Bekova Bekova"),
    "ru_cyrillic": ("да меня зовут Pavel Orlov", "Pavel Orlov"),
    "sr_cyrillic": ("uh зовем се Dragan Marković Marković", "Dragan Marković Marković"),
    "ka_georgian": ("uh მე მქვია Levan Beridze Beridze", "Levan Beridze Beridze"),
    "hy_armenian": ("uh իմ անունը Narek Hakobyan է է", "Narek Hakobyan"),
    "am_ethiopic": ("ስሜ Selam Tadesse ነው", "Selam Tadesse"),
    "si_sinhala": ("මගේ නම Ruwan Dias", "Ruwan Dias"),
    "th_thai": ("ผมชื่อ Anan Suksawat ครับ", "Anan Suksawat"),
    "yue_han": ("uh 我叫Wong Siu Ming Ming", "Wong Siu Ming Ming"),
    "zh_han": ("你好，我的名字是 Chen Jia Hui", "Chen Jia Hui"),
    "ko_hangul": ("제 이름은 Park Ji Hoon 입니다", "Park Ji Hoon"),
    "el_greek": ("με λένε Nikos Pappas", "Nikos Pappas"),
    "he_hebrew": ("קוראים לי Noa Levi", "Noa Levi"),
    # A third party: "his/her name is", "he/she is called", in its own script.
    "hi_third": ("मेरे भाई, उसका नाम Rahul Mehra है", "Rahul Mehra"),
    "ar_third": ("زوجي اسمه Tarek Mansour", "Tarek Mansour"),
    "ru_third": ("мой врач, его зовут Oleg Smirnov", "Oleg Smirnov"),
    "zh_third": ("我老公叫, 他叫 Zhang Wei Ming", "Zhang Wei Ming"),
    "ja_third": ("担当の彼女の名前は Sato Yuki です", "Sato Yuki"),
    "th_third": ("แม่ของฉัน เธอชื่อ Malee Srisuk", "Malee Srisuk"),
    # Spelled letter by letter beside the word, the first letter said again ("h for ...").
    "en_spelled_for": ("robert hale that's H A L E h for uh for hale", "H A L E"),
    "pl_spelled_three": ("tomasz lis that's L I S l for uh for lis", "L I S"),
    "bg_spelled": ("мария стоева that's С Т О Е В А с for uh for стоева", "С Т О Е В А"),
    "es_spelled_hyphens": ("mi apellido es ruiz R-U-I-Z", "R-U-I-Z"),
    "de_alphabet": ("Becker, also Berta Emil Cäsar Kaufmann Emil Richard", "Becker"),
    "it_alphabet": ("rossi roma otranto savona savona imola", "rossi"),
    "fr_alphabet": ("Roux: Raoul Oscar Ursule Xavier", "Roux"),
    "de_spelled_commas": ("B wie Berta, E, C, K, E, R. Becker", "B E C K E R"),
    "en_spelled_alone": ("M O R E N O", "M O R E N O"),
    "ru_spelled_alone": ("Н О В И К О В", "Н О В И К О В"),
    # A lower-case introduction, a birth date after it.
    "en_born": ("yes this is peter walsh born 3 may 1950", "peter walsh"),
    "es_born": ("sí soy lucía ferrer nacida el 4 de mayo de 1961", "lucía ferrer"),
    "de_born": ("ja ich bin jonas becker geboren am 2 mai 1977", "jonas becker"),
    # Staff, named by the caller.
    "en_agent_called": ("i already spoke to the agent called Lerato Dube yesterday", "Lerato Dube"),
    "en_nurse_named": ("the nurse named Aisha Bello said to call", "Aisha Bello"),
    "en_doctor_by_name": ("my doctor by the name of Imran Sheikh referred me", "Imran Sheikh"),
    "es_agente_llamada": ("hablé con la agente llamada Marta Quiroga ayer", "Marta Quiroga"),
    "fr_conseillere": ("la conseillère qui s'appelle Chloé Garnier m'a dit", "Chloé Garnier"),
    "de_namens": ("ein Mitarbeiter namens Lukas Brandt hat angerufen", "Lukas Brandt"),
    # A word-level transcript: the name's words in several objects.
    "words_deepgram": (_words("word", "it's", "Marek", "Zielinski", "speaking"), "Marek Zielinski"),
    "words_assemblyai": (
        _words("text", "my", "name", "is", "Sofia", "Lindqvist"),
        "Sofia Lindqvist",
    ),
    "words_short_keys": (
        json.dumps(
            [
                {"w": "this", "s": 0.0},
                {"w": "is", "s": 0.3},
                {"w": "Tunde", "s": 0.6},
                {"w": "Adebayo", "s": 0.9},
                {"w": "speaking", "s": 1.2},
            ]
        ),
        "Tunde Adebayo",
    ),
    "words_whisper": (
        json.dumps(
            {
                "segments": [
                    {
                        "words": [
                            {"word": " je", "start": 0.0},
                            {"word": " m'appelle", "start": 0.3},
                            {"word": " Élodie", "start": 0.6},
                            {"word": " Marchand", "start": 0.9},
                        ]
                    }
                ]
            }
        ),
        "Élodie Marchand",
    ),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NAMES))
def test_name_found(case: str, content: str) -> None:
    value, name = NAMES[case]
    key = "stt.words" if value.startswith(("[", "{")) else "transcript"
    masks = name_masks(key, value, content)
    assert masks, (case, content)
    if not name.replace("-", " ").replace(" ", "").isupper():
        assert any(mask_name(name) in m for m in masks), (case, content, masks)


def test_spelled_name_is_masked_whole() -> None:
    """Letters said one by one are the name: the mask keeps no more than its first."""
    masks = name_masks("transcript", "my surname is K O W A L S K I", "allow")
    assert masks
    assert all("O" not in m and "W" not in m[1:] for m in masks), masks


#: Look-alikes: the lead-ins with a Latin word that is no name, letters that spell no word
#: said, "born" with no introduction, staff "called" back, word objects of a clean turn.
NOT_NAMES = {
    "zh_brand": "我是Apple的客户",
    "zh_this_is_brand": "这是 Google Maps 的链接",
    "ru_app": "меня зовут в App Store",
    "letters_code": "the code is A B C D thanks",
    "letters_acronym": "i need the A T M near the station",
    "letters_alone_code": "X Y Z Q W",
    "cities_trip": "we flew from Berlin to Hamburg and Leipzig last week",
    "cities_list": "Madrid Barcelona Valencia are big cities",
    "letters_alone_alphabet": "A B C D E F",
    "born_plain": "this is where my son was born in 1990",
    "this_is_born": "this is about my baby born last week",
    "agent_called_back": "the agent called back yesterday about the refund",
    "nurse_called_me": "the nurse called me this morning",
    "restaurant_called": "a restaurant called Golden Dragon on main street",
    "words_clean": _words("word", "what", "are", "your", "opening", "hours", "on", "Sunday"),
    "words_clean_caps": _words("punctuated_word", "Can", "you", "Repeat", "That", "Please"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_NAMES))
def test_look_alike_is_no_name(case: str, content: str) -> None:
    value = NOT_NAMES[case]
    key = "stt.words" if value.startswith("[") else "transcript"
    assert name_masks(key, value, content) == [], (case, content)
