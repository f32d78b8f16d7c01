//! Stage 2, meta: title, issuer, the year reported on, publication date.
//!
//! The title is looked for among the first lines, before the first heading or body paragraph
//! (`title`): a short line that names a type of report (法治政府建设…报告, 政府信息公开工作年度
//! 报告, 政府工作报告, 统计公报, 工作总结), joined with the next line when a scraper or typesetter
//! split it (`柳州市2021年度法治政府建设⏎情况报告`). An issuing body may stand on its own line
//! above it (`柳州市司法局`), a 政府工作报告's subtitle and speaker below it. Reports without a
//! title line (pasted mid-page) fall back to the caller's hint and otherwise get a finding. The
//! issuer is read from these and other clues by `issuer`.

mod issuer;
mod scope;
mod title;

pub use issuer::issuing_body;
pub use title::genre_of;
pub(crate) use title::is_document_title;

use crate::clean::lines::{trim, Lines};
use crate::clean::Cleaned;
use crate::lexicon::data::genre::BODY_MARK_CHARS;
use crate::model::Options;
use crate::model::{Bilingual, Finding, FindingKind, ReportType};
use crate::span::Span;
use crate::text::first_year;

#[derive(Clone, Debug, Default)]
pub struct Meta {
    pub title: Option<String>,
    pub title_span: Option<Span>,
    /// Cleaned-text range of the title block (issuer line, title, subtitle and speaker), which
    /// is not body text.
    pub title_range: Option<(usize, usize)>,
    pub issuer: Option<String>,
    pub year: Option<i32>,
    pub published: Option<String>,
    pub findings: Vec<Finding>,
}

/// How many leading non-empty lines may hold the title block.
const TITLE_SEARCH_LINES: usize = 8;
/// How much of the body's opening is searched for the issuer (bytes).
const OPENING_BYTES: usize = 600;
/// How many lines a table of contents before the title may take.
const MAX_CONTENTS_LINES: usize = 40;
/// A line of a table of contents is short.
const MAX_CONTENTS_LINE_CHARS: usize = 30;

