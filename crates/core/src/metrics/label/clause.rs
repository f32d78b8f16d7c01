//! The metric's own clause: the words before the number (审结行政复议案件163件) and, when the
//! number modifies the noun after it (4个实地督察组), that noun ([`super::noun`]).
//!
//! The clause starts after the last punctuation mark or after the previous metric of the same
//! clause, so 国家级42项、自治区级69项 gives 自治区级 for 69, not the whole list. Connectives,
//! dates and 共/累计-style words at the edges are trimmed; enumerations of examples are dropped
//! ([`super::enumeration`]).

use super::enumeration::drop_enumerations;
use super::noun::post_noun;
use crate::lexicon::data::change::TO_LEVEL as LEVEL_VERBS;
use crate::lexicon::data::label::{
    CHANNEL_NOUNS, DATE_SUFFIXES, LEADING, PREDICATES, RATE_LEADS, RATE_NOUNS, SCOPES, SUBJECT_END,
    TRAILING,
};
use crate::lexicon::segment;
use crate::text::CjkSet;

/// The first characters of `actions` (`lexicon/label.toml`), derived from the list:
/// [`long_place`] asks at every character of a 在-phrase whether an action starts there.
static ACTION_FIRSTS: CjkSet = CjkSet::first_chars(crate::lexicon::data::label::ACTIONS);
/// The first characters of `scopes` (全, 我, 本), derived from the list: most words before a
/// number open with none of them nor with 各, and [`after_collective_subject`] has nothing to do.
static SCOPE_FIRSTS: CjkSet = CjkSet::first_chars(SCOPES);

/// Characters that end a clause.
pub fn is_boundary(c: char) -> bool {
    matches!(
        c,
        '。' | '；' | ';' | '，' | ',' | '：' | ':' | '！' | '!' | '？' | '?' | '\n' | '|'
    )
}

/// [`LEADING`] indexed by first character (asked at every clause start).
fn leading() -> &'static crate::lexicon::words::ByFirst {
    static INDEX: std::sync::OnceLock<crate::lexicon::words::ByFirst> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| crate::lexicon::words::ByFirst::new(&[LEADING]))
}

/// [`TRAILING`] indexed by last character (asked at every trim of the words' end).
fn trailing() -> &'static crate::lexicon::words::ByLast {
    static INDEX: std::sync::OnceLock<crate::lexicon::words::ByLast> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| crate::lexicon::words::ByLast::new(TRAILING))
}

/// Longest label part taken from before the number, in characters.
const MAX_PRE_CHARS: usize = 30;

/// The label's parts in cleaned-text ranges: the words before the number and the noun after it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parts {
    /// The words before the number, enumerations of examples left out.
    pub pre: Vec<(usize, usize)>,
    pub post: Option<(usize, usize)>,
    /// The noun a 、-list of counts shares, after its last count (国家级42项、自治区级69项、县级33
    /// “一件事一次办”套餐服务): said after this count's own words.
    pub shared: Option<(usize, usize)>,
    /// A short topic clause just before (非涉农街道，8个类别), shown in brackets.
    pub topic: Option<(usize, usize)>,
}

impl Parts {
    pub fn chars(&self, text: &str) -> usize {
        self.pre
            .iter()
            .chain(&self.post)
            .chain(&self.shared)
            .map(|&(a, b)| text[a..b].chars().count())
            .sum()
    }
}

/// A label longer than this drops the words before the number when it has a noun after it.
const MAX_LABEL_CHARS: usize = 24;

/// Finds the label parts for a number at `num_start` whose metric ends at `metric_end`.
pub fn parts(
    text: &str,
    clause_start: usize,
    num_start: usize,
    metric_end: usize,
    unit_is_classifier: bool,
) -> Parts {
    let post = if unit_is_classifier {
        post_noun(text, metric_end)
    } else {
        None
    };
    let (a, b) = trim_pre(text, clause_start, num_start, post.is_none());
    // 新建1.7万亩高标准农田: a measure names no thing, so after words that are only a verb the
    // noun after the unit is what was built or done.
    let post = post.or_else(|| {
        (!unit_is_classifier && only_a_verb(&text[a..b]))
            .then(|| post_noun(text, metric_end))
            .flatten()
            .filter(|&(x, y)| !starts_with_verb(&text[x..y]))
    });
    let mut p = Parts {
        pre: if a < b {
            drop_enumerations(text, a, b)
        } else {
            Vec::new()
        },
        post,
        shared: None,
        topic: None,
    };
    if p.pre.is_empty() {
        p.topic = topic_clause(text, clause_start);
    }
    if p.post.is_some() {
        drop_place_scope(text, &mut p.pre);
    }
    // A predicate after the count (对…文件36件进行了清理) names no thing: the words before
    // the number do, so they stay however long the label gets.
    let post_is_predicate = p
        .post
        .is_some_and(|(x, y)| PREDICATES.iter().any(|w| text[x..y].starts_with(w)));
    let post_chars = p.post.map_or(0, |(x, y)| text[x..y].chars().count());
    let long_post = post_chars >= 4 && !post_is_predicate;
    // Asides go before the words do: a bracket (党委(党组、党工委)中心组) and the 《…》 names of
    // what was studied (区政府常务会议开展《安全生产法》《审计法》…4场会前学法) are examples;
    // who did it and the verb say what the count is of.
    // (Only with a noun after the number: without one the names may be what was counted.)
    if p.post.is_some() {
        let pre_chars = chars_of(text, &p.pre);
        if pre_chars >= MAX_PRE_CHARS || long_post && pre_chars + post_chars > MAX_LABEL_CHARS {
            let lean = without_asides(text, &p.pre);
            if !lean.is_empty() {
                p.pre = lean;
            }
        }
    }
    cap_pre(text, &mut p.pre);
    if long_post && p.chars(text) > MAX_LABEL_CHARS {
        p.pre.clear();
    }
    p
}

