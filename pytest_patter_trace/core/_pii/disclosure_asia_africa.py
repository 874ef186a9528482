r"""Disclosures in languages of Asia and Africa the other lexicons cover thinly.

Kyrgyz, Tajik and Mongolian (Cyrillic), Shona, Xhosa and Zulu, Sotho and Tswana, Oromo,
Javanese and Sundanese (written with spaces: regular-expression fragments, as in
disclosure_lexicon.py); Punjabi, Nepali, Sinhala, Odia, Assamese and Bengali, Malayalam,
Kannada, Sindhi, Pashto, Tibetan, Tigrinya and Amharic (scripts read as substrings). Per
language the whole of each concept: an illness and its names, a stay in hospital, a
death and a funeral, debts and "I cannot pay", a lost job, an arrest and prison, papers,
a faith; and the words that tie them to the speaker or a relative.

Where a word is also an everyday one, the term is written with what says it is about a
person: Sinhala නැති වුණා is "passed away" after a relative and "got lost" after a
phone; Kannada ಸಾಲ ("a debt") begins ಸಾಲು ("a row"); a hospital counts where someone is
in it, not as a place of work. Tibetan says "I" and "my" with a syllable (ང, ངའི) that
sits inside other syllables: it ties a term only as a syllable of its own. Sotho and
Tswana say "I" with ``ke``, Indonesian's "to": their self-reports carry it. Javanese
"kula" ("I") is Swahili "to eat": it ties a term beside a word of polite Javanese.

Kept by hand: no maintained package lists these across languages (see
disclosure_health.py).
"""

from __future__ import annotations

import re

from .vocabulary import phrases, words

__all__ = [
    "SCRIPT_TIES",
    "SUBSTRINGS",
    "TERMS",
    "TIES",
    "WEAK_TERMS",
    "terms_stand",
    "tied_in_script",
]

#: Terms in languages written with spaces; each starts with a literal word (the stem gate).
TERMS: tuple[str, ...] = (
    # Kyrgyz.
    r"ооруканада", r"ооруканага", r"ооруп", r"оорум", r"оорулуу", r"карыз\w*",
    r"төлөй алба\w*", r"каза бол\w*", r"түрмө\w*", r"камакка\w*", r"кант диабет\w*",
    r"жумушсуз\w*", r"ажырашт\w*",
    # Tajik.
    r"бе ҳуҷҷат", r"ҳуҷҷат надор\w*", r"бемор\w*", r"беморхона\w*", r"вафот\w*", r"қарз\w*",
    r"пардохта наметавон\w*", r"зиндон\w*", r"ҳабс\w*", r"саратон\w*",
    # Mongolian.
    r"эмнэлэгт", r"өвчтэй\w*", r"хорт хавдар\w*", r"чихрийн шижин\w*",
    r"төлж чадахгүй", r"төлөх боломжгүй", r"нас барс\w*", r"нас бара\w*", r"шоронд",
    r"хоригдож", r"баривчлагд\w*", r"ажилгүй", r"жирэмсэн", r"зээлээ",
    # Shona.
    r"chirwere\w*", r"nechirwere\w*", r"ndinorwara", r"vanorwara", r"anorwara",
    r"kuchipatara", r"muchipatara", r"chikwereti\w*", r"zvikwereti", r"akafa", r"vakafa",
    r"mariro", r"mujeri", r"kujeri", r"akasungwa", r"vakasungwa",
    r"handi(?:cha)?kwanis[ei] kubhadhara",
    # Xhosa and Zulu.
    r"ndigxothiwe", r"ngixoshiwe", r"ndiphulukene nomsebenzi", r"uphulukene nomsebenzi",
    r"ngilahlekelwe (?:\w+ )?umsebenzi", r"andikwazi ukuhlawula", r"angikwazi ukukhokha",
    r"usesibhedlele", r"esibhedlele", r"esibhedlela", r"ngisesibhedlela", r"ndisesibhedlele",
    r"ndiyagula", r"ngiyagula", r"uyagula", r"umngcwabo", r"amatyala", r"ndinamatyala",
    # Sotho and Tswana: "I" is ``ke`` (see tied_in_script).
    r"ke a kula", r"ke kula", r"ke a lwala", r"ke lwala", r"sepetleleng", r"kokelong",
    r"o hlokahetse", r"o tlhokafetse", r"hlokahetse",
    r"tlhokafetse", r"dikoloto", r"likoloto", r"chankaneng", r"kgolegelong", r"teronkong",
    r"lahlehetswe ke mosebetsi", r"latlhegetswe ke tiro",
    # Oromo.
    r"dhukkub\w*", r"dhibee\w*", r"hospitaala\w*", r"mana yaalaa", r"boqot\w*",
    r"awwaalcha\w*", r"liqaa\w*", r"liqii\w*", r"mana hidhaa", r"hidhame\w*",
    r"hojii dhabe\w*", r"kaffaluu hin (?:danda'u|dandeenye|dandeenyu)",
    # Javanese and Sundanese.
    r"lara (?:jantung|gula|ginjal|paru|kanker|stroke|ati|kulit)", r"gerah",
    r"(?:keur|nuju|lagi) gering",
    r"tilar donya", r"maot", r"ora (?:saged|bisa) mbayar", r"teu tiasa mayar", r"dipecat",
    r"kena phk", r"di-phk", r"dikunjara",
    # Somali: lost work, "I cannot pay", a hospital, being ill.
    r"ma bixin karo", r"deynta", r"shaqadii (?:waan )?(?:ka tagay|lumay|waayay)",
    r"shaqo waayay", r"cisbitaalka", r"jiran\w*", r"jirran\w*", r"dhimatay",
    # Sotho and Tswana: he or she is ill.
    r"o a lwala", r"o lwala", r"o a kula", r"o kula",
    # Uzbek: a job lost, "I cannot pay".
    r"ishimni yo['ʻ‘’]qotdim", r"ishsiz qoldim", r"to['ʻ‘’]lay olmay\w*",
)  # fmt: skip

