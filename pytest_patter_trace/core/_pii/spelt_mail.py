"""E-mail addresses spelt out by speech-to-text in the words of many languages.

A caller reads a mailbox aloud and the transcript keeps the words: "rahulv88 at the rate
gmail dot com" (Indian English), "budi et gmail titik com" (Indonesian), "minh a còng
gmail chấm com" (Vietnamese), "jisoo 골뱅이 naver 닷 컴" (Korean), "ahmet et işareti gmail
nokta com" (Turkish), "tanaka アットマーク gmail ドット com", "wangwei 艾特 qq 点 com".
:mod:`.shapes` reads the European words; this module reads the rest, and "at" said before
a domain whose dots are said in another language.

A match needs a local part, a word for "@", and a domain of two labels or more joined by
a word for "." whose last label is a top-level domain: "at the rate of five rupees" and
a whelk dish (골뱅이 무침) have none. Kept by hand: no library on the package index reads
an address spelt out in words (``email-validator`` and ``addressparser`` parse one that is
already written with "@").
"""

from __future__ import annotations

import re

from . import vocabulary as voc
from .hints import holds_any
from .hit import Hit
from .mask import MASKERS
from .text_forms import lower, word_set

__all__ = ["SPOKEN_TLDS", "find_spelt_mail"]

#: Words for "@": Indian English "at the rate (of)", Turkish "et/at işareti", Vietnamese
#: "a còng"/"a móc", Hungarian "kukac", Romanian "arond", Catalan "arrova", Nordic
#: "snabel-a", Polish "małpa", Czech "zavináč", Italian "chiocciola", French "arobase",
#: Dutch "apenstaartje", German "Klammeraffe"; "et" (Indonesian, Turkish speech) and "at"
#: only before a domain whose dots are said in another language's word.
_AT_LATIN = (
    r"at\s+the\s+rate(?:\s+of)?|[ea]t\s+i[şs]areti|a\s+c[òo]ng|a\s+m[óo]c|arroba|arrova"
    r"|arobase|arond|a\s+rond|kukac|snabel-a|ma[łl]pa|zavin[áa][čc]|chiocciola|apenstaartje"
    r"|klammeraffe|miukumauku|ät|at|et"
)
#: The same in scripts: Korean, Japanese, Chinese, Thai, Hebrew (שטרודל), Greek (παπάκι),
#: Russian and Ukrainian (собака, равлик), Bulgarian (кльомба), Hindi, Bengali, Persian.
_AT_GLUED = (
    r"골뱅이|앳|アットマーク|アット|艾特|แอท|שטרודל|כרוכית|παπάκι|собак[аиу]|собачк[аиу]"
    r"|равлик|кльомба|एट द रेट|एट|অ্যাট|ات"
)
#: Words for ".": English, Indonesian and Malay, Vietnamese, Turkish, Tagalog, Romanian,
#: Nordic, Slovak, Croatian and Serbian, and those :mod:`.shapes` reads too.
_DOT_LATIN = (
    r"dot|titik|ch[aấ]m|nokta|noktas[ıi]|tuldok|punto|point|punkt|punktum|ponto|piste"
    r"|kropka|te[čc]ka|bodka|to[čc]ka|ta[čc]ka|punct|punt|pont|nukta"
)
#: The same in scripts: Korean (닷, 점), Japanese, Chinese, Thai, Hindi, Bengali, Hebrew,
#: Greek, Cyrillic, Arabic and Persian.
_DOT_GLUED = r"닷|점|ドット|点|點|ดอท|จุด|डॉट|ডট|נקודה|τελεία|точк[аиу]|крапк[аиу]|نقطه|نقطة|دات"
_JOIN = r"underscore|dash|hyphen|guion bajo|gạch dưới"
_LABEL = r"[a-z0-9](?:[a-z0-9\-]{0,62})"
_DOT = rf"(?:\s+(?:{_DOT_LATIN})\s+|\s*(?:{_DOT_GLUED})\s*|\.)"
#: A top-level domain said in Hangul, katakana or Thai, a Korean particle maybe after it.
_SCRIPT_TLD = r"(?:컴|넷|コム|ネット|คอม)[가-힣]{0,3}"
SPELT_MAIL = re.compile(
    rf"(?i)(?<![\w.@])(?P<local>{_LABEL}(?:(?:\s+(?:{_DOT_LATIN}|{_JOIN})\s+|[._])[a-z0-9]"
    rf"[a-z0-9\-]*){{0,3}})"
    rf"(?P<at>\s+(?:{_AT_LATIN})\s+|\s*(?:{_AT_GLUED})\s*)"
    rf"(?P<domain>{_LABEL}(?:{_DOT}{_LABEL}){{0,3}}{_DOT}(?:{_LABEL}|{_SCRIPT_TLD}))"
    r"(?![\w@])"
)
#: Top-level domains beyond vocabulary.SPELT_TLDS: the countries whose speech this reads.
_MORE_TLDS = voc.words(
    """id vn kr my sg ph th cn tw hk mx ar cl pe ve nz za ng ke ru ua pk bd lk np ae sa eg
    ma ir il gr ro hu sk bg hr rs si lt lv ee is lu mt cy app dev ai tv xyz online email
    mail gov edu ac"""
)
_TLDS = voc.SPELT_TLDS | _MORE_TLDS
#: Every top-level domain an address said in words is read with (``mail dot ru``).
SPOKEN_TLDS = _TLDS
_SCRIPT_TLDS = ("컴", "넷", "コム", "ネット", "คอม")
#: Words for "@" that say it without doubt: the pattern runs when one is there.
_STRONG_AT = ("at the rate", "işareti", "isareti", "a còng", "a cong", "a móc", "골뱅이", "アット",
              "艾特", "แอท", "arroba", "arrova", "arobase", "arond", "a rond", "kukac", "snabel",
              "małpa", "malpa", "zavin", "chiocciola", "apenstaartje", "klammeraffe",
              "miukumauku", "שטרודל", "כרוכית", "παπάκι", "собак", "равлик", "кльомба",
              "एट", "অ্যাট", "앳", " ät ")  # fmt: skip
