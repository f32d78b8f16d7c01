//! A batch runs on several threads (`--jobs`, default one per core), and what it prints does not
//! depend on how many: the output of three threads is byte for byte the output of one, in the
//! order the files were given, unreadable files included.

mod common;

use common::{run, BIN};

/// A batch larger than one chunk of work per thread: the fixture reports and formats, a file
/// that does not exist and one that is not a report, in a fixed order.
fn batch() -> Vec<String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures");
    let mut files: Vec<String> = ["reports", "formats"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(format!("{root}/{dir}")).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && !p.to_string_lossy().ends_with(".md"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    files.sort();
    files.insert(3, format!("{root}/no-such-report.txt"));
    files.insert(7, BIN.to_string());
    assert!(files.len() > 3 * 8, "the batch should span several chunks");
    files
}

fn extract(format: &str, jobs: &str, files: &[String]) -> std::process::Output {
    let mut args = vec!["extract", "--format", format, "--jobs", jobs];
    args.extend(files.iter().map(String::as_str));
    run(&args)
}

#[test]
fn one_thread_and_three_print_the_same_bytes() {
    let files = batch();
    for format in ["json", "csv", "markdown"] {
        let one = extract(format, "1", &files);
        let three = extract(format, "3", &files);
        assert_eq!(
            one.status.code(),
            Some(1),
            "{format}: two inputs are unreadable"
        );
        assert_eq!(three.status.code(), one.status.code(), "{format}");
        assert!(one.stdout == three.stdout, "{format}: stdout differs");
        assert!(one.stderr == three.stderr, "{format}: stderr differs");
    }
}

#[test]
fn reports_come_out_in_input_order() {
    let files = batch();
    let out = extract("json", "3", &files);
    let names: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["file"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(names, files);
}

#[test]
fn compare_does_not_depend_on_the_threads_either() {
    let files = batch();
    let args = |jobs: &'static str| {
        let mut a = vec!["compare", "--format", "json", "--jobs", jobs];
        a.extend(files.iter().map(String::as_str));
        a
    };
    let one = run(&args("1"));
    let three = run(&args("3"));
    assert_eq!(one.status.code(), Some(1));
    assert!(one.stdout == three.stdout, "stdout differs");
}
