use gloo_net::http::Request;

/// What came back from the organisation's endpoint.
#[derive(Debug)]
pub enum PostError {
    /// No answer at all: offline, refused, CORS, DNS.
    Network(String),
    /// An answer that is not a success.
    Status(u16),
}

/// POSTs `body` as JSON. The idempotency key lets the receiver store a repeat only once.
pub async fn post_json(url: &str, body: String, idempotency_key: &str) -> Result<u16, PostError> {
    let request = Request::post(url)
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", idempotency_key)
        .body(body)
        .map_err(|err| PostError::Network(err.to_string()))?;
    let response = request
        .send()
        .await
        .map_err(|err| PostError::Network(err.to_string()))?;
    if response.ok() {
        Ok(response.status())
    } else {
        Err(PostError::Status(response.status()))
    }
}
