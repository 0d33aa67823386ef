"""One regression test per status failure measured on report styles the first cues were not written for."""

from __future__ import annotations

from pathlib import Path

import pytest

from hpextract.items.model import FoundItem, FoundProvenance, FoundSection, FoundStatus
from hpextract.layout.paragraphs import analyse
from hpextract.pipeline import extract, read_items
from hpextract.report.model import Report, StatusCategory, StatusSource
from hpextract.sources.page import Line, Page
from hpextract.status.legend import find_legend, icon_verdict
from hpextract.status.lists import status_list_signals
from hpextract.status.resolve import assign_statuses
from hpextract.status.signals import Signal
from hpextract.status.vocabulary import classify_value, sentence_verdicts


def text_report(tmp_path: Path, text: str) -> Report:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return extract(path)


def statuses(report: Report) -> dict[str, tuple[str, str | None]]:
    return {item.id: (item.status.category.value, item.status.source and item.status.source.value)
            for item in report.items}


def categories(text: str) -> list[tuple[str, tuple[int | str, ...]]]:
    return [(f.category.value, f.subjects) for f in sentence_verdicts(text)]


def test_an_explicit_label_beats_a_body_sentence_about_history(tmp_path: Path) -> None:
    """ "Status: Pågår." then "… genomfördes i mars" was completed; "Status: Avslutad." then "genomfördes"
    was completed too: the printed value decides, and past history is no conflict."""
    report = text_report(tmp_path, (
        "Uppföljning av handlingsplan\n\nUppdrag 1: Utbilda personalen.\n\n"
        "Status: Pågår. Den första utbildningsomgången genomfördes i mars.\n\n"
        "Uppdrag 2: Informera invånarna.\n\nStatus: Avslutad. Utskicket genomfördes bara digitalt.\n"
    ))
    assert statuses(report) == {"1": ("in_progress", "field"), "2": ("closed", "field")}
    assert [item.status.as_printed for item in report.items] == ["Pågår", "Avslutad"]
    assert all(item.status.conflicts == [] for item in report.items)
    assert not any(w.startswith("status") for w in report.warnings)


@pytest.mark.parametrize(("value", "category"), [
    ("Förslag lämnat", "proposal_submitted"), ("Klar", "completed"), ("Klart", "completed"),
    ("Genomfört", "completed"), ("Genomförts", "completed"), ("Färdig", "completed"), ("Utförd", "completed"),
    ("Verkställd", "completed"), ("Implementerad", "completed"), ("Ej startad", "not_started"),
    ("Startad", "in_progress"), ("Försenad", "in_progress"), ("Enligt plan", "in_progress"),
    ("Löpande", "in_progress"), ("Inte påbörjad", "not_started"),
])
def test_short_values_that_were_unknown(value: str, category: str) -> None:
    verdict = classify_value(value)
    assert verdict is not None and (verdict.category.value, verdict.as_printed, verdict.complete) == (
        category, value, True)


@pytest.mark.parametrize(("sentence", "category"), [
    ("Arbetet har inte kunnat påbörjas.", "not_started"),
    ("Ingen åtgärd har vidtagits.", "not_started"),
    ("Arbetet planeras att genomföras under 2025.", "not_started"),
    ("Målet är uppnått.", "completed"),
    ("Uppdraget bedöms vara uppfyllt.", "completed"),
    ("Funktionen har inrättats i två av fem stadsdelar.", "partially_completed"),
    ("En första redovisning planeras till nämnden i maj.", "not_started"),
])
def test_sentences_that_were_unknown(sentence: str, category: str) -> None:
    assert categories(sentence) == [(category, ())]


def test_unknown_status_text_is_warned_about(tmp_path: Path) -> None:
    """A status present but not understood was a silent unknown."""
    report = text_report(tmp_path, (
        "Uppföljning av handlingsplan\n\nUppdrag 1: Utbilda personalen.\n\nStatus: Q\n\n"
        "Uppdrag 2: Informera invånarna.\n\nStatus: Vi återkommer om detta i nästa rapport.\n"
    ))
    assert statuses(report) == {"1": ("unknown", None), "2": ("unknown", None)}
    assert 'status not understood for 1: "Q"' in report.warnings
    assert 'status not understood for 2: "Vi återkommer om detta i nästa rapport."' in report.warnings


def test_utgor_is_not_utgar() -> None:
    """ "Handlingsplanen utgör grunden …" was closed: the loose "utgår" matched "utgör"."""
    assert categories("Handlingsplanen utgör grunden för arbetet. Arbetet pågår.") == [("in_progress", ())]


def test_a_mention_elsewhere_does_not_override_the_items_own_section(tmp_path: Path) -> None:
    """In item 2's section "förutsätter att planen i uppdrag 1 är genomförd" made item 1 completed over its own
    "Arbetet pågår": a condition states nothing, and a mention ranks below the item's own section."""
    report = text_report(tmp_path, (
        "Uppföljning av handlingsplan\n\nUppdrag 1: Ta fram en plan.\n\nStatus för uppdrag 1:\n\n"
        "Arbetet med planen fortsätter och arbetet pågår.\n\n"
        "Uppdrag 2: Genomför planen.\n\nStatus för uppdrag 2:\n\n"
        "Arbetet förutsätter att planen i uppdrag 1 är genomförd. Inget arbete har påbörjats.\n\n"
        "Uppdrag 3: Utvärdera planen.\n\nStatus för uppdrag 3:\n\n"
        "Utvärderingen har inte påbörjats. Enligt nämnden är uppdrag 1 genomfört.\n"
    ))
    assert statuses(report) == {
        "1": ("in_progress", "prose"), "2": ("not_started", "prose"), "3": ("not_started", "prose"),
    }


def test_a_sentence_naming_several_items_is_split_per_clause(tmp_path: Path) -> None:
    """ "Uppdrag 1 och 2 är genomförda, medan uppdrag 3 pågår." left 3 unknown."""
    assert categories("Uppdrag 1 och 2 är genomförda, medan uppdrag 3 pågår.") == [
        ("completed", (1, 2)), ("in_progress", (3,)),
    ]
    report = text_report(tmp_path, (
        "Uppföljning av handlingsplan\n\nUppdrag 1: Ett.\n\nUppdrag 2: Två.\n\nUppdrag 3: Tre.\n\n"
        "Uppdrag 4: Fyra.\n\nStatus för uppdrag 1-3:\n\nUppdrag 1 och 2 är genomförda, medan uppdrag 3 pågår.\n\n"
        "Status för uppdrag 4:\n\nArbetet är avslutat.\n"
    ))
    assert statuses(report) == {
        "1": ("completed", "prose"), "2": ("completed", "prose"), "3": ("in_progress", "prose"),
        "4": ("closed", "field"),
    }


@pytest.mark.parametrize("sentence", [
    "Åtgärden har genomförts delvis.", "Åtgärden är genomförd i två av tre förvaltningar.",
    "Tre av fyra utbildningar har genomförts.", "Åtgärden är till hälften genomförd.",
])
def test_partial_completion_by_quantifiers(sentence: str) -> None:
    """ "genomförts delvis" and "i två av tre förvaltningar" were completed."""
    assert categories(sentence) == [("partially_completed", ())]


