"""Sensitive disclosures in the words and inflections of more languages, by class.

Conditions named by their treatment or their everyday name, money trouble, courts and
sentences, immigration status, loss and faith, in the first person of languages that drop
the subject ("tengo", "έχω", "beru"), about a relative, inside nested JSON and tool
payloads; and for each language the business talk that shares the words. All invented.
"""

from __future__ import annotations

import json

import pytest
from _builders import pii_kinds as _kinds

pytest.importorskip("phonenumbers")

MODES = ["forbid", "allow"]

HEALTH = {
    "en_seizures": "my son has a seizure disorder so he can't travel alone",
    "en_arv": "my brother takes antiretrovirals every morning",
    "en_bp": "I'm on blood pressure tablets and they make me dizzy",
    "en_burnout": "I'm off with burnout, please email instead of calling",
    "es_infarto": "a mi padre le dio un infarto y sigue en rehabilitación",
    "es_trastorno": "tengo trastorno bipolar y a veces no contesto",
    "es_overdose": "mi primo está en la uci por una sobredosis",
    "pt_depressao": "tô com crise de ansiedade e não consigo sair",
    "pt_remedio": "preciso do meu remédio de pressão amanhã",
    "pt_tratamento": "minha esposa faz tratamento de hemodiálise",
    "it_infarto": "mio marito ha avuto un infarto la settimana scorsa",
    "it_riabilitazione": "sono in riabilitazione dopo l'intervento chirurgico",
    "fr_diabete": "je suis diabétique et j'ai besoin d'insuline au frais",
    "fr_arret": "je suis en arrêt maladie pour un burn-out",
    "de_reha": "ich bin seit April in der Reha nach dem Schlaganfall",
    "nl_burnout": "mijn vrouw zit thuis met een burn-out",
    "nl_overspannen": "ik ben overspannen en zit ziek thuis",
    "sv_sjukskriven": "jag är sjukskriven för utmattningssyndrom",
    "no_avhengig": "broren min er rusavhengig og bor på institusjon",
    "da_syg": "jeg er sygemeldt med stress og angst",
    "fi_masennus": "minulla on masennus ja syön lääkkeitä",
    "pl_leczenie": "jestem w trakcie chemioterapii i źle się czuję",
    "pl_onkolog": "mój tata leczy się onkologicznie od roku",
    "cs_antidepresiva": "beru antidepresiva od zimy",
    "cs_lecba": "manželka je v léčbě kvůli rakovině",
    "sk_liecba": "mám cukrovku a liečim sa inzulínom",
    "ru_hiv": "у меня ВИЧ и я на терапии",
    "ru_lechenie": "я прохожу лечение от гепатита",
    "uk_likuvannia": "мій син на лікуванні від епілепсії",
    "el_sklirynsi": "έχω διαβήτη και παίρνω ινσουλίνη",
    "el_nosokomeio": "η μητέρα μου είναι στο νοσοκομείο με εγκεφαλικό",
    "tr_seker": "şeker hastasıyım, tatlı göndermeyin lütfen",
    "tr_ilac": "antidepresan kullanıyorum ve uykum ağır",
    "ro_boala": "am depresie și iau tratament de un an",
    "hu_beteg": "depressziós vagyok és gyógyszert szedek",
    "vi_chay_than": "bố tôi phải chạy thận mỗi tuần",
    "id_penyakit": "saya punya penyakit jantung dan harus kontrol rutin",
    "ms_pesakit": "saya pesakit kencing manis",
    "tl_ospital": "naka-confine ang nanay ko sa ospital",
    "sw_shinikizo": "nina shinikizo la damu na natumia dawa",
    "yo_aisan": "mo ni àìsàn ọkàn, mo nílò ìsinmi",
    "ha_ciwo": "ina da ciwon sukari tun bara",
    "zu_gula": "ngiyagula, ngisesibhedlela",
    "ar_sukkari": "أنا عندي ضغط دم وسكري",
    "ar_autism": "ابنتي عندها طيف التوحد",
    "fa_bimar": "من بیماری قلبی دارم",
    "ur_sugar": "میری امی کو شوگر ہے",
    "hi_sugar": "मुझे शुगर है और इलाज चल रहा है",
    "bn_osustho": "আমার বাবা খুব অসুস্থ",
    "he_fertility": "אני עוברת טיפולי הפריה",
    "he_sick": "אבא שלי חולה בסוכרת",
    "ko_cancer": "어머니가 암 수술을 받으셨어요",
    "ko_treatment": "제가 항우울제를 먹고 있어요",
    "ja_stroke": "母が脳梗塞で倒れました",
    "zh_bp": "我爸有高血压，一直在吃药",
    "am_sick": "እናቴ ታማለች ሆስፒታል ናት",
    "hi_en": "mujhe sugar hai aur bp bhi high rehta hai",
    "ar_latn": "ana 3andi sokkar w daght",
}

