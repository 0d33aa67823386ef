"""Read stage: a PDF or a plain-text dump into pages of positioned lines."""

from __future__ import annotations

import codecs
import contextlib
import itertools
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, Literal

from hpextract.document.model import BBox
from hpextract.errors import HpextractError, InputError, LimitExceeded
from hpextract.sources.columns import (
    PIECE_GAP,
    blank_leaders,
    column_of,
    find_gutter,
    split_wide_gaps,
    text_of,
)
from hpextract.sources.page import Line, Page
from hpextract.sources.tables import cell_of, grid_rows
from hpextract.sources.text_tables import align_tab_columns, linearize_columns, tag_table_lines
from hpextract.utils.files import display_name
from hpextract.utils.text import UNMAPPED_GLYPH

if TYPE_CHECKING:
    from hpextract.sources.ocr import PageRunner

PDF_SUFFIXES = {".pdf"}
# Lines whose tops differ by less than this share a baseline (points).
SAME_LINE_TOLERANCE = 3.0
# A dense A4 page of text is ~100 kB of content and ~5 000 text runs (one per glyph at worst): pages far
# beyond are refused before pdfminer spends minutes on them (a Flate bomb, 60 000 runs).
MAX_PAGE_CONTENT = 32 * 1024**2
MAX_PAGE_TEXT_RUNS = 50_000


def input_kind(path: Path) -> str:
    """'pdf' or 'text', from the file's first bytes rather than trusting its name alone."""
    with path.open("rb") as handle:
        head = handle.read(1024)
    if head.lstrip().startswith(b"%PDF"):
        return "pdf"
    if path.suffix.lower() in PDF_SUFFIXES:
        raise InputError(f"{display_name(path)}: not a PDF (the file does not start with %PDF)")
    return "text"


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A text dump's text, and what a reader should know about how it was decoded."""

    text: str
    warnings: list[str]


# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Invisible characters that carry no text: a file of nothing else is empty.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
# A text with this many valid non-ASCII UTF-8 characters per invalid byte sequence is UTF-8 with damage.
MIN_VALID_PER_DAMAGED = 2
# UTF-8 read as Windows-1252 ("Ã¶" for "ö"): a lead byte's character followed by a continuation byte's.
_MOJIBAKE = re.compile(
    "[" + re.escape(bytes(range(0xC2, 0xE0)).decode("cp1252")) + "]"
    "[" + re.escape(bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore")) + "]"
)


def decode_text(data: bytes, name: str) -> str:
    """The text of a text dump (see `decode_report_text`)."""
    return decode_report_text(data, name).text


def decode_report_text(data: bytes, name: str) -> DecodedText:
    """Decode a text dump: a BOM's encoding (UTF-8/16/32), else UTF-8 (a few bad bytes replaced, with a
    warning), else Windows-1252 or Latin-1; mojibake from an earlier wrong decoding is repaired (ftfy)."""
    warnings: list[str] = []
    text = _decode_bytes(data, name, warnings)
    repaired, lines = repair_mojibake(text)
    if lines:
        warnings.append(f"text decoded with a wrong encoding earlier (e.g. 'Ã¶' for 'ö'): repaired on {lines} lines")
    return DecodedText(repaired.translate(_INVISIBLE), warnings)


def _decode_bytes(data: bytes, name: str, warnings: list[str]) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                label = encoding.upper()
                raise InputError(f"{name}: starts with a {label} byte-order mark but is not {label}") from None
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: binary data, not a text report")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd")
    if _mostly_utf8(text, damaged):
        warnings.append(f"{damaged} byte sequences that are not UTF-8 were replaced by U+FFFD")
        return text
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes Windows-1252 leaves undefined
        return data.decode("latin-1")


