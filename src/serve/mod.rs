//! `newsdex serve`: an HTTP API and a search page over the index.
//!
//! The index is opened once; its reader reloads by itself after every commit, so a running
//! `ingest` or `watch` shows up without a restart. Searching is the same code as the
//! command line ([`crate::search`]), run on tokio's blocking pool. Every answer is JSON,
//! errors included (`{"error": "..."}` with a 4xx status for bad input), and the page is
//! three files embedded in the binary, with no CDN.
//!
//! | route | answer |
//! | --- | --- |
//! | `GET /` | the search page (and `/app.js`, `/app.css`, `/favicon.svg`, `/favicon.ico`) |
//! | `GET /api/search?q=&person=&org=&place=&country=&site=&since=&until=&sort=&limit=&offset=` | `search --json` plus `facets` and `months` |
//! | `GET /api/article/{uid}?q=` | one article: metadata, entities, full body (and where `q`'s words are) |
//! | `GET /api/people?q=&with=` (and `/api/orgs`, `/api/places`, `/api/sites`) | as `newsdex people --json` |
//! | `GET /api/timeline?q=&by=day\|week\|month\|year\|decade` (and the filters) | as `newsdex timeline --json` |
//! | `GET /api/stats?top=` | as `newsdex stats --json`, with each folder's name, articles and undated |
//! | `GET /api/health` | `{"status": "ok", "articles": N, "documents": N}` |
//! | `GET /api` | these routes, with the parameters each takes |
//!
//! Yes/no parameters (`fuzzy`, `collapse`, `facets`) take `1`/`0`, `true`/`false`,
//! `yes`/`no` or `on`/`off`; another method than GET on a route is a JSON 405.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result};
use axum::Router;
use axum::extract::{Path as UrlPath, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::{Value, json};
use tantivy::collector::Count;
use tantivy::{IndexReader, ReloadPolicy, Searcher, TantivyDocument};

use crate::dates::{parse_duration, parse_span};
use crate::index::NewsIndex;
use crate::note;
use crate::search::facets::{NameKind, Period, PeriodCounts, add_with_filters, facets, top_names, with_gaps};
use crate::search::query::{self, QueryError, SearchRequest, Sort, WordMatch};
use crate::search::render::json_value;

const PAGE: &str = include_str!("page.html");
const SCRIPT: &str = include_str!("app.js");
const STYLE: &str = include_str!("app.css");
/// The tab icon: a magnifier over a page, drawn by hand.
const ICON: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<rect x="3" y="2" width="19" height="24" rx="2" fill="#fff" stroke="#1d1d1f" stroke-width="2"/>
<path d="M7 8h11M7 12h7" stroke="#6b6b72" stroke-width="2"/>
<circle cx="18" cy="19" r="6" fill="#eef2fb" stroke="#0b57d0" stroke-width="3"/>
<path d="M22.5 23.5l6 6" stroke="#0b57d0" stroke-width="3.5" stroke-linecap="round"/>
</svg>
"##;

/// Longest query string accepted, in bytes: a pasted paragraph of Japanese or Arabic (500
/// characters are 4.5 KB percent-encoded) is a query; 16 KB stays well under the 64 KB
/// address the HTTP layer reads at all.
const MAX_QUERY_BYTES: usize = 16 * 1024;
/// Most hits per page.
const MAX_LIMIT: usize = 100;
/// Deepest place in a list of names (`/api/people?offset=`). A search pages to its end:
/// its `offset` has no bound.
const MAX_NAMES_OFFSET: usize = 50_000;

/// What the handlers share: the index and a reader that follows its commits.
pub struct AppState {
    news: NewsIndex,
    reader: IndexReader,
    /// What the last check of the index's files found, for the searcher generation it
    /// checked: each failing request need not read the whole index again.
    damage_found: std::sync::Mutex<Option<(u64, Option<String>)>>,
    /// What the index's record of its folders says, for the last searcher generation
    /// served (see [`AppState::committed`]).
    committed: std::sync::Mutex<Option<Arc<Committed>>>,
}

/// What the record a commit keeps of the index's folders (`meta.json`) says that answers
/// use: read once for each commit served, not on every request.
struct Committed {
    /// The searcher generation it was read for.
    generation: u64,
    /// The folders ingested ([`crate::search::ingested_roots`]), for every place an answer
    /// gives from the folder ingested.
    roots: Vec<String>,
    /// The note of an ingest running or stopped part way
    /// ([`crate::search::hints::unfinished_ingest`]).
    unfinished: Option<String>,
    /// The answers of `/api/stats` for this commit, by `top`: counted at the first request
    /// of each (every name of each kind is tallied, each folder's articles counted).
    stats: std::sync::Mutex<std::collections::HashMap<usize, Value>>,
}

impl AppState {
    /// Opens the index for serving.
    pub fn open(index_dir: &Path) -> Result<Arc<AppState>> {
        let news = NewsIndex::open(index_dir)?;
        let reader = news.reader_reloading(ReloadPolicy::OnCommitWithDelay)?;
        Ok(Arc::new(AppState {
            news,
            reader,
            damage_found: std::sync::Mutex::new(None),
            committed: std::sync::Mutex::new(None),
        }))
    }

    /// What the record of `searcher`'s commit says of the index's folders: read at the
    /// first request of each generation (the reader reloads after each commit). Blocking.
    fn committed(&self, searcher: &Searcher) -> Result<Arc<Committed>, ApiError> {
        let generation = searcher.generation().generation_id();
        let mut held = self.committed.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(committed) = held.as_ref().filter(|c| c.generation == generation) {
            return Ok(committed.clone());
        }
        let committed = Arc::new(Committed {
            generation,
            roots: crate::search::ingested_roots(&self.news),
            unfinished: crate::search::hints::unfinished_ingest(&self.news)?,
            stats: std::sync::Mutex::default(),
        });
        *held = Some(committed.clone());
        Ok(committed)
    }

    /// How the answers to a request made with `params` (its `folder=` as typed) say the
    /// server's files and folders (see [`Places`]). Blocking.
    fn places(&self, searcher: &Searcher, params: &Params) -> Result<Places, ApiError> {
        let typed = params
            .all("folder")
            .into_iter()
            .filter_map(|typed| {
                let resolved = query::folder_filter(Path::new(&typed));
                (resolved != typed).then_some((resolved, typed))
            })
            .collect();
        Ok(Places {
            committed: self.committed(searcher)?,
            index: self.news.dir.display().to_string(),
            typed,
            echoed: params.all("folder"),
        })
    }

    /// The index damaged, when its checksums say so (see [`crate::index::damage`]): checked
    /// once for each commit served. Blocking.
    fn damage(&self) -> Option<String> {
        if let Some(gone) = self.gone() {
            return Some(gone);
        }
        let generation = self.reader.searcher().generation().generation_id();
        let mut found = self.damage_found.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        match &*found {
            Some((checked, damage)) if *checked == generation => damage.clone(),
            _ => {
                let damage = crate::index::damage(&self.news.dir).map(|d| format!("{d:#}"));
                *found = Some((generation, damage.clone()));
                damage
            }
        }
    }
}

impl AppState {
    /// The index folder moved or deleted since the server started (its list of segments is
    /// no longer where it was): what the server can say of it.
    fn gone(&self) -> Option<String> {
        let meta = self.news.dir.join("meta.json");
        std::fs::symlink_metadata(&meta).is_err().then(|| {
            // Not where: a reader of the page has no business with the server's folders
            // (whoever runs it was told at its start).
            "the index is gone (moved or deleted since the server started): ingest into it again \
             (this server serves it once it is back), or start `newsdex serve` on where it is now"
                .to_string()
        })
    }
}

/// The routes.
pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/", get(page))
        .route(
            "/app.js",
            get(|h: HeaderMap| async move { asset(&h, SCRIPT, "text/javascript; charset=utf-8") }),
        )
        .route("/app.css", get(|h: HeaderMap| async move { asset(&h, STYLE, "text/css; charset=utf-8") }))
        // The page names /favicon.svg; /favicon.ico is what browsers ask for on their own.
        .route("/favicon.svg", get(|h: HeaderMap| async move { asset(&h, ICON, "image/svg+xml") }))
        .route("/favicon.ico", get(|h: HeaderMap| async move { asset(&h, ICON, "image/svg+xml") }))
        .route("/api", get(api_routes))
        .route("/api/health", get(health))
        .route("/api/stats", get(stats))
        .route("/api/search", get(search))
        .route("/api/article/{uid}", get(article))
        .route("/api/similar/{uid}", get(similar))
        .route("/api/people", get(|s, q| names(s, q, NameKind::Person)))
        .route("/api/orgs", get(|s, q| names(s, q, NameKind::Org)))
        .route("/api/places", get(|s, q| names(s, q, NameKind::Place)))
        .route("/api/sites", get(|s, q| names(s, q, NameKind::Site)))
        .route("/api/languages", get(|s, q| names(s, q, NameKind::Language)))
        .route("/api/timeline", get(timeline))
        .fallback(|| async {
            ApiError::new(
                StatusCode::NOT_FOUND,
                "no such page: the search page is / (as /?q=words), and GET /api lists the API's routes",
            )
        })
        // A known route asked with another method than GET (or HEAD): JSON like every other
        // error; axum still adds the `Allow` header.
        .method_not_allowed_fallback(|method: Method| async move {
            ApiError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                format!("{method} is not allowed here: every route answers GET"),
            )
        })
        .with_state(state)
}

