"""Held-out reports, sixth round: styles none of the other modules has, written by a seventh author.

They imitate a matrix with one status column per tertial (T1 | T2 | T3, the last filled column is the current
status), insatser written as long paragraphs whose status is the final word in parentheses, revisionens
uppföljning of earlier recommendations (Vidtagen åtgärd / Bedömning: Åtgärdad, Delvis åtgärdad, Ej åtgärdad),
an internkontrollplan with "Utförd" and a trap "Avvikelse" column (both Ja/Nej), a questionnaire ("Har åtgärden
genomförts?" Ja / Nej / Delvis), statuses given only in a closing summary as lists of numbers ("Pågående: åtgärd
3 och 6"), an uppdragslogg with Öppen / Stängd / Inväntar beslut / Ej aktuell, a status per förvaltning beside
a "Samlad bedömning" column, long activities whose status comes in a second paragraph (one split over a page
break), all-caps item headings with "Lägesbeskrivning:" and "Kommentar till utfall:" (Kontinuerligt arbete,
Avrapporterad), abbreviated status codes with a key (Påg., Genomf., Ej påb., Avv.), a status history in one
cell (the latest note last), a kanban table with one column per status, and two negatives (a motion with
numbered att-satser and a Mål och budget with numbered headings). Every answer is written by hand from the page.
"""

from __future__ import annotations

from devsuite.spec import Bullets, Expected, Heading, PageBreak, Para, Report, Table, Title

E = Expected

TERTIAL_MATRIX = Report(
    name="heldout6_tertial_status_columns",
    style="heldout6-tertial-matrix",
    header="Lindviks kommun     Barn- och utbildningsnämnden     Delårsrapport 2025",
    blocks=(
        Title("Barn- och utbildningsnämnden – uppföljning av handlingsplan för språkutveckling, tertial 2 2025"),
        Para("Handlingsplanens aktiviteter följs upp varje tertial. Denna uppföljning avser tertial 2 "
             "(januari–augusti); kolumnen T3 fylls i vid årsbokslutet. Den senast ifyllda kolumnen visar "
             "aktivitetens aktuella status."),
        Table((
            ("Nr", "Aktivitet", "Ansvarig", "T1", "T2", "T3"),
            ("1", "Språkombud på alla förskolor", "Förskolechef", "Pågår", "Klar", ""),
            ("2", "Läsfrämjande sommarprogram på fritidshemmen", "Rektor F–6", "Planerad", "Genomförd", ""),
            ("3", "Ny rutin för modersmålsstöd", "Rektor 7–9", "Ej påbörjad", "Pågår", ""),
            ("4", "Föräldrautbildning om flerspråkighet", "Familjecentralen", "Pågår", "Pausad", ""),
            ("5", "Kartläggning av elevernas språkbakgrund", "Elevhälsan", "Klar", "Klar", ""),
            ("6", "Digital lärresurs i svenska som andraspråk", "IT-pedagog", "Ej påbörjad", "Ej påbörjad", ""),
        ), (28.0, 180.0, 85.0, 65.0, 65.0, 60.0)),
    ),
    expected=(
        E("1", "activity", "completed"),
        E("2", "activity", "completed"),
        E("3", "activity", "in_progress"),
        E("4", "activity", "on_hold"),
        E("5", "activity", "completed"),
        E("6", "activity", "not_started"),
    ),
    notes="One status column per tertial; T3 is empty (the report is after tertial 2), so T2 is the current "
          "status as the intro says. The T1 column is history: 'Planerad' for 2 and 'Pågår' for 1 and 4 are not "
          "the status. 'Pausad' → on_hold.",
)

