//! The journey: the screens in their order, and which of them apply to these answers. The
//! list is recomputed from the regulation and the answers every time, so branching always
//! follows the latest answers. What each screen does is in its module in `steps`.

use chrono::NaiveDate;

use super::answers::Answers;
use super::regulation::Regulation;
use super::steps::*;
use super::validation::FieldError;

pub use super::steps::Step;

/// Every screen, in the order of the journey (the order of [`Step`]).
pub const FLOW: [&dyn Screen; 33] = [
    &pages::Page(Step::Start),
    // Who is filing? First: it decides a refusal, and how every later screen speaks.
    &for_whom::ForWhomScreen,
    &support::SupportScreen,
    &client_deceased::ClientDeceased,
    &role::Role,
    &representative::Representative,
    &representative_scope::RepresentativeScope,
    &authorisation::Authorisation,
    &outcomes::Outcome(Step::FilerResult),
    &about_client::AboutClient,
    // Can it be handled here?
    &event_date::EventDate,
    &last_contact::LastContact,
    &topics::Topics,
    &exclusions::Exclusions,
    &outcomes::Outcome(Step::Eligibility),
    // Talked to staff?
    &about_volunteer::AboutVolunteer,
    &talked_to_staff::TalkedToStaff,
    &direct_route_reason::DirectRouteReason,
    &talk_wait::TalkAnswered,
    &talk_wait::TalkedOn,
    &outcomes::Outcome(Step::TalkResult),
    // Help during the procedure.
    &funding::FundingScreen,
    &help::Help,
    // The complaint.
    &what_happened::WhatHappened,
    &complaint_date::ComplaintDate,
    &location::Location,
    &employee::Employee,
    &desired_outcome::DesiredOutcome,
    &serious::Serious,
    // Your details.
    &contact::Contact,
    &contact_preference::ContactPreference,
    &pages::Page(Step::Check),
    &pages::Page(Step::Sent),
];

/// The screen of a step.
pub fn screen(step: Step) -> &'static dyn Screen {
    FLOW[step as usize]
}

/// What a step asks, for these answers.
pub fn ask(regulation: &Regulation, answers: &Answers, step: Step) -> Ask {
    screen(step).ask(regulation, answers)
}

/// A page that ends the journey here (cannot be handled; where to go instead).
pub fn is_stop(regulation: &Regulation, answers: &Answers, today: NaiveDate, step: Step) -> bool {
    screen(step).stops(regulation, answers, today)
}

/// The steps that apply to these answers, in order. A stop page ends the list.
pub fn steps(regulation: &Regulation, answers: &Answers, today: NaiveDate) -> Vec<Step> {
    let mut steps = Vec::new();
    for screen in FLOW {
        if screen.applies(regulation, answers, today) {
            steps.push(screen.step());
            if screen.stops(regulation, answers, today) {
                break;
            }
        }
    }
    steps
}

fn position(steps: &[Step], current: Step) -> Option<usize> {
    steps.iter().position(|s| *s == current)
}

/// The step after `current`. When `current` no longer applies (an earlier answer changed),
/// the first applicable step after it in the canonical order.
pub fn next(
    regulation: &Regulation,
    answers: &Answers,
    today: NaiveDate,
    current: Step,
) -> Option<Step> {
    let steps = steps(regulation, answers, today);
    match position(&steps, current) {
        Some(i) => steps.get(i + 1).copied(),
        None => steps.into_iter().find(|s| *s > current),
    }
}

pub fn previous(
    regulation: &Regulation,
    answers: &Answers,
    today: NaiveDate,
    current: Step,
) -> Option<Step> {
    let steps = steps(regulation, answers, today);
    match position(&steps, current) {
        Some(i) => i.checked_sub(1).map(|i| steps[i]),
        None => steps.into_iter().rev().find(|s| *s < current),
    }
}

