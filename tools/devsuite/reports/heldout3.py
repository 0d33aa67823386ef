"""Held-out reports, third round: styles none of the other modules has, written by a fourth author.

They imitate Stratsys/Hypergene exports (a status column beside a Trend and a "Prognos helår" column that are
not the status, a "Senast uppdaterad" date; an activity card with a small Status | Prognos table), status
synonyms and grammatical forms (Fullföljd, Under arbete, Inte påbörjad, Struken, Startad, Delvis, Genomförd med
avvikelse, neuter Klart / Ej påbörjat / Avslutat), a "+ / 0 / –" legend, a 1–4 scale, "1:1" and "§ 45"
numbering, "Insats A" headings with the status only in prose, a status given once per area, "Bedömning 2024 |
Bedömning 2025", the status in the first column, a table continued on the next page without its header,
English planning-tool words (On track, Delayed, At risk, Cancelled), dot leaders, en-dash items with a bold
title, tables per nämnd whose numbering restarts, a goal card with Måluppfyllelse, a nine-column sheet with
the status in the third column, "Punkt N" with "Läge:", and two negatives (a kallelse with an agenda and a
remissvar that discusses a plan's åtgärder). Every answer is written by hand from what the page says.
"""

from __future__ import annotations

from devsuite.spec import Expected, Heading, PageBreak, Para, Report, Table, Title

E = Expected


def leaders(left: str, right: str, width: int = 84) -> str:
    """A line typed in Word with dot leaders: 'Uppdrag 3 Ökad samverkan ........ Klar'."""
    dots = max(3, width - len(left) - len(right) - 2)
    return f"{left} {'.' * dots} {right}"


STRATSYS_TREND = Report(
    name="heldout3_stratsys_trend_prognos",
    style="heldout3-stratsys-trend",
    header="Stratsys     Rapport: Verksamhetsplan 2025 – aktiviteter     Utskriftsdatum: 2025-10-06",
    blocks=(
        Title("Vård- och omsorgsnämnden – uppföljning av aktiviteter, tertial 2 2025"),
        Para("Rapporten är hämtad ur Stratsys. Kolumnen Status visar aktivitetens läge. Trend jämför med "
             "föregående uppföljning och Prognos helår visar bedömningen av om aktiviteten blir genomförd under "
             "året."),
        Table((
            ("Aktivitet", "Status", "Trend", "Prognos helår", "Senast uppdaterad"),
            ("Digital tillsyn nattetid i hemtjänsten", "Pågående", "Förbättras", "Genomförd", "2025-09-28"),
            ("Kompetenslyft för undersköterskor", "Slutförd", "Oförändrad", "Genomförd", "2025-08-15"),
            ("Ny rutin för läkemedelsgenomgångar", "Försenad", "Försämras", "Delvis genomförd", "2025-09-30"),
            ("Utökad dagverksamhet vid demenssjukdom", "Ej startad", "Oförändrad", "Ej genomförd", "2025-06-02"),
            ("Träffpunkt för anhöriga i Norra", "Pågående", "Oförändrad", "Delvis genomförd", "2025-09-19"),
            ("Översyn av riktlinjer för bistånd", "Avbruten", "–", "Ej genomförd", "2025-05-11"),
        ), (165.0, 65.0, 65.0, 90.0, 85.0)),
    ),
    expected=(
        E(None, "activity", "in_progress", title="Digital tillsyn nattetid i hemtjänsten"),
        E(None, "activity", "completed", title="Kompetenslyft för undersköterskor"),
        E(None, "activity", "in_progress", title="Ny rutin för läkemedelsgenomgångar"),
        E(None, "activity", "not_started", title="Utökad dagverksamhet vid demenssjukdom"),
        E(None, "activity", "in_progress", title="Träffpunkt för anhöriga i Norra"),
        E(None, "activity", "closed", title="Översyn av riktlinjer för bistånd"),
    ),
    notes="The Status column is the status; Trend and Prognos helår (a forecast: 'Genomförd' for an activity "
          "that is Pågående) are not. Försenad is in_progress; Avbruten (cancelled) is closed; Ej startad is "
          "not_started.",
)

