"""User contracts in TOML: the schema, and clear errors naming the file and key path."""

from __future__ import annotations

import textwrap
from importlib import resources
from pathlib import Path

import pytest

from pytest_patter_trace.checks.contract import (
    ContractError,
    assert_contract,
    check_contract,
    default_contract,
    documented_example_trace,
    load_contract,
)

HEAD = """\
[contract]
name = "mine"
version = "1.0"
source = "our tracing spec"
"""


def write(tmp_path: Path, body: str, *, head: str = HEAD) -> Path:
    path = tmp_path / "contract.toml"
    path.write_text(head + textwrap.dedent(body), encoding="utf-8")
    return path


def problem(tmp_path: Path, body: str, *, head: str = HEAD) -> str:
    with pytest.raises(ContractError) as info:
        load_contract(write(tmp_path, body, head=head))
    return str(info.value)


def test_packaged_file_loads_like_the_default(tmp_path: Path) -> None:
    data = resources.files("pytest_patter_trace").joinpath("patter_contract.toml").read_bytes()
    copy = tmp_path / "patter.toml"
    copy.write_bytes(data)
    loaded = load_contract(copy)
    default = default_contract()
    assert loaded.origin == str(copy)
    assert (loaded.spans, loaded.metrics, loaded.routing, loaded.legacy_spans) == (
        default.spans,
        default.metrics,
        default.routing,
        default.legacy_spans,
    )


def test_user_contract_by_path(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        namespaces = ["getpatter."]
        call_id_key = "getpatter.call.id"

        [spans."getpatter.tool".attributes."getpatter.tool.name"]
        type = "str"
        [spans."getpatter.tool".attributes."getpatter.tool.transport"]
        type = "str"
        values = ["handler", "webhook"]
        """,
    )
    tool = [s for s in documented_example_trace() if s.name == "getpatter.tool"]
    # A path (str or Path) is accepted wherever a contract is.
    assert assert_contract(tool, str(path)).ok
    other = [s for s in documented_example_trace() if s.name == "getpatter.stt"]
    report = check_contract(other, path)
    assert {v.code for v in report.violations} == {"unknown-span"}
    assert report.contract.title == "mine tracing contract v1.0"


def test_the_documented_example_error(tmp_path: Path) -> None:
    text = problem(
        tmp_path,
        """
        [spans."getpatter.tool".attributes."x"]
        type = "integer"
        """,
    )
    assert text == (
        f"{tmp_path / 'contract.toml'}: "
        'spans."getpatter.tool".attributes.x.type: expected one of str,int,float,bool, '
        'got "integer"'
    )


def test_error_is_a_value_error_with_structured_problems(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="required key missing") as info:
        load_contract(write(tmp_path, "", head='[contract]\nname = "x"\n'))
    err = info.value
    assert isinstance(err, ContractError)
    assert err.origin == str(tmp_path / "contract.toml")
    assert err.problems == (
        ("spans", "required key missing"),
        ("contract.version", "required key missing"),
        ("contract.source", "required key missing"),
    )
    # Every problem is listed, not only the first.
    assert "3 problems in the contract" in str(err)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "[spans.a]\natributes = {}\n",
            "spans.a.atributes: unknown key; expected one of attributes, fires, max, min",
        ),
        ("[spans.a]\nmin = -1\n", "spans.a.min: expected a whole number >= 0, got -1"),
        ("[spans.a]\nmin = 2\nmax = 1\n", "spans.a.max: max 1 is below min 2"),
        ("[spans.a]\nmax = true\n", "spans.a.max: expected a whole number >= 0, got true"),
        (
            '[spans.a.attributes.k]\nunit = "ms"\n',
            "spans.a.attributes.k.type: required key missing",
        ),
        (
            '[spans.a.attributes.k]\ntype = "int"\nrequired = "yes"\n',
            'spans.a.attributes.k.required: expected true or false, got "yes"',
        ),
        (
            '[spans.a.attributes.k]\ntype = "str"\nvalues = [1]\n',
            "spans.a.attributes.k.values: expected an array of non-empty strings, got [1]",
        ),
        (
            '[spans.a.attributes.k]\ntype = "int"\n[spans.b.attributes.k]\ntype = "str"\n',
            "spans.b.attributes.k.type: str conflicts with int declared at spans.a.attributes.k",
        ),
        ("spans = 3\n", "contract.spans: unknown key; expected one of call_id_key, name"),
        ('[spans.a]\n[legacy_spans]\n"old.a" = "b"\n', 'legacy_spans."old.a": "b" is not a span'),
        ('[spans.a]\n[legacy_spans]\na = "a"\n', "legacy_spans.a: a documented span cannot also"),
        (
            '[spans.a]\n[metrics."patter.cost.x"]\ntype = "int"\nunit = "u"\naggregate = "sum"\n',
            "metrics: metrics need a [routing] table",
        ),
        ("[spans.a]\n[extra]\n", "extra: unknown key; expected one of contract, legacy_spans"),
    ],
)
def test_schema_errors(tmp_path: Path, body: str, expected: str) -> None:
    assert expected in problem(tmp_path, body)


ROUTING = """
[spans."getpatter.tts"]
[routing]
call_id_key = "patter.call_id"
side_key = "patter.side"
sides = ["driver", "uut"]
prefixes = ["patter.cost."]
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '[metrics."other.x"]\ntype = "int"\nunit = "u"\naggregate = "sum"\n',
            'metrics."other.x": a metric key must start with one of patter.cost.',
        ),
        (
            '[metrics."patter.cost.x"]\ntype = "str"\nunit = "u"\naggregate = "sum"\n',
            'metrics."patter.cost.x".type: expected one of int,float, got "str"',
        ),
        (
            '[metrics."patter.cost.x"]\ntype = "int"\nunit = "u"\naggregate = "avg"\n',
            'metrics."patter.cost.x".aggregate: expected one of sum,distribution, got "avg"',
        ),
        (
            '[metrics."patter.cost.x"]\ntype = "int"\naggregate = "sum"\n',
            'metrics."patter.cost.x".unit: required key missing',
        ),
        (
            '[metrics."patter.cost.x"]\ntype = "int"\nunit = "u"\naggregate = "sum"\n'
            'required_in_calls_with = ["nope"]\n',
            'metrics."patter.cost.x".required_in_calls_with: "nope" is not a span',
        ),
        (
            '[metrics."patter.cost.x"]\ntype = "int"\nunit = "u"\naggregate = "sum"\n'
            'with."patter.side" = { type = "int" }\n',
            'metrics."patter.cost.x".with."patter.side".type: int conflicts with str declared '
            "at routing.side_key",
        ),
    ],
)
def test_metric_schema_errors(tmp_path: Path, body: str, expected: str) -> None:
    assert expected in problem(tmp_path, ROUTING + body)


