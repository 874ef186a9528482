"""Values as reports may print them: masked where they look like personal data.

:func:`redact` is what every renderer calls on span data (names, attribute values, call
ids) before it becomes text; :func:`mask` masks one value the way findings of a kind are
shown. The detector loads on the first call, not on import.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detect import Scanner

__all__ = ["mask", "redact"]


def mask(kind: str, value: object) -> str:
    """``value`` masked the way findings of ``kind`` are shown (unknown kinds: generically)."""
    from .mask import MASKERS, mask_generic, mask_phone

    text = str(value)
    if kind == "phone":
        return mask_phone(text, cc_digits=_country_code_digits(text))
    return MASKERS.get(kind, mask_generic)(text)


def redact(key: str, value: object) -> object:
    """Return ``value`` masked if it looks like PII, else unchanged.

    Used wherever attribute values are printed (trees, diffs, reports). Never raises:
    a value that cannot be checked is replaced, not shown.
    """
    try:
        scanner = _lenient_scanner()
    except Exception:
        return "<value hidden: could not be checked for PII>"
    try:
        return _redact(key, value, scanner)
    except Exception:
        return "<value hidden: could not be checked for PII>"
    finally:
        # The scanner outlives this call: it keeps no number of this value afterwards.
        scanner.forget()


@lru_cache(maxsize=1)
def _lenient_scanner() -> Scanner:
    from .detect import Scanner

    return Scanner(strict=False)


def _redact(key: str, value: object, scanner: Scanner) -> object:
    if isinstance(value, tuple | list):
        return tuple(_redact(key, item, scanner) for item in value)
    if isinstance(value, Mapping):
        return {k: _redact(f"{key}.{k}", v, scanner) for k, v in value.items()}
    if isinstance(value, bytes):
        decoded = value.decode("utf-8", "replace")
        shown = _redact(key, decoded, scanner)
        return value if shown is decoded else shown
    if isinstance(value, str):
        text, hits = scanner.scan_text(key, value)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        text, hits = scanner.scan_number(key, value)
    else:
        return value
    if not hits:
        return value
    out: list[str] = []
    pos = 0
    for hit in hits:
        if hit.start < pos:  # overlaps a part already masked
            continue
        out.append(text[pos : hit.start])
        out.append(hit.masked)
        pos = hit.end
    out.append(text[pos:])
    return "".join(out)


def _country_code_digits(text: str) -> int:
    stripped = text.lstrip()
    if not stripped.startswith(("+", "00")):
        return 0
    from .detect import phonenumbers_module

    pn = phonenumbers_module()
    if pn is None:
        return 1
    try:
        number = pn.parse("+" + stripped[2:] if stripped.startswith("00") else stripped, None)
    except pn.NumberParseException:
        return 1
    return len(str(number.country_code))
