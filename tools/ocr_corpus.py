"""Build OCR-damaged Swedish text with its ground truth: clean text -> rendered PDF -> English OCR.

Used to learn OCR confusions (``learn_confusions.py``) and to build held-out sets for measuring the
normalize stage on text its rules were not written against.

    python tools/ocr_corpus.py prepare SRC.pdf OUT.txt --skip-words 300 --words 3000
    python tools/ocr_corpus.py damage CLEAN.txt OUTDIR [--dpi 250 --blur 0.6 --noise 12] [--bw]

``prepare`` takes the text layer of a digital Swedish PDF (pdftotext), rebuilds paragraphs and
writes one paragraph per line. ``damage`` renders CLEAN.txt with the corpus generator
(``make_pdfs.py``: render, then ocrtext with blur/skew/noise and ``-l eng``), and aligns the OCR
output to the clean words (``align``, difflib on folded tokens; much faster than make_pdfs.py
align), writing ``OUTDIR/NAME.ocr.txt``, ``NAME.plain.txt`` and ``NAME.tsv``. Needs poppler-utils,
tesseract-ocr, tesseract-ocr-eng and reportlab."""

from __future__ import annotations

import argparse
import csv
import re
import subprocess
import sys
from difflib import SequenceMatcher
from pathlib import Path

MAKE_PDFS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "make_pdfs.py"
WORD = re.compile(r"\w", re.UNICODE)
SKELETON = str.maketrans("åäöéÅÄÖÉ", "aaoeAAOE")


def pdf_paragraphs(pdf: Path) -> list[str]:
    """Paragraphs of a PDF text layer: lines joined, line-end hyphens of lowercase words removed."""
    raw = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    paras, cur = [], []
    for line in raw.replace("\f", "\n\n").splitlines():
        line = re.sub(r"[\uf000-\uf8ff\u2022]", "", line).strip()
        if not line or re.fullmatch(r"[\d\s()]+", line):
            if cur:
                paras.append(cur)
            cur = []
            continue
        cur.append(line)
    if cur:
        paras.append(cur)
    out = []
    for lines in paras:
        text = lines[0]
        for nxt in lines[1:]:
            if re.search(r"[a-zåäö]-$", text) and nxt[:1].islower():
                text = text[:-1] + nxt
            else:
                text += " " + nxt
        if len(text.split()) >= 8 and len(WORD.findall(text)) > 0.6 * len(text):
            out.append(text)
    return out


def prepare(pdf: Path, out: Path, skip_words: int, words: int) -> None:
    """Write about WORDS words of whole paragraphs of PDF, after skipping SKIP_WORDS words."""
    seen, kept, chosen = 0, 0, []
    for para in pdf_paragraphs(pdf):
        n = len(para.split())
        seen += n
        if seen <= skip_words:
            continue
        chosen.append(para)
        kept += n
        if kept >= words:
            break
    out.write_text(
        "% logos: no\n% header-left: \n% header-right: \n% footer-left: \n\n" + "\n\n".join(chosen) + "\n",
        encoding="utf-8",
    )
    print(f"{out}: {len(chosen)} paragraphs, {kept} words")


def run(*args: str) -> None:
    """Run make_pdfs.py with ARGS."""
    subprocess.run([sys.executable, str(MAKE_PDFS), *args], check=True)


def damage(clean: Path, outdir: Path, dpi: int, blur: float, noise: float, bw: bool) -> None:
    """Render CLEAN, OCR it with the English model, align the OCR words to the clean words.

    Default: OCR of the page images (header/footer cropped). With BW: a 1-bit scanned PDF with a
    tesseract text layer (``make_pdfs.py scan --mode bw --ocr eng``), read with pdftotext.
    """
    outdir.mkdir(parents=True, exist_ok=True)
    name = clean.name.split(".")[0] + ("_bw" if bw else "")
    pdf, ocr = outdir / f"{name}.pdf", outdir / f"{name}.ocr.txt"
    plain = outdir / f"{name}.plain.txt"
    run("render", str(clean), str(pdf))
    degrade = ["--dpi", str(dpi), "--skew", "0.6", "--noise", str(noise), "--blur", str(blur)]
    if bw:
        scanned = outdir / f"{name}.scan.pdf"
        run("scan", str(pdf), str(scanned), "--mode", "bw", *degrade, "--seed", "5", "--ocr", "eng")
        ocr.write_text(
            subprocess.run(["pdftotext", str(scanned), "-"], check=True, capture_output=True, text=True).stdout,
            encoding="utf-8",
        )
        scanned.unlink()
    else:
        run("ocrtext", str(pdf), str(ocr), "--crop-top", "70", "--crop-bottom", "60", *degrade, "--lang", "eng")
    plain.write_text(
        subprocess.run(
            [sys.executable, str(MAKE_PDFS), "strip", str(clean)], check=True, capture_output=True, text=True
        ).stdout,
        encoding="utf-8",
    )
    align(ocr, plain, outdir / f"{name}.tsv")
    pdf.unlink()


def skeleton(token: str) -> str:
    """Token folded for matching: lowercase, diacritics dropped, letters and digits only."""
    return re.sub(r"\W", "", token.lower().translate(SKELETON))


def pair_block(hyp: list[str], ref: list[str]) -> list[tuple[str, str]]:
    """Pairs for an unmatched block: 1:1 when the lengths agree, else gaps around the common part."""
    if len(hyp) == len(ref):
        return list(zip(hyp, ref, strict=True))
    n = min(len(hyp), len(ref))
    return list(zip(hyp[:n], ref[:n], strict=True)) + [(h, "") for h in hyp[n:]] + [("", r) for r in ref[n:]]


def align(ocr: Path, plain: Path, out: Path) -> None:
    """Token alignment OCR -> clean (format of make_pdfs.py align), via difflib on folded tokens."""
    hyp = ocr.read_text(encoding="utf-8").split()
    ref = plain.read_text(encoding="utf-8").split()
    rows: list[tuple[str, str]] = []
    sm = SequenceMatcher(None, [skeleton(t) for t in hyp], [skeleton(t) for t in ref], autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal" or op == "replace":
            rows += pair_block(hyp[i1:i2], ref[j1:j2])
        else:
            rows += [(h, "") for h in hyp[i1:i2]] + [("", r) for r in ref[j1:j2]]
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
        w.writerow(["ocr_token", "correct_token"])
        w.writerows(rows)


def main() -> None:
    """Command line."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("pdf", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--skip-words", type=int, default=0)
    p.add_argument("--words", type=int, default=3000)
    p = sub.add_parser("align")
    p.add_argument("ocr", type=Path)
    p.add_argument("plain", type=Path)
    p.add_argument("out", type=Path)
    p = sub.add_parser("damage")
    p.add_argument("clean", type=Path)
    p.add_argument("outdir", type=Path)
    p.add_argument("--dpi", type=int, default=250)
    p.add_argument("--blur", type=float, default=0.6)
    p.add_argument("--noise", type=float, default=12)
    p.add_argument("--bw", action="store_true", help="1-bit scan with a tesseract text layer")
    a = ap.parse_args()
    if a.cmd == "prepare":
        prepare(a.pdf, a.out, a.skip_words, a.words)
    elif a.cmd == "align":
        align(a.ocr, a.plain, a.out)
    else:
        damage(a.clean, a.outdir, a.dpi, a.blur, a.noise, a.bw)


if __name__ == "__main__":
    main()
