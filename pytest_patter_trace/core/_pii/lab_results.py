"""A patient's laboratory results as a tool returns them: a health disclosure.

A lab's or a clinic's tool answers with the test (``"test"``, ``"analyte"``, ``"prueba"``,
``"Untersuchung"``) and its result (``"result"``, ``"value"``, ``"resultado"``,
``"Ergebnis"``) beside the patient (a patient key, a record number): the result says
something of that person's health whatever the test's name. The same keys without a
patient (a test suite's run, a catalogue of tests) disclose nothing.
"""

from __future__ import annotations

import re

from .hints import holds_any
from .hit import Hit
from .mask import mask_free_text

__all__ = ["find_lab_results"]

#: A key naming the test, in the languages of the corpora's health records.
_TEST_KEY = re.compile(
    r'"(?i:test|test_?name|analyte|assay|lab_?test|loinc|examen|prueba|exame|esame|analyse'
    r'|untersuchung|laborwert|onderzoek|badanie|tahlil)"\s*:'
)
#: A key naming the result, and its value: a string or a number.
_RESULT = re.compile(
    r'"(?i:result|result_?value|value|resultado|résultat|resultat|risultato|ergebnis|wert'
    r'|uitslag|wynik|sonuç|sonuc)"\s*:\s*("(?:[^"\\\n]|\\.){1,80}"|-?\d[\d.,]*)'
)
#: What every _PATIENT match holds: looked for first, as plain substrings.
_PATIENT_HINTS = ("atient", "acient", "atiënt", "acjent", "hasta", '"mrn"', "record_number",
                  "recordNumber", "nhs_number", "nhsnumber")  # fmt: skip
#: Whose results they are: a patient key (any language of the person keys) or a record number.
_PATIENT = re.compile(
    r'"(?i:\w*(?:patient|paciente|patiënt|pacjent|hasta)\w*|mrn|medical_?record_?number'
    r'|nhs_?number)"\s*:\s*[{"\d]'
)


def find_lab_results(text: str, hits: list[Hit]) -> None:
    """Add each result of a test in a patient's JSON record."""
    if not holds_any(text, _PATIENT_HINTS) or _TEST_KEY.search(text) is None:
        return  # most JSON: no patient, or no test
    if _PATIENT.search(text) is None:
        return
    for m in _RESULT.finditer(text):
        start, end = m.span(1)
        if text[start] == '"':
            start, end = start + 1, end - 1
        hits.append(Hit("sensitive", start, end, mask_free_text(text[start:end])))