/// How an answer says the files and folders of the server's machine: as a reader of the
/// archive knows them. A file or folder under a folder ingested from that folder's name,
/// as `relpath` does (`/srv/corpora/bbc/politics/099.txt` is `bbc/politics/099.txt`), the
/// index as "the index folder", and a `folder=` parameter as it was typed (`folder=.` said
/// "no article in the index comes from \"/srv/newsdex\"", the server's working folder).
/// Each place an answer gives is said so where it is made (a hit's path, a copy's, an
/// article's, a folder's in `/api/stats`); the messages made for the command line (hints,
/// notes, a body's problem, a damaged index) are said so whole. An article's own text is
/// never touched.
struct Places {
    committed: Arc<Committed>,
    /// The index folder, as the server opened it.
    index: String,
    /// Each `folder=` as the search resolved it, and as typed.
    typed: Vec<(String, String)>,
    /// Every `folder=` as typed: the request echoed.
    echoed: Vec<String>,
}

impl Places {
    /// The file or folder `path` (an article's place: `path#id` too) from the folder
    /// ingested holding it; as it is under none.
    fn path(&self, path: &str) -> String {
        crate::search::render::relative_path(path, &self.committed.roots).unwrap_or_else(|| path.to_string())
    }

    /// A message made for the command line (a hint, a note), its paths said as
    /// [`Places`] says them.
    fn message(&self, text: &str) -> String {
        let mut text = text.to_string();
        for (resolved, typed) in &self.typed {
            text = replace_path(&text, resolved, typed);
        }
        text = replace_path(&text, &self.index, "the index folder");
        // Of folders inside one another both ingested, the outermost names the files, as in
        // `relpath`.
        let mut roots: Vec<&str> = self.committed.roots.iter().map(|r| r.trim_end_matches('/')).collect();
        roots.sort_by_key(|root| root.len());
        for root in roots {
            let name = root.rsplit('/').next().unwrap_or_default();
            text = replace_path(&text, root, name);
        }
        text
    }

    /// Each message of `messages`, said as [`Places::message`] says them.
    fn messages(&self, messages: impl IntoIterator<Item = String>) -> Vec<String> {
        messages.into_iter().map(|m| self.message(&m)).collect()
    }

    /// The hits of `results` placed from the folders ingested: a hit's path and its copies'
    /// as their relpaths (a hit under no folder ingested keeps its path), its body's
    /// problem said as [`Places::message`] says it.
    fn hits(&self, results: &mut crate::search::SearchResults) {
        for hit in &mut results.hits {
            if let Some(relpath) = &hit.relpath {
                hit.path.clone_from(relpath);
            }
            for (copy, relpath) in hit.duplicates.iter_mut().zip(&hit.duplicate_relpaths) {
                if let Some(relpath) = relpath {
                    copy.clone_from(relpath);
                }
            }
            hit.body_problem = hit.body_problem.as_deref().map(|p| self.message(p));
        }
    }

    /// The request an answer echoes with its folders as typed.
    fn echo(&self, answer: &mut Value) {
        if let Some(request) = answer.get_mut("request").and_then(Value::as_object_mut) {
            request.insert("folder".to_string(), json!(self.echoed));
        }
    }
}

