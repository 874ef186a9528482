"""Persons' names told by the words around them, where those words are not a lead-in.

:mod:`.speech` reads a name after the words that introduce it ("my name is"). Some
languages and scripts put the telling word elsewhere, and some speakers spell:

- after the name: an honorific ("Gülsüm Hanım", "Kemal Bey"), "on behalf of"
  ("... adına"), "on the line" ("Théo Lambrecht à l'appareil");
- scripts without case or spaces: a surname with an honorific in Chinese, Japanese and
  Korean ("刘先生", "高橋さん", "한서윤 님"), a relation before a Korean or Chinese name,
  "my name is" in Thai and "speaking" in Hebrew, where the name ends where a polite
  particle or a second word ends;
- letter by letter: a spelled run ("k-r-z-y-w-i-c-k-a", "O K O N J O") that the same
  text also writes as a capitalised word, or that a name word announces;
- alone: a turn that is only a name in title case, or opens with one ("Ana Beltrán,
  table for two"), the answer to "who is calling?".

Kept by hand: no package on the index that installs without a model tags names in these
grammars. The surname lists are the most common ones of each country (a plain install has
no name lexicon; with the ``names`` extra, :mod:`.names` reads faker's lists as well).
"""

from __future__ import annotations

import re

from . import (
    name_kin,
    name_kin_particles,
    name_kin_scripts,
    name_kin_uncased,
    name_leads,
    name_proxies,
    names,
)
from . import vocabulary as voc
from .demonyms import demonym
from .hints import holds_any
from .hit import Hit
from .mask import mask_name
from .name_bare import known_name

__all__ = ["find_name_forms"]

# -- after the name ----------------------------------------------------------------------

#: A capitalised word of Latin script, inner apostrophes and hyphens allowed.
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿā-ſ'’\-]+"
#: Honorifics written after the name (Turkish), and "on behalf of" (Turkish).
_AFTER_NAME = re.compile(
    rf"(?<![\w\-])((?:{_CAP} ){{0,2}}{_CAP}) (?:Hanım|Hanıma|Hanımın|Hanımla|Bey|Beye|Beyin|Beyle"
    r"|Beyefendi|Hanımefendi|adına)(?![\w])"
)
_AFTER_HINTS = ("Hanım", "Bey", "adına")
#: "On behalf of" after a lower-case name, as speech-to-text writes it: read only as a
#: given name and a surname the lexicon knows (the ``names`` extra).
_BEHALF_LOWER = re.compile(r"(?<![\w\-])((?:[^\W\d_]+ ){1,2}[^\W\d_]+) adına(?!\w)")
#: A speaker on the line, said after the name ("Théo Lambrecht à l'appareil").
_ON_THE_LINE = re.compile(
    rf"(?<![\w\-])((?:{_CAP} ){{0,2}}{_CAP}),? (?:à l'appareil|à l’appareil|am Apparat|al habla"
    r"|al aparato|al telefono|al telèfon|ao telefone|u telefonu|przy telefonie)(?![\w])"
)
_ON_THE_LINE_HINTS = ("appareil", "Apparat", "habla", "aparato", "telefon")
#: "On behalf of" wants a name, not a sentence's first word ("Şirket adına arıyorum").
_BEHALF = "adına"

# -- Chinese, Japanese, Korean -----------------------------------------------------------

