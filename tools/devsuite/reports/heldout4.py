"""Held-out reports, fourth round: styles none of the other modules has, written by a fifth author.

They imitate a region's follow-up of a regional action plan (Strategiskt område, Ansvarig aktör, Indikator,
Utfall 2025, "Målvärde uppnått / delvis uppnått / ej uppnått"), a status given only as a percentage
(Genomförandegrad) or as "x av y delmål klara", table rows led by a diarienummer ("KS-2024-113") with
verkställt / ej verkställt, nämnd codes "SN 3.2.1", a count-per-area summary table before the detailed list,
Mål → Delmål → bulleted aktiviteter, a bare status word in parentheses after a numbered heading, bracketed
tags "[PÅGÅR]", "Genomfört: Ja/Nej/Delvis" fields beside "Klart:" and "Klart senast:" dates, tense and negation
traps (ska genomföras, planeras att påbörjas, har ännu inte avslutats, i stort sett klart, färdigställdes
aldrig, kommer inte att genomföras, avvaktar beslut), "Insatsområde" headings with "Åtgärd 1" restarting in
each, the status on the line before the title, a sheet pasted as tab-separated text saved with Windows line
endings, a Word document whose numbering was lost (bold titles only), a two-column newsletter, a wide sheet
printed over two pages (Nr repeated), an internal-control list with åtgärdad / ej åtgärdad, and two negatives
(next year's verksamhetsplan with planned åtgärder and no statuses, and a protokollsutdrag that only counts
statuses). Every answer is written by hand from what the page says.
"""

from __future__ import annotations

from devsuite.spec import Bullets, ColumnBreak, Expected, Heading, PageBreak, Para, Report, Table, Title

E = Expected

REGIONAL_INDIKATOR = Report(
    name="heldout4_regional_strategiskt_omrade",
    style="heldout4-regional-indikator",
    header="Region Norrmark     Regionala utvecklingsnämnden     Dnr RUN 2025/0417",
    blocks=(
        Title("Uppföljning av regional handlingsplan för kompetensförsörjning 2024–2026"),
        Para("Handlingsplanen innehåller sex åtgärder fördelade på tre strategiska områden. För varje åtgärd "
             "redovisas ansvarig aktör, indikator och utfall för 2025 samt en bedömning av om målvärdet har "
             "uppnåtts."),
        Heading("Strategiskt område 1: Matchning på arbetsmarknaden", 2),
        Table((
            ("Åtgärd", "Ansvarig aktör", "Indikator", "Utfall 2025", "Bedömning"),
            ("1.1 Regional validering inom vård och omsorg", "Regionen, kommunerna",
             "Antal validerade undersköterskor", "212 (mål 200)", "Målvärde uppnått"),
            ("1.2 Branschråd för industrin", "Teknikcollege Norrmark", "Antal aktiva branschråd",
             "3 (mål 5)", "Målvärde delvis uppnått"),
        ), (140.0, 90.0, 100.0, 70.0, 83.0)),
        Heading("Strategiskt område 2: Utbildning nära arbetslivet", 2),
        Table((
            ("Åtgärd", "Ansvarig aktör", "Indikator", "Utfall 2025", "Bedömning"),
            ("2.1 Yrkesvux i samverkan mellan kommunerna", "Kommunerna i länet",
             "Antal gemensamma yrkespaket", "9 (mål 8)", "Målvärde uppnått"),
            ("2.2 Lärlingsplatser i offentlig sektor", "Regionen", "Antal lärlingsplatser",
             "0 (mål 40)", "Målvärde ej uppnått"),
        ), (140.0, 90.0, 100.0, 70.0, 83.0)),
        Heading("Strategiskt område 3: Inkludering", 2),
        Table((
            ("Åtgärd", "Ansvarig aktör", "Indikator", "Utfall 2025", "Bedömning"),
            ("3.1 Språkstöd på arbetsplatsen", "Arbetsförmedlingen, kommunerna",
             "Antal deltagare med språkstöd", "140 (mål 250)", "Målvärde delvis uppnått"),
            ("3.2 Mentorprogram för utrikes födda akademiker", "Länsstyrelsen",
             "Andel i arbete efter 12 mån.", "Mäts 2026", "Kan ej bedömas"),
        ), (140.0, 90.0, 100.0, 70.0, 83.0)),
    ),
    expected=(
        E("1.1", "measure", "completed"),
        E("1.2", "measure", "partially_completed"),
        E("2.1", "measure", "completed"),
        E("2.2", "measure", "not_started"),
        E("3.1", "measure", "partially_completed"),
        E("3.2", "measure", "unknown"),
    ),
    notes="The Bedömning column is the status: Målvärde uppnått → completed, delvis uppnått → partially_completed, "
          "ej uppnått → not_started (as heldout3's Måluppfyllelse 'Ej uppnått'; the outcome is 0 of 40, debatable "
          "against in_progress). 'Kan ej bedömas' is unknown. Utfall ('212 (mål 200)') is a number, not progress. "
          "The strategic areas are groups; the intro names the items 'åtgärder'.",
)

