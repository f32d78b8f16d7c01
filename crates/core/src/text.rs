//! Small character and phrase helpers shared by the stages.

/// `s[start..end]` with both ends moved onto char boundaries (start down, end up) and
/// clamped to the string, so a computed offset can never panic.
pub fn window(s: &str, start: usize, end: usize) -> &str {
    // A continuation byte (10xxxxxx) is no boundary: the bytes are read directly (asked of
    // ≈ 5 000 windows a pass, most starting inside a character).
    let bytes = s.as_bytes();
    let inside = |i: usize| bytes.get(i).is_some_and(|&x| x & 0xC0 == 0x80);
    let mut a = start.min(s.len());
    while inside(a) {
        a -= 1;
    }
    let mut b = end.min(s.len()).max(a);
    while inside(b) {
        b += 1;
    }
    s.get(a..b).unwrap_or_default()
}

/// The text from the start of the line to `pos`, if it is at most `max` bytes long. Bounded,
/// so callers on every number of a huge single-line input stay linear.
pub fn line_prefix(s: &str, pos: usize, max: usize) -> Option<&str> {
    let head = window(s, pos.saturating_sub(max), pos);
    let start = pos - head.len();
    match memchr::memrchr(b'\n', head.as_bytes()) {
        Some(p) => Some(&head[p + 1..]),
        None if start == 0 => Some(head),
        None => None,
    }
}

/// Start of the line holding `pos`, looking back at most `max` bytes (else `pos - max`,
/// moved onto a char boundary): sentence and clause scans never need more.
pub fn line_start_within(s: &str, pos: usize, max: usize) -> usize {
    let from = pos.saturating_sub(max);
    let head = window(s, from, pos);
    let base = pos - head.len();
    // memchr's SIMD search: `str::rfind(char)` reads a word at a time, and these look-backs
    // run several times per metric over up to a thousand bytes of prose.
    memchr::memrchr(b'\n', head.as_bytes()).map_or(base, |p| base + p + 1)
}

/// `s.rfind(w)` for a short word in a short text: memchr's backward search for the word's last
/// byte, then a compare, where `str::rfind(&str)` first builds a two-way searcher (costly
/// beside a search of a few hundred bytes, done once per metric).
pub fn rfind_str(s: &str, w: &str) -> Option<usize> {
    let (hay, word) = (s.as_bytes(), w.as_bytes());
    let Some(&last) = word.last() else {
        return Some(s.len());
    };
    let mut end = hay.len();
    while let Some(i) = memchr::memrchr(last, &hay[..end]) {
        // (A match of valid UTF-8 in valid UTF-8 starts at a character boundary.)
        if let Some(start) = (i + 1).checked_sub(word.len()) {
            if &hay[start..=i] == word {
                return Some(start);
            }
        }
        end = i;
    }
    None
}

/// `s.ends_with(w)` for the short words of a word list: a byte loop the compiler inlines, where
/// `ends_with` calls `memcmp` for every word tried (and most words of a list fail at their
/// first byte compared).
#[inline]
pub fn ends_with_str(s: &str, w: &str) -> bool {
    let (s, w) = (s.as_bytes(), w.as_bytes());
    s.len() >= w.len() && s.iter().rev().zip(w.iter().rev()).all(|(a, b)| a == b)
}

/// `s.strip_suffix(w)` for the short words of a word list (see [`ends_with_str`]).
#[inline]
pub fn strip_suffix_str<'a>(s: &'a str, w: &str) -> Option<&'a str> {
    // (A match of valid UTF-8 at the end of valid UTF-8 starts at a character boundary.)
    ends_with_str(s, w).then(|| &s[..s.len() - w.len()])
}

/// `words.contains(&s)` for a short word list asked of every label: a length test and a byte
/// loop the compiler inlines, where `==` on two strings of one length calls `memcmp` (most
/// words of a change list are two characters long, as most short labels are).
#[inline]
pub fn is_one_of(s: &str, words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| w.len() == s.len() && ends_with_str(s, w))
}

/// `s.starts_with(w)` for the short words of a word list (see [`ends_with_str`]).
#[inline]
pub fn starts_with_str(s: &str, w: &str) -> bool {
    let (s, w) = (s.as_bytes(), w.as_bytes());
    s.len() >= w.len() && s.iter().zip(w).all(|(a, b)| a == b)
}

