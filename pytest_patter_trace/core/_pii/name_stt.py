"""Names as speech-to-text writes them where the lead-in tables do not reach.

- A lead-in in its own script (Devanagari, Tamil, Arabic, Cyrillic, Georgian, Armenian,
  Ethiopic, Sinhala, Thai, Han, Hangul, Greek, Hebrew...) before a name the recogniser
  wrote in Latin letters: "मेरो नाम Sunil Basnet हो", "我叫Wong Siu Ming". The change of
  script and the capitals mark the name; fillers ("uh") may come between, and a word
  said twice ("Basnet Basnet") stays inside it.
- Staff a caller names: "the agent called ...", "la enfermera llamada ...", "ein
  Mitarbeiter namens ...": a role, a word for "called", then capitalised words.
- A word-level transcript (Deepgram ``words[].word``/``punctuated_word``, AssemblyAI
  ``words[].text``, Whisper ``segments[].words[].word``, short ``w`` keys): the words of
  one list are read as the sentence they make, by the same readers as any speech, and a
  name found there is flagged across the objects that hold it.

Kept by hand: no maintained package lists how callers introduce themselves in each
script, nor how speech-to-text vendors lay out their word lists.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from .hints import holds_any
from .hit import Hit
from .mask import mask_name
from .name_leads import alone
from .name_opening import UPPER, find_opening_names
from .names import everyday, not_a_name, place_word

__all__ = ["find_stt_names"]

Finder = Callable[[str, list[Hit]], None]

#: "My name is", "I am called", "call me" in scripts without Latin letters. Kept by hand:
#: see the module docstring.
_SCRIPT_LEADS = (
    # South Asia: Hindi, Nepali, Marathi, Bengali, Punjabi, Gujarati, Odia, Tamil,
    # Telugu, Kannada, Malayalam, Sinhala, Urdu, Sindhi.
    "मेरा नाम", "मेरो नाम", "माझे नाव", "माझं नाव", "आमार नाम", "আমার নাম", "ਮੇਰਾ ਨਾਮ",
    "ਮੇਰਾ ਨਾਂ", "મારું નામ", "ମୋ ନାମ", "ମୋର ନାମ", "என் பெயர்", "என்னுடைய பெயர்", "என் பேர்",
    "నా పేరు", "ನನ್ನ ಹೆಸರು", "എന്റെ പേര്", "മගේ නම", "මගේ නම", "මාගේ නම", "میرا نام",
    "میرا ناں", "منهنجو نالو",
    # Arabic (standard, Egyptian, Maghrebi, Gulf), Persian, Pashto, Kurdish, Hebrew.
    "اسمي", "إسمي", "أسمي", "سميتي", "انا اسمي", "أنا اسمي", "اسم من", "نام من",
    "زما نوم", "ناوم", "ناوی من", "ناوی خۆم", "שמי", "קוראים לי", "השם שלי",
    # Ethiopic (Amharic, Tigrinya), Armenian, Georgian.
    "ስሜ", "ስመይ", "իմ անունը", "անունս", "მე მქვია", "ჩემი სახელია", "ჩემი სახელი",
    # Cyrillic: Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian, Kazakh,
    # Kyrgyz, Uzbek, Tajik, Mongolian.
    "меня зовут", "моё имя", "мое имя", "мене звати", "моє ім'я", "мяне завуць",
    "казвам се", "името ми е", "зовем се", "моје име је", "се викам", "моето име е",
    "менің атым", "менин атым", "менинг исмим", "номи ман", "миний нэр",
    # Greek, Thai, Lao, Khmer, Burmese.
    "με λένε", "ονομάζομαι", "το όνομά μου είναι", "ผมชื่อ", "ฉันชื่อ", "ดิฉันชื่อ",
    "ຂ້ອຍຊື່", "ខ្ញុំឈ្មោះ", "ကျွန်တော့်နာမည်", "ကျွန်မနာမည်",
    # Chinese (Mandarin, Cantonese), Japanese, Korean.
    "我叫", "我叫做", "我的名字是", "我的名字叫", "我嘅名係", "我个名", "我姓", "我係", "我是",
    "私の名前は", "わたしの名前は", "私は", "제 이름은", "내 이름은", "저는",
    # "His/her name is", "he/she is called", "this is": a third party, a caller's relative.
    "उसका नाम", "उनका नाम", "इनका नाम", "उहाँको नाम", "তার নাম", "ওনার নাম", "ਉਸਦਾ ਨਾਮ",
    "அவர் பெயர்", "அவள் பெயர்", "అతని పేరు", "ఆమె పేరు", "ಅವರ ಹೆಸರು", "അവന്റെ പേര്",
    "അവളുടെ പേര്", "ඔහුගේ නම", "ඇයගේ නම", "اس کا نام", "ان کا نام", "اسمه", "اسمها",
    "د هغه نوم", "د هغې نوم", "نام او", "اسم او", "ناوی", "שמו", "שמה", "ስሙ", "ስሟ",
    "նրա անունը", "მისი სახელია", "его зовут", "её зовут", "ее зовут", "його звати",
    "її звати", "го викат", "се зове", "оның аты", "анын аты", "τον λένε", "την λένε",
    "το όνομά του", "το όνομά της", "他叫", "她叫", "佢叫", "他的名字是", "她的名字是", "这是",
    "這是", "呢位係", "彼の名前は", "彼女の名前は", "그의 이름은", "그녀의 이름은",
    "เขาชื่อ", "เธอชื่อ", "นี่คือ",
)  # fmt: skip
#: Leads that say "I am" or "this is", not "my name is": a name there is two words or
#: more, and never the owner of what follows ("我是Apple的客户": Apple's customer).
_SELF_ONLY = frozenset(("我係", "我是", "私は", "저는", "这是", "這是", "呢位係", "นี่คือ"))
_OWNER_AFTER = ("的", "嘅", "の", "의")
_LATIN_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_LATIN_LOW = "a-zß-öø-ÿā-žơưạ-ỹ"
_CAP = rf"[{_LATIN_UP}][{_LATIN_LOW}]+(?:['’\-][{_LATIN_UP}{_LATIN_LOW}][{_LATIN_LOW}]+)*"
#: Sounds a speaker makes while finding a word, in Latin letters and in a few scripts.
_FILLER = r"(?:uh|um|umm|uhm|eh|er|erm|ah|hmm|mm|ээ|эм|э|ә|ઉહ|उह|अं|ஆ|ம்ம்|اه|ا+م+)"
#: Leads in scripts written without spaces (Han, kana, Hangul, Thai): no word edge before.
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")


def _alternatives(leads: list[str]) -> str:
    return "|".join(sorted(map(re.escape, leads), key=len, reverse=True))


_SPACED_LEADS = [lead for lead in _SCRIPT_LEADS if not _UNSPACED.match(lead)]
_UNSPACED_LEADS = [lead for lead in _SCRIPT_LEADS if _UNSPACED.match(lead)]
_LEAD_RUN = re.compile(
    rf"(?:(?<![^\W\d_])(?:{_alternatives(_SPACED_LEADS)})|(?:{_alternatives(_UNSPACED_LEADS)}))"
    rf"[\s:：,，]*(?:{_FILLER}[\s,，]+)*({_CAP}(?:[ \-]{_CAP}){{0,4}})(?![{_LATIN_LOW}\d])"
)
_LEAD_HINTS = tuple(dict.fromkeys(lead[:2] for lead in _SCRIPT_LEADS))
_HAS_LATIN_CAP = re.compile(rf"[{_LATIN_UP}]")


def _script_led(text: str, hits: list[Hit]) -> None:
    """A name in Latin letters after a lead-in in the speaker's own script."""
    for m in _LEAD_RUN.finditer(text):
        words = m.group(1).replace("-", " ").split()
        # After "my name is" a surname may be a common word ("Park"): only a run that is
        # no name's at all, or a shop's ("... Hotel"), is left.
        if all(not_a_name(w) for w in words) or (len(words) > 1 and place_word(words[-1])):
            continue
        lead = m.group()[: m.start(1) - m.start()].strip(" :：,，")
        self_only = any(lead.startswith(s) and len(lead) <= len(s) + 4 for s in _SELF_ONLY)
        owned = text[m.end() : m.end() + 3].lstrip()[:1] in _OWNER_AFTER
        if self_only and (len(words) < 2 or owned):
            continue
        hits.append(Hit("name", m.start(1), m.end(1), mask_name(m.group(1))))


