"""Disclosures, birth dates and claim or loan fields in languages the lexicons covered thinly.

Health, money trouble, the law, a death, papers, faith and addiction, said in the first
person or of a relative: East and South Slavic, Nordic, Celtic, Iberian, Basque, Maltese,
Luxembourgish, Afrikaans and Frisian, Central Asian, South Asian scripts, Tibetan and
Ethiopic, Southern African and Oromo, Javanese and Sundanese; English hardship told in
passing; the fields of a claim or an application that carry one; and the talk of a
business, a disease in general or a lost thing that shares the words. Every value is
invented.
"""

from __future__ import annotations

import json

import pytest
from _builders import pii_kinds as _kinds

pytest.importorskip("phonenumbers")

MODES = ["forbid", "allow"]


def _stt(text: str) -> str:
    return json.dumps({"results": {"channels": [{"alternatives": [{"transcript": text}]}]}})


def _chat(text: str) -> str:
    return json.dumps([{"role": "user", "content": text}], ensure_ascii=False)


TOLD = {
    # East Slavic.
    "uk_hiv": "Мій брат має ВІЛ і щодня приймає терапію.",
    "uk_sugar": "Я хворію на цукровий діабет, потрібне окреме харчування.",
    "uk_fired": "Мене звільнили, і я не можу сплатити борг за квартиру.",
    "uk_arrest": "Мого сина заарештували минулого тижня.",
    "be_fired": "Мяне звольнілі з працы, не магу заплаціць за крэдыт.",
    "be_died": "Мой бацька памёр учора, мне патрэбны адпачынак.",
    "be_stroke": "Мая маці ў бальніцы пасля інсульту.",
    "ru_fired": "Меня уволили, и я не могу платить ипотеку.",
    "ru_hiv": "У моей жены ВИЧ, ей нужны лекарства в дорогу.",
    # South Slavic.
    "bg_bailiff": "Съдебен изпълнител запорира сметката ми.",
    "bg_sick": "Болна съм и съм в болнични от месец.",
    "bg_epilepsy": "Синът ми има епилепсия и не може да лети сам.",
    "sr_epilepsy": "Моја ћерка има епилепсију, треба јој пратња.",
    "sr_sick_leave": "На боловању сам због операције кичме.",
    "sr_latin_cancer": "Otac mi ima karcinom i prima terapiju.",
    "hr_stroke": "Supruga mi je na bolovanju nakon moždanog udara.",
    "hr_enforcement": "Imam ovrhu na računu i ne mogu platiti kredit.",
    "mk_died": "Татко ми почина минатата недела.",
    "sl_sick_leave": "Sem na bolniški zaradi operacije kolena.",
    # Nordic.
    "no_dui": "Jeg ble dømt for fyllekjøring og mistet førerkortet.",
    "no_sick": "Jeg er sykmeldt og klarer ikke å betale regningene.",
    "no_collection": "Min mann har betalingsanmerkninger og saken er hos inkasso.",
    "da_sick": "Jeg er sygemeldt med stress og angst.",
    "sv_sick": "Jag är sjukskriven för utmattning sedan i våras.",
    "sv_enforcement": "Jag har skulder hos Kronofogden och kan inte betala.",
    "is_sick": "Ég er í veikindaleyfi og get ekki unnið.",
    "fo_cancer": "Mamma mín hevur krabbamein og fær viðgerð.",
    "fo_cannot_pay": "Eg havi mist arbeiðið og kann ikki rinda húsaleiguna.",
    # Iberian, Basque.
    "ca_faith": "Sóc musulmana i necessito un lloc per pregar.",
    "ca_sick_leave": "Estic de baixa mèdica des de fa un mes.",
    "ca_evicted": "El meu pare està a punt de ser desnonat.",
    "gl_debt": "Teño débedas e non podo pagar a hipoteca.",
    "eu_died": "Nire amona hil da gaur goizean.",
    "eu_sick": "Gaixorik nago eta ezin dut lanera joan.",
    "eu_cancer": "Nire senarrak minbizia du.",
    "eu_prison": "Nire anaia kartzelan dago.",
    # Celtic, Maltese.
    "ga_cancer": "Tá ailse ar mo mháthair.",
    "ga_died": "Cailleadh m'athair an tseachtain seo caite.",
    "ga_debt": "Tá fiacha móra orm agus ní féidir liom an morgáiste a íoc.",
    "ga_sick": "Tá mé tinn agus beidh mé san ospidéal amárach.",
    "cy_cancer": "Mae gan fy mam ganser y fron.",
    "cy_died": "Mae fy nhad wedi marw yr wythnos hon.",
    "cy_debt": "Mae gen i ddyled fawr ac ni allaf dalu'r rhent.",
    "cy_hospital": "Mae fy mab yn yr ysbyty ers dydd Llun.",
    "gd_cancer": "Tha aillse air mo mhàthair.",
    "gd_died": "Chaochail m' athair an-dè.",
    "br_ill": "Klañv eo ma mamm abaoe dilun.",
    "mt_diabetes": "Missieri għandu d-dijabete tat-tip wieħed.",
    "mt_died": "Mietet ommi l-ġimgħa li għaddiet.",
    "mt_debt": "Għandi ħafna djun u ma nistax inħallas.",
    "mt_cancer": "Marti għandha l-kanċer.",
    # Luxembourgish, Afrikaans, Frisian, Dutch.
    "lb_jobless": "Mäi Mann ass zënter zwee Méint arbechtslos.",
    "lb_hospital": "Meng Mamm läit am Spidol.",
    "lb_debt": "Ech hunn Scholden a ka mäi Prêt net méi bezuelen.",
    "af_debt_review": "My man is onder skuldhersiening.",
    "af_job": "Ek het my werk verloor en kan nie die huur betaal nie.",
    "fy_ill": "Myn mem is siik en leit yn it sikehûs.",
    "nl_debt": "Ik zit in de schuldsanering sinds vorig jaar.",
    # Central Asia, Mongolia.
    "ky_hospital": "Апам ооруканада жатат.",
    "ky_debt": "Менин карызым көп, төлөй албай жатам.",
    "ky_died": "Атам каза болду, мага өргүү керек.",
    "tg_papers": "Бародарам дар Маскав бе ҳуҷҷат кор мекунад.",
    "tg_sick": "Модарам бемор аст ва дар беморхона мебошад.",
    "tg_died": "Падарам вафот кард.",
    "mn_hospital": "Миний аав эмнэлэгт хэвтэж байна.",
    "mn_loan": "Би зээлээ төлж чадахгүй байна.",
    "mn_died": "Ээж маань нас барсан.",
    # South Asian scripts.
    "pa_faith": "ਮੈਂ ਸਿੱਖ ਹਾਂ ਅਤੇ ਮੈਨੂੰ ਪੱਗ ਬਾਰੇ ਪੁੱਛਣਾ ਹੈ।",
    "pa_sick": "ਮੇਰੀ ਮਾਂ ਬਹੁਤ ਬੀਮਾਰ ਹੈ।",
    "pa_died": "ਮੇਰੇ ਪਿਤਾ ਜੀ ਦਾ ਦੇਹਾਂਤ ਹੋ ਗਿਆ।",
    "ne_epilepsy": "मेरो छोरालाई छारे रोग छ।",
    "ne_heart": "मलाई मुटुको रोग लागेको छ।",
    "si_heart": "මගේ තාත්තාට හෘද රෝගයක් තියෙනවා.",
    "si_died": "මගේ තාත්තා නැති වුණා, මට නිවාඩු ඕනේ.",
    "or_died": "ମୋ ବାପାଙ୍କ ଦେହାନ୍ତ ହୋଇଛି।",
    "or_debt": "ମୋର ବହୁତ ଋଣ ଅଛି, ମୁଁ ଦେଇ ପାରୁନାହିଁ।",
    "or_hospital": "ମୋ ମା ଡାକ୍ତରଖାନାରେ ଭର୍ତ୍ତି ଅଛନ୍ତି।",
    "as_cancer": "মোৰ দেউতাৰ কেন্সাৰ হৈছে।",
    "as_debt": "মই ঋণত ডুবি আছো।",
    "bn_job": "আমার চাকরি চলে গেছে, কিস্তি দিতে পারছি না।",
    "ml_job": "എന്റെ ജോലി നഷ്ടപ്പെട്ടു, വായ്പ അടയ്ക്കാൻ പറ്റുന്നില്ല.",
    "ml_ill": "എന്റെ അമ്മയ്ക്ക് അസുഖമാണ്, ആശുപത്രിയിലാണ്.",
    "kn_cancer": "ನನ್ನ ತಂದೆಗೆ ಕ್ಯಾನ್ಸರ್ ಇದೆ.",
    "kn_debt": "ನನಗೆ ತುಂಬಾ ಸಾಲ ಇದೆ, ಕಂತು ಕಟ್ಟಲು ಆಗುತ್ತಿಲ್ಲ.",
    "kn_hospital": "ನನ್ನ ಅಮ್ಮ ಆಸ್ಪತ್ರೆಯಲ್ಲಿ ಇದ್ದಾರೆ.",
    "sd_jail": "منهنجو پيءُ جيل ۾ آهي.",
    "sd_sick": "منهنجي ماءُ بيمار آهي ۽ اسپتال ۾ آهي.",
    "ps_hospital": "زما مور په روغتون کې ده.",
    # Languages that drop the subject: the verb says "I", or two terms say whose.
    "ky_lying": "Ооруканада жатам, дарыгер келе элек.",
    "tg_verb": "Қарз дорам ва музди кор намегирам.",
    "ml_dropped": "കഴിഞ്ഞ മാസം ജോലി നഷ്ടപ്പെട്ടു, ഇപ്പോൾ ആശുപത്രിയിലാണ്.",
    "kn_dropped": "ಕೆಲಸ ಹೋಯಿತು, ಸಾಲ ಕಟ್ಟಲು ಆಗುತ್ತಿಲ್ಲ.",
    "si_dropped": "රැකියාව නැති වුණා, ණය ගෙවන්න බැහැ.",
    "ne_first": "म ऋणमा डुबेको छु।",
    "ga_apostrophe": "Fuair m'fhear céile bás anuraidh.",
    "om_held": "Dhibee onnee qabame, hospitaala ciseen jira.",
    "jv_ngoko": "Bojo kula ora bisa mlebu kerja, lagi sakit.",
    # Neighbours: lost work and "I cannot pay", an illness, a stay in hospital.
    "gu_job": "મારી નોકરી જતી રહી, હું હપ્તો ભરી શકતો નથી.",
    "ta_job": "எனக்கு வேலை போச்சு, கடன் கட்ட முடியல.",
    "te_job": "నాకు ఉద్యోగం పోయింది, అప్పు కట్టలేను.",
    "fa_debt": "من قرضدار هستم و نمی توانم بپردازم.",
    "fa_hospital": "مادرم در شفاخانه بستری است.",
    "am_job": "ሥራዬን አጣሁ፣ ብድሬን መክፈል አልችልም።",
    "so_debt": "Shaqadii waan waayay, deynta ma bixin karo.",
    "st_mother": "Mme wa ka o a lwala, o kokelong.",
    "gl_job": "Perdín o traballo e non podo pagar o aluguer.",
    "gd_job": "Chaill mi m' obair agus chan urrainn dhomh am màl a phàigheadh.",
    "br_job": "Kollet em eus ma labour ha ne c'hallan ket paeañ.",
    "uz_job": "Ishdan bo'shatildim, qarzimni to'lay olmayman.",
    # Tibetan, Ethiopic.
    "bo_died": "ངའི་ཨ་མ་ཤི་སོང་།",
    "bo_hospital": "ངའི་ཨ་ཕ་སྨན་ཁང་ལ་ཡོད།",
    "ti_prison": "ኣቦይ ኣብ ቤት ማእሰርቲ ኣሎ።",
    "ti_sick": "ኣደይ ሕምምቲ እያ፣ ሆስፒታል ኣላ።",
    "am_died": "አባቴ ሞተብኝ፣ ፈቃድ እፈልጋለሁ።",
    # Southern Africa, Oromo.
    "sn_sick": "Amai vangu vari kuchipatara nekuti vanorwara nechirwere chemoyo.",
    "sn_debt": "Ndine chikwereti chikuru uye handikwanise kubhadhara.",
    "xh_job": "Ndigxothiwe emsebenzini, andikwazi ukuhlawula irente.",
    "xh_hospital": "Umama wam usesibhedlele.",
    "zu_sick": "Ngiyagula futhi ngisesibhedlela.",
    "st_sick": "Ke a kula, ke robetse sepetlele.",
    "tn_died": "Rre o tlhokafetse maabane.",
    "om_sick": "Abbaan koo dhukkubsatee hospitaala jira.",
    "om_prison": "Obboleessi koo mana hidhaa jira.",
    # Javanese, Sundanese.
    "jv_debt": "Kula gadhah utang kathah lan ora saged mbayar.",
    "jv_heart": "Bapakku lara jantung.",
    "su_sick": "Indung abdi keur gering di rumah sakit.",
    # English hardship told in passing.
    "en_ill_health": "my husband took medical retirement on ill health grounds last spring",
    "en_behind": "we fell behind with the mortgage after the twins were born",
    "en_recovery": "I'm in recovery from a gambling problem so please block the card",
    "en_sick_pay": "I've been on statutory sick pay since March and can't cover the bills",
    "en_food_bank": "I'm using a food bank until my universal credit comes through",
    # Carried in chat and speech-to-text JSON.
    "uk_chat": _chat("Мій батько у лікарні після інфаркту."),
    "cy_stt": _stt("Mae fy chwaer yn yr ysbyty gyda chanser."),
    "kn_stt": _stt("ನನ್ನ ಗಂಡನಿಗೆ ಸಕ್ಕರೆ ಕಾಯಿಲೆ ಇದೆ."),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(TOLD))
