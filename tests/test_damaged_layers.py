"""Issues 3 and 5: a scanned report whose text layer came from an English OCR."""

from __future__ import annotations

from difflib import SequenceMatcher

from hpextract.model import Report
from hpextract.pipeline import extract

from .conftest import DATA, Truth


def word_accuracy(report: Report, truth: Truth) -> float:
    """Share of the ground-truth words of assignment and section texts found, in order, in the output."""
    got: list[str] = []
    expected: list[str] = []
    for assignment in report.assignments:
        got += assignment.text.split()
        expected += truth.assignments[assignment.number].split()
    for section, (_, paragraphs) in zip(report.status_sections, truth.sections, strict=True):
        got += section.text.split()
        expected += "\n\n".join(paragraphs).split()
    matcher = SequenceMatcher(None, got, expected, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(expected)


def test_english_ocr_layer_repaired_by_extract(truth_2021: Truth, report_2021: Report) -> None:
    report = extract(DATA / "v2021_scanned_ocr_eng.pdf")
    assert report.source.text_layer == "damaged"
    assert report.source.normalization.changed > 500
    assert [a.number for a in report.assignments] == list(range(1, 20))
    assert [s.covers for s in report.status_sections] == [s.covers for s in report_2021.status_sections]
    assert [a.status.category for a in report.assignments] == [a.status.category for a in report_2021.assignments]
    assert word_accuracy(report, truth_2021) >= 0.98