def _mostly_utf8(text: str, damaged: int) -> bool:
    """True when valid UTF-8 sequences for non-ASCII letters far outnumber the invalid ones: a UTF-8 file with
    a few damaged bytes. (In Windows-1252 text every å, ä, ö is an invalid UTF-8 byte, and valid ones are rare.)"""
    valid = sum(1 for char in text if ord(char) > 127) - damaged
    return valid >= MIN_VALID_PER_DAMAGED * damaged


def repair_mojibake(text: str) -> tuple[str, int]:
    """Lines holding UTF-8 decoded as Windows-1252 or Latin-1 fixed by ftfy, and how many were changed."""
    if not _MOJIBAKE.search(text):
        return text, 0
    import ftfy

    lines = text.split("\n")
    changed = 0
    for index, line in enumerate(lines):
        if _MOJIBAKE.search(line):
            fixed = ftfy.fix_encoding(line)
            changed += fixed != line
            lines[index] = fixed
    return "\n".join(lines), changed


def read_text(path: Path) -> list[Page]:
    """A text dump as pages (split at form feeds); a blank line becomes a vertical gap. Decoding
    warnings go to the first page's `notes`."""
    decoded = decode_report_text(path.read_bytes(), display_name(path))
    text = decoded.text
    if not text.strip():
        raise InputError(f"{display_name(path)}: the file is empty (no visible text)")
    pages = []
    for number, chunk in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\f"), start=1):
        raws = [blank_leaders(raw) for raw in linearize_columns(align_tab_columns(chunk.split("\n")))]
        lines, tables = tag_table_lines(list(_text_lines("\n".join(raws), number)), raws)
        pages.append(Page(number=number, lines=lines, tables=tables))
    pages[0].notes.extend(decoded.warnings)
    return pages


def _text_lines(chunk: str, page: int) -> Iterable[Line]:
    """Lines of a text page; `top` counts rows so that blank rows show as gaps."""
    for row, raw in enumerate(chunk.split("\n")):
        text = raw.rstrip()
        if not text.strip():
            continue
        indent = len(text) - len(text.lstrip())
        gaps = list(_WIDE_TEXT_GAP.finditer(text.strip()))
        yield Line(
            text=text.strip(), page=page, x0=float(indent), top=float(row), x1=float(len(text)),
            bottom=float(row) + 1.0, size=1.0, tail=text.strip()[gaps[-1].end():] if gaps else "", gaps=len(gaps),
        )


# Spaces that a layout dump prints for a wide gap between two pieces of one line.
_WIDE_TEXT_GAP = re.compile(r" {3,}")


def read_pdf(path: Path, password: str | None = None) -> list[Page]:
    """Every page's text lines (with font size and weight), tables, icons and bars, reading each page once;
    tables continued over a page break are joined. Where a reader was started for the file
    (`ahead.read_ahead`), this process and the reader share the pages out."""
    from hpextract.sources import ahead
    from hpextract.sources.continued import merge_continued_tables

    pages = ahead.take(path, password)
    if pages is None:
        pages = read_pdf_pages(path, password)
    merge_continued_tables(pages)
    return pages


def read_pdf_pages(path: Path, password: str | None = None, claim: Callable[[int], int | None] | None = None
                   ) -> list[Page]:
    """The pages read as they are, each on its own: all of them, or those `claim` hands out (called with the
    number of pages, it gives the index of the next page to read, or None). An error met on a page carries
    that page's index as `page_index`, so that of two readers' errors the first page's can be told."""
    from hpextract.sources.chars import char_dict_pages

    pdf = _open_pdf(path, password)
    pages, index = [], -1
    try:
        pdf_pages = char_dict_pages(pdf)
        indexes = range(len(pdf_pages)) if claim is None else iter(lambda: claim(len(pdf_pages)), None)
        for index in indexes:
            pages.append(_read_guarded_page(pdf, pdf_pages[index]))
    except HpextractError as error:
        error.page_index = index  # type: ignore[attr-defined]
        raise
    except Exception as exc:
        error = HpextractError(f"{path.name}: the PDF is damaged ({_short(_root_cause(exc))})")
        error.page_index = index  # type: ignore[attr-defined]
        raise error from None
    finally:
        with contextlib.suppress(Exception):  # closing a damaged PDF raises again and would hide the reason
            pdf.close()
    return pages