/// `s.contains(w)` for a short word in a short text (a label, a clause): `str::contains` sets up
/// a substring searcher on every call, which costs more than reading a label. Byte positions
/// are enough: a UTF-8 word only matches UTF-8 text at a character boundary. memchr finds the
/// word's last byte, so a word whose last byte is rare in the text (most Chinese words) costs
/// little more than one vectorised scan.
pub fn contains_str(s: &str, w: &str) -> bool {
    find_str(s, w).is_some()
}

/// `s.find(w)` for a short word in a short text (see [`contains_str`]): the first match.
#[inline]
pub fn find_str(s: &str, w: &str) -> Option<usize> {
    let (hay, word) = (s.as_bytes(), w.as_bytes());
    let Some(&last) = word.last() else {
        return Some(0);
    };
    // memchr's search for the word's last byte (in Chinese text a continuation byte that ends
    // one character in sixty-odd), then a compare: the first end found is the first match.
    let mut from = word.len() - 1;
    while let Some(i) = hay.get(from..).and_then(|h| memchr::memchr(last, h)) {
        let end = from + i + 1;
        if &hay[end - word.len()..end] == word {
            return Some(end - word.len());
        }
        from = end;
    }
    None
}

/// `s.find(chars)`: where the first of `chars` stands. By memchr's searches rather than a
/// look at every character (`str::find` with a set of characters decodes each and compares it
/// with every one of the set): the ASCII ones (up to three) in one search, then each other one
/// by [`find_str`] in the text before the best place so far. (More than three ASCII characters:
/// `str::find`.)
pub fn find_chars(s: &str, chars: &[char]) -> Option<usize> {
    let mut ascii = [0u8; 3];
    let mut n = 0;
    for &c in chars.iter().filter(|c| c.is_ascii()) {
        let Some(slot) = ascii.get_mut(n) else {
            return s.find(chars);
        };
        *slot = c as u8;
        n += 1;
    }
    let bytes = s.as_bytes();
    let mut best = match n {
        0 => None,
        1 => memchr::memchr(ascii[0], bytes),
        2 => memchr::memchr2(ascii[0], ascii[1], bytes),
        _ => memchr::memchr3(ascii[0], ascii[1], ascii[2], bytes),
    };
    let mut buf = [0u8; 4];
    for &c in chars.iter().filter(|c| !c.is_ascii()) {
        let before = &s[..best.unwrap_or(s.len())];
        if let Some(at) = find_str(before, c.encode_utf8(&mut buf)) {
            best = Some(at);
        }
    }
    best
}

/// Whether any of `words` occurs in `s` (see [`each_word_in`]).
pub fn contains_any(s: &str, words: &[&str]) -> bool {
    let mut found = false;
    each_word_in(s, words, |_| {
        found = true;
        false
    });
    found
}

/// Calls `f` with the index of each word of `words` found in `s`, in text order, while `f`
/// returns true: one pass over `s`, trying the words only at the characters one of them starts
/// with (a 64-bit filter on each first character's low bits), instead of a substring searcher
/// per word, each reading all of `s`. For short texts (a label); a sentence is better served
/// by [`AnyOf`].
pub fn each_word_in(s: &str, words: &[&str], mut f: impl FnMut(usize) -> bool) {
    let low = |c: char| 1u64 << (u32::from(c) & 63);
    let firsts = words
        .iter()
        .filter_map(|w| w.chars().next())
        .fold(0u64, |m, c| m | low(c));
    for (i, c) in s.char_indices() {
        if firsts & low(c) == 0 {
            continue;
        }
        for (k, w) in words.iter().enumerate() {
            if !w.is_empty() && starts_with_str(&s[i..], w) && !f(k) {
                return;
            }
        }
    }
}

/// `s.trim()`, told from the bytes at either end when a line starts and ends with an ideograph,
/// printable ASCII or 。 (most lines): nothing to trim then, and no character is decoded.
#[inline]
pub fn trim(s: &str) -> &str {
    if solid_ends(s) {
        return s;
    }
    s.trim()
}

