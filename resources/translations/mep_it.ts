<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Market Entry Planner</source>
        <translation>Informazioni su Market Entry Planner</translation>
    </message>
    <message>
        <source>Plan a brand&apos;s entry into Douyin, Kuaishou, Taobao/Tmall and JD.com: reach, frequency, costs and sales before you spend.</source>
        <translation>Pianifica l&apos;ingresso di un brand su Douyin, Kuaishou, Taobao/Tmall e JD.com: copertura, frequenza, costi e vendite prima di spendere.</translation>
    </message>
    <message>
        <source>Every default figure has a source, a year and a grade (A: filing or official page; B: reputable press or research; C: blog, unverified; W: assumed). See the Assumptions tab.</source>
        <translation>Ogni valore predefinito ha una fonte, un anno e un grado di affidabilità (A: documento societario o pagina ufficiale; B: stampa autorevole o ricerca; C: blog, non verificato; W: ipotizzato). Vedi la scheda Ipotesi.</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Librerie e relative licenze</translation>
    </message>
    <message>
        <source>Qt is used under the LGPL-3.0: its libraries are separate files in the installation folder, which you may replace with your own build.</source>
        <translation>Qt è usato con licenza LGPL-3.0: le sue librerie sono file separati nella cartella di installazione e puoi sostituirle con una tua build.</translation>
    </message>
</context>
<context>
    <name>ActualsTab</name>
    <message>
        <source>Platform reports (*.csv *.xlsx);;All files (*)</source>
        <translation>Report delle piattaforme (*.csv *.xlsx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import actuals…</source>
        <translation>Importa i risultati effettivi…</translation>
    </message>
    <message>
        <source>Read ad reports from Qianchuan, Magnetic Engine, Wanxiangtai or JD (CSV or Excel)</source>
        <translation>Leggi i report pubblicitari di Qianchuan, Magnetic Engine, Wanxiangtai o JD (CSV o Excel)</translation>
    </message>
    <message>
        <source>Accept calibration</source>
        <translation>Accetta la calibrazione</translation>
    </message>
    <message>
        <source>Replace the assumptions the reports speak to with their calibrated values and ranges (one edit: Undo restores)</source>
        <translation>Sostituisci le ipotesi coperte dai report con i valori e gli intervalli calibrati (una sola modifica: Annulla ripristina)</translation>
    </message>
    <message>
        <source>Re-forecast</source>
        <translation>Nuova previsione</translation>
    </message>
    <message>
        <source>Add a scenario on the calibrated figures in which the money already spent is locked; the optimiser can move only the rest</source>
        <translation>Aggiungi uno scenario sui valori calibrati in cui la spesa già sostenuta è bloccata; l&apos;ottimizzatore può spostare solo il resto</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) kept aside: link their campaign to a line below.</source>
        <translation>
            <numerusform>%n rilevazione messa da parte: collega la sua campagna a una voce qui sotto.</numerusform>
            <numerusform>%n rilevazioni messe da parte: collega la loro campagna a una voce qui sotto.</numerusform>
        </translation>
    </message>
    <message>
        <source>No actual results yet. Import the platforms&apos; ad reports (File › Import actuals…) to compare spend with the plan and calibrate the assumptions.</source>
        <translation>Ancora nessun risultato effettivo. Importa i report pubblicitari delle piattaforme (File › Importa i risultati effettivi…) per confrontare la spesa con il piano e calibrare le ipotesi.</translation>
    </message>
    <message numerus="yes">
        <source>Reports to {0}: %n row(s). {1} of the assumptions they speak to are outside what the data allow.</source>
        <translation>
            <numerusform>Report fino al {0}: %n riga. {1} delle ipotesi coperte sono fuori da quanto i dati consentono.</numerusform>
            <numerusform>Report fino al {0}: %n righe. {1} delle ipotesi coperte sono fuori da quanto i dati consentono.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept calibrated assumptions</source>
        <translation>Accetta le ipotesi calibrate</translation>
    </message>
    <message>
        <source>Calibrated assumptions accepted: the estimate, the ranges and the sensitivity now use them (Undo restores)</source>
        <translation>Ipotesi calibrate accettate: stima, intervalli e sensibilità ora le usano (Annulla ripristina)</translation>
    </message>
    <message>
        <source>Cannot re-forecast: {0}</source>
        <translation>Impossibile rifare la previsione: {0}</translation>
    </message>
    <message>
        <source>Add scenario {0}</source>
        <translation>Aggiungi lo scenario {0}</translation>
    </message>
    <message>
        <source>Scenario {0} added: money already spent is locked; compare it on the Scenarios tab</source>
        <translation>Scenario {0} aggiunto: la spesa già sostenuta è bloccata; confrontalo nella scheda Scenari</translation>
    </message>
    <message>
        <source>Import platform reports</source>
        <translation>Importa i report delle piattaforme</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>Importa i risultati effettivi</translation>
    </message>
    <message numerus="yes">
        <source>%n report row(s) imported</source>
        <translation>
            <numerusform>%n riga di report importata</numerusform>
            <numerusform>%n righe di report importate</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign &apos;{0}&apos; was taken to be the line &apos;{1}&apos;: check it</source>
        <translation>la campagna &apos;{0}&apos; è stata attribuita alla voce &apos;{1}&apos;: verificala</translation>
    </message>
    <message>
        <source>Some campaigns need a look</source>
        <translation>Alcune campagne vanno verificate</translation>
    </message>
    <message>
        <source>The other rows were imported. These campaigns were left out or matched by guess:</source>
        <translation>Le altre righe sono state importate. Queste campagne sono state escluse o attribuite per ipotesi:</translation>
    </message>
    <message>
        <source>Cannot import the reports</source>
        <translation>Impossibile importare i report</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these and try again:</source>
        <translation>Non è stato importato nulla. Correggi questi punti e riprova:</translation>
    </message>
</context>
<context>
    <name>Amounts</name>
    <message>
        <source>&apos;{0}&apos; is not an amount: write it like 1,234,567.89, 1.234.567,89, 1.2m or 30万</source>
        <translation>&apos;{0}&apos; non è un importo: scrivilo come 1.234.567,89, 1,234,567.89, 1,2 mln o 30万</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is a date, not an amount</source>
        <translation>&apos;{0}&apos; è una data, non un importo</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is a percentage; an amount is expected here</source>
        <translation>&apos;{0}&apos; è una percentuale; qui serve un importo</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is money; a number is expected here</source>
        <translation>&apos;{0}&apos; è un importo in denaro; qui serve un numero</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has a scale (k, m, 万); a plain number is expected here</source>
        <translation>&apos;{0}&apos; ha un moltiplicatore (k, mln, 万); qui serve un numero semplice</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has too many digits to be a figure</source>
        <translation>&apos;{0}&apos; ha troppe cifre per essere un valore</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a finite number</source>
        <translation>&apos;{0}&apos; non è un numero finito</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; can be read two ways: write it without the separator, or with two decimals</source>
        <translation>&apos;{0}&apos; si può leggere in due modi: scrivilo senza separatore, o con due decimali</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is in {1}, but the plan has no {1} exchange rate: set it on the Market tab</source>
        <translation>&apos;{0}&apos; è in {1}, ma il piano non ha un tasso di cambio {1}: impostalo nella scheda Mercato</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is more than a plan can hold</source>
        <translation>&apos;{0}&apos; è più di quanto un piano possa contenere</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is negative</source>
        <translation>&apos;{0}&apos; è negativo</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an amount</source>
        <translation>&apos;{0}&apos; non è un importo</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is a spreadsheet error, not an amount</source>
        <translation>&apos;{0}&apos; è un errore del foglio di calcolo, non un importo</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; names two currencies</source>
        <translation>&apos;{0}&apos; indica due valute</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is outside {1} – {2}</source>
        <translation>&apos;{0}&apos; è fuori dall&apos;intervallo {1} – {2}</translation>
    </message>
</context>
<context>
    <name>AssumptionsModel</name>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>Tattica</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parametro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Minimo</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Massimo</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Affidabilità</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>yours (was {0})</source>
        <translation>tuo (era {0})</translation>
    </message>
    <message>
        <source>{0}. Added to this plan; not a shipped benchmark.</source>
        <translation>{0}. Aggiunto a questo piano; non è un benchmark incluso.</translation>
    </message>
    <message>
        <source>{0}. Changed in this plan; shipped default {1:g} ({2}, {3}).</source>
        <translation>{0}. Modificato in questo piano; valore predefinito incluso {1:g} ({2}, {3}).</translation>
    </message>
    <message>
        <source>Edit {0} of {1}</source>
        <translation>Modifica {0} di {1}</translation>
    </message>
</context>
<context>
    <name>AssumptionsTab</name>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Show the figures that apply to one channel</source>
        <translation>Mostra i parametri di un canale</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>Tattica</translation>
    </message>
    <message>
        <source>Show the figures that apply to one tactic</source>
        <translation>Mostra i parametri di una tattica</translation>
    </message>
    <message>
        <source>Search figures and sources…</source>
        <translation>Cerca parametri e fonti…</translation>
    </message>
    <message>
        <source>Show the rows whose parameter, unit, grade or source contains these words</source>
        <translation>Mostra le righe il cui parametro, unità, affidabilità o fonte contiene queste parole</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} di {1}</translation>
    </message>
</context>
<context>
    <name>BudgetCostChart</name>
    <message>
        <source>Budget and cost by channel</source>
        <translation>Budget e costi per canale</translation>
    </message>
    <message>
        <source>Budget by tactic</source>
        <translation>Budget per tattica</translation>
    </message>
    <message>
        <source>Total cost by kind</source>
        <translation>Costo totale per tipologia</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Acquisto media</translation>
    </message>
    <message>
        <source>KOL fees</source>
        <translation>Compensi KOL</translation>
    </message>
    <message>
        <source>KOL commission</source>
        <translation>Commissione KOL</translation>
    </message>
    <message>
        <source>Platform fees</source>
        <translation>Commissioni piattaforma</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Logistica</translation>
    </message>
    <message>
        <source>Channel fixed costs</source>
        <translation>Costi fissi di canale</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>Compenso d&apos;agenzia</translation>
    </message>
    <message>
        <source>Hover a bar for exact values. Deposits are refundable and not shown as cost.</source>
        <translation>Passa il mouse su una barra per i valori esatti. I depositi cauzionali sono rimborsabili e non figurano tra i costi.</translation>
    </message>
