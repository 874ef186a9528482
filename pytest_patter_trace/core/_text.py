"""The type of the span-tree text our renderers return.

Its own module, with nothing else in it, so the plugin's assertion hook can recognise
it without importing anything at start-up.
"""

from __future__ import annotations

__all__ = ["TreeText"]


class TreeText(str):
    """A span tree rendered as indented text (``CallTrace.tree()``, ``call_tree_text``...).

    A plain ``str`` in every way; its type tells the plugin's ``pytest_assertrepr_compare``
    that a failed ``==`` involving it compares span trees, so other strings in the suite
    keep pytest's own explanation. String methods (``strip``, ``replace``...) return a
    plain ``str``; wrap the result in ``TreeText(...)`` to keep the tree diff.
    """

    __slots__ = ()
