"""Parse assignment numbers and lists of them ("3,4 och 5", "3–5", "1 och 2", "2.1")."""

from __future__ import annotations

import re

# One item of a number list: "3", "2.1" or a range "3-5" / "3–5".
_ITEM = r"\d{1,2}(?:\.\d{1,2})*(?!\d)(?:\s*[-–—]\s*\d{1,2}(?!\d))?"
_SEPARATOR = r"(?:\s*,\s*|\s+(?:och|samt|respektive|resp\.|&)\s+|\s*,?\s*(?:och|samt)\s+)"
NUMBER_LIST = rf"{_ITEM}(?:{_SEPARATOR}{_ITEM})*"
# Ranges longer than this are years ("2016-2020"), not assignments.
MAX_RANGE = 50


def to_number(text: str) -> int | str:
    """ "3" → 3, "2.1" → "2.1", "4.10." → "4.10"."""
    text = text.strip().rstrip(".")
    return int(text) if text.isdigit() else text


def number_key(number: int | str) -> tuple[int, ...]:
    """Sort key: 3 → (3,), "2.1" → (2, 1); other schemes by their digits and letters ("A2" → (1, 2))."""
    parts = re.findall(r"\d+|[A-Za-z]", str(number).split(":")[-1])
    return tuple(int(part) if part.isdigit() else ord(part.upper()) - ord("A") + 1 for part in parts) or (0,)


def parse_number_list(text: str) -> list[int | str]:
    """Expand "3,4 och 5" / "3-5" / "1 och 2" / "7, 13 och 16" into numbers, in order, no repeats."""
    numbers: list[int | str] = []
    for item in re.finditer(r"(?<!\d)(\d{1,2}(?:\.\d{1,2})*)(?!\d)(?:\s*[-–—]\s*(\d{1,2})(?!\d))?", text):
        start, end = item.group(1), item.group(2)
        if end and start.isdigit() and 0 < int(end) - int(start) <= MAX_RANGE:
            numbers.extend(range(int(start), int(end) + 1))
        else:
            numbers.append(to_number(start))
    seen: set[int | str] = set()
    return [n for n in numbers if not (n in seen or seen.add(n))]


def capped_percent(printed: str) -> float:
    """A printed percentage as a number, a decimal comma read as a point, at most 100 ("75,5" → 75.5)."""
    return min(100.0, float(printed.replace(",", ".")))
