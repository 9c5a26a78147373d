//! The open format (an organisation's own exclusions and time-limit exceptions, talk first
//! that stops or waits, chained terms, an attachments note, a sector), the one-pass check and
//! its warnings, told through the worked example from outside care: a housing association.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use klachtwijzer::core::check;
use klachtwijzer::core::eligibility::{self, Rule};
use klachtwijzer::core::flow::{self, Step};
use klachtwijzer::core::regulation::{self, Regulation};
use klachtwijzer::core::steps::{Ask, Label};
use klachtwijzer::core::{deadlines, next, tour, warnings, wording};
use klachtwijzer::i18n::Locale;
use serde_json::{json, Value};
use support::*;

const HOUSING: &str = "woonstichting-voorbeeld";

fn r() -> Regulation {
    regulation(HOUSING)
}

/// A tenant who reported the leak to the association and got an answer they disagree with.
fn tenant(extra: Value) -> klachtwijzer::core::answers::Answers {
    let mut a = json!({
        "for_whom": "myself",
        "support": "alone",
        "event_date": "2026-03-02",
        "exclusions": [],
        "talked": "yes",
        "talk_answered": true,
        "what_happened": "De lekkage in de badkamer is na drie meldingen nog niet gemaakt.",
        "name": "Fatima el Amrani",
        "email": "fatima@example.nl"
    });
    if let (Value::Object(a), Value::Object(extra)) = (&mut a, extra) {
        a.extend(extra);
    }
    answers(a)
}

fn value(r: &Regulation) -> Value {
    serde_json::to_value(r).unwrap()
}

fn problems(value: &Value) -> Vec<String> {
    match regulation::load(&value.to_string()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(|p| p.to_string()).collect(),
    }
}

#[test]
fn a_tenant_who_reported_first_files_with_the_committee() {
    let p = submit(&r(), &tenant(json!({})));
    assert_eq!(p["eligibility"]["verdict"], "handled");
    assert_eq!(p["prior_contact"]["talked"], "yes");
    assert_eq!(p["prior_contact"]["answered"], true);
    assert_eq!(p["prior_contact"]["talked_on"], Value::Null);
    // Fourteen days after sending, the secretary says whether the committee takes it.
    assert_eq!(p["deadlines"]["first_contact_by"], "2026-05-26");
}

#[test]
fn an_own_exclusion_sends_rent_questions_to_the_huurcommissie() {
    let a = tenant(json!({ "exclusions": ["huurcommissie"] }));
    assert_stops_at(&r(), &a, Step::Eligibility);
    let findings = eligibility::assess(&r(), &a, today());
    assert_eq!(findings[0].rule, Rule::Exclusion("huurcommissie".into()));
    let go_to = findings[0].go_to.as_ref().unwrap();
    assert_eq!(go_to.name.get(Locale::Nl), "De Huurcommissie");
    // The question is the organisation's, with its own hint only.
    let Ask::Choose(choices) = flow::ask(&r(), &a, Step::Exclusions) else {
        panic!("a choice");
    };
    let own = &choices.options[0];
    assert!(
        matches!(&own.label, Label::Own(t) if t.get(Locale::Nl).contains("hoogte van de huur"))
    );
    assert!(
        matches!(&own.hint, Some(Label::Own(t)) if t.get(Locale::Nl) == "Of over de servicekosten.")
    );
    // Where the organisation may decline it instead, the payload carries the own id.
    let mut may = r();
    may.exclusions[0].effect = regulation::Effect::MayDecline;
    let p = submit(&may, &a);
    assert_eq!(p["eligibility"]["exclusions"], json!(["huurcommissie"]));
    assert_eq!(
        p["eligibility"]["findings"][0]["exclusion"],
        "huurcommissie"
    );
    assert_eq!(p["eligibility"]["verdict"], "may_decline");
}

