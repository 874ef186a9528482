"""The examples in the docs and the README run as real pytest test files.

A fenced ``python`` block that defines a ``test_`` function is an example; it is written
to a file and run by pytest in a subprocess, like a user would run it. Blocks of the same
page that carry a ``title="name"`` (``conftest.py``, a contract ``.toml``, a
``pyproject.toml``) are written next to that page's examples. An HTML comment on the
line before a block changes how it is run:

* ``<!-- test: skip -->``: not run (a fragment that cannot stand alone);
* ``<!-- test: fails -->``: must fail (a documented failure);
* ``<!-- test: args -n 2 -->``: run with these extra pytest arguments.

Only titles that are plain file names are written; ``title=".github/workflows/ci.yml"``
is for the reader.

``docs/gallery.md`` is left out: it is generated from real runs and checked by
``test_docs_gallery.py``. The whole set runs in as few pytest processes as possible.
"""

from __future__ import annotations

import importlib.util
import re
import shlex
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from _paths import DOCS, ROOT

GENERATED = {DOCS / "gallery.md"}
INI_FILES = {"pytest.ini", "pyproject.toml", "tox.ini", "setup.cfg"}

_FENCE = re.compile(r"^(?P<indent>[ ]*)(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")
_TITLE = re.compile(r'title="(?P<title>[^"]+)"')
_DIRECTIVE = re.compile(r"^\s*<!--\s*test:\s*(?P<body>.*?)\s*-->\s*$")
_TEST_DEF = re.compile(r"^\s*(?:async\s+)?def\s+test_", re.MULTILINE)
_SAFE_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")
_OUTCOME = re.compile(r"^(?P<outcome>PASSED|FAILED|ERROR|XFAIL|XPASS) (?P<where>\S+)")
_SKIPPED = re.compile(r"^SKIPPED \[\d+\] (?P<where>[^:\s]+)")


@dataclass
class Block:
    """A fenced code block of a page."""

    page: Path
    line: int
    lang: str
    title: str | None
    code: str
    directive: str = ""

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"

    @property
    def is_example(self) -> bool:
        return (
            self.lang in ("python", "py")
            and _TEST_DEF.search(self.code) is not None
            and self.directive != "skip"
        )

    @property
    def must_fail(self) -> bool:
        return self.directive == "fails"

    @property
    def args(self) -> tuple[str, ...]:
        if self.directive.startswith("args "):
            return tuple(shlex.split(self.directive[len("args ") :]))
        return ()


def parse_blocks(page: Path, text: str) -> list[Block]:
    """Fenced blocks of ``text`` with their info string and preceding directive."""
    lines = text.splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        if opening is None:
            i += 1
            continue
        indent, fence = len(opening["indent"]), opening["fence"]
        info = opening["info"].strip()
        start = i
        body: list[str] = []
        i += 1
        while i < len(lines):
            line = lines[i]
            stripped = line.strip()
            if stripped.startswith(fence) and set(stripped) <= {fence[0]}:
                break
            body.append(line[indent:] if line[:indent].strip() == "" else line.lstrip())
            i += 1
        else:
            raise ValueError(f"{page}:{start + 1}: code block never closed")
        i += 1
        previous = next((lines[j] for j in range(start - 1, -1, -1) if lines[j].strip()), "")
        found = _DIRECTIVE.match(previous)
        directive = found["body"] if found else ""
        if found and directive not in ("skip", "fails") and not directive.startswith("args "):
            raise ValueError(
                f"{page}:{start}: unknown directive {directive!r}; "
                "use 'skip', 'fails' or 'args <pytest arguments>'"
            )
        title = _TITLE.search(info)
        blocks.append(
            Block(
                page=page,
                line=start + 1,
                lang=(info.split() or [""])[0].lower(),
                title=title["title"] if title else None,
                code="\n".join(body) + "\n",
                directive=directive,
            )
        )
    return blocks


def doc_pages() -> list[Path]:
    pages = [p for p in sorted(DOCS.rglob("*.md")) if p not in GENERATED]
    return [*pages, ROOT / "README.md"]


@dataclass
class Run:
    """One pytest process: its arguments and the page directories it runs."""

    args: tuple[str, ...]
    pages: dict[str, list[Block]] = field(default_factory=dict)


def _slug(page: Path) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", str(page.relative_to(ROOT).with_suffix("")))


