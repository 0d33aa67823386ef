"""The status vocabulary (src/hpextract/vocab/status.tsv): every row's example reads as the row says."""

from __future__ import annotations

import pytest

from hpextract.report.model import StatusCategory
from hpextract.status.vocabulary import classify_value, sentence_verdicts
from hpextract.vocab import VocabularyRow, status_vocabulary

ROWS = status_vocabulary()


def row_id(row: VocabularyRow) -> str:
    return f"{row.line}:{row.example}"


@pytest.mark.parametrize("row", [r for r in ROWS if r.scope == "any"], ids=row_id)
def test_every_prose_example_reads_as_its_row(row: VocabularyRow) -> None:
    findings = sentence_verdicts(row.example)
    assert [(f.category, f.pattern) for f in findings] == [(row.category, row.pattern)]


@pytest.mark.parametrize("row", [r for r in ROWS if r.scope != "any"], ids=row_id)
def test_every_value_example_reads_as_its_row(row: VocabularyRow) -> None:
    verdict = classify_value(row.example, labelled=row.scope in ("label", "hint"))
    assert verdict is not None
    assert (verdict.category, verdict.pattern, verdict.complete) == (row.category, row.pattern, True)
    if row.scope == "hint":  # "Öppen" says only "not closed yet": the item's comment decides
        assert verdict.tentative


@pytest.mark.parametrize("row", [r for r in ROWS if r.scope in ("label", "hint")], ids=row_id)
def test_label_rows_say_nothing_without_a_label(row: VocabularyRow) -> None:
    """ "Stängd" under a Status label is closed; alone (a line's tail, a heading's tag) it may be a closed pool."""
    assert classify_value(row.example) is None


@pytest.mark.parametrize("row", [r for r in ROWS if r.scope != "any"], ids=row_id)
def test_value_rows_say_nothing_in_prose(row: VocabularyRow) -> None:
    """ "Ej genomförd" is a status as a value; in a sentence it only says "not done"."""
    assert all(f.pattern != row.pattern or f.category != row.category for f in sentence_verdicts(row.example))


def test_every_category_has_words_and_every_example_is_a_sentence_or_value() -> None:
    categories = {row.category for row in ROWS}
    assert categories == set(StatusCategory) - {StatusCategory.UNKNOWN}
    assert all(row.example.strip() for row in ROWS)
