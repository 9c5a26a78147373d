//! Which screens apply to these answers, in which order. The list is recomputed from the
//! regulation and the answers every time, so branching always follows the latest answers.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::answers::{Answers, ForWhom, Talked};
use super::eligibility::{self, verdict, Verdict};
use super::regulation::{FilerRole, HelpKind, MeasuredFrom, Regulation, TalkPolicy};

/// The screens of the journey, in their canonical order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Start,
    Support,
    EventDate,
    LastContact,
    Topics,
    Exclusions,
    /// The answer to "can it be handled here?" when it is not a plain yes.
    Eligibility,
    TalkedToStaff,
    DirectRouteReason,
    ForWhom,
    ClientDeceased,
    Role,
    Representative,
    Authorisation,
    /// The answer to "may you file this?" when it is not a plain yes.
    FilerResult,
    AboutClient,
    Funding,
    Help,
    WhatHappened,
    ComplaintDate,
    Location,
    Employee,
    DesiredOutcome,
    Serious,
    Contact,
    ContactPreference,
    Check,
    Sent,
}

pub const ALL: [Step; 28] = [
    Step::Start,
    Step::Support,
    Step::EventDate,
    Step::LastContact,
    Step::Topics,
    Step::Exclusions,
    Step::Eligibility,
    Step::TalkedToStaff,
    Step::DirectRouteReason,
    Step::ForWhom,
    Step::ClientDeceased,
    Step::Role,
    Step::Representative,
    Step::Authorisation,
    Step::FilerResult,
    Step::AboutClient,
    Step::Funding,
    Step::Help,
    Step::WhatHappened,
    Step::ComplaintDate,
    Step::Location,
    Step::Employee,
    Step::DesiredOutcome,
    Step::Serious,
    Step::Contact,
    Step::ContactPreference,
    Step::Check,
    Step::Sent,
];

impl Step {
    /// Stable name of the step, used in URLs and locale keys.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::Support => "support",
            Step::EventDate => "event-date",
            Step::LastContact => "last-contact",
            Step::Topics => "topics",
            Step::Exclusions => "exclusions",
            Step::Eligibility => "eligibility",
            Step::TalkedToStaff => "talked-to-staff",
            Step::DirectRouteReason => "direct-route-reason",
            Step::ForWhom => "for-whom",
            Step::ClientDeceased => "client-deceased",
            Step::Role => "role",
            Step::Representative => "representative",
            Step::Authorisation => "authorisation",
            Step::FilerResult => "filer-result",
            Step::AboutClient => "about-client",
            Step::Funding => "funding",
            Step::Help => "help",
            Step::WhatHappened => "what-happened",
            Step::ComplaintDate => "complaint-date",
            Step::Location => "location",
            Step::Employee => "employee",
            Step::DesiredOutcome => "desired-outcome",
            Step::Serious => "serious",
            Step::Contact => "contact",
            Step::ContactPreference => "contact-preference",
            Step::Check => "check",
            Step::Sent => "sent",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        ALL.iter().copied().find(|step| step.slug() == slug)
    }

    /// Counts in "Stap 3 van 8": questions and the check page; not the start, the result
    /// pages and the confirmation.
    pub fn is_counted(self) -> bool {
        !matches!(
            self,
            Step::Start | Step::Eligibility | Step::FilerResult | Step::Sent
        )
    }

    /// A page that ends the journey here (cannot be handled; where to go instead).
    pub fn is_stop(self, regulation: &Regulation, answers: &Answers, today: NaiveDate) -> bool {
        match self {
            Step::Eligibility => {
                verdict(&eligibility::assess_eligibility(regulation, answers, today))
                    == Verdict::NotHandled
            }
            Step::FilerResult => {
                verdict(&eligibility::assess_filer(regulation, answers)) == Verdict::NotHandled
            }
            _ => false,
        }
    }
}

/// Who may be chosen on the "who is the complaint about" screen. "Someone else" is always
/// offered: where only clients may file, the person is told so and how they can still help.
pub fn for_whom_options(regulation: &Regulation) -> Vec<ForWhom> {
    let mut options = vec![ForWhom::Myself, ForWhom::SomeoneElse];
    if regulation.allows(FilerRole::Group) {
        options.push(ForWhom::Group);
    }
    if regulation.allows(FilerRole::AffectedParty) {
        options.push(ForWhom::NotAClient);
    }
    options
}

