//! A number or a year a person typed into a form field (a correction), read the way people
//! write them in China: `1200`, `1,200`, `1，200`, full-width `１２００`, `１２．５`, `-3`, `负3`,
//! Chinese `一千二百`, `二〇二三`; a year also as `2023年`, `2023年度`, `二〇二三年`.
//!
//! Unlike [`super::read`], which reads a numeral inside running text and must guess whether a
//! comma is a thousands separator or a lost `，`, a field holds one number and nothing else: a
//! comma of either width between well-formed groups of three digits is a separator. What is
//! not one number is refused with the reason (never read as something else, never as
//! nothing): a magnitude (`3万` — it belongs in the unit, as the table keeps `万件`), an
//! approximation word (`120余` — the qualifier), a unit or other words after the number, an
//! ambiguous comma (`1,20`). The web app's forms use this, so a value typed in the browser
//! and one in a workspace file read by the CLI mean the same number.

use crate::decimal::Decimal;

/// Why a field's text is not a number (or a year). Serialisable: the web app's forms are read
/// in its worker, which sends the refusal back to the page.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Refusal {
    /// Nothing but blanks.
    Empty,
    /// A magnitude word after the number (`3万`, `2.5亿`): it belongs in the unit.
    Magnitude(String),
    /// An approximation word (`120余`, `十几`, `数十`): the qualifier says that.
    Approximate,
    /// The number is followed by something else (`12%`, `120件`): the unit, or a typo.
    Trailing(String),
    /// A comma that is not between groups of three digits (`1,20`, `12,5`): a decimal
    /// comma or a list, so not read at all.
    AmbiguousComma,
    /// A fraction or a per-cent phrase (`三分之一`, `百分之五`): write the number itself.
    Fraction,
    /// Not a year: not a whole number from 1900 to 2100 (`23`, `20235`).
    NotAYear,
    /// No number at all.
    NotANumber,
}

/// The number in a form field; see the module doc for what is accepted.
pub fn number(field: &str) -> Result<Decimal, Refusal> {
    let s = field.trim();
    if s.is_empty() {
        return Err(Refusal::Empty);
    }
    if let Some(ascii) = arabic(s)? {
        return Decimal::parse(&ascii).ok_or(Refusal::NotANumber);
    }
    chinese(s)
}

/// The year in a form field: four digits (any width) or Chinese digits (`二〇二三`), with an
/// optional `年` / `年度` after them, from 1900 to 2100.
pub fn year(field: &str) -> Result<i32, Refusal> {
    let s = field.trim();
    if s.is_empty() {
        return Err(Refusal::Empty);
    }
    let s = s
        .strip_suffix("年度")
        .or_else(|| s.strip_suffix('年'))
        .unwrap_or(s)
        .trim_end();
    let value = match number(s) {
        Ok(v) => v,
        Err(Refusal::Trailing(_) | Refusal::NotANumber | Refusal::Empty) => {
            return Err(Refusal::NotAYear)
        }
        Err(other) => return Err(other),
    };
    value
        .is_integer()
        .then(|| value.to_i64())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
        .map(|y| y as i32)
        .ok_or(Refusal::NotAYear)
}

/// A number written with Arabic digits of either width, as ASCII for [`Decimal::parse`]
/// (separators dropped); `Ok(None)` when the field does not start with one (Chinese digits).
fn arabic(s: &str) -> Result<Option<String>, Refusal> {
    let mut chars = s.chars().peekable();
    let mut out = String::with_capacity(s.len());
    match chars.peek() {
        Some('-' | '－' | '−') => {
            out.push('-');
            chars.next();
        }
        Some('+' | '＋') => {
            chars.next();
        }
        _ => {}
    }
    let body: String = chars.collect();
    let first = body.chars().next();
    if !first.is_some_and(|c| digit(c).is_some() || point(c)) {
        return if out.is_empty() {
            Ok(None)
        } else {
            Err(Refusal::NotANumber)
        };
    }
    // Integer part with its groups, then the fraction.
    let mut groups: Vec<String> = vec![String::new()];
    let mut rest = body.char_indices().peekable();
    let mut fraction: Option<String> = None;
    let mut end = body.len();
    while let Some(&(i, c)) = rest.peek() {
        if let Some(d) = digit(c) {
            match &mut fraction {
                Some(f) => f.push(d),
                None => groups.last_mut().expect("one group").push(d),
            }
        } else if comma(c) && fraction.is_none() {
            groups.push(String::new());
        } else if point(c) && fraction.is_none() {
            fraction = Some(String::new());
        } else {
            end = i;
            break;
        }
        rest.next();
    }
    let well_grouped = groups.len() == 1
        || ((1..=3).contains(&groups[0].len()) && groups[1..].iter().all(|g| g.len() == 3));
    if !well_grouped {
        return Err(Refusal::AmbiguousComma);
    }
    if end < body.len() {
        return Err(trailing(&body[end..]));
    }
    if fraction.as_deref() == Some("") {
        return Err(Refusal::NotANumber);
    }
    out.push_str(&groups.concat());
    if let Some(f) = fraction {
        out.push('.');
        out.push_str(&f);
    }
    Ok(Some(out))
}

