//! The File Information Block at the start of the `WordDocument` stream ([MS-DOC] 2.5.1):
//! which table stream holds the document's tables, whether the file is encrypted, how many
//! characters the main text has, and where each table (`fc`/`lcb` pairs) lies.

/// `wIdent` of every Word 97–2003 document (and of the WPS files written in its format).
const W_IDENT: u16 = 0xA5EC;
/// `nFib` of Word 97; older files (Word 6.0/95) use another, 8-bit layout.
const NFIB_WORD97: u16 = 0x00C1;

/// Indices into `FibRgFcLcb97` of the tables this reader uses.
pub const PLCF_BTE_CHPX: usize = 12;
pub const PLCF_BTE_PAPX: usize = 13;
pub const CLX: usize = 33;
pub const PLF_LST: usize = 73;
pub const PLF_LFO: usize = 74;

/// What the reader needs from the FIB.
#[derive(Debug)]
pub struct Fib {
    /// The table stream is `1Table` (else `0Table`).
    pub table_1: bool,
    pub encrypted: bool,
    /// Characters of the main document (footnotes, headers … follow it and are not read).
    pub ccp_text: u32,
    /// `(fc, lcb)`: offset and size of each table in the table stream.
    fc_lcb: Vec<(u32, u32)>,
}

/// Why the FIB could not be read.
#[derive(Debug, PartialEq, Eq)]
pub enum FibError {
    /// Not a Word document's FIB (wrong identifier, or cut short).
    NotWord,
    /// A Word 6.0/95 document (`nFib` below Word 97's).
    Word95,
}

impl Fib {
    pub fn parse(stream: &[u8]) -> Result<Fib, FibError> {
        if u16_at(stream, 0) != Some(W_IDENT) {
            return Err(FibError::NotWord);
        }
        let n_fib = u16_at(stream, 2).ok_or(FibError::NotWord)?;
        let flags = u16_at(stream, 0x0A).ok_or(FibError::NotWord)?;
        if n_fib < NFIB_WORD97 && n_fib != 0 {
            // Word 97 and later write nFib 0xC1 in FibBase and the real version in
            // FibRgCswNew; Word 6.0/95 write 0x65–0x68 here.
            return Err(FibError::Word95);
        }
        // FibBase (32 bytes), csw + FibRgW97, cslw + FibRgLw97, cbRgFcLcb + FibRgFcLcb.
        let mut at = 32;
        let csw = usize::from(u16_at(stream, at).ok_or(FibError::NotWord)?);
        at += 2 + csw * 2;
        let cslw = usize::from(u16_at(stream, at).ok_or(FibError::NotWord)?);
        let rg_lw = at + 2;
        at = rg_lw + cslw * 4;
        // FibRgLw97: cbMac, two reserved, ccpText.
        let ccp_text = if cslw > 3 {
            u32_at(stream, rg_lw + 12).ok_or(FibError::NotWord)?
        } else {
            return Err(FibError::NotWord);
        };
        let pairs = usize::from(u16_at(stream, at).ok_or(FibError::NotWord)?);
        at += 2;
        let fc_lcb = (0..pairs)
            .map_while(|i| {
                let p = at + i * 8;
                Some((u32_at(stream, p)?, u32_at(stream, p + 4)?))
            })
            .collect();
        Ok(Fib {
            table_1: flags & 0x0200 != 0,
            encrypted: flags & 0x0100 != 0,
            ccp_text,
            fc_lcb,
        })
    }

    /// The table stream from table `index` to its end (list definitions are followed by
    /// their levels, which the table's size does not count).
    pub fn table_from<'a>(&self, index: usize, table_stream: &'a [u8]) -> Option<&'a [u8]> {
        let &(fc, _) = self.fc_lcb.get(index)?;
        table_stream.get(fc as usize..)
    }

    /// The bytes of table `index` in the table stream; `None` when absent or outside it.
    pub fn table<'a>(&self, index: usize, table_stream: &'a [u8]) -> Option<&'a [u8]> {
        let &(fc, lcb) = self.fc_lcb.get(index)?;
        if lcb == 0 {
            return None;
        }
        let start = fc as usize;
        table_stream.get(start..start.checked_add(lcb as usize)?)
    }
}

pub fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        b.get(at..at.checked_add(2)?)?.try_into().ok()?,
    ))
}

pub fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        b.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}
