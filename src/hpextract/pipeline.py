"""The pipeline: read → layout → segment → model, for one input file."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .errors import HpextractError
from .layout import analyse
from .model import Furniture, PageInfo, Report, Source
from .page import Page
from .read import read_document
from .segment import segment


def extract(path: Path, password: str | None = None) -> Report:
    """Extract one report (PDF or text dump) into the data model."""
    kind, pages = read_document(path, password)
    text_layer = assess_text_layer(pages) if kind == "pdf" else None
    if kind == "pdf" and text_layer == "none":
        raise HpextractError(f"{path.name}: the PDF has no text layer (a scan); it needs OCR")
    layout = analyse(pages, positioned=kind == "pdf")
    tables = [(page.number, table) for page in pages for table in page.tables]
    parts = segment(layout, tables)
    source = Source(
        file=path.name, sha256=file_sha256(path), kind=kind, pages=len(pages), text_layer=text_layer,
        page_info=[PageInfo(page=page.number, ocr=page.ocr) for page in pages] if kind == "pdf" else [],
    )
    return Report(
        source=source, title=parts.title, plan_title=parts.plan_title, introduction=parts.introduction,
        groups=parts.groups, assignments=parts.assignments, status_sections=parts.sections,
        furniture=[Furniture(page=line.page, text=line.text) for line in layout.furniture],
        warnings=parts.warnings,
    )


def assess_text_layer(pages: list[Page]) -> str:
    """'none' when no page has text, else 'good' (the normalizer refines this to 'damaged')."""
    return "good" if any(page.lines for page in pages) else "none"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def report_json(report: Report) -> str:
    """The canonical serialisation: UTF-8 text, fixed key order, no timestamps, a final newline."""
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
