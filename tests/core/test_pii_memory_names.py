"""Persons named in what an agent remembers, summarises and sends on, on a plain install.

A memory entry, a recall, a summary or a retrieved note speaks of the caller in the
third person and names the people around them: "the customer's daughter is called X",
"the user mentioned their neighbour X", in many languages and scripts. The key it sits
under need not say it holds conversation (``agent.memory.recall``, ``mem0.memory``).
Then the forms a system sends on: a filled profile in a prompt (``name=X;``), a judge's
rationale, a chat notification, a CRM field's new value, a person field in a URL-encoded
or base64 body, a cached profile whose name is partly lower-case. The lexicon is hidden;
every name is an invented combination. Each class has look-alikes that are no name.
"""

from __future__ import annotations

import base64
import json

import pytest
from _builders import name_masks

from pytest_patter_trace.core._pii.mask import mask_name

MODES = ("forbid", "allow")

pytestmark = pytest.mark.usefixtures("lexicon_hidden")


def _entries(memory: str) -> str:
    """A memory store's entries as a list of JSON records (mem0's shape)."""
    return json.dumps([{"id": "mem_0a1b2c", "memory": memory, "score": 0.8}], ensure_ascii=False)


#: Case: key, value, the name it holds.
MEMORY = {
    "en_neighbour": (
        "agent.memory.recall",
        "User mentioned their neighbour Rosalind Achebe, who has the spare key.",
        "Rosalind Achebe",
    ),
    "en_wife_title": (
        "mem0.memory",
        "The caller's wife, Mrs Ingrid Solberg, holds power of attorney.",
        "Ingrid Solberg",
    ),
    "en_called": (
        "langgraph.store.value",
        "Customer's daughter is called Maeve Gallagher and collects the parcels.",
        "Maeve Gallagher",
    ),
    "nl_colleague": (
        "memory.entries",
        _entries("Klant noemde haar collega Joris Verbrugge als contactpersoon."),
        "Joris Verbrugge",
    ),
    "sv_son": (
        "agent.memory.recall",
        "Kundens son heter Viggo Lindqvist och hämtar ordern.",
        "Viggo Lindqvist",
    ),
    "no_neighbour": (
        "agent.memory.recall",
        "Innringer sa at naboen hennes, Sigrid Haugland, har nøkkelen.",
        "Sigrid Haugland",
    ),
    "da_mother_in_law": (
        "mem0.memory",
        "Kunden oplyste, at hendes svigermor Birthe Kjærgaard betaler regningen.",
        "Birthe Kjærgaard",
    ),
    "vi_brother": (
        "agent.memory.recall",
        "Khách hàng nói anh trai là Phạm Quốc Bảo sẽ nhận hàng.",
        "Phạm Quốc Bảo",
    ),
    "tr_wife": (
        "agent.memory.recall",
        "Müşterinin eşi Gülşen Aydemir ödemeyi yapacak.",
        "Gülşen Aydemir",
    ),
    "az_sister": (
        "langgraph.store.value",
        "Müştəri dedi ki, ödənişi bacısı Günel Məmmədova edəcək.",
        "Günel Məmmədova",
    ),
    "uz_sister": (
        "agent.memory.recall",
        "Mijoz aytdi: to'lovni singlisi Dilnoza Karimova qiladi.",
        "Dilnoza Karimova",
    ),
    "kk_daughter": (
        "mem0.memory",
        "Клиенттің қызы Әсел Нұрланова тапсырысты алады.",
        "Әсел Нұрланова",
    ),
    "sl_husband": (
        "mem0.memory",
        "Stranka je rekla, naj pokličemo njenega moža, Boštjan Kralj.",
        "Boštjan Kralj",
    ),
    "fil_sibling": (
        "agent.memory.recall",
        "Sabi ng user, ang kapatid niyang si Jerome Dizon ang magbabayad.",
        "Jerome Dizon",
    ),
    "yo_child": (
        "agent.memory.recall",
        "Oníbàárà sọ pé ọmọ rẹ̀, Adebayo Okunola, yóò gbà á.",
        "Adebayo Okunola",
    ),
    "ig_wife": (
        "agent.memory.recall",
        "Onye ahịa kwuru na nwunye ya bụ Adaeze Nwosu.",
        "Adaeze Nwosu",
    ),
    "ha_wife": (
        "agent.memory.recall",
        "Abokin ciniki ya ce matarsa Hauwa Abdullahi za ta biya.",
        "Hauwa Abdullahi",
    ),
    "ml_son_latin": (
        "agent.memory.recall",
        "ഉപഭോക്താവിന്റെ മകൻ Anil Kurian ആണ് വരുന്നത്.",
        "Anil Kurian",
    ),
    "pa_sister_latin": (
        "mem0.memory",
        "ਗਾਹਕ ਨੇ ਦੱਸਿਆ ਕਿ ਉਸਦੀ ਭੈਣ Simran Sandhu ਪੈਸੇ ਦੇਵੇਗੀ।",
        "Simran Sandhu",
    ),
    "mr_daughter": (
        "langgraph.store.value",
        "ग्राहकाची मुलगी स्नेहा देशपांडे यांच्या नावावर बिल आहे.",
        "स्नेहा देशपांडे",
    ),
    "ne_son": (
        "agent.memory.recall",
        "ग्राहकले भने, उनको छोरा सुमन थापा ले पैसा तिर्नुहुन्छ।",
        "सुमन थापा",
    ),
    "ta_son": (
        "langgraph.store.value",
        "வாடிக்கையாளரின் மகன் அருண் சேகர் அவர்கள் பணம் செலுத்துவார்.",
        "அருண் சேகர்",
    ),
    "bn_wife": (
        "mem0.memory",
        "গ্রাহকের স্ত্রী মিতা সরকার পার্সেলটি নেবেন।",
        "মিতা সরকার",
    ),
    "si_son": (
        "agent.memory.recall",
        "පාරිභෝගිකයාගේ පුතා නුවන් පෙරේරා ගෙවීම් කරයි.",
        "නුවන් පෙරේරා",
    ),
    "am_brother": (
        "agent.memory.recall",
        "የደንበኛው ወንድም ዳዊት ተስፋዬ ክፍያውን ይፈጽማል።",
        "ዳዊት ተስፋዬ",
    ),
    "cs_daughter": (
        "agent.memory.recall",
        "Zákazník uvedl, že jeho dcera Jana Nováková vyzvedne balík.",
        "Jana Nováková",
    ),
    "fi_daughter": (
        "mem0.memory",
        "Asiakas kertoi, että hänen tyttärensä Aino Virtanen noutaa paketin.",
        "Aino Virtanen",
    ),
    "hu_daughter": (
        "agent.memory.recall",
        "Ügyfél elmondta, hogy a lánya Kovács Eszter veszi át a csomagot.",
        "Kovács Eszter",
    ),
    "id_sibling": (
        "agent.memory.recall",
        "Pelanggan bilang adiknya Rina Wulandari yang akan bayar.",
        "Rina Wulandari",
    ),
    "uk_wife": (
        "mem0.memory",
        "Клієнт сказав, що його дружина Оксана Мельник заплатить.",
        "Оксана Мельник",
    ),
    "fa_spouse_title": (
        "memory.entries",
        _entries("یادداشت: همسر مشتری، جناب آقای رضا کامرانی، پیگیری می‌کند."),
        "رضا کامرانی",
    ),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(MEMORY))
