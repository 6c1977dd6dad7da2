//! Presentational components: props in, callbacks out. They never call services and read no
//! context but the language, so they render the same in a test as in the page.

mod connection_form;
mod error_banner;
mod export_bar;
mod fetch_panel;
mod filter_bar;
pub mod form;
mod header;
pub(crate) mod incident_detail;
mod incident_table;
mod page_frame;
mod shared;
mod token_verdict;

pub use connection_form::ConnectionForm;
pub use error_banner::ErrorBanner;
pub use export_bar::ExportBar;
pub use fetch_panel::{FetchPanel, PanelStatus};
pub use filter_bar::FilterBar;
pub use header::SiteHeader;
pub use incident_detail::IncidentDetail;
pub use incident_table::IncidentTable;
pub use page_frame::PageFrame;
pub use shared::Shared;
pub use token_verdict::TokenVerdict;
