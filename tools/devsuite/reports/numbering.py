"""Reports that differ above all in how their items are numbered."""

from __future__ import annotations

from devsuite.spec import Bullets, Expected, Heading, PageBreak, Para, Report, Split, Title

E = Expected

PAREN_JOINT = Report(
    name="num_paren_joint_sections",
    style="num-paren",
    blocks=(
        Title("Uppföljning av handlingsplan för en jämlik skola 2024"),
        Para("Barn- och utbildningsnämnden antog handlingsplanen i februari 2023. Planen innehåller sex uppdrag "
             "till förvaltningen. Nedan listas uppdragen och därefter redovisas hur arbetet har gått."),
        Heading("Uppdrag i handlingsplanen"),
        Para("1) Kartlägga hur elevhälsans resurser fördelas mellan skolenheterna."),
        Para("2) Ta fram en modell för tidiga insatser i läsning och skrivning i förskoleklass."),
        Para("3) Utveckla samarbetet mellan skola och socialtjänst kring elever med hög frånvaro."),
        Para("4) Införa gemensamma rutiner för överlämning mellan stadier."),
        Para("5) Stärka studie- och yrkesvägledningen i årskurs 7–9."),
        Para("6) Utvärdera effekterna av den nya resursfördelningsmodellen."),
        Heading("Status och planerad inriktning för uppdrag 1:", 2),
        Para("Kartläggningen genomfördes under våren 2024 och redovisades för nämnden den 12 juni 2024. "
             "Resultatet används i budgetarbetet inför 2025."),
        Heading("Status och planerad inriktning för uppdrag 2:", 2),
        Para("En arbetsgrupp med speciallärare från fyra skolor har påbörjat arbetet. Ett första utkast till "
             "modell väntas i mars 2025."),
        Heading("Status och planerad inriktning för uppdrag 3, 4 och 5:", 2),
        Para("Arbetet med uppdragen pågår. Samverkansmöten med socialtjänsten hålls varannan månad och en "
             "gemensam överlämningsmall prövas i två rektorsområden. Vägledarna har fått utökad tid."),
        Heading("Status och planerad inriktning för uppdrag 6:", 2),
        Para("Uppdraget har ännu inte påbörjats. Utvärderingen kan göras först när modellen har tillämpats "
             "under ett helt läsår, vilket planeras till hösten 2025."),
    ),
    expected=(
        E("1", "assignment", "completed"),
        E("2", "assignment", "in_progress"),
        E("3", "assignment", "in_progress"),
        E("4", "assignment", "in_progress"),
        E("5", "assignment", "in_progress"),
        E("6", "assignment", "not_started"),
    ),
)

PAREN_INLINE = Report(
    name="num_paren_inline_comments",
    style="num-paren",
    blocks=(
        Title("Handlingsplan mot buller – uppföljning 2025"),
        Para("Miljö- och byggnämnden följer upp åtgärderna i handlingsplanen mot buller en gång per år."),
        Heading("Åtgärder"),
        Para("1) Bullerskärm längs Ringvägen mellan Norra infarten och Industrigatan."),
        Para("Skärmen är uppförd och besiktigades i oktober. Åtgärden är därmed genomförd.", indent=18),
        Para("2) Sänkt hastighet till 40 km/h på Storgatan nattetid."),
        Para("Beslut om lokal trafikföreskrift är fattat men skyltningen pågår fortfarande.", indent=18),
        Para("3) Fönsterbyte i de mest utsatta bostäderna längs järnvägen."),
        Para("Ingen fastighetsägare har ännu anmält intresse, och åtgärden har inte startats.", indent=18),
        Para("4) Tyst asfalt vid nästa beläggningsarbete på Västra vägen."),
        Para("Åtgärden hanteras inom ramen för trafikkontorets underhållsplan.", indent=18),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "not_started"),
        E("4", "measure", "handled_elsewhere"),
    ),
)

