"""Street addresses of Georgia, Armenia and Azerbaijan: a street's type after its name.

"ჭავჭავაძის გამზ. 33, თბილისი" (Georgian, avenue), "Մաշտոցի պող. 21, Երևան"
(Armenian, avenue), "Füzuli küçəsi 8, Gəncə" and "Nizami küç. 45" (Azerbaijani, street):
a name, a street type (in full or cut short with a dot), then a house number, and the
town maybe after a comma. Kept by hand, like the grammars of :mod:`.streets`: no library
on the package index finds addresses inside free text without a model.
"""

from __future__ import annotations

import re

from .hints import holds_any

__all__ = ["find_caucasus_streets"]

_KA = r"\u10d0-\u10ff"
_HY = r"\u0531-\u0556\u0561-\u0587"
_AZ_LETTER = r"A-Za-zÇƏĞİÖŞÜçəğıöşü"
#: Georgian street types: street, avenue, dead end, lane, square, alley.
_GEORGIAN = re.compile(
    rf"[{_KA}]+\s+(?:ქ\.|ქუჩა|გამზ\.|გამზირი|ჩიხი|შესახვევი|მოედანი|ხეივანი)\s*(?:№\s*)?"
    rf"\d{{1,4}}(?:[{_KA}]|/\d{{1,3}})?(?:\s*,\s*[{_KA}]{{3,}})?"
)
#: Armenian street types: street, avenue, lane, district (in full or cut short).
_ARMENIAN = re.compile(
    rf"[{_HY}]+\s+(?:փ\.|փողոց|պող\.|պողոտա|նրբ\.|նրբանցք|թաղ\.|թաղամաս)\s*"
    rf"\d{{1,4}}(?:/\d{{1,3}})?(?:\s*,\s*[{_HY}]{{3,}})?"
)
#: Azerbaijani street types: street, avenue, lane, dead end, highway; then "ev" (house).
_AZERBAIJANI = re.compile(
    rf"(?<![{_AZ_LETTER}])[{_AZ_LETTER}][{_AZ_LETTER}'\-]*(?:\s+[{_AZ_LETTER}][{_AZ_LETTER}'\-]*)?"
    r"\s+(?i:küç\.|küçəsi|prospekti|pr\.|döngəsi|dalanı|şossesi)\s*,?\s*(?:(?i:ev|b\.)\s*)?"
    rf"\d{{1,4}}(?:/\d{{1,3}})?(?:\s*,\s*[{_AZ_LETTER}]{{3,}})?"
)
_KA_HINTS = ("ქ.", "ქუჩა", "გამზ", "ჩიხი", "შესახვევი", "მოედანი", "ხეივანი")
_HY_HINTS = ("փ.", "փողոց", "պող", "նրբ", "թաղ")
_AZ_HINTS = ("küç", "Küç", "prospekt", "Prospekt", "pr.", "döngə", "dalan", "şosse")


def find_caucasus_streets(text: str, found: list[tuple[int, int]]) -> None:
    """Add the spans of Georgian, Armenian and Azerbaijani street addresses."""
    if holds_any(text, _KA_HINTS):
        found.extend(m.span() for m in _GEORGIAN.finditer(text))
    if holds_any(text, _HY_HINTS):
        found.extend(m.span() for m in _ARMENIAN.finditer(text))
    if holds_any(text, _AZ_HINTS):
        found.extend(m.span() for m in _AZERBAIJANI.finditer(text))