</context>
<context>
    <name>CalibrationModel</name>
    <message>
        <source>Assumption</source>
        <translation>Ipotesi</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervallo</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Osservato</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>Calibrato</translation>
    </message>
    <message>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dati a supporto</translation>
    </message>
    <message>
        <source>Average order value (brand&apos;s own)</source>
        <translation>Valore medio dell&apos;ordine (del brand)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tutti i canali</translation>
    </message>
    <message>
        <source>The plan&apos;s value is outside the 80% interval the data allow</source>
        <translation>Il valore del piano è fuori dall&apos;intervallo all&apos;80% consentito dai dati</translation>
    </message>
    <message>
        <source>The data cannot be explained by the assumed range: check the report, the line it was matched to, or the assumption</source>
        <translation>I dati non si spiegano con l&apos;intervallo ipotizzato: controlla il report, la voce a cui è stato attribuito o l&apos;ipotesi</translation>
    </message>
    <message>
        <source>The plan&apos;s value is within the 80% interval the data allow</source>
        <translation>Il valore del piano è dentro l&apos;intervallo all&apos;80% consentito dai dati</translation>
    </message>
    <message>
        <source>Shown against the data; the brand&apos;s order value is not changed by accepting</source>
        <translation>Confrontato con i dati; accettando, il valore dell&apos;ordine del brand non cambia</translation>
    </message>
    <message>
        <source>Plan outside the data</source>
        <translation>Piano fuori dai dati</translation>
    </message>
    <message>
        <source>Data contradict the range</source>
        <translation>Dati in contrasto con l&apos;intervallo</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Coerente</translation>
    </message>
    <message>
        <source>{0} impressions</source>
        <translation>{0} impression</translation>
    </message>
    <message>
        <source>{0} clicks</source>
        <translation>{0} clic</translation>
    </message>
    <message>
        <source>{0} views</source>
        <translation>{0} visualizzazioni</translation>
    </message>
    <message>
        <source>{0} spent</source>
        <translation>{0} spesi</translation>
    </message>
    <message>
        <source>{0} orders</source>
        <translation>{0} ordini</translation>
    </message>
    <message>
        <source>{0} of GMV</source>
        <translation>{0} di GMV</translation>
    </message>
    <message>
        <source>{0} units</source>
        <translation>{0} unità</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of {0}, {1}</source>
        <translation>
            <numerusform>%n giorno di {0}, {1}</numerusform>
            <numerusform>%n giorni di {0}, {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CashFlowChart</name>
    <message>
        <source>Spend and cash out by month</source>
        <translation>Spesa e uscite di cassa per mese</translation>
    </message>
    <message>
        <source>Paid in the month</source>
        <translation>Pagato nel mese</translation>
    </message>
    <message>
        <source>Cash out to date</source>
        <translation>Uscite di cassa cumulate</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Acquisto media</translation>
    </message>
    <message>
        <source>KOL fees</source>
        <translation>Compensi KOL</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>Compenso d&apos;agenzia</translation>
    </message>
    <message>
        <source>Annual fees, store set-up</source>
        <translation>Canoni annuali, apertura negozio</translation>
    </message>
    <message>
        <source>Commissions, fees, fulfilment</source>
        <translation>Commissioni, tariffe, logistica</translation>
    </message>
    <message>
        <source>Deposits (refundable)</source>
        <translation>Depositi cauzionali (rimborsabili)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <source>Show the months as a table (the chart&apos;s numbers, exactly)</source>
        <translation>Mostra i mesi in una tabella (i numeri esatti del grafico)</translation>
    </message>
    <message>
        <source>Fees and deposits fall when a channel&apos;s first line starts, commissions as sales come in. Deposits are refundable: cash out, not cost. Hover a month.</source>
        <translation>Canoni e depositi cadono quando parte la prima voce di un canale, le commissioni man mano che arrivano le vendite. I depositi sono rimborsabili: uscite di cassa, non costi. Passa il mouse su un mese.</translation>
    </message>
    <message>
        <source>Costs that follow sales (commissions, platform fees, fulfilment) are left out until the average order value and gross margin are set on the Market tab.</source>
        <translation>I costi legati alle vendite (commissioni, commissioni di piattaforma, logistica) restano fuori finché non imposti valore medio dell&apos;ordine e margine lordo nella scheda Mercato.</translation>
    </message>
    <message>
        <source>Deposits paid: {0}</source>
        <translation>Depositi versati: {0}</translation>
    </message>
    <message>
        <source>Deposits refunded: {0}</source>
        <translation>Depositi rimborsati: {0}</translation>
    </message>
    <message>
        <source>Cash out: {0} (to date {1})</source>
        <translation>Uscite di cassa: {0} (cumulate {1})</translation>
    </message>
    <message>
        <source>GMV: {0}</source>
        <translation>GMV: {0}</translation>
    </message>
</context>
<context>
    <name>ChannelResultsModel</name>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Reach {0}+</source>
        <translation>Copertura {0}+</translation>
    </message>
    <message>
        <source>Total (deduplicated)</source>
        <translation>Totale (deduplicato)</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG file</source>
        <translation>Salva questo grafico come file PNG o SVG</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Esporta grafico</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>Immagine vettoriale SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>Festival</name>
    <message>
        <source>Chinese New Year</source>
        <translation>Capodanno cinese</translation>
    </message>
    <message>
        <source>520</source>
        <translation>520</translation>
    </message>
    <message>
        <source>618</source>
        <translation>618</translation>
    </message>
    <message>
        <source>Kuaishou 616</source>
        <translation>Kuaishou 616</translation>
    </message>
    <message>
        <source>Douyin 818</source>
        <translation>Douyin 818</translation>
    </message>
    <message>
        <source>Double 11</source>
        <translation>11.11 (Double 11)</translation>
    </message>
    <message>
        <source>12.12</source>
        <translation>12.12</translation>
    </message>
</context>
<context>
    <name>FestivalsModel</name>
    <message>
        <source>Festival</source>
        <translation>Evento promozionale</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canali</translation>
    </message>
    <message>
        <source>CPM ×</source>
        <translation>CPM ×</translation>
    </message>
    <message>
        <source>CPM range</source>
        <translation>Intervallo CPM</translation>
    </message>
    <message>
        <source>Conversion ×</source>
        <translation>Conversione ×</translation>
    </message>
    <message>
        <source>Conversion range</source>
        <translation>Intervallo conversione</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Affidabilità</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>On a festival day, ads bought by CPM or CPC cost this many times their usual price</source>
        <translation>In una giornata promozionale, gli annunci acquistati a CPM o CPC costano questo multiplo del prezzo abituale</translation>
    </message>
    <message>
        <source>On a festival day, every tactic converts at this many times its usual rate</source>
        <translation>In una giornata promozionale, ogni tattica converte a questo multiplo del tasso abituale</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tutti i canali</translation>
    </message>
    <message>
        <source>Edit {0} of {1} {2}</source>
        <translation>Modifica {0} di {1} {2}</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n festival(s) to default</source>
        <translation>
            <numerusform>Ripristina %n evento promozionale predefinito</numerusform>
            <numerusform>Ripristina %n eventi promozionali predefiniti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlightingChart</name>
    <message>
        <source>Calendar: lines, festivals and reach week by week</source>
        <translation>Calendario: voci, eventi promozionali e copertura settimana per settimana</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Persone raggiunte</translation>
    </message>
    <message>
        <source>Lines from start to end (pale: no dates, so the whole period), festivals shaded; below, people reached so far, each counted once. Hover for a week&apos;s numbers.</source>
        <translation>Voci dall&apos;inizio alla fine (chiare: senza date, quindi per tutto il periodo), eventi promozionali ombreggiati; sotto, le persone raggiunte finora, ciascuna contata una volta. Passa il mouse per i numeri di una settimana.</translation>
    </message>
    <message>
        <source>{0} {1}: {2} – {3}</source>
        <translation>{0} {1}: {2} – {3}</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>Evento promozionale</translation>
    </message>
    <message>
        <source>Reach to date</source>
        <translation>Copertura cumulata</translation>
    </message>
    <message>
        <source>Reach {0}+ to date</source>
        <translation>Copertura {0}+ cumulata</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>no dates: the whole period</source>
        <translation>senza date: tutto il periodo</translation>
    </message>
    <message>
        <source>{0}, budget {1}</source>
        <translation>{0}, budget {1}</translation>
    </message>
    <message>
        <source>This week: {0}</source>
        <translation>Questa settimana: {0}</translation>
    </message>
    <message>
        <source>Week of {0}</source>
        <translation>Settimana del {0}</translation>
    </message>
    <message>
        <source>Spend {0} · GMV {1}</source>
        <translation>Spesa {0} · GMV {1}</translation>
    </message>
    <message>
        <source>Reach to date {0} ({1} of target), {2} new</source>
        <translation>Copertura cumulata {0} ({1} del target), {2} nuove</translation>
    </message>
    <message>
        <source>Festivals: {0}</source>
        <translation>Eventi promozionali: {0}</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>{0} pt</source>
        <comment>percentage points</comment>
        <translation>{0} p.p.</translation>
    </message>
</context>
<context>
    <name>FrontierPlot</name>
    <message>
        <source>Total budget</source>
        <translation>Budget totale</translation>
    </message>
    <message>
        <source>Best plan at each budget</source>
        <translation>Piano migliore per ogni budget</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Il tuo piano</translation>
    </message>
    <message>
        <source>Optimised</source>
        <translation>Ottimizzato</translation>
    </message>
    <message>
        <source>The total budget: drag it sideways</source>
        <translation>Il budget totale: trascinalo di lato</translation>
    </message>
    <message>
        <source>{0}: best {1}</source>
        <translation>{0}: massimo {1}</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Sales funnel</source>
        <translation>Funnel di vendita</translation>
    </message>
    <message>
        <source>The whole plan or one channel</source>
        <translation>L&apos;intero piano o un solo canale</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Clicks / views</source>
        <translation>Clic / visualizzazioni</translation>
    </message>
    <message>
        <source>Bar lengths are on a log scale. Ads: clicks × CVR = orders; livestreams and videos: viewers × CVR. GMV = orders × average order value.</source>
        <translation>La lunghezza delle barre è in scala logaritmica. Annunci: clic × CVR = ordini; dirette e video: spettatori × CVR. GMV = ordini × valore medio dell&apos;ordine.</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tutti i canali</translation>
    </message>
    <message>
        <source>{0} impressions</source>
        <translation>{0} impression</translation>
    </message>
    <message>
        <source>{0} clicks and views · {1} of impressions</source>
        <translation>{0} clic e visualizzazioni · {1} delle impression</translation>
    </message>
    <message>
        <source>{0} orders · {1} of clicks and views</source>
        <translation>{0} ordini · {1} di clic e visualizzazioni</translation>
    </message>
    <message>
        <source>{0} GMV · {1} per order</source>
        <translation>{0} di GMV · {1} per ordine</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <translation>Esporta...</translation>
    </message>
</context>
<context>
    <name>HeadlineStrip</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>What the plan pays up front: media, KOL fees, livestream hours</source>
        <translation>Ciò che il piano paga in anticipo: spazi media, compensi KOL, ore di diretta</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Copertura</translation>
    </message>
    <message>
        <source>Different people of the target group reached at least once, deduplicated across lines and channels</source>
        <translation>Persone diverse del target raggiunte almeno una volta, senza doppi conteggi tra voci e canali</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequenza</translation>
    </message>
    <message>
        <source>Average exposures per person reached</source>
        <translation>Esposizioni medie per persona raggiunta</translation>
    </message>
    <message>
        <source>Effective reach</source>
        <translation>Copertura efficace</translation>
    </message>
    <message>
        <source>People reached at least the effective frequency</source>
        <translation>Persone raggiunte almeno con la frequenza efficace</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Costo totale</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Gross merchandise value of the orders, before returns</source>
        <translation>Valore lordo della merce ordinata, prima dei resi</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Budget + agency fee + channel fixed costs + KOL commissions + platform fees + fulfilment + returns handling</source>
        <translation>Budget + compenso d&apos;agenzia + costi fissi dei canali + commissioni KOL + commissioni delle piattaforme + logistica + gestione dei resi</translation>
    </message>
    <message>
        <source>GMV ÷ budget: what Chinese platforms call ROI (投产比)</source>
        <translation>GMV ÷ budget: ciò che le piattaforme cinesi chiamano ROI (投产比)</translation>
    </message>
    <message>
        <source>Profit ROI</source>
        <translation>ROI sul profitto</translation>
    </message>
    <message>
        <source>(Contribution − marketing cost) ÷ marketing cost: what the plan earns after paying for itself</source>
        <translation>(Margine di contribuzione − costo di marketing) ÷ costo di marketing: quanto il piano guadagna dopo essersi ripagato</translation>
    </message>
    <message>
        <source>P10–P90 unavailable</source>
        <translation>P10–P90 non disponibile</translation>
    </message>
    <message>
        <source>P10–P90 …</source>
        <translation>P10–P90 …</translation>
    </message>
    <message>
        <source>P10–P90 {0}–{1}</source>
        <translation>P10–P90 {0}–{1}</translation>
    </message>
    <message>
        <source>The ranges could not be worked out: {0}</source>
        <translation>Non è stato possibile calcolare gli intervalli: {0}</translation>
    </message>
    <message>
        <source>8 in 10 simulated outcomes fall in this range: every assumption drawn from its low–high range, many times. Worked out a moment after each edit; grey while it is.</source>
        <translation>8 risultati simulati su 10 cadono in questo intervallo: ogni ipotesi estratta molte volte dal suo intervallo minimo–massimo. Calcolato un attimo dopo ogni modifica; grigio mentre è in corso.</translation>
    </message>
    <message>
        <source>The plan cannot be estimated</source>
        <translation>Il piano non può essere stimato</translation>
    </message>
    <message>
        <source>Effective reach {0}+</source>
        <translation>Copertura efficace {0}+</translation>
    </message>
    <message>
        <source>{0} of target</source>
        <translation>{0} del target</translation>
    </message>
    <message>
        <source>+ {0} deposits</source>
        <translation>+ {0} di depositi</translation>
    </message>
    <message>
        <source>contribution {0}</source>
        <translation>margine di contribuzione {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n voce</numerusform>
            <numerusform>%n voci</numerusform>
        </translation>
    </message>
    <message>
        <source>needs AOV and margin</source>
        <translation>servono scontrino medio e margine</translation>
    </message>
</context>
<context>
    <name>ImportLinesQuestion</name>
    <message>
        <source>Import lines</source>
        <translation>Importa voci</translation>
    </message>
    <message numerus="yes">
        <source>The sheet has %n line(s).</source>
        <translation>
            <numerusform>Il foglio ha %n voce.</numerusform>
            <numerusform>Il foglio ha %n voci.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add them after the plan&apos;s %n line(s), or replace those?</source>
        <translation>
            <numerusform>Aggiungerle dopo %n voce del piano, o sostituirla?</numerusform>
            <numerusform>Aggiungerle dopo le %n voci del piano, o sostituirle?</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sostituisci</translation>
    </message>
</context>
<context>
    <name>LimitsDelegate</name>
    <message>
        <source>no maximum</source>
        <translation>nessun massimo</translation>
    </message>
</context>
<context>
    <name>LineChoice</name>
    <message>
        <source>(line {0})</source>
        <translation>(voce {0})</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confermato</translation>
    </message>
    <message>
        <source>— not linked: rows kept aside —</source>
        <translation>— non collegata: righe messe da parte —</translation>
    </message>
    <message>
        <source>Double-click to choose the plan line this campaign&apos;s rows belong to</source>
        <translation>Doppio clic per scegliere la voce del piano a cui appartengono i dati di questa campagna</translation>
    </message>
    <message>
        <source>Link campaign {0} to {1}</source>
        <translation>Collega la campagna {0} a {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Ipotesi</translation>
    </message>
    <message>
        <source>Festivals</source>
        <translation>Eventi promozionali</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercato</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canali</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenari</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>Risultati effettivi</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Copertura</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Costi</translation>
    </message>
    <message>
        <source>Cash flow</source>
        <translation>Flusso di cassa</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilità</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Ritmo di spesa</translation>
    </message>
    <message>
        <source>Chart saved to {0}</source>
        <translation>Grafico salvato in {0}</translation>
    </message>
    <message>
        <source>Welcome. This is a sample plan: double-click a budget to change it, drag a point on the reach curves, and watch reach, cost and sales move. Ctrl+Z undoes. File › New starts your own; every assumption&apos;s source is on the Assumptions tab.</source>
        <translation>Benvenuto. Questo è un piano di esempio: fai doppio clic su un budget per modificarlo, trascina un punto sulle curve di copertura e guarda come cambiano copertura, costi e vendite. Ctrl+Z annulla. File › Nuovo avvia un piano tuo; la fonte di ogni ipotesi è nella scheda Ipotesi.</translation>
    </message>
    <message>
        <source>Do not show this again</source>
        <translation>Non mostrare più</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Qualcosa è andato storto</translation>
    </message>
    <message>
        <source>Market Entry Planner hit an error it did not expect:
{0}: {1}

Your plan was saved to
{2}
and a report for the developers to
{3}

You can go on working; saving now under a new name is a good idea.</source>
        <translation>Market Entry Planner ha incontrato un errore imprevisto:
{0}: {1}

Il piano è stato salvato in
{2}
e un rapporto per gli sviluppatori in
{3}

Puoi continuare a lavorare; conviene salvare subito con un nuovo nome.</translation>
    </message>
    <message>
        <source> (from {0})</source>
        <translation> (da {0})</translation>
    </message>
    <message>
        <source>Market Entry Planner did not close normally last time. A plan with unsaved changes was autosaved at {0}{1}.

Recover it?</source>
        <translation>L&apos;ultima volta Market Entry Planner non si è chiuso normalmente. Un piano con modifiche non salvate è stato salvato automaticamente il {0}{1}.

Vuoi recuperarlo?</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Recuperare il lavoro non salvato?</translation>
    </message>
    <message>
        <source>{0}[*] — Market Entry Planner</source>
        <translation>{0}[*] — Market Entry Planner</translation>
    </message>
    <message>
        <source>⚠ Cannot estimate: {0}</source>
        <translation>⚠ Impossibile stimare: {0}</translation>
    </message>
    <message>
        <source>Reach is estimated; set the average order value and gross margin on the Market tab to see sales and profit</source>
        <translation>La copertura è stimata; imposta valore medio dell&apos;ordine e margine lordo nella scheda Mercato per vedere vendite e profitto</translation>
    </message>
    <message>
        <source>Optimised budgets applied (Undo restores)</source>
        <translation>Budget ottimizzati applicati (Annulla li ripristina)</translation>
    </message>
    <message>
        <source>The optimised plan is a new scenario: compare it on the Scenarios tab</source>
        <translation>Il piano ottimizzato è un nuovo scenario: confrontalo nella scheda Scenari</translation>
    </message>
    <message>
        <source>Fix the plan&apos;s problems first: it cannot be estimated</source>
        <translation>Correggi prima i problemi del piano: non può essere stimato</translation>
    </message>
    <message>
        <source>Show scenario {0}</source>
        <translation>Mostra scenario {0}</translation>
    </message>
    <message>
        <source>Nothing to reset: the selection is at its defaults, or was added to this plan</source>
        <translation>Niente da ripristinare: la selezione è già ai valori predefiniti, oppure è stata aggiunta a questo piano</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n assumption(s) to default</source>
        <translation>
            <numerusform>Ripristina %n ipotesi al valore predefinito</numerusform>
            <numerusform>Ripristina %n ipotesi ai valori predefiniti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketNeedsDialog</name>
    <message>
        <source>Your brand&apos;s figures</source>
        <translation>I dati del tuo brand</translation>
    </message>
    <message>
        <source>Target group size (people)</source>
        <translation>Dimensione del target (persone)</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Valore medio dell&apos;ordine</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Margine lordo</translation>
    </message>
    <message>
        <source>Women&apos;s apparel</source>
        <translation>Abbigliamento donna</translation>
    </message>
    <message>
        <source>Beauty and personal care</source>
        <translation>Bellezza e cura della persona</translation>
    </message>
    <message>
        <source>Food and wine</source>
        <translation>Cibo e vino</translation>
    </message>
    <message>
        <source>Luxury leather goods</source>
        <translation>Pelletteria di lusso</translation>
    </message>
    <message>
        <source>Home and design</source>
        <translation>Casa e design</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>women 25–40 in tier-1 and tier-2 cities</source>
        <translation>donne 25–40 anni nelle città di primo e secondo livello</translation>
    </message>
    <message>
        <source>women 18–35 in tier-1 to tier-3 cities</source>
        <translation>donne 18–35 anni nelle città dal primo al terzo livello</translation>
    </message>
    <message>
        <source>adults 25–45 in tier-1 and tier-2 cities</source>
        <translation>adulti 25–45 anni nelle città di primo e secondo livello</translation>
    </message>
    <message>
        <source>affluent adults 25–45 in tier-1 cities</source>
        <translation>adulti benestanti 25–45 anni nelle città di primo livello</translation>
    </message>
    <message>
        <source>homeowners 28–45 in tier-1 and tier-2 cities</source>
        <translation>proprietari di casa 28–45 anni nelle città di primo e secondo livello</translation>
    </message>
    <message>
        <source>adults 20–45 in tier-1 and tier-2 cities</source>
        <translation>adulti 20–45 anni nelle città di primo e secondo livello</translation>
    </message>
    <message>
        <source>target group size</source>
        <translation>dimensione del target</translation>
    </message>
    <message>
        <source>average order value</source>
        <translation>valore medio dell&apos;ordine</translation>
    </message>
    <message>
        <source>gross margin</source>
        <translation>margine lordo</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} e {1}</translation>
    </message>
    <message>
        <source>{0}, {1} and {2}</source>
        <translation>{0}, {1} e {2}</translation>
    </message>
    <message>
        <source>{0} does not give the brand&apos;s {1}. Reach can be estimated without them; GMV, ROAS and ROI cannot. The figures below are the defaults of a product category, assumed rather than sourced: replace them with your own.</source>
        <translation>{0} non indica {1} del brand. La copertura si può stimare anche senza; GMV, ROAS e ROI no. I valori qui sotto sono i predefiniti di una categoria di prodotto, ipotizzati e non documentati: sostituiscili con i tuoi.</translation>
    </message>
    <message>
        <source>The sheet</source>
        <translation>Il foglio</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>Categoria di prodotto</translation>
    </message>
    <message>
        <source>category default</source>
        <translation>predefinito di categoria</translation>
    </message>
    <message>
        <source>An assumed starting figure for the category, not your brand&apos;s: replace it</source>
        <translation>Un valore di partenza ipotizzato per la categoria, non del tuo brand: sostituiscilo</translation>
    </message>
    <message>
        <source>Use these figures</source>
        <translation>Usa questi valori</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Più tardi</translation>
    </message>
    <message>
        <source>The default target group size is for {0}.</source>
        <translation>La dimensione predefinita del target si riferisce a: {0}.</translation>
    </message>
</context>
<context>
    <name>MarketPanel</name>
    <message>
        <source>Plan and brand</source>
        <translation>Piano e brand</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Titolo del piano</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Pubblico target</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Target population</source>
        <translation>Popolazione target</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Valore medio dell&apos;ordine</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Margine lordo</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>Compenso d&apos;agenzia</translation>
    </message>
    <message>
        <source>Effective frequency</source>
        <translation>Frequenza efficace</translation>
    </message>
    <message>
        <source>What the brand sells: sets the order value at which conversion rates hold, how conversion falls with price, and the return rates (Assumptions tab)</source>
        <translation>Che cosa vende il brand: fissa il valore d&apos;ordine a cui valgono i tassi di conversione, quanto la conversione scende con il prezzo e i tassi di reso (scheda Ipotesi)</translation>
    </message>
    <message>
        <source>People in the target group</source>
        <translation>Persone nel pubblico target</translation>
    </message>
    <message>
        <source>The brand&apos;s own average order value, in CNY: required, no default</source>
        <translation>Il valore medio dell&apos;ordine del brand, in CNY: obbligatorio, nessun valore predefinito</translation>
    </message>
    <message>
        <source>The brand&apos;s own gross margin: required, no default</source>
        <translation>Il margine lordo del brand: obbligatorio, nessun valore predefinito</translation>
    </message>
    <message>
        <source>Exposures that count as effective (3+ by convention)</source>
        <translation>Esposizioni che contano come efficaci (3+ per convenzione)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Set them…</source>
        <translation>Impostali…</translation>
    </message>
    <message>
        <source>Money is planned in CNY; this only changes how it is shown</source>
        <translation>Il piano è in CNY; qui cambia solo la valuta in cui gli importi sono mostrati</translation>
    </message>
    <message>
        <source>Show money in</source>
        <translation>Mostra importi in</translation>
    </message>
    <message>
        <source>CNY per 1 {0}</source>
        <translation>Valore di 1 {0} in CNY</translation>
    </message>
    <message>
        <source>1 {0} =</source>
        <translation>1 {0} =</translation>
    </message>
    <message>
        <source>Channel penetration (share of the target group using each)</source>
        <translation>Penetrazione dei canali (quota del target che usa ciascun canale)</translation>
    </message>
    <message>
        <source>Penetration is an assumption row (Channel, All, penetration): its source and grade are on the Assumptions tab.</source>
        <translation>La penetrazione è una riga delle ipotesi (Canale, Tutti, penetrazione): fonte e affidabilità sono nella scheda Ipotesi.</translation>
    </message>
    <message>
        <source>Set the brand&apos;s figures</source>
        <translation>Imposta i dati del brand</translation>
    </message>
    <message>
        <source>target group size</source>
        <translation>dimensione del target</translation>
    </message>
    <message>
        <source>average order value</source>
        <translation>valore medio dell&apos;ordine</translation>
    </message>
    <message>
        <source>gross margin</source>
        <translation>margine lordo</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} e {1}</translation>
    </message>
    <message>
        <source>{0}, {1} and {2}</source>
        <translation>{0}, {1} e {2}</translation>
    </message>
    <message>
        <source>Missing: {0}. GMV, ROAS and ROI are shown once they are set.</source>
        <translation>Mancano: {0}. GMV, ROAS e ROI compaiono quando sono impostati.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mancante</translation>
    </message>
    <message>
        <source>{0} people; {1} ({2}): {3}</source>
        <translation>{0} persone; {1} ({2}): {3}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Modifica {0}</translation>
    </message>
    <message>
        <source>Edit exchange rate {0}</source>
        <translation>Modifica tasso di cambio {0}</translation>
    </message>
    <message>
        <source>Edit penetration of {0}</source>
        <translation>Modifica penetrazione di {0}</translation>
    </message>
</context>
<context>
    <name>MonthsChart</name>
    <message>
        <source>As planned</source>
        <translation>Come pianificato</translation>
    </message>
    <message>
        <source>Optimised, dates as they are</source>
        <translation>Ottimizzato, date invariate</translation>
    </message>
    <message>
        <source>Retimed</source>
        <translation>Mesi scelti</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Tetto</translation>
    </message>
</context>
<context>
    <name>MonthsModel</name>
    <message>
        <source>Media</source>
        <translation>Acquisto media</translation>
    </message>
    <message>
        <source>KOL fees</source>
        <translation>Compensi KOL</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>Compenso d&apos;agenzia</translation>
    </message>
    <message>
        <source>Annual fees</source>
        <translation>Canoni annuali</translation>
    </message>
    <message>
        <source>Store set-up</source>
        <translation>Apertura negozio</translation>
    </message>
    <message>
        <source>KOL commission</source>
        <translation>Commissione KOL</translation>
    </message>
    <message>
        <source>Platform fees</source>
        <translation>Commissioni piattaforma</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Logistica</translation>
    </message>
    <message>
        <source>Returns handling</source>
        <translation>Gestione dei resi</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Costo totale</translation>
    </message>
    <message>
        <source>Deposits paid</source>
        <translation>Depositi versati</translation>
    </message>
    <message>
        <source>Deposits refunded</source>
        <translation>Depositi rimborsati</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Uscite di cassa</translation>
    </message>
    <message>
        <source>Cash out to date</source>
        <translation>Uscite di cassa cumulate</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>A share of the budget, in the month that budget is spent</source>
        <translation>Una quota del budget, nel mese in cui quel budget viene speso</translation>
    </message>
    <message>
        <source>A channel&apos;s annual fee, in the month its first line starts</source>
        <translation>Il canone annuale di un canale, nel mese in cui parte la sua prima voce</translation>
    </message>
    <message>
        <source>A channel&apos;s store set-up, in the month its first line starts</source>
        <translation>L&apos;apertura del negozio di un canale, nel mese in cui parte la sua prima voce</translation>
    </message>
    <message>
        <source>Everything the plan costs in the month; deposits are refundable and not a cost</source>
        <translation>Tutto ciò che il piano costa nel mese; i depositi sono rimborsabili e non sono un costo</translation>
    </message>
    <message>
        <source>Refundable deposits, paid in the month a channel&apos;s first line starts</source>
        <translation>Depositi rimborsabili, versati nel mese in cui parte la prima voce di un canale</translation>
    </message>
    <message>
        <source>Deposits come back only when the brand leaves the platform</source>
        <translation>I depositi vengono restituiti solo quando il brand lascia la piattaforma</translation>
    </message>
    <message>
        <source>Cost plus deposits paid, less deposits refunded</source>
        <translation>Costo più depositi versati, meno depositi rimborsati</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
</context>
<context>
    <name>OptimiseDialog</name>
    <message>
        <source>Optimise the budget — {0}</source>
        <translation>Ottimizza il budget — {0}</translation>
    </message>
    <message>
        <source>Deduplicated reach</source>
        <translation>Copertura deduplicata</translation>
    </message>
    <message>
        <source>Effective reach {0}+</source>
        <translation>Copertura efficace {0}+</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Profit (contribution − marketing cost)</source>
        <translation>Profitto (margine di contribuzione − costo di marketing)</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>esattamente</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>fino a</translation>
    </message>
    <message>
        <source>Spend only where it pays: money that would lower the objective stays unspent</source>
        <translation>Spendi solo dove rende: il denaro che abbasserebbe l&apos;obiettivo resta non speso</translation>
    </message>
    <message>
        <source>Maximise</source>
        <translation>Massimizza</translation>
    </message>
    <message>
        <source>spending</source>
        <translation>spendendo</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <source>The least the optimised plan spends on {0} (any: no minimum)</source>
        <translation>Il minimo che il piano ottimizzato spende su {0} (qualsiasi: nessun minimo)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What each total budget can buy at best&lt;/b&gt;</source>
        <translation>&lt;b&gt;Il massimo che ogni budget totale può ottenere&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Apply to &apos;{0}&apos;</source>
        <translation>Applica a &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Set these budgets (and limits) in the scenario shown: one edit, Undo restores</source>
        <translation>Imposta questi budget (e limiti) nello scenario mostrato: una sola modifica, Annulla la ripristina</translation>
    </message>
    <message>
        <source>Keep as a new scenario…</source>
        <translation>Conserva come nuovo scenario…</translation>
    </message>
    <message>
        <source>Add the optimised plan as a scenario beside yours, to compare</source>
        <translation>Aggiungi il piano ottimizzato come scenario accanto al tuo, per confrontarli</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Tick Lock to keep a line&apos;s budget; double-click Min or Max to bound it. KOL sessions and videos move in whole units. Drag the red line on the chart to try another total.</source>
        <translation>Spunta Blocca per tenere il budget di una voce; fai doppio clic su Min o Max per limitarlo. Le sessioni KOL e i video si spostano a unità intere. Trascina la linea rossa del grafico per provare un altro totale.</translation>
    </message>
    <message>
        <source>at the central figures (P50)</source>
        <translation>ai valori centrali (P50)</translation>
    </message>
    <message>
        <source>cautiously (the highest P10)</source>
        <translation>con prudenza (il P10 più alto)</translation>
    </message>
    <message>
        <source>Central: the best plan at the assumptions&apos; central figures. Cautious: among plans that are best when the assumptions turn out badly, the one whose P10 over the Monte Carlo draws is highest; both plans&apos; P10–P90 are shown, so the price of caution is visible</source>
        <translation>Centrale: il piano migliore con i valori centrali delle ipotesi. Prudente: tra i piani migliori quando le ipotesi vanno male, quello con il P10 più alto sulle estrazioni Monte Carlo; si mostrano i P10–P90 di entrambi, così il prezzo della prudenza è visibile</translation>
    </message>
    <message>
        <source>What does it take?</source>
        <translation>Quanto serve?</translation>
    </message>
    <message>
        <source>Find the least total budget that reaches a target, with every limit below; for ROAS and ROI, the most you can spend and still hold it</source>
        <translation>Trova il budget totale minimo che raggiunge un obiettivo, con tutti i vincoli qui sotto; per ROAS e ROI, il massimo che si può spendere mantenendoli</translation>
    </message>
    <message>
        <source>Reach, % of the target group</source>
        <translation>Copertura, % del pubblico target</translation>
    </message>
    <message>
        <source>Effective reach {0}+, % of the target group</source>
        <translation>Copertura efficace {0}+, % del pubblico target</translation>
    </message>
    <message>
        <source>ROAS (GMV ÷ budget)</source>
        <translation>ROAS (GMV ÷ spesa)</translation>
    </message>
    <message>
        <source>Profit ROI, %</source>
        <translation>ROI sul margine, %</translation>
    </message>
    <message>
        <source>of</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Round budgets to</source>
        <translation>Arrotonda i budget a</translation>
    </message>
    <message>
        <source>the fen</source>
        <translation>centesimo (fen)</translation>
    </message>
    <message>
        <source>Every line that takes any amount gets a multiple of this; the total and every limit still hold (KOL sessions and videos stay in whole units)</source>
        <translation>Ogni voce che accetta qualsiasi importo riceve un multiplo di questo valore; il totale e tutti i vincoli restano rispettati (sessioni e video KOL restano in unità intere)</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canali</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Almeno</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Al massimo</translation>
    </message>
    <message>
        <source>Share from</source>
        <translation>Quota da</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>nessun massimo</translation>
    </message>
    <message>
        <source>The most the optimised plan spends on {0}</source>
        <translation>Il massimo che il piano ottimizzato spende su {0}</translation>
    </message>
    <message>
        <source>{0}&apos;s least share of the money spent</source>
        <translation>Quota minima di {0} sulla spesa</translation>
    </message>
    <message>
        <source>{0}&apos;s largest share of the money spent</source>
        <translation>Quota massima di {0} sulla spesa</translation>
    </message>
    <message>
        <source>Keep at least</source>
        <translation>Mantieni almeno</translation>
    </message>
    <message>
        <source>Profit ROI</source>
        <translation>ROI sul profitto</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Margine</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spend per month&lt;/b&gt;</source>
        <translation>&lt;b&gt;Spesa per mese&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The optimiser failed: {0}</source>
        <translation>L&apos;ottimizzatore non è riuscito: {0}</translation>
    </message>
    <message>
        <source>Looking for the plan with the highest P10 over the Monte Carlo draws…</source>
        <translation>Ricerca del piano con il P10 più alto sulle estrazioni Monte Carlo…</translation>
    </message>
    <message>
        <source>Optimising within the floors and shares…</source>
        <translation>Ottimizzazione entro le soglie e le quote…</translation>
    </message>
    <message>
        <source>Frequency caps and the months cannot be chosen together yet: clear the Max freq. column or untick the months.</source>
        <translation>I tetti di frequenza e la scelta dei mesi non si possono ancora combinare: svuota la colonna Freq. max o togli la spunta ai mesi.</translation>
    </message>
    <message>
        <source>“What does it take?” and the months cannot be chosen together yet: untick one of them.</source>
        <translation>«Quanto serve?» e la scelta dei mesi non si possono ancora combinare: togli la spunta a uno dei due.</translation>
    </message>
    <message>
        <source>The cautious P10 and the months cannot be chosen together yet: choose the central figures.</source>
        <translation>Il P10 prudente e la scelta dei mesi non si possono ancora combinare: scegli i valori centrali.</translation>
    </message>
    <message>
        <source>Choosing the months…</source>
        <translation>Scelta dei mesi in corso…</translation>
    </message>
    <message>
        <source>best timing found (not proven)</source>
        <translation>migliore distribuzione trovata (non dimostrata)</translation>
    </message>
    <message>
        <source>proven best timing</source>
        <translation>distribuzione migliore dimostrata</translation>
    </message>
    <message>
        <source>within {0} of the best timing</source>
        <translation>entro il {0} dalla distribuzione migliore</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} as planned → {2} optimised with the dates as they are → &lt;b&gt;{3}&lt;/b&gt; with the months chosen · {4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} come pianificato → {2} ottimizzato con le date invariate → &lt;b&gt;{3}&lt;/b&gt; con i mesi scelti · {4}</translation>
    </message>
    <message>
        <source>No line can move between months: it takes dated lines, not locked, bought by the yuan and running over two months or more.</source>
        <translation>Nessuna voce può spostarsi tra i mesi: servono voci con date, non bloccate, acquistate a budget e che durino due mesi o più.</translation>
    </message>
    <message>
        <source>Apply splits the lines that move into {0} lines, one per month with money.</source>
        <translation>Applica divide le voci che si spostano in {0} voci, una per ogni mese con budget.</translation>
    </message>
    <message>
        <source>Working out what it takes…</source>
        <translation>Calcolo di quanto serve…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; of {1} is out of reach at any budget with these lines and limits: at best {2}.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; di {1} non è raggiungibile con nessun budget con queste voci e questi vincoli: al massimo {2}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; stays at {1} or more up to &lt;b&gt;{2}&lt;/b&gt; ({3} there); a little more and no plan holds it.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; resta a {1} o più fino a &lt;b&gt;{2}&lt;/b&gt; ({3} a quel livello); poco oltre nessun piano lo mantiene.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; of {1} takes at least &lt;b&gt;{2}&lt;/b&gt; ({3} at that budget).</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; di {1} richiede almeno &lt;b&gt;{2}&lt;/b&gt; ({3} con quel budget).</translation>
    </message>
    <message>
        <source>proven best</source>
        <translation>ottimo dimostrato</translation>
    </message>
    <message>
        <source>within {0} of the best possible</source>
        <translation>entro {0} dal massimo possibile</translation>
    </message>
    <message>
        <source>best found (not proven: effective reach is not concave)</source>
        <translation>il migliore trovato (non dimostrato: la copertura efficace non è concava)</translation>
    </message>
    <message>
        <source>budget {0} → {1}</source>
        <translation>budget {0} → {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} → &lt;b&gt;{2}&lt;/b&gt;{3} · {4} · {5}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} → &lt;b&gt;{2}&lt;/b&gt;{3} · {4} · {5}</translation>
    </message>
    <message>
        <source>Held at: {0}.</source>
        <translation>Vincoli attivi: {0}.</translation>
    </message>
    <message>
        <source>The plan as it stands is already the best found: nothing to change.</source>
        <translation>Il piano così com&apos;è è già il migliore trovato: nulla da cambiare.</translation>
    </message>
    <message>
        <source>{0} left unspent: on these lines it would cost more than it brings back (or they are at their maximums).</source>
        <translation>{0} non spesi: su queste voci costerebbero più di quanto rendono (oppure sono al loro massimo).</translation>
    </message>
    <message>
        <source>{0} cannot be spent in whole units within the lines&apos; maximums.</source>
        <translation>{0} non si possono spendere a unità intere entro i massimi delle voci.</translation>
    </message>
    <message>
        <source>{0} ≥ {1}</source>
        <translation>{0} ≥ {1}</translation>
    </message>
    <message>
        <source>{0} ≤ {1}</source>
        <translation>{0} ≤ {1}</translation>
    </message>
    <message>
        <source>Over {0} Monte Carlo draws, P10 · P50 · P90 — central plan: {1}; cautious plan: &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>Su {0} estrazioni Monte Carlo, P10 · P50 · P90 — piano centrale: {1}; piano prudente: &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (the same plan: none of {0} candidates had a higher P10)</source>
        <translation> (lo stesso piano: nessuno dei {0} candidati aveva un P10 più alto)</translation>
    </message>
    <message>
        <source>{0} ≥ {1} of the budget</source>
        <translation>{0} ≥ {1} del budget</translation>
    </message>
    <message>
        <source>{0} ≤ {1} of the budget</source>
        <translation>{0} ≤ {1} del budget</translation>
    </message>
    <message>
        <source>{0} floor</source>
        <translation>soglia {0}</translation>
    </message>
    <message>
        <source>No frontier with KPI floors: each of its points would take seconds. Untick the floors to see it.</source>
        <translation>Nessuna frontiera con soglie sui KPI: ogni suo punto richiederebbe secondi. Togli la spunta alle soglie per vederla.</translation>
    </message>
    <message>
        <source>Working out the frontier…</source>
        <translation>Calcolo della frontiera…</translation>
    </message>
    <message>
        <source>{0} budget levels; each point is the best plan for that total within your limits.</source>
        <translation>{0} livelli di budget; ogni punto è il piano migliore per quel totale entro i tuoi limiti.</translation>
    </message>
    <message>
        <source>No frontier for these limits: {0}</source>
        <translation>Nessuna frontiera con questi limiti: {0}</translation>
    </message>
    <message>
        <source>Optimise for {0}</source>
        <translation>Ottimizza per {0}</translation>
    </message>
    <message>
        <source>Keep as a new scenario</source>
        <translation>Conserva come nuovo scenario</translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation>Nome dello scenario:</translation>
    </message>
    <message>
        <source>{0} — best {1}</source>
        <translation>{0} — migliore {1}</translation>
    </message>
    <message>
        <source>New scenario {0}</source>
        <translation>Nuovo scenario {0}</translation>
    </message>
