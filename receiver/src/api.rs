use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde_json::{json, Value};

use crate::faults::{Fault, Faults, Switches};
use crate::store::{is_valid_id, Saved, Store};

const MAX_BODY_BYTES: usize = 512 * 1024;

/// The published schema every submission must match.
const PAYLOAD_SCHEMA: &str = include_str!("../../public/schema/payload-1.json");

pub struct Receiver {
    store: Store,
    schema: jsonschema::Validator,
    /// Test-only switches; `None` unless started with `--test-switches`.
    switches: Option<Switches>,
}

impl Receiver {
    pub fn new(store: Store, switches: Option<Switches>) -> Self {
        let schema: Value =
            serde_json::from_str(PAYLOAD_SCHEMA).expect("the bundled schema is JSON");
        Self {
            store,
            schema: jsonschema::validator_for(&schema)
                .expect("the bundled schema is a valid schema"),
            switches,
        }
    }
}

pub fn router(receiver: Arc<Receiver>) -> Router {
    let switches = receiver.switches.clone();
    let mut router = Router::new()
        .route("/", get(overview))
        .route("/submissions", get(list).post(receive).options(preflight))
        .route("/submissions/{id}", get(show))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(receiver);
    if let Some(switches) = switches {
        router = router.merge(crate::faults::router(switches));
    }
    router.layer(axum::middleware::map_response(allow_any_origin))
}

/// The wizard runs on the organisation's site, so the endpoint is usually another origin.
async fn allow_any_origin(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    // The wizard reads Retry-After to know how long to wait before trying again.
    headers.insert(
        header::ACCESS_CONTROL_EXPOSE_HEADERS,
        HeaderValue::from_static("retry-after"),
    );
    response
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
    headers: HeaderMap,
    body: Bytes,
) -> Response {
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
