"""Swedish lexical data for OCR repair: wordfreq frequencies, a Hunspell dictionary, a domain lexicon."""

from __future__ import annotations

import sysconfig
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent.parent / "data"
FOLDS = (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), ("Å", "A"), ("Ä", "A"), ("Ö", "O"), ("É", "E"))
HUNSPELL_DIRS = (Path("/usr/share/hunspell"), Path(sysconfig.get_path("data")) / "share" / "hunspell")


def fold(word: str) -> str:
    """The word with å ä ö é replaced by a a o e (what English OCR makes of them)."""
    if word.isascii():
        return word
    for marked, plain in FOLDS:
        word = word.replace(marked, plain)
    return word


def zipf_buckets() -> list[list[str]]:
    """wordfreq's Swedish word list: bucket i holds the words of frequency 10**(-i/100)."""
    from wordfreq import get_frequency_list

    return get_frequency_list("sv", wordlist="large")


def hunspell_dir() -> Path:
    """Folder of the sv_SE Hunspell dictionary: Debian hunspell-sv-se (loads fast), else PyPI hunspell-sv."""
    for d in HUNSPELL_DIRS:
        if (d / "sv_SE.dic").exists():
            return d
    raise FileNotFoundError("no sv_SE Hunspell dictionary: pip install hunspell-sv")


def domain_words() -> list[str]:
    """The shipped domain lexicon (names and abbreviations)."""
    lines = (DATA / "domain_lexicon.txt").read_text(encoding="utf-8").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.startswith("#")]


class Lexicon:
    """Word frequencies (zipf), an index from folded spelling to Swedish words, and spell checking."""

    def __init__(self) -> None:
        from hunspell import Hunspell

        buckets = zipf_buckets()
        self.zipf: dict[str, float] = {}
        for i in range(len(buckets) - 1, -1, -1):
            self.zipf.update(dict.fromkeys(buckets[i], 9.0 - i / 100))
        marked = [w for w in self.zipf if not w.isascii()]
        keys = fold("\n".join(marked)).split("\n")
        self.by_fold: dict[str, str] = dict(zip(keys, marked, strict=True))
        self.more_by_fold: dict[str, list[str]] = {}
        for key, w in zip(keys, marked, strict=True):
            if self.by_fold[key] != w:
                self.more_by_fold.setdefault(key, []).append(w)
        self._hunspell = Hunspell("sv_SE", hunspell_data_dir=str(hunspell_dir()))
        self.domain = frozenset(domain_words())
        self.spell = lru_cache(maxsize=None)(self._spell)

    def _spell(self, word: str) -> bool:
        """Whether the (cased) word is correct Swedish or in the domain lexicon."""
        return word in self.domain or bool(self._hunspell.spell(word))

    def spellings(self, folded: str) -> list[str]:
        """Known lowercase words whose folded form is FOLDED (itself included when it is a word)."""
        out = [self.by_fold[folded], *self.more_by_fold.get(folded, ())] if folded in self.by_fold else []
        if folded in self.zipf:
            out.append(folded)
        return out
