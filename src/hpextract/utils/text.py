"""Pure text helpers shared by the layout and segment stages."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

_BULLETS = r"[-•–\uf0b7▪◦*]"
# A list marker at the start of a paragraph: "3)", "(3)", "3.", "3 ." (a space before the dot, as some word
# processors print it), "a)", "2.1", "•", "-".
LIST_MARKER = re.compile(
    rf"^(?:\(?\d{{1,3}}\)|\d{{1,2}}\.[a-z]\)?|\d{{1,3}} ?\.(?:\d{{1,2}}\.?)*|\(?[a-hA-H]\)|{_BULLETS})(?=\s)"
)
BULLET = re.compile(rf"^{_BULLETS}\s")
# A line that opens with a short lead and a colon: a field ("Ansvarig: Enhetschefer", "Status: Pågår").
FIELD_LEAD = re.compile(r"^[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,2}\s?:\s+\S")
# A glyph the PDF's font does not map to text: pdfminer writes "(cid:127)"; at a line's start it is a bullet.
UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")
# A line that opens with a label of any wording: a capitalised word and a number with a separator ("Uppdrag 2:",
# "Aktivitet 1.2 –", "Åtgärd 3a:"), or a letter-and-number code ("A1 ", "K2.").
LABEL_LEAD = re.compile(
    r"^(?:[A-ZÅÄÖ][a-zåäöé]+\s+(?:nr\.?\s*)?\d{1,4}(?::\d{1,3})?(?:\.\d{1,3})*[a-z]?\s*[:.–—-]\s"
    r"|[A-Z]\d{1,2}(?:\.\d{1,2})*[.:]?\s+[A-ZÅÄÖ])"
)
# A paragraph that is nothing but a list number (text dumps put these in a run of their own).
LABEL_ONLY = re.compile(r"^\(?(\d{1,2}|[a-h])\)$")
# A line that is document structure, never a running header: a word and a number ("Uppdrag 3", "Mål 2.1"), a
# paragraph of minutes and its title ("§ 143 Minska andelen visstidsanställda": its § is no speck's debris).
STRUCTURAL = re.compile(r"^(?:[A-ZÅÄÖ][\w-]+\s+(?:nr\.?\s*)?\d{1,3}(?:[.:]\d{1,3})*[a-z]?\b|§\s*\d{1,3}\s+[A-ZÅÄÖ])")
SENTENCE_END = re.compile(r"[.!?:;”\"»)]$")
# Dot leaders between a title and its value or page ("Ny översiktsplan ........ Pågår"): at least this many dots
# (fewer are an ellipsis of prose). `LEADER_DOTS` is the run as it stands in a line's text.
MIN_LEADER = 4
LEADER_DOTS = rf"\.{{{MIN_LEADER},}}"
# Words after which a line-end hyphen is a suspended hyphen ("hälso- och sjukvård").
SUSPENSION_FOLLOWERS = {"och", "eller", "samt", "respektive", "resp.", "till", "som", "&", "men"}
JUNK_CHARS = set("@©®|_~¢§#*<>{}[]=\\")


def squeeze(text: str | None) -> str:
    """The text's words joined by single spaces (a table cell's wrapped lines as one); "" for None."""
    return " ".join((text or "").split())


def ascii_key(text: str) -> str:
    """Lower-case ASCII letters only: a key that survives lost diacritics and OCR noise."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if "a" <= ch <= "z")


def char_similarity(a: str, b: str) -> float:
    """Character similarity in [0, 1] (difflib ratio)."""
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def letter_ratio(text: str) -> float:
    visible = [ch for ch in text if not ch.isspace()]
    return sum(ch.isalpha() for ch in visible) / len(visible) if visible else 0.0


def ends_sentence(text: str) -> bool:
    return bool(SENTENCE_END.search(text.rstrip()))


def join_hyphenated(left: str, right: str) -> str:
    """Join two lines of one paragraph, resolving a hyphen at the end of the first."""
    if not left:
        return right
    if left.endswith("\u00ad"):
        return left[:-1] + right
    if not (left.endswith("-") and len(left) > 1 and left[-2].isalpha()):
        return f"{left} {right}"
    next_word = right.split(maxsplit=1)[0] if right.strip() else ""
    if next_word.lower() in SUSPENSION_FOLLOWERS:
        return f"{left} {right}"
    stem = left.rsplit(maxsplit=1)[-1][:-1]
    if _keeps_hyphen(stem, next_word):
        return left + right
    return left[:-1] + right


def _keeps_hyphen(stem: str, next_word: str) -> bool:
    """A real hyphen: after an abbreviation or name part ("HS-", "ViSam-", "e-") or before a capital."""
    letters = stem.lstrip("(\"'")
    return (
        any(ch.isupper() for ch in letters[1:])
        or any(ch.isdigit() for ch in letters)
        or len(letters) <= 1
        or "-" in letters
        or next_word[:1].isupper()
    )


def slug(text: str, limit: int = 60) -> str:
    """A lower-case ASCII slug ("Verka för kunskapsspridning" → "verka-for-kunskapsspridning")."""
    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", folded)
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > limit:
            break
        out = f"{out}-{word}" if out else word
    return out or "item"


def never(text: str) -> bool:
    """A predicate that holds for no text: the default where a caller may say what a stage cannot know."""
    return False
