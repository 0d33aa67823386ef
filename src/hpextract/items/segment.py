"""Segment stage: paragraphs → title, introduction, groups, assignments, status sections, proposals."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace

from hpextract.items.labels import Label, label_style, parse_label, parse_unnumbered_label
from hpextract.items.model import (
    FoundGroup,
    FoundItem,
    FoundProvenance,
    FoundSection,
    FoundStatus,
    Number,
    SectionPages,
)
from hpextract.items.patterns import (
    follow_up_words,
    group_pattern,
    group_statement,
    group_title_before,
    kinds_named,
    mentioned_numbers,
    named_items,
    other_document_words,
    printed_progress,
    stated_count,
    status_heading_anywhere,
    status_line,
    two_column_field,
)
from hpextract.items.tables import Marks, Rows, TableKey, TableRow, read_item_tables
from hpextract.items.titled import (
    Titled,
    dashed_status_lines,
    opens_with_status,
    status_after_gap,
    status_field_value,
    titled_lines,
)
from hpextract.layout.paragraphs import Block, Layout
from hpextract.report.model import DateMention, Proposal, StatusCategory, StatusSource
from hpextract.sources.page import Line
from hpextract.utils.dates import find_dates
from hpextract.utils.numbers import capped_percent, number_key, parse_number_list, to_number
from hpextract.utils.swedish import compile_loose, sentences
from hpextract.utils.text import BULLET, LEADER_DOTS, LIST_MARKER, ascii_key, ends_sentence, never, slug

# The heading of the one-line section a status table's cell becomes (its signals are of kind "table").
TABLE_STATUS_HEADING = "Status (tabell)"
# The last one to three words of an item's text, when set in capitals.
TRAILING_CAPITALS = re.compile(r"(?:\s[A-ZÅÄÖ]{2,}){1,3}\s*$")
PROPOSAL = re.compile(r"^(?P<label>\(?[a-h]\))\s+(?P<rest>\S.*)$", re.DOTALL)
# A run of assignments may skip up to MAX_GAP numbers, each costing GAP_COST of an item.
MAX_GAP = 3
GAP_COST = 0.6
# Numbering that starts again at 1 after a heading (per area) costs this much of an item.
RESTART_COST = 0.3
# A small preference for a run whose labels keep one style (ties between "4)" and a "4." in a section).
SAME_STYLE_BONUS = 0.01
PLAN_IN_TEXT = compile_loose(r"\b((?:handlingsplan|åtgärdsplan)(?:en)? för [^.;:()\n]+)")
PLAN_TITLE = compile_loose(r"\b(handlingsplan(?:en)?\b.*|åtgärdsplan(?:en)?\b.*|plan för\b.*)$")




@dataclass(slots=True)
class Item:
    """A numbered item heading found in a paragraph: its number, label, text, and place in a numbering."""

    index: int
    number: Number
    label: str
    rest: str
    path: tuple[int, ...] = ()
    style: str = ""
    kind: str = "item"
    keyword: bool = False
    heading_only: bool = False
    printed: str | None = None
    unnumbered: bool = False
    """A label without a number ("Uppdrag: …"): its place in the list is its order, its id a slug of its text."""
    parent: Item | None = None
    """The item a lettered child ("a)" under "1)") stands under: its numbers start again under every item."""


@dataclass(slots=True)
class Segmented:
    """What the items stage found. `listed` are the paragraphs of plain numbered lists (which stay items only
    if their statuses say so, see `finish`); `from_tables` the ids of items read from tables or titled lines."""

    title: str | None
    plan_title: str | None
    introduction: str
    groups: list[FoundGroup]
    items: list[FoundItem]
    sections: list[FoundSection]
    warnings: list[str] = field(default_factory=list)
    follow_up: bool = False
    listed: set[int] = field(default_factory=set)
    named: set[int] = field(default_factory=set)
    """The paragraphs led by an item's name and a colon, its status in the prose after it: items only if most of
    them state a status."""
    from_tables: set[str] = field(default_factory=set)
    header: list[Line] = field(default_factory=list)
    """Rows of fields above the title: a running header that on a one-page report cannot recur (furniture)."""


def segment(
    layout: Layout, tables: dict[TableKey, Rows] | None = None, marks: dict[int, list[Marks]] | None = None,
    is_status: Callable[[str], bool] = never,
) -> Segmented:
    """The items of a document, their texts, groups and status sections (statuses are read after this).
    `is_status` tells a phrase that is wholly a status value ("PÅGÅENDE"): the status stage's knowledge."""
    blocks = layout.blocks
    table_rows, consumed = read_item_tables(blocks, tables or {}, marks, is_status)
    candidates = [c for c in find_item_candidates(blocks) if c.index not in consumed]
    items, recovered = recover_lost_labels(blocks, choose_items(candidates, blocks))
    items = with_lettered_children(blocks, split_off_areas(items, table_rows), is_status)
    fields_above = status_fields_above_titles(blocks, items, is_status)
    starts = [i.index for i in items] + [r.block for r in table_rows] + list(fields_above.values())
    first_item = min(starts, default=len(blocks))
    size = body_size(blocks)
    header = header_rows(blocks[:first_item], size)
    # A table's last row, a row of fields above the title and bulleted status lines head no group.
    not_headings = consumed | set(range(header))
    areas = row_areas(blocks, table_rows, not_headings)
    dashed = dashed_status_lines(blocks, is_status)
    item_groups = heading_groups(blocks, items, frozenset(not_headings | dashed))
    name_unnumbered(items)
    qualify_restarted_numbers(items, item_groups)
    title, intro_blocks = title_and_introduction(blocks[:first_item], header, size)
    introduction = "\n\n".join(b.text for b in intro_blocks)
    themes = find_groups([b.text for b in blocks[:first_item]])
    stops = unnumbered_siblings(blocks, items) | consumed | {r.block for r in table_rows}
    stops |= group_headings(blocks, items) | statement_headings(blocks, items) | dashed | set(fields_above.values())
    sections, item_extents = build_sections(blocks, items, layout.positioned, stops, is_status, fields_above)
    sections += group_statement_sections(blocks, items, item_groups, sections)
    warnings = [
        f"item {n}: its number was not found; its text is the paragraph before its status heading"
        for n in recovered
    ]
    if table_rows and not sections:
        # Beside item tables, a plain numbered list with no status of its own is text, not items (a card's
        # heading has its status in the table under it).
        cards = {row.heading for row in table_rows}
        kept = [
            (item, own, g) for item, own, g in zip(items, item_extents, item_groups, strict=True)
            if item.keyword or item.index in cards
        ]
        items, item_extents, item_groups = [k[0] for k in kept], [k[1] for k in kept], [k[2] for k in kept]
    groups = themes or groups_of_headings(items, item_groups)
    name_unnamed_kinds(items, blocks, title, introduction)
    name_lettered_kinds(items, f"{title or ''} {introduction}")
    assignments = build_assignments(layout, items, item_extents, groups)
    for row in table_rows:
        row.kind = row.kind or document_kind(title, introduction)  # a kanban's header names no kind
    assignments, table_found = merge_table_rows(assignments, table_rows, areas, sections, layout.positioned)
    taken = consumed | {item.index for item in items} | {k for own in item_extents for k in own}
    lines = titled_lines(blocks, taken, is_status)
    titled = titled_items(blocks, lines, sections, layout.positioned)
    kind = kind_above(blocks, titled[0].block) if titled else None
    for item in titled:
        item.kind = kind or document_kind(title, introduction)
    place_under_headings(titled, items, blocks, f"{title or ''} {introduction}")
    assignments, table_found = in_document_order(assignments + titled), table_found + titled
    other_kind = names_another_kind(title) and not sections  # a report that prints statuses follows up
    follow_up = not other_kind and bool(follow_up_words().search(f"{title or ''}\n{introduction[:2000]}"))
    if other_kind:
        warnings.append(f"not a follow-up: the title names another kind of document, its items are not read ({title})")
        assignments, sections = [], []
    unique_areas = {id(area): area for area in areas if area and area.covers}.values()
    groups += [FoundGroup(title=area.title, covers=area.covers, kind="area") for area in unique_areas]
    if any(row.icon and row.icon.colour is None for row in table_rows):
        warnings.append("the colours of status icons could not be read (a greyscale image): statuses from words only")
    return Segmented(
        title=title, plan_title=plan_title_of(title, introduction), introduction=introduction, groups=groups,
        items=assignments, sections=sections, warnings=warnings, follow_up=follow_up,
        listed={item.index for item in items if not item.keyword}, from_tables={str(a.number) for a in table_found},
        named={line.index for line in lines if line.prose},
        header=[line for block in blocks[:header] for line in block.lines],
    )