/// Whether `s` starts and ends with an ideograph (lead byte E4..E9), printable ASCII or 。:
/// characters that no trim takes off, told from the bytes at either end.
#[inline]
pub fn solid_ends(s: &str) -> bool {
    let b = s.as_bytes();
    matches!(b.first(), Some(0x21..=0x7E | 0xE4..=0xE9))
        && matches!(
            b,
            [.., 0x21..=0x7E] | [.., 0xE4..=0xE9, _, _] | [.., 0xE3, 0x80, 0x82]
        )
}

/// A fixed word list searched for in longer texts (a sentence), built once by the caller (a
/// `static`): one pass over the text, trying the words only at the characters one of them
/// starts with — a 1024-bit filter on the first character's low bits, so a character of the
/// text rarely passes it by chance (a substring searcher per word, as before, read the whole
/// text once per word; [`contains_any`]'s 64-bit filter lets too many characters through for a
/// long list).
pub struct AnyOf {
    words: Vec<&'static str>,
    firsts: [u64; 16],
    /// A word is empty: every text holds it.
    empty: bool,
}

impl AnyOf {
    pub fn new(words: &[&'static str]) -> AnyOf {
        let mut firsts = [0u64; 16];
        for c in words.iter().filter_map(|w| w.chars().next()) {
            let bit = (c as usize) & 0x3FF;
            firsts[bit / 64] |= 1 << (bit % 64);
        }
        AnyOf {
            words: words.to_vec(),
            firsts,
            empty: words.iter().any(|w| w.is_empty()),
        }
    }

    /// Whether any of the words occurs in `s`.
    pub fn is_in(&self, s: &str) -> bool {
        if self.empty {
            return true;
        }
        s.char_indices().any(|(i, c)| {
            let bit = (c as usize) & 0x3FF;
            self.firsts[bit / 64] & (1 << (bit % 64)) != 0
                && self.words.iter().any(|w| starts_with_str(&s[i..], w))
        })
    }
}

/// True when `c` is one of the characters of `set`. For the short sets used here this is much
/// cheaper than `set.contains(c)`, which runs a substring search for the char's UTF-8 bytes.
#[inline]
pub fn one_of(c: char, set: &str) -> bool {
    set.chars().any(|x| x == c)
}

/// CJK unified ideographs (the BMP blocks reports use).
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// Chinese numeral digits and scale characters used in markers and counts.
pub fn is_chinese_digit(c: char) -> bool {
    CHINESE_DIGITS.contains(c)
}

/// The characters of [`is_chinese_digit`] (the metrics stage asks of every character).
pub const CHINESE_DIGIT_CHARS: &[char] = &[
    '〇', '零', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万',
    '亿',
];

/// [`is_chinese_digit`] as a bit set.
pub static CHINESE_DIGITS: CjkSet = CjkSet::new(CHINESE_DIGIT_CHARS, &[]);

/// A set of characters of the CJK block (U+4E00–U+9FFF) plus a few others, as a bit set built
/// at compile time. The stages ask "can this character start a numeral?" of every character of
/// the text; a chain of comparisons (what `matches!` on 17 characters compiles to) mispredicts
/// on Chinese text, one load and a shift does not.
pub struct CjkSet {
    bits: [u64; CJK_WORDS],
    /// Members outside the CJK block (〇 is U+3007), tested one by one.
    others: [char; 4],
}

const CJK_FIRST: u32 = 0x4E00;
const CJK_WORDS: usize = (0xA000 - 0x4E00) / 64;

impl CjkSet {
    /// The empty set.
    const EMPTY: CjkSet = CjkSet {
        bits: [0; CJK_WORDS],
        others: ['\0'; 4],
    };

    /// The set of `chars` and `more` (a second list, so sets can be unions without copying).
    /// At most four characters of both lists may lie outside the CJK block.
    pub const fn new(chars: &[char], more: &[char]) -> CjkSet {
        let mut set = CjkSet::EMPTY;
        let mut n_others = 0;
        let mut list = 0;
        while list < 2 {
            let l = if list == 0 { chars } else { more };
            let mut i = 0;
            while i < l.len() {
                n_others = set.insert(l[i], n_others);
                i += 1;
            }
            list += 1;
        }
        set
    }

    /// The set of the first characters of `words`: a word list's first-character pretest,
    /// derived from the list at compile time (never kept by hand, so it cannot drift from the
    /// list). A rule that asks "does one of these words start here?" at every character of a
    /// phrase asks the set first: one load, where `starts_with` over the list costs a compare a
    /// word. At most four first characters may lie outside the CJK block.
    pub const fn first_chars(words: &[&str]) -> CjkSet {
        CjkSet::of_word_ends(words, false)
    }