GENOMFORANDEGRAD_PERCENT = Report(
    name="heldout4_genomforandegrad_percent_only",
    style="heldout4-percent-only",
    blocks=(
        Title("Barn- och utbildningsnämnden – uppföljning av aktiviteter i verksamhetsplan 2025"),
        Para("Genomförandegraden anger hur stor del av aktiviteten som är genomförd vid uppföljningstillfället "
             "den 31 augusti."),
        Para("Aktivitet 1 – Gemensam plan för studiero i grundskolan", bold=True),
        Para("100 %", lead="Genomförandegrad:"),
        Para("Aktivitet 2 – Läsfrämjande samarbete med skolbiblioteken", bold=True),
        Para("50 %", lead="Genomförandegrad:"),
        Para("Aktivitet 3 – Fler behöriga lärare i moderna språk", bold=True),
        Para("0 %", lead="Genomförandegrad:"),
        Para("Aktivitet 4 – Digitala nationella prov i årskurs 9", bold=True),
        Para("75 %", lead="Genomförandegrad:"),
        Para("Aktivitet 5 – Utökad simundervisning i årskurs 3", bold=True),
        Para("25 %", lead="Genomförandegrad:"),
    ),
    expected=(
        E("1", "activity", "completed", progress=100),
        E("2", "activity", "in_progress", progress=50),
        E("3", "activity", "not_started", progress=0),
        E("4", "activity", "in_progress", progress=75),
        E("5", "activity", "in_progress", progress=25),
    ),
    notes="The status is only a percentage: 100 % → completed, 0 % → not_started, anything between → "
          "in_progress (as heldout2's Uppfyllnadsgrad and heldout's % column). 50 % and 75 % could be read as "
          "partially_completed ('till hälften eller mer'), but that rule comes from a legend (tables.py); none here.",
)

DELMAL_KLARA = Report(
    name="heldout4_x_av_y_delmal",
    style="heldout4-x-av-y",
    blocks=(
        Title("Folkhälsoplan 2024–2027 – uppföljning av målen 2025"),
        Para("Varje mål i folkhälsoplanen är uppdelat i delmål. Tabellen visar hur många av målets delmål som "
             "är klara."),
        Table((
            ("Mål", "Delmål klara", "Kommentar"),
            ("1. Fler barn och unga rör sig minst en timme om dagen", "3 av 3",
             "Rörelsepass, aktiva raster och lovaktiviteter är införda."),
            ("2. Minskat bruk av alkohol och narkotika bland unga", "2 av 4",
             "Föräldrautbildning och tillsyn klara; ANDT-undervisning och krogsamverkan återstår."),
            ("3. Fler äldre deltar i föreningslivet", "1 av 3", "Seniorguide finns på webben."),
            ("4. Minskad psykisk ohälsa bland unga vuxna", "0 av 3",
             "Arbetet med samtliga delmål pågår."),
            ("5. Tryggare offentliga miljöer", "0 av 2", "Arbetet har inte startat."),
        ), (190.0, 70.0, 220.0)),
    ),
    expected=(
        E("1", "goal", "completed"),
        E("2", "goal", "partially_completed"),
        E("3", "goal", "partially_completed"),
        E("4", "goal", "in_progress"),
        E("5", "goal", "not_started"),
    ),
    notes="'x av y delmål klara': y of y → completed; some of y → partially_completed (README: 'i två av tre'; "
          "1 av 3 is debatable against in_progress); 0 of y → the comment decides: 'pågår' → in_progress, "
          "'har inte startat' → not_started.",
)

DIARIE_CODES = Report(
    name="heldout4_diarienummer_verkstallt",
    style="heldout4-diarie-codes",
    blocks=(
        Title("Redovisning av kommunfullmäktiges uppdrag till kommunstyrelsen – verkställighet 2025"),
        Para("Sammanställningen omfattar uppdrag som fullmäktige har gett kommunstyrelsen och som inte var "
             "verkställda vid förra redovisningen."),
        Table((
            ("Diarienr", "Uppdrag", "Beslutat", "Verkställighet", "Kommentar"),
            ("KS-2023-087", "Utreda gemensam växel med grannkommunerna", "2023-06-19", "Verkställt",
             "Utredningen redovisades i mars."),
            ("KS-2024-021", "Ta fram en plan för kommunens lokalförsörjning", "2024-02-26",
             "Delvis verkställt", "Planen för skolan är klar, övriga verksamheter återstår."),
            ("KS-2024-113", "Införa digital signering av avtal", "2024-04-22", "Under verkställighet",
             "Upphandling av tjänst pågår."),
            ("KS-2024-198", "Utreda en kommunal bostadskö", "2024-09-30", "Ej verkställt",
             "Arbetet påbörjas 2026."),
            ("KS-2025-004", "Översyn av reglementet för kommunala pensionärsrådet", "2025-01-27",
             "Verkställt", ""),
        ), (72.0, 160.0, 62.0, 78.0, 111.0)),
    ),
    expected=(
        E("KS-2023-087", "assignment", "completed"),
        E("KS-2024-021", "assignment", "partially_completed"),
        E("KS-2024-113", "assignment", "in_progress"),
        E("KS-2024-198", "assignment", "not_started"),
        E("KS-2025-004", "assignment", "completed"),
    ),
    notes="The id is the diarienummer in the first column (it contains the year: not a date, not a number to "
          "cut). Verkställt → completed, Delvis verkställt → partially_completed, Under verkställighet → "
          "in_progress, Ej verkställt → not_started (the comment says it starts 2026).",
)

