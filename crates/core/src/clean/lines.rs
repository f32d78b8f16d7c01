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
    // Report lines run to a few dozen characters or more: room for most without regrowing.
    let mut out = Vec::with_capacity(src.len() / 64 + 1);
    out.extend(Lines::new(src));
    out
}

/// The lines of [`lines`] one at a time, from either end, for a caller that reads only the first
/// or the last few (a title among the first lines, a signature among the last): splitting a whole
/// report to look at eight lines reads every byte of it.
#[derive(Clone, Debug)]
pub struct Lines<'a> {
    bytes: &'a [u8],
    /// Start of the first line not yet taken from the front.
    front: usize,
    /// `next` of the last line not yet taken from the back (the end of the text at first).
    back: usize,
}

impl<'a> Lines<'a> {
    pub fn new(src: &'a str) -> Self {
        Lines {
            bytes: src.as_bytes(),
            front: 0,
            back: src.len(),
        }
    }
}

impl Iterator for Lines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        if self.front >= self.back {
            return None;
        }
        let start = self.front;
        // Jump to the next line break (memchr is vectorised; lines are long).
        let line = match memchr::memchr2(b'\n', b'\r', &self.bytes[start..self.back]) {
            Some(k) => {
                let end = start + k;
                let next = if self.bytes[end] == b'\r' && self.bytes.get(end + 1) == Some(&b'\n') {
                    end + 2
                } else {
                    end + 1
                };
                Line { start, end, next }
            }
            // The last line, without a break.
            None => Line {
                start,
                end: self.back,
                next: self.back,
            },
        };
        self.front = line.next;
        Some(line)
    }
}

impl DoubleEndedIterator for Lines<'_> {
    fn next_back(&mut self) -> Option<Line> {
        if self.front >= self.back {
            return None;
        }
        let next = self.back;
        // The break that ends the line, if any: only the text's last line may lack one, and a
        // `\r\n` is one break.
        let end = match self.bytes[next - 1] {
            b'\n' if next - 1 > self.front && self.bytes[next - 2] == b'\r' => next - 2,
            b'\n' | b'\r' => next - 1,
            _ => next,
        };
        let start = memchr::memrchr2(b'\n', b'\r', &self.bytes[self.front..end])
            .map_or(self.front, |k| self.front + k + 1);
        self.back = start;
        Some(Line { start, end, next })
    }
}

/// The line trimmed of all kinds of whitespace (ASCII, NBSP, U+3000, EN SPACE …).
pub fn trim(s: &str) -> &str {
    // Most lines start and end with an ideograph, printable ASCII or 。: nothing to trim.
    if crate::text::solid_ends(s) {
        return s;
    }
    trim_each(s)
}

/// [`trim`] character by character: the general path.
fn trim_each(s: &str) -> &str {
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

    /// The split as `lines` made it before `Lines` existed, one pass over the whole text.
    fn split_whole(src: &str) -> Vec<Line> {
        let bytes = src.as_bytes();
        let mut out = Vec::new();
        let (mut start, mut i) = (0, 0);
        while i < bytes.len() {
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
                    let next = i + 1 + usize::from(bytes.get(i + 1) == Some(&b'\n'));
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

    #[test]
    fn lines_from_either_end_are_the_same_lines() {
        // Every text of up to six characters over a, \r and \n: taken from the front, from the
        // back and alternately, the lines are those of the forward split.
        let alphabet = ['a', '\r', '\n'];
        for len in 0..=6u32 {
            for mut code in 0..3usize.pow(len) {
                let mut src = String::new();
                for _ in 0..len {
                    src.push(alphabet[code % 3]);
                    code /= 3;
                }
                let forward: Vec<Line> = Lines::new(&src).collect();
                assert_eq!(forward, split_whole(&src), "{src:?}");
                let mut backward: Vec<Line> = Lines::new(&src).rev().collect();
                backward.reverse();
                assert_eq!(forward, backward, "{src:?}");
                let mut both = Lines::new(&src);
                let (mut head, mut tail) = (Vec::new(), Vec::new());
                while let Some(l) = both.next() {
                    head.push(l);
                    let Some(l) = both.next_back() else { break };
                    tail.push(l);
                }
                tail.reverse();
                head.extend(tail);
                assert_eq!(forward, head, "{src:?}");
            }
        }
        for (name, text) in crate::test_seeds::seeds() {
            assert_eq!(lines(&text), split_whole(&text), "{name}");
        }
    }

    /// The ends told from the bytes trim exactly what trimming each character trims.
    #[test]
    fn trim_is_the_general_trim() {
        let mut texts: Vec<String> = crate::test_seeds::seeds()
            .into_iter()
            .flat_map(|(_, t)| {
                lines(&t)
                    .iter()
                    .map(|l| l.text(&t).to_string())
                    .collect::<Vec<_>>()
            })
            .collect();
        texts.extend(crate::test_seeds::line_ends());
        for t in &texts {
            assert_eq!(trim(t), trim_each(t), "{t:?}");
        }
    }

    #[test]
    fn keeps_empty_lines() {
        let src = "a\n\nb\n";
        assert_eq!(lines(src).len(), 3);
    }
}
