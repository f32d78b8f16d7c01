//! The workspace file (`*.gangmu.json`): a user's whole batch in one file to keep or share.
//!
//! It holds each report as it was given — a file's original bytes (base64), so it can be read
//! again with another encoding or a newer decoder, or the text that was pasted — with the
//! encoding the user chose and the user's corrections. The web app stores the same data in
//! the browser and exports and imports this file; the CLI reads it to apply the corrections to
//! the same files (`--corrections`), which it recognises by [`content_hash`] whatever they are
//! called. Versioned: a file of a newer version is refused with a message, never misread.

use crate::corrections::Correction;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The `format` field of every workspace file.
pub const FORMAT: &str = "gangmu-workspace";
/// The version this core writes and the newest it reads.
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub format: String,
    pub version: u32,
    /// Version of the core that wrote it (a newer core re-reads the reports and re-applies
    /// the corrections).
    #[serde(default)]
    pub core: String,
    pub reports: Vec<WorkspaceReport>,
}

/// One report of the batch.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkspaceReport {
    /// [`content_hash`] of the original bytes (of the UTF-8 text, for pasted text).
    pub hash: String,
    /// The file name, or the name a pasted text was listed under.
    pub name: String,
    pub source: Source,
    /// The encoding the user chose to read the file with, if not the detected one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// When it was added (milliseconds since the epoch, from the caller; 0 when unknown).
    #[serde(default)]
    pub added: u64,
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

/// What the user gave. Read through a flat struct (`{"kind", "text", "bytes"}`, the same
/// JSON): serde's derive would buffer the object to read an internally tagged enum, which
/// costs the web page's first paint a second copy of the readers (see `corrections::wire`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", try_from = "FlatSource")]
pub enum Source {
    Pasted {
        text: String,
    },
    File {
        #[serde(with = "base64_bytes")]
        bytes: Vec<u8>,
    },
}

#[derive(Deserialize)]
struct FlatSource {
    kind: SourceKind,
    #[serde(default)]
    text: Option<String>,
    #[serde(default, with = "base64_bytes::optional")]
    bytes: Option<Vec<u8>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum SourceKind {
    Pasted,
    File,
}

impl TryFrom<FlatSource> for Source {
    type Error = &'static str;

    fn try_from(f: FlatSource) -> Result<Source, &'static str> {
        match f.kind {
            SourceKind::Pasted => Ok(Source::Pasted {
                text: f.text.ok_or("missing field `text`")?,
            }),
            SourceKind::File => Ok(Source::File {
                bytes: f.bytes.ok_or("missing field `bytes`")?,
            }),
        }
    }
}

impl Source {
    /// The bytes the hash is taken of.
    pub fn bytes(&self) -> &[u8] {
        match self {
            Source::Pasted { text } => text.as_bytes(),
            Source::File { bytes } => bytes,
        }
    }
}

/// Why a workspace file could not be read, in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkspaceError {
    /// Not JSON, or not in the workspace's shape.
    Malformed(String),
    /// JSON of another kind (a report's JSON line, an export).
    NotAWorkspace,
    /// Written by a newer Gangmu.
    NewerVersion(u32),
}

impl WorkspaceError {
    pub fn message_zh(&self) -> String {
        match self {
            WorkspaceError::Malformed(e) => format!("工作区文件已损坏，无法读取（{e}）"),
            WorkspaceError::NotAWorkspace => "这不是纲目工作区文件（*.gangmu.json）".to_string(),
            WorkspaceError::NewerVersion(v) => {
                format!("该工作区文件由更新版本的纲目保存（第{v}版），请更新纲目后再打开")
            }
        }
    }

    pub fn message_en(&self) -> String {
        match self {
            WorkspaceError::Malformed(e) => format!("The workspace file is damaged ({e})"),
            WorkspaceError::NotAWorkspace => {
                "This is not a Gangmu workspace file (*.gangmu.json)".to_string()
            }
            WorkspaceError::NewerVersion(v) => format!(
                "This workspace file was saved by a newer Gangmu (version {v}); update Gangmu to open it"
            ),
        }
    }
}

impl std::fmt::Display for WorkspaceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_en())
    }
}

impl std::error::Error for WorkspaceError {}

/// `sha256:` and the hex SHA-256 of `bytes`: how a report is recognised across browsers, the
/// CLI and renamed copies of a file.
pub fn content_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(7 + 64);
    out.push_str("sha256:");
    for b in digest {
        out.push(char::from_digit((b >> 4) as u32, 16).unwrap_or('0'));
        out.push(char::from_digit((b & 0xf) as u32, 16).unwrap_or('0'));
    }
    out
}