def test_a_disclosure_in_these_languages_is_sensitive(case: str, content: str) -> None:
    assert "sensitive" in _kinds("lk.user_transcript", TOLD[case], content)


CLEAN = {
    "uk_shop": "Наша аптека працює щодня з восьмої до восьмої.",
    "uk_general": "Цукровий діабет є поширеною хворобою в Європі.",
    "ru_bank": "Оформить кредит можно в любом отделении банка.",
    "bg_shop": "Магазинът работи всеки ден до девет часа.",
    "sr_general": "Епилепсија је неуролошки поремећај.",
    "no_shop": "Butikken holder åpent til klokka åtte i kveld.",
    "sv_policy": "Vid sjukskrivning gäller försäkringens villkor.",
    "ca_shop": "La botiga obre cada dia de nou a nou.",
    "eu_shop": "Denda goizeko bederatzietan irekitzen da.",
    "ga_shop": "Tá an siopa ar oscailt gach lá.",
    "cy_shop": "Mae'r siop ar agor bob dydd tan chwech.",
    "cy_policy": "Mae'r polisi yswiriant yn cynnwys triniaeth canser.",
    "mt_shop": "Il-ħanut miftuħ kuljum sat-tmienja.",
    "lb_shop": "De Buttek ass all Dag op bis aacht Auer.",
    "af_shop": "Ons winkel is elke dag oop tot agtuur.",
    "ky_shop": "Дүкөн күн сайын саат сегизге чейин иштейт.",
    "mn_shop": "Манай дэлгүүр өдөр бүр ажиллана.",
    "si_lost_phone": "මගේ ෆෝන් එක නැති වුණා, අලුත් එකක් ඕනේ.",
    "kn_row": "ನನ್ನ ಟಿಕೆಟ್ ಮೂರನೇ ಸಾಲಿನಲ್ಲಿ ಇದೆ.",
    "pa_shop": "ਸਾਡੀ ਦੁਕਾਨ ਹਰ ਰੋਜ਼ ਖੁੱਲ੍ਹੀ ਰਹਿੰਦੀ ਹੈ।",
    "ti_shop": "ድኳንና ኩሉ መዓልቲ ክፉት እዩ።",
    "am_motor": "የመኪናዬ ሞተር ተበላሽቷል።",
    "sn_shop": "Chitoro chedu chinovhurwa mazuva ese.",
    "st_general": "Sepetlele se bulehile ho fihlela ka hora ya borobedi.",
    "jv_name": "Kula badhe ngirim layang kanggo Lara.",
    "om_shop": "Suuqiin keenya guyyaa hunda banaa dha.",
    "hi_general": "कैंसर और मधुमेह आम बीमारियां हैं।",
    "hi_camp": "हमारे अस्पताल में कैंसर और मधुमेह की जांच उपलब्ध है।",
    "kn_camp": "ಕ್ಯಾನ್ಸರ್ ಮತ್ತು ಸಕ್ಕರೆ ಕಾಯಿಲೆ ತಪಾಸಣೆ ಶಿಬಿರ ನಾಳೆ.",
    "kn_topic": "ಕ್ಯಾನ್ಸರ್ ಬಗ್ಗೆ ಮಾಹಿತಿ ಬೇಕು.",
    "no_this": "Hei, dette gjelder min bestilling fra i går.",
    "sw_eat": "Kula chakula bora husaidia kuzuia kisukari.",
    "id_this": "Rumah sakit ini buka setiap hari.",
    "id_hot": "Saya merasa gerah hari ini.",
    "de_low": "Mein Risiko ist laut Arzt gering.",
    "es_husband": "Mi marido llamará mañana para confirmar.",
    "uk_city": "Я з Запоріжжя, хочу змінити тариф.",
    "ru_card": "Моя карта просрочена, нужна новая.",
    "is_work": "Ég vinn á sjúkrahúsi og get bara hringt á kvöldin.",
    "sv_work": "Min fru jobbar på sjukhuset i Lund.",
    "lb_work": "Ech schaffen am Spidol als Infirmière.",
    "en_sick_pay_policy": "Our sick pay policy is in the staff handbook.",
    "en_ill_health_article": "I read an article about ill health retirement rules.",
    "uz_son": "Bugun o'g'lim maktabga bordi.",
    "en_health_check": "Our free health check covers blood pressure and sugar levels.",
    "en_pension_plan": "Our pension plan lets you retire early with a lump sum.",
    "en_gambling_policy": "We do not offer gambling products on this account.",
    "en_recovery_mode": "The router is in recovery mode after the firmware update.",
    # A first-person word is a whole word: not the end of another ("आदमी", "स्वामी", "कमी").
    "mr_man_works": "हा आदमी रुग्णालयात काम करतो",
    "mr_swami_camp": "स्वामी जी का आश्रम कर्करोग रुग्णांसाठी शिबिर घेतो",
    "mr_shortage": "औषधांची कमी रुग्णालयात आहे",
    "te_anything": "ఏదైనా ఆసుపత్రిలో పార్కింగ్ ఉందా",
}


