//! Hooks that run asynchronous work for pages: they execute the domain's steps (send, sleep,
//! abort), keep the state, and expose a small handle. Components never see a future.

/// Sending a step's request and sleeping a step's wait (shared by the listing and updates).
pub mod exec;
/// The explorer's session above the routes: connection, filters, sort, the listing, updates.
pub mod explorer;
/// Listing incidents: the executor of `dpk_domain::incidents::engine::ListStepper`.
pub mod list;
/// `use_stored_reducer`: the one way a state is remembered in local storage.
pub mod stored;
/// Updating incidents: the executor of `dpk_domain::incidents::engine::UpdateStepper`.
pub mod update;
