"""The waterfall report: one self-contained HTML file, a section per call.

Each span is a bar on the call's time axis with its name, duration, contract violations
and PII findings; timing-rule violations are also marked on the axis. The file loads
nothing (styles and the small script are inline, fonts are the reader's own, a
Content-Security-Policy forbids every fetch), so it opens from a CI artifact offline.
Every text that comes from span data reaches the page through the masking renderers
(:func:`grouping.display_name`, the report's masked tree and findings), then
``html.escape``.
"""

from __future__ import annotations

import html
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..checks.contract import Contract, ContractLike, resolve_contract, run_timing_violations
from ..checks.timing import TIMING_CODES, CallTiming
from ..core._render import printable
from ..core._selection import durations_by_name
from ..core.grouping import display_name
from .report import CallReport, SourceReport

__all__ = ["render_html", "run_budget_messages", "write_html"]

_MS = 1_000_000

_CSS = """
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6475; --line: #d9dee7;
  --bar: #3b82f6; --bad: #dc2626; --pii: #9333ea; --ok: #15803d; }
* { box-sizing: border-box; }
body { margin: 0; padding: 16px 24px; font: 13px/1.45 system-ui, -apple-system, "Segoe UI",
  sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 18px; margin: 0 0 4px; }
h2 { font-size: 15px; margin: 0; }
.meta, .clock { color: var(--muted); }
section.call { border: 1px solid var(--line); border-radius: 6px; margin: 14px 0;
  padding: 10px 12px; }
.verdict.bad { color: var(--bad); font-weight: 600; }
.verdict.good { color: var(--ok); font-weight: 600; }
table.turns { border-collapse: collapse; margin: 6px 0 10px; }
table.turns td, table.turns th { border: 1px solid var(--line); padding: 2px 8px;
  text-align: left; }
.grid { display: grid; grid-template-columns: minmax(180px, 30%) 1fr 80px; gap: 2px 8px;
  align-items: center; }
.label { font-family: ui-monospace, "DejaVu Sans Mono", monospace; white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; }
.track, .axis { position: relative; height: 16px; background: #f3f5f9; border-radius: 3px; }
.axis { background: none; border-bottom: 1px solid var(--line); height: 22px; }
.tick { position: absolute; top: 0; font-size: 10px; color: var(--muted);
  white-space: nowrap; transform: translateX(-50%); }
.tick:first-child { transform: none; } .tick:last-child { transform: translateX(-100%); }
.bar { position: absolute; top: 2px; height: 12px; min-width: 2px; border-radius: 2px;
  background: var(--bar); }
.band { position: absolute; top: 0; height: 16px; background: rgba(21, 128, 61, 0.12);
  border-right: 2px solid var(--ok); }
.bar.violation { background: #f59e0b; }
.bar.rule { background: var(--bad); }
.bar.pii { outline: 2px solid var(--pii); }
.mark { position: absolute; bottom: 0; width: 0; height: 0; transform: translateX(-6px);
  border: 6px solid transparent; border-bottom: 9px solid var(--bad); }
.dur { text-align: right; font-variant-numeric: tabular-nums; color: var(--muted); }
ul.findings { grid-column: 1 / span 3; margin: 0 0 4px 24px; padding: 0; list-style: none; }
ul.findings li { font-size: 12px; }
.code { font-family: ui-monospace, monospace; font-weight: 600; }
li.rule .code { color: var(--bad); } li.pii .code { color: var(--pii); }
ul.call-findings { margin: 6px 0 0; padding-left: 18px; }
.legend span { display: inline-block; margin-right: 14px; }
.swatch { display: inline-block; width: 12px; height: 10px; border-radius: 2px;
  vertical-align: middle; margin-right: 4px; }
"""

