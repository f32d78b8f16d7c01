//! Who issued a report: the issuer's words normalised to a region (name and GB/T 2260 code),
//! its level, the body (人民政府, 政府办公室, a department) and its parent regions.
//!
//! The division list (county level and above, 国家统计局 2023) and the tables of departments
//! and nationalities are data beside this file (README.md says where they come from). The
//! issuer is read left to right as place names (`广西壮族自治区柳州市` …), an optional township
//! (`城关镇`), then the body. A name several divisions carry (新城区, 城中区) is settled by the
//! other place names of the issuer, else by the report's text — the names of the candidates'
//! parents, children and neighbours that it mentions — else it is left ambiguous, with the
//! candidates listed. Pure: no I/O; the tables are parsed once.

mod context;
pub mod data;
mod names;
mod search;

pub use context::{most_mentioned, most_mentioned_as};
pub use search::search;

use crate::model::{IssuedBy, Level, RegionRef, Resolution};
use data::{level_of, table, Form};
// `城关镇人民政府` → (城关镇, 人民政府); `某某街道办事处` → (某某街道, 办事处).
use crate::lexicon::data::region::TOWN_SUFFIXES;

/// Normalises `issuer` (as meta read it) with `text`, the report's text, for context.
pub fn normalise(issuer: &str, text: &str) -> IssuedBy {
    let issuer = pick_segment(issuer);
    let t = table();
    let chars: Vec<(usize, char)> = issuer.char_indices().collect();
    let mut chain: Vec<(&str, &[(usize, Form)])> = Vec::new();
    let mut at = 0; // index into chars
    while at < chars.len() {
        let from = chars[at].0;
        if !chain.is_empty() && names::is_body(&issuer[from..]) {
            break; // the rest is a listed body (城市管理局 is not a place)
        }
        let longest = t.longest.min(chars.len() - at);
        let found = (2..=longest).rev().find_map(|n| {
            let end = chars.get(at + n).map_or(issuer.len(), |c| c.0);
            let name = &issuer[from..end];
            let list = t.named(name);
            (!list.is_empty()).then_some((n, name, list))
        });
        let Some((n, name, list)) = found else { break };
        let after = chars.get(at + n).map_or("", |c| &issuer[c.0..]);
        if list.iter().all(|&(_, f)| f == Form::Short)
            && TOWN_SUFFIXES.iter().any(|s| after.starts_with(s))
        {
            break; // 城关镇, not 城关区's short form followed by 镇
        }
        chain.push((name, list));
        at += n;
    }
    let rest = chars.get(at).map_or("", |c| &issuer[c.0..]);
    let (town, rest) = township(rest);
    let level_word = if chain.is_empty() && town.is_none() {
        rest_level(rest)
    } else {
        None
    };
    let body = if chain.is_empty() && town.is_none() {
        // No place recognised: only a listed body is trusted (县司法局 → 司法局).
        names::body_suffix(rest).map(|(_, b)| b.to_string())
    } else {
        names::body(rest).or_else(|| Some("人民政府".to_string()))
    };

    let mut out = IssuedBy {
        body,
        ..IssuedBy::default()
    };
    let region = match chain.split_last() {
        Some(((name, last), before)) => resolve(name, last, before, text),
        // A township alone: its county is the one the report names most.
        None if town.is_some() => relative(Some(Level::County), text),
        None => relative(level_word, text),
    };
    match town {
        Some(town) => {
            out.region = Some(town.to_string());
            out.level = Some(Level::Township);
            out.resolution = region.resolution;
            if let Some(i) = region.index {
                out.parents.push(reference(i));
                out.parents
                    .extend(t.ancestors(i).into_iter().map(reference));
            }
            out.candidates = region.candidates;
        }
        None => {
            out.resolution = region.resolution;
            out.candidates = region.candidates;
            if let Some(i) = region.index {
                fill(&mut out, i);
                if region.former {
                    out.former_name = Some(region.written.to_string());
                }
            } else if region.resolution == Resolution::Ambiguous {
                out.region = Some(region.written.to_string());
                out.level = common_level(&out.candidates);
            }
        }
    }
    out
}

/// The region of a code (a user's correction): name, level and parents from the list, the
/// body as given. `None` for a code the list does not hold.
pub fn from_code(code: &str, body: Option<&str>) -> Option<IssuedBy> {
    let i = table().index(code.trim().parse().ok()?)?;
    let mut out = IssuedBy {
        body: body.map(str::to_string),
        resolution: Resolution::Corrected,
        ..IssuedBy::default()
    };
    fill(&mut out, i);
    Some(out)
}

/// The division with this code, as a reference.
pub fn lookup(code: &str) -> Option<RegionRef> {
    let i = table().index(code.trim().parse().ok()?)?;
    Some(reference(i))
}

/// Whether region `outer` (a code) contains region `inner`: 450200 contains 450203.
pub fn contains(outer: &str, inner: &str) -> bool {
    let t = table();
    let (Some(o), Some(i)) = (
        outer.parse().ok().and_then(|c| t.index(c)),
        inner.parse().ok().and_then(|c| t.index(c)),
    ) else {
        return false;
    };
    o != i && t.ancestors(i).contains(&o)
}