</context>
<context>
    <name>OptimiseLinesModel</name>
    <message>
        <source>Line</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Blocca</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Max freq.</source>
        <translation>Freq. max</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Optimised</source>
        <translation>Ottimizzato</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <source>Next ¥10k adds</source>
        <translation>Altri ¥10k aggiungono</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloccata</translation>
    </message>
    <message>
        <source>at minimum</source>
        <translation>al minimo</translation>
    </message>
    <message>
        <source>at maximum</source>
        <translation>al massimo</translation>
    </message>
    <message>
        <source>Next ¥10k adds
(at {0})</source>
        <translation>Altri ¥10k aggiungono
(a {0})</translation>
    </message>
    <message>
        <source>A frequency cap: at most this many exposures on average per person the line reaches (its frequency in the estimate). Double-click to set it, e.g. 3; empty: no cap. Feed ads, videos and livestreams only: search ads answer searches</source>
        <translation>Un tetto di frequenza: al massimo questo numero medio di esposizioni per persona raggiunta dalla voce (la sua frequenza nella stima). Doppio clic per impostarlo, per esempio 3; vuoto: nessun tetto. Solo annunci in feed, video e live: gli annunci di ricerca rispondono alle ricerche</translation>
    </message>
    <message>
        <source>What ¥10,000 more on this line alone adds to the objective, measured at the optimised plan (its total in brackets), with every constraint as set: where the next yuan works hardest</source>
        <translation>Quanto aggiungono all&apos;obiettivo ¥10.000 in più solo su questa voce, misurati sul piano ottimizzato (il suo totale tra parentesi), con tutti i vincoli impostati: dove il prossimo yuan rende di più</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>at frequency cap</source>
        <translation>al tetto di frequenza</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a frequency: type a number above 1, e.g. 3.</source>
        <translation>&apos;{0}&apos; non è una frequenza: scrivi un numero maggiore di 1, per esempio 3.</translation>
    </message>
    <message>
        <source>A frequency cap must be above 1: everyone reached sees the ads at least once.</source>
        <translation>Un tetto di frequenza deve essere maggiore di 1: chi è raggiunto vede gli annunci almeno una volta.</translation>
    </message>
