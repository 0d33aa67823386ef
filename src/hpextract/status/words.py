"""Words of a status text: tokens with their position, lower-case form and lemma (simplemma's Swedish table)."""

from __future__ import annotations

import contextlib
import marshal
import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any, NamedTuple

from hpextract.errors import HpextractError
from hpextract.utils.files import atomic_write_bytes, cache_dir

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
    """simplemma's dictionaries (its `DictionaryFactory` protocol), each kept in the cache folder as a marshal
    file after its first use: simplemma decodes its compressed Swedish table (960 000 words) in about 0.65 s in
    every process, the marshal copy loads in about 0.25 s. Keyed by simplemma's version; a damaged or missing
    copy is rebuilt from simplemma's own."""

    def __init__(self) -> None:
        self._loaded: dict[str, Mapping[str, str]] = {}  # what simplemma asks for, per language

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        if lang not in self._loaded:
            self._loaded[lang] = _cached_dictionary(lang)
        return self._loaded[lang]


class _Utf8Table(Mapping[str, str]):
    """A str → str mapping over a bytes → bytes dict: bytes load from marshal twice as fast as str."""

    def __init__(self, table: dict[bytes, bytes]) -> None:
        self._table = table

    def __getitem__(self, key: str) -> str:
        return self._table[key.encode()].decode()

    def __iter__(self) -> Iterator[str]:
        return (key.decode() for key in self._table)

    def __len__(self) -> int:
        return len(self._table)


def _cached_dictionary(lang: str) -> Mapping[str, str]:
    import simplemma
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    path = cache_dir() / "lemmas" / f"simplemma-{simplemma.__version__}-{lang}.marshal"
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        table = marshal.loads(path.read_bytes())
        if isinstance(table, dict):
            return _Utf8Table(table)
    table = {k.encode(): v.encode() for k, v in DefaultDictionaryFactory().get_dictionary(lang).items()}
    with contextlib.suppress(OSError, HpextractError):  # a read-only cache: the table is still used
        atomic_write_bytes(path, marshal.dumps(table))
    return _Utf8Table(table)
