//! Every string the UI shows, in 简体中文 (the default) and English.
//!
//! One struct of fields, so a string missing in one language is a compile error, plus a few
//! functions for strings with numbers in them. Messages produced by the core (findings) carry
//! both languages themselves (`message_zh` / `message`).

use gangmu_core::{Coverage, Direction, MetricKind, Part};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    pub fn toggled(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The `lang` attribute of `<html>`.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// A message in both languages (errors from reading files, notices).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub zh: String,
    pub en: String,
}

impl Message {
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Self {
        Message {
            zh: zh.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.zh, &self.en)
    }
}

pub struct Strings {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub privacy: &'static str,
    pub switch_lang: &'static str,
    pub switch_lang_label: &'static str,
    pub paste: &'static str,
    pub pick_files: &'static str,
    pub load_samples: &'static str,
    pub drop_here: &'static str,
    pub drop_release: &'static str,
    pub empty_title: &'static str,
    pub empty_body: &'static str,
    pub empty_formats: &'static str,
    pub paste_title: &'static str,
    pub paste_placeholder: &'static str,
    pub paste_analyse: &'static str,
    pub cancel: &'static str,
    pub close: &'static str,
    pub pasted_name: &'static str,
    pub reports: &'static str,
    pub remove: &'static str,
    pub remove_all: &'static str,
    pub stop: &'static str,
    pub untitled: &'static str,
    pub status_queued: &'static str,
    pub status_working: &'static str,
    pub status_done: &'static str,
    pub status_failed: &'static str,
    pub status_stopped: &'static str,
    pub engine_loading: &'static str,
    pub engine_main_thread: &'static str,
    pub outline: &'static str,
    pub outline_empty: &'static str,
    pub inferred_marker: &'static str,
    pub expand_all: &'static str,
    pub collapse_all: &'static str,
    pub whole_report: &'static str,
    pub metrics: &'static str,
    pub findings: &'static str,
    pub source_text: &'static str,
    pub col_label: &'static str,
    pub col_value: &'static str,
    pub col_unit: &'static str,
    pub col_qualifier: &'static str,
    pub col_kind: &'static str,
    pub col_direction: &'static str,
    pub col_section: &'static str,
    pub filter_kind_all: &'static str,
    pub filter_section_all: &'static str,
    pub filter_text: &'static str,
    pub no_metrics: &'static str,
    pub no_matching_metrics: &'static str,
    pub checks: &'static str,
    pub no_checks: &'static str,
    pub required_parts: &'static str,
    pub text_findings: &'static str,
    pub no_findings: &'static str,
    pub removed_chrome: &'static str,
    pub removed_duplicate: &'static str,
    pub removed_other: &'static str,
    pub export: &'static str,
    pub export_csv: &'static str,
    pub export_xlsx: &'static str,
    pub export_json: &'static str,
    pub copy_table: &'static str,
    pub scope_current: &'static str,
    pub scope_all: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub exported: &'static str,
    pub export_failed: &'static str,
    pub exporting: &'static str,
    pub nothing_to_export: &'static str,
    pub select_report: &'static str,
    pub failed_title: &'static str,
    pub issuer: &'static str,
    pub year: &'static str,
    pub published: &'static str,
    pub headings: &'static str,
    pub points: &'static str,
    pub panel_list: &'static str,
    pub panel_outline: &'static str,
    pub panel_table: &'static str,
    pub panel_source: &'static str,
    pub panel_findings: &'static str,
    pub file_not_utf8: &'static str,
    pub legend_heading: &'static str,
    pub legend_metric: &'static str,
    pub legend_date: &'static str,
    pub legend_repair: &'static str,
    pub legend_removed: &'static str,
    pub offline_ready: &'static str,
    pub compare: &'static str,
    pub compare_title: &'static str,
    pub compare_hint: &'static str,
    pub compare_back: &'static str,
    pub compare_select: &'static str,
    pub compare_tick_hint: &'static str,
    pub select_all: &'static str,
    pub select_none: &'static str,
    pub comparing: &'static str,
    pub compare_failed: &'static str,
    pub indicator: &'static str,
    pub measures: &'static str,
    pub chart: &'static str,
    pub chart_alt: &'static str,
    pub export_svg: &'static str,
    pub derived_rate: &'static str,
    pub profile: &'static str,
    pub p_length: &'static str,
    pub p_metrics: &'static str,
    pub p_indicators: &'static str,
    pub p_areas: &'static str,
    pub p_headings: &'static str,
    pub p_headings_per_part: &'static str,
    pub p_problems: &'static str,
    pub p_causes: &'static str,
    pub causes_given: &'static str,
    pub causes_missing: &'static str,
    pub p_parts: &'static str,
    pub p_timeliness: &'static str,
    pub on_time: &'static str,
    pub late: &'static str,
    pub date_unknown: &'static str,
    pub p_examples: &'static str,
    pub p_derived: &'static str,
    pub none: &'static str,
    pub col_indicator: &'static str,
    pub format: &'static str,
    pub encoding: &'static str,
    pub reread_as: &'static str,
}

