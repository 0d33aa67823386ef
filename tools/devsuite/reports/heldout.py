"""Held-out reports: styles and wordings the other modules do not have, written by a second author.

They imitate next year's follow-ups as officials write them in Word or export them from planning systems
(Stratsys, Hypergene, Excel): other field names, other status scales, English words, checklists, status in
parentheses, sub-items lettered "1.a", and negatives (a meeting protocol, an invitation). Every answer is
written by hand from what the page says.
"""

from __future__ import annotations

from devsuite.spec import Bullets, Expected, Heading, PageBreak, Para, Report, Split, Table, Title

E = Expected
# Column widths (points) of a Nr | text | status table with a wide text column.
NR_TEXT_STATUS = (40.0, 320.0, 120.0)

ATGARD_NULAGE = Report(
    name="heldout_atgard_nulage_nasta_steg",
    style="heldout-nulage-nasta-steg",
    blocks=(
        Title("Uppföljning av handlingsplan för minskad ensamhet bland äldre 2025"),
        Para("Handlingsplanen antogs av vård- och omsorgsnämnden i mars 2024 och innehåller fyra åtgärder."),
        Heading("Åtgärd 1 – Träffpunkter i varje kommundel", 2),
        Para("Träffpunkterna i Norr, Söder och Centrum är öppna fem dagar i veckan. Åtgärden är genomförd.",
             lead="Nuläge:"),
        Para("Följa upp besöksantalet under 2026.", lead="Nästa steg:"),
        Heading("Åtgärd 2 – Väntjänst i samverkan med kyrkan", 2),
        Para("Ett samverkansavtal är skrivet och de första volontärerna rekryteras just nu.", lead="Nuläge:"),
        Para("Utbilda volontärerna och starta besöken i februari.", lead="Nästa steg:"),
        Heading("Åtgärd 3 – Digital fika via surfplatta", 2),
        Para("Ingenting har gjorts ännu; åtgärden har inte påbörjats.", lead="Nuläge:"),
        Para("Upphandla surfplattor när budgeten för 2026 är beslutad.", lead="Nästa steg:"),
        Heading("Åtgärd 4 – Uppsökande samtal till 80-åringar", 2),
        Para("Samtalen har ringts till hälften av de 80-åringar som bor hemma. Åtgärden är delvis genomförd.",
             lead="Nuläge:"),
        Para("Ringa resterande under våren.", lead="Nästa steg:"),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "not_started"),
        E("4", "measure", "partially_completed"),
    ),
    notes="'Nästa steg:' is a plan, not a status: item 1 is completed even though a next step follows.",
)

GENOMFORANDEGRAD = Report(
    name="heldout_genomforandegrad_table",
    style="heldout-genomforandegrad",
    blocks=(
        Title("Revisionsuppföljning 2025 – åtgärder efter granskningen av bisysslor"),
        Para("Tabellen visar i vilken grad förvaltningen har genomfört de åtgärder som beslutades efter "
             "granskningen."),
        Table((
            ("Nr", "Åtgärd", "Genomförandegrad"),
            ("1", "Årlig påminnelse till alla anställda om att anmäla bisysslor", "Helt genomförd"),
            ("2", "Digital blankett för anmälan av bisyssla", "Helt genomförd"),
            ("3", "Chefer ska bedöma varje anmäld bisyssla inom en månad", "Delvis genomförd"),
            ("4", "Register över godkända bisysslor", "Ej genomförd"),
            ("5", "Utbildning för chefer i regelverket", "Delvis genomförd"),
        ), NR_TEXT_STATUS),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "completed"),
        E("3", "measure", "partially_completed"),
        E("4", "measure", "not_started"),
        E("5", "measure", "partially_completed"),
    ),
    notes="On a three-step scale Helt/Delvis/Ej genomförd, 'Ej genomförd' means nothing is done: not_started.",
)

STATUS_COLOUR_SWEDISH = Report(
    name="heldout_status_colour_swedish",
    style="heldout-status-colour-word",
    blocks=(
        Title("Folkhälsoplan 2024–2026, uppföljning december 2025"),
        Para("Statusfärgerna betyder: Grön – aktiviteten är klar. Gul – aktiviteten pågår. Röd – aktiviteten har "
             "inte startat.", lead="Så läser du uppföljningen:"),
        Para("Aktivitet 1. Rörelsepass på alla fritidshem", bold=True),
        Para("Status: Grön"),
        Para("Alla tolv fritidshem har rörelsepass två gånger i veckan."),
        Para("Aktivitet 2. Kostombud i förskolan", bold=True),
        Para("Status: Gul"),
        Para("Sex av tio förskolor har ett utsett kostombud."),
        Para("Aktivitet 3. Tobaksfri skoltid", bold=True),
        Para("Status: Röd"),
        Para("Frågan tas upp i rektorsgruppen i januari."),
        Para("Aktivitet 4. Simskola för nyanlända vuxna", bold=True),
        Para("Status: Grön"),
        Para("Två kurser med totalt 28 deltagare har hållits."),
    ),
    expected=(
        E("1", "activity", "completed"),
        E("2", "activity", "in_progress"),
        E("3", "activity", "not_started"),
        E("4", "activity", "completed"),
    ),
)

