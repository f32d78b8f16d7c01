//! Automatic numbering of a .doc replayed into visible markers ([MS-DOC] 2.9.147 PlfLst,
//! 2.9.150 LVL, 2.9.146 PlfLfo).
//!
//! A numbered paragraph names a list override (`ilfo`, 1-based) and a level. The override
//! names a list definition (by `lsid`) whose level gives the number format (`nfc`) and the
//! text around the number, where characters 0–8 stand for the counters of levels 1–9
//! (`\u{0}、` → 一、, `（\u{1}）` → （一）). As in Word, overrides of the same list share its
//! counters unless they restart it; a level restarts when a higher level advances.

use super::fib::{u16_at, u32_at};
use crate::decode::list_number::format_number;
use std::collections::HashMap;

/// Lists and overrides kept at most (each costs a few hundred bytes).
const MAX_LISTS: usize = 4096;

#[derive(Clone, Debug, Default)]
struct Level {
    start: u32,
    format: &'static str,
    /// UTF-16 text with placeholders 0–8.
    text: Vec<u16>,
    legal: bool,
}

#[derive(Debug, Default)]
pub struct Lists {
    /// lsid → levels.
    lists: HashMap<i32, Vec<Level>>,
    /// ilfo − 1 → (lsid, start overrides by level).
    overrides: Vec<(i32, HashMap<usize, u32>)>,
    counters: HashMap<(i32, Option<usize>), [Option<u32>; 9]>,
}

impl Lists {
    /// Reads `PlfLst` and the LVLs after it (`lst` runs to the end of the table stream), and
    /// `PlfLfo` with its `LfoData` (`lfo` likewise). Damaged parts are left out.
    pub fn parse(lst: Option<&[u8]>, lfo: Option<&[u8]>) -> Lists {
        let mut lists = Lists::default();
        if let Some(lst) = lst {
            lists.read_lst(lst);
        }
        if let Some(lfo) = lfo {
            lists.read_lfo(lfo);
        }
        lists
    }

    fn read_lst(&mut self, b: &[u8]) -> Option<()> {
        let count = usize::try_from(u16_at(b, 0)? as i16).ok()?.min(MAX_LISTS);
        let mut at = 2 + 28 * count;
        for i in 0..count {
            let lstf = b.get(2 + 28 * i..2 + 28 * (i + 1))?;
            let lsid = u32_at(lstf, 0)? as i32;
            let simple = lstf[26] & 1 != 0;
            let mut levels = Vec::new();
            for _ in 0..if simple { 1 } else { 9 } {
                let (level, next) = read_lvl(b, at)?;
                levels.push(level);
                at = next;
            }
            self.lists.insert(lsid, levels);
        }
        Some(())
    }

    fn read_lfo(&mut self, b: &[u8]) -> Option<()> {
        let count = (u32_at(b, 0)? as usize).min(MAX_LISTS);
        let mut at = 4 + 16 * count;
        for i in 0..count {
            let lfo = b.get(4 + 16 * i..4 + 16 * (i + 1))?;
            let lsid = u32_at(lfo, 0)? as i32;
            let levels = usize::from(lfo[12]);
            self.overrides.push((lsid, HashMap::new()));
            // LfoData: a CP, then one LFOLVL per overridden level, each maybe with an LVL.
            at += 4;
            for _ in 0..levels {
                let start = u32_at(b, at)?;
                let flags = u32_at(b, at + 4)?;
                at += 8;
                let ilvl = (flags & 0x0F) as usize;
                if flags & 0x10 != 0 {
                    self.overrides[i].1.insert(ilvl, start);
                }
                if flags & 0x20 != 0 {
                    at = read_lvl(b, at)?.1;
                }
            }
        }
        Some(())
    }

    /// The marker of the next paragraph in override `ilfo` at level `ilvl`, advancing the
    /// counters. `None` when the paragraph is not numbered or the list is unknown.
    pub fn next_marker(&mut self, ilfo: u16, ilvl: u8) -> Option<String> {
        // 0 is "no list"; 0xF801 marks numbering removed by a later edit.
        if ilfo == 0 || ilfo >= 0xF000 {
            return None;
        }
        let ilvl = usize::from(ilvl).min(8);
        let (lsid, overrides) = self.overrides.get(usize::from(ilfo) - 1)?;
        let levels = self.lists.get(lsid)?;
        let start = |i: usize| {
            overrides
                .get(&i)
                .copied()
                .or(levels.get(i).map(|l| l.start))
                .unwrap_or(1)
        };
        let key = (*lsid, (!overrides.is_empty()).then_some(usize::from(ilfo)));
        let counters = self.counters.entry(key).or_insert([None; 9]);
        counters[ilvl] = Some(counters[ilvl].map_or(start(ilvl), |v| v.saturating_add(1)));
        for deeper in counters.iter_mut().skip(ilvl + 1) {
            *deeper = None;
        }
        let level = levels.get(ilvl).or(levels.first())?;
        if level.format == "bullet" {
            let bullet = char::decode_utf16(level.text.iter().copied())
                .flatten()
                .next()
                .filter(|c| !('\u{E000}'..='\u{F8FF}').contains(c));
            return Some(bullet.unwrap_or('•').to_string());
        }
        let mut out = String::new();
        for c in char::decode_utf16(level.text.iter().copied()) {
            match c {
                Ok(c) if (c as u32) < 9 => {
                    let i = c as usize;
                    let value = counters[i].unwrap_or_else(|| start(i));
                    let format = levels.get(i).map_or("decimal", |l| l.format);
                    let format = if level.legal { "decimal" } else { format };
                    out.push_str(&format_number(value, format));
                }
                Ok(c) => out.push(c),
                Err(_) => {}
            }
        }
        Some(out)
    }
}