PAREN_PROPOSALS = Report(
    name="num_paren_lettered_proposals",
    style="num-paren",
    blocks=(
        Title("Uppföljning 2025 av handlingsplan för läkarstöd i särskilt boende"),
        Para("Handlingsplanen från 2023 innehåller fyra uppdrag. Till uppdrag 2 har arbetsgruppen lämnat "
             "förslag, som listas med bokstäver."),
        Para("1) Ta fram en gemensam mall för läkarbesök på boendena."),
        Para("2) Föreslå hur läkarmedverkan ska ersättas."),
        Para("3) Följa upp tillgängligheten till läkare under helger."),
        Para("4) Utreda digital rond som komplement."),
        Heading("Status och planerad inriktning för uppdrag 1:", 2),
        Para("Mallen är färdigställd och används sedan januari på alla boenden."),
        Heading("Status och planerad inriktning för uppdrag 2:", 2),
        Para("Arbetsgruppen har lämnat följande förslag till styrgruppen:"),
        Para("a) att ersättningen räknas per listad patient,", indent=18),
        Para("b) att jourtid ersätts separat,", indent=18),
        Para("c) att modellen utvärderas efter ett år.", indent=18),
        Para("Styrgruppen har ännu inte tagit ställning till förslagen."),
        Heading("Status och planerad inriktning för uppdrag 3 och 4:", 2),
        Para("Uppföljningen av helgtillgängligheten pågår med stickprov varje kvartal. Den digitala ronden "
             "har inte påbörjats, eftersom tekniken upphandlas först 2026."),
    ),
    expected=(
        E("1", "assignment", "completed"),
        E("2", "assignment", "proposal_submitted"),
        E("3", "assignment", "in_progress"),
        E("4", "assignment", "not_started"),
    ),
    notes="The lettered a)-c) are proposals inside a status section, not items.",
)

PAREN_HANGING = Report(
    name="num_paren_hanging_times",
    style="num-paren",
    font="Times",
    footer=True,
    blocks=(
        Title("Uppföljning av handlingsplan för samordnad vård av multisjuka äldre"),
        Para("Styrgruppen fastställde handlingsplanen i juni 2022. Den omfattar fem uppdrag, som här redovisas "
             "med numret i en egen spalt och status under respektive uppdrag."),
        Para("Initiera en gemensam vårdplaneringsrutin mellan kommun och region.", label="1)"),
        Para("Status och planerad inriktning för uppdrag 1:", bold=True, indent=26),
        Para("Rutinen godkändes av styrgruppen 2023-03-15 och har därefter införts i alla kommuner.",
             indent=26),
        Para("Ta fram gemensamma kriterier för hemsjukvårdens läkarstöd.", label="2)"),
        Para("Utreda hur läkemedelsgenomgångar kan göras digitalt.", label="3)"),
        Para("Status och planerad inriktning för uppdrag 2 och 3:", bold=True, indent=26),
        Para("Kriterierna är under bearbetning i en arbetsgrupp. Utredningen om digitala "
             "läkemedelsgenomgångar har inletts och ska redovisas under hösten.", indent=26),
        Para("Följa upp andelen oplanerade återinskrivningar.", label="4)"),
        Para("Status och planerad inriktning för uppdrag 4:", bold=True, indent=26),
        Para("Uppföljningen sker numera inom ramen för regionens ordinarie kvalitetsrapportering, och "
             "uppdraget hanteras där.", indent=26),
        Para("Införa mobila team i samtliga kommuner.", label="5)"),
        Para("Status och planerad inriktning för uppdrag 5:", bold=True, indent=26),
        Para("Mobila team finns i sju av elva kommuner; införandet är delvis genomfört.", indent=26),
    ),
    expected=(
        E("1", "assignment", "completed"),
        E("2", "assignment", "in_progress"),
        E("3", "assignment", "in_progress"),
        E("4", "assignment", "handled_elsewhere"),
        E("5", "assignment", "partially_completed"),
    ),
    notes="Set in Times, numbers in their own column with the text hanging, as in the project's sample report.",
)

DOT_HANGING = Report(
    name="num_dot_hanging_times",
    style="num-dot",
    font="Times",
    blocks=(
        Title("Uppföljning av åtgärdsplan för skolans digitala lärmiljöer"),
        Heading("Åtgärder", 2),
        Para("Alla elever i årskurs 4–9 ska ha en egen dator. Datorerna delades ut i augusti och åtgärden är "
             "genomförd.", label="1."),
        Para("Lärare ska erbjudas fortbildning i digitala verktyg. Fortbildningen har påbörjats; hälften av "
             "lärarna har deltagit.", label="2."),
        Para("Skolornas nätverk ska byggas ut. Utbyggnaden väntar på beslut om investeringsbudget och är "
             "tills vidare vilande.", label="3."),
        Para("En gemensam lärplattform ska upphandlas. Upphandlingen har inte startats.", label="4."),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "on_hold"),
        E("4", "measure", "not_started"),
    ),
)

