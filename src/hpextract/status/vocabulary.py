"""Status words in Swedish text, read with the vocabulary in hpextract/vocab/status.tsv.

A sentence is cut into clauses; in each clause the vocabulary's patterns are matched on lemmas, and the clause's
negation, future markers, partial quantifiers and tense decide which row of the vocabulary applies."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from hpextract.items.patterns import item_nouns_pattern, mentioned_numbers
from hpextract.report.model import StatusCategory as C
from hpextract.status.words import Token, lemma, tokenize
from hpextract.utils.dates import find_dates
from hpextract.utils.numbers import NUMBER_LIST, capped_percent, parse_number_list
from hpextract.utils.swedish import compile_loose, sentences
from hpextract.vocab import VocabularyRow, grammar, precedence, status_vocabulary
from hpextract.vocab.items import checkbox_words

GAP = "…"
MAX_GAP = 6
# A pattern word that matches any year ("Arbetet påbörjas 2026"), and the years it matches.
YEAR = "<year>"
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
_QUOTED = re.compile(r"[\"“„][^\"”“]{0,600}[”\"]")
# Past tense by suffix: "genomfördes", "lämnade", "påbörjades" (not the participle "pågående").
_PAST_SUFFIXES = ("de", "te", "des", "tes", "dde", "ddes")
_PRESENT_PARTICIPLE = ("ande", "ende")

if TYPE_CHECKING:
    from hpextract.status.legend import Legend

Number = int | str


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a short status value says: the category, the value as printed, the words that said it, and whether
    the value is nothing but status words ("ÄNNU INTE PÅBÖRJAD" is; "Dialog med SKR pågår" is not).
    tentative: read by a default colour convention (colours.tsv), or a negated completion ("Ej klar",
    "Ej genomförd") that says only "not done": the item's own prose may say more."""

    category: C
    as_printed: str
    evidence: str
    complete: bool
    tense: str = "present"
    polarity: bool = True
    pattern: str = ""
    tentative: bool = False


@dataclass(frozen=True, slots=True)
class Finding:
    """One clause's verdict: category, the sentence, the items it names as its subjects, polarity (False when
    a negation decided), tense (present, perfect, future, past), the clause, the latest date of the sentence,
    the words that said it and the vocabulary pattern they matched."""

    category: C
    sentence: str
    subjects: tuple[Number, ...]
    polarity: bool = True
    tense: str = "present"
    clause: str = ""
    date: str | None = None
    words: str = ""
    pattern: str = ""
    tentative: bool = False


@dataclass(frozen=True, slots=True)
class _Alternative:
    """One word of a pattern: its forms to compare (the word as written and its lemma) and whether only the
    exact form counts."""

    forms: frozenset[str]
    exact: bool


@dataclass(frozen=True, slots=True)
class _Pattern:
    source: str
    steps: tuple[tuple[_Alternative, ...] | None, ...]  # None: a gap
    self_negated: bool


@dataclass(frozen=True, slots=True)
class _Match:
    pattern: _Pattern
    first: int
    last: int  # inclusive, indices into the clause's tokens
    matched: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class _Clause:
    text: str
    start: int  # offset of the clause in its sentence
    tokens: tuple[Token, ...]  # with conditions removed; offsets relative to the sentence


@cache
def _object_after() -> re.Pattern[str]:
    """After a status word, "… pågår med uppdragen 1, 2 och 6" still names what it is about."""
    return compile_loose(rf"^\W*(?:med|för|inom|av)\s+{item_nouns_pattern()}\s+({NUMBER_LIST})")


# The pseudo-pattern of a clause that states only a plan (grammar.toml: plan_markers, plan_alone).
_PLAN = _Pattern("(plan)", (), False)


# --- the vocabulary, compiled once ---------------------------------------------------------------------------


@cache
def _words(key: str) -> tuple[str, ...]:
    return tuple(str(w) for w in grammar()[key])


@dataclass(frozen=True, slots=True)
class _Phrases:
    """A list of phrases of grammar.toml, in its order, and by first word (looked up at every token)."""

    phrases: tuple[tuple[str, ...], ...]
    by_first: dict[str, tuple[tuple[str, ...], ...]]

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return iter(self.phrases)


@cache
def _phrases(key: str) -> _Phrases:
    phrases = tuple(tuple(w.split()) for w in _words(key))
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    return _Phrases(phrases, {word: tuple(found) for word, found in by_first.items()})