#: The same words said as "I" or "my", at a sentence's start or after a comma.
FIRST_PERSON = {
    "mr_start": "मी रुग्णालयात आहे",
    "mr_after_comma": "नमस्कार, मी रुग्णालयात दाखल आहे",
    "mr_quoted": 'तो म्हणाला, "मी रुग्णालयात आहे"',
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(FIRST_PERSON))
def test_a_first_person_word_at_a_word_start_ties_a_term(case: str, content: str) -> None:
    assert "sensitive" in _kinds("lk.user_transcript", FIRST_PERSON[case], content)


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(CLEAN))
def test_business_talk_and_general_words_stay_clean(case: str, content: str) -> None:
    assert "sensitive" not in _kinds("lk.user_transcript", CLEAN[case], content)


BIRTHS = {
    "bg_article": "Датата ми на раждане е 17.02.1971 г.",
    "bg_born": "Родена съм на 3 април 1984 г.",
    "ga_lenited": "Is é 09/11/1966 mo dháta breithe.",
    "ga_born": "Rugadh mé ar an 4 Márta 1979.",
    "af_born": "Ek is op 12 Januarie 1962 gebore.",
    "af_date": "My geboortedatum is 30-09-1977.",
    "mn_born": "Би 1983 оны 11 сарын 2-нд төрсөн.",
    "ps_born": "زما د زیږون نیټه ۱۳۶۲/۰۵/۱۱ ده.",
    "sd_born": "منهنجي ڄمڻ جي تاريخ 14-03-1958 آهي.",
    "lb_born": "Ech sinn den 8. Mee 1969 gebuer.",
    "tg_born": "Ман 12.06.1981 таваллуд шудаам.",
    "uk_born": "Я народилася 23 березня 1975 року.",
    "or_born": "ମୋର ଜନ୍ମ ତାରିଖ 05-01-1990।",
    "kn_born": "ನನ್ನ ಜನ್ಮ ದಿನಾಂಕ 21/07/1986.",
    "eu_date_first": "1976ko urriaren 14an jaio nintzen.",
    "ga_ordinal": "Rugadh m'iníon ar an 3ú Meitheamh 1999.",
    "gd_born": "Rugadh mi air 17 An Lùnastal 1963.",
    "mt_born": "Twelidt fit-12 ta' Jannar 1974.",
    "ky_first_person": "Мен 1987-жылы 9-апрелде туулгам.",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(BIRTHS))