#[test]
fn an_ongoing_problem_has_three_years_instead_of_one() {
    let two_years = tenant(json!({ "event_date": "2024-04-01" }));
    assert!(steps(&r(), &two_years).contains(&"topics"));
    assert_stops_at(
        &r(),
        &answers_with(&two_years, json!({ "topics": [] })),
        Step::Eligibility,
    );
    let ongoing = answers_with(&two_years, json!({ "topics": ["voortdurend"] }));
    let p = submit(&r(), &ongoing);
    assert_eq!(p["eligibility"]["topics"], json!(["voortdurend"]));
    let four_years = answers_with(&ongoing, json!({ "event_date": "2022-04-01" }));
    assert_stops_at(&r(), &four_years, Step::Eligibility);
    let (period, _) = eligibility::lateness(&r(), &four_years, today()).unwrap();
    assert_eq!((period.amount, period.unit.name()), (3, "years"));
}

fn answers_with(
    a: &klachtwijzer::core::answers::Answers,
    extra: Value,
) -> klachtwijzer::core::answers::Answers {
    let mut value = serde_json::to_value(a).unwrap();
    if let (Value::Object(v), Value::Object(extra)) = (&mut value, extra) {
        v.extend(extra);
    }
    answers(value)
}

#[test]
fn who_did_not_report_to_the_association_first_is_told_where_to() {
    let a = tenant(json!({ "talked": "no", "talk_answered": null }));
    assert_stops_at(&r(), &a, Step::TalkResult);
    let findings = eligibility::assess_talk(&r(), &a, today());
    assert_eq!(findings[0].rule, Rule::NotTalkedFirst);
    assert!(findings[0]
        .go_to
        .as_ref()
        .unwrap()
        .contact
        .as_ref()
        .unwrap()
        .email
        .is_some());
    // The regulation requires it: "it is about that person" is not offered here.
    let Ask::Choose(choices) = flow::ask(&r(), &a, Step::TalkedToStaff) else {
        panic!("a choice");
    };
    assert_eq!(choices.options.len(), 2);
    // Elsewhere it still is.
    let lentl = regulation("lentl");
    let Ask::Choose(choices) = flow::ask(&lentl, &a, Step::TalkedToStaff) else {
        panic!("a choice");
    };
    assert!(choices.options.len() > 2);
}

#[test]
fn without_an_answer_the_tenant_waits_six_weeks() {
    let waiting = tenant(json!({ "talk_answered": false, "talked_on": "2026-04-28" }));
    assert_stops_at(&r(), &waiting, Step::TalkResult);
    assert_eq!(
        eligibility::may_file_from(&r(), &waiting),
        Some(d("2026-06-09"))
    );
    assert_eq!(
        eligibility::assess_talk(&r(), &waiting, today())[0].rule,
        Rule::StillWaiting
    );
    let long_enough = answers_with(&waiting, json!({ "talked_on": "2026-03-31" }));
    let p = submit(&r(), &long_enough);
    assert_eq!(p["prior_contact"]["answered"], false);
    assert_eq!(p["prior_contact"]["talked_on"], "2026-03-31");
    // The day they asked is asked only without an answer, and must have been.
    let no_day = answers_with(&waiting, json!({ "talked_on": null }));
    assert_eq!(
        errors_on(&r(), &no_day, Step::TalkedOn),
        ["error.date.empty"]
    );
    let later = answers_with(&waiting, json!({ "talked_on": "2026-07-01" }));
    assert_eq!(
        errors_on(&r(), &later, Step::TalkedOn),
        ["error.date.future"]
    );
    assert!(!steps(&r(), &tenant(json!({}))).contains(&"talked-on"));
}

