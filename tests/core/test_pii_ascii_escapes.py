"""JSON written with every non-ASCII character escaped, as ``json.dumps`` does by default.

A Python exporter that serialises messages or memories with ``json.dumps(...)`` writes
``"Kundens dotter heter \\u00c5sa"``: the readers of free text must see the letters, not
the escapes. Every value is invented for these tests.
"""

from __future__ import annotations

import json

import pytest
from _builders import span

from pytest_patter_trace.checks.pii import find_pii

MODES = ("forbid", "allow")

#: (key, the object an exporter serialises, the personal kinds in it)
ESCAPED = {
    "memory_sv": (
        "memory.entries",
        [{"id": "m1", "memory": "Kundens dotter heter Åsa Öberg och hämtar paketet."}],
        {"name"},
    ),
    "chat_de": (
        "gen_ai.input.messages",
        [{"role": "user", "content": "Ich heiße Jürgen Weiß, meine Nummer ist 0151 2345 6789."}],
        {"name", "phone"},
    ),
    "chat_ru": (
        "gen_ai.input.messages",
        [{"role": "user", "content": "Меня зовут Анна Соколова, я родилась 12 марта 1984 года."}],
        {"name", "dob"},
    ),
    "chat_zh": (
        "gen_ai.input.messages",
        [{"role": "user", "content": "我叫王丽娜，我的电话是13812345678。"}],
        {"name", "phone"},
    ),
    "summary_es": (
        "conversation.summary",
        {"summary": "La señora Begoña Núñez pidió cambiar la cita; padece de cáncer de mama."},
        {"name", "sensitive"},
    ),
}
#: The same serialisation of text with nothing personal in it.
CLEAN = {
    "hours_fr": (
        "gen_ai.input.messages",
        [{"role": "user", "content": "Vous êtes ouverts le dimanche à quelle heure ?"}],
    ),
    "menu_ja": (
        "gen_ai.output.messages",
        [{"role": "assistant", "content": "営業時間は午前9時から午後6時です。"}],
    ),
    "pref_sv": (
        "memory.entries",
        [{"id": "m2", "memory": "Föredrar en lugn röst och korta svar."}],
    ),
}


def _found(key: str, value: str, mode: str) -> set[str]:
    return {
        f.kind for f in find_pii([span("getpatter.llm", 2, attributes={key: value})], content=mode)
    }


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "obj", "kinds"), ESCAPED.values(), ids=ESCAPED.keys())
def test_personal_data_in_escaped_json_is_found_as_unescaped(
    key: str, obj: object, kinds: set[str], mode: str
) -> None:
    escaped = json.dumps(obj)
    assert "\\u" in escaped
    plain = _found(key, json.dumps(obj, ensure_ascii=False), mode)
    assert kinds <= plain  # the class is found when the letters are written as letters
    assert _found(key, escaped, mode) == plain


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "obj"), CLEAN.values(), ids=CLEAN.keys())
def test_escaped_clean_text_stays_clean(key: str, obj: object, mode: str) -> None:
    kinds = _found(key, json.dumps(obj), mode)
    assert kinds <= {"free_text", "tool_payload"}
    assert kinds == _found(key, json.dumps(obj, ensure_ascii=False), mode)


def test_a_finding_in_escaped_json_is_shown_masked() -> None:
    value = json.dumps([{"role": "user", "content": "Ich heiße Jürgen Weiß."}])
    found = find_pii(
        [span("getpatter.llm", 2, attributes={"gen_ai.input.messages": value})], content="allow"
    )
    shown = " ".join(f.masked for f in found) + " ".join(str(f) for f in found)
    for raw in ("Jürgen", "J\\u00fcrgen", "Wei"):
        assert raw not in shown
