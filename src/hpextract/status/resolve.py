"""The status resolver: every signal about an item, one decision by precedence of kind (vocab/precedence.toml),
the disagreeing printed statuses kept as conflicts, and a warning for each status text not understood."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache

from hpextract.items.model import FoundItem, FoundSection, FoundStatus, Number
from hpextract.items.segment import TABLE_STATUS_HEADING
from hpextract.report.model import Conflict, StatusSource
from hpextract.report.model import StatusCategory as C
from hpextract.status.assessment import assessments
from hpextract.status.legend import Legend, icon_verdict
from hpextract.status.lists import status_list_signals
from hpextract.status.questions import answered_questions, without_answered_questions
from hpextract.status.signals import Signal
from hpextract.status.vocabulary import (
    Finding,
    Verdict,
    category_rank,
    classify_value,
    is_status_value,
    mentioned_numbers,
    only_planned,
    percentage_value,
    percentage_verdict,
    sentence_verdicts,
)
from hpextract.status.words import tokenize
from hpextract.utils.dates import find_dates
from hpextract.utils.swedish import compile_loose, sentences
from hpextract.vocab import grammar, precedence
from hpextract.vocab.items import answer_statuses, labels_with_role

SUMMARY_JOINER = " … "
# A section's first sentence this short is a printed status value ("Pågår.", "Ej påbörjad.", "G").
MAX_VALUE_WORDS = 5
# A short first sentence not understood is warned about only when it is this short (else it is just prose).
MAX_UNKNOWN_VALUE_WORDS = 3
QUOTE_LIMIT = 80
# An item's own text longer than this (in words) is no status statement (see body_signals).
MAX_BODY_WORDS = 80
# Words shorter than this are no topic ("och", "för", "den").
MIN_TOPIC_WORD = 4
# Capitals this short are a code ("G", "ER"), a field; longer ones are a status set in capitals ("PÅGÅENDE").
MAX_CODE_LENGTH = 3
# A tag in parentheses or square brackets: "(Pågår)", "[PÅGÅR]".
_TAG = re.compile(r"\(([^()\[\]]{2,40})\)|\[([^()\[\]]{2,40})\]")
# The words after the last spaced dash of a title: "Rökfria skolgårdar – ej påbörjad".
_DASH_TAIL = re.compile(r"\s[–—-]\s+([^–—]{2,80})$")
# A section's first phrase, to its first full stop, colon or line end: "Pågår.", "G." in "G. Miljözonen gäller …".
_FIRST_PHRASE = re.compile(r"^\s*[^.;:!?\n]{1,80}?(?:[.;:!?](?=\s|$)|(?=\n)|$)")
# The words before a spaced dash: "Oplanerad" in "Oplanerad – ingår inte i årets budget".
_LEAD_BEFORE_DASH = re.compile(r"^(?P<value>[^–—]+?)\s+[–—-]\s+\S")


@dataclass(slots=True)
class Resolved:
    category: C
    source: StatusSource | None = None
    as_printed: str | None = None
    evidence: str | None = None
    section_id: str | None = None
    conflicts: list[Conflict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@cache
def _kind_rank() -> dict[StatusSource, int]:
    return {StatusSource(kind): rank for rank, kind in enumerate(precedence()["kinds"])}


def _rank_of(signal: Signal) -> float:
    """The kind's rank; a tentative reading (an unexplained icon or colour, "Ej klar") ranks just after the kind
    named by tentative_after: the report's own words say more than a guess at its colours or a bare "not done"."""
    if signal.tentative:
        return _kind_rank()[StatusSource(precedence()["tentative_after"])] + 0.5
    return _kind_rank()[signal.kind]


@cache
def _explicit() -> frozenset[StatusSource]:
    return frozenset(StatusSource(kind) for kind in precedence()["explicit"])


@cache
def _compatible() -> frozenset[frozenset[C]]:
    return frozenset(frozenset(C(c) for c in pair) for pair in precedence()["compatible"])


