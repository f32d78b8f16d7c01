//! The grammar of one number: Arabic, Chinese or mixed, with scales, zeros, a decimal part,
//! a trailing magnitude and an approximation word.
//!
//! A number is read token by token into a small state: completed 万/亿 groups, the current
//! section below 万, and a pending digit waiting for its scale. After every token we note
//! whether the state is a complete number; when the next token does not fit we fall back to
//! the last complete one (`一百两` → 一百: 两 is the weight unit). Chinese numeral characters
//! that touch but cannot form one number (`十四五`, `二三十`, `两两`) give no number at all:
//! a prefix of them would be a wrong value, not a shorter right one.
//!
//! Rules worth knowing:
//! - zero: 零 marks a gap, so the next digit is read at its own place (一万零十二 = 10012,
//!   一千零十 = 1010, 五亿零六 = 500000006);
//! - abbreviation: a final Chinese digit right after a scale means the next place down
//!   (一千三 = 1300, 九十二万四 = 924000, 十五 = 15);
//! - stacking: a big scale multiplies everything smaller written before it (二十万亿 = 2×10¹³,
//!   一万五千亿 = 1.5×10¹², 四万万 = 4×10⁸);
//! - mixed: Arabic multipliers (3万, 25万6千, 5亿1万4千6百) and Arabic remainders that fill
//!   their place exactly (3万4000, 1千零20), but not a remainder that looks like a date
//!   (`57万2025年` keeps 57万); a magnitude after an approximation word scales only the part
//!   after the last group (1亿3千多万 = 1亿 + 3千多万: 13000 多 万);
//! - digit sequences: 二〇二三 = 2023 when the run has a 〇/零 or at least four digits;
//!   shorter runs (三五, 一二三) are ranges or lists, not numbers.
//!
//! Approximation words end the number (a magnitude may still follow: 10余万, 二十几万):
//! - 余 after any integer or magnitude (1500余, 十余, 9万余, 32亿余); not after a decimal
//!   (3.5余), an abbreviated digit (一万三余) or before 额 (余额 is a balance).
//! - 多 only after a round number: one ending in a scale word (二十多, 一百多, 3万多) or an
//!   Arabic integer of two or more digits ending in 0 (20多). Chinese puts approximate 多
//!   there and nowhere else (three-odd is 三个多, with 多 after the classifier), while after
//!   other numbers 多 starts a word (五多措并举, 3多元化, 12多部门). After a round number it is
//!   the approximation even when 多X is a word: 20多项 is twenty-odd items with the
//!   classifier 项, since "20 multiple-items" is not Chinese.
//! - 几 after 十 (十几, 二十几), after 零 (一百零几万) or a round Arabic number (20几); not
//!   in 几乎 (almost).
//! - 来 after 十/百/千 or a round Arabic number (二十来个, 10来年); not in a word starting
//!   with 来 (来看, 来说, 来自 …).

use super::arabic::Arabic;
use super::chars::{self, Word};
use super::lex::{self, Big, Lexed, Token};
use super::{Approx, Magnitude};
use crate::decimal::Decimal;
// Characters after an Arabic remainder that make it a date or a time, not a remainder
// (`57万2025年`, `3万2023-`), and characters after 来 that make it a verb, not "about"
// (从这一点来看, 二十来自…): `lexicon/numeral.toml`.
use crate::lexicon::data::numeral::{
    DATE_FOLLOWER_CHARS as DATE_FOLLOWERS, LAI_VERB_CHARS as LAI_WORDS,
};

/// A number read by the grammar, before prefixes (负, 百分之) and fractions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Compound {
    pub end: usize,
    pub value: Decimal,
    pub magnitude: Option<(Magnitude, usize)>,
    pub approx: Option<Approx>,
    pub chinese: bool,
    pub digit_sequence: bool,
}

