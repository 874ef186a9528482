"""PII detection and masking (interim: only the redaction entry point)."""

from __future__ import annotations

__all__ = ["redact"]


def redact(key: str, value: object) -> object:
    """Return ``value`` masked if it looks like PII, else unchanged."""
    return value
