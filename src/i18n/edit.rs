//! The correction forms' own strings (the metric detail, the facts form, the add-a-metric
//! dialog): why a typed value or year was refused, and the few labels the forms add. Kept
//! apart from [`super::strings`] so the two engineers sharing `src/` do not collide.

use super::{Bilingual, Lang};
use crate::corrections::form::FormError;
use gangmu_core::numeral::typed::Refusal;

pub struct EditStrings {
    /// The add dialog's label field left empty.
    pub label_required: &'static str,
    /// Shown above the add dialog's fields: the sentence the selection sits in.
    pub in_sentence: &'static str,
    /// Key hints of the inline forms.
    pub keys_hint: &'static str,
    /// Discarding a correction that no longer finds its place (an undo step).
    pub discard: &'static str,
    pub discard_all: &'static str,
    pub discard_hint: &'static str,
}

pub const ZH: EditStrings = EditStrings {
    label_required: "请填写标签：这个数字计的是什么（如 办理行政复议案件）",
    in_sentence: "所在句子",
    keys_hint: "Enter 保存 · Esc 取消",
    discard: "舍弃",
    discard_all: "全部舍弃",
    discard_hint: "不再保留这条更正（可撤销）",
};

pub const EN: EditStrings = EditStrings {
    label_required: "Enter a label: what the figure counts (e.g. 办理行政复议案件)",
    in_sentence: "In the sentence",
    keys_hint: "Enter saves · Esc cancels",
    discard: "Discard",
    discard_all: "Discard all",
    discard_hint: "Stop keeping this correction (can be undone)",
};

pub fn strings(lang: Lang) -> &'static EditStrings {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// What undo or redo of a discard names: the discarded correction(s).
pub fn discard_of(what: &Bilingual) -> Bilingual {
    Bilingual::new(
        format!("舍弃 {}", what.zh),
        format!("discarding {}", what.en),
    )
}

/// Why a form was not saved.
pub fn form_error(lang: Lang, e: &FormError) -> String {
    match e {
        FormError::Value(r) | FormError::Year(r) => refusal(lang, r),
        FormError::Label => strings(lang).label_required.to_string(),
    }
}

/// Why a value or a year typed in a form was not taken, in words that say what to type.
pub fn refusal(lang: Lang, r: &Refusal) -> String {
    match (lang, r) {
        (Lang::Zh, Refusal::Empty) => "请填写数值".into(),
        (Lang::En, Refusal::Empty) => "Enter a value".into(),
        (Lang::Zh, Refusal::Magnitude(m)) => {
            format!("“{m}”请写在单位栏（如 数值 3、单位 万件），数值栏只写数字")
        }
        (Lang::En, Refusal::Magnitude(m)) => {
            format!("Put “{m}” in the unit (value 3, unit 万件): the value is the number alone")
        }
        (Lang::Zh, Refusal::Approximate) => {
            "约数（余、多、几）请在限定词中选择，数值栏只写数字".into()
        }
        (Lang::En, Refusal::Approximate) => {
            "Choose an approximation (余, 多) as the qualifier: the value is the number alone"
                .into()
        }
        (Lang::Zh, Refusal::Trailing(t)) => format!("“{t}”不是数字的一部分：单位请写在单位栏"),
        (Lang::En, Refusal::Trailing(t)) => {
            format!("“{t}” is not part of a number: put the unit in the unit field")
        }
        (Lang::Zh, Refusal::AmbiguousComma) => {
            "逗号只用于千位分隔（如 1,200）；小数请用小数点（如 12.5）".into()
        }
        (Lang::En, Refusal::AmbiguousComma) => {
            "A comma only separates thousands (1,200); write decimals with a point (12.5)".into()
        }
        (Lang::Zh, Refusal::Fraction) => "请写出数值本身（如 0.33；或 5 并把单位写成 %）".into(),
        (Lang::En, Refusal::Fraction) => {
            "Write the number itself (0.33; or 5 with the unit %)".into()
        }
        (Lang::Zh, Refusal::NotAYear) => "年份无法识别：请写四位年份，如 2023 或 2023年".into(),
        (Lang::En, Refusal::NotAYear) => {
            "Not a year: write four digits, e.g. 2023 or 2023年".into()
        }
        (Lang::Zh, Refusal::NotANumber) => {
            "数值无法识别，请输入数字（如 98.5、1,200、１２、一千二百）".into()
        }
        (Lang::En, Refusal::NotANumber) => {
            "The value is not a number (e.g. 98.5, 1,200, １２, 一千二百)".into()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gangmu_core::numeral::typed;

    #[test]
    fn a_refusal_says_what_to_type_in_both_languages() {
        let r = typed::number("3万").unwrap_err();
        assert!(refusal(Lang::Zh, &r).contains("单位"));
        assert!(refusal(Lang::En, &r).contains("unit"));
        let y = typed::year("去年").unwrap_err();
        assert!(refusal(Lang::Zh, &y).contains("2023"));
    }
}
