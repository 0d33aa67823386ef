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
    from hpextract.status.vocabulary import classify_value

    table = [s for s in pdf_plan.status_sections if s.heading == "Status (tabell)"]
    text = [s for s in pdf_plan.status_sections if s.heading != "Status (tabell)"]
    assert [nums(s.covers) for s in table] == [nums(s.covers) for s in text] == [[1], [2], [3], ["4.1"], ["4.2"]]
    # The generator (tools/make_test_reports.py) wrote the same status word in the text and the table.
    expected = ["in_progress", "completed", "not_started", "closed", "partially_completed"]
    assert [classify_value(s.text).category.value for s in table] == expected
    assert [classify_value(s.text).category.value for s in text] == expected


def test_status_table_alone_gives_the_assignments() -> None:
    from hpextract.items.segment import segment
    from hpextract.layout.paragraphs import analyse
    from hpextract.sources.page import Line, Page

    rows = [["Nr", "Åtgärd", "Status"], ["1", "Inventera", "Pågår"], ["2", "Utbilda", "Ej påbörjad"]]
    lines = [
        Line(text=" ".join(row), page=1, x0=50, top=100 + 20 * i, x1=300, bottom=110 + 20 * i, size=10, cell=(0, i))
        for i, row in enumerate(rows)
    ]
    page = Page(number=1, width=595, height=842, lines=lines, tables=[rows])
    parts = segment(analyse([page], positioned=True), {(1, 0): rows})
    assert [(a.number, a.text, a.status.category.value) for a in parts.items] == [
        (1, "Inventera", "in_progress"), (2, "Utbilda", "not_started"),
    ]