NAMND_CODES = Report(
    name="heldout4_namnd_codes_sn",
    style="heldout4-namnd-codes",
    blocks=(
        Title("Socialnämndens nämndplan 2025 – uppföljning per tertial 2"),
        Para("Nämndens åtgärder är kodade efter nämnd, målområde, mål och löpnummer."),
        Table((
            ("Kod", "Åtgärd", "Status", "Kommentar"),
            ("SN 1.1.1", "Samordnad individuell plan i alla ärenden med LSS och missbruk", "Pågår",
             "Används i 70 procent av ärendena."),
            ("SN 1.1.2", "Gemensam mottagning för barn och unga", "Klar", "Öppnade i februari."),
            ("SN 2.1.1", "Nytt verksamhetssystem för försörjningsstöd", "Försenad",
             "Leverantören har begärt förlängd tid."),
            ("SN 2.2.1", "Digitala ansökningar om ekonomiskt bistånd", "Ej påbörjad",
             "Startar efter systembytet."),
            ("SN 3.2.1", "Kompetensutveckling i motiverande samtal", "Klar", ""),
            ("SN 3.2.2", "Handledning för familjehem", "Pausad", "Vakant tjänst som familjehemssekreterare."),
        ), (60.0, 210.0, 65.0, 145.0)),
    ),
    expected=(
        E("SN 1.1.1", "measure", "in_progress"),
        E("SN 1.1.2", "measure", "completed"),
        E("SN 2.1.1", "measure", "in_progress"),
        E("SN 2.2.1", "measure", "not_started"),
        E("SN 3.2.1", "measure", "completed"),
        E("SN 3.2.2", "measure", "on_hold"),
    ),
    notes="Ids are nämnd codes with a letter prefix and three levels ('SN 3.2.1'); all rows are åtgärder, no "
          "parent rows are printed, so parent is null. Försenad → in_progress, Pausad → on_hold.",
)

SUMMARY_MATRIX = Report(
    name="heldout4_summary_matrix_then_details",
    style="heldout4-summary-matrix",
    blocks=(
        Title("Uppföljning av handlingsplan för trygghet och brottsförebyggande arbete 2025"),
        Heading("Sammanfattning", 2),
        Para("Tabellen visar antalet åtgärder per insatsområde och status. Varje åtgärd redovisas därefter "
             "för sig."),
        Table((
            ("Insatsområde", "Genomförd", "Pågår", "Ej påbörjad", "Totalt"),
            ("1. Trygga offentliga miljöer", "2", "1", "0", "3"),
            ("2. Barn och unga", "1", "1", "1", "3"),
            ("Summa", "3", "2", "1", "6"),
        ), (170.0, 70.0, 60.0, 75.0, 55.0)),
        Heading("Redovisning per åtgärd", 2),
        Heading("Insatsområde 1. Trygga offentliga miljöer", 2),
        Para("1.1 Belysning i gång- och cykeltunnlar", bold=True),
        Para("Genomförd. Alla tolv tunnlar har fått ny belysning.", lead="Status:"),
        Para("1.2 Trygghetsvandringar i alla kommundelar", bold=True),
        Para("Genomförd. Vandringar har gjorts i sex kommundelar.", lead="Status:"),
        Para("1.3 Kameraövervakning på resecentrum", bold=True),
        Para("Pågår. Tillstånd har beviljats och kamerorna monteras i november.", lead="Status:"),
        Heading("Insatsområde 2. Barn och unga", 2),
        Para("2.1 Fältassistenter på kvällar och helger", bold=True),
        Para("Genomförd. Två fältassistenter är anställda.", lead="Status:"),
        Para("2.2 Föräldravandringar", bold=True),
        Para("Pågår. Vandringar sker varje fredag under terminerna.", lead="Status:"),
        Para("2.3 Samverkan skola–socialtjänst–polis (SSPF)", bold=True),
        Para("Ej påbörjad. Starten är flyttad till våren 2026.", lead="Status:"),
    ),
    expected=(
        E("1.1", "measure", "completed"),
        E("1.2", "measure", "completed"),
        E("1.3", "measure", "in_progress"),
        E("2.1", "measure", "completed"),
        E("2.2", "measure", "in_progress"),
        E("2.3", "measure", "not_started"),
    ),
    notes="The summary table counts åtgärder per insatsområde and status; its rows (1., 2., Summa) are areas, not "
          "items, and its numbers are counts. The status of each åtgärd is in the detailed list. The insatsområden "
          "are groups, not items (they repeat as headings above the details).",
)

NESTED_GOALS = Report(
    name="heldout4_mal_delmal_aktiviteter",
    style="heldout4-nested-bullets",
    blocks=(
        Title("Uppföljning av miljöprogrammets handlingsplan 2025"),
        Para("Handlingsplanen är uppbyggd i mål, delmål och aktiviteter. Status redovisas för aktiviteterna."),
        Heading("Mål 1: Giftfri vardag", 1),
        Heading("Delmål 1.1: Giftfri förskola", 2),
        Bullets((
            "Inventering av leksaker och material på alla förskolor – genomförd",
            "Utbyte av madrasser och skötbäddar med PVC – pågår",
        )),
        Heading("Delmål 1.2: Minskad användning av engångsplast", 2),
        Bullets((
            "Engångsfria möten och evenemang i kommunens regi – genomförd",
            "Krav på returemballage i upphandlingar – ej påbörjad",
        )),
        Heading("Mål 2: Hållbara transporter", 1),
        Heading("Delmål 2.1: Fossilfri fordonsflotta 2030", 2),
        Bullets((
            "Byte av tjänstebilar till elbilar – pågår",
            "Laddinfrastruktur vid kommunhuset – genomförd",
        )),
    ),
    expected=(
        E("1", "goal", "unknown"),
        E("1.1", "goal", "unknown", parent="1"),
        E(None, "activity", "completed", parent="1.1", title="Inventering av leksaker och material"),
        E(None, "activity", "in_progress", parent="1.1", title="Utbyte av madrasser och skötbäddar"),
        E("1.2", "goal", "unknown", parent="1"),
        E(None, "activity", "completed", parent="1.2", title="Engångsfria möten och evenemang"),
        E(None, "activity", "not_started", parent="1.2", title="Krav på returemballage i upphandlingar"),
        E("2", "goal", "unknown"),
        E("2.1", "goal", "unknown", parent="2"),
        E(None, "activity", "in_progress", parent="2.1", title="Byte av tjänstebilar till elbilar"),
        E(None, "activity", "completed", parent="2.1", title="Laddinfrastruktur vid kommunhuset"),
    ),
    notes="Mål → Delmål → bulleted aktiviteter; only the aktiviteter have a status (after an en dash). Goals and "
          "delmål are items with category unknown, as the README's rule for goal headings over activities; delmål "
          "is kind goal. The activities are unnumbered: their parent is the delmål's id.",
)

