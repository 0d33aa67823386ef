"""Issue 10: the document model — every paragraph, heading, list item, field, table and mark of a real input,
in reading order, each with its page and box."""

from __future__ import annotations

from hpextract.document.model import Heading, Icon, KeyValue, ListItem, Paragraph, ProgressBar, Table
from hpextract.pipeline import document_model

from .conftest import DATA


def test_the_sample_report_as_elements() -> None:
    document = document_model(DATA / "v2021.pdf")
    labels = [e.label for e in document.elements if isinstance(e, ListItem) and e.label[:1].isdigit()]
    assert labels[:19] == [f"{n})" for n in range(1, 20)]
    headings = [e for e in document.elements if isinstance(e, Heading)]
    assert any(h.text.startswith("Status och planerad inriktning för uppdrag 3") for h in headings)
    assert document.furniture and all(f.prov.page for f in document.furniture)
    for element in document.elements:
        if isinstance(element, Paragraph):
            assert element.prov.page and element.prov.bbox and element.lines


def test_a_planning_system_export_keeps_its_tables_and_their_marks() -> None:
    document = document_model(DATA / "realworld" / "simrishamn_kultur_fritidsnamnden_arsbokslut_2025.pdf")
    tables = [e for e in document.elements if isinstance(e, Table)]
    header = [c.text for t in tables for c in t.cells if c.header]
    assert {"Aktivitet", "Status", "Färdiggrad"} <= set(header)
    icons = [i for t in tables for c in t.cells for i in c.icons]
    bars = [b for t in tables for c in t.cells for b in c.bars]
    assert len(icons) == 33 and len(bars) == 22  # 11 goals and 22 activities (tests/data/simrishamn_key.json)
    assert all(isinstance(i, Icon) and i.colour == "green" for i in icons)
    assert all(isinstance(b, ProgressBar) for b in bars)
    fields = [e for e in document.elements if isinstance(e, KeyValue)]
    assert fields[0].label == "Status" and fields[0].value.startswith("Påbörjad")
    pages = [e.prov.page for e in document.elements if not isinstance(e, Table)]
    assert pages == sorted(pages)


def test_a_text_dump_table_is_a_table() -> None:
    document = document_model(DATA / "devsuite" / "table_ruled_nr_status.txt")
    (table,) = [e for e in document.elements if isinstance(e, Table)]
    assert [c.text for c in table.cells if c.header] == ["Nr", "Åtgärd", "Status"]
    assert table.n_rows == 7
