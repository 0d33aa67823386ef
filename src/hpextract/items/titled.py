"""Unnumbered items: a title with its status in capitals after it ("Revidera lokalförsörjningsplanen
PÅGÅENDE", flush right on the same line or alone on the next line), as follow-ups of political
assignments print them under each committee's heading; a title with its status in parentheses after it
("Sommarlovsteater i parkerna (pågår)"); a title with a status in any case flush right after a wide gap
("Utegym i Lia          Klart"); a checklist line ("[x] Utrymningsövning …", "☐ Byte av …"); a list of bulleted
run-in titles with the status after the colon ("– Bokprat i årskurs 4: Pågår. Hälften av skolorna …"); a list of
bulleted titles with the status after a dash ("• Byte av tjänstebilar till elbilar – pågår"), also under a numbered
heading, whose children they are; unnumbered titles on lines of their own, each over text that states its status in a
field ("Mötesplats för unga vuxna" / "Mötesplatsen öppnade i mars … Status: Genomförd."), as a Word document prints
a list whose numbering was lost; paragraphs under a heading that names an item kind ("Aktiviteter"), each led by a
name and a colon, its status in the prose after it ("Läsombud på äldreboenden: Under våren … och arbetet är nu
avslutat")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from hpextract.items.patterns import is_structure, kinds_named, opens_with_field_label, opens_with_label, status_line
from hpextract.layout.paragraphs import Block
from hpextract.sources.page import Line
from hpextract.utils.text import ends_sentence, never, squeeze
from hpextract.vocab.items import checkbox_words

# One to four words in capitals at the end of a line in ordinary case.
TRAILING_CAPS = re.compile(r"(?:\s+[A-ZÅÄÖÉ]{2,}(?:-[A-ZÅÄÖÉ]+)?){1,4}\s*$")
ONLY_CAPS = re.compile(r"^[A-ZÅÄÖÉ]{2,}(?:[ -][A-ZÅÄÖÉ]{2,}){0,3}\.?$")
# A status in parentheses closing a line: "Kulturgaranti för alla förskolebarn (genomförd)".
TRAILING_PARENTHESES = re.compile(r"^(?P<title>.{4,160}?)\s*\((?P<status>[^()]{2,40})\)\.?$")
# A checkbox opening a line, ticked or not.
CHECKBOX = re.compile(r"^(?P<mark>\[[xX ]\]|[☑☒☐✔✓✗✘])\s+(?P<title>\S.{3,160})$")
BULLET_LEAD = re.compile(r"^[•\-–▪◦*]\s+")
# A bulleted line with a run-in title: "– Läsombud på alla förskolor: Genomfört. Alla 14 förskolor …".
RUN_IN_TITLE = re.compile(r"^[•\-–▪◦*]\s+(?P<title>[^:\n]{4,100}?):\s+(?P<status>\S.*)$", re.DOTALL)
# A bulleted line with a status after a spaced dash: "• Laddinfrastruktur vid kommunhuset – genomförd".
DASHED_STATUS = re.compile(r"^[•▪◦*]\s+(?P<title>\S.{3,160}?)\s+[–—-]\s+(?P<status>[^–—\n]{2,40}?)\.?$", re.DOTALL)
# A paragraph led by a name and a colon: "Läsombud på äldreboenden: Under våren anordnades …".
NAME_LEAD = re.compile(r"^(?P<title>[A-ZÅÄÖ][^:.!?\n]{3,100}?):\s+(?P<status>\S.*)$", re.DOTALL)
# Where a sentence starts inside a paragraph (a field run in after the text: "… per kväll. Status: Genomförd.").
SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
# A title on a line of its own is a few words.
TITLE_WORDS = 12
# The words of a run-in line's text that may be its status value ("Genomförd för tredje året …", "Ej påbörjad").
STATUS_WORDS = 3
# A pattern seen once may be an acronym; a list style repeats.
MIN_TITLED = 2


@dataclass(frozen=True, slots=True)
class Titled:
    """A titled line: the block it is in, its title, its status as printed, the blocks it takes, and the
    line it stands on."""

    index: int
    title: str
    status: str
    blocks: tuple[int, ...]
    line: Line
    prose: bool = False
    """Its status is prose to be read (a name leading a paragraph): it stays an item only if that states one."""


def titled_lines(blocks: list[Block], taken: set[int], is_status: Callable[[str], bool] = never) -> list[Titled]:
    """Titled lines with their status in capitals, in parentheses or as a checkbox, when the document has at
    least two of them. `is_status` tells a phrase that is a status (for the parentheses)."""
    found: list[Titled] = []
    k = 0
    while k < len(blocks):
        if k in taken:
            k += 1
            continue
        items = (
            _same_lines(blocks, k, is_status) or _next_line(blocks, k, taken) or _marked_lines(blocks, k, is_status)
            or _run_in_titles(blocks, k, taken, is_status) or _dashed_titles(blocks, k, taken, is_status)
            or _titles_over_fields(blocks, k, taken, is_status) or named_paragraphs(blocks, k, taken, is_status)
        )
        if items:
            found.extend(items)
            k = items[-1].blocks[-1] + 1
        else:
            k += 1
    return found if len(found) >= MIN_TITLED else []


def _same_lines(blocks: list[Block], k: int, is_status: Callable[[str], bool]) -> list[Titled]:
    """Every line of a block that ends in a status in capitals, or is a title with its status in capitals
    alone on the line under it (lines printed close together are one block)."""
    found = []
    lines = [(line, squeeze(line.text)) for line in blocks[k].lines]
    j = 0
    while j < len(lines):
        line, text = lines[j]
        match = TRAILING_CAPS.search(text)
        title = text[: match.start()].strip() if match else ""
        if match and _ordinary_case(title):
            found.append(Titled(index=k, title=title, status=match.group().strip(), blocks=(k,), line=line))
        elif j + 1 < len(lines) and _ordinary_case(text) and _caps_status(lines[j + 1][1], is_status):
            status = lines[j + 1][1].rstrip(".")
            found.append(Titled(index=k, title=text, status=status, blocks=(k,), line=line))
            j += 1
        else:
            return []
        j += 1
    return found


def _caps_status(text: str, is_status: Callable[[str], bool]) -> bool:
    """A status in capitals alone on a line inside a block: a status ("Anna Andersson" / "KOMMUNDIREKTÖR"
    under a letter is a signature)."""
    return bool(ONLY_CAPS.match(text)) and is_status(text.rstrip("."))


def _next_line(blocks: list[Block], k: int, taken: set[int]) -> list[Titled]:
    """A title alone on its line, its status in capitals alone on the next."""
    if k + 1 >= len(blocks) or k + 1 in taken:
        return []
    block, after = blocks[k], blocks[k + 1]
    title = squeeze(block.text)
    if len(block.lines) > 2 or not _ordinary_case(title) or not ONLY_CAPS.match(after.text.strip()):
        return []
    status = after.text.strip().rstrip(".")
    return [Titled(index=k, title=title, status=status, blocks=(k, k + 1), line=block.first)]


def _marked_lines(blocks: list[Block], k: int, is_status: Callable[[str], bool]) -> list[Titled]:
    """Every line of a block that is a checklist line or ends in a status in parentheses."""
    found = []
    for line in blocks[k].lines:
        text = BULLET_LEAD.sub("", squeeze(line.text))
        box = CHECKBOX.match(text)
        closing = None if box else TRAILING_PARENTHESES.match(text)
        flush = _flush_right_status(text, line, is_status)
        if box:
            status = checkbox_words().get(box["mark"], box["mark"])
            found.append(Titled(index=k, title=box["title"], status=status, blocks=(k,), line=line))
        elif closing and is_status(closing["status"]) and _ordinary_case(closing["title"]):
            found.append(Titled(index=k, title=closing["title"], status=closing["status"], blocks=(k,), line=line))
        elif flush:
            found.append(Titled(index=k, title=flush[0], status=flush[1], blocks=(k,), line=line))
        else:
            return []
    return found


def _run_in_titles(blocks: list[Block], k: int, taken: set[int], is_status: Callable[[str], bool]) -> list[Titled]:
    """A run of bulleted blocks from `k`, each a title of two words or more and a colon, when at least half of
    them open their text with a status value ("– Bokprat i årskurs 4: Pågår. …"): a list of items, each line's
    text its status (a bulleted list of "Ansvarig: …" or a legend "– Grön: Genomförd" is not)."""
    found = []
    for index in range(k, len(blocks)):
        match = RUN_IN_TITLE.match(blocks[index].text) if index not in taken else None
        title = squeeze(match["title"]) if match else ""
        if not match or len(title.split()) < 2 or is_status(title) or opens_with_label().match(title):
            break
        status = squeeze(match["status"])
        found.append(Titled(index=index, title=title, status=status, blocks=(index,), line=blocks[index].first))
    opening = [t for t in found if opens_with_status(t.status, is_status)]
    return found if len(found) >= MIN_TITLED and 2 * len(opening) >= len(found) else []


def _dashed_titles(blocks: list[Block], k: int, taken: set[int], is_status: Callable[[str], bool]) -> list[Titled]:
    """A run of bulleted blocks from `k`, each a title in ordinary case, a spaced dash and a status value alone
    ("• Krav på returemballage i upphandlingar – ej påbörjad"), at least two of them."""
    found = []
    for index in range(k, len(blocks)):
        dashed = _dashed(blocks[index], is_status) if index not in taken else None
        if dashed is None:
            break
        found.append(Titled(index=index, title=dashed[0], status=dashed[1], blocks=(index,), line=blocks[index].first))
    return found if len(found) >= MIN_TITLED else []


def _dashed(block: Block, is_status: Callable[[str], bool]) -> tuple[str, str] | None:
    """(title, status) of a bulleted block "• title – status", the status wholly a status value."""
    match = DASHED_STATUS.match(squeeze(block.text))
    if not match or not is_status(match["status"]) or not _ordinary_case(match["title"]):
        return None
    return match["title"], match["status"]


def _titles_over_fields(
    blocks: list[Block], k: int, taken: set[int], is_status: Callable[[str], bool]
) -> list[Titled]:
    """A run from `k` of title lines, each over paragraphs that state its status in a field ("Status: Pågår.",
    run in after the text or on a line of its own), at least two of them: a list whose numbers were lost."""
    found = []
    index = k
    while index < len(blocks) and index not in taken and _title_line(blocks[index]):
        end = index + 1
        while end < len(blocks) and end not in taken and not _title_line(blocks[end]):
            end += 1
        status = next((v for b in blocks[index + 1 : end] if (v := status_field_value(b.text, is_status))), None)
        if status is None:
            break
        title = squeeze(blocks[index].text)
        found.append(Titled(index=index, title=title, status=status, blocks=tuple(range(index, end)),
                            line=blocks[index].first))
        index = end
    return found if len(found) >= MIN_TITLED else []


def named_paragraphs(
    blocks: list[Block], k: int, taken: set[int], is_status: Callable[[str], bool] = never
) -> list[Titled]:
    """A run from `k`, right under a heading that names an item kind ("Aktiviteter"), of paragraphs each led by a
    name and a colon ("Läsombud på äldreboenden: Under våren … och arbetet är nu avslutat"), at least two of them:
    a list of items whose names a PDF sets in bold, each with its status in the prose after the colon. A field
    ("Ansvarig nämnd: …", `field_labels.tsv`) or a status label ("Status: …") leads no item."""
    if k == 0 or k - 1 in taken or not _names_items(blocks[k - 1]):
        return []
    found = []
    for index in range(k, len(blocks)):
        match = NAME_LEAD.match(squeeze(blocks[index].text)) if index not in taken else None
        if not match or not _item_name(match["title"], is_status):
            break
        found.append(Titled(index=index, title=match["title"], status=match["status"], blocks=(index,),
                            line=blocks[index].first, prose=True))
    return found if len(found) >= MIN_TITLED else []


def _names_items(block: Block) -> bool:
    """A heading of its own line that names an item kind: "Aktiviteter", "Genomförda åtgärder:"."""
    text = squeeze(block.text).rstrip(":")
    return len(block.lines) == 1 and len(text.split()) <= TITLE_WORDS and not ends_sentence(text) \
        and bool(kinds_named(text))


def _item_name(name: str, is_status: Callable[[str], bool]) -> bool:
    """A name that leads an item's paragraph: two words or more in ordinary case (a one-word lead is a field's
    label: "Ansvarig", "Bakgrund"), no status, item or field label."""
    return (
        len(name.split()) >= 2 and _ordinary_case(name) and not is_status(name) and not is_structure(name)
        and not opens_with_label().match(name) and not opens_with_field_label().match(name)
    )


def _title_line(block: Block) -> bool:
    """A title on a line of its own: a few words in ordinary case, no sentence, no field or status label."""
    text = squeeze(block.text)
    return (
        len(block.lines) == 1 and len(text.split()) <= TITLE_WORDS and not ends_sentence(text)
        and _ordinary_case(text) and not opens_with_label().match(text) and not BULLET_LEAD.match(text)
    )


def status_field_value(text: str, is_status: Callable[[str], bool]) -> str | None:
    """The value of a status field in a paragraph, at its start or run in after a sentence, when it opens with a
    status value ("… per kväll. Status: Genomförd." → "Genomförd.")."""
    for piece in SENTENCE_START.split(squeeze(text)):
        field = status_line().match(piece)
        if field and field["label"] and opens_with_status(field["rest"], is_status):
            return field["rest"].strip()
    return None


def dashed_status_lines(blocks: list[Block], is_status: Callable[[str], bool] = never) -> set[int]:
    """The blocks of every run of bulleted "title – status" lines: items of their own, never the text (nor the
    status) of a numbered heading above them, nor headings of groups."""
    found: set[int] = set()
    k = 0
    while k < len(blocks):
        run = _dashed_titles(blocks, k, set(), is_status)
        found.update(t.index for t in run)
        k = run[-1].index + 1 if run else k + 1
    return found


def opens_with_status(text: str, is_status: Callable[[str], bool]) -> bool:
    """True when a text's first words are a status value ("Genomförd för tredje året …", "Pågår. Hälften …")."""
    words = re.split(r"[\s.,;]+", text)[:STATUS_WORDS]
    return any(is_status(" ".join(words[:n])) for n in range(1, len(words) + 1))


