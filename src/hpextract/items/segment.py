"""Segment stage: paragraphs → title, introduction, groups, assignments, status sections, proposals."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from hpextract.items.labels import Label, parse_label
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
    named_items,
    stated_count,
    status_heading_anywhere,
    status_line,
    two_column_field,
)
from hpextract.layout.paragraphs import Block, Layout
from hpextract.report.model import DateMention, Proposal, StatusCategory
from hpextract.status import cues as st
from hpextract.utils.dates import find_dates
from hpextract.utils.numbers import number_key, parse_number_list, to_number
from hpextract.utils.swedish import compile_loose, sentences
from hpextract.utils.text import LIST_MARKER, ascii_key, ends_sentence, slug

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


TableRow = tuple[Number, str, str, int]
"""A status table row: (number, item text, status text, page)."""


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


@dataclass(slots=True)
class Segmented:
    title: str | None
    plan_title: str | None
    introduction: str
    groups: list[FoundGroup]
    items: list[FoundItem]
    sections: list[FoundSection]
    warnings: list[str] = field(default_factory=list)


def segment(layout: Layout, tables: list[tuple[int, list[list[str | None]]]]) -> Segmented:
    blocks = layout.blocks
    items, recovered = recover_lost_labels(blocks, choose_items(find_item_candidates(blocks), blocks))
    item_groups = heading_groups(blocks, items)
    qualify_restarted_numbers(items, item_groups)
    table_rows = status_table_rows(tables)
    first_item = items[0].index if items else len(blocks)
    title, intro_blocks = title_and_introduction(blocks[:first_item])
    introduction = "\n\n".join(b.text for b in intro_blocks)
    groups = find_groups([b.text for b in blocks[:first_item]]) or groups_of_headings(items, item_groups)
    sections, item_extents = build_sections(blocks, items, layout.positioned)
    sections += table_sections(table_rows, start=len(sections))
    warnings = [
        f"assignment {n}: its number was not found; its text is the paragraph before its status heading"
        for n in recovered
    ]
    assignments = build_assignments(layout, items, item_extents, table_rows, groups)
    if not sections:
        warnings.append("no follow-up structure found: no status section or status table for numbered items")
        follow_up = bool(follow_up_words().search(f"{title or ''}\n{introduction[:2000]}"))
        if not follow_up and not any(item.keyword for item in items):
            assignments = []
    assign_statuses(assignments, sections)
    fill_references(assignments, sections)
    warnings += check_numbering(assignments, sections, introduction)
    return Segmented(
        title=title, plan_title=plan_title_of(title, introduction), introduction=introduction, groups=groups,
        items=assignments, sections=sections, warnings=warnings,
    )


def heading_groups(blocks: list[Block], items: list[Item]) -> list[str | None]:
    """Each item's heading group: a heading just before an item (or before it and one paragraph of
    introduction, as a goal area is printed) opens a group that lasts until the next such heading."""
    groups: list[str | None] = []
    current: str | None = None
    starts = {item.index for item in items}
    for item in items:
        for index in (item.index - 1, item.index - 2):
            if index >= 0 and index not in starts and _is_group_heading(blocks[index]):
                current = blocks[index].text.rstrip(" :")
                break
            if index in starts:
                break
        groups.append(current)
    return groups


def _is_group_heading(block: Block) -> bool:
    return _separates_lists(block) and not status_opening(block) and not PROPOSAL.match(block.text)


def qualify_restarted_numbers(items: list[Item], groups: list[str | None]) -> None:
    """Where numbering starts again per area, an item's number alone is not unique: it becomes
    "<group slug>/<number>" ("omrade-b-kompetens/1"), stable from one year's report to the next."""
    numbers = [item.number for item in items]
    if len(set(numbers)) == len(numbers):
        return
    for item, group in zip(items, groups, strict=True):
        item.number = f"{slug(group or 'lista')}/{item.number}"


