"""Held-out reports, fifth round: styles none of the other modules has, written by a sixth author.

They imitate a regional folkhälsoplan followed up per "Målområde" with an Insats | Resultat | Måluppfyllelse
table (Grön / Gul / Röd written as words, with a legend), the colour word only in prose ("bedöms som gul"),
paragraphs led by the item's name in bold and a colon with the status mid-sentence ("… och arbetet är nu
avslutat"), nested "1)" goals with "a)" activities restarting per goal, compound and participle status words
(Delgenomförd, Halvfärdig, Färdigställd, Verkställd), past perfect and passive prose ("hade påbörjats", "har
verkställts"), a table with a two-row header (Status over 2024 and 2025), an åtgärdsplan with anledning av
revisionsrapport (Ansvarig / Klart senast / Kommentar, the status inside the comment), numbering "1 ." with a
space before the dot, items separated by lines of dashes, kommunfullmäktige's uppdrag with "fullgjort /
kvarstår", a project phase column (Planering / Genomförande / Implementerad / Avslutad), and a negative (a
revisionsrapport whose numbered recommendations have no status). Every answer is written by hand from the page.
"""

from __future__ import annotations

from devsuite.spec import Expected, Heading, Para, Report, Table, Title

E = Expected

FOLKHALSA = Report(
    name="heldout5_folkhalsoplan_malomrade",
    style="heldout5-folkhalsa-resultat",
    header="Region Västerdal     Folkhälsoberedningen     2025-11-20",
    blocks=(
        Title("Uppföljning av regional folkhälsoplan 2024–2027, år 2025"),
        Para("Uppföljningen redovisar insatserna inom planens två målområden. Måluppfyllelsen anges med "
             "färgord: Grön = insatsen är genomförd, Gul = insatsen pågår, Röd = insatsen har inte startat.",
             lead="Läsanvisning:"),
        Heading("Målområde 1: Goda levnadsvanor", 2),
        Table((
            ("Insats", "Resultat", "Måluppfyllelse"),
            ("Fysisk aktivitet på recept i alla vårdcentraler", "Infört på 24 av 24 vårdcentraler.", "Grön"),
            ("Tobaksfri skoltid", "Avtal med 9 av 14 kommuner, övriga förhandlar.", "Gul"),
            ("Kostråd till äldre i ordinärt boende", "Ingen budget avsatt 2025.", "Röd"),
        ), (190.0, 200.0, 93.0)),
        Heading("Målområde 2: Psykisk hälsa", 2),
        Table((
            ("Insats", "Resultat", "Måluppfyllelse"),
            ("Första hjälpen till psykisk hälsa för personal", "312 utbildade instruktörer och deltagare.",
             "Grön"),
            ("Suicidpreventiva nätverk i länets kommuner", "Nätverk bildade i sex kommuner.", "Gul"),
        ), (190.0, 200.0, 93.0)),
    ),
    expected=(
        E(None, "effort", "completed", title="Fysisk aktivitet på recept i alla vårdcentraler"),
        E(None, "effort", "in_progress", title="Tobaksfri skoltid"),
        E(None, "effort", "not_started", title="Kostråd till äldre i ordinärt boende"),
        E(None, "effort", "completed", title="Första hjälpen till psykisk hälsa för personal"),
        E(None, "effort", "in_progress", title="Suicidpreventiva nätverk i länets kommuner"),
    ),
    notes="Colour words written as text in the Måluppfyllelse column; the legend in the Läsanvisning decides "
          "(Grön genomförd, Gul pågår, Röd ej startad). Målområden are groups; the header 'Insats' gives effort. "
          "'9 av 14' in Resultat is an outcome, not the status.",
)