PAREN_END = Report(
    name="heldout6_status_paren_end_of_paragraph",
    style="heldout6-paren-end-paragraph",
    blocks=(
        Title("Socialnämnden – uppföljning av handlingsplan mot våld i nära relationer 2025"),
        Para("Handlingsplanen innehåller sex insatser inom två fokusområden. Under varje insats beskrivs vad som "
             "har gjorts under året; insatsens status anges inom parentes sist i texten."),
        Heading("Fokusområde: Förebyggande arbete", 2),
        Para("Programmet Mentorer i våldsprevention (MVP) har införts på två av kommunens tre högstadieskolor "
             "under läsåret. Personal från elevhälsan har utbildats som handledare och programmet följs upp med "
             "elevenkäter (se bilaga 2). Den tredje skolan startar till hösten. (Pågår)",
             lead="Våldsförebyggande program i högstadiet."),
        Para("Informationsmaterial om kommunens stöd till våldsutsatta har översatts till arabiska, somaliska, "
             "dari och tigrinja och delats ut via familjecentralen, biblioteken och mödravården. Materialet finns "
             "även på kommunens webbplats. (Genomförd)",
             lead="Information om stöd på fler språk."),
        Para("Utbildningen om våld mot äldre skulle ha genomförts under hösten men har fått skjutas upp eftersom "
             "utbildaren från Länsstyrelsen inte har kunnat medverka. Någon ny tid är ännu inte bokad. "
             "(Ej påbörjad)",
             lead="Utbildning för personal inom äldreomsorgen."),
        Heading("Fokusområde: Stöd och skydd", 2),
        Para("Rutinen för SIP har tagits fram tillsammans med regionens barn- och ungdomspsykiatri och används i "
             "ärenden där barnet behöver insatser från båda huvudmännen. Rutinen behöver ännu förankras i "
             "skolan. (Delvis genomförd)",
             lead="Samordnad individuell plan för barn som bevittnat våld."),
        Para("Frågan om ett eget skyddat boende har utretts i samverkan med två grannkommuner. Nämnden beslutade "
             "i maj att avvakta med etableringen till dess att den nya lagstiftningen om skyddade boenden har "
             "utvärderats. (Vilande)",
             lead="Skyddat boende i egen regi."),
        Para("Avtal har tecknats med en extern utförare om behandlingsprogram för våldsutövare. Hittills har elva "
             "personer påbörjat behandling och fyra har avslutat hela programmet (Pågår)",
             lead="Behandling för våldsutövare."),
    ),
    expected=(
        E(None, "effort", "in_progress", title="Våldsförebyggande program i högstadiet"),
        E(None, "effort", "completed", title="Information om stöd på fler språk"),
        E(None, "effort", "not_started", title="Utbildning för personal inom äldreomsorgen"),
        E(None, "effort", "partially_completed", title="Samordnad individuell plan för barn som bevittnat våld"),
        E(None, "effort", "on_hold", title="Skyddat boende i egen regi"),
        E(None, "effort", "in_progress", title="Behandling för våldsutövare"),
    ),
    notes="Unnumbered insatser: a bold run-in title, then a long paragraph whose last word in parentheses is the "
          "status (the last one without a closing full stop). Other parentheses ('(MVP)', '(se bilaga 2)') are "
          "not statuses. Traps in the prose: 'två av kommunens tre' (the label says Pågår), 'skulle ha "
          "genomförts' (not done), 'har avslutat hela programmet' (participants, not the insats). Fokusområden "
          "are groups; the intro's 'sex insatser' gives effort.",
)

REVISION_FOLLOWUP = Report(
    name="heldout6_revisionens_uppfoljning_rekommendationer",
    style="heldout6-revision-followup",
    header="Revisorerna i Lindviks kommun     Uppföljande granskning 2025",
    blocks=(
        Title("Uppföljning av tidigare granskning: Kommunstyrelsens styrning av lokalförsörjningen"),
        Para("Revisorerna granskade 2023 kommunstyrelsens styrning av lokalförsörjningen och lämnade fem "
             "rekommendationer. I denna uppföljning har vi tagit del av styrdokument och intervjuat berörda "
             "tjänstepersoner. För varje rekommendation redovisas vidtagen åtgärd och vår bedömning."),
        Para("Åtgärdad – rekommendationen är omhändertagen fullt ut. Delvis åtgärdad – arbete har genomförts "
             "men brister kvarstår. Ej åtgärdad – inga eller obetydliga åtgärder har vidtagits.",
             lead="Bedömningsskala:"),
        Heading("Rekommendation 1", 2),
        Para("Ta fram en lokalförsörjningsplan som omfattar samtliga nämnders lokalbehov."),
        Para("En kommunövergripande lokalförsörjningsplan antogs av kommunfullmäktige i mars 2025 och revideras "
             "årligen.", lead="Vidtagen åtgärd:"),
        Para("Åtgärdad.", lead="Bedömning:"),
        Heading("Rekommendation 2", 2),
        Para("Säkerställ att investeringsbeslut föregås av en behovsanalys."),
        Para("En mall för behovsanalys har tagits fram, men den har inte använts i två av årets tre större "
             "investeringsärenden.", lead="Vidtagen åtgärd:"),
        Para("Delvis åtgärdad.", lead="Bedömning:"),
        Heading("Rekommendation 3", 2),
        Para("Inrätta ett lokalstrategiskt forum med representanter för förvaltningarna."),
        Para("Forumet har inrättats och sammanträder en gång per kvartal.", lead="Vidtagen åtgärd:"),
        Para("Åtgärdad.", lead="Bedömning:"),
        Heading("Rekommendation 4", 2),
        Para("Följ upp lokalkostnaderna per verksamhet två gånger per år."),
        Para("Kommunstyrelsen har uppgett att uppföljningen ska införas, men någon uppföljning har ännu inte "
             "gjorts.", lead="Vidtagen åtgärd:"),
        Para("Ej åtgärdad.", lead="Bedömning:"),
        Heading("Rekommendation 5", 2),
        Para("Tydliggör ansvarsfördelningen mellan kommunstyrelsen och det kommunala fastighetsbolaget."),
        Para("Ett nytt ägardirektiv är under framtagande och beräknas beslutas under våren 2026. Ansvaret för "
             "hyresförhandlingar har redan förts över till bolaget.", lead="Vidtagen åtgärd:"),
        Para("Delvis åtgärdad.", lead="Bedömning:"),
        Heading("Sammanfattande bedömning", 2),
        Para("Sammantaget bedömer vi att två av fem rekommendationer är åtgärdade, två är delvis åtgärdade och en "
             "är ej åtgärdad."),
    ),
    expected=(
        E("1", "recommendation", "completed"),
        E("2", "recommendation", "partially_completed"),
        E("3", "recommendation", "completed"),
        E("4", "recommendation", "not_started"),
        E("5", "recommendation", "partially_completed"),
    ),
    notes="Revisionens uppföljning: 'Rekommendation N' headings, the recommendation's text, 'Vidtagen åtgärd:' and "
          "'Bedömning:' fields. The Bedömningsskala decides: Åtgärdad → completed, Delvis åtgärdad → "
          "partially_completed, Ej åtgärdad → not_started. In 5 'under framtagande' is in the Vidtagen åtgärd text; "
          "the Bedömning field (Delvis åtgärdad) decides. Kind recommendation: the noun the report uses for its items "
          "(first written as item, since 'rekommendation' is not in the README's list; changed after the first "
          "measurement showed the kind exists, see HELDOUT6.md). The closing counts belong to no item.",
)