def names_another_kind(title: str | None) -> bool:
    """The title says the document is of another kind than a follow-up ("Yttrande över förslag till handlingsplan
    …", "Remissvar", "Kommunstyrelsens yttrande över …") and names no follow-up: its numbered headings are the
    items of a plan it comments on. The kind is what the title opens with: "Åtgärder med anledning av
    revisorernas yttrande" are a follow-up's items."""
    return bool(title and other_document_words().match(title) and not follow_up_words().search(title))


def finish(parts: Segmented) -> Segmented:
    """After the statuses are read: printed progress, lists that state no status dropped, references, and the
    warnings a reader should see."""
    items, sections, warnings = parts.items, parts.sections, list(parts.warnings)
    read_printed_progress(items, sections)
    items, dropped = drop_lists_without_status(items, parts.listed, sections, parts.follow_up)
    # Paragraphs led by a name are items by their statuses alone, in a follow-up too: a plan's description
    # prints its activities so.
    items, unstated = drop_lists_without_status(items, parts.named, sections, follow_up=False)
    if dropped:
        warnings.append(f"a numbered list of {dropped} paragraphs is not read as items: it states no status")
    if unstated:
        warnings.append(f"{unstated} paragraphs led by a name and a colon are not read as items: they state no status")
    if dropped or unstated:
        kept = {a.number for a in items}
        sections = [s for s in sections if set(s.covers) & kept]
        for item in items:  # a parent dropped with its list: no item may name one the report does not hold
            if item.parent is not None and item.parent not in kept:
                item.parent = None
    # Said only when nothing gave a status: statuses read from the items' own prose are a structure too.
    no_statuses = not any(a.status.category is not StatusCategory.UNKNOWN for a in items)
    if (not items and (dropped or unstated)) or (not parts.sections and not parts.from_tables and no_statuses):
        warnings.append("no follow-up structure found: no status section or status table for numbered items")
    warnings += [w for a in items for w in a.status.warnings]
    fill_references(items, sections)
    numbered = [a for a in items if str(a.number) not in parts.from_tables]
    warnings += check_numbering(items, sections, parts.introduction, numbered)
    groups = without_the_title(groups_of_kept(parts.groups, items), items, parts.title)
    return replace(parts, items=items, sections=sections, warnings=warnings, groups=groups)


def without_the_title(groups: list[FoundGroup], items: list[FoundItem], title: str | None) -> list[FoundGroup]:
    """The groups but the document's title: a title set like the headings above items heads a "group" of every
    item, which groups nothing. The items lose it as their group too."""
    every = {item.number for item in items}
    dropped = {g.title for g in groups if title and g.title == title.rstrip(" :") and set(g.covers) == every}
    for item in items:
        if item.group in dropped:
            item.group = None
    return [g for g in groups if g.title not in dropped]


def groups_of_kept(groups: list[FoundGroup], items: list[FoundItem]) -> list[FoundGroup]:
    """The groups over the items kept, each covering only those (a group of a dropped list goes with it)."""
    kept = {item.number for item in items}
    narrowed = [replace(g, covers=[n for n in g.covers if n in kept]) for g in groups]
    return [g for g in narrowed if g.covers]


@dataclass(slots=True)
class Area:
    """A heading over table rows ("04 Hav och marina resurser", "Ekonomin sätter gränsen …"): a group."""

    title: str
    index: int
    covers: list[Number] = field(default_factory=list)


def split_off_areas(items: list[Item], rows: list[TableRow]) -> list[Item]:
    """Numbered headings ("04 Hav och marina resurser") whose stretch holds item table rows head those rows:
    they are headings of areas, not items."""
    kept: list[Item] = []
    for k, item in enumerate(items):
        end = items[k + 1].index if k + 1 < len(items) else 10**9
        under = (row for row in rows if row.heading is None)  # a card's table is its heading's fields
        if not (item.heading_only and any(item.index < row.block < end for row in under)):
            kept.append(item)
    return kept


def row_areas(blocks: list[Block], rows: list[TableRow], skipped: set[int]) -> list[Area | None]:
    """Each table row's area: the nearest heading above it (prose between is passed over), not one of the
    `skipped` blocks (the tables' rows, the rows of fields above the title)."""
    areas: dict[int, Area] = {}
    found: list[Area | None] = []
    for row in rows:
        index = next(
            (k for k in range(row.block - 1, -1, -1) if k not in skipped and _is_group_heading(blocks[k])), None
        )
        if index is not None and index not in areas:
            areas[index] = Area(title=blocks[index].text.rstrip(" :"), index=index)
        found.append(areas.get(index) if index is not None else None)
    return found


def merge_table_rows(
    items: list[FoundItem], rows: list[TableRow], areas: list[Area | None], sections: list[FoundSection],
    positioned: bool,
) -> tuple[list[FoundItem], list[FoundItem]]:
    """Add the item tables' rows: a row whose number is a text item's adds a status section to it; any other row
    is an item of its own (a bold row above activities is their goal). Returns all items in document order,
    and those that came from tables."""
    by_number = {item.number: item for item in items}
    by_heading = {item.block: item for item in items}
    from_tables: list[tuple[int, FoundItem]] = []
    goals: dict[str, FoundItem] = {}
    for row, area, (number, printed) in zip(rows, areas, row_numbers(rows, areas), strict=True):
        if row.heading in by_heading:
            target = by_heading[row.heading]
        elif number in by_number:
            target = by_number[number]
        else:
            parent = _goal_of(row, goals, from_tables, area, positioned)
            target = _row_item(row, number, parent.number if parent else None, area, positioned)
            target.printed = printed
            goals.setdefault(ascii_key(row.text), target)
            from_tables.append((row.block, target))
            by_number[number] = target
            if area:
                area.covers.append(number)
        _row_sections(row, target.number, sections)
    found = [item for _, item in from_tables]
    link_to_numbered_parents(found, by_number)
    return in_document_order(items + found), found


def row_numbers(rows: list[TableRow], areas: list[Area | None]) -> list[tuple[Number, str | None]]:
    """Each row's number, and the number as printed where it had to be qualified: where every area's table
    numbers its rows from 1 again (one table per nämnd), a number met again with another title in another area
    is a new item, "<area slug>/<number>" as for items of the text (`qualify_restarted_numbers`)."""
    numbers = [_row_number(row) for row in rows]
    numbered = [
        (number, ascii_key(row.text), id(area)) for row, area, number in zip(rows, areas, numbers, strict=True)
        if row.number is not None and row.heading is None
    ]
    titles: dict[Number, set[str]] = {}
    for number, title, _ in numbered:
        titles.setdefault(number, set()).add(title)
    restarted = any(len(t) > 1 for t in titles.values())
    once_per_area = len({(number, area) for number, _, area in numbered}) == len(numbered)
    if not (restarted and once_per_area):
        return [(number, None) for number in numbers]
    return [
        (f"{slug(area.title)}/{number}", str(number)) if area and row.number is not None and row.heading is None
        else (number, None)
        for row, area, number in zip(rows, areas, numbers, strict=True)
    ]


def link_to_numbered_parents(rows: list[FoundItem], by_number: dict[Number, FoundItem]) -> None:
    """A table row numbered below an item of the text ("Insats 1.1" under the heading "Mål 1: …") is its child,
    as in the numbering tree of the text."""
    for row in rows:
        parts = str(row.number).split(".")
        if row.parent is not None or len(parts) < 2 or not all(p.isdigit() for p in parts):
            continue
        prefixes = (".".join(parts[:m]) for m in range(len(parts) - 1, 0, -1))
        parent = next((by_number[n] for p in prefixes if (n := to_number(p)) in by_number), None)
        if parent is not None and parent is not row:
            row.parent = parent.number