#[test]
fn the_attachments_note_shows_on_what_happened_and_after_sending() {
    let a = tenant(json!({}));
    let Ask::Text(text) = flow::ask(&r(), &a, Step::WhatHappened) else {
        panic!("a text");
    };
    assert!(matches!(&text.note, Some(Label::Own(t)) if t.get(Locale::Nl).contains("foto's")));
    let reg = r();
    let notes = next::notes(&reg, &a);
    assert!(notes
        .iter()
        .any(|n| n.text.get(Locale::Nl).contains("foto's")));
    // Other regulations have none.
    let lentl = regulation("lentl");
    let Ask::Text(text) = flow::ask(&lentl, &a, Step::WhatHappened) else {
        panic!("a text");
    };
    assert!(text.note.is_none());
}

#[test]
fn a_term_can_run_from_another() {
    let mut reg = r();
    let mut v = value(&reg);
    v["timeline"]["handling_starts_within"] = json!({ "amount": 5, "unit": "weeks" });
    v["timeline"]["decision_within"] =
        json!({ "amount": 4, "unit": "weeks", "after": "handling_starts" });
    reg = regulation::load(&v.to_string()).unwrap();
    let dates = deadlines::compute(
        &reg.timeline,
        regulation::Route::Usual,
        None,
        d("2026-05-12"),
    );
    assert_eq!(dates.handling_starts_by, Some(d("2026-06-16")));
    assert_eq!(dates.decision_by, Some(d("2026-07-14")));
    assert!(dates.aims.is_empty());
    // Counted from an aim, the date is an aim too.
    v["timeline"]["handling_starts_within"]["aim"] = json!(true);
    reg = regulation::load(&v.to_string()).unwrap();
    let dates = deadlines::compute(
        &reg.timeline,
        regulation::Route::Usual,
        None,
        d("2026-05-12"),
    );
    assert_eq!(
        dates.aims,
        [
            deadlines::Milestone::HandlingStarts,
            deadlines::Milestone::Decision
        ]
    );
    // From a moment without a term, or in a circle: refused, with where.
    let mut missing = v.clone();
    missing["timeline"]["decision_within"]["after"] = json!("receipt");
    assert_eq!(
        problems(&missing),
        ["timeline.decision_within.after: receipt has no term to count from"]
    );
    let mut extension = v.clone();
    extension["timeline"]["extension"] =
        json!({ "amount": 4, "unit": "weeks", "after": "receipt" });
    assert_eq!(
        problems(&extension),
        ["timeline.extension.after: only the terms for receipt, first contact, the start of handling and the decision count from another moment"]
    );
    let mut circle = v.clone();
    circle["timeline"]["handling_starts_within"]["after"] = json!("decision");
    let found = problems(&circle);
    assert!(
        found
            .iter()
            .all(|p| p.contains("count from each other in a circle"))
            && found.len() == 2,
        "{found:?}"
    );
}

#[test]
fn own_entries_need_an_id_or_a_kind_and_their_question() {
    let mut v = value(&r());
    v["exclusions"][0]
        .as_object_mut()
        .unwrap()
        .remove("question");
    v["exclusions"][1]["id"] = json!("rechter");
    v["exclusions"][2].as_object_mut().unwrap().remove("kind");
    v["time_limit"]["exceptions"][0]["id"] = json!("youth_care");
    assert_eq!(
        problems(&v),
        [
            "time_limit.exceptions[0]: \"youth_care\" is a standard one: write \"topic\": \"youth_care\" instead of id",
            "exclusions[0].question: your own id needs a question: the words people choose",
            "exclusions[1]: give either kind (a standard one) or id (your own), not both",
            "exclusions[2]: give kind (a standard one) or id (your own, with a question)",
        ]
    );
    // Two own entries with the same id.
    let mut twice = value(&r());
    twice["exclusions"][1] = twice["exclusions"][0].clone();
    assert_eq!(
        problems(&twice),
        ["exclusions: the situation \"huurcommissie\" is listed twice"]
    );
}

