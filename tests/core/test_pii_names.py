"""Persons' names in every form, in both content modes, with and without the name lexicon.

Each case is one value in one span, where traces carry it; ``find_pii`` is the real
detector. The names are invented combinations; the lexicon is faker's name lists, an
optional extra: every rule that needs no lexicon is also checked with faker hidden.
"""

from __future__ import annotations

import pytest
from _builders import pii_kinds as _kinds
from _builders import span

from pytest_patter_trace.checks.pii import find_pii
from pytest_patter_trace.core._pii import names

MODES = ("forbid", "allow")


@pytest.fixture
def with_lexicon() -> None:
    pytest.importorskip("faker")
    names.lexicon.cache_clear()
    assert names.lexicon() is not None


# -- shapes and lead-ins: no lexicon needed --------------------------------------------

WITHOUT_LEXICON = {
    # Lead-ins in more languages, scripts with and without case.
    "el": ("transcript", "με λένε Ξανθή Μαυρογιάννη"),
    "ar": ("stt.transcript", "اسمي سلمى الحداد"),
    "he": ("transcript", "שמי נועה ברקוביץ"),
    "hi": ("transcript", "मेरा नाम अनिता वर्मा है"),
    "vi": ("input.value", "tên tôi là Trần Thị Hoa"),
    "tr": ("transcript", "benim ismim Elif Yıldırım"),
    "uk": ("transcript", "мене звати Оксана Гнатюк"),
    "cs": ("transcript", "jmenuji se Radka Novotná"),
    "ro": ("transcript", "mă numesc Ioana Popescu"),
    "id": ("transcript", "nama saya Dewi Lestari"),
    # Particles, initials, titles without a dot and in full.
    "particle": ("lk.user_input", "the booking is for Pieter van den Hoek"),
    "particle_bin": ("transcript", "Karim bin Saleh, calling about the invoice"),
    "initials": ("transcript", "it's reserved for T. J. Okoro"),
    "initials_joined": ("input.value", "the table is for A.K. Varma"),
    "initials_hyphen": ("transcript", "au nom de J.-P. Lemaire"),
    "title_no_dot": ("transcript", "can you put me through to Dr Okonjo"),
    "title_in_full": ("llm.output_messages.0.message.content", "Merci Madame Thibault, à lundi"),
    # Third parties and staff.
    "relation_fr": ("input.value", "envoyez le devis à ma voisine, Odile Marchand"),
    "relation_it": ("transcript", "il ritiro lo fa mia cugina Livia Serra"),
    "staff": ("input.value", "I spoke to Priyanka Desai on Monday about it"),
    "under_name": ("transcript", "the table is booked under Ingrid Achterberg"),
    "fields": ("transcript", "surname Achebe, first name Chidi"),
    "prompt": ("gen_ai.system_instructions", "You book tables. The caller is Zorbek; be brief."),
    # A name said after a greeting, even one no list holds.
    "greeted": ("gen_ai.completion", "Thanks, Zorbek. Your table for four is confirmed."),
    "greeted_in_json": (
        "gen_ai.output.messages",
        '[{"role": "assistant", "content": "Perfecto, Zorbek. Su pedido sale hoy."}]',
    ),
    # A SIP display name.
    "sip": ("sip.header.p-asserted-identity", '"Ottilie Brandt" <sip:+493055501@example.com>'),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize(("key", "value"), WITHOUT_LEXICON.values(), ids=WITHOUT_LEXICON)
def test_names_found_without_the_lexicon(
    lexicon_hidden: None, key: str, value: str, content: str
) -> None:
    assert names.lexicon() is None
    assert "name" in _kinds(key, value, content)


@pytest.mark.parametrize(("key", "value"), WITHOUT_LEXICON.values(), ids=WITHOUT_LEXICON)
def test_names_found_with_the_lexicon(with_lexicon: None, key: str, value: str) -> None:
    assert "name" in _kinds(key, value, "allow")


NOT_NAMES = {
    "sip_anonymous": ("sip.header.from", '"Anonymous" <sip:anonymous@anonymous.invalid>'),
    "sip_business": ("sip.header.from", '"Acme Support" <sip:+15550100@example.com>'),
    "sip_number": ("sip.header.from", '"+15550100" <sip:+15550100@example.com>'),
    "thanks_everyone": ("gen_ai.completion", "Thanks, everyone. Thank you, Sir."),
    "danke": ("transcript", "Danke Schön, bis morgen."),
    "us_army": ("transcript", "he served in the U.S. Army"),
    "am_pm": ("transcript", "the shop opens at 9 A.M. Monday to Friday"),
    "first_name_field": ("transcript", "which first name field do you mean"),
    "caller_is_lower": ("transcript", "the caller is not sure yet"),
    "spoke_to_support": ("transcript", "I spoke to Support yesterday about it"),
    "greeted_card": ("transcript", "Sure, Visa."),
    "greeted_role": ("transcript", "Hello, Operator."),
    "nationality_nl": ("transcript", "ik ben Nederlander"),
    "nationality_pl": ("transcript", "jestem Polakiem"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize(("key", "value"), list(NOT_NAMES.values()), ids=list(NOT_NAMES))
def test_no_name_without_the_lexicon(
    lexicon_hidden: None, key: str, value: str, content: str
) -> None:
    assert "name" not in _kinds(key, value, content)


# -- the lexicon ------------------------------------------------------------------------

WITH_LEXICON = {
    "bare": ("stt.transcript", "Rosalind Lindqvist"),
    "bare_then_talk": ("transcript", "Henrik Okafor, table for two at eight"),
    "after_yes": ("lk.user_input", "yes, Tomasz Ekwueme"),
    "particle_es": ("transcript", "a la atención de Beatriz de la Serra"),
    "staff_es": ("transcript", "¿está Marisol Desai hoy?"),
    "reply_pair": ("gen_ai.completion", "Thank you, Leopold Brandt. See you on Friday."),
    "reply_one": ("tts.text", "Of course Ingrid, I've moved it to Thursday."),
    "reply_end": ("output", "I'm sorry to hear that, Ottilie. A nurse will call you."),
    "log_line": ("log.message", "Callback for Livia Marchand not scheduled"),
    "error_unknown_given": ("exception.message", "No slot left for Zorbek Okafor today"),
    "zh": ("transcript", "张伟，我想改一下时间"),
    "ko": ("transcript", "박민준입니다"),
    "ja_honorific": ("lk.response.text", "田中様、お待たせいたしました。"),
    "i_am_nl": ("transcript", "ik ben Pieter, ik bel over de factuur"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize(("key", "value"), list(WITH_LEXICON.values()), ids=list(WITH_LEXICON))
def test_names_the_lexicon_finds(with_lexicon: None, key: str, value: str, content: str) -> None:
    assert "name" in _kinds(key, value, content)


# A name said alone is told by its title case (test_pii_names_classes.py); a developer's
# sentence is not a turn, and its capitalised words need the lexicon.
@pytest.mark.parametrize("key_value", [WITH_LEXICON["log_line"]])
def test_without_the_lexicon_a_bare_name_is_not_guessed(
    lexicon_hidden: None, key_value: tuple[str, str]
) -> None:
    assert "name" not in _kinds(*key_value, "allow")


#: Words that are given names somewhere and everyday words or places here.
LOOK_LIKE_NAMES = {
    "will": ("transcript", "Will you call me back tomorrow"),
    "may": ("transcript", "May I ask who is calling"),
    "station": ("transcript", "Victoria Station please"),
    "country": ("transcript", "I live in Lyon, France."),
    "model": ("llm.output_messages.0.message.content", "Claude Sonnet answered the question"),
    "hotel": ("transcript", "the Grace Hotel on Main Street"),
    "drink": ("transcript", "Jasmine Tea for two please"),
    "city": ("transcript", "I'm calling from Austin about my order"),
    "assistant": ("transcript", "Hey Siri, what's the weather"),
    "street": ("transcript", "deliver to Calle Ana Torres 12, please"),
    "weekday": ("gen_ai.completion", "Perfect, Monday it is."),
    "zh_word": ("transcript", "马上就到，谢谢"),
    "ko_word": ("transcript", "이번주입니다"),
    "ja_ward": ("transcript", "中野区です"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize(("key", "value"), LOOK_LIKE_NAMES.values(), ids=LOOK_LIKE_NAMES)
def test_words_that_look_like_names_are_not_names(
    with_lexicon: None, key: str, value: str, content: str
) -> None:
    assert "name" not in _kinds(key, value, content)


def test_the_lexicon_is_read_once(with_lexicon: None) -> None:
    first = names.lexicon()
    assert first is names.lexicon()
    assert first is not None
    assert "rosalind" in first.given
    assert "lindqvist" in first.surnames
    assert "may" in first.common  # a given name said alone only before a surname


def test_findings_show_no_name(with_lexicon: None) -> None:
    spans = [span("getpatter.call", 2, attributes={"transcript": "Rosalind Lindqvist here"})]
    (finding,) = find_pii(spans, content="allow")
    assert "Rosalind" not in str(finding)
    assert "Lindqvist" not in str(finding)
    assert finding.masked == "R••••••• L••••••••"


@pytest.mark.parametrize("strict", [True, False])
def test_the_lexicon_loads_with_the_scanner_not_in_the_middle_of_a_scan(strict: bool) -> None:
    pytest.importorskip("faker")
    from pytest_patter_trace.core._pii import names
    from pytest_patter_trace.core._pii.detect import Scanner

    names.lexicon.cache_clear()
    Scanner(strict=strict)
    assert names.lexicon.cache_info().currsize == 1


#: Streets named after a person: a house number before, a street word after.
STREETS = {
    "house_number": ("transcript", "it's 214 Laura Kensington, Oldbury"),
    "tr_street": ("transcript", "adresim Emine Caddesi No: 12"),
}


@pytest.mark.parametrize(("key", "value"), STREETS.values(), ids=STREETS)
def test_a_street_named_after_a_person_is_no_name(with_lexicon: None, key: str, value: str) -> None:
    assert "name" not in _kinds(key, value, "allow")