BOTH_PARENS = Report(
    name="num_both_parens",
    style="num-both-parens",
    blocks=(
        Title("Uppföljning av trygghetsplanen för centrum"),
        Para("Kommunstyrelsen gav i april 2024 förvaltningen fem uppdrag. Här följer en kort redovisning."),
        Para("(1) Förbättra belysningen i gångtunnlarna vid stationen.", bold=True),
        Para("Ny belysning är installerad i samtliga tre tunnlar. Klart."),
        Para("(2) Inrätta ett trygghetsråd med näringsidkare och polis.", bold=True),
        Para("Rådet har haft två möten; arbetet fortsätter och pågår under hela 2025."),
        Para("(3) Utöka kameraövervakningen på torget.", bold=True),
        Para("Ansökan om tillstånd har lämnats in. Uppdraget avvaktar Integritetsskyddsmyndighetens besked."),
        Para("(4) Genomföra trygghetsvandringar två gånger per år.", bold=True),
        Para("Vandringarna genomfördes i maj och i november."),
        Para("(5) Ta fram en plan för klotterborttagning inom 24 timmar.", bold=True),
        Para("Ett förslag till plan har lämnats till kommunstyrelsen för beslut."),
    ),
    expected=(
        E("1", "assignment", "completed"),
        E("2", "assignment", "in_progress"),
        E("3", "assignment", "on_hold"),
        E("4", "assignment", "completed"),
        E("5", "assignment", "proposal_submitted"),
    ),
)

DOT_PLAIN = Report(
    name="num_dot_plain",
    style="num-dot",
    blocks=(
        Title("Årlig uppföljning av biblioteksplanen"),
        Para("Biblioteksplanen 2023–2026 har sju prioriterade insatser. Insatserna numreras som i planen."),
        Para("1. Meröppet bibliotek i Västerby.", bold=True),
        Para("Meröppet infördes den 1 mars och används flitigt. Insatsen är genomförd."),
        Para("2. Läsfrämjande insatser för barn i förskoleåldern.", bold=True),
        Para("Bokstartshembesök görs i två bostadsområden och arbetet pågår."),
        Para("3. Digital delaktighet för äldre.", bold=True),
        Para("Kurser i e-legitimation hölls under våren. Fortsättning under hösten är planerad, så arbetet "
             "fortgår."),
        Para("4. Samverkan med skolbiblioteken.", bold=True),
        Para("Har inte påbörjats. Frågan tas upp när den nya skolbibliotekarien är anställd."),
        Para("5. Bokbuss till landsbygden.", bold=True),
        Para("Bokbussen lades ned efter beslut i nämnden. Insatsen är avslutad."),
    ),
    expected=(
        E("1", "effort", "completed"),
        E("2", "effort", "in_progress"),
        E("3", "effort", "in_progress"),
        E("4", "effort", "not_started"),
        E("5", "effort", "closed"),
    ),
)

DOT_MEASURES = Report(
    name="num_dot_measures_bullets",
    style="num-dot",
    blocks=(
        Title("Uppföljning av åtgärdsprogram för Sävån"),
        Para("Åtgärdsprogrammet för vattenförekomsten Sävån omfattar fyra åtgärder. Varje åtgärd redovisas "
             "med de delmoment som har genomförts."),
        Heading("Åtgärder enligt programmet"),
        Para("1. Anlägga våtmarker i avrinningsområdet"),
        Bullets(("två våtmarker om totalt 4 hektar är anlagda", "en tredje är projekterad")),
        Para("Bedömning: åtgärden är delvis genomförd."),
        Para("2. Åtgärda vandringshinder vid Kvarnfallet"),
        Bullets(("fiskväg byggd 2024",)),
        Para("Bedömning: genomförd."),
        Para("3. Tillsyn av enskilda avlopp"),
        Bullets(("inventering av 300 fastigheter", "förelägganden skickas löpande")),
        Para("Bedömning: pågående."),
        Para("4. Skyddszoner längs åkermark"),
        Para("Bedömning: ej påbörjad, avvaktar nytt stöd från Jordbruksverket."),
    ),
    expected=(
        E("1", "measure", "partially_completed"),
        E("2", "measure", "completed"),
        E("3", "measure", "in_progress"),
        E("4", "measure", "not_started"),
    ),
)

