"""Held-out reports, second round: styles none of the other modules has, written by a third author.

They imitate what officials print from Hypergene or Excel and write in Word: a status marked with an X in one
of three columns, numeric status codes with a legend, statuses only in a summary table at the end or in an
appendix, this year's and last year's status side by side, three-level numbering, "Kommentar:" followed by
"Bedömning:", "Uppfyllnadsgrad 60 %", items that have "utgått", been "strukits", are "vilande" or "hanteras
inom ordinarie verksamhet", long wrapped cells, a wide eight-column sheet, and two negatives (a policy and
the minutes of a meeting). Every answer is written by hand from what the page says.
"""

from __future__ import annotations

from devsuite.spec import Expected, Heading, PageBreak, Para, Report, Split, Table, Title

E = Expected
# Column widths (points) of a Nr | text | status table with a wide text column.
NR_TEXT_STATUS = (30.0, 330.0, 120.0)

HYPERGENE_EXPORT = Report(
    name="heldout2_hypergene_ansvarig_klart_datum",
    style="heldout2-hypergene-export",
    header="Hypergene     Utskrift: Aktivitetsuppföljning     Period: 2025-10     Enhet: Kultur och fritid",
    blocks=(
        Title("Kultur- och fritidsnämnden – uppföljning av aktiviteter i verksamhetsplan 2025"),
        Para("Utdrag ur Hypergene per den 31 oktober 2025. Status avser läget vid utdraget."),
        Table((
            ("Aktivitet", "Ansvarig", "Klart datum", "Status"),
            ("Öppen fritidsgård på lördagar i Västra", "Fritidschef", "2025-06-30", "Klar"),
            ("Ny bokningsplattform för idrottshallar", "Bokningsenheten", "2025-12-31", "Pågår"),
            ("Lovaktiviteter för barn med funktionsnedsättning", "Fritidsgårdarna", "2025-08-15", "Försenad"),
            ("Kulturskola i Östra skolan", "Kulturskolechef", "2026-01-31", "Ej påbörjad"),
            ("Inventering av konst i offentliga lokaler", "Kultursekreterare", "2025-09-30", "Klar"),
        ), (185.0, 100.0, 80.0, 90.0)),
    ),
    expected=(
        E(None, "activity", "completed", title="Öppen fritidsgård på lördagar i Västra"),
        E(None, "activity", "in_progress", title="Ny bokningsplattform för idrottshallar"),
        E(None, "activity", "in_progress", title="Lovaktiviteter för barn med funktionsnedsättning"),
        E(None, "activity", "not_started", title="Kulturskola i Östra skolan"),
        E(None, "activity", "completed", title="Inventering av konst i offentliga lokaler"),
    ),
    notes="Unnumbered rows; 'Klart datum' is a deadline, not a status. Försenad (late) is in_progress.",
)

CHECK_COLUMNS = Report(
    name="heldout2_check_columns_x",
    style="heldout2-check-columns",
    blocks=(
        Title("Uppföljning av handlingsplan för ökad digital delaktighet bland äldre"),
        Para("Ett X i tabellen anger åtgärdens status vid uppföljningen den 30 november 2025."),
        Table((
            ("Nr", "Åtgärd", "Genomförd", "Pågående", "Ej påbörjad"),
            ("1", "Digitala fixarträffar på biblioteken", "X", "", ""),
            ("2", "Surfplattor att låna på träffpunkterna", "", "X", ""),
            ("3", "Telefonrådgivning om e-legitimation", "X", "", ""),
            ("4", "Studiecirklar om säkra betalningar", "", "", "X"),
            ("5", "Wifi i gemensamhetslokaler på äldreboenden", "", "X", ""),
        ), (30.0, 240.0, 70.0, 70.0, 70.0)),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "completed"),
        E("4", "measure", "not_started"),
        E("5", "measure", "in_progress"),
    ),
    notes="The status is the header of the column holding the X; the text dump keeps the X under its header.",
)

