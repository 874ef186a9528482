"""``patter-trace check``: how a Patter SDK's traces measure up against the docs.

With no file arguments it drives the installed ``getpatter`` offline through the
built-in scenarios, captures the spans with the same machinery as ``patter_spans``, and
reports per call: the span tree, contract violations, cost/latency, and PII findings.
With OTLP files (JSON or protobuf) it checks those instead. Exit code 0 only if
everything conforms.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .grouping import CallTrace, group_calls
from .model import SpanRecord

__all__ = ["CallReport", "SourceReport", "check", "main"]


@dataclass(slots=True)
class CallReport:
    """What ``check`` found about one call."""

    call_id: str | None
    tree: str
    spans: int
    violations: list[dict[str, Any]] = field(default_factory=list)
    pii: list[dict[str, Any]] = field(default_factory=list)
    cost: dict[str, Any] = field(default_factory=dict)
    latency: dict[str, Any] = field(default_factory=dict)

    @property
    def conforms(self) -> bool:
        """No contract violation and no PII finding."""
        return not self.violations and not self.pii


@dataclass(slots=True)
class SourceReport:
    """A scenario or a file, with its calls."""

    source: str
    calls: list[CallReport]
    error: str | None = None

    @property
    def conforms(self) -> bool:
        """Every call conforms and the source could be read."""
        return self.error is None and all(c.conforms for c in self.calls)


def _check_spans(source: str, spans: Sequence[SpanRecord], contract: Any) -> SourceReport:
    from .contract import check_contract
    from .cost import call_cost, call_latency
    from .pii import find_pii

    grouping = group_calls(spans)
    traces: list[CallTrace] = list(grouping.calls.values())
    if grouping.unattributed:
        traces.append(CallTrace(None, grouping.unattributed))
    calls: list[CallReport] = []
    for trace in traces:
        report = check_contract(trace, contract=contract)
        calls.append(
            CallReport(
                call_id=trace.call_id,
                tree=trace.tree(durations=False),
                spans=len(trace),
                violations=[v.to_dict() for v in report.violations],
                pii=[f.to_dict() for f in find_pii(trace)],
                cost=call_cost(trace).to_dict(),
                latency=call_latency(trace).to_dict(),
            )
        )
    if not calls:
        return SourceReport(source, [], error="no spans captured")
    return SourceReport(source, calls)


def _run_scenario(name: str, contract: Any) -> SourceReport:
    from .capture import CaptureHub
    from .scenarios import run_scenario

    hub = CaptureHub()
    capture = hub.start()
    try:
        run_scenario(name)
    finally:
        hub.stop(capture)
        hub.close()
    return _check_spans(f"scenario {name}", capture.spans, contract)


def check(
    *,
    files: Sequence[str] = (),
    scenarios: Sequence[str] | None = None,
    contract_path: str | None = None,
) -> list[SourceReport]:
    """Run the checks and return one report per scenario or file.

    Raises:
        ValueError: for an unknown scenario, an unreadable contract or OTLP file.
        RuntimeError: when scenarios are requested but getpatter is not installed.
    """
    contract = None
    if contract_path is not None:
        from .contract import load_contract

        contract = load_contract(contract_path)
    if files:
        from .otlp import load_otlp

        return [_check_spans(f, load_otlp(Path(f)), contract) for f in files]
    from . import _getpatter
    from .scenarios import SCENARIOS

    names = list(scenarios) if scenarios else list(SCENARIOS)
    unknown = [n for n in names if n not in SCENARIOS]
    if unknown:
        raise ValueError(f"unknown scenario(s) {', '.join(unknown)}; known: {', '.join(SCENARIOS)}")
    if not _getpatter.installed():
        raise RuntimeError(
            "getpatter is not installed: pip install 'getpatter==0.7.0', or pass OTLP files"
        )
    os.environ.setdefault("DO_NOT_TRACK", "1")
    return [_run_scenario(n, contract) for n in names]


class _Style:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, text: str, code: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.enabled else text


def _print_text(reports: Sequence[SourceReport], out: TextIO, style: _Style) -> None:
    bad = style("DOES NOT CONFORM", "1;31")
    good = style("conforms", "1;32")
    total_violations = total_pii = total_calls = 0
    for source in reports:
        out.write(style(f"== {source.source}", "1") + "\n")
        if source.error:
            out.write(f"  {bad}: {source.error}\n")
            continue
        for call in source.calls:
            total_calls += 1
            total_violations += len(call.violations)
            total_pii += len(call.pii)
            label = call.call_id if call.call_id is not None else "(spans without a call id)"
            verdict = good if call.conforms else bad
            out.write(f"  call {label}: {call.spans} spans, {verdict}\n")
            for line in call.tree.splitlines():
                out.write(f"      {line}\n")
            if call.violations:
                out.write(f"    contract: {len(call.violations)} violation(s)\n")
                for (code, where, message), count in _folded(call.violations):
                    times = f" (x{count} spans)" if count > 1 else ""
                    out.write(f"      {style(f'[{code}]', '33')} {where}{message}{times}\n")
            else:
                out.write("    contract: no violation\n")
            out.write(f"    cost: {_cost_line(call.cost)}\n")
            out.write(f"    latency: {_latency_line(call.latency)}\n")
            if call.pii:
                out.write(f"    pii: {len(call.pii)} finding(s)\n")
                for f in call.pii:
                    out.write(
                        f"      {style('[' + str(f.get('kind')) + ']', '31')} {f.get('text')}\n"
                    )
            else:
                out.write("    pii: none found\n")
    ok = all(r.conforms for r in reports)
    out.write(
        f"\n{len(reports)} source(s), {total_calls} call(s), "
        f"{total_violations} contract violation(s), {total_pii} PII finding(s): "
        f"{good if ok else bad}\n"
    )


def _folded(violations: Sequence[dict[str, Any]]) -> list[tuple[tuple[str, str, str], int]]:
    # The same drift on every span of a kind reads better once, with a count.
    counts: dict[tuple[str, str, str], int] = {}
    for v in violations:
        where = f"{v['span_name']}: " if v.get("span_name") else ""
        key = (str(v.get("code", "?")), where, str(v.get("message", "")))
        counts[key] = counts.get(key, 0) + 1
    return list(counts.items())


def _cost_line(cost: dict[str, Any]) -> str:
    if not cost.get("spans"):
        return "no patter.cost.* attribute on any span"
    units = cost.get("units", {})
    parts = [
        f"{name}={value:g} {units.get(name, '')}".rstrip()
        for name, value in sorted(cost.get("totals", {}).items())
        if value
    ]
    return f"{cost['spans']} span(s): " + (", ".join(parts) or "all zero")


def _latency_line(latency: dict[str, Any]) -> str:
    if not latency.get("spans"):
        return "no patter.latency.* attribute on any span"
    parts = [
        f"{name} n={s['count']} p50={s['p50']:g} p95={s['p95']:g} max={s['max']:g}"
        for name, s in sorted(latency.get("stats", {}).items())
        if s.get("count")
    ]
    return f"{latency['spans']} span(s): " + "; ".join(parts)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="patter-trace",
        description="Check Patter OpenTelemetry traces against the documented contract.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    check_p = sub.add_parser(
        "check",
        help="check the installed getpatter (no files) or OTLP trace files",
        description="With no FILE: drive the installed getpatter offline through built-in "
        "scenarios. With FILEs: check OTLP/JSON or OTLP protobuf trace files.",
    )
    check_p.add_argument("files", nargs="*", metavar="FILE", help="OTLP trace files")
    check_p.add_argument(
        "--scenario",
        action="append",
        dest="scenarios",
        metavar="NAME",
        help="run only this built-in scenario (repeatable)",
    )
    check_p.add_argument("--list-scenarios", action="store_true", help="list scenarios and exit")
    check_p.add_argument("--contract", metavar="TOML", help="a contract file instead of Patter's")
    check_p.add_argument("--json", action="store_true", help="machine-readable output")
    colour = check_p.add_mutually_exclusive_group()
    colour.add_argument("--color", action="store_true", default=None, help="force colour")
    colour.add_argument("--no-color", action="store_false", dest="color", help="no colour")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Console entry point; returns the exit code (0: everything conforms)."""
    args = _parser().parse_args(argv)
    out = sys.stdout
    if args.list_scenarios:
        from .scenarios import SCENARIOS

        out.write("\n".join(SCENARIOS) + "\n")
        return 0
    try:
        reports = check(files=args.files, scenarios=args.scenarios, contract_path=args.contract)
    except (ValueError, RuntimeError, OSError) as exc:
        sys.stderr.write(f"patter-trace: error: {exc}\n")
        return 2
    if args.json:
        payload = {
            "conforms": all(r.conforms for r in reports),
            "sources": [
                {
                    "source": r.source,
                    "error": r.error,
                    "conforms": r.conforms,
                    "calls": [
                        {
                            "call_id": c.call_id,
                            "spans": c.spans,
                            "tree": c.tree.splitlines(),
                            "violations": c.violations,
                            "pii": c.pii,
                            "cost": c.cost,
                            "latency": c.latency,
                            "conforms": c.conforms,
                        }
                        for c in r.calls
                    ],
                }
                for r in reports
            ],
        }
        json.dump(payload, out, indent=2, sort_keys=True, default=str)
        out.write("\n")
    else:
        color = args.color if args.color is not None else _want_colour(out)
        _print_text(reports, out, _Style(color))
    return 0 if all(r.conforms for r in reports) else 1


def _want_colour(out: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(out, "isatty", lambda: False)())


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