# Marks the page as rendered by a browser (a headless test reads it back) and lets a
# click on a row show or hide that span's findings.
_JS = """
(function () {
  var bars = document.querySelectorAll('.bar');
  document.body.setAttribute('data-bars', String(bars.length));
  document.querySelectorAll('.row-label').forEach(function (el) {
    el.addEventListener('click', function () {
      var list = document.getElementById(el.getAttribute('data-findings'));
      if (list) { list.hidden = !list.hidden; }
    });
  });
})();
"""

_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def _e(text: object) -> str:
    # Controls and lone surrogates escaped first: a page that cannot be encoded is lost.
    return html.escape(printable(str(text), keep="\n"), quote=True)


def _ms(ns: int) -> str:
    ms = ns / _MS
    return f"{ms:.2f} ms" if ms < 10 else f"{ms:.1f} ms"


def render_html(
    reports: Sequence[SourceReport],
    *,
    title: str = "patter-trace waterfall",
    contract: ContractLike = None,
    outcomes: Mapping[str, str] | None = None,
) -> str:
    """The whole report as one HTML document (a string).

    ``outcomes`` maps a source (a pytest node id) to its test's outcome (``passed``,
    ``failed``...), shown on each of its calls.
    """
    calls = sum(len(r.calls) for r in reports)
    body = [
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">{len(reports)} source(s), {calls} call(s). Bars: span start to end '
        "on the call's own time axis. Figures are labelled real time or scripted clock.</p>",
        '<p class="legend"><span><i class="swatch" style="background:#3b82f6"></i>span</span>'
        '<span><i class="swatch" style="background:#f59e0b"></i>contract violation</span>'
        '<span><i class="swatch" style="background:#dc2626"></i>timing rule violated</span>'
        '<span><i class="swatch" style="outline:2px solid #9333ea"></i>PII finding</span>'
        '<span><i class="swatch" style="background:rgba(21,128,61,.25)"></i>'
        "max_span_ms budget</span></p>",
    ]
    resolved = resolve_contract(contract)
    budgets = resolved.timing.max_span_ms if resolved.timing is not None else {}
    body.append(_run_figures(reports))
    body.append(_run_budgets(reports, resolved))
    number = 0
    for source in reports:
        outcome = (outcomes or {}).get(source.source)
        for note in source.notes:
            body.append(f'<p class="meta note">{_e(source.source)}: {_e(note)}</p>')
        if source.error:
            body.append(
                f'<section class="call error"><h2>{_e(source.source)}</h2>'
                f'<p class="verdict bad">{_e(source.error)}</p></section>'
            )
        for call in source.calls:
            number += 1
            body.append(_call_section(number, source.source, call, budgets, outcome))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        f'<meta name="viewport" content="width=device-width"><title>{_e(title)}</title>'
        f"<style>{_CSS}</style></head>\n<body>\n"
        + "\n".join(body)
        + f"\n<script>{_JS}</script>\n</body></html>\n"
    )


def run_budget_messages(
    reports: Sequence[SourceReport], contract: ContractLike = None
) -> list[str]:
    """The contract's percentile budgets over every call of the run, as masked messages.

    Each test's own calls may stay within ``p95_turn_ms`` / ``p95_ttft_ms`` while the run
    as a whole does not: only the report sees every call together.
    """
    # The turns each call was cut into when it was checked: no call is regrouped or cut again.
    calls = [c.timing for r in reports for c in r.calls if c.timing is not None and c.records]
    return [v.message for v in run_timing_violations(calls, resolve_contract(contract))]


def _run_budgets(reports: Sequence[SourceReport], contract: Contract) -> str:
    found = run_budget_messages(reports, contract)
    if not found:
        return ""
    items = "".join(f"<li>{_e(message)}</li>" for message in found)
    return f'<section class="call error"><h2>run budgets exceeded</h2><ul>{items}</ul></section>'


