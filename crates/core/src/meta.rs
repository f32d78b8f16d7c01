//! Stage 2, meta: title, issuer, the year reported on, publication date.
//!
//! The title is looked for among the first lines, before the first heading or body paragraph:
//! a short line that names the genre (法治政府/法治建设 … 报告), joined with the next line when a
//! scraper or typesetter split it (`柳州市2021年度法治政府建设⏎情况报告`). An issuing body may
//! stand on its own line above it (`柳州市司法局`). Reports without a title line (pasted
//! mid-page) fall back to the caller's hint and otherwise get a finding.

use crate::clean::lines::{lines, trim};
use crate::clean::Cleaned;
use crate::model::Options;
use crate::model::{Bilingual, Finding, FindingKind};
use crate::span::Span;
use crate::text::{first_year, is_cjk};

#[derive(Clone, Debug, Default)]
pub struct Meta {
    pub title: Option<String>,
    pub title_span: Option<Span>,
    /// Cleaned-text range of the title block (issuer and title lines), which is not body text.
    pub title_range: Option<(usize, usize)>,
    pub issuer: Option<String>,
    pub year: Option<i32>,
    pub published: Option<String>,
    pub findings: Vec<Finding>,
}

/// How many leading non-empty lines may hold the title block.
const TITLE_SEARCH_LINES: usize = 6;
/// A title line is short; body paragraphs are long.
const MAX_TITLE_CHARS: usize = 60;

pub fn read_meta(cleaned: &Cleaned<'_>, options: &Options) -> Meta {
    let text = cleaned.text.as_str();
    let mut meta = Meta {
        published: cleaned.chrome.published.clone(),
        ..Meta::default()
    };

    let candidates: Vec<(usize, usize)> = lines(text)
        .into_iter()
        .filter(|l| !trim(l.text(text)).is_empty())
        .take(TITLE_SEARCH_LINES)
        .map(|l| trimmed_range(text, l.start, l.end))
        .collect();

    if let Some((block_start, title_start, title_end)) = find_title(text, &candidates) {
        let title = collapse_lines(cleaned.source(title_start, title_end));
        meta.title_span = Some(cleaned.span(title_start, title_end));
        meta.title_range = Some((block_start, title_end));
        if title_start > block_start {
            meta.issuer = Some(trim(cleaned.source(block_start, title_start)).to_string());
        }
        if cleaned.source(title_start, title_end).contains('\n') {
            meta.findings.push(Finding {
                kind: FindingKind::TitleSplit,
                message: Bilingual {
                    en: format!("Title split over several lines, read as \"{title}\""),
                    zh: format!("标题被拆成多行，已合并为“{title}”"),
                },
                span: meta.title_span,
            });
        }
        meta.year = title_year(&title);
        if meta.issuer.is_none() {
            meta.issuer = issuer_in_title(&title);
        }
        meta.title = Some(title);
    } else if let Some((start, end)) =
        title_in_running_text(text, candidates.first().map_or(0, |&(s, _)| s))
    {
        // Text that lost its line breaks: the title runs straight into the body.
        let title = collapse_lines(cleaned.source(start, end));
        meta.title_span = Some(cleaned.span(start, end));
        meta.title_range = Some((start, end));
        meta.year = title_year(&title);
        meta.issuer = issuer_in_title(&title);
        meta.title = Some(title);
    } else {
        let first = candidates.first().map_or(0, |&(s, _)| s);
        meta.title = options
            .title_hint
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string);
        meta.findings.push(Finding {
            kind: FindingKind::NoTitle,
            message: Bilingual {
                en: "No title line found; the text seems to start mid-report.".into(),
                zh: "未找到标题行，文本可能从报告中间开始。".into(),
            },
            span: Some(cleaned.span(first, first)),
        });
        if let Some(t) = &meta.title {
            meta.year = title_year(t);
        }
    }

    // The issuer from the page's source line beats a place name cut from the title
    // (柳城县人民政府 rather than 柳城县), but not an issuer line of the document itself.
    let issuer_line = meta
        .title_range
        .zip(meta.title_span)
        .is_some_and(|((b, _), t)| cleaned.span(b, b).start < t.start);
    // The report's own signature (XX区人民政府 over the date at the end) beats both.
    if !issuer_line {
        if let Some(signed) = signature_issuer(text) {
            meta.issuer = Some(trim(&signed).to_string());
        } else if let Some(src) = &cleaned.chrome.source {
            meta.issuer = Some(src.clone());
        }
    }

    let body_from = meta.title_range.map_or(0, |(_, e)| e);
    let opening = opening_sentence(text, body_from);
    if meta.issuer.is_none() {
        meta.issuer = issuer_in_opening(opening).or_else(|| issuer_alone(text, &candidates));
    }
    if meta.year.is_none() {
        // The body opens with the year it reports on (2022年，在市委坚强领导下…); a date line
        // such as (2023年5月30日在…会议上) before it is when the report was given.
        meta.year = year_opener(text, body_from)
            .or_else(|| first_year(opening))
            .or_else(|| first_year(text));
    }
    if meta.published.is_none() {
        meta.published = signature_date(text).or_else(|| date_under_title(text, body_from));
    }
    meta
}

