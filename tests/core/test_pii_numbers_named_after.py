"""Numbers named by the words after them or by an abbreviated label, and short encoded entries.

A caller says the number first and what it is after ("512 84 3307, my SSN"); an account
is labelled with an abbreviation and its dot ("acct. no."); a card keyed in and sent
base64-encoded is shorter than a body (15 digits encode to 20 characters). Every number is
invented.
"""

from __future__ import annotations

import base64

import pytest
from _builders import pii_kinds as kinds
from _builders import span

from pytest_patter_trace.checks.pii import find_pii

MODES = ("allow", "forbid")

SSN_AFTER = [
    "it is 512 84 3307, my SSN",
    "417293586 is my social security number",
    "mi número es 523 81 4470, el de seguro social",
    "ok 418-77-2930... wait, 418 77 2931 (SSN)",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", SSN_AFTER)
def test_an_ssn_named_after_the_number(text: str, mode: str) -> None:
    assert "ssn" in kinds("gen_ai.user.message", text, mode)


NOT_SSN = [
    "order 512843307 shipped",
    "call 512 84 3307 about the SSN form",
    "mismatch 512843307 Social Security No.",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", NOT_SSN)
def test_a_number_without_ssn_words_next_to_it_is_no_ssn(text: str, mode: str) -> None:
    assert "ssn" not in kinds("gen_ai.user.message", text, mode)


ABBREVIATED = [
    "IFSC SBIN0005860, account no. 38274619052",
    "routing no. 071000013 acct. no. 88214503",
    "sort code 40-11-62, account no. 31926819",
    "BSB 062-000 acct nr. 12345678",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", ABBREVIATED)
def test_a_bank_code_and_an_account_labelled_no(text: str, mode: str) -> None:
    assert "bank_account" in kinds("gen_ai.user.message", text, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("entry", ["378210946303467", "4716711931664", "6011925156086540#"])
def test_a_short_encoded_keypad_card(entry: str, mode: str) -> None:
    encoded = base64.b64encode(entry.encode()).decode().rstrip("=")
    assert kinds("connect.encoded_input", encoded, mode) == {"card"}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", ["hello world!!", "Ana Ruiz Diaz", "4521#"])
def test_short_encoded_text_is_not_decoded(text: str, mode: str) -> None:
    encoded = base64.b64encode(text.encode()).decode().rstrip("=")
    assert kinds("connect.encoded_input", encoded, mode) == set()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("gap", ["\n", " "])
def test_ssn_words_leading_a_number_name_that_number(gap: str, mode: str) -> None:
    text = f"ticket 245167482{gap}SSN 523-81-4470 failed verification"
    found = find_pii([span("app", 2, attributes={"exception.message": text})], content=mode)
    assert [f.masked for f in found if f.kind == "ssn"] == ["•••-••-4470"]