/// Reads the number starting exactly at `at`.
pub(crate) fn read(text: &str, at: usize) -> Option<Compound> {
    let mut st = State::new();
    let mut pos = at;
    let mut committed: Option<Compound> = None;
    loop {
        let (start, spaced) = if st.prev == Prev::Start {
            (pos, false)
        } else {
            match chars::skip_spaces(text, pos) {
                Some(p) => (p, p != pos),
                None => break,
            }
        };
        let Some(lx) = lex::lex(text, start) else {
            break;
        };
        match lx.token {
            Token::Point => match st.decimal_part(text, &lx) {
                Some(done) => return Some(done),
                None => break,
            },
            Token::Word(word) => match st.approximation(text, &lx, word) {
                Some(done) => return Some(done),
                None => break,
            },
            _ => {}
        }
        let prev_arabic = st.prev == Prev::Arabic;
        let prev_start = st.prev == Prev::Start;
        let before = st;
        if st.step(text, &lx, spaced).is_err() {
            st = before;
            // Touching Chinese numerals that do not make one number: no number at all.
            if !spaced && lx.token.is_chinese() && !prev_arabic && !prev_start {
                return None;
            }
            break;
        }
        pos = lx.end;
        match st.finish() {
            Finish::Done(f) => committed = Some(st.compound(f, pos)),
            Finish::NotYet | Finish::Invalid => {}
        }
    }
    if matches!(st.finish(), Finish::Invalid) {
        return None;
    }
    committed
}

/// The kind of the last token read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prev {
    Start,
    Digit,
    Arabic,
    Zero,
    Small(u8),
    Big(u8),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum PendingKind {
    Chinese {
        liang: bool,
        financial: bool,
    },
    /// 零 as the first token: 零点五, 零十 (RT reads it as 10), 〇五.
    StartZero,
    Arabic(Arabic),
}

/// A digit or Arabic number whose place is not known yet.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Pending {
    value: Decimal,
    kind: PendingKind,
    /// The token before it.
    after: Prev,
    /// A 零 came between the last scale and this digit.
    after_zero: bool,
    /// Power of the last scale before it (for remainders after 零: 1千零20).
    scale_before: u8,
    spaced: bool,
    /// An Arabic number followed by 年/月/日/-…: never a remainder.
    date_follows: bool,
}

/// The last token was a big scale: the number may end with a magnitude.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Trail {
    /// What the scale multiplies, as written (`23.07` in 23.07亿).
    multiplier: Decimal,
    /// Groups above it (`5亿` in 5亿1万).
    higher: Decimal,
    big: Big,
    at: usize,
}

/// A run of digits read as a sequence (二〇二三).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Seq {
    value: Decimal,
    len: u32,
    zero: bool,
}

struct Finished {
    value: Decimal,
    magnitude: Option<(Magnitude, usize)>,
}

enum Finish {
    Done(Finished),
    /// Not a complete number yet (a trailing 零, a final 两 after a scale).
    NotYet,
    /// A digit run that is not a number (三五, 一二三).
    Invalid,
}

/// A token that does not fit here.
struct Misfit;

#[derive(Clone, Copy, Debug)]
struct State {
    /// Completed 万/亿/兆 groups, powers strictly decreasing (at most 10¹², 10⁸, 10⁴).
    groups: [(Decimal, u8); 3],
    n_groups: usize,
    /// The part below 万 of the current group.
    section: Decimal,
    /// Power of the last 十/百/千 in the section (0 = none yet).
    last_small: u8,
    /// Power of the last scale of any size.
    last_scale: u8,
    pending: Option<Pending>,
    zero: bool,
    prev: Prev,
    trail: Option<Trail>,
    chinese: bool,
    seq: Option<Seq>,
}

fn add(a: Decimal, b: Decimal) -> Decimal {
    // Keeps the written scale of a lone term (23.10 stays 23.10).
    if a.is_zero() {
        b
    } else if b.is_zero() {
        a
    } else {
        a.add(&b)
    }
}

fn pow10(power: u8) -> Decimal {
    Decimal::from_int(1).shift(power as u32)
}

impl State {
    fn new() -> Self {
        State {
            groups: [(Decimal::ZERO, 0); 3],
            n_groups: 0,
            section: Decimal::ZERO,
            last_small: 0,
            last_scale: 0,
            pending: None,
            zero: false,
            prev: Prev::Start,
            trail: None,
            chinese: false,
            seq: None,
        }
    }

    fn groups_sum(&self) -> Decimal {
        self.groups[..self.n_groups]
            .iter()
            .fold(Decimal::ZERO, |acc, g| add(acc, g.0))
    }

