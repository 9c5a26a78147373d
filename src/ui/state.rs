use leptos::prelude::*;

use crate::core::answers::Answers;
use crate::core::flow::{Progress, Step};
use crate::core::regulation::Regulation;
use crate::core::validation::{validate, FieldError};
use crate::i18n::{self, Locale};
use crate::platform::clock;

/// The screens this view renders so far, in order. The core's flow decides more steps; they
/// are rendered once their components exist.
const RENDERED: [Step; 4] = [Step::Start, Step::WhatHappened, Step::Check, Step::Sent];

/// Where sending stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SendState {
    Idle,
    Sending,
    Failed,
    Sent { reference: String },
}

/// All state of one mounted wizard. Copy, so every component gets its own handle.
#[derive(Clone, Copy)]
pub struct Wizard {
    /// Number of this wizard on the page; keeps element ids unique when there are several.
    pub instance: usize,
    pub endpoint: StoredValue<String>,
    pub regulation: StoredValue<Regulation>,
    pub step: RwSignal<Step>,
    pub answers: RwSignal<Answers>,
    pub locale: RwSignal<Locale>,
    pub errors: RwSignal<Vec<FieldError>>,
    pub send: RwSignal<SendState>,
    /// Set by a "Wijzigen" link: after that step, continue straight back to the check page.
    pub returning_to_check: RwSignal<bool>,
    /// Created at the first attempt to send and kept for every retry, so a repeat is one complaint.
    pub submission_id: RwSignal<Option<String>>,
}

impl Wizard {
    pub fn new(instance: usize, regulation: Regulation, endpoint: String) -> Self {
        Self {
            instance,
            endpoint: StoredValue::new(endpoint),
            regulation: StoredValue::new(regulation),
            step: RwSignal::new(Step::Start),
            answers: RwSignal::new(Answers::default()),
            locale: RwSignal::new(Locale::Nl),
            errors: RwSignal::new(Vec::new()),
            send: RwSignal::new(SendState::Idle),
            returning_to_check: RwSignal::new(false),
            submission_id: RwSignal::new(None),
        }
    }

    /// The text for `key` in the current language (reactive).
    pub fn t(&self, key: &str) -> String {
        i18n::t(self.locale.get(), key)
    }

    pub fn t_with(&self, key: &str, values: &[(&str, &str)]) -> String {
        i18n::t_with(self.locale.get(), key, values)
    }

    /// A document-unique element id for a field of this wizard.
    pub fn dom_id(&self, name: &str) -> String {
        format!("kw{}-{}", self.instance, name)
    }

    pub fn error_for(&self, field: &str) -> Option<FieldError> {
        self.errors
            .with(|errors| errors.iter().find(|e| e.field == field).cloned())
    }

    /// Validates the current step; on success moves on, otherwise shows the errors.
    /// Returns whether it moved.
    pub fn continue_on(&self) -> bool {
        let step = self.step.get_untracked();
        let errors = self.regulation.with_value(|r| {
            self.answers
                .with_untracked(|a| validate(r, a, clock::today(), step))
        });
        if !errors.is_empty() {
            self.errors.set(errors);
            return false;
        }
        self.errors.set(Vec::new());
        let target = if self.returning_to_check.get_untracked() {
            self.returning_to_check.set(false);
            Some(Step::Check)
        } else {
            neighbour(step, 1)
        };
        if let Some(target) = target {
            self.step.set(target);
        }
        true
    }

    pub fn back(&self) {
        let step = self.step.get_untracked();
        self.errors.set(Vec::new());
        self.returning_to_check.set(false);
        if let Some(target) = neighbour(step, -1) {
            self.step.set(target);
        }
    }

    /// "Stap n van m" for the current step (reactive).
    pub fn progress(&self) -> Option<Progress> {
        let step = self.step.get();
        let counted: Vec<Step> = RENDERED.into_iter().filter(|s| s.is_counted()).collect();
        let index = counted.iter().position(|s| *s == step)?;
        Some(Progress {
            number: index + 1,
            total: counted.len(),
        })
    }

    /// From the check page to one question, and back to the check page after it.
    pub fn change(&self, step: Step) {
        self.errors.set(Vec::new());
        self.returning_to_check.set(true);
        self.step.set(step);
    }
}

fn neighbour(step: Step, offset: isize) -> Option<Step> {
    let index = RENDERED.iter().position(|s| *s == step)?;
    RENDERED.get(index.checked_add_signed(offset)?).copied()
}
