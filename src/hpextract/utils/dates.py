"""Find dates in Swedish text: ISO dates, "hösten 2019", "januari 2020", and the body that decided."""

from __future__ import annotations

import re

from hpextract.utils.swedish import compile_loose

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b(?!-)")
_SEASON = compile_loose(r"\b(?:sen|tidig|sent på |tidigt på )?(hösten|våren)\s+(?:år\s+)?(\d{4})\b")
_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"]
_MONTH = compile_loose(rf"\b({'|'.join(_MONTHS)})\s+(?:år\s+)?(\d{{4}})\b")
# A decision body named just before a date: an acronym ("CS") or a Swedish body noun.
_BODY = re.compile(
    r"\b([A-ZÅÄÖ]{2,6}(?![-\w])|"
    + compile_loose(r"\w*(?:beredningen|nämnden|styrelsen|fullmäktige|samverkansorganet|utskottet)").pattern
    + r")(?=[^.;:]{0,30}$)"
)

_OWNER = re.compile(
    "(" + compile_loose(r"\w*(?:beredningen|nämnden|styrelsen|gruppen|utskottet)").pattern + r")\s+till\s+$"
)


def find_dates(text: str) -> list[tuple[str, str, str | None]]:
    """(as written, normalised value, decision body or None) for each date, in text order."""
    found: list[tuple[int, str, str, str | None]] = []
    for match in _ISO.finditer(text):
        _year, month, day = (int(g) for g in match.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append((match.start(), match.group(), match.group(), _body_before(text, match.start())))
    for match in _SEASON.finditer(text):
        half = "H2" if match.group(1).lower().startswith("h") else "H1"
        found.append((match.start(), match.group(), f"{match.group(2)}-{half}", None))
    for match in _MONTH.finditer(text):
        month = _month_number(match.group(1))
        found.append((match.start(), match.group(), f"{match.group(2)}-{month:02d}", None))
    return [(written, value, body) for _, written, value, body in sorted(found)]


def _month_number(name: str) -> int:
    folded = name.lower()
    for number, month in enumerate(_MONTHS, start=1):
        if re.fullmatch(compile_loose(month).pattern, folded, re.IGNORECASE):
            return number
    raise ValueError(name)  # pragma: no cover - the pattern only matches month names


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
