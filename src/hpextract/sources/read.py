"""Read stage: a PDF or a plain-text dump into pages of positioned lines."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from hpextract.errors import HpextractError
from hpextract.sources.columns import column_of, find_gutter, split_wide_gaps
from hpextract.sources.page import Line, Page
from hpextract.sources.text_tables import linearize_columns, tag_table_lines

PDF_SUFFIXES = {".pdf"}
# Lines whose tops differ by less than this share a baseline (points).
SAME_LINE_TOLERANCE = 3.0


def input_kind(path: Path) -> str:
    """'pdf' or 'text', from the file's first bytes rather than trusting its name alone."""
    with path.open("rb") as handle:
        head = handle.read(1024)
    if head.lstrip().startswith(b"%PDF"):
        return "pdf"
    if path.suffix.lower() in PDF_SUFFIXES:
        raise HpextractError(f"{path.name}: not a PDF (the file does not start with %PDF)")
    return "text"


def decode_text(data: bytes, name: str) -> str:
    """Decode a text dump: UTF-8 (with or without BOM), else Windows-1252, else Latin-1."""
    if b"\x00" in data[:4096]:
        raise HpextractError(f"{name}: binary data, not a text report")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise HpextractError(f"{name}: cannot decode the text")  # pragma: no cover - latin-1 decodes anything


def read_text(path: Path) -> list[Page]:
    """A text dump as pages (split at form feeds); a blank line becomes a vertical gap."""
    text = decode_text(path.read_bytes(), path.name)
    if not text.strip():
        raise HpextractError(f"{path.name}: the file is empty")
    pages = []
    for number, chunk in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\f"), start=1):
        raws = linearize_columns(chunk.split("\n"))
        lines, tables = tag_table_lines(list(_text_lines("\n".join(raws), number)), raws)
        pages.append(Page(number=number, lines=lines, tables=tables))
    return pages


def _text_lines(chunk: str, page: int) -> Iterable[Line]:
    """Lines of a text page; `top` counts rows so that blank rows show as gaps."""
    for row, raw in enumerate(chunk.split("\n")):
        text = raw.rstrip()
        if not text.strip():
            continue
        indent = len(text) - len(text.lstrip())
        yield Line(
            text=text.strip(), page=page, x0=float(indent), top=float(row), x1=float(len(text)),
            bottom=float(row) + 1.0, size=1.0,
        )


def read_pdf(path: Path, password: str | None = None) -> list[Page]:
    """Every page's text lines (with font size and weight), tables, icons and bars, reading each page once;
    tables continued over a page break are joined."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    from hpextract.sources.continued import merge_continued_tables

    try:
        pdf = pdfplumber.open(path, password=password or "")
    except Exception as exc:  # pdfminer raises a wide range of errors on broken files
        if isinstance(exc, PDFPasswordIncorrect) or isinstance(exc.__context__, PDFPasswordIncorrect):
            problem = "the password is wrong" if password else "it is password-protected; give it with --password"
            raise HpextractError(f"{path.name}: cannot open the PDF: {problem}") from None
        cause = exc.__context__ if isinstance(exc.__context__, PDFSyntaxError) else exc
        raise HpextractError(f"{path.name}: not a readable PDF ({_short(cause)})") from None
    with pdf:
        try:
            pages = [_read_pdf_page(page) for page in pdf.pages]
        except HpextractError:
            raise
        except Exception as exc:
            raise HpextractError(f"{path.name}: the PDF is damaged ({_short(exc)})") from None
    merge_continued_tables(pages)
    return pages


def _short(exc: Exception) -> str:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return message[:120]


def _read_pdf_page(pdf_page: Any) -> Page:
    from hpextract.sources.objects import read_page_objects

    page = Page(
        number=pdf_page.page_number, width=float(pdf_page.width), height=float(pdf_page.height),
        has_image=bool(pdf_page.images),
    )
    objects = read_page_objects(pdf_page)
    page.objects_tables, page.icons, page.bars = objects.tables, objects.icons, objects.bars
    row_boxes: list[list[tuple[float, float, float, float]]] = []
    for table in objects.plumber_tables:
        page.tables.append(table.extract())
        row_boxes.append([row.bbox for row in table.rows])
    raw_lines = pdf_page.extract_text_lines(return_chars=True, strip=True)
    page.lines = lines_in_reading_order(raw_lines, page, row_boxes)
    pdf_page.close()
    return page


def lines_in_reading_order(
    raw_lines: list[dict[str, Any]], page: Page, row_boxes: list[list[tuple[float, float, float, float]]]
) -> list[Line]:
    """The page's lines, columns read one after the other on a two-column page."""
    lines = [_line_from_pdf(raw, page.number, _cell_of(raw, row_boxes)) for raw in raw_lines]
    # Columns are those of running text: the label and value columns of a table are not a page's columns.
    pieces = [piece for raw in raw_lines if _cell_of(raw, row_boxes) is None for piece in split_wide_gaps(raw)]
    gutter = find_gutter([(p["x0"], p["x1"]) for p in pieces], page.width)
    if gutter is None:
        return merge_same_baseline(lines)
    tables = merge_same_baseline([line for line in lines if line.cell is not None])
    text = [_line_from_pdf(p, page.number) for p in pieces]
    ordered: list[Line] = []
    band: list[Line] = []
    for line in sorted(text + tables, key=lambda ln: (ln.top, ln.x0)):
        if line.cell is not None or column_of(line.x0, line.x1, gutter) == -1:
            ordered += [*_columns_of_band(band, gutter), line]
            band = []
        else:
            band.append(line)
    return ordered + _columns_of_band(band, gutter)