PAREN_HEADINGS = Report(
    name="heldout4_status_word_in_parentheses",
    style="heldout4-paren-heading",
    blocks=(
        Title("Handlingsplan för ett tillgängligt Ekeby – uppföljning hösten 2025"),
        Para("Åtgärdernas status anges inom parentes efter rubriken."),
        Heading("Åtgärd 1. Tillgänglighetsanpassade busshållplatser (Klar)", 2),
        Para("Samtliga 24 hållplatser längs linje 3 har fått höjda kanter och taktila plattor."),
        Heading("Åtgärd 2. Hörslingor i kommunens mötesrum (Pågående)", 2),
        Para("Hörslingor finns i 8 av 15 rum. Resten installeras under våren."),
        Heading("Åtgärd 3. Lättläst information om kommunens tjänster (Ej påbörjad)", 2),
        Para("Arbetet startar när den nya webbplatsen är lanserad."),
        Heading("Åtgärd 4. Ledsagning vid kulturevenemang (Delvis klar)", 2),
        Para("Ledsagning erbjuds på stadsteatern men ännu inte på konserthuset."),
        Heading("Åtgärd 5. Inventering av lekplatser (Avslutad)", 2),
        Para("Inventeringen avbröts när ansvaret flyttades till fastighetsbolaget."),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "not_started"),
        E("4", "measure", "partially_completed"),
        E("5", "measure", "closed"),
    ),
    notes="A bare status word in parentheses closes each numbered heading ('(Klar)', no 'Status:'); the earlier "
          "rounds had '(Status: Genomförd)' and lower-case words after bullets. 5: 'Avslutad' → closed (the body "
          "says it was stopped when the responsibility moved — arguably handled_elsewhere; the heading decides).",
)

BRACKET_TAGS = Report(
    name="heldout4_bracket_tags",
    style="heldout4-bracket-tag",
    blocks=(
        Title("IT-avdelningens handlingsplan för informationssäkerhet – lägesrapport oktober 2025"),
        Para("Status anges med en tagg i hakparentes: [KLAR], [PÅGÅR], [EJ STARTAD] eller [PAUSAD]."),
        Para("Uppdrag 1 Tvåfaktorsinloggning för alla medarbetare [KLAR]", bold=True),
        Para("Infört i september för samtliga 2 300 konton."),
        Para("Uppdrag 2 Klassning av informationstillgångar [PÅGÅR]", bold=True),
        Para("Fyra av sju förvaltningar har klassat sina system."),
        Para("Uppdrag 3 Incidentövning med krisledningen [EJ STARTAD]", bold=True),
        Para("Övningen planeras till mars 2026."),
        Para("Uppdrag 4 Utbildning i säkerhetsmedvetande [PÅGÅR]", bold=True),
        Para("E-kursen är lanserad, 61 procent har genomfört den."),
        Para("Uppdrag 5 Ny loggserver [PAUSAD]", bold=True),
        Para("Upphandlingen är överprövad."),
    ),
    expected=(
        E("1", "assignment", "completed"),
        E("2", "assignment", "in_progress"),
        E("3", "assignment", "not_started"),
        E("4", "assignment", "in_progress"),
        E("5", "assignment", "on_hold"),
    ),
    notes="Status as a bracketed capital tag at the end of the bold item line; the legend in the intro lists "
          "the four tags. '61 procent har genomfört den' (4) is about staff, not the item's progress.",
)

GENOMFORT_FIELDS = Report(
    name="heldout4_genomfort_ja_nej_klart_datum",
    style="heldout4-genomfort-field",
    blocks=(
        Title("Kultur- och fritidsnämnden – uppföljning av åtgärdsplan för föreningsstöd 2025"),
        Para("För varje åtgärd anges om den är genomförd och när den blev eller ska bli klar."),
        Para("Åtgärd 1: Nytt digitalt ansökningssystem för föreningsbidrag", bold=True),
        Para("Ja", lead="Genomfört:"),
        Para("2025-06", lead="Klart:"),
        Para("Åtgärd 2: Översyn av taxor för idrottshallar", bold=True),
        Para("Delvis", lead="Genomfört:"),
        Para("2025-12", lead="Klart senast:"),
        Para("Taxorna för fullstora hallar är beslutade, övriga hallar återstår.", lead="Kommentar:"),
        Para("Åtgärd 3: Riktlinjer för lokalbokning", bold=True),
        Para("Nej", lead="Genomfört:"),
        Para("2026-06", lead="Klart senast:"),
        Para("Ett första utkast är skickat på remiss till föreningarna.", lead="Kommentar:"),
        Para("Åtgärd 4: Stöd till föreningar för unga med funktionsnedsättning", bold=True),
        Para("Nej", lead="Genomfört:"),
        Para("2026-12", lead="Klart senast:"),
        Para("Arbetet har inte påbörjats.", lead="Kommentar:"),
        Para("Åtgärd 5: Gemensam kalender för föreningarnas aktiviteter", bold=True),
        Para("Ja", lead="Genomfört:"),
        Para("2025-03", lead="Klart:"),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "partially_completed"),
        E("3", "measure", "in_progress"),
        E("4", "measure", "not_started"),
        E("5", "measure", "completed"),
    ),
    notes="'Genomfört: Ja/Delvis/Nej' is the status; 'Klart: 2025-06' dates the completion, 'Klart senast: "
          "2026-06' is a deadline (not done). For 'Nej' the comment decides: a first draft sent on remiss to the "
          "associations → in_progress (the guidelines are being written; proposal_submitted is debatable, but a "
          "remiss draft is a step of the work, not the finished proposal handed to the nämnd), 'har inte "
          "påbörjats' → not_started.",
)

