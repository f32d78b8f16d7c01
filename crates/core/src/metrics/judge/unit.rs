//! The unit after a number: one space allowed before it (10544 项), 百分之/千分之 read as %/‰,
//! and the lower end of a range borrowing the upper end's unit and magnitude (每场5—10人: 5 人,
//! 1-5万元: 1 万元).

use crate::lexicon::data::units as units_data;
use crate::lexicon::units;
use crate::model::MetricKind;
use crate::numeral::{self, Numeral, Per};

/// The unit read after a numeral, in cleaned-text coordinates.
pub(super) struct Unit<'t> {
    /// The unit as written, without its magnitude (`元` of `23.07亿元`); empty when none.
    pub(super) text: &'t str,
    /// The kind the unit implies (or Count without one).
    pub(super) kind: MetricKind,
    /// End of the unit (the numeral's end when there is none).
    pub(super) end: usize,
    pub(super) magnitude_text: &'static str,
    pub(super) magnitude_power: u32,
    /// Written 百分之N / 千分之N.
    pub(super) percent_prefix: bool,
    /// The lower end of a range, whose unit is the upper end's (the 5 of 5—10人).
    pub(super) range_lower: bool,
    /// The upper end of a range (the 10 of 5—10人).
    pub(super) range_high: bool,
}

/// Reads the unit of the numeral `n` that starts at `at`.
pub(super) fn read<'t>(text: &'t str, at: usize, n: &Numeral) -> Unit<'t> {
    // Magnitude (23.07亿, 10余万) comes from the numeral.
    let (mut magnitude_text, mut magnitude_power) =
        n.magnitude.map_or(("", 0), |m| (m.text, m.power));
    let pos = n.end;
    let after = &text[pos..];
    let spaced = after
        .strip_prefix(' ')
        .filter(|r| units::match_unit(r).is_some());
    let unit_at = if spaced.is_some() { pos + 1 } else { pos };
    let percent_prefix = matches!(n.per, Some(Per::Cent | Per::Mille));
    let mut listed = false;
    let unit_match = if percent_prefix {
        None
    } else {
        units::match_unit(&text[unit_at..])
    };
    let (unit_text, kind, unit_end) = match (n.per, unit_match) {
        (Some(Per::Cent), _) => ("%", MetricKind::Percent, pos),
        (Some(Per::Mille), _) => ("‰", MetricKind::Percent, pos),
        // 下降0.2个、下降0.6个、提高0.8个百分点: the first points of a list write 个 only.
        (None, Some(_)) if points_listed(text, unit_at).is_some() => {
            let (from, len) = points_listed(text, unit_at).unwrap_or_default();
            listed = true;
            let one = text[unit_at..].chars().next().map_or(0, char::len_utf8);
            (&text[from..from + len], MetricKind::Change, unit_at + one)
        }
        (None, Some(u)) => {
            // A count of occasions written with its 次 in brackets (会前学法698场(次)): the
            // bracket is part of the unit as written.
            let end = unit_at + u.len;
            let times = units_data::judge::BRACKETED_TIMES
                .iter()
                .find(|t| u.kind == MetricKind::Count && text[end..].starts_with(**t))
                .map_or(0, |t| t.len());
            (&text[unit_at..end + times], u.kind, end + times)
        }
        // The lower end of a range takes the unit of the upper end (每场5—10人: 5 人).
        (None, None) if range_upper(text, pos).is_some() => {
            let (m, u, k) = range_upper(text, pos).unwrap_or_default();
            // 1-5万元 is 1万 to 5万: a bare lower end takes the upper end's magnitude.
            if magnitude_power == 0 {
                if let Some(mag) = m {
                    magnitude_text = mag.text;
                    magnitude_power = mag.power;
                }
            }
            (u, k.unwrap_or(MetricKind::Count), pos)
        }
        // A bare number listed before others that carry the unit (分别为4665、2611亿千瓦时).
        (None, None) if listed_unit(text, pos, n).is_some() => {
            let (m, u, k) = listed_unit(text, pos, n).unwrap_or_default();
            if magnitude_power == 0 {
                if let Some(mag) = m {
                    magnitude_text = mag.text;
                    magnitude_power = mag.power;
                }
            }
            listed = true;
            (u, k.unwrap_or(MetricKind::Count), pos)
        }
        (None, None) => match standalone_place(text, unit_at) {
            Some(len) => {
                listed = true;
                (
                    &text[unit_at..unit_at + len],
                    MetricKind::Count,
                    unit_at + len,
                )
            }
            None => match standalone_score(text, at, unit_at) {
                Some(len) => {
                    // The unit is the score's own, no range's.
                    listed = true;
                    (
                        &text[unit_at..unit_at + len],
                        MetricKind::Other,
                        unit_at + len,
                    )
                }
                None => ("", MetricKind::Count, pos),
            },
        },
    };
    // A range 5—10人 is read as two bounds: 5 人 (at least) and 10 人 (at most). (`listed`:
    // the unit is the list's or a place word's, no range's.)
    let range_lower = n.per.is_none() && unit_match.is_none() && !unit_text.is_empty() && !listed;
    let range_high = !range_lower && is_range_upper(text, at);
    Unit {
        text: unit_text,
        kind,
        end: unit_end,
        magnitude_text,
        magnitude_power,
        percent_prefix,
        range_lower,
        range_high,
    }
}

