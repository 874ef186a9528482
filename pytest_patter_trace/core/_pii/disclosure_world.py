"""Disclosures in more words of Africa, Central, South and South-East Asia and Arabic dialects.

Hausa, Zulu and Xhosa, Swahili, Yoruba, Igbo, Somali, Kazakh, Uzbek, Azerbaijani, Tagalog,
Indonesian and Malay, Vietnamese (written with spaces: regular-expression fragments as in
disclosure_lexicon.py), and Amharic, Khmer, Burmese, Lao, Telugu, Tamil, Malayalam,
Nepali, Urdu, Pashto, Persian, Egyptian, Levantine, Gulf and Maghrebi Arabic and Korean
(scripts read as substrings). Per language the everyday words of each class: blood
pressure, sugar, the heart, addiction, debt, arrest and prison, a death, an expired visa,
a faith; and the words that tie them to the speaker or a relative (possessive endings,
the verbs' first-person prefixes of Zulu and Xhosa, Korean's self-reports that drop the
subject).

Kept by hand: no maintained package on the index lists these across languages (see
disclosure_health.py).
"""

from __future__ import annotations

import re

from .vocabulary import phrases, words

__all__ = ["BOUNDED", "SCRIPT_TIES", "STANDING", "SUBSTRINGS", "TERMS", "TIES", "tied_by_prefix"]

#: Terms in languages written with spaces; each starts with a literal word (the stem gate).
TERMS: tuple[str, ...] = (
    # Hausa.
    r"hawan jini", r"ciwon (?:daji|zuciya|koda|hanta)", r"kanjamau", r"cutar sukari",
    r"ya rasu", r"ta rasu", r"sun rasu", r"rasuwar", r"cikin bashi", r"bashi mai yawa",
    r"an kama", r"gidan yari", r"kurkuku", r"azumi", r"shaye-shaye", r"miyagun ƙwayoyi",
    # Zulu and Xhosa: the first person is the verb's prefix (ngi-, nga-, ndi-).
    r"isifo\w*", r"nesifo\w*", r"unesifo\w*", r"nginesifo\w*", r"sikashukela",
    r"nginoshukela", r"unoshukela", r"ndineswekile", r"iswekile", r"umdlavuza", r"ingculaza",
    r"ngiboshiwe", r"ngaboshwa", r"waboshwa", r"uboshiwe", r"ndibanjiwe", r"ejele",
    r"entolongweni", r"izikweletu", r"nginezikweletu", r"isikweletu", r"ndinetyala",
    r"uswelekile", r"usweleke", r"izidakamizwa", r"umlutha",
    # Swahili.
    r"mraibu", r"uraibu", r"dawa za kulevya", r"viza\w* (?:\w+ )?(?:imeisha|imekwisha)",
    r"sina (?:kibali|vibali|hati)", r"mkimbizi", r"wakimbizi",
    # Yoruba, Igbo, Somali.
    r"àtọ̀gbẹ", r"gbèsè", r"ọrịa shuga", r"cadaadis dhiig", r"la xiray",
    r"daroogo",
    # Kazakh, Uzbek, Azerbaijani.
    r"ауырады", r"ауырамын", r"есірткі\w*", r"тәуелді\w*", r"визам\w*",
    r"виза\w* мерзімі өт\w*", r"мұсылман\w*", r"ораза\w*", r"giyohvand\w*", r"vizam\w*",
    r"narkoman\w*", r"asılılıq\w*", r"qamalıb", r"həbsdə",
    # Tagalog, Indonesian and Malay, Vietnamese.
    r"adik sa (?:droga|shabu|sugal)", r"lulong (?:ako |siya |sila )?sa (?:droga|shabu|sugal)",
    r"nagdodroga", r"narkoba", r"kecanduan", r"ketagih\w*",
    r"dipenjara", r"muflis", r"nghiện", r"ma túy", r"ngồi tù", r"tù giam",
)  # fmt: skip