/// `text` with each `path` that is a whole path or a folder of one (followed by `/` or
/// by no letter of a name: not `/srv/bbc2` for `/srv/bbc`) said as `said`.
fn replace_path(text: &str, path: &str, said: &str) -> String {
    if path.len() <= 1 {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(path) {
        let after = &rest[at + path.len()..];
        let whole = !after.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'));
        out.push_str(&rest[..at]);
        out.push_str(if whole { said } else { path });
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The routes as served at `local`: on a loopback address, only for requests that name a
/// local host or one of `hosts` (see [`only_local_hosts`]); to pages from `origins` too
/// (`*`: any), whose scripts the browser lets read the answers (CORS), preflight requests
/// included.
pub fn router_at(
    state: Arc<AppState>,
    local: SocketAddr,
    origins: &[String],
    hosts: &[String],
) -> Result<Router> {
    let mut routes = router(state);
    if !origins.is_empty() {
        use tower_http::cors::{AllowHeaders, AllowOrigin, CorsLayer};
        let allowed = if origins.iter().any(|o| o == "*") {
            AllowOrigin::any()
        } else {
            for o in origins {
                HeaderValue::from_str(o).with_context(|| format!("origin {o:?}"))?;
            }
            let origins = origins.to_vec();
            AllowOrigin::predicate(move |origin: &HeaderValue, _| {
                origin
                    .to_str()
                    .is_ok_and(|origin| origins.iter().any(|allowed| origin_allowed(allowed, origin)))
            })
        };
        // The headers a page's script sends (an `Authorization` for a proxy in front, an
        // `X-Requested-With`) are let through, and the preflight's answer kept for an hour.
        routes = routes.layer(
            CorsLayer::new()
                .allow_origin(allowed)
                .allow_methods([Method::GET, Method::HEAD])
                .allow_headers(AllowHeaders::mirror_request())
                .max_age(std::time::Duration::from_secs(3600)),
        );
    }
    if local.ip().is_loopback() || !hosts.is_empty() {
        let hosts: Arc<Vec<String>> = Arc::new(hosts.iter().map(|h| h.to_ascii_lowercase()).collect());
        routes = routes.layer(axum::middleware::from_fn_with_state(hosts, only_local_hosts));
    }
    // Answers gzipped for clients that take it: a page of hits is JSON that shrinks to a
    // fifth.
    routes = routes.layer(tower_http::compression::CompressionLayer::new().gzip(true));
    Ok(routes.layer(axum::middleware::from_fn(log_request)))
}

/// Whether a page's `origin` is the one `allowed` names, or one of the subdomains of a
/// `https://*.example.org` (with the same scheme and port; not `example.org` itself).
fn origin_allowed(allowed: &str, origin: &str) -> bool {
    match allowed.split_once("://*.") {
        Some((scheme, domain)) => origin
            .strip_prefix(scheme)
            .and_then(|rest| rest.strip_prefix("://"))
            .and_then(|host| host.strip_suffix(domain))
            .is_some_and(|sub| sub.ends_with('.') && sub.len() > 1 && !sub.contains(['/', ':'])),
        None => allowed == origin,
    }
}

/// Logs each request on stderr, once answered, as web servers' access logs do: who asked,
/// what, the status and the time taken (`-q` silences it):
/// `newsdex: 127.0.0.1 "GET /api/search?q=oil" 200 12.3 ms`.
async fn log_request(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let started = std::time::Instant::now();
    let client = request
        .extensions()
        .get::<axum::extract::ConnectInfo<SocketAddr>>()
        .map_or_else(|| "-".to_string(), |info| info.0.ip().to_string());
    let method = request.method().clone();
    let target =
        request.uri().path_and_query().map_or_else(|| request.uri().to_string(), ToString::to_string);
    let mut response = next.run(request).await;
    // No browser reads an answer as another type than it says (an error echoing a query
    // as HTML, say).
    response
        .headers_mut()
        .entry(header::X_CONTENT_TYPE_OPTIONS)
        .or_insert(HeaderValue::from_static("nosniff"));
    let now = chrono::Local::now().format("%Y-%m-%dT%H:%M:%S");
    // A log line stays a line: a 30 KB address is cut, and says so.
    let shown: String = target.chars().take(MAX_LOGGED_TARGET).collect();
    let cut =
        if shown.len() < target.len() { format!("… ({} bytes)", target.len()) } else { String::new() };
    note!(
        "newsdex: {now} {client} \"{method} {shown}{cut}\" {} {:.1} ms",
        response.status().as_u16(),
        started.elapsed().as_secs_f64() * 1e3
    );
    response
}

/// The most characters of a request's address the log line shows.
const MAX_LOGGED_TARGET: usize = 500;

/// Resolves on Ctrl-C or SIGTERM (what `systemctl stop` and `docker stop` send): the
/// server then stops taking connections and finishes the requests in hand.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut terminate) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = terminate.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

/// Serves until Ctrl-C or SIGTERM.
pub fn run(index_dir: &Path, addr: SocketAddr, origins: &[String], hosts: &[String]) -> Result<()> {
    let state = AppState::open(index_dir)?;
    // Searches run on tokio's blocking threads, one each: at most a few per core. More
    // add no speed on a busy machine, only memory (50 at once held 300 threads and 770 MB);
    // the requests beyond wait their turn.
    let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads((cores * 4).max(8))
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await.map_err(|err| match err.kind() {
            std::io::ErrorKind::AddrInUse => anyhow::anyhow!(
                "cannot listen on {addr}: another program (another `newsdex serve`?) uses that port; \
                     give another with --addr {}:PORT",
                addr.ip()
            ),
            _ => anyhow::Error::new(err).context(format!("cannot listen on {addr}")),
        })?;
        let local = listener.local_addr()?;
        note!("newsdex: serving {} at http://{local}/ (Ctrl-C to stop)", index_dir.display());
        if !local.ip().is_loopback() {
            note!(
                "newsdex: note: {local} is reachable from other machines, with no password and no encryption \
                 (a proxy in front can add both){}",
                if hosts.is_empty() {
                    "; every host name is answered (--allow-host NAME keeps to the names given, against DNS rebinding)"
                } else {
                    ""
                }
            );
        }
        // Check every file of the index once, beside serving: a garbled one is told now,
        // not at the first search that reads it (which then finds the check made).
        let checked = state.clone();
        std::thread::spawn(move || {
            if let Some(damage) = checked.damage() {
                crate::warn!("{damage}");
            }
        });
        let app =
            router_at(state, local, origins, hosts)?.into_make_service_with_connect_info::<SocketAddr>();
        axum::serve(listener, app).with_graceful_shutdown(stop_signal()).await.context("serving")?;
        note!("newsdex: stopped serving");
        Ok(())
    })
}

/// On a loopback address, answers only requests for a local host name (`localhost`, an IP
/// address) or one named with `--allow-host` (the public name a reverse proxy passes on):
/// a web page that points its own domain at 127.0.0.1 (DNS rebinding) gets a 403 instead
/// of the archive. A server listening for other machines serves any name, unless
/// `--allow-host` names the ones it serves (then the same holds there).
async fn only_local_hosts(
    State(allowed): State<Arc<Vec<String>>>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let hosts: Vec<String> = request
        .headers()
        .get_all(header::HOST)
        .iter()
        .map(|h| h.to_str().unwrap_or("?").to_string())
        .collect();
    // HTTP/1.1 asks for one Host header: none, or two, is a malformed request (RFC 9112).
    if hosts.len() != 1 && request.version() == axum::http::Version::HTTP_11 {
        return ApiError::bad("a request must name its host in one Host header").into_response();
    }
    match hosts.into_iter().next() {
        Some(host) if !is_local_host(&host) && !allowed.contains(&host_name(&host)) => ApiError::new(
            StatusCode::FORBIDDEN,
            format!(
                "this server answers for localhost, IP addresses and the names --allow-host gives only, not \
                 {host:?} (behind a proxy that passes this name on, serve --allow-host {}; to serve other \
                 machines directly, --addr 0.0.0.0:PORT)",
                host_name(&host)
            ),
        )
        .into_response(),
        _ => next.run(request).await,
    }
}

/// Whether a `Host` header names this machine: `localhost` (or a name under it), or an IP
/// address, with or without a port.
fn is_local_host(host: &str) -> bool {
    let name = host_name(host);
    name == "localhost" || name.ends_with(".localhost") || name.parse::<std::net::IpAddr>().is_ok()
}

/// The name a `Host` header gives, without its port, brackets or final dot, in lower case.
fn host_name(host: &str) -> String {
    let name = match host.rsplit_once(':') {
        Some((name, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => host,
    };
    let name = name.strip_prefix('[').and_then(|n| n.strip_suffix(']')).unwrap_or(name);
    name.strip_suffix('.').unwrap_or(name).to_ascii_lowercase()
}

/// An error answer: a status and `{"error": message}`.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError { status, message: message.into() }
    }

    fn bad(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, axum::Json(json!({ "error": self.message }))).into_response()
    }
}

