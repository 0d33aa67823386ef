"""Typeset a development report as a PDF with reportlab (invariant=1: the same report gives the same bytes)."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from PIL import ImageDraw
from reportlab.graphics.shapes import Circle, Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable

from devsuite import spec

RGB = {
    "green": (0, 146, 69), "yellow": (247, 196, 0), "red": (204, 32, 39), "blue": (31, 97, 181),
    "grey": (150, 150, 150), "white": (255, 255, 255), "black": (20, 20, 20),
}
# Light versions for cell fills, as the traffic-light cells of exported reports look.
FILL_RGB = {
    "green": (146, 208, 80), "yellow": (255, 230, 102), "red": (255, 124, 128), "blue": (155, 194, 230),
    "grey": (208, 208, 208), "white": (255, 255, 255), "black": (64, 64, 64),
}
# Glyphs drawn in ZapfDingbats (reportlab maps the Unicode dingbats to the font's codes).
DINGBATS = {"tick": "\u2714", "cross": "\u2718"}
MARGIN = 56.0
FRAME_PADDING = 6.0  # reportlab's default padding inside a frame

# Regular and bold face of each font family a report can be set in.
FACES = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold")}
# A hanging label ("1)" in its own column, the text indented past it) takes this much room.
HANGING = 26.0


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    bold: ParagraphStyle
    title: ParagraphStyle
    headings: dict[int, ParagraphStyle]
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    right: ParagraphStyle
    bullet: ParagraphStyle


def styles_for(font: str) -> Styles:
    regular, bold = FACES[font]
    body = ParagraphStyle(f"{font}-body", fontName=regular, fontSize=10, leading=13.5, spaceAfter=6)
    cell = ParagraphStyle(f"{font}-cell", parent=body, fontSize=9, leading=11, spaceAfter=0)
    return Styles(
        body=body,
        bold=ParagraphStyle(f"{font}-bold", parent=body, fontName=bold),
        title=ParagraphStyle(f"{font}-title", parent=body, fontName=bold, fontSize=16, leading=20, spaceAfter=12),
        headings={
            1: ParagraphStyle(f"{font}-h1", parent=body, fontName=bold, fontSize=13, leading=17, spaceBefore=8),
            2: ParagraphStyle(f"{font}-h2", parent=body, fontName=bold, fontSize=11, leading=14, spaceBefore=4),
        },
        cell=cell,
        cell_bold=ParagraphStyle(f"{font}-cellbold", parent=cell, fontName=bold),
        right=ParagraphStyle(f"{font}-right", parent=body, alignment=TA_RIGHT, spaceAfter=0),
        bullet=ParagraphStyle(f"{font}-bullet", parent=body, leftIndent=16, spaceAfter=2),
    )


def render_pdf(report: spec.Report, path: Path) -> None:
    doc = BaseDocTemplate(
        str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=report.name, author="hpextract devsuite", creator="hpextract devsuite",
        producer="hpextract devsuite", invariant=1,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=_frames(report.columns), onPage=_furniture(report))])
    styles = styles_for(report.font)
    doc.build([flowable for block in report.blocks for flowable in _flowables(block, report.columns, styles)])


def _frames(columns: int) -> list[Frame]:
    width, height = A4
    usable = width - 2 * MARGIN
    if columns == 1:
        return [Frame(MARGIN, MARGIN, usable, height - 2 * MARGIN, id="body")]
    gap = 18.0
    column = (usable - gap) / 2
    return [Frame(MARGIN + i * (column + gap), MARGIN, column, height - 2 * MARGIN, id=f"col{i}") for i in range(2)]


def _furniture(report: spec.Report) -> Callable[[Canvas, BaseDocTemplate], None]:
    """The page callback that draws the running header and the page number."""

    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = A4
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if report.header:
            canvas.drawString(MARGIN, height - 34, report.header)
        if report.footer:
            canvas.drawRightString(width - MARGIN, 30, f"Sida {doc.page}")
        canvas.restoreState()

    return draw


def _flowables(block: spec.Block, columns: int, styles: Styles) -> list[Flowable]:
    if isinstance(block, spec.Title):
        return [Paragraph(escape(block.text), styles.title)]
    if isinstance(block, spec.Heading):
        return [Paragraph(escape(block.text), styles.headings[block.level])]
    if isinstance(block, spec.Para):
        return [_paragraph(block, styles)]
    if isinstance(block, spec.Bullets):
        return [Paragraph(escape(item), styles.bullet, bulletText=block.char) for item in block.items] + [Spacer(1, 6)]
    if isinstance(block, spec.Split):
        return [_split(block, columns, styles)]
    if isinstance(block, spec.Table):
        return [_table(block, styles), Spacer(1, 10)]
    if isinstance(block, spec.PageBreak):
        return [RLPageBreak()]
    return [FrameBreak()]


def _paragraph(block: spec.Para, styles: Styles) -> Paragraph:
    text = escape(block.text)
    if block.lead:
        text = f"<b>{escape(block.lead)}</b> {text}"
    style = styles.bold if block.bold else styles.body
    indent = block.indent + (HANGING if block.label else 0)
    if indent:
        style = ParagraphStyle(f"{style.name}-indent{indent}", parent=style, leftIndent=indent,
                               bulletIndent=block.indent, bulletFontName=style.fontName)
    return Paragraph(text, style, bulletText=block.label or None)


def _split(block: spec.Split, columns: int, styles: Styles) -> RLTable:
    usable = _frames(columns)[0].width - 2 * FRAME_PADDING
    left = Paragraph(escape(block.left), styles.bold if block.bold else styles.body)
    table = RLTable([[left, Paragraph(escape(block.right), styles.right)]], colWidths=[usable - 110, 110])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0),
                               ("RIGHTPADDING", (-1, 0), (-1, -1), 0)]))
    return table


def _table(block: spec.Table, styles: Styles) -> RLTable:
    rows = [[_cell_content(cell, styles.cell_bold if block.header and r == 0 else styles.cell) for cell in row]
            for r, row in enumerate(block.rows)]
    table = RLTable(rows, colWidths=list(block.widths), repeatRows=0)
    style: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if block.ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    for r, row in enumerate(block.rows):
        for c, cell in enumerate(row):
            if isinstance(cell, spec.Cell) and cell.fill:
                style.append(("BACKGROUND", (c, r), (c, r), _colour(FILL_RGB[cell.fill])))
    table.setStyle(TableStyle(style))
    return table


def _cell_content(cell: spec.Cell | str, style: ParagraphStyle) -> Flowable | str:
    if isinstance(cell, str):
        cell = spec.Cell(text=cell)
    if cell.icon is not None:
        return _icon(cell.icon)
    if cell.bar is not None:
        return _bar(cell.bar.percent)
    return Paragraph(escape(cell.text), style)


def _colour(rgb: tuple[int, int, int]) -> colors.Color:
    return colors.Color(*(v / 255 for v in rgb))


def _icon(icon: spec.Icon) -> Flowable:
    return _png_icon(icon) if icon.mode == "png" else _vector_icon(icon)


def _png_icon(icon: spec.Icon) -> Image:
    """A 32-pixel icon: a filled circle (or square) with a white tick, cross or exclamation mark."""
    size = 32
    image = PILImage.new("RGB", (size, size), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    fill = RGB[icon.colour]
    if icon.shape == "square":
        draw.rectangle((3, 3, size - 4, size - 4), fill=fill, outline=(90, 90, 90))
    else:
        draw.ellipse((2, 2, size - 3, size - 3), fill=fill, outline=(90, 90, 90))
    mark = (255, 255, 255) if icon.colour not in ("white", "yellow") else (40, 40, 40)
    if icon.shape == "tick":
        draw.line((9, 17, 14, 22, 23, 10), fill=mark, width=4)
    elif icon.shape == "cross":
        draw.line((10, 10, 22, 22), fill=mark, width=4)
        draw.line((10, 22, 22, 10), fill=mark, width=4)
    elif icon.shape == "exclamation":
        draw.line((16, 8, 16, 19), fill=mark, width=4)
        draw.ellipse((14, 22, 18, 26), fill=mark)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    return Image(buffer, width=12, height=12)


def _vector_icon(icon: spec.Icon) -> Drawing:
    drawing = Drawing(12, 12)
    fill = _colour(RGB[icon.colour])
    if icon.shape == "square":
        drawing.add(Rect(0.5, 0.5, 11, 11, fillColor=fill, strokeColor=colors.grey, strokeWidth=0.5))
    else:
        drawing.add(Circle(6, 6, 5.5, fillColor=fill, strokeColor=colors.grey, strokeWidth=0.5))
    mark = colors.white if icon.colour not in ("white", "yellow") else colors.black
    if icon.shape in DINGBATS:
        drawing.add(String(2.6, 3.0, DINGBATS[icon.shape], fontName="ZapfDingbats", fontSize=7, fillColor=mark))
    elif icon.shape == "exclamation":
        drawing.add(String(4.3, 2.6, "!", fontName="Helvetica-Bold", fontSize=8, fillColor=mark))
    return drawing


def _bar(percent: int) -> Drawing:
    width, height = 60.0, 8.0
    drawing = Drawing(width + 2, height + 2)
    drawing.add(Rect(1, 1, width, height, fillColor=colors.white, strokeColor=colors.grey, strokeWidth=0.5))
    if percent:
        drawing.add(Rect(1, 1, width * percent / 100, height, fillColor=_colour(RGB["green"]), strokeWidth=0))
    return drawing
