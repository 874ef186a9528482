"""Serious conditions, debts and convictions said in more languages; passing illness.

Dementia, a stroke, the heart, cancer, diabetes, mental illness, an addiction, a
disability and a pregnancy said of oneself or a relative; a medicine by its international
name with a dose; equipment a person lives with; owing a bank or a landlord, a lost job,
debt enforcement, an eviction; a conviction and a suspended sentence. In plain text, chat
JSON, STT JSON and tool arguments. And what shares their words and stays clean: a
condition in general, a business's services, a charity's appeal, a lesson, a child off
school for a day. Every value is invented.
"""

from __future__ import annotations

import json

import pytest
from _builders import pii_kinds as _kinds

pytest.importorskip("phonenumbers")

MODES = ["forbid", "allow"]


def _chat(text: str) -> str:
    return json.dumps([{"role": "user", "content": text}], ensure_ascii=False)


def _stt(text: str) -> str:
    return json.dumps(
        {"results": {"channels": [{"alternatives": [{"transcript": text}]}]}}, ensure_ascii=False
    )


def _tool(text: str) -> str:
    return json.dumps({"ticket": "T-5521", "message": text}, ensure_ascii=False)


TOLD = {
    # Hebrew: dementia, a stroke, heart surgery, schizophrenia, debts, a conviction.
    "he_alzheimer": "אבא שלי חלה באלצהיימר והוא שוכח הכל",
    "he_stroke": "לאמא שלי היה שבץ בשבוע שעבר",
    "he_heart": "בעלי עבר ניתוח לב ועכשיו הוא בבית",
    "he_schizophrenia": "אחי אובחן עם סכיזופרניה לפני שנה",
    "he_debts": "יש לי חובות גדולים ותיק בהוצאה לפועל",
    "he_convicted": "הבן שלי הורשע וקיבל מאסר על תנאי",
    # Hungarian: relatives said with the suffix of "my".
    "hu_dementia": "Anyámnak demenciája van, már nem ismer meg",
    "hu_stroke": "A férjem agyvérzést kapott tavaly",
    "hu_heart": "Apámat szívműtétre viszik jövő héten",
    "hu_debt": "Nagy adósságom van, és jön a végrehajtó",
    "hu_prison": "A fiamat felfüggesztett börtönre ítélték",
    # Slovenian, Croatian, Serbian.
    "sl_alzheimer": "Oče ima alzheimerjevo bolezen in živi sam",
    "sl_stroke": "Moja mama je imela možgansko kap",
    "hr_dementia": "Majka mi ima demenciju i često pada",
    "hr_suspended": "Osuđen sam uvjetno na godinu dana",
    "sr_schizophrenia": "Brat mi ima šizofreniju i leči se",
    # Macedonian, Bulgarian.
    "mk_prison": "Синот ми е осуден на затвор",
    "bg_suspended": "Осъден съм условно и търся работа",
    "mk_stroke": "Татко ми доживеа мозочен удар",
    # Estonian, Finnish.
    "et_dementia": "Minu emal on dementsus ja ta kukkus eile",
    "et_stroke": "Isal oli insult ja ta ei saa kõndida",
    "et_depression": "Mul diagnoositi depressioon",
    "fi_memory": "Äidilläni on muistisairaus ja hän asuu yksin",
    # Galician, Portuguese.
    "gl_alzheimer": "O meu pai ten alzhéimer e non sae da casa",
    "gl_depression": "Estou en tratamento por unha depresión",
    "pt_alcohol": "Estou em tratamento por alcoolismo desde janeiro",
    # Marathi, Hindi, Gujarati.
    "mr_stroke": "माझ्या वडिलांना पक्षाघात झाला",
    "mr_memory": "आईला स्मृतिभ्रंश आहे",
    "hi_dementia": "मेरी माँ को डिमेंशिया है",
    "gu_diabetes": "મારી મમ્મીને ડાયાબિટીસ છે",
    "gu_cancer": "મારા ભાઈને કેન્સર છે",
    # Uzbek.
    "uz_stroke": "Otam insult o'tkazdi, yurolmaydi",
    "uz_cancer": "Akamda saraton topildi",
    # Medicines by their international names, with a dose.
    "inn_missed": "Care log: Mr Okafor missed his bisoprolol dose this morning",
    "inn_mg": "My mum takes 10 mg of ramipril every night",
    "inn_de": "Meine Mutter nimmt 5 mg Bisoprolol und 20 mg Atorvastatin",
    "inn_es": "Mi padre toma enalapril 10 mg dos veces al día",
    "inn_diazepam": "I was given 5mg diazepam for the panic attacks",
    # Equipment a person lives with.
    "oxygen": "Please be quick, my father is on an oxygen concentrator",
    "insulin_pump": "My son has an insulin pump and needs the fridge",
    "oxygen_de": "Meine Oma braucht ihr Sauerstoffgerät rund um die Uhr",
    "hoist_and_pump": "my wife needs the hoist and her insulin pump checked",
    # Money: owing a bank or a landlord, a lost job, enforcement, an eviction.
    "rw_bank": "Mfite ideni rya banki kandi nabuze akazi",
    "sw_rent": "Nimepoteza kazi na nadaiwa kodi ya miezi minne",
    "sw_debt": "Nina deni la benki siwezi kulipa",
    "ng_landlord": "My uncle is owing his landlord one year rent",
    "ng_quit": "I am owing rent and the landlord gave me quit notice",
    "ch_betreibig": "Mir händ e Betreibig übercho, ich cha nöd zahle",
    "hu_unemployed": "Munkanélküli vagyok és nem tudom fizetni a hitelt",
    # Neighbours: Kirundi, Spanish, Estonian, Hungarian, Uzbek, Bengali, Punjabi, Kannada,
    # Slovak, Swiss German, a dose in a tool's arguments, a hoist at home.
    "rn_bank": "Mfise ideni rinini rya banki",
    "es_dementia": "Mamá tiene demencia y se cayó otra vez",
    "et_alcohol": "Minu vend on alkohoolik ja käib ravil",
    "hu_mum_cancer": "Anyukám rákos, kemoterápiára jár",
    "uz_heart": "Otamning yuragi operatsiya qilindi",
    "bn_dementia": "আমার বাবার ডিমেনশিয়া আছে",
    "pa_heart": "ਮੇਰੇ ਪਿਤਾ ਜੀ ਨੂੰ ਦਿਲ ਦਾ ਦੌਰਾ ਪਿਆ",
    "kn_diabetes": "ಅಪ್ಪನಿಗೆ ಮಧುಮೇಹ ಇದೆ",
    "sk_stroke": "Mamka mala mozgovú príhodu",
    "ch_schulde": "Ich ha Schulde bi de Bank und d Betribig lauft",
    "inn_tool": json.dumps({"tool": "log_visit", "note": "gave him his 2.5 mg bisoprolol"}),
    "hoist": "My grandad uses a ceiling hoist and a hospital bed at home",
    # Mental illness, a disability and a pregnancy across the same languages.
    "et_mental": "Mu õel on vaimuhaigus",
    "mr_mental": "माझ्या बहिणीला मानसिक आजार आहे",
    "mr_disabled": "माझा मुलगा अपंग आहे",
    "gu_disabled": "મારી દીકરી વિકલાંગ છે",
    "gl_pregnant": "A miña filla está preñada de catro meses",
    "gl_disability": "O meu irmán ten unha discapacidade",
    "sl_disabled": "Sin je invalid po nesreči",
}