def test_a_count_equal_to_its_total_is_complete() -> None:
    assert categories("Utbildningen är genomförd i tre av tre förvaltningar.") == [("completed", ())]


def test_history_does_not_beat_the_present(tmp_path: Path) -> None:
    """ "En förstudie genomfördes 2023. Själva arbetet pågår." was completed."""
    report = text_report(tmp_path, (
        "Uppföljning av handlingsplan\n\nUppdrag 1: Bygg ett nytt system.\n\nStatus för uppdrag 1:\n\n"
        "En förstudie genomfördes 2023. Själva arbetet pågår.\n"
    ))
    assert statuses(report) == {"1": ("in_progress", "prose")}
    assert report.items[0].status.evidence == "Själva arbetet pågår."
    assert [f.tense for f in sentence_verdicts("En förstudie genomfördes 2023. Själva arbetet pågår.")] == [
        "past", "present",
    ]


def test_a_status_table_and_the_text_that_disagree_give_a_conflict() -> None:
    """A status table saying "Avslutad" and the text saying "Pågår" for the same item gave no warning."""
    texts = ["Uppföljning av handlingsplan", "Uppdrag 1: Inventera lokalerna.", "Status: Pågår.",
             "Uppdrag 2: Utbilda personalen.", "Status: Genomförd."]
    lines = [Line(text=t, page=1, x0=50, top=100 + 40 * i, x1=300, bottom=111 + 40 * i, size=11)
             for i, t in enumerate(texts)]
    rows = [["Nr", "Uppdrag", "Status"], ["1", "Inventera lokalerna", "Avslutad"], ["2", "Utbilda", "Genomförd"]]
    cells = [Line(text=" ".join(r), page=2, x0=50, top=100 + 20 * i, x1=300, bottom=110 + 20 * i, size=10,
                  cell=(0, i)) for i, r in enumerate(rows)]
    pages = [Page(number=1, width=595, height=842, lines=lines),
             Page(number=2, width=595, height=842, lines=cells, tables=[rows])]
    parts = read_items(analyse(pages, positioned=True), {(2, 0): rows})
    first, second = parts.items
    assert (first.status.category.value, first.status.source.value, first.status.as_printed) == (
        "closed", "table", "Avslutad")
    assert [(c.category.value, c.source.value, c.evidence) for c in first.status.conflicts] == [
        ("in_progress", "field", "Pågår."),
    ]
    assert [w for w in parts.warnings if w.startswith("status conflict")] == [
        'status conflict for 1: table says closed ("Avslutad"); field says in_progress ("Pågår.")',
    ]
    assert (second.status.category.value, second.status.conflicts) == ("completed", [])


LEGEND = [
    "Teckenförklaring",
    "G: Åtgärden är genomförd helt eller i huvudsak",
    "H: Åtgärden är genomförd till hälften eller mer",
    "P: Åtgärden är påbörjad men ej genomförd till hälften",
    "E: Ej påbörjad",
    "ER: Ej relevant",
    "Grön = Enligt plan, Gul = Delvis genomförd, Röd = Ej påbörjad",
]


def test_a_reports_legend_is_read() -> None:
    legend = find_legend(LEGEND)
    assert {key: category.value for key, (category, _) in legend.entries.items()} == {
        "G": "completed", "H": "partially_completed", "P": "in_progress", "E": "not_started", "ER": "closed",
        "green": "in_progress", "yellow": "partially_completed", "red": "not_started",
    }
    assert legend.lookup("G") == (legend.entries["G"][0], "Åtgärden är genomförd helt eller i huvudsak")
    assert legend.lookup("ER")[1] == "Ej relevant"  # not "E"
    assert legend.lookup("EJ") is None
    assert legend.lookup("Grön") == legend.lookup("green")


def test_the_legend_overrides_the_default_colours_and_gives_codes_a_meaning() -> None:
    legend = find_legend(LEGEND)
    assert classify_value("Grön").category.value == "completed"  # the default convention (colours.tsv)
    assert classify_value("Grön", legend).category.value == "in_progress"
    assert classify_value("G") is None
    verdict = classify_value("G", legend)
    assert (verdict.category.value, verdict.as_printed) == ("completed", "G")
    assert icon_verdict("green", "tick").as_printed == "klar"
    assert icon_verdict("green", "circle", legend).as_printed == "Enligt plan"
    assert icon_verdict("red", "cross").category.value == "closed"


def test_legend_lines_joined_into_one_paragraph() -> None:
    legend = find_legend(["G: Åtgärden är genomförd helt eller i huvudsak H: Åtgärden är genomförd till hälften "
                          "eller mer P: Åtgärden är påbörjad men ej genomförd till hälften E: Ej påbörjad"])
    assert {key: c.value for key, (c, _) in legend.entries.items()} == {
        "G": "completed", "H": "partially_completed", "P": "in_progress", "E": "not_started",
    }


def test_a_legend_needs_two_entries_or_a_title() -> None:
    assert not find_legend(["CS: Arbetet pågår enligt beslut."])
    assert not find_legend(["Status: Pågår", "Uppdrag 3: Genomfört"])
    # Göteborg's audit report: an acronym before a long sentence, and "Förklaring" inside prose.
    assert not find_legend([
        "SIP: arbetet i syfte att se till att verksamheten lever upp till kraven som ställs i lagstiftning "
        "(granskning 2023, ingen uppföljning genomfördes 2024)",
        "Styrelsen har lämnat en förklaring: arbetet pågår.",
    ])


def test_letter_codes_in_a_report_with_its_legend(tmp_path: Path) -> None:
    report = text_report(tmp_path, (
        "Uppföljning av handlingsplan\n\nTeckenförklaring: G = Genomförd, P = Påbörjad, E = Ej påbörjad\n\n"
        "Åtgärd 1: Inventera lokalerna.\n\nStatus: G\n\nÅtgärd 2: Utbilda personalen.\n\nStatus: E\n"
    ))
    assert statuses(report) == {"1": ("completed", "field"), "2": ("not_started", "field")}
    assert [item.status.as_printed for item in report.items] == ["G", "E"]


def test_a_status_in_the_heading_or_the_group_heading(tmp_path: Path) -> None:
    report = text_report(tmp_path, (
        "Uppföljning av handlingsplan\n\nUppdrag 1: Inventera lokalerna (avslutat)\n\n"
        "Uppdrag 2: Utbilda personalen.\n\nStatus för uppdrag 2:\n\nArbetet pågår.\n"
    ))
    assert statuses(report)["1"] == ("closed", "heading")
    assert statuses(report)["2"] == ("in_progress", "field")


@pytest.mark.parametrize(("value", "category"), [
    ("Avvaktar", "on_hold"), ("Vilande", "on_hold"), ("Pausad", "on_hold"), ("Ej genomförd", "not_started"),
    ("ÄNNU INTE PÅBÖRJAD", "not_started"), ("Delvis genomförd", "partially_completed"),
])
def test_more_short_values(value: str, category: str) -> None:
    assert classify_value(value).category.value == category


def test_waiting_for_something_names_a_condition_not_a_status() -> None:
    """ "avvaktar att vårdformen har införts" must not read "har införts" as completed."""
    assert categories("Uppdrag 9 avvaktar att vårdformen har införts i hela länet.") == []
    assert categories("Arbetet avvaktar.") == [("on_hold", ())]


