//! Keeping the unfinished complaint in the browser: restore on open, save on every change,
//! clear on request, after sending, or on a shared computer.

use leptos::prelude::*;

use super::Wizard;
use crate::core::answers::Answers;
use crate::core::draft::{self, Draft, DRAFT_VERSION};
use crate::core::flow::Step;
use crate::i18n::Locale;
use crate::platform::{clock, storage};

fn key(w: &Wizard) -> String {
    let organisation = w.regulation.with_value(|r| r.organisation.id.clone());
    draft::storage_key(&organisation, w.instance)
}

/// On opening: a usable draft is restored at once when the address bar names a step (a
/// reload), or offered on the start page; an unusable one is removed with a message.
pub fn open(w: Wizard, reloading: bool) {
    let Some(text) = storage::load(&key(&w)) else {
        return;
    };
    let (organisation, keep_days) = w
        .regulation
        .with_value(|r| (r.organisation.id.clone(), r.delivery.draft_days));
    match draft::decode(&text, &organisation, clock::now(), keep_days) {
        Ok(found) if reloading => restore(w, found),
        Ok(found) => w.resume.set(Some(found)),
        Err(reason) => {
            storage::remove(&key(&w));
            w.notice.set(Some(reason.message()));
        }
    }
}

/// Continues where the person was.
pub fn restore(w: Wizard, found: Draft) {
    w.resume.set(None);
    w.answers.set(found.answers);
    w.submission_id.set(found.submission_id);
    if let Some(locale) = Locale::from_code(&found.locale) {
        super::choose_language(w, locale);
    }
    w.go_to(found.step);
}

/// The answers as another tab last stored them (it shares this draft), when they read back.
pub fn reload_answers(w: Wizard) {
    let Some(text) = storage::load(&key(&w)) else {
        return;
    };
    let (organisation, keep_days) = w
        .regulation
        .with_value(|r| (r.organisation.id.clone(), r.delivery.draft_days));
    if let Ok(found) = draft::decode(&text, &organisation, clock::now(), keep_days) {
        w.answers.set(found.answers);
    }
}

/// Starts afresh: the stored draft is removed.
pub fn discard(w: Wizard) {
    w.resume.set(None);
    storage::remove(&key(&w));
}

/// "Wis mijn antwoorden": everything typed is gone, from the screen and from the browser.
pub fn clear_all(w: Wizard) {
    storage::remove(&key(&w));
    w.resume.set(None);
    w.answers.set(Answers::default());
    w.errors.set(Vec::new());
    w.submission_id.set(None);
    w.returning_to_check.set(false);
    w.send.set(super::SendState::Idle);
    w.step.set(Step::Start);
    w.notice.set(Some("draft.cleared"));
}

/// "Ik gebruik een gedeelde computer": nothing is kept, and what was kept is removed.
pub fn set_shared_computer(w: Wizard, shared: bool) {
    w.saving.set(!shared);
    if shared {
        storage::remove(&key(&w));
    }
}

/// Saves the draft on every change, while saving is on and there is something to keep.
pub fn keep_saving(w: Wizard) {
    let storage_key = key(&w);
    let organisation_id = w.regulation.with_value(|r| r.organisation.id.clone());
    Effect::new(move |_| {
        let answers = w.answers.get();
        let step = w.step.get();
        let locale = w.locale.get();
        let submission_id = w.submission_id.get();
        let waiting_for_choice = w.resume.with(Option::is_some);
        if !w.saving.get() || waiting_for_choice || step == Step::Sent {
            return;
        }
        if step == Step::Start && answers == Answers::default() {
            return;
        }
        let found = Draft {
            version: DRAFT_VERSION,
            organisation_id: organisation_id.clone(),
            saved_at: clock::now(),
            step,
            locale: locale.code().to_string(),
            answers,
            submission_id,
        };
        storage::save(&storage_key, &draft::encode(&found));
    });
}

/// After a confirmed submission nothing of the complaint stays in the browser.
pub fn sent(w: Wizard) {
    storage::remove(&key(&w));
}
