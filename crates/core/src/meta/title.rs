//! The title block: the title line (or two), an issuer line above it, and under a 政府工作报告
//! its subtitle (——2025年3月5日在…会议上) and the speaker's line (国务院总理 李强).
//!
//! A title names its genre — 法治政府/法治建设 … 报告, 政府信息公开工作年度报告, 政府工作报告,
//! 统计公报, 工作总结 (words in `lexicon/genre.toml`) — and, unless it is a bare 政府工作报告 or
//! 统计公报, who or when as well: a bare 工作报告 line is a website's column name. Breadcrumbs
//! (政务公开 > 工作报告), page chrome in Latin letters (Page 2 - …) and sentences (现将…报告如下)
//! are never titles.

use crate::lexicon::data::genre as words;
use crate::lexicon::markers::parse_marker;
use crate::model::ReportType;
use crate::text::{first_year, is_cjk, without_whitespace};

/// A title line is short; body paragraphs are long.
pub(super) const MAX_TITLE_CHARS: usize = 60;
/// A subtitle under a title (——…在…会议上, with the speaker on the same line) is longer.
const MAX_SUBTITLE_CHARS: usize = 100;
/// A speaker's line: an office and a name (国务院总理 李强, 栗 俊 昌).
const MAX_SPEAKER_CHARS: usize = 16;

/// The title block, in cleaned-text ranges.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Block {
    /// Start of the block: the issuer line above the title, or the title.
    pub(super) start: usize,
    pub(super) title: (usize, usize),
    /// End of the block: after the subtitle and speaker lines, if any.
    pub(super) end: usize,
    /// An issuing body alone on the line above the title (柳州市司法局).
    pub(super) issuer_line: Option<(usize, usize)>,
    /// ——2025年3月5日在第十四届全国人民代表大会第三次会议上.
    pub(super) subtitle: Option<(usize, usize)>,
    /// 国务院总理 李强.
    pub(super) speaker: Option<(usize, usize)>,
    /// The issuing bodies on their line under the title (`浙江省统计局 国家统计局浙江调查总队`), as
    /// statistics bureaus sign a 统计公报: the first body's range.
    pub(super) issuer_below: Option<(usize, usize)>,
}

/// The type a title names, if it names one (`title` folded: simplified, half-width). The
/// narrow names are tried first: a 政府信息公开工作年度报告 is not a work report, and a 法治政府
/// 建设工作总结 is a 法治政府 report.
pub fn genre_of(title: &str) -> Option<ReportType> {
    let t = without_book_titles(title);
    let found = genre_words().read(&t);
    if found & ABOUT != 0 {
        return Some(ReportType::Other);
    }
    GENRE_ORDER
        .into_iter()
        .enumerate()
        .find(|&(k, _)| found & (1 << k) != 0)
        .map(|(_, g)| g)
}

/// The narrow genres first ([`genre_of`]); bit `k` of [`GenreWords::read`] is `GENRE_ORDER[k]`.
const GENRE_ORDER: [ReportType; 5] = [
    ReportType::InfoDisclosure,
    ReportType::GovernmentWork,
    ReportType::StatisticalCommunique,
    ReportType::RuleOfLaw,
    ReportType::WorkSummary,
];
/// The bit of [`GenreWords::read`] for a word of a page about a report (`ABOUT_TITLES`).
const ABOUT: u8 = 1 << GENRE_ORDER.len();

/// The genre words of every type and the words of a page about a report, in one automaton
/// built once: a title is read once, where a substring search per word set up a searcher for
/// each of some thirty words (titles are asked this many times: each candidate line, each
/// split of a line).
struct GenreWords {
    words: crate::lexicon::words::Words,
    /// For each word (its first copy in the list), the bits of the sets it is in.
    sets: Vec<u8>,
}

fn genre_words() -> &'static GenreWords {
    static WORDS: std::sync::OnceLock<GenreWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut list: Vec<&str> = Vec::new();
        let mut sets: Vec<u8> = Vec::new();
        let groups = GENRE_ORDER
            .iter()
            .enumerate()
            .map(|(k, &g)| (1u8 << k, title_words(g)))
            .chain([(ABOUT, words::ABOUT_TITLES)]);
        for (bit, group) in groups {
            for &w in group {
                // `Words` reports a word listed twice by its first copy.
                match list.iter().position(|&x| x == w) {
                    Some(i) => sets[i] |= bit,
                    None => {
                        list.push(w);
                        sets.push(bit);
                    }
                }
            }
        }
        GenreWords {
            words: crate::lexicon::words::Words::new(&list),
            sets,
        }
    })
}

impl GenreWords {
    /// The sets (bits) of which a word occurs in `t` where it names its genre (a 政府工作报告
    /// not right after 法治: the government-work words are read as `names_genre` reads them).
    fn read(&self, t: &str) -> u8 {
        const GOVERNMENT_WORK: u8 = 1 << 1;
        debug_assert_eq!(GENRE_ORDER[1], ReportType::GovernmentWork);
        let mut found = 0u8;
        // A government-work word counts only at an occurrence that `t.match_indices(w)` gives:
        // leftmost, not overlapping the previous one taken (the end of that one, per word).
        let mut taken_end: Vec<(usize, usize)> = Vec::new();
        for h in self.words.find_all(t) {
            let Some(&bits) = self.sets.get(h.word) else {
                continue;
            };
            let mut bits = bits & !GOVERNMENT_WORK;
            if self.sets[h.word] & GOVERNMENT_WORK != 0 {
                let end = taken_end.iter_mut().find(|(w, _)| *w == h.word);
                let free = end.as_ref().is_none_or(|(_, e)| h.start >= *e);
                if free {
                    match end {
                        Some((_, e)) => *e = h.end,
                        None => taken_end.push((h.word, h.end)),
                    }
                    if !words::title::NOT_GOVERNMENT_WORK_AFTER
                        .iter()
                        .any(|p| t[..h.start].ends_with(p))
                    {
                        bits |= GOVERNMENT_WORK;
                    }
                }
            }
            found |= bits;
        }
        found
    }
}

/// Whether `t` contains the genre word `w` of `g` where it names that genre: a 政府工作报告 is not
/// one inside 法治政府工作报告. (The general form of [`GenreWords::read`], which the tests
/// hold it to.)
#[cfg(test)]
fn names_genre(t: &str, w: &str, g: ReportType) -> bool {
    t.match_indices(w).any(|(i, _)| {
        g != ReportType::GovernmentWork
            || !words::title::NOT_GOVERNMENT_WORK_AFTER
                .iter()
                .any(|p| t[..i].ends_with(p))
    })
}

/// Whether a title (its 《》 left out) is that of a page about a report or a document — an
/// interpretation published beside it (`文字解读:…年度报告`, `《…的报告》文件解读`).
fn is_about(title_outside_book_titles: &str) -> bool {
    genre_words().read(title_outside_book_titles) & ABOUT != 0
}

/// The report or document a page about one names: what follows its label
/// (`文字解读:济南市…年度报告` → `济南市…年度报告`; `议题解读:关于…的汇报` → `关于…的汇报`), or the
/// document in 《》 (`《…的报告》文件解读`).
pub(super) fn about_what(compact: &str) -> Option<&str> {
    let colon = compact.find([':', '：']);
    if let Some(at) = colon {
        let label = &compact[..at];
        if label.chars().count() <= 12 && is_about(label) {
            return Some(compact[at..].trim_start_matches([':', '：']));
        }
    }
    let open = compact.find('《')?;
    let close = compact[open..].find('》')? + open;
    is_about(&compact[close..]).then(|| &compact[open + '《'.len_utf8()..close])
}