def groups_of_headings(items: list[Item], item_groups: list[str | None]) -> list[FoundGroup]:
    """Groups from headings, in order of appearance, with the items under each."""
    groups: dict[str, list[Number]] = {}
    for item, title in zip(items, item_groups, strict=True):
        if title:
            groups.setdefault(title, []).append(item.number)
    return [FoundGroup(title=title, covers=covers, kind="heading") for title, covers in groups.items()]


def build_assignments(
    layout: Layout, items: list[Item], extents: list[tuple[int, int]], table_rows: list[TableRow],
    groups: list[FoundGroup],
) -> list[FoundItem]:
    """One assignment per item with its paragraphs; from the status table when the text has no items."""
    if not items:
        return [_assignment(Item(-1, n, str(n), text), [], None, groups, False) for n, text, _, _ in table_rows]
    blocks = layout.blocks
    parents = tree_parents(items)
    return [
        _assignment(item, blocks[start:end], blocks[item.index], groups, layout.positioned, parent)
        for item, (start, end), parent in zip(items, extents, parents, strict=True)
    ]


def tree_parents(items: list[Item]) -> list[Number | None]:
    """Each item's parent in the numbering tree: the nearest earlier item whose path is a prefix of its own
    (4 for 4.1; a goal "Mål 1" for "Aktivitet 1.2"), looking back no further than a restart (the nearest
    earlier path of ones, for a path starting at 1). Found by prefix lookup: linear in the items."""
    latest: dict[tuple[int, ...], tuple[int, Number]] = {}  # path → (position, number) of its latest item
    restart = -1
    parents: list[Number | None] = []
    for k, item in enumerate(items):
        floor = restart if item.path[:1] == (1,) else -1
        found = [latest[item.path[:m]] for m in range(len(item.path)) if item.path[:m] in latest]
        nearest = max((entry for entry in found if entry[0] >= floor), default=None)
        parents.append(nearest[1] if nearest else None)
        latest[item.path] = (k, item.number)
        if item.path[:1] == (1,) and all(part == 1 for part in item.path):
            restart = k
    return parents


def find_item_candidates(blocks: list[Block]) -> list[Item]:
    """Every paragraph that opens with an item label in any scheme (see `labels.py`)."""
    items = []
    for index, block in enumerate(blocks):
        text = block.text
        if status_opening(block):
            continue
        label = parse_label(text)
        if label and _label_stands(label, block):
            number = to_number(label.number) if re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*", label.number) else label.number
            items.append(
                Item(index, number, label.label, label.rest, path=label.path, style=label.style, kind=label.kind,
                     keyword=label.noun is not None)
            )
    return items


def _label_stands(label: Label, block: Block) -> bool:
    """Schemes that are labels only in headings ("1 Samverkan", "Uppdrag 3" without a separator) need a
    heading: bold type, or a short line of its own."""
    if not label.needs_heading:
        return True
    return block.bold or not label.rest or (len(block.lines) == 1 and not ends_sentence(label.rest))


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
    return chain if len(chain) >= 2 or (chain and chain[0].keyword) else []


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


def title_and_introduction(front: list[Block]) -> tuple[str | None, list[Block]]:
    """The title is the first paragraph when it stands out (large or bold type, or short and unpunctuated)."""
    if not front:
        return None, []
    first = front[0]
    body_size = Counter(round(b.size, 1) for b in front).most_common(1)[0][0]
    stands_out = first.size > body_size + 1 or first.bold or (len(first.text) < 200 and first.text[-1:] not in ".;")
    title = first.text if stands_out else None
    intro = [b for b in (front[1:] if title else front) if not _is_heading(b)]
    return title, intro


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
            found = [
                FoundGroup(title=_group_title(m["title"]), covers=parse_number_list(m["nums"]))
                for m in group_pattern().finditer(sentence)
            ]
            ranges = [g for g in found if len(g.covers) > 1 and g.title]
            if len(ranges) >= 2 and _disjoint(ranges):
                return ranges
    return []


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


