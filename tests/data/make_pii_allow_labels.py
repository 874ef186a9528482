"""Write ``pii_allow_labels.jsonl``: corpora A, B and C's content rows under ``content="allow"``.

A, B and C label conversation content (utterances, LLM messages, tool payloads) as
``free_text`` / ``tool_payload`` and keep a name or a disclosure inside prose as part of
the prose. Under the content-allowed question (corpus D's), content is clean unless it
carries personal data, so each such row needs its own label: its identifier kinds, plus
``name`` where it names a person and ``sensitive`` where it discloses a person's health,
finances, legal matters or a bereavement (plus any other kind the prose holds, such as a
spoken credential).

The decisions live in ``pii_allow_decisions.tsv``, one line per content row, made by
reading each value, without running the detector. This script joins them with the
corpora:

- ``python tests/data/make_pii_allow_labels.py --todo`` lists the content rows that have
  no decision yet (to label by reading);
- ``python tests/data/make_pii_allow_labels.py`` writes the labels, and fails when a
  content row has no decision or a decision names a row that is not content.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
DECISIONS = HERE / "pii_allow_decisions.tsv"
OUT = HERE / "pii_allow_labels.jsonl"
#: The corpora labelled for the content-forbidden question, by file stem, in output order.
CORPORA = ("pii_corpus", "pii_corpus_b", "pii_corpus_c")
#: The kinds that mean "conversation content" under the content-forbidden question.
CONTENT_KINDS = frozenset({"free_text", "tool_payload"})


def content_rows() -> Iterator[tuple[str, dict[str, Any]]]:
    """Every row of A, B and C labelled as content, with its corpus stem, in file order."""
    for corpus in CORPORA:
        for line in (HERE / f"{corpus}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if CONTENT_KINDS & set(row["kinds"]):
                yield corpus, row


def read_decisions(path: Path = DECISIONS) -> dict[tuple[str, int], frozenset[str]]:
    """The kinds each decided row adds, by (corpus stem, row id)."""
    decided: dict[tuple[str, int], frozenset[str]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            raise SystemExit(f"{path.name}:{n}: expected 4 tab-separated fields, got {len(fields)}")
        corpus, row_id, added, _why = fields
        key = (corpus, int(row_id))
        if key in decided:
            raise SystemExit(f"{path.name}:{n}: {corpus} row {row_id} decided twice")
        decided[key] = frozenset() if added == "-" else frozenset(added.split(","))
    return decided


def labels(decided: dict[tuple[str, int], frozenset[str]]) -> list[dict[str, object]]:
    """One label line per content row: its identifier kinds plus the decided ones."""
    out = []
    seen = set()
    for corpus, row in content_rows():
        key = (corpus, row["id"])
        if key not in decided:
            raise SystemExit(f"{corpus} row {row['id']} has no decision: run with --todo")
        seen.add(key)
        kinds = (set(row["kinds"]) - CONTENT_KINDS) | decided[key]
        out.append({"corpus": corpus, "id": row["id"], "kinds": sorted(kinds)})
    extra = sorted(set(decided) - seen)
    if extra:
        raise SystemExit(f"decisions for rows that are not content: {extra[:5]}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--todo", action="store_true", help="list content rows with no decision")
    args = parser.parse_args(argv)
    decided = read_decisions()
    if args.todo:
        for corpus, row in content_rows():
            if (corpus, row["id"]) not in decided:
                value = row["value"]
                text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
                print(corpus, row["id"], row["class"], row["key"], row["kinds"], text, sep="\t")
        return 0
    lines = [json.dumps(label, ensure_ascii=False) for label in labels(decided)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(lines)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