</context>
<context>
    <name>PacingChart</name>
    <message>
        <source>Pacing: spend to date against the plan</source>
        <translation>Ritmo di spesa: speso finora rispetto al piano</translation>
    </message>
    <message>
        <source>All channels, or one</source>
        <translation>Tutti i canali, o uno</translation>
    </message>
    <message>
        <source>The lines the reports cover: the plan spends each one&apos;s budget evenly over its days; the red line is what the reports say was spent. File › Import actuals… adds reports.</source>
        <translation>Le voci coperte dai report: il piano distribuisce il budget di ciascuna in modo uniforme sui suoi giorni; la linea rossa è la spesa indicata dai report. File › Importa i risultati effettivi… aggiunge report.</translation>
    </message>
    <message>
        <source>Spend to date</source>
        <translation>Speso finora</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Pianificato</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Effettivo</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tutti i canali</translation>
    </message>
</context>
<context>
    <name>PacingModel</name>
    <message>
        <source>Line</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Planned to date</source>
        <translation>Pianificato finora</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Speso</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>no report</source>
        <translation>nessun report</translation>
    </message>
    <message>
        <source>Spent {0} of the {1} planned to the last reported day ({2} days reported)</source>
        <translation>Spesi {0} dei {1} pianificati fino all&apos;ultimo giorno nei report ({2} giorni nei report)</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Untitled plan</source>
        <translation>Piano senza titolo</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Cartella di lavoro Excel (*.xlsx *.xlsm);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Save the changes to {0} before closing it?</source>
        <translation>Salvare le modifiche a {0} prima di chiuderlo?</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Piano senza titolo</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>New plan: add lines, then set the average order value and gross margin on the Market tab.</source>
        <translation>Nuovo piano: aggiungi le voci, poi imposta valore medio dell&apos;ordine e margine lordo nella scheda Mercato.</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Apri un piano</translation>
    </message>
    <message>
        <source>Import plan lines from a sheet</source>
        <translation>Importa le voci del piano da un foglio</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lettura di {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cannot read {0}</source>
        <translation>Impossibile leggere {0}</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix these in the workbook and try again:</source>
        <translation>Non è stato modificato nulla. Correggi questi punti nella cartella di lavoro e riprova:</translation>
    </message>
    <message>
        <source>Import lines from {0}</source>
        <translation>Importa voci da {0}</translation>
    </message>
    <message>
        <source>Read {0}: {1} lines in {2:.1f} s</source>
        <translation>Letto {0}: {1} voci in {2:.1f} s</translation>
    </message>
    <message>
        <source> — a hand-made sheet: Save will ask where, so it is never overwritten</source>
        <translation> — un foglio compilato a mano: Salva chiederà dove salvare, così non viene mai sovrascritto</translation>
    </message>
    <message numerus="yes">
        <source> (%n warning(s))</source>
        <translation>
            <numerusform> (%n avviso)</numerusform>
            <numerusform> (%n avvisi)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} was read. Please check:</source>
        <translation>{0} è stato letto. Controlla:</translation>
    </message>
    <message>
        <source>Read with notes</source>
        <translation>Letto con note</translation>
    </message>
    <message>
        <source>Save the plan as</source>
        <translation>Salva il piano come</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Esporta una copia</translation>
    </message>
    <message>
        <source>Still writing the last file: try again in a moment</source>
        <translation>Sto ancora scrivendo l&apos;ultimo file: riprova tra un momento</translation>
    </message>
    <message>
        <source>Saving {0}…</source>
        <translation>Salvataggio di {0}…</translation>
    </message>
    <message>
        <source>Exporting a copy to {0}…</source>
        <translation>Esportazione di una copia in {0}…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Salvato {0}</translation>
    </message>
    <message>
        <source>Exported a copy to {0}</source>
        <translation>Copia esportata in {0}</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>Impossibile salvare {0}: {1}</translation>
    </message>
    <message>
        <source>Your plan is unchanged and still open: save it under another name or in another folder.</source>
        <translation>Il piano è invariato e ancora aperto: salvalo con un altro nome o in un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>the disk or folder is read-only</source>
        <translation>il disco o la cartella sono di sola lettura</translation>
    </message>
    <message>
        <source>there is a folder of that name</source>
        <translation>esiste una cartella con quel nome</translation>
    </message>
    <message>
        <source>the folder {0} does not exist (a disconnected drive?)</source>
        <translation>la cartella {0} non esiste (un&apos;unità scollegata?)</translation>
    </message>
    <message>
        <source>the file is read-only or open in another program (Excel locks the workbooks it has open), or you may not write in that folder</source>
        <translation>il file è di sola lettura o aperto in un altro programma (Excel blocca le cartelle di lavoro che tiene aperte), oppure non puoi scrivere in quella cartella</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>{0} is no longer there</source>
        <translation>{0} non esiste più</translation>
    </message>
    <message>
        <source>Autosave failed: {0}</source>
        <translation>Salvataggio automatico non riuscito: {0}</translation>
    </message>
    <message>
        <source>Recovered the plan autosaved at {0}{1}</source>
        <translation>Recuperato il piano salvato automaticamente il {0}{1}</translation>
    </message>
    <message>
        <source> (from {0})</source>
        <translation> (da {0})</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Show the lines of one channel</source>
        <translation>Mostra le voci di un solo canale</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tutti i canali</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Aggiungi voce</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n line(s)</source>
        <translation>
            <numerusform>Duplica %n voce</numerusform>
            <numerusform>Duplica %n voci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n line(s)</source>
        <translation>
            <numerusform>Elimina %n voce</numerusform>
            <numerusform>Elimina %n voci</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Elimina voce</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>The platform the line runs on</source>
        <translation>La piattaforma su cui è attiva la voce</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>Tattica</translation>
    </message>
    <message>
        <source>How the line is bought</source>
        <translation>Come viene acquistata la voce</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Your name for the line</source>
        <translation>Il nome che dai alla voce</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>What the line pays up front: media, KOL fees or livestream hours</source>
        <translation>Ciò che la voce paga in anticipo: spazi media, compensi KOL o ore di diretta</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Copertura</translation>
    </message>
    <message>
        <source>% target</source>
        <translation>% del target</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequenza</translation>
    </message>
    <message>
        <source>Reach {0}+</source>
        <translation>Copertura {0}+</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Costo totale</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Profit ROI</source>
        <translation>ROI sul profitto</translation>
    </message>
    <message>
        <source>Clicks / views</source>
        <translation>Clic / visualizzazioni</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>What the budget buys, in the tactic&apos;s unit; typing units sets the budget</source>
        <translation>Ciò che il budget acquista, nell&apos;unità della tattica; inserendo la quantità si imposta il budget</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>The tactic&apos;s unit of purchase</source>
        <translation>L&apos;unità di acquisto della tattica</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Overrides: {0}</source>
        <translation>Valori personalizzati: {0}</translation>
    </message>
    <message>
        <source>Edit {0} of line {1}</source>
        <translation>Modifica {0} della voce {1}</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Sheet</source>
        <translation>Foglio</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>(warning) {0}</source>
        <translation>(avviso) {0}</translation>
    </message>
    <message>
        <source>(note) {0}</source>
        <translation>(nota) {0}</translation>
    </message>