ACTIVITY_CARDS = Report(
    name="heldout3_activity_cards_prognos",
    style="heldout3-activity-cards",
    header="Hypergene     Kommunstyrelsen     Delår 2 2025",
    blocks=(
        Title("Kommunstyrelsen – uppföljning av verksamhetsplanens aktiviteter, delår 2 2025"),
        Para("Varje aktivitet redovisas med status, prognos för helåret och datum för den senaste "
             "uppdateringen, följt av den ansvariges kommentar."),
        Heading("Fokusområde 1 – Attraktiv arbetsgivare", 1),
        Heading("1.1 Gemensam introduktion för nya medarbetare", 2),
        Table((("Status", "Prognos helår", "Senast uppdaterad"), ("Genomförd", "Uppnås", "2025-08-29")),
              (120.0, 120.0, 120.0)),
        Para("Introduktionsdagarna hålls fyra gånger per år och den första hölls i mars.", lead="Kommentar:"),
        Heading("1.2 Chefsprogram för nya chefer", 2),
        Table((("Status", "Prognos helår", "Senast uppdaterad"), ("Pågående", "Uppnås delvis", "2025-09-12")),
              (120.0, 120.0, 120.0)),
        Para("Den första gruppen har gått halva programmet. Den andra gruppen startar i januari.",
             lead="Kommentar:"),
        Heading("1.3 Heltid som norm i kommunstyrelsens verksamheter", 2),
        Table((("Status", "Prognos helår", "Senast uppdaterad"), ("Ej påbörjad", "Uppnås inte", "2025-06-30")),
              (120.0, 120.0, 120.0)),
        Para("Arbetet startar när det nya centrala avtalet är klart.", lead="Kommentar:"),
        Heading("Fokusområde 2 – Digitalisering", 1),
        Heading("2.1 E-tjänst för felanmälan", 2),
        Table((("Status", "Prognos helår", "Senast uppdaterad"), ("Avslutad", "Uppnås", "2025-05-20")),
              (120.0, 120.0, 120.0)),
        Para("E-tjänsten lanserades i maj och används av fler än 300 invånare i månaden.", lead="Kommentar:"),
        Heading("2.2 Automatiserad fakturahantering", 2),
        Table((("Status", "Prognos helår", "Senast uppdaterad"), ("Försenad", "Uppnås delvis", "2025-09-30")),
              (120.0, 120.0, 120.0)),
        Para("Leverantören har skjutit upp leveransen till november.", lead="Kommentar:"),
    ),
    expected=(
        E("1.1", "activity", "completed"),
        E("1.2", "activity", "in_progress"),
        E("1.3", "activity", "not_started"),
        E("2.1", "activity", "closed"),
        E("2.2", "activity", "in_progress"),
    ),
    notes="Each activity is a numbered heading followed by a one-row table Status | Prognos helår | Senast "
          "uppdaterad; the Status cell is the status, the Prognos ('Uppnås delvis') is a forecast. 1.3's comment "
          "'är klart' is about the central agreement. Avslutad → closed by the suite's convention. The "
          "Fokusområden are groups; the intro says 'aktivitet'.",
)

SYNONYMS = Report(
    name="heldout3_status_synonyms",
    style="heldout3-status-synonyms",
    blocks=(
        Title("Energi- och klimatplan 2023–2026 – uppföljning av åtgärderna 2025"),
        Para("Miljöstrategen har följt upp planens sju åtgärder tillsammans med de ansvariga förvaltningarna."),
        Para("Åtgärd 1. Fler laddplatser vid kommunens arbetsplatser", bold=True),
        Para("48 nya laddpunkter har installerats vid åtta arbetsplatser."),
        Para("Fullföljd", lead="Status:"),
        Para("Åtgärd 2. Energieffektivisering av Tallbackens skola", bold=True),
        Para("Ventilationen är utbytt. Bytet av belysningen återstår och görs under sommaren 2026."),
        Para("Delvis", lead="Status:"),
        Para("Åtgärd 3. Solcellsparker på kommunens mark", bold=True),
        Para("Lämpliga ytor inventeras av samhällsbyggnadsförvaltningen."),
        Para("Under arbete", lead="Status:"),
        Para("Åtgärd 4. Klimatkrav i livsmedelsupphandlingen", bold=True),
        Para("Upphandlingen av livsmedel görs först 2026."),
        Para("Inte påbörjad", lead="Status:"),
        Para("Åtgärd 5. Fossilfria arbetsmaskiner inom gatuenheten", bold=True),
        Para("Samtliga maskiner är utbytta men kostnaden blev 20 procent högre än budgeterat."),
        Para("Genomförd med avvikelse", lead="Status:"),
        Para("Åtgärd 6. Cykelpool för kommunens anställda", bold=True),
        Para("Kommunstyrelsen beslutade i maj att inte gå vidare med cykelpoolen."),
        Para("Struken", lead="Status:"),
        Para("Åtgärd 7. Energirådgivning för småföretag", bold=True),
        Para("Rådgivningen görs tillsammans med grannkommunerna."),
        Para("Startad", lead="Status:"),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "partially_completed"),
        E("3", "measure", "in_progress"),
        E("4", "measure", "not_started"),
        E("5", "measure", "completed"),
        E("6", "measure", "closed"),
        E("7", "measure", "in_progress"),
    ),
    notes="Synonyms on their own after 'Status:': Fullföljd → completed, Delvis (bare) → partially_completed, "
          "Under arbete and Startad → in_progress, Inte påbörjad → not_started, Struken → closed. 'Genomförd med "
          "avvikelse' is completed (done, with a deviation in cost) — debatable, but the work is finished.",
)

