"""Reading and checking the expected-answer files (`<name>.expected.json`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from devsuite.spec import CATEGORIES, COLOURS, PDF_ONLY_FIELDS

EXPECTED_SUFFIX = ".expected.json"


def expected_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"*{EXPECTED_SUFFIX}"))


def report_name(expected_file: Path) -> str:
    return expected_file.name.removesuffix(EXPECTED_SUFFIX)


def load_expected(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def item_key(item: dict[str, Any]) -> str:
    """What other items call this one in `parent`: its id, else its title."""
    return item["id"] if item.get("id") is not None else item["title"]


def problems(data: dict[str, Any]) -> list[str]:
    """Everything wrong with one expected answer; empty when it is valid."""
    found: list[str] = []
    if not isinstance(data.get("style"), str) or not data["style"]:
        found.append("no style")
    items = data.get("items")
    if not isinstance(items, list):
        return [*found, "items is not a list"]
    if data.get("no_items") is not (not items):
        found.append("no_items must be true exactly when items is empty")
    keys = [item_key(item) for item in items if item.get("id") is not None or item.get("title")]
    if len(keys) != len(items):
        found.append("an item has neither id nor title")
    found.extend(f"key {key!r} is not unique" for key in sorted({k for k in keys if keys.count(k) > 1}))
    for item in items:
        label = item.get("id") or item.get("title") or "?"
        found.extend(f"{label}: {problem}" for problem in _item_problems(item, set(keys)))
    return found


def _item_problems(item: dict[str, Any], keys: set[str]) -> list[str]:
    found = []
    if item.get("category") not in CATEGORIES:
        found.append(f"category {item.get('category')!r} is not a schema category")
    if not isinstance(item.get("kind"), str) or not item["kind"]:
        found.append("no kind")
    if item.get("parent") is not None and item["parent"] not in keys:
        found.append(f"parent {item['parent']!r} is not an item of the report")
    if "icon" in item and item["icon"] not in COLOURS:
        found.append(f"icon {item['icon']!r} is not a colour")
    if "progress" in item and not (isinstance(item["progress"], int) and 0 <= item["progress"] <= 100):
        found.append(f"progress {item['progress']!r} is not a percentage")
    if not set(item.get("pdf_only", [])) <= set(PDF_ONLY_FIELDS):
        found.append(f"pdf_only {item['pdf_only']!r} names fields other than {PDF_ONLY_FIELDS}")
    return found
