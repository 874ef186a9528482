"""The per-text gate of the named-identifier finder closes only where no window names one."""

from __future__ import annotations

import random

import pytest

from pytest_patter_trace.core._pii import ids, memo
from pytest_patter_trace.core._pii.hit import Hit

#: Separators and words around the identifier names: invented, in several languages.
_OTHERS = [" ", " ", ": ", "-", ".", ", ", "\n", "#", "_", "(", "x", "ab", "Q", "é", "is",
           "mein", "numero", "la", "the", "and", "nummer", "Nr", "card", "of"]  # fmt: skip


def _luhn_number(rnd: random.Random) -> str:
    """Nine digits whose last is their Luhn check digit (a shape several ids share)."""
    digits = [rnd.randint(0, 9) for _ in range(8)]
    total = sum(
        d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits)
    )
    digits.append((10 - total % 10) % 10)
    text = "".join(map(str, digits))
    return rnd.choice(
        (text, f"{text[:3]} {text[3:6]} {text[6:]}", f"{text[:3]}-{text[3:6]}-{text[6:]}")
    )


def _texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    names = sorted(ids._EXACT)
    out = []
    for _ in range(count):
        parts: list[str] = []
        for _ in range(rnd.randint(2, 40)):
            roll = rnd.random()
            if roll < 0.2:
                name = rnd.choice(names)
                name = rnd.choice((name, name.title(), name.upper()))
                # Glued to other letters: a window may start or end inside the word.
                parts.append(
                    rnd.choice(("", "", "ab", "X")) + name + rnd.choice(("", "", "s", "yz"))
                )
            elif roll < 0.45:
                parts.append(_luhn_number(rnd))
            elif roll < 0.55:
                parts.append(str(rnd.randint(10_000, 10**12)))
            else:
                parts.append(rnd.choice(_OTHERS))
            parts.append(rnd.choice((" ", " ", ": ", ", ", "")))
        out.append("".join(parts))
    return out


def _named_ids(
    text: str, *, gated: bool, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[Hit], bool]:
    """The finder's hits, and whether any window named an identifier on the plain path."""
    named: list[bool] = []
    if not gated:
        near = ids._modules_near

        def recorded(*args: object) -> tuple[str, ...]:
            modules = near(*args)  # type: ignore[arg-type]
            named.append(bool(modules))
            return modules

        monkeypatch.setattr(ids, "_MAY_NAME", lambda _text: True)
        monkeypatch.setattr(ids, "_modules_near", recorded)
    hits: list[Hit] = []
    try:
        ids.find_named_ids(text, hits, [])
    finally:
        memo.forget_text()
        monkeypatch.undo()
    return hits, any(named)


def test_the_gate_closes_only_on_texts_no_window_of_which_names_an_identifier(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    closed = named = found = 0
    for text in _texts(913, 1500):
        plain_hits, any_named = _named_ids(text, gated=False, monkeypatch=monkeypatch)
        gated_hits, _ = _named_ids(text, gated=True, monkeypatch=monkeypatch)
        assert gated_hits == plain_hits, text
        if any_named:
            assert ids._MAY_NAME(text), text
        closed += not ids._MAY_NAME(text)
        named += any_named
        found += bool(plain_hits)
    # Both sides are exercised: closed texts, texts whose windows name one, and hits.
    assert closed > 100, closed
    assert named > 100, named
    assert found > 20, found


@pytest.mark.parametrize(
    ("text", "open_"),
    [
        ("my number is +1 415 555 0199 and my name is Ada", False),
        ("My Number: 1234 5678 9012", True),
        ("votre nir est 1 84 12 76 451 089 46", True),
        ("the id number 046 454 287", True),
        ("Ingrid number 046 454 287", True),  # "id number" from inside "Ingrid"
        ("Ingrid and my number 046 454 287", False),
        ("xyzsin 046 454 287", True),  # a window may start inside the word
        ("046 454 287 sinxyz", True),  # or end inside it
        ("call 046 454 287 now", False),
        ("número de cédula 046 454 287", True),  # not ASCII: always asked
    ],
)
def test_the_gate_on_invented_texts(text: str, open_: bool) -> None:
    assert ids._MAY_NAME(text) is open_
