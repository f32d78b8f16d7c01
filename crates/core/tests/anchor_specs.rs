//! Conformance of the numeral parser with the public Chinese test cases of Microsoft
//! Recognizers-Text (`fixtures/anchor-specs/recognizers-text/`, MIT): NumberModel.json and
//! PercentModel.json. Run with `--nocapture` to see the figure and every disagreement.
//!
//! A case is *applicable* when
//! 1. no Recognizers-Text platform marks it `NotSupported` / `NotSupportedByDesign` (those
//!    are cases the reference implementations themselves disagree on), and
//! 2. it uses no feature outside the numeral module's scope (see [`out_of_scope`]):
//!    scientific and power notation (`2e5`, `2^5`), Latin-letter multipliers (`40k`,
//!    `-2.5 M`), slash fractions (`3/5`: in reports `/` separates units and dates), 打
//!    (a dozen), 半 (half), and 成 / 折 (tenths and discounts: units the metrics stage reads).
//!
//! A case *agrees* when [`find_all`] gives exactly the expected results: same character
//! spans (RT's `End` is inclusive) and the same values (exactly, or within 1e-9 relative for
//! the 15-digit quotients RT prints for fractions). For NumberModel the numbers are the
//! found numerals without a percent sign or prefix (a number before 个百分点 is a number);
//! for PercentModel they are the found 百分之 / 千分之 numerals, bare-denominator fractions
//! (万分之三) and numbers followed by %, ‰ or 个百分点, converted to RT's "n%".
//!
//! The figure is asserted to be at least 95 % of the applicable cases; the deliberate
//! deviations are listed in BENCHMARKS.md ("Numeral conformance").

use gangmu_core::decimal::Decimal;
use gangmu_core::numeral::{find_all, Found, Marker, Per};
use serde_json::Value;
use std::path::PathBuf;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Model {
    Number,
    Percent,
}

struct Expected {
    start: usize,
    end_inclusive: usize,
    value: String,
}

struct Score {
    applicable: usize,
    agreed: usize,
    /// Cases some Recognizers-Text platform marks NotSupported: scored for information only.
    disputed: usize,
    disputed_agreed: usize,
    excluded: Vec<(&'static str, usize)>,
    failures: Vec<String>,
}

fn load(name: &str) -> Vec<Value> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/anchor-specs/recognizers-text")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = text.trim_start_matches('\u{feff}');
    match serde_json::from_str(text).expect("spec file is JSON") {
        Value::Array(cases) => cases,
        _ => panic!("{name}: not a JSON array"),
    }
}

/// Why a case is outside the numeral module's scope, if it is.
fn out_of_scope(input: &str) -> Option<&'static str> {
    let chars: Vec<char> = input.chars().collect();
    let numeral_like = |c: char| {
        c.is_ascii_digit()
            || ('０'..='９').contains(&c)
            || c == ' '
            || "零〇一二两兩三四五六七八九十百千万萬亿億壹贰貳叁肆伍陆陸柒捌玖拾佰仟点點"
                .contains(c)
    };
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let prev_digit = prev.is_some_and(|p| p.is_ascii_digit() || ('０'..='９').contains(&p));
        if c == '^' || (matches!(c, 'e' | 'E') && prev_digit) {
            return Some("scientific or power notation");
        }
        if matches!(c, 'k' | 'K' | 'Ｋ' | 'M') {
            let before = chars[..i].iter().rev().find(|&&p| p != ' ');
            if before.is_some_and(|&p| p.is_ascii_digit() || ('０'..='９').contains(&p)) {
                return Some("Latin-letter multiplier (k, M)");
            }
        }
        if c == '/' || c == '／' {
            return Some("slash fraction");
        }
        if c == '打' && prev.is_some_and(numeral_like) {
            return Some("打 (dozen)");
        }
        if c == '半' {
            return Some("半 (half)");
        }
        if (c == '成' || c == '折') && prev.is_some_and(|p| numeral_like(p) || "对對半".contains(p))
        {
            return Some("成 / 折 (tenths, discounts)");
        }
    }
    None
}

