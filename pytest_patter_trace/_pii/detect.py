"""Which parts of one attribute value look like PII, and of which kind.

The detector sees one value at a time with its attribute key, because the key is often
the only thing telling a caller's number (``caller.phone``) from an order number. Numbers
are checked against structure that is never PII first (dates, times, UUIDs, hex ids,
decimals, dotted quads), and a number written without a country code counts as a phone
only when its grouping looks like one or its key or the words before it say so.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from types import ModuleType
from urllib.parse import unquote

from . import patterns as pat
from .kinds import KINDS
from .mask import (
    MASKERS,
    mask_generic,
    mask_name,
    mask_payload,
    mask_phone,
    mask_spoken,
)
from .phone import PhoneFinder

__all__ = ["KINDS", "Hit", "Scanner", "key_flags", "phonenumbers_module"]

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NON_ALNUM = re.compile(r"[^A-Za-z0-9]+")
_DIGIT_RUN = re.compile(r"\d+")
_MONTH_WORD = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
_NON_CONTENT_PREFIXES = pat.DEV_PREFIXES | pat.words(
    """process telemetry service host os k8s container cloud deployment url server network
    net thread messaging faas browser device"""
)
_DOCUMENTATION_NETS = tuple(
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
)
_PUNCT = ".,;:!?()[]{}\"'“”‘’"
_ERROR_TEXT_TOKENS = frozenset(("body", "message", "msg", "response", "detail", "details", "text"))
_EMPTY_PAYLOADS = frozenset(("", "{}", "[]", "null", "none", '""', "''", "nil", "undefined"))
_BRACKETED = re.compile(r"[\[<({]{1,2}[\w\s./-]{0,30}[\]>)}]{1,2}")
#: One word of a person's name: letters (any script), inner apostrophes, hyphens, dots.
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.\-])*")
_JSON_PAIR = re.compile(r'"([^"\\\n]{1,64})"\s*:\s*"((?:[^"\\\n]|\\.)*)"')
#: A local part that is a long hex or digit-dash string: a generated id, not a mailbox.
#: An address in a script without spaces between words (島根県...31丁目21番13号).
_CJK_ADDRESS = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff].*\d|\d.*[\u3040-\u30ff\u4e00-\u9fff]")
#: Kinds that cover a whole value and may hold other kinds inside.
_CONTAINERS = frozenset(("tool_payload", "name"))
_KEYED_KINDS = frozenset(("secret", "dob", "address", "postcode", "name", "payload"))
_MACHINE_LOCAL = re.compile(r"(?=[^@]*\d[^@]*\d[^@]*\d)[0-9a-f-]{10,}", re.I)
_DOB_HINTS = ("nac", "geb", "naiss", "né", "nat", "nasc", "född", "født", "fødsels", "syntym",
              "naroz", "urodz", "doğum", "dob", "birth", "born")  # fmt: skip
_MORE_ADDRESSES = (pat.ADDRESS_COMPOUND, pat.ADDRESS_PREFIXED, pat.ADDRESS_TR, pat.ADDRESS_SLASH)
_SPELT_EMAIL_HINTS = (" at ", "(at)", "[at]", "{at}", "<at>", "arroba", "chiocciola", "klammeraffe",
                      "snabel", "zavináč", "małpa", "miukumauku")  # fmt: skip
_ADDRESS_CONTEXT_HINTS = ("addr", "adres", "direcc", "dirección", "indirizzo", "endere", "osoite",
                          "deliver", "ship", "located at", "live", "wohnt")  # fmt: skip
_NO_NUMBER_HINTS = ("Street", "Road", "Avenue", "Lane", "Drive", "Boulevard", "Square", "Place",
                    "Crescent", "Close", "Gardens", "Terrace", "Mews", "str", "weg", "gat", "väg",
                    "vej", "gade", "katu", "laan", "straat", "gracht", "allee",
                    "platz")  # fmt: skip
_WORD_OR_DIGITS = re.compile(r"[^\W\d_]+|\d+")
_LOCAL_SPLIT = re.compile(r"[._+\-]")


@dataclass(frozen=True, slots=True)
class Hit:
    """One flagged part of a value: ``text[start:end]`` is of ``kind``, shown as ``masked``."""

    kind: str
    start: int
    end: int
    masked: str


@lru_cache(maxsize=1)
def phonenumbers_module() -> ModuleType | None:
    """``phonenumbers``, imported on first use; ``None`` when it is not installed."""
    try:
        import phonenumbers
    except ImportError:
        return None
    return phonenumbers


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _NON_ALNUM.split(_CAMEL.sub("_", text)) if t]


@lru_cache(maxsize=4096)
def key_flags(key: str) -> frozenset[str]:
    """What an attribute key says about its value: ``secret``, ``phone``, ``strong``..."""
    segments = [s for s in key.split(".") if s and not s.isdigit()]
    if not segments:
        return frozenset()
    last = _tokens(segments[-1])
    every = _tokens(key)
    ends = {"".join(last[-n:]) for n in range(1, min(3, len(last)) + 1)}
    ends.add("".join(last))
    flags: set[str] = set()
    for name, vocabulary in (
        ("secret", pat.SECRET_KEYS),
        ("phone", pat.PHONE_KEYS),
        ("card", pat.CARD_KEYS),
        ("ssn", pat.SSN_KEYS),
        ("dob", pat.DOB_KEYS),
        ("address", pat.ADDRESS_KEYS),
    ):
        if ends & vocabulary:
            flags.add(name)
    if last and not pat.NON_POSTAL.intersection(every):
        # ``address``, and compounds in several languages (``lieferadresse``, ``katuosoite``),
        # unless the compound names a network or mail address (``emailaddress``).
        word = last[-1]
        for suffix in pat.ADDRESS_KEY_SUFFIXES:
            if word.endswith(suffix) and word[: -len(suffix)] not in pat.NON_POSTAL:
                flags.add("address")
                break
    if pat.TELEPHONY_TOKENS.intersection(every) and "".join(last) in pat.TELEPHONY_PHONE_TOKENS:
        flags.add("phone")
    phoneish = "phone" in flags or last[-1] in ("number", "line", "no", "num", "numbers")
    if phoneish and (
        pat.ORG_PHONE_TOKENS.intersection(every)
        or {a + b for a, b in pairwise(every)} & pat.ORG_PHONE_TOKENS
    ):
        # An organisation's own published line (``company.support_phone``): not personal.
        flags.discard("phone")
        flags.add("orgphone")
    if ends & pat.POSTCODE_KEYS:
        flags.add("postcode")
    person = ends & pat.NAME_KEYS or (
        last[-1] in pat.NAME_WORDS and pat.PERSON_TOKENS.intersection(every)
    )
    if person and pat.NOT_PERSON_TOKENS.isdisjoint(every):
        flags.add("name")
    if last[-1] in pat.PAYLOAD_TOKENS and pat.TOOL_TOKENS.intersection(every):
        # Patter promises tool payloads never leave the process: any value is a finding.
        flags.add("payload")
        return frozenset(flags)
    owner = pat.IP_OWNER_TOKENS.intersection(every) and last[-1] in pat.IP_VALUE_TOKENS
    if owner or "forwarded" in every or ends & {"xforwardedfor", "realip"}:
        flags.add("ip")
    lowered = key.lower()
    before_last = _tokens(".".join(segments[:-1]))
    if lowered in pat.DEV_TEXT_KEYS or (
        # A provider's error body or message (``openai.error.body``) is developer text.
        pat.ERROR_TOKENS.intersection(before_last) and last[-1] in _ERROR_TEXT_TOKENS
    ):
        flags.add("dev")
        if lowered.endswith("stacktrace"):
            flags.add("stacktrace")
    elif segments[0].lower() not in _NON_CONTENT_PREFIXES and pat.NON_CONTENT_TOKENS.isdisjoint(
        last
    ):
        # OpenInference puts content under input.value / output.value.
        io_value = last == ["value"] and len(segments) > 1 and segments[-2] in ("input", "output")
        if ends & pat.STRONG_CONTENT_KEYS:
            flags.add("strong")
        if ends & pat.SYSTEM_PROMPT_KEYS:
            flags.add("strong")
            flags.add("sysprompt")
        elif ends & pat.WEAK_CONTENT_KEYS or io_value:
            flags.add("weak")
    return frozenset(flags)


def _placeholder(text: str) -> bool:
    text = text.strip()
    # ``Bearer ***``, ``Token ${DEEPGRAM_API_KEY}``: the scheme, then the placeholder.
    scheme = pat.AUTH_SCHEME.match(text)
    if scheme:
        text = text[scheme.end() :].strip()
    lowered = text.lower()
    if lowered in pat.PLACEHOLDERS or "•" in lowered or _BRACKETED.fullmatch(lowered):
        return True
    if pat.MASKED_VALUE.match(text):  # sk-...abcd, ****abcd: masked already, last 4 kept
        return True
    if lowered.startswith(("$", "env:", "<", "{{")) or set(lowered) <= set("*x#-_. "):
        return True
    # An environment variable's name (``OPENAI_API_KEY``) names a secret, it is not one.
    return text.isupper() and "_" in text and text.replace("_", "").isalnum()


def _is_prose(text: str, min_words: int, *, measurements: bool = True) -> bool:
    tokens = text.split()
    if len(tokens) < min_words:
        return False
    words = [t for t in (tok.strip(_PUNCT) for tok in tokens) if pat.PROSE_WORD.fullmatch(t)]
    numbers = sum(1 for t in tokens if pat.DIGIT.search(t))
    # Figures do not count against prose ("call me at +1 415 555 0132"), but a text made
    # of them is a measurement ("1035 tokens in 1055 ms").
    if len(words) < min_words or len(words) < 0.6 * (len(tokens) - numbers):
        return False
    if measurements and numbers * 4 > len(tokens):
        return False
    return any(w.islower() and len(w) > 1 for w in words)


def _spoken(text: str) -> bool:
    words = {w.lower().replace("’", "'") for w in pat.PROSE_WORD.findall(text)}
    return not words.isdisjoint(pat.CONVERSATIONAL)


def _is_utterance(text: str) -> bool:
    """Prose of 4+ words that sounds spoken: what an error message quotes from a caller."""
    return _is_prose(text, 4) and _spoken(text)


def _is_content(text: str) -> bool:
    """Prose under a key that also holds developer values ("message", "result").

    Short developer sentences ("Call ended after 00:03:12", "Connection reset by peer")
    are left alone; spoken phrases, and anything of six words or more, are content.
    """
    return _is_prose(text, 3) and (_spoken(text) or len(text.split()) >= 6)


def _first_person(text: str, vocabulary: frozenset[str] = pat.FIRST_PERSON) -> bool:
    """Whether a speaker talks about themself ("my order", "quiero", "ich"), any language."""
    tokens = (t.strip(_PUNCT).lower().replace("’", "'") for t in text.split())
    return not vocabulary.isdisjoint(tokens)


def _said(text: str, min_words: int, vocabulary: frozenset[str] = pat.FIRST_PERSON) -> bool:
    """A caller's sentence inside developer text: prose in the first person (or spoken)."""
    return _is_prose(text, min_words) and _first_person(text, vocabulary)