SYMBOL_LEGEND = Report(
    name="heldout3_plus_zero_minus_legend",
    style="heldout3-symbol-legend",
    blocks=(
        Title("Handlingsplan mot ofrivillig ensamhet bland äldre – uppföljning 2025"),
        Para("+ = genomförd     0 = pågår     – = ej påbörjad", lead="Teckenförklaring:"),
        Table((
            ("Nr", "Insats", "Läge", "Kommentar"),
            ("1", "Väntjänst med volontärer i alla kommundelar", "+", "Startade i mars med 40 volontärer."),
            ("2", "Seniorluncher på träffpunkterna", "0", "Två av fyra träffpunkter har kommit igång."),
            ("3", "Uppsökande hembesök hos personer över 80 år", "–", "Planeras till 2026."),
            ("4", "Telefonkedja för ensamboende", "+", "Klar i juni."),
            ("5", "Surfplattor och digital gemenskap på äldreboenden", "0", "Upphandling pågår."),
            ("6", "Samarbete med pensionärsorganisationerna", "+", ""),
        ), (30.0, 215.0, 40.0, 185.0)),
    ),
    expected=(
        E("1", "effort", "completed"),
        E("2", "effort", "in_progress"),
        E("3", "effort", "not_started"),
        E("4", "effort", "completed"),
        E("5", "effort", "in_progress"),
        E("6", "effort", "completed"),
    ),
    notes="The Läge column holds +, 0 or – and the legend above the table says what they mean; the dump keeps "
          "them, so they are scored in both formats. Row 6 has no comment: its status is only the '+'.",
)

SCALE_1_4 = Report(
    name="heldout3_scale_1_4_colon_ids",
    style="heldout3-scale-1-4",
    blocks=(
        Title("Socialnämndens handlingsplan för barnrättsarbetet – uppföljning 2025"),
        Para("Genomförandet bedöms på en skala 1–4 där 4 = helt genomförd, 3 = till stor del genomförd, "
             "2 = påbörjad och 1 = ej påbörjad."),
        Heading("Område 1 – Barnets rätt att komma till tals", 2),
        Table((
            ("Nr", "Åtgärd", "Bedömning (1–4)", "Kommentar"),
            ("1:1", "Barnets synpunkter dokumenteras i alla utredningar", "4", "Följs upp i egenkontrollen."),
            ("1:2", "Barnanpassad information på webbplatsen", "3", "Texterna är klara, filmerna återstår."),
            ("1:3", "Utbildning i samtalsmetodik för handläggare", "2", "Första kursdagen hölls i september."),
        ), (35.0, 210.0, 80.0, 155.0)),
        Heading("Område 2 – Barnets bästa i beslut", 2),
        Table((
            ("Nr", "Åtgärd", "Bedömning (1–4)", "Kommentar"),
            ("2:1", "Mall för barnkonsekvensanalys", "4", ""),
            ("2:2", "Barnrättsombud på varje enhet", "1", "Startar när den nya organisationen är på plats."),
            ("2:3", "Årlig uppföljning med barn i familjehem", "2", ""),
        ), (35.0, 210.0, 80.0, 155.0)),
    ),
    expected=(
        E("1:1", "measure", "completed"),
        E("1:2", "measure", "partially_completed"),
        E("1:3", "measure", "in_progress"),
        E("2:1", "measure", "completed"),
        E("2:2", "measure", "not_started"),
        E("2:3", "measure", "in_progress"),
    ),
    notes="Digits on a 1–4 scale explained in the introduction's sentence (not a 'Statuskoder:' legend). "
          "3 = 'till stor del genomförd' is partially_completed; 2 = påbörjad is in_progress. Ids use a colon "
          "(1:1). The Område headings are groups. 1:2's comment 'klara' is about the texts.",
)

PARAGRAPH_SIGN = Report(
    name="heldout3_kf_paragraph_uppdrag",
    style="heldout3-paragraph-sign",
    blocks=(
        Title("Återrapportering av ej avslutade uppdrag från kommunfullmäktige – oktober 2025"),
        Para("Kommunstyrelsen redovisar två gånger per år läget för de uppdrag som fullmäktige har gett. "
             "Uppdragen anges med paragrafen i fullmäktiges protokoll."),
        Heading("§ 45 Ta fram en plan för kommunens skolfastigheter", 2),
        Para("Beslut i kommunfullmäktige 2023-04-24. Arbetet har inte kommit igång på grund av vakanser på "
             "fastighetsavdelningen. Två tjänster är utannonserade."),
        Heading("§ 112 Utreda en kommungemensam kundtjänst", 2),
        Para("Beslut i kommunfullmäktige 2023-11-27. Utredningen redovisades i mars och kundtjänsten öppnade "
             "den 1 september. Uppdraget är därmed slutfört."),
        Heading("§ 19 Införa avgiftsfri kollektivtrafik för pensionärer under lågtrafik", 2),
        Para("Beslut i kommunfullmäktige 2024-02-19. Regionen har inte lämnat sitt kostnadsunderlag. "
             "Uppdraget kvarstår till nästa år."),
        Heading("§ 78 Se över reglerna för föreningsbidrag", 2),
        Para("Beslut i kommunfullmäktige 2024-06-17. Förslag till nya regler har lämnats till kultur- och "
             "fritidsnämnden, som behandlar dem i december."),
        Heading("§ 143 Minska andelen visstidsanställda", 2),
        Para("Beslut i kommunfullmäktige 2024-11-25. Andelen har minskat från 14 till 11 procent. Arbetet "
             "fortsätter under 2026."),
    ),
    expected=(
        E("45", "assignment", "not_started"),
        E("112", "assignment", "completed"),
        E("19", "assignment", "in_progress"),
        E("78", "assignment", "proposal_submitted"),
        E("143", "assignment", "in_progress"),
    ),
    notes="Items are the fullmäktige paragraphs (§ N) in date order, so the numbers are not in sequence; the id "
          "is the paragraph number. Statuses only in prose: 'har inte kommit igång' → not_started; 'kvarstår till "
          "nästa år' (still open, not done) → in_progress (debatable: it says only that it is not finished); "
          "'Förslag … har lämnats' → proposal_submitted; 'Arbetet fortsätter' → in_progress.",
)