pub fn read_meta(cleaned: &Cleaned<'_>, options: &Options) -> Meta {
    let text = cleaned.text.as_str();
    let mut meta = Meta {
        published: cleaned.chrome.published.clone(),
        ..Meta::default()
    };

    let first_lines: Vec<(usize, usize)> = Lines::new(text)
        .filter(|l| !trim(l.text(text)).is_empty())
        .take(TITLE_SEARCH_LINES + MAX_CONTENTS_LINES)
        .map(|l| trimmed_range(text, l.start, l.end))
        .collect();
    // A disclosure table's cells (发布机构 | 剑阁县政府 |, 发布日期 | 2020-12-24 |) say what a
    // `label: value` line would.
    let head_lines = &first_lines[..first_lines.len().min(TITLE_SEARCH_LINES)];
    let table_source = title::table_cell(
        text,
        head_lines,
        crate::lexicon::data::chrome::SOURCE_LABELS,
    );
    if meta.published.is_none() {
        meta.published =
            title::table_cell(text, head_lines, crate::lexicon::data::chrome::DATE_LABELS)
                .and_then(crate::clean::chrome::parse_date);
    }
    let mut candidates: Vec<(usize, usize)> = first_lines
        .iter()
        .copied()
        .take(TITLE_SEARCH_LINES)
        .collect();
    // The title block among the candidates: found once, and again only where they change.
    let mut in_candidates = title::find(text, &candidates);
    // A copy that puts the report's table of contents before its title: when the first lines
    // hold no title, the title is looked for after the contents.
    let contents = contents_len(text, &first_lines);
    if contents > 0 && in_candidates.is_none() {
        let after: Vec<(usize, usize)> = first_lines[contents..]
            .iter()
            .copied()
            .take(TITLE_SEARCH_LINES)
            .collect();
        if let Some(b) = title::find(text, &after) {
            candidates = after;
            in_candidates = Some(b);
        }
    }
    // A cover notice that hands the report on (各县(市)区司法局…: ⏎ 现将《2022年全市司法行政工作
    // 总结》印发给你们… ⏎ 福州市司法局 ⏎ 2023年2月2日 ⏎ 2022年全市司法行政工作总结): the title is
    // looked for after the notice, where the report it names comes again on its own line.
    if in_candidates.is_none() {
        if let Some(k) = cover_notice(text, &first_lines) {
            candidates = first_lines[k..]
                .iter()
                .copied()
                .take(TITLE_SEARCH_LINES)
                .collect();
            in_candidates = title::find(text, &candidates);
        }
    }

    let mut block = None;
    // A disclosure table's 标题 row states the title outright.
    let labelled = title::in_table_row(text, &candidates).map(|(s, e)| title::Block {
        start: s,
        title: (s, e),
        end: e,
        ..title::Block::default()
    });
    let labelled_document =
        labelled.is_some_and(|b| title::is_document_title(&text[b.title.0..b.title.1]));
    let report_title = labelled.or(in_candidates);
    let found = report_title.or_else(|| {
        // A text that lost its line breaks has its report title in the running text; only
        // without one is an official document's title line (关于…的通知) the title.
        title::in_running_text(text, candidates.first().map_or(0, |&(s, _)| s))
            .is_none()
            .then(|| title::find_document(text, &candidates))
            .flatten()
    });
    let is_document = labelled_document || report_title.is_none() && found.is_some();
    if let Some(b) = found {
        let (title_start, title_end) = b.title;
        let title = title::collapse_lines(&kept_source(cleaned, title_start, title_end));
        let title = simplified_if_traditional(&title, cleaned.original);
        meta.title_span = Some(cleaned.span(title_start, title_end));
        meta.title_range = Some((b.start, b.end));
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
        meta.title = Some(title);
        block = Some(b);
    } else if let Some((start, end)) =
        title::in_running_text(text, candidates.first().map_or(0, |&(s, _)| s))
    {
        // Text that lost its line breaks: the title runs straight into the body. (A title
        // cell of a traditional-character mirror's table row ends here too: 標????????題 | … |.)
        let title = title::collapse_lines(cleaned.source(start, end));
        let title = simplified_if_traditional(&title, cleaned.original);
        meta.title_span = Some(cleaned.span(start, end));
        meta.title_range = Some((start, end));
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
    }

    let body_from = meta.title_range.map_or(0, |(_, e)| e);
    let opening = crate::text::window(text, body_from, body_from + OPENING_BYTES);
    // What the lines say as the user wrote them, less what cleaning left out inside them (a
    // mirror's pinyin: 蚌埠市统(tǒng)计(jì)局).
    let shown = |r: Option<(usize, usize)>| r.map(|(a, b)| kept_source(cleaned, a, b));
    let (above, below, subtitle_line, speaker_line) = (
        shown(block.and_then(|b| b.issuer_line)),
        shown(block.and_then(|b| b.issuer_below)),
        shown(block.and_then(|b| b.subtitle)),
        shown(block.and_then(|b| b.speaker)),
    );
    fn show(s: &Option<String>) -> Option<&str> {
        s.as_deref().map(trim)
    }
    let signed = signature_issuer(text);
    let clues = issuer::Clues {
        title: meta.title.as_deref(),
        line_above: show(&above),
        line_below: show(&below),
        // The subtitle under the title or, when no title block took one, a line among the first
        // that says when and where the report was given (a portal's headline above it).
        subtitle: show(&subtitle_line).or_else(|| delivered_line(text)),
        speaker: show(&speaker_line),
        signature: signed.as_deref(),
        source: cleaned.chrome.source.as_deref().or(table_source),
        opening,
        after_template: after_template(text, body_from),
        text,
    };
    let alone = issuer_alone(text, &candidates);
    meta.issuer = issuer::read(&clues)
        // The body an opening names without its place (现公布区政府国资局…) is the one alone on a
        // first line with it (浑南区国资局).
        .filter(|i| !alone.as_deref().is_some_and(|a| issuer::places(a, i)))
        .or(alone)
        .or_else(|| issuer::self_named(&clues))
        .or_else(|| issuer::township_self(&clues))
        .or_else(|| issuer::scoped(&clues));
    if let Some(g) = meta
        .issuer
        .as_deref()
        .and_then(|i| issuer::placed(i, text, clues.source))
    {
        meta.issuer = Some(g);
    }
    // A joint issuer (中共某县县委 某县人民政府) is the government.
    meta.issuer = meta.issuer.map(issuer::government_of_joint);
    // A department under its short form (市场监管局) is named by its official name.
    meta.issuer = meta.issuer.map(issuer::official_department);
    // A subdistrict's office under its short form (北街办事处) by the name the text gives it.
    meta.issuer = meta.issuer.map(|i| issuer::subdistrict_office(i, text));
    // An issuer read from a traditional-character copy, in the characters its title is shown in.
    meta.issuer = meta
        .issuer
        .map(|i| simplified_if_traditional(&i, cleaned.original));

    let genre = meta
        .title
        .as_deref()
        .and_then(|t| genre_of(&crate::clean::fold::fold_str(t)));
    // A 政府工作报告 is the year it is given (2025年浙江省政府工作报告, ——2025年3月5日在…): the
    // date it was delivered wins over a page heading that names another year (2019年四川省人民
    // 政府工作报告 over 2020年5月9日在四川省第十三届人民代表大会…); without either, the year
    // after the one it reviews (一、2022年工作回顾).
    let subtitle_year = block
        .and_then(|b| b.subtitle)
        .and_then(|(a, b)| year_in(&compact(&text[a..b])));
    meta.year = meta.title.as_deref().and_then(year_in);
    // A speech to a congress without its title line (a PDF starting at 各位代表) is a 政府工作报告
    // all the same.
    let untitled_speech = meta.title.is_none()
        && crate::lexicon::data::genre::CONGRESS_ADDRESS
            .iter()
            .any(|w| opening.contains(w));
    // (A speech without its title still says when it was given: the year of its subtitle.)
    let dated_speech =
        untitled_speech && (reviewed_year(text).is_some() || delivered_year(text).is_some());
    if genre == Some(ReportType::GovernmentWork) || dated_speech {
        meta.year = subtitle_year
            .or_else(|| delivered_year(text))
            .or(meta.year)
            .or_else(|| reviewed_year(text).map(|y| y + 1))
            // Given to a congress in the first weeks of a year and posted the same days: a
            // page's posting date says the year when nothing else does.
            .or_else(|| {
                meta.published
                    .as_deref()
                    .and_then(|d| d.get(..4)?.parse().ok())
            });
    }
    if meta.year.is_none() {
        meta.year = options.title_hint.as_deref().and_then(first_year);
    }
    if meta.year.is_none() {
        // The body opens with the year it reports on (2022年，在市委坚强领导下…); a date line
        // such as (2023年5月30日在…会议上) before it is when the report was given.
        // An official document (关于…的批复) is dated by its signature, not by the first year
        // its text mentions (一九七八年…).
        let signed = is_document
            .then(|| {
                signature_date(text)
                    .or_else(|| meta.published.clone())
                    .and_then(|d| d.get(..4)?.parse().ok())
            })
            .flatten();
        meta.year = year_opener(text, body_from)
            .or_else(|| opening_year(opening_sentence(text, body_from)))
            .or(subtitle_year)
            .or(signed)
            .or_else(|| first_year(text))
            // A text that names no year at all (a short notice) is of the year it was posted.
            .or_else(|| {
                meta.published
                    .as_deref()
                    .and_then(|d| d.get(..4)?.parse().ok())
            });
    }
    if meta.published.is_none() {
        meta.published = signature_date(text).or_else(|| date_under_title(text, body_from));
    }
    meta
}

