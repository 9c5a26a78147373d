//! Realistic complainants, at least eight per seed regulation: their journey, the answer to
//! "can it be handled here", the dates and the document the organisation receives.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use klachtwijzer::core::flow::Step;
use serde_json::{json, Value};
use support::*;

/// The answers of a client filing alone, who talked to staff, with the basics filled in.
/// Stories change what makes them different.
fn base(extra: Value) -> Value {
    let mut a = json!({
        "support": "alone",
        "event_date": "2026-03-02",
        "exclusions": [],
        "talked": "yes",
        "for_whom": "myself",
        "help": [],
        "what_happened": "Mijn begeleider kwam drie keer niet op de afspraak.",
        "location": "Woonlocatie De Linde",
        "employee_name": "Sanne",
        "desired_outcome": "Ik wil dat hij op tijd komt of belt.",
        "serious": [],
        "name": "Fatima el Amrani",
        "email": "fatima@example.nl",
        "phone": "06 12345678",
        "postal_address": "Kerkstraat 1\n2611 AA Delft",
        "preferred_contact": "phone"
    });
    if let (Value::Object(a), Value::Object(extra)) = (&mut a, extra) {
        a.extend(extra);
    }
    a
}

mod perspektief {
    use super::*;

    fn r() -> klachtwijzer::core::regulation::Regulation {
        regulation("perspektief")
    }

    #[test]
    fn a_client_who_talked_to_the_team_leader_files_a_complaint() {
        let a = answers(base(
            json!({ "funding": { "known": "wlz" }, "help": ["mediator"] }),
        ));
        assert_eq!(
            steps(&r(), &a),
            [
                "start",
                "for-whom",
                "support",
                "event-date",
                "talked-to-staff",
                "funding",
                "help",
                "what-happened",
                "location",
                "desired-outcome",
                "serious",
                "contact",
                "contact-preference",
                "check",
                "sent"
            ]
        );
        let p = submit(&r(), &a);
        assert_eq!(p["organisation"]["id"], "perspektief");
        assert_eq!(p["regulation_version"], "2021-07");
        assert_eq!(p["eligibility"]["verdict"], "handled");
        assert_eq!(p["filer"]["role"], "client");
        assert_eq!(p["prior_contact"]["talked"], "yes");
        assert_eq!(p["prior_contact"]["if_not"], Value::Null);
        assert_eq!(p["help"]["requested"], json!(["mediator"]));
        assert_eq!(p["complaint"]["location"], "Woonlocatie De Linde");
        // The employee's name is not asked by Perspektief, so it is not sent.
        assert_eq!(p["complaint"]["employee_name"], Value::Null);
        assert_eq!(p["deadlines"]["handling_starts_by"], "2026-06-23");
        assert_eq!(p["created_at"], "2026-05-12T10:00:00+02:00");
    }

    #[test]
    fn more_than_five_years_ago_cannot_be_handled_and_says_where_to_go() {
        let a = answers(base(json!({ "event_date": "2021-05-11" })));
        assert_stops_at(&r(), &a, Step::Eligibility);
        let findings = klachtwijzer::core::eligibility::assess(&r(), &a, today());
        assert_eq!(findings.len(), 1);
        let go_to = findings[0].go_to.as_ref().expect("a place to go instead");
        assert!(go_to.contact.as_ref().unwrap().phone.is_some());
        // Exactly five years ago is still in time.
        let a = answers(base(
            json!({ "event_date": "2021-05-12", "funding": "unknown" }),
        ));
        submit(&r(), &a);
    }

    #[test]
    fn not_talked_yet_means_an_appointment_is_made_first() {
        let a = answers(base(json!({ "talked": "no", "funding": "unknown" })));
        let p = submit(&r(), &a);
        assert_eq!(p["prior_contact"]["talked"], "no");
        assert_eq!(p["prior_contact"]["if_not"], "appointment_first");
    }

    #[test]
    fn a_mentor_files_for_a_client_about_care() {
        let a = answers(base(json!({
            "for_whom": "someone_else", "client_deceased": false,
            "role": "legal_representative", "representative": "mentor",
            "client_name": "Kees de Vries", "funding": { "known": "wmo" },
            "help": ["vertrouwenspersoon"]
        })));
        let s = steps(&r(), &a);
        assert!(
            !s.contains(&"support"),
            "who files for someone else is not asked whether someone helps"
        );
        assert_eq!(s[1], "for-whom", "who files comes first");
        for step in ["client-deceased", "role", "representative", "about-client"] {
            assert!(s.contains(&step), "{step} in {s:?}");
        }
        let p = submit(&r(), &a);
        assert_eq!(p["filer"]["role"], "legal_representative");
        assert_eq!(p["filer"]["for_whom"], "someone_else");
        assert_eq!(p["filer"]["support"], "files_for_client");
        assert_eq!(p["filer"]["filled_in_with_support"], true);
        // The regulation names "jouw wettelijke vertegenwoordiger" without limits.
        assert_eq!(
            p["filer"]["representative"],
            json!({ "kind": "mentor", "scope": "all" })
        );
        assert!(!s.contains(&"representative-scope"));
        assert_eq!(p["filer"]["client_name"], "Kees de Vries");
    }

