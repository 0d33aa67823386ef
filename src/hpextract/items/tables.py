"""Items from tables: rows of a table whose header names a status column ("Aktivitet | Status | Färdiggrad",
"Nämndmål | Bedömning", "Nr | Åtgärd | Läge").

A logical row starts where the row has a status cell of its own; the rows after it that have none continue
its text, and a "Kommentar:" row opens its comment. A bold row spanning the table (a goal printed above its
activities) is the parent of the rows under it. The same table continued on the next page keeps its columns
and its current parent.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from hpextract.document.model import BBox, Icon, ProgressBar, Table
from hpextract.items.labels import parse_label
from hpextract.items.patterns import item_noun_kind, status_line
from hpextract.layout.paragraphs import Block
from hpextract.utils.dates import is_period_label
from hpextract.utils.text import ascii_key, never, squeeze
from hpextract.vocab.items import answer_statuses, status_labels

TableKey = tuple[int, int]
"""(page, index of the table on its page)."""
Rows = list[list[str | None]]


@dataclass(frozen=True, slots=True)
class Marks:
    """What is drawn in one table cell: its icons (a status) and bars (a degree of completion)."""

    page: int
    bbox: BBox
    icons: tuple[Icon, ...]
    bars: tuple[ProgressBar, ...]


def cell_marks(tables: list[Table]) -> dict[int, list[Marks]]:
    """The cells that hold icons or bars, by page."""
    found: dict[int, list[Marks]] = {}
    for table in tables:
        for cell in table.cells:
            if (cell.icons or cell.bars) and cell.bbox is not None:
                page = cell.page or table.prov.page or 0
                found.setdefault(page, []).append(Marks(page, cell.bbox, tuple(cell.icons), tuple(cell.bars)))
    return found


def marks_beside(block: Block, marks: dict[int, list[Marks]]) -> list[Marks]:
    """Marks level with a block's first line, right of its start (the row's status cells): an icon or bar
    whose own box overlaps the line's height (a tall cell holds the mark at its first line only)."""
    line = block.first
    return [
        m for m in marks.get(line.page, [])
        if m.bbox[0] > line.x0 and any(_level(box, line.top, line.bottom) for box in _boxes(m))
    ]


def _boxes(marks: Marks) -> list[BBox]:
    boxes = [mark.prov.bbox for mark in (*marks.icons, *marks.bars) if mark.prov.bbox is not None]
    return boxes or [marks.bbox]


def _level(box: BBox, top: float, bottom: float) -> bool:
    """True when a box and a line overlap vertically by at least half the smaller height."""
    overlap = min(box[3], bottom) - max(box[1], top)
    return overlap >= 0.5 * min(box[3] - box[1], bottom - top)


@dataclass(slots=True)
class Columns:
    item: int
    status: int | None
    """The current status column: the first of `statuses`, or of `answered`."""
    progress: int | None
    number: int | None
    kind: str
    header: list[str]
    answered: tuple[int, ...] = ()
    """Columns headed by a status whose cells answer it: "Klar" over Ja/Nej, or "Genomförd | Pågående" with
    an X in one of them."""
    comment: int | None = None
    """The column of comments on the status ("Kommentar"): the row's comment, not its title."""
    statuses: tuple[int, ...] = ()
    """Every column of statuses, the current first: a row's status is its first filled cell in this order
    ("Status 2024 | Status 2025", or "T1 | T2 | T3" where the last filled tertial is the current one)."""


