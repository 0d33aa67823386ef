"""Issue 2: real Swedish public documents never crash extraction and give no false statuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from hpextract.pipeline import extract

REAL = Path(__file__).parent / "data" / "realworld"
NOT_FOLLOW_UPS = [
    "dir_2014-158_tillaggsdirektiv_fondregelverket.pdf",
    "dir_2016-15_dataskyddsforordningen.pdf",
    "dir_2017-29_tillaggsdirektiv_forskningsdatautredningen.pdf",
    "afs_2011-19_kemiska_arbetsmiljorisker.pdf",
    "remissvar_kammarkollegiet_sou_2026-14.pdf",
]


@pytest.mark.parametrize("name", NOT_FOLLOW_UPS)
def test_documents_without_follow_up_give_no_status(name: str) -> None:
    report = extract(REAL / name)
    assert all(a.status.category == "unknown" for a in report.items)
    assert any(w.startswith("no follow-up structure found") for w in report.warnings)
    assert report.introduction or report.title


def test_the_annual_follow_up_with_icon_statuses_does_not_crash() -> None:
    report = extract(REAL / "simrishamn_kultur_fritidsnamnden_arsbokslut_2025.pdf")
    assert report.source.pages == 37
    # "Status: Påbörjad" in its page header is the report's workflow state, not an item's.
    assert not any("Påbörjad" in (a.status.evidence or "") for a in report.items)