def test_a_later_dated_status_beats_an_earlier_one(tmp_path: Path) -> None:
    report = text_report(tmp_path, (
        "Uppföljning av handlingsplan\n\nÅtgärd 1: Inventera lokalerna.\n\nStatus 2024-12-31: Klar.\n\n"
        "Status 2024-06-30: Pågår.\n"
    ))
    assert statuses(report) == {"1": ("completed", "field")}
    assert report.items[0].status.conflicts == []  # an older status is history, not a conflict


def found_item(number: int, text: str, group: str | None = None) -> FoundItem:
    return FoundItem(
        number=number, parent=None, label=f"{number}.", text=text, group=group, references=[],
        status=FoundStatus(StatusCategory.UNKNOWN, None, None), provenance=FoundProvenance(None, None),
    )


def test_icons_and_group_headings_given_by_the_items_stage() -> None:
    """The items stage passes icons (colour, shape) as signals without a category; the legend names them."""
    items = [found_item(1, "Inventera lokalerna"), found_item(2, "Utbilda personalen"),
             found_item(3, "Ta fram en plan", group="Avslutade åtgärder")]
    sections = [FoundSection(id="s1", heading="Kommentar", covers=[1], text="Arbetet har påbörjats.")]
    icons = [
        Signal(item="1", kind=StatusSource.ICON, category=None, text="", icon_colour="green", icon_shape="circle"),
        Signal(item="2", kind=StatusSource.ICON, category=None, text="", icon_colour="green", icon_shape="tick"),
    ]
    warnings = assign_statuses(items, sections, icons, find_legend(["Grön = Enligt plan", "Röd = Ej påbörjad"]))
    assert [(i.status.category.value, i.status.source.value, i.status.as_printed) for i in items] == [
        ("in_progress", "icon", "Enligt plan"), ("in_progress", "icon", "Enligt plan"),
        ("closed", "heading", "Avslutade åtgärder"),
    ]
    assert warnings == []


def test_an_explained_icon_that_disagrees_with_the_comment_is_a_conflict() -> None:
    items = [found_item(1, "Inventera lokalerna")]
    sections = [FoundSection(id="s1", heading="Kommentar", covers=[1], text="Arbetet har inte påbörjats.")]
    icon = Signal(item="1", kind=StatusSource.ICON, category=None, text="", icon_colour="green", icon_shape="tick")
    warnings = assign_statuses(items, sections, [icon], find_legend(["Teckenförklaring", "Grön = Klar"]))
    status = items[0].status
    assert (status.category.value, status.as_printed) == ("completed", "Klar")
    assert [(c.category.value, c.source.value) for c in status.conflicts] == [("not_started", "prose")]
    assert warnings == ['status conflict for 1: icon says completed ("Klar"); prose says not_started '
                        '("Arbetet har inte påbörjats.")']


def test_an_unexplained_icon_is_a_guess_the_comment_overrides() -> None:
    """Without a legend, a green icon may mean "klar" or "enligt plan": the report's own words decide."""
    items = [found_item(1, "Radonmätningar"), found_item(2, "Tillsyn av skolorna")]
    sections = [FoundSection(id="s1", heading="Kommentar", covers=[1], text="Mätningarna har påbörjats."),
                FoundSection(id="s2", heading="Kommentar", covers=[2], text="Vi har haft många möten.")]
    icons = [Signal(item=str(n), kind=StatusSource.ICON, category=None, text="", icon_colour="green",
                    icon_shape="circle") for n in (1, 2)]
    warnings = assign_statuses(items, sections, icons)
    assert [(i.status.category.value, i.status.source.value) for i in items] == [
        ("in_progress", "prose"), ("completed", "icon"),
    ]
    assert items[0].status.conflicts == [] and warnings == []


def test_an_items_own_paragraphs_state_its_status_when_it_has_no_section(tmp_path: Path) -> None:
    report = text_report(tmp_path, (
        "Uppföljning av kulturplanen\n\n1. Öppna biblioteket på söndagar.\n\n"
        "Söndagsöppet infördes i mars och används flitigt. Insatsen är genomförd.\n\n"
        "2. Utöka lovaktiviteterna. Status: Pågår.\n\n"
        "3. Renovera museet.\n\nRenoveringen har inte påbörjats. Frågan tas upp när budgeten är beslutad.\n"
    ))
    assert statuses(report) == {"1": ("completed", "prose"), "2": ("in_progress", "field"),
                                "3": ("not_started", "prose")}
    assert all(item.status.section_id is None for item in report.items)


def test_a_status_after_a_dash_in_the_title_but_not_an_infinitive(tmp_path: Path) -> None:
    report = text_report(tmp_path, (
        "Uppföljning av folkhälsoplanen\n\n1. Rökfria skolgårdar – ej påbörjad.\n\n"
        "2. Uppsökande hembesök – pågår i fyra orter.\n\n3. Samverkan med föreningar – ta fram en plan.\n"
    ))
    assert statuses(report) == {"1": ("not_started", "heading"), "2": ("in_progress", "heading"),
                                "3": ("unknown", None)}


def test_a_status_tag_in_a_status_heading(tmp_path: Path) -> None:
    report = text_report(tmp_path, (
        "Uppföljning av bostadsplanen\n\nUppdrag 1: Förebygga vräkningar.\n\nUppdrag 2: Ta fram en rutin.\n\n"
        "Status för uppdrag 1 och 2 (klart):\n\nEtt team arbetar sedan mars med alla ärenden.\n"
    ))
    assert statuses(report) == {"1": ("completed", "heading"), "2": ("completed", "heading")}


def test_in_a_joint_section_a_sentence_about_one_items_topic_is_about_that_item(tmp_path: Path) -> None:
    report = text_report(tmp_path, (
        "Uppföljning av läkarplanen\n\n3) Följa upp tillgängligheten under helger.\n\n"
        "4) Utreda digital rond som komplement.\n\nStatus för uppdrag 3 och 4:\n\n"
        "Uppföljningen av helgerna pågår med stickprov varje kvartal. Den digitala ronden har inte påbörjats, "
        "eftersom tekniken upphandlas först 2026.\n"
    ))
    assert statuses(report) == {"3": ("in_progress", "prose"), "4": ("not_started", "prose")}


def test_a_question_states_no_status() -> None:
    assert categories("Har nämnden genomfört sitt uppdrag på ett ändamålsenligt sätt?") == []


@pytest.mark.parametrize(("sentence", "category"), [
    ("Åtgärden är vidtagen.", "completed"), ("Åtgärden är delvis vidtagen.", "partially_completed"),
    ("Åtgärden är ännu inte vidtagen.", "not_started"),
    ("Belysningen kommer att bytas när gatan byggs om hösten 2026.", "not_started"),
])
def test_held_out_wordings(sentence: str, category: str) -> None:
    assert [c for c, _ in categories(sentence)] == [category]


def test_a_plan_ranks_after_what_is_under_way() -> None:
    findings = sentence_verdicts("Arbetet pågår. En rapport ska lämnas till nämnden i maj.")
    assert [(f.category.value, f.tense) for f in findings] == [("in_progress", "present"), ("not_started", "future")]


