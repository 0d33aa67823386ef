"""Lemmas through our cached copy of simplemma's dictionary are simplemma's own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import simplemma

from hpextract.status import words
from hpextract.status.words import lemma

from .conftest import DATA


def corpus_words() -> list[str]:
    text = "\n".join((DATA / name).read_text(encoding="utf-8") for name in ("v2021_plain.txt", "other_plan.txt"))
    return sorted({w.lower() for w in re.findall(r"[^\W\d_]+", text)})


def test_lemmas_equal_simplemmas_on_the_corpus() -> None:
    found = corpus_words()
    assert len(found) > 500
    assert [lemma(w) for w in found] == [simplemma.lemmatize(w, lang="sv") for w in found]


def test_the_dictionary_is_kept_and_a_damaged_copy_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HPEXTRACT_CACHE_DIR", str(tmp_path))
    first = words._cached_dictionary("sv")
    [kept] = (tmp_path / "lemmas").iterdir()
    assert kept.name == f"simplemma-{simplemma.__version__}-sv.marshal"
    assert first["genomfördes"] == "genomföra"
    kept.write_bytes(kept.read_bytes()[:1000])  # a copy cut short (a full disk, a killed writer)
    again = words._cached_dictionary("sv")
    assert len(again) == len(first) > 500_000
    assert again["pågående"] == simplemma.lemmatize("pågående", lang="sv")