    #[test]
    fn next_of_kin_only_when_the_client_has_died() {
        let a = answers(base(json!({
            "for_whom": "someone_else", "client_deceased": true, "role": "next_of_kin",
            "client_name": "Mevrouw Jansen", "funding": "unknown"
        })));
        let s = steps(&r(), &a);
        assert!(s.contains(&"role"), "asked: next of kin, or staff");
        let p = submit(&r(), &a);
        assert_eq!(p["filer"]["role"], "next_of_kin");
        assert_eq!(p["filer"]["client_deceased"], true);
        // An answer from before the death, for a living client, is stale.
        let before = answers(base(json!({
            "for_whom": "someone_else", "client_deceased": true, "role": "authorised_person",
            "client_name": "Mevrouw Jansen"
        })));
        assert_eq!(
            klachtwijzer::core::flow::prune(&r(), &before, today()).role,
            None
        );
    }

    #[test]
    fn an_employee_is_not_made_next_of_kin_when_the_client_has_died() {
        let a = answers(base(json!({
            "for_whom": "someone_else", "client_deceased": true, "role": "employee"
        })));
        assert_stops_at(&r(), &a, Step::FilerResult);
        let finding = &klachtwijzer::core::eligibility::assess_filer(&r(), &a)[0];
        assert_eq!(
            finding.rule,
            klachtwijzer::core::eligibility::Rule::Filer(
                klachtwijzer::core::regulation::FilerRole::Employee
            )
        );
        // The refusal names who may file instead.
        assert_eq!(
            klachtwijzer::core::steps::role::who_may_file(&r()),
            [
                klachtwijzer::core::regulation::FilerRole::Client,
                klachtwijzer::core::regulation::FilerRole::LegalRepresentative,
                klachtwijzer::core::regulation::FilerRole::AuthorisedPerson,
                klachtwijzer::core::regulation::FilerRole::NextOfKin,
            ]
        );
    }

    #[test]
    fn a_support_person_is_asked_about_the_clients_begeleider() {
        let question = klachtwijzer::core::wording::text_for(
            &r(),
            klachtwijzer::i18n::Locale::Nl,
            "talked_to_staff.heading@helper",
            true,
        );
        assert_eq!(
            question,
            "Heeft de cliënt al met de begeleider van de cliënt of de teamleider over de klacht gepraat?"
        );
    }

    #[test]
    fn the_court_only_for_claims_above_25000_with_the_writing_help() {
        let court = |funding: Value| {
            let a = answers(base(json!({ "funding": funding })));
            klachtwijzer::core::next::escalation(&r(), &a)
                .iter()
                .find(|e| e.name.get(klachtwijzer::i18n::Locale::Nl) == "De rechter")
                .and_then(|e| e.description.clone())
                .map(|d| d.get(klachtwijzer::i18n::Locale::Nl).to_string())
        };
        assert_eq!(court(json!({ "known": "wmo" })), None);
        let told = court(json!({ "known": "wlz" })).unwrap();
        for part in [
            "meer dan 25.000 euro",
            "52,50 euro",
            "betalen wij dat bedrag terug",
        ] {
            assert!(told.contains(part), "{part} in {told}");
        }
    }

    #[test]
    fn larger_claims_may_be_put_to_the_geschillencommissie() {
        let a = answers(base(json!({ "funding": { "known": "forensic" } })));
        let reg = r();
        let routes = klachtwijzer::core::next::escalation(&reg, &a);
        let text = routes[1]
            .description
            .as_ref()
            .unwrap()
            .get(klachtwijzer::i18n::Locale::Nl);
        assert!(
            text.contains("Je mag ook om meer dan 25.000 euro vragen"),
            "{text}"
        );
    }

    #[test]
    fn the_mediator_contacts_you_as_soon_as_possible() {
        let mediator = &r().help[0];
        let text = mediator
            .description
            .as_ref()
            .unwrap()
            .get(klachtwijzer::i18n::Locale::Nl);
        assert!(text.contains("zo snel mogelijk contact"), "{text}");
    }

    #[test]
    fn a_complaint_about_the_begeleider_goes_on_without_an_appointment() {
        let a = answers(base(json!({ "talked": "not_safe", "funding": "unknown" })));
        let p = submit(&r(), &a);
        assert_eq!(p["prior_contact"]["talked"], "not_safe");
        assert_eq!(p["prior_contact"]["if_not"], Value::Null);
        assert_eq!(
            klachtwijzer::core::next::first(&r(), &a),
            Some(("sent.not_safe", None))
        );
        // Both people the regulation names are in the question.
        let question = klachtwijzer::core::wording::text(
            &r(),
            klachtwijzer::i18n::Locale::Nl,
            "talked_to_staff.heading",
        );
        assert!(
            question.contains("je begeleider of de teamleider"),
            "{question}"
        );
    }

    #[test]
    fn an_employee_can_never_file_for_a_client() {
        let a = answers(base(json!({
            "for_whom": "someone_else", "client_deceased": false, "role": "employee"
        })));
        assert_stops_at(&r(), &a, Step::FilerResult);
        assert!(klachtwijzer::core::steps::role::options(&r())
            .contains(&klachtwijzer::core::regulation::FilerRole::Employee));
        // They hear it before any question about the complaint.
        assert_eq!(
            steps(&r(), &a),
            [
                "start",
                "for-whom",
                "client-deceased",
                "role",
                "filer-result"
            ]
        );
    }

