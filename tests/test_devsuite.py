"""The development suite (tools/devsuite): generated files are reproducible and valid, the scorer measures.

No accuracy thresholds here: the scorer's figures are what the extractor is developed against.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pdfplumber
import pytest

TOOLS = Path(__file__).resolve().parent.parent / "tools"
sys.path.insert(0, str(TOOLS))

from devsuite import score  # noqa: E402
from devsuite.expected import expected_files, load_expected, problems, report_name  # noqa: E402
from devsuite.generate import generate  # noqa: E402
from devsuite.reports import ALL  # noqa: E402
from devsuite.spec import CATEGORIES  # noqa: E402

SUITE = Path(__file__).parent / "data" / "devsuite"
EXPECTED = expected_files(SUITE)


def test_the_suite_has_at_least_forty_reports_with_distinct_names() -> None:
    names = [report.name for report in ALL]
    assert len(names) >= 40
    assert len(set(names)) == len(names)


def test_regenerating_gives_the_committed_files_byte_for_byte(tmp_path: Path) -> None:
    generate(tmp_path)
    fresh = sorted(p.name for p in tmp_path.iterdir())
    assert fresh == sorted(p.name for p in SUITE.iterdir())
    changed = [name for name in fresh if (tmp_path / name).read_bytes() != (SUITE / name).read_bytes()]
    assert changed == [], "run python3 tools/devsuite/generate.py and commit the result"


def test_every_report_has_a_pdf_a_text_dump_and_an_expected_answer() -> None:
    stems = {p.name.removesuffix(".pdf").removesuffix(".txt").removesuffix(".expected.json") for p in SUITE.iterdir()}
    for stem in stems:
        assert {(SUITE / f"{stem}{s}").exists() for s in (".pdf", ".txt", ".expected.json")} == {True}, stem


@pytest.mark.parametrize("path", EXPECTED, ids=[report_name(p) for p in EXPECTED])
def test_expected_answer_is_valid(path: Path) -> None:
    assert problems(load_expected(path)) == []


@pytest.mark.parametrize("path", EXPECTED, ids=[report_name(p) for p in EXPECTED])
def test_report_is_one_to_three_pages_in_both_forms(path: Path) -> None:
    name = report_name(path)
    with pdfplumber.open(SUITE / f"{name}.pdf") as pdf:
        pages = len(pdf.pages)
        first_words = pdf.pages[0].extract_text().split()[:3]
    text = (SUITE / f"{name}.txt").read_text(encoding="utf-8")
    assert 1 <= pages <= 3
    assert 1 <= text.count("\f") + 1 <= 3
    assert " ".join(first_words) in " ".join(text.split()), "the dump holds the PDF's text"


def test_validation_reports_each_kind_of_mistake() -> None:
    bad = {"style": "x", "no_items": False, "items": [
        {"id": "1", "kind": "measure", "parent": None, "category": "done"},
        {"id": "1", "kind": "measure", "parent": "9", "category": "completed", "icon": "purple", "progress": 120},
        {"id": None, "kind": "", "parent": None, "category": "completed", "pdf_only": ["text"]},
    ]}
    found = "\n".join(problems(bad))
    for fragment in ("'done'", "'1' is not unique", "parent '9'", "'purple'", "progress 120", "neither id nor title",
                     "no kind", "pdf_only"):
        assert fragment in found
    assert problems({"style": "x", "items": [], "no_items": False}) == [
        "no_items must be true exactly when items is empty"]


def test_the_suite_uses_every_status_category_and_has_negatives() -> None:
    answers = [load_expected(p) for p in EXPECTED]
    used = {item["category"] for answer in answers for item in answer["items"]}
    assert used == set(CATEGORIES)
    assert sum(answer["no_items"] for answer in answers) >= 3


def _found(id_: str, text: str, parent: str | None = None, category: str = "unknown") -> score.Found:
    return score.Found(id=id_, number=id_, kind="measure", parent=parent, text=text, category=category,
                       progress=None, icon=None)


def test_matching_by_id_then_by_title_prefix_each_item_once() -> None:
    expected = [
        {"id": "1", "kind": "measure", "parent": None, "category": "completed"},
        {"id": None, "title": "Rökfria skolgårdar", "kind": "measure", "parent": None, "category": "completed"},
        {"id": None, "title": "Rökfria skolgårdar", "kind": "measure", "parent": None, "category": "completed"},
    ]
    found = [_found("1", "Familjecentral"), _found("omrade-a-3", "3. Rökfria skolgårdar – ej påbörjad")]
    matches = score.match_items(expected, found)
    assert matches == {"1": found[0], "Rökfria skolgårdar": found[1]}


def test_scoring_one_file_counts_status_kind_parent_and_text_only_fields(tmp_path: Path, monkeypatch) -> None:
    answer = {"style": "x", "no_items": False, "items": [
        {"id": "1", "kind": "measure", "parent": None, "category": "in_progress"},
        {"id": "1.1", "kind": "measure", "parent": "1", "category": "completed", "icon": "green",
         "pdf_only": ["category", "icon"]},
        {"id": "2", "kind": "goal", "parent": None, "category": "completed"},
    ]}
    found = [_found("1", "a", category="in_progress"), _found("1.1", "b", parent="1", category="closed"),
             _found("7", "c")]
    monkeypatch.setattr(score, "extracted_items", lambda path: found)
    pdf = score.score_file(tmp_path / "r.pdf", answer, "pdf")
    text = score.score_file(tmp_path / "r.txt", answer, "text")
    assert (pdf.expected, pdf.found, pdf.matched) == (3, 3, 2)
    assert (pdf.status_right, pdf.status_scored, pdf.icon_scored, pdf.icon_right) == (1, 2, 1, 0)
    assert (text.status_right, text.status_scored, text.icon_scored) == (1, 1, 0)
    assert (pdf.kind_right, pdf.parent_right) == (2, 2)
    assert pdf.figures()["recall"] == 0.667 and pdf.figures()["precision"] == 0.667
    assert pdf.details == ["r.pdf: missed '2'", "r.pdf: not expected '7' ('c')",
                           "r.pdf: '1.1': category closed (expected completed)"]
    assert text.details == ["r.txt: missed '2'", "r.txt: not expected '7' ('c')"]


def test_a_file_the_extractor_rejects_counts_as_misses_not_a_crash(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    answer = {"style": "x", "no_items": False, "items": [
        {"id": "1", "kind": "measure", "parent": None, "category": "completed"}]}
    tally = score.score_file(empty, answer, "text")
    assert (tally.errors, tally.found, tally.matched) == (1, 0, 0)
    assert tally.problems and tally.problems[0].startswith("empty.txt: ")


def test_the_scorer_gives_figures_for_every_style_in_both_formats(tmp_path: Path, capsys) -> None:
    out = tmp_path / "figures.json"
    result = score.main(["--json", str(out)])
    styles = {load_expected(p)["style"] for p in EXPECTED}
    assert set(result["styles"]) == styles
    for figures in result["styles"].values():
        assert set(figures) == {"pdf", "text"}
        assert all(set(score.COLUMNS) <= set(f) for f in figures.values())
    assert set(result["reports"]) == {report_name(p) for p in EXPECTED}
    assert json.loads(out.read_text(encoding="utf-8")) == result
    assert result["overall"]["all"]["expected"] == 2 * sum(len(load_expected(p)["items"]) for p in EXPECTED)
    printed = capsys.readouterr().out
    assert all(style in printed for style in styles)


def test_the_scorer_filters_by_style(capsys) -> None:
    result = score.main(["--style", "negative"])
    assert set(result["styles"]) == {"negative"}
    assert result["overall"]["all"]["reports"] == 2 * 3
    assert score.main(["--style", "no-such-style"])["styles"] == {}
    assert "no development reports of style no-such-style" in capsys.readouterr().out
