use std::collections::{BTreeSet, HashMap};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde_json::{json, Value};

use crate::access::{Accounts, Denied};
use crate::export::Format;
use crate::faults::{Fault, Faults, Switches};
use crate::notify::Notifier;
use crate::store::{AuditEntry, Saved, Storage, StoreError, Summary};

const MAX_BODY_BYTES: usize = 512 * 1024;

/// A body that does not arrive within this time is not waited for (a stalled upload must not
/// hold a connection).
const BODY_TIMEOUT: Duration = Duration::from_secs(10);

/// The published schema every submission must match.
const PAYLOAD_SCHEMA: &str = include_str!("../../public/schema/payload-1.json");

pub struct Receiver {
    pub store: Arc<dyn Storage>,
    schema: jsonschema::Validator,
    /// Test-only switches; `None` unless started with `--test-switches`.
    switches: Option<Switches>,
    /// Who may read complaints; `None`: nobody.
    pub accounts: Option<Accounts>,
    /// The pages (origins) that may send complaints from a browser.
    origins: BTreeSet<String>,
    /// Submissions per client and minute.
    rate_limit: u32,
    recent: Mutex<HashMap<std::net::IpAddr, (Instant, u32)>>,
    /// Mails the complaints office about each new complaint.
    notifier: Option<Arc<Notifier>>,
}

impl Receiver {
    pub fn new(
        store: Arc<dyn Storage>,
        switches: Option<Switches>,
        accounts: Option<Accounts>,
        origins: BTreeSet<String>,
        rate_limit: u32,
        notifier: Option<Notifier>,
    ) -> Self {
        let schema: Value =
            serde_json::from_str(PAYLOAD_SCHEMA).expect("the bundled schema is JSON");
        Self {
            store,
            schema: jsonschema::validator_for(&schema)
                .expect("the bundled schema is a valid schema"),
            switches,
            accounts,
            origins,
            rate_limit,
            recent: Mutex::new(HashMap::new()),
            notifier: notifier.map(Arc::new),
        }
    }

    /// Runs a store call on a thread where blocking is fine.
    pub async fn blocking<T: Send + 'static>(
        &self,
        call: impl FnOnce(&dyn Storage) -> crate::store::Result<T> + Send + 'static,
    ) -> crate::store::Result<T> {
        let store = self.store.clone();
        tokio::task::spawn_blocking(move || call(&*store))
            .await
            .map_err(|e| StoreError(e.to_string()))?
    }

    /// Writes one audit line; false when it could not be written (then nothing is shown).
    pub async fn audit(&self, who: &str, from: &str, what: &str, allowed: bool) -> bool {
        let entry = AuditEntry::now(who, from, what, allowed);
        match self.blocking(move |store| store.audit(&entry)).await {
            Ok(()) => true,
            Err(err) => {
                eprintln!("could not write the audit log ({who} {what}): {err}");
                false
            }
        }
    }

    /// Seconds to wait when this client sent too many submissions this minute.
    fn too_many(&self, client: std::net::IpAddr) -> Option<u64> {
        let mut recent = self.recent.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        recent.retain(|_, (start, _)| now.duration_since(*start) < Duration::from_secs(60));
        let (start, count) = recent.entry(client).or_insert((now, 0));
        *count += 1;
        (*count > self.rate_limit).then(|| {
            60u64
                .saturating_sub(now.duration_since(*start).as_secs())
                .max(1)
        })
    }
}

/// Intake is public (from the organisation's pages only, for browsers); everything that reads
/// complaints needs an account and never answers other origins.
pub fn router(receiver: Arc<Receiver>) -> Router {
    let switches = receiver.switches.clone();
    let intake = Router::new()
        .route(
            "/submissions",
            axum::routing::post(receive).options(preflight),
        )
        .route_layer(axum::middleware::from_fn_with_state(
            receiver.clone(),
            allow_origins,
        ))
        .with_state(receiver.clone());
    // For programs: HTTP Basic on every request.
    let reading = Router::new()
        .route("/submissions", get(list))
        .route("/submissions/{id}", get(show))
        .route("/export", get(export))
        .route_layer(axum::middleware::from_fn_with_state(
            receiver.clone(),
            require_account,
        ))
        .with_state(receiver.clone());
    let mut router = intake
        .merge(reading)
        .merge(crate::inbox::router(receiver))
        .route(
            "/",
            get(|| async { axum::response::Redirect::to("/inbox/") }),
        );
    if let Some(switches) = switches {
        router = router.merge(crate::faults::router(switches));
    }
    router
}