/// The words of a title that name a type of report.
pub(super) fn title_words(t: ReportType) -> &'static [&'static str] {
    match t {
        ReportType::InfoDisclosure => words::title::INFO_DISCLOSURE,
        ReportType::GovernmentWork => words::title::GOVERNMENT_WORK,
        ReportType::StatisticalCommunique => words::title::STATISTICAL_COMMUNIQUE,
        ReportType::RuleOfLaw => words::title::RULE_OF_LAW,
        ReportType::WorkSummary => words::title::WORK_SUMMARY,
        ReportType::Other => &[],
    }
}

/// A title naming a document in 《》 (关于《…报告》的政策解读) is not that document.
pub(super) fn without_book_titles(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '《' => depth += 1,
            '》' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether `line` (folded) reads as a report's title on its own line.
pub(super) fn is_title(line: &str) -> bool {
    let line = &line[piece_label_len(line)..];
    if longer_than(line, MAX_TITLE_CHARS) {
        return false;
    }
    let compact = without_whitespace(line);
    let n = compact.chars().count();
    if !(4..=MAX_TITLE_CHARS).contains(&n) || !plain_line(&compact) {
        return false;
    }
    // `年江西省政府工作报告`: a heading whose year's figures were lost is a fragment, not the
    // title (the full one follows, or a PDF's broken lines join it to its year).
    if compact.starts_with('年') {
        return false;
    }
    // `龚正市长在上海市…会议的政府工作报告`: a newspaper's headline names the speaker; a report's
    // title does not.
    if has_speaker_office(&compact) && compact.contains('在') {
        return false;
    }
    if is_bare_title(&compact) {
        return true;
    }
    if let Some(what) = about_what(&compact) {
        // A page about a report or a document is titled by naming it.
        let named = genre_of(what).is_some_and(|g| g != ReportType::Other);
        return named || is_document_title(what);
    }
    let Some(genre) = genre_of(&compact) else {
        return false;
    };
    // 某县2024年度法治政府建设情况: a title that names its year and ends in 情况.
    if !ends_like_title(line) {
        return false;
    }
    // Something besides the genre's own words: a place, an organ or a year (not 工作报告).
    names_who_or_when(&compact, genre) || genre == ReportType::RuleOfLaw
}

/// Whether a title (compact) says more than its genre's words (`genre`): two Chinese characters
/// before them (a place, an organ, 关于) or a year. `法治政府建设年度报告` says neither.
fn names_who_or_when(compact: &str, genre: ReportType) -> bool {
    let rest = title_words(genre)
        .iter()
        .filter(|w| compact.contains(**w))
        .max_by_key(|w| w.len())
        .map_or(compact, |w| &compact[..compact.find(w).unwrap_or(0)]);
    rest.chars().filter(|&c| is_cjk(c)).count() >= 2 || first_year(compact).is_some()
}

/// A line that is only a date, perhaps with its time (`2024-03-28`, `2023年03月30日 09时24分`).
fn is_bare_date(line: &str) -> bool {
    /// A date with its time is short.
    const MAX_DATE_CHARS: usize = 24;
    let dateish = |c: char| {
        c.is_ascii_digit() || c.is_whitespace() || crate::text::one_of(c, "-/.:：年月日时分秒")
    };
    line.chars().count() <= MAX_DATE_CHARS
        && line.chars().all(dateish)
        && crate::clean::chrome::parse_date(line).is_some()
}

/// A column's name that reads as a title of its own (`法治政府建设年度报告` over `湖北省人民政府关于
/// 2023年度法治政府建设情况的报告`): a title line that names no one and no year (and is not a bare
/// 政府工作报告 or 统计公报, which is a report's own first line), when the next line is a title
/// that does. The page's column files the report; the line under it names it.
fn is_column_over_title<'t>(line: &str, next: impl FnOnce() -> Option<&'t str>) -> bool {
    /// A column's name is a genre's words and little else.
    const MAX_COLUMN_CHARS: usize = 20;
    // Cheap tests first: a line with a figure names a year, a long one more than a column.
    if line.contains(|c: char| c.is_ascii_digit()) || line.chars().nth(MAX_COLUMN_CHARS).is_some() {
        return false;
    }
    let compact = without_whitespace(line);
    let generic = |c: &str| genre_of(c).is_some_and(|g| !names_who_or_when(c, g));
    if is_bare_title(&compact) || !generic(&compact) || !is_title(line) {
        return false;
    }
    next().is_some_and(|next| {
        let next_compact = without_whitespace(next);
        is_title(next) && !generic(&next_compact)
    })
}

/// A bare 政府工作报告 or 统计公报 line, with or without a site's note after it: `政府工作报告（全文）`,
/// `政府工作报告全文`, `政府工作报告（摘要）`, or the year in brackets (`政府工作报告（2024年）`), as
/// newspapers print the report they carry.
fn is_bare_title(compact: &str) -> bool {
    if !words::BARE_TITLES.iter().any(|w| compact.starts_with(w)) {
        return false;
    }
    let t = without_note(compact);
    let t = &t[..t.len() - trailing_note_len(t)];
    words::BARE_TITLES.contains(&t)
        || bracketed_year(t).is_some_and(|head| words::BARE_TITLES.contains(&head))
}

/// `政府工作报告（2024年）` → 政府工作报告: the line before a year in brackets.
fn bracketed_year(t: &str) -> Option<&str> {
    let inner_end = t.strip_suffix(['）', ')'])?;
    let open = inner_end.rfind(['（', '('])?;
    let inner = &inner_end[open..];
    let inner = inner.trim_start_matches(['（', '(']);
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &inner[digits..];
    (digits == 4 && ["", "年", "年度"].contains(&rest)).then(|| &t[..open])
}

/// Whether a line ends as titles do: 报告, 总结, 公报 …, or 情况 after a year (某县2024年度法治政府
/// 建设情况), perhaps with the year in brackets after (…年度报告（2022年）).
fn ends_like_title(line: &str) -> bool {
    let line = line.trim_end();
    let line = &line[..line.len() - trailing_year_len(line).unwrap_or(0)];
    let compact = without_whitespace(line);
    let compact = without_note(&compact);
    let compact = &compact[..compact.len() - trailing_note_len(compact)];
    // 法治政府建设年度报告（2022年）: the year in brackets after the report's name is part of the
    // title (it is kept in it); the name before it ends as titles do.
    let compact = bracketed_year(compact).unwrap_or(compact);
    let dated_situation = compact.ends_with("情况") && first_year(compact).is_some();
    words::TITLE_ENDINGS.iter().any(|e| compact.ends_with(e)) || dated_situation
}

/// A title without a note after it: `2025年湖南省政府工作报告（全文）` → …政府工作报告.
fn without_note(title: &str) -> &str {
    let mut t = title;
    for note in words::TITLE_NOTES {
        for (open, close) in [("（", "）"), ("(", ")"), ("【", "】"), ("", "")] {
            // (`strip_suffix` of open + note + close, piece by piece: no string built per try.)
            if let Some(rest) = t
                .strip_suffix(close)
                .and_then(|r| r.strip_suffix(note))
                .and_then(|r| r.strip_suffix(open))
            {
                t = rest;
            }
        }
    }
    t
}

