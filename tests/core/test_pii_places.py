"""Street addresses and birth dates in many scripts and orders, in both content modes.

Every value is invented for these tests (streets, towns and dates that name no one).
A positive is found in both modes; a negative (opening hours, a delivery date, a shop's
own address) stays clean in both.
"""

from __future__ import annotations

import pytest
from _builders import pii_kinds as _kinds
from _builders import span

from pytest_patter_trace.checks.pii import find_pii
from pytest_patter_trace.core.model import SpanRecord

MODES = ("forbid", "allow")


def _span(key: str, value: object) -> SpanRecord:
    return span("getpatter.call", 2, attributes={key: value})


ADDRESSES = {
    # Indonesian and Malay: Jalan / Jl. / Gang, then "No." and a number.
    "id_jalan": "kirim ke Jl. Cempaka Wangi No. 27, Bandung 40115 ya",
    "id_gang": "rumah saya di Gang Kenari Raya No 8 dekat pasar",
    "ms_jalan": "alamat saya Jalan Seri Mawar 14, Taman Indah, 43000 Kajang",
    # Vietnamese: "số" and a number, or a ward and district after the street.
    "vi_so": "giao hàng tới số 42 đường Lê Văn Hưu, phường Bến Thành, quận 1",
    "vi_duong": "nhà tôi ở 118 Đường Hoa Sữa, Phường 7, Quận Gò Vấp",
    # Thai: road, lane, sub-district, district, province, five-digit postcode.
    "th_road": "ที่อยู่ 55/3 ซอยสุขใจ ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400",
    "th_short": "ส่งไปที่ 9 ถ.ชัยพฤกษ์ ต.บ้านใหม่ อ.เมือง จ.ลำปาง 52000",
    # Chinese: province, city, district, road from large to small.
    "zh_no_hao": "我的地址是江苏省南通市崇川区青年东路8栋302室",
    "zh_lead": "送到广东省佛山市禅城区莲花街道幸福里5号",
    # Korean road-name address.
    "ko_road": "주소는 대전광역시 유성구 과학로 42번길 7입니다",
    # Hebrew and Arabic: a street word or a street with a number then a town and postcode.
    "he_street": "הכתובת שלי רחוב הדקלים 12, כפר סבא",
    "he_postcode": "תשלחו לשדרות האלונים 48, חיפה, 3303214",
    "ar_comma": "العنوان: شارع الزيتون، مبنى 7، حي الروضة، جدة 23435",
    "ar_number": "أسكن في شارع النخيل رقم 15 بالقرب من المسجد",
    # Swahili: Mtaa wa / Barabara ya, a house number.
    "sw_mtaa": "ninaishi Mtaa wa Amani nyumba namba 19, Mwanza",
    "sw_barabara": "anwani yangu ni Barabara ya Uhuru namba 204, Arusha",
    # Post office boxes.
    "po_box_sw": "tuma barua kwa S.L.P. 4512, Dodoma",
    "po_box_de": "bitte an Postfach 12 34 56, 80331 München schicken",
    "po_box_es": "mi correo llega al Apartado de Correos 318, 29080 Málaga",
    "po_box_pt": "envie para Caixa Postal 2207, Curitiba",
    # An address announced in words, then street, number and town.
    "lead_pt": "meu endereço é Travessa dos Cravos 63, Aveiro",
    "lead_hi": "मेरा पता है 14 गुलमोहर मार्ग, सेक्टर 9, नोएडा 201301",
    "lead_ja": "住所は福岡県久留米市城南町3-21です",
    # A flat and building, then a road and a six-digit PIN (India).
    "in_flat": "deliver to Flat 7C, Lotus Residency, Hosur Road, Bengaluru 560068",
    # Street word before the name (Romanian, Albanian) or after it (Hungarian, Baltic).
    "ro_strada": "adresa mea este Strada Teilor 19, bloc C, ap. 8, Cluj-Napoca",
    "sq_rruga": "jetoj në Rruga e Kavajës 31, Tiranë",
    "hu_utca": "a címem Rózsa Ferenc utca 27, 1064 Budapest",
    "lv_iela": "mana adrese ir Dzirnavu iela 88, Rīga",
    # Persian and Urdu: street, alley and plate number, Persian digits too.
    # Street words quoted or in brackets, inside JSON or a parenthesis.
    "id_json": '{"catatan": "kirim ke \\"Jl. Kenanga Indah No. 9\\", Bogor 16111"}',
    "po_parens": "bitte an (Postfach 4410), 80331 Muenchen schicken",
    "fa_plak": "آدرس من خیابان نیلوفر، کوچه یاس، پلاک ۱۴، تهران",
    "ur_house": "میرا پتہ مکان نمبر 27، گلی 5، لاہور ہے",
    # Bengali and Tamil: an address announced, then its parts with a number.
    "bn_lead": "আমার ঠিকানা বাড়ি ১৮, রোড ৭, ধানমন্ডি, ঢাকা ১২০৯",
    "ta_lead": "என் முகவரி 42, காந்தி தெரு, மதுரை 625001",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(ADDRESSES.values()), ids=list(ADDRESSES))
