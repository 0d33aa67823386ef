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
# A word a report explains as a legend key ("Planering", "Genomförande"): letters, lower case after the first.
_WORD_KEY = r"(?<![\w-])[^\W\d_][^\W\d_A-ZÅÄÖ]+(?![\w-])"
# Words as keys make a legend only when a text explains at least this many: one "Detta innebär att arbetet pågår"
# explains no word.
MIN_WORD_ENTRIES = 2
# The title that announces a legend opens its paragraph ("Teckenförklaring", "Förklaring: G = …").
_TITLE = compile_loose(r"^\s*(?:teckenförklaring|symbolförklaring|förklaring|färgförklaring|statuskoder)\b")
# A report's key of abbreviations ("Förkortningar: Påg. = pågår, Ej påb. = ej påbörjad, Delv. genomf. = delvis
# genomförd"): one to three words, the last cut short with a full stop, then "=" or a dash and the meaning, which
# ends at a comma, a semicolon or a full stop before a space.
_MAX_ABBREVIATION_WORDS = 3
_ABBREVIATION = rf"(?:[^\W\d_]+\.?[ \t]+){{0,{_MAX_ABBREVIATION_WORDS - 1}}}[^\W\d_]+\."
_ABBREVIATION_ENTRY = re.compile(
    rf"(?:^|[,;:])\s*(?P<key>{_ABBREVIATION})\s*[=–—]\s*(?P<meaning>[^,;=\n]+?)\s*(?=[,;]|\.(?:\s|$)|$)", re.M
)


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
def _entry_patterns(words: bool) -> tuple[re.Pattern[str], ...]:
    """The forms of a legend entry: "G = meaning" (or ":", "–", a tab), "grön (meaning)" written into a sentence,
    and "Grönt innebär att meaning" (grammar.toml: legend_verbs). words: the keys are words ("Planering (ej
    startad)", "Genomförande = pågår"), explained with "=", parentheses or a verb only."""
    key = _WORD_KEY if words else _key_pattern()
    separator, next_separator = (r"\s*=\s*", "=") if words else (_SEPARATOR, "[:=]")
    # An entry ends at the next entry: after a comma or full stop, or after a space when a colon or "=" follows
    # the next key ("G: … huvudsak H: … mer", legend lines a layout joined into one paragraph).
    following = rf"[,;.]\s*{key}{separator}|\s+{key}\s*{next_separator}"
    verbs = "|".join(re.escape(verb) for verb in grammar()["legend_verbs"])
    return (
        re.compile(rf"(?P<key>{key}){separator}(?P<meaning>.+?)\s*(?={following}|$)", re.M),
        re.compile(rf"(?P<key>{key})\s*\((?P<meaning>[^()]{{1,{_MAX_MEANING_CHARS}}})\)"),
        re.compile(rf"(?P<key>{key})\s+(?:{verbs})\s+(?:att\s+)?(?P<meaning>[^.;()]+)"),
    )


def _entries(text: str, words: bool) -> Iterator[re.Match[str]]:
    """The legend entries of a text in every form (see _entry_patterns)."""
    for pattern in _entry_patterns(words):
        yield from pattern.finditer(text)


@dataclass(slots=True)
class Legend:
    """Codes and colours the report explains, each with its category and the legend's own words."""

    entries: dict[str, tuple[StatusCategory, str]] = field(default_factory=dict)

    def lookup(self, key: str) -> tuple[StatusCategory, str] | None:
        """The legend's reading of a code ("G"; "ER" is not "E"), a colour ("Grön", "green"), a word it explains
        ("Planering", in any case) or an abbreviation ("Påg", "Delv. genomf.")."""
        key = key.strip()
        colour = colour_name(key)
        return (
            self.entries.get(colour or _canonical_symbol(key)) or self.entries.get(_word_key(key))
            or self.entries.get(_abbreviation_key(key))
        )

    def leading_abbreviation(self, text: str) -> str | None:
        """The longest abbreviation of this legend that a text opens with, as printed ("Delv. genomf." of "Delv.
        genomf. Två av tre …"): a value that a cut at its first full stop would leave half ("Delv.")."""
        words = text.split()[:_MAX_ABBREVIATION_WORDS]
        for count in range(len(words), 0, -1):
            printed = " ".join(words[:count])
            if printed.endswith(".") and _abbreviation_key(printed) in self.entries:
                return printed
        return None

    def lookup_icon(self, colour: str, shape: str | None) -> tuple[StatusCategory, str] | None:
        """The legend's reading of an icon: its colour and shape ("grön bock"), else its colour alone."""
        return self.entries.get(f"{colour}/{shape}") or self.entries.get(colour)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def explains(self, text: str) -> bool:
        """True when a text is one of this legend's own entries ("– G – genomförd helt", "Påg. = pågår"): no
        item's status."""
        understood = [(key, meaning) for words in (False, True) for key, meaning, _ in _understood(text, words)]
        understood += [(key, meaning) for key, (_, meaning) in _abbreviation_entries(text).items()]
        return any(self.entries.get(key, (None, None))[1] == meaning for key, meaning in understood)


