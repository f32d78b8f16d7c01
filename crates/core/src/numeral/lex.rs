//! Tokens of a numeral: an Arabic number, a Chinese digit, a scale word, 点, an
//! approximation word. The grammar ([`super::compound`]) decides what they add up to.

use super::arabic::{self, Arabic};
use super::chars::{self, Kind, Word};

/// A big scale word as a token. 万亿 and 万万 are one token each, so that `二十万亿` has
/// the magnitude 万亿 (10¹²) and `四万万` the magnitude 万万 (10⁸).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Big {
    pub power: u8,
    /// Canonical simplified form (`萬億` → `万亿`).
    pub text: &'static str,
    /// 兆 is read only inside a number (五兆六十二亿): alone after a number it is the
    /// unit prefix of 兆瓦 / 兆帕, not 10¹².
    pub interior_only: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Token {
    Arabic(Arabic),
    Digit { value: u8, financial: bool },
    Liang,
    Zero,
    Small(u8),
    Big(Big),
    Point,
    Word(Word),
}

impl Token {
    /// True for tokens written with Chinese characters.
    pub fn is_chinese(&self) -> bool {
        !matches!(self, Token::Arabic(_))
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Lexed {
    pub token: Token,
    pub start: usize,
    pub end: usize,
}

/// The token starting exactly at `at`, if any.
pub(crate) fn lex(text: &str, at: usize) -> Option<Lexed> {
    let c = chars::char_at(text, at)?;
    let end = at + c.len_utf8();
    let token = match chars::kind(c) {
        Some(Kind::Digit { value, financial }) => Token::Digit { value, financial },
        Some(Kind::Liang) => Token::Liang,
        Some(Kind::Zero) => Token::Zero,
        // 千/百 starting a unit word (千瓦, 千米, 千克, 百帕) is the unit's prefix, not a scale:
        // 5千瓦 is five kilowatts, 120万千瓦 is 120万 kilowatts.
        Some(Kind::Small(_)) if starts_unit(text, at) => return None,
        Some(Kind::Small(p)) => Token::Small(p),
        Some(Kind::Big(p)) => return Some(lex_big(text, at, end, p)),
        Some(Kind::Point) => Token::Point,
        Some(Kind::Word(w)) => Token::Word(w),
        None => {
            let a = arabic::read(text, at)?;
            return Some(Lexed {
                token: Token::Arabic(a),
                start: at,
                end: a.end,
            });
        }
    };
    Some(Lexed {
        token,
        start: at,
        end,
    })
}

/// Whether a unit word that starts with a scale character begins at `at` (千瓦, 千米, 百帕:
/// `lexicon/numeral.toml`'s `scaled_units`).
fn starts_unit(text: &str, at: usize) -> bool {
    crate::lexicon::data::numeral::SCALED_UNITS
        .iter()
        .any(|u| text[at..].starts_with(u))
}

fn lex_big(text: &str, at: usize, end: usize, power: u8) -> Lexed {
    let big = |power, text, end| Lexed {
        token: Token::Big(Big {
            power,
            text,
            interior_only: power == 12 && text == "兆",
        }),
        start: at,
        end,
    };
    match power {
        4 => {
            let next = chars::char_at(text, end);
            match next.and_then(chars::kind) {
                Some(Kind::Big(8)) => big(12, "万亿", end + next.map_or(0, char::len_utf8)),
                Some(Kind::Big(4)) => big(8, "万万", end + next.map_or(0, char::len_utf8)),
                _ => big(4, "万", end),
            }
        }
        8 => big(8, "亿", end),
        _ => big(12, "兆", end),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some(l) = lex(text, pos) {
            out.push(l.token);
            pos = l.end;
        }
        out
    }

    #[test]
    fn stacked_scales_are_one_token() {
        let t = tokens("二十万亿");
        assert_eq!(t.len(), 3);
        assert!(matches!(
            t[2],
            Token::Big(Big {
                power: 12,
                text: "万亿",
                ..
            })
        ));
        let t = tokens("四萬萬");
        assert!(matches!(
            t[1],
            Token::Big(Big {
                power: 8,
                text: "万万",
                ..
            })
        ));
    }

    #[test]
    fn arabic_runs_are_one_token() {
        let t = tokens("3万4000");
        assert_eq!(t.len(), 3);
        assert!(matches!(t[2], Token::Arabic(a) if a.int_digits == 4));
    }

    #[test]
    fn zhao_is_marked_interior_only() {
        assert!(matches!(
            tokens("兆")[0],
            Token::Big(Big {
                interior_only: true,
                ..
            })
        ));
        assert!(matches!(
            tokens("亿")[0],
            Token::Big(Big {
                interior_only: false,
                ..
            })
        ));
    }
}
