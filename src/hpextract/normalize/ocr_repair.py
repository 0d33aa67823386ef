"""Repair of Swedish words damaged by English-model OCR: candidates, lexical ranking, validity."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, pairwise
from pathlib import Path

from hpextract.normalize.lexicon import Lexicon, fold

CONFUSIONS = Path(__file__).parent.parent / "data" / "ocr_confusions.json"
MAX_SUBS = 2  # OCR confusions (other than a lost diacritic) per word
CHANNEL_WEIGHT = 1.0  # weight of -log10 P(ocr | clean) against the zipf frequency
COMPOUND_COST = 6.0  # compound zipf = sum of the parts' zipf - this per extra part
MIN_PART = 3  # shortest compound part
MIN_PART_ZIPF = 1.5  # compound parts must be at least this frequent
MIN_KEEP_ZIPF = 3.0  # a valid wordfreq hit this frequent makes compound analysis unnecessary
# A word that is itself this frequent is only repaired into one at least KEEP_OWN_MARGIN more frequent.
KEEP_OWN_ZIPF = 3.0
KEEP_OWN_MARGIN = 0.5
BEAM = 12
MAX_WORD = 40  # longer tokens (URLs, junk) are left alone
LETTERS = re.compile(r"[^\W\d_]+")
REPAIRABLE = re.compile(r"[^\W\d_]|^\|$")  # a letter, or a lone | (read as I)
ABBREVIATION = re.compile(r"^[A-Z]{2,4}$")  # all-capital short words are kept as they are
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
                if any(a[0] + len(a[1]) > b[0] for a, b in pairwise(combo)):
                    continue
                text, pos = [], 0
                for i, key, clean, _ in combo:
                    text += [word[pos:i], clean]
                    pos = i + len(key)
                text.append(word[pos:])
                used = tuple(f"{key}→{clean}" for _, key, clean, _ in combo)
                out.append(("".join(text), sum(c[3] for c in combo), used))
        return out

    def channel(self, reading: str, word: str) -> float:
        """Cost of the lost diacritics that turn WORD into READING (same folded spelling); inf if
        READING has a diacritic (restored by a confusion) that WORD lacks."""
        cost = 0.0
        for r, w in zip(reading, word, strict=True):
            if r != w:
                if not r.isascii():
                    return math.inf
                cost += self.fold_cost.get((r, w), 0.0)
        return cost

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

    def readings(self, word: str) -> list[tuple[str, str, float, tuple[str, ...]]]:
        """Letter-only readings of WORD: (lowercase text, case, confusion cost, confusions used)."""
        out = []
        for text, cost, used in self.variants(word):
            case = case_of(text)
            if case is not None and text.isalpha() and (len(text) > 1 or used):
                out.append((text.lower(), case, cost, used))
        return out

    def candidates(self, word: str, prefix: bool = False) -> dict[str, tuple[float, str]]:
        """Valid spellings of WORD (cased) -> (score, reason); compounds only when no frequent word fits."""
        found: dict[str, tuple[float, str]] = {}
        if len(word) > MAX_WORD:
            return found
        readings = self.readings(word)
        for low, case, cost, used in readings:
            hits = [(w, self.lex.zipf[w]) for w in self.lex.spellings(fold(low))]
            self._add(found, word, hits, "wordfreq", (low, case, cost, used), prefix)
        if not any(score >= MIN_KEEP_ZIPF for score, _ in found.values()):
            for reading in readings:
                if len(reading[0]) >= 2 * MIN_PART:
                    self._add(found, word, self.compounds(fold(reading[0])), "compound", reading, prefix)
        if word.isalpha() and word not in found and self.valid(word, prefix):
            found[word] = (self.lex.zipf.get(word.lower(), MIN_PART_ZIPF), "unchanged")
        return found

    def _add(
        self,
        found: dict[str, tuple[float, str]],
        word: str,
        hits: list[tuple[str, float]],
        source: str,
        reading: tuple[str, str, float, tuple[str, ...]],
        prefix: bool,
    ) -> None:
        """Score HITS (spellings of a reading of WORD) and keep the valid ones in FOUND."""
        low, case, cost, used = reading
        for w, z in hits:
            score = z - CHANNEL_WEIGHT * (cost + self.channel(low, w))
            cased = recase(w, case)
            if score > found.get(cased, (-math.inf, ""))[0] and self.valid(cased, prefix):
                found[cased] = (score, self._reason(used, source, z))

    @staticmethod
    def _reason(used: tuple[str, ...], source: str, zipf: float) -> str:
        """Human-readable reason of a repair."""
        kind = "OCR confusion " + ", ".join(used) if used else "lost diacritics"
        return f"{kind}; {source} zipf {zipf:.2f}; hunspell ok"

    def _choose(self, word: str, prefix: bool = False) -> Choice | None:
        """The best repair of WORD, or None when WORD should stay."""
        if word in self.lex.domain or not REPAIRABLE.search(word) or ABBREVIATION.match(word):
            return None
        found = self.candidates_cached(word, prefix)
        if not found:
            return None
        best = max(found, key=lambda w: found[w][0])
        if best == word or self._keeps_own_reading(word, best):
            return None
        return Choice(best, found[best][1])

    def _keeps_own_reading(self, word: str, best: str) -> bool:
        """A frequent Swedish word stays unless the repair is clearly more frequent ("tillsatta" stays)."""
        own = self.lex.zipf.get(word.lower(), 0.0)
        return own >= KEEP_OWN_ZIPF and self.lex.zipf.get(best.lower(), 0.0) - own < KEEP_OWN_MARGIN
