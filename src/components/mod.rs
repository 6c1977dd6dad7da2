//! Presentational components: props in, callbacks out. They never call services and read no
//! context but the language, so they render the same in a test as in the page.

mod error_banner;
mod header;
mod page_frame;

pub use error_banner::ErrorBanner;
pub use header::SiteHeader;
pub use page_frame::PageFrame;
