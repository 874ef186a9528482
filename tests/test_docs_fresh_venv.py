"""The README's install line is all a new user needs: its first test and every docs example.

Builds a virtual environment, installs into it exactly what the README's install line
installs (this checkout in place of ``.``), then runs the README's first test and every
documented example there, with the same verdicts as ``test_docs_examples.py`` (a block
may skip only if it says so with ``pytest.importorskip``). Nothing else is installed: an
example that needs pytest-asyncio or another plugin the line does not bring fails here.

It downloads packages and takes minutes, so it runs when ``PATTER_TRACE_FRESH_VENV=1``
(the ``plain-install`` CI environment sets it).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from test_docs_examples import (
    ROOT,
    _example_file,
    _files_of,
    _outcomes,
    _verdict,
    doc_pages,
    plan,
)

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("PATTER_TRACE_FRESH_VENV") != "1",
        reason="builds a venv from the README's install line: set PATTER_TRACE_FRESH_VENV=1",
    ),
    pytest.mark.skipif(sys.version_info < (3, 11), reason="getpatter 0.7.0 needs Python 3.11+"),
]


def readme_install_args() -> list[str]:
    """What the README's install line gives pip, ``.`` replaced by this checkout."""
    text = (ROOT / "README.md").read_text("utf-8")
    section = text.split("## On a fresh machine", 1)[1]
    line = next(line for line in section.splitlines() if "pip install" in line)
    command = line.split("pip install", 1)[1].split("&&", 1)[0]
    args = [a for a in shlex.split(command) if a != "-q"]
    return [str(ROOT) if a == "." else a for a in args]


def readme_first_test() -> str:
    section = (ROOT / "README.md").read_text("utf-8").split("## A first test", 1)[1]
    found = re.search(r"```python\n(.*?)```", section, re.S)
    assert found is not None, "README.md: no python block under '## A first test'"
    return found.group(1)


def _drop_plugin_args(args: tuple[str, ...], python: Path) -> tuple[str, ...]:
    # `-n 2` needs pytest-xdist, which the install line does not bring (the xdist recipe
    # says to install it): the example still runs, in one process.
    if "-n" not in args:
        return args
    has_xdist = subprocess.run([str(python), "-c", "import xdist"], check=False).returncode == 0
    if has_xdist:
        return args
    out = list(args)
    at = out.index("-n")
    del out[at : at + 2]
    return tuple(out)


def test_readme_install_line_runs_the_first_test_and_every_example(tmp_path: Path) -> None:
    home = tmp_path / "venv"
    venv.create(home, with_pip=True)
    python = home / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "VIRTUAL_ENV"))}
    env.update(DO_NOT_TRACK="1", PATTER_TELEMETRY_DISABLED="1")
    install = [str(python), "-m", "pip", "install", "-q", *readme_install_args()]
    done = subprocess.run(install, capture_output=True, text=True, env=env, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    # The line brings no asyncio runner: the examples must not need one.
    has_asyncio = subprocess.run([str(python), "-c", "import pytest_asyncio"], env=env)
    assert has_asyncio.returncode != 0, "the install line now brings pytest-asyncio"

    project = tmp_path / "project"
    project.mkdir()
    (project / "test_first.py").write_text(readme_first_test(), "utf-8")
    pytest_cmd = [str(python), "-m", "pytest", "-p", "no:cacheprovider", "-rA"]
    first = subprocess.run(
        [*pytest_cmd, "-q", "-s", "test_first.py"],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]
    assert "1 passed" in first.stdout

    runs, left_out = plan(doc_pages(), getpatter=True)
    assert not left_out
    problems: list[str] = []
    ran = 0
    for index, run in enumerate(runs):
        base = project / f"run{index}"
        base.mkdir()
        targets: list[str] = []
        for slug, blocks in run.pages.items():
            directory = base / slug
            directory.mkdir()
            for f in _files_of(blocks[0].page):
                (directory / str(f.title)).write_text(f.code, encoding="utf-8")
            for block in blocks:
                (directory / _example_file(block)).write_text(block.code, encoding="utf-8")
                targets.append(f"{slug}/{_example_file(block)}")
        args = _drop_plugin_args(run.args, python)
        result = subprocess.run(
            [*pytest_cmd, "--import-mode=importlib", *args, *targets],
            cwd=base,
            capture_output=True,
            text=True,
            env=env,
            timeout=900,
        )
        found = _outcomes(result.stdout)
        for slug, blocks in run.pages.items():
            for block in blocks:
                ran += 1
                verdict = _verdict(block, found.get(f"{slug}/{_example_file(block)}", []))
                if verdict is not None:
                    problems.append(f"{block.where}: {verdict}")
        if problems and not problems[-1].startswith("---"):
            problems.append(f"--- run {' '.join(args)} ---\n{result.stdout[-4000:]}")
    assert ran >= 10
    assert not problems, "examples that do not run after the README's install line:\n" + (
        "\n".join(problems)
    )
