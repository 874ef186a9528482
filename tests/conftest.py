"""Shared test setup: no network, no telemetry."""

from __future__ import annotations

import os

# getpatter's Patter() sends anonymous usage telemetry by default; CI has no network.
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PATTER_TELEMETRY_DISABLED", "1")

# A change in the OpenTelemetry SDK's private state fails loudly in our own runs (users
# get one warning): see _otel.STRICT_ENV.
os.environ.setdefault("PATTER_TRACE_STRICT_INTERNALS", "1")
