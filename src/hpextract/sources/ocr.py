"""OCR of PDF pages with Tesseract (Swedish model by default): rendered page images, word boxes, a cache.

Pages are rendered with pypdfium2, cleaned of scan speckles with a 3x3 median filter and read by the
`tesseract` binary with TSV output (word boxes). Words are grouped into `Line`s in PDF points, top-left
origin, like the text-layer lines. Results are cached per page image in a user cache directory.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import statistics
import subprocess
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from PIL import Image

from hpextract.errors import HpextractError, LimitExceeded
from hpextract.sources.page import Line, Page
from hpextract.sources.scan_rules import find_ruled, ruled_tables
from hpextract.sources.scan_tables import ScanWord, filled_tables, invert_dark_fills, scan_tables
from hpextract.sources.tables import cell_of, grid_rows, sort_tables
from hpextract.sources.tesseract import check_tesseract, model_files, tesseract_version
from hpextract.utils.files import cache_dir
from hpextract.utils.processes import die_with_parent

# Page segmentation mode 4, "a single column of text of variable sizes": keeps a hanging-indent label
# ("3)") on the line of its text; the default mode 3 puts the labels in blocks of their own and, on the
# corpus scan, lost one of them.
PSM = 4
PREPROCESS = "median3"
CACHE_FORMAT = 2  # 2: entries carry a checksum header
# Words without a letter or digit below this confidence are scan speckles ("-", ":", "—" at line ends).
NOISE_CONF = 50.0
TIMEOUT_S = 600
# A4 at 300 dpi is 8.7 megapixels, A0 at 300 dpi 139: larger pages are refused rather than rendered.
MAX_RENDER_PIXELS = 150_000_000
DEFAULT_CACHE_MAX = 500 * 1024 * 1024
# A cache entry starts with this and the SHA-256 of the TSV after it: a truncated entry is a miss.
_CACHE_MAGIC = "#hpextract-ocr "

# Word box height in em by (reaches ascender height, has descender): DejaVu Sans metrics, scaled by the
# ~4 % a slightly blurred scan adds. Letters with dots or rings reach about the ascender height.
_HEIGHT_EM = {(True, False): 0.77, (True, True): 1.0, (False, False): 0.57, (False, True): 0.81}
_ASCENDERS = set("bdfhijklt0123456789åäöéü")
_DESCENDERS = set("gjpqy(),;[]{}|§/")
_TALLER = set("ÅÄÖÉÜ")  # capitals with marks above the ascender height: their words are left out


@dataclass(frozen=True, slots=True)
class PageJob:
    """Everything a worker needs to OCR one page (`ocr_page`), on this machine or another."""

    path: str
    number: int
    dpi: int
    lang: str
    engine: str
    cache_dir: Path | None


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    left: int
    top: int
    right: int
    bottom: int


def ocr_pdf_pages(
    path: Path,
    page_numbers: list[int],
    *,
    jobs: int = 1,
    dpi: int = 300,
    lang: str = "swe",
    cache: bool = True,
    cache_max: int = DEFAULT_CACHE_MAX,
    progress: Callable[[int], None] | None = None,
    runner: PageRunner | None = None,
) -> dict[int, Page]:
    """OCR the given 1-based pages; `progress(n)` is called after each page with the number done so far.
    `runner` runs the page jobs (default `run_pages`: here, `jobs` at a time). The cache is trimmed to
    `cache_max` bytes afterwards, the entries used longest ago going first."""
    check_tesseract(lang)
    where = cache_dir() / "ocr" if cache else None
    engine = _engine(lang)
    todo = [PageJob(str(path), number, dpi, lang, engine, where) for number in dict.fromkeys(page_numbers)]
    pages: dict[int, Page] = {}
    for done, page in enumerate((runner or run_pages)(todo, jobs), start=1):
        pages[page.number] = page
        if progress is not None:
            progress(done)
    if where is not None:
        trim_cache(where, cache_max)
    return {number: pages[number] for number in sorted(pages)}


def _engine(lang: str) -> str:
    """Tesseract's version and the size and time of each model file: what the cache must tell apart."""
    return " ".join([tesseract_version(lang), *model_files(lang, with_time=True)])


PageRunner = Callable[[list[PageJob], int], Iterable[Page]]
"""Runs `ocr_page` on each job (`jobs` at a time where it can), yielding the pages in any order."""


def run_pages(todo: list[PageJob], jobs: int) -> Iterator[Page]:
    """OCR pages in this process (jobs=1) or in a process pool, yielding them as they finish."""
    if jobs <= 1 or len(todo) <= 1:
        yield from map(ocr_page, todo)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(todo)), mp_context=context, initializer=die_with_parent)
    with pool:
        futures = [pool.submit(ocr_page, job) for job in todo]
        try:
            for future in as_completed(futures):
                yield future.result()
        finally:
            for future in futures:
                future.cancel()


