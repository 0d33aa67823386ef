"""The JSON Schemas of the outputs, exported from the pydantic models, and validation against them."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ValidationError

from hpextract.errors import HpextractError
from hpextract.report.model import SCHEMA_VERSION, Report


def report_schema() -> dict[str, object]:
    return Report.model_json_schema()


def report_schema_json() -> str:
    return _schema_json(Report)


def diff_schema_json() -> str:
    from hpextract.diff.model import ReportDiff

    return _schema_json(ReportDiff)


def _schema_json(model: type[BaseModel]) -> str:
    return json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def validate_file(path: Path) -> str | None:
    """None when the file is a valid report, else its first problem with the JSON path."""
    try:
        _parse(path)
    except HpextractError as error:
        return str(error)
    return None


def load_report_json(path: Path) -> Report:
    """A report from a JSON file written by extract; HpextractError (one line, with the file name) if it is not one."""
    try:
        return _parse(path)
    except HpextractError as error:
        raise HpextractError(f"{path.name}: {error}") from None


def _parse(path: Path) -> Report:
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
    except OSError as error:
        raise HpextractError(f"cannot read ({error.strerror})") from None
    except ValueError as error:
        raise HpextractError(f"not JSON ({error})") from None
    version = data.get("schema_version") if isinstance(data, dict) else None
    if version != SCHEMA_VERSION:
        found = "no schema_version" if version is None else f"schema_version {version!r}"
        raise HpextractError(f"{found}; this hpextract reads extract JSON of schema_version {SCHEMA_VERSION!r}")
    try:
        # Strict: a hand-edited "id": 3 or "page": "2" is an error, not silently coerced.
        return Report.model_validate_json(text, strict=True)
    except ValidationError as error:
        first = error.errors()[0]
        where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"])
        raise HpextractError(f"{where}: {first['msg']}") from None