fn fill(out: &mut IssuedBy, i: usize) {
    let t = table();
    let d = &t.divisions[i];
    out.region = Some(d.name.to_string());
    out.code = Some(format!("{:06}", d.code));
    out.level = Some(level_of(d.code));
    out.statistical = d.statistical;
    out.parents = t.ancestors(i).into_iter().map(reference).collect();
}

fn reference(i: usize) -> RegionRef {
    let d = &table().divisions[i];
    RegionRef {
        code: format!("{:06}", d.code),
        name: d.name.to_string(),
        level: level_of(d.code),
        within: String::new(),
    }
}

fn candidate(i: usize) -> RegionRef {
    let t = table();
    let mut r = reference(i);
    r.within = t
        .ancestors(i)
        .iter()
        .rev()
        .map(|&a| t.divisions[a].name)
        .collect();
    r
}

fn common_level(candidates: &[RegionRef]) -> Option<Level> {
    let first = candidates.first()?.level;
    candidates.iter().all(|c| c.level == first).then_some(first)
}

/// Joint issuers (`中共某县委 某县人民政府`): the government's part, else the first.
fn pick_segment(issuer: &str) -> &str {
    let parts: Vec<&str> = issuer
        .split(|c: char| c.is_whitespace() || matches!(c, '、' | '，' | ',' | '/' | '／'))
        .filter(|p| !p.is_empty())
        .collect();
    parts
        .iter()
        .find(|p| p.ends_with("人民政府") || p.ends_with("政府"))
        .or_else(|| parts.first())
        .copied()
        .unwrap_or("")
}

fn township(rest: &str) -> (Option<&str>, &str) {
    for suffix in TOWN_SUFFIXES {
        let mut search = 0;
        while let Some(p) = rest[search..].find(suffix) {
            let end = search + p + suffix.len();
            let name = &rest[..end];
            let tail = &rest[end..];
            let n = name.chars().count();
            let is_body = tail.is_empty() || names::body_suffix(tail).is_some_and(|(s, _)| s == 0);
            if (2..=10).contains(&n) && is_body && name.chars().all(crate::text::is_cjk) {
                return (Some(name), tail);
            }
            search = end;
        }
    }
    (None, rest)
}

/// The level word an issuer without a place name starts with: 县 of `县司法局`, followed
/// by a listed body.
fn rest_level(issuer: &str) -> Option<Level> {
    let first = issuer.chars().next()?;
    if !names::is_body(&issuer[first.len_utf8()..]) {
        return None;
    }
    match first {
        '省' => Some(Level::Province),
        '市' | '州' | '盟' => Some(Level::Prefecture),
        '县' | '区' | '旗' => Some(Level::County),
        _ => None,
    }
}

/// What a name in the issuer resolved to.
struct Resolved<'a> {
    index: Option<usize>,
    resolution: Resolution,
    candidates: Vec<RegionRef>,
    written: &'a str,
    former: bool,
}

fn resolve<'a>(
    written: &'a str,
    last: &[(usize, Form)],
    before: &[(&str, &[(usize, Form)])],
    text: &str,
) -> Resolved<'a> {
    let t = table();
    // Every earlier name must be an ancestor of the last one (广西柳州市城中区).
    let fits = |i: usize| {
        let up = t.ancestors(i);
        before
            .iter()
            .all(|(_, list)| list.iter().any(|(a, _)| up.contains(a)))
    };
    let mut pool: Vec<(usize, Form)> = last.iter().copied().filter(|&(i, _)| fits(i)).collect();
    if pool.is_empty() {
        pool = last.to_vec(); // the earlier names do not nest: trust the issuer's own name
    }
    // A full or former name beats another division's short form (吉林市 over 吉林省's 吉林
    // when the issuer wrote 吉林市).
    if pool.iter().any(|&(_, f)| f != Form::Short) {
        pool.retain(|&(_, f)| f != Form::Short);
    }
    let narrowed = pool.len() < last.len();
    let done = |i: usize, form: Form, resolution| Resolved {
        index: Some(i),
        resolution,
        candidates: Vec::new(),
        written,
        former: form == Form::Former,
    };
    if let [(i, form)] = pool[..] {
        let how = if narrowed && !before.is_empty() {
            Resolution::Issuer
        } else {
            Resolution::Unique
        };
        return done(i, form, how);
    }
    let indices: Vec<usize> = pool.iter().map(|&(i, _)| i).collect();
    if let Some(k) = context::best(&indices, text) {
        return done(pool[k].0, pool[k].1, Resolution::Context);
    }
    Resolved {
        index: None,
        resolution: Resolution::Ambiguous,
        candidates: indices.into_iter().map(candidate).collect(),
        written,
        former: false,
    }
}

/// An issuer that names only a level (`县司法局`, `区人民政府`): the division of that level
/// the report mentions most, if one stands out.
fn relative(level: Option<Level>, text: &str) -> Resolved<'static> {
    let unknown = Resolved {
        index: None,
        resolution: Resolution::Unknown,
        candidates: Vec::new(),
        written: "",
        former: false,
    };
    let Some(level) = level else { return unknown };
    match context::most_mentioned(text, level) {
        Some(i) => Resolved {
            index: Some(i),
            resolution: Resolution::Context,
            ..unknown
        },
        None => unknown,
    }
}

#[cfg(test)]
mod tests;
