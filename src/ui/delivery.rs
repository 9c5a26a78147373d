//! Sending the complaint so that it is never lost and never doubled. At the first attempt it
//! is frozen into the outbox (kept in the browser): from then on exactly that document is
//! sent, under one submission id, tried again on passing problems, again and again while the
//! page is open, and by itself when the connection comes back or the page is opened again.
//! Other tabs of the same organisation follow along through the browser's `storage` events.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::steps::summary_text;
use super::{drafts, SendState, Wizard};
use crate::core::delivery::{self, Next, MAX_ATTEMPTS};
use crate::core::flow::{self, Step};
use crate::core::iso;
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
    pub receipt: Receipt,
    copy: String,
    /// When the confirmation was kept: it expires like a draft. What an earlier build kept
    /// has none; it is dated when it is first opened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kept_at: Option<String>,
}

fn read(text: &str) -> Option<Kept> {
    serde_json::from_str(text).ok()
}

fn stored(w: &Wizard, what: &str) -> Option<Kept> {
    storage::load(&key(w, what)).and_then(|text| read(&text))
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

/// The kept confirmation, unless it is past keeping (then it is removed).
fn kept_confirmation(w: &Wizard) -> Option<Kept> {
    let mut kept = stored(w, "sent")?;
    let keep_days = w.regulation.with_value(|r| r.delivery.draft_days);
    let now = clock::now();
    match kept.kept_at.as_deref().and_then(iso::parse_timestamp) {
        Some(at) if delivery::confirmation_expired(at, now, keep_days) => {
            storage::remove(&key(w, "sent"));
            None
        }
        Some(_) => Some(kept),
        None => {
            kept.kept_at = Some(now.to_rfc3339());
            keep(w, "sent", &kept);
            Some(kept)
        }
    }
}

fn show_sent(w: Wizard, kept: Kept) {
    w.outbox.set_value(None);
    w.copy.set(kept.copy);
    w.send.set(SendState::Sent(Box::new(kept.receipt)));
    w.step.set(Step::Sent);
}

/// From now on this complaint is the one that is sent: the check page shows it without
/// change links until it is received.
fn freeze(w: Wizard, kept: &Kept) {
    w.outbox.set_value(Some(kept.clone()));
    w.submission_id
        .set(Some(kept.receipt.submission_id.clone()));
    w.errors.set(Vec::new());
    w.returning_to_check.set(false);
    w.step.set(Step::Check);
}

/// On opening: a confirmation the person has not closed is shown again; a complaint still
/// in the outbox is sent (or waits for the connection).
pub fn open(w: Wizard) {
    if let Some(kept) = kept_confirmation(&w) {
        show_sent(w, kept);
    } else if let Some(kept) = stored(&w, "outbox") {
        if let Some(found) = w.resume.get_untracked() {
            drafts::restore(w, found);
        }
        freeze(w, &kept);
        w.send.set(SendState::Queued { retry_at: None });
        spawn_local(deliver(w, kept));
    }
    http::on_online(move || {
        if matches!(w.send.get_untracked(), SendState::Queued { .. }) {
            if let Some(kept) = w.outbox.get_value() {
                spawn_local(deliver(w, kept));
            }
        }
    });
    follow_other_tabs(w);
}

/// Another tab of this organisation sent the complaint, or started to: this one shows the
/// same confirmation, or shows the complaint on its way (and sends it later itself, should
/// the other tab be closed first; the receiver stores one submission id once).
fn follow_other_tabs(w: Wizard) {
    let sent_key = key(&w, "sent");
    let outbox_key = key(&w, "outbox");
    storage::on_change(move |changed, value| {
        let Some(kept) = value.as_deref().and_then(read) else {
            return;
        };
        if changed == sent_key {
            w.run.update_value(|run| *run += 1);
            show_sent(w, kept);
        } else if changed == outbox_key
            && w.outbox.with_value(Option::is_none)
            && !matches!(w.send.get_untracked(), SendState::Sent(_))
        {
            drafts::reload_answers(w);
            freeze(w, &kept);
            spawn_local(wait_and_deliver(w, kept));
        }
    });
}

/// "Verstuur je klacht". A click while sending does nothing; a retry reuses the same
/// submission id, so the organisation stores it once.
pub fn send(w: Wizard) {
    if w.send.get_untracked().busy() {
        return;
    }
    // Sent from another tab meanwhile: show that confirmation, do not send it again.
    if let Some(kept) = kept_confirmation(&w) {
        show_sent(w, kept);
        return;
    }
    // Frozen at the first attempt: exactly that document again, never a new one.
    if let Some(kept) = w.outbox.get_value().or_else(|| stored(&w, "outbox")) {
        freeze(w, &kept);
        spawn_local(deliver(w, kept));
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
    let (payload, receipt) = w.regulation.with_value(|r| {
        w.answers.with_untracked(|a| {
            let payload = payload::build(r, a, meta);
            let receipt = payload.receipt(r, a);
            (payload, receipt)
        })
    });
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
        receipt,
        copy,
        kept_at: None,
    };
    keep(&w, "outbox", &kept);
    freeze(w, &kept);
    spawn_local(deliver(w, kept));
}

/// How one round of tries ended.
enum Round {
    Finished,
    Waiting,
}

/// Sends the frozen complaint: a round of tries now, then rounds ever later while the page
/// is open and online. A new call (online again, another tab, "Verstuur") takes over.
async fn deliver(w: Wizard, kept: Kept) {
    if w.send.get_untracked().busy() {
        return;
    }
    let run = w.run.get_value() + 1;
    w.run.set_value(run);
    for round in 0.. {
        if let Round::Finished = try_round(w, &kept).await {
            return;
        }
        if !http::is_online() {
            // The browser's "online" event sends it.
            w.send.set(SendState::Queued { retry_at: None });
            return;
        }
        if !wait(w, run, round).await {
            return;
        }
    }
}

/// Waits before another round, showing when it will be. False when something else took over.
async fn wait(w: Wizard, run: u32, round: u32) -> bool {
    let ms = delivery::queued_wait_ms(round);
    let at = clock::now() + chrono::Duration::milliseconds(ms.into());
    w.send.set(SendState::Queued {
        retry_at: Some(super::clock_time(at)),
    });
    http::sleep(ms).await;
    w.run.get_value() == run && matches!(w.send.get_untracked(), SendState::Queued { .. })
}

/// Another tab is sending it: wait a while, then send it from here if it is still not sent.
async fn wait_and_deliver(w: Wizard, kept: Kept) {
    let run = w.run.get_value() + 1;
    w.run.set_value(run);
    if wait(w, run, 0).await {
        match kept_confirmation(&w) {
            Some(sent) => show_sent(w, sent),
            None => deliver(w, kept).await,
        }
    }
}

async fn try_round(w: Wizard, kept: &Kept) -> Round {
    let endpoint = w.endpoint.get_value();
    let timeout_ms = w
        .regulation
        .with_value(|r| r.delivery.timeout_seconds.saturating_mul(1000));
    for attempt in 1..=MAX_ATTEMPTS {
        if !http::is_online() {
            break;
        }
        // Sent from another tab meanwhile.
        if let Some(sent) = kept_confirmation(&w) {
            show_sent(w, sent);
            return Round::Finished;
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
                drafts::sent(w);
                let mut sent = kept.clone();
                sent.kept_at = Some(clock::now().to_rfc3339());
                keep(&w, "sent", &sent);
                show_sent(w, sent);
                return Round::Finished;
            }
            Next::Refused => {
                storage::remove(&key(&w, "outbox"));
                w.outbox.set_value(None);
                w.send
                    .set(SendState::Refused(answer.map(|a| a.status).unwrap_or(0)));
                return Round::Finished;
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
    w.send.set(SendState::Queued { retry_at: None });
    Round::Waiting
}

/// "Sluiten" on the confirmation: it is not shown again, and the wizard starts afresh.
pub fn close_confirmation(w: Wizard) {
    storage::remove(&key(&w, "sent"));
    drafts::clear_all(w);
    w.notice.set(None);
}
