//! The regular shapes in report text: codes whose digits are no quantities (URLs, e-mail
//! addresses, phone numbers, hotlines, document numbers) and the shape of a chrome line's date.
//!
//! These are regular languages, so they are written as regular expressions, as data:
//! `lexicon/patterns/<name>.regex`. build.rs compiles each into a forward and a reverse DFA
//! (regex-automata); here they are only deserialised (once) and searched, one table step per
//! byte, with no regex compiler in the wasm bundle (ARCHITECTURE.md, "Decisions"). The codes
//! are found in one pass over the whole text ([`codes`]); the metrics stage skips every numeral
//! inside one.

use crate::span::Span;
use regex_automata::dfa::{dense::DFA, regex::Regex};
use regex_automata::{Anchored, Input};
use std::sync::OnceLock;

type Compiled = Regex<DFA<&'static [u32]>>;

/// The bytes of a serialised DFA, aligned as a dense DFA's transition table needs (u32).
#[repr(C)]
struct Aligned<B: ?Sized> {
    _align: [u32; 0],
    bytes: B,
}

/// Deserialises a pattern's two DFAs (written by build.rs, little-endian like every target).
fn load(forward: &'static [u8], reverse: &'static [u8]) -> Compiled {
    let dfa = |bytes: &'static [u8]| match DFA::from_bytes(bytes) {
        Ok((dfa, _)) => dfa,
        Err(e) => panic!("a lexicon pattern built by build.rs does not load: {e}"),
    };
    Regex::builder().build_from_dfas(dfa(forward), dfa(reverse))
}

macro_rules! pattern {
    ($name:literal) => {{
        static RE: OnceLock<Compiled> = OnceLock::new();
        static FWD: &Aligned<[u8]> = &Aligned {
            _align: [],
            bytes: *include_bytes!(concat!(env!("OUT_DIR"), "/patterns/", $name, ".fwd")),
        };
        static REV: &Aligned<[u8]> = &Aligned {
            _align: [],
            bytes: *include_bytes!(concat!(env!("OUT_DIR"), "/patterns/", $name, ".rev")),
        };
        RE.get_or_init(|| load(&FWD.bytes, &REV.bytes))
    }};
}

/// The characters a code can hold (`patterns/codes.regex`, read by build.rs), sorted. Every
/// code also holds an ASCII letter or digit (build.rs checks; the build fails otherwise).
const CODES_ALPHABET: &[char] = match include!(concat!(env!("OUT_DIR"), "/patterns/codes.alphabet.rs")) {
    Some((true, alphabet)) => alphabet,
    _ => panic!("patterns/codes.regex: every code must hold an ASCII letter or digit, from a bounded alphabet"),
};

/// The ASCII part of [`CODES_ALPHABET`] as a bit set.
const CODES_ASCII: u128 = {
    let mut bits = 0u128;
    let mut i = 0;
    while i < CODES_ALPHABET.len() {
        let c = CODES_ALPHABET[i] as u32;
        if c < 128 {
            bits |= 1 << c;
        }
        i += 1;
    }
    bits
};

/// The part of [`CODES_ALPHABET`] in the CJK block (U+4E00–U+9FFF) as a bit set: the
/// characters next to a figure are mostly Han characters, and mostly not in the alphabet.
static CODES_HAN: [u64; HAN_WORDS] = {
    let mut bits = [0u64; HAN_WORDS];
    let mut i = 0;
    while i < CODES_ALPHABET.len() {
        let c = CODES_ALPHABET[i] as u32;
        if c >= HAN_FIRST && c < HAN_FIRST + 64 * HAN_WORDS as u32 {
            let k = (c - HAN_FIRST) as usize;
            bits[k / 64] |= 1 << (k % 64);
        }
        i += 1;
    }
    bits
};
const HAN_FIRST: u32 = 0x4E00;
const HAN_WORDS: usize = (0xA000 - 0x4E00) / 64;

fn in_codes_alphabet(c: char) -> bool {
    let k = c as u32;
    if k < 128 {
        CODES_ASCII >> k & 1 == 1
    } else if let Some(bits) = CODES_HAN.get((k.wrapping_sub(HAN_FIRST) / 64) as usize) {
        bits >> ((k - HAN_FIRST) % 64) & 1 == 1
    } else {
        CODES_ALPHABET.binary_search(&c).is_ok()
    }
}

/// The codes of `text` (`patterns/codes.regex`), in order, not overlapping. A match that starts
/// or ends inside a longer run of digits is not a code (`2312345热线` is a number before a word,
/// `138001380001` is no mobile number).
///
/// No code crosses a character outside the pattern's alphabet, and every code holds an ASCII
/// letter or digit, so only the runs of alphabet characters around ASCII letters and digits
/// are searched, each on its own: the same codes as one search of the whole text (the pattern
/// has no look-around), without walking the DFA over every character of the report.
pub fn codes(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let re = pattern!("codes");
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(p) = next_ascii_alphanumeric(bytes, at) {
        let start = p - text[at..p]
            .chars()
            .rev()
            .take_while(|&c| in_codes_alphabet(c))
            .map(char::len_utf8)
            .sum::<usize>();
        let end = p + text[p..]
            .chars()
            .take_while(|&c| in_codes_alphabet(c))
            .map(char::len_utf8)
            .sum::<usize>();
        out.extend(
            re.find_iter(&bytes[start..end])
                .map(|m| (start + m.start(), start + m.end()))
                .filter(|&(s, e)| {
                    let glued_before = digit_at(s) && s > 0 && digit_at(s - 1);
                    let glued_after = e > 0 && digit_at(e - 1) && digit_at(e);
                    !glued_before && !glued_after
                })
                .map(|(s, e)| Span::new(s, e)),
        );
        at = end.max(p + 1);
    }
    out
}

