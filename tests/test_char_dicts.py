"""The reader's pages (`CharDictPage`, characters made straight into dicts) give exactly pdfplumber's objects:
every character's dict equal to pdfplumber's own, key for key and in the same order, and every other object
(rects, lines, curves, images) the same, on every page of every PDF in the test data. The expected side is
pdfplumber's unchanged `Page`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from hpextract.sources.chars import CharDictPage, char_dict_pages
from hpextract.sources.read import content_problem, upright

DATA = Path(__file__).parent / "data"
PDFS = sorted(DATA.rglob("*.pdf"))


def outcome(page: Any) -> Any:
    """What the reader gets from a page: the limits' refusal, the objects (see `keyed`) or the error."""
    try:
        return content_problem(page) or keyed(page.objects)
    except Exception as error:  # a damaged page must fail the same way on both sides
        return repr(error)


def keyed(objects: dict[str, list[dict[str, Any]]]) -> dict[str, list[str]]:
    """The objects as text: each dict's keys in order (which dict equality ignores), floats to the last bit
    (repr round-trips), and an image's stream by its object number and attributes rather than identity."""
    return {kind: [repr(list(obj.items())) for obj in found] for kind, found in objects.items()}


@pytest.mark.parametrize("path", PDFS, ids=lambda p: str(p.relative_to(DATA)))
def test_every_object_is_pdfplumbers(path: Path) -> None:
    with pdfplumber.open(path) as expected_pdf, pdfplumber.open(path) as pdf:
        pages = char_dict_pages(pdf)
        assert len(pages) == len(expected_pdf.pages)
        for expected, page in zip(expected_pdf.pages, pages, strict=True):
            assert outcome(page) == outcome(expected), f"page {page.page_number}"


def test_the_comparison_covers_symbol_fonts_and_unmapped_glyphs() -> None:
    """The cases with code of their own in the reader are among the files compared above."""
    fonts: set[str] = set()
    texts: set[str] = set()
    for path in sorted((DATA / "devsuite").glob("*.pdf")):
        with pdfplumber.open(path) as pdf:
            for page in char_dict_pages(pdf):
                fonts |= {char["fontname"] for char in page.chars}
                texts |= {char["text"] for char in page.chars}
    assert any("dingbats" in font.lower() for font in fonts)
    assert any(text.startswith("(cid:") for text in texts)


def test_a_sideways_page_read_upright_is_pdfplumbers_too(tmp_path: Path) -> None:
    """/Rotate 90 on pages whose text runs across the stored page: the reader reads them unrotated."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=DATA / "v2021.pdf")
    for sideways in writer.pages:
        sideways.rotation = 90
    path = tmp_path / "sideways.pdf"
    writer.write(path)
    with pdfplumber.open(path) as expected_pdf, pdfplumber.open(path) as pdf:
        for expected_page, page in zip(expected_pdf.pages, char_dict_pages(pdf), strict=True):
            expected, turned = upright(expected_pdf, expected_page), upright(pdf, page)
            assert isinstance(turned, CharDictPage) and turned.rotation == expected.rotation == 0
            assert outcome(turned) == outcome(expected)