INSATS_LETTERS = Report(
    name="heldout3_insats_letters_prose",
    style="heldout3-insats-letters",
    blocks=(
        Title("Samverkansöverenskommelse mellan kommunen och polisen – uppföljning av insatserna 2025"),
        Para("Överenskommelsen innehåller fem insatser. Nedan beskrivs vad som har hänt under året."),
        Heading("Insats A – Trygghetsvandringar i centrum", 2),
        Para("Tre trygghetsvandringar hölls under våren tillsammans med fastighetsägarna. Arbetet har slutförts "
             "och resultaten har lämnats till tekniska förvaltningen."),
        Heading("Insats B – Föräldravandringar på helgkvällar", 2),
        Para("Insatsen har inte kommit igång på grund av svårigheter att rekrytera föräldrar. Ett nytt försök "
             "görs vid skolstarten 2026."),
        Heading("Insats C – Bättre belysning i gångtunnlar", 2),
        Para("Belysningen är utbytt i fyra av de nio tunnlarna. Resterande tunnlar åtgärdas under 2026."),
        Heading("Insats D – Kameraövervakning vid resecentrum", 2),
        Para("Ansökan om tillstånd har lämnats till Integritetsskyddsmyndigheten. Insatsen vilar tills beslut "
             "har kommit."),
        Heading("Insats E – Gemensam lägesbild varannan vecka", 2),
        Para("Mötena har hållits men inte regelbundet under sommaren. Insatsen kvarstår och fortsätter under "
             "nästa år."),
    ),
    expected=(
        E("A", "effort", "completed"),
        E("B", "effort", "not_started"),
        E("C", "effort", "partially_completed"),
        E("D", "effort", "on_hold"),
        E("E", "effort", "in_progress"),
    ),
    notes="Lettered headings 'Insats A –'; the status is only in the prose. C: done in four of nine tunnels, the "
          "rest next year → partially_completed (debatable: could be read as in_progress). D: 'vilar' (rests, "
          "awaiting a decision) → on_hold. E: held, continues → in_progress.",
)

GROUP_STATUS = Report(
    name="heldout3_status_per_area",
    style="heldout3-group-status",
    blocks=(
        Title("Handlingsplan för minskad nedskräpning 2024–2026 – uppföljning 2025"),
        Para("Planen innehåller sju åtgärder fördelade på tre områden. Läget redovisas samlat för varje område."),
        Heading("Område 1 – Förebyggande arbete", 1),
        Para("Samtliga åtgärder inom området är genomförda."),
        Para("Skräpplockardagar med skolorna", label="1.1"),
        Para("Informationskampanj i sociala medier", label="1.2"),
        Para("Fler askkoppar vid busshållplatser", label="1.3"),
        Heading("Område 2 – Tillsyn och renhållning", 1),
        Para("Utökad tömning av papperskorgar sommartid", label="2.1"),
        Para("Tillsyn av nedskräpade tomter", label="2.2"),
        Para("Åtgärderna inom området har påbörjats men ingen av dem är ännu klar.", lead="Bedömning:"),
        Heading("Område 3 – Samverkan", 1),
        Para("Åtgärderna inom området har inte påbörjats. De flyttas till planens sista år."),
        Para("Gemensam kampanj med grannkommunerna", label="3.1"),
        Para("Avtal med butiker om städning runt entréerna", label="3.2"),
    ),
    expected=(
        E("1.1", "measure", "completed"),
        E("1.2", "measure", "completed"),
        E("1.3", "measure", "completed"),
        E("2.1", "measure", "in_progress"),
        E("2.2", "measure", "in_progress"),
        E("3.1", "measure", "not_started"),
        E("3.2", "measure", "not_started"),
    ),
    notes="The status is given once per area and holds for every measure in it: before the list in areas 1 and "
          "3, after it ('Bedömning:') in area 2. Area 2's 'ingen av dem är ännu klar' negates klar: in_progress. "
          "The Område headings are groups.",
)

TWO_YEARS = Report(
    name="heldout3_bedomning_two_years",
    style="heldout3-two-years-bedomning",
    blocks=(
        Title("Integrationsprogrammet – uppföljning av åtgärderna 2025"),
        Para("Tabellen visar förvaltningens bedömning vid årets uppföljning och, för jämförelse, vid "
             "uppföljningen 2024."),
        Table((
            ("Nr", "Åtgärd", "Bedömning 2024", "Bedömning 2025", "Kommentar"),
            ("1", "Språkpraktik inom kommunens verksamheter", "Påbörjad", "Genomförd", "80 platser per år."),
            ("2", "Samhällsorientering på modersmål", "Genomförd", "Genomförd", ""),
            ("3", "Mentorsprogram för nyanlända kvinnor", "Ej påbörjad", "Påbörjad",
             "Första gruppen startade i september."),
            ("4", "Bostadsvägledning", "Påbörjad", "Delvis genomförd", "Finns i två av tre kommundelar."),
            ("5", "Föreningslots", "Påbörjad", "Vilande", "Tjänsten är inte tillsatt."),
        ), (25.0, 165.0, 80.0, 80.0, 130.0)),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "completed"),
        E("3", "measure", "in_progress"),
        E("4", "measure", "partially_completed"),
        E("5", "measure", "on_hold"),
    ),
    notes="Two dated assessment columns 'Bedömning 2024 | Bedömning 2025'; this year's (2025, the later) is the "
          "status.",
)

