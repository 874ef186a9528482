"""Disclosure terms in scripts read as substrings, and the words that tie a term to a person.

disclosure.py reads these with its first lists:

- terms in scripts whose words take particles or are not split by spaces (Korean, Arabic,
  Persian, Urdu, Hebrew, Devanagari, Bengali, Ethiopic, and Yoruba's marked letters),
  looked for as substrings; a few that are also the start of everyday words are looked
  for as whole words only (Amharic ሞተ "died" begins ሞተር "motor", Arabic مات "died"
  sits inside معلومات "information");
- the words of languages that drop the subject, which say "I" in the verb ("tengo", "έχω",
  "beru", "tô"), and the first person in more languages and romanisations (Arabizi,
  Hinglish, Yoruba, Hausa, Zulu);
- terms said of a thing as often as of a person, which need a second term, and key names
  of a sensitive field in more languages (``tani``, ``diagnoza``).

Kept by hand, as the other lexicons: no maintained package lists these (see
disclosure_health.py).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import Any

from .vocabulary import phrases, words

__all__ = [
    "KEYS",
    "NOTE_KEYS",
    "NOT_A_PERSON_BEFORE",
    "SCRIPT_TIES",
    "SUBSTRINGS",
    "TIES",
    "TOPIC_NOUNS",
    "WEAK_TERMS",
    "WHOLE_WORDS",
    "ma_is_but",
    "tie_is_a_business",
    "tied_by_inflection",
    "trie_pattern",
]

#: Terms looked for as substrings (``_`` stands for a space).
SUBSTRINGS = phrases(
    """암_치료 암치료 암_수술 암으로 암_환자 암환자 암_투병 치료_중 치료중 치료를_받 치료받 투병
    약을_먹고 진단을_받 진단받 수술을_받 수술받 고혈압 뇌졸중 심장마비 불안장애 조울증 자폐
    파킨슨 간경화 신부전 항우울제 알코올_중독 낙태 대출을_못 못_갚 돈을_못_갚 집행유예 보호관찰
    접근금지 별세 작고 빈소 상을_당했 부고 체류_기간이_만료 무슬림 이슬람교 불교_신자 천주교
    기독교인 교회에_다 게이
    流産 脳梗塞 心筋梗塞 脳卒中 統合失調症 双極性障害 パニック障害 適応障害 発達障害 自閉症 肝炎
    白血病 リハビリ中 休職中 車椅子 四十九日 喪中 執行猶予 保釈 在留資格 脑梗 心梗 高血压 精神分裂
    躁郁症 自闭症 孤独症 做透析 轮椅 办丧事 取保候审 穆斯林 信佛 基督徒 ฟอกไต หัวใจวาย อัมพาต
    ไบโพลาร์ ออทิสติก โดนจับ มุสลิม
    توحد التوحد عندي_سكري ضغط_الدم ضغط_دم فشل_كلوي الغسيل_الكلوي سكتة_دماغية الصرع زهايمر باركنسون
    التهاب_الكبد علاج_كيميائي حامل_بطفل حامل_بتوأم إجهاض اجهاض مرض_نفسي
    طبيب_نفسي معاق معاقة كرسي_متحرك مرض_السكر مرض_القلب عندي_مرض مرض_مزمن
    اتوفى اتوفت توفى الله_يرحمها محكوم حكم_علي القبض_علي محامي_قضية تأشيرتي_انتهت الفيزا_انتهت
    اقامتي_منتهية إقامتي_منتهية بدون_إقامة مفلس فقدت_وظيفتي فقدت_شغلي اترفدت ما_أقدر_أدفع
    ما_اقدر_ادفع مش_قادر_ادفع مش_قادرة_أدفع مش_قادرة_ادفع مديونة أنا_مسلم انا_مسلم أنا_مسيحي
    انا_مسيحي صائم صايم
    شیمی_درمانی دیالیز سکته بیمارم بیماری بیمار حامله سقط_جنین معتاد اعتیاد معلول بازداشت محکوم
    بدهی_دارم اقامت_ندارم فوت_کرده مرحوم ہیپاٹائٹس ذیابیطس بلڈ_پریشر دل_کا_دورہ فالج
    ڈپریشن بیمار_ہ بیماری ہسپتال_میں علاج_چل ڈائیلاسز کیموتھراپی کیمو معذور نشے_کی_لت فوت_ہو
    وفات جنازہ گرفتار مقدمہ قرضہ نوکری_چلی پناہ_گزین روزہ روزے شوگر_ہے شوگر_کا شوگر_کی
    लोन_डिफ़ॉल्ट लोन_डिफॉल्ट डिफ़ॉल्ट_हो डिफॉल्ट_हो कर्ज़ क़र्ज़ा कर्जा ईएमआई_नहीं किस्त_नहीं
    बेरोज़गार नौकरी_छूट नौकरी_चली मुसलमान मुस्लिम हिंदू हिन्दू सिख_हूँ सिख_हैं ईसाई बौद्ध नास्तिक
    व्रत_रख उपवास रोज़ा_रख रोजा_रख रोज़ा_है रोजा_है शुगर_है शुगर_की शुगर_का शुगर_के बीपी_है ब्लड_प्रेशर
    हार्ट_अटैक दिल_का_दौरा लकवा डायलिसिस इलाज_चल प्रेग्नेंट गर्भपात टीबी मानसिक_रोग दिव्यांग केस_चल
    मुक़दमा ज़मानत जमानत एफआईआर देहांत स्वर्गवास चल_बसे मौत तलाक़
    हम_जैन जैन_धर्म जैन_हैं जैन_हूँ जैन_हूं जैन_समुदाय
    রোজা ৰোজা মুসলিম মুসলমান হিন্দু খ্রিস্টান বৌদ্ধ নাস্তিক অসুস্থ রোগ ডায়ালাইসিস কেমো স্ট্রোক
    হার্ট_অ্যাটাক ডিপ্রেশন বিষণ্ণতা প্রতিবন্ধী চিকিৎসা_চল দেনা দেউলিয়া চাকরি_চলে চাকরি_হারিয়ে
    মামলা জামিন মারা_যান মারা_যায় মৃত্যু ইন্তেকাল জানাজা শ্রাদ্ধ প্রয়াত
    תיק_פלילי רישום_פלילי כתב_אישום נאשם הורשעתי הורשע מאסר בית_סוהר צו_הרחקה מעצר_בית
    טיפולי_פוריות הפריה הקרנות לחץ_דם התקף_לב אירוע_מוחי דיאליזה אפילפסיה אוטיזם אוטיסט
    חולה_ב חולת אני_חולה מחלת מחלה דיכאון היריון בהיריון הפלה מאושפזת הוצאה_לפועל עיקול
    נהרג נהרגה שומר_שבת מוסלמי נוצרי מבקש_מקלט שוהה_בלתי_חוקי
    àìsàn àrùn ṣúgà ìwòsàn ìsìnkú ẹ̀wọ̀n
    ካንሰር በሽታ ታማለች ታሟል ታምሜ ታምሚያለሁ ስኳር_አለብኝ የስኳር_በሽታ ነፍሰ_ጡር እርጉዝ ኤች_አይ_ቪ
    ኤችአይቪ እስር_ቤት ታስሯል ታስሬ ተከሰስኩ ስደተኛ ቀብር ለቅሶ ሆስፒታል_ገብ"""
)

#: Terms that begin or sit inside everyday words: whole words only (disclosure.py checks
#: the letter before; a lookbehind first would slow the search).
WHOLE_WORDS = words("ሞተ ሞተች ሞቱ ሞተብኝ ሞተችብኝ ሞቷል ሞታለች ሞተዋል አረፉ አረፈ አረፈች አርፈዋል ዕዳ እዳ مات ماتت فوت")


def trie_pattern(literals: AbstractSet[str]) -> str:
    """One pattern for many literals, shared beginnings written once ("ab(?:c|d)").

    The engine tries each branch of a plain alternation in turn at every position that
    starts one; as a trie it reads each letter once. The longest literal wins, as in an
    alternation sorted longest first.
    """
    trie: dict[str, Any] = {}
    for literal in literals:
        node = trie
        for letter in literal:
            node = node.setdefault(letter, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        parts = [re.escape(k) + branch(v) for k, v in sorted(node.items()) if k]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(trie)


#: Words that tie a term to a person in these scripts (looked for as substrings).
SCRIPT_TIES = phrases(
    """ባለቤቴ እናቴ አባቴ ልጄ ወንድሜ እህቴ እኔ አለብኝ ነኝ ባሌ ሚስቴ አያቴ ታምሜ
    আমরা আমাদের স্বামী স্ত্রী ছেলে মেয়ে বাবা মায়ের বাবার
    हम हमारा हमारी हमारे पापा मम्मी दादी दादा नानी नाना
    ہوں ہم امی ابو والد والدہ شوہر بیوی بیٹا بیٹی بھائی بہن
    ابنتي بنتي أخويا اخويا جوزي مراتي ابويا امي ابي بابا ماما احنا إحنا نحن انا
    کرده‌ام شدم هستیم داریم נגדי אנחנו שלנו
    mi_ mo_ èmi ìyá bàbá ọkọ ìyàwó ọmọ"""
)

#: Words that tie a term to the speaker or a relative in languages written with spaces: the
#: verbs of languages that drop the subject, more first persons and relatives, and "the
#: caller" of a call summary ("the caller disclosed a diagnosis"). Arabizi
#: is written with its digits as 0 ("0andi" for "3andi"): a sentence is judged with its
#: digits zeroed.
TIES = words(
    """έχω παίρνω έχασα ήμουν χρωστάω καταδικάστηκα
    soy estuve fui tuve nuestro nuestra conmigo pedí mío mía perdí
    tô tava tenho sou fiquei estava perdi faço minhas meus nós nosso nossa
    sto nostro nostra abbiamo siamo ero faccio prendo riesco posso devo aspetto aspettiamo
    nous notre m'a m'ont wir uns unser unsere unserer unseren heb zit we wij ons onze
    mitt oss vår våra vores vårt meg mig mej meillä meidän syön otan menetin
    biorę byłem byłam straciłem straciłam dostałem dostałam leczę choruję nas nasz nasza
    tata mojej moim moją beru užívám potřebuju mi mne moji mého mému liečim léčím
    přišel přišla náš naše táta máma mamka taťka
    моего моей моему мою моё моєї моїй ми
    bizim biz hakkımda annemi babamı eşimi kocamı karımı oğlumu kızımı kardeşimi ablamı abimi
    szedek voltam kirúgtak
    ông anh chị cha nội ngoại
    gue gua isteri bapak emak abah
    mo kuya natin
    èmi emi ìyá iya ọkọ oko ìyàwó iyawo ọmọ omo
    ina mahaifiyata mahaifina mijina matata ɗana 'yata yayana kanina
    wami yami umama ubaba umyeni unkosikazi ngiyagula ngisesibhedlela ngikhulelwe ngiphethwe
    ngine
    ana 0andi ommi omi abouya abuya gozi mrati merati ebni ibni benti akhoya a0oya okhti o0ti
    ma0aya e0na
    mera meri mere mujhe hum hamara hamare humara hamari maa papa pitaji pati patni beti
    bhai behen bahan mummy mammi caller caller's"""
)

