//! Development only: serves a built folder (Trunk's `dist/`) as a static site, the way an
//! organisation should: the build's brotli or gzip copy when the browser takes it, and the
//! hashed files cached for good.

use std::path::{Component, Path, PathBuf};

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;

pub fn router(root: PathBuf) -> Router {
    Router::new().fallback(serve).with_state(root)
}

async fn serve(State(root): State<PathBuf>, uri: Uri, headers: HeaderMap) -> Response {
    let Some(path) = resolve(&root, uri.path()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let accepts = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    // The precompressed copy the build made, if the browser takes it.
    let mut chosen = None;
    for (encoding, extension) in [("br", "br"), ("gzip", "gz")] {
        if takes(accepts, encoding) {
            let mut name = path.clone().into_os_string();
            name.push(format!(".{extension}"));
            if let Ok(bytes) = tokio::fs::read(&name).await {
                chosen = Some((bytes, Some(encoding)));
                break;
            }
        }
    }
    let (bytes, encoding) = match chosen {
        Some(found) => found,
        None => match tokio::fs::read(&path).await {
            Ok(bytes) => (bytes, None),
            Err(_) => return (StatusCode::NOT_FOUND, "not found").into_response(),
        },
    };
    let cache = if is_hashed(&path) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let mut response = (
        [
            (header::CONTENT_TYPE, content_type(&path)),
            (header::CACHE_CONTROL, cache),
            (header::VARY, "accept-encoding"),
            // Organisations load the wizard from another origin than their page.
            (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
        ],
        bytes,
    )
        .into_response();
    if let Some(encoding) = encoding {
        response.headers_mut().insert(
            header::CONTENT_ENCODING,
            axum::http::HeaderValue::from_static(encoding),
        );
    }
    response
}

/// Whether an Accept-Encoding header takes `encoding` (and does not refuse it with q=0).
fn takes(accepts: &str, encoding: &str) -> bool {
    accepts.split(',').any(|part| {
        let mut pieces = part.split(';').map(str::trim);
        pieces.next() == Some(encoding)
            && !pieces.any(|p| p.replace(' ', "") == "q=0" || p.replace(' ', "") == "q=0.0")
    })
}

/// Trunk names the wizard's files with a content hash (`klachtwijzer-0123456789abcdef.js`):
/// such a file never changes.
fn is_hashed(path: &Path) -> bool {
    let stem = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let stem = stem.split('.').next().unwrap_or("");
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() >= 12 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Maps a URL path into `root`, refusing anything that climbs out of it.
fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let mut path = root.to_path_buf();
    for component in Path::new(url_path.trim_start_matches('/')).components() {
        match component {
            Component::Normal(part) => path.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if path.is_dir() {
        path.push("index.html");
    }
    Some(path)
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript",
        "wasm" => "application/wasm",
        "css" => "text/css",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside_the_root() {
        let root = Path::new("/srv/site");
        assert_eq!(
            resolve(root, "/klachtwijzer.js"),
            Some(PathBuf::from("/srv/site/klachtwijzer.js"))
        );
        assert_eq!(resolve(root, "/../secret"), None);
        assert_eq!(resolve(root, "/a/../../secret"), None);
    }

    #[test]
    fn compressed_copies_are_chosen_by_accept_encoding_and_hashed_files_are_kept() {
        assert!(takes("gzip, deflate, br, zstd", "br"));
        assert!(takes("gzip;q=1.0, br;q=0.5", "br"));
        assert!(!takes("gzip, br;q=0", "br"));
        assert!(!takes("gzip", "br"));
        assert!(!takes("", "gzip"));
        assert!(is_hashed(Path::new(
            "dist/klachtwijzer-454eae57436302ef_bg.wasm"
        )));
        assert!(is_hashed(Path::new("klachtwijzer-96e7b3bc7c12bd6e.css")));
        assert!(!is_hashed(Path::new("klachtwijzer.js")));
        assert!(!is_hashed(Path::new(
            "regulations/perspectief-herstelbemiddeling.json"
        )));
    }

    #[test]
    fn wasm_is_served_as_wasm() {
        assert_eq!(content_type(Path::new("a/b.wasm")), "application/wasm");
        assert_eq!(
            content_type(Path::new("index.html")),
            "text/html; charset=utf-8"
        );
    }
}
