"""Identity documents as a tool shows them: OCR and vision text, machine-readable zones,
document fields, and the specimens and templates that hold no one's data.

Each case is one value in one span; ``find_pii`` is the real detector. Every value is
invented here: identifiers are built with python-stdnum's check digits, and machine-readable
zones with ICAO 9303's check digits (or, where said, with wrong ones).
"""

from __future__ import annotations

import json

import pytest
from _builders import span

from pytest_patter_trace.checks.pii import find_pii

MODES = pytest.mark.parametrize("content", ["forbid", "allow"])


def _kinds(key: str, value: object, *, content: str = "forbid") -> set[str]:
    found = find_pii([span("getpatter.call", 2, attributes={key: value})], content=content)
    return {f.kind for f in found} - {"free_text", "tool_payload"}


def _ocr(text: str, **extra: object) -> str:
    return json.dumps({"ocr_text": text, "confidence": 0.93, **extra}, ensure_ascii=False)


def _check(field: str) -> str:
    """ICAO 9303's check digit: weights 7, 3, 1; letters 10-35, filler 0."""
    total = 0
    for i, ch in enumerate(field):
        value = int(ch) if ch.isdigit() else 0 if ch == "<" else ord(ch) - 55
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def _td3(names: str, born: str, *, kind: str = "P<", width: int = 44) -> list[str]:
    """A passport's (or a visa's) two lines: names, then number, nationality, birth date."""
    first = f"{kind}CAN{names}".ljust(width, "<")
    number = "QK4820157"
    expiry = "320415"
    second = (f"{number}{_check(number)}CAN{born}{_check(born)}F{expiry}{_check(expiry)}").ljust(
        width - 2, "<"
    )
    return [first, second + "<" + _check(second)]


# -- OCR text of a card: an identifier line with its label, then unlabelled lines --------

OCR_CARDS = [
    # Canada in French: the social insurance number's French label.
    "NAS: 293 847 562\nÉlodie Tremblay\n03.08.1979",
    # Switzerland: the AHV number with its dots, a name in capitals, an ISO date.
    "AHV-Nr.: 756.9217.0769.85\nBRUNNER LUKAS ANDREAS\n1984-06-21",
    # Poland, a slashed date.
    "PESEL: 85032143475\nKatarzyna Wiśniewska\n21/03/1985",
    # Greece, Greek script.
    "ΑΜΚΑ: 12078801235\nΓεώργιος Παπαδάκης\n12.07.1988",
    # India, Devanagari.
    "आधार: 6172 8394 0516\nराहुल वर्मा\n05.07.1990",
    # Korea, Hangul without spaces.
    "주민등록번호: 880214-2345671\n박지현\n1988.02.14",
    # Japan, kanji.
    "マイナンバー: 3141 5926 5352\n佐藤花子\n1986/11/03",
    # A card with issue and expiry dates beside the birth date, none labelled.
    "ID number: 8802142345671\nMinji Park\n14.02.1988\n01.03.2019\n28.02.2029",
]


@MODES
@pytest.mark.parametrize("text", OCR_CARDS)
def test_ocr_of_an_identity_card_names_its_holder_and_birth_date(text: str, content: str) -> None:
    kinds = _kinds("gen_ai.tool.call.result", _ocr(text), content=content)
    assert {"name", "dob", "national_id"} <= kinds, kinds
    assert "phone" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "PERSONALAUSWEIS\nAHV-Nr.: 756.9217.0769.85\nLea Zimmermann\n09.10.1991",
        "TC kimlik no: 10000000146\nAyşe Yıldırım\n17.04.1993",
    ],
)
def test_ocr_text_outside_json_is_read_by_its_lines(text: str) -> None:
    assert {"name", "dob"} <= _kinds("tool.result", text)


@pytest.mark.parametrize(
    "text",
    [
        # Each label on its own line, its value on the next (and a surname alone).
        "IDENTITY CARD\nSurname\nMOKOENA\nNames\nLERATO GRACE\nDate of Birth\n09 AUG 1993",
        # A bilingual card's labels.
        "CARTE NATIONALE D'IDENTITÉ\nNom / Surname\nLEFÈVRE\nPrénoms / Given names\nINÈS"
        "\nNé(e) le / Date of birth\n30.11.1990",
        # An EU licence's numbered fields.
        "FÜHRERSCHEIN\n1. KRAUSE\n2. MARLENE\n3. 02.09.1979 LEIPZIG\n4a. 01.02.2021",
        # A US licence's short labels without a colon.
        "DRIVER LICENSE\nDL W7731902\nEXP 03/09/2031\nLN HALVORSEN\nFN INGRID MAE\nDOB 03/09/1987",
    ],
)
def test_labelled_lines_of_a_card(text: str) -> None:
    kinds = _kinds("tool.result", _ocr(text))
    assert {"name", "dob"} <= kinds, kinds