MONEY = {
    "en_default": "I defaulted on my car loan last spring",
    "en_missed": "I've missed three mortgage payments",
    "es_atrasado": "estoy atrasado con la renta desde marzo",
    "es_buro": "estoy en buró de crédito por una tarjeta",
    "pt_nome_sujo": "tô com o nome sujo no serasa",
    "pt_devendo": "estou devendo três parcelas do carro",
    "it_rate": "non riesco a pagare le rate del mutuo",
    "fr_impayes": "j'ai des loyers impayés et je suis fiché à la banque de france",
    "de_mahn": "ich habe einen Mahnbescheid bekommen und kann die Miete nicht bezahlen",
    "nl_achterstand": "ik heb een huurachterstand van drie maanden",
    "sv_skuld": "jag har betalningsanmärkningar och skulder hos kronofogden",
    "fi_maksu": "minulla on maksuhäiriömerkintä",
    "pl_zaleglosci": "nie stać mnie na ratę, mam zaległości w płatnościach",
    "cs_dluh": "přišel jsem o práci a nemám na nájem",
    "ru_prosrochka": "у меня просрочка по кредиту и звонят приставы",
    "uk_borg": "я втратила роботу і маю заборгованість",
    "el_xreos": "χρωστάω στην εφορία και δεν μπορώ να πληρώσω",
    "tr_odeyemedim": "kredi kartı borcumu ödeyemedim",
    "ro_datorii": "nu pot plăti ratele, am rămas fără loc de muncă",
    "hu_tartozas": "kirúgtak és nem tudom kifizetni a hitelt",
    "vi_no": "tôi bị siết nợ vì thua lỗ",
    "id_pinjol": "saya terjerat pinjol dan gagal bayar",
    "tl_utang": "hindi ako makabayad ng utang ko",
    "hi_loan": "मेरा लोन डिफ़ॉल्ट हो चुका है",
    "hi_en": "meri job chali gayi aur karza bahut hai",
    "ar_debt": "أنا مديونة ومش قادرة أدفع",
    "ko_debt": "제가 대출을 못 갚고 있어요",
}

LEGAL = {
    "en_protective": "I have a protective order against my ex",
    "en_suspended": "I got a suspended sentence last year",
    "es_orden": "tengo una orden de alejamiento contra mi expareja",
    "es_condena": "mi hermano está condenado a dos años",
    "es_en": "my abogado dice que the demanda sigue abierta",
    "pt_processo": "estou sendo processado pelo antigo patrão",
    "pt_tornozeleira": "meu filho usa tornozeleira eletrônica",
    "it_domiciliari": "mio fratello è ai domiciliari",
    "fr_sursis": "j'ai été condamné avec sursis",
    "de_vorstrafe": "ich habe eine Vorstrafe wegen Betrugs",
    "nl_enkelband": "mijn zoon heeft een enkelband en een taakstraf",
    "sv_dom": "min man är dömd och avtjänar straff",
    "no_dom": "jeg er dømt og har besøksforbud",
    "da_dom": "min søn er sigtet for vold",
    "fi_tuomio": "olen saanut ehdollisen tuomion",
    "pl_wyrok": "dostałem wyrok w zawieszeniu",
    "cs_trest": "jsem trestně stíhaný a mám podmínku",
    "ru_srok": "мой муж отбывает срок в колонии",
    "ru_sudim": "у меня судимость и запрет на выезд",
    "uk_sud": "мене засудили умовно",
    "el_dikastirio": "καταδικάστηκα πέρσι και έχω ποινικό μητρώο",
    "tr_dava": "hakkımda ceza davası açıldı",
    "ro_dosar": "am dosar penal și nu pot pleca din țară",
    "he_record": "יש לי רישום פלילי ואני צריך עזרה",
    "he_indictment": "הוגש נגדי כתב אישום",
    "ar_court": "أخويا محكوم عليه بالسجن",
    "hi_case": "मेरे भाई पर मुकदमा चल रहा है",
}

