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
    raise_open_file_limit(config.max_connections + config.max_in_flight + 64);
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

/// Raises the soft open-file limit toward `wanted` (client connections, upstream connections and
/// some slack), as far as the hard limit allows, and warns when that is not enough: macOS starts
/// processes with 256, where idle connections would otherwise starve new ones.
#[cfg(all(unix, not(target_arch = "wasm32")))]
fn raise_open_file_limit(wanted: usize) {
    let wanted = libc::rlim_t::try_from(wanted).unwrap_or(libc::rlim_t::MAX);
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit only read and write the struct passed to them.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) != 0 {
            return;
        }
        if lim.rlim_cur < wanted {
            let raised = libc::rlimit {
                rlim_cur: wanted.min(lim.rlim_max),
                rlim_max: lim.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                lim = raised;
            }
        }
    }
    if lim.rlim_cur < wanted {
        eprintln!(
            "dpk-proxy: WARNING: the open-file limit is {}, below the {wanted} that \
             --max-connections and --max-in-flight need; lower --max-connections",
            lim.rlim_cur
        );
    }
}

#[cfg(all(not(unix), not(target_arch = "wasm32")))]
fn raise_open_file_limit(_wanted: usize) {}

/// The proxy is a native server; on wasm32 (the workspace-wide wasm clippy run) there is nothing.
#[cfg(target_arch = "wasm32")]
fn main() {}
