"""Reports whose statuses are written in running text: headings, run-in fields, prose, group headings."""

from __future__ import annotations

from devsuite.spec import Cell, Expected, Heading, Para, Report, Table, Title

E = Expected

HEADING_VARIANTS = Report(
    name="status_heading_variants",
    style="status-heading-variants",
    blocks=(
        Title("Uppföljning av handlingsplan för hemlöshet 2023–2025"),
        Para("Planen innehåller fem uppdrag till socialförvaltningen:"),
        Para("Uppdrag 1: Kartlägga hemlösheten enligt Socialstyrelsens definition."),
        Para("Uppdrag 2: Utöka antalet lägenheter med försöks- och träningskontrakt."),
        Para("Uppdrag 3: Införa Bostad först som arbetsmetod."),
        Para("Uppdrag 4: Förebygga vräkningar av barnfamiljer."),
        Para("Uppdrag 5: Ta fram en gemensam rutin med bostadsbolaget."),
        Heading("Uppföljning av uppdrag 1:", 2),
        Para("Kartläggningen gjordes vecka 14 och rapporten presenterades för nämnden i juni. Uppdraget är "
             "slutfört."),
        Heading("Kommentar till uppdrag 2:", 2),
        Para("Bostadsbolaget har ställt ytterligare åtta lägenheter till förfogande. Arbetet pågår och målet "
             "om 25 lägenheter bedöms nås under 2025."),
        Heading("Uppföljning av uppdrag 3:", 2),
        Para("Förvaltningen har påbörjat en förstudie. Två socialsekreterare har utbildats i metoden."),
        Heading("Status för uppdrag 4 och 5 (klart):", 2),
        Para("Ett förebyggande team arbetar sedan mars med alla avhysningsärenden där barn berörs, och rutinen "
             "med bostadsbolaget undertecknades i maj."),
    ),
    expected=(
        E("1", "assignment", "completed"),
        E("2", "assignment", "in_progress"),
        E("3", "assignment", "in_progress"),
        E("4", "assignment", "completed"),
        E("5", "assignment", "completed"),
    ),
)

HEADING_GENERIC_DATED = Report(
    name="status_heading_generic_dated",
    style="status-heading-generic",
    blocks=(
        Title("Handlingsplan för ökad delaktighet – uppföljning december 2024"),
        Heading("Uppdrag 1. Inrätta ett funktionsrättsråd", 2),
        Heading("Status december 2024:", 2),
        Para("Rådet inrättades i april och har haft tre sammanträden."),
        Heading("Uppdrag 2. Tillgänglighetsinventera kommunens publika lokaler", 2),
        Heading("Status december 2024:", 2),
        Para("Inventeringen är påbörjad; 18 av 52 lokaler är inventerade."),
        Heading("Uppdrag 3. Lättläst information på webbplatsen", 2),
        Heading("Status december 2024:", 2),
        Para("Inget har gjorts ännu. Arbetet har inte kunnat påbörjas på grund av vakans på "
             "kommunikationsavdelningen."),
    ),
    expected=(
        E("1", "assignment", "completed"),
        E("2", "assignment", "in_progress"),
        E("3", "assignment", "not_started"),
    ),
)

HEADING_GENERIC_MIXED = Report(
    name="status_heading_generic_mixed",
    style="status-heading-generic",
    blocks=(
        Title("Åtgärdsplan för arbetsmiljön i hemtjänsten – uppföljning"),
        Para("Åtgärd 1. Schemaläggning med delade turer ska minska.", bold=True),
        Heading("Nulägesbeskrivning:", 2),
        Para("Andelen delade turer har minskat från 22 till 9 procent. Åtgärden fortgår och pågår under våren."),
        Para("Åtgärd 2. Bilar med vinterdäck och parkeringstillstånd till alla grupper.", bold=True),
        Heading("Åtgärdens status:", 2),
        Para("Genomförd. Samtliga grupper har fått nya bilar."),
        Para("Åtgärd 3. Introduktionsprogram för nyanställda.", bold=True),
        Heading("Nulägesbeskrivning:", 2),
        Para("Programmet är framtaget men har bara införts i två av tre hemtjänstområden, så åtgärden är "
             "delvis genomförd."),
        Para("Åtgärd 4. Friskvårdstimme på arbetstid.", bold=True),
        Heading("Åtgärdens status:", 2),
        Para("Åtgärden avvaktar den centrala förhandlingen om friskvård och är tills vidare pausad."),
    ),
    expected=(
        E("1", "measure", "in_progress"),
        E("2", "measure", "completed"),
        E("3", "measure", "partially_completed"),
        E("4", "measure", "on_hold"),
    ),
)

