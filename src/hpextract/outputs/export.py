"""One row per item per report, written as CSV, xlsx or newline-delimited JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from hpextract.outputs.filters import ItemFilter
from hpextract.outputs.labels import Lang, category_colour, category_name, column_name
from hpextract.report.model import Conflict, Item, Report

COLUMNS = (
    "file", "report_date", "id", "number", "kind", "parent", "group", "text", "category", "category_sv", "source",
    "as_printed", "progress", "evidence", "page", "conflicts",
)
ItemRow = dict[str, Any]


def item_rows(reports: Iterable[Report], wanted: ItemFilter | None = None) -> list[ItemRow]:
    """The rows of every report in the order given, items in document order; values as in the JSON (a
    string id, a number or null, conflicts as a list) so that ndjson keeps its types."""
    wanted = wanted or ItemFilter()
    return [
        _row(report, item)
        for report in reports
        for item in report.items
        if wanted.keeps([item.id], [item.status.category])
    ]


def _row(report: Report, item: Item) -> ItemRow:
    status = item.status
    return {
        "file": report.source.file,
        "report_date": report.report_date.value if report.report_date else None,
        "id": item.id,
        "number": item.number,
        "kind": item.kind,
        "parent": item.parent,
        "group": item.group,
        "text": item.text,
        "category": status.category.value,
        "category_sv": category_name(status.category, Lang.SV),
        "source": status.source.value if status.source else None,
        "as_printed": status.as_printed,
        "progress": item.progress.percent if item.progress else None,
        "evidence": status.evidence,
        "page": item.provenance.page,
        "conflicts": [c.model_dump(mode="json") for c in status.conflicts],
    }


def ndjson_text(rows: list[ItemRow]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def csv_text(rows: list[ItemRow], lang: Lang = Lang.EN, excel: bool = False) -> str:
    """CSV (comma-separated, RFC 4180 quoting, \\r\\n line ends); `excel` starts it with a BOM so that Excel
    reads it as UTF-8."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([column_name(key, lang) for key in COLUMNS])
    writer.writerows([_cell_text(row[key]) for key in COLUMNS] for row in _flat(rows))
    return ("\ufeff" if excel else "") + out.getvalue()


def xlsx_bytes(rows: list[ItemRow], lang: Lang = Lang.EN) -> bytes:
    """A workbook of one sheet: a bold header row, frozen below the header, filters, status cells coloured."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "items" if lang is Lang.EN else "punkter"
    sheet.append([column_name(key, lang) for key in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    status_columns = [COLUMNS.index("category") + 1, COLUMNS.index("category_sv") + 1]
    for line, row in enumerate(_flat(rows), start=2):
        sheet.append([row[key] for key in COLUMNS])
        fill = PatternFill("solid", fgColor=category_colour(row["category"]))
        for column in status_columns:
            sheet.cell(row=line, column=column).fill = fill
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, key in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = 60 if key in ("text", "evidence") else 16
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _flat(rows: list[ItemRow]) -> list[ItemRow]:
    """Rows for a spreadsheet: conflicts as one text ("completed (icon); …")."""
    return [{**row, "conflicts": "; ".join(_conflict(Conflict(**c)) for c in row["conflicts"])} for row in rows]


def _conflict(conflict: Conflict) -> str:
    return f"{conflict.category.value} ({conflict.source.value})"


def _cell_text(value: Any) -> str:
    return "" if value is None else str(value)
