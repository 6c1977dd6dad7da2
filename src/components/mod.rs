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

pub use connection_form::{ConnectionForm, ConnectionFormProps};
pub use error_banner::ErrorBanner;
pub use export_bar::{ExportBar, ExportBarProps};
pub use fetch_panel::{FetchPanel, FetchPanelProps, PanelStatus};
pub use filter_bar::{FilterBar, FilterBarProps};
pub use header::SiteHeader;
pub use incident_detail::{IncidentDetail, IncidentDetailProps};
pub use incident_table::{IncidentTable, IncidentTableProps};
pub use page_frame::PageFrame;
pub use shared::Shared;
pub use token_verdict::{TokenVerdict, TokenVerdictProps};