MAL_INSATS_TABLES = Report(
    name="heldout2_mal_colon_insats_tables",
    style="heldout2-mal-insats-tables",
    blocks=(
        Title("Folkhälsoprogram 2024–2027 – uppföljning av insatserna 2025"),
        Para("Programmet har två mål. Under varje mål redovisas målets insatser i en tabell."),
        Heading("Mål 1: Fler barn och unga rör sig varje dag", 2),
        Table((
            ("Insats", "Beskrivning", "Status"),
            ("Insats 1.1", "Rörelsepass i alla förskolegrupper", "Genomförd"),
            ("Insats 1.2", "Avgiftsfri sommarsim för barn i årskurs 1–3", "Pågår"),
            ("Insats 1.3", "Aktiv skolväg – kampanj för att gå och cykla till skolan", "Ej påbörjad"),
        ), (70.0, 290.0, 120.0)),
        Heading("Mål 2: Minskat bruk av alkohol och tobak bland unga", 2),
        Table((
            ("Insats", "Beskrivning", "Status"),
            ("Insats 2.1", "Tobaksfri skoltid på högstadiet", "Delvis genomförd"),
            ("Insats 2.2", "Föräldrautbildning om alkohol och droger", "Pågår"),
        ), (70.0, 290.0, 120.0)),
    ),
    expected=(
        E("1", "goal", "unknown"),
        E("1.1", "effort", "completed", parent="1"),
        E("1.2", "effort", "in_progress", parent="1"),
        E("1.3", "effort", "not_started", parent="1"),
        E("2", "goal", "unknown"),
        E("2.1", "effort", "partially_completed", parent="2"),
        E("2.2", "effort", "in_progress", parent="2"),
    ),
    notes="'Mål N:' headings carry no status; each is followed by a table of its insatser 'Insats N.M'.",
)

CODES_SPLIT = Report(
    name="heldout2_area_codes_right_status",
    style="heldout2-codes-split",
    blocks=(
        Title("Handlingsplan för ett tillgängligt Sjövik – uppföljning 2025"),
        Para("Åtgärderna är märkta med områdets bokstav och ett löpnummer. Läget står till höger."),
        Heading("Område A – Fysisk tillgänglighet", 2),
        Split("A1 Automatiska dörröppnare i kommunhuset", "Klar"),
        Split("A2 Ledstråk för synskadade vid resecentrum", "Pågår"),
        Heading("Område B – Information och bemötande", 2),
        Split("B1 Lättläst version av kommunens webbplats", "Delvis klar"),
        Split("B2 Utbildning i bemötande för receptionen", "Genomförd"),
        Split("B3 Teckenspråkstolkade sändningar från fullmäktige", "Ej påbörjad"),
    ),
    expected=(
        E("A1", "measure", "completed"),
        E("A2", "measure", "in_progress"),
        E("B1", "measure", "partially_completed"),
        E("B2", "measure", "completed"),
        E("B3", "measure", "not_started"),
    ),
    notes="The area headings are groups. Statuses are flush right in ordinary case, not capitals.",
)