def _person_name(text: str) -> bool:
    """A value shaped like a person's name: 1-6 capitalised words of letters, any script."""
    if len(text) > 80 or _placeholder(text):
        return False
    words = text.replace(",", " ").split()
    if not 1 <= len(words) <= 6 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if all(w.strip(".").lower() in pat.CNAM_NOISE for w in words):
        return False  # WIRELESS CALLER, UNAVAILABLE: a lookup that found no name
    # Capitalised or in capitals; scripts without case (CJK) always count.
    return not (words[0][0].islower() and words[-1][0].islower())


def _has_words(text: str) -> bool:
    if _placeholder(text):
        return False
    return any(len(w) > 1 for w in pat.PROSE_WORD.findall(text))


_QUERY_HINTS = ("token", "key", "sig", "secret", "pass", "pwd", "auth", "jwt", "credential",
                "code_verifier")  # fmt: skip


def _random_looking(value: str) -> bool:
    """Letters and digits mixed like a generated key, not a word, path or placeholder."""
    if _placeholder(value) or pat.BENIGN.fullmatch(value):
        return False
    has_digit = any(ch.isdigit() for ch in value)
    has_upper = any(ch.isupper() for ch in value)
    has_lower = any(ch.islower() for ch in value)
    return has_digit + has_upper + has_lower >= 2 and not value.replace("_", "").isalpha()


