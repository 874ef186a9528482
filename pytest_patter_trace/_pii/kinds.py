"""The kinds of personal data the detector reports."""

from __future__ import annotations

__all__ = ["KINDS"]

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
)