    fn compound(&self, f: Finished, end: usize) -> Compound {
        Compound {
            end,
            value: f.value,
            magnitude: f.magnitude,
            approx: None,
            chinese: self.chinese,
            digit_sequence: self.seq.is_some(),
        }
    }

    /// Applies one token (not 点 or an approximation word).
    fn step(&mut self, text: &str, lx: &Lexed, spaced: bool) -> Result<(), Misfit> {
        if let Some(seq) = self.seq.as_mut() {
            // Only plain digits continue a sequence, and only touching.
            let d = match lx.token {
                Token::Digit {
                    value,
                    financial: false,
                } => value,
                Token::Zero => 0,
                _ => return Err(Misfit),
            };
            if spaced {
                return Err(Misfit);
            }
            seq.value = seq.value.mul_int(10).add(&Decimal::from_int(d as i64));
            seq.len += 1;
            seq.zero |= d == 0;
            return Ok(());
        }
        self.trail = None;
        match lx.token {
            Token::Digit { value, financial } => self.digit(value, financial, false, spaced)?,
            Token::Liang => self.digit(2, false, true, spaced)?,
            Token::Zero => self.zero_token()?,
            Token::Arabic(a) => self.arabic(text, a, spaced)?,
            Token::Small(power) => self.small(power)?,
            Token::Big(big) => self.big(big, lx.start)?,
            Token::Point | Token::Word(_) => return Err(Misfit),
        }
        if lx.token.is_chinese() && !matches!(lx.token, Token::Big(_)) {
            self.chinese = true;
        }
        Ok(())
    }

    fn digit(
        &mut self,
        value: u8,
        financial: bool,
        liang: bool,
        spaced: bool,
    ) -> Result<(), Misfit> {
        if let Some(p) = self.pending {
            // Two digits in a row: only a sequence at the very start (二〇二三, 一九九八).
            let first = match p.kind {
                PendingKind::StartZero => Some(0),
                PendingKind::Chinese {
                    liang: false,
                    financial: false,
                } if p.after == Prev::Start => p.value.to_i64(),
                _ => None,
            };
            match first {
                Some(f) if !liang && !financial && !spaced => {
                    self.seq = Some(Seq {
                        value: Decimal::from_int(f * 10 + value as i64),
                        len: 2,
                        zero: f == 0,
                    });
                    self.pending = None;
                    self.prev = Prev::Digit;
                    return Ok(());
                }
                _ => return Err(Misfit),
            }
        }
        self.pending = Some(Pending {
            value: Decimal::from_int(value as i64),
            kind: PendingKind::Chinese { liang, financial },
            after: self.prev,
            after_zero: self.zero,
            scale_before: self.last_scale,
            spaced,
            date_follows: false,
        });
        self.prev = Prev::Digit;
        Ok(())
    }

    fn zero_token(&mut self) -> Result<(), Misfit> {
        match (self.prev, self.pending) {
            (Prev::Start, _) => {
                self.pending = Some(Pending {
                    value: Decimal::ZERO,
                    kind: PendingKind::StartZero,
                    after: Prev::Start,
                    after_zero: false,
                    scale_before: 0,
                    spaced: false,
                    date_follows: false,
                });
            }
            (Prev::Digit, Some(p))
                if p.after == Prev::Start
                    && matches!(
                        p.kind,
                        PendingKind::Chinese {
                            liang: false,
                            financial: false
                        }
                    ) =>
            {
                let f = p.value.to_i64().unwrap_or(0);
                self.seq = Some(Seq {
                    value: Decimal::from_int(f * 10),
                    len: 2,
                    zero: true,
                });
                self.pending = None;
            }
            (Prev::Small(_) | Prev::Big(_) | Prev::Zero, None) => self.zero = true,
            _ => return Err(Misfit),
        }
        self.prev = Prev::Zero;
        Ok(())
    }

    fn arabic(&mut self, text: &str, a: Arabic, spaced: bool) -> Result<(), Misfit> {
        if self.pending.is_some() {
            return Err(Misfit);
        }
        let date_follows = chars::char_at(text, a.end).is_some_and(|c| DATE_FOLLOWERS.contains(&c));
        self.pending = Some(Pending {
            value: a.value,
            kind: PendingKind::Arabic(a),
            after: self.prev,
            after_zero: self.zero,
            scale_before: self.last_scale,
            spaced,
            date_follows,
        });
        self.prev = Prev::Arabic;
        Ok(())
    }