def test_ej_klar_only_says_not_done_and_the_comment_decides(tmp_path: Path) -> None:
    report = text_report(tmp_path, (
        "Uppföljning av åtgärder\n\nÅtgärd 1: Tydligare mötesstruktur.\n\n"
        "Status: Ej klar. Mallen prövas och arbetet pågår.\n\nÅtgärd 2: Ny rutin.\n\nStatus: Ej klar.\n"
    ))
    assert statuses(report) == {"1": ("in_progress", "prose"), "2": ("not_started", "field")}
    assert not any(w.startswith("status conflict") for w in report.warnings)


@pytest.mark.parametrize(("value", "category"), [
    ("Done", "completed"), ("Ongoing", "in_progress"), ("Not started", "not_started"), ("On hold", "on_hold"),
    ("In progress", "in_progress"),
])
def test_english_status_values(value: str, category: str) -> None:
    assert classify_value(value).category.value == category


def test_a_negation_after_an_adverb() -> None:
    assert categories("Väntetiderna har minskat men vårdgarantin uppfylls ännu inte. Arbetet fortgår.") == [
        ("in_progress", ()),
    ]


def test_symbols_a_legend_explains_are_read_like_codes(tmp_path: Path) -> None:
    """A "+ / 0 / –" legend: "+" and "–" gave 'status not understood' and the comment was taken instead. A dash
    is one symbol whichever dash the table prints."""
    legend = find_legend(["Teckenförklaring: + = genomförd     0 = pågår     – = ej påbörjad"])
    assert {key: (c.value, word) for key, (c, word) in legend.entries.items()} == {
        "+": ("completed", "genomförd"), "0": ("in_progress", "pågår"), "–": ("not_started", "ej påbörjad"),
    }
    assert classify_value("-", legend).category.value == "not_started"
    report = text_report(tmp_path, (
        "Uppföljning av handlingsplan\n\nTeckenförklaring: + = genomförd     0 = pågår     – = ej påbörjad\n\n"
        "Åtgärd 1: Väntjänst med volontärer.\n\nStatus: +\n\nKommentar: Startade i mars.\n\n"
        "Åtgärd 2: Hembesök hos äldre.\n\nStatus: -\n"
    ))
    assert statuses(report) == {"1": ("completed", "field"), "2": ("not_started", "field")}


def test_a_symbol_is_no_legend_key_without_equals_or_colon() -> None:
    assert not find_legend(["Teckenförklaring", "+ Fler laddplatser vid arbetsplatserna", "– Ny cykelpool"])


@pytest.mark.parametrize(("sentence", "category"), [
    # a present passive of a completing verb says the work ends or is put right later, not that it is done
    ("Handledningen avslutas i december när den sista gruppen har haft sin.", "in_progress"),
    ("Resterande tunnlar åtgärdas under 2026.", "in_progress"),
    # a count with a determiner before its total is partial
    ("Belysningen är utbytt i fyra av de nio tunnlarna.", "partially_completed"),
    ("Utbildningen är genomförd i tre av de tre förvaltningarna.", "completed"),
    ("Insatsen har inte kommit igång på grund av svårigheter att rekrytera.", "not_started"),
    ("Uppdraget kvarstår till nästa år.", "in_progress"),
])
def test_heldout3_wordings(sentence: str, category: str) -> None:
    assert [c for c, _ in categories(sentence)] == [category]


@pytest.mark.parametrize(("value", "category"), [
    ("Fullföljd", "completed"), ("On track", "in_progress"), ("At risk", "in_progress"),
    ("Delayed", "in_progress"), ("Cancelled", "closed"),
])
def test_heldout3_short_values(value: str, category: str) -> None:
    assert classify_value(value).category.value == category


def test_dot_leaders_are_a_wide_gap_before_the_status(tmp_path: Path) -> None:
    """ "Uppdrag 1 Ökad samverkan ........ Klar": every item was unknown, the leaders and status kept in its text."""
    report = text_report(tmp_path, (
        "Kommunfullmäktiges uppdrag – sammanställning av läget\n\n"
        "Uppdrag 1 Ökad samverkan med civilsamhället ................................... Klar\n\n"
        "Uppdrag 2 Ny översiktsplan ................................................... Pågår\n\n"
        "Uppdrag 3 Bredband till hela landsbygden …………….. Delvis klar\n"
    ))
    assert statuses(report) == {
        "1": ("completed", "field"), "2": ("in_progress", "field"), "3": ("partially_completed", "field"),
    }
    assert [item.text for item in report.items] == [
        "Ökad samverkan med civilsamhället", "Ny översiktsplan", "Bredband till hela landsbygden",
    ]


def test_dot_leaders_in_a_pdf_line_cut_it_where_they_stand() -> None:
    from hpextract.sources.columns import split_wide_gaps

    def chars(text: str, x0: float) -> list[dict[str, object]]:
        return [{"text": ch, "x0": x0 + 5 * k, "x1": x0 + 5 * k + 4.5, "top": 0.0, "bottom": 10.0, "size": 10.0}
                for k, ch in enumerate(text)]

    line = chars("Ny översiktsplan ........ Pågår", 0.0)
    pieces = split_wide_gaps({"text": "Ny översiktsplan ........ Pågår", "chars": line, "x0": 0.0, "x1": 155.0,
                              "top": 0.0, "bottom": 10.0})
    assert [p["text"] for p in pieces] == ["Ny översiktsplan", "Pågår"]


def test_a_status_stated_once_for_an_area_holds_for_each_of_its_items(tmp_path: Path) -> None:
    """Area 1's statement went into the introduction (its items unknown); area 2's "Bedömning:" ran on through the
    "Område 3" heading, so 2.2 read area 3's sentence and 2.1 had nothing."""
    report = text_report(tmp_path, (
        "Handlingsplan för minskad nedskräpning – uppföljning 2025\n\n"
        "Planen innehåller fem åtgärder fördelade på tre områden.\n\n"
        "Område 1 – Förebyggande arbete\n\n"
        "Samtliga åtgärder inom området är genomförda.\n\n"
        "1.1  Skräpplockardagar med skolorna\n\n"
        "1.2  Informationskampanj i sociala medier\n\n"
        "Område 2 – Tillsyn och renhållning\n\n"
        "2.1  Utökad tömning av papperskorgar sommartid\n\n"
        "2.2  Tillsyn av nedskräpade tomter\n\n"
        "Bedömning: Åtgärderna inom området har påbörjats men ingen av dem är ännu klar.\n\n"
        "Område 3 – Samverkan\n\n"
        "Åtgärderna inom området har inte påbörjats.\n\n"
        "3.1  Gemensam kampanj med grannkommunerna\n"
    ))
    assert {number: category for number, (category, _) in statuses(report).items()} == {
        "1.1": "completed", "1.2": "completed", "2.1": "in_progress", "2.2": "in_progress", "3.1": "not_started",
    }


