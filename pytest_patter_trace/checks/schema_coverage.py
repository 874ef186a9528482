"""How much of a contract's required attributes an observed schema carries.

:func:`coverage_of` measures spans against a contract (a profile's, such as the GenAI
semantic conventions at their pinned revision): for every documented span that was
observed, which of its required attributes are on every span, on some, or on none, and
the share of them that are always there.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.model import SpansLike
from ..sources._span_reader import span_records
from .contract import Contract
from .contract._profile import as_operations
from .schema import Schema, schema_of

__all__ = ["Coverage", "CoverageRow", "coverage_of"]


@dataclass(frozen=True)
class CoverageRow:
    """One required attribute of one documented span: its presence rate (0 to 1)."""

    span: str
    key: str
    presence: float

    @property
    def status(self) -> str:
        """``present`` on every span, ``partial`` on some, ``missing`` on none."""
        if self.presence >= 1.0:
            return "present"
        return "partial" if self.presence > 0 else "missing"


@dataclass(frozen=True)
class Coverage:
    """Required attributes of the observed documented spans, and how many are present."""

    contract: str
    rows: tuple[CoverageRow, ...]
    not_observed: tuple[str, ...] = ()

    @property
    def percent(self) -> float:
        """Required attributes present on every span, as a percentage (100 when none)."""
        if not self.rows:
            return 100.0
        present = sum(1 for r in self.rows if r.status == "present")
        return round(100.0 * present / len(self.rows), 1)

    def format(self) -> str:
        """The coverage as text: the percentage, then one line per required attribute."""
        lines = [
            f"{self.contract}: {self.percent:.1f}% of required attributes present "
            f"({sum(r.status == 'present' for r in self.rows)}/{len(self.rows)})"
        ]
        for row in self.rows:
            lines.append(f"  {row.status:8} {row.span} {row.key} ({row.presence:.0%})")
        if self.not_observed:
            lines.append("  not observed: " + ", ".join(self.not_observed))
        return "\n".join(lines)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return {
            "contract": self.contract,
            "percent": self.percent,
            "required": [
                {"span": r.span, "key": r.key, "presence": r.presence, "status": r.status}
                for r in self.rows
            ],
            "not_observed": list(self.not_observed),
        }


def operations_schema(spans: SpansLike, contract: Contract) -> Schema:
    """The schema of ``spans`` under the names the contract documents them by.

    A profile matching spans by an attribute (GenAI: ``gen_ai.operation.name``) names
    each span by that value; spans without it are left out, as its check does.
    """
    records, _ = as_operations(span_records(spans), contract)
    return schema_of(records, contract=contract, source=contract.title)


def coverage_of(spans: SpansLike, contract: Contract) -> Coverage:
    """Which required attributes of ``contract``'s observed spans ``spans`` carry."""
    schema = operations_schema(spans, contract)
    rows: list[CoverageRow] = []
    missing: list[str] = []
    for name, spec in sorted(contract.spans.items()):
        observed = schema.span(name)
        if observed is None:
            missing.append(name)
            continue
        for attr in spec.attributes:
            if attr.required:
                seen = observed.attribute(attr.key)
                rows.append(CoverageRow(name, attr.key, seen.presence if seen else 0.0))
    return Coverage(contract.title, tuple(rows), tuple(missing))
