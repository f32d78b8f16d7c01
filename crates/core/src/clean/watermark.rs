//! Watermarks of document-sharing sites, repeated inside the text
//! (`秘书之家—全网资源每日更新www.mishuzj.com`, even in the middle of a word).
//!
//! A web address that occurs at least twice, together with the words before it that every
//! occurrence shares, is page furniture, not report text. Addresses that occur once (a report
//! may cite 中国政府网 www.gov.cn) are left alone.

use crate::span::Span;
use foldhash::{HashMap, HashMapExt};

/// Characters of a web address.
fn in_address(b: u8) -> bool {
    b.is_ascii_alphanumeric()
        || matches!(
            b,
            b'.' | b'/' | b':' | b'_' | b'-' | b'?' | b'=' | b'&' | b'%'
        )
}

/// At most this many characters before an address can belong to the watermark.
const MAX_PREFIX_CHARS: usize = 20;

/// Input spans of every occurrence of a repeated watermark.
pub fn find(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    // Each address (www.… or http…) with its occurrences' start offsets.
    let mut by_address: HashMap<&str, Vec<usize>> = HashMap::new();
    // The searchers are built once: building one costs about as much as searching a report.
    static WWW: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    static HTTP: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let www = WWW.get_or_init(|| memchr::memmem::Finder::new(b"www."));
    let http = HTTP.get_or_init(|| memchr::memmem::Finder::new(b"http"));
    let mut hits: Vec<usize> = www.find_iter(bytes).chain(http.find_iter(bytes)).collect();
    crate::sort::ascending(&mut hits);
    let mut covered = 0;
    for p in hits {
        if p < covered {
            continue; // inside the previous address (http://www.…)
        }
        let start = (0..p)
            .rev()
            .take_while(|&k| in_address(bytes[k]))
            .last()
            .unwrap_or(p);
        let end = (p..bytes.len())
            .take_while(|&k| in_address(bytes[k]))
            .last()
            .map_or(p, |k| k + 1);
        if end > start + 6 {
            by_address.entry(&text[start..end]).or_default().push(start);
        }
        covered = end;
    }
    let mut out = Vec::new();
    for (address, starts) in by_address {
        if starts.len() < 2 {
            continue;
        }
        // The words before the address that all occurrences share (read backwards).
        let prefixes: Vec<Vec<char>> = starts
            .iter()
            .map(|&s| {
                text[..s]
                    .chars()
                    .rev()
                    .take(MAX_PREFIX_CHARS)
                    .take_while(|c| !matches!(c, '。' | '\n'))
                    .collect()
            })
            .collect();
        let shared = (0..MAX_PREFIX_CHARS)
            .take_while(|&k| {
                prefixes
                    .iter()
                    .all(|p| p.get(k).is_some_and(|c| *c == prefixes[0][k]))
            })
            .count();
        let prefix_bytes: usize = prefixes[0][..shared].iter().map(|c| c.len_utf8()).sum();
        for &s in &starts {
            out.push(Span::new(s - prefix_bytes, s + address.len()));
        }
    }
    crate::sort::ascending(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_site_watermark_goes_with_its_words() {
        let t = "秘书之家—全网资源每日更新www.mishuzj.com湖北省人民政府关于2023年度法治政府建设情况的报告。二是扛牢法治建设第一秘书之家—全网资源每日更新www.mishuzj.com责任人职责。";
        let spans = find(t);
        assert_eq!(spans.len(), 2);
        for s in spans {
            assert_eq!(s.slice(t), "秘书之家—全网资源每日更新www.mishuzj.com");
        }
    }

    #[test]
    fn an_address_cited_once_stays() {
        assert!(find("登录中国政府网www.gov.cn查询。").is_empty());
    }
}
