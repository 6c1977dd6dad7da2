//! The soak of issue #15, run by `scripts/bench` (ignored by `cargo test`): the release proxy
//! binary with default flags, for `DPK_SOAK_SECS` (default 60) seconds, against a mix of hostile
//! clients and normal ones; prints the normal clients' latency percentiles and the proxy's peak
//! memory (RSS). Loopback only; every loop ends at the deadline and every wait is bounded.
#![cfg(not(target_arch = "wasm32"))]

use std::net::SocketAddr;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::Request;
use axum::routing::any;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpSocket, TcpStream};
use tokio::task::JoinSet;
use tokio::time::{sleep, timeout};

const SLOW_HEADERS: usize = 60;
const STALLED_BODIES: usize = 30;
const NON_READERS: usize = 30;
const IDLE: usize = 30;
const NORMAL: usize = 8;
const BIG: usize = 16 * 1024 * 1024;

fn big() -> Bytes {
    static B: OnceLock<Bytes> = OnceLock::new();
    B.get_or_init(|| Bytes::from(vec![b'x'; BIG])).clone()
}

async fn upstream() -> SocketAddr {
    let app = Router::new()
        .route("/echo", any(|| async { r#"{"value":[{"id":"1"}]}"# }))
        .route("/big", any(|_: Request| async { big() }));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    addr
}

/// `(VmRSS, VmHWM)` of a process, in KiB (Linux).
fn memory(pid: u32) -> Option<(u64, u64)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| -> Option<u64> {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))?
            .trim()
            .trim_end_matches("kB")
            .trim()
            .parse()
            .ok()
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

/// One hostile client, again and again until `end`: `attack` runs one connection's worth.
fn repeat<F, Fut>(set: &mut JoinSet<u64>, end: Instant, attack: F)
where
    F: Fn() -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    set.spawn(async move {
        let mut rounds = 0;
        while Instant::now() < end {
            let left = end.saturating_duration_since(Instant::now());
            let _ = timeout(left, attack()).await;
            rounds += 1;
            sleep(Duration::from_millis(50)).await;
        }
        rounds
    });
}

/// Reads until the proxy closes the connection.
async fn until_closed(c: &mut TcpStream) {
    let mut buf = [0u8; 1024];
    while let Ok(n) = c.read(&mut buf).await {
        if n == 0 {
            break;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "60 s soak: scripts/bench runs it"]
async fn soak_mixed_slow_and_normal_clients() {
    let secs: u64 = std::env::var("DPK_SOAK_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let _ = rustls::crypto::ring::default_provider().install_default();
    let up = upstream().await;
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_dpk-proxy"))
        .args(["--listen", "127.0.0.1:0", "--quiet", "--allow-upstream"])
        .arg(format!("http://{up}"))
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let pid = child.id().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let mut seen = Vec::new();
    let proxy: SocketAddr = timeout(Duration::from_secs(10), async {
        loop {
            let mut buf = [0u8; 512];
            let n = stderr.read(&mut buf).await.unwrap();
            assert!(n > 0, "dpk-proxy exited");
            seen.extend_from_slice(&buf[..n]);
            let text = String::from_utf8_lossy(&seen);
            if let Some((addr, _)) = text
                .split("listening on http://")
                .nth(1)
                .and_then(|r| r.split_once('/'))
            {
                return addr.parse().unwrap();
            }
        }
    })
    .await
    .unwrap();
    let target = move |path: &str| format!("/http://{up}{path}");
    let end = Instant::now() + Duration::from_secs(secs);
    let mut hostile = JoinSet::new();

    for _ in 0..SLOW_HEADERS {
        let head = format!(
            "GET {} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ",
            target("/echo")
        );
        repeat(&mut hostile, end, move || {
            let head = head.clone();
            async move {
                let Ok(mut c) = TcpStream::connect(proxy).await else {
                    return;
                };
                for byte in head.bytes().chain(std::iter::repeat(b'a')).take(10_000) {
                    if c.write_all(&[byte]).await.is_err() {
                        return;
                    }
                    sleep(Duration::from_secs(2)).await;
                }
            }
        });
    }
    for _ in 0..STALLED_BODIES {
        let head = format!(
            "POST {} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n",
            target("/echo")
        );
        repeat(&mut hostile, end, move || {
            let head = head.clone();
            async move {
                let Ok(mut c) = TcpStream::connect(proxy).await else {
                    return;
                };
                if c.write_all(head.as_bytes()).await.is_ok() {
                    until_closed(&mut c).await;
                }
            }
        });
    }
    for _ in 0..NON_READERS {
        let head = format!(
            "GET {} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            target(&format!("/big?n={BIG}"))
        );
        repeat(&mut hostile, end, move || {
            let head = head.clone();
            async move {
                let socket = TcpSocket::new_v4().unwrap();
                let _ = socket.set_recv_buffer_size(4096);
                let Ok(mut c) = socket.connect(proxy).await else {
                    return;
                };
                if c.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                // Never read; wait for the proxy's write timeout to close it.
                let mut one = [0u8; 1];
                let _ = timeout(Duration::from_secs(120), async {
                    sleep(Duration::from_secs(40)).await;
                    c.read(&mut one).await
                })
                .await;
            }
        });
    }
    for _ in 0..IDLE {
        repeat(&mut hostile, end, move || async move {
            if let Ok(mut c) = TcpStream::connect(proxy).await {
                until_closed(&mut c).await;
            }
        });
    }

    // Give the hostile clients a head start, then measure normal clients.
    sleep(Duration::from_secs(2)).await;
    let mut normal = JoinSet::new();
    for i in 0..NORMAL {
        let url = format!("http://{proxy}{}", target("/echo"));
        normal.spawn(async move {
            let client = reqwest::Client::builder().no_proxy().build().unwrap();
            let mut times = Vec::new();
            let mut errors = 0u32;
            while Instant::now() < end {
                let started = Instant::now();
                let request = if times.len() % 10 == i % 10 {
                    client.post(&url).body(r#"{"status":"resolved"}"#)
                } else {
                    client.get(&url)
                };
                match timeout(
                    Duration::from_secs(30),
                    request.header("origin", "http://localhost:8080").send(),
                )
                .await
                {
                    Ok(Ok(r)) if r.status() == 200 => {
                        if r.bytes().await.is_ok() {
                            times.push(started.elapsed());
                        } else {
                            errors += 1;
                        }
                    }
                    _ => errors += 1,
                }
                sleep(Duration::from_millis(20)).await;
            }
            (times, errors)
        });
    }
    let mut peak_rss = 0;
    while Instant::now() < end {
        if let Some((rss, _)) = memory(pid) {
            peak_rss = peak_rss.max(rss);
        }
        sleep(Duration::from_millis(250)).await;
    }
    let mut times = Vec::new();
    let mut errors = 0;
    while let Some(r) = normal.join_next().await {
        let (t, e) = r.unwrap();
        times.extend(t);
        errors += e;
    }
    hostile.abort_all();
    let hwm = memory(pid).map_or(0, |(_, hwm)| hwm);
    let _ = child.kill().await;
    times.sort();
    let pct = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
    println!(
        "dpk-proxy soak, {secs} s, default flags: {SLOW_HEADERS} slow-header, {STALLED_BODIES} \
         stalled-body, {NON_READERS} non-reading (16 MiB) and {IDLE} idle clients, reconnecting; \
         {NORMAL} normal clients"
    );
    println!(
        "  normal requests: {} ok, {errors} failed; latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        times.len(),
        pct(0.50).as_secs_f64() * 1e3,
        pct(0.99).as_secs_f64() * 1e3,
        times.last().unwrap().as_secs_f64() * 1e3
    );
    println!(
        "  proxy memory: peak RSS {} MiB (VmHWM), highest sampled {} MiB",
        hwm / 1024,
        peak_rss / 1024
    );
    assert!(!times.is_empty());
}
