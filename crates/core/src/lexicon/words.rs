//! A word list compiled once into an Aho–Corasick automaton and matched in one pass.
//!
//! Replaces loops of `text.contains(word)` over a list (one substring search per word, each
//! starting from scratch) and the hand-kept first-character indexes beside some lists: the
//! automaton reads the text once, whatever the number of words, and finds every occurrence of
//! every word. Build a [`Words`] once (in a `OnceLock`) from a list of `lexicon::data`.
//!
//! The automaton is daachorse's character-wise double array: one step per character (a CJK
//! character is one step, not three bytes), about 5 KB of wasm; see ARCHITECTURE.md,
//! "Decisions", for the measurements against aho-corasick.

use daachorse::charwise::iter::FindOverlappingStepper;
use daachorse::CharwiseDoubleArrayAhoCorasick;

/// One occurrence of a word: its index in the list and its byte range in the text read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub word: usize,
    pub start: usize,
    pub end: usize,
}

/// A compiled word list. Empty words are ignored; a word listed twice is reported with the
/// index of its first copy.
pub struct Words {
    automaton: Option<CharwiseDoubleArrayAhoCorasick<u32>>,
    /// Byte length of the longest word (bounds the prefix and suffix looks).
    longest: usize,
    len: usize,
}

impl Words {
    /// Compiles `words`; a hit's `word` is the index in this list.
    pub fn new<S: AsRef<str>>(words: &[S]) -> Words {
        let mut seen = std::collections::HashSet::new();
        let unique: Vec<(&str, u32)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (w.as_ref(), i as u32))
            .filter(|(w, _)| !w.is_empty() && seen.insert(*w))
            .collect();
        let longest = unique.iter().map(|(w, _)| w.len()).max().unwrap_or(0);
        Words {
            automaton: CharwiseDoubleArrayAhoCorasick::with_values(unique).ok(),
            longest,
            len: words.len(),
        }
    }

    /// Number of words in the list (as given).
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Every occurrence of every word in `text`, overlapping ones included, in order of their
    /// end.
    pub fn find_all<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Hit> + 't {
        self.automaton
            .iter()
            .flat_map(move |a| a.find_overlapping_iter(text))
            .map(|m| Hit {
                word: m.value() as usize,
                start: m.start(),
                end: m.end(),
            })
    }

    /// Whether any word occurs in `text`.
    pub fn any_in(&self, text: &str) -> bool {
        self.find_all(text).next().is_some()
    }

    /// The longest word that `text` starts with.
    pub fn longest_prefix(&self, text: &str) -> Option<Hit> {
        let head = crate::text::window(text, 0, self.longest);
        self.find_all(head)
            .filter(|h| h.start == 0)
            .max_by_key(|h| h.end)
    }

    /// The longest word that `text` ends with.
    pub fn longest_suffix(&self, text: &str) -> Option<Hit> {
        let tail = crate::text::window(text, text.len().saturating_sub(self.longest), text.len());
        let from = text.len() - tail.len();
        self.find_all(tail)
            .filter(|h| h.end == tail.len())
            .min_by_key(|h| h.start)
            .map(|h| Hit {
                start: from + h.start,
                end: from + h.end,
                ..h
            })
    }

    /// A reader that takes characters one at a time, for text that is built as it is read
    /// (normalised on the fly, or extended metric by metric) and never stored.
    pub fn stepper(&self) -> Stepper<'_> {
        Stepper {
            inner: self
                .automaton
                .as_ref()
                .map(CharwiseDoubleArrayAhoCorasick::find_overlapping_stepper),
        }
    }
}

/// A word list read from the end of a text: where the last occurrence of any word starts,
/// without reading the text before it (`words.filter_map(|w| text.rfind(w)).max()` reads the
/// whole text once per word that does not occur).
///
/// The text is walked backwards a character at a time, and the words are compared only where a
/// character passes a 1024-bit filter of their first characters (as [`crate::text::AnyOf`] does
/// forwards): the first place met where a word starts is the greatest start. (A reversed
/// automaton stepped through every character, four times the instructions; the answer is the
/// same, since a reversed word is found exactly when its first character is read.)
pub struct FromEnd {
    /// The non-empty words (an empty word is no occurrence, as in [`Words`]).
    words: Vec<String>,
    /// Bit `c & 0x3FF` is set for each word's first character `c`.
    firsts: [u64; 16],
}

