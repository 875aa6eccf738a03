<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Market Entry Planner</source>
        <translation>关于 Market Entry Planner</translation>
    </message>
    <message>
        <source>Plan a brand&apos;s entry into Douyin, Kuaishou, Taobao/Tmall and JD.com: reach, frequency, costs and sales before you spend.</source>
        <translation>规划品牌入驻抖音、快手、淘宝/天猫和京东：在投入预算之前，先算清触达、频次、成本和销售。</translation>
    </message>
    <message>
        <source>Every default figure has a source, a year and a grade (A: filing or official page; B: reputable press or research; C: blog, unverified; W: assumed). See the Assumptions tab.</source>
        <translation>每个默认数值都注明了来源、年份和可信度等级（A：公司公告或官方页面；B：权威媒体或研究；C：博客，未经核实；W：假设值）。详见“参数假设”标签页。</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>第三方库及其许可证</translation>
    </message>
    <message>
        <source>Qt is used under the LGPL-3.0: its libraries are separate files in the installation folder, which you may replace with your own build.</source>
        <translation>Qt 依据 LGPL-3.0 许可证使用：其库以独立文件的形式存放在安装文件夹中，您可以用自行编译的版本替换。</translation>
    </message>
</context>
<context>
    <name>ActualsTab</name>
    <message>
        <source>Platform reports (*.csv *.xlsx);;All files (*)</source>
        <translation>平台报表 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import actuals…</source>
        <translation>导入实际投放数据…</translation>
    </message>
    <message>
        <source>Read ad reports from Qianchuan, Magnetic Engine, Wanxiangtai or JD (CSV or Excel)</source>
        <translation>读取巨量千川、磁力金牛、万相台或京准通的广告报表（CSV 或 Excel）</translation>
    </message>
    <message>
        <source>Accept calibration</source>
        <translation>采用校准结果</translation>
    </message>
    <message>
        <source>Replace the assumptions the reports speak to with their calibrated values and ranges (one edit: Undo restores)</source>
        <translation>用校准后的数值和区间替换报表涉及的假设（一次编辑：撤销即可恢复）</translation>
    </message>
    <message>
        <source>Re-forecast</source>
        <translation>重新预测</translation>
    </message>
    <message>
        <source>Add a scenario on the calibrated figures in which the money already spent is locked; the optimiser can move only the rest</source>
        <translation>基于校准数值新增一个方案，已花费的预算被锁定；优化器只能调配剩余部分</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) kept aside: link their campaign to a line below.</source>
        <translation>
            <numerusform>%n 行数据暂存未计入：请在下方将其所属广告计划关联到投放项。</numerusform>
        </translation>
    </message>
    <message>
        <source>No actual results yet. Import the platforms&apos; ad reports (File › Import actuals…) to compare spend with the plan and calibrate the assumptions.</source>
        <translation>尚无实际投放数据。导入各平台的广告报表（文件 › 导入实际投放数据…），即可将花费与计划对比并校准假设。</translation>
    </message>
    <message numerus="yes">
        <source>Reports to {0}: %n row(s). {1} of the assumptions they speak to are outside what the data allow.</source>
        <translation>
            <numerusform>报表截至 {0}：%n 行。其涉及的假设中有 {1} 项超出数据允许的范围。</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept calibrated assumptions</source>
        <translation>采用校准后的假设</translation>
    </message>
    <message>
        <source>Calibrated assumptions accepted: the estimate, the ranges and the sensitivity now use them (Undo restores)</source>
        <translation>已采用校准后的假设：估算、区间和敏感性分析均已使用（撤销即可恢复）</translation>
    </message>
    <message>
        <source>Cannot re-forecast: {0}</source>
        <translation>无法重新预测：{0}</translation>
    </message>
    <message>
        <source>Add scenario {0}</source>
        <translation>新增方案 {0}</translation>
    </message>
    <message>
        <source>Scenario {0} added: money already spent is locked; compare it on the Scenarios tab</source>
        <translation>已新增方案 {0}：已花费的预算被锁定；可在“方案”标签页中对比</translation>
    </message>
    <message>
        <source>Import platform reports</source>
        <translation>导入平台报表</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>导入实际投放数据</translation>
    </message>
    <message numerus="yes">
        <source>%n report row(s) imported</source>
        <translation>
            <numerusform>已导入 %n 行报表数据</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign &apos;{0}&apos; was taken to be the line &apos;{1}&apos;: check it</source>
        <translation>广告计划“{0}”被视为投放项“{1}”：请核对</translation>
    </message>
    <message>
        <source>Some campaigns need a look</source>
        <translation>部分广告计划需要核对</translation>
    </message>
    <message>
        <source>The other rows were imported. These campaigns were left out or matched by guess:</source>
        <translation>其他数据已导入。以下广告计划被暂存或按推测匹配：</translation>
    </message>
    <message>
        <source>Cannot import the reports</source>
        <translation>无法导入报表</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these and try again:</source>
        <translation>未导入任何数据。请修正以下问题后重试：</translation>
    </message>
</context>
<context>
    <name>Amounts</name>
    <message>
        <source>&apos;{0}&apos; is not an amount: write it like 1,234,567.89, 1.234.567,89, 1.2m or 30万</source>
        <translation>“{0}”不是金额：请写成 1,234,567.89、1.234.567,89、1.2m 或 30万 这样的形式</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is a date, not an amount</source>
        <translation>“{0}”是日期，不是金额</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is a percentage; an amount is expected here</source>
        <translation>“{0}”是百分比；此处需要金额</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is money; a number is expected here</source>
        <translation>“{0}”是金额；此处需要一个数字</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has a scale (k, m, 万); a plain number is expected here</source>
        <translation>“{0}”带有单位（k、m、万）；此处需要普通数字</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has too many digits to be a figure</source>
        <translation>“{0}”位数过多，不是有效数值</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a finite number</source>
        <translation>“{0}”不是有限数字</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; can be read two ways: write it without the separator, or with two decimals</source>
        <translation>“{0}”有两种读法：请去掉分隔符，或写两位小数</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is in {1}, but the plan has no {1} exchange rate: set it on the Market tab</source>
        <translation>“{0}”以 {1} 计价，但计划中没有 {1} 汇率：请在“市场”页设置</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is more than a plan can hold</source>
        <translation>“{0}”超出了计划可容纳的范围</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is negative</source>
        <translation>“{0}”是负数</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an amount</source>
        <translation>“{0}”不是金额</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is a spreadsheet error, not an amount</source>
        <translation>“{0}”是表格错误值，不是金额</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; names two currencies</source>
        <translation>“{0}”包含两种货币</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is outside {1} – {2}</source>
        <translation>“{0}”超出范围 {1} – {2}</translation>
    </message>
</context>
<context>
    <name>AssumptionsModel</name>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>投放方式</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>yours (was {0})</source>
        <translation>自填（原 {0}）</translation>
    </message>
    <message>
        <source>{0}. Added to this plan; not a shipped benchmark.</source>
        <translation>{0}。为本计划新增，不是内置基准值。</translation>
    </message>
    <message>
        <source>{0}. Changed in this plan; shipped default {1:g} ({2}, {3}).</source>
        <translation>{0}。已在本计划中修改；内置默认值为 {1:g}（{2}，{3}）。</translation>
    </message>
    <message>
        <source>Edit {0} of {1}</source>
        <translation>修改{1}的{0}</translation>
    </message>
</context>
<context>
    <name>AssumptionsTab</name>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Show the figures that apply to one channel</source>
        <translation>只显示适用于某个渠道的参数</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>投放方式</translation>
    </message>
    <message>
        <source>Show the figures that apply to one tactic</source>
        <translation>只显示适用于某种投放方式的参数</translation>
    </message>
    <message>
        <source>Search figures and sources…</source>
        <translation>搜索参数和来源…</translation>
    </message>
    <message>
        <source>Show the rows whose parameter, unit, grade or source contains these words</source>
        <translation>只显示参数、单位、等级或来源包含这些词的行</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
</context>
<context>
    <name>BudgetCostChart</name>
    <message>
        <source>Budget and cost by channel</source>
        <translation>各渠道预算与成本</translation>
    </message>
    <message>
        <source>Budget by tactic</source>
        <translation>按投放方式划分的预算</translation>
    </message>
    <message>
        <source>Total cost by kind</source>
        <translation>按类别划分的总成本</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒介投放</translation>
    </message>
    <message>
        <source>KOL fees</source>
        <translation>达人费用</translation>
    </message>
    <message>
        <source>KOL commission</source>
        <translation>达人佣金</translation>
    </message>
    <message>
        <source>Platform fees</source>
        <translation>平台扣点金额</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>履约费用</translation>
    </message>
    <message>
        <source>Channel fixed costs</source>
        <translation>渠道固定成本</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>代理服务费</translation>
    </message>
    <message>
        <source>Hover a bar for exact values. Deposits are refundable and not shown as cost.</source>
        <translation>将鼠标悬停在柱条上可查看精确数值。保证金可退还，不计入成本。</translation>
    </message>
