"""Write the two small reports of another plan that the tests read (tests/data/other_plan.*).

They use numbering styles the sample does not: "Åtgärd N." and "Uppdrag N:" headings, nested "4.1"
items, run-in "Status: …" lines, a joint "Status för uppdrag 2–3:" heading, and a ruled status table
(Nr | Åtgärd | Status). Run: python tools/make_test_reports.py (needs reportlab).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent.parent / "tests" / "data"

ITEMS = [
    ("Åtgärd 1.", "Inventera behovet av hygienombud på varje enhet.", "Pågår", "Inventeringen startade i mars 2024."),
    ("Åtgärd 2.", "Ta fram en gemensam rutin för basala hygienrutiner.", "Genomförd",
     "Rutinen godkändes av ledningsgruppen 2024-05-02."),
    ("Åtgärd 3.", "Utbilda all personal i vårdhygien.", "Ej påbörjad", "Utbildningen planeras till hösten 2025."),
    ("Åtgärd 4.", "Förbättra uppföljningen av vårdrelaterade infektioner.", None, None),
    ("4.1", "Ta fram en checklista för punktprevalensmätning.", "Avslutad", "Checklistan används sedan 2024-09-01."),
    ("4.2", "Återrapportera resultaten till nämnden.", "Delvis genomförd", "Två av fyra rapporter är lämnade."),
]


def pdf_report(path: Path) -> None:
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14)
    bold = ParagraphStyle("bold", parent=body, fontName="Helvetica-Bold")
    story = [
        Paragraph("Uppföljning av åtgärdsplan för vårdhygien 2024", styles["Title"]),
        Paragraph(
            "Åtgärdsplanen antogs av nämnden 2023-11-20 och innehåller fyra åtgärder. I denna uppföljning "
            "redovisas status för varje åtgärd, först i löptext och sedan i en sammanställande tabell.",
            body,
        ),
        Spacer(1, 10),
    ]
    for label, text, status, comment in ITEMS:
        story.append(Paragraph(f"{label} {text}", bold if label.startswith("Åtgärd") else body))
        if status:
            story.append(Spacer(1, 4))
            story.append(Paragraph(f"Status: {status}. {comment}", body))
        story.append(Spacer(1, 10))
    rows = [["Nr", "Åtgärd", "Status"]] + [
        [label.replace("Åtgärd ", "").rstrip("."), text, status] for label, text, status, _ in ITEMS if status
    ]
    table = Table(rows, colWidths=[40, 300, 110])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story.append(table)
    SimpleDocTemplate(str(path), pagesize=A4, title="Uppföljning", author="hpextract tests",
                      creator="hpextract tests", producer="hpextract tests", invariant=1).build(story)


TEXT_REPORT = """Uppföljning av handlingsplan för digital samverkan

Handlingsplanen har fyra uppdrag. Här redovisas läget för vart och ett av dem.

Uppdrag 1: Kartlägg vilka digitala tjänster som används i kommunerna.

Status för uppdrag 1:

Kartläggningen är genomförd och redovisades för styrgruppen 2024-02-14.

Uppdrag 2 – Ta fram gemensamma krav på informationsöverföring.

Uppdrag 3 – Pröva kraven i två kommuner.

Status för uppdrag 2–3:

Arbetet pågår. En arbetsgrupp har tillsatts och ska redovisa under våren 2025.

Uppdrag 4: Utvärdera samverkan efter två år.

Status för uppdrag 4:

Inget arbete är påbörjat. Uppdraget hanteras när uppdrag 2 och 3 är klara.
"""


def main() -> None:
    pdf_report(OUT / "other_plan.pdf")
    (OUT / "other_plan.txt").write_text(TEXT_REPORT, encoding="utf-8")


if __name__ == "__main__":
    main()
