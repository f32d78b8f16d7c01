//! The piece table ([MS-DOC] 2.9.38 Clx, 2.9.177 PlcPcd): where each run of the document's
//! characters is stored in the `WordDocument` stream, and how.
//!
//! Text positions (CPs) are counted in characters; each piece maps a CP range to a file
//! offset (FC). A piece is either UTF-16LE (two bytes a character) or "compressed": one byte
//! a character in Windows-1252 at half the stored offset. Fast-saved and edited documents
//! have many pieces in any order, so text is always read through this table, never as one
//! run from the start of the stream.

use super::fib::{u16_at, u32_at};

/// One run of text: CPs `cp..cp_end` stored from byte `fc` of the `WordDocument` stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    pub cp: u32,
    pub cp_end: u32,
    pub fc: u32,
    pub compressed: bool,
}

/// The pieces of a `Clx`; `None` when it holds no well-formed piece table.
pub fn parse(clx: &[u8]) -> Option<Vec<Piece>> {
    let mut at = 0;
    // Any number of Prc (clxt 1: a size and property modifiers), then one Pcdt (clxt 2).
    while clx.get(at) == Some(&0x01) {
        let size = usize::from(u16_at(clx, at + 1)?);
        at += 3 + size;
    }
    if clx.get(at) != Some(&0x02) {
        return None;
    }
    let lcb = u32_at(clx, at + 1)? as usize;
    let plc = clx.get(at + 5..(at + 5).checked_add(lcb)?)?;
    // n + 1 CPs (4 bytes each), then n piece descriptors (8 bytes each).
    if plc.len() < 4 || !(plc.len() - 4).is_multiple_of(12) {
        return None;
    }
    let n = (plc.len() - 4) / 12;
    let mut pieces = Vec::with_capacity(n);
    for i in 0..n {
        let cp = u32_at(plc, i * 4)?;
        let cp_end = u32_at(plc, i * 4 + 4)?;
        let pcd = 4 * (n + 1) + i * 8;
        let fc_raw = u32_at(plc, pcd + 2)?;
        let compressed = fc_raw & 0x4000_0000 != 0;
        let fc = fc_raw & 0x3FFF_FFFF;
        if cp_end <= cp {
            continue;
        }
        pieces.push(Piece {
            cp,
            cp_end,
            fc: if compressed { fc / 2 } else { fc },
            compressed,
        });
    }
    Some(pieces)
}

/// Bytes 0x80–0x9F of a compressed piece that [MS-DOC] 2.4.1 maps differently from
/// Latin-1 (they are Windows-1252's). Other bytes are their own code point.
pub fn compressed_char(b: u8) -> char {
    const HIGH: [u16; 32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ];
    match b {
        0x80..=0x9F => char::from_u32(u32::from(HIGH[usize::from(b - 0x80)])).unwrap_or('\u{FFFD}'),
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_piece_table_after_a_property_modifier() {
        // Prc of 2 bytes, then Pcdt with 2 pieces: CPs 0, 5, 8.
        let mut clx = vec![0x01, 2, 0, 0xAA, 0xBB, 0x02];
        let mut plc = Vec::new();
        for cp in [0u32, 5, 8] {
            plc.extend_from_slice(&cp.to_le_bytes());
        }
        for fc in [0x800u32, 0x4000_0000 | 0x1000] {
            plc.extend_from_slice(&[0, 0]);
            plc.extend_from_slice(&fc.to_le_bytes());
            plc.extend_from_slice(&[0, 0]);
        }
        clx.extend_from_slice(&(plc.len() as u32).to_le_bytes());
        clx.extend_from_slice(&plc);
        assert_eq!(
            parse(&clx).unwrap(),
            vec![
                Piece {
                    cp: 0,
                    cp_end: 5,
                    fc: 0x800,
                    compressed: false
                },
                Piece {
                    cp: 5,
                    cp_end: 8,
                    fc: 0x800,
                    compressed: true
                },
            ]
        );
        assert_eq!(parse(&clx[..clx.len() - 1]), None);
    }

    #[test]
    fn compressed_bytes_are_windows_1252() {
        assert_eq!(compressed_char(b'A'), 'A');
        assert_eq!(compressed_char(0x93), '“');
        assert_eq!(compressed_char(0xE9), 'é');
    }
}