STATUS_COLOUR_ENGLISH = Report(
    name="heldout_status_rag_english",
    style="heldout-status-colour-word",
    blocks=(
        Title("Digitaliseringsprogrammet – statusrapport Q4 2025"),
        Para("Programkontoret rapporterar status med RAG-skalan: Green = klar eller enligt plan, Amber = pågår "
             "med risk för försening, Red = stoppad eller ej startad. Blue = avslutad och överlämnad till "
             "förvaltningen."),
        Table((
            ("Projekt", "RAG", "Kommentar"),
            ("E-tjänst för bygglov", "Blue", "Överlämnad till förvaltning i oktober."),
            ("Ny intranätplattform", "Amber", "Migreringen av innehåll ligger efter tidplanen."),
            ("Robotisering av lönehantering", "Red", "Inte startad; väntar på beslut om finansiering."),
            ("Wifi i alla äldreboenden", "Green", "Installationen pågår enligt plan."),
        ), (170.0, 60.0, 250.0)),
    ),
    expected=(
        E(None, "project", "closed", title="E-tjänst för bygglov"),
        E(None, "project", "in_progress", title="Ny intranätplattform"),
        E(None, "project", "not_started", title="Robotisering av lönehantering"),
        E(None, "project", "in_progress", title="Wifi i alla äldreboenden"),
    ),
    notes="English RAG colours with a Swedish legend. Blue = avslutad: closed. Green = klar eller enligt plan, and "
          "the comment says the work goes on: in_progress. Red: the comment says not started.",
)

CHECKLIST = Report(
    name="heldout_checklist_brackets",
    style="heldout-checklist",
    blocks=(
        Title("Checklista – handlingsplan för brandskydd i skolorna, läsåret 2025/26"),
        Para("[x] = genomförd     [ ] = ej påbörjad", lead="Teckenförklaring:"),
        Heading("Aktiviteter", 2),
        Para("[x] Utrymningsövning på alla skolor under höstterminen"),
        Para("[x] Brandskyddsombud utsedda på varje skola"),
        Para("[ ] Byte av brandvarnare i gymnastiksalarna"),
        Para("[x] Ny rutin för heta arbeten vid ombyggnad"),
        Para("[ ] Utbildning i brandskydd för vaktmästare"),
    ),
    expected=(
        E(None, "activity", "completed", title="Utrymningsövning på alla skolor"),
        E(None, "activity", "completed", title="Brandskyddsombud utsedda"),
        E(None, "activity", "not_started", title="Byte av brandvarnare"),
        E(None, "activity", "completed", title="Ny rutin för heta arbeten"),
        E(None, "activity", "not_started", title="Utbildning i brandskydd"),
    ),
    notes="The box before each line is its status; the legend says what a ticked and an empty box mean.",
)

VIDTAGEN = Report(
    name="heldout_atgarden_vidtagen",
    style="heldout-vidtagen",
    blocks=(
        Title("Redovisning av vidtagna åtgärder efter tillsyn av Inspektionen för vård och omsorg"),
        Para("IVO begärde i beslut den 12 maj 2025 att nämnden redovisar vilka åtgärder som vidtagits. "
             "Nedan redovisas varje åtgärd."),
        Para("Åtgärd 1. Journalföring inom 48 timmar", bold=True),
        Para("Samtliga handläggare har fått påminnelse och stickprov visar att kravet följs. Åtgärden är "
             "vidtagen."),
        Para("Åtgärd 2. Rutin för orosanmälningar", bold=True),
        Para("Rutinen är reviderad och beslutad av förvaltningschefen. Åtgärden är vidtagen."),
        Para("Åtgärd 3. Uppföljning av placerade barn", bold=True),
        Para("Uppföljningsbesök görs för de flesta placerade barn men inte ännu för barn placerade i annan "
             "kommun. Åtgärden är delvis vidtagen."),
        Para("Åtgärd 4. Extern handledning för socialsekreterare", bold=True),
        Para("Åtgärden är ännu inte vidtagen. Upphandlingen av handledare startar i januari 2026."),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "completed"),
        E("3", "measure", "partially_completed"),
        E("4", "measure", "not_started"),
    ),
)

LETTERED_SUBITEMS = Report(
    name="heldout_lettered_subitems_1a",
    style="heldout-number-letter-dot",
    blocks=(
        Title("Trafiksäkerhetsprogrammet – uppföljning 2025"),
        Para("Programmet har tre mål. Under varje mål finns åtgärder märkta med målets nummer och en bokstav."),
        Heading("Mål 1 Säkra skolvägar", 2),
        Para("1.a Hastighetsgräns 30 km/h vid alla skolor. Genomförd."),
        Para("1.b Gångfartsområde vid Ekbackens skola. Pågår, skyltning beställd."),
        Para("1.c Skolvägsplan för Hovs skola. Ej påbörjad."),
        Heading("Mål 2 Färre olyckor med cykel", 2),
        Para("2.a Vinterväghållning av prioriterade cykelstråk. Genomförd."),
        Para("2.b Belysning av cykeltunneln vid stationen. Avvaktar beslut om investeringsmedel."),
        Heading("Mål 3 Trygga busshållplatser", 2),
        Para("3.a Tillgänglighetsanpassning av tio hållplatser. Delvis genomförd, sex av tio klara."),
    ),
    expected=(
        E("1", "goal", "unknown"),
        E("1.a", "measure", "completed", parent="1"),
        E("1.b", "measure", "in_progress", parent="1"),
        E("1.c", "measure", "not_started", parent="1"),
        E("2", "goal", "unknown"),
        E("2.a", "measure", "completed", parent="2"),
        E("2.b", "measure", "on_hold", parent="2"),
        E("3", "goal", "unknown"),
        E("3.a", "measure", "partially_completed", parent="3"),
    ),
    notes="The intro names the lettered lines 'åtgärder'; the goal headings carry no status.",
)

