"""Write ``docs/gallery.md`` from real runs of the failures it shows.

    python tools/gen_gallery.py           # rewrite docs/gallery.md
    python tools/gen_gallery.py --check   # exit 1 if docs/gallery.md is out of date

Each case is a small test file, written to a temporary directory and run by pytest in a
subprocess against the installed package and the installed getpatter, like a user's test;
the page shows the test and what pytest printed. ``patter-trace check`` is run the same
way. Nothing is edited by hand, so the page cannot drift from the code: CI regenerates it
and ``tests/test_docs_gallery.py`` compares it with the committed one, ignoring what
changes from run to run (timings, span ids, paths; see :func:`normalize_volatile`).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

PAGE = Path(__file__).resolve().parent.parent / "docs" / "gallery.md"
COMMAND = "python tools/gen_gallery.py"
#: Terminal width pytest lays its separators out for, whatever the machine.
COLUMNS = "88"


@dataclass(frozen=True)
class Case:
    """One failure: the test that makes it, and the words around its output."""

    slug: str
    title: str
    intro: str
    test: str
    after: str = ""
    support: dict[str, str] = field(default_factory=dict)

    @property
    def test_file(self) -> str:
        """The file the case's test is written to."""
        return f"test_{self.slug.replace('-', '_')}.py"


SUPPORT_AGENT = '''\
"""The app under test: a support agent whose tool handler leaks the caller's number."""

from getpatter import Agent
from getpatter.evals.session import EvalSession, ScriptedLLMProvider, text_turn, tool_call_turn
from opentelemetry import trace


async def lookup_order(arguments, context=None):
    trace.get_current_span().set_attribute("customer.phone", "+1 415 555 0123")
    return {"status": "shipped"}


async def run_support_call(call_id):
    tool = {
        "name": "lookup_order",
        "description": "Look up an order by id.",
        "parameters": {"type": "object", "properties": {"order_id": {"type": "string"}}},
        "handler": lookup_order,
    }
    agent = Agent(system_prompt="You are a support agent.", provider="pipeline", tools=(tool,))
    llm = ScriptedLLMProvider(
        [tool_call_turn("lookup_order", {"order_id": "A1"}), text_turn("It ships tomorrow.")]
    )
    async with EvalSession(agent=agent, llm_provider=llm, call_id=call_id) as session:
        await session.user_says("where is my order?")
'''

CASES: tuple[Case, ...] = (
    Case(
        slug="tree-mismatch",
        title="Tree mismatch",
        intro=(
            "The expectation puts the tool call *inside* the first LLM iteration; getpatter "
            "0.7.0 records it as a sibling of the iterations, under the turn's outer "
            "`getpatter.llm` span. The message names the first line where the trees part, "
            "says why, and shows both trees with line numbers."
        ),
        test='''\
            import pytest

            from pytest_patter_trace import assert_call_tree
            from pytest_patter_trace import scenarios


            @pytest.mark.asyncio
            async def test_tool_turn_tree(patter_spans):
                await scenarios.tool_turn("call-1")
                assert_call_tree(
                    patter_spans.call(),
                    """
                    getpatter.stt
                    getpatter.endpoint
                    getpatter.llm
                      getpatter.llm [patter.llm.iteration=0]
                        getpatter.tool [patter.tool.name=lookup_order]
                      getpatter.llm [patter.llm.iteration=1]
                      getpatter.tts
                    """,
                )
            ''',
        after="How to read and write expectations: [tree DSL](tree-dsl.md).",
    ),
    Case(
        slug="contract-drift",
        title="Contract drift on getpatter 0.7.0",
        intro=(
            "The installed getpatter checked against its own tracing documentation (v0.6.1). "
            "Every violation is listed at once, counted by kind, grouped by call, and one "
            "finding on several spans is written once with the spans it concerns."
        ),
        test="""\
            import pytest

            from pytest_patter_trace import assert_contract
            from pytest_patter_trace import scenarios


            @pytest.mark.asyncio
            async def test_documented_contract(patter_spans):
                await scenarios.tool_turn("call-1")
                assert_contract(patter_spans.call())
            """,
        after=(
            "What each code means and which drift is known: [the contract](contract.md). "
            "To fail only on new kinds of drift, see [the recipe](recipes/contract.md)."
        ),
    ),
    Case(
        slug="pii-masked",
        title="PII finding, masked",
        intro=(
            "The app's tool handler (`support_agent.py`, below the output) stamps the "
            "caller's phone number on the current span, which is getpatter's tool span. "
            "The finding names the call, the span, the attribute and the kind, and shows "
            "the value masked: the failure never prints the number it found."
        ),
        test="""\
            import pytest

            from pytest_patter_trace import assert_no_pii
            from support_agent import run_support_call


            @pytest.mark.asyncio
            async def test_no_pii_in_traces(patter_spans):
                await run_support_call("call-1")
                assert_no_pii(patter_spans)
            """,
        support={"support_agent.py": SUPPORT_AGENT},
        after="The kinds detected and how each is masked: [PII](pii.md).",
    ),
    Case(
        slug="zero-spans",
        title="Zero spans captured",
        intro=(
            "The test forgot to `await` the call, so it never ran and no span ended. "
            "The message says nothing was captured and lists the usual causes; pytest's "
            "warning summary names the coroutine that never ran."
        ),
        test="""\
            from pytest_patter_trace import scenarios


            def test_tool_turn(patter_spans):
                scenarios.tool_turn("call-1")  # a coroutine: never awaited, never run
                call = patter_spans.call()
                assert len(call.find("getpatter.tool")) == 1
            """,
        after="How spans reach the capture, and its limits: [how capture works](capture.md).",
    ),
)

