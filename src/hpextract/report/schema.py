"""The JSON Schemas of the outputs, exported from the pydantic models, and validation against them."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from hpextract.errors import HpextractError, SchemaError
from hpextract.report.model import SCHEMA_VERSION, Report
from hpextract.utils.files import display_name

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "https://hpextract.invalid/schemas/{name}-{version}.schema.json"
# Deeper JSON than this is refused before parsing: our outputs nest less than 10 levels.
MAX_DEPTH = 64


def report_schema() -> dict[str, Any]:
    return _schema(Report, "report", SCHEMA_VERSION)


def report_schema_json() -> str:
    return _dumps(report_schema())


def diff_schema_json() -> str:
    from hpextract.diff.model import DIFF_SCHEMA_VERSION, ReportDiff

    return _dumps(_schema(ReportDiff, "diff", DIFF_SCHEMA_VERSION))


def _schema(model: type[BaseModel], name: str, version: str) -> dict[str, Any]:
    """The model's JSON Schema with its dialect and id, and `schema_version` required (a const): a file
    that a generic validator accepts is one that `hpextract validate` accepts."""
    schema = model.model_json_schema()
    schema["required"] = sorted({"schema_version", *schema.get("required", [])})
    schema["properties"]["schema_version"] = {
        "const": version, "description": "The version of this schema the file follows.", "type": "string",
    }
    return {"$schema": SCHEMA_DIALECT, "$id": SCHEMA_ID.format(name=name, version=version), **schema}


def _dumps(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def validate_file(path: Path) -> tuple[str | None, str]:
    """(None, kind) when the file is a valid report or diff JSON, else (its first problem with the JSON path,
    kind); kind is "report", "diff" or "unknown"."""
    try:
        text, data = _read_json(path)
    except HpextractError as error:
        return str(error), "unknown"
    kind = "diff" if isinstance(data, dict) and {"old", "new", "summary"} <= data.keys() else "report"
    try:
        if kind == "diff":
            _validate_diff(text, data)
        else:
            _validate_report(text, data)
    except HpextractError as error:
        return str(error), kind
    return None, kind


def load_report_json(path: Path) -> Report:
    """A report from a JSON file written by extract; SchemaError (one line, with the file name) if it is not one."""
    try:
        return _validate_report(*_read_json(path))
    except HpextractError as error:
        raise SchemaError(f"{display_name(path)}: {error}") from None


def _read_json(path: Path) -> tuple[str, Any]:
    """The file's text and its parsed JSON."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise SchemaError(f"cannot read ({error.strerror})") from None
    except UnicodeDecodeError:
        raise SchemaError("not JSON (not UTF-8 text)") from None
    if _depth_passes(text, MAX_DEPTH):
        raise SchemaError(f"not an hpextract file (JSON nested deeper than {MAX_DEPTH} levels)")
    try:
        return text, json.loads(text, parse_constant=_refuse_constant)
    except ValueError as error:
        raise SchemaError(f"not JSON ({error})") from None


def _depth_passes(text: str, limit: int) -> bool:
    """True when brackets outside strings nest deeper than `limit` (json.loads would hit the recursion limit)."""
    depth = 0
    for token in _STRUCTURE.finditer(text):
        char = token.group()
        if char in "[{":
            depth += 1
            if depth > limit:
                return True
        elif char in "]}":
            depth -= 1
    return False


_STRUCTURE = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def _validate_report(text: str, data: Any) -> Report:
    _check_version(data, SCHEMA_VERSION, "extract")
    return _model_validate(Report, text)  # type: ignore[return-value]


def _validate_diff(text: str, data: Any) -> None:
    from hpextract.diff.model import DIFF_SCHEMA_VERSION, ReportDiff

    _check_version(data, DIFF_SCHEMA_VERSION, "diff")
    _model_validate(ReportDiff, text)


def _check_version(data: Any, expected: str, kind: str) -> None:
    version = data.get("schema_version") if isinstance(data, dict) else None
    if version != expected:
        found = "no schema_version" if version is None else f"schema_version {version!r}"
        raise SchemaError(f"{found}; this hpextract reads {kind} JSON of schema_version {expected!r}")


def _model_validate(model: type[BaseModel], text: str) -> BaseModel:
    """Strict: a number where the schema says string (a hand-edited `number`) is an error, not coerced."""
    try:
        return model.model_validate_json(text, strict=True)
    except ValidationError as error:
        first = error.errors()[0]
        where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"])
        raise SchemaError(f"{where}: {first['msg']}") from None