FIELD_STATUS = Report(
    name="field_status_runin",
    style="field-status",
    blocks=(
        Title("Uppföljning av handlingsplan för livsmedelskontrollen"),
        Para("Åtgärd 1. Riskklassa om samtliga anläggningar.", bold=True),
        Para("Omklassningen gjordes under första halvåret.", lead="Status: Genomförd."),
        Para("Åtgärd 2. Öka andelen oanmälda kontroller.", bold=True),
        Para("Andelen var 41 procent vid årsskiftet.", lead="Status: Pågår."),
        Para("Åtgärd 3. Införa digital kontrollrapport.", bold=True),
        Para("Systemleverantören har inte levererat modulen.", lead="Status: Ej påbörjad."),
        Para("Åtgärd 4. Samordna kontroller med grannkommunerna.", bold=True),
        Para("Samordningen sköts numera av den gemensamma miljönämnden.", lead="Status: Överförd."),
        Para("Åtgärd 5. Taxa efter efterhandsdebitering.", bold=True),
        Para("Ett förslag till ny taxa har överlämnats till kommunfullmäktige.", lead="Status: Förslag lämnat."),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "not_started"),
        E("4", "measure", "handled_elsewhere"),
        E("5", "measure", "proposal_submitted"),
    ),
)

FIELD_STATUS_INFLECTIONS = Report(
    name="field_status_inflections",
    style="field-status",
    blocks=(
        Title("Uppföljning av kommunstyrelsens uppdrag inom bostadsförsörjning, helår 2025"),
        Para("Uppdrag 1: Ta fram riktlinjer för bostadsförsörjningen.", bold=True),
        Para("Status: Klart. Riktlinjerna antogs av fullmäktige i april."),
        Para("Uppdrag 2: Markanvisningar för hyresrätter i centrala lägen.", bold=True),
        Para("Status: Pågående. Två markanvisningstävlingar är utlysta."),
        Para("Uppdrag 3: Utreda ett kommunalt bostadsbolag i Vik.", bold=True),
        Para("Status: Avslutat. Efter utredningen beslutade kommunstyrelsen att inte gå vidare."),
        Para("Uppdrag 4: Bostäder för personer med särskilda behov.", bold=True),
        Para("Status – påbörjat. Behovsinventeringen blir klar i mars."),
        Para("Uppdrag 5: Översyn av tomtkön.", bold=True),
        Para("Status: Ännu ej startat."),
    ),
    expected=(
        E("1", "assignment", "completed"),
        E("2", "assignment", "in_progress"),
        E("3", "assignment", "closed"),
        E("4", "assignment", "in_progress"),
        E("5", "assignment", "not_started"),
    ),
)

FIELD_BEDOMNING = Report(
    name="field_bedomning_colour",
    style="traffic-no-legend",
    blocks=(
        Title("Miljöbarometern 2024 – uppföljning av lokala miljömål"),
        Para("Varje mål bedöms med en färg. Kommentaren beskriver utvecklingen under året."),
        Heading("Mål 1 Minskade utsläpp från transporter", 2),
        Para("Grön", lead="Bedömning:"),
        Para("Utsläppen har minskat med 18 procent sedan 2019 och målet för 2024 är uppnått."),
        Heading("Mål 2 Giftfri förskola", 2),
        Para("Gul", lead="Bedömning:"),
        Para("Målet har delvis uppnåtts; 60 procent av förskolorna är inventerade och åtgärdade."),
        Heading("Mål 3 Ökad andel ekologisk mat", 2),
        Para("Grön", lead="Bedömning:"),
        Para("Andelen ekologiska livsmedel var 47 procent, vilket är över målet."),
        Heading("Mål 4 Skyddad natur", 2),
        Para("Röd", lead="Bedömning:"),
        Para("Inget nytt naturreservat har bildats och arbetet med reservatet vid Kallsjön har inte påbörjats."),
    ),
    expected=(
        E("1", "goal", "completed"),
        E("2", "goal", "partially_completed"),
        E("3", "goal", "completed"),
        E("4", "goal", "not_started"),
    ),
    notes="No legend: the comment under each colour states the meaning.",
)

