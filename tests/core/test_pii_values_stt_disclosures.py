"""Sensitive disclosures said plainly in dialects and romanised speech, as STT writes them.

Every sentence is invented for these tests. A disclosure is found in both content modes;
a business speaking of its own services stays clean of ``sensitive`` in both.
"""

from __future__ import annotations

import pytest
from _builders import pii_kinds as _kinds

MODES = ("forbid", "allow")

#: A caller telling something sensitive about themself or someone close, one per language
#: and class (health, money, legal, bereavement, immigration, family violence).
SAID = {
    "arz_health": "ana 3ayyan bel sokkar w ba5od insulin kol yom",
    "arz_hospital": "mama da5la el mostashfa men embare7",
    "arz_died": "baba et2waffa el osbo3 elly fat",
    "arz_prison": "akhoya et2abad 3aleih w howa fel se7n",
    "gulf_died": "أمي توفت الشهر الماضي وأبي أغير العنوان",
    "gulf_debt": "أنا علي ديون كثيرة وما أقدر أدفع",
    "yue_depression": "佢確診咗抑鬱症好耐",
    "yue_died": "我阿爸上個月過身咗",
    "yue_debt": "我欠咗財務公司好多錢",
    "id_legal": "suami saya lagi kena kasus pidana",
    "id_debt": "saya terlilit utang pinjol jadi belum bisa bayar",
    "ms_sick": "mak saya masuk wad hospital minggu lepas",
    "ta_rom_health": "ennaku sugar irukku doctor insulin kuduthanga",
    "ta_rom_dialysis": "amma ku dialysis nadakuthu",
    "hi_rom_cancer": "meri maa ko cancer hai aur chemo chal raha hai",
    "hi_rom_debt": "mere upar bahut karza hai",
    "ps_court": "زما ورور په زندان کې دی",
    "ps_sick": "زه ناروغ یم او په روغتون کې وم",
    "ku_refugee": "ez penaber im û belgeyên min tune ne",
    "ku_sick": "diya min nexweş e û li nexweşxaneyê ye",
    "sr_debt": "imam veliki dug prema banci",
    "sr_court": "tuže me na sudu zbog kredita",
    "hy_rom_sick": "yes hivand em u hivandanocum em",
    "hy_rom_died": "hayrs mahacav ancyal amis",
    "fr_af_violence": "mon mari me bat quand il boit",
    "fr_violence": "mon conjoint me frappe depuis des mois",
    "en_violence": "my husband hits me and I need to move",
    "es_violence": "mi esposo me pega y tengo miedo",
    "pt_violence": "meu marido me bate todo dia",
    "de_violence": "mein Mann schlägt mich",
    "sw_sick": "mimi ni mgonjwa wa kisukari",
    "sw_died": "baba yangu amefariki jana",
    "ha_sick": "ina da ciwon suga",
    "yo_sick": "mo ni àrùn jẹjẹrẹ",
    "tl_sick": "may sakit ako sa puso at nasa ospital ang nanay ko",
    "tl_debt": "baon ako sa utang ngayon",
    "ur_rom_died": "mere abbu ka inteqal ho gaya hai",
    "ur_rom_legal": "mere bhai par case chal raha hai court mein",
    "bn_rom_sick": "amar diabetes ache ar ami hospital e chilam",
    "am_sick": "እኔ የስኳር በሽታ አለብኝ",
    "fa_rom_debt": "man bedehkaram va varshekast shodam",
    "vi_violence": "chồng tôi đánh tôi",
    "vi_prison": "anh trai tôi đang ở tù",
    "xh_sick": "ndiyagula kakhulu namhlanje",
    "zu_violence": "umyeni wami uyangishaya",
    "sq_debt": "kam borxhe të mëdha në bankë",
    "sq_died": "babai im vdiq javën e kaluar",
    "mg_sick": "marary aho ary any amin'ny hopitaly",
    "sw_court": "nina kesi mahakamani wiki ijayo",
    "hi_rom_admit": "abba hospital mein admit hain",
    "arz_pregnant": "ana 7amla fel shahr el tales",
    "en_gambling": "I gambled my savings away last month",
    "en_oxygen": "my mother is on home oxygen so please keep the power on",
    "it_coeliac": "mio figlio è celiaco, serve un menu a parte",
    "it_discharged": "mio padre è appena uscito dall'ospedale",
    "hu_autism": "a lányomnál autizmust állapítottak meg",
    "hr_job": "ostao sam bez posla prošli mjesec",
    "hr_rent": "kasnim s stanarinom tri mjeseca",
    "yo_died": "bàbá mi kú lánàá",
    "ha_pregnant": "ina da ciki wata uku",
    "ta_died": "என் அம்மா நேத்து இறந்துட்டாங்க",
    "zh_surgery": "我上周做了手术，现在在家养病",
    "he_custody": "אשתי הגישה נגדי תביעה על משמורת",
}
#: A business speaking of its own services, or a caller with nothing sensitive to say.
CLEAN = {
    "id_business": "kami melayani konsultasi hukum setiap hari senin",
    "ms_hours": "wad pesakit luar dibuka pukul lapan",
    "ta_rom_hours": "clinic timing enna sir",
    "hi_rom_business": "hamare hospital mein OPD subah nau baje khulta hai",
    "sr_hours": "banka radi do pet sati",
    "yue_business": "我哋診所星期日都有開",
    "gulf_business": "نبي نحجز موعد للمستشفى بكرة",
    "fr_af_hours": "vous ouvrez à quelle heure demain",
    "sw_hours": "mnafungua saa ngapi kesho",
    "tl_hours": "anong oras kayo bukas bukas",
    "en_hit": "the new single hits me right in the feels, great hold music",
    "es_beat": "el ritmo me pega mucho, buena música",
    "ku_hours": "hûn kengî vedikin",
    "ps_hours": "تاسو سبا څو بجې خلاصیږئ",
    "hy_rom_hours": "yerb eq bats",
    "arz_booking": "ana 3ayza a7gez fel mostashfa bokra",
    "en_boss": "my boss hits me with deadlines every week",
    "sq_shop": "dyqani ynë ka oferta të reja",
    "sw_court_hours": "mahakamani hufunguliwa saa mbili",
    "hi_rom_admission": "hospital mein admission ka time kya hai",
    "en_oxygen_shop": "we sell oxygen cylinders and ventilator parts",
    "zh_operating_room": "手术室在三楼",
    "it_hospital_hours": "a che ora apre l'ospedale",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", SAID.values(), ids=SAID.keys())
def test_a_plain_disclosure_is_found(text: str, mode: str) -> None:
    assert "sensitive" in _kinds("transcript", text, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", CLEAN.values(), ids=CLEAN.keys())
def test_plain_business_talk_is_no_disclosure(text: str, mode: str) -> None:
    assert "sensitive" not in _kinds("transcript", text, mode)
