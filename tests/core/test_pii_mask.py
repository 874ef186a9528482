"""Masks show enough to recognise a value and never enough to rebuild it."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pytest_patter_trace.checks.pii import KINDS, mask

BULLET = "•"
SEPARATORS = re.compile(r"[\s().\-/+]")


def visible_digits(masked: str) -> int:
    return sum(ch.isdigit() for ch in masked)


def longest_visible_run(masked: str) -> int:
    runs = re.findall(r"\d+", SEPARATORS.sub("", masked))
    return max((len(r) for r in runs), default=0)


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("phone", "+1 415 555 0132", "+1 4•• ••• ••32"),
        ("phone", "+44 20 7946 0018", "+44 •• •••• ••18"),
        ("phone", "(415) 555-0132", "(4••) •••-••32"),
        ("phone", "+353 85 123 4567", "+353 •• ••• •••7"),
        ("email", "john@example.com", "j•••@e•••.com"),
        ("email", "m@example.org", "••••@e•••.org"),
        ("card", "4111 1111 1111 1111", "4111 •••• •••• 1111"),
        ("card", "378282246310005", "3782•••••••0005"),
        ("ssn", "078-05-1120", "•••-••-1120"),
        ("iban", "DE89 3704 0044 0532 0130 00", "DE•• •••• •••• •••• ••30 00"),
        ("ip", "203.0.113.7", "203.•.•••.•"),
        ("ip", "2001:db8::1", "2001:•••::•"),
        ("secret", "sk-proj-abcdefghijklmnopqrstuvwxyz", "sk-p••••••••"),
        ("secret", "Bearer eyJhbGciOiJIUzI1NiJ9", "Bearer eyJ••••••••"),
        ("secret", "hunter2", "••••••••"),
        ("dob", "1985-03-14", "••••-••-••"),
        ("dob", "March 3, 1985", "M•••• •, ••••"),
        ("address", "221B Baker Street", "•••• B•••• Street"),
        ("free_text", "I want to cancel my order", "I •••• •• •••••• •• ••••• (6 words)"),
        ("employee_id", "EMP-123456", "E•••••••••"),
    ],
)
def test_documented_masks(kind: str, value: str, expected: str) -> None:
    assert mask(kind, value) == expected


def test_a_long_free_text_is_cut_after_eight_words() -> None:
    masked = mask("free_text", "one two three four five six seven eight nine ten")
    assert masked == "o•• ••• ••••• •••• •••• ••• ••••• ••••• … (10 words)"


numbers = st.lists(
    st.tuples(st.text(string.digits, min_size=1, max_size=5), st.sampled_from(["", " ", "-", "."])),
    min_size=1,
    max_size=6,
).map(lambda parts: "".join(d + s for d, s in parts).strip(" -."))


@settings(max_examples=100, deadline=None)
@given(kind=st.sampled_from([k for k in KINDS if k != "card"]), body=numbers, plus=st.booleans())
def test_no_mask_shows_more_than_four_digits(kind: str, body: str, plus: bool) -> None:
    value = ("+" if plus else "") + body
    masked = mask(kind, value)
    assert visible_digits(masked) <= 4, (value, masked)


@settings(max_examples=100, deadline=None)
@given(body=numbers)
def test_card_masks_never_show_six_digits_in_a_row(body: str) -> None:
    masked = mask("card", body)
    assert visible_digits(masked) <= 8
    assert longest_visible_run(masked) < 6, (body, masked)


@settings(max_examples=100, deadline=None)
@given(
    local=st.text(string.ascii_letters + string.digits + "._+-", min_size=1, max_size=30),
    domain=st.from_regex(r"[a-z][a-z0-9-]{0,20}\.[a-z]{2,6}", fullmatch=True),
)
def test_email_masks_never_show_a_whole_local_part(local: str, domain: str) -> None:
    masked = mask("email", f"{local}@{domain}")
    shown = masked.rpartition("@")[0]
    assert shown != local
    assert sum(ch != BULLET for ch in shown) <= 1


@settings(max_examples=100, deadline=None)
@given(
    local=st.text(string.ascii_letters + string.digits + "._+-", min_size=1, max_size=30),
    head=st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True),
)
def test_email_masks_are_fixed_width(local: str, head: str) -> None:
    # Neither the local part's length nor the domain's shows through the mask.
    assert len(mask("email", f"{local}@{head}.com")) == len("j•••@e•••.com")


@settings(max_examples=100, deadline=None)
@given(
    scheme=st.sampled_from(["", "Bearer ", "Basic "]),
    token=st.text(string.ascii_letters + string.digits + "-_/+=.", min_size=1, max_size=80),
)
def test_secret_masks_show_at_most_four_characters(scheme: str, token: str) -> None:
    masked = mask("secret", scheme + token)
    shown = masked[len(scheme) :].replace(BULLET, "")
    assert len(shown) <= 4
    assert token.startswith(shown)
