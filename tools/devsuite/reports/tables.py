"""Reports whose statuses sit in tables: words, letter codes, colour words, cell fills, icons and bars."""

from __future__ import annotations

from devsuite.spec import Bar, Bullets, Cell, Expected, Heading, Icon, PageBreak, Para, Report, Table, Title

E = Expected
# Column widths (points) of the common Nr | text | status layout on an A4 page with 56-point margins.
NR_TEXT_STATUS = (50.0, 300.0, 130.0)

RULED_NR = Report(
    name="table_ruled_nr_status",
    style="table-ruled",
    blocks=(
        Title("Uppföljning av handlingsplan för minskad energianvändning"),
        Para("Tabellen visar status för handlingsplanens åtgärder per den 31 december 2024."),
        Table((
            ("Nr", "Åtgärd", "Status"),
            ("1", "Byta belysning i sporthallarna till LED", "Genomförd"),
            ("2", "Injustera värmesystemen i skolorna", "Pågår"),
            ("3", "Installera solceller på stadshuset", "Ej påbörjad"),
            ("4", "Energiuppföljning per byggnad och månad", "Delvis genomförd"),
            ("5", "Utbilda driftpersonal i energieffektiv drift", "Klar"),
            ("6", "Avveckla oljepannan i Björkhagens skola", "Avslutad"),
        ), NR_TEXT_STATUS),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "not_started"),
        E("4", "measure", "partially_completed"),
        E("5", "measure", "completed"),
        E("6", "measure", "closed"),
    ),
)

RULED_BEDOMNING = Report(
    name="table_ruled_bedomning_uppdrag",
    style="table-ruled",
    blocks=(
        Title("Regionstyrelsens uppdrag – sammanställning per oktober 2025"),
        Para("Uppdragen i regionplanen och förvaltningens bedömning av hur långt de har kommit."),
        Table((
            ("Uppdrag", "Beskrivning", "Bedömning"),
            ("Uppdrag 1", "Införa ett gemensamt journalsystem i hela regionen", "Pågår enligt plan"),
            ("Uppdrag 2", "Utveckla nära vård i samverkan med kommunerna", "Påbörjat"),
            ("Uppdrag 3", "Ta fram en regional kulturstrategi", "Genomfört"),
            ("Uppdrag 4", "Utreda gemensam växel för regionens sjukhus", "Hanteras i annat uppdrag"),
            ("Uppdrag 5", "Ny tågdepå i Norrstad", "Vilande"),
        ), (70.0, 290.0, 120.0)),
    ),
    expected=(
        E("1", "assignment", "in_progress"),
        E("2", "assignment", "in_progress"),
        E("3", "assignment", "completed"),
        E("4", "assignment", "handled_elsewhere"),
        E("5", "assignment", "on_hold"),
    ),
)

RULED_LAGE_LETTERS = Report(
    name="table_ruled_lage_letter_ids",
    style="table-ruled",
    blocks=(
        Title("Handlingsplan för jämställdhet – läget i november"),
        Para("Aktiviteterna är märkta med område (A = arbetsgivare, B = service) och nummer."),
        Table((
            ("Nr", "Aktivitet", "Läge"),
            ("A1", "Lönekartläggning med analys av osakliga skillnader", "Genomförd"),
            ("A2", "Chefsutbildning i jämställd rekrytering", "Pågår"),
            ("B1", "Könsuppdelad statistik i alla verksamhetsberättelser", "Delvis genomförd"),
            ("B2", "Jämställdhetsanalys av föreningsbidragen", "Ej startad"),
        ), NR_TEXT_STATUS),
    ),
    expected=(
        E("A1", "activity", "completed"),
        E("A2", "activity", "in_progress"),
        E("B1", "activity", "partially_completed"),
        E("B2", "activity", "not_started"),
    ),
)