def _date_key(date: str | None) -> tuple[int, str]:
    """Later dates first, undated last (characters inverted so that the later ISO string sorts first)."""
    if date is None:
        return (1, "")
    return (0, "".join(chr(0x10FFFF - ord(ch)) for ch in date))


def precedence_key(signal: Signal) -> tuple[float, int, int, tuple[int, str], int, int]:
    """Kind, then a sentence naming the item, then tense, then the later date, then the category, then order."""
    category = signal.category or C.UNKNOWN
    return (
        _rank_of(signal), 0 if signal.named else 1, int(precedence()["tenses"].get(signal.tense, 0)),
        _date_key(signal.date), category_rank().get(category, len(category_rank())), signal.order,
    )


def _evidence_key(signal: Signal) -> tuple[int, tuple[float, int, int, tuple[int, str], int, int]]:
    """Which of the signals that agree gives the evidence: printed ones, then the item's own section."""
    nearness = {StatusSource.SUMMARY: 1, StatusSource.MENTION: 2}
    rank = 0 if signal.kind in _explicit() else 1 + nearness.get(signal.kind, 0)
    return (rank, precedence_key(signal))


def _disagree(a: C, b: C) -> bool:
    return a is not b and frozenset((a, b)) not in _compatible()


def resolve(signals: list[Signal]) -> Resolved:
    """One status from an item's signals (all for the same item); see docs/status.md for the order."""
    understood = [s for s in signals if s.category is not None]
    warnings = [
        f'status not understood for {s.item}: "{_quote(s.text)}"'
        for s in signals if s.category is None and s.kind in _explicit()
    ]
    if not understood:
        section = next((s.section_id for s in signals), None)
        return Resolved(C.UNKNOWN, section_id=section, warnings=warnings)
    winner = min(understood, key=precedence_key)
    agreeing = min((s for s in understood if s.category is winner.category), key=_evidence_key)
    conflicts = _conflicts(winner, understood)
    if conflicts:
        said = "; ".join(f'{c.source.value} says {c.category.value} ("{_quote(c.evidence or "")}")' for c in conflicts)
        warnings.append(
            f'status conflict for {winner.item}: {winner.kind.value} says {winner.category.value} '  # type: ignore[union-attr]
            f'("{_quote(winner.evidence or winner.text)}"); {said}'
        )
    return Resolved(
        category=winner.category,  # type: ignore[arg-type]
        source=agreeing.kind, as_printed=agreeing.text if agreeing.kind in _explicit() else None,
        evidence=agreeing.evidence or agreeing.text, section_id=agreeing.section_id, conflicts=conflicts,
        warnings=warnings,
    )


MEANINGFUL_SHAPES = frozenset({"tick", "cross", "exclamation", "play"})


def _conflicts(winner: Signal, signals: list[Signal]) -> list[Conflict]:
    """Signals that say otherwise where a printed status is involved; history (past tense, an older dated
    status) and plans do not. An icon whose shape means something (a tick, a cross) that the report's words
    contradict is a conflict even when its reading is the default convention's; a plain disc's colour without a
    legend, and other tentative readings ("Ej klar"), are guesses and are not."""
    found: dict[tuple[C, StatusSource], Conflict] = {}
    for signal in sorted(signals, key=precedence_key):
        category = signal.category
        guess = signal.tentative and not (signal.kind is StatusSource.ICON and signal.icon_shape in MEANINGFUL_SHAPES)
        if category is None or guess or not _disagree(category, winner.category):  # type: ignore[arg-type]
            continue
        if signal.tense in ("past", "future") or not (signal.kind in _explicit() or winner.kind in _explicit()):
            continue
        if signal.date and winner.date and signal.date < winner.date:  # an older status is history
            continue
        found.setdefault((category, signal.kind), Conflict(
            category=category, source=signal.kind, evidence=signal.evidence or signal.text,
        ))
    return list(found.values())


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1] + "…"


