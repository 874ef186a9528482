"""``patter-trace check``: how a Patter SDK's traces measure up against the docs.

With no file arguments it drives the installed ``getpatter`` offline through the
built-in scenarios, captures the spans with the same machinery as ``patter_spans``, and
reports per call: the span tree, contract violations, cost/latency, and PII findings.
With OTLP files (JSON or protobuf) it checks those instead.

Exit codes, so a CI can tell "drift found" from "could not run": see :data:`EXIT_CODES`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from .checks.contract import Contract
from .checks.profiles import DEFAULT_PROFILE, Profile
from .core._render import printable
from .core.errors import InputError, PatterTraceError, SdkError, UnsupportedRelease
from .outputs.report import CallReport, SourceReport, Style, check_spans, render_json, render_text

__all__ = ["EXIT_CODES", "CallReport", "SourceReport", "check", "main"]

EXIT_CONFORMS, EXIT_DRIFT, EXIT_INPUT, EXIT_SDK, EXIT_UNSUPPORTED = 0, 1, 2, 3, 4

#: Exit code -> what it means.
EXIT_CODES: dict[int, str] = {
    EXIT_CONFORMS: "every call conforms to the contract",
    EXIT_DRIFT: "drift found: a contract violation or a PII finding",
    EXIT_INPUT: "usage or input error (bad option, unreadable or empty file, bad contract)",
    EXIT_SDK: "the SDK could not be driven (not installed, or a scenario failed to run)",
    EXIT_UNSUPPORTED: "the installed getpatter release is outside the supported range",
}


def _driven(
    source: str, run: Callable[[], object], *, sdk: str, what: str, profile: Profile
) -> SourceReport:
    # A scenario run under its own capture; any failure of the SDK is one line (exit 3).
    from .sources.capture import run_captured

    try:
        # Starting the capture already imports the SDK's tracing module.
        capture = run_captured(run)
    except PatterTraceError:
        raise
    except Exception as exc:
        # One line for CI logs; the traceback is there with --debug.
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        detail = f"{type(exc).__name__}: {first}" if first else type(exc).__name__
        raise SdkError(f"{source} failed on {sdk}: {detail}") from exc
    report = check_spans(source, capture.spans, profile=profile)
    if not report.calls:
        report.error = f"no spans captured: {what} emitted no span during the scenario"
    return report


def _run_scenario(name: str, profile: Profile) -> SourceReport:
    from .drivers.scenarios import run_scenario

    return _driven(
        f"scenario {name}",
        lambda: run_scenario(name),
        sdk=_sdk_version_text(),
        what="the SDK",
        profile=profile,
    )


def _read_file(path: str, profile: Profile) -> SourceReport:
    from .sources.otlp import OtlpError, load_otlp

    try:
        if Path(path).is_file() and Path(path).stat().st_size == 0:
            raise InputError(f"{path}: empty file: no OTLP trace data to check")
        spans = load_otlp(Path(path))
    except OtlpError as exc:
        raise InputError(str(exc)) from exc
    if not spans:
        raise InputError(f"{path}: holds no span (an OTLP export with empty resourceSpans)")
    return check_spans(path, spans, profile=profile)


def _run_framework(framework: str, name: str, profile: Profile) -> SourceReport:
    # A framework profile's scenario: the same capture as Patter's, the framework's driver.
    from .checks.profiles import run_driver

    return _driven(
        f"{framework} scenario {name}",
        lambda: run_driver(framework, name),
        sdk=_framework_text(framework),
        what=framework,
        profile=profile,
    )


def _framework_text(framework: str) -> str:
    from importlib import metadata

    from .checks.profiles import load_profile

    dist = load_profile(framework).profile
    name = (dist.distribution if dist is not None else None) or framework
    try:
        return f"{name} {metadata.version(name)}"
    except metadata.PackageNotFoundError:
        return f"{name} (not installed)"


def _resolve(profile: str | None, contract_path: str | None, content: str | None) -> Profile:
    # The one resolution of the check's inputs: the profile's keys and grouping, the
    # contract (--contract instead of the profile's) and the content policy (--content).
    from .checks.profiles import PROFILES, resolve_profile

    if profile is not None and profile not in PROFILES:
        raise InputError(f"unknown profile {profile!r}; known: {', '.join(PROFILES)}")
    try:
        return resolve_profile(name=profile, contract=contract_path, content=content)
    except (ValueError, OSError) as exc:
        raise InputError(str(exc)) from exc


def _check_frameworks(profile: Profile, scenarios: Sequence[str] | None) -> list[SourceReport]:
    import importlib

    from .checks.profiles import DRIVERS, profile_drivers

    reports: list[SourceReport] = []
    for framework in profile_drivers(profile.name):
        driver = importlib.import_module(DRIVERS[framework])
        try:
            present = bool(driver.installed())
        except ImportError:
            present = False
        if not present:
            dist = _framework_text(framework).split(" ")[0]
            raise SdkError(
                f"{dist} is not installed: pip install {dist} (or pass OTLP trace files)"
            )
        known = list(driver.SCENARIOS)
        names = list(scenarios) if scenarios else known
        unknown = [n for n in names if n not in known]
        if unknown:
            raise InputError(
                f"unknown {framework} scenario(s) {', '.join(unknown)}; known: {', '.join(known)}"
            )
        reports.extend(_run_framework(framework, n, profile) for n in names)
    return reports


def check(
    *,
    files: Sequence[str] = (),
    scenarios: Sequence[str] | None = None,
    contract_path: str | None = None,
    profile: str | None = None,
    content: str | None = None,
) -> list[SourceReport]:
    """Run the checks and return one report per scenario or file.

    ``content`` (``"forbid"`` / ``"allow"``) replaces the contract's answer to whether
    conversation content may be in the traces.

    Raises:
        InputError: an unknown scenario, an unreadable, empty or malformed contract or
            OTLP file (also a ``ValueError``).
        SdkError: scenarios were requested but getpatter is not installed, or a scenario
            failed to run (also a ``RuntimeError``).
        UnsupportedRelease: the installed getpatter is outside the supported range.
    """
    return _check(_resolve(profile, contract_path, content), files, scenarios)


def _check(
    profile: Profile, files: Sequence[str], scenarios: Sequence[str] | None
) -> list[SourceReport]:
    if files:
        return [_read_file(f, profile) for f in files]
    if profile.name != DEFAULT_PROFILE:
        return _check_frameworks(profile, scenarios)
    from .drivers.scenarios import SCENARIOS

    names = list(scenarios) if scenarios else list(SCENARIOS)
    unknown = [n for n in names if n not in SCENARIOS]
    if unknown:
        raise InputError(f"unknown scenario(s) {', '.join(unknown)}; known: {', '.join(SCENARIOS)}")
    from .drivers.scenarios import installed_release

    installed_release()  # SdkError / UnsupportedRelease before anything runs
    os.environ.setdefault("DO_NOT_TRACK", "1")
    return [_run_scenario(n, profile) for n in names]


def _profile_text(profile: str) -> str:
    from .checks.profiles import profile_drivers

    return ", ".join(_framework_text(f) for f in profile_drivers(profile))


def _sdk_version_text() -> str:
    version = _sdk_version()
    return f"getpatter {version}" if version else "getpatter (not installed)"


def _sdk_version() -> str | None:
    from importlib import metadata

    try:
        return metadata.version("getpatter")
    except metadata.PackageNotFoundError:
        return None


def _version_text() -> str:
    from importlib import metadata

    from . import __version__

    try:
        otel = metadata.version("opentelemetry-sdk")
    except metadata.PackageNotFoundError:  # pragma: no cover - a dependency
        otel = "not installed"
    return f"patter-trace {__version__} ({_sdk_version_text()}, opentelemetry-sdk {otel})"


def _supported_range() -> str:
    from .drivers.scenarios import SUPPORTED_RANGE

    return f"getpatter{SUPPORTED_RANGE}"


_EPILOG = """\
inputs:
  no FILE      drive the installed getpatter offline (fake STT/TTS, scripted LLM, no keys,
               no network) through the built-in scenarios; supported getpatter: {supported}
  FILE ...     OTLP trace exports: OTLP/JSON (one document, or the Collector's JSON lines),
               OTLP protobuf (ExportTraceServiceRequest, or length-prefixed), gzip of either;
               protobuf needs opentelemetry-proto

exit codes:
{codes}

also: patter-trace schema --help (the observed schema), patter-trace diff --help (its diff)
"""


class _Parser(argparse.ArgumentParser):
    """argparse that answers in JSON when ``--json`` was asked for, and exits 2."""

    json_errors = False

    def error(self, message: str) -> NoReturn:
        if self.json_errors:
            _emit_json(sys.stdout, None, exit_code=EXIT_INPUT, error=f"usage: {message}")
            raise SystemExit(EXIT_INPUT)
        super().error(message)


def _parser() -> _Parser:
    parser = _Parser(
        prog="patter-trace",
        description="Check Patter OpenTelemetry traces against the documented contract.",
    )
    parser.add_argument("--version", action="version", version=_version_text())
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    codes = "\n".join(f"  {code}  {meaning}" for code, meaning in EXIT_CODES.items())
    check_p = sub.add_parser(
        "check",
        help="check the installed getpatter (no files) or OTLP trace files",
        description="With no FILE: drive the installed getpatter offline through built-in "
        "scenarios. With FILEs: check OTLP/JSON or OTLP protobuf trace files.",
        epilog=_EPILOG.format(supported=_supported_range(), codes=codes),
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
    check_p.add_argument(
        "--profile",
        metavar="NAME",
        help="patter (default), pipecat, livekit or genai: which framework is driven and "
        "which contract its traces are held to (docs/profiles.md)",
    )
    check_p.add_argument(
        "--content",
        choices=("forbid", "allow"),
        help="whether conversation content may be in the traces (default: the contract's; "
        "Patter forbids, the pipecat, livekit and genai profiles allow)",
    )
    check_p.add_argument("--json", action="store_true", help="machine-readable output")
    check_p.add_argument(
        "--html", metavar="FILE", help="also write a self-contained HTML waterfall of every call"
    )
    check_p.add_argument(
        "--markdown",
        metavar="FILE",
        help='also write a Markdown summary (e.g. --markdown "$GITHUB_STEP_SUMMARY")',
    )
    check_p.add_argument(
        "--debug", action="store_true", help="show the traceback when the check cannot run"
    )
    colour = check_p.add_mutually_exclusive_group()
    colour.add_argument("--color", action="store_true", default=None, help="force colour")
    colour.add_argument("--no-color", action="store_false", dest="color", help="no colour")
    return parser


def _emit_json(
    out: TextIO,
    reports: Sequence[SourceReport] | None,
    *,
    exit_code: int,
    error: str | None = None,
    contract: dict[str, Any] | None = None,
) -> None:
    about: dict[str, Any] = {"sdk": {"name": "getpatter", "version": _sdk_version()}}
    if contract is not None:
        about["contract"] = contract
    payload = render_json(reports, exit_code=exit_code, error=error, about=about)
    json.dump(payload, out, indent=2, sort_keys=True, default=str)
    out.write("\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Console entry point; returns the exit code (see :data:`EXIT_CODES`).

    A reader that stops early (``patter-trace check | head``) ends the output quietly:
    the exit code is still the verdict.
    """
    verdict: list[int] = []
    try:
        return _main(argv, verdict)
    except BrokenPipeError:
        _quiet_stdout()
        return verdict[-1] if verdict else EXIT_CONFORMS


def _quiet_stdout() -> None:
    # Python flushes stdout once more at exit; pointed at devnull it cannot fail again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _main(argv: Sequence[str] | None, verdict: list[int]) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] in (["schema"], ["diff"]):
        # The observed schema and its semantic diff live in their own module.
        from ._schema_cli import main as schema_main

        return schema_main(args_list)
    parser = _parser()
    # Decided before parsing, so a usage error is JSON too when JSON was asked for.
    _Parser.json_errors = "--json" in args_list
    try:
        args = parser.parse_args(args_list)
    finally:
        _Parser.json_errors = False
    out = sys.stdout
    if args.list_scenarios:
        return _list_scenarios(args, out)
    try:
        profile = _resolve(args.profile, args.contract, args.content)
        reports = _check(profile, args.files, args.scenarios)
    except (InputError, SdkError) as exc:
        code = (
            EXIT_UNSUPPORTED
            if isinstance(exc, UnsupportedRelease)
            else EXIT_SDK
            if isinstance(exc, SdkError)
            else EXIT_INPUT
        )
        if args.debug:
            traceback.print_exc(file=sys.stderr)
        if args.json:
            _emit_json(out, None, exit_code=code, error=str(exc))
        else:
            sys.stderr.write(f"patter-trace: error: {printable(str(exc))}\n")
        return code
    code = EXIT_CONFORMS if all(r.conforms for r in reports) else EXIT_DRIFT
    verdict.append(code)
    try:
        _write_extras(args, reports)
    except OSError as exc:
        message = f"cannot write {exc.filename}: {exc.strerror or exc}"
        if args.json:
            _emit_json(out, None, exit_code=EXIT_INPUT, error=message)
        else:
            sys.stderr.write(f"patter-trace: error: {message}\n")
        return EXIT_INPUT
    # The contract the reports were held to: resolved once, with the profile.
    contract = profile.contract
    if args.json:
        about = {"name": contract.name, "version": contract.version, "source": contract.source}
        _emit_json(out, reports, exit_code=code, contract=about)
    else:
        color = args.color if args.color is not None else _want_colour(out)
        header = "patter-trace check: " + ("OTLP files" if args.files else _sdk_version_text())
        if args.profile and args.profile != "patter":
            header = f"patter-trace check --profile {args.profile}: " + (
                "OTLP files" if args.files else _profile_text(args.profile)
            )
        header += "\n" + _contract_line(contract)
        render_text(reports, out, Style(color), header=header)
    return code


def _scenario_names(profile: str) -> list[str]:
    # A framework profile's scenarios are its drivers'; patter's are getpatter's.
    from .checks.profiles import PROFILES, driver_scenarios, profile_drivers

    if profile not in PROFILES:
        raise InputError(f"unknown profile {profile!r}; known: {', '.join(PROFILES)}")
    frameworks = profile_drivers(profile)
    if not frameworks:
        from .drivers.scenarios import SCENARIOS

        return list(SCENARIOS)
    names: dict[str, None] = {}
    for framework in frameworks:
        names.update(dict.fromkeys(driver_scenarios(framework)))
    return list(names)


def _list_scenarios(args: argparse.Namespace, out: TextIO) -> int:
    profile = args.profile or "patter"
    try:
        names = _scenario_names(profile)
    except InputError as exc:
        if args.json:
            _emit_json(out, None, exit_code=EXIT_INPUT, error=str(exc))
        else:
            sys.stderr.write(f"patter-trace: error: {exc}\n")
        return EXIT_INPUT
    if args.json:
        payload = {
            "exit_code": EXIT_CONFORMS,
            "error": None,
            "profile": profile,
            "scenarios": names,
        }
        json.dump(payload, out, indent=2)
        out.write("\n")
    else:
        out.write("\n".join(names) + "\n")
    return EXIT_CONFORMS


def _contract_line(contract: Contract) -> str:
    return f"checked against: {contract.title} ({printable(contract.source)})"


def _write_extras(args: argparse.Namespace, reports: Sequence[SourceReport]) -> None:
    # The HTML and Markdown reports, next to (not instead of) the text or JSON output.
    if args.html:
        from .outputs.waterfall import write_html

        write_html(args.html, reports, title="patter-trace check")
    if args.markdown:
        from .outputs.summary import render_markdown

        Path(args.markdown).parent.mkdir(parents=True, exist_ok=True)
        Path(args.markdown).write_text(render_markdown(reports), "utf-8")


def _want_colour(out: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(out, "isatty", lambda: False)())


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
