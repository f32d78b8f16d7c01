//! Paragraph and character properties stored in formatted disk pages ([MS-DOC] 2.9.16
//! PlcBtePapx, 2.9.179 PapxFkp, 2.9.14 PlcBteChpx, 2.9.32 ChpxFkp).
//!
//! Properties are attached to byte ranges of the `WordDocument` stream, not to character
//! positions: a paragraph's properties are those of the run holding its paragraph mark. Only
//! what the text needs is kept: table cell and row marks, list membership, deleted text.

use super::fib::{u16_at, u32_at};

/// Runs of the property tables kept at most (a hostile file can point many entries at
/// the same pages).
const MAX_RUNS: usize = 2_000_000;
const PAGE: usize = 512;

/// What a paragraph's properties say about its place in the document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Para {
    /// Inside a table (sprmPFInTable).
    pub in_table: bool,
    /// The paragraph mark ends a table row (sprmPFTtp, or sprmPFInnerTtp in a nested table).
    pub row_end: bool,
    /// Table depth (sprmPItap); 1 for a table not nested in another.
    pub depth: u32,
    /// 1-based index into the list overrides (sprmPIlfo); 0 for none.
    pub ilfo: u16,
    /// List level (sprmPIlvl).
    pub ilvl: u8,
    /// The paragraph style.
    pub istd: u16,
}

/// Properties by byte range of the `WordDocument` stream, sorted by start.
pub struct Runs<T> {
    runs: Vec<(u32, u32, T)>,
}

impl<T: Copy + Default> Runs<T> {
    /// Runs given directly (tests).
    #[cfg(test)]
    pub fn from_runs(mut runs: Vec<(u32, u32, T)>) -> Runs<T> {
        runs.sort_by_key(|r| r.0);
        Runs { runs }
    }

    /// No runs: every byte has the default properties.
    pub fn empty() -> Runs<T> {
        Runs { runs: Vec::new() }
    }

    /// The properties of the run holding byte `fc` (the defaults outside every run).
    pub fn at(&self, fc: u32) -> T {
        let i = self.runs.partition_point(|r| r.0 <= fc);
        match i.checked_sub(1).map(|i| &self.runs[i]) {
            Some(&(_, end, props)) if fc < end => props,
            _ => T::default(),
        }
    }
}

/// Paragraph properties from the `PlcBtePapx` table.
pub fn paragraphs(word: &[u8], plc_bte: &[u8]) -> Runs<Para> {
    runs(word, plc_bte, |page, i, crun| {
        // rgbx: 13-byte BxPap entries after the crun + 1 FCs; the first byte is an offset
        // in words to the PapxInFkp, 0 for a paragraph with default properties.
        let off = usize::from(*page.get(4 * (crun + 1) + 13 * i)?) * 2;
        if off == 0 {
            return Some(Para::default());
        }
        let cb = usize::from(*page.get(off)?);
        let (start, len) = if cb != 0 {
            (off + 1, 2 * cb - 1)
        } else {
            (off + 2, 2 * usize::from(*page.get(off + 1)?))
        };
        let grpprl = page.get(start..(start + len).min(PAGE))?;
        Some(para(grpprl))
    })
}

/// GrpPrlAndIstd: the style, then the paragraph's sprms.
pub fn para(grpprl_and_istd: &[u8]) -> Para {
    let mut p = Para {
        istd: u16_at(grpprl_and_istd, 0).unwrap_or(0),
        ..Para::default()
    };
    let mut inner_ttp = false;
    for (sprm, operand) in sprms(grpprl_and_istd.get(2..).unwrap_or(&[])) {
        let byte = || operand.first().copied().unwrap_or(0);
        match sprm {
            0x2416 => p.in_table = byte() != 0,
            0x2417 => p.row_end = byte() != 0,
            0x244C => inner_ttp = byte() != 0,
            0x6649 => p.depth = u32_at(operand, 0).unwrap_or(0),
            0x460B => p.ilfo = u16_at(operand, 0).unwrap_or(0),
            0x260A => p.ilvl = byte(),
            _ => {}
        }
    }
    if p.in_table && p.depth == 0 {
        p.depth = 1;
    }
    p.row_end |= inner_ttp;
    p
}