#: Romanian words of the first person that are English or Latin words elsewhere ("am"):
#: they tie a term only in a sentence with a letter only Romanian writes.
_ROMANIAN_TIES = words("am îmi mi-au mi-a m-am mă noi nostru noastră")
_ROMANIAN = re.compile(r"[ăâîșțşţ]")


def tied_by_inflection(part: str, words_said: list[str]) -> bool:
    """Whether a Romanian sentence says "I" in a verb or a clitic ("am datorii")."""
    return _ROMANIAN.search(part) is not None and not _ROMANIAN_TIES.isdisjoint(words_said)


#: Words after Italian "ma" ("but"): French "ma" ("my") is followed by a noun.
_AFTER_BUT = words(
    """il lo la i gli le l un una uno non se è e ci mi ti si vi ne che per come quando dove
    perché anche io tu lui lei noi voi loro sono ho hai ha questo questa quel quella già poi
    solo forse allora invece comunque"""
)


def ma_is_but(words_said: list[str]) -> bool:
    """Whether every "ma" in the sentence is Italian "but" ("ma il reparto ...")."""
    return all(
        i + 1 < len(words_said) and words_said[i + 1] in _AFTER_BUT
        for i, w in enumerate(words_said)
        if w == "ma"
    )


#: Possessives that a business says of itself ("our clinic offers chemotherapy").
_POSSESSIVES = words(
    """our my nuestra nuestro nuestros nuestras notre nos unser unsere unserer onze ons vår
    vårt nosso nossa nossos nossas nostro nostra nostri"""
)
#: The business's own nouns after those possessives.
_BUSINESS_NOUNS = words(
    """clinic clinics pharmacy pharmacies company firm team store stores shop shops hospital
    practice service services office offices agency bank branch branches package packages
    product products business center centre department website app plan plans staff
    clínica clinica farmacia farmácia empresa tienda loja oficina servicio servicios serviço
    serviços clinique pharmacie entreprise magasin klinik apotheke firma praxis kliniek
    apotheek bedrijf winkel negozio azienda studio"""
)