def build_sections(
    blocks: list[Block], items: list[Item], positioned: bool
) -> tuple[list[FoundSection], list[tuple[int, int]]]:
    """Status sections after each item, and each item's own extent (its paragraphs before any section)."""
    sections: list[FoundSection] = []
    extents: list[tuple[int, int]] = []
    item_starts = {item.index for item in items}
    list_end = _list_end(blocks, items, positioned)
    for k, item in enumerate(items):
        trailing = _split_trailing_status(item)
        if trailing:
            page = blocks[item.index].page
            sections.append(_one_line_section("Status", trailing, item.number, page, f"s{len(sections) + 1}"))
        stop = items[k + 1].index if k + 1 < len(items) else list_end
        start = item.index + 1
        cursor = start
        while cursor < stop and not status_opening(blocks[cursor]):
            cursor += 1
        extents.append((start, cursor))
        while cursor < stop:
            end = cursor + 1
            while end < stop and not status_opening(blocks[end]) and end not in item_starts:
                end += 1
            sections.append(_section(blocks[cursor:end], item.number, f"s{len(sections) + 1}"))
            cursor = end
    return sections, extents


def _split_trailing_status(item: Item) -> str | None:
    """A status set in capitals after the item's text ("Revidera planen PÅGÅENDE"): cut it off and return it.

    Only words that are wholly a status cue are taken ("SKR PÅGÅENDE" keeps "SKR"), and only after text
    in ordinary case (an item written all in capitals keeps its words)."""
    match = TRAILING_CAPITALS.search(item.rest)
    if not match or not any(ch.islower() for ch in item.rest[: match.start()]):
        return None
    words = match.group().split()
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[-size:])
        cue = st.cue_of(phrase.lower())
        if cue and cue[1] == 0 and cue[2] == len(phrase):
            item.rest = item.rest[: len(item.rest.rstrip()) - len(phrase)].rstrip()
            return phrase
    return None


def _one_line_section(heading: str, text: str, number: Number, page: int, section_id: str) -> FoundSection:
    """A status given in one place (a word after the item, a table cell) for one assignment."""
    return FoundSection(
        id=section_id, heading=heading, covers=[number], text=text, proposals=[], dates=_dates(text),
        provenance=SectionPages(page_start=page, page_end=page),
    )


def _list_end(blocks: list[Block], items: list[Item], positioned: bool) -> int:
    """The list ends at a heading set larger than the assignment text (only knowable with fonts)."""
    if not items or not positioned:
        return len(blocks)
    body_size = blocks[items[-1].index].size
    for index in range(items[-1].index + 1, len(blocks)):
        block = blocks[index]
        if block.bold and block.size > body_size + 0.5:
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
    return [DateMention(text=t, value=v, body=b) for t, v, b in find_dates(text)]


