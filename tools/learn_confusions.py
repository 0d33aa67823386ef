"""Learn OCR character confusions from aligned (OCR token, clean token) pairs.

    python tools/learn_confusions.py OUT.json ALIGNED.tsv [ALIGNED.tsv ...]

Input: token alignments as written by ``make_pdfs.py align`` (``ocr<TAB>clean`` per row, header
first), e.g. from ``tools/ocr_corpus.py damage`` on clean Swedish text OCR'd with ``tesseract -l
eng``. Each 1:1 pair is aligned character by character (difflib); every replaced block of at most
two characters on each side (adjacent edits merged) counts as one confusion ``clean -> ocr``.
Output: for every OCR string, the clean strings it stands for with P(ocr | clean) = count /
occurrences of clean. Confusions seen once are dropped, and so are rare ones whose OCR string is
plain lowercase letters (they would make false repairs of correct words). An OCR string seen for
one of å/ä/ö (the English model knows none of them) is also given to the other two, with at least
BACKOFF times the pooled probability; and such a glyph next to the base letter ("éa", "a4", "o6")
stands for the marked letter too."""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

MIN_COUNT = 2
MIN_P = 0.003  # an OCR string of plain lowercase letters must be at least this likely
BACKOFF = 0.25  # share of a confusion of one of å/ä/ö given to the others not seen with it
MARKED = ("åäö", "ÅÄÖ")
FOLD = str.maketrans("åäöÅÄÖ", "aaoAAO")


def pairs(paths: list[Path]) -> list[tuple[str, str]]:
    """1:1 token pairs (OCR, clean) of the alignment files."""
    out = []
    for path in paths:
        with path.open(encoding="utf-8") as f:
            rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
        out += [(r[0], r[1]) for r in rows if len(r) == 2 and r[0] and r[1] and " " not in r[0] + r[1]]
    return out


def confusions(token_pairs: list[tuple[str, str]]) -> tuple[Counter, Counter]:
    """Counts of (clean, ocr) replaced blocks, and of clean strings (1-2 chars) seen."""
    conf: Counter = Counter()
    seen: Counter = Counter()
    for ocr, clean in token_pairs:
        seen.update(clean)
        seen.update(clean[i : i + 2] for i in range(len(clean) - 1))
        if ocr == clean:
            continue
        for i1, i2, j1, j2 in blocks(clean, ocr):
            if 0 < i2 - i1 <= 2 and 0 < j2 - j1 <= 2:
                conf[(clean[i1:i2], ocr[j1:j2])] += 1
    return conf, seen


def blocks(clean: str, ocr: str) -> list[tuple[int, int, int, int]]:
    """Differing blocks of CLEAN and OCR, adjacent replace/insert/delete operations merged."""
    out: list[list[int]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, clean, ocr, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if out and out[-1][1] == i1 and out[-1][3] == j1:
            out[-1][1], out[-1][3] = i2, j2
        else:
            out.append([i1, i2, j1, j2])
    return [(a, b, c, d) for a, b, c, d in out]


def table_of(conf: Counter, seen: Counter) -> dict[str, dict[str, float]]:
    """P(ocr | clean) per OCR string, with the back-off among å/ä/ö."""
    table: dict[str, dict[str, float]] = {}
    for (clean, ocr), n in conf.items():
        risky = ocr.isascii() and ocr.isalpha() and ocr.islower()  # such strings fill normal words
        if n >= MIN_COUNT and (not risky or n / seen[clean] >= MIN_P) and any(c.isalpha() for c in clean):
            table.setdefault(ocr, {})[clean] = round(n / seen[clean], 4)
    for group in MARKED:
        total = sum(seen[m] for m in group)
        for ocr, cleans in table.items():
            pooled = sum(conf[(m, ocr)] for m in group if m in cleans) / max(total, 1)
            if pooled and ocr.lower() not in "aoe" + group.lower():
                for m in group:
                    cleans[m] = max(cleans.get(m, 0.0), round(BACKOFF * pooled, 4), 0.0001)
    for group in MARKED:
        add_stray_marks(table, group)
    return table


def add_stray_marks(table: dict[str, dict[str, float]], group: str) -> None:
    """A marked letter read as its base letter plus a stray mark glyph ("éa" for ä, "o6" for ö):
    every single glyph seen for one of GROUP gives "glyph+base" and "base+glyph", with BACKOFF times
    its pooled probability."""
    for glyph in [g for g in table if len(g) == 1 and not (g.isascii() and g.isalpha())]:
        pooled = sum(table[glyph].get(m, 0.0) for m in group) / len(group)
        if not pooled:
            continue
        for m in group:
            base = m.translate(FOLD)
            for ocr in (glyph + base, base + glyph):
                cleans = table.setdefault(ocr, {})
                cleans[m] = max(cleans.get(m, 0.0), round(BACKOFF * pooled, 4), 0.0001)


def main() -> None:
    """Command line."""
    out, paths = Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]]
    token_pairs = pairs(paths)
    conf, seen = confusions(token_pairs)
    table = table_of(conf, seen)
    doc = {
        "about": "P(ocr | clean) for OCR confusions, learned by tools/learn_confusions.py from clean "
        "Swedish text rendered and OCR'd with tesseract -l eng",
        "sources": [p.name for p in paths],
        "token_pairs": len(token_pairs),
        "confusions": table,
    }
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{out}: {sum(len(v) for v in table.values())} confusions from {len(token_pairs)} token pairs")


if __name__ == "__main__":
    main()
