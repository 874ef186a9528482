"""E-mail addresses spelt out by speech-to-text, in the words of each language.

"at the rate" (Indian English), "arroba", "et" and "titik" (Indonesian), "a còng" and
"chấm" (Vietnamese), "골뱅이" and "닷" (Korean), "et işareti" and "nokta" (Turkish),
"アットマーク" and "ドット", "艾特" and "点", "แอท" and "ดอท". Every mailbox is invented
for these tests. Prices "at the rate of", a whelk dish (골뱅이) and meat (Turkish "et")
with no domain after them stay clean.
"""

from __future__ import annotations

import pytest
from _builders import pii_kinds as _kinds

MODES = ("forbid", "allow")

SPELT = {
    "en_in_rate": "my mail id is rahulv88 at the rate gmail dot com",
    "en_in_rate_of": "email is priya underscore k at the rate of rediffmail dot com",
    "en_in_co_in": "it is anil.kumar at the rate yahoo dot co dot in",
    "hi_rate": "मेरा ईमेल rohitsharma at the rate gmail dot com है",
    "id_et_titik": "emailnya budisantoso et gmail titik com",
    "id_at_titik": "surel saya dewi.lestari at yahoo titik co titik id",
    "vi_a_cong": "email của tôi là minhtran a còng gmail chấm com",
    "vi_a_moc": "mail em là thuha92 a móc yahoo chấm com chấm vn",
    "ko_dat": "이메일은 jisoo.park 골뱅이 gmail 닷 com 입니다",
    "ko_keom": "메일 주소는 minho77 골뱅이 naver 닷 컴이요",
    "tr_isareti": "e-postam ahmetyilmaz et işareti gmail nokta com",
    "tr_at": "mail adresim selin.kaya at hotmail nokta com",
    "ja_atmark": "メールは tanaka.yui アットマーク gmail ドット com です",
    "zh_aite": "我的邮箱是 wangwei88 艾特 qq 点 com",
    "th_at": "อีเมล somchai แอท gmail ดอท com ครับ",
    "es_arroba": "mi correo es lucia_mendez arroba outlook punto es",
    "he_strudel": "המייל שלי הוא dana.levi שטרודל gmail נקודה com",
    "hu_kukac": "az e-mail címem kovacs.anna kukac freemail pont hu",
    "el_papaki": "το email μου είναι nikos.p παπάκι gmail τελεία com",
    "uk_ravlyk": "моя пошта oksana.koval равлик ukr крапка net",
    "ro_arond": "adresa de mail este ionescu.mara arond yahoo punct ro",
    "pl_malpa": "mój mail to jan.nowak małpa onet kropka pl",
    "sv_snabel": "min mejl är erik.lund snabel-a telia punkt se",
    "th_jud": "อีเมลของฉัน malee.s แอท hotmail จุด com ค่ะ",
    # "at" said before a written domain, after a word naming an e-mail.
    "en_cue": "my email is jordan.reyes at gmail.com",
    "es_cue": "mi correo es valeria93 at outlook.com",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(SPELT.values()), ids=list(SPELT))
def test_spelt_emails_are_found(text: str, mode: str) -> None:
    assert "email" in _kinds("transcript", text, mode)


NOT_EMAILS = {
    "rate_price": "calls are charged at the rate of five rupees per minute",
    "rate_interest": "the loan is at the rate of 9 percent dot five on average",
    "ko_dish": "골뱅이 무침 하나 주세요",
    "tr_meat": "et nokta atışı pişirilir mi",
    "id_point": "kita ketemu di titik kumpul jam tiga",
    "vi_dot": "chấm điểm xong rồi a còng lưng quá",
    "at_the_office": "i am at the main office dot",
    "rate_site": "we grow at the rate of google dot",
    "hu_worm": "a kukac a pont mellett mászik",
    "he_pastry": "קניתי שטרודל תפוחים בנקודה הקרובה",
    "ru_dog": "собака гуляет у точки сбора",
    "ro_round": "masa este a rond si punct final",
    "email_sent_at": "the email was sent at mail.example.com by the relay",
    "failed_at": "email delivery failed at smtp.example.org",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(NOT_EMAILS.values()), ids=list(NOT_EMAILS))
def test_words_around_at_and_dot_are_no_email(text: str, mode: str) -> None:
    assert "email" not in _kinds("transcript", text, mode)
