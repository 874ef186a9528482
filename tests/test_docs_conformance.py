"""The committed conformance history is what the code measures today.

``tools/gen_conformance.py`` measures the installed getpatter release's row for real;
the stored row for that release and the rendered page must match a fresh run.
"""

from __future__ import annotations

import sys

import pytest
from _paths import TOOLS, load_script
from _releases import INSTALLED

gen = load_script(TOOLS / "gen_conformance.py")


def test_page_is_rendered_from_the_stored_rows() -> None:
    rows = gen.load_rows()
    assert gen.PAGE.read_text(encoding="utf-8") == gen.render(rows), (
        f"docs/conformance.md is stale: run {gen.COMMAND} --render"
    )
    assert gen.DATA.read_text(encoding="utf-8") == gen.dump_rows(rows)


def test_every_stored_release_names_the_missing_call_root() -> None:
    rows = gen.load_rows()
    assert {"0.4.2", "0.6.1", "0.7.0"} <= set(rows)
    for release, row in rows.items():
        assert row["check_exit"] == 1, release
        assert row["names_missing_call_root"], release
        assert not row["traceback"], release


@pytest.mark.skipif(
    INSTALLED is None or sys.version_info < (3, 11), reason="getpatter is not installed"
)
def test_installed_release_row_is_fresh() -> None:
    rows = gen.load_rows()
    if INSTALLED not in rows:
        pytest.skip(f"getpatter {INSTALLED} has no stored row (not a representative release)")
    assert gen.measure() == rows[INSTALLED], (
        f"row of getpatter {INSTALLED} is stale: run {gen.COMMAND}"
    )