/// Whether `words` are only a verb of production or work (`list_verbs` and `actions` of
/// `lexicon/label.toml`), perhaps after an adverb of at most two characters (逐步开展, 累计新建).
fn only_a_verb(words: &str) -> bool {
    // Four characters take at most 16 bytes: the words before most numbers are longer, and are
    // not counted character by character.
    if words.len() > 4 * 4 {
        return false;
    }
    only_a_verb_counted(words)
}

/// [`only_a_verb`] without its byte-length pretest.
fn only_a_verb_counted(words: &str) -> bool {
    use crate::lexicon::data::label::{ACTIONS, LIST_VERBS};
    let n = words.chars().count();
    (2..=4).contains(&n)
        && LIST_VERBS
            .iter()
            .chain(ACTIONS)
            .any(|v| words.ends_with(v) && n - v.chars().count() <= 2)
}

/// Whether `words` open with such a verb (投资50万元|建成…: the words after the unit are a
/// clause of their own, not the thing measured).
fn starts_with_verb(words: &str) -> bool {
    use crate::lexicon::data::label::{ACTIONS, LIST_VERBS};
    LIST_VERBS
        .iter()
        .chain(ACTIONS)
        .any(|v| words.starts_with(v))
}

/// Characters in the ranges `r`.
fn chars_of(text: &str, r: &[(usize, usize)]) -> usize {
    r.iter().map(|&(a, b)| text[a..b].chars().count()).sum()
}

/// `pre` without its asides — `(…)`, `（…）` and `《…》`, and one a range ends inside — with
/// a 、 or 和 joining two of them and a 等 closing them; the words around stay.
fn without_asides(text: &str, pre: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(pre.len() + 2);
    for &(a, b) in pre {
        let mut from = a;
        let mut depth = 0usize;
        let mut open_at = a;
        for (i, c) in text[a..b].char_indices() {
            let at = a + i;
            match c {
                '(' | '（' | '《' => {
                    if depth == 0 {
                        open_at = at;
                    }
                    depth += 1;
                }
                ')' | '）' | '》' if depth > 0 => {
                    depth -= 1;
                    if depth == 0 {
                        if open_at > from {
                            out.push((from, open_at));
                        }
                        from = at + c.len_utf8();
                        // 《甲》、《乙》, 《甲》和《乙》: the joint goes with the names, and so
                        // does the 等 that closes them (《甲》《乙》等40多个涉疫文件).
                        while let Some(j) = ['、', '和', '及'].iter().find(|&&j| {
                            text[from..b].starts_with(j)
                                && text[from + j.len_utf8()..b].starts_with(['《', '(', '（'])
                        }) {
                            from += j.len_utf8();
                        }
                        if text[from..b].starts_with('等') {
                            from += '等'.len_utf8();
                        }
                    }
                }
                _ => {}
            }
        }
        // An aside the range ends inside (an enumeration cut it at a 、) goes too.
        let end = if depth > 0 { open_at } else { b };
        if from < end {
            out.push((from, end));
        }
    }
    out.retain(|&(x, y)| !crate::text::trim(&text[x..y]).is_empty());
    out
}

/// A byte range of the cleaned text.
type Range = (usize, usize);

