r"""Disclosures in the languages the other lexicons lack, each with its words for "I" and "my".

Catalan, the South Slavic languages, Bulgarian, Slovak, Lithuanian, Latvian, Estonian,
Afrikaans, Azerbaijani, Kazakh, Uzbek, Armenian, Somali (written with spaces: regular
expression fragments as in disclosure_lexicon.py), and Tamil, Telugu, Marathi, Punjabi,
Gujarati, Nepali, Sinhala, Burmese, Khmer, Georgian, Igbo and Thai (scripts read as
substrings). Per language the core of each class: cancer, diabetes, being ill or in
hospital, pregnancy, a death, debt and lost work, prison and arrest, divorce, refuge.

Kept by hand: no maintained package on the index lists these across languages (see
disclosure_health.py).
"""

from __future__ import annotations

import re

from .vocabulary import phrases, words

__all__ = ["BOUNDED", "SCRIPT_TIES", "SUBSTRINGS", "TERMS", "TIES", "tied_by_letters"]

#: Terms in languages written with spaces.
TERMS: tuple[str, ...] = (
    # Catalan.
    r"càncer", r"diabetis", r"malalt\w*", r"embarassada", r"va morir", r"ha mort",
    r"enterrament", r"deutes", r"a l'atur", r"estic aturad[ao]", r"presó", r"detingut",
    r"divorci", r"a l'hospital", r"ingressad?[ta] a l'hospital", r"depressió", r"quimioteràpia",
    # Croatian, Serbian, Bosnian, Slovenian (Latin and Cyrillic).
    r"rak dojke", r"rak pluća", r"imam rak\w*", r"dijabetes", r"šećern\w* bolest\w*",
    r"bolest\w*", r"bolestan", r"bolesna", r"u bolnici", r"trudnoć\w*", r"trudnoći",
    r"(?:je|sam|si|bila|bude) trudna", r"trudna (?:sam|je|si)", r"umro", r"umrla",
    r"preminu\w*", r"sahran\w*", r"pogreb\w*", r"dugov\w*", r"nezaposlen\w*", r"u zatvoru",
    r"uhapšen\w*", r"uhićen\w*", r"razvod\w*", r"izbjeglic\w*", r"izbeglic\w*",
    r"sladkorn\w* bolez\w*", r"bolezen\w*", r"noseč\w*", r"umrl\w*", r"dolgov\w*",
    r"brezposeln\w*", r"v zaporu", r"дијабетес", r"болест\w*", r"трудна сам", r"трудноћ\w*",
    r"умро",
    r"умрла", r"преминуо", r"преминула", r"сахран\w*", r"дугов\w*", r"незапослен\w*",
    r"у затвору", r"ухапшен\w*", r"избеглиц\w*",
    # Bulgarian.
    r"бременн\w*", r"почина\w*", r"погребени\w*", r"дългов\w*", r"безработ\w*",
    r"в затвора", r"арестуван\w*", r"бежан\w*", r"депреси\w*", r"в болница",
    # Slovak.
    r"zomrel\w*", r"pohreb\w*", r"dlhy", r"dlhov", r"dlhoch", r"nezamestnan\w*",
    r"vo väzení", r"zatknut\w*", r"rozvod\w*",
    # Lithuanian, Latvian, Estonian.
    r"vėž\w*", r"sergu", r"serga", r"diabet\w*", r"nėščia", r"mirė", r"laidotuv\w*",
    r"skol(?:ų|os|as)", r"bedarb\w*", r"kalėjim\w*", r"skyryb\w*", r"vēz\w*", r"diabēt\w*",
    r"slim[sa]", r"slimnīcā", r"grūtniec\w*", r"nomira", r"bēres", r"parād[iu]\w*",
    r"bezdarbniek\w*", r"cietumā", r"šķiršan\w*", r"vähk\w*", r"suhkruhaigus\w*",
    r"haige", r"haiglas", r"(?:olen|on) rase", r"(?:isa|ema|mees|naine|poeg|tütar|vend|õde) suri",
    r"matused", r"võl[ag]\w*", r"töötu",
    r"vanglas", r"lahutus\w*", r"kohtuasi\w*", r"süüdista\w*", r"pettuse\w*", r"kelmus\w*",
    # Hungarian addictions and their withdrawal, Icelandic, Malay treatments.
    r"(?:alkohol|drog|kábítószer|szerencsejáték)függ\w*", r"elvonó\w*", r"rákos\w*",
    r"áfengisfíkn\w*", r"fíkniefn\w*", r"þunglynd\w*", r"krabbamein\w*",
    r"kemoterapi", r"dialisis", r"hemodialisis",
    # Afrikaans.
    r"suikersiekte", r"siek", r"in die hospitaal", r"swanger", r"oorlede", r"begrafnis",
    r"in die skuld", r"het skuld", r"in die tronk", r"gearresteer", r"egskeiding", r"vlugteling\w*",
    # Azerbaijani, Kazakh, Uzbek.
    r"xərçəng\w*", r"şəkər xəstəliy\w*", r"xəstə\w*", r"vəfat\w*", r"dünyasını dəyiş\w*",
    r"hamilə\w*", r"borcum\w*", r"borclu\w*", r"işsizəm", r"həbs\w*",
    r"қатерлі ісі\w*", r"ауру\w*", r"жүкті", r"қайтыс бол\w*", r"қарыз\w*",
    r"жұмыссыз\w*", r"түрме\w*", r"ажырас\w*",
    r"saraton\w*", r"qandli diabet", r"kasalman", r"kasallik\w*", r"kasalxona\w*", r"homilador",
    r"vafot et\w*",
    r"qarzim\w*", r"qarzdor\w*", r"ishsiz\w*", r"qamoq\w*", r"ajrash\w*",
    # Armenian (below the scripts read as substrings).
    r"քաղցկեղ\w*", r"շաքարախտ\w*", r"հիվանդ\w*", r"հղի", r"մահաց\w*", r"պարտք\w*",
    r"գործազուրկ", r"բանտ\w*", r"ամուսնալուծ\w*",
    # Igbo and Yoruba words that start with a letter of English, then Somali.
    r"nwụrụ", r"oyún", r"lóyún",
    r"kansar", r"sonkorow", r"xanuun\w*", r"uur leh", r"dhintay", r"geeriyood\w*",
    r"deyn", r"shaqo la'aan", r"xabsi\w*", r"furiin", r"qaxooti",
    # Romanised Hindi: "death ho gayi", "expire ho gaye" (died).
    r"death ho ga(?:yi|i|ye|ya)", r"expire ho ga(?:yi|i|ye|ya)",
    # Swedish "dog" (died) after a relative: the English word alone is an animal.
    r"(?:pappa|mamma|maken|frun|min man|min fru|sonen|dottern|brodern|systern|mormor|morfar"
    r"|farmor|farfar) dog",
)  # fmt: skip

