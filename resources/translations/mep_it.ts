<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Market Entry Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a brand&apos;s entry into Douyin, Kuaishou, Taobao/Tmall and JD.com: reach, frequency, costs and sales before you spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every default figure has a source, a year and a grade (A: filing or official page; B: reputable press or research; C: blog, unverified; W: assumed). See the Assumptions tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt is used under the LGPL-3.0: its libraries are separate files in the installation folder, which you may replace with your own build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssumptionsModel</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. Added to this plan; not a shipped benchmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. Changed in this plan; shipped default {1:g} ({2}, {3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetCostChart</name>
    <message>
        <source>Budget and cost by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget by tactic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOL fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOL commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel fixed costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover a bar for exact values. Deposits are refundable and not shown as cost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelResultsModel</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach {0}+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (deduplicated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Sales funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole plan or one channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar lengths are on a log scale. Ads: clicks × CVR = orders; livestreams and videos: viewers × CVR. GMV = orders × average order value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} clicks · {1} of impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} orders · {1} of clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} GMV · {1} per order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlineStrip</name>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the plan pays up front: media, KOL fees, livestream hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different people of the target group reached at least once, deduplicated across lines and channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average exposures per person reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached at least the effective frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget + agency fee + channel fixed costs + KOL commissions + platform fees + fulfilment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross merchandise value of the orders, before returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV per yuan of budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Contribution − marketing cost) / marketing cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective reach {0}+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ {0} deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. This is a sample plan: double-click a budget to change it, drag a point on the reach curves, and watch reach, cost and sales move. Ctrl+Z undoes. File › New starts your own; every assumption&apos;s source is on the Assumptions tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not show this again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty plan with the shipped assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import lines from a sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this scenario&apos;s lines with a plan typed in Excel; market and assumptions stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of the workbook with results, elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected assumptions back to the shipped benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Market Entry Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Scenario </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario shown and edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the plan autosaved at {0}{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}[*] — Market Entry Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Cannot estimate: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show scenario {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Market Entry Planner starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to reset: the selection is at its defaults, or was added to this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reset %n assumption(s) to default</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to {0} before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan: add lines, then set the average order value and gross margin on the Market tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import lines from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read {0}: {1} lines in {2:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — a hand-made sheet: Save will ask where, so it is never overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({0} warnings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was read. Please check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Fix these in the workbook and try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import plan lines from a sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported a copy to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is no longer there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketPanel</name>
    <message>
        <source>Plan and brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand&apos;s own average order value, in CNY: required, no default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand&apos;s own gross margin: required, no default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposures that count as effective (3+ by convention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money is planned in CNY; this only changes how it is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show money in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY per 1 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 {0} =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel penetration (share of the target group using each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penetration is an assumption row (Channel, All, penetration): its source and grade are on the Assumptions tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} people; {1} ({2}): {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit exchange rate {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit penetration of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the lines of one channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform the line runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the line is bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name for the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the line pays up front: media, KOL fees or livestream hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach {0}+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the budget buys, in the tactic&apos;s unit; typing units sets the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tactic&apos;s unit of purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0} of line {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(warning) {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReachCurvesChart</name>
    <message>
        <source>Reach curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach (people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a point sideways to change that channel&apos;s budget (its lines scale together); the dashed curve is the selected line. Undo restores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to change the {0} budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to change the budget of line {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag budget of line {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag {0} budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taobao/Tmall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JD.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1,000 impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOL livestream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand livestream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOL seeding video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY per 1,000 impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY per click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewers per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewers per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewers per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewers per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee per video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY per video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views per video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>views per video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clicks per impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders per click (ads) or per viewer (live, video)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-target share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure shape k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NBD k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOL commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of net GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilment per order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY per order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penetration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of target population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY, refundable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the line pays up front: ad media, KOL fees, livestream hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the budget buys in the tactic&apos;s unit (sessions, videos, 1,000 impressions…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all bought impressions, views or live viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-target impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impressions that fall in the target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different people of the target group reached at least once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach % of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach as a share of the target population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average times a reached person is exposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people reached at least the effective frequency (3+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective reach % of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective reach as a share of the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clicks through to the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gross merchandise value of the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV that buyers return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV after returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ad media and brand-livestream budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOL fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOL slot and video fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commission KOLs take on net GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform&apos;s commission on net GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick, pack and delivery of the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel fixed costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual fees and store set-up, shared among a channel&apos;s lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agency&apos;s fee on the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget + agency fee + channel fixed costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketing cost + commissions + platform fees + fulfilment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net GMV × gross margin − commissions − platform fees − fulfilment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV per yuan of budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(contribution − marketing cost) / marketing cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposits (refundable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store deposits: cash tied up, not a cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people of the target group who use the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company filing or official page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reputable press, analyst or academic work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency or SEO blog, unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak: assumed or derived; replace with your own figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market Entry Planner hit an error it did not expect:
{0}: {1}

Your plan was saved to
{2}
and a report for the developers to
{3}

You can go on working; saving now under a new name is a good idea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market Entry Planner did not close normally last time. A plan with unsaved changes was autosaved at {0}{1}.

Recover it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from {0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