@dataclass(slots=True)
class TableRow:
    """One logical row of an item table: its text lines, status and progress cells, comment and parent."""

    lines: list[str]
    kind: str
    page: int
    block: int
    status: str = ""
    progress: str = ""
    number: str | None = None
    label: str = ""
    comment: list[str] = field(default_factory=list)
    parent_text: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    icon: Icon | None = None
    bar: float | None = None
    group: str | None = None
    """A group heading printed as a row of the table ("Fokusområde: Kompetens"), if the row is under one."""
    heading: int | None = None
    """The block of the numbered heading whose fields this row is (an activity card: "1.1 Chefsprogram" over a
    one-row table "Status | Prognos helår"); the heading is the item, the row only its status and comment."""

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def header_columns(
    header: list[str | None], body: Rows | None = None, is_status: Callable[[str], bool] = never
) -> Columns | None:
    """The roles of a header's columns; None when it names no status or progress column. A column whose body
    cells are all item numbers ("1", "A1", "Uppdrag 3") is the number column, whatever its header says; one
    headed by a status (`is_status`: "Klar") whose cells are all answers (Ja/Nej) is the status column; so is,
    under a header that names none, a column whose cells are all status values ("Förslag" over Fullgjort /
    Kvarstår / Avskrivs) beside a column of titles."""
    cells = [squeeze(cell) for cell in header]
    roles = [_role(cell) for cell in cells]
    statuses = _latest_first(cells, roles)
    progress = next((i for i, r in enumerate(roles) if r == "progress"), None)
    answered: tuple[int, ...] = ()
    if not statuses and progress is None:
        answered = tuple(i for i, c in enumerate(cells) if is_status(c) and _answers_only(body or [], i, is_status))
        if not answered:
            statuses = _valued_status_columns(cells, roles, body or [], is_status)
        if not answered and not statuses:
            return None
    status = (statuses or answered or (None,))[0]
    number = next((i for i, c in enumerate(cells) if ascii_key(c) in {"nr", "nummer", "id"} or c == "#"), None)
    if number is None and body:
        keys = (i for i in range(len(cells)) if i not in (status, progress))
        number = next((i for i in keys if _numbers_only(body, i) or _codes_only(body, i)), None)
    taken = (progress, number, *statuses, *answered)
    others = [i for i in range(len(cells)) if i not in taken and roles[i] is None]
    # The number column's header may be the one that names the items ("Uppdrag | Beskrivning | Beslut | Status"
    # over "U2024-03"): then the items' text is the first other column, and a later one named by another noun
    # ("Beslut": the decision that gave the uppdrag) is a field of the row, not the item.
    numbered_kind = item_noun_kind(cells[number]) if number is not None else None
    kinds = [(i, item_noun_kind(cells[i])) for i in others]
    first_other = others[0] if others else None
    item = first_other if numbered_kind else next((i for i, kind in kinds if kind), first_other)
    if item is None:
        return None
    if len(cells) == 2 and any(k is not None and k < item for k in (status, progress)):
        return None  # "Status | Ny": a label and its value, not a header over items
    kind = numbered_kind or item_noun_kind(cells[item]) or next((k for c in cells if (k := item_noun_kind(c))), "item")
    comment = next((i for i, r in enumerate(roles) if r == "comment" and i != item), None)
    return Columns(
        item=item, status=status, progress=progress, number=number, kind=kind, header=cells, answered=answered,
        comment=comment, statuses=statuses,
    )


def _answers_only(body: Rows, column: int, is_status: Callable[[str], bool]) -> bool:
    """True when a column's filled cells are answers (Ja, Nej, X, or a count "2 av 4"), some of them, the rest
    statuses in their own words ("Pågår" under "Utförd", where the answer is neither yes nor no) or a dash."""
    values = [v for row in body if column < len(row) and row[column] and (v := _filled(row[column]))]
    return any(_answer(v.lower()) is not None for v in values) and all(
        _answer(v.lower()) is not None or is_status(v) for v in values
    )


# A dash in a cell of answers says there is no answer ("Avvikelse: –" where the control is not done).
_NO_ANSWER = frozenset("-–—")


def _filled(cell: str) -> str:
    """A cell's words, or "" for an empty cell or a dash."""
    value = squeeze(cell)
    return "" if value in _NO_ANSWER else value


# A count under a status header ("Delmål klara" | "2 av 4"): the vocabulary reads "2 av 4 delmål klara" as partial.
_COUNT = re.compile(r"\d{1,3} av \d{1,3}")


def _answer(value: str) -> str | None:
    """The status phrase an answer says with "{}" for its header (vocab/answers.tsv; a count keeps its words)."""
    return answer_statuses().get(value) or (f"{value} {{}}" if _COUNT.fullmatch(value) else None)