#: Terms in scripts read as substrings (``_`` stands for a space).
SUBSTRINGS = phrases(
    """புற்றுநோய் சர்க்கரை_நோய் நீரிழிவு இறந்துவிட்டார் இறந்து_விட்டார் காலமானார் மருத்துவமனையில்
    கர்ப்பமாக கர்ப்பிணி சிறையில் விவாகரத்து
    క్యాన్సర్ మధుమేహం చనిపోయారు చనిపోయింది మరణించారు ఆసుపత్రిలో గర్భవతి జైలులో విడాకులు
    कर्करोग वारले वारली रुग्णालयात गरोदर तुरुंगात घटस्फोट क्यान्सर बिरामी बित्नुभयो अस्पतालमा
    जेलमा
    ਕੈਂਸਰ ਸ਼ੂਗਰ_ਹੈ ਸ਼ੂਗਰ_ਦੀ ਬਿਮਾਰ ਗੁਜ਼ਰ_ਗਏ ਹਸਪਤਾਲ_ਵਿੱਚ ਗਰਭਵਤੀ ਕਰਜ਼ਾ ਜੇਲ੍ਹ ਤਲਾਕ
    કેન્સર ડાયાબિટીસ ડાયાબિટીઝ બીમાર અવસાન ગુજરી_ગયા હોસ્પિટલમાં ગર્ભવતી દેવું જેલમાં છૂટાછેડા
    පිළිකා දියවැඩියා අසනීප මිය_ගියා රෝහලේ ගැබිනි හිරේ
    ကင်ဆာ ဆီးချို ကွယ်လွန် ကိုယ်ဝန်ရှိ အကြွေး
    មហារីក ទឹកនោមផ្អែម ស្លាប់ មានផ្ទៃពោះ បំណុល ជាប់គុក
    კიბო დიაბეტი ავად საავადმყოფოში ორსულად გარდაიცვალა ვალი_მაქვს უმუშევარი ციხეში განქორწინ
    ọrịa ụlọ_mkpọrọ"""
)