def status_after_gap(text: str, line: Line, is_status: Callable[[str], bool]) -> str | None:
    """The status value, in any case, that `text` (the line's text) ends with after the line's last wide gap
    ("A1 Automatiska dörröppnare      Klar"): only the gap tells it from words of the title."""
    tail = squeeze(line.tail)
    return tail if tail and text.endswith(tail) and is_status(tail) else None


def _flush_right_status(text: str, line: Line, is_status: Callable[[str], bool]) -> tuple[str, str] | None:
    """(title, status) of a line whose last piece, after a wide gap, is a status value in any case
    ("Ny konstgräsplan på Vallen          Done", as portfolio tools print a list)."""
    tail = status_after_gap(text, line, is_status)
    if tail is None:
        return None
    title = text[: -len(tail)].strip()
    # Not a field printed as two columns ("Status per 2024-08-31      Genomförd"), nor a legend ("[x] = genomförd
    # [ ] = …", "Grönt      Enligt plan").
    is_label = bool(opens_with_label().match(title)) or is_status(title)
    return (title, tail) if _ordinary_case(title) and not is_label and "=" not in title else None


def _ordinary_case(title: str) -> bool:
    """A title in ordinary case: mostly lower-case letters, no sentence of prose (short, not ending in ':')."""
    letters = [ch for ch in title if ch.isalpha()]
    lower = sum(ch.islower() for ch in letters)
    return len(letters) >= 4 and lower >= len(letters) / 2 and len(title) <= 160 and not title.endswith(":")
