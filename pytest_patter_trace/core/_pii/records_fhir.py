"""People in HL7 FHIR resources (JSON), read by the standard's element names.

A clinic's tool returns ``Patient``, ``Practitioner`` and ``RelatedPerson`` resources whose
``name`` (``family``, ``given``, ``text``), ``birthDate``, ``telecom`` and ``address`` are
a person's by the standard, with nothing in prose to say so; and clinical resources
(``Observation``, ``Condition``, ``MedicationRequest``, ``Appointment``...) whose
``subject`` or ``participant`` reference shows a person's name next to a diagnosis or a
medication: a name and a disclosure. The ``name`` of an ``Organization``, a ``Location``
or a ``HealthcareService`` is a business's, and so is a typed record's whose type says so
(Salesforce's ``attributes.type``, schema.org's ``@type``): :func:`find_fhir` returns those
spans so that no other reader calls them a person's.

Hand-written: the FHIR libraries on the package index (``fhir.resources``) validate and
build resources; none says which elements hold personal data or where they sit in the text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from .hit import Hit, placeholder
from .mask import MASKERS

__all__ = ["fhir_hint", "find_fhir"]

#: Past this size a value is a bulk export, not one tool result: not parsed whole.
_MAX_TEXT = 262_144
#: Resources that are a person: their name, birth date, telecom and address are personal.
_PEOPLE = frozenset(("Patient", "Practitioner", "RelatedPerson", "Person"))
#: Record types of a business, a place or a thing: their ``name`` names no one.
_BUSINESS = frozenset((
    "Organization", "Location", "HealthcareService", "Endpoint", "Device", "Medication",
    "Substance", "InsurancePlan", "Group", "Account", "Product", "Product2", "Pricebook2",
    "Campaign", "Opportunity", "Case", "Organisation", "LocalBusiness", "Place", "Corporation",
    "MedicalOrganization", "Hospital", "Store", "Brand", "Service", "Offer",
))  # fmt: skip
#: Reference kinds that point at a person (``Patient/123``); any other points at a thing.
_PERSON_REFS = ("Patient/", "Practitioner/", "RelatedPerson/", "Person/")
#: Elements holding a reference to the person a clinical record is about.
_SUBJECT_KEYS = frozenset(("subject", "patient", "beneficiary"))
#: Elements holding a reference to a person taking part (the clinician, the author...).
_ACTOR_KEYS = frozenset((
    "actor", "performer", "requester", "recorder", "asserter", "author", "individual",
    "practitioner", "attender", "informant", "sender", "recipient", "enterer", "source",
    "owner", "for", "requestor",
))  # fmt: skip
#: Elements of a clinical resource saying what it is about: a diagnosis, a treatment.
_CLINICAL_KEYS = frozenset((
    "code", "medicationCodeableConcept", "medication", "serviceType", "reasonCode", "reason",
    "valueCodeableConcept", "specialty", "procedureCode", "bodySite", "diagnosis",
))  # fmt: skip
#: Resources that are no clinical statement: their ``code`` is a workflow's.
_NOT_CLINICAL = _PEOPLE | _BUSINESS | frozenset(
    ("Bundle", "Slot", "Schedule", "PractitionerRole", "Task", "Questionnaire", "ValueSet",
     "CodeSystem", "OperationOutcome", "Parameters", "CapabilityStatement")
)  # fmt: skip
_TELECOM_KINDS = {"phone": "phone", "sms": "phone", "fax": "phone", "email": "email"}


def fhir_hint(text: str) -> bool:
    """Whether a JSON text may hold a typed record this module reads (a cheap gate)."""
    return (
        'resourceType\\"' in text
        or '"resourceType"' in text
        or '"@type"' in text
        or ('"attributes"' in text)
    )


class _Reader:
    """Walks one parsed record, adding hits located in its text."""

    __slots__ = ("business", "hits", "text")

    def __init__(self, text: str, hits: list[Hit]) -> None:
        self.text = text
        self.hits = hits
        self.business: list[tuple[int, int]] = []

    def locate(self, value: str) -> tuple[int, int] | None:
        """Where a string value sits in the text, inside its quotes."""
        for encoded in (json.dumps(value, ensure_ascii=False), json.dumps(value)):
            at = self.text.find(encoded)
            if at >= 0:
                return at + 1, at + len(encoded) - 1
        at = self.text.find(value)  # a record quoted inside a string: its quotes escaped
        return (at, at + len(value)) if at >= 0 else None

    def add(self, kind: str, value: object) -> None:
        if not isinstance(value, str) or not value.strip() or placeholder(value):
            return
        where = self.locate(value)
        if where is not None:
            self.hits.append(Hit(kind, where[0], where[1], MASKERS[kind](value)))

    def walk(self, node: object) -> None:
        if isinstance(node, str) and node[:1] == "{" and '"resourceType"' in node:
            try:  # a resource quoted as a string (a tool message's content)
                node = json.loads(node)
            except ValueError:  # RecursionError: caught by find_fhir
                return
        if isinstance(node, list):
            for item in node:
                self.walk(item)
            return
        if not isinstance(node, dict):
            return
        kind = _record_type(node)
        if kind in _PEOPLE:
            self.person(node)
        elif kind in _BUSINESS:
            names = [v for k, v in node.items() if k.lower() == "name"]  # Salesforce's "Name"
            for name in _strings(names[0] if names else None):
                where = self.locate(name)
                if where is not None:
                    self.business.append(where)
        elif kind is not None and kind != "PractitionerRole":  # a role's code ties no one
            self.clinical(node, codes=kind not in _NOT_CLINICAL)
        for key, value in node.items():
            if key not in ("name", "subject", "patient", "participant", "attributes"):
                self.walk(value)  # a Bundle's entries, contained resources

    def person(self, node: dict[str, object]) -> None:
        self.details(node)
        for contact in _dicts(node.get("contact")):  # a patient's emergency contact
            self.details(contact)

    def details(self, node: dict[str, object]) -> None:
        """A person's name, birth date, telecom and address, by FHIR's element names."""
        for human in _dicts(node.get("name")):
            self.add("name", human.get("text"))
            self.add("name", human.get("family"))
            for given in _strings(human.get("given")):
                self.add("name", given)
        for name in _strings(node.get("name")):  # a name written as one string
            self.add("name", name)
        self.add("dob", node.get("birthDate"))
        for telecom in _dicts(node.get("telecom")):
            kind = _TELECOM_KINDS.get(str(telecom.get("system")))
            if kind is not None:
                self.add(kind, telecom.get("value"))
        for address in _dicts(node.get("address")):
            if address.get("line") or address.get("text"):
                self.add("address", address.get("text"))
                for line in _strings(address.get("line")):
                    self.add("address", line)

    def clinical(self, node: dict[str, object], *, codes: bool) -> None:
        """The people a resource references; with ``codes``, what it says about its subject.

        ``codes``: the resource is a clinical statement (not a role, a slot, a task).
        """
        named = False
        for key, ref in _references(node):
            display = ref.get("display")
            target = str(ref.get("reference", ""))
            if not isinstance(display, str) or (target and not target.startswith(_PERSON_REFS)):
                continue
            if not _looks_like_a_name(display):
                continue
            self.add("name", display)
            # The record is about them: its subject, or an appointment's non-staff actor.
            staff = target.startswith(("Practitioner/", "PractitionerRole/"))
            named = named or key in _SUBJECT_KEYS or (key == "actor" and not staff)
        if not named or not codes:
            return
        for key in _CLINICAL_KEYS:
            for concept in _dicts(node.get(key)):
                self.add("sensitive", concept.get("text") or concept.get("display"))
                for coding in _dicts(concept.get("coding")):
                    self.add("sensitive", coding.get("display"))
                for inner in _dicts(concept.get("concept")):  # R5's CodeableReference
                    self.add("sensitive", inner.get("text"))


def _record_type(node: dict[str, object]) -> str | None:
    kind = node.get("resourceType") or node.get("@type")
    attributes = node.get("attributes")
    if kind is None and isinstance(attributes, dict):
        kind = attributes.get("type")
    return kind if isinstance(kind, str) else None


def _dicts(value: object) -> Iterator[dict[str, object]]:
    if isinstance(value, dict):
        yield value
    elif isinstance(value, list):
        yield from (v for v in value if isinstance(v, dict))


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        yield from (v for v in value if isinstance(v, str))


def _references(node: dict[str, object]) -> Iterator[tuple[str, dict[str, object]]]:
    """The references of a clinical resource to people, with the element holding each."""
    for key in _SUBJECT_KEYS | _ACTOR_KEYS:
        for ref in _dicts(node.get(key)):
            yield key, ref
    for participant in _dicts(node.get("participant")):
        for key in ("actor", "individual"):
            for ref in _dicts(participant.get(key)):
                yield key, ref


def _looks_like_a_name(text: str) -> bool:
    """A display of two to six words, not a code: "Ana Ruiz", "RUIZ, Ana", "佐藤 和也"."""
    words = text.replace(",", " ").split()
    if not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in text):
        return False
    return all(
        w[0].isupper() or not w[0].isascii() or w in ("van", "de", "da", "von") for w in words
    )


def find_fhir(text: str, hits: list[Hit]) -> list[tuple[int, int]]:
    """Add the personal data of the typed records in a JSON text.

    Returns where the names of businesses sit (an ``Organization``'s ``name``), which no
    other reader may call a person's. A text that is not JSON adds nothing.
    """
    stripped = text.strip()
    if len(stripped) > _MAX_TEXT or stripped[:1] not in ("{", "["):
        return []
    reader = _Reader(text, hits)
    try:
        reader.walk(json.loads(stripped))
    except (ValueError, RecursionError):  # not JSON, or nested past what a record is
        return []
    return reader.business
