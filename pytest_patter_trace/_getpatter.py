"""Turning getpatter's tracing on for one test, and back off.

getpatter 0.7.0 emits spans only when ``PATTER_OTEL_ENABLED`` is set *and* its module
global ``getpatter.observability.tracing._tracer`` is set, which only ``init_tracing``
does publicly; but ``init_tracing`` claims the global provider (set-once) and wires an
OTLP exporter to the network. No public path gives "emit into the provider the test
uses, nowhere else", so this module sets the private state directly and restores it.
A future getpatter release changes this file only.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from typing import Any

from ._follow import GlobalTracer

__all__ = ["ENV_FLAG", "enable_tracing"]

#: The documented switch for Patter's tracing.
ENV_FLAG = "PATTER_OTEL_ENABLED"
_TRACER_NAME = "patter"


def installed() -> bool:
    """True when getpatter can be imported (without importing it)."""
    return importlib.util.find_spec("getpatter") is not None


def enable_tracing() -> Callable[[], None]:
    """Turn getpatter tracing on into the global provider; returns the undo.

    Sets the documented ``PATTER_OTEL_ENABLED`` flag and, unless getpatter was already
    initialised by the code under test, its tracer. Marking it initialised makes a later
    ``init_tracing(...)`` call inside the test a no-op that returns True: no OTLP
    exporter is built, so nothing reaches the network and nothing waits in a batch queue.
    """
    old_flag = os.environ.get(ENV_FLAG)
    os.environ[ENV_FLAG] = "1"
    restore_state: Callable[[], None] = _noop
    if installed():
        from getpatter.observability import tracing

        state: tuple[Any, Any, Any] = (tracing._tracer, tracing._provider, tracing._initialized)
        if tracing._tracer is None:
            # getpatter's spans go where the test's global provider is, as after
            # init_tracing (which reads the global provider).
            tracing._tracer = GlobalTracer(_TRACER_NAME)
            tracing._initialized = True

            def restore_state() -> None:
                tracing._tracer, tracing._provider, tracing._initialized = state

    def undo() -> None:
        restore_state()
        if old_flag is None:
            os.environ.pop(ENV_FLAG, None)
        else:
            os.environ[ENV_FLAG] = old_flag

    return undo


def _noop() -> None:
    return None
