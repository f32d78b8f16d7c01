//! Numbers written without the standard library's float formatting.
//!
//! `format!("{}", f64)` and `{:.2}` link Rust's float printing (Grisu with a Dragon fallback and
//! their tables, ≈ 5 KB gzip of the first paint; BENCHMARKS.md, "Session 6") for what the page
//! prints of floats: CSS lengths of virtual lists and a few shares already rounded to two
//! decimals by the core. Integer arithmetic does both.

/// `x` with exactly two decimals (`27.59`, `0.05`, `-3.10`), rounded half away from zero.
///
/// For the core's two-decimal figures (`Profile::problems_share`, `DerivedRate::value` …) it
/// writes what `{:.2}` writes; a value exactly halfway between two hundredths (which those
/// never are) would round up where `{:.2}` rounds to even.
pub fn fixed2(x: f64) -> String {
    let hundredths = (x.abs() * 100.0).round();
    if !hundredths.is_finite() || hundredths >= 1e18 {
        // Not a share or a rate: no page figure gets here.
        return if x.is_nan() {
            "NaN".into()
        } else if x < 0.0 {
            "-inf".into()
        } else {
            "inf".into()
        };
    }
    let h = hundredths as u64;
    let sign = if x < 0.0 && h > 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", h / 100, h % 100)
}

/// A CSS length's number: `132`, `2.7`, `0.25` (to a hundredth of a pixel or rem, which no
/// screen shows).
pub fn css(x: f64) -> String {
    let s = fixed2(x);
    let s = s.trim_end_matches('0');
    s.strip_suffix('.').unwrap_or(s).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_decimals_as_the_standard_library_writes_them() {
        for x in [
            0.0, 0.05, 0.1, 1.0, 2.5, 27.59, 15.95, 99.99, 100.0, 3.333, 1234.5678, 0.004, 0.006,
        ] {
            let ours = fixed2(x);
            assert_eq!(ours, format!("{x:.2}"), "{x}");
            assert_eq!(
                fixed2(-x),
                format!("{:.2}", -x).replace("-0.00", "0.00"),
                "-{x}"
            );
        }
        // Every two-decimal figure from 0 to 100 %.
        for h in 0..=10_000u32 {
            let x = f64::from(h) / 100.0;
            assert_eq!(fixed2(x), format!("{x:.2}"));
        }
        assert_eq!(fixed2(f64::NAN), "NaN");
        assert_eq!(fixed2(f64::INFINITY), "inf");
    }

    #[test]
    fn css_lengths_drop_trailing_zeros() {
        assert_eq!(css(0.0), "0");
        assert_eq!(css(46.0 * 120.0), "5520");
        assert_eq!(css(0.5 + 2.0 * 1.1), "2.7");
        assert_eq!(css(0.5), "0.5");
        assert_eq!(css(12.25), "12.25");
        assert_eq!(css(1.0 / 3.0), "0.33");
    }
}
