//! Sending the complaint so that it is never lost: it is kept in the browser (the outbox)
//! until the organisation has it, tried again on passing problems, and sent by itself when
//! the connection comes back or the page is opened again.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::steps::summary_text;
use super::{drafts, SendState, Wizard};
use crate::core::delivery::{self, Next, MAX_ATTEMPTS};
use crate::core::flow::{self, Step};
use crate::core::payload::{self, Receipt, SubmissionMeta};
use crate::platform::{clock, http, ids, storage};

fn key(w: &Wizard, what: &str) -> String {
    let organisation = w.regulation.with_value(|r| r.organisation.id.clone());
    format!("klachtwijzer.{what}.{organisation}.{}", w.instance)
}

/// What is kept in the browser: the document as sent, what the confirmation shows, and the
/// complaint as readable text (for the printed or e-mailed copy).
#[derive(Clone, serde::Serialize, serde::Deserialize)]
pub struct Kept {
    body: String,
    receipt: Receipt,
    copy: String,
}

fn stored(w: &Wizard, what: &str) -> Option<Kept> {
    storage::load(&key(w, what)).and_then(|text| serde_json::from_str(&text).ok())
}

/// Keeps it in the browser, except on a shared computer.
fn keep(w: &Wizard, what: &str, kept: &Kept) {
    if w.saving.get_untracked() {
        storage::save(
            &key(w, what),
            &serde_json::to_string(kept).unwrap_or_default(),
        );
    }
}

/// On opening: a confirmation the person has not closed is shown again; a complaint still
/// in the outbox is sent (or waits for the connection).
pub fn open(w: Wizard) {
    if let Some(kept) = stored(&w, "sent") {
        w.copy.set(kept.copy);
        w.send.set(SendState::Sent(Box::new(kept.receipt)));
        w.step.set(Step::Sent);
    } else if let Some(kept) = stored(&w, "outbox") {
        if let Some(found) = w.resume.get_untracked() {
            drafts::restore(w, found);
        }
        w.submission_id
            .set(Some(kept.receipt.submission_id.clone()));
        w.step.set(Step::Check);
        w.send.set(SendState::Queued);
        spawn_local(deliver(w, kept));
    }
    http::on_online(move || {
        if w.send.get_untracked() == SendState::Queued {
            if let Some(kept) = w.outbox.get_value() {
                spawn_local(deliver(w, kept));
            }
        }
    });
}

/// "Verstuur je klacht". A click while sending does nothing; a retry reuses the same
/// submission id, so the organisation stores it once.
pub fn send(w: Wizard) {
    if w.send.get_untracked().busy() {
        return;
    }
    // Nothing incomplete is sent: if anything is missing, go there.
    let problems = w.regulation.with_value(|r| {
        w.answers
            .with_untracked(|a| flow::validate_all(r, a, w.today))
    });
    if let Some((step, _)) = problems.first() {
        w.change(*step);
        w.continue_on();
        return;
    }
    let submission_id = w.submission_id.get_untracked().unwrap_or_else(|| {
        let id = ids::new_submission_id();
        w.submission_id.set(Some(id.clone()));
        id
    });
    let meta = SubmissionMeta {
        submission_id,
        created_at: clock::now(),
        locale: w.locale.get_untracked().code().to_string(),
    };
    let payload = w
        .regulation
        .with_value(|r| w.answers.with_untracked(|a| payload::build(r, a, meta)));
    let copy = format!(
        "{}\n{}\n\n{}",
        w.t("sent.reference"),
        payload.reference,
        summary_text(&w)
    );
    let Ok(body) = serde_json::to_string(&payload) else {
        return;
    };
    let kept = Kept {
        body,
        receipt: payload.receipt(),
        copy,
    };
    keep(&w, "outbox", &kept);
    spawn_local(deliver(w, kept));
}

async fn deliver(w: Wizard, kept: Kept) {
    if w.send.get_untracked().busy() {
        return;
    }
    let endpoint = w.endpoint.get_value();
    let timeout_ms = w
        .regulation
        .with_value(|r| r.delivery.timeout_seconds.saturating_mul(1000));
    for attempt in 1..=MAX_ATTEMPTS {
        if !http::is_online() {
            break;
        }
        w.send.set(if attempt == 1 {
            SendState::Sending
        } else {
            SendState::Retrying { attempt }
        });
        let answer = http::post_json(
            &endpoint,
            kept.body.clone(),
            &kept.receipt.submission_id,
            timeout_ms,
        )
        .await;
        match delivery::classify(answer.map(|a| a.status)) {
            Next::Done => {
                storage::remove(&key(&w, "outbox"));
                w.outbox.set_value(None);
                drafts::sent(w);
                keep(&w, "sent", &kept);
                w.copy.set(kept.copy);
                w.send.set(SendState::Sent(Box::new(kept.receipt)));
                w.step.set(Step::Sent);
                return;
            }
            Next::Refused => {
                storage::remove(&key(&w, "outbox"));
                w.outbox.set_value(None);
                w.send
                    .set(SendState::Refused(answer.map(|a| a.status).unwrap_or(0)));
                return;
            }
            Next::Retry if attempt < MAX_ATTEMPTS => {
                let wait = delivery::backoff_ms(
                    attempt,
                    answer.and_then(|a| a.retry_after),
                    js_sys::Math::random(),
                );
                http::sleep(wait).await;
            }
            Next::Retry => {}
        }
    }
    w.outbox.set_value(Some(kept));
    w.send.set(SendState::Queued);
}

/// "Sluiten" on the confirmation: it is not shown again, and the wizard starts afresh.
pub fn close_confirmation(w: Wizard) {
    storage::remove(&key(&w, "sent"));
    drafts::clear_all(w);
    w.notice.set(None);
}