# --- signals from the sections ---------------------------------------------------------------------------------


def _key(number: Number) -> str:
    return str(number)


def is_summary(findings: list[Finding], covers: list[Number]) -> bool:
    """A section that reports on other items by number in at least two of its statements."""
    own = {_key(n) for n in covers}
    return sum(1 for f in findings if f.subjects and not {_key(n) for n in f.subjects} & own) >= 2


def summary_verdict(findings: list[Finding], covers: list[Number]) -> Finding | None:
    """For a summary section, its own items' status: the common category of the items it names when they
    share one, else in progress; None when the section is no summary."""
    if not is_summary(findings, covers):
        return None
    own = {_key(n) for n in covers}
    named = [f for f in findings if f.subjects and not {_key(n) for n in f.subjects} & own]
    categories = {f.category for f in named}
    category = categories.pop() if len(categories) == 1 else C.IN_PROGRESS
    # The evidence is the summary itself: every sentence that named another item.
    sentences_named = list(dict.fromkeys(f.sentence for f in named))
    return Finding(category, SUMMARY_JOINER.join(sentences_named), ())


def section_signals(
    section: FoundSection, findings: list[Finding], summary: bool, order: int, value: Signal | None = None,
    topics: dict[str, frozenset[str]] | None = None,
) -> list[Signal]:
    """Prose signals for the items a section covers, summary or mention signals for the items it names.
    summary: the section reports on other items (see is_summary); value: the section's printed value (read as
    a field), not read again as prose, nor, when it is understood, the rest of its sentence, which explains it
    ("Halvfärdig; upphandlingen är klar men avtalet är inte tecknat" is no conflict); topics: the content words of
    each item's title, so that in a joint section "Den digitala ronden har inte påbörjats" is about the item
    "Utreda digital rond" alone."""
    own = [_key(n) for n in section.covers]
    signals = []
    for offset, finding in enumerate(findings):
        if value is not None and _explains_value(finding, value):
            continue
        subjects = [_key(n) for n in finding.subjects]
        named = bool(subjects)
        if subjects:
            targets = [(item, StatusSource.PROSE if item in own else _other_kind(summary)) for item in subjects]
        elif not summary and {_key(n) for n in mentioned_numbers(finding.sentence)} <= set(own):
            # (In a summary, a sentence naming no item belongs to the report on the others: its own items take
            # the summary's verdict instead.)
            topic = _topic_item(finding.clause, own, topics or {})
            named = topic is not None
            targets = [(item, StatusSource.PROSE) for item in ([topic] if topic else own)]
        else:
            targets = []
        signals += [
            Signal(item=item, kind=kind, category=finding.category, text=finding.words or finding.sentence,
                   evidence=finding.sentence, section_id=section.id, page=section.provenance.page_start,
                   polarity=finding.polarity, tense=finding.tense, date=finding.date, named=named,
                   order=order + offset)
            for item, kind in targets
        ]
    return signals


def _explains_value(finding: Finding, value: Signal) -> bool:
    """A clause of the sentence a printed value opens: the value itself, or (when the value is understood) the
    words after it that explain it."""
    printed = value.evidence or value.text
    return finding.sentence.startswith(printed) and (value.category is not None or finding.clause in printed)


def content_words(text: str) -> frozenset[str]:
    """The lemmas of a text's content words (long enough, not in grammar.toml's topic_stopwords)."""
    stop = set(grammar()["topic_stopwords"])
    return frozenset(
        t.lemma for t in tokenize(text.lower())
        if len(t.text) >= MIN_TOPIC_WORD and t.text.isalpha() and t.lemma not in stop and t.text not in stop
    )


def _topic_item(clause: str, own: list[str], topics: dict[str, frozenset[str]]) -> str | None:
    """In a section covering several items, the one item whose title shares the most content words with the
    clause; None when none does or two tie."""
    if len(own) < 2:
        return None
    words = content_words(clause)
    overlaps = sorted(((len(words & topics.get(item, frozenset())), item) for item in own), reverse=True)
    best, runner_up = overlaps[0][0], overlaps[1][0]
    return overlaps[0][1] if best > runner_up else None


