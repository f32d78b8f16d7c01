//! A metric's kind beyond what its unit says: a figure after 增长/下降/高于 … is a change, with its
//! direction (a percentage after any change word, a count or an amount after the words that
//! change those: 增加30元, 减少2万人); an amount in 元 is money. Words in `lexicon/change.toml`.

use super::unit::ends_in;
use crate::lexicon::words::ByLast;
use crate::model::Direction;
use crate::text::CjkSet;

/// Up or down, from the words right before a figure. A figure a verb raised or cut *to*
/// (权重提升至15%, 降至3%) is the new level, not a change. `any_unit`: the figure is not a
/// percentage, so only the words that change counts and amounts count (增加30元, 减少2万人,
/// 比上年多12家), not 节约 (an amount saved) or 新增 (new ones).
pub(super) fn change_direction(before: &str, any_unit: bool) -> Option<Direction> {
    direction_of(before, any_unit, true)
}

/// [`change_direction`]; `pretest`: answer from the last character when no word of the lists
/// ends with it.
fn direction_of(before: &str, any_unit: bool, pretest: bool) -> Option<Direction> {
    use crate::lexicon::data::change as words;
    // (Byte loops for the lists' compares, `text::ends_with_str`/`is_one_of`: asked before
    // every figure, where `ends_with`/`contains` call `memcmp` for each word tried.)
    use crate::text::{ends_with_str, is_one_of};
    let lists = by_last();
    let b = before.trim_end_matches(|c| words::PARTICLE_CHARS.contains(&c));
    if ends_in(b, words::TO_LEVEL_CHARS) {
        return None;
    }
    let b = b.trim_end_matches(|c| words::REACH_CHARS.contains(&c));
    // Words that end with no change word and no comparison's target (most words before a
    // figure) hold no change: told from their last character before the lists are looked up.
    if pretest
        && !b.chars().next_back().is_some_and(|c| {
            UP_LASTS.contains(c) || DOWN_LASTS.contains(c) || TARGET_LASTS.contains(c)
        })
    {
        return None;
    }
    // 高于全国1.7个百分点: the comparison's target stands between the word and the figure.
    let compared = lists.targets.suffixes(b).find_map(|t| {
        b.strip_suffix(t)
            .filter(|h| ends_in(h, words::COMPARATIVE_END_CHARS))
    });
    // 覆盖率高于50%: with nothing it is compared with, 高于/低于 bound a level (a qualifier),
    // where 高于全国1.7个百分点 is a change.
    let bound =
        compared.is_none() && words::BOUNDS.iter().any(|w| ends_with_str(b, w)) && !compares(b);
    if bound {
        return None;
    }
    let b = compared.unwrap_or(b);
    let found = |list: &ByLast| {
        list.suffixes(b)
            .filter(|w| !any_unit || is_one_of(w, words::ANY_UNIT))
            .find(|w| {
                let head = &b[..b.len() - w.len()];
                !words::NOT_AFTER.iter().any(|n| ends_with_str(head, n))
                    // 多/少/高/低 … only in a comparison: 比上年多12家, 比全国高1.5个百分点.
                    && (!is_one_of(w, words::COMPARED_ONLY) || compares(head))
            })
            .is_some()
    };
    if found(&lists.up) {
        Some(Direction::Up)
    } else if found(&lists.down) {
        Some(Direction::Down)
    } else {
        None
    }
}

/// The last characters of `up`, `down` and `targets` (`lexicon/change.toml`), derived from the
/// lists: [`change_direction`]'s pretest (a change is found only where one of their words ends).
static UP_LASTS: CjkSet = CjkSet::last_chars(crate::lexicon::data::change::UP);
static DOWN_LASTS: CjkSet = CjkSet::last_chars(crate::lexicon::data::change::DOWN);
static TARGET_LASTS: CjkSet = CjkSet::last_chars(crate::lexicon::data::change::TARGETS);

/// The change words and comparison targets of `lexicon/change.toml` indexed by last character:
/// asked of the words before every figure, which almost never end with one of them (a scan of
/// the three lists compared ≈ 50 word endings a figure).
struct Lists {
    up: ByLast,
    down: ByLast,
    targets: ByLast,
}

fn by_last() -> &'static Lists {
    use crate::lexicon::data::change as words;
    static LISTS: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
    LISTS.get_or_init(|| Lists {
        up: ByLast::new(words::UP),
        down: ByLast::new(words::DOWN),
        targets: ByLast::new(words::TARGETS),
    })
}

/// The words before 多/少 compare with something: 比上年, 较去年同期.
fn compares(head: &str) -> bool {
    let clause = head
        .rfind(['，', ',', '；', '。'])
        .map_or(head, |i| &head[i..]);
    crate::lexicon::data::change::COMPARISON_CHARS
        .iter()
        .any(|&c| clause.contains(c))
}

