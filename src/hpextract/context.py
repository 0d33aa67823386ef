"""Context rules for short Swedish words that OCR makes ambiguous (ar → är/år, far → får/far, bor → bör/bor)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hpextract.ocr_repair import Choice, WordRepairer

NUMBER = re.compile(r"^\(?\d[\d.,:–-]*\)?[.,;:]?$")
EDGES = "()[]\"'”’.,;:!?"
# words after which a noun "år" (year) is expected rather than the verb "är"
BEFORE_YEAR = frozenset(
    "ett två tre fyra fem sex sju åtta nio tio elva tolv tjugo hundra några flera många varje vart "
    "detta samma nästa förra föregående kommande innevarande första andra tredje fjärde femte sista "
    "hela halvt per i inom efter sedan under fyllda".split()
)
POSSESSIVE = frozenset("min din sin hans hennes deras vår er ens en".split())
AFTER_LIVES = frozenset("i på hos kvar hemma ensam ensamma tillsammans nära utanför".split())


def bare(word: str) -> str:
    """WORD lowercased, without surrounding punctuation."""
    return word.strip(EDGES).lower()


def year_or_is(prev: str, following: str) -> str:
    """'år' after a number, numeral or determiner or before a number, else the verb 'är'."""
    if NUMBER.match(prev) or bare(prev) in BEFORE_YEAR or NUMBER.match(following):
        return "år"
    return "är"


def rule_for(options: set[str], best: str, prev: str, following: str) -> tuple[str, str] | None:
    """(word, rule) when OPTIONS (lowercase) holds a pair, with BEST in it, that a context rule settles."""
    if {"är", "år"} <= options and best in ("är", "år"):
        word = year_or_is(prev, following)
        return word, "number/determiner before or number after" if word == "år" else "verb position"
    if {"får", "far"} <= options and best in ("får", "far"):
        if bare(prev) in POSSESSIVE:
            return "far", "possessive before"
        return "får", "no possessive before"
    if {"bör", "bor"} <= options and best in ("bör", "bor"):
        if bare(following) in AFTER_LIVES:
            return "bor", "place preposition after"
        return "bör", "no place preposition after"
    return None


def choose_in_context(
    repairer: WordRepairer, word: str, prev: str, following: str, prefix: bool = False
) -> Choice | None:
    """The repair of WORD given its neighbours: a context rule where one applies, else the lexical choice."""
    from hpextract.ocr_repair import Choice, recase

    choice = repairer.choose(word, prefix)
    if len(word) <= 3 and not prefix:
        found = repairer.candidates_cached(word, prefix)
        best = (choice.word if choice else word).lower()
        rule = rule_for({w.lower() for w in found}, best, prev, following)
        if rule is not None:
            cased = recase(rule[0], "title" if word[:1].isupper() else "lower")
            if cased == word:
                return None
            return Choice(cased, f"context: {rule[1]}")
    return choice