COLOUR_PROSE = Report(
    name="heldout5_colour_word_in_prose",
    style="heldout5-colour-prose",
    blocks=(
        Title("Socialnämnden – uppföljning av nämndmål, delår 2 2025"),
        Para("Nämndens bedömning av varje mål uttrycks som grön (målet är uppfyllt), gul (målet är delvis "
             "uppfyllt) eller röd (målet är inte uppfyllt)."),
        Heading("Mål 1. Fler personer med försörjningsstöd går vidare till arbete eller studier", 2),
        Para("Andelen som avslutat försörjningsstöd till följd av arbete har ökat från 31 till 38 procent. "
             "Måluppfyllelsen bedöms därför som grön."),
        Heading("Mål 2. Kortare handläggningstider inom LSS", 2),
        Para("Handläggningstiden har minskat men ligger fortfarande över målvärdet på 90 dagar. Nämnden bedömer "
             "måluppfyllelsen som gul."),
        Heading("Mål 3. Ingen placering av barn utan samverkan med skolan", 2),
        Para("Rutinen har inte kunnat följas i fyra av tolv nya placeringar. Bedömningen är röd."),
        Heading("Mål 4. Ökad brukarnöjdhet i hemtjänsten", 2),
        Para("Brukarundersökningen visar 91 procent nöjda, över målet 88 procent. Målet bedöms som grönt."),
    ),
    expected=(
        E("1", "goal", "completed"),
        E("2", "goal", "partially_completed"),
        E("3", "goal", "not_started"),
        E("4", "goal", "completed"),
    ),
    notes="The colour is only a word in prose ('bedöms därför som grön', 'bedömer måluppfyllelsen som gul', "
          "'Bedömningen är röd', 'grönt'); the intro's legend maps grön → uppfyllt (completed), gul → delvis "
          "uppfyllt (partially_completed), röd → inte uppfyllt (not_started, as heldout3's 'Ej uppnått').",
)

BOLD_COLON = Report(
    name="heldout5_bold_name_colon_status_midsentence",
    style="heldout5-bold-colon-prose",
    blocks=(
        Title("Kultur- och fritidsförvaltningen – lägesrapport för handlingsplan för biblioteken 2025"),
        Heading("Aktiviteter", 1),
        Para("Under våren anordnades fyra träffar på äldreboendena och arbetet är nu avslutat efter att "
             "projektmedlen tagit slut.", lead="Läsombud på äldreboenden:"),
        Para("Ansökan om lokal har skickats och arbetet med inredningen pågår, med planerad öppning i februari.",
             lead="Meröppet bibliotek i Norrby:"),
        Para("Samtliga sjuor har fått boken och aktiviteten är därmed genomförd i sin helhet.",
             lead="Bokstart för sjundeklassare:"),
        Para("På grund av vakanser har aktiviteten ännu inte påbörjats, men rekrytering sker under hösten.",
             lead="Digital fixarhjälp för seniorer:"),
        Para("Sagostunderna på arabiska och somaliska har delvis genomförts; tigrinja saknas fortfarande.",
             lead="Sagostund på flera språk:"),
    ),
    expected=(
        E(None, "activity", "closed", title="Läsombud på äldreboenden"),
        E(None, "activity", "in_progress", title="Meröppet bibliotek i Norrby"),
        E(None, "activity", "completed", title="Bokstart för sjundeklassare"),
        E(None, "activity", "not_started", title="Digital fixarhjälp för seniorer"),
        E(None, "activity", "partially_completed", title="Sagostund på flera språk"),
    ),
    notes="Each item is a paragraph led by its name in bold and a colon; the status is mid-sentence ('och "
          "arbetet är nu avslutat', 'arbetet med inredningen pågår', 'är därmed genomförd', 'ännu inte "
          "påbörjats', 'har delvis genomförts'). The heading 'Aktiviteter' gives the kind.",
)

NESTED_PAREN = Report(
    name="heldout5_nested_paren_letters",
    style="heldout5-nested-paren",
    blocks=(
        Title("Tekniska nämnden – uppföljning av verksamhetsplanens mål och aktiviteter 2025"),
        Para("Målen numreras 1), 2) och aktiviteterna under varje mål a), b)."),
        Para("Mål: Säkrare gång- och cykelvägar till skolorna", label="1)", bold=True),
        Para("Belysning längs Skolvägen – genomförd", label="a)", indent=20),
        Para("Ny övergång vid Ekbacken – pågår", label="b)", indent=20),
        Para("Trafikräkning vid fem skolor – ej påbörjad", label="c)", indent=20),
        Para("Mål: Minskad energianvändning i kommunens fastigheter", label="2)", bold=True),
        Para("Byte till LED i sporthallarna – genomförd", label="a)", indent=20),
        Para("Solceller på Centralskolans tak – avvaktar bygglov", label="b)", indent=20),
    ),
    expected=(
        E("1", "goal", "unknown"),
        E(None, "activity", "completed", parent="1", title="Belysning längs Skolvägen"),
        E(None, "activity", "in_progress", parent="1", title="Ny övergång vid Ekbacken"),
        E(None, "activity", "not_started", parent="1", title="Trafikräkning vid fem skolor"),
        E("2", "goal", "unknown"),
        E(None, "activity", "completed", parent="2", title="Byte till LED i sporthallarna"),
        E(None, "activity", "on_hold", parent="2", title="Solceller på Centralskolans tak"),
    ),
    notes="'1)' goals with 'a)' activities restarting under each goal (so the activities have no id and a "
          "title). Goals have no status of their own: unknown. 'avvaktar bygglov' is on_hold.",
)

