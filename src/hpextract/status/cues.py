"""Status categories from the Swedish wording of status sections (part of the segment stage).

Each rule is a cue: a Swedish phrase that says what happened. The README lists them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hpextract.report.model import StatusCategory as C
from hpextract.utils.numbers import NUMBER_LIST, parse_number_list
from hpextract.utils.swedish import compile_loose, sentences

# Precedence: when several cues speak, the earlier category wins (within a sentence and a section).
CUES: list[tuple[C, re.Pattern[str]]] = [
    (C.NOT_STARTED, compile_loose(
        r"\binget arbete (?:är |har )?(?:genomfört|påbörjat|påbörjats|startat|pågående)"
        r"|\b(?:ej|inte|icke|ännu inte) (?:påbörjad|påbörjat|påbörjats|startat|startats|inlett|inletts|påbörjas)\b"
        r"|\bhar (?:ännu )?inte (?:påbörjats|startats|inletts)\b"
    )),
    (C.HANDLED_ELSEWHERE, compile_loose(
        r"\bhanteras (?:genom|inom|via|i|av|tillsammans med) (?:förslag\w*|uppdrag\w*|ramen|arbetet)"
        r"|\bomhändertas (?:i|inom|genom)\b|\bhanteras på annat (?:vis|sätt)"
    )),
    (C.PARTIALLY_COMPLETED, compile_loose(
        r"\bdelvis (?:hanterat|hanterad|hanterade|genomför\w*|klar\w*|uppfyll\w*|uppnå\w*|infört|införd\w*|åtgärda\w*)"
        r"|\btill (?:hälften|viss del) (?:genomför\w*|klar\w*|uppfyll\w*)"
    )),
    (C.COMPLETED, compile_loose(
        r"\bgenomförda?\b|\bhar genomförts\b|\bgenomfördes\b|\binfördes\b|\bhar införts\b|\bgodkände\b"
        r"|\bgodkänts\b|\bgodkändes\b|\bslutförd\w*|\bhar slutförts\b|\bär (?:nu )?(?:klar|klart|färdigt?)\b"
        r"|\bfärdigställ(?:des|ts)\b|\baviserades\b|\bhar aviserats\b"
        r"|\bbetraktas (?:därmed |nu )?som (?:genomfört|klart|slutfört|avklarat)\b|\bhar arbetats in\b"
        r"|\bär (?:därmed |nu |därför )?(?:genomfört|slutfört|avklarat|uppfyllt)\b"
    )),
    (C.CLOSED, compile_loose(
        r"\bavslutad\b|\bavslutat\b|\bavslutades\b|\bavskriv(?:s|es|its|ning)\b|\bavskrevs\b|\bupphört\b"
        r"|\bskrinlades\b|\blämnades därhän\b|\butgår\b(?! från)"
    )),
    (C.PROPOSAL_SUBMITTED, compile_loose(
        r"\blämnade (?:\w+ ){0,3}förslag"
        r"|\bförslag\w* (?:\w+ ){0,3}(?:har |hade )?"
        r"(?:lämnats|lämnades|framarbetade|framarbetats|överlämnats|presenterats)\b"
        r"|\bfanns framtaget\b|\bhar (?:tagit|tagits) fram (?:ett |några |flera )?förslag"
    )),
    (C.IN_PROGRESS, compile_loose(
        r"\bpågår\b|\bpågående\b|\bpåbörjad\b|\bpåbörjat\b|\bpåbörjats\b|\bpåbörjades\b|\binleddes\b|\binletts\b"
        r"|\bunder (?:arbete|utredning|diskussion|bearbetning|framtagande)\b|\bbeslöts att\b|\bför att påbörja\b"
        r"|\barbetet (?:har )?startat\b|\b(?:nu )?genomförs\b"
    )),
]
RANK = {category: rank for rank, (category, _) in enumerate(CUES)}
# "Detsamma gäller uppdrag 18": the same status as the sentence before.
_SAME_AS_BEFORE = compile_loose(r"^\s*(?:detsamma|samma sak|det samma) gäller\b")
_QUOTED = re.compile(r"[\"“„][^\"”“]{0,600}[”\"]")
# A condition or a wait ("innan arbetet påbörjas", "avvaktar att … har införts") states no status.
_CONDITION = compile_loose(r"\b(?:avvakta\w*|till dess(?: att)?|tills|innan|förutsatt att|om inte)\b[^,;]*")
# "ännu inte genomförda", "godkände inte": a negated cue says nothing of that category.
_NEGATIONS = r"(?:inte|ej|icke|aldrig|ingen|inga|inget)"
_NEGATION_BEFORE = compile_loose(rf"\b{_NEGATIONS}(?:\s+\w+)?\s*$")
_NEGATION_WITHIN = compile_loose(rf"\b{_NEGATIONS}\b")
_NEGATION_AFTER = compile_loose(rf"^\s+{_NEGATIONS}\b")
# After a cue, "… pågår med uppdragen 1, 2 och 6" still names what the cue is about.
_OBJECT_AFTER_CUE = compile_loose(rf"^\w*\s+(?:med|för|inom|av)\s+(?:uppdrag\w*|åtgärd\w*)\s+({NUMBER_LIST})")
_MENTION = compile_loose(rf"\b(?:uppdrag\w*|åtgärd\w*)\s+\(?({NUMBER_LIST})")
_PAREN_LIST = re.compile(rf"\(({NUMBER_LIST})\)")


SUMMARY_JOINER = " … "


@dataclass(frozen=True, slots=True)
class Finding:
    """One sentence's verdict: the category, the sentence, and the assignments it names before the cue."""

    category: C
    sentence: str
    subjects: tuple[int | str, ...]


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def cue_of(sentence: str) -> tuple[C, int, int] | None:
    """The highest-ranked cue in a sentence (quotations and conditions ignored), where it starts and ends."""
    text = _CONDITION.sub(_blank, _QUOTED.sub(_blank, sentence))
    for category, pattern in CUES:
        for match in pattern.finditer(text):
            if category is C.NOT_STARTED or not _negated(text, match.start(), match.end()):
                return category, match.start(), match.end()
    return None


