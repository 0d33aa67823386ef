"""The development suite's figures, held: what the extractor reaches today must not fall back unnoticed.

The answers are hand-written (tools/devsuite/reports/*.py); the thresholds sit just below the figures
measured when they were set (README, "The development suite"), and rise as the extractor improves."""

from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    sys.path.insert(0, str(ROOT / "tools" / "devsuite"))
    import score

    out = tmp_path_factory.mktemp("figures") / "figures.json"
    with contextlib.redirect_stdout(io.StringIO()):
        score.main(["--json", str(out)])
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("fmt", ["pdf", "text"])
def test_items_are_found(figures: dict[str, dict], fmt: str) -> None:
    overall = figures["overall"][fmt]
    assert overall["errors"] == 0
    assert overall["recall"] >= 0.97
    assert overall["precision"] >= 0.97
    assert overall["kind"] >= 0.97 and overall["parent"] >= 0.97
    assert overall["progress"] >= 0.97


def test_status_accuracy_is_at_least_97_percent_overall(figures: dict[str, dict]) -> None:
    assert figures["overall"]["all"]["status"] >= 0.97


@pytest.mark.parametrize("style", ["stratsys-icons", "stratsys-fills", "table-long-continued", "table-ruled"])
def test_table_styles_are_read_whole(figures: dict[str, dict], style: str) -> None:
    pdf = figures["styles"][style]["pdf"]
    assert pdf["recall"] == 1.0 and pdf["precision"] == 1.0
    assert pdf["icon"] in (None, 1.0) and pdf["progress"] in (None, 1.0)


NEGATIVES = ["negative", *(f"heldout{n}-negative" for n in ("", "2", "3", "5", "6"))]


@pytest.mark.parametrize("style", NEGATIVES)
def test_documents_without_items_stay_empty(figures: dict[str, dict], style: str) -> None:
    for fmt in ("pdf", "text"):
        assert figures["styles"][style][fmt]["negatives_clean"] == 1.0