COMPOUND_WORDS = Report(
    name="heldout5_compound_status_words",
    style="heldout5-compound-status",
    blocks=(
        Title("Uppföljning av handlingsplan för minskad klimatpåverkan från kommunens resor, 2025"),
        Heading("Åtgärder", 1),
        Para("Åtgärd 1. Resepolicy med tågprioritering", bold=True),
        Para("Färdigställd och antagen av kommunstyrelsen i maj.", lead="Status:"),
        Para("Åtgärd 2. Elcyklar till hemtjänsten", bold=True),
        Para("Delgenomförd – två av fyra hemtjänstgrupper har fått cyklar.", lead="Status:"),
        Para("Åtgärd 3. Digitala möten som förstahandsval", bold=True),
        Para("Verkställd.", lead="Status:"),
        Para("Åtgärd 4. Klimatkompensation för flygresor", bold=True),
        Para("Halvfärdig; upphandlingen är klar men avtalet är inte tecknat.", lead="Status:"),
        Para("Åtgärd 5. Bilpool för förvaltningarna", bold=True),
        Para("Oplanerad – ingår inte i årets budget.", lead="Status:"),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "partially_completed"),
        E("3", "measure", "completed"),
        E("4", "measure", "partially_completed"),
        E("5", "measure", "not_started"),
    ),
    notes="Compound and participle status words: Färdigställd → completed, Delgenomförd and Halvfärdig → "
          "partially_completed, Verkställd → completed, 'Oplanerad – ingår inte i årets budget' → not_started.",
)

TENSE_PASSIVE = Report(
    name="heldout5_past_perfect_passive",
    style="heldout5-perfect-passive",
    blocks=(
        Title("Miljö- och byggnämnden – återrapportering av uppdrag i internbudget 2025"),
        Para("Nämnden gav förvaltningen fem uppdrag. Nedan redovisas hur långt de har kommit per den 30 "
             "september."),
        Para("Uppdrag 1 – Digital bygglovsansökan", bold=True),
        Para("E-tjänsten har verkställts och tas emot av 80 procent av de sökande."),
        Para("Uppdrag 2 – Tillsynsplan för förorenad mark", bold=True),
        Para("Arbetet hade påbörjats redan före årsskiftet och fortsätter under hösten."),
        Para("Uppdrag 3 – Taxeöversyn för livsmedelskontroll", bold=True),
        Para("Översynen har genomförts och den nya taxan har beslutats av fullmäktige."),
        Para("Uppdrag 4 – Kartläggning av enskilda avlopp i Sjöbo", bold=True),
        Para("Kartläggningen har skjutits upp till 2026 och har inte inletts."),
        Para("Uppdrag 5 – Samverkan med grannkommunerna om strandskydd", bold=True),
        Para("Uppdraget har överlämnats till den gemensamma miljönämnden och hanteras där."),
    ),
    expected=(
        E("1", "assignment", "completed"),
        E("2", "assignment", "in_progress"),
        E("3", "assignment", "completed"),
        E("4", "assignment", "not_started"),
        E("5", "assignment", "handled_elsewhere"),
    ),
    notes="Status only in prose, in passive and past-perfect forms: 'har verkställts' → completed, 'hade "
          "påbörjats … och fortsätter' → in_progress, 'har genomförts' → completed, 'har skjutits upp … har "
          "inte inletts' → not_started, 'har överlämnats till … och hanteras där' → handled_elsewhere.",
)