/// Whether `line` holds more than `max` characters besides whitespace. Reads up to the
/// `max + 1`-th only: the lines asked about include the body's paragraphs, and compacting a
/// whole paragraph to count its characters was most of the cost of turning it away.
pub(super) fn longer_than(line: &str, max: usize) -> bool {
    line.chars()
        .filter(|c| !c.is_whitespace())
        .nth(max)
        .is_some()
}

/// A line that can be a title at all: it starts with Chinese, a year or an opening quote (not
/// Latin letters: `Page 2 - 政府工作报告`), is not a sentence or a breadcrumb, and does not open a
/// list (`…如下：`).
fn plain_line(compact: &str) -> bool {
    let first = compact.chars().next().unwrap_or(' ');
    let starts_well = is_cjk(first) || first.is_ascii_digit() || "《“【（(".contains(first);
    let sentence = compact.contains(['。', '；', ';', '>', '»', '＞', '›'])
        || is_category_path(compact)
        || compact.ends_with([':', '：', '，', ','])
        || words::ANNOUNCING.iter().any(|w| compact.starts_with(w))
        || words::PROMPTS.iter().any(|w| compact.starts_with(w))
        || compact.contains("如下")
        || metadata_row(compact);
    starts_well && !sentence && parse_marker(compact).is_none()
}

/// No metadata label (`labels` of `lexicon/chrome.toml`) is longer than this many characters.
pub(super) const LONGEST_LABEL_CHARS: usize = 8;

/// A disclosure block's row set without bars or colons (`发布机构 兖州区司法局 组配分类 法治政府建设
/// 年报`, blind14): it opens with a metadata label of three characters or more (`labels` of
/// `lexicon/chrome.toml`; the shorter ones, 来源 or 日期, may open other words).
fn metadata_row(compact: &str) -> bool {
    crate::lexicon::data::chrome::LABELS
        .iter()
        .any(|l| l.chars().nth(2).is_some() && compact.starts_with(l))
}

/// A site's category path (`文库 实用文档 报告/总结`): a slash between Chinese words. Titles do not
/// use one; a date's slashes stand between figures.
fn is_category_path(compact: &str) -> bool {
    compact.match_indices('/').any(|(i, _)| {
        let before = compact[..i].chars().next_back();
        let after = compact[i + 1..].chars().next();
        before.is_some_and(is_cjk) && after.is_some_and(is_cjk)
    })
}

/// Finds the title block among the candidate lines (cleaned-text ranges, trimmed).
pub(super) fn find(text: &str, candidates: &[(usize, usize)]) -> Option<Block> {
    for (i, &(start, end)) in candidates.iter().enumerate() {
        let line = &text[start..end];
        // (More than MAX_TITLE_CHARS characters, counted no further than that.)
        if line.chars().nth(MAX_TITLE_CHARS).is_some() {
            // A disclosure block's rows run together on one long line (索 引 号:… 发文机构:… 标  题:
            // …): page metadata, not body text.
            // (Its label is read from the first characters only: the long line may be a
            // paragraph of thousands.)
            let head: String = line
                .chars()
                .filter(|c| !c.is_whitespace())
                .take(LONGEST_LABEL_CHARS)
                .collect();
            if metadata_row(&head) {
                continue;
            }
            // Once body text starts, no title follows.
            break;
        }
        let mut title_end = end;
        let mut last = i;
        // The next line that may be a title: past a posting date or the issuer's line.
        let next = || {
            candidates
                .iter()
                .skip(i + 1)
                .take(2)
                .map(|&(ns, ne)| &text[ns..ne])
                .find(|l| !is_bare_date(l) && bodies_line(l).is_none())
        };
        if is_column_over_title(line, next) {
            continue;
        }
        if !is_title(line) {
            // A title broken over two lines: 柳州市2021年度法治政府建设 / 情况报告.
            // The second line only ends the title (情况报告): it is no title of its own, and
            // the first names no type of report on its own (a column name such as 工作报告
            // over the real title is not half of it).
            let joined = candidates.get(i + 1).and_then(|&(ns, ne)| {
                let next = &text[ns..ne];
                let short = next.chars().nth(20).is_none() && !line.contains('。');
                if !short || ends_like_title(line) {
                    return None;
                }
                let whole = format!("{line}{next}");
                let first_half = || genre_of(line).is_some() && !is_title(next);
                // 昌吉州人民政府2024年度法治政府⏎建设情况报告: the second line reads as a title of
                // another kind on its own (情况报告) only because the break fell inside a word.
                // (A title of its own starts with its year: a column's name over it is no half.)
                // 硚口区司法局2024年政府⏎信息公开工作年度报告: the break fell inside the genre's
                // words (政府|信息公开), which neither line holds whole.
                let word_broken = || {
                    !next.starts_with(|c: char| c.is_ascii_digit())
                        && genre_of(next) != genre_of(&whole)
                        || genre_words_across(&whole, line.len())
                };
                // 抚顺市顺城区人民政府关于2024年⏎法治政府建设情况的报告: the first line opens what
                // the report is about (关于) and names no type of report: the break fell inside
                // the title. (关于印发…的通知 is a whole document's title over the report.)
                let about_open = || {
                    line.contains("关于") && genre_of(line).is_none() && !is_document_title(line)
                };
                // 建始县2023年国民经济和社会发展⏎统计公报: a bare 统计公报 or 政府工作报告 line under
                // a line that names the place and the year and no type: the break fell before the
                // genre's words. (A page heading that names the type itself, 孙庙乡2025年政府
                // 工作报告 over 政 府 工 作 报 告, is a title of its own and never asks this.)
                let bare_second = || {
                    is_bare_title(&without_whitespace(next))
                        && genre_of(line).is_none()
                        && first_year(line).is_some()
                        && !is_bare_date(line)
                        && line.chars().all(|c| is_cjk(c) || c.is_ascii_digit())
                        // (A place and what is reported, not a volume's 2002卷.)
                        && line.chars().filter(|&c| is_cjk(c) && c != '年').count() >= 4
                };
                ((first_half() || word_broken() || about_open() || bare_second())
                    && is_title(&whole))
                .then_some(ne)
            });
            match joined {
                Some(ne) => {
                    title_end = ne;
                    last = i + 1;
                }
                // `2020 年江西 省 政府工作報告 省長 易煉紅`: the title and the speaker's line on
                // one line.
                None => match with_speaker(line) {
                    Some((head, tail)) => {
                        let block = Block {
                            start,
                            title: (start + lead_len(line), start + head),
                            end,
                            speaker: Some((start + tail, end)),
                            ..Block::default()
                        };
                        return Some(block);
                    }
                    None => continue,
                },
            }
        }
        // A title a PDF broke at its figures (2020⏎年吉林省⏎政府工作报告) starts at the year.
        let broken = broken_start(text, candidates, i);
        let first = broken.unwrap_or(i);
        let issuer_line = issuer_line_above(text, candidates, first);
        if issuer_line.is_none() && repeated_under_organ(text, candidates, i) {
            continue;
        }
        // A title that opens with 关于 was set under its organ's name (湖北省人民政府 / 关于2023年度
        // …的报告, GB/T 9704): the organ's line starts it, as for any official document.
        let title_start = match issuer_line {
            _ if broken.is_some() => candidates[first].0,
            Some((s, _)) if line.starts_with("关于") => s,
            _ => start + lead_len(line),
        };
        let mut block = Block {
            start: issuer_line.map_or(start, |(s, _)| s),
            title: (
                title_start,
                title_end - trailing_note_len(&text[start..title_end]),
            ),
            end: title_end,
            issuer_line,
            subtitle: None,
            speaker: None,
            issuer_below: None,
        };
        let mut k = last + 1;
        if let Some((s, e, lines)) = subtitle_at(text, candidates, k) {
            block.subtitle = Some((s, e));
            block.end = e;
            k += lines;
        }
        if let Some(&(s, e)) = candidates.get(k).filter(|&&(s, e)| is_speaker(&text[s..e])) {
            if block.subtitle.is_some() || has_speaker_office(&text[s..e]) {
                block.speaker = Some((s, e));
                block.end = e;
                k += 1;
            }
        }
        if block.subtitle.is_none() && block.speaker.is_none() {
            // A page's heading over the report's own title block (政府工作报告(2024年) ⏎ 索 引 号:…
            // ⏎ 政府工作报告 ⏎ ——在金碧镇…会议上 ⏎ 镇长王 鹏): the block with the subtitle or the
            // speaker is the report's, and the line above the heading (the site's name) is not
            // its issuer.
            if let Some(own) = own_block_below(text, candidates, i, last) {
                return Some(own);
            }
            if let Some(&(s, e)) = candidates.get(k) {
                if let Some(first) = bodies_line(&text[s..e]) {
                    block.issuer_below = Some((s, s + first));
                    block.end = e;
                }
            }
        }
        return Some(block);
    }
    candidates
        .iter()
        .find_map(|&(s, e)| fused_with_subtitle(text, s, e))
}