#: The hundred most common Chinese surnames, less those that are everyday words before a
#: title ("原先生活": formerly lived).
_ZH_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程"
    "魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏韦傅方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔汤"
)
_ZH_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "慕容", "令狐")
_ZH_TITLES = "先生|女士|小姐|太太|老师|医生|大夫|经理|律师|教授|师傅|阿姨"
_HAN = "\u4e00-\u9fff"
#: A surname, up to two characters of given name, a title; not a title's plural (们).
#: Chinese runs words together: the name may follow any character.
_ZH_NAME = re.compile(
    rf"((?:{'|'.join(_ZH_COMPOUND)}|[{''.join(sorted(_ZH_SURNAMES))}])"
    rf"[{_HAN}]{{0,2}}?)(?<!周[一二三四五六日末])(?:{_ZH_TITLES})(?!们)"
)
_ZH_TITLE_HINT = re.compile(_ZH_TITLES)
_HAN_CHAR = re.compile(f"[{_HAN}]")
#: Relations before a Chinese name ("我丈夫赵明会来"): then a surname and one or two more.
_ZH_RELATION = re.compile(
    r"(?:丈夫|老公|妻子|老婆|儿子|女儿|妈妈|母亲|爸爸|父亲|哥哥|姐姐|弟弟|妹妹|朋友|同事|室友)"
    rf"(?:叫)?((?:{'|'.join(_ZH_COMPOUND)}|[{''.join(sorted(_ZH_SURNAMES))}])[{_HAN}]{{1,2}})"
)
#: Japanese surnames of one character, which voc.JA_SURNAMES (two and more) leaves out.
_JA_ONE = "林森原関谷堀辻柳泉杉岡岸島沢宮堤浜畑滝峰東西南北"
_JA_SURNAME = "|".join(sorted(voc.JA_SURNAMES, key=len, reverse=True))
_KANJI_KANA = "\u4e00-\u9fff\u30a0-\u30ff"
#: A surname with an honorific ("受付の高橋さん"): not inside a longer word of kanji.
_JA_TITLED = re.compile(
    rf"(?<![{_KANJI_KANA}])((?:{_JA_SURNAME})(?: ?[{_HAN}]{{1,2}})??)"
    r"(?:様|さま|さん|先生|氏|くん|ちゃん|殿)"
)
#: A one-character surname and "my name is" ("林と申します").
_JA_ONE_NAME = re.compile(rf"(?<![{_KANJI_KANA}])([{_JA_ONE}])(?:と申します|といいます|と言います)")
#: A surname, a space, a given name, "です" ("予約していた松本 恵美です"), after a particle.
_JA_SPACED = re.compile(
    rf"(?<![{_KANJI_KANA}])((?:{_JA_SURNAME}|[{_JA_ONE}]) [{_HAN}]{{1,3}})(?:です|でございます)"
)
_JA_HINT = re.compile("様|さま|さん|先生|氏|くん|ちゃん|殿|と申|といい|と言い|です")
#: The most common Korean surnames: a name is one of them and two syllables.
_KO_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원"
    "천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부"
)
#: A surname, two syllables, then 씨 or 님: "마음씨" and "선생님" are two syllables short.
_KO_NAME = re.compile(rf"(?<![\uac00-\ud7a3])([{_KO_SURNAMES}][\uac00-\ud7a3]{{2}}) ?(?:씨|님)")
#: A relation, then a name ("아내 최유진이", "남편 박준서가").
_KO_RELATION = re.compile(
    r"(?:남편|아내|와이프|엄마|어머니|아빠|아버지|아들|딸|형|오빠|누나|언니|동생|할머니|할아버지|친구"
    rf"|담당자|매니저|비서) ([{_KO_SURNAMES}][\uac00-\ud7a3]{{2}})(?=[이가은는을를의도씨님 ,.]|$)"
)
_KO_HINT = re.compile(
    "씨|님|남편|아내|와이프|엄마|어머니|아빠|아버지|아들|딸|형|오빠|누나|언니|동생|할|친구"
    "|담당|매니저|비서"
)

# -- Thai, Hebrew --------------------------------------------------------------------------

#: "I am called" in Thai, then the name: a given name and a surname a space apart, up to
#: a polite particle.
_TH_NAME = re.compile(
    r"(?:ผม|ดิฉัน|ฉัน|หนู|กระผม|เรา)ชื่อ(?:เล่น)?(?:ว่า)? ?([\u0e01-\u0e4e]+?(?: [\u0e01-\u0e4e]+?)?)"
    r" ?(?=ค่ะ|ครับ|คะ|นะ|จ้ะ|จ้า|[ ,.!?]|$)"
)
#: "Speaking" in Hebrew at a sentence's start, then one or two words of the name.
_HE_NAME = re.compile(
    r"(?:^|[,.!?:]\s*|שלום\s+)(?:מדבר|מדברת)\s+([\u05d0-\u05ea]{2,}(?:\s+[\u05d0-\u05ea]{2,})?)"
)
#: Words after "speaking" that are no name: prepositions, languages, time words.
_HE_NOT_NAME = voc.words(
    """על עם אל איתך איתכם לגבי בקשר כבר שוב עכשיו מהר לאט טוב רק גם עברית אנגלית רוסית
    ערבית צרפתית ספרדית מ את"""
)

# -- letter by letter ------------------------------------------------------------------------

#: Three or more single letters with one separator between them: "k-r-z-y", "O K O N".
_SPELLED = re.compile(r"(?<![\w\-.])([^\W\d_])(?=([\- .]))(?:\2[^\W\d_]){2,}(?![\w\-])")
#: Two single letters between separators, which every spelled run of four holds: a search
#: that opens with a charset, several times faster than _SPELLED's on prose.
_SPELLED_HINT = re.compile(r"[ .\-][^\W\d_][ .\-][^\W\d_][ .\-]")
#: Name words before a spelled run with no written form ("spell" alone spells anything).
_SPELL_WORDS = re.compile(
    r"(?i)(?:name|surname|nazwisk|imi[eę]|apellido|nombre|nom|nachname|vorname|cognome"
    r"|sobrenome|achternaam|фамили|имя|soyad|isim)"
)


