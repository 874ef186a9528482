"""Secrets and e-mail addresses: shapes found anywhere in a text.

Provider keys and tokens by their shape, secrets assigned, quoted or passed on a command
line after a word naming them, credentials in URLs; e-mail addresses (not a
role mailbox, an ssh remote or a SIP call id) and e-mails spelt out in words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import patterns as pat
from . import vocabulary as voc
from .hints import holds_any
from .hit import Hit, overlaps, placeholder
from .mask import MASKERS, mask_generic
from .spelt_mail import SPOKEN_TLDS, find_spelt_mail

#: A local part that is a long hex or digit-dash string: a generated id, not a mailbox.
_MACHINE_LOCAL = re.compile(r"(?=[^@]*\d[^@]*\d[^@]*\d)[0-9a-f-]{10,}", re.I)
#: A local part of 20+ letters and digits in both cases and no separator, five digits or
#: more among them: a mail server's Message-ID, not a person's mailbox.
_RANDOM_LOCAL = re.compile(r"(?=(?:\D*\d){5})(?=.*[a-z])(?=.*[A-Z])[A-Za-z0-9]{20,}")
#: Headers naming a message, not a person: the address-like id after them is no mailbox.
_MESSAGE_ID_BEFORE = re.compile(r"(?i)(?:message-?id|in-reply-to|references|content-id)\W{0,4}$")
_SPELT_EMAIL_HINTS = (" at ", "(at)", "[at]", "{at}", "<at>", "arroba", "chiocciola", "klammeraffe",
                      "arobase", "apenstaartje", "собака",
                      "snabel", "zavináč", "małpa", "miukumauku")  # fmt: skip
_LOCAL_SPLIT = re.compile(r"[._+\-]")
#: The connector every match of pat.OBFUSCATED_EMAIL holds, and the characters no match
#: holds (any but word characters, spaces, ``-``, ``@`` and brackets; a ``.`` not followed
#: by a word character). Change them with that pattern (tests/test_pii_long_values.py).
#: The lookahead holds the first letter of every word: the words, compared without case,
#: are tried only where one may start, not after every space.
_SPELT_CONNECTOR = re.compile(
    r"(?i)\s(?=[acksmzс])(?:at|arroba|chiocciola|klammeraffe|snabel-a|miukumauku|zavináč"
    r"|małpa|arobase|apenstaartje|собака)\s"
    r"|[\[({<]\s*(?:at|arroba|@)\s*[\])}>]"
)
#: A domain spelt out has a dot, written or said, after its connector.
_DOT_WORDS = ("dot", "punto", "point", "punkt", "ponto", "piste", "kropka", "nokta", "punt",
              "tečka")  # fmt: skip
#: Any of _DOT_WORDS, in one search.
_DOT_WORD = re.compile("|".join(_DOT_WORDS))
_SPELT_BREAK = re.compile(r"[^\w\s.\-\[\](){}<>@]|\.(?![\w-])")


#: Combining marks of scripts whose letters carry them (Devanagari matras, Thai vowels,
#: Hebrew and Arabic points): inside a word, yet not ``\w`` to Python's ``re``.
_MARKS = "\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0dff\u0e00-\u0eff\u3099\u309a"
#: An address with a local part or domain in any script, or a punycode (``xn--``) label.
#: RFC 6531 allows any letters there; ``EMAIL`` stops at a combining mark or a ``xn--`` TLD.
_IDN_EMAIL = re.compile(
    rf"(?<![\w.+%{_MARKS}-])[^\W_][\w.%+{_MARKS}-]{{0,63}}"
    rf"@(?:[^\W_][\w{_MARKS}-]{{0,62}}\.)+([^\W\d_][\w{_MARKS}]{{1,23}}|xn--[a-z0-9-]{{2,59}})"
    rf"(?![\w{_MARKS}-])",
    re.I,
)
#: A password in an SQL statement: ``SET PASSWORD FOR u = '…'``, ``ALTER USER u WITH
#: PASSWORD '…'``, ``IDENTIFIED [WITH plugin] BY '…'``, ``CREATE LOGIN … PASSWORD = '…'``.
_SQL_SECRET = re.compile(
    r"(?i)\b(?:set\s+password(?:\s+for\s+\S+)?\s*=\s*(?:password\s*\(\s*)?"
    r"|(?:encrypted\s+)?password\s*=?\s*|identified\s+(?:with\s+\w+\s+)?by\s+(?:password\s+)?)"
    r"'([^'\n]{4,})'"
)
#: The separator of a named SQL bind parameter (``… PASSWORD :new_password``).
_BIND_PARAMETER = re.compile(r"\s:$")
#: A statement that sets a password: the gate in front of ``_SQL_SECRET``.
_SQL_VERB = re.compile(
    r"(?i)\b(?:alter|create|set|grant)\s+(?:user|role|login|password)\b|\bidentified\b"
)
#: The MySQL and MariaDB clients' ``-pPASSWORD`` (no space: with one, ``-p`` only prompts).
_MYSQL_PASSWORD = re.compile(
    r"(?i)\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlsh|mariadb(?:-dump|-admin)?)\b"
    r"[^\n|;&]*?\s-p(?:'([^'\s]{3,})'|\"([^\"\s]{3,})\"|([^\s'\"]{3,}))"
)
#: Clients taking a password as a plain option: ``sshpass -p X``, ``redis-cli -a X``.
_CLIENT_PASSWORD = re.compile(
    r"(?i)\b(?:sshpass\s+-p\s*|redis-cli\b[^\n|;&]*?\s-a\s+)"
    r"(?:'([^'\s]{3,})'|\"([^\"\s]{3,})\"|([^\s'\"-][^\s'\"]{2,}))"
)
#: Voice providers' key shapes no rule set has yet: Cartesia's ``sk_car_``, Telnyx's
#: ``KEY`` + about 32 hex digits + ``_`` + a random part.
_PROVIDER_KEY = re.compile(
    r"(?<![\w-])(?:sk_car_[A-Za-z0-9]{20,}|KEY[0-9A-F]{24,40}_[A-Za-z0-9]{16,})(?![\w-])"
)
#: Incoming-webhook URLs whose path is the credential: Discord, Microsoft Teams (and the
#: older Office 365 connector), Zapier. Slack's are detect-secrets' (rulesets.py).
_WEBHOOK_URL = re.compile(
    r"(?i)https?://(?:(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{15,21}/"
    r"|[\w-]+\.webhook\.office\.com/webhookb2/|outlook\.office(?:365)?\.com/webhook/"
    r"|hooks\.zapier\.com/hooks/catch/)([\w@/-]{16,})"
)
_WEBHOOK_HINTS = ("discord", "webhook", "zapier")
#: A PIN or passcode told in figures or digit words: "my PIN is four four seven two".
_PIN_TOLD = re.compile(
    r"(?i)\b(?:pin|pin code|pin number|pincode|passcode|security code|code pin|code secret"
    r"|geheimzahl|pin-code|código pin|numero pin)\s*(?:is|was|es|est|ist|è|é|:|=)\s*"
    r"((?:[\w]+[ ,.-]{0,2}){4,8})"
)


_QUERY_HINTS = ("token", "key", "sig", "secret", "pass", "pwd", "auth", "jwt", "credential",
                "code_verifier")  # fmt: skip


def _random_looking(value: str) -> bool:
    """Letters and digits mixed like a generated key, not a word, path or placeholder."""
    if placeholder(value) or pat.BENIGN.fullmatch(value):
        return False
    has_digit = any(ch.isdigit() for ch in value)
    has_upper = any(ch.isupper() for ch in value)
    has_lower = any(ch.islower() for ch in value)
    return has_digit + has_upper + has_lower >= 2 and not value.replace("_", "").isalpha()


_CLI_HINTS = ("pass", "pwd", "secret", "token", "key", "auth", "credential", "-u ", "--user")
_UNQUOTED_HINTS = ("key", "token", "secret", "password", "passwd", "credential", "clave", "clé",
                   "schlüssel", "chiave", "senha", "jeton", "passwort", "contraseña")  # fmt: skip


#: A JSON or YAML field named ``token``, ``auth`` or ``bearer`` alone, right before its
#: quoted value: a cache or config holds its service's token there
#: (``{"config": {"token": "…"}}``).
_TOKEN_FIELD = re.compile(r"""(?i)(?<![\w-])["']?(?:token|auth|bearer)["']?\s*:\s*$""")


def _keylike(value: str) -> bool:
    """Random-looking like a generated key, or a provider's hex token (Twilio, Deepgram)."""
    return _random_looking(value) or pat.HEX_TOKEN.fullmatch(value) is not None


#: The user part of a SIP URI whose caller withheld their identity (RFC 3323, RFC 3261
#: 8.1.1.3 ``sip:anonymous@anonymous.invalid``) or whose number the network did not pass.
_WITHHELD = voc.words(
    "anonymous anon restricted private unknown unavailable withheld blocked hidden"
)
#: What comes right before a SIP URI's password: ``sip:user:`` (see pat.SIP_CREDENTIALS).
_SIP_USER_BEFORE = re.compile(r"(?i)sips?:[^\s:@;<>\"]+:$")


def _sip_non_mailbox(local: str, domain: str, before: str) -> bool:
    """A SIP URI's user part that is no person's address.

    A SIP URI names a user agent. Its user part is a person's address only when it is a
    person's handle; the rest is decided by class: a number is a phone number (found by
    the phone checks) or an extension, a role word names a service (``_organisation_
    mailbox``), an anonymity word or a ``.invalid`` host is a withheld caller, and the
    part after ``sip:user:`` is a password (a secret, found by ``find_secrets``).
    """
    tail = before[-80:].lower()
    if _SIP_USER_BEFORE.search(tail):
        return True
    if not tail.endswith(("sip:", "sips:")):
        return False
    parts = [p for p in _LOCAL_SPLIT.split(local.lower()) if p]
    return domain.lower().endswith(".invalid") or any(p in _WITHHELD for p in parts)


def _organisation_mailbox(local: str, domain: str, before: str) -> bool:
    """An organisation's role or service mailbox (``support@``, a cloud service account).

    Every word of the local part is a role word (or a number); after ``sip:`` one role
    word is enough, since a SIP URI that reaches a queue or an IVR names a service.
    """
    domain = domain.lower()
    if any(d in domain for d in voc.SERVICE_DOMAINS):
        return True
    parts = [p for p in _LOCAL_SPLIT.split(local.lower()) if p]
    roles = [p in voc.ROLE_LOCALS or p.isdigit() for p in parts]
    if parts and all(roles):
        return True
    return before.lower().endswith(("sip:", "sips:")) and any(p in voc.ROLE_LOCALS for p in parts)


#: An account or API key id and its secret, as basic-auth credentials are written
#: (Twilio ``AC…:token``, ``SK…:secret``): the part after the colon is the secret.
_SID_PAIR = re.compile(r"(?<![\w])(?:AC|SK)[0-9a-f]{32}:([A-Za-z0-9]{32})(?![\w])")


def find_secrets(text: str, hits: list[Hit]) -> None:
    """Add the secrets in ``text``: provider shapes, assigned, quoted, in URLs, in commands."""
    if ("AC" in text or "SK" in text) and ":" in text:
        for m in _SID_PAIR.finditer(text):
            hits.append(Hit("secret", m.start(1), m.end(1), MASKERS["secret"](m.group(1))))
    # ``github_pat_`` holds no ``SECRET_HINTS`` literal ("github" has no "gh").
    if holds_any(text, pat.SECRET_HINTS) or "github_pat_" in text:
        for m in pat.SECRET_SHAPES.finditer(text):
            hits.append(Hit("secret", m.start(), m.end(), MASKERS["secret"](m.group())))
    if "'" in text or '"' in text or "`" in text:
        for m in pat.SECRET_QUOTED.finditer(text):
            value = m.group(2)
            before = text[max(0, m.start() - 40) : m.start()]
            said = pat.SECRET_CONTEXT.search(before) or _TOKEN_FIELD.search(before)
            if _keylike(value) and said:
                hits.append(Hit("secret", m.start(2), m.end(2), MASKERS["secret"](value)))
    lowered = text.lower()
    _statement_secrets(text, lowered, hits)
    if "," in text and ("token" in lowered or "bearer" in lowered or "auth" in lowered):
        for m in pat.WS_PROTOCOL_TOKEN.finditer(text):
            value = m.group(1).rstrip(".,;")
            if _keylike(value) and not placeholder(value):
                end = m.start(1) + len(value)
                hits.append(Hit("secret", m.start(1), end, MASKERS["secret"](value)))
    if "-" in text and holds_any(lowered, _CLI_HINTS):
        _cli_secrets(text, hits)
    if holds_any(lowered, _UNQUOTED_HINTS):
        for m in pat.SECRET_UNQUOTED.finditer(text):
            value = m.group(1).rstrip(".,;:")
            if _keylike(value) and "/" not in value:
                end = m.start(1) + len(value)
                hits.append(Hit("secret", m.start(1), end, MASKERS["secret"](value)))
    if "pass" in lowered or "identified" in lowered or "contrase" in lowered or "senha" in lowered:
        for pattern in (pat.SQL_PASSWORD, pat.SPOKEN_PASSWORD):
            for m in pattern.finditer(text):
                value = m.group(1).rstrip(".,;")
                if not placeholder(value) and _random_looking(value):
                    end = m.start(1) + len(value)
                    hits.append(Hit("secret", m.start(1), end, MASKERS["secret"](value)))
    if "=" not in text and ":" not in text:
        return
    if holds_any(lowered, pat.ASSIGN_HINTS):
        for m in pat.SECRET_ASSIGN.finditer(text):
            value = m.group(1)
            if _BIND_PARAMETER.search(text, m.start(), m.start(1)) and value.isidentifier():
                continue  # ``PASSWORD :new_password``: an SQL bind parameter, no value
            if not placeholder(value):
                hits.append(Hit("secret", m.start(1), m.end(1), MASKERS["secret"](value)))
    if "://" in text and "@" in text:
        for m in pat.URL_CREDENTIALS.finditer(text):
            value = m.group(1)
            if not placeholder(value):
                hits.append(Hit("secret", m.start(1), m.end(1), MASKERS["secret"](value)))
    if "=" in text and holds_any(lowered, _QUERY_HINTS):
        for m in pat.URL_QUERY_SECRET.finditer(text):
            value = m.group(2)
            if not placeholder(value) and not value.isdigit():
                hits.append(Hit("secret", m.start(2), m.end(2), MASKERS["secret"](value)))


def _statement_secrets(text: str, lowered: str, hits: list[Hit]) -> None:
    """Passwords in SQL and MySQL commands, webhook URLs, and PINs told in words.

    Each check sits behind a literal every one of its matches holds: most values hold
    none, and this runs on every value.
    """
    if "-" in text:
        if "-p" in text and ("mysql" in lowered or "mariadb" in lowered):
            _quoted_or_bare(text, _MYSQL_PASSWORD, hits)
        if "sshpass" in lowered or "redis-cli" in lowered:
            _quoted_or_bare(text, _CLIENT_PASSWORD, hits)
    sql = "'" in text and ("password" in lowered or "identified" in lowered)
    if sql and _SQL_VERB.search(text):
        for m in _SQL_SECRET.finditer(text):
            _add_secret(text, m.start(1), m.end(1), hits)
    if "_" in text and ("sk_car_" in text or "KEY" in text):
        for m in _PROVIDER_KEY.finditer(text):
            _add_secret(text, m.start(), m.end(), hits)
    if "://" in text and holds_any(lowered, _WEBHOOK_HINTS):
        for m in _WEBHOOK_URL.finditer(text):
            _add_secret(text, m.start(1), m.end(1), hits)
    if " " in text and ("pin" in lowered or "code" in lowered):
        for m in _PIN_TOLD.finditer(text):
            _pin(text, m, hits)
    if "sip" in lowered and "@" in text:
        for m in pat.SIP_CREDENTIALS.finditer(text):
            _add_secret(text, m.start(1), m.end(1), hits)
    if "digest" in lowered and "response" in lowered:
        for m in pat.DIGEST_RESPONSE.finditer(text):
            _add_secret(text, m.start(1), m.end(1), hits)


def _quoted_or_bare(text: str, pattern: re.Pattern[str], hits: list[Hit]) -> None:
    """``pattern``'s value: its first group that matched (quoted, double-quoted, bare)."""
    for m in pattern.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        _add_secret(text, m.start(group), m.end(group), hits)


def _add_secret(text: str, start: int, end: int, hits: list[Hit]) -> None:
    value = text[start:end]
    if not placeholder(value) and len(set(value)) > 1:
        hits.append(Hit("secret", start, end, MASKERS["secret"](value)))


def _pin(text: str, m: re.Match[str], hits: list[Hit]) -> None:
    """The digits of a PIN told: 4 to 8 figures or digit words in a row, nothing else."""
    digits = 0
    end = m.start(1)
    for word in pat.WORD_OR_DIGITS.finditer(text, m.start(1), m.end(1)):
        token = word.group().lower()
        if token.isdigit():
            digits += len(token)
        elif token in voc.DIGIT_WORDS:
            digits += 1
        else:
            break
        end = word.end()
    if 4 <= digits <= 8:
        hits.append(Hit("secret", m.start(1), end, MASKERS["secret"](text[m.start(1) : end])))


def _cli_secrets(text: str, hits: list[Hit]) -> None:
    """``--api-key X``, ``--password=X``, ``curl -u user:X`` on a command line."""
    for m in pat.CLI_SECRET.finditer(text):
        value = m.group(1)
        flag = text[m.start() : m.start(1)].lower()
        named = any(w in flag for w in ("pass", "pwd", "secret"))
        if placeholder(value) or value.startswith(("/", "./", "~", "$")) or value.isdigit():
            continue
        if named or _keylike(value):
            hits.append(Hit("secret", m.start(1), m.end(1), MASKERS["secret"](value)))
    for m in pat.CLI_USER_PASSWORD.finditer(text):
        if not placeholder(m.group(1)):
            hits.append(Hit("secret", m.start(1), m.end(1), MASKERS["secret"](m.group(1))))


def find_emails(text: str, hits: list[Hit]) -> None:
    """Add the e-mail addresses in ``text`` that are a person's mailbox.

    Addresses in other scripts and with punycode labels too (RFC 6531 and IDNA).
    """
    found = len(hits)
    _emails(text, pat.EMAIL.finditer(text), hits)
    if not text.isascii() or "xn--" in text or "XN--" in text:
        taken = [(h.start, h.end) for h in hits[found:]]
        wide = (m for m in _IDN_EMAIL.finditer(text) if not overlaps(*m.span(), taken))
        _emails(text, wide, hits)


def _in_url_authority(text: str, start: int) -> bool:
    """Whether ``start`` lies in a URL's user and host part (``amqp://u:p@ss@host``)."""
    token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    before = text[token_start:start]
    scheme = before.rfind("://")
    # RFC 3986: the authority ends at the first "/", "?" or "#"; "&" and "=" may be in it.
    return scheme >= 0 and not any(c in before[scheme + 3 :] for c in "/?#")


def _emails(text: str, matches: Iterable[re.Match[str]], hits: list[Hit]) -> None:
    for m in matches:
        if m.group(1).lower() in voc.FILE_TLDS:
            continue
        local = m.group().partition("@")[0]
        after = text[m.end() : m.end() + 2]
        if after[:1] == ":" and after[1:2] not in ("", " ") and not after[1:2].isdigit():
            continue  # git@github.com:org/repo.git: an ssh remote, not a mailbox
        if _in_url_authority(text, m.start()):
            continue  # ssh://git@host/..., amqp://u:p@ss@host: a URL's user or password
        if local.isdigit():  # sip:14155550132@host is a phone number
            continue
        if _MACHINE_LOCAL.fullmatch(local):  # a SIP Call-ID such as a84b4c76e66710@host
            continue
        if _RANDOM_LOCAL.fullmatch(local) or _MESSAGE_ID_BEFORE.search(
            text, max(0, m.start() - 20), m.start()
        ):
            continue  # Message-ID: <CAJx7…@mail.example.com>
        domain = m.group().partition("@")[2]
        before = text[max(0, m.start() - 80) : m.start()]
        if _organisation_mailbox(local, domain, before) or _sip_non_mailbox(local, domain, before):
            continue
        start = m.start()
        if start and text[start - 1] == ":":
            token = text[: start - 1].rsplit(None, 1)[-1] if text[: start - 1].strip() else ""
            if "://" in token:  # https://user:password@host: the password is a secret
                continue
        hits.append(Hit("email", start, m.end(), MASKERS["email"](m.group())))


def find_spelt_emails(text: str, hits: list[Hit]) -> None:
    """``jan dot novak at example dot org``, ``pekka.virtanen[at]example.net``."""
    find_spelt_mail(text, hits)  # "at the rate", "골뱅이", "a còng", "et işareti"...
    lowered = text.lower()
    if not holds_any(lowered, _SPELT_EMAIL_HINTS):
        return
    if lowered.isascii() and not _may_hold_domain(lowered):
        return
    for first in _spelt_candidates(text):
        m: re.Match[str] | None = first
        while m is not None:
            if _spelt_email(text, m):
                hits.append(Hit("email", m.start(), m.end(), mask_generic(m.group())))
                break
            # "write me at j.novak(at)example(dot)cz": the match that was no address took
            # the real one's local part as its domain; look again from that domain.
            m = pat.OBFUSCATED_EMAIL.search(text, m.start(2), min(len(text), m.end() + 200))


#: What every OBFUSCATED_EMAIL domain holds: a dot before a letter or digit, or a dot word.
_DOT_THEN_ALNUM = re.compile(r"\.[a-z0-9]")


def _may_hold_domain(lowered: str) -> bool:
    """Whether lower-cased ASCII text may hold OBFUSCATED_EMAIL's domain (a fast gate).

    On ASCII text ignoring case is lower-casing (the letters it folds further, such as
    ``ſ`` and ``K``, are not ASCII), and the dot words not in _DOT_WORDS are not ASCII.
    """
    return _DOT_THEN_ALNUM.search(lowered) is not None or holds_any(lowered, _DOT_WORDS)


def _spelt_email(text: str, m: re.Match[str]) -> bool:
    domain = m.group(2)
    tld = pat.WORD_OR_DIGITS.findall(domain)[-1].lower()
    if tld not in SPOKEN_TLDS:  # country codes too: "anna at mail dot ru"
        return False
    # A plain " at " before a written domain is English ("failed at api.example.com"):
    # only a domain spelt out in words, or a bracketed "at", is an address.
    connector = text[m.end(1) : m.start(2)].strip().lower()
    return "." not in domain or connector != "at"


def _spelt_candidates(text: str) -> list[re.Match[str]]:
    """pat.OBFUSCATED_EMAIL's matches in ``text``, looked for only around its connectors.

    No match crosses a break character, so the pattern runs on the stretches between
    breaks that hold a connector ("at", "[at]"...), and finds there what it would find in
    the whole text, at a fraction of the cost on long prose.
    """
    found: list[re.Match[str]] = []
    covered = 0
    for c in _SPELT_CONNECTOR.finditer(text):
        if c.start() < covered:
            continue  # in the stretch already searched
        after = _SPELT_BREAK.search(text, c.end())
        end = len(text) if after is None else after.start()
        floor, covered = covered, end
        tail = text[c.start() : end]
        if tail.isascii() and "." not in tail and not _DOT_WORD.search(tail.lower()):
            continue  # no domain after the connector: "at seven", "at the station"
        start = _stretch_start(text, floor, c.start())
        found.extend(pat.OBFUSCATED_EMAIL.finditer(text, start, end))
    return found


def _stretch_start(text: str, floor: int, at: int) -> int:
    """Where the stretch holding ``text[at]`` starts: after the last break before it."""
    size = 64
    while True:
        lo = max(floor, at - size)
        ends = [m.end() for m in _SPELT_BREAK.finditer(text, lo, at)]
        if ends:
            return ends[-1]
        if lo == floor:
            return floor
        size *= 4
