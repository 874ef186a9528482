"""Personal fields inside values as programs render them, read by their field names.

Python reprs, protobuf text, YAML, TOML, logfmt, multipart form data, header dumps, SQL
parameters beside their columns, attribute arrays, JSON quoted inside JSON and exception
messages naming the field: each pair is judged as a JSON field of that name is. Every value
is invented for these tests. A positive is found in both content modes; a negative (a
setting, a version, an id, a stack trace) stays clean in both.
"""

from __future__ import annotations

import json

import pytest
from _builders import pii_kinds as _kinds

MODES = ("forbid", "allow")
KEY = "app.debug"

_ARGS = json.dumps({"full_name": "Ysolde Brannigan-Tuy", "date_of_birth": "1971-08-19"})

#: Rendered values holding a person's fields, and the kinds each must yield.
POSITIVES = {
    "repr_dict": ("{'full_name': 'Wendeline Okafor-Brandt', 'dob': '1979-11-23'}", {"name", "dob"}),
    "repr_dataclass": (
        "Customer(name='Thaddeus Kowalczyk', dob=datetime.date(1984, 3, 2), vip=True, note=None)",
        {"name", "dob"},
    ),
    "repr_pydantic": (
        "caller=CallerInfo(id=17, fecha_nacimiento='1966-04-30', email=None)",
        {"dob"},
    ),
    "kwargs_log": ("lookup_patient(birth_date='1958-12-01', ward=4)", {"dob"}),
    "protobuf_text": (
        'caller {\n  full_name: "Ingeborg Falkenrath"\n  birth_date: "1992-06-17"\n}',
        {"name", "dob"},
    ),
    "yaml": ("patient:\n  dob: 1984-03-02\n  full_name: Marguerite Oyelaran\n", {"name", "dob"}),
    "toml": (
        '[customer]\nfull_name = "Cosimo Abernethy"\ndate_of_birth = 1977-01-09\n',
        {"name", "dob"},
    ),
    "logfmt": (
        'level=info msg="lookup done" caller_name="Ottoline Vasquez" dob=1975-05-06 took=12ms',
        {"name", "dob"},
    ),
    "multipart": (
        '--xYzBoundary\r\nContent-Disposition: form-data; name="dob"\r\n\r\n1988-10-21\r\n'
        '--xYzBoundary\r\nContent-Disposition: form-data; name="full_name"\r\n\r\n'
        "Leocadia Ferreira Pinto\r\n--xYzBoundary--",
        {"name", "dob"},
    ),
    "headers": (
        "x-request-id: 7f3a\nx-user-dob: 1983-09-14\nx-caller-name: Bartholomew Nwachukwu\n",
        {"name", "dob"},
    ),
    "sql_params": (
        "INSERT INTO patients (full_name, dob, ward) VALUES (%s, %s, %s) "
        "params=('Philippa Drummond-Hale', '1969-02-11', 3)",
        {"name", "dob"},
    ),
    "attribute_array": (
        '["full_name:Rosalind Achterberg", "dob=1961-07-28", "tier=gold"]',
        {"name", "dob"},
    ),
    "json_in_json": (
        json.dumps({"type": "function_call", "name": "book", "arguments": _ARGS}),
        {"name", "dob"},
    ),
    "exception": ("ValueError: invalid dob '1986-02-14' for customer 4411", {"dob"}),
}

#: Rendered settings, ids, versions and traces: no person in them.
NEGATIVES = {
    "config_repr": (
        "Config(timeout=30, voice='alloy', model='gpt-4o', name='support-bot', debug=True)"
    ),
    "settings_yaml": 'model: "gpt-4o"\nvoice: alloy\ntemperature: 0.7\nname: Front Desk\n',
    "toml_versions": ('[tool.poetry]\nname = "voice-agent"\nversion = "1.4.2"\n'),
    "logfmt_ids": "level=debug call_id=c-88f1 session_id=s-1d2e name=router took=3ms",
    "stack_trace": (
        'Traceback (most recent call last):\n  File "/usr/lib/python3.11/asyncio/tasks.py", '
        "line 277, in __step\n    result = coro.send(None)\nTimeoutError: name='stt' timeout=30"
    ),
    "protobuf_settings": 'config {\n  name: "en-US-Neural2-F"\n  sample_rate_hertz: 24000\n}',
    "headers_plain": (
        "content-type: application/json\nx-request-id: 9a1c\nuser-agent: httpx/0.27.0\n"
    ),
    "sql_settings": "INSERT INTO jobs (name, retries) VALUES (%s, %s) params=('nightly-sync', 3)",
    "exception_plain": "KeyError: invalid voice 'alloy' for model gpt-4o-realtime",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", sorted(POSITIVES))
def test_rendered_fields_are_read(case: str, mode: str) -> None:
    value, kinds = POSITIVES[case]
    assert kinds <= _kinds(KEY, value, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", sorted(NEGATIVES))
def test_rendered_settings_stay_clean(case: str, mode: str) -> None:
    assert not _kinds(KEY, NEGATIVES[case], mode) & {"name", "dob", "phone", "address"}


#: More renderings: metadata as tuples of two strings, a request's repr with its query.
MORE = {
    "grpc_tuples": (
        "(('x-request-id', 'r-77'), ('x-date-of-birth', '1954-01-30'), "
        "('x-full-name', 'Evangelina Stroud'))",
        {"name", "dob"},
    ),
    "request_repr": (
        "<Request('GET', 'https://crm.example/v2/find?ref=a1&full_name=Torvald+Ekberg"
        "&birth_date=1982-05-04')>",
        {"name", "dob"},
    ),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", sorted(MORE))
def test_more_renderings_are_read(case: str, mode: str) -> None:
    value, kinds = MORE[case]
    assert kinds <= _kinds(KEY, value, mode)


def test_a_card_field_keeps_its_card() -> None:
    """``pan=`` in a log line names a card's number: no national id is read in it."""
    value = "gateway declined pan=4111111111111111 reason=do_not_honor"
    for mode in MODES:
        assert _kinds(KEY, value, mode) == {"card"}