fn expected(case: &Value) -> Vec<Expected> {
    case["Results"]
        .as_array()
        .map(|rs| {
            rs.iter()
                .map(|r| Expected {
                    start: r["Start"].as_u64().unwrap_or(0) as usize,
                    end_inclusive: r["End"].as_u64().unwrap_or(0) as usize,
                    value: r["Resolution"]["value"].as_str().unwrap_or("").to_string(),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Our results for one model: (start char, end char exclusive, value as RT writes it).
fn ours(input: &str, model: Model) -> Vec<(usize, usize, Decimal)> {
    let char_index = |byte: usize| input[..byte].chars().count();
    find_all(input)
        .iter()
        .filter_map(|f: &Found| {
            let n = &f.numeral;
            let percent_prefix = n.per.is_some() || n.fraction.is_some_and(|fr| fr.prefix);
            let signed = matches!(f.marker, Some(Marker::Percent | Marker::Permille));
            match model {
                Model::Number if !percent_prefix && !signed => {
                    Some((char_index(f.start), char_index(n.end), f.value))
                }
                Model::Percent if percent_prefix || f.marker.is_some() => {
                    let per_mille = n.per == Some(Per::Mille) || f.marker == Some(Marker::Permille);
                    let value = if n.fraction.is_some_and(|fr| fr.prefix) {
                        // 万分之三 = 0.0003 = 0.03 %.
                        f.value.shift(2)
                    } else if per_mille {
                        f.value
                            .div_rounded(&Decimal::from_int(10), 12)
                            .unwrap_or(f.value)
                    } else {
                        f.value
                    };
                    Some((char_index(f.start), char_index(f.end), value))
                }
                _ => None,
            }
        })
        .collect()
}

fn same_value(ours: &Decimal, theirs: &str) -> bool {
    let theirs = theirs.trim_end_matches('%');
    if let Some(d) = Decimal::parse(theirs) {
        if d == *ours {
            return true;
        }
    }
    let (Ok(t), o) = (theirs.parse::<f64>(), ours.to_f64()) else {
        return false;
    };
    (t - o).abs() <= 1e-9 * t.abs().max(o.abs()) + 1e-15
}

fn score(file: &str, model: Model) -> Score {
    let mut s = Score {
        applicable: 0,
        agreed: 0,
        disputed: 0,
        disputed_agreed: 0,
        excluded: Vec::new(),
        failures: Vec::new(),
    };
    let mut exclude = |why: &'static str| match s.excluded.iter_mut().find(|(w, _)| *w == why) {
        Some((_, n)) => *n += 1,
        None => s.excluded.push((why, 1)),
    };
    let mut applicable = Vec::new();
    let mut disputed = Vec::new();
    for case in load(file) {
        let input = case["Input"].as_str().unwrap_or("").to_string();
        if case.get("NotSupported").is_some() || case.get("NotSupportedByDesign").is_some() {
            exclude("NotSupported on some Recognizers-Text platform");
            if out_of_scope(&input).is_none() {
                disputed.push((input, expected(&case)));
            }
        } else if let Some(why) = out_of_scope(&input) {
            exclude(why);
        } else {
            applicable.push((input, expected(&case)));
        }
    }
    for (input, want) in &disputed {
        s.disputed += 1;
        if agrees(&ours(input, model), want) {
            s.disputed_agreed += 1;
        }
    }
    for (input, want) in applicable {
        s.applicable += 1;
        let got = ours(&input, model);
        if agrees(&got, &want) {
            s.agreed += 1;
        } else {
            let show = |v: &[(usize, usize, String)]| {
                v.iter()
                    .map(|(a, b, x)| format!("{a}..{b}={x}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let got: Vec<_> = got
                .iter()
                .map(|(a, b, v)| (*a, *b, v.to_string()))
                .collect();
            let want: Vec<_> = want
                .iter()
                .map(|w| (w.start, w.end_inclusive + 1, w.value.clone()))
                .collect();
            s.failures.push(format!(
                "{input:?}\n      expected [{}]\n      got      [{}]",
                show(&want),
                show(&got)
            ));
        }
    }
    s
}

fn agrees(got: &[(usize, usize, Decimal)], want: &[Expected]) -> bool {
    got.len() == want.len()
        && got.iter().zip(want).all(|((start, end, value), w)| {
            *start == w.start && *end == w.end_inclusive + 1 && same_value(value, &w.value)
        })
}

fn report(file: &str, s: &Score) {
    println!(
        "{file}: {}/{} applicable cases agree ({:.1} %)",
        s.agreed,
        s.applicable,
        100.0 * s.agreed as f64 / s.applicable.max(1) as f64
    );
    for (why, n) in &s.excluded {
        println!("  excluded {n:3}: {why}");
    }
    println!(
        "  (for information: {}/{} of the NotSupported cases within scope agree; not counted)",
        s.disputed_agreed, s.disputed
    );
    for f in &s.failures {
        println!("  DIFFERS {f}");
    }
}

#[test]
fn agrees_with_recognizers_text_chinese_number_and_percent_specs() {
    let number = score("NumberModel.json", Model::Number);
    let percent = score("PercentModel.json", Model::Percent);
    report("NumberModel.json", &number);
    report("PercentModel.json", &percent);
    let agreed = number.agreed + percent.agreed;
    let applicable = number.applicable + percent.applicable;
    let share = agreed as f64 / applicable as f64;
    println!("overall: {agreed}/{applicable} = {:.1} %", 100.0 * share);
    assert!(
        applicable > 300,
        "the applicability rule left too few cases: {applicable}"
    );
    assert!(
        share >= 0.95,
        "conformance {:.1} % is below 95 %",
        100.0 * share
    );
}