impl FromEnd {
    pub fn new<S: AsRef<str>>(words: &[S]) -> FromEnd {
        let words: Vec<String> = words
            .iter()
            .map(|w| w.as_ref().to_string())
            .filter(|w| !w.is_empty())
            .collect();
        let mut firsts = [0u64; 16];
        for c in words.iter().filter_map(|w| w.chars().next()) {
            let bit = (c as usize) & 0x3FF;
            firsts[bit / 64] |= 1 << (bit % 64);
        }
        FromEnd { words, firsts }
    }

    /// Start of the last occurrence of any word (the greatest start).
    pub fn last_start(&self, text: &str) -> Option<usize> {
        text.char_indices().rev().find_map(|(at, c)| {
            let bit = (c as usize) & 0x3FF;
            (self.firsts[bit / 64] & (1 << (bit % 64)) != 0
                && self
                    .words
                    .iter()
                    .any(|w| text[at..].starts_with(w.as_str())))
            .then_some(at)
        })
    }
}

/// A short word list indexed by first character, for "which word does this text start with"
/// at many places: only the words that start with the text's first character are compared
/// (most places start with none). Answers exactly as a scan of the whole list would.
pub struct ByFirst {
    index: foldhash::HashMap<char, Vec<&'static str>>,
}

impl ByFirst {
    /// Indexes `lists`, in order (the words of each first character keep their list order).
    pub fn new(lists: &[&[&'static str]]) -> ByFirst {
        let mut index: foldhash::HashMap<char, Vec<&'static str>> = Default::default();
        for w in lists.iter().flat_map(|l| l.iter()) {
            if let Some(c) = w.chars().next() {
                index.entry(c).or_default().push(w);
            }
        }
        ByFirst { index }
    }

    /// The words `text` starts with, in list order.
    pub fn prefixes<'a>(&'a self, text: &'a str) -> impl Iterator<Item = &'static str> + 'a {
        text.chars()
            .next()
            .and_then(|c| self.index.get(&c))
            .into_iter()
            .flatten()
            .copied()
            .filter(move |w| text.starts_with(w))
    }

    /// The first word in list order that `text` starts with.
    pub fn first_prefix(&self, text: &str) -> Option<&'static str> {
        self.prefixes(text).next()
    }

    /// The longest word `text` starts with (of two as long, the later in list order).
    pub fn longest_prefix(&self, text: &str) -> Option<&'static str> {
        self.prefixes(text).max_by_key(|w| w.len())
    }
}

/// A word list indexed by last character: the words a text ends with, in list order, answered
/// like a scan of the list (`list.iter().filter(|w| text.ends_with(w))`) but comparing only the
/// few words that end with the text's last character. For trims of trailing words asked of
/// every label.
pub struct ByLast {
    index: foldhash::HashMap<char, Vec<&'static str>>,
}

impl ByLast {
    /// Indexes `words`, in order.
    pub fn new(words: &[&'static str]) -> ByLast {
        let mut index: foldhash::HashMap<char, Vec<&'static str>> = Default::default();
        for w in words {
            if let Some(c) = w.chars().next_back() {
                index.entry(c).or_default().push(w);
            }
        }
        ByLast { index }
    }

    /// The words `text` ends with, in list order.
    pub fn suffixes<'a>(&'a self, text: &'a str) -> impl Iterator<Item = &'static str> + 'a {
        text.chars()
            .next_back()
            .and_then(|c| self.index.get(&c))
            .into_iter()
            .flatten()
            .copied()
            .filter(move |w| crate::text::ends_with_str(text, w))
    }
}

/// Byte length of the longest word of `words`: a text longer than that cannot be one of them,
/// so a caller can skip a scan of the list (computed at compile time for the lists of
/// `lexicon::data`).
pub const fn longest(words: &[&str]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < words.len() {
        if words[i].len() > n {
            n = words[i].len();
        }
        i += 1;
    }
    n
}

/// Reads characters one at a time; see [`Words::stepper`]. Positions count the bytes of the
/// characters consumed so far.
pub struct Stepper<'w> {
    inner: Option<FindOverlappingStepper<'w, u32>>,
}

