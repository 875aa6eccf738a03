<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Market Entry Planner</source>
        <translation>About Market Entry Planner</translation>
    </message>
    <message>
        <source>Plan a brand&apos;s entry into Douyin, Kuaishou, Taobao/Tmall and JD.com: reach, frequency, costs and sales before you spend.</source>
        <translation>Plan a brand&apos;s entry into Douyin, Kuaishou, Taobao/Tmall and JD.com: reach, frequency, costs and sales before you spend.</translation>
    </message>
    <message>
        <source>Every default figure has a source, a year and a grade (A: filing or official page; B: reputable press or research; C: blog, unverified; W: assumed). See the Assumptions tab.</source>
        <translation>Every default figure has a source, a year and a grade (A: filing or official page; B: reputable press or research; C: blog, unverified; W: assumed). See the Assumptions tab.</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Libraries and their licences</translation>
    </message>
    <message>
        <source>Qt is used under the LGPL-3.0: its libraries are separate files in the installation folder, which you may replace with your own build.</source>
        <translation>Qt is used under the LGPL-3.0: its libraries are separate files in the installation folder, which you may replace with your own build.</translation>
    </message>
</context>
<context>
    <name>ActualsTab</name>
    <message>
        <source>Platform reports (*.csv *.xlsx);;All files (*)</source>
        <translation>Platform reports (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Import actuals…</source>
        <translation>Import actuals…</translation>
    </message>
    <message>
        <source>Read ad reports from Qianchuan, Magnetic Engine, Wanxiangtai or JD (CSV or Excel)</source>
        <translation>Read ad reports from Qianchuan, Magnetic Engine, Wanxiangtai or JD (CSV or Excel)</translation>
    </message>
    <message>
        <source>Accept calibration</source>
        <translation>Accept calibration</translation>
    </message>
    <message>
        <source>Replace the assumptions the reports speak to with their calibrated values and ranges (one edit: Undo restores)</source>
        <translation>Replace the assumptions the reports speak to with their calibrated values and ranges (one edit: Undo restores)</translation>
    </message>
    <message>
        <source>Re-forecast</source>
        <translation>Re-forecast</translation>
    </message>
    <message>
        <source>Add a scenario on the calibrated figures in which the money already spent is locked; the optimiser can move only the rest</source>
        <translation>Add a scenario on the calibrated figures in which the money already spent is locked; the optimiser can move only the rest</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) kept aside: link their campaign to a line below.</source>
        <translation>
            <numerusform>%n row kept aside: link its campaign to a line below.</numerusform>
            <numerusform>%n rows kept aside: link their campaign to a line below.</numerusform>
        </translation>
    </message>
    <message>
        <source>No actual results yet. Import the platforms&apos; ad reports (File › Import actuals…) to compare spend with the plan and calibrate the assumptions.</source>
        <translation>No actual results yet. Import the platforms&apos; ad reports (File › Import actuals…) to compare spend with the plan and calibrate the assumptions.</translation>
    </message>
    <message numerus="yes">
        <source>Reports to {0}: %n row(s). {1} of the assumptions they speak to are outside what the data allow.</source>
        <translation>
            <numerusform>Reports to {0}: %n row. {1} of the assumptions they speak to are outside what the data allow.</numerusform>
            <numerusform>Reports to {0}: %n rows. {1} of the assumptions they speak to are outside what the data allow.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept calibrated assumptions</source>
        <translation>Accept calibrated assumptions</translation>
    </message>
    <message>
        <source>Calibrated assumptions accepted: the estimate, the ranges and the sensitivity now use them (Undo restores)</source>
        <translation>Calibrated assumptions accepted: the estimate, the ranges and the sensitivity now use them (Undo restores)</translation>
    </message>
    <message>
        <source>Cannot re-forecast: {0}</source>
        <translation>Cannot re-forecast: {0}</translation>
    </message>
    <message>
        <source>Add scenario {0}</source>
        <translation>Add scenario {0}</translation>
    </message>
    <message>
        <source>Scenario {0} added: money already spent is locked; compare it on the Scenarios tab</source>
        <translation>Scenario {0} added: money already spent is locked; compare it on the Scenarios tab</translation>
    </message>
    <message>
        <source>Import platform reports</source>
        <translation>Import platform reports</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>Import actuals</translation>
    </message>
    <message numerus="yes">
        <source>%n report row(s) imported</source>
        <translation>
            <numerusform>%n report row imported</numerusform>
            <numerusform>%n report rows imported</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign &apos;{0}&apos; was taken to be the line &apos;{1}&apos;: check it</source>
        <translation>campaign &apos;{0}&apos; was taken to be the line &apos;{1}&apos;: check it</translation>
    </message>
    <message>
        <source>Some campaigns need a look</source>
        <translation>Some campaigns need a look</translation>
    </message>
    <message>
        <source>The other rows were imported. These campaigns were left out or matched by guess:</source>
        <translation>The other rows were imported. These campaigns were left out or matched by guess:</translation>
    </message>
    <message>
        <source>Cannot import the reports</source>
        <translation>Cannot import the reports</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these and try again:</source>
        <translation>Nothing was imported. Fix these and try again:</translation>
    </message>
</context>
<context>
    <name>Amounts</name>
    <message>
        <source>&apos;{0}&apos; is not an amount: write it like 1,234,567.89, 1.234.567,89, 1.2m or 30万</source>
        <translation>&apos;{0}&apos; is not an amount: write it like 1,234,567.89, 1.234.567,89, 1.2m or 30万</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is a date, not an amount</source>
        <translation>&apos;{0}&apos; is a date, not an amount</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is a percentage; an amount is expected here</source>
        <translation>&apos;{0}&apos; is a percentage; an amount is expected here</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is money; a number is expected here</source>
        <translation>&apos;{0}&apos; is money; a number is expected here</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has a scale (k, m, 万); a plain number is expected here</source>
        <translation>&apos;{0}&apos; has a scale (k, m, 万); a plain number is expected here</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has too many digits to be a figure</source>
        <translation>&apos;{0}&apos; has too many digits to be a figure</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a finite number</source>
        <translation>&apos;{0}&apos; is not a finite number</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; can be read two ways: write it without the separator, or with two decimals</source>
        <translation>&apos;{0}&apos; can be read two ways: write it without the separator, or with two decimals</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is in {1}, but the plan has no {1} exchange rate: set it on the Market tab</source>
        <translation>&apos;{0}&apos; is in {1}, but the plan has no {1} exchange rate: set it on the Market tab</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is more than a plan can hold</source>
        <translation>&apos;{0}&apos; is more than a plan can hold</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is negative</source>
        <translation>&apos;{0}&apos; is negative</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an amount</source>
        <translation>&apos;{0}&apos; is not an amount</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is a spreadsheet error, not an amount</source>
        <translation>&apos;{0}&apos; is a spreadsheet error, not an amount</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; names two currencies</source>
        <translation>&apos;{0}&apos; names two currencies</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is outside {1} – {2}</source>
        <translation>&apos;{0}&apos; is outside {1} – {2}</translation>
    </message>
</context>
<context>
    <name>AssumptionsModel</name>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>Tactic</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>yours (was {0})</source>
        <translation>yours (was {0})</translation>
    </message>
    <message>
        <source>{0}. Added to this plan; not a shipped benchmark.</source>
        <translation>{0}. Added to this plan; not a shipped benchmark.</translation>
    </message>
    <message>
        <source>{0}. Changed in this plan; shipped default {1:g} ({2}, {3}).</source>
        <translation>{0}. Changed in this plan; shipped default {1:g} ({2}, {3}).</translation>
    </message>
    <message>
        <source>Edit {0} of {1}</source>
        <translation>Edit {0} of {1}</translation>
    </message>
</context>
<context>
    <name>AssumptionsTab</name>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Show the figures that apply to one channel</source>
        <translation>Show the figures that apply to one channel</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>Tactic</translation>
    </message>
    <message>
        <source>Show the figures that apply to one tactic</source>
        <translation>Show the figures that apply to one tactic</translation>
    </message>
    <message>
        <source>Search figures and sources…</source>
        <translation>Search figures and sources…</translation>
    </message>
    <message>
        <source>Show the rows whose parameter, unit, grade or source contains these words</source>
        <translation>Show the rows whose parameter, unit, grade or source contains these words</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} of {1}</translation>
    </message>
</context>
<context>
    <name>BudgetCostChart</name>
    <message>
        <source>Budget and cost by channel</source>
        <translation>Budget and cost by channel</translation>
    </message>
    <message>
        <source>Budget by tactic</source>
        <translation>Budget by tactic</translation>
    </message>
    <message>
        <source>Total cost by kind</source>
        <translation>Total cost by kind</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>KOL fees</source>
        <translation>KOL fees</translation>
    </message>
    <message>
        <source>KOL commission</source>
        <translation>KOL commission</translation>
    </message>
    <message>
        <source>Platform fees</source>
        <translation>Platform fees</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Fulfilment</translation>
    </message>
    <message>
        <source>Channel fixed costs</source>
        <translation>Channel fixed costs</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>Agency fee</translation>
    </message>
    <message>
        <source>Hover a bar for exact values. Deposits are refundable and not shown as cost.</source>
        <translation>Hover a bar for exact values. Deposits are refundable and not shown as cost.</translation>
    </message>
