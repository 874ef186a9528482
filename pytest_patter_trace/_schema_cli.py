"""``patter-trace schema`` and ``patter-trace diff``: the observed schema and its semantic diff.

``schema`` observes the installed SDK (the built-in scenarios, or a profile's framework)
or OTLP trace files and writes the registry-shaped YAML. ``diff OLD NEW`` compares two
schemas, each given as a schema file, an OTLP trace file, or a getpatter release
(``0.6.1``: installed in a temporary virtual environment with this package, and
observed there). ``cli.py`` hands these two commands to :func:`main`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from .checks.contract import Contract
from .checks.schema import Schema, SchemaError, parse_schema, schema_of
from .checks.schema_diff import diff_schemas
from .core.errors import PatterTraceError, SdkError
from .core.model import SpanRecord

__all__ = ["COMMANDS", "main", "observe", "release_schema"]

EXIT_SAME, EXIT_CHANGED, EXIT_INPUT, EXIT_SDK = 0, 1, 2, 3
#: The commands this module answers.
COMMANDS = ("schema", "diff")
_RELEASE = re.compile(r"\d+\.\d+(?:\.\d+)?(?:[.-]?(?:a|b|rc|post|dev)\d*)?\Z")


class _InputError(PatterTraceError, ValueError):
    """A file, release or option the command cannot use."""


def _spans_of(driver: object) -> tuple[SpanRecord, ...]:
    from .sources.capture import run_captured

    try:
        capture = run_captured(driver)  # type: ignore[arg-type]
    except PatterTraceError:
        raise
    except Exception as exc:
        first = (str(exc).strip().splitlines() or [""])[0]
        raise SdkError(f"{type(exc).__name__}: {first}".rstrip(": ")) from exc
    return tuple(capture.spans)


def observe(
    *, scenarios: Sequence[str] | None = None, profile: str | None = None
) -> tuple[Schema, str]:
    """The schema of the built-in scenarios (or a profile's), and what was observed.

    Raises:
        SdkError: the SDK or framework is missing or failed to run.
        ValueError: an unknown scenario or profile.

    """
    spans, contract, source = _observed_spans(scenarios, profile)
    return schema_of(spans, contract=contract, source=source), source


def _observed_spans(
    scenarios: Sequence[str] | None, profile: str | None
) -> tuple[list[SpanRecord], Contract | None, str]:
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PATTER_TELEMETRY_DISABLED", "1")
    if profile not in (None, "patter"):
        return _profile_spans(str(profile), scenarios)
    from .drivers.scenarios import SCHEMA_SCENARIOS, installed_release, run_scenario

    names = list(scenarios or SCHEMA_SCENARIOS)
    unknown = [n for n in names if n not in SCHEMA_SCENARIOS]
    if unknown:
        known = ", ".join(SCHEMA_SCENARIOS)
        raise _InputError(f"unknown scenario(s) {', '.join(unknown)}; known: {known}")
    version = installed_release()
    spans: list[SpanRecord] = []
    for name in names:
        spans.extend(_spans_of(lambda name=name: run_scenario(name)))
    return spans, None, f"getpatter {version} ({', '.join(names)})"


def _profile_contract(profile: str) -> Contract:
    from .checks.profiles import PROFILES, load_profile

    if profile not in PROFILES:
        raise _InputError(f"unknown profile {profile!r}; known: {', '.join(PROFILES)}")
    return load_profile(profile)


def _installed(driver: object) -> bool:
    # find_spec("livekit.agents") raises, not answers, when livekit itself is absent.
    try:
        return bool(driver.installed())  # type: ignore[attr-defined]
    except ImportError:
        return False


def _profile_spans(
    profile: str, scenarios: Sequence[str] | None
) -> tuple[list[SpanRecord], Contract, str]:
    import importlib

    from .checks.profiles import DRIVERS, profile_drivers, run_driver

    contract = _profile_contract(profile)
    spans: list[SpanRecord] = []
    ran: list[str] = []
    frameworks = profile_drivers(profile)
    drivers = {f: importlib.import_module(DRIVERS[f]) for f in frameworks}
    # A profile over several frameworks (genai) observes those installed; one, that one.
    usable = [f for f in frameworks if _installed(drivers[f])]
    if not usable or (len(frameworks) == 1 and usable != list(frameworks)):
        missing = ", ".join(f for f in frameworks if f not in usable)
        raise SdkError(f"{missing} is not installed (or pass OTLP trace files)")
    for framework in usable:
        driver = drivers[framework]
        known = list(driver.SCENARIOS)
        names = list(scenarios) if scenarios else known
        unknown = [n for n in names if n not in known]
        if unknown:
            raise _InputError(f"unknown {framework} scenario(s) {', '.join(unknown)}")
        for name in names:
            spans.extend(
                _spans_of(lambda framework=framework, name=name: run_driver(framework, name))
            )
            ran.append(f"{framework} {name}")
    return spans, contract, f"profile {profile} ({', '.join(ran)})"


def _load_spans(path: str) -> tuple[SpanRecord, ...]:
    from .sources.otlp import OtlpError, load_otlp

    try:
        spans = load_otlp(Path(path))
    except OtlpError as exc:
        raise _InputError(str(exc)) from exc
    if not spans:
        raise _InputError(f"{path}: holds no span")
    return tuple(spans)


def _read_trace(path: str, profile: str | None) -> Schema:
    spans = _load_spans(path)
    contract = None
    if profile not in (None, "patter"):
        from .checks.profiles import load_profile

        contract = load_profile(str(profile))
    return schema_of(spans, contract=contract, source=path)


def _is_schema_file(path: Path) -> bool:
    if path.suffix.lower() in (".yaml", ".yml"):
        return True
    with path.open("rb") as handle:
        head = handle.read(200).lstrip()
    return head.startswith((b"# pytest-patter-trace observed schema", b"groups:"))


def resolve(
    what: str, *, profile: str | None = None, venv_dir: str | None = None, out: TextIO | None = None
) -> Schema:
    """A schema from a schema file, an OTLP trace file or a getpatter release version.

    Raises:
        ValueError: not a readable file nor a release version.
        SdkError: the release could not be installed or observed.

    """
    path = Path(what)
    if path.is_file():
        try:
            if _is_schema_file(path):
                return parse_schema(path.read_text(encoding="utf-8"), origin=what)
        except (OSError, UnicodeDecodeError) as exc:
            raise _InputError(f"{what}: cannot read: {exc}") from None
        return _read_trace(what, profile)
    if _RELEASE.match(what):
        return release_schema(what, venv_dir=venv_dir, log=out)
    raise _InputError(
        f"{what}: no such file, and not a getpatter release (a schema YAML, an OTLP trace "
        "file, or a version such as 0.7.0)"
    )


def _project_source() -> str:
    # This package as pip should install it next to the release: its source tree when we
    # run from one, else the same version from the index.
    from importlib import metadata

    root = Path(__file__).resolve().parent.parent
    if (root / "pyproject.toml").is_file():
        return str(root)
    return f"pytest-patter-trace=={metadata.version('pytest-patter-trace')}"


def _run(command: Sequence[str], what: str) -> str:
    try:
        proc = subprocess.run(
            list(command), capture_output=True, text=True, check=False, timeout=1800
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SdkError(f"{what}: {exc}") from exc
    if proc.returncode != 0:
        lines = [line for line in (proc.stderr or proc.stdout).splitlines() if line.strip()] or [
            f"exit {proc.returncode}"
        ]
        raise SdkError(f"{what} failed: {lines[-1].strip()}")
    return proc.stdout


def release_schema(
    version: str, *, venv_dir: str | None = None, log: TextIO | None = None
) -> Schema:
    """The schema of getpatter ``version``, observed in a virtual environment of its own.

    The environment is made in ``venv_dir/getpatter-<version>`` (kept and reused) or a
    temporary directory (removed). It needs the package index (``pip install``).

    Raises:
        SdkError: the environment could not be made, or the release not observed.

    """
    with tempfile.TemporaryDirectory(prefix="patter-trace-") as tmp:
        home = Path(venv_dir or tmp) / f"getpatter-{version}"
        bin_dir = home / ("Scripts" if os.name == "nt" else "bin")
        python = bin_dir / ("python.exe" if os.name == "nt" else "python")
        if not python.exists():
            if log is not None:
                log.write(f"patter-trace: installing getpatter {version} in {home}\n")
                log.flush()
            _run([sys.executable, "-m", "venv", str(home)], f"python -m venv {home}")
            _run(
                [
                    str(python),
                    "-m",
                    "pip",
                    "install",
                    "-q",
                    f"getpatter=={version}",
                    _project_source(),
                ],
                f"pip install getpatter=={version}",
            )
        target = Path(tmp) / f"schema-{version}.yaml"
        env_cmd = [str(python), "-m", "pytest_patter_trace.cli", "schema", "-o", str(target)]
        _run(env_cmd, f"patter-trace schema on getpatter {version}")
        schema = parse_schema(target.read_text(encoding="utf-8"), origin=f"getpatter {version}")
    return Schema(schema.spans, source=f"getpatter {version}")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="patter-trace")
    sub = parser.add_subparsers(dest="command", required=True)
    schema_p = sub.add_parser(
        "schema",
        help="the observed schema (registry-shaped YAML) of the SDK or of OTLP files",
        description="Observe the installed getpatter through the built-in scenarios (or a "
        "profile's framework, or OTLP trace files) and write the schema as YAML.",
    )
    schema_p.add_argument("files", nargs="*", metavar="FILE", help="OTLP trace files")
    schema_p.add_argument("--scenario", action="append", dest="scenarios", metavar="NAME")
    schema_p.add_argument("--profile", metavar="NAME", help="patter, pipecat, livekit or genai")
    schema_p.add_argument("-o", "--output", metavar="FILE", help="write here, not to stdout")
    schema_p.add_argument("--json", action="store_true", help="the same data as JSON")
    schema_p.add_argument(
        "--coverage",
        action="store_true",
        help="instead: the share of the profile's required attributes present",
    )
    diff_p = sub.add_parser(
        "diff",
        help="the semantic diff of two schemas: files, OTLP traces or getpatter releases",
        description="Compare two observed schemas. OLD and NEW are each a schema YAML, an "
        "OTLP trace file, or a getpatter release version (installed in a temporary venv).",
        epilog="exit codes: 0 no change, 1 changed, 2 usage or input error, "
        "3 a release could not be installed or observed",
    )
    diff_p.add_argument("old", metavar="OLD")
    diff_p.add_argument("new", metavar="NEW")
    diff_p.add_argument("--profile", metavar="NAME", help="units of OTLP files from this profile")
    diff_p.add_argument("--json", action="store_true", help="machine-readable output")
    diff_p.add_argument(
        "--markdown",
        nargs="?",
        const="-",
        metavar="FILE",
        help="Markdown for a pull-request comment (to FILE, or stdout)",
    )
    diff_p.add_argument(
        "--venv-dir", metavar="DIR", help="keep and reuse release environments under DIR"
    )
    return parser


def _schema_command(args: argparse.Namespace, out: TextIO) -> int:
    if args.files:
        spans: list[SpanRecord] = []
        for path in args.files:
            spans.extend(_load_spans(path))
        contract = None
        if args.profile not in (None, "patter"):
            contract = _profile_contract(args.profile)
        source = ", ".join(args.files)
    else:
        spans, contract, source = _observed_spans(args.scenarios, args.profile)
    if args.coverage:
        from .checks.contract import default_contract
        from .checks.schema_coverage import coverage_of

        report = coverage_of(spans, contract or default_contract())
        data: object = report.to_dict()
        text = json.dumps(data, indent=2) + "\n" if args.json else report.format() + "\n"
    else:
        schema = schema_of(spans, contract=contract, source=source)
        text = json.dumps(schema.to_dict(), indent=2) + "\n" if args.json else schema.to_yaml()
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        out.write(text)
    return EXIT_SAME


def _diff_command(args: argparse.Namespace, out: TextIO) -> int:
    old = resolve(args.old, profile=args.profile, venv_dir=args.venv_dir, out=sys.stderr)
    new = resolve(args.new, profile=args.profile, venv_dir=args.venv_dir, out=sys.stderr)
    diff = diff_schemas(
        Schema(old.spans, source=old.source or args.old),
        Schema(new.spans, source=new.source or args.new),
    )
    if args.json:
        json.dump(diff.to_dict(), out, indent=2)
        out.write("\n")
    elif args.markdown != "-":
        out.write(diff.format() + "\n")
    if args.markdown == "-":
        out.write(diff.markdown())
    elif args.markdown:
        Path(args.markdown).write_text(diff.markdown(), encoding="utf-8")
    return EXIT_CHANGED if diff else EXIT_SAME


def main(argv: Sequence[str], out: TextIO | None = None) -> int:
    """Run ``schema`` or ``diff``; returns the exit code (0 same, 1 changed, 2 input, 3 SDK)."""
    out = out or sys.stdout
    try:
        args = _parser().parse_args(list(argv))
    except SystemExit as exc:
        return EXIT_INPUT if exc.code not in (0, None) else EXIT_SAME
    try:
        if args.command == "schema":
            return _schema_command(args, out)
        return _diff_command(args, out)
    except SdkError as exc:
        return _error(args, out, str(exc), EXIT_SDK)
    except (SchemaError, ValueError, OSError) as exc:
        message = str(exc)
        if isinstance(exc, OSError) and exc.filename:
            message = f"{exc.filename}: {exc.strerror or exc}"
        return _error(args, out, message, EXIT_INPUT)


def _error(args: argparse.Namespace, out: TextIO, message: str, code: int) -> int:
    # One line on stderr; with --json also a JSON answer, so a pipeline always parses.
    sys.stderr.write(f"patter-trace: error: {message}\n")
    if args.json:
        json.dump({"exit_code": code, "error": message}, out)
        out.write("\n")
    return code