@pytest.mark.parametrize(("sentence", "category"), [
    ("Uppdraget föreslås avslutas.", "closed"),  # a proposal to close it: not work still running
    ("Uppdraget avslutas härmed.", "closed"),
    ("Arbetet avslutas i december.", "in_progress"),  # ends later: runs until then
    ("Projektet avslutas under 2026.", "in_progress"),
    ("Uppdraget avslutades i mars.", "closed"),
])
def test_avslutas_is_still_running_only_with_a_time_after_it(sentence: str, category: str) -> None:
    assert [c for c, _ in categories(sentence)] == [category]


@pytest.mark.parametrize(("sentence", "category"), [
    ("Bytet har ännu inte avslutats; två av fem hallar återstår.", "in_progress"),  # not yet finished: under way
    ("Arbetet är i stort sett klart, endast injustering återstår.", "partially_completed"),  # nearly done
    ("Anslutningen färdigställdes aldrig eftersom bolaget drog tillbaka sitt erbjudande.", "closed"),  # given up
    ("Åtgärden kommer inte att genomföras.", "closed"),  # dropped, not delayed
    ("Åtgärden ska inte genomföras.", "closed"),  # the future marker is the pattern's own word
    ("Avvaktar beslut om investeringsbudget för 2026.", "on_hold"),  # a wait opening the sentence is the state
])
def test_heldout4_tense_and_negation_wordings(sentence: str, category: str) -> None:
    assert [c for c, _ in categories(sentence)] == [category]


def test_a_wait_inside_a_sentence_is_still_a_condition() -> None:
    assert [c for c, _ in categories("Förslaget är klart och avvaktar beslut i nämnden.")] == ["completed"]
    assert categories("Uppdrag 9 avvaktar att vårdformen har införts i hela länet.") == []


@pytest.mark.parametrize(("value", "category"), [
    ("Ej åtgärdad", "not_started"), ("Åtgärd pågår", "in_progress"),  # the noun "Åtgärd" is no "åtgärdad"
    ("Verkställt", "completed"), ("Delvis verkställt", "partially_completed"),
    ("Under verkställighet", "in_progress"), ("Ej verkställt", "not_started"),
])
def test_internal_control_and_verkstallighet_values(value: str, category: str) -> None:
    verdict = classify_value(value)
    assert verdict is not None and (verdict.category.value, verdict.complete) == (category, True)
    assert verdict.pattern != "åtgärda"


def test_a_status_tag_in_square_brackets_after_the_title(tmp_path: Path) -> None:
    """ "Uppdrag 2 Klassning av informationstillgångar [PÅGÅR]" was unknown: only "(Pågår)" was a tag."""
    report = text_report(tmp_path, (
        "Handlingsplan för informationssäkerhet – lägesrapport\n\n"
        "Uppdrag 1 Tvåfaktorsinloggning för alla medarbetare [KLAR]\n\n"
        "Infört i september för samtliga konton.\n\n"
        "Uppdrag 2 Klassning av informationstillgångar [PÅGÅR]\n\n"
        "Fyra av sju förvaltningar har klassat sina system.\n\n"
        "Uppdrag 3 Ny loggserver [PAUSAD]\n\n"
        "Upphandlingen är överprövad.\n"
    ))
    assert statuses(report) == {
        "1": ("completed", "heading"), "2": ("in_progress", "heading"), "3": ("on_hold", "heading"),
    }


@pytest.mark.parametrize("label", ["Genomförandegrad: {}", "Status: {}", "Genomförandegrad {}."])
def test_a_percentage_under_a_label_is_the_progress_and_implies_a_status(tmp_path: Path, label: str) -> None:
    """ "Genomförandegrad: 100 %" alone gave no status ('status not understood') and no progress."""
    titles = ["Gemensam plan för studiero", "Läsfrämjande samarbete med biblioteken", "Fler behöriga lärare"]
    text = "Uppföljning av aktiviteter i verksamhetsplan 2025\n\n" + "".join(
        f"Aktivitet {n} – {title}\n\n{label.format(percent)}\n\n"
        for n, (title, percent) in enumerate(zip(titles, ["100 %", "50 %", "0 %"], strict=True), start=1)
    )
    report = text_report(tmp_path, text)
    assert {item.id: (item.status.category.value, item.progress and item.progress.percent)
            for item in report.items} == {"1": ("completed", 100.0), "2": ("in_progress", 50.0),
                                          "3": ("not_started", 0.0)}


def test_a_percentage_in_a_status_column_and_a_comment_that_says_more(tmp_path: Path) -> None:
    """The percentage's status is a convention: the item's own words decide when they say something."""
    report = text_report(tmp_path, (
        "Uppföljning av aktiviteter 2025\n\n"
        "Nr   Aktivitet                                   Genomförandegrad   Kommentar\n"
        "1    Gemensam plan för studiero                  100 %              Planen är antagen.\n"
        "2    Läsfrämjande samarbete med biblioteken      40 %               Arbetet är pausat.\n"
    ))
    assert {item.id: (item.status.category.value, item.progress and item.progress.percent)
            for item in report.items} == {"1": ("completed", 100.0), "2": ("on_hold", 40.0)}


def test_a_bare_percentage_without_a_label_is_no_status() -> None:
    """A survey's "94 %" after a question is a share of users, not a degree of completion."""
    assert classify_value("94 %") is None


def test_x_of_y_under_a_status_header_is_a_count_of_what_is_done(tmp_path: Path) -> None:
    """A "Delmål klara" column of "3 av 3" was no status column (the counts stayed in the titles); 0 of y says only
    "none done", so the comment decides."""
    report = text_report(tmp_path, (
        "Folkhälsoplan – uppföljning av målen 2025\n\n"
        "Mål                                           Delmål klara   Kommentar\n"
        "1. Fler barn rör sig varje dag                3 av 3         Rörelsepassen är införda.\n"
        "2. Minskat bruk av alkohol bland unga         2 av 4         Två delmål återstår.\n"
        "3. Minskad psykisk ohälsa                     0 av 3         Arbetet med samtliga delmål pågår.\n"
        "4. Tryggare offentliga miljöer                0 av 2         Arbetet har inte startat.\n"
    ))
    assert {number: category for number, (category, _) in statuses(report).items()} == {
        "1": "completed", "2": "partially_completed", "3": "in_progress", "4": "not_started",
    }


@pytest.mark.parametrize(("value", "category"), [
    ("3 av 3 delmål klara", "completed"), ("2 av 4 delmål klara", "partially_completed"),
    ("0 av 3 delmål klara", "not_started"),
])
def test_counts_of_what_is_done(value: str, category: str) -> None:
    assert classify_value(value).category.value == category


def test_a_field_labelled_by_a_status_word_with_an_answer() -> None:
    """ "Genomfört: Delvis" was not read (the comment was 'not understood'); "Genomfört: Nej" read "Genomfört"."""
    items = [found_item(1, "Nytt ansökningssystem\n\nGenomfört: Ja\n\nKlart: 2025-06"),
             found_item(2, "Översyn av taxor\n\nGenomfört: Delvis"),
             found_item(3, "Gemensam kalender\n\nGenomfört: Nej"),
             found_item(4, "Riktlinjer för lokalbokning\n\nGenomfört: Nej")]
    sections = [
        FoundSection(id="s1", heading="Kommentar", covers=[2], text="Taxorna för fullstora hallar är beslutade."),
        FoundSection(id="s2", heading="Kommentar", covers=[4], text="Arbetet pågår."),
    ]
    assign_statuses(items, sections)
    assert [(i.status.category.value, i.status.source.value) for i in items] == [
        ("completed", "field"), ("partially_completed", "field"), ("not_started", "field"), ("in_progress", "prose"),
    ]


