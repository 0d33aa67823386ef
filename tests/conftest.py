"""Shared fixtures: the test data folder, reports extracted once per session, the ground truth."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from hpextract.pipeline import extract
from hpextract.report.model import Report

DATA = Path(__file__).parent / "data"
SOURCE = Path(__file__).parent.parent / "src"
# Commands run in subprocesses import this checkout's code too.
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SOURCE), os.environ.get("PYTHONPATH")]))


@pytest.fixture(scope="session")
def data() -> Path:
    return DATA


@pytest.fixture(scope="session")
def report_2021() -> Report:
    return extract(DATA / "v2021.pdf")


@pytest.fixture(scope="session")
def report_2022() -> Report:
    return extract(DATA / "v2022.pdf")


@pytest.fixture(scope="session")
def report_2023() -> Report:
    """A third version made by hand from v2022_plain.txt (tests/test_history.py says what moved)."""
    return extract(DATA / "v2023_plain.txt")


@pytest.fixture(scope="session")
def json_versions(
    report_2021: Report, report_2022: Report, report_2023: Report, tmp_path_factory: pytest.TempPathFactory
) -> list[str]:
    """The three versions as extract JSON files (v2021.json, v2022.json, v2023_plain.json)."""
    from hpextract.pipeline import report_json

    folder = tmp_path_factory.mktemp("versions")
    paths = []
    for report in (report_2021, report_2022, report_2023):
        path = folder / f"{Path(report.source.file).stem}.json"
        path.write_text(report_json(report), encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.fixture(scope="session")
def report_seed() -> Report:
    return extract(DATA / "seed_ocr.txt")


@dataclass
class Truth:
    """What the hand-made clean text (markup described in the corpus README) says the report holds."""

    assignments: dict[int, str] = field(default_factory=dict)
    sections: list[tuple[str, list[str]]] = field(default_factory=list)  # (heading, paragraphs)


ITEM = re.compile(r"^(\d{1,2})\) (.*)$")


def parse_truth(path: Path) -> Truth:
    """Read the clean markup on its own terms (not with hpextract code) into assignments and sections."""
    truth = Truth()
    current: list[str] | None = None
    blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    for block in blocks:
        item = ITEM.match(block)
        if item:
            current = [item.group(2)]
            truth.assignments[int(item.group(1))] = current  # type: ignore[assignment]
        elif block.startswith("### "):
            current = []
            truth.sections.append((block[4:], current))
        elif block.startswith("#"):
            current = None
        elif current is not None:
            current.append(block)
    truth.assignments = {n: "\n\n".join(parts) for n, parts in truth.assignments.items()}  # type: ignore[misc]
    return truth


@pytest.fixture(scope="session")
def truth_2021() -> Truth:
    return parse_truth(DATA / "v2021_clean.txt")


@pytest.fixture(scope="session")
def truth_2022() -> Truth:
    return parse_truth(DATA / "v2022_clean.txt")


def squash(text: str) -> str:
    """Whitespace-insensitive form for comparing texts."""
    return re.sub(r"\s+", " ", text).strip()


def num(item_id: str | int) -> int | str:
    """An item id as the number the sample's answer key uses: "3" → 3, "4.1" stays "4.1"."""
    text = str(item_id)
    return int(text) if text.isdigit() else text


def nums(item_ids: list[str] | list[int | str]) -> list[int | str]:
    return [num(i) for i in item_ids]


@pytest.fixture(scope="module")
def module_ocr_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """An OCR cache of the module's own: its scans are OCR'd once per module, whatever the user's cache holds."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HPEXTRACT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield
