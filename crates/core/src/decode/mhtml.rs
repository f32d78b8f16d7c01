//! MHTML (`.mht`/`.mhtml`): a web page as a browser or Word saves it, one MIME message.
//!
//! The first `text/html` part is the page; its transfer encoding (quoted-printable or
//! base64) is undone and its charset (from the part's header, else its `<meta>`) declared.

use super::{html, text, DecodeError, Decoded, Format};
use base64::Engine;

/// Decodes the page inside an MHTML archive.
pub fn decode(bytes: &[u8], encoding_override: Option<&str>) -> Result<Decoded, DecodeError> {
    let (headers, body) = split_headers(bytes);
    let top = Headers::parse(headers);
    let part = match top.boundary() {
        Some(boundary) => parts(body, &boundary)
            .map(|p| {
                let (h, b) = split_headers(p);
                (Headers::parse(h), b)
            })
            .find(|(h, _)| h.content_type().starts_with("text/html")),
        None if top.content_type().starts_with("text/html") => Some((top, body)),
        None => None,
    };
    let Some((headers, body)) = part else {
        return Err(DecodeError::Binary {
            kind: "an MHTML archive without a web page",
        });
    };
    let raw = match headers
        .get("content-transfer-encoding")
        .map(|v| v.trim().to_ascii_lowercase())
        .as_deref()
    {
        Some("quoted-printable") => quoted_printable(body),
        Some("base64") => base64_lenient(body),
        _ => body.to_vec(),
    };
    let declared = headers.charset().or_else(|| html::declared_charset(&raw));
    let t = text::transcode(&raw, encoding_override, declared)?;
    let mut d = html::from_text(&t.text, t.encoding.name(), t.notes);
    d.format = Format::Mhtml;
    Ok(d)
}

/// Header block and body, split at the first empty line.
fn split_headers(b: &[u8]) -> (&[u8], &[u8]) {
    for (i, w) in b.windows(2).enumerate() {
        if w == b"\n\n" {
            return (&b[..i], &b[i + 2..]);
        }
        if w == b"\n\r" && b.get(i + 2) == Some(&b'\n') {
            return (&b[..i], &b[i + 3..]);
        }
    }
    (b, &[])
}

/// The parts between `--boundary` lines.
fn parts<'a>(body: &'a [u8], boundary: &str) -> impl Iterator<Item = &'a [u8]> + 'a {
    let marker = format!("--{boundary}").into_bytes();
    let mut starts = Vec::new();
    let mut from = 0;
    while let Some(at) = super::sniff::find(&body[from..], &marker) {
        starts.push(from + at);
        from += at + marker.len();
    }
    let len = marker.len();
    (0..starts.len()).filter_map(move |k| {
        let start = starts[k] + len;
        let end = starts.get(k + 1).copied().unwrap_or(body.len());
        let part = body.get(start..end)?;
        // `--boundary--` closes the message.
        (!part.starts_with(b"--")).then(|| {
            part.strip_prefix(b"\r\n")
                .or_else(|| part.strip_prefix(b"\n"))
                .unwrap_or(part)
        })
    })
}

/// Unfolded header lines, names lower-cased.
struct Headers(Vec<(String, String)>);

impl Headers {
    fn parse(block: &[u8]) -> Headers {
        let text = String::from_utf8_lossy(block);
        let mut out: Vec<(String, String)> = Vec::new();
        for line in text.lines() {
            if line.starts_with([' ', '\t']) {
                if let Some(last) = out.last_mut() {
                    last.1.push(' ');
                    last.1.push_str(line.trim());
                }
            } else if let Some((name, value)) = line.split_once(':') {
                out.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
            }
        }
        Headers(out)
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn content_type(&self) -> String {
        self.get("content-type").unwrap_or("").to_ascii_lowercase()
    }

    /// A parameter of the content type (`boundary`, `charset`), unquoted.
    fn param(&self, key: &str) -> Option<String> {
        let ct = self.get("content-type")?;
        ct.split(';').skip(1).find_map(|p| {
            let (k, v) = p.split_once('=')?;
            (k.trim().eq_ignore_ascii_case(key)).then(|| v.trim().trim_matches('"').to_string())
        })
    }

    fn boundary(&self) -> Option<String> {
        self.param("boundary").filter(|b| !b.is_empty())
    }

    fn charset(&self) -> Option<&'static encoding_rs::Encoding> {
        encoding_rs::Encoding::for_label(self.param("charset")?.as_bytes())
    }
}

