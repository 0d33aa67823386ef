"""Write the hostile PDFs of the reliability suite (issue 13) into tests/data/hostile/.

Run: python3 tools/make_hostile_inputs.py. Every file is small (the bombs are compressed) and made
from scratch or from tests/data/v2021.pdf, so the suite needs nothing from outside the project:

- rotated.pdf       v2021.pdf with /Rotate 90 on every page (content turned so the page reads upright)
- cycle.pdf         a page whose form XObject draws itself (a cycle of content references)
- flate_bomb.pdf    a content stream inflating to 100 MiB of text operators
- many_runs.pdf     one page of 60 000 text runs
- predictor.pdf     a Flate stream with an absurd PNG predictor (/Columns 2^31)
- huge_page.pdf     a 14 400 × 14 400 pt page with an image and no text (OCR would render 3.6 gigapixels)
- hebrew.pdf, arabic.pdf, chinese.pdf  text layers in other scripts
"""

from __future__ import annotations

import io
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
OUT = DATA / "hostile"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def raw_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF from numbered object bodies (object k is objects[k-1]) with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref))
    return out.getvalue()


def stream(data: bytes, extra: bytes = b"", compress: bool = True) -> bytes:
    body = zlib.compress(data, 9) if compress else data
    flate = b" /Filter /FlateDecode" if compress else b""
    return b"<< /Length %d%s%s >>\nstream\n" % (len(body), flate, extra) + body + b"\nendstream"


def one_page(content: bytes, resources: bytes = b"/Font << /F1 4 0 R >>", extra: tuple[bytes, ...] = ()) -> bytes:
    """Catalog, pages, page, Helvetica, content stream (objects 1-5), then `extra` objects from 6."""
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << %s >> /Contents 5 0 R >>" % resources,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        content,
        *extra,
    ])


def rotated() -> bytes:
    """Each page stored landscape with its content turned a quarter turn, and /Rotate 90 to show it
    upright again: how scanners and some exports store portrait pages."""
    from pypdf import PdfWriter, Transformation

    writer = PdfWriter(clone_from=DATA / "v2021.pdf")
    for page in writer.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        # (x, y) → (height - y, x): counter-clockwise into a landscape box; /Rotate 90 turns it back clockwise.
        page.add_transformation(Transformation().rotate(90).translate(height, 0))
        page.mediabox.upper_right = (height, width)
        page.cropbox.upper_right = (height, width)
        page.rotation = 90
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def cycle() -> bytes:
    form = stream(b"BT /F1 12 Tf 72 700 Td (Uppdrag 1) Tj ET /X1 Do", b" /Type /XObject /Subtype /Form"
                  b" /BBox [0 0 595 842] /Resources << /XObject << /X1 6 0 R >> /Font << /F1 4 0 R >> >>")
    return one_page(stream(b"/X1 Do"), b"/Font << /F1 4 0 R >> /XObject << /X1 6 0 R >>", extra=(form,))


def flate_bomb() -> bytes:
    line = b"BT /F1 1 Tf 10 10 Td (a) Tj ET\n"
    return one_page(stream(line * (100 * 1024 * 1024 // len(line))))


def many_runs() -> bytes:
    runs = b"".join(
        b"BT /F1 4 Tf %d %d Td (r%d) Tj ET\n" % (20 + (k % 100) * 5, 20 + (k // 100), k) for k in range(60_000)
    )
    return one_page(stream(runs))


def predictor() -> bytes:
    params = b" /DecodeParms << /Predictor 15 /Columns 2147483647 /Colors 255 /BitsPerComponent 16 >>"
    return one_page(stream(b"\x02" + b"\x00" * 4096, params))


def huge_page() -> bytes:
    """A gray 2×2 image drawn over the whole page, no text: auto OCR would render it."""
    image = stream(b"\x80\x80\x80\x80", b" /Type /XObject /Subtype /Image /Width 2 /Height 2"
                   b" /ColorSpace /DeviceGray /BitsPerComponent 8", compress=False)
    content = stream(b"q 14400 0 0 14400 0 0 cm /Im1 Do Q")
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /Resources << /XObject << /Im1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        image,
        content,
    ])


def other_script(lines: list[str], cjk: bool = False) -> bytes:
    """A page of text in another script (an embedded DejaVu Sans, or the built-in Chinese CID font)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if cjk:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        font = "STSong-Light"
    else:
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
        font = "DejaVu"
    out = io.BytesIO()
    pdf = canvas.Canvas(out, invariant=1)
    pdf.setFont(font, 12)
    for row, text in enumerate(lines):
        pdf.drawString(72, 760 - 18 * row, text)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


HEBREW = ["דוח מעקב אחר תוכנית הפעולה", "1) לבחון את האפשרויות לשיפור השירות", "סטטוס: בתהליך", "העבודה נמשכת"]
ARABIC = ["تقرير متابعة خطة العمل", "1) دراسة إمكانيات تحسين الخدمة", "الحالة: قيد التنفيذ", "العمل مستمر"]
CHINESE = ["行动计划的后续报告", "1) 研究改善服务的可能性", "状态: 进行中", "工作正在进行"]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    files = {
        "rotated.pdf": rotated(), "cycle.pdf": cycle(), "flate_bomb.pdf": flate_bomb(),
        "many_runs.pdf": many_runs(), "predictor.pdf": predictor(), "huge_page.pdf": huge_page(),
        "hebrew.pdf": other_script(HEBREW), "arabic.pdf": other_script(ARABIC),
        "chinese.pdf": other_script(CHINESE, cjk=True),
    }
    for name, data in files.items():
        (OUT / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