/// What a number's trailing text says: a magnitude, an approximation, or something else.
fn trailing(rest: &str) -> Refusal {
    let rest = rest.trim();
    let first = rest.chars().next();
    match first {
        Some('万' | '萬' | '亿' | '億' | '千' | '百') => Refusal::Magnitude(rest.to_string()),
        Some('余' | '餘' | '多' | '几' | '来' | '左' | '上') => Refusal::Approximate,
        _ => Refusal::Trailing(rest.to_string()),
    }
}

/// A number in Chinese numerals (`一千二百`, `二〇二三`, `负三`, `三点五`), the whole field.
fn chinese(s: &str) -> Result<Decimal, Refusal> {
    let n = super::read(s, 0).ok_or(Refusal::NotANumber)?;
    if n.fraction.is_some() || n.per.is_some() {
        return Err(Refusal::Fraction);
    }
    if n.vague || n.approx.is_some() {
        return Err(Refusal::Approximate);
    }
    if let Some(m) = n.magnitude {
        return Err(Refusal::Magnitude(m.text.to_string()));
    }
    if n.end < s.len() {
        return Err(trailing(&s[n.end..]));
    }
    Ok(n.value)
}

/// An Arabic digit of either width, as ASCII.
fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        _ => None,
    }
}

fn comma(c: char) -> bool {
    matches!(c, ',' | '，')
}

fn point(c: char) -> bool {
    matches!(c, '.' | '．')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Result<String, Refusal> {
        number(s).map(|d| d.to_string())
    }

    #[test]
    fn numbers_as_people_type_them() {
        for (typed, value) in [
            ("1200", "1200"),
            (" 1,200 ", "1200"),
            ("1，200", "1200"),
            ("１２", "12"),
            ("１，２００．５", "1200.5"),
            ("1,234,567.89", "1234567.89"),
            ("98.5", "98.5"),
            (".5", "0.5"),
            ("-3", "-3"),
            ("－３", "-3"),
            ("+7", "7"),
            ("一千二百", "1200"),
            ("两千四百五", "2450"),
            ("二〇二三", "2023"),
            ("三点五", "3.5"),
            ("负三", "-3"),
            ("0", "0"),
        ] {
            assert_eq!(n(typed).as_deref(), Ok(value), "{typed}");
        }
    }

    #[test]
    fn what_is_not_one_number_is_refused_with_its_reason() {
        assert_eq!(n("  "), Err(Refusal::Empty));
        assert_eq!(n("3万"), Err(Refusal::Magnitude("万".into())));
        assert_eq!(n("三万"), Err(Refusal::Magnitude("万".into())));
        assert_eq!(n("2.5亿元"), Err(Refusal::Magnitude("亿元".into())));
        assert_eq!(n("120余"), Err(Refusal::Approximate));
        assert_eq!(n("数十"), Err(Refusal::Approximate));
        assert_eq!(n("12%"), Err(Refusal::Trailing("%".into())));
        assert_eq!(n("120件"), Err(Refusal::Trailing("件".into())));
        assert_eq!(n("1,20"), Err(Refusal::AmbiguousComma));
        assert_eq!(n("12,5"), Err(Refusal::AmbiguousComma));
        assert_eq!(n("1,2345"), Err(Refusal::AmbiguousComma));
        assert_eq!(n("三分之一"), Err(Refusal::Fraction));
        assert_eq!(n("百分之五"), Err(Refusal::Fraction));
        assert_eq!(n("abc"), Err(Refusal::NotANumber));
        assert_eq!(n("-"), Err(Refusal::NotANumber));
        assert_eq!(n("12."), Err(Refusal::NotANumber));
    }

    #[test]
    fn years_with_their_suffix_and_in_chinese_digits() {
        for (typed, y) in [
            ("2023", 2023),
            ("2023年", 2023),
            ("2023 年", 2023),
            ("2023年度", 2023),
            ("２０２３", 2023),
            ("二〇二三", 2023),
            ("二〇二三年", 2023),
        ] {
            assert_eq!(year(typed), Ok(y), "{typed}");
        }
        assert_eq!(year(""), Err(Refusal::Empty));
        for bad in ["23", "20235", "2023.5", "2023年5月", "去年", "1899"] {
            assert_eq!(year(bad), Err(Refusal::NotAYear), "{bad}");
        }
    }
}