def load() -> None:
    """Compile the vocabulary's patterns now (their lemmas load simplemma's Swedish dictionary, about a
    second), e.g. once before forking workers rather than in each."""
    _patterns()


@cache
def _patterns() -> dict[str, _Pattern]:
    negators = set(_words("negators"))
    compiled = {}
    for row in status_vocabulary():
        if row.pattern in compiled:
            continue
        steps: list[tuple[_Alternative, ...] | None] = []
        for part in row.pattern.split():
            if part == GAP:
                steps.append(None)
                continue
            steps.append(tuple(
                _Alternative(frozenset([alt[1:]]), True) if alt.startswith("=")
                else _Alternative(frozenset([alt.lower(), lemma(alt.lower())]), False)
                for alt in part.split("|")
            ))
        self_negated = any(a.forms & negators for step in steps if step for a in step)
        compiled[row.pattern] = _Pattern(row.pattern, tuple(steps), self_negated)
    return compiled


@cache
def _rows() -> dict[tuple[str, str], list[VocabularyRow]]:
    table: dict[tuple[str, str], list[VocabularyRow]] = {}
    for row in status_vocabulary():
        table.setdefault((row.pattern, row.polarity), []).append(row)
    return table


@cache
def category_rank() -> dict[C, int]:
    return {C(name): rank for rank, name in enumerate(precedence()["categories"])}


# --- clauses ---------------------------------------------------------------------------------------------------


