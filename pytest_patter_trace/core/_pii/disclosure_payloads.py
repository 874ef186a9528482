"""The fields of a claim or an application that carry a disclosure.

An insurance claim's injury (``"injury": "whiplash"``, ``"lesiones"``) tells a person's
health as a diagnosis field does: its key names a sensitive field (read with the other
key vocabularies in disclosure.py). A loan or tenancy application's debts and arrears
are often figures (``"existing_debt": 8250``): a figure under such a key tells money
trouble as a sentence would, where the key's other fields (a claim's vehicle damage, its
policy number, an income) tell nothing of the kind. An application's circumstances
(its employment status, its benefits) hold one when a term is in them.
"""

from __future__ import annotations

import re

from . import vocabulary as voc
from .hints import holds_any
from .hit import Hit
from .mask import mask_free_text

__all__ = ["KEYS", "NOTE_KEYS", "find_amounts"]

#: Last key words naming an injury or a stay in hospital, in a claim or a report.
KEYS = voc.words(
    """injury injuries bodilyinjury bodilyinjuries injurydescription injurydetails
    injurytype natureofinjury injuriessustained personalinjury hospitalization
    hospitalisation lesion lesions lesiones lesión lesão lesões verletzung
    verletzungen blessure blessures"""
)
#: Last key words of an application's circumstances: a term in the value is about the
#: applicant (``"employment_status": "unemployed"``, ``"benefits": "universal credit"``),
#: where other values are not (``"full-time"``, ``"free parking"``).
NOTE_KEYS = voc.words(
    """benefits benefitsreceived statebenefits welfarebenefits incomesource sourceofincome
    employmentstatus workstatus hardshipreason hardshipdetails circumstances
    personalcircumstances vulnerabilitynotes situacionlaboral situaçãoprofissional"""
)
#: Key words of money trouble whose value may be a figure, in more languages than the
#: string fields' own (vocabulary.SENSITIVE_KEY_TOKENS).
_AMOUNT_TOKENS = voc.SENSITIVE_KEY_TOKENS | voc.words(
    "deuda deudas schulden dette dettes divida dívida dívidas rückstand rückstände"
)
#: What a JSON text with such a key holds: a cheap test in front of the search.
_HINTS = ("debt", "Debt", "DEBT", "arrears", "Arrears", "bankrupt", "insolven", "garnish",
          "deud", "chulden", "dette", "ívida", "ivida", "ückst")  # fmt: skip
#: A JSON field whose value is a figure.
_NUMBER_FIELD = re.compile(r'"([^"\\\n]{1,64})"\s*:\s*(-?\d[\d.,]*)')


def find_amounts(text: str, hits: list[Hit]) -> None:
    """Add the figures of a JSON text's debt or arrears fields (none for a zero)."""
    if not holds_any(text, _HINTS):
        return
    for m in _NUMBER_FIELD.finditer(text):
        if not _AMOUNT_TOKENS.intersection(voc.key_tokens(m.group(1))):
            continue
        figure = m.group(2)
        if not figure.strip("0.,-"):
            continue
        hits.append(Hit("sensitive", m.start(2), m.end(2), mask_free_text(figure)))