#[test]
fn the_check_reports_every_problem_in_one_pass() {
    let mut v = seed_value_of("permens");
    // A shape problem …
    v["exclusions"] = json!([{ "kind": "anonymous", "effect": "weigeren" }]);
    // … and rules across fields elsewhere: both are reported at once.
    v["filers"]["allowed"] = json!(["client", "employee"]);
    v["contact_fields"]["email"] = json!("hidden");
    let report = check::check(&v.to_string(), today());
    let found: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        found,
        [
            "exclusions[0].effect: expected one of \"not_handled\", \"may_decline\", \"own_route\", found \"weigeren\"",
            "filers.allowed: an employee can never file a complaint for a client; put employee under filers.never",
            "filers.representatives: list the kinds of legal representative exactly when legal_representative is allowed",
            "contact_fields.at_least_one_of[1]: this channel is hidden, so people cannot give it",
        ]
    );
    assert!(report.regulation.is_none());
    // A rule that reads a broken part is not guessed at.
    let mut broken = seed_value_of("permens");
    broken["organisation"]["contact"]["email"] = json!("geen adres");
    let found: Vec<String> = check::check(&broken.to_string(), today())
        .problems
        .iter()
        .map(|p| p.to_string())
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("organisation.contact.email"));
}

fn seed_value_of(name: &str) -> Value {
    serde_json::from_str(&regulation_json(name)).unwrap()
}

#[test]
fn the_check_warns_about_a_reworded_question_that_keeps_our_hint() {
    let mut reg = regulation("lentl");
    reg.texts.entry("nl".into()).or_default().insert(
        "choice.exclusions.anonymous".into(),
        "Ik blijf liever onbekend".into(),
    );
    let found: Vec<String> = warnings::hints_kept(&reg)
        .iter()
        .map(|w| w.to_string())
        .collect();
    assert_eq!(
        found,
        ["texts.nl.choice.exclusions.anonymous: you reworded this, but its hint is still ours: \"Je klacht is dan anoniem.\"; reword texts.nl.choice.exclusions.anonymous.hint too if it no longer fits"]
    );
    reg.texts.get_mut("nl").unwrap().insert(
        "choice.exclusions.anonymous.hint".into(),
        "Je naam blijft geheim.".into(),
    );
    assert!(warnings::hints_kept(&reg).is_empty());
}

#[test]
fn outside_care_our_care_words_are_pointed_out_and_clients_are_tenants() {
    // The example rewords every care text it shows: no warning left.
    assert!(warnings::care_words(&r(), today()).is_empty());
    let mut bare = r();
    bare.texts.clear();
    let found: Vec<String> = warnings::care_words(&bare, today())
        .iter()
        .map(|w| w.path.clone())
        .collect();
    for key in [
        "start.example_2",
        "location.hint",
        "choice.for_whom.myself.hint",
    ] {
        assert!(
            found.contains(&format!("texts.nl.{key}")),
            "{key}: {found:?}"
        );
    }
    // Care organisations are not bothered.
    assert!(warnings::care_words(&regulation("lentl"), today()).is_empty());
    // Our texts speak of tenants here, of clients in care.
    let helper = wording::text(&r(), Locale::Nl, "talk_answered.heading@helper");
    assert_eq!(helper, "Heeft de huurder al een antwoord gekregen?");
    assert_eq!(
        wording::text(&r(), Locale::En, "about_client.heading"),
        klachtwijzer::i18n::t(Locale::En, "about_client.heading").replace("client", "tenant")
    );
    assert!(wording::text(
        &regulation("lentl"),
        Locale::Nl,
        "talk_answered.heading@helper"
    )
    .contains("cliënt"));
}

#[test]
fn every_screen_of_the_example_is_found() {
    let found: Vec<Step> = tour::screens(&r(), today())
        .into_iter()
        .map(|(s, _)| s)
        .collect();
    for step in [
        Step::Topics,
        Step::Exclusions,
        Step::Eligibility,
        Step::TalkAnswered,
        Step::TalkedOn,
        Step::TalkResult,
        Step::Sent,
    ] {
        assert!(found.contains(&step), "{step:?}: {found:?}");
    }
    assert!(
        !found.contains(&Step::Funding),
        "nothing depends on funding here"
    );
}