pub static ZH: Strings = Strings {
    app_name: "纲目",
    tagline: "法治政府建设年度报告 · 提纲 · 指标 · 核查",
    privacy: "全部在本机处理，不联网、不上传",
    switch_lang: "EN",
    switch_lang_label: "Switch to English",
    paste: "粘贴文本",
    pick_files: "选择文件",
    load_samples: "加载样例报告",
    drop_here: "把报告文件拖到页面任意位置",
    drop_release: "松开鼠标，添加这些文件",
    empty_title: "分析法治政府建设年度报告",
    empty_body:
        "粘贴报告全文，或把一个或多个文件拖到这里。纲目会列出报告的提纲、指标表和核查发现。",
    empty_formats: "支持纯文本（UTF-8、GBK 等编码）、网页（.html）、Word（.docx）和带文字层的 PDF；一次可添加多份。",
    paste_title: "粘贴报告全文",
    paste_placeholder: "在此粘贴报告全文（Ctrl+V），然后点击“分析”……",
    paste_analyse: "分析",
    cancel: "取消",
    close: "关闭",
    pasted_name: "粘贴文本",
    reports: "报告",
    remove: "移除",
    remove_all: "全部移除",
    stop: "停止",
    untitled: "（无标题）",
    status_queued: "排队中",
    status_working: "分析中",
    status_done: "完成",
    status_failed: "失败",
    status_stopped: "已停止",
    engine_loading: "正在准备分析引擎……",
    engine_main_thread: "后台线程不可用，在页面线程中分析",
    outline: "提纲",
    outline_empty: "未识别到标题层级",
    inferred_marker: "序号为推断：原文缺少此序号",
    expand_all: "全部展开",
    collapse_all: "全部折叠",
    whole_report: "全文",
    metrics: "指标",
    findings: "核查发现",
    source_text: "原文",
    col_label: "指标",
    col_value: "数值",
    col_unit: "单位",
    col_qualifier: "限定词",
    col_kind: "类型",
    col_direction: "方向",
    col_section: "所在章节",
    filter_kind_all: "全部类型",
    filter_section_all: "全部章节",
    filter_text: "筛选指标…",
    no_metrics: "此报告未识别到指标",
    no_matching_metrics: "没有符合筛选条件的指标",
    checks: "算术核查",
    no_checks: "没有可核查的算术关系",
    required_parts: "法定五部分（R1–R5）",
    text_findings: "文本问题与修复",
    no_findings: "未发现文本问题",
    removed_chrome: "网页栏目内容（已排除）",
    removed_duplicate: "重复的正文（已排除）",
    removed_other: "已排除的内容",
    export: "导出",
    export_csv: "CSV",
    export_xlsx: "Excel",
    export_json: "JSON",
    copy_table: "复制表格",
    scope_current: "当前报告",
    scope_all: "全部报告",
    copied: "已复制，可直接粘贴到 Excel / WPS",
    copy_failed: "无法写入剪贴板",
    exported: "已导出",
    export_failed: "导出失败",
    exporting: "正在生成文件……",
    nothing_to_export: "没有可导出的报告",
    select_report: "从左侧列表选择一份报告",
    failed_title: "无法分析此文件",
    issuer: "发布机关",
    year: "年度",
    published: "发布日期",
    headings: "标题",
    points: "要点",
    panel_list: "报告",
    panel_outline: "提纲",
    panel_table: "指标",
    panel_source: "原文",
    panel_findings: "核查",
    file_not_utf8: "文件不是 UTF-8 文本",
    legend_heading: "标题",
    legend_metric: "指标",
    legend_date: "日期",
    legend_repair: "修复",
    legend_removed: "已排除",
    offline_ready: "已可离线使用",
    compare: "对比",
    compare_title: "报告对比",
    compare_hint: "同一发布机关的报告，后一年度列出与前一年度相比的增减；≈ 为按报告中的计数推算，未在报告中写明。点击数值可查看它在报告中的位置。",
    compare_back: "返回报告",
    compare_select: "选中以对比：",
    compare_tick_hint: "勾选两份或更多已完成的报告，再点“对比”",
    select_all: "全选",
    select_none: "取消选择",
    comparing: "正在对比……",
    compare_failed: "对比失败",
    indicator: "指标",
    measures: "报告概况",
    chart: "对比图",
    chart_alt: "对比图：各报告的常见指标，每行按该行最大值缩放",
    export_svg: "SVG 图",
    derived_rate: "按报告中的计数推算，未在报告中写明",
    profile: "概况",
    p_length: "篇幅",
    p_metrics: "数据项",
    p_indicators: "常见指标",
    p_areas: "涉及纲要领域",
    p_headings: "标题",
    p_headings_per_part: "各部分标题数",
    p_problems: "存在问题部分（R2）",
    p_causes: "原因",
    causes_given: "已说明原因",
    causes_missing: "未说明原因",
    p_parts: "法定部分（R1–R4）",
    p_timeliness: "公开时限",
    on_time: "按时公开",
    late: "逾期公开",
    date_unknown: "发布日期或年度不详，无法判断",
    p_examples: "案例、事例提及",
    p_derived: "推算比率（报告未写明）",
    none: "无",
    col_indicator: "指标口径",
    format: "格式",
    encoding: "编码",
    reread_as: "改用其他编码读取",
};