/// 组织对2个市州和4个省直部门开展了法治政府建设实地督察, 对全县27个乡(镇、区)、36个县直单位进行…
/// 督察, 对2市4县6个省直单位开展…督察: a count that is one of several counted objects of 对 is
/// named by its noun and what was done to them (the predicate after the last object:
/// 市州开展了法治政府建设实地督察), not by the 对 before it. `place`: the unit is the noun
/// (2市, 4县). Returns the predicate's range and the object's noun (a noun with its bracket,
/// 乡(镇、区)); the caller drops the words before the number.
pub(super) fn predicate_of_objects(
    r: &super::reading::Reading<'_>,
    parts: &Parts,
    place: bool,
) -> Option<(Range, Option<Range>)> {
    let (text, num_start, metric_end) = (r.text, r.start, r.end);
    use crate::lexicon::data::label::{ACTIONS, CLAUSE_LEADS};
    // What stands between 对 and the number: nothing or a scope (对2个…, 对全县27个…) for the
    // first object, the earlier objects for a later one (对2市|4县, 对…乡(镇、区)、|36个).
    let head = crate::text::window(text, num_start.saturating_sub(120), num_start);
    // (memchr's backward search: `str::rfind(char)` reads a word at a time, and most labels
    // have no 对 in their 120 bytes.)
    let dui = crate::text::rfind_str(head, "对")?;
    let between = &head[dui + '对'.len_utf8()..];
    if between.contains(is_boundary) || between.chars().count() > 40 {
        return None;
    }
    let first = between.is_empty() || SCOPES.contains(&between);
    let has_verb = |s: &str| {
        CLAUSE_LEADS
            .iter()
            .chain(ACTIONS)
            .any(|v| crate::text::contains_str(s, v))
    };
    let later = !first && between.contains(|c: char| c.is_ascii_digit()) && !has_verb(between);
    if !first && !later {
        return None;
    }
    // The object's noun and where the object ends (after a bracket that goes with the noun).
    let (noun, object_end) = match parts.post {
        Some((a, b)) => {
            // A bracket opened in or right after the noun closes within it: 乡(镇、区).
            let open = text[a..b].contains(['(', '（']) && !text[a..b].contains([')', '）'])
                || text[b..].starts_with(['(', '（']);
            let bracket = open
                .then(|| text[b..].find([')', '）']).filter(|&i| i < 30))
                .flatten()
                .map_or(0, |i| {
                    i + text[b + i..].chars().next().map_or(1, char::len_utf8)
                });
            (Some((a, b + bracket)), b + bracket)
        }
        None if place => (None, metric_end),
        None => return None,
    };
    // 对3个区(市)和市直相关部门开展实地督察: a noun phrase running on to the lead verb ends before
    // the uncounted objects joined to it.
    let (noun, object_end) = match noun.filter(|_| first && between.is_empty()) {
        Some(range) => super::objects::noun_before_lead(text, range)
            .map_or((noun, object_end), |cut| (Some((range.0, cut)), cut)),
        None => (noun, object_end),
    };
    // A first object needs more counted objects after it: 和4个…, 、3家…, 4县… .
    let after = &text[object_end..];
    let more = after
        .strip_prefix(['和', '及', '与', '、'])
        .unwrap_or(after)
        .starts_with(|c: char| c.is_ascii_digit());
    // (One object with a scope before it keeps the scope: 对全县150名科级干部进行集中培训.)
    if first && !more && !(between.is_empty() && super::objects::one_object_then_lead(after)) {
        return None;
    }
    // The predicate follows the last object: past the 、 between objects, up to the clause's end.
    let end = after
        .find(['，', ',', '。', '；', ';', '：', ':', '\n'])
        .map_or(text.len(), |i| object_end + i);
    let rest = crate::text::window(text, object_end, end.min(object_end + 120));
    let verb = CLAUSE_LEADS
        .iter()
        .chain(ACTIONS)
        .filter_map(|v| crate::text::find_str(rest, v))
        .min()?;
    let from = object_end + verb;
    let to = text[from..end]
        .char_indices()
        .nth(16)
        .map_or(end, |(i, _)| from + i);
    Some(((from, to), noun))
}

/// 平台覆盖鱼峰区21个部门: a place right before a count of a noun named after it is the count's
/// scope (the platform covers departments); it is left out when other words remain. Places are
/// the divisions of `region` (鱼峰区, 柳城县) and the scopes 全市, 我区 ….
fn drop_place_scope(text: &str, pre: &mut Vec<(usize, usize)>) {
    let total: usize = pre.iter().map(|&(a, b)| text[a..b].chars().count()).sum();
    let Some(&(a, b)) = pre.last() else {
        return;
    };
    let words = &text[a..b];
    let table = crate::region::data::table();
    let place =
        short_tails(words).find(|tail| SCOPES.contains(tail) || !table.named(tail).is_empty());
    if let Some(place) = place {
        let n = place.chars().count();
        if total > n + 1 {
            let cut = b - place.len();
            if cut > a {
                *pre.last_mut().expect("checked") = (a, cut);
            } else {
                pre.pop();
            }
        }
    }
}