MAL_DECIMAL = Report(
    name="heldout_mal_decimal_maluppfyllelse",
    style="heldout-mal-decimal",
    blocks=(
        Title("Miljöprogram 2030 – uppföljning av delmålen 2025"),
        Para("Miljöprogrammet har tre målområden. Varje mål följs upp med en bedömning av måluppfyllelsen."),
        Heading("Målområde 2 – Giftfri vardag", 1),
        Heading("Mål 2.1 Kemikaliesmart förskola", 2),
        Para("Uppfyllt. Alla förskolor har genomfört inventeringen och bytt ut leksaker och madrasser.",
             lead="Måluppfyllelse:"),
        Heading("Mål 2.2 Minskad användning av engångsplast", 2),
        Para("Delvis uppfyllt. Engångsplasten är borta i skolmåltiderna men finns kvar i hemtjänsten.",
             lead="Måluppfyllelse:"),
        Heading("Mål 2.3 Giftfria konstgräsplaner", 2),
        Para("Arbetet har inte påbörjats. Planerna ska inventeras 2026.", lead="Måluppfyllelse:"),
        Heading("Målområde 3 – Levande sjöar och vattendrag", 1),
        Heading("Mål 3.1 God ekologisk status i Lillsjön", 2),
        Para("Pågår. Fosforhalten har sjunkit men är fortfarande över gränsvärdet.", lead="Måluppfyllelse:"),
    ),
    expected=(
        E("2.1", "goal", "completed"),
        E("2.2", "goal", "partially_completed"),
        E("2.3", "goal", "not_started"),
        E("3.1", "goal", "in_progress"),
    ),
    notes="'Målområde 2' and 'Målområde 3' are goal areas (groups), not items.",
)

FIVE_COLUMNS = Report(
    name="heldout_five_column_tidplan",
    style="heldout-five-columns",
    blocks=(
        Title("Handlingsplan för kompetensförsörjning i förskolan – uppföljning ht 2025"),
        Para("Tabellen följer handlingsplanens uppställning med ansvarig och tidplan för varje åtgärd."),
        Table((
            ("Nr", "Åtgärd", "Ansvarig", "Tidplan", "Status"),
            ("1", "Kartlägga behovet av förskollärare till 2030", "HR-chef", "Q1 2025", "Klart ✔"),
            ("2", "Utbildningsplatser för barnskötare via Komvux", "Vuxenutbildningen", "vt 2026", "Pågår"),
            ("3", "Introduktionsprogram för nyanställda", "Förskolechefer", "ht 2025", "Klart ✔"),
            ("4", "Lönesatsning på erfarna förskollärare", "Förvaltningschef", "2026", "Ej påbörjat"),
            ("5", "Mentorer för nya förskollärare", "Förskolechefer", "Q3 2025", "Pausad"),
            ("6", "Marknadsföring på högskolor", "Kommunikatör", "Löpande", "Pågår"),
        ), (28.0, 200.0, 95.0, 60.0, 100.0)),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "completed"),
        E("4", "measure", "not_started"),
        E("5", "measure", "on_hold"),
        E("6", "measure", "in_progress"),
    ),
    notes="The Tidplan column holds quarters and terms (Q1 2025, vt 2026), not item numbers or statuses. The tick "
          "in 'Klart ✔' is a ZapfDingbats glyph; pdfplumber reads it as '4', the word Klart still gives the status.",
)

PAREN_STATUS = Report(
    name="heldout_status_in_parentheses",
    style="heldout-paren-status",
    blocks=(
        Title("Lägesrapport: Handlingsplan för ett rikare kulturliv 2025"),
        Para("Aktiviteterna listas med status inom parentes efter rubriken."),
        Heading("Aktiviteter för barn och unga", 2),
        Bullets((
            "Kulturgaranti för alla förskolebarn (genomförd)",
            "Sommarlovsteater i parkerna (pågår)",
            "Ungdomarnas egen kulturbudget (ej påbörjad)",
        )),
        Heading("Aktiviteter för vuxna", 2),
        Bullets((
            "Öppen ateljé på biblioteket (pågår)",
            "Konstvandring i industriområdet (avslutad)",
            "Kulturkort för seniorer (vilande)",
        )),
    ),
    expected=(
        E(None, "activity", "completed", title="Kulturgaranti för alla förskolebarn"),
        E(None, "activity", "in_progress", title="Sommarlovsteater i parkerna"),
        E(None, "activity", "not_started", title="Ungdomarnas egen kulturbudget"),
        E(None, "activity", "in_progress", title="Öppen ateljé på biblioteket"),
        E(None, "activity", "closed", title="Konstvandring i industriområdet"),
        E(None, "activity", "on_hold", title="Kulturkort för seniorer"),
    ),
)

HYPERGENE_PROGNOS = Report(
    name="heldout_hypergene_prognos",
    style="heldout-prognos-column",
    header="Hypergene     Rapport: Uppföljning aktiviteter     Period: 2025-08     Enhet: Samhällsbyggnad",
    blocks=(
        Title("Samhällsbyggnadsnämnden – delårsuppföljning av aktiviteter, augusti 2025"),
        Para("Kolumnen Prognos anger om aktiviteten bedöms bli klar till årets slut. Status anger läget nu."),
        Table((
            ("Aktivitet", "Status", "Prognos helår", "Kommentar"),
            ("Digitalisera detaljplanearkivet", "Pågår", "Klar", "70 procent av planerna är skannade."),
            ("Ny taxa för bygglov", "Klar", "Klar", "Taxan gäller från 1 juli."),
            ("Grönplan för centralorten", "Ej påbörjad", "Ej klar", "Flyttas till 2026."),
            ("Förstudie ny återvinningscentral", "Pågår", "Ej klar", "Markfrågan är inte löst."),
        ), (150.0, 70.0, 80.0, 180.0)),
    ),
    expected=(
        E(None, "activity", "in_progress", title="Digitalisera detaljplanearkivet"),
        E(None, "activity", "completed", title="Ny taxa för bygglov"),
        E(None, "activity", "not_started", title="Grönplan för centralorten"),
        E(None, "activity", "in_progress", title="Förstudie ny återvinningscentral"),
    ),
    notes="The status is the Status column; 'Prognos helår' is a forecast (Klar = will be done by year end).",
)

