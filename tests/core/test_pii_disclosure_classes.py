"""Sensitive disclosures by class, per language: said without the first lexicon's words.

Each class (conditions and treatments, money trouble, legal matters, loss, pregnancy,
immigration status, orientation, religion) in several languages and scripts, framed in
the first person, about a named relative, or echoed by an agent; and, for each language,
business talk that uses the same words and must stay clean. All values are invented.
"""

from __future__ import annotations

import pytest
from _builders import pii_kinds as _kinds
from hypothesis import given, settings
from hypothesis import strategies as st

from pytest_patter_trace.core._pii import disclosure
from pytest_patter_trace.core._pii.hit import Hit

pytest.importorskip("phonenumbers")

MODES = ["forbid", "allow"]


DISCLOSURES = {
    # Conditions and treatments.
    "en_hospice": "we moved my aunt Odile into a hospice last week",
    "en_palliative": "my grandad is on palliative care so mornings are hard",
    "en_addiction": "I'm a recovering alcoholic, please no wine in the hamper",
    "en_therapy": "I see my therapist on Thursdays so I need another slot",
    "en_surgery": "I had a knee replacement and can't climb stairs yet",
    "en_hiv": "my partner is HIV positive and needs the private room",
    "de_sucht": "mein Bruder ist in einer Suchtklinik und kann nicht unterschreiben",
    "es_quimio": "a mi hermana le están dando radioterapia cada mañana",
    "fr_handicap": "mon fils est handicapé, il nous faut une place près de la porte",
    "pt_cirurgia": "fiz uma cirurgia no joelho e preciso de ajuda com as malas",
    "it_ricovero": "mia madre è stata operata al cuore ieri",
    "nl_ziekenhuis": "mijn vader ligt in het ziekenhuis na een hartaanval",
    "pl_choroba": "moja żona ma raka piersi i jest po chemii",
    "cs_nemoc": "můj syn má cukrovku a potřebuje inzulín",
    "tr_tedavi": "annem kemoterapi tedavisi görüyor",
    "tr_bagimlilik": "oğlum uyuşturucu bağımlılığı yüzünden klinikte",
    "ru_hospital": "мой муж лежит в больнице после инсульта",
    "uk_hospital": "моя мама в лікарні, у неї інсульт",
    "vi_benh": "mẹ tôi đang nằm viện vì suy thận",
    "id_sakit": "suami saya dirawat di rumah sakit karena stroke",
    "sw_ukimwi": "mama yangu ana ukimwi na anatumia dawa kila siku",
    "sw_kisukari": "nina kisukari kwa hiyo siwezi kula sukari",
    "ar_kimo": "والدتي تتلقى العلاج الكيماوي هذا الشهر",
    "ko_surgery": "저희 아버지가 수술을 받으셔서 예약을 미뤄야 해요",
    "zh_aids": "我哥哥得了艾滋病，需要换个时间",
    "zh_tumor": "我爸爸查出了肿瘤，在做化疗",
    "ja_operation": "父が手術を受けるので来週は行けません",
    "th_hiv": "พี่ชายของผมติดเชื้อเอชไอวี",
    "hi_hospital": "मेरे पिता अस्पताल में भर्ती हैं",
    "he_chemo": "אמא שלי עוברת כימותרפיה",
    # Money trouble.
    "en_arrears": "I'm two months in arrears on the mortgage, can we set up a plan",
    "en_collections": "my account got sent to collections and I want it sorted",
    "en_loan_refused": "the bank refused my loan so I can't pay the deposit",
    "en_redundant": "I was made redundant in May and money is tight",
    "en_food_bank": "we've been using the food bank since my hours were cut",
    "es_deuda": "estoy endeudado hasta el cuello con la tarjeta",
    "es_desahucio": "nos van a desahuciar el mes que viene",
    "fr_huissier": "j'ai un huissier qui menace de saisir mes meubles",
    "de_schulden": "ich bin hoch verschuldet und die Bank hat meinen Kredit abgelehnt",
    "it_debiti": "sono pieno di debiti e mi hanno pignorato lo stipendio",
    "pt_despejo": "vou ser despejada do meu apartamento",
    "pl_dlug": "mam długi i komornik zajął mi konto",
    "uk_borg": "у мене великі борги за кредитом",
    "ru_dolg": "я потерял работу и не могу платить кредит",
    "tr_icra": "maaşıma icra geldi, ödeme yapamıyorum",
    "vi_no": "tôi đang nợ ngân hàng rất nhiều tiền",
    "vi_unemployed": "chồng tôi bị thất nghiệp từ tháng ba",
    "sw_deni": "nina deni kubwa benki na sina kazi",
    "ja_taino": "家賃を三ヶ月滞納しています",
    "zh_owe": "我欠了银行很多钱",
    "ko_debt": "제가 빚이 많아서 카드 연체 중이에요",
    "ar_debt": "أنا عاطل عن العمل ولا أستطيع الدفع",
    "th_debt": "ผมเป็นหนี้บัตรเครดิตหลายแสน",
    "hi_debt": "मुझ पर बहुत कर्ज़ है और नौकरी चली गई",
    # Legal matters.
    "en_police": "my son was picked up by the police last night",
    "en_summons": "I got a court summons about the accident",
    "en_sued": "my landlord is suing me for the damage",
    "en_record": "I have a felony conviction from years ago",
    "es_demanda": "me han demandado por la deuda del coche",
    "fr_proces": "mon mari est en prison depuis janvier",
    "de_anzeige": "gegen mich läuft ein Strafverfahren",
    "pl_sad": "mam rozprawę w sądzie w przyszły wtorek",
    "cs_soud": "můj bratr byl odsouzen a je ve vězení",
    "tr_mahkeme": "boşanma davam mahkemede devam ediyor",
    "uk_court": "мене викликали до суду як обвинуваченого",
    "vi_toa": "anh trai tôi phải ra tòa vì tội lừa đảo",
    "id_polisi": "adik saya ditahan polisi karena narkoba",
    "zh_court": "我被前公司告上法庭了",
    "ja_court": "夫が起訴されて弁護士を探しています",
    "ko_lawsuit": "제가 지금 소송 중이라서 서류가 필요해요",
    "ar_court": "أخي في السجن منذ شهرين",
    "sw_court": "kaka yangu alikamatwa na polisi jana",
    # Loss.
    "en_memorial": "we're arranging my uncle's cremation on Friday",
    "en_grief": "I'm still grieving, my brother took his own life",
    "es_entierro": "mañana es el entierro de mi abuela",
    "pt_velorio": "o velório do meu pai é amanhã",
    "de_tod": "meine Mutter ist letzte Woche gestorben",
    "uk_death": "мій батько помер минулого місяця",
    "vi_dam_tang": "tôi phải về quê dự đám tang bố tôi",
    "sw_msiba": "baba yangu alifariki wiki iliyopita",
    "ar_death": "الله يرحمه، زوجي توفي في الحادث",
    "ko_funeral": "제 남편이 지난주에 세상을 떠났어요",
    "th_funeral": "งานศพของพ่อผมวันเสาร์นี้",
    "ja_funeral": "祖母のお通夜があるので休みます",
    "zh_death": "我奶奶的丧礼在周五，我要回老家",
    # Pregnancy.
    "en_weeks": "I'm 30 weeks along, is the seat by the exit free",
    "en_expecting": "my wife is expecting twins in June",
    "fr_enceinte": "ma fille attend un bébé pour l'été",
    "pl_ciaza": "jestem w ciąży i potrzebuję miejsca przy oknie",
    "sw_mimba": "mke wangu ni mjamzito wa miezi saba",
    "ko_pregnant": "저는 임산부라서 앞좌석이 필요해요",
    "zh_pregnant": "我老婆怀孕七个月了",
    "ar_pregnant": "زوجتي حامل في الشهر السابع",
    # Immigration status.
    "en_visa": "my visa ran out and I'm waiting on my asylum claim",
    "en_overstay": "I'm undocumented so I don't have a driving licence",
    "es_papeles": "estoy sin papeles y me da miedo ir a la oficina",
    "de_asyl": "ich habe einen Asylantrag gestellt und warte auf die Duldung",
    "fr_sans_papiers": "je suis sans papiers depuis deux ans",
    "uk_refugee": "я біженець з тимчасовим захистом",
    "ru_refugee": "у меня статус беженца",
    "tr_multeci": "ben mülteciyim, oturma iznim yok",
    "zh_overstay": "我签证过期了，是黑户",
    "ja_overstay": "夫はオーバーステイで入管に収容されています",
    "th_refugee": "ผมเป็นผู้ลี้ภัยครับ",
    "ar_refugee": "أنا لاجئ ولا أملك إقامة",
    # Orientation and religion.
    "en_gay": "I'm gay and my family don't know, please don't call the house",
    "en_religion": "I'm a practising Hindu so no beef in the order please",
    "es_gay": "soy lesbiana y mi pareja vendrá conmigo",
    "de_schwul": "mein Sohn ist schwul und wird deshalb gemobbt",
    "fr_musulman": "je suis musulmane pratiquante, je ne mange pas de porc",
    "tr_escinsel": "ben eşcinselim ve ailem bilmiyor",
    "ru_gay": "я гей, пожалуйста не звоните родителям",
    "zh_gay": "我是同性恋，请不要告诉我家人",
    "ar_atheist": "أنا ملحد ولا أريد أن يعرف أهلي",
    "sw_dini": "mimi ni mwislamu kwa hiyo sili nguruwe",
    "id_agama": "saya mualaf, baru masuk Islam tahun lalu",
    # Agent replies that echo a disclosure.
    "reply_en": "I'm sorry to hear about your husband's stroke, I'll move the booking.",
    "reply_fr": "Toutes mes condoléances pour votre père, nous annulons sans frais.",
    "reply_de": "Das tut mir leid mit Ihrer Scheidung, ich ändere die Adresse.",
    "reply_pt": "Sinto muito pela perda da sua mãe.",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("text", list(DISCLOSURES.values()), ids=list(DISCLOSURES))
def test_a_disclosure_of_each_class_is_found(text: str, content: str) -> None:
    assert "sensitive" in _kinds("lk.user_transcript", text, content)


BUSINESS = {
    "en_clinic_hours": "the clinic opens at 9 and closes at 5",
    "en_pay_bill": "you can pay your bill online or by phone",
    "en_court_booking": "I'd like to book a tennis court for Saturday",
    "en_sorry_wait": "we are sorry for the wait, an agent will be with you shortly",
    "en_debit_card": "can I pay with a debit card",
    "en_overdue_book": "is the library book overdue, I can bring it back today",
    "en_police_station": "where is the nearest police station to the hotel",
    "en_hospital_parking": "how much is parking at the hospital",
    "en_religious_holiday": "are you open on Christmas day",
    "en_therapy_offer": "do you offer physiotherapy sessions on weekends",
    "en_collections_art": "the museum's new collections open in May",
    "en_operation_hours": "what are your hours of operation",
    "en_visa_card": "can I use my Visa card for the deposit",
    "en_dead_line": "the line went dead, can you call me back",
    "en_suing_phrase": "I'm following up on the case number you gave me",
    "en_funeral_home": "what time does the flower shop deliver",
    "en_loan_product": "what is the interest rate on your car loans",
    "en_operation_system": "the operation completed successfully",
    "es_clinica": "la clínica abre a las nueve",
    "es_pagar": "quiero pagar mi factura con tarjeta de débito",
    "fr_tribunal": "le parking est en face du tribunal",
    "de_gericht": "ich möchte das Tagesgericht bestellen",
    "de_kredit": "kann ich mit Kreditkarte zahlen",
    "pt_hospital": "vocês entregam perto do hospital central",
    "pl_dlugo": "czekam bardzo długo na odpowiedź",
    "pl_sad": "czy sad jabłkowy jest otwarty w niedzielę",
    "uk_hours": "коли відкривається ваша аптека",
    "ru_court": "я хочу забронировать столик на двоих",
    "tr_hastane": "hastaneye en yakın şube nerede",
    "vi_no_thanks": "không cần đâu, cảm ơn bạn nhiều",
    "vi_hospital": "cửa hàng gần bệnh viện mở cửa lúc mấy giờ",
    "sw_hours": "mnafungua saa ngapi siku ya Jumapili",
    "sw_bei": "nina swali kuhusu bei ya tiketi",
    "id_hospital": "apakah ada cabang dekat rumah sakit",
    "zh_hours": "你们周日几点开门",
    "zh_owe_nothing": "请问这个订单还欠多少运费",
    "ja_hours": "病院の近くに店舗はありますか",
    "ko_hours": "일요일에도 영업하시나요",
    "ko_late_fee": "연체료는 얼마인가요",
    "ar_hours": "متى يفتح المتجر يوم الجمعة",
    "ar_city": "أريد التوصيل إلى المدينة المنورة",
    "th_hours": "ร้านเปิดกี่โมงครับ",
    "hi_hours": "आपकी दुकान कितने बजे खुलती है",
    "he_hours": "מתי אתם פתוחים ביום שישי",
    "en_collections_mode": "our team is in collections mode this quarter",
    "en_behind_emails": "I'm behind on my emails, can you resend the link",
    "en_cant_afford_to_miss": "I can't afford to miss this flight",
    "en_massage": "can I book a massage therapist for two",
    "en_card_expired": "my Visa expired so I need to update the card on file",
    "en_non_alcoholic": "do you have non-alcoholic wine for my wife",
    "en_came_out": "the package came out of the box damaged",
    "en_expecting_call": "I'm expecting a call from the bank",
    "en_jewish_holidays": "we're closed on Jewish holidays and Christmas",
    "en_account_disabled": "my account is disabled, I can't log in",
    "es_duda": "tengo una duda sobre el envío",
    "es_operado_por": "mi vuelo operado por otra aerolínea se retrasó",
    "de_sucht": "mein Bruder sucht eine neue Wohnung",
    "it_preso": "ho preso il treno delle nove",
    "pt_processado": "meu pagamento foi processado ontem",
    "nl_opname": "de opname van dit gesprek wordt bewaard",
    "pl_long_weekend": "mój długi weekend się kończy",
    "tr_system": "siparişim hâlâ gelmedi, sistem hata veriyor",
    "id_defective": "barang saya cacat, saya mau tukar",
    "sw_customer": "mimi ni mteja wenu wa muda mrefu",
    "ko_self_intro": "제 자기소개를 할게요",
    "ko_savoury": "음식이 고소해요",
    "hi_cancel": "मेरा ऑर्डर कैंसल करना है",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("text", list(BUSINESS.values()), ids=list(BUSINESS))
def test_business_talk_with_the_same_words_stays_clean(text: str, content: str) -> None:
    assert "sensitive" not in _kinds("lk.user_transcript", text, content)


TAGS = {
    "crm.flags": ["priority", "bereaved"],
    "customer.tags": ["debt-collection", "newsletter"],
    "account.labels": "vulnerable_customer",
    "member.segments": ["gold", "financial-hardship"],
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize(("key", "value"), list(TAGS.items()), ids=list(TAGS))
def test_a_sensitive_tag_on_a_person_is_a_disclosure(key: str, value: object, content: str) -> None:
    assert "sensitive" in _kinds(key, value, content)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("crm.flags", ["priority", "newsletter", "vip"]),
        ("product.tags", ["sale", "hospital-grade", "debt-free"]),
        ("http.labels", "court-booking"),
    ],
)
def test_business_tags_are_clean(key: str, value: object) -> None:
    assert "sensitive" not in _kinds(key, value, "allow")


FIELDS = {
    "patient.treatment": "weekly infusions",
    "member.health_notes": "uses a walking frame",
    "caller.mental_health": "under a care plan",
    "customer.vulnerability": "recent bereavement",
    "applicant.residency_status": "temporary protection",
    "guest.religious_affiliation": "Sikh",
    "customer.financial_hardship": "yes, payment holiday agreed",
    "contact.date_of_death": "2024-02-11",
    "kunde.schwangerschaft": "ja, 7. Monat",
    "paciente.enfermedad": "insuficiencia renal",
    "customer.deceased": "true",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize(("key", "value"), list(FIELDS.items()), ids=list(FIELDS))
def test_a_value_under_a_key_naming_a_person_s_circumstance_is_one(
    key: str, value: str, content: str
) -> None:
    assert "sensitive" in _kinds(key, value, content)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("experiment.treatment", "variant_b"),
        ("scan.vulnerabilities", "CVE-2024-0001"),
        ("security.vulnerability", "none found"),
        ("order.status", "shipped"),
        ("customer.deceased", "false"),
    ],
)
def test_keys_of_things_with_the_same_words_are_clean(key: str, value: str) -> None:
    assert "sensitive" not in _kinds(key, value, "allow")