THREE_LEVEL = Report(
    name="heldout2_three_level_hanging",
    style="heldout2-three-level",
    blocks=(
        Title("Barn- och utbildningsnämndens verksamhetsplan 2025 – uppföljning"),
        Para("Planen är indelad i målområden, mål (1.1, 1.2 …) och åtgärder (1.1.1, 1.1.2 …)."),
        Heading("Målområde 1 Trygg och stimulerande lärmiljö", 1),
        Heading("Mål 1.1 Alla elever ska känna sig trygga i skolan", 2),
        Para("1.1.1 Vuxna rastvakter på alla skolgårdar. Rastvakter finns sedan januari på samtliga skolor; "
             "åtgärden är genomförd.", indent=18),
        Para("1.1.2 Trygghetsenkät två gånger per år. Vårens enkät är gjord och höstens enkät pågår.", indent=18),
        Heading("Mål 1.2 Fler elever ska nå kunskapskraven i matematik", 2),
        Para("1.2.1 Fortbildning i matematikdidaktik för lärare i årskurs 4–6. Ej påbörjad; starten är flyttad "
             "till hösten 2026.", indent=18),
        Para("1.2.2 Läxhjälp på biblioteken. Delvis genomförd: läxhjälp finns på två av fyra bibliotek.",
             indent=18),
        Heading("Målområde 2 Kompetensförsörjning", 1),
        Heading("Mål 2.1 Fler behöriga lärare", 2),
        Para("2.1.1 Fler karriärtjänster som förstelärare. Klar – tolv nya tjänster tillsattes i augusti.",
             indent=18),
    ),
    expected=(
        E("1.1", "goal", "unknown"),
        E("1.1.1", "measure", "completed", parent="1.1"),
        E("1.1.2", "measure", "in_progress", parent="1.1"),
        E("1.2", "goal", "unknown"),
        E("1.2.1", "measure", "not_started", parent="1.2"),
        E("1.2.2", "measure", "partially_completed", parent="1.2"),
        E("2.1", "goal", "unknown"),
        E("2.1.1", "measure", "completed", parent="2.1"),
    ),
    notes="Målområden 1 and 2 are groups; the goals 1.1–2.1 have no status; the measures, indented under "
          "their goal, carry the status in their own sentence.",
)

SUMMARY_AT_END = Report(
    name="heldout2_status_only_in_final_table",
    style="heldout2-summary-at-end",
    blocks=(
        Title("Uppföljning av åtgärdsprogram mot buller 2025"),
        Para("Nedan beskrivs arbetet med varje åtgärd. Statusen för samtliga åtgärder sammanfattas i tabellen "
             "sist i rapporten."),
        Heading("Åtgärd 1 Bullerskärm längs väg 55", 2),
        Para("Skärmen byggdes under sommaren och besiktigades i september. Boende längs vägen har fått "
             "information om resultatet av mätningarna."),
        Heading("Åtgärd 2 Tyst asfalt på Storgatan", 2),
        Para("Trafikverket och kommunen har kommit överens om att den nya beläggningen läggs i samband med "
             "ledningsarbetet."),
        Heading("Åtgärd 3 Sänkt hastighet nattetid i centrum", 2),
        Para("Frågan har utretts av trafikenheten. Nämnden väntar på polisens yttrande innan beslut fattas."),
        Heading("Åtgärd 4 Bidrag till fönsterbyte för bullerutsatta bostäder", 2),
        Para("Förvaltningen har tagit fram regler för bidraget och lämnat dem till nämnden för beslut."),
        Heading("Åtgärd 5 Bullerkartläggning vart femte år", 2),
        Para("Kartläggningen ingår sedan i år i miljöförvaltningens grunduppdrag."),
        Heading("Sammanställning", 2),
        Table((
            ("Åtgärd", "Status"),
            ("1. Bullerskärm längs väg 55", "Genomförd"),
            ("2. Tyst asfalt på Storgatan", "Pågår"),
            ("3. Sänkt hastighet nattetid i centrum", "Vilande"),
            ("4. Bidrag till fönsterbyte", "Förslag lämnat"),
            ("5. Bullerkartläggning vart femte år", "Hanteras i ordinarie verksamhet"),
        ), (280.0, 180.0)),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "on_hold"),
        E("4", "measure", "proposal_submitted"),
        E("5", "measure", "handled_elsewhere"),
    ),
    notes="The sections hold no status words; the final table gives each measure's status. Its rows repeat the "
          "measures: they are not new items.",
)