/// Whether each run's characters are deleted revisions (sprmCFRMarkDel), from `PlcBteChpx`.
pub fn deleted(word: &[u8], plc_bte: &[u8]) -> Runs<bool> {
    runs(word, plc_bte, |page, i, crun| {
        let off = usize::from(*page.get(4 * (crun + 1) + i)?) * 2;
        if off == 0 {
            return Some(false);
        }
        let cb = usize::from(*page.get(off)?);
        let grpprl = page.get(off + 1..(off + 1 + cb).min(PAGE))?;
        Some(sprms(grpprl).any(|(s, o)| s == 0x0800 && o.first().is_some_and(|&b| b != 0)))
    })
}

/// The runs of a `PlcBte*`: each entry names a 512-byte page of the `WordDocument` stream
/// (`aPnBte*`, low 22 bits); each page holds `crun` runs (its last byte) whose FCs come first.
fn runs<T>(
    word: &[u8],
    plc_bte: &[u8],
    read: impl Fn(&[u8], usize, usize) -> Option<T>,
) -> Runs<T> {
    let mut runs = Vec::new();
    if plc_bte.len() >= 4 && (plc_bte.len() - 4).is_multiple_of(8) {
        let n = (plc_bte.len() - 4) / 8;
        for k in 0..n {
            let Some(pn) = u32_at(plc_bte, 4 * (n + 1) + 4 * k) else {
                break;
            };
            let start = (pn & 0x003F_FFFF) as usize * PAGE;
            let Some(page) = word.get(start..start + PAGE) else {
                continue;
            };
            let crun = usize::from(page[PAGE - 1]);
            for i in 0..crun {
                if runs.len() >= MAX_RUNS {
                    break;
                }
                let (Some(fc), Some(fc_end)) = (u32_at(page, 4 * i), u32_at(page, 4 * i + 4))
                else {
                    break;
                };
                if let Some(props) = read(page, i, crun) {
                    runs.push((fc, fc_end, props));
                }
            }
        }
    }
    crate::sort::by_key(&mut runs, |r| r.0);
    Runs { runs }
}

/// The sprms of a property list ([MS-DOC] 2.6.1 Sprm, 2.2.5.1 operand sizes).
pub fn sprms(grpprl: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let sprm = u16_at(grpprl, at)?;
        at += 2;
        let len = match sprm >> 13 {
            0 | 1 => 1,
            2 | 4 | 5 => 2,
            3 => 4,
            7 => 3,
            // Variable: a size byte first; sprmTDefTable has a 2-byte size, counted plus one.
            _ if sprm == 0xD608 => {
                let cb = usize::from(u16_at(grpprl, at)?);
                at += 2;
                cb.saturating_sub(1)
            }
            _ => {
                let cb = usize::from(*grpprl.get(at)?);
                at += 1;
                cb
            }
        };
        let operand = grpprl.get(at..at + len)?;
        at += len;
        Some((sprm, operand))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sprms_are_split_by_their_operand_sizes() {
        // sprmPFInTable 1, sprmPIlfo 3, a variable sprm of 2 bytes, sprmPItap 2.
        let grpprl = [
            0x16, 0x24, 1, 0x0B, 0x46, 3, 0, 0x15, 0xC6, 2, 9, 9, 0x49, 0x66, 2, 0, 0, 0,
        ];
        let got: Vec<(u16, Vec<u8>)> = sprms(&grpprl).map(|(s, o)| (s, o.to_vec())).collect();
        assert_eq!(
            got,
            vec![
                (0x2416, vec![1]),
                (0x460B, vec![3, 0]),
                (0xC615, vec![9, 9]),
                (0x6649, vec![2, 0, 0, 0]),
            ]
        );
        let p = para(&[[5, 0].as_slice(), &grpprl].concat());
        assert_eq!((p.istd, p.in_table, p.ilfo, p.depth), (5, true, 3, 2));
    }

    #[test]
    fn runs_are_looked_up_by_byte_offset() {
        let runs = Runs {
            runs: vec![(100, 200, 1u8), (200, 300, 2)],
        };
        assert_eq!(
            (runs.at(99), runs.at(100), runs.at(250), runs.at(300)),
            (0, 1, 2, 0)
        );
    }
}