#: Someone on the business's side, then "called" or "named", in a dozen languages.
#: Kept by hand: see the module docstring.
_ROLES = (
    "agent|nurse|doctor|receptionist|advisor|adviser|representative|rep|operator|officer"
    "|pharmacist|therapist|technician|engineer|consultant|caseworker|manager|supervisor"
    "|dentist|midwife|clerk|specialist|counsell?or|colleague|driver|courier|lady|guy"
    "|gentleman|man|woman|person|someone|somebody|girl"
    "|agente|enfermera|enfermero|doctora|médico|médica|asesora?|señora|señor|chica|chico"
    "|persona|operadora?|recepcionista|técnic[oa]|conseill(?:er|ère)|infirmi(?:er|ère)"
    "|médecin|docteur|dame|monsieur|technicien(?:ne)?|opérat(?:eur|rice)|personne"
    "|mitarbeiter(?:in)?|arzt|ärztin|pfleger(?:in)?|krankenschwester|berater(?:in)?|frau|herr"
    "|techniker(?:in)?|operat(?:ore|rice)|infermier[ae]|dottor(?:e|essa)|medico|signor[ae]"
    "|consulente|tecnico|atendente|enfermeir[ao]|doutora?|moç[ao]|senhora?|consultora?"
    "|medewerk(?:er|ster)|verpleegkundige|dokter|arts|meneer|mevrouw|adviseur"
    "|оператор|медсестра|врач|доктор|сотрудни(?:к|ца)|консультант|девушка|мужчина|женщина"
)
#: Words for "called" or "named" after a role, in a dozen languages.
_CALLED = (
    "called", "named", "by the name of", "llamado", "llamada", "que se llama", "de nombre",
    "qui s'appelle", "appelé", "appelée", "nommé", "nommée", "du nom de", "namens",
    "mit dem namen", "genaamd", "die heet", "di nome", "chiamato", "chiamata",
    "che si chiama", "chamado", "chamada", "que se chama", "de nome", "по имени",
    "которую зовут", "которого зовут",
)  # fmt: skip
#: The role before "called": its end must be where the window ends.
_ROLE_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_ROLES})(?: [^\W\d_]+)? $")
#: A capitalised word in any cased script, and the particles inside a name.
_ANY_CAP = rf"[{UPPER}][^\W\d_]*(?:['’\-][^\W\d_]+)*"
_PARTICLES = r"(?:van|von|de|da|del|della|der|den|di|du|dos|das|la|le|bin|binti|al|el|ter|ten)"
#: One capitalised word or more after "called"; two or more after a bare person word.
_NAME_ONE = re.compile(rf",? +({_ANY_CAP}(?:(?: {_PARTICLES})* {_ANY_CAP}){{0,2}})(?![^\W\d_])")
_NAME_TWO = re.compile(
    rf"(?: (?:was|is|named|called))? +({_ANY_CAP}(?: {_PARTICLES})* {_ANY_CAP}"
    rf"(?:(?: {_PARTICLES})* {_ANY_CAP})?)(?![^\W\d_])"
)
#: People a caller or a log names with no "called": "caller Ana Ruiz", "the other driver
#: was Ana Ruiz", "matched contact Ana van Dijk".
_PEOPLE = (
    "caller", "customer", "patient", "contact", "client", "guest", "member", "tenant",
    "landlord", "neighbour", "neighbor", "witness", "driver", "passenger", "policyholder",
    "beneficiary", "applicant", "claimant", "agent", "nurse", "doctor", "receptionist",
    "advisor", "adviser", "representative", "operator", "technician", "pharmacist",
    "therapist", "manager", "supervisor", "colleague", "медсестра", "врач", "оператор",
)  # fmt: skip
_REACH = 40