TENSE_TRAPS = Report(
    name="heldout4_tense_negation_traps",
    style="heldout4-tense-traps",
    blocks=(
        Title("Uppföljning av handlingsplan för minskad klimatpåverkan från kommunens fastigheter 2025"),
        Para("Fastighetsavdelningen redovisar läget för planens åtta åtgärder."),
        Para("Åtgärd 1: Solceller på Norrskolans tak", bold=True),
        Para("Åtgärden ska genomföras under 2026 när takbytet är klart.", lead="Status och kommentar:"),
        Para("Åtgärd 2: Energikartläggning av äldreboendena", bold=True),
        Para("Kartläggningen planeras att påbörjas i höst.", lead="Status och kommentar:"),
        Para("Åtgärd 3: Byte till LED-belysning i sporthallarna", bold=True),
        Para("Bytet har ännu inte avslutats; två av fem hallar återstår.", lead="Status och kommentar:"),
        Para("Åtgärd 4: Styr- och reglersystem i förskolorna", bold=True),
        Para("Arbetet är i stort sett klart, endast injustering återstår.", lead="Status och kommentar:"),
        Para("Åtgärd 5: Fjärrvärme till Lövsta idrottsplats", bold=True),
        Para("Anslutningen färdigställdes aldrig eftersom fjärrvärmebolaget drog tillbaka sitt erbjudande.",
             lead="Status och kommentar:"),
        Para("Åtgärd 6: Bergvärme i stadshuset", bold=True),
        Para("Åtgärden kommer inte att genomföras; stadshuset ska säljas.", lead="Status och kommentar:"),
        Para("Åtgärd 7: Laddstolpar vid alla förskolor", bold=True),
        Para("Avvaktar beslut om investeringsbudget för 2026.", lead="Status och kommentar:"),
        Para("Åtgärd 8: Återbruk av byggmaterial vid renoveringar", bold=True),
        Para("Rutinen är klar sedan september; ingen renovering har ännu hunnit använda den.",
             lead="Status och kommentar:"),
    ),
    expected=(
        E("1", "measure", "not_started"),
        E("2", "measure", "not_started"),
        E("3", "measure", "in_progress"),
        E("4", "measure", "partially_completed"),
        E("5", "measure", "closed"),
        E("6", "measure", "closed"),
        E("7", "measure", "on_hold"),
        E("8", "measure", "completed"),
    ),
    notes="Tense and negation: 'ska genomföras under 2026' and 'planeras att påbörjas' → not_started; 'har ännu "
          "inte avslutats' (work going on, two of five left) → in_progress; 'i stort sett klart, endast "
          "injustering återstår' → partially_completed (nearly done, not done; completed is defensible); "
          "'färdigställdes aldrig' (abandoned) and 'kommer inte att genomföras' (cancelled) → closed; 'Avvaktar "
          "beslut' → on_hold. 8: 'Rutinen är klar sedan september' → completed; the negation after it "
          "('ingen renovering har ännu hunnit använda den') is about use, not the åtgärd.",
)

INSATSOMRADE_RESTART = Report(
    name="heldout4_insatsomrade_restart",
    style="heldout4-insatsomrade-restart",
    blocks=(
        Title("Handlingsplan för jämställdhet 2024–2026 – uppföljning 2025"),
        Para("Planen har tre insatsområden. Åtgärderna numreras inom varje insatsområde."),
        Heading("Insatsområde A – Jämställd service", 1),
        Para("Åtgärd 1: Könsuppdelad statistik i alla verksamhetsberättelser", bold=True),
        Para("Genomförd", lead="Status:"),
        Para("Åtgärd 2: Jämställdhetsanalys av föreningsbidragen", bold=True),
        Para("Pågår", lead="Status:"),
        Heading("Insatsområde B – Jämställd arbetsgivare", 1),
        Para("Åtgärd 1: Lönekartläggning med handlingsplan", bold=True),
        Para("Genomförd", lead="Status:"),
        Para("Åtgärd 2: Heltid som norm i kvinnodominerade yrken", bold=True),
        Para("Pågår", lead="Status:"),
        Para("Åtgärd 3: Chefsprogram med jämställdhetsfokus", bold=True),
        Para("Ej påbörjad", lead="Status:"),
        Heading("Insatsområde C – Mäns våld mot kvinnor", 1),
        Para("Åtgärd 1: Utbildning om våld i nära relationer för all personal i hemtjänsten", bold=True),
        Para("Pågår", lead="Status:"),
        Para("Åtgärd 2: Samverkansrutin med kvinnojouren", bold=True),
        Para("Genomförd", lead="Status:"),
    ),
    expected=(
        E(None, "measure", "completed", title="Könsuppdelad statistik i alla verksamhetsberättelser"),
        E(None, "measure", "in_progress", title="Jämställdhetsanalys av föreningsbidragen"),
        E(None, "measure", "completed", title="Lönekartläggning med handlingsplan"),
        E(None, "measure", "in_progress", title="Heltid som norm i kvinnodominerade yrken"),
        E(None, "measure", "not_started", title="Chefsprogram med jämställdhetsfokus"),
        E(None, "measure", "in_progress", title="Utbildning om våld i nära relationer"),
        E(None, "measure", "completed", title="Samverkansrutin med kvinnojouren"),
    ),
    notes="'Åtgärd 1:' restarts in each lettered Insatsområde, so ids are null and titles match (README). The "
          "insatsområden are groups.",
)