#: Terms too common alone: Javanese "gerah" (ill) is Indonesian "stuffy".
WEAK_TERMS = words("gerah")

#: Terms in scripts read as substrings (``_`` stands for a space).
SUBSTRINGS = phrases(
    """ਸਿੱਖ_ਹਾਂ ਅੰਮ੍ਰਿਤਧਾਰੀ ਮੁਸਲਮਾਨ_ਹਾਂ ਬੀਮਾਰ ਬਿਮਾਰੀ ਦੇਹਾਂਤ ਹਸਪਤਾਲ_ਵਿਚ ਮਿਰਗੀ ਨੌਕਰੀ_ਚਲੀ
    ਨੌਕਰੀ_ਛੁੱਟ ਕਰਜ਼ ਕਿਸ਼ਤ_ਨਹੀਂ ਗ੍ਰਿਫ਼ਤਾਰ ਗ੍ਰਿਫਤਾਰ ਸ਼ਰਨ_ਮੰਗ
    मिर्गी छारे_रोग रोग_छ रोग_लाग रोगी_हुँ अस्पताल_भर्ना ऋणमा जागिर_गयो जागिर_छुट्यो निधन
    රෝගයක් රෝගය_ හෘද_රෝග රෝගී මැරුණා අභාවප්‍රාප්ත අවමංගල්‍ය ණය_ගෙවන්න
    රැකියාව_නැති රැකියාව_අහිමි සිරගෙදර අත්අඩංගුවට අම්මා_නැති_වුණා තාත්තා_නැති_වුණා
    සැමියා_නැති_වුණා බිරිඳ_නැති_වුණා පුතා_නැති_වුණා දුව_නැති_වුණා අයියා_නැති_වුණා
    ආච්චි_නැති_වුණා සීයා_නැති_වුණා
    ଦେହାନ୍ତ ଋଣ ଡାକ୍ତରଖାନାରେ ହସ୍ପିଟାଲରେ କର୍କଟ କ୍ୟାନସର ମଧୁମେହ ଅସୁସ୍ଥ ଚାକିରି_ଗଲା ଚାକିରି_ଚାଲିଗଲା
    ଜେଲରେ ଗିରଫ नौकरी_चली_गई नौकरी_छूट चाकरी_गेली
    কেন্সাৰ ঋণত ঋণ_আছে চাকৰি_গ'ল চাকৰি_হেৰু হস্পিতালত চিকিৎসালয়ত মৃত্যু বেমাৰ ডায়েবেটিছ
    জেলত গ্ৰেপ্তাৰ চাকরি_চলে_গেছে চাকরি_হারি হাসপাতালে মারা_গেছেন মারা_গেছে অসুস্থ কারাগার
    গ্রেপ্তার ক্যান্সার
    ജോലി_പോയി ജോലി_നഷ്ട അടയ്ക്കാൻ_പറ്റുന്നില്ല അസുഖ ആശുപത്രിയിലാണ് ജയിലിൽ
    ಕ್ಯಾನ್ಸರ್ ಸಕ್ಕರೆ_ಕಾಯಿಲೆ ಕಾಯಿಲೆ ಆಸ್ಪತ್ರೆಯಲ್ಲಿ ಸಾಲ_ಇದೆ ಸಾಲ_ಬೇಕು ಸಾಲದ ಸಾಲಗಾರ ಸಾಲ_ಕಟ್ಟ
    ಕಂತು_ಕಟ್ಟಲು_ಆಗು ನಿಧನ ತೀರಿಕೊಂಡ ಜೈಲಿನಲ್ಲಿ ಬಂಧನ ಕೆಲಸ_ಹೋಯಿತು ಕೆಲಸ_ಕಳೆದು ಗರ್ಭಿಣಿ ಹೃದಯ_ರೋಗ
    جيل_۾ بيمار اسپتال_۾ وفات_ڪري گذاري_ويو ڪينسر نوڪري_هلي_وئي
    روغتون_کې پور_لرم نیول_شوی
    ཤི་སོང གྲོངས ན་ཚ སྨན་ཁང་ལ བུ་ལོན བཙོན་ཁང བཙོན་འཇུག ལས་ཀ་ཤོར
    ማእሰርቲ ተኣሲሩ ተኣሲራ ሕማም ሕሙም ሕምምቲ ሞይቱ ሞይታ ዕዳ_ኣለ ዕዳ_አለ ዕዳዬ ዕዳይ እስር_ቤት ሞተብኝ ሞተች አረፉ ታሟል ታማለች
    ታምሜ ካንሰር ስኳር_በሽታ በሽታ_አለ ሥራዬን_አጣሁ ሥራ_አጣሁ ስራዬን_አጣሁ መክፈል_አልችልም ብድር_አለብኝ
    ሆስፒታል_ገብ
    નોકરી_જતી_રહી નોકરી_ગઈ નોકરી_છૂટી ભરી_શકતો_નથી ભરી_શકતી_નથી હપ્તો_ભરી_શક
    வேலை_போச்சு வேலை_போய்விட்ட வேலையை_இழந்த கட்ட_முடியல கட்ட_முடியவில்லை
    ఉద్యోగం_పోయింది ఉద్యోగం_పోయి కట్టలేక కట్టలేను కట్టలేకపో
    قرضدار قرض_دارم نمی_توانم_بپردازم نمی‌توانم_بپردازم کارم_را_از_دست_دادم بیکار_شدم بستری
    فوت_کرد درگذشت"""
)

