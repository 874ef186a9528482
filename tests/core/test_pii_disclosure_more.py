"""Sensitive disclosures said plainly, and in languages the lexicons lacked.

A death, lost work and unpaid debts, papers that ran out, a court case over a loan, an
illness by its everyday name, a pregnancy: first person or about a relative, in Basque,
Haitian Creole, Icelandic, Jamaican Patois, Kazakh, Mongolian, Nepali, Slovak, Swahili,
Ukrainian, romanised Arabic, Punjabi, Tagalog, Urdu, Vietnamese and English; and the
business talk that shares the words. Every sentence is invented.
"""

from __future__ import annotations

import pytest
from _builders import pii_kinds as _kinds

pytest.importorskip("phonenumbers")

MODES = ["forbid", "allow"]

TOLD = {
    "en_passed": "my grandad passed on sunday so I need to cancel the visit",
    "en_afford": "I can't afford the instalment since they let me go",
    "en_papers": "my residence permit expired and I am waiting for the new one",
    "en_jail": "my son is locked up so he can't sign the form",
    "eu_died": "Nire ama hil egin da eta bere txartela ezeztatu nahi dut.",
    "eu_debt": "Zorrak ditut eta ezin dut ordaindu.",
    "ht_papers": "Mwen pa gen papye legal isit la.",
    "ht_ill": "Manman m malad, li lopital depi yè.",
    "is_cancer": "Pabbi minn greindist með krabbamein í vor.",
    "is_debt": "Ég er með miklar skuldir og get ekki borgað.",
    "jam_job": "Mi lose mi work last week an mi cyaan pay di rent.",
    "jam_sick": "Mi madda sick bad inna hospital.",
    "kk_court": "Менің үстімнен банк сотқа берді, несиені төлей алмаймын.",
    "mn_diabetes": "Миний ээж чихрийн шижинтэй, эм уудаг.",
    "mn_cancer": "Би хорт хавдартай, эмчилгээ хийлгэж байна.",
    "ne_debt": "मेरो ऋण धेरै छ, किस्ता तिर्न सकिनँ।",
    "sk_enforcement": "Mám exekúciu na účte a nemôžem splácať hypotéku.",
    "sk_pregnant": "Som tehotná a potrebujem presunúť termín.",
    "sw_tb": "Baba yangu ana kifua kikuu, yuko kwenye matibabu.",
    "sw_debt": "Nina madeni mengi na siwezi kulipa kodi mwezi huu.",
    "sw_hiv": "Mimi ni mgonjwa wa ukimwi, nahitaji dawa zangu.",
    "uk_refugee": "Я біженець, паспорта в мене ще немає.",
    "uk_died": "Мій батько помер минулого тижня.",
    "arlatn_debt": "ana 3alaya dyoun w ma n2dar nkhalless",
    "pa_kidney": "meri mummy di kidney kharab ho gayi hai",
    "tl_pregnant": "buntis po ako kaya hindi ako makakapunta",
    "tl_debt": "may malaking utang ako at nawalan ako ng trabaho",
    "ur_divorce": "meri talaq ka case chal raha hai",
    "ur_operation": "میرے والد کا آپریشن کل ہے",
    "vi_pregnant": "em đang có bầu nên không đi xa được",
    "vi_died": "bố tôi mới mất tuần trước",
    "en_medicine": "can I pick up my sertraline refill tomorrow",
    "en_medicine_relative": "my brother ran out of his methadone",
    "sw_json": '[{"role":"user","parts":[{"type":"text","content":"nina mkopo, siwezi kulipa"}]}]',
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(TOLD))
def test_a_plain_disclosure_is_sensitive(case: str, content: str) -> None:
    assert "sensitive" in _kinds("lk.user_transcript", TOLD[case], content)


BUSINESS = {
    "en_papers": "please bring your papers to the front desk",
    "en_afford": "our plans are made so every family can afford them",
    "en_passed": "the parcel passed the sorting centre this morning",
    "sw_debt_policy": "Tunapokea malipo ya deni kupitia M-Pesa kila siku.",
    "sk_loan": "Ponúkame úver s nízkym úrokom pre nových klientov.",
    "uk_docs": "Для оформлення потрібні документи та паспорт.",
    "tl_shop": "Bukas po kami hanggang alas otso ng gabi.",
    "ig_bill": "Ana m akpọ maka ụgwọ ọkụ nke ọnwa a.",
    "vi_shop": "Cửa hàng mở cửa lúc tám giờ sáng.",
    "mn_shop": "Манай дэлгүүр өдөр бүр ажиллана.",
    "en_passed_test": "my daughter passed her swimming exam on friday",
    "en_passed_on": "my wife passed on the form to your colleague",
    "es_sports": "mi tienda de deportes cierra a las nueve",
    "is_work": "Ég vinn á sjúkrahúsi og get bara hringt á kvöldin.",
    "en_battery": "my lithium battery pack stopped charging",
    "vi_we_sell": "Chúng tôi có bán máy đo cho người bị tiểu đường.",
}


@pytest.mark.parametrize("case", sorted(BUSINESS))
def test_business_talk_sharing_the_words_is_no_disclosure(case: str) -> None:
    assert "sensitive" not in _kinds("lk.user_transcript", BUSINESS[case], "allow")


def test_a_tool_record_about_debt_collection_is_a_payload_not_a_disclosure_in_speech() -> None:
    record = (
        '{"accounts": [{"ref": "AC-1", "state": "current", "note": "statement sent"},'
        ' {"ref": "AC-2", "state": "current", "note": "statement sent"}]}'
    )
    assert _kinds("traceloop.entity.output", record, "forbid") == {"tool_payload"}
