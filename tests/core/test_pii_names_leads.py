"""Names in lower-case speech and in grammars the first lead-ins did not know, plain install.

Speech-to-text writes names in lower case ("my name is ..." is read in any case already);
here are the lead-ins after which only a capitalised word counted, now confirmed by what
surrounds a lower-case run (a particle inside, a word after it that speakers put after
names, another script, a common surname), lead-ins of more languages and registers, names
in scripts without case, initials and spelled names in lower case, and name fields of
tool payloads in more languages. The lexicon is hidden: each rule works without faker.
The names are invented combinations. Each class has look-alikes that are no name.
"""

from __future__ import annotations

import pytest
from _builders import name_masks

from pytest_patter_trace.core._pii import names

MODES = ("forbid", "allow")


# The scan as it runs where faker is not installed.
pytestmark = pytest.mark.usefixtures("lexicon_hidden")


NAMES = {
    # (1) Lead-ins that only a name follows, in more languages and registers.
    "nl_spreekt_met": ("transcript", "goedemorgen u spreekt met henk bosveld"),
    "nl_met": ("lk.user_input", "ja hallo met trudy kleinjan"),
    "yo_oruko": ("transcript", "e kaaro oruko mi ni tunde fashola"),
    "arabizi": ("lk.user_input", "salam ana esmi karim haddad w 3andi so2al"),
    "hinglish": ("stt.transcript", "ji mera naam sunil bhargava hai"),
    "en_in_myself": ("transcript", "myself deepak rawat calling about my refund"),
    "vi_ten_la": ("transcript", "dạ tên em là phạm minh khoa ạ"),
    "pl_z_tej_strony": ("transcript", "dzień dobry z tej strony jadwiga sroka"),
    "cs_u_telefonu": ("transcript", "dobrý den u telefonu radek hruška"),
    "pidgin_be_my_name": ("transcript", "na chidi okafor be my name"),
    "tl_si": ("transcript", "ako po si lorna bautista taga quezon city"),
    "tl_si_third": ("transcript", "yung anak ko po si mikee santos ang kukuha"),
    "under_lower": ("transcript", "the reservation is under priscilla hawthorne please"),
    "hu_vagyok": ("transcript", "jó napot kovács ildikó vagyok"),
    # (2) "this is", "I am" and relations, in lower case: confirmed by what follows.
    "en_speaking": ("transcript", "hi this is gregor whitcombe speaking"),
    "ru_calling": ("transcript", "алло это семёнов аркадий звоню насчёт доставки"),
    "sv_here": ("transcript", "hej det är britta holm här"),
    "de_signed": ("transcript", "reinhold strasser hier guten morgen"),
    "relation_pronoun_en": ("transcript", "my wife lucinda marsh she handles the bills"),
    "relation_verb_es": ("transcript", "mi hermano rodrigo paredes va a llamar mañana"),
    "relation_pt": ("transcript", "pode falar com o meu filho caio figueiró ele sabe tudo"),
    "relation_nl_one": ("transcript", "mijn vader gerrit is gisteren opgenomen"),
    "relation_script": ("transcript", "my mother Ελπίδα Καραγιάννη is the contact"),
    "staff_lower": ("transcript", "your agent melvin dorsey from billing said it was fixed"),
    "staff_id": ("transcript", "sudah dibantu mbak sari wulandari dari cs"),
    "number_after": ("transcript", "sunt dorina vlad numărul meu e cel vechi"),
    "particle_es": ("transcript", "sí soy ana lucía de los santos"),
    "particle_nl": ("transcript", "ja met wim van der horst"),
    "particle_ms": ("transcript", "saya siti hajar binti ismail"),
    "vi_surname": ("transcript", "chào chị em là trần quốc bảo"),
    # (3) Scripts without case.
    "fa_hastam": ("transcript", "سلام من نرگس رضایی هستم"),
    "ur_speaking": ("transcript", "جی میں فیصل چوہدری بات کر رہا ہوں"),
    "hi_speaking": ("transcript", "मैं सुनीता जोशी बोल रही हूँ"),
    "am_name": ("transcript", "ስሜ ዳዊት በቀለ ነው"),
    "ko_copula": ("transcript", "박서준이고요 예약 확인하려고요"),
    # (4) Initials and spelled names in lower case.
    "initials_lower": ("transcript", "it's under m. k. adeyemi-cole"),
    "initials_mixed": ("transcript", "please note my name as b. t. Ogunleye"),
    "spelled_lower": ("transcript", "it's wiśniewski w i ś n i e w s k i"),
    "spelled_before": ("transcript", "it's t o l u l o p e tolulope"),
    "spelled_as_in": ("transcript", "ferrari f come firenze e r r a r i"),
    "spelled_nato": ("transcript", "dunmore d as in delta u n m o r e"),
    # (1) More: Italian and Turkish "I am" confirmed by the next words, staff in Swedish,
    # "habla" on the phone, a self-correction, a name with "po" or a particle said alone.
    "it_sono_ho": ("transcript", "buonasera sono ottavia ferretti ho un problema"),
    "tr_ben_dun": ("transcript", "merhaba ben cemile aksoy dün aramıştım"),
    "tr_ben_possessive": ("transcript", "ben hakan özdemir siparişim gelmedi"),
    "sv_colleague": ("output", "Jag kopplar dig till min kollega Sven-Olof Berglund nu."),
    "no_colleague": ("output", "Jeg setter deg over til min kollega Ingrid Haugland."),
    "es_habla": ("transcript", "sí buenas habla Ernesto Villalba"),
    "pt_e_particle": ("transcript", "é Rosângela dos Anjos Pereira"),
    "selfcorrect_es": ("transcript", "soy lucía eh no perdón luciana montero"),
    "selfcorrect_en": ("transcript", "i'm tom sorry i mean thomas ashdown"),
    "staff_last_week": ("transcript", "i spoke to your agent wendell price last week"),
    "alone_particle": ("lk.user_input", "Fernanda da Rocha"),
    "alone_po": ("transcript", "Marites Villanueva po"),
    "json_list_content": (
        "lk.chat_ctx",
        '{"items": [{"role": "user", "content": ["Rommel Dizon po, yung order ko"]}]}',
    ),
    # Names in developer text: a quoted name with a particle, a name after "account for".
    "error_quoted_particle": ("exception.message", "KeyError: no profile for 'Hugo de Clercq'"),
    "alone_particle_everyday": ("lk.user_input", "Graciela da Luz"),
    "spelled_nato_only": ("transcript", "it's kovac kilo oscar victor alpha charlie"),
    "status_staff": ("otel.status_description", "transfer to agent Colm Brannigan failed"),
    "error_supervisor": ("error.message", "escalation to supervisor Ingeborg Lund timed out"),
    "log_nurse": ("log.message", "handoff: assigned to nurse Ama Owusu-Boateng"),
    "status_title": ("otel.status_description", "callback scheduled for Mr. Oyelaran"),
    "ja_alone": ("input.value", "山本翔太"),
    "hi_alone": ("transcript", "अमित शर्मा"),
    "hi_alone_yadav": ("transcript", "जी, पूजा यादव"),
    "sql_people_table": (
        "db.statement",
        "SELECT id FROM patients WHERE name = 'Ottilie Brandauer'",
    ),
    "error_account_for": ("exception.message", "LookupError: 'no account for Radomir Szulc'"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NAMES))
