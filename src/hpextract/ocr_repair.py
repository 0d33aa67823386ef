"""Repair of Swedish words damaged by English-model OCR: candidates, lexical ranking, context rules."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from pathlib import Path

from hpextract.lexicon import Lexicon, fold

CONFUSIONS = Path(__file__).parent / "data" / "ocr_confusions.json"
MAX_SUBS = 2  # OCR confusions (other than a lost diacritic) per word
CHANNEL_WEIGHT = 1.0  # weight of -log10 P(ocr | clean) against the zipf frequency
COMPOUND_COST = 3.0  # zipf cost per extra part of a compound missing from wordfreq
MIN_PART = 3  # shortest compound part
MIN_PART_ZIPF = 1.5  # compound parts must be at least this frequent
MIN_KEEP_ZIPF = 3.0  # a direct wordfreq hit this frequent makes compound analysis unnecessary
BEAM = 12
LETTERS = re.compile(r"[^\W\d_]+")
REPAIRABLE = re.compile(r"[^\W\d_]|^\|$")  # a letter, or a lone | (read as I)
PROBE_HEAD = "arbete"  # a compound head that makes a valid word of any valid compound start


@dataclass(frozen=True)
class Choice:
    """The repair chosen for one word and why."""

    word: str
    reason: str


def case_of(word: str) -> str | None:
    """'lower', 'title', 'upper' or None (mixed case) of the letters of WORD."""
    letters = "".join(LETTERS.findall(word))
    if not letters or letters.islower():
        return "lower"
    if letters.isupper():
        return "upper" if len(letters) > 1 else "title"
    if letters[0].isupper() and letters[1:].islower():
        return "title"
    return None


def recase(word: str, case: str) -> str:
    """WORD (lowercase) written in CASE."""
    if case == "upper":
        return word.upper()
    if case == "title":
        return word[:1].upper() + word[1:]
    return word


def load_confusions(path: Path = CONFUSIONS) -> dict[str, dict[str, float]]:
    """The learned table: OCR string -> {clean string: P(ocr | clean)}."""
    return json.loads(path.read_text(encoding="utf-8"))["confusions"]


class WordRepairer:
    """Chooses the most likely Swedish word behind an OCR'd word; cached per word type."""

    def __init__(self, lexicon: Lexicon, confusions: dict[str, dict[str, float]]) -> None:
        self.lex = lexicon
        self.fold_cost = self._fold_costs(confusions)
        self.subs = self._substitutions(confusions)
        self.keys = sorted(self.subs, key=len, reverse=True)
        self.candidates_cached = lru_cache(maxsize=None)(self.candidates)
        self.choose = lru_cache(maxsize=None)(self._choose)

    @staticmethod
    def _fold_costs(confusions: dict[str, dict[str, float]]) -> dict[tuple[str, str], float]:
        """Cost -log10 P(plain | marked) of a lost diacritic, e.g. ('a', 'ä')."""
        costs = {}
        for ocr, cleans in confusions.items():
            for clean, p in cleans.items():
                if len(ocr) == len(clean) == 1 and fold(clean.lower()) == ocr.lower() != clean.lower():
                    costs[(ocr.lower(), clean.lower())] = -math.log10(p)
        for plain, marked in (("a", "å"), ("a", "ä"), ("o", "ö"), ("e", "é")):
            costs.setdefault((plain, marked), 0.5)
        return costs

    @staticmethod
    def _substitutions(confusions: dict[str, dict[str, float]]) -> dict[str, list[tuple[str, float]]]:
        """OCR string -> [(clean string, cost)] for confusions other than a lost diacritic."""
        subs: dict[str, list[tuple[str, float]]] = {}
        for ocr, cleans in confusions.items():
            for clean, p in cleans.items():
                if fold(clean) != ocr:
                    subs.setdefault(ocr, []).append((clean, -math.log10(p)))
        return subs

    def variants(self, word: str) -> list[tuple[str, float, tuple[str, ...]]]:
        """WORD with up to MAX_SUBS learned OCR confusions undone: (text, cost, confusions used)."""
        sites = []
        for i in range(len(word)):
            for key in self.keys:
                if word.startswith(key, i):
                    sites += [(i, key, clean, cost) for clean, cost in self.subs[key]]
        out = [(word, 0.0, ())]
        for n in range(1, MAX_SUBS + 1):
            for combo in combinations(sites, n):
                if any(a[0] + len(a[1]) > b[0] for a, b in zip(combo, combo[1:], strict=False)):
                    continue
                text, pos = [], 0
                for i, key, clean, _ in combo:
                    text += [word[pos:i], clean]
                    pos = i + len(key)
                text.append(word[pos:])
                used = tuple(f"{key}→{clean}" for _, key, clean, _ in combo)
                out.append(("".join(text), sum(c[3] for c in combo), used))
        return out

    def channel(self, plain: str, word: str) -> float:
        """Cost of the lost diacritics that turn WORD into PLAIN (same length, PLAIN == fold(WORD))."""
        return sum(self.fold_cost.get((p, w), 0.0) for p, w in zip(plain, word, strict=True) if p != w)

    def compounds(self, key: str) -> list[tuple[str, float]]:
        """Spellings of KEY as a compound of known words (with linking s): (word, score).

        Score = sum of the parts' zipf values minus COMPOUND_COST per extra part (the compound's
        probability taken as the product of its parts' probabilities, scaled).
        """
        n = len(key)
        best: list[list[tuple[float, int, str]]] = [[] for _ in range(n + 1)]
        best[0] = [(0.0, 0, "")]
        for i in range(MIN_PART, n + 1):
            options = []
            for j in range(0, i - MIN_PART + 1):
                if not best[j] or (i < n and n - i < MIN_PART):
                    continue
                for word, z in self._parts(key[j:i], final=i == n):
                    options += [(score + z, count + 1, prefix + word) for score, count, prefix in best[j]]
            options.sort(key=lambda o: -(o[0] - COMPOUND_COST * o[1]))
            best[i] = options[:BEAM]
        return [(w, s - COMPOUND_COST * (c - 1)) for s, c, w in best[n] if c > 1]

    def _parts(self, piece: str, final: bool) -> list[tuple[str, float]]:
        """Known words spelled PIECE (as a non-final part also PIECE minus a linking s)."""
        zipf = self.lex.zipf
        out = [(w, zipf[w]) for w in self.lex.spellings(piece) if zipf[w] >= MIN_PART_ZIPF]
        if not final and len(piece) > MIN_PART and piece.endswith("s"):
            out += [(w + "s", zipf[w]) for w in self.lex.spellings(piece[:-1]) if zipf[w] >= MIN_PART_ZIPF]
        return out

    def valid(self, word: str, prefix: bool) -> bool:
        """Whether WORD is Swedish; a PREFIX (before a hyphen, "hälso- och") as the start of a compound."""
        return self.lex.spell(word) or (prefix and self.lex.spell(word.lower() + PROBE_HEAD))

    def candidates(self, word: str, prefix: bool = False) -> dict[str, tuple[float, str]]:
        """Valid spellings of WORD (cased) -> (score, reason)."""
        found: dict[str, tuple[float, str]] = {}
        for text, cost, used in self.variants(word):
            case = case_of(text)
            if case is None or not text.isalpha():
                continue
            low = text.lower()
            key = fold(low)
            if len(key) == 1 and not used:
                continue
            hits = [(w, self.lex.zipf[w], "wordfreq") for w in self.lex.spellings(key)]
            if len(key) >= 6 and not any(z >= MIN_KEEP_ZIPF for _, z, _ in hits):
                hits += [(w, z, "compound") for w, z in self.compounds(key)]
            for w, z, source in hits:
                cased = recase(w, case)
                score = z - CHANNEL_WEIGHT * (cost + self.channel(key, w) if len(w) == len(key) else cost)
                if (cased not in found or found[cased][0] < score) and self.valid(cased, prefix):
                    found[cased] = (score, self._reason(word, cased, used, source, z))
        if word.isalpha() and word not in found and self.valid(word, prefix):
            found[word] = (self.lex.zipf.get(word.lower(), MIN_PART_ZIPF), "unchanged")
        return found

    @staticmethod
    def _reason(word: str, cased: str, used: tuple[str, ...], source: str, zipf: float) -> str:
        """Human-readable reason of a repair."""
        kind = "OCR confusion " + ", ".join(used) if used else "lost diacritics"
        return f"{kind}; {source} zipf {zipf:.2f}; hunspell ok"

    def _choose(self, word: str, prefix: bool = False) -> Choice | None:
        """The best repair of WORD, or None when WORD should stay."""
        if word in self.lex.domain or not REPAIRABLE.search(word):
            return None
        found = self.candidates_cached(word, prefix)
        if not found:
            return None
        best = max(found, key=lambda w: found[w][0])
        if best == word:
            return None
        return Choice(best, found[best][1])