CLI_ARGS = ("check", "--scenario", "tool-turn", "--no-color")

PYTEST_INI = """\
[pytest]
asyncio_default_fixture_loop_scope = function
"""


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DO_NOT_TRACK="1",
        PATTER_TELEMETRY_DISABLED="1",
        NO_COLOR="1",
        COLUMNS=COLUMNS,
        PYTHONDONTWRITEBYTECODE="1",
    )
    # pytest stops truncating summary lines when CI or BUILD_NUMBER is set.
    for name in (
        "PYTEST_ADDOPTS",
        "PYTEST_PLUGINS",
        "PYTEST_XDIST_WORKER",
        "FORCE_COLOR",
        "CI",
        "BUILD_NUMBER",
    ):
        env.pop(name, None)
    return env


def _scrub(text: str, directory: Path) -> str:
    """Make paths machine-independent: the temporary directory and installed package."""
    text = text.replace(str(directory) + os.sep, "").replace(str(directory), ".")
    import pytest_patter_trace

    package = Path(pytest_patter_trace.__file__).resolve().parent
    return text.replace(str(package.parent) + os.sep, "")


def _failure_sections(output: str) -> dict[str, str]:
    """Test name -> its block of pytest's FAILURES section."""
    sections: dict[str, str] = {}
    current: str | None = None
    lines: list[str] = []
    header = re.compile(r"^_{3,} (?P<name>test_\w+) _{3,}$")
    for line in output.splitlines():
        found = header.match(line)
        end = line.startswith("=") and current is not None
        if (found or end) and current is not None:
            sections[current] = "\n".join(lines).strip("\n")
            current, lines = None, []
        if found:
            current = found["name"]
            lines = [line]
        elif current is not None:
            lines.append(line)
    return sections


def _summary(output: str) -> list[str]:
    """The lines from the warnings summary / short test summary on."""
    lines = output.splitlines()
    start = next(
        (i for i, line in enumerate(lines) if re.match(r"^=+ (warnings summary|short test)", line)),
        len(lines),
    )
    return lines[start:]