</context>
<context>
    <name>CalibrationModel</name>
    <message>
        <source>Assumption</source>
        <translation>Assumption</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>Calibrated</translation>
    </message>
    <message>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Average order value (brand&apos;s own)</source>
        <translation>Average order value (brand&apos;s own)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>The plan&apos;s value is outside the 80% interval the data allow</source>
        <translation>The plan&apos;s value is outside the 80% interval the data allow</translation>
    </message>
    <message>
        <source>The data cannot be explained by the assumed range: check the report, the line it was matched to, or the assumption</source>
        <translation>The data cannot be explained by the assumed range: check the report, the line it was matched to, or the assumption</translation>
    </message>
    <message>
        <source>The plan&apos;s value is within the 80% interval the data allow</source>
        <translation>The plan&apos;s value is within the 80% interval the data allow</translation>
    </message>
    <message>
        <source>Shown against the data; the brand&apos;s order value is not changed by accepting</source>
        <translation>Shown against the data; the brand&apos;s order value is not changed by accepting</translation>
    </message>
    <message>
        <source>Plan outside the data</source>
        <translation>Plan outside the data</translation>
    </message>
    <message>
        <source>Data contradict the range</source>
        <translation>Data contradict the range</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Agrees</translation>
    </message>
    <message>
        <source>{0} impressions</source>
        <translation>{0} impressions</translation>
    </message>
    <message>
        <source>{0} clicks</source>
        <translation>{0} clicks</translation>
    </message>
    <message>
        <source>{0} views</source>
        <translation>{0} views</translation>
    </message>
    <message>
        <source>{0} spent</source>
        <translation>{0} spent</translation>
    </message>
    <message>
        <source>{0} orders</source>
        <translation>{0} orders</translation>
    </message>
    <message>
        <source>{0} of GMV</source>
        <translation>{0} of GMV</translation>
    </message>
    <message>
        <source>{0} units</source>
        <translation>{0} units</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of {0}, {1}</source>
        <translation>
            <numerusform>%n day of {0}, {1}</numerusform>
            <numerusform>%n days of {0}, {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CashFlowChart</name>
    <message>
        <source>Spend and cash out by month</source>
        <translation>Spend and cash out by month</translation>
    </message>
    <message>
        <source>Paid in the month</source>
        <translation>Paid in the month</translation>
    </message>
    <message>
        <source>Cash out to date</source>
        <translation>Cash out to date</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>KOL fees</source>
        <translation>KOL fees</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>Agency fee</translation>
    </message>
    <message>
        <source>Annual fees, store set-up</source>
        <translation>Annual fees, store set-up</translation>
    </message>
    <message>
        <source>Commissions, fees, fulfilment</source>
        <translation>Commissions, fees, fulfilment</translation>
    </message>
    <message>
        <source>Deposits (refundable)</source>
        <translation>Deposits (refundable)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Show the months as a table (the chart&apos;s numbers, exactly)</source>
        <translation>Show the months as a table (the chart&apos;s numbers, exactly)</translation>
    </message>
    <message>
        <source>Fees and deposits fall when a channel&apos;s first line starts, commissions as sales come in. Deposits are refundable: cash out, not cost. Hover a month.</source>
        <translation>Fees and deposits fall when a channel&apos;s first line starts, commissions as sales come in. Deposits are refundable: cash out, not cost. Hover a month.</translation>
    </message>
    <message>
        <source>Costs that follow sales (commissions, platform fees, fulfilment) are left out until the average order value and gross margin are set on the Market tab.</source>
        <translation>Costs that follow sales (commissions, platform fees, fulfilment) are left out until the average order value and gross margin are set on the Market tab.</translation>
    </message>
    <message>
        <source>Deposits paid: {0}</source>
        <translation>Deposits paid: {0}</translation>
    </message>
    <message>
        <source>Deposits refunded: {0}</source>
        <translation>Deposits refunded: {0}</translation>
    </message>
    <message>
        <source>Cash out: {0} (to date {1})</source>
        <translation>Cash out: {0} (to date {1})</translation>
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
        <translation>Channel</translation>
    </message>
    <message>
        <source>Reach {0}+</source>
        <translation>Reach {0}+</translation>
    </message>
    <message>
        <source>Total (deduplicated)</source>
        <translation>Total (deduplicated)</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG file</source>
        <translation>Save this chart as a PNG or SVG file</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG vector image (*.svg)</translation>
    </message>
</context>
<context>
    <name>Festival</name>
    <message>
        <source>Chinese New Year</source>
        <translation>Chinese New Year</translation>
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
        <translation>Double 11</translation>
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
        <translation>Festival</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>CPM ×</source>
        <translation>CPM ×</translation>
    </message>
    <message>
        <source>CPM range</source>
        <translation>CPM range</translation>
    </message>
    <message>
        <source>Conversion ×</source>
        <translation>Conversion ×</translation>
    </message>
    <message>
        <source>Conversion range</source>
        <translation>Conversion range</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>On a festival day, ads bought by CPM or CPC cost this many times their usual price</source>
        <translation>On a festival day, ads bought by CPM or CPC cost this many times their usual price</translation>
    </message>
    <message>
        <source>On a festival day, every tactic converts at this many times its usual rate</source>
        <translation>On a festival day, every tactic converts at this many times its usual rate</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Edit {0} of {1} {2}</source>
        <translation>Edit {0} of {1} {2}</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n festival(s) to default</source>
        <translation>
            <numerusform>Reset %n festival to default</numerusform>
            <numerusform>Reset %n festivals to default</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlightingChart</name>
    <message>
        <source>Calendar: lines, festivals and reach week by week</source>
        <translation>Calendar: lines, festivals and reach week by week</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>People reached</translation>
    </message>
    <message>
        <source>Lines from start to end (pale: no dates, so the whole period), festivals shaded; below, people reached so far, each counted once. Hover for a week&apos;s numbers.</source>
        <translation>Lines from start to end (pale: no dates, so the whole period), festivals shaded; below, people reached so far, each counted once. Hover for a week&apos;s numbers.</translation>
    </message>
    <message>
        <source>{0} {1}: {2} – {3}</source>
        <translation>{0} {1}: {2} – {3}</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <source>Reach to date</source>
        <translation>Reach to date</translation>
    </message>
    <message>
        <source>Reach {0}+ to date</source>
        <translation>Reach {0}+ to date</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>no dates: the whole period</source>
        <translation>no dates: the whole period</translation>
    </message>
    <message>
        <source>{0}, budget {1}</source>
        <translation>{0}, budget {1}</translation>
    </message>
    <message>
        <source>This week: {0}</source>
        <translation>This week: {0}</translation>
    </message>
    <message>
        <source>Week of {0}</source>
        <translation>Week of {0}</translation>
    </message>
    <message>
        <source>Spend {0} · GMV {1}</source>
        <translation>Spend {0} · GMV {1}</translation>
    </message>
    <message>
        <source>Reach to date {0} ({1} of target), {2} new</source>
        <translation>Reach to date {0} ({1} of target), {2} new</translation>
    </message>
    <message>
        <source>Festivals: {0}</source>
        <translation>Festivals: {0}</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>{0} pt</source>
        <comment>percentage points</comment>
        <translation>{0} pt</translation>
    </message>
</context>
<context>
    <name>FrontierPlot</name>
    <message>
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <source>Best plan at each budget</source>
        <translation>Best plan at each budget</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Your plan</translation>
    </message>
    <message>
        <source>Optimised</source>
        <translation>Optimised</translation>
    </message>
    <message>
        <source>The total budget: drag it sideways</source>
        <translation>The total budget: drag it sideways</translation>
    </message>
    <message>
        <source>{0}: best {1}</source>
        <translation>{0}: best {1}</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Sales funnel</source>
        <translation>Sales funnel</translation>
    </message>
    <message>
        <source>The whole plan or one channel</source>
        <translation>The whole plan or one channel</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Clicks / views</source>
        <translation>Clicks / views</translation>
    </message>
    <message>
        <source>Bar lengths are on a log scale. Ads: clicks × CVR = orders; livestreams and videos: viewers × CVR. GMV = orders × average order value.</source>
        <translation>Bar lengths are on a log scale. Ads: clicks × CVR = orders; livestreams and videos: viewers × CVR. GMV = orders × average order value.</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>{0} impressions</source>
        <translation>{0} impressions</translation>
    </message>
    <message>
        <source>{0} clicks and views · {1} of impressions</source>
        <translation>{0} clicks and views · {1} of impressions</translation>
    </message>
    <message>
        <source>{0} orders · {1} of clicks and views</source>
        <translation>{0} orders · {1} of clicks and views</translation>
    </message>
    <message>
        <source>{0} GMV · {1} per order</source>
        <translation>{0} GMV · {1} per order</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <translation>Export...</translation>
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
        <translation>What the plan pays up front: media, KOL fees, livestream hours</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Different people of the target group reached at least once, deduplicated across lines and channels</source>
        <translation>Different people of the target group reached at least once, deduplicated across lines and channels</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Average exposures per person reached</source>
        <translation>Average exposures per person reached</translation>
    </message>
    <message>
        <source>Effective reach</source>
        <translation>Effective reach</translation>
    </message>
    <message>
        <source>People reached at least the effective frequency</source>
        <translation>People reached at least the effective frequency</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Gross merchandise value of the orders, before returns</source>
        <translation>Gross merchandise value of the orders, before returns</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Budget + agency fee + channel fixed costs + KOL commissions + platform fees + fulfilment + returns handling</source>
        <translation>Budget + agency fee + channel fixed costs + KOL commissions + platform fees + fulfilment + returns handling</translation>
    </message>
    <message>
        <source>GMV ÷ budget: what Chinese platforms call ROI (投产比)</source>
        <translation>GMV ÷ budget: what Chinese platforms call ROI (投产比)</translation>
    </message>
    <message>
        <source>Profit ROI</source>
        <translation>Profit ROI</translation>
    </message>
    <message>
        <source>(Contribution − marketing cost) ÷ marketing cost: what the plan earns after paying for itself</source>
        <translation>(Contribution − marketing cost) ÷ marketing cost: what the plan earns after paying for itself</translation>
    </message>
    <message>
        <source>P10–P90 unavailable</source>
        <translation>P10–P90 unavailable</translation>
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
        <translation>The ranges could not be worked out: {0}</translation>
    </message>
    <message>
        <source>8 in 10 simulated outcomes fall in this range: every assumption drawn from its low–high range, many times. Worked out a moment after each edit; grey while it is.</source>
        <translation>8 in 10 simulated outcomes fall in this range: every assumption drawn from its low–high range, many times. Worked out a moment after each edit; grey while it is.</translation>
    </message>
    <message>
        <source>The plan cannot be estimated</source>
        <translation>The plan cannot be estimated</translation>
    </message>
    <message>
        <source>Effective reach {0}+</source>
        <translation>Effective reach {0}+</translation>
    </message>
    <message>
        <source>{0} of target</source>
        <translation>{0} of target</translation>
    </message>
    <message>
        <source>+ {0} deposits</source>
        <translation>+ {0} deposits</translation>
    </message>
    <message>
        <source>contribution {0}</source>
        <translation>contribution {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>needs AOV and margin</source>
        <translation>needs AOV and margin</translation>
    </message>
</context>
<context>
    <name>ImportLinesQuestion</name>
    <message>
        <source>Import lines</source>
        <translation>Import lines</translation>
    </message>
    <message numerus="yes">
        <source>The sheet has %n line(s).</source>
        <translation>
            <numerusform>The sheet has %n line.</numerusform>
            <numerusform>The sheet has %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add them after the plan&apos;s %n line(s), or replace those?</source>
        <translation>
            <numerusform>Add them after the plan&apos;s %n line, or replace it?</numerusform>
            <numerusform>Add them after the plan&apos;s %n lines, or replace those?</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
</context>
<context>
    <name>LimitsDelegate</name>
    <message>
        <source>no maximum</source>
        <translation>no maximum</translation>
    </message>
</context>
<context>
    <name>LineChoice</name>
    <message>
        <source>(line {0})</source>
        <translation>(line {0})</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>— not linked: rows kept aside —</source>
        <translation>— not linked: rows kept aside —</translation>
    </message>
    <message>
        <source>Double-click to choose the plan line this campaign&apos;s rows belong to</source>
        <translation>Double-click to choose the plan line this campaign&apos;s rows belong to</translation>
    </message>
    <message>
        <source>Link campaign {0} to {1}</source>
        <translation>Link campaign {0} to {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Assumptions</translation>
    </message>
    <message>
        <source>Festivals</source>
        <translation>Festivals</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>Actuals</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Cash flow</source>
        <translation>Cash flow</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Pacing</translation>
    </message>
    <message>
        <source>Chart saved to {0}</source>
        <translation>Chart saved to {0}</translation>
    </message>
    <message>
        <source>Welcome. This is a sample plan: double-click a budget to change it, drag a point on the reach curves, and watch reach, cost and sales move. Ctrl+Z undoes. File › New starts your own; every assumption&apos;s source is on the Assumptions tab.</source>
        <translation>Welcome. This is a sample plan: double-click a budget to change it, drag a point on the reach curves, and watch reach, cost and sales move. Ctrl+Z undoes. File › New starts your own; every assumption&apos;s source is on the Assumptions tab.</translation>
    </message>
    <message>
        <source>Do not show this again</source>
        <translation>Do not show this again</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Market Entry Planner hit an error it did not expect:
{0}: {1}

Your plan was saved to
{2}
and a report for the developers to
{3}

You can go on working; saving now under a new name is a good idea.</source>
        <translation>Market Entry Planner hit an error it did not expect:
{0}: {1}

Your plan was saved to
{2}
and a report for the developers to
{3}

You can go on working; saving now under a new name is a good idea.</translation>
    </message>
    <message>
        <source> (from {0})</source>
        <translation> (from {0})</translation>
    </message>
    <message>
        <source>Market Entry Planner did not close normally last time. A plan with unsaved changes was autosaved at {0}{1}.

Recover it?</source>
        <translation>Market Entry Planner did not close normally last time. A plan with unsaved changes was autosaved at {0}{1}.

Recover it?</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Recover unsaved work?</translation>
    </message>
    <message>
        <source>{0}[*] — Market Entry Planner</source>
        <translation>{0}[*] — Market Entry Planner</translation>
    </message>
    <message>
        <source>⚠ Cannot estimate: {0}</source>
        <translation>⚠ Cannot estimate: {0}</translation>
    </message>
    <message>
        <source>Reach is estimated; set the average order value and gross margin on the Market tab to see sales and profit</source>
        <translation>Reach is estimated; set the average order value and gross margin on the Market tab to see sales and profit</translation>
    </message>
    <message>
        <source>Optimised budgets applied (Undo restores)</source>
        <translation>Optimised budgets applied (Undo restores)</translation>
    </message>
    <message>
        <source>The optimised plan is a new scenario: compare it on the Scenarios tab</source>
        <translation>The optimised plan is a new scenario: compare it on the Scenarios tab</translation>
    </message>
    <message>
        <source>Fix the plan&apos;s problems first: it cannot be estimated</source>
        <translation>Fix the plan&apos;s problems first: it cannot be estimated</translation>
    </message>
    <message>
        <source>Show scenario {0}</source>
        <translation>Show scenario {0}</translation>
    </message>
    <message>
        <source>Nothing to reset: the selection is at its defaults, or was added to this plan</source>
        <translation>Nothing to reset: the selection is at its defaults, or was added to this plan</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n assumption(s) to default</source>
        <translation>
            <numerusform>Reset %n assumption to default</numerusform>
            <numerusform>Reset %n assumptions to default</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketNeedsDialog</name>
    <message>
        <source>Your brand&apos;s figures</source>
        <translation>Your brand&apos;s figures</translation>
    </message>
    <message>
        <source>Target group size (people)</source>
        <translation>Target group size (people)</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Average order value</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Gross margin</translation>
    </message>
    <message>
        <source>Women&apos;s apparel</source>
        <translation>Women&apos;s apparel</translation>
    </message>
    <message>
        <source>Beauty and personal care</source>
        <translation>Beauty and personal care</translation>
    </message>
    <message>
        <source>Food and wine</source>
        <translation>Food and wine</translation>
    </message>
    <message>
        <source>Luxury leather goods</source>
        <translation>Luxury leather goods</translation>
    </message>
    <message>
        <source>Home and design</source>
        <translation>Home and design</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>women 25–40 in tier-1 and tier-2 cities</source>
        <translation>women 25–40 in tier-1 and tier-2 cities</translation>
    </message>
    <message>
        <source>women 18–35 in tier-1 to tier-3 cities</source>
        <translation>women 18–35 in tier-1 to tier-3 cities</translation>
    </message>
    <message>
        <source>adults 25–45 in tier-1 and tier-2 cities</source>
        <translation>adults 25–45 in tier-1 and tier-2 cities</translation>
    </message>
    <message>
        <source>affluent adults 25–45 in tier-1 cities</source>
        <translation>affluent adults 25–45 in tier-1 cities</translation>
    </message>
    <message>
        <source>homeowners 28–45 in tier-1 and tier-2 cities</source>
        <translation>homeowners 28–45 in tier-1 and tier-2 cities</translation>
    </message>
    <message>
        <source>adults 20–45 in tier-1 and tier-2 cities</source>
        <translation>adults 20–45 in tier-1 and tier-2 cities</translation>
    </message>
    <message>
        <source>target group size</source>
        <translation>target group size</translation>
    </message>
    <message>
        <source>average order value</source>
        <translation>average order value</translation>
    </message>
    <message>
        <source>gross margin</source>
        <translation>gross margin</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} and {1}</translation>
    </message>
    <message>
        <source>{0}, {1} and {2}</source>
        <translation>{0}, {1} and {2}</translation>
    </message>
    <message>
        <source>{0} does not give the brand&apos;s {1}. Reach can be estimated without them; GMV, ROAS and ROI cannot. The figures below are the defaults of a product category, assumed rather than sourced: replace them with your own.</source>
        <translation>{0} does not give the brand&apos;s {1}. Reach can be estimated without them; GMV, ROAS and ROI cannot. The figures below are the defaults of a product category, assumed rather than sourced: replace them with your own.</translation>
    </message>
    <message>
        <source>The sheet</source>
        <translation>The sheet</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>Product category</translation>
    </message>
    <message>
        <source>category default</source>
        <translation>category default</translation>
    </message>
    <message>
        <source>An assumed starting figure for the category, not your brand&apos;s: replace it</source>
        <translation>An assumed starting figure for the category, not your brand&apos;s: replace it</translation>
    </message>
    <message>
        <source>Use these figures</source>
        <translation>Use these figures</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>The default target group size is for {0}.</source>
        <translation>The default target group size is for {0}.</translation>
    </message>
</context>
<context>
    <name>MarketPanel</name>
    <message>
        <source>Plan and brand</source>
        <translation>Plan and brand</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Target population</source>
        <translation>Target population</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Average order value</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Gross margin</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>Agency fee</translation>
    </message>
    <message>
        <source>Effective frequency</source>
        <translation>Effective frequency</translation>
    </message>
    <message>
        <source>What the brand sells: sets the order value at which conversion rates hold, how conversion falls with price, and the return rates (Assumptions tab)</source>
        <translation>What the brand sells: sets the order value at which conversion rates hold, how conversion falls with price, and the return rates (Assumptions tab)</translation>
    </message>
    <message>
        <source>People in the target group</source>
        <translation>People in the target group</translation>
    </message>
    <message>
        <source>The brand&apos;s own average order value, in CNY: required, no default</source>
        <translation>The brand&apos;s own average order value, in CNY: required, no default</translation>
    </message>
    <message>
        <source>The brand&apos;s own gross margin: required, no default</source>
        <translation>The brand&apos;s own gross margin: required, no default</translation>
    </message>
    <message>
        <source>Exposures that count as effective (3+ by convention)</source>
        <translation>Exposures that count as effective (3+ by convention)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Set them…</source>
        <translation>Set them…</translation>
    </message>
    <message>
        <source>Money is planned in CNY; this only changes how it is shown</source>
        <translation>Money is planned in CNY; this only changes how it is shown</translation>
    </message>
    <message>
        <source>Show money in</source>
        <translation>Show money in</translation>
    </message>
    <message>
        <source>CNY per 1 {0}</source>
        <translation>CNY per 1 {0}</translation>
    </message>
    <message>
        <source>1 {0} =</source>
        <translation>1 {0} =</translation>
    </message>
    <message>
        <source>Channel penetration (share of the target group using each)</source>
        <translation>Channel penetration (share of the target group using each)</translation>
    </message>
    <message>
        <source>Penetration is an assumption row (Channel, All, penetration): its source and grade are on the Assumptions tab.</source>
        <translation>Penetration is an assumption row (Channel, All, penetration): its source and grade are on the Assumptions tab.</translation>
    </message>
    <message>
        <source>Set the brand&apos;s figures</source>
        <translation>Set the brand&apos;s figures</translation>
    </message>
    <message>
        <source>target group size</source>
        <translation>target group size</translation>
    </message>
    <message>
        <source>average order value</source>
        <translation>average order value</translation>
    </message>
    <message>
        <source>gross margin</source>
        <translation>gross margin</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} and {1}</translation>
    </message>
    <message>
        <source>{0}, {1} and {2}</source>
        <translation>{0}, {1} and {2}</translation>
    </message>
    <message>
        <source>Missing: {0}. GMV, ROAS and ROI are shown once they are set.</source>
        <translation>Missing: {0}. GMV, ROAS and ROI are shown once they are set.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>{0} people; {1} ({2}): {3}</source>
        <translation>{0} people; {1} ({2}): {3}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <source>Edit exchange rate {0}</source>
        <translation>Edit exchange rate {0}</translation>
    </message>
    <message>
        <source>Edit penetration of {0}</source>
        <translation>Edit penetration of {0}</translation>
    </message>
</context>
<context>
    <name>MonthsChart</name>
    <message>
        <source>As planned</source>
        <translation>As planned</translation>
    </message>
    <message>
        <source>Optimised, dates as they are</source>
        <translation>Optimised, dates as they are</translation>
    </message>
    <message>
        <source>Retimed</source>
        <translation>Retimed</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
</context>
<context>
    <name>MonthsModel</name>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>KOL fees</source>
        <translation>KOL fees</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>Agency fee</translation>
    </message>
    <message>
        <source>Annual fees</source>
        <translation>Annual fees</translation>
    </message>
    <message>
        <source>Store set-up</source>
        <translation>Store set-up</translation>
    </message>
    <message>
        <source>KOL commission</source>
        <translation>KOL commission</translation>
    </message>
    <message>
        <source>Platform fees</source>
        <translation>Platform fees</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Fulfilment</translation>
    </message>
    <message>
        <source>Returns handling</source>
        <translation>Returns handling</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>Deposits paid</source>
        <translation>Deposits paid</translation>
    </message>
    <message>
        <source>Deposits refunded</source>
        <translation>Deposits refunded</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <source>Cash out to date</source>
        <translation>Cash out to date</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>A share of the budget, in the month that budget is spent</source>
        <translation>A share of the budget, in the month that budget is spent</translation>
    </message>
    <message>
        <source>A channel&apos;s annual fee, in the month its first line starts</source>
        <translation>A channel&apos;s annual fee, in the month its first line starts</translation>
    </message>
    <message>
        <source>A channel&apos;s store set-up, in the month its first line starts</source>
        <translation>A channel&apos;s store set-up, in the month its first line starts</translation>
    </message>
    <message>
        <source>Everything the plan costs in the month; deposits are refundable and not a cost</source>
        <translation>Everything the plan costs in the month; deposits are refundable and not a cost</translation>
    </message>
    <message>
        <source>Refundable deposits, paid in the month a channel&apos;s first line starts</source>
        <translation>Refundable deposits, paid in the month a channel&apos;s first line starts</translation>
    </message>
    <message>
        <source>Deposits come back only when the brand leaves the platform</source>
        <translation>Deposits come back only when the brand leaves the platform</translation>
    </message>
    <message>
        <source>Cost plus deposits paid, less deposits refunded</source>
        <translation>Cost plus deposits paid, less deposits refunded</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>OptimiseDialog</name>
    <message>
        <source>Optimise the budget — {0}</source>
        <translation>Optimise the budget — {0}</translation>
    </message>
    <message>
        <source>Deduplicated reach</source>
        <translation>Deduplicated reach</translation>
    </message>
    <message>
        <source>Effective reach {0}+</source>
        <translation>Effective reach {0}+</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Profit (contribution − marketing cost)</source>
        <translation>Profit (contribution − marketing cost)</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>exactly</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>up to</translation>
    </message>
    <message>
        <source>Spend only where it pays: money that would lower the objective stays unspent</source>
        <translation>Spend only where it pays: money that would lower the objective stays unspent</translation>
    </message>
    <message>
        <source>Maximise</source>
        <translation>Maximise</translation>
    </message>
    <message>
        <source>spending</source>
        <translation>spending</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>The least the optimised plan spends on {0} (any: no minimum)</source>
        <translation>The least the optimised plan spends on {0} (any: no minimum)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What each total budget can buy at best&lt;/b&gt;</source>
        <translation>&lt;b&gt;What each total budget can buy at best&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Apply to &apos;{0}&apos;</source>
        <translation>Apply to &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Set these budgets (and limits) in the scenario shown: one edit, Undo restores</source>
        <translation>Set these budgets (and limits) in the scenario shown: one edit, Undo restores</translation>
    </message>
    <message>
        <source>Keep as a new scenario…</source>
        <translation>Keep as a new scenario…</translation>
    </message>
    <message>
        <source>Add the optimised plan as a scenario beside yours, to compare</source>
        <translation>Add the optimised plan as a scenario beside yours, to compare</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tick Lock to keep a line&apos;s budget; double-click Min or Max to bound it. KOL sessions and videos move in whole units. Drag the red line on the chart to try another total.</source>
        <translation>Tick Lock to keep a line&apos;s budget; double-click Min or Max to bound it. KOL sessions and videos move in whole units. Drag the red line on the chart to try another total.</translation>
    </message>
    <message>
        <source>at the central figures (P50)</source>
        <translation>at the central figures (P50)</translation>
    </message>
    <message>
        <source>cautiously (the highest P10)</source>
        <translation>cautiously (the highest P10)</translation>
    </message>
    <message>
        <source>Central: the best plan at the assumptions&apos; central figures. Cautious: among plans that are best when the assumptions turn out badly, the one whose P10 over the Monte Carlo draws is highest; both plans&apos; P10–P90 are shown, so the price of caution is visible</source>
        <translation>Central: the best plan at the assumptions&apos; central figures. Cautious: among plans that are best when the assumptions turn out badly, the one whose P10 over the Monte Carlo draws is highest; both plans&apos; P10–P90 are shown, so the price of caution is visible</translation>
    </message>
    <message>
        <source>What does it take?</source>
        <translation>What does it take?</translation>
    </message>
    <message>
        <source>Find the least total budget that reaches a target, with every limit below; for ROAS and ROI, the most you can spend and still hold it</source>
        <translation>Find the least total budget that reaches a target, with every limit below; for ROAS and ROI, the most you can spend and still hold it</translation>
    </message>
    <message>
        <source>Reach, % of the target group</source>
        <translation>Reach, % of the target group</translation>
    </message>
    <message>
        <source>Effective reach {0}+, % of the target group</source>
        <translation>Effective reach {0}+, % of the target group</translation>
    </message>
    <message>
        <source>ROAS (GMV ÷ budget)</source>
        <translation>ROAS (GMV ÷ budget)</translation>
    </message>
    <message>
        <source>Profit ROI, %</source>
        <translation>Profit ROI, %</translation>
    </message>
    <message>
        <source>of</source>
        <translation>of</translation>
    </message>
    <message>
        <source>Round budgets to</source>
        <translation>Round budgets to</translation>
    </message>
    <message>
        <source>the fen</source>
        <translation>the fen</translation>
    </message>
    <message>
        <source>Every line that takes any amount gets a multiple of this; the total and every limit still hold (KOL sessions and videos stay in whole units)</source>
        <translation>Every line that takes any amount gets a multiple of this; the total and every limit still hold (KOL sessions and videos stay in whole units)</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>At least</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>At most</translation>
    </message>
    <message>
        <source>Share from</source>
        <translation>Share from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>no maximum</translation>
    </message>
    <message>
        <source>The most the optimised plan spends on {0}</source>
        <translation>The most the optimised plan spends on {0}</translation>
    </message>
    <message>
        <source>{0}&apos;s least share of the money spent</source>
        <translation>{0}&apos;s least share of the money spent</translation>
    </message>
    <message>
        <source>{0}&apos;s largest share of the money spent</source>
        <translation>{0}&apos;s largest share of the money spent</translation>
    </message>
    <message>
        <source>Keep at least</source>
        <translation>Keep at least</translation>
    </message>
    <message>
        <source>Profit ROI</source>
        <translation>Profit ROI</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Profit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spend per month&lt;/b&gt;</source>
        <translation>&lt;b&gt;Spend per month&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The optimiser failed: {0}</source>
        <translation>The optimiser failed: {0}</translation>
    </message>
    <message>
        <source>Looking for the plan with the highest P10 over the Monte Carlo draws…</source>
        <translation>Looking for the plan with the highest P10 over the Monte Carlo draws…</translation>
    </message>
    <message>
        <source>Optimising within the floors and shares…</source>
        <translation>Optimising within the floors and shares…</translation>
    </message>
    <message>
        <source>Frequency caps and the months cannot be chosen together yet: clear the Max freq. column or untick the months.</source>
        <translation>Frequency caps and the months cannot be chosen together yet: clear the Max freq. column or untick the months.</translation>
    </message>
    <message>
        <source>“What does it take?” and the months cannot be chosen together yet: untick one of them.</source>
        <translation>“What does it take?” and the months cannot be chosen together yet: untick one of them.</translation>
    </message>
    <message>
        <source>The cautious P10 and the months cannot be chosen together yet: choose the central figures.</source>
        <translation>The cautious P10 and the months cannot be chosen together yet: choose the central figures.</translation>
    </message>
    <message>
        <source>Choosing the months…</source>
        <translation>Choosing the months…</translation>
    </message>
    <message>
        <source>best timing found (not proven)</source>
        <translation>best timing found (not proven)</translation>
    </message>
    <message>
        <source>proven best timing</source>
        <translation>proven best timing</translation>
    </message>
    <message>
        <source>within {0} of the best timing</source>
        <translation>within {0} of the best timing</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} as planned → {2} optimised with the dates as they are → &lt;b&gt;{3}&lt;/b&gt; with the months chosen · {4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} as planned → {2} optimised with the dates as they are → &lt;b&gt;{3}&lt;/b&gt; with the months chosen · {4}</translation>
    </message>
    <message>
        <source>No line can move between months: it takes dated lines, not locked, bought by the yuan and running over two months or more.</source>
        <translation>No line can move between months: it takes dated lines, not locked, bought by the yuan and running over two months or more.</translation>
    </message>
    <message>
        <source>Apply splits the lines that move into {0} lines, one per month with money.</source>
        <translation>Apply splits the lines that move into {0} lines, one per month with money.</translation>
    </message>
    <message>
        <source>Working out what it takes…</source>
        <translation>Working out what it takes…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; of {1} is out of reach at any budget with these lines and limits: at best {2}.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; of {1} is out of reach at any budget with these lines and limits: at best {2}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; stays at {1} or more up to &lt;b&gt;{2}&lt;/b&gt; ({3} there); a little more and no plan holds it.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; stays at {1} or more up to &lt;b&gt;{2}&lt;/b&gt; ({3} there); a little more and no plan holds it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; of {1} takes at least &lt;b&gt;{2}&lt;/b&gt; ({3} at that budget).</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; of {1} takes at least &lt;b&gt;{2}&lt;/b&gt; ({3} at that budget).</translation>
    </message>
    <message>
        <source>proven best</source>
        <translation>proven best</translation>
    </message>
    <message>
        <source>within {0} of the best possible</source>
        <translation>within {0} of the best possible</translation>
    </message>
    <message>
        <source>best found (not proven: effective reach is not concave)</source>
        <translation>best found (not proven: effective reach is not concave)</translation>
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
        <translation>Held at: {0}.</translation>
    </message>
    <message>
        <source>The plan as it stands is already the best found: nothing to change.</source>
        <translation>The plan as it stands is already the best found: nothing to change.</translation>
    </message>
    <message>
        <source>{0} left unspent: on these lines it would cost more than it brings back (or they are at their maximums).</source>
        <translation>{0} left unspent: on these lines it would cost more than it brings back (or they are at their maximums).</translation>
    </message>
    <message>
        <source>{0} cannot be spent in whole units within the lines&apos; maximums.</source>
        <translation>{0} cannot be spent in whole units within the lines&apos; maximums.</translation>
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
        <translation>Over {0} Monte Carlo draws, P10 · P50 · P90 — central plan: {1}; cautious plan: &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (the same plan: none of {0} candidates had a higher P10)</source>
        <translation> (the same plan: none of {0} candidates had a higher P10)</translation>
    </message>
    <message>
        <source>{0} ≥ {1} of the budget</source>
        <translation>{0} ≥ {1} of the budget</translation>
    </message>
    <message>
        <source>{0} ≤ {1} of the budget</source>
        <translation>{0} ≤ {1} of the budget</translation>
    </message>
    <message>
        <source>{0} floor</source>
        <translation>{0} floor</translation>
    </message>
    <message>
        <source>No frontier with KPI floors: each of its points would take seconds. Untick the floors to see it.</source>
        <translation>No frontier with KPI floors: each of its points would take seconds. Untick the floors to see it.</translation>
    </message>
    <message>
        <source>Working out the frontier…</source>
        <translation>Working out the frontier…</translation>
    </message>
    <message>
        <source>{0} budget levels; each point is the best plan for that total within your limits.</source>
        <translation>{0} budget levels; each point is the best plan for that total within your limits.</translation>
    </message>
    <message>
        <source>No frontier for these limits: {0}</source>
        <translation>No frontier for these limits: {0}</translation>
    </message>
    <message>
        <source>Optimise for {0}</source>
        <translation>Optimise for {0}</translation>
    </message>
    <message>
        <source>Keep as a new scenario</source>
        <translation>Keep as a new scenario</translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation>Name of the scenario:</translation>
    </message>
    <message>
        <source>{0} — best {1}</source>
        <translation>{0} — best {1}</translation>
    </message>
    <message>
        <source>New scenario {0}</source>
        <translation>New scenario {0}</translation>
    </message>
