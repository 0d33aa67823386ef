"""Report metadata: the date a report says it describes, and the organisation that issued it, when stated.

Read from the report's own front matter (introduction, title, running headers and footers), with the
labels of vocab/dates.toml and vocab/organisation.toml."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import asdict
from functools import cache
from importlib.resources import files

from hpextract.report.model import Organisation, Report, ReportDate
from hpextract.utils.dates import alternation, date_at_start, vocabulary
from hpextract.utils.swedish import compile_loose, loose, sentences


def with_metadata(report: Report) -> Report:
    """The report with `report_date` and `organisation` filled in from its text (null when not stated)."""
    found = {"report_date": find_report_date(report), "organisation": find_organisation(report)}
    return report.model_copy(update=found)


def find_report_date(report: Report) -> ReportDate | None:
    """The first date introduced by a report-date label, labels tried from the most specific ("läget per")
    to the least ("per"), in the introduction, then the title, then headers and footers."""
    texts = list(_front_matter(report))
    for label in vocabulary()["report_date"]["labels"]:
        pattern = compile_loose(rf"\b(?:{alternation([label])})\b")
        for text in texts:
            for match in pattern.finditer(text):
                found = date_at_start(text[match.end() :])
                if found:
                    fields = {k: v for k, v in asdict(found).items() if k != "body"}
                    return ReportDate(**fields, evidence=_sentence_at(text, match.start()))
    return None


def find_organisation(report: Report) -> Organisation | None:
    """A labelled field ("Organisation: Kultur- och fritidsnämnden") anywhere in the front matter, else a name
    such as "Region Skåne" or "Simrishamns kommun" in the title or the running headers and footers."""
    texts = list(_front_matter(report))
    for text in texts:
        if match := _labelled().search(text):
            return Organisation(name=match.group(1).strip(" .,;"), evidence=_line_at(text, match.start()))
    named = [report.title or "", *(f.text for f in report.furniture)]
    for pattern in _named():
        for text in named:
            if match := pattern.search(text):
                return Organisation(name=match.group().strip(), evidence=_line_at(text, match.start()))
    return None


def _front_matter(report: Report) -> Iterator[str]:
    yield from (p for p in report.introduction.split("\n\n") if p.strip())
    if report.title:
        yield report.title
    yield from (f.text for f in report.furniture)


@cache
def _organisation_vocabulary() -> dict[str, list[str]]:
    return tomllib.loads(files("hpextract").joinpath("vocab/organisation.toml").read_text(encoding="utf-8"))


_NAME = r"[A-ZÅÄÖ][\w-]+"


@cache
def _labelled() -> re.Pattern[str]:
    labels = loose(alternation(_organisation_vocabulary()["labels"]))
    # The value runs to the end of the line or to the next "Label:" on the same line.
    return re.compile(rf"\b(?i:{labels})\s*:\s*([^\n]+?)(?=\s+{_NAME}:|\n|$)")


@cache
def _named() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A vocabulary word (any case) before or after a capitalised name: "Region Skåne", "REGION SKÅNE", then
    "Simrishamns kommun" (a name before a suffix is the weaker sign, tried second)."""
    vocab = _organisation_vocabulary()
    prefixes, suffixes = loose(alternation(vocab["prefixes"])), loose(alternation(vocab["suffixes"]))
    return (
        re.compile(rf"\b(?i:{prefixes})\s+{_NAME}(?:\s+län)?"),
        re.compile(rf"\b{_NAME}\s+(?i:{suffixes})\b"),
    )


def _sentence_at(text: str, offset: int) -> str:
    """The sentence of `text` in which `offset` falls."""
    position = 0
    for sentence in sentences(text):
        found = text.find(sentence, position)
        if found <= offset < found + len(sentence):
            return sentence
        position = max(position, found)
    return _line_at(text, offset)


def _line_at(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else len(text)].strip()