/// The first ASCII letter or digit of `bytes` at or after `from`. Report text is mostly CJK,
/// whose bytes all have the high bit set: eight of them are passed over at once.
fn next_ascii_alphanumeric(bytes: &[u8], from: usize) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while i < bytes.len() {
        if let Some(word) = bytes.get(i..i + 8) {
            let word = u64::from_le_bytes(word.try_into().unwrap_or([0; 8]));
            let ascii = !word & HIGH;
            if ascii == 0 {
                i += 8;
                continue;
            }
            // On to the first ASCII byte of the eight.
            i += (ascii.trailing_zeros() / 8) as usize;
        }
        if bytes[i].is_ascii_alphanumeric() {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The year, month and day at the start of `s` (`patterns/chrome_date.regex`), when it reads as
/// a date between 1949 and 2100 and no digit follows the day.
pub fn date_ymd(s: &str) -> Option<(u32, u32, u32)> {
    let m = pattern!("chrome_date").find(Input::new(s).anchored(Anchored::Yes))?;
    if s.as_bytes().get(m.end()).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let mut n = s[..m.end()]
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .map(|p| p.parse::<u32>().ok());
    let (y, m, d) = (n.next()??, n.next()??, n.next()??);
    ((1949..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then_some((y, m, d))
}

/// Whether a whole line, folded and with its spaces left out, is a page's own chrome: a running
/// header or page label (`Page2-政府工作报告`, `P.2`) or a page number set off by dashes or
/// written out (`-3-`, `第4页共10页`) — `patterns/page_chrome.regex`.
pub fn page_chrome(compact: &str) -> bool {
    pattern!("page_chrome")
        .find(Input::new(compact).anchored(Anchored::Yes))
        .is_some_and(|m| m.end() == compact.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        codes(text).into_iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn urls_mails_and_phones() {
        assert_eq!(
            found("详见www.12348.gov.cn或http://sfj.example.gov.cn/2024/0312.html。"),
            [
                "www.12348.gov.cn",
                "http://sfj.example.gov.cn/2024/0312.html"
            ]
        );
        assert_eq!(found("邮箱lcxsfj2024@163.com"), ["lcxsfj2024@163.com"]);
        assert_eq!(
            found("电话：0771-1234567，（0772）7212345"),
            ["0771-1234567", "（0772）7212345"]
        );
        assert_eq!(found("咨询电话：13800138000"), ["电话：13800138000"]);
        // Eleven digits alone are not taken for a phone; neither is a longer run.
        assert!(found("投入13500000000元").is_empty());
        assert!(found("电话138001380001").is_empty());
    }

    #[test]
    fn hotlines_and_document_numbers() {
        assert_eq!(found("拨打12345热线"), ["12345热线"]);
        assert_eq!(found("办理12345”政务服务便民热线"), ["12345”政务"]);
        assert_eq!(found("开通“12348”"), ["“12348”"]);
        assert_eq!(found("厅字〔2019〕28号"), ["〔2019〕28号"]);
        assert_eq!(found("柳政办发[2021]3号"), ["[2021]3号"]);
        assert_eq!(found("第5号令"), ["第5号"]);
        // A count before a word is no hotline.
        assert!(found("受理2312345热线").is_empty());
        assert!(found("办理案件123件").is_empty());
    }

    #[test]
    fn page_chrome_lines() {
        for line in [
            "Page2-政府工作报告",
            "Page3of10",
            "PAGE12",
            "P.2",
            "-3-",
            "—12—",
            "第4页",
            "第4页共10页",
            "共10页第4页",
        ] {
            assert!(page_chrome(line), "{line}");
        }
        // Alone on a line, a number or a fraction can be a flattened table's cell; P2 a figure.
        for line in ["12", "3/12", "P2", "第4页的表格", "Pages", "-", "2024年"] {
            assert!(!page_chrome(line), "{line}");
        }
    }

    #[test]
    fn chrome_dates() {
        assert_eq!(date_ymd("2026/2/13 09:53"), Some((2026, 2, 13)));
        assert_eq!(date_ymd("2024年3月28日"), Some((2024, 3, 28)));
        assert_eq!(date_ymd("2026.02.13"), Some((2026, 2, 13)));
        assert_eq!(date_ymd("13/2/2026"), None);
        assert_eq!(date_ymd("2026-13-01"), None);
        assert_eq!(date_ymd("2026-02-133"), None);
    }
}
