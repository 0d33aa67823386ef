"""Item nouns and status labels, loaded once from the TSV files beside this module."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent


def _rows(name: str) -> list[dict[str, str]]:
    lines = [line for line in (DATA / name).read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@cache
def item_nouns() -> dict[str, str]:
    """noun → kind ("uppdrag" → "assignment")."""
    return {row["noun"]: row["kind"] for row in _rows("item_nouns.tsv")}


@cache
def status_labels() -> dict[str, str]:
    """label → role ("bedömning" → "status", "kommentar" → "comment", "färdiggrad" → "progress")."""
    return {row["label"]: row["role"] for row in _rows("status_labels.tsv")}


def labels_with_role(*roles: str) -> list[str]:
    """Labels of the given roles, longest first (so that "aktuellt läge" wins over "läge")."""
    return sorted((label for label, role in status_labels().items() if role in roles), key=len, reverse=True)


@cache
def follow_up_stems() -> list[str]:
    """Stems of words that mark a document as a follow-up of a plan ("uppföljning", "årsbokslut")."""
    return [row["stem"] for row in _rows("follow_up_words.tsv")]