def test_a_business_under_a_name_label_of_a_card_is_no_holder() -> None:
    text = "ID number: 8802142345671\nBank name: Harbour Savings Bank\nFile name: front.jpg"
    assert "name" not in _kinds("tool.result", _ocr(text))


def test_only_the_earliest_unlabelled_date_is_the_birth_date() -> None:
    text = "ID number: 8802142345671\nMinji Park\n01.03.2019\n28.02.2029"
    found = find_pii([span("s", 2, attributes={"tool.result": _ocr(text)})])
    assert [f.kind for f in found if f.kind == "dob"] == ["dob"]


# -- identifiers under more labels and keys -----------------------------------------------


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("text", "NIT: 800123459-9"),  # Colombia, the check digit after a dash
        ("text", "NAS: 518 273 644"),  # Canada, the French label
        ("getpatter.user_text", "No AVS: 756.9217.0769.85"),
        ("applicant.tax_id", "556119/3726"),  # a Czech birth number as a tax id
    ],
)
def test_identifiers_under_their_labels(key: str, value: str) -> None:
    kinds = _kinds(key, value)
    assert "national_id" in kinds, kinds
    assert "phone" not in kinds


@pytest.mark.parametrize("value", ["412075135610982", "4120751356109"])
def test_a_digit_run_under_a_card_key_stays_a_card(value: str) -> None:
    assert _kinds("billing.pan", value) <= {"card"}


# -- machine-readable zones -----------------------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        _td3("NDIAYE<<AMINATA<FATOU", "870312"),
        _td3("OKONKWO<<CHIDI", "910228", kind="V<"),  # a visa's zone
        [
            *_td3("LAROCHE<<JEAN<PIERRE", "750101")[:1],
            "QK48201573CAN7501019M3204150<<<<<<<<<<<<<<00",
        ],
    ],
)
@pytest.mark.parametrize("form", ["list", "lines"])
def test_a_passport_zone_names_its_holder_and_birth_date(lines: list[str], form: str) -> None:
    value = json.dumps({"mrz": lines}) if form == "list" else "\n".join(lines)
    assert {"name", "dob"} <= _kinds("gen_ai.tool.call.result", value)


def test_an_identity_card_zone_of_three_lines() -> None:
    number, born, expiry = "CZ7391024", "930506", "310917"
    lines = [
        f"IDCZE{number}{_check(number)}".ljust(30, "<"),
        f"{born}{_check(born)}M{expiry}{_check(expiry)}CZE".ljust(29, "<") + "4",
        "DVORAK<<TOMAS<<<<<<<<<<<<<<<<<",
    ]
    assert {"name", "dob"} <= _kinds("tool.result", json.dumps({"mrz": "\n".join(lines)}))


def test_a_two_line_zone_of_36() -> None:
    lines = _td3("SILVA<<MARIANA", "990721", kind="I<", width=36)
    assert {"name", "dob"} <= _kinds("tool.result", "\n".join(lines))


# -- document fields ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "fields",
    [
        {"DAQ": "D1234-56789", "DCS": "NGUYEN", "DAC": "LINH", "DBB": "07141988"},
        {"DLN": "K7731902", "LN": "Okafor", "FN": "Chidi Emeka", "DOB": "1990-02-11"},
    ],
)
def test_driving_licence_field_codes(fields: dict[str, str]) -> None:
    value = json.dumps({"document_type": "driver_license", "fields": fields})
    assert {"name", "dob"} <= _kinds("tool.arguments", value)


BARCODE = (
    "@\n\x1e\rANSI 636045080002DL00410278ZW03190008DLDAQWDL7QX0921BC\nDCSHALVORSEN\n"
    "DACINGRID\nDADMAE\nDBD06012021\nDBB03221987\nDBA03222029\nDBC2\nDAYBLU\n"
    "DAG2210 CEDAR HOLLOW RD\nDAISPOKANE\nDAJWA\nDAK992030000\n"
)


