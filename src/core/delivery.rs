//! When to try sending again, and how long to wait: the rules of delivery, without the
//! network. A complaint is never dropped: what cannot be sent now is kept and sent later.

use chrono::{DateTime, Duration, FixedOffset};

/// Tries before the complaint is put aside to be sent later.
pub const MAX_ATTEMPTS: u32 = 4;

/// What an answer (or the lack of one) means for the complaint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    /// Received.
    Done,
    /// A passing problem: try again after a while.
    Retry,
    /// The organisation will not take it as sent (e.g. 400): offer the other ways.
    Refused,
}

/// `None`: no answer at all (offline, refused connection, timeout).
pub fn classify(status: Option<u16>) -> Next {
    match status {
        Some(200..=299) => Next::Done,
        None | Some(408) | Some(425) | Some(429) | Some(500..=599) => Next::Retry,
        Some(_) => Next::Refused,
    }
}

/// Milliseconds to wait before try `attempt + 1` (attempt counts from 1): 1 s, 2 s, 4 s, …
/// at most 30 s, spread by `jitter` (0.0 to 1.0) over ±25 % so many browsers do not retry
/// at the same moment. A server's `Retry-After` (seconds) is respected, up to two minutes.
pub fn backoff_ms(attempt: u32, retry_after_seconds: Option<u32>, jitter: f64) -> u32 {
    if let Some(seconds) = retry_after_seconds {
        return seconds.min(120) * 1000;
    }
    let base = 1000u32
        .saturating_mul(1 << attempt.saturating_sub(1).min(5))
        .min(30_000);
    let spread = (jitter.clamp(0.0, 1.0) - 0.5) * 0.5;
    (f64::from(base) * (1.0 + spread)) as u32
}

/// Milliseconds before the next round of tries of a complaint that waits in the browser while
/// the page stays open and online (`round` counts from 0): 10 s, 20 s, 40 s, … at most five
/// minutes. Nobody has to reload or click for it to go.
pub fn queued_wait_ms(round: u32) -> u32 {
    10_000u32.saturating_mul(1 << round.min(5)).min(300_000)
}

/// Whether a kept confirmation (kept since `kept_at`) is past keeping: like a draft, it does
/// not stay in the browser longer than the regulation keeps drafts.
pub fn confirmation_expired(
    kept_at: DateTime<FixedOffset>,
    now: DateTime<FixedOffset>,
    keep_days: u32,
) -> bool {
    now - kept_at > Duration::days(keep_days.into())
}

/// `Retry-After` as seconds; the HTTP-date form is not used by receivers we know.
pub fn parse_retry_after(header: &str) -> Option<u32> {
    header.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn which_answers_are_retried() {
        assert_eq!(classify(Some(201)), Next::Done);
        assert_eq!(classify(Some(200)), Next::Done);
        for passing in [None, Some(408), Some(429), Some(500), Some(502), Some(503)] {
            assert_eq!(classify(passing), Next::Retry, "{passing:?}");
        }
        for refused in [Some(400), Some(401), Some(404), Some(413), Some(422)] {
            assert_eq!(classify(refused), Next::Refused, "{refused:?}");
        }
    }

    #[test]
    fn waits_grow_and_stay_within_bounds() {
        assert_eq!(backoff_ms(1, None, 0.5), 1000);
        assert_eq!(backoff_ms(2, None, 0.5), 2000);
        assert_eq!(backoff_ms(3, None, 0.5), 4000);
        assert_eq!(backoff_ms(30, None, 0.5), 30_000);
        assert_eq!(backoff_ms(1, None, 0.0), 750);
        assert_eq!(backoff_ms(1, None, 1.0), 1250);
        assert_eq!(backoff_ms(1, Some(7), 0.9), 7000);
        assert_eq!(backoff_ms(1, Some(100_000), 0.9), 120_000);
    }

    #[test]
    fn a_waiting_complaint_is_tried_again_ever_later_at_most_every_five_minutes() {
        let waits: Vec<u32> = (0..8).map(queued_wait_ms).collect();
        assert_eq!(
            waits,
            [10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]
        );
        assert_eq!(queued_wait_ms(u32::MAX), 300_000);
    }

    #[test]
    fn a_kept_confirmation_expires_like_a_draft() {
        let at = |text| crate::core::iso::parse_timestamp(text).unwrap();
        let kept = at("2026-03-01T10:00:00+01:00");
        assert!(!confirmation_expired(
            kept,
            at("2026-03-08T10:00:00+01:00"),
            7
        ));
        assert!(confirmation_expired(
            kept,
            at("2026-03-08T10:00:01+01:00"),
            7
        ));
        assert!(confirmation_expired(
            kept,
            at("2027-02-01T10:00:00+01:00"),
            30
        ));
    }

    #[test]
    fn retry_after_in_seconds() {
        assert_eq!(parse_retry_after(" 5 "), Some(5));
        assert_eq!(parse_retry_after("Wed, 21 Oct 2026 07:28:00 GMT"), None);
    }
}
