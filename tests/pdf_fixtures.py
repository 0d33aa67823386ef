"""Small PDFs made with reportlab for the PDF-object tests: icons, fills, bars, tables (ruled, continued,
unruled) and plain prose. Each builder writes one file and returns its path."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Image as FlowImage
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

PAGE_HEIGHT = A4[1]
GREEN, YELLOW, RED, BLUE, GREY = (0.2, 0.7, 0.2), (1.0, 0.75, 0.0), (0.85, 0.1, 0.1), (0.1, 0.35, 0.8), (0.6, 0.6, 0.6)


def icon_png(path: Path, colour: tuple[float, float, float], glyph: str, size: int = 32, mode: str = "RGBA") -> Path:
    """A status icon as PNG: a disc of `colour` on a transparent ground with a white glyph (tick, cross, !),
    or a bare disc ("circle") or triangle ("play")."""
    rgb = tuple(int(v * 255) for v in colour)
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    s = size
    if glyph == "play":
        draw.polygon([(s * 0.15, s * 0.1), (s * 0.15, s * 0.9), (s * 0.9, s * 0.5)], fill=rgb)
    else:
        draw.ellipse((1, 1, s - 2, s - 2), fill=rgb)
    white = (255, 255, 255)
    width = max(2, s // 9)
    if glyph == "tick":
        draw.line([(s * 0.27, s * 0.52), (s * 0.43, s * 0.68), (s * 0.74, s * 0.33)], fill=white, width=width)
    elif glyph == "cross":
        draw.line([(s * 0.3, s * 0.3), (s * 0.7, s * 0.7)], fill=white, width=width)
        draw.line([(s * 0.7, s * 0.3), (s * 0.3, s * 0.7)], fill=white, width=width)
    elif glyph == "exclamation":
        draw.rectangle((s * 0.45, s * 0.2, s * 0.55, s * 0.6), fill=white)
        draw.rectangle((s * 0.45, s * 0.7, s * 0.55, s * 0.8), fill=white)
    (image if mode == "RGBA" else image.convert(mode)).save(path)
    return path


ICON_ROWS = [
    ("Bygga ut cykelvägar", GREEN, "tick"),
    ("Ny simhall", YELLOW, "exclamation"),
    ("Renovera biblioteket", RED, "cross"),
    ("Digital anmälan", BLUE, "play"),
    ("Utreda konsthall", GREY, "circle"),
]


def _grid_style(extra: list[tuple] | None = None) -> TableStyle:
    return TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.8, 0.8, 0.8)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        *(extra or []),
    ])


def png_icon_table(folder: Path) -> Path:
    """A ruled table "Aktivitet | Status" whose status cells hold PNG icons."""
    rows: list[list[object]] = [["Aktivitet", "Status"]]
    for index, (text, colour, glyph) in enumerate(ICON_ROWS):
        png = icon_png(folder / f"icon{index}.png", colour, glyph)
        rows.append([text, FlowImage(str(png), width=12, height=12)])
    path = folder / "png_icons.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Table(rows, colWidths=[300, 80], style=_grid_style())])
    return path


ENCODED_ICONS = [("RGB", ".jpg"), ("CMYK", ".jpg"), ("P", ".gif"), ("RGB", ".png")]


def encoded_icons_and_drawn_bars_table(folder: Path) -> Path:
    """A ruled "Aktivitet | Status | Färdiggrad" table: icons as RGB JPEG, CMYK JPEG, palette and RGB images
    on white, and bars drawn as rects inside the cells at 0, 40, 75 and 100 %."""
    rows: list[list[object]] = [["Aktivitet", "Status", "Färdiggrad"]]
    for index, ((text, colour, glyph), (mode, suffix), percent) in enumerate(
        zip(ICON_ROWS, ENCODED_ICONS, BAR_PERCENTS, strict=False)
    ):
        drawn = Image.open(icon_png(folder / f"enc{index}.png", colour, glyph))
        flat = Image.new("RGB", drawn.size, "white")
        flat.paste(drawn, (0, 0), drawn)
        target = folder / f"enc{index}{suffix}"
        flat.convert(mode).save(target)
        rows.append([text, FlowImage(str(target), width=12, height=12), _drawn_bar(percent)])
    path = folder / "encoded_icons.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Table(rows, colWidths=[250, 60, 80], style=_grid_style())])
    return path


def _drawn_bar(percent: float, width: float = 60, height: float = 10) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=colors.Color(0.9, 0.9, 0.9), strokeColor=colors.grey))
    if percent:
        drawing.add(Rect(0, 0, width * percent / 100, height, fillColor=colors.Color(*GREEN), strokeColor=None))
    return drawing


def greyscale_icon_table(folder: Path) -> Path:
    """The same table with greyscale icons (a scan-like export): colours cannot be read."""
    rows: list[list[object]] = [["Aktivitet", "Status"]]
    for index, (text, colour, glyph) in enumerate(ICON_ROWS[:3]):
        png = icon_png(folder / f"grey{index}.png", colour, glyph, mode="L")
        rows.append([text, FlowImage(str(png), width=12, height=12)])
    path = folder / "grey_icons.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Table(rows, colWidths=[300, 80], style=_grid_style())])
    return path


def vector_icons_page(folder: Path) -> Path:
    """Vector icons drawn as paths: discs with white stroked glyphs, a triangle, and a small coloured square
    before a word."""
    path = folder / "vector_icons.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = PAGE_HEIGHT - 100
    for text, colour, glyph in ICON_ROWS:
        _vector_icon(pdf, 80, y, colour, glyph)
        pdf.setFillColorRGB(0, 0, 0)
        pdf.drawString(100, y - 4, text)
        y -= 40
    pdf.setFillColorRGB(*GREEN)
    pdf.rect(80, y - 4, 8, 8, stroke=0, fill=1)
    pdf.setFillColorRGB(0, 0, 0)
    pdf.drawString(94, y - 4, "Genomförd")
    pdf.save()
    return path


def _vector_icon(pdf: canvas.Canvas, x: float, y: float, colour: tuple[float, float, float], glyph: str) -> None:
    """A 14 pt icon centred at (x, y) in PDF coordinates (origin bottom-left)."""
    r = 7.0
    pdf.setFillColorRGB(*colour)
    if glyph == "play":
        p = pdf.beginPath()
        p.moveTo(x - 5, y + 6)
        p.lineTo(x - 5, y - 6)
        p.lineTo(x + 6, y)
        p.close()
        pdf.drawPath(p, stroke=0, fill=1)
        return
    pdf.circle(x, y, r, stroke=0, fill=1)
    pdf.setStrokeColorRGB(1, 1, 1)
    pdf.setFillColorRGB(1, 1, 1)
    pdf.setLineWidth(1.8)
    if glyph == "tick":
        p = pdf.beginPath()
        p.moveTo(x - 3.5, y)
        p.lineTo(x - 1, y - 2.8)
        p.lineTo(x + 3.8, y + 3)
        pdf.drawPath(p, stroke=1, fill=0)
    elif glyph == "cross":
        pdf.line(x - 3, y - 3, x + 3, y + 3)
        pdf.line(x - 3, y + 3, x + 3, y - 3)
    elif glyph == "exclamation":
        pdf.line(x, y + 4.5, x, y - 1)
        pdf.circle(x, y - 3.8, 0.9, stroke=0, fill=1)


TRAFFIC_LIGHTS = [("Förskola", GREEN), ("Grundskola", YELLOW), ("Gymnasium", RED)]


def traffic_light_table(folder: Path) -> Path:
    """A ruled table whose status column is coloured cell backgrounds (no text in them)."""
    rows = [["Verksamhet", "Bedömning"], *[[name, ""] for name, _ in TRAFFIC_LIGHTS]]
    fills = [("BACKGROUND", (1, i), (1, i), colors.Color(*c)) for i, (_, c) in enumerate(TRAFFIC_LIGHTS, start=1)]
    path = folder / "traffic_lights.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Table(rows, colWidths=[250, 80], style=_grid_style(fills))])
    return path


BAR_PERCENTS = [0, 40, 75, 100]


def rect_bars_page(folder: Path) -> Path:
    """Progress bars as a light track rect with a green fill rect over its left part, each after a label;
    below them two bar-shaped rects that are no bars: a white box without outline, a grey box with a word."""
    path = folder / "rect_bars.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFillColorRGB(1, 1, 1)
    pdf.rect(300, PAGE_HEIGHT - 300, 100, 10, stroke=0, fill=1)
    pdf.setFillColorRGB(0.85, 0.85, 0.85)
    pdf.rect(300, PAGE_HEIGHT - 340, 100, 14, stroke=0, fill=1)
    pdf.setFillColorRGB(0, 0, 0)
    pdf.drawString(305, PAGE_HEIGHT - 336, "Etikett")
    for index, percent in enumerate(BAR_PERCENTS):
        y = PAGE_HEIGHT - 100 - 40 * index
        pdf.setFillColorRGB(0, 0, 0)
        pdf.drawString(72, y, f"Aktivitet {index + 1}")
        pdf.setStrokeColorRGB(0.5, 0.5, 0.5)
        pdf.setFillColorRGB(0.9, 0.9, 0.9)
        pdf.rect(300, y - 2, 100, 10, stroke=1, fill=1)
        if percent:
            pdf.setFillColorRGB(*GREEN)
            pdf.rect(300, y - 2, percent, 10, stroke=0, fill=1)
    pdf.save()
    return path


def bar_png(path: Path, percent: float, width: int = 177, height: int = 31) -> Path:
    """A bar image with rounded caps: green over `percent` of the width, dark grey after."""
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    mask = Image.new("L", (width, height), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, width - 1, height - 1), radius=height // 2, fill=255)
    colours = Image.new("RGBA", (width, height), (51, 51, 51, 255))
    filled = round(width * percent / 100)
    if filled:
        ImageDraw.Draw(colours).rectangle((0, 0, filled - 1, height - 1), fill=(153, 204, 0, 255))
    image.paste(colours, (0, 0), mask)
    image.save(path)
    return path


def image_bars_page(folder: Path) -> Path:
    path = folder / "image_bars.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for index, percent in enumerate(BAR_PERCENTS):
        y = PAGE_HEIGHT - 100 - 40 * index
        pdf.drawString(72, y, f"Aktivitet {index + 1}")
        pdf.drawImage(str(bar_png(folder / f"bar{percent}.png", percent)), 300, y - 2, 64, 11, mask="auto")
    pdf.save()
    return path


def long_table(folder: Path, repeat_header: bool, rows: int = 60) -> Path:
    """A ruled table of `rows` body rows that runs over a page break, with or without its header repeated."""
    data = [["Nr", "Åtgärd", "Status"], *[[str(i), f"Åtgärd nummer {i}", "Pågår"] for i in range(1, rows + 1)]]
    table = Table(data, colWidths=[40, 300, 100], repeatRows=1 if repeat_header else 0, style=_grid_style())
    path = folder / f"long_{'repeat' if repeat_header else 'norepeat'}.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    return path


def two_tables_on_two_pages(folder: Path, same_columns: bool) -> Path:
    """A table ending page 1 and a table with a header of its own opening page 2, with the same column
    widths as the first or other ones: two tables either way."""
    first = [["Nr", "Åtgärd", "Status"], *[[str(i), f"Åtgärd nummer {i}", "Pågår"] for i in range(1, 31)]]
    second = [["Mål", "Ansvar", "Bedömning"], ["Fler cykelvägar", "Gata", "Grön"], ["Ny simhall", "Fritid", "Gul"]]
    widths = [40, 300, 100]
    path = folder / f"two_tables_{same_columns}.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Table(first, colWidths=widths, style=_grid_style()), PageBreak(),
        Table(second, colWidths=widths if same_columns else [200, 100, 140], style=_grid_style()),
    ])
    return path


UNRULED_ROWS = [("Mål", "Ansvar", "Status"), ("Fler cykelvägar", "Gatukontoret", "Pågår"),
                ("Ny simhall", "Fritid", "Klar"), ("Öppna förskolor", "Utbildning", "Ej påbörjad"),
                ("Digital service", "IT-avdelningen", "Pågår")]


def unruled_table_page(folder: Path) -> Path:
    """Text set in three columns over five lines, with no rules, after an ordinary paragraph."""
    path = folder / "unruled.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawString(72, PAGE_HEIGHT - 80, "Tabellen visar läget för målen i planen.")
    for index, row in enumerate(UNRULED_ROWS):
        y = PAGE_HEIGHT - 120 - 16 * index
        pdf.setFont("Helvetica-Bold" if index == 0 else "Helvetica", 10)
        for x, text in zip((72, 250, 400), row, strict=True):
            pdf.drawString(x, y, text)
    pdf.save()
    return path


PROSE = (
    "Kommunen har under året arbetat vidare med handlingsplanen. Arbetet har skett i samverkan med "
    "föreningar, näringsliv och andra förvaltningar, och flera av åtgärderna har kunnat genomföras "
    "enligt plan. Några åtgärder har skjutits upp till nästa år på grund av resursbrist."
)


def prose_page(folder: Path) -> Path:
    """Several ordinary paragraphs and a heading: no table anywhere."""
    styles = getSampleStyleSheet()
    story: list[object] = [Paragraph("Uppföljning av handlingsplanen", styles["Heading1"])]
    for _ in range(6):
        story += [Paragraph(PROSE, styles["BodyText"]), Spacer(1, 8)]
    path = folder / "prose.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path
