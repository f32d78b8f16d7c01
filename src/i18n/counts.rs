//! Strings with numbers in them, worded for each language.

use super::Lang;
use crate::view::number::fixed2;

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

/// `1 234 字（不含空白）`.
pub fn length_text(lang: Lang, chars: usize) -> String {
    match lang {
        Lang::Zh => format!("{chars} 字（不含空白）"),
        Lang::En => format!("{chars} characters (without whitespace)"),
    }
}

pub fn metrics_density(lang: Lang, metrics: usize, per_1000: f64) -> String {
    match lang {
        Lang::Zh => format!("{metrics} 项，每千字 {} 项", fixed2(per_1000)),
        Lang::En => format!("{metrics}, {} per 1 000 characters", fixed2(per_1000)),
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
        Lang::Zh => format!("{chars} 字，占全文 {}%", fixed2(share)),
        Lang::En => format!("{chars} characters, {}% of the report", fixed2(share)),
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

/// `2023年度` / `2023`, in the report list.
pub fn year_text(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{year}年度"),
        Lang::En => year.to_string(),
    }
}

/// Under the report list after Stop.
pub fn stopped_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("已停止：{n} 份未分析"),
        Lang::En => format!("Stopped: {n} not analysed"),
    }
}

/// A heading's 一是/二是 points: `3点` / `3 pt`.
pub fn points_badge(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("{n}点"),
        Lang::En => format!("{n} pt"),
    }
}

/// The export scope "all reports" with its count.
pub fn scope_all(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("全部报告（{n}）"),
        Lang::En => format!("All reports ({n})"),
    }
}