/// The roles offered when the complaint is about a living client who is someone else.
/// Employees are offered so they hear, kindly, why they cannot file.
pub fn role_options(regulation: &Regulation) -> Vec<FilerRole> {
    let mut roles: Vec<FilerRole> = [FilerRole::LegalRepresentative, FilerRole::AuthorisedPerson]
        .into_iter()
        .filter(|r| regulation.allows(*r))
        .collect();
    if regulation.filers.never.contains(&FilerRole::Employee) {
        roles.push(FilerRole::Employee);
    }
    roles
}

/// Help that is offered to this person (some help depends on how their care is paid).
pub fn help_options<'r>(
    regulation: &'r Regulation,
    answers: &Answers,
) -> Vec<&'r super::regulation::HelpOption> {
    use super::answers::FundingAnswer;
    regulation
        .help
        .iter()
        .filter(|h| match answers.funding {
            _ if h.funding.is_empty() => true,
            Some(FundingAnswer::Known(funding)) => h.funding.contains(&funding),
            // Unknown funding: offer every option, the organisation will tell which applies.
            Some(FundingAnswer::Unknown) | None => true,
        })
        .collect()
}

fn event_date_in_eligibility(regulation: &Regulation) -> bool {
    regulation
        .time_limit
        .as_ref()
        .is_some_and(|l| l.measured_from.contains(&MeasuredFrom::Event))
}

/// The steps that apply to these answers, in order. A stop page ends the list.
pub fn steps(regulation: &Regulation, answers: &Answers, today: NaiveDate) -> Vec<Step> {
    let r = regulation;
    let mut steps = vec![Step::Start, Step::Support];

    // Can it be handled here?
    if event_date_in_eligibility(r) {
        steps.push(Step::EventDate);
    }
    if let Some(limit) = &r.time_limit {
        if limit.measured_from.contains(&MeasuredFrom::LastContact) {
            steps.push(Step::LastContact);
        }
        if !limit.exceptions.is_empty() && eligibility::late_by_default(r, answers, today) {
            steps.push(Step::Topics);
        }
    }
    if !r.exclusions.is_empty() {
        steps.push(Step::Exclusions);
    }
    let findings = eligibility::assess_eligibility(r, answers, today);
    if !findings.is_empty() {
        steps.push(Step::Eligibility);
        if verdict(&findings) == Verdict::NotHandled {
            return steps;
        }
    }

    // Talked to staff?
    if let Some(talk) = &r.talk_first {
        steps.push(Step::TalkedToStaff);
        let direct = answers.talked == Some(Talked::DirectRoute);
        if direct
            && talk
                .direct_route
                .as_ref()
                .is_some_and(|d| d.reason_required)
        {
            steps.push(Step::DirectRouteReason);
        }
        debug_assert!(talk.policy != TalkPolicy::Optional || talk.direct_route.is_some());
    }

    // Who is filing?
    if answers.support != Some(super::answers::Support::FilesForClient) {
        steps.push(Step::ForWhom);
    }
    if answers.for_whom() == Some(ForWhom::SomeoneElse) {
        let asks_deceased = r.allows(FilerRole::NextOfKin);
        if asks_deceased {
            steps.push(Step::ClientDeceased);
        }
        let deceased = asks_deceased && answers.client_deceased == Some(true);
        if !deceased && !role_options(r).is_empty() {
            steps.push(Step::Role);
        }
        match answers.filer_role(r) {
            Some(FilerRole::LegalRepresentative) => steps.push(Step::Representative),
            Some(FilerRole::AuthorisedPerson) if r.filers.written_authorisation => {
                steps.push(Step::Authorisation)
            }
            _ => {}
        }
    }
    let filer_findings = eligibility::assess_filer(r, answers);
    if !filer_findings.is_empty() {
        steps.push(Step::FilerResult);
        if verdict(&filer_findings) == Verdict::NotHandled {
            return steps;
        }
    }
    if matches!(
        answers.for_whom(),
        Some(ForWhom::SomeoneElse | ForWhom::Group)
    ) {
        steps.push(Step::AboutClient);
    }

    // Help during the procedure.
    if r.asks_funding() {
        steps.push(Step::Funding);
    }
    if !r.help.is_empty() {
        steps.push(Step::Help);
    }

    // The complaint.
    steps.push(Step::WhatHappened);
    let f = &r.complaint_fields;
    if f.event_date.asked() && !event_date_in_eligibility(r) {
        steps.push(Step::ComplaintDate);
    }
    if f.location.asked() {
        steps.push(Step::Location);
    }
    if f.employee_name.asked() {
        steps.push(Step::Employee);
    }
    if f.desired_outcome.asked() {
        steps.push(Step::DesiredOutcome);
    }
    if r.serious_matters.is_some() {
        steps.push(Step::Serious);
    }

    // Your details.
    steps.push(Step::Contact);
    if super::validation::given_channels(r, answers).len() > 1 {
        steps.push(Step::ContactPreference);
    }
    steps.push(Step::Check);
    steps.push(Step::Sent);
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

/// "Stap `number` van `total`".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub number: usize,
    pub total: usize,
}

