"""Everything that knows getpatter's internals: its releases, its tracing switch, its call loop.

Which release is installed is read from the distribution's metadata, so nothing of
getpatter is imported before it is needed. The releases fall in families (see
``_FAMILIES``): the import package was ``patter`` before 0.5.0, the pipeline handler
moved in 0.6.0, and ``getpatter.evals.session`` (the SDK's own offline harness) ships
from 0.6.8. Driving a call lives in ``_getpatter_evals`` (0.6.8 on) and
``_getpatter_pipeline`` (older releases), which share the types of
``_getpatter_types`` with this module; nothing else in the package touches getpatter.

Tracing: every release with tracing (0.4.2 on) emits spans only when
``PATTER_OTEL_ENABLED`` is set *and* the module global ``observability.tracing._tracer``
is set, which only ``init_tracing`` does publicly; but ``init_tracing`` claims the global
provider (set-once) and wires an OTLP exporter to the network. No public path gives
"emit into the provider the test uses, nowhere else", so this module sets the private
state directly and restores it.
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import importlib.util
import os
import re
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any

from ..core.errors import SdkError, UnsupportedRelease
from ._follow import GlobalTracer
from ._getpatter_types import Call, Release, Turn

__all__ = [
    "DISTRIBUTION",
    "ENV_FLAG",
    "SUPPORTED_RANGE",
    "Call",
    "Release",
    "enable_tracing",
    "forget_attached",
    "installed",
    "open_call",
    "release",
]

#: The distribution users install (``pip install getpatter``).
DISTRIBUTION = "getpatter"
#: The documented switch for Patter's tracing.
ENV_FLAG = "PATTER_OTEL_ENABLED"
_TRACER_NAME = "patter"

#: The oldest release with OpenTelemetry tracing (``observability.tracing``).
_OLDEST = (0, 4, 2)
#: The releases the scenarios drive, as shown to users.
SUPPORTED_RANGE = ">=0.4.2"


def _numbers(version: str) -> tuple[int, ...]:
    # "0.6.1", "0.7.0rc1", "1.0.0.post2": the leading release numbers decide.
    match = re.match(r"\d+(?:\.\d+)*", version)
    if match is None:
        return ()
    return tuple(int(part) for part in match.group(0).split("."))


def _family(numbers: tuple[int, ...]) -> tuple[str, str, str]:
    # (package, family, handler module) per range of releases, newest first.
    if numbers >= (0, 6, 8):
        return "getpatter", "evals", "stream_handler"
    if numbers >= (0, 6, 0):
        return "getpatter", "pipeline", "stream_handler"
    if numbers >= (0, 5, 0):
        return "getpatter", "pipeline", "handlers.stream_handler"
    return "patter", "pipeline", "handlers.stream_handler"


@functools.lru_cache(maxsize=1)
def _installed_version() -> str | None:
    # Read once per process: a metadata lookup scans every sys.path entry, which costs
    # milliseconds per capturing test and fragments the heap over thousands of tests.
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return None


def installed() -> bool:
    """True when getpatter is installed and importable (without importing it)."""
    version = _installed_version()
    if version is None:
        return False
    package = _family(_numbers(version))[0]
    return importlib.util.find_spec(package) is not None


def release() -> Release:
    """The installed release, checked against the supported range.

    Raises:
        SdkError: getpatter is not installed, or its import package is missing.
        UnsupportedRelease: the release is older than the oldest with tracing.
    """
    version = _installed_version()
    if version is None:
        raise SdkError(f"getpatter is not installed: pip install 'getpatter{SUPPORTED_RANGE}'")
    numbers = _numbers(version)
    if not numbers or numbers < _OLDEST:
        raise UnsupportedRelease(version, SUPPORTED_RANGE)
    package, family, handler_module = _family(numbers)
    if importlib.util.find_spec(package) is None:
        raise SdkError(
            f"getpatter {version} is installed but its package {package!r} cannot be imported"
        )
    return Release(version, package, family, handler_module)


def _tracing_module() -> Any:
    # The tracing module of the installed release, or None when there is none to
    # switch (not installed, or a release before tracing).
    version = _installed_version()
    if version is None or _numbers(version) < _OLDEST:
        return None
    package = _family(_numbers(version))[0]
    if importlib.util.find_spec(package) is None:
        return None
    return importlib.import_module(f"{package}.observability.tracing")


def enable_tracing() -> Callable[[], None]:
    """Turn getpatter tracing on into the global provider; returns the undo.

    Sets the documented ``PATTER_OTEL_ENABLED`` flag and, unless getpatter was already
    initialised by the code under test, its tracer. Marking it initialised makes a later
    ``init_tracing(...)`` call inside the test a no-op that returns True: no OTLP
    exporter is built, so nothing reaches the network and nothing waits in a batch queue.
    Every release with tracing keeps the same three module globals.
    """
    old_flag = os.environ.get(ENV_FLAG)
    os.environ[ENV_FLAG] = "1"
    restore_state: Callable[[], None] = _noop
    tracing = _tracing_module()
    if tracing is not None:
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


def open_call(
    *,
    call_id: str,
    system_prompt: str,
    tools: Sequence[dict[str, Any]],
    script: Sequence[Turn],
) -> AbstractAsyncContextManager[Call]:
    """An offline call through the installed release's real pipeline.

    Fake STT/TTS/carrier and an LLM that answers ``script`` in order; ``tools`` are
    the agent's tool definitions (name, description, parameters, handler). Raises
    ``SdkError`` / ``UnsupportedRelease`` as ``release()`` does.
    """
    rel = release()
    if rel.family == "evals":
        from . import _getpatter_evals

        return _getpatter_evals.open_call(
            call_id=call_id, system_prompt=system_prompt, tools=tools, script=script
        )
    from . import _getpatter_pipeline

    return _getpatter_pipeline.open_call(
        rel, call_id=call_id, system_prompt=system_prompt, tools=tools, script=script
    )


def forget_attached(provider: object, exporter: object | None) -> None:
    """Forget ``exporter`` (``None``: every exporter) in getpatter's attach record.

    ``Patter._attach_span_exporter`` is idempotent by ``id(exporter)``, recorded on the
    provider: forget ours when the test ends, or a later exporter that reuses the id
    would be silently skipped.
    """
    seen = getattr(provider, "_patter_attached_exporters", None)
    if not isinstance(seen, set):
        return
    if exporter is None:
        seen.clear()
    else:
        seen.discard(id(exporter))