    /// 十 / 百 / 千: multiplies the pending digit into the section.
    fn small(&mut self, power: u8) -> Result<(), Misfit> {
        if self.last_small != 0 && power >= self.last_small {
            return Err(Misfit);
        }
        let multiplier = match self.pending {
            Some(p) => match p.kind {
                PendingKind::StartZero if power == 1 => Decimal::from_int(1),
                PendingKind::StartZero => return Err(Misfit),
                PendingKind::Chinese { .. } => p.value,
                // An Arabic multiplier of 十/百/千 is one digit (4千6百), never 20十.
                PendingKind::Arabic(a) if a.int_digits == 1 && !a.grouped => a.value,
                PendingKind::Arabic(_) => return Err(Misfit),
            },
            // 十 stands alone at the start and after 零 (十五, 一百零十万); 百/千 never do.
            None if power == 1 && matches!(self.prev, Prev::Start | Prev::Zero) => {
                Decimal::from_int(1)
            }
            None => return Err(Misfit),
        };
        if multiplier.is_zero() {
            return Err(Misfit);
        }
        self.section = add(self.section, multiplier.shift(power as u32));
        self.last_small = power;
        self.last_scale = power;
        self.pending = None;
        self.zero = false;
        self.prev = Prev::Small(power);
        Ok(())
    }

    /// 万 / 亿 / 万亿 / 兆: closes a group.
    fn big(&mut self, big: Big, at: usize) -> Result<(), Misfit> {
        let power = big.power;
        let mut multiplier = self.section;
        let mut written = !self.section.is_zero();
        if let Some(p) = self.pending {
            let part = match p.kind {
                PendingKind::StartZero => return Err(Misfit),
                PendingKind::Chinese { .. } => match p.after {
                    // 一千三万 is not a number people write; 二十三万 is.
                    Prev::Small(s) if s >= 2 && !p.after_zero => return Err(Misfit),
                    _ => p.value,
                },
                PendingKind::Arabic(a) => match p.after {
                    Prev::Start => a.value,
                    Prev::Big(higher) => {
                        // 5亿1万, 1亿2000万: the part must fit below the group above.
                        if power >= higher || a.value >= pow10(higher - power) {
                            return Err(Misfit);
                        }
                        a.value
                    }
                    _ => self.remainder(&p).ok_or(Misfit)?,
                },
            };
            multiplier = add(multiplier, part);
            written = true;
        }
        if self.zero && self.pending.is_none() {
            return Err(Misfit);
        }
        // Pop the smaller groups: a big scale multiplies everything smaller before it.
        while self.n_groups > 0 && self.groups[self.n_groups - 1].1 < power {
            self.n_groups -= 1;
            multiplier = add(self.groups[self.n_groups].0, multiplier);
            written = true;
        }
        if !written || multiplier.is_zero() {
            return Err(Misfit);
        }
        if self.n_groups > 0 && self.groups[self.n_groups - 1].1 == power {
            return Err(Misfit);
        }
        if self.n_groups == self.groups.len() {
            return Err(Misfit);
        }
        let higher = self.groups_sum();
        self.groups[self.n_groups] = (multiplier.shift(power as u32), power);
        self.n_groups += 1;
        self.trail = Some(Trail {
            multiplier,
            higher,
            big,
            at,
        });
        self.section = Decimal::ZERO;
        self.last_small = 0;
        self.last_scale = power;
        self.pending = None;
        self.zero = false;
        self.prev = Prev::Big(power);
        Ok(())
    }

    /// An Arabic number after a scale, taken literally: it must fill the places below the
    /// scale exactly (3万4000, 2千300) or, after 零, fit below them (1千零20).
    fn remainder(&self, p: &Pending) -> Option<Decimal> {
        let PendingKind::Arabic(a) = p.kind else {
            return None;
        };
        if p.spaced || p.date_follows || a.point || a.grouped {
            return None;
        }
        let fits = if p.after_zero {
            a.int_digits < p.scale_before as u32
        } else {
            a.int_digits == p.scale_before as u32
        };
        fits.then_some(a.value)
    }