MERGED_HEADER = Report(
    name="heldout5_two_row_header_status_years",
    style="heldout5-merged-header",
    blocks=(
        Title("Äldrenämnden – uppföljning av handlingsplan för värdig äldreomsorg"),
        Para("Tabellen visar status vid uppföljningen 2024 och vid årets uppföljning 2025. Bedömningen för 2025 "
             "är den aktuella."),
        Table((
            ("Åtgärd", "Ansvarig", "Status", ""),
            ("", "", "2024", "2025"),
            ("1. Fast omsorgskontakt för alla med hemtjänst", "Hemtjänsten", "Påbörjad", "Genomförd"),
            ("2. Måltidsvärdar på särskilda boenden", "Vård- och omsorgsboende", "Ej påbörjad", "Pågår"),
            ("3. Kompetenstrappa för undersköterskor", "HR", "Pågår", "Delvis genomförd"),
            ("4. Anhörigcafé i alla kommundelar", "Anhörigstöd", "Genomförd", "Avslutad"),
            ("5. Välfärdsteknik – nattkameror", "Digitaliseringsenheten", "Ej påbörjad", "Ej påbörjad"),
        ), (200.0, 120.0, 80.0, 83.0)),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "partially_completed"),
        E("4", "measure", "closed"),
        E("5", "measure", "not_started"),
    ),
    notes="A two-row header: 'Status' spans the years 2024 and 2025 (the second header row). The 2025 column is "
          "the current status, as the intro says.",
)

REVISION_PLAN = Report(
    name="heldout5_atgardsplan_revisionsrapport",
    style="heldout5-revision-comment",
    header="Hedeby kommun     Kommunstyrelsen     Dnr KS 2025/311",
    blocks=(
        Title("Åtgärdsplan med anledning av revisionsrapport Granskning av kommunens informationssäkerhet"),
        Para("Revisorerna lämnade fem rekommendationer. För varje rekommendation redovisas kommunstyrelsens "
             "åtgärd och hur arbetet har fortskridit."),
        Para("Åtgärd 1: Fastställ en informationssäkerhetspolicy", bold=True),
        Para("Kanslichef", lead="Ansvarig:"),
        Para("2025-03-31", lead="Klart senast:"),
        Para("Policyn antogs av fullmäktige i februari. Åtgärden är genomförd.", lead="Kommentar:"),
        Para("Åtgärd 2: Genomför informationsklassning av verksamhetssystemen", bold=True),
        Para("IT-chef", lead="Ansvarig:"),
        Para("2025-12-31", lead="Klart senast:"),
        Para("12 av 30 system är klassade. Arbetet pågår enligt tidplan.", lead="Kommentar:"),
        Para("Åtgärd 3: Utbilda all personal i informationssäkerhet", bold=True),
        Para("HR-chef", lead="Ansvarig:"),
        Para("2026-06-30", lead="Klart senast:"),
        Para("Utbildningen upphandlas under 2026 och har därför inte påbörjats.", lead="Kommentar:"),
        Para("Åtgärd 4: Inför rutin för incidentrapportering", bold=True),
        Para("Säkerhetssamordnare", lead="Ansvarig:"),
        Para("2025-06-30", lead="Klart senast:"),
        Para("Rutinen är framtagen men är ännu inte införd i socialförvaltningen, så åtgärden är delvis "
             "genomförd.", lead="Kommentar:"),
        Para("Åtgärd 5: Säkerställ kontinuitetsplaner för kritiska system", bold=True),
        Para("IT-chef", lead="Ansvarig:"),
        Para("2025-09-30", lead="Klart senast:"),
        Para("Hanteras inom det regionala projektet för krisberedskap.", lead="Kommentar:"),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "not_started"),
        E("4", "measure", "partially_completed"),
        E("5", "measure", "handled_elsewhere"),
    ),
    notes="Each åtgärd has Ansvarig, Klart senast and Kommentar fields and no Status field: the status is in the "
          "comment's prose. 'Klart senast' is a deadline, not a status.",
)

