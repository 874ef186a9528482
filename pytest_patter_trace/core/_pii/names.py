"""Persons' names that no lead-in word announces: told by a lexicon, or by their shape.

- With the optional ``faker`` package installed, its first- and last-name lists (about
  80 locales, read from the provider classes without making a ``Faker``) are a lexicon:
  a known given name followed by a capitalised word ("Thanks, Laura Townsend"), a known
  given name said to someone ("Merci Ismael,"), a known surname and given name in
  Chinese, Korean or Japanese ("王洁，", "이정희입니다", "佐藤様").
- Without it, and with it: initials and a surname ("K. S. Menon", "A.-M. Roux"), a name
  with a particle ("Nina van der Meer"), and a SIP display name
  (``"Ana Díaz" <sip:...>``).

A given name that is also an everyday word (May, Will, Grace, Paris...) counts only before
a known surname; faker's own word lists (``lorem``) say which names those are.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from . import name_words as nw
from . import vocabulary as voc
from .display_names import role_name
from .hints import holds_any
from .hit import Hit, placeholder
from .items import item_name_at
from .mask import mask_name

__all__ = [
    "Lexicon",
    "everyday",
    "find_lexicon_names",
    "find_name_shapes",
    "find_sip_names",
    "greeting",
    "known_given",
    "lexicon",
    "name_field",
    "not_a_name",
    "person_column",
    "person_field",
    "place_word",
    "whole_name",
]

_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]+")
_NAME_ENTRY = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_LIST_ATTR = re.compile(r"(?:first|last)_(?:\w+_)?names(?:_\w+)?")


@dataclass(frozen=True)
class Lexicon:
    """Names from faker's person providers, case-folded, by role and script."""

    #: Given names of scripts with case.
    given: frozenset[str]
    #: Surnames of scripts with case.
    surnames: frozenset[str]
    #: Given names that are also everyday words: a name only before a known surname.
    common: frozenset[str]
    #: Surnames written in Chinese characters, hangul or kana.
    cjk_surnames: frozenset[str]
    #: Given names in those scripts, whole (Korean, Japanese, Taiwanese) or one character
    #: each (faker's mainland Chinese given names are single characters).
    cjk_given: frozenset[str]
    #: Everyday words of faker's word lists (``lorem``), 30 languages: no surname alone.
    words: frozenset[str]
    #: Street and town words of faker's address providers ("Falls", "Calle", "Cañada").
    places: frozenset[str]


_COMMON_BY_HAND = nw.COMMON_GIVEN
#: Capitalised words that end a name or show the words are a place, a thing or a date.
_NOT_AFTER = (
    voc.NOT_NAME_WORDS
    | nw.CALENDAR
    | nw.BUSINESS_FIRST
    | voc.words(
        """i street st road rd avenue ave lane ln drive dr boulevard blvd square place park
    station airport hotel hospital clinic center centre bank inc ltd llc gmbh ag sa plc
    group company co corp university college school church bridge river lake bay beach
    island mountain valley hill hills heights mall market plaza tower building cafe café
    restaurant bar pizza kitchen grill house studio studios labs lab cloud ai api pro plus
    max mini air airlines airways express foundation institute museum theatre theater
    stadium arena club court gardens terrace close way monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september
    october november december straße strasse platz weg allee bahnhof krankenhaus klinik
    rue gare hôpital calle avenida estación via piazza stazione ospedale rua praça logistics
    estação dental medical health care insurance services solutions systems tech freight
    technologies software voice agent assistant bot app edition version model series
    thanks thank please hello hi yes no okay ok sorry dear team support office desk
    department branch store shop banco banca banque bankası caixa caddesi cadde sokak courier
    sokağı bulvarı mahallesi ulica utca iela gatan vägen vej gade straat laan gasse"""
    )
)
_VOCATIVE_BEFORE = nw.VOCATIVE_BEFORE


def _providers(package: ModuleType) -> Iterator[type]:
    """The ``Provider`` class of each locale of a faker provider package."""
    for info in pkgutil.iter_modules(package.__path__):
        if info.ispkg:
            yield importlib.import_module(f"{package.__name__}.{info.name}").Provider