/// Where the unit of a list's last item starts and its length, when the figure at `at` writes
/// only 个 (個) before a 、 and a later item of the list, in the same clause, ends in 个百分点
/// (下降0.2个、下降0.6个、提高0.8个百分点).
fn points_listed(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = &text[at..];
    if !units_data::judge::LISTED_POINTS_HEADS
        .iter()
        .any(|h| rest.starts_with(h))
    {
        return None;
    }
    let window = crate::text::window(text, at, at + 80);
    let clause = &window[..window
        .find(['，', ',', '。', '；', ';', '\n'])
        .unwrap_or(window.len())];
    let unit = units_data::judge::POINTS_SPELLINGS
        .iter()
        .filter_map(|u| crate::text::find_str(clause, u).map(|i| (i, u.len())))
        .min()?;
    // Only items in between: words, figures and 个 before each 、.
    let between = &clause[..unit.0];
    between
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit())
        .then_some((at + unit.0, unit.1))
}

/// Units that are themselves the things counted (两镇, 12村, 2市).
pub(in crate::metrics) fn is_place_unit(unit: &str) -> bool {
    units_data::judge::PLACE_UNITS.contains(&unit) || units_data::STANDALONE_PLACES.contains(&unit)
}

/// A place word of `standalone_places` (lexicon/units.toml) at `at` that no word goes on
/// after (对2市4县, 全省14市。, 2市和4县; never 12345市民热线 or 2023市委): its length.
/// The counts of `standalone_counts` are read the same way (航班12万班，, 遥感影像355景，; never
/// 3班子 or 5景区).
fn standalone_place(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let w = units_data::STANDALONE_PLACES
        .iter()
        .chain(units_data::STANDALONE_COUNTS)
        .find(|w| rest.starts_with(**w))?;
    let next = rest[w.len()..].chars().next();
    let ends = next
        .is_none_or(|c| !crate::text::is_cjk(c) || units_data::judge::LIST_JOIN_CHARS.contains(&c));
    ends.then_some(w.len())
}

/// A score's 分 (lexicon/units.toml `standalone_scores`) at `at` that no word goes on after
/// (得分98.5分，; 分别为73.56、80.13分。), for a number at `num_at` that no 时/点 of a time of day
/// precedes (9时07分): its length.
fn standalone_score(text: &str, num_at: usize, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let w = units_data::STANDALONE_SCORES
        .iter()
        .find(|w| rest.starts_with(**w))?;
    let next = rest[w.len()..].chars().next();
    // (Not a price per unit: 下降1分/千瓦时.)
    let ends = next.is_none_or(|c| {
        (!crate::text::is_cjk(c) && c != '/') || units_data::judge::LIST_JOIN_CHARS.contains(&c)
    });
    let time = ends_in(&text[..num_at], units_data::judge::TIME_OF_DAY_CHARS);
    (ends && !time).then_some(w.len())
}

/// Whether `s` ends in one of the characters `set` (a lexicon `_chars` list). (A slice of
/// chars as a `str` pattern is searched by an out-of-line generic searcher, ≈0.1 M instructions a
/// pass more over the figures than this test of the last character.)
pub(super) fn ends_in(s: &str, set: &[char]) -> bool {
    s.chars().next_back().is_some_and(|c| set.contains(&c))
}

/// Byte length of the range dash (`range_dashes`, lexicon/units.toml) `s` starts with (0 if
/// none).
fn range_dash(s: &str) -> usize {
    units_data::judge::RANGE_DASHES
        .iter()
        .find(|d| crate::text::starts_with_str(s, d))
        .map_or(0, |d| d.len())
}

/// The unit (magnitude included) and kind of the upper end of a range starting at `pos`
/// (just after the lower number).
fn range_upper(
    text: &str,
    pos: usize,
) -> Option<(Option<numeral::Magnitude>, &str, Option<MetricKind>)> {
    let dash = range_dash(&text[pos..]);
    if dash == 0 {
        return None;
    }
    let upper = numeral::read(text, pos + dash).filter(|m| m.per.is_none())?;
    let u = units::match_unit(&text[upper.end..])?;
    Some((
        upper.magnitude,
        &text[upper.end..upper.end + u.len],
        Some(u.kind),
    ))
}

