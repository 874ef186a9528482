"""getpatter's own test suite, run three ways, every test's outcome compared.

Usage (the ``getpatter-suite`` tox env)::

    python tests/external/getpatter_suite.py --workdir DIR [--sdist FILE | --suite-dir DIR]
        [-- extra pytest args]

The suite comes from getpatter's sdist (``pip download getpatter==0.7.0 --no-binary :all:
--no-deps``); only its ``tests/`` and ``pyproject.toml`` are unpacked, so the tests import
the installed getpatter. It runs three times, one after the other:

(a) ``-p no:patter_trace``: without the plugin;
(b) the plugin installed and idle;
(c) ``-p patter_suite_capture --patter-no-pii``: an autouse fixture requests
    ``patter_spans`` in every test, with the PII guard on; with ``--fastapi`` FastAPI's
    OpenTelemetry instrumentation is on too, so the dashboard and API tests add HTTP
    server spans beside getpatter's.

Exit status: 0 every test has the same outcome in the three runs, 1 some differ (listed by
node id: no failure message and no span data is printed), 2 the suite could not run, or
its baseline is broken: run (a), without the plugin, did not complete or had failures
(one screen names the failing tests and the first error's type and place).
Not a test module: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import resource
import subprocess
import sys
import tarfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
VERSION = "0.7.0"
OUTCOMES = ("passed", "failed", "skipped", "xfailed", "xpassed", "error")
#: Modules importing the suite's ``tests/conftest.py``, which the sdist does not ship.
_CONFTEST_IMPORT = re.compile(
    r"^\s*(from\s+tests\.conftest\s+import|import\s+tests\.conftest)", re.M
)


class CannotRun(Exception):
    """The suite could not be fetched or run: exit status 2."""


class BrokenBaseline(Exception):
    """Run (a), without the plugin, did not complete or had failures: exit status 2.

    The comparison means nothing then: the suite is broken by what is installed (the
    pins), not by the plugin, and the job says so instead of reporting a difference.
    """

    def __init__(self, run: Run, reason: str) -> None:
        super().__init__(reason)
        self.run = run
        self.reason = reason


@dataclass(frozen=True)
class Way:
    """One of the three ways of running the suite."""

    key: str
    title: str
    args: tuple[str, ...]


WAYS = (
    Way("a", "(a) no plugin", ("-p", "no:patter_trace")),
    Way("b", "(b) plugin idle", ()),
    Way("c", "(c) patter_spans + no-pii", ("-p", "patter_suite_capture", "--patter-no-pii")),
)


@dataclass
class Run:
    """One run's outcomes and figures."""

    way: Way
    exitstatus: int
    seconds: float
    cpu_seconds: float
    tests: dict[str, dict[str, Any]] = field(default_factory=dict)
    internal_error: str | None = None
    internal_error_test: str | None = None

    def outcome(self, nodeid: str) -> str:
        """The test's outcome, ``absent`` if this run did not report it."""
        entry = self.tests.get(nodeid)
        return str(entry["outcome"]) if entry else "absent"

    def counts(self) -> Counter[str]:
        """How many tests ended with each outcome."""
        return Counter(str(entry["outcome"]) for entry in self.tests.values())

    def spans(self) -> tuple[int, int, int] | None:
        """Spans captured, of them not getpatter's, and tests that captured any.

        ``None`` for a run without the capture.
        """
        entries = [e for e in self.tests.values() if "spans" in e]
        if not entries:
            return None
        return (
            sum(int(e["spans"]) for e in entries),
            sum(int(e.get("other_spans", 0)) for e in entries),
            sum(1 for e in entries if e["spans"]),
        )


def fetch_sdist(workdir: Path, version: str) -> Path:
    """Download getpatter's sdist from the package index into ``workdir``."""
    dest = workdir / "sdist"
    dest.mkdir(parents=True, exist_ok=True)
    found = sorted(dest.glob(f"getpatter-{version}.tar.gz"))
    if found:
        return found[0]
    command = [sys.executable, "-m", "pip", "download", f"getpatter=={version}"]
    command += ["--no-binary", ":all:", "--no-deps", "-d", str(dest)]
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    found = sorted(dest.glob(f"getpatter-{version}.tar.gz"))
    if proc.returncode != 0 or not found:
        tail = "\n".join(proc.stderr.strip().splitlines()[-5:])
        raise CannotRun(f"pip download getpatter=={version} failed ({proc.returncode}):\n{tail}")
    return found[0]