</context>
<context>
    <name>OptimiseLinesModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
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
        <translation>Max freq.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Optimised</source>
        <translation>Optimised</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Next ¥10k adds</source>
        <translation>Next ¥10k adds</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>at minimum</source>
        <translation>at minimum</translation>
    </message>
    <message>
        <source>at maximum</source>
        <translation>at maximum</translation>
    </message>
    <message>
        <source>Next ¥10k adds
(at {0})</source>
        <translation>Next ¥10k adds
(at {0})</translation>
    </message>
    <message>
        <source>A frequency cap: at most this many exposures on average per person the line reaches (its frequency in the estimate). Double-click to set it, e.g. 3; empty: no cap. Feed ads, videos and livestreams only: search ads answer searches</source>
        <translation>A frequency cap: at most this many exposures on average per person the line reaches (its frequency in the estimate). Double-click to set it, e.g. 3; empty: no cap. Feed ads, videos and livestreams only: search ads answer searches</translation>
    </message>
    <message>
        <source>What ¥10,000 more on this line alone adds to the objective, measured at the optimised plan (its total in brackets), with every constraint as set: where the next yuan works hardest</source>
        <translation>What ¥10,000 more on this line alone adds to the objective, measured at the optimised plan (its total in brackets), with every constraint as set: where the next yuan works hardest</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>at frequency cap</source>
        <translation>at frequency cap</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a frequency: type a number above 1, e.g. 3.</source>
        <translation>&apos;{0}&apos; is not a frequency: type a number above 1, e.g. 3.</translation>
    </message>
    <message>
        <source>A frequency cap must be above 1: everyone reached sees the ads at least once.</source>
        <translation>A frequency cap must be above 1: everyone reached sees the ads at least once.</translation>
    </message>
