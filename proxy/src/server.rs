//! The glue: a hyper HTTP/1.1 listener whose one handler asks [`crate::rules`] what to do and
//! executes it with a reqwest client. No decision is made here that is not a call into `rules`.
//!
//! What this glue adds against hostile clients (issue #15), all bounded by flags:
//! - HTTP/1.1 only ([`http1::Builder`]); cleartext HTTP/2 and `Upgrade` are not spoken.
//! - At most `--max-connections` open connections; more wait in the listen backlog.
//! - Each connection's socket is wrapped in [`Guarded`]: an idle connection is closed after
//!   `--idle-timeout`, a request head must be complete `--header-timeout` after its first byte,
//!   and a write that makes no progress for `--write-timeout` closes the connection.
//! - The request body is read, within `--body-timeout`, *before* a forwarding slot is taken.
//! - Every buffered body beyond its first [`EXEMPT_BYTES`] is counted against
//!   `--max-buffered-bytes` until the response has been handed to the socket ([`Reservation`]).
//!   Responses are handed over in [`WRITE_CHUNK`] pieces copied out of the buffer, so a client
//!   that stops reading holds its whole buffer, counted, until the write timeout frees it.

use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::header::{CONTENT_LENGTH, CONTENT_TYPE, HOST, LOCATION};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use http_body::{Frame, SizeHint};
use http_body_util::BodyExt;
use hyper::server::conn::http1;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore, futures::OwnedNotified};
use tokio::time::Sleep;
use url::Url;

use crate::config::{Config, ConfigError};
use crate::resolve::{NonPublicAddress, PublicOnlyResolver};
use crate::rules::cors::{self, Caller, CorsPolicy};
use crate::rules::headers::{add_safety_headers, page_response_headers, upstream_request_headers};
use crate::rules::host::host_allowed;
use crate::rules::log::access_line;
use crate::rules::refusal::Refusal;
use crate::rules::target::{
    Route, UpstreamPolicy, may_follow_redirect, parse_target, redirect_refusal,
};

/// The first bytes of every body that are not counted against `--max-buffered-bytes`. A
/// connection holds at most one request body and one response at a time (HTTP/1.1), so these add
/// at most `2 × EXEMPT_BYTES × --max-connections`, and small answers still flow when large ones
/// have filled the budget.
pub const EXEMPT_BYTES: usize = 64 * 1024;

/// Size of the pieces a buffered response is handed to hyper in.
pub const WRITE_CHUNK: usize = 16 * 1024;

/// hyper's per-connection read and write buffer cap (its default is about 400 KiB). It also caps
/// a request head: browsers send a few KiB.
pub const CONNECTION_BUFFER: usize = 64 * 1024;

/// When all `--max-connections` are taken and a client waits, keep-alive connections idle for at
/// least this long are closed to make room. The grace keeps a client that reuses its connection
/// right after a response from racing the close.
pub const CROWDED_IDLE_GRACE: Duration = Duration::from_secs(1);

/// How often a waiting client asks idle connections again.
const CROWDED_RECHECK: Duration = Duration::from_millis(250);

/// Where access-log lines go (stderr by default; tests collect them).
pub type LogSink = Arc<dyn Fn(&str) + Send + Sync>;

/// A configured proxy, ready to serve on a listener.
#[derive(Clone)]
pub struct Proxy {
    shared: Arc<Shared>,
}

struct Shared {
    upstreams: UpstreamPolicy,
    cors: CorsPolicy,
    /// For catalog origins: resolves through [`PublicOnlyResolver`].
    public_client: reqwest::Client,
    /// For `--allow-upstream` origins: the system resolver, any address.
    explicit_client: reqwest::Client,
    slots: Semaphore,
    /// Open client connections (`--max-connections`).
    connections: Arc<Semaphore>,
    /// Signalled when a client waits for a connection: idle keep-alive connections then close.
    crowded: Arc<Notify>,
    /// Buffered body bytes beyond the exempt ones (`--max-buffered-bytes`), one permit a byte.
    buffers: Arc<Semaphore>,
    timeout: Duration,
    body_timeout: Duration,
    limits: ConnectionLimits,
    max_request_bytes: usize,
    max_response_bytes: usize,
    log: Option<LogSink>,
}

