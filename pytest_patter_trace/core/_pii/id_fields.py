"""Identifier fields of a JSON object, read by their name or by the object's document.

A tool that checks an identity returns the number under a field naming it
(``"national_id"``, ``"id_number"``), or under a bare ``"number"`` beside a field saying
which document it is (``"document": "cnic"``, ``"id_type": ...``): that number is then an
identity document's, as under ``kyc.document.number``.

A document's own field codes name its holder's details there too: a driving licence's
AAMVA element ids (``DCS`` family name, ``DAC`` first name, ``DBB`` birth date, ``DAG``
street) and the short forms a reader returns (``FN``, ``LN``, ``DOB``, ``ADDR``).
"""

from __future__ import annotations

import re

from . import vocabulary as voc

__all__ = ["document_field", "document_object", "field_key"]

#: A field saying which identity document an object holds.
_DOCUMENT_FIELD = re.compile(
    r'"(?:document|document_?type|documentType|doc_?type|docType|id_?type|idType|id_kind)"\s*:'
)
_NUMBER_WORDS = frozenset(("number", "numero", "no", "nr", "num", "value"))
#: A document's field codes (AAMVA DL/ID element ids, a reader's short forms), as the
#: key their value is read under. Codes only in capitals: ``fn`` is a function elsewhere.
_FIELD_CODES = {
    "DCS": "family_name", "DAB": "family_name", "DAC": "first_name", "DCT": "first_name",
    "DAD": "middle_name", "DAA": "full_name", "DBB": "date_of_birth",
    "DAG": "street_address", "DAH": "street_address", "DAK": "postal_code",
    "FN": "first_name", "GN": "first_name", "LN": "last_name", "SN": "surname",
    "MN": "middle_name", "NAME": "full_name", "ADDR": "address", "DOB": "date_of_birth",
}  # fmt: skip


def document_object(text: str) -> bool:
    """Whether a JSON text has a field saying which identity document it holds."""
    if '"doc' not in text and '"id_' not in text and '"idT' not in text:
        return False  # the cheap test first: most JSON names no document
    return _DOCUMENT_FIELD.search(text) is not None


def field_key(field: str) -> str:
    """The key a field's value is read under, in an object naming its document.

    A bare number there is that document's number (``document.number``); any other
    field is its own key.
    """
    if "".join(voc.key_tokens(field)) in _NUMBER_WORDS:
        return f"document.{field}"
    return field


def document_field(field: str) -> str:
    """The key a field of an identity document's object is read under (``DCS``: a name)."""
    return _FIELD_CODES.get(field, field)