MORE_LANGUAGES = {
    "hu_health": "az anyám kórházban van, rákos beteg",
    "hu_debt": "elvesztettem az állásomat és tartozásom van",
    "hu_death": "a férjem meghalt múlt héten",
    "fi_health": "äitini on sairaalassa syövän takia",
    "fi_debt": "minulla on paljon velkaa ja ulosotto alkoi",
    "fi_death": "isäni kuoli viime viikolla",
    "ro_health": "mama mea este internată în spital",
    "ro_debt": "am datorii mari și sunt șomer",
    "ro_death": "tatăl meu a murit luna trecută",
    "tl_health": "ang nanay ko ay may kanser",
    "tl_death": "namatay ang tatay ko noong isang linggo",
    "tl_debt": "marami akong utang at nawalan ako ng trabaho",
    "fa_health": "مادرم سرطان دارد",
    "fa_death": "پدرم فوت کرد",
    "ur_health": "میری ماں ہسپتال میں داخل ہیں",
    "el_debt": "έχω χρέη και είμαι άνεργος",
    "bn_health": "আমার মায়ের ক্যান্সার হয়েছে",
    "it_debt": "sono disoccupato e ho molti debiti",
    "nl_debt": "ik heb schulden en de deurwaarder komt",
    "sv_health": "min pappa ligger på sjukhus efter en stroke",
    "da_debt": "jeg har gæld og er arbejdsløs",
    "no_health": "moren min er innlagt på sykehus",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("text", list(MORE_LANGUAGES.values()), ids=list(MORE_LANGUAGES))
def test_a_disclosure_in_more_languages_is_found(text: str, content: str) -> None:
    assert "sensitive" in _kinds("lk.user_transcript", text, content)


MORE_BUSINESS = {
    "hu_hours": "mikor nyit a bolt vasárnap",
    "fi_hours": "milloin kauppa aukeaa sunnuntaina",
    "ro_hours": "la ce oră se deschide magazinul",
    "tl_hours": "anong oras kayo magbubukas bukas",
    "fa_hours": "فروشگاه ساعت چند باز می شود",
    "ur_hours": "دکان کتنے بجے کھلتی ہے",
    "bn_hours": "দোকান কখন খোলে",
    "sv_hours": "när öppnar butiken på söndag",
    "da_hours": "hvornår åbner butikken på søndag",
    "no_hours": "når åpner butikken på søndag",
    "fi_hospital": "onko sairaalan lähellä pysäköintiä",
    "hu_hospital": "van parkoló a kórház mellett",
}


@pytest.mark.parametrize("text", list(MORE_BUSINESS.values()), ids=list(MORE_BUSINESS))
def test_business_talk_in_more_languages_stays_clean(text: str) -> None:
    assert "sensitive" not in _kinds("lk.user_transcript", text, "allow")


FRAMINGS = {
    "en_signed_off": "I've been signed off work with stress",
    "en_recovering": "I'm recovering from a stroke, so slowly please",
    "en_lost_baby": "we lost the baby in the spring",
    "en_ccj": "I've got a CCJ against me from an old phone contract",
    "en_debt_plan": "I'm on a debt management plan with a charity",
    "en_benefits_stopped": "my benefits were stopped in June",
    "en_permit": "my residence permit expired and the renewal is stuck",
    "en_same_sex": "my partner and I are a same-sex couple",
    "en_sorry_passed": "I'm so sorry your dad passed, we'll close the account.",
    "en_sorry_job": "sorry to hear you lost your job, we can pause the plan",
    "en_psych_ward": "my cousin is in a psychiatric ward",
    "es_alzheimer": "mi abuela tiene alzhéimer y vive conmigo",
    "pt_preso": "meu primo foi preso na sexta",
    "tr_progressive": "diyabet tedavisi görüyorum",
    "tr_i_am": "hamileyim, koltuk değiştirebilir miyim",
    "ko_i": "저 임신했어요",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("text", list(FRAMINGS.values()), ids=list(FRAMINGS))
def test_a_disclosure_in_another_framing_is_found(text: str, content: str) -> None:
    assert "sensitive" in _kinds("lk.user_transcript", text, content)


BILLING_AND_PLACES = {
    "zh_balance": "请问我的欠款是多少",
    "zh_operating_room": "手术室在几楼",
    "ja_late_fee": "滞納金はいくらですか",
    "ja_floor": "精神科は何階ですか",
    "ko_late_fee": "연체료가 얼마예요? 제가 확인하고 싶어요",
    "ar_near_hospital": "أنا قريب من المستشفى",
    "ar_at_court": "أنا عند المحكمة الآن",
    "ar_disclaimer": "أريد قراءة إخلاء المسؤولية",
    "fa_balance": "بدهی من چقدر است",
    "ur_loan": "میرا قرض کی درخواست کا کیا ہوا",
    "bn_loan": "আমার ঋণের আবেদন কী অবস্থায়",
    "en_wedding_cake": "I'm ordering a cake for a Jewish wedding",
    "en_meal_option": "I'd like the Hindu vegetarian meal option",
    "en_nurse": "I'm a nurse at the hospital and want to order lunch",
}


@pytest.mark.parametrize("text", list(BILLING_AND_PLACES.values()), ids=list(BILLING_AND_PLACES))
def test_a_bill_a_place_or_an_order_is_no_disclosure(text: str) -> None:
    assert "sensitive" not in _kinds("lk.user_transcript", text, "allow")


NAMED = {
    "en_title": "Mrs Adebayo-Lindqvist passed away in March",
    "en_full_name": "Tomasz Wierzbicki was arrested last night",
    "de_title": "Herr Kowalczyk-Brandt ist verstorben",
    "es_full_name": "Lucía Fernández Ortega está embarazada de gemelos",
    "fr_title": "Madame Delacroix-Nguyen est hospitalisée depuis lundi",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("text", list(NAMED.values()), ids=list(NAMED))
def test_a_disclosure_about_a_named_person_is_found(text: str, content: str) -> None:
    assert "sensitive" in _kinds("lk.user_transcript", text, content)


@pytest.mark.parametrize(
    "text",
    [
        "Saint Mary Hospital is open on Sundays",
        "Cancer Research UK runs the shop next door",
        "Dr Patel's clinic has parking for visitors",
        "Memorial Park is where the market is held",
    ],
)
def test_a_named_place_or_charity_is_no_disclosure(text: str) -> None:
    assert "sensitive" not in _kinds("lk.user_transcript", text, "allow")


REPLIES = {
    "de": "Es tut mir leid, dass Ihr Mann im Krankenhaus liegt.",
    "it": "Mi dispiace per la scomparsa di sua madre.",
    "fr": "Je suis désolée pour le décès de votre mère.",
    "tr": "Başınız sağ olsun, aboneliği iptal ettim.",
    "ru": "Примите мои соболезнования, мы закроем счёт.",
    "nl": "Het spijt me van het overlijden van uw vader.",
    "pl": "Przykro mi z powodu śmierci pani męża.",
    "id": "Turut berduka cita atas meninggalnya ayah Anda.",
    "sw": "Pole sana kwa msiba wa baba yako.",
    "en": "Sorry to hear about the eviction, we can hold the deposit.",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("text", list(REPLIES.values()), ids=list(REPLIES))
def test_an_agent_reply_echoing_a_disclosure_is_one(text: str, content: str) -> None:
    assert "sensitive" in _kinds("llm.output_messages.0.message.content", text, content)


@given(st.text(), st.sampled_from(["crm.flags", "customer.tags", "patient.treatment", "x"]))
@settings(max_examples=200, deadline=None)
def test_any_tag_or_named_sentence_is_scanned_without_error(text: str, key: str) -> None:
    hits: list[Hit] = [Hit("name", 0, min(len(text), 3), "N•••")] if text else []
    disclosure.find_sensitive(text, hits)
    disclosure.find_sensitive(f"Mrs {text} passed away", hits)
    disclosure.find_sensitive_fields(key, text, hits)
    assert all(0 <= h.start <= h.end for h in hits)
    assert all(
        h.kind != "sensitive" or h.masked != text[h.start : h.end]
        for h in hits
        if h.end > h.start + 3
    )