impl From<anyhow::Error> for ApiError {
    fn from(err: anyhow::Error) -> ApiError {
        match err.downcast_ref::<QueryError>() {
            Some(q) => ApiError::bad(q.to_string()),
            None => {
                crate::warn!("server error: {err:#}");
                ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal error (see the server's log)")
            }
        }
    }
}

impl From<QueryError> for ApiError {
    fn from(err: QueryError) -> ApiError {
        ApiError::bad(err.to_string())
    }
}

/// One of the page's files, embedded in the binary. Its ETag is a hash of it, and the
/// browser asks again each time (`no-cache`) with `If-None-Match`: the same file is a 304 with
/// no body (a phone fetched 64 KB again on every visit), a new binary's file comes at once.
fn asset(request: &HeaderMap, body: &'static str, content_type: &'static str) -> Response {
    let tag = format!("\"{:016x}\"", xxhash_rust::xxh3::xxh3_64(body.as_bytes()));
    let same = request
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|t| t.trim() == "*" || t.trim().trim_start_matches("W/") == tag);
    let mut response = if same { StatusCode::NOT_MODIFIED.into_response() } else { body.into_response() };
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Ok(tag) = HeaderValue::from_str(&tag) {
        headers.insert(header::ETAG, tag);
    }
    response
}

async fn page(request: HeaderMap) -> Response {
    let mut response = asset(&request, PAGE, "text/html; charset=utf-8");
    // Everything the page shows comes from articles: no inline script, no other origin;
    // and no other site's page may frame it (clickjacking), in old browsers too.
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    response.headers_mut().insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

/// The parameters that choose the articles ([`Params::request`]), which every API route
/// but the article and health takes.
const MATCH_PARAMS: &[&str] = &[
    "q",
    "person",
    "org",
    "place",
    "country",
    "site",
    "folder",
    "lang",
    "url",
    "since",
    "until",
    "fuzzy",
    "exact_words",
    "exact",
    "match",
];

/// What `/api/search` takes besides [`MATCH_PARAMS`]: how its hits are ordered, paged and
/// shown.
const SEARCH_PARAMS: &[&str] = &["sort", "limit", "offset", "fragments", "half_life", "collapse", "facets"];

/// What the name lists (`/api/people`, …) take besides [`MATCH_PARAMS`].
const NAMES_PARAMS: &[&str] = &["with", "limit", "offset"];

/// What `/api/timeline` takes besides [`MATCH_PARAMS`].
const TIMELINE_PARAMS: &[&str] = &["by"];

/// What `/api/article/{uid}` takes: the search it was opened from, whose words it marks.
const ARTICLE_PARAMS: &[&str] = &["q", "fuzzy", "exact_words"];

/// What `/api/stats` takes: how many names of each kind.
const STATS_PARAMS: &[&str] = &["top"];

/// What `/api/similar/{uid}` takes: how many articles.
const SIMILAR_PARAMS: &[&str] = &["limit"];

/// The parameters that may come more than once (any of them must hold).
const REPEATABLE_PARAMS: &[&str] =
    &["person", "org", "place", "country", "site", "folder", "lang", "url", "with"];

/// Query-string parameters, decoded strictly (invalid UTF-8 is a 400, not a guess) and
/// composed.
struct Params(Vec<(String, String)>);

impl Params {
    fn parse(raw: Option<String>) -> Result<Params, ApiError> {
        let raw = raw.unwrap_or_default();
        if raw.len() > MAX_QUERY_BYTES {
            return Err(ApiError::new(StatusCode::URI_TOO_LONG, "query string too long"));
        }
        // Composed ([`crate::nfc`]), as articles are indexed: a browser on a Mac may send
        // "Québec" decomposed.
        let decode = |s: &str| -> Result<String, ApiError> {
            let spaced = s.replace('+', " ");
            percent_encoding::percent_decode_str(&spaced)
                .decode_utf8()
                .map(|c| crate::nfc::composed(&c).into_owned())
                .map_err(|_| ApiError::bad("parameters must be UTF-8"))
        };
        let mut pairs = Vec::new();
        for part in raw.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            pairs.push((decode(k)?, decode(v)?));
        }
        Ok(Params(pairs))
    }

    /// Refuses a parameter the route does not take (a misspelt `limt=5` was ignored, and
    /// the answer looked right; `offset` on the timeline was taken and did nothing), and
    /// one that takes a single value given twice with values (`q=oil&q=gas` searched oil).
    /// A route takes the parameters in `taken`.
    fn expect(&self, taken: &[&[&str]]) -> Result<(), ApiError> {
        let takes = |name: &str| taken.iter().any(|list| list.contains(&name));
        for (i, (name, value)) in self.0.iter().enumerate() {
            if !takes(name) {
                if taken.is_empty() {
                    return Err(ApiError::bad(format!("unknown parameter {name:?}: this route takes none")));
                }
                let mut known: Vec<&str> = taken.iter().flat_map(|list| list.iter()).copied().collect();
                known.sort_unstable();
                return Err(ApiError::bad(format!(
                    "unknown parameter {name:?}: this route takes {}",
                    known.join(", ")
                )));
            }
            let given = |v: &str| !v.trim().is_empty();
            if !REPEATABLE_PARAMS.contains(&name.as_str())
                && given(value)
                && self.0[..i].iter().any(|(other, v)| other == name && given(v))
            {
                return Err(ApiError::bad(format!("{name} is given twice: give it once")));
            }
        }
        Ok(())
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(k, v)| k == name && !v.trim().is_empty()).map(|(_, v)| v.as_str())
    }

    fn all(&self, name: &str) -> Vec<String> {
        self.0.iter().filter(|(k, v)| k == name && !v.trim().is_empty()).map(|(_, v)| v.clone()).collect()
    }

    /// A whole-number parameter from `min` to `max`; absent is `default`. Every refusal
    /// gives the real range, whatever was wrong with the value.
    fn number(&self, name: &str, default: usize, min: usize, max: usize) -> Result<usize, ApiError> {
        match self.get(name) {
            None => Ok(default),
            Some(v) => match v.trim().parse::<usize>() {
                Ok(n) if (min..=max).contains(&n) => Ok(n),
                _ if max == usize::MAX => {
                    Err(ApiError::bad(format!("{name} must be a whole number from {min} up")))
                }
                _ => Err(ApiError::bad(format!("{name} must be a whole number from {min} to {max}"))),
            },
        }
    }

    /// A yes/no parameter: `1`/`0`, `true`/`false`, `yes`/`no` or `on`/`off`, in any case;
    /// absent (or empty) is `default`, anything else a 400 naming the parameter.
    fn flag(&self, name: &str, default: bool) -> Result<bool, ApiError> {
        let Some(v) = self.get(name) else { return Ok(default) };
        match v.trim().to_ascii_lowercase().as_str() {
            "1" | "true" | "yes" | "on" => Ok(true),
            "0" | "false" | "no" | "off" => Ok(false),
            _ => Err(ApiError::bad(format!("{name}: {v:?} is not 1 or 0 (true/false, yes/no, on/off)"))),
        }
    }

    /// The search request these parameters describe; its `limit` is `default_limit` unless
    /// given, and no less than `least_limit` (a name listing may ask for none: its count).
    fn request(&self, default_limit: usize, least_limit: usize) -> Result<SearchRequest, ApiError> {
        let span = |name: &str| {
            self.get(name)
                .map(|v| parse_span(v).map_err(|e| ApiError::bad(format!("{name}: {e}"))))
                .transpose()
        };
        let sort = match self.get("sort").unwrap_or("relevance") {
            "relevance" => Sort::Relevance,
            "date" | "newest" => Sort::Date,
            "recent" => Sort::Recent,
            "oldest" => Sort::Oldest,
            other => {
                return Err(ApiError::bad(format!(
                    "sort: {other:?} is not relevance, date, oldest or recent"
                )));
            }
        };
        let limit = self.number("limit", default_limit, least_limit, MAX_LIMIT)?;
        let req = SearchRequest {
            text: self.get("q").map(str::to_string),
            people: self.all("person"),
            orgs: self.all("org"),
            places: self.all("place"),
            countries: self.all("country"),
            sites: self.all("site"),
            folders: self
                .all("folder")
                .iter()
                .map(|p| crate::search::query::folder_filter(std::path::Path::new(p)))
                .collect(),
            languages: self.all("lang"),
            urls: self.all("url"),
            since: span("since")?,
            until: span("until")?,
            sort,
            limit,
            offset: self.number("offset", 0, 0, usize::MAX)?,
            fuzzy: self.flag("fuzzy", false)?,
            exact_words: self.flag("exact_words", false)?,
            word_match: WordMatch::parse(self.get("match").unwrap_or("all"))
                .map_err(|e| ApiError::bad(format!("match: {e}")))?,
            fragments: self.number("fragments", 2, 0, crate::search::MAX_FRAGMENTS)?,
            half_life_secs: parse_duration(self.get("half_life").unwrap_or("30d"))
                .map_err(|e| ApiError::bad(format!("half_life: {e}")))?,
            collapse: self.flag("collapse", true)?,
            exact_names: self.flag("exact", false)?,
        };
        match crate::search::hints::reversed_dates(&req, crate::search::hints::Wording::PARAMS) {
            Some(reversed) => Err(ApiError::bad(reversed)),
            None => Ok(req),
        }
    }
}