ATERRAPPORTERING = Report(
    name="heldout_aterrapportering_region",
    style="heldout-aterrapportering",
    blocks=(
        Title("Återrapportering av uppdrag från regionstyrelsen 2025"),
        Para("Regiondirektören återrapporterar här de uppdrag som regionstyrelsen har lämnat i budget 2025."),
        Heading("Uppdrag 1 (RS 2024/412): Utreda gemensam hjälpmedelscentral med kommunerna", 2),
        Para("Utredningen har genomförts och överlämnats till regionstyrelsen. Uppdraget är slutfört och "
             "avrapporteras härmed."),
        Heading("Uppdrag 2 (RS 2024/415): Minska väntetiderna inom barn- och ungdomspsykiatrin", 2),
        Para("Väntetiderna har minskat men vårdgarantin uppfylls ännu inte. Arbetet fortgår och uppdraget "
             "återrapporteras på nytt i delårsrapporten 2026."),
        Heading("Uppdrag 3 (RS 2025/033): Ta fram en regional strategi för civilsamhället", 2),
        Para("Ett förslag till strategi har skickats på remiss och lämnas till regionstyrelsen i december."),
        Heading("Uppdrag 4 (RS 2025/058): Pröva nattöppen vårdcentral i Västerby", 2),
        Para("Uppdraget är slutfört och avrapporteras härmed. Försöket pågick januari–juni och har utvärderats."),
    ),
    expected=(
        E("1", "assignment", "completed"),
        E("2", "assignment", "in_progress"),
        E("3", "assignment", "proposal_submitted"),
        E("4", "assignment", "completed"),
    ),
    notes="The diarienummer in parentheses (RS 2024/412) is a case number, not part of the item number. In 4 the "
          "past 'pågick' is the trial's history; the assignment is slutfört: completed.",
)

BEDOMS_GENOMFORT = Report(
    name="heldout_bedoms_vara_genomfort",
    style="heldout-bedoms",
    blocks=(
        Title("Uppföljning av kommunstyrelsens uppdrag i Mål och budget 2025"),
        Para("Uppdrag: Införa e-handel för alla förvaltningar", bold=True),
        Para("Samtliga förvaltningar beställer nu via e-handelssystemet. Uppdraget bedöms vara genomfört."),
        Para("Uppdrag: Ta fram en lokalförsörjningsplan", bold=True),
        Para("Planen omfattar skolor och förskolor men ännu inte äldreboenden. Uppdraget bedöms vara delvis "
             "genomfört."),
        Para("Uppdrag: Sänka sjukfrånvaron till under sju procent", bold=True),
        Para("Sjukfrånvaron var 7,4 procent. Insatserna fortsätter och uppdraget bedöms vara påbörjat."),
        Para("Uppdrag: Utreda samordnad varudistribution", bold=True),
        Para("Utredningen har inte startat. Uppdraget bedöms inte vara påbörjat."),
    ),
    expected=(
        E(None, "assignment", "completed", title="Införa e-handel för alla förvaltningar"),
        E(None, "assignment", "partially_completed", title="Ta fram en lokalförsörjningsplan"),
        E(None, "assignment", "in_progress", title="Sänka sjukfrånvaron"),
        E(None, "assignment", "not_started", title="Utreda samordnad varudistribution"),
    ),
    notes="Each item is labelled 'Uppdrag:' with no number, so items are matched by title.",
)

ANSVAR_TIDSPLAN = Report(
    name="heldout_ansvar_tidsplan_status",
    style="heldout-ansvar-tidsplan",
    blocks=(
        Title("Handlingsplan mot våld i nära relationer – uppföljning 2025"),
        Para("Aktivitet 1. Screening av våldsutsatthet i socialtjänstens utredningar", bold=True),
        Para("Individ- och familjeomsorgen", lead="Ansvar:"),
        Para("Klart senast Q2 2025", lead="Tidsplan:"),
        Para("Genomförd", lead="Status:"),
        Para("Aktivitet 2. Skyddat boende för män och hbtq-personer", bold=True),
        Para("Socialchef", lead="Ansvar:"),
        Para("Klart senast vt 2026", lead="Tidsplan:"),
        Para("Ej påbörjad", lead="Status:"),
        Para("Aktivitet 3. Utbildning av förskolepersonal om barn som upplever våld", bold=True),
        Para("Barn- och utbildningsförvaltningen", lead="Ansvar:"),
        Para("Löpande 2025–2026", lead="Tidsplan:"),
        Para("Pågår", lead="Status:"),
        Para("Aktivitet 4. Samverkansrutin med polisen", bold=True),
        Para("Kommunpolis och socialchef", lead="Ansvar:"),
        Para("Klart senast ht 2025", lead="Tidsplan:"),
        Para("Delvis genomförd", lead="Status:"),
    ),
    expected=(
        E("1", "activity", "completed"),
        E("2", "activity", "not_started"),
        E("3", "activity", "in_progress"),
        E("4", "activity", "partially_completed"),
    ),
    notes="'Tidsplan: Klart senast …' is a deadline, not a status; only the Status field is.",
)