    /// The set of the last characters of `words`, derived from the list at compile time as
    /// [`CjkSet::first_chars`] is: a pretest on the character before a position for "does one of
    /// these words end here?".
    pub const fn last_chars(words: &[&str]) -> CjkSet {
        CjkSet::of_word_ends(words, true)
    }

    /// The first (or, with `last`, the last) character of each of `words`, as a set. A `const fn`
    /// takes no closure, hence the flag.
    const fn of_word_ends(words: &[&str], last: bool) -> CjkSet {
        let mut set = CjkSet::EMPTY;
        let mut n_others = 0;
        let mut i = 0;
        while i < words.len() {
            let mut b = words[i].as_bytes();
            if last {
                // The last character starts at the last byte that is no continuation byte.
                let mut k = b.len();
                while k > 0 && b[k - 1] & 0xC0 == 0x80 {
                    k -= 1;
                }
                b = b.split_at(k.saturating_sub(1)).1;
            }
            if let Some(c) = first_char(b) {
                n_others = set.insert(c, n_others);
            }
            i += 1;
        }
        set
    }

    /// Adds `c`; returns the new count of members outside the CJK block (`n_others` before).
    const fn insert(&mut self, c: char, n_others: usize) -> usize {
        let u = c as u32;
        if u >= CJK_FIRST && u < 0xA000 {
            let k = (u - CJK_FIRST) as usize;
            self.bits[k / 64] |= 1 << (k % 64);
            n_others
        } else {
            self.others[n_others] = c;
            n_others + 1
        }
    }

    #[inline]
    pub fn contains(&self, c: char) -> bool {
        let k = (c as u32).wrapping_sub(CJK_FIRST) as usize;
        match self.bits.get(k / 64) {
            Some(word) => word & (1 << (k % 64)) != 0,
            None => c != '\0' && self.others.contains(&c),
        }
    }
}

/// The first character of the UTF-8 bytes `b` (a `str`'s, or a tail of them starting at a
/// character), decoded in a `const` context (for [`CjkSet::first_chars`]).
const fn first_char(b: &[u8]) -> Option<char> {
    if b.is_empty() {
        return None;
    }
    let x = b[0] as u32;
    let (len, init) = if x < 0x80 {
        (1, x)
    } else if x < 0xE0 {
        (2, x & 0x1F)
    } else if x < 0xF0 {
        (3, x & 0x0F)
    } else {
        (4, x & 0x07)
    };
    let mut u = init;
    let mut i = 1;
    while i < len {
        u = (u << 6) | (b[i] as u32 & 0x3F);
        i += 1;
    }
    char::from_u32(u)
}

/// Value of a small Chinese numeral as used in markers: 一 … 九十九.
pub fn small_chinese_number(s: &str) -> Option<u32> {
    let digit = |c: char| {
        "零一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|p| p as u32)
    };
    // At most three characters make a number here: no vector is built for them (this is
    // asked of every heading-like line and label).
    let mut buf = ['\0'; 3];
    let mut n = 0;
    for c in s.chars() {
        if n == buf.len() {
            return None;
        }
        buf[n] = c;
        n += 1;
    }
    match &buf[..n] {
        [a] if *a == '十' => Some(10),
        [a] => digit(*a).filter(|&d| d > 0),
        ['十', b] => digit(*b).map(|d| 10 + d),
        [a, '十'] => digit(*a).filter(|&d| d > 1).map(|d| d * 10),
        [a, '十', b] => Some(digit(*a).filter(|&d| d > 1)? * 10 + digit(*b).filter(|&d| d > 0)?),
        _ => None,
    }
}

/// The Chinese numeral for 1..=99 (for inferred markers).
pub fn chinese_number(n: u32) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n as usize].to_string(),
        10 => "十".to_string(),
        11..=19 => format!("十{}", D[(n % 10) as usize]),
        20..=99 if n.is_multiple_of(10) => format!("{}十", D[(n / 10) as usize]),
        20..=99 => format!("{}十{}", D[(n / 10) as usize], D[(n % 10) as usize]),
        _ => n.to_string(),
    }
}

