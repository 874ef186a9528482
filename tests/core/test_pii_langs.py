"""Birth dates and sensitive disclosures said in the languages of Africa, the Middle East and Asia.

Hausa, Zulu and Xhosa, Swahili, Yoruba, Igbo, Somali, Amharic, Kazakh, Uzbek, Azerbaijani,
Khmer, Burmese, Lao, Thai, Tagalog, Indonesian and Malay, Vietnamese, Telugu, Tamil,
Malayalam, Marathi, Nepali, Sinhala, Bengali, Urdu, Persian, Pashto, Arabic as spoken in
Egypt, the Levant, the Gulf and the Maghreb, and Korean: the words people use of themselves
and of a relative, in native scripts and romanised, with dates in local digits, orders and
calendars. Next to them, the business talk of the same languages (opening hours, prices, a
device's "health check", a birthday sale, an appointment's date) stays clean. All invented.
"""

from __future__ import annotations

from datetime import date

import pytest
from _builders import pii_kinds as _kinds

pytest.importorskip("phonenumbers")

MODES = ("forbid", "allow")

BIRTHS = {
    "ha_me": "An haife ni ranar 4 ga Maris, 1987.",
    "ha_mother": "An haifi mahaifiyata a ranar 21 ga Yuli 1950.",
    "ha_birthday": "Ranar haihuwata 9 ga Agusta 1991 ce",
    "zu_me": "Ngazalwa ngo-22 kuMashi 1983.",
    "zu_mother": "Umama wazalwa ngomhla ziyi-3 kuJulayi 1961.",
    "xh_me": "Ndazalwa ngomhla we-9 kuMeyi 1990.",
    "sw_me": "Nilizaliwa tarehe 8 Aprili 1992.",
    "yo_me": "Wọ́n bí mi ní ọjọ́ 12 oṣù Kẹta ọdún 1984.",
    "ig_me": "A mụrụ m na 5 Ọktoba 1979.",
    "so_me": "Waxaan dhashay 3 Luulyo 1988.",
    "so_father": "Aabahay wuxuu dhashay 12/03/1955.",
    "am_cleft": "የተወለድኩት መስከረም 7 ቀን 1975 ዓ.ም. ነው",
    "am_mother": "እናቴ ጥር 20 ቀን 1955 ተወለደች።",
    "kk_me": "Мен 1990 жылы 5 наурызда туылдым.",
    "kk_birthday": "Туған күнім: 1985 жылғы 14 қыркүйек.",
    "kk_father": "Әкем 12.04.1956 жылы дүниеге келген.",
    "uz_me": "Men 1993-yil 7-mayda tug'ilganman.",
    "az_me": "Mən 1991-ci il aprelin 9-da doğulmuşam.",
    "km_me": "ខ្ញុំកើតថ្ងៃទី ១២ ខែមេសា ឆ្នាំ ១៩៨៩",
    "my_me": "ကျွန်တော် ၁၉၈၈ ခုနှစ် ဇူလိုင်လ ၁၅ ရက်နေ့မှာ မွေးခဲ့တယ်",
    "lo_me": "ຂ້ອຍເກີດວັນທີ 3 ເດືອນມີນາ 1990",
    "th_abbrev": "แม่ของฉันเกิด 12 ก.ค. 2505",
    "tl_me": "Isinilang ako noong ika-12 ng Hunyo 1986.",
    "ms_me": "Saya dilahirkan pada 9 Ogos 1985.",
    "vi_me": "Tôi sinh ra vào ngày 5 tháng 6 năm 1991",
    "te_me": "నేను 14 ఆగస్టు 1990న పుట్టాను.",
    "ta_me": "நான் 1985 மே 21 அன்று பிறந்தேன்",
    "ml_me": "ഞാൻ 1992 ജനുവരി 8-ന് ജനിച്ചു.",
    "ne_me": "मेरो जन्म २०४५ साल साउन १५ गते भएको हो।",
    "si_me": "මම 1987 ජූලි 4 වන දින උපන්නා.",
    "bn_year_first": "আমার জন্ম ১৯৯০ সালের ৫ মে।",
    "ur_me": "میں 12 مارچ 1985 کو پیدا ہوا تھا۔",
    "fa_me": "من ۱۲ تیر ۱۳۶۵ به دنیا آمدم",
    "ps_me": "زه په ۱۹۸۹ کال د مې په ۱۰ زیږیدلی یم",
    "ar_eg": "أنا اتولدت يوم ١٥ مارس ١٩٨٧",
    "ar_lb": "أنا خلقت ب 12 آب 1985",
    "ar_ma": "أنا تزاديت نهار 4 يونيو 1993",
    "ko_dots": "어머니는 1962. 4. 9. 출생이에요",
    "tl_month_first": "Kaarawan ko ay Marso 3, 1990",
    "fa_zwnj": "پسرم ۳ مهر ۱۳۹۰ به‌دنیا آمد",
    "hi_latn": "mera janam 14 march 1989 ko hua tha",
    "ur_latn": "main 3 july 1975 ko paida hua",
    "ar_latn": "ana etwaladt fi 12/3/1990",
    "ar_ma_latn": "ana tzadit f 4 juin 1993",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(BIRTHS.values()), ids=list(BIRTHS))
