//! The page's clock (the core has none): today's date for export file names, and the time of
//! a correction.

/// Today as `20250131`, in the user's time zone.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A name for this page that no other tab or visit shares: the time and a random number.
pub fn fresh_tab_name() -> String {
    format!(
        "{:x}{:04x}",
        now_ms() as u64,
        (js_sys::Math::random() * 65536.0) as u32
    )
}