def _negated(text: str, start: int, end: int) -> bool:
    """A negation just before the cue, inside it ("lämnade inte något förslag") or right after it."""
    return bool(
        _NEGATION_BEFORE.search(text[max(0, start - 30) : start])
        or _NEGATION_WITHIN.search(text[start:end])
        or _NEGATION_AFTER.match(text[end:])
    )


def mentioned_numbers(text: str) -> list[int | str]:
    """Assignment numbers named in a text: "uppdrag 3-5", "uppdragen (7, 13 och 16)"."""
    numbers = [n for m in _MENTION.finditer(text) for n in parse_number_list(m.group(1))]
    if re.search(r"(?i)uppdrag|åtgärd", text):
        numbers += [n for m in _PAREN_LIST.finditer(text) for n in parse_number_list(m.group(1))]
    return list(dict.fromkeys(numbers))


def findings(text: str) -> list[Finding]:
    """Every sentence of a status text that carries a cue, with the assignments it is about."""
    result: list[Finding] = []
    for sentence in (s for paragraph in text.split("\n\n") for s in sentences(paragraph)):
        same = _SAME_AS_BEFORE.match(sentence)
        if same and result:
            result.append(Finding(result[-1].category, sentence, tuple(mentioned_numbers(sentence))))
            continue
        cue = cue_of(sentence)
        if cue:
            category, start, end = cue
            result.append(Finding(category, sentence, _subjects(sentence, start, end)))
    return result


def _subjects(sentence: str, start: int, end: int) -> tuple[int | str, ...]:
    """Assignments named before the cue, or right after it as its object ("pågår med uppdragen 1 och 2")."""
    numbers = mentioned_numbers(sentence[:start])
    after = _OBJECT_AFTER_CUE.match(sentence[end:])
    if after:
        numbers += parse_number_list(after.group(1))
    return tuple(dict.fromkeys(numbers))


def summary_verdict(findings_of_section: list[Finding], covers: list[int | str]) -> Finding | None:
    """For a section that reports on other assignments by number (a summary): their common category
    when they share one, else in progress; None when fewer than two sentences name other assignments."""
    named = [f for f in findings_of_section if f.subjects and not set(f.subjects) & set(covers)]
    if len(named) < 2:
        return None
    categories = {f.category for f in named}
    category = categories.pop() if len(categories) == 1 else C.IN_PROGRESS
    # The evidence is the summary itself: every sentence that named another assignment.
    return Finding(category, SUMMARY_JOINER.join(f.sentence for f in named), ())