#: Words of the first person and of relatives, in languages written with spaces.
TIES = words(
    """мен менин мага апам атам күйөөм аялым уулум кызым агам эжем жатам жатамын
    жатырмын турам жүрөм элем болдум калдым албайм алам
    ман манро дорам мекунам наметавонам шудам шудаам ҳастам будам модарам падарам
    бародарам писарам духтарам шавҳарам занам хоҳарам
    би миний маань минийх надад аав ээж нөхөр эхнэр хүү охин эгч
    vangu wangu yangu changu ndine ndiri amai
    waan
    wam wami lam umama utata ubaba umyeni unyana
    ntate rre
    koo kiyya ani abbaan haati qabadha qabama qabame bojo
    abdi kuring simkuring ibuku bapakku bojoku anakku adhiku adikku kakangku
    mbakyuku simbokku embahku indung"""
)

#: Words of the first person and of relatives in the scripts of SUBSTRINGS.
SCRIPT_TIES = phrases(
    """ਮੇਰਾ ਮੇਰੀ ਮੇਰੇ ਮੈਨੂੰ ਮੈਂ
    मेरो मेरी मलाई हाम्रो छोरा छोरी बुबा आमा
    මගේ මට මම තාත්තා අම්මා
    ମୋ_ ମୋର ମୋତେ ମୁଁ ବାପା ସ୍ୱାମୀ ସ୍ତ୍ରୀ ପୁଅ ଝିଅ ଭାଇ ଭଉଣୀ
    মোৰ মই মোক আমাৰ দেউতা আমার আমি
    എന്റെ എനിക്ക് ഞാൻ അമ്മ അച്ഛൻ
    ನನ್ನ ನನಗೆ ನಾನು ನಮ್ಮ ಅಮ್ಮ ಅಪ್ಪ ತಾಯಿ ತಂದೆ ಗಂಡನಿಗೆ ಗಂಡನ ಹೆಂಡತಿ ಮಗನ ಮಗಳು
    منهنجو منهنجي منهنجا مون_کي اسان_جو ماءُ پيءُ ڀاءُ ڀيڻ مڙس
    زما
    ཨ་མ ཨ་ཕ ཨ་པ ཕ་མ
    ሥራዬን ስራዬን ብድሬን አልችልም አጣሁ
    ኣነ ናተይ ሓወይ ኣደይ ኣቦይ ሰበይተይ ወደይ ጓለይ ሓፍተይ እኔ እናቴ አባቴ ባለቤቴ ወንድሜ እህቴ ልጄ
    አለብኝ"""
)

