"""Measure a lemmatizer on the status vocabulary: how many rows' examples read as their row with it.

Usage: PYTHONPATH=src python3 tools/measure_lemmatizers.py
Compares simplemma (the one hpextract uses) with spaCy's lookup table from spacy-lookups-data (install it
first: pip install spacy-lookups-data; it is not a dependency of hpextract)."""

from __future__ import annotations

from collections.abc import Callable

import hpextract.status.vocabulary as vocabulary
import hpextract.status.words as words
from hpextract.vocab import VocabularyRow, status_vocabulary

# Words whose lemma a status matcher must not get wrong (a wrong one turns into a false status word).
CHECKS = {"för": "för", "utgör": "utgöra", "utgår": "utgå", "genomfördes": "genomföra", "påbörjats": "påbörja",
          "pågående": "pågå", "avslutat": "avsluta", "uppnått": "uppnå", "klart": "klar", "lämnats": "lämna"}


def simplemma_lemma(word: str) -> str:
    import simplemma

    return str(simplemma.lemmatize(word, lang="sv"))


def spacy_lookup_lemma() -> Callable[[str], str]:
    from spacy.lookups import load_lookups

    table = load_lookups("sv", ["lemma_lookup"]).get_table("lemma_lookup")
    return lambda word: str(table.get(word, word))


def reads_as_its_row(row: VocabularyRow) -> bool:
    if row.scope == "value":
        verdict = vocabulary.classify_value(row.example)
        return verdict is not None and (verdict.category, verdict.pattern) == (row.category, row.pattern)
    findings = vocabulary.sentence_verdicts(row.example)
    return [(f.category, f.pattern) for f in findings] == [(row.category, row.pattern)]


def measure(name: str, lemma: Callable[[str], str]) -> None:
    cached = words.cache(lambda word: word if not word[:1].isalpha() else lemma(word))
    words.lemma = cached  # type: ignore[assignment]
    vocabulary.lemma = cached  # type: ignore[assignment]
    vocabulary._patterns.cache_clear()
    rows = status_vocabulary()
    failed = [row for row in rows if not reads_as_its_row(row)]
    wrong = {w: cached(w) for w, right in CHECKS.items() if cached(w) != right}
    print(f"{name}: {len(rows) - len(failed)}/{len(rows)} examples read as their row; "
          f"{len(CHECKS) - len(wrong)}/{len(CHECKS)} check words right")
    for row in failed:
        print(f"  fails line {row.line}: {row.pattern!r}: {row.example}")
    for word, got in wrong.items():
        print(f"  {word} → {got} (expected {CHECKS[word]})")


if __name__ == "__main__":
    measure("simplemma", simplemma_lemma)
    measure("spacy-lookups-data", spacy_lookup_lemma())
