"""The kinds of personal data the detector reports."""

from __future__ import annotations

__all__ = ["ALLOWED_CONTENT_KINDS", "CONTENT_KINDS", "KINDS"]

#: Every kind the detector reports, in report order.
KINDS: tuple[str, ...] = (
    "phone",
    "email",
    "card",
    "ssn",
    "iban",
    "ip",
    "secret",
    "dob",
    "address",
    "free_text",
    "name",
    "tool_payload",
    "national_id",
    "bank_account",
    "sensitive",
)
#: The kinds that are conversation content, not personal data: findings only where
#: content is forbidden (Patter's promise), clean where it is allowed.
CONTENT_KINDS: frozenset[str] = frozenset(("free_text", "tool_payload"))
#: Kinds reported only where content is allowed: inside forbidden content the whole
#: value is already a finding.
ALLOWED_CONTENT_KINDS: frozenset[str] = frozenset(("sensitive",))
