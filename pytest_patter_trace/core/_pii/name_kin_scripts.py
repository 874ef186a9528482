"""Third parties and staff named after a kin term or a title, in scripts without case.

Where no capital marks a name, the language's grammar bounds it:

- Hindi, Marathi, Nepali (Devanagari), Urdu (Arabic script) and Bengali: a kin term,
  with or without "my", then one to three words up to a postposition ("मेरी बहन X का",
  "میرے بھائی X کا", "আমার ভাই X এর");
- Arabic: a kin term with the suffix "my" and a proclitic ("لأمي", "أختي"), then the name
  up to a pronoun ("هو", "هي") or, two words or more, the turn's end; Persian: a title
  ("آقای", "خانم", "دکتر") then the name up to a verb;
- Thai: a kin term, "named" (ชื่อ), the name up to a polite particle;
- Chinese: a kin term, a surname, one or two characters, then a verb or a particle;
  Japanese: a kin term, の, a surname and given name, then a particle; Korean: a surname
  and a title ("박 선생님").

Kept by hand: no package on the index lists kin terms and their postpositions in these
scripts (see :mod:`.name_kin`).
"""

from __future__ import annotations

import re

from . import vocabulary as voc
from .hints import holds_any
from .hit import Hit
from .mask import mask_name

__all__ = ["find_kin_script_names"]


def _alt(block: str) -> str:
    return "|".join(sorted(set(block.split()), key=len, reverse=True))


# -- Devanagari, Urdu, Bengali: the name before a postposition -----------------------------

_HI_KIN = _alt(
    """पत्नी बीवी पति बेटा बेटे बेटी भाई भैया बहन माँ मां माता माताजी मम्मी पिता पिताजी पापा
    दादा दादी नाना नानी चाचा चाची मामा मामी बुआ मौसी सास ससुर भाभी दोस्त डॉक्टर वकील नर्स
    बायको नवरा मुलगा मुलगी आई बाबा भाऊ बहीण मित्र श्रीमती छोरा छोरी आमा बुबा दाइ दिदी भाइ
    बहिनी साथी वडील सासू सासरे पती दीर नणंद श्रीमान बुवा श्रीमती"""
)
_DEV = "\u0900-\u097f"
#: Words after a kin term that are no name: states, places, time, grammar.
_HI_NOT = voc.words(
    """घर बीमार ठीक यहाँ यहां वहाँ वहां अभी भी नहीं आज कल अस्पताल काम बाहर साथ लिए पास
    है हैं था थी थे हो हूँ ने को से का की के और तो जी भी सब बहुत"""
)
_HI = re.compile(
    rf"(?<![{_DEV}])(?:{_HI_KIN})\s+((?:[{_DEV}]+|[A-Z][a-z]+)(?:\s+(?:[{_DEV}]+|[A-Z][a-z]+)){{0,2}}?)"
    r"\s+(?:का|की|के|को|ने|से|जी|ला|चा|ची|चे|नी|लाई|ले|को|यांच्या|यांचे|यांची|यांचा|यांना|यांनी)"
    r"(?=\s|$|[,.।])"
)
_UR_KIN = _alt(
    """بیوی شوہر بیٹا بیٹے بیٹی بھائی بہن امی ابو والد والدہ ماں دادا دادی نانا نانی چچا
    چاچی خالہ ماموں پھوپھی دوست ڈاکٹر وکیل ساس سسر بھابھی"""
)
_AR = "\u0600-\u06ff"
_UR_NOT = voc.words("""گھر بیمار ٹھیک یہاں وہاں ابھی بھی نہیں آج کل ہسپتال کام باہر ساتھ ہے""")
_UR = re.compile(
    rf"(?<![{_AR}])(?:{_UR_KIN})\s+((?:[{_AR}]+|[A-Z][a-z]+)(?:\s+(?:[{_AR}]+|[A-Z][a-z]+)){{0,2}}?)"
    r"\s+(?:کا|کی|کے|کو|نے|سے|جی)(?=\s|$|[،۔.,])"
)
_BN_KIN = _alt(
    """স্ত্রী বউ স্বামী ছেলে মেয়ে ভাই বোন মা বাবা দাদা দিদি দাদু দিদা নানা নানি চাচা মামা
    খালা ফুফু কাকা কাকি বন্ধু ডাক্তার উকিল শাশুড়ি শ্বশুর"""
)
_BN = "\u0980-\u09ff"
_BN_NOT = voc.words("""বাড়িতে অসুস্থ ভালো এখানে ওখানে এখন আজ কাল হাসপাতালে কাজে বাইরে""")
_BN_RE = re.compile(
    rf"(?<![{_BN}])(?:{_BN_KIN})\s+([{_BN}]+(?:\s+[{_BN}]+){{0,2}}?)"
    r"\s+(?:এর|কে|ও|র|বলছে|বলেছে)(?=\s|$|[,.।])"
)

# -- Arabic and Persian ----------------------------------------------------------------------