/// The first plausible year (1949–2099) written with Arabic digits and 年 in `s`.
pub fn first_year(s: &str) -> Option<i32> {
    let b = s.as_bytes();
    let mut i = 0;
    while i + 4 <= b.len() {
        let run = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if run == 4 && (i == 0 || !b[i - 1].is_ascii_digit()) && s[i + 4..].starts_with('年') {
            let y: i32 = s[i..i + 4].parse().ok()?;
            if (1949..=2099).contains(&y) {
                return Some(y);
            }
        }
        i += run.max(1);
    }
    None
}

/// `s` without its whitespace: a letter-spaced line (`综 合`, `2025 年 3 月`, `政 府 工 作 报 告`)
/// read as it is meant.
pub fn without_whitespace(s: &str) -> String {
    // The stretches between whitespace copied whole, into a string sized once (a push per
    // character grew it from empty). Only the lead bytes of whitespace outside ASCII (C2:
    // U+0085, U+00A0; E1: U+1680; E2: U+2000..U+205F; E3: U+3000) have their character decoded
    // and asked; an ideograph (E4..E9) and the rest are passed by their length.
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let (mut run, mut at) = (0, 0);
    while let Some(&lead) = bytes.get(at) {
        let (space, len) = match lead {
            0x09..=0x0D | b' ' => (true, 1),
            0x00..=0x7F => (false, 1),
            0xC2 | 0xE1 | 0xE2 | 0xE3 => match s.get(at..).and_then(|t| t.chars().next()) {
                Some(c) => (c.is_whitespace(), c.len_utf8()),
                None => break,
            },
            0xC0..=0xDF => (false, 2),
            0xE0..=0xEF => (false, 3),
            _ => (false, 4),
        };
        if space {
            out.push_str(&s[run..at]);
            run = at + len;
        }
        at += len;
    }
    out.push_str(&s[run..]);
    out
}