impl Stepper<'_> {
    /// Reads `c` and calls `hit` for every word that ends with it.
    pub fn consume(&mut self, c: char, mut hit: impl FnMut(Hit)) {
        if let Some(s) = &mut self.inner {
            s.consume(c);
            for m in s.matches() {
                hit(Hit {
                    word: m.value() as usize,
                    start: m.start(),
                    end: m.end(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_word_once_in_one_pass() {
        let w = Words::new(&["行政复议", "复议", "案件", "行政"]);
        let hits: Vec<(usize, &str)> = w
            .find_all("办理行政复议案件")
            .map(|h| (h.word, &"办理行政复议案件"[h.start..h.end]))
            .collect();
        let mut words: Vec<usize> = hits.iter().map(|h| h.0).collect();
        words.sort();
        assert_eq!(words, [0, 1, 2, 3]);
        assert!(hits.contains(&(0, "行政复议")));
        assert!(!w.any_in("人民调解"));
    }

    #[test]
    fn by_first_answers_like_a_scan_of_the_list() {
        const A: &[&str] = &["受理", "不予受理", "受", "办结", "已", "已经"];
        const B: &[&str] = &["不予", "办结"];
        let by = ByFirst::new(&[A, B]);
        for text in ["不予受理案件", "受理", "已经办结", "办", "", "案件受理"] {
            let all = || A.iter().chain(B).copied().filter(|w| text.starts_with(w));
            assert_eq!(by.first_prefix(text), all().next(), "{text}");
            assert_eq!(
                by.longest_prefix(text),
                all().max_by_key(|w| w.len()),
                "{text}"
            );
        }
    }

    #[test]
    fn by_last_answers_like_a_scan_of_the_list() {
        const A: &[&str] = &["为", "分别为", "共计", "计", "达", ""];
        let by = ByLast::new(A);
        for text in ["数量分别为", "共计", "累计", "为", "", "达到", "合计为"] {
            let all: Vec<&str> = A
                .iter()
                .copied()
                .filter(|w| !w.is_empty() && text.ends_with(w))
                .collect();
            assert_eq!(by.suffixes(text).collect::<Vec<_>>(), all, "{text}");
        }
        assert_eq!(longest(A), "分别为".len());
        assert_eq!(longest(&[]), 0);
    }

    #[test]
    fn longest_prefix_and_suffix() {
        let w = Words::new(&["人", "人次", "余", "累计", "计"]);
        assert_eq!(
            w.longest_prefix("人次参加").map(|h| (h.word, h.end)),
            Some((1, 6))
        );
        assert_eq!(w.longest_prefix("参加人次"), None);
        assert_eq!(
            w.longest_suffix("全年累计").map(|h| (h.word, h.start)),
            Some((3, 6))
        );
        assert_eq!(w.longest_suffix("累计全年"), None);
    }

    #[test]
    fn a_stepper_finds_what_find_all_finds() {
        let w = Words::new(&["行政复议", "复议", "案件", "行政", "件"]);
        let text = "受理行政复议案件12件";
        let mut stepper = w.stepper();
        let mut stepped = Vec::new();
        for c in text.chars() {
            stepper.consume(c, |h| stepped.push(h));
        }
        assert_eq!(stepped, w.find_all(text).collect::<Vec<_>>());
    }

    #[test]
    fn the_last_occurrence_is_that_of_substring_searches() {
        let words = ["存在着", "存在的问题", "还存在", "问题", "不足之处", ""];
        let last = FromEnd::new(&words);
        let rfind = |words: &[&str], text: &str| {
            words
                .iter()
                .filter(|w| !w.is_empty())
                .filter_map(|w| text.rfind(w))
                .max()
        };
        for text in [
            "工作中还存在着一些问题和不足之处，存在的问题主要是",
            "存在的问题",
            "没有任何相关的词",
            "",
            "问题存在着",
            "问题存在着\u{10000}",
        ] {
            assert_eq!(last.last_start(text), rfind(&words, text), "{text}");
        }
        // The report parts' words over every seed and each seed's first half (where the last
        // one is earlier), and a word list whose first characters share the filter's bits
        // (U+4E00 and U+4E00 + 0x400).
        let admits = FromEnd::new(crate::lexicon::data::parts::ADMITS);
        let alike = ["一二", "\u{5200}x", "x"];
        let alike_last = FromEnd::new(&alike);
        for (name, text) in crate::test_seeds::seeds() {
            let half = crate::text::window(&text, 0, text.len() / 2);
            for t in [text.as_str(), half] {
                let want = rfind(crate::lexicon::data::parts::ADMITS, t);
                assert_eq!(admits.last_start(t), want, "{name}");
                assert_eq!(alike_last.last_start(t), rfind(&alike, t), "{name}");
            }
        }
    }

    #[test]
    fn duplicates_and_empty_words_are_harmless() {
        let w = Words::new(&["", "复议", "复议"]);
        assert_eq!(w.len(), 3);
        let hits: Vec<usize> = w.find_all("行政复议").map(|h| h.word).collect();
        assert_eq!(hits, [1]);
        let none = Words::new::<&str>(&[]);
        assert!(none.is_empty());
        assert_eq!(none.find_all("任何文字").count(), 0);
        assert_eq!(none.longest_prefix("任何"), None);
        let mut s = none.stepper();
        s.consume('任', |_| panic!("no words"));
    }
}
