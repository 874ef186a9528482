"""Names said beside a kin word, in a self-introduction, at a note's head, in many tongues.

A parent calls about a child, a carer about a client: "my daughter X is sick today". The
kin word takes each language's own shape (a suffix, a possessive after the noun, an
article or a particle before the name) and, where the script has no case, the name is
bounded on both sides: the kin word before it, a time word, a state or a verb after it.
Each family of cases has look-alikes that hold no name: the kin word before a state, a
school, a class. The lexicon is hidden: every rule works on a plain install. The names
are invented combinations.
"""

from __future__ import annotations

import base64
import json

import pytest
from _builders import name_masks

from pytest_patter_trace.core._pii.mask import mask_name

MODES = ("forbid", "allow")

pytestmark = pytest.mark.usefixtures("lexicon_hidden")

#: Case: the text, the name it holds. Scripts without case first.
UNCASED = {
    "he_daughter": ("הבת שלי נועה כהן חולה היום ולא תגיע", "נועה כהן"),
    "he_son_tomorrow": ("הבן שלי יונתן לוי לא יגיע מחר לגן", "יונתן לוי"),
    "he_grandson": ("רציתי להודיע שהנכד שלי איתי ברק חולה היום", "איתי ברק"),
    "bn_daughter": ("আমার মেয়ে রিয়া দত্ত আজ স্কুলে আসবে না", "রিয়া দত্ত"),
    "bn_son": ("আমার ছেলে তন্ময় বসু কাল আসবে না", "তন্ময় বসু"),
    "hi_daughter": ("मेरी बेटी अनन्या वर्मा आज स्कूल नहीं आएगी", "अनन्या वर्मा"),
    "hi_latin": ("मेरा बेटा Kabir Sethi आज नहीं आएगा", "Kabir Sethi"),
    "mr_son": ("माझा मुलगा रोहन जोशी आज शाळेत येणार नाही", "रोहन जोशी"),
    "mr_daughter": ("माझी मुलगी सायली देशमुख उद्या येणार नाही", "सायली देशमुख"),
    "ne_daughter": ("मेरी छोरी सरिता थापा आज विद्यालय आउँदिन", "सरिता थापा"),
    "gu_daughter": ("મારી દીકરી પ્રિયા પટેલ આજે શાળાએ નહીં આવે", "પ્રિયા પટેલ"),
    "pa_son": ("ਮੇਰਾ ਪੁੱਤਰ ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ", "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ"),
    "ta_daughter": ("என் மகள் கவிதா ராஜன் இன்று பள்ளிக்கு வரமாட்டாள்", "கவிதா ராஜன்"),
    "ta_latin": ("என் மகன் Arjun Pillai இன்று வரமாட்டான்", "Arjun Pillai"),
    "te_daughter": ("నా కూతురు లక్ష్మి రెడ్డి ఈరోజు స్కూల్‌కి రాదు", "లక్ష్మి రెడ్డి"),
    "te_latin": ("మా అబ్బాయి Kiran Varma ఈరోజు రాడు", "Kiran Varma"),
    "ur_latin": ("میرا بیٹا Imran Qureshi آج اسکول نہیں آئے گا", "Imran Qureshi"),
    "ur_daughter": ("میری بیٹی عائشہ ملک آج بیمار ہے", "عائشہ ملک"),
    "th_daughter": ("ลูกสาว สมหญิง ใจดี วันนี้ไม่สบาย", "สมหญิง ใจดี"),
    "th_son_mine": ("ลูกชายของฉัน ธนากร ศรีสุข พรุ่งนี้ไม่ไปโรงเรียน", "ธนากร ศรีสุข"),
    "am_child": ("ልጄ ዮናስ ታደሰ ዛሬ አይመጣም", "ዮናስ ታደሰ"),
    "am_tomorrow": ("ልጄ ሄለን ገብሩ ነገ አትመጣም", "ሄለን ገብሩ"),
    "si_son": ("මගේ පුතා කසුන් පෙරේරා අද පාසල් එන්නේ නැහැ", "කසුන් පෙරේරා"),
    "bn_grandson_latin": ("আমার নাতি Rahul Sen আজ আসবে না", "Rahul Sen"),
    "hi_wife_tomorrow": ("मेरी पत्नी सुनीता शर्मा कल अस्पताल गई थी", "सुनीता शर्मा"),
    "he_wife": ("אשתי רחל לוי לא תגיע היום", "רחל לוי"),
    "he_grandmother": ("סבתא שלי שרה כהן חולה", "שרה כהן"),
    "th_mother": ("แม่ของฉัน สมศรี ใจดี ไม่สบาย", "สมศรี ใจดี"),
    "am_spouse": ("ባለቤቴ አበበ ከበደ ዛሬ አይመጣም", "አበበ ከበደ"),
    "gu_husband": ("મારા પતિ રમેશ શાહ આજે બીમાર છે", "રમેશ શાહ"),
    "ur_speaking_latin": ("السلام علیکم، میں Imran Qureshi بول رہا ہوں", "Imran Qureshi"),
    "ne_speaking": ("नमस्ते, म सरिता थापा बोल्दैछु", "सरिता थापा"),
    "mr_speaking": ("नमस्कार, मी सायली देशमुख बोलतेय", "सायली देशमुख"),
    "bn_speaking": ("নমস্কার, আমি রিয়া দত্ত বলছি", "রিয়া দত্ত"),
}
#: Scripts with case: the kin word's own forms, an article or a particle before the name.
CASED = {
    "el_article": ("Η κόρη μου η Ελπίδα Ζαχαρίου έχει πυρετό", "Ελπίδα Ζαχαρίου"),
    "el_son": ("Ο γιος μου ο Στέλιος Βλάχος είναι άρρωστος σήμερα", "Στέλιος Βλάχος"),
    "hr_kci": ("Kći Lana Perić danas ne dolazi", "Lana Perić"),
    "sr_sin": ("Sin Marko Babić danas neće doći", "Marko Babić"),
    "bg_after": ("Дъщеря ми Радина Колева е болна днес", "Радина Колева"),
    "bg_son": ("Синът ми Борис Илиев няма да дойде", "Борис Илиев"),
    "mk_definite": ("Синот Горан Стојановски е болен денес", "Горан Стојановски"),
    "mk_daughter": ("Ќерката Марија Петровска нема да дојде", "Марија Петровска"),
    "nl_be_diminutive": ("Mijn zoontje Wout Peeters is ziek", "Wout Peeters"),
    "nl_be_daughter": ("Ons dochtertje Fien Claes blijft thuis vandaag", "Fien Claes"),
    "de_ch_mini": ("Mini Tochter Lea Meier isch hüt chrank", "Lea Meier"),
    "de_ch_use": ("Üse Sohn Jonas Keller chunnt hüt nöd", "Jonas Keller"),
    "zu_prefix": ("Indodana yami uSipho Dlamini akazukuya esikoleni namuhla", "Sipho Dlamini"),
    "xh_prefix": ("Intombi yam uLwazi Khumalo iyagula", "Lwazi Khumalo"),
    "rw_child": ("Umwana wanjye Eric Mugisha ararwaye uyu munsi", "Eric Mugisha"),
    "rw_girl": ("Umukobwa wanjye Aline Uwera ntazaza", "Aline Uwera"),
    "tl_kong_si": ("Hindi makakapasok ang anak kong si Liza Reyes ngayon", "Liza Reyes"),
    "tl_apo": ("Ang apo kong si Joel Santos ay may sakit", "Joel Santos"),
    "mg_after": ("Tsy tonga i Hery Rakotobe zanako anio", "Hery Rakotobe"),
    "mg_izaho": ("Manao ahoana, izaho dia Hery Rakotobe", "Hery Rakotobe"),
    "mg_izaho_no": ("Salama, izaho no Fara Randria", "Fara Randria"),
    "vi_be": ("Con tôi, bé Nguyễn Minh Anh, hôm nay nghỉ học", "Nguyễn Minh Anh"),
    "nl_be_met": ("Goeiedag, met Lotte Vandamme", "Lotte Vandamme"),
    "nl_be_met_plain": ("Dag, met Jef Wuyts", "Jef Wuyts"),
    "fr_ca_fille": ("Ma fille Maëlle Tremblay sera absente aujourd'hui", "Maëlle Tremblay"),
    "fr_ca_chum": ("Mon chum Kevin Gagnon va vous rappeler", "Kevin Gagnon"),
    "el_grandson": ("Ο εγγονός μου ο Νίκος Παππάς είναι άρρωστος", "Νίκος Παππάς"),
    "el_niece": ("Η ανιψιά μου η Μαρία Κωστοπούλου δεν θα έρθει", "Μαρία Κωστοπούλου"),
    "el_child": ("Το παιδί μου ο Γιάννης Δήμου έχει πυρετό", "Γιάννης Δήμου"),
    "el_spouse": ("Ο σύζυγός μου ο Πέτρος Αλεξίου θα σας καλέσει", "Πέτρος Αλεξίου"),
    "bg_nephew": ("Племенникът ми Иван Георгиев няма да дойде", "Иван Георгиев"),
    "de_ch_maa": ("Min Maa Urs Meier lüütet zrugg", "Urs Meier"),
}
#: A note or role label, then the name, then a verb or a field: a record's head.
NOTES = {
    "visit_note": ("Visit note: Orla Fennimore missed her evening dose", "Orla Fennimore"),
    "care_note": ("Care note - Bertram Ashdown refused his lunch today", "Bertram Ashdown"),
    "resident": ("Resident: Ingrid Solvik, room 4, needs a new hoist", "Ingrid Solvik"),
    "tenant": ("Tenant Desmond Achterberg reported a leak in the bathroom", "Desmond Achterberg"),
    "client": ("Client: Maura Kettleby - prefers a female carer", "Maura Kettleby"),
}