    /// What the pending digit adds when the number ends here.
    fn final_part(&self, p: &Pending) -> Option<Decimal> {
        match p.kind {
            PendingKind::StartZero => Some(Decimal::ZERO),
            PendingKind::Chinese { liang, .. } => {
                if p.after == Prev::Start {
                    return Some(p.value);
                }
                if liang {
                    return None;
                }
                if p.after_zero {
                    return Some(p.value);
                }
                match p.after {
                    Prev::Small(s) => Some(p.value.shift(s as u32 - 1)),
                    Prev::Big(b) => Some(p.value.shift(b as u32 - 1)),
                    _ => None,
                }
            }
            PendingKind::Arabic(a) => match p.after {
                Prev::Start => Some(a.value),
                _ => self.remainder(p),
            },
        }
    }

    fn finish(&self) -> Finish {
        if let Some(seq) = self.seq {
            return if seq.zero || seq.len >= 4 {
                Finish::Done(Finished {
                    value: seq.value,
                    magnitude: None,
                })
            } else {
                Finish::Invalid
            };
        }
        if let Some(t) = self.trail {
            if t.big.interior_only {
                return Finish::NotYet;
            }
            let value = if t.higher.is_zero() {
                t.multiplier
            } else {
                t.higher.unshift(t.big.power as u32).add(&t.multiplier)
            };
            let magnitude = Magnitude {
                text: t.big.text,
                power: t.big.power as u32,
            };
            return Finish::Done(Finished {
                value,
                magnitude: Some((magnitude, t.at)),
            });
        }
        let base = add(self.groups_sum(), self.section);
        match self.pending {
            None if self.zero || self.prev == Prev::Start => Finish::NotYet,
            None => Finish::Done(Finished {
                value: base,
                magnitude: None,
            }),
            Some(p) => match self.final_part(&p) {
                Some(part) => Finish::Done(Finished {
                    value: add(base, part),
                    magnitude: None,
                }),
                None => Finish::NotYet,
            },
        }
    }

    /// 点 after a Chinese integer: 三点五, 两千万点五五四四, 四百亿点零五零. Reads the decimal
    /// digits, then an optional magnitude (三点五万) and 余/多 after it. `None` when 点 is not
    /// a decimal point here (20点 is a time, 一点两小时 is "one point").
    fn decimal_part(&self, text: &str, point: &Lexed) -> Option<Compound> {
        if matches!(self.prev, Prev::Start | Prev::Arabic) || self.seq.is_some() {
            return None;
        }
        let Finish::Done(f) = self.finish() else {
            return None;
        };
        let integer = match f.magnitude {
            Some((m, _)) => f.value.shift(m.power),
            None => f.value,
        };
        let mut pos = chars::skip_spaces(text, point.end)?;
        let mut mantissa: i128 = 0;
        let mut digits = 0u32;
        while let Some(lx) = lex::lex(text, pos) {
            let d = match lx.token {
                Token::Digit { value, .. } => value,
                Token::Zero => 0,
                _ => break,
            };
            if digits < 12 {
                mantissa = mantissa * 10 + d as i128;
                digits += 1;
            }
            pos = lx.end;
        }
        if digits == 0 {
            return None;
        }
        let value = integer.add(&Decimal::new(mantissa, digits));
        let mut out = Compound {
            end: pos,
            value,
            magnitude: None,
            approx: None,
            chinese: true,
            digit_sequence: false,
        };
        if let Some((big, big_end)) = magnitude_after(text, pos) {
            out.magnitude = Some((
                Magnitude {
                    text: big.text,
                    power: big.power as u32,
                },
                skip_to(text, pos),
            ));
            out.end = big_end;
            if let Some((approx, end)) = word_after_magnitude(text, big_end) {
                out.approx = Some(approx);
                out.end = end;
            }
        }
        Some(out)
    }