/// True when `bytes` look like a workspace file (its JSON names the format near the start),
/// so a dropped file can be told from a report without parsing all of it.
pub fn looks_like_workspace(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(256)];
    let head = String::from_utf8_lossy(head);
    head.trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('{')
        && head.contains(FORMAT)
}

impl Default for Workspace {
    fn default() -> Self {
        Workspace {
            format: FORMAT.to_string(),
            version: VERSION,
            core: env!("CARGO_PKG_VERSION").to_string(),
            reports: Vec::new(),
        }
    }
}

impl Workspace {
    /// Reads a workspace file. Each report's hash is taken anew from its content (a stored
    /// hash that disagrees — the file was edited by hand — is replaced, not trusted).
    pub fn parse(json: &str) -> Result<Workspace, WorkspaceError> {
        let json = json.trim_start_matches('\u{feff}');
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| WorkspaceError::Malformed(e.to_string()))?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(WorkspaceError::NotAWorkspace);
        }
        match value.get("version").and_then(|v| v.as_u64()) {
            Some(v) if v > VERSION as u64 => {
                return Err(WorkspaceError::NewerVersion(v.min(u32::MAX as u64) as u32))
            }
            _ => {}
        }
        let mut ws: Workspace =
            serde_json::from_value(value).map_err(|e| WorkspaceError::Malformed(e.to_string()))?;
        for r in &mut ws.reports {
            r.hash = content_hash(r.source.bytes());
        }
        Ok(ws)
    }

    /// The file's JSON (one line).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The report whose content hash is `hash`.
    pub fn find(&self, hash: &str) -> Option<&WorkspaceReport> {
        self.reports.iter().find(|r| r.hash == hash)
    }

    /// Adds `other`'s reports: one with the same content is the same report, and its
    /// corrections join this one's (a correction is the same by its id), ordered by time.
    pub fn merge(&mut self, other: Workspace) {
        for theirs in other.reports {
            match self.reports.iter_mut().find(|r| r.hash == theirs.hash) {
                Some(ours) => {
                    merge_corrections(&mut ours.corrections, theirs.corrections);
                    if ours.encoding.is_none() {
                        ours.encoding = theirs.encoding;
                    }
                }
                None => self.reports.push(theirs),
            }
        }
    }
}

/// `theirs` joined to `ours` without duplicates; when every correction has a time, the log is
/// put in time order (two tabs or two colleagues interleave), else `ours` comes first.
pub fn merge_corrections(ours: &mut Vec<Correction>, theirs: Vec<Correction>) {
    for c in theirs {
        if !ours.iter().any(|o| o.id == c.id) {
            ours.push(c);
        }
    }
    if ours.iter().all(|c| c.time > 0) {
        crate::sort::by_key(ours, |c| c.time);
    }
}

