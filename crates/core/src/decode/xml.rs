//! What the XML formats (.docx, .ofd) read from quick-xml's events the same way: an
//! attribute by its local name and the character of an entity reference.

use quick_xml::events::{BytesRef, BytesStart};

/// The value of the attribute with local name `key` (`w:val` → `val`), unescaped. Attribute
/// checks are off: a duplicated attribute in a damaged file should not hide the others.
pub fn attr(e: &BytesStart, key: &[u8]) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.local_name().as_ref() == key)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// The character of `&amp;`, `&#20013;` …; `None` for an entity XML does not predefine.
pub fn entity(r: &BytesRef) -> Option<char> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Some(c);
    }
    // Typed: zip's typed-path adds `AsRef` impls for `[u8]` that defeat inference.
    let name: &[u8] = r.as_ref();
    match name {
        b"amp" => Some('&'),
        b"lt" => Some('<'),
        b"gt" => Some('>'),
        b"quot" => Some('"'),
        b"apos" => Some('\''),
        _ => None,
    }
}
