//! What an earthquake's magnitude measures. `3.3级地震` is a magnitude of the earthquake named
//! after it, and a reader labels it 地震震级, with the place it struck when the words before the
//! number name one (裕安3.3级地震 → 裕安地震震级), never by the verb before it (发生, 开展).

/// The label of a magnitude (unit 级) at `end` followed by 地震, from the words before the
/// number (`label`): the place they end with, if any, and 地震震级.
pub(super) fn earthquake(
    text: &str,
    end: usize,
    unit: Option<&str>,
    label: &str,
) -> Option<String> {
    if unit != Some("级") || !text[end..].starts_with("地震") {
        return None;
    }
    let table = crate::region::data::table();
    // The last division the words name, longest first (我市裕安区发生 → 裕安区; 裕安).
    let bounds: Vec<usize> = label
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(label.len()))
        .collect();
    let mut place = "";
    'starts: for (a, &i) in bounds.iter().enumerate().rev() {
        for &e in bounds[a..].iter().skip(2).take(7).rev() {
            if !table.named(&label[i..e]).is_empty() {
                place = &label[i..e];
                break 'starts;
            }
        }
    }
    Some(super::joined(&[place, "地震震级"]))
}

#[cfg(test)]
mod tests {
    use super::earthquake;

    #[test]
    fn a_magnitude_is_the_earthquakes_with_the_place_it_struck() {
        let t = "10月7日，我市裕安区发生3.3级地震，";
        let end = t.find("级").unwrap() + "级".len();
        assert_eq!(
            earthquake(t, end, Some("级"), "我市裕安区发生").as_deref(),
            Some("裕安区地震震级")
        );
        assert_eq!(
            earthquake(t, end, Some("级"), "发生").as_deref(),
            Some("地震震级")
        );
        // A grade of something else keeps its label.
        assert_eq!(earthquake("4级以上大风", 4, Some("级"), "出现"), None);
    }
}