/// Quoted-printable: `=XX` is a byte, `=` at the end of a line joins it to the next.
fn quoted_printable(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'=' {
            let hex = |c: u8| (c as char).to_digit(16);
            match (b.get(i + 1), b.get(i + 2)) {
                (Some(b'\r'), Some(b'\n')) => i += 3,
                (Some(b'\n'), _) => i += 2,
                (Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                    out.push((hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0)) as u8);
                    i += 3;
                }
                _ => {
                    out.push(b'=');
                    i += 1;
                }
            }
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

/// Base64 with line breaks and other stray bytes ignored; a broken tail is dropped.
fn base64_lenient(b: &[u8]) -> Vec<u8> {
    let mut clean: Vec<u8> = b
        .iter()
        .copied()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/'))
        .collect();
    clean.truncate(
        clean.len() / 4 * 4
            + if clean.len() % 4 >= 2 {
                clean.len() % 4
            } else {
                0
            },
    );
    base64::engine::general_purpose::STANDARD_NO_PAD
        .decode(&clean)
        .or_else(|_| {
            base64::engine::general_purpose::STANDARD_NO_PAD.decode(&clean[..clean.len() / 4 * 4])
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAVED_BY_CHROME: &str = "From: <Saved by Blink>\r\nSnapshot-Content-Location: http://example.invalid/a.html\r\nSubject: =?utf-8?Q?report?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc----\"\r\n\r\n\r\n------MultipartBoundary--abc----\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<html><head><meta charset=3D\"gb2312\"><title>=B1=A8=B8=E6</title></head><body><p>=D2=BB=A1=A2=D7=DC=CC=E5=\r\n=C7=E9=BF=F6</p></body></html>\r\n------MultipartBoundary--abc----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n------MultipartBoundary--abc------\r\n";

    #[test]
    fn the_html_part_is_found_and_decoded() {
        let d = decode(SAVED_BY_CHROME.as_bytes(), None).unwrap();
        assert_eq!(d.text, "一、总体情况\n");
        assert_eq!(d.encoding, "GBK");
        assert_eq!(d.title_hint.as_deref(), Some("报告"));
        assert_eq!(d.format, Format::Mhtml);
    }

    #[test]
    fn base64_parts_and_header_charsets() {
        let html = encoding_rs::GBK.encode("<p>二、存在的不足</p>").0;
        let b64 = base64::engine::general_purpose::STANDARD.encode(&html);
        let (a, b) = b64.split_at(7);
        let msg = format!("MIME-Version: 1.0\nContent-Type: multipart/related; boundary=XX\n\n--XX\nContent-Type: text/html; charset=\"gbk\"\nContent-Transfer-Encoding: base64\n\n{a}\n{b}\n--XX--\n");
        assert_eq!(
            decode(msg.as_bytes(), None).unwrap().text,
            "二、存在的不足\n"
        );
    }

    #[test]
    fn an_archive_without_a_page_is_refused() {
        let msg = "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=XX\n\n--XX\nContent-Type: image/png\n\nabc\n--XX--\n";
        assert!(decode(msg.as_bytes(), None).is_err());
    }

    #[test]
    fn quoted_printable_soft_breaks_and_bad_escapes() {
        assert_eq!(quoted_printable(b"a=3Db=\r\nc=ZZ="), b"a=bc=ZZ=");
    }
}
