"""Masking of flagged values: enough left to recognise a value, never enough to rebuild it.

Rules every mask keeps (a property test holds them): at most 4 digits of a number visible
(cards: the issuer's first 4 and the last 4, as a receipt prints them), never 6 visible
digits in a row once separators are removed, never a whole e-mail local part, never more
than 4 characters of a secret.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import itemgetter

from .memo import text_cache

__all__ = ["BULLET", "MASKERS", "mask_generic", "mask_payload", "mask_phone"]

BULLET = "•"

_WORD = re.compile(r"\S+")
_ALNUM = re.compile(r"[0-9A-Za-z]")
_SCHEME = re.compile(r"(?i)^(bearer|basic|token|digest)(\s+)")
# Street-type words carry no personal detail and make a masked address readable.
_STREET_TEXT = (
    "street st avenue ave road rd boulevard blvd lane ln drive dr court ct way place pl "
    "terrace parkway pkwy circle highway hwy square sq trail close crescent box po apt "
    "suite unit rue via calle avenida piazza plaza straße strasse str"
)
_STREET_WORDS = frozenset(_STREET_TEXT.split())
#: Published key prefixes that name a provider, not part of the secret.
_PUBLIC_PREFIX = re.compile(
    r"(?:sk-(?:proj|ant|live|test)?|[rp]k_(?:live|test)|sk_(?:live|test)|gh[pousr]_|github_pat_"
    r"|xox[abprse]-|AKIA|ASIA|AIza|glpat-|hf_|gsk_|SG\.|eyJ|ya29\.|whsec_|xi-)"
)


def _digit_count(text: str) -> int:
    if text.isascii():  # on ASCII text, str.isdigit is exactly 0-9: counted in C
        return len(text) - len(text.encode("ascii").translate(None, b"0123456789"))
    return sum(map(str.isdigit, text))


def _digits_visible(text: str, visible: set[int]) -> str:
    """Replace every digit of ``text`` whose index among digits is not in ``visible``."""
    # One pass over the characters: masks are made for every number of a long value.
    out: list[str] = []
    index = 0
    for ch in text:
        if ch.isdigit():
            out.append(ch if index in visible else BULLET)
            index += 1
        else:
            out.append(ch)
    return "".join(out)


def _phone_visible(digits: int, prefix: int, cc_digits: int) -> set[int]:
    """Which digits a phone number's mask shows, by index among its digits."""
    order = [*range(prefix + min(cc_digits, 3)), digits - 1, digits - 2, prefix + cc_digits]
    visible: set[int] = set()
    for index in order:
        if len(visible) == 4:
            break
        if 0 <= index < digits:
            visible.add(index)
    if digits < 8:  # short numbers: the last two only
        visible = {digits - 2, digits - 1} if digits > 4 else set()
    return visible


#: ASCII digits to ``0``: a number's layout, the same for every number written alike.
_LAYOUT = bytes.maketrans(b"123456789", b"0" * 9)
_LAYOUT_BYTES = frozenset(b"0+ ().-")
_ZERO = ord("0")


# Keyed by a number's layout: its signs and a 0 for each digit, no digit of its own.
@text_cache(maxsize=64)
def _phone_template(
    layout: bytes, prefix: int, cc_digits: int
) -> tuple[str, Callable[[str], object] | None]:
    """The mask of every number laid out as ``layout``: a ``%`` format, and its shown digits.

    The format is empty for a layout of other characters (the mask is then made digit by
    digit); the getter takes the shown digits out of a number (``None``: none shown).
    """
    if not set(layout) <= _LAYOUT_BYTES:
        return "", None
    places = [at for at, byte in enumerate(layout) if byte == _ZERO]
    visible = _phone_visible(len(places), prefix, cc_digits)
    shown = [places[index] for index in sorted(visible)]
    template = [BULLET if byte == _ZERO else chr(byte) for byte in layout]
    for at in shown:
        template[at] = "%s"
    return "".join(template), itemgetter(*shown) if shown else None


# No cache of masks (a layout holds no digit): one would keep callers' numbers after the check.
def mask_phone(text: str, *, cc_digits: int = 0) -> str:
    """``+1 4•• ••• ••32``: country code, last two digits, first national digit; 4 at most."""
    prefix = 2 if text.lstrip().startswith("00") else 0
    if text.isascii():
        # Numbers repeat their layout (``+1 415 555 0132``): its mask's form is made once.
        layout = text.encode("ascii").translate(_LAYOUT)
        template, shown = _phone_template(layout, prefix, cc_digits)
        if template:
            return template if shown is None else template % shown(text)
    return _digits_visible(text, _phone_visible(_digit_count(text), prefix, cc_digits))


def mask_card(text: str) -> str:
    """``4111 •••• •••• 1111``: issuer digits and the last 4, at least 6 hidden between."""
    digits = _digit_count(text)
    last = max(0, min(4, digits - 10))
    visible = set(range(min(4, digits))) | set(range(digits - last, digits))
    return _digits_visible(text, visible)


def mask_ssn(text: str) -> str:
    """``•••-••-6789``: the last 4 digits only."""
    digits = _digit_count(text)
    return _digits_visible(text, set(range(digits - 4, digits)))


def _first_then_fixed(part: str) -> str:
    # The first letter, then always three bullets: the mask never tells the length.
    if len(part) > 1 and not part[0].isdigit():
        return part[0] + BULLET * 3
    return BULLET * 4  # the first letter hidden too, in its place


