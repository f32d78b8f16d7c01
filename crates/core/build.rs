//! Turns the indicator dictionary (TOML, written for people: src/indicators/dictionary.toml)
//! into JSON for the runtime, so the wasm bundle carries no TOML parser: serde_json is in it
//! already (see BENCHMARKS.md, "Indicators"). A dictionary that does not parse fails the build.

fn main() {
    let src = "src/indicators/dictionary.toml";
    println!("cargo:rerun-if-changed={src}");
    let text = std::fs::read_to_string(src).unwrap_or_else(|e| panic!("{src}: {e}"));
    let value: serde_json::Value =
        basic_toml::from_str(&text).unwrap_or_else(|e| panic!("{src}: {e}"));
    let out =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("dictionary.json");
    std::fs::write(&out, value.to_string()).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