def titled_items(
    blocks: list[Block], lines: list[Titled], sections: list[FoundSection], positioned: bool
) -> list[FoundItem]:
    """Items from titled lines, in the group of the heading above them, each with its status as a section."""
    found: list[FoundItem] = []
    taken = frozenset(k for t in lines for k in t.blocks)
    groups = heading_groups(blocks, [Item(t.index, 0, "", t.title) for t in lines], taken)
    numbers = [slug(t.title) for t in lines]
    if len(set(numbers)) < len(numbers):
        numbers = [f"{slug(g or 'lista')}/{n}" for g, n in zip(groups, numbers, strict=True)]
    for line, group, number in zip(lines, groups, numbers, strict=True):
        head = line.line
        found.append(FoundItem(
            number=number, parent=None, label="", text=line.title, group=group, references=[],
            status=FoundStatus(category=StatusCategory.UNKNOWN, evidence=None, section_id=None),
            provenance=FoundProvenance(page=head.page, bbox=head.bbox if positioned else None),
            kind="item", block=line.index, numbered=False,
        ))
        sections.append(_one_line_section("Status", line.status, number, head.page, f"s{len(sections) + 1}"))
    return found


def place_under_headings(titled: list[FoundItem], items: list[Item], blocks: list[Block], front: str) -> None:
    """A titled item printed in the stretch of a numbered heading ("Delmål 1.1: Giftfri förskola" over bulleted
    "• Inventering … – genomförd") is that heading's child, of a kind other than the heading's: the one the
    title and introduction (`front`) name most besides ("mål, delmål och aktiviteter" → activity). An
    unnumbered heading between them ("Övriga insatser utanför planen") ends the numbered heading's stretch."""
    starts = [item.index for item in items]
    titled_blocks = {found.block for found in titled}
    for found in titled:
        above = bisect.bisect_left(starts, found.block) - 1
        if above < 0:
            continue
        parent = items[above]
        between = range(parent.index + 1, found.block)
        if any(k not in titled_blocks and _heads_a_stretch(blocks[k]) for k in between):
            continue
        found.parent = parent.number
        if found.kind == parent.kind:
            found.kind = kind_under(parent.kind, front)


def _heads_a_stretch(block: Block) -> bool:
    """An unnumbered heading: a short line of its own, bold or not ending like a sentence (a field is none)."""
    text = block.text.strip()
    short = len(block.lines) == 1 and len(text.split()) <= HEADING_WORDS
    return short and (block.bold or not ends_sentence(text)) and not status_opening(block)


def in_document_order(items: list[FoundItem]) -> list[FoundItem]:
    return sorted(items, key=lambda item: item.block)


def _row_number(row: TableRow) -> Number:
    if row.number is not None:
        return to_number(row.number) if re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*", row.number) else row.number
    return slug(row.text)


def _goal_of(
    row: TableRow, goals: dict[str, FoundItem], found: list[tuple[int, FoundItem]], area: Area | None,
    positioned: bool,
) -> FoundItem | None:
    """The goal a row is printed under: a goal row found before (by its text), or a new goal item."""
    if not row.parent_text:
        return None
    key = ascii_key(row.parent_text)
    if key not in goals:
        goal_row = TableRow(lines=[row.parent_text], kind="goal", page=row.page, block=row.block, bbox=None)
        goal = _row_item(goal_row, slug(row.parent_text), None, area, positioned)
        goals[key] = goal
        found.append((row.block, goal))
        if area:
            area.covers.append(goal.number)
    return goals[key]


def _row_item(row: TableRow, number: Number, parent: Number | None, area: Area | None, positioned: bool) -> FoundItem:
    return FoundItem(
        number=number, parent=parent, label=row.label, text=row.text, group=row.group or (area.title if area else None),
        references=[], status=FoundStatus(category=StatusCategory.UNKNOWN, evidence=None, section_id=None),
        provenance=FoundProvenance(page=row.page, bbox=row.bbox if positioned else None), kind=row.kind,
        block=row.block,
        progress=row_progress(row), icon=(row.icon.colour, row.icon.shape) if row.icon else None,
        numbered=row.number is not None,
    )


def _row_sections(row: TableRow, number: Number, sections: list[FoundSection]) -> None:
    if row.status:
        sections.append(_one_line_section(TABLE_STATUS_HEADING, row.status, number, row.page, f"s{len(sections) + 1}"))
    if row.comment:
        text = "\n\n".join(row.comment)
        sections.append(
            FoundSection(
                id=f"s{len(sections) + 1}", heading="Kommentar", covers=[number], text=text, dates=_dates(text),
                provenance=SectionPages(page_start=row.page, page_end=row.page),
            )
        )


def read_printed_progress(items: list[FoundItem], sections: list[FoundSection]) -> None:
    """A degree of completion printed in an item's text or its sections ("Färdiggrad 75 %")."""
    covering = sections_covering(sections)
    in_sections: dict[Number, tuple[float, str] | None] = {}  # items of one number share its sections
    for item in items:
        if item.progress is not None:
            continue
        item.progress = _printed_percent(item.text)
        if item.progress is None:
            if item.number not in in_sections:
                found = (_printed_percent(s.text) for s in covering.get(item.number, ()))
                in_sections[item.number] = next((p for p in found if p is not None), None)
            item.progress = in_sections[item.number]


def _printed_percent(text: str) -> tuple[float, str] | None:
    match = printed_progress().search(text)
    return (capped_percent(match["percent"]), "text") if match else None


def row_progress(row: TableRow) -> tuple[float, str] | None:
    """A row's degree of completion: its drawn bar, else a printed percentage."""
    if row.bar is not None:
        return (round(row.bar, 1), "bar")
    # Under a progress header ("Färdiggrad", "%") a bare number is the percentage.
    bare = re.fullmatch(r"\s*(\d{1,3})(?:[.,]\d+)?\s*", row.progress or "")
    percent = float(bare[1]) if bare and int(bare[1]) <= 100 else percent_of(row.progress)
    return (percent, "text") if percent is not None else None


PERCENT = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*%")


def percent_of(text: str) -> float | None:
    """A printed percentage ("75 %", "40%") as a number, when it is one."""
    match = PERCENT.search(text or "")
    return capped_percent(match[1]) if match else None


# In a follow-up, a long numbered structure (a report's chapters "2.1.1 Bakgrund") is not a plan's items when
# almost none of its paragraphs states a status.
LONG_LIST = 12
FEW_STATUSES = 0.1


EXPLICIT = {StatusSource.TABLE, StatusSource.FIELD, StatusSource.ICON, StatusSource.HEADING, StatusSource.CAPS}


def drop_lists_without_status(
    found: list[FoundItem], bare: set[int], sections: list[FoundSection], follow_up: bool
) -> tuple[list[FoundItem], int]:
    """Outside a follow-up, a plain numbered list ("1. lag om ändring …") is items only when most of its
    paragraphs state a status; in a follow-up, unless it is long and almost none does. A status counts
    when a status section or an explicit mark (field, table cell, icon, heading tag, capitals) gives it:
    a chapter's prose says something of everything. Keyword items ("Uppdrag 3:") and table rows stay."""
    listed = [a for a in found if a.block in bare]
    covered = {n for s in sections for n in s.covers}
    known = sum(
        1 for a in listed
        if a.status.category is not StatusCategory.UNKNOWN and (a.number in covered or a.status.source in EXPLICIT)
    )
    needed = len(listed) * FEW_STATUSES if follow_up and len(listed) > LONG_LIST else len(listed) / 2
    if not listed or (follow_up and len(listed) <= LONG_LIST) or known >= needed:
        return found, 0
    return [a for a in found if a.block not in bare], len(listed)


def unnumbered_siblings(blocks: list[Block], items: list[Item]) -> set[int]:
    """Blocks that open like the items but carry no number (an unfilled template "Projekt – Projektbeskrivning"):
    they end the item before them and are not items themselves."""
    nouns = {item.label.split()[0].lower() for item in items if item.keyword}
    return {
        index for index, block in enumerate(blocks)
        if block.text.split()[:1] and block.text.split()[0].lower() in nouns and not parse_label(block.text)
        and index > (items[0].index if items else 0) and not status_opening(block)
    }


