"""Names after the introductions and references of the world's most spoken languages.

Each language's "my name is", "I am", a relative, a role or an honorific, romanised and
in lower case as speech-to-text writes it, and in its own script where that script has no
case (the name bounded by what follows it). Each has a look-alike that is no name: "my name
is on the list", "I am calling about", a business, a place. The lexicon is hidden: every
rule works on a plain install. The names are invented combinations.
"""

from __future__ import annotations

import pytest
from _builders import name_masks

from pytest_patter_trace.core._pii.mask import mask_name

MODES = ("forbid", "allow")


# The scan as it runs where faker is not installed.
pytestmark = pytest.mark.usefixtures("lexicon_hidden")


#: Case: the transcript, the name it holds.
NAMES = {
    # Africa.
    "sw_naitwa_self": ("habari ninaitwa baraka mwakilema", "baraka mwakilema"),
    "sw_wife": ("mke wangu Neema Kisanga atakuja kesho", "Neema Kisanga"),
    "sw_bwana": ("nimeongea na Bwana Omari jana", "Omari"),
    "ha_sunana": ("sannu sunana musa danladi ne", "musa danladi"),
    "ig_aha": ("ndewo aha m bụ chiamaka obi", "chiamaka obi"),
    "zu_igama": ("sawubona igama lami ngu thandeka zulu", "thandeka zulu"),
    "sn_zita": ("mhoro zita rangu ndi tatenda moyo", "tatenda moyo"),
    "ny_dzina": ("moni dzina langa ndine chikondi banda", "chikondi banda"),
    "rw_nitwa": ("muraho nitwa aline uwase", "aline uwase"),
    "so_magac": ("magacaygu waa hodan warsame", "hodan warsame"),
    "om_maqaan": ("akkam maqaan koo lensa gudina", "lensa gudina"),
    "mg_anarako": ("salama ny anarako dia hery rakoto", "hery rakoto"),
    "wo_tudd": ("salaam aleekum maa ngi tudd awa ndiaye", "awa ndiaye"),
    "ak_din": ("maakye me din de kofi mensah", "kofi mensah"),
    "ln_nkombo": ("mbote nkombo na ngai ntumba kalala", "ntumba kalala"),
    # South Asia, romanised and in its scripts.
    "mr_nav": ("namaskar maza nav sachin patil", "sachin patil"),
    "gu_naam": ("kem cho maru naam hetal vora", "hetal vora"),
    "bn_naam": ("nomoskar amar naam sourav ghoshal", "sourav ghoshal"),
    "ne_naam": ("namaste mero naam bimala gurung ho", "bimala gurung"),
    "ta_peyar": ("vanakkam en peyar selvi murugan", "selvi murugan"),
    "te_peru": ("namaskaram naa peru ravi teja", "ravi teja"),
    "kn_hesaru": ("namaskara nanna hesaru manjunath gowda", "manjunath gowda"),
    "ml_peru": ("ente peru anju thomas aanu", "anju thomas"),
    "si_nama": ("ayubowan mage nama kasun perera", "kasun perera"),
    "hi_speaking": ("haan ji main rohit malhotra bol raha hoon", "rohit malhotra"),
    "bn_speaking": ("hello ami arpita sen bolchi", "arpita sen"),
    "ta_speaking": ("vanakkam naan karthik pesuren", "karthik"),
    "te_speaking": ("hello nenu lavanya matladutunnanu", "lavanya"),
    "hi_wife": ("meri patni Sunita Rawal ka account hai", "Sunita Rawal"),
    "hi_ji": ("kal Verma ji ne call kiya tha", "Verma"),
    "te_garu": ("nenu ramesh-garu tho matladanu", "ramesh"),
    "pa_gurmukhi": ("ਮੇਰਾ ਨਾਮ ਹਰਪ੍ਰੀਤ ਕੌਰ ਹੈ", "ਹਰਪ੍ਰੀਤ ਕੌਰ"),
    "gu_script": ("મારું નામ ધ્રુવ શાહ છે", "ધ્રુવ શાહ"),
    "mr_script": ("माझे नाव स्नेहा कदम आहे", "स्नेहा कदम"),
    "ne_script": ("मेरो नाम रमेश थापा हो", "रमेश थापा"),
    "ta_script": ("என் பெயர் கவிதா ராஜன்.", "கவிதா ராஜன்"),
    "te_script": ("నా పేరు సురేష్ రెడ్డి అండి", "సురేష్ రెడ్డి"),
    "kn_script": ("ನನ್ನ ಹೆಸರು ಅನಿಲ್ ಕುಮಾರ್", "ಅನಿಲ್ ಕುಮಾರ್"),
    "ml_script": ("എന്റെ പേര് ലക്ഷ്മി നായർ ആണ്", "ലക്ഷ്മി നായർ"),
    "si_script": ("මගේ නම නිමල් සිල්වා", "නිමල් සිල්වා"),
    "or_script": ("ମୋ ନାମ ସୁଭାଷ ପଣ୍ଡା", "ସୁଭାଷ ପଣ୍ଡା"),
    # South-East and East Asia.
    "jv_jeneng": ("sugeng enjing jenengku bagus santoso", "bagus santoso"),
    "su_nami": ("wilujeng nami abdi asep saepudin", "asep saepudin"),
    "id_wife": ("istri saya Rina Kartika yang pesan", "Rina Kartika"),
    "ceb_ngalan": ("maayong buntag akong ngalan kay joel cabahug", "joel cabahug"),
    "vi_wife": ("vợ tôi Trần Thị Hoa đã gọi hôm qua", "Trần Thị Hoa"),
    "vi_anh": ("cho tôi gặp anh nguyễn văn khải", "nguyễn văn khải"),
    "th_romanised": ("sawasdee krub phom chue somchai jaidee", "somchai jaidee"),
    "km_romanised": ("suosdei khnhom chhmuah sokha chea", "sokha chea"),
    "zh_pinyin": ("ni hao wo jiao li wei ming", "li wei ming"),
    "ja_san": ("Yamada-san wa imasu ka", "Yamada"),
    "ko_ssi": ("minsu-ssi jeonhwa juseyo", "minsu"),
    "lo_script": ("ສະບາຍດີ ຂ້ອຍຊື່ບຸນມີ", "ບຸນມີ"),
    "km_script": ("សួស្តី ខ្ញុំឈ្មោះសុភា។", "សុភា"),
    "my_script": ("ကျွန်တော့်နာမည်အောင်ကျော်ပါ", "အောင်ကျော်"),
    # Caucasus, Central Asia, Middle East.
    "az_adim": ("salam mənim adım elvin məmmədov", "elvin məmmədov"),
    "uz_ismim": ("assalomu alaykum mening ismim dilnoza karimova", "dilnoza karimova"),
    "kk_atym": ("salem menin atym aruzhan serikova", "aruzhan serikova"),
    "ka_romanised": ("gamarjoba me mqvia giorgi beridze", "giorgi beridze"),
    "ka_batono": ("batono Levan Tsiklauri ar aris", "Levan Tsiklauri"),
    "hy_paron": ("paron Armen Sargsyan zangel e", "Armen Sargsyan"),
    "ka_script": ("გამარჯობა, ჩემი სახელია ნინო კაპანაძე.", "ნინო კაპანაძე"),
    "hy_script": ("Բարև, իմ անունը Անի Պետրոսյան է", "Անի Պետրոսյան"),
    "ti_script": ("ሰላም ስመይ ሳባ ተስፋይ እዩ", "ሳባ ተስፋይ"),
    "ps_script": ("سلام زما نوم احمد وردک دی", "احمد وردک"),
    "ku_romanised": ("rojbaş navê min azad baran e", "azad baran"),
    "kk_cyrillic": ("сәлем менің атым ерлан сапаров", "ерлан сапаров"),
    "mn_cyrillic": ("сайн байна уу миний нэр болд бат байна", "болд бат"),
    # The Balkans, the Baltics, the Nordics, Iberia, Celtic.
    "sq_quhem": ("përshëndetje unë quhem arben krasniqi", "arben krasniqi"),
    "sr_zovem": ("dobar dan zovem se milica jovanović", "milica jovanović"),
    "hr_wife": ("moja supruga Ivana Horvat je zvala", "Ivana Horvat"),
    "sl_ime": ("dober dan ime mi je matej kovačič", "matej kovačič"),
    "bg_cyrillic": ("здравейте казвам се петя георгиева", "петя георгиева"),
    "ro_gospodin": ("l-am sunat pe domnul Ionescu Radu", "Ionescu Radu"),
    "lv_sauc": ("labdien mani sauc ilze bērziņa", "ilze bērziņa"),
    "lt_vardas": ("laba diena mano vardas tomas kazlauskas", "tomas kazlauskas"),
    "et_nimi": ("tere minu nimi on kadri tamm", "kadri tamm"),
    "is_heiti": ("góðan daginn ég heiti sigríður jónsdóttir", "sigríður jónsdóttir"),
    "ca_dic": ("bon dia em dic jordi puigvert", "jordi puigvert"),
    "gl_chamome": ("bos días chámome uxía castro", "uxía castro"),
    "eu_izena": ("kaixo nire izena miren etxeberria da", "miren etxeberria"),
    "cy_enw": ("bore da fy enw i yw rhys pritchard", "rhys pritchard"),
    "fi_herra": ("puhuin herra Mikko Laaksonen kanssa", "Mikko Laaksonen"),
    # Creoles and pidgins.
    "ht_rele": ("bonjou mwen rele jean robert pierre", "jean robert pierre"),
    "pap_nomber": ("bon dia mi nòmber ta shurenska martina", "shurenska martina"),
    "tpi_nem": ("gude nem bilong mi joseph kila", "joseph kila"),
    "pcm_na": ("my name na emeka obi", "emeka obi"),
    "en_call_me": ("hi you can call me thandiwe", "thandiwe"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NAMES))