/// The opening after a disclosure report's template paragraph (本年度报告根据…编制，内容包括…;
/// 根据《条例》要求,特向社会公布2023年…年度报告。), when the body's first paragraph is one: it
/// opens with a `template_openers` word of `lexicon/issuer.toml` and speaks of the report. The
/// template names no one, the paragraph after it opens with the report's subject.
fn after_template(text: &str, body_from: usize) -> Option<&str> {
    /// A paragraph has at least this many Chinese characters; page chrome has fewer.
    const MIN_PARAGRAPH_CJK: usize = 15;
    let first = Lines::new(text)
        .filter(|l| l.start >= body_from)
        .take(TITLE_SEARCH_LINES)
        .find(|l| {
            let mut cjk = l.text(text).chars().filter(|&c| crate::text::is_cjk(c));
            cjk.nth(MIN_PARAGRAPH_CJK - 1).is_some()
        })?;
    let line = trim(first.text(text));
    (line.contains("报告")
        && crate::lexicon::data::issuer::TEMPLATE_OPENERS
            .iter()
            .any(|w| line.starts_with(w)))
    .then(|| crate::text::window(text, first.end, first.end + OPENING_BYTES))
}

/// The input under the cleaned-text range `start..end` without the stretches cleaning left out
/// inside it ([`Cleaned::shown`]; forum markup tags: `[b]20[/b][b]22年…公报[/b]` → `2022年…公报`):
/// a title is shown as the user wrote it, less what was never text.
fn kept_source(cleaned: &Cleaned<'_>, start: usize, end: usize) -> String {
    cleaned.shown(start, end).into_owned()
}