def test_a_birth_date_said_in_more_languages_is_found(text: str, mode: str) -> None:
    assert "dob" in _kinds("lk.user_transcript", text, mode)


DISCLOSURES = {
    # Health.
    "ha_bp": "Ina fama da hawan jini kuma ina shan magani.",
    "zu_hiv": "Ngine-HIV futhi ngiphuza amaphilisi nsuku zonke.",
    "zu_heart": "Umama unesifo senhliziyo.",
    "sw_heart": "Mama yangu ana ugonjwa wa moyo.",
    "am_bp": "የደም ግፊት አለብኝ",
    "kk_heart": "Анамның жүрегі ауырады, ол ауруханада жатыр.",
    "km_heart": "ម្តាយខ្ញុំមានជំងឺបេះដូង",
    "my_bp": "ကျွန်မ သွေးတိုးရောဂါ ရှိတယ်",
    "lo_diabetes": "ຂ້ອຍເປັນເບົາຫວານ",
    "th_diabetes": "ผมเป็นเบาหวาน",
    "tl_heart": "May sakit sa puso ang nanay ko.",
    "te_sugar": "నాకు షుగర్ ఉంది, మందులు వాడుతున్నాను",
    "ta_heart": "எனக்கு இதய நோய் இருக்கிறது",
    "ml_diabetes": "എനിക്ക് പ്രമേഹം ഉണ്ട്",
    "ne_diabetes": "मलाई मधुमेह छ",
    "ur_cancer": "میرے ابو کو کینسر ہے",
    "ps_diabetes": "زه د شکرې ناروغي لرم",
    "ar_eg_husband": "جوزي عنده كانسر في الرئة",
    "ar_gulf": "أبوي عنده سكر وضغط",
    "ar_ma": "أنا مريض بالسكر",
    "ko_diabetes": "저는 당뇨가 있어요",
    "ko_depression": "요즘 우울증 약을 먹고 있어요",
    "my_possessive": "ကျွန်တော့်မှာ သွေးတိုးရှိတယ်",
    "ar_eg_the_pressure": "مراتي عندها الضغط وبتاخد دوا",
    "ar_eg_insulin": "أنا باخد إنسولين من سنين",
    "ar_lb_want": "عم بتعالج من السرطان وبدي أأجل الموعد",
    # Addiction.
    "ur_addiction": "میں نشہ چھوڑنے کی کوشش کر رہا ہوں",
    "ar_lb_addict": "أنا مدمن وعم حاول وقف",
    "th_drugs": "ผมติดยามาสองปี",
    "tl_addict": "Lulong ako sa droga noon.",
    "kk_addict": "Мен есірткіге тәуелдімін.",
    "sw_addict": "Kaka yangu ni mraibu wa dawa za kulevya.",
    "en_sober": "my husband has stayed sober since March",
    "en_getting_sober": "I'm getting sober and need fewer late shifts",
    # Money.
    "sw_debt": "Nina madeni mengi na siwezi kulipa.",
    "ha_debt": "Ina cikin bashi mai yawa.",
    "zu_debt": "Nginezikweletu eziningi.",
    "km_debt": "ខ្ញុំជំពាក់លុយធនាគារច្រើន",
    "th_debt": "ฉันติดหนี้บัตรเครดิต",
    "te_debt": "నాకు చాలా అప్పులు ఉన్నాయి",
    "ko_bankruptcy": "작년에 개인회생 신청했어요",
    "ar_gulf_debt": "أنا علي ديون واجد",
    # Legal.
    "ha_arrest": "An kama ɗan'uwana jiya.",
    "zu_arrest": "Ngaboshwa ngonyaka odlule.",
    "sw_jailed": "Kaka yangu amefungwa gerezani.",
    "am_arrest": "ወንድሜ ታሰረ",
    "km_arrest": "ប្តីខ្ញុំត្រូវប៉ូលិសចាប់",
    "my_prison": "ကျွန်တော် ထောင်က ထွက်လာတာ မကြာသေးဘူး",
    "th_jail": "พี่ชายผมติดคุก",
    "th_into_prison": "ลูกชายฉันเข้าคุกไปสองปี",
    "tl_jail": "Nakulong ang kapatid ko.",
    "te_arrest": "మా అన్నయ్యను పోలీసులు అరెస్ట్ చేశారు",
    "ur_jail": "میرا بھائی جیل میں ہے",
    "ar_eg_jail": "أخويا اتسجن الشهر اللي فات",
    "ar_ma_jail": "خويا فالحبس",
    "ko_arrest": "남편이 구속됐어요",
    # Bereavement.
    "ha_death": "Mahaifina ya rasu makon jiya.",
    "sw_death": "Baba yangu amefariki wiki iliyopita.",
    "my_death": "အဖေ ဆုံးသွားပြီ",
    "lo_death": "ພໍ່ຂ້ອຍເສຍຊີວິດແລ້ວ",
    "tl_death": "Namatay ang tatay ko noong isang linggo.",
    "ml_death": "എന്റെ അച്ഛൻ മരിച്ചു",
    "ps_death": "زما پلار مړ شو",
    "ko_death": "아버지가 지난달에 돌아가셨어요",
    # Immigration.
    "sw_visa": "Viza yangu imeisha na sina kibali cha kuishi.",
    "am_visa": "ቪዛዬ አልቋል",
    "kk_visa": "Менің визамның мерзімі өтіп кетті.",
    "ur_visa": "میرا ویزا ختم ہو گیا ہے",
    "ar_lb_residence": "إقامتي خلصت وما عندي أوراق",
    "ko_visa": "제 비자가 만료됐어요",
    "th_visa": "วีซ่าของผมหมดอายุแล้ว",
    # Neighbours.
    "yo_debt": "Mo jẹ gbèsè púpọ̀ ní báńkì",
    "yo_diabetes": "Ìyá mi ní àtọ̀gbẹ",
    "ig_diabetes": "Nne m nwere ọrịa shuga",
    "so_arrest": "Walaalkay waa la xiray toddobaadkii hore",
    "so_drugs": "Aniga waxaan ku qabsaday daroogo",
    "fa_depression": "من افسردگی دارم و دارو می‌خورم",
    "fa_debt": "من خیلی بدهکار هستم",
    "bn_diabetes": "আমার ডায়াবেটিস আছে",
    "mr_diabetes": "मला मधुमेह आहे",
    "si_prison": "මගේ සහෝදරයා හිරේ ඉන්නවා",
    "uz_addict": "Akam giyohvand, davolanmoqda",
    "az_addict": "Qardaşım narkomandır",
    "id_drugs": "Adik saya kecanduan narkoba",
    "ms_bankrupt": "Saya sudah muflis tahun lepas",
    "vi_addict": "Con trai tôi nghiện ma túy",
    "vi_prison": "Chồng tôi đang ngồi tù",
    # Faith.
    "kk_fast": "Мен мұсылманмын, ораза ұстап жүрмін.",
    "sw_fast": "Mimi ni Mwislamu na ninafunga Ramadhani.",
    "ha_fast": "Ina azumi, don Allah ku kawo bayan magariba.",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(DISCLOSURES.values()), ids=list(DISCLOSURES))
