"""Word accuracy of the normalize stage against token-aligned ground truth (used by tests and tools)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from hpextract.normalize.lexicon import fold
from hpextract.normalize.normalizer import get_normalizer

LETTER = re.compile(r"[^\W\d_]")


@dataclass
class Score:
    """Counts of one evaluation and the wrong tokens (seed, output, truth)."""

    total: int = 0
    correct: int = 0
    damaged: int = 0
    fixed: int = 0
    clean: int = 0
    broken: int = 0
    skipped: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """Share of all tokens right after normalize."""
        return self.correct / self.total if self.total else 1.0

    @property
    def fix_rate(self) -> float:
        """Share of the damaged tokens (seed != truth) made right."""
        return self.fixed / self.damaged if self.damaged else 1.0

    @property
    def false_rate(self) -> float:
        """Share of the right tokens (seed == truth) that normalize changed."""
        return self.broken / self.clean if self.clean else 0.0

    def summary(self) -> str:
        """One line with the figures."""
        return (
            f"tokens {self.total}: accuracy {self.accuracy:.2%}; damaged {self.damaged}, fixed "
            f"{self.fixed} ({self.fix_rate:.2%}); right {self.clean}, broken {self.broken} "
            f"({self.false_rate:.2%})"
            + (f"; {self.skipped} alignment artefacts skipped" if self.skipped else "")
        )


def read_alignment(tsv: str) -> list[tuple[str, str]]:
    """1:1 rows (seed token, truth token) of an alignment TSV, header skipped."""
    rows = list(csv.reader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    return [(r[0], r[1]) for r in rows if len(r) >= 2 and r[0] and r[1] and " " not in r[0] + r[1]]


def skeleton(token: str) -> str:
    """Token lowercased and folded, letters only."""
    return "".join(LETTER.findall(fold(token.lower())))


def artefact(orig: str, want: str) -> bool:
    """Whether a row of an automatic alignment is no word-repair task: half of a word broken at a
    line end, a word paired with another word, or no letters in the truth."""
    if orig.endswith("-") and not want.endswith("-") and len(want) > len(orig):
        return True
    a, b = skeleton(orig), skeleton(want)
    return not b or SequenceMatcher(None, a, b).ratio() < 0.5


def score_against_alignment(ocr_text: str, tsv: str, skip_artefacts: bool = False) -> Score:
    """Normalize OCR_TEXT and compare its tokens with the truth of the aligned rows (optionally
    leaving out the rows of an automatic alignment that are no word-repair task)."""
    rows = read_alignment(tsv)
    seed = ocr_text.split()
    out = get_normalizer().repair_document([ocr_text])[0].text.split()
    if len(out) != len(seed):
        raise ValueError("normalize changed the number of tokens")
    s = Score()
    sm = SequenceMatcher(None, seed, [r[0] for r in rows], autojunk=False)
    for a, b, n in sm.get_matching_blocks():
        for k in range(n):
            got, (orig, want) = out[a + k], rows[b + k]
            if skip_artefacts and artefact(orig, want):
                s.skipped += 1
                continue
            s.total += 1
            s.correct += got == want
            if orig == want:
                s.clean += 1
                s.broken += got != want
            else:
                s.damaged += 1
                s.fixed += got == want
            if got != want:
                s.errors.append((orig, got, want))
    return s


def word_errors(reference: list[str], hypothesis: list[str]) -> int:
    """Word-level edit distance (substitutions, insertions, deletions)."""
    previous = list(range(len(hypothesis) + 1))
    for i, ref_word in enumerate(reference, start=1):
        current = [i]
        for j, hyp_word in enumerate(hypothesis, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref_word != hyp_word)))
        previous = current
    return previous[-1]
