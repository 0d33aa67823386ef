"""Issue 2: reports of other plans, numbered "Åtgärd N.", "Uppdrag N:", nested "4.1", with a status table."""

from __future__ import annotations

import pytest

from hpextract.pipeline import extract
from hpextract.report.model import Report

from .conftest import DATA, num, nums


@pytest.fixture(scope="module")
def pdf_plan() -> Report:
    return extract(DATA / "other_plan.pdf")


@pytest.fixture(scope="module")
def text_plan() -> Report:
    return extract(DATA / "other_plan.txt")


def test_action_headings_and_nested_items(pdf_plan: Report) -> None:
    assert [(num(a.id), a.parent, a.label) for a in pdf_plan.items] == [
        (1, None, "Åtgärd 1."), (2, None, "Åtgärd 2."), (3, None, "Åtgärd 3."), (4, None, "Åtgärd 4."),
        ("4.1", "4", "4.1"), ("4.2", "4", "4.2"),
    ]
    assert pdf_plan.items[4].text == "Ta fram en checklista för punktprevalensmätning."


def test_run_in_status_lines(pdf_plan: Report) -> None:
    categories = {num(a.id): a.status.category.value for a in pdf_plan.items}
    assert categories == {
        1: "in_progress", 2: "completed", 3: "not_started", 4: "unknown", "4.1": "closed",
        "4.2": "partially_completed",
    }
    # 4 is the heading of 4.1 and 4.2, which carry the statuses: nothing to warn about.
    assert pdf_plan.warnings == []


def test_status_table_agrees_with_the_text(pdf_plan: Report) -> None:
    from hpextract.status.cues import cue_of

    table = [s for s in pdf_plan.status_sections if s.heading == "Status (tabell)"]
    text = [s for s in pdf_plan.status_sections if s.heading != "Status (tabell)"]
    assert [nums(s.covers) for s in table] == [nums(s.covers) for s in text] == [[1], [2], [3], ["4.1"], ["4.2"]]
    # The generator (tools/make_test_reports.py) wrote the same status word in the text and the table.
    expected = ["in_progress", "completed", "not_started", "closed", "partially_completed"]
    assert [cue_of(s.text)[0].value for s in table] == expected
    assert [cue_of(s.text)[0].value for s in text] == expected


def test_status_table_alone_gives_the_assignments(tmp_path) -> None:
    from hpextract.items.segment import segment, status_table_rows
    from hpextract.layout.paragraphs import Layout

    rows = [["Nr", "Åtgärd", "Status"], ["1", "Inventera", "Pågår"], ["2", "Utbilda", "Ej påbörjad"]]
    assert status_table_rows([(1, rows)]) == [(1, "Inventera", "Pågår", 1), (2, "Utbilda", "Ej påbörjad", 1)]
    parts = segment(Layout(blocks=[]), [(1, rows)])
    assert [(a.number, a.status.category.value) for a in parts.items] == [(1, "in_progress"), (2, "not_started")]


def test_keyword_headings_in_a_text_report(text_plan: Report) -> None:
    assert [(num(a.id), a.label) for a in text_plan.items] == [
        (1, "Uppdrag 1:"), (2, "Uppdrag 2 –"), (3, "Uppdrag 3 –"), (4, "Uppdrag 4:"),
    ]
    assert [nums(s.covers) for s in text_plan.status_sections] == [[1], [2, 3], [4]]
    categories = [a.status.category.value for a in text_plan.items]
    assert categories == ["completed", "in_progress", "in_progress", "not_started"]
    assert text_plan.status_sections[1].dates[0].value == "2025-H1"
    assert text_plan.warnings == []


def test_statuses_in_capitals_after_the_item_and_comment_lines(tmp_path) -> None:
    """Styles seen in real reports (shared/realworld/structures.md): "Revidera … PÅGÅENDE", neuter
    "AVSLUTAT", and a "Kommentar:" paragraph that says the status in prose."""
    path = tmp_path / "uppdrag.txt"
    path.write_text(
        "Uppföljning av politiska uppdrag 2024\n\nNämnden har fyra uppdrag.\n\n"
        "1. Revidera lokalförsörjningsplanen PÅGÅENDE\n\n2. Genomlysning av parkeringsbehoven AVSLUTAT\n\n"
        "3. Ta fram en ny plan för HR EJ PÅBÖRJAT\n\n4. Utred samverkan med SKR\n\n"
        "Kommentar: Utredningen har påbörjats och redovisas i maj.\n",
        encoding="utf-8",
    )
    report = extract(path)
    assert [(num(a.id), a.text, a.status.category.value) for a in report.items] == [
        (1, "Revidera lokalförsörjningsplanen", "in_progress"),
        (2, "Genomlysning av parkeringsbehoven", "closed"),
        (3, "Ta fram en ny plan för HR", "not_started"),
        (4, "Utred samverkan med SKR", "in_progress"),
    ]
    assert report.items[3].status.evidence == "Utredningen har påbörjats och redovisas i maj."
