//! Properties of `read` and `find_all` on arbitrary text: they never panic, and what they
//! return is a well-formed range of the input.

use super::{find_all, read};
use proptest::prelude::*;

/// Text made mostly of characters numerals are built from, so the grammar is exercised deeply.
fn numeral_soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "0",
        "1",
        "9",
        "０",
        "５",
        ".",
        "．",
        ",",
        "，",
        " ",
        "\u{3000}",
        "一",
        "二",
        "两",
        "三",
        "五",
        "九",
        "十",
        "百",
        "千",
        "万",
        "亿",
        "兆",
        "零",
        "〇",
        "点",
        "余",
        "多",
        "几",
        "来",
        "负",
        "分",
        "之",
        "又",
        "数",
        "上",
        "%",
        "个百分点",
        "年",
        "额",
        "乎",
        "壹",
        "拾",
        "萬",
        "億",
        "-",
        "件",
        "元",
        "\n",
        "é",
    ]);
    prop::collection::vec(pieces, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn read_never_panics_and_ends_on_a_char_boundary_after_the_start(text in numeral_soup()) {
        for at in 0..=text.len() + 1 {
            if let Some(n) = read(&text, at) {
                prop_assert!(at < n.end && n.end <= text.len());
                prop_assert!(text.is_char_boundary(n.end));
                if let Some(m) = n.magnitude_at {
                    prop_assert!(at <= m && m < n.end && text.is_char_boundary(m));
                }
            }
        }
    }

    #[test]
    fn read_never_panics_on_any_string(text in any::<String>()) {
        for at in 0..=text.len() {
            if let Some(n) = read(&text, at) {
                prop_assert!(at < n.end && n.end <= text.len() && text.is_char_boundary(n.end));
            }
        }
    }

    #[test]
    fn find_all_gives_ordered_disjoint_ranges(text in numeral_soup()) {
        let mut last = 0;
        for f in find_all(&text) {
            prop_assert!(last <= f.start && f.start < f.end && f.end <= text.len());
            prop_assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
            last = f.end;
        }
    }
}