@pytest.mark.parametrize(("sentence", "expected"), [
    # "kommer inte att … förrän", "inte … under 2024 utan fortsätter": postponed, not dropped
    ("Arbetet kommer inte att slutföras under 2024 utan fortsätter nästa år.", []),
    ("Åtgärden kommer inte att påbörjas förrän budgeten är beslutad.", ["not_started"]),
    ("Åtgärden ska inte genomföras förrän nämnden har beslutat.", ["not_started"]),
    # "avslutas i och med …" closes it now; "i" is a time only before one
    ("Uppdraget avslutas i och med denna rapport.", ["closed"]),
    ("Uppdraget avslutas i enlighet med nämndens beslut.", ["closed"]),
    ("Uppdraget föreslås avslutas i och med denna redovisning.", ["closed"]),
    ("Uppdraget avslutades i mars.", ["closed"]),  # "mars" is no present form of a verb
    ("Åtgärden genomfördes för nästan ett år sedan.", ["completed"]),  # "nästan" qualifies "ett år", not the work
])
def test_readings_the_heldout_vocabulary_must_not_change(sentence: str, expected: list[str]) -> None:
    assert [c for c, _ in categories(sentence)] == expected


COLOUR_PROSE = (
    "Socialnämnden – uppföljning av nämndmål 2025\n\n{legend}"
    "Mål 1. Fler personer går vidare till arbete\n\n"
    "Andelen som avslutat försörjningsstöd till följd av arbete har ökat. Måluppfyllelsen bedöms därför som grön.\n\n"
    "Mål 2. Kortare handläggningstider\n\n"
    "Handläggningstiden har minskat men ligger över målvärdet. Nämnden bedömer måluppfyllelsen som gul.\n\n"
    "Mål 3. Samverkan med skolan\n\nRutinen har inte följts i alla placeringar. Bedömningen är röd.\n"
)


def test_a_colour_stated_as_the_assessment_in_prose_is_read_through_the_legend(tmp_path: Path) -> None:
    """heldout5: "Måluppfyllelsen bedöms därför som grön" was unknown, or closed from "Andelen som avslutat …" (a
    measurement). The colour is read through the legend written into the introduction ("grön (målet är
    uppfyllt), …") and is the item's printed assessment, as "Bedömning: Grön" is."""
    legend = ("Bedömningen uttrycks som grön (målet är uppfyllt), gul (målet är delvis uppfyllt) eller röd (målet är "
              "inte uppfyllt).\n\n")
    report = text_report(tmp_path, COLOUR_PROSE.format(legend=legend))
    assert statuses(report) == {"1": ("completed", "field"), "2": ("partially_completed", "field"),
                                "3": ("not_started", "field")}
    assert [item.status.as_printed for item in report.items] == ["grön", "gul", "röd"]
    assert not report.warnings
    assert {k: c.value for k, (c, _) in find_legend([legend]).entries.items()} == {
        "green": "completed", "yellow": "partially_completed", "red": "not_started"}


def test_a_colour_assessment_without_a_legend_follows_the_usual_traffic_light(tmp_path: Path) -> None:
    """Without a legend the colour is the default convention's guess; the measurement "Andelen som avslutat …" says
    what those counted did and no longer reads as the goal closed."""
    report = text_report(tmp_path, COLOUR_PROSE.format(legend=""))
    assert statuses(report) == {"1": ("completed", "field"), "2": ("partially_completed", "field"),
                                "3": ("not_started", "field")}
    assert categories("Andelen som avslutat försörjningsstöd har ökat. 61 procent har genomfört kursen.") == []


@pytest.mark.parametrize("text", [
    "Parken har fått fler gröna ytor och nya bänkar.",
    "Under röda dagar är bemanningen lägre.",
    "Bedömningen är att gröna ytor ska öka.",
    "Målet bedöms inte som grönt.",
    "Nämndens bedömning uttrycks som grön (målet är uppfyllt) eller röd (målet är inte uppfyllt).",
])
def test_colour_words_that_are_no_assessment(text: str) -> None:
    from hpextract.status.assessment import assessments

    assert assessments(text, None) == []


def test_an_item_with_green_spaces_in_its_text_gets_no_status_from_them(tmp_path: Path) -> None:
    report = text_report(tmp_path, (
        "Uppföljning av grönplanen\n\nÅtgärd 1. Fler parker\n\nStadsdelen har fått fler gröna ytor.\n\n"
        "Åtgärd 2. Bättre belysning\n\nUnder röda dagar är parken stängd. Arbetet pågår.\n"
    ))
    assert statuses(report) == {"1": ("unknown", None), "2": ("in_progress", "prose")}


PHASES = (
    "Digitaliseringsplan – uppföljning av insatser, oktober 2025\n\n{intro}"
    "Id        Insats                                    Projektägare                  Fas\n"
    "D1        E-arkiv för socialtjänsten                Socialchef                    Implementerad\n"
    "D2        Robotiserad fakturahantering              Ekonomichef                   Genomförande\n"
    "D3        Ny plattform för lärplattform             Skolchef                      Planering\n"
    "D4        AI-stöd i kundtjänst                      Kommunikationschef            Avslutad\n"
)


def test_project_phases_explained_in_the_introduction_are_a_legend(tmp_path: Path) -> None:
    """heldout5: "Genomförande" (= pågår per the introduction) was completed, read as a form of "genomförd";
    "Planering" was unknown and stayed in the item's text."""
    intro = ("Varje insats följs i projektmodellens faser: Planering (ej startad), Genomförande (pågår), "
             "Implementerad (klar) och Avslutad (stängd utan att fortsätta).\n\n")
    report = text_report(tmp_path, PHASES.format(intro=intro))
    # The phase column is a status column (its cells are all status values once the legend is read): a table.
    assert statuses(report) == {"D1": ("completed", "table"), "D2": ("in_progress", "table"),
                                "D3": ("not_started", "table"), "D4": ("closed", "table")}
    assert report.items[2].text == "Ny plattform för lärplattform"  # no phase word, and the owner is a column
    assert not report.warnings


@pytest.mark.parametrize("text", [
    "Planering (ej startad), Genomförande (pågår).",
    "Faserna: Planering = ej startad, Genomförande = pågår",
    "Planering innebär att arbetet inte har startat. Genomförande innebär att arbetet pågår.",
])
def test_words_a_report_explains_as_a_legend(text: str) -> None:
    legend = find_legend([text])
    assert {key: c.value for key, (c, _) in legend.entries.items()} == {
        "planering": "not_started", "genomförande": "in_progress"}
    assert classify_value("PLANERING", legend).category.value == "not_started"


@pytest.mark.parametrize("texts", [
    ["Detta innebär att arbetet pågår."],  # one explanation of a word is no legend
    ["Samverkan med regionen (pågår) är viktig.", "Arbetet med skolorna (klart) redovisas i maj."],
    ["Det betyder att projektet är försenat."],
])
def test_words_explained_once_in_prose_are_no_legend(texts: list[str]) -> None:
    assert not find_legend(texts)