/// Whether one of the genre words of `whole` (a title joined from two lines) runs across the
/// join at byte `at`: the line break fell inside the words that name the report's type.
fn genre_words_across(whole: &str, at: usize) -> bool {
    let Some(genre) = genre_of(whole) else {
        return false;
    };
    title_words(genre).iter().any(|w| {
        whole
            .match_indices(*w)
            .any(|(p, _)| p < at && at < p + w.len())
    })
}

/// The report's own title block a few lines under a page's heading (candidate `i`, its title
/// ending at candidate `last`): when the heading is a bare title (政府工作报告, perhaps with a
/// site's note: 政府工作报告(2024年)) and the same bare title stands again below with a subtitle
/// or a speaker's line under it.
fn own_block_below(
    text: &str,
    candidates: &[(usize, usize)],
    i: usize,
    last: usize,
) -> Option<Block> {
    let (start, end) = candidates[i];
    let heading = without_whitespace(&text[start..end]);
    if !is_bare_title(&heading) {
        return None;
    }
    let below = find(text, candidates.get(last + 1..)?)?;
    let own = without_whitespace(&text[below.title.0..below.title.1]);
    (is_bare_title(&own) && (below.subtitle.is_some() || below.speaker.is_some())).then_some(below)
}

/// Where a title starts that a PDF's text broke at every figure (`2020⏎年吉林省⏎政府工作报告`): the
/// candidate index of a bare year a few lines above the title line, when only short fragments
/// stand between and all of it reads as one title.
fn broken_start(text: &str, candidates: &[(usize, usize)], i: usize) -> Option<usize> {
    /// A fragment of a broken title line is short.
    const MAX_FRAGMENT_CHARS: usize = 8;
    (1..=3).filter_map(|k| i.checked_sub(k)).find(|&j| {
        let (a, b) = candidates[j];
        // (Cleaning gives a bare year its 年: `2020` reads `2020年`.)
        let year = text[a..b].trim();
        let year = year.strip_suffix('年').unwrap_or(year);
        let bare_year = year.len() == 4
            && year.bytes().all(|c| c.is_ascii_digit())
            && year
                .parse::<i32>()
                .is_ok_and(|y| (1949..=2099).contains(&y));
        let fragments = candidates[j + 1..i].iter().all(|&(a, b)| {
            let f = &text[a..b];
            f.chars().count() <= MAX_FRAGMENT_CHARS
                && f.chars().all(|c| is_cjk(c) || c.is_ascii_digit())
        });
        let joined: String = candidates[j..=i]
            .iter()
            .map(|&(a, b)| text[a..b].trim())
            .collect();
        bare_year && fragments && is_title(&joined)
    })
}

/// The subtitle at candidate `k`, on its line or wrapped over two (`——2023年1月15日在北京市第十六届`
/// ⏎ `人民代表大会第一次会议上`): its range and how many lines it takes.
fn subtitle_at(
    text: &str,
    candidates: &[(usize, usize)],
    k: usize,
) -> Option<(usize, usize, usize)> {
    let &(s, e) = candidates.get(k)?;
    let first = &text[s..e];
    if is_subtitle(first) {
        return Some((s, e, 1));
    }
    let &(ns, ne) = candidates.get(k + 1)?;
    let opens = first.trim_start().starts_with(words::SUBTITLE_DASH_CHARS);
    (opens && is_subtitle(&format!("{first}{}", &text[ns..ne]))).then_some((s, ne, 2))
}

/// A title and its subtitle run together on one line (`政府工作报告——2008年1月25日在湖北省第十一
/// 届人民代表大会第一次会议上`, as journal indexes and some PDFs give them), wherever it stands among
/// the first lines: the pair says plainly what it is.
fn fused_with_subtitle(text: &str, start: usize, end: usize) -> Option<Block> {
    let line = &text[start..end];
    let dash = line.find(words::SUBTITLE_DASH_CHARS)?;
    let head = line[..dash].trim_end();
    if !is_title(head) {
        return None;
    }
    // The subtitle ends the line, or (a copy that put the whole report on one line) ends at
    // its venue, the speech running on after it.
    let rest = &line[dash..];
    let sub_end = if is_subtitle(rest) {
        rest.len()
    } else {
        words::SUBTITLE_VENUES
            .iter()
            .filter_map(|v| rest.find(v).map(|i| i + v.len()))
            .min()
            .filter(|&i| is_subtitle(&rest[..i]))?
    };
    Some(Block {
        start,
        title: (start, start + head.len()),
        end: start + dash + sub_end,
        subtitle: Some((start + dash, start + dash + sub_end)),
        ..Block::default()
    })
}

/// A website's column or region tag in front of a title (`【省政府法治建设报告】湖北省人民政府关于…的
/// 报告`, `(内蒙古)2020年…政府工作报告`, `权威发布｜湖北省人民政府关于…的报告`): its length in bytes,
/// 0 when the line has none. The tag files the page; it is not the title.
fn column_tag_len(line: &str) -> usize {
    let barred = separated_tag_len(line);
    if barred > 0 {
        return barred;
    }
    for (open, close, longest) in [('【', '】', 16), ('(', ')', 8), ('（', '）', 8)] {
        let Some(rest) = line.strip_prefix(open) else {
            continue;
        };
        let Some(end) = rest.find(close) else {
            return 0;
        };
        let tag = &rest[..end];
        let after = rest[end + close.len_utf8()..].trim_start();
        let short = (1..=longest).contains(&tag.chars().count());
        return if short && after.chars().count() >= 4 {
            line.len() - after.len()
        } else {
            0
        };
    }
    0
}

