"""A relative's name, or the speaker's own, in scripts without case, bounded on both sides.

Where no capital marks a name, a kin word alone cannot say where the name ends: "my son
X is sick today" and "my son is sick today" differ only by a word. So a name is read
here only between two cues:

- before it, a kin word in the language's own form: after a possessive ("আমার ছেলে",
  "मेरी बेटी", "என் மகள்"), with the possessive after it ("הבן שלי", "ลูกชายของฉัน") or
  as a suffix ("ልጄ"); the whole family of kin words (child, son, daughter, grandchild,
  parents, spouse, siblings, nephew and niece, grandparents);
- after it, a time word ("today", "tomorrow"), a state or a verb of absence ("sick",
  "will not come"): a comma or a sentence's end says too little ("my husband passed
  away, ..." is two words before a comma);

and none of its words may be one of those cues or a word of size, age or grammar
("my little son", "my son is sick"). A Latin-script name inside such a sentence ("میرا
بیٹا Imran ...") is read the same way. A speaker's own name is bounded the same way:
"I" before it, a verb of speaking after it ("میں X بول رہا ہوں", "म X बोल्दैछु").

Hebrew, Devanagari (Hindi, Marathi, Nepali), Bengali, Gurmukhi, Gujarati, Tamil, Telugu,
Kannada, Malayalam, Sinhala, Urdu, Thai and Ethiopic. Kept by hand: no package on the
index lists kin words, time words and verbs of absence in these scripts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import vocabulary as voc
from .hints import holds_any
from .hit import Hit
from .mask import mask_name

__all__ = ["find_uncased_kin_names"]


@dataclass(frozen=True)
class _Tongue:
    """One script's cues: kin words, words after the name, words never a name."""

    letters: str  # the script's letters, as the inside of a character class
    kin: str  # kin words, in their possessive forms
    cues: str  # time words, states, verbs of absence, postpositions
    not_name: str  # size, age, grammar: words after a kin word that are no name
    speaker: str = ""  # "I" in the script
    speaking: str = ""  # verbs of speaking said after one's own name, ``|`` between
    proclitic: str = ""  # letters that may be glued before a kin word, as a class
    after: str = ""  # possessives said after the kin word ("הבן שלי", "ลูกชายของฉัน")
    glued: bool = False  # the script writes no space before a cue (Thai)