def _run_figures(reports: Sequence[SourceReport]) -> str:
    # p50/p95 per span name over the whole run: the figures a latency budget bounds.
    spans = (s for r in reports for c in r.calls for s in c.records)
    rows = [
        f'<tr><td class="label">{_e(display_name(name))}</td><td>{len(d) + d.open_spans}</td>'
        + "".join(f"<td>{'-' if v is None else _e(f'{v:.1f}')}</td>" for v in (d.p50, d.p95, d.max))
        + "</tr>"
        for name, d in durations_by_name(spans)
    ]
    if not rows:
        return ""
    return (
        '<table class="turns run-figures"><tr><th>span name (whole run)</th><th>spans</th>'
        "<th>p50 ms</th><th>p95 ms</th><th>max ms</th></tr>" + "".join(rows) + "</table>"
    )


def write_html(
    path: str | os.PathLike[str],
    reports: Sequence[SourceReport],
    *,
    title: str = "patter-trace waterfall",
    contract: ContractLike = None,
    outcomes: Mapping[str, str] | None = None,
) -> None:
    """Write :func:`render_html` to ``path`` (UTF-8), creating its missing folders."""
    page = render_html(reports, title=title, contract=contract, outcomes=outcomes)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(page)


def _personal(call: CallReport) -> int:
    return sum(1 for f in call.pii if f.get("category") != "content")


def _code(finding: dict[str, Any]) -> str:
    # Conversation content apart from personal data, as in the text report.
    prefix = "content" if finding.get("category") == "content" else "pii"
    return _e(f"{prefix}:{finding.get('kind', '?')}")


def _call_section(
    number: int,
    source: str,
    call: CallReport,
    budgets: Mapping[str, float],
    outcome: str | None,
) -> str:
    label = call.call_id if call.call_id is not None else "(spans without a call id)"
    verdict = (
        '<span class="verdict good">conforms</span>'
        if call.conforms
        else f'<span class="verdict bad">{len(call.violations)} violation(s), '
        f"{_personal(call)} PII finding(s), {len(call.pii) - _personal(call)} content "
        "finding(s)</span>"
    )
    test = ""
    if outcome is not None:
        good = outcome in ("passed", "xfailed")
        test = (
            f' &middot; test <span class="verdict {"good" if good else "bad"}">{_e(outcome)}</span>'
        )
    out = [
        f'<section class="call" data-call="{number}"'
        + ("" if outcome is None else f' data-outcome="{_e(outcome)}"')
        + ">",
        f"<h2>call {number} ({_e(label)}) &middot; {_e(source)}{test} &middot; "
        f"{call.spans} span(s) &middot; {verdict}</h2>",
    ]
    timing = call.timing  # measured once by the report, against its contract
    if timing is not None:
        out.append(f'<p class="clock">figures: {_e(timing.clock_text)}</p>')
        out.append(_turn_table(timing))
    # The contract's [timing.max_span_ms]: each bound is drawn as a band on its spans' rows.
    out.append(_waterfall(number, call, budgets))
    general = [v for v in call.violations if not isinstance(v.get("span_index"), int)]
    if general:
        out.append('<ul class="call-findings">')
        out.extend(_finding_item(v) for v in general)
        out.append("</ul>")
    out.append("</section>")
    return "\n".join(out)


def _turn_table(timing: CallTiming) -> str:
    rows = ['<table class="turns"><tr><th>turn</th><th>turn_ms</th><th>ttft_ms</th></tr>']
    for t in timing.turns:
        cells = []
        for value, source in ((t.turn_ms, t.turn_ms_source), (t.ttft_ms, t.ttft_ms_source)):
            how = "from spans" if source == "spans" else "attribute"
            cells.append("&ndash;" if value is None else f"{value:.1f} ({how})")
        rows.append(f"<tr><td>{t.number}</td><td>{cells[0]}</td><td>{cells[1]}</td></tr>")
    rows.append("</table>")
    return "".join(rows)


def _finding_item(v: dict[str, Any]) -> str:
    code = str(v.get("code", "?"))
    kind = "rule" if code in TIMING_CODES else "contract"
    return (
        f'<li class="{kind}"><span class="code">[{_e(code)}]</span> {_e(v.get("message", ""))}</li>'
    )