DECIMAL_NESTED = Report(
    name="num_decimal_nested",
    style="num-decimal-nested",
    blocks=(
        Title("Handlingsplan för digitalisering inom vård och omsorg – uppföljning"),
        Para("Handlingsplanen har tre mål, och under varje mål finns aktiviteter med egna nummer."),
        Heading("1 Digitala tjänster för brukare"),
        Para("1.1 Införa digital nattillsyn i hemtjänsten. Status: Genomförd i samtliga hemtjänstområden."),
        Para("1.2 Erbjuda videosamtal med biståndshandläggare. Status: Pågår."),
        Heading("2 Verksamhetssystem"),
        Para("2.1 Byta verksamhetssystem för socialtjänsten. Status: Upphandlingen pågår."),
        Para("2.1.1 Kravställning tillsammans med användarna. Status: Klar."),
        Para("2.1.2 Migrering av akter. Status: Ej påbörjad."),
        Heading("3 Kompetens"),
        Para("3.1 Digitala ombud på varje enhet. Status: Delvis genomförd, 14 av 20 enheter har ett ombud."),
    ),
    expected=(
        E("1", "goal", "unknown", title="Digitala tjänster för brukare"),
        E("1.1", "activity", "completed", parent="1"),
        E("1.2", "activity", "in_progress", parent="1"),
        E("2", "goal", "unknown", title="Verksamhetssystem"),
        E("2.1", "activity", "in_progress", parent="2"),
        E("2.1.1", "activity", "completed", parent="2.1"),
        E("2.1.2", "activity", "not_started", parent="2.1"),
        E("3", "goal", "unknown", title="Kompetens"),
        E("3.1", "activity", "partially_completed", parent="3"),
    ),
    notes="The goals 1, 2, 3 are headings and carry no status of their own.",
)

DECIMAL_DEEP = Report(
    name="num_decimal_deep_sections",
    style="num-decimal-nested",
    blocks=(
        Title("Uppföljning av handlingsprogram för skydd mot olyckor"),
        Para("Räddningstjänsten redovisar här läget för handlingsprogrammets mål och åtgärder."),
        Para("1.1 Färre bränder i bostäder", bold=True),
        Para("1.1.1 Informera om brandvarnare vid hembesök. Informationen ges vid varje hembesök sedan "
             "januari och har nått 1 200 hushåll; insatsen fortsätter."),
        Para("1.1.2 Utbilda hemtjänstens personal i brandskydd. Utbildningen har genomförts för all personal."),
        Para("1.2 Snabbare insatser på landsbygden", bold=True),
        Para("1.2.1 Inrätta första insatsperson (FIP) i Norrby. Arbetet har inte kunnat påbörjas eftersom "
             "rekryteringen har dragit ut på tiden."),
        Para("1.2.2 Se över larmplanerna. Översynen slutfördes i september 2024."),
    ),
    expected=(
        E("1.1", "goal", "unknown"),
        E("1.1.1", "measure", "in_progress", parent="1.1"),
        E("1.1.2", "measure", "completed", parent="1.1"),
        E("1.2", "goal", "unknown"),
        E("1.2.1", "measure", "not_started", parent="1.2"),
        E("1.2.2", "measure", "completed", parent="1.2"),
    ),
    notes="Kinds follow the intro's 'mål och åtgärder': the two-level numbers are goals, three-level measures.",
)

UPPDRAG_COLON = Report(
    name="num_uppdrag_colon",
    style="num-uppdrag-colon",
    blocks=(
        Title("Uppföljning av regionstyrelsens uppdrag om kompetensförsörjning"),
        Para("Regionstyrelsen beslutade den 3 maj 2023 om fem uppdrag till regiondirektören."),
        Heading("Uppdrag 1: Ta fram en regionövergripande kompetensförsörjningsplan", 2),
        Para("Planen godkändes av regionstyrelsen i december 2023."),
        Heading("Uppdrag 2: Utreda förutsättningarna för betald specialistutbildning för sjuksköterskor", 2),
        Para("Utredningen pågår och beräknas vara klar under första kvartalet 2025."),
        Heading("Uppdrag 3: Införa introduktionsår för nyexaminerade", 2),
        Para("Introduktionsåret infördes på samtliga sjukhus hösten 2024."),
        Heading("Uppdrag 4: Minska användningen av inhyrd personal", 2),
        Para("Kostnaderna för inhyrd personal har minskat med 30 procent. Arbetet fortsätter under 2025."),
        Heading("Uppdrag 5: Se över lönebildningen för bristyrken", 2),
        Para("Uppdraget hanteras i den ordinarie löneöversynen och redovisas inte separat."),
    ),
    expected=(
        E("1", "assignment", "completed"),
        E("2", "assignment", "in_progress"),
        E("3", "assignment", "completed"),
        E("4", "assignment", "in_progress"),
        E("5", "assignment", "handled_elsewhere"),
    ),
)

