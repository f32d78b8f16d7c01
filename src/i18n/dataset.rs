//! The strings of the dataset features (issue 12): who issued a report (region, code, level,
//! body), the dataset exports, and the comparison's 合计, grouping and long table. A struct of
//! its own beside the main one, so the two grow without touching each other.

use super::Lang;
use gangmu_core::{Level, Resolution};

pub struct DatasetStrings {
    pub region: &'static str,
    pub region_code: &'static str,
    pub level: &'static str,
    pub body: &'static str,
    pub within: &'static str,
    pub ambiguous: &'static str,
    pub could_be: &'static str,
    pub region_unknown: &'static str,
    pub former_name: &'static str,
    pub statistical: &'static str,
    pub change_region: &'static str,
    pub region_search: &'static str,
    pub region_search_hint: &'static str,
    pub region_none_found: &'static str,
    pub dataset: &'static str,
    pub dataset_xlsx: &'static str,
    pub dataset_reports_csv: &'static str,
    pub dataset_metrics_csv: &'static str,
    pub dataset_hint: &'static str,
    pub total: &'static str,
    pub total_hint: &'static str,
    pub total_notes: &'static str,
    pub total_warnings: &'static str,
    pub total_none: &'static str,
    pub group_by: &'static str,
    pub group_none: &'static str,
    pub group_level: &'static str,
    pub group_region: &'static str,
    pub layout: &'static str,
    pub layout_wide: &'static str,
    pub layout_long: &'static str,
    /// Why only the long table is offered when many reports are compared (the comparison table
    /// renders every column at once).
    pub layout_wide_too_many: &'static str,
    /// Why the chart is not drawn on the page when many reports are compared (Chromium spends
    /// seconds laying out and painting an SVG of thousands of bars), and where it still is.
    pub chart_too_many: &'static str,
    pub all_indicators: &'static str,
    pub report: &'static str,
    pub year: &'static str,
    pub value: &'static str,
    pub change: &'static str,
    pub sort_by_value: &'static str,
}

pub static ZH: DatasetStrings = DatasetStrings {
    region: "地区",
    region_code: "行政区划代码",
    level: "层级",
    body: "机关",
    within: "所属",
    ambiguous: "地区有歧义",
    could_be: "可能是",
    region_unknown: "未识别地区",
    former_name: "曾用名",
    statistical: "统计用区划（开发区等）",
    change_region: "更正地区",
    region_search: "输入地名或行政区划代码",
    region_search_hint: "如：柳州市城中区、城中区、450202",
    region_none_found: "没有找到这个地区（只收录县级及以上行政区划）",
    dataset: "数据集",
    dataset_xlsx: "数据集 Excel",
    dataset_reports_csv: "报告表 CSV",
    dataset_metrics_csv: "长表 CSV",
    dataset_hint: "报告表每份报告一行，长表每个数据项一行；与命令行 gangmu dataset 相同",
    total: "合计",
    total_hint: "同一年度的报告相加：计数与金额求和，比率按计数重算",
    total_notes: "合计说明",
    total_warnings: "可能重复计算",
    total_none: "合计需要同一年度至少两份报告",
    group_by: "列分组",
    group_none: "不分组",
    group_level: "按层级",
    group_region: "按地区",
    layout: "表格形式",
    layout_wide: "对比表",
    layout_long: "长表",
    layout_wide_too_many:
        "超过 200 份报告时只显示长表：对比表会让页面长时间停顿。完整的对比表请导出 Excel 或 CSV。",
    chart_too_many: "超过 200 份报告时不在页面上绘制图表：绘制会让页面长时间停顿。图表请导出 SVG。",
    all_indicators: "全部指标",
    report: "报告",
    year: "年度",
    value: "数值",
    change: "增减",
    sort_by_value: "按数值排序",
};

