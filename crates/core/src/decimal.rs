//! Exact decimal numbers as written in a report.
//!
//! Reports print values such as `5633243.28万元` or `23.07亿元`; multiplying those out in `f64`
//! gives noise like `110090000000.00002`. A `Decimal` keeps the digits and the number of decimal
//! places, so `23.07 × 10⁸` is exactly `2307000000`, and it prints the way it was written.

use serde::{Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;

/// `mantissa × 10^-scale`. Values beyond about 38 digits saturate instead of overflowing.
#[derive(Clone, Copy, Debug, Default)]
pub struct Decimal {
    mantissa: i128,
    scale: u32,
}

/// Longest fraction we keep; longer ones are rounded (no report prints more).
const MAX_SCALE: u32 = 12;

impl Decimal {
    pub const ZERO: Decimal = Decimal {
        mantissa: 0,
        scale: 0,
    };

    pub const fn from_int(v: i64) -> Self {
        Decimal {
            mantissa: v as i128,
            scale: 0,
        }
    }

    pub fn new(mantissa: i128, scale: u32) -> Self {
        let mut d = Decimal { mantissa, scale };
        while d.scale > MAX_SCALE {
            d.mantissa /= 10;
            d.scale -= 1;
        }
        d
    }

    /// Parses ASCII `123`, `1,234`, `23.07`; `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let mut mantissa: i128 = 0;
        let mut scale = 0u32;
        let mut seen_point = false;
        let mut digits = 0;
        for b in body.bytes() {
            match b {
                b'0'..=b'9' => {
                    if seen_point {
                        if scale >= MAX_SCALE {
                            continue;
                        }
                        scale += 1;
                    }
                    mantissa = mantissa
                        .saturating_mul(10)
                        .saturating_add((b - b'0') as i128);
                    digits += 1;
                }
                b'.' if !seen_point => seen_point = true,
                b',' if !seen_point => {}
                _ => return None,
            }
        }
        if digits == 0 {
            return None;
        }
        Some(Decimal {
            mantissa: if neg { -mantissa } else { mantissa },
            scale,
        })
    }

    pub fn from_f64_exact_enough(v: f64) -> Self {
        let s = format!("{v}");
        Decimal::parse(&s).unwrap_or(Decimal::ZERO)
    }

    pub fn is_zero(&self) -> bool {
        self.mantissa == 0
    }

    pub fn is_integer(&self) -> bool {
        self.normalized().scale == 0
    }

    /// Number of decimal places as written (`98.20` → 2).
    pub fn scale(&self) -> u32 {
        self.scale
    }

    /// The digits as an integer (`98.20` → 9820): with [`Decimal::scale`], what
    /// [`Decimal::new`] takes back (the web app sends decimals to its page so).
    pub fn mantissa(&self) -> i128 {
        self.mantissa
    }

    /// Multiplies by `10^power` exactly (for 万 = 4, 亿 = 8).
    pub fn shift(&self, power: u32) -> Self {
        let mut d = *self;
        let mut p = power;
        while p > 0 && d.scale > 0 {
            d.scale -= 1;
            p -= 1;
        }
        for _ in 0..p {
            d.mantissa = d.mantissa.saturating_mul(10);
        }
        d.normalized()
    }

    /// Divides by `10^power` exactly (`47800000000 ÷ 10¹²` → `0.0478`), within the kept precision.
    pub fn unshift(&self, power: u32) -> Self {
        Decimal::new(self.mantissa, self.scale.saturating_add(power)).normalized()
    }

    /// The quotient rounded half away from zero to at most `places` decimals (capped at the
    /// kept precision); `None` when dividing by zero. For fractions such as 三分之一, whose
    /// exact value has no finite decimal form.
    pub fn div_rounded(&self, divisor: &Decimal, places: u32) -> Option<Self> {
        if divisor.mantissa == 0 {
            return None;
        }
        let places = places.min(MAX_SCALE);
        let scale = self.scale.max(divisor.scale);
        let a = self.rescaled(scale);
        let b = divisor.rescaled(scale);
        let negative = (a < 0) != (b < 0);
        let (a, b) = (a.unsigned_abs(), b.unsigned_abs());
        // Long division digit by digit, so no intermediate product can overflow.
        let mut q = a / b;
        let mut r = a % b;
        for _ in 0..places {
            let digit = (r.saturating_mul(10)) / b;
            r = r.saturating_mul(10) - digit * b;
            q = q.saturating_mul(10).saturating_add(digit);
        }
        if r.saturating_mul(2) >= b {
            q = q.saturating_add(1);
        }
        let q = i128::try_from(q).unwrap_or(i128::MAX);
        Some(
            Decimal {
                mantissa: if negative { -q } else { q },
                scale: places,
            }
            .normalized(),
        )
    }

    /// `-self`.
    pub fn neg(&self) -> Self {
        Decimal {
            mantissa: self.mantissa.saturating_neg(),
            scale: self.scale,
        }
    }

    pub fn is_negative(&self) -> bool {
        self.mantissa < 0
    }

    pub fn mul_int(&self, k: i128) -> Self {
        Decimal {
            mantissa: self.mantissa.saturating_mul(k),
            scale: self.scale,
        }
    }

    pub fn add(&self, other: &Decimal) -> Self {
        let scale = self.scale.max(other.scale);
        let a = self.rescaled(scale);
        let b = other.rescaled(scale);
        Decimal {
            mantissa: a.saturating_add(b),
            scale,
        }
        .normalized()
    }

    fn rescaled(&self, scale: u32) -> i128 {
        let mut m = self.mantissa;
        for _ in self.scale..scale {
            m = m.saturating_mul(10);
        }
        m
    }

    /// Drops trailing fractional zeros (`2.50` → `2.5`).
    pub fn normalized(&self) -> Self {
        let mut d = *self;
        while d.scale > 0 && d.mantissa % 10 == 0 {
            d.mantissa /= 10;
            d.scale -= 1;
        }
        d
    }

    /// The nearest `f64` (ties to even), the value `str::parse` gives the decimal's text.
    /// When the mantissa has at most 53 bits, it and 10^scale are both exact in `f64` and one
    /// correctly rounded division gives the nearest value (Clinger's fast path); larger
    /// mantissas are divided exactly in integers (`quotient_to_f64`). Not through the text
    /// and `str::parse`: that links the standard float parser and its 10 KB table of powers
    /// of five into every wasm that writes a decimal (the web app's first paint; BENCHMARKS.md,
    /// "Session 6").
    pub fn to_f64(&self) -> f64 {
        const EXACT: u128 = 1 << 53;
        let a = self.mantissa.unsigned_abs();
        let v = match POW10.get(self.scale as usize) {
            Some(&p) if a <= EXACT => return self.mantissa as f64 / p,
            _ => quotient_to_f64(a, self.scale),
        };
        if self.mantissa < 0 {
            -v
        } else {
            v
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        let d = self.normalized();
        if d.scale == 0 {
            i64::try_from(d.mantissa).ok()
        } else {
            None
        }
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Decimal {}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        let scale = self.scale.max(other.scale);
        self.rescaled(scale).cmp(&other.rescaled(scale))
    }
}

/// `a / 10^scale` rounded to the nearest `f64`, ties to even.
///
/// Binary long division: the integer quotient, then fraction bits one at a time until the
/// quotient has at least 67 bits, with a last "sticky" bit set when a remainder is left. The
/// cast of that integer to `f64` rounds once, at bit 53 or above, so the sticky bit decides a
/// would-be tie exactly as the remainder would; the power of two that scales it back is exact.
/// Up to 38 decimal places (10^38 fits in a `u128`); no constructor makes more (`new` and
/// `parse` stop at 12, `div_rounded`'s callers ask for 2 or `FRACTION_PLACES`), so beyond
/// that the quotient by 10^38 is divided by the rest of the power, rounding twice.
fn quotient_to_f64(a: u128, scale: u32) -> f64 {
    let Some(d) = 10u128.checked_pow(scale) else {
        return quotient_to_f64(a, 38) / 10f64.powi(scale.saturating_sub(38) as i32);
    };
    if a == 0 {
        return 0.0;
    }
    let (mut q, mut r) = (a / d, a % d);
    let mut fraction_bits = 0u64;
    while q < 1 << 66 {
        // r < d ≤ 10^38 < 2^127, so 2r fits.
        r <<= 1;
        q <<= 1;
        if r >= d {
            r -= d;
            q |= 1;
        }
        fraction_bits += 1;
    }
    if r != 0 {
        q |= 1;
    }
    // At most 66 + 127 fraction bits: 2^-fraction_bits is a normal f64, exactly.
    q as f64 * f64::from_bits((1023 - fraction_bits) << 52)
}

/// Powers of ten that are exact in `f64` (up to 10^22), for [`Decimal::to_f64`].
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

impl fmt::Display for Decimal {
    /// The digits as written: `98.20`, `0.05`, `-3`. No allocation: values are printed for
    /// every metric and check.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The digits of the mantissa (an i128 has at most 39), most significant first.
        let mut buf = [0u8; 40];
        let mut at = buf.len();
        let mut m = self.mantissa.unsigned_abs();
        // 128-bit division is a library call; most values fit 64 bits.
        while m > u128::from(u64::MAX) {
            at -= 1;
            buf[at] = b'0' + (m % 10) as u8;
            m /= 10;
        }
        let mut m = m as u64;
        loop {
            at -= 1;
            buf[at] = b'0' + (m % 10) as u8;
            m /= 10;
            if m == 0 {
                break;
            }
        }
        // Only ASCII digits were written.
        let digits = std::str::from_utf8(&buf[at..]).unwrap_or("0");
        let scale = self.scale as usize;
        if self.mantissa < 0 {
            f.write_str("-")?;
        }
        if scale == 0 {
            return f.write_str(digits);
        }
        if digits.len() > scale {
            let (int, frac) = digits.split_at(digits.len() - scale);
            f.write_str(int)?;
            f.write_str(".")?;
            return f.write_str(frac);
        }
        f.write_str("0.")?;
        for _ in digits.len()..scale {
            f.write_str("0")?;
        }
        f.write_str(digits)
    }
}