UPPDRAG_COLON_BODY = Report(
    name="num_uppdrag_colon_runin",
    style="num-uppdrag-colon",
    blocks=(
        Title("Kultur- och fritidsnämndens uppdrag 2024 – återrapport"),
        Para("Uppdrag 1: Utreda en ny placering av ungdomens hus. Utredningen har lämnats till nämnden "
             "med två förslag på lokaler."),
        Para("Uppdrag 2: Öka antalet lovaktiviteter på landsbygden. Under sommarlovet genomfördes 46 "
             "aktiviteter i sex orter. Uppdraget är klart."),
        Para("Uppdrag 3: Ta fram en plan för idrottsanläggningarnas underhåll. Arbetet är påbörjat men har "
             "försenats av personalbrist."),
        Para("Uppdrag 4: Se över taxorna för lokaluthyrning. Uppdraget är vilande i väntan på "
             "kommunfullmäktiges taxebeslut."),
    ),
    expected=(
        E("1", "assignment", "proposal_submitted"),
        E("2", "assignment", "completed"),
        E("3", "assignment", "in_progress"),
        E("4", "assignment", "on_hold"),
    ),
)

UPPDRAG_DASH = Report(
    name="num_uppdrag_dash",
    style="num-uppdrag-dash",
    blocks=(
        Title("Uppföljning av handlingsplan för suicidprevention"),
        Para("Handlingsplanen innehåller fyra uppdrag. Läget redovisas per uppdrag."),
        Para("Uppdrag 1 – Utbilda nyckelpersoner i första hjälpen till psykisk hälsa", bold=True),
        Para("Samtliga 120 nyckelpersoner har gått utbildningen. Uppdraget är genomfört."),
        Para("Uppdrag 2 – Säkra miljöer vid broar och höga byggnader", bold=True),
        Para("En inventering har påbörjats tillsammans med Trafikverket."),
        Para("Uppdrag 3 – Rutin för uppföljning efter suicidförsök", bold=True),
        Para("Rutinen är delvis införd: psykiatrin använder den, primärvården ännu inte."),
        Para("Uppdrag 4 – Informationskampanj för unga vuxna", bold=True),
        Para("Planeras till våren 2026. Inget arbete har påbörjats."),
    ),
    expected=(
        E("1", "assignment", "completed"),
        E("2", "assignment", "in_progress"),
        E("3", "assignment", "partially_completed"),
        E("4", "assignment", "not_started"),
    ),
)

UPPDRAG_YEAR = Report(
    name="num_uppdrag_year",
    style="num-uppdrag-year",
    blocks=(
        Title("Redovisning av nämndens uppdrag 2024"),
        Para("Uppdragen numreras med år och löpnummer. Uppdrag från tidigare år som ännu inte är slutförda "
             "redovisas också."),
        Heading("Uppdrag 2023:7 Analysera väntetiderna till försörjningsstöd", 2),
        Para("Analysen redovisades i februari 2024. Avslutat."),
        Heading("Uppdrag 2024:1 Införa digital ansökan om ekonomiskt bistånd", 2),
        Para("Den digitala ansökan lanserades i september. Genomfört."),
        Heading("Uppdrag 2024:2 Stärka samverkan med Arbetsförmedlingen", 2),
        Para("En lokal överenskommelse förhandlas fortfarande. Pågår."),
        Heading("Uppdrag 2024:3 Utreda ett kommunalt jobbcenter", 2),
        Para("Utredningen har ej startats. Planerad start januari 2025."),
    ),
    expected=(
        E("2023:7", "assignment", "closed"),
        E("2024:1", "assignment", "completed"),
        E("2024:2", "assignment", "in_progress"),
        E("2024:3", "assignment", "not_started"),
    ),
)

UPPDRAG_NR = Report(
    name="num_uppdrag_nr",
    style="num-uppdrag-nr",
    blocks=(
        Title("Återrapportering av uppdrag till samhällsbyggnadsförvaltningen"),
        Para("Uppdrag nr 1: Ta fram en ny parkeringsnorm.", bold=True),
        Para("Parkeringsnormen antogs av kommunfullmäktige i november 2024."),
        Para("Uppdrag nr 2: Utreda cykelparkering vid resecentrum.", bold=True),
        Para("Utredningen pågår tillsammans med kollektivtrafikmyndigheten."),
        Para("Uppdrag nr 3: Planera för en ny förskola i Östra Hage.", bold=True),
        Para("Detaljplanearbetet har påbörjats och samråd hålls under våren."),
    ),
    expected=(
        E("1", "assignment", "completed"),
        E("2", "assignment", "in_progress"),
        E("3", "assignment", "in_progress"),
    ),
)