def _answered_status(columns: Columns, cell: Callable[[int | None], str]) -> str:
    """The status a row states: its status cell, or where the status columns hold answers, the answer read
    with its header ("Nej" under "Klar" → "ej klar"; an X under "Pågående" → "pågående"); a status written out
    in an answer's place ("Pågår" under "Utförd") says itself."""
    if not columns.answered:
        return _latest_note(next((cell(k) for k in columns.statuses if cell(k)), ""))
    filled = [(k, value) for k in columns.answered if (value := _filled(cell(k)))]
    # Of several columns, the one marked yes ("{}" alone) speaks; a lone "Nej" speaks for its column.
    chosen = next(((k, v) for k, v in filled if _answer(v.lower()) == "{}"), filled[0] if filled else None)
    if chosen is None:
        return ""
    column, value = chosen
    answer = _answer(value.lower())
    return answer.format(columns.header[column].lower()) if answer else value


# A dated note in a status cell: a date at the cell's start or after a full stop ("2025-05-12 Pågår.").
_DATED_NOTE = re.compile(r"(?:^|(?<=[.;!]) )(?:19|20)\d\d-\d\d-\d\d\b:?\s*")


def _latest_note(value: str) -> str:
    """The last of a status cell's dated notes, which are written in time order ("2025-02-03 Ej påbörjad.
    2025-05-12 Pågår. 2025-10-06 Genomförd." → "Genomförd."): a status history, whose latest note is the
    status. A cell of one note, or not opening with a date, is itself."""
    notes = list(_DATED_NOTE.finditer(value))
    if len(notes) < 2 or notes[0].start() != 0:
        return value
    return value[notes[-1].end():].strip()


def _numbers_only(body: Rows, column: int) -> bool:
    """True when every filled cell of a column is an item number or label alone."""
    values = [squeeze(row[column]) for row in body if column < len(row) and row[column]]
    return bool(values) and all(parse_label(f"{value} X") for value in values) and all(len(v) <= 14 for v in values)


# A code printed as an item's id: capitals, then digits in groups ("SN 1.1.1", "KS-2024-113", "KS 2024/113").
_ID_CODE = re.compile(r"[A-ZÅÄÖ]{1,5}[ -]?\d{1,4}(?:[.:/-]\d{1,4})*")


def _codes_only(body: Rows, column: int) -> bool:
    """True when every row has a code in a column ("SN 1.1.1", "KS-2024-113"), each a different one: the
    register or nämnd codes a table's rows are known by, their ids as printed."""
    values = [squeeze(row[column]) if column < len(row) else "" for row in body]
    starts = [value for value in values if value]
    return len(starts) >= 2 and len(set(starts)) == len(starts) and all(_ID_CODE.fullmatch(v) for v in starts)


# A header's qualifier after its label: a period or date ("Status 2025", "Status T2 2025", "Läge (31 dec)").
_QUALIFIER = re.compile(r"^(?P<label>.+?)\s+(?P<qual>\(.{1,24}\)|(?=[^\d]{0,12}\d)\S+(?:\s+\S+){0,2})$")


def _role(cell: str) -> str | None:
    """A header cell's role from the status-label vocabulary ("Aktuellt läge" → status), also with a period
    after the label ("Status 2025")."""
    key = cell.lower().rstrip(" :")
    if key in status_labels():
        return status_labels()[key]
    qualified = _QUALIFIER.match(key)
    return status_labels().get(qualified["label"]) if qualified else None


def _latest_first(cells: list[str], roles: list[str | None]) -> tuple[int, ...]:
    """The status columns, the current one first: the one without a period ("Status" beside "Status 2024"),
    then the latest year's ("Status 2024 | Status 2025" → the second, then the first)."""
    columns = [i for i, role in enumerate(roles) if role == "status"]
    return tuple(sorted(columns, key=lambda i: (_years_of(cells[i]) != [], -max(_years_of(cells[i]) or [0]), i)))


def _valued_status_columns(
    cells: list[str], roles: list[str | None], body: Rows, is_status: Callable[[str], bool]
) -> tuple[int, ...]:
    """Columns whose cells are statuses though their header names none ("T1 | T2 | T3", one per tertial; "BUF |
    SOF | Samlad bedömning", one per unit and the overall one last), rightmost first: a table fills its
    periods left to right and puts the overall judgement last, so the last filled cell is the row's status.
    A column counts when at least two of its cells are filled and three in four of them are statuses, in a table
    with a column of titles. A first row with a status of its own is no header but the table's first item ("B1
    Lättläst webbplats | Delvis klar"), and names no columns."""
    if any(is_status(cell) for cell in cells) or not _has_titles(body):
        return ()
    found = [k for k, role in enumerate(roles) if role is None and _mostly_statuses(body, k, is_status)]
    return tuple(reversed(found))