def unpack_suite(sdist: Path, workdir: Path) -> Path:
    """Unpack only ``tests/`` and ``pyproject.toml``: the tests import installed getpatter."""
    target = workdir / "suite"
    if target.exists():
        return target
    wanted = re.compile(r"^[^/]+/(pyproject\.toml|tests/.*)$")
    try:
        with tarfile.open(sdist) as archive:
            members = [m for m in archive.getmembers() if wanted.match(m.name) and m.isfile()]
            if not any("/tests/" in m.name for m in members):
                raise CannotRun(f"{sdist.name} has no tests/ directory")
            staging = workdir / "suite.partial"
            for member in members:
                member.name = member.name.split("/", 1)[1]
                archive.extract(member, staging, filter="data")
    except (tarfile.TarError, OSError) as exc:
        raise CannotRun(f"cannot unpack {sdist.name}: {exc}") from exc
    staging.rename(target)
    return target


def left_out(suite: Path) -> list[str]:
    """Test modules importing ``tests/conftest.py`` when the suite has none."""
    tests = suite / "tests"
    if (tests / "conftest.py").exists():
        return []
    return sorted(
        str(path.relative_to(suite))
        for path in tests.rglob("test_*.py")
        if _CONFTEST_IMPORT.search(path.read_text(encoding="utf-8", errors="replace"))
    )


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_way(way: Way, suite: Path, workdir: Path, extra: Sequence[str]) -> Run:
    """Run the suite one way in a fresh pytest process."""
    results = workdir / f"results-{way.key}.json"
    results.unlink(missing_ok=True)
    env = dict(os.environ)
    # No network and no usage telemetry from getpatter, whatever the caller's environment.
    env.update(DO_NOT_TRACK="1", PATTER_TELEMETRY_DISABLED="1")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(HERE), env.get("PYTHONPATH")) if p)
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    # --tb=line: pytest renders no failure's source, so a crash in rendering (CPython
    # 3.11.7's "AST constructor recursion depth mismatch" once a suite hits it) cannot
    # end the session; the recorder keeps each failure's type and place anyway.
    command += ["--tb=line", "-p", "no:randomly", "-p", "patter_suite_recorder"]
    command += [f"--patter-suite-results={results}", *way.args]
    command += [f"--ignore={name}" for name in left_out(suite)]
    command += list(extra)
    log = workdir / f"pytest-{way.key}.log"
    start, cpu = time.perf_counter(), _children_cpu()
    with log.open("w", encoding="utf-8") as out:
        proc = subprocess.run(command, cwd=suite, env=env, stdout=out, stderr=subprocess.STDOUT)
    seconds, cpu = time.perf_counter() - start, _children_cpu() - cpu
    if not results.exists():
        raise CannotRun(
            f"run {way.title} wrote no results (pytest exit {proc.returncode}); see {log}"
        )
    data = json.loads(results.read_text(encoding="utf-8"))
    run = Run(way, int(data["exitstatus"]), seconds, cpu, dict(data["tests"]))
    run.internal_error = data.get("internal_error")
    run.internal_error_test = data.get("internal_error_test")
    if run.exitstatus not in (0, 1) or not run.tests:
        reason = (
            f"run {way.title} did not complete: pytest exit {run.exitstatus}, "
            f"{len(run.tests)} tests; see {log}"
        )
        if way.key == "a":
            raise BrokenBaseline(run, reason)
        raise CannotRun(reason)
    return run


#: How many failing tests a broken-baseline report lists: it must fit on one screen.
SHOWN = 20


def failing(run: Run) -> list[str]:
    """Node ids of the run's failed and errored tests, in the order they ran."""
    return [n for n, e in run.tests.items() if e["outcome"] in ("failed", "error")]


def baseline_report(error: BrokenBaseline, workdir: Path) -> str:
    """One screen: what broke, the first error, the failing tests; never a message."""
    run = error.run
    bad = failing(run)
    lines = [
        "getpatter's own suite does not complete under these pins: run (a), without the "
        "plugin, cannot serve as the baseline.",
        f"  {error.reason}",
    ]
    if run.internal_error:
        during = run.internal_error_test
        lines.append(
            f"  pytest stopped on an internal error: {run.internal_error}"
            + (f", while reporting {during}" if during else "")
        )
        if not bad and during:
            lines.append(f"  first error: {during} (internal error: {run.internal_error})")
    if bad:
        entry = run.tests[bad[0]]
        where = f" at {entry['at']}" if entry.get("at") else ""
        lines.append(f"  first error: {bad[0]} ({entry.get('error', 'failure')}{where})")
        lines.append(f"  failing without the plugin ({len(bad)}):")
        lines += [f"    {node} ({run.tests[node].get('error', 'failure')})" for node in bad[:SHOWN]]
        if len(bad) > SHOWN:
            lines.append(f"    ... {len(bad) - SHOWN} more in {workdir}/results-a.json")
    lines.append(
        "  The installed packages break the suite, not the plugin: check pins/getpatter-suite.txt "
        "(tools/refresh_pins.py, pins/holdbacks/)."
    )
    return "\n".join(lines)