/// A column's name set before a title with a bar (`权威发布｜…`, `聚焦丨…`, `权威发布 | …`;
/// `column_separator_chars` in `lexicon/genre.toml`): its length in bytes with the bar and the
/// spaces around it, when the name is a short run of Chinese and at least four characters follow.
fn separated_tag_len(line: &str) -> usize {
    /// A column's name is short (权威发布, 聚焦两会, 政务公开).
    const MAX_TAG_CHARS: usize = 8;
    let Some((at, bar)) = line
        .char_indices()
        .take(MAX_TAG_CHARS + 3)
        .find(|&(_, c)| words::COLUMN_SEPARATOR_CHARS.contains(&c))
    else {
        return 0;
    };
    let tag = line[..at].trim_end_matches([' ', '\u{3000}']);
    let n = tag.chars().count();
    let after = line[at + bar.len_utf8()..].trim_start_matches([' ', '\u{3000}']);
    let named = (2..=MAX_TAG_CHARS).contains(&n) && tag.chars().all(is_cjk);
    if named && after.chars().count() >= 4 {
        line.len() - after.len()
    } else {
        0
    }
}

/// What files a title line in front of it: a compilation's piece label (`第一篇:`), then a
/// site's column or region tag (`(内蒙古)`); their length in bytes.
fn lead_len(line: &str) -> usize {
    let piece = piece_label_len(line);
    piece + column_tag_len(&line[piece..])
}

/// A compilation's label in front of one of its pieces (`第一篇:`, `第3篇 `, see `piece_units` in
/// `lexicon/genre.toml`): its length in bytes with the colon or spaces after it, 0 when the line
/// has none.
fn piece_label_len(line: &str) -> usize {
    let Some(rest) = line.strip_prefix('第') else {
        return 0;
    };
    let numerals = rest
        .chars()
        .take_while(|&c| c.is_ascii_digit() || crate::text::one_of(c, "〇一二三四五六七八九十百零"))
        .map(char::len_utf8)
        .sum::<usize>();
    if numerals == 0 {
        return 0;
    }
    let Some(after) = words::PIECE_UNITS
        .iter()
        .find_map(|u| rest[numerals..].strip_prefix(u))
    else {
        return 0;
    };
    let after = after.trim_start_matches([':', '：', '、', ' ', '\u{3000}']);
    line.len() - after.len()
}

/// A title with the speaker's line run into it (`2020 年江西 省 政府工作報告 省長 易煉紅`): the byte
/// offsets where the title ends and the speaker's office and name start, when the words before
/// the speaker read as a title and the last words as a speaker with an office.
fn with_speaker(line: &str) -> Option<(usize, usize)> {
    let gaps: Vec<usize> = line
        .char_indices()
        .filter(|&(_, c)| c.is_whitespace())
        .map(|(i, _)| i)
        .collect();
    gaps.iter().rev().take(3).find_map(|&gap| {
        let head = line[..gap].trim_end();
        let tail_at = gap + line[gap..].len() - line[gap..].trim_start().len();
        let tail = &line[tail_at..];
        (is_speaker(tail) && has_speaker_office(tail) && is_title(head))
            .then_some((head.len(), tail_at))
    })
}

/// What a site adds after a title, in bytes: a note in brackets (`（全文）`, `(摘要)`, a part of a
/// series `(3)`), the date it
/// was filed (`(20230224)`, `（2023-02-24）`) or a year apart (`…统计公报 2022`, as statistics
/// archives file their pages). None is part of the report's name.
fn trailing_note_len(line: &str) -> usize {
    let trimmed = line.trim_end();
    if let Some(n) = trailing_year_len(trimmed) {
        return line.len() - trimmed.len() + n;
    }
    let Some(close) = trimmed
        .chars()
        .next_back()
        .filter(|c| matches!(c, ')' | '）' | '】' | ']'))
    else {
        return 0;
    };
    let inner_end = trimmed.len() - close.len_utf8();
    // (全文), （全文）, and the square brackets news sites use: 【全文】, [全文].
    let opens: &[char] = match close {
        '】' => &['【'],
        ']' => &['['],
        _ => &['(', '（'],
    };
    let Some(open) = trimmed[..inner_end].rfind(opens) else {
        return 0;
    };
    let inner =
        &trimmed[open + trimmed[open..].chars().next().map_or(1, char::len_utf8)..inner_end];
    // (全文), (摘要) …, or a site's note of its own copy: (2025年更新), (修订版).
    // A part of a page series: (3), (下).
    let is_part = (1..=2).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_digit())
        || words::PART_NOTES.contains(&inner);
    let is_note = without_note(&format!("({inner})")).is_empty()
        || inner.chars().count() <= 12 && words::COPY_NOTES.iter().any(|w| inner.contains(w))
        || is_part;
    let is_date = !inner.is_empty()
        && inner.chars().filter(char::is_ascii_digit).count() >= 6
        && inner
            .chars()
            .all(|c| c.is_ascii_digit() || "-./年月日 ".contains(c))
        || is_date_and_speaker(inner);
    let before = trimmed[..open].trim_end();
    if (is_note || is_date) && before.chars().count() >= 4 {
        line.len() - before.len()
    } else {
        0
    }
}

/// A news portal's note after a 政府工作报告's title: the date it was given and the speaker
/// (`2023年1月12日 李乐成`).
fn is_date_and_speaker(inner: &str) -> bool {
    let compact = without_whitespace(inner);
    let Some(day) = compact.find('日') else {
        return false;
    };
    let (date, name) = compact.split_at(day + '日'.len_utf8());
    let speaker = name.chars().count() <= 6 && name.chars().all(is_cjk);
    speaker && crate::clean::chrome::parse_date(date).is_some()
}

/// `2022年中江县…统计公报 2022` → the length of ` 2022`: a year set apart by spaces after a line
/// of at least four other characters (with the 年 that cleaning restores to a bare year, too).
fn trailing_year_len(trimmed: &str) -> Option<usize> {
    let number = trimmed.strip_suffix('年').unwrap_or(trimmed);
    let digits = number.bytes().rev().take_while(u8::is_ascii_digit).count();
    let head = &number[..number.len() - digits];
    let before = head.trim_end();
    let year: i32 = number[number.len() - digits..].parse().ok()?;
    (digits == 4
        && before.len() < head.len()
        && (1949..=2099).contains(&year)
        && before.chars().count() >= 4
        && before.chars().next_back().is_some_and(is_cjk))
    .then(|| trimmed.len() - before.len())
}

/// The length in bytes of a list bullet in front of a line (`  • 政府工作报告`, as yearbook pages and
/// Word's bulleted paragraphs give them), with the spaces after it; 0 when there is none.
pub(super) fn bullet_len(line: &str) -> usize {
    let Some(first) = line
        .chars()
        .next()
        .filter(|c| words::BULLET_CHARS.contains(c))
    else {
        return 0;
    };
    let rest = &line[first.len_utf8()..];
    line.len() - rest.trim_start().len()
}

