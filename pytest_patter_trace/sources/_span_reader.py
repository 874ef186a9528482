"""The one way the checks read spans: :func:`span_records`.

Every check accepts records, a capture, a ``CallTrace`` or the SDK's own finished spans.
SDK spans are read by their declared fields in one batch when the SDK's layout is the
known one (about 1.7x faster than its public properties), else by the properties.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..core.model import SpanFields, SpanRecord, SpansLike, as_records


def _sdk_columns(spans: Sequence[Any]) -> SpanFields | None:
    # Imported when SDK spans are read, not with the checks: a run on records alone (the
    # CLI on OTLP files, the guard after the test body) never loads the SDK for this.
    from ._otel import span_columns

    return span_columns(spans)


def span_records(spans: SpansLike) -> tuple[SpanRecord, ...]:
    """``spans`` as records, SDK spans read by their declared fields when possible.

    Raises:
        TypeError: naming the offending item, as :func:`~..core.model.as_records` does.

    """
    return as_records(spans, read_columns=_sdk_columns)