    #[test]
    fn a_serious_matter_is_flagged() {
        let a = answers(base(
            json!({ "serious": ["abuse", "crime"], "funding": "unknown" }),
        ));
        let p = submit(&r(), &a);
        assert_eq!(p["serious_matters"], json!(["abuse", "crime"]));
    }

    #[test]
    fn the_organisations_help_description_adds_to_our_plain_words() {
        use klachtwijzer::core::flow;
        use klachtwijzer::core::steps::{Ask, Label};
        let a = answers(base(json!({ "funding": { "known": "wlz" } })));
        let Ask::Choose(choices) = flow::ask(&r(), &a, Step::Help) else {
            panic!("help is a choice")
        };
        let hint = |key: &str| {
            choices
                .options
                .iter()
                .find(|c| {
                    c.hint
                        .as_ref()
                        .is_some_and(|h| format!("{h:?}").contains(key))
                })
                .and_then(|c| c.hint.clone())
                .unwrap()
        };
        let Label::Joined(mediator) = hint("choice.help.mediator.hint") else {
            panic!("joined")
        };
        assert_eq!(mediator[0], Label::Key("choice.help.mediator.hint".into()));
        assert!(
            matches!(&mediator[1], Label::Own(t) if t.get(klachtwijzer::i18n::Locale::Nl).starts_with("Hij of zij heeft geen mening"))
        );
        // Legal help costs money: said even without a description of its own.
        assert_eq!(
            hint("choice.help.legal.hint"),
            Label::Joined(vec![
                Label::Key("choice.help.legal.hint".into()),
                Label::Key("help.own_cost".into())
            ])
        );
    }

    #[test]
    fn help_depends_on_how_care_is_paid() {
        use klachtwijzer::core::regulation::HelpKind;
        let wmo = answers(base(json!({ "funding": { "known": "wmo" } })));
        let kinds: Vec<HelpKind> = klachtwijzer::core::steps::help::options(&r(), &wmo)
            .iter()
            .map(|h| h.kind)
            .collect();
        assert!(kinds.contains(&HelpKind::Vertrouwenspersoon));
        assert!(!kinds.contains(&HelpKind::SocialCounsellor));
        let wrong = answers(base(
            json!({ "funding": { "known": "wmo" }, "help": ["social_counsellor"] }),
        ));
        assert_eq!(
            errors_on(&r(), &wrong, Step::Help),
            ["error.choose_or_none"]
        );
    }

    #[test]
    fn changing_from_someone_else_to_myself_leaves_no_stale_answers() {
        let a = answers(base(json!({
            "for_whom": "myself", "client_deceased": false, "role": "legal_representative",
            "representative": "curator", "client_name": "Oud antwoord", "funding": "unknown"
        })));
        let p = submit(&r(), &a);
        assert_eq!(p["filer"]["role"], "client");
        assert_eq!(p["filer"]["representative"], Value::Null);
        assert_eq!(p["filer"]["client_name"], Value::Null);
        assert_eq!(p["filer"]["client_deceased"], Value::Null);
    }

    #[test]
    fn a_name_and_one_way_to_reach_you_are_enough() {
        // "je naam, je adres en/of telefoonnummer": the phone alone will do.
        let a = answers(base(json!({ "email": "", "postal_address": "" })));
        assert!(errors_on(&r(), &a, Step::Contact).is_empty());
        let a = answers(base(
            json!({ "phone": "", "email": "", "postal_address": "" }),
        ));
        assert_eq!(
            errors_on(&r(), &a, Step::Contact),
            ["error.contact.unreachable"]
        );
    }
}

mod perspectiefplus {
    use super::*;

    fn r() -> klachtwijzer::core::regulation::Regulation {
        regulation("perspectiefplus")
    }

    #[test]
    fn a_client_names_the_employee_and_gets_real_dates() {
        let a = answers(base(json!({})));
        assert_eq!(
            steps(&r(), &a),
            [
                "start",
                "for-whom",
                "support",
                "event-date",
                "exclusions",
                "what-happened",
                "employee",
                "desired-outcome",
                "contact",
                "contact-preference",
                "check",
                "sent"
            ]
        );
        let p = submit(&r(), &a);
        assert_eq!(
            p["prior_contact"],
            Value::Null,
            "PerspectiefPlus does not ask this"
        );
        assert_eq!(p["complaint"]["employee_name"], "Sanne");
        // Tuesday 12 May 2026; Hemelvaart (14 May) and Pinkstermaandag (25 May) are skipped.
        assert_eq!(p["deadlines"]["receipt_by"], "2026-05-20");
        assert_eq!(p["deadlines"]["first_contact_by"], "2026-05-22");
        assert_eq!(p["deadlines"]["decision_by"], "2026-06-25");
        assert_eq!(p["deadlines"]["decision_by_extended"], Value::Null);
        // "streeft er naar … binnen 30 werkdagen": an aim, never told as "uiterlijk".
        assert_eq!(p["deadlines"]["aims"], json!(["decision"]));
        let document: klachtwijzer::core::payload::Payload = serde_json::from_value(p).unwrap();
        let lines = klachtwijzer::core::next::dated(&document.deadlines);
        assert!(lines.contains(&("sent.decision_aim", d("2026-06-25"))));
        assert!(lines.contains(&("sent.receipt_by", d("2026-05-20"))));
    }

