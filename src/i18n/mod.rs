//! Every string the UI shows, in 简体中文 (the default) and English.
//!
//! - [`strings`]: the fixed strings, one struct of fields, so a string missing in one language
//!   is a compile error;
//! - [`words`]: names of the core's kinds, directions, parts and formats;
//! - [`counts`]: strings with numbers in them;
//! - [`dataset`]: the strings of the dataset features (region, 数据集, 合计, grouping);
//! - [`edit`]: the correction forms' strings and why a typed value was refused;
//! - [`messages`]: notices and errors as [`Bilingual`] texts, made once in both languages so
//!   they can travel (from the worker, into the reducer) and show in whichever language the
//!   page is in when they arrive.
//!
//! [`Bilingual`] is the core's type: findings, decoding errors and notes carry their messages
//! in it too, so one `get(lang)` shows any of them.

pub mod corrections;
pub mod counts;
pub mod dataset;
pub mod edit;
pub mod messages;
pub mod strings;
pub mod words;

pub use counts::*;
pub use gangmu_core::Bilingual;
pub use strings::{Strings, EN, ZH};
pub use words::*;

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    pub fn toggled(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The `lang` attribute of `<html>`.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// A [`Bilingual`] text in one language.
pub trait Localized {
    fn get(&self, lang: Lang) -> &str;
}

impl Localized for Bilingual {
    fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.zh, &self.en)
    }
}

/// A fixed string in both languages, as a [`Bilingual`] (for notices).
pub fn both(pick: impl Fn(&'static Strings) -> &'static str) -> Bilingual {
    Bilingual::new(pick(&ZH), pick(&EN))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_is_the_default() {
        assert_eq!(Lang::default(), Lang::Zh);
        assert_eq!(Lang::default().strings().paste, "粘贴文本");
        assert_eq!(Lang::Zh.toggled(), Lang::En);
    }

    #[test]
    fn counts_read_naturally() {
        assert_eq!(report_count(Lang::En, 1), "1 report");
        assert_eq!(report_count(Lang::Zh, 3), "3 份报告");
        assert_eq!(metric_count(Lang::Zh, 3, 10), "3 / 10 项");
    }

    #[test]
    fn parts_are_named_by_report_type() {
        use gangmu_core::ReportType;
        assert_eq!(
            parts_heading(Lang::Zh, ReportType::InfoDisclosure),
            "法定六部分（D1–D6）"
        );
        assert_eq!(
            parts_heading(Lang::Zh, ReportType::RuleOfLaw),
            Lang::Zh.strings().required_parts
        );
        assert!(
            parts_not_checked(Lang::Zh, ReportType::StatisticalCommunique)
                .starts_with("此类文本（统计公报）不检查法定部分")
        );
        assert_eq!(
            report_type_name(Lang::En, ReportType::WorkSummary),
            "work summary"
        );
    }

    #[test]
    fn a_core_message_shows_in_the_pages_language() {
        let finding = gangmu_core::extract("没有标题的正文。", &Default::default());
        let f = &finding.findings[0];
        assert_eq!(f.message.get(Lang::Zh), f.message.zh);
        assert_eq!(f.message.get(Lang::En), f.message.en);
        assert_ne!(f.message.zh, f.message.en);
    }
}