INTERNKONTROLL = Report(
    name="heldout6_internkontroll_utford_avvikelse",
    style="heldout6-internkontroll",
    blocks=(
        Title("Kultur- och fritidsnämnden – uppföljning av internkontrollplan 2025"),
        Para("Internkontrollplanen innehåller fem kontrollmoment. Kolumnen Utförd anger om kontrollen har "
             "genomförts. Kolumnen Avvikelse anger om kontrollen visade brister; åtgärder med anledning av "
             "avvikelser redovisas i kommentaren."),
        Table((
            ("Nr", "Kontrollmoment", "Utförd", "Avvikelse", "Kommentar"),
            ("1", "Attest av fakturor enligt attestordningen", "Ja", "Nej",
             "Stickprov på 40 fakturor utan anmärkning."),
            ("2", "Föreningsbidrag betalas ut enligt beslut", "Ja", "Ja",
             "Två bidrag betalades ut före beslut. Rutinen har förtydligats."),
            ("3", "Hyresavtal för samlingslokaler är aktuella", "Delvis", "Ja",
             "Avtalen för badhuset och ishallen är granskade; övriga granskas i december."),
            ("4", "Registerutdrag vid anställning av lägerledare", "Nej", "–",
             "Kontrollen har flyttats till januari 2026 och har inte påbörjats."),
            ("5", "Kassahantering i simhallens reception", "Pågår", "–",
             "Kontrollen pågår och avslutas i november."),
        ), (28.0, 170.0, 45.0, 55.0, 185.0)),
    ),
    expected=(
        E("1", "item", "completed"),
        E("2", "item", "completed"),
        E("3", "item", "partially_completed"),
        E("4", "item", "not_started"),
        E("5", "item", "in_progress"),
    ),
    notes="The item is the kontrollmoment and its status is whether the control has been carried out (column "
          "Utförd: Ja → completed, Delvis → partially_completed, Nej with 'har inte påbörjats' → not_started, "
          "Pågår → in_progress). The Avvikelse column (Ja/Nej) is the control's finding, not a status: in 2 "
          "Avvikelse 'Ja' does not make the control partial. Kontrollmoment is no item noun: kind item.",
)

QUESTIONNAIRE = Report(
    name="heldout6_har_atgarden_genomforts",
    style="heldout6-har-genomforts",
    blocks=(
        Title("Uppföljning av handlingsplan för minskad sjukfrånvaro 2025 – svar från förvaltningarna"),
        Para("Varje ansvarig har fyllt i uppföljningsmallen. Frågan ”Har åtgärden genomförts?” besvaras med Ja, "
             "Nej eller Delvis; vid Nej eller Delvis beskrivs läget."),
        Para("Åtgärd 1. Tidig kontakt vid korttidsfrånvaro", bold=True),
        Para("Ja", lead="Har åtgärden genomförts?"),
        Para("Chefer kontaktar medarbetaren efter tredje frånvarotillfället inom sex månader.",
             lead="Beskriv läget:"),
        Para("Åtgärd 2. Höjt friskvårdsbidrag", bold=True),
        Para("Ja", lead="Har åtgärden genomförts?"),
        Para("Bidraget är höjt från 1 500 till 3 000 kronor per år från den 1 januari.", lead="Beskriv läget:"),
        Para("Åtgärd 3. Arbetsmiljöutbildning för alla chefer", bold=True),
        Para("Delvis", lead="Har åtgärden genomförts?"),
        Para("Chefer inom vård och omsorg har gått utbildningen; övriga förvaltningar utbildas under 2026.",
             lead="Beskriv läget:"),
        Para("Åtgärd 4. Digitalt system för rehabiliteringsärenden", bold=True),
        Para("Nej", lead="Har åtgärden genomförts?"),
        Para("Upphandlingen pågår och systemet beräknas vara i drift i april 2026.", lead="Beskriv läget:"),
        Para("Åtgärd 5. Hälsosamtal för medarbetare över 55 år", bold=True),
        Para("Nej", lead="Har åtgärden genomförts?"),
        Para("Åtgärden har inte påbörjats eftersom avtalet med företagshälsovården omförhandlas.",
             lead="Beskriv läget:"),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "completed"),
        E("3", "measure", "partially_completed"),
        E("4", "measure", "in_progress"),
        E("5", "measure", "not_started"),
    ),
    notes="A form: the question 'Har åtgärden genomförts?' answered Ja (completed), Delvis (partially_completed) "
          "or Nej, where the 'Beskriv läget:' answer decides (4: 'Upphandlingen pågår' → in_progress; 5: 'har "
          "inte påbörjats' → not_started).",
)

