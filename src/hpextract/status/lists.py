"""Statuses given only in a closing list of item numbers ("• Genomförda: åtgärd 1, 2, 5 och 8", "Pågående
åtgärder: 3, 6", "Utgått: åtgärd 7 – beslutades att inte genomföras"): each listed item has that status, as a
report's own summary of its items."""

from __future__ import annotations

import re
from functools import cache

from hpextract.items.patterns import item_nouns_pattern
from hpextract.report.model import StatusSource
from hpextract.status.signals import Signal
from hpextract.status.vocabulary import classify_value
from hpextract.utils.numbers import NUMBER_LIST, parse_number_list
from hpextract.utils.swedish import compile_loose
from hpextract.utils.text import BULLET

# "Label: list", the list optionally followed by a spaced dash and a comment. The label is at most a few words.
_LABELLED_LINE = re.compile(r"^(?P<label>[^\W\d][^:\n]{0,40}):[ \t]*(?P<rest>[^\n]+)$", re.MULTILINE)
_COMMENT = re.compile(r"\s[–—-]\s.*$")


@cache
def _listed_items() -> re.Pattern[str]:
    """Nothing but item numbers, after an item noun or not: "åtgärd 3 och 6", "1, 2, 4", "uppdragen 2–4"."""
    return compile_loose(rf"(?:{item_nouns_pattern()}\s+)?(?:nr\.?\s*)?(?P<numbers>{NUMBER_LIST})\.?")


def status_list_signals(texts: list[str]) -> list[Signal]:
    """A summary signal for every item a status list names. The label must be wholly a status ("Pågående",
    "Ej påbörjade åtgärder") and the list nothing but item numbers: "Pågår: arbetet med åtgärd 3 har kommit
    igång" is a sentence, read as prose where it stands."""
    signals = []
    for text in texts:
        for line in _LABELLED_LINE.finditer(_without_bullets(text)):
            verdict = classify_value(line["label"])
            listed = _listed_items().fullmatch(_COMMENT.sub("", line["rest"]).strip())
            if verdict is None or not verdict.complete or listed is None:
                continue
            printed = line.group().strip()
            signals += [
                Signal(item=str(number), kind=StatusSource.SUMMARY, category=verdict.category,
                       text=line["label"].strip(), evidence=printed, named=True)
                for number in parse_number_list(listed["numbers"])
            ]
    return signals


def _without_bullets(text: str) -> str:
    return "\n".join(BULLET.sub("", line) for line in text.split("\n"))
