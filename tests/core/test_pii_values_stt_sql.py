"""Literals of an SQL INSERT read with the column they go in, as a WHERE clause's are.

Every value is invented for these tests. A secret or a name under a column naming one is
found in both content modes; a business's literal under a plain column stays clean.
"""

from __future__ import annotations

import pytest
from _builders import pii_kinds as _kinds

MODES = ("forbid", "allow")

INSERTS = {
    "password": (
        "INSERT INTO app_users (login, password) VALUES ('desk', 'Vq8rTzLp2w')",
        "secret",
    ),
    "api_key_middle": (
        "insert into tokens (id, api_key, created) values (7, 'k3P9xQ2mZr8LwT5v', now())",
        "secret",
    ),
    "full_name_rows": (
        "INSERT INTO contacts (full_name, city) VALUES ('Maren Oyelaran', 'Leeds'),"
        " ('Tomasz Wielgosz', 'Kraków')",
        "name",
    ),
    "quoted_columns": (
        'INSERT INTO "staff" ("user", "passwd") VALUES (\'ops\', \'Hn4!zQ7wLx\')',
        "secret",
    ),
}
CLEAN = {
    "product": "INSERT INTO products (sku, title) VALUES ('SKU-4471', 'Blue kettle')",
    "log": "INSERT INTO call_log (status, reason) VALUES ('done', 'caller hung up')",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("sql", "kind"), INSERTS.values(), ids=INSERTS.keys())
def test_an_insert_literal_is_read_with_its_column(sql: str, kind: str, mode: str) -> None:
    assert kind in _kinds("db.statement", sql, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("sql", CLEAN.values(), ids=CLEAN.keys())
def test_plain_insert_literals_stay_clean(sql: str, mode: str) -> None:
    assert _kinds("db.statement", sql, mode) == set()


@pytest.mark.parametrize("mode", MODES)
def test_an_insert_with_a_quote_left_open_is_read_at_once(mode: str) -> None:
    sql = "INSERT INTO t (password) VALUES ('" + "''" * 20_000
    assert "secret" not in _kinds("db.statement", sql, mode)