/// The tails of `words` two to eight characters long, longest first: the places a scope may
/// take (the characters counted once, not once per tail).
fn short_tails(words: &str) -> impl Iterator<Item = &str> {
    let n = words.chars().count();
    words
        .char_indices()
        .enumerate()
        .filter(move |&(k, _)| (2..=8).contains(&(n - k)))
        .map(move |(_, (i, _))| &words[i..])
}

/// Start of the clause holding `pos`: after the last boundary character before it.
pub fn clause_start(text: &str, pos: usize, floor: usize) -> usize {
    let head = &text[floor..pos];
    match head.char_indices().rev().find(|&(_, c)| is_boundary(c)) {
        Some((i, c)) => floor + i + c.len_utf8(),
        None => floor,
    }
}

/// The words of `text[start..end]` that say what the number counts. `bare`: no noun follows
/// the number, so a bare verb before it needs its subject.
/// Byte length of a long place phrase that opens the words `a..b` before an action (在“古丈司法”
/// 公众号以及省、州、县级有关媒体|发布信息稿件): where it was done, not what was counted. A short
/// one stays (在行政复议中成功调解, 在册): it says which things. 0 when there is none.
fn long_place(text: &str, a: usize, b: usize) -> usize {
    use crate::lexicon::data::label::ACTIONS;
    let s = &text[a..b];
    if !s.starts_with('在') || !segment::is_word_at(text, a, "在") {
        return 0;
    }
    // The phrase ends at the first action: one inside it (在审查过程中) makes it no place.
    s.char_indices()
        .skip(1)
        .find(|&(i, c)| {
            ACTION_FIRSTS.contains(c)
                && ACTIONS
                    .iter()
                    .any(|v| segment::is_word_at(text, a + i, v) && i + v.len() < s.len())
        })
        .filter(|&(i, _)| s[..i].chars().count() >= MIN_PLACE_CHARS)
        .map_or(0, |(i, _)| i)
}

/// A place phrase (在 included) shorter than this stays in a label.
const MIN_PLACE_CHARS: usize = 12;