ENGLISH_STATUS = Report(
    name="heldout_english_status_words",
    style="heldout-english-status",
    blocks=(
        Title("Handlingsplan för IT-säkerhet – uppföljning november 2025"),
        Para("Uppföljningen är exporterad från projektverktyget, där statusfältet är på engelska."),
        Table((
            ("Nr", "Åtgärd", "Status"),
            ("1", "Tvåfaktorsinloggning för alla anställda", "Done"),
            ("2", "Kryptering av bärbara datorer", "Ongoing"),
            ("3", "Incidentövning med krisledningen", "Not started"),
            ("4", "Byte av brandvägg i skolnätet", "On hold"),
            ("5", "Nätfiskeövning för personalen", "Completed"),
            ("6", "Klassning av informationstillgångar", "In progress"),
        ), NR_TEXT_STATUS),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "not_started"),
        E("4", "measure", "on_hold"),
        E("5", "measure", "completed"),
        E("6", "measure", "in_progress"),
    ),
)

HEADER_FOOTER = Report(
    name="heldout_municipal_header_footer",
    style="heldout-header-footer",
    header="Sjöviks kommun     Socialförvaltningen     Dnr SN 2025/117     2025-11-28",
    footer=True,
    blocks=(
        Title("Uppföljning av handlingsplan för hemtjänstens kvalitet"),
        Para("Socialnämnden beslutade 2024-06-12, § 88, om sex åtgärder. Här redovisas läget per åtgärd."),
        Para("1. Fast omsorgskontakt för alla brukare", bold=True),
        Para("Alla brukare har en namngiven fast omsorgskontakt. Åtgärden är genomförd."),
        Para("2. Digitala nyckelfria lås", bold=True),
        Para("Installationen av låsen pågår i alla hemtjänstgrupper."),
        Para("3. Kontinuitetsmätning varje månad", bold=True),
        Para("Mätningen har inte påbörjats eftersom verksamhetssystemet saknar funktionen."),
        PageBreak(),
        Para("4. Språkstöd för medarbetare", bold=True),
        Para("Språkombud finns i två av fyra grupper. Åtgärden är delvis genomförd."),
        Para("5. Brukarråd", bold=True),
        Para("Brukarrådet startade i april och har haft fyra möten. Klart."),
        Para("6. Ny organisation för nattpatrullen", bold=True),
        Para("Frågan hanteras i den kommunövergripande översynen av nattverksamheten."),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "not_started"),
        E("4", "measure", "partially_completed"),
        E("5", "measure", "completed"),
        E("6", "measure", "handled_elsewhere"),
    ),
    notes="The running header (kommun, Dnr, date) and the page numbers are page furniture; '§ 88' is a "
          "reference to a decision.",
)

BULLETED_NUMBERS = Report(
    name="heldout_numbered_inside_bullets",
    style="heldout-bullet-numbers",
    blocks=(
        Title("Uppföljning av åtgärdsplan för skolnärvaro"),
        Para("Åtgärdsplanen har fem åtgärder. Läget för var och en framgår av punktlistan."),
        Bullets((
            "1. Närvarosystem med sms till vårdnadshavare vid frånvaro – genomförd",
            "2. Närvaroteam på varje högstadieskola – pågår",
            "3. Samverkan med BUP kring problematisk frånvaro – påbörjad",
            "4. Kartläggning av frånvaron per årskurs – genomförd",
            "5. Föräldrautbildning om skolnärvaro – ej påbörjad",
        )),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "in_progress"),
        E("4", "measure", "completed"),
        E("5", "measure", "not_started"),
    ),
)

VERB_TENSES = Report(
    name="heldout_status_by_verb_tense",
    style="heldout-verb-tense",
    blocks=(
        Title("Redovisning av insatser i handlingsplanen för trygghet i Centrum"),
        Para("Insats 1: Ordningsvakter fredag och lördag kväll.", bold=True),
        Para("Ordningsvakterna har funnits på plats sedan mars och insatsen har genomförts enligt beslut."),
        Para("Insats 2: Trygghetsmätning bland invånarna.", bold=True),
        Para("Mätningen genomförs under november och december."),
        Para("Insats 3: Ny belysning på Torggatan.", bold=True),
        Para("Belysningen kommer att bytas när gatan byggs om hösten 2026."),
        Para("Insats 4: Nattvandrare i samarbete med föreningar.", bold=True),
        Para("Nattvandringarna genomfördes delvis: under sommaren men inte under hösten."),
    ),
    expected=(
        E("1", "effort", "completed"),
        E("2", "effort", "in_progress"),
        E("3", "effort", "not_started"),
        E("4", "effort", "partially_completed"),
    ),
    notes="The tense carries the status: har genomförts (done), genomförs (under way), kommer att (not yet).",
)

NEGATIONS = Report(
    name="heldout_negated_status_words",
    style="heldout-negations",
    blocks=(
        Title("Uppföljning av åtgärder efter medarbetarenkäten 2024"),
        Para("Åtgärd 1: Tydligare mötesstruktur på arbetsplatsträffarna.", bold=True),
        Para("Status: Ej klar. Mallen för dagordning prövas och arbetet pågår."),
        Para("Åtgärd 2: Gemensam kompetensutvecklingsdag.", bold=True),
        Para("Status: Inte avslutad – dagen hölls i maj men uppföljningen återstår, så åtgärden är delvis "
             "genomförd."),
        Para("Åtgärd 3: Översyn av arbetsbelastningen i ekonomigruppen.", bold=True),
        Para("Status: Ännu inte påbörjad."),
        Para("Åtgärd 4: Friskvårdsbidrag höjs till 3 000 kronor.", bold=True),
        Para("Status: Klar. Ingen ytterligare åtgärd behövs."),
    ),
    expected=(
        E("1", "measure", "in_progress"),
        E("2", "measure", "partially_completed"),
        E("3", "measure", "not_started"),
        E("4", "measure", "completed"),
    ),
    notes="Negated words ('Ej klar', 'Inte avslutad') must not read as completed/closed.",
)