STATUS_FIRST = Report(
    name="heldout3_status_first_column_neuter",
    style="heldout3-status-first-col",
    blocks=(
        Title("Kommunstyrelsens uppdrag i Mål och budget 2025 – lägesrapport till fullmäktige"),
        Para("Kommunstyrelsen har fem uppdrag i årets budget. Tabellen visar läget den 31 augusti."),
        Table((
            ("Status", "Nr", "Uppdrag", "Ansvarig"),
            ("Klart", "1", "Ta fram en ny näringslivsstrategi", "Näringslivschef"),
            ("Pågår", "2", "Utreda samordnad varudistribution", "Upphandlingschef"),
            ("Ej påbörjat", "3", "Se över kommunens lokalbehov i centrum", "Fastighetschef"),
            ("Delvis klart", "4", "Införa e-arkiv i samtliga förvaltningar", "Arkivarie"),
            ("Avslutat", "5", "Pröva extern uthyrning av skollokaler", "Kommundirektör"),
        ), (75.0, 30.0, 250.0, 120.0)),
    ),
    expected=(
        E("1", "assignment", "completed"),
        E("2", "assignment", "in_progress"),
        E("3", "assignment", "not_started"),
        E("4", "assignment", "partially_completed"),
        E("5", "assignment", "closed"),
    ),
    notes="The status is the first column, before Nr; the words are neuter (agreeing with 'uppdraget'): Klart, "
          "Ej påbörjat, Delvis klart, Avslutat (→ closed).",
)

CONTINUED = Report(
    name="heldout3_table_continued_no_header",
    style="heldout3-continued-no-header",
    footer=True,
    blocks=(
        Title("Folkhälsoplan 2024–2027 – uppföljning av åtgärder 2025"),
        Para("Folkhälsorådet har följt upp planens nio åtgärder. Uppföljningen bygger på rapporter från de "
             "ansvariga förvaltningarna och på de lokala folkhälsoenkäterna."),
        Para("Arbetet har under året präglats av att två av de ansvariga tjänsterna varit vakanta under våren. "
             "Trots detta bedömer rådet att planen i huvudsak följs."),
        Table((
            ("Nr", "Åtgärd", "Ansvar", "Status"),
            ("1", "Rökfria skolgårdar med skyltning", "Skolchef", "Genomförd"),
            ("2", "Hälsosamtal i årskurs 7", "Elevhälsan", "Pågår"),
            ("3", "Simundervisning för nyanlända elever", "Fritidschef", "Genomförd"),
            ("4", "Seniorgympa i kommundelarna", "Fritidschef", "Ej påbörjad"),
            ("5", "Alkohol- och drogpolicy för föreningar", "Folkhälsostrateg", "Pågår"),
        ), (30.0, 240.0, 110.0, 100.0)),
        PageBreak(),
        Table((
            ("6", "Spontanidrottsplats i Östra", "Tekniska förvaltningen", "Försenad"),
            ("7", "Fallprevention i hemtjänsten", "Äldreomsorgen", "Genomförd"),
            ("8", "Kostombud på förskolorna", "Kostchef", "Avvaktar"),
            ("9", "Utbildning i psykisk första hjälpen", "HR-avdelningen", "Delvis genomförd"),
        ), (30.0, 240.0, 110.0, 100.0), header=False),
        Para("Nästa uppföljning görs i oktober 2026."),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "completed"),
        E("4", "measure", "not_started"),
        E("5", "measure", "in_progress"),
        E("6", "measure", "in_progress"),
        E("7", "measure", "completed"),
        E("8", "measure", "on_hold"),
        E("9", "measure", "partially_completed"),
    ),
    notes="The table breaks after row 5; page 2 goes on with rows 6–9 in the same columns without repeating the "
          "header row. Avvaktar → on_hold; Försenad → in_progress.",
)

ENGLISH_MIX = Report(
    name="heldout3_portfolio_english_status",
    style="heldout3-english-mix",
    blocks=(
        Title("Digitaliseringsplan 2025 – uppföljning per den 30 september"),
        Para("Uppgifterna är exporterade ur kommunens projektportfölj. Statusfältet är på engelska i verktyget."),
        Table((
            ("ID", "Åtgärd", "Projektledare", "Status", "Kommentar"),
            ("D-01", "Gemensam plattform för e-tjänster", "Sara Lund", "Completed", "Driftsatt i juni."),
            ("D-02", "Digital signering av avtal", "Omar Ali", "On track", ""),
            ("D-03", "Ny webbplats för kommunen", "Eva Berg", "Delayed", "Leverantören är försenad."),
            ("D-04", "Chattbot i kontaktcenter", "Sara Lund", "Not started", "Start Q1 2026."),
            ("D-05", "Wifi i alla skolor", "Per Ek", "At risk", "Budgeten räcker inte till alla skolor."),
            ("D-06", "Robotisering av ekonomiprocesser", "Omar Ali", "Cancelled", "Ersätts av affärssystemet."),
        ), (40.0, 170.0, 80.0, 70.0, 120.0)),
    ),
    expected=(
        E("D-01", "measure", "completed"),
        E("D-02", "measure", "in_progress"),
        E("D-03", "measure", "in_progress"),
        E("D-04", "measure", "not_started"),
        E("D-05", "measure", "in_progress"),
        E("D-06", "measure", "closed"),
    ),
    notes="English status words from a portfolio tool in a Swedish report: On track, Delayed and At risk are "
          "in_progress (At risk is debatable: the project runs but may miss its goal); Cancelled is closed.",
)