def test_a_phase_without_its_explanation(tmp_path: Path) -> None:
    """Without the introduction "Genomförande" is the work being carried out (a present participle's noun, as
    "pågående"), not "genomförd"; "Planering" is no status word: in the phase column (three in four of its cells
    are statuses, so it is the status column) it is a status not understood, with a warning."""
    assert classify_value("Genomförande").category.value == "in_progress"
    assert classify_value("Införande").category.value == "in_progress"
    report = text_report(tmp_path, PHASES.format(intro=""))
    assert statuses(report)["D2"] == ("in_progress", "table")
    assert statuses(report)["D3"] == ("unknown", None)
    assert report.warnings == ['status not understood for D3: "Planering"']


def test_what_did_not_happen_states_no_status() -> None:
    assert categories("Projektet stängdes utan att fortsätta.") == []
    assert categories("Arbetet avslutades utan att alla delar hade genomförts.") == [("closed", ())]


def test_the_status_word_of_a_field_wins_over_the_words_that_explain_it(tmp_path: Path) -> None:
    """heldout5: "Status: Oplanerad – ingår inte i årets budget" was unknown (the whole sentence is no value);
    "Status: Halvfärdig; upphandlingen är klar men …" was right but warned of a conflict with "klar", which only
    explains the value."""
    report = text_report(tmp_path, (
        "Uppföljning av handlingsplan för resor\n\nÅtgärd 1. Elcyklar\n\n"
        "Status: Delgenomförd – två av fyra hemtjänstgrupper har fått cyklar.\n\n"
        "Åtgärd 2. Klimatkompensation\n\nStatus: Halvfärdig; upphandlingen är klar men avtalet är inte tecknat.\n\n"
        "Åtgärd 3. Bilpool\n\nStatus: Oplanerad – ingår inte i årets budget.\n"
    ))
    assert statuses(report) == {"1": ("partially_completed", "field"), "2": ("partially_completed", "field"),
                                "3": ("not_started", "field")}
    assert [item.status.as_printed for item in report.items] == ["Delgenomförd", "Halvfärdig", "Oplanerad"]
    assert all(item.status.conflicts == [] for item in report.items)
    assert not report.warnings


def test_words_before_a_dash_that_are_no_status_stay_prose(tmp_path: Path) -> None:
    """Only a status word is cut off before the dash: "Arbetet – som startade i maj – pågår" is prose; a later
    sentence that contradicts the printed value is still a conflict."""
    report = text_report(tmp_path, (
        "Uppföljning av handlingsplan\n\nÅtgärd 1. Utbildning\n\nStatus: Arbetet – som startade i maj – pågår.\n\n"
        "Åtgärd 2. Rutiner\n\nStatus: Pågår – enligt plan. Rutinen är antagen av nämnden.\n"
    ))
    assert statuses(report) == {"1": ("in_progress", "prose"), "2": ("in_progress", "field")}
    assert report.items[0].status.as_printed is None
    assert [c.category.value for c in report.items[1].status.conflicts] == ["completed"]
    assert len(report.warnings) == 1


@pytest.mark.parametrize(("sentence", "category"), [
    # heldout4: a start in the present tense with a year after it is ahead, not under way
    ("Arbetet påbörjas 2026.", "not_started"),
    ("Projektet startar under 2026.", "not_started"),
    # heldout3: a completion with a reservation of where it holds is done in part
    ("Genomförda på huvudbiblioteket men inte på filialerna.", "partially_completed"),
    ("Rutinen är klar, men ej i alla skolor.", "partially_completed"),
])
def test_a_start_ahead_and_a_completion_with_a_reservation(sentence: str, category: str) -> None:
    assert categories(sentence) == [(category, ())]


@pytest.mark.parametrize(("sentence", "category"), [
    ("Arbetet påbörjades 2024.", "in_progress"),  # started then
    ("Arbetet påbörjas nu.", "in_progress"),
    ("Arbetet har påbörjats och beräknas vara klart 2026.", "in_progress"),  # the year is the end, not the start
    ("Uppdraget är slutfört men inte i tid.", "completed"),  # late, not in part
    ("Åtgärden är genomförd men inte utvärderad.", "completed"),  # another step, not a place left out
    ("Arbetet pågår men inte på filialerna.", "in_progress"),
])
def test_no_start_ahead_or_reservation_where_there_is_none(sentence: str, category: str) -> None:
    assert categories(sentence) == [(category, ())]


def test_a_key_of_abbreviations_is_a_legend(tmp_path: Path) -> None:
    """heldout6: "Påg." and "Delv. genomf." were "not understood" although the report's key explained them."""
    report = text_report(tmp_path, (
        "Uppföljning av insatsplan 2025\n\n"
        "Förkortningar: Påg. = pågår, Ej påb. = ej påbörjad, Delv. genomf. = delvis genomförd.\n\n"
        "Insats 1: Jobbtorg för unga.\n\nStatus: Påg.\n\n"
        "Insats 2: Feriearbete.\n\nStatus: Delv. genomf. Två av tre platser är tillsatta.\n\n"
        "Insats 3: Studiemotiverande kurs.\n\nStatus: Ej påb.\n"
    ))
    assert statuses(report) == {"1": ("in_progress", "field"), "2": ("partially_completed", "field"),
                                "3": ("not_started", "field")}
    assert not report.warnings or not any("not understood" in w for w in report.warnings)


def test_an_abbreviation_must_abbreviate_its_meaning() -> None:
    """Only a key that shortens its meaning word by word is an abbreviation ("Kl. = genomförd" is not), and only
    a meaning that is a status makes an entry ("Bil. = bilaga")."""
    legend = find_legend(["Förkortningar: Påg. = pågår, Kl. = genomförd, Bil. = bilaga, Avv. = avvaktar"])
    assert {key: c.value for key, (c, _) in legend.entries.items()} == {"påg": "in_progress", "avv": "on_hold"}
    assert legend.leading_abbreviation("Påg. Arbetet fortsätter.") == "Påg."
    assert legend.leading_abbreviation("Pågår") is None  # a full word is looked up as itself


@pytest.mark.parametrize(("value", "category"), [
    ("Stängd", "closed"), ("Kontinuerligt arbete.", "in_progress"),
    ("Avrapporterad till nämnden den 18 juni 2025.", "completed"), ("Återrapporterades i maj.", "completed"),
])
def test_status_words_of_logs_and_follow_ups(tmp_path: Path, value: str, category: str) -> None:
    report = text_report(tmp_path, f"Uppföljning av handlingsplan\n\nUppdrag 1: Ny taxa.\n\nStatus: {value}\n\n"
                                   "Uppdrag 2: Ny rutin.\n\nStatus: Pågår.\n")
    assert statuses(report)["1"][0] == category