mod base64_bytes {
    use base64::Engine;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        base64::engine::general_purpose::STANDARD
            .decode(s.as_bytes())
            .map_err(serde::de::Error::custom)
    }

    /// The same for an optional field (`None` when absent or `null`).
    pub mod optional {
        use serde::{Deserialize, Deserializer};

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<u8>>, D::Error> {
            #[derive(Deserialize)]
            struct Bytes(#[serde(with = "super")] Vec<u8>);
            Ok(Option::<Bytes>::deserialize(d)?.map(|b| b.0))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corrections::{Change, Fact};

    fn fix(id: &str, time: u64) -> Correction {
        Correction {
            id: id.into(),
            time,
            group: None,
            change: Change::EditFact {
                set: Fact::Year(Some(2023)),
            },
        }
    }

    fn report(name: &str, bytes: &[u8], corrections: Vec<Correction>) -> WorkspaceReport {
        WorkspaceReport {
            hash: content_hash(bytes),
            name: name.into(),
            source: Source::File {
                bytes: bytes.to_vec(),
            },
            encoding: None,
            added: 0,
            corrections,
        }
    }

    #[test]
    fn the_hash_is_sha256_of_the_bytes() {
        assert_eq!(
            content_hash(b"abc"),
            "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn a_workspace_round_trips_through_its_json() {
        let mut ws = Workspace::default();
        ws.reports.push(report(
            "a.txt",
            "报告\u{0}\u{ff}".as_bytes(),
            vec![fix("1", 5)],
        ));
        ws.reports.push(WorkspaceReport {
            hash: content_hash("粘贴的文本".as_bytes()),
            name: "粘贴文本".into(),
            source: Source::Pasted {
                text: "粘贴的文本".into(),
            },
            encoding: Some("GBK".into()),
            added: 7,
            corrections: vec![],
        });
        let json = ws.to_json();
        assert!(looks_like_workspace(json.as_bytes()));
        assert_eq!(Workspace::parse(&json).unwrap(), ws);
    }

    #[test]
    fn other_json_and_newer_versions_are_refused_with_a_reason() {
        assert_eq!(
            Workspace::parse(r#"{"version":1,"file":"a.txt","metrics":[]}"#),
            Err(WorkspaceError::NotAWorkspace)
        );
        let newer = r#"{"format":"gangmu-workspace","version":9,"reports":[]}"#;
        assert_eq!(
            Workspace::parse(newer),
            Err(WorkspaceError::NewerVersion(9))
        );
        assert!(WorkspaceError::NewerVersion(9)
            .message_zh()
            .contains("更新"));
        assert!(matches!(
            Workspace::parse("{\"format\":\"gangmu-workspace\""),
            Err(WorkspaceError::Malformed(_))
        ));
        let bad_bytes = r#"{"format":"gangmu-workspace","version":1,"reports":[{"hash":"x","name":"a","source":{"kind":"file","bytes":"@@"}}]}"#;
        assert!(matches!(
            Workspace::parse(bad_bytes),
            Err(WorkspaceError::Malformed(_))
        ));
        assert!(!looks_like_workspace(b"\x89PNG"));
    }

    #[test]
    fn a_hash_edited_by_hand_is_taken_anew() {
        let mut ws = Workspace::default();
        ws.reports.push(report("a.txt", b"text", vec![]));
        ws.reports[0].hash = "sha256:0".into();
        let back = Workspace::parse(&ws.to_json()).unwrap();
        assert_eq!(back.reports[0].hash, content_hash(b"text"));
    }

    #[test]
    fn merging_joins_the_same_report_and_its_corrections_once() {
        let mut ours = Workspace::default();
        ours.reports
            .push(report("a.txt", b"A", vec![fix("1", 10), fix("3", 30)]));
        let mut theirs = Workspace::default();
        theirs.reports.push(report(
            "renamed.txt",
            b"A",
            vec![fix("1", 10), fix("2", 20)],
        ));
        theirs.reports.push(report("b.txt", b"B", vec![]));
        ours.merge(theirs);
        assert_eq!(ours.reports.len(), 2);
        assert_eq!(ours.reports[0].name, "a.txt");
        let ids: Vec<&str> = ours.reports[0]
            .corrections
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(ids, ["1", "2", "3"]);
    }

    /// `Source` as serde's derive read it before: the flat reader agrees with it.
    #[derive(Serialize, Deserialize)]
    #[serde(tag = "kind", rename_all = "lowercase")]
    enum Derived {
        Pasted {
            text: String,
        },
        File {
            #[serde(with = "base64_bytes")]
            bytes: Vec<u8>,
        },
    }

    #[test]
    fn source_reads_what_the_derive_read_and_refuses_what_it_refused() {
        let cases = [
            r#"{"kind":"pasted","text":"某县2023年报告"}"#,
            r#"{"text":"报告","kind":"pasted"}"#,
            r#"{"kind":"file","bytes":"5p+Q5Y6/"}"#,
            r#"{"bytes":"","kind":"file","other":[1,2]}"#,
            r#"{"kind":"file","bytes":"not base64!"}"#,
            r#"{"kind":"file"}"#,
            r#"{"kind":"pasted"}"#,
            r#"{"kind":"pasted","text":null}"#,
            r#"{"kind":"url","text":"x"}"#,
            r#"{"text":"x"}"#,
        ];
        let mut read = 0;
        for case in cases {
            match (
                serde_json::from_str::<Derived>(case),
                serde_json::from_str::<Source>(case),
            ) {
                (Ok(old), Ok(new)) => {
                    read += 1;
                    assert_eq!(
                        serde_json::to_string(&old).unwrap(),
                        serde_json::to_string(&new).unwrap()
                    );
                }
                (Err(_), Err(_)) => {}
                (old, new) => panic!("{case}: derive {:?}, flat {new:?}", old.is_ok()),
            }
        }
        assert_eq!(read, 4);
    }
}
