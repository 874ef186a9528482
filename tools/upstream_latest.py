"""Run the third-party envs against what the package index serves today, and say what moved.

Usage (the ``upstream-latest`` tox env; not gating, not in the default run)::

    python tools/upstream_latest.py --workdir DIR [ENV ...]

The pinned envs (``pins/<env>.txt``) keep CI reproducible; this job looks past the pins on
purpose, so upstream drift is seen before a refresh rather than found as a red main. It:

1. runs the third-party envs (the getpatter releases, getpatter's own suite, Pipecat,
   LiveKit, the docs toolchain, and our suite on Python 3.11) with empty pins and no
   holdbacks, in ``DIR/latest``;
2. runs getpatter's own suite pinned too, in ``DIR/pinned``;
3. prints, per env, whether it passed and which packages moved from its pins
   (``openai 2.30.0 -> 3.63.0``, ``+ httpx2 1.0`` for a new one, ``- x`` for one gone);
4. prints which of getpatter's tests changed outcome between pinned and latest, per run.

Exit status 0 when the report was made (whatever it says: the job informs, it does not
gate), 2 when it could not run at all.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from refresh_pins import (  # a sibling script, not a package
    PINS,
    ROOT,
    canonical,
    env_python,
    envlist,
    freeze,
    pin_file_names,
    results,
)

#: The envs whose installs are mostly code we do not own.
THIRD_PARTY = (
    "getpatter-0.4.2",
    "getpatter-0.5.4",
    "getpatter-0.6.1",
    "getpatter-0.6.8",
    "getpatter-0.7.0",
    "getpatter-suite",
    "pipecat",
    "livekit",
    "docs",
    "py311",
)
SUITE = "getpatter-suite"


def read_pins(path: Path) -> dict[str, str]:
    """``{canonical name: version}`` of a pins file (comments and blanks skipped)."""
    pins: dict[str, str] = {}
    if not path.exists():
        return pins
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        name, sep, version = line.partition("==")
        if sep:
            pins[canonical(name)] = version.strip()
    return pins


def moved(pinned: dict[str, str], latest: dict[str, str]) -> list[str]:
    """One line per package whose version differs, appeared or went away."""
    lines = []
    for name in sorted(set(pinned) | set(latest)):
        old, new = pinned.get(name), latest.get(name)
        if old == new:
            continue
        if old is None:
            lines.append(f"+ {name} {new}")
        elif new is None:
            lines.append(f"- {name} {old}")
        else:
            lines.append(f"  {name} {old} -> {new}")
    return lines


def run_tox(envs: Sequence[str], workdir: Path, pins: Path | None) -> dict[str, bool | None]:
    """Run ``envs`` afresh in ``workdir``; ``pins`` None means the committed pins."""
    env = dict(os.environ)
    if pins is not None:
        env["PATTER_PINS"] = str(pins)
    else:
        env.pop("PATTER_PINS", None)
    report = workdir / "result.json"
    command = ["tox", "run-parallel", "-p", "2", "-r", "--workdir", str(workdir)]
    command += ["--result-json", str(report), "-e", ",".join(envs)]
    print("upstream-latest: running", " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, env=env, check=False)
    return results(report) if report.exists() else {}


def suite_outcomes(workdir: Path) -> dict[str, dict[str, str]]:
    """Per run key (a, b, c): ``{node id: outcome}`` the suite harness recorded."""
    runs: dict[str, dict[str, str]] = {}
    for path in sorted((workdir / SUITE / "tmp").glob("results-*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        key = path.stem.removeprefix("results-")
        runs[key] = {node: str(entry["outcome"]) for node, entry in data["tests"].items()}
    return runs


def changed_outcomes(pinned: dict[str, str], latest: dict[str, str]) -> list[str]:
    """One line per test whose outcome differs between the pinned and the latest run."""
    lines = []
    for node in sorted(set(pinned) | set(latest)):
        old, new = pinned.get(node, "absent"), latest.get(node, "absent")
        if old != new:
            lines.append(f"  {node}: {old} -> {new}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Run, compare, report; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, required=True, help="scratch directory")
    parser.add_argument("envs", nargs="*", help=f"envs (default: {', '.join(THIRD_PARTY)})")
    args = parser.parse_args(argv)
    envs = list(args.envs) or list(THIRD_PARTY)
    if shutil.which("tox") is None:
        print("upstream-latest: tox is not on PATH", file=sys.stderr)
        return 2
    workdir: Path = args.workdir.resolve()
    empty = workdir / "empty-pins"
    empty.mkdir(parents=True, exist_ok=True)
    for name in pin_file_names(envlist()):
        (empty / name).write_text("", encoding="utf-8")
    latest = run_tox(envs, workdir / "latest", empty)
    pinned = run_tox([SUITE], workdir / "pinned", None) if SUITE in envs else {}

    print("\n== upstream-latest: the third-party envs with nothing pinned ==")
    for env in envs:
        state = {True: "passes", False: "FAILS", None: "skipped"}[latest.get(env)]
        print(f"\n{env}: {state} unpinned")
        python = env_python(workdir / "latest", env)
        if not python.exists():
            print("  (no env to compare)")
            continue
        now = {canonical(n): v for n, _, v in (ln.partition("==") for ln in freeze(python))}
        was = read_pins(PINS / f"{env}.txt")
        if env == "install-keeps-sdk":
            was |= read_pins(PINS / "install-keeps-sdk.sdk.txt")
        lines = moved(was, now)
        print(f"  {len(lines)} packages moved from pins/{env}.txt" + (":" if lines else ""))
        print("\n".join(lines))
    if SUITE in envs:
        print(
            f"\n== getpatter's own suite: pinned {pinned.get(SUITE)}, latest {latest.get(SUITE)} =="
        )
        old, new = suite_outcomes(workdir / "pinned"), suite_outcomes(workdir / "latest")
        for key in sorted(set(old) | set(new)):
            lines = changed_outcomes(old.get(key, {}), new.get(key, {}))
            print(f"run ({key}): {len(lines)} tests changed outcome, pinned -> latest")
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
