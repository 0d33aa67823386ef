"""Compare two versions of a report: items aligned by id, else by text (renumbered or unnumbered); word-level
edits."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from hpextract.diff.model import (
    Change,
    ConflictDiff,
    DateDiff,
    DocumentDiff,
    ItemDiff,
    ProposalDiff,
    ProposalMatch,
    ProposalRef,
    ReferenceDiff,
    ReportDiff,
    SectionChange,
    SectionChangeKind,
    SectionRef,
    Side,
    SourceChange,
    StatusChange,
    Summary,
)
from hpextract.diff.worddiff import Token, same_words, similarity, text_ops, tokenize, word_ops
from hpextract.errors import HpextractError
from hpextract.report.model import Conflict, DateMention, Item, ItemId, Proposal, Report, StatusSection

# Items: a text this similar is the same item whatever its id; the same id is a small plus.
ITEM_MIN_SIMILARITY = 0.5
SAME_ID_BONUS = 0.1
# Proposals: text first; a label match only tips the balance, or pairs a rewording that kept some words.
PROPOSAL_MIN_SIMILARITY = 0.5
PROPOSAL_MIN_SIMILARITY_SAME_LABEL = 0.25
SAME_LABEL_BONUS = 0.01


def load_report(path: Path) -> Report:
    """A report from an extract JSON (validated), or extracted on the fly from a PDF or text dump."""
    if not path.is_file():
        raise HpextractError(f"{path}: no such file")
    if path.suffix.lower() == ".json":
        from hpextract.report.schema import load_report_json

        return load_report_json(path)
    from hpextract.pipeline import extract

    return extract(path)


@dataclass(slots=True)
class _Version:
    """One side of the comparison, tokenized once."""

    report: Report
    texts: list[list[Token]]
    sections: dict[ItemId, list[StatusSection]]

    def status_text(self, item_id: ItemId) -> str:
        """Text of the status sections covering an item, without the proposals (compared apart)."""
        return "\n\n".join(_paragraphs_without_proposals(s) for s in self.sections.get(item_id, []))

    def proposals(self, item_id: ItemId) -> list[Proposal]:
        return [p for s in self.sections.get(item_id, []) for p in s.proposals]

    def dates(self, item_id: ItemId) -> list[DateMention]:
        return [d for s in self.sections.get(item_id, []) for d in s.dates]


def _version(report: Report) -> _Version:
    sections: dict[ItemId, list[StatusSection]] = {}
    for section in report.status_sections:
        for item_id in section.covers:
            sections.setdefault(item_id, []).append(section)
    return _Version(report, [tokenize(a.text) for a in report.items], sections)


def _paragraphs_without_proposals(section: StatusSection) -> str:
    listed = {f"{p.label} {p.text}" for p in section.proposals}
    return "\n\n".join(p for p in section.text.split("\n\n") if p not in listed)


def diff_reports(old: Report, new: Report) -> ReportDiff:
    """The differences between two versions of a report."""
    a, b = _version(old), _version(new)
    pairs = match_items(a, b)
    renumber = {old.items[i].id: new.items[j].id for i, j in pairs.items()}
    order = _ordered_pairs(pairs, len(old.items), len(new.items))
    entries = [_entry(a, b, i, j, renumber) for i, j in order]
    return ReportDiff(
        old=Side(file=old.source.file, sha256=old.source.sha256),
        new=Side(file=new.source.file, sha256=new.source.sha256),
        summary=summarise(entries),
        document=DocumentDiff(
            title_ops=text_ops(old.title or "", new.title or ""),
            introduction_ops=text_ops(old.introduction, new.introduction),
        ),
        sections=section_changes(old.status_sections, new.status_sections, renumber),
        items=entries,
    )


def diff_json(diff: ReportDiff) -> str:
    """The canonical serialisation: fixed key order, no timestamps, a final newline (same inputs, same bytes)."""
    return json.dumps(diff.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def has_differences(diff: ReportDiff) -> bool:
    return (
        any(entry.change != "unchanged" for entry in diff.items)
        or bool(diff.sections)
        or bool(diff.document.title_ops or diff.document.introduction_ops)
    )


def greedy_match(scores: Iterable[tuple[float, int, int]]) -> dict[int, int]:
    """Pairs (old index → new index), best score first; ties go to document order."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, i, j in sorted(scores, key=lambda s: (-s[0], s[1], s[2])):
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    return pairs


def match_items(a: _Version, b: _Version) -> dict[int, int]:
    """Old index → new index. Similar texts pair up whatever their ids (a renumbering, or an unnumbered item
    whose slug changed); an item whose text was rewritten still pairs with the one of the same id."""
    scores = []
    for i, old in enumerate(a.report.items):
        for j, new in enumerate(b.report.items):
            same = old.id == new.id
            score = similarity(a.texts[i], b.texts[j], floor=0.0 if same else ITEM_MIN_SIMILARITY)
            if same or score >= ITEM_MIN_SIMILARITY:
                scores.append((score + SAME_ID_BONUS * same, i, j))
    return greedy_match(scores)