def _open_pdf(path: Path, password: str | None) -> Any:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        return pdfplumber.open(path, password=password or "")
    except Exception as exc:  # pdfminer raises a wide range of errors on broken files
        if isinstance(exc, PDFPasswordIncorrect) or isinstance(exc.__context__, PDFPasswordIncorrect):
            problem = "the password is wrong" if password else "it is password-protected; give it with --password"
            raise HpextractError(f"{path.name}: cannot open the PDF: {problem}") from None
        cause = exc.__context__ if isinstance(exc.__context__, PDFSyntaxError) else exc
        raise HpextractError(f"{path.name}: not a readable PDF ({_short(cause)})") from None


def _read_guarded_page(pdf: Any, pdf_page: Any) -> Page:
    """A page read in the orientation its text was written in, or, when its content passes the limits
    of a real page, an empty page with a note saying why (the rest of the document is still read)."""
    problem = content_problem(pdf_page)
    if problem:
        return Page(
            number=pdf_page.page_number, width=float(pdf_page.width), height=float(pdf_page.height),
            notes=[f"page {pdf_page.page_number} skipped: {problem}"],
        )
    return _read_pdf_page(upright(pdf, pdf_page))


def content_problem(pdf_page: Any) -> str | None:
    """Why a page's content streams are not those of a report page (too large, too many text runs), or None.
    Checked before parsing: pdfminer takes about a minute for 10^6 characters."""
    from pdfminer.pdftypes import PDFStream

    streams = [s for s in (pdf_page.page_obj.contents or []) if isinstance(s, PDFStream)]
    size = runs = 0
    for content in streams:
        data = content.get_data()
        size += len(data)
        runs += data.count(b"Tj") + data.count(b"TJ")
    if size > MAX_PAGE_CONTENT:
        return f"its content is {size // 1024**2} MiB (at most {MAX_PAGE_CONTENT // 1024**2} MiB read)"
    if runs > MAX_PAGE_TEXT_RUNS:
        return f"it draws {runs} pieces of text (at most {MAX_PAGE_TEXT_RUNS} read on a page)"
    return None


def upright(pdf: Any, pdf_page: Any) -> Any:
    """The page itself, or, when /Rotate turns its text sideways (a portrait page stored so), the page
    read without the rotation, so that its lines run left to right."""
    if pdf_page.rotation not in (90, 270):
        return pdf_page
    chars = pdf_page.chars
    if not chars or sum(1 for char in chars if char["upright"]) * 2 >= len(chars):
        return pdf_page
    pdf_page.page_obj.rotate = 0
    pdf_page.page_obj.attrs["Rotate"] = 0
    return type(pdf_page)(pdf, pdf_page.page_obj, pdf_page.page_number, pdf_page.initial_doctop)


def _root_cause(exc: BaseException) -> BaseException:
    """The innermost error with a message: pdfplumber wraps pdfminer's in an empty PdfminerException."""
    while not str(exc).strip() and (exc.__cause__ or exc.__context__) is not None:
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return exc


def _short(exc: BaseException) -> str:
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
        page.tables.append(_cell_texts(table, pdf_page))
        row_boxes.append([row.bbox for row in table.rows])
    for rows, boxes in (grid_rows(t, page.number) for t in objects.tables if not t.ruled):
        page.tables.append(rows)
        row_boxes.append(boxes)
    raw_lines = pdf_page.extract_text_lines(return_chars=True, strip=True)
    page.lines = lines_in_reading_order(raw_lines, page, row_boxes)
    pdf_page.close()
    return page


