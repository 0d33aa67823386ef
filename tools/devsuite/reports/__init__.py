"""Every development report, in a fixed order (the generator and the tests read ALL)."""

from __future__ import annotations

from devsuite.reports import (
    heldout,
    heldout2,
    heldout3,
    heldout4,
    heldout5,
    heldout6,
    numbering,
    other,
    status_text,
    tables,
)
from devsuite.spec import Report

ALL: tuple[Report, ...] = (numbering.REPORTS + status_text.REPORTS + tables.REPORTS + other.REPORTS + heldout.REPORTS
                           + heldout2.REPORTS + heldout3.REPORTS + heldout4.REPORTS + heldout5.REPORTS
                           + heldout6.REPORTS)
