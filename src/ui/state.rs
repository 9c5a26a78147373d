use chrono::NaiveDate;
use leptos::prelude::*;

use crate::core::answers::Answers;
use crate::core::flow::{self, validate, Progress, Step};
use crate::core::payload::Receipt;
use crate::core::regulation::Regulation;
use crate::core::steps::{Ask, Label};
use crate::core::validation::FieldError;
use crate::i18n::{self, Locale};
use crate::platform::clock;

/// Where sending stands.
#[derive(Clone, Debug, PartialEq)]
pub enum SendState {
    Idle,
    Sending,
    /// A passing problem; trying again (this is try number `attempt`).
    Retrying {
        attempt: u32,
    },
    /// Could not be sent now; kept in the browser and sent when the connection is back, or
    /// tried again by itself at `retry_at` ("14:05") while the page is open.
    Queued {
        retry_at: Option<String>,
    },
    /// The organisation's endpoint refused it with this status.
    Refused(u16),
    Sent(Box<Receipt>),
}

impl SendState {
    pub fn busy(&self) -> bool {
        matches!(self, SendState::Sending | SendState::Retrying { .. })
    }

    /// On its way: the complaint is frozen and can no longer be changed.
    pub fn on_its_way(&self) -> bool {
        self.busy() || matches!(self, SendState::Queued { .. })
    }
}

/// All state of one mounted wizard. Copy, so every component gets its own handle.
#[derive(Clone, Copy)]
pub struct Wizard {
    /// Number of this wizard on the page; keeps element ids unique when there are several.
    pub instance: usize,
    pub endpoint: StoredValue<String>,
    pub regulation: StoredValue<Regulation>,
    /// The person's date today; fixed while the wizard is open.
    pub today: NaiveDate,
    pub step: RwSignal<Step>,
    pub answers: RwSignal<Answers>,
    /// The steps that apply to the answers now, recomputed only when the answers change.
    pub steps: Memo<Vec<Step>>,
    pub locale: RwSignal<Locale>,
    pub errors: RwSignal<Vec<FieldError>>,
    pub send: RwSignal<SendState>,
    /// Set by a "Wijzigen" link: after that step, continue straight back to the check page.
    pub returning_to_check: RwSignal<bool>,
    /// Created at the first attempt to send and kept for every retry, so a repeat is one complaint.
    pub submission_id: RwSignal<Option<String>>,
    /// Whether the draft is kept in the browser (off on a shared computer).
    pub saving: RwSignal<bool>,
    /// A stored draft the person may continue with (offered on the start page).
    pub resume: RwSignal<Option<crate::core::draft::Draft>>,
    /// A message for the person, as a locale key (e.g. a discarded draft).
    pub notice: RwSignal<Option<&'static str>>,
    /// The complaint as frozen at its first send attempt, until it is received (also in the
    /// browser's storage, unless shared).
    pub outbox: StoredValue<Option<super::delivery::Kept>>,
    /// Counts the runs of sending; a waiting run that is no longer the latest stops.
    pub run: StoredValue<u32>,
    /// The sent complaint as readable text, for the printed or e-mailed copy.
    pub copy: RwSignal<String>,
}

impl Wizard {
    pub fn new(instance: usize, regulation: Regulation, endpoint: String) -> Self {
        let regulation = StoredValue::new(regulation);
        let today = clock::today();
        let answers = RwSignal::new(Answers::default());
        let steps = Memo::new(move |_| {
            answers.with(|a| regulation.with_value(|r| flow::steps(r, a, today)))
        });
        Self {
            instance,
            endpoint: StoredValue::new(endpoint),
            regulation,
            today,
            step: RwSignal::new(Step::Start),
            answers,
            steps,
            locale: RwSignal::new(Locale::Nl),
            errors: RwSignal::new(Vec::new()),
            send: RwSignal::new(SendState::Idle),
            returning_to_check: RwSignal::new(false),
            submission_id: RwSignal::new(None),
            saving: RwSignal::new(true),
            resume: RwSignal::new(None),
            notice: RwSignal::new(None),
            outbox: StoredValue::new(None),
            run: StoredValue::new(0),
            copy: RwSignal::new(String::new()),
        }
    }