    #[test]
    fn more_than_a_year_ago_may_be_declined_but_the_person_may_continue() {
        let a = answers(base(json!({ "event_date": "2025-03-01" })));
        let s = steps(&r(), &a);
        assert!(s.contains(&"eligibility"));
        assert!(!klachtwijzer::core::flow::is_stop(
            &r(),
            &a,
            today(),
            Step::Eligibility
        ));
        let p = submit(&r(), &a);
        assert_eq!(p["eligibility"]["verdict"], "may_decline");
        assert_eq!(p["eligibility"]["findings"][0]["rule"], "time_limit");
    }

    #[test]
    fn an_anonymous_complaint_may_be_declined_and_needs_no_name_or_contact() {
        let a = answers(base(json!({
            "exclusions": ["anonymous"],
            "name": "", "email": "", "phone": "", "postal_address": ""
        })));
        assert!(errors_on(&r(), &a, Step::Contact).is_empty());
        let p = submit(&r(), &a);
        assert_eq!(p["eligibility"]["verdict"], "may_decline");
        assert_eq!(p["eligibility"]["findings"][0]["exclusion"], "anonymous");
        assert_eq!(p["contact"]["name"], Value::Null);
        // A name typed before choosing to stay anonymous is not sent.
        let typed = answers(base(
            json!({ "exclusions": ["anonymous"], "name": "Fatima" }),
        ));
        assert_eq!(submit(&r(), &typed)["contact"]["name"], Value::Null);
    }

    #[test]
    fn the_same_complaint_again_may_be_declined() {
        let a = answers(base(json!({ "exclusions": ["already_handled"] })));
        assert_eq!(submit(&r(), &a)["eligibility"]["verdict"], "may_decline");
    }

    #[test]
    fn a_privacy_complaint_takes_its_own_route_with_a_month_term() {
        let a = answers(base(json!({ "exclusions": ["personal_data"] })));
        let p = submit(&r(), &a);
        assert_eq!(p["eligibility"]["verdict"], "own_route");
        assert_eq!(p["deadlines"]["decision_by"], "2026-06-12");
        let reg = r();
        let route = klachtwijzer::core::eligibility::own_route(&reg, &a).unwrap();
        assert_eq!(route.route.as_ref().unwrap().escalation.len(), 2);
    }

    #[test]
    fn someone_the_client_asked_may_file_without_written_authorisation() {
        let a = answers(base(json!({
            "for_whom": "someone_else", "client_deceased": false, "role": "authorised_person",
            "client_name": "Piet"
        })));
        let s = steps(&r(), &a);
        assert!(s.contains(&"role") && !s.contains(&"authorisation"));
        assert_eq!(submit(&r(), &a)["filer"]["role"], "authorised_person");
    }

    #[test]
    fn who_does_not_know_the_employees_name_can_go_on() {
        // The regulation lets a complaint be completed later.
        let a = answers(base(json!({ "employee_name": "  " })));
        assert!(errors_on(&r(), &a, Step::Employee).is_empty());
        assert_eq!(submit(&r(), &a)["complaint"]["employee_name"], Value::Null);
    }

    #[test]
    fn a_name_and_one_way_to_reach_you_are_asked() {
        let a = answers(base(
            json!({ "name": "", "postal_address": "", "phone": "" }),
        ));
        assert_eq!(errors_on(&r(), &a, Step::Contact), ["error.name.empty"]);
        let a = answers(base(
            json!({ "postal_address": "", "phone": "", "email": "" }),
        ));
        assert_eq!(
            errors_on(&r(), &a, Step::Contact),
            ["error.contact.unreachable"]
        );
    }

    #[test]
    fn both_phone_numbers_of_the_directie_are_given() {
        let contact = r().organisation.contact;
        assert_eq!(contact.phone.as_deref(), Some("06 36 28 43 38"));
        assert_eq!(contact.other_phone.as_deref(), Some("06 36 05 46 34"));
    }

    #[test]
    fn anyone_who_is_unhappy_may_file() {
        for extra in [
            json!({ "for_whom": "someone_else", "client_deceased": false, "role": "legal_representative", "representative": "guardian", "client_name": "Piet" }),
            json!({ "for_whom": "someone_else", "client_deceased": true, "client_name": "Piet" }),
            json!({ "for_whom": "not_a_client" }),
            json!({ "for_whom": "group", "group_name": "Bewoners" }),
        ] {
            let a = answers(base(extra.clone()));
            assert_eq!(
                submit(&r(), &a)["eligibility"]["verdict"],
                "handled",
                "{extra}"
            );
        }
    }
}

mod permens {
    use super::*;

    fn r() -> klachtwijzer::core::regulation::Regulation {
        regulation("permens")
    }