SPACE_DOT = Report(
    name="heldout5_space_before_dot_numbering",
    style="heldout5-space-dot",
    blocks=(
        Title("Redovisning av kommunstyrelsens uppdrag i budget 2025"),
        Para("Nedan följer de uppdrag som kommunstyrelsen gav i budget 2025 och läget i oktober."),
        Para("1 . Utreda gemensam växel med grannkommunerna – pågår"),
        Para("2 . Ta fram en lokalförsörjningsplan – klar"),
        Para("3 . Se över kommunens bolagsordningar – ej påbörjad"),
        Para("4 . Införa e-arkiv – pågår"),
        Para("5 . Utreda kommunal vindkraft – avslutad utan vidare åtgärd"),
    ),
    expected=(
        E("1", "assignment", "in_progress"),
        E("2", "assignment", "completed"),
        E("3", "assignment", "not_started"),
        E("4", "assignment", "in_progress"),
        E("5", "assignment", "closed"),
    ),
    notes="Numbering '1 .' with a space before the dot (as a Word export or an OCR pass leaves it), the status "
          "after an en dash.",
)

DASH_SEPARATED = Report(
    name="heldout5_dash_line_separators",
    style="heldout5-dash-lines",
    blocks=(
        Title("Uppföljning aktivitetsplan – Trygg i Västra Hamnen 2025"),
        Para("-----------------------------------------"),
        Para("Aktivitet: Nattvandringar med föräldrar"),
        Para("Ansvarig: Fritidsgården Hamnen"),
        Para("Status: Pågår"),
        Para("-----------------------------------------"),
        Para("Aktivitet: Ny belysning i gångtunneln"),
        Para("Ansvarig: Gatuenheten"),
        Para("Status: Klar"),
        Para("-----------------------------------------"),
        Para("Aktivitet: Trygghetsvandring med polisen"),
        Para("Ansvarig: Brottsförebyggande rådet"),
        Para("Status: Genomförd"),
        Para("-----------------------------------------"),
        Para("Aktivitet: Kameraövervakning vid busstorget"),
        Para("Ansvarig: Säkerhetsenheten"),
        Para("Status: Ej påbörjad"),
        Para("-----------------------------------------"),
        Para("Aktivitet: Sommarjobb för unga i området"),
        Para("Ansvarig: Arbetsmarknadsenheten"),
        Para("Status: Avslutad"),
        Para("-----------------------------------------"),
    ),
    expected=(
        E(None, "activity", "in_progress", title="Nattvandringar med föräldrar"),
        E(None, "activity", "completed", title="Ny belysning i gångtunneln"),
        E(None, "activity", "completed", title="Trygghetsvandring med polisen"),
        E(None, "activity", "not_started", title="Kameraövervakning vid busstorget"),
        E(None, "activity", "closed", title="Sommarjobb för unga i området"),
    ),
    notes="Items separated by lines of dashes; each is 'Aktivitet: <title>' with Ansvarig and Status fields "
          "below. The label 'Aktivitet:' precedes the title (allowed by the scorer's label rule).",
)

KF_UPPDRAG = Report(
    name="heldout5_kf_uppdrag_fullgjort_kvarstar",
    style="heldout5-fullgjort-kvarstar",
    blocks=(
        Title("Redovisning av ej verkställda uppdrag från kommunfullmäktige, 2025"),
        Para("Kommunfullmäktige följer två gånger per år upp de uppdrag som fullmäktige har gett. Förvaltningen "
             "föreslår för varje uppdrag om det ska anses fullgjort eller kvarstå."),
        Table((
            ("Nr", "Uppdrag", "Beslut", "Kommentar", "Förslag"),
            ("1", "Utreda fritidsbank i Storvik", "KF § 34/2023", "Fritidsbanken öppnade i april.",
             "Fullgjort"),
            ("2", "Ta fram en parkeringsstrategi", "KF § 112/2023", "Remiss skickad i september.", "Kvarstår"),
            ("3", "Pröva samlokalisering av räddningstjänst och ambulans", "KF § 8/2024",
             "Regionen har avböjt; uppdraget avskrivs utan åtgärd.", "Avskrivs"),
            ("4", "Utreda avgiftsfri kollektivtrafik för pensionärer", "KF § 57/2024",
             "Arbetet har inte startat.", "Kvarstår"),
            ("5", "Införa medborgarbudget i en kommundel", "KF § 90/2024", "Genomfört i Norra distriktet.",
             "Fullgjort"),
        ), (28.0, 160.0, 75.0, 160.0, 60.0)),
    ),
    expected=(
        E("1", "assignment", "completed"),
        E("2", "assignment", "in_progress"),
        E("3", "assignment", "closed"),
        E("4", "assignment", "not_started"),
        E("5", "assignment", "completed"),
    ),
    notes="'Fullgjort' → completed, 'Kvarstår' with a comment showing work → in_progress, but item 4 'Kvarstår' "
          "with 'Arbetet har inte startat' → not_started (the comment is more specific), 'Avskrivs' (written off "
          "without action) → closed. 'KF § 34/2023' is the decision reference, not an id.",
)

