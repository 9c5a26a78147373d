use std::collections::{BTreeSet, HashMap};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde_json::{json, Value};

use crate::access::{Accounts, Denied};
use crate::faults::{Fault, Faults, Switches};
use crate::store::{is_valid_id, Saved, Store};

const MAX_BODY_BYTES: usize = 512 * 1024;

/// A body that does not arrive within this time is not waited for (a stalled upload must not
/// hold a connection).
const BODY_TIMEOUT: Duration = Duration::from_secs(10);

/// The published schema every submission must match.
const PAYLOAD_SCHEMA: &str = include_str!("../../public/schema/payload-1.json");

pub struct Receiver {
    store: Store,
    schema: jsonschema::Validator,
    /// Test-only switches; `None` unless started with `--test-switches`.
    switches: Option<Switches>,
    /// Who may read complaints; `None`: nobody.
    accounts: Option<Accounts>,
    /// The pages (origins) that may send complaints from a browser.
    origins: BTreeSet<String>,
    /// Submissions per client and minute.
    rate_limit: u32,
    recent: Mutex<HashMap<std::net::IpAddr, (Instant, u32)>>,
}

impl Receiver {
    pub fn new(
        store: Store,
        switches: Option<Switches>,
        accounts: Option<Accounts>,
        origins: BTreeSet<String>,
        rate_limit: u32,
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
    let reading = Router::new()
        .route("/", get(overview))
        .route("/submissions", get(list))
        .route("/submissions/{id}", get(show))
        .route_layer(axum::middleware::from_fn_with_state(
            receiver.clone(),
            require_account,
        ))
        .with_state(receiver);
    let mut router = intake.merge(reading);
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

/// Reading needs an account (HTTP Basic); every read and every refusal is in the audit log.
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
    match accounts.check(authorization) {
        Ok(who) => {
            accounts.audit(&who, &from, &what, true);
            let mut response = next.run(request).await;
            response
                .headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(denied) => {
            accounts.audit("-", &from, &what, false);
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

fn error(status: StatusCode, message: &str) -> Response {
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
    let store = &receiver.store;
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
    // A repeat carries the same key; it must be the submission id, so a retry is recognised.
    if let Some(key) = headers.get("idempotency-key").and_then(|v| v.to_str().ok()) {
        if key != id {
            return error(
                StatusCode::BAD_REQUEST,
                "Idempotency-Key must equal submission_id",
            );
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
    let saved = match store.save(id, &body) {
        Ok(saved) => saved,
        Err(err) => {
            eprintln!("could not store {id}: {err}");
            return error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "could not store the submission",
            );
        }
    };
    let organisation = document
        .pointer("/organisation/id")
        .and_then(Value::as_str)
        .unwrap_or("-");
    let created = document
        .get("created_at")
        .and_then(Value::as_str)
        .unwrap_or("-");
    match saved {
        Saved::New => println!(
            "received {id} organisation={organisation} created_at={created} bytes={}",
            body.len()
        ),
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
    match receiver.store.list() {
        Ok(ids) => axum::Json(json!({ "submissions": ids })).into_response(),
        Err(_) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "could not list submissions",
        ),
    }
}

async fn show(State(receiver): State<Arc<Receiver>>, Path(id): Path<String>) -> Response {
    if !is_valid_id(&id) {
        return error(StatusCode::NOT_FOUND, "no such submission");
    }
    match receiver.store.load(&id) {
        Ok(body) => ([(header::CONTENT_TYPE, "application/json")], body).into_response(),
        Err(_) => error(StatusCode::NOT_FOUND, "no such submission"),
    }
}

/// A page that shows every stored submission as pretty JSON, newest first.
async fn overview(State(receiver): State<Arc<Receiver>>) -> Html<String> {
    let store = &receiver.store;
    let mut page = String::from(
        "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Received complaints</title>\
         <style>body{font-family:sans-serif;margin:2rem;max-width:60rem}pre{background:#f4f4f4;padding:1rem;overflow:auto}</style>\
         <h1>Received complaints</h1>",
    );
    let ids = store.list().unwrap_or_default();
    if ids.is_empty() {
        page.push_str("<p>Nothing received yet.</p>");
    }
    for id in ids {
        let body = store.load(&id).unwrap_or_default();
        let pretty = serde_json::from_slice::<Value>(&body)
            .ok()
            .and_then(|v| serde_json::to_string_pretty(&v).ok())
            .unwrap_or_default();
        page.push_str(&format!(
            "<h2>{}</h2><pre>{}</pre>",
            escape(&id),
            escape(&pretty)
        ));
    }
    Html(page)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