def test_name_found(case: str, content: str) -> None:
    key, value = NAMES[case]
    assert name_masks(key, value, content), (case, content)


PAYLOADS = {
    "staff_agent": ("getpatter.tool.result", '{"ticket": 4411, "agent": "Marisol Quintero"}'),
    "staff_nurse": ("lk.function_tool.output", '{"slot": "10:30", "nurse": "Bettina Krämer"}'),
    "fi_nimi": ("gen_ai.tool.call.arguments", '{"nimi": "Sanni Lehtovaara", "tila": "uusi"}'),
    "tr_patient": ("lk.function_tool.output", '{"hasta": "Oğuzhan Keskin", "saat": "10:30"}'),
    "pt_nome": ("tool.arguments", '{"lead": {"nome": "Heloísa Bragança", "origem": "site"}}'),
    "ko_single": ("getpatter.tool.result", '{"match": {"name": "정수빈", "tier": "gold"}}'),
    "ja_single": ("getpatter.tool.result", '{"caller": {"name": "佐々木優斗"}}'),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(PAYLOADS))
def test_payload_name_found(case: str, content: str) -> None:
    key, value = PAYLOADS[case]
    assert name_masks(key, value, content), (case, content)


NOT_NAMES = {
    "im_hungry": ("transcript", "I'm Hungry"),
    "im_starving": ("transcript", "I'm Starving, what do you have?"),
    "this_is_calling": ("transcript", "this is about the parcel calling again"),
    "its_raining_here": ("transcript", "it's raining here"),
    "its_me_here": ("transcript", "hi it's me again here"),
    "relation_verb": ("transcript", "my husband called yesterday"),
    "relation_needs": ("transcript", "my son needs help with the app"),
    "relation_is": ("transcript", "my mother is in hospital"),
    "relation_es": ("transcript", "mi esposa quiere cancelar el pedido"),
    "relation_pt": ("transcript", "a minha filha também quer ele"),
    "under_review": ("transcript", "the account is under review"),
    "under_my_name": ("transcript", "the booking is under my name"),
    "nl_met_word": ("transcript", "ja met plezier"),
    "nl_van_de": ("transcript", "ik bel over de levering van de week"),
    "es_de_la": ("transcript", "soy de la ciudad de mexico"),
    "vi_plain": ("transcript", "em là khách hàng mới ạ"),
    "fa_plain": ("transcript", "من خیلی خوشحال هستم"),
    "hu_plain": ("transcript", "jó napot nagyon fáradt vagyok"),
    "tl_plain": ("transcript", "ako po si mama ang magbabayad"),
    "ru_plain": ("transcript", "это очень срочно звоню второй раз"),
    "spelled_code": ("transcript", "the code is a b c d"),
    "initials_eg": ("transcript", "e. g. tomorrow at nine"),
    "initials_am": ("transcript", "at 9 a. m. sharp"),
    "myself_alone": ("transcript", "i can do it myself"),
    "sv_here_plain": ("transcript", "hej det är bra här"),
    "de_hier_plain": ("transcript", "guten tag hier ist alles gut"),
    "selfcorrect_plain": ("transcript", "i'm fine sorry i mean all good"),
    "es_habla_language": ("transcript", "¿habla español?"),
    "tr_ben_plain": ("transcript", "ben çok kızgınım bugün"),
    "it_sono_plain": ("transcript", "sono molto contento ho finito"),
    "error_for_product": ("exception.message", "KeyError: no price for 'Deluxe Package'"),
    "relation_lives": ("transcript", "my brother lives nearby he can pick it up"),
    "relation_pt_will": ("transcript", "minha filha vai ligar amanhã ela sabe"),
    "relation_de": ("transcript", "meine frau ist nicht da"),
    "nl_met_possessive": ("transcript", "ja met mijn vrouw"),
    "sv_signed_plain": ("transcript", "det är bra här"),
    "hinglish_order": ("transcript", "mera naam order pe hai"),
    "staff_said": ("transcript", "your agent said it would be fixed yesterday"),
    "correction_plain": ("transcript", "soy de madrid perdón de barcelona"),
    "id_plain": ("transcript", "saya mau tanya harga paket internet"),
    "ja_alone_word": ("input.value", "大丈夫です"),
    "hi_alone_plain": ("transcript", "धन्यवाद जी"),
    "sql_product_table": ("db.statement", "SELECT id FROM products WHERE name = 'Velvet Rose'"),
    "payload_branch": (
        "gen_ai.tool.call.result",
        '{"branches": [{"name": "Filial Boa Vista", "opens": "08:00"}]}',
    ),
    "id_day_name": ("output.value", "Hari Senin kami tutup, Hari Sabtu buka."),
    "prompt_business": (
        "gen_ai.system_instructions",
        "You are the booking assistant of Trattoria Fiorella. Be brief.",
    ),
    "ko_this_week": ("transcript", "이번주예요"),
    "ko_order": ("transcript", "주문번호입니다"),
    "alone_place_particle": ("lk.user_input", "Puerto de la Cruz"),
    "nato_code": ("transcript", "the code is alpha bravo charlie seven"),
    "payload_role_title": ("getpatter.tool.result", '{"agent": "Account Manager"}'),
    "error_plan": ("exception.message", "KeyError: 'Premium Plan'"),
    "error_company": ("exception.message", "ValueError: no account for Acme Corp"),
    "status_queue": ("otel.status_description", "transfer to queue Sales failed"),
    "payload_item": ("gen_ai.tool.call.result", '{"nome": "Bolo Fofinho", "preco": 12.5}'),
    "ko_word": ("getpatter.tool.result", '{"item": {"name": "김치찌개", "price": 9000}}'),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_NAMES))
def test_no_name(case: str, content: str) -> None:
    key, value = NOT_NAMES[case]
    assert name_masks(key, value, content) == [], (case, content)


#: Lower-case names said alone, told by the lexicon (the ``names`` extra).
LEXICON_ALONE = {
    "it": ("transcript", "beatrice santoro"),
    "en": ("getpatter.stt.text", "james okafor"),
    "it_sono": ("transcript", "sono lolita govoni e sono in ritardo"),
    "nl_particle": ("transcript", "noodcontact is mijn broer henk de graaf"),
}


@pytest.mark.parametrize("case", sorted(LEXICON_ALONE))
def test_lower_case_name_alone_with_lexicon(monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    monkeypatch.undo()  # the lexicon back
    pytest.importorskip("faker")
    names.lexicon.cache_clear()
    key, value = LEXICON_ALONE[case]
    assert name_masks(key, value, "allow"), case
    assert name_masks("transcript", "thank you", "allow") == []
    assert name_masks("transcript", "grazie mille", "allow") == []
