//! Web-page chrome: the lines a scraper or "save as text" carries along with the report.
//!
//! Channel labels (通知公告), source and date lines (来源: … 发布日期: …), breadcrumbs,
//! print/close buttons, clock widgets, copyright footers. They are left out of the analysis,
//! but the values they carry (publication date, source) are kept as metadata.

use super::fold::fold;
use crate::lexicon::data::chrome::{
    BREADCRUMB_STARTS, BUTTONS, DATE_LABELS, FOOTER_CONTAINS, FOOTER_STARTS, ITEM_MARK_CHARS,
    LABELS, SOURCE_LABELS, WHOLE_LINE,
};
use crate::lexicon::patterns::page_chrome;
use crate::text::AnyOf;

/// What a chrome line says, if anything useful.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChromeInfo {
    /// `YYYY-MM-DD` from 发布日期 / 发布时间 / 成文日期.
    pub published: Option<String>,
    /// The publisher from 来源 / 发布机构 / 发文机构.
    pub source: Option<String>,
}

/// Longest line (bytes) looked at: chrome is one short line; a footer runs to ~100 characters.
const MAX_CHROME_BYTES: usize = 400;

/// Longest line still considered chrome: body paragraphs are longer.
const MAX_CHROME_CHARS: usize = 160;

/// Classifies one line; `Some` when it is chrome.
pub fn classify(line: &str) -> Option<ChromeInfo> {
    classify_with(line, &mut Scratch::default())
}

/// The folded line and its compact form (whitespace left out), kept from line to line so that
/// classifying every short line of a text allocates nothing.
#[derive(Default)]
pub struct Scratch {
    folded: String,
    compact: String,
}

/// [`classify`] with buffers reused from line to line.
pub fn classify_with(line: &str, scratch: &mut Scratch) -> Option<ChromeInfo> {
    // Body paragraphs are long and end in 。: rule them out before any work.
    let trimmed = line.trim_end();
    if line.len() > MAX_CHROME_BYTES || (trimmed.ends_with('。') && trimmed.len() > 60) {
        return None;
    }
    let Scratch { folded, compact } = scratch;
    fold_and_compact(line, folded, compact);
    let (folded, compact) = (folded.as_str(), compact.as_str());
    if compact.is_empty() {
        return None;
    }
    // (Counted no further than one past the limit.)
    if compact.chars().nth(MAX_CHROME_CHARS).is_some() {
        return None;
    }
    if WHOLE_LINE.contains(&compact) || page_chrome(compact) {
        return Some(ChromeInfo::default());
    }
    if is_breadcrumb(compact) || is_footer(compact) || is_clock(compact) || is_buttons(compact) {
        return Some(ChromeInfo::default());
    }
    label_line(folded)
}

/// `fold_str(line)` into `folded` and the same without whitespace into `compact`. A line in which
/// nothing folds ([`super::skip_plain`] passes all of it) is copied, and its compact form cut
/// from the bytes: the only whitespace such a line can hold is ASCII (but CR) and U+2028/U+2029.
fn fold_and_compact(line: &str, folded: &mut String, compact: &mut String) {
    folded.clear();
    compact.clear();
    let bytes = line.as_bytes();
    if super::skip_plain(bytes, 0, bytes.len()) < bytes.len() {
        return fold_each(line, folded, compact);
    }
    folded.push_str(line);
    let (mut at, mut run) = (0, 0);
    while at < bytes.len() {
        let space = match bytes[at] {
            b' ' | b'\t' | b'\n' | 0x0B | 0x0C => 1,
            0xE2 if bytes.get(at + 1) == Some(&0x80)
                && matches!(bytes.get(at + 2), Some(0xA8 | 0xA9)) =>
            {
                3
            }
            _ => 0,
        };
        if space > 0 {
            compact.push_str(&line[run..at]);
            run = at + space;
        }
        at += space.max(1);
    }
    compact.push_str(&line[run..]);
}

/// [`fold_and_compact`] character by character: the general path.
fn fold_each(line: &str, folded: &mut String, compact: &mut String) {
    for c in line.chars() {
        let f = match fold(c) {
            Some(('\0', _)) => continue,
            Some((f, _)) => f,
            None => c,
        };
        folded.push(f);
        if !f.is_whitespace() {
            compact.push(f);
        }
    }
}