STATUS_BEFORE_TITLE = Report(
    name="heldout4_status_line_before_title",
    style="heldout4-status-before-title",
    blocks=(
        Title("Vård- och omsorgsförvaltningen – uppföljning av förbättringsplan 2025"),
        Para("Utskrift ur förvaltningens planeringsverktyg. Statusen visas ovanför varje aktivitet."),
        Para("Status: Genomförd"),
        Para("Aktivitet 1 – Fallpreventiva team på särskilda boenden", bold=True),
        Para("Teamen arbetar sedan februari på alla sex boenden."),
        Para("Status: Pågår"),
        Para("Aktivitet 2 – Nattfasta under elva timmar", bold=True),
        Para("Måltidsrutinerna ändras på ett boende i taget."),
        Para("Status: Ej påbörjad"),
        Para("Aktivitet 3 – Digitala läkemedelsskåp", bold=True),
        Para("Väntar på beslut om finansiering från regionen."),
        Para("Status: Genomförd"),
        Para("Aktivitet 4 – Kontaktmannaskap i hemtjänsten", bold=True),
        Para("Ny rutin gäller från 1 april."),
        Para("Status: Pågår"),
        Para("Aktivitet 5 – Språkombud på varje enhet", bold=True),
        Para("Språkombud är utsedda på tolv av femton enheter."),
    ),
    expected=(
        E("1", "activity", "completed"),
        E("2", "activity", "in_progress"),
        E("3", "activity", "not_started"),
        E("4", "activity", "completed"),
        E("5", "activity", "in_progress"),
    ),
    notes="The 'Status:' line comes BEFORE each activity's title (the tool prints the status badge above the "
          "card); the intro says so. Read naively, each status belongs to the previous activity. 3: 'Väntar på "
          "beslut' in the comment, but the status line says Ej påbörjad.",
)

TAB_CRLF = Report(
    name="heldout4_tab_separated_crlf",
    style="heldout4-tab-crlf",
    text_newline="\r\n",
    blocks=(
        Title("Uppföljning av handlingsplan för ökad digital delaktighet 2025"),
        Para("Listan är exporterad ur uppföljningsarket."),
        Table((
            ("Nr", "Åtgärd", "Ansvarig", "Status"),
            ("1", "Digitala fixarträffar för seniorer på biblioteken", "Kulturchef", "Genomförd"),
            ("2", "Lånedatorer och surfplattor i medborgarkontoren", "Kontaktcenter", "Pågår"),
            ("3", "Kurs i BankID och e-legitimation för nyanlända", "SFI-rektor", "Ej påbörjad"),
            ("4", "Wifi i alla allmänna lokaler", "IT-chef", "Delvis genomförd"),
            ("5", "Digitalt stöd i hemtjänsten", "Hemtjänstchef", "Pågår"),
            ("6", "Kampanj om digitala tjänster i lokaltidningen", "Kommunikationschef", "Avslutad"),
        ), (30.0, 250.0, 100.0, 100.0), text_tabs=True),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "not_started"),
        E("4", "measure", "partially_completed"),
        E("5", "measure", "in_progress"),
        E("6", "measure", "closed"),
    ),
    notes="The dump is a sheet pasted as text: one line per row, cells joined by tabs, Windows line endings "
          "(\\r\\n). The PDF is an ordinary ruled table.",
)

WORD_BOLD_TITLES = Report(
    name="heldout4_word_bold_titles_no_numbers",
    style="heldout4-word-bold-titles",
    font="Times",
    blocks=(
        Title("Uppföljning av handlingsplan för minskad ensamhet bland unga 2025"),
        Para("Nedan redovisas läget för handlingsplanens åtgärder."),
        Heading("Åtgärder", 1),
        Para("Mötesplats för unga vuxna i centrum", bold=True),
        Para("Mötesplatsen öppnade i mars och har i genomsnitt 35 besökare per kväll. Status: Genomförd."),
        Para("Samtalsgrupper i skolorna", bold=True),
        Para("Grupperna leds av kuratorer och finns på tre av fem högstadieskolor. Status: Pågår."),
        Para("Chattjour med fritidsgårdarna", bold=True),
        Para("Bemanningen är inte löst. Status: Ej påbörjad."),
        Para("Fadderverksamhet för nyinflyttade unga", bold=True),
        Para("Verksamheten lades ner efter ett år på grund av för få deltagare. Status: Avslutad."),
        Para("Kartläggning av ensamhet i Lupp-enkäten", bold=True),
        Para("Frågorna ingår i årets enkät och resultatet kommer i december. Status: Pågår."),
    ),
    expected=(
        E(None, "measure", "completed", title="Mötesplats för unga vuxna i centrum"),
        E(None, "measure", "in_progress", title="Samtalsgrupper i skolorna"),
        E(None, "measure", "not_started", title="Chattjour med fritidsgårdarna"),
        E(None, "measure", "closed", title="Fadderverksamhet för nyinflyttade unga"),
        E(None, "measure", "in_progress", title="Kartläggning av ensamhet i Lupp-enkäten"),
    ),
    notes="A Word document whose list numbering was lost in the export: items are only bold title lines (only "
          "the PDF shows bold; the dump has short lines separated by blank lines) under the heading 'Åtgärder', "
          "the status as the last sentence of the paragraph ('Status: Pågår.'). Set in Times.",
)