#: Greetings and thanks after which a capitalised word is the person spoken to.
_GREETINGS = nw.REGIONAL_GREETINGS | voc.words(
    """thanks thank you thx hi hello hey dear bye goodbye course sorry perfect perfecto parfait
    perfetto perfeito perfekt great sure okay ok alright certainly claro vale welcome
    bienvenue bienvenido bienvenida willkommen benvenuto benvenuta merci bonjour bonsoir
    salut gracias hola entendido danke hallo grazie ciao obrigado obrigada olá bedankt
    hoi dziękuję dzięki cześć спасибо привет здравствуйте teşekkürler merhaba tack hej
    kiitos moi ευχαριστώ γεια дякую вітаю děkuji díky ahoj köszönöm takk günaydın sayın
    tamam kasih goedemorgen goedemiddag goedenavond"""
)
#: Capitalised words said after a greeting that are not a person.
_NOT_ADDRESSED = voc.words(
    """gott everyone everybody all sir madam ma'am team guys folks again so very much both
    beaucoup schön sehr mille mil muito muchas tante bien tanto anyway friend friends
    buddy mate dear love señor señora monsieur madame signore signora senhor senhora
    world there again goodbye bye tschüss adiós hola hello thanks ciao doctor google
    operator visa mastercard amex paypal alexa siri cortana bixby support reception billing
    sales service agent assistant bot computer caller customer you ya vous usted sie lei
    você"""
)


def _entries(values: object) -> Iterable[object]:
    """A list of names as it is (filtered later, once per distinct entry)."""
    if isinstance(values, (tuple, list, dict, set, frozenset)):
        return values
    return ()  # a property or a method: not a list of names


def _names(entries: set[object]) -> set[str]:
    return {
        e.casefold() for e in entries if type(e) is str and len(e) > 1 and _NAME_ENTRY.fullmatch(e)
    }


def _cjk(entries: set[object]) -> set[str]:
    return {e for e in entries if type(e) is str and e[:1] >= "\u3040" and _CJK.fullmatch(e)}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon | None:
    """The name lists of ``faker``, read once on first use; ``None`` without faker."""
    try:
        import faker.providers.address as address
        import faker.providers.lorem as lorem
        import faker.providers.person as person
    except ImportError:
        return None
    raw_first: set[object] = set()
    raw_last: set[object] = set()
    chinese: set[object] = set()
    for provider in _providers(person):
        for attr in dir(provider):
            if _LIST_ATTR.fullmatch(attr):
                entries = _entries(getattr(provider, attr, None))
                (raw_first if attr.startswith("first") else raw_last).update(entries)
                if provider.__module__.endswith("zh_CN") and attr.startswith("first"):
                    chinese.update(_entries(getattr(provider, attr, None)))
    given, surnames = _names(raw_first), _names(raw_last)
    cjk_surnames = _cjk(raw_last)
    # Mainland Chinese given names are single characters in faker: any pair of them counts.
    cjk_given = _cjk(raw_first) | set("".join(_cjk(chinese)))
    raw_words: set[object] = set()
    for provider in _providers(lorem):
        raw_words.update(_entries(getattr(provider, "word_list", ())))
        speech_parts = getattr(provider, "parts_of_speech", None)
        if isinstance(speech_parts, dict):  # nouns, verbs... (en_US: 1,141 nouns)
            for part in speech_parts.values():
                raw_words.update(_entries(part))
    raw_places: set[object] = set()
    for provider in _providers(address):
        # Countries are given names too (France, Georgia, Kenya): a place, said alone.
        raw_words.update(_entries(getattr(provider, "countries", ())))
        for attr in ("street_suffixes", "street_prefixes", "city_prefixes", "city_suffixes"):
            raw_places.update(_entries(getattr(provider, attr, ())))
    words = {w.casefold() for w in raw_words if type(w) is str}
    places = {w.casefold() for w in raw_places if type(w) is str and w[:1].isupper()}
    common = {g for g in given if len(g) <= 2 or g in words or g in _COMMON_BY_HAND}
    return Lexicon(
        given=frozenset(given),
        surnames=frozenset(surnames),
        common=frozenset(common),
        cjk_surnames=frozenset(cjk_surnames),
        cjk_given=frozenset(cjk_given),
        words=frozenset(words - surnames),
        places=frozenset(places - given),
    )