def _chat(text: str) -> str:
    return json.dumps([{"role": "user", "content": text}])


def _body(fields: dict[str, str]) -> str:
    return base64.b64encode(json.dumps(fields).encode()).decode()


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(UNCASED))
def test_uncased_name_found(case: str, content: str) -> None:
    value, name = UNCASED[case]
    assert mask_name(name) in name_masks("transcript", value, content), (case, content)


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(CASED))
def test_cased_name_found(case: str, content: str) -> None:
    value, name = CASED[case]
    assert mask_name(name) in name_masks("lk.user_input", value, content), (case, content)


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOTES))
def test_note_head_name_found(case: str, content: str) -> None:
    value, name = NOTES[case]
    assert mask_name(name) in name_masks("text", value, content), (case, content)
    chat = name_masks("gen_ai.input.messages", _chat(value), content)
    assert mask_name(name) in chat, (case, content)


#: Person-role keys of an encoded body, each with a name of its own.
ROLE_KEYS = ("resident", "occupant", "pupil", "carer", "next_of_kin", "guardian", "inquilino")


@pytest.mark.parametrize("key", ROLE_KEYS)
def test_encoded_body_role_key(key: str) -> None:
    body = _body({key: "Tamsin Oakridge", "flat": "7C"})
    assert mask_name("Tamsin Oakridge") in name_masks("http.request.body", body, "allow"), key


