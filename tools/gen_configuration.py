"""Generate docs/reference/configuration.md from the code that defines each setting.

    python tools/gen_configuration.py           # rewrite docs/reference/configuration.md
    python tools/gen_configuration.py --check   # exit 1 if the page is out of date

The fixtures, the command-line and ini options, the markers and the ``patter-trace``
flags are read from the plugin and the CLI themselves (their help texts and defaults),
so a new option cannot be left off the page: ``tests/test_docs_configuration.py`` fails
when the committed page differs from a fresh run.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pytest_patter_trace import cli, plugin
from pytest_patter_trace.core._markers import MARKERS

PAGE = Path(__file__).resolve().parent.parent / "docs" / "reference" / "configuration.md"

#: Fixture -> the page that explains it.
FIXTURE_PAGES = {
    "patter_spans": "[How capture works](../capture.md)",
    "patter_otlp_receiver": "[OTLP](../otlp.md)",
    "patter_snapshot": "[Snapshots](../snapshots.md)",
}

ENVIRONMENT = """\
| Variable | Who reads it | Notes |
| --- | --- | --- |
| `PATTER_OTEL_ENABLED` | getpatter | `patter_spans` sets it to `1` for the test and restores the previous value after. Set it yourself only for processes the test starts (see [OTLP](../otlp.md)). |
| `DO_NOT_TRACK`, `PATTER_TELEMETRY_DISABLED` | getpatter | Set either to `1` in CI: `Patter()` otherwise sends anonymous usage telemetry. |
| `OTEL_EXPORTER_OTLP_ENDPOINT` | getpatter's `init_tracing`, OpenTelemetry exporters | Point a subprocess at `patter_otlp_receiver.endpoint`. The in-process capture ignores it: no span leaves the process. |
| `NO_COLOR` | `patter-trace` | No colour in the command's output (also `--no-color`). |
"""  # noqa: E501


class _Recorder:
    """Stands in for pytest's parser: records what ``pytest_addoption`` registers."""

    def __init__(self) -> None:
        self.options: list[tuple[tuple[str, ...], dict[str, Any]]] = []
        self.ini: list[tuple[str, dict[str, Any]]] = []

    def getgroup(self, name: str, description: str = "") -> _Recorder:
        return self

    def addoption(self, *names: str, **attrs: Any) -> None:
        self.options.append((names, attrs))

    def addini(self, name: str, help: str, **attrs: Any) -> None:
        self.ini.append((name, {"help": help, **attrs}))


def _help(text: str) -> str:
    # The options' help texts start with "patter-trace: " for pytest --help; not here.
    text = text.removeprefix("patter-trace: ").strip()
    return (text[:1].upper() + text[1:]).replace("|", "\\|")


def _default(value: Any, kind: str) -> str:
    if kind == "bool":
        return f"`{'true' if value else 'false'}`"
    if isinstance(value, list | tuple):
        return ", ".join(f"`{v}`" for v in value) if value else "none"
    return f"`{value}`" if value not in (None, "") else "none"


def _fixtures() -> list[str]:
    rows = ["| Fixture | Gives | Page |", "| --- | --- | --- |"]
    for name, page in FIXTURE_PAGES.items():
        doc = " ".join((getattr(plugin, name).__doc__ or "").split("\n\n")[0].split())
        rows.append(f"| `{name}` | {doc} | {page} |")
    return rows


def _options(recorder: _Recorder) -> list[str]:
    rows = ["| Option | Effect |", "| --- | --- |"]
    for names, attrs in recorder.options:
        metavar = f" {attrs['metavar']}" if attrs.get("metavar") else ""
        rows.append(f"| `{', '.join(names)}{metavar}` | {_help(attrs.get('help', ''))} |")
    return rows


def _ini(recorder: _Recorder) -> list[str]:
    rows = ["| Option | Type | Default | Effect |", "| --- | --- | --- | --- |"]
    for name, attrs in sorted(recorder.ini):
        kind = attrs.get("type") or "string"
        default = _default(attrs.get("default"), kind)
        rows.append(f"| `{name}` | {kind} | {default} | {_help(attrs['help'])} |")
    return rows


def _markers() -> list[str]:
    out: list[str] = []
    for signature, _, help_text in MARKERS.values():
        out += [f"`@pytest.mark.{signature}`", f": {_help(help_text)}", ""]
    return out


def _check_parser() -> argparse.ArgumentParser:
    parser = cli._parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found: argparse.ArgumentParser = action.choices["check"]
            return found
    raise LookupError("patter-trace has no check command")


def _cli() -> list[str]:
    check = _check_parser()
    # A fixed width: the page must not depend on the terminal it was generated in.
    check.formatter_class = functools.partial(argparse.HelpFormatter, width=90)
    usage = check.format_usage().strip().removeprefix("usage: ")
    rows = [
        "```text",
        usage,
        "patter-trace --version",
        "```",
        "",
        "| Argument | Effect |",
        "| --- | --- |",
    ]
    for action in check._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        names = ", ".join(action.option_strings) or (action.metavar or action.dest)
        metavar = action.metavar if action.option_strings and action.metavar else ""
        shown = f"{names} {metavar}".strip() if isinstance(metavar, str) else names
        rows.append(f"| `{shown}` | {_help(action.help or '')} |")
    rows += ["", "Exit codes:", "", "| Code | Meaning |", "| --- | --- |"]
    rows += [f"| {code} | {meaning} |" for code, meaning in cli.EXIT_CODES.items()]
    return rows


def render() -> str:
    """The whole page."""
    recorder = _Recorder()
    plugin.pytest_addoption(recorder)  # type: ignore[arg-type]
    lines = [
        "# Configuration",
        "",
        "<!-- Generated by tools/gen_configuration.py from the code; do not edit. -->",
        "",
        "The plugin works with no configuration at all. Everything below is optional.",
        "",
        "## Fixtures",
        "",
        *_fixtures(),
        "",
        "## Command-line options",
        "",
        *_options(recorder),
        "",
        "syrupy's own options drive the snapshot workflow: `--snapshot-update`,",
        "`--snapshot-update-new-only`, `--snapshot-warn-unused`, `--snapshot-details`.",
        "",
        "## Markers",
        "",
        *_markers(),
        "A misspelled or malformed keyword is refused when tests are collected, naming the",
        "marker and the test.",
        "",
        "## Ini options",
        "",
        "Set them in `pyproject.toml` under `[tool.pytest.ini_options]`, or in `pytest.ini`,",
        "`tox.ini` or `setup.cfg` under `[pytest]`.",
        "",
        *_ini(recorder),
        "",
        "For example:",
        "",
        '```toml title="pyproject.toml"',
        "[tool.pytest.ini_options]",
        "patter_no_pii = true",
        "patter_call_id_keys = [",
        '    "getpatter.call.id",',
        '    "patter.call.id",',
        '    "acme.session_id",',
        "]",
        'patter_snapshot_drop = ["acme.build.*"]',
        "```",
        "",
        "## Environment variables",
        "",
        ENVIRONMENT.rstrip("\n"),
        "",
        "## `patter-trace check`",
        "",
        *_cli(),
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Rewrite the page, or with ``--check`` only compare it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the page is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if PAGE.read_text("utf-8") != text:
            print(f"{PAGE} is out of date: run python tools/gen_configuration.py", file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