def name_unnamed_kinds(items: list[Item], blocks: list[Block], title: str | None, introduction: str) -> None:
    """Items whose label names no noun ("3)", "1.") take the kind the report uses for them: a heading just
    above the list ("Åtgärder"), else the noun the title and introduction use most ("sex uppdrag")."""
    unnamed = [item for item in items if not item.keyword]
    if not unnamed:
        return
    kind = kind_above(blocks, unnamed[0].index) or document_kind(title, introduction)
    by_depth = kinds_by_depth(introduction)
    deepest = max(by_depth, default=0)
    for item in unnamed:
        depth = len(item.path)
        item.kind = by_depth.get(depth, by_depth[deepest] if by_depth and depth > deepest else kind)


def kinds_by_depth(introduction: str) -> dict[int, str]:
    """The kinds an introduction names with an example number: "mål (1.1, 1.2 …) och åtgärder (1.1.1 …)" →
    {2: goal, 3: measure}; or one under the other: "under varje mål finns aktiviteter" → {1: goal, 2: activity}
    (deeper levels take the deepest kind named)."""
    found: dict[int, str] = {}
    for match in _NOUN_WITH_EXAMPLE.finditer(introduction):
        kinds = kinds_named(match["noun"])
        if kinds:
            found.setdefault(match["example"].count(".") + 1, kinds[0])
    if found:
        return found
    for match in _NESTED_NOUNS.finditer(introduction):
        outer = kinds_named(match["outer"])
        inner = [kind for kind in kinds_named(match["rest"]) if kind not in outer]
        if outer and inner:
            return {1: outer[0], 2: inner[0]}
    return found


# "under varje mål finns aktiviteter", "under respektive fokusområde redovisas åtgärderna".
_NESTED_NOUNS = re.compile(
    r"\bunder\s+(?:varje|vart|respektive)\s+(?P<outer>[^\W\d_]+)(?P<rest>[^.;]*)", re.IGNORECASE
)


_NOUN_WITH_EXAMPLE = re.compile(
    r"(?P<noun>[^\W\d_]+)\s*\(\s*(?:t\.\s*ex\.\s*|nr\.?\s*)?(?P<example>\d{1,3}(?:\.\d{1,3})*)"
)


def kind_above(blocks: list[Block], first: int) -> str | None:
    """The item kind a heading just above a list names ("Åtgärder", "Avslutade aktiviteter:")."""
    above = [blocks[k].text for k in range(max(0, first - 3), first) if _separates_lists(blocks[k])]
    kinds = [kind for text in reversed(above) for kind in kinds_named(text)[:1]]
    return kinds[0] if kinds else None


def document_kind(title: str | None, introduction: str) -> str:
    """The item noun the title and introduction use most ("Uppföljning av politiska uppdrag" → assignment)."""
    counted = Counter(kinds_named(f"{title or ''} {introduction}"))
    return counted.most_common(1)[0][0] if counted else "item"


def heading_groups(blocks: list[Block], items: list[Item], taken: frozenset[int] = frozenset()) -> list[str | None]:
    """Each item's heading group: a heading just before an item (or before it and one paragraph of
    introduction, as a goal area is printed) opens a group that lasts until the next such heading. The
    `taken` blocks belong to items (a status printed under its title) and head no group."""
    groups: list[str | None] = []
    current: str | None = None
    starts = {item.index for item in items} | taken
    for item in items:
        heading = _group_heading_before(blocks, item, starts)
        if heading is not None:
            current = blocks[heading].text.rstrip(" :")
        groups.append(current)
    return groups


def group_headings(blocks: list[Block], items: list[Item]) -> set[int]:
    """The group headings right before an item: they end the text of the item before them. (One that has a
    paragraph between it and the item is not taken: the two may be the end of the item before.)"""
    starts = {item.index for item in items}
    return {
        k for item in items
        if (k := _group_heading_before(blocks, item, starts)) is not None and k == item.index - 1
    }


def statement_headings(blocks: list[Block], items: list[Item]) -> set[int]:
    """Group headings with a statement about the whole group between them and its first item ("Område 3 –
    Samverkan", then "Åtgärderna inom området har inte påbörjats."): like a heading right before an item, they
    end the text and the status section of the item before."""
    starts = {item.index for item in items}
    return {
        k for item in items
        if (k := _group_heading_before(blocks, item, starts)) is not None and k == item.index - 2
        and group_statement().search(blocks[k + 1].text)
    }


def group_statement_sections(
    blocks: list[Block], items: list[Item], item_groups: list[str | None], sections: list[FoundSection]
) -> list[FoundSection]:
    """A status stated once for a group covers every item of it: a statement between the group heading and its
    first item ("Samtliga åtgärder inom området är genomförda.") is a section of its own, and a section after an
    item that opens with one ("Bedömning: Åtgärderna inom området har påbörjats …") is widened to the group."""
    members: dict[str, list[Number]] = {}
    for item, group in zip(items, item_groups, strict=True):
        if group:
            members.setdefault(group, []).append(item.number)
    group_of = {item.number: group for item, group in zip(items, item_groups, strict=True) if group}
    for section in sections:
        group = group_of.get(section.covers[0]) if len(section.covers) == 1 else None
        if group and group_statement().search(section.text.split("\n\n")[0]):
            section.covers = list(members[group])
    found: list[FoundSection] = []
    starts = {item.index for item in items}
    for item, group in zip(items, item_groups, strict=True):
        heading = _group_heading_before(blocks, item, starts)
        if group is None or heading is None:
            continue
        statement = [b for b in blocks[heading + 1 : item.index] if group_statement().search(b.text)]
        if statement:
            section_id = f"s{len(sections) + len(found) + 1}"
            found.append(_group_section(blocks[heading], statement, members[group], section_id))
    return found


def _group_section(heading: Block, statement: list[Block], covers: list[Number], section_id: str) -> FoundSection:
    text = "\n\n".join(b.text for b in statement)
    return FoundSection(
        id=section_id, heading=heading.text.rstrip(" :"), covers=list(covers), text=text, dates=_dates(text),
        provenance=SectionPages(page_start=heading.page, page_end=statement[-1].page_end),
    )


def _group_heading_before(blocks: list[Block], item: Item, starts: set[int]) -> int | None:
    """A group heading just before an item, or before it and one paragraph of introduction."""
    for index in (item.index - 1, item.index - 2):
        if index < 0 or index in starts:
            return None
        if _is_group_heading(blocks[index]):
            return index
    return None


def _is_group_heading(block: Block) -> bool:
    return (_separates_lists(block) and not status_opening(block) and not PROPOSAL.match(block.text)
            and not _ANSWERED_QUESTION.search(block.text))


# A question with its answer after it on the line ("Har åtgärden genomförts? Delvis"): a form's field, no heading.
_ANSWERED_QUESTION = re.compile(r"\?[ \t]+\S[^\n]*$", re.MULTILINE)


def name_unnumbered(items: list[Item]) -> None:
    """Items labelled without a number are known by a slug of their text ("infora-e-handel-for-alla")."""
    for item in items:
        if item.unnumbered:
            item.number = slug(item.rest)


def qualify_restarted_numbers(items: list[Item], groups: list[str | None]) -> None:
    """Where numbering starts again per area, an item's number alone is not unique: it becomes
    "<group slug>/<number>" ("omrade-b-kompetens/1"), stable from one year's report to the next."""
    numbers = [item.number for item in items]
    if len(set(numbers)) == len(numbers):
        return
    for item, group in zip(items, groups, strict=True):
        item.printed = str(item.number)
        item.number = f"{slug(group or 'lista')}/{item.number}"


def groups_of_headings(items: list[Item], item_groups: list[str | None]) -> list[FoundGroup]:
    """Groups from headings, in order of appearance, with the items under each."""
    groups: dict[str, list[Number]] = {}
    for item, title in zip(items, item_groups, strict=True):
        if title:
            groups.setdefault(title, []).append(item.number)
    return [FoundGroup(title=title, covers=covers, kind="heading") for title, covers in groups.items()]