#: Kin terms with the suffix "my", after an optional proclitic ("و", "ف", "ب", "ل").
_AR_KIN = _alt(
    """زوجتي زوجي ابني إبني بنتي ابنتي إبنتي أخي اخي أختي اختي أمي امي أبي ابي والدي والدتي
    جدي جدتي عمي عمتي خالي خالتي صديقي صديقتي مديري زميلي زميلتي طبيبي محاميي ماما بابا"""
)
_AR_NOT = voc.words(
    """في من على إلى الى عن مع هو هي كان كانت لا ما لم لن قد اللي الذي التي مريض مريضة جدا
    كثيرا الآن اليوم غدا أمس امس بكرة هنا هناك يريد تريد سوف سيأتي ستأتي بخير أيضا ايضا"""
)
_AR_RE = re.compile(
    rf"(?<![{_AR}])(?:[وفبل]|ل)?(?:{_AR_KIN})\s+(?P<name>[{_AR}]+(?:\s+[{_AR}]+){{0,2}}?)"
    rf"(?P<end>\s+(?:هو|هي|اللي|الذي|التي|وهو|وهي)(?![{_AR}])|\s*[.,!?،؟]|\s*$)"
)
_FA_TITLES = (
    r"(?:(?:آقای|خانم|جناب)\s+)?(?:دکتر|مهندس)|آقای|جناب\s+آقای"
    r"|همسرم|شوهرم|خانمم|پسرم|دخترم|مادرم|پدرم|برادرم|خواهرم|مامانم|بابام|دوستم"
    r"|(?:سرکار\s+)?خانم(?=\s)"
)
_FA_NOT = voc.words(
    """گفت گفتند گفته است هست هستند بود بودند را که و به از در با برای هم نیز خودشان ایشان
    اینجا الان امروز فردا دیروز گفتن خیلی مریض بیمار حال حالش خوب بد کمی زیاد هنوز دیگه دیگر
    آنجا خانه بیمارستان سر کار تماس زنگ"""
)
_FA_RE = re.compile(rf"(?<![{_AR}])(?:{_FA_TITLES})\s+([{_AR}]+(?:\s+[{_AR}]+)?)")

# -- Thai, Chinese, Japanese, Korean ----------------------------------------------------------

_TH_KIN = _alt(
    """คุณแม่ คุณพ่อ แม่ พ่อ ภรรยา แฟน สามี ลูกสาว ลูกชาย ลูก พี่สาว พี่ชาย น้องสาว น้องชาย
    คุณยาย คุณตา คุณย่า คุณปู่ ยาย ย่า ปู่ เพื่อน คุณหมอ หมอ พยาบาล"""
)
#: The kin term, a polite particle that may close its clause ("โทรแทนคุณแม่ค่ะ ชื่อ ..."), "named".
_TH_RE = re.compile(
    rf"(?:{_TH_KIN})(?:ค่ะ|ครับ|นะคะ|นะครับ)?\s?ชื่อ(?:เล่น|จริง)?(?:ว่า)?\s?([\u0e01-\u0e4e]+?(?:\s[\u0e01-\u0e4e]+?)?)"
    r"\s?(?=ค่ะ|ครับ|คะ|นะ|จ้ะ|จ้า|[\s,.!?]|$)"
)
#: Question words after "named": "what is mother's name?" names no one.
_TH_QUESTION = ("อะไร", "ไหน", "ใคร")
_ZH_KIN = _alt(
    """丈夫 老公 妻子 老婆 爱人 愛人 先生 太太 儿子 兒子 女儿 女兒 妈妈 媽媽 母亲 母親 爸爸
    父亲 父親 哥哥 姐姐 弟弟 妹妹 爷爷 爺爺 奶奶 外公 外婆 姥姥 姥爷 公公 婆婆 岳父 岳母
    叔叔 阿姨 舅舅 姑姑 孙子 孙女 朋友 同事 室友 邻居 老板 经理 医生 護士 护士 律师 律師"""
)
#: Common Chinese surnames past the hundred :mod:`.name_forms` holds, less those that
#: are everyday words after a kin term ("明天", "成为", "全家", "都").
_ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程"
    "魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏韦傅方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔汤倪牛温芦季俞章鲁葛伍申尤毕聂焦柳邢岳齐梅庄辛祝涂谷祁舒耿牟卜詹"
    "苗凌费纪靳盛欧甄项曲游裴席卫屈鲍翁隋甘薄柏柯阮桂闵柴冉房辜饶刁瞿戚丘米池滕苑邬臧畅"
    "苟褚廉娄符奚穆党燕郎冀姬屠郜晏栾郁蒙喻揭窦迟敖糜鄢卓艾蓝巩仲虞卞竺冼楚佟栗匡宗巫鞠"
    "荆谌陳張劉楊黃趙吳孫馬鄭謝韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒閻龍賀顧龔萬錢戴湯歐"
)
#: What follows a Chinese name: a verb, a particle, a time word, punctuation.
_ZH_AFTER = (
    "的是在来去打要想说給给和也都了已上下昨今前后会让把被跟帮没不还就很住预挂约，。、！？ ,.!?"
)
_ZH_RE = re.compile(rf"(?:{_ZH_KIN})([{_ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}}?)(?=[{_ZH_AFTER}]|$)")
_ZH_RE_LONG = re.compile(rf"(?:{_ZH_KIN})([{_ZH_SURNAMES}][\u4e00-\u9fff]{{2}})(?=[{_ZH_AFTER}]|$)")
_JA_KIN = _alt(
    "主人 夫 妻 家内 嫁 息子 娘 母 父 兄 姉 弟 妹 祖母 祖父 義母 義父 友人 同僚 上司 担当"
)
_JA_SURNAME = "|".join(sorted(voc.JA_SURNAMES, key=len, reverse=True))
_JA_RE = re.compile(
    rf"(?:{_JA_KIN})の((?:{_JA_SURNAME})[\u4e00-\u9fff]{{0,3}}?)(?=が|は|を|に|と|も|から|へ|さん|様|[、。,.\s]|$)"
)
_KO_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원"
    "천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부"
)
_KO_TITLES = (
    "선생님|원장님|의사 선생님|간호사님|간호사|변호사님|변호사|과장님|팀장님|실장님|부장님"
    "|대리님|기사님|교수님|매니저님|상담사님|상담원"
)
_KO_RE = re.compile(
    rf"(?<![\uac00-\ud7a3])([{_KO_SURNAMES}](?:[\uac00-\ud7a3]{{2}})?) ?(?:{_KO_TITLES})"
)
#: One syllable that is also "this", "that" or "it": no surname alone before a title.
_KO_DEMONSTRATIVE = frozenset("이그저")