def _needs_getpatter(code: str) -> bool:
    return "getpatter" in code or "scenarios" in code


def plan(pages: Iterable[Path], *, getpatter: bool) -> tuple[list[Run], list[Block]]:
    """Group every example into runs; returns the runs and the examples left out."""
    runs: dict[tuple[str | None, tuple[str, ...]], Run] = {}
    left_out: list[Block] = []
    for page in pages:
        blocks = parse_blocks(page, page.read_text(encoding="utf-8"))
        files = _files(blocks)
        own_ini = any(b.title in INI_FILES for b in files)
        for block in (b for b in blocks if b.is_example):
            support = "".join(f.code for f in files)
            if not getpatter and _needs_getpatter(block.code + support):
                left_out.append(block)
                continue
            # A page with its own pytest configuration needs its own process.
            key = (_slug(page) if own_ini else None, block.args)
            run = runs.setdefault(key, Run(block.args))
            run.pages.setdefault(_slug(page), []).append(block)
    return list(runs.values()), left_out


def _files(blocks: Iterable[Block]) -> list[Block]:
    """The blocks written next to a page's examples: titled with a plain file name."""
    return [
        b
        for b in blocks
        if b.title
        and _SAFE_NAME.match(b.title)
        and b.title not in (".", "..")
        and not b.is_example
        and b.directive != "skip"
    ]


def _files_of(page: Path) -> list[Block]:
    return _files(parse_blocks(page, page.read_text(encoding="utf-8")))


def _example_file(block: Block) -> str:
    return f"test_l{block.line:04d}.py"


def _outcomes(output: str) -> dict[str, list[str]]:
    """File path -> outcomes listed in the ``-rA`` short summary."""
    found: dict[str, list[str]] = {}
    for line in output.splitlines():
        match = _OUTCOME.match(line) or _SKIPPED.match(line)
        if match is None:
            continue
        outcome = match.groupdict().get("outcome") or "SKIPPED"
        path = match["where"].split("::")[0]
        found.setdefault(path, []).append(outcome)
    return found


def _verdict(block: Block, outcomes: list[str]) -> str | None:
    if not outcomes:
        return "collected nothing (no test ran from this block)"
    if block.must_fail:
        if outcomes.count("FAILED") and "ERROR" not in outcomes:
            return None
        return f"marked 'fails' but got {', '.join(outcomes)}"
    # A block that says it may skip (pytest.importorskip) may; no other block may.
    allowed = {"PASSED", "SKIPPED"} if "pytest.importorskip(" in block.code else {"PASSED"}
    if set(outcomes) <= allowed:
        return None
    return f"got {', '.join(outcomes)}"


def test_parse_blocks_reads_titles_directives_and_indented_fences() -> None:
    text = (
        "Intro\n\n"
        '```toml title="pyproject.toml"\n[tool.pytest.ini_options]\n```\n\n'
        "<!-- test: fails -->\n"
        "```python\ndef test_a():\n    assert 0\n```\n\n"
        '!!! note\n    ```python title="conftest.py"\n    import os\n    ```\n'
        "<!-- test: skip -->\n```python\ndef test_b(): ...\n```\n"
    )
    blocks = parse_blocks(DOCS / "x.md", text)
    assert [(b.line, b.lang, b.title, b.directive) for b in blocks] == [
        (3, "toml", "pyproject.toml", ""),
        (8, "python", None, "fails"),
        (14, "python", "conftest.py", ""),
        (18, "python", None, "skip"),
    ]
    assert blocks[2].code == "import os\n"
    assert [b.is_example for b in blocks] == [False, True, False, False]
    assert blocks[1].must_fail


def test_parse_blocks_rejects_unknown_directive_and_open_fence() -> None:
    with pytest.raises(ValueError, match="unknown directive 'xfail'"):
        parse_blocks(DOCS / "x.md", "<!-- test: xfail -->\n```python\ndef test_a(): ...\n```\n")
    with pytest.raises(ValueError, match="never closed"):
        parse_blocks(DOCS / "x.md", "```python\ndef test_a(): ...\n")