#: Thai: a relative who "is gone" (เสีย alone is "broken", "spoilt").
BOUNDED: tuple[str, ...] = (
    r"(?:แม่|พ่อ|สามี|ภรรยา|ลูก|ยาย|ปู่|ย่า|พี่|น้อง)(?:ของ)?(?:ผม|ฉัน|หนู|ดิฉัน|เรา)?"
    r"(?:เพิ่ง|ได้)?เสีย(?:ไป)?(?:แล้ว|เมื่อ)",
)

#: Words of the first person and of close relatives in these languages.
TIES = words(
    """tinc estic sóc meu meva meus meves pare mare fill filla marit germà germana
    imam sam moj moja moje mog mome mene meni otac majka muž žena kći ćerka oče mati mož
    имам съм ми баща майка съпруг съпруга син дъщеря мој моја моје отац мајка муж
    môj moja mňa
    aš turiu esu sergu tėvas vyras žmona sūnus dukra tēvs māte vīrs sieva dēls meita minu isa ema
    mees naine poeg tütar
    ek pa ons vrou seun dogter nne nna
    mən məndə mənim atam anam ərim qızım
    менің мен менде әкем анам күйеуім әйелім ұлым қызым
    menda mening otam onam erim xotinim qizim
    ես ունեմ իմ հայրս մայրս ամուսինս կինս որդիս դուստրս
    waxaan aniga ayaan aabahay hooyaday ninkayga xaaskayga wiilkayga gabadhayda
    kanserim diyabetim borcum borçluyum hamileyim işsizim hastayım soffro"""
)

#: Words of the first person and of relatives in the scripts of SUBSTRINGS.
SCRIPT_TIES = phrases(
    """எனக்கு என்னுடைய என்_ நான் அப்பா அம்மா கணவர் மனைவி மகன் மகள்
    నాకు నా_ నేను మా_ అమ్మ నాన్న భర్త భార్య
    मला माझे माझा माझी मी_ आमचे वडील मलाई मेरो हामी हाम्रो बुबा आमा
    ਮੈਨੂੰ ਮੇਰਾ ਮੇਰੀ ਮੇਰੇ ਮੈਂ ਅਸੀਂ ਸਾਡੇ
    મને મારા મારી મારો હું અમે અમારા
    මට මගේ මම අපේ තාත්තා අම්මා
    ကျွန်တော် ကျွန်မ ငါ အမေ အဖေ
    ខ្ញុំ ម្តាយ ឪពុក
    მე მაქვს ჩემი მამა დედა ქმარი ცოლი შვილი
    nne_m nna_m di_m nwunye_m nwa_m enwere_m mụ"""
)

#: Latvian "man", "es" and "mana", Estonian "ma", Lithuanian "mano" and Slovak "som" are
#: words of other languages too ("man", Spanish "es", Italian "mano", Swedish "som"): they
#: tie a term only beside a letter the language writes.
_BY_LETTERS = (
    (re.compile(r"[āēīūģķļņ]"), words("man es mans mana manam manu")),
    (re.compile(r"[õäöü]"), words("ma mu mul")),
    (re.compile(r"[ąčęėįšųūž]"), words("mano")),
    (re.compile(r"[áíýčďěňřťľĺŕôú]"), words("som")),
)


def tied_by_letters(part: str, words_said: list[str]) -> bool:
    """Whether a Latvian, Estonian, Lithuanian or Slovak sentence says "I" ("mul on", "som")."""
    return any(
        not ties.isdisjoint(words_said) and letters.search(part) is not None
        for letters, ties in _BY_LETTERS
    )
