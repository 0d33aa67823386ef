"""A two-column report, and negatives: documents that have no items at all."""

from __future__ import annotations

from devsuite.spec import Bullets, ColumnBreak, Expected, Heading, Para, Report, Title

E = Expected

TWO_COLUMNS = Report(
    name="two_column_page",
    style="two-columns",
    columns=2,
    blocks=(
        Title("Nyhetsbrev: så går det med handlingsplanen för äldres hälsa"),
        Para("Här redovisar vi kort var och en av planens sex åtgärder. Texten är satt i två spalter som i "
             "kommunens nyhetsbrev."),
        Para("Åtgärd 1. Friskvård för seniorer", bold=True),
        Para("Gruppträning erbjuds nu på fyra träffpunkter.", lead="Status: Genomförd."),
        Para("Åtgärd 2. Hembesök av distriktssköterska", bold=True),
        Para("Hembesöken har startat i Norra distriktet.", lead="Status: Pågår."),
        Para("Åtgärd 3. Kost och nutrition", bold=True),
        Para("En dietist rekryteras under hösten.", lead="Status: Ej påbörjad."),
        ColumnBreak(),
        Para("Åtgärd 4. Läkemedelsgenomgångar", bold=True),
        Para("Genomgångarna görs på två av tre boenden.", lead="Status: Delvis genomförd."),
        Para("Åtgärd 5. Anhörigstöd", bold=True),
        Para("Uppdraget ligger nu hos regionens anhörigcentrum.", lead="Status: Hanteras av regionen."),
        Para("Åtgärd 6. Seniorguide på webben", bold=True),
        Para("Guiden publicerades i maj.", lead="Status: Klar."),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "not_started"),
        E("4", "measure", "partially_completed"),
        E("5", "measure", "handled_elsewhere"),
        E("6", "measure", "completed"),
    ),
)

NEGATIVE_LETTER = Report(
    name="negative_letter",
    style="negative",
    no_items=True,
    expected=(),
    blocks=(
        Title("Svar på medborgarförslag om belysning i Ekparken"),
        Para("Datum: 2025-03-14     Dnr: KS 2025/118"),
        Para("Hej Anna!"),
        Para("Tack för ditt förslag om bättre belysning längs gångvägen i Ekparken. Kommunstyrelsen har gett "
             "tekniska förvaltningen i uppdrag att se över belysningen i kommunens parker, och ditt förslag "
             "tas med i det arbetet."),
        Para("Status för ditt ärende: under handläggning. Du får ett nytt besked när förvaltningen har "
             "gjort sin översyn, senast i oktober 2025."),
        Para("Har du frågor är du välkommen att kontakta kommunens kontaktcenter på telefon 0123-456 00."),
        Para("Med vänliga hälsningar"),
        Para("Karin Lund, handläggare, kommunledningskontoret"),
    ),
)

NEGATIVE_DIRECTIVE = Report(
    name="negative_directive",
    style="negative",
    no_items=True,
    expected=(),
    blocks=(
        Title("Kommittédirektiv: Ett stärkt skydd för visselblåsare i offentlig sektor"),
        Para("Dir. 2025:41     Beslut vid regeringssammanträde den 24 april 2025"),
        Heading("Sammanfattning", 2),
        Para("En särskild utredare ska se över hur skyddet för arbetstagare som slår larm om missförhållanden "
             "kan stärkas. Uppdraget ska redovisas senast den 12 maj 2026."),
        Heading("Uppdraget att kartlägga dagens skydd", 2),
        Para("Utredaren ska bl.a."),
        Bullets((
            "kartlägga hur visselblåsarlagen tillämpas i kommuner och regioner,",
            "analysera om skyddet mot repressalier är tillräckligt, och",
            "lämna nödvändiga författningsförslag.",
        )),
        Heading("Uppdraget att föreslå stödfunktioner", 2),
        Para("Utredaren ska också"),
        Bullets((
            "bedöma behovet av en nationell stödfunktion,",
            "ta ställning till hur en sådan funktion bör finansieras.",
        )),
        Heading("Konsekvensbeskrivningar", 2),
        Para("Utredaren ska redovisa förslagens ekonomiska konsekvenser för staten, kommunerna och regionerna."),
    ),
)

NEGATIVE_STATUTE = Report(
    name="negative_statute",
    style="negative",
    no_items=True,
    expected=(),
    blocks=(
        Title("Förordning om kommunala handlingsplaner för klimatanpassning"),
        Heading("Inledande bestämmelser", 2),
        Para("1 § Denna förordning innehåller bestämmelser om kommunernas arbete med klimatanpassning."),
        Para("2 § Förordningen är meddelad med stöd av 8 kap. 7 § regeringsformen."),
        Heading("Definitioner", 2),
        Para("3 § I denna förordning avses med"),
        Para("1. handlingsplan: ett dokument som beskriver kommunens åtgärder för att minska risker,", indent=18),
        Para("2. åtgärd: en insats som kommunen beslutar om i handlingsplanen,", indent=18),
        Para("3. uppföljning: en redovisning av hur åtgärderna har genomförts.", indent=18),
        Heading("Skyldigheter", 2),
        Para("4 § Kommunen ska anta en handlingsplan senast två år efter att risk- och sårbarhetsanalysen har "
             "genomförts. Status för varje åtgärd ska redovisas i den årliga uppföljningen."),
        Para("5 § Länsstyrelsen får meddela föreskrifter om verkställigheten av denna förordning."),
        Para("Denna förordning träder i kraft den 1 juli 2026."),
    ),
)

REPORTS = (TWO_COLUMNS, NEGATIVE_LETTER, NEGATIVE_DIRECTIVE, NEGATIVE_STATUTE)
