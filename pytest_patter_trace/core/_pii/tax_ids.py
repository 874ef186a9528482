"""A US social security number under a tax-id key (``tax_id``, ``tin``, ``taxpayer_id``).

A US person's taxpayer id is their SSN: under a key naming a tax id of no one country, a
value laid out as an SSN (nine digits, or 3-2-4) that python-stdnum's ``us.ssn``
validates is one. An employer's EIN (2-7) and an ITIN (area 9xx, which ``us.ssn``
refuses) are not; nor is a tax id under a key naming another country's
(``steuer_id``, ``tfn``), which stays a national identifier.
"""

from __future__ import annotations

import re

from stdnum.us import ssn as us_ssn

from . import ids
from . import vocabulary as voc

__all__ = ["ssn_under_tax_key"]

#: Key words (the last segment's, joined) naming a taxpayer's id of no one country.
_TAX_KEYS = voc.words("taxid tin taxpayerid taxpayer taxnumber taxidnumber taxpayernumber")
_SSN_LAYOUT = re.compile(r"\d{9}|\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}")


def ssn_under_tax_key(key: str | None, value: str) -> bool:
    """Whether ``value`` under ``key`` is a US SSN given as a taxpayer's id."""
    if not key:
        return False
    stripped = value.strip()
    if _SSN_LAYOUT.fullmatch(stripped) is None:
        return False
    last = key.rsplit(".", 1)[-1]
    if "".join(voc.key_tokens(last)) not in _TAX_KEYS or ids.names_id(last):
        return False
    return bool(us_ssn.is_valid(stripped))