_TONGUES = (
    _Tongue(  # Hebrew: the possessive after the noun, or its suffix
        "\u0590-\u05ff",
        """הבן הבת הילד הילדה הנכד הנכדה הבעל האישה האח האחות האחיין האחיינית בני בתי
        בעלי אשתי אחי אחותי נכדי נכדתי ילדי ילדתי אמי אבי אמא אבא סבתא סבא""",
        """היום מחר אתמול עכשיו חולה חולָה לא יגיע תגיע יחסר תחסר נשאר נשארת מרגיש
        מרגישה צריך צריכה קיבל קיבלה יש היה הייתה של את""",
        """שלי שלנו הקטן הקטנה הגדול הגדולה הבכור הבכורה גם כבר עדיין מאוד קצת בבית""",
        proclitic="ושכלמב",
        after="שלי שלנו",
    ),
    _Tongue(  # Devanagari: Hindi, Marathi, Nepali
        "\u0900-\u097f",
        """बेटा बेटी बेटे पुत्र पुत्री बच्चा बच्ची लड़का लड़की लडका लडकी पोता पोती नाती
        नातिन माँ मां पिता पापा मम्मी पति पत्नी भाई बहन भतीजा भतीजी भांजा भांजी दादी दादा
        नानी नाना मुलगा मुलगी आई बाबा वडील नवरा बायको भाऊ बहीण नातू नात पुतण्या पुतणी
        आजी आजोबा छोरा छोरो छोरी नातिनी आमा बुबा बुवा श्रीमान श्रीमती दाइ भाइ दिदी बहिनी
        हजुरआमा हजुरबुवा भतिजा भतिजी""",
        """आज कल परसों अभी बीमार स्कूल नहीं नही उद्या काल आजारी शाळेत शाळेला येणार नाही
        भोलि हिजो बिरामी विद्यालय आउँदैन आउँदिन आउने छैन""",
        """मेरा मेरी मेरे हमारा हमारी हमारे माझा माझी माझे आमचा आमची मेरो हाम्रो भी पण पनि
        बहुत थोड़ा छोटा छोटी छोटे बड़ा बड़ी बड़े धाकटा धाकटी थोरला थोरली कान्छो कान्छी जेठो
        जेठी अभी अहिले आता अब यहाँ यहां इथे यहीं बैंक घर घरी घरमा पर में तक है हैं था थी का की के
        को ने से ला चा ची चे आहे ले लाई हो छ मा बारे बारेमा बद्दल बाट कडून""",
        "मैं मै म मी",
        "बोल रहा|बोल रही|बात कर रहा|बात कर रही|बोल्दैछु|बोल्दै छु|बोल्दैछ|बोलतोय|बोलतेय|बोलत आहे",
    ),
    _Tongue(  # Bengali
        "\u0980-\u09ff",
        """ছেলে মেয়ে সন্তান বাচ্চা নাতি নাতনি মা বাবা স্বামী স্ত্রী বউ ভাই বোন দাদা দিদি
        ভাইপো ভাইঝি ভাগ্নে ভাগ্নি দাদু দিদিমা ঠাকুমা""",
        """আজ কাল আগামীকাল এখন অসুস্থ স্কুলে আসবে যাবে না""",
        """আমার আমাদের ছোট বড় খুব এখন এখানে ও এর কে বাড়িতে বাড়ি টাকা ব্যাপারে সম্পর্কে
        নিয়ে থেকে""",
        "আমি",
        "বলছি|কথা বলছি",
    ),
    _Tongue(  # Gurmukhi: Punjabi
        "\u0a00-\u0a7f",
        """ਪੁੱਤਰ ਪੁੱਤ ਧੀ ਬੇਟਾ ਬੇਟੀ ਬੱਚਾ ਬੱਚੀ ਮੁੰਡਾ ਕੁੜੀ ਪੋਤਾ ਪੋਤੀ ਮਾਂ ਪਿਤਾ ਪਤੀ ਪਤਨੀ ਭਰਾ
        ਭੈਣ ਦਾਦੀ ਦਾਦਾ""",
        """ਅੱਜ ਕੱਲ੍ਹ ਹੁਣ ਬਿਮਾਰ ਸਕੂਲ ਨਹੀਂ""",
        """ਮੇਰਾ ਮੇਰੀ ਮੇਰੇ ਸਾਡਾ ਸਾਡੀ ਛੋਟਾ ਛੋਟੀ ਵੱਡਾ ਵੱਡੀ ਵੀ ਹੁਣ ਇੱਥੇ ਦਾ ਦੀ ਦੇ ਨੂੰ ਨੇ ਹੈ ਘਰ ਪੈਸੇ
        ਵਿੱਚ ਤੇ ਬਾਰੇ ਤੋਂ""",
        "ਮੈਂ",
        "ਬੋਲ ਰਿਹਾ|ਬੋਲ ਰਹੀ",
    ),
    _Tongue(  # Gujarati
        "\u0a80-\u0aff",
        """દીકરો દીકરી પુત્ર પુત્રી બાળક છોકરો છોકરી પૌત્ર પૌત્રી મમ્મી પપ્પા માતા પિતા પતિ
        પત્ની ભાઈ બહેન ભત્રીજો ભત્રીજી દાદા દાદી નાના નાની""",
        """આજે કાલે હવે બીમાર શાળાએ શાળામાં નહીં""",
        """મારો મારી મારું મારા અમારો અમારી અમારું નાનો મોટો મોટી પણ અહીં હમણાં છે નો ની ને
        ઘરે પૈસા માં પર વિશે થી""",
        "હું",
        "બોલું છું|બોલી રહ્યો|બોલી રહી",
    ),
    _Tongue(  # Tamil
        "\u0b80-\u0bff",
        """மகன் மகள் குழந்தை பையன் பொண்ணு பேரன் பேத்தி அம்மா அப்பா கணவர் கணவன் மனைவி
        அண்ணன் தம்பி அக்கா தங்கை பாட்டி தாத்தா""",
        """இன்று நாளை இன்னைக்கு நேற்று இப்போது உடம்பு பள்ளிக்கு வரமாட்டான் வரமாட்டாள்
        வர""",
        """என் எங்கள் எங்க சின்ன பெரிய மூத்த இளைய இப்போ இங்கே சரியில்லை பற்றி""",
        "நான்",
        "பேசுறேன்|பேசுகிறேன்|பேசறேன்",
    ),
    _Tongue(  # Telugu
        "\u0c00-\u0c7f",
        """కొడుకు కూతురు అమ్మాయి అబ్బాయి పిల్లాడు బిడ్డ మనవడు మనవరాలు అమ్మ నాన్న భర్త
        భార్య అన్న తమ్ముడు అక్క చెల్లి""",
        """ఈరోజు ఈ రేపు నిన్న ఇప్పుడు జ్వరం స్కూల్‌కి స్కూల్ రాదు రాడు""",
        """నా మా చిన్న పెద్ద ఇక్కడ గురించి నుంచి""",
        "నేను",
        "మాట్లాడుతున్నాను|మాట్లాడుతున్నా",
    ),
    _Tongue(  # Kannada
        "\u0c80-\u0cff",
        """ಮಗ ಮಗಳು ಮಗು ಹುಡುಗ ಹುಡುಗಿ ಮೊಮ್ಮಗ ಮೊಮ್ಮಗಳು ಅಮ್ಮ ಅಪ್ಪ ಗಂಡ ಹೆಂಡತಿ ಅಣ್ಣ ಅಕ್ಕ ತಂಗಿ""",
        """ಇಂದು ಇವತ್ತು ನಾಳೆ ನಿನ್ನೆ ಈಗ ಶಾಲೆಗೆ ಬರುವುದಿಲ್ಲ""",
        """ನನ್ನ ನಮ್ಮ ಚಿಕ್ಕ ದೊಡ್ಡ ಇಲ್ಲಿ ಬಗ್ಗೆ""",
        "ನಾನು",
        "ಮಾತಾಡ್ತಿದ್ದೀನಿ|ಮಾತನಾಡುತ್ತಿದ್ದೇನೆ",
    ),
    _Tongue(  # Malayalam
        "\u0d00-\u0d7f",
        """മകൻ മകൾ കുട്ടി മോൻ മോൾ പേരക്കുട്ടി അമ്മ അച്ഛൻ ഭർത്താവ് ഭാര്യ ചേട്ടൻ അനിയൻ ചേച്ചി
        അനിയത്തി""",
        """ഇന്ന് നാളെ ഇന്നലെ ഇപ്പോൾ സ്കൂളിൽ വരില്ല""",
        """എന്റെ ഞങ്ങളുടെ ചെറിയ വലിയ ഇവിടെ കുറിച്ച്""",
        "ഞാൻ",
        "സംസാരിക്കുന്നു",
    ),
    _Tongue(  # Sinhala
        "\u0d80-\u0dff",
        """පුතා දුව දරුවා ළමයා මුණුපුරා මිණිපිරිය අම්මා තාත්තා සැමියා බිරිඳ අයියා මල්ලි අක්කා
        නංගී""",
        """අද හෙට ඊයේ දැන් අසනීප පාසල් එන්නේ නැහැ""",
        """මගේ අපේ පොඩි ලොකු මෙතන ගැන""",
        "මම",
        "කතා කරන්නේ|කතා කරනවා",
    ),
    _Tongue(  # Urdu
        "\u0600-\u06ff",
        """بیٹا بیٹی بیٹے بچہ بچی لڑکا لڑکی پوتا پوتی نواسا نواسی امی ابو والدہ والد شوہر
        بیوی بھائی بہن بھتیجا بھتیجی بھانجا بھانجی دادی دادا نانی نانا""",
        """آج کل ابھی بیمار اسکول سکول نہیں""",
        """میرا میری میرے ہمارا ہماری ہمارے چھوٹا چھوٹی بڑا بڑی بھی یہاں ابھی بینک ہے کا کی
        کے کو نے سے میں پر تک گھر بارے""",
        "میں",
        "بول رہا|بول رہی|بات کر رہا|بات کر رہی",
    ),
    _Tongue(  # Thai: the possessive glued after the kin word, cues glued to what follows
        "\u0e00-\u0e7f",
        """ลูกชาย ลูกสาว ลูก หลานชาย หลานสาว หลาน คุณแม่ คุณพ่อ แม่ พ่อ สามี ภรรยา พี่ชาย
        น้องชาย พี่สาว น้องสาว คุณยาย คุณย่า คุณตา คุณปู่""",
        """วันนี้ พรุ่งนี้ เมื่อวาน ตอนนี้ ไม่สบาย ป่วย ไม่ ไป มา จะ""",
        """ของฉัน ของผม ของดิฉัน ของเรา คนเล็ก คนโต""",
        glued=True,
        after="ของฉัน ของผม ของดิฉัน ของเรา ของหนู",
    ),
    _Tongue(  # Ethiopic: Amharic, the possessive a suffix
        "\u1200-\u137f",
        """ልጄ ልጃችን ልጅዬ ወንድ ሴት እናቴ አባቴ ባለቤቴ ባሌ ሚስቴ ወንድሜ እህቴ አያቴ የልጅ ልጄ""",
        """ዛሬ ነገ ትናንት አሁን ታሞ ታማለች ታሟል አይመጣም አትመጣም ትምህርት""",
        """ልጄ ትንሹ ትልቁ ደግሞ""",
    ),
)
#: A name's word in Latin script inside such a sentence ("میرا بیٹا Imran Qureshi").
_LATIN = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_JOINERS = "\u200c\u200d"


