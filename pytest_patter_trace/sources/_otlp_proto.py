"""OTLP's two encodings, its enum names, and its protobuf messages loaded on first use.

Shared by the reader and the writer. The protobuf messages come from the official
``opentelemetry-proto`` package (extra ``otlp``), imported by name when first needed.
"""

from __future__ import annotations

import importlib
from typing import Any, Literal, TypeAlias

__all__ = ["KINDS", "PROTO_HINT", "STATUS_CODES", "Format", "proto_module", "request_type"]

#: The two OTLP encodings.
Format: TypeAlias = Literal["json", "protobuf"]

#: Span kinds in OTLP's enum order.
KINDS = ("UNSPECIFIED", "INTERNAL", "SERVER", "CLIENT", "PRODUCER", "CONSUMER")
#: Status codes in OTLP's enum order.
STATUS_CODES = ("UNSET", "OK", "ERROR")
#: What to install when protobuf is read or written without the messages.
PROTO_HINT = (
    "reading OTLP protobuf needs the opentelemetry-proto package: pip install opentelemetry-proto"
)


def proto_module(name: str) -> Any:
    """The module ``name``, imported now.

    By name: the package works without the ``otlp`` extra, and type checking does not
    depend on protobuf's type stubs, which protobuf does not ship.
    """
    return importlib.import_module(name)


def request_type() -> Any:
    """The ``ExportTraceServiceRequest`` message class.

    Raises:
        ImportError: opentelemetry-proto is not installed (the message says what to install).

    """
    try:
        module = proto_module("opentelemetry.proto.collector.trace.v1.trace_service_pb2")
    except ImportError as exc:
        raise ImportError(PROTO_HINT) from exc
    return module.ExportTraceServiceRequest