def _has_titles(body: Rows) -> bool:
    """True when a column holds titles (most of its cells two words or more): a legend ("G | Genomförd") keys
    its statuses with codes, and is no table of items."""
    width = max((len(row) for row in body), default=0)
    return any(
        2 * sum(1 for row in body if k < len(row) and row[k] and len(row[k].split()) >= 2) > len(body)
        for k in range(width)
    )


def _mostly_statuses(body: Rows, column: int, is_status: Callable[[str], bool]) -> bool:
    values = [squeeze(row[column]) for row in body if column < len(row) and row[column]]
    return len(values) >= 2 and 4 * sum(map(is_status, values)) >= 3 * len(values)


def _years_of(cell: str) -> list[int]:
    return [int(year) for year in re.findall(r"\b(?:19|20)\d\d\b", cell)]


@dataclass(slots=True)
class _State:
    marks: dict[int, list[Marks]]
    columns: Columns | None = None
    group: str | None = None
    parent: str | None = None
    current: TableRow | None = None
    in_comment: bool = False


def read_item_tables(
    blocks: list[Block], tables: dict[TableKey, Rows], marks: dict[int, list[Marks]] | None = None,
    is_status: Callable[[str], bool] = never,
) -> tuple[list[TableRow], set[int]]:
    """Logical rows of every item table, in document order, and the blocks they consumed. `marks` are the
    icons and bars drawn in table cells, by page: where a table has them, a row starts where they are.
    `is_status` tells a header that is a status ("Klar"), for columns of answers."""
    rows_out: list[TableRow] = []
    consumed: set[int] = set()
    marks = marks or {}
    state = _State(marks)
    by_row = _blocks_by_row(blocks)
    for key in sorted(tables):
        rows = tables[key]
        if is_count_summary(rows, is_status):
            consumed |= {index for r in range(len(rows)) for index, _ in by_row.get((*key, r), [])}
            state = _State(marks)
            continue
        if kanban := _kanban_rows(rows, [by_row.get((*key, r), []) for r in range(len(rows))], is_status):
            rows_out += kanban
            consumed |= {index for r in range(len(rows)) for index, _ in by_row.get((*key, r), [])}
            state = _State(marks)
            continue
        header, first = header_of(rows)
        columns = header_columns(header, rows[first:], is_status)
        if columns is None:
            if state.columns is None or not _continues(state.columns, rows):
                state = _State(marks)
                continue
            columns, first = state.columns, 0  # continued on a new page without its header
        elif state.columns is None or columns.header != state.columns.header:
            state = _State(marks, columns=columns)
        before = len(rows_out)
        taken = [index for r in range(first, len(rows)) for index, _ in by_row.get((*key, r), [])]
        for r in range(first, len(rows)):
            for index, block in by_row.get((*key, r), []):
                consumed.add(index)
                _take_block(state, rows[r], block, index, rows_out)
        header_blocks = [index for r in range(first) for index, _ in by_row.get((*key, r), [])]
        consumed |= set(header_blocks)
        if len(rows_out) == before + 1 and taken:
            consumed |= _take_fields_after(blocks, max(taken) + 1, rows_out[-1])
            if len(rows) == 2 and header_blocks:
                _fields_of_heading(blocks, min(header_blocks) - 1, columns, rows_out[-1])
    return rows_out, consumed


def header_of(rows: Rows) -> tuple[list[str | None], int]:
    """A table's header and the index of its first body row. A second row that leaves the first column empty and
    names periods alone ("2024 | 2025" under "Status") is part of the header: each of its cells qualifies the
    header cell above it, or the nearest filled one to its left that spans it ("Status 2024", "Status 2025")."""
    top = [squeeze(cell) for cell in rows[0]]
    sub = [squeeze(cell) for cell in rows[1]] if len(rows) > 2 else []
    filled = [cell for cell in sub if cell]
    if not sub or sub[0] or len(filled) < 2 or not all(is_period_label(cell) for cell in filled):
        return list(rows[0]), 1
    header: list[str | None] = []
    spanning = ""
    for k, above in enumerate(top):
        spanning = above or spanning
        below = sub[k] if k < len(sub) else ""
        header.append(f"{spanning} {below}" if below else above)
    return header, 2