/// How many of `first` (non-empty lines) are a table of contents at the top of the text: a
/// 目录 line perhaps, then at least three short outline headings with no paragraph between them
/// (一、2021年工作回顾 ⏎ （一）深挖释放内需潜力 ⏎ …); 0 when the text opens otherwise. A report's own
/// first heading is followed by its body.
fn contents_len(text: &str, first: &[(usize, usize)]) -> usize {
    let label = first.first().is_some_and(|&(s, e)| {
        let line = compact(&text[s..e]);
        crate::lexicon::data::genre::CONTENTS_LABELS.contains(&line.as_str())
    });
    let from = usize::from(label);
    let run = first[from..]
        .iter()
        .take_while(|&&(s, e)| {
            let line = &text[s..e];
            line.chars().nth(MAX_CONTENTS_LINE_CHARS).is_none()
                && crate::lexicon::markers::parse_marker(line).is_some()
        })
        .count();
    if run >= 3 {
        from + run
    } else {
        0
    }
}

/// The index in `first` (non-empty lines) of the line after a cover notice at the top of the text:
/// a paragraph among the first lines that names a report in 《》 (现将《2022年全市司法行政工作
/// 总结》印发给你们), when that report's title stands again, alone on its line, a few lines below
/// (after the notice's signature and date). The notice only hands the report on; its own lines
/// are not the report's title block.
fn cover_notice(text: &str, first: &[(usize, usize)]) -> Option<usize> {
    /// The signature, its date and a blank between the notice and the title.
    const MAX_LINES_BETWEEN: usize = 4;
    let lines = &first[..first.len().min(TITLE_SEARCH_LINES)];
    lines.iter().enumerate().find_map(|(i, &(s, e))| {
        let line = &text[s..e];
        // (Only a line that names a document and reads as a paragraph: 。 or ， in it. The
        // short lines under it are looked for in it, not its every 《》 read as a title.)
        if !line.contains('《') || !line.contains(['。', '，', ',']) {
            return None;
        }
        // (The lines under it are read past the first few: a disclosure table and the
        // addressees may stand above the notice. The report's name may come split over two
        // lines: 2024年度交通运输法治政府建设 ⏎ 工作总结.)
        let under: Vec<String> = first[i + 1..]
            .iter()
            .take(MAX_LINES_BETWEEN + 1)
            .map(|&(ls, le)| &text[ls..le])
            .filter(|l| !title::longer_than(l, title::MAX_TITLE_CHARS))
            .map(compact)
            .collect();
        let named = |name: &str| {
            line.match_indices(name).any(|(at, _)| {
                line[..at].ends_with('《') && line[at + name.len()..].starts_with('》')
            }) && title::is_title(name)
        };
        let again = under.iter().enumerate().any(|(k, l)| {
            named(l)
                || under
                    .get(k + 1)
                    .is_some_and(|next| named(&format!("{l}{next}")))
        });
        again.then_some(i + 1)
    })
}