def _ordered_pairs(pairs: dict[int, int], n_old: int, n_new: int) -> list[tuple[int | None, int | None]]:
    """New document order; a removed item goes right after the one that preceded it in the old version."""
    old_of = {j: i for i, j in pairs.items()}
    keyed: list[tuple[tuple[int, int, int], int | None, int | None]]
    keyed = [((j, 0, 0), old_of.get(j), j) for j in range(n_new)]
    anchor = -1
    for i in range(n_old):
        if i in pairs:
            anchor = pairs[i]
        else:
            keyed.append(((anchor, 1, i), i, None))
    return [(i, j) for _, i, j in sorted(keyed, key=lambda k: k[0])]


def _entry(a: _Version, b: _Version, i: int | None, j: int | None, renumber: dict[ItemId, ItemId]) -> ItemDiff:
    if i is not None and j is not None:
        return _matched(a, b, i, j, renumber)
    old = a.report.items[i] if i is not None else None
    new = b.report.items[j] if j is not None else None
    return _one_sided(old, new)


def _one_sided(old: Item | None, new: Item | None) -> ItemDiff:
    """An item present in one version only."""
    present = new or old
    assert present is not None
    return ItemDiff(
        id=new.id if new else None, old_id=old.id if old else None,
        number=new.number if new else None, old_number=old.number if old else None, kind=present.kind,
        change="added" if new else "removed", text=present.text, status=None, source=None, conflicts=ConflictDiff(),
        text_ops=[], status_text_ops=[], proposals=ProposalDiff(), dates=DateDiff(), references=ReferenceDiff(),
    )


def _matched(a: _Version, b: _Version, i: int, j: int, renumber: dict[ItemId, ItemId]) -> ItemDiff:
    old, new = a.report.items[i], b.report.items[j]
    entry = ItemDiff(
        id=new.id, old_id=old.id, number=new.number, old_number=old.number, kind=new.kind, change="unchanged",
        text=None, status=_status_change(old, new), source=_source_change(old, new),
        conflicts=ConflictDiff(
            added=_conflicts_missing_from(new.status.conflicts, old.status.conflicts),
            removed=_conflicts_missing_from(old.status.conflicts, new.status.conflicts),
        ),
        text_ops=word_ops(a.texts[i], b.texts[j]),
        status_text_ops=text_ops(a.status_text(old.id), b.status_text(new.id)),
        proposals=proposal_diff(a.proposals(old.id), b.proposals(new.id)),
        dates=date_diff(a.dates(old.id), b.dates(new.id)),
        references=_reference_diff(old.references, new.references, renumber),
    )
    entry.change = _change_kind(entry)
    return entry


def _change_kind(entry: ItemDiff) -> Change:
    # The number, not the id: an unnumbered item's id is a slug of its text, and a new slug is a rewording.
    if entry.number != entry.old_number:
        return "renumbered"
    changed = (
        entry.status or entry.source or entry.conflicts.added or entry.conflicts.removed or entry.text_ops
        or entry.status_text_ops or entry.dates.added or entry.dates.removed
        or entry.references.added or entry.references.removed or any(dict(entry.proposals).values())
    )
    return "modified" if changed else "unchanged"


def _status_change(old: Item, new: Item) -> StatusChange | None:
    if old.status.category == new.status.category:
        return None
    return StatusChange(
        old=old.status.category, new=new.status.category,
        old_evidence=old.status.evidence, new_evidence=new.status.evidence,
    )


def _source_change(old: Item, new: Item) -> SourceChange | None:
    if old.status.source == new.status.source:
        return None
    return SourceChange(old=old.status.source, new=new.status.source)


def _conflicts_missing_from(conflicts: list[Conflict], other: list[Conflict]) -> list[Conflict]:
    """Conflicts absent from the other version, compared by category and source (evidence may be reworded)."""
    known = {(c.category, c.source) for c in other}
    return [c for c in conflicts if (c.category, c.source) not in known]


