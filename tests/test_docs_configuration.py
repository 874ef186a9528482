"""docs/reference/configuration.md is generated from the code and committed fresh."""

from __future__ import annotations

import subprocess
import sys

from _paths import ROOT


def test_configuration_page_is_fresh() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "gen_configuration.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr + "\nregenerate: python tools/gen_configuration.py"


def test_every_option_marker_and_flag_is_on_the_page() -> None:
    page = (ROOT / "docs" / "reference" / "configuration.md").read_text("utf-8")
    for name in (
        "--patter-no-pii",
        "--patter-report FILE",
        "patter_profile",
        "@pytest.mark.patter_profile(name)",
        "@pytest.mark.patter_pii(",
        "--profile NAME",
        "--html FILE",
        "--markdown FILE",
        "--list-scenarios",
    ):
        assert name in page, name
    assert "snapshot` extra" not in page
