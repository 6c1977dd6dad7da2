//! `dpk-proxy` binary: parse flags, bind, serve. Everything else is in the library.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use clap::Parser;

    let config = dpk_proxy::cli::Args::parse().into_config();
    let proxy = match dpk_proxy::Proxy::new(&config) {
        Ok(proxy) => proxy,
        Err(e) => {
            eprintln!("dpk-proxy: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("dpk-proxy: cannot start the async runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(config.listen).await?;
        let addr = listener.local_addr()?;
        if !addr.ip().is_loopback() {
            eprintln!(
                "dpk-proxy: WARNING: listening on {addr}, reachable from other machines; \
                 anyone who can reach it can use it from the allowed page origins"
            );
        }
        eprintln!(
            "dpk-proxy: listening on http://{addr}/ ({} upstream origins; pages from {})",
            proxy.upstream_count(),
            proxy.page_origins().join(", ")
        );
        proxy.serve(listener).await
    });
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dpk-proxy: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// The proxy is a native server; on wasm32 (the workspace-wide wasm clippy run) there is nothing.
#[cfg(target_arch = "wasm32")]
fn main() {}
