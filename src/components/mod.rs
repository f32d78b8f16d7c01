//! The yew UI, one component per file. [`app::App`] owns the reducer and the engine and hands
//! both down through [`context::Ctx`].

pub mod add_metric;
pub mod app;
pub mod clear_dialog;
pub mod compare_chart;
pub mod compare_long;
pub mod compare_table;
pub mod compare_view;
pub mod context;
pub mod correction_line;
pub mod dataset_export;
pub mod empty_state;
pub mod encoding_picker;
pub mod export_bar;
pub mod facts_editor;
pub mod findings_panel;
pub mod header;
pub mod metric_detail;
pub mod metric_fields;
pub mod metric_table;
pub mod modal;
pub mod notice;
pub mod outline_tree;
pub mod panel_tabs;
pub mod paste_dialog;
pub mod profile_panel;
pub mod region_badge;
pub mod report_list;
pub mod report_summary;
pub mod source_view;
pub mod storage_notice;
pub mod unplaced_list;
