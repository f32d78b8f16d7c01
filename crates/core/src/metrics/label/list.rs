//! 、-lists of counts: the items after the first share its verb or its object.
//!
//! 承办人大代表议案2件、建议51件: 建议 is 承办建议; 受理行政复议案件463件、办结403件: 办结 is
//! 办结（行政复议案件）. In a run such as 覆盖12个乡镇、20家企业, an item with no words of its own
//! takes those of the item before.

use super::clause::{is_boundary, parts, Parts};
use crate::lexicon::data::label::{LIST_SCOPES, LIST_VERBS};
use crate::lexicon::data::{change, label};
use crate::lexicon::units::match_unit;
use crate::metrics::judge::Found;
use crate::metrics::Extracted;

/// What the next item of a 、-list of counts takes from the first item's words.
pub(super) enum Shared {
    /// The verb, for a bare noun: 承办人大代表议案2件、建议51件 → 承办建议.
    Verb((usize, usize)),
    /// The object, for a bare verb: 受理行政复议案件463件、办结403件 → 办结（行政复议案件）.
    Object((usize, usize)),
}

pub(super) fn shared_verb(
    text: &str,
    out: &Extracted,
    parts: &Parts,
    prev_end: usize,
) -> Option<Shared> {
    let [(a, b)] = parts.pre[..] else {
        return None;
    };
    let listed =
        prev_end > 0 && a == prev_end + '、'.len_utf8() && text[prev_end..].starts_with('、');
    let word = &text[a..b];
    if !listed || parts.post.is_some() || word.chars().count() > 4 {
        return None;
    }
    let prev = out.label_parts.last()?;
    let (&(pa, pb), [..]) = prev.pre.split_first()?;
    // The verb within the first words (全市受理行政复议案件: after the subject 全市), looked up
    // at each of the first five places by its first character (the list is long).
    let verbs = list_verbs();
    let words = &text[pa..pb];
    let (at, verb) = words
        .char_indices()
        .take(5)
        .find_map(|(i, _)| verbs.first_prefix(&words[i..]).map(|v| (i, v)))?;
    let verb_range = (pa + at, pa + at + verb.len());
    let object = (verb_range.1, pb);
    if LIST_VERBS.contains(&word) {
        (prev.pre.len() == 1 && text[object.0..object.1].chars().count() >= 2)
            .then_some(Shared::Object(object))
    } else if verbs.first_prefix(word).is_some() {
        None
    } else {
        Some(Shared::Verb(verb_range))
    }
}

/// `list_verbs` of `lexicon/label.toml`, indexed by first character.
fn list_verbs() -> &'static crate::lexicon::words::ByFirst {
    static VERBS: std::sync::OnceLock<crate::lexicon::words::ByFirst> = std::sync::OnceLock::new();
    VERBS.get_or_init(|| crate::lexicon::words::ByFirst::new(&[LIST_VERBS]))
}

/// The previous count's noun is that count's label, not this one's (30个部门涉及10个类别: 10
/// counts 类别, and 涉及 them, not 部门) — unless nothing else would be left to say what this
/// number is (其中426人享受每月200“以奖代补”). The narrower parts and where they start.
pub(super) fn after_previous_noun(
    text: &str,
    out: &Extracted,
    clause: usize,
    f: &Found,
) -> Option<(Parts, usize)> {
    let post = out.label_parts.last().and_then(|p| p.post)?;
    let post_end = post.1;
    if !(clause < post_end && post_end <= f.start) {
        return None;
    }
    // 两次考试的及格率: what follows 的 is an attribute of the previous count's noun, which
    // stays as its modifier (考试的及格率).
    if text[post_end..f.start].starts_with('的') {
        return Some((parts(text, post.0, f.start, f.end, f.classifier), post.0));
    }
    let narrower = parts(text, post_end, f.start, f.end, f.classifier);
    if !narrower.pre.is_empty() || narrower.post.is_some() {
        return Some((narrower, post_end));
    }
    // The previous count's phrase runs up to this figure (23个单位（部门）公布实行…的证明事项达
    // 285项): this figure counts what follows that count's head noun.
    let head = super::noun::head_end(text, post);
    let narrower = parts(text, head, f.start, f.end, f.classifier);
    (head < post_end && !narrower.pre.is_empty()).then_some((narrower, head))
}

