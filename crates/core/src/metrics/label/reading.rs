//! One reading of a figure's place in its clause, made once per figure and shared by the label
//! rules: where the figure is, where its words may start (`floor`), where its clause starts,
//! where the previous metric ends, and — computed on the first rule's asking and kept — the
//! figureless clause right before its own.
//!
//! The rules that borrow the clause before (开展…抽查，共抽查113户; 覆盖工业企业92家 after
//! 开展…专项服务; 梳理事项6392项 after 更新《…清单》; 先后8次对…作出批示 after who acted) each
//! found that clause again from five positions; they now ask [`Reading::clause_before`], which
//! reads it once. A new label rule takes `&Reading` rather than `(text, clause, floor, prev_end,
//! …)`, and asks it rather than scanning back from the figure itself.

use std::cell::OnceCell;

use super::clause::clause_start;
use crate::metrics::judge::Found;

/// A byte range of the cleaned text.
type Range = (usize, usize);

/// Where a figure stands among the words before it (cleaned-text byte offsets).
pub(super) struct Reading<'t> {
    /// The cleaned text.
    pub(super) text: &'t str,
    /// Qualifier + number + unit of the figure: `start..end`; the number starts at `num_start`.
    pub(super) start: usize,
    pub(super) end: usize,
    /// Where the words of this figure's label may start: the previous metric's end or the
    /// line's start, whichever is later (never after `start`).
    pub(super) floor: usize,
    /// Where the previous metric's words end (0: none before in the text read).
    pub(super) prev_end: usize,
    /// Start of the figure's clause: after the last boundary ([`super::is_boundary`]) before
    /// it, not before `floor`; narrowed past a count's noun by [`Reading::narrow`].
    clause: usize,
    /// [`Reading::clause_before`], once asked.
    before: OnceCell<Option<Range>>,
}

impl<'t> Reading<'t> {
    /// Reads the place of the figure `f`, whose previous metric's words end at `prev_end`.
    pub(super) fn new(text: &'t str, f: &Found, prev_end: usize) -> Reading<'t> {
        let floor = floor(text, f.start, prev_end);
        Reading {
            text,
            start: f.start,
            end: f.end,
            floor,
            prev_end,
            clause: clause_start(text, f.start, floor),
            before: OnceCell::new(),
        }
    }

    /// A reading with every place given (for tests of single rules).
    #[cfg(test)]
    pub(super) fn at(
        text: &'t str,
        (start, end): Range,
        floor: usize,
        clause: usize,
        prev_end: usize,
    ) -> Reading<'t> {
        Reading {
            text,
            start,
            end,
            floor,
            prev_end,
            clause,
            before: OnceCell::new(),
        }
    }

    /// Start of the figure's clause.
    pub(super) fn clause(&self) -> usize {
        self.clause
    }

    /// The figure's words start later than its clause (after the noun of the count before it,
    /// 30个部门|涉及10个类别): what the rules read as "the clause before" changes with it.
    pub(super) fn narrow(&mut self, clause: usize) {
        if clause != self.clause {
            self.clause = clause;
            self.before = OnceCell::new();
        }
    }

    /// Whether the figure's words run straight on from the previous metric's (覆盖12个乡镇、
    /// 20家企业: nothing but the 、 between).
    pub(super) fn joined_to_previous(&self) -> bool {
        self.clause == self.floor && self.floor == self.prev_end && self.prev_end > 0
    }

    /// The clause right before the figure's own (one comma back), when it is whole and holds no
    /// figure of its own: read by labels that borrow that clause's words (开展…抽查，共抽查113户;
    /// 开展…专项服务，覆盖工业企业92家). Read once, on the first asking.
    pub(super) fn clause_before(&self) -> Option<Range> {
        *self.before.get_or_init(|| {
            let text = self.text;
            let comma = text[..self.clause]
                .chars()
                .next_back()
                .filter(|&c| c == '，' || c == ',')?;
            let end = self.clause - comma.len_utf8();
            let start = clause_start(text, end, self.floor.min(end));
            let whole = !(start < self.prev_end
                || start == self.floor && self.floor == self.prev_end && self.prev_end > 0);
            whole.then_some((start, end))
        })
    }

    /// The words of [`Reading::clause_before`] without a point's marker (一是), when they are 4
    /// to `max` characters long.
    pub(super) fn words_before(&self, max: usize) -> Option<&'t str> {
        let (start, end) = self.clause_before()?;
        let mut before = crate::text::trim(&self.text[start..end]);
        if let Some((_, len)) = crate::lexicon::markers::point_marker(before) {
            before = &before[len..];
        }
        let n = before.chars().count();
        (4..=max).contains(&n).then_some(before)
    }
}

