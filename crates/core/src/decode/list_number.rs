//! Word's list counters written out in a number format (`chineseCounting` → 一, `decimal` →
//! 1, `decimalEnclosedCircle` → ① …): shared by the .docx reader (format names from
//! `numbering.xml`) and the .doc reader (its `nfc` codes mapped to the same names).

/// A counter value in one of Word's number formats.
pub fn format_number(n: u32, format: &str) -> String {
    match format {
        "none" => String::new(),
        "decimalZero" if n < 10 => format!("0{n}"),
        "decimalFullWidth" | "decimalFullWidth2" => n
            .to_string()
            .chars()
            .map(|c| char::from_u32(c as u32 - '0' as u32 + 0xFF10).unwrap_or(c))
            .collect(),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            char::from_u32(0x2460 + n - 1).map_or_else(|| n.to_string(), String::from)
        }
        "decimalEnclosedParen" if (1..=20).contains(&n) => {
            char::from_u32(0x2474 + n - 1).map_or_else(|| n.to_string(), String::from)
        }
        "decimalEnclosedFullstop" if (1..=20).contains(&n) => {
            char::from_u32(0x2488 + n - 1).map_or_else(|| n.to_string(), String::from)
        }
        "chineseCounting"
        | "chineseCountingThousand"
        | "japaneseCounting"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand"
        | "koreanCounting" => chinese(n, &DIGITS, &["", "十", "百", "千"]),
        "chineseLegalSimplified" => chinese(n, &LEGAL, &["", "拾", "佰", "仟"]),
        "ideographDigital" | "taiwaneseDigital" | "japaneseDigitalTenThousand" => n
            .to_string()
            .chars()
            .map(|c| {
                ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九']
                    [c as usize - '0' as usize]
            })
            .collect(),
        "ideographTraditional" => cycle(
            n,
            &['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'],
        ),
        "ideographZodiac" => cycle(
            n,
            &[
                '子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥',
            ],
        ),
        "upperLetter" | "lowerLetter" => {
            let letter = (b'A' + ((n.max(1) - 1) % 26) as u8) as char;
            let s = letter
                .to_string()
                .repeat(((n.max(1) - 1) / 26 + 1) as usize);
            if format == "lowerLetter" {
                s.to_lowercase()
            } else {
                s
            }
        }
        "upperRoman" => roman(n),
        "lowerRoman" => roman(n).to_lowercase(),
        _ => n.to_string(),
    }
}

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];

/// 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (up to 9 999; larger values in digits).
fn chinese(n: u32, digits: &[char; 10], units: &[&str; 4]) -> String {
    if n == 0 || n > 9999 {
        return n.to_string();
    }
    let parts = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10];
    let mut out = String::new();
    let mut zero = false;
    for (k, &d) in parts.iter().enumerate() {
        let unit = units[3 - k];
        if d == 0 {
            zero = !out.is_empty();
            continue;
        }
        if zero {
            out.push(digits[0]);
            zero = false;
        }
        // 10–19 read 十, 十一 …, not 一十.
        if !(d == 1 && unit == units[1] && out.is_empty()) {
            out.push(digits[d as usize]);
        }
        out.push_str(unit);
    }
    out
}

fn cycle(n: u32, symbols: &[char]) -> String {
    symbols[(n.max(1) as usize - 1) % symbols.len()].to_string()
}

fn roman(mut n: u32) -> String {
    if n == 0 || n >= 4000 {
        return n.to_string();
    }
    let table = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in table {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}