/// The per-connection timeouts.
#[derive(Clone, Copy)]
struct ConnectionLimits {
    header: Duration,
    idle: Duration,
    write: Duration,
}

/// What the handler learned about a request, for CORS decoration and the access log.
#[derive(Default)]
struct Seen {
    /// The admitted caller; `None` when refused (no CORS headers then).
    caller: Option<Caller>,
    /// The parsed target, for the access log.
    target: Option<Url>,
    /// A preflight was answered: its response already has its CORS headers.
    answered_preflight: bool,
    /// The budget held by the response body, released when it has been handed over.
    reservation: Option<Reservation>,
}

/// The refusal code of a proxy-made error response, and what only the log gets about it.
#[derive(Clone)]
struct RefusalNote {
    code: &'static str,
    detail: Option<String>,
}

/// An upstream answer, fully read.
struct Upstream {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    reservation: Reservation,
}

impl Proxy {
    /// Validates `config` and builds the HTTP clients. The access log, if on, goes to stderr.
    pub fn new(config: &Config) -> Result<Proxy, ConfigError> {
        let sink: LogSink = Arc::new(|line: &str| eprintln!("{line}"));
        Proxy::with_log_sink(config, sink)
    }

    /// Like [`Proxy::new`], with access-log lines (if `config.access_log`) given to `sink`.
    pub fn with_log_sink(config: &Config, sink: LogSink) -> Result<Proxy, ConfigError> {
        let (upstreams, cors) = config.policies()?;
        Ok(Proxy {
            shared: Arc::new(Shared {
                upstreams,
                cors,
                public_client: build_client(true)?,
                explicit_client: build_client(false)?,
                slots: Semaphore::new(config.max_in_flight),
                connections: Arc::new(Semaphore::new(config.max_connections)),
                crowded: Arc::new(Notify::new()),
                buffers: Arc::new(Semaphore::new(
                    config.max_buffered_bytes.min(Semaphore::MAX_PERMITS),
                )),
                timeout: config.timeout,
                body_timeout: config.body_timeout,
                limits: ConnectionLimits {
                    header: config.header_timeout,
                    idle: config.idle_timeout,
                    write: config.write_timeout,
                },
                max_request_bytes: config.max_request_bytes,
                max_response_bytes: config.max_response_bytes,
                log: config.access_log.then_some(sink),
            }),
        })
    }

    /// The number of distinct upstream origins allowed.
    pub fn upstream_count(&self) -> usize {
        self.shared.upstreams.len()
    }

    /// The page origins allowed.
    pub fn page_origins(&self) -> &[String] {
        self.shared.cors.origins()
    }

    /// Serves on an already-bound listener until the process ends. Binding first (tests bind
    /// port 0) means the proxy is reachable as soon as this is spawned: no readiness wait. The
    /// `Host` check accepts the listener's own address besides the loopback names.
    pub async fn serve(self, listener: TcpListener) -> io::Result<()> {
        let local = listener.local_addr()?.ip();
        let shared = self.shared;
        loop {
            // Wait for a free connection before accepting: further clients wait in the backlog,
            // and idle keep-alive connections are closed to make room.
            let permit = match Arc::clone(&shared.connections).try_acquire_owned() {
                Ok(permit) => permit,
                Err(_) => {
                    // Ask idle connections to close until one of them (or a busy one) is gone.
                    let acquire = Arc::clone(&shared.connections).acquire_owned();
                    tokio::pin!(acquire);
                    loop {
                        shared.crowded.notify_waiters();
                        tokio::select! {
                            permit = &mut acquire => match permit {
                                Ok(permit) => break permit,
                                Err(_) => return Ok(()),
                            },
                            () = tokio::time::sleep(CROWDED_RECHECK) => {}
                        }
                    }
                }
            };
            let stream = match listener.accept().await {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Out of file descriptors or a connection reset before accept: say so, back
                    // off briefly instead of spinning, and carry on.
                    shared.note(&format!("accept failed: {e}"));
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            };
            let _ = stream.set_nodelay(true);
            tokio::spawn(Arc::clone(&shared).connection(stream, local, permit));
        }
    }
}

impl Shared {
    fn note(&self, line: &str) {
        if let Some(log) = &self.log {
            log(&format!("dpk-proxy: {line}"));
        }
    }