def status_table_rows(tables: list[tuple[int, list[list[str | None]]]]) -> list[TableRow]:
    """(number, item text, status text, page) from ruled tables with a number column and a status column."""
    rows: list[TableRow] = []
    for page, table in tables:
        header = [ascii_key(cell or "") for cell in table[0]]
        status_col = next((i for i, h in enumerate(header) if h.startswith("status") or h == "lage"), None)
        if status_col is None:
            continue
        for row in table[1:]:
            cells = [(cell or "").replace("\n", " ").strip() for cell in row]
            number_col = next((i for i, c in enumerate(cells) if re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*\.?", c)), None)
            if number_col is None or number_col == status_col:
                continue
            text = " ".join(c for i, c in enumerate(cells) if i not in (number_col, status_col) and c)
            rows.append((to_number(cells[number_col]), text, cells[status_col], page))
    return rows


def table_sections(rows: list[TableRow], start: int) -> list[FoundSection]:
    return [
        _one_line_section("Status (tabell)", status_text, number, page, f"s{start + k + 1}")
        for k, (number, _, status_text, page) in enumerate(rows)
    ]


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
        path=item.path,
        status=FoundStatus(category=StatusCategory.UNKNOWN, evidence=None, section_id=None),
        provenance=FoundProvenance(page=head.page if head else None, bbox=bbox),
    )


def assign_statuses(assignments: list[FoundItem], sections: list[FoundSection]) -> None:
    """Each assignment's category from, in order: what a section says of it by number, in its own section
    first; its own section's other cues; a summary its own section makes of other assignments."""
    found = {s.id: st.findings(s.text) for s in sections}
    covering = sections_covering(sections)
    naming: dict[Number, list[tuple[FoundSection, st.Finding]]] = {}  # number → the findings naming it
    for s in sections:
        for f in found[s.id]:
            for subject in dict.fromkeys(f.subjects):
                naming.setdefault(subject, []).append((s, f))
    for assignment in assignments:
        number = assignment.number
        own = covering.get(number, [])
        tiers = [
            [(s, f) for s, f in naming.get(number, []) if number in s.covers],
            [(s, f) for s, f in naming.get(number, []) if number not in s.covers],
            [(s, f) for s in own for f in found[s.id] if not f.subjects and _only_about(f.sentence, s.covers)],
            [(s, v) for s in own if (v := st.summary_verdict(found[s.id], s.covers))],
        ]
        chosen = next((tier for tier in tiers if tier), [])
        if chosen:
            section, finding = min(chosen, key=lambda pair: st.RANK[pair[1].category])
            # The same verdict in the assignment's own section is the nearer evidence.
            section, finding = next(((s, f) for s, f in tiers[2] if f.category == finding.category), (section, finding))
            assignment.status = FoundStatus(category=finding.category, evidence=finding.sentence, section_id=section.id)
        elif own:
            assignment.status = FoundStatus(category=StatusCategory.UNKNOWN, evidence=None, section_id=own[0].id)


def sections_covering(sections: list[FoundSection]) -> dict[Number, list[FoundSection]]:
    """Number → the sections covering it, in document order (looked up, not searched, per assignment)."""
    covering: dict[Number, list[FoundSection]] = {}
    for section in sections:
        for number in dict.fromkeys(section.covers):
            covering.setdefault(number, []).append(section)
    return covering


def _only_about(sentence: str, covers: list[Number]) -> bool:
    """True when a sentence names no assignment other than those its section covers."""
    return set(st.mentioned_numbers(sentence)) <= set(covers)


def fill_references(assignments: list[FoundItem], sections: list[FoundSection]) -> None:
    """Other assignments named in an assignment's text or its status sections."""
    known = {a.number for a in assignments}
    covering = sections_covering(sections)
    for assignment in assignments:
        own = covering.get(assignment.number, [])
        exclude = {assignment.number, *(n for s in own for n in s.covers)}
        texts = [assignment.text, *(s.text for s in own)]
        numbers = {n for text in texts for n in st.mentioned_numbers(text) if n in known and n not in exclude}
        assignment.references = sorted(numbers, key=number_key)


def check_numbering(assignments: list[FoundItem], sections: list[FoundSection], introduction: str) -> list[str]:
    """Warnings a reader should see: gaps, assignments without status, a count the introduction contradicts."""
    warnings = []
    tops = [a for a in assignments if a.parent is None]
    for previous, current in itertools.pairwise(tops):
        if previous.path and current.path and current.path[0] > previous.path[0] + 1:
            warnings.append(f"item numbering jumps from {previous.number} to {current.number}")
    covered = {n for s in sections for n in s.covers}
    known = {a.number for a in assignments}
    parents = {a.parent for a in assignments}
    if sections:  # a parent whose nested items have the statuses ("1. Samverkan" over 1.1, 1.2) needs none
        warnings += [
            f"assignment {a.number} has no status section"
            for a in assignments if a.number not in covered and a.number not in parents
        ]
    unknown = sorted(covered - known, key=number_key)
    warnings += [f"a status section covers {n}, which is not an assignment" for n in unknown]
    stated = Counter(int(m.group(1)) for m in stated_count().finditer(introduction))
    if assignments and stated:
        count, _ = stated.most_common(1)[0]
        if count != len(tops) and count > 1:
            warnings.append(f"the introduction speaks of {count} assignments; {len(tops)} were found")
    return warnings