def lines_in_reading_order(
    raw_lines: list[dict[str, Any]], page: Page, row_boxes: list[list[tuple[float, float, float, float]]]
) -> list[Line]:
    """The page's lines, columns read one after the other on a two-column page."""
    cells = [cell_of(_box_of(raw), row_boxes) for raw in raw_lines]
    cut = [split_wide_gaps(raw) for raw in raw_lines]
    lines = [
        _line_from_pdf(raw, page.number, cell, pieces) for raw, cell, pieces in zip(raw_lines, cells, cut, strict=True)
    ]
    # Columns are those of running text: the label and value columns of a table are not a page's columns.
    pieces = [piece for line_pieces, cell in zip(cut, cells, strict=True) if cell is None for piece in line_pieces]
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


def _box_of(raw: dict[str, Any]) -> BBox:
    return (raw["x0"], raw["top"], raw["x1"], raw["bottom"])


def _line_from_pdf(
    raw: dict[str, Any], page: int, cell: tuple[int, int] | None = None, pieces: list[dict[str, Any]] | None = None
) -> Line:
    """A text line, or one piece of one (`raw`); `pieces` are its parts cut at wide gaps, when already cut."""
    from hpextract.sources.tables import is_bold

    chars = [c for c in raw["chars"] if c["text"].strip()]
    sizes = sorted(c["size"] for c in chars) or [0.0]
    size = round(sizes[len(sizes) // 2], 1)  # the median to 0.1 pt (rounding keeps the order: = median of rounded)
    bold_count = sum(1 for c in chars if is_bold(c["fontname"]))
    text = _symbols_read(raw) if any(_is_symbol_font(c["fontname"]) for c in chars) else raw["text"]
    if pieces is None:
        pieces = split_wide_gaps(raw) if chars else []
    return Line(
        text=_mapped_text(text), page=page, x0=round(raw["x0"], 2), top=round(raw["top"], 2),
        x1=round(raw["x1"], 2), bottom=round(raw["bottom"], 2), size=size,
        bold=bool(chars) and bold_count * 2 > len(chars), cell=cell,
        tail=_mapped_text(pieces[-1]["text"]) if len(pieces) > 1 else "", gaps=max(len(pieces) - 1, 0),
        bold_lead=_bold_lead(text, [is_bold(c["fontname"]) for c in chars]),
    )


def _bold_lead(text: str, bold: list[bool]) -> str:
    """The start of a line's `text` set in bold when the rest is not (`bold` tells it of each character but
    spaces, in the text's order): a run-in heading. "" when the line opens in a regular weight or is all bold."""
    count = next((k for k, in_bold in enumerate(bold) if not in_bold), len(bold))
    if count == 0 or count == len(bold):
        return ""
    letters = (end for end, ch in enumerate(text) if not ch.isspace())
    end = next(itertools.islice(letters, count - 1, None), None)
    lead = text[: end + 1] if end is not None else ""
    return lead if any(ch.isalpha() for ch in lead) else ""


# Fonts whose codes are pictures, not letters: ZapfDingbats' "4" is a tick. The common status marks are read
# as what they show; other codes of such fonts are dropped rather than read as digits or letters.
SYMBOL_FONTS = ("zapfdingbats", "dingbats", "wingdings", "webdings")
DINGBATS = {"3": "✓", "4": "✔", "7": "✗", "8": "✘", "l": "●", "m": "❍", "n": "■", "o": "❏", "u": "◆", "H": "★"}


@lru_cache(maxsize=4096)  # asked for every character of a line
def _is_symbol_font(fontname: str) -> bool:
    name = fontname.lower()
    return any(font in name for font in SYMBOL_FONTS)


def _cell_texts(table: Any, pdf_page: Any) -> list[list[str | None]]:
    """A ruled table's cell texts, marks of symbol fonts read as what they show (ZapfDingbats' "4" is "✔"), as
    in the page's lines: a status cell holding a tick is the tick, not a digit."""
    chars = pdf_page.chars
    if not any(_is_symbol_font(c["fontname"]) for c in chars):
        return table.extract()  # type: ignore[no-any-return]
    from pdfplumber.table import Table as PlumberTable

    return PlumberTable(SimpleNamespace(chars=_shown_chars(chars)), table.cells).extract()  # type: ignore[arg-type]


def _shown_chars(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Characters with the marks of symbol fonts read as what they show; their other codes dropped."""
    read = [{**c, "text": DINGBATS.get(c["text"], "")} if _is_symbol_font(c["fontname"]) else c for c in chars]
    return [c for c in read if c["text"]]


def _symbols_read(raw: dict[str, Any]) -> str:
    """A line's text rebuilt from its characters with the marks of symbol fonts read as what they show."""
    shown = _shown_chars([c for c in raw["chars"] if c["text"].strip()])
    return text_of(shown) if shown else ""


def _mapped_text(text: str) -> str:
    """A line's text without glyphs the font does not map ("(cid:127)"); one at the start is a bullet."""
    if "(cid:" not in text:
        return text
    text = UNMAPPED_GLYPH.sub("•", text, count=1) if UNMAPPED_GLYPH.match(text) else text
    return " ".join(UNMAPPED_GLYPH.sub("", text).split())


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
            wide = line.x0 - last.x1 > PIECE_GAP * max(line.size, last.size)
            merged[-1] = Line(
                text=f"{last.text} {line.text}", page=last.page, x0=last.x0, top=min(last.top, line.top),
                x1=line.x1, bottom=max(last.bottom, line.bottom), size=max(last.size, line.size),
                bold=last.bold and line.bold, cell=last.cell, tail=line.tail or (line.text if wide else ""),
                gaps=last.gaps + line.gaps + int(wide),
                bold_lead=last.bold_lead or (last.text if last.bold and not line.bold else ""),
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
    cache_max: int = 500 * 1024 * 1024  # bytes of OCR results kept; the least recently used go first
    progress: Callable[[int, int], None] | None = None  # (pages done, pages to do)
    runner: PageRunner | None = None  # where the OCR of pages runs; default: here, `jobs` at a time


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
    from hpextract.sources.layer import mostly_other_script

    text = "\n".join(page_text(page) for page in pages)
    if not text.strip():
        return "none"
    return "good" if mostly_other_script(text) else text_layer_quality(text)[0]


def pages_to_ocr(pages: list[Page], mode: str) -> list[int]:
    """Numbers of the pages to OCR: all, none, or (auto) those with no usable text layer."""
    if mode == "never":
        return []
    if mode == "always":
        return [page.number for page in pages]
    from hpextract.sources.layer import page_needs_ocr

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
        skipped = [note for page in pages for note in page.notes]
        if layer == "none" and skipped:
            raise LimitExceeded(f"{display_name(path)}: no page could be read ({skipped[0]})")
        if layer == "none":
            hint = "and OCR is off (--ocr never)" if options.mode == "never" else "and no page image to OCR"
            raise HpextractError(f"{path.name}: the PDF has no text layer (a scan) {hint}")
        return pages
    from hpextract.sources.ocr import ocr_pdf_pages

    report = options.progress
    done = ocr_pdf_pages(
        path, wanted, jobs=options.jobs, cache=options.cache, cache_max=options.cache_max,
        progress=(lambda n: report(n, len(wanted))) if report else None, runner=options.runner,
    )
    return [done.get(page.number, page) for page in pages]


def _check_file(path: Path) -> None:
    """A readable regular file that is not empty, else InputError (a FIFO or /dev/zero is refused unread)."""
    name = display_name(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except OSError as error:
        raise InputError(f"{name}: cannot read ({error.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{name}: is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{name}: not a regular file (a FIFO or device); give it on standard input with -")
    if info.st_size == 0:
        raise InputError(f"{name}: the file is empty (0 bytes)")
    if not os.access(path, os.R_OK):
        raise InputError(f"{name}: cannot read (permission denied)")
