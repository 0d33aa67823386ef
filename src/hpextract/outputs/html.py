"""Self-contained HTML of a diff and of a history: inline CSS, no network, Swedish labels by default,
the matrix coloured by status, each cell an expander with its evidence and its word diff."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from hpextract.diff.model import ItemDiff, ReportDiff
from hpextract.outputs.filters import ItemFilter, filter_diff
from hpextract.outputs.history import History, history_of
from hpextract.outputs.labels import Lang, category_colour, category_name, ui
from hpextract.report.model import Report, StatusCategory


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("hpextract", "outputs/templates"), autoescape=select_autoescape(["j2"]),
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )


def _common(lang: Lang, page_title: str) -> dict[str, object]:
    return {
        "lang": lang.value, "words": ui(lang), "page_title": page_title,
        "css": files("hpextract").joinpath("outputs/templates/style.css").read_text(encoding="utf-8"),
        "name": lambda category: category_name(category, lang), "colour": category_colour,
        "legend_entries": [(c, category_name(c, lang), category_colour(c)) for c in StatusCategory],
    }


def history_html(history: History, lang: Lang = Lang.SV) -> str:
    words = ui(lang)
    title = next((v.title for v in reversed(history.versions) if v.title), None)
    return _environment().get_template("history.html.j2").render(
        **_common(lang, f"{words['history_title']}: {title}" if title else words["history_title"]),
        history=history, title=title,
        added=[r for r in history.items if r.added_in], removed=[r for r in history.items if r.removed_in],
    )


def diff_html(
    diff: ReportDiff, old: Report, new: Report, lang: Lang = Lang.SV, wanted: ItemFilter | None = None
) -> str:
    """The diff of two versions: their two-column matrix, the transitions, and each changed item's details."""
    history = history_of([old, new], [diff], wanted)
    diff = filter_diff(diff, old, new, wanted or ItemFilter())
    words = ui(lang)
    return _environment().get_template("diff.html.j2").render(
        **_common(lang, f"{words['diff_title']}: {diff.old.file} → {diff.new.file}"),
        diff=diff, s=diff.summary, history=history,
        transitions=[e for e in diff.items if e.status],
        details=[e for e in diff.items if _has_details(e)],
    )


def _has_details(entry: ItemDiff) -> bool:
    """Changes the matrix does not show: status source, conflicts, proposals, dates, references."""
    return bool(
        entry.source or entry.conflicts.added or entry.conflicts.removed or any(dict(entry.proposals).values())
        or entry.dates.added or entry.dates.removed or entry.references.added or entry.references.removed
    )
