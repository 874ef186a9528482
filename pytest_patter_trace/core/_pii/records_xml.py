"""Fields of XML and SOAP bodies, keyed by their element names.

A SOAP service or an older CRM answers in XML (``<Customer><FullName>...``): an element's
name keys its text as an attribute key keys its value. :func:`xml_fields` yields each
leaf element's text with its local name (the namespace prefix dropped) and its parent's,
each attribute's value with its name and its element's,
and the ``value`` attributes of FHIR's XML form (``<family value="..."/>``) under a
person resource, keyed as the FHIR element says.

Hand-written, and no parser: the text is only tokenised for tags, so no entity is ever
expanded and no DTD is read (a body with a ``DOCTYPE`` or an ``ENTITY`` is refused, as
defusedxml would); :mod:`xml.etree` gives no offsets to locate a finding.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import unescape

__all__ = ["xml_fields", "xml_hint"]

#: Past this size a value is a bulk export, not one body: only its first part is read.
_MAX_TEXT = 65_536
_TAG = re.compile(r"<(/?)(?:[\w.\-]+:)?([\w.\-]+)((?:\s[^<>]*?)?)(/?)>")
_VALUE_ATTR = re.compile(r'\svalue="([^"<>]*)"')
#: An attribute and its quoted value (``firstName="..."``), its prefix dropped.
_ATTRIBUTE = re.compile(r"""\s(?:[\w.\-]+:)?([\w.\-]+)\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')""")
_FHIR_PEOPLE = frozenset(("Patient", "Practitioner", "RelatedPerson", "Person"))
#: FHIR's XML elements of a HumanName and a person, as the keys the scanner reads.
_FHIR_KEYS = {"family": "family_name", "given": "given_name", "birthDate": "birthDate",
              "postalCode": "postcode"}  # fmt: skip


def xml_hint(stripped: str) -> bool:
    """Whether a value may be an XML body (a cheap gate: a tag first, a closing tag in it)."""
    return stripped[:1] == "<" and ("</" in stripped or "/>" in stripped)


def xml_fields(text: str) -> list[tuple[str, str, str, int, int]]:
    """Leaf elements of an XML body: ``(name, parent, text, start, end)``, unescaped text."""
    head = text[:_MAX_TEXT]
    if "<!DOCTYPE" in head.upper() or "<!ENTITY" in head.upper():
        return []  # a DTD may define entities: the body is not read at all
    fhir = "hl7.org/fhir" in head
    out: list[tuple[str, str, str, int, int]] = []
    stack: list[str] = []
    opened: tuple[str, int] | None = None  # the last open tag, while it has no child
    for m in _TAG.finditer(head):
        closing, name, attrs, empty = m.groups()
        if closing:
            if opened is not None and opened[0] == name:
                raw = head[opened[1] : m.start()]
                value = unescape(raw).strip()
                parent = stack[-2] if len(stack) > 1 else ""
                if value:
                    out.append((name, parent, value, opened[1], m.start()))
            opened = None
            if stack and stack[-1] == name:
                stack.pop()
        elif empty:
            opened = None
            out += _attributes(name, attrs, m.start(3))
            value_attr = _VALUE_ATTR.search(attrs) if fhir else None
            if value_attr is not None and stack and stack[0] in _FHIR_PEOPLE:
                key = _FHIR_KEYS.get(name, name)
                if name == "text" and stack[-1] == "name":
                    key = "full_name"
                at = m.start(3) + value_attr.start(1)
                out.append((key, stack[-1], value_attr.group(1), at, at + len(value_attr.group(1))))
        elif not name.startswith(("?", "!")):
            out += _attributes(name, attrs, m.start(3))
            stack.append(name)
            opened = (name, m.end())
    return out


def _attributes(element: str, attrs: str, offset: int) -> list[tuple[str, str, str, int, int]]:
    """An element's attributes as fields (``<Member firstName="..."/>``), namespaces left out."""
    out: list[tuple[str, str, str, int, int]] = []
    if "=" not in attrs:
        return out
    for m in _ATTRIBUTE.finditer(attrs):
        group = 2 if m.group(2) is not None else 3
        value = unescape(m.group(group)).strip()
        if value and m.group(1) not in ("xmlns", "value", "id", "type", "version"):
            start = offset + m.start(group)
            out.append((m.group(1), element, value, start, offset + m.end(group)))
    return out
