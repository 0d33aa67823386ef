"""A report's own legend ("G: Åtgärden är genomförd", "Grön = Enligt plan") and the default colour conventions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from hpextract.report.model import StatusCategory
from hpextract.status.vocabulary import Verdict, classify_value
from hpextract.utils.swedish import compile_loose
from hpextract.vocab import colour_conventions, grammar
from hpextract.vocab.items import shape_words

ICON_COLOURS = ("green", "yellow", "red", "blue", "grey", "white", "black")
_CODE = r"[A-ZÅÄÖ]{1,3}"
_DIGIT_CODE = r"\d{1,2}(?![\d.,])"
_SEPARATOR = r"\s*(?:=|:|–|—|-|\t)\s*"
# A legend is announced ("Teckenförklaring") or has at least this many entries.
MIN_ENTRIES = 2
# A legend's meanings are short ("Åtgärden är genomförd till hälften eller mer"); a longer text is prose.
MAX_MEANING_WORDS = 12
# A meaning in parentheses is no longer than this (characters); a longer one is a remark in prose.
_MAX_MEANING_CHARS = 100
# The title that announces a legend opens its paragraph ("Teckenförklaring", "Förklaring: G = …").
_TITLE = compile_loose(r"^\s*(?:teckenförklaring|symbolförklaring|förklaring|färgförklaring|statuskoder)\b")


@cache
def _colour_names() -> dict[str, str]:
    """Every colour word of colours.tsv ("grön", "gröna", "green") → its icon colour name ("green")."""
    names: dict[str, str] = {}
    for row in colour_conventions():
        if row.kind == "word":
            canonical = next(c for c in row.colours if c in ICON_COLOURS or c == "gray")
            for word in row.colours:
                names[word] = "grey" if canonical == "gray" else canonical
    return names


def colour_name(word: str) -> str | None:
    """ "Grön" → "green", "röda" → "red"; None when the word is no colour."""
    return _colour_names().get(word.strip().lower())


@cache
def _symbol_pattern() -> str:
    """The symbols a legend may explain like codes (grammar.toml: legend_symbols, dashes), longest first."""
    symbols = {*grammar()["legend_symbols"], *grammar()["dashes"]}
    return "|".join(re.escape(s) for s in sorted(symbols, key=len, reverse=True))


def _canonical_symbol(key: str) -> str:
    """One key for every dash: a table prints "-" where its legend has "–"."""
    return grammar()["dashes"][0] if key in grammar()["dashes"] else key


@cache
def _shape_names() -> dict[str, str]:
    """Shape words of vocab/shapes.tsv ("bock" → "tick", "kryss" → "cross")."""
    return shape_words()


@cache
def _key_pattern() -> str:
    """A legend key: a code, a digit or symbol before "=" or ":", or a colour word (with its icon's shape)."""
    colours = "|".join(sorted(_colour_names(), key=len, reverse=True))
    shapes = "|".join(sorted(_shape_names(), key=len, reverse=True))
    # A colour may be followed by its icon's shape: "grön bock", "gul med utropstecken", "grå cirkel".
    # A digit is a code only before "=" or ":" ("1 = Ej påbörjad"): "1 – Införa …" is a numbered item; so is a
    # symbol ("+ = genomförd", "– = ej påbörjad"), whose dash is otherwise a separator.
    return (
        rf"(?:(?<![\wÅÄÖåäö]){_CODE}(?![\wÅÄÖåäö])|(?<![\w.,]){_DIGIT_CODE}(?=\s*[=:])"
        rf"|(?<![^\s:]){_symbol_pattern()}(?=\s*[=:])"
        rf"|(?i:\b(?:{colours})(?:\s+(?:med\s+)?(?:{shapes}))?\b))"
    )


@cache
def _entry_pattern() -> re.Pattern[str]:
    key = _key_pattern()
    # An entry ends at the next entry: after a comma or full stop, or after a space when a colon or "=" follows
    # the next key ("G: … huvudsak H: … mer", legend lines a layout joined into one paragraph).
    following = rf"[,;.]\s*{key}{_SEPARATOR}|\s+{key}\s*[:=]"
    return re.compile(rf"(?P<key>{key}){_SEPARATOR}(?P<meaning>.+?)\s*(?={following}|$)", re.M)


@cache
def _parenthesised_pattern() -> re.Pattern[str]:
    """A legend written into a sentence, each meaning in parentheses after its key: "… uttrycks som grön (målet
    är uppfyllt), gul (målet är delvis uppfyllt) eller röd (målet är inte uppfyllt)"."""
    return re.compile(rf"(?P<key>{_key_pattern()})\s*\((?P<meaning>[^()]{{1,{_MAX_MEANING_CHARS}}})\)")


def _entries(text: str) -> Iterator[re.Match[str]]:
    """The legend entries of a text in both forms, "G = meaning" and "grön (meaning)"."""
    yield from _entry_pattern().finditer(text)
    yield from _parenthesised_pattern().finditer(text)


@dataclass(slots=True)
class Legend:
    """Codes and colours the report explains, each with its category and the legend's own words."""

    entries: dict[str, tuple[StatusCategory, str]] = field(default_factory=dict)

    def lookup(self, key: str) -> tuple[StatusCategory, str] | None:
        """The legend's reading of a code ("G"; "ER" is not "E") or a colour ("Grön", "green")."""
        key = key.strip()
        colour = colour_name(key)
        return self.entries.get(colour or _canonical_symbol(key))

    def lookup_icon(self, colour: str, shape: str | None) -> tuple[StatusCategory, str] | None:
        """The legend's reading of an icon: its colour and shape ("grön bock"), else its colour alone."""
        return self.entries.get(f"{colour}/{shape}") or self.entries.get(colour)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def explains(self, text: str) -> bool:
        """True when a text is one of this legend's own entries ("– G – genomförd helt"): no item's status."""
        return any(
            self.entries.get(_key_of(m["key"]), (None, None))[1] == m["meaning"].strip(" .")
            for m in _entries(text)
        )


def find_legend(texts: list[str]) -> Legend:
    """Read the legend of a report from its texts (paragraphs, table rows joined as "G\tmeaning").

    An entry is a code of one to three capitals or a colour word, a separator, and a meaning the status
    vocabulary understands. Kept when the report has MIN_ENTRIES entries or announces a legend."""
    entries: dict[str, tuple[StatusCategory, str]] = {}
    announced = False
    for text in texts:
        announced = announced or bool(_TITLE.search(text))
        for match in _entries(text):
            key = _key_of(match["key"])
            if key in entries:  # the first entry of a key counts
                continue
            meaning = match["meaning"].strip(" .")
            verdict = classify_value(meaning) if len(meaning.split()) <= MAX_MEANING_WORDS else None
            if verdict is not None:
                entries[key] = (verdict.category, meaning)
    return Legend(entries) if entries and (announced or len(entries) >= MIN_ENTRIES) else Legend()


def _key_of(printed: str) -> str:
    """A legend key as looked up: a code as printed, "green" for a colour, "green/tick" for a colour and shape."""
    words = printed.lower().split()
    colour = colour_name(words[0]) if words else None
    if colour is None:
        return _canonical_symbol(printed)
    shape = _shape_names().get(words[-1]) if len(words) > 1 else None
    return f"{colour}/{shape}" if shape else colour


def colour_verdict(value: str) -> Verdict | None:
    """A colour written as the status ("Grön") by the default convention of colours.tsv."""
    colour = colour_name(value)
    if colour is None:
        return None
    row = next(r for r in colour_conventions() if r.kind == "word" and colour in _names_of(r.colours))
    return Verdict(row.category, value.strip(), row.word, True, tentative=True)


def _names_of(colours: tuple[str, ...]) -> set[str]:
    return {_colour_names()[c] for c in colours}


def icon_verdict(colour: str | None, shape: str | None, legend: Legend | None = None) -> Verdict | None:
    """An icon's status: the legend's word for its colour, else the default convention (colour and shape)."""
    if colour is None:
        return None
    entry = legend.lookup_icon(colour, shape) if legend else None
    if entry:
        return Verdict(entry[0], entry[1], entry[1], True)
    for row in colour_conventions():
        if row.kind == "icon" and colour in row.colours and row.shape in ("*", shape):
            return Verdict(row.category, row.word, row.word, True, tentative=True)
    return None
