"""What the plugin costs a session that does not use it: imports, and pytest's own time.

    python benchmarks/run.py --only unused

A section of ``run.py``: importing the plugin must not pull in a heavy module, and a
session of 200 trivial tests runs side by side with the plugin on and ``-p no:``.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from _harness import CI, Row, Timing, alternate, med_cpu, med_wall

#: Modules that importing the plugin must not pull in.
FORBIDDEN_AT_IMPORT = (
    "phonenumbers",
    "syrupy",
    "opentelemetry.proto",
    "google.protobuf",
    "getpatter",
)

_IMPORT_PROBE = """
import json, sys, time
import pytest
before = set(sys.modules)
t0 = time.perf_counter()
import pytest_patter_trace.plugin
seconds = time.perf_counter() - t0
print(json.dumps({"new": sorted(set(sys.modules) - before), "seconds": seconds}))
"""


def import_probe() -> dict[str, Any]:
    """Modules that importing the plugin adds on top of ``import pytest``."""
    out = subprocess.run(
        [sys.executable, "-c", _IMPORT_PROBE], capture_output=True, text=True, check=True
    )
    data: dict[str, Any] = json.loads(out.stdout)
    data["forbidden"] = [
        m for m in data["new"] if any(m == f or m.startswith(f + ".") for f in FORBIDDEN_AT_IMPORT)
    ]
    return data


def _pytest_env() -> dict[str, str]:
    env = dict(os.environ)
    for var in ("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "PYTEST_ADDOPTS", "PYTEST_PLUGINS"):
        env.pop(var, None)
    env["DO_NOT_TRACK"] = "1"
    return env


def _run_pytest(cwd: Path, extra: Sequence[str]) -> Timing:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    w0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *extra],
        cwd=cwd,
        env=_pytest_env(),
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - w0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0 or "200 passed" not in proc.stdout:
        raise RuntimeError(f"pytest run failed:\n{proc.stdout}\n{proc.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(cpu, wall)


def bench_unused() -> list[Row]:
    rows: list[Row] = []
    probe = import_probe()
    rows.append(
        Row(
            "unused",
            "import plugin: heavy modules",
            "-",
            float(len(probe["forbidden"])),
            0.0,
            "count",
            note=(
                f"{len(probe['new'])} modules added on top of pytest, none of "
                + ", ".join(FORBIDDEN_AT_IMPORT)
                if not probe["forbidden"]
                else "FORBIDDEN: " + ", ".join(probe["forbidden"])
            ),
            extra={"new_modules": probe["new"]},
        )
    )
    rows[-1].ratio = float(len(probe["forbidden"]))
    rows[-1].floor = 0.0
    rows.append(Row("unused", "import plugin module", "-", probe["seconds"] * 1e3, None, "ms"))
    with tempfile.TemporaryDirectory(prefix="patter-bench-") as tmp:
        root = Path(tmp)
        (root / "pytest.ini").write_text("[pytest]\n")
        (root / "test_trivial.py").write_text(
            "".join(f"def test_{i}():\n    assert {i} == {i}\n\n\n" for i in range(200))
        )
        # Make sure the "installed" side really loads the plugin.
        check = subprocess.run(
            [sys.executable, "-m", "pytest", "--trace-config", "--co", "-q"],
            cwd=root,
            env=_pytest_env(),
            capture_output=True,
            text=True,
        )
        for plugin in ("pytest_patter_trace", "syrupy"):
            if plugin not in check.stdout:
                raise RuntimeError(f"{plugin} is not registered: is the package installed?")
        # Whole pytest sessions vary by a few percent run to run: enough interleaved rounds
        # for the median to settle inside the 2% floor. syrupy (a dependency) is loaded on
        # both sides; its own cost is measured beside, with our plugin off on both sides.
        reps = 11 if CI else 21
        ours, base, syrupy_on, syrupy_off = alternate(
            [
                lambda: _run_pytest(root, []),
                lambda: _run_pytest(root, ["-p", "no:patter_trace"]),
                lambda: _run_pytest(root, ["-p", "no:patter_trace"]),
                lambda: _run_pytest(root, ["-p", "no:patter_trace", "-p", "no:syrupy"]),
            ],
            reps,
        )
    o, b = med_cpu(ours), med_cpu(base)
    rows.append(
        Row(
            "unused",
            "pytest 200 trivial tests (plugin on vs -p no:)",
            "200",
            o,
            b,
            "s cpu",
            o / b,
            1.02,
            note="syrupy loaded on both sides",
            extra={
                "wall_ratio": med_wall(ours) / med_wall(base),
                "reps": reps,
                "ratios": [x.cpu / y.cpu for x, y in zip(ours, base, strict=True)],
            },
        )
    )
    so, sf = med_cpu(syrupy_on), med_cpu(syrupy_off)
    rows.append(
        Row(
            "unused",
            "syrupy's own plugin (on vs -p no:syrupy)",
            "200",
            so,
            sf,
            "s cpu",
            so / sf,
            None,
            note=f"our plugin off on both sides; syrupy costs {(so - sf) * 1e3:.0f} ms a session",
            extra={"wall_ratio": med_wall(syrupy_on) / med_wall(syrupy_off), "reps": reps},
        )
    )
    return rows