EXCEL_IDS = Report(
    name="heldout_excel_export_ids",
    style="heldout-excel-export",
    blocks=(
        Title("Export från Excel: Handlingsplan klimatanpassning"),
        Para("Exporterad 2025-12-03. Kolumnen % anger hur stor del av åtgärden som är genomförd."),
        Table((
            ("ID", "Åtgärd", "Status", "%", "Uppdaterad"),
            ("KA-01", "Skyfallskartering av centralorten", "Slutförd", "100", "2025-03-10"),
            ("KA-02", "Översvämningsskydd vid reningsverket", "Pågående", "45", "2025-11-20"),
            ("KA-03", "Skuggande träd på förskolegårdar", "Pågående", "20", "2025-10-02"),
            ("KA-04", "Värmeplan för äldreboenden", "Ej startad", "0", "2025-06-15"),
            ("KA-05", "Rådgivning till villaägare om dagvatten", "Avbruten", "10", "2025-09-30"),
        ), (45.0, 215.0, 75.0, 40.0, 90.0)),
    ),
    expected=(
        E("KA-01", "measure", "completed", progress=100),
        E("KA-02", "measure", "in_progress", progress=45),
        E("KA-03", "measure", "in_progress", progress=20),
        E("KA-04", "measure", "not_started", progress=0),
        E("KA-05", "measure", "closed", progress=10),
    ),
    notes="IDs with a prefix and a dash (KA-01). 'Avbruten' (stopped) is closed. The % column is progress.",
)

GROUP_ROWS_TABLE = Report(
    name="heldout_table_group_rows",
    style="heldout-table-group-rows",
    blocks=(
        Title("Näringslivsprogrammet – uppföljning per fokusområde 2025"),
        Table((
            ("Nr", "Aktivitet", "Status"),
            ("", "Fokusområde: Företagsklimat", ""),
            ("1", "Företagsbesök av kommunledningen varje månad", "Genomförd"),
            ("2", "Snabbare handläggning av serveringstillstånd", "Pågår"),
            ("", "Fokusområde: Kompetens", ""),
            ("3", "Lärlingsprogram med industrin", "Påbörjad"),
            ("4", "Branschråd för besöksnäringen", "Ej påbörjad"),
            ("", "Fokusområde: Mark och lokaler", ""),
            ("5", "Ny detaljplan för verksamhetsområde Öst", "Pågår"),
        ), NR_TEXT_STATUS),
    ),
    expected=(
        E("1", "activity", "completed"),
        E("2", "activity", "in_progress"),
        E("3", "activity", "in_progress"),
        E("4", "activity", "not_started"),
        E("5", "activity", "in_progress"),
    ),
    notes="The 'Fokusområde' rows inside the table are group headings, not items.",
)

STATUS_FIRST = Report(
    name="heldout_status_before_title",
    style="heldout-status-first",
    blocks=(
        Title("Kvartalsrapport Q3 2025 – handlingsplan för fossilfri fordonsflotta"),
        Para("Varje rad börjar med åtgärdens status och följs av åtgärden."),
        Table((
            ("Status", "Åtgärd", "Ansvarig"),
            ("Klar", "Laddstolpar vid kommunhusets parkering", "Fastighet"),
            ("Pågår", "Byte av hemtjänstens bilar till elbilar", "Fordonsenheten"),
            ("Ej påbörjad", "Biogas i sopbilarna", "Renhållningen"),
            ("Vilande", "Bilpool för anställda", "HR"),
        ), (90.0, 270.0, 120.0)),
    ),
    expected=(
        E(None, "measure", "completed", title="Laddstolpar vid kommunhusets parkering"),
        E(None, "measure", "in_progress", title="Byte av hemtjänstens bilar"),
        E(None, "measure", "not_started", title="Biogas i sopbilarna"),
        E(None, "measure", "on_hold", title="Bilpool för anställda"),
    ),
    notes="The status column comes first, before the measure.",
)

SPLIT_ENGLISH_MIX = Report(
    name="heldout_split_mixed_language",
    style="heldout-english-status",
    blocks=(
        Title("Uppföljning av projektportföljen – Kultur och fritid"),
        Para("Projekten listas med status till höger, så som de står i portföljverktyget."),
        Heading("Projekt 2025", 2),
        Split("Ny konstgräsplan på Vallen", "Done"),
        Split("Ombyggnad av simhallens omklädningsrum", "Ongoing"),
        Split("Utegym i Lia", "Klart"),
        Split("Skatepark vid stationen", "Not started"),
        Split("Bokbuss till skolorna", "Paused"),
    ),
    expected=(
        E(None, "project", "completed", title="Ny konstgräsplan på Vallen"),
        E(None, "project", "in_progress", title="Ombyggnad av simhallens omklädningsrum"),
        E(None, "project", "completed", title="Utegym i Lia"),
        E(None, "project", "not_started", title="Skatepark vid stationen"),
        E(None, "project", "on_hold", title="Bokbuss till skolorna"),
    ),
)

