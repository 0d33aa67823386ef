"""Tests of the normalize stage: basic normalization, damage detection, OCR repair, accuracy."""

from __future__ import annotations

from pathlib import Path

import pytest

from hpextract.evaluation import score_against_alignment
from hpextract.normalize.normalizer import Normalizer, Repair, clean_text, get_normalizer, text_layer_quality

DATA = Path(__file__).parent / "data"


def read(name: str) -> str:
    """A test data file."""
    return (DATA / name).read_text(encoding="utf-8")


def fix(text: str) -> str:
    """TEXT repaired as damaged OCR text."""
    return get_normalizer().repair(text, damaged=True).text


# --- basic normalization -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Sk\u00e5ne", "Skåne"),
        ("Ska\u030ane och o\u0308vriga", "Skåne och övriga"),  # combining diacritics -> NFC
        ("\ufb01nansiering och \ufb02ytt", "finansiering och flytt"),  # ligatures
        ("samverkans\u00adstrukturen", "samverkansstrukturen"),  # soft hyphen
        ("19\u00a0uppdrag, 5\u202f%", "19 uppdrag, 5 %"),  # no-break spaces
        ("\u201cmjuk styrning\u201d och \u201eannat\u201d", "”mjuk styrning” och ”annat”"),  # quotes
        ("\u2018ord\u2019", "’ord’"),
        ("HS\u2010avtalet, 2016\u20122020", "HS-avtalet, 2016–2020"),  # hyphen and figure dash
        ("kommun \u2014 region, 2016\u20132020", "kommun — region, 2016–2020"),  # kept as they are
        ("två  ord\tmed   luft  \nny rad\r\n", "två ord med luft\nny rad\n"),
        (" Sidan börjar\n\n\nmed mellanslag", " Sidan börjar\n\n\nmed mellanslag"),  # line structure
        ("noll\u200bbredd\ufeff", "nollbredd"),
    ],
)
def test_clean_text(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize("name", ["v2021_plain.txt", "v2022_plain.txt", "v2021_clean.txt", "v2022_clean.txt"])
def test_clean_text_leaves_clean_corpus_unchanged(name: str) -> None:
    text = read(name)
    assert clean_text(text) == text


# --- damage detection ----------------------------------------------------------------------------


def test_quality_of_damaged_and_clean_text() -> None:
    assert text_layer_quality(read("seed_ocr.txt")) == ("damaged", 0.0)
    for name in ["v2021_plain.txt", "v2022_plain.txt"]:
        verdict, score = text_layer_quality(read(name))
        assert verdict == "good" and score > 0.9


def test_quality_of_english_and_short_text() -> None:
    english = "The committee decided that the plan is to be followed up in the spring of each year. " * 4
    assert text_layer_quality(english)[0] == "good"
    assert text_layer_quality("Status och planerad inriktning för uppdrag 3")[0] == "good"
    assert text_layer_quality("Status och planerad inriktning")[0] == "good"  # no å/ä/ö but no OCR marks
    assert text_layer_quality("Uppfdljning av 6vriga uppdrag")[0] == "damaged"


# --- OCR repair, one test per class, with words from the sample ----------------------------------


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("kommunal hemsjukvard", "kommunal hemsjukvård"),
        ("att atta av uppdragen", "att åtta av uppdragen"),
        ("Flera forslag galler samtliga", "Flera förslag gäller samtliga"),
    ],
)
def test_lost_diacritics(damaged: str, repaired: str) -> None:
    assert fix(damaged) == repaired


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("Uppfdljning av handlingsplan", "Uppföljning av handlingsplan"),  # d -> ö
        ("kan hérledas till", "kan härledas till"),  # é -> ä
        ("och 6vriga aktörer", "och övriga aktörer"),  # 6 -> ö
        ("| denna uppfdljning", "I denna uppföljning"),  # | -> I
        ("ett uppdrag fér alla", "ett uppdrag för alla"),  # é -> ö
        ("enligt uppréakning", "enligt uppräkning"),  # éa -> ä (stray mark beside the letter)
        ("anhorig/narstdende", "anhörig/närstående"),  # d -> å, parts around a slash
    ],
)
def test_learned_ocr_confusions(damaged: str, repaired: str) -> None:
    assert fix(damaged) == repaired


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("modell for lakarstod i", "modell för läkarstöd i"),
        ("Tjanstemannaberedningen beslutade", "Tjänstemannaberedningen beslutade"),
        ("dimensioneringsberakning", "dimensioneringsberäkning"),
        ("halso- och sjukvardsavtal", "hälso- och sjukvårdsavtal"),  # suspended compound
        ("HS-avtalets utvecklingsdel", "HS-avtalets utvecklingsdel"),
    ],
)
def test_compounds(damaged: str, repaired: str) -> None:
    assert fix(damaged) == repaired


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("januari-oktober ar 2020 (se bilaga", "januari-oktober år 2020 (se bilaga"),  # number after
        (
            "Vad gäller uppdrag 6 ar inget arbete",
            "Vad gäller uppdrag 6 är inget arbete",
        ),  # verb before 'inget'
        ("under 2020 ars utgang", "under 2020 års utgång"),
        ("Syftet ar att etablera", "Syftet är att etablera"),
        ("uppdraget &r pagaende", "uppdraget är pågående"),
        ("efter atta ar har", "efter åtta år har"),  # numeral before
        ("det far inte", "det får inte"),
        ("hennes far bor i Malmö", "hennes far bor i Malmö"),  # possessive before far, place after bor
        ("Regionen bor ta fram", "Regionen bör ta fram"),
        ("sa att och da pa nar", "så att och då på när"),
    ],
)
def test_context_rules(damaged: str, repaired: str) -> None:
    assert fix(damaged) == repaired