#: Tibetan "I", "my", "to me" as a syllable of its own (after a tsheg, a space or the start).
_TIBETAN_I = re.compile(r"(?:^|[\s་།])ང(?:འི|ས|ར|་ལ)?་")
#: Sotho and Tswana self-reports ("ke a kula", "ke robetse sepetlele") and "my" ("mme
#: wa ka", "ntate wa ka").
_SOTHO_I = re.compile(
    r"(?i)(?<!\w)(?:ke (?:a )?(?:kula|lwala|robetse|tshwerwe|lahlehetswe)"
    r"|(?:wa|ya|ba|sa|la) ka(?!\w))"
)
#: Uzbek says "I" in the verb ("to'lay olmayman", "bo'shatildim"): beside its o‘ or g‘.
_UZBEK_LETTERS = re.compile(r"[oOgG][ʻ'‘’][a-z]")
_UZBEK_I = re.compile(r"\w(?:man|dim|ganman|yapman)$")
#: Javanese "kula" ("I") is Swahili "eat": it ties a term beside a word of polite Javanese.
_JAVANESE = words(
    "gadhah saged badhe sampun ingkang nggih mboten wonten menawi kalih ora mlebu arep wis durung"
)


def tied_in_script(part: str, said: list[str]) -> bool:
    """Whether a Tibetan, Nepali, Sotho, Tswana, Uzbek or Javanese sentence says "I".

    Nepali म ("I") ends many words too ("आम", "common"): it ties at the start of a sentence.
    """
    if "ང" in part and _TIBETAN_I.search(part) is not None:
        return True
    if part.lstrip().startswith("म "):  # Nepali "I" (elsewhere after a space: see plain)
        return True
    if "kula" in said and not _JAVANESE.isdisjoint(said):
        return True
    if _UZBEK_LETTERS.search(part) and any(map(_UZBEK_I.search, said)):
        return True
    lowered = part.lower()
    return (" ka" in lowered or "ke " in lowered) and _SOTHO_I.search(part) is not None


