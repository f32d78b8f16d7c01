//! A leading adverbial of basis or means before a count's verb (围绕重要时间节点和不同群体需求开展
//! 精准普法活动21次, 依托“西市司法”抖音平台发布普法短视频51条, 通过开展1期读书班): it says on what
//! ground or by what the thing was done, not what was counted, and a reader leaves it out
//! (开展精准普法活动, 发布普法短视频, 开展读书班).

use super::clause::Parts;
use crate::lexicon::data::label::{
    ACTIONS, ADVERBIAL_LEADS, CLAUSE_LEADS, CLAUSE_VERBS, LIST_VERBS, MEANS_LEADS,
};
use crate::lexicon::segment;
use crate::lexicon::words::ByFirst;
use crate::text::CjkSet;
use std::sync::OnceLock;

/// The first characters of `adverbial_leads` and of `means_leads`, derived from the lists at
/// compile time: the pretest every label's words pass (most start with none of them).
static ADVERBIAL_FIRSTS: CjkSet = CjkSet::first_chars(ADVERBIAL_LEADS);
static MEANS_FIRSTS: CjkSet = CjkSet::first_chars(MEANS_LEADS);

/// Whether a lead of either list may start with `c`.
fn may_start_a_lead(c: char) -> bool {
    ADVERBIAL_FIRSTS.contains(c) || MEANS_FIRSTS.contains(c)
}

/// The verbs a count's words may go on with after the adverbial (`actions`, `list_verbs`,
/// `clause_verbs`, `clause_leads` of `lexicon/label.toml`), by first character.
fn verbs() -> &'static ByFirst {
    static VERBS: OnceLock<ByFirst> = OnceLock::new();
    VERBS.get_or_init(|| ByFirst::new(&[ACTIONS, LIST_VERBS, CLAUSE_VERBS, CLAUSE_LEADS]))
}

/// Words that put the verb's object before it (对…进行督察, 把…纳入): the verb after them is not
/// where what was counted is named.
const OBJECT_FRONTERS: [char; 3] = ['对', '把', '将'];

/// The words before the number without a leading adverbial of basis or means: they start at the
/// first verb after it, when at least two characters follow that verb. A means (通过) is left
/// out only right before the verb.
pub(super) fn without_lead_adverbial(text: &str, parts: &mut Parts) {
    let Some(&(a, b)) = parts.pre.first() else {
        return;
    };
    let Some(first) = text[a..b].chars().next() else {
        return;
    };
    if !may_start_a_lead(first) {
        return;
    }
    let words = &text[a..b];
    let adverbial = ADVERBIAL_LEADS
        .iter()
        .filter(|w| words.starts_with(**w))
        .max_by_key(|w| w.len());
    let means = MEANS_LEADS.iter().find(|w| words.starts_with(**w));
    let Some(lead) = adverbial.or(means) else {
        return;
    };
    if !segment::is_word_at(text, a, lead) {
        return;
    }
    let verbs = verbs();
    // The first verb after the lead, over the ranges (an enumeration dropped may split them).
    for (k, &(x, y)) in parts.pre.iter().enumerate() {
        let from = if k == 0 { a + lead.len() } else { x };
        let range = &text[from..y];
        for (i, c) in range.char_indices() {
            if OBJECT_FRONTERS.contains(&c) && segment::is_word_at(text, from + i, range_char(c)) {
                return;
            }
            let Some(v) = verbs.first_prefix(&range[i..]) else {
                if adverbial.is_none() {
                    // 通过 names a channel unless the verb follows it right away.
                    return;
                }
                continue;
            };
            let at = from + i;
            // (What the verb is done to may follow the number: 通过开展1期读书班.)
            let rest: usize = text[at + v.len()..y].chars().count()
                + parts.pre[k + 1..]
                    .iter()
                    .chain(&parts.post)
                    .map(|&(p, q)| text[p..q].chars().count())
                    .sum::<usize>();
            if rest < 2 || !segment::is_word_at(text, at, v) {
                return;
            }
            parts.pre.drain(..k);
            parts.pre[0].0 = at;
            return;
        }
        if adverbial.is_none() {
            return;
        }
    }
}

/// A one-character word as a string slice (for [`segment::is_word_at`]).
fn range_char(c: char) -> &'static str {
    match c {
        '对' => "对",
        '把' => "把",
        _ => "将",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(words: &str) -> String {
        let mut p = Parts {
            pre: vec![(0, words.len())],
            ..Parts::default()
        };
        without_lead_adverbial(words, &mut p);
        p.pre.iter().map(|&(a, b)| &words[a..b]).collect()
    }

    #[test]
    fn a_leading_adverbial_is_left_out() {
        // 西市区 2025.
        assert_eq!(
            cut("围绕重要时间节点和不同群体需求开展精准普法活动"),
            "开展精准普法活动"
        );
        assert_eq!(
            cut("依托“西市司法”抖音平台发布普法短视频"),
            "发布普法短视频"
        );
        // 九龙坡区司法局 2025: a means right before the verb.
        assert_eq!(cut("通过开展读书班"), "开展读书班");
        // 陶家镇 2025.
        assert_eq!(
            cut("结合群腐集中整治工作优化法律服务事项"),
            "优化法律服务事项"
        );
        // A channel stays (平凉市交通运输局 2024), as does a 对-phrase's verb (红寺堡 2024).
        assert_eq!(cut("通过政府网站发布各类信息"), "通过政府网站发布各类信息");
        assert_eq!(
            cut("依托政治巡察对法治政府建设工作情况进行督察"),
            "依托政治巡察对法治政府建设工作情况进行督察"
        );
        // Nothing left after the verb: the words stay.
        assert_eq!(cut("围绕中心工作开展"), "围绕中心工作开展");
    }

    /// Every lead's first character is in the pretest's set.
    #[test]
    fn the_pretest_knows_every_lead() {
        for w in ADVERBIAL_LEADS.iter().chain(MEANS_LEADS) {
            assert!(may_start_a_lead(w.chars().next().unwrap()), "{w}");
        }
    }
}