/// In a run such as 覆盖12个乡镇、20家企业 or 安置群众4户23人, a number with no words of its
/// own before it shares those of the previous metric; figures in one clause share its topic
/// (非涉农街道，8个类别90项职责).
pub(super) fn share_with_previous(
    r: &super::reading::Reading<'_>,
    out: &Extracted,
    parts: &mut Parts,
) {
    let (text, prev_end, start) = (r.text, r.prev_end, r.start);
    if parts.pre.is_empty() && r.joined_to_previous() {
        if let Some(prev) = out.label_parts.last() {
            parts.pre = prev.pre.clone();
            if parts.post.is_none() {
                parts.post = prev.post;
            }
        }
    }
    let same_clause = !text[prev_end.min(start)..start].contains(is_boundary);
    if parts.topic.is_none() && same_clause && prev_end > 0 {
        parts.topic = out.label_parts.last().and_then(|p| p.topic);
    }
}

/// 10个国家级、73个省级、376个市级民主法治示范村(社区): a count whose noun is only a level (国家级)
/// with a 、 after it shares the noun the list's last item names after its own level
/// (民主法治示范村(社区)), as a reader writes 国家级民主法治示范村(社区).
pub(super) fn noun_after_levels(text: &str, parts: &Parts) -> Option<(usize, usize)> {
    let (x, y) = parts.post?;
    if parts.shared.is_some() || !is_level(&text[x..y]) {
        return None;
    }
    let mut at = y;
    // Item by item: 、, a figure, its unit, and a level; the last item's level has a noun after it.
    for _ in 0..MAX_LEVEL_ITEMS {
        let rest = text.get(at..)?.strip_prefix('、')?;
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 {
            return None;
        }
        let unit = match_unit(&rest[digits..])?;
        let from = text.len() - rest.len() + digits + unit.len;
        let (a, b) = super::noun::post_noun(text, from)?;
        let words = &text[a..b];
        if is_level(words) {
            at = b;
            continue;
        }
        let level_end = a + words.find('级')? + '级'.len_utf8();
        let noun = &text[level_end..b];
        return (is_level(&text[a..level_end])
            && noun.chars().filter(|c| crate::text::is_cjk(*c)).count() >= 2)
            .then_some((level_end, b));
    }
    None
}

/// Whether `words` are only a level (国家级, 省级, 自治区级): at most five characters ending in 级.
fn is_level(words: &str) -> bool {
    words.ends_with('级') && (2..=5).contains(&words.chars().count()) && !words.contains('、')
}

/// How many items [`noun_after_levels`] reads ahead.
const MAX_LEVEL_ITEMS: usize = 6;

/// How far a 、-list is read ahead for its shared noun (bytes).
const MAX_LIST_BYTES: usize = 240;

/// 国家级42项、自治区级69项、县级33“一件事一次办”套餐服务: the counts of a 、-list whose items end
/// with their unit share the noun after the last count. For an item followed by 、 or the last
/// item itself (after 、, with no unit of its own but words right after its figure).
pub(super) fn shared_noun(text: &str, parts: &Parts, f: &Found) -> Option<(usize, usize)> {
    if parts.post.is_some() {
        return None;
    }
    let rest = crate::text::window(text, f.end, f.end + MAX_LIST_BYTES);
    let clause_end = rest.find(is_boundary).unwrap_or(rest.len());
    let list = &rest[..clause_end];
    let Some(tail) = list.strip_prefix('、') else {
        // The last item: 县级33一件事一次办套餐服务 (its unit dropped, the noun right after).
        // (The unit and the words after first: the item's words before it are read back to
        // the list's 、 only for a figure with no unit, words right after it.)
        let words_follow = list.starts_with(|c: char| crate::text::is_cjk(c));
        let listed = || {
            text[..f.start]
                .trim_end_matches(|c: char| crate::text::is_cjk(c))
                .ends_with('、')
        };
        return (f.unit.is_none() && words_follow && listed())
            .then(|| super::noun::post_noun(text, f.end))
            .flatten();
    };
    let items: Vec<&str> = tail.split('、').collect();
    let (last, middle) = items.split_last()?;
    // Every item in between is words, a figure and its unit, nothing after (自治区级69项).
    let bare_item = |item: &str| {
        let head = item.trim_end_matches(|c: char| !c.is_ascii_digit());
        let unit = &item[head.len()..];
        !head.is_empty()
            && (unit.is_empty() || match_unit(unit).is_some_and(|u| u.len == unit.len()))
    };
    if !middle.iter().all(|i| bare_item(i)) {
        return None;
    }
    // The last item: words, a figure, perhaps a unit, then the shared noun.
    let digits_at = last.find(|c: char| c.is_ascii_digit())?;
    let after_digits = digits_at
        + last[digits_at..]
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(last.len() - digits_at);
    // Its unit, after a magnitude (5633243.28万元): the same as this count's, or none.
    let after = &last[after_digits..];
    // (Not the first character of a unit word such as 百分点 or 千瓦: 5.94百分点 is no 5.94百.)
    let scaled_unit = crate::lexicon::data::numeral::SCALED_UNITS
        .iter()
        .any(|u| after.starts_with(u));
    let magnitude = after
        .chars()
        .take_while(|_| !scaled_unit)
        .take_while(|&c| crate::text::one_of(c, "万亿千百"))
        .map(char::len_utf8)
        .sum::<usize>();
    let own_unit = f
        .unit
        .as_deref()
        .map(|u| u.trim_start_matches(|c: char| crate::text::one_of(c, "万亿千百")));
    // A unit the list's items share that is only a unit where it stands alone (a score's 分 in
    // 分别为73.56、76.71、80.13分) is no shared noun either.
    let unit = match_unit(&after[magnitude..]).map_or_else(
        || {
            own_unit
                .filter(|u| !u.is_empty() && after[magnitude..].starts_with(u))
                .map_or(0, str::len)
        },
        |u| u.len,
    );
    let last_unit = &after[magnitude..magnitude + unit];
    if !last_unit.is_empty() && own_unit.is_some_and(|u| u != last_unit) {
        return None;
    }
    let last_at = last.as_ptr() as usize - text.as_ptr() as usize;
    let noun_from = last_at + after_digits + magnitude + unit;
    if !text[noun_from..].starts_with(|c: char| crate::text::is_cjk(c) || c == '“') {
        return None;
    }
    super::noun::post_noun(text, noun_from)
}

