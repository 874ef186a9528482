"""Phone numbers of Canada and the rest of the North American plan, written without ``+1``.

Area codes the US plan does not hold (506 New Brunswick, 709 Newfoundland, 867 the
territories, 902 Nova Scotia, 204 Manitoba, 782) are as much a caller's number as a US one,
in English, French or any other language around them. Every number is invented for these
tests; a count, an order number and a price stay clean.
"""

from __future__ import annotations

import pytest
from _builders import pii_kinds as _kinds

MODES = ("forbid", "allow")

SAID = {
    "fr_parens": "Vous pouvez me joindre au (506) 382-4417 en soirée",
    "fr_dashes": "mon cellulaire c'est le 709-468-2291",
    "en_dots": "call me back on 867.334.9012 please",
    "en_spaces": "my number is 902 481 7730",
    "es_parens": "Mi número es (204) 771-3356",
    "de_parens": "Sie erreichen mich unter (782) 440-1983",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(SAID.values()), ids=list(SAID))
def test_canadian_numbers_are_found(text: str, mode: str) -> None:
    assert "phone" in _kinds("transcript", text, mode)


def test_a_canadian_number_in_a_tool_call_is_found() -> None:
    assert "phone" in _kinds("tool.arguments", '{"callback": "(506) 382-4417"}', "forbid")


NOT_PHONES = {
    "order": "order 5063824417 shipped",
    "amount": "the total is 506,382.44 dollars",
    "count": "we served 506 382 people",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(NOT_PHONES.values()), ids=list(NOT_PHONES))
def test_other_figures_are_no_phones(text: str, mode: str) -> None:
    assert "phone" not in _kinds("transcript", text, mode)
