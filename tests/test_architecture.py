"""The package's import graph holds: no circle, folders that import one way, modules of a size."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import architecture
import pytest
from _paths import TESTS

import pytest_patter_trace


def test_the_package_has_no_circle_and_imports_one_way() -> None:
    assert architecture.problems() == []


def test_the_check_runs_without_the_package_installed() -> None:
    # The lint env runs it with nothing installed: it only reads the source.
    result = subprocess.run(
        [sys.executable, "-I", str(TESTS / "architecture.py")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
    assert "no import circle" in result.stdout


def test_a_circle_is_found() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert architecture.cycles(graph) == [["a", "b", "c"]]


def test_late_and_type_only_imports_count(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    path = tmp_path / "pkg" / "m.py"
    path.write_text("def f():\n    from .grouping import x\n")
    other = tmp_path / "pkg" / "grouping.py"
    other.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .m import y\n")
    graph = architecture.dependencies({"m": path, "grouping": other})
    assert graph == {"m": {"grouping"}, "grouping": {"m"}}
    assert architecture.cycles(graph) == [["grouping", "m"]]


@pytest.mark.parametrize(
    ("graph", "message"),
    [
        ({"core.grouping": {"checks.pii"}, "checks.pii": set()}, "grouping imports checks.pii"),
        ({"checks.pii": {"drivers.x"}, "drivers.x": set()}, "checks.pii imports drivers.x"),
        ({"outputs.report": {"plugin"}, "plugin": set()}, "outputs.report imports plugin: upwards"),
        ({"newmodule": set()}, "newmodule: not in a role folder"),
    ],
)
def test_folder_breaks_are_named(graph: dict[str, set[str]], message: str) -> None:
    assert any(message in line for line in architecture.folder_breaks(graph))


def test_allowed_imports_pass() -> None:
    graph = {
        "checks.pii": {"core.grouping", "checks.tree"},
        "sources.capture": {"drivers._getpatter"},
        "plugin": {"outputs.report"},
        "core.grouping": set(),
        "checks.tree": set(),
        "drivers._getpatter": set(),
        "outputs.report": set(),
    }
    assert architecture.folder_breaks(graph) == []


def test_every_error_of_ours_shares_one_base() -> None:
    from pytest_patter_trace.cli import InputError
    from pytest_patter_trace.core import errors

    found = [getattr(errors, name) for name in errors.__all__]
    assert all(issubclass(e, pytest_patter_trace.PatterTraceError) for e in found)
    assert InputError in found
    # The standard bases they always had are kept: `except ValueError` keeps working.
    assert issubclass(pytest_patter_trace.OtlpError, ValueError)
    assert issubclass(pytest_patter_trace.PiiFound, AssertionError)
