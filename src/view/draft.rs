//! A form field while the user edits it. The field shows the user's text, not the report's:
//! a re-render (typing in the filter, a batch report finishing, a storage write, the report
//! recomputed after another correction) must never put the report's value back over what the
//! user typed and has not saved. When the report's value changes under the form, a field the
//! user has not touched follows it; a field they typed in keeps their text.

/// What the report says (`base`) and what the field shows (`text`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    base: String,
    text: String,
}

impl Draft {
    pub fn new(base: &str) -> Draft {
        Draft {
            base: base.to_string(),
            text: base.to_string(),
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The user typed or chose `text`.
    pub fn set(&mut self, text: String) {
        self.text = text;
    }

    /// The report's value is now `base`: an untouched field follows it, an edited one keeps
    /// the user's text.
    pub fn rebase(&mut self, base: &str) {
        if self.base != base {
            if self.text == self.base {
                self.text = base.to_string();
            }
            self.base = base.to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_survives_a_re_render_and_an_untouched_field_follows_the_report() {
        let mut d = Draft::new("3609");
        d.set("777".into());
        d.rebase("3609");
        assert_eq!(d.text(), "777", "the same report: the typing stays");
        d.rebase("3610");
        assert_eq!(
            d.text(),
            "777",
            "the report changed, but the user typed here"
        );
        let mut untouched = Draft::new("件");
        untouched.rebase("万件");
        assert_eq!(untouched.text(), "万件");
    }
}
