"""Fixtures shared by the core tests."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from pytest_patter_trace.core._pii import names


@pytest.fixture
def lexicon_hidden(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The scan as it runs where faker (the ``names`` extra) is not installed."""
    for module in ("faker", "faker.providers", "faker.providers.person",
                   "faker.providers.lorem", "faker.providers.address"):  # fmt: skip
        monkeypatch.setitem(sys.modules, module, None)
    names.lexicon.cache_clear()
    yield
    names.lexicon.cache_clear()  # the next test reads the lists again if it has them