DOT_LEADERS = Report(
    name="heldout3_dot_leaders",
    style="heldout3-dot-leaders",
    blocks=(
        Title("Kommunfullmäktiges uppdrag 2025 – sammanställning av läget"),
        Para("Sammanställningen visar läget för fullmäktiges uppdrag per den 15 november 2025."),
        Para(leaders("Uppdrag 1 Ökad samverkan med civilsamhället", "Klar")),
        Para(leaders("Uppdrag 2 Ny översiktsplan", "Pågår")),
        Para(leaders("Uppdrag 3 Bredband till hela landsbygden", "Delvis klar")),
        Para(leaders("Uppdrag 4 Mer närproducerad mat i skolorna", "Ej påbörjad")),
        Para(leaders("Uppdrag 5 Sammanslagning av IT-avdelningarna", "Avslutad")),
        Para(leaders("Uppdrag 6 Lokal plan för krisberedskap", "Vilande")),
        Para("Frågor om sammanställningen besvaras av kanslienheten."),
    ),
    expected=(
        E("1", "assignment", "completed"),
        E("2", "assignment", "in_progress"),
        E("3", "assignment", "partially_completed"),
        E("4", "assignment", "not_started"),
        E("5", "assignment", "closed"),
        E("6", "assignment", "on_hold"),
    ),
    notes="Each line is 'Uppdrag N title ....... status' typed with dot leaders; the word after the dots is the "
          "status.",
)

DASH_BOLD = Report(
    name="heldout3_dash_bold_titles",
    style="heldout3-dash-bold",
    blocks=(
        Title("Biblioteksplan 2024–2027 – uppföljning av aktiviteterna 2025"),
        Para("Här följer en kort redovisning av årets aktiviteter, ordnade efter planens två inriktningar."),
        Heading("Läsfrämjande aktiviteter", 2),
        Para("Genomfört. Alla 14 förskolor har ett utbildat läsombud.", lead="Läsombud på alla förskolor:",
             label="–"),
        Para("Pågår. Hälften av skolorna har fått besök.", lead="Bokprat i årskurs 4:", label="–"),
        Para("Genomförd för tredje året i rad, med 420 deltagare.", lead="Sommarboken för barn 6–12 år:",
             label="–"),
        Heading("Aktiviteter för digital delaktighet", 2),
        Para("Har inte startat ännu eftersom personal saknas.", lead="Digitala drop in-tider:", label="–"),
        Para("Genomförda på huvudbiblioteket men inte på filialerna.", lead="Kurser i e-legitimation för seniorer:",
             label="–"),
        Para("Pausad i väntan på ett nytt avtal med operatören.", lead="Utlåning av mobilt bredband:", label="–"),
    ),
    expected=(
        E(None, "activity", "completed", title="Läsombud på alla förskolor"),
        E(None, "activity", "in_progress", title="Bokprat i årskurs 4"),
        E(None, "activity", "completed", title="Sommarboken för barn 6–12 år"),
        E(None, "activity", "not_started", title="Digitala drop in-tider"),
        E(None, "activity", "partially_completed", title="Kurser i e-legitimation för seniorer"),
        E(None, "activity", "on_hold", title="Utlåning av mobilt bredband"),
    ),
    notes="En-dash list items with a bold title ending in a colon, the status in the sentence after it. The two "
          "headings are groups. 'Genomförda på huvudbiblioteket men inte på filialerna' is partially_completed "
          "(done in one of two places).",
)

