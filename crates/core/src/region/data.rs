//! The division list (`divisions.tsv`, `former.tsv`; see README.md beside them), parsed once.
//!
//! Parents are not stored: GB/T 2260 codes nest (two digits of province, two of prefecture,
//! two of county), so 450222's prefecture is 450200 and its province 450000. Counties whose
//! prefecture digits name no prefecture (a 直辖市's districts, 省直辖县级行政区划 such as
//! 429004 仙桃市) belong to the province directly.

use super::names;
use crate::model::Level;
use foldhash::HashMap;
use std::sync::OnceLock;

const DIVISIONS: &str = include_str!("divisions.tsv");
const FORMER: &str = include_str!("former.tsv");

/// One division at county level or above.
#[derive(Debug)]
pub struct Division {
    pub code: u32,
    pub name: &'static str,
    /// A 国家统计局 statistical unit (开发区, 管理区), not a GB/T 2260 division.
    pub statistical: bool,
    /// Its short forms (柳州, 广西), see `names::short_forms`.
    pub short: Vec<Box<str>>,
}

/// How a name refers to a division.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// The name as the list has it (柳州市).
    Full,
    /// Without its level word or ethnic designation (柳州, 广西, 融水).
    Short,
    /// A name it no longer has (横县 for 横州市).
    Former,
}

pub struct Table {
    pub divisions: Vec<Division>,
    by_code: HashMap<u32, usize>,
    by_name: HashMap<Box<str>, Vec<(usize, Form)>>,
    /// Longest name in characters, the bound of every look-up by position.
    pub longest: usize,
}

pub fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(build)
}

fn build() -> Table {
    let mut divisions = Vec::with_capacity(3400);
    for line in DIVISIONS.lines() {
        let mut cols = line.split('\t');
        let (Some(code), Some(name)) = (cols.next(), cols.next()) else {
            continue;
        };
        let Ok(code) = code.parse::<u32>() else {
            continue;
        };
        divisions.push(Division {
            code,
            name,
            statistical: cols.next() == Some("S"),
            short: names::short_forms(name, level_of(code))
                .into_iter()
                .map(String::into_boxed_str)
                .collect(),
        });
    }
    let by_code: HashMap<u32, usize> = divisions
        .iter()
        .enumerate()
        .map(|(i, d)| (d.code, i))
        .collect();
    let mut by_name: HashMap<Box<str>, Vec<(usize, Form)>> = HashMap::default();
    let mut add = |name: &str, i: usize, form: Form| {
        let list = by_name.entry(name.into()).or_default();
        if !list.iter().any(|&(j, _)| j == i) {
            list.push((i, form));
        }
    };
    for (i, d) in divisions.iter().enumerate() {
        add(d.name, i, Form::Full);
    }
    for (i, d) in divisions.iter().enumerate() {
        for short in &d.short {
            add(short, i, Form::Short);
        }
    }
    for line in FORMER.lines() {
        let mut cols = line.split('\t');
        let (Some(name), Some(code)) = (cols.next(), cols.next()) else {
            continue;
        };
        if let Some(&i) = code.parse::<u32>().ok().and_then(|c| by_code.get(&c)) {
            add(name, i, Form::Former);
        }
    }
    let longest = by_name.keys().map(|k| k.chars().count()).max().unwrap_or(0);
    Table {
        divisions,
        by_code,
        by_name,
        longest,
    }
}

/// The level a code stands for: XX0000 a province, XXYY00 a prefecture (YY ≠ 90), else a county.
pub fn level_of(code: u32) -> Level {
    if code.is_multiple_of(10000) {
        Level::Province
    } else if code.is_multiple_of(100) && (code / 100) % 100 != 90 {
        Level::Prefecture
    } else {
        Level::County
    }
}

impl Table {
    pub fn get(&self, code: u32) -> Option<&Division> {
        self.by_code.get(&code).map(|&i| &self.divisions[i])
    }

    pub fn index(&self, code: u32) -> Option<usize> {
        self.by_code.get(&code).copied()
    }

    /// The divisions a name may refer to, with how it refers to each.
    pub fn named(&self, name: &str) -> &[(usize, Form)] {
        self.by_name.get(name).map_or(&[], Vec::as_slice)
    }

    /// The enclosing division's index: a county's prefecture (or its province where the
    /// prefecture digits name none), a prefecture's province, nothing for a province.
    pub fn parent(&self, i: usize) -> Option<usize> {
        let code = self.divisions[i].code;
        if code.is_multiple_of(10000) {
            return None;
        }
        let province = code / 10000 * 10000;
        if !code.is_multiple_of(100) {
            if let Some(p) = self.index(code / 100 * 100).filter(|&p| p != i) {
                return Some(p);
            }
        }
        self.index(province)
    }

    /// The enclosing divisions, nearest first.
    pub fn ancestors(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::with_capacity(2);
        let mut at = self.parent(i);
        while let Some(p) = at {
            out.push(p);
            at = self.parent(p);
        }
        out
    }

    /// Divisions whose parent is `i`.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        // Codes nest, so children sort right after their parent; the list is small enough
        // (3 300) that a filtered scan of the province's range is cheap.
        let code = self.divisions[i].code;
        let province = code / 10000;
        self.divisions
            .iter()
            .enumerate()
            .filter(move |(_, d)| d.code / 10000 == province)
            .map(|(j, _)| j)
            .filter(move |&j| self.parent(j) == Some(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_complete_and_nests() {
        let t = table();
        assert!(t.divisions.len() > 3300, "{}", t.divisions.len());
        let provinces = t
            .divisions
            .iter()
            .filter(|d| level_of(d.code) == Level::Province)
            .count();
        assert_eq!(provinces, 31, "mainland provinces, municipalities, regions");
        let yufeng = t.index(450203).unwrap();
        let names: Vec<&str> = t
            .ancestors(yufeng)
            .iter()
            .map(|&i| t.divisions[i].name)
            .collect();
        assert_eq!(names, ["柳州市", "广西壮族自治区"]);
        // A 直辖市's district and a 省直辖 county-level city belong to the province.
        let dongcheng = t.index(110101).unwrap();
        assert_eq!(t.divisions[t.parent(dongcheng).unwrap()].name, "北京市");
        let xiantao = t.index(429004).unwrap();
        assert_eq!(level_of(429004), Level::County);
        assert_eq!(t.divisions[t.parent(xiantao).unwrap()].name, "湖北省");
        let liuzhou = t.index(450200).unwrap();
        assert_eq!(t.children(liuzhou).count(), 10);
    }

    #[test]
    fn names_short_and_former() {
        let t = table();
        let code = |name: &str| -> Vec<u32> {
            t.named(name)
                .iter()
                .map(|&(i, _)| t.divisions[i].code)
                .collect()
        };
        assert_eq!(code("柳城县"), [450222]);
        assert_eq!(code("柳州"), [450200]);
        assert_eq!(code("广西"), [450000]);
        assert_eq!(code("横县"), [450181], "撤县设市 in 2021: 横州市");
        assert!(code("新城区").len() >= 2, "西安市 and 呼和浩特市");
        assert!(t.divisions.iter().any(|d| d.statistical));
    }
}