pub static EN: Strings = Strings {
    app_name: "Gangmu",
    tagline: "Rule-of-law government annual reports · outline · metrics · checks",
    privacy: "Everything runs on this computer; nothing is uploaded",
    switch_lang: "中文",
    switch_lang_label: "切换到中文",
    paste: "Paste text",
    pick_files: "Choose files",
    load_samples: "Load sample reports",
    drop_here: "Drop report files anywhere on the page",
    drop_release: "Release to add these files",
    empty_title: "Analyse a rule-of-law government annual report",
    empty_body: "Paste a report's full text, or drop one or more files here. Gangmu lists the outline, the metric table and its findings.",
    empty_formats: "Plain text (UTF-8, GBK …), web pages (.html), Word (.docx) and PDFs with a text layer; add several at once.",
    paste_title: "Paste a report",
    paste_placeholder: "Paste the report's full text here (Ctrl+V), then press Analyse…",
    paste_analyse: "Analyse",
    cancel: "Cancel",
    close: "Close",
    pasted_name: "Pasted text",
    reports: "Reports",
    remove: "Remove",
    remove_all: "Remove all",
    stop: "Stop",
    untitled: "(untitled)",
    status_queued: "Queued",
    status_working: "Working",
    status_done: "Done",
    status_failed: "Failed",
    status_stopped: "Stopped",
    engine_loading: "Preparing the analysis engine…",
    engine_main_thread: "No background thread; analysing on the page thread",
    outline: "Outline",
    outline_empty: "No heading levels found",
    inferred_marker: "Inferred: the source lacks this marker",
    expand_all: "Expand all",
    collapse_all: "Collapse all",
    whole_report: "Whole report",
    metrics: "Metrics",
    findings: "Findings",
    source_text: "Source text",
    col_label: "Label",
    col_value: "Value",
    col_unit: "Unit",
    col_qualifier: "Qual.",
    col_kind: "Kind",
    col_direction: "Trend",
    col_section: "Section",
    filter_kind_all: "All kinds",
    filter_section_all: "All sections",
    filter_text: "Filter metrics…",
    no_metrics: "No metrics found in this report",
    no_matching_metrics: "No metric matches the filters",
    checks: "Arithmetic checks",
    no_checks: "No arithmetic relation to check",
    required_parts: "Required parts (R1–R5)",
    text_findings: "Text problems and repairs",
    no_findings: "No text problems found",
    removed_chrome: "Web page chrome (left out)",
    removed_duplicate: "Duplicated body (left out)",
    removed_other: "Left out",
    export: "Export",
    export_csv: "CSV",
    export_xlsx: "Excel",
    export_json: "JSON",
    copy_table: "Copy table",
    scope_current: "This report",
    scope_all: "All reports",
    copied: "Copied; paste into Excel or WPS",
    copy_failed: "Could not write to the clipboard",
    exported: "Exported",
    export_failed: "Export failed",
    exporting: "Preparing the file…",
    nothing_to_export: "No report to export",
    select_report: "Select a report from the list",
    failed_title: "This file could not be analysed",
    issuer: "Issuer",
    year: "Year",
    published: "Published",
    headings: "Headings",
    points: "Points",
    panel_list: "Reports",
    panel_outline: "Outline",
    panel_table: "Metrics",
    panel_source: "Text",
    panel_findings: "Findings",
    file_not_utf8: "The file is not UTF-8 text",
    legend_heading: "Heading",
    legend_metric: "Metric",
    legend_date: "Date",
    legend_repair: "Repair",
    legend_removed: "Left out",
    offline_ready: "Ready to work offline",
    compare: "Compare",
    compare_title: "Report comparison",
    compare_hint: "Where reports come from the same issuer, the later year shows the change from the earlier one; ≈ marks a rate computed from the report's counts, not printed in it. Click a figure to see it in its report.",
    compare_back: "Back to the report",
    compare_select: "Select to compare: ",
    compare_tick_hint: "Tick two or more analysed reports, then Compare",
    select_all: "Select all",
    select_none: "Clear selection",
    comparing: "Comparing…",
    compare_failed: "Comparison failed",
    indicator: "Indicator",
    measures: "Report profile",
    chart: "Chart",
    chart_alt: "Chart: each report's canonical indicators, each row scaled to its own maximum",
    export_svg: "SVG chart",
    derived_rate: "Computed from the report's counts, not printed in it",
    profile: "Profile",
    p_length: "Length",
    p_metrics: "Metrics",
    p_indicators: "Canonical indicators",
    p_areas: "纲要 areas covered",
    p_headings: "Headings",
    p_headings_per_part: "Headings per required part",
    p_problems: "Problems part (R2)",
    p_causes: "Causes",
    causes_given: "causes given",
    causes_missing: "no causes given",
    p_parts: "Required parts (R1–R4)",
    p_timeliness: "Publication deadline",
    on_time: "published on time",
    late: "published late",
    date_unknown: "publication date or year unknown",
    p_examples: "Cases and examples mentioned",
    p_derived: "Implied rates (not printed)",
    none: "none",
    col_indicator: "Indicator",
    format: "Format",
    encoding: "Encoding",
    reread_as: "Read with another encoding",
};