/// 城镇、农村居民人均可支配收入分别增长4.8%、6.5%: the k-th figure after 分别 is about the k-th
/// subject of the list before it (城镇居民人均可支配收入增长, 农村居民人均可支配收入增长). Each
/// earlier item stands for as many characters of the last item as the item before the last has
/// (城镇 for 农村), so the shared rest (居民人均可支配收入) is said once; items that are whole
/// names (出生率、死亡率) are taken as they are. A change verb after 分别 is kept (增长).
/// Returns the label's ranges (cleaned text).
pub(super) fn respectively(text: &str, out: &Extracted, f: &Found) -> Option<Vec<(usize, usize)>> {
    // (The clause start is looked for in the 300 bytes kept anyway: one further back makes no
    // difference.)
    let near = crate::text::window(text, f.start.saturating_sub(300), f.start);
    // The sentence read below lies within `near`: without 分别 there (most figures), there is
    // none in it, and the sentence's start need not be looked for (a scan of characters back).
    crate::text::rfind_str(near, "分别")?;
    let base = f.start - near.len();
    let sentence_start = near
        .rfind(['。', '；', ';', '，', ',', '\n'])
        .map_or(0, |i| {
            base + i + near[i..].chars().next().map_or(1, char::len_utf8)
        });
    let lo = sentence_start.max(f.start.saturating_sub(300));
    let sentence_start = f.start - crate::text::window(text, lo, f.start).len();
    let fenbie = sentence_start + crate::text::rfind_str(&text[sentence_start..f.start], "分别")?;
    // Which figure of the list this is: the metrics already read after 分别.
    let k = out.positions.iter().filter(|&&(s, _)| s > fenbie).count();
    // The list of subjects: the words from the clause start to 分别, dates and scope left on.
    // A clause that opens with 分别 repeats the list of the 分别 clause before it (风电、太阳能
    // 发电量分别为4665、2611亿千瓦时，分别同比增长15.1%和16.6%).
    // So does one that opens with a comparison only (…分别为40.7、25.5微克/立方米，同比分别下降
    // 8.3%、12.4%).
    let opening = crate::text::trim(&text[sentence_start..fenbie]);
    let repeats = opening.is_empty() || label::COMPARISONS.contains(&opening);
    let (clause_from, subjects_end) = if repeats {
        match earlier_list(text, sentence_start) {
            Some(list) => list,
            None => {
                let mut ranges = vec![earlier_figure(text, out, sentence_start, k)?];
                ranges.extend(verb_after_fenbie(text, fenbie, f.start));
                return Some(ranges);
            }
        }
    } else {
        (sentence_start, fenbie)
    };
    let mut head_start = clause_from
        + (text[clause_from..subjects_end].len()
            - text[clause_from..subjects_end].trim_start().len());
    // A leading word is no part of the first subject (同时PM10、PM2.5平均浓度分别为…).
    if let Some(w) = label::LEADING
        .iter()
        .find(|w| text[head_start..subjects_end].starts_with(**w))
    {
        head_start += w.len();
    }
    let head = &text[head_start..subjects_end];
    let items = split_items(head);
    // The earlier clause said one subject (城乡常住居民人均可支配收入分别达47197元、16135元，分别
    // 增长4%、8%): each figure after is about it, with the verb after 分别.
    if items.len() == 1 && repeats {
        let (a, b) = items[0];
        let mut ranges = vec![(head_start + a, head_start + b)];
        ranges.extend(verb_after_fenbie(text, fenbie, f.start));
        return Some(ranges);
    }
    if items.len() < 2 || k >= items.len() {
        return None;
    }
    let (last_a, last_b) = items[items.len() - 1];
    let last = &head[last_a..last_b];
    // How many characters of the last item an earlier item stands for.
    let (pa, pb) = items[items.len() - 2];
    let mut penultimate = &head[pa..pb];
    if items.len() == 2 {
        if let Some(scope) = LIST_SCOPES.iter().find(|w| penultimate.starts_with(**w)) {
            penultimate = &penultimate[scope.len()..];
        }
    }
    let m = penultimate.chars().count();
    let whole_names = last.chars().count() <= m;
    let tail_at = last.char_indices().nth(m).map_or(last.len(), |(i, _)| i);
    // Codes stand for codes (PM10、PM2.5平均浓度: PM10 for PM2.5, whatever their lengths).
    let code = |s: &str| {
        s.bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'.')
            .count()
    };
    let tail_at = if code(penultimate) == penultimate.len() && code(last) > 0 {
        code(last)
    } else {
        tail_at
    };
    // Not inside a word: 风电、太阳能发电量 shares 发电量, not 能发电量.
    let tail_at = crate::lexicon::segment::word_across(text, head_start + last_a + tail_at)
        .map_or(tail_at, |(_, end)| end - head_start - last_a)
        .min(last.len());
    // Nor after a one-character word that ends the other name (太阳|能|发电量 → 发电量).
    let at = head_start + last_a + tail_at;
    let single = text[at..].chars().next().filter(|_| tail_at < last.len());
    let tail_at = match single {
        Some(c)
            if crate::lexicon::segment::longest_word_at(text, at) <= c.len_utf8()
                && crate::lexicon::segment::longest_word_at(text, at + c.len_utf8()) > 3 =>
        {
            tail_at + c.len_utf8()
        }
        _ => tail_at,
    };
    let (a, b) = items[k];
    let mut ranges = vec![(head_start + a, head_start + b)];
    if k + 1 < items.len() && !whole_names {
        ranges.push((head_start + last_a + tail_at, head_start + last_b));
    }
    // 一般公共预算收入和支出分别达4.78亿元、20.2亿元: a short last item stands for the end of
    // the first one, whose head it shares (一般公共预算支出).
    if k + 1 == items.len() && items.len() == 2 {
        if let Some(head_of_first) =
            shared_head(text, head_start + items[0].0, head_start + items[0].1, last)
        {
            ranges.insert(0, head_of_first);
        }
    }
    ranges.extend(verb_after_fenbie(text, fenbie, f.start));
    let n: usize = ranges
        .iter()
        .map(|&(x, y)| text[x..y].chars().count())
        .sum();
    (n <= 40).then_some(ranges)
}