/// The wizard runs on the organisation's site, usually another origin than this endpoint:
/// those pages (and only those) may post from a browser.
async fn allow_origins(
    State(receiver): State<Arc<Receiver>>,
    request: Request,
    next: Next,
) -> Response {
    let origin = request
        .headers()
        .get(header::ORIGIN)
        .and_then(|o| o.to_str().ok())
        .filter(|o| receiver.origins.contains(*o))
        .and_then(|o| HeaderValue::from_str(o).ok());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(header::VARY, HeaderValue::from_static("origin"));
    if let Some(origin) = origin {
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        // The wizard reads Retry-After to know how long to wait before trying again.
        headers.insert(
            header::ACCESS_CONTROL_EXPOSE_HEADERS,
            HeaderValue::from_static("retry-after"),
        );
    }
    response
}

/// Reading needs an account (HTTP Basic); every read and every refusal is in the audit log,
/// and nothing is read that could not be written there.
async fn require_account(
    State(receiver): State<Arc<Receiver>>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    request: Request,
    next: Next,
) -> Response {
    let what = format!("{} {}", request.method(), request.uri().path());
    // The browser's sign-in dialog only for a person opening the page (or a program), never
    // for a script on some page that asks in the background.
    let challenge = request
        .headers()
        .get("sec-fetch-mode")
        .is_none_or(|mode| mode == "navigate");
    let from = client.ip().to_string();
    let Some(accounts) = &receiver.accounts else {
        return error(
            StatusCode::UNAUTHORIZED,
            "reading complaints is off: start the receiver with --accounts FILE",
        );
    };
    let authorization = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let uri = request.uri().to_string();
    let what = if uri.contains('?') {
        format!("{} {uri}", request.method())
    } else {
        what
    };
    match accounts.check(authorization) {
        Ok(who) => {
            if !receiver.audit(&who, &from, &what, true).await {
                return error(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "the audit log cannot be written: nothing is shown",
                );
            }
            let mut response = next.run(request).await;
            response
                .headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(denied) => {
            receiver.audit("-", &from, &what, false).await;
            let message = match denied {
                Denied::Locked => "too many failed tries: this account is locked for 15 minutes",
                Denied::NoCredentials | Denied::Wrong => "sign in to read complaints",
            };
            let mut response = error(StatusCode::UNAUTHORIZED, message);
            if challenge {
                response.headers_mut().insert(
                    header::WWW_AUTHENTICATE,
                    HeaderValue::from_static("Basic realm=\"klachtwijzer\", charset=\"UTF-8\""),
                );
            }
            response
        }
    }
}

async fn preflight() -> impl IntoResponse {
    (
        StatusCode::NO_CONTENT,
        [
            (header::ACCESS_CONTROL_ALLOW_METHODS, "POST, OPTIONS"),
            (
                header::ACCESS_CONTROL_ALLOW_HEADERS,
                "content-type, idempotency-key",
            ),
            (header::ACCESS_CONTROL_MAX_AGE, "600"),
        ],
    )
}

pub fn error(status: StatusCode, message: &str) -> Response {
    (status, axum::Json(json!({ "error": message }))).into_response()
}

async fn receive(
    State(receiver): State<Arc<Receiver>>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    if let Some(seconds) = receiver.too_many(client.ip()) {
        let mut response = error(
            StatusCode::TOO_MANY_REQUESTS,
            "too many submissions from this client: try again later",
        );
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        return response;
    }
    let body: Bytes = match tokio::time::timeout(
        BODY_TIMEOUT,
        axum::body::to_bytes(body, MAX_BODY_BYTES),
    )
    .await
    {
        Ok(Ok(body)) => body,
        Ok(Err(_)) => {
            return error(
                StatusCode::PAYLOAD_TOO_LARGE,
                "the submission is larger than 512 KiB",
            )
        }
        Err(_) => {
            return error(
                StatusCode::REQUEST_TIMEOUT,
                "the submission did not arrive in time",
            )
        }
    };
    let mut lose = false;
    if let Some(switches) = &receiver.switches {
        let (fault, delay_ms) = Faults::next(switches);
        if delay_ms > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(delay_ms)).await;
        }
        match fault {
            Fault::Hang => {
                println!("test switch: not answering this submission");
                std::future::pending::<()>().await;
            }
            Fault::Fail {
                status,
                retry_after,
            } => {
                println!("test switch: answering {status}");
                let mut response = error(status, "failing on purpose (test switch)");
                if let Some(seconds) = retry_after {
                    response
                        .headers_mut()
                        .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
                }
                return response;
            }
            Fault::Lose => lose = true,
            Fault::None => {}
        }
    }
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !is_json {
        return error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "send the submission as application/json",
        );
    }
    let document: Value = match serde_json::from_slice(&body) {
        Ok(value) => value,
        Err(err) => return error(StatusCode::BAD_REQUEST, &format!("body is not JSON: {err}")),
    };
    let Some(id) = document.get("submission_id").and_then(Value::as_str) else {
        return error(
            StatusCode::BAD_REQUEST,
            "submission_id (a string) is missing",
        );
    };
    if !is_valid_id(id) {
        return error(
            StatusCode::BAD_REQUEST,
            "submission_id may hold only letters, digits and dashes (at most 64)",
        );
    }
    // Every try carries the key; it must be the submission id, so a retry is recognised.
    match headers.get("idempotency-key").and_then(|v| v.to_str().ok()) {
        Some(key) if key == id => {}
        Some(_) => {
            return error(
                StatusCode::BAD_REQUEST,
                "Idempotency-Key must equal submission_id",
            )
        }
        None => {
            return error(
                StatusCode::BAD_REQUEST,
                "Idempotency-Key is missing: send the submission_id in it",
            )
        }
    }
    let problems: Vec<String> = receiver
        .schema
        .iter_errors(&document)
        .take(20)
        .map(|e| format!("{} (at {})", e, e.instance_path()))
        .collect();
    if !problems.is_empty() {
        return (
            StatusCode::BAD_REQUEST,
            axum::Json(json!({ "error": "the submission does not match payload schema 1", "problems": problems })),
        )
            .into_response();
    }
    let Ok(text) = String::from_utf8(body.to_vec()) else {
        return error(StatusCode::BAD_REQUEST, "body is not UTF-8");
    };
    let summary = Summary::of(&document, crate::store::now());
    let saved = match receiver
        .blocking({
            let summary = summary.clone();
            move |store| store.save(&summary, &text)
        })
        .await
    {
        Ok(saved) => saved,
        Err(err) => {
            eprintln!("could not store {id}: {err}");
            return error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "could not store the submission",
            );
        }
    };
    match saved {
        Saved::New => {
            println!(
                "received {id} organisation={} created_at={} bytes={}",
                summary.organisation_id,
                summary.created_at,
                body.len()
            );
            if let Some(notifier) = receiver.notifier.clone() {
                tokio::spawn(async move {
                    match notifier.send(&summary).await {
                        Ok(()) => println!("notified the complaints office of {}", summary.id),
                        Err(err) => eprintln!("could not mail about {}: {err}", summary.id),
                    }
                });
            }
        }
        Saved::AlreadyThere => println!("repeat of {id}: already stored, nothing new written"),
        Saved::Different => {
            println!("conflict for {id}: another body under this id; the first is kept");
            return error(
                StatusCode::CONFLICT,
                "a different submission with this id was received before; it is kept as it was",
            );
        }
    }
    if lose {
        println!("test switch: stored {id}, not answering");
        std::future::pending::<()>().await;
    }
    (StatusCode::CREATED, axum::Json(json!({ "id": id }))).into_response()
}