</context>
<context>
    <name>PacingChart</name>
    <message>
        <source>Pacing: spend to date against the plan</source>
        <translation>Pacing: spend to date against the plan</translation>
    </message>
    <message>
        <source>All channels, or one</source>
        <translation>All channels, or one</translation>
    </message>
    <message>
        <source>The lines the reports cover: the plan spends each one&apos;s budget evenly over its days; the red line is what the reports say was spent. File › Import actuals… adds reports.</source>
        <translation>The lines the reports cover: the plan spends each one&apos;s budget evenly over its days; the red line is what the reports say was spent. File › Import actuals… adds reports.</translation>
    </message>
    <message>
        <source>Spend to date</source>
        <translation>Spend to date</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
</context>
<context>
    <name>PacingModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Planned to date</source>
        <translation>Planned to date</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Pace</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>no report</source>
        <translation>no report</translation>
    </message>
    <message>
        <source>Spent {0} of the {1} planned to the last reported day ({2} days reported)</source>
        <translation>Spent {0} of the {1} planned to the last reported day ({2} days reported)</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Untitled plan</source>
        <translation>Untitled plan</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Excel workbook (*.xlsx *.xlsm);;All files (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to {0} before closing it?</source>
        <translation>Save the changes to {0} before closing it?</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Untitled plan</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>New plan: add lines, then set the average order value and gross margin on the Market tab.</source>
        <translation>New plan: add lines, then set the average order value and gross margin on the Market tab.</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Open a plan</translation>
    </message>
    <message>
        <source>Import plan lines from a sheet</source>
        <translation>Import plan lines from a sheet</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cannot read {0}</source>
        <translation>Cannot read {0}</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix these in the workbook and try again:</source>
        <translation>Nothing was changed. Fix these in the workbook and try again:</translation>
    </message>
    <message>
        <source>Import lines from {0}</source>
        <translation>Import lines from {0}</translation>
    </message>
    <message>
        <source>Read {0}: {1} lines in {2:.1f} s</source>
        <translation>Read {0}: {1} lines in {2:.1f} s</translation>
    </message>
    <message>
        <source> — a hand-made sheet: Save will ask where, so it is never overwritten</source>
        <translation> — a hand-made sheet: Save will ask where, so it is never overwritten</translation>
    </message>
    <message numerus="yes">
        <source> (%n warning(s))</source>
        <translation>
            <numerusform> (%n warning)</numerusform>
            <numerusform> (%n warnings)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} was read. Please check:</source>
        <translation>{0} was read. Please check:</translation>
    </message>
    <message>
        <source>Read with notes</source>
        <translation>Read with notes</translation>
    </message>
    <message>
        <source>Save the plan as</source>
        <translation>Save the plan as</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Export a copy</translation>
    </message>
    <message>
        <source>Still writing the last file: try again in a moment</source>
        <translation>Still writing the last file: try again in a moment</translation>
    </message>
    <message>
        <source>Saving {0}…</source>
        <translation>Saving {0}…</translation>
    </message>
    <message>
        <source>Exporting a copy to {0}…</source>
        <translation>Exporting a copy to {0}…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>Exported a copy to {0}</source>
        <translation>Exported a copy to {0}</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>Could not save {0}: {1}</translation>
    </message>
    <message>
        <source>Your plan is unchanged and still open: save it under another name or in another folder.</source>
        <translation>Your plan is unchanged and still open: save it under another name or in another folder.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk or folder is read-only</source>
        <translation>the disk or folder is read-only</translation>
    </message>
    <message>
        <source>there is a folder of that name</source>
        <translation>there is a folder of that name</translation>
    </message>
    <message>
        <source>the folder {0} does not exist (a disconnected drive?)</source>
        <translation>the folder {0} does not exist (a disconnected drive?)</translation>
    </message>
    <message>
        <source>the file is read-only or open in another program (Excel locks the workbooks it has open), or you may not write in that folder</source>
        <translation>the file is read-only or open in another program (Excel locks the workbooks it has open), or you may not write in that folder</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{0} is no longer there</source>
        <translation>{0} is no longer there</translation>
    </message>
    <message>
        <source>Autosave failed: {0}</source>
        <translation>Autosave failed: {0}</translation>
    </message>
    <message>
        <source>Recovered the plan autosaved at {0}{1}</source>
        <translation>Recovered the plan autosaved at {0}{1}</translation>
    </message>
    <message>
        <source> (from {0})</source>
        <translation> (from {0})</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show the lines of one channel</source>
        <translation>Show the lines of one channel</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n line(s)</source>
        <translation>
            <numerusform>Duplicate %n line</numerusform>
            <numerusform>Duplicate %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n line(s)</source>
        <translation>
            <numerusform>Delete %n line</numerusform>
            <numerusform>Delete %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Delete line</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>The platform the line runs on</source>
        <translation>The platform the line runs on</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>Tactic</translation>
    </message>
    <message>
        <source>How the line is bought</source>
        <translation>How the line is bought</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Your name for the line</source>
        <translation>Your name for the line</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>What the line pays up front: media, KOL fees or livestream hours</source>
        <translation>What the line pays up front: media, KOL fees or livestream hours</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>% target</source>
        <translation>% target</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Reach {0}+</source>
        <translation>Reach {0}+</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Profit ROI</source>
        <translation>Profit ROI</translation>
    </message>
    <message>
        <source>Clicks / views</source>
        <translation>Clicks / views</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>What the budget buys, in the tactic&apos;s unit; typing units sets the budget</source>
        <translation>What the budget buys, in the tactic&apos;s unit; typing units sets the budget</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>The tactic&apos;s unit of purchase</source>
        <translation>The tactic&apos;s unit of purchase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Overrides: {0}</source>
        <translation>Overrides: {0}</translation>
    </message>
    <message>
        <source>Edit {0} of line {1}</source>
        <translation>Edit {0} of line {1}</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>(warning) {0}</source>
        <translation>(warning) {0}</translation>
    </message>
    <message>
        <source>(note) {0}</source>
        <translation>(note) {0}</translation>
    </message>
