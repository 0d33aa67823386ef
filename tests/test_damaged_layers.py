"""Issues 3 and 5: a scanned report whose text layer came from an English OCR."""

from __future__ import annotations

from difflib import SequenceMatcher

import pytest

from hpextract.pipeline import extract
from hpextract.report.model import Report
from hpextract.sources.read import OcrOptions

from .conftest import DATA, Truth, num, nums


def word_accuracy(report: Report, truth: Truth) -> float:
    """Share of the ground-truth words of assignment and section texts found, in order, in the output."""
    got: list[str] = []
    expected: list[str] = []
    for assignment in report.items:
        got += assignment.text.split()
        expected += truth.assignments[num(assignment.id)].split()
    for section, (_, paragraphs) in zip(report.status_sections, truth.sections, strict=True):
        got += section.text.split()
        expected += "\n\n".join(paragraphs).split()
    matcher = SequenceMatcher(None, got, expected, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(expected)


@pytest.fixture(scope="module")
def scanned() -> Report:
    """The image-only scan, OCR'd for real (no cache: every run reads the pages again)."""
    return extract(DATA / "v2021_scanned.pdf", ocr=OcrOptions(jobs=2, cache=False))


@pytest.fixture(scope="module")
def scanned_eng() -> Report:
    """The scan with an English-OCR text layer: auto mode reads its damaged pages again in Swedish."""
    return extract(DATA / "v2021_scanned_ocr_eng.pdf", ocr=OcrOptions(jobs=2, cache=False))


@pytest.mark.parametrize("name", ["scanned", "scanned_eng"])
def test_scans_give_the_structure_of_the_digital_report(
    name: str, request: pytest.FixtureRequest, report_2021: Report, truth_2021: Truth
) -> None:
    report = request.getfixturevalue(name)
    assert all(page.ocr for page in report.source.page_info)
    assert report.source.text_layer == ("none" if name == "scanned" else "damaged")
    assert [num(a.id) for a in report.items] == list(range(1, 20))
    assert [nums(s.covers) for s in report.status_sections] == [nums(s.covers) for s in report_2021.status_sections]
    assert [a.status.category for a in report.items] == [a.status.category for a in report_2021.items]
    assert word_accuracy(report, truth_2021) >= 0.99
    assert report.warnings == []


# Word-level edits left between the digital report and its scans, measured: OCR misreadings such as
# "§4" → "$4", "har" → "här" and stray ":" or "|" from speckles; nothing else.
SCAN_OPS_MEASURED = {"scanned": 5, "scanned_eng": 8}


@pytest.mark.parametrize("name", ["scanned", "scanned_eng"])
def test_scan_against_the_digital_report_shows_no_status_change(
    name: str, request: pytest.FixtureRequest, report_2021: Report
) -> None:
    from hpextract.diff.compare import diff_reports

    from .test_diff import count_ops

    diff = diff_reports(report_2021, request.getfixturevalue(name))
    assert diff.summary.status_changed == 0
    assert diff.summary.added == diff.summary.removed == diff.summary.renumbered == 0
    assert not diff.sections
    assert count_ops(diff) <= SCAN_OPS_MEASURED[name]


def test_english_ocr_layer_repaired_by_extract(truth_2021: Truth, report_2021: Report) -> None:
    report = extract(DATA / "v2021_scanned_ocr_eng.pdf", ocr=OcrOptions(mode="never"))
    assert report.source.text_layer == "damaged"
    assert report.source.normalization.changed > 500
    assert [num(a.id) for a in report.items] == list(range(1, 20))
    assert [nums(s.covers) for s in report.status_sections] == [nums(s.covers) for s in report_2021.status_sections]
    assert [a.status.category for a in report.items] == [a.status.category for a in report_2021.items]
    assert word_accuracy(report, truth_2021) >= 0.98
