"""Addresses held as JSON objects: a person's split into fields, a business's nested.

A tool's arguments often hold an address as an object of its parts under a shipping or
address key (``"ship_to": {"line1": ..., "city": ..., "cep": ...}``): no one part reads
as an address, the object does. And a business's own address nested under its object
(``"store": {"address": ...}``) is published, whatever its inner key says: the key one
level up is the one :func:`.attribute_keys.key_flags` never sees. Kept by hand: this is the
shape of JSON keys, which no library reads for whose address it is.
"""

from __future__ import annotations

import re

from . import vocabulary as voc
from .hit import Hit
from .mask import MASKERS
from .places import ORG_ADDRESS_TOKENS, business_key

__all__ = ["drop_business_addresses", "find_address_objects"]

#: A key opening an object with no object inside it, and the object's text.
_OBJECT = re.compile(r'"([^"\\\n]{1,48})"\s*:\s*\{([^{}]{8,800})\}')
_FIELD = re.compile(r'"([^"\\\n]{1,48})"\s*:\s*"((?:[^"\\\n]|\\.)*)"')
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SPLIT = re.compile(r"[\W_]+")
#: Keys naming where a person's address goes, beyond the address words of vocabulary.
_PERSONAL_PLACE = voc.words(
    """shipto deliverto billto shipping delivery billing destination recipient home
    dropoff pickup mailing residence domicilio entrega envio envío lieferung"""
)
#: Fields holding a street line.
_STREET_FIELDS = voc.words(
    """line1 addressline1 address1 street street1 streetaddress streetline strasse straße
    calle rua logradouro via rue direccion dirección endereco endereço katu gata ulica"""
)
#: Fields holding the town, district or postcode.
_PLACE_FIELDS = voc.words(
    """city town ciudad cidade ort stadt localidad municipio ville citta città kaupunki zip
    zipcode postcode postalcode plz cep cp codigopostal codpostal bairro colonia district
    barrio postnummer"""
)


def _words(key: str) -> list[str]:
    return [w for w in _SPLIT.split(_CAMEL.sub("_", key).lower()) if w]


def _address_key(words: list[str]) -> bool:
    joined = "".join(words)
    if joined in _PERSONAL_PLACE or not _PERSONAL_PLACE.isdisjoint(words):
        return True
    if joined in voc.ADDRESS_KEYS:
        return True
    return any(joined.endswith(suffix) for suffix in voc.ADDRESS_KEY_SUFFIXES)


def find_address_objects(text: str, hits: list[Hit]) -> None:
    """Add the objects of street and town fields under a person's address key."""
    for m in _OBJECT.finditer(text):
        words = _words(m.group(1))
        if not _address_key(words) or business_key(words):
            continue
        street = place = False
        for f in _FIELD.finditer(m.group(2)):
            field = "".join(_words(f.group(1)))
            if not f.group(2).strip():
                continue
            street = street or field in _STREET_FIELDS
            place = place or field in _PLACE_FIELDS
        if street and place:
            start, end = m.span(2)
            hits.append(Hit("address", start, end, MASKERS["address"](text[start:end])))


#: A key opening an object: the object of a business is found by its key's words.
_OPENS = re.compile(r'"([^"\\\n]{1,48})"\s*:\s*\{')


def drop_business_addresses(text: str, hits: list[Hit]) -> None:
    """Drop the addresses inside an object under a business's key (``"store": {...}``)."""
    spans: list[tuple[int, int]] = []
    for m in _OPENS.finditer(text):
        words = _words(m.group(1))
        if ORG_ADDRESS_TOKENS.isdisjoint(words) or not business_key(words):
            continue
        depth, end = 0, len(text)
        for i in range(m.end() - 1, min(len(text), m.end() + 2000)):
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            if depth == 0:
                end = i + 1
                break
        spans.append((m.end() - 1, end))
    if spans:
        hits[:] = [
            h
            for h in hits
            if h.kind != "address" or not any(s <= h.start and h.end <= e for s, e in spans)
        ]