NAMND_TABLES = Report(
    name="heldout3_namnd_tables_restart",
    style="heldout3-namnd-tables",
    blocks=(
        Title("Uppföljning av nämndernas uppdrag i Mål och budget 2025"),
        Para("Varje nämnd redovisar sina uppdrag i en egen tabell. Uppdragen är numrerade per nämnd."),
        Heading("Barn- och utbildningsnämnden", 1),
        Table((
            ("Nr", "Uppdrag", "Status"),
            ("1", "Öka andelen legitimerade förskollärare", "Pågår"),
            ("2", "Införa skolskjutskort i mobilen", "Genomfört"),
            ("3", "Utreda en ny F–6-skola i Berga", "Förslag lämnat till nämnden"),
        ), (30.0, 300.0, 150.0)),
        Heading("Socialnämnden", 1),
        Table((
            ("Nr", "Uppdrag", "Status"),
            ("1", "Minska kostnaderna för externa placeringar", "Delvis genomfört"),
            ("2", "Införa digitala besök i hemtjänsten", "Ej påbörjat"),
        ), (30.0, 300.0, 150.0)),
        Heading("Tekniska nämnden", 1),
        Table((
            ("Nr", "Uppdrag", "Status"),
            ("1", "Ta fram en plan för laddinfrastruktur", "Genomfört"),
            ("2", "Minska energianvändningen i gatubelysningen", "Pågår"),
        ), (30.0, 300.0, 150.0)),
    ),
    expected=(
        E(None, "assignment", "in_progress", title="Öka andelen legitimerade förskollärare"),
        E(None, "assignment", "completed", title="Införa skolskjutskort i mobilen"),
        E(None, "assignment", "proposal_submitted", title="Utreda en ny F–6-skola i Berga"),
        E(None, "assignment", "partially_completed", title="Minska kostnaderna för externa placeringar"),
        E(None, "assignment", "not_started", title="Införa digitala besök i hemtjänsten"),
        E(None, "assignment", "completed", title="Ta fram en plan för laddinfrastruktur"),
        E(None, "assignment", "in_progress", title="Minska energianvändningen i gatubelysningen"),
    ),
    notes="One table per nämnd, numbering restarting at 1 in each, so the items are matched by title. The nämnd "
          "headings are groups. Neuter forms: Genomfört, Delvis genomfört, Ej påbörjat.",
)

MALKORT = Report(
    name="heldout3_malkort_maluppfyllelse",
    style="heldout3-malkort",
    blocks=(
        Title("Miljönämndens mål 2025 – uppföljning i årsredovisningen"),
        Para("Måluppfyllelsen bedöms som Uppnått, Delvis uppnått eller Ej uppnått utifrån indikatorernas utfall."),
        Table((
            ("Mål", "Indikator", "Målvärde", "Utfall", "Måluppfyllelse"),
            ("Mål 1. Minskade utsläpp från kommunens fordon", "Andel fossilfria fordon", "80 %", "84 %",
             "Uppnått"),
            ("Mål 2. Mer ekologisk mat i kommunens kök", "Andel ekologiska livsmedel", "40 %", "33 %",
             "Delvis uppnått"),
            ("Mål 3. Snabbare handläggning av miljöärenden", "Handläggningstid i veckor", "6", "9", "Ej uppnått"),
            ("Mål 4. Alla badplatser ska ha tjänligt vatten", "Andel tjänliga prover", "100 %", "100 %",
             "Uppnått"),
            ("Mål 5. Minskad nedskräpning i naturen", "Antal skräpplockardagar", "20", "14", "Delvis uppnått"),
        ), (150.0, 120.0, 55.0, 50.0, 95.0)),
    ),
    expected=(
        E("1", "goal", "completed"),
        E("2", "goal", "partially_completed"),
        E("3", "goal", "not_started"),
        E("4", "goal", "completed"),
        E("5", "goal", "partially_completed"),
    ),
    notes="A goal card: the status is the Måluppfyllelse column; Målvärde and Utfall are numbers. 'Ej uppnått' "
          "is not_started by analogy with 'Ej genomförd' on a Helt/Delvis/Ej scale (HELDOUT.md) — debatable for a "
          "goal, which is not 'started'; unknown would also be defensible.",
)

STATUS_MIDDLE_WIDE = Report(
    name="heldout3_nine_columns_status_third",
    style="heldout3-status-middle-wide",
    blocks=(
        Title("Handlingsplan för vatten och avlopp – uppföljning per augusti 2025"),
        Para("Utdrag ur VA-avdelningens planeringsblad. Belopp i tusental kronor."),
        Table((
            ("Nr", "Åtgärd", "Status", "Ansvar", "Start", "Slut", "Budget", "Utfall", "Kommentar"),
            ("1", "Relining av ledningar i Gamla stan", "Genomförd", "VA-chef", "2024-03", "2025-05", "4 500",
             "4 120", "Klar före tidplan."),
            ("2", "Reservvattentäkt i Norrby", "Pågår", "Ida Ek", "2024-09", "2026-12", "12 000", "3 400",
             "Provborrning klar."),
            ("3", "Dagvattendamm vid Lillån", "Ej påbörjad", "Planchef", "2026-01", "2026-10", "2 000", "0",
             ""),
            ("4", "Utbyte av vattenmätare", "Delvis genomförd", "Driftchef", "2024-01", "2025-12", "1 800",
             "1 100", "60 % utbytta."),
            ("5", "Läcksökning med drönare", "Avbruten", "Driftchef", "2025-02", "2025-06", "300", "150",
             "Metoden fungerade inte."),
        ), (22.0, 86.0, 62.0, 52.0, 48.0, 48.0, 44.0, 38.0, 71.0)),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "not_started"),
        E("4", "measure", "partially_completed"),
        E("5", "measure", "closed"),
    ),
    notes="Nine narrow columns with the status third, before the responsible, dates and amounts; comments hold "
          "'klar' about parts of the work. '60 % utbytta' in 4's comment is a share of meters, printed as text "
          "(no progress is expected). Avbruten → closed.",
)