pub fn progress(
    regulation: &Regulation,
    answers: &Answers,
    today: NaiveDate,
    current: Step,
) -> Option<Progress> {
    if !current.is_counted() {
        return None;
    }
    let counted: Vec<Step> = steps(regulation, answers, today)
        .into_iter()
        .filter(|s| s.is_counted())
        .collect();
    let index = position(&counted, current)?;
    Some(Progress {
        number: index + 1,
        total: counted.len(),
    })
}

/// The answers with everything removed that belongs to steps that no longer apply, so a
/// changed earlier answer never leaves stale answers in the payload.
pub fn prune(regulation: &Regulation, answers: &Answers, today: NaiveDate) -> Answers {
    let steps = steps(regulation, answers, today);
    let has = |step: Step| steps.contains(&step);
    let mut a = answers.clone();
    if !has(Step::Support) {
        a.support = None;
    }
    if !has(Step::EventDate) && !has(Step::ComplaintDate) {
        a.event_date = None;
        a.event_date_unknown = false;
    }
    if !has(Step::LastContact) {
        a.last_contact_date = None;
        a.last_contact_unknown = false;
    }
    if !has(Step::Topics) {
        a.topics = None;
    }
    if !has(Step::Exclusions) {
        a.exclusions = None;
    }
    if !has(Step::TalkedToStaff) {
        a.talked = None;
    }
    if !has(Step::DirectRouteReason) {
        a.direct_route_reason.clear();
    }
    if !has(Step::ForWhom) {
        a.for_whom = None;
    }
    if !has(Step::ClientDeceased) {
        a.client_deceased = None;
    }
    if !has(Step::Role) {
        a.role = None;
    }
    if !has(Step::Representative) {
        a.representative = None;
    }
    if !has(Step::Authorisation) {
        a.written_authorisation = None;
    }
    if !has(Step::AboutClient) || a.for_whom() != Some(ForWhom::SomeoneElse) {
        a.client_name.clear();
    }
    if !has(Step::AboutClient) || a.for_whom() != Some(ForWhom::Group) {
        a.group_name.clear();
    }
    if !has(Step::Funding) {
        a.funding = None;
    }
    if !has(Step::Help) {
        a.help = None;
    }
    if !a
        .help
        .as_ref()
        .is_some_and(|h| h.contains(&HelpKind::TrustedPerson))
    {
        a.trusted_person_name.clear();
    }
    if !has(Step::WhatHappened) {
        a.what_happened.clear();
    }
    if !has(Step::Location) {
        a.location.clear();
    }
    if !has(Step::Employee) {
        a.employee_name.clear();
    }
    if !has(Step::DesiredOutcome) {
        a.desired_outcome.clear();
    }
    if !has(Step::Serious) {
        a.serious = None;
    }
    let c = &regulation.contact_fields;
    if !has(Step::Contact) || !c.name.asked() {
        a.name.clear();
    }
    if !has(Step::Contact) || !c.email.asked() {
        a.email.clear();
    }
    if !has(Step::Contact) || !c.phone.asked() {
        a.phone.clear();
    }
    if !has(Step::Contact) || !c.postal_address.asked() {
        a.postal_address.clear();
    }
    let given = super::validation::given_channels(regulation, &a);
    if !has(Step::ContactPreference) || !a.preferred_contact.is_some_and(|c| given.contains(&c)) {
        a.preferred_contact = None;
    }
    a
}
