"""Real Tesseract OCR (Swedish model) of two scanned report pages; nothing here mocks OCR output.

`data/v2021_scanned_p2-3.pdf` is pages 2-3 of the corpus' `v2021_scanned.pdf` (image only, 250 dpi
1-bit scan with skew, blur and speckles), copied unchanged with pypdfium2 `import_pages`. The ground
truth is the text of the same pages in `data/v2021.layout.json`, which the generator wrote when it
typeset `v2021_clean.txt`; it holds no header or footer lines. `data/v2021.pdf` (the digital original)
checks the boxes against a text layer.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from hpextract.errors import HpextractError
from hpextract.evaluation import word_errors
from hpextract.sources.layer import page_needs_ocr
from hpextract.sources.ocr import cache_dir as user_cache_dir
from hpextract.sources.ocr import ocr_pdf_pages
from hpextract.sources.page import Page
from hpextract.sources.tesseract import check_tesseract

DATA = Path(__file__).parent / "data"
SCAN = DATA / "v2021_scanned_p2-3.pdf"
ORIGINAL_PAGES = {1: 2, 2: 3}  # page of SCAN -> page of v2021.pdf
HEADER_BOTTOM, FOOTER_HEIGHT = 70.0, 60.0  # points; the report's running header and footer lie outside


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def ocr_run(cache_dir: Path) -> tuple[dict[int, Page], list[int]]:
    """OCR both pages once, in two processes, into an empty cache; also record the progress calls."""
    calls: list[int] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HPEXTRACT_CACHE_DIR", str(cache_dir))
        pages = ocr_pdf_pages(SCAN, [1, 2], jobs=2, progress=calls.append)
    return pages, calls


def body_words(page: Page) -> list[str]:
    lines = [ln for ln in page.lines if ln.top > HEADER_BOTTOM and ln.bottom < page.height - FOOTER_HEIGHT]
    return " ".join(ln.text for ln in lines).split()


def truth_words(original_page: int) -> list[str]:
    layout = json.loads((DATA / "v2021.layout.json").read_text(encoding="utf-8"))
    return " ".join(layout["pages"][original_page - 1]["lines"]).split()


def test_swedish_ocr_reads_the_scanned_pages_at_99_percent_word_accuracy(ocr_run) -> None:
    pages, _ = ocr_run
    errors = total = 0
    for number, original in ORIGINAL_PAGES.items():
        reference = truth_words(original)
        errors += word_errors(reference, body_words(pages[number]))
        total += len(reference)
    assert 1 - errors / total >= 0.99


def test_pages_lines_and_boxes_are_in_pdf_points(ocr_run) -> None:
    pages, _ = ocr_run
    assert sorted(pages) == [1, 2]
    for number, page in pages.items():
        assert page.number == number and page.ocr and page.has_image
        assert page.width == pytest.approx(595.3, abs=0.5) and page.height == pytest.approx(842.1, abs=0.5)
        assert [ln.top for ln in page.lines] == sorted(ln.top for ln in page.lines)
        for line in page.lines:
            assert line.page == number and line.text == " ".join(line.text.split()) and not line.bold
            assert 0 <= line.x0 < line.x1 <= page.width and 0 <= line.top < line.bottom <= page.height
    body = [ln for ln in pages[1].lines if HEADER_BOTTOM < ln.top < 700]
    # In v2021.pdf the labels "1)" start at x = 84 pt and the text column at x = 112 pt; sizes are 10.5 pt.
    labelled = [ln for ln in body if re.match(r"\d+\) ", ln.text)]
    assert [ln.x0 for ln in labelled] == pytest.approx([84.0] * 5, abs=3)
    assert sorted(ln.x0 for ln in body)[len(body) // 2] == pytest.approx(112.0, abs=3)
    assert sorted(ln.size for ln in body)[len(body) // 2] == pytest.approx(10.5, abs=1)


def test_a_digital_page_gives_the_boxes_and_body_text_of_its_text_layer(tmp_path, monkeypatch) -> None:
    import pdfplumber

    monkeypatch.setenv("HPEXTRACT_CACHE_DIR", str(tmp_path))
    page = ocr_pdf_pages(DATA / "v2021.pdf", [9])[9]
    with pdfplumber.open(DATA / "v2021.pdf") as pdf:
        layer = pdf.pages[8].extract_text_lines()
    assert not page.has_image and len(page.lines) == len(layer) == 4
    # Header (emblem and "·" read differently), two body lines, footer; ink boxes vs. font boxes.
    assert [ln.text for ln in page.lines[1:]] == [raw["text"] for raw in layer[1:]]
    for line, raw in zip(page.lines, layer, strict=True):
        assert line.bbox == pytest.approx((raw["x0"], raw["top"], raw["x1"], raw["bottom"]), abs=2.5)


def test_a_hanging_label_stays_on_the_line_of_its_text(ocr_run) -> None:
    pages, _ = ocr_run
    labelled = [ln.text for ln in pages[1].lines if re.match(r"\d+\)", ln.text)]
    assert [text.split()[0] for text in labelled] == ["1)", "2)", "3)", "4)", "5)"]
    assert labelled[2].startswith("3) Göra en aktuell dimensioneringsberäkning")


def test_progress_is_called_once_per_page_with_the_count_done(ocr_run) -> None:
    _, calls = ocr_run
    assert calls == [1, 2]


def test_a_second_call_is_served_from_the_cache(ocr_run, cache_dir: Path, monkeypatch) -> None:
    pages, _ = ocr_run
    entries = sorted((cache_dir / "ocr").iterdir())
    assert len(entries) == 2 and all(entry.suffix == ".tsv" for entry in entries)
    stamps = [entry.stat().st_mtime_ns for entry in entries]
    monkeypatch.setenv("HPEXTRACT_CACHE_DIR", str(cache_dir))
    assert ocr_pdf_pages(SCAN, [2, 1]) == pages
    # A miss would have OCR'd the page again and rewritten (temp file + rename) its entry.
    assert sorted((cache_dir / "ocr").iterdir()) == entries
    assert [entry.stat().st_mtime_ns for entry in entries] == stamps


def test_without_the_cache_nothing_is_stored_and_the_result_is_equal(ocr_run, tmp_path, monkeypatch) -> None:
    pages, _ = ocr_run
    monkeypatch.setenv("HPEXTRACT_CACHE_DIR", str(tmp_path))
    assert ocr_pdf_pages(SCAN, [2], cache=False) == {2: pages[2]}
    assert list(tmp_path.iterdir()) == []


def test_the_cache_directory_follows_the_environment(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("HPEXTRACT_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert user_cache_dir() == tmp_path / ".cache" / "hpextract"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert user_cache_dir() == tmp_path / "xdg" / "hpextract"
    monkeypatch.setenv("HPEXTRACT_CACHE_DIR", str(tmp_path / "mine"))
    assert user_cache_dir() == tmp_path / "mine"


def test_a_missing_language_model_names_the_debian_packages() -> None:
    with pytest.raises(HpextractError) as caught:
        check_tesseract("xyz")
    message = str(caught.value)
    assert "'xyz'" in message and "apt-get install tesseract-ocr tesseract-ocr-xyz" in message
    assert "\n" not in message
    with pytest.raises(HpextractError, match="tesseract-ocr-xyz"):
        ocr_pdf_pages(SCAN, [1], lang="xyz")


def test_a_missing_tesseract_names_the_debian_packages(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(HpextractError) as caught:
        check_tesseract()
    message = str(caught.value)
    assert "not installed" in message and "apt-get install tesseract-ocr tesseract-ocr-swe" in message
    assert "\n" not in message


def test_the_swedish_model_is_installed() -> None:
    check_tesseract("swe")


def chunks(text: str, size: int = 2000) -> list[str]:
    return [text[start : start + size] for start in range(0, len(text) - size, size)]


def test_page_needs_ocr_flags_empty_and_english_ocrd_text_only() -> None:
    clean = (DATA / "v2021_clean.txt").read_text(encoding="utf-8")
    damaged = (DATA / "seed_ocr.txt").read_text(encoding="utf-8")  # the real English-model OCR text
    assert not any(page_needs_ocr(chunk) for chunk in chunks(clean))
    assert all(page_needs_ocr(chunk) for chunk in chunks(damaged))
    assert page_needs_ocr("") and page_needs_ocr(" \n 12 \n")
    assert not page_needs_ocr("Bilaga 1")  # too short to tell: keep the text layer
