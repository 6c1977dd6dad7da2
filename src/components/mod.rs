//! Presentational components: props in, callbacks out. They never call services and read no
//! context but the language, so they render the same in a test as in the page.

mod catalog_table;
mod check_list;
mod claims_table;
mod error_banner;
mod header;
mod json_view;
mod page_frame;
mod token_facts;
mod verdict_panel;

pub use catalog_table::{CatalogLabels, CatalogRow, CatalogTable};
pub use check_list::{CheckList, CheckRow};
pub use claims_table::{ClaimRow, ClaimsTable};
pub use error_banner::ErrorBanner;
pub use header::SiteHeader;
pub use json_view::JsonView;
pub use page_frame::PageFrame;
pub use token_facts::TokenFacts;
pub use verdict_panel::VerdictPanel;