def run_cases(cases: Sequence[Case]) -> tuple[dict[str, str], list[str]]:
    """Run every case in one pytest process; returns each case's failure and the summary."""
    with tempfile.TemporaryDirectory(prefix="patter-gallery-") as tmp:
        directory = Path(tmp).resolve()
        (directory / "pytest.ini").write_text(PYTEST_INI, encoding="utf-8")
        for case in cases:
            (directory / case.test_file).write_text(textwrap.dedent(case.test), "utf-8")
            for name, code in case.support.items():
                (directory / name).write_text(code, encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--color=no",
            "-W",
            "ignore::DeprecationWarning",
            *(case.test_file for case in cases),
        ]
        result = subprocess.run(
            command,
            cwd=directory,
            env=_environment(),
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        output = _scrub(result.stdout, directory)
    sections = _failure_sections(output)
    found: dict[str, str] = {}
    for case in cases:
        name = _test_name(case)
        if name not in sections:
            raise RuntimeError(
                f"case {case.slug!r}: {name} did not fail as the gallery expects "
                f"(exit code {result.returncode}).\n--- stdout ---\n{result.stdout}"
                f"\n--- stderr ---\n{result.stderr}"
            )
        found[case.slug] = sections[name]
    return found, _summary(output)


def _test_name(case: Case) -> str:
    match = re.search(r"def (test_\w+)", case.test)
    if match is None:
        raise ValueError(f"case {case.slug!r} defines no test function")
    return match.group(1)


def start_cli(args: Sequence[str]) -> subprocess.Popen[str]:
    """Start ``patter-trace`` with ``args`` as a user runs it (it runs meanwhile)."""
    return subprocess.Popen(
        [sys.executable, "-m", "pytest_patter_trace.cli", *args],
        env=_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def finish_cli(process: subprocess.Popen[str]) -> tuple[str, int]:
    """The output and exit code of a :func:`start_cli` process."""
    try:
        output, _ = process.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    return output, process.returncode


def _fence(text: str, lang: str = "text") -> str:
    return f"```{lang}\n{text.rstrip()}\n```"


def render() -> str:
    """The whole page, from fresh runs."""
    cli = start_cli(CLI_ARGS)  # both runs import getpatter: overlap them
    try:
        sections, summary = run_cases(CASES)
    finally:
        cli_output, cli_code = finish_cli(cli)
    parts = [
        "# Failure gallery",
        "",
        f"<!-- Generated by {COMMAND} from real runs; do not edit by hand. -->",
        "",
        "What each kind of failure looks like, copied from real runs of the test shown "
        "against the installed getpatter. The page is regenerated by "
        f"`{COMMAND}`, and a test checks the committed page still matches what the code "
        "prints (timings, span ids and paths aside).",
        "",
        "Each test ran with `pytest -q`; the output shown is pytest's failure report "
        "for that test.",
    ]
    for case in CASES:
        parts += [
            "",
            f"## {case.title}",
            "",
            case.intro,
            "",
            _fence(textwrap.dedent(case.test), "python"),
        ]
        parts += ["", _fence(sections[case.slug])]
        for name, code in case.support.items():
            parts += ["", f"`{name}`:", "", _fence(code, "python")]
        if case.after:
            parts += ["", case.after]
    parts += [
        "",
        "## The run's summary",
        "",
        "The end of the same pytest run, with one line per failed test:",
        "",
        _fence("\n".join(summary)),
        "",
        "## `patter-trace check`",
        "",
        "The command line report on the installed getpatter, for one of the built-in "
        f"offline scenarios. It exited with code {cli_code} (0 only when every call "
        "conforms).",
        "",
        _fence(f"$ patter-trace {' '.join(CLI_ARGS)}\n{cli_output}"),
        "",
    ]
    return "\n".join(parts)


_VOLATILE: tuple[tuple[re.Pattern[str], str], ...] = (
    # Timings: "in 1.23s", "(0.4 ms)".
    (re.compile(r"\bin \d+(?:\.\d+)?s\b"), "in <time>"),
    (re.compile(r"\(\d+(?:\.\d+)? ?ms\)"), "(<duration>)"),
    # Random trace and span ids.
    (re.compile(r"\b[0-9a-f]{32}\b"), "<trace-id>"),
    (re.compile(r"\b[0-9a-f]{16}\b"), "<span-id>"),
    # Absolute paths left by a traceback through an installed package.
    (re.compile(r"(?:[A-Za-z]:)?[/\\]\S*?[/\\](pytest_patter_trace[/\\])"), r"\1"),
    # Python 3.11+ marks the failing expression with carets; older versions do not.
    (re.compile(r"^[ \t]*[\^~]+[ \t]*$\n?", re.MULTILINE), ""),
)


def normalize_volatile(text: str) -> str:
    """``text`` with what legitimately changes between runs replaced by placeholders."""
    for pattern, replacement in _VOLATILE:
        text = pattern.sub(replacement, text)
    return text


def main(argv: Sequence[str] | None = None) -> int:
    """Regenerate the page, or with ``--check`` only compare it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the page is stale")
    args = parser.parse_args(argv)
    fresh = render()
    if args.check:
        current = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
        if normalize_volatile(current) != normalize_volatile(fresh):
            sys.stderr.write(f"{PAGE} is out of date: run {COMMAND}\n")
            return 1
        return 0
    PAGE.write_text(fresh, encoding="utf-8")
    print(f"wrote {PAGE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
