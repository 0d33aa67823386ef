"""Fuzzing (issue 13): random bytes as text dumps, random Swedish-looking text, and PDFs mutated object by
object and stream by stream. Whatever the input, the outcome is a report or an HpextractError: never
another exception (the CLI would call it an internal error). In-process, so 1 000+ cases take seconds."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hpextract
from hpextract.errors import HpextractError
from hpextract.sources.read import OcrOptions, decode_report_text

NEVER = OcrOptions(mode="never")
def fast(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# A small one-page follow-up with an uncompressed and a compressed content stream, a font and an info dict.
_CONTENT = (
    b"BT /F1 14 Tf 72 780 Td (Uppf\xf6ljning av handlingsplan) Tj ET\n"
    b"BT /F1 11 Tf 72 740 Td (1\\) Utreda samverkan mellan huvudm\xe4nnen.) Tj ET\n"
    b"BT /F1 11 Tf 72 720 Td (Status f\xf6r uppdrag 1: Arbetet p\xe5g\xe5r.) Tj ET\n"
    b"0 0 1 rg 72 600 100 10 re f\n"
)
_SECOND = b"BT /F1 11 Tf 72 700 Td [(2\\) Ta fram) -250 (rutiner.)] TJ ET\n"


def _seed_pdf() -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents [5 0 R 6 0 R] >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(_CONTENT), _CONTENT),
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(zlib.compress(_SECOND)),
                                                                          zlib.compress(_SECOND)),
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


SEED = _seed_pdf()
NUMBER = re.compile(rb"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])")
NAME = re.compile(rb"/[A-Za-z0-9]+")
STREAM = re.compile(rb"stream\n(.*?)\nendstream", re.S)
OBJECT = re.compile(rb"\d+ 0 obj\n.*?\nendobj\n", re.S)
ODD_NUMBERS = [b"0", b"-1", b"2147483648", b"99999999999999999999", b"1e308", b"-0.0", b"3.5", b"65535"]
ODD_NAMES = [b"/Rotate", b"/Length", b"/Filter", b"/FlateDecode", b"/Kids", b"/Parent", b"/Contents",
             b"/DecodeParms", b"/XObject", b"/Font", b"/Type", b"/Page", b"/Pages", b"/Null", b"/#00"]
OPERATORS = [b"Tj", b"TJ", b"Td", b"Tf", b"BT", b"ET", b"cm", b"q", b"Q", b"Do", b"re", b"f", b"'", b'"', b"BI"]


def _replace_nth(data: bytes, pattern: re.Pattern[bytes], index: int, new: bytes) -> bytes:
    matches = list(pattern.finditer(data))
    if not matches:
        return data
    match = matches[index % len(matches)]
    return data[: match.start()] + new + data[match.end():]


@st.composite
def mutated_pdfs(draw: st.DrawFn) -> bytes:
    """The seed PDF after 1-4 structural mutations: numbers and names swapped for odd ones, objects dropped
    or duplicated, stream bytes flipped, inserted, cut, or an operator replaced, the file truncated."""
    data = SEED
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["number", "name", "drop", "duplicate", "flip", "insert", "cut", "op",
                                     "truncate"]))
        index = draw(st.integers(0, 200))
        if kind == "number":
            data = _replace_nth(data, NUMBER, index, draw(st.sampled_from(ODD_NUMBERS)))
        elif kind == "name":
            data = _replace_nth(data, NAME, index, draw(st.sampled_from(ODD_NAMES)))
        elif kind in ("drop", "duplicate"):
            objects = list(OBJECT.finditer(data))
            if objects:
                chosen = objects[index % len(objects)]
                copy = b"" if kind == "drop" else chosen.group() * 2
                data = data[: chosen.start()] + copy + data[chosen.end():]
        elif kind == "op":
            data = data.replace(draw(st.sampled_from(OPERATORS)), draw(st.sampled_from(OPERATORS)), 1)
        elif kind == "truncate":
            data = data[: draw(st.integers(0, len(data)))]
        else:
            streams = list(STREAM.finditer(data))
            if not streams:
                continue
            body = streams[index % len(streams)]
            start, end = body.span(1)
            at = draw(st.integers(start, max(start, end - 1)))
            if kind == "flip":
                data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
            elif kind == "insert":
                data = data[:at] + draw(st.binary(min_size=1, max_size=40)) + data[at:]
            else:
                data = data[:at] + data[at + draw(st.integers(1, 60)):]
    return data


def _extract_or_refuse(data: bytes, name: str) -> None:
    try:
        report = hpextract.extract(data, name=name, ocr=NEVER)
    except HpextractError as error:
        assert str(error).startswith(f"{name}: ") or str(error).startswith("Tesseract"), str(error)
        assert "\n" not in str(error)
        return
    assert report.source.file == name
    hpextract.report_json(report)


def test_the_seed_pdf_is_a_report() -> None:
    report = hpextract.extract(SEED, name="seed.pdf", ocr=NEVER)
    assert [item.number for item in report.items][:1] == ["1"]


@fast(400)
@given(mutated_pdfs())
def test_mutated_pdfs_give_a_report_or_a_one_line_error(data: bytes) -> None:
    _extract_or_refuse(data, "mutated.pdf")


@fast(500)
@given(st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=2000).map(lambda t: t.encode("utf-8")),
    st.text(max_size=2000).map(lambda t: t.encode("utf-16")),
    st.text(alphabet="abcåäöÅÄÖ \n.\u200b\ufeff", max_size=500).map(lambda t: t.encode("cp1252", errors="replace")),
))
def test_any_bytes_decode_or_are_refused(data: bytes) -> None:
    try:
        decoded = decode_report_text(data, "dump.txt")
    except HpextractError as error:
        assert str(error).startswith("dump.txt: ")
        return
    assert isinstance(decoded.text, str) and "\ufeff" not in decoded.text
    decoded.text.encode("utf-8")  # no lone surrogate reaches the JSON


LINES = st.sampled_from([
    "Uppföljning av handlingsplan", "1) Utreda saken.", "2.1 Ta fram rutiner", "Uppdrag 3:", "Status: Pågår",
    "Status för uppdrag 1-3:", "Arbetet är avslutat.", "a) förslag", "Mål 1", "Åtgärd A1", "\f", "", "•",
    "UppfÃ¶ljning", "Ej påbörjat", "GENOMFÖRT", "Kommentar: inget arbete har påbörjats", "\u200b", "\t  ",
])


@fast(150)
@given(st.lists(st.one_of(LINES, st.text(max_size=40)), min_size=1, max_size=40).map("\n".join))
def test_random_text_dumps_give_a_report_or_a_one_line_error(text: str) -> None:
    _extract_or_refuse(text.encode("utf-8"), "dump.txt")


def test_the_seed_is_written_once(tmp_path: Path) -> None:
    """The seed is built in memory for the fuzzers; written out it is a PDF other readers accept too."""
    from pypdf import PdfReader

    path = tmp_path / "seed.pdf"
    path.write_bytes(SEED)
    assert "Uppföljning" in PdfReader(path).pages[0].extract_text()
