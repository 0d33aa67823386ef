"""Item labels in any numbering scheme: "3)", "(3)", "3.", "1.1.1", "Uppdrag 3:", "Uppdrag 2024:3",
"Uppdrag nr 1:", "Åtgärd 3a:", "Insats A –", "§ 45", "I."/"II.", "A1", "1 Samverkan", "Mål 1:", "Aktivitet 1.2 –",
"Projekt (4)".

A label is parsed into a `Label`: the number as printed, a numeric path that says where it sits in a
numbering tree ("4.1" → (4, 1), "A2" → (1, 2), "II" → (2,), "C" → (3,), "3a" → (3, 1)), the noun it names (from
the vocabulary) and the style of the label with its numbers blanked, so that labels of one list can be
told from those of another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from hpextract.utils.swedish import loose
from hpextract.vocab.items import item_nouns

ROMAN = {"I": 1, "V": 5, "X": 10}
# The forms a number takes after an item noun: a year-qualified number, a dotted path with an optional
# letter, a letter-and-digits code, a roman numeral, a capital letter alone ("Insats A –"), a number in
# parentheses.
_KEYWORD_NUMBER = (
    r"(?:\d{4}:\d{1,3}|\d{1,3}(?:\.\d{1,3})*[a-z]?|[A-Z]\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5}|[A-Z](?![\w-])"
    r"|\(\d{1,3}\))(?!\d)"
)
_SEPARATOR = r"[:.)–—-](?![\d\w])"


@dataclass(frozen=True, slots=True)
class Label:
    label: str
    number: str
    path: tuple[int, ...]
    rest: str
    noun: str | None
    kind: str
    style: str
    needs_heading: bool = False
    """True for schemes that are only a label when the paragraph is set as a heading ("1 Samverkan")."""


@cache
def _keyword_pattern() -> re.Pattern[str]:
    nouns = sorted(item_nouns(), key=len, reverse=True)
    words = "|".join(loose(re.escape(n)) for n in nouns)
    return re.compile(
        rf"^(?P<label>(?P<noun>{words})\s+(?:nr\.?\s*)?(?P<num>{_KEYWORD_NUMBER})\s*(?P<sep>{_SEPARATOR})?)"
        r"\s*(?P<rest>.*)$",
        re.IGNORECASE | re.DOTALL,
    )


# Bare schemes, most specific first; the rest of the text must start like a sentence or title.
_CAPITAL = r"[A-ZÅÄÖÉ0-9\"“„(]"
_CODE = r"[A-Z]\d{1,2}(?:\.\d{1,2})*"
BARE_SCHEMES: list[tuple[re.Pattern[str], bool]] = [
    # "1.a", "2.b)": a lettered item under a numbered one.
    (re.compile(rf"^(?P<label>(?P<num>\d{{1,2}}\.[a-z])[.)]?)\s+(?P<rest>{_CAPITAL}.*)$", re.DOTALL), False),
    (re.compile(r"^(?P<label>\(?(?P<num>\d{1,3}[a-z]?)\))\s+(?P<rest>\S.*)$", re.DOTALL), False),
    (re.compile(rf"^(?P<label>(?P<num>\d{{1,2}}(?:\.\d{{1,2}})+)\.?)\s+(?P<rest>{_CAPITAL}.*)$", re.DOTALL), False),
    # "3." and "3 ." (a space before the dot, as some word processors and dumps print it).
    (re.compile(rf"^(?P<label>(?P<num>\d{{1,3}}[a-z]?) ?\.)\s+(?P<rest>{_CAPITAL}.*)$", re.DOTALL), False),
    (re.compile(rf"^(?P<label>(?P<num>[IVX]{{1,5}})[.)])\s+(?P<rest>{_CAPITAL}.*)$", re.DOTALL), False),
    (re.compile(rf"^(?P<label>(?P<num>{_CODE})[.:)]?)\s+(?P<rest>{_CAPITAL}.*)$", re.DOTALL), False),
    # "§ 45 Ta fram en plan …": a paragraph of fullmäktige's minutes as an item, only as a heading (a statute
    # prints "1 §", refused below).
    (re.compile(r"^(?P<label>§\s*(?P<num>\d{1,3}))\s+(?P<rest>[A-ZÅÄÖ][^\n]*)$", re.DOTALL), True),
    # "1 Samverkan", "04 Hav och marina resurser": a number, a space and a title, only as a heading.
    (re.compile(r"^(?P<label>(?P<num>\d{1,2}(?:\.\d{1,2})*))\s+(?P<rest>[A-ZÅÄÖ][^\n]*)$", re.DOTALL), True),
]
# "1 §", "2 kap.", "3 st." are statute references, not items.
_NOT_AN_ITEM = re.compile(r"^\d+\s*(?:§|kap\b|st\b|mom\b|%|kr\b|procent\b|timmar\b|år\b)", re.IGNORECASE)


def parse_label(text: str) -> Label | None:
    """The item label at the start of a paragraph, or None."""
    if _NOT_AN_ITEM.match(text):
        return None
    match = _keyword_pattern().match(text)
    if match:
        noun = _noun_of(match["noun"])
        return _label(match, noun, item_nouns()[noun], needs_heading=not match["sep"])
    for pattern, needs_heading in BARE_SCHEMES:
        match = pattern.match(text)
        if match:
            return _label(match, None, "item", needs_heading)
    return None


def _noun_of(printed: str) -> str:
    """The vocabulary noun a printed (possibly OCR-damaged) noun stands for."""
    lowered = printed.lower()
    nouns = item_nouns()
    if lowered in nouns:
        return lowered
    return next(n for n in sorted(nouns, key=len, reverse=True) if re.fullmatch(loose(re.escape(n)), lowered))


def _label(match: re.Match[str], noun: str | None, kind: str, needs_heading: bool) -> Label | None:
    number = match["num"].strip("()")
    path = number_path(number)
    if path is None:
        return None
    label = match["label"].strip()
    return Label(
        label=label, number=number, path=path, rest=match["rest"].strip(), noun=noun, kind=kind,
        style=label_style(label), needs_heading=needs_heading,
    )


def label_style(label: str) -> str:
    """A label with its number blanked: "3)" → "#)", "Åtgärd 4." → "åtgärd #.", "A1" → "#"."""
    blanked = re.sub(r"\d{4}:\d+|[A-Z]?\d+(?:\.\d+)*[a-z]?|\b(?:[IVX]{1,5}|[A-Z])\b", "#", label)
    return blanked.lower()


def number_path(number: str) -> tuple[int, ...] | None:
    """Where a number sits in a numbering tree; None for what is not a number."""
    if re.fullmatch(r"\d{4}:\d{1,3}", number):  # year and running number: 2023:7 comes before 2024:1
        year, running = number.split(":")
        return (int(year), int(running))
    if re.fullmatch(r"[IVX]{1,5}", number):
        value = roman_value(number)
        return (value,) if value else None
    if re.fullmatch(r"[A-Z]", number):  # a letter alone: A, B, C are 1, 2, 3
        return (ord(number) - ord("A") + 1,)
    code = re.fullmatch(r"([A-Z])(\d{1,2}(?:\.\d{1,2})*)", number)
    if code:
        return (ord(code[1]) - ord("A") + 1, *(int(p) for p in code[2].split(".")))
    lettered = re.fullmatch(r"(\d{1,3}(?:\.\d{1,3})*)\.?([a-z])", number)
    if lettered:
        return (*(int(p) for p in lettered[1].split(".")), ord(lettered[2]) - ord("a") + 1)
    if re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*", number):
        return tuple(int(p) for p in number.split("."))
    return None


def roman_value(text: str) -> int | None:
    """The value of a well-formed roman numeral up to 39 ("IV" → 4), else None."""
    values = [ROMAN[ch] for ch in text]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    canonical = ""
    rest = total
    for value, numeral in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while rest >= value:
            canonical += numeral
            rest -= value
    return total if canonical == text and 0 < total < 40 else None


@cache
def _unnumbered_keyword() -> re.Pattern[str]:
    nouns = sorted(item_nouns(), key=len, reverse=True)
    words = "|".join(loose(re.escape(n)) for n in nouns)
    return re.compile(rf"^(?P<label>(?P<noun>{words})\s*:)\s+(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL)


def parse_unnumbered_label(text: str) -> Label | None:
    """An item noun as a run-in label without a number ("Uppdrag: Införa e-handel", "Åtgärd: Ny rutin")."""
    match = _unnumbered_keyword().match(text)
    if not match:
        return None
    noun = _noun_of(match["noun"])
    label = match["label"].strip()
    return Label(
        label=label, number="", path=(), rest=match["rest"].strip(), noun=noun, kind=item_nouns()[noun],
        style=label.lower(),
    )