/// The verb after 分别: a change (增长, 下降, 同比提高) says what the figure is.
fn verb_after_fenbie(text: &str, fenbie: usize, figure: usize) -> Option<(usize, usize)> {
    let after = &text[fenbie + "分别".len()..figure];
    let lead = label::COMPARISONS
        .iter()
        .find(|w| after.starts_with(**w))
        .map_or(0, |w| w.len());
    let v = change::ANY_UNIT
        .iter()
        .chain(label::AFTER_FENBIE)
        .find(|v| after[lead..].starts_with(**v))?;
    let at = fenbie + "分别".len();
    Some((at, at + lead + v.len()))
}

/// The head a short last item shares with the first item of a pair (一般公共预算收入|和支出: the
/// first item's words before its last word of the last item's length, 一般公共预算), when that
/// last word is a word of its own (收入) and something is left before it.
fn shared_head(text: &str, first_a: usize, first_b: usize, last: &str) -> Option<(usize, usize)> {
    let m = last.chars().count();
    let first = &text[first_a..first_b];
    let n = first.chars().count();
    if !(2..=3).contains(&m) || n < m + 2 || !last.chars().all(crate::text::is_cjk) {
        return None;
    }
    let cut = first_a + first.char_indices().nth(n - m).map(|(i, _)| i)?;
    // The last word of the first item starts exactly there.
    let whole_word = crate::lexicon::segment::longest_word_at(text, cut) == first_b - cut;
    whole_word.then_some((first_a, cut))
}