def _columns_of_band(lines: list[Line], gutter: float) -> list[Line]:
    left = [ln for ln in lines if column_of(ln.x0, ln.x1, gutter) == 0]
    right = [ln for ln in lines if column_of(ln.x0, ln.x1, gutter) == 1]
    return merge_same_baseline(left) + merge_same_baseline(right)


def _cell_of(raw: dict[str, Any], tables: list[list[tuple[float, float, float, float]]]) -> tuple[int, int] | None:
    """(table, row) of the table row that holds the middle of a text line, if any."""
    x_mid = (raw["x0"] + raw["x1"]) / 2
    y_mid = (raw["top"] + raw["bottom"]) / 2
    for t, rows in enumerate(tables):
        for r, (x0, top, x1, bottom) in enumerate(rows):
            if x0 <= x_mid <= x1 and top <= y_mid <= bottom:
                return (t, r)
    return None


def _line_from_pdf(raw: dict[str, Any], page: int, cell: tuple[int, int] | None = None) -> Line:
    from hpextract.sources.tables import is_bold

    chars = [c for c in raw["chars"] if c["text"].strip()]
    sizes = sorted(round(c["size"], 1) for c in chars) or [0.0]
    bold_count = sum(1 for c in chars if is_bold(c["fontname"]))
    return Line(
        text=raw["text"], page=page, x0=round(raw["x0"], 2), top=round(raw["top"], 2),
        x1=round(raw["x1"], 2), bottom=round(raw["bottom"], 2), size=sizes[len(sizes) // 2],
        bold=bool(chars) and bold_count * 2 > len(chars), cell=cell,
    )


def merge_same_baseline(lines: list[Line]) -> list[Line]:
    """Join pieces of one visual line (a label in its own column and its text) left to right; pieces in
    different table rows stay apart."""
    ordered = sorted(lines, key=lambda ln: (ln.top, ln.x0))
    merged: list[Line] = []
    for line in ordered:
        last = merged[-1] if merged else None
        if (
            last is not None and abs(line.top - last.top) < SAME_LINE_TOLERANCE and line.x0 >= last.x1
            and line.cell == last.cell
        ):
            merged[-1] = Line(
                text=f"{last.text} {line.text}", page=last.page, x0=last.x0, top=min(last.top, line.top),
                x1=line.x1, bottom=max(last.bottom, line.bottom), size=max(last.size, line.size),
                bold=last.bold and line.bold, cell=last.cell,
            )
        else:
            merged.append(line)
    return merged


@dataclass(frozen=True, slots=True)
class OcrOptions:
    """When to OCR pages (auto: pages without text, and pages whose text layer lost å/ä/ö), and how."""

    mode: Literal["auto", "always", "never"] = "auto"
    jobs: int = 1
    cache: bool = True
    progress: Callable[[int, int], None] | None = None  # (pages done, pages to do)


def read_document(
    path: Path, password: str | None = None, ocr: OcrOptions | None = None
) -> tuple[str, list[Page], str | None]:
    """The input's kind, its pages (OCR'd where needed) and the quality of the text layer it came with."""
    _check_file(path)
    if input_kind(path) == "text":
        return "text", read_text(path), None
    pages = read_pdf(path, password)
    layer = text_layer_of(pages)
    return "pdf", apply_ocr(path, pages, layer, ocr or OcrOptions()), layer


def text_layer_of(pages: list[Page]) -> str:
    """'none', 'good' or 'damaged' (measured by the normalizer's score) for a PDF's own text."""
    from hpextract.normalize.normalizer import text_layer_quality

    text = "\n".join(page_text(page) for page in pages)
    return text_layer_quality(text)[0] if text.strip() else "none"


def pages_to_ocr(pages: list[Page], mode: str) -> list[int]:
    """Numbers of the pages to OCR: all, none, or (auto) those with no usable text layer."""
    if mode == "never":
        return []
    if mode == "always":
        return [page.number for page in pages]
    from hpextract.sources.ocr import page_needs_ocr

    # A page without letters (blank, or a lone page number) is OCR'd only when it has an image to read.
    return [page.number for page in pages if page_needs_ocr(page_text(page)) and (page.has_image or _has_letters(page))]


def _has_letters(page: Page) -> bool:
    return any(char.isalpha() for line in page.lines for char in line.text)


def page_text(page: Page) -> str:
    return "\n".join(line.text for line in page.lines)


def apply_ocr(path: Path, pages: list[Page], layer: str, options: OcrOptions) -> list[Page]:
    """Replace the pages that need it by their OCR; a scan with OCR turned off is an error."""
    wanted = pages_to_ocr(pages, options.mode)
    if not wanted:
        if layer == "none":
            hint = "and OCR is off (--ocr never)" if options.mode == "never" else "and no page image to OCR"
            raise HpextractError(f"{path.name}: the PDF has no text layer (a scan) {hint}")
        return pages
    from hpextract.sources.ocr import ocr_pdf_pages

    report = options.progress
    done = ocr_pdf_pages(
        path, wanted, jobs=options.jobs, cache=options.cache,
        progress=(lambda n: report(n, len(wanted))) if report else None,
    )
    return [done.get(page.number, page) for page in pages]


def _check_file(path: Path) -> None:
    if not path.exists():
        raise HpextractError(f"{path}: no such file")
    if path.is_dir():
        raise HpextractError(f"{path}: is a directory")
    if path.stat().st_size == 0:
        raise HpextractError(f"{path.name}: the file is empty (0 bytes)")