    #[test]
    fn talked_but_not_solved_goes_to_the_committee_and_is_asked_why() {
        let a = answers(base(json!({
            "direct_route_reason": "De coördinator vond het niet belangrijk."
        })));
        assert_eq!(
            steps(&r(), &a),
            [
                "start",
                "for-whom",
                "support",
                "talked-to-staff",
                "direct-route-reason",
                "help",
                "what-happened",
                "complaint-date",
                "location",
                "employee",
                "desired-outcome",
                "contact",
                "contact-preference",
                "check",
                "sent"
            ]
        );
        let p = submit(&r(), &a);
        assert_eq!(p["prior_contact"]["direct_route_to"], "klachtencommissie");
        assert_eq!(
            p["prior_contact"]["direct_route_reason"],
            "De coördinator vond het niet belangrijk."
        );
        // Not the coordinator's two working days: a receipt and the next committee meeting.
        assert_eq!(p["deadlines"]["first_contact_by"], Value::Null);
        assert_eq!(p["deadlines"]["decision_by"], "2026-06-23");
        let reg = r();
        let notes: Vec<String> = klachtwijzer::core::next::notes(&reg, &a)
            .iter()
            .map(|n| n.text.get(klachtwijzer::i18n::Locale::Nl).to_string())
            .collect();
        assert!(notes
            .iter()
            .any(|n| n.contains("laat je weten dat hij je klacht heeft")));
        assert!(notes.iter().any(|n| n.contains("volgende vergadering")));
        // The committee it already went to is not offered again.
        let escalation = klachtwijzer::core::next::escalation(&reg, &a);
        assert_eq!(
            escalation[0].name.get(klachtwijzer::i18n::Locale::Nl),
            "Klachtencommissie POA"
        );
    }

    #[test]
    fn not_talked_yet_the_coordinator_contacts_you_and_the_committee_comes_after() {
        let a = answers(base(json!({ "talked": "no" })));
        assert_eq!(
            steps(&r(), &a),
            [
                "start",
                "for-whom",
                "support",
                "talked-to-staff",
                "help",
                "what-happened",
                "complaint-date",
                "location",
                "employee",
                "desired-outcome",
                "contact",
                "contact-preference",
                "check",
                "sent"
            ]
        );
        let p = submit(&r(), &a);
        assert_eq!(p["deadlines"]["first_contact_by"], "2026-05-15");
        assert_eq!(p["deadlines"]["decision_by"], "2026-06-23");
        assert_eq!(p["deadlines"]["decision_by_extended"], "2026-07-21");
        assert_eq!(p["complaint"]["event_date"], "2026-03-02");
    }

    #[test]
    fn straight_to_the_committee_with_a_reason() {
        let a = answers(base(json!({
            "talked": "direct_route",
            "direct_route_reason": "De coördinator is zelf de persoon over wie ik klaag."
        })));
        assert!(steps(&r(), &a).contains(&"direct-route-reason"));
        let p = submit(&r(), &a);
        assert_eq!(p["prior_contact"]["direct_route_to"], "klachtencommissie");
        assert_eq!(
            p["prior_contact"]["direct_route_reason"],
            "De coördinator is zelf de persoon over wie ik klaag."
        );
    }

    #[test]
    fn the_reason_is_asked_but_not_required() {
        // "belangrijk dat je beschrijft waarom": important, not a condition.
        let a = answers(base(json!({ "talked": "direct_route" })));
        assert!(errors_on(&r(), &a, Step::DirectRouteReason).is_empty());
        assert_eq!(
            submit(&r(), &a)["prior_contact"]["direct_route_reason"],
            Value::Null
        );
    }

    #[test]
    fn a_reason_given_before_switching_back_is_not_sent() {
        let a = answers(base(
            json!({ "talked": "no", "direct_route_reason": "oud" }),
        ));
        assert_eq!(
            submit(&r(), &a)["prior_contact"]["direct_route_reason"],
            Value::Null
        );
    }

    #[test]
    fn help_from_the_client_confidant() {
        let a = answers(base(json!({ "help": ["client_confidant"] })));
        assert_eq!(
            submit(&r(), &a)["help"]["requested"],
            json!(["client_confidant"])
        );
    }

    #[test]
    fn the_date_is_optional() {
        let a = answers(base(json!({ "event_date": null })));
        assert_eq!(submit(&r(), &a)["complaint"]["event_date"], Value::Null);
    }

    #[test]
    fn there_is_no_time_limit() {
        let a = answers(base(json!({ "event_date": "2010-06-01" })));
        assert_eq!(submit(&r(), &a)["eligibility"]["verdict"], "handled");
    }

    #[test]
    fn a_parent_with_authority_may_file_for_their_child() {
        // The regulation does not say who may file: nobody is turned away.
        let a = answers(base(json!({
            "for_whom": "someone_else", "client_deceased": false,
            "role": "legal_representative", "representative": "parent_with_authority",
            "client_name": "Noor"
        })));
        assert!(klachtwijzer::core::eligibility::assess_filer(&r(), &a).is_empty());
        let p = submit(&r(), &a);
        assert_eq!(p["filer"]["role"], "legal_representative");
        assert_eq!(p["eligibility"]["verdict"], "handled");
        let a = answers(base(json!({ "support": "helps_typing" })));
        let p = submit(&r(), &a);
        assert_eq!(p["filer"]["role"], "client");
        assert_eq!(p["filer"]["filled_in_with_support"], true);
    }

    #[test]
    fn one_way_to_reach_is_enough_and_no_preference_is_asked() {
        let a = answers(base(
            json!({ "email": "", "postal_address": "", "preferred_contact": null }),
        ));
        assert!(!steps(&r(), &a).contains(&"contact-preference"));
        let p = submit(&r(), &a);
        assert_eq!(p["contact"]["preferred"], "phone");
        assert_eq!(p["contact"]["email"], Value::Null);
    }
}

mod herstelbemiddeling {
    use super::*;