/// The unit of a list of bare figures that only its last one writes (分别为4665、2611亿千瓦时,
/// 分别为47、55和55微克/立方米): read after 分别/为 only, Arabic figures only, at most six.
fn listed_unit<'t>(
    text: &'t str,
    pos: usize,
    n: &Numeral,
) -> Option<(Option<numeral::Magnitude>, &'t str, Option<MetricKind>)> {
    if n.chinese || n.magnitude.is_some() {
        return None;
    }
    let mut at = pos;
    for _ in 0..6 {
        let sep = units_data::judge::LIST_SEPARATORS
            .iter()
            .find(|s| text[at..].starts_with(**s))?
            .len();
        let next = numeral::read(text, at + sep).filter(|m| {
            m.per.is_none()
                && !m.chinese
                && text[at + sep..].starts_with(|c: char| c.is_ascii_digit())
        })?;
        let found = units::match_unit(&text[next.end..])
            .map(|u| (u.len, u.kind))
            .or_else(|| standalone_score(text, at + sep, next.end).map(|l| (l, MetricKind::Other)));
        if let Some((len, kind)) = found {
            // Only a list said of several subjects (分别为, 依次为).
            let head = crate::text::window(text, pos.saturating_sub(60), pos);
            let clause = head
                .rfind(['，', ',', '。', '；', '\n'])
                .map_or(head, |i| &head[i..]);
            if !units_data::judge::RESPECTIVELY
                .iter()
                .any(|w| crate::text::contains_str(clause, w))
            {
                return None;
            }
            return Some((next.magnitude, &text[next.end..next.end + len], Some(kind)));
        }
        at = next.end;
    }
    None
}

/// True when the number at `at` is the upper end of a range (the 10 of 5—10人).
fn is_range_upper(text: &str, at: usize) -> bool {
    let head = crate::text::window(text, at.saturating_sub(8), at);
    // The dash ends right before the number, so the words before a number that end in no
    // dash's last character (most numbers) are no range, without trying each dash at each
    // character of them.
    if !ends_in(head, units_data::judge::RANGE_DASH_END_CHARS) {
        return false;
    }
    head.char_indices().any(|(i, _)| {
        let rest = &head[i..];
        let dash = range_dash(rest);
        dash > 0
            && dash == rest.len()
            && head[..i].ends_with(|c: char| {
                c.is_ascii_digit() || units_data::judge::RANGE_MAGNITUDE_CHARS.contains(&c)
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The test of the words' last character answers as trying every dash at every character,
    /// at every character of the seeds.
    #[test]
    fn range_upper_at_a_glance_is_the_full_scan() {
        fn full_scan(text: &str, at: usize) -> bool {
            let head = crate::text::window(text, at.saturating_sub(8), at);
            head.char_indices().any(|(i, _)| {
                let rest = &head[i..];
                let dash = range_dash(rest);
                dash > 0
                    && dash == rest.len()
                    && head[..i]
                        .ends_with(|c: char| c.is_ascii_digit() || matches!(c, '万' | '亿' | '千'))
            })
        }
        let (mut asked, mut ranges) = (0, 0);
        for (_, text) in crate::test_seeds::seeds() {
            for (at, _) in text.char_indices() {
                let full = full_scan(&text, at);
                assert_eq!(is_range_upper(&text, at), full, "{:?}", &text[at..]);
                asked += 1;
                ranges += usize::from(full);
            }
        }
        assert!(asked > 30_000 && ranges > 10, "{asked} {ranges}");
    }

    /// `range_dash_end_chars` (lexicon/units.toml) is exactly the set of the dashes' last
    /// characters: the cheap test of `is_range_upper` turns away no text ending in a dash.
    #[test]
    fn the_range_dash_ends_are_the_dashes_last_characters() {
        let mut ends: Vec<char> = units_data::judge::RANGE_DASHES
            .iter()
            .filter_map(|d| d.chars().next_back())
            .collect();
        ends.dedup();
        ends.sort_unstable();
        let mut listed = units_data::judge::RANGE_DASH_END_CHARS.to_vec();
        listed.sort_unstable();
        assert_eq!(ends, listed);
    }

    /// The judge's words read from the lexicon answer as the inline lists they replaced: a
    /// range in figures and in 至, 次 in brackets, points listed with 个 only, a place as unit.
    #[test]
    fn the_judges_words_from_the_lexicon_read_as_before() {
        let unit_of = |text: &str| {
            let at = text.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
            let n = numeral::read(text, at).expect("a number");
            let u = read(text, at, &n);
            (u.text.to_string(), u.range_lower)
        };
        assert_eq!(unit_of("每场5—10人参加"), ("人".to_string(), true));
        assert_eq!(unit_of("每场5至10人参加"), ("人".to_string(), true));
        assert_eq!(
            unit_of("会前学法698场（次）"),
            ("场（次）".to_string(), false)
        );
        assert_eq!(
            unit_of("分别下降0.2个、下降0.6个、提高0.8个百分点"),
            ("个百分点".to_string(), false)
        );
        assert!(is_place_unit("街道") && is_place_unit("市") && !is_place_unit("人"));
        // 9时07分 is a time of day; 得分98.5分， a score.
        assert_eq!(standalone_score("9时07分，", 4, 6), None);
        assert_eq!(standalone_score("9时07分，", 0, 6), Some(3));
        assert_eq!(standalone_score("得分98.5分，", 6, 10), Some(3));
    }
}
