/// A fresh random submission id (UUID v4) from the browser's crypto.
pub fn new_submission_id() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(fallback_id)
}

/// Without `crypto` (very old browsers): time and Math.random, still unique enough per person.
fn fallback_id() -> String {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * u32::MAX as f64) as u32;
    format!("{time:x}-{random:08x}")
}
