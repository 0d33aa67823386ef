"""Write image-only PDFs of table pages into tests/data/scanned_tables/ (issue 12).

Run: python3 tools/make_scanned_tables.py (needs reportlab). Two kinds of pages are written.

Filled tables: the source is tests/data/realworld/simrishamn_kultur_fritidsnamnden_
arsbokslut_2025.pdf (a Stratsys-style årsbokslut: tables drawn with filled rects, status icons, progress bars).
Its pages 26 and 27 (printed "SID 25 (36)" and "SID 26 (36)") are rendered with pypdfium2 and stored as a
JPEG image with no text layer, one page a file (each below 300 kB):

- colour_p26.pdf, colour_p27.pdf   150 dpi colour, as a colour scanner gives them
- grey_p26.pdf                     200 dpi greyscale, turned by 0.4° and with dust specks (a fixed seed)
- grey_p27.pdf                     the same for page 27 (written last, so that the other files keep their specks)

Ruled tables: two small follow-up reports typeset here with reportlab, each a table with black rules and
white cells ("Nr | Åtgärd | Status | Kommentar", multi-line cells), kept as the digital original and as
its scan (200 dpi greyscale, turned, with grain and dust specks):

- ruled_actions.pdf, ruled_actions_scan.pdf   five actions, turned by 0.4°
- ruled_goals.pdf, ruled_goals_scan.pdf       two goals in merged rows across the table, each over its
                                              activities, turned by -1°
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2
from PIL import Image
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tests" / "data" / "realworld" / "simrishamn_kultur_fritidsnamnden_arsbokslut_2025.pdf"
OUT = ROOT / "tests" / "data" / "scanned_tables"
COLOUR_PAGES = (26, 27)
GREY_PAGES = (26,)
LATER_GREY_PAGES = (27,)
SEED = 12
SPECKLES = 0.0005  # share of pixels turned to dust specks
SKEW_DEGREES = 0.4
QUALITY = 50  # JPEG quality: keeps each file below 300 kB
GRAIN = 6.0  # standard deviation of the scanner's noise, in grey levels

ACTIONS = (
    "Uppföljning av handlingsplan för trygghet 2024",
    "Handlingsplanen antogs av kommunstyrelsen 2023-12-04. Tabellen redovisar läget för varje åtgärd vid årets slut.",
    ("Nr", "Åtgärd", "Status", "Kommentar"),
    [
        ("1", "Kartlägga otrygga platser i centrum tillsammans med polisen och fastighetsägarna.", "Klar",
         "Kartläggningen redovisades för nämnden i maj 2024."),
        ("2", "Förbättra belysningen längs gång- och cykelvägar.", "Pågår",
         "Tre av fem sträckor har fått ny belysning. Resten görs under våren."),
        ("3", "Starta nattvandringar med föreningar.", "Ej påbörjad", "Planeras till hösten 2025."),
        ("4", "Utbilda personalen i fritidsgårdarna i konflikthantering.", "Pågår",
         "Två av fyra utbildningstillfällen är genomförda."),
        ("5", "Ta fram en rutin för klotterborttagning inom 24 timmar.", "Klar", "Rutinen gäller från 1 mars 2024."),
    ],
)
# A row of one text is a goal: one cell across the table, in bold.
GOALS = (
    "Uppföljning av verksamhetsplan 2024 för fritidsnämnden",
    "Nämnden har två mål för året. Under varje mål redovisas aktiviteterna och deras status.",
    ("Nr", "Aktivitet", "Status", "Kommentar"),
    [
        ("Mål 1: Fler barn och unga deltar i föreningslivet",),
        ("1.1", "Införa fritidskort för alla elever i årskurs 4–9.", "Klar", "Kortet infördes i augusti 2024."),
        ("1.2", "Erbjuda lovaktiviteter på landsbygden.", "Pågår", "Sommarlovet genomfört, höstlovet planeras."),
        ("Mål 2: Anläggningarna är tillgängliga för alla",),
        ("2.1", "Tillgänglighetsanpassa entréerna till sporthallarna.", "Ej påbörjad",
         "Väntar på beslut om investeringsmedel."),
        ("2.2", "Ta fram en digital bokningstjänst för lokaler.", "Pågår", "Upphandlingen avslutas i december."),
    ],
)
RULED = (("ruled_actions", ACTIONS, 0.4), ("ruled_goals", GOALS, -1.0))


def rendered(page: int, dpi: int, grayscale: bool) -> Image.Image:
    pdf = pypdfium2.PdfDocument(str(SOURCE))
    try:
        return pdf[page - 1].render(scale=dpi / 72, grayscale=grayscale).to_pil()
    finally:
        pdf.close()


def ruled_report(path: Path, report: tuple) -> None:
    """A one-page report: a title, a paragraph and a table ruled in black with white cells."""
    title, intro, header, rows = report
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14)
    cell = ParagraphStyle("cell", parent=body, fontSize=10, leading=12.5)
    bold = ParagraphStyle("bold", parent=cell, fontName="Helvetica-Bold")
    cells = [[Paragraph(text, bold) for text in header]]
    style = [("GRID", (0, 0), (-1, -1), 0.75, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for row in rows:
        if len(row) == 1:
            style.append(("SPAN", (0, len(cells)), (-1, len(cells))))
            cells.append([Paragraph(row[0], bold)] + [""] * (len(header) - 1))
        else:
            cells.append([Paragraph(text, cell) for text in row])
    table = Table(cells, colWidths=[32, 190, 78, 180])
    table.setStyle(TableStyle(style))
    story = [Paragraph(title, styles["Title"]), Paragraph(intro, body), Spacer(1, 12), table]
    SimpleDocTemplate(str(path), pagesize=A4, title=title, author="hpextract tests", creator="hpextract tests",
                      producer="hpextract tests", invariant=1).build(story)


def rendered_file(path: Path, dpi: int) -> Image.Image:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return pdf[0].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        pdf.close()


def scanned_grey(image: Image.Image, rng: np.random.Generator, skew: float = SKEW_DEGREES,
                 grain: float = 0.0) -> Image.Image:
    """A greyscale page as a flatbed scanner returns it: slightly turned, with grain and dust specks."""
    turned = image.convert("L").rotate(skew, resample=Image.Resampling.BILINEAR, fillcolor=255)
    pixels = np.array(turned)
    if grain:
        pixels = np.clip(pixels + rng.normal(0.0, grain, pixels.shape), 0, 255).astype(np.uint8)
    specks = rng.random(pixels.shape) < SPECKLES
    pixels[specks] = rng.integers(0, 120, int(specks.sum()), dtype=np.uint8)
    return Image.fromarray(pixels, mode="L")


def write_pdf(image: Image.Image, dpi: int, path: Path) -> None:
    image.save(path, "PDF", resolution=float(dpi), quality=QUALITY)
    print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} kB")


def write_grey_scan(page: int, rng: np.random.Generator) -> None:
    write_pdf(scanned_grey(rendered(page, 200, grayscale=True), rng), 200, OUT / f"grey_p{page}.pdf")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for page in COLOUR_PAGES:
        write_pdf(rendered(page, 150, grayscale=False).convert("RGB"), 150, OUT / f"colour_p{page}.pdf")
    rng = np.random.default_rng(SEED)
    for page in GREY_PAGES:
        write_grey_scan(page, rng)
    for name, report, skew in RULED:
        digital = OUT / f"{name}.pdf"
        ruled_report(digital, report)
        write_pdf(scanned_grey(rendered_file(digital, 200), rng, skew, GRAIN), 200, OUT / f"{name}_scan.pdf")
    for page in LATER_GREY_PAGES:
        write_grey_scan(page, rng)


if __name__ == "__main__":
    main()