def _phrase_at(tokens: list[Token] | tuple[Token, ...], index: int, phrases: _Phrases) -> int:
    """The length of the first of the phrases (in their order) starting at tokens[index], or 0."""
    if not 0 <= index < len(tokens):
        return 0
    for phrase in phrases.by_first.get(tokens[index].lower, ()):
        if tuple(t.lower for t in tokens[index : index + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def clauses(sentence: str) -> list[_Clause]:
    """A sentence cut at commas, semicolons and clause words ("men", "medan"); quotations and conditions
    ("innan arbetet påbörjas", "avvaktar att …") are left out. Commas inside number lists do not cut."""
    text = _QUOTED.sub(lambda m: " " * len(m.group()), sentence)
    tokens = tokenize(text)
    marks, words = set(_words("clause_marks")), _phrases("clause_words")
    result: list[_Clause] = []
    current: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        between_numbers = token.text == "," and _is_number_at(tokens, index - 1) and _is_number_at(tokens, index + 1)
        width = 1 if token.text in marks and not between_numbers else _phrase_at(tokens, index, words)
        if width:
            result.append(_clause(sentence, current))
            current = []
            index += width
            continue
        current.append(token)
        index += 1
    result.append(_clause(sentence, current))
    return [c for c in result if c.tokens]


def _is_number_at(tokens: list[Token], index: int) -> bool:
    return 0 <= index < len(tokens) and tokens[index].text[:1].isdigit()


def _clause(sentence: str, tokens: list[Token]) -> _Clause:
    if not tokens:
        return _Clause("", 0, ())
    start, end = tokens[0].start, tokens[-1].end
    opens_sentence = not sentence[:start].strip()
    return _Clause(sentence[start:end], start, tuple(_without_conditions(tokens, opens_sentence)))


def _without_conditions(tokens: list[Token], opens_sentence: bool) -> list[Token]:
    """The tokens before the first condition of the clause (a condition runs to the clause's end); a wait that
    opens the sentence ("Avvaktar beslut om …", grammar.toml's waits) keeps its first word: it is the state."""
    conditions, exceptions = _phrases("conditions"), _phrases("not_conditions")
    for index in range(len(tokens)):
        if _phrase_at(tokens, index, conditions) and not _phrase_at(tokens, index, exceptions):
            waits = index == 0 and opens_sentence and tokens[0].lower in _words("waits")
            return tokens[: index + 1] if waits else tokens[:index]
    return tokens


# --- matching --------------------------------------------------------------------------------------------------


def _matches_step(token: Token, step: tuple[_Alternative, ...]) -> bool:
    lower = YEAR if _YEAR_NUMBER.fullmatch(token.text) else token.lower  # a year is matched by the word <year>
    return any(lower in a.forms if a.exact else (lower in a.forms or token.lemma in a.forms) for a in step)


def _match_from(tokens: tuple[Token, ...], pattern: _Pattern, first: int) -> _Match | None:
    """The pattern matched from tokens[first] (gaps skip up to MAX_GAP words), or None."""

    def walk(step: int, index: int, matched: tuple[int, ...]) -> tuple[int, ...] | None:
        if step == len(pattern.steps):
            return matched
        alternatives = pattern.steps[step]
        if alternatives is None:
            for skip in range(MAX_GAP + 1):
                found = walk(step + 1, index + skip, matched)
                if found:
                    return found
            return None
        if index < len(tokens) and _matches_step(tokens[index], alternatives):
            return walk(step + 1, index + 1, (*matched, index))
        return None

    matched = walk(0, first, ())
    return _Match(pattern, matched[0], matched[-1], matched) if matched else None


@dataclass(frozen=True, slots=True)
class _PatternIndex:
    """The patterns by the forms their first word can take: only those are tried at a token (trying all ~100
    patterns at every token made the status reading of a long report take minutes)."""

    exact: dict[str, tuple[_Pattern, ...]]  # first word "=form": matched by the token as written
    loose: dict[str, tuple[_Pattern, ...]]  # first word matched by the token as written or by its lemma
    anywhere: tuple[_Pattern, ...]  # patterns that open with a gap


@cache
def _pattern_index() -> _PatternIndex:
    exact: dict[str, list[_Pattern]] = {}
    loose: dict[str, list[_Pattern]] = {}
    anywhere: list[_Pattern] = []
    for pattern in _patterns().values():
        first = pattern.steps[0] if pattern.steps else None
        if first is None:
            anywhere.append(pattern)
            continue
        for alternative in first:
            for form in alternative.forms:
                (exact if alternative.exact else loose).setdefault(form, []).append(pattern)
    return _PatternIndex(
        {form: tuple(p) for form, p in exact.items()}, {form: tuple(p) for form, p in loose.items()},
        tuple(anywhere),
    )


def _patterns_at(token: Token) -> tuple[_Pattern, ...]:
    """The patterns whose first word the token can be, each once, in the vocabulary's order."""
    index = _pattern_index()
    lower = token.lower
    found = (*index.exact.get(lower, ()), *index.loose.get(lower, ()), *index.loose.get(token.lemma, ()))
    return (*dict.fromkeys(found), *index.anywhere)


def _clause_matches(tokens: tuple[Token, ...]) -> list[_Match]:
    """Every pattern's matches, the longer kept where two overlap."""
    found = [
        m for first, token in enumerate(tokens) for pattern in _patterns_at(token)
        if (m := _match_from(tokens, pattern, first))
    ]
    # The longer match first; of two as long, the one with more exact forms ("=vidtagen" before "vidta").
    found.sort(key=lambda m: (-(m.last - m.first), -len(m.matched), -_exact_steps(m.pattern), m.first,
                              m.pattern.source))
    kept: list[_Match] = []  # disjoint, in token order: a match is checked against its neighbours only
    starts: list[int] = []
    for match in found:
        at = bisect.bisect_left(starts, match.first)
        clear_before = at == 0 or kept[at - 1].last < match.first
        clear_after = at == len(kept) or kept[at].first > match.last
        if clear_before and clear_after:
            kept.insert(at, match)
            starts.insert(at, match.first)
    return kept


def _exact_steps(pattern: _Pattern) -> int:
    return sum(1 for step in pattern.steps if step and all(a.exact for a in step))


@dataclass(frozen=True, slots=True)
class _ClauseFacts:
    """What a clause holds, found once per clause: where its first negation, future marker, "har", "hade" and
    measurement ("andelen som …") stand, and whether it is partial. Each match then asks in constant time
    (scanning the clause again for every match was quadratic: a long paragraph without a comma took minutes)."""

    length: int
    first_negation: int
    first_future: int
    first_har: int
    first_hade: int
    first_measurement: int
    partial: bool


def _facts(tokens: tuple[Token, ...]) -> _ClauseFacts:
    negators, exceptions, markers = set(_words("negators")), _phrases("not_negations"), _phrases("future")
    end = len(tokens)
    negations = (i for i in range(end) if (tokens[i].lower in negators and not _phrase_at(tokens, i, exceptions))
                 or _is_zero_count(tokens, i))
    futures = (i for i in range(end) if _phrase_at(tokens, i, markers))
    measurements = (i for i in range(end) if _phrase_at(tokens, i, _phrases("measurements")))
    lowers = [t.lower for t in tokens]
    return _ClauseFacts(
        length=end, first_negation=next(negations, end), first_future=next(futures, end),
        first_har=lowers.index("har") if "har" in lowers else end,
        first_hade=lowers.index("hade") if "hade" in lowers else end, first_measurement=next(measurements, end),
        partial=_is_partial(tokens),
    )


def _negated(tokens: tuple[Token, ...], facts: _ClauseFacts, match: _Match) -> bool:
    """A negation before the status words (or inside them, or right after: "godkände inte", "uppfylls ännu
    inte")."""
    end = match.last + 2
    if end < len(tokens) and tokens[match.last + 1].lower in _words("negation_adverbs"):
        end += 1
    return facts.first_negation < min(end, facts.length)


def _is_future(facts: _ClauseFacts, match: _Match) -> bool:
    """A future marker before the status words or right after them: "planeras att genomföras", "en redovisning
    planeras" (not "pågår och beräknas vara klar"). A marker that is one of the pattern's own words ("ska inte
    genomföras": decided against) is part of its meaning, as a negation inside a pattern is."""
    return facts.first_future < min(match.last + 2, facts.length) and facts.first_future not in match.matched


def _is_partial(tokens: tuple[Token, ...]) -> bool:
    """"delvis", "till hälften", or a count below its total ("i två av tre förvaltningar", "fyra av de nio")."""
    if any(_phrase_at(tokens, i, _phrases("partial")) for i in range(len(tokens))):
        return True
    determiners = set(_words("count_determiners"))
    for i in range(1, len(tokens) - 1):
        if tokens[i].lower == "av":
            after = i + 2 if tokens[i + 1].lower in determiners and i + 2 < len(tokens) else i + 1
            part, whole = _count(tokens[i - 1]), _count(tokens[after])
            if part is not None and whole is not None and part < whole:
                return True
    return False


def _is_zero_count(tokens: tuple[Token, ...], index: int) -> bool:
    """A count of none ("0 av 3 delmål klara") negates as "inga" does: nothing of it is done."""
    return _count(tokens[index]) == 0 and index + 1 < len(tokens) and tokens[index + 1].lower == "av"


def _count(token: Token) -> int | None:
    if token.text.isdecimal():  # not isdigit: "²" is a digit int() cannot read
        return int(token.text)
    value = grammar()["number_words"].get(token.lower)
    return int(value) if value is not None else None


def _is_past_form(token: Token) -> bool:
    lower = token.lower
    if lower in _words("past_forms"):
        return True
    return lower != token.lemma and lower.endswith(_PAST_SUFFIXES) and not lower.endswith(_PRESENT_PARTICIPLE)


def _is_present_form(token: Token) -> bool:
    """A finite present: "genomförs", "genomför", "påbörjas", "pågår" (not the participle "genomförd"); or a
    present participle or the noun made from it ("pågående", "Genomförande" as a project's phase): the work
    being done, not done."""
    base = token.lemma
    if token.lower != base and token.lower.endswith(_PRESENT_PARTICIPLE):
        return True
    stem = base[:-1] if base.endswith("a") else base
    forms = {f"{base}r", f"{base}s", f"{stem}s", stem, f"{stem}er"}
    return token.lower != base and token.lower not in _words("past_forms") and token.lower in forms


def _tense(tokens: tuple[Token, ...], facts: _ClauseFacts, match: _Match, future: bool) -> str:
    if future:
        return "future"
    if any(_is_present_form(tokens[i]) for i in match.matched):
        return "present"
    if facts.first_hade < match.last or any(_is_past_form(tokens[i]) for i in match.matched):
        return "past"
    # "har" before the verb, also inside "förslag har lämnats"
    return "perfect" if facts.first_har < match.last else "present"


def _reading(
    tokens: tuple[Token, ...], facts: _ClauseFacts, match: _Match, value: bool, labelled: bool = False
) -> tuple[C, bool, str, bool] | None:
    """The category a match has in its clause (with its polarity, tense and whether it is tentative: a value
    row for a negation, "Ej klar", or a hint row, "Öppen"), or None when the vocabulary has no row for that
    polarity ("ännu inte genomförda" in prose says only that it is not done). Status words after a measurement
    ("Andelen som avslutat …") are what those counted did: no reading."""
    if facts.first_measurement < match.first:
        return None
    negated = not match.pattern.self_negated and _negated(tokens, facts, match)
    future = not negated and _is_future(facts, match)
    # the verb of a present row is its pattern's first word: a word after it ("i mars") is no present form
    present = _is_present_form(tokens[match.first])
    polarity = "negated" if negated else "future" if future else "present" if present else "affirmed"
    scopes = ("any", "value", "label", "hint") if labelled else ("any", "value") if value else ("any",)
    rows = [r for r in _rows().get((match.pattern.source, polarity), []) if r.scope in scopes]
    if not rows and polarity == "present":
        rows = [r for r in _rows().get((match.pattern.source, "affirmed"), []) if r.scope in scopes]
    if not rows:
        return None
    category = rows[0].category
    if category is C.COMPLETED and polarity != "negated" and facts.partial:
        category = C.PARTIALLY_COMPLETED
    tentative = rows[0].scope == "hint" or (rows[0].scope == "value" and rows[0].polarity == "negated")
    return category, not negated, _tense(tokens, facts, match, future), tentative


# --- public ----------------------------------------------------------------------------------------------------


def clause_finding(
    clause: _Clause, sentence: str, value: bool = False, labelled: bool = False
) -> tuple[Finding, _Match] | None:
    """The clause's most specific status (vocabulary order of categories), with the match that said it. value: a
    short value; labelled: a value under a status label (a status cell, "Status:"), where "Stängd" is a status."""
    readings = []
    facts = _facts(clause.tokens)
    for match in _clause_matches(clause.tokens):
        reading = _reading(clause.tokens, facts, match, value, labelled)
        if reading:
            readings.append((reading, match))
    if not readings:
        return _plan_alone(clause, sentence)
    rank = category_rank()
    (category, polarity, tense, tentative), match = min(readings, key=lambda r: (rank[r[0][0]], r[1].first))
    if category is C.COMPLETED and _reserved(sentence, clause):
        category = C.PARTIALLY_COMPLETED
    words = sentence[clause.tokens[match.first].start : clause.tokens[match.last].end]
    finding = Finding(category=category, sentence=sentence, subjects=(), polarity=polarity, tense=tense,
                      clause=clause.text, words=words, pattern=match.pattern.source, tentative=tentative)
    return finding, match


def _reserved(sentence: str, clause: _Clause) -> bool:
    """The clause is followed by a reservation of where or for whom it holds ("Genomförda på huvudbiblioteket
    men inte på filialerna", grammar.toml: reservation_openers, reservation_scopes): done only in part."""
    rest = [t for t in tokenize(sentence[clause.start + len(clause.text) :]) if t.text[:1].isalnum()]
    return (
        len(rest) >= 3 and rest[0].lower in _words("reservation_openers") and rest[1].lower in _words("negators")
        and rest[2].lower in _words("reservation_scopes") and not _phrase_at(rest, 2, _phrases("not_reservations"))
    )


def only_planned(finding: Finding) -> bool:
    """True when a finding is a clause that only says what is planned, with no status word (plan_alone)."""
    return finding.pattern == _PLAN.source


def _plan_alone(clause: _Clause, sentence: str) -> tuple[Finding, _Match] | None:
    """A clause that only says what is planned ("Belysningen kommer att bytas hösten 2026"): grammar.toml's
    plan_alone category, as a future statement (it ranks after anything done)."""
    markers = _phrases("plan_markers")
    for index in range(len(clause.tokens)):
        width = _phrase_at(clause.tokens, index, markers)
        if width:
            match = _Match(_PLAN, index, index + width - 1, tuple(range(index, index + width)))
            words = sentence[clause.tokens[index].start : clause.tokens[index + width - 1].end]
            finding = Finding(C(grammar()["plan_alone"]), sentence, (), True, "future", clause.text, words=words,
                              pattern=_PLAN.source)
            return finding, match
    return None


def sentence_verdicts(text: str) -> list[Finding]:
    """Every clause of a prose text that states a status, with the items it names as its subjects."""
    result: list[Finding] = []
    for sentence in (s for paragraph in text.split("\n\n") for s in sentences(paragraph)):
        result += _sentence_findings(sentence, result[-1] if result else None)
    return result


_CLOSING_QUOTES = "”\"»’'"


def _sentence_findings(sentence: str, previous: Finding | None) -> list[Finding]:
    # A question ("Har nämnden genomfört sitt uppdrag?"), or one quoted ("Frågan ”Har åtgärden genomförts?”"),
    # states nothing.
    if sentence.rstrip().rstrip(_CLOSING_QUOTES).endswith("?"):
        return []
    date = _latest_date(sentence)
    head = tokenize(sentence.lower())
    if previous and _phrase_at(head, 0, _phrases("same_as_before")):
        subjects = tuple(mentioned_numbers(sentence))
        return [Finding(previous.category, sentence, subjects, previous.polarity, previous.tense, sentence, date)]
    found: list[Finding] = []
    inherited: tuple[Number, ...] = ()
    continuing = set(_words("continuing"))
    for clause in clauses(sentence):
        named = tuple(mentioned_numbers(clause.text))
        result = clause_finding(clause, sentence)
        if result:
            finding, match = result
            subjects = _subjects(sentence, clause, match)
            if not subjects and (clause.tokens[0].lower in continuing or match.first == 0):
                subjects = inherited
            found.append(_with(finding, subjects, date))
        inherited = named or inherited
    return found


def _with(finding: Finding, subjects: tuple[Number, ...], date: str | None) -> Finding:
    return replace(finding, subjects=subjects, date=date)


def _subjects(sentence: str, clause: _Clause, match: _Match) -> tuple[Number, ...]:
    """Items named in the clause before the status words, or right after them as their object."""
    start, end = clause.tokens[match.first].start, clause.tokens[match.last].end
    numbers = mentioned_numbers(sentence[clause.start : start])
    after = _object_after().match(sentence[end:])
    if after:
        numbers += parse_number_list(after.group(1))
    return tuple(dict.fromkeys(numbers))


def _latest_date(sentence: str) -> str | None:
    values = [found.end for found in find_dates(sentence)]  # the last day of the period: comparable ISO dates
    return max(values) if values else None


def classify_value(text: str, legend: Legend | None = None, labelled: bool = False) -> Verdict | None:
    """What a short status value means ("Pågår", "Ej påbörjad", "Förslag lämnat", "Grön", "G" with a legend).
    labelled: the value stands under a status label (a status column, "Status:"), where the vocabulary's label
    and hint rows count too ("Stängd", "Öppen": elsewhere a building's or a service's hours)."""
    from hpextract.status.legend import colour_verdict  # legend.py builds on this module

    value = text.strip().strip(".:;!").strip()
    if not value:
        return None
    if legend:
        entry = legend.lookup(value)
        if entry:
            return Verdict(entry[0], value, entry[1], True)
    colour = colour_verdict(value)
    if colour:
        return colour
    mark = checkbox_words().get(value)
    if mark:  # a tick or a cross alone in a status cell ("✔"): the word it prints (vocab/marks.tsv)
        verdict = classify_value(mark)
        return replace(verdict, as_printed=value) if verdict else None
    for sentence in sentences(value) or [value]:
        for clause in clauses(sentence):
            result = clause_finding(clause, sentence, value=True, labelled=labelled)
            if result:
                finding, _ = result
                return Verdict(finding.category, value, finding.clause, _only_status_words(value),
                               finding.tense, finding.polarity, finding.pattern, finding.tentative)
    return None


# A value that is a percentage and nothing else: "100 %", "50%", "75 procent".
_PERCENTAGE_VALUE = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*(?:%|procent)", re.IGNORECASE)


def percentage_value(value: str) -> float | None:
    """The percentage a short value is, when it is nothing else ("100 %" → 100.0; "61 procent har …" → None)."""
    match = _PERCENTAGE_VALUE.fullmatch(value.strip().strip(".:;!").strip())
    return capped_percent(match[1]) if match else None


def percentage_verdict(text: str) -> Verdict | None:
    """A value that is a percentage alone, read as the status its degree of completion implies (grammar.toml's
    percentage: all, none, or between). Only under a status or progress label: a bare "94 %" may be anything (a
    survey's share of satisfied users). Tentative, as a colour without a legend: the item's words say more."""
    percent = percentage_value(text)
    if percent is None:
        return None
    key = "full" if percent >= 100 else "none" if percent <= 0 else "between"
    value = text.strip().strip(".:;!").strip()
    return Verdict(C(grammar()["percentage"][key]), value, value, True, tentative=True)


def _only_status_words(value: str) -> bool:
    """True when every word of a value is a status word, a negation, a quantifier or an allowed filler."""
    covered: set[int] = set()
    tokens = tuple(t for t in tokenize(value) if t.text[:1].isalnum())
    for match in _clause_matches(tokens):
        covered.update(range(match.first, match.last + 1))
    allowed = set(_words("negators")) | set(_words("value_fillers")) | {w for p in _phrases("partial") for w in p}
    return bool(covered) and all(i in covered or t.lower in allowed for i, t in enumerate(tokens))


def is_status_value(phrase: str, legend: Legend | None = None) -> bool:
    """True when a short phrase is wholly a status value ("PÅGÅENDE", "Ej påbörjad", a code or word the report's
    legend explains)."""
    verdict = classify_value(phrase, legend)
    return verdict is not None and verdict.complete
