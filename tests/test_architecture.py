"""The package's import graph holds: no circle, one-way layers, modules of a size."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import architecture
import pytest

from pytest_patter_trace.errors import PatterTraceError

HERE = Path(__file__).resolve().parent


def test_the_package_has_no_circle_and_imports_one_way() -> None:
    assert architecture.problems() == []


def test_the_check_runs_without_the_package_installed() -> None:
    # The lint env runs it with nothing installed: it only reads the source.
    result = subprocess.run(
        [sys.executable, "-I", str(HERE / "architecture.py")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
    assert "no import circle" in result.stdout


def test_a_circle_is_found() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert architecture.cycles(graph) == [["a", "b", "c"]]


def test_imports_inside_functions_count(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    path = tmp_path / "pkg" / "m.py"
    path.write_text("def f():\n    from .grouping import x\n")
    other = tmp_path / "pkg" / "grouping.py"
    other.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .m import y\n")
    graph = architecture.dependencies({"m": path, "grouping": other})
    assert graph == {"m": {"grouping"}, "grouping": set()}


@pytest.mark.parametrize(
    ("graph", "message"),
    [
        ({"grouping": {"pii"}, "pii": set()}, "grouping imports pii: upwards (layers)"),
        ({"pii": {"tree"}, "tree": set()}, "pii imports tree: sideways (layers)"),
        ({"newmodule": set()}, "newmodule: not in the layer map"),
    ],
)
def test_layer_breaks_are_named(graph: dict[str, set[str]], message: str) -> None:
    assert any(message in line for line in architecture.layer_breaks(graph))


def test_every_error_of_ours_shares_one_base() -> None:
    import pytest_patter_trace.cli as cli
    import pytest_patter_trace.contract
    import pytest_patter_trace.errors
    import pytest_patter_trace.pii
    import pytest_patter_trace.snapshot as snapshot
    import pytest_patter_trace.tree

    errors = [
        pytest_patter_trace.OtlpError,
        pytest_patter_trace.contract.ContractError,
        pytest_patter_trace.tree.TreeSyntaxError,
        pytest_patter_trace.pii.PiiFound,
        snapshot.SnapshotRefusedError,
        cli.InputError,
        pytest_patter_trace.errors.SdkError,
        pytest_patter_trace.errors.UnsupportedRelease,
    ]
    assert all(issubclass(e, PatterTraceError) for e in errors)
    # The standard bases they always had are kept: `except ValueError` keeps working.
    assert issubclass(pytest_patter_trace.OtlpError, ValueError)
    assert issubclass(pytest_patter_trace.pii.PiiFound, AssertionError)
