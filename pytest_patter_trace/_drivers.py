"""What the framework drivers share: keeping a framework's own logging out of reports."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["quiet_framework"]

# Loggers that warn about every placeholder value a framework sets on a span.
_NOISY = ("opentelemetry.attributes", "opentelemetry.sdk.trace", "livekit", "livekit.agents")


@contextmanager
def quiet_framework(package: str) -> Iterator[None]:
    """Silence ``package``'s loguru logging and the noisy std loggers; restore after.

    Pipecat logs through loguru to stderr: a report would drown in it. Only levels and
    loguru's per-package switch change, and both are put back.
    """
    levels = {name: logging.getLogger(name).level for name in _NOISY}
    for name in _NOISY:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    loguru: Any = None
    try:
        from loguru import logger

        loguru = logger
    except ImportError:
        pass
    if loguru is not None:
        loguru.disable(package)
    try:
        yield
    finally:
        if loguru is not None:
            loguru.enable(package)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