/// The kind and direction of a figure whose metric starts at `start`, from its unit and the
/// words before it: 同比下降4.8%, 提升80%以上, 压减50%, 高于全国1.7个百分点 and 增加30元 are
/// changes; points and 倍 that are no change are `Other`; other amounts in 元 are money.
pub(super) fn of(
    text: &str,
    start: usize,
    u: &super::unit::Unit<'_>,
) -> (crate::model::MetricKind, Option<Direction>) {
    use crate::model::MetricKind;
    let mut kind = u.kind;
    let mut direction = None;
    let relative = crate::text::is_one_of(u.text, crate::lexicon::data::units::judge::RELATIVE);
    // (A unit is a few characters: decoded, where `contains('元')` sets up a substring searcher.)
    if u.text.chars().any(|c| c == '元') {
        kind = MetricKind::Money;
    }
    let before = crate::text::window(text, start.saturating_sub(60), start);
    let before = past_listed(before, u.text);
    if let Some(d) = change_direction(before, !relative) {
        kind = MetricKind::Change;
        direction = Some(d);
    } else if relative && u.text != "%" {
        kind = MetricKind::Other;
    }
    (kind, direction)
}

/// The words before a list of figures, when `before` ends inside one (分别增长5%和|7.5%,
/// 分别回落2.16和|1.66个百分点, 分别增长6.9%、|0.8%): the later items of a list share the
/// change word of its first item. An item before counts only when it has the same unit as the
/// figure (or none, sharing it): 增长5.2%、约4.4万亿元 lists a change and then a level.
fn past_listed<'b>(before: &'b str, unit: &str) -> &'b str {
    let mut b = before;
    for _ in 0..6 {
        let Some(head) = crate::lexicon::data::units::judge::LIST_SEPARATORS
            .iter()
            .find_map(|s| b.strip_suffix(*s))
        else {
            break;
        };
        // The previous item: a figure with its unit (or 左右) after it.
        let tail_start = head
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_ascii_digit())
            .map(|(i, _)| i + 1);
        let Some(tail_start) = tail_start else {
            break;
        };
        let tail = &head[tail_start..];
        let tail = crate::lexicon::data::units::judge::AFTER_ITEM
            .iter()
            .find_map(|w| tail.strip_suffix(*w))
            .unwrap_or(tail);
        let tail_ok = tail.is_empty() || tail == unit;
        if !tail_ok || head.len() - tail_start > 24 {
            break;
        }
        let digits = head[..tail_start].trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        if digits.ends_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        b = digits;
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The last-character pretest answers as the lists looked up: before every character of
    /// every seed line (the 60 bytes a figure's words are read from), either kind of unit; and
    /// the derived sets hold exactly the lists' last characters.
    #[test]
    fn the_last_character_pretest_is_the_lists() {
        use crate::lexicon::data::change::{DOWN, TARGETS, UP};
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            let ends = |words: &[&str]| words.iter().any(|w| w.ends_with(c));
            assert_eq!(UP_LASTS.contains(c), ends(UP), "{c:?}");
            assert_eq!(DOWN_LASTS.contains(c), ends(DOWN), "{c:?}");
            assert_eq!(TARGET_LASTS.contains(c), ends(TARGETS), "{c:?}");
        }
        let mut found = 0;
        for line in crate::test_seeds::seed_lines() {
            for at in (0..=line.len()).filter(|&i| line.is_char_boundary(i)) {
                let before = crate::text::window(&line, at.saturating_sub(60), at);
                for any_unit in [false, true] {
                    let full = direction_of(before, any_unit, false);
                    assert_eq!(direction_of(before, any_unit, true), full, "{before:?}");
                    found += usize::from(full.is_some());
                }
            }
        }
        assert!(found > 200, "{found}");
    }

    #[test]
    fn changes_up_and_down() {
        assert_eq!(change_direction("同比下降", false), Some(Direction::Down));
        assert_eq!(change_direction("高于全国", false), Some(Direction::Up));
        assert_eq!(
            change_direction("居民人均可支配收入增加", true),
            Some(Direction::Up)
        );
        assert_eq!(
            change_direction("城镇新增就业减少", true),
            Some(Direction::Down)
        );
        assert_eq!(
            change_direction("市场主体比上年多", true),
            Some(Direction::Up)
        );
        // Levels, amounts saved and new ones are no changes.
        assert_eq!(change_direction("权重提升至", false), None);
        assert_eq!(change_direction("为企业节约", true), None);
        assert_eq!(change_direction("新增", true), None);
        assert_eq!(change_direction("覆盖企业最多", true), None);
        assert_eq!(change_direction("服务群众多", true), None);
    }

    /// A 统计公报's comparisons of growth rates (增速比上年加快1.2个百分点, 比全国高1.5个百分点,
    /// 涨幅较上年同期扩大0.5个百分点, 比上年放缓0.4个百分点) and of increments (比上年多增1200人).
    #[test]
    fn comparisons_of_rates_and_increments() {
        for up in [
            "规模以上工业增加值增速比上年加快",
            "增速比全国高",
            "比全市快",
            "涨幅较上年同期扩大",
        ] {
            assert_eq!(change_direction(up, false), Some(Direction::Up), "{up}");
        }
        for down in ["增幅比全省低", "比上年放缓", "增速比全国慢"] {
            assert_eq!(
                change_direction(down, false),
                Some(Direction::Down),
                "{down}"
            );
        }
        assert_eq!(
            change_direction("城镇新增就业比上年多增", true),
            Some(Direction::Up)
        );
        // A one-character comparative outside a comparison, or after 较, is no change.
        assert_eq!(change_direction("群众满意度高", false), None);
        assert_eq!(change_direction("满意度保持较高", false), None);
        assert_eq!(change_direction("办理速度快", false), None);
    }
}