def _other_kind(summary: bool) -> StatusSource:
    return StatusSource.SUMMARY if summary else StatusSource.MENTION


def value_signals(section: FoundSection, kind: StatusSource | None, legend: Legend | None, order: int) -> list[Signal]:
    """A printed status at the head of a section ("Status: Pågår.", a table cell, "PÅGÅENDE" after the item):
    one signal per covered item, understood or not. kind None: a field, or capitals when set in capitals."""
    first = _status_before_dash(_first_phrase(section.text, legend), legend)
    words = len(first.split())
    if not first or words > MAX_VALUE_WORDS or first.endswith("?"):  # a question is asked, not a status printed
        return []
    # A percentage alone is a value under a label ("Genomförandegrad: 75 %", a status column), not in any text.
    labelled = bool(section.heading)  # a status cell's or field's value, not a phrase of the item's own text
    verdict = classify_value(first, legend, labelled) or (percentage_verdict(first) if labelled else None)
    if kind is None and (_is_comment(section.heading) or not _is_printed_value(first, verdict)):
        return []
    value = first.strip(" .:;")
    dates = [d.end for d in find_dates(section.heading)]  # "Status 2024-12-31: Klar"
    capitals = value.isupper() and len(value) > MAX_CODE_LENGTH
    chosen = kind or (StatusSource.CAPS if capitals else StatusSource.FIELD)
    return [
        Signal(item=_key(n), kind=chosen, category=verdict.category if verdict else None,
               text=verdict.as_printed if verdict else value, evidence=first, section_id=section.id,
               page=section.provenance.page_start, tense=verdict.tense if verdict else "present",
               date=max(dates) if dates else None, order=order, tentative=bool(verdict and verdict.tentative))
        for n in section.covers
    ]


def assessment_signals(section: FoundSection, legend: Legend | None, order: int) -> list[Signal]:
    """An assessment stated in a sentence of the section ("Måluppfyllelsen bedöms därför som grön") is a printed
    value, as "Bedömning: Grön" is: a field signal for the items the sentence names, else for those the section
    covers. A colour the report's legend does not explain stays a guess (tentative)."""
    own = [_key(n) for n in section.covers]
    signals = []
    for assessment in assessments(section.text, legend):
        named = [_key(n) for n in mentioned_numbers(assessment.sentence)]
        targets = [item for item in own if item in named] if named else own
        signals += [
            Signal(item=item, kind=StatusSource.FIELD, category=assessment.verdict.category, text=assessment.value,
                   evidence=assessment.sentence, section_id=section.id, page=section.provenance.page_start,
                   named=bool(named), order=order, tentative=assessment.verdict.tentative)
            for item in targets
        ]
    return signals


def _status_before_dash(phrase: str, legend: Legend | None) -> str:
    """The status word of a value explained after a dash ("Oplanerad – ingår inte i årets budget", "Delgenomförd –
    två av fyra …"): the words before the dash when they are wholly a status value, else the phrase."""
    lead = _LEAD_BEFORE_DASH.match(phrase)
    if lead and is_status_value(lead["value"], legend):
        return lead["value"]
    return phrase


def _first_phrase(text: str, legend: Legend | None) -> str:
    """A section's first phrase; an abbreviation the report's legend explains is whole though it has full stops
    ("Delv. genomf.", not "Delv.")."""
    abbreviation = legend.leading_abbreviation(text) if legend else None
    if abbreviation:
        return abbreviation
    head = _FIRST_PHRASE.match(text)
    return head.group().strip() if head else ""


def _is_comment(heading: str) -> bool:
    """A section under a comment label ("Kommentar:", "Analys:") is prose about the status, not a printed one."""
    head = heading.strip().lower()
    return any(head.startswith(label) for label in labels_with_role("comment"))