def build_assignments(
    layout: Layout, items: list[Item], extents: list[list[int]], groups: list[FoundGroup]
) -> list[FoundItem]:
    """One item per numbered paragraph, with its own paragraphs."""
    blocks = layout.blocks
    parents = tree_parents(items)
    return [
        _assignment(item, [blocks[k] for k in own], blocks[item.index], groups, layout.positioned, parent)
        for item, own, parent in zip(items, extents, parents, strict=True)
    ]


def tree_parents(items: list[Item]) -> list[Number | None]:
    """Each item's parent in the numbering tree: the nearest earlier item whose path is a prefix of its own
    (4 for 4.1; a goal "Mål 1" for "Aktivitet 1.2"), looking back no further than a restart (the nearest
    earlier parentless path of ones, for a path starting at 1). Found by prefix lookup: linear in the items."""
    latest: dict[tuple[int, ...], tuple[int, Number]] = {}  # path → (position, number) of its latest item
    restart = -1
    parents: list[Number | None] = []
    for k, item in enumerate(items):
        floor = restart if item.path[:1] == (1,) else -1
        found = [latest[item.path[:m]] for m in range(len(item.path)) if item.path[:m] in latest]
        nearest = max((entry for entry in found if entry[0] >= floor), default=None)
        parents.append(nearest[1] if nearest else None)
        latest[item.path] = (k, item.number)
        # A path of ones with no parent starts the numbering again; 1.1.1 under 1.1 is only a first child.
        if item.path[:1] == (1,) and all(part == 1 for part in item.path) and nearest is None:
            restart = k
    return parents


# A lettered paragraph: "a) Belysning längs Skolvägen – genomförd", "(b) …".
LETTERED = re.compile(r"^\(?(?P<letter>[a-z])\)\s+(?P<rest>\S.*)$", re.DOTALL)
# The words after a spaced dash that closes a title: "Belysning längs Skolvägen – genomförd".
DASH_TAIL = re.compile(r"\s[–—-]\s+(?P<tail>[^–—\n]{2,80})$")
# A lettered list is children of the item above when it has this many paragraphs or more.
MIN_LETTERED = 2


def with_lettered_children(blocks: list[Block], items: list[Item], is_status: Callable[[str], bool]) -> list[Item]:
    """The items with the lettered paragraphs printed under each ("1) Mål: Säkrare gång- och cykelvägar" over
    "a) Belysning längs Skolvägen – genomförd", "b) …", the letters starting again under every item) as its
    children, numbered "1a", "1b" …, when most of them state a status of their own. Lettered paragraphs after a
    status heading are that section's proposals; a lettered list that states no status is its item's text."""
    found: list[Item] = []
    for k, item in enumerate(items):
        end = items[k + 1].index if k + 1 < len(items) else len(blocks)
        found += [item, *_lettered_children(blocks, item, end, is_status)]
    return found


def _lettered_children(blocks: list[Block], parent: Item, end: int, is_status: Callable[[str], bool]) -> list[Item]:
    run: list[tuple[int, re.Match[str]]] = []
    for index in range(parent.index + 1, end):
        match = LETTERED.match(blocks[index].text)
        if match and ord(match["letter"]) - ord("a") == len(run):
            run.append((index, match))
        elif match or (status_opening(blocks[index]) and not run):
            break  # a letter out of turn ends the list; one after a status heading is a proposal
    if len(run) < MIN_LETTERED:
        return []
    # A status printed under the last one may be the parent's: only those between two children count.
    between = [range(index + 1, following) for (index, _), (following, _) in itertools.pairwise(run)] + [range(0)]
    stated = sum(
        _states_own_status(match["rest"], [blocks[k] for k in below], is_status)
        for (_, match), below in zip(run, between, strict=True)
    )
    if 2 * stated < len(run):
        return []
    return [_lettered_item(parent, k + 1, index, blocks[index].text, match) for k, (index, match) in enumerate(run)]


def _lettered_item(parent: Item, place: int, index: int, text: str, match: re.Match[str]) -> Item:
    """The `place`-th lettered child of `parent` ("b) Ny övergång vid Ekbacken – pågår" → "1b")."""
    label = text[: match.start("rest")].strip()
    return Item(
        index, f"{parent.number}{match['letter']}", label, match["rest"], path=(*parent.path, place),
        style=label_style(label), kind=parent.kind, parent=parent,
    )


def _states_own_status(title: str, below: list[Block], is_status: Callable[[str], bool]) -> bool:
    """A status after a dash closing the title ("– genomförd", "– avvaktar bygglov"), or a status field or heading
    in the paragraphs under it."""
    tail = DASH_TAIL.search(" ".join(title.split()))
    return bool(tail and opens_with_status(tail["tail"], is_status)) or any(status_opening(b) for b in below)


def name_lettered_kinds(items: list[Item], front: str) -> None:
    """A lettered child of the same kind as its parent takes the other kind the title and introduction (`front`)
    name ("mål och aktiviteter": activities under goals)."""
    for item in items:
        if item.parent is not None and item.kind == item.parent.kind:
            item.kind = kind_under(item.parent.kind, front)


def kind_under(parent_kind: str, front: str) -> str:
    """The kind of items under one of `parent_kind`: the one `front` names most besides it, else "item"."""
    others = Counter(k for k in kinds_named(front) if k not in (parent_kind, "item"))
    return others.most_common(1)[0][0] if others else "item"


def find_item_candidates(blocks: list[Block]) -> list[Item]:
    """Every paragraph that opens with an item label in any scheme (see `labels.py`), a bullet before it
    or not ("• 1. Närvarosystem …"); and labels without a number ("Uppdrag: Införa e-handel") when they
    repeat, numbered one after the other in the order they come."""
    items = []
    unnumbered: dict[str, int] = {}
    for index, block in enumerate(blocks):
        text = BULLET.sub("", block.text, count=1)
        if status_opening(block):
            continue
        label = parse_label(text)
        plain = None if label else parse_unnumbered_label(text)
        if plain and not status_line().match(text):
            unnumbered[plain.style] = unnumbered.get(plain.style, 0) + 1
            items.append(
                Item(index, f"{plain.style}#{unnumbered[plain.style]}", plain.label, plain.rest,
                     path=(unnumbered[plain.style],), style=plain.style, kind=plain.kind, keyword=True,
                     unnumbered=True)
            )
            continue
        if label and _label_stands(label, block):
            number = to_number(label.number) if re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*", label.number) else label.number
            items.append(
                Item(index, number, label.label, label.rest, path=label.path, style=label.style, kind=label.kind,
                     keyword=label.noun is not None, heading_only=label.needs_heading)
            )
    # A label without a number is a list style only when it repeats ("Beslut: …" once is a sentence's lead).
    return [item for item in items if not item.unnumbered or unnumbered[item.style] >= 2]


def _label_stands(label: Label, block: Block) -> bool:
    """Schemes that are labels only in headings ("1 Samverkan", "Uppdrag 3" without a separator) need a
    heading: bold type, or a short line of its own."""
    if not label.needs_heading:
        return True
    return not label.rest or _is_numbered_heading(block)


def choose_items(candidates: list[Item], blocks: list[Block]) -> list[Item]:
    """The best run of items numbered in sequence (1, 2, 2.1, 2.2, 3 …, A1, A2, B1, restarts per area).

    A run may skip a few numbers, at a cost, because an OCR can lose a label ("8)") entirely; it may start
    again at 1 after a heading (numbering that restarts per area), at a cost.
    """
    score = [1.0] * len(candidates)
    back: list[int | None] = [None] * len(candidates)
    headings = [k for k, b in enumerate(blocks) if _separates_lists(b)]
    by_prefix: _Prefixes = {}
    restarts = _BestBeforeHeading(candidates, headings, score)
    for j, later in enumerate(candidates):
        possible = _possible_predecessors(later, by_prefix)
        if all(part == 1 for part in later.path):
            possible.add(restarts.best(later, j))
        for i in sorted(possible - {None}):
            cost = _step_cost(candidates[i], later, headings)
            if cost is None:
                continue
            gain = score[i] + 1 - cost + SAME_STYLE_BONUS * (candidates[i].style == later.style)
            if gain >= score[j]:  # among equals the nearest predecessor wins
                score[j], back[j] = gain, i
        entry = (score[j], j)
        for key in (*(later.path[:length] for length in range(1, len(later.path) + 1)), (*later.path, -1)):
            best = by_prefix.setdefault(key, {})  # (*path, -1) is the whole path, marked as such
            best[later.style] = max(best.get(later.style, entry), entry)
    if not candidates:
        return []
    end: int | None = max(range(len(candidates)), key=lambda k: (score[k], -k))
    chain = []
    while end is not None:
        chain.append(candidates[end])
        end = back[end]
    chain.reverse()
    chain = with_unordered_headings(with_reordered_items(chain, candidates), candidates, blocks)
    return chain if len(chain) >= 2 or (chain and chain[0].keyword) else []