/// The clause before the one starting at `clause` (after its comma), when it lists subjects
/// before its own 分别: where that clause starts and where its subjects end.
fn earlier_list(text: &str, clause: usize) -> Option<(usize, usize)> {
    let comma = text[..clause]
        .chars()
        .next_back()
        .filter(|c| matches!(c, '，' | ','))?;
    let end = clause - comma.len_utf8();
    let lo = end.saturating_sub(200);
    let window = crate::text::window(text, lo, end);
    let from = end - window.len()
        + window
            .rfind(['。', '；', ';', '，', ',', '\n'])
            .map_or(0, |i| {
                i + window[i..].chars().next().map_or(1, char::len_utf8)
            });
    // The earlier clause's own 分别, or, without one, the whole clause when it is a list of
    // subjects (主要为行政处罚和举报投诉处理，分别占比30.6%、23.5%), its copula left out.
    let (from, at) = match text[from..end].find("分别") {
        Some(i) => (from, from + i),
        None => {
            let lead = label::LIST_LEADS
                .iter()
                .find(|w| text[from..end].starts_with(**w))
                .map_or(0, |w| w.len());
            let list = &text[from + lead..end];
            let plain = !list.contains(|c: char| c.is_ascii_digit());
            (plain && split_items(list).len() >= 2).then_some((from + lead, end))?
        }
    };
    (!crate::text::trim(&text[from..at]).is_empty()).then_some((from, at))
}

/// The words of the `k`-th figure of the clause before the one starting at `clause`, when that
/// clause is a list of figures each named on its own (城镇居民人均可支配收入45000元、农村居民人均可支配
/// 收入21000元，分别增长12.3%、15.6%): the k-th figure after 分别 is about the k-th of them.
fn earlier_figure(text: &str, out: &Extracted, clause: usize, k: usize) -> Option<(usize, usize)> {
    let comma = text[..clause]
        .chars()
        .next_back()
        .filter(|c| matches!(c, '，' | ','))?;
    let end = clause - comma.len_utf8();
    let window = crate::text::window(text, end.saturating_sub(200), end);
    let from = end - window.len()
        + window
            .rfind(['。', '；', ';', '，', ',', '\n'])
            .map_or(0, |i| {
                i + window[i..].chars().next().map_or(1, char::len_utf8)
            });
    let figures: Vec<usize> = (0..out.positions.len())
        .filter(|&j| (from..end).contains(&out.positions[j].0))
        .collect();
    let &j = figures.get(k).filter(|_| figures.len() >= 2)?;
    let name = out.base_label(j);
    let n = name.chars().count();
    if !(2..=MAX_EARLIER_FIGURE_CHARS).contains(&n) || name.contains('（') {
        return None;
    }
    let at = from + crate::text::rfind_str(&text[from..out.positions[j].0], name)?;
    Some((at, at + name.len()))
}

/// Longest name of an earlier figure [`earlier_figure`] repeats.
const MAX_EARLIER_FIGURE_CHARS: usize = 20;

/// The items of a 、/和 list (ranges into `head`), not splitting inside brackets or quotes.
fn split_items(head: &str) -> Vec<(usize, usize)> {
    let mut items = Vec::new();
    let mut depth = 0i32;
    let mut from = 0;
    for (i, c) in head.char_indices() {
        match c {
            '（' | '(' | '“' | '《' => depth += 1,
            '）' | ')' | '”' | '》' => depth -= 1,
            // 和 joins two items unless it starts a word (和解, 和谐); 及 and 与 mostly sit inside
            // words (及格, 涉及, 参与) and are left alone.
            '、' | '和'
                if depth == 0
                    && i > from
                    && !(c == '和' && label::HE_WORDS.iter().any(|w| head[i..].starts_with(w))) =>
            {
                items.push((from, i));
                from = i + c.len_utf8();
            }
            _ => {}
        }
    }
    items.push((from, head.len()));
    items.retain(|&(a, b)| b > a);
    items
}
