//! `read` on phrases from the seed reports and on the cases the metrics stage relies on.

use super::*;

/// (value, magnitude, approx, rest of the text after the numeral) read at `at`.
fn r(text: &str, at: usize) -> Option<(String, Option<&'static str>, Option<Approx>, &str)> {
    let n = read(text, at)?;
    Some((
        n.value.to_string(),
        n.magnitude.map(|m| m.text),
        n.approx,
        &text[n.end..],
    ))
}

fn r0(text: &str) -> Option<(String, Option<&'static str>, Option<Approx>, &str)> {
    r(text, 0)
}

fn v(
    value: &str,
    magnitude: Option<&'static str>,
    approx: Option<Approx>,
    rest: &'static str,
) -> Option<(String, Option<&'static str>, Option<Approx>, &'static str)> {
    Some((value.to_string(), magnitude, approx, rest))
}

#[test]
fn arabic_counts_and_amounts_from_the_reports() {
    assert_eq!(
        r("审结行政复议案件163件", "审结行政复议案件".len()),
        v("163", None, None, "件")
    );
    assert_eq!(r0("23.07亿元"), v("23.07", Some("亿"), None, "元"));
    assert_eq!(
        r0("5633243.28万元"),
        v("5633243.28", Some("万"), None, "元")
    );
    assert_eq!(r0("1,234件"), v("1234", None, None, "件"));
    assert_eq!(r("办结51件,", "办结".len()), v("51", None, None, "件,"));
    assert_eq!(r("建议53,办理", "建议".len()), v("53", None, None, ",办理"));
    assert_eq!(r0("5,18"), v("5", None, None, ",18"));
    assert_eq!(r0("1.加强"), v("1", None, None, ".加强"));
}

#[test]
fn approximation_words_from_the_reports() {
    assert_eq!(r0("960余人次"), v("960", None, Some(Approx::Yu), "人次"));
    assert_eq!(r0("1500余人次"), v("1500", None, Some(Approx::Yu), "人次"));
    assert_eq!(r0("20余场次"), v("20", None, Some(Approx::Yu), "场次"));
    assert_eq!(r0("10余万元"), v("10", Some("万"), Some(Approx::Yu), "元"));
    assert_eq!(r0("9万余元"), v("9", Some("万"), Some(Approx::Yu), "元"));
    assert_eq!(r0("32亿余条"), v("32", Some("亿"), Some(Approx::Yu), "条"));
    assert_eq!(
        r0("两千三百余万元"),
        v("2300", Some("万"), Some(Approx::Yu), "元")
    );
    assert_eq!(r0("十余人"), v("10", None, Some(Approx::Yu), "人"));
    assert_eq!(r0("十几件"), v("10", None, Some(Approx::Ji), "件"));
    assert_eq!(r0("二十来个"), v("20", None, Some(Approx::Ji), "个"));
    assert_eq!(
        r0("1.2万余人"),
        v("1.2", Some("万"), Some(Approx::Yu), "人")
    );
}

#[test]
fn the_magnitude_of_32_yi_yu_starts_at_yi() {
    let n = read("32亿余条", 0).unwrap();
    assert_eq!(n.magnitude_at, Some("32".len()));
    assert_eq!(n.end, "32亿余".len());
}

#[test]
fn duo_follows_only_round_numbers() {
    // 20多项: twenty-odd items (项 is the classifier), not "20" + 多项 ("many items").
    assert_eq!(r0("20多项"), v("20", None, Some(Approx::Duo), "项"));
    assert_eq!(r0("一百多万"), v("100", Some("万"), Some(Approx::Duo), ""));
    assert_eq!(r0("十多万"), v("10", Some("万"), Some(Approx::Duo), ""));
    assert_eq!(r0("3万多"), v("3", Some("万"), Some(Approx::Duo), ""));
    // After a number that is not round, 多 starts a word (多措并举, 多元化, 多部门).
    assert_eq!(r0("3多元"), v("3", None, None, "多元"));
    assert_eq!(r0("五多措并举"), v("5", None, None, "多措并举"));
    assert_eq!(r0("12多部门"), v("12", None, None, "多部门"));
}

