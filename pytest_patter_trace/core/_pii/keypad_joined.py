"""Key presses sent one per list item or one per span event, joined into what was entered.

Some stacks record a caller's keypad input a press at a time: an attribute holding a list
of single digits (``dtmf.sequence``), or an event per press (``dtmf.digit``). Each press
alone is nothing; joined in order they may be a card or a PIN. Only presses under a key
of keypad input are joined, and only four or more (a PIN's length): a menu choice stays
one press.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["MIN_PRESSES", "joined_presses", "one_press"]

#: The fewest presses joined: the shortest PIN.
MIN_PRESSES = 4
_PRESS = frozenset("0123456789*#")


def one_press(value: object) -> bool:
    """Whether an attribute value is one key press (a digit, ``*`` or ``#``)."""
    if type(value) is str:
        return len(value) == 1 and value in _PRESS
    return type(value) is int and 0 <= value <= 9


def joined_presses(key: str, presses: Sequence[object]) -> str | None:
    """The presses as one value, when there are enough of them under a keypad key."""
    if len(presses) < MIN_PRESSES or not all(map(one_press, presses)):
        return None
    from .keypad import entry_key  # the detector loads on the first check, not on import

    if not entry_key(key):
        return None
    return "".join(map(str, presses))
