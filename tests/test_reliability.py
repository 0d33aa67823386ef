"""Issue 6: malformed input, mixed batches, encodings, random text, determinism."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hpextract.errors import HpextractError
from hpextract.items.segment import segment
from hpextract.layout.paragraphs import analyse
from hpextract.pipeline import extract, report_json
from hpextract.sources.page import Line, Page

from .conftest import DATA

SAMPLE = (DATA / "v2021.pdf").read_bytes()


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from hpextract.cli import app; app()", *args],
        cwd=cwd, capture_output=True, text=True, timeout=600, env={**os.environ, "COLUMNS": "200"},
    )


def encrypted_copy(path: Path, password: str) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(DATA / "v2021.pdf").pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password="owner", algorithm="AES-256")
    writer.write(path)


def malformed_set(folder: Path) -> dict[str, bytes]:
    """Truncations at many offsets, flipped bytes, empty and random files, all named .pdf."""
    files = {f"cut_{offset:06d}.pdf": SAMPLE[:offset] for offset in range(0, len(SAMPLE), len(SAMPLE) // 12)}
    for k, position in enumerate(range(400, len(SAMPLE), len(SAMPLE) // 6)):
        flipped = bytearray(SAMPLE)
        for i in range(position, min(position + 64, len(flipped))):
            flipped[i] ^= 0xFF
        files[f"flip_{k}.pdf"] = bytes(flipped)
    files["random.pdf"] = os.urandom(5000)
    files["empty.txt"] = b""
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


def test_malformed_set_never_tracebacks_nor_leaves_partial_files(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    files = malformed_set(inputs)
    out = tmp_path / "out"
    result = run_cli("extract", str(inputs), "-o", str(out), "--jobs", "2", cwd=tmp_path)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 1  # some of them cannot be read
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    written = {p.name for p in out.iterdir()} if out.exists() else set()
    for name, data in files.items():
        assert (inputs / name).read_bytes() == data, "input changed"
        stem = Path(name).stem
        failed = [e for e in errors if name in e]
        assert bool(failed) != (f"{stem}.json" in written), name
        if f"{stem}.json" in written:
            json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))
    assert not [p for p in written if not p.endswith(".json")], "temporary files left behind"


def test_mixed_batch_reports_each_file(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for k in range(8):
        shutil.copy(DATA / "v2021.pdf", folder / f"good_{k}.pdf")
    shutil.copy(DATA / "seed_ocr.txt", folder / "dump.txt")
    shutil.copy(DATA / "other_plan.pdf", folder / "other.pdf")
    shutil.copy(DATA / "realworld" / "prop_1991-92-43_skattetillagg_scannad_2sid.pdf", folder / "scan.pdf")
    encrypted_copy(folder / "locked.pdf", "hemlig")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "notpdf.pdf").write_bytes(b"hello, this is not a PDF")
    for k in range(6):
        (folder / f"cut_{k}.pdf").write_bytes(SAMPLE[: 500 + 700 * k])
    out = tmp_path / "out"
    result = run_cli("extract", str(folder), "-o", str(out), "-j", "2", "--no-cache", cwd=tmp_path)
    assert result.returncode == 1
    written = {p.name for p in out.iterdir()}
    assert {f"good_{k}.json" for k in range(8)} | {"dump.json", "other.json"} <= written
    assert "locked.pdf: cannot open the PDF: it is password-protected" in result.stderr
    assert "empty.pdf: the file is empty" in result.stderr
    assert "notpdf.pdf: not a PDF" in result.stderr
    assert "scan.json" in written, "a scanned report is OCR'd"
    assert not {"locked.json", "empty.json", "notpdf.json"} & written
    cut_errors = [line for line in result.stderr.splitlines() if line.startswith("error: cut_")]
    assert len(cut_errors) + len([w for w in written if w.startswith("cut_")]) == 6
    assert len(json.loads((out / "good_3.json").read_text(encoding="utf-8"))["items"]) == 19


def test_scan_with_ocr_off_is_refused(tmp_path: Path) -> None:
    scan = DATA / "realworld" / "prop_1991-92-43_skattetillagg_scannad_2sid.pdf"
    result = run_cli("extract", str(scan), "-o", str(tmp_path / "o.json"), "--ocr", "never", cwd=tmp_path)
    assert result.returncode == 1
    assert "has no text layer (a scan) and OCR is off (--ocr never)" in result.stderr
    assert not (tmp_path / "o.json").exists()


def test_password_opens_an_encrypted_pdf(tmp_path: Path) -> None:
    locked = tmp_path / "locked.pdf"
    encrypted_copy(locked, "hemlig")
    with pytest.raises(HpextractError, match="password is wrong"):
        extract(locked, password="fel")
    assert len(extract(locked, password="hemlig").items) == 19


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-8-sig"])
def test_text_in_legacy_encodings_is_read_right(tmp_path: Path, encoding: str) -> None:
    text = (DATA / "other_plan.txt").read_text(encoding="utf-8")
    if encoding == "latin-1":  # Latin-1 has no en dash
        text = text.replace("–", "-")
    path = tmp_path / "plan.txt"
    path.write_bytes(text.encode(encoding))
    report = extract(path)
    assert report.title == "Uppföljning av handlingsplan för digital samverkan"
    assert [a.status.category.value for a in report.items] == [
        "completed", "in_progress", "in_progress", "not_started",
    ]


def test_report_without_assignments_is_json_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("Remissvar\n\nVi har inga synpunkter på förslaget.\n", encoding="utf-8")
    report = extract(path)
    assert report.items == [] and report.warnings


def test_timeout_stops_a_file(tmp_path: Path) -> None:
    result = run_cli(
        "extract", str(DATA / "realworld" / "afs_2011-19_kemiska_arbetsmiljorisker.pdf"), "-o", str(tmp_path / "o"),
        "--timeout", "1", cwd=tmp_path,
    )
    assert result.returncode == 1
    assert "stopped after the time limit of 1 s" in result.stderr
    assert not (tmp_path / "o").exists()


PIECES = [*"abcåäöABCÅÄÖ0123456789 .,:;()-–)\n", "Uppdrag ", "Status för uppdrag ", "3) ", "a) ", "\n\n", "pågår. "]
PRINTABLE = st.lists(st.sampled_from(PIECES), max_size=200).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PRINTABLE)
def test_random_text_never_crashes_the_segmenter(text: str) -> None:
    lines = [Line(text=row, page=1, top=float(i), bottom=i + 1.0, size=1.0) for i, row in enumerate(text.split("\n"))]
    page = Page(number=1, lines=[line for line in lines if line.text.strip()])
    parts = segment(analyse([page], positioned=False), [])
    assert all(a.status.category for a in parts.items)


@settings(max_examples=25, deadline=None)
@given(PRINTABLE.filter(lambda t: t.strip()))
def test_extract_of_text_is_deterministic(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    path = tmp_path_factory.mktemp("hyp") / "report.txt"
    path.write_text(text, encoding="utf-8")
    assert report_json(extract(path)) == report_json(extract(path))


def test_two_runs_over_the_corpus_are_byte_identical(tmp_path: Path) -> None:
    inputs = [DATA / "v2021.pdf", DATA / "v2022.pdf", DATA / "seed_ocr.txt", DATA / "other_plan.pdf"]
    outputs = []
    for run in ("first", "second"):
        result = run_cli("extract", *map(str, inputs), "-o", str(tmp_path / run), "-j", "2", "-q", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        outputs.append({p.name: p.read_bytes() for p in (tmp_path / run).iterdir()})
    assert outputs[0] == outputs[1] and len(outputs[0]) == 4