def with_reordered_items(chain: list[Item], candidates: list[Item]) -> list[Item]:
    """A list grouped by something other than its numbers (by status: "Avslutade: 1, 4 · Pågående: 2, 3, 6 ·
    Ej påbörjade: 5") prints them out of order, and the best run in order keeps only part of it. The other
    candidates of the run's style, with one-part numbers and within its span, join it when all the numbers
    together are 1 … N, each once."""
    if not chain or any(len(item.path) != 1 or item.style != chain[0].style for item in chain):
        return chain
    chosen = {id(item) for item in chain}
    first, last = chain[0].index, chain[-1].index
    others = [
        c for c in candidates
        if id(c) not in chosen and c.style == chain[0].style and len(c.path) == 1 and first < c.index < last
    ]
    numbers = sorted(item.path[0] for item in (*chain, *others))
    if not others or numbers != list(range(1, len(numbers) + 1)):
        return chain
    return sorted((*chain, *others), key=lambda item: item.index)


# Headings numbered out of any order are a list only when there are a few of them.
MIN_UNORDERED = 3


def with_unordered_headings(chain: list[Item], candidates: list[Item], blocks: list[Block]) -> list[Item]:
    """Items known by a number that says nothing of their order (fullmäktige's paragraphs "§ 45", "§ 112", "§ 19"
    in date order; "Uppdrag 45", "Uppdrag 112"): no run in sequence holds more than one or two of them. When every
    candidate of the chain's style is a heading with a number of one part, all different, and there are more of
    them than the chain holds, they are the list, in the order printed."""
    if not chain or len({item.style for item in chain}) != 1:
        return chain
    style = chain[0].style
    same = [c for c in candidates if c.style == style]
    numbers = [c.path for c in same]
    if (
        len(same) < max(MIN_UNORDERED, len(chain) + 1) or len(set(numbers)) < len(numbers)
        or any(len(path) != 1 for path in numbers) or not all(_is_numbered_heading(blocks[c.index]) for c in same)
    ):
        return chain
    return same


def _is_numbered_heading(block: Block) -> bool:
    """A numbered line set as a heading: bold, or a line of its own without a full stop."""
    return block.bold or (len(block.lines) == 1 and not ends_sentence(block.text))


_Prefixes = dict[tuple[int, ...], dict[str, tuple[float, int]]]
"""Path prefix → style → (score, index) of the best candidate so far with that prefix and style."""


def _possible_predecessors(later: Item, by_prefix: _Prefixes) -> set[int | None]:
    """The earlier candidates that `skipped_numbers` may let `later` follow: those sharing its path up to one
    part that is at most MAX_GAP + 1 smaller (with any deeper parts), and its ancestors. The cost of a step
    depends on that prefix and the style alone, so only the best candidate of each prefix and style can win.
    Looked up so, choosing is linear; trying every pair took minutes for 5 000 items."""
    path = later.path
    keys = []
    for k in range(len(path)):
        if any(part != 1 for part in path[k + 1:]):
            continue
        keys.extend((*path[:k], value) for value in range(path[k] - 1 - MAX_GAP, path[k]))
        # An ancestor, `later` its first child (a shorter path compares as if padded with zeros).
        for m in range(k, -1, -1):
            keys.append((*path[:m], -1))
            if m and path[m - 1] != 0:
                break
    return {index for key in keys for _, index in by_prefix.get(key, {}).values()}


class _BestBeforeHeading:
    """For a restart (a path of ones), the earlier candidate it follows best: the best-scored one of its style
    before the last heading before it (ties: the nearest). The candidates before that heading only grow from
    one restart to the next, so one pass keeps the best of each style (all restarts cost the same)."""

    def __init__(self, candidates: list[Item], headings: list[int], score: list[float]) -> None:
        self._candidates, self._headings, self._score = candidates, headings, score
        self._seen = 0
        self._best: dict[str, tuple[float, int]] = {}

    def best(self, later: Item, j: int) -> int | None:
        k = bisect.bisect_left(self._headings, later.index)
        limit = self._headings[k - 1] if k else -1
        while self._seen < j and self._candidates[self._seen].index < limit:
            entry = (self._score[self._seen], self._seen)
            style = self._candidates[self._seen].style
            self._best[style] = max(self._best.get(style, entry), entry)
            self._seen += 1
        found = self._best.get(later.style)
        return found[1] if found else None


def _step_cost(previous: Item, current: Item, headings: list[int]) -> float | None:
    """The cost of `current` following `previous` in one numbering; None when it cannot."""
    skipped = skipped_numbers(previous.path, current.path)
    if skipped is not None:
        return GAP_COST * skipped
    restarts = all(part == 1 for part in current.path) and current.style == previous.style
    return RESTART_COST if restarts and _heading_between(previous.index, current.index, headings) else None


def _heading_between(start: int, end: int, headings: list[int]) -> bool:
    """True when a block of `headings` (sorted) lies strictly between blocks `start` and `end`."""
    k = bisect.bisect_right(headings, start)
    return k < len(headings) and headings[k] < end


def skipped_numbers(a: tuple[int, ...], b: tuple[int, ...]) -> int | None:
    """How many numbers lie between two paths that may follow each other in a numbering tree
    (next sibling, first child, back up to an ancestor's sibling); None when they cannot."""
    padded = a + (0,) * max(0, len(b) - len(a))
    k = next((i for i in range(len(b)) if b[i] != padded[i]), None)
    if k is None or any(part != 1 for part in b[k + 1 :]):
        return None
    gap = b[k] - padded[k] - 1
    if k >= len(a) and b[k] != 1:  # a first child must be 1
        return None
    return gap if 0 <= gap <= MAX_GAP else None


def recover_lost_labels(blocks: list[Block], items: list[Item]) -> tuple[list[Item], list[Number]]:
    """Fill a gap in the numbering (an OCR lost "8)") from a status heading for exactly that number:
    the paragraph just before the heading is the assignment's text."""
    result: list[Item] = []
    recovered: list[Number] = []
    for k, item in enumerate(items):
        result.append(item)
        if k + 1 == len(items) or isinstance(item.number, str) or isinstance(items[k + 1].number, str):
            continue
        for index in range(item.index + 2, items[k + 1].index):
            opening = status_opening(blocks[index])
            covers = opening.covers if opening and not opening.value else []
            lost = covers[0] if len(covers) == 1 and isinstance(covers[0], int) else None
            if lost is None or lost in recovered:
                continue
            if item.number < lost < items[k + 1].number and _is_plain(blocks[index - 1]):
                result.append(Item(index - 1, covers[0], "", blocks[index - 1].text))
                recovered.append(covers[0])
    return result, recovered


def _is_plain(block: Block) -> bool:
    """A body paragraph: no heading, no status line, no list marker of its own."""
    text = block.text
    return not (status_opening(block) or _is_heading(block) or PROPOSAL.match(text) or LIST_MARKER.match(text))


def title_and_introduction(front: list[Block], header: int, body_size: float) -> tuple[str | None, list[Block]]:
    """The title is the first paragraph when it stands out from the body text (large or bold type, or short and
    unpunctuated), after the `header` rows of fields a planning system prints above it (furniture)."""
    if not front:
        return None, []
    first = front[header]
    title = first.text if _stands_out(first, body_size) else None
    rest = front[header + 1 :] if title else front[header:]
    return title, [b for b in rest if not _is_heading(b)]