#: Terms in scripts read as substrings (``_`` stands for a space).
SUBSTRINGS = phrases(
    """ደም_ግፊት የደም_ግፊት ታሰረ ታሰረች ቪዛዬ_አልቋል ቪዛ_አልቋል ሱሰኛ አደንዛዥ_እፅ
    ជំងឺបេះដូង ជំងឺមហារីក មានជំងឺ ជំពាក់ ប៉ូលិសចាប់ ចាប់ខ្លួន ពន្ធនាគារ ញៀនថ្នាំ ទិដ្ឋាការផុតកំណត់
    သွေးတိုး ရောဂါရှိ ထောင်ထဲ ထောင်က_ထွက် ထောင်ကထွက် ထောင်ချ ဖမ်းခံရ မူးယစ်ဆေး
    ဗီဇာသက်တမ်းကုန် ဗီဇာ_သက်တမ်းကုန်
    ເບົາຫວານ ມະເຮັງ ເສຍຊີວິດ ຕິດຄຸກ ໜີ້ສິນ ຕິດຢາເສບຕິດ ຖືພາ ເຈັບປ່ວຍ
    షుగర్_ఉంది షుగర్_వ్యాధి బీపీ_ఉంది గుండె_జబ్బు జబ్బు అప్పులు అప్పు_ఉంది అరెస్ట్ మరణించ
    వ్యసనం వీసా_అయిపోయింది వీసా_గడువు
    இதய_நோய் நோய்_இருக்கிறது நோய்_இருக்கு உயர்_இரத்த_அழுத்தம் கடன்_அதிகம் கடனில் கைது
    போதைக்கு_அடிமை
    പ്രമേഹം ഷുഗർ കാൻസർ അർബുദം മരിച്ചു ഹൃദ്രോഗം കടം ജയിലിൽ അറസ്റ്റ് ഗർഭിണി
    मधुमेह मुटु_रोग पक्राउ थुनिए ऋण_छ
    کینسر نشہ_چھوڑ نشے_کا_عادی منشیات ویزا_ختم ویزا_کی_مدت
    شکرې_ناروغي ناروغي ناروغ مړ_شو مړه_شوه پوروړی زندان
    افسردگی سرطان بدهکار
    كانسر سرطان عنده_سكر عندي_سكر عندها_سكر عنده_ضغط عندي_ضغط عندها_ضغط اتسجن مسجون في_السجن
    فالحبس الحبس محبوس مدمن إقامتي_خلصت اقامتي_خلصت إقامتي_انتهت عندي_السكر عنده_السكر
    عندها_السكر عندي_الضغط عنده_الضغط عندها_الضغط أنسولين انسولين إنسولين
    우울증 당뇨 개인회생 파산_신청 구속 수감 비자가_만료 비자_만료"""
)

#: Terms read with what is around them: Burmese "passed away" (not "got lost"), Korean
#: "passed away" (not "went back home"), Thai drugs, prison (not a prison museum) and an
#: expired visa of the speaker.
BOUNDED: tuple[str, ...] = (
    r"ဆုံးသွား(?<!ပျောက်ဆုံးသွား)",  # each starts with a literal: a fast scan
    r"돌아가셨(?<!집에 돌아가셨)(?<!집으로 돌아가셨)",
    r"ติดยา(?:เสพติด|บ้า|ไอซ์|มา|อยู่|แล้ว)|เสพยา",
    r"(?:ออกจาก|เข้า|อยู่ใน)คุก",
    r"วีซ่าของ(?:ผม|ฉัน|หนู|ดิฉัน|เรา)\s?(?:หมดอายุ|ขาด)",
)

#: Korean self-reports that drop the subject ("did", "have", "am taking"): they stand alone.
STANDING = phrases(
    """파산_신청을_했 파산_신청을_해 파산_신청했 개인회생_신청했 개인회생_신청을_했 개인회생_중
    우울증_약을_먹 당뇨가_있어 당뇨_있어"""
)

#: Words of the first person and of relatives, in languages written with spaces.
TIES = words(
    """ɗan'uwana 'yar'uwata kakana kakata nake nike ngaboshwa ngangiboshiwe ngangigula
    анамның әкемнің күйеуімнің әйелімнің ұлымның қызымның ағам ағамның інім інімнің апам
    әпкем сіңлім бауырым менің менде мен
    mening menda onam otam akam ukam
    atam anam qardaşım bacım
    ako nanay tatay kapatid
    saya aku suami isteri istri ayah ibu
    emi iya ọkọ iyawo
    aniga aabahay hooyaday walaalkay"""
)

#: Words of the first person and of relatives in the scripts of SUBSTRINGS.
SCRIPT_TIES = phrases(
    """ቪዛዬ ፓስፖርቴ
    ខ្ញុំ ប្តី ប្រពន្ធ កូន
    ຂ້ອຍ ຂ້າພະເຈົ້າ ຜົວ ເມຍ
    എനിക്ക് എന്റെ ഞാൻ അച്ഛൻ അമ്മ ഭർത്താവ് ഭാര്യ മകൻ മകൾ
    زما زموږ پلار ورور میړه
    أبوي ابوي أخوي اخوي ولدي زوجي زوجتي حرمتي خويا راني بيي إمي خيي أختي ابني إبني مرتي زلمتي
    عندي بدي بدّي پدرم مادرم
    ကျွန်တော ကျွန်မ"""
)

#: The Zulu and Xhosa verb of the first person: "ngi-" ("ngiyagula"), "ndi-" ("ndigula").
_NGUNI_FIRST_PERSON = re.compile(r"(?<!\w)(?:ngi|ndi)[a-z]{2,}", re.IGNORECASE)
#: Tagalog "ngipin" (a tooth) and "ngiti" (a smile) start as a Zulu verb does.
_NOT_NGUNI = words("ngipin ngiti ngiting ndiyo")


def tied_by_prefix(part: str) -> bool:
    """Whether a Zulu or Xhosa sentence says "I" in its verb ("ngine-HIV", "ndiswelekelwe")."""
    return any(m.group().lower() not in _NOT_NGUNI for m in _NGUNI_FIRST_PERSON.finditer(part))