def test_addresses_in_speech_are_found(text: str, mode: str) -> None:
    assert "address" in _kinds("transcript", text, mode)


DOBS = {
    "vi_thang": "tôi sinh ngày 3 tháng 11 năm 1984",
    "vi_slash": "ngày sinh của tôi là 07/09/1979",
    "cs_spaced": "datum narození 21. 3. 1958",
    "sk_spaced": "dátum narodenia 9. 12. 1990",
    "hi_month": "मेरी जन्मतिथि 23 फ़रवरी 1987 है",
    "hi_born": "मेरा जन्म 8 सितंबर 1975 को हुआ था",
    "sw_born": "nilizaliwa tarehe 14 Oktoba 1993",
    "sw_date_of_birth": "tarehe yangu ya kuzaliwa ni 2/6/1981",
    "th_buddhist": "ฉันเกิดวันที่ 17 มกราคม พ.ศ. 2528",
    "id_lahir": "saya lahir tanggal 30 Juni 1989",
    "tl_born": "ipinanganak ako noong Marso 4, 1992",
    "ms_born": "tarikh lahir saya 11 Mei 1986",
    "en_ordinal_words": "I was born on the twenty-first of June 1970",
    "ja_era": "生年月日は平成3年4月9日です",
    "zh_born": "我出生于1983年10月2日",
    "tr_born": "doğum tarihim 5 Nisan 1977",
    "ro_born": "m-am născut pe 12 august 1969",
    "uk_born": "я народилася 3 березня 1988 року",
    "cs_born_verb": "narodil jsem se 14. srpna 1963",
    "hu_year_first": "születtem 1966. március 8-án",
    "tl_ika": "ipinanganak ako noong ika-19 ng Hunyo 1994",
    "fi_born": "olen syntynyt 30.1.1952",
    "vi_year_first": "tôi sinh năm 1979, ngày 4 tháng 9",
    "en_two_digit_year": "born 6 Sept 71 in a small town",
    "fa_born": "تاریخ تولد من ۱۳۶۵/۰۴/۱۲ است",
    "ur_born": "میری تاریخ پیدائش 14 اگست 1987 ہے",
    "bn_born": "আমার জন্ম তারিখ ১২ মার্চ ১৯৮৮",
    "ta_born": "என் பிறந்த தேதி 03/07/1979",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(DOBS.values()), ids=list(DOBS))
def test_birth_dates_in_speech_are_found(text: str, mode: str) -> None:
    assert "dob" in _kinds("transcript", text, mode)


DOB_KEYS = {
    "vi": "kyc.ngay_sinh",
    "id": "pelanggan.tanggal_lahir",
    "cs": "zakaznik.datum_narozeni",
    "sw": "mteja.tarehe_ya_kuzaliwa",
    "hi": "customer.janm_tithi",
    "he": "לקוח.תאריך_לידה",
}


@pytest.mark.parametrize("key", list(DOB_KEYS.values()), ids=list(DOB_KEYS))
def test_birth_dates_under_keys_in_other_languages(key: str) -> None:
    assert _kinds(key, "14/02/1972", "allow") == {"dob"}