def terms_stand(script_terms: list[str], part: str) -> bool:
    """Whether two terms of a language of India or Sri Lanka stand without a word for "I".

    These languages drop the subject ("ജോലി പോയി, ... അടയ്ക്കാൻ പറ്റുന്നില്ല": "lost the
    job, can't pay ..."): two different terms in one sentence say whose as "my" would,
    where one may be a topic ("ಕ್ಯಾನ್ಸರ್ ಬಗ್ಗೆ ಮಾಹಿತಿ", "about cancer"). One of them tells
    what happened (a job lost, a loan unpaid, a stay in hospital): two illnesses are a
    topic too; and beside a test, a service or information they are a business's.
    """
    indic = {t for t in script_terms if "\u0900" <= t[0] <= "\u0dff"}
    if len(indic) < 2 or _EVENTS.isdisjoint(indic):
        return False
    return not any(word in part for word in _SERVICE_WORDS)


#: Terms that tell what happened to someone (a job lost, a loan not paid, a stay in
#: hospital), not the name of an illness: "cancer and diabetes are common" stays a topic.
_EVENTS = phrases(
    """ജോലി_പോയി ജോലി_നഷ്ട അടയ്ക്കാൻ_പറ്റുന്നില്ല ആശുപത്രിയിലാണ് ಕೆಲಸ_ಹೋಯಿತು ಕೆಲಸ_ಕಳೆದು
    ಕಂತು_ಕಟ್ಟಲು_ಆಗು ಸಾಲ_ಕಟ್ಟ ಸಾಲ_ಇದೆ ಆಸ್ಪತ್ರೆಯಲ್ಲಿ ತೀರಿಕೊಂಡ රැකියාව_නැති රැකියාව_අහිමි ණය_ගෙවන්න
    ଚାକିରି_ଗଲା ଚାକିରି_ଚାଲିଗଲା ଡାକ୍ତରଖାନାରେ ਨੌਕਰੀ_ਚਲੀ ਨੌਕਰੀ_ਛੁੱਟ ਕਿਸ਼ਤ_ਨਹੀਂ जागिर_गयो जागिर_छुट्यो
    चाकरी_गेली चाकरी_गेली नौकरी_चली_गई नौकरी_छूट চাকরি_চলে_গেছে চাকরি_হারি চাকৰি_গ'ল চাকৰি_হেৰু"""
)


#: Words of a test, a service, a camp, information or "about" in these languages.
_SERVICE_WORDS = phrases(
    """जांच जाँच परीक्षण सुविधा उपलब्ध सेवा जानकारी बारे शिविर पैकेज तपासणी माहिती बद्दल शिबिर
    পরীক্ষা সুবিধা উপলব্ধ তথ্য সেবা সম্পর্কে ক্যাম্প তপাস સુવિધા માહિતી સેવા વિશે તપાસ
    ਜਾਂਚ ਸਹੂਲਤ ਜਾਣਕਾਰੀ ਸੇਵਾ ਬਾਰੇ பரிசோதனை வசதி தகவல் சேவை பற்றி முகாம்
    పరీక్ష సౌకర్య సమాచార సేవ గురించి శిబిర ಪರೀಕ್ಷೆ ತಪಾಸಣೆ ಸೌಲಭ್ಯ ಮಾಹಿತಿ ಸೇವೆ ಬಗ್ಗೆ ಶಿಬಿರ
    പരിശോധന സൗകര്യ വിവര സേവന കുറിച്ച് ക്യാമ്പ് පරීක්ෂණ පහසුකම් තොරතුරු සේවා ගැන කඳවුර
    ପରୀକ୍ଷା ସୁବିଧା ସୂଚନା ସେବା ବିଷୟରେ"""
)
