"""`PageRaster` renders only the pieces of a page that icons are read from: each piece must be, pixel for
pixel, that piece of the whole page rendered by pdfplumber's `to_image` (the expected side), on the pages of
the test data that have icons, a rotated page, and the pages rendered whole (a crop box smaller than the
media box, a PDF opened from a stream)."""

from __future__ import annotations

import random
from io import BytesIO
from pathlib import Path

import numpy as np
import pdfplumber
import pytest
from PIL import Image

from hpextract.sources.icons import icon_sized
from hpextract.sources.raster import RENDER_RESOLUTION, PageRaster, to_rgba_array
from hpextract.utils.geometry import bbox_of

DATA = Path(__file__).parent / "data"
SOURCES = [
    DATA / "v2021.pdf", DATA / "hostile" / "rotated.pdf",
    DATA / "devsuite" / "stratsys_vector_icons.pdf", DATA / "devsuite" / "stratsys_png_icons.pdf",
    DATA / "realworld" / "simrishamn_kultur_fritidsnamnden_arsbokslut_2025.pdf",
]
PADS = (0.0, 1.5)


def expected_piece(whole: object, box: tuple[float, float, float, float], pad: float) -> np.ndarray:
    """The piece of pdfplumber's whole-page image that covers `box` (points) and `pad` around it."""
    scale = RENDER_RESOLUTION / 72.0
    x0, top, x1, bottom = box
    pixels = (
        max(0, int((x0 - pad) * scale)), max(0, int((top - pad) * scale)),
        min(whole.width, round((x1 + pad) * scale)), min(whole.height, round((bottom + pad) * scale)),  # type: ignore[attr-defined]
    )
    if not (pixels[2] > pixels[0] and pixels[3] > pixels[1]):  # nothing of the page: one white pixel
        return to_rgba_array(Image.new("RGB", (1, 1), "white"))
    return to_rgba_array(whole.crop(pixels))  # type: ignore[attr-defined]


def boxes_of(page: object, rng: random.Random) -> list[tuple[float, float, float, float]]:
    """The page's icon-sized objects, and a few boxes anywhere (some over the page's edges)."""
    objects = [*page.rects, *page.curves, *page.images]  # type: ignore[attr-defined]
    boxes = [bbox_of(obj) for obj in objects if icon_sized(bbox_of(obj))][:40]
    width, height = float(page.width), float(page.height)  # type: ignore[attr-defined]
    for _ in range(6):
        x, y = rng.uniform(-10, width), rng.uniform(-10, height)
        boxes.append((round(x, 2), round(y, 2), round(x + rng.uniform(3, 30), 2), round(y + rng.uniform(3, 30), 2)))
    return boxes


def assert_pieces_are_the_whole_pages(path: Path, pages: int = 6, stream: bool = False) -> int:
    rng = random.Random(path.name)
    compared = 0
    with pdfplumber.open(BytesIO(path.read_bytes()) if stream else path) as pdf:
        for page in pdf.pages[:pages]:
            whole = page.to_image(resolution=RENDER_RESOLUTION).original.convert("RGB")
            raster = PageRaster(page)
            for box in boxes_of(page, rng):
                for pad in PADS:
                    piece = raster.crop(box, pad)
                    expected = expected_piece(whole, box, pad)
                    assert np.array_equal(piece, expected), f"page {page.page_number}, {box}, pad {pad}"
                    compared += 1
            raster.close()
    return compared


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_pieces_are_those_of_the_whole_page(path: Path) -> None:
    assert assert_pieces_are_the_whole_pages(path) > 0


def test_a_page_cropped_smaller_than_its_media_box(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=DATA / "v2021.pdf")
    for page in writer.pages:
        page.cropbox.lower_left = (40, 60)
        page.cropbox.upper_right = (500, 760)
    path = tmp_path / "cropped.pdf"
    writer.write(path)
    assert assert_pieces_are_the_whole_pages(path, pages=2) > 0


def test_a_pdf_opened_from_a_stream() -> None:
    assert assert_pieces_are_the_whole_pages(DATA / "v2021.pdf", pages=2, stream=True) > 0
