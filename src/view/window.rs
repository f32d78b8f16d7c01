//! Virtualisation: which items of a long list are on screen, from their heights.
//!
//! Heights are estimates until an item has been rendered and measured; the prefix sums are
//! rebuilt when a measurement changes, which is linear in the number of items (cheap next to
//! rendering even for half a million lines).

use std::ops::Range;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// `offsets[i]` is the top of item `i`; `offsets[n]` is the total height.
    offsets: Vec<f64>,
}

impl Layout {
    pub fn new(heights: impl IntoIterator<Item = f64>) -> Self {
        let mut offsets = vec![0.0];
        let mut y = 0.0;
        for h in heights {
            y += h.max(0.0);
            offsets.push(y);
        }
        Layout { offsets }
    }

    pub fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn total(&self) -> f64 {
        *self.offsets.last().unwrap_or(&0.0)
    }

    pub fn top(&self, i: usize) -> f64 {
        self.offsets.get(i).copied().unwrap_or_else(|| self.total())
    }

    /// The item at vertical position `y`.
    pub fn index_at(&self, y: f64) -> usize {
        let i = self.offsets.partition_point(|&o| o <= y);
        i.saturating_sub(1).min(self.len().saturating_sub(1))
    }

    /// Items overlapping `[scroll, scroll + viewport)`, plus `overscan` on each side.
    pub fn visible(&self, scroll: f64, viewport: f64, overscan: usize) -> Range<usize> {
        if self.is_empty() {
            return 0..0;
        }
        let first = self.index_at(scroll.max(0.0));
        let last = self.index_at(scroll.max(0.0) + viewport.max(1.0));
        first.saturating_sub(overscan)..(last + 1 + overscan).min(self.len())
    }
}

/// Visible rows of a list whose rows all have the same height.
pub fn fixed(count: usize, row: f64, scroll: f64, viewport: f64, overscan: usize) -> Range<usize> {
    if count == 0 || row <= 0.0 {
        return 0..0;
    }
    let first = (scroll.max(0.0) / row) as usize;
    let last = ((scroll.max(0.0) + viewport.max(row)) / row).ceil() as usize;
    first.saturating_sub(overscan).min(count)..(last + overscan).min(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_items_by_position() {
        let l = Layout::new([10.0, 20.0, 30.0]);
        assert_eq!(l.total(), 60.0);
        assert_eq!(l.index_at(0.0), 0);
        assert_eq!(l.index_at(10.0), 1);
        assert_eq!(l.index_at(59.0), 2);
        assert_eq!(l.index_at(500.0), 2);
        assert_eq!(l.visible(12.0, 5.0, 0), 1..2);
        assert_eq!(l.visible(12.0, 5.0, 1), 0..3);
    }

    #[test]
    fn fixed_rows_window() {
        assert_eq!(fixed(10_000, 30.0, 300.0, 90.0, 2), 8..15);
        assert_eq!(fixed(0, 30.0, 0.0, 90.0, 2), 0..0);
        assert_eq!(fixed(3, 30.0, 0.0, 900.0, 2), 0..3);
    }

    #[test]
    fn empty_layout_is_harmless() {
        let l = Layout::new([]);
        assert_eq!(l.visible(0.0, 100.0, 3), 0..0);
    }
}