/// Runs blocking index work off the async threads. A panic there (tantivy panics on some
/// garbled index bytes) is answered, and logged, as the index damaged, naming the file,
/// when its checksums say so.
async fn blocking<T: Send + 'static>(
    state: &Arc<AppState>,
    work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    // An error from reading the index, or a panic: is the index damaged?
    let failure = match tokio::task::spawn_blocking(work).await {
        // Not an error of the server's, nor of the request's: unavailable until it is back.
        Ok(Err(err)) if err.status == StatusCode::INTERNAL_SERVER_ERROR && state.gone().is_some() => {
            return Err(ApiError::new(StatusCode::SERVICE_UNAVAILABLE, state.gone().unwrap_or_default()));
        }
        Ok(Err(err)) if err.status == StatusCode::INTERNAL_SERVER_ERROR => Err(err),
        Ok(answer) => return answer,
        Err(join) if join.is_panic() => Ok(join.into_panic()),
        Err(_) => return Err(ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal error")),
    };
    let index = state.news.dir.display().to_string();
    let state = state.clone();
    let said = tokio::task::spawn_blocking(move || match (state.damage(), failure) {
        (Some(damage), _) => Ok(damage),
        (None, Ok(panic)) => Ok(format!("{:#}", crate::index::panic_error(&state.news.dir, &*panic))),
        (None, Err(err)) => Err(err),
    })
    .await
    .unwrap_or_else(|_| Ok("internal error".to_string()))?;
    crate::warn!("server error: {said}");
    // Where the index is on the server is none of a reader's business: the log says it.
    let said = replace_path(&said, &index, "the index folder");
    Err(ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, said))
}