fn is_breadcrumb(s: &str) -> bool {
    if BREADCRUMB_STARTS.iter().any(|p| s.starts_with(p)) {
        return true;
    }
    s.starts_with("首页")
        && s.matches(['>', '»', '›', '＞']).count() >= 2
        && s.chars().count() <= 80
}

fn is_footer(s: &str) -> bool {
    // (A first-character filter and a comparison where it passes: most lines asked are short
    // headings in which no footer word starts, and the automaton stepped through every character.)
    static FOOTER: std::sync::OnceLock<AnyOf> = std::sync::OnceLock::new();
    FOOTER.get_or_init(|| AnyOf::new(FOOTER_CONTAINS)).is_in(s) || is_footer_otherwise(s)
}

/// A footer told by how the line starts (`footer_starts`) or by the site's address line
/// (地址:人民路1号 邮编:123456 电话:…), not by a footer word inside it.
fn is_footer_otherwise(s: &str) -> bool {
    FOOTER_STARTS.iter().any(|p| s.starts_with(p))
        || (s.starts_with("地址:") || s.contains("邮编:"))
            && (s.contains("邮编") || s.contains("电话"))
}

/// A row of page buttons: `【字体:大中小】【打印本页】【关闭窗口】`, `[打印][关闭]`.
fn is_buttons(s: &str) -> bool {
    let mut rest = s;
    let mut groups = 0;
    while !rest.is_empty() {
        let Some(open) = rest.chars().next().filter(|&c| c == '【' || c == '[') else {
            return false;
        };
        let close = if open == '【' { '】' } else { ']' };
        let Some(end) = rest.find(close) else {
            return false;
        };
        let inner = &rest[open.len_utf8()..end];
        if !BUTTONS.iter().any(|b| inner.starts_with(b)) {
            return false;
        }
        groups += 1;
        rest = &rest[end + close.len_utf8()..];
    }
    groups > 0
}

/// `今天是:2019年10月31日 星期三` and stale clock widgets.
fn is_clock(s: &str) -> bool {
    s.starts_with("今天是")
        || (s.contains("星期") && s.chars().count() <= 40 && s.contains('年') && s.contains('日'))
}

/// [`LABELS`] indexed by first character.
fn labels() -> &'static crate::lexicon::words::ByFirst {
    static INDEX: std::sync::OnceLock<crate::lexicon::words::ByFirst> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| crate::lexicon::words::ByFirst::new(&[LABELS]))
}

/// `来源: 柳城县人民政府 | 发布日期: 2026-02-13 09:53`: every piece must be `label: value`. A
/// metadata block set as a list (`• 发布机构: 济南市教育局`, `- 索引号:…`) is read the same.
fn label_line(folded: &str) -> Option<ChromeInfo> {
    let s = folded
        .trim()
        .trim_start_matches(ITEM_MARK_CHARS)
        .trim_start();
    if s.starts_with('[') {
        return bracketed_labels(s);
    }
    // (Every short line is asked this: only the labels starting with its first character.)
    let starts_with_label = labels()
        .prefixes(s)
        .any(|l| s[l.len()..].trim_start().starts_with([':', '：']));
    if !starts_with_label {
        return None;
    }
    let mut info = ChromeInfo::default();
    for (label, value) in pairs(s) {
        if DATE_LABELS.contains(&label.as_str()) {
            if let Some(d) = parse_date(&value) {
                info.published.get_or_insert(d);
            } else if matches!(label.as_str(), "日期" | "时间") {
                // A bare 日期:/时间: line must carry a date to count as chrome.
                return None;
            }
        } else if SOURCE_LABELS.contains(&label.as_str()) && !value.is_empty() {
            info.source.get_or_insert(value);
        }
    }
    Some(info)
}

/// A disclosure block whose labels stand in square brackets, a row holding one or two
/// (`[ 发布机构 ] 丰都县栗子乡人民政府 [ 有效性 ]`, `[ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10`):
/// every bracket must hold a known label; the text after each is its value.
fn bracketed_labels(s: &str) -> Option<ChromeInfo> {
    let mut info = ChromeInfo::default();
    let mut rest = s;
    while let Some(inner) = rest.strip_prefix('[') {
        let end = inner.find(']')?;
        let label: String = inner[..end]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if !LABELS.contains(&label.as_str()) {
            return None;
        }
        let after = &inner[end + 1..];
        let next = after.find('[').unwrap_or(after.len());
        let value = after[..next].trim();
        if DATE_LABELS.contains(&label.as_str()) {
            if let Some(d) = parse_date(value) {
                info.published.get_or_insert(d);
            }
        } else if SOURCE_LABELS.contains(&label.as_str()) && !value.is_empty() {
            info.source.get_or_insert_with(|| value.to_string());
        }
        rest = &after[next..];
    }
    rest.is_empty().then_some(info)
}