def everyday(word: str) -> bool:
    """Whether ``word`` is an everyday word or a place, and no given name.

    A few by hand; the rest only with the lexicon (faker's word and country lists).
    """
    lex = lexicon()
    folded = word.casefold()
    common = folded in _COMMON_BY_HAND or folded in _NOT_ADDRESSED
    return common or (lex is not None and folded in lex.words and folded not in lex.given)


_NOT_IN_PERSON_FIELD = nw.NOT_IN_PERSON_FIELD


#: Tool fields holding a person: the key words of a person's record, and recipients,
#: contacts and holders in more languages.
_PERSON_FIELDS = (
    voc.PERSON_TOKENS
    | voc.words(
        """destinatario destinataire empfänger ontvanger odbiorca alıcı получатель contato
    contacto contatto kontakt titular titulaire inhaber houder spouse guardian attendee"""
    )
    | nw.PERSON_FIELDS_MORE
)


def person_field(key: str, value: str) -> bool:
    """Whether a tool payload's person field holds a name.

    ``key`` names a person ("caller", "cliente") and ``value`` is capitalised words, none
    of them a plan, a status or a place.
    """
    words = value.split()
    tokens = [t for t in re.split(r"[\W_]+", key.casefold()) if t]
    if not tokens or tokens[-1] not in _PERSON_FIELDS:
        return False
    if len(words) == 1 and nw.CASELESS_NAME.fullmatch(value):
        return True  # "정수빈", "佐々木優斗": a whole name in one word
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
        return False
    return not any(
        _NAME_ENTRY.fullmatch(w) is None or w.casefold() in _NOT_IN_PERSON_FIELD or not_a_name(w)
        for w in words
    )


def name_field(tokens: list[str]) -> bool:
    """Whether a JSON key's words (lower-case) end in a bare name word, in any language."""
    return bool(tokens) and tokens[-1] in nw.NAME_FIELDS


def whole_name(value: str) -> bool:
    """Whether ``value`` is two words or more, or one word of hangul or kanji ("정수빈")."""
    return len(value.split()) >= 2 or nw.CASELESS_NAME.fullmatch(value.strip()) is not None


def person_column(statement: str, column: str) -> frozenset[str]:
    """``{"name"}`` when a bare name column is compared in a table of people, else empty.

    "... FROM patients WHERE name = '...'": the table says whose name the column holds.
    """
    if column.casefold().rsplit(".", 1)[-1] not in nw.NAME_FIELDS:
        return frozenset()
    tables = nw.PEOPLE_TABLE.findall(statement)
    return frozenset(("name",)) if tables else frozenset()


def not_a_name(word: str) -> bool:
    """Whether ``word`` is a capitalised word that is never a person's (Street, Monday)."""
    return word.casefold() in _NOT_AFTER


def place_word(word: str) -> bool:
    """Whether ``word`` after a name makes it a place's or a shop's ("... Office", "Hotel")."""
    return len(word) > 2 and word[:1].isupper() and word.casefold() in _PLACE_AFTER


def greeting(word: str) -> bool:
    """Whether ``word`` is a greeting or thanks said before a person's name ("Merci")."""
    folded = word.casefold().strip(",.!?")
    return folded in _GREETINGS or folded in _VOCATIVE_BEFORE


def known_given(word: str) -> bool:
    """Whether the lexicon knows ``word`` as a given name (never, without faker)."""
    lex = lexicon()
    return lex is not None and word.casefold() in lex.given and word.casefold() not in lex.common


def _upper_class() -> str:
    """Upper-case letters of Latin, Greek, Cyrillic and Vietnamese, as a regex class."""
    chars = [chr(c) for c in (*range(0x41, 0x530), *range(0x1E00, 0x1F00)) if chr(c).isupper()]
    return "".join(re.escape(c) for c in chars)


