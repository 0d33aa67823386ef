"""The JSON contract: shipped schema file, version bumps, validation of real output."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import jsonschema

from hpextract.pipeline import report_json
from hpextract.report.model import SCHEMA_VERSION, Report
from hpextract.report.schema import report_schema_json

from .conftest import DATA

SHIPPED = Path(__file__).parent.parent / "src" / "hpextract" / "schemas" / "report.schema.json"


def test_shipped_schema_is_the_model_schema() -> None:
    assert SHIPPED.read_text(encoding="utf-8") == report_schema_json(), "run python tools/export_schema.py"


def test_schema_change_needs_a_version_bump() -> None:
    known = json.loads((DATA / "schema_fingerprints.json").read_text(encoding="utf-8"))
    current = hashlib.sha256(report_schema_json().encode("utf-8")).hexdigest()
    assert SCHEMA_VERSION in known, "new schema_version: run python tools/export_schema.py"
    assert known[SCHEMA_VERSION] == current, f"the schema changed: bump SCHEMA_VERSION (now {SCHEMA_VERSION})"


def test_real_output_validates_against_the_shipped_schema(report_2021: Report, report_seed: Report) -> None:
    schema = json.loads(SHIPPED.read_text(encoding="utf-8"))
    for report in (report_2021, report_seed):
        data = json.loads(report_json(report))
        jsonschema.validate(data, schema)
        assert data["schema_version"] == SCHEMA_VERSION


def test_schema_rejects_a_wrong_category(report_2021: Report) -> None:
    schema = json.loads(SHIPPED.read_text(encoding="utf-8"))
    data = json.loads(report_json(report_2021))
    data["items"][0]["status"]["category"] = "done"
    validator = jsonschema.Draft202012Validator(schema)
    assert list(validator.iter_errors(data))
