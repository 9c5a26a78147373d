//! Properties over random answers for every seed regulation: no panic, the journey always
//! ends, stale answers never reach the document, and every document matches its schema.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use chrono::Duration;
use klachtwijzer::core::flow::{self, Step};
use klachtwijzer::core::payload;
use klachtwijzer::core::regulation::{
    Effect, MeasuredFrom, Period, PeriodUnit, TimeLimit, TimeLimitException, Topic,
};
use proptest::prelude::*;
use serde_json::{json, Value};
use support::*;

fn maybe<T: Clone + std::fmt::Debug + 'static>(
    options: Vec<T>,
) -> impl Strategy<Value = Option<T>> {
    prop::option::of(prop::sample::select(options))
}

fn subset(options: &'static [&'static str]) -> impl Strategy<Value = Option<Vec<&'static str>>> {
    prop::option::of(prop::sample::subsequence(
        options.to_vec(),
        0..=options.len(),
    ))
}

fn date() -> impl Strategy<Value = Option<String>> {
    prop::option::of((-4000i64..30).prop_map(|days| (today() + Duration::days(-days)).to_string()))
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("  ".to_string()),
        "[a-zA-Z ]{1,30}",
        Just("naam@example.nl".to_string()),
        Just("06 12345678".to_string()),
    ]
}

prop_compose! {
    fn any_answers()(
        head in (
            maybe(vec!["alone", "helps_typing", "files_for_client"]),
            date(), any::<bool>(), date(), any::<bool>(),
            subset(&["youth_care", "sexual_harassment"]),
            subset(&["anonymous", "already_handled", "before_court", "municipal_decision",
                     "other_procedure", "prosecution_or_compensation", "personal_data"]),
            maybe(vec!["yes", "no", "direct_route"]),
        ),
        filer in (
            text(),
            maybe(vec!["myself", "someone_else", "group", "not_a_client"]),
            prop::option::of(any::<bool>()),
            maybe(vec!["client", "legal_representative", "authorised_person", "next_of_kin",
                       "affected_party", "group", "employee"]),
            maybe(vec!["parent_with_authority", "guardian", "mentor", "curator", "bewindvoerder"]),
            prop::option::of(any::<bool>()),
            text(), text(),
        ),
        help in (
            maybe(vec![json!("unknown"), json!({"known": "wmo"}), json!({"known": "wlz"}),
                       json!({"known": "jeugdwet"})]),
            subset(&["mediator", "trusted_person", "vertrouwenspersoon", "clientondersteuner",
                     "client_confidant", "social_counsellor", "colleague", "legal"]),
            text(),
        ),
        complaint in (text(), text(), text(), text(),
            subset(&["calamity", "sexual_misconduct", "abuse", "crime", "long_serious_situation"])),
        contact in (text(), text(), text(), text(), maybe(vec!["email", "phone", "post"])),
    ) -> Value {
        json!({
            "support": head.0, "event_date": head.1, "event_date_unknown": head.2,
            "last_contact_date": head.3, "last_contact_unknown": head.4, "topics": head.5,
            "exclusions": head.6, "talked": head.7,
            "direct_route_reason": filer.0, "for_whom": filer.1, "client_deceased": filer.2,
            "role": filer.3, "representative": filer.4, "written_authorisation": filer.5,
            "client_name": filer.6, "group_name": filer.7,
            "funding": help.0, "help": help.1, "trusted_person_name": help.2,
            "what_happened": complaint.0, "location": complaint.1, "employee_name": complaint.2,
            "desired_outcome": complaint.3, "serious": complaint.4,
            "name": contact.0, "email": contact.1, "phone": contact.2, "postal_address": contact.3,
            "preferred_contact": contact.4,
        })
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_answers_give_a_finite_consistent_journey(seed in 0usize..5, raw in any_answers()) {
        let r = regulation(SEEDS[seed]);
        let a = answers(raw);
        let steps = flow::steps(&r, &a, today());

        // It starts at the start and ends at the confirmation or at a stop page.
        prop_assert_eq!(steps[0], Step::Start);
        let last = *steps.last().unwrap();
        prop_assert!(last == Step::Sent || flow::is_stop(&r, &a, today(), last), "ends at {:?}", last);
        // No step twice, in canonical order, so walking forward always ends.
        prop_assert!(steps.windows(2).all(|w| w[0] < w[1]));
        for (i, step) in steps.iter().enumerate() {
            prop_assert_eq!(flow::next(&r, &a, today(), *step), steps.get(i + 1).copied());
            if i > 0 {
                prop_assert_eq!(flow::previous(&r, &a, today(), *step), Some(steps[i - 1]));
            }
            let _ = flow::validate(&r, &a, today(), *step);
        }

        // Progress never goes back and its total never changes along the way.
        let shown: Vec<flow::Progress> = steps.iter().filter_map(|s| flow::progress(&r, *s)).collect();
        prop_assert!(shown.windows(2).all(|w| w[0].number <= w[1].number && w[0].total == w[1].total));
        // A regulation's parts all appear up to where the journey ends: none is skipped.
        prop_assert!(shown.windows(2).all(|w| w[1].number <= w[0].number + 1), "{:?}", shown);

        // Removing stale answers changes nothing about the journey, and is done once for all.
        let pruned = flow::prune(&r, &a, today());
        prop_assert_eq!(flow::steps(&r, &pruned, today()), steps.clone());
        prop_assert_eq!(flow::prune(&r, &pruned, today()), pruned.clone());

        // Whatever was answered, the document matches the schema and holds no stale answers.
        let document = payload::build(&r, &a, meta());
        let json = serde_json::to_value(&document).unwrap();
        assert_valid_payload(&json);
        prop_assert_eq!(document, payload::build(&r, &pruned, meta()));
    }
}

fn period() -> impl Strategy<Value = Period> {
    (0u32..=1000, prop::sample::select(PeriodUnit::ALL.to_vec()))
        .prop_map(|(amount, unit)| Period { amount, unit })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any time limit (working days too, up to a thousand of any unit), with any exceptions,
    /// for any answers: the journey is finite and the document is valid.
    #[test]
    fn any_time_limit_gives_a_journey(
        seed in 0usize..5,
        raw in any_answers(),
        limit in period(),
        youth in prop::option::of(prop::option::of(period())),
        from_last_contact in any::<bool>(),
    ) {
        let mut r = regulation(SEEDS[seed]);
        r.time_limit = Some(TimeLimit {
            period: limit,
            measured_from: if from_last_contact {
                vec![MeasuredFrom::Event, MeasuredFrom::LastContact]
            } else {
                vec![MeasuredFrom::Event]
            },
            effect: Effect::NotHandled,
            exceptions: youth
                .map(|period| vec![TimeLimitException {
                    topic: Some(Topic::YouthCare),
                    id: None,
                    question: None,
                    hint: None,
                    period,
                    source: None,
                    assumed: None,
                }])
                .unwrap_or_default(),
            go_to: None,
            source: None,
            assumed: None,
        });
        let a = answers(raw);
        let steps = flow::steps(&r, &a, today());
        let last = *steps.last().unwrap();
        prop_assert!(last == Step::Sent || flow::is_stop(&r, &a, today(), last));
        let json = serde_json::to_value(payload::build(&r, &a, meta())).unwrap();
        assert_valid_payload(&json);
    }
}
