"""Learn OCR character confusions from aligned (OCR token, clean token) pairs.

    python tools/learn_confusions.py OUT.json ALIGNED.tsv [ALIGNED.tsv ...]

Input: token alignments as written by ``make_pdfs.py align`` (``ocr<TAB>clean`` per row, header
first), e.g. from ``tools/ocr_corpus.py damage`` on clean Swedish text OCR'd with ``tesseract -l
eng``. Each 1:1 pair is aligned character by character (difflib); every replaced block of at most
two characters on each side counts as one confusion ``clean -> ocr``. Output: for every OCR
string, the clean strings it stands for with P(ocr | clean) = count / occurrences of clean.
An OCR string seen for one of å/ä/ö (the English model knows none of them) is also given to the
other two, with BACKOFF times the pooled probability, unless it was seen for them too.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

MIN_COUNT = 2
BACKOFF = 0.25  # share of a confusion of one of å/ä/ö given to the others not seen with it
MARKED = ("åäö", "ÅÄÖ")


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
        for op, i1, i2, j1, j2 in SequenceMatcher(None, clean, ocr, autojunk=False).get_opcodes():
            if op == "replace" and i2 - i1 <= 2 and j2 - j1 <= 2:
                conf[(clean[i1:i2], ocr[j1:j2])] += 1
    return conf, seen


def table_of(conf: Counter, seen: Counter) -> dict[str, dict[str, float]]:
    """P(ocr | clean) per OCR string, with the back-off among å/ä/ö."""
    table: dict[str, dict[str, float]] = {}
    for (clean, ocr), n in conf.items():
        if n >= MIN_COUNT and any(c.isalpha() for c in clean) and ocr.strip():
            table.setdefault(ocr, {})[clean] = round(n / seen[clean], 4)
    for group in MARKED:
        total = sum(seen[m] for m in group)
        for ocr, cleans in table.items():
            pooled = sum(conf[(m, ocr)] for m in group if m in cleans) / max(total, 1)
            if pooled and ocr.lower() not in "aoe" + group.lower():
                for m in group:
                    cleans.setdefault(m, round(BACKOFF * pooled, 4))
    return table


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