/// A title stated in a disclosure table's row (`标 题 | 金昌市人民政府关于…的通知 |`) or a labelled
/// line (`标题：…`) among the first lines: the cell after the label, in cleaned-text range.
pub(super) fn in_table_row(text: &str, candidates: &[(usize, usize)]) -> Option<(usize, usize)> {
    candidates.iter().find_map(|&(start, end)| {
        let line = &text[start..end];
        let Some(sep) = crate::text::find_chars(line, &['|', '\t', ':', '：']) else {
            return label_run_in(line).map(|at| (start + at, end));
        };
        let label = without_whitespace(&line[..sep]);
        if !words::TITLE_LABELS.contains(&label.as_str()) {
            return None;
        }
        let after = &line[sep..];
        let after = after.trim_start_matches(['|', '\t', ':', '：', ' ', '\u{3000}']);
        let cell_end = after.find(['|', '\t']).unwrap_or(after.len());
        let cell = after[..cell_end].trim();
        let n = cell.chars().count();
        let from = start + (line.len() - after.len());
        ((4..=MAX_TITLE_CHARS).contains(&n) && plain_line(cell)).then(|| (from, from + cell.len()))
    })
}

/// Where the title starts on a disclosure table's 标题 row printed without a separator (`标  题
/// 河南省人民政府关于…的报告`, its spaces closed up by cleaning): after the label, when what follows
/// reads as a report's title on its own.
fn label_run_in(line: &str) -> Option<usize> {
    words::TITLE_LABELS.iter().find_map(|label| {
        // The label's characters, spaces between them allowed (标  题).
        let mut wanted = label.chars().peekable();
        let mut at = 0;
        for (i, c) in line.char_indices() {
            match wanted.peek() {
                None => break,
                Some(&w) if c == w => {
                    wanted.next();
                    at = i + c.len_utf8();
                }
                Some(_) if c == ' ' || c == '\u{3000}' => {}
                Some(_) => return None,
            }
        }
        if wanted.peek().is_some() {
            return None;
        }
        let rest = line[at..].trim_start_matches([' ', '\u{3000}']);
        is_title(rest).then(|| line.len() - rest.len())
    })
}

/// The value of a labelled cell in a disclosure table's rows among the first lines
/// (`索 引 号 | 008474032/2020-0408 | 公文种类 | 其他 | 发布机构 | 剑阁县政府 |`): the first cell
/// after one whose label, spaces removed, is one of `labels`, when it is not empty.
pub(super) fn table_cell<'t>(
    text: &'t str,
    candidates: &[(usize, usize)],
    labels: &[&str],
) -> Option<&'t str> {
    candidates.iter().find_map(|&(start, end)| {
        let line = &text[start..end];
        // (Both ASCII: memchr's vectorised search, where a char-set pattern decodes every
        // character of a paragraph.)
        memchr::memchr2(b'|', b'\t', line.as_bytes())?;
        let cells: Vec<&str> = line.split(['|', '\t']).map(str::trim).collect();
        cells.windows(2).find_map(|pair| {
            let label = without_whitespace(pair[0]);
            (labels.contains(&label.as_str()) && !pair[1].is_empty()).then_some(pair[1])
        })
    })
}

/// `——2025 年 3 月 5 日在第十四届全国人民代表大会第三次会议上`, `（2023年5月30日在市六届人大常委会
/// 第二次会议上）`, `2025年1月14日在浙江省第十四届人民代表大会第三次会议上浙江省代省长刘捷作政府工作
/// 报告`: when and where a report was given.
pub(super) fn is_subtitle(line: &str) -> bool {
    // It opens with a dash as editors type them (——, ―― U+2015, ───, ━━━), a hyphen or a bracket
    // (`subtitle_dash_chars` and `subtitle_opener_chars` in `lexicon/genre.toml`) or a digit.
    // Both cheap tests come first: most lines asked about are paragraphs of the body.
    let starts = line.chars().find(|c| !c.is_whitespace()).is_some_and(|c| {
        words::SUBTITLE_DASH_CHARS.contains(&c)
            || words::SUBTITLE_OPENER_CHARS.contains(&c)
            || c.is_ascii_digit()
    });
    let long = || {
        line.chars()
            .filter(|c| !c.is_whitespace())
            .nth(MAX_SUBTITLE_CHARS)
            .is_some()
    };
    if !starts || long() {
        return false;
    }
    let compact = without_whitespace(line);
    words::SUBTITLE_VENUES.iter().any(|v| compact.contains(v))
}

/// A speaker's line under a title or subtitle: a short line of Chinese (an office and a name,
/// perhaps letter-spaced: 栗 俊 昌), no punctuation.
pub(super) fn is_speaker(line: &str) -> bool {
    // (A paragraph is turned away after its first characters: see `longer_than`.)
    if line
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '·')
        .nth(MAX_SPEAKER_CHARS)
        .is_some()
    {
        return false;
    }
    let compact: String = line
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '·')
        .collect();
    let n = compact.chars().count();
    (2..=MAX_SPEAKER_CHARS).contains(&n)
        && compact.chars().all(is_cjk)
        && !compact.starts_with("各位")
        && !compact.contains("代表")
}

/// Whether a line names a speaker's office (省长, 总理 …).
pub(super) fn has_speaker_office(line: &str) -> bool {
    crate::lexicon::data::issuer::SPEAKERS
        .iter()
        .any(|w| line.contains(w))
}

/// The title block of a text that names no type of report but opens with an official
/// document's title line ([organ]关于…的通知, see `document_kinds` in `lexicon/genre.toml`), with
/// its issuer line above: such a line, not a file's metadata title, is the document's title.
///
/// GB/T 9704 sets a long title over two or three lines, and the issuing organ's name is part of
/// it (`四川省人民政府办公厅⏎关于印发《…2025年法治政府⏎建设重点工作安排》的通知`): the lines are
/// joined, the organ's line included, when together they read as one document title.
pub(super) fn find_document(text: &str, candidates: &[(usize, usize)]) -> Option<Block> {
    /// A line that continues a title is short.
    const MAX_CONTINUATION_CHARS: usize = 30;
    let (i, last) = (0..candidates.len()).find_map(|i| {
        let start = candidates[i].0;
        (i..candidates.len().min(i + 3)).find_map(|k| {
            let continued = candidates[i + 1..=k]
                .iter()
                .all(|&(a, b)| text[a..b].chars().count() <= MAX_CONTINUATION_CHARS);
            (continued && is_document_title(&text[start..candidates[k].1])).then_some((i, k))
        })
    })?;
    let (start, end) = (candidates[i].0, candidates[last].1);
    let issuer_line = issuer_line_above(text, candidates, i);
    Some(Block {
        start: issuer_line.map_or(start, |(s, _)| s),
        title: (start, end),
        end,
        issuer_line,
        subtitle: None,
        speaker: None,
        issuer_below: None,
    })
}

