//! Hooks: the engine and its replies, the comparison's commands, page-wide file drops,
//! scroll tracking for virtual lists.

pub mod use_compare;
pub mod use_engine;
pub mod use_page_drop;
pub mod use_viewport;