def test_person_named_in_memory(case: str, content: str) -> None:
    key, value, name = MEMORY[case]
    assert mask_name(name) in name_masks(key, value, content), (case, content)


#: Memory about the caller that names no one: a relation alone, a preference, a role,
#: a product, a place, a placeholder.
NOT_NAMED = {
    "en_relation_alone": ("agent.memory.recall", "The customer's daughter will pick it up."),
    "en_neighbour_alone": ("mem0.memory", "User mentioned their neighbour has the key."),
    "en_placeholder": ("mem0.memory", "The customer's daughter is called {{daughter_name}}."),
    "en_preference": ("agent.memory.recall", "User prefers Dutch, WhatsApp and Friday mornings."),
    "en_role": ("agent.memory.recall", "Customer asked for the manager, Billing Team, to call."),
    "en_product": (
        "mem0.memory",
        "The customer's partner Nordic Freight Logistics handles returns.",
    ),
    "en_place": ("mem0.memory", "User's son lives in New Zealand and calls on Sundays."),
    "sv_alone": ("agent.memory.recall", "Kundens dotter hämtar paketet i morgon."),
    "nl_preference": ("memory.entries", _entries("Klant wil liever 's avonds gebeld worden.")),
    "tr_alone": ("agent.memory.recall", "Müşterinin eşi ödemeyi yarın yapacak."),
    "kk_alone": ("mem0.memory", "Клиенттің қызы тапсырысты ертең алады."),
    "ha_alone": ("agent.memory.recall", "Abokin ciniki ya ce matarsa za ta biya gobe."),
    "pa_alone": ("mem0.memory", "ਗਾਹਕ ਨੇ ਦੱਸਿਆ ਕਿ ਉਸਦੀ ਭੈਣ ਪੈਸੇ ਦੇਵੇਗੀ।"),
    "id_alone": ("agent.memory.recall", "Pelanggan bilang adiknya akan bayar besok."),
    "fi_place": (
        "mem0.memory",
        "Asiakas kertoi, että hänen tyttärensä noutaa paketin Helsingissä.",
    ),
    "mr_alone": ("langgraph.store.value", "ग्राहकाची मुलगी उद्या बिल भरेल."),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_NAMED))