SUMMARY_LISTS = Report(
    name="heldout6_status_in_closing_summary_lists",
    style="heldout6-summary-number-lists",
    blocks=(
        Title("Uppföljning av åtgärdsprogram för dagvatten och skyfall 2023–2025"),
        Para("Åtgärdsprogrammet antogs av kommunfullmäktige 2023 och innehåller åtta åtgärder. Nedan beskrivs "
             "åtgärderna kort. Läget för varje åtgärd sammanfattas sist i rapporten."),
        Heading("Programmets åtgärder", 2),
        Para("1. Skyfallskartering för hela tätorten. Karteringen ska visa var vatten samlas vid ett hundraårsregn "
             "och ligga till grund för den fysiska planeringen."),
        Para("2. Dagvattenpolicy för nya detaljplaner. Policyn ska ställa krav på fördröjning av dagvatten inom "
             "kvartersmark."),
        Para("3. Öppna dagvattendammar i Norrängen. Två dammar anläggs för att fördröja flödena till Sågbäcken."),
        Para("4. Backventiler i kommunens fastigheter. Fastigheter med källare i riskområden förses med "
             "backventiler."),
        Para("5. Informationskampanj till villaägare. Villaägare i riskområden informeras om hur de kan skydda "
             "sina hus."),
        Para("6. Gröna tak på nya kommunala byggnader. Krav på gröna tak förs in i kommunens byggprogram."),
        Para("7. Reservkraft till pumpstationer. Samtliga pumpstationer förses med fast reservkraft."),
        Para("8. Samverkansgrupp med räddningstjänsten. En grupp bildas för gemensam planering inför skyfall."),
        Heading("Sammanfattning av läget i december 2025", 2),
        Para("Av programmets åtta åtgärder är fyra genomförda, två pågår, en har inte påbörjats och en har "
             "utgått."),
        Bullets((
            "Genomförda: åtgärd 1, 2, 5 och 8",
            "Pågående: åtgärd 3 och 6",
            "Ej påbörjad: åtgärd 4",
            "Utgått: åtgärd 7 – beslutades att inte genomföras efter kostnadsberäkningen",
        )),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "completed"),
        E("3", "measure", "in_progress"),
        E("4", "measure", "not_started"),
        E("5", "measure", "completed"),
        E("6", "measure", "in_progress"),
        E("7", "measure", "closed"),
        E("8", "measure", "completed"),
    ),
    notes="The numbered åtgärder carry no status where they are described (only 'ska' and present-tense plans); "
          "each status is given once, in the closing summary's list of numbers per status. 'Utgått … beslutades "
          "att inte genomföras' → closed (as heldout2's 'har utgått').",
)

UPPDRAGSLOGG = Report(
    name="heldout6_uppdragslogg_oppen_stangd",
    style="heldout6-oppen-stangd",
    header="Uppdragslogg – Kommunstyrelsen     Utskrift 2025-11-03",
    blocks=(
        Title("Kommunstyrelsens uppdrag till kommundirektören – uppdragslogg, november 2025"),
        Para("Loggen visar de uppdrag som kommunstyrelsen har lämnat sedan 2024. Status Öppen betyder att "
             "uppdraget ännu inte är slutredovisat; Stängd betyder att kommunstyrelsen har tagit emot "
             "slutredovisningen och avslutat uppdraget. Kommentaren beskriver läget."),
        Table((
            ("Uppdrag", "Beskrivning", "Beslut", "Status", "Kommentar"),
            ("U2024-03", "Utreda samlokalisering av kommunens servicecenter", "KS 2024-02-12 § 18", "Stängd",
             "Slutredovisad 2025-03-10 § 41."),
            ("U2024-05", "Ta fram riktlinjer för sponsring", "KS 2024-04-15 § 52", "Öppen",
             "Utkast på remiss hos förvaltningarna."),
            ("U2024-08", "Föreslå ny taxa för upplåtelse av allmän plats", "KS 2024-06-10 § 97",
             "Inväntar beslut", "Förslaget är överlämnat till kommunfullmäktige, som behandlar det 2025-11-24."),
            ("U2024-11", "Kartlägga kommunens lokaler för föreningslivet", "KS 2024-09-09 § 131", "Öppen",
             "Ej påbörjat; resurser saknas under 2025."),
            ("U2025-01", "Utreda kommunal borgen för bredbandsföreningar", "KS 2025-01-20 § 6", "Ej aktuell",
             "Föreningarna har fått statligt stöd och uppdraget behövs inte längre."),
            ("U2025-04", "Införa digitala nämndhandlingar för förtroendevalda", "KS 2025-03-10 § 44", "Stängd",
             "Infört i alla nämnder från 1 september."),
        ), (55.0, 150.0, 78.0, 60.0, 140.0)),
    ),
    expected=(
        E("U2024-03", "assignment", "closed"),
        E("U2024-05", "assignment", "in_progress"),
        E("U2024-08", "assignment", "proposal_submitted"),
        E("U2024-11", "assignment", "not_started"),
        E("U2025-01", "assignment", "closed"),
        E("U2025-04", "assignment", "closed"),
    ),
    notes="An issue-log status. The legend decides Stängd: 'tagit emot slutredovisningen och avslutat uppdraget' "
          "→ closed (avslutat), even for U2025-04 whose comment says 'Infört' (completed would be a defensible "
          "reading; I follow the legend). Öppen only says 'not finished': the comment decides (remiss → "
          "in_progress, 'Ej påbörjat' → not_started). 'Inväntar beslut' with 'Förslaget är överlämnat till "
          "kommunfullmäktige' → proposal_submitted (on_hold would be the other reading). 'Ej aktuell' (no longer "
          "needed) → closed. 'KS 2024-02-12 § 18' is the decision reference, not an id.",
)

