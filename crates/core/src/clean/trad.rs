//! Traditional → simplified characters, for matching only.
//!
//! A compact one-to-one table covering the vocabulary of these reports; the user always sees
//! the characters as written. (Extended from OpenCC's STCharacters data; see NOTICE.)

/// The simplified form of a traditional character, if it differs.
pub fn to_simplified(c: char) -> Option<char> {
    let code = c as u32;
    if !(0x4E00..=0x9FFF).contains(&code) {
        return None;
    }
    TABLE
        .binary_search_by_key(&c, |&(t, _)| t)
        .ok()
        .map(|i| TABLE[i].1)
}

/// Sorted by the traditional character.
static TABLE: &[(char, char)] = &[
    ('個', '个'),
    ('們', '们'),
    ('備', '备'),
    ('優', '优'),
    ('區', '区'),
    ('員', '员'),
    ('問', '问'),
    ('審', '审'),
    ('將', '将'),
    ('導', '导'),
    ('層', '层'),
    ('幹', '干'),
    ('應', '应'),
    ('戶', '户'),
    ('據', '据'),
    ('數', '数'),
    ('於', '于'),
    ('會', '会'),
    ('條', '条'),
    ('業', '业'),
    ('構', '构'),
    ('權', '权'),
    ('為', '为'),
    ('無', '无'),
    ('監', '监'),
    ('糾', '纠'),
    ('級', '级'),
    ('紛', '纷'),
    ('總', '总'),
    ('處', '处'),
    ('規', '规'),
    ('設', '设'),
    ('訴', '诉'),
    ('證', '证'),
    ('議', '议'),
    ('護', '护'),
    ('質', '质'),
    ('辦', '办'),
    ('這', '这'),
    ('進', '进'),
    ('過', '过'),
    ('適', '适'),
    ('鄉', '乡'),
    ('開', '开'),
    ('關', '关'),
    ('項', '项'),
    ('領', '领'),
    ('體', '体'),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(TABLE.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn maps_common_report_vocabulary() {
        assert_eq!(to_simplified('審'), Some('审'));
        assert_eq!(to_simplified('审'), None);
        assert_eq!(to_simplified('a'), None);
    }
}
