"""Find dates in Swedish text ("2021-06-18", "18 juni 2021", "juni 2021", "hösten 2019", "första halvåret
2021"), with the body that decided, and turn each into data: a sortable value, the first and last day it
covers, and its precision. The words come from vocab/dates.toml."""

from __future__ import annotations

import calendar
import re
import tomllib
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any, Literal

from hpextract.utils.swedish import compile_loose

Precision = Literal["day", "month", "half", "season", "year"]
"""How much a date says: a day, a month, a half-year (written as one, or as a season), a year."""


@dataclass(frozen=True, slots=True)
class FoundDate:
    text: str
    value: str
    start: str
    end: str
    precision: Precision
    body: str | None = None


_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b(?!-)")
# A decision body named just before a date: an acronym ("CS") or a Swedish body noun.
_BODY = re.compile(
    r"\b([A-ZÅÄÖ]{2,6}(?![-\w])|"
    + compile_loose(r"\w*(?:beredningen|nämnden|styrelsen|fullmäktige|samverkansorganet|utskottet)").pattern
    + r")(?=[^.;:]{0,30}$)"
)
_OWNER = re.compile(
    "(" + compile_loose(r"\w*(?:beredningen|nämnden|styrelsen|gruppen|utskottet)").pattern + r")\s+till\s+$"
)
_YEAR = r"(?:år\s+)?(\d{4})\b"
# What may stand between a label and the date it introduces: "per den 31 december", "Rapportperiod: 2025".
_LEAD = re.compile(r"\s*[:.–-]?\s*(?:den\s+)?", re.IGNORECASE)


# A column's sub-heading that names a period: a year or a date ("2025", "2025-06-30"), a year's part with or without
# it ("T2", "Q1 2025").
_PERIOD_LABEL = re.compile(r"(?:[TQH][1-4](?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d(?:-\d\d-\d\d)?)")


def is_period_label(text: str) -> bool:
    """True for a short label that names a period, as a second header row prints under "Status": "2024", "T2"."""
    return bool(_PERIOD_LABEL.fullmatch(text.strip()))


@cache
def vocabulary() -> dict[str, Any]:
    return tomllib.loads(files("hpextract").joinpath("vocab/dates.toml").read_text(encoding="utf-8"))


def alternation(phrases: list[str]) -> str:
    """A regex source matching any of the phrases (longest first, any whitespace between their words)."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    vocab = vocabulary()
    months = alternation(vocab["months"])
    modifiers = alternation(vocab["season_modifiers"]["words"])
    return {
        "day": compile_loose(rf"\b(\d{{1,2}})(?::[ae])?\s+({months})\s+{_YEAR}"),
        "month": compile_loose(rf"\b({months})\s+{_YEAR}"),
        "season": compile_loose(rf"\b(?:(?:{modifiers})\s*)?({alternation(list(vocab['seasons']))})\s+{_YEAR}"),
        "half": compile_loose(rf"\b({alternation(list(vocab['halves']))})\s+{_YEAR}"),
        "year": re.compile(r"(\d{4})\b(?![-/.]\d)"),
    }


def find_dates(text: str) -> list[FoundDate]:
    """Each date of the text, in text order; a date inside a longer one ("juni 2021" in "18 juni 2021") once."""
    found = [(m.start(), m.end(), d) for m in _ISO.finditer(text) if (d := _iso(m.group(), m.groups()))]
    found = [(s, e, _with_body(d, text, s)) for s, e, d in found]
    for kind in ("day", "month", "season", "half"):
        for match in _patterns()[kind].finditer(text):
            if not any(s <= match.start() < e for s, e, _ in found) and (dated := _dated(kind, match)):
                dated = _with_body(dated, text, match.start()) if kind == "day" else dated
                found.append((match.start(), match.end(), dated))
    return [d for _, _, d in sorted(found, key=lambda f: f[0])]


def date_at_start(text: str) -> FoundDate | None:
    """The date a text begins with ("2022-04-30.", ": 31 december 2025", "den 1 mars"), a bare year included."""
    lead = _LEAD.match(text)
    rest = text[lead.end() if lead else 0 :]
    for found in find_dates(rest[:40]):
        if rest.startswith(found.text):
            return found
    year = _patterns()["year"].match(rest)
    # A bare number is a year only in a plausible range ("per 1000 invånare" is not a date).
    return _span(year.group(), year.group(1), "year") if year and 1900 <= int(year.group(1)) < 2100 else None


def parse_value(value: str) -> tuple[str, str, Precision] | None:
    """(start, end, precision) of a normalised value: "2021-06-18", "2021-06", "2021-H1" or "2021"."""
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        found = _iso(value, m.groups())
        return (found.start, found.end, "day") if found else None
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = int(m.group(1)), int(m.group(2))
        return _month_range(year, month) if 1 <= month <= 12 else None
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        return (*_half_range(int(m.group(1)), m.group(2)), "half")
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-01-01", f"{value}-12-31", "year"
    return None


def _iso(text: str, groups: tuple[str | Any, ...]) -> FoundDate | None:
    year, month, day = (int(g) for g in groups)
    try:
        iso = date(year, month, day).isoformat()
    except ValueError:
        return None
    return FoundDate(text=text, value=iso, start=iso, end=iso, precision="day")


def _with_body(found: FoundDate, text: str, start: int) -> FoundDate:
    return replace(found, body=_body_before(text, start))


def _dated(kind: str, match: re.Match[str]) -> FoundDate | None:
    vocab = vocabulary()
    if kind == "day":
        month = _month_number(match.group(2))
        return _iso(match.group(), (match.group(3), str(month), match.group(1)))
    if kind == "month":
        return _span(match.group(), f"{match.group(2)}-{_month_number(match.group(1)):02d}", "month")
    table = vocab["seasons"] if kind == "season" else vocab["halves"]
    half = _lookup(table, match.group(1))
    return _span(match.group(), f"{match.group(2)}-{half}", "season" if kind == "season" else "half")


def _span(text: str, value: str, precision: Precision) -> FoundDate | None:
    parsed = parse_value(value)
    if parsed is None:
        return None
    start, end, _ = parsed
    return FoundDate(text=text, value=value, start=start, end=end, precision=precision)


def _month_range(year: int, month: int) -> tuple[str, str, Precision]:
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 1).isoformat(), date(year, month, last).isoformat(), "month"


def _half_range(year: int, half: str) -> tuple[str, str]:
    return (f"{year}-01-01", f"{year}-06-30") if half == "1" else (f"{year}-07-01", f"{year}-12-31")


def _spelled(word: str, written: str) -> bool:
    """True when `written` is `word` in any case, spacing, or with the diacritics an OCR lost."""
    return compile_loose(alternation([word])).fullmatch(written) is not None


def _lookup(table: dict[str, str], written: str) -> str:
    return next(value for word, value in table.items() if _spelled(word, written))


def _month_number(name: str) -> int:
    return next(number for number, month in enumerate(vocabulary()["months"], 1) if _spelled(month, name))


def _body_before(text: str, start: int) -> str | None:
    window = text[:start]
    match = None
    for match in _BODY.finditer(window):  # noqa: B007 - the last (nearest) match is wanted
        pass
    if match is None:
        return None
    # "Tjänstemannaberedningen till CS 2021-10-15": the body that acted is the one before "till".
    owner = _OWNER.search(window[: match.start()])
    return owner.group(1) if owner else match.group(1)