_UPPER = _upper_class()
#: A capitalised word, with inner apostrophes and hyphens ("O'Neill", "Al-Mansour").
#: The capital comes first and the lookbehind after it looks at the character before it:
#: a pattern that opens with a character class is skipped through in C to each capital.
_CAP_WORD = re.compile(rf"[{_UPPER}](?<![\w'’@/\\.#\-].)[^\W\d_]*(?:['’\-][^\W\d_]+)*")
#: Particles inside a name; "al-" and "el-" may also be joined to the next word.
_PARTICLES = voc.NAME_PARTICLES | voc.words("bint binti ben bat zu af av dei degli abu")
#: A capitalised word that can start a name: before another capitalised word or a
#: particle, or alone before punctuation. Most capitalised words (a sentence's first,
#: before lower-case words) are none, and are skipped in C.
_CANDIDATE = re.compile(
    _CAP_WORD.pattern
    + rf"(?= (?:[{_UPPER}]|(?:{'|'.join(sorted(_PARTICLES))})[ \-])| ?[,.!?;:]|\s*$)"
)
_WORD_AT = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_VOCATIVE_AFTER = frozenset(",.!?;:")
#: What may open a sentence before its first word: quotes (inside JSON), brackets, "¡¿".
_OPENERS = "¡¿\"'“«([{"
#: Words before a name that make it a street's ("Calle Ana Torres", "Rue Victor Hugo").
_STREETS = voc.words("calle avenida rue avenue via viale rua praça plaza place piazza paseo")
#: Words after a name that make it a place's or a shop's ("Maria Lopez Street").
_PLACE_AFTER = _NOT_AFTER - voc.NOT_NAME_WORDS


def find_lexicon_names(text: str, hits: list[Hit], *, vocative: bool = True) -> None:
    """Add names the lexicon knows: a given name and a capitalised word, CJK names.

    ``vocative``: also a given name alone, said to someone ("Thanks, Daniel."), and a
    capitalised word after a greeting, known or not; speech only: a developer's message
    does not address anyone.
    """
    lex = lexicon()
    if lex is not None and _CJK.search(text):
        _cjk_names(text, lex, hits)
    end_of_last = -1
    for m in _CANDIDATE.finditer(text):
        if m.start() < end_of_last or item_name_at(text, m.start()):
            continue
        word = m.group()
        folded = word.casefold()
        if lex is None or folded not in lex.given or (len(word) > 2 and word.isupper()):
            # Said to someone: after a comma or a greeting (checked cheaply first).
            said_to = vocative and _after_comma_or_greeting(text, m.start())
            run = _greeted_run(text, m.start(), m.end(), lex) if said_to else -1
            if said_to and _greeted(text, m.start(), m.end(), lex):
                hits.append(Hit("name", m.start(), m.end(), mask_name(word)))
            elif run > 0:  # "Thank you, Laura Townsend."
                hits.append(Hit("name", m.start(), run, mask_name(text[m.start() : run])))
                end_of_last = run
            elif said_to and _ends_said_to(text, m.start(), m.end(), lex):
                hits.append(Hit("name", m.start(), m.end(), mask_name(word)))
            elif lex is not None:
                end = _before_surname(text, m.start(), m.end(), lex)
                if end > 0:
                    hits.append(Hit("name", m.start(), end, mask_name(text[m.start() : end])))
                    end_of_last = end
            continue
        if _after_place(text, m.start(), lex):
            continue  # "Calle Ana Torres", "Cañada de César Pardo": a street
        end = _surname_end(text, m.end(), lex, common=folded in lex.common)
        if end > 0:
            hits.append(Hit("name", m.start(), end, mask_name(text[m.start() : end])))
            end_of_last = end
        elif vocative and folded not in _COMMON_BY_HAND and _addressed(text, m.start(), m.end()):
            greeted = _greeted(text, m.start(), m.end(), lex)
            if greeted or folded not in lex.common:
                hits.append(Hit("name", m.start(), m.end(), mask_name(word)))


def _before_surname(text: str, start: int, end: int, lex: Lexicon) -> int:
    """A given name the lexicon lacks, then a surname it knows, inside a sentence.

    "for Nolhan Lecoq": the first word must be no everyday word and follow a lower-case
    word (a sentence's first word is capitalised whatever it is).
    """
    folded = text[start:end].casefold()
    if end - start < 3 or folded in lex.words or folded in lex.places or folded in _NOT_AFTER:
        return -1
    m = _WORD_AT.match(text, end + 1) if text[end : end + 1] == " " else None
    if m is None or not m.group()[:1].isupper() or (len(m.group()) > 3 and m.group().isupper()):
        return -1
    surname = m.group().casefold()
    if surname not in lex.surnames or surname in lex.words or surname in _NOT_AFTER:
        return -1
    before = text[max(0, start - 30) : start].split()
    if not before or not before[-1].isalpha() or not before[-1].islower():
        return -1
    return _surname_end(text, end, lex, common=False)


