"""`hpextract inspect`: one PNG per page with what was read drawn on it, item boxes in their colour."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from PIL import Image
from typer.testing import CliRunner

from hpextract.cli import app
from hpextract.errors import HpextractError
from hpextract.inspect import ITEM_COLOUR, ITEM_WIDTH, inspect_report
from hpextract.pipeline import extract

DATA = Path(__file__).parent / "data"
RESOLUTION = 100


@pytest.fixture(scope="module")
def pictures(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("inspect")
    result = CliRunner().invoke(app, ["inspect", str(DATA / "v2021.pdf"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_one_png_per_page(pictures: Path) -> None:
    with pdfplumber.open(DATA / "v2021.pdf") as pdf:
        pages, width = len(pdf.pages), float(pdf.pages[0].width)
    assert sorted(p.name for p in pictures.glob("*.png")) == [f"v2021-p{n:03d}.png" for n in range(1, pages + 1)]
    with Image.open(pictures / "v2021-p001.png") as image:
        assert image.width == round(width * RESOLUTION / 72)


def test_item_boxes_are_outlined_in_the_item_colour(pictures: Path) -> None:
    items = [i for i in extract(DATA / "v2021.pdf").items if i.provenance.bbox is not None]
    assert len(items) >= 10
    scale = RESOLUTION / 72
    for item in items:
        x0, top, _, bottom = item.provenance.bbox
        with Image.open(pictures / f"v2021-p{item.provenance.page:03d}.png") as image:
            rgb = image.convert("RGB")
            x, y = round(x0 * scale), round((top + bottom) / 2 * scale)
            edge = {rgb.getpixel((x + dx, y)) for dx in range(-1, ITEM_WIDTH + 1)}
            inside = rgb.getpixel((x + ITEM_WIDTH + 3, y))
        assert ITEM_COLOUR in edge, (item.id, edge)
        assert inside != ITEM_COLOUR


def test_a_text_file_is_refused_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(HpextractError, match="inspect draws on PDF pages"):
        inspect_report(DATA / "v2021_plain.txt", tmp_path)
    result = CliRunner().invoke(app, ["inspect", str(DATA / "v2021_plain.txt"), "-o", str(tmp_path)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert not list(tmp_path.glob("*.png"))
