"""Write image-only PDFs of two table pages of the real Simrishamn export into tests/data/scanned_tables/ (issue 12).

Run: python3 tools/make_scanned_tables.py. The source is tests/data/realworld/simrishamn_kultur_fritidsnamnden_
arsbokslut_2025.pdf (a Stratsys-style årsbokslut: tables drawn with filled rects, status icons, progress bars).
Its pages 26 and 27 (printed "SID 25 (36)" and "SID 26 (36)") are rendered with pypdfium2 and stored as a
JPEG image with no text layer, one page a file (each below 300 kB):

- colour_p26.pdf, colour_p27.pdf   150 dpi colour, as a colour scanner gives them
- grey_p26.pdf                     200 dpi greyscale, turned by 0.4° and with dust specks (a fixed seed)
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tests" / "data" / "realworld" / "simrishamn_kultur_fritidsnamnden_arsbokslut_2025.pdf"
OUT = ROOT / "tests" / "data" / "scanned_tables"
COLOUR_PAGES = (26, 27)
GREY_PAGES = (26,)
SEED = 12
SPECKLES = 0.0005  # share of pixels turned to dust specks
SKEW_DEGREES = 0.4
QUALITY = 50  # JPEG quality: keeps each file below 300 kB


def rendered(page: int, dpi: int, grayscale: bool) -> Image.Image:
    pdf = pypdfium2.PdfDocument(str(SOURCE))
    try:
        return pdf[page - 1].render(scale=dpi / 72, grayscale=grayscale).to_pil()
    finally:
        pdf.close()


def scanned_grey(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A greyscale page as a flatbed scanner returns it: slightly turned, with dust specks."""
    turned = image.convert("L").rotate(SKEW_DEGREES, resample=Image.Resampling.BILINEAR, fillcolor=255)
    pixels = np.array(turned)
    specks = rng.random(pixels.shape) < SPECKLES
    pixels[specks] = rng.integers(0, 120, int(specks.sum()), dtype=np.uint8)
    return Image.fromarray(pixels, mode="L")


def write_pdf(image: Image.Image, dpi: int, path: Path) -> None:
    image.save(path, "PDF", resolution=float(dpi), quality=QUALITY)
    print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} kB")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for page in COLOUR_PAGES:
        write_pdf(rendered(page, 150, grayscale=False).convert("RGB"), 150, OUT / f"colour_p{page}.pdf")
    rng = np.random.default_rng(SEED)
    for page in GREY_PAGES:
        write_pdf(scanned_grey(rendered(page, 200, grayscale=True), rng), 200, OUT / f"grey_p{page}.pdf")


if __name__ == "__main__":
    main()
