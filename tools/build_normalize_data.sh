#!/usr/bin/env bash
# How src/hpextract/data/ocr_confusions.json and tests/data/heldout_* were built (about 10 minutes
# on 2 cores). Needs poppler-utils, tesseract-ocr, tesseract-ocr-eng, reportlab and ../shared.
# Training text (confusions) and held-out text (measurement) come from different documents; the
# sample report (seed_ocr.txt / v2021) is used for neither.
set -euo pipefail
cd "$(dirname "$0")/.."
RW=../shared/realworld
W=${WORK:-/tmp/normalize_data}
mkdir -p "$W/out"
python tools/ocr_corpus.py prepare $RW/afs_2011-19_kemiska_arbetsmiljorisker.pdf "$W/train_afs.txt" --skip-words 1500 --words 3500
python tools/ocr_corpus.py prepare $RW/prop_2012-13-187_vissa_skolfragor.pdf "$W/train_prop.txt" --skip-words 4000 --words 3500
python tools/ocr_corpus.py prepare $RW/afs_2011-19_kemiska_arbetsmiljorisker.pdf "$W/train_afs2.txt" --skip-words 6000 --words 3500
python tools/ocr_corpus.py prepare $RW/prop_2012-13-187_vissa_skolfragor.pdf "$W/train_prop2.txt" --skip-words 12000 --words 3500
python tools/ocr_corpus.py prepare $RW/dir_2016-15_dataskyddsforordningen.pdf "$W/held_dir.txt" --skip-words 300 --words 3000
python tools/ocr_corpus.py prepare $RW/prop_2013-14-104_nyanlandas_etablering.pdf "$W/held_prop.txt" --skip-words 6000 --words 3000
cp ../shared/corpus/v2022_clean.txt "$W/held_v2022.txt"
export OMP_THREAD_LIMIT=1
for n in train_afs train_prop held_dir held_prop held_v2022; do
  python tools/ocr_corpus.py damage "$W/$n.txt" "$W/out"                      # 250 dpi, blur 0.6, noise 12
done
for n in train_afs2 train_prop2; do
  python tools/ocr_corpus.py damage "$W/$n.txt" "$W/out" --dpi 300 --blur 0.9 --noise 8
done
for n in train_afs train_prop; do
  python tools/ocr_corpus.py damage "$W/$n.txt" "$W/out" --bw                 # 1-bit scan, text layer
done
python tools/learn_confusions.py src/hpextract/data/ocr_confusions.json "$W"/out/train_*.tsv
for n in dir prop v2022; do
  cp "$W/out/held_$n.ocr.txt" "tests/data/heldout_$n.ocr.txt"
  cp "$W/out/held_$n.tsv" "tests/data/heldout_$n.tsv"
done
