"""Structured records of other systems, each read by its own schema.

A voice agent's tools return the records of a clinic, a CRM or a SOAP service whole:
FHIR resources (:mod:`.records_fhir`), HL7 v2 messages (:mod:`.records_hl7`), CSV and TSV
tables (:mod:`.records_tabular`), XML bodies (:mod:`.records_xml`), form bodies
(:mod:`.encoded_bodies`) and Lex slots (:mod:`.stack_params`). Each reader is gated by a
cheap test of its shape; the keyed readers hand each field to the scanner's own judgement
of a keyed value (``judge``), so a column named ``phone`` is read as the attribute
``phone`` is.
"""

from __future__ import annotations

from collections.abc import Callable

from . import (
    encoded_bodies,
    name_records,
    records_fhir,
    records_hl7,
    records_tabular,
    records_xml,
    serialized,
    stack_params,
)
from .hit import Hit

__all__ = ["Judge", "find_in_records", "find_in_rendered"]

#: Field names that name anything: a person's only beside a person's other details.
_BARE_NAMES = frozenset(("name", "names", "displayname", "display_name", "label", "title"))
#: Judges one field of a record: ``(field name, value, start, end, hits)``.
Judge = Callable[[str, str, int, int, list[Hit]], None]


def find_in_records(
    text: str, stripped: str, hits: list[Hit], judge: Judge, keyed: Callable[[str], bool]
) -> None:
    """Add the personal data of the structured records in a value.

    ``keyed``: whether a field's name names a personal field (a table's header is read
    only when one does). A name other readers found where a typed record names a
    business (an ``Organization``'s ``name``) is dropped.
    """
    first = stripped[0]
    if first in "{[":  # JSON: a typed record, or nothing of the other shapes
        if '":' in text and records_fhir.fhir_hint(text):
            business = records_fhir.find_fhir(text, hits)
            if business:
                hits[:] = [h for h in hits if h.kind != "name" or not _inside(h, business)]
        stack_params.drop_business_cnam(text, hits)  # a lookup typing its name a business's
        return
    if first == "<":
        if records_xml.xml_hint(stripped):
            for name, parent, value, start, end in records_xml.xml_fields(text):
                bare = name.casefold() in _BARE_NAMES  # a clinic's or a room's name too
                if not name_records.thing_key(parent) and (
                    not bare or name_records.person_key(parent)
                ):
                    judge(name, value, start, end, hits)
        return
    if "|" in text and records_hl7.hl7_hint(text):
        records_hl7.find_hl7(text, hits)
    elif "\n" in text and records_tabular.table_hint(text):
        for field in _of_people(records_tabular.table_fields(text, keyed), keyed):
            judge(*field, hits)
    if "=" in text and "&" in text:
        for field in _of_people(encoded_bodies.form_fields(text), keyed):
            judge(*field, hits)


def find_in_rendered(
    text: str, hits: list[Hit], judge: Judge, keyed: Callable[[str], bool]
) -> None:
    """Add the personal fields of a record a program printed (a repr, YAML, logfmt ...).

    The fields of :func:`.serialized.rendered_pairs`, judged as a record's fields are.
    """
    fields = serialized.rendered_pairs(text)
    if fields:
        for field in _of_people(fields, keyed):
            judge(*field, hits)


def _of_people(
    fields: list[tuple[str, str, int, int]], keyed: Callable[[str], bool]
) -> list[tuple[str, str, int, int]]:
    """A record's fields, its bare ``name`` only beside another personal field.

    ``name,colour`` lists things; ``name,phone`` lists people.
    """
    if not any(f[0].casefold() in _BARE_NAMES for f in fields):
        return fields
    if any(keyed(f[0]) and f[0].casefold() not in _BARE_NAMES for f in fields):
        return fields
    return [f for f in fields if f[0].casefold() not in _BARE_NAMES]


def _inside(hit: Hit, spans: list[tuple[int, int]]) -> bool:
    return any(s <= hit.start < e for s, e in spans)