RULED_AKTUELLT_LAGE = Report(
    name="table_ruled_aktuellt_lage",
    style="table-ruled",
    blocks=(
        Title("Uppföljning av revisionens rekommendationer"),
        Para("Revisorerna lämnade sju rekommendationer i granskningen av IT-säkerheten. Tabellen visar "
             "förvaltningens åtgärder och det aktuella läget."),
        Table((
            ("Åtgärd", "Beskrivning", "Aktuellt läge"),
            ("1", "Upprätta en informationssäkerhetspolicy", "Antagen av KF 2024-09-23, klar"),
            ("2", "Genomföra riskanalyser för kritiska system", "Tre av sex analyser gjorda"),
            ("3", "Säkerhetskopiering som testas regelbundet", "Återläsningstester pågår"),
            ("4", "Behörighetsgenomgång två gånger per år", "Planerad till våren 2026"),
        ), (50.0, 250.0, 180.0)),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "partially_completed"),
        E("3", "measure", "in_progress"),
        E("4", "measure", "not_started"),
    ),
)

UNRULED = Report(
    name="table_unruled",
    style="table-unruled",
    blocks=(
        Title("Uppföljning av åtgärder för minskad matsvinn i skolköken"),
        Para("Sammanställningen nedan är hämtad ur kostenhetens verksamhetsberättelse."),
        Table((
            ("Nr", "Åtgärd", "Status"),
            ("1", "Vägning av tallrikssvinn en vecka per termin", "Genomförd"),
            ("2", "Anpassa portionsstorlekar efter ålder", "Pågår"),
            ("3", "Svinnråd med elever på varje skola", "Påbörjad"),
            ("4", "Sälja överbliven mat till personal", "Avslutad"),
        ), NR_TEXT_STATUS, ruled=False),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "in_progress"),
        E("4", "measure", "closed"),
    ),
)

UNRULED_BEDOMNING = Report(
    name="table_unruled_bedomning",
    style="table-unruled",
    font="Times",
    blocks=(
        Title("Internkontrollplan 2025 – uppföljning av kontrollmoment"),
        Para("Kontrollmomenten följs upp två gånger per år. Förvaltningens bedömning anges i högerspalten."),
        Table((
            ("Nr", "Kontrollmoment", "Bedömning"),
            ("K1", "Efterlevnad av delegationsordningen", "Genomfört utan anmärkning"),
            ("K2", "Hantering av allmänna handlingar", "Pågående"),
            ("K3", "Rutin för avvikelserapportering", "Ej genomfört, flyttas till 2026"),
            ("K4", "Kontroll av jäv vid upphandling", "Genomfört delvis"),
        ), (40.0, 260.0, 180.0), ruled=False),
    ),
    expected=(
        E("K1", "item", "completed"),
        E("K2", "item", "in_progress"),
        E("K3", "item", "not_started"),
        E("K4", "item", "partially_completed"),
    ),
    notes="'Kontrollmoment' is no item noun of the schema's list, so kind is item.",
)

# The long table: every row's status word and the category a reader gives it, written out by hand.
LONG_SUBJECTS = (
    "gatubelysningen i Norrby", "lekplatsen vid Ekparken", "cykelvägen längs ån", "busshållplatserna på Storgatan",
    "dagvattendammen i Väster", "parkeringen vid simhallen", "gångbron över järnvägen", "torget i Lia",
    "skolgården i Hov", "badplatsen vid Kallsjön", "stadsparkens gångar", "infarten till industriområdet",
    "rondellen vid Coop", "trappan till kyrkan", "hamnplanen", "spontanidrottsytan i Söder",
    "gångtunneln vid stationen", "pulkabacken i Ekbacka", "motionsspåret i Hagaskogen", "allén på Kungsgatan",
)
LONG_VERBS = ("Rusta upp", "Se över", "Tillgänglighetsanpassa")
LONG_STATUS_CYCLE = (
    ("Klar", "completed"), ("Pågår", "in_progress"), ("Ej påbörjad", "not_started"),
    ("Pågår", "in_progress"), ("Delvis klar", "partially_completed"), ("Avslutad", "closed"),
    ("Vilande", "on_hold"),
)