</context>
<context>
    <name>ReachCurvesChart</name>
    <message>
        <source>Reach curves</source>
        <translation>Reach curves</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Reach (people)</source>
        <translation>Reach (people)</translation>
    </message>
    <message>
        <source>Drag a point sideways to change that channel&apos;s budget (its lines scale together); the dashed curve is the selected line. Undo restores.</source>
        <translation>Drag a point sideways to change that channel&apos;s budget (its lines scale together); the dashed curve is the selected line. Undo restores.</translation>
    </message>
    <message>
        <source>Drag to change the {0} budget</source>
        <translation>Drag to change the {0} budget</translation>
    </message>
    <message>
        <source>Drag to change the budget of line {0}</source>
        <translation>Drag to change the budget of line {0}</translation>
    </message>
    <message>
        <source>Drag budget of line {0}</source>
        <translation>Drag budget of line {0}</translation>
    </message>
    <message>
        <source>Drag {0} budget</source>
        <translation>Drag {0} budget</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>at {0}</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export &amp;report…</source>
        <translation>Export &amp;report…</translation>
    </message>
    <message>
        <source>The plan as a PDF or PowerPoint report for the meeting, in English, Italian or Chinese</source>
        <translation>The plan as a PDF or PowerPoint report for the meeting, in English, Italian or Chinese</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>No report</translation>
    </message>
    <message>
        <source>The scenario cannot be estimated, so there is nothing to report yet: {0}</source>
        <translation>The scenario cannot be estimated, so there is nothing to report yet: {0}</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>PowerPoint presentation (*.pptx)</source>
        <translation>PowerPoint presentation (*.pptx)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message numerus="yes">
        <source>Report saved to {0} (%n page(s))</source>
        <translation>
            <numerusform>Report saved to {0} (%n page)</numerusform>
            <numerusform>Report saved to {0} (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Report not saved</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Could not write {0}: {1}</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Nothing to print</translation>
    </message>
    <message>
        <source>Preparing the report for the printer…</source>
        <translation>Preparing the report for the printer…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>Sent %n page to the printer</numerusform>
            <numerusform>Sent %n pages to the printer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>all tactics</source>
        <translation>all tactics</translation>
    </message>
    <message>
        <source>Market-entry plan for China: {0}</source>
        <translation>Market-entry plan for China: {0}</translation>
    </message>
    <message>
        <source>Scenario: {0}</source>
        <translation>Scenario: {0}</translation>
    </message>
    <message>
        <source>Target group: {0} ({1} people)</source>
        <translation>Target group: {0} ({1} people)</translation>
    </message>
    <message numerus="yes">
        <source>Budget {0} in %n line(s)</source>
        <translation>
            <numerusform>Budget {0} in %n line</numerusform>
            <numerusform>Budget {0} in %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Money in {0} ({1}) · {2}</source>
        <translation>Money in {0} ({1}) · {2}</translation>
    </message>
    <message>
        <source>Made with Market Entry Planner {0}</source>
        <translation>Made with Market Entry Planner {0}</translation>
    </message>
    <message>
        <source>P10–P90 {0}–{1}</source>
        <translation>P10–P90 {0}–{1}</translation>
    </message>
    <message>
        <source>{0} of target</source>
        <translation>{0} of target</translation>
    </message>
    <message>
        <source>+ {0} deposits</source>
        <translation>+ {0} deposits</translation>
    </message>
    <message>
        <source>contribution {0}</source>
        <translation>contribution {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Total (deduplicated)</source>
        <translation>Total (deduplicated)</translation>
    </message>
    <message>
        <source>P10–P90: 8 in 10 of {0} simulated outcomes fall in this range, every assumption drawn from its low–high range. Totals are deduplicated: a person reached on two channels counts once.</source>
        <translation>P10–P90: 8 in 10 of {0} simulated outcomes fall in this range, every assumption drawn from its low–high range. Totals are deduplicated: a person reached on two channels counts once.</translation>
    </message>
    <message>
        <source>Totals are deduplicated: a person reached on two channels counts once.</source>
        <translation>Totals are deduplicated: a person reached on two channels counts once.</translation>
    </message>
    <message>
        <source>The plan in figures</source>
        <translation>The plan in figures</translation>
    </message>
    <message>
        <source>Scenario {0}</source>
        <translation>Scenario {0}</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>Tactic</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>whole period</source>
        <translation>whole period</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>line {0}</translation>
    </message>
    <message>
        <source>{0} total</source>
        <translation>{0} total</translation>
    </message>
    <message>
        <source>A channel&apos;s reach counts a person once across its lines; the total counts a person once across channels.</source>
        <translation>A channel&apos;s reach counts a person once across its lines; the total counts a person once across channels.</translation>
    </message>
    <message>
        <source>The plan by channel and tactic</source>
        <translation>The plan by channel and tactic</translation>
    </message>
    <message>
        <source>{0} ({1} of {2})</source>
        <translation>{0} ({1} of {2})</translation>
    </message>
    <message>
        <source>Each channel&apos;s reach as its budget grows, its lines scaled together; the dot is the plan. The curves flatten as the same people see the ads again.</source>
        <translation>Each channel&apos;s reach as its budget grows, its lines scaled together; the dot is the plan. The curves flatten as the same people see the ads again.</translation>
    </message>
    <message>
        <source>Reach curves</source>
        <translation>Reach curves</translation>
    </message>
    <message>
        <source>Budget by tactic</source>
        <translation>Budget by tactic</translation>
    </message>
    <message>
        <source>Total cost by kind</source>
        <translation>Total cost by kind</translation>
    </message>
    <message>
        <source>Deposits are refundable and not counted as cost: {0} of them.</source>
        <translation>Deposits are refundable and not counted as cost: {0} of them.</translation>
    </message>
    <message>
        <source>Budget and cost by channel</source>
        <translation>Budget and cost by channel</translation>
    </message>
    <message>
        <source>{0} impressions</source>
        <translation>{0} impressions</translation>
    </message>
    <message>
        <source>{0} clicks · {1} of impressions</source>
        <translation>{0} clicks · {1} of impressions</translation>
    </message>
    <message>
        <source>{0} orders · {1} of clicks</source>
        <translation>{0} orders · {1} of clicks</translation>
    </message>
    <message>
        <source>{0} GMV · {1} per order</source>
        <translation>{0} GMV · {1} per order</translation>
    </message>
    <message>
        <source>Bar lengths are on a log scale. Ads: clicks × CVR = orders; livestreams and videos: viewers × CVR. GMV = orders × average order value.</source>
        <translation>Bar lengths are on a log scale. Ads: clicks × CVR = orders; livestreams and videos: viewers × CVR. GMV = orders × average order value.</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>Sales funnel</translation>
    </message>
    <message>
        <source>Each line over its dates, coloured by channel; shopping festivals shaded behind them. On a festival day auction-bought ads cost more and every tactic converts better.</source>
        <translation>Each line over its dates, coloured by channel; shopping festivals shaded behind them. On a festival day auction-bought ads cost more and every tactic converts better.</translation>
    </message>
    <message>
        <source>Calendar: lines and festivals</source>
        <translation>Calendar: lines and festivals</translation>
    </message>
    <message>
        <source>Annual fees, store set-up</source>
        <translation>Annual fees, store set-up</translation>
    </message>
    <message>
        <source>Commissions, fees, fulfilment</source>
        <translation>Commissions, fees, fulfilment</translation>
    </message>
    <message>
        <source>Cash out over the plan {0}, of which {1} refundable deposits; the largest month is {2} ({3}).</source>
        <translation>Cash out over the plan {0}, of which {1} refundable deposits; the largest month is {2} ({3}).</translation>
    </message>
    <message>
        <source>Spend and cash out by month</source>
        <translation>Spend and cash out by month</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Budget by channel</source>
        <translation>Budget by channel</translation>
    </message>
    <message>
        <source>Every scenario on the same market and assumptions; ● marks the scenario of this report.</source>
        <translation>Every scenario on the same market and assumptions; ● marks the scenario of this report.</translation>
    </message>
    <message>
        <source>The plan has one scenario. Add scenarios in the app (Scenario › New scenario…) to compare them here.</source>
        <translation>The plan has one scenario. Add scenarios in the app (Scenario › New scenario…) to compare them here.</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>Scenarios compared</translation>
    </message>
    <message>
        <source>{0} {1} · CPM multiplier</source>
        <translation>{0} {1} · CPM multiplier</translation>
    </message>
    <message>
        <source>{0} {1} · conversion multiplier</source>
        <translation>{0} {1} · conversion multiplier</translation>
    </message>
    <message>
        <source>Change in {0}</source>
        <translation>Change in {0}</translation>
    </message>
    <message>
        <source>Assumption at its low</source>
        <translation>Assumption at its low</translation>
    </message>
    <message>
        <source>Assumption at its high</source>
        <translation>Assumption at its high</translation>
    </message>
    <message>
        <source>Each assumption at the low and the high of its range, everything else as planned: how far {0} moves from the plan&apos;s {1}.</source>
        <translation>Each assumption at the low and the high of its range, everything else as planned: how far {0} moves from the plan&apos;s {1}.</translation>
    </message>
    <message>
        <source>What moves the result most</source>
        <translation>What moves the result most</translation>
    </message>
    <message>
        <source>Deduplicated reach</source>
        <translation>Deduplicated reach</translation>
    </message>
    <message>
        <source>Effective reach {0}+</source>
        <translation>Effective reach {0}+</translation>
    </message>
    <message>
        <source>Profit (contribution − marketing cost)</source>
        <translation>Profit (contribution − marketing cost)</translation>
    </message>
    <message>
        <source>spending up to {0}</source>
        <translation>spending up to {0}</translation>
    </message>
    <message>
        <source>spending exactly {0}</source>
        <translation>spending exactly {0}</translation>
    </message>
    <message>
        <source>Maximise {0}, {1}: {2} → {3}{4}.</source>
        <translation>Maximise {0}, {1}: {2} → {3}{4}.</translation>
    </message>
    <message>
        <source>Proven best.</source>
        <translation>Proven best.</translation>
    </message>
    <message>
        <source>Best found (not proven: effective reach is not concave).</source>
        <translation>Best found (not proven: effective reach is not concave).</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Optimised</source>
        <translation>Optimised</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Where the next yuan works hardest</source>
        <translation>Where the next yuan works hardest</translation>
    </message>
    <message>
        <source>{0} ({1} – {2})</source>
        <translation>{0} ({1} – {2})</translation>
    </message>
    <message>
        <source>{0} (weak)</source>
        <translation>{0} (weak)</translation>
    </message>
    <message>
        <source>×{0} (×{1} – ×{2})</source>
        <translation>×{0} (×{1} – ×{2})</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Assumption</translation>
    </message>
    <message>
        <source>Value (low – high)</source>
        <translation>Value (low – high)</translation>
    </message>
    <message>
        <source>{0} at its low</source>
        <translation>{0} at its low</translation>
    </message>
    <message>
        <source>{0} at its high</source>
        <translation>{0} at its high</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Ranked by how far each moves {0} between its low and its high. Orange: weak (grade C or W) — replace it with your own figure first. Grades: {1}.</source>
        <translation>Ranked by how far each moves {0} between its low and its high. Orange: weak (grade C or W) — replace it with your own figure first. Grades: {1}.</translation>
    </message>
    <message>
        <source>The assumptions that matter most</source>
        <translation>The assumptions that matter most</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Each channel reaches the share of the target group that uses it (its penetration). A line&apos;s budget buys impressions in the way its tactic is sold (CPM, CPC, KOL sessions, livestream hours, videos); the on-target share of them lands in the target group. The lines of one channel and tactic are one buy drawing on one audience (a KOL&apos;s sessions on the KOL&apos;s own viewers), so splitting a buy changes nothing. People are not exposed evenly: a negative binomial exposure distribution per buy gives its reach and how many are reached {0} times or more. Tactics and channels are treated as independent, so a person reached twice counts once.</source>
        <translation>Each channel reaches the share of the target group that uses it (its penetration). A line&apos;s budget buys impressions in the way its tactic is sold (CPM, CPC, KOL sessions, livestream hours, videos); the on-target share of them lands in the target group. The lines of one channel and tactic are one buy drawing on one audience (a KOL&apos;s sessions on the KOL&apos;s own viewers), so splitting a buy changes nothing. People are not exposed evenly: a negative binomial exposure distribution per buy gives its reach and how many are reached {0} times or more. Tactics and channels are treated as independent, so a person reached twice counts once.</translation>
    </message>
    <message>
        <source>Sales come from people and saturate: each exposure converts a share of what is left of a person&apos;s purchase potential, so the first exposures sell most and a buy&apos;s sales are bounded by its audience. Conversion falls with the order value through the category&apos;s price elasticity; search ads answer a finite number of searches, which the plan&apos;s content raises. Sales = orders × average order value, less returns. Costs are the budget, the agency fee, the channels&apos; fixed fees, KOL commissions, platform fees, fulfilment and returns handling; deposits are refundable and not a cost. On a shopping-festival day auction prices and conversion rise by the calendar&apos;s multipliers. ROAS is GMV ÷ budget (what Chinese platforms call ROI); profit ROI is what the plan earns after paying for itself.</source>
        <translation>Sales come from people and saturate: each exposure converts a share of what is left of a person&apos;s purchase potential, so the first exposures sell most and a buy&apos;s sales are bounded by its audience. Conversion falls with the order value through the category&apos;s price elasticity; search ads answer a finite number of searches, which the plan&apos;s content raises. Sales = orders × average order value, less returns. Costs are the budget, the agency fee, the channels&apos; fixed fees, KOL commissions, platform fees, fulfilment and returns handling; deposits are refundable and not a cost. On a shopping-festival day auction prices and conversion rise by the calendar&apos;s multipliers. ROAS is GMV ÷ budget (what Chinese platforms call ROI); profit ROI is what the plan earns after paying for itself.</translation>
    </message>
    <message>
        <source>Sales and costs</source>
        <translation>Sales and costs</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>How sure</translation>
    </message>
    <message>
        <source>Every figure has a low–high range, a source and a grade. The plan is run {0} times with every benchmark drawn from its range (a PERT distribution): 8 times in 10 the result falls between P10 and P90, if the ranges are right. The tornado sets each figure to its low and its high, the others as planned, and ranks them by how far they move the result.</source>
        <translation>Every figure has a low–high range, a source and a grade. The plan is run {0} times with every benchmark drawn from its range (a PERT distribution): 8 times in 10 the result falls between P10 and P90, if the ranges are right. The tornado sets each figure to its low and its high, the others as planned, and ranks them by how far they move the result.</translation>
    </message>
    <message>
        <source>What it leaves out</source>
        <translation>What it leaves out</translation>
    </message>
    <message>
        <source>Effects that last beyond the plan, repeat purchases, competitors&apos; spending and a platform&apos;s changing prices. The figures a brand knows best (average order value, margin, a KOL&apos;s quote) are its own and should replace the benchmarks.</source>
        <translation>Effects that last beyond the plan, repeat purchases, competitors&apos; spending and a platform&apos;s changing prices. The figures a brand knows best (average order value, margin, a KOL&apos;s quote) are its own and should replace the benchmarks.</translation>
    </message>
    <message>
        <source>The method</source>
        <translation>The method</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Appendix: every assumption</source>
        <translation>Appendix: every assumption</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>CPM multiplier</source>
        <translation>CPM multiplier</translation>
    </message>
    <message>
        <source>Conversion multiplier</source>
        <translation>Conversion multiplier</translation>
    </message>
    <message>
        <source>The festivals the plan&apos;s dated lines meet; the others are on the workbook&apos;s Calendar sheet.</source>
        <translation>The festivals the plan&apos;s dated lines meet; the others are on the workbook&apos;s Calendar sheet.</translation>
    </message>
    <message>
        <source>Appendix: festival multipliers</source>
        <translation>Appendix: festival multipliers</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Print the report</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>The plan for the meeting: the headline with its P10–P90, the plan by channel and tactic, the charts, the assumptions that matter most and the method, in the language of the meeting.</source>
        <translation>The plan for the meeting: the headline with its P10–P90, the plan by channel and tactic, the charts, the assumptions that matter most and the method, in the language of the meeting.</translation>
    </message>
    <message>
        <source>{0} (.{1})</source>
        <translation>{0} (.{1})</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Include the optimiser&apos;s advice</source>
        <translation>Include the optimiser&apos;s advice</translation>
    </message>
    <message>
        <source>The last optimisation of this scenario (Scenario › Optimise the budget…), line by line</source>
        <translation>The last optimisation of this scenario (Scenario › Optimise the budget…), line by line</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>ScenarioChart</name>
    <message>
        <source>Scenarios compared</source>
        <translation>Scenarios compared</translation>
    </message>
    <message>
        <source>Budget by channel</source>
        <translation>Budget by channel</translation>
    </message>
    <message>
        <source>Reach (dark: effective)</source>
        <translation>Reach (dark: effective)</translation>
    </message>
    <message>
        <source>GMV and total cost</source>
        <translation>GMV and total cost</translation>
    </message>
    <message>
        <source>Profit ROI</source>
        <translation>Profit ROI</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>Every scenario on the same market and assumptions. New, rename and delete scenarios on the Scenarios tab.</source>
        <translation>Every scenario on the same market and assumptions. New, rename and delete scenarios on the Scenarios tab.</translation>
    </message>
</context>
<context>
    <name>ScenarioCompareModel</name>
    <message>
        <source>Reach {0}+</source>
        <translation>Reach {0}+</translation>
    </message>
    <message>
        <source>{0}: {1} line(s). Double-click to show and edit it.</source>
        <translation>{0}: {1} line(s). Double-click to show and edit it.</translation>
    </message>
    <message>
        <source>cannot be estimated</source>
        <translation>cannot be estimated</translation>
    </message>
    <message>
        <source>{0} compared with {1}</source>
        <translation>{0} compared with {1}</translation>
    </message>
</context>
<context>
    <name>ScenariosTab</name>
    <message>
        <source>New scenario…</source>
        <translation>New scenario…</translation>
    </message>
    <message>
        <source>A copy of the scenario shown, to change without losing the original</source>
        <translation>A copy of the scenario shown, to change without losing the original</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the scenario shown (Undo brings it back)</source>
        <translation>Delete the scenario shown (Undo brings it back)</translation>
    </message>
    <message>
        <source>Every scenario uses the same market and assumptions; only the lines differ. The bold column (●) is the one shown and edited. Hover a figure for its change against the first scenario.</source>
        <translation>Every scenario uses the same market and assumptions; only the lines differ. The bold column (●) is the one shown and edited. Hover a figure for its change against the first scenario.</translation>
    </message>
    <message>
        <source>{0} copy</source>
        <translation>{0} copy</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <source>Name of the copy of &apos;{0}&apos;:</source>
        <translation>Name of the copy of &apos;{0}&apos;:</translation>
    </message>
    <message>
        <source>New scenario {0}</source>
        <translation>New scenario {0}</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Rename scenario</translation>
    </message>
    <message>
        <source>New name for &apos;{0}&apos;:</source>
        <translation>New name for &apos;{0}&apos;:</translation>
    </message>
    <message>
        <source>Rename scenario to {0}</source>
        <translation>Rename scenario to {0}</translation>
    </message>
    <message>
        <source>Delete scenario {0}</source>
        <translation>Delete scenario {0}</translation>
    </message>
    <message>
        <source>Show scenario {0}</source>
        <translation>Show scenario {0}</translation>
    </message>
</context>
<context>
    <name>TimingBox</name>
    <message>
        <source>Choose the months too</source>
        <translation>Choose the months too</translation>
    </message>
    <message>
        <source>Let the optimiser move each line&apos;s budget between the months of its own dates, into or out of the festivals (their CPM and conversion multipliers: Calendar tab). A line that moves is split into one line per month. KOL sessions, videos and store hours keep their dates.</source>
        <translation>Let the optimiser move each line&apos;s budget between the months of its own dates, into or out of the festivals (their CPM and conversion multipliers: Calendar tab). A line that moves is split into one line per month. KOL sessions, videos and store hours keep their dates.</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>The most the plan may spend in a month (line budgets, as the Cash flow chart books media and KOL fees): 500k, ¥1m, 100万. Empty: no cap.</source>
        <translation>The most the plan may spend in a month (line budgets, as the Cash flow chart books media and KOL fees): 500k, ¥1m, 100万. Empty: no cap.</translation>
    </message>
    <message>
        <source>Monthly spend caps:</source>
        <translation>Monthly spend caps:</translation>
    </message>
    <message>
        <source>a cap is an amount of 0 or more</source>
        <translation>a cap is an amount of 0 or more</translation>
    </message>
    <message>
        <source>Cap for {0}: &apos;{1}&apos;: {2}.</source>
        <translation>Cap for {0}: &apos;{1}&apos;: {2}.</translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>What moves the result most</source>
        <translation>What moves the result most</translation>
    </message>
    <message>
        <source>The result whose swing ranks the assumptions</source>
        <translation>The result whose swing ranks the assumptions</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Assumption at its low</source>
        <translation>Assumption at its low</translation>
    </message>
    <message>
        <source>Assumption at its high</source>
        <translation>Assumption at its high</translation>
    </message>
    <message>
        <source>Each assumption at the low and the high of its range, everything else as planned. Hover a bar for the range and its source; double-click it to open the assumption.</source>
        <translation>Each assumption at the low and the high of its range, everything else as planned. Hover a bar for the range and its source; double-click it to open the assumption.</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>all tactics</source>
        <translation>all tactics</translation>
    </message>
    <message>
        <source>{0} {1} · CPM multiplier</source>
        <translation>{0} {1} · CPM multiplier</translation>
    </message>
    <message>
        <source>{0} {1} · conversion multiplier</source>
        <translation>{0} {1} · conversion multiplier</translation>
    </message>
    <message>
        <source>{0} – {1} – {2} (low – planned – high)</source>
        <translation>{0} – {1} – {2} (low – planned – high)</translation>
    </message>
    <message>
        <source>{0}: set the average order value and gross margin on the Market tab</source>
        <translation>{0}: set the average order value and gross margin on the Market tab</translation>
    </message>
    <message>
        <source>{0} (the line: as planned, {1})</source>
        <translation>{0} (the line: as planned, {1})</translation>
    </message>
    <message>
        <source>Result at its low {0}, at its high {1}</source>
        <translation>Result at its low {0}, at its high {1}</translation>
    </message>
    <message>
        <source>Grade {0}: {1}</source>
        <translation>Grade {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>Feeds %n line(s)</source>
        <translation>
            <numerusform>Feeds %n line</numerusform>
            <numerusform>Feeds %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Festival multipliers are on the workbook&apos;s Calendar sheet.</source>
        <translation>Festival multipliers are on the workbook&apos;s Calendar sheet.</translation>
    </message>
    <message>
        <source>Double-click to open it on the Assumptions tab.</source>
        <translation>Double-click to open it on the Assumptions tab.</translation>
    </message>
</context>
<context>
    <name>UncertaintyProgress</name>
    <message>
        <source>Ranges %p%</source>
        <translation>Ranges %p%</translation>
    </message>
    <message>
        <source>Working out the P10–P90 ranges: {0} plans drawn from the assumptions&apos; low–high ranges. Editing starts it again.</source>
        <translation>Working out the P10–P90 ranges: {0} plans drawn from the assumptions&apos; low–high ranges. Editing starts it again.</translation>
    </message>
</context>
<context>
    <name>UnitWords</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n click(s)</source>
        <translation>
            <numerusform>%n click</numerusform>
            <numerusform>%n clicks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n view</numerusform>
            <numerusform>%n views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thousand impressions</source>
        <translation>
            <numerusform>%n thousand impressions</numerusform>
            <numerusform>%n thousand impressions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Optimise the budget…</source>
        <translation>&amp;Optimise the budget…</translation>
    </message>
    <message>
        <source>Reallocate the budget for the most reach, effective reach, GMV or profit, within your limits</source>
        <translation>Reallocate the budget for the most reach, effective reach, GMV or profit, within your limits</translation>
    </message>
    <message>
        <source>&amp;New scenario…</source>
        <translation>&amp;New scenario…</translation>
    </message>
    <message>
        <source>A copy of the scenario shown, to change without losing it</source>
        <translation>A copy of the scenario shown, to change without losing it</translation>
    </message>
    <message>
        <source>&amp;Rename scenario…</source>
        <translation>&amp;Rename scenario…</translation>
    </message>
    <message>
        <source>&amp;Delete scenario</source>
        <translation>&amp;Delete scenario</translation>
    </message>
    <message>
        <source>&amp;Compare scenarios</source>
        <translation>&amp;Compare scenarios</translation>
    </message>
    <message>
        <source>Every scenario side by side</source>
        <translation>Every scenario side by side</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Start an empty plan with the shipped assumptions</source>
        <translation>Start an empty plan with the shipped assumptions</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a plan workbook</source>
        <translation>Open a plan workbook</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Save the plan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Import lines from a sheet…</source>
        <translation>&amp;Import lines from a sheet…</translation>
    </message>
    <message>
        <source>Replace this scenario&apos;s lines with a plan typed in Excel; market and assumptions stay</source>
        <translation>Replace this scenario&apos;s lines with a plan typed in Excel; market and assumptions stay</translation>
    </message>
    <message>
        <source>Import &amp;actuals…</source>
        <translation>Import &amp;actuals…</translation>
    </message>
    <message>
        <source>Read the platforms&apos; ad reports: spend to date against the plan, and the assumptions calibrated</source>
        <translation>Read the platforms&apos; ad reports: spend to date against the plan, and the assumptions calibrated</translation>
    </message>
    <message>
        <source>&amp;Export a copy…</source>
        <translation>&amp;Export a copy…</translation>
    </message>
    <message>
        <source>Write a copy of the workbook with results, elsewhere</source>
        <translation>Write a copy of the workbook with results, elsewhere</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <source>Add a line to the plan</source>
        <translation>Add a line to the plan</translation>
    </message>
    <message>
        <source>&amp;Duplicate line</source>
        <translation>&amp;Duplicate line</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>Copy the selected lines</translation>
    </message>
    <message>
        <source>De&amp;lete lines</source>
        <translation>De&amp;lete lines</translation>
    </message>
    <message>
        <source>Delete the selected lines</source>
        <translation>Delete the selected lines</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>Reset to &amp;default</translation>
    </message>
    <message>
        <source>Put the selected assumptions back to the shipped benchmark</source>
        <translation>Put the selected assumptions back to the shipped benchmark</translation>
    </message>
    <message>
        <source>Put the selected festivals back to the shipped calendar</source>
        <translation>Put the selected festivals back to the shipped calendar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Market Entry Planner</source>
        <translation>&amp;About Market Entry Planner</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Money in {0}</source>
        <translation>Money in {0}</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source> Scenario </source>
        <translation> Scenario </translation>
    </message>
    <message>
        <source>The scenario shown and edited</source>
        <translation>The scenario shown and edited</translation>
    </message>
    <message>
        <source>The language changes the next time Market Entry Planner starts.</source>
        <translation>The language changes the next time Market Entry Planner starts.</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>All</source>
        <translation>All</translation>
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
        <translation>Feed ads</translation>
    </message>
    <message>
        <source>1,000 impressions</source>
        <translation>1,000 impressions</translation>
    </message>
    <message>
        <source>Search ads</source>
        <translation>Search ads</translation>
    </message>
    <message>
        <source>click</source>
        <translation>click</translation>
    </message>
    <message>
        <source>KOL livestream</source>
        <translation>KOL livestream</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>Brand livestream</source>
        <translation>Brand livestream</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hour</translation>
    </message>
    <message>
        <source>KOL seeding video</source>
        <translation>KOL seeding video</translation>
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
        <translation>CNY per 1,000 impressions</translation>
    </message>
    <message>
        <source>CPC</source>
        <translation>CPC</translation>
    </message>
    <message>
        <source>CNY per click</source>
        <translation>CNY per click</translation>
    </message>
    <message>
        <source>Slot fee</source>
        <translation>Slot fee</translation>
    </message>
    <message>
        <source>CNY per session</source>
        <translation>CNY per session</translation>
    </message>
    <message>
        <source>Viewers per session</source>
        <translation>Viewers per session</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Cost per hour</translation>
    </message>
    <message>
        <source>CNY per hour</source>
        <translation>CNY per hour</translation>
    </message>
    <message>
        <source>Viewers per hour</source>
        <translation>Viewers per hour</translation>
    </message>
    <message>
        <source>Fee per video</source>
        <translation>Fee per video</translation>
    </message>
    <message>
        <source>CNY per video</source>
        <translation>CNY per video</translation>
    </message>
    <message>
        <source>Views per video</source>
        <translation>Views per video</translation>
    </message>
    <message>
        <source>views per video</source>
        <translation>views per video</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>clicks per impression</source>
        <translation>clicks per impression</translation>
    </message>
    <message>
        <source>CVR</source>
        <translation>CVR</translation>
    </message>
    <message>
        <source>On-target share</source>
        <translation>On-target share</translation>
    </message>
    <message>
        <source>share of impressions</source>
        <translation>share of impressions</translation>
    </message>
    <message>
        <source>Exposure shape k</source>
        <translation>Exposure shape k</translation>
    </message>
    <message>
        <source>NBD k</source>
        <translation>NBD k</translation>
    </message>
    <message>
        <source>KOL commission</source>
        <translation>KOL commission</translation>
    </message>
    <message>
        <source>share of net GMV</source>
        <translation>share of net GMV</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Return rate</translation>
    </message>
    <message>
        <source>share of GMV</source>
        <translation>share of GMV</translation>
    </message>
    <message>
        <source>Fulfilment per order</source>
        <translation>Fulfilment per order</translation>
    </message>
    <message>
        <source>CNY per order</source>
        <translation>CNY per order</translation>
    </message>
    <message>
        <source>views (人次) per session</source>
        <translation>views (人次) per session</translation>
    </message>
    <message>
        <source>views (人次) per hour</source>
        <translation>views (人次) per hour</translation>
    </message>
    <message>
        <source>Views per viewer</source>
        <translation>Views per viewer</translation>
    </message>
    <message>
        <source>views per distinct viewer</source>
        <translation>views per distinct viewer</translation>
    </message>
    <message>
        <source>Viewer pool</source>
        <translation>Viewer pool</translation>
    </message>
    <message>
        <source>people per year</source>
        <translation>people per year</translation>
    </message>
    <message>
        <source>Search demand</source>
        <translation>Search demand</translation>
    </message>
    <message>
        <source>searches per year</source>
        <translation>searches per year</translation>
    </message>
    <message>
        <source>orders per click (ads) or per view (live, video)</source>
        <translation>orders per click (ads) or per view (live, video)</translation>
    </message>
    <message>
        <source>GMV per view</source>
        <translation>GMV per view</translation>
    </message>
    <message>
        <source>CNY per view (人次)</source>
        <translation>CNY per view (人次)</translation>
    </message>
    <message>
        <source>Reference order value</source>
        <translation>Reference order value</translation>
    </message>
    <message>
        <source>Price elasticity</source>
        <translation>Price elasticity</translation>
    </message>
    <message>
        <source>elasticity</source>
        <translation>elasticity</translation>
    </message>
    <message>
        <source>Frequency response</source>
        <translation>Frequency response</translation>
    </message>
    <message>
        <source>share per exposure</source>
        <translation>share per exposure</translation>
    </message>
    <message>
        <source>Return cost per order</source>
        <translation>Return cost per order</translation>
    </message>
    <message>
        <source>CNY per returned order</source>
        <translation>CNY per returned order</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Average order value</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Gross margin</translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation>Platform fee</translation>
    </message>
    <message>
        <source>Penetration</source>
        <translation>Penetration</translation>
    </message>
    <message>
        <source>share of target population</source>
        <translation>share of target population</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>CNY, refundable</source>
        <translation>CNY, refundable</translation>
    </message>
    <message>
        <source>Annual fee</source>
        <translation>Annual fee</translation>
    </message>
    <message>
        <source>CNY per year</source>
        <translation>CNY per year</translation>
    </message>
    <message>
        <source>Store set-up</source>
        <translation>Store set-up</translation>
    </message>
    <message>
        <source>CNY once</source>
        <translation>CNY once</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>what the line pays up front: ad media, KOL fees, livestream hours</source>
        <translation>what the line pays up front: ad media, KOL fees, livestream hours</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>what the budget buys in the tactic&apos;s unit (sessions, videos, 1,000 impressions…)</source>
        <translation>what the budget buys in the tactic&apos;s unit (sessions, videos, 1,000 impressions…)</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>all bought impressions, views or live viewers</source>
        <translation>all bought impressions, views or live viewers</translation>
    </message>
    <message>
        <source>On-target impressions</source>
        <translation>On-target impressions</translation>
    </message>
    <message>
        <source>impressions that fall in the target group</source>
        <translation>impressions that fall in the target group</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>different people of the target group reached at least once</source>
        <translation>different people of the target group reached at least once</translation>
    </message>
    <message>
        <source>Reach % of target</source>
        <translation>Reach % of target</translation>
    </message>
    <message>
        <source>reach as a share of the target population</source>
        <translation>reach as a share of the target population</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>average times a reached person is exposed</source>
        <translation>average times a reached person is exposed</translation>
    </message>
    <message>
        <source>Effective reach</source>
        <translation>Effective reach</translation>
    </message>
    <message>
        <source>people reached at least the effective frequency (3+)</source>
        <translation>people reached at least the effective frequency (3+)</translation>
    </message>
    <message>
        <source>Effective reach % of target</source>
        <translation>Effective reach % of target</translation>
    </message>
    <message>
        <source>effective reach as a share of the target</source>
        <translation>effective reach as a share of the target</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>clicks through to the product</source>
        <translation>clicks through to the product</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>orders placed</source>
        <translation>orders placed</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>gross merchandise value of the orders</source>
        <translation>gross merchandise value of the orders</translation>
    </message>
    <message>
        <source>Returned GMV</source>
        <translation>Returned GMV</translation>
    </message>
    <message>
        <source>GMV that buyers return</source>
        <translation>GMV that buyers return</translation>
    </message>
    <message>
        <source>Net GMV</source>
        <translation>Net GMV</translation>
    </message>
    <message>
        <source>GMV after returns</source>
        <translation>GMV after returns</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>ad media and brand-livestream budget</source>
        <translation>ad media and brand-livestream budget</translation>
    </message>
    <message>
        <source>KOL fees</source>
        <translation>KOL fees</translation>
    </message>
    <message>
        <source>KOL slot and video fees</source>
        <translation>KOL slot and video fees</translation>
    </message>
    <message>
        <source>commission KOLs take on net GMV</source>
        <translation>commission KOLs take on net GMV</translation>
    </message>
    <message>
        <source>Platform fees</source>
        <translation>Platform fees</translation>
    </message>
    <message>
        <source>the platform&apos;s commission on net GMV</source>
        <translation>the platform&apos;s commission on net GMV</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Fulfilment</translation>
    </message>
    <message>
        <source>pick, pack and delivery of the orders</source>
        <translation>pick, pack and delivery of the orders</translation>
    </message>
    <message>
        <source>Returns handling</source>
        <translation>Returns handling</translation>
    </message>
    <message>
        <source>reverse logistics of the returned orders</source>
        <translation>reverse logistics of the returned orders</translation>
    </message>
    <message>
        <source>Channel fixed costs</source>
        <translation>Channel fixed costs</translation>
    </message>
    <message>
        <source>annual fees and store set-up, shared among a channel&apos;s lines</source>
        <translation>annual fees and store set-up, shared among a channel&apos;s lines</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>Agency fee</translation>
    </message>
    <message>
        <source>the agency&apos;s fee on the budget</source>
        <translation>the agency&apos;s fee on the budget</translation>
    </message>
    <message>
        <source>Marketing cost</source>
        <translation>Marketing cost</translation>
    </message>
    <message>
        <source>budget + agency fee + channel fixed costs</source>
        <translation>budget + agency fee + channel fixed costs</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>marketing cost + commissions + platform fees + fulfilment + returns handling</source>
        <translation>marketing cost + commissions + platform fees + fulfilment + returns handling</translation>
    </message>
    <message>
        <source>net GMV × gross margin − commissions − platform fees − fulfilment − returns handling</source>
        <translation>net GMV × gross margin − commissions − platform fees − fulfilment − returns handling</translation>
    </message>
    <message>
        <source>GMV ÷ budget: what Chinese platforms call ROI (投产比, e.g. Qianchuan&apos;s ROI is GMV over ad spend)</source>
        <translation>GMV ÷ budget: what Chinese platforms call ROI (投产比, e.g. Qianchuan&apos;s ROI is GMV over ad spend)</translation>
    </message>
    <message>
        <source>Profit ROI</source>
        <translation>Profit ROI</translation>
    </message>
    <message>
        <source>(contribution − marketing cost) ÷ marketing cost: what the plan earns after paying for itself</source>
        <translation>(contribution − marketing cost) ÷ marketing cost: what the plan earns after paying for itself</translation>
    </message>
    <message>
        <source>Women&apos;s apparel</source>
        <translation>Women&apos;s apparel</translation>
    </message>
    <message>
        <source>Beauty and personal care</source>
        <translation>Beauty and personal care</translation>
    </message>
    <message>
        <source>Food and wine</source>
        <translation>Food and wine</translation>
    </message>
    <message>
        <source>Luxury leather goods</source>
        <translation>Luxury leather goods</translation>
    </message>
    <message>
        <source>Home and living</source>
        <translation>Home and living</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Search halo from {0}</source>
        <translation>Search halo from {0}</translation>
    </message>
    <message>
        <source>searches per person reached</source>
        <translation>searches per person reached</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>Tactic</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Min budget</source>
        <translation>Min budget</translation>
    </message>
    <message>
        <source>Max budget</source>
        <translation>Max budget</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Shipped default</source>
        <translation>Shipped default</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <source>Plan notes</source>
        <translation>Plan notes</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Target population</source>
        <translation>Target population</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Effective frequency</source>
        <translation>Effective frequency</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Display currency</translation>
    </message>
    <message>
        <source>Active scenario</source>
        <translation>Active scenario</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Buying</source>
        <translation>Buying</translation>
    </message>
    <message>
        <source>Price parameter</source>
        <translation>Price parameter</translation>
    </message>
    <message>
        <source>Audience parameter</source>
        <translation>Audience parameter</translation>
    </message>
    <message>
        <source>Conversion parameter</source>
        <translation>Conversion parameter</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>Whole units</source>
        <translation>Whole units</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>CPM multiplier</source>
        <translation>CPM multiplier</translation>
    </message>
    <message>
        <source>CPM low</source>
        <translation>CPM low</translation>
    </message>
    <message>
        <source>CPM high</source>
        <translation>CPM high</translation>
    </message>
    <message>
        <source>CVR multiplier</source>
        <translation>CVR multiplier</translation>
    </message>
    <message>
        <source>CVR low</source>
        <translation>CVR low</translation>
    </message>
    <message>
        <source>CVR high</source>
        <translation>CVR high</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Assumptions</translation>
    </message>
    <message>
        <source>Tactics</source>
        <translation>Tactics</translation>
    </message>
    <message>
        <source>Festivals</source>
        <translation>Festivals</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Deposits (refundable)</source>
        <translation>Deposits (refundable)</translation>
    </message>
    <message>
        <source>store deposits: cash tied up, not a cost</source>
        <translation>store deposits: cash tied up, not a cost</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>people of the target group who use the channel</source>
        <translation>people of the target group who use the channel</translation>
    </message>
    <message>
        <source>company filing or official page</source>
        <translation>company filing or official page</translation>
    </message>
    <message>
        <source>reputable press, analyst or academic work</source>
        <translation>reputable press, analyst or academic work</translation>
    </message>
    <message>
        <source>agency or SEO blog, unverified</source>
        <translation>agency or SEO blog, unverified</translation>
    </message>
    <message>
        <source>weak: assumed or derived; replace with your own figure</source>
        <translation>weak: assumed or derived; replace with your own figure</translation>
    </message>
</context>
</TS>
