//! What the CLI's integration tests share: the built binary and the bundled seed reports.

// Each test file uses only some of these.
#![allow(dead_code)]

use std::process::{Command, Output};

/// The `gangmu` binary Cargo built for these tests.
pub const BIN: &str = env!("CARGO_BIN_EXE_gangmu");

/// The path of the bundled seed report whose file name starts with `name` (`003`).
pub fn seed(name: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/reports");
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(name))
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

/// Runs `gangmu` with `args` and waits for it.
pub fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().unwrap()
}