PER_UNIT = Report(
    name="heldout6_status_per_forvaltning_samlad",
    style="heldout6-per-unit-columns",
    blocks=(
        Title("Handlingsplan för heltid som norm – uppföljning 2025"),
        Para("Planens åtgärder genomförs i tre förvaltningar: barn- och utbildningsförvaltningen (BUF), "
             "socialförvaltningen (SOF) och kultur- och fritidsförvaltningen (KFF). Kolumnerna per förvaltning "
             "visar läget i respektive förvaltning. Den samlade bedömningen i sista kolumnen avser kommunen som "
             "helhet."),
        Table((
            ("Åtgärd", "BUF", "SOF", "KFF", "Samlad bedömning"),
            ("1. Alla nya tjänster utlyses på heltid", "Klar", "Klar", "Klar", "Genomförd"),
            ("2. Schemaläggning med resurspass", "Klar", "Pågår", "Ej påbörjad", "Delvis genomförd"),
            ("3. Kartläggning av ofrivillig deltid", "Pågår", "Pågår", "Pågår", "Pågår"),
            ("4. Kompetensutveckling för medarbetare med resurspass", "Ej påbörjad", "Ej påbörjad",
             "Ej aktuellt", "Ej påbörjad"),
            ("5. Sysselsättningsgrad följs upp i personalbokslutet", "Klar", "Ej aktuellt", "Klar", "Genomförd"),
            ("6. Heltidsambassadörer på arbetsplatserna", "Ej aktuellt", "Pausad", "Ej aktuellt", "Vilande"),
        ), (200.0, 60.0, 60.0, 60.0, 103.0)),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "partially_completed"),
        E("3", "measure", "in_progress"),
        E("4", "measure", "not_started"),
        E("5", "measure", "completed"),
        E("6", "measure", "on_hold"),
    ),
    notes="Three status columns per förvaltning and a 'Samlad bedömning' column that the intro says is the "
          "kommun's status: that column decides. The first status column (BUF) differs for 2 (Klar) and 6 (Ej "
          "aktuellt). 'Vilande' → on_hold. The number is printed in the Åtgärd cell ('1. …').",
)

PAGE_SPLIT = Report(
    name="heldout6_long_items_page_split",
    style="heldout6-page-split",
    header="Norrsjö kommun – Kommunledningsförvaltningen",
    footer=True,
    blocks=(
        Title("Lägesrapport: aktivitetsplan för ett inkluderande arbetsliv, oktober 2025"),
        Para("Rapporten beskriver de fem aktiviteterna i planen. För varje aktivitet beskrivs först bakgrunden och "
             "därefter läget i oktober."),
        Para("Aktivitet 1 – Praktikplatser för personer med funktionsnedsättning", bold=True),
        Para("Kommunen ska som arbetsgivare erbjuda minst tjugo praktikplatser per år för personer med "
             "funktionsnedsättning. Aktiviteten utgår från den nationella strategin för funktionshinderspolitiken "
             "och från kommunens arbetsgivarpolicy. Arbetsmarknadsenheten matchar praktikanter mot "
             "förvaltningarnas behov och ger handledarna stöd under praktiktiden. Målet är att minst en "
             "fjärdedel av praktikanterna ska gå vidare till anställning."),
        Para("Under året har 23 praktikplatser tillsatts och sex praktikanter har fått anställning. Aktiviteten är "
             "genomförd för 2025."),
        Para("Aktivitet 2 – Språkstöd på arbetsplatsen", bold=True),
        Para("Många medarbetare i vård och omsorg har svenska som andraspråk. Språkombud på arbetsplatserna ska "
             "stödja kollegor i dokumentation och kommunikation med brukare och anhöriga. Ombuden får en "
             "utbildning på tio halvdagar och träffas i nätverk en gång per månad. Aktiviteten finansieras delvis "
             "med statsbidrag för kompetenslyft inom äldreomsorgen."),
        Para("Arbetet pågår på fyra äldreboenden och utvidgas till hemtjänsten under våren."),
        Para("Aktivitet 3 – Validering av yrkeskunskaper", bold=True),
        Para("Medarbetare utan formell utbildning ska kunna få sina kunskaper validerade mot "
             "undersköterskeutbildningen. Valideringen görs av vuxenutbildningen och ska leda till ett intyg som "
             "kan användas vid ansökan om skyddad yrkestitel. Aktiviteten förutsätter att kommunen tar emot "
             "statsbidrag för validering, och att vuxenutbildningen har bedömare med rätt kompetens. Intresset "
             "bland medarbetarna är stort: 64 personer anmälde intresse vid förfrågan i vintras."),
        PageBreak(),
        Para("Valideringen har ännu inte startat. Förvaltningen väntar på besked om statsbidraget och aktiviteten "
             "planeras nu till hösten 2026."),
        Para("Aktivitet 4 – Rekryteringsutbildning för chefer", bold=True),
        Para("Utbildningen genomfördes första gången 2022 som pilot och skulle ge alla chefer kunskap om "
             "kompetensbaserad rekrytering och om hur fördomar påverkar urvalet. Planen var att alla chefer skulle "
             "ha gått utbildningen före utgången av 2025."),
        Para("Årets utbildningsomgång avbröts när konsulten sade upp avtalet, och aktiviteten är avslutad utan att "
             "målet har nåtts."),
        Para("Aktivitet 5 – Anonymiserad rekrytering", bold=True),
        Para("I anonymiserad rekrytering döljs namn, ålder och kön i ansökningarna fram till intervjuurvalet. "
             "Metoden har prövats med goda resultat i flera kommuner."),
        Para("Anonymiserad rekrytering används nu i socialförvaltningen men ännu inte i övriga förvaltningar. "
             "Aktiviteten är därmed delvis genomförd."),
    ),
    expected=(
        E("1", "activity", "completed"),
        E("2", "activity", "in_progress"),
        E("3", "activity", "not_started"),
        E("4", "activity", "closed"),
        E("5", "activity", "partially_completed"),
    ),
    notes="Long activities: a background paragraph without status, then a second paragraph with the status. "
          "Activity 3 is split by a page break (header and 'Sida 1' between its background and its status "
          "paragraph). In 4 'genomfördes första gången 2022 som pilot' is history; 'avbröts … är avslutad utan "
          "att målet har nåtts' → closed.",
)