#[test]
fn chinese_numerals_and_liang() {
    assert_eq!(
        r("涉及金额超两亿元", "涉及金额超".len()),
        v("2", Some("亿"), None, "元")
    );
    assert_eq!(r0("五次"), v("5", None, None, "次"));
    assert_eq!(r0("两镇"), v("2", None, None, "镇"));
    assert_eq!(r0("一万零十二"), v("10012", None, None, ""));
    assert_eq!(r0("一千零十"), v("1010", None, None, ""));
    assert_eq!(r0("二十万亿"), v("20", Some("万亿"), None, ""));
    assert_eq!(r0("两千四百五"), v("2450", None, None, ""));
    assert_eq!(r0("肆佰陸拾"), v("460", None, None, ""));
    assert_eq!(r0("三点五"), v("3.5", None, None, ""));
    assert_eq!(r0("一百两"), v("100", None, None, "两"));
}

#[test]
fn magnitudes_stay_out_of_the_value() {
    assert_eq!(r0("3万"), v("3", Some("万"), None, ""));
    assert_eq!(r0("1.2万"), v("1.2", Some("万"), None, ""));
    assert_eq!(r0("4.78万亿"), v("4.78", Some("万亿"), None, ""));
    assert_eq!(r0("2千万"), v("2000", Some("万"), None, ""));
    assert_eq!(r0("十万"), v("10", Some("万"), None, ""));
    assert_eq!(r0("一万五千亿"), v("15000", Some("亿"), None, ""));
    assert_eq!(r0("5亿1万"), v("50001", Some("万"), None, ""));
    assert_eq!(read("5亿1万", 0).unwrap().total().to_string(), "500010000");
}

#[test]
fn mixed_arabic_and_chinese() {
    assert_eq!(r0("3万4000"), v("34000", None, None, ""));
    assert_eq!(r0("1万6千"), v("16000", None, None, ""));
    assert_eq!(r0("2千零30万"), v("2030", Some("万"), None, ""));
    assert_eq!(r0("5亿1万4千6百"), v("500014600", None, None, ""));
    assert_eq!(r0("0.5万"), v("0.5", Some("万"), None, ""));
    assert_eq!(r0("1千零20"), v("1020", None, None, ""));
    // A magnitude after 多 scales only what follows the last group: 1亿 + 3千多万.
    assert_eq!(
        r0("1亿3千多万人次"),
        v("13000", Some("万"), Some(Approx::Duo), "人次")
    );
    assert_eq!(
        read("1亿3千多万", 0).unwrap().total().to_string(),
        "130000000"
    );
    assert_eq!(r0("2万5千公里"), v("25000", None, None, "公里"));
    // A remainder that is a year is not part of the number (units dropped by a web scrape).
    assert_eq!(r0("57万2025年"), v("57", Some("万"), None, "2025年"));
    // Chinese digits after Arabic ones belong to the next phrase ("144“一张表单”" lost its quotes).
    assert_eq!(r0("144一张表单"), v("144", None, None, "一张表单"));
}

#[test]
fn plan_names_and_digit_runs_are_not_numbers() {
    assert_eq!(r0("十四五规划"), None);
    assert_eq!(r0("十五五"), None);
    assert_eq!(r0("二三十个"), None);
    assert_eq!(r0("三五天"), None);
    assert_eq!(r0("两两"), None);
}

#[test]
fn digit_sequences_are_flagged() {
    let n = read("二〇二三年", 0).unwrap();
    assert_eq!(
        (
            n.value.to_string(),
            n.digit_sequence,
            &"二〇二三年"[n.end..]
        ),
        ("2023".into(), true, "年")
    );
    assert!(read("一九九八年", 0).unwrap().digit_sequence);
    assert!(!read("二十", 0).unwrap().digit_sequence);
    // A date whose dash was lost: read as written, the metrics stage knows it is a date.
    assert_eq!(r("(20212025年)", 1), v("20212025", None, None, "年)"));
}