    /// Whether someone files for the client: some texts then speak of "de cliënt". Not on
    /// the help screen after the client's death: that help is for the one filing.
    fn helper_files(&self) -> bool {
        self.answers.with(Answers::files_for_someone_else)
            && !(self.client_died() && self.step.get() == Step::Help)
    }

    fn client_died(&self) -> bool {
        self.answers
            .with(|a| a.files_for_someone_else() && a.client_deceased == Some(true))
    }

    /// The text for `key`, following the language (for a view). One closure type for every
    /// text on every screen, so the view code for it exists once in the wasm.
    pub fn text(self, key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(key)
    }

    /// The text for `key` in the current language (reactive). The organisation's override
    /// wins; a support person filing for a client gets the `@helper` variant where one exists
    /// (and `@deceased` where the client has died).
    pub fn t(&self, key: &str) -> String {
        let locale = self.locale.get();
        let helper = self.helper_files();
        // After the client's death the help is for the one filing: the `@deceased` variant.
        let died = self.client_died();
        let deceased_key = format!("{key}@deceased");
        let helper_key = format!("{key}@helper");
        self.regulation.with_value(|r| {
            let variant = |v: &str| crate::core::wording::uses_variant(r, locale, key, v);
            let key = if died && variant(&deceased_key) {
                deceased_key.as_str()
            } else if helper && variant(&helper_key) {
                helper_key.as_str()
            } else {
                key
            };
            crate::core::wording::text_for(r, locale, key, helper)
        })
    }