def is_count_summary(rows: Rows, is_status: Callable[[str], bool] = never) -> bool:
    """A table that counts items by status: two or more columns headed by a status ("Genomförd | Pågår | Ej
    påbörjad") whose cells are all whole numbers ("1. Trygga offentliga miljöer | 2 | 1 | 0"). Its rows are a
    summary of the items listed elsewhere, not items. A table whose every row marks one status with a 1 (the
    rest 0 or empty) marks each row's status, as an X would: those rows are items."""
    header = [squeeze(cell) for cell in rows[0]]
    counted = [k for k, cell in enumerate(header) if cell and is_status(cell)]
    by_row = [[(row[k] or "").strip() for k in counted if k < len(row) and (row[k] or "").strip()] for row in rows[1:]]
    cells = [cell for row in by_row for cell in row]
    if len(counted) < 2 or not cells or not all(cell.isdigit() for cell in cells):
        return False
    return not all(sum(int(cell) for cell in row) <= 1 for row in by_row)


def _kanban_rows(rows: Rows, blocks: list[list[tuple[int, Block]]], is_status: Callable[[str], bool]) -> list[TableRow]:
    """The items of a kanban table, column by column: a header of two or more statuses ("Ej påbörjade |
    Pågående | Genomförda") over cells of titles, each cell an item with its column's status. A cell that is
    itself a status, an answer (an X) or a number marks or counts a row's status, as other tables do. The
    header names no kind: the rows' kind is left empty, for the report's introduction to name."""
    header = [squeeze(cell) for cell in rows[0]]
    if len(header) < 2 or not all(cell and is_status(cell) for cell in header):
        return []
    cells = [
        (k, r, text) for k in range(len(header)) for r in range(1, len(rows))
        if k < len(rows[r]) and (text := squeeze(rows[r][k]))
    ]
    if not cells or not all(_is_title(text, is_status) for _, _, text in cells):
        return []
    return [
        TableRow(lines=[text], kind="", page=block.page, block=index, status=header[k])
        for k, r, text in cells for index, block in blocks[r][:1]
    ]


def _is_title(text: str, is_status: Callable[[str], bool]) -> bool:
    """True when a cell's text names something: words, not a status, an answer or a number, nor a sentence (a
    legend printed as a table explains each status in a sentence: "Genomförd | Pågår" over "Åtgärden är klar.")."""
    words = any(c.isalpha() for c in text) and not text.endswith(".")
    return words and not is_status(text) and _answer(text.lower()) is None


def _fields_of_heading(blocks: list[Block], above: int, columns: Columns, row: TableRow) -> None:
    """A table of a header and one row right under a numbered heading, naming no item column ("1.1
    Chefsprogram" over "Status | Prognos helår | Senast uppdaterad"), holds that heading's fields, as planning
    systems print one card per activity: the heading is the item, numbered and titled by its label."""
    if above < 0 or blocks[above].first.cell is not None or item_noun_kind(columns.header[columns.item]):
        return
    label = parse_label(blocks[above].text)
    if label is None:
        return
    row.number, row.label, row.lines, row.heading = label.number, label.label, [label.rest], above


def _take_fields_after(blocks: list[Block], start: int, row: TableRow) -> set[int]:
    """A table of one item row followed by its fields ("Kommentar: …", "Status: …" printed under the table,
    as planning systems export one table per activity): the fields are that row's comment. Returns the
    blocks taken."""
    taken: set[int] = set()
    for index in range(start, len(blocks)):
        block = blocks[index]
        opening = status_line().match(block.text) if block.first.cell is None else None
        if not (opening and opening["label"] and opening["rest"].strip()):
            break
        row.comment.append(opening["rest"].strip())
        taken.add(index)
    return taken


def _continues(columns: Columns, rows: Rows) -> bool:
    return len(rows[0]) == len(columns.header)