    fn r() -> klachtwijzer::core::regulation::Regulation {
        regulation("perspectief-herstelbemiddeling")
    }

    #[test]
    fn where_only_the_client_may_file_a_helper_is_told_how_to_help() {
        // A regulation that does name the client alone (none of the five seeds does now).
        let mut only_client = r();
        only_client.filers.allowed = vec![klachtwijzer::core::regulation::FilerRole::Client];
        only_client.filers.representatives.clear();
        let a = answers(base(json!({ "for_whom": "someone_else", "talked": "no" })));
        assert_stops_at(&only_client, &a, Step::FilerResult);
        assert_eq!(
            klachtwijzer::core::eligibility::assess_filer(&only_client, &a)[0].rule,
            klachtwijzer::core::eligibility::Rule::OnBehalfNotAllowed
        );
        let mut helped = a.clone();
        klachtwijzer::core::steps::outcomes::help_typing_instead(&mut helped);
        let p = submit(&only_client, &helped);
        assert_eq!(p["filer"]["role"], "client");
        assert_eq!(p["filer"]["filled_in_with_support"], true);
    }

    #[test]
    fn no_phone_number_means_no_offer_to_call() {
        assert_eq!(
            klachtwijzer::core::wording::reach_us_key(&r()),
            "start.help.mail"
        );
        assert_eq!(
            klachtwijzer::core::wording::reach_us_key(&regulation("perspektief")),
            "start.help.call_or_mail"
        );
        let hint = klachtwijzer::core::wording::text(
            &r(),
            klachtwijzer::i18n::Locale::Nl,
            "sent.reference_hint",
        );
        assert!(!hint.contains("belt"), "{hint}");
    }

    #[test]
    fn not_talked_to_the_employee_is_fine() {
        let a = answers(base(json!({ "talked": "no" })));
        assert_eq!(
            steps(&r(), &a),
            [
                "start",
                "for-whom",
                "support",
                "talked-to-staff",
                "what-happened",
                "complaint-date",
                "employee",
                "desired-outcome",
                "contact",
                "contact-preference",
                "check",
                "sent"
            ]
        );
        let p = submit(&r(), &a);
        assert_eq!(p["prior_contact"]["if_not"], "continue");
        assert_eq!(p["eligibility"]["verdict"], "handled");
    }

    #[test]
    fn the_employees_name_only_if_possible() {
        let a = answers(base(json!({ "employee_name": "" })));
        assert_eq!(submit(&r(), &a)["complaint"]["employee_name"], Value::Null);
    }

    #[test]
    fn no_fixed_terms_means_no_dates() {
        let p = submit(&r(), &answers(base(json!({}))));
        assert_eq!(p["deadlines"]["submitted_on"], "2026-05-12");
        assert_eq!(p["deadlines"]["decision_by"], Value::Null);
        assert_eq!(p["deadlines"]["receipt_by"], Value::Null);
    }

    #[test]
    fn a_date_in_the_future_is_an_error() {
        let a = answers(base(json!({ "event_date": "2026-05-13" })));
        assert_eq!(
            errors_on(&r(), &a, Step::ComplaintDate),
            ["error.date.future"]
        );
    }

    #[test]
    fn an_unknown_date_is_allowed_when_optional() {
        let a = answers(base(
            json!({ "event_date": null, "event_date_unknown": true }),
        ));
        let p = submit(&r(), &a);
        assert_eq!(p["complaint"]["event_date"], Value::Null);
        assert_eq!(p["eligibility"]["event_date_unknown"], true);
    }

    #[test]
    fn a_wrong_email_address_is_explained() {
        let a = answers(base(json!({ "email": "fatima@example" })));
        assert_eq!(errors_on(&r(), &a, Step::Contact), ["error.email.invalid"]);
    }

    #[test]
    fn the_person_must_be_reachable() {
        let a = answers(base(
            json!({ "email": "", "phone": "", "postal_address": "" }),
        ));
        assert_eq!(
            errors_on(&r(), &a, Step::Contact),
            ["error.contact.unreachable"]
        );
    }

    #[test]
    fn in_english() {
        let mut m = meta();
        m.locale = "en".into();
        let a = answers(base(json!({})));
        let p = klachtwijzer::core::payload::build(&r(), &a, m);
        let json = serde_json::to_value(&p).unwrap();
        assert_valid_payload(&json);
        assert_eq!(json["locale"], "en");
        assert_eq!(json["reference"], "KW-5B0C1D2E");
    }
}

mod lentl {
    use super::*;

    fn r() -> klachtwijzer::core::regulation::Regulation {
        regulation("lentl")
    }

    fn lentl(extra: Value) -> klachtwijzer::core::answers::Answers {
        let mut a = base(json!({
            "last_contact_date": "2026-04-20", "location": "ONS welzijn", "about_volunteer": false
        }));
        if let (Value::Object(a), Value::Object(extra)) = (&mut a, extra) {
            a.extend(extra);
        }
        answers(a)
    }

    #[test]
    fn a_client_within_twelve_months() {
        let a = lentl(json!({}));
        assert_eq!(
            steps(&r(), &a),
            [
                "start",
                "for-whom",
                "support",
                "event-date",
                "last-contact",
                "exclusions",
                "about-volunteer",
                "talked-to-staff",
                "help",
                "what-happened",
                "location",
                "employee",
                "desired-outcome",
                "contact",
                "contact-preference",
                "check",
                "sent"
            ]
        );
        let p = submit(&r(), &a);
        assert_eq!(p["eligibility"]["last_contact_date"], "2026-04-20");
        assert_eq!(p["complaint"]["location"], "ONS welzijn");
    }