KOMMENTAR_BEDOMNING = Report(
    name="heldout2_kommentar_then_bedomning",
    style="heldout2-kommentar-bedomning",
    blocks=(
        Title("Miljö- och hälsoskyddsnämnden – uppföljning av nämndmålen 2025"),
        Para("För varje nämndmål redovisas en kommentar och nämndens bedömning av måluppfyllelsen."),
        Para("Nämndmål 1. Alla livsmedelsanläggningar i riskklass 1–3 ska kontrolleras under året", bold=True),
        Para("312 av 330 planerade kontroller är gjorda. De återstående flyttas till januari.", lead="Kommentar:"),
        Para("Delvis uppnått", lead="Bedömning:"),
        Para("Nämndmål 2. Handläggningstiden för ansökan om enskilt avlopp ska vara högst sex veckor", bold=True),
        Para("Medianen var fyra veckor och inget ärende tog mer än sju veckor.", lead="Kommentar:"),
        Para("Uppnått", lead="Bedömning:"),
        Para("Nämndmål 3. Alla förskolor ska inspekteras med inriktning på kemikalier", bold=True),
        Para("Projektet genomfördes i samverkan med grannkommunerna och samtliga 41 förskolor är inspekterade.",
             lead="Kommentar:"),
        Para("Helt uppnått", lead="Bedömning:"),
        Para("Nämndmål 4. Nöjd kund-index för tillsynen ska vara minst 75", bold=True),
        Para("Mätningen görs vartannat år och nästa gång 2026.", lead="Kommentar:"),
        Para("Kan inte bedömas", lead="Bedömning:"),
    ),
    expected=(
        E("1", "goal", "partially_completed"),
        E("2", "goal", "completed"),
        E("3", "goal", "completed"),
        E("4", "goal", "unknown"),
    ),
    notes="The status is the 'Bedömning:' line after the comment. 'Kan inte bedömas' states that no assessment "
          "is possible: unknown, whatever the comment's verbs ('görs').",
)

UPPFYLLNADSGRAD = Report(
    name="heldout2_uppfyllnadsgrad_percent",
    style="heldout2-uppfyllnadsgrad",
    blocks=(
        Title("Handlingsplan för minskat matsvinn – uppföljning 2025"),
        Para("För varje aktivitet anges uppfyllnadsgraden, det vill säga hur stor del av det planerade som är "
             "gjort."),
        Para("Aktivitet 1: Mäta tallrikssvinnet i alla skolmatsalar", bold=True),
        Para("Uppfyllnadsgrad 100 %. Mätningarna är genomförda och redovisas varje månad."),
        Para("Aktivitet 2: Portionsanpassning i äldreomsorgen", bold=True),
        Para("Uppfyllnadsgrad 60 %. Arbetet pågår på fem av åtta boenden."),
        Para("Aktivitet 3: Samarbete med livsmedelsbutiker om överskottsmat", bold=True),
        Para("Uppfyllnadsgrad 0 %. Aktiviteten har inte påbörjats."),
        Para("Aktivitet 4: Kampanj mot matsvinn i hemmen", bold=True),
        Para("Uppfyllnadsgrad 35 %. Kampanjen har startat i kommunens sociala medier."),
        Para("Aktivitet 5: Utbildning av kökspersonal i svinnsmart planering", bold=True),
        Para("Uppfyllnadsgrad 80 %. Utbildningen pågår; två av tio kök återstår."),
    ),
    expected=(
        E("1", "activity", "completed", progress=100),
        E("2", "activity", "in_progress", progress=60),
        E("3", "activity", "not_started", progress=0),
        E("4", "activity", "in_progress", progress=35),
        E("5", "activity", "in_progress", progress=80),
    ),
    notes="'Uppfyllnadsgrad N %' is the progress, printed as text (so scored in both formats).",
)