_HINTS = (
    *_HI_KIN.split("|"),
    *_UR_KIN.split("|"),
    *_BN_KIN.split("|"),
    *_AR_KIN.split("|"),
    "دکتر",
    "مهندس",
    "آقای",
    "م ",
    "ชื่อ",
    *_ZH_KIN.split("|"),
    *_JA_KIN.split("|"),
    "님",
    "간호사",
    "변호사",
    "상담원",
)
#: Characters of the scripts read here: a text with none of them holds no match.
_SCRIPTS = re.compile(
    r"[\u0600-\u06ff\u0900-\u09ff\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]"
)


def _add(hits: list[Hit], text: str, start: int, end: int) -> None:
    hits.append(Hit("name", start, end, mask_name(text[start:end])))


def _bounded(text: str, hits: list[Hit], pattern: re.Pattern[str], stops: frozenset[str]) -> None:
    """A run of one to three words before a postposition, none of them a stop word."""
    for m in pattern.finditer(text):
        if not any(w in stops for w in m.group(1).split()):
            _add(hits, text, m.start(1), m.end(1))


def find_kin_script_names(text: str, hits: list[Hit]) -> None:
    """Add names after a kin term or a title in scripts without case."""
    if _SCRIPTS.search(text) is None or not holds_any(text, _HINTS):
        return
    _bounded(text, hits, _HI, _HI_NOT)
    _bounded(text, hits, _UR, _UR_NOT)
    _bounded(text, hits, _BN_RE, _BN_NOT)
    for m in _AR_RE.finditer(text):
        words = m.group("name").split()
        pronoun = m.group("end").strip() not in ("", ".", ",", "!", "?", "،", "؟")
        if words[0] in _AR_NOT or words[0].startswith(("ال", "ي", "ت", "سي", "ست")):
            continue  # "أخي في العمل", "زوجتي تريد": grammar or a verb, no name
        if any(w in _AR_NOT for w in words) or (len(words) < 2 and not pronoun):
            continue  # "زوجتي مريضة.": one word alone may be a state
        _add(hits, text, m.start("name"), m.end("name"))
    for m in _FA_RE.finditer(text):
        words = m.group(1).split("،")[0].split()  # the name ends at a comma
        kept = []
        for word in words:
            if word in _FA_NOT or word.startswith(("می", "نمی")):
                break
            kept.append(word)
        if kept and len(kept) < len(words) + 1:
            end = m.start(1) + len(" ".join(kept))
            if end < len(text):  # a verb follows the name: "... گفتند"
                _add(hits, text, m.start(1), end)
    for m in _TH_RE.finditer(text):
        if not any(q in m.group(1) for q in _TH_QUESTION):
            _add(hits, text, m.start(1), m.end(1))
    for pattern in (_ZH_RE_LONG, _ZH_RE):
        for m in pattern.finditer(text):
            _add(hits, text, m.start(1), m.end(1))
    for m in _JA_RE.finditer(text):
        _add(hits, text, m.start(1), m.end(1))
    for m in _KO_RE.finditer(text):
        if m.group(1) not in _KO_DEMONSTRATIVE:
            _add(hits, text, m.start(1), m.end(1))
