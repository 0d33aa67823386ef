"""The JSON Schema of the output, exported from the pydantic model, and validation against it."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from .model import Report


def report_schema() -> dict[str, object]:
    return Report.model_json_schema()


def report_schema_json() -> str:
    return json.dumps(report_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def validate_file(path: Path) -> str | None:
    """None when the file is a valid report, else its first problem with the JSON path."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        return f"cannot read ({error.strerror})"
    except ValueError as error:
        return f"not JSON ({error})"
    try:
        Report.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"])
        return f"{where}: {first['msg']}"
    return None
