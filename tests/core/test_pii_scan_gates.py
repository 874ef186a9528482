"""The scan's own shortcuts (in detect.py) decide as the full patterns they stand for."""

from __future__ import annotations

import random

from pytest_patter_trace.core._pii import detect

_PIECES = ["name", "full_name", "t.email", " ", "  ", "\t", "\n", "=", " = ", "==", "'", "''",
           " like ", " LIKE ", "Like", "unlike", "likely", "ＬＩＫＥ", "liKe", "I'd", "Ana Díaz",
           "x", ".", "_", "(", ")", "K", "ı", "İ", "ſ", "WHERE ", "AND "]  # fmt: skip


def _texts() -> list[str]:
    rnd = random.Random(7)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 25))) for _ in range(4000)]


def test_the_sql_pair_hint_is_in_every_match() -> None:
    matched = 0
    for text in _texts():
        if detect._SQL_PAIR.search(text):
            matched += 1
            assert detect._SQL_PAIR_HINT.search(text), text
    assert matched > 20  # the texts do hold SQL pairs: the test tests something