def test_outcomes_and_verdicts() -> None:
    output = (
        "PASSED docs_a/test_l0010.py::test_x\n"
        "FAILED docs_a/test_l0020.py::test_y - AssertionError: boom\n"
        "SKIPPED [1] docs_a/test_l0030.py:4: no getpatter\n"
    )
    found = _outcomes(output)
    assert found == {
        "docs_a/test_l0010.py": ["PASSED"],
        "docs_a/test_l0020.py": ["FAILED"],
        "docs_a/test_l0030.py": ["SKIPPED"],
    }
    plain = Block(DOCS / "a.md", 10, "python", None, "def test_x(): ...\n")
    failing = Block(DOCS / "a.md", 20, "python", None, "def test_y(): ...\n", "fails")
    assert _verdict(plain, ["PASSED"]) is None
    assert _verdict(plain, ["SKIPPED"]) == "got SKIPPED"
    assert _verdict(plain, []) is not None
    assert _verdict(failing, ["FAILED"]) is None
    assert _verdict(failing, ["PASSED"]) == "marked 'fails' but got PASSED"


def test_docs_have_examples() -> None:
    runs, left_out = plan(doc_pages(), getpatter=True)
    examples = [b for r in runs for blocks in r.pages.values() for b in blocks]
    pages = {b.page.name for b in examples}
    # The getting-started page is the promise: its examples must be picked up.
    assert "getting-started.md" in pages
    assert len(examples) >= 10
    assert not left_out


def test_docs_examples_pass(pytester: pytest.Pytester) -> None:
    has_getpatter = importlib.util.find_spec("getpatter") is not None
    runs, left_out = plan(doc_pages(), getpatter=has_getpatter)
    if not runs:
        pytest.skip(f"every example needs getpatter ({len(left_out)} examples)")
    problems: list[str] = []
    written: set[str] = set()
    for run in runs:
        targets: list[str] = []
        for slug, blocks in run.pages.items():
            directory = pytester.path / slug
            if slug not in written:
                directory.mkdir()
                for f in _files_of(blocks[0].page):
                    (directory / str(f.title)).write_text(f.code, encoding="utf-8")
                written.add(slug)
            for block in blocks:
                (directory / _example_file(block)).write_text(block.code, encoding="utf-8")
                targets.append(f"{slug}/{_example_file(block)}")
        # Named one by one: a page's other examples may need other arguments.
        result = pytester.runpytest_subprocess(
            "-p", "no:cacheprovider", "-rA", "--import-mode=importlib", *run.args, *targets
        )
        output = result.stdout.str()
        found = _outcomes(output)
        failed_here = False
        for slug, blocks in run.pages.items():
            for block in blocks:
                verdict = _verdict(block, found.get(f"{slug}/{_example_file(block)}", []))
                if verdict is not None:
                    failed_here = True
                    problems.append(f"{block.where}: {verdict}")
        if failed_here:
            args = " ".join(run.args) or "(no extra arguments)"
            problems.append(f"--- pytest output, run {args} ---\n{output}\n{result.stderr.str()}")
    if left_out and sys.version_info >= (3, 11):
        problems.append(f"getpatter missing: {len(left_out)} examples not run")
    assert not problems, "documented examples broke:\n" + "\n".join(problems)


def test_reference_lists_every_public_module() -> None:
    import pytest_patter_trace

    package = Path(pytest_patter_trace.__file__).parent
    modules: set[str] = set()
    for path in package.rglob("*.py"):
        parts = list(path.relative_to(package).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        if parts:
            modules.add(".".join(parts))
    # Public: no private part; the role folders themselves only hold a docstring.
    public = {m for m in modules if "." in m or package.joinpath(f"{m}.py").exists()} - {
        m for m in modules if any(p.startswith("_") for p in m.split("."))
    }
    api = (DOCS / "reference" / "api.md").read_text(encoding="utf-8")
    entries = set(re.findall(r"^::: pytest_patter_trace\.([\w.]+)\s*$", api, re.MULTILINE))
    listed = entries & modules
    assert public - listed == set(), "public modules missing from docs/reference/api.md"
    names = entries - modules
    assert all(n in pytest_patter_trace.__all__ for n in names), "unknown names in the reference"
    # Every exported name is in the reference: one by one, or through its module.
    # A name that is a module of its own (scenarios) is listed under its full path.
    missing = {
        n
        for n, m in pytest_patter_trace._homes().items()
        if n not in names and m not in listed and f"{m}.{n}" not in listed
    }
    assert missing == set(), "exported names missing from the reference"