/// Splits `a: x | b: y  c: z` into pairs. A value runs until the next known label.
fn pairs(s: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let trimmed = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '|' || c == '丨');
        let Some(label) = labels()
            .prefixes(trimmed)
            .max_by_key(|l| l.len())
            .filter(|l| trimmed[l.len()..].trim_start().starts_with([':', '：']))
        else {
            break;
        };
        let after = trimmed[label.len()..].trim_start();
        let after = after
            .strip_prefix(':')
            .or_else(|| after.strip_prefix('：'))
            .unwrap_or(after);
        // The value ends where the next `label:` starts, after a bar or a space, or glued on
        // (来源:静海区人民政府办公室 发布时间:2024-03-28).
        let mut end = after.len();
        for (i, c) in after.char_indices().skip(1) {
            let next =
                after[i..].trim_start_matches(|c: char| c.is_whitespace() || c == '|' || c == '丨');
            let starts_label = labels()
                .prefixes(next)
                .any(|l| next[l.len()..].trim_start().starts_with([':', '：']));
            if starts_label || (next.is_empty() && c != ' ') {
                end = i;
                break;
            }
        }
        out.push((label.to_string(), after[..end].trim().to_string()));
        rest = &after[end..];
    }
    out
}

/// `2026-02-13`, `2026/2/13 09:53`, `2026.02.13`, `2026年2月13日` → `2026-02-13`.
pub fn parse_date(s: &str) -> Option<String> {
    let (y, m, d) = crate::lexicon::patterns::date_ymd(s.trim())?;
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The footer words found by a first-character filter (`AnyOf`) where the automaton of the
    /// whole list found them: every seed line, and each word inside, at the ends of and cut
    /// from a line.
    #[test]
    fn footer_words_are_found_as_the_automaton_found_them() {
        let automaton = crate::lexicon::words::Words::new(FOOTER_CONTAINS);
        let mut texts = crate::test_seeds::seed_lines();
        for w in FOOTER_CONTAINS {
            let cut: String = w.chars().skip(1).collect();
            texts.extend([
                w.to_string(),
                format!("版权{w}所有"),
                format!("{cut}审结"),
                format!("主办{w}"),
            ]);
        }
        for t in &texts {
            assert_eq!(
                is_footer(t),
                automaton.any_in(t) || is_footer_otherwise(t),
                "{t}"
            );
        }
    }

    #[test]
    fn channel_labels_and_buttons_are_chrome() {
        assert!(classify("通知公告").is_some());
        assert!(classify("×").is_some());
        assert!(classify("  【打印】 【关闭】 ").is_some());
        assert!(classify("无障碍 简体| 繁体").is_some());
        assert!(classify("【字体：大 中 小】 【打印本页】 【关闭窗口】").is_some());
        assert!(classify("上一篇：关于开展2025年普法工作的通知").is_some());
        assert!(classify("地址：XX区人民路1号 邮编：123456 电话：0771-1234567").is_some());
        assert!(classify("【典型案例】某县推行柔性执法").is_none());
    }

    #[test]
    fn a_page_s_own_chrome_is_chrome() {
        // A converted PDF's running header and page label (seen in a 政府工作报告 page).
        assert!(classify("Page 2 - 政府工作报告").is_some());
        assert!(classify("P. 2").is_some());
        assert!(classify("- 3 -").is_some());
        assert!(classify("－３－").is_some());
        assert!(classify("第 4 页  共 10 页").is_some());
        // A cell of a flattened table stays text.
        assert!(classify("12").is_none());
        assert!(classify("3/12").is_none());
        assert_eq!(
            classify("发布时间：2025-03-18 10:20 信息来源：区司法局 浏览量：1234")
                .and_then(|i| i.source)
                .as_deref(),
            Some("区司法局")
        );
    }

    #[test]
    fn source_and_date_lines_keep_their_values() {
        let info = classify("来源: 柳城县人民政府").unwrap();
        assert_eq!(info.source.as_deref(), Some("柳城县人民政府"));
        let info = classify("来源:静海区人民政府办公室 发布时间:2024-03-28 09:18").unwrap();
        assert_eq!(info.source.as_deref(), Some("静海区人民政府办公室"));
        assert_eq!(info.published.as_deref(), Some("2024-03-28"));
        let info = classify("发布日期: 2026-02-13").unwrap();
        assert_eq!(info.published.as_deref(), Some("2026-02-13"));
        // Seed 004's second header, with NBSP padding around the bar.
        let info = classify("来源: 柳城县人民政府\u{a0} |\u{a0}\u{a0} 发布日期: 2026-02-13 09:53")
            .unwrap();
        assert_eq!(info.source.as_deref(), Some("柳城县人民政府"));
        assert_eq!(info.published.as_deref(), Some("2026-02-13"));
    }

    /// A disclosure block with its labels in square brackets (丰都县栗子乡, 2026): each row is
    /// chrome, its publisher and dates kept.
    #[test]
    fn a_metadata_block_with_bracketed_labels_is_read_the_same() {
        let info = classify("[ 发布机构 ] 丰都县栗子乡人民政府 [ 有效性 ]").unwrap();
        assert_eq!(info.source.as_deref(), Some("丰都县栗子乡人民政府"));
        let info = classify("[ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10").unwrap();
        assert_eq!(info.published.as_deref(), Some("2026-01-22"));
        assert!(classify("[ 索引号 ] 11500230008689762A/2026-00004 [ 发文字号 ]").is_some());
        assert!(classify("[ 发文字号 ]").is_some());
        // A bracket holding anything else is not a label (a note, a list item).
        assert!(classify("[1] 丰都县2025年法治政府建设工作要点").is_none());
        assert!(classify("[ 注 ] 本表数据截至2025年底").is_none());
    }

    #[test]
    fn a_metadata_block_set_as_a_list_is_read_the_same() {
        let info = classify("  • 发布机构: 湖南省生态环境厅").unwrap();
        assert_eq!(info.source.as_deref(), Some("湖南省生态环境厅"));
        let info = classify("- 发文日期: 2024-02-29 20:13").unwrap();
        assert_eq!(info.published.as_deref(), Some("2024-02-29"));
        // A list item of the body is not chrome.
        assert_eq!(classify("- 审结案件5件"), None);
    }

    #[test]
    fn report_sentences_are_not_chrome() {
        assert!(classify("一、2025年推进法治政府建设主要举措和成效").is_none());
        assert!(classify("柳城县2025年法治政府建设年度报告").is_none());
        assert!(classify("时间紧、任务重，我们坚持依法行政").is_none());
        assert!(classify("").is_none());
    }

    #[test]
    fn clock_widgets_and_footers_are_chrome() {
        assert!(classify("今天是:2019年10月31日 星期三 农历十月初七").is_some());
        assert!(classify("天津市静海区人民政府 2019年12月3日星期二").is_some());
        assert!(classify("Copyright © 2017 广州市司法局 粤ICP备12345号").is_some());
        assert!(classify("首页 > 政务公开 > 法治政府建设").is_some());
        // A portal's browser advice over the report (blind18 吉昌镇): its 人民政府 is the site's.
        assert!(classify(
            "吉县人民政府门户网站提示:使用大于1366*768分辨率/IE10.0或以上浏览器可以获得最佳浏览效果!"
        )
        .is_some());
    }

    /// The copy taken for a line in which nothing folds is what folding each character gives.
    #[test]
    fn plain_lines_fold_like_each_character() {
        let mut texts = crate::test_seeds::seed_lines();
        texts.extend(crate::test_seeds::probe_chars().map(|c| format!("来源{c}: 县 政府{c}")));
        let (mut f1, mut c1) = (String::new(), String::new());
        for t in &texts {
            fold_and_compact(t, &mut f1, &mut c1);
            let (mut f2, mut c2) = (String::new(), String::new());
            fold_each(t, &mut f2, &mut c2);
            assert_eq!((&f1, &c1), (&f2, &c2), "{t:?}");
        }
    }

    #[test]
    fn dates_in_several_spellings() {
        assert_eq!(parse_date("2026/2/13 09:53").as_deref(), Some("2026-02-13"));
        assert_eq!(parse_date("2024年3月28日").as_deref(), Some("2024-03-28"));
        assert_eq!(parse_date("13/2/2026"), None);
    }
}
