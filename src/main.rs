//! Wasm entry point: mounts the app into `<main id="app-root">`.

fn main() {
    defender_partner_kit::app::mount();
}