/// 关于开展专业岗位领导干部遴选工作的通知, 淳安县人民政府关于印发…方案的通知.
pub(crate) fn is_document_title(line: &str) -> bool {
    if longer_than(line, MAX_TITLE_CHARS) {
        return false;
    }
    let compact = without_whitespace(line);
    let n = compact.chars().count();
    let Some(about) = compact.find("关于") else {
        return false;
    };
    // 关于 opens the title or follows the issuing organ's name — or the organs' names and the
    // verb of a covering notice (鹤岗市人民政府 鹤岗市中级人民法院印发 / 关于…意见的通知).
    let organ = &compact[..about];
    let organ = words::COVERING_VERBS
        .iter()
        .find_map(|v| organ.strip_suffix(v))
        .unwrap_or(organ);
    let opens = organ.is_empty()
        || organ.chars().count() <= 30
            && organ.chars().all(is_cjk)
            && super::issuer::ends_with_organ(organ);
    let kind = words::DOCUMENT_KINDS
        .iter()
        .any(|k| compact.strip_suffix(k).is_some_and(|r| r.ends_with('的')));
    (6..=MAX_TITLE_CHARS).contains(&n) && plain_line(&compact) && opens && kind
}

/// A line that names only issuing bodies, one or more apart by spaces (`浙江省统计局 国家统计局浙江
/// 调查总队`, `闻喜县统计局`): the byte length of the first, None for any other line.
fn bodies_line(line: &str) -> Option<usize> {
    let line = line.trim();
    let mut first = None;
    for body in line.split_whitespace() {
        let n = body.chars().count();
        let plain = body.chars().all(is_cjk);
        if !(2..=20).contains(&n) || !plain || !super::issuer::ends_with_organ(body) {
            return None;
        }
        first.get_or_insert(body.len());
    }
    first
}

/// Whether the 关于 title at candidate `i` is a page's heading over the document itself: the
/// same line comes again a few lines below, set under its organ's name (`关于2025年法治政府建设
/// 情况的报告` ⏎ `来源:杨陵区人民政府 发布时间:…` ⏎ `杨陵区人民政府` ⏎ `关于2025年…的报告`). The
/// document's own title block is the title.
fn repeated_under_organ(text: &str, candidates: &[(usize, usize)], i: usize) -> bool {
    /// How far below the heading the document's title may come again.
    const MAX_LINES_BELOW: usize = 4;
    let (start, end) = candidates[i];
    let line = text[start..end].trim();
    line.starts_with("关于")
        && (i + 2..=i + 1 + MAX_LINES_BELOW)
            .filter(|&k| k < candidates.len())
            .any(|k| {
                let (s, e) = candidates[k];
                text[s..e].trim() == line && issuer_line_above(text, candidates, k).is_some()
            })
}

/// An issuing body alone on the line just above the title (`柳州市司法局`).
fn issuer_line_above(
    text: &str,
    candidates: &[(usize, usize)],
    title_idx: usize,
) -> Option<(usize, usize)> {
    let &(start, end) = candidates.get(title_idx.checked_sub(1)?)?;
    let line = &text[start..end];
    let n = line.chars().count();
    let looks_like_body = line.chars().any(|c| crate::text::one_of(c, "。，,；;：:"));
    ((2..=20).contains(&n) && !looks_like_body && super::issuer::ends_with_organ(line))
        .then_some((start, end))
}

/// A title at the very start of a text whose lines ran together (`…湖北省人民政府关于2023年度
/// 法治政府建设情况的报告2023年,省政府坚持…`): the first 报告 within the opening characters, back
/// to where the run of Chinese starts, when it names a type of report and is not a sentence
/// announcing one (现将…工作情况报告如下).
pub(super) fn in_running_text(text: &str, from: usize) -> Option<(usize, usize)> {
    let head = crate::text::window(text, from, from + 300);
    // The first 报告 that is not in a document's name in 《…》 (《…政府信息公开工作年度报告格式的通知》
    // names the format the report follows, not the report).
    let mut report = None;
    let mut at = 0;
    while let Some(k) = head[at..].find("报告") {
        let k = at + k;
        if !in_document_name(&head[..k]) {
            report = Some(k);
            break;
        }
        at = k + "报告".len();
    }
    let report = report?;
    let end = report + "报告".len();
    if head[end..].starts_with("如下") {
        return None;
    }
    let before: Vec<(usize, char)> = head[..report].char_indices().collect();
    let start_idx = before
        .iter()
        .rposition(|&(_, c)| !(is_cjk(c) || c.is_ascii_digit() || matches!(c, '、' | ' ')))
        .map_or(0, |k| k + 1);
    let start_idx = start_idx.max(before.len().saturating_sub(MAX_TITLE_CHARS));
    let start = before.get(start_idx).map_or(report, |&(i, _)| i);
    let start = start + (head[start..end].len() - head[start..end].trim_start().len());
    let title = &head[start..end];
    let announces = words::ANNOUNCING.iter().any(|w| title.contains(w))
        || words::PROMPTS.iter().any(|w| title.starts_with(w));
    let plausible = genre_of(title)
        .is_some_and(|g| !matches!(g, ReportType::WorkSummary | ReportType::Other))
        && title.chars().count() >= 8
        && !title.contains('。')
        && !announces;
    plausible.then_some((from + start, from + end))
}

/// Whether the text after `before` is inside a document's name in 《…》 (more 《 than 》 before it).
fn in_document_name(before: &str) -> bool {
    let open = before.matches('《').count();
    open > 0 && open > before.matches('》').count()
}

