"""Issue 14: `hpextract history`, the status of every item over versions, aligned as the diff aligns them.

The third version, tests/data/v2023_plain.txt, was made by hand from v2022_plain.txt: the title says 2023 and
"läget per 2023-04-30"; item 1 is done ("Uppdraget är därmed genomfört"), item 6 too, item 14 has started;
item 18 was dropped, so 19 ("Tidsätt och koordinera …") is now 18; a new item 19 has not started.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from hpextract.cli import app
from hpextract.outputs.history import History, build_history
from hpextract.report.model import Report

from .conftest import DATA
from .test_diff import unnumbered, without_item

V21, V22, V23 = "v2021.pdf", "v2022.pdf", "v2023_plain.txt"
NS, IP, PS, PC, C, HE = (
    "not_started", "in_progress", "proposal_submitted", "partially_completed", "completed", "handled_elsewhere"
)
# (ids per version, categories per version, version where the item last changed), in display order.
EXPECTED: list[tuple[tuple[str | None, ...], tuple[str | None, ...], str | None]] = [
    (("1",) * 3, (NS, IP, C), V23),
    (("2",) * 3, (NS, IP, IP), V22),
    (("3",) * 3, (PS, IP, IP), V22),
    (("4",) * 3, (PS, IP, IP), V22),
    (("5",) * 3, (PS, IP, IP), V22),
    (("6",) * 3, (NS, IP, C), V23),
    (("7",) * 3, (C, C, C), V22),
    (("8",) * 3, (HE, HE, HE), None),
    (("9",) * 3, (PS, PS, PS), V22),
    (("10",) * 3, (PS, PS, PS), None),
    (("11",) * 3, (PS, C, C), V22),
    (("12",) * 3, (IP, IP, IP), V22),
    (("13",) * 3, (C, C, C), None),
    (("14",) * 3, (NS, NS, IP), V23),
    (("15",) * 3, (PC, PC, PC), V22),
    (("16",) * 3, (C, C, C), V22),
    (("17",) * 3, (PS, C, C), V22),
    (("18", "18", None), (C, C, None), V23),  # removed in 2023
    (("19", "19", "18"), (IP, IP, IP), V23),  # renumbered in 2023
    ((None, None, "19"), (None, None, NS), V23),  # added in 2023
]


def matrix(history: History) -> list[tuple[tuple[str | None, ...], tuple[str | None, ...], str | None]]:
    return [
        (tuple(c.id for c in row.cells), tuple(c.category.value if c.category else None for c in row.cells),
         row.last_changed)
        for row in history.items
    ]


@pytest.fixture(scope="module")
def three(report_2021: Report, report_2022: Report, report_2023: Report) -> History:
    return build_history([report_2021, report_2022, report_2023])


def test_the_matrix_of_three_versions(three: History) -> None:
    assert [v.label for v in three.versions] == [V21, V22, V23]
    assert [v.report_date for v in three.versions] == [None, "2022-04-30", "2023-04-30"]
    assert matrix(three) == EXPECTED


def test_added_and_removed_items(three: History) -> None:
    assert [(r.id, r.added_in) for r in three.items if r.added_in] == [("19", V23)]
    assert [(r.id, r.removed_in) for r in three.items if r.removed_in] == [("18", V23)]
    renumbered = three.items[18]
    assert [c.change for c in renumbered.cells] == [None, "modified", "renumbered"]
    assert renumbered.text == "Tidsätt och koordinera uppdragen i handlingsplanen."


def test_cells_keep_evidence_and_the_word_diff_against_the_previous_version(three: History) -> None:
    first = three.items[0].cells
    assert first[2].evidence == "Uppdraget är därmed genomfört."
    inserted = " ".join(op.new for op in first[2].status_text_ops)
    assert "CS beslutade 2022-11-25 att ställa sig bakom förslaget." in inserted
    assert first[0].change is None and first[0].status_text_ops == []
    assert [op.new for op in three.items[10].cells[1].text_ops] == ["ta fram", "kunna", "vid"]  # item 11


def test_versions_are_ordered_by_report_date_when_every_one_has_it(
    report_2021: Report, report_2022: Report, report_2023: Report
) -> None:
    assert [v.label for v in build_history([report_2023, report_2022]).versions] == [V22, V23]
    # 2021 states no date: the order given is kept.
    assert [v.label for v in build_history([report_2022, report_2021]).versions] == [V22, V21]


def test_a_version_given_twice_gets_two_columns_and_changes_nothing(report_2022: Report) -> None:
    same = build_history([report_2022, report_2022])
    assert [v.label for v in same.versions] == ["v2022.pdf (1)", "v2022.pdf (2)"]
    assert len(same.items) == 19
    assert {(c.change, r.last_changed) for r in same.items for c in r.cells[1:]} == {("unchanged", None)}


def test_renumbered_and_unnumbered_items_stay_one_row(
    report_2021: Report, report_2022: Report, report_2023: Report
) -> None:
    shifted = build_history([report_2021, without_item(report_2022, 8)])
    ids = [tuple(c.id for c in row.cells) for row in shifted.items]
    assert ids[6:10] == [("7", "7"), ("8", None), ("9", "8"), ("10", "9")]
    bare = build_history([unnumbered(r) for r in (report_2021, report_2022, report_2023)])
    assert [categories for _, categories, _ in matrix(bare)] == [categories for _, categories, _ in EXPECTED]
    assert all(row.cells[0].id and row.cells[0].id.startswith("initiera") for row in bare.items[:2])


def run(*args: str) -> Any:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_json_format(json_versions: list[str]) -> None:
    text = run("history", *json_versions, "--format", "json")
    assert matrix(History.model_validate(json.loads(text))) == EXPECTED
    assert run("history", *json_versions, "--format", "json") == text  # deterministic


def test_reports_are_extracted_on_the_fly() -> None:
    text = run("history", str(DATA / "v2023_plain.txt"), str(DATA / "v2022_plain.txt"), "-f", "csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][3:5] == ["v2022_plain.txt", "v2023_plain.txt"]  # ordered by their report dates
    assert [tuple(r[3:5]) for r in rows[1:]] == [tuple(c or "" for c in cats[1:]) for _, cats, _ in EXPECTED]


def test_csv_format(json_versions: list[str]) -> None:
    rows = list(csv.reader(io.StringIO(run("history", *json_versions, "-f", "csv"))))
    assert rows[0] == ["id", "kind", "text", V21, V22, V23, "Added in", "Removed in", "Last changed"]
    assert [tuple(r[3:6]) for r in rows[1:]] == [tuple(c or "" for c in cats) for _, cats, _ in EXPECTED]
    assert [r[8] for r in rows[1:]] == [last or "" for _, _, last in EXPECTED]
    assert rows[-1][6:8] == [V23, ""] and rows[-3][6:8] == ["", V23]


def test_text_format(json_versions: list[str]) -> None:
    lines = run("history", *json_versions).splitlines()
    assert lines[0].split() == ["Item", V21, V22, V23, "Last", "changed"]
    assert len(lines) == 1 + len(EXPECTED)
    assert lines[1].split() == ["1", "Not", "started", "In", "progress", "Completed", V23]
    assert lines[19].split()[:3] == ["19", "→", "18"]
    assert lines[20].split() == ["19", "(absent)", "(absent)", "Not", "started", V23]
    swedish = run("history", *json_versions, "--lang", "sv").splitlines()
    assert swedish[1].split() == ["1", "Ej", "påbörjad", "Pågår", "Genomförd", V23]


def test_status_and_item_filters(json_versions: list[str]) -> None:
    data = json.loads(run("history", *json_versions, "-f", "json", "--status", "not_started"))
    ids = [[c["id"] for c in row["cells"]] for row in data["items"]]
    assert ids == [["1"] * 3, ["2"] * 3, ["6"] * 3, ["14"] * 3, [None, None, "19"]]
    data = json.loads(run("history", *json_versions, "-f", "json", "--item", "19"))
    assert [[c["id"] for c in row["cells"]] for row in data["items"]] == [["19", "19", "18"], [None, None, "19"]]


def test_bad_input_is_one_line(json_versions: list[str], tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["history", json_versions[0], str(tmp_path / "missing.json")])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "no such file" in result.stderr
