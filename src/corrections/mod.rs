//! The user's corrections on the page: each report's log (what the core applies), undo and
//! redo per report, and the corrections a form in the UI makes. The core applies them
//! (`extract_corrected`, in the worker); nothing here changes a report by itself.
//!
//! - [`log`]: a report's corrections and the ids undo withdrew (merged across tabs);
//! - [`history`]: undo/redo steps, per report (the keys act on the report on screen);
//! - [`form`]: the correction forms as text, and what saving them makes;
//! - [`make`]: corrections from the UI's edits, with unique ids and the time.

pub mod form;
pub mod history;
pub mod log;
pub mod make;
