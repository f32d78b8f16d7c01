//! The comparison workbook read back: two sheets, values and changes as number cells.

use gangmu_core::{compare, extract, Options};
use gangmu_xlsx::table::Lang;
use std::io::Read;

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn indicators_and_profile_sheets() {
    let a = extract(
        "柳城县2023年法治政府建设年度报告\n调解民间纠纷1870件，调解成功1837件。\n",
        &Options::default(),
    );
    let b = extract(
        "柳城县人民政府2025年法治政府建设年度报告\n调解民间纠纷1869件，调解成功1825件。\n",
        &Options::default(),
    );
    let c = compare::compare(&[("=a.txt", &a), ("b.txt", &b)]);
    let bytes = gangmu_xlsx::compare::workbook(&c, Lang::Zh).unwrap();
    let book = part(&bytes, "xl/workbook.xml");
    assert!(
        book.contains("name=\"指标对比\"") && book.contains("name=\"报告概况\""),
        "{book}"
    );
    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    // Row 2 is 人民调解案件: E2 = 1870, H2 = 1869, K2 = the change -1 (columns: 4 keys, 3 per
    // report, 2 for the change).
    assert!(sheet.contains("<c r=\"E2\"><v>1870</v></c>"), "{sheet}");
    assert!(sheet.contains("<c r=\"H2\"><v>1869</v></c>"), "{sheet}");
    assert!(sheet.contains("<c r=\"K2\"><v>-1</v></c>"), "{sheet}");
    assert!(!sheet.contains("<f>"));
    let profile = part(&bytes, "xl/worksheets/sheet2.xml");
    assert!(profile.contains("<v>"), "{profile}");
}
