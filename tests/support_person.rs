//! Support-person mode: when a support person files for a client, the screens about the
//! client's situation speak of "de cliënt", never of "je" (which is then the support person).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use klachtwijzer::core::flow::{self, Step};
use klachtwijzer::core::readability;
use klachtwijzer::core::steps::{Ask, Label};
use klachtwijzer::core::wording;
use klachtwijzer::i18n::{self, Locale};
use serde_json::json;
use support::*;

/// The screens about the client's situation (not about the support person: their role,
/// their contact details, the check page).
const ABOUT_THE_CLIENT: &[Step] = &[
    Step::Help,
    Step::EventDate,
    Step::LastContact,
    Step::Topics,
    Step::Exclusions,
    Step::AboutVolunteer,
    Step::TalkedToStaff,
    Step::DirectRouteReason,
    Step::Funding,
    Step::WhatHappened,
    Step::ComplaintDate,
    Step::Location,
    Step::Employee,
    Step::DesiredOutcome,
    Step::Serious,
];

/// A text as the wizard shows it to a support person: the `@helper` variant where there is one.
fn shown(r: &klachtwijzer::core::regulation::Regulation, key: &str) -> Option<String> {
    let helper = format!("{key}@helper");
    let key = if wording::uses_variant(r, Locale::Nl, key, &helper) {
        helper
    } else {
        key.to_string()
    };
    i18n::has_key(Locale::Nl, &key).then(|| wording::text_for(r, Locale::Nl, &key, true))
}

fn label(r: &klachtwijzer::core::regulation::Regulation, shown_label: &Label) -> Option<String> {
    match shown_label {
        Label::Key(key) => shown(r, key),
        Label::Own(text) => Some(text.get_for(Locale::Nl, true).to_string()),
        Label::Filled {
            key,
            placeholder,
            value_key,
        } => shown(r, key).map(|t| {
            t.replace(
                &format!("{{{placeholder}}}"),
                &shown(r, value_key).unwrap_or_default(),
            )
        }),
        Label::Joined(labels) => Some(
            labels
                .iter()
                .filter_map(|l| label(r, l))
                .collect::<Vec<_>>()
                .join(" "),
        ),
    }
}

#[test]
fn a_support_person_reads_about_the_client_never_about_you() {
    let mut found = Vec::new();
    for name in SEEDS {
        let r = regulation(name);
        let a = answers(json!({ "for_whom": "someone_else" }));
        for step in Step::ALL
            .into_iter()
            .filter(|s| ABOUT_THE_CLIENT.contains(s))
        {
            let mut texts: Vec<(String, String)> = ["heading", "hint", "why"]
                .iter()
                .filter_map(|part| {
                    let key = format!("{}.{part}", step.key());
                    shown(&r, &key).map(|t| (key, t))
                })
                .collect();
            if let Ask::Choose(choices) = flow::ask(&r, &a, step) {
                for choice in &choices.options {
                    texts.extend(label(&r, &choice.label).map(|t| (format!("{step:?} choice"), t)));
                    if let Some(hint) = &choice.hint {
                        texts.extend(label(&r, hint).map(|t| (format!("{step:?} hint"), t)));
                    }
                }
            }
            for (at, text) in texts {
                let words = readability::words(&text);
                if words
                    .iter()
                    .any(|w| ["je", "jij", "jou", "jouw", "jezelf"].contains(&w.as_str()))
                {
                    found.push(format!("{name}: {at}: {text}"));
                }
            }
        }
    }
    found.sort();
    found.dedup();
    assert!(
        found.is_empty(),
        "second person about the client:\n{}",
        found.join("\n")
    );
}

/// What result and confirmation pages say about the client's situation (the rest of them
/// is about the one filing: their complaint, being contacted).
const ABOUT_THE_CLIENT_AFTER: &[&str] = &[
    "finding.time_limit.not_handled",
    "late_from.last_contact",
    "finding.exclusion.municipal_decision",
    "finding.exclusion.personal_data",
    "sent.appointment_first",
    "sent.referred_to_employee",
    "sent.not_safe",
    "sent.referred_to_coordinator",
];

#[test]
fn result_and_confirmation_pages_speak_of_the_client() {
    for name in SEEDS {
        let r = regulation(name);
        for key in ABOUT_THE_CLIENT_AFTER {
            let text = shown(&r, key).unwrap();
            assert!(
                !readability::words(&text)
                    .iter()
                    .any(|w| ["je", "jij", "jou", "jouw", "jezelf"].contains(&w.as_str())),
                "{name}: {key}: {text}"
            );
        }
    }
}

#[test]
fn a_support_person_gives_their_own_details() {
    let r = regulation("lentl");
    assert_eq!(
        shown(&r, "contact.hint").unwrap(),
        "Vul je eigen gegevens in, niet die van de cliënt. We nemen contact met je op over de klacht."
    );
}