def _blocks_by_row(blocks: list[Block]) -> dict[tuple[int, int, int], list[tuple[int, Block]]]:
    """Blocks keyed by (page, table, row) of their first line."""
    found: dict[tuple[int, int, int], list[tuple[int, Block]]] = {}
    for index, block in enumerate(blocks):
        cell = block.first.cell
        if cell is not None:
            found.setdefault((block.page, *cell), []).append((index, block))
    return found


def _take_block(state: _State, row: list[str | None], block: Block, index: int, out: list[TableRow]) -> None:
    """Fold one block of a table row into the logical rows."""
    columns = state.columns
    if columns is None:
        return
    text = block.text.strip()
    beside = marks_beside(block, state.marks)
    if state.marks.get(block.page) and not block.bold:
        starts = bool(beside)  # drawn statuses: a row is where its icon or bar is
    else:
        starts = any(
            k is not None and k < len(row) and row[k] is not None
            for k in (*columns.statuses, columns.progress, *columns.answered)
        )
    if starts and not beside and _is_group_row(columns, row):
        state.group, state.current = text, None  # "Fokusområde: Kompetens" across an otherwise empty row
        return
    if starts:
        state.current = _new_row(columns, row, text, block, index, state.parent)
        state.current.group = state.group
        state.current.icon = next((icon for m in beside for icon in m.icons), None)
        state.current.bar = next((bar.percent for m in beside for bar in m.bars), None)
        state.in_comment = False
        out.append(state.current)
        return
    opening = status_line().match(text)
    if state.current is not None and opening and opening["label"]:
        state.in_comment = True
        if opening["rest"].strip():
            state.current.comment.append(opening["rest"].strip())
        return
    if block.bold and not state.in_comment:
        state.parent, state.current = text, None  # a goal row over the activities below it
        return
    if state.current is not None:
        (state.current.comment if state.in_comment else state.current.lines).append(text)


def _title_cell(title: str, row: list[str | None], text: str) -> str | None:
    """The row's item cell `title` as its title, when the row's cells hold every word of its lines: the lines
    run across all columns, and where cells wrap they interleave ("Hastighetsöversyn i … Genomförd Nya
    hastigheter tätorterna gäller sedan maj."). Where the lines say more than the cells (text running past a
    row's band), the lines are the title."""
    in_cells = Counter(word for cell in row if cell for word in cell.split())
    return title if title and not Counter(text.split()) - in_cells else None


def _is_group_row(columns: Columns, row: list[str | None]) -> bool:
    """A row with text in the item column only, in a table whose rows are numbered: a heading over rows."""
    if columns.number is None:
        return False
    keys = (columns.number, *columns.statuses, *columns.answered, columns.progress)
    others = [row[k] for k in keys if k is not None and k < len(row)]
    return not any((cell or "").strip() for cell in others)


def _new_row(
    columns: Columns, row: list[str | None], text: str, block: Block, index: int, parent: str | None
) -> TableRow:
    cell = lambda i: squeeze(row[i]) if i is not None and i < len(row) else ""  # noqa: E731
    number: str | None = None
    label = ""
    text = _title_cell(cell(columns.item), row, text) or text
    if columns.number is not None and cell(columns.number):
        parsed = parse_label(f"{cell(columns.number)} x")
        number = parsed.number if parsed else cell(columns.number)
        label = cell(columns.number)
        text = re.sub(rf"^{re.escape(label)}\s*", "", text)
    else:
        parsed = parse_label(text)
        if parsed and not parsed.needs_heading:
            number, label, text = parsed.number, parsed.label, parsed.rest
    progress_text = cell(columns.progress)
    comment_text = cell(columns.comment)
    # The status, progress and comment cells, rightmost first: what the row's line ends with is not its title.
    right = {k for k in (*columns.statuses, columns.progress, columns.comment, *columns.answered) if k is not None}
    for k in sorted(right, reverse=True):
        value = cell(k)
        if value and text.endswith(value):
            text = text[: -len(value)].rstrip()
    return TableRow(
        lines=[text], kind=columns.kind, page=block.page, block=index, status=_answered_status(columns, cell),
        progress=progress_text, number=number, label=label, parent_text=parent, bbox=block.first.bbox,
        comment=[comment_text] if comment_text else [],
    )

