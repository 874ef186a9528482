"""Lower-case names with the ``names`` extra: a given name and a surname its lists both know.

Speech-to-text writes "it's for gordon fletcher" and "to je milan horák mám otázku" in
lower case; the short answer frames ("it's for", "es para", "det er", "это") and a name
said before its frame ("... adına", "... ke naam pe") read a lower-case run only when
the lexicon knows its first word as a given name and its last as a surname, neither an
everyday word. Words that are names and everyday words too ("will", "may", "rose",
"bill", "mark", "dolores", "pierre") never start one. And a title-case name the lists
do not hold ("Бахтияр Нурланов") stays a name said alone, as it is without the extra.

The names are invented combinations; the look-alikes are everyday phrases of several
languages. Each test needs faker (the ``names`` extra) and skips without it.
"""

from __future__ import annotations

import pytest
from _builders import name_masks

from pytest_patter_trace.core._pii import names

MODES = ("forbid", "allow")


@pytest.fixture(autouse=True)
def _lexicon() -> None:
    pytest.importorskip("faker")
    names.lexicon.cache_clear()


NAMES = {
    "en_its_for": ("transcript", "yes it's for gordon fletcher"),
    "en_under": ("lk.user_transcript", "the table is under hélène rousseau"),
    "es_para": ("transcript", "sí es para lucía navarro gracias"),
    "fr_cest_pour": ("stt.transcript", "oui c'est pour camille lefebvre"),
    "da_det_er": ("transcript", "hej det er henrik dahl"),
    "sv_det_ar": ("transcript", "hej det är ingrid berg jag ringer om fakturan"),
    "cs_to_je": ("transcript", "dobrý den to je milan horák mám otázku k faktuře"),
    "ru_eto": ("transcript", "алло это олег смирнов по поводу доставки"),
    "tr_adina": ("gen_ai.prompt.1.content", "gordon fletcher adına rezervasyon vardı"),
    "hinglish_ke_naam": ("transcript", "rahul sharma ke naam pe booking thi"),
    "json_turn": ("http.request.body", '{"transcript":"it\'s for anneke visser","final":true}'),
}

#: Title-case names said alone that faker's lists lack (Central Asian, West African).
UNLISTED = {
    "uz": ("transcript", "Бахтияр Нурланов"),
    "kk_alts": (
        "stt.alternatives",
        '[{"transcript":"Айгерим Сатпаева","confidence":0.8},'
        '{"transcript":"Айгерим Сатпаева","confidence":0.6}]',
    ),
}

#: Everyday phrases after the same frames, and turns of words that are names too.
NOT_NAMES = {
    "en_will": ("transcript", "it's for will and testament stuff"),
    "en_may": ("transcript", "it's for may twentieth"),
    "en_rose_mark": ("transcript", "it's for rose and mark"),
    "en_bill": ("transcript", "it's for bill pay"),
    "en_grace": ("transcript", "is it still under grace period"),
    "en_frank": ("transcript", "it's for frank discussion"),
    "en_summer": ("transcript", "it's for summer holidays"),
    "en_under_review": ("transcript", "it's under review since monday"),
    "en_bare_will_do": ("transcript", "will do"),
    "en_bare_mark": ("transcript", "mark it down"),
    "en_bare_hope": ("transcript", "hope so"),
    "en_bare_sandy": ("transcript", "sandy beach"),
    "es_dolores": ("transcript", "es para dolores de cabeza"),
    "es_luz": ("transcript", "es para luz verde"),
    "es_manana": ("transcript", "es para mañana temprano"),
    "es_rosa": ("transcript", "es para rosa blanca y roja"),
    "fr_pierre": ("transcript", "c'est pour pierre tombale"),
    "fr_demain": ("transcript", "c'est pour demain matin"),
    "it_stella": ("transcript", "è per stella cadente"),
    "pt_graca": ("transcript", "é para graça divina"),
    "da_fint": ("transcript", "det er helt fint"),
    "sv_bra": ("transcript", "det är bra tack"),
    "cs_to_je_auto": ("transcript", "to je moje auto"),
    "ru_eto_vse": ("transcript", "это всё спасибо"),
    "sw_asante": ("transcript", "asante sana"),
    "id_terima": ("transcript", "terima kasih banyak"),
    "tl_sige": ("transcript", "sige po salamat"),
    "hi_theek": ("transcript", "theek hai bhai"),
    "tr_adina": ("transcript", "şirket adına arıyorum"),
    "hinglish_naam": ("transcript", "mere naam pe booking thi"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NAMES))
def test_known_lower_case_name_after_a_frame(case: str, content: str) -> None:
    key, value = NAMES[case]
    assert name_masks(key, value, content), (case, content)


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(UNLISTED))
def test_a_title_case_name_the_lists_lack(case: str, content: str) -> None:
    key, value = UNLISTED[case]
    assert name_masks(key, value, content), (case, content)


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_NAMES))
def test_words_that_are_names_too_are_no_name(case: str, content: str) -> None:
    key, value = NOT_NAMES[case]
    assert name_masks(key, value, content) == [], (case, content)


def test_an_address_opening_in_title_case_is_no_name() -> None:
    # Words no list knows, joined by a particle to an abbreviation: an address, not a name.
    value = "Alamatnya di Jl. Kenanga Raya No. 18, Bogor."
    assert name_masks("llm.input_messages.1.message.content", value, "allow") == []