def _long_rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for number in range(1, 61):
        subject = LONG_SUBJECTS[(number - 1) % len(LONG_SUBJECTS)]
        verb = LONG_VERBS[(number - 1) // len(LONG_SUBJECTS)]
        word, category = LONG_STATUS_CYCLE[(number * 3) % len(LONG_STATUS_CYCLE)]
        rows.append((str(number), f"{verb} {subject}", word, category))
    return rows


LONG_TABLE = Report(
    name="table_long_continued",
    style="table-long-continued",
    blocks=(
        Title("Underhållsplan för allmän platsmark – uppföljning 2025"),
        Para("Tabellen omfattar samtliga 60 åtgärder i underhållsplanen. Den fortsätter på nästa sida utan "
             "upprepat tabellhuvud."),
        Table((("Nr", "Åtgärd", "Status"), *((nr, text, word) for nr, text, word, _ in _long_rows())),
              NR_TEXT_STATUS, text_page_after=37),
    ),
    expected=tuple(E(nr, "measure", category) for nr, _, _, category in _long_rows()),
    footer=True,
)

LETTER_CODES = Report(
    name="letter_codes_legend",
    style="letter-codes-legend",
    blocks=(
        Title("Åtgärdsprogram för miljömålen i Skåneby – uppföljning 2024"),
        Para("Uppföljningen bygger på rapporteringen i ER, kommunens system för energi- och "
             "resursuppföljning. Varje åtgärd har fått en statuskod."),
        Para("Teckenförklaring:", bold=True),
        Para("G: Åtgärden är genomförd helt eller i huvudsak"),
        Para("H: Åtgärden är genomförd till hälften eller mer"),
        Para("P: Åtgärden är påbörjad men ej genomförd till hälften"),
        Para("E: Ej påbörjad"),
        Table((
            ("Nr", "Åtgärd", "Status", "Kommentar"),
            ("1", "Minska användningen av fossila drivmedel", "H", "Andelen fossilfritt bränsle är 70 %."),
            ("2", "Skydda värdefulla våtmarker", "P", "Två våtmarker är utpekade i ER."),
            ("3", "Kartlägga förorenade områden", "G", "Kartläggningen är klar."),
            ("4", "Återinföra betesdjur i naturreservaten", "E", "Saknar finansiering."),
            ("5", "Minska plastavfallet i kommunens verksamheter", "P", ""),
        ), (40.0, 200.0, 50.0, 190.0)),
    ),
    expected=(
        E("1", "measure", "partially_completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "completed"),
        E("4", "measure", "not_started"),
        E("5", "measure", "in_progress"),
    ),
    notes="ER is the name of a reporting system, not a status code. H = half or more: partially_completed.",
)

LETTER_CODES_INLINE = Report(
    name="letter_codes_inline",
    style="letter-codes-legend",
    blocks=(
        Title("Lokalt åtgärdsprogram för luftkvalitet – uppföljning 2025"),
        Para("Varje åtgärd har fått en statuskod enligt länsstyrelsens modell. Koderna förklaras sist i "
             "dokumentet. Mätdata kommer från ER-stationen vid Stortorget (ER = Environmental Reference)."),
        Para("Åtgärd 1 Miljözon klass 2 i centrum", bold=True),
        Para("Status: G. Miljözonen gäller sedan 1 juli."),
        Para("Åtgärd 2 Dubbdäcksförbud på Drottninggatan", bold=True),
        Para("Status: E. Beslutet har överklagats."),
        Para("Åtgärd 3 Fler laddplatser för taxi", bold=True),
        Para("Status: H. Tolv av tjugo platser är byggda."),
        Para("Åtgärd 4 Kampanj för tomgångskörning", bold=True),
        Para("Status: P"),
        Heading("Teckenförklaring", 2),
        Bullets((
            "G – genomförd helt eller i huvudsak",
            "H – genomförd till hälften eller mer",
            "P – påbörjad men inte genomförd till hälften",
            "E – ej påbörjad",
        ), char="–"),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "not_started"),
        E("3", "measure", "partially_completed"),
        E("4", "measure", "in_progress"),
    ),
    notes="The legend comes after the items. 'ER' names a measuring station, not a code.",
)

TRAFFIC_WORDS_LEGEND = Report(
    name="traffic_words_legend",
    style="traffic-legend",
    blocks=(
        Title("Verksamhetsplan för fritidsgårdarna – uppföljning per aktivitet"),
        Para("Grön = Enligt plan. Gul = Försenad men pågår. Röd = Ej påbörjad. Blå = Klar.",
             lead="Förklaring:"),
        Table((
            ("Nr", "Aktivitet", "Bedömning"),
            ("1", "Öppna fritidsgården i Lia även på lördagar", "Blå"),
            ("2", "Tjejkvällar varannan vecka", "Grön"),
            ("3", "Läxhjälp i samarbete med biblioteket", "Gul"),
            ("4", "Sommarläger för unga med funktionsnedsättning", "Röd"),
        ), NR_TEXT_STATUS),
    ),
    expected=(
        E("1", "activity", "completed"),
        E("2", "activity", "in_progress"),
        E("3", "activity", "in_progress"),
        E("4", "activity", "not_started"),
    ),
)

TRAFFIC_TABLE_NO_LEGEND = Report(
    name="traffic_table_no_legend",
    style="traffic-no-legend",
    blocks=(
        Title("Uppföljning av nämndens verksamhetsmål 2024"),
        Para("Målen bedöms med trafikljus. Bedömningen motiveras i kolumnen Analys."),
        Table((
            ("Verksamhetsmål", "Bedömning", "Analys"),
            ("Alla elever ska ha en meningsfull fritid", "Grön", "Målet är uppfyllt: 82 procent deltar i en "
             "fritidsaktivitet."),
            ("Fler unga ska engagera sig i föreningslivet", "Gul", "Målet är delvis uppfyllt; ökningen gäller "
             "bara pojkar."),
            ("Simkunnighet i årskurs 6", "Grön", "Samtliga elever klarar simkravet. Uppfyllt."),
        ), (170.0, 70.0, 240.0), ruled=False),
    ),
    expected=(
        E(None, "goal", "completed", title="Alla elever ska ha en meningsfull fritid"),
        E(None, "goal", "partially_completed", title="Fler unga ska engagera sig"),
        E(None, "goal", "completed", title="Simkunnighet i årskurs 6"),
    ),
    notes="Colour words without a legend; the analysis column says what each colour means here.",
)

CELL_FILLS = Report(
    name="table_cell_fills",
    style="cell-fill",
    blocks=(
        Title("Handlingsplan för tillgänglighet – färgmarkerad uppföljning"),
        Para("Statuskolumnen är färgmarkerad: grön = genomförd, gul = pågår, röd = ej påbörjad."),
        Table((
            ("Nr", "Åtgärd", "Status"),
            ("1", "Automatiska dörröppnare i kommunhuset", Cell(fill="green")),
            ("2", "Hörslingor i alla möteslokaler", Cell(fill="yellow")),
            ("3", "Taktila ledstråk vid busstationen", Cell(fill="red")),
            ("4", "Tillgänglighetsdatabas på webben", Cell(fill="yellow")),
        ), NR_TEXT_STATUS),
    ),
    expected=(
        E("1", "measure", "completed", icon="green", pdf_only=("category", "icon")),
        E("2", "measure", "in_progress", icon="yellow", pdf_only=("category", "icon")),
        E("3", "measure", "not_started", icon="red", pdf_only=("category", "icon")),
        E("4", "measure", "in_progress", icon="yellow", pdf_only=("category", "icon")),
    ),
    notes="The status is only the cell colour, given as `icon`; a text dump loses it.",
)

STRATSYS_HEADER = "Status: Påbörjad     Rapportperiod: 2025-12-31     Organisation: Kultur- och fritidsnämnden"
ACTIVITY_HEADER = ("Aktivitet", "Status", "Färdiggrad")
ACTIVITY_WIDTHS = (300.0, 60.0, 120.0)
GOAL_HEADER = ("Nämndmål", "Bedömning")
GOAL_WIDTHS = (400.0, 80.0)


def _goal(title: str, icon: Icon, comment: str) -> tuple[Table, Para]:
    return Table((GOAL_HEADER, (title, Cell(icon=icon))), GOAL_WIDTHS), Para(comment, lead="Kommentar:")


def _activity(title: str, icon: Icon, percent: int, comment: str) -> tuple[Table, Para]:
    rows = (ACTIVITY_HEADER, (title, Cell(icon=icon), Cell(bar=Bar(percent))))
    return Table(rows, ACTIVITY_WIDTHS), Para(comment, lead="Kommentar:")


TICK = Icon("green", "tick")
ON_TRACK = Icon("green", "circle")
WARNING = Icon("yellow", "exclamation")
STOPPED = Icon("red", "cross")
NOT_STARTED = Icon("grey", "circle")

STRATSYS_PNG = Report(
    name="stratsys_png_icons",
    style="stratsys-icons",
    header=STRATSYS_HEADER,
    footer=True,
    blocks=(
        Title("Kultur- och fritidsnämnden, Årsbokslut 2025"),
        Para("Symboler: grön bock = Klar, grön cirkel = Pågår enligt plan, gul med utropstecken = Pågår med "
             "avvikelse, rött kryss = Avbruten, grå cirkel = Ej påbörjad. Nämndmål: grön = Uppfyllt, gul = "
             "Delvis uppfyllt.", lead="Teckenförklaring:"),
        Heading("04 Hav och marina resurser", 2),
        *_goal("Fler invånare ska ha tillgång till kust och hav", Icon("yellow"),
               "Två av tre planerade insatser har gjorts under året."),
        *_activity("Strandstädning med föreningar", TICK, 100, "Fyra städdagar med 300 deltagare."),
        *_activity("Tillgänglig badplats i Kivik", ON_TRACK, 40, "Ramp och ledstång är beställda."),
        PageBreak(),
        Heading("08 Hållbart samhällsbyggande", 2),
        *_goal("Kulturmiljöer ska bevaras och utvecklas", Icon("green"), "Målet bedöms vara nått för 2025."),
        *_activity("Skyltning av kulturmiljöer", WARNING, 75, "Leveransen av skyltar är försenad."),
        *_activity("Föreläsningsserie om byggnadsvård", STOPPED, 0, "Serien ställdes in efter beslut i nämnden."),
        *_activity("Digital karta över fornlämningar", NOT_STARTED, 0, "Tas upp i verksamhetsplanen 2026."),
    ),
    expected=(
        E(None, "goal", "partially_completed", title="Fler invånare ska ha tillgång", icon="yellow",
          pdf_only=("category", "icon")),
        E(None, "activity", "completed", title="Strandstädning med föreningar", parent="Fler invånare ska ha tillgång",
          progress=100, icon="green", pdf_only=("category", "icon", "progress")),
        E(None, "activity", "in_progress", title="Tillgänglig badplats i Kivik", parent="Fler invånare ska ha tillgång",
          progress=40, icon="green", pdf_only=("category", "icon", "progress")),
        E(None, "goal", "completed", title="Kulturmiljöer ska bevaras", icon="green", pdf_only=("category", "icon")),
        E(None, "activity", "in_progress", title="Skyltning av kulturmiljöer", parent="Kulturmiljöer ska bevaras",
          progress=75, icon="yellow", pdf_only=("category", "icon", "progress")),
        E(None, "activity", "closed", title="Föreläsningsserie om byggnadsvård", parent="Kulturmiljöer ska bevaras",
          progress=0, icon="red", pdf_only=("category", "icon", "progress")),
        E(None, "activity", "not_started", title="Digital karta över fornlämningar",
          parent="Kulturmiljöer ska bevaras", progress=0, icon="grey", pdf_only=("category", "icon", "progress")),
    ),
    notes="The page header 'Status: Påbörjad' is the report's workflow state, not an item status.",
)

STRATSYS_VECTOR = Report(
    name="stratsys_vector_icons",
    style="stratsys-icons",
    header="Status: Påbörjad     Rapportperiod: 2025-08-31     Organisation: Miljö- och hälsoskyddsnämnden",
    blocks=(
        Title("Miljö- och hälsoskyddsnämnden, Delårsrapport augusti 2025"),
        Heading("03 Hälsa och välbefinnande", 2),
        *_activity("Tillsyn av skolornas inomhusmiljö", Icon("green", "tick", "vector"), 100,
                   "Projektet genomfört och avslutat för 2025."),
        *_activity("Radonmätningar i flerbostadshus", Icon("green", "circle", "vector"), 40,
                   "Mätningarna har påbörjats i 120 lägenheter."),
        Heading("15 Ekosystem och biologisk mångfald", 2),
        *_activity("Inventering av invasiva arter", Icon("yellow", "exclamation", "vector"), 75,
                   "Inventeringen pågår men är försenad på grund av sjukdom."),
        *_activity("Föreläsning om pollinatörer", Icon("red", "cross", "vector"), 0,
                   "Föreläsning har ej kunnat genomföras och har inte påbörjats."),
    ),
    expected=(
        E(None, "activity", "completed", title="Tillsyn av skolornas inomhusmiljö", progress=100, icon="green",
          pdf_only=("icon", "progress")),
        E(None, "activity", "in_progress", title="Radonmätningar i flerbostadshus", progress=40, icon="green",
          pdf_only=("icon", "progress")),
        E(None, "activity", "in_progress", title="Inventering av invasiva arter", progress=75, icon="yellow",
          pdf_only=("icon", "progress")),
        E(None, "activity", "not_started", title="Föreläsning om pollinatörer", progress=0, icon="red",
          pdf_only=("icon", "progress")),
    ),
    notes="No legend; each comment states the status in prose, so the category is scored on the text dump too.",
)

STRATSYS_FILLS = Report(
    name="stratsys_fills_printed_percent",
    style="stratsys-fills",
    header="Status: Klar     Rapportperiod: 2025-12-31     Organisation: Tekniska nämnden",
    footer=True,
    blocks=(
        Title("Tekniska nämnden, Verksamhetsberättelse 2025"),
        Para("Färgerna i statuskolumnen: grön = slutförd, gul = pågår, röd = ej startad.",
             lead="Förklaring:"),
        Heading("07 Hållbar energi för alla", 2),
        Table((("Aktivitet", "Status", "Färdiggrad"),
               ("Energieffektivisering av gatubelysningen", Cell(fill="yellow"), "60 %")), ACTIVITY_WIDTHS),
        Para("Armaturer byts löpande i takt med underhållet.", lead="Kommentar:"),
        Table((("Aktivitet", "Status", "Färdiggrad"),
               ("Solcellspark vid reningsverket", Cell(fill="green"), "100 %")), ACTIVITY_WIDTHS),
        Para("Parken invigdes i oktober.", lead="Kommentar:"),
        Heading("11 Hållbara städer och samhällen", 2),
        Table((("Aktivitet", "Status", "Färdiggrad"),
               ("Ny gång- och cykelbro över Lillån", Cell(fill="red"), "0 %")), ACTIVITY_WIDTHS),
        Para("Projekteringen startar när finansieringen är klar.", lead="Kommentar:"),
    ),
    expected=(
        E(None, "activity", "in_progress", title="Energieffektivisering av gatubelysningen", progress=60,
          icon="yellow", pdf_only=("category", "icon")),
        E(None, "activity", "completed", title="Solcellspark vid reningsverket", progress=100, icon="green",
          pdf_only=("category", "icon")),
        E(None, "activity", "not_started", title="Ny gång- och cykelbro över Lillån", progress=0, icon="red",
          pdf_only=("category", "icon")),
    ),
    notes="The status is the cell colour (pdf only); färdiggrad is printed, so it counts in the dump too. The "
          "header 'Status: Klar' is the report's workflow state.",
)

PROGRESS_PRINTED = Report(
    name="progress_printed_percent",
    style="progress-printed",
    blocks=(
        Title("Uppföljning av digitaliseringsstrategin – tertial 2"),
        Para("Aktivitet 1 E-arkiv för kommunens verksamhetssystem", bold=True),
        Para("Pågår. Färdiggrad 75 %. Tre av fyra system är anslutna."),
        Para("Aktivitet 2 Digital signering av avtal", bold=True),
        Para("Klar. Färdiggrad 100 %."),
        Para("Aktivitet 3 Chattbot på webbplatsen", bold=True),
        Para("Påbörjad. Färdiggrad 20 %. Upphandlingen är avslutad och leverantören har börjat."),
        Para("Aktivitet 4 Automatiserad fakturahantering", bold=True),
        Para("Ej påbörjad. Färdiggrad 0 %."),
    ),
    expected=(
        E("1", "activity", "in_progress", progress=75),
        E("2", "activity", "completed", progress=100),
        E("3", "activity", "in_progress", progress=20),
        E("4", "activity", "not_started", progress=0),
    ),
)

REPORTS = (
    RULED_NR, RULED_BEDOMNING, RULED_LAGE_LETTERS, RULED_AKTUELLT_LAGE, UNRULED, UNRULED_BEDOMNING, LONG_TABLE,
    LETTER_CODES, LETTER_CODES_INLINE, TRAFFIC_WORDS_LEGEND, TRAFFIC_TABLE_NO_LEGEND, CELL_FILLS, STRATSYS_PNG,
    STRATSYS_VECTOR, STRATSYS_FILLS, PROGRESS_PRINTED,
)
