//! Hooks that run asynchronous work for pages: they call services, keep the domain's state, and
//! expose a small handle. Components never see a future.

/// Listing incidents page by page (paced, resumable, cancellable) and updating one.
pub mod incidents;
