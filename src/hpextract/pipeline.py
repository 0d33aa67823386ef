"""The pipeline: sources → layout → normalize → items → status → report, for one input file."""

from __future__ import annotations

import hashlib
import json
from functools import partial
from pathlib import Path

from hpextract.document.model import Document
from hpextract.errors import HpextractError
from hpextract.items.patterns import is_structure
from hpextract.items.segment import Segmented, finish, segment
from hpextract.items.tables import Marks, Rows, TableKey, cell_marks
from hpextract.layout.document import build_document
from hpextract.layout.paragraphs import Layout, analyse
from hpextract.report.build import build_group, build_item, build_section
from hpextract.report.metadata import with_metadata
from hpextract.report.model import Furniture, Normalization, PageInfo, Report, Source
from hpextract.sources.read import OcrOptions, read_document
from hpextract.status.legend import find_legend
from hpextract.status.questions import is_answered_question
from hpextract.status.resolve import read_statuses
from hpextract.status.vocabulary import is_status_value


def extract(path: Path, password: str | None = None, ocr: OcrOptions | None = None) -> Report:
    """Extract one report (PDF or text dump) into the data model."""
    kind, pages, pdf_layer = read_document(path, password, ocr)
    if not any(page.lines for page in pages):
        raise HpextractError(f"{path.name}: no text found, not even by OCR")
    layout = analyse(pages, positioned=kind == "pdf", structure=never_furniture)
    text_verdict, normalization = normalize_blocks(layout)
    text_layer = pdf_layer if kind == "pdf" else text_verdict
    tables = {(page.number, k): rows for page in pages for k, rows in enumerate(page.tables)}
    marks = cell_marks([table for page in pages for table in page.objects_tables])
    parts = read_items(layout, tables, marks)
    source = Source(
        file=path.name, sha256=file_sha256(path), kind=kind, pages=len(pages), text_layer=text_layer,
        normalization=normalization,
        page_info=[PageInfo(page=page.number, ocr=page.ocr) for page in pages] if kind == "pdf" else [],
    )
    return with_metadata(Report(
        source=source, title=parts.title, plan_title=parts.plan_title, introduction=parts.introduction,
        groups=[build_group(g) for g in parts.groups], items=[build_item(a) for a in parts.items],
        status_sections=[build_section(s) for s in parts.sections],
        furniture=[Furniture(page=line.page, text=line.text) for line in parts.header + layout.furniture],
        warnings=[*(note for page in pages for note in page.notes), *parts.warnings],
    ))


def prepare() -> None:
    """Build now what the stages otherwise build on first use (the status patterns and the lemmas of their
    words, from simplemma's Swedish dictionary; the item, label, legend and date patterns; the versions of
    the components) by extracting a small built-in follow-up once. Done where it pays: before forking a
    batch's workers, and in a single file's worker while its reader reads the pages (sources/ahead.py).
    Running the pipeline keeps this complete as stages change, where a list of loaders would fall behind."""
    from importlib.resources import files

    from hpextract.api import extract as extract_data

    extract_data(files("hpextract").joinpath("data/warm_up.txt").read_bytes(), name="warm_up.txt")


def document_model(path: Path, password: str | None = None, ocr: OcrOptions | None = None) -> Document:
    """The neutral document model of one input: its paragraphs, headings, list items, fields, tables (cells
    with fills, icons and bars), icons, bars and furniture, in reading order, each with its page and box."""
    kind, pages, _ = read_document(path, password, ocr)
    return build_document(analyse(pages, positioned=kind == "pdf", structure=never_furniture), pages, kind)


def never_furniture(text: str) -> bool:
    """A line layout must not take for a running header or footer, however often it recurs: an item or status
    label ("Uppdrag 1", "Status"), a status value alone on its line ("PÅGÅR" under two items of a dump), or an
    answered status question ("Har åtgärden genomförts? Ja" under each item of a form)."""
    return is_structure(text) or is_status_value(text) or is_answered_question(text)


def read_items(
    layout: Layout, tables: dict[TableKey, Rows] | None = None, marks: dict[int, list[Marks]] | None = None
) -> Segmented:
    """The items stage, then the status stage, then what depends on both (lists that state no status). The
    report's legend is read first: a word it explains ("Planering (ej startad)") is a status value to the items
    stage too, taken out of a row's text as "Pågår" would be."""
    texts = [block.text for block in layout.blocks]
    legend = find_legend(texts)
    parts = segment(layout, tables, marks, is_status=partial(is_status_value, legend=legend))
    read_statuses(parts.items, parts.sections, legend, texts)
    return finish(parts)


def normalize_blocks(layout: Layout) -> tuple[str, Normalization]:
    """Normalize every paragraph in place (OCR repair only when the text is judged damaged)."""
    from hpextract.normalize.normalizer import get_normalizer, text_layer_quality

    verdict, _ = text_layer_quality("\n".join(block.text for block in layout.blocks))
    normalizer = get_normalizer()
    repairs = [normalizer.repair(block.text, damaged=verdict == "damaged") for block in layout.blocks]
    for block, repair in zip(layout.blocks, repairs, strict=True):
        block.text = repair.text
    return verdict, Normalization(tokens=sum(r.tokens for r in repairs), changed=sum(r.changed for r in repairs))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def report_json(report: Report) -> str:
    """The canonical serialisation: UTF-8 text, fixed key order, no timestamps, a final newline."""
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