def _is_printed_value(sentence: str, verdict: Verdict | None) -> bool:
    """A short sentence that is only a status ("Arbetet pågår.", "Ej påbörjad"), or too short to be prose
    ("G", "Grön/gul") and naming no item: then it is a value even when not understood."""
    if verdict:
        return verdict.complete
    if _PERCENTAGE.search(sentence):  # "Uppfyllnadsgrad 60 %": a degree of completion, read as progress
        return False
    if sentence.endswith(":"):  # a field's label ("Beskriv läget:"): its value follows
        return False
    return len(sentence.split()) <= MAX_UNKNOWN_VALUE_WORDS and not mentioned_numbers(sentence)


_PERCENTAGE = re.compile(r"\d\s*%")


def heading_signals(item: FoundItem, legend: Legend | None, order: int) -> list[Signal]:
    """A status tag in the item's heading ("Inventera lokalerna (avslutat)", "Familjecentral – öppnade i augusti,
    genomförd") or its group ("Avslutade åtgärder")."""
    title = item.text.split("\n", 1)[0]
    tags = [m[1] or m[2] for m in _TAG.finditer(title)] + ([item.group] if item.group else [])
    signals = [_heading_signal(_key(item.number), tag, verdict, None, order)
               for tag in tags if (verdict := classify_value(tag, legend)) and verdict.complete]
    tail = _DASH_TAIL.search(title)
    if tail and _states_a_status(tail.group(1)):
        signals += [_heading_signal(_key(item.number), tail.group(1), None, f, order)
                    for f in sentence_verdicts(tail.group(1))[:1]]
    return signals


def section_heading_signals(section: FoundSection, legend: Legend | None, order: int) -> list[Signal]:
    """A status tag in a status heading: "Status för uppdrag 4 och 5 (klart):"."""
    return [
        replace(_heading_signal(_key(n), tag, verdict, None, order), section_id=section.id)
        for tag in (m[1] or m[2] for m in _TAG.finditer(section.heading))
        if (verdict := classify_value(tag, legend)) and verdict.complete
        for n in section.covers
    ]


def _heading_signal(item: str, text: str, verdict: Verdict | None, finding: Finding | None, order: int) -> Signal:
    category = verdict.category if verdict else finding.category  # type: ignore[union-attr]
    return Signal(item=item, kind=StatusSource.HEADING, category=category, text=text.strip(" ."), evidence=text,
                  tense=finding.tense if finding else "present", order=order)


def _states_a_status(text: str) -> bool:
    """The words after a dash in a title are a status ("– pågår i fyra orter", "– genomförd"), not more of the
    title in the infinitive ("– ta fram en plan")."""
    verdict = classify_value(text)
    if verdict is None:
        return False
    first = tokenize(text)[0]
    return verdict.complete or first.lower != first.lemma


def classified(signal: Signal, legend: Legend | None) -> Signal:
    """A signal given without a category (a table cell, an icon) read with the vocabulary or the legend."""
    if signal.category is not None:
        return signal
    if signal.kind is StatusSource.ICON:
        verdict = icon_verdict(signal.icon_colour, signal.icon_shape, legend)
    else:  # a status cell or field
        verdict = classify_value(signal.text, legend, labelled=True)
    return signal.with_category(verdict.category, verdict.as_printed, verdict.tentative) if verdict else signal