/// A date alone on the line under the title, as speeches and reports to a congress carry it:
/// `（2025年3月20日）`.
fn date_under_title(text: &str, body_from: usize) -> Option<String> {
    let line = lines(&text[body_from..])
        .into_iter()
        .map(|l| trim(l.text(&text[body_from..])))
        .find(|l| !l.is_empty())?;
    let inner = line
        .trim_matches(|c: char| matches!(c, '(' | ')' | '（' | '）') || c.is_whitespace())
        .to_string();
    let compact: String = inner.chars().filter(|c| !c.is_whitespace()).collect();
    (compact.chars().count() <= 11 && compact.ends_with('日'))
        .then(|| crate::clean::chrome::parse_date(&compact))
        .flatten()
}

/// Finds the title block among the candidate lines: `(block start, title start, title end)`.
fn find_title(text: &str, candidates: &[(usize, usize)]) -> Option<(usize, usize, usize)> {
    for (i, &(start, end)) in candidates.iter().enumerate() {
        let line = &text[start..end];
        if line.chars().count() > MAX_TITLE_CHARS || starts_with_marker(line) {
            // Once body text starts, no title follows.
            if line.chars().count() > MAX_TITLE_CHARS {
                break;
            }
            continue;
        }
        // 某县2024年度法治政府建设情况: a title that names its year and ends in 情况.
        let dated_situation = line.ends_with("情况") && title_year(line).is_some();
        if names_genre(line)
            && (line.contains("报告")
                || line.ends_with("总结")
                || line.ends_with("工作情况")
                || dated_situation)
        {
            return Some((
                issuer_line_above(text, candidates, i).unwrap_or(start),
                start,
                end,
            ));
        }
        // A title broken over two lines: 柳州市2021年度法治政府建设 / 情况报告.
        if names_genre(line) && !line.contains('。') {
            if let Some(&(ns, ne)) = candidates.get(i + 1) {
                let next = &text[ns..ne];
                if next.chars().count() <= 20 && next.ends_with("报告") && !next.contains('。') {
                    return Some((
                        issuer_line_above(text, candidates, i).unwrap_or(start),
                        start,
                        ne,
                    ));
                }
            }
        }
    }
    None
}

/// A title at the very start of a text whose lines ran together (`…湖北省人民政府关于2023年度
/// 法治政府建设情况的报告2023年,省政府坚持…`): the first 报告 within the opening characters,
/// with 法治 shortly before it, back to where the run of Chinese starts.
fn title_in_running_text(text: &str, from: usize) -> Option<(usize, usize)> {
    let head = crate::text::window(text, from, from + 300);
    let report = head.find("报告")?;
    let end = report + "报告".len();
    let before: Vec<(usize, char)> = head[..report].char_indices().collect();
    let start_idx = before
        .iter()
        .rposition(|&(_, c)| !(is_cjk(c) || c.is_ascii_digit() || matches!(c, '、' | ' ')))
        .map_or(0, |k| k + 1);
    let start_idx = start_idx.max(before.len().saturating_sub(MAX_TITLE_CHARS));
    let start = before.get(start_idx).map_or(report, |&(i, _)| i);
    let start = start + (head[start..end].len() - head[start..end].trim_start().len());
    let title = &head[start..end];
    let plausible = names_genre(title) && title.chars().count() >= 8 && !title.contains('。');
    plausible.then_some((from + start, from + end))
}