/// A page's number on a line of its own, as PDFs and their text print it: `3`, `- 3 -`, `—3—`,
/// `第3页`, `第 3 页`, `3/12`. The PDF layout reader leaves it out of the text; the wrap repair
/// never joins it to the paragraph before (城⏎1 is not 城1). One definition for both.
pub fn is_page_number(line: &str) -> bool {
    let t = without_whitespace(line);
    let t = t.trim_matches(|c| matches!(c, '-' | '—' | '–' | '－' | '·'));
    let t = t
        .strip_prefix('第')
        .and_then(|t| t.strip_suffix('页'))
        .unwrap_or(t);
    let digits = |s: &str| (1..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    digits(t)
        || t.split_once('/')
            .is_some_and(|(a, b)| digits(a) && digits(b))
}

#[cfg(test)]
mod tests {
    /// `without_whitespace` copies the stretches between whitespace and decodes only after the
    /// lead bytes of whitespace outside ASCII: it must answer as dropping every character that
    /// `char::is_whitespace` names, for every character alone and between others, and on every
    /// line of the seeds.
    #[test]
    fn without_whitespace_drops_what_is_whitespace_and_nothing_else() {
        let general = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let s = format!("{c}审{c}a{c}{c}\u{3000}{c}");
            assert_eq!(
                super::without_whitespace(&s),
                general(&s),
                "U+{:04X}",
                c as u32
            );
        }
        for line in crate::test_seeds::seed_lines() {
            assert_eq!(super::without_whitespace(&line), general(&line));
        }
    }

    /// `find_chars` answers as `str::find` with the set: over every seed line and the lines'
    /// ends, for the sets the stages ask (ASCII and not, one to five characters).
    #[test]
    fn find_chars_is_str_find_with_the_set() {
        let sets: [&[char]; 7] = [
            &['|', '\t', ':', '：'],
            &['。', '；', ';'],
            &['。', '\n'],
            &['：'],
            &[':'],
            &['a', 'b', 'c', 'd', '。'],
            &[],
        ];
        let mut texts = crate::test_seeds::seed_lines();
        texts.extend(crate::test_seeds::line_ends());
        texts.extend(["", "：", "a：|", "。；;", "标 题 | 关于…的通知 |"].map(String::from));
        let mut found = 0;
        for t in &texts {
            for set in sets {
                let want = t.find(set);
                assert_eq!(super::find_chars(t, set), want, "{t:?} {set:?}");
                found += usize::from(want.is_some());
            }
        }
        assert!(found > 1000, "{found}");
    }

    #[test]
    fn page_numbers_on_their_own_line() {
        for t in ["1", "- 12 -", "—12—", "第3页", "第 3 页", "3/12", " 7 "] {
            assert!(super::is_page_number(t), "{t}");
        }
        for t in ["2023年", "一、", "12345", "3/", ""] {
            assert!(!super::is_page_number(t), "{t}");
        }
    }

    use super::*;

    /// `CjkSet::first_chars` holds exactly the first characters of its words (decoded by
    /// `str::chars`), for every character of the Basic Multilingual Plane; the words include
    /// ones of one, two and four bytes first and an empty one.
    #[test]
    fn first_chars_are_the_words_first_characters() {
        use crate::lexicon::data::label::{POST_ADVERBIALS, POST_STOP};
        let mixed: &[&str] = &["a", "é", "", "〔2024〕", "𠀋字", "一是"];
        for words in [POST_ADVERBIALS, POST_STOP, mixed] {
            let set = CjkSet::first_chars(words);
            for c in (0..=0xFFFF).filter_map(char::from_u32).chain(['𠀋']) {
                let listed = words.iter().any(|w| w.starts_with(c));
                assert_eq!(set.contains(c), listed, "{c:?} in {words:?}");
            }
        }
    }

    /// `CjkSet::last_chars` holds exactly the last characters of its words, for every character
    /// of the Basic Multilingual Plane (and one beyond it).
    #[test]
    fn last_chars_are_the_words_last_characters() {
        use crate::lexicon::data::chrome::VIEW_COUNTERS;
        let mixed: &[&str] = &["a", "é", "", "〔2024〕", "字𠀋", "一是"];
        for words in [VIEW_COUNTERS, mixed] {
            let set = CjkSet::last_chars(words);
            for c in (0..=0xFFFF).filter_map(char::from_u32).chain(['𠀋']) {
                let listed = words.iter().any(|w| w.ends_with(c));
                assert_eq!(set.contains(c), listed, "{c:?} in {words:?}");
            }
        }
    }

    /// The ends told from the bytes trim exactly what `str::trim` trims.
    #[test]
    fn trim_is_str_trim() {
        let mut texts = crate::test_seeds::seed_lines();
        texts.extend(crate::test_seeds::line_ends());
        for t in &texts {
            assert_eq!(trim(t), t.trim(), "{t:?}");
        }
    }

    /// One pass with a first-character filter finds a word exactly when a search per word does.
    #[test]
    fn any_of_is_a_search_per_word() {
        let lists: [&[&'static str]; 4] = [
            crate::lexicon::data::checks::SCOPE_WORDS,
            &["其中", "a", "上半年", "年"],
            &["\u{3ff}x", "\u{7ff}", "Ё"],
            &["", "其中"],
        ];
        let mut texts: Vec<String> = crate::test_seeds::seeds()
            .into_iter()
            .flat_map(|(_, t)| t.split('。').map(str::to_string).collect::<Vec<_>>())
            .collect();
        texts.extend(
            [
                "",
                "a",
                "\u{7ff}",
                "\u{3ff}x",
                "\u{3ff}",
                "截至上半",
                "上半年",
            ]
            .map(String::from),
        );
        for words in lists {
            let any = AnyOf::new(words);
            for t in &texts {
                let general = words.iter().any(|w| t.contains(w));
                assert_eq!(any.is_in(t), general, "{words:?} in {t:?}");
            }
        }
    }

    #[test]
    fn byte_loops_agree_with_the_standard_library() {
        let texts = ["网办率达", "达到", "", "平均每人", "人均办理平均", "a平均"];
        let words = ["达", "达到", "", "平均", "每", "均办", "a"];
        for s in texts {
            for w in words {
                assert_eq!(ends_with_str(s, w), s.ends_with(w), "{s} {w}");
                assert_eq!(starts_with_str(s, w), s.starts_with(w), "{s} {w}");
                assert_eq!(contains_str(s, w), s.contains(w), "{s} {w}");
            }
        }
    }

    #[test]
    fn find_str_and_contains_str_agree_with_str() {
        let s = "分别为12%、分别分别占比别分";
        for w in [
            "分别",
            "别",
            "占比",
            "别分",
            "分别为",
            "无",
            "",
            "分别分别",
            "分别为12%、分别分别占比别分多",
        ] {
            assert_eq!(find_str(s, w), s.find(w), "{w}");
            assert_eq!(contains_str(s, w), s.contains(w), "{w}");
        }
        assert_eq!(find_str("", "分别"), None);
    }

    /// The memchr search answers as `str::find` on real text: words of one to four characters
    /// taken from the seeds (so most are found, some many times, some overlapping themselves:
    /// 一一), plus ASCII words, searched in every line of the seeds.
    #[test]
    fn find_str_is_str_find_on_the_seeds() {
        let mut asked = 0;
        for (_, text) in crate::test_seeds::seeds() {
            let lines: Vec<&str> = text.lines().collect();
            for (k, line) in lines.iter().enumerate() {
                let next = lines[(k + 1) % lines.len()];
                let starts: Vec<usize> = next.char_indices().map(|(i, _)| i).step_by(7).collect();
                let mut words: Vec<&str> = vec!["一一", "%", "、", "12", "。", "件"];
                for &a in &starts {
                    for n in 1..=4 {
                        words.push(window(next, a, a + 3 * n));
                    }
                }
                for w in words {
                    asked += 1;
                    assert_eq!(find_str(line, w), line.find(w), "{w:?} in {line:?}");
                    assert_eq!(rfind_str(line, w), line.rfind(w), "{w:?} in {line:?}");
                }
            }
        }
        assert!(asked > 10_000);
    }

    #[test]
    fn word_list_helpers_answer_as_std() {
        let words = ["增长", "下降", "多", "全国平均水平", ""];
        for s in [
            "",
            "多",
            "增长",
            "同比增长",
            "长",
            "下降",
            "较上年下降",
            "全国平均水平",
            "平均水平",
            "a",
            "ab多",
            "增长了",
        ] {
            assert_eq!(is_one_of(s, &words), words.contains(&s), "{s}");
            for w in words {
                assert_eq!(strip_suffix_str(s, w), s.strip_suffix(w), "{s} {w}");
            }
        }
    }

    #[test]
    fn rfind_str_finds_what_rfind_finds() {
        let s = "分别为12%、分别分别占比别分";
        for w in ["分别", "别", "占比", "别分", "分别为", "无", "", "分别分别"] {
            assert_eq!(rfind_str(s, w), s.rfind(w), "{w}");
        }
        assert_eq!(rfind_str("", "分别"), None);
    }

    #[test]
    fn window_is_the_char_boundary_walk() {
        fn by_boundaries(s: &str, start: usize, end: usize) -> &str {
            let mut a = start.min(s.len());
            while a > 0 && !s.is_char_boundary(a) {
                a -= 1;
            }
            let mut b = end.min(s.len()).max(a);
            while b < s.len() && !s.is_char_boundary(b) {
                b += 1;
            }
            &s[a..b]
        }
        let mut texts = crate::test_seeds::seed_lines();
        texts.extend(["", "a", "é", "😀a😀", "每乡镇"].map(String::from));
        let mut asked = 0;
        for s in texts.iter().filter(|s| s.len() < 400) {
            for start in 0..=s.len() + 2 {
                for end in [
                    0,
                    start.saturating_sub(1),
                    start,
                    start + 1,
                    start + 5,
                    s.len() + 3,
                ] {
                    assert_eq!(window(s, start, end), by_boundaries(s, start, end), "{s:?}");
                    asked += 1;
                }
            }
        }
        assert!(asked > 50_000, "{asked}");
    }

    #[test]
    fn window_never_splits_a_char() {
        let s = "每乡镇";
        assert_eq!(window(s, 1, 4), "每乡");
        assert_eq!(window(s, 7, 100), "镇");
        assert_eq!(window(s, 50, 60), "");
    }

    #[test]
    fn small_numbers_round_trip() {
        for n in 1..=99 {
            assert_eq!(small_chinese_number(&chinese_number(n)), Some(n), "{n}");
        }
        assert_eq!(small_chinese_number("十四五"), None);
        assert_eq!(small_chinese_number("零"), None);
    }

    #[test]
    fn first_year_needs_nian() {
        assert_eq!(first_year("柳城县2023年法治政府"), Some(2023));
        assert_eq!(first_year("共12345件，2021年"), Some(2021));
        assert_eq!(first_year("1288户"), None);
    }
}