#[test]
fn bare_scales() {
    assert_eq!(r("突破万次", "突破".len()), None);
    assert_eq!(r("万余人", 0), v("1", Some("万"), Some(Approx::Yu), "人"));
}

#[test]
fn chinese_flag() {
    assert!(read("五", 0).unwrap().chinese);
    assert!(read("两亿", 0).unwrap().chinese);
    assert!(!read("3万", 0).unwrap().chinese);
    assert!(!read("3万4000", 0).unwrap().chinese);
    assert!(read("2千", 0).unwrap().chinese);
}

#[test]
fn positions_off_a_char_boundary_or_out_of_range_give_none() {
    assert!(read("审", 1).is_none());
    assert!(read("1", 5).is_none());
    assert!(read("1", 1).is_none());
    assert!(read("", 0).is_none());
}

#[test]
fn may_start_is_a_superset_of_what_read_accepts_first() {
    for c in "0123456789０１一二两十百千万亿零〇负数几上壹".chars() {
        assert!(may_start(c), "{c}");
    }
    for c in "的件.%-,年".chars() {
        assert!(!may_start(c), "{c}");
    }
}

#[test]
fn stacked_and_mixed_scales() {
    assert_eq!(r0("一亿二千万"), v("12000", Some("万"), None, ""));
    assert_eq!(
        read("一亿二千万", 0).unwrap().total().to_string(),
        "120000000"
    );
    assert_eq!(r0("十万八千里"), v("108000", None, None, "里"));
    assert_eq!(r0("二百五十万零三"), v("2500003", None, None, ""));
    assert_eq!(r0("一千零一夜"), v("1001", None, None, "夜"));
    assert_eq!(r0("3.5亿"), v("3.5", Some("亿"), None, ""));
    // 兆 only inside a number: 5兆瓦 is five megawatts.
    assert_eq!(r0("5兆瓦"), v("5", None, None, "兆瓦"));
    // 千 starting a unit is the unit's: 5千瓦 is five kilowatts, 120万千瓦 120万 of them.
    assert_eq!(r0("5千瓦"), v("5", None, None, "千瓦"));
    assert_eq!(r0("120万千瓦"), v("120", Some("万"), None, "千瓦"));
    assert_eq!(r0("35.6亿千瓦时"), v("35.6", Some("亿"), None, "千瓦时"));
    assert_eq!(r0("三千米"), v("3", None, None, "千米"));
}

#[test]
fn spaces_inside_a_numeral_from_pdf_text() {
    assert_eq!(r("共 5 万元", "共 ".len()), v("5", Some("万"), None, "元"));
    assert_eq!(r0("一百 五 十 二"), v("152", None, None, ""));
    // Arabic numbers never join across a space, and trailing spaces are not consumed.
    assert_eq!(r0("5 10件"), v("5", None, None, " 10件"));
    assert_eq!(r0("三千 "), v("3000", None, None, " "));
    // A space separates a digit run that would otherwise be no number.
    assert_eq!(r0("十四 五"), v("14", None, None, " 五"));
}

#[test]
fn approximations_with_decimals_and_words() {
    assert_eq!(r0("1.5万余"), v("1.5", Some("万"), Some(Approx::Yu), ""));
    assert_eq!(r0("3.5余"), v("3.5", None, None, "余"));
    assert_eq!(r0("十几万"), v("10", Some("万"), Some(Approx::Ji), ""));
    assert_eq!(r0("二十几乎"), v("20", None, None, "几乎"));
    assert_eq!(r0("二十来看"), v("20", None, None, "来看"));
    assert_eq!(r0("十来年"), v("10", None, Some(Approx::Ji), "年"));
    assert_eq!(r0("一来"), v("1", None, None, "来"));
    assert_eq!(r0("5万余额"), v("5", Some("万"), None, "余额"));
}

