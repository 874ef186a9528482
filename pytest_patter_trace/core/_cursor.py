"""A cursor over one line of expectation text: the reading both small languages share.

The span-tree language (``checks/tree/_parse.py``) and selectors (``_selector.py``) read
the same tokens, quotes and arrays; each subclass says which characters are spaces and
which error it raises, pointing at a column.
"""

from __future__ import annotations

import re
from typing import TypeAlias

from ._render import VALUE_TOKEN, read_quoted, typed

Scalar: TypeAlias = "str | bool | int | float"


class Cursor:
    """Reads ``text`` left to right from ``pos``; every error names a column."""

    #: The characters :meth:`skip_spaces` passes over.
    SPACES = " \t"

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def fail(self, message: str, at: int | None = None) -> ValueError:
        """The error to raise for ``message`` at column ``at`` (default: the cursor's)."""
        raise NotImplementedError  # pragma: no cover - each language says its error

    def peek(self, size: int = 1) -> str:
        """The next ``size`` characters, fewer at the end ("" past it)."""
        return self.text[self.pos : self.pos + size]

    def skip_spaces(self) -> int:
        """Move past spaces; how many there were."""
        start, text, spaces = self.pos, self.text, self.SPACES
        while self.pos < len(text) and text[self.pos] in spaces:
            self.pos += 1
        return self.pos - start

    def token(self, pattern: re.Pattern[str]) -> str | None:
        """The token ``pattern`` matches here (moving past it), or ``None``."""
        found = pattern.match(self.text, self.pos)
        if found is None:
            return None
        self.pos = found.end()
        return found.group()

    def at_quote(self) -> bool:
        """Whether a quoted string opens here."""
        return self.peek() in ('"', "'")

    def quoted(self) -> str:
        """The quoted string opening here, escapes read; an unclosed one is an error."""
        __tracebackhide__ = True
        found = read_quoted(self.text, self.pos)
        if found is None:
            raise self.fail(f"unclosed quote {self.text[self.pos]}", self.pos)
        value, self.pos = found
        return value

    def scalar(self, missing: str) -> Scalar:
        """A quoted string, or a bare value typed as the tree language types it.

        Args:
            missing: The error's message when neither is here.
        """
        __tracebackhide__ = True
        if self.at_quote():
            return self.quoted()
        token = self.token(VALUE_TOKEN)
        if not token:
            raise self.fail(missing)
        return typed(token)

    def array(self, missing: str) -> tuple[Scalar, ...]:
        """``(1, "two", true)`` opening here: its items, each read by :meth:`scalar`.

        Args:
            missing: The error's message when an item is neither quoted nor a bare value.
        """
        __tracebackhide__ = True
        opened = self.pos
        self.pos += 1
        items: list[Scalar] = []
        self.skip_spaces()
        if self.peek() == ")":
            self.pos += 1
            return ()
        while True:
            self.skip_spaces()
            if not self.peek():
                raise self.fail("unclosed '(': close the array with ')'", opened)
            items.append(self.scalar(missing))
            self.skip_spaces()
            if not self.peek():
                raise self.fail("unclosed '(': close the array with ')'", opened)
            if self.peek() == ",":
                self.pos += 1
                continue
            if self.peek() == ")":
                self.pos += 1
                return tuple(items)
            raise self.fail("expected ',' or ')' in an array value")