NOT_PLACES = {
    "opening_hours": "we are open Monday to Friday 9 to 17, Saturday 10 to 14",
    "delivery_date": "your parcel will be delivered on 12 March 2026 between 9 and 12",
    "appointment": "appointment booked for 4. 6. 2026 at 10:30",
    "appointment_vi": "lịch hẹn của bạn vào ngày 5 tháng 6 năm 2026",
    "hours_th": "ร้านเปิด 10 โมงถึง 22 นาฬิกา ทุกวัน",
    "order_zh": "订单已发货，预计3天内送达",
    "queue_id": "Jalan 3 of 7 retries queued",
    "room_code": "room 12, floor 3, block B",
    "release": "release 2.4 shipped to 3 regions, 14 nodes",
    "born_project": "the project was born in 2019 as a fork",
    "he_time": "השיחה נמשכה 12 דקות",
    "ar_hours": "نعمل من الساعة 9 حتى 17 يوميا",
    "id_walk": "jalan kaki 5 menit dari stasiun, lalu belok kiri",
    "id_email_address": "alamat email saya sudah diganti tahun 2021",
    "vi_ip_address": "địa chỉ IP 10.0.0.12 bị chặn",
    "vi_slogan": "số 1 Việt Nam về chất lượng, Quận ủy khen ngợi",
    "th_hours_abbrev": "ร้านเปิด จ.-ศ. 10.00-20.00 น. ส.-อา. 11.00-18.00 น.",
    "th_error_happened": "เกิดข้อผิดพลาดเมื่อ 12/03/2026 กรุณาลองใหม่",
    "zh_order_number": "地址变更成功，订单号 4471",
    "zh_know": "我不知道3号的会议",
    "ar_email_address": "العنوان الإلكتروني غير صحيح، حاول مرة أخرى 2",
    "hi_dont_know": "पता नहीं, 3 दिन लगेंगे",
    "es_section": "Apartado 3: condiciones generales",
    "sw_talent": "mtu alizaliwa na kipaji, ana miaka 30",
    "ru_server": "адрес сервера 10.0.0.1 недоступен",
    "ur_problem_arose": "سسٹم میں مسئلہ پیدا ہوا 12/03/2026 کو",
    "fa_order": "سفارش شماره ۴۴۷۱ ارسال شد، ۳ روز دیگر می‌رسد",
    "bn_hours": "আমাদের দোকান সকাল ৯টা থেকে রাত ৯টা পর্যন্ত খোলা",
    "id_send_number": "kirim ke nomor 0812 3456 7890 lewat WhatsApp ya",
    "sw_years": "ninaishi hapa miaka 5, na napenda mtaa huu",
    "vi_quantity": "giao đến ngày 12/3, số lượng 5 hộp",
    "th_january": "นัดหมายวันที่ 5 ม.ค. 2569 เวลา 10 โมง",
    "zh_district": "会议在北京市海淀区中关村举行",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(NOT_PLACES.values()), ids=list(NOT_PLACES))
def test_times_dates_and_counts_are_no_address_or_birth_date(text: str, mode: str) -> None:
    assert not _kinds("transcript", text, mode) & {"address", "dob"}


BUSINESS_ADDRESSES = {
    "store": ("store.address", "Rua do Comércio 18, 1100-150 Lisboa"),
    "branch": ("branch.street_address", "Jl. Pemuda No. 12, Semarang"),
    "company": ("company.headquarters_address", "12 Harbour Road, Wellington 6011"),
    "restaurant": ("restaurant.address", "ถนนนิมมานเหมินท์ 21 เชียงใหม่"),
}


@pytest.mark.parametrize(
    ("key", "value"), list(BUSINESS_ADDRESSES.values()), ids=list(BUSINESS_ADDRESSES)
)
def test_a_business_address_under_its_key_is_not_personal(key: str, value: str) -> None:
    assert "address" not in _kinds(key, value, "allow")


@pytest.mark.parametrize(
    "key", ["store.order.delivery_address", "shop.customer_address", "restaurant.home_address"]
)
def test_a_persons_address_held_by_a_business_is_personal(key: str) -> None:
    assert "address" in _kinds(key, "Rua das Camélias 41, 4000-210 Porto", "allow")


def test_masks_hide_the_street_and_number() -> None:
    (finding,) = [
        f
        for f in find_pii([_span("transcript", ADDRESSES["id_jalan"])], content="allow")
        if f.kind == "address"
    ]
    assert "Cempaka" not in finding.masked
    assert "27" not in finding.masked