def body_size(blocks: list[Block]) -> float:
    """The type size of most of the document's text (by characters: a header and a title are few)."""
    sizes: Counter[float] = Counter()
    for block in blocks:
        sizes[round(block.size, 1)] += len(block.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


# A row of fields ("Hypergene     Utskrift: …     Period: …     Enhet: …") is cut by at least this many wide gaps.
HEADER_ROW_GAPS = 2


def header_rows(front: list[Block], body_size: float) -> int:
    """How many one-line rows open the page above a title: rows of fields cut by wide gaps, or small print above
    a title set in large or bold type. A running header is furniture where it recurs, but on a one-page report
    it cannot recur, and it is not the document's title."""
    count = 0
    while count + 1 < len(front) and _is_header_row(front[count], front[count + 1], body_size):
        count += 1
    return count


def _is_header_row(block: Block, below: Block, body_size: float) -> bool:
    if len(block.lines) != 1 or block.first.cell is not None:
        return False
    if block.first.gaps >= HEADER_ROW_GAPS:
        return _stands_out(below, body_size)
    return block.size < body_size and (below.size > body_size + 1 or below.bold)


def _stands_out(block: Block, body_size: float) -> bool:
    """Set as a title: large or bold type, or short and unpunctuated."""
    return block.size > body_size + 1 or block.bold or (len(block.text) < 200 and block.text[-1:] not in ".;")


def _separates_lists(block: Block) -> bool:
    """A heading between two lists: set as a heading, or a short line of its own without a full stop."""
    words = block.text.split()
    return _is_heading(block) or (len(block.lines) == 1 and len(words) <= 10 and not ends_sentence(block.text))


def _is_heading(block: Block) -> bool:
    return block.bold or (len(block.text) < 90 and block.text.endswith(":"))


def plan_title_of(title: str | None, introduction: str) -> str | None:
    """The name of the plan: from the title ("Uppföljning av handlingsplan för …") or the introduction."""
    match = PLAN_TITLE.search(title or "") or PLAN_IN_TEXT.search(introduction)
    return _capitalise(match.group(1).rstrip(" .:")) if match else None


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def find_groups(texts: list[str]) -> list[FoundGroup]:
    """Thematic groups stated as "samordning av samverkansnivåer (uppdrag 1-2), stärkande … (uppdrag 3-13)"."""
    for text in texts:
        for sentence in sentences(text):
            found = _groups_in(sentence)
            ranges = [g for g in found if len(g.covers) > 1 and g.title]
            if len(ranges) >= 2 and _disjoint(ranges):
                return ranges
    return []


def _groups_in(sentence: str) -> list[FoundGroup]:
    found, title_start = [], 0
    for match in group_pattern().finditer(sentence):
        title = _group_title(group_title_before(sentence[title_start:match.start()]))
        found.append(FoundGroup(title=title, covers=parse_number_list(match["nums"])))
        title_start = match.end()
    return found


def _group_title(raw: str) -> str:
    title = raw.strip(" ,")
    return re.sub(r"^(?:och|samt|respektive)\s+", "", title, flags=re.IGNORECASE).strip()


def _disjoint(groups: list[FoundGroup]) -> bool:
    seen: set[Number] = set()
    for group in groups:
        if seen & set(group.covers):
            return False
        seen |= set(group.covers)
    return True


def status_fields_above_titles(
    blocks: list[Block], items: list[Item], is_status: Callable[[str], bool] = never
) -> dict[int, int]:
    """Item block → the block of its status field, where every item's field ("Status: Pågår") is printed
    right above its title, as some planning tools print them: the first item has one above it too, and no item
    has one after its title, on a line of its own or run into its text ("… in. Status: Ej påbörjad."), which
    would make the fields above the titles those of the items before them. Empty when not printed so."""
    above = {item.index: item.index - 1 for item in items if item.index > 0 and _field_alone(blocks[item.index - 1])}
    if len(items) < 2 or len(above) < len(items):
        return {}
    bounds = [*sorted(above.values())[1:], len(blocks)]
    stretches = (range(item.index + 1, end) for item, end in zip(items, bounds, strict=True))
    after = (blocks[k] for stretch in stretches for k in stretch)
    return {} if any(status_opening(b) or status_field_value(b.text, is_status) for b in after) else above


def _field_alone(block: Block) -> bool:
    """A status field of one line that holds its value ("Status: Genomförd")."""
    opening = status_opening(block)
    return bool(opening and opening.value) and len(block.lines) == 1


def build_sections(
    blocks: list[Block], items: list[Item], positioned: bool, stops: set[int] | None = None,
    is_status: Callable[[str], bool] = never, fields_above: dict[int, int] | None = None,
) -> tuple[list[FoundSection], list[list[int]]]:
    """Status sections after each item, and each item's own paragraphs (the indices of its blocks).

    A status heading or run-in field opens a section that runs to the next opening or item; a field that is
    a table row ("Status | Ny") is a section of its own, and the rows after it are the item's again. Where
    every item's field is printed above its title (`fields_above`, item block → field block), it is that
    item's."""
    sections: list[FoundSection] = []
    extents: list[list[int]] = []
    ends = sorted({item.index for item in items} | (stops or set()))
    list_end = _list_end(blocks, items, positioned)
    rows: list[bool] = []  # per item: its title and status complete on its own line, no status section under it
    for item in items:
        block = blocks[item.index]
        if item.index in (fields_above or {}):
            field = fields_above[item.index]
            sections.append(_section(blocks[field : field + 1], item.number, f"s{len(sections) + 1}"))
        trailing = (
            # leaders before the flush-right tail: a PDF line keeps its leaders in its text, and cut at its tail
            # alone its title would keep them
            _split_trailing_status(item, is_status) or _split_leader_status(item, is_status)
            or _split_flush_right_status(item, block, is_status)
        )
        if trailing:
            page = blocks[item.index].page
            sections.append(_one_line_section("Status", trailing, item.number, page, f"s{len(sections) + 1}"))
        opened = len(sections)
        following = bisect.bisect_right(ends, item.index)
        stop = min(ends[following], list_end) if following < len(ends) else list_end
        own: list[int] = []
        cursor = item.index + 1
        while cursor < stop:
            if not status_opening(blocks[cursor]):
                own.append(cursor)
                cursor += 1
                continue
            end = cursor + 1
            if not _is_row_field(blocks[cursor]):
                while end < stop and not status_opening(blocks[end]):
                    end += 1
            sections.append(_section(blocks[cursor:end], item.number, f"s{len(sections) + 1}"))
            cursor = end
        extents.append(own)
        rows.append(bool(trailing) and len(sections) == opened)
    return sections, without_closing_text(extents, rows)


def without_closing_text(extents: list[list[int]], rows: list[bool]) -> list[list[int]]:
    """In a list of complete rows (every item's title and status on its own line, "Uppdrag 6 Lokal plan ……
    Vilande", no status section and nothing under any but the last), the paragraphs after the last row close
    the report ("Frågor om sammanställningen besvaras av …"): they are not the last item's text."""
    if len(rows) < 2 or not all(rows) or any(extents[:-1]):
        return extents
    return [*extents[:-1], []]


def _is_row_field(block: Block) -> bool:
    """A field printed as a table row or as a two-column line ("Status Ny"): it says no more than its value."""
    opening = status_opening(block)
    return block.first.cell is not None or bool(opening and opening.value and two_column_field().match(block.text))


def _split_trailing_status(item: Item, is_status: Callable[[str], bool]) -> str | None:
    """A status set in capitals after the item's text ("Revidera planen PÅGÅENDE"): cut it off and return it.

    Only words that are wholly a status cue are taken ("SKR PÅGÅENDE" keeps "SKR"), and only after text
    in ordinary case (an item written all in capitals keeps its words)."""
    match = TRAILING_CAPITALS.search(item.rest)
    if not match or not any(ch.islower() for ch in item.rest[: match.start()]):
        return None
    words = match.group().split()
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[-size:])
        if is_status(phrase):
            item.rest = item.rest[: len(item.rest.rstrip()) - len(phrase)].rstrip()
            return phrase
    return None


def _split_flush_right_status(item: Item, block: Block, is_status: Callable[[str], bool]) -> str | None:
    """A status set flush right on the item's one line (`status_after_gap`): cut it off and return it."""
    tail = status_after_gap(item.rest, block.first, is_status) if len(block.lines) == 1 else None
    if tail is None:
        return None
    item.rest = item.rest[: -len(tail)].rstrip()
    return tail