    #[test]
    fn who_knows_only_the_month_is_counted_in_their_favour() {
        use klachtwijzer::core::flow;
        use klachtwijzer::core::steps::Ask;
        let parts = |d: &str, m: &str, y: &str| [d.to_string(), m.to_string(), y.to_string()];
        let mut a = lentl(json!({ "last_contact_date": null, "last_contact_unknown": true }));
        let Ask::Date(date) = flow::ask(&r(), &a, Step::EventDate) else {
            panic!("a date")
        };
        // Half typed: the person is told what to fix, and what was typed is kept.
        date.type_parts(&mut a, parts("", "", "2025"), today());
        assert_eq!(
            errors_on(&r(), &a, Step::EventDate),
            ["error.date.incomplete"]
        );
        assert_eq!(date.parts(&a), parts("", "", "2025"));
        date.type_parts(&mut a, parts("31", "6", "2025"), today());
        assert_eq!(
            errors_on(&r(), &a, Step::EventDate),
            ["error.date.not_real"]
        );
        // Twelve months: a month given without its day counts as its last day.
        let month = today() - chrono::Months::new(12);
        let (m, y) = (
            month.format("%-m").to_string(),
            month.format("%Y").to_string(),
        );
        date.type_parts(&mut a, parts("", &m, &y), today());
        assert!(errors_on(&r(), &a, Step::EventDate).is_empty());
        assert_eq!(date.parts(&a), parts("", &m, &y), "shown again as typed");
        let p = submit(&r(), &a);
        assert_eq!(p["eligibility"]["verdict"], "handled");
        assert_eq!(p["eligibility"]["month_only"], json!(["event_date"]));
        // A whole date is an ordinary answer again: the first of that month is too late.
        date.type_parts(&mut a, parts("1", &m, &y), today());
        assert!(a.typed_dates.is_empty());
        assert!(steps(&r(), &a).contains(&"topics"));
    }

    #[test]
    fn twenty_months_ago_is_too_late_unless_a_topic_applies() {
        let late = lentl(
            json!({ "event_date": "2024-09-01", "last_contact_date": "2024-09-01", "topics": [] }),
        );
        assert!(steps(&r(), &late).contains(&"topics"));
        assert_stops_at(&r(), &late, Step::Eligibility);
        // Nothing asked after it changes that: the exclusions are not read first.
        assert!(!steps(&r(), &late).contains(&"exclusions"));
        let youth = lentl(
            json!({ "event_date": "2024-09-01", "last_contact_date": "2024-09-01", "topics": ["youth_care"] }),
        );
        assert_eq!(
            submit(&r(), &youth)["eligibility"]["topics"],
            json!(["youth_care"])
        );
    }

    #[test]
    fn sexual_harassment_has_no_time_limit() {
        let a = lentl(
            json!({ "event_date": "2014-02-01", "last_contact_date": "2014-02-01", "topics": ["sexual_harassment"] }),
        );
        assert_eq!(submit(&r(), &a)["eligibility"]["verdict"], "handled");
    }

    #[test]
    fn the_topic_question_is_only_asked_when_needed() {
        assert!(!steps(&r(), &lentl(json!({}))).contains(&"topics"));
    }

    #[test]
    fn an_old_last_contact_makes_it_late_too() {
        let a = lentl(json!({ "last_contact_date": "2025-03-01", "topics": [] }));
        assert_stops_at(&r(), &a, Step::Eligibility);
        // Unknown last contact: only the event date counts.
        let a = lentl(json!({ "last_contact_date": null, "last_contact_unknown": true }));
        submit(&r(), &a);
    }

    #[test]
    fn a_municipal_decision_goes_to_the_municipality() {
        let a = lentl(json!({ "exclusions": ["municipal_decision"] }));
        assert_stops_at(&r(), &a, Step::Eligibility);
        let findings = klachtwijzer::core::eligibility::assess(&r(), &a, today());
        let go_to = findings[0].go_to.as_ref().unwrap();
        assert_eq!(
            go_to.name.get(klachtwijzer::i18n::Locale::Nl),
            "Je gemeente"
        );
    }

    #[test]
    fn anonymous_or_compensation_is_not_handled() {
        for kind in [
            "anonymous",
            "prosecution_or_compensation",
            "before_court",
            "already_handled",
            "other_procedure",
        ] {
            let a = lentl(json!({ "exclusions": [kind] }));
            assert_stops_at(&r(), &a, Step::Eligibility);
        }
    }

    #[test]
    fn without_written_authorisation_it_may_be_declined() {
        let a = lentl(json!({
            "for_whom": "someone_else", "role": "authorised_person",
            "written_authorisation": false, "client_name": "Ahmed"
        }));
        let s = steps(&r(), &a);
        assert!(s.contains(&"authorisation") && s.contains(&"filer-result"));
        assert!(!s.contains(&"client-deceased"), "Lentl has no next of kin");
        let p = submit(&r(), &a);
        assert_eq!(p["eligibility"]["verdict"], "may_decline");
        assert_eq!(
            p["eligibility"]["findings"][0]["rule"],
            "missing_authorisation"
        );
        assert_eq!(p["filer"]["written_authorisation"], false);
    }

