"""Issue 14: dates as data, report metadata, and `hpextract export` to csv, xlsx and ndjson."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import duckdb
import openpyxl
import pandas as pd
import pytest
from typer.testing import CliRunner

from hpextract.cli import app
from hpextract.pipeline import extract
from hpextract.report.metadata import with_metadata
from hpextract.report.model import Report
from hpextract.utils.dates import find_dates, parse_value

from .conftest import DATA

SV_HEADER = [
    "fil", "rapportdatum", "id", "nummer", "typ", "överordnad", "grupp", "text", "kategori", "status", "källa",
    "status_i_rapporten", "andel_klar", "belägg", "sida", "motstridiga_signaler",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("beslutade 2021-06-18", ("2021-06-18", "2021-06-18", "2021-06-18", "day")),
        ("den 18 juni 2021", ("2021-06-18", "2021-06-18", "2021-06-18", "day")),
        ("i juni 2021", ("2021-06", "2021-06-01", "2021-06-30", "month")),
        ("i februari 2024", ("2024-02", "2024-02-01", "2024-02-29", "month")),
        ("under hösten 2019", ("2019-H2", "2019-07-01", "2019-12-31", "season")),
        ("sen hösten 2020", ("2020-H2", "2020-07-01", "2020-12-31", "season")),
        ("under våren år 2021", ("2021-H1", "2021-01-01", "2021-06-30", "season")),
        ("under hosten 2019", ("2019-H2", "2019-07-01", "2019-12-31", "season")),  # an OCR lost the ö
        ("under första halvåret 2022", ("2022-H1", "2022-01-01", "2022-06-30", "half")),
        ("andra halvåret 2022", ("2022-H2", "2022-07-01", "2022-12-31", "half")),
    ],
)
def test_a_date_is_data(text: str, expected: tuple[str, str, str, str]) -> None:
    [found] = find_dates(text)
    assert (found.value, found.start, found.end, found.precision) == expected


def test_impossible_dates_and_bare_numbers_are_not_dates() -> None:
    assert find_dates("2021-02-30 och 1000 invånare") == []
    # A day that does not exist leaves the month it names.
    assert [(d.text, d.precision) for d in find_dates("den 31 april 2021")] == [("april 2021", "month")]
    assert parse_value("2021") == ("2021-01-01", "2021-12-31", "year")
    assert parse_value("2021-13") is None


def test_every_date_of_the_sample_is_a_pandas_date(report_2021: Report, report_2022: Report) -> None:
    """The issue: 19 of the 45 date values became NaT; start and end parse, every one."""
    dates = [d for r in (report_2021, report_2022) for s in r.status_sections for d in s.dates]
    assert len(dates) == 45
    for column in ("start", "end"):
        parsed = pd.to_datetime(pd.Series([getattr(d, column) for d in dates]), format="%Y-%m-%d")
        assert not parsed.isna().any()
    assert all(d.start <= d.end for d in dates)


def test_report_date_and_organisation_of_the_sample(report_2021: Report, report_2022: Report) -> None:
    assert report_2021.report_date is None  # the 2021 report does not say which date it describes
    assert report_2022.report_date is not None
    assert (report_2022.report_date.value, report_2022.report_date.precision) == ("2022-04-30", "day")
    assert report_2022.report_date.evidence == "Uppföljningen beskriver läget per 2022-04-30."
    for report in (report_2021, report_2022):
        assert report.organisation is not None and report.organisation.name == "REGION SKÅNE"


def test_report_period_and_organisation_fields_of_a_real_report() -> None:
    report = extract(DATA / "realworld" / "simrishamn_kultur_fritidsnamnden_arsbokslut_2025.pdf")
    assert report.report_date is not None and report.report_date.value == "2025-12-31"
    assert report.organisation is not None and report.organisation.name == "Kultur- och fritidsnämnden"


@pytest.mark.parametrize(
    ("introduction", "value"),
    [
        ("Rapporten redovisar status per 31 december 2025 för samtliga åtgärder.", "2025-12-31"),
        ("Rapportperiod: 2025", "2025"),
        ("Lägesrapport per den 1 mars 2024.", "2024-03-01"),
        ("Uppföljningen görs två gånger per år. Kostnaden per 1000 invånare steg.", None),
    ],
)
def test_report_date_labels(report_2021: Report, introduction: str, value: str | None) -> None:
    report = with_metadata(report_2021.model_copy(update={"introduction": introduction}))
    assert (report.report_date.value if report.report_date else None) == value


def run(*args: str) -> Any:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def test_csv_reads_back_with_swedish_letters_intact(json_versions: list[str], tmp_path: Path) -> None:
    out = tmp_path / "items.csv"
    run("export", *json_versions[:2], "--format", "csv", "-o", str(out))
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 38
    assert [r["id"] for r in rows] == [str(n) for n in range(1, 20)] * 2
    assert [r["file"] for r in rows] == ["v2021.pdf"] * 19 + ["v2022.pdf"] * 19
    assert {r["report_date"] for r in rows} == {"", "2022-04-30"}
    eleven = rows[19 + 10]
    assert (eleven["category"], eleven["category_sv"]) == ("completed", "Genomförd")
    assert eleven["text"].startswith("Utreda möjligheterna att ta fram rutiner för att snabbt kunna göra tillfälliga")
    assert rows[0]["group"] == "samordning av samverkansnivåer"
    assert rows[0]["page"] == "2"


def test_csv_for_excel_and_in_swedish(json_versions: list[str]) -> None:
    result = run("export", json_versions[0], "--excel", "--lang", "sv")
    assert result.stdout_bytes.startswith("\ufeff".encode())
    reader = csv.reader(io.StringIO(result.stdout_bytes.decode("utf-8-sig")))
    assert next(reader) == SV_HEADER
    assert not run("export", json_versions[0]).stdout_bytes.startswith("\ufeff".encode())


def test_xlsx_reads_back_with_header_frozen_panes_filters_and_colours(json_versions: list[str], tmp_path: Path) -> None:
    out = tmp_path / "items.xlsx"
    run("export", *json_versions[:2], "-f", "xlsx", "-o", str(out), "--lang", "sv")
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[1]] == SV_HEADER
    assert sheet.max_row == 39
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:P39"
    assert sheet["B21"].value == "2022-04-30" and sheet["C21"].value == "1"  # ids stay text
    category = {sheet.cell(row=r, column=9).value: sheet.cell(row=r, column=9).fill.fgColor.rgb for r in range(2, 40)}
    assert category["completed"].endswith("A9D08E") and category["not_started"].endswith("E0E0E0")
    assert sheet["J21"].fill.fgColor.rgb == sheet["I21"].fill.fgColor.rgb  # the Swedish status cell too


def test_ndjson_loads_in_pandas_and_duckdb_with_string_ids(json_versions: list[str], tmp_path: Path) -> None:
    out = tmp_path / "items.ndjson"
    run("export", *json_versions[:2], "-f", "ndjson", "-o", str(out))
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(isinstance(row["id"], str) and isinstance(row["number"], str) for row in lines)
    frame = pd.read_json(out, lines=True, dtype=False)  # pandas would otherwise guess "1" is a number
    assert frame["id"].tolist() == [str(n) for n in range(1, 20)] * 2
    table = duckdb.sql(f"select * from read_json_auto('{out}')")
    types = dict(zip(table.columns, map(str, table.types), strict=True))
    assert types["id"] == "VARCHAR" and types["number"] == "VARCHAR"
    counts = duckdb.sql(f"select category, count(*) from read_json_auto('{out}') group by 1 order by 1").fetchall()
    assert dict(counts)["completed"] == 4 + 6  # 7, 13, 16, 18 in 2021; 11 and 17 added in 2022


def test_export_filters(json_versions: list[str]) -> None:
    rows = list(csv.DictReader(io.StringIO(run("export", *json_versions[:2], "--status", "Genomförd").stdout)))
    assert [(r["file"], r["id"]) for r in rows] == [
        ("v2021.pdf", n) for n in ("7", "13", "16", "18")
    ] + [("v2022.pdf", n) for n in ("7", "11", "13", "16", "17", "18")]
    rows = list(csv.DictReader(io.StringIO(run("export", *json_versions[:2], "--item", "11", "--item", "3").stdout)))
    assert [(r["id"], r["category"]) for r in rows] == [
        ("3", "proposal_submitted"), ("11", "proposal_submitted"), ("3", "in_progress"), ("11", "completed")
    ]
    bad = CliRunner().invoke(app, ["export", json_versions[0], "--status", "klar"])
    assert bad.exit_code == 2 and bad.stderr.startswith("error: unknown status 'klar'")