def mask_email(text: str) -> str:
    """``j•••@e•••.com``: first letter of the local part and domain, the TLD; fixed width."""
    local, _, domain = text.rpartition("@")
    if not local:
        return mask_generic(text)
    head, dot, tld = domain.rpartition(".")
    if not dot:
        head, tld = domain, ""
    shown_tld = tld if not any(c.isdigit() for c in tld) else ""
    return f"{_first_then_fixed(local)}@{_first_then_fixed(head)}{dot}{shown_tld}"


def mask_iban(text: str) -> str:
    """``DE•• •••• •••• •••• •••• 3000``: the country and the last 4 characters."""
    total = len(_ALNUM.findall(text))
    tail = 4 if total >= 12 else 0  # the last 4 only when plenty stays hidden
    out: list[str] = []
    index = 0
    for ch in text:
        if _ALNUM.match(ch):
            shown = (index < 2 and ch.isalpha()) or index >= total - tail
            out.append(ch if shown else BULLET)
            index += 1
        else:
            out.append(ch)
    return "".join(out)


def mask_ip(text: str) -> str:
    """``203.•.•••.•``: the first group of the address only."""
    sep = ":" if ":" in text else "."
    first, found, rest = text.partition(sep)
    if not found or len(first) > 4:
        return "".join(ch if ch in ".:" else BULLET for ch in text)
    return first + sep + "".join(ch if ch in ".:" else BULLET for ch in rest)


def mask_secret(text: str) -> str:
    """``sk-p••••••••``: a provider's published prefix (4 characters at most), then 8 bullets.

    A password or a bare hex token shows nothing: its first characters are part of the
    secret, while ``sk-``, ``ghp_`` or ``AKIA`` only say whose key it is.
    """
    lead = ""
    scheme = _SCHEME.match(text)
    if scheme:
        lead, text = scheme.group(0), text[scheme.end() :]
    prefix = _PUBLIC_PREFIX.match(text)
    shown = min(4, len(prefix.group())) if prefix and len(text) >= 12 else 0
    return lead + text[:shown] + BULLET * 8


def _shape(word: str, *, first: bool) -> str:
    """Letters and digits to bullets, separators kept; optionally the first letter too."""
    out = [ch if not ch.isalnum() else BULLET for ch in word]
    if first and word[:1].isalpha():
        out[0] = word[0]
    return "".join(out)


def _mask_words(text: str, *, keep: Callable[[str], bool]) -> list[str]:
    words: list[str] = []
    for word in _WORD.findall(text):
        bare = word.strip(".,;:!?()\"'").lower()
        if keep(bare) and not any(ch.isdigit() for ch in word):
            words.append(word)
        else:
            words.append(_shape(word, first=True))
    return words


def mask_address(text: str) -> str:
    """``•••• B•••• Street``: street-type words kept, names to their first letter."""
    return " ".join(_mask_words(text, keep=_STREET_WORDS.__contains__))


def mask_dob(text: str) -> str:
    """``••••-••-••`` / ``M•••• •, ••••``: every digit hidden, words to their first letter."""
    return " ".join(_mask_words(text, keep=lambda _: False))


def mask_free_text(text: str) -> str:
    """``I••• •••• •• •••••• (4 words)``: the first letter, then word shapes only."""
    words = _WORD.findall(text)
    shapes = [BULLET * len(w) for w in words[:8]]
    if shapes and words[0][0].isalpha():
        shapes[0] = words[0][0] + shapes[0][1:]
    tail = " …" if len(words) > 8 else ""
    return f"{' '.join(shapes)}{tail} ({len(words)} word{'s' if len(words) != 1 else ''})"


def mask_name(text: str) -> str:
    """``J••• D••``: the first letter of each word; of a name spelled out, the first only."""
    words = _mask_words(text, keep=lambda _: False)
    one = [len(w.strip(".-")) == 1 for w in words]
    spelled = sum(one) >= 3  # "K O W A L ...": the letters are the name
    return " ".join(BULLET if spelled and i and one[i] else w for i, w in enumerate(words))


def mask_payload(text: str) -> str:
    """``{•••••••••••• (58 chars)``: an opening bracket at most, and the length."""
    head = text[0] if text[:1] in ("{", "[") else ""
    size = f"{len(text)}" if len(text) < 10_000 else "9999+"  # 4 digits at most, as ever
    return f"{head}{BULLET * min(12, max(1, len(text) - len(head)))} ({size} chars)"


def mask_generic(text: str) -> str:
    """First character (unless a digit) then bullets, 12 at most."""
    if len(text) <= 4:
        return BULLET * len(text)
    head = "" if text[0].isdigit() else text[0]
    body = BULLET * min(12, len(text) - len(head))
    return head + body + ("…" if len(text) - len(head) > 12 else "")


#: Mask function per kind; kinds not listed (user patterns) use :func:`mask_generic`.
MASKERS: dict[str, Callable[[str], str]] = {
    "phone": mask_phone,
    "email": mask_email,
    "card": mask_card,
    "ssn": mask_ssn,
    "iban": mask_iban,
    "ip": mask_ip,
    "secret": mask_secret,
    "dob": mask_dob,
    "address": mask_address,
    "free_text": mask_free_text,
    "name": mask_name,
    "tool_payload": mask_payload,
    "national_id": mask_generic,
    "bank_account": mask_generic,
    "sensitive": mask_free_text,
}


def mask_spoken(text: str) -> str:
    """``•••• (9 words)``: a number read out in words shows nothing but its length."""
    count = len(text.split())
    return f"{BULLET * 4} ({count} word{'s' if count != 1 else ''})"