def _after_place(text: str, start: int, lex: Lexicon) -> bool:
    before = text[max(0, start - 40) : start].split()
    while before and before[-1].casefold() in _PARTICLES:
        before.pop()
    last = before[-1].rstrip(",") if before else ""
    if last.isdigit() or last[:-1].isdigit():
        return True  # a house number first: "109 Kelly Cliff" is a street
    # Street words are capitalised in an address: "of course Gabriel" has none.
    return last[:1].isupper() and (last.casefold() in lex.places or last.casefold() in _STREETS)


def _surname_end(text: str, pos: int, lex: Lexicon, *, common: bool) -> int:
    """End of the surname words after a given name, or -1 when none follow."""
    end = -1
    count = 0
    while count < 4 and text[pos : pos + 1] == " ":
        m = _WORD_AT.match(text, pos + 1)
        if m is None:
            break
        word = m.group()
        folded = word.casefold()
        if folded in _PARTICLES:
            pos = m.end()
            continue
        joined = word[:3] in ("al-", "el-", "Al-", "El-") and word[3:4].isupper()
        if not (word[:1].isupper() or joined) or folded in _NOT_AFTER or folded in lex.places:
            break
        if len(word) > 3 and word.isupper():
            break  # an acronym ("Maria AWS"), not a surname
        known = joined or folded in lex.surnames
        if not known and (common or len(word) < 2 or folded in lex.common or folded in lex.words):
            break
        end = pos = m.end()
        count += 1
    if end > 0 and text[end : end + 1] == " ":
        after = _WORD_AT.match(text, end + 1)
        folded = after.group().casefold() if after is not None else ""
        if folded in _PLACE_AFTER or folded in lex.places or text[end + 1 : end + 2].isdigit():
            return -1  # "Laura Ashley Store", "Victoria Park 12": a place or a shop
    return end


