"""Words of a status text: tokens with their position, lower-case form and lemma (simplemma's Swedish table)."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

# A number with its separators ("2020-12-11", "3-5"), a word (hyphenated compounds whole), or one other character.
_TOKEN = re.compile(r"\d+(?:[.,:–-]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*|[^\w\s]")
_LANGUAGE = "sv"


class Token(NamedTuple):  # a tuple, not a frozen dataclass: a long report makes millions, and this builds fastest
    text: str
    start: int
    end: int
    lower: str  # the text in lower case, kept: every pattern and phrase compares it

    @property
    def lemma(self) -> str:
        return lemma(self.lower)


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]


@cache
def lemma(word: str) -> str:
    """The dictionary form of a lower-case Swedish word ("genomfördes" → "genomföra"); the word when unknown."""
    if not word[:1].isalpha():
        return word
    import simplemma  # imported on first use: loading its Swedish table takes about a second

    return str(simplemma.lemmatize(word, lang=_LANGUAGE))