CAPS_HEADINGS = Report(
    name="heldout6_caps_headings_lagesbeskrivning",
    style="heldout6-caps-headings",
    font="Times",
    blocks=(
        Title("MILJÖ- OCH BYGGNÄMNDEN – UPPFÖLJNING AV NÄMNDENS UPPDRAG 2025"),
        Para("Nämnden gav i verksamhetsplanen för 2025 fem uppdrag till förvaltningen. Nedan redovisas en "
             "lägesbeskrivning och en kommentar till utfallet för varje uppdrag."),
        Heading("UPPDRAG 1. DIGITAL TILLSYNSPLANERING", 2),
        Para("Tillsynsplaneringen görs sedan april i det nya verksamhetssystemet. Uppdraget är genomfört.",
             lead="Lägesbeskrivning:"),
        Para("82 procent av de planerade tillsynsbesöken har gjorts, jämfört med 74 procent 2024.",
             lead="Kommentar till utfall:"),
        Heading("UPPDRAG 2. KORTARE HANDLÄGGNINGSTIDER FÖR BYGGLOV", 2),
        Para("Kontinuerligt arbete. Handläggningsrutinerna ses över löpande och nya mallar har införts.",
             lead="Lägesbeskrivning:"),
        Para("Mediantiden är fem veckor mot målet fyra veckor.", lead="Kommentar till utfall:"),
        Heading("UPPDRAG 3. INVENTERING AV ENSKILDA AVLOPP I SJÖSYSTEMET", 2),
        Para("Ej påbörjad. Inventeringen är planerad till 2026 när en ny inventerare har anställts.",
             lead="Lägesbeskrivning:"),
        Para("Inget utfall att redovisa.", lead="Kommentar till utfall:"),
        Heading("UPPDRAG 4. RIKTLINJER FÖR SOLCELLER I KULTURMILJÖER", 2),
        Para("Avrapporterad till nämnden den 18 juni 2025. Riktlinjerna tillämpas i bygglovshandläggningen.",
             lead="Lägesbeskrivning:"),
        Para("Sju bygglov för solceller i kulturmiljö har beviljats enligt riktlinjerna.",
             lead="Kommentar till utfall:"),
        Heading("UPPDRAG 5. SAMORDNAD TILLSYN MED RÄDDNINGSTJÄNSTEN", 2),
        Para("Avvaktar. Räddningstjänsten omorganiseras och samordningen återupptas när den nya organisationen är "
             "på plats.", lead="Lägesbeskrivning:"),
        Para("–", lead="Kommentar till utfall:"),
    ),
    expected=(
        E("1", "assignment", "completed"),
        E("2", "assignment", "in_progress"),
        E("3", "assignment", "not_started"),
        E("4", "assignment", "completed"),
        E("5", "assignment", "on_hold"),
    ),
    notes="Item headings in capitals ('UPPDRAG 1. DIGITAL TILLSYNSPLANERING'), set in Times, with "
          "'Lägesbeskrivning:' (the status) and 'Kommentar till utfall:' (outcome figures) fields. 'Kontinuerligt "
          "arbete' (continuous work) → in_progress. 'Avrapporterad till nämnden' with the guidelines in use → "
          "completed (judgement: reported back as done). 'Avvaktar' → on_hold.",
)