PHASE_COLUMN = Report(
    name="heldout5_project_phase_column",
    style="heldout5-phase",
    blocks=(
        Title("Digitaliseringsplan 2024–2026 – uppföljning av insatser, oktober 2025"),
        Para("Varje insats följs i projektmodellens faser: Planering (ej startad), Genomförande (pågår), "
             "Implementerad (klar) och Avslutad (stängd utan att fortsätta)."),
        Table((
            ("Id", "Insats", "Projektägare", "Fas"),
            ("D1", "E-arkiv för socialtjänsten", "Socialchef", "Implementerad"),
            ("D2", "Robotiserad fakturahantering", "Ekonomichef", "Genomförande"),
            ("D3", "Ny plattform för skolornas lärplattform", "Skolchef", "Planering"),
            ("D4", "Självservice för bygglov", "Samhällsbyggnadschef", "Implementerad"),
            ("D5", "AI-stöd i kundtjänst", "Kommunikationschef", "Avslutad"),
            ("D6", "Digitala signaturer i nämnderna", "Kanslichef", "Genomförande"),
        ), (40.0, 200.0, 140.0, 103.0)),
    ),
    expected=(
        E("D1", "effort", "completed"),
        E("D2", "effort", "in_progress"),
        E("D3", "effort", "not_started"),
        E("D4", "effort", "completed"),
        E("D5", "effort", "closed"),
        E("D6", "effort", "in_progress"),
    ),
    notes="A project phase as the status, with its meaning in the intro: Planering → not_started, Genomförande → "
          "in_progress, Implementerad → completed, Avslutad → closed. Ids 'D1'..'D6' as printed.",
)

NEGATIVE_REVISION = Report(
    name="heldout5_negative_revisionsrapport",
    style="heldout5-negative",
    blocks=(
        Title("Revisionsrapport – Granskning av kommunens arbete med barnkonventionen"),
        Heading("Sammanfattande bedömning", 2),
        Para("Vi bedömer att kommunstyrelsen och nämnderna delvis har säkerställt ett ändamålsenligt arbete med "
             "barnkonventionen. Arbetet har påbörjats men styrningen är inte tillräcklig."),
        Heading("Rekommendationer", 2),
        Para("Vi rekommenderar kommunstyrelsen att:"),
        Para("1. ta fram en handlingsplan för barnrättsarbetet med tydliga mål och ansvar,"),
        Para("2. säkerställa att barnkonsekvensanalyser görs inför beslut som rör barn,"),
        Para("3. utbilda förtroendevalda och chefer i barnrätt,"),
        Para("4. följa upp arbetet årligen i årsredovisningen."),
        Para("Revisorerna emotser kommunstyrelsens svar senast den 31 mars 2026."),
    ),
    expected=(),
    no_items=True,
    notes="A revisionsrapport, not a follow-up: the numbered recommendations are what the auditors ask for and "
          "have no status. 'delvis har säkerställt' and 'Arbetet har påbörjats' describe the whole audit "
          "finding, not an item. No items.",
)

REPORTS = (
    FOLKHALSA, COLOUR_PROSE, BOLD_COLON, NESTED_PAREN, COMPOUND_WORDS, TENSE_PASSIVE, MERGED_HEADER,
    REVISION_PLAN, SPACE_DOT, DASH_SEPARATED, KF_UPPDRAG, PHASE_COLUMN, NEGATIVE_REVISION,
)