    /// One client connection, HTTP/1.1 only, until it closes or a timeout closes it.
    async fn connection(
        self: Arc<Self>,
        stream: TcpStream,
        local: IpAddr,
        _permit: OwnedSemaphorePermit,
    ) {
        let activity = Arc::new(Mutex::new(Activity::new(Instant::now())));
        let io = Guarded::new(
            stream,
            Arc::clone(&activity),
            self.limits,
            Arc::clone(&self.crowded),
        );
        let shared = Arc::clone(&self);
        let service =
            hyper::service::service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
                let guard = ActiveGuard::begin(&activity);
                let shared = Arc::clone(&shared);
                async move {
                    let response = shared.handle(request.map(Body::new), local).await;
                    Ok::<_, Infallible>(
                        response.map(|(body, reservation)| Tracked::new(body, reservation, guard)),
                    )
                }
            });
        let mut builder = http1::Builder::new();
        builder
            .max_buf_size(CONNECTION_BUFFER)
            // The timeouts are [`Guarded`]'s: hyper's own header timer also runs while idle.
            .header_read_timeout(None);
        // A closed or timed-out connection ends here; there is no one left to tell.
        let _ = builder.serve_connection(TokioIo::new(io), service).await;
    }

    async fn handle(
        &self,
        request: Request,
        local: IpAddr,
    ) -> hyper::Response<(Bytes, Option<Reservation>)> {
        let started = Instant::now();
        let method = request.method().clone();
        let mut seen = Seen::default();
        let mut response = match self.process(request, local, &mut seen).await {
            Ok(response) => response,
            Err(refusal) => refusal_response(&refusal),
        };
        if !seen.answered_preflight {
            cors::add_response_headers(seen.caller.as_ref(), response.headers_mut());
        }
        add_safety_headers(response.headers_mut());
        if let Some(log) = &self.log {
            let note = response.extensions().get::<RefusalNote>();
            log(&access_line(
                method.as_str(),
                seen.target.as_ref(),
                response.status().as_u16(),
                started.elapsed(),
                note.map(|n| n.code),
                note.and_then(|n| n.detail.as_deref()),
            ));
        }
        let reservation = seen.reservation.take();
        response.map(|body| (body, reservation))
    }

    async fn process(
        &self,
        request: hyper::Request<Body>,
        local: IpAddr,
        seen: &mut Seen,
    ) -> Result<hyper::Response<Bytes>, Refusal> {
        let (parts, body) = request.into_parts();
        // DNS rebinding: the Host must name this proxy, and be given once.
        let mut hosts = parts.headers.get_all(HOST).iter();
        let host_ok = match (hosts.next(), hosts.next()) {
            (Some(host), None) => host.to_str().is_ok_and(|h| host_allowed(h, local)),
            _ => false,
        };
        if !host_ok {
            return Err(Refusal::HostNotAllowed);
        }
        let target = parse_target(parts.uri.path(), parts.uri.query());
        seen.target = target.as_ref().ok().cloned();

        if cors::is_preflight(&parts.method, &parts.headers) {
            return match self.cors.admit(&parts.headers)? {
                Caller::Page { origin } => {
                    // The answer carries its own CORS headers; nothing is added afterwards.
                    seen.answered_preflight = true;
                    let mut response = hyper::Response::new(Bytes::new());
                    *response.status_mut() = StatusCode::NO_CONTENT;
                    *response.headers_mut() = cors::preflight_headers(&origin, &parts.headers);
                    Ok(response)
                }
                // A preflight always has an Origin, so it is a page or refused.
                Caller::NonBrowser => Err(Refusal::OriginRequired),
            };
        }

        seen.caller = Some(self.cors.admit(&parts.headers)?);
        if parts.method == Method::CONNECT || parts.method == Method::TRACE {
            return Err(Refusal::MethodNotAllowed {
                method: parts.method.to_string(),
            });
        }
        let url = target?;
        let route = self.upstreams.check(&url)?;

        let declared = parts
            .headers
            .get(CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        let too_large = Refusal::RequestTooLarge {
            limit: self.max_request_bytes,
        };
        if declared.is_some_and(|len| len > self.max_request_bytes as u64) {
            return Err(too_large);
        }

        // The whole body, within its deadline, before a slot: a stalled body holds a connection
        // for at most --body-timeout and never a forwarding slot.
        let mut request_reservation = Reservation::new(&self.buffers);
        let body = tokio::time::timeout(
            self.body_timeout,
            read_body(
                body,
                declared,
                self.max_request_bytes,
                &mut request_reservation,
                &too_large,
            ),
        )
        .await
        .map_err(|_| Refusal::RequestBodyTimeout {
            secs: self.body_timeout.as_secs(),
        })??;

        let _slot = tokio::time::timeout(self.timeout, self.slots.acquire())
            .await
            .map_err(|_| Refusal::Busy)?
            .map_err(|_| Refusal::Busy)?;

        let client = match route {
            Route::PublicOnly => &self.public_client,
            Route::Explicit => &self.explicit_client,
        };
        let mut outgoing = client
            .request(parts.method.clone(), url)
            .headers(upstream_request_headers(&parts.headers));
        if !body.is_empty() {
            outgoing = outgoing.body(body);
        }

        let is_head = parts.method == Method::HEAD;
        let upstream = tokio::time::timeout(self.timeout, self.fetch(outgoing, is_head))
            .await
            .map_err(|_| Refusal::Timeout {
                secs: self.timeout.as_secs(),
            })??;
        drop(request_reservation);

        let mut headers = page_response_headers(&upstream.headers);
        if is_head {
            // A HEAD answer has no body; its Content-Length describes the GET body.
            if let Some(len) = upstream.headers.get(CONTENT_LENGTH) {
                headers.insert(CONTENT_LENGTH, len.clone());
            }
        }
        seen.reservation = Some(upstream.reservation);
        let mut response = hyper::Response::new(upstream.body);
        *response.status_mut() = upstream.status;
        *response.headers_mut() = headers;
        Ok(response)
    }

    /// Sends the request and reads the whole response within the body cap and the buffer budget.
    async fn fetch(
        &self,
        outgoing: reqwest::RequestBuilder,
        is_head: bool,
    ) -> Result<Upstream, Refusal> {
        let mut response = outgoing.send().await.map_err(transport_refusal)?;
        let location = response
            .headers()
            .get(LOCATION)
            .and_then(|v| v.to_str().ok());
        if let Some(refusal) =
            redirect_refusal(response.url(), response.status().as_u16(), location)
        {
            return Err(refusal);
        }
        let too_large = Refusal::ResponseTooLarge {
            limit: self.max_response_bytes,
        };
        let declared = if is_head {
            None
        } else {
            response.content_length()
        };
        if declared.is_some_and(|len| len > self.max_response_bytes as u64) {
            return Err(too_large);
        }
        let status = response.status();
        let headers = std::mem::take(response.headers_mut());
        let mut reservation = Reservation::new(&self.buffers);
        let mut buffer = Buffer::new(declared, self.max_response_bytes, &mut reservation)?;
        while let Some(chunk) = response.chunk().await.map_err(transport_refusal)? {
            buffer.push(&chunk, &mut reservation, &too_large)?;
        }
        Ok(Upstream {
            status,
            headers,
            body: buffer.into_bytes(),
            reservation,
        })
    }
}

