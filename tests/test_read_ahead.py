"""Pages read ahead in a child process (sources/ahead.py) are the pages read here, and whatever the reader
meets comes back as if this process had read the file: the same error, the same message."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from hpextract.errors import HpextractError
from hpextract.sources import ahead, read
from hpextract.sources.read import read_pdf

DATA = Path(__file__).parent / "data"
PDFS = [
    DATA / "v2021.pdf",  # a logo drawn on every page (a vector icon), running headers
    DATA / "realworld" / "simrishamn_kultur_fritidsnamnden_arsbokslut_2025.pdf",  # icons and bars in tables
    DATA / "realworld" / "simrishamn_kfn_budgetskrivelse_investeringar_2027-2031.pdf",  # ruled tables
    DATA / "devsuite" / "stratsys_fills_printed_percent.pdf",  # filled cells
    DATA / "devsuite" / "stratsys_png_icons.pdf",  # PNG icons: PDFium and PIL in the reader
    DATA / "devsuite" / "heldout4_newsletter_two_columns.pdf",
    DATA / "hostile" / "many_runs.pdf",  # a page skipped with a note
]


def read_by_a_reader(path: Path, password: str | None = None) -> list:
    assert ahead.read_ahead(path, password)
    return read_pdf(path, password)


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_pages_read_ahead_are_the_pages_read_here(path: Path) -> None:
    assert read_by_a_reader(path) == read_pdf(path)


def test_a_reader_answers_only_for_its_own_file() -> None:
    assert ahead.read_ahead(PDFS[0], None)
    try:
        assert ahead.take(PDFS[1], None) is None
        assert ahead.take(PDFS[0], "a password") is None
    finally:
        assert ahead.take(PDFS[0], None)
    assert ahead.take(PDFS[0], None) is None  # handed over once


def test_the_readers_error_is_raised_with_its_message(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes((DATA / "v2021.pdf").read_bytes()[:3000])
    with pytest.raises(HpextractError) as here:
        read_pdf(damaged)
    with pytest.raises(HpextractError) as ahead_of_time:
        read_by_a_reader(damaged)
    assert type(ahead_of_time.value) is type(here.value)
    assert str(ahead_of_time.value) == str(here.value)


def test_a_bug_in_the_reader_comes_back_with_the_readers_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    worker, read_pages = os.getpid(), read.read_pdf_pages

    def broken_in_the_reader(*arguments: object) -> list:
        if os.getpid() != worker:
            raise KeyError("no such glyph")
        return read_pages(*arguments)  # type: ignore[arg-type]

    monkeypatch.setattr("hpextract.sources.read.read_pdf_pages", broken_in_the_reader)  # the forked reader's too
    with pytest.raises(KeyError) as raised:
        read_by_a_reader(PDFS[0])
    assert "in the reader process" in raised.value.__notes__[0] and "broken_in_the_reader" in raised.value.__notes__[0]


@pytest.mark.parametrize("attempt", range(4))
def test_of_two_damaged_pages_the_first_ones_error_is_raised(attempt: int, monkeypatch: pytest.MonkeyPatch) -> None:
    read_page = read._read_guarded_page

    def damaged_on_pages_3_and_7(pdf: object, pdf_page: Any) -> object:
        if pdf_page.page_number in (3, 7):
            raise ValueError(f"bad operator on page {pdf_page.page_number}")
        return read_page(pdf, pdf_page)

    monkeypatch.setattr("hpextract.sources.read._read_guarded_page", damaged_on_pages_3_and_7)
    with pytest.raises(HpextractError, match="page 3"):
        read_pdf(PDFS[0])
    with pytest.raises(HpextractError, match="page 3"):
        read_by_a_reader(PDFS[0])


def test_with_few_pages_left_the_reader_reads_them_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # Opening the file here too would cost more than the pages left (ahead.MIN_PAGES_TO_JOIN).
    assert ahead.read_ahead(PDFS[0], None)
    claims = ahead._started[-1].claims
    while claims.unclaimed() is None or claims.unclaimed() >= ahead.MIN_PAGES_TO_JOIN:  # type: ignore[operator]
        time.sleep(0.01)
    monkeypatch.setattr("hpextract.sources.read.read_pdf_pages", lambda *_: pytest.fail("read here"))
    assert [page.number for page in read_pdf(PDFS[0])] == list(range(1, 10))


def test_a_reader_killed_before_it_answers_is_a_memory_error() -> None:
    assert ahead.read_ahead(PDFS[1], None)
    os.kill(ahead._started[-1].pid, signal.SIGKILL)
    with pytest.raises(MemoryError):
        read_pdf(PDFS[1])


def test_with_many_pages_left_both_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader, PdfWriter

    writer, source = PdfWriter(), PdfReader(PDFS[0])
    for k in range(3 * ahead.MIN_PAGES_TO_JOIN):
        writer.add_page(source.pages[k % len(source.pages)])
    long_report = tmp_path / "long.pdf"
    with long_report.open("wb") as out:
        writer.write(out)
    worker, read_pages, read_here = os.getpid(), read.read_pdf_pages, []

    def counted(*arguments: Any) -> list:
        pages = read_pages(*arguments)
        if os.getpid() == worker:
            read_here.extend(pages)
        return pages

    monkeypatch.setattr("hpextract.sources.read.read_pdf_pages", counted)
    assert ahead.read_ahead(long_report, None)
    pages = read_pdf(long_report)
    assert [page.number for page in pages] == list(range(1, 3 * ahead.MIN_PAGES_TO_JOIN + 1))
    assert 0 < len(read_here) < len(pages)
    assert pages == read_pdf(long_report)