def test_an_explicit_value_beats_a_later_sentence_of_the_comment(tmp_path: Path) -> None:
    """ "Kontinuerligt arbete. … nya mallar har införts." is in progress, not completed by its second sentence;
    "Stängd" with the comment "Infört i alla nämnder" is closed."""
    report = text_report(tmp_path, (
        "Uppföljning av handlingsplan\n\n"
        "Uppdrag 1: Handläggningsrutiner.\n\nLägesbeskrivning: Kontinuerligt arbete. Rutinerna ses över löpande "
        "och nya mallar har införts.\n\n"
        "Uppdrag 2: Digitala nämndhandlingar.\n\nStatus: Stängd. Infört i alla nämnder från 1 september.\n"
    ))
    assert statuses(report) == {"1": ("in_progress", "field"), "2": ("closed", "field")}


def test_open_says_only_not_closed_and_the_comment_decides(tmp_path: Path) -> None:
    """ "Öppen" under a status label is in progress unless the comment says more ("Ej påbörjat")."""
    report = text_report(tmp_path, (
        "Uppföljning av uppdragslogg\n\n"
        "Uppdrag 1: Riktlinjer för sponsring.\n\nStatus: Öppen\n\nKommentar: Utkast på remiss hos förvaltningarna.\n\n"
        "Uppdrag 2: Lokaler för föreningslivet.\n\nStatus: Öppen\n\nKommentar: Ej påbörjat; resurser saknas.\n"
    ))
    assert statuses(report) == {"1": ("in_progress", "field"), "2": ("not_started", "prose")}


@pytest.mark.parametrize("text", [
    "Den öppna förskolan har fått nya lokaler.", "Förskolan är öppen hela sommaren.",
    "Badhuset var stängt under renoveringen.",
])
def test_open_and_closed_in_prose_are_no_status(text: str) -> None:
    assert categories(text) == []


def test_open_and_closed_without_a_status_label_are_no_status() -> None:
    """A statistics table's "Korsavads simhall   Stängt" is a closed pool, not a closed item."""
    assert classify_value("Stängt") is None and classify_value("Öppet") is None
    assert classify_value("Stängt", labelled=True).category is StatusCategory.CLOSED


FORM = (
    "Uppföljning av handlingsplan för minskad sjukfrånvaro\n\n"
    "Åtgärd 1. Tidig kontakt vid korttidsfrånvaro\n\nHar åtgärden genomförts? Ja\n\n"
    "Beskriv läget: Chefer kontaktar medarbetaren efter tredje tillfället.\n\n"
    "Åtgärd 2. Höjt friskvårdsbidrag\n\nHar åtgärden genomförts? Ja\n\nBeskriv läget: Bidraget är höjt.\n\n"
    "Åtgärd 3. Arbetsmiljöutbildning\n\nHar åtgärden genomförts? Delvis\n\n"
    "Beskriv läget: Två förvaltningar har gått utbildningen.\n\n"
    "Åtgärd 4. Digitalt system\n\nHar åtgärden genomförts? Nej\n\nBeskriv läget: Upphandlingen pågår.\n\n"
    "Åtgärd 5. Hälsosamtal\n\nHar åtgärden genomförts? Nej\n\nBeskriv läget: Avtalet omförhandlas.\n"
)


def test_a_status_question_takes_its_answer(tmp_path: Path) -> None:
    """heldout6: the recurring "Har åtgärden genomförts? Ja" was a running header, "… ? Delvis" a group heading
    over the items after it, and the question itself read as "completed"."""
    report = text_report(tmp_path, FORM)
    assert statuses(report) == {
        "1": ("completed", "field"), "2": ("completed", "field"), "3": ("partially_completed", "field"),
        "4": ("in_progress", "prose"),  # "Nej" says only "not done": the comment decides
        "5": ("not_started", "field"),
    }
    assert not report.groups and not report.furniture
    assert not any("not understood" in warning for warning in report.warnings)  # "Beskriv läget:" is a label


def test_a_status_question_joined_to_the_title_before_it() -> None:
    """In a PDF a bold title and a bold question are one paragraph: the answer was read alone ("Ja": not
    understood)."""
    items = [found_item(1, "Tidig kontakt vid korttidsfrånvaro Har åtgärden genomförts? Ja\n\nBeskriv läget: x."),
             found_item(2, "Höjt friskvårdsbidrag Är åtgärden genomförd? Nej")]
    assign_statuses(items, [])
    assert [(i.status.category.value, i.status.as_printed) for i in items] == [
        ("completed", "Har åtgärden genomförts? Ja"), ("not_started", "Är åtgärden genomförd? Nej"),
    ]


@pytest.mark.parametrize("text", [
    "Frågan ”Har åtgärden genomförts?” besvaras med Ja, Nej eller Delvis.",  # a question in prose
    "Har nämnden fått medel för att genomföra åtgärden? Ja",  # asks about money, not about the åtgärd
    "Har åtgärden genomförts?",  # a question without its answer
])
def test_a_question_that_is_no_answered_status_field(text: str) -> None:
    items = [found_item(1, f"Tidig kontakt vid korttidsfrånvaro\n\n{text}")]
    assign_statuses(items, [])
    assert items[0].status.category is StatusCategory.UNKNOWN


def test_statuses_given_only_in_a_closing_list_of_numbers(tmp_path: Path) -> None:
    """heldout6: the items were described with no status; the closing list ("Pågående: åtgärd 3 och 6") was not
    linked to them, and "Karteringen ska visa …", a description, read as not started."""
    report = text_report(tmp_path, (
        "Uppföljning av åtgärdsprogram för dagvatten\n\n"
        "1. Skyfallskartering. Karteringen ska visa var vatten samlas vid ett hundraårsregn.\n\n"
        "2. Dagvattenpolicy. Policyn ska ställa krav på fördröjning av dagvatten.\n\n"
        "3. Öppna dagvattendammar. Två dammar anläggs vid bäcken.\n\n"
        "4. Reservkraft till pumpstationer. Pumpstationerna förses med reservkraft.\n\n"
        "Sammanfattning av läget\n\n"
        "• Genomförda åtgärder: 1 och 2\n\n• Pågående: åtgärd 3\n\n"
        "• Utgått: åtgärd 4 – beslutades att inte genomföras efter kostnadsberäkningen\n"
    ))
    found = statuses(report)
    assert {key: found[key] for key in "123"} == {"1": ("completed", "summary"), "2": ("completed", "summary"),
                                                  "3": ("in_progress", "summary")}
    assert found["4"][0] == "closed"  # in a dump the closing list is the last item's own text


@pytest.mark.parametrize("line", [
    "Ansvarig: åtgärd 3 och 6",  # the label is no status
    "Pågår: arbetet med åtgärd 3 har kommit igång",  # a sentence, not a list of numbers
    "Genomförda: 3 av 6 åtgärder",  # a count
])
def test_a_labelled_line_that_is_no_status_list(line: str) -> None:
    assert status_list_signals([line]) == []


def test_a_description_in_the_future_is_no_plan_but_a_plan_of_its_own_is(tmp_path: Path) -> None:
    """Only the description after the title is exempt: a paragraph that says what is planned still reads as not
    started."""
    report = text_report(tmp_path, (
        "Uppföljning av handlingsplan\n\n"
        "1. Skyfallskartering. Karteringen ska visa var vatten samlas.\n\n"
        "2. Dagvattenpolicy. Policyn ska ställa krav på fördröjning.\n\nPolicyn ska tas fram under hösten 2026.\n"
    ))
    assert statuses(report) == {"1": ("unknown", None), "2": ("not_started", "prose")}
