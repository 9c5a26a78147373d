//! Test-only switches, on loopback with `--test-switches`: make the next requests fail, wait,
//! or never answer, so tests (and integrators) can see how the wizard copes.

use std::sync::Mutex;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{json, Value};

#[derive(Default, Debug)]
pub struct Faults {
    /// Fail this many next submissions with `status`.
    fail: u32,
    status: u16,
    retry_after: Option<u32>,
    /// Wait this long before answering each submission.
    delay_ms: u64,
    /// Never answer this many next submissions (the client's timeout ends them).
    hang: u32,
    /// Store this many next submissions, then never answer: the answer is lost on the way.
    lose: u32,
}

/// What to do with the next submission.
pub enum Fault {
    None,
    Fail {
        status: StatusCode,
        retry_after: Option<u32>,
    },
    Hang,
    /// Store it, then never answer.
    Lose,
}

pub type Switches = std::sync::Arc<Mutex<Faults>>;

impl Faults {
    /// Takes the fault for one submission, and the delay before handling it.
    pub fn next(switches: &Switches) -> (Fault, u64) {
        let mut f = switches.lock().unwrap_or_else(|e| e.into_inner());
        let delay = f.delay_ms;
        if f.hang > 0 {
            f.hang -= 1;
            return (Fault::Hang, delay);
        }
        if f.lose > 0 {
            f.lose -= 1;
            return (Fault::Lose, delay);
        }
        if f.fail > 0 {
            f.fail -= 1;
            let status = StatusCode::from_u16(f.status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
            return (
                Fault::Fail {
                    status,
                    retry_after: f.retry_after,
                },
                delay,
            );
        }
        (Fault::None, delay)
    }
}

pub fn router(switches: Switches) -> Router {
    Router::new()
        .route("/__test/faults", post(set).get(show))
        .with_state(switches)
}

fn number(body: &Value, name: &str) -> u64 {
    body.get(name).and_then(Value::as_u64).unwrap_or(0)
}

/// `POST /__test/faults {"fail": 2, "status": 503, "retry_after": 1, "delay_ms": 0, "hang": 0,
/// "lose": 0}`
/// replaces the switches (absent fields are 0).
async fn set(State(switches): State<Switches>, Json(body): Json<Value>) -> Response {
    let mut f = switches.lock().unwrap_or_else(|e| e.into_inner());
    *f = Faults {
        fail: number(&body, "fail") as u32,
        status: body.get("status").and_then(Value::as_u64).unwrap_or(503) as u16,
        retry_after: body
            .get("retry_after")
            .and_then(Value::as_u64)
            .map(|s| s as u32),
        delay_ms: number(&body, "delay_ms"),
        hang: number(&body, "hang") as u32,
        lose: number(&body, "lose") as u32,
    };
    println!("test switches: {f:?}");
    (StatusCode::OK, Json(json!({ "ok": true }))).into_response()
}

async fn show(State(switches): State<Switches>) -> Response {
    let f = switches.lock().unwrap_or_else(|e| e.into_inner());
    Json(json!({ "fail": f.fail, "status": f.status, "delay_ms": f.delay_ms, "hang": f.hang, "lose": f.lose }))
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_are_used_up_in_order() {
        let switches: Switches = Default::default();
        *switches.lock().unwrap() = Faults {
            fail: 2,
            status: 503,
            retry_after: Some(1),
            delay_ms: 5,
            hang: 1,
            lose: 1,
        };
        assert!(matches!(Faults::next(&switches), (Fault::Hang, 5)));
        assert!(matches!(Faults::next(&switches), (Fault::Lose, 5)));
        for _ in 0..2 {
            assert!(matches!(
                Faults::next(&switches),
                (
                    Fault::Fail {
                        status: StatusCode::SERVICE_UNAVAILABLE,
                        retry_after: Some(1)
                    },
                    5
                )
            ));
        }
        assert!(matches!(Faults::next(&switches), (Fault::None, 5)));
    }
}
