//! What each question screen shows: its kind, the answer field, and the choices. The choices
//! come from the core (which options the regulation offers); labels from the locale files or,
//! where the organisation wrote its own words, from the regulation.

use leptos::prelude::*;
use serde_json::{json, Value};

use super::icons::Icon;
use super::Wizard;
use crate::core::answers::field;
use crate::core::flow::{self, Step};
use crate::core::regulation::{Need, TalkPolicy};
use crate::core::text::Text;
use crate::core::validation;

/// A label: a locale key, or the organisation's own text.
#[derive(Clone, Debug)]
pub enum Label {
    Key(String),
    Own(Text),
}

impl Label {
    pub fn show(&self, w: &Wizard) -> String {
        match self {
            Label::Key(key) => w.t(key),
            Label::Own(text) => text.get(w.locale.get()).to_string(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Choice {
    /// The JSON value the answer field gets (or holds in its list).
    pub value: Value,
    pub label: Label,
    pub hint: Option<Label>,
    pub icon: Option<Icon>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    Line,
    Area,
}

#[derive(Clone, Debug)]
pub enum Question {
    /// One of several choices.
    One {
        field: &'static str,
        choices: Vec<Choice>,
    },
    /// Any of several choices, or "none of these" (an empty list).
    Many {
        field: &'static str,
        choices: Vec<Choice>,
    },
    /// A date, or "I do not know exactly".
    Date {
        field: &'static str,
        unknown_field: &'static str,
        unknown_allowed: bool,
        need: Need,
    },
    /// Free text.
    Text {
        field: &'static str,
        kind: TextKind,
        need: Need,
        suggestions: Vec<String>,
    },
    Contact,
    /// A page that tells rather than asks.
    Info,
}

fn key_choice(field: &str, value: Value, icon: Option<Icon>) -> Choice {
    let name = match &value {
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Object(map) => map
            .values()
            .next()
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        _ => String::new(),
    };
    Choice {
        label: Label::Key(format!("choice.{field}.{name}")),
        hint: Some(Label::Key(format!("choice.{field}.{name}.hint"))),
        value,
        icon,
    }
}

fn as_json<T: serde::Serialize>(value: T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

pub fn question(w: &Wizard, step: Step) -> Question {
    w.regulation.with_value(|r| match step {
        Step::Support => Question::One {
            field: field::SUPPORT,
            choices: vec![
                key_choice(field::SUPPORT, json!("alone"), Some(Icon::Person)),
                key_choice(field::SUPPORT, json!("helps_typing"), Some(Icon::Helper)),
                key_choice(
                    field::SUPPORT,
                    json!("files_for_client"),
                    Some(Icon::ForOther),
                ),
            ],
        },
        Step::EventDate => Question::Date {
            field: field::EVENT_DATE,
            unknown_field: "event_date_unknown",
            unknown_allowed: true,
            need: Need::Required,
        },
        Step::ComplaintDate => Question::Date {
            field: field::EVENT_DATE,
            unknown_field: "event_date_unknown",
            unknown_allowed: r.complaint_fields.event_date != Need::Required,
            need: r.complaint_fields.event_date,
        },
        Step::LastContact => Question::Date {
            field: field::LAST_CONTACT_DATE,
            unknown_field: "last_contact_unknown",
            unknown_allowed: true,
            need: Need::Required,
        },
        Step::Topics => Question::Many {
            field: field::TOPICS,
            choices: r
                .time_limit
                .iter()
                .flat_map(|l| l.exceptions.iter())
                .map(|e| key_choice(field::TOPICS, as_json(e.topic), None))
                .collect(),
        },
        Step::Exclusions => Question::Many {
            field: field::EXCLUSIONS,
            choices: r
                .exclusions
                .iter()
                .map(|e| {
                    let mut choice = key_choice(field::EXCLUSIONS, as_json(e.kind), None);
                    if let Some(own) = &e.question {
                        choice.label = Label::Own(own.clone());
                    }
                    choice
                })
                .collect(),
        },
        Step::TalkedToStaff => {
            let talk = r.talk_first.as_ref();
            let mut choices = vec![
                key_choice(field::TALKED, json!("yes"), None),
                key_choice(field::TALKED, json!("no"), None),
            ];
            if talk.is_some_and(|t| t.direct_route.is_some()) {
                choices.push(key_choice(field::TALKED, json!("direct_route"), None));
            }
            if talk.is_some_and(|t| t.policy == TalkPolicy::Optional) {
                choices[1].hint = None;
            }
            Question::One {
                field: field::TALKED,
                choices,
            }
        }
        Step::DirectRouteReason => Question::Text {
            field: field::DIRECT_ROUTE_REASON,
            kind: TextKind::Area,
            need: Need::Required,
            suggestions: vec![],
        },
        Step::ForWhom => Question::One {
            field: field::FOR_WHOM,
            choices: flow::for_whom_options(r)
                .into_iter()
                .map(|o| {
                    let icon = match o {
                        crate::core::answers::ForWhom::Myself => Icon::Person,
                        crate::core::answers::ForWhom::SomeoneElse => Icon::ForOther,
                        crate::core::answers::ForWhom::Group => Icon::Group,
                        crate::core::answers::ForWhom::NotAClient => Icon::House,
                    };
                    key_choice(field::FOR_WHOM, as_json(o), Some(icon))
                })
                .collect(),
        },
        Step::ClientDeceased => Question::One {
            field: field::CLIENT_DECEASED,
            choices: vec![
                key_choice(field::CLIENT_DECEASED, json!(false), None),
                key_choice(field::CLIENT_DECEASED, json!(true), None),
            ],
        },
        Step::Role => Question::One {
            field: field::ROLE,
            choices: flow::role_options(r)
                .into_iter()
                .map(|role| key_choice(field::ROLE, as_json(role), Some(Icon::Badge)))
                .collect(),
        },
        Step::Representative => Question::One {
            field: field::REPRESENTATIVE,
            choices: r
                .filers
                .representatives
                .iter()
                .map(|rep| {
                    let mut choice = key_choice(field::REPRESENTATIVE, as_json(rep.kind), None);
                    choice.hint = Some(Label::Key(format!(
                        "scope.{}",
                        as_json(rep.scope).as_str().unwrap_or("")
                    )));
                    choice
                })
                .collect(),
        },
        Step::Authorisation => Question::One {
            field: field::WRITTEN_AUTHORISATION,
            choices: vec![
                key_choice(field::WRITTEN_AUTHORISATION, json!(true), None),
                key_choice(field::WRITTEN_AUTHORISATION, json!(false), None),
            ],
        },
        Step::AboutClient => {
            let group = w.answers.with_untracked(|a| a.for_whom())
                == Some(crate::core::answers::ForWhom::Group);
            Question::Text {
                field: if group {
                    field::GROUP_NAME
                } else {
                    field::CLIENT_NAME
                },
                kind: TextKind::Line,
                need: Need::Required,
                suggestions: vec![],
            }
        }
        Step::Funding => {
            let mut choices: Vec<Choice> = validation::funding_options(r)
                .into_iter()
                .map(|f| key_choice(field::FUNDING, json!({ "known": as_json(f) }), None))
                .collect();
            choices.push(key_choice(field::FUNDING, json!("unknown"), None));
            Question::One {
                field: field::FUNDING,
                choices,
            }
        }
        Step::Help => {
            let answers = w.answers.get_untracked();
            Question::Many {
                field: field::HELP,
                choices: flow::help_options(r, &answers)
                    .into_iter()
                    .map(|h| {
                        let mut choice =
                            key_choice(field::HELP, as_json(h.kind), Some(Icon::for_help(h.kind)));
                        if let Some(name) = &h.name {
                            choice.label = Label::Own(name.clone());
                        }
                        if let Some(description) = &h.description {
                            choice.hint = Some(Label::Own(description.clone()));
                        }
                        choice
                    })
                    .collect(),
            }
        }
        Step::WhatHappened => Question::Text {
            field: field::WHAT_HAPPENED,
            kind: TextKind::Area,
            need: Need::Required,
            suggestions: vec![],
        },
        Step::Location => Question::Text {
            field: field::LOCATION,
            kind: TextKind::Line,
            need: r.complaint_fields.location,
            suggestions: r.organisation.locations.clone(),
        },
        Step::Employee => Question::Text {
            field: field::EMPLOYEE_NAME,
            kind: TextKind::Line,
            need: r.complaint_fields.employee_name,
            suggestions: vec![],
        },
        Step::DesiredOutcome => Question::Text {
            field: field::DESIRED_OUTCOME,
            kind: TextKind::Area,
            need: r.complaint_fields.desired_outcome,
            suggestions: vec![],
        },
        Step::Serious => Question::Many {
            field: field::SERIOUS,
            choices: r
                .serious_matters
                .iter()
                .flat_map(|s| s.topics.iter())
                .map(|t| key_choice(field::SERIOUS, as_json(t), None))
                .collect(),
        },
        Step::Contact => Question::Contact,
        Step::ContactPreference => {
            let answers = w.answers.get_untracked();
            Question::One {
                field: field::PREFERRED_CONTACT,
                choices: validation::given_channels(r, &answers)
                    .into_iter()
                    .map(|c| {
                        let icon = match c {
                            crate::core::regulation::ContactChannel::Email => Icon::Email,
                            crate::core::regulation::ContactChannel::Phone => Icon::Phone,
                            crate::core::regulation::ContactChannel::Post => Icon::Letter,
                        };
                        key_choice(field::PREFERRED_CONTACT, as_json(c), Some(icon))
                    })
                    .collect(),
            }
        }
        Step::Start | Step::Eligibility | Step::FilerResult | Step::Check | Step::Sent => {
            Question::Info
        }
    })
}