def _ends_of(lowered: str, words: tuple[str, ...]) -> list[int]:
    """Where each of ``words`` present in ``lowered`` ends, as a whole word."""
    ends = []
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            before = lowered[at - 1 : at] if at else " "
            if not before.isalnum() and not lowered[end : end + 1].isalnum():
                ends.append(end)
            at = lowered.find(word, end)
    return ends


def _take(text: str, pos: int, pattern: re.Pattern[str], hits: list[Hit]) -> None:
    m = pattern.match(text, pos)
    if m is None:
        return
    words = [w for w in m.group(1).split() if w[:1].isupper()]
    if any(not_a_name(w) or place_word(w) or everyday(w) for w in words):
        return
    hits.append(Hit("name", m.start(1), m.end(1), mask_name(m.group(1))))


def _people_named(text: str, lowered: str, hits: list[Hit]) -> None:
    """A person the caller or a log names: "the agent called ...", "caller ..."."""
    if holds_any(lowered, _CALLED):
        for end in _ends_of(lowered, _CALLED):
            window = lowered[max(0, end - _REACH) : end]
            called = next(c for c in _CALLED if window.endswith(c))
            if _ROLE_BEFORE.search(window[: len(window) - len(called)]) is not None:
                _take(text, end, _NAME_ONE, hits)
    if holds_any(lowered, _PEOPLE):
        for end in _ends_of(lowered, _PEOPLE):
            _take(text, end, _NAME_TWO, hits)