/// An LVL at `at`: LVLF (28 bytes), grpprlPapx, grpprlChpx, then the number text (Xst).
/// Returns it and where the next one starts.
fn read_lvl(b: &[u8], at: usize) -> Option<(Level, usize)> {
    let lvlf = b.get(at..at + 28)?;
    let start = u32_at(lvlf, 0)?;
    let nfc = lvlf[4];
    let legal = lvlf[5] & 0x04 != 0;
    let grpprls = usize::from(lvlf[24]) + usize::from(lvlf[25]);
    let xst = at + 28 + grpprls;
    let cch = usize::from(u16_at(b, xst)?);
    let text = (0..cch)
        .map(|k| u16_at(b, xst + 2 + 2 * k))
        .collect::<Option<Vec<u16>>>()?;
    let level = Level {
        start: if start > 0x7FFF { 1 } else { start },
        format: nfc_format(nfc),
        text,
        legal,
    };
    Some((level, xst + 2 + 2 * cch))
}

/// [MS-DOC] 2.9.163 MSONFC, as the format names of `numbering.xml`.
fn nfc_format(nfc: u8) -> &'static str {
    match nfc {
        0x01 => "upperRoman",
        0x02 => "lowerRoman",
        0x03 => "upperLetter",
        0x04 => "lowerLetter",
        0x0A => "ideographDigital",
        0x0B => "japaneseCounting",
        0x0E => "decimalFullWidth",
        0x11 => "japaneseDigitalTenThousand",
        0x12 => "decimalEnclosedCircle",
        0x13 => "decimalFullWidth2",
        0x16 => "decimalZero",
        0x17 => "bullet",
        0x1A => "decimalEnclosedFullstop",
        0x1B => "decimalEnclosedParen",
        0x1C => "decimalEnclosedCircleChinese",
        0x1E => "ideographTraditional",
        0x1F => "ideographZodiac",
        0x21 => "taiwaneseCounting",
        0x23 => "taiwaneseCountingThousand",
        0x24 => "taiwaneseDigital",
        0x25 => "chineseCounting",
        0x26 => "chineseLegalSimplified",
        0x27 => "chineseCountingThousand",
        0x29 => "koreanCounting",
        0xFF => "none",
        _ => "decimal",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lvl(start: u32, nfc: u8, text: &str) -> Vec<u8> {
        let mut b = vec![0u8; 28];
        b[0..4].copy_from_slice(&start.to_le_bytes());
        b[4] = nfc;
        let units: Vec<u16> = text.encode_utf16().collect();
        b.extend_from_slice(&(units.len() as u16).to_le_bytes());
        for u in units {
            b.extend_from_slice(&u.to_le_bytes());
        }
        b
    }

    #[test]
    fn gb_markers_count_and_restart() {
        // One list (lsid 7) of 9 levels: 一、 （一） 1. and six decimal levels.
        let mut lst = vec![1, 0];
        let mut lstf = vec![0u8; 28];
        lstf[0..4].copy_from_slice(&7i32.to_le_bytes());
        lst.extend_from_slice(&lstf);
        lst.extend(lvl(1, 0x25, "\u{0}、"));
        lst.extend(lvl(1, 0x25, "（\u{1}）"));
        for _ in 2..9 {
            lst.extend(lvl(1, 0, "\u{2}."));
        }
        // Two overrides of list 7; the second restarts level 0 at 1.
        let mut lfo = 2u32.to_le_bytes().to_vec();
        for levels in [0u8, 1] {
            let mut e = vec![0u8; 16];
            e[0..4].copy_from_slice(&7i32.to_le_bytes());
            e[12] = levels;
            lfo.extend(e);
        }
        lfo.extend([0u8; 4]);
        lfo.extend([0u8; 4]);
        lfo.extend(1u32.to_le_bytes());
        lfo.extend(0x10u32.to_le_bytes());
        let mut lists = Lists::parse(Some(&lst), Some(&lfo));
        let got: Vec<String> = [(1, 0), (1, 1), (1, 1), (1, 0), (1, 1), (2, 0)]
            .iter()
            .filter_map(|&(ilfo, ilvl)| lists.next_marker(ilfo, ilvl))
            .collect();
        assert_eq!(got, ["一、", "（一）", "（二）", "二、", "（一）", "一、"]);
        assert_eq!(lists.next_marker(0, 0), None);
        assert_eq!(lists.next_marker(9, 0), None);
    }
}
