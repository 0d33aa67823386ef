"""A development report as a text dump, laid out as `pdftotext -layout` would: pages split by form feeds,
table cells wrapped inside their columns, two-column pages side by side, icons and bars absent (a text dump
cannot carry them)."""

from __future__ import annotations

import textwrap
from dataclasses import replace
from itertools import zip_longest

from devsuite import spec

LINE_WIDTH = 92
# Roughly how many points one character of 9-point Helvetica takes in a table cell.
POINTS_PER_CHAR = 5.0
COLUMN_GAP = "  "


def render_text(report: spec.Report) -> str:
    pages = [_page_text(report, blocks, number) for number, blocks in enumerate(_pages(report.blocks), start=1)]
    return "\f".join(pages).replace("\n", report.text_newline)


def _pages(blocks: tuple[spec.Block, ...]) -> list[list[spec.Block]]:
    pages: list[list[spec.Block]] = [[]]
    for block in blocks:
        if isinstance(block, spec.PageBreak):
            pages.append([])
        elif isinstance(block, spec.Table) and block.text_page_after is not None:
            cut = block.text_page_after + 1
            pages[-1].append(replace(block, rows=block.rows[:cut], text_page_after=None))
            pages.append([replace(block, rows=block.rows[cut:], text_page_after=None)])
        else:
            pages[-1].append(block)
    return pages


def _page_text(report: spec.Report, blocks: list[spec.Block], number: int) -> str:
    parts = [report.header] if report.header else []
    if report.columns == 2:
        parts.append(_side_by_side(blocks))
    else:
        parts.extend(_block_text(block, LINE_WIDTH) for block in blocks if not isinstance(block, spec.ColumnBreak))
    if report.footer:
        parts.append(f"Sida {number}".rjust(LINE_WIDTH))
    return "\n\n".join(parts) + "\n"


def _side_by_side(blocks: list[spec.Block]) -> str:
    """The two columns of a page next to each other, line by line, as a layout-keeping dump shows them."""
    width = (LINE_WIDTH - len(COLUMN_GAP) * 2) // 2
    cut = next((i for i, block in enumerate(blocks) if isinstance(block, spec.ColumnBreak)), len(blocks))
    left, right = ("\n\n".join(_block_text(block, width) for block in part).split("\n")
                   for part in (blocks[:cut], blocks[cut + 1:]))
    rows = zip_longest(left, right, fillvalue="")
    return "\n".join(f"{a.ljust(width)}{COLUMN_GAP * 2}{b}".rstrip() for a, b in rows)


def _block_text(block: spec.Block, width: int) -> str:
    if isinstance(block, spec.Title | spec.Heading):
        return textwrap.fill(block.text, width)
    if isinstance(block, spec.Para):
        text = f"{block.lead} {block.text}" if block.lead else block.text
        pad = " " * int(block.indent // POINTS_PER_CHAR)
        hanging = f"{block.label:<5}" if block.label else ""
        return textwrap.fill(text, width, initial_indent=pad + hanging, subsequent_indent=pad + " " * len(hanging))
    if isinstance(block, spec.Bullets):
        return "\n".join(textwrap.fill(item, width, initial_indent=f"{block.char} ", subsequent_indent="  ")
                         for item in block.items)
    if isinstance(block, spec.Split):
        return block.left.ljust(width - len(block.right) - 2) + "  " + block.right
    if isinstance(block, spec.Table):
        return _table_text(block)
    raise TypeError(f"no text for {block!r}")


def _table_text(block: spec.Table) -> str:
    if block.text_tabs:
        return "\n".join("\t".join(_cell_text(cell) for cell in row) for row in block.rows)
    widths = [max(4, int(points / POINTS_PER_CHAR)) for points in block.widths]
    lines: list[str] = []
    for row in block.rows:
        wrapped = [textwrap.wrap(_cell_text(cell), width) or [""] for cell, width in zip(row, widths, strict=True)]
        for pieces in zip_longest(*wrapped, fillvalue=""):
            lines.append(COLUMN_GAP.join(p.ljust(w) for p, w in zip(pieces, widths, strict=True)).rstrip())
    return "\n".join(lines)


def _cell_text(cell: spec.Cell | str) -> str:
    return cell if isinstance(cell, str) else cell.text
