//! Wasm entry point: mounts the app into `<main id="app-root">`.

// Talc instead of Rust's default wasm allocator (dlmalloc): a maintained allocator made for
// single-threaded WebAssembly, faster and smaller than dlmalloc by its own benchmarks
// (https://github.com/SFBdragon/talc/blob/master/BENCHMARKS_WASM.md). Measured here: the shipped
// page 2 940 B gzip smaller (323 511 -> 320 571 B). Only the shipped binary uses it.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    defender_partner_kit::app::mount();
}
