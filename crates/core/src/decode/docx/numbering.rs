//! Word's automatic numbering (`numbering.xml`, `styles.xml`) replayed into visible markers.
//!
//! A numbered paragraph names a list (`w:numId`) and a level (`w:ilvl`), directly or through
//! its paragraph style. The list names an abstract definition whose level gives the format
//! (`chineseCounting` → 一, `decimal` → 1 …) and the text around it (`%1、`, `（%2）`).
//! Counters are shared by lists over the same definition, as Word does, unless a list
//! restarts with `w:startOverride`; a level's counter restarts when a higher level advances.

use super::super::list_number::format_number;
use super::{attr, Event};
use std::collections::HashMap;

/// One level of a list definition.
#[derive(Clone, Debug, Default)]
struct Level {
    start: u32,
    format: String,
    text: String,
    legal: bool,
}

/// `numbering.xml`, and the counters as the document is read.
#[derive(Debug, Default)]
pub struct Numbering {
    abstracts: HashMap<String, Vec<Level>>,
    /// numId → (abstractNumId, start overrides by level).
    nums: HashMap<String, (String, HashMap<usize, u32>)>,
    counters: HashMap<String, [Option<u32>; 9]>,
}

/// What a paragraph style contributes: numbering and whether it is a title.
#[derive(Clone, Debug, Default)]
struct Style {
    name: String,
    based_on: Option<String>,
    num_id: Option<String>,
    ilvl: Option<usize>,
}

/// `styles.xml`: paragraph styles by id.
#[derive(Debug, Default)]
pub struct Styles(HashMap<String, Style>);

impl Styles {
    pub fn parse(xml: &str) -> Styles {
        let mut styles = HashMap::new();
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut current: Option<(String, Style)> = None;
        loop {
            let (e, empty) = match reader.read_event() {
                Ok(Event::Start(e)) => (e, false),
                Ok(Event::Empty(e)) => (e, true),
                Ok(Event::End(e)) if e.local_name().as_ref() == b"style" => {
                    if let Some((id, style)) = current.take() {
                        styles.insert(id, style);
                    }
                    continue;
                }
                Ok(Event::Eof) | Err(_) => break,
                _ => continue,
            };
            match e.local_name().as_ref() {
                b"style" if !empty => {
                    current = attr(&e, b"styleId").map(|id| (id, Style::default()))
                }
                b"name" => set(&mut current, |s| {
                    s.name = attr(&e, b"val").unwrap_or_default()
                }),
                b"basedOn" => set(&mut current, |s| s.based_on = attr(&e, b"val")),
                b"numId" => set(&mut current, |s| s.num_id = attr(&e, b"val")),
                b"ilvl" => set(&mut current, |s| {
                    s.ilvl = attr(&e, b"val").and_then(|v| v.parse().ok())
                }),
                _ => {}
            }
        }
        Styles(styles)
    }

    /// The style's numbering (`numId`, `ilvl`), inherited through `basedOn`.
    pub fn numbering(&self, id: &str) -> (Option<String>, Option<usize>) {
        let (mut num, mut lvl) = (None, None);
        let mut at = Some(id);
        for _ in 0..16 {
            let Some(style) = at.and_then(|id| self.0.get(id)) else {
                break;
            };
            num = num.or_else(|| style.num_id.clone());
            lvl = lvl.or(style.ilvl);
            at = style.based_on.as_deref();
        }
        (num, lvl)
    }

    /// True for the document-title style (`Title`, `标题`).
    pub fn is_title(&self, id: &str) -> bool {
        self.0
            .get(id)
            .is_some_and(|s| s.name.eq_ignore_ascii_case("title") || s.name == "标题")
    }
}

fn set(current: &mut Option<(String, Style)>, f: impl FnOnce(&mut Style)) {
    if let Some((_, style)) = current.as_mut() {
        f(style);
    }
}

