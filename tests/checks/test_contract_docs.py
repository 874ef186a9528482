"""The examples in docs/contract.md and docs/cost.md run, so they cannot rot."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _paths import DOCS

from pytest_patter_trace.checks.contract import (
    VIOLATION_CODES,
    ContractError,
    assert_contract,
    documented_example_trace,
    load_contract,
)


def blocks(page: str, lang: str) -> list[str]:
    text = (DOCS / page).read_text(encoding="utf-8")
    return re.findall(rf"^```{lang}\n(.*?)^```", text, flags=re.S | re.M)


def test_every_code_is_documented_in_the_table() -> None:
    text = (DOCS / "contract.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([a-z-]+)` \|", text, flags=re.M))
    assert documented == set(VIOLATION_CODES)


def test_python_examples_compile() -> None:
    for page in ("contract.md", "cost.md"):
        for i, code in enumerate(blocks(page, "python")):
            compile(code, f"{page}[{i}]", "exec")


def test_required_attributes_example_passes_on_the_documented_trace() -> None:
    [code] = [b for b in blocks("contract.md", "python") if "assert_required_attributes(" in b]
    exec(code, {"patter_spans": documented_example_trace()})


def test_cost_worked_example() -> None:
    [code] = [b for b in blocks("cost.md", "python") if "documented_example_trace" in b]
    exec(code, {})


def test_schema_example_loads_and_checks(tmp_path: Path) -> None:
    [toml] = blocks("contract.md", "toml")
    path = tmp_path / "contract.toml"
    path.write_text(toml, encoding="utf-8")
    contract = load_contract(path)
    assert contract.title == "acme-voice tracing contract v2.1"
    assert contract.metrics["patter.latency.turn_ms"].required_in_calls_with == ("getpatter.tool",)
    assert contract.spans["getpatter.tool"].max == 5
    # The documented trace has spans this contract does not list: reported, not crashed.
    with pytest.raises(AssertionError, match="unknown-span"):
        assert_contract(documented_example_trace(), contract)


def test_error_examples_are_real(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    [errors] = [b for b in blocks("contract.md", "text") if "invalid TOML" in b]
    expected = errors.splitlines()
    monkeypatch.chdir(tmp_path)
    head = '[contract]\nname = "x"\nversion = "1"\nsource = "s"\n'
    bodies = [
        '[spans."getpatter.tool".attributes."x"]\ntype = "integer"\n',
        '[spans."getpatter.stt"]\natributes = {}\n',
        '[spans."getpatter.stt"\n',
    ]
    for body, line in zip(bodies, expected, strict=True):
        Path("contract.toml").write_text(head + body, encoding="utf-8")
        with pytest.raises(ContractError) as info:
            load_contract("contract.toml")
        assert str(info.value) == line