/// `GET /api`: the routes of the API, each with the parameters it takes and what it
/// answers, so that a script's author need not read the page's code to find them.
async fn api_routes(RawQuery(raw): RawQuery) -> Result<axum::Json<Value>, ApiError> {
    Params::parse(raw)?.expect(&[])?;
    let with =
        |own: &[&'static str]| -> Vec<&'static str> { MATCH_PARAMS.iter().chain(own).copied().collect() };
    let route = |path: &str, parameters: Vec<&str>, answer: &str| json!({ "path": path, "parameters": parameters, "answer": answer });
    Ok(axum::Json(json!({
        "routes": [
            route("/api/search", with(SEARCH_PARAMS),
                "ranked hits with snippets, as `newsdex search --json`, plus facets (people, organizations, places) and months; offset pages to the last hit"),
            route("/api/article/{uid}", ARTICLE_PARAMS.to_vec(),
                "one article whole: metadata, people, organizations, places and text, with where q's words are (the first 10,000; highlights_cut says there are more)"),
            route("/api/similar/{uid}", SIMILAR_PARAMS.to_vec(), "the articles most like one, as `newsdex similar --json`"),
            route("/api/people", with(NAMES_PARAMS), "the people most named in the matching articles, as `newsdex people --json`"),
            route("/api/orgs", with(NAMES_PARAMS), "the organizations most named, as `newsdex orgs --json`"),
            route("/api/places", with(NAMES_PARAMS), "the places most named, as `newsdex places --json`"),
            route("/api/sites", with(NAMES_PARAMS), "the sites the matching articles come from, as `newsdex sites --json`"),
            route("/api/languages", with(NAMES_PARAMS), "the languages the matching articles are written in, as `newsdex languages --json`"),
            route("/api/timeline", with(TIMELINE_PARAMS), "matching articles per day, week, month, year or decade, as `newsdex timeline --json`"),
            route("/api/stats", STATS_PARAMS.to_vec(),
                "what the archive holds, as `newsdex stats --json` (top names of each kind: top, default 10), with each folder's name, articles and undated articles"),
            route("/api/health", Vec::new(), "{\"status\": \"ok\", \"articles\": N}"),
        ],
        "parameters": {
            "q": "the query, as `newsdex search` takes it",
            "person, org, place, site": "filters, each repeatable; exact=1 keeps a name to the articles the name lists count",
            "folder": "articles from the files in this folder (or this file): its absolute path on the server's machine, or the end of one (bbc/politics); repeatable",
            "lang": "articles in this language: a code (en, de) or an English name (German); repeatable; /api/languages lists them",
            "url": "the article at this web address (scheme, www., a trailing /, utm_ parameters and the fragment aside); repeatable",
            "half_life": "with sort=recent, the age at which the boost halves: 12h, 30d (the default), 2w, 1y",
            "since, until": "dates: 1987, 1987-03, 1987-03-05, 1987-W10, or a time with its offset",
            "fuzzy, exact_words, exact, collapse, facets": "yes/no: 1 or 0",
            "match": "all (the default), any, N or N%: how many of the words must match",
            "sort": "relevance, date, oldest or recent",
            "limit, offset": "the page: limit up to 100 (0 for the counts alone), offset from 0",
            "top": "with /api/stats, how many names of each kind it lists (default 10)",
        },
    })))
}

/// `GET /api/stats`: what the archive holds, as `newsdex stats --json`, with each folder's
/// articles, how many of them are undated, and its name as hits' places start with it
/// (`bbc` for `/srv/corpora/bbc`): the page says it on its start page.
async fn stats(
    State(state): State<Arc<AppState>>,
    RawQuery(raw): RawQuery,
) -> Result<axum::Json<Value>, ApiError> {
    let params = Params::parse(raw)?;
    params.expect(&[STATS_PARAMS])?;
    let top = params.number("top", 10, 0, MAX_LIMIT)?;
    blocking(&state.clone(), move || {
        let searcher = state.reader.searcher();
        let places = state.places(&searcher, &params)?;
        let cached = places
            .committed
            .stats
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(&top)
            .cloned();
        let mut answer = match cached {
            Some(answer) => answer,
            None => {
                let answer = stats_of_commit(&state, &searcher, &places, top)?;
                let mut held =
                    places.committed.stats.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                held.insert(top, answer.clone());
                answer
            }
        };
        // What changes between commits: an ingest at work, and the bytes it has written.
        let disk = crate::index::disk_use(&state.news.index, &state.news.dir);
        answer["index_bytes"] = json!(disk.used);
        answer["leftover_bytes"] = json!(disk.leftover);
        answer["being_updated"] = json!(crate::index::being_written(&state.news.dir));
        Ok(axum::Json(answer))
    })
    .await
}

/// The answer of `/api/stats` for the commit `searcher` reads (see [`stats`]). Blocking.
fn stats_of_commit(
    state: &AppState,
    searcher: &Searcher,
    places: &Places,
    top: usize,
) -> Result<Value, ApiError> {
    let mut answer = serde_json::to_value(crate::commands::stats::gather_from(&state.news, searcher, top)?)
        .map_err(anyhow::Error::from)?;
    // Where the index is on the server is none of a reader's business (the folders are
    // said by their names, see [`Places`]).
    if let Some(fields) = answer.as_object_mut() {
        fields.remove("index");
    }
    for forgotten in answer["forgotten"].as_array_mut().into_iter().flatten() {
        *forgotten = json!(places.path(forgotten.as_str().unwrap_or_default()));
    }
    for root in answer["roots"].as_array_mut().into_iter().flatten() {
        let path = std::path::PathBuf::from(root["path"].as_str().unwrap_or_default());
        root["path"] = json!(places.path(root["path"].as_str().unwrap_or_default()));
        let only = SearchRequest { folders: vec![query::folder_filter(&path)], ..SearchRequest::default() };
        let articles = query::articles(&state.news, searcher, &only)?;
        let dated = tantivy::query::BooleanQuery::intersection(vec![
            articles.box_clone(),
            Box::new(tantivy::query::ExistsQuery::new(crate::index::schema::names::DATE.to_string(), false)),
        ]);
        let articles = searcher.search(&*articles, &Count).map_err(anyhow::Error::from)?;
        let dated = searcher.search(&dated, &Count).map_err(anyhow::Error::from)?;
        root["articles"] = json!(articles);
        root["undated"] = json!(articles - dated);
        root["name"] = json!(path.file_name().map(|n| n.to_string_lossy()));
    }
    Ok(answer)
}

async fn health(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    Params::parse(raw)?.expect(&[])?;
    // `articles` as `newsdex stats` says; `documents` as it was first named.
    let answer = |documents: usize| {
        axum::Json(json!({ "status": "ok", "articles": documents, "documents": documents })).into_response()
    };
    // Counted here, not on the blocking threads the searches queue for: a monitor's probe
    // must answer while slow searches fill them (it waited 51 s behind eight). The count
    // reads one term's postings: a millisecond on 260,000 articles.
    if let Some(gone) = state.gone() {
        // A monitor reads `status` whatever the answer.
        let body = json!({ "status": "unavailable", "error": gone });
        return Ok((StatusCode::SERVICE_UNAVAILABLE, axum::Json(body)).into_response());
    }
    let every_article = crate::search::query::every_article(&state.news);
    if let Ok(documents) = state.reader.searcher().search(&every_article, &Count) {
        return Ok(answer(documents));
    }
    // It failed: the blocking path says why (a damaged index named).
    blocking(&state.clone(), move || {
        let searcher = state.reader.searcher();
        let documents = searcher.search(&every_article, &Count).map_err(anyhow::Error::from)?;
        Ok(answer(documents))
    })
    .await
}

async fn search(
    State(state): State<Arc<AppState>>,
    RawQuery(raw): RawQuery,
) -> Result<axum::Json<Value>, ApiError> {
    let started = std::time::Instant::now();
    let params = Params::parse(raw)?;
    params.expect(&[MATCH_PARAMS, SEARCH_PARAMS])?;
    // `limit=0` asks for the counts alone, as `search -n 0` does.
    let req = params.request(10, 0)?;
    // `facets=0` answers with the hits alone: the facet counts and the month histogram read
    // every matching article's names and date, which dominates on broad queries.
    let with_facets = params.flag("facets", true)?;
    blocking(&state.clone(), move || {
        let searcher = state.reader.searcher();
        if !req.narrows() {
            return Err(ApiError::bad("nothing to search for: give q, or a filter such as person or since"));
        }
        let places = state.places(&searcher, &params)?;
        let built = query::build(&state.news, &searcher, &req)?;
        let mut results =
            crate::search::search_built(&state.news, &searcher, &req, &built, &places.committed.roots)?;
        places.hits(&mut results);
        let mut doc = json_value(req.text.as_deref(), Some(&req), &results, req.offset, req.limit);
        add_duplicate_relpaths(&mut doc);
        places.echo(&mut doc);
        add_hints(&state, &searcher, &req, &places, results.total, &mut doc)?;
        // Operators typed as the grammar does not take them (`oil or gas`) and wildcards cut
        // short, whatever matched (the hints repeat them when nothing did).
        let mut notes = crate::search::hints::notes(&req, &built, crate::search::hints::Wording::PARAMS);
        if results.total > 0 {
            notes.extend(places.committed.unfinished.clone());
            notes.extend(crate::search::hints::rare_spellings(&state.news, &searcher, req.text.as_deref())?);
        }
        notes.extend(crate::search::hints::name_filter_notes(
            &state.news,
            &searcher,
            &req,
            crate::search::hints::Wording::PARAMS,
        )?);
        doc["notes"] = json!(places.messages(notes));
        // What a date filter leaves out for having no date (0 without one).
        doc["undated_left_out"] =
            json!(crate::search::hints::undated_left_out(&state.news, &searcher, &req)?);
        if let Some(last) = undated_listed_last(&req, &results) {
            doc["undated_listed_last"] = last;
        }
        if with_facets {
            add_facets(&searcher, &built, results.total, &mut doc)?;
        }
        // Time spent in the server, as Elasticsearch's `took`: what a load test on loopback
        // cannot separate from the network and HTTP.
        doc["took_ms"] = json!((started.elapsed().as_secs_f64() * 1e6).round() / 1e3);
        Ok(axum::Json(doc))
    })
    .await
}

/// Sorted by date (newest or oldest first), the undated matches come after every dated
/// one: how many results (stories when copies are folded, as `stories` counts) are
/// undated, and the place of the first, from 1: `{"results": 208, "from": 200}`. None for
/// another sort, or when every match is dated. The dated results are counted by the search
/// itself ([`crate::search::SearchResults::dated`]).
fn undated_listed_last(req: &SearchRequest, results: &crate::search::SearchResults) -> Option<Value> {
    if !matches!(req.sort, Sort::Date | Sort::Oldest) || req.since.is_some() || req.until.is_some() {
        return None;
    }
    let dated = results.dated?;
    let listed = results.stories.unwrap_or(results.total);
    // Every match dated: nothing to say.
    if listed == 0 || dated.articles >= results.total {
        return None;
    }
    let dated = dated.stories.unwrap_or(dated.articles);
    let undated = listed.saturating_sub(dated);
    (undated > 0).then(|| json!({ "results": undated, "from": dated + 1 }))
}

/// Adds `facets` (top people, organizations, places) and `months` to a search answer.
fn add_facets(
    searcher: &Searcher,
    built: &query::BuiltQuery,
    matching: usize,
    doc: &mut Value,
) -> Result<(), ApiError> {
    let facets = facets(searcher, &*built.query, matching, 10)?;
    doc["facets"] = json!({
        "people": facets.people,
        "organizations": facets.organizations,
        "places": facets.places,
        "sites": facets.sites,
        "languages": facets.languages,
    });
    let by_month: Vec<Value> = months_with_gaps(facets.months)
        .into_iter()
        .map(|(month, n)| json!({ "month": month, "articles": n }))
        .collect();
    doc["months"] = Value::Array(by_month);
    Ok(())
}

/// Every month from the first counted to the last, empty ones at 0, so the histogram shows
/// the gaps (as `timeline` does). The facet pass labels its months (`2026-01`); they are
/// read back into dates for [`with_gaps`]. Should one not read back, the counts are
/// returned as they came rather than guessed at.
fn months_with_gaps(months: Vec<(String, u64)>) -> Vec<(String, u64)> {
    let starts: Option<PeriodCounts> = months
        .iter()
        .map(|(label, n)| {
            chrono::NaiveDate::parse_from_str(&format!("{label}-01"), "%Y-%m-%d").ok().map(|d| (d, *n))
        })
        .collect();
    match starts {
        Some(counts) => with_gaps(&counts, Period::Month)
            .into_iter()
            .map(|(start, n)| (Period::Month.label(start), n))
            .collect(),
        None => months,
    }
}

/// The most places of a search's words marked in one article's text: a 60 MB article of
/// common words had 10 million, a 295 MB answer that no page can show. Past them, the
/// answer says `"highlights_cut": true`.
const MAX_ARTICLE_HIGHLIGHTS: usize = 10_000;

async fn article(
    State(state): State<Arc<AppState>>,
    RawQuery(raw): RawQuery,
    uid: Result<UrlPath<String>, axum::extract::rejection::PathRejection>,
) -> Result<axum::Json<Value>, ApiError> {
    let params = Params::parse(raw)?;
    params.expect(&[ARTICLE_PARAMS])?;
    // The search the article was opened from: its words are marked in the answer.
    let words = SearchRequest {
        text: params.get("q").map(str::to_string),
        fuzzy: params.flag("fuzzy", false)?,
        exact_words: params.flag("exact_words", false)?,
        ..SearchRequest::default()
    };
    let uid = article_uid(uid)?;
    blocking(&state.clone(), move || {
        let searcher = state.reader.searcher();
        let places = state.places(&searcher, &params)?;
        let addr = article_address(&state, &searcher, &uid)?;
        let doc: TantivyDocument = searcher.doc(addr).map_err(anyhow::Error::from)?;
        let mut answer = crate::search::article_record(&state.news, &doc);
        // Where it is, as a hit says it: from the folder ingested (`bbc/politics/099.txt`),
        // not the server's own path.
        let path = answer["path"].as_str().unwrap_or_default().to_string();
        answer["relpath"] = json!(crate::search::render::relative_path(&path, &places.committed.roots));
        answer["path"] = json!(places.path(&path));
        if let Some(problem) = answer["body_problem"].as_str() {
            answer["body_problem"] = json!(places.message(problem));
        }
        if words.narrows() {
            let built = query::build(&state.news, &searcher, &words)?;
            let in_title = crate::search::snippet::Highlighter::for_title(&built.highlight);
            let in_body = crate::search::snippet::Highlighter::new(&built.highlight);
            // As in search hits: [start, end) pairs of characters, the first
            // MAX_ARTICLE_HIGHLIGHTS of each field, each marked as its words' fields say.
            let mut cut = false;
            let mut pairs = |marks: &crate::search::snippet::Highlighter, text: &Value| -> Vec<[usize; 2]> {
                let ranges = marks.char_ranges(text.as_str().unwrap_or_default());
                cut |= ranges.len() > MAX_ARTICLE_HIGHLIGHTS;
                ranges.into_iter().take(MAX_ARTICLE_HIGHLIGHTS).map(|r| [r.start, r.end]).collect()
            };
            answer["title_highlights"] = json!(pairs(&in_title, &answer["title"]));
            answer["highlights"] = json!(pairs(&in_body, &answer["body"]));
            if cut {
                answer["highlights_cut"] = json!(true);
            }
        }
        Ok(axum::Json(answer))
    })
    .await
}

/// The article id of a route's path, checked: 16 hex digits, either case.
fn article_uid(
    uid: Result<UrlPath<String>, axum::extract::rejection::PathRejection>,
) -> Result<String, ApiError> {
    let wrong = || ApiError::bad("an article id is 16 hex digits, as in search results' uid");
    // A path that is not UTF-8 (`/api/article/%FF`) is a JSON 400 like every error, not
    // axum's plain-text one.
    let UrlPath(uid) = uid.map_err(|_| wrong())?;
    // A link pasted with the sentence around it keeps its full stop, bracket or space
    // (`…?article=54dad18cec472563.`): what follows the 16 digits is not part of them.
    let uid = uid.trim_end_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation()).trim_start();
    // Ids are stored in lower case; one copied in upper case is the same id.
    let uid = uid.to_ascii_lowercase();
    if !crate::index::schema::looks_like_a_uid(&uid) {
        return Err(wrong());
    }
    Ok(uid)
}