PUNKT_LAGE = Report(
    name="heldout3_punkt_lage",
    style="heldout3-punkt-lage",
    blocks=(
        Title("Handlingsplan för arbetsmiljön i hemtjänsten – uppföljning november 2025"),
        Para("Arbetsmiljögruppen har följt upp planens sex punkter. Läget anges för varje punkt."),
        Para("Punkt 1 – Fler bilar till hemtjänstgrupperna", bold=True),
        Para("Slutförd. Fyra nya bilar levererades i april.", lead="Läge:"),
        Para("Punkt 2 – Schemaläggning med tid för resor mellan besöken", bold=True),
        Para("Startad i september i två av sex grupper.", lead="Läge:"),
        Para("Punkt 3 – Nytt larm för ensamarbete", bold=True),
        Para("Delvis. Larmen finns i Norra men ännu inte i Södra.", lead="Läge:"),
        Para("Punkt 4 – Handledning för personal i svåra ärenden", bold=True),
        Para("Avslutas i december när den sista gruppen har haft sin handledning.", lead="Läge:"),
        Para("Punkt 5 – Översyn av nyckelhanteringen", bold=True),
        Para("Inte påbörjad.", lead="Läge:"),
        Para("Punkt 6 – Friskvård på arbetstid", bold=True),
        Para("Avbruten efter beslut i ledningsgruppen i maj.", lead="Läge:"),
    ),
    expected=(
        E("1", "item", "completed"),
        E("2", "item", "in_progress"),
        E("3", "item", "partially_completed"),
        E("4", "item", "in_progress"),
        E("5", "item", "not_started"),
        E("6", "item", "closed"),
    ),
    notes="'Punkt N –' items (no plan noun: kind item). 4: 'Avslutas i december' is a forecast of the end, the "
          "work still goes on → in_progress (debatable; 'avslutas' is not 'avslutad'). 6: Avbruten → closed.",
)

NEGATIVE_KALLELSE = Report(
    name="heldout3_negative_kallelse",
    style="heldout3-negative",
    no_items=True,
    expected=(),
    blocks=(
        Title("Kallelse till sammanträde med socialnämnden"),
        Para("Tid: tisdagen den 18 november 2025 kl. 13.00     Plats: Sammanträdesrummet Lärkan, kommunhuset"),
        Para("Förhinder anmäls till nämndsekreteraren senast dagen före sammanträdet."),
        Heading("Föredragningslista", 2),
        Table((
            ("Nr", "Ärende", "Dnr", "Föredragande"),
            ("1", "Val av justerare", "", "Ordföranden"),
            ("2", "Godkännande av dagordningen", "", "Ordföranden"),
            ("3", "Uppföljning av handlingsplan mot våld i nära relationer", "SN 2025/112", "Verksamhetschef"),
            ("4", "Delårsrapport per augusti 2025", "SN 2025/98", "Ekonomichef"),
            ("5", "Redovisning av delegationsbeslut", "SN 2025/4", "Nämndsekreterare"),
            ("6", "Meddelanden", "", "Nämndsekreterare"),
        ), (30.0, 250.0, 80.0, 110.0)),
        Para("Anna Berg, ordförande          Peter Ström, nämndsekreterare"),
    ),
    notes="A notice with an agenda table; point 3 names a follow-up of a plan, but the document holds no items "
          "and no statuses.",
)

NEGATIVE_REMISSVAR = Report(
    name="heldout3_negative_remissvar",
    style="heldout3-negative",
    no_items=True,
    expected=(),
    blocks=(
        Title("Yttrande över förslag till regional handlingsplan för suicidprevention"),
        Para("Dnr KS 2025/311     Kommunstyrelsen     2025-09-22"),
        Para("Regionen har gett kommunen tillfälle att yttra sig över förslaget till handlingsplan. Kommunen "
             "lämnar synpunkter på de åtgärder som berör kommunens verksamheter."),
        Heading("Åtgärd 3 – Utbildning för skolpersonal", 2),
        Para("Kommunen tillstyrker åtgärden men anser att den bör genomföras i samverkan med elevhälsan."),
        Heading("Åtgärd 5 – Säkra miljöer", 2),
        Para("Kommunen har redan gjort en inventering av broar och höga byggnader och föreslår att åtgärden "
             "i stället inriktas på järnvägen."),
        Heading("Åtgärd 7 – Uppföljning", 2),
        Para("Kommunen föreslår att handlingsplanen följs upp årligen och att kommunerna får ta del av "
             "resultatet."),
        Para("För kommunstyrelsen: Lena Holm, kommunstyrelsens ordförande"),
    ),
    notes="A consultation response on a proposed plan: it comments on some of the plan's åtgärder (3, 5, 7) but "
          "follows none of them up — no items.",
)

REPORTS = (
    STRATSYS_TREND, ACTIVITY_CARDS, SYNONYMS, SYMBOL_LEGEND, SCALE_1_4, PARAGRAPH_SIGN, INSATS_LETTERS,
    GROUP_STATUS, TWO_YEARS, STATUS_FIRST, CONTINUED, ENGLISH_MIX, DOT_LEADERS, DASH_BOLD, NAMND_TABLES, MALKORT,
    STATUS_MIDDLE_WIDE, PUNKT_LAGE, NEGATIVE_KALLELSE, NEGATIVE_REMISSVAR,
)