async fn list(State(receiver): State<Arc<Receiver>>) -> Response {
    match receiver.blocking(|store| store.summaries(None)).await {
        Ok(summaries) => {
            let ids: Vec<String> = summaries.into_iter().map(|s| s.id).collect();
            axum::Json(json!({ "submissions": ids })).into_response()
        }
        Err(err) => {
            eprintln!("could not list submissions: {err}");
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "could not list submissions",
            )
        }
    }
}

async fn show(State(receiver): State<Arc<Receiver>>, Path(id): Path<String>) -> Response {
    match receiver.blocking(move |store| store.complaint(&id)).await {
        Ok(Some(complaint)) => {
            ([(header::CONTENT_TYPE, "application/json")], complaint.body).into_response()
        }
        Ok(None) => error(StatusCode::NOT_FOUND, "no such submission"),
        Err(err) => {
            eprintln!("could not read a submission: {err}");
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "could not read the submission",
            )
        }
    }
}

/// `GET /export?from=YYYY-MM-DD&to=YYYY-MM-DD&format=jsonl|csv`: what was received from the
/// first day up to and including the last (UTC).
async fn export(
    State(receiver): State<Arc<Receiver>>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Response {
    match Period::from_query(query.as_deref().unwrap_or("")) {
        Ok(period) => period.answer(&receiver).await,
        Err(message) => error(StatusCode::BAD_REQUEST, &message),
    }
}

/// Ids are keys and parts of links: only letters, digits and dashes, at most 64 characters.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// A period and format to export, from a query string.
pub struct Period {
    pub from: i64,
    pub to: i64,
    pub format: Format,
}

impl Period {
    pub fn from_query(query: &str) -> Result<Self, String> {
        let field = |name: &str| {
            query
                .split('&')
                .filter_map(|pair| pair.split_once('='))
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value)
        };
        let day = |name: &str| {
            field(name)
                .and_then(crate::days::parse)
                .ok_or_else(|| format!("{name} must be a date like 2026-12-31"))
        };
        let (from, to) = (day("from")?, day("to")?);
        if to < from {
            return Err("to is before from".into());
        }
        let format =
            Format::parse(field("format").unwrap_or("jsonl")).ok_or("format is jsonl or csv")?;
        Ok(Self { from, to, format })
    }

    /// In Unix seconds, `[from, to)`: from the first day's start to the last day's end (UTC).
    pub fn seconds(&self) -> (i64, i64) {
        (self.from * 86_400, (self.to + 1) * 86_400)
    }

    /// The export as a download.
    pub async fn answer(&self, receiver: &Receiver) -> Response {
        let (from, to) = self.seconds();
        let format = self.format;
        match receiver
            .blocking(move |store| store.received_between(from, to))
            .await
        {
            Ok(complaints) => {
                let name = format!(
                    "attachment; filename=\"klachten-{}-{}.{}\"",
                    crate::days::format(self.from),
                    crate::days::format(self.to),
                    format.extension()
                );
                (
                    [
                        (header::CONTENT_TYPE, format.content_type().to_string()),
                        (header::CONTENT_DISPOSITION, name),
                    ],
                    crate::export::render(format, &complaints),
                )
                    .into_response()
            }
            Err(err) => {
                eprintln!("could not export: {err}");
                error(StatusCode::INTERNAL_SERVER_ERROR, "could not export")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_that_could_escape_a_path_are_refused() {
        assert!(is_valid_id("3f2a9c1e-77b0-4c1d-9e4a-0b6f2d8e5a11"));
        for bad in ["", "../etc/passwd", "a/b", "a.json", "a b", &"a".repeat(65)] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn an_export_period_is_two_dates_and_a_format() {
        let period = Period::from_query("from=2026-12-01&to=2026-12-07&format=csv").unwrap();
        assert_eq!(
            (period.from, period.to, period.format),
            (20_788, 20_794, Format::Csv)
        );
        assert_eq!(
            Period::from_query("from=2026-12-01&to=2026-12-01")
                .unwrap()
                .format,
            Format::JsonLines
        );
        for bad in [
            "",
            "from=2026-12-01",
            "from=2026-12-07&to=2026-12-01",
            "from=2026-12-01&to=2026-12-02&format=xml",
        ] {
            assert!(Period::from_query(bad).is_err(), "{bad}");
        }
    }
}
