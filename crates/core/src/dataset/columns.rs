//! The dataset's columns: a snake_case key (CSV header, JSON key) and a Chinese header.
//! README ("The dataset") documents each; keep the two in step.

/// One column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    pub key: &'static str,
    pub zh: &'static str,
}

const fn c(key: &'static str, zh: &'static str) -> Column {
    Column { key, zh }
}

/// The report table, and the first columns of the long table.
pub const REPORT_COLUMNS: &[Column] = &[
    c("file", "文件"),
    c("title", "标题"),
    c("report_type", "报告类型"),
    c("issuer", "发布机关（原文）"),
    c("region", "地区"),
    c("region_code", "行政区划代码"),
    c("level", "层级"),
    c("body", "机关"),
    c("prefecture", "所属地级"),
    c("province", "所属省级"),
    c("region_resolution", "地区判定"),
    c("year", "年度"),
    c("published", "发布日期"),
    c("on_time", "按时公开"),
    c("r1", "R1 主要举措和成效"),
    c("r2", "R2 不足和原因"),
    c("r3", "R3 第一责任人职责"),
    c("r4", "R4 下一年度安排"),
    c("r5", "R5 其他情况"),
    c("problems_share", "问题部分占比（%）"),
    c("causes_given", "说明原因"),
    c("metrics", "数据项"),
    c("metrics_with_indicator", "有指标口径的数据项"),
    c("failed_checks", "未通过的核查"),
    c("corrections", "用户更正"),
];

/// The long table's own columns, after [`REPORT_COLUMNS`].
pub const METRIC_COLUMNS: &[Column] = &[
    c("section", "所在章节"),
    c("indicator", "指标代码"),
    c("indicator_name", "指标口径"),
    c("label", "指标"),
    c("value", "数值"),
    c("unit", "单位"),
    c("base_value", "折算数值"),
    c("base_unit", "折算单位"),
    c("qualifier", "限定词"),
    c("kind", "类型"),
    c("direction", "方向"),
    c("text", "原文"),
    c("start", "起始字节"),
    c("end", "结束字节"),
    c("corrected", "用户更正"),
    c("original_value", "原数值"),
    c("original_unit", "原单位"),
    c("original_label", "原指标"),
];
