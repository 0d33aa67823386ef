"""Swedish patterns that still match when an OCR lost the diacritics, and sentence splitting."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

# What an English OCR made of å, ä, ö and é in the corpus: plain vowels, é, 6, &, 0.
_LOOSE_VOWEL = "[åäöéaoeó6&0]"


def loose(pattern: str) -> str:
    """A regex source in which every å ä ö é also matches its usual OCR stand-ins."""
    return re.sub("[åäöéÅÄÖ]", lambda m: _LOOSE_VOWEL if m.group().islower() else "[ÅÄÖAOE]", pattern)


def compile_loose(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(loose(pattern), flags)


@cache
def _nlp() -> Any:
    """spaCy's Swedish tokenizer with a rule-based sentencizer (no model to download)."""
    import spacy

    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    return nlp


# spaCy refuses texts over nlp.max_length (10^6 characters); longer ones are split at line breaks first.
CHUNK = 100_000


def sentences(text: str) -> list[str]:
    """Split Swedish text into sentences (abbreviations such as "bl.a." and "f.d." do not end one)."""
    if not text.strip():
        return []
    nlp = _nlp()
    return [sent.text.strip() for chunk in _chunks(text, CHUNK) for sent in nlp(chunk).sents if sent.text.strip()]


def _chunks(text: str, size: int) -> list[str]:
    """`text` in pieces of at most `size` characters, each cut after its last full stop or line break (so
    that no sentence is cut), else after its last space."""
    pieces = []
    while len(text) > size:
        end = max(text.rfind(". ", 0, size - 1) + 2, text.rfind("\n", 0, size) + 1)
        cut = end if end > 1 else text.rfind(" ", 0, size) + 1 or size
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text]