    #[test]
    fn a_bewindvoerder_only_about_money() {
        let a = lentl(json!({
            "for_whom": "someone_else", "role": "legal_representative",
            "representative": "bewindvoerder", "within_scope": true,
            "client_name": "Mevrouw Bakker"
        }));
        assert!(steps(&r(), &a).contains(&"representative-scope"));
        let p = submit(&r(), &a);
        assert_eq!(p["filer"]["representative"]["scope"], "finances");
        // About care, outside a bewindvoerder's task (footnote 2): not here.
        let care = lentl(json!({
            "for_whom": "someone_else", "role": "legal_representative",
            "representative": "bewindvoerder", "within_scope": false,
            "client_name": "Mevrouw Bakker"
        }));
        assert_stops_at(&r(), &care, Step::FilerResult);
        let findings = klachtwijzer::core::eligibility::assess_filer(&r(), &care);
        assert_eq!(
            findings[0].rule,
            klachtwijzer::core::eligibility::Rule::OutsideScope
        );
        // A curator may complain about both: no question.
        let curator = lentl(json!({
            "for_whom": "someone_else", "role": "legal_representative",
            "representative": "curator", "client_name": "Mevrouw Bakker"
        }));
        assert!(!steps(&r(), &curator).contains(&"representative-scope"));
    }

    #[test]
    fn a_late_youth_care_complaint_names_36_months() {
        let a = lentl(json!({
            "event_date": "2022-09-01", "last_contact_date": "2022-09-01", "topics": ["youth_care"]
        }));
        assert_stops_at(&r(), &a, Step::Eligibility);
        let (period, _) = klachtwijzer::core::eligibility::lateness(&r(), &a, today()).unwrap();
        assert_eq!((period.amount, period.unit.name()), (36, "months"));
    }

    #[test]
    fn lateness_from_the_last_contact_says_so() {
        let a = lentl(json!({ "last_contact_date": "2025-03-01", "topics": [] }));
        let (period, from) = klachtwijzer::core::eligibility::lateness(&r(), &a, today()).unwrap();
        assert_eq!(period.amount, 12);
        assert_eq!(
            from,
            klachtwijzer::core::regulation::MeasuredFrom::LastContact
        );
        let told = klachtwijzer::core::wording::text(
            &r(),
            klachtwijzer::i18n::Locale::Nl,
            "late_from.last_contact",
        );
        assert_eq!(told, "je laatste contact met de medewerker");
    }

    #[test]
    fn already_before_a_court_cannot_be_filed_here() {
        let a = lentl(json!({ "exclusions": ["before_court"] }));
        assert_stops_at(&r(), &a, Step::Eligibility);
        let reg = r();
        let exclusion = reg
            .exclusions
            .iter()
            .find(|e| e.id() == "before_court")
            .unwrap();
        let text = exclusion
            .explanation
            .as_ref()
            .unwrap()
            .get(klachtwijzer::i18n::Locale::Nl);
        assert!(
            text.contains("niet meer indienen") && !text.contains("wachten"),
            "{text}"
        );
    }

    #[test]
    fn a_complaint_about_a_volunteer_goes_to_the_volunteer_coordinator() {
        let a = lentl(json!({ "about_volunteer": true, "talked": "no" }));
        let p = submit(&r(), &a);
        assert_eq!(p["prior_contact"]["about_volunteer_or_intern"], true);
        assert_eq!(
            klachtwijzer::core::next::first(&r(), &a),
            Some((
                "sent.referred_to_coordinator",
                Some("staff.volunteer_coordinator".to_string())
            ))
        );
        let employee = lentl(json!({ "talked": "no" }));
        assert_eq!(
            klachtwijzer::core::next::first(&r(), &employee),
            Some(("sent.referred_to_employee", None))
        );
    }

    #[test]
    fn an_employee_who_left_is_a_complaint_about_the_organisation() {
        let hint = klachtwijzer::core::wording::text(
            &r(),
            klachtwijzer::i18n::Locale::Nl,
            "employee.hint",
        );
        assert!(
            hint.contains("Werkt de medewerker hier niet meer? Dan gaat je klacht over ons."),
            "{hint}"
        );
        let a = lentl(json!({ "employee_name": "" }));
        assert_eq!(submit(&r(), &a)["complaint"]["employee_name"], Value::Null);
    }

    #[test]
    fn the_website_is_marked_as_an_assumption() {
        let contact = r().organisation.contact;
        assert!(contact.website.is_some() && contact.source.is_none());
        assert!(contact.assumed.unwrap().contains("zonder adres"));
    }

    #[test]
    fn a_group_with_one_representative() {
        let a = lentl(json!({ "for_whom": "group", "group_name": "Bewonerscommissie Mierlo" }));
        let p = submit(&r(), &a);
        assert_eq!(p["filer"]["role"], "group");
        assert_eq!(p["filer"]["group_name"], "Bewonerscommissie Mierlo");
        assert_eq!(p["contact"]["name"], "Fatima el Amrani");
    }

    #[test]
    fn a_neighbour_who_is_bothered() {
        let a = lentl(json!({ "for_whom": "not_a_client" }));
        assert_eq!(submit(&r(), &a)["filer"]["role"], "affected_party");
    }
}