# -- a name said alone ------------------------------------------------------------------

#: A turn that is only a name, or opens with one before a comma: "Ana Beltrán", "yes,
#: Ana Beltrán", "Ana Beltrán, table for two". Two or three capitalised words: title case
#: is how a name is written, not how a sentence is.
_WORD_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ][a-zß-öø-ÿā-žа-яёіїєґ'’\-]+"
#: Lower-case particles inside a name said alone ("Fernanda da Rocha").
_PARTICLE = r"(?:da|das|de|del|della|di|do|dos|du|van|von|der|den|ter|ten|bin|binti|la|le)"
_LONE_PARTICLE = re.compile(_PARTICLE)
_ALONE = re.compile(
    r"\s*(?:(?:[Yy]es|[Yy]eah|[Tt]ak|[Ss]í|[Ss]i|[Oo]ui|[Jj]a|[Ss]im|[Ee]vet|[Dd]a|[Дд]а|[Éé]),? )?"
    rf"({_WORD_CAP}(?:(?: {_PARTICLE})* {_WORD_CAP}){{1,2}})"
    # Then a stop, or a particle of politeness ("po", "lah", "ji", "ạ").
    r"\s*(?:[,.!?]|$|(?= (?:po|lah|ji|ạ|naman|ho)\b))"
)
#: A JSON string said by someone: a chat message's or a transcript's text.
_SAID_IN_JSON = re.compile(r'"(?:content|text|transcript|utterance)"\s*:\s*\[?\s*"([^"\\]{3,80})"')
#: First words of places and things written in title case ("San José", "Apple Pay").
#: Kept by hand: no installed package lists which capitalised pairs are no person's.
_NOT_ALONE = voc.words(
    """san santa são sao saint st port fort mount cape new old north south east west upper
    lower great little buenos rio hong tel kuala costa puerto sri abu ho los las el la le
    pay card plan express account order booking reservation table room menu delivery
    pickup takeaway takeout option number code invoice payment refund gift premium basic
    standard credit debit google apple amazon microsoft customer service sounds good
    great bad happy merry kind best next last first city week day month year large small
    medium extra rare united general diet red white green black blue iced hot cold fresh
    spicy sweet classic original special deluxe super mega ultra team meeting grand central
    union square station airport terminal plaza avenue i'm i’m nr tel fax ref"""
)


def _bare_names(text: str, hits: list[Hit]) -> None:
    """A turn that is only a name, or opens with one: the answer to "who is calling?"."""
    said = [(0, text)]
    if text.lstrip()[:1] in ("{", "[") and '"' in text:
        said = [(m.start(1), m.group(1)) for m in _SAID_IN_JSON.finditer(text)]
    for offset, turn in said:
        m = _ALONE.match(turn)
        if m is None:
            bare = name_leads.alone(turn)  # in lower case, or in a script without case
            if bare is not None:
                _add(hits, offset + bare[0], offset + bare[1], turn[bare[0] : bare[1]])
            continue
        words = [w for w in m.group(1).split(" ") if w[:1].isupper()]
        if any(
            not w[:1].isupper() and _LONE_PARTICLE.fullmatch(w) is None
            for w in m.group(1).split(" ")
        ):
            continue  # "Neveikia šildymas": the capitals' ranges hold lower-case letters too
        # After a particle a surname may be a word too ("... da Luz"): only its first
        # word must be no everyday word, and the last no place's or thing's.
        joined = len(words) < len(m.group(1).split(" "))
        judged = words[:1] if joined else words
        if any(_not_alone(w) for w in judged) or names.not_a_name(words[-1]):
            continue
        if not _could_be_person(words, joined=joined):
            continue  # with the lexicon: neither a given name nor a surname it knows
        _add(hits, offset + m.start(1), offset + m.end(1), m.group(1))


def _could_be_person(words: list[str], *, joined: bool = False) -> bool:
    """Whether capitalised ``words`` may be a person's name.

    With the lexicon, its first word is a given name or its last a surname it knows, or
    it knows none of the words at all: a name of a language its lists lack ("Бахтияр
    Нурланов") is as much a name as without the lexicon, when its words are whole (no
    particle between them, none shorter than three letters: "Alamatnya di Jl." is an
    address's opening). Without it, always.
    """
    lex = names.lexicon()
    if lex is None:
        return True
    first, last = words[0].casefold(), words[-1].casefold()
    if first in lex.given or last in lex.surnames:
        return True
    if joined or any(len(w) < 3 for w in words):
        return False
    return not any(
        w in lex.words or w in lex.places or w in lex.given or w in lex.surnames
        for w in (x.casefold() for x in words)
    )


def _not_alone(word: str) -> bool:
    folded = word.casefold()
    return (
        folded in _NOT_ALONE
        or folded in voc.NAME_PARTICLES
        or names.not_a_name(word)
        or names.greeting(word)
        or names.everyday(word)
        or demonym(word)  # "I'm French", "Soy Mexicano": what the speaker is, not who
    )


def find_name_forms(text: str, hits: list[Hit]) -> None:
    """Add names told by a word after them, by their script, or spelled out."""
    _bare_names(text if len(text) <= 4096 else text[:4096], hits)
    lowered = text.lower()
    name_kin.find_kin_names(text, hits, lowered)  # relatives and staff
    name_kin_particles.find_particle_names(text, lowered, hits)  # "i X zanako"
    if holds_any(text, _AFTER_HINTS):
        for m in _AFTER_NAME.finditer(text):
            name = m.group(1)
            if m.group().endswith(_BEHALF) and " " not in name and _sentence_start(text, m.start()):
                continue  # "Şirket adına arıyorum": a sentence's first word, not a name
            _add_named(hits, m.start(1), name)
        if "adına" in text and names.lexicon() is not None:
            for m in _BEHALF_LOWER.finditer(text):
                said = m.group(1).split()
                said = said if known_name(said) else said[-2:]
                if m.group(1).islower() and known_name(said):
                    _add(hits, m.end(1) - len(" ".join(said)), m.end(1), " ".join(said))
    if holds_any(text, _ON_THE_LINE_HINTS):
        for m in _ON_THE_LINE.finditer(text):
            _add_named(hits, m.start(1), m.group(1))
    if text.isascii():
        _spelled(text, hits)
        return
    name_kin_scripts.find_kin_script_names(text, hits)
    name_kin_uncased.find_uncased_kin_names(text, hits)  # bounded by a cue on each side
    name_proxies.find_proxy_names(text, hits)  # the person called for
    if _ZH_TITLE_HINT.search(text):
        for m in _ZH_NAME.finditer(text):
            _add(hits, m.start(1), m.end(1), m.group(1))
    if _HAN_CHAR.search(text):
        for m in _ZH_RELATION.finditer(text):
            _add(hits, m.start(1), m.end(1), m.group(1))
    if _JA_HINT.search(text):
        for pattern in (_JA_TITLED, _JA_ONE_NAME, _JA_SPACED):
            for m in pattern.finditer(text):
                _add(hits, m.start(1), m.end(1), m.group(1))
    if _KO_HINT.search(text):
        for pattern in (_KO_NAME, _KO_RELATION):
            for m in pattern.finditer(text):
                _add(hits, m.start(1), m.end(1), m.group(1))
    if "ชื่อ" in text:
        for m in _TH_NAME.finditer(text):
            _add(hits, m.start(1), m.end(1), m.group(1))
    if "מדבר" in text:
        for m in _HE_NAME.finditer(text):
            words = m.group(1).split()
            while words and words[-1] in _HE_NOT_NAME:
                words.pop()
            if words and words[0] not in _HE_NOT_NAME:
                end = m.start(1) + len(" ".join(words)) if len(words) == 1 else m.end(1)
                _add(hits, m.start(1), end, text[m.start(1) : end])
    _spelled(text, hits)


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip()
    return not before or before[-1] in ".!?\"'“«([{"


def _add(hits: list[Hit], start: int, end: int, said: str) -> None:
    hits.append(Hit("name", start, end, mask_name(said)))


def _add_named(hits: list[Hit], start: int, said: str) -> None:
    """Add the capitalised words before a telling word, less a greeting that opens them."""
    words = said.split(" ")
    while len(words) > 1 and names.greeting(words[0]):
        start += len(words.pop(0)) + 1
    if not names.greeting(words[0]) and not any(names.not_a_name(w) for w in words):
        _add(hits, start, start + len(" ".join(words)), " ".join(words))


def _spelled(text: str, hits: list[Hit]) -> None:
    """A name spelled letter by letter, written out nearby or announced by a name word."""
    if not _SPELLED_HINT.search(text):
        return
    for m in _SPELLED.finditer(text):
        run = m.group()
        word = run.replace(m.group(2), "")
        written = re.search(
            rf"(?<!\w){re.escape(word)}(?!\w)",
            text[max(0, m.start() - 80) : m.end() + 80],
            re.IGNORECASE,
        )
        said = written.group() if written is not None else ""
        named = said[:1].isupper() and not said.isupper()
        announced = len(word) >= 4 and _SPELL_WORDS.search(text, max(0, m.start() - 40), m.start())
        if named or announced:
            _add(hits, m.start(), m.end(), run)
            if written is not None and named:  # the written word too
                s = max(0, m.start() - 80) + written.start()
                _add(hits, s, s + len(word), written.group())
