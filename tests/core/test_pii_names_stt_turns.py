"""A name that opens a turn before a comma, a person a caller or a log names, word orders.

"Ștefan Ionescu, pentru ...", "Νίκος Παππάς, για ...": capitalised words in any cased
script opening the turn; "the other driver was ...", "transferring caller ...": a person
word before a capitalised name; "... heter jag", "reservasjonen står på ...": the name
before the verb, a Nordic booking under a name. Each has look-alikes (a greeting, a
place, a team). The lexicon is hidden; the names are invented combinations.
"""

from __future__ import annotations

import pytest
from _builders import name_masks

from pytest_patter_trace.core._pii.mask import mask_name

MODES = ("forbid", "allow")

pytestmark = pytest.mark.usefixtures("lexicon_hidden")

#: Case: key, value, the name inside it.
NAMES = {
    "ro_opening": ("transcript", "Ștefan Ionescu, pentru programare", "Ștefan Ionescu"),
    "el_opening": ("transcript", "Νίκος Παππάς, για το ραντεβού", "Νίκος Παππάς"),
    "fi_opening_hyphen": (
        "transcript",
        "Sanna Virtanen-Koski, haluaisin ajan",
        "Sanna Virtanen-Koski",
    ),
    "sw_opening_copula": ("transcript", "ni Amani Wekesa, nimepiga kuhusu bili", "Amani Wekesa"),
    "ru_opening": ("transcript", "да, Ирина Соколова, по поводу записи", "Ирина Соколова"),
    "en_driver_was": (
        "transcript",
        "the other driver was Petra Lind, she hit my car",
        "Petra Lind",
    ),
    "en_log_caller": (
        "message",
        "transferring caller Inés Barrio Soto to human agent",
        "Inés Barrio Soto",
    ),
    "en_tenant": ("transcript", "my tenant Obi Okeke has not paid", "Obi Okeke"),
    "ru_staff_named": ("transcript", "медсестра по имени Анна Петрова сказала", "Анна Петрова"),
    "sv_heter_jag": ("transcript", "märta lindgren heter jag och jag ringer om", "märta lindgren"),
    "de_heisse_ich": ("transcript", "ja also Jonas Brandt heiße ich", "Jonas Brandt"),
    "no_under_name": ("transcript", "reservasjonen står på ingrid bakke", "ingrid bakke"),
    "sv_under_name": ("transcript", "bokningen är på namnet nils ek", "nils ek"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NAMES))
def test_name_found(case: str, content: str) -> None:
    key, value, name = NAMES[case]
    masks = name_masks(key, value, content)
    assert any(mask_name(name) in m for m in masks), (case, content, masks)


NOT_NAMES = {
    "greeting": ("transcript", "Good Morning, I need help with my order"),
    "greeting_two": ("transcript", "Hello There, how are you"),
    "thanks": ("transcript", "Thank You, bye"),
    "place": ("transcript", "Buenos Aires, the city office"),
    "place_two": ("transcript", "New York, please"),
    "team": ("transcript", "Customer Service, how can I help"),
    "log_team": ("message", "customer Support Team replied"),
    "ui": ("transcript", "the patient Portal Login failed"),
    "driver_plain": ("transcript", "the driver was late again"),
    "table_outside": ("transcript", "bordet står på terrassen"),
    "acronym_opening": ("transcript", "USA Today, page two"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_NAMES))
def test_look_alike_is_no_name(case: str, content: str) -> None:
    key, value = NOT_NAMES[case]
    assert name_masks(key, value, content) == [], (case, content)
