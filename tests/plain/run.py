"""The plain-install check: run in a venv holding only ``pip install . getpatter``.

Builds a fresh project in DIR with the README's first test and ``plain_tests.py``, runs
pytest on it (twice for the snapshot: write, then compare), then ``patter-trace check``,
which must report the drift (exit 1) without a traceback. Exits non-zero on any failure.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def readme_first_test() -> str:
    text = (ROOT / "README.md").read_text()
    section = text.split("## A first test", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    if match is None:
        raise SystemExit("README.md: no python block under '## A first test'")
    return match.group(1)


def run(argv: list[str], cwd: Path, expect: int) -> str:
    print("$", " ".join(argv), flush=True)
    result = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=600)
    print(result.stdout[-3000:], result.stderr[-3000:], sep="\n", flush=True)
    if result.returncode != expect:
        raise SystemExit(f"exit code {result.returncode}, expected {expect}: {' '.join(argv)}")
    if "Traceback" in result.stderr:
        raise SystemExit(f"a traceback on stderr: {' '.join(argv)}")
    return result.stdout


def main(target: str) -> int:
    project = Path(target) / "plain-project"
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    (project / "test_first.py").write_text(readme_first_test())
    shutil.copy(HERE / "plain_tests.py", project / "test_plain.py")
    pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly"]
    run([*pytest, "test_first.py"], project, 0)
    run([*pytest, "test_plain.py", "--snapshot-update"], project, 0)
    out = run([*pytest, "test_plain.py"], project, 0)
    if "2 passed" not in out:
        raise SystemExit("the plain tests did not both pass against the stored snapshot")
    report = run([str(Path(sys.executable).with_name("patter-trace")), "check"], project, 1)
    if "[missing-span] getpatter.call" not in report:
        raise SystemExit("the check report does not name the missing getpatter.call root")
    print("plain install: README first test, assert_no_pii, patter_snapshot and check all work")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
