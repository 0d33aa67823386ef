"""One peer on one PDF, as a whole process: prints how many item headings ("Uppdrag 3", "Åtgärd 2.1") it
recovered as the start of an element or line of its own. Run with the peer's own interpreter:

    /tmp/peer_unstructured/bin/python benchmarks/peers.py unstructured tests/data/v2021.pdf
    /tmp/peer_docling/bin/python benchmarks/peers.py docling tests/data/v2021.pdf
    python benchmarks/peers.py hpextract tests/data/v2021.pdf

The peers live in virtual environments of their own (never dependencies of hpextract); the item nouns are
read from hpextract's vocabulary file by path, so that this script needs no hpextract import.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

NOUNS = Path(__file__).resolve().parent.parent / "src" / "hpextract" / "vocab" / "item_nouns.tsv"


def heading_pattern() -> re.Pattern[str]:
    lines = [line for line in NOUNS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    nouns = sorted((row["noun"] for row in csv.DictReader(lines, delimiter="\t")), key=len, reverse=True)
    return re.compile(rf"^\s*(?:{'|'.join(map(re.escape, nouns))})\w*\s+(\d+(?:\.\d+)*[a-z]?)\b", re.IGNORECASE)


def unstructured_texts(path: Path) -> list[str]:
    from unstructured.partition.pdf import partition_pdf

    return [element.text for element in partition_pdf(filename=str(path), strategy="fast")]


def docling_texts(path: Path) -> list[str]:
    """docling's PDF parser (docling-parse) without its layout, table or OCR models: the text lines."""
    from docling.backend.docling_parse_backend import DoclingParseDocumentBackend
    from docling.datamodel.base_models import InputFormat
    from docling.datamodel.document import InputDocument

    document = InputDocument(path_or_stream=path, format=InputFormat.PDF, backend=DoclingParseDocumentBackend)
    backend = document._backend
    texts = []
    for page in backend.iter_pages():
        texts += [cell.text for cell in page.get_text_cells()]
        page.unload()
    backend.unload()
    return texts


def hpextract_items(path: Path) -> int:
    from hpextract.pipeline import extract

    return len(extract(path).items)


def main() -> None:
    kind, path = sys.argv[1], Path(sys.argv[2])
    if kind == "hpextract":
        print(hpextract_items(path))
        return
    texts = unstructured_texts(path) if kind == "unstructured" else docling_texts(path)
    pattern = heading_pattern()
    print(len({match.group(0).strip().lower() for text in texts if (match := pattern.match(text))}))


if __name__ == "__main__":
    main()