</context>
<context>
    <name>ReachCurvesChart</name>
    <message>
        <source>Reach curves</source>
        <translation>Curve di copertura</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Reach (people)</source>
        <translation>Copertura (persone)</translation>
    </message>
    <message>
        <source>Drag a point sideways to change that channel&apos;s budget (its lines scale together); the dashed curve is the selected line. Undo restores.</source>
        <translation>Trascina un punto in orizzontale per cambiare il budget di quel canale (le sue voci variano in proporzione); la curva tratteggiata è la voce selezionata. Annulla ripristina.</translation>
    </message>
    <message>
        <source>Drag to change the {0} budget</source>
        <translation>Trascina per cambiare il budget di {0}</translation>
    </message>
    <message>
        <source>Drag to change the budget of line {0}</source>
        <translation>Trascina per cambiare il budget della voce {0}</translation>
    </message>
    <message>
        <source>Drag budget of line {0}</source>
        <translation>Trascina il budget della voce {0}</translation>
    </message>
    <message>
        <source>Drag {0} budget</source>
        <translation>Trascina il budget di {0}</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>a {0}</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export &amp;report…</source>
        <translation>Esporta &amp;report…</translation>
    </message>
    <message>
        <source>The plan as a PDF or PowerPoint report for the meeting, in English, Italian or Chinese</source>
        <translation>Il piano come report PDF o PowerPoint per la riunione, in inglese, italiano o cinese</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Stampa il report</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Nessun report</translation>
    </message>
    <message>
        <source>The scenario cannot be estimated, so there is nothing to report yet: {0}</source>
        <translation>Lo scenario non si può stimare, quindi non c&apos;è ancora nulla da riportare: {0}</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PowerPoint presentation (*.pptx)</source>
        <translation>Presentazione PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Esporta il report</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Scrittura del report…</translation>
    </message>
    <message numerus="yes">
        <source>Report saved to {0} (%n page(s))</source>
        <translation>
            <numerusform>Report salvato in {0} (%n pagina)</numerusform>
            <numerusform>Report salvato in {0} (%n pagine)</numerusform>
        </translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Report non salvato</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Impossibile scrivere {0}: {1}</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Niente da stampare</translation>
    </message>
    <message>
        <source>Preparing the report for the printer…</source>
        <translation>Preparazione del report per la stampante…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non stampato</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>%n pagina inviata alla stampante</numerusform>
            <numerusform>%n pagine inviate alla stampante</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>All channels</source>
        <translation>Tutti i canali</translation>
    </message>
    <message>
        <source>all tactics</source>
        <translation>tutte le tattiche</translation>
    </message>
    <message>
        <source>Market-entry plan for China: {0}</source>
        <translation>Piano di ingresso nel mercato cinese: {0}</translation>
    </message>
    <message>
        <source>Scenario: {0}</source>
        <translation>Scenario: {0}</translation>
    </message>
    <message>
        <source>Target group: {0} ({1} people)</source>
        <translation>Pubblico target: {0} ({1} persone)</translation>
    </message>
    <message numerus="yes">
        <source>Budget {0} in %n line(s)</source>
        <translation>
            <numerusform>Budget {0} in %n voce</numerusform>
            <numerusform>Budget {0} in %n voci</numerusform>
        </translation>
    </message>
    <message>
        <source>Money in {0} ({1}) · {2}</source>
        <translation>Importi in {0} ({1}) · {2}</translation>
    </message>
    <message>
        <source>Made with Market Entry Planner {0}</source>
        <translation>Realizzato con Market Entry Planner {0}</translation>
    </message>
    <message>
        <source>P10–P90 {0}–{1}</source>
        <translation>P10–P90 {0}–{1}</translation>
    </message>
    <message>
        <source>{0} of target</source>
        <translation>{0} del target</translation>
    </message>
    <message>
        <source>+ {0} deposits</source>
        <translation>+ {0} di depositi</translation>
    </message>
    <message>
        <source>contribution {0}</source>
        <translation>margine di contribuzione {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n voce</numerusform>
            <numerusform>%n voci</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Total (deduplicated)</source>
        <translation>Totale (deduplicato)</translation>
    </message>
    <message>
        <source>P10–P90: 8 in 10 of {0} simulated outcomes fall in this range, every assumption drawn from its low–high range. Totals are deduplicated: a person reached on two channels counts once.</source>
        <translation>P10–P90: 8 esiti su 10 di {0} simulazioni cadono in questo intervallo, con ogni ipotesi estratta dal suo intervallo minimo–massimo. I totali sono deduplicati: una persona raggiunta su due canali conta una volta.</translation>
    </message>
    <message>
        <source>Totals are deduplicated: a person reached on two channels counts once.</source>
        <translation>I totali sono deduplicati: una persona raggiunta su due canali conta una volta.</translation>
    </message>
    <message>
        <source>The plan in figures</source>
        <translation>Il piano in cifre</translation>
    </message>
    <message>
        <source>Scenario {0}</source>
        <translation>Scenario {0}</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>Tattica</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>whole period</source>
        <translation>tutto il periodo</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>voce {0}</translation>
    </message>
    <message>
        <source>{0} total</source>
        <translation>Totale {0}</translation>
    </message>
    <message>
        <source>A channel&apos;s reach counts a person once across its lines; the total counts a person once across channels.</source>
        <translation>La copertura di un canale conta una persona una sola volta fra le sue voci; il totale la conta una sola volta fra i canali.</translation>
    </message>
    <message>
        <source>The plan by channel and tactic</source>
        <translation>Il piano per canale e tattica</translation>
    </message>
    <message>
        <source>{0} ({1} of {2})</source>
        <translation>{0} ({1} di {2})</translation>
    </message>
    <message>
        <source>Each channel&apos;s reach as its budget grows, its lines scaled together; the dot is the plan. The curves flatten as the same people see the ads again.</source>
        <translation>La copertura di ogni canale al crescere del suo budget, con le sue voci scalate insieme; il punto è il piano. Le curve si appiattiscono perché le stesse persone rivedono gli annunci.</translation>
    </message>
    <message>
        <source>Reach curves</source>
        <translation>Curve di copertura</translation>
    </message>
    <message>
        <source>Budget by tactic</source>
        <translation>Budget per tattica</translation>
    </message>
    <message>
        <source>Total cost by kind</source>
        <translation>Costo totale per tipologia</translation>
    </message>
    <message>
        <source>Deposits are refundable and not counted as cost: {0} of them.</source>
        <translation>I depositi sono rimborsabili e non contano come costo: {0} in tutto.</translation>
    </message>
    <message>
        <source>Budget and cost by channel</source>
        <translation>Budget e costi per canale</translation>
    </message>
    <message>
        <source>{0} impressions</source>
        <translation>{0} impression</translation>
    </message>
    <message>
        <source>{0} clicks · {1} of impressions</source>
        <translation>{0} clic · {1} delle impression</translation>
    </message>
    <message>
        <source>{0} orders · {1} of clicks</source>
        <translation>{0} ordini · {1} dei clic</translation>
    </message>
    <message>
        <source>{0} GMV · {1} per order</source>
        <translation>{0} di GMV · {1} per ordine</translation>
    </message>
    <message>
        <source>Bar lengths are on a log scale. Ads: clicks × CVR = orders; livestreams and videos: viewers × CVR. GMV = orders × average order value.</source>
        <translation>La lunghezza delle barre è in scala logaritmica. Annunci: clic × CVR = ordini; dirette e video: spettatori × CVR. GMV = ordini × valore medio dell&apos;ordine.</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>Funnel di vendita</translation>
    </message>
    <message>
        <source>Each line over its dates, coloured by channel; shopping festivals shaded behind them. On a festival day auction-bought ads cost more and every tactic converts better.</source>
        <translation>Ogni voce sulle sue date, colorata per canale; gli eventi promozionali ombreggiati sullo sfondo. In una giornata promozionale gli annunci comprati all&apos;asta costano di più e ogni tattica converte meglio.</translation>
    </message>
    <message>
        <source>Calendar: lines and festivals</source>
        <translation>Calendario: voci ed eventi promozionali</translation>
    </message>
    <message>
        <source>Annual fees, store set-up</source>
        <translation>Canoni annuali, apertura negozio</translation>
    </message>
    <message>
        <source>Commissions, fees, fulfilment</source>
        <translation>Commissioni, tariffe, logistica</translation>
    </message>
    <message>
        <source>Cash out over the plan {0}, of which {1} refundable deposits; the largest month is {2} ({3}).</source>
        <translation>Uscite di cassa nel piano {0}, di cui {1} di depositi rimborsabili; il mese più pesante è {2} ({3}).</translation>
    </message>
    <message>
        <source>Spend and cash out by month</source>
        <translation>Spesa e uscite di cassa per mese</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Budget by channel</source>
        <translation>Budget per canale</translation>
    </message>
    <message>
        <source>Every scenario on the same market and assumptions; ● marks the scenario of this report.</source>
        <translation>Ogni scenario sullo stesso mercato e le stesse ipotesi; ● indica lo scenario di questo report.</translation>
    </message>
    <message>
        <source>The plan has one scenario. Add scenarios in the app (Scenario › New scenario…) to compare them here.</source>
        <translation>Il piano ha un solo scenario. Aggiungine nell&apos;app (Scenari › Nuovo scenario…) per confrontarli qui.</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>Scenari a confronto</translation>
    </message>
    <message>
        <source>{0} {1} · CPM multiplier</source>
        <translation>{0} {1} · moltiplicatore CPM</translation>
    </message>
    <message>
        <source>{0} {1} · conversion multiplier</source>
        <translation>{0} {1} · moltiplicatore di conversione</translation>
    </message>
    <message>
        <source>Change in {0}</source>
        <translation>Variazione di {0}</translation>
    </message>
    <message>
        <source>Assumption at its low</source>
        <translation>Ipotesi al minimo</translation>
    </message>
    <message>
        <source>Assumption at its high</source>
        <translation>Ipotesi al massimo</translation>
    </message>
    <message>
        <source>Each assumption at the low and the high of its range, everything else as planned: how far {0} moves from the plan&apos;s {1}.</source>
        <translation>Ogni ipotesi al minimo e al massimo del suo intervallo, tutto il resto come da piano: quanto si sposta {0} rispetto ai {1} del piano.</translation>
    </message>
    <message>
        <source>What moves the result most</source>
        <translation>Cosa sposta di più il risultato</translation>
    </message>
    <message>
        <source>Deduplicated reach</source>
        <translation>Copertura deduplicata</translation>
    </message>
    <message>
        <source>Effective reach {0}+</source>
        <translation>Copertura efficace {0}+</translation>
    </message>
    <message>
        <source>Profit (contribution − marketing cost)</source>
        <translation>Profitto (margine di contribuzione − costo di marketing)</translation>
    </message>
    <message>
        <source>spending up to {0}</source>
        <translation>spendendo al massimo {0}</translation>
    </message>
    <message>
        <source>spending exactly {0}</source>
        <translation>spendendo esattamente {0}</translation>
    </message>
    <message>
        <source>Maximise {0}, {1}: {2} → {3}{4}.</source>
        <translation>Massimizzare {0}, {1}: {2} → {3}{4}.</translation>
    </message>
    <message>
        <source>Proven best.</source>
        <translation>Ottimo dimostrato.</translation>
    </message>
    <message>
        <source>Best found (not proven: effective reach is not concave).</source>
        <translation>Migliore trovato (non dimostrato: la copertura efficace non è concava).</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Optimised</source>
        <translation>Ottimizzato</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <source>Where the next yuan works hardest</source>
        <translation>Dove il prossimo yuan rende di più</translation>
    </message>
    <message>
        <source>{0} ({1} – {2})</source>
        <translation>{0} ({1} – {2})</translation>
    </message>
    <message>
        <source>{0} (weak)</source>
        <translation>{0} (debole)</translation>
    </message>
    <message>
        <source>×{0} (×{1} – ×{2})</source>
        <translation>×{0} (×{1} – ×{2})</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Ipotesi</translation>
    </message>
    <message>
        <source>Value (low – high)</source>
        <translation>Valore (minimo – massimo)</translation>
    </message>
    <message>
        <source>{0} at its low</source>
        <translation>{0} al minimo</translation>
    </message>
    <message>
        <source>{0} at its high</source>
        <translation>{0} al massimo</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Affidabilità</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Ranked by how far each moves {0} between its low and its high. Orange: weak (grade C or W) — replace it with your own figure first. Grades: {1}.</source>
        <translation>In ordine di quanto ciascuna sposta {0} fra il suo minimo e il suo massimo. Arancione: debole (affidabilità C o W) — sostituiscila per prima con un dato tuo. Affidabilità: {1}.</translation>
    </message>
    <message>
        <source>The assumptions that matter most</source>
        <translation>Le ipotesi che contano di più</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Copertura</translation>
    </message>
    <message>
        <source>Each channel reaches the share of the target group that uses it (its penetration). A line&apos;s budget buys impressions in the way its tactic is sold (CPM, CPC, KOL sessions, livestream hours, videos); the on-target share of them lands in the target group. The lines of one channel and tactic are one buy drawing on one audience (a KOL&apos;s sessions on the KOL&apos;s own viewers), so splitting a buy changes nothing. People are not exposed evenly: a negative binomial exposure distribution per buy gives its reach and how many are reached {0} times or more. Tactics and channels are treated as independent, so a person reached twice counts once.</source>
        <translation>Ogni canale raggiunge la quota del gruppo target che lo usa (la sua penetrazione). Il budget di una voce compra impressioni nel modo in cui la sua tattica è venduta (CPM, CPC, sessioni KOL, ore di diretta, video); la quota in target arriva al gruppo target. Le voci di uno stesso canale e tattica sono un unico acquisto su un unico pubblico (le sessioni di un KOL sui suoi spettatori), quindi dividere un acquisto non cambia nulla. Le persone non sono esposte in modo uniforme: una distribuzione binomiale negativa per acquisto dà la copertura e quante persone sono raggiunte {0} volte o più. Tattiche e canali sono trattati come indipendenti, quindi una persona raggiunta due volte conta una volta.</translation>
    </message>
    <message>
        <source>Sales come from people and saturate: each exposure converts a share of what is left of a person&apos;s purchase potential, so the first exposures sell most and a buy&apos;s sales are bounded by its audience. Conversion falls with the order value through the category&apos;s price elasticity; search ads answer a finite number of searches, which the plan&apos;s content raises. Sales = orders × average order value, less returns. Costs are the budget, the agency fee, the channels&apos; fixed fees, KOL commissions, platform fees, fulfilment and returns handling; deposits are refundable and not a cost. On a shopping-festival day auction prices and conversion rise by the calendar&apos;s multipliers. ROAS is GMV ÷ budget (what Chinese platforms call ROI); profit ROI is what the plan earns after paying for itself.</source>
        <translation>Le vendite vengono dalle persone e si saturano: ogni esposizione converte una quota di ciò che resta del potenziale d&apos;acquisto di una persona, quindi le prime esposizioni vendono di più e le vendite di un acquisto sono limitate dal suo pubblico. La conversione scende con il valore dell&apos;ordine secondo l&apos;elasticità al prezzo della categoria; gli annunci di ricerca rispondono a un numero finito di ricerche, che i contenuti del piano fanno crescere. Vendite = ordini × valore medio dell&apos;ordine, meno i resi. I costi sono il budget, il compenso d&apos;agenzia, i costi fissi dei canali, le commissioni KOL, le commissioni delle piattaforme, la logistica e la gestione dei resi; i depositi sono rimborsabili e non sono un costo. In una giornata promozionale i prezzi d&apos;asta e la conversione crescono secondo i moltiplicatori del calendario. Il ROAS è GMV ÷ budget (ciò che le piattaforme cinesi chiamano ROI); il ROI sul profitto è quanto il piano guadagna dopo essersi ripagato.</translation>
    </message>
    <message>
        <source>Sales and costs</source>
        <translation>Vendite e costi</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Quanto è sicuro</translation>
    </message>
    <message>
        <source>Every figure has a low–high range, a source and a grade. The plan is run {0} times with every benchmark drawn from its range (a PERT distribution): 8 times in 10 the result falls between P10 and P90, if the ranges are right. The tornado sets each figure to its low and its high, the others as planned, and ranks them by how far they move the result.</source>
        <translation>Ogni dato ha un intervallo minimo–massimo, una fonte e un&apos;affidabilità. Il piano viene calcolato {0} volte con ogni benchmark estratto dal suo intervallo (una distribuzione PERT): 8 volte su 10 il risultato cade fra P10 e P90, se gli intervalli sono giusti. Il tornado porta ogni dato al suo minimo e al suo massimo, gli altri come da piano, e li ordina per quanto spostano il risultato.</translation>
    </message>
    <message>
        <source>What it leaves out</source>
        <translation>Che cosa non considera</translation>
    </message>
    <message>
        <source>Effects that last beyond the plan, repeat purchases, competitors&apos; spending and a platform&apos;s changing prices. The figures a brand knows best (average order value, margin, a KOL&apos;s quote) are its own and should replace the benchmarks.</source>
        <translation>Gli effetti che durano oltre il piano, i riacquisti, la spesa dei concorrenti e i prezzi che cambiano sulle piattaforme. I dati che un brand conosce meglio (valore medio dell&apos;ordine, margine, il preventivo di un KOL) sono suoi e dovrebbero sostituire i benchmark.</translation>
    </message>
    <message>
        <source>The method</source>
        <translation>Il metodo</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parametro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Minimo</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Massimo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Appendix: every assumption</source>
        <translation>Appendice: tutte le ipotesi</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>Evento promozionale</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canali</translation>
    </message>
    <message>
        <source>CPM multiplier</source>
        <translation>Moltiplicatore CPM</translation>
    </message>
    <message>
        <source>Conversion multiplier</source>
        <translation>Moltiplicatore di conversione</translation>
    </message>
    <message>
        <source>The festivals the plan&apos;s dated lines meet; the others are on the workbook&apos;s Calendar sheet.</source>
        <translation>Gli eventi promozionali che toccano le voci datate del piano; gli altri sono nel foglio Calendar della cartella di lavoro.</translation>
    </message>
    <message>
        <source>Appendix: festival multipliers</source>
        <translation>Appendice: moltiplicatori degli eventi promozionali</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Print the report</source>
        <translation>Stampa il report</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Esporta il report</translation>
    </message>
    <message>
        <source>The plan for the meeting: the headline with its P10–P90, the plan by channel and tactic, the charts, the assumptions that matter most and the method, in the language of the meeting.</source>
        <translation>Il piano per la riunione: i numeri chiave con il loro P10–P90, il piano per canale e tattica, i grafici, le ipotesi che contano di più e il metodo, nella lingua della riunione.</translation>
    </message>
    <message>
        <source>{0} (.{1})</source>
        <translation>{0} (.{1})</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Include the optimiser&apos;s advice</source>
        <translation>Includi il consiglio dell&apos;ottimizzatore</translation>
    </message>
    <message>
        <source>The last optimisation of this scenario (Scenario › Optimise the budget…), line by line</source>
        <translation>L&apos;ultima ottimizzazione di questo scenario (Scenari › Ottimizza il budget…), voce per voce</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
</context>
<context>
    <name>ScenarioChart</name>
    <message>
        <source>Scenarios compared</source>
        <translation>Scenari a confronto</translation>
    </message>
    <message>
        <source>Budget by channel</source>
        <translation>Budget per canale</translation>
    </message>
    <message>
        <source>Reach (dark: effective)</source>
        <translation>Copertura (scuro: efficace)</translation>
    </message>
    <message>
        <source>GMV and total cost</source>
        <translation>GMV e costo totale</translation>
    </message>
    <message>
        <source>Profit ROI</source>
        <translation>ROI sul profitto</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Costo totale</translation>
    </message>
    <message>
        <source>Every scenario on the same market and assumptions. New, rename and delete scenarios on the Scenarios tab.</source>
        <translation>Tutti gli scenari sullo stesso mercato e sulle stesse ipotesi. Crea, rinomina ed elimina scenari nella scheda Scenari.</translation>
    </message>
</context>
<context>
    <name>ScenarioCompareModel</name>
    <message>
        <source>Reach {0}+</source>
        <translation>Copertura {0}+</translation>
    </message>
    <message>
        <source>{0}: {1} line(s). Double-click to show and edit it.</source>
        <translation>{0} (voci: {1}). Fai doppio clic per mostrarlo e modificarlo.</translation>
    </message>
    <message>
        <source>cannot be estimated</source>
        <translation>non stimabile</translation>
    </message>
    <message>
        <source>{0} compared with {1}</source>
        <translation>{0} rispetto a {1}</translation>
    </message>
</context>
<context>
    <name>ScenariosTab</name>
    <message>
        <source>New scenario…</source>
        <translation>Nuovo scenario…</translation>
    </message>
    <message>
        <source>A copy of the scenario shown, to change without losing the original</source>
        <translation>Una copia dello scenario mostrato, da modificare senza perdere l&apos;originale</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete the scenario shown (Undo brings it back)</source>
        <translation>Elimina lo scenario mostrato (Annulla lo ripristina)</translation>
    </message>
    <message>
        <source>Every scenario uses the same market and assumptions; only the lines differ. The bold column (●) is the one shown and edited. Hover a figure for its change against the first scenario.</source>
        <translation>Tutti gli scenari usano lo stesso mercato e le stesse ipotesi; cambiano solo le voci. La colonna in grassetto (●) è quella mostrata e modificata. Passa il mouse su un valore per vederne la variazione rispetto al primo scenario.</translation>
    </message>
    <message>
        <source>{0} copy</source>
        <translation>Copia di {0}</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nuovo scenario</translation>
    </message>
    <message>
        <source>Name of the copy of &apos;{0}&apos;:</source>
        <translation>Nome della copia di &apos;{0}&apos;:</translation>
    </message>
    <message>
        <source>New scenario {0}</source>
        <translation>Nuovo scenario {0}</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Rinomina scenario</translation>
    </message>
    <message>
        <source>New name for &apos;{0}&apos;:</source>
        <translation>Nuovo nome per &apos;{0}&apos;:</translation>
    </message>
    <message>
        <source>Rename scenario to {0}</source>
        <translation>Rinomina scenario in {0}</translation>
    </message>
    <message>
        <source>Delete scenario {0}</source>
        <translation>Elimina scenario {0}</translation>
    </message>
    <message>
        <source>Show scenario {0}</source>
        <translation>Mostra scenario {0}</translation>
    </message>
</context>
<context>
    <name>TimingBox</name>
    <message>
        <source>Choose the months too</source>
        <translation>Scegli anche i mesi</translation>
    </message>
    <message>
        <source>Let the optimiser move each line&apos;s budget between the months of its own dates, into or out of the festivals (their CPM and conversion multipliers: Calendar tab). A line that moves is split into one line per month. KOL sessions, videos and store hours keep their dates.</source>
        <translation>Lascia che l&apos;ottimizzatore sposti il budget di ogni voce tra i mesi delle sue date, dentro o fuori dagli eventi promozionali (i loro moltiplicatori di CPM e conversione: scheda Calendario). Una voce che si sposta viene divisa in una voce per mese. Sessioni KOL, video e ore di live mantengono le loro date.</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Tetto</translation>
    </message>
    <message>
        <source>The most the plan may spend in a month (line budgets, as the Cash flow chart books media and KOL fees): 500k, ¥1m, 100万. Empty: no cap.</source>
        <translation>Il massimo che il piano può spendere in un mese (budget delle voci, come il grafico Flusso di cassa registra media e compensi KOL): 500k, ¥1m, 100万. Vuoto: nessun tetto.</translation>
    </message>
    <message>
        <source>Monthly spend caps:</source>
        <translation>Tetti di spesa mensili:</translation>
    </message>
    <message>
        <source>a cap is an amount of 0 or more</source>
        <translation>un tetto è un importo pari o superiore a 0</translation>
    </message>
    <message>
        <source>Cap for {0}: &apos;{1}&apos;: {2}.</source>
        <translation>Tetto per {0}: &apos;{1}&apos;: {2}.</translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>What moves the result most</source>
        <translation>Cosa sposta di più il risultato</translation>
    </message>
    <message>
        <source>The result whose swing ranks the assumptions</source>
        <translation>Il risultato la cui oscillazione ordina le ipotesi</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Assumption at its low</source>
        <translation>Ipotesi al minimo</translation>
    </message>
    <message>
        <source>Assumption at its high</source>
        <translation>Ipotesi al massimo</translation>
    </message>
    <message>
        <source>Each assumption at the low and the high of its range, everything else as planned. Hover a bar for the range and its source; double-click it to open the assumption.</source>
        <translation>Ogni ipotesi al minimo e al massimo del suo intervallo, tutto il resto come pianificato. Passa il mouse su una barra per l&apos;intervallo e la fonte; doppio clic per aprire l&apos;ipotesi.</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tutti i canali</translation>
    </message>
    <message>
        <source>all tactics</source>
        <translation>tutte le tattiche</translation>
    </message>
    <message>
        <source>{0} {1} · CPM multiplier</source>
        <translation>{0} {1} · moltiplicatore CPM</translation>
    </message>
    <message>
        <source>{0} {1} · conversion multiplier</source>
        <translation>{0} {1} · moltiplicatore di conversione</translation>
    </message>
    <message>
        <source>{0} – {1} – {2} (low – planned – high)</source>
        <translation>{0} – {1} – {2} (minimo – pianificato – massimo)</translation>
    </message>
    <message>
        <source>{0}: set the average order value and gross margin on the Market tab</source>
        <translation>{0}: imposta valore medio dell&apos;ordine e margine lordo nella scheda Mercato</translation>
    </message>
    <message>
        <source>{0} (the line: as planned, {1})</source>
        <translation>{0} (la linea: come pianificato, {1})</translation>
    </message>
    <message>
        <source>Result at its low {0}, at its high {1}</source>
        <translation>Risultato al minimo {0}, al massimo {1}</translation>
    </message>
    <message>
        <source>Grade {0}: {1}</source>
        <translation>Affidabilità {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>Feeds %n line(s)</source>
        <translation>
            <numerusform>Alimenta %n voce</numerusform>
            <numerusform>Alimenta %n voci</numerusform>
        </translation>
    </message>
    <message>
        <source>Festival multipliers are on the workbook&apos;s Calendar sheet.</source>
        <translation>I moltiplicatori degli eventi promozionali sono nel foglio Calendar della cartella di lavoro.</translation>
    </message>
    <message>
        <source>Double-click to open it on the Assumptions tab.</source>
        <translation>Doppio clic per aprirla nella scheda Ipotesi.</translation>
    </message>
</context>
<context>
    <name>UncertaintyProgress</name>
    <message>
        <source>Ranges %p%</source>
        <translation>Intervalli %p%</translation>
    </message>
    <message>
        <source>Working out the P10–P90 ranges: {0} plans drawn from the assumptions&apos; low–high ranges. Editing starts it again.</source>
        <translation>Calcolo degli intervalli P10–P90: {0} piani estratti dagli intervalli minimo–massimo delle ipotesi. Una modifica lo fa ripartire.</translation>
    </message>
</context>
<context>
    <name>UnitWords</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessione</numerusform>
            <numerusform>%n sessioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n video</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n click(s)</source>
        <translation>
            <numerusform>%n clic</numerusform>
            <numerusform>%n clic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n visualizzazione</numerusform>
            <numerusform>%n visualizzazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thousand impressions</source>
        <translation>
            <numerusform>%n mila impression</numerusform>
            <numerusform>%n mila impression</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Optimise the budget…</source>
        <translation>&amp;Ottimizza il budget…</translation>
    </message>
    <message>
        <source>Reallocate the budget for the most reach, effective reach, GMV or profit, within your limits</source>
        <translation>Ridistribuisci il budget per la massima copertura, copertura efficace, GMV o profitto, entro i tuoi limiti</translation>
    </message>
    <message>
        <source>&amp;New scenario…</source>
        <translation>&amp;Nuovo scenario…</translation>
    </message>
    <message>
        <source>A copy of the scenario shown, to change without losing it</source>
        <translation>Una copia dello scenario mostrato, da modificare senza perderlo</translation>
    </message>
    <message>
        <source>&amp;Rename scenario…</source>
        <translation>&amp;Rinomina scenario…</translation>
    </message>
    <message>
        <source>&amp;Delete scenario</source>
        <translation>&amp;Elimina scenario</translation>
    </message>
    <message>
        <source>&amp;Compare scenarios</source>
        <translation>&amp;Confronta scenari</translation>
    </message>
    <message>
        <source>Every scenario side by side</source>
        <translation>Tutti gli scenari a confronto</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <source>Start an empty plan with the shipped assumptions</source>
        <translation>Crea un piano vuoto con le ipotesi incluse</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>Open a plan workbook</source>
        <translation>Apri la cartella di lavoro di un piano</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Salva il piano</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salva con n&amp;ome…</translation>
    </message>
    <message>
        <source>&amp;Import lines from a sheet…</source>
        <translation>&amp;Importa voci da un foglio…</translation>
    </message>
    <message>
        <source>Replace this scenario&apos;s lines with a plan typed in Excel; market and assumptions stay</source>
        <translation>Sostituisce le voci di questo scenario con un piano scritto in Excel; mercato e ipotesi restano invariati</translation>
    </message>
    <message>
        <source>Import &amp;actuals…</source>
        <translation>Importa i risultati &amp;effettivi…</translation>
    </message>
    <message>
        <source>Read the platforms&apos; ad reports: spend to date against the plan, and the assumptions calibrated</source>
        <translation>Leggi i report pubblicitari delle piattaforme: speso finora rispetto al piano, e le ipotesi calibrate</translation>
    </message>
    <message>
        <source>&amp;Export a copy…</source>
        <translation>&amp;Esporta una copia…</translation>
    </message>
    <message>
        <source>Write a copy of the workbook with results, elsewhere</source>
        <translation>Scrive altrove una copia della cartella di lavoro con i risultati</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Es&amp;ci</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>A&amp;ggiungi voce</translation>
    </message>
    <message>
        <source>Add a line to the plan</source>
        <translation>Aggiunge una voce al piano</translation>
    </message>
    <message>
        <source>&amp;Duplicate line</source>
        <translation>&amp;Duplica voce</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>Copia le voci selezionate</translation>
    </message>
    <message>
        <source>De&amp;lete lines</source>
        <translation>E&amp;limina voci</translation>
    </message>
    <message>
        <source>Delete the selected lines</source>
        <translation>Elimina le voci selezionate</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>Ripristina &amp;predefinito</translation>
    </message>
    <message>
        <source>Put the selected assumptions back to the shipped benchmark</source>
        <translation>Riporta le ipotesi selezionate al benchmark incluso</translation>
    </message>
    <message>
        <source>Put the selected festivals back to the shipped calendar</source>
        <translation>Riporta gli eventi promozionali selezionati al calendario predefinito</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenari</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Market Entry Planner</source>
        <translation>&amp;Informazioni su Market Entry Planner</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Vai a</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <source>Money in {0}</source>
        <translation>Importi in {0}</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source> Scenario </source>
        <translation> Scenario </translation>
    </message>
    <message>
        <source>The scenario shown and edited</source>
        <translation>Lo scenario mostrato e modificato</translation>
    </message>
    <message>
        <source>The language changes the next time Market Entry Planner starts.</source>
        <translation>La lingua cambierà al prossimo avvio di Market Entry Planner.</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation>Kuaishou</translation>
    </message>
    <message>
        <source>Taobao/Tmall</source>
        <translation>Taobao/Tmall</translation>
    </message>
    <message>
        <source>JD.com</source>
        <translation>JD.com</translation>
    </message>
    <message>
        <source>Feed ads</source>
        <translation>Annunci nel feed</translation>
    </message>
    <message>
        <source>1,000 impressions</source>
        <translation>1.000 impression</translation>
    </message>
    <message>
        <source>Search ads</source>
        <translation>Annunci di ricerca</translation>
    </message>
    <message>
        <source>click</source>
        <translation>clic</translation>
    </message>
    <message>
        <source>KOL livestream</source>
        <translation>Diretta KOL</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessione</translation>
    </message>
    <message>
        <source>Brand livestream</source>
        <translation>Diretta del brand</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>ora</translation>
    </message>
    <message>
        <source>KOL seeding video</source>
        <translation>Video seeding KOL</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>CNY per 1,000 impressions</source>
        <translation>CNY per 1.000 impression</translation>
    </message>
    <message>
        <source>CPC</source>
        <translation>CPC</translation>
    </message>
    <message>
        <source>CNY per click</source>
        <translation>CNY per clic</translation>
    </message>
    <message>
        <source>Slot fee</source>
        <translation>Costo dello slot</translation>
    </message>
    <message>
        <source>CNY per session</source>
        <translation>CNY per sessione</translation>
    </message>
    <message>
        <source>Viewers per session</source>
        <translation>Spettatori per sessione</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Costo orario</translation>
    </message>
    <message>
        <source>CNY per hour</source>
        <translation>CNY all&apos;ora</translation>
    </message>
    <message>
        <source>Viewers per hour</source>
        <translation>Spettatori all&apos;ora</translation>
    </message>
    <message>
        <source>Fee per video</source>
        <translation>Compenso per video</translation>
    </message>
    <message>
        <source>CNY per video</source>
        <translation>CNY per video</translation>
    </message>
    <message>
        <source>Views per video</source>
        <translation>Visualizzazioni per video</translation>
    </message>
    <message>
        <source>views per video</source>
        <translation>visualizzazioni per video</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>clicks per impression</source>
        <translation>clic per impression</translation>
    </message>
    <message>
        <source>CVR</source>
        <translation>CVR</translation>
    </message>
    <message>
        <source>On-target share</source>
        <translation>Quota in target</translation>
    </message>
    <message>
        <source>share of impressions</source>
        <translation>quota delle impression</translation>
    </message>
    <message>
        <source>Exposure shape k</source>
        <translation>Forma dell&apos;esposizione k</translation>
    </message>
    <message>
        <source>NBD k</source>
        <translation>k della NBD</translation>
    </message>
    <message>
        <source>KOL commission</source>
        <translation>Commissione KOL</translation>
    </message>
    <message>
        <source>share of net GMV</source>
        <translation>quota del GMV netto</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Tasso di reso</translation>
    </message>
    <message>
        <source>share of GMV</source>
        <translation>quota del GMV</translation>
    </message>
    <message>
        <source>Fulfilment per order</source>
        <translation>Costo logistico per ordine</translation>
    </message>
    <message>
        <source>CNY per order</source>
        <translation>CNY per ordine</translation>
    </message>
    <message>
        <source>views (人次) per session</source>
        <translation>visualizzazioni (人次) per sessione</translation>
    </message>
    <message>
        <source>views (人次) per hour</source>
        <translation>visualizzazioni (人次) all&apos;ora</translation>
    </message>
    <message>
        <source>Views per viewer</source>
        <translation>Visualizzazioni per spettatore</translation>
    </message>
    <message>
        <source>views per distinct viewer</source>
        <translation>visualizzazioni per spettatore distinto</translation>
    </message>
    <message>
        <source>Viewer pool</source>
        <translation>Bacino di spettatori</translation>
    </message>
    <message>
        <source>people per year</source>
        <translation>persone all&apos;anno</translation>
    </message>
    <message>
        <source>Search demand</source>
        <translation>Domanda di ricerca</translation>
    </message>
    <message>
        <source>searches per year</source>
        <translation>ricerche all&apos;anno</translation>
    </message>
    <message>
        <source>orders per click (ads) or per view (live, video)</source>
        <translation>ordini per clic (annunci) o per visualizzazione (dirette, video)</translation>
    </message>
    <message>
        <source>GMV per view</source>
        <translation>GMV per visualizzazione</translation>
    </message>
    <message>
        <source>CNY per view (人次)</source>
        <translation>CNY per visualizzazione (人次)</translation>
    </message>
    <message>
        <source>Reference order value</source>
        <translation>Valore d&apos;ordine di riferimento</translation>
    </message>
    <message>
        <source>Price elasticity</source>
        <translation>Elasticità al prezzo</translation>
    </message>
    <message>
        <source>elasticity</source>
        <translation>elasticità</translation>
    </message>
    <message>
        <source>Frequency response</source>
        <translation>Risposta alla frequenza</translation>
    </message>
    <message>
        <source>share per exposure</source>
        <translation>quota per esposizione</translation>
    </message>
    <message>
        <source>Return cost per order</source>
        <translation>Costo del reso per ordine</translation>
    </message>
    <message>
        <source>CNY per returned order</source>
        <translation>CNY per ordine reso</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Valore medio dell&apos;ordine</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Margine lordo</translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation>Commissione piattaforma</translation>
    </message>
    <message>
        <source>Penetration</source>
        <translation>Penetrazione</translation>
    </message>
    <message>
        <source>share of target population</source>
        <translation>quota della popolazione target</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposito cauzionale</translation>
    </message>
    <message>
        <source>CNY, refundable</source>
        <translation>CNY, rimborsabile</translation>
    </message>
    <message>
        <source>Annual fee</source>
        <translation>Canone annuo</translation>
    </message>
    <message>
        <source>CNY per year</source>
        <translation>CNY all&apos;anno</translation>
    </message>
    <message>
        <source>Store set-up</source>
        <translation>Apertura negozio</translation>
    </message>
    <message>
        <source>CNY once</source>
        <translation>CNY una tantum</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>what the line pays up front: ad media, KOL fees, livestream hours</source>
        <translation>ciò che la voce paga in anticipo: spazi pubblicitari, compensi KOL, ore di diretta</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>what the budget buys in the tactic&apos;s unit (sessions, videos, 1,000 impressions…)</source>
        <translation>ciò che il budget acquista nell&apos;unità della tattica (sessioni, video, 1.000 impression…)</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>all bought impressions, views or live viewers</source>
        <translation>tutte le impression, visualizzazioni o spettatori in diretta acquistati</translation>
    </message>
    <message>
        <source>On-target impressions</source>
        <translation>Impression in target</translation>
    </message>
    <message>
        <source>impressions that fall in the target group</source>
        <translation>impression che raggiungono il pubblico target</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Copertura</translation>
    </message>
    <message>
        <source>different people of the target group reached at least once</source>
        <translation>persone diverse del target raggiunte almeno una volta</translation>
    </message>
    <message>
        <source>Reach % of target</source>
        <translation>Copertura % del target</translation>
    </message>
    <message>
        <source>reach as a share of the target population</source>
        <translation>copertura come quota della popolazione target</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequenza</translation>
    </message>
    <message>
        <source>average times a reached person is exposed</source>
        <translation>numero medio di esposizioni per persona raggiunta</translation>
    </message>
    <message>
        <source>Effective reach</source>
        <translation>Copertura efficace</translation>
    </message>
    <message>
        <source>people reached at least the effective frequency (3+)</source>
        <translation>persone raggiunte almeno con la frequenza efficace (3+)</translation>
    </message>
    <message>
        <source>Effective reach % of target</source>
        <translation>Copertura efficace % del target</translation>
    </message>
    <message>
        <source>effective reach as a share of the target</source>
        <translation>copertura efficace come quota del target</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>clicks through to the product</source>
        <translation>clic verso la pagina del prodotto</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>orders placed</source>
        <translation>ordini effettuati</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>gross merchandise value of the orders</source>
        <translation>valore lordo della merce ordinata</translation>
    </message>
    <message>
        <source>Returned GMV</source>
        <translation>GMV reso</translation>
    </message>
    <message>
        <source>GMV that buyers return</source>
        <translation>GMV che gli acquirenti rendono</translation>
    </message>
    <message>
        <source>Net GMV</source>
        <translation>GMV netto</translation>
    </message>
    <message>
        <source>GMV after returns</source>
        <translation>GMV al netto dei resi</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Acquisto media</translation>
    </message>
    <message>
        <source>ad media and brand-livestream budget</source>
        <translation>budget per spazi pubblicitari e dirette del brand</translation>
    </message>
    <message>
        <source>KOL fees</source>
        <translation>Compensi KOL</translation>
    </message>
    <message>
        <source>KOL slot and video fees</source>
        <translation>costi degli slot e dei video dei KOL</translation>
    </message>
    <message>
        <source>commission KOLs take on net GMV</source>
        <translation>commissione dei KOL sul GMV netto</translation>
    </message>
    <message>
        <source>Platform fees</source>
        <translation>Commissioni piattaforma</translation>
    </message>
    <message>
        <source>the platform&apos;s commission on net GMV</source>
        <translation>la commissione della piattaforma sul GMV netto</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Logistica</translation>
    </message>
    <message>
        <source>pick, pack and delivery of the orders</source>
        <translation>prelievo, imballaggio e consegna degli ordini</translation>
    </message>
    <message>
        <source>Returns handling</source>
        <translation>Gestione dei resi</translation>
    </message>
    <message>
        <source>reverse logistics of the returned orders</source>
        <translation>logistica inversa degli ordini resi</translation>
    </message>
    <message>
        <source>Channel fixed costs</source>
        <translation>Costi fissi di canale</translation>
    </message>
    <message>
        <source>annual fees and store set-up, shared among a channel&apos;s lines</source>
        <translation>canoni annui e apertura negozio, ripartiti tra le voci del canale</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>Compenso d&apos;agenzia</translation>
    </message>
    <message>
        <source>the agency&apos;s fee on the budget</source>
        <translation>il compenso dell&apos;agenzia sul budget</translation>
    </message>
    <message>
        <source>Marketing cost</source>
        <translation>Costo di marketing</translation>
    </message>
    <message>
        <source>budget + agency fee + channel fixed costs</source>
        <translation>budget + compenso d&apos;agenzia + costi fissi di canale</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Costo totale</translation>
    </message>
    <message>
        <source>marketing cost + commissions + platform fees + fulfilment + returns handling</source>
        <translation>costo di marketing + commissioni + commissioni delle piattaforme + logistica + gestione dei resi</translation>
    </message>
    <message>
        <source>net GMV × gross margin − commissions − platform fees − fulfilment − returns handling</source>
        <translation>GMV netto × margine lordo − commissioni − commissioni delle piattaforme − logistica − gestione dei resi</translation>
    </message>
    <message>
        <source>GMV ÷ budget: what Chinese platforms call ROI (投产比, e.g. Qianchuan&apos;s ROI is GMV over ad spend)</source>
        <translation>GMV ÷ budget: ciò che le piattaforme cinesi chiamano ROI (投产比: il ROI di Qianchuan è il GMV sulla spesa pubblicitaria)</translation>
    </message>
    <message>
        <source>Profit ROI</source>
        <translation>ROI sul profitto</translation>
    </message>
    <message>
        <source>(contribution − marketing cost) ÷ marketing cost: what the plan earns after paying for itself</source>
        <translation>(margine di contribuzione − costo di marketing) ÷ costo di marketing: quanto il piano guadagna dopo essersi ripagato</translation>
    </message>
    <message>
        <source>Women&apos;s apparel</source>
        <translation>Abbigliamento donna</translation>
    </message>
    <message>
        <source>Beauty and personal care</source>
        <translation>Bellezza e cura della persona</translation>
    </message>
    <message>
        <source>Food and wine</source>
        <translation>Cibo e vino</translation>
    </message>
    <message>
        <source>Luxury leather goods</source>
        <translation>Pelletteria di lusso</translation>
    </message>
    <message>
        <source>Home and living</source>
        <translation>Casa e arredo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Search halo from {0}</source>
        <translation>Ricerche generate da {0}</translation>
    </message>
    <message>
        <source>searches per person reached</source>
        <translation>ricerche per persona raggiunta</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>Tattica</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloccata</translation>
    </message>
    <message>
        <source>Min budget</source>
        <translation>Budget minimo</translation>
    </message>
    <message>
        <source>Max budget</source>
        <translation>Budget massimo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parametro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Minimo</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Massimo</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Affidabilità</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Shipped default</source>
        <translation>Valore predefinito</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Titolo del piano</translation>
    </message>
    <message>
        <source>Plan notes</source>
        <translation>Note del piano</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Pubblico target</translation>
    </message>
    <message>
        <source>Target population</source>
        <translation>Popolazione target</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Effective frequency</source>
        <translation>Frequenza efficace</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Valuta di visualizzazione</translation>
    </message>
    <message>
        <source>Active scenario</source>
        <translation>Scenario attivo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Buying</source>
        <translation>Modalità di acquisto</translation>
    </message>
    <message>
        <source>Price parameter</source>
        <translation>Parametro di prezzo</translation>
    </message>
    <message>
        <source>Audience parameter</source>
        <translation>Parametro di pubblico</translation>
    </message>
    <message>
        <source>Conversion parameter</source>
        <translation>Parametro di conversione</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Tipo di spesa</translation>
    </message>
    <message>
        <source>Whole units</source>
        <translation>Unità intere</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>Evento promozionale</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canali</translation>
    </message>
    <message>
        <source>CPM multiplier</source>
        <translation>Moltiplicatore CPM</translation>
    </message>
    <message>
        <source>CPM low</source>
        <translation>CPM minimo</translation>
    </message>
    <message>
        <source>CPM high</source>
        <translation>CPM massimo</translation>
    </message>
    <message>
        <source>CVR multiplier</source>
        <translation>Moltiplicatore CVR</translation>
    </message>
    <message>
        <source>CVR low</source>
        <translation>CVR minimo</translation>
    </message>
    <message>
        <source>CVR high</source>
        <translation>CVR massimo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercato</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Ipotesi</translation>
    </message>
    <message>
        <source>Tactics</source>
        <translation>Tattiche</translation>
    </message>
    <message>
        <source>Festivals</source>
        <translation>Eventi promozionali</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Margine di contribuzione</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Deposits (refundable)</source>
        <translation>Depositi cauzionali (rimborsabili)</translation>
    </message>
    <message>
        <source>store deposits: cash tied up, not a cost</source>
        <translation>depositi del negozio: liquidità immobilizzata, non un costo</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Pubblico</translation>
    </message>
    <message>
        <source>people of the target group who use the channel</source>
        <translation>persone del target che usano il canale</translation>
    </message>
    <message>
        <source>company filing or official page</source>
        <translation>documento societario o pagina ufficiale</translation>
    </message>
    <message>
        <source>reputable press, analyst or academic work</source>
        <translation>stampa autorevole, analisti o ricerca accademica</translation>
    </message>
    <message>
        <source>agency or SEO blog, unverified</source>
        <translation>blog di agenzia o SEO, non verificato</translation>
    </message>
    <message>
        <source>weak: assumed or derived; replace with your own figure</source>
        <translation>debole: ipotizzato o derivato; sostituiscilo con un dato tuo</translation>
    </message>
</context>
</TS>