ABBREVIATIONS = Report(
    name="heldout6_abbreviated_status_codes",
    style="heldout6-abbreviations",
    blocks=(
        Title("Arbetsmarknadsnämnden – uppföljning av insatsplan 2025, september"),
        Para("Tabellen är hämtad ur nämndens uppföljningsmall. Under varje mål redovisas insatserna; statusen "
             "anges förkortad."),
        Para("Genomf. = genomförd, Delv. genomf. = delvis genomförd, Påg. = pågår, Ej påb. = ej påbörjad, "
             "Avv. = avvaktar, Avsl. = avslutad.", lead="Förkortningar:"),
        Table((
            ("Nr", "Mål / insats", "Ansv.", "Status", "Kommentar"),
            ("1", "Mål: Fler unga vuxna i arbete eller studier", "", "", ""),
            ("1.1", "Jobbtorg för unga 18–24 år", "AME", "Påg.", "Öppet två dagar i veckan."),
            ("1.2", "Feriearbete för gymnasieelever", "AME", "Genomf.", "312 ungdomar hade feriearbete."),
            ("1.3", "Studiemotiverande kurs på folkhögskolan", "Vux", "Ej påb.", "Start januari 2026."),
            ("2", "Mål: Minskat långvarigt försörjningsstöd", "", "", ""),
            ("2.1", "Individuellt stöd enligt IPS-metoden", "AME/SOC", "Delv. genomf.",
             "Två av tre coacher är anställda."),
            ("2.2", "Extratjänster i kommunala verksamheter", "HR", "Avv.",
             "Besked om statlig finansiering väntas."),
            ("2.3", "Språkpraktik i samarbete med näringslivet", "AME", "Avsl.",
             "Projektmedlen tog slut i juni."),
        ), (30.0, 185.0, 55.0, 60.0, 153.0)),
    ),
    expected=(
        E("1", "goal", "unknown"),
        E("1.1", "effort", "in_progress", parent="1"),
        E("1.2", "effort", "completed", parent="1"),
        E("1.3", "effort", "not_started", parent="1"),
        E("2", "goal", "unknown"),
        E("2.1", "effort", "partially_completed", parent="2"),
        E("2.2", "effort", "on_hold", parent="2"),
        E("2.3", "effort", "closed", parent="2"),
    ),
    notes="Abbreviated status codes in a narrow column, decoded by the 'Förkortningar:' key (Påg. → pågår, "
          "Genomf. → genomförd, Ej påb. → ej påbörjad, Delv. genomf. → delvis genomförd, Avv. → avvaktar "
          "(on_hold), Avsl. → avslutad (closed)). Goal rows 1 and 2 have no status (unknown); the insatser "
          "(header 'Mål / insats') are effort.",
)

STATUS_HISTORY = Report(
    name="heldout6_status_history_in_cell",
    style="heldout6-status-log-cell",
    blocks=(
        Title("Vård- och omsorgsnämnden – uppföljning av åtgärdsplan efter brukarundersökningen 2024"),
        Para("För varje åtgärd visas statushistoriken med datum. Den senaste noteringen står sist och anger "
             "åtgärdens aktuella status."),
        Table((
            ("Nr", "Åtgärd", "Statushistorik"),
            ("1", "Fler aktiviteter på helger i särskilt boende",
             "2025-02-03 Ej påbörjad. 2025-05-12 Pågår. 2025-10-06 Genomförd."),
            ("2", "Översyn av kontaktmannaskapet i hemtjänsten",
             "2025-02-03 Pågår. 2025-05-12 Pågår. 2025-10-06 Delvis genomförd."),
            ("3", "Tydligare information om avgifter", "2025-02-03 Genomförd."),
            ("4", "Matråd på varje boende", "2025-02-03 Ej påbörjad. 2025-05-12 Ej påbörjad. 2025-10-06 Pågår."),
            ("5", "Översyn av larmrutiner nattetid", "2025-02-03 Pågår. 2025-05-12 Vilande. 2025-10-06 Vilande."),
            ("6", "Digital tillsyn som alternativ till nattbesök",
             "2025-02-03 Pågår. 2025-05-12 Pågår. 2025-10-06 Avslutad."),
        ), (30.0, 220.0, 233.0)),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "partially_completed"),
        E("3", "measure", "completed"),
        E("4", "measure", "in_progress"),
        E("5", "measure", "on_hold"),
        E("6", "measure", "closed"),
    ),
    notes="A status history in one cell, dated notes in chronological order; the intro says the last one is the "
          "current status. The first word of the cell is the oldest status (a trap for 1, 4, 5, 6). 'Vilande' → "
          "on_hold, 'Avslutad' → closed.",
)

KANBAN = Report(
    name="heldout6_kanban_status_columns",
    style="heldout6-kanban",
    blocks=(
        Title("Fritidsnämnden – aktiviteter i handlingsplanen för ökad rörelse 2025, läget i oktober"),
        Para("Tabellen sorterar planens åtta aktiviteter efter läge. Varje aktivitet står i den kolumn som "
             "motsvarar dess status."),
        Table((
            ("Ej påbörjade", "Pågående", "Genomförda"),
            ("Utegym vid Strandparken", "Rörelsepass i skolan varje dag", "Gratis simskola för sjuåringar"),
            ("Cykelslinga för seniorer", "Spontanidrottsplats i Östra", "Prova på-dagar med föreningarna"),
            ("", "Ledarutbildning för unga", "Belysning i elljusspåret"),
        ), (161.0, 161.0, 161.0)),
    ),
    expected=(
        E(None, "activity", "not_started", title="Utegym vid Strandparken"),
        E(None, "activity", "not_started", title="Cykelslinga för seniorer"),
        E(None, "activity", "in_progress", title="Rörelsepass i skolan varje dag"),
        E(None, "activity", "in_progress", title="Spontanidrottsplats i Östra"),
        E(None, "activity", "in_progress", title="Ledarutbildning för unga"),
        E(None, "activity", "completed", title="Gratis simskola för sjuåringar"),
        E(None, "activity", "completed", title="Prova på-dagar med föreningarna"),
        E(None, "activity", "completed", title="Belysning i elljusspåret"),
    ),
    notes="A kanban table: one column per status (header Ej påbörjade / Pågående / Genomförda), each cell an "
          "activity. A row holds three unrelated activities; the column header is each one's status. Kind from "
          "the intro's 'åtta aktiviteter'.",
)

