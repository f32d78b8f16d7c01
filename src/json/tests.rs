//! The deserializer against `serde_json` on everything the page reads: the sample reports'
//! contract lines (with corrections of every kind), a comparison, a workspace file, message
//! heads and stored records; then JSON's corners and malformed input.

use super::from_str;
use crate::protocol::{Envelope, Reply, Request};
use crate::worker::handle;
use gangmu_core::corrections::{Anchor, Change, Correction, Fact, MetricField};
use gangmu_core::model::ReviewStatus;
use gangmu_core::present::json::report_line;
use gangmu_core::workspace::{Source as WsSource, Workspace, WorkspaceReport};
use gangmu_core::{extract, extract_corrected, Decimal, Options, Report};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Read by both, the value is the same (compared as `serde_json` writes it).
fn same<T: Serialize + DeserializeOwned>(json: &str) -> T {
    let theirs: T = serde_json::from_str(json).unwrap();
    let ours: T = from_str(json).unwrap();
    assert_eq!(
        serde_json::to_string(&ours).unwrap(),
        serde_json::to_string(&theirs).unwrap()
    );
    ours
}

fn sample(i: usize) -> &'static str {
    crate::samples::text(i).unwrap()
}

pub(crate) fn corrections(text: &str, report: &Report) -> Vec<Correction> {
    let m = &report.metrics;
    let at = |i: usize| Anchor::at(text, m[i].span);
    let f = report.findings.iter().find(|f| f.span.is_some()).unwrap();
    let changes = vec![
        Change::EditMetric {
            at: at(0),
            set: MetricField::Value(Decimal::parse("12.5").unwrap()),
        },
        Change::EditMetric {
            at: at(1),
            set: MetricField::Label("标签 \"引号\" \\ 与\n换行".into()),
        },
        Change::EditMetric {
            at: at(1),
            set: MetricField::Unit(None),
        },
        Change::RemoveMetric { at: at(2) },
        Change::AddMetric {
            at: at(3),
            metric: (&m[3]).into(),
        },
        Change::EditFact {
            set: Fact::Published(Some("2024-03-20".into())),
        },
        Change::EditFact {
            set: Fact::Year(None),
        },
        Change::ReviewFinding {
            at: Some(Anchor::at(text, f.span.unwrap())),
            finding: f.kind,
            message: f.message.zh.clone(),
            status: ReviewStatus::Dismissed,
            note: Some("已核对".into()),
        },
    ];
    changes
        .into_iter()
        .enumerate()
        .map(|(i, change)| Correction {
            id: format!("t-c{i}"),
            time: 1_733_000_000_000 + i as u64,
            group: Some("g1".into()),
            change,
        })
        .collect()
}

#[test]
fn every_sample_reads_as_serde_json_reads_it() {
    for i in 0..crate::samples::NAMES.len() {
        let report = extract(sample(i), &Options::default());
        let line = report_line("a \"b\".txt", &Default::default(), &report);
        let back: Report = same(&line);
        assert_eq!(back.metrics, report.metrics, "sample {i}");
        assert_eq!(back.outline, report.outline, "sample {i}");
        assert_eq!(back.findings, report.findings, "sample {i}");
    }
}

#[test]
fn a_corrected_report_and_its_workspace_file_read_alike() {
    let text = sample(3);
    let report = extract(text, &Options::default());
    let log = corrections(text, &report);
    let corrected = extract_corrected(text, &Options::default(), &log);
    assert!(!corrected.corrections.is_empty());
    same::<Report>(&report_line("x.txt", &Default::default(), &corrected));
    same::<Vec<Correction>>(&serde_json::to_string(&log).unwrap());

    let mut ws = Workspace::default();
    for (name, source) in [
        (
            "003.txt",
            WsSource::File {
                bytes: text.as_bytes().to_vec(),
            },
        ),
        ("粘贴文本", WsSource::Pasted { text: text.into() }),
    ] {
        ws.reports.push(WorkspaceReport {
            hash: gangmu_core::workspace::content_hash(text.as_bytes()),
            name: name.into(),
            source,
            encoding: Some("GBK".into()),
            added: 1_733_000_000_000,
            corrections: log.clone(),
        });
    }
    same::<Workspace>(&ws.to_json());
}

