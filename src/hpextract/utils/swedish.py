"""Swedish patterns that still match when an OCR lost the diacritics, and sentence splitting."""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import Any

from hpextract.vocab.items import abbreviations, sentence_end_chars

# What an English OCR made of å, ä, ö and é in the corpus: plain vowels, é, 6, &, 0.
_LOOSE_VOWEL = "[åäöéaoeó6&0]"
# The sentence ends in ASCII; the others (in other scripts) send a text to spaCy.
_TERMINATORS = ".!?"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Words that contain a full stop yet make no token of it: numbers such as "1.2" or "2021.03.01".
_DOTTED_NUMBER = re.compile(r"\d+(?:\.\d+)+")
_INITIAL = re.compile(r"[A-ZÅÄÖ]\.")  # "B." stays one token
# A word that ends in a stop, perhaps in brackets or quotes, with the closing one before or after the stop:
# "år.", "(3-5).", "kommun.”".
# Its body has letters or digits, joined by hyphens or dashes only.
_OPENER = re.compile(r"^[(\[“\"]")
_CLOSERS = ")\\]”’\""
_STOPPED_WORD = re.compile(
    rf"{_OPENER.pattern[1:]}?(?P<body>[^\W_]+(?:[-–—][^\W_]+)*)(?P<close>[{_CLOSERS}]?)(?P<stop>[.!?])(?P<after>[{_CLOSERS}]?)"
)


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


def load_spacy() -> None:
    """Load spaCy now, once: before forking workers for many files, some of which may need it."""
    _nlp()


# spaCy refuses texts over nlp.max_length (10^6 characters); longer ones are split at line breaks first.
CHUNK = 100_000


def sentences(text: str) -> list[str]:
    """Split Swedish text into sentences (abbreviations such as "bl.a." and "f.d." do not end one).

    Plain text (sentences ending in a lower-case word and a stop, no abbreviation, no other full stops
    than in numbers) is split here exactly as spaCy would; anything else goes to spaCy, whose import
    costs about two seconds, so most reports never pay it."""
    if not text.strip():
        return []
    quick = plain_sentences(text)
    if quick is not None:
        return quick
    nlp = _nlp()
    return [sent.text.strip() for chunk in _chunks(text, CHUNK) for sent in nlp(chunk).sents if sent.text.strip()]


def plain_sentences(text: str) -> list[str] | None:
    """The sentences of a text in which every stop is unambiguous, else None (the text needs spaCy)."""
    if any(char in sentence_end_chars() for char in _NON_ASCII.findall(text)):
        return None
    starts = [0]
    ends_sentence = False
    for match in re.finditer(r"\S+", text):
        word = match.group()
        if ends_sentence:
            if not word[0].isalnum():
                return None  # punctuation after a stop stays with the sentence before: spaCy's business
            starts.append(match.start())
        ends_sentence = _ends_sentence(word)
        if ends_sentence is None:
            return None
    bounds = [*starts, len(text)]
    found = (text[start:end].strip() for start, end in itertools.pairwise(bounds))
    return [sentence for sentence in found if sentence]


def _ends_sentence(word: str) -> bool | None:
    """Whether a whitespace-delimited word ends its sentence; None when only spaCy can tell."""
    if not any(char in _TERMINATORS for char in word):
        return False
    if _DOTTED_NUMBER.fullmatch(word) or _INITIAL.fullmatch(word) or _OPENER.sub("", word, count=1) in abbreviations():
        return False
    match = _STOPPED_WORD.fullmatch(word)
    if match is None or match["body"] + match["stop"] in abbreviations():
        return None
    return match["stop"] != "." or bool(match["close"]) or _stop_splits_off(match["body"])


def _stop_splits_off(body: str) -> bool | None:
    """spaCy's tokenizer makes a token of a final full stop after a lower-case letter, a digit or two
    capitals ("år.", "2021.", "EU."), not after one capital ("B.", an initial)."""
    if body[-1].islower() or body[-1].isdigit() or (len(body) >= 2 and body[-2:].isupper()):
        return True
    return None


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