    pub fn t_with(&self, key: &str, values: &[(&str, &str)]) -> String {
        values.iter().fold(self.t(key), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
    }

    pub fn has_text(&self, key: &str) -> bool {
        i18n::has_key(self.locale.get_untracked(), key)
    }

    /// A document-unique element id for a field of this wizard.
    pub fn dom_id(&self, name: &str) -> String {
        format!("kw{}-{}", self.instance, name)
    }

    /// A problem as the person reads it, with its limit written out ("10.000").
    pub fn error_text(&self, error: &FieldError) -> String {
        match error.limit {
            Some(max) => {
                let separator = if self.locale.get() == Locale::Nl {
                    "."
                } else {
                    ","
                };
                let digits = max.to_string();
                let mut grouped = String::new();
                for (i, digit) in digits.chars().enumerate() {
                    if i > 0 && (digits.len() - i) % 3 == 0 {
                        grouped.push_str(separator);
                    }
                    grouped.push(digit);
                }
                self.t_with(error.message, &[("max", &grouped)])
            }
            None => self.t(error.message),
        }
    }

    pub fn error_for(&self, field: &str) -> Option<FieldError> {
        self.errors
            .with(|errors| errors.iter().find(|e| e.field == field).cloned())
    }

    /// "Deel n van m: …" for the current step (reactive).
    pub fn progress(&self) -> Option<Progress> {
        let step = self.step.get();
        self.regulation.with_value(|r| flow::progress(r, step))
    }

    /// The progress in words: "Deel 2 van 5: Eerst praten" (reactive).
    pub fn progress_text(&self) -> Option<String> {
        self.progress().map(|p| {
            self.t_with(
                "progress",
                &[
                    ("number", &p.number.to_string()),
                    ("total", &p.total.to_string()),
                    ("part", &self.t(&format!("part.{}", p.part.name()))),
                ],
            )
        })
    }

    /// What `step` asks, for the answers now (not reactive: a screen is built once).
    pub fn ask(&self, step: Step) -> Ask {
        self.regulation
            .with_value(|r| self.answers.with_untracked(|a| flow::ask(r, a, step)))
    }

    /// Changes the answers.
    pub fn answer(&self, change: impl FnOnce(&mut Answers)) {
        self.answers.update(change);
    }

    /// The organisation's own words, in the current language, for a support person where
    /// it wrote them (reactive).
    pub fn own(&self, text: &crate::core::text::Text) -> String {
        text.get_for(self.locale.get(), self.helper_files())
            .to_string()
    }

    /// A label as shown, in the current language (reactive).
    pub fn label(&self, label: &Label) -> String {
        match label {
            Label::Key(key) => self.t(key),
            Label::Own(text) => self.own(text),
            Label::Filled {
                key,
                placeholder,
                value_key,
            } => self.t_with(key, &[(placeholder, &self.t(value_key))]),
            Label::Joined(labels) => labels
                .iter()
                .filter(|l| !matches!(l, Label::Key(k) if !self.has_text(k)))
                .map(|l| self.label(l))
                .collect::<Vec<_>>()
                .join(" "),
        }
    }

    /// Validates the current step; on success moves on, otherwise shows the errors.
    pub fn continue_on(&self) {
        let step = self.step.get_untracked();
        let errors = self.regulation.with_value(|r| {
            self.answers
                .with_untracked(|a| validate(r, a, self.today, step))
        });
        if !errors.is_empty() {
            self.errors.set(errors);
            return;
        }
        self.errors.set(Vec::new());
        let next = self.regulation.with_value(|r| {
            self.answers
                .with_untracked(|a| flow::next(r, a, self.today, step))
        });
        // After a change from the check page, go back there, unless the change opened new
        // questions (then they come first, and the check page after them).
        let target = if self.returning_to_check.get_untracked() {
            let new_question = next.filter(|n| self.unanswered(*n));
            if new_question.is_none() && self.steps.with_untracked(|s| s.contains(&Step::Check)) {
                self.returning_to_check.set(false);
                Some(Step::Check)
            } else {
                new_question.or(next)
            }
        } else {
            next
        };
        if let Some(target) = target {
            self.step.set(target);
        }
    }

    /// Whether a step still has something to answer (its validation fails).
    fn unanswered(&self, step: Step) -> bool {
        self.regulation.with_value(|r| {
            self.answers
                .with_untracked(|a| !validate(r, a, self.today, step).is_empty())
        })
    }

    /// Whether the complaint is on its way: then the answers stay as they were sent.
    pub fn frozen(&self) -> bool {
        self.send.with(SendState::on_its_way)
    }

    pub fn back(&self) {
        if self.send.with_untracked(SendState::on_its_way) {
            return;
        }
        let step = self.step.get_untracked();
        self.errors.set(Vec::new());
        if self.returning_to_check.get_untracked() {
            self.returning_to_check.set(false);
            self.step.set(Step::Check);
            return;
        }
        let previous = self.regulation.with_value(|r| {
            self.answers
                .with_untracked(|a| flow::previous(r, a, self.today, step))
        });
        if let Some(target) = previous {
            self.step.set(target);
        }
    }

    /// Goes to a step the person may see now (from the address bar or a draft): one that
    /// applies, with every step before it answered. Skipping ahead is not possible.
    pub fn go_to(&self, step: Step) {
        if step != Step::Check && self.send.with_untracked(SendState::on_its_way) {
            return;
        }
        let allowed = self.steps.with_untracked(|steps| {
            steps
                .iter()
                .position(|s| *s == step)
                .is_some_and(|at| steps[..at].iter().all(|before| !self.unanswered(*before)))
        });
        if allowed && step != self.step.get_untracked() {
            self.errors.set(Vec::new());
            self.step.set(step);
        }
    }

    /// From the check page to one question, and back to the check page after it.
    pub fn change(&self, step: Step) {
        if self.send.with_untracked(SendState::on_its_way) {
            return;
        }
        self.errors.set(Vec::new());
        self.returning_to_check.set(true);
        self.step.set(step);
    }
}