def test_name_found(case: str, content: str) -> None:
    value, name = NAMES[case]
    assert mask_name(name) in name_masks("transcript", value, content), (case, content)


#: Look-alikes: the lead-in's words with no name after them, a business, a place, a state.
NOT_NAMES = {
    "sw_list": "jina langu liko kwenye orodha",
    "sw_wife_sick": "mke wangu ni mgonjwa sana",
    "ha_plain": "sunana yana cikin jerin",
    "id_wife_lower": "istri saya mau pesan tiket besok",
    "id_shop": "saya beli di toko Maju Jaya kemarin",
    "tl_plain": "pangalan ko ay nasa listahan pa",
    "hi_haan_ji": "haan ji theek hai ji bataiye",
    "hi_speaking_now": "main abhi bol raha hoon",
    "bn_speaking_plain": "ami ekhon bolchi",
    "hi_script_list": "मेरो नाम सूची मा छैन",
    "mr_script_list": "माझे नाव यादीत नाही",
    "ta_script_plain": "என் பெயர் பட்டியலில் இல்லை",
    "ka_plain": "ჩემი სახელი სიაში არ არის",
    "sr_sam": "ja sam zvao zbog računa",
    "hr_wife_sick": "moja supruga je bolesna",
    "lv_plain": "mani sauc uz darbu rīt",
    "fi_olen": "olen soittamassa laskusta",
    "ro_plain": "domnul a sunat ieri despre factura",
    "vi_plain": "anh ơi cho em hỏi đơn hàng",
    "vi_place": "tôi ở thành phố hồ chí minh",
    "ja_san_plain": "san francisco is where we ship",
    "en_call_me_back": "please call me back tomorrow at nine",
    "en_calling_about": "i am calling about my order",
    "en_business": "we bought it at Mama Africa Restaurant on Friday",
    "en_kuya": "the kuya store is closed today",
    "ht_plain": "mwen rele pou kòmand mwen an",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_NAMES))
def test_look_alike_is_no_name(case: str, content: str) -> None:
    assert name_masks("transcript", NOT_NAMES[case], content) == [], (case, content)