FIELD_LAGE = Report(
    name="field_lage",
    style="field-lage",
    blocks=(
        Title("Lägesrapport för handlingsplanen om vattenförsörjning"),
        Para("Uppdrag 1 – Ny vattentäkt i Hedby", bold=True),
        Para("Provborrningar är gjorda och tillståndsansökan skrivs. Arbetet fortskrider.", lead="Läge:"),
        Para("Uppdrag 2 – Reservvattenledning till Nolby", bold=True),
        Para("Ledningen togs i drift den 4 november.", lead="Läge:"),
        Para("Uppdrag 3 – Informationskampanj om vattensparande", bold=True),
        Para("Kampanjen är uppskjuten till sommaren 2026 och vilar tills vidare.", lead="Läge:"),
    ),
    expected=(
        E("1", "assignment", "in_progress"),
        E("2", "assignment", "completed"),
        E("3", "assignment", "on_hold"),
    ),
)

FIELD_DATED = Report(
    name="field_status_dated",
    style="field-dated",
    blocks=(
        Title("Uppföljning av strategin för psykisk hälsa, helår 2024"),
        Para("Aktivitet 1: Samtalsstöd för unga på ungdomsmottagningen.", bold=True),
        Para("Samtalsstödet är etablerat på båda mottagningarna. Klart.", lead="Status 2024-12-31:"),
        Para("Aktivitet 2: Utbildning i suicidprevention för skolpersonal.", bold=True),
        Para("Hälften av skolorna har genomfört utbildningen, resten under våren.", lead="Status (december):"),
        Para("Aktivitet 3: Gemensam handlingsplan med polisen.", bold=True),
        Para("Inte påbörjad.", lead="Status 2024-12-31:"),
        Para("Aktivitet 4: Anhörigcirklar.", bold=True),
        Para("Cirklarna startade i september och pågår.", lead="Status (december):"),
    ),
    expected=(
        E("1", "activity", "completed"),
        E("2", "activity", "partially_completed"),
        E("3", "activity", "not_started"),
        E("4", "activity", "in_progress"),
    ),
)

STATUS_ROW = Report(
    name="status_row_two_columns",
    style="status-row",
    blocks=(
        Title("Uppföljning av handlingsplan för trafiksäkerhet"),
        Para("Åtgärd 1. Hastighetsdämpande åtgärder vid skolor", bold=True),
        Para("Upphöjda övergångsställen har byggts vid sex skolor."),
        Table(((Cell("Status"), Cell("Genomförd")), (Cell("Ansvarig"), Cell("Gatuenheten"))), (120, 200),
              header=False),
        Para("Åtgärd 2. Belysning längs gång- och cykelvägar", bold=True),
        Para("Projektering pågår för sträckan Norrby–centrum."),
        Table(((Cell("Status"), Cell("Pågående")), (Cell("Ansvarig"), Cell("Gatuenheten"))), (120, 200),
              header=False),
        Para("Åtgärd 3. Skolvägsplaner för alla grundskolor", bold=True),
        Para("Arbetet har inte startat."),
        Table(((Cell("Status"), Cell("Ej påbörjad")), (Cell("Ansvarig"), Cell("Barn- och utbildning"))),
              (120, 200), header=False),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "not_started"),
    ),
)