CLOSED_VARIANTS = Report(
    name="heldout2_uppdrag_utgatt_strukits",
    style="heldout2-closed-variants",
    blocks=(
        Title("Återrapportering av kommunfullmäktiges uppdrag till kommunstyrelsen 2025"),
        Para("Här redovisas läget för de fem uppdrag som kommunfullmäktige gav kommunstyrelsen i budget 2024."),
        Heading("Uppdrag 1. Utreda en gemensam servicenämnd med grannkommunerna", 2),
        Para("Utredningen redovisades för kommunstyrelsen i juni. Uppdraget är genomfört."),
        Heading("Uppdrag 2. Införa avgiftsfria sommarlovsaktiviteter", 2),
        Para("Statsbidraget för sommarlovsaktiviteter upphörde och kommunfullmäktige beslutade i april att "
             "uppdraget har utgått."),
        Heading("Uppdrag 3. Bygga en ny simhall i Norrby", 2),
        Para("Uppdraget har strukits i samband med budgetbeslutet i november 2024 och har inte återupptagits."),
        Heading("Uppdrag 4. Ta fram en ny bostadsförsörjningsplan", 2),
        Para("Arbetet pågår och planen beräknas vara klar att beslutas i mars 2026."),
        Heading("Uppdrag 5. Pröva en kommunal bilpool för invånare", 2),
        Para("Kommunstyrelsen beslutade i oktober att inte gå vidare eftersom behovet bedöms vara litet. "
             "Uppdraget är avslutat."),
    ),
    expected=(
        E("1", "assignment", "completed"),
        E("2", "assignment", "closed"),
        E("3", "assignment", "closed"),
        E("4", "assignment", "in_progress"),
        E("5", "assignment", "closed"),
    ),
    notes="'har utgått' and 'har strukits' end an assignment without doing it: closed. In 3 'inte återupptagits' "
          "does not reopen it. In 4 'beräknas vara klar' is a forecast: in_progress.",
)

ON_HOLD_WORDS = Report(
    name="heldout2_vilande_pausad",
    style="heldout2-on-hold",
    blocks=(
        Title("Lägesrapport – lokalförsörjningsplanens åtgärder, hösten 2025"),
        Para("Fastighetsavdelningen redovisar läget för planens sex åtgärder."),
        Para("Ny förskola i Ängby. Projektet är pausat i avvaktan på att detaljplanen vinner laga kraft.",
             label="1)"),
        Para("Renovering av Centrumskolans kök. Köket togs i bruk i augusti och åtgärden är avslutad.",
             label="2)"),
        Para("Tillbyggnad av Solbackens äldreboende. Åtgärden har lagts vilande till 2027 på grund av det "
             "ekonomiska läget.", label="3)"),
        Para("Samlokalisering av hemtjänstgrupperna i Söder. Flytten pågår och blir klar i december.",
             label="4)"),
        Para("Försäljning av den gamla brandstationen. Vilande sedan köparen drog sig ur i maj.", label="5)"),
        Para("Solceller på Västerhallen. Ej påbörjad.", label="6)"),
    ),
    expected=(
        E("1", "measure", "on_hold"),
        E("2", "measure", "closed"),
        E("3", "measure", "on_hold"),
        E("4", "measure", "in_progress"),
        E("5", "measure", "on_hold"),
        E("6", "measure", "not_started"),
    ),
    notes="pausat / lagts vilande / Vilande are on_hold. 'åtgärden är avslutad' is closed by the suite's "
          "convention (avslutad → closed). 4: 'blir klar i december' is a forecast.",
)

HANDLED_ELSEWHERE = Report(
    name="heldout2_ordinarie_verksamhet",
    style="heldout2-handled-elsewhere",
    blocks=(
        Title("Slutuppföljning av handlingsplan för psykisk hälsa 2023–2025"),
        Para("Handlingsplanen löper ut vid årsskiftet. Nedan framgår vad som händer med varje åtgärd."),
        Heading("1. Samordnad individuell plan för barn med insatser från flera huvudmän", 2),
        Para("Samordnad individuell plan används nu i alla ärenden där den behövs och hanteras inom ordinarie "
             "verksamhet."),
        Heading("2. Suicidpreventiv utbildning för skolpersonal", 2),
        Para("Utbildningen har genomförts för all personal på högstadiet och gymnasiet."),
        Heading("3. Samtalsmottagning för unga vuxna", 2),
        Para("Åtgärden har överförts till regionens nya handlingsplan och följs upp där."),
        Heading("4. Stödgrupper för anhöriga", 2),
        Para("Stödgrupperna tas omhand inom socialtjänstens ordinarie anhörigstöd från 2026."),
        Heading("5. Kartläggning av psykisk ohälsa bland äldre", 2),
        Para("Kartläggningen pågår och slutredovisas i mars."),
    ),
    expected=(
        E("1", "measure", "handled_elsewhere"),
        E("2", "measure", "completed"),
        E("3", "measure", "handled_elsewhere"),
        E("4", "measure", "handled_elsewhere"),
        E("5", "measure", "in_progress"),
    ),
    notes="'hanteras inom ordinarie verksamhet', 'har överförts till …' and 'tas omhand inom …' all hand the "
          "measure over: handled_elsewhere.",
)