def find_legend(texts: list[str]) -> Legend:
    """Read the legend of a report from its texts (paragraphs, table rows joined as "G\tmeaning").

    An entry is a code of one to three capitals, a digit, a symbol or a colour word, a separator (or the meaning in
    parentheses, or after a verb: see _entry_patterns), and a meaning the status vocabulary understands. Kept when
    the report has MIN_ENTRIES entries or announces a legend. Words as keys count where a text explains
    MIN_WORD_ENTRIES of them ("Planering (ej startad), Genomförande (pågår)"), abbreviations where they
    abbreviate their meaning ("Påg. = pågår")."""
    entries: dict[str, tuple[StatusCategory, str]] = {}
    announced = False
    for text in texts:
        announced = announced or bool(_TITLE.search(text))
        codes = _understood(text, words=False)
        words = _understood(text, words=True)
        for key, meaning, category in codes + (words if len(words) >= MIN_WORD_ENTRIES else []):
            entries.setdefault(key, (category, meaning))  # the first entry of a key counts
        entries |= {key: entry for key, entry in _abbreviation_entries(text).items() if key not in entries}
    return Legend(entries) if entries and (announced or len(entries) >= MIN_ENTRIES) else Legend()


def _understood(text: str, words: bool) -> list[tuple[str, str, StatusCategory]]:
    """The entries of a text whose meaning the vocabulary understands: (key as looked up, meaning, category)."""
    found = []
    for match in _entries(text, words):
        meaning = match["meaning"].strip(" .")
        verdict = classify_value(meaning) if len(meaning.split()) <= MAX_MEANING_WORDS else None
        if verdict is not None:
            key = _word_key(match["key"]) if words else _key_of(match["key"])
            found.append((key, meaning, verdict.category))
    return found


def _word_key(word: str) -> str:
    """A word key as looked up: "green" for a colour word, else the word in lower case."""
    return colour_name(word) or word.lower()


def _abbreviation_entries(text: str) -> dict[str, tuple[StatusCategory, str]]:
    """A text's entries "Påg. = pågår" whose key abbreviates its meaning word by word and whose meaning is a
    status: "Bil. = bilaga" is no status, and "Kl. = genomförd" no abbreviation of it."""
    entries: dict[str, tuple[StatusCategory, str]] = {}
    for match in _ABBREVIATION_ENTRY.finditer(text):
        key, meaning = _abbreviation_key(match["key"]), match["meaning"].strip(" .")
        verdict = classify_value(meaning) if _abbreviates(key.split(), meaning.lower().split()) else None
        if verdict is not None and verdict.complete:
            entries.setdefault(key, (verdict.category, meaning))
    return entries


def _abbreviation_key(printed: str) -> str:
    """An abbreviation as looked up: its words in lower case without their full stops ("Ej påb." → "ej påb")."""
    return " ".join(word.strip(".").lower() for word in printed.split())


def _abbreviates(short: list[str], full: list[str]) -> bool:
    """True when each short word abbreviates the full word in its place: the same first letter, and its letters
    in order ("påg" of "pågår", "genomf" of "genomförd", "pgr" of "pågår" as a contraction)."""
    return 0 < len(short) <= len(full) and all(
        s[:1] == f[:1] and _in_order(s, f) for s, f in zip(short, full, strict=False)
    )


def _in_order(letters: str, word: str) -> bool:
    remaining = iter(word)
    return all(letter in remaining for letter in letters)


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