@pytest.mark.parametrize("form", ["raw", "json"])
def test_a_licence_barcode_decoded_names_its_holder(form: str) -> None:
    value = BARCODE if form == "raw" else json.dumps({"barcode_text": BARCODE})
    kinds = _kinds("tool.result", value)
    assert {"name", "dob", "address"} <= kinds, kinds


@pytest.mark.parametrize(
    "record",
    [
        {"持有人": "王小明", "证件类型": "护照"},
        {"bearer": "Amara Okafor", "visa_class": "B2"},
        {"Karteninhaber": "Jonas Weber", "gültig_bis": "2027"},
        {"porteur": "Chloé Martin", "catégorie": "B"},
    ],
)
def test_holder_keys_name_a_person(record: dict[str, str]) -> None:
    assert "name" in _kinds("tool.result", json.dumps(record, ensure_ascii=False))


# -- a patient's lab results ---------------------------------------------------------------

LAB_RESULTS = [
    {"patient_name": "Ines Duarte", "test": "Creatinine", "result": "2.4 mg/dL", "flag": "H"},
    {
        "patient": {"name": "Ines Duarte", "mrn": "88213"},
        "analyte": "TSH",
        "value": 7.9,
        "unit": "mIU/L",
        "reference_range": "0.4-4.0",
    },
    {"paciente": "Lucía Gómez", "prueba": "Glucosa", "resultado": "182 mg/dL"},
    {"Patient": "Jonas Weber", "Untersuchung": "Ferritin", "Ergebnis": "9 ng/ml", "Flag": "L"},
]


@pytest.mark.parametrize("record", LAB_RESULTS)
def test_a_patients_lab_result_is_a_health_disclosure(record: dict[str, object]) -> None:
    kinds = _kinds("tool.result", json.dumps(record, ensure_ascii=False))
    assert {"name", "sensitive"} <= kinds, kinds


@pytest.mark.parametrize(
    "record",
    [
        {"test": "checkout_flow", "result": "passed", "duration_ms": 812},  # a test suite's
        {"analyte": "TSH", "unit": "mIU/L", "reference_range": "0.4-4.0"},  # a catalogue's
    ],
)
def test_results_of_no_patient_disclose_nothing(record: dict[str, object]) -> None:
    assert "sensitive" not in _kinds("tool.result", json.dumps(record))


# -- look-alikes that name no one ------------------------------------------------------------

SPECIMENS = [
    {"surname": "MUSTERMANN", "given_names": "ERIKA", "document": "PERSONALAUSWEIS"},
    {"apellidos": "ESPÉCIMEN", "nombre": "MUESTRA", "specimen": True},
    {"last_name": "Sample", "first_name": "Jane", "sample": True},
    {"name": "SPECIMEN", "dob": "12.08.1964 SPECIMEN"},
    {"mrz": _td3("ERIKSSON<<ANNA<MARIA", "740812")},
    {"mrz": _td3("MUSTERMANN<<ERIKA", "640812")},
    {"ocr_text": "SPECIMEN\nID number: 8802142345671\nErika Mustermann\n12.08.1964"},
]


@MODES
@pytest.mark.parametrize("record", SPECIMENS)
def test_specimen_documents_name_no_one(record: dict[str, object], content: str) -> None:
    value = json.dumps(record, ensure_ascii=False)
    assert not _kinds("gen_ai.tool.call.result", value, content=content)


@pytest.mark.parametrize(
    "value",
    [
        _ocr("Surname:\nGiven names:\nDate of birth:\nDocument no.:"),
        _ocr("Invoice 2291\nTotal 45.20\n12.03.2024", bbox=[12, 40, 388, 96]),
        _ocr("Date of issue: 01.02.2020\nDate of expiry: 01.02.2030\nFile scan_0042.png"),
        json.dumps({"file": "id_front.jpg", "sha256": "9f2c" * 16, "confidence": 0.97}),
        _ocr("Stadtwerke Musterhausen\nKundenservice\n12.03.2024"),
    ],
)
def test_document_look_alikes_name_no_one(value: str) -> None:
    assert not _kinds("tool.result", value) & {"name", "dob", "national_id"}