WRAPPED_CELLS = Report(
    name="heldout2_wrapped_status_cells",
    style="heldout2-wrapped-cells",
    blocks=(
        Title("Åtgärdsplan efter medarbetarenkäten 2024 – uppföljning oktober 2025"),
        Para("Förvaltningens åtgärder efter medarbetarenkäten och läget för var och en."),
        Table((
            ("Nr", "Åtgärd", "Status"),
            ("1", "Tydligare introduktion för nyanställda med en fast introduktionsplan och en utsedd fadder "
                  "under de första sex månaderna",
             "Genomförd. Introduktionsplanen används sedan februari på alla enheter och följs upp vid "
             "sexmånaderssamtalet."),
            ("2", "Chefer ska hålla individuella utvecklingssamtal med alla medarbetare varje år",
             "Delvis genomförd – samtal har hållits med de flesta medarbetare; resterande bokas in under "
             "november."),
            ("3", "Översyn av arbetsbelastningen i barn- och ungdomsgruppen med stöd av företagshälsovården",
             "Pågår. Företagshälsovården har intervjuat gruppen och lämnar sin rapport i december."),
            ("4", "Friskvårdsbidraget höjs från 2 000 till 3 000 kronor per år",
             "Ej påbörjad. Höjningen ingår i budgetarbetet för 2026 och beslutas av nämnden i november."),
        ), (30.0, 210.0, 240.0)),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "partially_completed"),
        E("3", "measure", "in_progress"),
        E("4", "measure", "not_started"),
    ),
    notes="Both the Åtgärd and the Status cells wrap over two to three lines; the status is the first words of "
          "the Status cell.",
)

WIDE_TABLE = Report(
    name="heldout2_wide_eight_columns",
    style="heldout2-wide-table",
    blocks=(
        Title("Handlingsplan för trafiksäkerhet 2024–2026 – uppföljning per 2025-09-30"),
        Para("Tabellen är en utskrift av planens arbetsblad. Kolumnen Mål hänvisar till programmets mål."),
        Table((
            ("Nr", "Åtgärd", "Mål", "Ansvar", "Start", "Klart", "Status", "Kommentar"),
            ("1", "Hastighetsöversyn i tätorterna", "Mål 2", "Gatuchef", "2024-01", "2024-12", "Genomförd",
             "Nya hastigheter gäller sedan maj."),
            ("2", "Gång- och cykelbana längs Skolvägen", "Mål 1", "Projektledare", "2024-09", "2025-10",
             "Försenad", "Markinlösen drog ut på tiden."),
            ("3", "Trafikvärdar vid skolstart", "Mål 1", "Skolenheten", "2025-08", "2025-08", "Klar",
             "120 timmar med trafikvärdar."),
            ("4", "Belysning vid busshållplatser", "Mål 3", "Elenheten", "2025-03", "2026-06", "Pågår",
             "Hälften av hållplatserna är klara."),
            ("5", "Säkerhetsrevision av nya detaljplaner", "Mål 2", "Planenheten", "2026-01", "2026-12",
             "Ej påbörjad", "Startar 2026."),
        ), (22.0, 110.0, 36.0, 70.0, 47.0, 47.0, 60.0, 88.0)),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "completed"),
        E("4", "measure", "in_progress"),
        E("5", "measure", "not_started"),
    ),
    notes="Eight narrow columns; 'Mål 2' in a cell is a reference to a goal of the programme, not an item. "
          "Item 4's comment 'klara' is about the stops, not a status.",
)