#: Words for "." that :mod:`.shapes` does not read: with one, a plain "at" or "et" counts.
_OTHER_DOTS = ("titik", "chấm", "cham", "닷", "점", "nokta", "ドット", "点", "點", "ดอท", "จุด",
               "tuldok", "डॉट", "ডট", "punct", "punktum", "bodka", "točka", "tačka", "nukta",
               "נקודה", "τελεία", "точк", "крапк", "نقطه", "نقطة", "دات", "pont")  # fmt: skip
_PLAIN_AT = (" at ", " et ")
#: The words of "@" an ASCII text may hold, each a word of its own.
_ASCII_AT = voc.words(
    """at et rate isareti cong moc arroba arrova arobase arond rond kukac snabel-a malpa
    chiocciola apenstaartje klammeraffe miukumauku"""
)
#: Those that say "@" without doubt: with "at" or "et" alone, a dot word below is needed.
_ASCII_STRONG = _ASCII_AT - {"at", "et"}
#: The words of "." in ASCII that :mod:`.shapes` does not read.
_ASCII_DOTS = voc.words("titik cham nokta tuldok punct punktum bodka tocka tacka nukta pont")


#: Verbs before "at" in a mail server's log line ("the email was sent at mail.example.com").
_NOT_SENDER = voc.words(
    """sent failed received delivered bounced hosted stored queued rejected blocked stuck
    available reachable down up online"""
)
#: Words before "at" that are no mailbox: "it is at google dot com" says where, not who.
_NOT_LOCAL = voc.words(
    """is it was are we i you he she they that this me us them here there one work home
    rate email mail id adalah là 은 는 nya"""
)


#: "at" said before a domain written with its dots, right after a word naming an e-mail
#: ("my email is jordan at gmail.com"): without that word, "failed at api.example.com".
_CUED_AT = re.compile(
    r"(?i)\b(?:e-?mail|mail|correo|courriel|e-?posta|surel|emel|posta)\b(?:\s+(?:id|address"
    r"|adresim|electrónico|eletrônico))?[^.@\n]{0,24}?(?<![\w.])(?P<local>[a-z0-9][\w.\-]{0,63})"
    r"\s+at\s+(?P<domain>[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9][a-z0-9\-]*)*\.(?P<tld>[a-z]{2,24}))"
    r"(?![\w@])"
)


def _cued(text: str, lowered: str, hits: list[Hit]) -> None:
    """Add the mailboxes said "local at domain.tld" after a word naming an e-mail."""
    if " at " not in lowered or ("mail" not in lowered and "correo" not in lowered):
        return
    for m in _CUED_AT.finditer(text):
        local = m.group("local").lower()
        if m.group("tld").lower() in _TLDS and local not in _NOT_LOCAL | _NOT_SENDER:
            start, end = m.start("local"), m.end()
            hits.append(Hit("email", start, end, MASKERS["email"](text[start:end])))


def find_spelt_mail(text: str, hits: list[Hit]) -> None:
    """Add the e-mail addresses spelt out with the words of this module."""
    lowered = lower(text)
    _cued(text, lowered, hits)
    if lowered.isascii():
        # Every value passes here: the words' set and set lookups cost a tenth of the hints.
        tokens = word_set(lowered)
        if _ASCII_AT.isdisjoint(tokens):
            return
        if _ASCII_STRONG.isdisjoint(tokens) and _ASCII_DOTS.isdisjoint(tokens):
            return
    elif not holds_any(lowered, _STRONG_AT) and not (
        holds_any(lowered, _OTHER_DOTS) and holds_any(lowered, _PLAIN_AT)
    ):
        return
    for m in SPELT_MAIL.finditer(text):
        domain = m.group("domain")
        last = re.split(rf"(?i){_DOT}", domain)[-1].lower()
        if last not in _TLDS and not last.startswith(_SCRIPT_TLDS):
            continue
        if m.group("local").lower() in _NOT_LOCAL:
            continue
        hits.append(Hit("email", m.start(), m.end(), MASKERS["email"](m.group())))