ATGARD_LETTER = Report(
    name="num_atgard_letter_suffix",
    style="num-atgard-letter",
    blocks=(
        Title("Uppföljning av åtgärdsplan efter internkontroll 2024"),
        Para("Internkontrollen visade brister i tre processer. Åtgärder med bokstav är delåtgärder som lades "
             "till efter revisorernas synpunkter."),
        Para("Åtgärd 1: Uppdatera attestordningen. Attestordningen är uppdaterad och beslutad. Klar."),
        Para("Åtgärd 2: Kontroll av leverantörsregistret. Kontrollen görs kvartalsvis och pågår."),
        Para("Åtgärd 3: Dokumentera rutinen för representation. Rutinen är framtagen och genomförd."),
        Para("Åtgärd 3a: Utbilda chefer i den nya rutinen. Utbildningen har inte påbörjats."),
        Para("Åtgärd 3b: Stickprov på representationsfakturor. Första stickprovet är gjort; arbetet pågår."),
    ),
    expected=(
        E("1", "measure", "completed"),
        E("2", "measure", "in_progress"),
        E("3", "measure", "completed"),
        E("3a", "measure", "not_started"),
        E("3b", "measure", "in_progress"),
    ),
    notes="3a and 3b are printed as measures of their own; a reader may also see them as parts of 3 (parent null "
          "here because the report does not say so).",
)

ROMAN = Report(
    name="num_roman",
    style="num-roman",
    blocks=(
        Title("Uppföljning av överenskommelsen med civilsamhället"),
        Para("Överenskommelsen har fyra åtaganden för kommunen. Varje åtagande följs upp årligen."),
        Heading("I. Gemensam dialog", 2),
        Para("Dialogforum hölls två gånger under året. Åtagandet genomförs löpande och pågår."),
        Heading("II. Enklare bidragsregler", 2),
        Para("Nya bidragsregler beslutades i juni och gäller från 2025. Genomfört."),
        Heading("III. Tillgång till lokaler", 2),
        Para("En lokalbank är under framtagande."),
        Heading("IV. Uppföljning av överenskommelsen", 2),
        Para("Den första utvärderingen planeras till 2026 och har alltså inte påbörjats."),
    ),
    expected=(
        E("I", "item", "in_progress"),  # "åtagande" is no item noun of the schema's list
        E("II", "item", "completed"),
        E("III", "item", "in_progress"),
        E("IV", "item", "not_started"),
    ),
)

LETTER_NUMBER = Report(
    name="num_letter_number",
    style="num-letter-number",
    blocks=(
        Title("Uppföljning av klimatplanens åtgärder"),
        Para("Åtgärderna har en bokstav för området (A = transporter, B = energi) och ett löpnummer."),
        Heading("A Transporter", 2),
        Para("A1 Elbilar i kommunens fordonsflotta. 62 procent av fordonen är eldrivna. Pågår."),
        Para("A2 Laddinfrastruktur vid kommunala arbetsplatser. 40 laddpunkter är installerade. Genomförd."),
        Para("A3 Resepolicy med krav på tåg under 50 mil. Förslag till resepolicy är lämnat till "
             "kommunstyrelsen."),
        Heading("B Energi", 2),
        Para("B1 Solceller på skolor och förskolor. Fem anläggningar är klara, sju återstår. Delvis genomförd."),
        Para("B2 Energikartläggning av alla verksamhetslokaler. Ej påbörjad."),
    ),
    expected=(
        E("A1", "measure", "in_progress"),
        E("A2", "measure", "completed"),
        E("A3", "measure", "proposal_submitted"),
        E("B1", "measure", "partially_completed"),
        E("B2", "measure", "not_started"),
    ),
)

NUMBER_SPACE_TITLE = Report(
    name="num_number_space_title",
    style="num-number-space-title",
    blocks=(
        Title("Handlingsplan för näringslivet – lägesrapport"),
        Para("Handlingsplanen har fem insatser med korta namn. Under varje insats beskrivs läget."),
        Heading("1 Samverkan", 2),
        Para("Näringslivsrådet träffas kvartalsvis. Arbetet pågår enligt plan."),
        Heading("2 Etableringar", 2),
        Para("Etableringsstrategin antogs i mars och insatsen är därmed genomförd."),
        Heading("3 Företagslotsen", 2),
        Para("Lotsfunktionen har inte kunnat startas eftersom tjänsten inte är tillsatt."),
        Heading("4 Kompetens", 2),
        Para("Ett förslag till kompetensråd har lämnats till kommunstyrelsen."),
        Heading("5 Upphandling", 2),
        Para("Insatsen hanteras i kommunens nya upphandlingspolicy."),
    ),
    expected=(
        E("1", "effort", "in_progress"),
        E("2", "effort", "completed"),
        E("3", "effort", "not_started"),
        E("4", "effort", "proposal_submitted"),
        E("5", "effort", "handled_elsewhere"),
    ),
)