/// Where the article `uid` is, or a 404.
fn article_address(
    state: &AppState,
    searcher: &Searcher,
    uid: &str,
) -> Result<tantivy::DocAddress, ApiError> {
    crate::search::article_by_uid(&state.news, searcher, uid)?
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, format!("no article {uid}")))
}

/// The most similar articles to one, as `newsdex similar` gives them, in `search`'s JSON.
async fn similar(
    State(state): State<Arc<AppState>>,
    RawQuery(raw): RawQuery,
    uid: Result<UrlPath<String>, axum::extract::rejection::PathRejection>,
) -> Result<axum::Json<Value>, ApiError> {
    let params = Params::parse(raw)?;
    params.expect(&[SIMILAR_PARAMS])?;
    let limit = params.number("limit", 5, 1, MAX_LIMIT)?;
    let uid = article_uid(uid)?;
    blocking(&state.clone(), move || {
        let searcher = state.reader.searcher();
        let places = state.places(&searcher, &params)?;
        let addr = article_address(&state, &searcher, &uid)?;
        let mut results =
            crate::search::similar(&state.news, &searcher, addr, None, limit, &places.committed.roots)?;
        places.hits(&mut results);
        let mut doc = json_value(None, None, &results, 0, limit);
        add_duplicate_relpaths(&mut doc);
        Ok(axum::Json(doc))
    })
    .await
}

/// Adds `duplicate_relpaths` to each hit of `doc`, an answer placed by [`Places::hits`]:
/// its copies' places as its `relpath` says its own (`reuters21578/reut2-004.sgm#4738`),
/// which `duplicates` already holds ([`crate::search::Hit::duplicate_relpaths`], placed
/// there; the page reads either). A copy outside every folder ingested keeps its path.
fn add_duplicate_relpaths(doc: &mut Value) {
    let Some(hits) = doc["hits"].as_array_mut() else { return };
    for hit in hits {
        hit["duplicate_relpaths"] = hit["duplicates"].clone();
    }
}

