"""An assessment stated in a sentence: "Måluppfyllelsen bedöms därför som grön", "Bedömningen är röd".

The colour (or a code of the report's legend) is the item's status as a printed "Bedömning: Grön" would be: read
through the report's legend, else by the default colour convention (vocab/colours.tsv, a guess). The words that
make a sentence an assessment are grammar.toml's assessments, assessment_links and assessment_tails."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from hpextract.status.legend import Legend, colour_name
from hpextract.status.vocabulary import Verdict, classify_value, clauses
from hpextract.status.words import Token
from hpextract.utils.swedish import sentences
from hpextract.vocab import grammar

# Punctuation that may end the clause right after the assessed value (not "(": "som grön (målet är uppfyllt)" is
# a legend written into a sentence).
_CLAUSE_ENDS = frozenset({".", "!"})


@dataclass(frozen=True, slots=True)
class Assessment:
    """One assessment sentence: the sentence, the value as printed ("grön") and what it means."""

    sentence: str
    value: str
    verdict: Verdict


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(str(word) for word in grammar()[key])


def assessments(text: str, legend: Legend | None) -> list[Assessment]:
    """Every sentence of a text that states its item's assessment as a colour or a legend's code, in order;
    the report's own legend sentences are not assessments."""
    found = []
    for sentence in (s for paragraph in text.split("\n\n") for s in sentences(paragraph)):
        if legend and legend.explains(sentence):
            continue
        for clause in clauses(sentence):
            value = _assessed_value(clause.tokens, legend)
            verdict = classify_value(value.text, legend) if value else None
            if value and verdict:
                found.append(Assessment(sentence, value.text, verdict))
                break
    return found


def _assessed_value(tokens: tuple[Token, ...], legend: Legend | None) -> Token | None:
    """The colour or code a clause assesses its subject as: after an assessment word, a link ("som", "är") and
    the value, which ends the clause. None in a negated clause ("bedöms inte som grönt")."""
    negators = set(grammar()["negators"])
    assessed = False
    for index, token in enumerate(tokens):
        if token.lower in negators:
            return None
        if token.lower in _words("assessments") or token.lemma in _words("assessments"):
            assessed = True
        elif assessed and token.lower in _words("assessment_links") and index + 1 < len(tokens):
            value = tokens[index + 1]
            if _is_value(value, legend) and _ends_clause(tokens, index + 2):
                return value
    return None


def _is_value(token: Token, legend: Legend | None) -> bool:
    return colour_name(token.text) is not None or bool(legend and legend.lookup(token.text))


def _ends_clause(tokens: tuple[Token, ...], index: int) -> bool:
    """Nothing more of the clause follows, or only a closing stop or a tail ("… som grönt för 2025"): a colour
    followed by its noun ("som gröna ytor") is no assessment."""
    if index >= len(tokens):
        return True
    following = tokens[index]
    return following.text in _CLAUSE_ENDS or following.lower in _words("assessment_tails")