GOAL_ACTIVITY = Report(
    name="num_goal_activity",
    style="num-goal-activity",
    blocks=(
        Title("Verksamhetsplan 2024 för äldreomsorgen – uppföljning per mål"),
        Para("Under varje mål redovisas aktiviteterna och deras status."),
        Heading("Mål 1: Äldre ska känna sig trygga i hemtjänsten", 2),
        Para("Aktivitet 1.1 – Fast omsorgskontakt för alla med hemtjänst. Genomförd."),
        Para("Aktivitet 1.2 – Färre personer per brukare och månad. Pågår."),
        Heading("Mål 2: Måltiden ska vara en höjdpunkt på dagen", 2),
        Para("Aktivitet 2.1 – Måltidsombud på alla särskilda boenden. Påbörjad."),
        Para("Aktivitet 2.2 – Kostenkät till alla boende. Har inte påbörjats."),
        Para("Aktivitet 2.3 – Gemensamma måltider med personal. Genomförd på tre av fyra boenden."),
    ),
    expected=(
        E("1", "goal", "unknown"),
        E("1.1", "activity", "completed", parent="1"),
        E("1.2", "activity", "in_progress", parent="1"),
        E("2", "goal", "unknown"),
        E("2.1", "activity", "in_progress", parent="2"),
        E("2.2", "activity", "not_started", parent="2"),
        E("2.3", "activity", "partially_completed", parent="2"),
    ),
)

OFFSET_START = Report(
    name="num_offset_start",
    style="num-offset-start",
    blocks=(
        Title("Uppföljning av kommunfullmäktiges uppdrag, fortsättning"),
        Para("Uppdragen har löpnummer från den samlade uppdragslistan; här redovisas de som rör tekniska "
             "nämnden."),
        Para("98) Utreda återvinningscentral i norra kommundelen. Utredningen är slutförd och "
             "överlämnad."),
        Para("99) Byta gatubelysning till LED. Bytet pågår, ungefär hälften av armaturerna är bytta."),
        Para("100) Ta fram en dagvattenplan. Inget arbete är påbörjat."),
        Para("101) Inventera lekplatser. Inventeringen genomfördes under sommaren."),
    ),
    expected=(
        E("98", "assignment", "completed"),
        E("99", "assignment", "in_progress"),
        E("100", "assignment", "not_started"),
        E("101", "assignment", "completed"),
    ),
)

RESTART_AREAS = Report(
    name="num_restart_per_area",
    style="num-restart-per-area",
    blocks=(
        Title("Uppföljning av folkhälsoplanen 2024"),
        Para("Folkhälsoplanen har två områden. Åtgärderna numreras från 1 inom varje område."),
        Heading("Område A: Goda livsvillkor för barn och unga", 2),
        Para("1. Familjecentral i Södra Bro – öppnade i augusti, genomförd."),
        Para("2. Föräldraskapsstöd på arabiska och somaliska – pågår."),
        Para("3. Rökfria skolgårdar – ej påbörjad."),
        Heading("Område B: Hälsa och vård för äldre", 2),
        Para("1. Fallpreventiva träningsgrupper – pågår i fyra orter."),
        Para("2. Uppsökande hembesök för 75-åringar – genomförd."),
        Para("3. Mötesplatser mot ofrivillig ensamhet – avvaktar lokal."),
    ),
    expected=(
        E(None, "measure", "completed", title="Familjecentral i Södra Bro"),
        E(None, "measure", "in_progress", title="Föräldraskapsstöd på arabiska"),
        E(None, "measure", "not_started", title="Rökfria skolgårdar"),
        E(None, "measure", "in_progress", title="Fallpreventiva träningsgrupper"),
        E(None, "measure", "completed", title="Uppsökande hembesök"),
        E(None, "measure", "on_hold", title="Mötesplatser mot ofrivillig ensamhet"),
    ),
    notes="Numbers restart per area, so items are matched by title; each area has 1, 2, 3.",
)

