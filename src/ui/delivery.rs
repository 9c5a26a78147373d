//! Sending the complaint so that it is never lost: it is kept in the browser (the outbox)
//! until the organisation has it, tried again on passing problems, and sent by itself when
//! the connection comes back or the page is opened again.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{drafts, SendState, Wizard};
use crate::core::delivery::{self, Next, MAX_ATTEMPTS};
use crate::core::flow::Step;
use crate::core::payload::{self, Payload, SubmissionMeta};
use crate::core::validation;
use crate::platform::{clock, http, ids, storage};

fn key(w: &Wizard, what: &str) -> String {
    let organisation = w.regulation.with_value(|r| r.organisation.id.clone());
    format!("klachtwijzer.{what}.{organisation}.{}", w.instance)
}

fn stored(w: &Wizard, what: &str) -> Option<Payload> {
    storage::load(&key(w, what)).and_then(|text| serde_json::from_str(&text).ok())
}

/// On opening: a confirmation the person has not closed is shown again; a complaint still
/// in the outbox is sent (or waits for the connection).
pub fn open(w: Wizard) {
    if let Some(document) = stored(&w, "sent") {
        w.send.set(SendState::Sent(Box::new(document)));
        w.step.set(Step::Sent);
    } else if let Some(document) = stored(&w, "outbox") {
        if let Some(found) = w.resume.get_untracked() {
            drafts::restore(w, found);
        }
        w.submission_id.set(Some(document.submission_id.clone()));
        w.step.set(Step::Check);
        w.send.set(SendState::Queued);
        spawn_local(deliver(w, document));
    }
    http::on_online(move || {
        if w.send.get_untracked() == SendState::Queued {
            if let Some(document) = stored(&w, "outbox") {
                spawn_local(deliver(w, document));
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
            .with_untracked(|a| validation::validate_all(r, a, w.today))
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
    let document = w
        .regulation
        .with_value(|r| w.answers.with_untracked(|a| payload::build(r, a, meta)));
    storage::save(
        &key(&w, "outbox"),
        &serde_json::to_string(&document).unwrap_or_default(),
    );
    spawn_local(deliver(w, document));
}

async fn deliver(w: Wizard, document: Payload) {
    if w.send.get_untracked().busy() {
        return;
    }
    let Ok(body) = serde_json::to_string(&document) else {
        return;
    };
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
        let answer =
            http::post_json(&endpoint, body.clone(), &document.submission_id, timeout_ms).await;
        match delivery::classify(answer.map(|a| a.status)) {
            Next::Done => {
                storage::remove(&key(&w, "outbox"));
                drafts::sent(w);
                storage::save(&key(&w, "sent"), &body);
                w.send.set(SendState::Sent(Box::new(document)));
                w.step.set(Step::Sent);
                return;
            }
            Next::Refused => {
                storage::remove(&key(&w, "outbox"));
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
    w.send.set(SendState::Queued);
}

/// "Sluiten" on the confirmation: it is not shown again, and the wizard starts afresh.
pub fn close_confirmation(w: Wizard) {
    storage::remove(&key(&w, "sent"));
    drafts::clear_all(w);
    w.notice.set(None);
}