#[test]
fn negative_numbers_and_words_that_only_start_like_them() {
    assert_eq!(r0("负三十二"), v("-32", None, None, ""));
    assert_eq!(r0("负1.1"), v("-1.1", None, None, ""));
    assert_eq!(r0("负增长"), None);
}

#[test]
fn ranges_and_approximate_pairs_are_not_one_number() {
    assert_eq!(r0("两三个"), None);
    assert_eq!(r0("一两天"), None);
    assert_eq!(r0("三三两两"), None);
    assert_eq!(r("1-11月", 0), v("1", None, None, "-11月"));
}

/// The general grammar alone, without the plain-Arabic fast path of [`read_unsigned`].
fn read_general(text: &str, at: usize) -> Option<Numeral> {
    let n = compound::read(text, at).map(Numeral::from)?;
    Some(fraction::extend(text, n))
}

/// The fast path gives exactly what the grammar gives (value and its written scale, end, every
/// flag) wherever it answers: at every position of the seed reports and of hand-made cases
/// next to each character the grammar could go on with. And every digit sequence (unsigned:
/// 负 makes no year) starts as
/// [`starts_digit_sequence`] says (the Chinese-year reader of the metrics relies on it).
#[test]
fn plain_arabic_agrees_with_the_grammar() {
    let mut texts: Vec<String> = [
        "163件，23.07%、1,234人；5,18个 98.20亿元 3万4000 20多项 1500余 10几 20来个",
        "2023.12.01 1.加强 5。 3 万 3　万 3分之1 3又3分之1 12点 5十 ５件 5５ 5．5 5，000 5",
        "1,200,35件 1, 234 １，２３４ 3.5余 57万2025年 2千300 4千6百 2兆 3億 5两 7〇 9零",
        "二〇二三年 一九九八年 〇五 二零二四年 负二〇二三 两〇二三 贰〇二三 十二 二 三五 一二三四",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    texts.extend(crate::test_seeds::seeds().into_iter().map(|(_, text)| text));
    let mut answered = 0;
    for text in &texts {
        for at in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            if read_unsigned(text, at).is_some_and(|n| n.digit_sequence) {
                assert!(starts_digit_sequence(text, at), "at {at}");
            }
            if let Some(fast) = plain_arabic(text, at) {
                answered += 1;
                let general = read_general(text, at);
                assert_eq!(
                    format!("{:?}", Some(fast)),
                    format!("{general:?}"),
                    "at {at}: {:?}",
                    crate::text::window(text, at, at + 30)
                );
            }
        }
    }
    assert!(answered > 1000, "{answered}");
}

/// The lone Chinese digit's fast path gives exactly what the grammar gives (value, end, every
/// flag) wherever it answers: at every position of the seed reports and of hand-made cases next
/// to each character the grammar could go on with.
#[test]
fn a_lone_chinese_digit_agrees_with_the_grammar() {
    let mut texts: Vec<String> = [
        "一是 进一步 三项 统一 一十 一百 一万 一亿 一两 一〇 一零 一点 一余 一多 一几 一来 一1 一.",
        "一１ 一 个 一　个 一分之一 三又一分之二 二分 一又 五。 九 壹件 贰个 一兆 一千瓦 一百帕 一",
        "一是一非 三五 十一 二十一 一、二、三 第一 一二三四 一○ 一．五 七十二变 八成 九倍 四季",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    texts.extend(crate::test_seeds::seeds().into_iter().map(|(_, text)| text));
    let mut answered = 0;
    for text in &texts {
        for at in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            if let Some(fast) = lone_chinese_digit(text, at) {
                answered += 1;
                let general = compound::read(text, at)
                    .map(Numeral::from)
                    .map(|n| fraction::extend(text, n));
                assert_eq!(
                    format!("{:?}", Some(fast)),
                    format!("{general:?}"),
                    "at {at}: {:?}",
                    crate::text::window(text, at, at + 30)
                );
            }
        }
    }
    assert!(answered > 300, "{answered}");
}