def proposal_diff(old: list[Proposal], new: list[Proposal]) -> ProposalDiff:
    """Proposals matched by text similarity first, label second: a dropped c) with d), e) relettered to c), d)
    is one removal and two relabellings, not three rewrites."""
    old_tokens = [tokenize(p.text) for p in old]
    new_tokens = [tokenize(p.text) for p in new]
    scores = []
    for i, p in enumerate(old):
        for j, q in enumerate(new):
            same = p.label == q.label
            score = similarity(old_tokens[i], new_tokens[j], floor=PROPOSAL_MIN_SIMILARITY_SAME_LABEL)
            if score >= PROPOSAL_MIN_SIMILARITY or (same and score >= PROPOSAL_MIN_SIMILARITY_SAME_LABEL):
                scores.append((score + SAME_LABEL_BONUS * same, i, j))
    pairs = greedy_match(scores)
    matches = [
        ProposalMatch(
            old_label=old[i].label, new_label=new[j].label, old_text=old[i].text, new_text=new[j].text,
            ops=[] if same_words(old_tokens[i], new_tokens[j]) else word_ops(old_tokens[i], new_tokens[j]),
        )
        for i, j in sorted(pairs.items(), key=lambda pair: pair[1])
    ]
    matched_new = set(pairs.values())
    return ProposalDiff(
        added=[ProposalRef(label=q.label, text=q.text) for j, q in enumerate(new) if j not in matched_new],
        removed=[ProposalRef(label=p.label, text=p.text) for i, p in enumerate(old) if i not in pairs],
        changed=[m for m in matches if m.ops],
        relabelled=[m for m in matches if m.old_label != m.new_label],
    )


def date_diff(old: list[DateMention], new: list[DateMention]) -> DateDiff:
    """Date mentions compared by value and body, counting repeats; each list in document order."""
    return DateDiff(added=_missing_from(new, old), removed=_missing_from(old, new))


def _missing_from(mentions: list[DateMention], other: list[DateMention]) -> list[DateMention]:
    available = Counter((d.value, d.body) for d in other)
    missing = []
    for mention in mentions:
        key = (mention.value, mention.body)
        if available[key]:
            available[key] -= 1
        else:
            missing.append(mention)
    return missing


def _reference_diff(old: list[ItemId], new: list[ItemId], renumber: dict[ItemId, ItemId]) -> ReferenceDiff:
    mapped = {renumber.get(n) for n in old}
    return ReferenceDiff(
        added=[n for n in new if n not in mapped], removed=[n for n in old if renumber.get(n) not in set(new)]
    )


def section_changes(
    old: list[StatusSection], new: list[StatusSection], renumber: dict[ItemId, ItemId]
) -> list[SectionChange]:
    """Sections linked by the items they cover (old ids mapped to new); a link other than one to
    one with the same coverage is a change. Sections covering nothing cannot be linked and are left out."""
    old = [s for s in old if s.covers]
    new = [s for s in new if s.covers]
    mapped = [{renumber.get(n) for n in s.covers} for s in old]
    links = [(i, j) for i in range(len(old)) for j, t in enumerate(new) if mapped[i] & set(t.covers)]
    changes = []
    for old_ids, new_ids in _components(len(old), len(new), links):
        olds, news = [old[i] for i in old_ids], [new[j] for j in new_ids]
        kind = _section_change_kind(olds, news, renumber)
        if kind:
            refs = [_section_ref(s) for s in olds], [_section_ref(s) for s in news]
            changes.append(SectionChange(change=kind, old=refs[0], new=refs[1]))
    return changes


def _components(n_old: int, n_new: int, links: list[tuple[int, int]]) -> list[tuple[list[int], list[int]]]:
    """Connected groups of a bipartite graph, each as (old indices, new indices), in document order."""
    parent = list(range(n_old + n_new))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, j in links:
        parent[root(n_old + j)] = root(i)
    groups: dict[int, tuple[list[int], list[int]]] = {}
    for k in range(n_old + n_new):
        olds, news = groups.setdefault(root(k), ([], []))
        (olds if k < n_old else news).append(k if k < n_old else k - n_old)
    return sorted(groups.values(), key=lambda g: (min(g[1], default=n_new), min(g[0], default=n_old)))


def _section_change_kind(
    old: list[StatusSection], new: list[StatusSection], renumber: dict[ItemId, ItemId]
) -> SectionChangeKind | None:
    if not old or not new:
        return "added" if new else "removed"
    if len(old) == 1 and len(new) == 1:
        same = [renumber.get(n) for n in old[0].covers] == new[0].covers
        return None if same else "covers_changed"
    if len(old) == 1:
        return "split"
    return "merged" if len(new) == 1 else "regrouped"


def _section_ref(section: StatusSection) -> SectionRef:
    return SectionRef(id=section.id, heading=section.heading, covers=section.covers)


def summarise(entries: list[ItemDiff]) -> Summary:
    count = Counter(e.change for e in entries)
    return Summary(
        added=count["added"], removed=count["removed"], renumbered=count["renumbered"], modified=count["modified"],
        status_changed=sum(e.status is not None for e in entries),
        source_changed=sum(e.source is not None for e in entries),
        text_changed=sum(bool(e.text_ops) for e in entries),
        status_text_changed=sum(bool(e.status_text_ops) for e in entries),
        unchanged=count["unchanged"],
    )