fn trim_pre(text: &str, start: usize, end: usize, bare: bool) -> (usize, usize) {
    let mut a = start;
    let mut b = end;
    // A heading's marker is not part of what a number in the heading counts.
    if let Some(m) = may_open_with_marker(&text[a..b])
        .then(|| crate::lexicon::markers::parse_marker(&text[a..b]))
        .flatten()
    {
        a += m.len;
    }
    // Nor is a point's marker (三是高效开展裕安3.3级地震应急处置).
    if let Some((_, len)) = crate::lexicon::markers::point_marker(&text[a..b]) {
        a += len;
    }
    loop {
        let s = &text[a..b];
        let mut t =
            s.trim_start_matches([' ', '\t', '、', '“', '"', '”', '—', '–', '-', '~', '～']);
        // An aside's opening bracket whose close is past the number (13件(含新制定5件).
        if let Some(r) = t
            .strip_prefix(['(', '（'])
            .filter(|r| !r.contains([')', '）']))
        {
            t = r;
        }
        let mut changed = t.len() != s.len();
        a = b - t.len();
        // Only a word of its own: 及时, 和解 and 共享 start with a connective but are not one.
        if let Some(w) = leading()
            .prefixes(&text[a..b])
            .find(|w| segment::longest_word_at(text, a) <= w.len())
        {
            a += w.len();
            changed = true;
        }
        // The 中 that closes a set chosen from (从…228个申报项目|中优选2个综合地区) is the
        // previous figure's, not this one's.
        if text[a..b].starts_with('中')
            && super::noun::chosen_from(text, a)
            && segment::is_word_at(text, a, "中")
        {
            a += '中'.len_utf8();
            changed = true;
        }
        // A leading date or time phrase: 2023年, 2023年以来, 6月, 截至11月底.
        if let Some(d) = crate::metrics::dates::read(text, a) {
            if d.end <= b {
                a = d.end;
                for w in DATE_SUFFIXES {
                    if crate::text::starts_with_str(&text[a..b], w) {
                        a += w.len();
                    }
                }
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // A quoted name that starts the words is part of what is counted (“跨省通办”办件62件):
    // keep its opening mark, or only the words after the closing one would survive.
    if a > start && text[..a].ends_with('“') && text[a..b].contains('”') {
        a -= '“'.len_utf8();
    }
    // The space PDF text puts before a figure (权重提升至 15%) hides the words before it, and
    // the scale letters of a magnitude (M5.1级) are no words of the label.
    b = a + text[a..b].trim_end().len();
    b = a + text[a..b]
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .len();
    loop {
        let s = &text[a..b];
        // Only a word of its own: 统计, 行为 and 拥有 end with one but are not one.
        match trailing()
            .suffixes(s)
            .filter(|w| {
                s.len() > w.len() && {
                    let head = &s[..s.len() - w.len()];
                    // 压减至, 降到: a change verb's complement, whatever the word list joins.
                    let complement = matches!(*w, "至" | "到")
                        && LEVEL_VERBS
                            .iter()
                            .any(|v| crate::text::ends_with_str(head, v));
                    complement || !segment::inside_word(text, b - w.len())
                }
            })
            .max_by_key(|w| w.len())
        {
            Some(w) => b -= w.len(),
            None => break,
        }
    }
    // 行政许可事项压减至186项: the figure is the new level of what comes before the verb.
    if text[b..end].starts_with(['至', '到']) {
        if let Some(v) = LEVEL_VERBS.iter().find(|v| {
            crate::text::ends_with_str(&text[a..b], v)
                && text[a..b].chars().count() >= v.chars().count() + 2
        }) {
            b -= v.len();
        }
    }
    let s = text[a..b].trim_end_matches([' ', '“', '"', '(', '（', '、']);
    b = a + s.len();
    // 逐步开展2024年|9500亩…: a year right before the number says when, not what.
    b = a + without_year_end(&text[a..b]).len();
    // Between the two ends of a range (3到5个工作日) there is no label of its own.
    if matches!(&text[a..b], "至" | "到") {
        a = b;
    }
    // The lower end of a range before the number (每场5—10人): not part of the label.
    let s = &text[a..b];
    let no_dash = s.trim_end_matches(['—', '–', '-', '~', '～', '至', '到']);
    if no_dash.len() < s.len() {
        let no_digits = no_dash.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        if no_digits.len() < no_dash.len() {
            b = a + no_digits.len();
        }
    }
    // 实现列席率100%: a verb of reaching before a rate; the rate names what is measured.
    if let Some(v) = RATE_LEADS.iter().find(|v| text[a..b].starts_with(**v)) {
        let rate = &text[a + v.len()..b];
        if rate.chars().count() >= 2 && RATE_NOUNS.iter().any(|r| rate.ends_with(r)) {
            a += v.len();
        }
    }
    a += long_place(text, a, b);
    // The 由/从 phrase goes first: 发电装机累计容量从10.62亿千瓦 keeps 发电装机累计容量 whole
    // (容量 alone after 累计 names nothing).
    b = a + before_from(&text[a..b]);
    if let Some(cut) = after_subject(&text[a..b], bare) {
        a += cut;
    }
    if let Some(cut) = after_collective_subject(&text[a..b]) {
        a += cut;
    }
    (a, b)
}

/// `words` without a year that ends them (开展2024年, 完成2024年度: 开展, 完成), when words remain
/// before it.
fn without_year_end(words: &str) -> &str {
    let Some(head) = words
        .strip_suffix("年度")
        .or_else(|| words.strip_suffix('年'))
    else {
        return words;
    };
    let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 4 && head.len() > 4 {
        &head[..head.len() - 4]
    } else {
        words
    }
}

/// Whether `s` may open with a heading marker ([`crate::lexicon::markers::parse_marker`]): after
/// any leading whitespace, its first character is `(`, an ASCII digit or an ordinal 一…十, as
/// every marker's is. Most clauses open with another Han character, told from the first bytes
/// without the marker's full reading (asked of every label). Whitespace starts with an ASCII
/// byte or C2, E1, E2 or E3, so only such a first byte needs the trim.
fn may_open_with_marker(s: &str) -> bool {
    let s = match s.as_bytes().first() {
        Some(&x) if x < 0x80 || matches!(x, 0xC2 | 0xE1..=0xE3) => s.trim_start(),
        _ => s,
    };
    s.chars().next().is_some_and(|c| {
        c == '('
            || c.is_ascii_digit()
            || matches!(
                c,
                '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
            )
    })
}

/// The words before a change's starting point (优秀率由2023年的62%提高到78.5%: 优秀率): the
/// 由/从 phrase says when, not what.
fn before_from(pre: &str) -> usize {
    let Some(i) = last_from(pre) else {
        return pre.len();
    };
    let tail = &pre[i + '由'.len_utf8()..];
    let dated = tail.ends_with('的') && tail.chars().count() <= 12;
    if (tail.is_empty() || dated) && pre[..i].chars().count() >= 2 {
        i
    } else {
        pre.len()
    }
}

/// Where the last 由 or 从 of `pre` starts. Found by the two characters' last UTF-8 bytes
/// (B1 of E7 94 B1, 8E of E4 BB 8E) searched from the end, each hit checked for the whole
/// character: decoding every character of the words backwards cost several times more. Both
/// characters are three bytes long.
fn last_from(pre: &str) -> Option<usize> {
    let bytes = pre.as_bytes();
    memchr::memrchr2_iter(0xB1, 0x8E, bytes)
        .filter(|&i| i >= 2)
        .map(|i| i - 2)
        .find(|&i| matches!(bytes[i..i + 3], [0xE7, 0x94, 0xB1] | [0xE4, 0xBB, 0x8E]))
}

/// Whether `pre` holds 共, 累 or 先, which every word of [`SUBJECT_END`] holds: found by the
/// characters' last UTF-8 bytes (共 E5 85 B1, 先 E5 85 88, 累 E7 B4 AF), each hit checked for
/// the whole character — `contains` with a set of characters decoded every character.
fn holds_subject_adverb(pre: &str) -> bool {
    let bytes = pre.as_bytes();
    memchr::memchr3_iter(0xB1, 0x88, 0xAF, bytes)
        .filter(|&i| i >= 2)
        .any(|i| {
            matches!(
                bytes[i - 2..=i],
                [0xE5, 0x85, 0xB1] | [0xE5, 0x85, 0x88] | [0xE7, 0xB4, 0xAF]
            )
        })
}

/// Keeps the end of over-long words before the number: those nearest it say what it counts.
fn cap_pre(text: &str, pre: &mut Vec<(usize, usize)>) {
    // Words shorter than the cap (most labels) are kept as they are, without a new vector.
    let total: usize = pre.iter().map(|&(a, b)| text[a..b].chars().count()).sum();
    if total < MAX_PRE_CHARS {
        return;
    }
    let mut budget = MAX_PRE_CHARS;
    let mut kept = Vec::with_capacity(pre.len());
    for &(a, b) in pre.iter().rev() {
        if budget == 0 {
            break;
        }
        let n = text[a..b].chars().count();
        if n <= budget {
            kept.push((a, b));
            budget -= n;
        } else {
            let skip = n - budget;
            let cut = text[a..b]
                .char_indices()
                .nth(skip)
                .map_or(b, |(i, _)| a + i);
            // Not in the middle of a listed name (县政府常务会、县委理论学习中心组…): start
            // after the next 、 when what follows it still says something.
            let cut = text[cut..b]
                .find('、')
                .map(|k| cut + k + '、'.len_utf8())
                .filter(|&c| text[c..b].chars().count() >= 4)
                .unwrap_or(cut);
            // Nor inside a word: start after the word the cut falls in (推进法治|建设).
            let cut = segment::word_across(text, cut)
                .map_or(cut, |(_, end)| end)
                .min(b);
            kept.push((cut, b));
            budget = 0;
        }
    }
    kept.reverse();
    *pre = kept;
}

/// A short clause with no number right before `clause_start` (非涉农街道，|8个类别): the topic
/// the following figures are about.
fn topic_clause(text: &str, clause_start: usize) -> Option<(usize, usize)> {
    let head = &text[..clause_start];
    let comma = head.strip_suffix('，').or_else(|| head.strip_suffix(','))?;
    let start = comma.rfind(|c: char| is_boundary(c)).map_or(0, |i| {
        i + comma[i..].chars().next().map_or(1, char::len_utf8)
    });
    let topic = crate::text::trim(&text[start..comma.len()]);
    let n = topic.chars().count();
    let plain = topic
        .chars()
        .all(|c| crate::text::is_cjk(c) || crate::text::one_of(c, "（）()"));
    // Connectives and time words are not topics (其中，4件… / 同时，…).
    let connective = LEADING.contains(&topic)
        || [
            "其中",
            "其次",
            "首先",
            "最后",
            "另外",
            "此外",
            "同时",
            "目前",
            "截至目前",
            "总体",
            "总的来看",
        ]
        .contains(&topic);
    ((2..=10).contains(&n) && plain && !connective).then(|| {
        let lead = text[start..comma.len()].len() - text[start..comma.len()].trim_start().len();
        (start + lead, start + lead + topic.len())
    })
}

/// Where the words about what was counted begin, after a subject and an adverb such as 共.
/// `bare`: no noun follows the number.
fn after_subject(pre: &str, bare: bool) -> Option<usize> {
    if !holds_subject_adverb(pre) {
        return None;
    }
    let (i, w) = last_subject_end(pre)?;
    let cut = i + w.len();
    // A quoted name before the adverb is the kind of thing counted, not a subject
    // (“全区通办”共办理45件).
    let subject = crate::text::trim(&pre[..i]);
    if subject.starts_with('“') && subject.ends_with('”') {
        return None;
    }
    // A channel is part of what is counted (全县政务新媒体共发布信息758条: the new media's
    // items; 上海市人民政府网站共发布各类信息), not only who did it.
    if CHANNEL_NOUNS.iter().any(|w| subject.ends_with(w)) {
        return None;
    }
    // Keep the subject when nothing of substance follows the adverb, or only a bare verb
    // (疫情防控新闻发布会累计举行151场: the 发布会 are what is counted) — unless the subject
    // is only where (全市共受理).
    let rest = pre[cut..].chars().count();
    // Or only verbs with no object (县内行政应诉案件共开庭审理7件: the cases were tried).
    let verbs_only = rest <= 4
        && crate::lexicon::data::label::ACTIONS
            .iter()
            .chain(crate::lexicon::data::label::OUTCOMES)
            .any(|v| pre[cut..].ends_with(v));
    let bare_verb = bare
        && (rest <= 2 || verbs_only)
        && subject.chars().count() >= 3
        && !SCOPES.contains(&subject);
    // 数据接口累计被调用1亿次: the subject of a passive is what the figure is about.
    let passive = pre[cut..].starts_with('被');
    (rest >= 2 && !bare_verb && !passive).then_some(cut)
}

/// The last word of [`SUBJECT_END`] in `pre` (the longer at one place) that stands as a word of
/// its own, not inside 共享, 公共 or 共有. Each word's last occurrence is a candidate; the
/// segmenter is asked of the latest candidate first, and only until one is a word (it was asked
/// of every candidate, each asking segmenting two windows).
fn last_subject_end(pre: &str) -> Option<(usize, &'static str)> {
    let mut below = (usize::MAX, usize::MAX);
    loop {
        let (i, w) = SUBJECT_END
            .iter()
            .filter_map(|w| crate::text::rfind_str(pre, w).map(|i| (i, *w)))
            .filter(|&(i, w)| (i, w.len()) < below)
            .max_by_key(|&(i, w)| (i, w.len()))?;
        if segment::is_word_at(pre, i, w) {
            return Some((i, w));
        }
        below = (i, w.len());
    }
}

/// 全区各部门组织开展执法业务培训20余场次: a collective subject (各部门, 全县各级人民调解组织)
/// says who did it, not what was counted; the words start at its last action verb (开展执法
/// 业务培训, 调解民间纠纷), when at least two characters follow that verb.
fn after_collective_subject(pre: &str) -> Option<usize> {
    // Neither a scope nor 各 opens the words: no collective subject (a first-character test;
    // the scopes' compares were made for every label).
    let first = pre.chars().next()?;
    if first != '各' && !SCOPE_FIRSTS.contains(first) {
        return None;
    }
    let scope = SCOPES
        .iter()
        .find(|s| pre.starts_with(**s))
        .map_or(0, |s| s.len());
    let from = scope + pre[scope..].strip_prefix('各').map(|_| '各'.len_utf8())?;
    let after = |at: usize| {
        pre[at..]
            .chars()
            .filter(|&c| crate::text::is_cjk(c))
            .count()
    };
    crate::lexicon::data::label::ACTIONS
        .iter()
        .filter_map(|v| crate::text::rfind_str(&pre[from..], v).map(|i| (from + i, v.len())))
        .filter(|&(i, n)| i > from && after(i + n) >= 2)
        .map(|(i, _)| i)
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-length pretest of `only_a_verb` answers as the count: every stretch of one to
    /// eight characters of the seeds, and verbs after short adverbs.
    #[test]
    fn only_a_verb_by_length_is_the_count() {
        let mut texts = crate::test_seeds::seed_lines();
        texts.push("逐步开展。累计新建。新建😀开展。é开展".to_string());
        let mut verbs = 0;
        for line in &texts {
            let starts: Vec<usize> = line.char_indices().map(|(i, _)| i).collect();
            for (k, &a) in starts.iter().enumerate() {
                for len in 1..=8 {
                    let b = starts.get(k + len).copied().unwrap_or(line.len());
                    let full = only_a_verb_counted(&line[a..b]);
                    assert_eq!(only_a_verb(&line[a..b]), full, "{:?}", &line[a..b]);
                    verbs += usize::from(full);
                }
            }
        }
        assert!(verbs > 100, "{verbs}");
    }

    /// The derived first-character sets answer as the lists: a character of the Basic
    /// Multilingual Plane is in the set exactly when a word of the list starts with it.
    #[test]
    fn first_character_pretests_are_the_lists() {
        use crate::lexicon::data::label::ACTIONS;
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            let starts = |words: &[&str]| words.iter().any(|w| w.starts_with(c));
            assert_eq!(ACTION_FIRSTS.contains(c), starts(ACTIONS), "{c:?}");
            assert_eq!(SCOPE_FIRSTS.contains(c), starts(SCOPES), "{c:?}");
        }
    }

    /// The byte searches answer as the character searches they replaced, from every character
    /// of every line of the seeds and of short texts with the characters at their ends; and
    /// every word of `subject_end` holds one of the characters the pretest looks for.
    #[test]
    fn byte_searches_answer_as_the_character_searches() {
        let mut texts = crate::test_seeds::seed_lines();
        for s in [
            "",
            "由",
            "从",
            "共",
            "累",
            "先",
            "a由",
            "由a",
            "é从",
            "共计",
            "累计",
            "先后",
            "鈭",
            "优秀率由2023年的62%",
            "发电装机累计容量从",
            "全县共受理",
            "\u{00B1}\u{008E}",
        ] {
            texts.push(s.to_string());
        }
        for t in &texts {
            for (i, _) in t.char_indices() {
                let pre = &t[i..];
                let by_char = pre
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| c == '由' || c == '从')
                    .map(|(i, _)| i);
                assert_eq!(last_from(pre), by_char, "{pre:?}");
                assert_eq!(
                    holds_subject_adverb(pre),
                    pre.contains(['共', '累', '先']),
                    "{pre:?}"
                );
            }
        }
        assert!(SUBJECT_END.iter().all(|w| holds_subject_adverb(w)));
    }

    /// The marker pretest lets through every text a marker opens: asking it first answers as
    /// reading the marker, from every character of every line of the seeds and of marker-like
    /// texts after each kind of leading whitespace.
    #[test]
    fn the_marker_pretest_passes_every_marker() {
        use crate::lexicon::markers::parse_marker;
        let mut texts = crate::test_seeds::seed_lines();
        for lead in [
            "", " ", "\t", "\u{3000}", "\u{a0}", "\u{2003}", "\u{1680}", "\u{b}", "\u{85}",
        ] {
            for s in [
                "一、工作",
                "十二、其他",
                "三 、依法",
                "(一)深入",
                "(2)规范",
                "3.深化",
                "3、深化",
                "二是",
                "各项",
                "é",
                "",
            ] {
                texts.push(format!("{lead}{s}"));
            }
        }
        let mut markers = 0;
        for t in &texts {
            for (i, _) in t.char_indices() {
                let s = &t[i..];
                let full = parse_marker(s);
                let pretested = may_open_with_marker(s).then(|| parse_marker(s)).flatten();
                assert_eq!(pretested, full, "{s:?}");
                markers += usize::from(full.is_some());
            }
        }
        assert!(markers > 100, "{markers}");
    }

    /// The short tails are the tails of two to eight characters, counted one by one, on every
    /// stretch of up to 20 characters of the seeds.
    #[test]
    fn short_tails_are_the_tails_counted_one_by_one() {
        let mut asked = 0;
        for (_, text) in crate::test_seeds::seeds() {
            let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            for (k, &a) in starts.iter().enumerate().step_by(2) {
                for len in [0, 1, 2, 3, 8, 9, 20] {
                    let b = starts.get(k + len).copied().unwrap_or(text.len());
                    let words = &text[a..b];
                    let each: Vec<&str> = words
                        .char_indices()
                        .map(|(i, _)| &words[i..])
                        .filter(|tail| (2..=8).contains(&tail.chars().count()))
                        .collect();
                    assert_eq!(short_tails(words).collect::<Vec<_>>(), each, "{words:?}");
                    asked += 1;
                }
            }
        }
        assert!(asked > 10_000, "{asked}");
    }

    /// The lazy search for the subject's end answers as asking the segmenter of every candidate
    /// and taking the latest word, on every stretch of up to 30 characters before a 共, 累 or 先
    /// of the seeds.
    #[test]
    fn last_subject_end_is_the_latest_word_of_all_candidates() {
        let every = |pre: &str| {
            SUBJECT_END
                .iter()
                .filter_map(|w| crate::text::rfind_str(pre, w).map(|i| (i, *w)))
                .filter(|&(i, w)| segment::is_word_at(pre, i, w))
                .max_by_key(|&(i, w)| (i, w.len()))
        };
        let mut texts = vec!["公共服务共享共有共计累计先后共办理".to_string()];
        texts.extend(crate::test_seeds::seeds().into_iter().map(|(_, text)| text));
        let mut asked = 0;
        for text in &texts {
            for (at, c) in text
                .char_indices()
                .filter(|&(_, c)| matches!(c, '共' | '累' | '先'))
            {
                let start = text[..at]
                    .char_indices()
                    .rev()
                    .nth(29)
                    .map_or(0, |(i, _)| i);
                for end in [at + c.len_utf8(), at + 2 * c.len_utf8(), at + 12] {
                    let pre = crate::text::window(text, start, end);
                    assert_eq!(last_subject_end(pre), every(pre), "{pre:?}");
                    asked += 1;
                }
            }
        }
        assert!(asked > 100, "{asked}");
    }
}
