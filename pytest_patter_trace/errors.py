"""The errors the plugin raises, under one base class.

Each keeps the standard base it always had (``ValueError`` for bad input,
``AssertionError`` for a failed check...), so ``except ValueError`` in user code keeps
working, and ``except PatterTraceError`` catches any of ours.
"""

from __future__ import annotations

__all__ = ["PatterTraceError", "SdkError", "SpanAssertionError", "UnsupportedRelease"]


class PatterTraceError(Exception):
    """Base class of every error pytest-patter-trace raises on purpose."""


class SpanAssertionError(PatterTraceError, AssertionError):
    """A check on captured spans failed; the message says what was expected and found."""


class SdkError(PatterTraceError, RuntimeError):
    """The Patter SDK could not be driven: not installed, or it failed to run offline.

    The message is one line, meant to be shown as it is.
    """


class UnsupportedRelease(SdkError):
    """The installed getpatter release is outside the range the scenarios can drive."""

    def __init__(self, version: str, supported: str) -> None:
        super().__init__(
            f"getpatter {version} is outside the supported range ({supported}): "
            "it has no tracing the scenarios can drive"
        )
        self.version = version
        """The installed release."""
        self.supported = supported
        """The supported range, as shown to users (e.g. ``>=0.5.4``)."""