impl Numbering {
    pub fn parse(xml: &str) -> Numbering {
        let mut n = Numbering::default();
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut abstract_id: Option<String> = None;
        let mut levels: Vec<Level> = Vec::new();
        let mut level: Option<(usize, Level)> = None;
        let mut num: Option<(String, String, HashMap<usize, u32>)> = None;
        let mut override_lvl: Option<usize> = None;
        loop {
            let (e, empty) = match reader.read_event() {
                Ok(Event::Start(e)) => (e, false),
                Ok(Event::Empty(e)) => (e, true),
                Ok(Event::End(e)) => {
                    match e.local_name().as_ref() {
                        b"lvl" => {
                            if let (Some((i, l)), true) = (level.take(), abstract_id.is_some()) {
                                if levels.len() <= i {
                                    levels.resize(
                                        i + 1,
                                        Level {
                                            start: 1,
                                            ..Level::default()
                                        },
                                    );
                                }
                                levels[i] = l;
                            }
                        }
                        b"abstractNum" => {
                            if let Some(id) = abstract_id.take() {
                                n.abstracts.insert(id, std::mem::take(&mut levels));
                            }
                        }
                        b"num" => {
                            if let Some((id, abs, overrides)) = num.take() {
                                n.nums.insert(id, (abs, overrides));
                            }
                        }
                        _ => {}
                    }
                    continue;
                }
                Ok(Event::Eof) | Err(_) => break,
                _ => continue,
            };
            let val = || attr(&e, b"val");
            match e.local_name().as_ref() {
                b"abstractNum" if !empty => abstract_id = attr(&e, b"abstractNumId"),
                b"lvl" if !empty && abstract_id.is_some() => {
                    let i = attr(&e, b"ilvl")
                        .and_then(|v| v.parse::<usize>().ok())
                        .filter(|&i| i < 9);
                    level = i.map(|i| {
                        (
                            i,
                            Level {
                                start: 1,
                                format: "decimal".into(),
                                ..Level::default()
                            },
                        )
                    });
                }
                b"start" => {
                    if let Some((_, l)) = &mut level {
                        l.start = val().and_then(|v| v.parse().ok()).unwrap_or(1);
                    }
                }
                b"numFmt" => {
                    if let Some((_, l)) = &mut level {
                        l.format = val().unwrap_or_default();
                    }
                }
                b"lvlText" => {
                    if let Some((_, l)) = &mut level {
                        l.text = val().unwrap_or_default();
                    }
                }
                b"isLgl" => {
                    if let Some((_, l)) = &mut level {
                        l.legal = val().is_none_or(|v| v != "0" && v != "false");
                    }
                }
                b"num" if !empty => {
                    num = attr(&e, b"numId").map(|id| (id, String::new(), HashMap::new()))
                }
                b"abstractNumId" => {
                    if let Some((_, abs, _)) = &mut num {
                        *abs = val().unwrap_or_default();
                    }
                }
                b"lvlOverride" => override_lvl = attr(&e, b"ilvl").and_then(|v| v.parse().ok()),
                b"startOverride" => {
                    if let (Some((_, _, o)), Some(i)) = (&mut num, override_lvl) {
                        o.insert(i, val().and_then(|v| v.parse().ok()).unwrap_or(1));
                    }
                }
                _ => {}
            }
        }
        n
    }

    /// The marker of the next paragraph in list `num_id` at level `ilvl`, advancing the counters.
    /// `None` for `numId` 0 (numbering switched off) or an unknown list.
    pub fn next_marker(&mut self, num_id: &str, ilvl: usize) -> Option<String> {
        let ilvl = ilvl.min(8);
        let (abs, overrides) = self.nums.get(num_id)?;
        let levels = self.abstracts.get(abs)?;
        let start = |i: usize| {
            overrides
                .get(&i)
                .copied()
                .or(levels.get(i).map(|l| l.start))
                .unwrap_or(1)
        };
        let key = if overrides.is_empty() {
            format!("a{abs}")
        } else {
            format!("n{num_id}")
        };
        let counters = self.counters.entry(key).or_insert([None; 9]);
        counters[ilvl] = Some(counters[ilvl].map_or(start(ilvl), |v| v.saturating_add(1)));
        for deeper in counters.iter_mut().skip(ilvl + 1) {
            *deeper = None;
        }
        let level = levels.get(ilvl)?;
        if level.format == "bullet" {
            let bullet = level
                .text
                .chars()
                .next()
                .filter(|c| !('\u{E000}'..='\u{F8FF}').contains(c));
            return Some(bullet.unwrap_or('•').to_string());
        }
        let mut out = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek().and_then(|d| d.to_digit(10))) {
                ('%', Some(d @ 1..=9)) => {
                    chars.next();
                    let i = d as usize - 1;
                    let value = counters[i].unwrap_or_else(|| start(i));
                    let format = levels.get(i).map_or("decimal", |l| l.format.as_str());
                    let format = if level.legal { "decimal" } else { format };
                    out.push_str(&format_number(value, format));
                }
                _ => out.push(c),
            }
        }
        Some(out)
    }
}
