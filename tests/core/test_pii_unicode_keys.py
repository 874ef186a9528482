"""Keys in any script are read, not crashed on: a key whose last segment has no ASCII
letter (``顧客.電話番号``, ``user.имя``, ``é``) still has its values checked, and
``find_pii`` returns findings for any text, never an exception."""

from __future__ import annotations

import pytest
from _builders import span
from hypothesis import given, settings
from hypothesis import strategies as st

from pytest_patter_trace.checks.pii import assert_no_pii, find_pii
from pytest_patter_trace.core._pii.attribute_keys import key_flags

pytest.importorskip("phonenumbers")

PHONE = "+1 415 555 0132"


@pytest.mark.parametrize("key", ["顧客.電話番号", "user.имя", "é", "ввод.текст", "客户"])
def test_a_key_without_ascii_letters_is_read(key: str) -> None:
    assert isinstance(key_flags(key), frozenset)
    findings = find_pii([span("s", 2, attributes={key: f"call me back on {PHONE}"})])
    assert "phone" in {f.kind for f in findings}


@pytest.mark.parametrize(
    ("key", "flag"),
    [("顧客.電話番号", "phone"), ("user.имя", "name"), ("kunde.geburtsdatum", "dob")],
)
def test_keys_in_other_scripts_say_what_they_hold(key: str, flag: str) -> None:
    assert flag in key_flags(key)


def test_assert_no_pii_names_the_finding_under_a_non_ascii_key() -> None:
    with pytest.raises(AssertionError, match="phone"):
        assert_no_pii([span("s", 2, attributes={"顧客.電話番号": PHONE})])


#: Any code point, lone surrogates included.
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=200)


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT, ANY_TEXT, st.sampled_from(["forbid", "allow"]))
def test_find_pii_never_raises_on_any_text(key: str, value: str, content: str) -> None:
    find_pii([span("s", 2, attributes={key: value, "lk.user_transcript": value})], content=content)


@pytest.mark.parametrize(
    "text",
    [
        "my name is Priya Raman and my number is +1 212 555 0143, DNI 12345678Z. ",
        "what are your opening hours on Sunday, can you repeat that? ",
    ],
    ids=["dense", "talk"],
)
def test_a_megabyte_value_is_scanned(text: str) -> None:
    # Long values are scanned in pieces; a regression here recursed or went quadratic.
    big = (text * (1_000_000 // len(text) + 1))[:1_000_000]
    findings = find_pii([span("s", 2, attributes={"lk.user_transcript": big})], content="allow")
    assert all(f.kind in ("name", "phone", "national_id") for f in findings)
