"""Write the JSON Schema files shipped in the package and record their fingerprints per version.

Run after any change of the data model: python tools/export_schema.py
tests/test_schema.py fails when the model's schema differs from the shipped file, and when a schema
version's fingerprint changes (a schema change without a version bump).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from hpextract.report.model import SCHEMA_VERSION
from hpextract.report.schema import report_schema_json

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "src" / "hpextract" / "schemas" / "report.schema.json"
FINGERPRINTS = ROOT / "tests" / "data" / "schema_fingerprints.json"


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def main() -> None:
    text = report_schema_json()
    SHIPPED.write_text(text, encoding="utf-8")
    known = json.loads(FINGERPRINTS.read_text(encoding="utf-8")) if FINGERPRINTS.exists() else {}
    if known.get(SCHEMA_VERSION, fingerprint(text)) != fingerprint(text):
        raise SystemExit(f"the schema changed but schema_version is still {SCHEMA_VERSION}: bump it in model.py")
    known[SCHEMA_VERSION] = fingerprint(text)
    FINGERPRINTS.write_text(json.dumps(known, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {SHIPPED.relative_to(ROOT)} (schema_version {SCHEMA_VERSION})")


if __name__ == "__main__":
    main()