/// The year of a line among the first ones that says when and where a report was given
/// (`2020年5月9日在四川省第十三届人民代表大会第三次会议上`), when the title block did not take it
/// as its subtitle (a page heading and a 来源 line stood between).
/// A subtitle without a date (——在金碧镇第十四届人民代表大会第七次会议上) has it on a line of its
/// own under it or under the speaker's line (镇长王 鹏 ⏎ 2025年1月3日): that date's year.
fn delivered_year(text: &str) -> Option<i32> {
    /// The speaker's line and the date under the subtitle.
    const DATE_WITHIN: usize = 2;
    let lines: Vec<&str> = Lines::new(text)
        .map(|l| trim(l.text(text)))
        .filter(|l| !l.is_empty())
        .take(2 * TITLE_SEARCH_LINES)
        .collect();
    lines.iter().enumerate().find_map(|(i, l)| {
        if !title::is_subtitle(l) {
            return None;
        }
        year_in(&compact(l)).or_else(|| {
            lines[i + 1..]
                .iter()
                .take(DATE_WITHIN)
                .find(|d| is_date_line(d))
                .and_then(|d| year_in(&compact(d)))
        })
    })
}

/// The first line among the first ones that says when and where a report was given
/// (`——2021年1月25日在吉林省第十三届人民代表大会第四次会议上`), with a year.
fn delivered_line(text: &str) -> Option<&str> {
    Lines::new(text)
        .map(|l| trim(l.text(text)))
        .filter(|l| !l.is_empty())
        .take(2 * TITLE_SEARCH_LINES)
        .filter(|l| title::is_subtitle(l))
        .find(|l| year_in(&compact(l)).is_some())
}

/// The year a 政府工作报告 reviews, from its first heading of the kind (`一、2022年工作回顾`,
/// `一、2022年及本届政府工作回顾`), within the opening pages.
fn reviewed_year(text: &str) -> Option<i32> {
    let head = crate::text::window(text, 0, 6_000);
    let heading_year = head.find("工作回顾").and_then(|at| {
        let line_start = head[..at].rfind('\n').map_or(0, |i| i + 1);
        let heading = compact(&head[line_start..at]);
        (heading.chars().count() <= 16)
            .then(|| first_year(&heading))
            .flatten()
    });
    // `2018年以来的五年，…`: a new congress's report reviews its government's five years, the last
    // of them four years on.
    heading_year.or_else(|| {
        crate::lexicon::data::genre::TERM_REVIEW_PHRASES
            .iter()
            .find_map(|p| {
                let at = head.find(p)?;
                let year: i32 = head.get(at.checked_sub(4)?..at)?.parse().ok()?;
                (1949..=2099).contains(&year).then_some(year + 4)
            })
    })
}

/// The first year `s` names, in figures (2024年) or in Chinese digits as subtitles and titles of
/// formal documents write it (——二〇二四年一月二十三日在…会议上, 子洲县二〇二三年…统计公报).
fn year_in(s: &str) -> Option<i32> {
    first_year(s).or_else(|| han_year(s))
}

/// `二〇二四年` → 2024: four Chinese digits (〇 or 零 for naught) before 年.
fn han_year(s: &str) -> Option<i32> {
    const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let digit = |c: char| {
        let c = if c == '零' { '〇' } else { c };
        DIGITS.iter().position(|&d| d == c)
    };
    let chars: Vec<char> = s.chars().collect();
    chars.windows(5).find_map(|w| {
        if w[4] != '年' {
            return None;
        }
        let year = w[..4]
            .iter()
            .try_fold(0, |y, &c| digit(c).map(|d| y * 10 + d as i32))?;
        (1949..=2099).contains(&year).then_some(year)
    })
}

