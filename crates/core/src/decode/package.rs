//! Zip packages (.docx, .ofd): parts found by name and read within a budget, so a zip bomb
//! ends in an error instead of exhausting memory, and package paths resolved as the formats
//! define them.

use std::io::{Cursor, Read};

/// Why a part could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartError {
    /// The zip (or the part's compressed data) is damaged.
    Corrupt,
    /// Too many entries, or the parts inflate past the budget.
    TooLarge,
}

pub struct Package<'a> {
    zip: zip::ZipArchive<Cursor<&'a [u8]>>,
    names: Vec<String>,
    /// Bytes that may still be inflated.
    budget: usize,
}

impl<'a> Package<'a> {
    /// Opens a zip of at most `max_entries` entries whose parts may inflate to `budget`.
    pub fn open(bytes: &'a [u8], max_entries: usize, budget: usize) -> Result<Self, PartError> {
        let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| PartError::Corrupt)?;
        if zip.len() > max_entries {
            return Err(PartError::TooLarge);
        }
        let names = zip.file_names().map(str::to_string).collect();
        Ok(Package { zip, names, budget })
    }

    #[cfg_attr(not(feature = "docx"), allow(dead_code))]
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(String::as_str)
    }

    /// The entry name for package path `name`: as written, without a leading `/`, or
    /// differing in case (packages made on Windows).
    pub fn find(&self, name: &str) -> Option<String> {
        let bare = name.trim_start_matches('/');
        self.names
            .iter()
            .find(|n| n.trim_start_matches('/') == bare)
            .or_else(|| {
                self.names
                    .iter()
                    .find(|n| n.trim_start_matches('/').eq_ignore_ascii_case(bare))
            })
            .cloned()
    }

    /// The bytes of entry `name` (as [`Package::find`] returns it), spending the budget.
    pub fn read(&mut self, name: &str) -> Result<Vec<u8>, PartError> {
        let mut file = self.zip.by_name(name).map_err(|_| PartError::Corrupt)?;
        if file.size() > self.budget as u64 {
            return Err(PartError::TooLarge);
        }
        let mut bytes = Vec::new();
        (&mut file)
            .take(self.budget as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|_| PartError::Corrupt)?;
        if bytes.len() > self.budget {
            return Err(PartError::TooLarge);
        }
        self.budget -= bytes.len();
        Ok(bytes)
    }
}

/// The package path of `loc` given in a file in directory `dir`: absolute when it starts
/// with `/`, else relative; `.` and `..` segments resolved.
#[cfg_attr(not(feature = "ofd"), allow(dead_code))]
pub fn resolve(dir: &str, loc: &str) -> String {
    let loc = loc.trim().replace('\\', "/");
    let joined = if loc.starts_with('/') {
        loc
    } else {
        format!("{dir}/{loc}")
    };
    let mut parts: Vec<&str> = Vec::new();
    for seg in joined.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// The directory of a package path (`Doc_0/Document.xml` → `Doc_0`).
#[cfg_attr(not(feature = "ofd"), allow(dead_code))]
pub fn dir_of(path: &str) -> String {
    path.rsplit_once('/')
        .map_or(String::new(), |(d, _)| d.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_paths_resolve_like_the_formats_say() {
        assert_eq!(resolve("", "/Doc_0/Document.xml"), "Doc_0/Document.xml");
        assert_eq!(
            resolve("Doc_0", "Pages/Page_0/Content.xml"),
            "Doc_0/Pages/Page_0/Content.xml"
        );
        assert_eq!(resolve("Doc_0/Pages", "../Res/a.xml"), "Doc_0/Res/a.xml");
        assert_eq!(
            resolve("Doc_0", "./Tpls\\Tpl_0.xml"),
            "Doc_0/Tpls/Tpl_0.xml"
        );
        assert_eq!(dir_of("Doc_0/Document.xml"), "Doc_0");
        assert_eq!(dir_of("OFD.xml"), "");
    }
}
