"""The span-tree expectation language: every syntax element and every malformed input."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pytest_patter_trace.checks.tree import (
    AnySpans,
    AttributeFilter,
    ExpectedSpan,
    TreeExpectation,
    TreeSyntaxError,
    parse_tree,
)


def only(text: str) -> ExpectedSpan:
    (root,) = parse_tree(text).roots
    assert isinstance(root, ExpectedSpan)
    return root


# --- names -------------------------------------------------------------------------------


def test_plain_name() -> None:
    node = only("getpatter.stt")
    assert node.name == "getpatter.stt"
    assert node.filters == ()
    assert (node.min_count, node.max_count) == (1, 1)
    assert node.children == ()
    assert node.line == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"POST /import"', "POST /import"),
        ("'GET /users/{id}'", "GET /users/{id}"),
        (r'"say \"hi\""', 'say "hi"'),
        ('"..."', "..."),
        ("a#b", "a#b"),  # '#' starts a comment only after a space
        ("http:GET/x-y@2", "http:GET/x-y@2"),
    ],
)
def test_quoted_and_unusual_names(text: str, name: str) -> None:
    assert only(text).name == name


# --- attribute filters ---------------------------------------------------------------------


def test_presence_and_equality_filters() -> None:
    node = only("getpatter.tool [patter.tool.name=lookup_order, patter.call.id]")
    assert node.filters == (
        AttributeFilter("patter.tool.name", "lookup_order"),
        AttributeFilter("patter.call.id", None),
    )


def test_filter_block_without_space_and_with_inner_spaces() -> None:
    assert only("a[k = 1 ,  j ]").filters == (AttributeFilter("k", 1), AttributeFilter("j"))


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("3", 3),
        ("-3", -3),
        ("0", 0),
        ("2.5", 2.5),
        ("-0.5", -0.5),
        (".5", 0.5),
        ("1e3", 1000.0),
        ("1.5E-2", 0.015),
        ("true", True),
        ("false", False),
        ("lookup_order", "lookup_order"),
        ("1_000", "1_000"),
        ("0x10", "0x10"),
        ("True", "True"),
        ("a=b", "a=b"),
        ("#x", "#x"),
        ('"3"', "3"),
        ('"true"', "true"),
        ('"two words"', "two words"),
        ("'single quoted'", "single quoted"),
        ('""', ""),
        (r'"a\"b\\c"', 'a"b\\c'),
    ],
)
def test_value_typing(token: str, value: object) -> None:
    (flt,) = only(f"a [k={token}]").filters
    assert flt.value == value
    assert type(flt.value) is type(value)


def test_quoted_key() -> None:
    assert only('a ["odd key"=1]').filters == (AttributeFilter("odd key", 1),)


# --- quantifiers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "bounds"),
    [
        ("", (1, 1)),
        ("+", (1, None)),
        ("*", (0, None)),
        ("?", (0, 1)),
        ("{2}", (2, 2)),
        ("{0}", (0, 0)),
        ("{2,}", (2, None)),
        ("{1,3}", (1, 3)),
        ("{2,2}", (2, 2)),
    ],
)
def test_quantifiers_after_name_and_after_filters(
    suffix: str, bounds: tuple[int, int | None]
) -> None:
    for text in (f"getpatter.tool{suffix}", f"getpatter.tool [patter.tool.name=x]{suffix}"):
        node = only(text)
        assert (node.min_count, node.max_count) == bounds
        assert node.name == "getpatter.tool"


# --- structure -----------------------------------------------------------------------------


def test_nesting_two_spaces_a_level() -> None:
    exp = parse_tree("a\n  b\n    c\n  d\ne")
    a, e = exp.roots
    assert isinstance(a, ExpectedSpan)
    assert isinstance(e, ExpectedSpan)
    b, d = a.children
    assert isinstance(b, ExpectedSpan)
    assert [c.line for c in b.children] == [3]
    assert (d.line, e.line) == (4, 5)
    assert e.children == ()


def test_any_spans_lines_anywhere_in_a_level() -> None:
    exp = parse_tree("...\na\n  ...\n  b\n  ...\n...  # the rest")
    first, a, last = exp.roots
    assert isinstance(first, AnySpans)
    assert isinstance(last, AnySpans)
    assert isinstance(a, ExpectedSpan)
    assert [type(c).__name__ for c in a.children] == ["AnySpans", "ExpectedSpan", "AnySpans"]
    assert (first.line, last.line) == (1, 6)


def test_comments_and_blank_lines_are_ignored() -> None:
    text = """
        # a tool turn
        getpatter.stt   # first

          # comments may sit at any indentation
        getpatter.llm [k=1]+ # after the quantifier
          getpatter.tool
    """
    exp = parse_tree(text)
    assert str(exp) == "getpatter.stt\ngetpatter.llm [k=1]+\n  getpatter.tool"
    assert [n.line for _, n in exp.walk()] == [3, 6, 7]


def test_common_indentation_is_removed() -> None:
    indented = parse_tree("\n        a\n          b\n")
    assert indented == parse_tree("a\n  b")


def test_real_tool_turn_shape_in_a_few_lines() -> None:
    exp = parse_tree(
        """
        getpatter.stt
        getpatter.endpoint
        getpatter.llm
          getpatter.llm [patter.llm.iteration=0]
          getpatter.tool [patter.tool.name=lookup_order]
          getpatter.llm [patter.llm.iteration=1]
          getpatter.tts
        """
    )
    assert [n.text for _, n in exp.walk()] == [
        "getpatter.stt",
        "getpatter.endpoint",
        "getpatter.llm",
        "getpatter.llm [patter.llm.iteration=0]",
        "getpatter.tool [patter.tool.name=lookup_order]",
        "getpatter.llm [patter.llm.iteration=1]",
        "getpatter.tts",
    ]


def test_expectation_is_reusable_value() -> None:
    a = parse_tree("a [k=1]+\n  b")
    b = parse_tree("  a[k = 1]+   # same\n    b")
    assert a == b
    assert hash(a) == hash(b)
    assert a != parse_tree("a [k=1]\n  b")
    assert repr(a) == "TreeExpectation(2 lines)"
    assert a.__eq__("a") is NotImplemented


def test_expectation_built_in_code() -> None:
    exp = TreeExpectation(
        [ExpectedSpan("POST /x", (AttributeFilter("n", "3"),), 0, None, (AnySpans(),))]
    )
    assert str(exp) == '"POST /x" [n="3"]*\n  ...'
    assert exp.source == str(exp)
    assert parse_tree(str(exp)) == exp


def test_canonical_text_quotes_what_needs_quotes() -> None:
    exp = parse_tree(
        "\"a b\" ['k k'=\"x y\", n=\"3\", t='true', e='', f=1.5, b=false, i=-2]{1,2}\n"
        '  "..."{2,}\n'
        '  "#x"'
    )
    assert str(exp) == (
        '"a b" ["k k"="x y", n="3", t="true", e="", f=1.5, b=false, i=-2]{1,2}\n  "..."{2,}\n  "#x"'
    )


# --- malformed input -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("a\n   b", 2, "indented by 3 spaces; indent 2 spaces a level"),
        ("a\n\tb", 2, "indent with spaces (2 a level), not tabs"),
        ("a\n  \tb", 2, "indent with spaces (2 a level), not tabs"),
        ("a\n      b", 2, "indented 3 levels deeper than the line above"),
        ("  a\nb", 1, "deeper than any line above it"),
        ("a\n  ...\n    b", 3, "'...' (line 2) cannot have child lines"),
        ("...+", 1, "'...' stands alone on its line"),
        ("... [k]", 1, "'...' stands alone on its line"),
        ("....", 1, "'...' stands alone on its line"),
        ("a{2,1}", 1, "unknown quantifier '{2,1}'; use +, *, ?, {n}, {n,} or {n,m}"),
        ("a{x}", 1, "unknown quantifier '{x}'"),
        ("a{,3}", 1, "unknown quantifier '{,3}'"),
        ("a{}", 1, "unknown quantifier '{}'"),
        ("a{2", 1, "unknown quantifier '{2'"),
        ("a++", 1, "unknown quantifier '++'"),
        ("a+?", 1, "unknown quantifier '+?'"),
        ("a +", 1, "write the quantifier straight after the span name, without a space"),
        ("a [k] +", 1, "write the quantifier straight after the filter block"),
        ("a+ [k]", 1, "the quantifier goes after the filter block"),
        ("a+x", 1, "unexpected text 'x' after the quantifier"),
        ("a [k]x", 1, "unexpected text 'x' after the filter block"),
        ("a [k]#c", 1, "unexpected text '#c' after the filter block"),
        ("a b", 1, "unexpected text 'b' after the span name"),
        ("a ]", 1, "unexpected text ']' after the span name"),
        ("a }", 1, "unexpected text '}' after the span name"),
        ("a [k] [j]", 1, "only one filter block per line"),
        ("a [k", 1, "unclosed '['"),
        ("a [k=1,", 1, "unclosed '['"),
        ("a [k=1 j]", 1, "expected ',' or ']' after a filter"),
        ("a [k=1,]", 1, "expected a key after ','"),
        ("a []", 1, "empty filter block '[]'"),
        ("a [=1]", 1, "expected an attribute key"),
        ("a [k=]", 1, "missing value after 'k='"),
        ("a [k=1, k]", 1, "attribute 'k' is filtered twice in this block"),
        ('a [k="x]', 1, 'unclosed quote "'),
        ("'a", 1, "unclosed quote '"),
        ("[k=1]", 1, "empty span name"),
        ("+", 1, "empty span name"),
        ("ok\nok\n  b\n x", 4, "indented by 1 space; indent 2 spaces a level"),
    ],
)
def test_malformed(text: str, line: int, message: str) -> None:
    with pytest.raises(ValueError, match="bad span-tree expectation") as info:
        parse_tree(text)
    err = info.value
    assert isinstance(err, TreeSyntaxError)
    assert err.line == line
    assert message in err.message
    # The message names the line number and shows the line itself.
    raw = text.splitlines()[line - 1]
    assert f"line {line}: " in str(err)
    assert f"  {line} | {raw}" in str(err)


def test_unclosed_array_names_its_paren_as_in_selectors() -> None:
    # The tree language and selectors read arrays with one cursor: an array left open at
    # the end of the line is unclosed, at its '(' (selectors said so; the tree did not).
    with pytest.raises(TreeSyntaxError) as info:
        parse_tree("a [k=(1, 2")
    assert "unclosed '(': close the array with ')'" in info.value.message
    assert info.value.column == len("a [k=")


def test_error_points_at_the_column() -> None:
    with pytest.raises(TreeSyntaxError) as info:
        parse_tree("a\n  getpatter.tool{2,1}")
    assert info.value.column == len("  getpatter.tool")
    assert str(info.value) == textwrap.dedent(
        """\
        bad span-tree expectation, line 2: unknown quantifier '{2,1}'; use +, *, ?, {n}, {n,} or {n,m} with n <= m
          2 |   getpatter.tool{2,1}
            |                 ^"""  # noqa: E501
    )


@pytest.mark.parametrize("text", ["", "   \n\n", "# only a comment\n  # another"])
def test_empty_expectation(text: str) -> None:
    with pytest.raises(ValueError, match="empty span-tree expectation"):
        parse_tree(text)


def test_not_text() -> None:
    with pytest.raises(TypeError, match="a span-tree expectation is text, got bytes"):
        parse_tree(b"a")  # type: ignore[arg-type]


# --- round trip ----------------------------------------------------------------------------

_names = st.sampled_from(["a", "b.c", "POST /x", "...", "#h", "q'x", 'd"q', "x{1}"])
_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(alphabet="ab 1.#,]=[\"'\\", max_size=6),
)
_filters = st.dictionaries(st.sampled_from(["k", "x.y", "a b", "z="]), _values, max_size=3)
_bounds = st.sampled_from([(1, 1), (1, None), (0, None), (0, 1), (2, 2), (0, 3), (2, None)])


@st.composite
def _expectations(draw: st.DrawFn, depth: int = 0) -> list[ExpectedSpan | AnySpans]:
    out: list[ExpectedSpan | AnySpans] = []
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.integers(0, 5)) == 0:
            out.append(AnySpans())
            continue
        kids = draw(_expectations(depth + 1)) if depth < 2 and draw(st.booleans()) else []
        low, high = draw(_bounds)
        flts = tuple(AttributeFilter(k, v) for k, v in draw(_filters).items())
        out.append(ExpectedSpan(draw(_names), flts, low, high, tuple(kids)))
    return out


@settings(max_examples=80, deadline=None)
@given(_expectations())
def test_canonical_text_parses_back_to_the_same(roots: list[ExpectedSpan | AnySpans]) -> None:
    exp = TreeExpectation(roots)
    again = parse_tree(str(exp))
    assert str(again) == str(exp)
    built = [(d, n.text) for d, n in exp.walk()]
    parsed = [(d, n.text) for d, n in again.walk()]
    assert parsed == built
    for (_, a), (_, b) in zip(exp.walk(), again.walk(), strict=True):
        if isinstance(a, ExpectedSpan):
            assert isinstance(b, ExpectedSpan)
            assert (b.name, b.filters, b.min_count, b.max_count) == (
                a.name,
                a.filters,
                a.min_count,
                a.max_count,
            )


def test_deep_expectation_parses_without_recursion() -> None:
    depth = 1500  # deeper than Python's default recursion limit
    text = "\n".join("  " * d + "s" for d in range(depth))
    exp = parse_tree(text)
    assert sum(1 for _ in exp.walk()) == depth
    assert str(exp) == text


def test_quoted_empty_name_is_a_span_with_an_empty_name() -> None:
    # OpenTelemetry allows an empty span name; only the quoted form can say it.
    (node,) = parse_tree('""').roots
    assert isinstance(node, ExpectedSpan)
    assert node.name == ""
