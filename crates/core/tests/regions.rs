//! The seeds' issuers normalised (hand-checked against GB/T 2260: 柳州市 450200, 鱼峰区
//! 450203, 柳城县 450222; 000 is 柳州市司法局, a department of the city).

mod common;

use gangmu_core::corrections::{Change, Correction, Fact};
use gangmu_core::{extract, extract_corrected, Level, Options, Resolution};

#[test]
fn the_five_seeds_give_their_codes() {
    let expected = [
        ("000", "450200", "柳州市", Level::Prefecture, "司法局"),
        ("001", "450203", "鱼峰区", Level::County, "人民政府"),
        ("002", "450200", "柳州市", Level::Prefecture, "人民政府"),
        ("003", "450222", "柳城县", Level::County, "人民政府"),
        ("004", "450222", "柳城县", Level::County, "人民政府"),
    ];
    for (seed, code, name, level, body) in expected {
        let r = extract(&common::seed(seed), &Options::default());
        let by = r.issued_by.unwrap_or_else(|| panic!("{seed}: no issuer"));
        assert_eq!(by.code.as_deref(), Some(code), "{seed}: {by:?}");
        assert_eq!(by.region.as_deref(), Some(name), "{seed}");
        assert_eq!(by.level, Some(level), "{seed}");
        assert_eq!(by.body.as_deref(), Some(body), "{seed}");
        assert_eq!(by.resolution, Resolution::Unique, "{seed}");
        assert_eq!(
            by.parents.last().map(|p| p.code.as_str()),
            Some("450000"),
            "{seed}"
        );
    }
}

#[test]
fn a_corrected_issuer_is_normalised_again() {
    let text = common::seed("001");
    let fix = Correction {
        id: "i".into(),
        time: 0,
        group: None,
        change: Change::EditFact {
            set: Fact::Issuer(Some("柳州市柳城县人民政府".into())),
        },
    };
    let r = extract_corrected(&text, &Options::default(), &[fix]);
    let by = r.issued_by.unwrap();
    assert_eq!(by.code.as_deref(), Some("450222"));
    assert_eq!(by.resolution, Resolution::Corrected);
}