#[test]
fn a_comparison_and_the_heads_read_alike() {
    use crate::worker::tests::sample_request;
    let extracted = handle(sample_request(3));
    same::<Reply>(&serde_json::to_string(&extracted.head.unwrap()).unwrap());
    let lines: Vec<String> = [3, 4]
        .iter()
        .map(|&i| handle(sample_request(i)).line.unwrap())
        .collect();
    let compared = handle(Envelope {
        lines,
        ..Envelope::new(Request::Compare {
            job: 1,
            lang: crate::i18n::Lang::Zh,
            total: true,
        })
    });
    same::<Reply>(&serde_json::to_string(&compared.head.unwrap()).unwrap());
    same::<gangmu_core::compare::Comparison>(&compared.line.unwrap());
    // What the page reads of it, the worker's view, comes as crate::wire bytes (its tests).
    assert!(compared.bytes.is_some());

    let text = sample(3);
    let report = extract(text, &Options::default());
    let correct = Request::Correct {
        job: 2,
        name: "003.txt".into(),
        summary: Default::default(),
        corrections: corrections(text, &report),
    };
    same::<Request>(&serde_json::to_string(&correct).unwrap());

    // A form field as the worker read it: a number, a year, refusals with and without words.
    use crate::protocol::TypedField;
    use crate::worker::tests::typed;
    for (field, text) in [
        (TypedField::Number, "1,200.5"),
        (TypedField::Number, "3万"),
        (TypedField::Number, "十几"),
        (TypedField::Year, "2023年"),
        (TypedField::Year, "去年"),
    ] {
        same::<Reply>(&serde_json::to_string(&typed(field, text)).unwrap());
    }
}