def tie_is_a_business(tied: AbstractSet[str], words_said: list[str]) -> bool:
    """Whether the only ties are a business's possessives of itself ("our clinic offers")."""
    if not tied or not tied <= _POSSESSIVES:
        return False
    return all(
        i + 1 < len(words_said) and words_said[i + 1] in _BUSINESS_NOUNS
        for i, w in enumerate(words_said)
        if w in tied
    )


#: Terms as often said of a service, a product, a feeling, a place or an insurance (a
#: cardiology queue, "che ansia", "uma demanda grande", "asuransi kematian", a travel
#: clinic's malaria tablets): they need a second term.
WEAK_TERMS = phrases(
    """cardiology oncology psychiatry kardiologie onkologie psychiatrie ansiedad ansiedade
    demanda coma uci uti asibiti νοσοκομείο rối_loạn задолженность задолженности
    задолженностью esibhedlela isibhedlela inmate malaria typhoid ångest penyakit kematian
    смерть смерти смертью θάνατος θανάτου θάνατο ölüm deces decesul decesului óbito
    decesso sterbefall dødsfall dødsfald dödsfall úmrtí"""
)

#: Words before a term that make it a workforce's state, not a person's ("agent burnout").
NOT_A_PERSON_BEFORE = words(
    """agent agents staff employee employees team teams workforce worker workers nurse
    nurses caregiver caregivers"""
)