GROUP_HEADINGS = Report(
    name="group_status_headings",
    style="group-status-headings",
    blocks=(
        Title("Uppföljning av åtgärdsplan för ökad sysselsättning"),
        Para("Åtgärderna redovisas grupperade efter status."),
        Heading("Avslutade åtgärder:", 2),
        Para("1. Sommarjobb för alla 16-åringar som sökte."),
        Para("4. Gemensam etableringsmottagning med Arbetsförmedlingen."),
        Heading("Pågående åtgärder:", 2),
        Para("2. Språkpraktik inom äldreomsorgen."),
        Para("3. Feriepraktik inom kommunens bolag."),
        Para("6. Branschvalidering inom bygg."),
        Heading("Ej påbörjade åtgärder:", 2),
        Para("5. Kommunalt traineeprogram för akademiker."),
    ),
    expected=(
        E("1", "measure", "closed"),
        E("4", "measure", "closed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "in_progress"),
        E("6", "measure", "in_progress"),
        E("5", "measure", "not_started"),
    ),
)

PROSE_ONLY = Report(
    name="prose_only_verbs",
    style="prose-only",
    blocks=(
        Title("Återrapport av kommunstyrelsens uppdrag om integration"),
        Para("Uppdrag 1 Samhällsorientering på modersmål", bold=True),
        Para("Samhällsorienteringen genomfördes under hösten med 84 deltagare och utvärderades i december."),
        Para("Uppdrag 2 Mentorsprogram för nyanlända", bold=True),
        Para("Programmet har påbörjats med en första grupp om tolv par."),
        Para("Uppdrag 3 Språkcaféer på biblioteken", bold=True),
        Para("Caféerna hålls varje vecka och verksamheten pågår."),
        Para("Uppdrag 4 Praktikplatser i kommunens verksamheter", bold=True),
        Para("Arbetet har inte kunnat påbörjas eftersom ingen samordnare har kunnat rekryteras."),
        Para("Uppdrag 5 Uppföljning av etableringen", bold=True),
        Para("En första uppföljning planeras till hösten 2025."),
        Para("Uppdrag 6 Samverkan med civilsamhället", bold=True),
        Para("Förvaltningen avvaktar besked om statsbidrag innan arbetet kan fortsätta."),
    ),
    expected=(
        E("1", "assignment", "completed"),
        E("2", "assignment", "in_progress"),
        E("3", "assignment", "in_progress"),
        E("4", "assignment", "not_started"),
        E("5", "assignment", "not_started"),
        E("6", "assignment", "on_hold"),
    ),
)

PROSE_PARTIAL = Report(
    name="prose_only_partial",
    style="prose-only",
    blocks=(
        Title("Uppföljning av handlingsplanen för heltid som norm"),
        Para("1) Erbjuda alla nyanställda heltid. Sedan januari erbjuds heltid vid alla nyanställningar inom "
             "vård och omsorg, och åtgärden får anses vara genomförd."),
        Para("2) Minska andelen timavlönade. Omställningen är delvis genomförd; den har gjorts i två av tre "
             "förvaltningar, medan kultur- och fritid återstår."),
        Para("3) Ny schemamodell med längre pass. Modellen prövades i ett pilotprojekt som avbröts i maj "
             "efter negativa erfarenheter, och arbetet har avslutats."),
        Para("4) Uppföljning av sjukfrånvaron. Sjukfrånvaron följs månadsvis och redovisas i "
             "delårsrapporterna; arbetet fortsätter."),
    ),
    expected=(
        E("1", "item", "completed"),
        E("2", "item", "partially_completed"),
        E("3", "item", "closed"),
        E("4", "item", "in_progress"),
    ),
)

UNRECOGNISED_HEADINGS = Report(
    name="status_unrecognised_headings",
    style="status-unrecognised",
    blocks=(
        Title("Handlingsplan för landsbygdsutveckling – redovisning till nämnden"),
        Para("Insats 1: Bredband till alla hushåll utanför tätorterna.", bold=True),
        Heading("Så här har det gått:", 2),
        Para("Under året har 340 hushåll fått erbjudande om anslutning. Föreningarna i Sjöbo och Lia har "
             "haft möten med fiberbolaget."),
        Para("Insats 2: Service i landsbygdens butiker.", bold=True),
        Heading("Så här har det gått:", 2),
        Para("Butikerna i Lia och Hov har fått bidrag för paketombud. En enkät skickades till handlarna."),
        Para("Insats 3: Lokala utvecklingsgrupper.", bold=True),
        Heading("Så här har det gått:", 2),
        Para("Fyra grupper har träffat kommunens landsbygdsutvecklare. Nästa träff är i februari."),
    ),
    expected=(
        E("1", "effort", "unknown"),
        E("2", "effort", "unknown"),
        E("3", "effort", "unknown"),
    ),
    notes="The texts describe events but state no status; the items must still be listed.",
)

REPORTS = (
    HEADING_VARIANTS, HEADING_GENERIC_DATED, HEADING_GENERIC_MIXED, FIELD_STATUS, FIELD_STATUS_INFLECTIONS,
    FIELD_BEDOMNING, FIELD_LAGE,
    FIELD_DATED, STATUS_ROW, GROUP_HEADINGS, PROSE_ONLY, PROSE_PARTIAL, UNRECOGNISED_HEADINGS,
)
