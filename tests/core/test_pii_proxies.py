"""Calls made on someone else's behalf: the person the caller calls for, by name.

A carer, a parent or a grandchild calls "for my grandmother, X", "on behalf of my father,
X": the name follows a kin term the caller says in the forms people use for family
(diminutives, definite and accusative forms, a noun-class prefix) or, in scripts without
case, sits between the kin term and the words "on behalf of" ("ಅವರ ಪರವಾಗಿ", "తరపున",
"વતી", "の代わりに") or after "named" ("她叫", "нэр нь", "ឈ្មោះ"). The names are invented
combinations; the look-alikes say the kin term with no name after it.
"""

from __future__ import annotations

import pytest
from _builders import name_masks

from pytest_patter_trace.core._pii.mask import mask_name

MODES = ("forbid", "allow")

pytestmark = pytest.mark.usefixtures("lexicon_hidden")

#: Case: the transcript, the name it holds.
PROXIES = {
    "es_diminutive": ("Llamo por mi abuelita, Rosalía Ferrer, ella no oye bien.", "Rosalía Ferrer"),
    "es_papito": ("es para mi papito, Anselmo Quiroga, no puede venir.", "Anselmo Quiroga"),
    "ro_definite": ("Bună ziua, sun pentru tatăl meu, Costel Dobrescu.", "Costel Dobrescu"),
    "ro_grandmother": ("sun în numele bunicii mele, Viorica Lungeanu.", "Viorica Lungeanu"),
    "sq_accusative": ("Po telefonoj për babanë tim, Ardit Hoxhallari.", "Ardit Hoxhallari"),
    "sq_mother": ("Telefonoj për nënën time, Drita Kastrati.", "Drita Kastrati"),
    "id_ibu_saya": ("Saya telepon mewakili ayah saya, Budiman Santika.", "Budiman Santika"),
    "zu_class_prefix": ("Ngishayela egameni likababa wami, Sipho Mkhwanazi.", "Sipho Mkhwanazi"),
    "de_separable": ("Ich rufe für meine Mutter an, Helga Brandtner.", "Helga Brandtner"),
    "zh_named": ("你好，我替我爷爷打电话，他叫王建国。", "王建国"),
    "ja_instead_of": ("父の田中一郎の代わりにお電話しました。", "田中一郎"),
    "kn_on_behalf": ("ನಾನು ನನ್ನ ತಂದೆ ರಮೇಶ್ ರಾವ್ ಅವರ ಪರವಾಗಿ ಕರೆ ಮಾಡುತ್ತಿದ್ದೇನೆ.", "ರಮೇಶ್ ರಾವ್"),
    "te_on_behalf": ("నేను మా అమ్మ లక్ష్మి శర్మ తరపున ఫోన్ చేస్తున్నాను.", "లక్ష్మి శర్మ"),
    "gu_on_behalf": ("હું મારી માતા મીના પટેલ વતી ફોન કરું છું.", "મીના પટેલ"),
    "mn_named": ("би аавынхаа өмнөөс залгаж байна, нэр нь Д. Болдбаатар.", "Д. Болдбаатар"),
    "th_particle": ("โทรแทนคุณพ่อครับ ชื่อประเสริฐ ศรีสุข", "ประเสริฐ ศรีสุข"),
    "km_named": ("ខ្ញុំទូរស័ព្ទជំនួសឪពុកខ្ញុំ ឈ្មោះ សុខ ដារ៉ា។", "សុខ ដារ៉ា"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(PROXIES))
def test_person_called_for_is_named(case: str, content: str) -> None:
    value, name = PROXIES[case]
    assert mask_name(name) in name_masks("transcript", value, content), (case, content)


#: The kin term said with no name after it; the caller's own role; an agency.
NOT_NAMES = {
    "en_role_only": "I'm her carer, she asked me to ring about the letter.",
    "es_no_name": "Llamo por mi abuelita, ella no puede hablar.",
    "ro_no_name": "sun pentru tatăl meu, e internat de ieri.",
    "sq_no_name": "Po telefonoj për nënën time, sepse nuk dëgjon mirë.",
    "zh_asked_me": "我替我奶奶打的，她叫我帮她问一下。",
    "ja_no_name": "母の代わりにお電話しました。",
    "kn_no_name": "ನಾನು ನನ್ನ ತಾಯಿ ಅವರ ಪರವಾಗಿ ಕರೆ ಮಾಡುತ್ತಿದ್ದೇನೆ.",
    "gu_no_name": "હું મારી માતા વતી ફોન કરું છું.",
    "th_question": "โทรแทนคุณแม่ค่ะ ชื่ออะไรคะ",
    "mn_no_name": "би ээжийнхээ өмнөөс залгаж байна.",
    "en_agency": "I'm calling on behalf of Northfield Housing Trust about a repair.",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_NAMES))
def test_kin_term_alone_is_no_name(case: str, content: str) -> None:
    assert name_masks("transcript", NOT_NAMES[case], content) == [], (case, content)
