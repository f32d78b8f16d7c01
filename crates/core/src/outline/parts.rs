//! Which required part a heading addresses: R1–R5 of a 法治政府建设年度报告, D1–D6 of a 政府信息公开
//! 工作年度报告.
//!
//! Headings word the parts in many ways (主要举措和成效 / 主要做法和成效 / 主要措施和工作成效;
//! 存在的不足和原因 / 存在问题; 下一年度…主要安排 / 下一步工作打算 / 2024年工作计划), so this is
//! a keyword classifier over the heading title, checked in an order that puts the narrow parts
//! (R5, R3) before the broad ones.

use crate::model::Part;

/// The part a heading title addresses, if any. `year` is the year reported on.
pub fn classify(title: &str, year: Option<i32>) -> Option<Part> {
    let t = crate::text::without_whitespace(title);
    let has = |k: &str| t.contains(k);
    let short = super::at_most(&t, 16);
    if has("其他需要报告") || (short && (has("其他事项") || has("其他情况"))) {
        return Some(Part::R5);
    }
    if has("第一责任人")
        || (has("主要负责人") && (has("履行") || has("职责")))
        || (short && has("述法"))
    {
        return Some(Part::R3);
    }
    if has("不足")
        || has("存在问题")
        || has("存在的问题")
        || (short && (has("问题") || has("短板") || has("差距") || has("薄弱")))
    {
        return Some(Part::R2);
    }
    let next_year = year.map(|y| format!("{}年", y + 1));
    let plan_word = has("计划") || has("安排") || has("打算") || has("思路") || has("展望");
    if has("下一年度")
        || has("下一步")
        || has("明年")
        || has("今后")
        || (plan_word && (short || has("工作") || next_year.as_deref().is_some_and(&has)))
    {
        return Some(Part::R4);
    }
    if has("举措")
        || has("成效")
        || has("做法")
        || has("主要工作")
        || has("工作情况")
        || has("开展情况")
        || has("主要措施")
        || has("工作进展")
    {
        return Some(Part::R1);
    }
    None
}

/// The part of a 政府信息公开工作年度报告 a heading title addresses, if any (the national
/// template: 总体情况, 主动公开政府信息情况, 收到和处理政府信息公开申请情况, 政府信息公开行政复议、
/// 行政诉讼情况, 存在的主要问题及改进情况, 其他需要报告的事项).
pub fn classify_disclosure(title: &str) -> Option<Part> {
    let t = crate::text::without_whitespace(title);
    let has = |k: &str| t.contains(k);
    if has("其他需要报告") || has("其他事项") || has("需要说明的事项") {
        return Some(Part::D6);
    }
    if has("问题") && (has("改进") || has("存在")) {
        return Some(Part::D5);
    }
    if has("复议") || has("诉讼") {
        return Some(Part::D4);
    }
    if has("申请") || has("依申请公开") {
        return Some(Part::D3);
    }
    if has("主动公开") {
        return Some(Part::D2);
    }
    if has("总体情况") || has("概述") || has("基本情况") {
        return Some(Part::D1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_headings() {
        let y = Some(2023);
        assert_eq!(
            classify("法治政府建设主要措施和工作成效", y),
            Some(Part::R1)
        );
        assert_eq!(classify("主要做法和成效", y), Some(Part::R1));
        assert_eq!(
            classify("2023年推进法治政府建设主要举措和成效", y),
            Some(Part::R1)
        );
        assert_eq!(classify("存在的问题", y), Some(Part::R2));
        assert_eq!(classify("存在问题", y), Some(Part::R2));
        assert_eq!(
            classify("上一年度推进法治政府建设存在的不足", y),
            Some(Part::R2)
        );
        assert_eq!(
            classify(
                "党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设的有关情况",
                y
            ),
            Some(Part::R3)
        );
        assert_eq!(classify("2024年工作计划", y), Some(Part::R4));
        assert_eq!(classify("下一步工作打算", y), Some(Part::R4));
        assert_eq!(classify("2024年推进法治政府建设计划", y), Some(Part::R4));
        assert_eq!(
            classify("下一年度推进法治政府建设的主要安排", y),
            Some(Part::R4)
        );
        assert_eq!(classify("其他需要报告的情况", y), Some(Part::R5));
    }

    #[test]
    fn topical_headings_are_no_part() {
        let y = Some(2023);
        assert_eq!(
            classify("扎实开展示范创建活动，推动法治政府建设率先突破", y),
            None
        );
        assert_eq!(
            classify(
                "加强府院联动，推动行政复议化解行政争议主渠道作用 充分发挥",
                y
            ),
            None
        );
        assert_eq!(
            classify("聚焦群众急难愁盼问题，推动矛盾纠纷多元化解工作走深走实", y),
            None
        );
    }

    #[test]
    fn disclosure_report_headings() {
        assert_eq!(classify_disclosure("总体情况"), Some(Part::D1));
        assert_eq!(classify_disclosure("主动公开政府信息情况"), Some(Part::D2));
        assert_eq!(
            classify_disclosure("收到和处理政府信息公开申请情况"),
            Some(Part::D3)
        );
        assert_eq!(
            classify_disclosure("政府信息公开行政复议、行政诉讼情况"),
            Some(Part::D4)
        );
        assert_eq!(
            classify_disclosure("政府信息公开工作存在的主要问题及改进情况"),
            Some(Part::D5)
        );
        assert_eq!(classify_disclosure("其他需要报告的事项"), Some(Part::D6));
        assert_eq!(classify_disclosure("加强平台建设"), None);
    }
}
