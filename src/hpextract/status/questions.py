"""A yes/no question about an item's status answered on its line, as forms and questionnaires print it ("Har
åtgärden genomförts? Ja"): the answer read with the question as its header (vocab/answers.tsv) is the status, as
under a table column headed by a status ("Ja" → "har åtgärden genomförts", "Nej" → "ej …", "Delvis" → "delvis …")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hpextract.status.vocabulary import Verdict, classify_value, is_status_value
from hpextract.vocab.items import answer_statuses

# A question and a short answer ending the line: "Har åtgärden genomförts? Delvis". A question in prose ("Frågan
# ”Har åtgärden genomförts?” besvaras med Ja, Nej eller Delvis") has more words after it and is no field.
_ANSWERED = re.compile(r"(?P<question>[^?\n]{2,200})\?[ \t]*(?P<answer>[^\s.?]{1,6})\.?[ \t]*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class AnsweredQuestion:
    """A status question and its answer, where they stand in the text, and the status they say."""

    start: int
    end: int
    verdict: Verdict

    def printed(self, text: str) -> str:
        return text[self.start : self.end].strip()


def answered_questions(text: str) -> list[AnsweredQuestion]:
    """Every answered status question of a text, also one joined to the title before it ("Tidig kontakt vid
    korttidsfrånvaro Har åtgärden genomförts? Ja", a bold title and a bold question read as one paragraph)."""
    found = []
    for match in _ANSWERED.finditer(text):
        template = answer_statuses().get(match["answer"].lower())
        start = _status_question_start(match["question"]) if template else None
        if template is None or start is None:
            continue
        asked = match["question"][start:].strip()
        verdict = classify_value(template.format(asked.lower()))
        if verdict is not None:
            found.append(AnsweredQuestion(match.start("question") + start, match.end(), verdict))
    return found


def without_answered_questions(text: str) -> str:
    """A text with its answered status questions left out (what is left is the title and the comment)."""
    for answered in reversed(answered_questions(text)):
        text = text[: answered.start] + text[answered.end :]
    return text


def is_answered_question(text: str) -> bool:
    """True when a text is an answered status question: a field, never a running header however often it recurs."""
    found = answered_questions(text)
    return bool(found) and found[0].start == len(text) - len(text.lstrip())


def _status_question_start(question: str) -> int | None:
    """Where the status question starts: the first capitalised word from which the rest is wholly a status
    ("Har åtgärden genomförts"); None when no such question ends the text ("Har nämnden fått medel för att
    genomföra åtgärden" asks about money, not about the åtgärd)."""
    for word in re.finditer(r"\S+", question):
        if word.group()[:1].isupper() and is_status_value(question[word.start() :]):
            return word.start()
    return None