def assign_statuses(
    items: list[FoundItem], sections: list[FoundSection], extra_signals: list[Signal] | None = None,
    legend: Legend | None = None,
) -> list[str]:
    """Set each item's status from the sections' signals and the extra ones the items stage read (table cells,
    icons, fields): the first by precedence decides. Returns the warnings (conflicts, texts not understood)."""
    extra = [classified(s, legend) for s in extra_signals or []]
    given = {s.section_id for s in extra if s.section_id}
    found = {s.id: _findings(s.text, legend) for s in sections}
    topics = {_key(item.number): content_words(item.text.split("\n\n")[0]) for item in items}
    by_item: dict[str, list[Signal]] = defaultdict(list)
    summaries: dict[str, Finding] = {}
    for index, section in enumerate(sections):
        order = index * 1000
        values = [] if section.id in given else value_signals(section, None, legend, order)
        values += section_heading_signals(section, legend, order)
        summary = summary_verdict(found[section.id], section.covers)
        if summary:
            summaries[section.id] = summary
        value = next((v for v in values if v.kind is not StatusSource.HEADING), None)
        prose = section_signals(section, found[section.id], summary is not None, order + 1, value, topics)
        for signal in values + assessment_signals(section, legend, order + 1) + prose:
            by_item[signal.item].append(signal)
    for signal in extra:
        by_item[signal.item].append(signal)
    warnings: list[str] = []
    covering: dict[str, list[FoundSection]] = {}  # looked up per item; searching every section was quadratic
    for section in sections:
        for covered in dict.fromkeys(_key(n) for n in section.covers):
            covering.setdefault(covered, []).append(section)
    for position, item in enumerate(items):
        key = _key(item.number)
        own = covering.get(key, [])
        signals = by_item[key] + heading_signals(item, legend, -1 - position) + answer_signals(item, -1 - position)
        if not own:
            signals += body_signals(item, legend, (len(sections) + position) * 1000)
        if not any(s.category for s in signals):
            signals += _summary_signals(key, own, summaries)
        resolved = resolve(signals)
        if resolved.section_id is None and own:
            resolved.section_id = own[0].id
        if resolved.category is C.UNKNOWN and own and not resolved.warnings and own[0].text.strip():
            resolved.warnings.append(f'status not understood for {key}: "{_quote(own[0].text)}"')
        if item.progress is None:
            item.progress = _printed_progress(signals)
        item.status = FoundStatus(
            category=resolved.category, evidence=resolved.evidence, section_id=resolved.section_id,
            source=resolved.source, as_printed=resolved.as_printed, conflicts=resolved.conflicts,
            warnings=resolved.warnings,
        )
        warnings += resolved.warnings
    return warnings


def _printed_progress(signals: list[Signal]) -> tuple[float, str] | None:
    """A status printed as a percentage alone ("Genomförandegrad: 75 %") is the item's progress, whatever status
    the item's words give."""
    printed = (percentage_value(s.text) for s in signals if s.kind in _explicit())
    percent = next((p for p in printed if p is not None), None)
    return (percent, "text") if percent is not None else None


@cache
def _status_label() -> re.Pattern[str]:
    """A status or progress label opening a text ("Status: Pågår", "Läge – klar", "Färdiggrad 75 %"): the value
    follows it (a percentage needs no colon)."""
    labels = "|".join(labels_with_role("status", "progress"))
    return compile_loose(rf"^(?:{labels})(?:\s*[:–—-]\s*|\s+(?=\d{{1,3}}(?:[.,]\d+)?\s*(?:%|procent)))")


def _findings(text: str, legend: Legend | None) -> list[Finding]:
    """The statements of a text, without the lines of the report's legend ("– G – genomförd helt …")."""
    return [f for f in sentence_verdicts(text) if not (legend and legend.explains(f.sentence))]


