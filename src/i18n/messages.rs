//! Notices and errors, each made in both languages at once ([`Bilingual`]): the worker and the
//! engine make them without knowing the page's language, and the reducer keeps them, so the
//! page shows each in whichever language it is in when the message is on screen.

use super::{both, Bilingual};

pub fn nothing_to_export() -> Bilingual {
    both(|s| s.nothing_to_export)
}

pub fn copied() -> Bilingual {
    both(|s| s.copied)
}

pub fn copy_failed() -> Bilingual {
    both(|s| s.copy_failed)
}

pub fn stopped() -> Bilingual {
    both(|s| s.status_stopped)
}

pub fn compare_tick_hint() -> Bilingual {
    both(|s| s.compare_tick_hint)
}

/// A file was saved: `已导出 a.csv`.
pub fn exported(name: &str) -> Bilingual {
    Bilingual::new(format!("已导出 {name}"), format!("Exported {name}"))
}

/// A file could not be made or saved, and why.
pub fn export_failed(reason: &Bilingual) -> Bilingual {
    Bilingual::new(
        format!("导出失败：{}", reason.zh),
        format!("Export failed: {}", reason.en),
    )
}

/// The browser's reason (not translated: it comes from the browser).
pub fn browser_error(detail: &str) -> Bilingual {
    Bilingual::new(detail, detail)
}

pub fn export_empty() -> Bilingual {
    Bilingual::new("导出结果为空", "The export came back empty")
}

pub fn engine_not_loaded(detail: &str) -> Bilingual {
    Bilingual::new(
        format!("分析引擎无法加载：{detail}"),
        format!("The analysis engine could not be loaded: {detail}"),
    )
}

pub fn engine_not_started(detail: &str) -> Bilingual {
    Bilingual::new(
        format!("分析引擎无法启动：{detail}"),
        format!("The analysis engine could not start: {detail}"),
    )
}

/// A worker trapped (a bug, never the user's input): the one job fails, the rest go on.
pub fn internal_error(detail: &str) -> Bilingual {
    Bilingual::new(
        format!("分析时出现内部错误（{detail}）；其他报告不受影响"),
        format!("Internal error while analysing ({detail}); other reports are unaffected"),
    )
}

/// A job lost with a worker that trapped on another job.
pub fn interrupted() -> Bilingual {
    Bilingual::new(
        "分析被中断，请重新添加此文件",
        "Analysis was interrupted; add this file again",
    )
}

pub fn file_unreadable(detail: &str) -> Bilingual {
    Bilingual::new(
        format!("文件无法读取：{detail}"),
        format!("The file could not be read: {detail}"),
    )
}

pub fn handoff_failed() -> Bilingual {
    Bilingual::new(
        "无法交给后台线程处理",
        "Could not hand the job to the worker",
    )
}

pub fn no_text() -> Bilingual {
    Bilingual::new("没有文本", "No text")
}

pub fn no_sample() -> Bilingual {
    Bilingual::new("没有这份样例", "No such sample")
}

pub fn unreadable_report(detail: &str) -> Bilingual {
    Bilingual::new(
        format!("报告数据无法读取：{detail}"),
        format!("Unreadable report data: {detail}"),
    )
}

pub fn workbook_failed(detail: &str) -> Bilingual {
    Bilingual::new(
        format!("Excel 文件生成失败：{detail}"),
        format!("Could not build the workbook: {detail}"),
    )
}

pub fn compare_needs_two() -> Bilingual {
    Bilingual::new(
        "请至少选择两份已完成分析的报告",
        "Select at least two analysed reports",
    )
}

/// A stored report whose text could not be read back.
pub fn not_restored() -> Bilingual {
    Bilingual::new(
        "无法从浏览器存储中恢复此报告，请重新添加文件",
        "This report could not be restored from the browser's storage; add the file again",
    )
}

pub fn workspace_unreadable(reason: &Bilingual) -> Bilingual {
    Bilingual::new(
        format!("工作区文件无法打开：{}", reason.zh),
        format!("The workspace file could not be opened: {}", reason.en),
    )
}

/// `已打开工作区：新增 3 份报告` (reports already listed take the file's corrections).
pub fn workspace_opened(added: usize) -> Bilingual {
    Bilingual::new(
        format!("已打开工作区：新增 {added} 份报告，已有报告的更正已合并"),
        format!("Workspace opened: {added} reports added, corrections of listed reports merged"),
    )
}

/// Undo took back one step of corrections of the report on screen: which, and what it was
/// (`已撤销：「163件」的数值 → 170（等 2 项）`).
pub fn undone(report: &str, what: &Bilingual) -> Bilingual {
    Bilingual::new(
        format!("已撤销（{report}）：{}", what.zh),
        format!("Undone in {report}: {}", what.en),
    )
}

/// Redo made a step of corrections again.
pub fn redone(report: &str, what: &Bilingual) -> Bilingual {
    Bilingual::new(
        format!("已重做（{report}）：{}", what.zh),
        format!("Redone in {report}: {}", what.en),
    )
}

/// Undo pressed with nothing to take back in the report on screen (each report has its own
/// undo: another report's corrections are undone in that report).
pub fn nothing_to_undo() -> Bilingual {
    Bilingual::new(
        "此报告没有可撤销的更正（其他报告的更正请在该报告中撤销）",
        "Nothing to undo in this report (another report's corrections are undone in that report)",
    )
}

pub fn nothing_to_redo() -> Bilingual {
    Bilingual::new("此报告没有可重做的更正", "Nothing to redo in this report")
}