def _alt(block: str) -> str:
    """``a|b|...`` of ``block``'s words, longest first; a space inside a word is any."""
    words = sorted(set(block.split()), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


def _phrases(block: str) -> str:
    """``a|b|...`` of the ``|``-separated phrases of ``block``, longest first."""
    found = sorted({p.strip() for p in block.split("|")}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in found)


@dataclass(frozen=True)
class _Reader:
    """One script's compiled readers and its words that are no name."""

    letters: re.Pattern[str]
    kin: re.Pattern[str]
    speaker: re.Pattern[str] | None
    not_name: frozenset[str]


def _reader(tongue: _Tongue) -> _Reader:
    s = tongue.letters + _JOINERS
    word = rf"(?:[{s}]+|{_LATIN})"
    name = rf"(?P<name>{word}(?:[ \t]+{word}){{0,2}}?)"
    end = "" if tongue.glued else rf"(?![{s}])"
    cue = rf"[ \t]+(?:{_alt(tongue.cues)}){end}"
    before = "" if tongue.glued else rf"(?<![{s}])"
    glued = f"[{tongue.proclitic}]?" if tongue.proclitic else ""
    after = rf"(?:\s*(?:{_alt(tongue.after)}))?" if tongue.after else ""
    kin = re.compile(rf"{before}{glued}(?:{_alt(tongue.kin)}){end}{after}[ \t,]+{name}{cue}")
    speaker = None
    if tongue.speaker:
        speaker = re.compile(
            rf"(?<![{s}])(?:{_alt(tongue.speaker)})[ \t]+{name}"
            rf"[ \t]+(?:{_phrases(tongue.speaking)})"
        )
    stops = tongue.not_name + " " + tongue.cues + " " + tongue.kin + " " + tongue.speaker
    return _Reader(re.compile(f"[{tongue.letters}]"), kin, speaker, voc.words(stops))


_READERS = tuple(_reader(t) for t in _TONGUES)
#: Any letter of these scripts: a text with none is no text of theirs (one scan).
_ANY_LETTER = re.compile(f"[{''.join(t.letters for t in _TONGUES)}]")
#: Words one of which every match holds: a kin word or "I".
_HINTS = tuple(sorted({w for t in _TONGUES for w in (t.kin + " " + t.speaker).split()}))


def _add(hits: list[Hit], m: re.Match[str], reader: _Reader) -> None:
    """Add the name of ``m`` unless a word of it is a cue, a kin word or grammar."""
    words = m.group("name").split()
    if not any(w in reader.not_name for w in words):
        hits.append(Hit("name", m.start("name"), m.end("name"), mask_name(m.group("name"))))


def find_uncased_kin_names(text: str, hits: list[Hit]) -> None:
    """Add names between a kin word and a cue, or "I" and a verb of speaking."""
    if _ANY_LETTER.search(text) is None or not holds_any(text, _HINTS):
        return
    for reader in _READERS:
        if reader.letters.search(text) is None:
            continue
        for m in reader.kin.finditer(text):
            _add(hits, m, reader)
        if reader.speaker is not None:
            for m in reader.speaker.finditer(text):
                _add(hits, m, reader)