/// Reads a request body into one buffer, within the cap and the buffer budget.
async fn read_body(
    mut body: Body,
    declared: Option<u64>,
    limit: usize,
    reservation: &mut Reservation,
    too_large: &Refusal,
) -> Result<Bytes, Refusal> {
    let mut buffer = Buffer::new(declared, limit, reservation)?;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|_| Refusal::RequestBodyUnreadable)?;
        if let Ok(data) = frame.into_data() {
            buffer.push(&data, reservation, too_large)?;
        }
    }
    Ok(buffer.into_bytes())
}

/// A body being buffered: its capacity is what is counted, and it grows by doubling up to the cap.
struct Buffer {
    bytes: Vec<u8>,
    limit: usize,
}

impl Buffer {
    /// An empty buffer, sized for the declared length (already checked against `limit`).
    fn new(
        declared: Option<u64>,
        limit: usize,
        reservation: &mut Reservation,
    ) -> Result<Buffer, Refusal> {
        let initial = declared
            .and_then(|d| usize::try_from(d).ok())
            .unwrap_or(0)
            .min(limit);
        reservation.cover(initial)?;
        Ok(Buffer {
            bytes: Vec::with_capacity(initial),
            limit,
        })
    }

    fn push(
        &mut self,
        chunk: &[u8],
        reservation: &mut Reservation,
        too_large: &Refusal,
    ) -> Result<(), Refusal> {
        let len = self.bytes.len() + chunk.len();
        if len > self.limit {
            return Err(too_large.clone());
        }
        if len > self.bytes.capacity() {
            let capacity = len
                .max(self.bytes.capacity().saturating_mul(2))
                .min(self.limit);
            reservation.cover(capacity)?;
            self.bytes.reserve_exact(capacity - self.bytes.len());
            reservation.cover(self.bytes.capacity())?;
        }
        self.bytes.extend_from_slice(chunk);
        Ok(())
    }