</context>
<context>
    <name>CalibrationModel</name>
    <message>
        <source>Assumption</source>
        <translation>参数假设</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>投放计划</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>实际观测</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>校准值</translation>
    </message>
    <message>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Average order value (brand&apos;s own)</source>
        <translation>客单价（品牌自有）</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>The plan&apos;s value is outside the 80% interval the data allow</source>
        <translation>计划值超出数据允许的 80% 区间</translation>
    </message>
    <message>
        <source>The data cannot be explained by the assumed range: check the report, the line it was matched to, or the assumption</source>
        <translation>假设区间无法解释这些数据：请检查报表、其匹配的投放项或该假设</translation>
    </message>
    <message>
        <source>The plan&apos;s value is within the 80% interval the data allow</source>
        <translation>计划值在数据允许的 80% 区间内</translation>
    </message>
    <message>
        <source>Shown against the data; the brand&apos;s order value is not changed by accepting</source>
        <translation>仅与数据对比；采用校准结果不会改变品牌的客单价</translation>
    </message>
    <message>
        <source>Plan outside the data</source>
        <translation>计划超出数据范围</translation>
    </message>
    <message>
        <source>Data contradict the range</source>
        <translation>数据与区间矛盾</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>{0} impressions</source>
        <translation>{0} 次曝光</translation>
    </message>
    <message>
        <source>{0} clicks</source>
        <translation>{0} 次点击</translation>
    </message>
    <message>
        <source>{0} views</source>
        <translation>{0} 次观看</translation>
    </message>
    <message>
        <source>{0} spent</source>
        <translation>花费 {0}</translation>
    </message>
    <message>
        <source>{0} orders</source>
        <translation>{0} 笔订单</translation>
    </message>
    <message>
        <source>{0} of GMV</source>
        <translation>GMV {0}</translation>
    </message>
    <message>
        <source>{0} units</source>
        <translation>{0} 个单位</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of {0}, {1}</source>
        <translation>
            <numerusform>{0} %n 天，{1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CashFlowChart</name>
    <message>
        <source>Spend and cash out by month</source>
        <translation>按月支出与现金流出</translation>
    </message>
    <message>
        <source>Paid in the month</source>
        <translation>当月支出</translation>
    </message>
    <message>
        <source>Cash out to date</source>
        <translation>累计现金流出</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒介投放</translation>
    </message>
    <message>
        <source>KOL fees</source>
        <translation>达人费用</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>代理服务费</translation>
    </message>
    <message>
        <source>Annual fees, store set-up</source>
        <translation>年费与开店费用</translation>
    </message>
    <message>
        <source>Commissions, fees, fulfilment</source>
        <translation>佣金、平台扣点与履约</translation>
    </message>
    <message>
        <source>Deposits (refundable)</source>
        <translation>保证金总额（可退还）</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Show the months as a table (the chart&apos;s numbers, exactly)</source>
        <translation>以表格显示各月数据（即图表中的精确数值）</translation>
    </message>
    <message>
        <source>Fees and deposits fall when a channel&apos;s first line starts, commissions as sales come in. Deposits are refundable: cash out, not cost. Hover a month.</source>
        <translation>年费和保证金计入渠道首个投放项开始的月份，佣金随销售产生。保证金可退还：属于现金流出，不计入成本。将鼠标悬停在某月上查看详情。</translation>
    </message>
    <message>
        <source>Costs that follow sales (commissions, platform fees, fulfilment) are left out until the average order value and gross margin are set on the Market tab.</source>
        <translation>在“市场”页填写客单价和毛利率之前，随销售发生的费用（佣金、平台扣点、履约）未计入。</translation>
    </message>
    <message>
        <source>Deposits paid: {0}</source>
        <translation>已付保证金：{0}</translation>
    </message>
    <message>
        <source>Deposits refunded: {0}</source>
        <translation>已退保证金：{0}</translation>
    </message>
    <message>
        <source>Cash out: {0} (to date {1})</source>
        <translation>现金流出：{0}（累计 {1}）</translation>
    </message>
    <message>
        <source>GMV: {0}</source>
        <translation>GMV：{0}</translation>
    </message>
</context>
<context>
    <name>ChannelResultsModel</name>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Reach {0}+</source>
        <translation>{0}+ 触达</translation>
    </message>
    <message>
        <source>Total (deduplicated)</source>
        <translation>合计（去重）</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG file</source>
        <translation>将此图表保存为 PNG 或 SVG 文件</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>Festival</name>
    <message>
        <source>Chinese New Year</source>
        <translation>春节</translation>
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
        <translation>快手616</translation>
    </message>
    <message>
        <source>Douyin 818</source>
        <translation>抖音818</translation>
    </message>
    <message>
        <source>Double 11</source>
        <translation>双十一</translation>
    </message>
    <message>
        <source>12.12</source>
        <translation>双十二</translation>
    </message>
</context>
<context>
    <name>FestivalsModel</name>
    <message>
        <source>Festival</source>
        <translation>购物节</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>CPM ×</source>
        <translation>CPM ×</translation>
    </message>
    <message>
        <source>CPM range</source>
        <translation>CPM 系数范围</translation>
    </message>
    <message>
        <source>Conversion ×</source>
        <translation>转化率 ×</translation>
    </message>
    <message>
        <source>Conversion range</source>
        <translation>转化率系数范围</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>On a festival day, ads bought by CPM or CPC cost this many times their usual price</source>
        <translation>大促日按 CPM 或 CPC 购买的广告价格是平时的多少倍</translation>
    </message>
    <message>
        <source>On a festival day, every tactic converts at this many times its usual rate</source>
        <translation>大促日每种投放方式的转化率是平时的多少倍</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Edit {0} of {1} {2}</source>
        <translation>编辑 {1} {2} 的{0}</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n festival(s) to default</source>
        <translation>
            <numerusform>将 %n 个购物节恢复默认值</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlightingChart</name>
    <message>
        <source>Calendar: lines, festivals and reach week by week</source>
        <translation>排期：投放项、购物节与每周触达</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>触达人数</translation>
    </message>
    <message>
        <source>Lines from start to end (pale: no dates, so the whole period), festivals shaded; below, people reached so far, each counted once. Hover for a week&apos;s numbers.</source>
        <translation>投放项从开始到结束（浅色：未设日期，即整个周期），购物节以阴影标出；下方为截至当周的触达人数，每人只计一次。将鼠标悬停可查看每周数据。</translation>
    </message>
    <message>
        <source>{0} {1}: {2} – {3}</source>
        <translation>{0} {1}：{2} – {3}</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>购物节</translation>
    </message>
    <message>
        <source>Reach to date</source>
        <translation>累计触达</translation>
    </message>
    <message>
        <source>Reach {0}+ to date</source>
        <translation>累计 {0}+ 触达</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>no dates: the whole period</source>
        <translation>未设日期：整个周期</translation>
    </message>
    <message>
        <source>{0}, budget {1}</source>
        <translation>{0}，预算 {1}</translation>
    </message>
    <message>
        <source>This week: {0}</source>
        <translation>本周：{0}</translation>
    </message>
    <message>
        <source>Week of {0}</source>
        <translation>{0} 当周</translation>
    </message>
    <message>
        <source>Spend {0} · GMV {1}</source>
        <translation>支出 {0} · GMV {1}</translation>
    </message>
    <message>
        <source>Reach to date {0} ({1} of target), {2} new</source>
        <translation>累计触达 {0}（占目标人群 {1}），新增 {2}</translation>
    </message>
    <message>
        <source>Festivals: {0}</source>
        <translation>购物节：{0}</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>{0} pt</source>
        <comment>percentage points</comment>
        <translation>{0}个百分点</translation>
    </message>
</context>
<context>
    <name>FrontierPlot</name>
    <message>
        <source>Total budget</source>
        <translation>总预算</translation>
    </message>
    <message>
        <source>Best plan at each budget</source>
        <translation>各预算下的最优计划</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>您的计划</translation>
    </message>
    <message>
        <source>Optimised</source>
        <translation>优化后</translation>
    </message>
    <message>
        <source>The total budget: drag it sideways</source>
        <translation>总预算：左右拖动</translation>
    </message>
    <message>
        <source>{0}: best {1}</source>
        <translation>{0}：最优 {1}</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Sales funnel</source>
        <translation>销售转化漏斗</translation>
    </message>
    <message>
        <source>The whole plan or one channel</source>
        <translation>整个计划或单个渠道</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>曝光量</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单量</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Clicks / views</source>
        <translation>点击 / 观看</translation>
    </message>
    <message>
        <source>Bar lengths are on a log scale. Ads: clicks × CVR = orders; livestreams and videos: viewers × CVR. GMV = orders × average order value.</source>
        <translation>柱条长度为对数刻度。广告：点击量 × 转化率 = 订单量；直播和视频：观看人数 × 转化率。GMV = 订单量 × 客单价。</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>{0} impressions</source>
        <translation>{0} 次曝光</translation>
    </message>
    <message>
        <source>{0} clicks and views · {1} of impressions</source>
        <translation>{0} 次点击和观看 · 占曝光 {1}</translation>
    </message>
    <message>
        <source>{0} orders · {1} of clicks and views</source>
        <translation>{0} 个订单 · 占点击和观看 {1}</translation>
    </message>
    <message>
        <source>{0} GMV · {1} per order</source>
        <translation>GMV {0} · 客单价 {1}</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
</context>
<context>
    <name>HeadlineStrip</name>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>What the plan pays up front: media, KOL fees, livestream hours</source>
        <translation>计划的前期投入：媒介投放、达人费用、直播时长费用</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>触达人数</translation>
    </message>
    <message>
        <source>Different people of the target group reached at least once, deduplicated across lines and channels</source>
        <translation>至少被触达一次的目标人群人数，已在各投放项和渠道之间去重</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Average exposures per person reached</source>
        <translation>每位被触达者的平均曝光次数</translation>
    </message>
    <message>
        <source>Effective reach</source>
        <translation>有效触达</translation>
    </message>
    <message>
        <source>People reached at least the effective frequency</source>
        <translation>达到有效频次的触达人数</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总成本</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Gross merchandise value of the orders, before returns</source>
        <translation>订单的商品交易总额（退货前）</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>投产比（ROAS）</translation>
    </message>
    <message>
        <source>Budget + agency fee + channel fixed costs + KOL commissions + platform fees + fulfilment + returns handling</source>
        <translation>预算 + 代理服务费 + 渠道固定成本 + 达人佣金 + 平台扣点 + 履约费用 + 退货处理</translation>
    </message>
    <message>
        <source>GMV ÷ budget: what Chinese platforms call ROI (投产比)</source>
        <translation>GMV ÷ 预算：即国内平台所说的 ROI（投产比）</translation>
    </message>
    <message>
        <source>Profit ROI</source>
        <translation>利润口径 ROI</translation>
    </message>
    <message>
        <source>(Contribution − marketing cost) ÷ marketing cost: what the plan earns after paying for itself</source>
        <translation>（边际贡献 − 营销成本）÷ 营销成本：计划收回自身成本后的盈利</translation>
    </message>
    <message>
        <source>P10–P90 unavailable</source>
        <translation>P10–P90 不可用</translation>
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
        <translation>无法计算区间：{0}</translation>
    </message>
    <message>
        <source>8 in 10 simulated outcomes fall in this range: every assumption drawn from its low–high range, many times. Worked out a moment after each edit; grey while it is.</source>
        <translation>10 次模拟结果中有 8 次落在此区间：每个参数假设在其上下限之间反复抽样。每次修改后稍等片刻即会重新计算，计算期间显示为灰色。</translation>
    </message>
    <message>
        <source>The plan cannot be estimated</source>
        <translation>无法测算该计划</translation>
    </message>
    <message>
        <source>Effective reach {0}+</source>
        <translation>有效触达 {0}+</translation>
    </message>
    <message>
        <source>{0} of target</source>
        <translation>占目标人群 {0}</translation>
    </message>
    <message>
        <source>+ {0} deposits</source>
        <translation>另有保证金 {0}</translation>
    </message>
    <message>
        <source>contribution {0}</source>
        <translation>边际贡献 {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 个投放项</numerusform>
        </translation>
    </message>
    <message>
        <source>needs AOV and margin</source>
        <translation>需填客单价和毛利率</translation>
    </message>
</context>
<context>
    <name>ImportLinesQuestion</name>
    <message>
        <source>Import lines</source>
        <translation>导入投放项</translation>
    </message>
    <message numerus="yes">
        <source>The sheet has %n line(s).</source>
        <translation>
            <numerusform>该表有 %n 个投放项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add them after the plan&apos;s %n line(s), or replace those?</source>
        <translation>
            <numerusform>添加到计划现有的 %n 个投放项之后，还是替换它们？</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
</context>
<context>
    <name>LimitsDelegate</name>
    <message>
        <source>no maximum</source>
        <translation>无上限</translation>
    </message>
</context>
<context>
    <name>LineChoice</name>
    <message>
        <source>(line {0})</source>
        <translation>（投放项 {0}）</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <source>Campaign</source>
        <translation>广告计划</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>投放项</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>— not linked: rows kept aside —</source>
        <translation>— 未关联：数据暂存 —</translation>
    </message>
    <message>
        <source>Double-click to choose the plan line this campaign&apos;s rows belong to</source>
        <translation>双击选择该广告计划的数据所属的投放项</translation>
    </message>
    <message>
        <source>Link campaign {0} to {1}</source>
        <translation>将广告计划 {0} 关联到 {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Plan</source>
        <translation>投放计划</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>参数假设</translation>
    </message>
    <message>
        <source>Festivals</source>
        <translation>购物节</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>实际数据</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>触达曲线</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>转化漏斗</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>排期</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Cash flow</source>
        <translation>现金流</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>消耗进度</translation>
    </message>
    <message>
        <source>Chart saved to {0}</source>
        <translation>图表已保存到 {0}</translation>
    </message>
    <message>
        <source>Welcome. This is a sample plan: double-click a budget to change it, drag a point on the reach curves, and watch reach, cost and sales move. Ctrl+Z undoes. File › New starts your own; every assumption&apos;s source is on the Assumptions tab.</source>
        <translation>欢迎使用。这是一个示例计划：双击预算即可修改，拖动触达曲线上的点，触达、成本和销售会随之变化。按 Ctrl+Z 撤销。通过“文件 › 新建”创建您自己的计划；每项假设的来源都在“参数假设”标签页中。</translation>
    </message>
    <message>
        <source>Do not show this again</source>
        <translation>不再显示</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Market Entry Planner hit an error it did not expect:
{0}: {1}

Your plan was saved to
{2}
and a report for the developers to
{3}

You can go on working; saving now under a new name is a good idea.</source>
        <translation>Market Entry Planner 遇到了意外错误：
{0}: {1}

您的计划已保存到
{2}
供开发人员分析的报告已保存到
{3}

您可以继续工作；建议现在以新文件名另存一份。</translation>
    </message>
    <message>
        <source> (from {0})</source>
        <translation> (来自 {0})</translation>
    </message>
    <message>
        <source>Market Entry Planner did not close normally last time. A plan with unsaved changes was autosaved at {0}{1}.

Recover it?</source>
        <translation>Market Entry Planner 上次未正常关闭。一个含未保存修改的计划已于 {0} 自动保存{1}。

是否恢复？</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>{0}[*] — Market Entry Planner</source>
        <translation>{0}[*] — Market Entry Planner</translation>
    </message>
    <message>
        <source>⚠ Cannot estimate: {0}</source>
        <translation>⚠ 无法测算：{0}</translation>
    </message>
    <message>
        <source>Reach is estimated; set the average order value and gross margin on the Market tab to see sales and profit</source>
        <translation>已估算触达；在“市场”页填写客单价和毛利率即可看到销售额和利润</translation>
    </message>
    <message>
        <source>Optimised budgets applied (Undo restores)</source>
        <translation>已应用优化后的预算（撤销可恢复）</translation>
    </message>
    <message>
        <source>The optimised plan is a new scenario: compare it on the Scenarios tab</source>
        <translation>优化后的计划已成为新方案：可在“方案”页对比</translation>
    </message>
    <message>
        <source>Fix the plan&apos;s problems first: it cannot be estimated</source>
        <translation>请先修正计划中的问题：目前无法估算</translation>
    </message>
    <message>
        <source>Show scenario {0}</source>
        <translation>显示方案 {0}</translation>
    </message>
    <message>
        <source>Nothing to reset: the selection is at its defaults, or was added to this plan</source>
        <translation>无需恢复：所选项已是默认值，或是本计划中新增的参数</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n assumption(s) to default</source>
        <translation>
            <numerusform>将 %n 项参数假设恢复为默认值</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketNeedsDialog</name>
    <message>
        <source>Your brand&apos;s figures</source>
        <translation>您的品牌数据</translation>
    </message>
    <message>
        <source>Target group size (people)</source>
        <translation>目标人群规模（人）</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Women&apos;s apparel</source>
        <translation>女装</translation>
    </message>
    <message>
        <source>Beauty and personal care</source>
        <translation>美妆个护</translation>
    </message>
    <message>
        <source>Food and wine</source>
        <translation>食品酒水</translation>
    </message>
    <message>
        <source>Luxury leather goods</source>
        <translation>奢侈品皮具</translation>
    </message>
    <message>
        <source>Home and design</source>
        <translation>家居设计</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>women 25–40 in tier-1 and tier-2 cities</source>
        <translation>一二线城市 25–40 岁女性</translation>
    </message>
    <message>
        <source>women 18–35 in tier-1 to tier-3 cities</source>
        <translation>一至三线城市 18–35 岁女性</translation>
    </message>
    <message>
        <source>adults 25–45 in tier-1 and tier-2 cities</source>
        <translation>一二线城市 25–45 岁成年人</translation>
    </message>
    <message>
        <source>affluent adults 25–45 in tier-1 cities</source>
        <translation>一线城市 25–45 岁高收入人群</translation>
    </message>
    <message>
        <source>homeowners 28–45 in tier-1 and tier-2 cities</source>
        <translation>一二线城市 28–45 岁有房人群</translation>
    </message>
    <message>
        <source>adults 20–45 in tier-1 and tier-2 cities</source>
        <translation>一二线城市 20–45 岁成年人</translation>
    </message>
    <message>
        <source>target group size</source>
        <translation>目标人群规模</translation>
    </message>
    <message>
        <source>average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0}和{1}</translation>
    </message>
    <message>
        <source>{0}, {1} and {2}</source>
        <translation>{0}、{1}和{2}</translation>
    </message>
    <message>
        <source>{0} does not give the brand&apos;s {1}. Reach can be estimated without them; GMV, ROAS and ROI cannot. The figures below are the defaults of a product category, assumed rather than sourced: replace them with your own.</source>
        <translation>{0} 没有提供品牌的{1}。没有这些数据也能估算触达人数，但无法估算 GMV、投产比（ROAS）和利润口径 ROI。下面的数值是某个品类的默认值，属于假设而非有来源的数据：请替换为您自己的数据。</translation>
    </message>
    <message>
        <source>The sheet</source>
        <translation>该表</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>产品品类</translation>
    </message>
    <message>
        <source>category default</source>
        <translation>品类默认值</translation>
    </message>
    <message>
        <source>An assumed starting figure for the category, not your brand&apos;s: replace it</source>
        <translation>这是该品类的假设起始值，不是您品牌的数据：请替换</translation>
    </message>
    <message>
        <source>Use these figures</source>
        <translation>使用这些数值</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>The default target group size is for {0}.</source>
        <translation>默认目标人群规模对应：{0}。</translation>
    </message>
</context>
<context>
    <name>MarketPanel</name>
    <message>
        <source>Plan and brand</source>
        <translation>计划与品牌</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>计划名称</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Target population</source>
        <translation>目标人群规模</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>代理服务费</translation>
    </message>
    <message>
        <source>Effective frequency</source>
        <translation>有效频次</translation>
    </message>
    <message>
        <source>What the brand sells: sets the order value at which conversion rates hold, how conversion falls with price, and the return rates (Assumptions tab)</source>
        <translation>品牌所售品类：决定转化率对应的参考客单价、转化率随价格下降的程度以及退货率（见“假设”页）</translation>
    </message>
    <message>
        <source>People in the target group</source>
        <translation>目标人群的人数</translation>
    </message>
    <message>
        <source>The brand&apos;s own average order value, in CNY: required, no default</source>
        <translation>品牌自己的客单价（人民币）：必填，无默认值</translation>
    </message>
    <message>
        <source>The brand&apos;s own gross margin: required, no default</source>
        <translation>品牌自己的毛利率：必填，无默认值</translation>
    </message>
    <message>
        <source>Exposures that count as effective (3+ by convention)</source>
        <translation>计为有效的曝光次数（惯例为 3 次及以上）</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Set them…</source>
        <translation>去设置…</translation>
    </message>
    <message>
        <source>Money is planned in CNY; this only changes how it is shown</source>
        <translation>计划以人民币编制；此处只改变金额的显示货币</translation>
    </message>
    <message>
        <source>Show money in</source>
        <translation>金额显示为</translation>
    </message>
    <message>
        <source>CNY per 1 {0}</source>
        <translation>1 {0} 折合人民币金额</translation>
    </message>
    <message>
        <source>1 {0} =</source>
        <translation>1 {0} =</translation>
    </message>
    <message>
        <source>Channel penetration (share of the target group using each)</source>
        <translation>渠道渗透率（目标人群中使用各渠道的比例）</translation>
    </message>
    <message>
        <source>Penetration is an assumption row (Channel, All, penetration): its source and grade are on the Assumptions tab.</source>
        <translation>渗透率是参数假设中的一行（渠道：全部，参数：渗透率）：其来源和可信度见“参数假设”标签页。</translation>
    </message>
    <message>
        <source>Set the brand&apos;s figures</source>
        <translation>设置品牌数据</translation>
    </message>
    <message>
        <source>target group size</source>
        <translation>目标人群规模</translation>
    </message>
    <message>
        <source>average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0}和{1}</translation>
    </message>
    <message>
        <source>{0}, {1} and {2}</source>
        <translation>{0}、{1}和{2}</translation>
    </message>
    <message>
        <source>Missing: {0}. GMV, ROAS and ROI are shown once they are set.</source>
        <translation>缺少：{0}。设置后才会显示 GMV、投产比（ROAS）和利润口径 ROI。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>{0} people; {1} ({2}): {3}</source>
        <translation>{0} 人；{1}（{2}）：{3}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>修改{0}</translation>
    </message>
    <message>
        <source>Edit exchange rate {0}</source>
        <translation>修改 {0} 汇率</translation>
    </message>
    <message>
        <source>Edit penetration of {0}</source>
        <translation>修改{0}渗透率</translation>
    </message>
</context>
<context>
    <name>MonthsChart</name>
    <message>
        <source>As planned</source>
        <translation>原计划</translation>
    </message>
    <message>
        <source>Optimised, dates as they are</source>
        <translation>优化（日期不变）</translation>
    </message>
    <message>
        <source>Retimed</source>
        <translation>重新排期</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
</context>
<context>
    <name>MonthsModel</name>
    <message>
        <source>Media</source>
        <translation>媒介投放</translation>
    </message>
    <message>
        <source>KOL fees</source>
        <translation>达人费用</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>代理服务费</translation>
    </message>
    <message>
        <source>Annual fees</source>
        <translation>年费</translation>
    </message>
    <message>
        <source>Store set-up</source>
        <translation>开店费用</translation>
    </message>
    <message>
        <source>KOL commission</source>
        <translation>达人佣金</translation>
    </message>
    <message>
        <source>Platform fees</source>
        <translation>平台扣点金额</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>履约费用</translation>
    </message>
    <message>
        <source>Returns handling</source>
        <translation>退货处理</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总成本</translation>
    </message>
    <message>
        <source>Deposits paid</source>
        <translation>已付保证金</translation>
    </message>
    <message>
        <source>Deposits refunded</source>
        <translation>已退保证金</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>现金流出</translation>
    </message>
    <message>
        <source>Cash out to date</source>
        <translation>累计现金流出</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>A share of the budget, in the month that budget is spent</source>
        <translation>按预算的一定比例收取，计入该预算支出的月份</translation>
    </message>
    <message>
        <source>A channel&apos;s annual fee, in the month its first line starts</source>
        <translation>渠道年费，计入其首个投放项开始的月份</translation>
    </message>
    <message>
        <source>A channel&apos;s store set-up, in the month its first line starts</source>
        <translation>渠道开店费用，计入其首个投放项开始的月份</translation>
    </message>
    <message>
        <source>Everything the plan costs in the month; deposits are refundable and not a cost</source>
        <translation>该月计划的全部成本；保证金可退还，不计入成本</translation>
    </message>
    <message>
        <source>Refundable deposits, paid in the month a channel&apos;s first line starts</source>
        <translation>可退还的保证金，于渠道首个投放项开始的月份支付</translation>
    </message>
    <message>
        <source>Deposits come back only when the brand leaves the platform</source>
        <translation>品牌退出平台时才会退还保证金</translation>
    </message>
    <message>
        <source>Cost plus deposits paid, less deposits refunded</source>
        <translation>成本加已付保证金，减已退保证金</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>OptimiseDialog</name>
    <message>
        <source>Optimise the budget — {0}</source>
        <translation>优化预算 — {0}</translation>
    </message>
    <message>
        <source>Deduplicated reach</source>
        <translation>去重触达人数</translation>
    </message>
    <message>
        <source>Effective reach {0}+</source>
        <translation>有效触达 {0}+</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Profit (contribution − marketing cost)</source>
        <translation>利润（边际贡献 − 营销成本）</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>恰好</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>Spend only where it pays: money that would lower the objective stays unspent</source>
        <translation>只在划算处花钱：会降低目标的钱不花</translation>
    </message>
    <message>
        <source>Maximise</source>
        <translation>最大化</translation>
    </message>
    <message>
        <source>spending</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>The least the optimised plan spends on {0} (any: no minimum)</source>
        <translation>优化后计划在{0}上的最低花费（不限：无下限）</translation>
    </message>
    <message>
        <source>&lt;b&gt;What each total budget can buy at best&lt;/b&gt;</source>
        <translation>&lt;b&gt;每个总预算最多能买到什么&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Apply to &apos;{0}&apos;</source>
        <translation>应用到“{0}”</translation>
    </message>
    <message>
        <source>Set these budgets (and limits) in the scenario shown: one edit, Undo restores</source>
        <translation>在当前方案中设置这些预算（及限制）：一次编辑，可撤销</translation>
    </message>
    <message>
        <source>Keep as a new scenario…</source>
        <translation>另存为新方案…</translation>
    </message>
    <message>
        <source>Add the optimised plan as a scenario beside yours, to compare</source>
        <translation>将优化后的计划作为新方案加在您的方案旁，便于对比</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Tick Lock to keep a line&apos;s budget; double-click Min or Max to bound it. KOL sessions and videos move in whole units. Drag the red line on the chart to try another total.</source>
        <translation>勾选“锁定”可保持某条投放项的预算；双击“最低”或“最高”可设定范围。达人直播场次和视频按整数单位调整。拖动图上的红线可尝试其他总额。</translation>
    </message>
    <message>
        <source>at the central figures (P50)</source>
        <translation>按中值（P50）</translation>
    </message>
    <message>
        <source>cautiously (the highest P10)</source>
        <translation>稳健（P10 最高）</translation>
    </message>
    <message>
        <source>Central: the best plan at the assumptions&apos; central figures. Cautious: among plans that are best when the assumptions turn out badly, the one whose P10 over the Monte Carlo draws is highest; both plans&apos; P10–P90 are shown, so the price of caution is visible</source>
        <translation>中值：按假设的中间值得到的最佳计划。稳健：在假设不利时表现最佳的计划中，选择蒙特卡洛抽样 P10 最高的一个；同时显示两个计划的 P10–P90，稳健的代价一目了然</translation>
    </message>
    <message>
        <source>What does it take?</source>
        <translation>需要多少预算？</translation>
    </message>
    <message>
        <source>Find the least total budget that reaches a target, with every limit below; for ROAS and ROI, the most you can spend and still hold it</source>
        <translation>在下方所有限制下，找出达成目标所需的最少总预算；对投产比（ROAS）和利润口径 ROI，则是仍能守住该水平的最多投入</translation>
    </message>
    <message>
        <source>Reach, % of the target group</source>
        <translation>触达，占目标人群 %</translation>
    </message>
    <message>
        <source>Effective reach {0}+, % of the target group</source>
        <translation>有效触达 {0}+，占目标人群 %</translation>
    </message>
    <message>
        <source>ROAS (GMV ÷ budget)</source>
        <translation>投产比（ROAS）：GMV ÷ 预算</translation>
    </message>
    <message>
        <source>Profit ROI, %</source>
        <translation>利润口径 ROI，%</translation>
    </message>
    <message>
        <source>of</source>
        <translation>达到</translation>
    </message>
    <message>
        <source>Round budgets to</source>
        <translation>预算取整到</translation>
    </message>
    <message>
        <source>the fen</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Every line that takes any amount gets a multiple of this; the total and every limit still hold (KOL sessions and videos stay in whole units)</source>
        <translation>可任意金额投放的投放项取该金额的整数倍；总额和所有限制仍然满足（达人直播场次和视频仍按整数计）</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>至多</translation>
    </message>
    <message>
        <source>Share from</source>
        <translation>占比从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>The most the optimised plan spends on {0}</source>
        <translation>优化计划在{0}上的最多投入</translation>
    </message>
    <message>
        <source>{0}&apos;s least share of the money spent</source>
        <translation>{0}占总投入的最低比例</translation>
    </message>
    <message>
        <source>{0}&apos;s largest share of the money spent</source>
        <translation>{0}占总投入的最高比例</translation>
    </message>
    <message>
        <source>Keep at least</source>
        <translation>至少保持</translation>
    </message>
    <message>
        <source>Profit ROI</source>
        <translation>利润口径 ROI</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>投产比（ROAS）</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spend per month&lt;/b&gt;</source>
        <translation>&lt;b&gt;每月花费&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The optimiser failed: {0}</source>
        <translation>优化器出错：{0}</translation>
    </message>
    <message>
        <source>Looking for the plan with the highest P10 over the Monte Carlo draws…</source>
        <translation>正在寻找蒙特卡洛抽样中 P10 最高的计划…</translation>
    </message>
    <message>
        <source>Optimising within the floors and shares…</source>
        <translation>正在按下限和占比优化…</translation>
    </message>
    <message>
        <source>Frequency caps and the months cannot be chosen together yet: clear the Max freq. column or untick the months.</source>
        <translation>频次上限暂不能与选择月份同时使用：请清空“最高频次”列或取消选择月份。</translation>
    </message>
    <message>
        <source>“What does it take?” and the months cannot be chosen together yet: untick one of them.</source>
        <translation>“需要多少预算？”暂不能与选择月份同时使用：请取消其中一项。</translation>
    </message>
    <message>
        <source>The cautious P10 and the months cannot be chosen together yet: choose the central figures.</source>
        <translation>稳健 P10 暂不能与选择月份同时使用：请选择中值。</translation>
    </message>
    <message>
        <source>Choosing the months…</source>
        <translation>正在选择月份…</translation>
    </message>
    <message>
        <source>best timing found (not proven)</source>
        <translation>找到的最佳排期（未经证明）</translation>
    </message>
    <message>
        <source>proven best timing</source>
        <translation>已证明的最佳排期</translation>
    </message>
    <message>
        <source>within {0} of the best timing</source>
        <translation>与最佳排期相差不超过 {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} as planned → {2} optimised with the dates as they are → &lt;b&gt;{3}&lt;/b&gt; with the months chosen · {4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;：原计划 {1} → 日期不变优化后 {2} → 选择月份后 &lt;b&gt;{3}&lt;/b&gt; · {4}</translation>
    </message>
    <message>
        <source>No line can move between months: it takes dated lines, not locked, bought by the yuan and running over two months or more.</source>
        <translation>没有可在月份间移动的投放项：需要有日期、未锁定、按金额购买且持续两个月或以上的投放项。</translation>
    </message>
    <message>
        <source>Apply splits the lines that move into {0} lines, one per month with money.</source>
        <translation>应用后，移动的投放项将拆分为 {0} 个投放项，每个有预算的月份一个。</translation>
    </message>
    <message>
        <source>Working out what it takes…</source>
        <translation>正在计算所需预算…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; of {1} is out of reach at any budget with these lines and limits: at best {2}.</source>
        <translation>在这些投放项和限制下，任何预算都无法使&lt;b&gt;{0}&lt;/b&gt;达到 {1}：最多 {2}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; stays at {1} or more up to &lt;b&gt;{2}&lt;/b&gt; ({3} there); a little more and no plan holds it.</source>
        <translation>预算不超过 &lt;b&gt;{2}&lt;/b&gt; 时，&lt;b&gt;{0}&lt;/b&gt;可保持在 {1} 或以上（此时为 {3}）；再多一点就没有计划能守住。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; of {1} takes at least &lt;b&gt;{2}&lt;/b&gt; ({3} at that budget).</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;达到 {1} 至少需要 &lt;b&gt;{2}&lt;/b&gt;（该预算下为 {3}）。</translation>
    </message>
    <message>
        <source>proven best</source>
        <translation>已证明最优</translation>
    </message>
    <message>
        <source>within {0} of the best possible</source>
        <translation>与理论最优相差不超过 {0}</translation>
    </message>
    <message>
        <source>best found (not proven: effective reach is not concave)</source>
        <translation>找到的最优解（未经证明：有效触达不是凹函数）</translation>
    </message>
    <message>
        <source>budget {0} → {1}</source>
        <translation>预算 {0} → {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} → &lt;b&gt;{2}&lt;/b&gt;{3} · {4} · {5}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;：{1} → &lt;b&gt;{2}&lt;/b&gt;{3} · {4} · {5}</translation>
    </message>
    <message>
        <source>Held at: {0}.</source>
        <translation>起约束作用的限制：{0}。</translation>
    </message>
    <message>
        <source>The plan as it stands is already the best found: nothing to change.</source>
        <translation>当前计划已是找到的最优计划：无需更改。</translation>
    </message>
    <message>
        <source>{0} left unspent: on these lines it would cost more than it brings back (or they are at their maximums).</source>
        <translation>{0} 未花出：在这些投放项上花费会多于回报（或已达上限）。</translation>
    </message>
    <message>
        <source>{0} cannot be spent in whole units within the lines&apos; maximums.</source>
        <translation>{0} 无法在各投放项上限内以整数单位花出。</translation>
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
        <translation>{0} 次蒙特卡洛抽样，P10 · P50 · P90 — 中值计划：{1}；稳健计划：&lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (the same plan: none of {0} candidates had a higher P10)</source>
        <translation> （同一计划：{0} 个候选中没有 P10 更高的）</translation>
    </message>
    <message>
        <source>{0} ≥ {1} of the budget</source>
        <translation>{0} ≥ 预算的 {1}</translation>
    </message>
    <message>
        <source>{0} ≤ {1} of the budget</source>
        <translation>{0} ≤ 预算的 {1}</translation>
    </message>
    <message>
        <source>{0} floor</source>
        <translation>{0}下限</translation>
    </message>
    <message>
        <source>No frontier with KPI floors: each of its points would take seconds. Untick the floors to see it.</source>
        <translation>设置 KPI 下限时不显示前沿曲线：每个点都需要数秒。取消下限即可查看。</translation>
    </message>
    <message>
        <source>Working out the frontier…</source>
        <translation>正在计算有效前沿…</translation>
    </message>
    <message>
        <source>{0} budget levels; each point is the best plan for that total within your limits.</source>
        <translation>{0} 个预算档位；每个点都是该总额在您的限制内的最优计划。</translation>
    </message>
    <message>
        <source>No frontier for these limits: {0}</source>
        <translation>在这些限制下无法计算有效前沿：{0}</translation>
    </message>
    <message>
        <source>Optimise for {0}</source>
        <translation>按{0}优化</translation>
    </message>
    <message>
        <source>Keep as a new scenario</source>
        <translation>另存为新方案</translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation>方案名称：</translation>
    </message>
    <message>
        <source>{0} — best {1}</source>
        <translation>{0} — 最优{1}</translation>
    </message>
    <message>
        <source>New scenario {0}</source>
        <translation>新建方案 {0}</translation>
    </message>
</context>
<context>
    <name>OptimiseLinesModel</name>
    <message>
        <source>Line</source>
        <translation>投放项</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Max freq.</source>
        <translation>最高频次</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Optimised</source>
        <translation>优化后</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Next ¥10k adds</source>
        <translation>再投 ¥1万 可增加</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>at minimum</source>
        <translation>已达下限</translation>
    </message>
    <message>
        <source>at maximum</source>
        <translation>已达上限</translation>
    </message>
    <message>
        <source>Next ¥10k adds
(at {0})</source>
        <translation>再投 ¥1万 可增加
（在 {0} 时）</translation>
    </message>
    <message>
        <source>A frequency cap: at most this many exposures on average per person the line reaches (its frequency in the estimate). Double-click to set it, e.g. 3; empty: no cap. Feed ads, videos and livestreams only: search ads answer searches</source>
        <translation>频次上限：该投放项触达的每人平均最多曝光次数（即估算中的频次）。双击设置，例如 3；留空：无上限。仅适用于信息流广告、视频和直播：搜索广告是响应搜索的</translation>
    </message>
    <message>
        <source>What ¥10,000 more on this line alone adds to the objective, measured at the optimised plan (its total in brackets), with every constraint as set: where the next yuan works hardest</source>
        <translation>仅在该投放项上再投 ¥10,000 对目标的增量，按优化计划（括号内为其总额）并在当前所有限制下计算：下一元钱在哪里最有效</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>at frequency cap</source>
        <translation>达到频次上限</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a frequency: type a number above 1, e.g. 3.</source>
        <translation>&apos;{0}&apos; 不是频次：请输入大于 1 的数字，例如 3。</translation>
    </message>
    <message>
        <source>A frequency cap must be above 1: everyone reached sees the ads at least once.</source>
        <translation>频次上限必须大于 1：每个触达的人至少看到一次广告。</translation>
    </message>
</context>
<context>
    <name>PacingChart</name>
    <message>
        <source>Pacing: spend to date against the plan</source>
        <translation>消耗进度：至今花费与计划对比</translation>
    </message>
    <message>
        <source>All channels, or one</source>
        <translation>全部渠道，或单个渠道</translation>
    </message>
    <message>
        <source>The lines the reports cover: the plan spends each one&apos;s budget evenly over its days; the red line is what the reports say was spent. File › Import actuals… adds reports.</source>
        <translation>报表涵盖的投放项：计划将每个投放项的预算平均分配到其投放天数；红线为报表显示的实际花费。文件 › 导入实际投放数据… 可添加报表。</translation>
    </message>
    <message>
        <source>Spend to date</source>
        <translation>至今花费</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
</context>
<context>
    <name>PacingModel</name>
    <message>
        <source>Line</source>
        <translation>投放项</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Planned to date</source>
        <translation>至今计划花费</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已花费</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>曝光量</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>点击量</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单量</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>no report</source>
        <translation>无报表</translation>
    </message>
    <message>
        <source>Spent {0} of the {1} planned to the last reported day ({2} days reported)</source>
        <translation>截至报表最后一天，计划 {1}，已花费 {0}（报表覆盖 {2} 天）</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Untitled plan</source>
        <translation>未命名计划</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to {0} before closing it?</source>
        <translation>关闭前是否保存对 {0} 的修改？</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>未命名计划</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基础方案</translation>
    </message>
    <message>
        <source>New plan: add lines, then set the average order value and gross margin on the Market tab.</source>
        <translation>新计划：请先添加投放项，再在“市场”标签页中设置客单价和毛利率。</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <source>Import plan lines from a sheet</source>
        <translation>从表格导入计划投放项</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cannot read {0}</source>
        <translation>无法读取 {0}</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix these in the workbook and try again:</source>
        <translation>未做任何更改。请在工作簿中修正以下问题后重试：</translation>
    </message>
    <message>
        <source>Import lines from {0}</source>
        <translation>从 {0} 导入投放项</translation>
    </message>
    <message>
        <source>Read {0}: {1} lines in {2:.1f} s</source>
        <translation>已读取 {0}：{1} 个投放项，用时 {2:.1f} 秒</translation>
    </message>
    <message>
        <source> — a hand-made sheet: Save will ask where, so it is never overwritten</source>
        <translation> — 手工制作的表格：保存时会询问保存位置，原文件不会被覆盖</translation>
    </message>
    <message numerus="yes">
        <source> (%n warning(s))</source>
        <translation>
            <numerusform> (%n 条提示)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} was read. Please check:</source>
        <translation>已读取 {0}。请检查：</translation>
    </message>
    <message>
        <source>Read with notes</source>
        <translation>已读取（附说明）</translation>
    </message>
    <message>
        <source>Save the plan as</source>
        <translation>计划另存为</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>导出副本</translation>
    </message>
    <message>
        <source>Still writing the last file: try again in a moment</source>
        <translation>仍在写入上一个文件，请稍后再试</translation>
    </message>
    <message>
        <source>Saving {0}…</source>
        <translation>正在保存 {0}…</translation>
    </message>
    <message>
        <source>Exporting a copy to {0}…</source>
        <translation>正在导出副本到 {0}…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>Exported a copy to {0}</source>
        <translation>已将副本导出到 {0}</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>无法保存 {0}：{1}</translation>
    </message>
    <message>
        <source>Your plan is unchanged and still open: save it under another name or in another folder.</source>
        <translation>您的计划没有丢失，仍然打开着：请换一个文件名或换一个文件夹保存。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk or folder is read-only</source>
        <translation>磁盘或文件夹为只读</translation>
    </message>
    <message>
        <source>there is a folder of that name</source>
        <translation>已有同名文件夹</translation>
    </message>
    <message>
        <source>the folder {0} does not exist (a disconnected drive?)</source>
        <translation>文件夹 {0} 不存在（驱动器已断开？）</translation>
    </message>
    <message>
        <source>the file is read-only or open in another program (Excel locks the workbooks it has open), or you may not write in that folder</source>
        <translation>文件为只读或已在其他程序中打开（Excel 会锁定其打开的工作簿），或您无权写入该文件夹</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>{0} is no longer there</source>
        <translation>{0} 已不存在</translation>
    </message>
    <message>
        <source>Autosave failed: {0}</source>
        <translation>自动保存失败：{0}</translation>
    </message>
    <message>
        <source>Recovered the plan autosaved at {0}{1}</source>
        <translation>已恢复于 {0} 自动保存的计划{1}</translation>
    </message>
    <message>
        <source> (from {0})</source>
        <translation> (来自 {0})</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the lines of one channel</source>
        <translation>只显示某个渠道的投放项</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加投放项</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n line(s)</source>
        <translation>
            <numerusform>复制 %n 个投放项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n line(s)</source>
        <translation>
            <numerusform>删除 %n 个投放项</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>删除投放项</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>The platform the line runs on</source>
        <translation>该投放项所在的平台</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>投放方式</translation>
    </message>
    <message>
        <source>How the line is bought</source>
        <translation>该投放项的购买方式</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>投放项</translation>
    </message>
    <message>
        <source>Your name for the line</source>
        <translation>您为该投放项起的名称</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>What the line pays up front: media, KOL fees or livestream hours</source>
        <translation>该投放项的前期投入：媒介投放、达人费用或直播时长费用</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>触达人数</translation>
    </message>
    <message>
        <source>% target</source>
        <translation>触达率</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Reach {0}+</source>
        <translation>{0}+ 触达</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总成本</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>投产比（ROAS）</translation>
    </message>
    <message>
        <source>Profit ROI</source>
        <translation>利润口径 ROI</translation>
    </message>
    <message>
        <source>Clicks / views</source>
        <translation>点击 / 观看</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单量</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>购买量</translation>
    </message>
    <message>
        <source>What the budget buys, in the tactic&apos;s unit; typing units sets the budget</source>
        <translation>预算可购买的数量（以该投放方式的单位计）；输入购买量即可设定预算</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>The tactic&apos;s unit of purchase</source>
        <translation>该投放方式的购买单位</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Overrides: {0}</source>
        <translation>自定义参数：{0}</translation>
    </message>
    <message>
        <source>Edit {0} of line {1}</source>
        <translation>修改投放项 {1} 的{0}</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>(warning) {0}</source>
        <translation>（警告）{0}</translation>
    </message>
    <message>
        <source>(note) {0}</source>
        <translation>（说明）{0}</translation>
    </message>
</context>
<context>
    <name>ReachCurvesChart</name>
    <message>
        <source>Reach curves</source>
        <translation>触达曲线</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Reach (people)</source>
        <translation>触达人数</translation>
    </message>
    <message>
        <source>Drag a point sideways to change that channel&apos;s budget (its lines scale together); the dashed curve is the selected line. Undo restores.</source>
        <translation>横向拖动一个点即可调整该渠道的预算（其各投放项同比例缩放）；虚线为所选投放项的曲线。可撤销恢复。</translation>
    </message>
    <message>
        <source>Drag to change the {0} budget</source>
        <translation>拖动以调整{0}的预算</translation>
    </message>
    <message>
        <source>Drag to change the budget of line {0}</source>
        <translation>拖动以调整投放项 {0} 的预算</translation>
    </message>
    <message>
        <source>Drag budget of line {0}</source>
        <translation>拖动调整投放项 {0} 的预算</translation>
    </message>
    <message>
        <source>Drag {0} budget</source>
        <translation>拖动调整{0}预算</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>预算 {0} 时</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export &amp;report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>The plan as a PDF or PowerPoint report for the meeting, in English, Italian or Chinese</source>
        <translation>将计划导出为用于会议的 PDF 或 PowerPoint 报告，可选英文、意大利文或中文</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>无法生成报告</translation>
    </message>
    <message>
        <source>The scenario cannot be estimated, so there is nothing to report yet: {0}</source>
        <translation>该方案无法测算，暂时没有可报告的内容：{0}</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>PowerPoint presentation (*.pptx)</source>
        <translation>PowerPoint 演示文稿 (*.pptx)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message numerus="yes">
        <source>Report saved to {0} (%n page(s))</source>
        <translation>
            <numerusform>报告已保存到 {0}（共 %n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>报告未保存</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>没有可打印的内容</translation>
    </message>
    <message>
        <source>Preparing the report for the printer…</source>
        <translation>正在准备打印报告…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>已向打印机发送 %n 页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>all tactics</source>
        <translation>全部投放方式</translation>
    </message>
    <message>
        <source>Market-entry plan for China: {0}</source>
        <translation>中国市场进入计划：{0}</translation>
    </message>
    <message>
        <source>Scenario: {0}</source>
        <translation>方案：{0}</translation>
    </message>
    <message>
        <source>Target group: {0} ({1} people)</source>
        <translation>目标人群：{0}（{1} 人）</translation>
    </message>
    <message numerus="yes">
        <source>Budget {0} in %n line(s)</source>
        <translation>
            <numerusform>预算 {0}，共 %n 个投放项</numerusform>
        </translation>
    </message>
    <message>
        <source>Money in {0} ({1}) · {2}</source>
        <translation>金额单位 {0}（{1}） · {2}</translation>
    </message>
    <message>
        <source>Made with Market Entry Planner {0}</source>
        <translation>由 Market Entry Planner {0} 生成</translation>
    </message>
    <message>
        <source>P10–P90 {0}–{1}</source>
        <translation>P10–P90 {0}–{1}</translation>
    </message>
    <message>
        <source>{0} of target</source>
        <translation>占目标人群 {0}</translation>
    </message>
    <message>
        <source>+ {0} deposits</source>
        <translation>另有保证金 {0}</translation>
    </message>
    <message>
        <source>contribution {0}</source>
        <translation>边际贡献 {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 个投放项</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Total (deduplicated)</source>
        <translation>合计（去重）</translation>
    </message>
    <message>
        <source>P10–P90: 8 in 10 of {0} simulated outcomes fall in this range, every assumption drawn from its low–high range. Totals are deduplicated: a person reached on two channels counts once.</source>
        <translation>P10–P90：在 {0} 次模拟中，每 10 次有 8 次的结果落在此区间内，每个参数假设都在其上下限之间随机抽取。合计已去重：在两个渠道都被触达的人只计一次。</translation>
    </message>
    <message>
        <source>Totals are deduplicated: a person reached on two channels counts once.</source>
        <translation>合计已去重：在两个渠道都被触达的人只计一次。</translation>
    </message>
    <message>
        <source>The plan in figures</source>
        <translation>计划核心数据</translation>
    </message>
    <message>
        <source>Scenario {0}</source>
        <translation>方案 {0}</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>投放方式</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>投放项</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>whole period</source>
        <translation>整个周期</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>投放项 {0}</translation>
    </message>
    <message>
        <source>{0} total</source>
        <translation>{0} 合计</translation>
    </message>
    <message>
        <source>A channel&apos;s reach counts a person once across its lines; the total counts a person once across channels.</source>
        <translation>渠道的触达人数在其各投放项之间去重；合计在各渠道之间去重。</translation>
    </message>
    <message>
        <source>The plan by channel and tactic</source>
        <translation>按渠道和投放方式划分的计划</translation>
    </message>
    <message>
        <source>{0} ({1} of {2})</source>
        <translation>{0}（第 {1} 页，共 {2} 页）</translation>
    </message>
    <message>
        <source>Each channel&apos;s reach as its budget grows, its lines scaled together; the dot is the plan. The curves flatten as the same people see the ads again.</source>
        <translation>各渠道触达人数随预算增长的变化（其投放项同比例缩放）；圆点为当前计划。同一批人重复看到广告，曲线因此趋于平缓。</translation>
    </message>
    <message>
        <source>Reach curves</source>
        <translation>触达曲线</translation>
    </message>
    <message>
        <source>Budget by tactic</source>
        <translation>按投放方式划分的预算</translation>
    </message>
    <message>
        <source>Total cost by kind</source>
        <translation>按类别划分的总成本</translation>
    </message>
    <message>
        <source>Deposits are refundable and not counted as cost: {0} of them.</source>
        <translation>保证金可退还，不计入成本：共 {0}。</translation>
    </message>
    <message>
        <source>Budget and cost by channel</source>
        <translation>各渠道预算与成本</translation>
    </message>
    <message>
        <source>{0} impressions</source>
        <translation>{0} 次曝光</translation>
    </message>
    <message>
        <source>{0} clicks · {1} of impressions</source>
        <translation>{0} 次点击 · 点击率 {1}</translation>
    </message>
    <message>
        <source>{0} orders · {1} of clicks</source>
        <translation>{0} 笔订单 · 转化率 {1}</translation>
    </message>
    <message>
        <source>{0} GMV · {1} per order</source>
        <translation>GMV {0} · 客单价 {1}</translation>
    </message>
    <message>
        <source>Bar lengths are on a log scale. Ads: clicks × CVR = orders; livestreams and videos: viewers × CVR. GMV = orders × average order value.</source>
        <translation>柱条长度为对数刻度。广告：点击量 × 转化率 = 订单量；直播和视频：观看人数 × 转化率。GMV = 订单量 × 客单价。</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>销售转化漏斗</translation>
    </message>
    <message>
        <source>Each line over its dates, coloured by channel; shopping festivals shaded behind them. On a festival day auction-bought ads cost more and every tactic converts better.</source>
        <translation>每个投放项按其日期排布，颜色代表渠道；背景阴影为购物节。购物节期间竞价广告更贵，各投放方式的转化率也更高。</translation>
    </message>
    <message>
        <source>Calendar: lines and festivals</source>
        <translation>排期：投放项与购物节</translation>
    </message>
    <message>
        <source>Annual fees, store set-up</source>
        <translation>年费与开店费用</translation>
    </message>
    <message>
        <source>Commissions, fees, fulfilment</source>
        <translation>佣金、平台扣点与履约</translation>
    </message>
    <message>
        <source>Cash out over the plan {0}, of which {1} refundable deposits; the largest month is {2} ({3}).</source>
        <translation>计划期间现金流出 {0}，其中可退还保证金 {1}；支出最多的月份是 {2}（{3}）。</translation>
    </message>
    <message>
        <source>Spend and cash out by month</source>
        <translation>按月支出与现金流出</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Budget by channel</source>
        <translation>各渠道预算</translation>
    </message>
    <message>
        <source>Every scenario on the same market and assumptions; ● marks the scenario of this report.</source>
        <translation>所有方案基于相同的市场与参数假设；● 标记本报告所对应的方案。</translation>
    </message>
    <message>
        <source>The plan has one scenario. Add scenarios in the app (Scenario › New scenario…) to compare them here.</source>
        <translation>本计划只有一个方案。在应用中新增方案（方案 › 新建方案…）即可在此对比。</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <source>{0} {1} · CPM multiplier</source>
        <translation>{0} {1} · CPM 系数</translation>
    </message>
    <message>
        <source>{0} {1} · conversion multiplier</source>
        <translation>{0} {1} · 转化率系数</translation>
    </message>
    <message>
        <source>Change in {0}</source>
        <translation>{0} 的变化</translation>
    </message>
    <message>
        <source>Assumption at its low</source>
        <translation>参数取下限</translation>
    </message>
    <message>
        <source>Assumption at its high</source>
        <translation>参数取上限</translation>
    </message>
    <message>
        <source>Each assumption at the low and the high of its range, everything else as planned: how far {0} moves from the plan&apos;s {1}.</source>
        <translation>每个参数假设分别取其下限和上限，其余保持不变：{0} 相对于计划的 {1} 会变动多少。</translation>
    </message>
    <message>
        <source>What moves the result most</source>
        <translation>对结果影响最大的因素</translation>
    </message>
    <message>
        <source>Deduplicated reach</source>
        <translation>去重触达人数</translation>
    </message>
    <message>
        <source>Effective reach {0}+</source>
        <translation>有效触达 {0}+</translation>
    </message>
    <message>
        <source>Profit (contribution − marketing cost)</source>
        <translation>利润（边际贡献 − 营销成本）</translation>
    </message>
    <message>
        <source>spending up to {0}</source>
        <translation>花费不超过 {0}</translation>
    </message>
    <message>
        <source>spending exactly {0}</source>
        <translation>恰好花费 {0}</translation>
    </message>
    <message>
        <source>Maximise {0}, {1}: {2} → {3}{4}.</source>
        <translation>最大化{0}，{1}：{2} → {3}{4}。</translation>
    </message>
    <message>
        <source>Proven best.</source>
        <translation>已证明最优。</translation>
    </message>
    <message>
        <source>Best found (not proven: effective reach is not concave).</source>
        <translation>已找到的最优结果（未经证明：有效触达不是凹函数）。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Optimised</source>
        <translation>优化后</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Where the next yuan works hardest</source>
        <translation>下一元钱花在哪里最有效</translation>
    </message>
    <message>
        <source>{0} ({1} – {2})</source>
        <translation>{0}（{1} – {2}）</translation>
    </message>
    <message>
        <source>{0} (weak)</source>
        <translation>{0}（弱）</translation>
    </message>
    <message>
        <source>×{0} (×{1} – ×{2})</source>
        <translation>×{0}（×{1} – ×{2}）</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>参数假设</translation>
    </message>
    <message>
        <source>Value (low – high)</source>
        <translation>数值（下限 – 上限）</translation>
    </message>
    <message>
        <source>{0} at its low</source>
        <translation>取下限时的{0}</translation>
    </message>
    <message>
        <source>{0} at its high</source>
        <translation>取上限时的{0}</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Ranked by how far each moves {0} between its low and its high. Orange: weak (grade C or W) — replace it with your own figure first. Grades: {1}.</source>
        <translation>按各参数在上下限之间对{0}的影响大小排序。橙色：较弱（可信度 C 或 W）——请优先替换为您自己的数据。可信度：{1}。</translation>
    </message>
    <message>
        <source>The assumptions that matter most</source>
        <translation>最关键的参数假设</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>触达人数</translation>
    </message>
    <message>
        <source>Each channel reaches the share of the target group that uses it (its penetration). A line&apos;s budget buys impressions in the way its tactic is sold (CPM, CPC, KOL sessions, livestream hours, videos); the on-target share of them lands in the target group. The lines of one channel and tactic are one buy drawing on one audience (a KOL&apos;s sessions on the KOL&apos;s own viewers), so splitting a buy changes nothing. People are not exposed evenly: a negative binomial exposure distribution per buy gives its reach and how many are reached {0} times or more. Tactics and channels are treated as independent, so a person reached twice counts once.</source>
        <translation>每个渠道触达目标人群中使用该渠道的比例（渗透率）。投放项的预算按其投放方式购买曝光（CPM、CPC、达人直播场次、自播时长、视频），其中目标人群占比的部分落在目标人群中。同一渠道、同一投放方式的各投放项是一次投放，共用一个受众（达人的场次只触达该达人自己的观众），因此拆分投放不会改变结果。人们的曝光并不均匀：每次投放采用负二项曝光分布，得出触达人数以及被触达 {0} 次及以上的人数。投放方式之间、渠道之间视为相互独立，同一人被触达两次只计一次。</translation>
    </message>
    <message>
        <source>Sales come from people and saturate: each exposure converts a share of what is left of a person&apos;s purchase potential, so the first exposures sell most and a buy&apos;s sales are bounded by its audience. Conversion falls with the order value through the category&apos;s price elasticity; search ads answer a finite number of searches, which the plan&apos;s content raises. Sales = orders × average order value, less returns. Costs are the budget, the agency fee, the channels&apos; fixed fees, KOL commissions, platform fees, fulfilment and returns handling; deposits are refundable and not a cost. On a shopping-festival day auction prices and conversion rise by the calendar&apos;s multipliers. ROAS is GMV ÷ budget (what Chinese platforms call ROI); profit ROI is what the plan earns after paying for itself.</source>
        <translation>销量来自人，并会饱和：每次曝光转化一个人剩余购买潜力的一部分，因此最初的曝光卖得最多，一次投放的销量以其受众为上限。转化率随客单价按品类的价格弹性下降；搜索广告只能承接有限的搜索量，而计划中的内容会带动搜索增长。销售额 = 订单数 × 客单价，减去退货。成本包括预算、代理服务费、渠道固定费用、达人佣金、平台扣点、履约费用和退货处理；保证金可退，不计为成本。购物节当天，竞价价格和转化率按日历中的系数上升。投产比（ROAS）为 GMV ÷ 预算（即国内平台所说的 ROI）；利润口径 ROI 为计划收回自身成本后的盈利。</translation>
    </message>
    <message>
        <source>Sales and costs</source>
        <translation>销售与成本</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>确定性有多高</translation>
    </message>
    <message>
        <source>Every figure has a low–high range, a source and a grade. The plan is run {0} times with every benchmark drawn from its range (a PERT distribution): 8 times in 10 the result falls between P10 and P90, if the ranges are right. The tornado sets each figure to its low and its high, the others as planned, and ranks them by how far they move the result.</source>
        <translation>每个数据都有上下限、来源和可信度。计划被模拟 {0} 次，每个基准值都在其区间内随机抽取（PERT 分布）：如果区间设定正确，每 10 次有 8 次结果落在 P10 与 P90 之间。龙卷风图将每个数据分别设为下限和上限、其余保持不变，并按其对结果的影响大小排序。</translation>
    </message>
    <message>
        <source>What it leaves out</source>
        <translation>未考虑的因素</translation>
    </message>
    <message>
        <source>Effects that last beyond the plan, repeat purchases, competitors&apos; spending and a platform&apos;s changing prices. The figures a brand knows best (average order value, margin, a KOL&apos;s quote) are its own and should replace the benchmarks.</source>
        <translation>计划结束后仍持续的效果、复购、竞争对手的投放以及平台价格的变化。品牌最了解的数据（客单价、毛利率、达人报价）应当用其自有数据替换基准值。</translation>
    </message>
    <message>
        <source>The method</source>
        <translation>测算方法</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Appendix: every assumption</source>
        <translation>附录：全部参数假设</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>购物节</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>CPM multiplier</source>
        <translation>CPM 系数</translation>
    </message>
    <message>
        <source>Conversion multiplier</source>
        <translation>转化率系数</translation>
    </message>
    <message>
        <source>The festivals the plan&apos;s dated lines meet; the others are on the workbook&apos;s Calendar sheet.</source>
        <translation>计划中有日期的投放项所遇到的购物节；其他购物节见工作簿的 Calendar 工作表。</translation>
    </message>
    <message>
        <source>Appendix: festival multipliers</source>
        <translation>附录：购物节系数</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Print the report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>The plan for the meeting: the headline with its P10–P90, the plan by channel and tactic, the charts, the assumptions that matter most and the method, in the language of the meeting.</source>
        <translation>用于会议的计划：核心数据及其 P10–P90、按渠道和投放方式划分的计划、图表、最关键的参数假设和测算方法，使用会议的语言。</translation>
    </message>
    <message>
        <source>{0} (.{1})</source>
        <translation>{0} (.{1})</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Include the optimiser&apos;s advice</source>
        <translation>包含优化器的建议</translation>
    </message>
    <message>
        <source>The last optimisation of this scenario (Scenario › Optimise the budget…), line by line</source>
        <translation>该方案最近一次优化（方案 › 优化预算…）的逐项结果</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>ScenarioChart</name>
    <message>
        <source>Scenarios compared</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <source>Budget by channel</source>
        <translation>各渠道预算</translation>
    </message>
    <message>
        <source>Reach (dark: effective)</source>
        <translation>触达人数（深色：有效触达）</translation>
    </message>
    <message>
        <source>GMV and total cost</source>
        <translation>GMV 与总成本</translation>
    </message>
    <message>
        <source>Profit ROI</source>
        <translation>利润口径 ROI</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总成本</translation>
    </message>
    <message>
        <source>Every scenario on the same market and assumptions. New, rename and delete scenarios on the Scenarios tab.</source>
        <translation>所有方案使用相同的市场和参数假设。可在“方案”标签页中新建、重命名和删除方案。</translation>
    </message>
</context>
<context>
    <name>ScenarioCompareModel</name>
    <message>
        <source>Reach {0}+</source>
        <translation>{0}+ 触达</translation>
    </message>
    <message>
        <source>{0}: {1} line(s). Double-click to show and edit it.</source>
        <translation>{0}：{1} 个投放项。双击即可显示并编辑该方案。</translation>
    </message>
    <message>
        <source>cannot be estimated</source>
        <translation>无法测算</translation>
    </message>
    <message>
        <source>{0} compared with {1}</source>
        <translation>与{1}相比 {0}</translation>
    </message>
</context>
<context>
    <name>ScenariosTab</name>
    <message>
        <source>New scenario…</source>
        <translation>新建方案…</translation>
    </message>
    <message>
        <source>A copy of the scenario shown, to change without losing the original</source>
        <translation>复制当前方案，修改副本不影响原方案</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the scenario shown (Undo brings it back)</source>
        <translation>删除当前方案（可撤销恢复）</translation>
    </message>
    <message>
        <source>Every scenario uses the same market and assumptions; only the lines differ. The bold column (●) is the one shown and edited. Hover a figure for its change against the first scenario.</source>
        <translation>所有方案使用相同的市场和参数假设，只有投放项不同。加粗的列（●）为当前显示和编辑的方案。将鼠标悬停在数值上，可查看其相对第一个方案的变化。</translation>
    </message>
    <message>
        <source>{0} copy</source>
        <translation>{0} 副本</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>Name of the copy of &apos;{0}&apos;:</source>
        <translation>“{0}”副本的名称：</translation>
    </message>
    <message>
        <source>New scenario {0}</source>
        <translation>新建方案 {0}</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <source>New name for &apos;{0}&apos;:</source>
        <translation>“{0}”的新名称：</translation>
    </message>
    <message>
        <source>Rename scenario to {0}</source>
        <translation>将方案重命名为 {0}</translation>
    </message>
    <message>
        <source>Delete scenario {0}</source>
        <translation>删除方案 {0}</translation>
    </message>
    <message>
        <source>Show scenario {0}</source>
        <translation>显示方案 {0}</translation>
    </message>
</context>
<context>
    <name>TimingBox</name>
    <message>
        <source>Choose the months too</source>
        <translation>同时选择月份</translation>
    </message>
    <message>
        <source>Let the optimiser move each line&apos;s budget between the months of its own dates, into or out of the festivals (their CPM and conversion multipliers: Calendar tab). A line that moves is split into one line per month. KOL sessions, videos and store hours keep their dates.</source>
        <translation>允许优化器在每个投放项自身日期内的月份之间移动预算，移入或移出购物节（其 CPM 和转化率系数见“日历”标签页）。移动的投放项将按月拆分。达人直播场次、视频和店铺直播小时保持原日期。</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>The most the plan may spend in a month (line budgets, as the Cash flow chart books media and KOL fees): 500k, ¥1m, 100万. Empty: no cap.</source>
        <translation>计划每月最多可花费的金额（各投放项预算，与现金流图表记录媒体费和达人费用的方式相同）：500k、¥1m、100万。留空：无上限。</translation>
    </message>
    <message>
        <source>Monthly spend caps:</source>
        <translation>每月花费上限：</translation>
    </message>
    <message>
        <source>a cap is an amount of 0 or more</source>
        <translation>上限必须是 0 或以上的金额</translation>
    </message>
    <message>
        <source>Cap for {0}: &apos;{1}&apos;: {2}.</source>
        <translation>{0} 的上限：&apos;{1}&apos;：{2}。</translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>What moves the result most</source>
        <translation>对结果影响最大的因素</translation>
    </message>
    <message>
        <source>The result whose swing ranks the assumptions</source>
        <translation>用于排序参数假设的结果指标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Assumption at its low</source>
        <translation>参数取下限</translation>
    </message>
    <message>
        <source>Assumption at its high</source>
        <translation>参数取上限</translation>
    </message>
    <message>
        <source>Each assumption at the low and the high of its range, everything else as planned. Hover a bar for the range and its source; double-click it to open the assumption.</source>
        <translation>每个参数假设分别取其区间的下限和上限，其余保持计划值。将鼠标悬停在柱条上可查看区间和来源；双击可打开该参数假设。</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>all tactics</source>
        <translation>全部投放方式</translation>
    </message>
    <message>
        <source>{0} {1} · CPM multiplier</source>
        <translation>{0} {1} · CPM 系数</translation>
    </message>
    <message>
        <source>{0} {1} · conversion multiplier</source>
        <translation>{0} {1} · 转化率系数</translation>
    </message>
    <message>
        <source>{0} – {1} – {2} (low – planned – high)</source>
        <translation>{0} – {1} – {2}（下限 – 计划值 – 上限）</translation>
    </message>
    <message>
        <source>{0}: set the average order value and gross margin on the Market tab</source>
        <translation>{0}：请在“市场”页填写客单价和毛利率</translation>
    </message>
    <message>
        <source>{0} (the line: as planned, {1})</source>
        <translation>{0}（竖线：计划值 {1}）</translation>
    </message>
    <message>
        <source>Result at its low {0}, at its high {1}</source>
        <translation>取下限时结果 {0}，取上限时结果 {1}</translation>
    </message>
    <message>
        <source>Grade {0}: {1}</source>
        <translation>可信度 {0}：{1}</translation>
    </message>
    <message numerus="yes">
        <source>Feeds %n line(s)</source>
        <translation>
            <numerusform>影响 %n 个投放项</numerusform>
        </translation>
    </message>
    <message>
        <source>Festival multipliers are on the workbook&apos;s Calendar sheet.</source>
        <translation>购物节系数在工作簿的 Calendar 工作表中。</translation>
    </message>
    <message>
        <source>Double-click to open it on the Assumptions tab.</source>
        <translation>双击可在“参数假设”标签页中打开。</translation>
    </message>
</context>
<context>
    <name>UncertaintyProgress</name>
    <message>
        <source>Ranges %p%</source>
        <translation>区间 %p%</translation>
    </message>
    <message>
        <source>Working out the P10–P90 ranges: {0} plans drawn from the assumptions&apos; low–high ranges. Editing starts it again.</source>
        <translation>正在计算 P10–P90 区间：从各参数假设的上下限中抽样模拟 {0} 次。修改计划会重新开始计算。</translation>
    </message>
</context>
<context>
    <name>UnitWords</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 场</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n 条视频</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n click(s)</source>
        <translation>
            <numerusform>%n 次点击</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n 次观看</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thousand impressions</source>
        <translation>
            <numerusform>%n 千次曝光</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Optimise the budget…</source>
        <translation>优化预算(&amp;O)…</translation>
    </message>
    <message>
        <source>Reallocate the budget for the most reach, effective reach, GMV or profit, within your limits</source>
        <translation>在您的限制内重新分配预算，使触达人数、有效触达、GMV 或利润最大化</translation>
    </message>
    <message>
        <source>&amp;New scenario…</source>
        <translation>新建方案(&amp;N)…</translation>
    </message>
    <message>
        <source>A copy of the scenario shown, to change without losing it</source>
        <translation>复制当前方案，修改副本不影响原方案</translation>
    </message>
    <message>
        <source>&amp;Rename scenario…</source>
        <translation>重命名方案(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete scenario</source>
        <translation>删除方案(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Compare scenarios</source>
        <translation>对比方案(&amp;C)</translation>
    </message>
    <message>
        <source>Every scenario side by side</source>
        <translation>并排对比所有方案</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty plan with the shipped assumptions</source>
        <translation>使用内置参数假设新建空白计划</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a plan workbook</source>
        <translation>打开计划工作簿</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import lines from a sheet…</source>
        <translation>从表格导入投放项(&amp;I)…</translation>
    </message>
    <message>
        <source>Replace this scenario&apos;s lines with a plan typed in Excel; market and assumptions stay</source>
        <translation>用在 Excel 中填写的计划替换当前方案的投放项；市场和参数假设保持不变</translation>
    </message>
    <message>
        <source>Import &amp;actuals…</source>
        <translation>导入实际投放数据(&amp;A)…</translation>
    </message>
    <message>
        <source>Read the platforms&apos; ad reports: spend to date against the plan, and the assumptions calibrated</source>
        <translation>读取各平台广告报表：至今花费与计划对比，并校准假设</translation>
    </message>
    <message>
        <source>&amp;Export a copy…</source>
        <translation>导出副本(&amp;E)…</translation>
    </message>
    <message>
        <source>Write a copy of the workbook with results, elsewhere</source>
        <translation>将含测算结果的工作簿副本保存到其他位置</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>添加投放项(&amp;A)</translation>
    </message>
    <message>
        <source>Add a line to the plan</source>
        <translation>在计划中添加一个投放项</translation>
    </message>
    <message>
        <source>&amp;Duplicate line</source>
        <translation>复制投放项(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>复制所选投放项</translation>
    </message>
    <message>
        <source>De&amp;lete lines</source>
        <translation>删除投放项(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected lines</source>
        <translation>删除所选投放项</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <source>Put the selected assumptions back to the shipped benchmark</source>
        <translation>将所选参数假设恢复为内置基准值</translation>
    </message>
    <message>
        <source>Put the selected festivals back to the shipped calendar</source>
        <translation>将所选购物节恢复为默认日历</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>方案(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Market Entry Planner</source>
        <translation>关于 Market Entry Planner(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Money in {0}</source>
        <translation>金额以 {0} 显示</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source> Scenario </source>
        <translation> 方案 </translation>
    </message>
    <message>
        <source>The scenario shown and edited</source>
        <translation>当前显示和编辑的方案</translation>
    </message>
    <message>
        <source>The language changes the next time Market Entry Planner starts.</source>
        <translation>语言设置将在下次启动 Market Entry Planner 时生效。</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <source>Taobao/Tmall</source>
        <translation>淘宝/天猫</translation>
    </message>
    <message>
        <source>JD.com</source>
        <translation>京东</translation>
    </message>
    <message>
        <source>Feed ads</source>
        <translation>信息流广告</translation>
    </message>
    <message>
        <source>1,000 impressions</source>
        <translation>千次曝光</translation>
    </message>
    <message>
        <source>Search ads</source>
        <translation>搜索广告</translation>
    </message>
    <message>
        <source>click</source>
        <translation>次点击</translation>
    </message>
    <message>
        <source>KOL livestream</source>
        <translation>达人直播</translation>
    </message>
    <message>
        <source>session</source>
        <translation>场</translation>
    </message>
    <message>
        <source>Brand livestream</source>
        <translation>品牌自播</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>KOL seeding video</source>
        <translation>达人种草视频</translation>
    </message>
    <message>
        <source>video</source>
        <translation>条视频</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>千次曝光成本（CPM）</translation>
    </message>
    <message>
        <source>CNY per 1,000 impressions</source>
        <translation>元/千次曝光</translation>
    </message>
    <message>
        <source>CPC</source>
        <translation>单次点击成本（CPC）</translation>
    </message>
    <message>
        <source>CNY per click</source>
        <translation>元/次点击</translation>
    </message>
    <message>
        <source>Slot fee</source>
        <translation>坑位费</translation>
    </message>
    <message>
        <source>CNY per session</source>
        <translation>元/场</translation>
    </message>
    <message>
        <source>Viewers per session</source>
        <translation>场均观看人数</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>每小时成本</translation>
    </message>
    <message>
        <source>CNY per hour</source>
        <translation>元/小时</translation>
    </message>
    <message>
        <source>Viewers per hour</source>
        <translation>每小时观看人数</translation>
    </message>
    <message>
        <source>Fee per video</source>
        <translation>单条视频费用</translation>
    </message>
    <message>
        <source>CNY per video</source>
        <translation>元/条</translation>
    </message>
    <message>
        <source>Views per video</source>
        <translation>单条视频播放量</translation>
    </message>
    <message>
        <source>views per video</source>
        <translation>播放量/条</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>点击率（CTR）</translation>
    </message>
    <message>
        <source>clicks per impression</source>
        <translation>点击数/曝光数</translation>
    </message>
    <message>
        <source>CVR</source>
        <translation>转化率（CVR）</translation>
    </message>
    <message>
        <source>On-target share</source>
        <translation>目标人群占比</translation>
    </message>
    <message>
        <source>share of impressions</source>
        <translation>占曝光的比例</translation>
    </message>
    <message>
        <source>Exposure shape k</source>
        <translation>曝光分布形状参数 k</translation>
    </message>
    <message>
        <source>NBD k</source>
        <translation>负二项分布 k</translation>
    </message>
    <message>
        <source>KOL commission</source>
        <translation>达人佣金</translation>
    </message>
    <message>
        <source>share of net GMV</source>
        <translation>占净 GMV 的比例</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>退货率</translation>
    </message>
    <message>
        <source>share of GMV</source>
        <translation>占 GMV 的比例</translation>
    </message>
    <message>
        <source>Fulfilment per order</source>
        <translation>单均履约成本</translation>
    </message>
    <message>
        <source>CNY per order</source>
        <translation>元/单</translation>
    </message>
    <message>
        <source>views (人次) per session</source>
        <translation>每场观看人次</translation>
    </message>
    <message>
        <source>views (人次) per hour</source>
        <translation>每小时观看人次</translation>
    </message>
    <message>
        <source>Views per viewer</source>
        <translation>人均观看次数</translation>
    </message>
    <message>
        <source>views per distinct viewer</source>
        <translation>每位观众的观看次数</translation>
    </message>
    <message>
        <source>Viewer pool</source>
        <translation>观众池</translation>
    </message>
    <message>
        <source>people per year</source>
        <translation>人/年</translation>
    </message>
    <message>
        <source>Search demand</source>
        <translation>搜索需求</translation>
    </message>
    <message>
        <source>searches per year</source>
        <translation>次搜索/年</translation>
    </message>
    <message>
        <source>orders per click (ads) or per view (live, video)</source>
        <translation>每次点击（广告）或每次观看（直播、视频）的订单数</translation>
    </message>
    <message>
        <source>GMV per view</source>
        <translation>单次观看成交额</translation>
    </message>
    <message>
        <source>CNY per view (人次)</source>
        <translation>元/观看人次</translation>
    </message>
    <message>
        <source>Reference order value</source>
        <translation>参考客单价</translation>
    </message>
    <message>
        <source>Price elasticity</source>
        <translation>价格弹性</translation>
    </message>
    <message>
        <source>elasticity</source>
        <translation>弹性</translation>
    </message>
    <message>
        <source>Frequency response</source>
        <translation>频次响应</translation>
    </message>
    <message>
        <source>share per exposure</source>
        <translation>每次曝光的比例</translation>
    </message>
    <message>
        <source>Return cost per order</source>
        <translation>单均退货成本</translation>
    </message>
    <message>
        <source>CNY per returned order</source>
        <translation>元/退货单</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation>平台扣点</translation>
    </message>
    <message>
        <source>Penetration</source>
        <translation>渗透率</translation>
    </message>
    <message>
        <source>share of target population</source>
        <translation>占目标人群的比例</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>保证金</translation>
    </message>
    <message>
        <source>CNY, refundable</source>
        <translation>元，可退还</translation>
    </message>
    <message>
        <source>Annual fee</source>
        <translation>年费</translation>
    </message>
    <message>
        <source>CNY per year</source>
        <translation>元/年</translation>
    </message>
    <message>
        <source>Store set-up</source>
        <translation>开店费用</translation>
    </message>
    <message>
        <source>CNY once</source>
        <translation>元，一次性</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>what the line pays up front: ad media, KOL fees, livestream hours</source>
        <translation>投放项的前期投入：广告媒介、达人费用、直播时长</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>购买量</translation>
    </message>
    <message>
        <source>what the budget buys in the tactic&apos;s unit (sessions, videos, 1,000 impressions…)</source>
        <translation>预算按投放方式的单位可购买的数量（场次、视频条数、千次曝光…）</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>曝光量</translation>
    </message>
    <message>
        <source>all bought impressions, views or live viewers</source>
        <translation>购买的全部曝光、播放或直播观看人数</translation>
    </message>
    <message>
        <source>On-target impressions</source>
        <translation>目标人群曝光量</translation>
    </message>
    <message>
        <source>impressions that fall in the target group</source>
        <translation>落在目标人群中的曝光</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>触达人数</translation>
    </message>
    <message>
        <source>different people of the target group reached at least once</source>
        <translation>至少被触达一次的目标人群人数（去重）</translation>
    </message>
    <message>
        <source>Reach % of target</source>
        <translation>触达率</translation>
    </message>
    <message>
        <source>reach as a share of the target population</source>
        <translation>触达人数占目标人群的比例</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>average times a reached person is exposed</source>
        <translation>被触达者的平均曝光次数</translation>
    </message>
    <message>
        <source>Effective reach</source>
        <translation>有效触达</translation>
    </message>
    <message>
        <source>people reached at least the effective frequency (3+)</source>
        <translation>达到有效频次（3 次及以上）的触达人数</translation>
    </message>
    <message>
        <source>Effective reach % of target</source>
        <translation>有效触达率</translation>
    </message>
    <message>
        <source>effective reach as a share of the target</source>
        <translation>有效触达人数占目标人群的比例</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>点击量</translation>
    </message>
    <message>
        <source>clicks through to the product</source>
        <translation>点击进入商品页的次数</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单量</translation>
    </message>
    <message>
        <source>orders placed</source>
        <translation>下单数</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>gross merchandise value of the orders</source>
        <translation>订单的商品交易总额</translation>
    </message>
    <message>
        <source>Returned GMV</source>
        <translation>退货 GMV</translation>
    </message>
    <message>
        <source>GMV that buyers return</source>
        <translation>买家退货的 GMV</translation>
    </message>
    <message>
        <source>Net GMV</source>
        <translation>净 GMV</translation>
    </message>
    <message>
        <source>GMV after returns</source>
        <translation>扣除退货后的 GMV</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒介投放</translation>
    </message>
    <message>
        <source>ad media and brand-livestream budget</source>
        <translation>广告媒介和品牌自播预算</translation>
    </message>
    <message>
        <source>KOL fees</source>
        <translation>达人费用</translation>
    </message>
    <message>
        <source>KOL slot and video fees</source>
        <translation>达人坑位费和视频费用</translation>
    </message>
    <message>
        <source>commission KOLs take on net GMV</source>
        <translation>达人按净 GMV 收取的佣金</translation>
    </message>
    <message>
        <source>Platform fees</source>
        <translation>平台扣点金额</translation>
    </message>
    <message>
        <source>the platform&apos;s commission on net GMV</source>
        <translation>平台扣点：平台按净 GMV 收取的比例</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>履约费用</translation>
    </message>
    <message>
        <source>pick, pack and delivery of the orders</source>
        <translation>订单的拣货、包装和配送</translation>
    </message>
    <message>
        <source>Returns handling</source>
        <translation>退货处理</translation>
    </message>
    <message>
        <source>reverse logistics of the returned orders</source>
        <translation>退货订单的逆向物流</translation>
    </message>
    <message>
        <source>Channel fixed costs</source>
        <translation>渠道固定成本</translation>
    </message>
    <message>
        <source>annual fees and store set-up, shared among a channel&apos;s lines</source>
        <translation>年费和开店费用，由渠道内各投放项分摊</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>代理服务费</translation>
    </message>
    <message>
        <source>the agency&apos;s fee on the budget</source>
        <translation>代理商按预算收取的服务费</translation>
    </message>
    <message>
        <source>Marketing cost</source>
        <translation>营销成本</translation>
    </message>
    <message>
        <source>budget + agency fee + channel fixed costs</source>
        <translation>预算 + 代理服务费 + 渠道固定成本</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总成本</translation>
    </message>
    <message>
        <source>marketing cost + commissions + platform fees + fulfilment + returns handling</source>
        <translation>营销成本 + 佣金 + 平台扣点 + 履约费用 + 退货处理</translation>
    </message>
    <message>
        <source>net GMV × gross margin − commissions − platform fees − fulfilment − returns handling</source>
        <translation>净成交额 × 毛利率 − 佣金 − 平台扣点 − 履约费用 − 退货处理</translation>
    </message>
    <message>
        <source>GMV ÷ budget: what Chinese platforms call ROI (投产比, e.g. Qianchuan&apos;s ROI is GMV over ad spend)</source>
        <translation>GMV ÷ 预算：即国内平台所说的 ROI（投产比，如千川 ROI 为成交额除以消耗）</translation>
    </message>
    <message>
        <source>Profit ROI</source>
        <translation>利润口径 ROI</translation>
    </message>
    <message>
        <source>(contribution − marketing cost) ÷ marketing cost: what the plan earns after paying for itself</source>
        <translation>（边际贡献 − 营销成本）÷ 营销成本：计划收回自身成本后的盈利</translation>
    </message>
    <message>
        <source>Women&apos;s apparel</source>
        <translation>女装</translation>
    </message>
    <message>
        <source>Beauty and personal care</source>
        <translation>美妆个护</translation>
    </message>
    <message>
        <source>Food and wine</source>
        <translation>食品酒水</translation>
    </message>
    <message>
        <source>Luxury leather goods</source>
        <translation>奢侈品皮具</translation>
    </message>
    <message>
        <source>Home and living</source>
        <translation>家居生活</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Search halo from {0}</source>
        <translation>{0}内容带动的搜索</translation>
    </message>
    <message>
        <source>searches per person reached</source>
        <translation>次搜索/每位触达用户</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>投放方式</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>投放项</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Min budget</source>
        <translation>最低预算</translation>
    </message>
    <message>
        <source>Max budget</source>
        <translation>最高预算</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Shipped default</source>
        <translation>内置默认值</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>计划名称</translation>
    </message>
    <message>
        <source>Plan notes</source>
        <translation>计划备注</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <source>Target population</source>
        <translation>目标人群规模</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Effective frequency</source>
        <translation>有效频次</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>显示货币</translation>
    </message>
    <message>
        <source>Active scenario</source>
        <translation>当前方案</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Buying</source>
        <translation>购买方式</translation>
    </message>
    <message>
        <source>Price parameter</source>
        <translation>价格参数</translation>
    </message>
    <message>
        <source>Audience parameter</source>
        <translation>受众参数</translation>
    </message>
    <message>
        <source>Conversion parameter</source>
        <translation>转化参数</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>支出类型</translation>
    </message>
    <message>
        <source>Whole units</source>
        <translation>整数单位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>购物节</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>CPM multiplier</source>
        <translation>CPM 系数</translation>
    </message>
    <message>
        <source>CPM low</source>
        <translation>CPM 系数下限</translation>
    </message>
    <message>
        <source>CPM high</source>
        <translation>CPM 系数上限</translation>
    </message>
    <message>
        <source>CVR multiplier</source>
        <translation>转化率系数</translation>
    </message>
    <message>
        <source>CVR low</source>
        <translation>转化率系数下限</translation>
    </message>
    <message>
        <source>CVR high</source>
        <translation>转化率系数上限</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>投放计划</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>参数假设</translation>
    </message>
    <message>
        <source>Tactics</source>
        <translation>投放方式</translation>
    </message>
    <message>
        <source>Festivals</source>
        <translation>购物节</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>边际贡献</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>投产比（ROAS）</translation>
    </message>
    <message>
        <source>Deposits (refundable)</source>
        <translation>保证金总额（可退还）</translation>
    </message>
    <message>
        <source>store deposits: cash tied up, not a cost</source>
        <translation>店铺保证金：占用资金，不计入成本</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>people of the target group who use the channel</source>
        <translation>使用该渠道的目标人群人数</translation>
    </message>
    <message>
        <source>company filing or official page</source>
        <translation>公司公告或官方页面</translation>
    </message>
    <message>
        <source>reputable press, analyst or academic work</source>
        <translation>权威媒体、分析机构或学术研究</translation>
    </message>
    <message>
        <source>agency or SEO blog, unverified</source>
        <translation>代理商或 SEO 博客，未经核实</translation>
    </message>
    <message>
        <source>weak: assumed or derived; replace with your own figure</source>
        <translation>较弱：假设或推算值；请替换为您自己的数据</translation>
    </message>
</context>
</TS>