/// When a request that narrows matched nothing: `hints`, why, as the command line says it,
/// in the API's words.
fn add_hints(
    state: &AppState,
    searcher: &tantivy::Searcher,
    req: &SearchRequest,
    places: &Places,
    matched: usize,
    answer: &mut Value,
) -> Result<(), ApiError> {
    if matched == 0 && req.narrows() {
        let wording = crate::search::hints::Wording::PARAMS;
        let hints = crate::search::hints::why_nothing(&state.news, searcher, req, wording)?;
        answer["hints"] = json!(places.messages(hints));
    }
    Ok(())
}

async fn timeline(
    State(state): State<Arc<AppState>>,
    RawQuery(raw): RawQuery,
) -> Result<axum::Json<Value>, ApiError> {
    let params = Params::parse(raw)?;
    params.expect(&[MATCH_PARAMS, TIMELINE_PARAMS])?;
    // Articles are counted, copies and all: the request echoed says so, as the CLI's does.
    let req = SearchRequest { collapse: false, ..params.request(10, 1)? };
    let by = match params.get("by") {
        None => Period::Month,
        Some(by) => <Period as clap::ValueEnum>::from_str(by, false)
            .map_err(|_| ApiError::bad(format!("by: {by:?} is not day, week, month, year or decade")))?,
    };
    blocking(&state.clone(), move || {
        let searcher = state.reader.searcher();
        let places = state.places(&searcher, &params)?;
        let query = query::articles(&state.news, &searcher, &req)?;
        let articles = searcher.search(&*query, &Count).map_err(anyhow::Error::from)?;
        let mut answer = serde_json::to_value(crate::search::facets::timeline(
            &searcher,
            &*query,
            articles,
            by,
            (req.since.as_ref(), req.until.as_ref()),
        )?)
        .map_err(anyhow::Error::from)?;
        answer["query"] = json!(req.text);
        // The whole request, as `timeline --json` echoes it.
        answer["request"] = json!(crate::search::render::JsonRequest::of(&req));
        places.echo(&mut answer);
        answer["undated_left_out"] =
            json!(crate::search::hints::undated_left_out(&state.news, &searcher, &req)?);
        // What the name filters leave out or take in unsaid, as `timeline --json` says it.
        let wording = crate::search::hints::Wording::PARAMS;
        let notes = crate::search::hints::name_filter_notes(&state.news, &searcher, &req, wording)?;
        answer["notes"] = json!(places.messages(notes));
        add_hints(&state, &searcher, &req, &places, articles, &mut answer)?;
        Ok(axum::Json(answer))
    })
    .await
}

async fn names(
    State(state): State<Arc<AppState>>,
    RawQuery(raw): RawQuery,
    kind: NameKind,
) -> Result<axum::Json<Value>, ApiError> {
    let params = Params::parse(raw)?;
    params.expect(&[MATCH_PARAMS, NAMES_PARAMS])?;
    // Articles are counted, copies and all: the request echoed says so, as the CLI's does.
    let mut req = SearchRequest { collapse: false, ..params.request(20, 0)? };
    let with = params.all("with");
    let limit = req.limit;
    let offset = params.number("offset", 0, 0, MAX_NAMES_OFFSET)?;
    blocking(&state.clone(), move || {
        let searcher = state.reader.searcher();
        let places = state.places(&searcher, &params)?;
        // As asked: `with` is echoed apart, not as the filters it adds.
        let request = json!(crate::search::render::JsonRequest::of(&req));
        add_with_filters(&state.news, &searcher, &mut req, kind, &with)?;
        let query = query::articles(&state.news, &searcher, &req)?;
        let asked: Vec<String> = with.iter().map(|w| crate::entities::lexicon::fold(w)).collect();
        let mut list = top_names(&searcher, &*query, kind, offset + limit + asked.len() * 3)?;
        // As `newsdex orgs --with` leaves them out: the rows that are the names asked about.
        let asked_rows = crate::search::facets::AskedRows::of(&searcher, kind, &with)?;
        list.retain(|n| {
            let name = crate::entities::lexicon::fold(&n.name);
            let by_words = kind == NameKind::Person && asked.iter().any(|a| name == *a || name.ends_with(&format!(" {a}")));
            !by_words && !asked_rows.is_asked(n)
        });
        let list: Vec<_> = list.into_iter().skip(offset).take(limit).collect();
        let articles = searcher.search(&*query, &Count).map_err(anyhow::Error::from)?;
        let mut answer =
            json!({ "query": req.text, "with": with, "request": request, "articles": articles, kind.plural(): list });
        places.echo(&mut answer);
        add_hints(&state, &searcher, &req, &places, articles, &mut answer)?;
        Ok(axum::Json(answer))
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_machine_s_names_are_local_hosts() {
        for host in [
            "localhost",
            "localhost:7878",
            "LOCALHOST.",
            "127.0.0.1:7878",
            "[::1]:7878",
            "[::1]",
            "app.localhost",
        ] {
            assert!(is_local_host(host), "{host}");
        }
        for host in
            ["attacker.example", "attacker.example:7878", "localhost.attacker.example", "127.0.0.1.nip.io"]
        {
            assert!(!is_local_host(host), "{host}");
        }
    }

    #[test]
    fn unknown_and_repeated_parameters_are_refused() {
        let params = |raw: &str| Params::parse(Some(raw.to_string())).unwrap();
        let search = [MATCH_PARAMS, SEARCH_PARAMS];
        assert!(params("q=oil&person=a&person=b&limit=5").expect(&search).is_ok());
        let err = params("q=oil&limt=5").expect(&search).unwrap_err();
        assert!(
            err.message.contains("unknown parameter \"limt\"") && err.message.contains("limit"),
            "{}",
            err.message
        );
        assert!(params("q=oil&q=gas").expect(&search).unwrap_err().message.contains("q is given twice"));
        // An empty value is no value: the page's forms send them.
        assert!(params("q=oil&q=&since=").expect(&search).is_ok());
        assert!(params("q=oil&by=day").expect(&search).is_err());
        assert!(params("q=oil&by=day").expect(&[MATCH_PARAMS, TIMELINE_PARAMS]).is_ok());
        // A parameter a route would take and ignore is refused: the timeline is not paged.
        assert!(params("q=oil&offset=5").expect(&[MATCH_PARAMS, TIMELINE_PARAMS]).is_err());
        assert!(params("q=oil&offset=5").expect(&[MATCH_PARAMS, NAMES_PARAMS]).is_ok());
        assert!(params("limt=1").expect(&[]).unwrap_err().message.contains("takes none"));
    }

    #[test]
    fn parameters_sent_decomposed_are_read_composed() {
        let params = Params::parse(Some("q=de%CC%81ja%CC%80&place=Que%CC%81bec+City".to_string())).unwrap();
        assert_eq!(params.get("q"), Some("déjà"));
        assert_eq!(params.all("place"), ["Québec City"]);
    }

    #[test]
    fn a_country_is_a_filter_that_may_come_more_than_once() {
        let params = Params::parse(Some("q=oil&country=UK&country=Japan".to_string())).unwrap();
        assert!(params.expect(&[MATCH_PARAMS, SEARCH_PARAMS]).is_ok());
        assert_eq!(params.request(10, 1).unwrap().countries, ["UK", "Japan"]);
    }
}