# A title, dot leaders and a value: "Ny översiktsplan ........................ Pågår".
LEADERS = re.compile(rf"^(?P<title>.*?)\s*{LEADER_DOTS}\s*(?P<value>[^.\n]+?)\s*$")


def _split_leader_status(item: Item, is_status: Callable[[str], bool]) -> str | None:
    """A status after dot leaders on the item's line: cut it and the leaders off and return it."""
    match = LEADERS.match(item.rest)
    if not match or not is_status(match["value"]):
        return None
    item.rest = match["title"]
    return match["value"]


def _one_line_section(heading: str, text: str, number: Number, page: int, section_id: str) -> FoundSection:
    """A status given in one place (a word after the item, a table cell) for one assignment."""
    return FoundSection(
        id=section_id, heading=heading, covers=[number], text=text, proposals=[], dates=_dates(text),
        provenance=SectionPages(page_start=page, page_end=page),
    )


def _list_end(blocks: list[Block], items: list[Item], positioned: bool) -> int:
    """The list ends at a heading set larger than the assignment text, other than a status heading (only
    knowable with fonts)."""
    if not items or not positioned:
        return len(blocks)
    body_size = blocks[items[-1].index].size
    for index in range(items[-1].index + 1, len(blocks)):
        block = blocks[index]
        # A larger status heading ("Uppföljning av uppdrag 1:") still belongs to the items above it.
        if block.bold and block.size > body_size + 0.5 and not status_opening(block):
            return index
    return len(blocks)


@dataclass(frozen=True, slots=True)
class Opening:
    """Where a status section starts: a heading (`value` empty) or a run-in field ("Status: Pågår.")."""

    heading: str
    covers: list[Number]
    value: str


# A status heading is short: a label and a few words of qualification.
HEADING_WORDS = 14


def status_opening(block: Block) -> Opening | None:
    """A status heading ("Status och planerad inriktning för uppdrag 3, 4 och 5:", "Uppföljning av uppdrag 3:",
    "Åtgärdens status:") or a field ("Status: Pågår.", "Status 2024-12-31: Klar", "Status Ny"), else None."""
    text = block.text
    if parse_label(text):  # "IV. Uppföljning av överenskommelsen" is an item that names a status word
        return None
    line = status_line().match(text)
    if line and (line["rest"] or len(text.split()) <= HEADING_WORDS):
        covers = _named(line["qual"])
        if line["rest"]:
            return Opening(heading=line["head"].strip(), covers=covers, value=line["rest"].strip())
        return Opening(heading=text.rstrip(), covers=covers, value="")
    two_column = two_column_field().match(text)
    if two_column and two_column["rest"][:1].isupper() and len(block.lines) == 1:
        return Opening(heading=two_column["head"], covers=[], value=two_column["rest"].strip())
    label = status_heading_anywhere().search(text)
    if label and _short_heading(block) and not LIST_MARKER.match(text) and _heading_label(label, block):
        return Opening(heading=text.rstrip(), covers=_named(text), value="")
    return None


def _heading_label(label: re.Match[str], block: Block) -> bool:
    """Away from the start ("Åtgärdens status:", "Kommentar till uppdrag 3:") only a real heading counts."""
    return label.start() == 0 or block.text.rstrip().endswith(":") or block.bold


def _named(text: str) -> list[Number]:
    return [n for m in named_items().finditer(text) for n in parse_number_list(m["nums"])]


def _short_heading(block: Block) -> bool:
    """A few words set as a heading: ending in a colon, or bold, or a line of its own without a full stop."""
    text = block.text.strip()
    if len(text.split()) > HEADING_WORDS:
        return False
    return text.endswith(":") or block.bold or (len(block.lines) == 1 and not ends_sentence(text))


def _section(blocks: list[Block], current: Number, section_id: str) -> FoundSection:
    opening = status_opening(blocks[0])
    assert opening is not None  # a section starts where an opening is
    covers = opening.covers or [current]
    head = opening.heading
    paragraphs = [b.text for b in blocks[1:]]
    if opening.value:
        paragraphs = [opening.value, *paragraphs]
    text = "\n\n".join(paragraphs)
    proposals = [
        Proposal(label=m["label"], text=m["rest"].strip()) for p in paragraphs if (m := PROPOSAL.match(p))
    ]
    return FoundSection(
        id=section_id, heading=head.rstrip(), covers=covers, text=text, proposals=proposals, dates=_dates(text),
        provenance=SectionPages(page_start=blocks[0].page, page_end=blocks[-1].page_end),
    )


def _dates(text: str) -> list[DateMention]:
    return [DateMention(**asdict(found)) for found in find_dates(text)]


def _assignment(
    item: Item, extra: list[Block], head: Block | None, groups: list[FoundGroup], positioned: bool,
    parent: Number | None = None,
) -> FoundItem:
    text = "\n\n".join([item.rest, *(b.text for b in extra)]).strip()
    top = item.path[0] if item.path else None
    group = next((g.title for g in groups if top in g.covers or item.number in g.covers), None)
    bbox = head.first.bbox if head is not None and positioned else None
    return FoundItem(
        number=item.number, parent=parent, label=item.label, text=text, group=group, references=[], kind=item.kind,
        path=item.path, block=item.index, printed=item.printed, numbered=not item.unnumbered,
        status=FoundStatus(category=StatusCategory.UNKNOWN, evidence=None, section_id=None),
        provenance=FoundProvenance(page=head.page if head else None, bbox=bbox),
    )


def sections_covering(sections: list[FoundSection]) -> dict[Number, list[FoundSection]]:
    """Number → the sections covering it, in document order (looked up, not searched, per assignment)."""
    covering: dict[Number, list[FoundSection]] = {}
    for section in sections:
        for number in dict.fromkeys(section.covers):
            covering.setdefault(number, []).append(section)
    return covering


def fill_references(assignments: list[FoundItem], sections: list[FoundSection]) -> None:
    """Other assignments named in an assignment's text or its status sections."""
    known = {a.number for a in assignments}
    covering = sections_covering(sections)
    for assignment in assignments:
        own = covering.get(assignment.number, [])
        exclude = {assignment.number, *(n for s in own for n in s.covers)}
        texts = [assignment.text, *(s.text for s in own)]
        numbers = {n for text in texts for n in mentioned_numbers(text) if n in known and n not in exclude}
        assignment.references = sorted(numbers, key=number_key)


def check_numbering(
    assignments: list[FoundItem], sections: list[FoundSection], introduction: str, numbered: list[FoundItem]
) -> list[str]:
    """Warnings a reader should see: gaps in the numbered paragraphs, items without status, sections of no
    item, a count the introduction contradicts."""
    warnings = []
    tops = [a for a in numbered if a.parent is None]
    # Numbers printed out of order but none missing (a list grouped by status) have no gap to warn of, nor
    # have numbers that follow no order (fullmäktige's paragraphs "§ 45", "§ 112", "§ 19" in date order).
    numbers = [a.path[0] for a in tops if a.path]
    complete = sorted(numbers) == list(range(1, len(tops) + 1))
    for previous, current in itertools.pairwise([] if complete or numbers != sorted(numbers) else tops):
        if previous.path and current.path and current.path[0] > previous.path[0] + 1:
            warnings.append(f"item numbering jumps from {previous.number} to {current.number}")
    covered = {n for s in sections for n in s.covers}
    known = {a.number for a in assignments}
    parents = {a.parent for a in assignments}
    if sections:  # a parent whose nested items have the statuses ("1. Samverkan" over 1.1, 1.2) needs none
        warnings += [
            f"item {a.number} has no status section"
            for a in assignments if a.number not in covered and a.number not in parents
        ]
    unknown = sorted(covered - known, key=number_key)
    warnings += [f"a status section covers {n}, which is not an item" for n in unknown]
    stated = Counter(int(m.group(1)) for m in stated_count().finditer(introduction))
    if numbered and stated:
        count, _ = stated.most_common(1)[0]
        if count != len(tops) and count > 1:
            warnings.append(f"the introduction speaks of {count} items; {len(tops)} were found")
    return warnings