def _addressed(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is said to someone ("Thanks, Daniel.")."""
    rest = text[end:].lstrip(" ")
    if rest and rest[0] not in _VOCATIVE_AFTER:
        return False
    before = text[:start].rstrip(" ")
    if not before and not rest.strip(".!? "):
        return True  # the whole answer is the name
    if before.endswith(","):
        head = before[:-1].rstrip()
        last = _last_word(head)
        # ", Daniel." ends a sentence said to Daniel; ", Daniel, ..." after a greeting.
        return bool(head) and (rest[:1] in (".", "!", "?", "") or last in _VOCATIVE_BEFORE)
    return _last_word(before) in _VOCATIVE_BEFORE


def _greeted(
    text: str, start: int, end: int, lex: Lexicon | None, *, check_after: bool = True
) -> bool:
    """A capitalised word between a greeting and a comma or a stop: "Merci Tawna,".

    Names outside any lexicon are said this way; the words said after a greeting that
    are not names ("Thanks, Everyone", "Danke Schön") are few, and listed.
    """
    after = end
    while after < len(text) and text[after] == " ":
        after += 1
    if check_after and (after == len(text) or text[after] not in ",.!?" or end - start < 3):
        return False
    before = _tail(text, start, " ,")
    if not before[-1:].isalpha():
        return False
    last = before.rsplit(None, 1)[-1].casefold().strip(_OPENERS)
    if last not in _GREETINGS:
        return False
    folded = text[start:end].casefold()
    if folded in _NOT_ADDRESSED or folded in _COMMON_BY_HAND or folded in _NOT_AFTER:
        return False
    # An everyday word the lexicon knows is no name, unless it is a given name too.
    return lex is None or folded in lex.given or folded not in lex.words


def _after_comma_or_greeting(text: str, start: int) -> bool:
    """Whether a comma or a greeting word comes right before ``start``."""
    before = text[max(0, start - 24) : start].rstrip(" ")
    if before.endswith(","):
        return True
    last = _last_word(before)
    return last in _GREETINGS or last in _VOCATIVE_BEFORE


def _last_word(text: str) -> str:
    """The last word of ``text``, case-folded, without opening quotes; "" when none."""
    parts = text.rsplit(None, 1)
    return parts[-1].casefold().strip(_OPENERS) if parts else ""


def _greeted_run(text: str, start: int, end: int, lex: Lexicon | None) -> int:
    """End of two or three capitalised words between a greeting and a stop, or -1.

    "Thank you, Laura Townsend.": a name no list needs to hold, said to the person.
    """
    words = [text[start:end]]
    pos = end
    while len(words) < 3 and text[pos : pos + 1] == " ":
        nxt = _WORD_AT.match(text, pos + 1)
        if nxt is None or not nxt.group()[:1].isupper():
            break
        words.append(nxt.group())
        pos = nxt.end()
    if len(words) < 2 or text[pos : pos + 1] not in (",", ".", "!", "?"):
        return -1
    if any(_not_said_to(w, lex) or greeting(w) for w in words):
        return -1
    return pos if _greeted(text, start, start + len(words[0]), None, check_after=False) else -1


def _ends_said_to(text: str, start: int, end: int, lex: Lexicon | None) -> bool:
    """A capitalised word after a comma that ends a sentence said to someone.

    "I'm sorry to hear that, Yinthe.": three words or more before the comma, none of the
    last ones placing it ("delivered to Lyon, France."), and a stop after the word.
    """
    if text[end : end + 1] not in (".", "!") or end - start < 3:
        return False
    before = _tail(text, start, " ")
    if not before.endswith(","):
        return False
    head = re.split(r"[.!?;:]", before[:-1])[-1].split()
    if len(head) < 3 or any(w.casefold().strip(_OPENERS) in nw.PLACE_BEFORE for w in head[-2:]):
        return False
    if head[-1][:1].isupper() or head[-1][:1].isdigit():
        return False  # "Lyon, France.", "12 Main Road, Leeds.": a list of places
    said = {w.casefold().strip(_OPENERS + ".,!?").replace("’", "'") for w in head}
    if said.isdisjoint(voc.CONVERSATIONAL | voc.FIRST_PERSON | nw.EMPATHY):
        return False  # no one speaks to anyone: "it costs twenty dollars, Total."
    return not _not_said_to(text[start:end], lex)


def _not_said_to(word: str, lex: Lexicon | None) -> bool:
    folded = word.casefold()
    if folded in _NOT_ADDRESSED or folded in _COMMON_BY_HAND or folded in _NOT_AFTER:
        return True
    if folded in voc.NAME_PARTICLES or len(word) < 2 or (len(word) > 2 and word.isupper()):
        return True
    known = lex is not None and folded in lex.given
    return lex is not None and not known and (folded in lex.words or folded in lex.places)


def _tail(text: str, end: int, chars: str) -> str:
    """The end of ``text[:end].rstrip(chars)`` that holds its whole last word, or all of it.

    A name is looked at many times in a long text: copying all the text before it each
    time costs more than the look itself.
    """
    start = max(0, end - 64)
    while True:
        tail = text[start:end].rstrip(chars)
        if start == 0 or len(tail.rsplit(None, 1)) == 2:
            return tail
        start = max(0, start - 4 * (end - start))


#: After a CJK name: an honorific, a copula ("です", "입니다"), or punctuation.
_CJK_AFTER = re.compile(
    r"(?:様|さま|さん|先生|氏|殿|くん|ちゃん|です|でございます|と申します|씨|님|입니다|이에요|예요"
    r"|女士|小姐|老师|醫生|医生|[，,、。.!?！？ ]|$)"
)
_CJK_HONORIFIC = re.compile(r" ?(?:様|さま|さん|先生|氏|殿|女士|小姐|씨|님)")
_CJK_BEFORE = frozenset("，,、。.!?！？ :：「『\"'")


def _cjk_names(text: str, lex: Lexicon, hits: list[Hit]) -> None:
    """A known surname then a known given name, at a word's edge: "王洁，", "이정희입니다"."""
    for run in _CJK.finditer(text):
        s = run.start()
        if s > 0 and text[s - 1] not in _CJK_BEFORE:
            continue
        chunk = run.group()
        for size in (2, 1):
            surname = chunk[:size]
            if surname not in lex.cjk_surnames and surname not in voc.JA_SURNAMES:
                continue
            end = _cjk_given_end(chunk, size, lex)
            after = _CJK_AFTER if end > 0 else _CJK_HONORIFIC
            # A surname alone before an honorific: "佐藤様", "王先生", "김 씨".
            end = end if end > 0 else size
            if after.match(text, s + end):
                hits.append(Hit("name", s, s + end, mask_name(chunk[:end])))
                break


def _cjk_given_end(chunk: str, start: int, lex: Lexicon) -> int:
    for size in (3, 2, 1):
        given = chunk[start : start + size]
        if len(given) < size:
            continue
        whole = given in lex.cjk_given
        # Mainland given names: each character one faker knows as a given name.
        chars = given[:1] < "\uac00" and all(ch in lex.cjk_given for ch in given)
        if whole or chars:
            return start + size
    return -1


# -- shapes that need no lexicon --------------------------------------------------------

#: Initials and a surname: "K. S. Menon", "A.K. Sharma", "M.-C. Jacquet". Two initials at
#: least, or one after a word that takes a person. "U.S." and "P.S." are no initials.
_INITIALS = re.compile(
    r"(?<![\w.’'])((?!(?:U\.[SKN]|E\.U|P\.S|A\.M|P\.M|N\.B|E\.G|I\.E)\.)"
    r"[A-Z]\.(?:[ \-]?[A-Z]\.){1,2}) ?([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)(?![\w.@])"
)
#: Two initials, which every _INITIALS match holds: a search with no lookbehind, that
#: the regex engine skips through quickly, proves most texts hold none.
_INITIALS_HINT = re.compile(r"[A-Z]\.[ \-]?[A-Z]\.")
#: A capitalised word, a Dutch, German or Arabic particle, a capitalised word.
_PARTICLE_NAME = re.compile(
    r"(?<![\w\-])([A-Z][^\W\d_]+) (?:van der|van den|van de|van 't|von der|von und zu|von"
    r"|van|ter|ten|bin|binti|bint|ibn|von und zu) ([A-Z][^\W\d_'’]+(?:['’\-][^\W\d_]+)?"
    r"(?: (?:[AE]l-)?[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)?)"
)


def find_name_shapes(text: str, hits: list[Hit]) -> None:
    """Add initials and a surname, and names with a particle, in any text."""
    if _INITIALS_HINT.search(text):
        for m in _INITIALS.finditer(text):
            if m.group(2).casefold() not in _NOT_AFTER:
                hits.append(Hit("name", m.start(1), m.end(2), mask_name(m.group())))
    if " " in text and holds_any(text, _PARTICLE_HINTS):
        for m in _PARTICLE_NAME.finditer(text):
            first = m.group(1).casefold()
            last = m.group(2).split()[0].casefold()
            if voc.FIRST_PERSON.isdisjoint((first,)) and _NOT_AFTER.isdisjoint((first, last)):
                hits.append(Hit("name", m.start(), m.end(), mask_name(m.group())))


_PARTICLE_HINTS = tuple(
    f" {p} " for p in ("van", "von", "ter", "ten", "bin", "binti", "bint", "ibn")
)
#: A display name before a SIP or tel URI (``"Ana Díaz" <sip:+34...@...>``), or set apart
#: before a bracketed number of 3+ digits (``"Name" <1001>``; ``Vec<3>`` is code).
_SIP_DISPLAY = re.compile(
    r"(?:^|[:,;]\s*)\"?([^\"<>,;:\d@]{2,60}?)"
    r"(?:\"?\s*<(?:sips?:|tel:)|(?:\"\s*|\s+)<\+?\d[\d ().-]+\d>)",
    re.IGNORECASE,
)


def find_sip_names(text: str, hits: list[Hit]) -> None:
    """Add the display name of a SIP header (From, To, P-Asserted-Identity)."""
    for m in _SIP_DISPLAY.finditer(text):
        value = m.group(1).strip()
        words = value.replace(",", " ").split()
        if not words or placeholder(value) or len(words) > 5:
            continue
        if all(w.strip(".").casefold() in voc.CNAM_NOISE for w in words) or role_name(value):
            continue  # "Anonymous", "Unavailable", "Reception": no name
        if _NOT_AFTER.isdisjoint(w.casefold() for w in words) and all(
            _NAME_ENTRY.fullmatch(w.strip(".")) for w in words
        ):  # "Acme Support" is the business, not a person
            start = m.start(1) + m.group(1).index(value[0])
            hits.append(Hit("name", start, start + len(value), mask_name(value)))
