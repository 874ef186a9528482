"""The per-text gate in front of the document words before phone numbers answers as they do."""

from __future__ import annotations

import random

import pytest

from pytest_patter_trace.core._pii import labels, memo

#: Document and card words of several languages, invented numbers and other words.
_PIECES = ["Card", "carte", "TARJETA", "cartão", "karte", "Karta", "kaart", "document",
           "Dokument", "Ausweisnummer", "passport", "Passeport", "pasaporte", "passaporto",
           "reisepass", "ID number", "identity card number", "identité", "identidad", "id",
           "number", " no.", " nr", " is ", ": ", " ", " ", "\n", "-", "x", "ca", "pass",
           "my number is ", "+1 415 555 0172", "0612 345 678", "12", "é", "K"]  # fmt: skip


def _texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    return [
        "".join(rnd.choice(_PIECES) for _ in range(rnd.choice((rnd.randint(1, 8), 60))))
        for _ in range(count)
    ]


def test_the_document_gate_closes_only_where_no_window_holds_a_document_word() -> None:
    closed = opened = 0
    for text in _texts(917, 3000):
        try:
            gate = labels.may_hold_document(text)
            any_window = any(labels.document(text, at) for at in range(len(text) + 1))
        finally:
            memo.forget_text()
        if any_window:
            assert gate, text
            opened += 1
        closed += not gate
    assert closed > 100, closed
    assert opened > 300, opened


@pytest.mark.parametrize(
    ("text", "open_"),
    [
        ("my number is +1 415 555 0172, call me", False),
        ("mein Ausweis: 0612 345 678", True),
        ("the ID number 0612 345 678", True),
        ("numéro de carte 4970 1012 3456 7890", True),
    ],
)
def test_the_document_gate_on_invented_texts(text: str, open_: bool) -> None:
    try:
        assert labels.may_hold_document(text) is open_
    finally:
        memo.forget_text()
