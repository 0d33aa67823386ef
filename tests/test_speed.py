"""The fast paths give what the slow ones gave: the quick sentence splitter agrees with spaCy, and the
output on real reports is byte-identical whether spaCy or the quick splitter cuts the sentences."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hpextract import api
from hpextract.pipeline import extract, report_json
from hpextract.utils.swedish import _nlp, plain_sentences, sentences
from hpextract.vocab.items import abbreviations, sentence_end_chars

DATA = Path(__file__).parent / "data"
SOURCES = [
    DATA / "v2021.pdf", DATA / "other_plan.pdf",
    DATA / "realworld" / "simrishamn_kfn_budgetskrivelse_investeringar_2027-2031.pdf",
]


def spacy_sentences(text: str) -> list[str]:
    return [sent.text.strip() for sent in _nlp()(text).sents if sent.text.strip()]


def test_abbreviations_are_spacys_one_token_exceptions() -> None:
    tokenizer = _nlp().tokenizer
    expected = {
        key for key in tokenizer.rules
        if "." in key and re.fullmatch(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?", key) and len(tokenizer(key)) == 1
    }
    assert abbreviations() == expected


def test_sentence_ends_are_spacys() -> None:
    from spacy.pipeline.sentencizer import Sentencizer

    assert sentence_end_chars() == set(Sentencizer.default_punct_chars)


WORDS = [
    "år", "Region", "Skåne", "EU", "B", "Å", "A1", "3-5", "2021", "2021-11-26", "1.2", "HS-avtalet", "e-post",
    "x", "uppdrag", "7", "SBAR", "aB", "10%", "mål", "Öppet", "åtgärd", "12", "i", "m", "2016—2020",
]
ENDINGS = ["", "", "", ".", ".", "!", "?", ")", ").", ".)", "”.", ".”", ",", ":", "...", ";", "-", "?”"]
OPENINGS = ["", "", "", "(", "“", '"', "[", "-"]
SPACES = [" ", " ", "  ", "\n", "\n\n", " \n", "\t", "\xa0"]


def random_text(rng: random.Random) -> str:
    pool = WORDS + sorted(abbreviations())
    words = [rng.choice(OPENINGS) + rng.choice(pool) + rng.choice(ENDINGS) for _ in range(rng.randint(1, 5))]
    return rng.choice(["", " ", "\n"]) + "".join(word + rng.choice(SPACES) for word in words)


def test_quick_splitter_agrees_with_spacy_wherever_it_answers() -> None:
    rng = random.Random(15)
    answered = 0
    for _ in range(6000):
        text = random_text(rng)
        quick = plain_sentences(text)
        if quick is not None:
            answered += 1
            assert quick == spacy_sentences(text), repr(text)
    assert answered > 300  # the quick path is exercised, not just skipped


@pytest.mark.parametrize(
    "text",
    [
        "Arbetet pågår. Uppdrag 3 är klart!",
        "Enligt avtalet (uppdrag 3-5). Nästa steg tas 2022.",
        "Han sa ”det är klart.” Sedan gick han.",
        "Insatser bl.a. inom vården, t.ex. hemsjukvård. Klart.",
        "Region B. Skåne tog över 1.2 av målen.",
        "Se bilaga.\n\n(Bilaga 2) visar mer.",
        "Status: klart... eller nästan.",
    ],
)
def test_sentences_match_spacy_on_typical_report_sentences(text: str) -> None:
    assert sentences(text) == spacy_sentences(text)


def test_plain_text_does_not_need_spacy() -> None:
    assert plain_sentences("Arbetet pågår. Uppdrag 3 är klart (se 2021-11-26).") == [
        "Arbetet pågår.", "Uppdrag 3 är klart (se 2021-11-26).",
    ]
    assert plain_sentences("Insatser, t.ex. hemsjukvård.") == ["Insatser, t.ex. hemsjukvård."]
    assert plain_sentences("Se bilaga. (Bilaga 2)") is None  # a bracket after a stop: spaCy decides


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_output_with_spacy_splitting_every_text_is_the_same(source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    quick = report_json(extract(source))
    monkeypatch.setattr("hpextract.utils.swedish.plain_sentences", lambda text: None)
    assert report_json(extract(source)) == quick


def _extract_code(name: str) -> str:
    return f"from pathlib import Path; from hpextract.pipeline import extract; extract(Path({str(DATA / name)!r}))"


def test_extracting_the_sample_never_imports_spacy() -> None:
    assert _modules_loaded_by(_extract_code("v2021.pdf"), "spacy") == []


def _modules_loaded_by(code: str, *modules: str) -> list[str]:
    """Which of `modules` a fresh interpreter has loaded after running `code`."""
    probe = f"{code}\nimport sys; print(' '.join(m for m in {list(modules)!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_a_report_without_pictures_loads_no_pixel_or_ocr_code() -> None:
    # other_plan.pdf has no images, rects or curves: nothing on it needs numpy, PIL, PDFium or the OCR stage.
    pixels_or_ocr = ("numpy", "PIL", "pypdfium2", "hpextract.sources.ocr", "rich")
    assert _modules_loaded_by(_extract_code("other_plan.pdf"), *pixels_or_ocr) == []


def test_a_quiet_extract_loads_no_terminal_or_ocr_code_in_the_parent(tmp_path: Path) -> None:
    # The CLI parent of one file: its worker reads the report; the parent shows nothing with -q.
    arguments = ["hpextract", "extract", "-q", str(DATA / "v2021.pdf"), "-o", str(tmp_path / "out.json")]
    code = (
        f"import sys; from hpextract.cli import app\nsys.argv = {arguments!r}\n"
        "try:\n    app(prog_name='hpextract')\nexcept SystemExit:\n    pass"
    )
    assert _modules_loaded_by(code, "rich", "numpy", "PIL", "hpextract.sources.ocr", "spacy") == []
    assert (tmp_path / "out.json").exists()


def test_one_files_parent_leaves_reading_and_the_stages_to_its_worker(tmp_path: Path) -> None:
    # The worker's reader reads the pages while the worker loads the stages (sources/ahead.py).
    arguments = ["hpextract", "extract", "-q", str(DATA / "v2021.pdf"), "-o", str(tmp_path / "out.json")]
    code = (
        f"import sys; from hpextract.cli import app\nsys.argv = {arguments!r}\n"
        "try:\n    app(prog_name='hpextract')\nexcept SystemExit:\n    pass"
    )
    stages = ("pdfplumber", "hpextract.pipeline", "hpextract.sources.read", "hpextract.report.model", "simplemma")
    assert _modules_loaded_by(code, *stages) == []
    read_here = report_json(api.extract(DATA / "v2021.pdf"))
    assert read_here == (tmp_path / "out.json").read_text(encoding="utf-8")


def test_the_read_stage_loads_no_report_models() -> None:
    # A reader forked for one file (sources/ahead.py) imports the read stage before it reads a page: the
    # report's pydantic models (0.15 s) are not on that path.
    code = "import hpextract.sources.read, hpextract.sources.ahead, hpextract.sources.objects"
    assert _modules_loaded_by(code, "hpextract.report.model", "pydantic") == []