#: Nouns after a term that make it a topic ("burnout report", "the oncology department").
TOPIC_NOUNS = words(
    """report reports survey study studies prevention department queue monitor monitors
    machine machines meter meters strips supplies vaccine vaccines vaccination package
    packages"""
)

#: Key words naming a person's condition or treatment in more languages.
KEYS = words(
    """tani tanı teşhis teshis hastalik hastalık ilac ilaç ilaclar ilaçlar diagnoza
    rozpoznanie choroba choroby leki diagnos diagnoosi sairaus diagnóstico
    medicamentos medicamento medicação medicacao medicacion medicación farmaci farmaco
    medikamente medikation medicatie medicijnen lekarstva лекарства препараты болезнь
    заболевание симптомы аллергия diagnoz hastaligi penyakit diagnosa ziekte aandoening
    sjukdom sykdom sygdom betegség boala boală religiao religião vallás wyznanie религия
    causademuerte causadamorte fechadefuncion fechadedefuncion dataobito datadoobito
    todesdatum sterbedatum antecedentespenales deuda deudas divida dividas dívida dívidas"""
)
#: Key words of a note or a reason in more languages: a term in the value is about the
#: person the record is about (``cita.motivo_consulta``, ``randevu.sebep``).
NOTE_KEYS = words(
    """razon razón raison raisons sebep neden powod powód duvod důvod reden anledning syy
    причина motiv observacion observación observaciones observacao observação observacoes
    observações notiz notizen notitie notities opmerking opmerkingen anteckning
    anteckningar merknad merknader bemærkning bemærkninger huomautus uwagi uwaga poznamka
    poznámka примечание комментарий aciklama açıklama notlar commento commenti
    motivoconsulta motivodeconsulta motivodaconsulta summary summaries callsummary
    reasonforcall reasonforvisit visitreason callreason chiefcomplaint presentingcomplaint
    intakenotes casenotes callnotes resumen resumo riassunto zusammenfassung samenvatting"""
)
