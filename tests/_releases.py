"""Which getpatter release the tests run against, and a mark for release-specific tests.

The CI runs the real-trace tests next to several getpatter releases; tests whose
expectations were recorded on one release (exact trees, golden reports, snapshots) skip
with a reason elsewhere, the rest run everywhere.
"""

from __future__ import annotations

import importlib.metadata

import pytest


def installed_getpatter() -> str | None:
    """The installed getpatter version, or None."""
    try:
        return importlib.metadata.version("getpatter")
    except importlib.metadata.PackageNotFoundError:
        return None


INSTALLED = installed_getpatter()

#: Expectations recorded on getpatter 0.7.0 (trees, golden report, snapshots).
recorded_on_070 = pytest.mark.skipif(
    INSTALLED != "0.7.0",
    reason=f"expectations recorded on getpatter 0.7.0; installed: {INSTALLED or 'none'}",
)