/// `2025 年 3 月 5 日` → `2025年3月5日`.
fn compact(s: &str) -> String {
    crate::text::without_whitespace(s)
}

/// A date alone on the line under the title, as speeches and reports to a congress carry it
/// (`（2025年3月20日）`), or as a page prints when it posted the report, with the time
/// (`2023年03月30日 09时24分`, `2024-03-30 09:24`).
fn date_under_title(text: &str, body_from: usize) -> Option<String> {
    let line = Lines::new(&text[body_from..])
        .map(|l| trim(l.text(&text[body_from..])))
        .find(|l| !l.is_empty())?;
    let inner =
        line.trim_matches(|c: char| matches!(c, '(' | ')' | '（' | '）') || c.is_whitespace());
    // (The first line after the title is often the first paragraph: turned away by its length
    // after its first characters.)
    if title::longer_than(without_time(inner), 11) {
        return None;
    }
    let compact: String = without_time(inner)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let numeric = compact.contains(['-', '/', '.'])
        && compact
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.'));
    (compact.chars().count() <= 11 && (compact.ends_with('日') || numeric))
        .then(|| crate::clean::chrome::parse_date(&compact))
        .flatten()
}

/// `2023年03月30日 09时24分` → `2023年03月30日`, `2024-03-30 09:24` → `2024-03-30`: the time a page
/// gives after a date, apart from it by a space or after 日, is no part of the date.
fn without_time(s: &str) -> &str {
    let trimmed = s.trim_end();
    let head = trimmed.trim_end_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, ':' | '：' | '时' | '分' | '秒')
    });
    let time = &trimmed[head.len()..];
    let is_time =
        time.starts_with(|c: char| c.is_ascii_digit()) && time.contains([':', '：', '时']);
    let apart = head.ends_with(char::is_whitespace) || head.ends_with('日');
    if is_time && apart {
        head.trim_end()
    } else {
        s
    }
}

/// A line's range without the spaces around it and a list bullet in front (`  • 政府工作报告`).
fn trimmed_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    let bullet = title::bullet_len(&s[lead..]);
    (
        start + lead + bullet,
        (end - trail).max(start + lead + bullet),
    )
}

/// A title as a mirror printed it in traditional characters (政府工作報告), in the simplified ones of
/// the report it copies, when the text is a traditional-character copy: a title is compared across
/// reports. In a simplified text the characters stay as written (著, 乾 … are simplified too).
/// `original` is the input: the cleaned text is folded to simplified already.
fn simplified_if_traditional(title: &str, original: &str) -> String {
    // A title without a character that has a simplified form reads the same either way: the
    // text's head is counted only for one with such a character.
    if !title
        .chars()
        .any(|c| crate::lexicon::trad::is_traditional(c as u32))
    {
        return title.to_string();
    }
    if is_traditional_copy(original) {
        title
            .chars()
            .map(|c| crate::lexicon::trad::to_simplified(c).unwrap_or(c))
            .collect()
    } else {
        title.to_string()
    }
}

/// Whether the text's head is written in traditional characters: at least five, and one Chinese
/// character in twenty (every traditional character is a Chinese one, so one pass counts both).
fn is_traditional_copy(original: &str) -> bool {
    let head = crate::text::window(original, 0, 4_000);
    let (mut cjk, mut traditional) = (0usize, 0usize);
    for c in head.chars() {
        if crate::text::is_cjk(c) {
            cjk += 1;
            traditional += usize::from(crate::lexicon::trad::is_traditional(c as u32));
        }
    }
    traditional >= 5 && traditional * 20 >= cjk
}

/// The first paragraph after the title block.
fn opening_sentence(text: &str, from: usize) -> &str {
    let rest = text.get(from..).unwrap_or("");
    let rest = rest.trim_start();
    let end = rest.find(['。', '\n']).unwrap_or(rest.len());
    &rest[..end]
}