NEGATIVE_PROTOCOL = Report(
    name="heldout_negative_meeting_protocol",
    style="heldout-negative",
    no_items=True,
    expected=(),
    header="Sjöviks kommun     Sammanträdesprotokoll     Kultur- och fritidsnämnden     2025-10-21",
    footer=True,
    blocks=(
        Title("Protokoll från kultur- och fritidsnämndens sammanträde"),
        Para("Plats och tid: Kommunhuset, sal Lönnen, kl. 13.00–15.30"),
        Para("Beslutande: Eva Ström (S), ordförande; Jonas Berg (M); Leila Karimi (C); Per Ek (SD)"),
        Para("§ 12 Val av justerare", bold=True),
        Para("Nämnden beslutar att utse Jonas Berg att jämte ordföranden justera protokollet."),
        Para("§ 13 Uppföljning av handlingsplan för föreningsstöd", bold=True),
        Para("Förvaltningen redovisar uppföljningen av handlingsplanen. Av planens åtta åtgärder är fem "
             "genomförda och tre pågår."),
        Para("Nämnden beslutar att godkänna uppföljningen och lägga den till handlingarna.", lead="Beslut:"),
        Para("§ 14 Delegationsbeslut", bold=True),
        Para("Förteckning över delegationsbeslut för september redovisas. Nämnden beslutar att godkänna "
             "redovisningen."),
        Para("§ 15 Övriga frågor", bold=True),
        Para("Inga övriga frågor anmäls."),
        Para("Vid protokollet: Sara Nyman, nämndsekreterare     Justerat: Eva Ström, Jonas Berg"),
    ),
    notes="A meeting protocol: '§ 13' discusses a follow-up but lists no items of its own.",
)

NEGATIVE_INVITATION = Report(
    name="heldout_negative_invitation",
    style="heldout-negative",
    no_items=True,
    expected=(),
    blocks=(
        Title("Inbjudan till dialogmöte om handlingsplanen för friluftsliv"),
        Para("Välkommen till ett dialogmöte där vi berättar om arbetet med handlingsplanen och vill höra dina "
             "idéer inför nästa år."),
        Para("Tid: Torsdag 15 januari 2026 kl. 18.00–20.00     Plats: Medborgarhuset, stora salen"),
        Heading("Program", 2),
        Para("1. Välkomna – kommunalråd Anna Lind"),
        Para("2. Så har arbetet gått hittills – friluftssamordnaren"),
        Para("3. Gruppdiskussioner: vad saknas i planen?"),
        Para("4. Fika"),
        Para("5. Sammanfattning och nästa steg"),
        Para("Anmälan senast den 8 januari till fritid@sjovik.se. Kaffe och smörgås serveras. Lokalen är "
             "tillgänglig för rullstol och har hörslinga."),
        Para("Varmt välkommen!"),
    ),
    notes="An invitation with a numbered programme: no items.",
)

NEGATIVE_SURVEY = Report(
    name="heldout_negative_survey_results",
    style="heldout-negative",
    no_items=True,
    expected=(),
    blocks=(
        Title("Resultat av brukarundersökningen i hemtjänsten 2025"),
        Para("Undersökningen besvarades av 412 brukare (svarsfrekvens 58 procent)."),
        Table((
            ("Nr", "Fråga", "Andel nöjda"),
            ("1", "Personalen bemöter mig på ett bra sätt", "94 %"),
            ("2", "Jag kan påverka när hjälpen ges", "61 %"),
            ("3", "Jag vet vem jag ska kontakta", "78 %"),
            ("4", "Jag känner mig trygg med hemtjänsten", "88 %"),
        ), NR_TEXT_STATUS),
        Para("Resultaten är i nivå med föregående år. Lägst nöjdhet gäller möjligheten att påverka tiden, "
             "vilket förvaltningen tar med i arbetet med nästa års verksamhetsplan."),
    ),
    notes="A survey table with numbered questions and percentages: no items and no statuses.",
)

KEY_VALUE_EXPORT = Report(
    name="heldout_key_value_export",
    style="heldout-key-value-export",
    header="Stratsys     Utskrift 2025-12-15     Vård- och omsorgsnämnden",
    blocks=(
        Title("Vård- och omsorgsnämnden – åtgärder i handlingsplan för läkemedelssäkerhet"),
        Para("Utskriften visar varje åtgärd med dess fält så som de är ifyllda i systemet."),
        Para("Ny rutin för läkemedelsgenomgångar", lead="Åtgärd:"),
        Para("Medicinskt ansvarig sjuksköterska", lead="Ansvarig:"),
        Para("2025-06-30", lead="Slutdatum:"),
        Para("Slutförd", lead="Status:"),
        Para("Rutinen gäller sedan juni i alla verksamheter.", lead="Kommentar:"),
        Para("Signeringslistor i digital form", lead="Åtgärd:"),
        Para("Enhetschefer", lead="Ansvarig:"),
        Para("2026-03-31", lead="Slutdatum:"),
        Para("Pågår enligt plan", lead="Status:"),
        Para("Hälften av enheterna signerar digitalt.", lead="Kommentar:"),
        Para("Utbildning i läkemedelshantering för timanställda", lead="Åtgärd:"),
        Para("Enhetschefer", lead="Ansvarig:"),
        Para("2025-09-30", lead="Slutdatum:"),
        Para("Försenad", lead="Status:"),
        Para("Utbildningen flyttas till våren på grund av personalbrist.", lead="Kommentar:"),
    ),
    expected=(
        E(None, "measure", "completed", title="Ny rutin för läkemedelsgenomgångar"),
        E(None, "measure", "in_progress", title="Signeringslistor i digital form"),
        E(None, "measure", "in_progress", title="Utbildning i läkemedelshantering"),
    ),
    notes="Each measure is a block of fields; the title is the value of 'Åtgärd:'. Försenad is in_progress.",
)

