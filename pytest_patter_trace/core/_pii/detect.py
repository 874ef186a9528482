"""Which parts of one attribute value look like PII, and of which kind.

The detector sees one value at a time with its attribute key, because the key is often
the only thing telling a caller's number (``caller.phone``) from an order number. Numbers
are checked against structure that is never PII first (dates, times, UUIDs, hex ids,
decimals, dotted quads), and a number written without a country code counts as a phone
only when its grouping looks like one or its key or the words before it say so.

Here: the entry points (:class:`Scanner`) and values named whole by their key; what a key
says is :func:`.attribute_keys.key_flags`. Each family of kinds has its own module: :mod:`.shapes`
(secrets, e-mails), :mod:`.numeric` (cards, IBANs, SSNs, phones, IPs) and
:mod:`.context` (speech, names, birth dates, addresses).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache, partial
from operator import itemgetter
from types import ModuleType
from urllib.parse import unquote

from . import (
    ascii_escapes,
    banks,
    card_pieces,
    context,
    conversation,
    disclosure,
    disclosure_doses,
    disclosure_said,
    display_names,
    dob_alone,
    document_lines,
    encoded_bodies,
    id_fields,
    ids,
    ips,
    keypad,
    lab_results,
    labels,
    licence_barcode,
    mail_threads,
    message_senders,
    mrz,
    name_handles,
    name_notes,
    name_prose,
    name_records,
    name_speakers,
    names,
    national,
    numeric,
    one_time_codes,
    own_line,
    provider_keys,
    public_values,
    push_tokens,
    records,
    remembered,
    rulesets,
    said_secrets,
    same_number,
    shapes,
    specimens,
    speech,
    spoken_ids,
    sql_inserts,
    stack_params,
    street_led,
)
from . import patterns as pat
from . import vocabulary as voc
from .attribute_keys import key_flags
from .hints import holds_any
from .hit import Hit, placeholder
from .items import item_field
from .kinds import CONTENT_KINDS, KINDS
from .mask import MASKERS, mask_generic, mask_payload, mask_spoken
from .memo import forget_text
from .phone import PhoneFinder

__all__ = ["KINDS", "Hit", "Scanner", "phonenumbers_module"]

_MONTH_WORD = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
_WIDE_RUN = re.compile(r"\d[\d \u2010-\u2013\u2212\uff0d\u30fc\u3000().\-]{5,}\d")
#: Values longer than this are scanned in pieces of about this size (see _scan_chunks).
_CHUNK = 4096
#: Distinct pieces of one long value whose hits are kept for a repeat (see _scan_chunks).
_PIECES_KEPT = 16
_EMPTY_PAYLOADS = frozenset(("", "{}", "[]", "null", "none", '""', "''", "nil", "undefined"))
#: A whole form-encoded body (``a=1&b=x+y``): a ``+`` there is a space.
_FORM_FIELD = r"[A-Za-z_][\w.\-\[\]]{0,40}=[^&\s=]*"
_FORM_BODY = re.compile(rf"{_FORM_FIELD}(?:&{_FORM_FIELD})+")
_JSON_PAIR = re.compile(r'"([^"\\\n]{1,64})"\s*:\s*"((?:[^"\\\n]|\\.)*)"')
#: A column compared with a quoted literal, in SQL or a filter expression.
_SQL_PAIR = re.compile(r"(?<![\w.])([A-Za-z_][\w.]{0,40})\s*(?:=|(?i:\blike\b))\s*'([^'\n]{1,80})'")
#: The operator and opening quote every _SQL_PAIR match holds: prose with an apostrophe
#: and the word "like" ("I'd like to book") is ruled out by one search from "=" and "l".
_SQL_PAIR_HINT = re.compile(r"(?:=|(?i:\blike\b))\s*'")
#: What every _SQL_PAIR_HINT match ends with: "=" or the "e" of "like", then the quote.
#: It opens with a charset, searched in C ("I'd like" has no "e'"): a gate before it.
_SQL_QUOTE_AFTER = re.compile(r"[=eE]\s*'")
#: An address in a script without spaces between words (島根県...31丁目21番13号).
_CJK_ADDRESS = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff].*\d|\d.*[\u3040-\u30ff\u4e00-\u9fff]")
#: Kinds that cover a whole value and may hold other kinds inside.
_CONTAINERS = frozenset(("tool_payload", "name"))
_TURN = frozenset(("strong", "weak"))  # a key holding a turn of conversation
_KEYED_KINDS = frozenset(
    ("secret", "dob", "address", "postcode", "name", "payload", "push", "credkey")
)
#: What a record's field name may say of its value (a table's column, an XML element).
_FIELD_KINDS = _KEYED_KINDS - {"payload"} | {"phone", "ssn", "national_id"}
#: A run of mask characters: a value holding one was masked (``Bearer ey***Q``,
#: ``j***@e*****.com``); no secret's alphabet has them.
_MASK_RUN = re.compile(r"[*•]{3}")
_START, _END = itemgetter(1), itemgetter(2)  # a Hit's start and end
#: ``Hit`` from a tuple of its fields, in C (a long value's pieces shift thousands of hits).
_new_hit = partial(tuple.__new__, Hit)
_NO_NUMBER_HINTS = ("Street", "Road", "Avenue", "Lane", "Drive", "Boulevard", "Square", "Place",
                    "Crescent", "Close", "Gardens", "Terrace", "Mews", "str", "weg", "gat", "väg",
                    "vej", "gade", "katu", "laan", "straat", "gracht", "allee",
                    "platz")  # fmt: skip


def _json_unescaped(value: str) -> str:
    try:
        decoded = json.loads(f'"{value}"')
    except ValueError:
        return value
    return decoded if isinstance(decoded, str) else value


@lru_cache(maxsize=1)
def phonenumbers_module() -> ModuleType | None:
    """``phonenumbers``, imported on first use; ``None`` when it is not installed."""
    try:
        import phonenumbers
    except ImportError:
        return None
    return phonenumbers


def _field_keyed(field: str) -> bool:
    """Whether a record's field name names personal data (a table's column is read then)."""
    return bool(key_flags(field) & _FIELD_KINDS) or name_records.name_key(field)


class Scanner:
    """Finds PII in values. One instance per check: it holds the kinds and user patterns.

    ``strict`` scanners need ``phonenumbers``; the lenient one behind ``redact`` masks any
    phone-shaped number when the library is missing rather than fail while printing.
    """

    __slots__ = ("_allow_content", "_extra", "_kinds", "_phone")

    def __init__(
        self,
        *,
        kinds: Iterable[str] = KINDS,
        extra: Sequence[tuple[str, re.Pattern[str]]] = (),
        strict: bool = True,
        content: str = "forbid",
    ) -> None:
        self._kinds = frozenset(kinds) | {k for k, _ in extra}
        # Allowed content is no finding itself; what it says about a person still is.
        self._allow_content = content == "allow"
        self._extra = tuple(extra)
        pn = phonenumbers_module() if "phone" in self._kinds else None
        self._phone = PhoneFinder(pn)
        if strict and "phone" in self._kinds and pn is None:
            raise ModuleNotFoundError(
                "phone-number checks need the 'phonenumbers' package: "
                "pip install phonenumbers (or pass kinds= without 'phone')"
            )
        if "name" in self._kinds:
            # The optional lexicon loads with the scanner (the plugin's warm-up makes both
            # kinds), never in the middle of a scan that may run after a test body
            # blocked imports.
            names.lexicon()

    def forget(self) -> None:
        """Drop what the scanner remembers of the values it saw.

        A scan ends with this: :func:`find_pii` after its spans, the scanner behind
        ``redact`` after each value. It empties the text caches too (``memo``).
        """
        self._phone.forget()
        forget_text()

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

    def scan_text(
        self, key: str | None, text: str, *, dev: bool = False, content_key: bool = False
    ) -> tuple[str, list[Hit]]:
        """Hits in ``text``; also returns the text the hits index (URL-decoded if needed).

        ``content_key``: the contract names the key as one holding conversation content.
        """
        if "\\u" in text:  # ``json.dumps``'s escapes: the readers look for letters
            text = ascii_escapes.unescaped(text)
        if len(text) > _CHUNK:
            stripped = text.strip()
            # A long body sent encoded is read decoded: its pieces would cut characters.
            decoded = encoded_bodies.whole_text(stripped)
            if decoded:
                _, inner = self.scan_text(key, decoded, dev=dev, content_key=content_key)
                at = text.find(stripped)
                return text, encoded_bodies.relocate(inner, decoded, at, len(stripped))
            return text, self._scan_chunks(key, text, dev=dev, content_key=content_key)
        flags = key_flags(key) if key else frozenset()
        if dev:
            flags = flags | {"dev"}
        if content_key:
            flags = flags | {"strong"}
        if "+" in text and "&" in text and "=" in text and _FORM_BODY.fullmatch(text):
            text = text.replace("+", " ")  # a form body's spaces ("GB88+NWBK+..."), in place
        if "%" in text and pat.PERCENT.search(text):
            text = unquote(text)
        stripped = text.strip()
        if not stripped:
            return text, []
        hits: list[Hit] = []
        if "transit" in flags and remembered.failed_delivery(stripped):
            flags = flags - {"payload"}  # a dead letter's record: the broker's, no payload
        if "payload" in flags:
            if stripped.lower() in _EMPTY_PAYLOADS or placeholder(stripped):
                return text, []
            start = text.index(stripped[0])
            hits.append(Hit("tool_payload", start, start + len(stripped), mask_payload(stripped)))
        whole = self._whole_value(flags, text, stripped)
        whole = whole or name_handles.handle_hit(key, text, stripped)  # "ana.ruiz"
        whole = whole or name_speakers.enrolled_name(key, text, stripped)  # ``voiceprint.owner``
        if whole is None and key and name_notes.changed_field(key) and " " in stripped:
            whole = name_notes.changed_name(text, stripped)  # a field's new value: a name alone
        if stripped[0] in keypad.KEY_CHARS and len(stripped) <= keypad.MAX_ENTRY and not whole:
            whole = keypad.entered(key, text, stripped, self._phone)  # digits keyed in
        if whole is not None:
            return text, [whole]
        for at, end, decoded in encoded_bodies.encoded_bodies(text, stripped):  # base64
            _, inner = self.scan_text(key, decoded, dev=dev, content_key=content_key)
            moved = encoded_bodies.relocate(inner, decoded, at, end - at)
            if end - at == len(stripped):
                # The whole value: its decoded text answers for it, content policy included.
                return text, moved
            hits += moved
        if '":' in text and "{" in text:  # JSON, alone or quoted in a message
            self._json_pairs(text, hits, payload="payload" in flags)
            if '{\\"' in text:  # JSON quoted in a JSON string (a function call's arguments)
                self._quoted_json(text, hits, flags)
            keypad.find_entries(text, hits, self._field_value, self._phone)  # Lex slots, DTMF
            if name_records.records_hint(text):  # person fields in any language
                name_records.find_record_names(text, hits, flags)
            lab_results.find_lab_results(text, hits)  # a patient's test and its result
        called = name_speakers.find_speaker_names(text, hits)  # "<name>: ...", "call <name> ..."
        message_senders.find_message_senders(text, hits)  # "SMS from <name>:", chat exports
        if "ame=" in text:  # a form body's caller name ("CallerName=...")
            name_records.find_form_names(text, hits)
        if "&" in text and "=" in text:  # a form body's person by role ("claimant=...")
            name_records.find_form_roles(text, hits)
        records.find_in_records(text, stripped, hits, self._field_value, _field_keyed)
        records.find_in_rendered(text, hits, self._field_value, _field_keyed)
        sql = "'" in text and ("=" in text or " LIKE " in text or " like " in text)
        if sql and _SQL_QUOTE_AFTER.search(text) and _SQL_PAIR_HINT.search(text):
            self._sql_pairs(text, hits)
        if sql_inserts.holds_insert(text):  # ``INSERT ... (password) VALUES ('...')``
            self._sql_pairs(text, hits, sql_inserts.column_literals(text))
            self._sql_pairs(text, hits, sql_inserts.param_literals(text))  # ``(%s)``, params
        shapes.find_secrets(text, hits)
        rulesets.find_rule_secrets(text, hits)
        provider_keys.find_provider_keys(text, hits)  # ``key-…``, ``xkeysib-…``, chat hooks
        one_time_codes.find_codes(text, hits)  # "your verification code is ..."
        said_secrets.find_said_secrets(text, hits)  # "reset it to ...", "transfer PIN: ..."
        if "PushToken[" in text:  # Expo's push token, by its own form
            push_tokens.find_expo_tokens(text, hits)
        if "@" in text:
            shapes.find_emails(text, hits)
        if "<<" in text:  # a passport's or an identity card's machine-readable zone
            mrz.find_zones(text, hits)
        if "ANSI " in text:  # a driving licence's barcode, decoded
            licence_barcode.find_licence_elements(text, hits)
        mail_threads.find_mail_names(text, hits)  # "From: <name> <address>", "From: <name>"
        if "<sip" in text or "<tel:" in text or stack_params.callerid_hint(text):  # SIP, caller id
            names.find_sip_names(text, hits)
        shapes.find_spelt_emails(text, hits)
        if "phone" in self._kinds and "orgphone" not in flags and numeric.may_be_read_out(text):
            for s, e in numeric.spoken_numbers(text):
                # 16 digits or more is no phone number: a card read out digit by digit.
                kind = numeric.spoken_kind(text[s:e], text[max(0, s - 48) : s])
                if kind is not None:
                    hits.append(Hit(kind, s, e, mask_spoken(text[s:e])))
        if text.count(" ") >= 2:  # "4556 7375 ... sorry ... 8689 9855": pieces and a gap
            card_pieces.find_pieces(text, hits)
        if text.count(" ") >= 6:  # "t b b s s m sei ...": an identifier spelled out
            spoken_ids.find_spoken_ids(text, hits)
        if pat.DIGIT.search(text):
            numbers = bool(flags & {"phone", "card", "ssn"} or pat.NUMBER_RUN.search(text))
            # Full-width digits and dashes (０９０－１２３４－…) are a number run too.
            numbers = numbers or (not text.isascii() and _WIDE_RUN.search(text) is not None)
            numbers = numbers or numeric.odd_card_hint(text)
            claimed = [(h.start, h.end) for h in hits if h.kind not in _CONTAINERS]
            if numbers or banks.iban_hint(text):  # "RO48BTRL...": few digits
                numeric.find_ibans(text, hits, claimed)
            if numbers:
                numeric.find_cards(text, flags, hits, claimed)
                numeric.find_ssns(text, flags, hits, claimed)
            # Digits alone (``19880320-0016``) fit the hex-id shape but may be an identifier.
            hex_id = pat.HEX_ID.fullmatch(stripped) and not flags & {"national_id", "bank"}
            # Only its truth counts: the cheap test first.
            candidate = numbers or pat.ID_CANDIDATE.search(text) or banks.code_word(text)
            if (candidate or ids.letter_led_hint(text)) and not hex_id:
                # Before phones: a CPF or an Aadhaar number can read as a phone number.
                national.find_national_ids(text, flags, hits, claimed, key=key)
            if numbers and ("ref" not in flags or "phone" in flags or "+" in text):
                numeric.find_phones(self._phone, text, flags, hits, claimed)
                same_number.keep_kinds(text, hits)  # an SSN read again with its words misheard
            if text.count(".") >= 3 or text.count(":") >= 2:
                ips.find_ips(text, flags, hits)
            context.find_dobs(text, hits)
            context.find_addresses(text, hits)
            # An identity card read line by line (a raw line break or an escaped one).
            if "\n" in text or "\\n" in text:
                document_lines.find_document_lines(text, hits)
        else:  # a birth date or a house number said in words
            context.find_said_places(text, hits)
        turn = len(stripped) <= dob_alone.MAX_TURN and bool(flags & _TURN) and "dev" not in flags
        if turn or "年" in text:  # a date said alone as the answer, or a Japanese era date
            dob_alone.find_lone_dobs(text, hits, turn=turn)
        if ", " in text and holds_any(text, _NO_NUMBER_HINTS):
            # A street and a town without a house number ("Abbey Road, London").
            for m in pat.ADDRESS_NO_NUMBER.finditer(text):
                hits.append(Hit("address", m.start(), m.end(), MASKERS["address"](m.group())))
        # Under a content key with content allowed, the content found would be dropped at
        # once (_in_content): only developer text (names in it) needs the search.
        allowed = self._allow_content and "dev" not in flags
        unnamed = not flags & {"strong", "weak", "dev"} and stripped[0] in "{["
        if unnamed and key and conversation.speech_key(voc.key_tokens(key)):  # ``tts.request``
            flags = flags | {"weak"}
        if flags & {"strong", "weak", "dev"} and "payload" not in flags and not allowed:
            context.find_free_text(text, flags, hits)
        # A developer's system prompt is content only when it is about one caller.
        sysprompt = "sysprompt" in flags and all(h.kind == "free_text" for h in hits)
        if sysprompt and not pat.PROMPT_ABOUT_CALLER.search(text):
            hits = []
        for kind, pattern in self._extra:
            for m in pattern.finditer(text):
                if m.end() > m.start():
                    hits.append(Hit(kind, m.start(), m.end(), mask_generic(m.group())))
        disclosure.find_sensitive_fields(key, text, hits)  # ``patient.diagnosis``
        named = name_prose.find_prose_names(text, hits)  # "Summary: <name> asked ..."
        if "orgaddress" in flags:
            hits = [h for h in hits if h.kind != "address"]
        if key and hits and (public := public_values.public_kinds(key)):  # ``listing.location``
            hits = public_values.without_public(text, hits, public)
        if flags & _TURN and len(text) <= own_line.MAX_TEXT and own_line.agent_side(key):
            hits = own_line.drop_business_own(text, hits)
        inside = bool(flags & {"strong", "weak"}) or any(h.kind in CONTENT_KINDS for h in hits)
        # A note about a caller names their relatives under any key ("agent.memory.recall").
        name_notes.find_note_names(text, hits, said=inside)
        kept = key is not None and remembered.memory_words(key)
        if (named or kept) and not inside:  # what a note says of the person (content: below)
            disclosure.find_sensitive(text, hits)
        hits = self._in_content(text, hits, inside)
        if flags & _TURN:  # a treatment named by the caller; the agent's own talk of one
            if own_line.agent_side(key):
                hits = disclosure_said.drop_business_talk(text, hits)
            else:
                disclosure_said.find_said_treatments(text, hits)
        if called:  # "Send <name> a message": the verb is no part of the name
            hits = name_speakers.without_verb(text, hits)
        hits = specimens.drop_specimens(text, hits)  # an issuer's example holder
        if "example" in flags:  # ``docs.example_key``: the documentation's credential
            hits = [h for h in hits if h.kind != "secret"]
        if len(hits) > 1:  # "Atatürk Cad." read as a name inside the address
            hits = street_led.without_street_names(text, hits)
        return text, self._resolve(hits)

    def _in_content(self, text: str, hits: list[Hit], inside: bool) -> list[Hit]:
        """Look inside conversation content for a person; drop the content if it is allowed.

        The personal-data question gets the same answer in both modes: forbidding content
        adds a ``content`` finding, it does not hide the name or disclosure inside it.
        ``inside``: the key holds content or content was found (the key holds content
        even where none was flagged: speech in a script without spaces, a one-word
        answer).
        """
        if not inside:
            return hits
        if self._allow_content:
            hits = [h for h in hits if h.kind not in CONTENT_KINDS]
        speech.find_names_in_speech(text, hits)
        disclosure.find_sensitive(text, hits)
        disclosure_doses.find_doses(text, hits)  # "missed her donepezil dose"
        return hits

    def _scan_chunks(
        self, key: str | None, text: str, *, dev: bool, content_key: bool
    ) -> list[Hit]:
        """A long value (a transcript, a log) in pieces cut between sentences or words.

        The checks compare each candidate with the hits already found, so one pass over
        a megabyte with thousands of hits would grow with its square; pieces keep it
        linear. A cut never falls inside a word, and prefers a line or sentence end.
        """
        hits: list[Hit] = []
        # A piece seen before in this value (a line logged again and again, a transcript
        # stuck repeating a phrase) has the hits it had: a few pieces are remembered.
        seen: dict[str, list[Hit]] = {}
        start = 0
        while start < len(text):
            end = min(len(text), start + _CHUNK)
            if end < len(text):
                window = text[start + _CHUNK // 2 : end]
                cut = max(window.rfind("\n"), window.rfind(". "))
                if cut < 0:
                    cut = window.rfind(" ")
                if cut >= 0:
                    end = start + _CHUNK // 2 + cut + 1
            piece = text[start:end]
            found = seen.get(piece)
            if found is None and encoded_bodies.opaque(piece):  # inline audio, a hex dump
                found = []
            if found is None:
                if len(seen) >= _PIECES_KEPT:
                    seen.clear()
                _, found = self.scan_text(key, piece, dev=dev, content_key=content_key)
                seen[piece] = found
            if start:
                hits.extend([_new_hit((k, s + start, e + start, m)) for k, s, e, m in found])
            else:
                hits.extend(found)  # hits are tuples: the first piece's need no copy
            start = end
        return hits

    def _resolve(self, hits: list[Hit]) -> list[Hit]:
        kept: list[Hit] = []
        # Sorted by start: a hit overlaps a kept one of its kind iff it starts before the
        # furthest end kept for that kind (linear, for values with thousands of hits).
        reach: dict[str, int] = {}
        # By start, the longer first at one start: two sorts on C keys (both stable), a
        # few times faster than one on a Python key for the thousands of hits of 1 MB.
        ordered = sorted(hits, key=_END, reverse=True)
        ordered.sort(key=_START)
        kinds, furthest = self._kinds, reach.get
        for hit in ordered:
            kind, start, end, _ = hit  # one unpacking, not a lookup per field
            if kind not in kinds:
                continue
            last = furthest(kind, -1)
            if start < last:
                continue
            kept.append(hit)
            if end > last:
                reach[kind] = end
        return kept

    # -- whole values named by their key ------------------------------------------------

    def _whole_value(self, flags: frozenset[str], text: str, stripped: str) -> Hit | None:
        start = text.index(stripped[0])
        end = start + len(stripped)
        # A URL under a secret key (``connection_string``) is a secret by its password or
        # query token only: the shape checks below find those.
        secret = "secret" in flags and not placeholder(stripped) and "://" not in stripped
        if secret and _MASK_RUN.search(stripped) is None:
            return Hit("secret", start, end, MASKERS["secret"](stripped))
        if "push" in flags and push_tokens.push_token(stripped):
            return Hit("secret", start, end, MASKERS["secret"](stripped))
        if "credkey" in flags and provider_keys.credential_value(stripped):
            return Hit("secret", start, end, MASKERS["secret"](stripped))  # ``mailgun.key``
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
        # A person's display name, not a role's, a room's or an office's ("Regional Office").
        named = "name" in flags and voc.OFFICE_WORDS.isdisjoint(stripped.casefold().split())
        return display_names.name_hit(stripped, start, context.person_name) if named else None

    def _sql_pairs(
        self, text: str, hits: list[Hit], pairs: list[tuple[str, int, int]] | None = None
    ) -> None:
        """Literals compared with a named column (``WHERE full_name = 'Ana Díaz'``).

        Read with the column's name as their key, like JSON fields: the column says what
        the literal is, as an attribute key does.
        """
        if pairs is None:
            pairs = [(m.group(1), m.start(2), m.end(2)) for m in _SQL_PAIR.finditer(text)]
        for column, at, end in pairs:
            flags = key_flags(column) & _KEYED_KINDS or names.person_column(text, column)
            value = text[at:end]
            if flags and value.strip():
                hit = self._whole_value(flags, value, value.strip())
                if hit is not None:
                    hits.append(Hit(hit.kind, at + hit.start, at + hit.end, hit.masked))

    def _field_value(self, field: str, value: str, start: int, end: int, hits: list[Hit]) -> None:
        """One field of a record (a column, an element, a form field), keyed by its name.

        A bare name field (``nombre``, ``Name``) holds a person's name when it has two
        words or is in a script without case: one capitalised word there may be a thing.
        """
        flags = key_flags(field) & _FIELD_KINDS
        if "card" in key_flags(field):  # ``pan`` names a card's number and India's PAN
            flags = flags - {"national_id"}
        if "postcode" in flags:  # a postcode alone names an area, not whose it is
            flags = flags - {"postcode", "address"}
        shaped = len(value.split()) >= 2 or not value.isascii()
        if "name" not in flags and shaped and name_records.name_key(field):
            flags = flags | {"name"}
        found: list[Hit] = []
        if "phone" in flags:
            numeric.find_phones(self._phone, value, frozenset(("phone",)), found, [])
        if flags & {"ssn", "national_id"}:
            numeric.find_ssns(value, flags, found, [])
            national.find_national_ids(value, flags, found, [], key=field)
        whole = self._whole_value(flags & _KEYED_KINDS, value, value.strip())
        found += [whole] if whole is not None else []
        hits.extend(Hit(h.kind, start, end, h.masked) for h in found)

    def _quoted_json(self, text: str, hits: list[Hit], flags: frozenset[str]) -> None:
        """The fields of JSON quoted in a JSON string, decoded once; hits cover the string.

        ``flags``: what the outer key says; a tool's quoted body is its payload too.
        """
        for m in _JSON_PAIR.finditer(text):
            raw = m.group(2)
            if raw.startswith(('{\\"', '[{\\"')):
                inner: list[Hit] = []
                decoded = _json_unescaped(raw)
                self._json_pairs(decoded, inner)
                if name_records.records_hint(decoded):  # a person field of the quoted body
                    name_records.find_record_names(decoded, inner, flags)
                hits.extend(Hit(h.kind, m.start(2), m.end(2), h.masked) for h in inner)

    def _json_id(self, key: str, value: str, raw: str, at: int, hits: list[Hit]) -> None:
        """An identifier field of a JSON object (``"id_number"``), read under its key."""
        found: list[Hit] = []
        national.find_national_ids(value, key_flags(key), found, [], key=key)
        for h in found:
            if h.kind in ("national_id", "ssn"):
                start, end = (at + h.start, at + h.end) if raw == value else (at, at + len(raw))
                hits.append(Hit(h.kind, start, end, h.masked))

    def _json_pairs(self, text: str, hits: list[Hit], *, payload: bool = False) -> None:
        """Values inside a JSON object read with their own key (``"customer_name": ...``).

        Inside a tool payload a bare ``name`` field is a person's (tools take the caller's
        details), and a phone field's bare digits are a phone number.
        """
        document = id_fields.document_object(text)  # ``"document": "cnic", "number": ...``
        for m in _JSON_PAIR.finditer(text):
            # A document's field codes name what they hold (``"DCS"``: a family name).
            field = key_flags(id_fields.document_field(m.group(1)) if document else m.group(1))
            flags = field & _KEYED_KINDS
            value = m.group(2)
            raw = value
            if "\\" in value:  # "M\u00fcller": checked as the JSON means it
                value = _json_unescaped(value)
            bare_name = names.name_field(voc.key_tokens(m.group(1)))
            # A bare name beside a price or a stock count is a dish's or a product's.
            bare_name = bare_name and not (payload and item_field(text, *m.span()))
            # A tool's person field ("caller", "cliente"), when its value reads as a name.
            bare_name = bare_name or (payload and names.person_field(m.group(1), value))
            if payload and not flags and bare_name and names.whole_name(value):
                flags = frozenset(("name",))
            if "ip" in field and value.strip():  # "client_ip": "81.2.69.160"
                addresses: list[Hit] = []
                ips.find_ips(value, frozenset(("ip",)), addresses)
                for h in addresses:
                    hits.append(Hit(h.kind, m.start(2) + h.start, m.start(2) + h.end, h.masked))
            if ("phone" in field or labels.endpoint_number(m.group(1), value)) and value.strip():
                found: list[Hit] = []
                numeric.find_phones(self._phone, value, frozenset(("phone",)), found, [])
                for h in found:
                    s = m.start(2) + h.start
                    hits.append(Hit(h.kind, s, m.start(2) + h.end, h.masked))
            id_key = id_fields.field_key(m.group(1)) if document else m.group(1)
            id_flags = key_flags(id_key) if document else field
            # ``"pan"`` names India's PAN and a card's number: a card key keeps the card.
            if "national_id" in id_flags and "card" not in id_flags and value.strip():
                self._json_id(id_key, value, raw, m.start(2), hits)
            if "payload" in flags and value.strip() and not placeholder(value):
                masked = mask_payload(value)
                hits.append(Hit("tool_payload", m.start(2), m.end(2), masked))
            elif flags and value.strip():
                hit = self._whole_value(flags, value, value.strip())
                if hit is not None and raw != value:  # offsets index the raw JSON
                    hits.append(Hit(hit.kind, m.start(2), m.end(2), hit.masked))
                elif hit is not None:
                    s = m.start(2) + hit.start
                    hits.append(Hit(hit.kind, s, m.start(2) + hit.end, hit.masked))