BILAGA = Report(
    name="heldout2_bilaga_status_table",
    style="heldout2-bilaga",
    footer=True,
    blocks=(
        Title("Uppföljning av avfallsplan 2023–2030, rapport för 2025"),
        Para("Avfallsplanen innehåller sex åtgärder som ska minska mängden avfall och öka återanvändningen. "
             "Under 2025 har arbetet framför allt handlat om återbruk och matavfall."),
        Heading("Sammanfattande bedömning", 2),
        Para("Arbetet går i huvudsak enligt plan. Den mest kostsamma åtgärden, fyrfackskärl i flerbostadshus, "
             "har försenats av upphandlingen. En redovisning av varje åtgärd finns i bilaga 1."),
        Heading("Fortsatt arbete", 2),
        Para("Under 2026 ligger fokus på textilinsamlingen och på information till skolorna. Planen revideras "
             "under 2027."),
        PageBreak(),
        Heading("Bilaga 1 – Status per åtgärd", 1),
        Table((
            ("Nr", "Åtgärd", "Status 2025"),
            ("1", "Återbruksbutik vid återvinningscentralen", "Genomförd"),
            ("2", "Insamling av matavfall från alla villahushåll", "Genomförd"),
            ("3", "Fyrfackskärl i flerbostadshus", "Försenad"),
            ("4", "Textilinsamling i alla kommundelar", "Pågår"),
            ("5", "Information om nedskräpning i skolorna", "Ej påbörjad"),
            ("6", "Kompostrådgivning för villaägare", "Utgår"),
        ), NR_TEXT_STATUS),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "completed"),
        E("3", "measure", "in_progress"),
        E("4", "measure", "in_progress"),
        E("5", "measure", "not_started"),
        E("6", "measure", "closed"),
    ),
    notes="The items exist only in the appendix table on page 2. 'Utgår' (is dropped) is closed; Försenad is "
          "in_progress.",
)

NUMERIC_CODES = Report(
    name="heldout2_numeric_status_codes",
    style="heldout2-numeric-codes",
    blocks=(
        Title("Uppföljning av handlingsplan för minskad sjukfrånvaro"),
        Para("1 = Ej påbörjad, 2 = Påbörjad, 3 = Delvis genomförd, 4 = Genomförd.", lead="Statuskoder:"),
        Table((
            ("Nr", "Åtgärd", "Statuskod"),
            ("1", "Tidig kontakt vid upprepad korttidsfrånvaro", "4"),
            ("2", "Rehabsamordnare på heltid", "2"),
            ("3", "Ergonomironder i tillagningsköken", "3"),
            ("4", "Friskvårdstimme i veckan för alla medarbetare", "1"),
            ("5", "Chefsutbildning i rehabiliteringsprocessen", "4"),
        ), NR_TEXT_STATUS),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "partially_completed"),
        E("4", "measure", "not_started"),
        E("5", "measure", "completed"),
    ),
    notes="The status column holds digits that the legend 'Statuskoder:' explains; they are not item numbers.",
)