#: One word object of a word-level transcript: its word under one of the vendors' keys,
#: and a time, so a list of chat messages ("text" without times) is not read as words.
_WORD_OBJECT = re.compile(r"\{[^{}\[\]]*\}")
_WORD_VALUE = re.compile(r'"(punctuated_word|word|w|text)"\s*:\s*"((?:[^"\\]|\\.){1,48})"')
_TIME_KEY = re.compile(r'"(?:start|end|s|e|ts|offset|start_time|end_time)"\s*:\s*-?\d')
_BETWEEN = re.compile(r"\s*,\s*")
#: The word's keys, the one written with its capitals and punctuation first.
_WORD_KEYS = ("punctuated_word", "word", "w", "text")
_WORDS_HINTS = ('"word"', '"w"', '"text"', '"punctuated_word"')
#: The fewest word objects a list needs before its words are read as a sentence.
_FEWEST = 2


def _word_lists(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of adjacent word objects: each word's start and end in ``text``, and the word."""
    lists: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    last_end = -1
    for m in _WORD_OBJECT.finditer(text):
        body = m.group()
        if _TIME_KEY.search(body) is None:
            continue
        found = {v.group(1): v for v in _WORD_VALUE.finditer(body)}
        value = next((found[k] for k in _WORD_KEYS if k in found), None)
        if value is None:
            continue
        raw = value.group(2)
        try:
            word = json.loads(f'"{raw}"').strip()  # "\u00c9lodie": the word as said
        except ValueError:
            continue
        if not word or " " in word:
            continue
        if last_end < 0 or _BETWEEN.fullmatch(text, last_end, m.start()) is None:
            if len(current) >= _FEWEST:
                lists.append(current)
            current = []
        lead = len(raw) - len(raw.lstrip())
        start = m.start() + value.start(2) + lead
        current.append((start, m.start() + value.start(2) + len(raw.rstrip()), word))
        last_end = m.end()
    if len(current) >= _FEWEST:
        lists.append(current)
    return lists


def _word_list_names(text: str, hits: list[Hit], find: Finder) -> None:
    """Names said across the objects of a word-level transcript."""
    for words in _word_lists(text):
        said = " ".join(w for _, _, w in words)
        starts: list[int] = []
        pos = 0
        for _, _, word in words:
            starts.append(pos)
            pos += len(word) + 1
        found: list[Hit] = []
        find(said, found)
        for hit in found:
            if hit.kind != "name":
                continue
            first = max(i for i, s in enumerate(starts) if s <= hit.start)
            last = max(i for i, s in enumerate(starts) if s < hit.end)
            masked = mask_name(said[hit.start : hit.end])
            hits.append(Hit("name", words[first][0], words[last][1], masked))


#: The caller's line of a transcript written as a dialogue ("Agent: ...\nUser: ...").
_USER_LINE = re.compile(
    r"(?:^|\n|\\n)[ \t]*(?:user|caller|customer|human|patient|client)[ \t]*:[ \t]*"
    r'([^\n\\"]{3,48}?)[ \t]*(?=$|\n|\\n|")',
    re.IGNORECASE,
)
_USER_HINTS = ("user:", "User:", "caller:", "Caller:", "customer:", "Customer:", "USER:")


def _user_lines(text: str, hits: list[Hit]) -> None:
    """A caller's line of a dialogue transcript that is only a name."""
    for m in _USER_LINE.finditer(text):
        if m.start() == 0 and m.end(1) == len(text.rstrip()):
            continue  # the whole value: the turn reader has it
        bare = alone(m.group(1))
        if bare is not None:
            start, end = m.start(1) + bare[0], m.start(1) + bare[1]
            hits.append(Hit("name", start, end, mask_name(text[start:end])))


def find_stt_names(text: str, lowered: str, hits: list[Hit], find: Finder) -> None:
    """Add the names speech-to-text output holds in the forms this module reads.

    ``lowered``: ``text.lower()``, which the caller has made. ``find`` reads the sentence
    a word-level transcript makes (the speech reader, handed in: it calls this function).
    """
    if not text.isascii() and _HAS_LATIN_CAP.search(text) and holds_any(text, _LEAD_HINTS):
        _script_led(text, hits)
    if len(lowered) == len(text):  # lowering kept the offsets (it does not for "İ")
        _people_named(text, lowered, hits)
    find_opening_names(text, lowered, hits)
    if ("\n" in text or "\\n" in text) and holds_any(text, _USER_HINTS):
        _user_lines(text, hits)
    if text.count("{") >= _FEWEST and holds_any(text, _WORDS_HINTS):
        _word_list_names(text, hits, find)