def test_top_level_value_of_the_wrong_kind(tmp_path: Path) -> None:
    text = problem(tmp_path, "", head="spans = 3\n" + HEAD)
    assert text.endswith("contract.toml: spans: expected a table, got 3 (integer)")


def test_routing_needs_its_keys(tmp_path: Path) -> None:
    text = problem(tmp_path, '[spans.a]\n[routing]\nsides = []\nprefixes = [""]\n')
    assert "routing.call_id_key: required key missing" in text
    assert "routing.side_key: required key missing" in text
    assert "routing.sides: expected at least one value" in text
    assert 'routing.prefixes: expected an array of non-empty strings, got [""]' in text


def test_root_must_be_a_span_and_exactly_one(tmp_path: Path) -> None:
    head = HEAD + 'root = "call"\n'
    assert 'contract.root: "call" is not a span of this contract' in problem(
        tmp_path, "[spans.a]\n", head=head
    )
    assert "spans.call: the root span is exactly one per call" in problem(
        tmp_path, "[spans.call]\nmax = 3\n", head=head
    )
    contract = load_contract(write(tmp_path, "[spans.call]\n", head=head))
    assert (contract.spans["call"].min, contract.spans["call"].max) == (1, 1)


def test_invalid_toml_names_line_and_column(tmp_path: Path) -> None:
    text = problem(tmp_path, "[spans.a\n")
    assert text.startswith(f"{tmp_path / 'contract.toml'}: invalid TOML: ")
    assert "line 5" in text


def test_unreadable_and_non_utf8_files(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(ContractError, match=r"nope\.toml: cannot read the contract: No such file"):
        load_contract(missing)
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(ContractError, match=r"bin\.toml: not UTF-8 text"):
        load_contract(binary)
