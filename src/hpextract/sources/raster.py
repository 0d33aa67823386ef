"""Pixels of small PDF objects: an embedded image decoded from its stream, or a piece of the rendered page.

Decoding the stream is cheap and exact (it keeps the soft mask, so a round icon's corners are transparent);
rendering handles everything else (indexed or 1-bit images, vector shapes), a piece of the page at a time.

numpy and PIL are imported by the functions that handle pixels, here and in the modules that measure them
(colours, bars, shapes): every page gets a `PageRaster`, but most report pages have no icon, and loading the two
costs about 0.15 s of a process that reads a plain report in about one second.
"""

from __future__ import annotations

import math
from io import BytesIO
from typing import TYPE_CHECKING, Any

from hpextract.document.model import BBox

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

RENDER_RESOLUTION = 216  # dpi: a 10 pt icon becomes 30 px, enough to tell a tick from a cross
MODES = {1: "L", 3: "RGB", 4: "CMYK"}
IMAGE_FILTERS = {"DCTDecode", "JPXDecode"}


class PageRaster:
    """Pieces of the rendered page as RGBA arrays (floats in [0, 1]). Each piece is rendered alone by PDFium
    (a hundredth of the cost of the whole page at this resolution), pixel for pixel as it is in the whole
    page rendered as pdfplumber's `to_image` does (a test compares them). Some pages are rendered whole
    once instead (see `_size`)."""

    def __init__(self, pdf_page: Any, resolution: int = RENDER_RESOLUTION) -> None:
        self._page = pdf_page
        self._scale = resolution / 72.0
        self._resolution = resolution
        self._whole: Image.Image | None = None
        self._document: Any = None
        self._pdfium_page: Any = None

    def crop(self, bbox: BBox, pad: float = 0.0) -> np.ndarray:
        scale = self._scale
        width, height = self._size()
        x0, top, x1, bottom = bbox
        box = (
            max(0, int((x0 - pad) * scale)), max(0, int((top - pad) * scale)),
            min(width, round((x1 + pad) * scale)), min(height, round((bottom + pad) * scale)),
        )
        if not (box[2] > box[0] and box[3] > box[1]):
            from PIL import Image

            return to_rgba_array(Image.new("RGB", (1, 1), "white"))
        return to_rgba_array(self._whole.crop(box) if self._whole is not None else self._render(box, width, height))

    def close(self) -> None:
        if self._document is not None:
            self._pdfium_page.close()
            self._document.close()
            self._document = self._pdfium_page = None

    def _size(self) -> tuple[int, int]:
        """The whole page's size in pixels; the page is opened in PDFium (or rendered whole) on first use."""
        if self._whole is None and self._document is None:
            pdf = self._page.pdf
            # pdfplumber cuts a page whose crop box is not its box out of the rendering itself, and PDFium kept
            # open on a stream (not a path) would move the position pdfminer reads from: both rendered whole.
            if self._page.bbox != self._page.cropbox or pdf.path is None:
                self._whole = self._page.to_image(resolution=self._resolution).original.convert("RGB")
            else:
                import pypdfium2

                self._document = pypdfium2.PdfDocument(pdf.path, password=pdf.password)
                self._pdfium_page = self._document[self._page.page_number - 1]
        if self._whole is not None:
            return self._whole.size
        page = self._pdfium_page
        return math.ceil(page.get_width() * self._scale), math.ceil(page.get_height() * self._scale)

    def _render(self, box: tuple[int, int, int, int], width: int, height: int) -> Image.Image:
        """The pixels `box` of the page, with pdfplumber's rendering options (no anti-aliasing). PDFium takes
        the margins to cut in points and rounds them up to pixels: half a pixel less makes them whole."""
        left, top, right, bottom = box
        margins = [pixels and (pixels - 0.5) / self._scale for pixels in (left, height - bottom, width - right, top)]
        bitmap = self._pdfium_page.render(
            scale=self._scale, crop=margins, no_smoothtext=True, no_smoothpath=True, no_smoothimage=True,
            prefer_bgrx=True,
        )
        return bitmap.to_pil().convert("RGB")


def to_rgba_array(image: Image.Image) -> np.ndarray:
    import numpy as np

    return np.asarray(image.convert("RGBA"), dtype=np.float32) / 255.0


def image_components(image: dict[str, Any]) -> int | None:
    """Colour components of an image's colour space (1 gray, 3 RGB, 4 CMYK); None for indexed and the like."""
    from pdfminer.pdftypes import resolve1

    spaces = image.get("colorspace") or []
    space = resolve1(spaces[0]) if spaces else None
    if isinstance(space, list) and space:
        kind = getattr(resolve1(space[0]), "name", None)
        if kind == "ICCBased" and len(space) > 1:
            return int(resolve1(space[1]).attrs.get("N", 3))
        return None
    name = getattr(space, "name", None)
    return {"DeviceGray": 1, "CalGray": 1, "DeviceRGB": 3, "CalRGB": 3, "DeviceCMYK": 4}.get(name or "")


def image_pixels(image: dict[str, Any], raster: PageRaster) -> np.ndarray:
    """An image object's pixels with its soft mask as alpha; rendered from the page when it cannot be decoded."""
    stream = image["stream"]
    decoded = decode_stream(stream, image_components(image))
    if decoded is None:
        return raster.crop((image["x0"], image["top"], image["x1"], image["bottom"]))
    mask = stream.attrs.get("SMask")
    if mask is not None:
        from pdfminer.pdftypes import resolve1

        alpha = decode_stream(resolve1(mask), 1)
        if alpha is not None:
            decoded.putalpha(alpha.convert("L").resize(decoded.size))
    return to_rgba_array(decoded)


def decode_stream(stream: Any, components: int | None) -> Image.Image | None:
    """A PIL image from a PDF image stream (Flate/none with 8 bits a component, or JPEG); None otherwise."""
    from PIL import Image

    try:
        data = stream.get_data()
        filters = [getattr(name, "name", str(name)) for name, _ in stream.get_filters()]
        if filters and filters[-1] in IMAGE_FILTERS:
            return Image.open(BytesIO(data)).convert("RGB")
        width, height = int(stream.attrs["Width"]), int(stream.attrs["Height"])
        if components not in MODES or int(stream.attrs.get("BitsPerComponent", 8)) != 8:
            return None
        if len(data) < width * height * components:
            return None
        return Image.frombytes(MODES[components], (width, height), data[: width * height * components]).convert("RGB")
    except Exception:  # an unreadable stream: the caller renders the page instead
        return None