    fn into_bytes(self) -> Bytes {
        Bytes::from(self.bytes)
    }
}

/// The part of `--max-buffered-bytes` one body holds; released when dropped.
struct Reservation {
    budget: Arc<Semaphore>,
    counted: usize,
    permit: Option<OwnedSemaphorePermit>,
}

impl Reservation {
    fn new(budget: &Arc<Semaphore>) -> Reservation {
        Reservation {
            budget: Arc::clone(budget),
            counted: 0,
            permit: None,
        }
    }

    /// Makes the reservation cover a buffer of `capacity` bytes, or refuses with `BuffersFull`.
    fn cover(&mut self, capacity: usize) -> Result<(), Refusal> {
        let need = capacity.saturating_sub(EXEMPT_BYTES);
        if need <= self.counted {
            return Ok(());
        }
        let more = u32::try_from(need - self.counted).map_err(|_| Refusal::BuffersFull)?;
        let permit = Arc::clone(&self.budget)
            .try_acquire_many_owned(more)
            .map_err(|_| Refusal::BuffersFull)?;
        match &mut self.permit {
            Some(held) => held.merge(permit),
            None => self.permit = Some(permit),
        }
        self.counted = need;
        Ok(())
    }
}

/// A response body on its way to the socket: it keeps the buffer's reservation and marks the
/// connection busy until hyper has taken its last piece.
struct Tracked {
    data: Bytes,
    _reservation: Option<Reservation>,
    _active: ActiveGuard,
}

impl Tracked {
    fn new(data: Bytes, reservation: Option<Reservation>, active: ActiveGuard) -> Tracked {
        Tracked {
            data,
            _reservation: reservation,
            _active: active,
        }
    }
}

impl http_body::Body for Tracked {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        if self.data.is_empty() {
            return Poll::Ready(None);
        }
        let n = self.data.len().min(WRITE_CHUNK);
        // A copy, not a slice: the pieces waiting in hyper's write buffer must not keep the
        // whole (counted) buffer alive after this body, and its reservation, are gone.
        let piece = Bytes::copy_from_slice(&self.data[..n]);
        self.data = self.data.slice(n..);
        Poll::Ready(Some(Ok(Frame::data(piece))))
    }

    fn is_end_stream(&self) -> bool {
        self.data.is_empty()
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.data.len() as u64)
    }
}

/// Where a connection is between requests, for its read timeouts.
struct Activity {
    /// Requests being handled or responses being handed over.
    active: usize,
    /// Whether a request has begun on this connection (only such connections are closed when
    /// crowded: a new one may have its first request on the way).
    served: bool,
    /// When the connection last became idle (opened, or its last response handed over).
    idle_since: Instant,
    /// When the first byte of the next request head arrived, if one has.
    first_byte: Option<Instant>,
    /// The task of a read left pending while busy (no timer then): woken when the connection
    /// goes idle, so that its idle timer starts.
    reader: Option<Waker>,
}

impl Activity {
    fn new(now: Instant) -> Activity {
        Activity {
            active: 0,
            served: false,
            idle_since: now,
            first_byte: None,
            reader: None,
        }
    }

    /// The instant a read must have completed by, or `None` while a request is in hand (its body
    /// has its own deadline, and the upstream may take `--timeout`).
    fn read_deadline(&self, limits: ConnectionLimits) -> Option<Instant> {
        if self.active > 0 {
            return None;
        }
        Some(match self.first_byte {
            None => self.idle_since + limits.idle,
            Some(first) => first + limits.header,
        })
    }
}

