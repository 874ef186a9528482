"""A profile's grouping and naming rules applied to a trace."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Mapping, Sequence

from ...core._defaults import DEFAULT_CALL_ID_KEYS
from ...core._render import quoted_name
from ...core.model import SpanRecord, freeze_attributes
from ..attributes import (
    Violation,
)
from ._load import resolve_contract
from ._schema import (
    Contract,
    ContractLike,
)

_FIELD = re.compile(r"\{([^{}]+)\}")


def _field(attributes: Mapping[str, object], match: re.Match[str]) -> str:
    return str(attributes.get(match.group(1), "?"))


def as_operations(
    records: Sequence[SpanRecord], contract: Contract
) -> tuple[tuple[SpanRecord, ...], list[Violation]]:
    """Records renamed to their ``match_spans_by`` value, and span-name findings.

    Spans without that attribute are left out: they are no spans of the convention; so
    are attributes outside its namespace (``gen_ai.`` for ``gen_ai.operation.name``). A
    span whose real name differs from its ``span_names`` rule yields a ``span-name``
    violation (call id filled in later by the check, as for every finding).
    """
    profile = contract.profile
    key = profile.match_spans_by if profile is not None else None
    if profile is None or key is None:
        return tuple(records), []
    prefix = key.split(".", 1)[0] + "."
    out: list[SpanRecord] = []
    found: list[Violation] = []
    for record in records:
        value = record.attributes.get(key)
        if not isinstance(value, str) or not value:
            continue
        rule = profile.span_names.get(value)
        if rule is not None:
            expected = _FIELD.sub(functools.partial(_field, record.attributes), rule)
            if record.name != expected:
                found.append(
                    Violation.on(
                        record,
                        "span-name",
                        f"named {quoted_name(record.name)}; the convention names it {rule!r}",
                        call_id=None,
                        expected=rule,
                        found=record.name,
                    )
                )
        own = {k: v for k, v in record.attributes.items() if k.startswith(prefix)}
        out.append(dataclasses.replace(record, name=value, attributes=freeze_attributes(own)))
    return tuple(out), found


def call_grouping(
    contract: ContractLike, call_id_keys: Sequence[str] | None = None
) -> tuple[tuple[str, ...], bool]:
    """The call-id keys and whether traces without an id are calls, for ``contract``.

    Explicit ``call_id_keys`` win; else the profile's; else the default keys.
    """
    c = resolve_contract(contract)
    profile = c.profile
    if call_id_keys is None or tuple(call_id_keys) == DEFAULT_CALL_ID_KEYS:
        keys = tuple(profile.call_id_keys) if profile and profile.call_id_keys else None
        call_id_keys = keys or tuple(call_id_keys or DEFAULT_CALL_ID_KEYS)
    by_trace = profile is not None and profile.call_id_fallback == "trace"
    return tuple(call_id_keys), by_trace