pub static EN: DatasetStrings = DatasetStrings {
    region: "Region",
    region_code: "Division code",
    level: "Level",
    body: "Body",
    within: "Within",
    ambiguous: "Region ambiguous",
    could_be: "Could be",
    region_unknown: "Region not recognised",
    former_name: "Former name",
    statistical: "Statistical unit (development zone etc.)",
    change_region: "Correct region",
    region_search: "Type a place name or division code",
    region_search_hint: "e.g. 柳州市城中区, 城中区, 450202",
    region_none_found: "No such region (only county level and above are listed)",
    dataset: "Dataset",
    dataset_xlsx: "Dataset Excel",
    dataset_reports_csv: "Reports CSV",
    dataset_metrics_csv: "Long table CSV",
    dataset_hint:
        "One row per report, or one row per metric; the same as gangmu dataset on the command line",
    total: "Total",
    total_hint:
        "Reports of the same year added up: counts and amounts summed, rates recomputed from counts",
    total_notes: "How the totals were made",
    total_warnings: "Possibly counted twice",
    total_none: "A total needs at least two reports of the same year",
    group_by: "Group columns",
    group_none: "No grouping",
    group_level: "By level",
    group_region: "By region",
    layout: "Layout",
    layout_wide: "Comparison",
    layout_long: "Long table",
    layout_wide_too_many: "Above 200 reports only the long table is shown: the comparison table would stall the page. Export Excel or CSV for the full comparison table.",
    chart_too_many: "Above 200 reports the chart is not drawn on the page: drawing it would stall the page. Export SVG for the chart.",
    all_indicators: "All indicators",
    report: "Report",
    year: "Year",
    value: "Value",
    change: "Change",
    sort_by_value: "Sort by value",
};

pub fn strings(lang: Lang) -> &'static DatasetStrings {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// `县级` / `county`; `None` (not recognised) as `地区未定` / `unknown`.
pub fn level_name(lang: Lang, level: Option<Level>) -> &'static str {
    match (lang, level) {
        (Lang::Zh, Some(Level::Province)) => "省级",
        (Lang::Zh, Some(Level::Prefecture)) => "地级",
        (Lang::Zh, Some(Level::County)) => "县级",
        (Lang::Zh, Some(Level::Township)) => "乡镇",
        (Lang::Zh, None) => "层级未定",
        (Lang::En, Some(l)) => l.en(),
        (Lang::En, None) => "level unknown",
    }
}

/// How the region was decided, for the badge's tooltip.
pub fn resolution_text(lang: Lang, r: Resolution) -> &'static str {
    match (lang, r) {
        (Lang::Zh, Resolution::Unique) => "由发布机关名称确定（唯一）",
        (Lang::Zh, Resolution::Issuer) => "由发布机关名称中的上级地名确定",
        (Lang::Zh, Resolution::Context) => "由正文中提到的地名确定",
        (Lang::Zh, Resolution::Ambiguous) => "多个地区同名，正文未能确定是哪一个",
        (Lang::Zh, Resolution::Corrected) => "用户更正",
        (Lang::Zh, Resolution::Unknown) => "发布机关名称中没有可识别的地名",
        (Lang::En, Resolution::Unique) => "from the issuer's name (unique)",
        (Lang::En, Resolution::Issuer) => "settled by the parent place names in the issuer",
        (Lang::En, Resolution::Context) => "settled by the place names the text mentions",
        (Lang::En, Resolution::Ambiguous) => {
            "several regions carry this name and the text does not say which"
        }
        (Lang::En, Resolution::Corrected) => "corrected by the user",
        (Lang::En, Resolution::Unknown) => "no place name recognised in the issuer",
    }
}

/// `缺 3` / `3 missing`: reports of the year that do not state the indicator.
pub fn missing_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("缺 {n}"),
        Lang::En => format!("{n} missing"),
    }
}

/// A group of columns with its size: `柳州市（3）`.
pub fn group_label(label: &str, n: usize) -> String {
    format!("{label}（{n}）")
}