IMMIGRATION_LOSS_FAITH = {
    "es_asilo": "pedí asilo y todavía no tengo papeles",
    "es_visa": "mi visa se venció hace dos meses",
    "pt_visto": "meu visto expirou e estou irregular",
    "it_permesso": "ho il permesso di soggiorno scaduto",
    "fr_titre": "mon titre de séjour a expiré",
    "de_aufenthalt": "meine Aufenthaltserlaubnis ist abgelaufen",
    "nl_verblijf": "ik heb geen verblijfsvergunning",
    "ru_vnzh": "у меня просроченная виза",
    "tr_vize": "vize süresi doldu, şu an kaçak durumdayım",
    "id_izin": "izin tinggal saya sudah habis",
    "en_green_card": "my green card expired and I'm scared to travel",
    "tr_kaybettik": "geçen ay annemi kaybettim",
    "tr_rahmetli": "rahmetli eşimin hesabını kapatmak istiyorum",
    "vi_mat": "chồng tôi mới mất tháng trước",
    "vi_tu_tran": "ông nội tôi đã từ trần",
    "am_died": "አባቴ ባለፈው ሳምንት ሞተ",
    "ar_latn_death": "mama et-waffet min osbo3en",
    "ar_latn_rahmo": "abouya allah yer7amo",
    "ar_died": "والدي مات الشهر الماضي",
    "fa_died": "پدرم فوت کرده",
    "it_perso": "ho perso mio marito a gennaio",
    "fr_perdu": "j'ai perdu ma mère en mars",
    "es_perdi": "perdí a mi esposo el año pasado",
    "pt_perdi": "perdi minha mãe semana passada",
    "nl_verloren": "ik heb mijn vader verloren",
    "de_verloren": "ich habe meinen Mann verloren",
    "pl_stracilam": "straciłam męża w zeszłym roku",
    "ru_poteryal": "я потерял жену весной",
    "el_exasa": "έχασα τον πατέρα μου τον Μάιο",
    "id_almarhum": "almarhum suami saya punya rekening di sini",
    "yo_ku": "bàbá mi ti papòdà",
    "zu_shonile": "umama wami ushonile",
    "bn_roja": "আমরা রোজা রাখি তাই সন্ধ্যায় আসব",
    "hi_jain": "हमारा परिवार जैन धर्म मानता है",
    "hi_fast": "मैं मुसलमान हूँ और रोज़ा रखता हूँ",
    "ur_roza": "میرا روزہ ہے اس لیے شام کو آؤں گا",
    "es_religion": "soy testigo de jehová y no acepto transfusiones",
    "pt_religion": "sou evangélica e não trabalho no sábado",
    "en_fasting": "I'm fasting for Ramadan so please deliver after sunset",
    "en_jain": "we are Jain so no onions or garlic please",
    "pt_gay": "sou homossexual e meu pai não sabe",
    "vi_gay": "tôi là người chuyển giới",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize(
    "text",
    list(HEALTH.values()) + list(MONEY.values()) + list(LEGAL.values())
    + list(IMMIGRATION_LOSS_FAITH.values()),
    ids=list(HEALTH) + list(MONEY) + list(LEGAL) + list(IMMIGRATION_LOSS_FAITH),
)  # fmt: skip
def test_a_disclosure_in_more_words_and_languages_is_found(text: str, content: str) -> None:
    assert "sensitive" in _kinds("lk.user_transcript", text, content)


BUSINESS = {
    "en_cardiology_queue": json.dumps({"transferred_to": "Dr. Ines Varga", "queue": "cardiology"}),
    "en_oncology_floor": "the oncology department is on the third floor",
    "en_burnout_report": "our report on agent burnout is attached",
    "en_pharmacy": "is the pharmacy open on Sunday, I need to pick up a prescription",
    "en_am": "the clinic opens at 9 am and the lab at 10 am",
    "en_default_settings": "reset the router to its default settings",
    "en_lost_card": "I lost my card yesterday, can you block it",
    "en_death_star": "do you have the lego death star in stock",
    "es_sin_embargo": "sin embargo, quiero cambiar la fecha de entrega",
    "es_tratamiento_datos": "acepto el tratamiento de datos personales",
    "es_demanda": "hay mucha demanda de este modelo",
    "es_asilo_nido": "la guardería y el asilo están cerrados el lunes",
    "pt_remedio_loja": "vocês vendem remédio para dor de cabeça sem receita",
    "pt_processo": "o processo de compra foi concluído",
    "it_disturbo": "scusi il disturbo, volevo chiedere un'informazione",
    "it_ansia": "che ansia questo traffico, arrivo tardi",
    "fr_proces_verbal": "le procès-verbal de la réunion est en ligne",
    "fr_greffe": "le greffe du tribunal est fermé le mercredi",
    "de_gekuendigt": "ich habe meinen Handyvertrag gekündigt",
    "de_angst": "keine Angst, ich warte gern",
    "nl_opgenomen": "dit gesprek wordt opgenomen voor trainingsdoeleinden",
    "nl_behandeling": "uw aanvraag is in behandeling",
    "nl_incasso": "ik wil de automatische incasso stopzetten",
    "sv_dog": "min hund heter Dog och jag vill boka trim",
    "sv_dom": "domen i matchen var bra",
    "no_avhengig": "prisen er avhengig av størrelsen",
    "fi_leikkaus": "hiustenleikkaus maksaa kolmekymmentä euroa",
    "pl_odszedl": "mój kolega odszedł z firmy w maju",
    "cs_podminky": "souhlasím s obchodními podmínkami",
    "ru_operatsiya": "операция по карте не прошла",
    "ru_srok": "какой срок доставки в Казань",
    "el_ogkos": "ποιος είναι ο όγκος της αποσκευής",
    "tr_kaybettim": "kartımı kaybettim, yenisini istiyorum",
    "tr_hasta": "hastane randevumu değiştirmek istiyorum",
    "ro_sarcina": "am o sarcină nouă la serviciu",
    "hu_fuggo": "a függő tételeket ellenőrzöm",
    "vi_mat_dien": "nhà tôi bị mất điện từ sáng",
    "vi_mat_the": "em vừa mất thẻ ngân hàng",
    "id_operasi": "jam operasi toko sampai jam sembilan",
    "ar_info": "أريد معلومات عن المنتج",
    "ar_press": "اضغط على الزر للمتابعة",
    "ar_city": "أنا في المدينة الآن",
    "fa_football": "من فوتبال دوست دارم",
    "ur_transfer": "میں رقم کا انتقال کرنا چاہتا ہوں",
    "hi_recruit": "मैं भर्ती के बारे में पूछना चाहता हूँ",
    "hi_surname": "मेरा नाम अनीता जैन है",
    "he_mandatory": "יש לי שאלה על שדה חובה בטופס",
    "he_dept": "אני רוצה לדבר עם המחלקה",
    "ko_outage": "제가 쓰는 시스템에 장애가 났어요",
    "ko_heritage": "저는 문화 유산 투어를 예약하고 싶어요",
    "am_motor": "የመኪናዬ ሞተር ተበላሽቷል",
    "bn_app": "আমি অ্যাপ ব্যবহার করতে চাই",
    "ha_inside": "ina son in yi oda",
    "ar_latn_wafa": "ana wafa w 3ayza a3raf el as3ar",
    "hi_en_main": "main order cancel karna chahta hoon",
    "yo_ok": "mo fẹ́ ra bàtà tuntun",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("text", list(BUSINESS.values()), ids=list(BUSINESS))
def test_business_talk_sharing_the_words_stays_clean(text: str, content: str) -> None:
    assert "sensitive" not in _kinds("lk.user_transcript", text, content)


FIELDS = {
    "tani": json.dumps({"hasta_no": "A-77", "tani": "kronik böbrek yetmezliği"}),
    "diagnoza": json.dumps({"pacjent": "P-12", "diagnoza": "astma oskrzelowa"}),
    "medicamentos": json.dumps({"cliente": "C-3", "medicamentos": "losartana 50mg"}),
    "diagnos_sv": json.dumps({"patient_id": "9", "diagnos": "typ 2-diabetes"}),
    "sebep_tr": json.dumps({"randevu": "R-4", "sebep": "kemoterapi sonrası kontrol"}),
    "motivo_es": json.dumps({"cita": "C-8", "motivo_consulta": "seguimiento de la depresión"}),
    "ziekte_nl": json.dumps({"klant": "K-2", "ziekte": "reuma"}),
    "summary": json.dumps({"summary": "The caller mentioned a bipolar diagnosis"}),
    "reason_for_call": json.dumps({"reason_for_call": "lost job, asks for a payment break"}),
}


@pytest.mark.parametrize(
    "value",
    [
        json.dumps({"summary": "caller asked about cancer screening prices"}),
        json.dumps({"summary": "caller asked for the oncology department opening hours"}),
        json.dumps({"reason_for_call": "card declined at the pharmacy"}),
    ],
)
def test_a_summary_of_an_errand_is_no_disclosure(value: str) -> None:
    assert "sensitive" not in _kinds("lk.function_tool.output", value, "allow")


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("value", list(FIELDS.values()), ids=list(FIELDS))
def test_a_sensitive_field_named_in_another_language_is_one(value: str, content: str) -> None:
    assert "sensitive" in _kinds("lk.function_tool.output", value, content)


def test_a_disclosure_in_nested_messages_is_found() -> None:
    turn = {"type": "text", "content": "mi madre tiene alzhéimer avanzado"}
    value = json.dumps([{"role": "user", "parts": [turn]}], ensure_ascii=False)
    assert "sensitive" in _kinds("gen_ai.input.messages", value, "allow")


def test_a_disclosure_quoted_in_an_error_status_is_found() -> None:
    value = "Routing failed for utterance: my wife has a heart condition and needs a callback"
    assert "sensitive" in _kinds("otel.status_description", value, "forbid")


TONGUES = {
    "ca_cancer": "la meva mare té càncer de pulmó",
    "ca_death": "el meu avi va morir dijous",
    "ca_debt": "estic a l'atur i tinc deutes amb el banc",
    "hr_cancer": "moja sestra ima rak dojke",
    "hr_death": "moj djed je preminuo u bolnici",
    "hr_prison": "moj brat je u zatvoru već godinu",
    "sr_debt": "незапослен сам и имам дугове",
    "sl_pregnant": "moja žena je noseča",
    "bg_death": "майка ми почина вчера",
    "bg_pregnant": "бременна съм в шестия месец",
    "sk_death": "môj otec zomrel v nemocnici",
    "sk_debt": "som nezamestnaný a mám dlhy",
    "lt_cancer": "mano tėvas serga vėžiu",
    "lv_hospital": "mana māte ir slimnīcā",
    "et_cancer": "mu isal on vähk",
    "af_death": "my ma is gister oorlede",
    "af_pregnant": "ek is swanger met ons tweede",
    "az_death": "atam dünən vəfat etdi",
    "kk_sick": "менің анам ауруханада жатыр",
    "uz_cancer": "onamda saraton kasalligi bor, mening onam",
    "hy_cancer": "մայրս քաղցկեղ ունի, ես շատ անհանգիստ եմ",
    "so_death": "aabahay wuu dhintay toddobaadkii hore",
    "ta_cancer": "என் அம்மாவுக்கு புற்றுநோய் உள்ளது",
    "te_diabetes": "నాకు మధుమేహం ఉంది",
    "mr_death": "माझे आजोबा काल वारले",
    "pa_sick": "ਮੇਰੀ ਮਾਂ ਬਿਮਾਰ ਹੈ",
    "gu_hospital": "મારા પિતા હોસ્પિટલમાં છે",
    "ne_cancer": "मेरो बुबालाई क्यान्सर छ",
    "si_diabetes": "මට දියවැඩියා තියෙනවා",
    "km_cancer": "ម្តាយខ្ញុំមានជំងឺមហារីក",
    "ka_hospital": "დედა ჩემი საავადმყოფოშია, მე ვარ მისი შვილი",
    "th_death": "พ่อผมเสียแล้วเมื่อเดือนก่อน",
    "sv_dog": "min pappa dog i våras",
    "hi_en_death": "meri nani ki death ho gayi kal",
    "it_soffro": "soffro di attacchi di panico",
    "tr_kanserim": "kanserim, randevuyu erteleyebilir miyiz",
    "en_icu": "my brother is in the ICU since Sunday",
    "en_family_court": "my ex-husband took me to court over the kids",
    "en_just_passed": "my auntie just passed and I'm sorting her phone contract",
    "es_bebe": "mi mujer está esperando un bebé para junio",
    "pt_processo": "meu marido está respondendo a um processo",
    "fr_proces": "j'ai un procès aux prud'hommes en mars",
    "de_gericht": "mein Mann hat morgen einen Gerichtstermin",
    "it_udienza": "ho un'udienza a maggio per la separazione",
    "nl_rechtbank": "mijn broer moet naar de rechtbank",
    "it_bambino": "io e mio marito aspettiamo un bambino",
    "nl_homo": "mijn zoon is homo, ik ben homo ook",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("text", list(TONGUES.values()), ids=list(TONGUES))
def test_a_disclosure_in_a_language_of_its_own_is_found(text: str, content: str) -> None:
    assert "sensitive" in _kinds("lk.user_transcript", text, content)


TONGUES_BUSINESS = {
    "es_es": "¿es aquí la unidad de diálisis o en la otra planta?",
    "it_ma": "ma il reparto di oncologia a che piano si trova?",
    "it_mano": "posso pagare a mano in contanti?",
    "sv_som": "har ni produkter som passar för diabetiker?",
    "sv_skolor": "mina barn går i två olika skolor",
    "tl_kasal": "magkano ang kasal package ninyo?",
    "fr_rase": "je me rase avant la réunion",
    "ka_validation": "ვალიდაცია ვერ მოხერხდა, სცადეთ თავიდან",
    "ru_hard": "мне трудно найти кнопку оплаты",
    "bg_hard": "трудно ми е да намеря магазина",
    "hr_closed": "moja trgovina je zatvorena nedjeljom",
    "af_fault": "dit is nie my skuld nie, die pakkie is laat",
    "ca_stopped": "la meva comanda s'ha aturat a la duana",
    "lv_en_man": "the man at the desk said the oncology unit is closed",
    "th_broken": "รถของผมเสียครับ ต้องการช่าง",
    "my_ended": "ကျွန်တော် အော်ဒါ မှာချင်ပါတယ်",
    "ta_what": "என்ன நேரம் கடை திறக்கும்?",
    "uz_men": "men buyurtma bermoqchiman",
    "az_tr": "mən sifariş vermək istəyirəm",
    "sk_som": "som spokojný s objednávkou",
    "en_bp_monitor": "I'd like to order the high blood pressure monitor in white",
    "en_we_lenders": "we are a licensed debt counselling service, how can I help",
    "en_malaria": "do I need malaria tablets for my trip to Kenya",
    "en_inmate_calls": "I'm calling to top up an inmate phone account",
    "pt_visa_travel": "quero saber o status do meu visto de turista",
    "sv_work": "jag jobbar på sjukhuset och vill beställa lunch",
    "id_insurance": "saya mau tanya asuransi penyakit kritis dan asuransi kematian",
    "ru_insurance": "я хочу оформить страховку на случай смерти",
    "ro_insurance": "vreau o asigurare de deces pentru familie",
    "tr_visa": "vize süresi ne kadar, ben turistim",
    "en_our_clinic": "our clinic offers chemotherapy and dialysis services",
    "en_our_pharmacy": "our pharmacy delivers insulin and test strips",
    "en_my_company": "my company handles debt collection for utilities",
    "en_funeral_packages": "our funeral packages start at two thousand",
    "es_nuestra_clinica": "nuestra clínica ofrece diálisis los sábados",
    "en_just_passed_exam": "I just passed my driving test, can I add it to my insurance",
    "es_esperando_paquete": "estoy esperando un paquete desde el lunes",
}


@pytest.mark.parametrize("text", list(TONGUES_BUSINESS.values()), ids=list(TONGUES_BUSINESS))
def test_business_talk_in_those_languages_stays_clean(text: str) -> None:
    assert "sensitive" not in _kinds("lk.user_transcript", text, "allow")


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize(
    "said", ["mi madre tiene alzhéimer avanzado", "у моего мужа диабет", "אבא שלי חולה בסרטן"]
)
def test_a_disclosure_in_messages_with_escaped_letters_is_found(said: str, content: str) -> None:
    value = json.dumps([{"role": "user", "content": said}])  # "\u00e9" as json.dumps writes
    assert "\\u" in value
    assert "sensitive" in _kinds("gen_ai.input.messages", value, content)


def test_escaped_business_talk_stays_clean() -> None:
    value = json.dumps([{"role": "user", "content": "¿a qué hora abre la farmacia?"}])
    assert "sensitive" not in _kinds("gen_ai.input.messages", value, "allow")
