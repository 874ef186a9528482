"""The conformance result for CI logs: a Markdown summary and JUnit-XML properties.

:func:`render_markdown` writes what ``patter-trace check --markdown FILE`` puts in
``$GITHUB_STEP_SUMMARY``; :func:`junit_properties` is what the plugin records on each
test that used ``patter_spans`` when pytest writes ``--junitxml``. Both hold counts,
violation codes and timing figures only: call ids are shown masked, span data never.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence

from ..checks.timing import CallTiming
from ..core._render import printable
from .report import SourceReport, pii_counts

__all__ = ["junit_properties", "render_markdown"]


#: Inline Markdown punctuation; a backslash before each one shows it literally.
_MARKDOWN = re.compile(r"([\\`*_\[\]()~!#|])")


def _cell(text: object) -> str:
    # A table cell: one row, no markup. HTML is an entity (GitHub's summary renders
    # tags), Markdown punctuation is backslash-escaped, controls are escapes.
    shown = html.escape(printable(str(text).replace("\n", " ")), quote=False)
    return _MARKDOWN.sub(r"\\\1", shown)


def _code(code: str) -> str:
    # A finding code in a code span: nothing inside one is markup, but a backtick ends it.
    return printable(code).replace("`", "'").replace("|", "\\|")


def _figures(reports: Sequence[SourceReport]) -> list[tuple[str, str, CallTiming]]:
    # The figures each call's report carries (measured once, against its contract).
    return [
        (source.source, call.call_id or "(no call id)", call.timing)
        for source in reports
        for call in source.calls
        if call.timing is not None
    ]


def render_markdown(reports: Sequence[SourceReport]) -> str:
    """A Markdown summary: verdict, codes, one row per call, timing figures per turn."""
    calls = [c for r in reports for c in r.calls]
    ok = all(r.conforms for r in reports)
    codes: Counter[str] = Counter(str(v.get("code")) for c in calls for v in c.violations)
    pii, content = pii_counts(calls)
    verdict = "conforms" if ok else "DOES NOT CONFORM"
    lines = [
        f"## patter-trace check: {verdict}",
        "",
        f"{len(reports)} source(s), {len(calls)} call(s), {sum(codes.values())} contract "
        f"violation(s), {pii} PII finding(s), {content} content finding(s).",
        "",
    ]
    if codes:
        lines += ["| code | findings |", "| --- | ---: |"]
        lines += [f"| `{_code(c)}` | {n} |" for c, n in sorted(codes.items(), key=lambda i: -i[1])]
        lines.append("")
    lines += [
        "| source | call | spans | violations | PII | verdict |",
        "| --- | --- | ---: | ---: | ---: | --- |",
    ]
    for source in reports:
        if source.error:
            lines.append(f"| {_cell(source.source)} | - | 0 | - | - | {_cell(source.error)} |")
        for call in source.calls:
            label = call.call_id or "(no call id)"
            mark = "conforms" if call.conforms else "**does not conform**"
            lines.append(
                f"| {_cell(source.source)} | {_cell(label)} | {call.spans} | "
                f"{len(call.violations)} | {len(call.pii)} | {mark} |"
            )
    figures = _figures(reports)
    if figures:
        lines += [
            "",
            "### Timing per turn",
            "",
            "| source | call | turn | turn_ms | ttft_ms | clock |",
            "| --- | --- | ---: | ---: | ---: | --- |",
        ]
        for source_name, label, timing in figures:
            for t in timing.turns:
                turn = "-" if t.turn_ms is None else f"{t.turn_ms:.1f} ({t.turn_ms_source})"
                ttft = "-" if t.ttft_ms is None else f"{t.ttft_ms:.1f} ({t.ttft_ms_source})"
                lines.append(
                    f"| {_cell(source_name)} | {_cell(label)} | {t.number} | {turn} | {ttft} "
                    f"| {timing.clock} |"
                )
        lines += [
            "",
            "Figures on a `real` clock are measured time; `scripted` ones were set by "
            "a test or a fake clock.",
        ]
    return "\n".join(lines) + "\n"


def junit_properties(report: SourceReport) -> list[tuple[str, str]]:
    """``(name, value)`` pairs for a JUnit ``<properties>`` block, all prefixed ``patter.``."""
    calls = report.calls
    codes: Counter[str] = Counter(str(v.get("code")) for c in calls for v in c.violations)
    props = [
        ("patter.conforms", "true" if report.conforms else "false"),
        ("patter.calls", str(len(calls))),
        ("patter.spans", str(sum(c.spans for c in calls))),
        ("patter.violations", str(sum(codes.values()))),
        ("patter.pii_findings", str(pii_counts(calls)[0])),
        ("patter.content_findings", str(pii_counts(calls)[1])),
        ("patter.codes", ",".join(f"{c}={n}" for c, n in sorted(codes.items()))),
    ]
    figures = _figures([report])
    for name in ("turn_ms", "ttft_ms"):
        values = [getattr(t, name) for _, _, tm in figures for t in tm.turns]
        measured = [v for v in values if v is not None]
        if measured:
            props.append((f"patter.{name}.max", f"{max(measured):.1f}"))
    clocks = sorted({tm.clock for _, _, tm in figures})
    if clocks:
        props.append(("patter.clock", ",".join(clocks)))
    return props