named_enum! {
    /// The few stable parts of the journey a person can follow: "Deel 1 van 5: wie dient de klacht in".
    pub enum Part {
        WhoFiles = "who_files",
        CanItBeHandled = "can_it_be_handled",
        TalkFirst = "talk_first",
        Help = "help",
        Complaint = "complaint",
        Details = "details",
    }
}

/// The part a step belongs to; `None` for the start and the confirmation.
pub fn part_of(step: Step) -> Option<Part> {
    use Step::*;
    Some(match step {
        Start | Sent => return None,
        EventDate | LastContact | Topics | Exclusions | Eligibility => Part::CanItBeHandled,
        AboutVolunteer | TalkedToStaff | DirectRouteReason | TalkAnswered | TalkedOn
        | TalkResult => Part::TalkFirst,
        ForWhom | Support | ClientDeceased | Role | Representative | RepresentativeScope
        | Authorisation | FilerResult | AboutClient => Part::WhoFiles,
        Funding | Help => Part::Help,
        WhatHappened | ComplaintDate | Location | Employee | DesiredOutcome | Serious => {
            Part::Complaint
        }
        Contact | ContactPreference | Check => Part::Details,
    })
}

/// The parts of this regulation's journey. They follow from the regulation alone, so the
/// count never changes while the person answers.
pub fn parts(regulation: &Regulation) -> Vec<Part> {
    Part::ALL
        .iter()
        .copied()
        .filter(|part| match part {
            Part::CanItBeHandled => {
                regulation.time_limit.is_some() || !regulation.exclusions.is_empty()
            }
            Part::TalkFirst => regulation.talk_first.is_some(),
            Part::Help => !regulation.help.is_empty(),
            _ => true,
        })
        .collect()
}

/// "Deel `number` van `total`: `part`".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub number: usize,
    pub total: usize,
    pub part: Part,
}

/// Where `current` stands among the parts of the journey.
pub fn progress(regulation: &Regulation, current: Step) -> Option<Progress> {
    let part = part_of(current)?;
    let parts = parts(regulation);
    let index = parts.iter().position(|p| *p == part)?;
    Some(Progress {
        number: index + 1,
        total: parts.len(),
        part,
    })
}

/// Problems that stop the person from continuing past `step`. Empty means: go on. What the
/// screen checks itself, or else what follows from what it asks.
pub fn validate(
    regulation: &Regulation,
    answers: &Answers,
    today: NaiveDate,
    step: Step,
) -> Vec<FieldError> {
    let screen = screen(step);
    screen
        .validate(regulation, answers, today)
        .unwrap_or_else(|| screen.ask(regulation, answers).problems(answers, today))
}

/// Every problem in the whole journey: used before sending, so nothing incomplete is sent.
pub fn validate_all(
    regulation: &Regulation,
    answers: &Answers,
    today: NaiveDate,
) -> Vec<(Step, FieldError)> {
    steps(regulation, answers, today)
        .into_iter()
        .flat_map(|step| {
            validate(regulation, answers, today, step)
                .into_iter()
                .map(move |e| (step, e))
        })
        .collect()
}

/// The answers with everything removed that belongs to steps that no longer apply, so a
/// changed earlier answer never leaves stale answers in the payload.
pub fn prune(regulation: &Regulation, answers: &Answers, today: NaiveDate) -> Answers {
    let steps = steps(regulation, answers, today);
    let mut pruned = answers.clone();
    for screen in FLOW {
        screen.prune(regulation, &steps, &mut pruned);
    }
    let asked: Vec<&str> = steps
        .iter()
        .filter_map(|s| match ask(regulation, &pruned, *s) {
            Ask::Date(d) => Some(d.field),
            _ => None,
        })
        .collect();
    pruned
        .typed_dates
        .retain(|field, _| asked.contains(&field.as_str()));
    pruned
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_has_its_screen_in_order() {
        for (i, screen) in FLOW.iter().enumerate() {
            assert_eq!(screen.step() as usize, i, "{:?}", screen.step());
        }
    }
}
