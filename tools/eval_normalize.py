"""Word accuracy of normalize on OCR'd text against aligned ground truth.

    python tools/eval_normalize.py OCR.txt ALIGNED.tsv [--errors N] [--skip-artefacts]

ALIGNED.tsv has one row ``ocr_token<TAB>correct_token`` per whitespace token of OCR.txt that has a
counterpart (header first; rows with an empty or multi-word cell are skipped). The OCR text is
normalized as one document; its tokens are matched to the rows in order.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from hpextract.evaluation import score_against_alignment


def main() -> None:
    """Command line."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ocr", type=Path)
    ap.add_argument("tsv", type=Path)
    ap.add_argument("--errors", type=int, default=40)
    ap.add_argument("--skip-artefacts", action="store_true", help="for automatic alignments")
    a = ap.parse_args()
    s = score_against_alignment(
        a.ocr.read_text(encoding="utf-8"), a.tsv.read_text(encoding="utf-8"), a.skip_artefacts
    )
    print(s.summary())
    for seed, got, want in s.errors[: a.errors]:
        print(f"  {seed!r:28} -> {got!r:28} want {want!r}")


if __name__ == "__main__":
    main()
