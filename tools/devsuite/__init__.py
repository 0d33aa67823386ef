"""The development suite: small Swedish follow-up reports in many styles, their expected answers, a scorer.

`generate.py` typesets every report of `reports/` as a PDF and a text dump with its expected answer;
`score.py` runs the extractor on them and prints per-style figures. See README.md in this folder.
"""