def test_a_birth_date_in_these_languages_is_a_dob(case: str, content: str) -> None:
    assert "dob" in _kinds("transcript", BIRTHS[case], content)


APPOINTMENTS = {
    "bg_visit": "Часът ви е на 17.02.2031 г. в десет.",
    "ga_visit": "Tá do choinne ar an 4 Márta 2031.",
    "af_visit": "Jou afspraak is op 12 Januarie 2031.",
    "mn_visit": "Таны уулзалт 2031 оны 11 сарын 2-нд.",
    "ga_birthday_no_year": "Tá mo lá breithe ar an 9 Samhain.",
    "af_born_place": "Ek is gebore in Bloemfontein en woon nou in Durban.",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(APPOINTMENTS))
def test_an_appointment_date_is_no_dob(case: str, content: str) -> None:
    assert "dob" not in _kinds("transcript", APPOINTMENTS[case], content)


FIELDS = {
    "claim_injury": {"claim_ref": "CL-77120", "injury": "sprained neck and a cracked rib"},
    "claim_injuries": {"policy": "HX-551", "injuries": "burns to both hands"},
    "claim_description": {"claim": "C-1", "injury_description": "dislocated shoulder"},
    "claim_es": {"siniestro": "S-9", "lesiones": "fractura de tobillo"},
    "loan_debt_number": {"applicant_id": "A-4410", "existing_debt": 12400},
    "loan_arrears": {"account": "R-22", "rent_arrears": 1850.5},
    "loan_debts_nested": {"application": {"outstanding_debts": 7300, "term": 36}},
    "employment_status": {"applicant_id": "A-7", "employment_status": "unemployed since June"},
    "benefits": {"household": 3, "benefits": "universal credit and carer's allowance"},
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(FIELDS))
def test_a_claim_or_application_field_is_sensitive(case: str, content: str) -> None:
    assert "sensitive" in _kinds("tool.result", json.dumps(FIELDS[case]), content)


PLAIN_FIELDS = {
    "vehicle_damage": {"policy_number": "POL-0001", "vehicle_damage": "cracked windscreen"},
    "debt_zero": {"applicant_id": "A-1", "existing_debt": 0},
    "debtor_ref": {"debtor_ref": "REF-88120", "amount": 42.5},
    "pension_product": {"product": "pension plan", "annual_fee": 0.75},
    "health_check": {"service": "health check", "price": 49},
    "employment_full_time": {"applicant_id": "A-8", "employment_status": "full-time"},
    "plan_benefits": {"plan": "Gold", "benefits": "free parking and gym access"},
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(PLAIN_FIELDS))
def test_a_claim_or_product_field_alone_is_no_disclosure(case: str, content: str) -> None:
    assert "sensitive" not in _kinds("tool.result", json.dumps(PLAIN_FIELDS[case]), content)
