"""`hpextract inspect`: each page of a PDF as a PNG with what was read drawn on it, to see why an item or a
status was (or was not) found: tables and cells, icons (labelled with their colour), progress bars (with
their percent), text lines, and the box of each extracted item (labelled with its id)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from hpextract.document.model import BBox, Table
from hpextract.errors import HpextractError
from hpextract.sources.page import Page
from hpextract.utils.geometry import union

# Outline colours (RGB); an item's box is drawn last so that it is on top.
LINE_COLOUR = (170, 170, 170)
TABLE_COLOUR = (0, 90, 255)
CELL_COLOUR = (120, 180, 255)
ICON_COLOUR = (230, 0, 230)
BAR_COLOUR = (255, 140, 0)
ITEM_COLOUR = (220, 0, 0)
ITEM_WIDTH = 2


def inspect_report(path: Path, out_dir: Path, resolution: int = 100) -> list[Path]:
    """Write `<stem>-p<N>.png` per page into `out_dir` (created if needed) and return the paths."""
    import pdfplumber

    from hpextract.pipeline import extract
    from hpextract.sources.read import input_kind, read_pdf

    if not path.is_file():
        raise HpextractError(f"{path}: no such file")
    if input_kind(path) != "pdf":
        raise HpextractError(f"{path.name}: inspect draws on PDF pages; this is a text file")
    pages = read_pdf(path)
    items = item_boxes(extract(path))
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    tables = [table for page in pages for table in page.objects_tables]
    with pdfplumber.open(path) as pdf:
        for pdf_page, page in zip(pdf.pages, pages, strict=True):
            image = pdf_page.to_image(resolution=resolution).original.convert("RGB")
            on_page = [t for t in tables if page.number in t.pages]
            draw_page(image, page, on_page, items.get(page.number, []), resolution / 72.0)
            target = out_dir / f"{path.stem}-p{page.number:03d}.png"
            image.save(target)
            written.append(target)
    return written


def item_boxes(report: Any) -> dict[int, list[tuple[str, BBox]]]:
    """Each page's item boxes with the item ids, from an extracted report."""
    boxes: dict[int, list[tuple[str, BBox]]] = {}
    for item in report.items:
        if item.provenance.page is not None and item.provenance.bbox is not None:
            boxes.setdefault(item.provenance.page, []).append((item.id, tuple(item.provenance.bbox)))
    return boxes


def draw_page(
    image: Image.Image, page: Page, tables: list[Table], items: list[tuple[str, BBox]], scale: float
) -> None:
    """Outline the page's lines, the parts of `tables` on it, its icons and bars, then the items' boxes."""
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default()

    def box(
        bbox: BBox, colour: tuple[int, int, int], width: int = 1, label: str | None = None, above: bool = False
    ) -> None:
        """Outline a box; its label goes right of it, or above it (item ids, which are long)."""
        x0, top, x1, bottom = (v * scale for v in bbox)
        draw.rectangle((x0, top, x1, bottom), outline=colour, width=width)
        if label:
            draw.text((x0, top - 11) if above else (x1 + 2, top), label, fill=colour, font=font)

    for line in page.lines:
        box(line.bbox, LINE_COLOUR)
    icons, bars = list(page.icons), list(page.bars)
    for table in tables:
        cells = [c for c in table.cells if c.page == page.number and c.bbox is not None]
        for cell in cells:
            box(cell.bbox, CELL_COLOUR)
            icons += cell.icons
            bars += cell.bars
        if cells:
            box(union(c.bbox for c in cells if c.bbox), TABLE_COLOUR, width=2)
    for icon in icons:
        if icon.prov.bbox is not None:
            box(icon.prov.bbox, ICON_COLOUR, label=icon.colour or "?")
    for bar in bars:
        if bar.prov.bbox is not None:
            box(bar.prov.bbox, BAR_COLOUR, label=f"{bar.percent:g}%")
    for item_id, bbox in items:
        box(bbox, ITEM_COLOUR, width=ITEM_WIDTH, label=item_id, above=True)