def _waterfall(number: int, call: CallReport, budgets: Mapping[str, float]) -> str:
    records = call.records
    if not records:
        return '<p class="meta">no span timestamps in this report</p>'
    start = min(s.start_ns for s in records)
    end = max(max(s.end_ns or s.start_ns, s.start_ns) for s in records)
    total = max(end - start, 1)

    def pos(ns: int) -> float:
        return round(100 * (ns - start) / total, 3)

    by_index: dict[int, list[dict[str, Any]]] = {}
    for v in call.violations:
        if isinstance(v.get("span_index"), int):
            by_index.setdefault(v["span_index"], []).append(v)
    pii_by_index: dict[int, list[dict[str, Any]]] = {}
    for f in call.pii:
        if isinstance(f.get("span_index"), int):
            pii_by_index.setdefault(f["span_index"], []).append(f)

    ticks = "".join(
        f'<span class="tick" style="left:{p}%">{_e(_ms(total * p // 100))}</span>'
        for p in (0, 25, 50, 75, 100)
    )
    marks = []
    for index, found in sorted(by_index.items()):
        rules = [v for v in found if v.get("code") in TIMING_CODES]
        if rules and index <= len(records):
            what = "; ".join(f"[{v.get('code')}] {v.get('message', '')}" for v in rules)
            marks.append(
                f'<span class="mark" data-span-index="{index}" '
                f'style="left:{pos(records[index - 1].start_ns)}%" title="{_e(what)}"></span>'
            )
    out = [
        '<div class="grid">',
        f'<div class="label">span</div><div class="axis">{ticks}{"".join(marks)}</div>'
        '<div class="dur">duration</div>',
    ]
    for index, span in enumerate(records, start=1):
        line = call.tree[index - 1] if index <= len(call.tree) else display_name(span.name)
        depth = (len(line) - len(line.lstrip(" "))) // 2
        name = display_name(span.name)
        violations = by_index.get(index, [])
        pii = pii_by_index.get(index, [])
        classes = ["bar"]
        if violations:
            classes.append("violation")
        if any(v.get("code") in TIMING_CODES for v in violations):
            classes.append("rule")
        if pii:
            classes.append("pii")
        if span.end_ns is None:
            width, duration = 100 - pos(span.start_ns), "open"
        else:
            width, duration = (
                pos(span.end_ns) - pos(span.start_ns),
                _ms(span.end_ns - span.start_ns),
            )
        findings_id = f"f-{number}-{index}"
        band = ""
        limit = budgets.get(span.name)
        if limit is not None:
            reach = min(pos(span.start_ns + int(limit * _MS)), 100.0) - pos(span.start_ns)
            band = (
                f'<div class="band" style="left:{pos(span.start_ns)}%;width:{reach:.3f}%" '
                f'title="max_span_ms {limit:g}"></div>'
            )
        out.append(
            f'<div class="label row-label" data-findings="{findings_id}" title="{_e(line.strip())}"'
            f' style="padding-left:{depth * 14}px">#{index} {_e(name)}</div>'
            f'<div class="track">{band}<div class="{" ".join(classes)}" data-span-index="{index}" '
            f'data-span-name="{_e(name)}" style="left:{pos(span.start_ns)}%;width:{width:.3f}%" '
            f'title="{_e(name)} {_e(duration)}"></div></div>'
            f'<div class="dur">{_e(duration)}</div>'
        )
        if violations or pii:
            items = [_finding_item(v) for v in violations]
            items.extend(
                f'<li class="pii"><span class="code">[{_code(f)}]</span> '
                f"{_e(display_name(str(f.get('location', ''))))}: {_e(f.get('masked', ''))}</li>"
                for f in pii
            )
            out.append(f'<ul class="findings" id="{findings_id}">{"".join(items)}</ul>')
    out.append("</div>")
    return "\n".join(out)