_CLI_HINTS = ("pass", "pwd", "secret", "token", "key", "auth", "credential", "-u ", "--user")
_UNQUOTED_HINTS = ("key", "token", "secret", "password", "passwd", "credential", "clave", "clé",
                   "schlüssel", "chiave", "senha", "jeton", "passwort", "contraseña")  # fmt: skip


def _keylike(value: str) -> bool:
    """Random-looking like a generated key, or a provider's hex token (Twilio, Deepgram)."""
    return _random_looking(value) or pat.HEX_TOKEN.fullmatch(value) is not None


def _luhn(digits: str) -> bool:
    total = 0
    for index, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if index % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _card_lengths(d: str) -> tuple[frozenset[int], frozenset[int]] | None:
    """(lengths a brand issues, lengths it issues unseparated in practice) or ``None``."""
    p2, p3, p4, p6 = int(d[:2]), int(d[:3]), int(d[:4]), int(d[:6])
    if d[0] == "4":
        return frozenset({13, 16, 19}), frozenset({13, 16})
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720 or 2200 <= p4 <= 2204:
        return frozenset({16}), frozenset({16})
    if p2 in (34, 37):
        return frozenset({15}), frozenset({15})
    if p4 in (5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763):
        return frozenset(range(13, 20)), frozenset({16, 19})
    if p4 == 6011 or 644 <= p3 <= 649 or p2 == 65 or 622126 <= p6 <= 622925 or p2 == 62:
        return frozenset(range(16, 20)), frozenset({16})
    if 3528 <= p4 <= 3589:
        return frozenset(range(16, 20)), frozenset({16})
    if 300 <= p3 <= 305 or p2 in (36, 38, 39) or p4 == 3095:
        return frozenset(range(14, 20)), frozenset({14, 16})
    return None


def _card_grouping_ok(raw: str) -> bool:
    sizes = [len(g) for g in re.split(r"[ -]", raw)]
    if sizes in ([4, 6, 5], [4, 6, 4], [4, 4, 5]):
        return True
    return sizes[0] == 4 and all(s == 4 for s in sizes[1:-1]) and 1 <= sizes[-1] <= 4


def _ssn_ok(area: str, group: str, serial: str) -> bool:
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def _iban_ok(compact: str) -> bool:
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def _personal_ip(text: str) -> bool:
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return False
    if any(addr in net for net in _DOCUMENTATION_NETS if net.version == addr.version):
        return True
    return addr.is_global


