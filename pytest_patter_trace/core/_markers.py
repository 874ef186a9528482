"""The plugin's markers: what each takes, checked at collection, and their values read once.

``@pytest.mark.patter_pii(...)`` and ``@pytest.mark.patter_profile(...)`` are checked
when tests are collected, so a misspelled keyword (``alow=``) is an error naming the
marker and the test before anything runs, not a ``TypeError`` from inside the guard.
Nothing here imports more than the standard library.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["MARKERS", "marker_problems", "pii_options", "profile_of", "test_profile"]

#: Marker -> (signature, keywords it takes, what it does): ``pytest --markers`` and the
#: configuration reference show the signature and the help.
MARKERS: Mapping[str, tuple[str, tuple[str, ...], str]] = {
    "patter_pii": (
        "patter_pii(allow=(), kinds=None, extra=(), content=None, check=True)",
        ("allow", "kinds", "extra", "content", "check"),
        "settings of the --patter-no-pii guard for this test: allow, kinds and extra as for "
        "assert_no_pii (allow may be one key glob), added to patter_pii_allow; check=False "
        "turns the guard off.",
    ),
    "patter_profile": (
        "patter_profile(name)",
        ("name",),
        "the tracing profile of this test (patter, pipecat, livekit, genai), by position or "
        "as name=: patter_spans groups calls by its call-id keys.",
    ),
}


def _suggest(word: str, known: tuple[str, ...]) -> str:
    import difflib  # only on the error path

    close = difflib.get_close_matches(word, known, n=1)
    return f" (did you mean {close[0]}=?)" if close else ""


def _problems_of(name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> list[str]:
    signature, known, _ = MARKERS[name]
    out = [
        f"unknown keyword {key}={_suggest(key, known)}; it takes {signature}"
        for key in kwargs
        if key not in known
    ]
    if name == "patter_pii":
        if args:
            out.append(f"takes keywords only: {signature}")
        allow = kwargs.get("allow", ())
        if not isinstance(allow, str | re.Pattern) and not callable(allow):
            try:
                iter(allow)
            except TypeError:
                out.append(
                    f"allow= is a {type(allow).__name__}; give a key glob, a compiled regex, "
                    "a callable, or a list of them"
                )
        if not isinstance(kwargs.get("check", True), bool):
            out.append("check= takes True or False")
        if kwargs.get("content") not in (None, "forbid", "allow"):
            out.append("content= takes 'forbid' or 'allow'")
    else:
        given = [*args, *([kwargs["name"]] if "name" in kwargs else [])]
        if len(given) != 1 or not isinstance(given[0], str):
            out.append(f"takes one profile name, e.g. {name}('pipecat') or {name}(name='pipecat')")
    return out


def marker_problems(item: Any) -> list[str]:
    """One line per malformed patter marker on ``item`` (a pytest item), naming both."""
    out: list[str] = []
    for name in MARKERS:
        for mark in item.iter_markers(name):
            out.extend(
                f"{item.nodeid}: @pytest.mark.{name}: {problem}"
                for problem in _problems_of(name, tuple(mark.args), mark.kwargs)
            )
    return out


def profile_of(mark: Any) -> str | None:
    """The profile a ``patter_profile`` mark names, positionally or as ``name=``."""
    if mark.args:
        return str(mark.args[0])
    name = mark.kwargs.get("name")
    return None if name is None else str(name)


def test_profile(item: Any) -> str:
    """The profile a test runs under: its ``patter_profile`` marker, else the ini option's."""
    mark = item.get_closest_marker("patter_profile")
    named = None if mark is None else profile_of(mark)
    return named if named is not None else str(item.config.getini("patter_profile") or "patter")


def pii_options(mark: Any) -> dict[str, Any]:
    """A ``patter_pii`` mark's keywords; one ``allow`` rule alone becomes a list of one."""
    options = dict(mark.kwargs) if mark is not None else {}
    allow = options.get("allow", ())
    if isinstance(allow, str | re.Pattern) or callable(allow):
        options["allow"] = (allow,)
    return options
