//! A report body that appears twice (a scraped page holding the article and its print view).
//!
//! The second copy starts at a line that repeats an earlier one and goes on repeating the lines
//! after it. Matching whole normalised lines keeps this linear: each line is hashed once and
//! the comparison work is bounded by a budget proportional to the number of lines.

use foldhash::{HashMap, HashMapExt};

/// Minimum characters a repeated stretch must hold to count as a second copy of the body
/// (a repeated slogan or heading is not one).
const MIN_COPY_CHARS: usize = 200;
const MIN_COPY_LINES: usize = 3;

/// Finds a repeated run: `Some((copy_start, copy_end))` as indices into `keys`
/// (`copy_end` exclusive), where `keys[copy_start..copy_end]` repeats lines seen earlier.
/// `keys` are the normalised non-empty lines of the text, chrome left out.
pub fn find_copy(keys: &[&str]) -> Option<(usize, usize)> {
    let mut first: HashMap<&str, usize> = HashMap::with_capacity(keys.len());
    let mut budget = keys.len() * 4 + 64;
    // Characters in keys[..k], so that the characters of any run of lines cost O(1): counted
    // at the first repeated line only (most texts repeat none).
    let mut chars_before: Vec<usize> = Vec::new();
    for j in 0..keys.len() {
        let key = keys[j];
        if !at_least_six_chars(key) {
            continue;
        }
        match first.get(key) {
            Some(&i) => {
                let mut k = 0;
                while j + k < keys.len() && i + k < j && keys[i + k] == keys[j + k] {
                    k += 1;
                }
                budget = budget.saturating_sub(k + 1);
                if chars_before.is_empty() {
                    chars_before.reserve(keys.len() + 1);
                    chars_before.push(0usize);
                    for key in keys {
                        chars_before.push(chars_before.last().unwrap_or(&0) + key.chars().count());
                    }
                }
                let chars = |a: usize, b: usize| chars_before[b] - chars_before[a];
                let run_chars = chars(j, j + k);
                let between_chars = chars(i, j);
                // The copy must repeat most of what lies between the two occurrences.
                if k >= MIN_COPY_LINES
                    && run_chars >= MIN_COPY_CHARS
                    && run_chars * 10 >= between_chars * 6
                {
                    return Some((j, j + k));
                }
                if budget == 0 {
                    return None;
                }
            }
            None => {
                first.insert(key, j);
            }
        }
    }
    None
}

/// `key.chars().count() >= 6`, from the length alone when it tells: a character is one to four
/// bytes.
fn at_least_six_chars(key: &str) -> bool {
    match key.len() {
        0..6 => false,
        24.. => true,
        _ => key.chars().nth(5).is_some(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn six_chars_from_the_length_is_the_count() {
        let mut texts = crate::test_seeds::seed_lines();
        for n in 0..30 {
            for c in ["a", "é", "审", "😀"] {
                texts.push(c.repeat(n));
                texts.push(format!("{}a", c.repeat(n)));
            }
        }
        for t in &texts {
            assert_eq!(at_least_six_chars(t), t.chars().count() >= 6, "{t:?}");
        }
    }

    fn body() -> Vec<String> {
        (0..10)
            .map(|i| {
                format!(
                    "第{i}段：这是报告正文中足够长的一段文字，用来检测重复的正文内容是否被发现。"
                )
            })
            .collect()
    }

    #[test]
    fn finds_a_whole_second_copy() {
        let mut lines = vec!["柳城县2025年法治政府建设年度报告".to_string()];
        lines.extend(body());
        lines.push("柳城县2025年法治政府建设年度报告".to_string());
        lines.extend(body());
        let keys: Vec<&str> = lines.iter().map(String::as_str).collect();
        assert_eq!(find_copy(&keys), Some((11, 22)));
    }

    #[test]
    fn a_repeated_short_phrase_is_not_a_copy() {
        let mut lines = body();
        lines.push("一是加强组织领导。".to_string());
        lines.extend(body().into_iter().take(1));
        lines.push("一是加强组织领导。".to_string());
        let keys: Vec<&str> = lines.iter().map(String::as_str).collect();
        assert_eq!(find_copy(&keys), None);
    }

    #[test]
    fn many_identical_lines_stay_linear() {
        let lines = vec!["一、加强领导，完善机制"; 100_000];
        // Identical lines do form a copy; what matters is that this returns quickly.
        assert!(find_copy(&lines).is_some());
    }
}

/// A second copy of the body inside run-on text (a page whose line breaks were lost, so lines
/// cannot be compared): a stretch from early in the text that occurs again later, extended
/// both ways while the two copies agree. Returns the input span of the second copy.
pub fn find_copy_in_run_on(text: &str) -> Option<crate::span::Span> {
    let bytes = text.as_bytes();
    if bytes.len() < 3 * MIN_COPY_CHARS * 3 {
        return None;
    }
    // A probe of ~60 characters a tenth of the way in (past any header), on char boundaries.
    let probe_start = ceil(text, bytes.len() / 10);
    let probe_end = ceil(text, probe_start + 180);
    let probe = &bytes[probe_start..probe_end];
    let second = memchr::memmem::find(&bytes[probe_end..], probe).map(|p| probe_end + p)?;
    // Extend the match backwards and forwards.
    let mut back = 0;
    while back < probe_start
        && bytes[probe_start - back - 1] == bytes[second - back - 1]
        && second - back > probe_end
    {
        back += 1;
    }
    let mut fwd = 0;
    while second + probe.len() + fwd < bytes.len()
        && bytes[probe_start + probe.len() + fwd] == bytes[second + probe.len() + fwd]
    {
        fwd += 1;
    }
    let start = ceil(text, second - back);
    let end = floor(text, second + probe.len() + fwd);
    let copy_chars = text[start..end].chars().count();
    // Most of the text must repeat: a quoted sentence is not a second body.
    (copy_chars >= MIN_COPY_CHARS && (end - start) * 10 >= bytes.len() * 3)
        .then(|| crate::span::Span::new(start, end))
}

fn ceil(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}

fn floor(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod run_on_tests {
    use super::*;

    #[test]
    fn seeds_run_together_have_a_copy_only_where_there_is_one() {
        for (name, text) in crate::test_seeds::seeds() {
            let flat: String = text.lines().map(str::trim).collect();
            let twice = name.starts_with("004");
            assert_eq!(find_copy_in_run_on(&flat).is_some(), twice, "{}", name);
        }
    }
}
