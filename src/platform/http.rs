use gloo_net::http::Request;

/// What went wrong talking to a server.
#[derive(Debug)]
pub enum HttpError {
    /// No answer at all: offline, refused, CORS, DNS.
    Network(String),
    /// An answer that is not a success.
    Status(u16),
}

impl std::fmt::Display for HttpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HttpError::Network(message) => write!(f, "no answer: {message}"),
            HttpError::Status(status) => write!(f, "HTTP status {status}"),
        }
    }
}

/// POSTs `body` as JSON. The idempotency key lets the receiver store a repeat only once.
pub async fn post_json(url: &str, body: String, idempotency_key: &str) -> Result<u16, HttpError> {
    let request = Request::post(url)
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", idempotency_key)
        .body(body)
        .map_err(|err| HttpError::Network(err.to_string()))?;
    let response = request
        .send()
        .await
        .map_err(|err| HttpError::Network(err.to_string()))?;
    if response.ok() {
        Ok(response.status())
    } else {
        Err(HttpError::Status(response.status()))
    }
}

/// GETs a text document (a regulation file).
pub async fn get_text(url: &str) -> Result<String, HttpError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|err| HttpError::Network(err.to_string()))?;
    if !response.ok() {
        return Err(HttpError::Status(response.status()));
    }
    response
        .text()
        .await
        .map_err(|err| HttpError::Network(err.to_string()))
}