YES_NO_COLUMN = Report(
    name="heldout_klar_ja_nej_column",
    style="heldout-yes-no-column",
    blocks=(
        Title("Uppföljning av handlingsplan för säker informationshantering i skolan"),
        Para("Kolumnen Klar anger om åtgärden är helt klar. Är den inte klar beskrivs läget i kommentaren."),
        Table((
            ("Nr", "Åtgärd", "Klar", "Kommentar"),
            ("1", "Rutin för gallring av elevakter", "Ja", ""),
            ("2", "Behörighetsöversyn i lärplattformen", "Nej", "Översynen pågår och blir klar i mars."),
            ("3", "Utbildning i dataskydd för mentorer", "Ja", "Alla mentorer har gått utbildningen."),
            ("4", "Krypterade USB-minnen till elevhälsan", "Nej", "Inte påbörjad, väntar på upphandling."),
        ), (35.0, 205.0, 45.0, 195.0)),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "completed"),
        E("4", "measure", "not_started"),
    ),
    notes="A yes/no column headed 'Klar': Ja = completed; for Nej the comment gives the status.",
)

SUMMARY_COUNTS = Report(
    name="heldout_summary_count_table",
    style="heldout-summary-counts",
    blocks=(
        Title("Uppföljning av handlingsplan för ett tillgängligt kulturhus 2025"),
        Heading("Sammanfattning", 2),
        Para("Av planens fem åtgärder är två genomförda, två pågår och en har inte påbörjats."),
        Table((
            ("Status", "Antal åtgärder"),
            ("Genomförd", "2"),
            ("Pågår", "2"),
            ("Ej påbörjad", "1"),
        ), (160.0, 120.0)),
        Heading("Åtgärderna en och en", 2),
        Para("Åtgärd 1: Hiss till scenen", bold=True),
        Para("Status: Genomförd. Hissen besiktigades i april."),
        Para("Åtgärd 2: Teckentolkade föreställningar", bold=True),
        Para("Status: Pågår. Fyra föreställningar per termin."),
        Para("Åtgärd 3: Syntolkning av utställningar", bold=True),
        Para("Status: Pågår. Två av fem utställningar har syntolkning."),
        Para("Åtgärd 4: Vilorum för besökare med neuropsykiatriska funktionsnedsättningar", bold=True),
        Para("Status: Ej påbörjad."),
        Para("Åtgärd 5: Ramper vid entrén mot torget", bold=True),
        Para("Status: Genomförd."),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "in_progress"),
        E("4", "measure", "not_started"),
        E("5", "measure", "completed"),
    ),
    notes="The summary table counts measures per status; its rows are not items (the numbers are counts).",
)

STATUS_IN_HEADING = Report(
    name="heldout_status_in_heading",
    style="heldout-status-in-heading",
    blocks=(
        Title("Uppföljning av åtgärdsplan för minskad nedskräpning"),
        Heading("Åtgärd 1: Fler papperskorgar i centrum (Status: Genomförd)", 2),
        Para("Trettio nya papperskorgar med sortering sattes upp under våren."),
        Heading("Åtgärd 2: Skräpplockardagar med skolorna (Status: Pågår)", 2),
        Para("Tre av kommunens sju skolor har deltagit hittills."),
        Heading("Åtgärd 3: Kameraövervakning vid återvinningsstationer (Status: Avslutad)", 2),
        Para("Nämnden beslutade att inte gå vidare efter samrådet med IMY."),
        Heading("Åtgärd 4: Kampanj mot fimpar (Status: Ej påbörjad)", 2),
        Para("Kampanjen planeras till sommaren 2026."),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "closed"),
        E("4", "measure", "not_started"),
    ),
)

STATUS_WITH_DATES = Report(
    name="heldout_status_words_with_dates",
    style="heldout-status-dates",
    blocks=(
        Title("Näringslivsstrategin – uppföljning av insatserna, helår 2025"),
        Table((
            ("Nr", "Insats", "Status"),
            ("1", "Företagslots för nyetablerade", "Genomförd 2025-03-12"),
            ("2", "Frukostmöten med företagare", "Löpande"),
            ("3", "Upphandlingsdialog med lokala leverantörer", "Påbörjad hösten 2025"),
            ("4", "Ny webbplats för näringslivet", "Planerad till Q2 2026"),
            ("5", "Etableringsguide på engelska", "Klar sedan maj"),
        ), (40.0, 270.0, 170.0)),
    ),
    expected=(
        E("1", "effort", "completed"),
        E("2", "effort", "in_progress"),
        E("3", "effort", "in_progress"),
        E("4", "effort", "not_started"),
        E("5", "effort", "completed"),
    ),
    notes="Status words carry a date. 'Löpande' (ongoing) is in_progress; 'Planerad till Q2 2026' is not_started.",
)

REPORTS = (
    ATGARD_NULAGE, GENOMFORANDEGRAD, STATUS_COLOUR_SWEDISH, STATUS_COLOUR_ENGLISH, CHECKLIST, VIDTAGEN,
    LETTERED_SUBITEMS, MAL_DECIMAL, FIVE_COLUMNS, PAREN_STATUS, HYPERGENE_PROGNOS, ATERRAPPORTERING,
    BEDOMS_GENOMFORT, ANSVAR_TIDSPLAN, ENGLISH_STATUS, HEADER_FOOTER, BULLETED_NUMBERS, VERB_TENSES, NEGATIONS,
    EXCEL_IDS, GROUP_ROWS_TABLE, STATUS_FIRST, SPLIT_ENGLISH_MIX, NEGATIVE_PROTOCOL, NEGATIVE_INVITATION,
    NEGATIVE_SURVEY, KEY_VALUE_EXPORT, YES_NO_COLUMN, SUMMARY_COUNTS, STATUS_IN_HEADING, STATUS_WITH_DATES,
)
