"""pdfplumber pages whose characters are built straight into pdfplumber's dicts.

pdfplumber lets pdfminer make an `LTChar` object for every glyph and then turns each one into a dict
through a generic recursive resolver; on a page of text that is most of the time spent parsing it.
`CharDictPage` is a pdfplumber page whose pdfminer device makes the dict at once, with the same
arithmetic in the same order as `LTChar` and `Page.process_object`, so the dicts are equal to
pdfplumber's, key for key and bit for bit (a test compares them on every PDF of the test data). Every
other object (rects, lines, curves, images, figures) still goes through pdfplumber, so tables, words
and rendering work on the page unchanged.

Measured before choosing this (benchmarks/RESULTS.md): reading the characters through pypdfium2
instead cannot give pdfminer's boxes: PDFium advances by glyph widths in whole thousandths of an em,
pdfminer by the font's /Widths as written (up to 0.6 pt apart by a line's end on the sample report).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from unicodedata import normalize

from pdfminer.layout import LTPage
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFGraphicState, PDFPageInterpreter
from pdfminer.utils import Matrix
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent, fix_fontname_bytes
from pdfplumber.utils import resolve_and_decode
from pdfplumber.utils.exceptions import PdfminerException


class CharDictDevice(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's layout device, adding each character to the layout as pdfplumber's finished dict."""

    def __init__(self, page: Page) -> None:
        super().__init__(page.pdf.rsrcmgr, pageno=page.page_number, laparams=None)
        self._page = page
        self._height = page.height
        self._mediabox_x0, self._mediabox_top = page.mediabox[:2]
        self._colour_spaces: dict[str, Any] = {}
        self._glyphs: dict[tuple[PDFFont, int], _Glyph] = {}

    def render_char(
        self, matrix: Matrix, font: PDFFont, fontsize: float, scaling: float, rise: float, cid: int,
        ncs: Any, graphicstate: PDFGraphicState,
    ) -> float:
        """The character as pdfplumber's dict (what `LTChar` and `Page.process_object` compute); its advance."""
        glyph = self._glyphs.get((font, cid)) or self._glyph(font, cid)
        adv = glyph.width * fontsize * scaling
        if glyph.vertical:
            vx, vy = glyph.displacement  # type: ignore[misc]
            vx = fontsize * 0.5 if vx is None else vx * fontsize * 0.001
            vy = (1000 - vy) * fontsize * 0.001
            bbox = (-vx, vy + rise + adv, -vx + fontsize, vy + rise)
        else:
            descent = glyph.descent * fontsize
            bbox = (0, descent + rise, adv, descent + rise + fontsize)
        a, b, c, d, _, _ = matrix
        x0, y0, x1, y1 = _transformed(matrix, bbox)
        width, height = x1 - x0, y1 - y0
        top = (self._height - y1) + self._mediabox_top
        if self._mediabox_x0 != 0:
            x0, x1 = x0 + self._mediabox_x0, x1 + self._mediabox_x0
        self.cur_item._objs.append({
            "matrix": matrix, "fontname": glyph.fontname, "adv": adv, "upright": a * d * scaling > 0 and b * c <= 0,
            "x0": x0, "y0": y0, "x1": x1, "y1": y1, "width": width, "height": height,
            "size": width if glyph.vertical else height, "mcid": self.cur_mcid, "tag": self.cur_tag,
            "object_type": "char", "page_number": self._page.page_number, "ncs": self._colour_space(ncs),
            "text": glyph.text, "stroking_color": _colour(graphicstate.scolor),
            "non_stroking_color": _colour(graphicstate.ncolor), "top": top,
            "bottom": (self._height - y0) + self._mediabox_top, "doctop": self._page.initial_doctop + top,
        })
        return adv

    def _glyph(self, font: PDFFont, cid: int) -> _Glyph:
        """What a font says about one of its codes, asked once a page."""
        try:
            text = font.to_unichr(cid)
        except PDFUnicodeNotDefined:
            text = self.handle_undefined_char(font, cid)
        form = self._page.pdf.unicode_norm
        name = font.fontname
        glyph = _Glyph(
            text=text if form is None else normalize(form, text), width=font.char_width(cid),
            vertical=font.is_vertical(), displacement=font.char_disp(cid), descent=font.get_descent(),
            fontname=fix_fontname_bytes(name) if isinstance(name, bytes) else name,
        )
        self._glyphs[font, cid] = glyph
        return glyph

    def tag_cur_item(self) -> None:
        """pdfplumber tags the layout's last object after every image and path, even one that added
        nothing: the last object may be a character's dict, tagged the same way."""
        last = self.cur_item._objs[-1] if self.cur_item._objs else None
        if isinstance(last, dict):
            last["mcid"], last["tag"] = self.cur_mcid, self.cur_tag
        else:
            super().tag_cur_item()

    def _colour_space(self, ncs: Any) -> Any:
        name = ncs.name
        if name not in self._colour_spaces:
            self._colour_spaces[name] = resolve_and_decode(name)
        return self._colour_spaces[name]


@dataclass(frozen=True, slots=True)
class _Glyph:
    text: str
    width: float
    vertical: bool
    displacement: Any
    descent: float
    fontname: Any


def _transformed(m: Matrix, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """pdfminer's `apply_matrix_rect` in one call instead of five (the same products, in the same order)."""
    a, b, c, d, e, f = m
    x0, y0, x1, y1 = box
    left1, bottom1 = a * x0 + c * y0 + e, b * x0 + d * y0 + f
    right1, bottom2 = a * x1 + c * y0 + e, b * x1 + d * y0 + f
    right2, top1 = a * x1 + c * y1 + e, b * x1 + d * y1 + f
    left2, top2 = a * x0 + c * y1 + e, b * x0 + d * y1 + f
    return (
        min(left1, left2, right1, right2), min(bottom1, bottom2, top1, top2),
        max(left1, left2, right1, right2), max(bottom1, bottom2, top1, top2),
    )


def _colour(value: Any) -> tuple[Any, ...]:
    return value if isinstance(value, tuple) else (value,)


class CharDictPage(Page):
    """A pdfplumber page laid out by `CharDictDevice`: its characters are already dicts."""

    @property
    def layout(self) -> LTPage:
        if hasattr(self, "_layout"):
            return self._layout
        if self.pdf.laparams is not None:  # pdfminer's layout analysis needs LTChar objects
            return super().layout
        device = CharDictDevice(self)
        try:
            PDFPageInterpreter(self.pdf.rsrcmgr, device).process_page(self.page_obj)
        except Exception as e:
            raise PdfminerException(e) from e
        self._layout: LTPage = device.get_result()
        return self._layout

    def process_object(self, obj: Any) -> Any:
        return obj if isinstance(obj, dict) else super().process_object(obj)


def char_dict_pages(pdf: Any) -> list[CharDictPage]:
    """The document's pages as `CharDictPage`s (pdfplumber makes its own pages unparsed, so this is cheap)."""
    return [CharDictPage(pdf, page.page_obj, page.page_number, page.initial_doctop) for page in pdf.pages]

