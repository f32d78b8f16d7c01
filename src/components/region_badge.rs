//! Who issued a report, as normalised by the core (`Report.issued_by`): region, 6-digit
//! code, level, body and parents — or, for a name several divisions carry, "ambiguous" said
//! plainly with the candidates. Compact in the report list (name and code, the rest in the
//! tooltip); in full in the report header.

use crate::i18n::dataset::{level_name, resolution_text, strings as dataset_strings};
use crate::i18n::Lang;
use gangmu_core::{IssuedBy, RegionRef, Resolution};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub issued_by: Option<IssuedBy>,
    pub lang: Lang,
    /// One line for the report list.
    #[prop_or_default]
    pub compact: bool,
    /// The issuer as written, shown beside a compact badge: the region's name is left out
    /// when the issuer already says it (柳城县人民政府 · 450222).
    #[prop_or_default]
    pub issuer: Option<String>,
}

/// `广西壮族自治区柳州市城中区（450202）`: a candidate people can tell apart from the others.
pub fn candidate_text(c: &RegionRef) -> String {
    format!("{}{}（{}）", c.within, c.name, c.code)
}

/// Everything known about the region on one line, for a tooltip.
pub fn describe(by: &IssuedBy, lang: Lang) -> String {
    let d = dataset_strings(lang);
    let mut parts: Vec<String> = Vec::new();
    if let Some(r) = &by.region {
        parts.push(r.clone());
    }
    if let Some(c) = &by.code {
        parts.push(c.clone());
    }
    if by.level.is_some() {
        parts.push(level_name(lang, by.level).to_string());
    }
    if let Some(b) = &by.body {
        parts.push(b.clone());
    }
    if !by.parents.is_empty() {
        let chain: Vec<&str> = by.parents.iter().map(|p| p.name.as_str()).collect();
        parts.push(format!("{} {}", d.within, chain.join(" › ")));
    }
    if let Some(f) = &by.former_name {
        parts.push(format!("{} {f}", d.former_name));
    }
    if by.statistical {
        parts.push(d.statistical.to_string());
    }
    if by.resolution == Resolution::Ambiguous {
        let list: Vec<String> = by.candidates.iter().map(candidate_text).collect();
        parts.push(format!("{}：{}", d.could_be, list.join("、")));
    }
    parts.push(resolution_text(lang, by.resolution).to_string());
    parts.join(" · ")
}

#[function_component(RegionBadge)]
pub fn region_badge(props: &Props) -> Html {
    let lang = props.lang;
    let d = dataset_strings(lang);
    let Some(by) = &props.issued_by else {
        return html! {};
    };
    let ambiguous = by.resolution == Resolution::Ambiguous;
    let unknown = by.region.is_none();
    let title = describe(by, lang);
    let said_by_issuer = match (&props.issuer, &by.region) {
        (Some(i), Some(r)) => i.contains(r.as_str()),
        _ => false,
    };
    if props.compact {
        return html! {
            <span class={classes!("region-badge", "compact", ambiguous.then_some("ambiguous"), unknown.then_some("unknown"))}
                {title} data-test="region-badge" data-code={by.code.clone()}>
                if unknown {
                    { d.region_unknown }
                } else {
                    if !said_by_issuer { { by.region.clone().unwrap_or_default() } }
                    if let Some(code) = &by.code { <span class="region-code">{ code }</span> }
                    if ambiguous { <span class="region-flag">{ d.ambiguous }</span> }
                }
            </span>
        };
    }
    html! {
        <span class={classes!("fact", "region-fact", ambiguous.then_some("ambiguous"))} {title}
            data-test="region-fact" data-code={by.code.clone()}>
            <span class="fact-label">{ d.region }</span>
            if unknown {
                <span class="region-unknown">{ d.region_unknown }</span>
            } else {
                <span class="region-name" data-test="region-name">{ by.region.clone().unwrap_or_default() }</span>
                if let Some(code) = &by.code { <span class="region-code" data-test="region-code">{ code }</span> }
                if by.level.is_some() { <span class="region-level">{ level_name(lang, by.level) }</span> }
                if let Some(b) = &by.body { <span class="region-body" data-test="region-body">{ b }</span> }
                if !by.parents.is_empty() {
                    <span class="region-parents">{ d.within }{ " " }{ by.parents.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(" › ") }</span>
                }
            }
            if ambiguous {
                <span class="region-flag" role="note" data-test="region-ambiguous">
                    { d.ambiguous }{ lang.pick("，", ", ") }{ d.could_be }{ lang.pick("：", ": ") }
                    { by.candidates.iter().map(candidate_text).collect::<Vec<_>>().join(lang.pick("、", "; ")) }
                </span>
            }
        </span>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_description_says_everything_and_ambiguity_plainly() {
        let by = gangmu_core::region::normalise("鱼峰区人民政府", "");
        let t = describe(&by, Lang::Zh);
        assert!(
            t.starts_with("鱼峰区 · 450203 · 县级 · 人民政府 · 所属 柳州市 › 广西壮族自治区"),
            "{t}"
        );
        let by = gangmu_core::region::normalise("城中区人民政府", "");
        let t = describe(&by, Lang::Zh);
        assert!(
            t.contains("可能是：广西壮族自治区柳州市城中区（450202）"),
            "{t}"
        );
        assert!(t.ends_with("多个地区同名，正文未能确定是哪一个"), "{t}");
        let en = describe(&by, Lang::En);
        assert!(en.contains("Could be"), "{en}");
    }
}
