#[cfg(target_arch = "wasm32")]
use chrono::TimeZone;
use chrono::{DateTime, FixedOffset, NaiveDate};

/// Now, in the browser's own time zone, so the document shows the person's local time and
/// offset (e.g. `+02:00` in summer).
#[cfg(target_arch = "wasm32")]
pub fn now() -> DateTime<FixedOffset> {
    let date = js_sys::Date::new_0();
    let millis = date.get_time() as i64;
    // getTimezoneOffset is minutes *behind* UTC: -120 in Dutch summer time.
    let offset_seconds = -(date.get_timezone_offset() as i32) * 60;
    let offset = FixedOffset::east_opt(offset_seconds)
        .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset"));
    offset
        .timestamp_millis_opt(millis)
        .single()
        .unwrap_or_else(|| offset.timestamp_opt(0, 0).unwrap())
}

/// Natively (the start page drawn at build time): this machine's time.
#[cfg(not(target_arch = "wasm32"))]
pub fn now() -> DateTime<FixedOffset> {
    chrono::Local::now().fixed_offset()
}

/// The person's local date today.
pub fn today() -> NaiveDate {
    now().date_naive()
}

/// Runs `work` and records how long it took as a User Timing measure named `name` (seen in
/// the browser's performance tools, and read by the benchmark).
#[cfg(target_arch = "wasm32")]
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let result = work();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
    }
    result
}

#[cfg(not(target_arch = "wasm32"))]
pub fn measured<T>(_name: &str, work: impl FnOnce() -> T) -> T {
    work()
}