def test_capital_a_or_o_mid_sentence_is_a_lowercase_letter() -> None:
    assert fix("och Aven i Overgangen") == "och även i övergången"
    assert fix("Aven regionen") == "Även regionen"  # start of the text
    assert fix("Vad Om det") == "Vad Om det"  # 'Om' is a word as it stands


def test_names_and_abbreviations_are_kept() -> None:
    text = "ViSam, SBAR och KEFU inom SoL; Inera, CS och Region Skane"
    assert fix(text) == "ViSam, SBAR och KEFU inom SoL; Inera, CS och Region Skåne"


def test_whitespace_and_lines_preserved() -> None:
    text = read("seed_ocr.txt")
    repaired = get_normalizer().repair(text).text
    cleaned = clean_text(text)
    assert [len(line.split()) for line in repaired.split("\n")] == [
        len(line.split()) for line in cleaned.split("\n")
    ]
    assert [line[:1] == " " for line in repaired.split("\n")] == [
        line[:1] == " " for line in cleaned.split("\n")
    ]


def test_changes_are_recorded_with_offsets_and_reasons() -> None:
    repair = Normalizer().repair("Uppfdljning av handlingsplan for\nanpassning av modell", damaged=True)
    assert isinstance(repair, Repair) and repair.tokens == 7 and repair.changed == 2
    assert Normalizer().repair("halso-och vardform", damaged=True).changed == 2
    assert [(c.token, c.replacement, c.offset) for c in repair.changes] == [
        ("Uppfdljning", "Uppföljning", 0),
        ("for", "för", 29),
    ]
    assert "d→ö" in repair.changes[0].reason and "hunspell" in repair.changes[0].reason
    assert all(c.reason for c in repair.changes)


def test_document_level_verdict_and_consistency() -> None:
    seed = read("seed_ocr.txt")
    fields = ["Uppfdljning av handlingsplan", seed, "Status for uppdrag 3: vardcentral"]
    repairs = get_normalizer().repair_document(fields)
    assert repairs[0].text == "Uppföljning av handlingsplan"  # short field repaired: document is damaged
    assert repairs[2].text == "Status för uppdrag 3: vårdcentral"
    seen: dict[str, set[str]] = {}
    for r in repairs:
        for c in r.changes:
            seen.setdefault(c.token, set()).add(c.replacement)
    context_words = {"ar", "&r", "Ar", "far", "bor"}
    assert all(len(v) == 1 for k, v in seen.items() if k not in context_words)


def test_clean_fields_of_a_document_stay_clean() -> None:
    fields = ["Uppföljning av handlingsplan", read("v2021_plain.txt"), "Status för uppdrag 3"]
    repairs = get_normalizer().repair_document(fields)
    assert [r.text for r in repairs] == fields
    assert not any(r.changes for r in repairs)


@pytest.mark.parametrize("name", ["v2021_plain.txt", "v2022_plain.txt", "v2021_clean.txt", "v2022_clean.txt"])
def test_clean_text_has_no_false_changes(name: str) -> None:
    text = read(name)
    repair = get_normalizer().repair(text)
    assert repair.text == text
    assert repair.changes == [] and repair.changed == 0


# --- accuracy ------------------------------------------------------------------------------------


def test_accuracy_on_the_sample() -> None:
    score = score_against_alignment(read("seed_ocr.txt"), read("v2021_tokens.tsv"))
    assert score.total == 2827
    assert score.accuracy >= 0.99, score.summary()
    assert score.fix_rate >= 0.97, score.summary()
    assert score.false_rate <= 0.005, score.summary()


@pytest.mark.parametrize("name", ["heldout_dir", "heldout_prop", "heldout_v2022"])
def test_accuracy_on_held_out_text(name: str) -> None:
    score = score_against_alignment(read(f"{name}.ocr.txt"), read(f"{name}.tsv"), skip_artefacts=True)
    assert score.total > 2500
    assert score.fix_rate >= 0.95, score.summary()
    assert score.false_rate <= 0.005, score.summary()
