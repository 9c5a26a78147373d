use gloo_net::http::Request;
use wasm_bindgen::prelude::*;

/// What came back from a server: its status, and `Retry-After` in seconds if it said so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    pub status: u16,
    pub retry_after: Option<u32>,
}

/// Aborts the request after `timeout_ms`; dropping the guard cancels the timer.
struct Deadline {
    controller: web_sys::AbortController,
    timer: Option<i32>,
    _callback: Closure<dyn FnMut()>,
}

impl Deadline {
    fn new(timeout_ms: u32) -> Option<Self> {
        let controller = web_sys::AbortController::new().ok()?;
        let abort = controller.clone();
        let callback = Closure::<dyn FnMut()>::new(move || abort.abort());
        let timer = web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.as_ref().unchecked_ref(),
                timeout_ms as i32,
            )
            .ok();
        Some(Self {
            controller,
            timer,
            _callback: callback,
        })
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        if let (Some(window), Some(timer)) = (web_sys::window(), self.timer) {
            window.clear_timeout_with_handle(timer);
        }
    }
}

/// POSTs `body` as JSON. The idempotency key lets the receiver store a repeat only once.
/// `None`: no answer at all (offline, refused, blocked, or no answer within the timeout).
pub async fn post_json(
    url: &str,
    body: String,
    idempotency_key: &str,
    timeout_ms: u32,
) -> Option<Answer> {
    let deadline = Deadline::new(timeout_ms);
    let request = Request::post(url)
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", idempotency_key)
        .abort_signal(deadline.as_ref().map(|d| d.controller.signal()).as_ref())
        .body(body)
        .ok()?;
    let response = request.send().await.ok()?;
    Some(Answer {
        status: response.status(),
        retry_after: response
            .headers()
            .get("retry-after")
            .and_then(|v| crate::core::delivery::parse_retry_after(&v)),
    })
}

/// What went wrong fetching a document.
#[derive(Debug)]
pub enum FetchError {
    Network(String),
    Status(u16),
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::Network(message) => write!(f, "no answer: {message}"),
            FetchError::Status(status) => write!(f, "HTTP status {status}"),
        }
    }
}

/// GETs a text document (a regulation file).
pub async fn get_text(url: &str) -> Result<String, FetchError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|err| FetchError::Network(err.to_string()))?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    response
        .text()
        .await
        .map_err(|err| FetchError::Network(err.to_string()))
}

/// Waits `ms` milliseconds.
pub async fn sleep(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ =
                window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Whether the browser thinks it is online.
pub fn is_online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Calls `callback` every time the browser comes back online.
pub fn on_online(callback: impl Fn() + 'static) {
    let closure = Closure::<dyn Fn()>::new(callback);
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback("online", closure.as_ref().unchecked_ref());
    }
    // Lives as long as the page.
    closure.forget();
}
