//! The inbox of the complaints office: server-rendered pages behind a sign-in. A session is a
//! random token in a cookie (HttpOnly, Secure, SameSite=Strict, only for /inbox), kept hashed
//! in the store so several receivers share it. Every form carries the session's CSRF token and
//! a post from another site is refused. Every read, change and export is in the audit log.

mod pages;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{ConnectInfo, Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use sha2::{Digest, Sha256};

use crate::access::Denied;
use crate::api::{is_valid_id, Period, Receiver};
use crate::store::{now, Complaint, Session, Status};

const COOKIE: &str = "kw_session";
/// A session lasts a working day.
const SESSION_SECONDS: i64 = 8 * 60 * 60;

pub fn router(receiver: Arc<Receiver>) -> Router {
    Router::new()
        .route("/inbox/", get(list))
        .route("/inbox", get(|| async { Redirect::to("/inbox/") }))
        .route("/inbox/login", get(login_form).post(login))
        .route("/inbox/logout", post(logout))
        .route("/inbox/complaints/{id}", get(complaint))
        .route("/inbox/complaints/{id}/json", get(download))
        .route("/inbox/complaints/{id}/status", post(set_status))
        .route("/inbox/export", get(export))
        .layer(axum::middleware::from_fn(protect))
        .with_state(receiver)
}

/// Inbox pages are never cached, framed, or allowed to load anything from elsewhere.
async fn protect(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CACHE_CONTROL, "no-store"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
        // Not no-referrer: then a browser sends `Origin: null` with the inbox's own forms.
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

fn random_hex() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the system has randomness");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn cookie_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_string())
}

/// A post must come from a page of this inbox: no other site, no stale form.
fn same_site(headers: &HeaderMap) -> bool {
    let value = |name| headers.get(name).and_then(|v| v.to_str().ok());
    if value("sec-fetch-site").is_some_and(|site| site != "same-origin" && site != "none") {
        return false;
    }
    match (value("origin"), value("host")) {
        (Some(origin), Some(host)) => origin
            .split_once("://")
            .is_some_and(|(_, rest)| rest == host),
        (Some(_), None) => false,
        (None, _) => true,
    }
}

struct Reader {
    token_hash: String,
    session: Session,
}

/// The signed-in reader, with `what` written to the audit log; else the answer to give.
async fn reader(
    receiver: &Receiver,
    headers: &HeaderMap,
    client: SocketAddr,
    what: &str,
    next: &str,
) -> Result<Reader, Response> {
    let from = client.ip().to_string();
    let found = match cookie_token(headers).map(|t| token_hash(&t)) {
        Some(hash) => {
            let key = hash.clone();
            match receiver
                .blocking(move |store| store.session(&key, now()))
                .await
            {
                Ok(session) => session.map(|session| Reader {
                    token_hash: hash,
                    session,
                }),
                Err(err) => {
                    eprintln!("could not read a session: {err}");
                    return Err(pages::problem(
                        StatusCode::SERVICE_UNAVAILABLE,
                        "De inbox kan nu niet lezen wie je bent. Probeer het later opnieuw.",
                    ));
                }
            }
        }
        None => None,
    };
    match found {
        Some(reader) => {
            if receiver.audit(&reader.session.who, &from, what, true).await {
                Ok(reader)
            } else {
                Err(pages::problem(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "Het auditlog kan nu niet worden bijgewerkt. Daarom laat de inbox niets zien.",
                ))
            }
        }
        None => {
            receiver.audit("-", &from, what, false).await;
            Err(pages::login(StatusCode::UNAUTHORIZED, next, None))
        }
    }
}

/// As [`reader`], for a form that changes something: also its CSRF token and origin.
async fn writer(
    receiver: &Receiver,
    headers: &HeaderMap,
    client: SocketAddr,
    what: &str,
    form: &HashMap<String, String>,
) -> Result<Reader, Response> {
    if !same_site(headers) {
        receiver
            .audit("-", &client.ip().to_string(), what, false)
            .await;
        return Err(pages::problem(
            StatusCode::FORBIDDEN,
            "Dit formulier kwam niet van de inbox zelf. Er is niets veranderd.",
        ));
    }
    let reader = reader(receiver, headers, client, what, "/inbox/").await?;
    if form.get("csrf") != Some(&reader.session.csrf) {
        return Err(pages::problem(
            StatusCode::FORBIDDEN,
            "Dit formulier is verlopen. Open de pagina opnieuw en probeer het nog eens.",
        ));
    }
    Ok(reader)
}

fn what(request_line: &str, query: &HashMap<String, String>) -> String {
    if query.is_empty() {
        return request_line.to_string();
    }
    let mut pairs: Vec<String> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
    pairs.sort();
    format!("{request_line}?{}", pairs.join("&"))
}

async fn list(
    State(receiver): State<Arc<Receiver>>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let filter = query.get("status").and_then(|s| Status::parse(s));
    let reader = match reader(
        &receiver,
        &headers,
        client,
        &what("GET /inbox/", &query),
        "/inbox/",
    )
    .await
    {
        Ok(reader) => reader,
        Err(answer) => return answer,
    };
    match receiver
        .blocking(move |store| store.summaries(filter))
        .await
    {
        Ok(summaries) => Html(pages::list(
            &reader.session,
            &summaries,
            filter,
            crate::days::day_of(now()),
        ))
        .into_response(),
        Err(err) => {
            eprintln!("could not list complaints: {err}");
            pages::problem(
                StatusCode::INTERNAL_SERVER_ERROR,
                "De klachten konden niet worden gelezen.",
            )
        }
    }
}

async fn login_form(Query(query): Query<HashMap<String, String>>) -> Response {
    let next = query.get("next").map_or("/inbox/", String::as_str);
    pages::login(StatusCode::OK, safe_next(next), None)
}

/// Only a page of the inbox itself, so a link cannot send a person elsewhere after signing in.
fn safe_next(next: &str) -> &str {
    if next.starts_with("/inbox/") && !next.contains("//") && !next.contains('\\') {
        next
    } else {
        "/inbox/"
    }
}

async fn login(
    State(receiver): State<Arc<Receiver>>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let from = client.ip().to_string();
    let name = form.get("name").cloned().unwrap_or_default();
    let password = form.get("password").cloned().unwrap_or_default();
    let next = safe_next(form.get("next").map_or("/inbox/", String::as_str)).to_string();
    if !same_site(&headers) {
        receiver.audit("-", &from, "POST /inbox/login", false).await;
        return pages::problem(
            StatusCode::FORBIDDEN,
            "Dit formulier kwam niet van de inbox zelf.",
        );
    }
    if receiver.accounts.is_none() {
        return pages::problem(
            StatusCode::UNAUTHORIZED,
            "Niemand kan hier klachten lezen: de ontvanger is gestart zonder --accounts.",
        );
    }
    let checking = receiver.clone();
    let checked_name = name.clone();
    let checked = tokio::task::spawn_blocking(move || {
        checking
            .accounts
            .as_ref()
            .map(|accounts| accounts.check_password(&checked_name, &password))
    })
    .await
    .ok()
    .flatten();
    let who = match checked {
        Some(Ok(who)) => who,
        Some(Err(denied)) => {
            receiver
                .audit(&name, &from, "POST /inbox/login", false)
                .await;
            let message = match denied {
                Denied::Locked => "Er is te vaak een verkeerd wachtwoord gebruikt. Dit account is 15 minuten op slot.",
                Denied::Wrong | Denied::NoCredentials => "De naam of het wachtwoord klopt niet.",
            };
            return pages::login(StatusCode::UNAUTHORIZED, &next, Some(message));
        }
        None => {
            return pages::problem(StatusCode::INTERNAL_SERVER_ERROR, "Aanmelden lukt nu niet.")
        }
    };
    let token = random_hex();
    let session = Session {
        who: who.clone(),
        csrf: random_hex(),
    };
    let hash = token_hash(&token);
    if let Err(err) = receiver
        .blocking(move |store| store.start_session(&hash, &session, now() + SESSION_SECONDS))
        .await
    {
        eprintln!("could not start a session: {err}");
        return pages::problem(StatusCode::SERVICE_UNAVAILABLE, "Aanmelden lukt nu niet.");
    }
    receiver.audit(&who, &from, "POST /inbox/login", true).await;
    let cookie = format!(
        "{COOKIE}={token}; Path=/inbox; HttpOnly; Secure; SameSite=Strict; Max-Age={SESSION_SECONDS}"
    );
    let mut response = Redirect::to(&next).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

async fn logout(
    State(receiver): State<Arc<Receiver>>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let reader = match writer(&receiver, &headers, client, "POST /inbox/logout", &form).await {
        Ok(reader) => reader,
        Err(answer) => return answer,
    };
    let hash = reader.token_hash;
    if let Err(err) = receiver
        .blocking(move |store| store.end_session(&hash))
        .await
    {
        eprintln!("could not end a session: {err}");
    }
    let mut response = pages::login(StatusCode::OK, "/inbox/", Some("Je bent afgemeld."));
    response.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_static(
            "kw_session=; Path=/inbox; HttpOnly; Secure; SameSite=Strict; Max-Age=0",
        ),
    );
    response
}

async fn complaint(
    State(receiver): State<Arc<Receiver>>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let path = format!("/inbox/complaints/{id}");
    let reader = match reader(&receiver, &headers, client, &format!("GET {path}"), &path).await {
        Ok(reader) => reader,
        Err(answer) => return answer,
    };
    match stored(&receiver, id).await {
        Ok(complaint) => Html(pages::complaint(
            &reader.session,
            &complaint,
            crate::days::day_of(now()),
        ))
        .into_response(),
        Err(answer) => answer,
    }
}

async fn download(
    State(receiver): State<Arc<Receiver>>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let path = format!("/inbox/complaints/{id}/json");
    if let Err(answer) = reader(&receiver, &headers, client, &format!("GET {path}"), &path).await {
        return answer;
    }
    match stored(&receiver, id).await {
        Ok(complaint) => {
            let name = complaint
                .summary
                .reference
                .replace(|c: char| !c.is_ascii_alphanumeric() && c != '-', "");
            (
                [
                    (header::CONTENT_TYPE, "application/json".to_string()),
                    (
                        header::CONTENT_DISPOSITION,
                        format!("attachment; filename=\"klacht-{name}.json\""),
                    ),
                ],
                complaint.body,
            )
                .into_response()
        }
        Err(answer) => answer,
    }
}

/// The stored complaint with this id, or the page that says why not.
async fn stored(receiver: &Receiver, id: String) -> Result<Complaint, Response> {
    if !is_valid_id(&id) {
        return Err(pages::problem(
            StatusCode::NOT_FOUND,
            "Deze klacht bestaat niet.",
        ));
    }
    match receiver.blocking(move |store| store.complaint(&id)).await {
        Ok(Some(complaint)) => Ok(complaint),
        Ok(None) => Err(pages::problem(
            StatusCode::NOT_FOUND,
            "Deze klacht bestaat niet.",
        )),
        Err(err) => {
            eprintln!("could not read a complaint: {err}");
            Err(pages::problem(
                StatusCode::INTERNAL_SERVER_ERROR,
                "De klacht kon niet worden gelezen.",
            ))
        }
    }
}

async fn set_status(
    State(receiver): State<Arc<Receiver>>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let status = form.get("status").and_then(|s| Status::parse(s));
    let what = format!(
        "POST /inbox/complaints/{id}/status {}",
        status.map_or("?", Status::as_str)
    );
    if let Err(answer) = writer(&receiver, &headers, client, &what, &form).await {
        return answer;
    }
    let (Some(status), true) = (status, is_valid_id(&id)) else {
        return pages::problem(StatusCode::BAD_REQUEST, "Kies een status uit de lijst.");
    };
    let key = id.clone();
    match receiver
        .blocking(move |store| store.set_status(&key, status, now()))
        .await
    {
        Ok(true) => Redirect::to(&format!("/inbox/complaints/{id}")).into_response(),
        Ok(false) => pages::problem(StatusCode::NOT_FOUND, "Deze klacht bestaat niet."),
        Err(err) => {
            eprintln!("could not change a status: {err}");
            pages::problem(
                StatusCode::INTERNAL_SERVER_ERROR,
                "De status kon niet worden opgeslagen.",
            )
        }
    }
}

async fn export(
    State(receiver): State<Arc<Receiver>>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    headers: HeaderMap,
) -> Response {
    let query = query.unwrap_or_default();
    let what = format!("GET /inbox/export?{query}");
    if let Err(answer) = reader(&receiver, &headers, client, &what, "/inbox/").await {
        return answer;
    }
    match Period::from_query(&query) {
        Ok(period) => period.answer(&receiver).await,
        Err(_) => pages::problem(
            StatusCode::BAD_REQUEST,
            "Kies een begin- en einddatum, en het einde niet vóór het begin.",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn a_post_from_another_site_is_refused() {
        assert!(same_site(&headers(&[
            ("host", "a.nl"),
            ("origin", "https://a.nl")
        ])));
        assert!(same_site(&headers(&[("sec-fetch-site", "same-origin")])));
        assert!(!same_site(&headers(&[
            ("host", "a.nl"),
            ("origin", "https://b.nl")
        ])));
        assert!(!same_site(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(!same_site(&headers(&[("sec-fetch-site", "same-site")])));
    }

    #[test]
    fn the_session_cookie_is_found_among_others_and_only_inbox_pages_are_next() {
        let map = headers(&[("cookie", "a=1; kw_session=abc"), ("cookie", "b=2")]);
        assert_eq!(cookie_token(&map).as_deref(), Some("abc"));
        assert_eq!(cookie_token(&headers(&[("cookie", "kw=1")])), None);
        assert_eq!(safe_next("/inbox/complaints/x"), "/inbox/complaints/x");
        for bad in ["https://elders.nl", "//elders.nl", "/inbox//elders.nl", "/"] {
            assert_eq!(safe_next(bad), "/inbox/", "{bad}");
        }
        assert_ne!(token_hash("a"), token_hash("b"));
        assert_eq!(random_hex().len(), 64);
    }
}