CAPS_SAME_LINE = Report(
    name="caps_trailing_right",
    style="caps-trailing",
    blocks=(
        Title("Uppföljning av politiska uppdrag 2024"),
        Para("Uppdragen redovisas per nämnd. Status anges med versaler efter varje uppdrag."),
        Heading("Regionstyrelsen", 2),
        Split("Revidera lokalförsörjningsplanen", "PÅGÅENDE"),
        Split("Genomlysning av parkeringsbehoven vid sjukhusen", "AVSLUTAT"),
        Split("Ta fram en strategi för hyresavtal (från budget 2023)", "PÅGÅENDE"),
        Heading("Hälso- och sjukvårdsnämnden", 2),
        Split("Utveckla mobila team för multisjuka äldre", "GENOMFÖRT"),
        Split("Pröva digitala vårdmöten i tandvården", "EJ PÅBÖRJAT"),
        Heading("Kultur- och bildningsnämnden", 2),
        Split("Utreda en regional filmfond", "AVSLUTAT"),
    ),
    expected=(
        E(None, "assignment", "in_progress", title="Revidera lokalförsörjningsplanen"),
        E(None, "assignment", "closed", title="Genomlysning av parkeringsbehoven"),
        E(None, "assignment", "in_progress", title="Ta fram en strategi för hyresavtal"),
        E(None, "assignment", "completed", title="Utveckla mobila team"),
        E(None, "assignment", "not_started", title="Pröva digitala vårdmöten"),
        E(None, "assignment", "closed", title="Utreda en regional filmfond"),
    ),
)

CAPS_NEXT_LINE = Report(
    name="caps_trailing_next_line",
    style="caps-trailing",
    blocks=(
        Title("Redovisning av uppdrag i budget 2025 – helårsuppföljning"),
        Heading("Samhällsbyggnadsnämnden", 2),
        Para("Ta fram ett grönstrukturprogram för tätorterna"),
        Para("PÅGÅR"),
        Para("Utreda behovet av pendelparkeringar längs väg 13"),
        Para("KLART"),
        Heading("Socialnämnden", 2),
        Para("Inför nattpatrull för ensamkommande unga (från budget 2024)"),
        Para("AVSLUTAT"),
        Para("Utveckla stödet till anhöriga"),
        Para("DELVIS GENOMFÖRT"),
        PageBreak(),
        Heading("Utbildningsnämnden", 2),
        Para("Öka andelen behöriga lärare i matematik"),
        Para("PÅGÅR"),
        Para("Utred skolskjutsorganisationen"),
        Para("EJ PÅBÖRJAT"),
    ),
    expected=(
        E(None, "assignment", "in_progress", title="Ta fram ett grönstrukturprogram"),
        E(None, "assignment", "completed", title="Utreda behovet av pendelparkeringar"),
        E(None, "assignment", "closed", title="Inför nattpatrull"),
        E(None, "assignment", "partially_completed", title="Utveckla stödet till anhöriga"),
        E(None, "assignment", "in_progress", title="Öka andelen behöriga lärare"),
        E(None, "assignment", "not_started", title="Utred skolskjutsorganisationen"),
    ),
)

CAPS_TIMES_MIXED = Report(
    name="caps_trailing_times_mixed",
    style="caps-trailing",
    font="Times",
    blocks=(
        Title("Uppföljning av fullmäktiges uppdrag till nämnderna 2025"),
        Para("För varje nämnd listas uppdragen med aktuell status till höger. Uppdrag som har överförts från "
             "tidigare år är markerade."),
        Heading("Barn- och ungdomsnämnden", 2),
        Split("Utreda behovet av en ny grundskola i Östra Lia", "KLAR"),
        Split("Införa avgiftsfri lovverksamhet (överfört från 2024)", "PÅGÅR"),
        Heading("Vård- och omsorgsnämnden", 2),
        Split("Pröva nattkamera som alternativ till nattillsyn", "AVSLUTAD"),
        Split("Ta fram en demensstrategi", "EJ STARTAD"),
        Split("Utveckla träffpunkter för seniorer", "VILANDE"),
    ),
    expected=(
        E(None, "assignment", "completed", title="Utreda behovet av en ny grundskola"),
        E(None, "assignment", "in_progress", title="Införa avgiftsfri lovverksamhet"),
        E(None, "assignment", "closed", title="Pröva nattkamera"),
        E(None, "assignment", "not_started", title="Ta fram en demensstrategi"),
        E(None, "assignment", "on_hold", title="Utveckla träffpunkter för seniorer"),
    ),
)

REPORTS = (
    PAREN_JOINT, PAREN_INLINE, PAREN_PROPOSALS, PAREN_HANGING, BOTH_PARENS, DOT_PLAIN, DOT_MEASURES, DOT_HANGING,
    DECIMAL_NESTED, DECIMAL_DEEP,
    UPPDRAG_COLON, UPPDRAG_COLON_BODY, UPPDRAG_DASH, UPPDRAG_YEAR, UPPDRAG_NR, ATGARD_LETTER, ROMAN, LETTER_NUMBER,
    NUMBER_SPACE_TITLE, GOAL_ACTIVITY, OFFSET_START, RESTART_AREAS, CAPS_SAME_LINE, CAPS_NEXT_LINE,
    CAPS_TIMES_MIXED,
)