TWO_YEARS = Report(
    name="heldout2_status_last_year_and_this",
    style="heldout2-two-status-columns",
    blocks=(
        Title("Uppföljning av biblioteksplanen 2025"),
        Para("Tabellen visar aktiviteternas status i år. Föregående års status visas för jämförelse."),
        Table((
            ("Nr", "Aktivitet", "Status 2024", "Status 2025"),
            ("1", "Meröppet bibliotek i Norrby", "Pågår", "Genomförd"),
            ("2", "Läsfrämjande insatser på barnavårdscentralerna", "Ej påbörjad", "Pågår"),
            ("3", "Digital ansökan om lånekort", "Genomförd", "Genomförd"),
            ("4", "Bokbuss till landsbygden", "Pågår", "Vilande"),
            ("5", "Språkcaféer för nyanlända", "Ej påbörjad", "Ej påbörjad"),
        ), (30.0, 230.0, 110.0, 110.0)),
    ),
    expected=(
        E("1", "activity", "completed"),
        E("2", "activity", "in_progress"),
        E("3", "activity", "completed"),
        E("4", "activity", "on_hold"),
        E("5", "activity", "not_started"),
    ),
    notes="Two status columns; the current one (Status 2025, the later year) is the item's status.",
)

NEGATIVE_POLICY = Report(
    name="heldout2_negative_policy",
    style="heldout2-negative",
    no_items=True,
    expected=(),
    blocks=(
        Title("Riktlinje för distansarbete i Sjöviks kommun"),
        Para("Fastställd av kommundirektören 2025-05-20. Gäller från 2025-09-01."),
        Heading("1. Syfte", 2),
        Para("Riktlinjen ska ge chefer och medarbetare ett gemensamt stöd när arbete utförs på distans."),
        Heading("2. Omfattning", 2),
        Para("Riktlinjen gäller alla anställda vars arbetsuppgifter kan utföras på annan plats än "
             "arbetsplatsen."),
        Heading("3. Ansvar", 2),
        Para("Chefen ansvarar för att distansarbetet följs upp i medarbetarsamtalet. Medarbetaren ansvarar för "
             "att arbetsmiljön i hemmet är lämplig."),
        Heading("4. Genomförande", 2),
        Para("Distansarbete ska överenskommas skriftligt och följas upp minst en gång per år. Arbetsgivaren "
             "tillhandahåller dator och headset."),
        Heading("5. Uppföljning", 2),
        Para("Riktlinjen följs upp av HR-avdelningen vartannat år. Nästa uppföljning genomförs 2027."),
    ),
    notes="A policy with numbered sections (Syfte, Ansvar, Genomförande, Uppföljning): no items.",
)

NEGATIVE_MINUTES = Report(
    name="heldout2_negative_minutes",
    style="heldout2-negative",
    no_items=True,
    expected=(),
    blocks=(
        Title("Minnesanteckningar – styrgruppen för digitaliseringsprogrammet"),
        Para("Datum: 2025-11-04     Närvarande: Maria Holm (ordf.), Ali Hassan, Karin Öberg, Lars Lind"),
        Para("Antecknare: Karin Öberg"),
        Para("1. Mötets öppnande", bold=True),
        Para("Ordföranden hälsade välkommen och öppnade mötet."),
        Para("2. Föregående minnesanteckningar", bold=True),
        Para("Anteckningarna från den 7 oktober godkändes och lades till handlingarna."),
        Para("3. Lägesbild", bold=True),
        Para("Programledaren informerade om att arbetet i stort går enligt plan. Styrgruppen tackade för "
             "informationen."),
        Para("4. Övriga frågor", bold=True),
        Para("Inga övriga frågor togs upp."),
        Para("5. Nästa möte", bold=True),
        Para("Nästa möte hålls den 2 december kl. 9.00 i sal Lönnen."),
    ),
    notes="Minutes with numbered agenda points: no items (the 'Lägesbild' is information, not a plan's item).",
)

REPORTS = (
    HYPERGENE_EXPORT, CHECK_COLUMNS, MAL_INSATS_TABLES, CODES_SPLIT, THREE_LEVEL, SUMMARY_AT_END,
    KOMMENTAR_BEDOMNING, UPPFYLLNADSGRAD, CLOSED_VARIANTS, ON_HOLD_WORDS, HANDLED_ELSEWHERE, WRAPPED_CELLS,
    WIDE_TABLE, BILAGA, NUMERIC_CODES, TWO_YEARS, NEGATIVE_POLICY, NEGATIVE_MINUTES,
)