/// Marks a connection busy from the moment hyper hands over a request head until the response
/// body is dropped.
struct ActiveGuard(Arc<Mutex<Activity>>);

impl ActiveGuard {
    fn begin(activity: &Arc<Mutex<Activity>>) -> ActiveGuard {
        if let Ok(mut a) = activity.lock() {
            a.active += 1;
            a.served = true;
        }
        ActiveGuard(Arc::clone(activity))
    }
}

impl Drop for ActiveGuard {
    fn drop(&mut self) {
        let reader = match self.0.lock() {
            Ok(mut a) => {
                a.active = a.active.saturating_sub(1);
                if a.active == 0 {
                    a.idle_since = Instant::now();
                    a.first_byte = None;
                    a.reader.take()
                } else {
                    None
                }
            }
            Err(_) => None,
        };
        if let Some(reader) = reader {
            reader.wake();
        }
    }
}

/// A client socket with the idle, header and write timeouts. A timeout is an I/O error, which
/// makes hyper close the connection.
struct Guarded {
    inner: TcpStream,
    activity: Arc<Mutex<Activity>>,
    limits: ConnectionLimits,
    read_timer: Pin<Box<Sleep>>,
    read_armed: Option<Instant>,
    write_timer: Pin<Box<Sleep>>,
    /// When the current write stall ends the connection; `None` while writes make progress.
    write_deadline: Option<Instant>,
    crowded: Arc<Notify>,
    /// Fires when another client waits for a connection; polled only while idle.
    crowding: Pin<Box<OwnedNotified>>,
}

fn timed_out(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::TimedOut, what.to_owned())
}

impl Guarded {
    fn new(
        inner: TcpStream,
        activity: Arc<Mutex<Activity>>,
        limits: ConnectionLimits,
        crowded: Arc<Notify>,
    ) -> Guarded {
        let far = tokio::time::Instant::now() + Duration::from_secs(86_400);
        Guarded {
            crowding: Box::pin(Arc::clone(&crowded).notified_owned()),
            crowded,
            inner,
            activity,
            limits,
            read_timer: Box::pin(tokio::time::sleep_until(far)),
            read_armed: None,
            write_timer: Box::pin(tokio::time::sleep_until(far)),
            write_deadline: None,
        }
    }

    fn read_deadline(&self) -> Option<Instant> {
        self.activity
            .lock()
            .ok()
            .and_then(|a| a.read_deadline(self.limits))
    }

    /// Whether the connection is an idle keep-alive one: it has served a request, no byte of the
    /// next has arrived, and it has been idle for [`CROWDED_IDLE_GRACE`].
    fn is_idle(&self) -> bool {
        self.activity.lock().is_ok_and(|a| {
            a.served
                && a.active == 0
                && a.first_byte.is_none()
                && a.idle_since.elapsed() >= CROWDED_IDLE_GRACE
        })
    }

    /// While idle: `true` once another client waits for a connection (then this one closes).
    fn crowded_out(&mut self, cx: &mut Context<'_>) -> bool {
        if self.crowding.as_mut().poll(cx).is_ready() {
            // Listen again (the next call registers it), whatever is decided now.
            self.crowding = Box::pin(Arc::clone(&self.crowded).notified_owned());
            if self.is_idle() {
                return true;
            }
            let _ = self.crowding.as_mut().poll(cx);
        }
        false
    }

    fn park_reader(&self, waker: &Waker) {
        if let Ok(mut a) = self.activity.lock() {
            if a.active > 0 {
                a.reader = Some(waker.clone());
            }
        }
    }

    fn saw_request_bytes(&self) {
        if let Ok(mut a) = self.activity.lock() {
            if a.active == 0 && a.first_byte.is_none() {
                a.first_byte = Some(Instant::now());
            }
        }
    }