pub fn kind_name(lang: Lang, kind: MetricKind) -> &'static str {
    match kind {
        MetricKind::Count => lang.pick("数量", "count"),
        MetricKind::Percent => lang.pick("比例", "percent"),
        MetricKind::Money => lang.pick("金额", "money"),
        MetricKind::Change => lang.pick("增减", "change"),
        MetricKind::Duration => lang.pick("时长", "duration"),
        MetricKind::Other => lang.pick("其他", "other"),
    }
}

pub const ALL_KINDS: [MetricKind; 6] = [
    MetricKind::Count,
    MetricKind::Percent,
    MetricKind::Money,
    MetricKind::Change,
    MetricKind::Duration,
    MetricKind::Other,
];

pub fn direction_name(lang: Lang, d: Direction) -> &'static str {
    match d {
        Direction::Up => lang.pick("↑ 增长", "↑ up"),
        Direction::Down => lang.pick("↓ 下降", "↓ down"),
    }
}

pub fn coverage_name(lang: Lang, c: Coverage) -> &'static str {
    match c {
        Coverage::Heading => lang.pick("有专章", "own section"),
        Coverage::Passage => lang.pick("仅段落提及", "a passage only"),
        Coverage::Missing => lang.pick("缺失", "missing"),
    }
}

pub fn part_requirement(lang: Lang, p: Part) -> &'static str {
    match lang {
        Lang::Zh => p.requirement_zh(),
        Lang::En => p.requirement_en(),
    }
}

/// `3 份报告` / `3 reports`.
pub fn report_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("{n} 份报告"),
        Lang::En if n == 1 => "1 report".to_string(),
        Lang::En => format!("{n} reports"),
    }
}