    /// 余 / 多 / 几 / 来 after the number read so far (rules in the module documentation).
    fn approximation(&self, text: &str, lx: &Lexed, word: Word) -> Option<Compound> {
        if self.seq.is_some() {
            return None;
        }
        let next = chars::char_at(text, lx.end);
        let round = self.is_round();
        let allowed = match word {
            Word::Yu => {
                let abbreviated = matches!(self.pending, Some(p)
                    if matches!(p.kind, PendingKind::Chinese { .. })
                        && matches!(p.after, Prev::Small(_) | Prev::Big(_))
                        && !p.after_zero);
                let decimal = matches!(self.pending, Some(Pending { kind: PendingKind::Arabic(a), .. }) if a.point);
                !abbreviated && !decimal && self.prev != Prev::Zero && next != Some('额')
            }
            Word::Duo => round,
            Word::Ji => {
                (self.prev == Prev::Small(1)
                    || (self.prev == Prev::Zero && self.zero)
                    || round_arabic(self))
                    && next != Some('乎')
            }
            Word::Lai => {
                (matches!(self.prev, Prev::Small(_)) || round_arabic(self))
                    && !next.is_some_and(|c| LAI_WORDS.contains(&c))
            }
        };
        if !allowed || self.prev == Prev::Start {
            return None;
        }
        let mut base = *self;
        if word == Word::Ji && base.prev == Prev::Zero {
            base.zero = false;
        }
        let Finish::Done(f) = base.finish() else {
            return None;
        };
        if !f.value.is_integer() && f.magnitude.is_none() {
            return None;
        }
        let approx = match word {
            Word::Yu => Approx::Yu,
            Word::Duo => Approx::Duo,
            Word::Ji | Word::Lai => Approx::Ji,
        };
        let mut out = self.compound(f, lx.end);
        out.approx = Some(approx);
        if out.magnitude.is_none() {
            if let Some((big, end)) = magnitude_after(text, lx.end) {
                // 1亿3千多万: the 万 scales only what follows the 亿 group (3千多万), so the
                // value in 万 is 10000 + 3000, not (1亿 + 3千) × 万.
                let higher = base.groups_sum();
                let above = base.groups[..base.n_groups].iter().all(|g| g.1 > big.power);
                if !higher.is_zero() && above {
                    let below = out.value.add(&higher.neg());
                    out.value = higher.unshift(big.power as u32).add(&below);
                }
                out.magnitude = Some((
                    Magnitude {
                        text: big.text,
                        power: big.power as u32,
                    },
                    skip_to(text, lx.end),
                ));
                out.end = end;
            }
        }
        Some(out)
    }

    /// Ends in a scale word or a round Arabic number (二十, 一百, 3万, 20): what 多 may follow.
    fn is_round(&self) -> bool {
        matches!(self.prev, Prev::Small(_) | Prev::Big(_)) || round_arabic(self)
    }
}

/// The number is a lone Arabic integer of at least two digits ending in 0 (20几, 10来).
fn round_arabic(st: &State) -> bool {
    match st.pending {
        Some(Pending {
            kind: PendingKind::Arabic(a),
            after: Prev::Start,
            ..
        }) => !a.point && a.int_digits >= 2 && a.value.to_i64().is_some_and(|v| v % 10 == 0),
        _ => false,
    }
}

/// Where the next non-space is (for magnitude offsets after a space).
fn skip_to(text: &str, pos: usize) -> usize {
    chars::skip_spaces(text, pos).unwrap_or(pos)
}

/// A big scale (not 兆) after optional spaces: the magnitude of 10余万, 三点五万.
fn magnitude_after(text: &str, pos: usize) -> Option<(Big, usize)> {
    let p = chars::skip_spaces(text, pos)?;
    match lex::lex(text, p)? {
        Lexed {
            token: Token::Big(big),
            end,
            ..
        } if !big.interior_only => Some((big, end)),
        _ => None,
    }
}

/// 余 or 多 right after a magnitude (9万余, 32亿余, 1.2万多).
fn word_after_magnitude(text: &str, pos: usize) -> Option<(Approx, usize)> {
    let c = chars::char_at(text, pos)?;
    let next = chars::char_at(text, pos + c.len_utf8());
    match chars::kind(c)? {
        chars::Kind::Word(Word::Yu) if next != Some('额') => {
            Some((Approx::Yu, pos + c.len_utf8()))
        }
        chars::Kind::Word(Word::Duo) => Some((Approx::Duo, pos + c.len_utf8())),
        _ => None,
    }
}
