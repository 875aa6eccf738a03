"""The words platform reports use: which header is which figure, which platform a report comes from.

Headers are matched after `normalise` (case, spaces, punctuation and a bracketed unit do not matter: "消耗(元)" is
"消耗"). A header not listed here is reported as unknown, never guessed; the platforms' own ratios (CTR, CPM, ROI…)
are known and passed over on purpose: they are recomputed from the counts, which is what calibration needs.
"""
from __future__ import annotations

from market_entry_planner.core.workbook.cells import normalise
from market_entry_planner.core.workbook.vocabulary import TOTAL_NAMES

# field -> headers as the four platforms' exports (and their English interfaces) write them
COLUMNS: dict[str, tuple[str, ...]] = {
    "date": ("日期", "时间", "统计日期", "数据日期", "投放日期", "日期范围", "周", "统计周期", "date", "day", "week",
             "reporting date", "date range", "period"),
    "campaign": ("计划名称", "广告计划", "广告计划名称", "推广计划", "推广计划名称", "计划", "计划名", "计划ID名称",
                 "campaign", "campaign name", "plan name", "ad plan", "ad group"),
    "channel": ("渠道", "平台", "媒体", "channel", "platform"),
    "tactic": ("投放类型", "推广类型", "营销目标", "tactic", "ad type"),
    "spend": ("消耗", "花费", "总花费", "总消耗", "消耗金额", "实际消耗", "spend", "cost", "amount spent", "total spend"),
    "impressions": ("展示次数", "展现量", "展示数", "曝光量", "曝光次数", "展现次数", "impressions", "imps",
                    "exposures"),
    "clicks": ("点击次数", "点击量", "点击数", "clicks", "click"),
    "orders": ("成交订单数", "订单数", "成交笔数", "直接成交订单数", "支付订单数", "总成交订单数", "orders",
               "purchases", "paid orders"),
    "gmv": ("成交金额", "GMV", "成交GMV", "直接成交金额", "总成交金额", "支付金额", "总成交金额元", "revenue", "sales",
            "gmv", "paid amount"),
    "views": ("直播间观看人次", "观看人次", "直播观看人次", "直播间观看次数", "播放量", "视频播放量", "views",
              "live views", "video views", "viewers"),
    "refunds": ("退款金额", "退款", "退货退款金额", "refunds", "refund amount", "refunded gmv"),
    "refund_orders": ("退款订单数", "退款笔数", "退款单数", "refund orders", "refunded orders"),
    "units": ("场次", "直播场次", "视频数", "视频条数", "直播时长", "sessions", "videos", "hours", "units"),
}
# the platforms' ratios and ids: known, deliberately not read
PASSED_OVER = ("点击率", "ctr", "千次展示费用", "千次展现费用", "平均千次展现费用", "cpm", "平均点击单价", "点击单价", "cpc",
               "转化率", "cvr", "conversion rate", "投产比", "roi", "roas", "支付roi", "客单价", "aov", "转化成本",
               "cost per order", "计划id", "campaign id", "账户", "account", "账户名称", "account name", "备注", "notes")

# report kinds: key -> (channel, names that identify it in a title, a platform column or the file name)
PLATFORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "qianchuan": ("douyin", ("巨量千川", "千川", "qianchuan", "ocean engine", "巨量引擎", "抖音", "douyin")),
    "magnetic_engine": ("kuaishou", ("磁力金牛", "磁力引擎", "magnetic engine", "kuaishou", "快手")),
    "wanxiangtai": ("taobao", ("万相台", "wanxiangtai", "引力魔方", "直通车", "zhitongche", "阿里妈妈", "alimama",
                               "taobao", "tmall", "淘宝", "天猫")),
    "jd_jzt": ("jd", ("京准通", "jingzhuntong", "jzt", "京东快车", "京东直投", "jd kuaiche", "jd zhitou", "京东", "jd")),
}

# what each tool buys: a campaign whose name matches no line is proposed only among these tactics' lines
PLATFORM_TACTICS: dict[str, tuple[str, ...]] = {
    "qianchuan": ("feed_ads", "brand_live"),      # in-feed ads, and traffic bought for the store's live room
    "magnetic_engine": ("feed_ads", "brand_live"),
    "wanxiangtai": ("feed_ads",),
    "jd_jzt": ("search_ads", "feed_ads"),         # Kuaiche (search) and Zhitou (feed)
}

# a plan sheet's totals words (core/workbook/vocabulary.py), and 汇总, which the platforms' exports also write
TOTAL_WORDS = {normalise(w) for w in (*TOTAL_NAMES, "汇总")}

HEADERS: dict[str, str] = {}
for _field, _names in COLUMNS.items():
    for _name in _names:
        HEADERS.setdefault(normalise(_name), _field)
PASSED_OVER_HEADERS = {normalise(w) for w in PASSED_OVER}


def platform_in(text: str) -> str | None:
    """The report kind a text names (a title row, a platform cell, a file name), or None. Longer names first, so
    "京准通" wins over "京东" and "千川" over "抖音"."""
    low = str(text or "").lower()
    found = [(len(name), key) for key, (_, names) in PLATFORMS.items() for name in names if name.lower() in low]
    return max(found)[1] if found else None