NEGATIVE_MOTION = Report(
    name="heldout6_negative_motion_att_satser",
    style="heldout6-negative",
    blocks=(
        Title("Motion om en handlingsplan för fler gröna skolgårdar"),
        Para("Till kommunfullmäktige i Stenbacka kommun"),
        Para("Kommunen antog 2021 en handlingsplan för barns utemiljöer. Arbetet har påbörjats på några skolor, "
             "men på de flesta skolgårdar har ingenting hänt. Av planens tolv åtgärder är enligt förvaltningens "
             "senaste uppföljning bara tre genomförda. Det räcker inte."),
        Para("Gröna skolgårdar ger skugga under varma somrar, bättre lek och bättre förutsättningar för lärande. "
             "Flera grannkommuner har kommit betydligt längre."),
        Para("Med anledning av ovanstående yrkar jag att kommunfullmäktige beslutar"),
        Para("1. att uppdra åt barn- och utbildningsnämnden att ta fram en ny handlingsplan för gröna "
             "skolgårdar,"),
        Para("2. att minst fem skolgårdar ska vara ombyggda senast 2027,"),
        Para("3. att uppdra åt tekniska nämnden att avsätta medel för trädplantering på skolgårdarna,"),
        Para("4. att arbetet ska följas upp årligen i kommunfullmäktige."),
        Para("Stenbacka den 2 oktober 2025"),
        Para("Anna Lindqvist (MP)"),
    ),
    expected=(),
    no_items=True,
    notes="A motion: its numbered att-satser are what the motionär asks fullmäktige to decide and have no status. "
          "'Arbetet har påbörjats' and 'bara tre genomförda' describe another plan as a whole. No items.",
)

NEGATIVE_BUDGET = Report(
    name="heldout6_negative_mal_och_budget",
    style="heldout6-negative",
    header="Haga kommun     Förslag till kommunfullmäktige     2025-10-27",
    blocks=(
        Title("Mål och budget 2026–2028 med plan för ekonomin"),
        Heading("1. Inledning", 1),
        Para("Mål och budget anger kommunfullmäktiges mål, nämndernas ekonomiska ramar och de uppdrag som "
             "nämnderna ska genomföra under planperioden."),
        Heading("2. Ekonomiska förutsättningar", 1),
        Para("Skatteunderlaget beräknas öka med 3,4 procent 2026. Resultatmålet är 2 procent av skatter och "
             "generella statsbidrag."),
        Heading("3. Nämndernas uppdrag och ramar", 1),
        Heading("3.1 Kommunstyrelsen", 2),
        Para("Ram 2026: 212,4 mnkr. Kommunstyrelsen får i uppdrag att ta fram en ny lokalförsörjningsplan och att "
             "utreda en gemensam växel med grannkommunerna."),
        Heading("3.2 Barn- och utbildningsnämnden", 2),
        Para("Ram 2026: 845,0 mnkr. Nämnden ska genomföra en översyn av skolorganisationen i ytterområdena. "
             "Arbetet påbörjas under 2026."),
        Heading("3.3 Socialnämnden", 2),
        Para("Ram 2026: 610,2 mnkr. Nämnden ska fortsätta införandet av heltid som norm, som pågår sedan 2023."),
        Table((
            ("Nämnd", "Budget 2025", "Budget 2026", "Förändring"),
            ("Kommunstyrelsen", "205,1", "212,4", "+3,6 %"),
            ("Barn- och utbildningsnämnden", "820,3", "845,0", "+3,0 %"),
            ("Socialnämnden", "596,8", "610,2", "+2,2 %"),
        ), (200.0, 95.0, 95.0, 93.0)),
        Heading("4. Investeringar", 1),
        Para("Större investeringar 2026 är en ny förskola i Hagalund (pågående projekt, klart 2027) och "
             "renovering av simhallen (planeras)."),
    ),
    expected=(),
    no_items=True,
    notes="A budget, not a follow-up: numbered headings (1, 3.1, 3.2 …) are sections and nämnder, the uppdrag are "
          "new and have no status. 'som pågår sedan 2023', 'pågående projekt' and 'planeras' describe the budget "
          "year's context. No items.",
)

REPORTS = (
    TERTIAL_MATRIX, PAREN_END, REVISION_FOLLOWUP, INTERNKONTROLL, QUESTIONNAIRE, SUMMARY_LISTS, UPPDRAGSLOGG,
    PER_UNIT, PAGE_SPLIT, CAPS_HEADINGS, ABBREVIATIONS, STATUS_HISTORY, KANBAN, NEGATIVE_MOTION, NEGATIVE_BUDGET,
)