def test_memory_without_name(case: str, content: str) -> None:
    key, value = NOT_NAMED[case]
    assert name_masks(key, value, content) == [], (case, content)


def _b64(record: dict[str, str]) -> str:
    return base64.b64encode(json.dumps(record).encode()).decode()


#: Case: key, value, the name it holds: what a system sends on.
SENT_ON = {
    "profile_prompt": (
        "gen_ai.input.messages",
        json.dumps(
            [
                {
                    "role": "system",
                    "content": "You are a concierge. Caller profile: name=Oskar Brenner; "
                    "plan=basic; region=EU.",
                }
            ]
        ),
        "Oskar Brenner",
    ),
    "judge_greeted": (
        "eval.judge.rationale",
        "The assistant greeted Priyanka de Souza by name and resolved the refund; 5/5.",
        "Priyanka de Souza",
    ),
    "chat_escalation": (
        "slack.message.text",
        json.dumps({"text": "Escalation: Gustavo Lemos requested a supervisor about order 55102"}),
        "Gustavo Lemos",
    ),
    "crm_diff": ("crm.field_diff.after", "Leontine Marbach", "Leontine Marbach"),
    "form_bare_name": (
        "webhook.retry.body",
        "email=hb%40example.org&name=Hedda+Bergmann-Voss",
        "Hedda Bergmann-Voss",
    ),
    "base64_caller": (
        "pubsub.message.data",
        _b64({"caller": "Joost van Heemskerk", "callback": "+31687654321"}),
        "Joost van Heemskerk",
    ),
    "cached_lower": (
        "db.redis.value",
        json.dumps({"name": "Mirela kovač", "phone": "+38640123987"}, ensure_ascii=False),
        "Mirela kovač",
    ),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(SENT_ON))
def test_person_named_in_what_is_sent_on(case: str, content: str) -> None:
    key, value, name = SENT_ON[case]
    assert mask_name(name) in name_masks(key, value, content), (case, content)


#: The same forms holding no person.
NOT_SENT_ON = {
    "profile_placeholder": (
        "gen_ai.input.messages",
        json.dumps(
            [{"role": "system", "content": "Caller profile: name={{customer_name}}; plan=basic."}]
        ),
    ),
    "judge_plain": (
        "eval.judge.rationale",
        "The assistant greeted the caller politely and resolved the refund; 5/5.",
    ),
    "chat_team": (
        "slack.message.text",
        json.dumps({"text": "Escalation: customer requested a supervisor about order 55102"}),
    ),
    "crm_stage": ("crm.field_diff.after", "Closed Won"),
    "form_product": ("webhook.retry.body", "sku=AB-12&name=Oat+Latte&size=large"),
    "base64_queue": ("pubsub.message.data", _b64({"queue": "Billing Team", "priority": "high"})),
    "cached_plan": ("db.redis.value", json.dumps({"name": "gold plan", "seats": 4})),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_SENT_ON))
def test_no_person_in_what_is_sent_on(case: str, content: str) -> None:
    key, value = NOT_SENT_ON[case]
    assert name_masks(key, value, content) == [], (case, content)