/// JSON numbers: integers stay integers (`2307000000`, not `2307000000.0`).
impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.to_i64() {
            Some(i) => s.serialize_i64(i),
            None => s.serialize_f64(self.to_f64()),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Decimal {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = serde_json::Number::deserialize(d)?;
        Decimal::parse(&v.to_string()).ok_or_else(|| serde::de::Error::custom("not a decimal"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_f64_rounds_as_the_standard_parser_does() {
        let parsed = |d: &Decimal| d.to_string().parse::<f64>().unwrap();
        let mut cases = vec![
            Decimal::new(0, 30),
            Decimal::new(1 << 53, 0),
            Decimal::new((1 << 53) + 1, 0),
            Decimal::new((1 << 54) + 1, 3),
            Decimal::new(i128::MAX, 0),
            Decimal::new(i128::MIN + 1, 12),
            Decimal::new(i128::MAX, 38),
            Decimal::new(123_456_789_012_345_678_901, 7),
            Decimal::new(-98_765_432_109_876_543, 2),
            Decimal::new(5, 30),
            Decimal::new(9_007_199_254_740_993, 12),
        ];
        // Pseudo-random mantissas of every width and scales 0..=38.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for i in 0..200_000u32 {
            let wide = (u128::from(next()) << 64) | u128::from(next());
            let bits = i % 127;
            let m = (wide >> (127 - bits)) as i128;
            let m = if i % 3 == 0 { -m } else { m };
            cases.push(Decimal {
                mantissa: m,
                scale: i % 39,
            });
        }
        // Exact halfway cases between two f64s, at mantissas above 2^53.
        for k in 0..64u32 {
            let m = (((1u128 << 53) + u128::from(k)) << 1 | 1) << 10;
            cases.push(Decimal::new(m as i128, 0));
            cases.push(Decimal::new((m * 1000) as i128, 3));
        }
        for d in &cases {
            assert_eq!(d.to_f64().to_bits(), parsed(d).to_bits(), "{d} ({d:?})");
        }
    }

    fn d(s: &str) -> Decimal {
        Decimal::parse(s).unwrap()
    }

    #[test]
    fn multiplying_out_magnitudes_is_exact() {
        assert_eq!(d("23.07").shift(8).to_string(), "2307000000");
        assert_eq!(d("1,100.9").shift(8).to_string(), "110090000000");
        assert_eq!(d("5633243.28").shift(4).to_string(), "56332432800");
        assert_eq!(d("0.5").shift(4).to_string(), "5000");
    }

    #[test]
    fn to_f64_is_the_nearest_double() {
        // The fast path against the correctly rounded parse of the printed digits.
        let mut m: i128 = 1;
        for step in 0..400 {
            m = m
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407)
                >> 3;
            for scale in [0, 1, 2, 3, 7, 12] {
                let v = m % (1i128 << (20 + step % 40));
                let d = Decimal::new(v, scale);
                let by_string: f64 = d.to_string().parse().unwrap();
                assert_eq!(d.to_f64().to_bits(), by_string.to_bits(), "{d}");
            }
        }
        assert_eq!(d("23.07").to_f64(), 23.07);
        assert_eq!(d("-0.1").to_f64(), -0.1);
    }

    #[test]
    fn prints_as_written() {
        assert_eq!(Decimal::new(-5, 3).to_string(), "-0.005");
        assert_eq!(Decimal::new(0, 2).to_string(), "0.00");
        assert_eq!(
            Decimal::new(i128::MAX, 0).to_string(),
            i128::MAX.to_string()
        );
        assert_eq!(Decimal::new(-12345, 2).to_string(), "-123.45");
        assert_eq!(d("98.20").to_string(), "98.20");
        assert_eq!(d("0.05").to_string(), "0.05");
        assert_eq!(d("1,234").to_string(), "1234");
        assert_eq!(d("98.20").normalized().to_string(), "98.2");
    }

    #[test]
    fn serialises_integers_without_a_fraction() {
        assert_eq!(
            serde_json::to_string(&d("2307000000")).unwrap(),
            "2307000000"
        );
        assert_eq!(serde_json::to_string(&d("23.07")).unwrap(), "23.07");
        assert_eq!(serde_json::to_string(&d("4.00")).unwrap(), "4");
    }

    #[test]
    fn compares_across_scales() {
        assert_eq!(d("4.0"), d("4"));
        assert!(d("96.66") < d("96.667"));
    }

    #[test]
    fn divides_back_magnitudes_and_fractions() {
        assert_eq!(d("4780000000000").unshift(12).to_string(), "4.78");
        assert_eq!(
            d("1").div_rounded(&d("3"), 12).unwrap().to_string(),
            "0.333333333333"
        );
        assert_eq!(
            d("2").div_rounded(&d("3"), 4).unwrap().to_string(),
            "0.6667"
        );
        assert_eq!(
            d("-157").div_rounded(&d("3"), 2).unwrap().to_string(),
            "-52.33"
        );
        assert_eq!(
            d("25").div_rounded(&d("500000"), 12).unwrap().to_string(),
            "0.00005"
        );
        assert_eq!(
            d("1.5").div_rounded(&d("0.5"), 12).unwrap().to_string(),
            "3"
        );
        assert!(d("1").div_rounded(&Decimal::ZERO, 12).is_none());
    }

    #[test]
    fn rejects_non_numbers() {
        assert!(Decimal::parse("").is_none());
        assert!(Decimal::parse("1.2.3").is_none());
        assert!(Decimal::parse("12a").is_none());
    }
}
