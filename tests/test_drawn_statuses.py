"""Issue 12: statuses drawn, not written — icons, cell fills and bars in generated PDFs, read end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from hpextract.pipeline import extract

from . import pdf_fixtures as fixtures


def _read(path: Path) -> list[tuple[str, str, str | None, str | None, float | None]]:
    report = extract(path)
    return [
        (
            item.text, item.status.category.value, item.status.source.value if item.status.source else None,
            item.status.icon.colour if item.status.icon else None, item.progress.percent if item.progress else None,
        )
        for item in report.items
    ]


def test_png_icons_in_a_status_column_give_each_row_its_status(tmp_path: Path) -> None:
    # No legend in the report: the documented default convention of vocab/colours.tsv applies.
    assert _read(fixtures.png_icon_table(tmp_path)) == [
        ("Bygga ut cykelvägar", "completed", "icon", "green", None),
        ("Ny simhall", "partially_completed", "icon", "yellow", None),
        ("Renovera biblioteket", "closed", "icon", "red", None),
        ("Digital anmälan", "in_progress", "icon", "blue", None),
        ("Utreda konsthall", "not_started", "icon", "grey", None),
    ]


def test_encoded_icons_and_drawn_bars(tmp_path: Path) -> None:
    found = _read(fixtures.encoded_icons_and_drawn_bars_table(tmp_path))
    assert [(colour, percent) for *_, colour, percent in found] == [
        ("green", 0.0), ("yellow", 40.0), ("red", 75.0), ("blue", 100.0),
    ]


def test_traffic_light_cell_fills(tmp_path: Path) -> None:
    found = _read(fixtures.traffic_light_table(tmp_path))
    assert [(category, colour) for _, category, _, colour, _ in found] == [
        ("completed", "green"), ("partially_completed", "yellow"), ("not_started", "red"),
    ]


def test_greyscale_icons_give_no_status_and_say_why(tmp_path: Path) -> None:
    report = extract(fixtures.greyscale_icon_table(tmp_path))
    assert [i.status.icon.shape for i in report.items if i.status.icon] == ["tick", "exclamation", "cross"]
    assert all(i.status.category == "unknown" and i.status.icon.colour is None for i in report.items)
    assert any(w.startswith("the colours of status icons could not be read") for w in report.warnings)
    assert not any(w.startswith("no follow-up structure found") for w in report.warnings)


@pytest.mark.parametrize("repeat_header", [True, False])
def test_a_table_continued_over_a_page_break_keeps_every_row(tmp_path: Path, repeat_header: bool) -> None:
    report = extract(fixtures.long_table(tmp_path, repeat_header))
    assert len(report.items) == 60
    assert {i.provenance.page for i in report.items} == {1, 2}
