"""Context rules for short words that OCR makes ambiguous (ar → är/år, far → får/far, bor → bör/bor)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hpextract.normalize.ocr_repair import Choice, WordRepairer

NUMBER = re.compile(r"^\(?\d[\d.,:–-]*\)?[.,;:]?$")
EDGES = "()[]\"'”’.,;:!?"
# words after which a noun "år" (year) is expected rather than the verb "är"
BEFORE_YEAR = frozenset(
    [
        "ett",
        "två",
        "tre",
        "fyra",
        "fem",
        "sex",
        "sju",
        "åtta",
        "nio",
        "tio",
        "elva",
        "tolv",
        "tjugo",
        "hundra",
        "några",
        "flera",
        "många",
        "varje",
        "vart",
        "detta",
        "samma",
        "nästa",
        "förra",
        "föregående",
        "kommande",
        "innevarande",
        "första",
        "andra",
        "tredje",
        "fjärde",
        "femte",
        "sista",
        "hela",
        "halvt",
        "per",
        "i",
        "inom",
        "efter",
        "sedan",
        "under",
        "fyllda",
    ]
)
# words that follow the verb "är" but cannot follow the noun "år"
AFTER_IS = frozenset(
    [
        "inte",
        "inget",
        "ingen",
        "inga",
        "ett",
        "en",
        "det",
        "detta",
        "dessa",
        "denna",
        "de",
        "den",
        "också",
        "även",
        "att",
        "nu",
        "redan",
        "ännu",
        "fortfarande",
        "därför",
        "dock",
        "helt",
        "mycket",
        "mer",
        "mest",
        "mindre",
        "ofta",
        "alltid",
        "sedan",
        "viktigt",
        "svårt",
        "möjligt",
        "oklart",
    ]
)
YEAR = re.compile(r"^\(?(19|20)\d\d\)?[.,;:]?$")
POSSESSIVE = frozenset(["min", "din", "sin", "hans", "hennes", "deras", "vår", "er", "ens", "en"])
AFTER_LIVES = frozenset(
    ["i", "på", "hos", "kvar", "hemma", "ensam", "ensamma", "tillsammans", "nära", "utanför"]
)


def bare(word: str) -> str:
    """WORD lowercased, without surrounding punctuation."""
    return word.strip(EDGES).lower()


def year_or_is(prev: str, following: str) -> str:
    """'är' before a word that only follows the verb, or after a year; 'år' after a number, numeral
    or determiner or before a number; else the verb 'är'."""
    if bare(following) in AFTER_IS or YEAR.match(prev):
        return "är"
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


def sentence_start(prev: str) -> bool:
    """Whether a word after PREV may begin a sentence, heading or list item."""
    return not prev or prev[-1] in '.!?:)”"' or prev.isdigit()


def lowercase_reading(repairer: WordRepairer, word: str, prev: str, prefix: bool) -> Choice | None:
    """Mid-sentence, a capital A or O starting a word that is no word as it stands is likely an OCR'd
    ä, å or ö ("Aven" -> även)."""
    from hpextract.normalize.ocr_repair import Choice

    if word[:1] not in "AO" or not word[1:].islower() or sentence_start(prev):
        return None
    found = repairer.candidates_cached(word, prefix)
    if word in found:
        return None
    lower = [w for w in found if w[:1] in "äåö"]
    if not lower:
        return None
    best = max(lower, key=lambda w: found[w][0])
    return Choice(best, "capital A/O mid-sentence read as " + best[0] + "; " + found[best][1])


def choose_in_context(
    repairer: WordRepairer, word: str, prev: str, following: str, prefix: bool = False
) -> Choice | None:
    """The repair of WORD given its neighbours: a context rule where one applies, else the lexical choice."""
    from hpextract.normalize.ocr_repair import Choice, recase

    choice = lowercase_reading(repairer, word, prev, prefix) or repairer.choose(word, prefix)
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