NEWSLETTER = Report(
    name="heldout4_newsletter_two_columns",
    style="heldout4-newsletter",
    columns=2,
    footer=True,
    blocks=(
        Title("Nyhetsbrev nr 3 – Så går det med Ung fritid"),
        Para("I det här numret berättar vi hur det går med handlingsplanens sex insatser för en meningsfull "
             "fritid för unga i Åsby kommun."),
        Heading("Insats 1. Fritidsbank i Åsby centrum", 2),
        Para("Fritidsbanken öppnade i maj och har redan lånat ut 1 200 prylar.", lead="Läget:"),
        Para("Genomförd", lead="Status:"),
        Heading("Insats 2. Sommarlovsaktiviteter", 2),
        Para("Årets program lockade 900 unga. Planeringen för nästa sommar har börjat.", lead="Läget:"),
        Para("Pågår", lead="Status:"),
        Heading("Insats 3. Idrottsskola för nyanlända", 2),
        Para("Tränare saknas, insatsen har inte kunnat starta.", lead="Läget:"),
        Para("Ej påbörjad", lead="Status:"),
        ColumnBreak(),
        Heading("Insats 4. Öppen hall på fredagskvällar", 2),
        Para("Hallen är öppen två fredagar i månaden i stället för alla.", lead="Läget:"),
        Para("Delvis genomförd", lead="Status:"),
        Heading("Insats 5. Fritidspeng", 2),
        Para("Frågan utreds av kultur- och fritidsförvaltningen inom budgetarbetet.", lead="Läget:"),
        Para("Överförd till budgetprocessen", lead="Status:"),
        Heading("Insats 6. Ungdomsråd", 2),
        Para("Rådet har haft två möten. Nästa möte är i november.", lead="Läget:"),
        Para("Pågår", lead="Status:"),
        Para("Har du frågor? Kontakta fritidsstrateg Sara Lind, sara.lind@asby.se."),
    ),
    expected=(
        E("1", "effort", "completed"),
        E("2", "effort", "in_progress"),
        E("3", "effort", "not_started"),
        E("4", "effort", "partially_completed"),
        E("5", "effort", "handled_elsewhere"),
        E("6", "effort", "in_progress"),
    ),
    notes="A two-column newsletter; items 1–3 in the left column, 4–6 in the right (the dump puts them side by "
          "side). 'Överförd till budgetprocessen' → handled_elsewhere.",
)

WIDE_SPLIT = Report(
    name="heldout4_wide_sheet_two_pages",
    style="heldout4-wide-split",
    footer=True,
    blocks=(
        Title("Handlingsplan för klimatanpassning – uppföljning 2025 (utskrift av planeringsblad)"),
        Para("Bladet är för brett för en sida. Kolumnen Nr upprepas på sida 2, där status och kommentar står."),
        Table((
            ("Nr", "Åtgärd", "Ansvarig", "Start", "Slut", "Budget tkr"),
            ("1", "Skyfallskartering av tätorterna", "Samhällsbyggnad", "2024-01", "2025-03", "850"),
            ("2", "Översvämningsskydd vid Åsträsk reningsverk", "VA-avdelningen", "2024-06", "2026-09", "6 200"),
            ("3", "Skuggande träd på skolgårdar", "Parkenheten", "2025-03", "2027-10", "1 100"),
            ("4", "Värmeplan för äldreboenden", "Vård och omsorg", "2025-01", "2025-06", "150"),
            ("5", "Riskanalys för ras och skred längs Lillälven", "Räddningstjänsten", "2026-01", "2026-12",
             "400"),
        ), (30.0, 200.0, 100.0, 50.0, 50.0, 55.0)),
        PageBreak(),
        Table((
            ("Nr", "Status", "Kommentar"),
            ("1", "Genomförd", "Kartorna är publicerade i kommunens kartportal."),
            ("2", "Pågår", "Projektering klar, byggstart våren 2026."),
            ("3", "Delvis genomförd", "Planterat på fyra av tio skolgårdar."),
            ("4", "Genomförd", "Planen gäller från sommaren 2025."),
            ("5", "Ej påbörjad", "Startar enligt plan 2026."),
        ), (30.0, 100.0, 355.0)),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "partially_completed"),
        E("4", "measure", "completed"),
        E("5", "measure", "not_started"),
    ),
    notes="A wide sheet printed over two pages: page 1 has Nr, Åtgärd and planning columns, page 2 repeats Nr "
          "with Status and Kommentar. The status is joined to the item by Nr. 2's comment 'Projektering klar' is "
          "about a phase.",
)

