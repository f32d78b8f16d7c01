//! The shared vocabulary of the pipeline: units, heading markers, regular shapes (codes, dates),
//! traditional → simplified characters, and the word lists the stages match against.
//!
//! A low module on purpose: cleaning (`clean/wrap.rs` joins a number broken before its unit)
//! and the later stages read the same words, and imports only flow down the pipeline, so the
//! vocabulary lives below all of them. It depends on nothing but [`crate::model`] and
//! [`crate::text`].
//!
//! Word lists are data: `lexicon/*.toml`, turned into Rust constants by build.rs (see
//! [`data`]). To add a word, edit the TOML file; the code that uses a list builds its matcher
//! once and derives any index (such as units by their first character) from the list itself.

pub mod markers;
pub mod patterns;
pub mod segment;
pub mod trad;
pub mod units;
pub mod words;

/// The word lists of `lexicon/*.toml` as generated constants: `units.toml`'s
/// `count = [...]` is [`data::units::COUNT`].
pub mod data {
    /// `lexicon/change.toml`.
    pub mod change {
        include!(concat!(env!("OUT_DIR"), "/lexicon/change.rs"));
    }
    /// `lexicon/checks.toml`.
    pub mod checks {
        include!(concat!(env!("OUT_DIR"), "/lexicon/checks.rs"));
    }
    /// `lexicon/chrome.toml`.
    pub mod chrome {
        include!(concat!(env!("OUT_DIR"), "/lexicon/chrome.rs"));
    }
    /// `lexicon/dates.toml`.
    pub mod dates {
        include!(concat!(env!("OUT_DIR"), "/lexicon/dates.rs"));
    }
    /// `lexicon/file_metadata.toml`.
    pub mod file_metadata {
        include!(concat!(env!("OUT_DIR"), "/lexicon/file_metadata.rs"));
    }
    /// `lexicon/genre.toml`.
    pub mod genre {
        include!(concat!(env!("OUT_DIR"), "/lexicon/genre.rs"));
    }
    /// `lexicon/grammar.toml`.
    pub mod grammar {
        include!(concat!(env!("OUT_DIR"), "/lexicon/grammar.rs"));
    }
    /// `lexicon/issuer.toml`.
    pub mod issuer {
        include!(concat!(env!("OUT_DIR"), "/lexicon/issuer.rs"));
    }
    /// `lexicon/numeral.toml`.
    pub mod numeral {
        include!(concat!(env!("OUT_DIR"), "/lexicon/numeral.rs"));
    }
    /// `lexicon/outline.toml`.
    pub mod outline {
        include!(concat!(env!("OUT_DIR"), "/lexicon/outline.rs"));
    }
    /// `lexicon/label.toml`.
    pub mod label {
        include!(concat!(env!("OUT_DIR"), "/lexicon/label.rs"));
    }
    /// `lexicon/names.toml`.
    pub mod names {
        include!(concat!(env!("OUT_DIR"), "/lexicon/names.rs"));
    }
    /// `lexicon/parts.toml`.
    pub mod parts {
        include!(concat!(env!("OUT_DIR"), "/lexicon/parts.rs"));
    }
    /// `lexicon/qualifier.toml`.
    pub mod qualifier {
        include!(concat!(env!("OUT_DIR"), "/lexicon/qualifier.rs"));
    }
    /// `lexicon/region.toml`.
    pub mod region {
        include!(concat!(env!("OUT_DIR"), "/lexicon/region.rs"));
    }
    /// `lexicon/units.toml`.
    pub mod units {
        include!(concat!(env!("OUT_DIR"), "/lexicon/units.rs"));
    }
}