def _organisation_mailbox(local: str, domain: str, before: str) -> bool:
    """An organisation's role or service mailbox (``support@``, a cloud service account).

    Every word of the local part is a role word (or a number); after ``sip:`` one role
    word is enough, since a SIP URI that reaches a queue or an IVR names a service.
    """
    domain = domain.lower()
    if any(d in domain for d in pat.SERVICE_DOMAINS):
        return True
    parts = [p for p in _LOCAL_SPLIT.split(local.lower()) if p]
    roles = [p in pat.ROLE_LOCALS or p.isdigit() for p in parts]
    if parts and all(roles):
        return True
    return before.lower().endswith(("sip:", "sips:")) and any(p in pat.ROLE_LOCALS for p in parts)


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _benign(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` overlaps a date, time, UUID, hex id, decimal or IP."""
    for m in pat.BENIGN.finditer(text, max(0, start - 40), min(len(text), end + 40)):
        if m.start() < end and start < m.end():
            return True
    return False


def _benign_time(text: str) -> bool:
    """A clock time or duration picked up after a birth word ("born 12:30")."""
    return ":" in text


def _spoken_numbers(text: str) -> list[tuple[int, int]]:
    """Spans of numbers read out partly in words ("four one five, 555, oh one two three").

    Runs of digit words (several languages, "oh" for 0, "double"/"triple") and short digit
    groups, separated by spaces, commas or hyphens only, holding 7 to 15 digits of which
    at least three are words: the length of a phone number, told by a caller.
    """
    found: list[tuple[int, int]] = []
    run_start = run_end = -1
    digits = words = 0
    repeat = 1
    last_end = -1

    def close() -> None:
        if 7 <= digits <= 15 and words >= 3:
            found.append((run_start, run_end))

    for m in _WORD_OR_DIGITS.finditer(text):
        token = m.group()
        lowered = token.lower()
        gap = text[last_end : m.start()] if last_end >= 0 else ""
        joined = last_end >= 0 and len(gap) <= 3 and all(ch in " ,.-" for ch in gap)
        if token.isdigit():
            value: int | None = len(token) if len(token) <= 4 else None
            is_word = False
        elif lowered in pat.DIGIT_REPEAT:
            value, is_word = 0, True
        else:
            value = 1 if lowered in pat.DIGIT_WORDS else None
            is_word = True
        if value is None:
            if run_start >= 0:
                close()
            run_start, digits, words, repeat, last_end = -1, 0, 0, 1, m.end()
            continue
        if run_start < 0 or not joined:
            if run_start >= 0:
                close()
            run_start, digits, words, repeat = m.start(), 0, 0, 1
        if lowered in pat.DIGIT_REPEAT:
            repeat = pat.DIGIT_REPEAT[lowered]
        else:
            digits += value * repeat
            words += repeat if is_word else 0
            repeat = 1
        run_end = last_end = m.end()
    if run_start >= 0:
        close()
    return found


class Scanner:
    """Finds PII in values. One instance per check: it holds the kinds and user patterns.

    ``strict`` scanners need ``phonenumbers``; the lenient one behind ``redact`` masks any
    phone-shaped number when the library is missing rather than fail while printing.
    """

    __slots__ = ("_extra", "_kinds", "_phone")

    def __init__(
        self,
        *,
        kinds: Iterable[str] = KINDS,
        extra: Sequence[tuple[str, re.Pattern[str]]] = (),
        strict: bool = True,
    ) -> None:
        self._kinds = frozenset(kinds) | {k for k, _ in extra}
        self._extra = tuple(extra)
        pn = phonenumbers_module() if "phone" in self._kinds else None
        self._phone = PhoneFinder(pn)
        if strict and "phone" in self._kinds and pn is None:
            raise ModuleNotFoundError(
                "phone-number checks need the 'phonenumbers' package: "
                "pip install phonenumbers (or pass kinds= without 'phone')"
            )

    # -- entry points -------------------------------------------------------------------

    def scan_number(self, key: str, value: float) -> tuple[str, list[Hit]]:
        """Numbers are PII only under a phone, card or SSN key."""
        if isinstance(value, bool) or not key:
            return "", []
        flags = key_flags(key)
        if not flags & {"phone", "card", "ssn"}:
            return "", []
        if isinstance(value, float):
            if not value.is_integer():
                return "", []
            value = int(value)
        return self.scan_text(key, str(value))

    def scan_text(self, key: str | None, text: str, *, dev: bool = False) -> tuple[str, list[Hit]]:
        """Hits in ``text``; also returns the text the hits index (URL-decoded if needed)."""
        flags = key_flags(key) if key else frozenset()
        if dev:
            flags = flags | {"dev"}
        if "%" in text and pat.PERCENT.search(text):
            text = unquote(text)
        stripped = text.strip()
        if not stripped:
            return text, []
        hits: list[Hit] = []
        if "payload" in flags:
            if stripped.lower() in _EMPTY_PAYLOADS or _placeholder(stripped):
                return text, []
            start = text.index(stripped[0])
            hits.append(Hit("tool_payload", start, start + len(stripped), mask_payload(stripped)))
        whole = self._whole_value(flags, text, stripped)
        if whole is not None:
            return text, [whole]
        if '":' in text and "{" in text:  # JSON, alone or quoted in a message
            self._json_pairs(text, hits, payload="payload" in flags)
        self._secrets(text, hits)
        if "@" in text:
            self._emails(text, hits)
        self._spelt_emails(text, hits)
        if "phone" in self._kinds and "orgphone" not in flags and text.count(" ") >= 4:
            for s, e in _spoken_numbers(text):
                hits.append(Hit("phone", s, e, mask_spoken(text[s:e])))
        if pat.DIGIT.search(text):
            if flags & {"phone", "card", "ssn"} or pat.NUMBER_RUN.search(text):
                claimed = [(h.start, h.end) for h in hits if h.kind not in _CONTAINERS]
                self._ibans(text, hits, claimed)
                self._cards(text, flags, hits, claimed)
                self._ssns(text, flags, hits, claimed)
                self._phones(text, flags, hits, claimed)
            if text.count(".") >= 3 or text.count(":") >= 2:
                self._ips(text, flags, hits)
            self._dobs(text, hits)
            self._addresses(text, hits)
        if ", " in text and any(hint in text for hint in _NO_NUMBER_HINTS):
            # A street and a town without a house number ("Abbey Road, London").
            for m in pat.ADDRESS_NO_NUMBER.finditer(text):
                hits.append(Hit("address", m.start(), m.end(), MASKERS["address"](m.group())))
        if flags & {"strong", "weak", "dev"} and "payload" not in flags:
            self._free_text(text, flags, hits)
        # A developer's system prompt is content only when it is about one caller.
        sysprompt = "sysprompt" in flags and all(h.kind == "free_text" for h in hits)
        if sysprompt and not pat.PROMPT_ABOUT_CALLER.search(text):
            hits = []
        for kind, pattern in self._extra:
            for m in pattern.finditer(text):
                if m.end() > m.start():
                    hits.append(Hit(kind, m.start(), m.end(), mask_generic(m.group())))
        return text, self._resolve(hits)

    def _resolve(self, hits: list[Hit]) -> list[Hit]:
        kept: list[Hit] = []
        for hit in sorted(hits, key=lambda h: (h.start, h.start - h.end)):
            if hit.kind not in self._kinds:
                continue
            if any(k.kind == hit.kind and hit.start < k.end and k.start < hit.end for k in kept):
                continue
            kept.append(hit)
        return kept

    # -- whole values named by their key ------------------------------------------------

    def _whole_value(self, flags: frozenset[str], text: str, stripped: str) -> Hit | None:
        start = text.index(stripped[0])
        end = start + len(stripped)
        # A URL under a secret key (``connection_string``) is a secret by its password or
        # query token only: the shape checks below find those.
        if "secret" in flags and not _placeholder(stripped) and "://" not in stripped:
            return Hit("secret", start, end, MASKERS["secret"](stripped))
        if "dob" in flags and (
            any(ch.isdigit() for ch in stripped) or _MONTH_WORD.search(stripped)
        ):
            return Hit("dob", start, end, MASKERS["dob"](stripped))
        if "postcode" in flags and pat.POSTCODE_VALUE.match(stripped):
            return Hit("address", start, end, MASKERS["address"](stripped))
        if (
            "address" in flags
            and " " in stripped
            and any(ch.isdigit() for ch in stripped)
            and any(ch.isalpha() for ch in stripped)
            and "://" not in stripped
            and "@" not in stripped
        ):
            return Hit("address", start, end, MASKERS["address"](stripped))
        if (
            "address" in flags
            and " " in stripped
            and len(stripped) <= 120
            and pat.ADDRESS_NO_NUMBER.search(stripped)
        ):  # a street and a town, no house number ("Abbey Road, London")
            return Hit("address", start, end, MASKERS["address"](stripped))
        if "address" in flags and _CJK_ADDRESS.search(stripped):
            return Hit("address", start, end, MASKERS["address"](stripped))
        if "name" in flags and _person_name(stripped):
            return Hit("name", start, end, MASKERS["name"](stripped))
        return None

    def _json_pairs(self, text: str, hits: list[Hit], *, payload: bool = False) -> None:
        """Values inside a JSON object read with their own key (``"customer_name": ...``).

        Inside a tool payload a bare ``name`` field is a person's (tools take the caller's
        details), and a phone field's bare digits are a phone number.
        """
        for m in _JSON_PAIR.finditer(text):
            field = key_flags(m.group(1))
            flags = field & _KEYED_KINDS
            value = m.group(2)
            bare_name = _tokens(m.group(1))[-1:] in (["name"], ["names"])
            if payload and not flags and bare_name and len(value.split()) >= 2:
                flags = frozenset(("name",))
            if "phone" in field and value.strip():
                found: list[Hit] = []
                self._phones(value, frozenset(("phone",)), found, [])
                for h in found:
                    s = m.start(2) + h.start
                    hits.append(Hit(h.kind, s, m.start(2) + h.end, h.masked))
            if "payload" in flags and value.strip() and not _placeholder(value):
                masked = mask_payload(value)
                hits.append(Hit("tool_payload", m.start(2), m.end(2), masked))
            elif flags and value.strip():
                hit = self._whole_value(flags, value, value.strip())
                if hit is not None:
                    s = m.start(2) + hit.start
                    hits.append(Hit(hit.kind, s, m.start(2) + hit.end, hit.masked))

    # -- shapes anywhere in text --------------------------------------------------------

    def _secrets(self, text: str, hits: list[Hit]) -> None:
        if any(hint in text for hint in pat.SECRET_HINTS):
            for m in pat.SECRET_SHAPES.finditer(text):
                hits.append(Hit("secret", m.start(), m.end(), MASKERS["secret"](m.group())))
        if "'" in text or '"' in text or "`" in text:
            for m in pat.SECRET_QUOTED.finditer(text):
                value = m.group(2)
                before = text[max(0, m.start() - 40) : m.start()]
                if _keylike(value) and pat.SECRET_CONTEXT.search(before):
                    hits.append(Hit("secret", m.start(2), m.end(2), MASKERS["secret"](value)))
        lowered = text.lower()
        if "-" in text and any(hint in lowered for hint in _CLI_HINTS):
            self._cli_secrets(text, hits)
        if any(hint in lowered for hint in _UNQUOTED_HINTS):
            for m in pat.SECRET_UNQUOTED.finditer(text):
                value = m.group(1).rstrip(".,;:")
                if _keylike(value) and "/" not in value:
                    end = m.start(1) + len(value)
                    hits.append(Hit("secret", m.start(1), end, MASKERS["secret"](value)))
        if "=" not in text and ":" not in text:
            return
        if any(hint in lowered for hint in pat.ASSIGN_HINTS):
            for m in pat.SECRET_ASSIGN.finditer(text):
                value = m.group(1)
                if not _placeholder(value):
                    hits.append(Hit("secret", m.start(1), m.end(1), MASKERS["secret"](value)))
        if "://" in text and "@" in text:
            for m in pat.URL_CREDENTIALS.finditer(text):
                value = m.group(1)
                if not _placeholder(value):
                    hits.append(Hit("secret", m.start(1), m.end(1), MASKERS["secret"](value)))
        if "=" in text and any(hint in lowered for hint in _QUERY_HINTS):
            for m in pat.URL_QUERY_SECRET.finditer(text):
                value = m.group(2)
                if not _placeholder(value) and not value.isdigit():
                    hits.append(Hit("secret", m.start(2), m.end(2), MASKERS["secret"](value)))

    def _cli_secrets(self, text: str, hits: list[Hit]) -> None:
        """``--api-key X``, ``--password=X``, ``curl -u user:X`` on a command line."""
        for m in pat.CLI_SECRET.finditer(text):
            value = m.group(1)
            flag = text[m.start() : m.start(1)].lower()
            named = any(w in flag for w in ("pass", "pwd", "secret"))
            if _placeholder(value) or value.startswith(("/", "./", "~", "$")) or value.isdigit():
                continue
            if named or _keylike(value):
                hits.append(Hit("secret", m.start(1), m.end(1), MASKERS["secret"](value)))
        for m in pat.CLI_USER_PASSWORD.finditer(text):
            if not _placeholder(m.group(1)):
                hits.append(Hit("secret", m.start(1), m.end(1), MASKERS["secret"](m.group(1))))

    def _emails(self, text: str, hits: list[Hit]) -> None:
        for m in pat.EMAIL.finditer(text):
            if m.group(1).lower() in pat.FILE_TLDS:
                continue
            local = m.group().partition("@")[0]
            after = text[m.end() : m.end() + 2]
            if after[:1] == ":" and after[1:2] not in ("", " ") and not after[1:2].isdigit():
                continue  # git@github.com:org/repo.git: an ssh remote, not a mailbox
            if text[: m.start()].endswith("://"):
                continue  # ssh://git@host/...: a URL's user, not a mailbox
            if local.isdigit():  # sip:14155550132@host is a phone number
                continue
            if _MACHINE_LOCAL.fullmatch(local):  # a SIP Call-ID such as a84b4c76e66710@host
                continue
            if _organisation_mailbox(local, m.group().partition("@")[2], text[: m.start()]):
                continue
            start = m.start()
            if start and text[start - 1] == ":":
                token = text[: start - 1].rsplit(None, 1)[-1] if text[: start - 1].strip() else ""
                if "://" in token:  # https://user:password@host: the password is a secret
                    continue
            hits.append(Hit("email", start, m.end(), MASKERS["email"](m.group())))

    def _spelt_emails(self, text: str, hits: list[Hit]) -> None:
        """``jan dot novak at example dot org``, ``pekka.virtanen[at]example.net``."""
        lowered = text.lower()
        if not any(hint in lowered for hint in _SPELT_EMAIL_HINTS):
            return
        for m in pat.OBFUSCATED_EMAIL.finditer(text):
            domain = m.group(2)
            tld = _WORD_OR_DIGITS.findall(domain)[-1].lower()
            if tld not in pat.SPELT_TLDS:
                continue
            # A plain " at " before a written domain is English ("failed at api.example.com"):
            # only a domain spelt out in words, or a bracketed "at", is an address.
            connector = text[m.end(1) : m.start(2)].strip().lower()
            spelt = "." not in domain or connector != "at"
            if spelt:
                hits.append(Hit("email", m.start(), m.end(), mask_generic(m.group())))

    def _ibans(self, text: str, hits: list[Hit], claimed: list[tuple[int, int]]) -> None:
        for m in pat.IBAN_CANDIDATE.finditer(text):
            length = pat.IBAN_LENGTHS.get(m.group(1))
            if length is None:
                continue
            chars: list[str] = []
            pos = end = m.start()
            while pos < len(text) and len(chars) < length:
                ch = text[pos]
                if ch.isascii() and (ch.isdigit() or ch.isupper()):
                    chars.append(ch)
                    end = pos + 1
                elif ch != " " or text[pos - 1] == " ":
                    break
                pos += 1
            if len(chars) != length or (end < len(text) and text[end].isalnum()):
                continue
            if _iban_ok("".join(chars)):
                hits.append(Hit("iban", m.start(), end, MASKERS["iban"](text[m.start() : end])))
                claimed.append((m.start(), end))

    def _cards(
        self, text: str, flags: frozenset[str], hits: list[Hit], claimed: list[tuple[int, int]]
    ) -> None:
        for m in pat.CARD_CANDIDATE.finditer(text):
            start, end = m.span()
            if _overlaps(start, end, claimed) or _benign(text, start, end):
                continue
            raw = m.group()
            digits = raw.replace(" ", "").replace("-", "")
            separated = len(digits) != len(raw)
            if separated and not _card_grouping_ok(raw):
                continue
            lengths = _card_lengths(digits)
            if lengths is None and "card" in flags and _luhn(digits):
                # Under a card key an issuer we do not list is still a card.
                lengths = (frozenset(range(13, 20)), frozenset(range(13, 20)))
            if lengths is None or not _luhn(digits):
                continue
            allowed = lengths[0] if separated or "card" in flags else lengths[1]
            if len(digits) in allowed:
                hits.append(Hit("card", start, end, MASKERS["card"](raw)))
                claimed.append((start, end))

    def _ssns(
        self, text: str, flags: frozenset[str], hits: list[Hit], claimed: list[tuple[int, int]]
    ) -> None:
        keyed = "ssn" in flags
        found = list(pat.SSN_DASHED.finditer(text))
        if " " in text:
            found += [
                m
                for m in pat.SSN_SPACED.finditer(text)
                if keyed or pat.SSN_CONTEXT.search(text[max(0, m.start() - 40) : m.start()])
            ]
        for m in found:
            if _overlaps(m.start(), m.end(), claimed) or not _ssn_ok(*m.groups()):
                continue
            if _benign(text, m.start(), m.end()):
                continue
            hits.append(Hit("ssn", m.start(), m.end(), MASKERS["ssn"](m.group())))
            claimed.append(m.span())
        if pat.SSN_BARE.search(text):
            for m in pat.SSN_BARE.finditer(text):
                before = text[max(0, m.start() - 40) : m.start()]
                if _overlaps(m.start(), m.end(), claimed) or not _ssn_ok(*m.groups()):
                    continue
                if pat.SSN_CONTEXT.search(before):
                    hits.append(Hit("ssn", m.start(), m.end(), MASKERS["ssn"](m.group())))
                    claimed.append(m.span())
        if keyed:
            stripped = text.strip()
            bare = len(stripped) == 9 and stripped.isdigit()
            if bare and _ssn_ok(stripped[:3], stripped[3:5], stripped[5:]):
                start = text.index(stripped)
                hits.append(Hit("ssn", start, start + 9, MASKERS["ssn"](stripped)))

    # -- phone numbers ------------------------------------------------------------------

    def _phones(
        self, text: str, flags: frozenset[str], hits: list[Hit], claimed: list[tuple[int, int]]
    ) -> None:
        if "orgphone" in flags:
            return
        for start, end, cc in self._phone.find(
            text, keyed="phone" in flags, skip=claimed, benign=_benign
        ):
            if pat.ORG_LINE_BEFORE.search(text[max(0, start - 40) : start]):
                claimed.append((start, end))  # the organisation's own line, named as such
                continue
            hits.append(Hit("phone", start, end, mask_phone(text[start:end], cc_digits=cc)))
            claimed.append((start, end))
        keyed = "phone" in flags
        for m in pat.PHONE_CANDIDATE.finditer(text):
            start, end = m.span()
            while text[start] in " \u00a0":
                start += 1
            digits = sum(ch.isdigit() for ch in text[start:end])
            if not 7 <= digits <= 15 or _overlaps(start, end, claimed):
                continue
            if _benign(text, start, end):
                continue
            # Under a phone key a number that fits no plan we try is still a phone number
            # (a region we do not try, a typo); in text, a mistyped number a caller gave.
            whole = keyed and text[start:end] == text.strip()
            before = text[max(0, start - 40) : start]
            said = (
                pat.PHONE_WORDS_BEFORE.search(before) is not None
                or pat.PHONE_WORDS_AFTER.search(text[end : end + 30]) is not None
            ) and pat.CALLER_WORDS.search(text) is not None
            said = said or pat.CALL_VERB_BEFORE.search(before) is not None
            said = said or pat.PHONE_NUMBER_WORDS.search(before) is not None
            if whole or said:
                hits.append(Hit("phone", start, end, mask_phone(text[start:end])))
                claimed.append((start, end))

    # -- keyed and contextual kinds -----------------------------------------------------

    def _ips(self, text: str, flags: frozenset[str], hits: list[Hit]) -> None:
        keyed = "ip" in flags
        found = list(pat.IPV4.finditer(text))
        if text.count(":") >= 2:
            found += list(pat.IPV6.finditer(text))
        for m in found:
            before = text[max(0, m.start() - 40) : m.start()]
            if not keyed and not (
                pat.IP_CONTEXT.search(before) or pat.IP_MESSAGE_CONTEXT.search(before)
            ):
                continue
            # A server's, resolver's or proxy's address, a version or an OID: not a person's.
            if not keyed and (pat.SERVER_WORDS.search(before) or pat.VERSION_WORDS.search(before)):
                continue
            if _personal_ip(m.group()):
                hits.append(Hit("ip", m.start(), m.end(), MASKERS["ip"](m.group())))

    def _dobs(self, text: str, hits: list[Hit]) -> None:
        lowered = text.lower()
        if "dob" in lowered or "birth" in lowered or "born" in lowered or "d.o.b" in lowered:
            for m in pat.DOB_TEXT.finditer(text):
                hits.append(Hit("dob", m.start(1), m.end(1), MASKERS["dob"](m.group(1))))
        if any(hint in lowered for hint in _DOB_HINTS):
            # A birth word in one of several languages, then a date within a few words.
            for m in pat.DOB_WORDS.finditer(text):
                d = pat.DOB_AFTER.match(text, m.end())
                if d is not None and not _benign_time(d.group(1)):
                    hits.append(Hit("dob", d.start(1), d.end(1), MASKERS["dob"](d.group(1))))

    def _addresses(self, text: str, hits: list[Hit]) -> None:
        if pat.NUMBER_THEN_WORD.search(text):
            for m in pat.ADDRESS_EN.finditer(text):
                words = [w.strip(_PUNCT).lower() for w in m.group().split()[1:5]]
                if pat.ADDRESS_STOPWORDS.intersection(words):
                    continue
                hits.append(Hit("address", m.start(), m.end(), MASKERS["address"](m.group())))
        lowered = text.lower()
        if any(hint in lowered for hint in pat.EU_STREET_HINTS):
            for m in pat.ADDRESS_EU.finditer(text):
                hits.append(Hit("address", m.start(), m.end(), MASKERS["address"](m.group())))
        if any(hint in lowered for hint in _ADDRESS_CONTEXT_HINTS):
            for m in pat.ADDRESS_CONTEXT.finditer(text):
                value = m.group(1).rstrip(" ,")
                end = m.start(1) + len(value)
                hits.append(Hit("address", m.start(1), end, MASKERS["address"](value)))
        if any(hint in text for hint in pat.ADDRESS_HINTS):
            for pattern in _MORE_ADDRESSES:
                for m in pattern.finditer(text):
                    hits.append(Hit("address", m.start(), m.end(), MASKERS["address"](m.group())))

    def _free_text(self, text: str, flags: frozenset[str], hits: list[Hit]) -> None:
        mask = MASKERS["free_text"]
        head = text.lstrip()[:1]
        if "dev" in flags:
            offset = 0
            for line in text.splitlines(keepends=True):
                # In a stack trace, indented lines are source code, not the message.
                if not ("stacktrace" in flags and line[:1].isspace()):
                    spans = _utterances(line, body=head in ("{", "["))
                    for s, e in spans:
                        hits.append(Hit("free_text", offset + s, offset + e, mask(line[s:e])))
                    # A person named by the developer; a name inside speech is speech.
                    for s, e in _names_in_message(line, spans):
                        hits.append(Hit("name", offset + s, offset + e, mask_name(line[s:e])))
                offset += len(line)
            return
        strong = "strong" in flags
        if head in ("{", "["):
            for m in pat.JSON_STRING.finditer(text):
                literal = m.group(1)
                if m.group(2) is not None:  # an object key
                    continue
                if _is_prose(literal, 2, measurements=False) if strong else _is_content(literal):
                    hits.append(Hit("free_text", m.start(1), m.end(1), mask(literal)))
            return
        if _has_words(text) if strong else _is_content(text):
            stripped = text.strip()
            start = text.index(stripped)
            hits.append(Hit("free_text", start, start + len(stripped), mask(stripped)))


def _dev_words(text: str) -> bool:
    tokens = (t.strip(_PUNCT).lower() for t in text.split())
    return not pat.DEV_WORDS.isdisjoint(tokens)


def _names_in_message(text: str, skip: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of persons' names in a developer message ("lookup failed for customer Ana Díaz").

    After a word naming a person (customer, patient, Kunde, Herr...) or a name field
    (``caller_name=``): two to five capitalised words, lower-case particles allowed inside
    (``de la``, ``van``); after an honorific one word is enough.
    """
    found: list[tuple[int, int]] = []
    for m in pat.NAME_INTRO.finditer(text):
        intro = m.group().strip(" '\"“").rstrip(".").lower()
        honorific = intro in _HONORIFICS
        pos = m.end()
        start = end = -1
        capitals = 0
        for t in pat.NAME_TOKEN.finditer(text, pos):
            gap = text[pos : t.start()]
            if (start >= 0 and gap != " ") or (start < 0 and t.start() != pos):
                break
            word = t.group().rstrip(".")
            lowered = word.lower()
            if word[:1].isupper() and lowered not in pat.NOT_NAME_WORDS:
                if start < 0:
                    start = t.start()
                end = start + len(text[start : t.start()]) + len(word)
                capitals += 1
            elif start >= 0 and lowered in pat.NAME_PARTICLES:
                pass
            else:
                break
            pos = t.start() + len(word)
            if capitals >= 5:
                break
        if capitals >= (1 if honorific else 2) and not _overlaps(start, end, skip):
            found.append((start, end))
    return found


_HONORIFICS = pat.words(
    "mr mrs miss dr herr frau sra señor señora mme mlle signor signora dhr mevr pani fru"
)
_SEGMENT_BREAK = re.compile(r":\s|;\s|\s[-–]\s|=")


def _utterances(line: str, *, body: bool = False) -> list[tuple[int, int]]:
    """Spans of a developer message that quote what a caller said.

    Quoted phrases that sound spoken; the text after a word such as "said", "transcript",
    "caller:" when it is a spoken sentence; and any segment (between ``:``, ``;``, ``-``)
    of four words or more in the first person, in any of the languages of
    ``FIRST_PERSON``. Developers write to developers in the second person ("please check
    your API key"), callers speak in the first. In a JSON ``body`` (a provider's error
    object) every string is quoted, so quoted strings need the first person too.
    """
    found: list[tuple[int, int]] = []
    if "'" in line or '"' in line or "“" in line:
        for m in pat.QUOTED.finditer(line):
            group = next(g for g in range(1, 4) if m.group(g) is not None)
            quoted = m.group(group)
            plain = _is_prose(quoted, 5, measurements=False) and not _dev_words(quoted)
            if (not body and (_is_utterance(quoted) or plain)) or _said(quoted, 4, pat.DEV_SPOKEN):
                found.append((m.start(group), m.end(group)))
    for m in pat.SPEECH_MARKER.finditer(line):
        rest = line[m.end() :]
        stripped = rest.strip().strip("'\"“”")
        if stripped and _said(stripped, 3, pat.DEV_SPOKEN):
            start = m.end() + rest.index(stripped)
            found.append((start, start + len(stripped)))
    if not found:
        for m in pat.SPEECH_MARKER_STRONG.finditer(line):
            rest = line[m.end() :]
            stripped = rest.strip().strip("'\"“”")
            if stripped and _is_prose(stripped, 3, measurements=False) and not _dev_words(stripped):
                start = m.end() + rest.index(stripped)
                found.append((start, start + len(stripped)))
                break
    if not found:
        pos = 0
        for piece in [*_SEGMENT_BREAK.split(line)]:
            start = line.index(piece, pos)
            pos = start + len(piece)
            stripped = piece.strip().strip("'\"“”")
            if stripped and (_said(stripped, 4) or _spoken_numbers(stripped)):
                begin = line.index(stripped, start)
                found.append((begin, begin + len(stripped)))
    return found