CONTAINERS = {"plain": lambda t: t, "chat": _chat, "stt": _stt, "tool": _tool}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("text", list(TOLD.values()), ids=list(TOLD))
def test_a_serious_condition_debt_or_conviction_is_found(text: str, content: str) -> None:
    assert "sensitive" in _kinds("lk.user_transcript", text, content)


@pytest.mark.parametrize("wrap", list(CONTAINERS.values()), ids=list(CONTAINERS))
@pytest.mark.parametrize(
    "text",
    [TOLD["he_stroke"], TOLD["inn_missed"], TOLD["sw_rent"], TOLD["gu_cancer"]],
    ids=["he", "inn", "sw", "gu"],
)
def test_it_is_found_in_every_container(text: str, wrap: object) -> None:
    assert callable(wrap)
    assert "sensitive" in _kinds("gen_ai.input.messages", wrap(text), "allow")


CLEAN = {
    "general_dementia": "Is dementia care covered by the basic plan?",
    "business_heart": "Our clinic treats heart disease and stroke patients every weekday",
    "general_question": "What are the first signs of Alzheimer's disease?",
    "news": "Stroke rates fell by ten percent last year, the report says",
    "stock_medicine": "We stock ramipril 10 mg and metformin 500 mg in the pharmacy",
    "price_medicine": "How much is atorvastatin 20 mg without insurance?",
    "food_bank": "We collect for the food bank every Friday after mass",
    "donate_cancer": "We are raising money for cancer research this spring",
    "funeral_class": "We read a poem at the funeral planning class",
    "child_off_school": "My son is ill and won't come to school today",
    "child_off_sick": "My daughter [NAME] is off sick, see you Monday",
    "de_school": "Meine Tochter ist krank und kommt heute nicht in die Schule",
    "fr_school": "Mon fils est malade, il ne viendra pas à l'école",
    "cs_school": "Dcera je nemocná a dnes nepřijde do školky",
    "hu_school": "A lányom beteg, ma nem megy óvodába",
    "nl_home": "Mijn dochter is ziek, ze blijft thuis vandaag",
    "insult": "That comment was an insult to my whole team",
    "throw_out": "I will throw them out, the old boxes are in my garage",
    "pl_difficult": "Moja sytuacja jest trudna, ale dam radę",
    "owe_favour": "Ich schulde dir einen Gefallen",
    "hoist_banner": "We need to hoist the banner before the fair",
    "hospital_beds": "Our hospital beds are all full tonight",
    "treat_in_general": "Do you treat people with schizophrenia?",
    "mama_errand": "Mama is coming to pick me up at six",
    "pump_covered": "Does the insurance cover an insulin pump?",
    "clinic_sees": "I wanted to ask whether your clinic sees patients with dementia",
    "work_with": "I am a nurse and I work with dementia patients",
    "charity_supports": "Our charity supports people living with cancer",
    "advice_service": "My question is about the debt advice service you offer",
    "documentary": "I watched a documentary about schizophrenia last night",
    "thesis": "I am writing my thesis on depression in teenagers",
    "invalid_form": "This form is invalid, je pense",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("text", list(CLEAN.values()), ids=list(CLEAN))
def test_a_topic_a_business_or_a_day_off_is_no_disclosure(text: str, content: str) -> None:
    assert "sensitive" not in _kinds("lk.user_transcript", text, content)


def test_an_illness_of_a_relative_with_no_absence_said_stays_a_disclosure() -> None:
    assert "sensitive" in _kinds("lk.user_transcript", "my son is sick so we can't come", "allow")
    sick_leave = "I have been off sick for months with depression"
    assert "sensitive" in _kinds("lk.user_transcript", sick_leave, "allow")


@pytest.mark.parametrize(
    "text",
    ["I have a question about my diabetes medication", "My dad is a dementia patient now"],
)
def test_a_subject_frame_before_the_persons_own_condition_keeps_it(text: str) -> None:
    assert "sensitive" in _kinds("lk.user_transcript", text, "allow")