def ocr_page(job: PageJob) -> Page:
    """Render one page, then read its OCR result from the cache or from tesseract."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(job.path)
    except pypdfium2.PdfiumError as exc:
        raise HpextractError(f"{Path(job.path).name}: cannot open the PDF for OCR ({exc})") from None
    try:
        if not 1 <= job.number <= len(pdf):
            raise HpextractError(f"{Path(job.path).name}: no page {job.number} to OCR (it has {len(pdf)})")
        pdf_page = pdf[job.number - 1]
        width, height = pdf_page.get_width(), pdf_page.get_height()
        check_render_size(Path(job.path).name, job.number, width, height, job.dpi)
        has_image = next(pdf_page.get_objects(filter=[pypdfium2.raw.FPDF_PAGEOBJ_IMAGE]), None) is not None
        image = pdf_page.render(scale=job.dpi / 72, grayscale=True).to_pil()
        colour = np.asarray(pdf_page.render(scale=job.dpi / 72).to_pil().convert("RGB"))
    finally:
        pdf.close()
    grey = np.asarray(image.convert("L"))
    bands = filled_tables(grey, job.dpi)
    if bands:  # light text on dark header rows is read once inverted
        image = Image.fromarray(invert_dark_fills(grey, bands))
    key = _cache_key(image, job)
    tsv = _cache_read(job.cache_dir, key)
    if tsv is None:
        tsv = _tesseract_tsv(image, job)
        _cache_write(job.cache_dir, key, tsv)
    words = _parse_tsv(tsv)
    scale = width / image.width
    line_tops: dict[tuple[int, int, int], int] = {}
    for key, word in words:
        line_tops[key] = min(line_tops.get(key, word.top), word.top)
    scanned = [_scan_word(word, line_tops[key], scale) for key, word in words]
    ruled = find_ruled(grey, job.dpi)
    filled = scan_tables(colour, bands, scanned, job.number, job.dpi)
    ruled = ruled_tables(colour, ruled, filled.words, job.number, job.dpi, [t.prov.bbox for t in filled.tables])
    text = set(ruled.words)
    words = [pair for pair, word in zip(words, scanned, strict=True) if word in text]
    page = Page(number=job.number, width=width, height=height, ocr=True, has_image=has_image)
    page.objects_tables = sort_tables(filled.tables + ruled.tables)
    row_boxes = []
    for table in page.objects_tables:
        rows, boxes = grid_rows(table, job.number)
        page.tables.append(rows)
        row_boxes.append(boxes)
    page.lines = [replace(line, cell=cell_of(line.bbox, row_boxes)) for line in _lines(words, job.number, scale)]
    return page


def _scan_word(word: _Word, line_top: int, scale: float) -> ScanWord:
    return ScanWord(word.text, word.left * scale, line_top * scale, word.right * scale, word.bottom * scale)


def check_render_size(name: str, number: int, width: float, height: float, dpi: int) -> None:
    """Refuse a page whose image at `dpi` would pass MAX_RENDER_PIXELS (a 14 400-pt page is 3.6 gigapixels)."""
    pixels = (width * dpi / 72) * (height * dpi / 72)
    if pixels > MAX_RENDER_PIXELS:
        raise LimitExceeded(
            f"{name}: page {number} is {width:.0f} × {height:.0f} pt, {pixels / 1e6:.0f} megapixels at {dpi} dpi; "
            f"OCR renders pages of at most {MAX_RENDER_PIXELS / 1e6:.0f} megapixels"
        )


def _tesseract_tsv(image: Image.Image, job: PageJob) -> str:
    """OCR a rendered page image: TSV with one row per word (and per block, paragraph, line)."""
    from PIL import ImageFilter

    pgm = io.BytesIO()
    image.filter(ImageFilter.MedianFilter(3)).save(pgm, format="PPM")
    args = ["tesseract", "stdin", "stdout", "-l", job.lang, "--psm", str(PSM), "--dpi", str(job.dpi), "tsv"]
    # One thread per tesseract: parallelism comes from `jobs`; OpenMP threads gain little and compete.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(
            args, input=pgm.getvalue(), capture_output=True, env=env, timeout=TIMEOUT_S, preexec_fn=die_with_parent
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise HpextractError(f"OCR of page {job.number} of {job.path} failed: {exc}") from None
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip().splitlines()
        raise HpextractError(
            f"OCR of page {job.number} of {job.path} failed: {message[-1] if message else done.returncode}"
        )
    return done.stdout.decode("utf-8")


def _parse_tsv(tsv: str) -> list[tuple[tuple[int, int, int], _Word]]:
    """Words of a tesseract TSV with their (block, paragraph, line) numbers, speckle noise left out."""
    words = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = unicodedata.normalize("NFC", (row["text"] or "").strip())
        if row["level"] != "5" or not text:
            continue
        if float(row["conf"]) < NOISE_CONF and not any(char.isalnum() for char in text):
            continue
        left, top = int(row["left"]), int(row["top"])
        word = _Word(text, left, top, left + int(row["width"]), top + int(row["height"]))
        words.append(((int(row["block_num"]), int(row["par_num"]), int(row["line_num"])), word))
    return words


def _lines(words: list[tuple[tuple[int, int, int], _Word]], number: int, scale: float) -> list[Line]:
    """Group words into lines (tesseract's lines, merged when on the same row), top to bottom."""
    groups: dict[tuple[int, int, int], list[_Word]] = {}
    for key, word in words:
        groups.setdefault(key, []).append(word)
    rows: list[list[_Word]] = []
    for group in sorted(groups.values(), key=lambda ws: min(w.top for w in ws)):
        if rows and _same_row(rows[-1], group):
            rows[-1].extend(group)
        else:
            rows.append(list(group))
    return [_line(sorted(row, key=lambda w: w.left), number, scale) for row in rows]


def _same_row(a: list[_Word], b: list[_Word]) -> bool:
    """True when two word groups overlap vertically by at least half the lower one's height."""
    a_top, a_bottom = min(w.top for w in a), max(w.bottom for w in a)
    b_top, b_bottom = min(w.top for w in b), max(w.bottom for w in b)
    overlap = min(a_bottom, b_bottom) - max(a_top, b_top)
    return overlap >= 0.5 * min(a_bottom - a_top, b_bottom - b_top)


def _line(words: list[_Word], number: int, scale: float) -> Line:
    return Line(
        text=" ".join(w.text for w in words),
        page=number,
        x0=round(min(w.left for w in words) * scale, 2),
        top=round(min(w.top for w in words) * scale, 2),
        x1=round(max(w.right for w in words) * scale, 2),
        bottom=round(max(w.bottom for w in words) * scale, 2),
        size=round(_font_size(words) * scale, 1),
    )


def _font_size(words: list[_Word]) -> float:
    """Font size (in image pixels) estimated from word box heights and which letters the words have."""
    estimates = []
    for word in words:
        letters = [c for c in word.text if c.isalnum()]
        if not letters or _TALLER.intersection(letters):
            continue
        ascender = any(c in _ASCENDERS or c.isupper() for c in letters)
        descender = any(c in _DESCENDERS for c in word.text)
        estimates.append((word.bottom - word.top) / _HEIGHT_EM[ascender, descender])
    if not estimates:
        return float(max(w.bottom - w.top for w in words))
    return statistics.median(estimates)


def _cache_key(image: Image.Image, job: PageJob) -> str:
    """Hash of the rendered page image and of everything else that decides the OCR result."""
    digest = hashlib.sha256(image.tobytes())
    digest.update(f"{image.mode} {image.size}".encode())
    recipe = [CACHE_FORMAT, job.engine, job.lang, job.dpi, PSM, PREPROCESS, digest.hexdigest()]
    return hashlib.sha256(json.dumps(recipe).encode()).hexdigest()


def _cache_read(where: Path | None, key: str) -> str | None:
    """A stored OCR result, or None: missing, unreadable, truncated or malformed entries are misses."""
    if where is None:
        return None
    entry = where / f"{key}.tsv"
    try:
        stored = entry.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    header, _, tsv = stored.partition("\n")
    if header != _CACHE_MAGIC + _digest(tsv) or not _well_formed(tsv):
        entry.unlink(missing_ok=True)
        return None
    with contextlib.suppress(OSError):  # mark it used, for trimming; its mtime stays the time it was made
        os.utime(entry, ns=(time.time_ns(), entry.stat().st_mtime_ns))
    return tsv


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _well_formed(tsv: str) -> bool:
    """True when every word row of a TSV has the columns `_parse_tsv` reads."""
    try:
        _parse_tsv(tsv)
    except (KeyError, ValueError, TypeError, csv.Error):
        return False
    return True


def _cache_write(where: Path | None, key: str, tsv: str) -> None:
    """Store an OCR result atomically (temp file + rename); an unwritable cache is skipped."""
    if where is None:
        return
    try:
        where.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=where, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(f"{_CACHE_MAGIC}{_digest(tsv)}\n{tsv}")
        os.replace(tmp, where / f"{key}.tsv")
    except OSError:
        Path(tmp).unlink(missing_ok=True)


def trim_cache(where: Path, limit: int) -> None:
    """Delete the entries used longest ago until the cache holds at most `limit` bytes."""
    entries = []
    with contextlib.suppress(OSError):
        for entry in where.glob("*.tsv"):
            with contextlib.suppress(OSError):
                info = entry.stat()
                entries.append((info.st_atime_ns, info.st_size, entry))
    total = sum(size for _, size, _ in entries)
    for _, size, entry in sorted(entries):
        if total <= limit:
            break
        with contextlib.suppress(OSError):
            entry.unlink()
            total -= size