    /// After a pending write: `Ready(err)` once the stall has lasted `--write-timeout`.
    fn write_stalled(&mut self, cx: &mut Context<'_>) -> Poll<io::Error> {
        let deadline = *self
            .write_deadline
            .get_or_insert_with(|| Instant::now() + self.limits.write);
        self.write_timer.as_mut().reset(deadline.into());
        match self.write_timer.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(timed_out("client stopped reading")),
            Poll::Pending => Poll::Pending,
        }
    }

    fn after_write<T>(
        &mut self,
        cx: &mut Context<'_>,
        result: Poll<io::Result<T>>,
    ) -> Poll<io::Result<T>> {
        match result {
            Poll::Ready(r) => {
                self.write_deadline = None;
                Poll::Ready(r)
            }
            Poll::Pending => match self.write_stalled(cx) {
                Poll::Ready(e) => Poll::Ready(Err(e)),
                Poll::Pending => Poll::Pending,
            },
        }
    }
}

impl AsyncRead for Guarded {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let deadline = this.read_deadline();
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return Poll::Ready(Err(timed_out("request head or idle timeout")));
        }
        let before = buf.filled().len();
        match Pin::new(&mut this.inner).poll_read(cx, buf) {
            Poll::Ready(result) => {
                if buf.filled().len() > before {
                    this.saw_request_bytes();
                }
                Poll::Ready(result)
            }
            Poll::Pending => {
                if deadline.is_none() {
                    this.park_reader(cx.waker());
                }
                if let Some(deadline) = deadline {
                    if this.read_armed != Some(deadline) {
                        this.read_timer.as_mut().reset(deadline.into());
                        this.read_armed = Some(deadline);
                    }
                    if this.read_timer.as_mut().poll(cx).is_ready() {
                        return Poll::Ready(Err(timed_out("request head or idle timeout")));
                    }
                    if this.crowded_out(cx) {
                        return Poll::Ready(Err(timed_out("idle, and another client waits")));
                    }
                }
                Poll::Pending
            }
        }
    }
}

impl AsyncWrite for Guarded {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.inner).poll_write(cx, data);
        this.after_write(cx, result)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.inner).poll_write_vectored(cx, bufs);
        this.after_write(cx, result)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.inner).poll_flush(cx);
        this.after_write(cx, result)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.inner).poll_shutdown(cx);
        this.after_write(cx, result)
    }
}

fn build_client(public_only: bool) -> Result<reqwest::Client, ConfigError> {
    // reqwest is built without its aws-lc-rs default; ring is the process-wide provider. A second
    // install (a second proxy in the same process, as in tests) fails harmlessly.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut builder = reqwest::Client::builder()
        // System proxies would resolve and connect on our behalf, bypassing the address checks.
        .no_proxy()
        .referer(false)
        .redirect(reqwest::redirect::Policy::custom(|attempt| {
            let hops = attempt.previous().len().saturating_sub(1);
            match attempt.previous().first() {
                Some(first) if may_follow_redirect(first, attempt.url(), hops) => attempt.follow(),
                _ => attempt.stop(),
            }
        }));
    if public_only {
        builder = builder.dns_resolver(Arc::new(PublicOnlyResolver));
    }
    builder
        .build()
        .map_err(|e| ConfigError::Client(describe(&e.without_url())))
}

/// Maps a client error to a refusal: a refused DNS answer, a timeout, or unreachable.
fn transport_refusal(err: reqwest::Error) -> Refusal {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&err);
    while let Some(e) = source {
        if let Some(refused) = e.downcast_ref::<NonPublicAddress>() {
            return refused.refusal();
        }
        source = e.source();
    }
    Refusal::Unreachable {
        // Without the URL: its query may hold data that must not be echoed or logged.
        detail: describe(&err.without_url()),
    }
}

/// An error and its causes, joined: `error sending request: … : Connection refused`.
fn describe(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(e) = source {
        let part = e.to_string();
        if !text.contains(&part) {
            text.push_str(": ");
            text.push_str(&part);
        }
        source = e.source();
    }
    text
}

fn refusal_response(refusal: &Refusal) -> hyper::Response<Bytes> {
    let mut response = hyper::Response::new(Bytes::from(refusal.to_json()));
    *response.status_mut() =
        StatusCode::from_u16(refusal.status()).unwrap_or(StatusCode::BAD_GATEWAY);
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response.extensions_mut().insert(RefusalNote {
        code: refusal.code(),
        detail: refusal.log_detail(),
    });
    response
}
