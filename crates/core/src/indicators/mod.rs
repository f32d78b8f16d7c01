//! Canonical indicators: which recurring quantity a metric is (行政复议受理, 败诉率 …).
//!
//! Reports word the same quantity in many ways (受理行政复议案件 / 累计受理行政复议案件 / a bare
//! 受理 after 收到行政复议申请), so comparing reports needs a shared key. The dictionary is data
//! ([`dictionary.toml`](./dictionary.toml); build.rs turns it into JSON, which is embedded and
//! parsed once with serde_json, so the wasm bundle needs no TOML parser): each indicator has an id,
//! Chinese and English names, its 纲要 area, the metric kind and units it takes, and the words
//! that name it. [`assign`] sets [`Metric::indicator`](crate::Metric::indicator) for every
//! metric one fits; metrics that fit none keep `None` and stay in the report as they are.

mod matcher;
pub mod rates;

use crate::model::{MetricKind, Report};
use crate::sentences::Context;
use serde::Deserialize;
use std::sync::OnceLock;

/// One of the ten task areas of 《法治政府建设实施纲要（2021—2025年）》.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct Area {
    pub n: u8,
    pub zh: String,
    pub en: String,
}

/// A canonical indicator and the words that name it (see the header of dictionary.toml).
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct Indicator {
    pub id: String,
    pub zh: String,
    pub en: String,
    pub area: u8,
    pub kind: MetricKind,
    #[serde(default)]
    pub units: Vec<String>,
    pub terms: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub also: Vec<String>,
    #[serde(default)]
    pub exclude: Vec<String>,
    #[serde(default)]
    pub exclude_context: Vec<String>,
    /// For a rate: the indicator of its numerator (纠错率 → 纠错).
    #[serde(default)]
    pub numerator: Option<String>,
    /// For a rate: the indicator of its denominator (纠错率 → 审结).
    #[serde(default)]
    pub denominator: Option<String>,
    /// Other bases reports divide the same rate by (纠错率 of the cases 受理 rather than 审结),
    /// tried in order when the denominator does not reproduce the printed figure.
    #[serde(default)]
    pub denominator_also: Vec<String>,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct Dictionary {
    #[serde(default, rename = "area")]
    pub areas: Vec<Area>,
    #[serde(default, rename = "indicator")]
    pub indicators: Vec<Indicator>,
}

impl Dictionary {
    pub fn get(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    pub fn area(&self, n: u8) -> Option<&Area> {
        self.areas.iter().find(|a| a.n == n)
    }
}

/// dictionary.toml as JSON (written by build.rs).
const SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/dictionary.json"));

/// The embedded dictionary, parsed on first use. A file that does not parse (caught by the
/// tests) gives an empty dictionary rather than a panic.
pub fn dictionary() -> &'static Dictionary {
    static DICT: OnceLock<Dictionary> = OnceLock::new();
    DICT.get_or_init(|| parse(SOURCE).unwrap_or_default())
}

/// The embedded dictionary's words compiled into one automaton, built on first use.
fn compiled() -> &'static matcher::Compiled {
    static COMPILED: OnceLock<matcher::Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| matcher::Compiled::new(dictionary()))
}

/// Parses the dictionary (as JSON); the words are normalised for matching once, here.
pub fn parse(source: &str) -> Result<Dictionary, String> {
    let mut dict: Dictionary = serde_json::from_str(source).map_err(|e| e.to_string())?;
    for ind in &mut dict.indicators {
        for words in [
            &mut ind.terms,
            &mut ind.topics,
            &mut ind.also,
            &mut ind.exclude,
            &mut ind.exclude_context,
        ] {
            for w in words.iter_mut() {
                *w = matcher::normalise(w);
            }
        }
    }
    Ok(dict)
}

/// The indicator with this id, from the embedded dictionary (the first with the id, as
/// [`Dictionary::get`] answers).
pub fn get(id: &str) -> Option<&'static Indicator> {
    place(id).and_then(|k| dictionary().indicators.get(k))
}

/// Where the indicator with this id stands in the embedded dictionary's list (the first with
/// the id). By a map from id to place built once: [`Dictionary::get`] compares the id with
/// each indicator's in turn, and the checks and the profile ask for every metric's indicator.
pub fn place(id: &str) -> Option<usize> {
    static PLACES: OnceLock<foldhash::HashMap<&'static str, usize>> = OnceLock::new();
    PLACES
        .get_or_init(|| {
            let indicators = &dictionary().indicators;
            let mut places: foldhash::HashMap<&'static str, usize> =
                foldhash::HashMapExt::with_capacity(indicators.len());
            for (k, ind) in indicators.iter().enumerate() {
                places.entry(ind.id.as_str()).or_insert(k);
            }
            places
        })
        .get(id)
        .copied()
}

/// Sets `indicator` on every metric of `report` that an indicator of the dictionary fits.
///
/// A part of a 其中 breakdown never takes the indicator of its whole (线上申请5件 under 申请8件
/// is not a second count of applications).
pub fn assign(ctx: &Context<'_, '_>, report: &mut Report) {
    let dict = dictionary();
    let compiled = compiled();
    let mut titles = matcher::TitleWords::new(report);
    let mut found = matcher::Found::new(compiled);
    let mut starts_breakdown = Vec::with_capacity(report.metrics.len());
    for i in 0..report.metrics.len() {
        starts_breakdown.push(matcher::read(
            compiled,
            ctx,
            report,
            &mut titles,
            i,
            &mut found,
        ));
        report.metrics[i].indicator =
            matcher::best(dict, compiled, &report.metrics[i], &mut found).map(|ind| ind.id.clone());
    }
    for sentence in ctx.sentences() {
        let mut whole: Option<usize> = None;
        for (k, &i) in sentence.iter().enumerate() {
            if k > 0 && starts_breakdown[i] {
                whole = Some(sentence[k - 1]);
            }
            if let Some(w) = whole {
                if w != i
                    && report.metrics[i].indicator.is_some()
                    && report.metrics[i].indicator == report.metrics[w].indicator
                {
                    report.metrics[i].indicator = None;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