INTERNKONTROLL = Report(
    name="heldout4_internkontroll_atgardad",
    style="heldout4-atgardad",
    blocks=(
        Title("Uppföljning av åtgärder efter internkontroll 2024 – Tekniska nämnden"),
        Para("Internkontrollen 2024 visade brister inom fyra kontrollmoment. Nämnden beslutade om åtgärder; "
             "tabellen visar om bristerna är åtgärdade."),
        Table((
            ("Kontrollmoment", "Åtgärd", "Status december 2025"),
            ("Attest av leverantörsfakturor", "Ny attestordning med beloppsgränser", "Åtgärdad"),
            ("Avtalstrohet vid inköp", "Utbildning för beställare i avtalskatalogen", "Delvis åtgärdad"),
            ("Hantering av nycklar och passerkort", "Digitalt nyckelregister", "Ej åtgärdad"),
            ("Bisysslor", "Årlig påminnelse och redovisning till nämnden", "Åtgärdad"),
            ("Fordonsjournaler", "Elektroniska körjournaler i alla bilar", "Åtgärd pågår"),
        ), (140.0, 210.0, 130.0)),
    ),
    expected=(
        E(None, "measure", "completed", title="Ny attestordning med beloppsgränser"),
        E(None, "measure", "partially_completed", title="Utbildning för beställare i avtalskatalogen"),
        E(None, "measure", "not_started", title="Digitalt nyckelregister"),
        E(None, "measure", "completed", title="Årlig påminnelse och redovisning till nämnden"),
        E(None, "measure", "in_progress", title="Elektroniska körjournaler i alla bilar"),
    ),
    notes="Rows led by the control point (Kontrollmoment), the åtgärd in the second column: the item is the row's "
          "åtgärd (kind measure from the 'Åtgärd' header), titled by the Åtgärd cell; the Kontrollmoment is its "
          "context (a title starting with it would also be fair; the scorer matches one start). Åtgärdad "
          "→ completed, Delvis åtgärdad → partially_completed, Ej åtgärdad → not_started, Åtgärd pågår → "
          "in_progress. Kind measure from the 'Åtgärd' header.",
)

NEGATIVE_VERKSAMHETSPLAN = Report(
    name="heldout4_negative_verksamhetsplan_2026",
    style="heldout4-negative",
    no_items=True,
    expected=(),
    blocks=(
        Title("Verksamhetsplan 2026 – Miljö- och byggnämnden"),
        Para("Antagen av miljö- och byggnämnden 2025-11-20, § 141."),
        Heading("Inledning", 2),
        Para("Verksamhetsplanen beskriver hur nämnden ska bidra till kommunfullmäktiges mål under 2026. "
             "Åtgärderna nedan ska genomföras under året och följs upp i delårsrapporten och "
             "verksamhetsberättelsen."),
        Heading("Planerade åtgärder", 2),
        Table((
            ("Nr", "Åtgärd", "Ansvarig", "Tidplan"),
            ("1", "Digital bygglovsprocess från ansökan till beslut", "Bygglovschef", "Kv 1–3"),
            ("2", "Tillsynsplan för förorenade områden", "Miljöchef", "Kv 2"),
            ("3", "Servicemätning bland företagare (Insikt)", "Förvaltningschef", "Helår"),
            ("4", "Kortare handläggningstid för strandskyddsdispenser", "Miljöchef", "Kv 3–4"),
            ("5", "Kompetensutveckling i nya PBL-reglerna", "Bygglovschef", "Kv 1"),
        ), (30.0, 250.0, 100.0, 100.0)),
        Heading("Ekonomi", 2),
        Para("Nämndens budgetram för 2026 är 38,4 miljoner kronor, en ökning med 2,1 procent."),
    ),
    notes="Next year's plan: five planned åtgärder with Ansvarig and Tidplan and no status at all ('ska "
          "genomföras under året'). Judgement: no items — the document is a plan, not a follow-up; nothing has "
          "been followed up yet. Closest precedent: negative_directive (tasks for the future, no items) and "
          "heldout3's remissvar. Listing the five with category unknown would be the alternative reading.",
)

NEGATIVE_PROTOKOLL = Report(
    name="heldout4_negative_protokollsutdrag",
    style="heldout4-negative",
    no_items=True,
    expected=(),
    blocks=(
        Title("Protokollsutdrag – Kommunstyrelsen 2025-10-13"),
        Para("§ 187     Dnr KS 2025/204"),
        Heading("Uppföljning av handlingsplan för ett hållbart arbetsliv 2024–2026", 2),
        Heading("Kommunstyrelsens beslut", 2),
        Para("1. Kommunstyrelsen godkänner uppföljningen och lägger den till handlingarna."),
        Para("2. Kommunstyrelsen uppdrar åt kommundirektören att återkomma med en reviderad tidplan för "
             "åtgärderna som inte har påbörjats."),
        Heading("Sammanfattning av ärendet", 2),
        Para("Handlingsplanen innehåller tolv åtgärder. Av dessa är åtta genomförda, tre pågår och en har inte "
             "påbörjats. Den åtgärd som inte har påbörjats gäller friskvårdstimmen, som avvaktar "
             "centrala förhandlingar."),
        Heading("Beslutsunderlag", 2),
        Bullets((
            "Tjänsteskrivelse 2025-09-22",
            "Uppföljning av handlingsplan för ett hållbart arbetsliv, september 2025",
        )),
        Para("Justerandes signatur: ______     Utdragsbestyrkande: ______"),
    ),
    notes="An extract of minutes on the follow-up: the decision points 1–2 are decisions, and the summary only "
          "counts statuses (8 genomförda, 3 pågår, 1 ej påbörjad); the follow-up itself is an attachment not "
          "included. No items.",
)

REPORTS = (
    REGIONAL_INDIKATOR, GENOMFORANDEGRAD_PERCENT, DELMAL_KLARA, DIARIE_CODES, NAMND_CODES, SUMMARY_MATRIX,
    NESTED_GOALS, PAREN_HEADINGS, BRACKET_TAGS, GENOMFORT_FIELDS, TENSE_TRAPS, INSATSOMRADE_RESTART,
    STATUS_BEFORE_TITLE, TAB_CRLF, WORD_BOLD_TITLES, NEWSLETTER, WIDE_SPLIT, INTERNKONTROLL,
    NEGATIVE_VERKSAMHETSPLAN, NEGATIVE_PROTOKOLL,
)