/// The year the opening sentence names, outside the documents it cites: `根据《法治政府建设实施纲要
/// (2021—2025年)》…要求，现将铜仁市2024年度法治政府建设情况报告如下` reports on 2024, the plan's
/// last year is not the report's. (A sentence naming no other year gives its documents' one.)
fn opening_year(sentence: &str) -> Option<i32> {
    first_year(&title::without_book_titles(sentence)).or_else(|| first_year(sentence))
}

/// The year of the first paragraph that opens with one: `2022年，…`, `2022年以来…`, `2022年度…`.
fn year_opener(text: &str, from: usize) -> Option<i32> {
    Lines::new(text)
        .filter(|l| l.start >= from)
        .map(|l| trim(l.text(text)))
        .filter(|l| !l.is_empty())
        .take(12)
        .find_map(|l| {
            let y: i32 = l.get(..4)?.parse().ok()?;
            let rest = l[4..].strip_prefix('年')?;
            let opener = crate::lexicon::data::genre::YEAR_OPENER_STARTS
                .iter()
                .any(|w| rest.starts_with(w));
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
            // (Counted no further than one past the limit: a first line may be a paragraph.)
            let n = l.chars().take(21).count();
            (2..=20).contains(&n)
                && !l.chars().any(|c| BODY_MARK_CHARS.contains(&c))
                && issuer::ends_with_organ(l)
        })
        .map(str::to_string)
}

/// The issuing body on the line above the date at the end: the report's signature.
fn signature_issuer(text: &str) -> Option<String> {
    let last: Vec<&str> = Lines::new(text)
        .rev()
        .map(|l| trim(l.text(text)))
        .filter(|l| !l.is_empty())
        .take(4)
        .collect();
    let dated = last.iter().position(|l| is_date_line(l))?;
    let line = last.get(dated + 1)?;
    // (Counted no further than one past the limit, and the marks looked for only in a line
    // short enough: the line may be the closing paragraph.)
    let n = line.chars().take(21).count();
    let looks_like_body = || line.chars().any(|c| BODY_MARK_CHARS.contains(&c));
    ((2..=20).contains(&n) && !looks_like_body() && issuer::ends_with_organ(line))
        .then(|| crate::text::without_whitespace(line))
}

/// A date alone on a line: a day (`2023年3月30日`), or a month as reports sent up are often
/// dated (`2023年3月`, `二〇二三年三月`).
fn is_date_line(line: &str) -> bool {
    if title::longer_than(line, 12) {
        return false;
    }
    let compact = crate::text::without_whitespace(line);
    compact.chars().count() <= 12
        && (compact.ends_with('日') && crate::clean::chrome::parse_date(&compact).is_some()
            || is_year_month(&compact))
}

/// `2023年3月`, `二〇二三年十二月`: a year (figures or Chinese digits) and a month, nothing else.
fn is_year_month(compact: &str) -> bool {
    let Some((year, month)) = compact.strip_suffix('月').and_then(|s| s.split_once('年')) else {
        return false;
    };
    let year_ok = year.len() == 4 && first_year(compact).is_some()
        || year.chars().count() == 4 && han_year(compact).is_some();
    let month_ok = match month.parse::<u32>() {
        Ok(m) => (1..=12).contains(&m),
        Err(_) => {
            let n = month.chars().count();
            (1..=3).contains(&n)
                && month
                    .chars()
                    .all(|c| crate::lexicon::data::numeral::MONTH_NUMERAL_CHARS.contains(&c))
        }
    };
    year_ok && month_ok
}

/// A date alone on one of the last lines (the 成文日期 under the signature).
fn signature_date(text: &str) -> Option<String> {
    Lines::new(text)
        .rev()
        .map(|l| trim(l.text(text)))
        .filter(|l| !l.is_empty())
        .take(4)
        .find_map(|l| {
            // (A paragraph is turned away after its first characters, not compacted whole.)
            if title::longer_than(l, 12) {
                return None;
            }
            let compact = crate::text::without_whitespace(l);
            (compact.chars().count() <= 12 && compact.ends_with('日'))
                .then(|| crate::clean::chrome::parse_date(&compact))
                .flatten()
        })
}

#[cfg(test)]
mod tests;
