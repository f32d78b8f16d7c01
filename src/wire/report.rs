//! The report tree's types on the wire: every field of every struct, every variant of every
//! enum, in declaration order (a change in `gangmu_core::model` fails to compile here until it
//! is listed).

use super::{structs, unit_enums, Reader, Wire, Writer};
use gangmu_core::model::*;
use gangmu_core::{Decimal, Span};

structs! {
    Report {
        title, title_span, issuer, issued_by, report_type, year, published, outline, points,
        metrics, dates, checks, findings, parts, removed, stats, profile, corrections, reviews,
    }
    Heading { level, marker, title, inferred, part, span, body, parent }
    Point { marker, title, section, span }
    Metric {
        value, unit, qualifier, qualifier_text, kind, direction, label, section, span, text, base,
        indicator, correction,
    }
    Base { value, unit }
    DateMention { text, value, span, repaired }
    Check { kind, holds, relation, metrics, span, note }
    Bilingual { zh, en }
    Finding { kind, message, span }
    PartCoverage { part, status, heading, span, note }
    Removed { kind, span }
    Stats { chars, body_chars }
    Profile {
        chars, metrics, metrics_per_1000, with_indicator, indicators, areas, headings,
        headings_per_part, problems_chars, problems_share, causes_given, parts_found,
        parts_with_heading, deadline, on_time, examples, derived,
    }
    PartHeadings { part, headings }
    DerivedRate { indicator, value, relation, metrics }
    IssuedBy { region, code, level, body, parents, resolution, candidates, former_name, statistical }
    RegionRef { code, name, level, within }
    MetricCorrection { added, original, ids }
    MetricFields { value, unit, qualifier, kind, direction, label, indicator }
    AppliedCorrection { id, status, target, action, field, span, original, value, reason }
    FindingReview { finding, status, note, id }
    Span { start, end }
}

unit_enums! {
    ReportType { RuleOfLaw, InfoDisclosure, GovernmentWork, StatisticalCommunique, WorkSummary, Other }
    Part { R1, R2, R3, R4, R5, D1, D2, D3, D4, D5, D6 }
    Qualifier { Yu, Duo, Nearly, About, Beyond, Over, AtLeast, AtMost, Around, Under, Reaches, Each }
    MetricKind { Count, Percent, Money, Change, Duration, Other }
    Direction { Up, Down }
    CheckKind { Sum, Rate, Subset, Consistency, Completeness, Timeliness }
    FindingKind {
        WebChrome, DuplicatedBody, DroppedDateChar, MissingNumeralHeading, InlineHeading,
        TitleSplit, NoTitle, UnitMissing, UnbalancedQuotes, Whitespace, HardWrap, Traditional,
        ArithmeticMismatch, MissingPart, Timeliness, NotAReport, ReportType, Other,
    }
    Coverage { Heading, Passage, Missing }
    Level { Province, Prefecture, County, Township }
    Resolution { Unique, Issuer, Context, Ambiguous, Corrected, Unknown }
    CorrectionStatus { Applied, Unplaced }
    CorrectionTarget { Metric, Fact, Finding }
    UnplacedReason { TextNotFound, Ambiguous, NoMetric, Removed, LeftOut, NoFinding, Invalid }
    ReviewStatus { Reviewed, Dismissed }
}

/// Its mantissa and scale as the contract line gives them back. The line writes a decimal as a
/// JSON number (an integer, else the nearest float), so `12.50` is read back as `12.5`: the
/// worker writes that, whether it encodes the report it just made or one read from a line, and
/// the page sees what a reader of the line sees.
impl Wire for Decimal {
    fn put(&self, w: &mut Writer) {
        let json = serde_json::to_string(self).unwrap_or_default();
        let read: Decimal = serde_json::from_str(&json).unwrap_or(*self);
        read.mantissa().put(w);
        read.scale().put(w);
    }
    fn get(r: &mut Reader) -> Self {
        let mantissa = i128::get(r);
        Decimal::new(mantissa, u32::get(r))
    }
}

impl<T: Wire> Wire for Box<T> {
    fn put(&self, w: &mut Writer) {
        (**self).put(w);
    }
    fn get(r: &mut Reader) -> Self {
        Box::new(T::get(r))
    }
}

#[cfg(test)]
mod tests {
    use crate::wire::{decode, encode};
    use gangmu_core::present::json::report_line;
    use gangmu_core::{extract, extract_corrected, Options, Report};

    /// Read from its contract line as the worker reads it, a report comes back from the wire
    /// whole: written as JSON again, the same text. And the report as extracted gives the same
    /// bytes as the report read from its line (a paste's and a correction's reply carry the
    /// former, `Load` the latter).
    fn comes_back(made: &Report, line: &str) {
        let report: Report = serde_json::from_str(line).unwrap();
        let bytes = encode(&report);
        assert!(
            encode(made) == bytes,
            "the report as made and as read from its line differ"
        );
        let back: Report = decode(&bytes).unwrap();
        assert_eq!(
            serde_json::to_string(&back).unwrap(),
            serde_json::to_string(&report).unwrap()
        );
        // Anything cut short is refused, never misread.
        for cut in (0..bytes.len()).step_by(bytes.len() / 97 + 1) {
            assert!(decode::<Report>(&bytes[..cut]).is_none(), "cut at {cut}");
        }
    }

    /// `12.50` as made goes as the `12.5` its line gives back.
    #[test]
    fn a_decimal_goes_as_its_line_gives_it_back() {
        let made = gangmu_core::Decimal::new(1250, 2);
        let back: gangmu_core::Decimal = decode(&encode(&made)).unwrap();
        assert_eq!((back.mantissa(), back.scale()), (125, 1));
        let big = gangmu_core::Decimal::new(230_700_000_000, 0);
        let back: gangmu_core::Decimal = decode(&encode(&big)).unwrap();
        assert_eq!((back.mantissa(), back.scale()), (230_700_000_000, 0));
    }

    #[test]
    fn every_sample_report_comes_back_whole() {
        for i in 0..crate::samples::NAMES.len() {
            let text = crate::samples::text(i).unwrap();
            let report = extract(text, &Options::default());
            comes_back(&report, &report_line("x.txt", &Default::default(), &report));
        }
    }

    /// Every kind of correction: corrected and added metrics, a changed fact, a review, one
    /// that no longer finds its place.
    #[test]
    fn a_corrected_report_comes_back_whole() {
        let text = crate::samples::text(3).unwrap();
        let report = extract(text, &Options::default());
        let log = crate::json::tests::corrections(text, &report);
        let corrected = extract_corrected(text, &Options::default(), &log);
        assert!(!corrected.corrections.is_empty() && !corrected.reviews.is_empty());
        comes_back(
            &corrected,
            &report_line("x.txt", &Default::default(), &corrected),
        );
    }
}