def with_fastapi(way: Way) -> Way:
    """Run ``way`` with FastAPI's instrumentation loaded too; it must be installed."""
    try:
        found = importlib.util.find_spec("opentelemetry.instrumentation.fastapi") is not None
    except ModuleNotFoundError:  # opentelemetry.instrumentation itself is missing
        found = False
    if not found:
        raise CannotRun(
            "--fastapi needs opentelemetry-instrumentation-fastapi installed "
            "(any version matching the installed OpenTelemetry SDK)"
        )
    return Way(way.key, way.title + " + FastAPI", (*way.args, "-p", "patter_suite_fastapi"))


def differences(runs: Sequence[Run]) -> list[str]:
    """One line per test whose outcome is not the same in every run."""
    lines = []
    for nodeid in sorted(set().union(*(run.tests for run in runs))):
        outcomes = [run.outcome(nodeid) for run in runs]
        if len(set(outcomes)) == 1:
            continue
        parts = []
        for run, outcome in zip(runs, outcomes, strict=True):
            error = run.tests.get(nodeid, {}).get("error")
            parts.append(f"{run.way.key}={outcome}" + (f" ({error})" if error else ""))
        lines.append(f"  {nodeid}: " + ", ".join(parts))
    return lines


def table(runs: Sequence[Run]) -> str:
    """The side-by-side figures of the runs."""
    rows: list[tuple[str, ...]] = [("", *(run.way.title for run in runs))]
    rows.append(("tests", *(str(len(run.tests)) for run in runs)))
    counts = [run.counts() for run in runs]
    for outcome in OUTCOMES:
        if any(c[outcome] for c in counts):
            rows.append((f"  {outcome}", *(str(c[outcome]) for c in counts)))
    spans = [run.spans() for run in runs]
    rows.append(("spans captured", *("-" if s is None else str(s[0]) for s in spans)))
    rows.append(("  not getpatter's", *("-" if s is None else str(s[1]) for s in spans)))
    rows.append(("tests with spans", *("-" if s is None else str(s[2]) for s in spans)))
    rows.append(("wall seconds", *(f"{run.seconds:.1f}" for run in runs)))
    rows.append(("cpu seconds", *(f"{run.cpu_seconds:.1f}" for run in runs)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the three ways and compare; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, required=True, help="scratch directory")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--sdist", type=Path, help="a getpatter sdist already downloaded")
    source.add_argument("--suite-dir", type=Path, help="an unpacked suite (tests/ + pyproject)")
    parser.add_argument(
        "--version", default=VERSION, help="getpatter version (default %(default)s)"
    )
    parser.add_argument(
        "--fastapi",
        action="store_true",
        help="run (c) with FastAPI's OpenTelemetry instrumentation on",
    )
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments, after --")
    args = parser.parse_args(argv)
    workdir: Path = args.workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        if args.suite_dir is not None:
            suite = args.suite_dir.resolve()
            if not (suite / "tests").is_dir():
                raise CannotRun(f"--suite-dir {suite} has no tests/ directory")
        else:
            sdist = args.sdist or fetch_sdist(workdir, args.version)
            suite = unpack_suite(sdist.resolve(), workdir)
        skipped = left_out(suite)
        print(f"getpatter suite: {suite}")
        for name in skipped:
            print(f"left out: {name} (imports tests/conftest.py, which the sdist does not ship)")
        sys.path.insert(0, str(HERE))
        from patter_suite_capture import TOKEN_IN_URL_TESTS, URL_KEYS

        for node in TOKEN_IN_URL_TESTS:
            print(
                f"run (c) allows {', '.join(URL_KEYS)} in {node}: the test puts the dashboard "
                "token in the URL on purpose, and the guard flags it in the request spans"
            )
        ways = list(WAYS)
        if args.fastapi:
            ways[2] = with_fastapi(ways[2])
        runs = []
        for way in ways:
            print(f"running {way.title} ...", flush=True)
            runs.append(run_way(way, suite, workdir, args.pytest_args))
    except BrokenBaseline as exc:
        print(baseline_report(exc, workdir), file=sys.stderr)
        return 2
    except CannotRun as exc:
        print(f"getpatter suite could not run: {exc}", file=sys.stderr)
        return 2
    print()
    print(table(runs))
    diff = differences(runs)
    print()
    if diff:
        print(f"{len(diff)} tests differ between the runs:")
        print("\n".join(diff))
        print(f"pytest's own output of each run: {workdir}/pytest-a.log, -b.log, -c.log")
    else:
        print(f"identical: all {len(runs[0].tests)} tests have the same outcome in the three runs")
    # A suite that fails without the plugin proves nothing about the plugin: say so, and fail.
    bad = failing(runs[0])
    if bad:
        reason = f"run {runs[0].way.title} has {len(bad)} failed or errored tests"
        print(baseline_report(BrokenBaseline(runs[0], reason), workdir), file=sys.stderr)
        return 2
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
