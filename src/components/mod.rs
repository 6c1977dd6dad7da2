//! Presentational components: props in, callbacks out. They never call services and read no
//! context but the language, so they render the same in a test as in the page.

mod choice_field;
mod copy_button;
mod customer_form;
mod error_banner;
mod header;
mod input_field;
mod page_frame;
mod qr_code;
mod redirect_report;
mod roster_table;
mod snippet_block;

pub use choice_field::ChoiceField;
pub use copy_button::CopyButton;
pub use customer_form::CustomerForm;
pub use error_banner::ErrorBanner;
pub use header::SiteHeader;
pub use input_field::InputField;
pub use page_frame::PageFrame;
pub use qr_code::QrCode;
pub use redirect_report::RedirectReport;
pub use roster_table::RosterTable;
pub use snippet_block::SnippetBlock;