#: Look-alikes: a kin word before a state, a school, an age; a label before a thing.
NOT_NAMES = {
    "he_sick": "הבן שלי חולה היום ולא יגיע",
    "he_little": "הבת שלי הקטנה לא תגיע מחר",
    "bn_plain": "আমার ছেলে আজ স্কুলে যাবে না",
    "hi_school": "मेरी बेटी की स्कूल बस आज नहीं आई",
    "hi_sick": "मेरा बेटा बीमार है आज नहीं आएगा",
    "mr_sick": "माझा मुलगा आजारी आहे आज येणार नाही",
    "ur_school": "میری بیٹی کا اسکول آج بند ہے",
    "ta_sick": "என் மகன் உடம்பு சரியில்லை இன்று வரமாட்டான்",
    "th_sick": "ลูกชาย ไม่สบาย วันนี้",
    "am_sick": "ልጄ ታሞ ዛሬ አይመጣም",
    "ur_speaking_now": "میں ابھی بول رہا ہوں",
    "bn_wife_sick": "আমার স্ত্রী আজ অসুস্থ",
    "hi_wife_sick": "मेरी पत्नी आज बीमार है",
    "am_spouse_today": "ባለቤቴ ዛሬ አይመጣም",
    "he_wife_sick": "אשתי חולה היום",
    "bn_passed_comma": "আমার বাবা মারা গেছেন, তাই আসতে পারিনি",
    "hi_passed_comma": "मेरे पति गुज़र गए, किराया नहीं दे पा रही",
    "ne_speaking_now": "म अहिले बोल्दैछु",
    "bn_speaking_about": "আমি বাড়ির ভাড়ার সম্পর্কে বলছি",
    "hi_speaking_about": "मैं बैंक के बारे में बात कर रहा हूँ",
    "en_sick": "My son is sick today",
    "en_school": "My daughter's school is closed",
    "en_year": "my son in Year 5 is off today",
    "es_mayor": "Mi hijo mayor no va hoy",
    "el_fever": "Η κόρη μου έχει πυρετό σήμερα",
    "mk_sick": "Синот е болен денес",
    "bg_sick": "Дъщеря ми е болна днес",
    "hr_sick": "Kći je bolesna danas",
    "nl_sick": "Mijn zoontje is ziek vandaag",
    "de_ch_sick": "Mini Tochter isch hüt chrank",
    "rw_sick": "Umwana wanjye ararwaye uyu munsi",
    "zu_sick": "Indodana yami iyagula namuhla",
    "tl_plain": "Hindi makakapasok ang anak ko ngayon",
    "mg_plain": "Tsy tonga ny zanako anio",
    "mg_izaho_plain": "izaho dia marary anio",
    "vi_plain": "Con tôi hôm nay nghỉ học vì ốm",
    "lt_two_words": "Neveikia šildymas",
    "lt_two_words_2": "Sugedo liftas",
    "pl_two_words": "Przecieka kran",
    "en_pet": "our dog Biscuit is at the vet",
    "en_man_united": "a man United fan called about tickets",
    "en_class": "my son's class Sunflower Room is on a trip",
    "nl_met_thing": "Goeiedag, met de boekhouding",
    "note_thing": "Visit note: Medication Review completed",
    "resident_thing": "Resident: Parking Permit renewal",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_NAMES))
def test_look_alike_is_no_name(case: str, content: str) -> None:
    assert name_masks("transcript", NOT_NAMES[case], content) == [], (case, content)


def test_encoded_body_thing_key() -> None:
    body = _body({"property": "Oak House", "flat": "7C", "status": "Pending Review"})
    assert name_masks("http.request.body", body, "allow") == []
    tree = _body({"kind": "Pod", "child": "Web Frontend", "parent": "root"})
    assert name_masks("http.request.body", tree, "allow") == []
