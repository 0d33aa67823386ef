"""Lemmas through our cached copy of simplemma's dictionary are simplemma's own."""

from __future__ import annotations

import os
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
    assert kept.name == f"simplemma-{simplemma.__version__}-sv.sqlite"
    assert first["genomfördes"] == "genomföra"
    words_in_table, whole_size = len(first), kept.stat().st_size
    for cut in (1000, whole_size // 2):  # a copy cut short (a full disk, a damaged cache folder)
        kept.write_bytes(kept.read_bytes()[:cut])
        again = words._cached_dictionary("sv")
        assert len(again) == words_in_table > 500_000
        assert again["pågående"] == simplemma.lemmatize("pågående", lang="sv")
        assert kept.stat().st_size == whole_size  # rebuilt in place of the damaged copy


def test_a_cache_folder_that_cannot_be_written_leaves_the_table_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("HPEXTRACT_CACHE_DIR", str(blocked))
    table = words._cached_dictionary("sv")
    assert table["genomfördes"] == "genomföra" and not isinstance(table, words._SqliteTable)


def test_each_process_opens_its_own_connection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HPEXTRACT_CACHE_DIR", str(tmp_path))
    table = words._cached_dictionary("sv")
    assert table["genomfördes"] == "genomföra"
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # a forked worker, as in a batch
        try:
            inherited = table._local.connection
            os.write(write, f"{table['pågående']} {table._local.connection is not inherited}".encode())
        finally:
            os._exit(0)
    os.waitpid(child, 0)
    assert os.read(read, 100).decode() == f"{simplemma.lemmatize('pågående', lang='sv')} True"
    assert table["genomfördes"] == "genomföra"