def test_a_disclosure_said_in_more_languages_is_found(text: str, mode: str) -> None:
    assert "sensitive" in _kinds("lk.user_transcript", text, mode)


#: Dates in them are in the coming year, whenever the tests run: a birthday sale's date
#: is told from a birth by its year not being reached yet.
_NEXT = date.today().year + 1
BUSINESS = {
    k: v.format(next_year=_NEXT, next_year_be=_NEXT + 543)
    for k, v in {
        "ha_hours": "Shagonmu yana buɗe daga ƙarfe 8 zuwa 5, farashin ₦2,500.",
        "ha_birthday_sale": "Rangwamen ranar haihuwa: kashi 20 har zuwa 12 ga Maris {next_year}.",
        "ha_appointment": "Alƙawarinka ranar 13 ga Nuwamba, 2026 ne.",
        "zu_hours": "Isitolo sivulwa ngo-8 kuya ku-5, intengo ngu-R250.",
        "zu_appointment": "Isikhathi sakho sokubonana ngo-22 kuMashi {next_year}.",
        "sw_birthday_sale": "Ofa ya siku ya kuzaliwa: punguzo hadi tarehe 30 Novemba {next_year}.",
        "sw_appointment": "Miadi yako ni tarehe 12 Machi {next_year} saa nne asubuhi.",
        "sw_health_check": "Ukaguzi wa afya ya betri ni bure leo.",
        "am_hours": "ሱቃችን ከጠዋቱ 2 ሰዓት እስከ ማታ 12 ሰዓት ክፍት ነው",
        "kk_hours": "Дүкен сағат 9-дан 18-ге дейін жұмыс істейді, бағасы 5000 теңге.",
        "kk_birthday_sale": "Туған күн жеңілдігі {next_year} жылғы 31 желтоқсанға дейін.",
        "kk_appointment": "Қабылдау {next_year} жылғы 12 наурызда сағат 10-да.",
        "km_hours": "ហាងបើកពីម៉ោង 8 ដល់ 5",
        "my_hours": "ဆိုင်ဖွင့်ချိန် နံနက် ၉ နာရီမှ ည ၈ နာရီ",
        "th_hours": "ร้านเปิด 9 โมงถึง 2 ทุ่ม ราคา 500 บาท",
        "th_birthday_sale": "โปรวันเกิด ลด 20% ถึงวันที่ 31 ธันวาคม {next_year_be}",
        "th_health_check": "ตรวจสุขภาพแบตเตอรี่ฟรีที่ร้าน",
        "tl_hours": "Bukas ang tindahan mula 8 hanggang 5, presyo ₱350.",
        "tl_birthday_sale": "Birthday sale hanggang Disyembre 31, {next_year}!",
        "te_hours": "మా షాపు ఉదయం 9 నుండి రాత్రి 9 వరకు తెరిచి ఉంటుంది",
        "ur_hours": "ہماری دکان صبح 9 بجے کھلتی ہے، قیمت 500 روپے",
        "ur_appointment": "آپ کی اپائنٹمنٹ 12 مارچ {next_year} کو ہے",
        "ar_hours": "المحل مفتوح من الساعة 9 للساعة 10، السعر 50 جنيه",
        "ar_birthday_sale": "عرض عيد الميلاد لحد 31 ديسمبر {next_year}",
        "ar_health_check": "فحص صحة البطارية مجاناً",
        "ko_hours": "매장은 오전 9시부터 오후 9시까지 영업합니다",
        "ko_birthday_sale": "생일 할인은 {next_year}년 3월 31일까지예요",
        "ko_health_check": "배터리 상태 점검은 무료입니다",
        "vi_birthday_sale": "Khuyến mãi sinh nhật đến ngày 31/12/{next_year}",
        "id_birthday_sale": "Promo ulang tahun sampai 31 Desember {next_year}",
        "fa_hours": "فروشگاه از ساعت ۹ تا ۲۱ باز است",
        "ne_hours": "पसल बिहान ९ बजेदेखि बेलुका ७ बजेसम्म खुला छ",
        "ml_hours": "ഞങ്ങളുടെ കട രാവിലെ 9 മുതൽ രാത്രി 9 വരെ തുറന്നിരിക്കും",
        "ps_price": "د دې کتاب بیه ۵۰۰ افغانۍ ده",
        "hi_latn_birthday_sale": "janamdin sale 31 dec {next_year} tak chalega",
        "hi_latn_shop_born": "yeh dukaan 1995 mein shuru hui, 3 branches hain",
        "en_sober_october": "we stock alcohol-free beers for sober october",
        "id_adik": "Adik saya mau beli paket data",
        "fa_dental": "سلام، قیمت این گوشی چند است؟",
        "vi_giam_gia": "Giảm giá 20% cho đơn hàng đầu tiên",
        "yo_price": "Ẹ̀lòó ni bàtà yìí?",
        "ar_lb_want_price": "بدي أعرف سعر هالموبايل",
        "th_prison_museum": "พิพิธภัณฑ์คุกเปิดทุกวัน 9 โมงถึง 5 โมง",
    }.items()
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(BUSINESS.values()), ids=list(BUSINESS))
def test_business_talk_in_those_languages_stays_clean(text: str, mode: str) -> None:
    kinds = _kinds("lk.user_transcript", text, mode)
    assert not kinds & {"dob", "sensitive"}