#[test]
fn json_corners() {
    assert_eq!(
        from_str::<String>(r#""a\"\\\/\b\f\n\r\t\u00e9\u4e2d\ud83d\ude00""#).unwrap(),
        "a\"\\/\u{8}\u{c}\n\r\té中😀"
    );
    assert_eq!(from_str::<String>("\"纲目\"").unwrap(), "纲目");
    assert_eq!(
        from_str::<Vec<i64>>(" [ 0 , -0, 12, -9223372036854775808 ] ").unwrap(),
        [0, 0, 12, i64::MIN]
    );
    assert_eq!(from_str::<u64>("18446744073709551615").unwrap(), u64::MAX);
    assert_eq!(
        from_str::<f64>("18446744073709551616").unwrap(),
        18446744073709551616.0
    );
    assert_eq!(
        from_str::<Vec<f64>>("[1.5e3,-2E-2,0.1]").unwrap(),
        [1500.0, -0.02, 0.1]
    );
    assert_eq!(from_str::<Option<bool>>("null").unwrap(), None);
    assert_eq!(from_str::<(bool, ())>("[true,null]").unwrap(), (true, ()));
    assert_eq!(
        from_str::<Decimal>("23.07").unwrap(),
        Decimal::parse("23.07").unwrap()
    );
    assert_eq!(
        from_str::<Decimal>("2307000000").unwrap(),
        Decimal::parse("2307000000").unwrap()
    );
    // Unknown fields, whatever they hold, are skipped.
    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct S {
        a: u32,
    }
    assert_eq!(
        from_str::<S>(r#"{"x":{"y":[1,"]",{"z":null}]},"a":3,"w":"}"}"#).unwrap(),
        S { a: 3 }
    );
    // A struct is an object: serde_json also takes a list of the fields in order, which
    // nothing here writes (and which would cost each struct a second code path).
    assert!(from_str::<S>("[4]").is_err());
}

/// Objects are read field by field in declaration order (the derive's `visit_seq`): what is
/// missing, given twice, out of order or escaped must come out as `visit_map` makes it.
#[test]
fn struct_fields_by_name_in_declaration_order() {
    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Inner {
        n: u32,
        #[serde(default)]
        tags: Vec<String>,
    }
    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Outer {
        a: Option<String>,
        b: u32,
        #[serde(default)]
        c: bool,
        inner: Option<Inner>,
        #[serde(default)]
        list: Vec<Inner>,
        d: Option<u32>,
    }
    #[derive(serde::Deserialize, Debug, PartialEq, Default)]
    #[serde(default)]
    struct AllDefault {
        x: u32,
        y: Option<String>,
        z: Vec<u32>,
    }
    let read = |json: &str| -> Outer {
        let theirs: Outer = serde_json::from_str(json).unwrap();
        let ours: Outer = from_str(json).unwrap();
        assert_eq!(ours, theirs, "{json}");
        ours
    };
    // Out of order, a nested struct, a list of structs, unknown keys, an escaped key.
    let o = read(
        r#"{"list":[{"tags":["t"],"n":2},{"n":3}],"zz":[1],"inner":{"n":1},"b":7,"a":"x","c":true}"#,
    );
    assert_eq!(o.a.as_deref(), Some("x"));
    assert_eq!(o.list[1].tags, Vec::<String>::new());
    // Missing: `Option` fields are `None`, `default` fields their default.
    let o = read(r#"{"b":1}"#);
    assert_eq!(
        (o.a, o.c, o.inner, o.list, o.d),
        (None, false, None, vec![], None)
    );
    read(r#"{"b":1,"a":null,"d":null,"inner":null}"#);
    // A missing field of any other type is an error, as with serde_json.
    assert!(from_str::<Outer>(r#"{"a":"x"}"#).is_err());
    assert!(from_str::<Outer>(r#"{"b":1,"inner":{}}"#).is_err());
    assert!(from_str::<Outer>(r#"{"b":"1"}"#).is_err());
    // A container default fills in everything missing.
    assert_eq!(from_str::<AllDefault>("{}").unwrap(), AllDefault::default());
    assert_eq!(
        from_str::<AllDefault>(r#"{"z":[2],"q":0}"#).unwrap(),
        serde_json::from_str::<AllDefault>(r#"{"z":[2],"q":0}"#).unwrap()
    );
    // A key given twice: the first counts (serde_json refuses the object).
    assert_eq!(from_str::<Outer>(r#"{"b":1,"b":2}"#).unwrap().b, 1);
    // Malformed values the struct does not read are still errors.
    assert!(from_str::<Outer>(r#"{"b":1,"zz":[1,}"#).is_err());
    // Nesting is still limited with structs in between.
    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct Node {
        next: Option<Box<Node>>,
    }
    let deep = r#"{"next":"#.repeat(200) + "null" + &"}".repeat(200);
    assert!(from_str::<Node>(&deep).is_err());
    let shallow = r#"{"next":"#.repeat(20) + "null" + &"}".repeat(20);
    assert!(from_str::<Node>(&shallow).is_ok());
}

#[test]
fn malformed_input_is_an_error_never_a_panic() {
    for bad in [
        "",
        " ",
        "[",
        "]",
        "{",
        "{\"a\"",
        "{\"a\":",
        "{\"a\":1,}",
        "[1,]",
        "[1 2]",
        "01",
        "-",
        "1.",
        "1e",
        "\"abc",
        "\"\\x\"",
        "\"\\u12\"",
        "\"\\ud800\"",
        "\"\\ud800\\u0041\"",
        "\"a\u{1}\"",
        "nul",
        "tru",
        "[1] x",
        "{1:2}",
        "1e999",
        "\"\\u+123\"",
    ] {
        assert!(from_str::<serde::de::IgnoredAny>(bad).is_err(), "{bad:?}");
        assert!(from_str::<Report>(bad).is_err(), "{bad:?}");
    }
    let deep = "[".repeat(200) + &"]".repeat(200);
    assert!(from_str::<serde::de::IgnoredAny>(&deep).is_err());
    assert!(from_str::<serde_json::Value>(&deep).is_err());
    // Every cut of a real line fails cleanly.
    let report = extract(sample(0), &Options::default());
    let line = report_line("x.txt", &Default::default(), &report);
    let cuts: Vec<usize> = (0..line.len())
        .step_by(line.len() / 500 + 1)
        .filter(|&i| line.is_char_boundary(i))
        .collect();
    for i in cuts {
        assert!(from_str::<Report>(&line[..i]).is_err(), "cut at {i}");
    }
    assert!(from_str::<Report>(&line).is_ok());
}
