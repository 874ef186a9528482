r"""A business's own contact lines in a letterhead, a footer or a bill's heading.

A letter's or a bill's heading gives the business's name, its office and its lines:
"Customer service 1-800-...", "Kundenservice: 0800 ...", "Tel. 0800 ...", "Fax ...". A
number after a service line's words (customer service, hotline, Kundenservice, service
client, atención al cliente...) is the business's. After a bare telephone label ("Tel.",
"Fax", "Phone") it is the business's only when its number type is one no person is
reached on: toll-free, premium-rate, shared-cost or a universal access number, as
``phonenumbers`` knows each plan's ranges. A person's own line after "Tel." stays a
finding.

OCR text quoted in a tool's JSON keeps its line breaks escaped (``\\n``): the label
after one is read as the start of its line.

Kept by hand: the service lines' words, a short list per language.
"""

from __future__ import annotations

import re
from typing import Any

from .hints import holds_any

__all__ = ["may_hold", "own_line"]

#: Words a service line's or a telephone label's text holds (case as written): the gate.
_HINTS = ("ervice", "ervicio", "ervizio", "erviço", "otline", "elpline", "undendienst",
          "undenservice", "lantenservice", "ustomer", "Tel", "tel", "TEL", "Tél", "tél",
          "Fax", "fax", "FAX", "hone", "PHONE", "Telf", "elefon", "eléfono", "elefono",
          "elefone", "Freephone", "reephone", "oll-free", "oll free", "uméro vert",
          "ínea gratuita", "inea gratuita", "tención al cliente")  # fmt: skip
#: A service line's words right before its number, in several languages.
_SERVICE = re.compile(
    r"(?i)(?:^|(?<=\\[nrt])|\b)(?:customer (?:service|care|support|line)|hotline|helpline"
    r"|service line|support line|freephone|toll[- ]free|kundenservice|kundendienst"
    r"|service[- ]hotline|service client(?:s|èle)?|num[ée]ro vert|servicio al cliente"
    r"|atenci[óo]n al cliente|l[íi]nea gratuita|servizio clienti|numero verde"
    r"|klantenservice|atendimento ao cliente|servi[çc]o ao cliente|linha gratuita"
    r"|kundeservice|kundservice|asiakaspalvelu|obs[łl]uga klienta)"
    r"\b[^\d\n\\]{0,15}$"
)
#: A bare telephone or fax label right before its number, opening a line or a part of
#: one ("· Tel. ...", "| Fax ..."): in a sentence ("my telefon ...") it is no label.
_TELEPHONE = re.compile(
    r"(?i)(?:^|(?<=\\[nrt])|(?<=[\n·|•,;/)\]])|(?<=[\n·|•,;/)\]][ \t])|(?<=\s\s))"
    r"(?:tel|t[ée]l|telf|tfno|telephone|t[ée]l[ée]phone|phone|ph|telefon|tel[ée]fono|telefone|fax|telefax|t[ée]l[ée]copie)\b"
    r"\.?(?:[ \t]*\([^()\d\n]{1,20}\))?[ \t]*[.:]?[ \t]*$"
)
#: Regions tried for a number written without its country code, most written first.
_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "IE", "PT", "AU",
            "CA", "BR", "MX", "IN", "ZA", "SE", "NO", "DK", "FI", "PL", "JP")  # fmt: skip
#: How far before a number its label is read.
_WINDOW = 40


def may_hold(text: str) -> bool:
    """Whether ``text`` holds a service line's or a telephone label's words at all."""
    return holds_any(text, _HINTS)


def _business_type(number: str, pn: Any) -> bool:
    """Whether ``number`` is toll-free, premium-rate, shared-cost or a UAN.

    Written without its country code, it is when the first plan of :data:`_REGIONS` where
    it is valid says so (the plans most written first), or most plans where it is valid.
    """
    kind = pn.PhoneNumberType
    types = (kind.TOLL_FREE, kind.PREMIUM_RATE, kind.SHARED_COST, kind.UAN)
    regions = (None,) if number.lstrip().startswith("+") else _REGIONS
    votes: list[bool] = []
    for region in regions:
        try:
            parsed = pn.parse(number, region)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(parsed):
            votes.append(pn.number_type(parsed) in types)
    return bool(votes) and (votes[0] or 2 * sum(votes) > len(votes))


def _phonenumbers() -> Any:
    """``phonenumbers`` once imported, or None (then only a service line's words count)."""
    try:
        import phonenumbers
    except ImportError:
        return None
    return phonenumbers


def own_line(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is a business's own contact line.

    Args:
        text: the text the number is in (ASCII digits).
        start: where the number starts.
        end: where it ends.
    """
    lo = max(0, start - _WINDOW)  # searched in place: "^" is a line's start, not the cut's
    if _SERVICE.search(text, lo, start) is not None:
        return True
    pn = _phonenumbers()
    if pn is None or _TELEPHONE.search(text, lo, start) is None:
        return False
    return _business_type(text[start:end], pn)