def body_signals(item: FoundItem, legend: Legend | None, order: int) -> list[Signal]:
    """An item with no status section of its own may state its status after its title, in the same paragraph
    or the next ones ("1. Meröppet bibliotek. Meröppet infördes i mars. Insatsen är genomförd.",
    "1.2 Erbjuda videosamtal. Status: Pågår."): read that as its section. A long text is not read: it is the
    narrative of a document (a bill's chapter, an audit's finding), not a follow-up's status."""
    title, *paragraphs = without_answered_questions(item.text).split("\n\n")  # answer_signals reads them
    description = " ".join(sentences(title)[1:])
    body = "\n\n".join([description, *paragraphs]).strip()
    body = _ANSWERED_FIELD.sub(lambda m: "" if _answer_phrase(m) else m.group(), body).strip()  # answer_signals
    label = _status_label().match(body)
    body = body[label.end() :] if label else body
    if not body or len(body.split()) > MAX_BODY_WORDS:
        return []
    section = FoundSection(id="", heading=label.group().strip(" :–—-") if label else "", covers=[item.number],
                           text=body)
    values = value_signals(section, None, legend, order)
    value = values[0] if values else None
    # What the item is to do, told after its title ("1. Skyfallskartering. Karteringen ska visa var vatten
    # samlas …"), describes it: it is no plan that has not started.
    findings = [f for f in _findings(body, legend) if not (only_planned(f) and f.sentence in description)]
    signals = values + assessment_signals(section, legend, order + 1)
    signals += section_signals(section, findings, False, order + 1, value)
    return [replace(s, section_id=None) for s in signals if s.item == _key(item.number)]


# A field whose label is itself a status and whose value an answer: "Genomfört: Delvis", "Klar: Nej".
_ANSWERED_FIELD = re.compile(r"^(?P<label>[^\W\d][^:\n]{1,30}):[ \t]*(?P<answer>[^\s.]{1,6})\.?[ \t]*$", re.MULTILINE)


def _answer_phrase(field: re.Match[str]) -> str | None:
    """The status an answered field says, read as an answer under a status column (vocab/answers.tsv): "Genomfört:
    Delvis" → "delvis genomfört", "Genomfört: Nej" → "ej genomfört" (only "not done": the comment decides)."""
    template = answer_statuses().get(field["answer"].lower())
    return template.format(field["label"].lower()) if template and is_status_value(field["label"]) else None


def answer_signals(item: FoundItem, order: int) -> list[Signal]:
    """Fields of an item's own text that answer a status label ("Genomfört: Ja") or a status question ("Har
    åtgärden genomförts? Ja"), as printed fields."""
    answers = []
    for answered in _ANSWERED_FIELD.finditer(item.text):
        verdict = classify_value(phrase) if (phrase := _answer_phrase(answered)) else None
        if verdict:
            answers.append((answered.group().strip(), verdict))
    answers += [(question.printed(item.text), question.verdict) for question in answered_questions(item.text)]
    return [
        Signal(item=_key(item.number), kind=StatusSource.FIELD, category=verdict.category, text=printed,
               evidence=printed, order=order, tentative=verdict.tentative)
        for printed, verdict in answers
    ]


def _summary_signals(item: str, own: list[FoundSection], summaries: dict[str, Finding]) -> list[Signal]:
    """The verdict of a summary section for the items it covers: used only when nothing else speaks of them."""
    return [
        Signal(item=item, kind=StatusSource.SUMMARY, category=summary.category, text=summary.sentence,
               evidence=summary.sentence, section_id=section.id)
        for section in own if (summary := summaries.get(section.id))
    ]


def read_statuses(items: list[FoundItem], sections: list[FoundSection], legend: Legend, texts: list[str]) -> None:
    """The status stage for one report: its legend (find_legend, from any of its paragraphs), the table cells and
    icons the items stage read, the sections' prose, lists of items under a status (status_list_signals, from
    the report's paragraphs `texts`); sets every item's status."""
    table = [s for s in sections if s.heading == TABLE_STATUS_HEADING]
    table_signals = [signal for s in table for signal in value_signals(s, StatusSource.TABLE, legend, 0)]
    assign_statuses(items, sections, table_signals + icon_signals(items) + status_list_signals(texts), legend)


def icon_signals(items: list[FoundItem]) -> list[Signal]:
    """A status signal for every item whose status is printed as an icon of a colour that could be read."""
    return [
        Signal(
            item=str(item.number), kind=StatusSource.ICON, category=None, text=item.icon[0] or "",
            page=item.provenance.page, icon_colour=item.icon[0], icon_shape=item.icon[1],
        )
        for item in items if item.icon and item.icon[0]
    ]