/// Where the words of a figure at `start` may begin: the previous metric's end `prev_end` or the
/// line's start ([`super::context::line_start`]), whichever is later, never after `start`. When
/// the previous metric ends within the line start's look-back, only the text after it is
/// searched for a line break (the later of the two is a break there, or `prev_end` itself):
/// a few dozen bytes instead of up to [`super::context::MAX_LOOKBACK`].
fn floor(text: &str, start: usize, prev_end: usize) -> usize {
    if prev_end >= start {
        return start;
    }
    let lookback = crate::text::window(
        text,
        start.saturating_sub(super::context::MAX_LOOKBACK),
        start,
    );
    if prev_end < start - lookback.len() {
        return prev_end
            .max(super::context::line_start(text, start))
            .min(start);
    }
    memchr::memrchr(b'\n', &text.as_bytes()[prev_end..start]).map_or(prev_end, |p| prev_end + p + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The floor from the text after the previous metric is the later of that metric's end and
    /// the line's start, from every character of the seeds and lines of their own, for previous
    /// ends at every distance back (and after the figure).
    #[test]
    fn the_floor_is_the_later_of_line_start_and_previous_end() {
        let mut texts = crate::test_seeds::seed_texts();
        texts.push("甲\n乙\n\n丙".to_string());
        texts.push("a\nb".repeat(400));
        let mut asked = 0;
        for text in &texts {
            let starts: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for &start in starts.iter().step_by(7) {
                for back in [0, 1, 2, 3, 10, 40, 199, 200, 201, 599, 600, 601, 900] {
                    let prev_end = start.saturating_sub(back);
                    for prev_end in [prev_end, start + back.min(3)] {
                        let want = prev_end
                            .max(super::super::context::line_start(text, start))
                            .min(start);
                        assert_eq!(floor(text, start, prev_end), want, "{start} {prev_end}");
                        asked += 1;
                    }
                }
            }
        }
        assert!(asked > 100_000, "{asked}");
    }

    /// The clause before as [`Reading::clause_before`] reads it, found afresh (as each rule
    /// found it before the reading was shared): the same on every figure-like place of the
    /// seeds, for floors at the line's start and at earlier places of the clause.
    #[test]
    fn the_clause_before_is_the_one_found_afresh() {
        fn afresh(text: &str, clause: usize, floor: usize, prev_end: usize) -> Option<Range> {
            let comma = text[..clause]
                .chars()
                .next_back()
                .filter(|&c| c == '，' || c == ',')?;
            let end = clause - comma.len_utf8();
            let start = clause_start(text, end, floor.min(end));
            let whole = !(start < prev_end || start == floor && floor == prev_end && prev_end > 0);
            whole.then_some((start, end))
        }
        let mut asked = 0;
        for (_, text) in crate::test_seeds::seeds() {
            for (at, _) in text
                .char_indices()
                .filter(|&(_, c)| c.is_ascii_digit())
                .step_by(3)
            {
                let line = super::super::context::line_start(&text, at);
                for prev_end in [0, line, at.saturating_sub(30).max(line)] {
                    let prev_end = (prev_end..=at)
                        .find(|&p| text.is_char_boundary(p))
                        .unwrap_or(at);
                    let floor = prev_end.max(line).min(at);
                    let r = Reading {
                        text: &text,
                        start: at,
                        end: at + 1,
                        floor,
                        prev_end,
                        clause: clause_start(&text, at, floor),
                        before: OnceCell::new(),
                    };
                    let want = afresh(&text, r.clause, floor, prev_end);
                    assert_eq!(r.clause_before(), want);
                    // Asked again: the kept answer.
                    assert_eq!(r.clause_before(), want);
                    asked += 1;
                }
            }
        }
        assert!(asked > 1000, "{asked}");
    }

    #[test]
    fn narrowing_reads_the_clause_before_again() {
        let text = "开展专项服务，覆盖12个乡镇，涉及10个类别";
        let at = text.find("10").unwrap();
        let mut r = Reading {
            text,
            start: at,
            end: at + "10个".len(),
            floor: 0,
            prev_end: 0,
            clause: clause_start(text, at, 0),
            before: OnceCell::new(),
        };
        let before = r.clause_before().map(|(a, b)| &text[a..b]);
        assert_eq!(before, Some("覆盖12个乡镇"));
        r.narrow(text.find("覆盖").unwrap());
        assert_eq!(
            r.clause_before().map(|(a, b)| &text[a..b]),
            Some("开展专项服务")
        );
    }
}
