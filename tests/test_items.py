"""Issue 10: items from any structure — real reports in the styles the first version read nothing of.

Each test reads a real file (tests/data/realworld, from ../shared/realworld; SOURCES.md says where they come
from) or a report of the development suite; the expected values are counted on the rendered pages
(tests/data/simrishamn_key.json) or stated by the files' own text, never produced by hpextract."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from hpextract.pipeline import extract
from hpextract.report.model import Report

from .conftest import DATA

REAL = DATA / "realworld"
SUITE = DATA / "devsuite"


@pytest.fixture(scope="module")
def arsbokslut() -> Report:
    return extract(REAL / "simrishamn_kultur_fritidsnamnden_arsbokslut_2025.pdf")


@pytest.fixture(scope="module")
def budget() -> Report:
    return extract(REAL / "simrishamn_kfn_budgetskrivelse_investeringar_2027-2031.pdf")


def _key() -> dict[str, list[dict[str, object]]]:
    return json.loads((DATA / "simrishamn_key.json").read_text(encoding="utf-8"))


def test_stratsys_export_gives_its_22_activities_and_11_goals(arsbokslut: Report) -> None:
    key = _key()
    activities = [i for i in arsbokslut.items if i.kind == "activity"]
    goals = [i for i in arsbokslut.items if i.kind == "goal"]
    assert [a.text[:25] for a in activities] == [str(k["text"])[:25] for k in key["activities"]]
    assert [g.text[:25] for g in goals] == [str(k["text"])[:25] for k in key["goals"]]
    assert [a.provenance.page for a in activities] == [k["page"] for k in key["activities"]]


def test_each_activity_is_under_its_goal_and_goal_area(arsbokslut: Report) -> None:
    goals = {i.id: i for i in arsbokslut.items if i.kind == "goal"}
    activities = [i for i in arsbokslut.items if i.kind == "activity"]
    assert all(a.parent in goals for a in activities)
    # The first activity table of the report is printed under the goal "Verka för kunskapsspridning …".
    assert goals[activities[0].parent].text.startswith("Verka för kunskapsspridning")
    assert all(a.group == goals[a.parent].group for a in activities)
    areas = [g for g in arsbokslut.groups if g.kind == "area"]
    assert [a.title[:2] for a in areas][1:] == ["04", "08", "09", "10", "17"]
    assert len(areas) == 6
    covered = {item_id for area in areas for item_id in area.covers}
    assert covered == {i.id for i in arsbokslut.items}


def test_icons_and_bars_give_colour_shape_and_progress(arsbokslut: Report) -> None:
    key = _key()
    activities = [i for i in arsbokslut.items if i.kind == "activity"]
    assert [(a.status.icon.colour, a.status.icon.shape) for a in activities if a.status.icon] == [
        (k["colour"], k["shape"]) for k in key["activities"]
    ]
    for item, expected in zip(activities, key["activities"], strict=True):
        assert item.progress is not None and item.progress.source == "bar"
        assert abs(item.progress.percent - float(expected["percent"])) <= 3


def test_the_comment_of_each_row_is_kept(arsbokslut: Report) -> None:
    comments = [s for s in arsbokslut.status_sections if s.heading == "Kommentar"]
    by_item = Counter(item_id for s in comments for item_id in s.covers)
    activities = [i for i in arsbokslut.items if i.kind == "activity"]
    assert all(by_item[a.id] == 1 for a in activities)
    first = next(s for s in comments if s.covers == [activities[0].id])
    assert first.text.startswith("Biblioteket har i samverkan med Marint Centrum")


def test_page_header_status_is_no_items_status(arsbokslut: Report, budget: Report) -> None:
    for report in (arsbokslut, budget):
        assert not any("Påbörjad" in (s.text + s.heading) for s in report.status_sections)


def test_budget_request_gives_its_20_projects_with_their_status_rows(budget: Report) -> None:
    assert [i.id for i in budget.items] == [str(n) for n in range(1, 21)]
    assert {i.kind for i in budget.items} == {"project"}
    values = [s.text for s in budget.status_sections if s.heading == "Status"]
    assert len(values) == 20
    assert set(values) <= {"Pågående", "Ny", "Nytt", "Ny."}
    # The unfilled template ("Projekt – Projektbeskrivning … Status Pågående eller Ny") is no item's status.
    assert "Pågående eller Ny" not in values


@pytest.mark.parametrize(
    "name",
    [
        "goteborg_stadsrevisionen_revisionsberattelse_2024.pdf",
        "prop_2013-14-104_nyanlandas_etablering.pdf",
        "dir_2016-15_dataskyddsforordningen.pdf",
        "afs_2011-19_kemiska_arbetsmiljorisker.pdf",
        "remissvar_kammarkollegiet_sou_2026-14.pdf",
    ],
)
def test_documents_without_a_follow_up_invent_no_items(name: str) -> None:
    report = extract(REAL / name)
    assert report.items == []
    assert any(w.startswith("no follow-up structure found") for w in report.warnings)


def test_unrecognised_status_headings_still_list_every_item() -> None:
    # "Så här har det gått:" and the like: no status is recognised, the items are all there (no cliff).
    answer = json.loads((SUITE / "status_unrecognised_headings.expected.json").read_text(encoding="utf-8"))
    for suffix in (".pdf", ".txt"):
        report = extract(SUITE / f"status_unrecognised_headings{suffix}")
        assert [i.id for i in report.items] == [e["id"] for e in answer["items"]]


@pytest.mark.parametrize(
    ("name", "ids"),
    [
        ("num_uppdrag_year", ["2023:7", "2024:1", "2024:2", "2024:3"]),
        ("num_roman", ["I", "II", "III", "IV"]),
        ("num_letter_number", ["A1", "A2", "A3", "B1", "B2"]),
        ("num_atgard_letter_suffix", ["1", "2", "3", "3a", "3b"]),
        ("num_offset_start", ["98", "99", "100", "101"]),
    ],
)
def test_numbering_schemes(name: str, ids: list[str]) -> None:
    for suffix in (".pdf", ".txt"):
        assert [i.id for i in extract(SUITE / f"{name}{suffix}").items] == ids, suffix


def test_numbering_that_restarts_per_area_keeps_ids_unique() -> None:
    report = extract(SUITE / "num_restart_per_area.txt")
    ids = [i.id for i in report.items]
    assert len(ids) == len(set(ids)) == 6
    assert all("/" in i for i in ids)
    assert [i.number for i in report.items] == ["1", "2", "3", "1", "2", "3"]


def test_goal_and_activity_numbering_makes_a_tree() -> None:
    report = extract(SUITE / "num_goal_activity.pdf")
    kinds = {i.id: (i.kind, i.parent) for i in report.items}
    assert kinds["1"] == ("goal", None)
    assert kinds["1.1"] == ("activity", "1")
    assert kinds["2.3"] == ("activity", "2")


def test_a_two_column_page_is_read_column_by_column() -> None:
    for suffix in (".pdf", ".txt"):
        report = extract(SUITE / f"two_column_page{suffix}")
        assert [i.id for i in report.items] == ["1", "2", "3", "4", "5", "6"], suffix


def test_titled_lines_with_a_trailing_status_in_capitals() -> None:
    report = extract(SUITE / "caps_trailing_right.pdf")
    assert [i.text for i in report.items][:2] == [
        "Revidera lokalförsörjningsplanen", "Genomlysning av parkeringsbehoven vid sjukhusen",
    ]
    assert report.items[0].group == "Regionstyrelsen"
    assert report.items[0].kind == "assignment"
