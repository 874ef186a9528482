"""Refresh the committed pins of the tox envs: resolve afresh, run the envs, keep what passed.

Usage::

    python tools/refresh_pins.py                 # every env of the default run, and tox's own
    python tools/refresh_pins.py pipecat livekit # only these envs

Every install in every tox env is held to ``pins/<env>.txt`` (tox.ini sets ``PIP_CONSTRAINT``
to it), so a new release on the package index cannot change what CI runs. This script is
the one way those files change:

1. it gives each asked env a pins file holding only its ``pins/holdbacks/<env>.txt``, if
   any (the upstream releases held back on purpose, each with its reason), in a scratch
   directory;
2. it runs those envs afresh with tox, in a scratch work dir (the checkout's ``.tox`` is
   left alone);
3. for each env that passed, it writes its ``pip freeze`` as its pins file (and tox's
   own, ``pins/tox.txt``, and the build backend's, ``pins/build.txt``).

A failed env keeps its pins file as it is: the script names the failed envs, keeps the
scratch directory with their logs, and exits 1. A missing interpreter (py310 … py313)
keeps that env's file too. Run it, read
``git diff pins/`` (what moved), and commit the refresh on its own. Exit status 0 every
env passed and was written, 1 an env failed, 2 the script could not run (tox missing, bad
env name).
"""

from __future__ import annotations

import argparse
import configparser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import venv
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PINS = ROOT / "pins"
HOLDBACKS = PINS / "holdbacks"
#: The installs that are ours, never pinned.
OURS = {"pytest-patter-trace"}
#: pip itself comes with the venv tox makes (virtualenv, which tox's pins fix).
NEVER = {"pip"}
#: install-keeps-sdk installs SDK 1.24 first: the newer SDK it upgrades to has its own file.
SDK = ("opentelemetry-api", "opentelemetry-sdk", "opentelemetry-semantic-conventions")
HEADER = (
    "# Pins of {env}: every install there is held to these versions.\n"
    "# Written by tools/refresh_pins.py from a run that passed; refresh on purpose\n"
    "# (docs/contributing.md, 'Pins'), never by hand.\n"
)


def canonical(name: str) -> str:
    """A distribution name as the index compares it (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def envlist() -> list[str]:
    """The default run's envs, from tox.ini."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "tox.ini", encoding="utf-8")
    return [e.strip() for e in parser["tox"]["envlist"].split(",") if e.strip()]


def pin_file_names(envs: Iterable[str]) -> list[str]:
    """Every pins file tox.ini may ask for while running ``envs``."""
    names = {f"{env}.txt" for env in envs} | {"build.txt", "py311.txt", "tox.txt"}
    names.add("install-keeps-sdk.sdk.txt")
    return sorted(names)


def freeze(python: Path) -> list[str]:
    """``pip freeze --all`` of one env: ``name==version`` lines, ours and pip left out."""
    out = subprocess.run(
        [str(python), "-m", "pip", "freeze", "--all", "--disable-pip-version-check"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = []
    for line in out.splitlines():
        name, sep, _ = line.partition("==")
        if not sep or canonical(name) in OURS | NEVER:
            continue
        lines.append(line.strip())
    return sorted(lines, key=lambda line: canonical(line.split("==")[0]))


def write_pins(path: Path, env: str, lines: Sequence[str]) -> None:
    """Write one pins file, header first."""
    path.write_text(HEADER.format(env=env) + "".join(f"{ln}\n" for ln in lines), "utf-8")


def env_python(workdir: Path, env: str) -> Path:
    """The interpreter of a tox env in ``workdir``."""
    return workdir / env / "bin" / "python"


def results(path: Path) -> dict[str, bool | None]:
    """Per env: True passed, False failed, None skipped (interpreter missing)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    outcome: dict[str, bool | None] = {}
    for env, entry in data.get("testenvs", {}).items():
        if env.startswith("."):
            continue
        result = entry.get("result", {})
        if "success" not in result:
            outcome[env] = None
            continue
        outcome[env] = bool(result["success"]) and not any(
            cmd.get("retcode", 0) != 0 for cmd in entry.get("test", [])
        )
    return outcome


def refresh_tox(scratch: Path) -> list[str]:
    """Pins of tox itself: a fresh venv with tox installed, frozen."""
    target = scratch / "toxvenv"
    venv.EnvBuilder(with_pip=True).create(target)
    env = dict(os.environ)
    env.pop("PIP_CONSTRAINT", None)
    subprocess.run(
        [str(target / "bin" / "python"), "-m", "pip", "install", "-q", "tox"],
        check=True,
        env=env,
    )
    return freeze(target / "bin" / "python")


def main(argv: Sequence[str] | None = None) -> int:
    """Refresh the pins; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("envs", nargs="*", help="tox envs to refresh (default: the default run)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory")
    args = parser.parse_args(argv)
    known = envlist()
    envs = list(args.envs) or known
    unknown = [env for env in envs if env not in known]
    if unknown:
        print(f"refresh_pins: not an env of the default run: {', '.join(unknown)}", file=sys.stderr)
        return 2
    if shutil.which("tox") is None:
        print("refresh_pins: tox is not on PATH (pip install -c pins/tox.txt tox)", file=sys.stderr)
        return 2
    scratch = Path(tempfile.mkdtemp(prefix="refresh-pins-"))
    try:
        loose = scratch / "pins"
        loose.mkdir()
        for name in pin_file_names(known):
            held = HOLDBACKS / name
            text = held.read_text(encoding="utf-8") if held.exists() else ""
            (loose / name).write_text(text, encoding="utf-8")
        workdir, report = scratch / "tox", scratch / "result.json"
        env = dict(os.environ, PATTER_PINS=str(loose))
        command = ["tox", "run-parallel", "-p", "2", "-r", "--workdir", str(workdir)]
        command += ["--result-json", str(report), "-e", ",".join(envs)]
        print("refresh_pins: running", " ".join(command), flush=True)
        subprocess.run(command, cwd=ROOT, env=env, check=False)
        outcome = results(report) if report.exists() else {}
        failed = [e for e in envs if outcome.get(e) is False or e not in outcome]
        written = []
        for name in envs:
            if name in failed:
                continue
            if outcome.get(name) is None:
                print(f"refresh_pins: {name} skipped (no interpreter): its pins kept")
                continue
            lines = freeze(env_python(workdir, name))
            if name == "install-keeps-sdk":
                sdk = [ln for ln in lines if canonical(ln.split("==")[0]) in SDK]
                lines = [ln for ln in lines if ln not in sdk]
                write_pins(
                    PINS / "install-keeps-sdk.sdk.txt", f"the tox env {name} (its newer SDK)", sdk
                )
            write_pins(PINS / f"{name}.txt", f"the tox env {name}", lines)
            written.append(name)
        if written:
            pkg = workdir / ".pkg" / "bin" / "python"
            if pkg.exists():
                write_pins(PINS / "build.txt", "the build backend (tox's .pkg env)", freeze(pkg))
            write_pins(PINS / "tox.txt", "tox itself (README and .ci/run)", refresh_tox(scratch))
            print(f"refresh_pins: wrote the pins of {', '.join(written)}; see git diff pins/")
        if failed:
            print(f"refresh_pins: failed, pins kept: {', '.join(failed)}", file=sys.stderr)
            print(f"refresh_pins: their logs are under {workdir}", file=sys.stderr)
            args.keep = True
            return 1
        return 0
    finally:
        if args.keep:
            print(f"refresh_pins: scratch kept at {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
