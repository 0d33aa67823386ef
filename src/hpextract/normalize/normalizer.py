"""The normalize stage: basic Swedish text normalization and repair of OCR damage (lost å ä ö)."""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from hpextract.normalize.context import choose_in_context

if TYPE_CHECKING:
    from hpextract.normalize.ocr_repair import WordRepairer

EXPECTED_MARKED_SHARE = 0.05  # å/ä/ö among the letters of Swedish prose
DAMAGED_BELOW = 0.01  # a share below this (in enough text) means the diacritics were lost
MIN_LETTERS = 200  # below this the share says little; look for OCR marks instead
TRANSLATE = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u00ad": None,
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
        "\u00a0": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u202f": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2004": " ",
        "\u2005": " ",
        "\u2006": " ",
        "\u205f": " ",
        "\u3000": " ",
        "\t": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "–",
        "\u2015": "—",
        "\u2212": "–",
        "\u201c": "”",
        "\u201e": "”",
        "\u201f": "”",
        "\u00ab": "”",
        "\u00bb": "”",
        "\u2018": "’",
        "\u201a": "’",
        "\u201b": "’",
        "\r": None,
    }
)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
SPACES = re.compile(r"(?<=\S) {2,}")
TRAILING = re.compile(r" +$", re.MULTILINE)
TOKEN = re.compile(r"\S+")
CORE = re.compile(r"^([(\[\"'”’]*)(.*?)([.,;:!?)\]\"'”’]*)$")
PART_SEP = re.compile(r"([-/–])")
MARKED = re.compile(r"[åäöÅÄÖ]")
LETTER = re.compile(r"[^\W\d_]")
OCR_MARKS = re.compile(r"(?:^|\s)\|(?:\s|$)|[^\W\d_]*(?:[a-z][0-9&|]|[0-9&|][a-z])[^\W\d_]*|[a-z]é[a-z]")
SWEDISH = frozenset(
    [
        "och",
        "att",
        "som",
        "av",
        "det",
        "en",
        "i",
        "med",
        "till",
        "för",
        "är",
        "på",
        "om",
        "har",
        "de",
        "den",
        "inte",
        "ett",
    ]
)
ENGLISH = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "is",
        "in",
        "that",
        "for",
        "with",
        "on",
        "are",
        "this",
        "be",
        "as",
        "it",
        "by",
        "from",
    ]
)


def clean_text(text: str) -> str:
    """Basic normalization: NFC, ligatures, soft hyphens, odd spaces, one quote/dash policy, spaces.

    Policy: curly and low double quotes become ”, single ones ’ (Swedish typography; straight
    quotes stay as they are); hyphen variants become -, figure dash and minus –; runs of spaces
    inside a line become one space and trailing spaces go; line breaks are kept.
    """
    text = unicodedata.normalize("NFC", text).translate(TRANSLATE)
    text = CONTROL.sub("", text)
    return TRAILING.sub("", SPACES.sub(" ", text))


def text_layer_quality(text: str) -> tuple[Literal["good", "damaged"], float]:
    """Score = share of å/ä/ö among letters relative to Swedish prose (1.0 = as expected); verdict."""
    text = unicodedata.normalize("NFC", text)
    letters = len(LETTER.findall(text))
    share = len(MARKED.findall(text)) / letters if letters else 0.0
    score = round(min(1.0, share / EXPECTED_MARKED_SHARE), 3)
    words = [w.lower() for w in TOKEN.findall(text)]
    swedish = sum(w in SWEDISH for w in words) >= sum(w in ENGLISH for w in words)
    if letters >= MIN_LETTERS:
        damaged = share < DAMAGED_BELOW and swedish
    else:
        damaged = share == 0 and bool(OCR_MARKS.search(text))
    return ("damaged" if damaged else "good"), score


@dataclass
class Change:
    """One repaired word: offset into the cleaned text (clean_text of the input)."""

    token: str
    replacement: str
    reason: str
    offset: int


@dataclass
class Repair:
    """Result of normalizing one text: the text, its changes, its whitespace tokens and how many changed."""

    text: str
    changes: list[Change] = field(default_factory=list)
    tokens: int = 0
    changed: int = 0  # whitespace tokens with at least one change (source.normalization.changed)


class Normalizer:
    """Normalization and OCR repair; loads the lexicons on first repair and caches per word type."""

    def __init__(self) -> None:
        self._repairer: WordRepairer | None = None
        self._lock = threading.Lock()

    @property
    def repairer(self) -> WordRepairer:
        """The word repairer (wordfreq, Hunspell, learned OCR confusions), loaded once."""
        with self._lock:
            if self._repairer is None:
                from hpextract.normalize.lexicon import Lexicon
                from hpextract.normalize.ocr_repair import WordRepairer, load_confusions

                self._repairer = WordRepairer(Lexicon(), load_confusions())
        return self._repairer

    def repair(self, text: str, damaged: bool | None = None) -> Repair:
        """clean_text, then OCR repair when the text is (judged) damaged; whitespace is kept."""
        cleaned = clean_text(text)
        if damaged is None:
            damaged = text_layer_quality(cleaned)[0] == "damaged"
        if not damaged:
            return Repair(cleaned, [], len(TOKEN.findall(cleaned)))
        return self._repair_tokens(cleaned)

    def repair_document(self, texts: list[str]) -> list[Repair]:
        """Repair several fields of one document: one verdict for all, same word same repair."""
        cleaned = [clean_text(t) for t in texts]
        damaged = text_layer_quality("\n".join(cleaned))[0] == "damaged"
        return [self.repair(t, damaged) for t in cleaned]

    def _repair_tokens(self, text: str) -> Repair:
        """Repair every word of TEXT (already cleaned)."""
        out: list[str] = []
        changes: list[Change] = []
        pos, prev, count, changed = 0, "", 0, 0
        matches = list(TOKEN.finditer(text))
        for k, m in enumerate(matches):
            count += 1
            following = matches[k + 1].group() if k + 1 < len(matches) else ""
            new = self._repair_token(m.group(), m.start(), prev, following, changes)
            changed += new != m.group()
            out += [text[pos : m.start()], new]
            pos, prev = m.end(), new
        out.append(text[pos:])
        return Repair("".join(out), changes, count, changed)

    def _repair_token(self, token: str, offset: int, prev: str, following: str, changes: list[Change]) -> str:
        """Repair the word parts of one whitespace token, recording the changes."""
        lead, core, trail = CORE.match(token).groups()  # type: ignore[union-attr]
        if not core or MARKED.search(core):
            return token
        pieces = PART_SEP.split(core)
        at = offset + len(lead)
        for i, part in enumerate(pieces):
            if i % 2 == 0 and part:
                prefix = i + 1 < len(pieces) and pieces[i + 1] == "-"
                choice = choose_in_context(self.repairer, part, prev, following, prefix)
                if choice is not None:
                    changes.append(Change(part, choice.word, choice.reason, at))
                    pieces[i] = choice.word
            at += len(part)
        return lead + "".join(pieces) + trail


_normalizer: Normalizer | None = None


def get_normalizer() -> Normalizer:
    """The process-wide Normalizer."""
    global _normalizer
    if _normalizer is None:
        _normalizer = Normalizer()
    return _normalizer