/// Joins a title's lines as one reads them, without the spaces PDF text puts around figures
/// (`某县 2025 年度…` → `某县2025年度…`): Chinese is not written with spaces, and a title is
/// compared across reports. Spaces between Latin words stay. A mirror's pinyin annotations
/// (政府工作報(bào)告) go: the cleaned text has none, and the title is read, not transcribed.
pub(super) fn collapse_lines(s: &str) -> String {
    let mut plain = String::with_capacity(s.len());
    let mut at = 0;
    for span in crate::clean::pinyin::find(s) {
        plain.push_str(&s[at..span.start]);
        at = span.end;
    }
    plain.push_str(&s[at..]);
    let joined: String = plain
        .lines()
        .map(crate::clean::lines::trim)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The gates and suffix tests that read no more than they need answer as the forms that
    /// compacted whole lines and built strings: `longer_than` as counting the compacted line
    /// (every line of the seeds and lines with odd spaces), `without_note` as stripping
    /// `format!("{open}{note}{close}")`, the document kinds as `ends_with(format!("的{k}"))`.
    #[test]
    fn gates_answer_as_the_whole_line_forms() {
        let mut lines: Vec<String> = Vec::new();
        for (_, text) in crate::test_seeds::seeds() {
            lines.extend(text.lines().map(str::to_string));
        }
        lines.extend(
            [
                "",
                " ",
                "\u{3000}柳州市 司法局\u{a0}",
                "国务院总理 李强",
                "2025年3月5日",
                "发布机构 | 剑阁县政府 |",
                "a\tb",
            ]
            .map(String::from),
        );
        for line in &lines {
            let compact = without_whitespace(line);
            for max in [0, 1, 12, 16, 20, MAX_TITLE_CHARS, MAX_SUBTITLE_CHARS] {
                assert_eq!(
                    longer_than(line, max),
                    compact.chars().count() > max,
                    "{line}"
                );
                assert_eq!(line.chars().nth(max).is_some(), line.chars().count() > max);
            }
            assert_eq!(
                memchr::memchr2(b'|', b'\t', line.as_bytes()).is_some(),
                line.contains(['|', '\t'])
            );
        }
        let old_without_note = |title: &str| -> String {
            let mut t = title;
            for note in words::TITLE_NOTES {
                for (open, close) in [("（", "）"), ("(", ")"), ("【", "】"), ("", "")] {
                    if let Some(rest) = t.strip_suffix(&format!("{open}{note}{close}")) {
                        t = rest;
                    }
                }
            }
            t.to_string()
        };
        for note in words::TITLE_NOTES.iter().chain(&["", "全", "）"]) {
            for (open, close) in [
                ("（", "）"),
                ("(", ")"),
                ("【", "】"),
                ("", ""),
                ("(", "）"),
            ] {
                for inner in ["2025年湖南省政府工作报告", "", "全文"] {
                    let t = format!("{inner}{open}{note}{close}");
                    assert_eq!(without_note(&t), old_without_note(&t), "{t}");
                    let t = format!("{t}{open}全文{close}");
                    assert_eq!(without_note(&t), old_without_note(&t), "{t}");
                }
            }
        }
        for k in words::DOCUMENT_KINDS {
            for t in [
                format!("关于开展工作的{k}"),
                format!("关于开展工作{k}"),
                k.to_string(),
            ] {
                assert_eq!(
                    t.strip_suffix(k).is_some_and(|r| r.ends_with('的')),
                    t.ends_with(&format!("的{k}")),
                    "{t}"
                );
            }
        }
    }

    /// The genre words read by one automaton answer as a substring search per word does (the
    /// general form: `names_genre` for each type in order, `contains` for the words of a page
    /// about a report), on titles of every type, lines that only mention one, and the traps:
    /// 法治政府工作报告, a word twice, a word inside 《》.
    #[test]
    fn genre_words_read_as_a_search_per_word() {
        let general = |t: &str| {
            let mut bits = 0u8;
            for (k, g) in GENRE_ORDER.into_iter().enumerate() {
                if title_words(g).iter().any(|w| names_genre(t, w, g)) {
                    bits |= 1 << k;
                }
            }
            if words::ABOUT_TITLES.iter().any(|w| t.contains(w)) {
                bits |= ABOUT;
            }
            bits
        };
        let mut titles = vec![
            "柳州市2021年度法治政府建设情况报告",
            "2022年上海市政府信息公开工作年度报告",
            "2025年浙江省政府工作报告",
            "法治政府工作报告",
            "法制政府工作报告政府工作报告",
            "某市法治政府工作报告与2024年政府工作报告",
            "周口市2023年国民经济和社会发展统计公报",
            "市生态环境局2024年工作总结和2025年工作思路",
            "文字解读:济南市2023年法治政府建设年度报告",
            "关于《2024年政府工作报告》的政策解读",
            "依法治市工作情况的报告",
            "审结案件163件",
            "",
            "政府信息公开工作报告信息公开年报",
            "政府工作报告政府工作报告",
        ];
        let joined: Vec<String> = titles
            .iter()
            .flat_map(|a| titles.iter().map(move |b| format!("{a}{b}")))
            .collect();
        titles.extend(joined.iter().map(String::as_str));
        for t in titles {
            assert_eq!(genre_words().read(t), general(t), "{t}");
        }
    }

    #[test]
    fn titles_of_every_report_type() {
        for t in [
            "柳州市2021年度法治政府建设情况报告",
            "某县2024年度法治政府建设情况",
            "2022年上海市政府信息公开工作年度报告",
            "福州市晋安区2016年政府信息公开工作年度报告",
            "政府工作报告",
            "2025年浙江省政府工作报告",
            "周口市2023年国民经济和社会发展统计公报",
            "市生态环境局2024年工作总结和2025年工作思路",
            "清水县人民政府关于清水县2023年度法治政府建设工作总结的报告",
            "某县人民政府关于2024年安全生产工作情况的报告",
            "2025年湖南省政府工作报告（全文）",
            "2025年政府工作报告全文",
            // A newspaper's copy of a bare 政府工作报告 with its note.
            "政府工作报告（全文）",
            "政府工作报告(全文)",
            "政府工作报告全文",
            "政府工作报告（摘要）",
            "政府工作报告（2024年）",
            // The year in brackets after a report's name (a province's department, 2023).
            "法治政府建设年度报告（2022年）",
            "某某县法治政府建设年度报告(2022年度)",
        ] {
            assert!(is_title(t), "{t}");
        }
    }

    #[test]
    fn column_names_breadcrumbs_and_sentences_are_not_titles() {
        for t in [
            "工作报告",
            "政务公开>工作报告",
            "首页 > 政府信息公开 > 年度报告",
            "Page 2 - 政府工作报告",
            "现将县人民政府2022年法治政府建设工作情况报告如下。",
            "一、2024年工作总结",
            "各位代表:",
        ] {
            assert!(!is_title(t), "{t}");
        }
    }

    #[test]
    fn subtitles_and_speakers() {
        assert!(is_subtitle(
            "───2018年1月24日在内蒙古自治区第十三届人民代表大会第一次会议上"
        ));
        assert!(is_subtitle(
            "——2025 年 3 月 5 日在第十四届全国人民代表大会第三次会议上"
        ));
        assert!(is_subtitle(
            "2019年3月2日在浮山县第十六届人民代表大会第四次会议上"
        ));
        assert!(is_subtitle("(2023年5月30日在市六届人大常委会第二次会议上)"));
        assert!(!is_subtitle("2023年,全县召开常务会议12次。"));
        assert!(is_speaker("国务院总理 李强"));
        assert!(is_speaker("栗 俊 昌"));
        assert!(!is_speaker("各位代表:"));
    }

    #[test]
    fn a_mirrors_pinyin_annotations_are_not_part_of_the_title() {
        assert_eq!(collapse_lines("政府工作報(bào)告"), "政府工作報告");
        assert_eq!(collapse_lines("附件(1)工作报告"), "附件(1)工作报告");
    }

    #[test]
    fn a_column_tag_is_not_part_of_the_title() {
        let line = "【省政府法治建设报告】湖北省人民政府关于2022年度法治政府建设情况的报告";
        let n = column_tag_len(line);
        assert!(line[n..].starts_with("湖北省人民政府"));
        assert_eq!(column_tag_len("湖北省司法厅2022年法治政府建设年度报告"), 0);
        // A bracket that is the whole line, or no closing bracket: nothing to strip.
        assert_eq!(column_tag_len("【法治政府建设年度报告】"), 0);
        assert_eq!(column_tag_len("【法治政府建设年度报告"), 0);
    }

    #[test]
    fn a_column_before_a_bar() {
        let line = "权威发布｜湖北省人民政府关于2023年度法治政府建设情况的报告";
        assert!(line[column_tag_len(line)..].starts_with("湖北省人民政府"));
        let line = "聚焦 丨 河南省人民政府关于2023年度法治政府建设情况的报告";
        assert!(line[column_tag_len(line)..].starts_with("河南省人民政府"));
        // No bar among the first characters, a long run or figures before it: no column.
        assert_eq!(
            separated_tag_len("湖北省人民政府关于2023年度法治政府建设情况的报告"),
            0
        );
        assert_eq!(separated_tag_len("索引号：0001/2024 | 发布机构"), 0);
        assert_eq!(separated_tag_len("2024 | 政府工作报告"), 0);
    }
}
