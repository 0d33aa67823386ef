"""Patterns of the items stage, built from the vocabulary files (item nouns, status labels)."""

from __future__ import annotations

import re
from functools import cache

from hpextract.utils.numbers import NUMBER_LIST, parse_number_list
from hpextract.utils.swedish import compile_loose
from hpextract.vocab import grammar
from hpextract.vocab.items import field_labels, follow_up_stems, item_nouns, labels_with_role, other_document_stems

# OCR debris that may precede a heading: a stray quote, bar or dot from a speck on the page.
DEBRIS = r"[‘’'`´|.,·]{0,2}\s*"
# A status line ends its label with a colon, or a dash with spaces around it (not a range "2–3", a date).
_LABEL_END = r"(?:\s*:|\s+[–—-]\s)"


def _alternatives(words: list[str]) -> str:
    """A regex alternation of words, longest first; compile it with `compile_loose` (lost å/ä/ö match too)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def item_nouns_pattern() -> str:
    """Any item noun in any inflection ("uppdrag", "uppdragen", "åtgärdernas")."""
    return rf"(?:{_alternatives(list(item_nouns()))})\w*"


@cache
def group_statement() -> re.Pattern[str]:
    """A sentence about all items of the group it stands in: "Samtliga åtgärder inom området är genomförda",
    "Åtgärderna inom området har inte påbörjats" (grammar.toml: group_words)."""
    words = _alternatives([str(w) for w in grammar()["group_words"]])
    return compile_loose(rf"\b{item_nouns_pattern()}\s+(?:inom|i|för)\s+(?:hela\s+)?(?:{words})\b", re.IGNORECASE)


@cache
def status_labels_pattern() -> str:
    return _alternatives(labels_with_role("status", "comment"))


@cache
def opens_with_label() -> re.Pattern[str]:
    """A text that opens with a label of any role in `status_labels.tsv` ("Status per 2024-08-31", "Färdiggrad")."""
    return compile_loose(rf"^(?:{_alternatives(labels_with_role('status', 'comment', 'progress', 'document'))})\b")


@cache
def opens_with_field_label() -> re.Pattern[str]:
    """A text that opens with the label of a field describing an item (`field_labels.tsv`: "Bakgrund", "Ansvarig
    nämnd", "Klart senast")."""
    return compile_loose(rf"^(?:{_alternatives(field_labels())})\b")


@cache
def status_line() -> re.Pattern[str]:
    """A line that opens with a status label: a run-in field ("Status: Pågår.", "Status 2024-12-31: Klar",
    "Status (december) – Pågår") when text follows, a status heading ("Status för uppdrag 3:") when not."""
    return compile_loose(
        rf"^{DEBRIS}(?P<head>(?P<label>{status_labels_pattern()})\b(?P<qual>[^:\n]{{0,80}}?)){_LABEL_END}\s*(?P<rest>.*)$",
        re.IGNORECASE | re.DOTALL,
    )


@cache
def two_column_field() -> re.Pattern[str]:
    """A status label and a short value on one line, as a two-column row prints: "Status Ny" (the caller checks
    that the value is capitalised: "Status och planerad inriktning" is a heading)."""
    return compile_loose(
        rf"^(?P<head>(?P<label>{_alternatives(labels_with_role('status'))}))"
        r"\s+(?P<rest>[^\W\d_][\w-]*(?:\s+[\w-]+){0,3}\.?)$",
        re.IGNORECASE | re.DOTALL,
    )


@cache
def status_heading_anywhere() -> re.Pattern[str]:
    """A short heading that names a status label anywhere ("Åtgärdens status:", "Uppföljning av uppdrag 3:")."""
    return compile_loose(rf"\b(?:{status_labels_pattern()})\b", re.IGNORECASE)


@cache
def named_items() -> re.Pattern[str]:
    """Item numbers named after an item noun: "uppdrag 3, 4 och 5", "åtgärderna 2–4"."""
    return compile_loose(rf"\b{item_nouns_pattern()}\s+(?:nr\.?\s*)?(?P<nums>{NUMBER_LIST})", re.IGNORECASE)


@cache
def group_pattern() -> re.Pattern[str]:
    """The items a theme covers, in brackets after its title: "samordning av samverkansnivåer (uppdrag 1-2)".
    The title is what precedes, read by `group_title_before`: a pattern for it would be tried from every
    position of a long sentence (a 40 MB paragraph took minutes even with the title bounded)."""
    return compile_loose(rf"\({item_nouns_pattern()}\s+(?P<nums>{NUMBER_LIST})\)")


GROUP_TITLE_MAX = 200
"""The longest title of a theme, in characters."""


def group_title_before(text: str) -> str:
    """The title of a theme that ends `text`: its last run without a bracket, stop, colon or semicolon."""
    return re.split(r"[;:().]", text)[-1].rstrip()[-GROUP_TITLE_MAX:]


@cache
def stated_count() -> re.Pattern[str]:
    """ "19 uppdrag": a count of items the text states."""
    return compile_loose(rf"\b(\d{{1,3}})\s+{item_nouns_pattern()}\b")


@cache
def follow_up_words() -> re.Pattern[str]:
    """A word that marks a document as a follow-up of a plan ("Uppföljning av …", "2025 Årsbokslut"), also as
    the last part of a compound ("Slutuppföljning", "Halvårsuppföljningen")."""
    return compile_loose(rf"\b[^\W\d_]*(?:{_alternatives(follow_up_stems())})", re.IGNORECASE)


@cache
def other_document_words() -> re.Pattern[str]:
    """A title's opening words when they name a document of another kind than a follow-up ("Yttrande över
    förslag …", "Remissvar", also as the last part of a compound, "Remissyttrande"), perhaps after whose it is
    ("Kommunstyrelsens yttrande …"); use with `match`."""
    return compile_loose(rf"(?:[^\W\d_]+s\s+)?[^\W\d_]*(?:{_alternatives(other_document_stems())})", re.IGNORECASE)


def item_noun_kind(text: str) -> str | None:
    """The item kind of the noun a text starts with ("Aktiviteter" → "activity", "Nämndmål" → "goal")."""
    words = text.lower().split()
    if not words:
        return None
    nouns = item_nouns()
    return next((nouns[n] for n in sorted(nouns, key=len, reverse=True) if words[0].startswith(n)), None)


# Inflections of a Swedish noun: definite, plural, plural definite, genitive ("uppdraget", "åtgärderna", "målens").
_INFLECTION = r"(?:en|et|er|erna|ar|arna|na|n|t|ena)?s?"


@cache
def _noun_words() -> re.Pattern[str]:
    return compile_loose(rf"\b(?P<noun>{_alternatives(list(item_nouns()))}){_INFLECTION}\b", re.IGNORECASE)


def kinds_named(text: str) -> list[str]:
    """The item kinds a text names, in order ("Planen innehåller sex uppdrag och två mål" → assignment, goal)."""
    nouns = item_nouns()
    return [nouns.get(m["noun"].lower(), "item") for m in _noun_words().finditer(text)]


@cache
def printed_progress() -> re.Pattern[str]:
    """A progress label and a percentage: "Färdiggrad 75 %", "Andel klart: 40%"."""
    return compile_loose(
        rf"\b(?:{_alternatives([w for w in labels_with_role('progress') if w[:1].isalpha()])})\b"
        r"\W{0,3}(?P<percent>\d{1,3}(?:[.,]\d+)?)\s*%",
        re.IGNORECASE,
    )


@cache
def _structure_words() -> re.Pattern[str]:
    return compile_loose(rf"^(?:{item_nouns_pattern()}|{status_labels_pattern()})\b", re.IGNORECASE)


def is_structure(text: str) -> bool:
    """A line that names an item or a status label ("Uppdrag 1", "Status"): structure, never a running header."""
    return bool(_structure_words().match(text))


_PAREN_LIST = re.compile(rf"\(({NUMBER_LIST})\)")


@cache
def _mention() -> re.Pattern[str]:
    """An item noun (vocab/item_nouns.tsv) and the numbers after it: "uppdrag 3-5", "åtgärderna (2, 4)"."""
    return compile_loose(rf"\b{item_nouns_pattern()}\s+\(?({NUMBER_LIST})")


@cache
def _noun() -> re.Pattern[str]:
    return compile_loose(rf"\b{item_nouns_pattern()}")


def mentioned_numbers(text: str) -> list[int | str]:
    """Item numbers named in a text: "uppdrag 3-5", "uppdragen (7, 13 och 16)"."""
    numbers = [n for m in _mention().finditer(text) for n in parse_number_list(m.group(1))]
    if _noun().search(text):
        numbers += [n for m in _PAREN_LIST.finditer(text) for n in parse_number_list(m.group(1))]
    return list(dict.fromkeys(numbers))
