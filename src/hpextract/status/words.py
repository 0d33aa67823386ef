"""Words of a status text: tokens with their position, lower-case form and lemma (simplemma's Swedish table)."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from hpextract.errors import HpextractError
from hpextract.utils.files import (
    TEMP_PREFIX,
    TEMP_SUFFIX,
    cache_dir,
    check_writable_target,
    current_umask,
    remove_stale_temporaries,
)

# A number with its separators ("2020-12-11", "3-5"), a word (hyphenated compounds whole), or one other character.
_TOKEN = re.compile(r"\d+(?:[.,:–-]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*|[^\w\s]")
_LANGUAGE = "sv"


class Token(NamedTuple):  # a tuple, not a frozen dataclass: a long report makes millions, and this builds fastest
    text: str
    start: int
    end: int
    lower: str  # the text in lower case, kept: every pattern and phrase compares it

    @property
    def lemma(self) -> str:
        return lemma(self.lower)


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]


@cache
def lemma(word: str) -> str:
    """The dictionary form of a lower-case Swedish word ("genomfördes" → "genomföra"); the word when unknown."""
    if not word[:1].isalpha():
        return word
    return str(_lemmatizer().lemmatize(word, _LANGUAGE))


@cache
def _lemmatizer() -> Any:
    """simplemma's lemmatizer as `simplemma.lemmatize` builds it, its dictionary read from our cache."""
    import simplemma
    from simplemma.strategies import DefaultStrategy

    return simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_CachedDictionaries()))


class _CachedDictionaries:
    """simplemma's dictionaries (its `DictionaryFactory` protocol), each kept in the cache folder as an SQLite
    table after its first use, where each word is looked up on disk: simplemma decodes its compressed Swedish
    table (960 000 words) in 0.65–0.9 s in every process, and even a marshal copy takes 0.25–0.65 s to load,
    where a report asks for a few thousand words (microseconds each). Keyed by simplemma's version; a damaged
    or missing copy is rebuilt from simplemma's own, and a cache folder that cannot be written leaves
    simplemma's table in memory."""

    def __init__(self) -> None:
        self._loaded: dict[str, Mapping[str, str]] = {}  # what simplemma asks for, per language

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        if lang not in self._loaded:
            self._loaded[lang] = _cached_dictionary(lang)
        return self._loaded[lang]


class _SqliteTable(Mapping[str, str]):
    """A read-only str → str mapping over the table `lemmas` of an SQLite file; `fallback` gives the table in
    memory should the file turn out damaged in the middle of a run."""

    def __init__(self, path: Path, fallback: Callable[[], Mapping[str, str]]) -> None:
        self._path = path
        self._fallback = fallback
        self._in_memory: Mapping[str, str] | None = None
        self._local = threading.local()  # a connection per thread, and per process (see `_db`)
        self._check_whole()

    def _check_whole(self) -> None:
        """Fail now, not in the middle of a report, on a file cut short: SQLite's header says how many pages
        the file should have."""
        db = self._db()
        pages, page_size = (db.execute(f"PRAGMA {name}").fetchone()[0] for name in ("page_count", "page_size"))
        whole = pages * page_size == self._path.stat().st_size
        if not whole or db.execute("SELECT 1 FROM lemmas LIMIT 1").fetchone() is None:
            raise sqlite3.DatabaseError(f"{self._path}: not a whole table")

    def _db(self) -> sqlite3.Connection:
        local = self._local
        if getattr(local, "pid", None) != os.getpid():  # a connection must not be used across a fork
            local.connection = sqlite3.connect(f"{self._path.as_uri()}?mode=ro", uri=True)
            local.pid = os.getpid()
        connection: sqlite3.Connection = local.connection
        return connection

    def __getitem__(self, key: str) -> str:
        if self._in_memory is None:
            try:
                row = self._db().execute("SELECT lemma FROM lemmas WHERE word = ?", (key,)).fetchone()
            except sqlite3.DatabaseError:  # damaged under us: the rest of this run uses simplemma's own table
                self._in_memory = self._fallback()
            else:
                if row is None:
                    raise KeyError(key)
                return str(row[0])
        return self._in_memory[key]

    def __iter__(self) -> Iterator[str]:
        return (str(word) for (word,) in self._db().execute("SELECT word FROM lemmas ORDER BY word"))

    def __len__(self) -> int:
        return int(self._db().execute("SELECT count(*) FROM lemmas").fetchone()[0])


def _cached_dictionary(lang: str) -> Mapping[str, str]:
    import simplemma
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    path = cache_dir() / "lemmas" / f"simplemma-{simplemma.__version__}-{lang}.sqlite"

    def in_memory() -> Mapping[str, str]:
        return DefaultDictionaryFactory().get_dictionary(lang)

    with contextlib.suppress(sqlite3.Error, OSError):
        return _SqliteTable(path, in_memory)
    table = in_memory()
    with contextlib.suppress(OSError, sqlite3.Error, HpextractError):  # a read-only cache: the table is still used
        _write_table(path, table)
        return _SqliteTable(path, in_memory)
    return table


def _write_table(path: Path, table: Mapping[str, str]) -> None:
    """The table as an SQLite file at `path`, whole or not at all (built beside it, then renamed)."""
    check_writable_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(path.parent)  # of a build that was killed
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=TEMP_SUFFIX)
    os.close(handle)
    try:
        with contextlib.closing(sqlite3.connect(temporary)) as db:
            db.execute("PRAGMA journal_mode = OFF")  # a new file, renamed only when whole: no journal beside it
            db.execute("CREATE TABLE lemmas (word TEXT PRIMARY KEY, lemma TEXT NOT NULL) WITHOUT ROWID")
            db.executemany("INSERT INTO lemmas VALUES (?, ?)", sorted(table.items()))
            db.commit()
        os.chmod(temporary, 0o666 & ~current_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
