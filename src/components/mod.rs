//! Presentational pieces: props in, callbacks out. They never call services and read no
//! context but the language, so they render the same in a test as in the page. All are plain
//! `fn … -> Html` view functions over state their page keeps: each `#[component]` type costs
//! Yew lifecycle code in the bundle (the browser tests wrap the ones they mount alone).

mod catalog_table;
mod check_list;
mod claims_table;
mod connection_form;
mod copy_button;
mod customer_form;
mod error_banner;
mod export_bar;
mod fetch_panel;
mod filter_bar;
pub mod form;
mod header;
mod json_view;
mod page_frame;
mod qr_code;
mod redirect_report;
mod roster_table;
mod snippet_block;
mod text_el;
mod token_facts;
mod verdict_panel;

pub use catalog_table::{CatalogTable, catalog_table};
pub use check_list::check_list;
pub use claims_table::claims_table;
pub use copy_button::copy_button;
pub use customer_form::{CustomerEvent, customer_form};
pub use form::code_field;
pub(crate) mod incident_detail;
mod incident_table;
mod shared;
mod token_verdict;

pub use connection_form::{ConnectionFormProps, connection_form};
pub use error_banner::error_banner;
pub use export_bar::export_bar;
pub use fetch_panel::{FetchPanelProps, fetch_panel};
pub use filter_bar::{FilterBarProps, filter_bar};
pub use header::site_header;
pub use incident_detail::{DetailForm, FormAct, IncidentDetailProps, incident_detail};
pub use incident_table::{IncidentTableProps, incident_table};
pub use json_view::json_view;
pub use page_frame::page_frame;
pub use qr_code::{QrDrawing, draw_qr, qr_code};
pub use redirect_report::redirect_report;
pub use roster_table::{RowEvent, roster_table};
pub use shared::Shared;
pub use snippet_block::snippet_block;
pub use text_el::text_el;
pub use token_facts::token_facts;
pub use token_verdict::{TokenVerdictProps, token_verdict};
pub use verdict_panel::verdict_panel;
