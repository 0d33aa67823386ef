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


@cache
def other_document_stems() -> list[str]:
    """Stems of words that name a document of another kind than a follow-up ("remiss", "yttrande")."""
    return [row["stem"] for row in _rows("other_document_kinds.tsv")]


@cache
def field_labels() -> list[str]:
    """Labels of fields that describe an item without naming it or stating its status ("bakgrund", "ansvarig")."""
    return [row["label"] for row in _rows("field_labels.tsv")]


@cache
def checkbox_words() -> dict[str, str]:
    """Checklist mark → the status word it prints ("[x]" → "genomförd")."""
    return {row["mark"]: row["word"] for row in _rows("marks.tsv")}


@cache
def answer_statuses() -> dict[str, str]:
    """Answer under a status header → the status it says, "{}" the header ("nej" → "ej {}")."""
    return {row["answer"]: row["status"] for row in _rows("answers.tsv")}


@cache
def shape_words() -> dict[str, str]:
    """Shape word of a legend → icon shape ("bock" → "tick")."""
    return {row["word"]: row["shape"] for row in _rows("shapes.tsv")}


@cache
def abbreviations() -> frozenset[str]:
    """Words whose final full stop ends no sentence ("kl.", "resp.")."""
    return frozenset(row["abbreviation"] for row in _rows("abbreviations.tsv"))


@cache
def sentence_end_chars() -> frozenset[str]:
    """Characters that end a sentence (". ! ?" and their counterparts in other scripts)."""
    return frozenset(row["char"] for row in _rows("sentence_ends.tsv"))
