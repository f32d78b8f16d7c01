//! Lines of the input with their byte ranges.

/// One line: `start..end` excludes the line break (`\n`, `\r\n` or a lone `\r`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    /// Start of the next line (after the break).
    pub next: usize,
}

impl Line {
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }
}

/// All lines, including empty ones; a final line without a break is included if non-empty.
pub fn lines(src: &str) -> Vec<Line> {
    let bytes = src.as_bytes();
    // Report lines run to a few dozen characters or more: room for most without regrowing.
    let mut out = Vec::with_capacity(src.len() / 64 + 1);
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Jump to the next line break (memchr is vectorised; lines are long).
        match memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
            Some(k) => i += k,
            None => break,
        }
        match bytes[i] {
            b'\n' => {
                out.push(Line {
                    start,
                    end: i,
                    next: i + 1,
                });
                i += 1;
                start = i;
            }
            b'\r' => {
                let next = if bytes.get(i + 1) == Some(&b'\n') {
                    i + 2
                } else {
                    i + 1
                };
                out.push(Line {
                    start,
                    end: i,
                    next,
                });
                i = next;
                start = i;
            }
            _ => i += 1,
        }
    }
    if start < bytes.len() {
        out.push(Line {
            start,
            end: bytes.len(),
            next: bytes.len(),
        });
    }
    out
}

/// The line trimmed of all kinds of whitespace (ASCII, NBSP, U+3000, EN SPACE …).
pub fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}' || c == '\u{200B}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_every_kind_of_line_break() {
        let src = "a\r\nb\rc\nd";
        let ls: Vec<&str> = lines(src).iter().map(|l| l.text(src)).collect();
        assert_eq!(ls, ["a", "b", "c", "d"]);
        assert_eq!(lines(src)[0].next, 3);
    }

    #[test]
    fn keeps_empty_lines() {
        let src = "a\n\nb\n";
        assert_eq!(lines(src).len(), 3);
    }
}