/// An issuing body alone on the line just above the title (`柳州市司法局`).
fn issuer_line_above(text: &str, candidates: &[(usize, usize)], title_idx: usize) -> Option<usize> {
    let &(start, end) = candidates.get(title_idx.checked_sub(1)?)?;
    let line = &text[start..end];
    let n = line.chars().count();
    let looks_like_body = line.chars().any(|c| crate::text::one_of(c, "。，,；;：:"));
    ((2..=20).contains(&n) && !looks_like_body && ends_with_organ(line)).then_some(start)
}

fn ends_with_organ(s: &str) -> bool {
    [
        "局", "厅", "委", "办", "部", "政府", "市", "县", "区", "镇", "乡", "街道", "院", "署",
        "会", "中心", "州", "盟", "旗",
    ]
    .iter()
    .any(|o| s.ends_with(o))
}

fn names_genre(line: &str) -> bool {
    ["法治政府", "法治建设", "依法行政", "法治", "法制政府"]
        .iter()
        .any(|k| line.contains(k))
}

fn starts_with_marker(line: &str) -> bool {
    crate::lexicon::markers::parse_marker(line).is_some()
}

fn trimmed_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    (start + lead, end - trail)
}

/// Joins a title's lines as one reads them, without the spaces PDF text puts around figures
/// (`某县 2025 年度…` → `某县2025年度…`): Chinese is not written with spaces, and a title is
/// compared across reports. Spaces between Latin words stay.
fn collapse_lines(s: &str) -> String {
    let joined: String = s
        .lines()
        .map(trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("");
    let chars: Vec<char> = joined.chars().collect();
    let solid = |c: char| is_cjk(c) || c.is_ascii_digit() || !c.is_ascii();
    let mut out = String::with_capacity(joined.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_whitespace() {
            let prev = chars[..i].iter().rev().find(|c| !c.is_whitespace());
            let next = chars[i + 1..].iter().find(|c| !c.is_whitespace());
            let cjk_side = prev.is_some_and(|&p| is_cjk(p)) || next.is_some_and(|&n| is_cjk(n));
            if cjk_side && prev.is_some_and(|&p| solid(p)) && next.is_some_and(|&n| solid(n)) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// `柳州市2021年度…` → 2021.
fn title_year(title: &str) -> Option<i32> {
    first_year(title)
}

/// The place or body before the year in a title: `柳城县2023年…` → 柳城县.
fn issuer_in_title(title: &str) -> Option<String> {
    // 柳城县2023年… (before the year) or 重庆市人民政府关于… (before 关于).
    let cut = title
        .find(|c: char| c.is_ascii_digit() || crate::text::one_of(c, "〇一二三四五六七八九零"))
        .into_iter()
        .chain(title.find("关于"))
        .min()?;
    let head = title[..cut].trim();
    (head.chars().count() >= 2 && head.chars().all(is_cjk)).then(|| head.to_string())
}

/// The first paragraph after the title block.
fn opening_sentence(text: &str, from: usize) -> &str {
    let rest = text.get(from..).unwrap_or("");
    let rest = rest.trim_start();
    let end = rest.find(['。', '\n']).unwrap_or(rest.len());
    &rest[..end]
}

/// The year of the first paragraph that opens with one: `2022年，…`, `2022年以来…`, `2022年度…`.
fn year_opener(text: &str, from: usize) -> Option<i32> {
    lines(text)
        .iter()
        .filter(|l| l.start >= from)
        .map(|l| trim(l.text(text)))
        .filter(|l| !l.is_empty())
        .take(12)
        .find_map(|l| {
            let y: i32 = l.get(..4)?.parse().ok()?;
            let rest = l[4..].strip_prefix('年')?;
            let opener = rest.starts_with([',', '，', '度']) || rest.starts_with("以来");
            (opener && (1949..=2099).contains(&y)).then_some(y)
        })
}

/// An issuing body alone on one of the first lines of a text without a title line.
fn issuer_alone(text: &str, candidates: &[(usize, usize)]) -> Option<String> {
    candidates
        .iter()
        .take(2)
        .map(|&(s, e)| text[s..e].trim())
        .find(|l| {
            let n = l.chars().count();
            (2..=20).contains(&n)
                && !l.chars().any(|c| "。，,；;：:".contains(c))
                && ends_with_organ(l)
        })
        .map(str::to_string)
}

/// `2023年，鱼峰区政府坚持…` → 鱼峰区政府.
fn issuer_in_opening(sentence: &str) -> Option<String> {
    let after_year = sentence.find("年").map(|i| &sentence[i + "年".len()..])?;
    let after_year = after_year.trim_start_matches([',', '，', ' ', '度']);
    let verbs = [
        "坚持", "以", "始终", "深入", "全面", "认真", "在", "紧紧", "围绕", "聚焦", "持续", "立足",
        "按照", "牢牢",
    ];
    let end = verbs
        .iter()
        .filter_map(|v| after_year.find(v))
        .filter(|&i| i > 0)
        .min()?;
    let issuer = after_year[..end].trim();
    let n = issuer.chars().count();
    ((2..=20).contains(&n) && issuer.chars().all(is_cjk) && ends_with_organ(issuer))
        .then(|| issuer.to_string())
}

/// The issuing body on the line above the date at the end: the report's signature.
fn signature_issuer(text: &str) -> Option<String> {
    let last: Vec<&str> = lines(text)
        .iter()
        .rev()
        .map(|l| trim(l.text(text)))
        .filter(|l| !l.is_empty())
        .take(4)
        .collect();
    let dated = last.iter().position(|l| is_date_line(l))?;
    let line = last.get(dated + 1)?;
    let n = line.chars().count();
    let looks_like_body = line.chars().any(|c| crate::text::one_of(c, "。，,；;：:"));
    ((2..=20).contains(&n) && !looks_like_body && ends_with_organ(line))
        .then(|| line.chars().filter(|c| !c.is_whitespace()).collect())
}

fn is_date_line(line: &str) -> bool {
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    compact.chars().count() <= 12
        && compact.ends_with('日')
        && crate::clean::chrome::parse_date(&compact).is_some()
}

/// A date alone on one of the last lines (the 成文日期 under the signature).
fn signature_date(text: &str) -> Option<String> {
    lines(text)
        .iter()
        .rev()
        .map(|l| trim(l.text(text)))
        .filter(|l| !l.is_empty())
        .take(4)
        .find_map(|l| {
            let compact: String = l.chars().filter(|c| !c.is_whitespace()).collect();
            (compact.chars().count() <= 12 && compact.ends_with('日'))
                .then(|| crate::clean::chrome::parse_date(&compact))
                .flatten()
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::clean;

    fn meta(text: &str) -> Meta {
        read_meta(&clean(text), &Options::default())
    }

    #[test]
    fn a_title_ending_in_qingkuang_and_a_date_under_it() {
        let m = meta("柳城县2024年度法治政府建设情况\n（2025年3月20日）\n一、主要举措和成效\n审结案件5件。\n");
        assert_eq!(m.title.as_deref(), Some("柳城县2024年度法治政府建设情况"));
        assert_eq!(m.year, Some(2024));
        assert_eq!(m.published.as_deref(), Some("2025-03-20"));
        // A heading that ends in 情况 is not a title.
        let m = meta("一、2024年法治政府建设情况\n审结案件5件。\n");
        assert_eq!(m.title, None);
    }

    #[test]
    fn the_signature_names_the_issuer() {
        let m = meta("某区2024年法治政府建设年度报告\n一、主要举措和成效\n审结案件5件。\n                某区人民政府\n              2025年3月18日\n");
        assert_eq!(m.issuer.as_deref(), Some("某区人民政府"));
        assert_eq!(m.published.as_deref(), Some("2025-03-18"));
    }

    #[test]
    fn title_with_issuer_line_above() {
        let m = meta("\n柳州市司法局\n\n2023年法治政府建设年度报告\n2023年，柳州市司法局坚持以习近平新时代中国特色社会主义思想为指导。");
        assert_eq!(m.title.as_deref(), Some("2023年法治政府建设年度报告"));
        assert_eq!(m.issuer.as_deref(), Some("柳州市司法局"));
        assert_eq!(m.year, Some(2023));
    }

    #[test]
    fn title_split_over_two_lines_is_joined() {
        let m = meta(
            "柳州市2021年度法治政府建设\n情况报告\n\n2021年，柳州市坚持以习近平法治思想为指导。",
        );
        assert_eq!(
            m.title.as_deref(),
            Some("柳州市2021年度法治政府建设情况报告")
        );
        assert_eq!(m.issuer.as_deref(), Some("柳州市"));
        assert_eq!(m.year, Some(2021));
        assert!(m.findings.iter().any(|f| f.kind == FindingKind::TitleSplit));
    }

    #[test]
    fn no_title_line_reads_issuer_and_year_from_the_opening() {
        let m = meta(" 2023年，鱼峰区政府坚持以习近平新时代中国特色社会主义思想为指导，深入学习习近平法治思想。\n一、法治政府建设主要措施和工作成效\n");
        assert_eq!(m.title, None);
        assert_eq!(m.issuer.as_deref(), Some("鱼峰区政府"));
        assert_eq!(m.year, Some(2023));
        assert!(m.findings.iter().any(|f| f.kind == FindingKind::NoTitle));
    }

    #[test]
    fn page_chrome_gives_issuer_and_publication_date() {
        let m = meta("通知公告\n柳城县2025年法治政府建设年度报告\n来源: 柳城县人民政府\n发布日期: 2026-02-13\n\n    2025坚持以习近平新时代中国特色社会主义思想为指引。");
        assert_eq!(m.title.as_deref(), Some("柳城县2025年法治政府建设年度报告"));
        assert_eq!(m.issuer.as_deref(), Some("柳城县人民政府"));
        assert_eq!(m.year, Some(2025));
        assert_eq!(m.published.as_deref(), Some("2026-02-13"));
    }

    #[test]
    fn the_body_opening_year_beats_a_date_line() {
        let m = meta(
            "重庆市人民政府关于法治政府建设工作情况的报告

(2023年5月30日在市六届人大常委会第二次会议上)

市人大常委会:

2022年,在市委坚强领导下,全市各级行政机关坚持依法行政。
",
        );
        assert_eq!(m.year, Some(2022));
        assert_eq!(m.issuer.as_deref(), Some("重庆市人民政府"));
    }

    #[test]
    fn an_issuer_alone_on_the_first_line_of_an_untitled_text() {
        let m = meta(
            "温州市中级人民法院
主任、副主任、秘书长、各位委员:
现将工作情况报告如下:
一、基本情况
",
        );
        assert_eq!(m.issuer.as_deref(), Some("温州市中级人民法院"));
    }

    #[test]
    fn a_title_running_into_the_body() {
        let m = meta("湖北省人民政府关于2023年度法治政府建设情况的报告2023年,省政府坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神。");
        assert_eq!(
            m.title.as_deref(),
            Some("湖北省人民政府关于2023年度法治政府建设情况的报告")
        );
        assert_eq!(m.issuer.as_deref(), Some("湖北省人民政府"));
        assert_eq!(m.year, Some(2023));
    }

    #[test]
    fn spaces_around_figures_are_not_part_of_a_title() {
        let m = meta("某县 2025 年度法治政府建设情况报告2025 年，全县坚持以习近平新时代中国特色社会主义思想为指导，统筹推进依法行政。");
        assert_eq!(m.title.as_deref(), Some("某县2025年度法治政府建设情况报告"));
        assert_eq!(m.year, Some(2025));
        let m = meta("柳州市 2021 年度法治政府建设情况报告\n\n2021年，全市坚持依法行政。\n");
        assert_eq!(
            m.title.as_deref(),
            Some("柳州市2021年度法治政府建设情况报告")
        );
    }

    #[test]
    fn signature_date_at_the_end_is_the_publication_date() {
        let m = meta("某县2023年法治政府建设年度报告\n正文。\n\n某县人民政府\n2024年3月28日\n");
        assert_eq!(m.published.as_deref(), Some("2024-03-28"));
    }
}
