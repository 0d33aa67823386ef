"""Word-level diff on normalized tokens: what changed in a text, ignoring layout and typography."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

from hpextract.diff.model import TextOp

CONTEXT_WORDS = 5
# Unchanged runs this short between two larger edits are chaff ("i", "och att"); a longer run, such as a
# sentence carried over into a rewritten paragraph, is worth showing as unchanged.
MAX_CHAFF_WORDS = 5
# Typographic variants that carry no meaning in a report: quotes, apostrophes, dashes, invisible characters.
_UNIFY = str.maketrans(
    {
        **dict.fromkeys("”“„«»″", '"'),
        **dict.fromkeys("’‘‚′`´", "'"),
        **dict.fromkeys("‐‑‒–—―−", "-"),
        **dict.fromkeys("\u00ad\u200b\u200c\u200d\ufeff", ""),
        "…": "...",
    }
)
_HYPHENS = re.compile(r"-")


@dataclass(frozen=True, slots=True)
class Token:
    surface: str
    key: str


def token_key(word: str) -> str:
    """The comparison form of a word: NFC, case-folded, quotes and dashes unified."""
    return unicodedata.normalize("NFC", word).translate(_UNIFY).casefold()


def tokenize(text: str) -> list[Token]:
    """Whitespace-separated words of a text (OCR damage was repaired by extract), with their comparison keys."""
    text = unicodedata.normalize("NFC", text)
    return [Token(word, key) for word in text.split() if (key := token_key(word))]


def keys(tokens: list[Token]) -> list[str]:
    return [t.key for t in tokens]


def similarity(old: list[Token], new: list[Token], floor: float = 0.0) -> float:
    """Share of words the two texts have in common, in order (difflib ratio on keys), in [0, 1]; 0 as soon as
    a cheap upper bound shows it is below `floor`."""
    if not old and not new:
        return 1.0
    matcher = SequenceMatcher(None, keys(old), keys(new), autojunk=False)
    if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
        return 0.0
    return matcher.ratio()


def same_words(old: list[Token], new: list[Token]) -> bool:
    return keys(old) == keys(new)


def word_ops(old: list[Token], new: list[Token]) -> list[TextOp]:
    """Insertions, deletions and replacements turning the old words into the new ones."""
    codes = merge_chaff(SequenceMatcher(None, keys(old), keys(new), autojunk=False).get_opcodes())
    ops = []
    for index, (tag, i1, i2, j1, j2) in enumerate(codes):
        if tag == "equal" or _rejoined_equal(old[i1:i2], new[j1:j2]):
            continue
        before = codes[index - 1] if index > 0 else None
        after = codes[index + 1] if index + 1 < len(codes) else None
        ops.append(
            TextOp(
                op=tag,
                old=_words(old[i1:i2]),
                new=_words(new[j1:j2]),
                old_at=i1,
                new_at=j1,
                before=_context(old, new, before, tail=True),
                after=_context(old, new, after, tail=False),
            )
        )
    return ops


Opcode = tuple[str, int, int, int, int]


def merge_chaff(codes: list[Opcode]) -> list[Opcode]:
    """Fold short unchanged runs into the edits around them when they are no longer than the edit on either
    side (the semantic cleanup of diff-match-patch, on words, capped at MAX_CHAFF_WORDS): a rewritten sentence
    reads as one replacement, not as a scatter of edits held together by "i", "och", "att"."""
    codes = list(codes)
    k = 1
    while k < len(codes) - 1:
        left, middle, right = codes[k - 1 : k + 2]
        between_edits = middle[0] == "equal" and "equal" not in (left[0], right[0])
        if between_edits and middle[2] - middle[1] <= min(_size(left), _size(right), MAX_CHAFF_WORDS):
            codes[k - 1 : k + 2] = [("replace", left[1], right[2], left[3], right[4])]
            k = max(1, k - 1)  # the merged edit is larger and may now absorb the run before it
        else:
            k += 1
    return codes


def _size(code: Opcode) -> int:
    _, i1, i2, j1, j2 = code
    return max(i2 - i1, j2 - j1)


def text_ops(old: str, new: str) -> list[TextOp]:
    return word_ops(tokenize(old), tokenize(new))


def _rejoined_equal(old: list[Token], new: list[Token]) -> bool:
    """True when both sides spell the same words but split differently: "samverkans- strukturen" (a line-end
    hyphen the extractor kept) against "samverkansstrukturen", "hälso-och" against "hälso- och"."""
    return bool(old) and bool(new) and _HYPHENS.sub("", "".join(keys(old))) == _HYPHENS.sub("", "".join(keys(new)))


def _words(tokens: list[Token]) -> str:
    return " ".join(t.surface for t in tokens)


def _context(old: list[Token], new: list[Token], code: Opcode | None, tail: bool) -> str:
    """Up to CONTEXT_WORDS unchanged words next to an op. The two sides may differ in case or typography
    only; picking the smaller spelling keeps diff(A, B) the exact mirror of diff(B, A)."""
    if code is None or code[0] != "equal":
        return ""
    _, i1, i2, j1, j2 = code
    window = slice(-CONTEXT_WORDS, None) if tail else slice(0, CONTEXT_WORDS)
    return min(_words(old[i1:i2][window]), _words(new[j1:j2][window]))