/// `12 / 200 已完成` / `12 of 200 done`.
pub fn batch_progress(lang: Lang, done: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("已分析 {done} / {total}"),
        Lang::En => format!("{done} of {total} analysed"),
    }
}

/// Counts shown in the report list: `17 标题 · 43 指标 · 5 发现`.
pub fn counts_line(lang: Lang, headings: usize, metrics: usize, findings: usize) -> String {
    match lang {
        Lang::Zh => format!("{headings} 标题 · {metrics} 指标 · {findings} 发现"),
        Lang::En => format!("{headings} headings · {metrics} metrics · {findings} findings"),
    }
}

pub fn metric_count(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::Zh if shown == total => format!("共 {total} 项"),
        Lang::Zh => format!("{shown} / {total} 项"),
        Lang::En if shown == total => format!("{total} in all"),
        Lang::En => format!("{shown} of {total}"),
    }
}

/// Tooltip for a heading's metric badge.
pub fn section_metrics(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("本节 {n} 项指标"),
        Lang::En => format!("{n} metrics in this section"),
    }
}

/// A decoder format (`text`, `html` …) for people.
pub fn format_name(lang: Lang, format: &str) -> String {
    let name = match format {
        "text" => lang.pick("纯文本", "plain text"),
        "html" => lang.pick("网页", "web page"),
        "mhtml" => "MHTML",
        "docx" => "Word (.docx)",
        "pdf" => "PDF",
        other => other,
    };
    name.to_string()
}

/// `1 234 字（不含空白）`.
pub fn length_text(lang: Lang, chars: usize) -> String {
    match lang {
        Lang::Zh => format!("{chars} 字（不含空白）"),
        Lang::En => format!("{chars} characters (without whitespace)"),
    }
}

pub fn metrics_density(lang: Lang, metrics: usize, per_1000: f64) -> String {
    match lang {
        Lang::Zh => format!("{metrics} 项，每千字 {per_1000:.2} 项"),
        Lang::En => format!("{metrics}, {per_1000:.2} per 1 000 characters"),
    }
}

pub fn indicators_text(lang: Lang, with: usize, distinct: usize) -> String {
    match lang {
        Lang::Zh => format!("{with} 项数据对应 {distinct} 个常见指标"),
        Lang::En => format!("{with} metrics state {distinct} canonical indicators"),
    }
}

pub fn problems_text(lang: Lang, chars: usize, share: f64) -> String {
    match lang {
        Lang::Zh => format!("{chars} 字，占全文 {share:.2}%"),
        Lang::En => format!("{chars} characters, {share:.2}% of the report"),
    }
}

pub fn parts_text(lang: Lang, found: usize, with_heading: usize) -> String {
    match lang {
        Lang::Zh => format!("已体现 {found}/4，有专门标题 {with_heading}/4"),
        Lang::En => format!("{found} of 4 present, {with_heading} of 4 with a heading"),
    }
}

pub fn deadline_text(lang: Lang, deadline: &str) -> String {
    match lang {
        Lang::Zh => format!("{deadline} 前"),
        Lang::En => format!("by {deadline}"),
    }
}

/// `12 处` / `12`.
pub fn mentions(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("{n} 处"),
        Lang::En => n.to_string(),
    }
}

/// A comparison cell whose indicator the report states more than once.
pub fn more_in_report(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("报告中另有 {n} 处同一指标"),
        Lang::En => format!("{n} more of this indicator in the report"),
    }
}

pub fn selected_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("已选 {n} 份"),
        Lang::En => format!("{n} selected"),
    }
}

pub fn file_too_large(lang: Lang, mb: usize) -> String {
    match lang {
        Lang::Zh => format!("文件较大（{mb} MB），分析可能需要一些时间"),
        Lang::En => format!("Large file ({mb} MB); analysis may take a while"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_is_the_default() {
        assert_eq!(Lang::default(), Lang::Zh);
        assert_eq!(Lang::default().strings().paste, "粘贴文本");
        assert_eq!(Lang::Zh.toggled(), Lang::En);
    }

    #[test]
    fn counts_read_naturally() {
        assert_eq!(report_count(Lang::En, 1), "1 report");
        assert_eq!(report_count(Lang::Zh, 3), "3 份报告");
        assert_eq!(metric_count(Lang::Zh, 3, 10), "3 / 10 项");
    }
}
