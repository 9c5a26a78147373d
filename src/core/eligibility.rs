//! Can this complaint be handled here? Each rule that applies gives a finding with its
//! effect and where to go instead; there is never a dead end without a next step.

use chrono::NaiveDate;

use super::answers::Answers;
use super::deadlines;
use super::regulation::{
    Effect, FilerRole, IfNotTalked, MeasuredFrom, Period, Regulation, TimeLimit,
};
use super::steps::{representative_scope, role};
use super::text::Destination;

/// Which rule a finding comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Too late: the period of the time limit has passed.
    TimeLimit,
    /// An exclusion that applies, by its id.
    Exclusion(String),
    /// This role may not file (an employee for a client).
    Filer(FilerRole),
    /// Someone the client asked, without the written authorisation the regulation requires.
    MissingAuthorisation,
    /// Someone else files for the client, but only the client may file here.
    OnBehalfNotAllowed,
    /// A representative complains about a part of the client's affairs outside their task.
    OutsideScope,
    /// The regulation wants the person to talk (or complain) first, and they have not.
    NotTalkedFirst,
    /// They did, and the regulation's waiting time for an answer has not passed yet.
    StillWaiting,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub effect: Effect,
    pub go_to: Option<Destination>,
}

named_enum! {
    /// The overall answer, worst finding first.
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    pub enum Verdict {
        /// Can be handled here.
        Handled = "handled",
        /// Handled here, on its own route.
        OwnRoute = "own_route",
        /// The organisation may decline it; the person may go on.
        MayDecline = "may_decline",
        /// Cannot be handled here; the person is told where to go.
        NotHandled = "not_handled",
    }
}

pub fn verdict(findings: &[Finding]) -> Verdict {
    findings
        .iter()
        .map(|f| match f.effect {
            Effect::OwnRoute => Verdict::OwnRoute,
            Effect::MayDecline => Verdict::MayDecline,
            Effect::NotHandled => Verdict::NotHandled,
        })
        .max_by_key(|v| *v as u8)
        .unwrap_or(Verdict::Handled)
}

/// Periods are compared by where they end from this day (far from the calendar's ends).
const COMPARE_FROM: NaiveDate = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();

/// The period that applies to these answers: an exception's for a topic that applies (the
/// most generous one), else the default. `None`: no limit at all.
pub fn applicable_period(limit: &TimeLimit, answers: &Answers) -> Option<Period> {
    let topics = answers.topics.as_deref().unwrap_or_default();
    let exceptions: Vec<Option<Period>> = limit
        .exceptions
        .iter()
        .filter(|e| topics.iter().any(|t| t == e.id()))
        .map(|e| e.period)
        .collect();
    if exceptions.iter().any(Option::is_none) {
        return None;
    }
    exceptions
        .into_iter()
        .flatten()
        .chain(std::iter::once(limit.period))
        .max_by_key(|p| deadlines::add(COMPARE_FROM, *p))
}

/// The first date the limit runs from that is more than `period` ago, if any.
fn late_from(
    regulation: &Regulation,
    limit: &TimeLimit,
    period: Period,
    answers: &Answers,
    today: NaiveDate,
) -> Option<MeasuredFrom> {
    let closing_days = &regulation.timeline.closing_days;
    limit.measured_from.iter().copied().find(|from| {
        let date = match from {
            MeasuredFrom::Event => answers.event_date,
            MeasuredFrom::LastContact => answers.last_contact_date,
        };
        date.is_some_and(|date| deadlines::add_closed(date, period, closing_days) < today)
    })
}

fn is_late(
    regulation: &Regulation,
    limit: &TimeLimit,
    period: Option<Period>,
    answers: &Answers,
    today: NaiveDate,
) -> bool {
    period.is_some_and(|period| late_from(regulation, limit, period, answers, today).is_some())
}

/// For a late complaint: the period that applied (an exception's where one does) and the
/// date it ran from that is too long ago.
pub fn lateness(
    regulation: &Regulation,
    answers: &Answers,
    today: NaiveDate,
) -> Option<(Period, MeasuredFrom)> {
    let limit = regulation.time_limit.as_ref()?;
    let period = applicable_period(limit, answers)?;
    late_from(regulation, limit, period, answers, today).map(|from| (period, from))
}

/// Too late, and the regulation says a late complaint is not handled here: nothing asked
/// after it can change that (the exclusions are then not asked).
pub fn refused_as_late(regulation: &Regulation, answers: &Answers, today: NaiveDate) -> bool {
    regulation
        .time_limit
        .as_ref()
        .is_some_and(|limit| limit.effect == Effect::NotHandled)
        && lateness(regulation, answers, today).is_some()
}

/// Late by the default period, before any topic exception: decides whether the topic
/// question is asked at all.
pub fn late_by_default(regulation: &Regulation, answers: &Answers, today: NaiveDate) -> bool {
    regulation
        .time_limit
        .as_ref()
        .is_some_and(|limit| is_late(regulation, limit, Some(limit.period), answers, today))
}

/// Findings of the eligibility questions (time limit and exclusions).
pub fn assess_eligibility(
    regulation: &Regulation,
    answers: &Answers,
    today: NaiveDate,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    if let Some(limit) = &regulation.time_limit {
        if is_late(
            regulation,
            limit,
            applicable_period(limit, answers),
            answers,
            today,
        ) {
            findings.push(Finding {
                rule: Rule::TimeLimit,
                effect: limit.effect,
                go_to: limit.go_to.clone(),
            });
        }
    }
    let chosen = answers.exclusions.as_deref().unwrap_or_default();
    for exclusion in &regulation.exclusions {
        if chosen.iter().any(|c| c == exclusion.id()) {
            findings.push(Finding {
                rule: Rule::Exclusion(exclusion.id().to_string()),
                effect: exclusion.effect,
                go_to: exclusion.go_to.clone(),
            });
        }
    }
    findings
}

/// Findings about who files.
pub fn assess_filer(regulation: &Regulation, answers: &Answers) -> Vec<Finding> {
    let mut findings = Vec::new();
    if answers.for_whom() == Some(super::answers::ForWhom::SomeoneElse)
        && role::filer_role(regulation, answers) != Some(FilerRole::NextOfKin)
        && role::options(regulation).is_empty()
    {
        findings.push(Finding {
            rule: Rule::OnBehalfNotAllowed,
            effect: Effect::NotHandled,
            go_to: None,
        });
        return findings;
    }
    let Some(role) = role::filer_role(regulation, answers) else {
        return findings;
    };
    if regulation.filers.never.contains(&role) || !regulation.allows(role) {
        findings.push(Finding {
            rule: Rule::Filer(role),
            effect: Effect::NotHandled,
            go_to: None,
        });
    }
    if representative_scope::outside(regulation, answers) {
        findings.push(Finding {
            rule: Rule::OutsideScope,
            effect: Effect::NotHandled,
            go_to: None,
        });
    }
    if role == FilerRole::AuthorisedPerson
        && regulation.filers.written_authorisation
        && answers.written_authorisation == Some(false)
    {
        findings.push(Finding {
            rule: Rule::MissingAuthorisation,
            effect: Effect::MayDecline,
            go_to: None,
        });
    }
    findings
}

/// The day someone who talked first and has no answer yet may file here, where the
/// regulation makes them wait.
pub fn may_file_from(regulation: &Regulation, answers: &Answers) -> Option<NaiveDate> {
    let wait = regulation.talk_first.as_ref()?.wait?;
    (answers.talk_answered == Some(false))
        .then(|| answers.talked_on.map(|day| deadlines::add(day, wait)))
        .flatten()
}

/// Findings about talking first, where the regulation requires it before a complaint here.
pub fn assess_talk(regulation: &Regulation, answers: &Answers, today: NaiveDate) -> Vec<Finding> {
    let Some(talk) = &regulation.talk_first else {
        return Vec::new();
    };
    let rule = if talk.if_not == IfNotTalked::NotHandled
        && answers.talked == Some(super::answers::Talked::No)
    {
        Rule::NotTalkedFirst
    } else if may_file_from(regulation, answers).is_some_and(|day| day > today) {
        Rule::StillWaiting
    } else {
        return Vec::new();
    };
    vec![Finding {
        rule,
        effect: Effect::NotHandled,
        go_to: talk.go_to.clone(),
    }]
}

/// Every finding, in the order the questions are asked.
pub fn assess(regulation: &Regulation, answers: &Answers, today: NaiveDate) -> Vec<Finding> {
    let mut findings = assess_eligibility(regulation, answers, today);
    findings.extend(assess_filer(regulation, answers));
    findings
}

/// The own route that applies, if an exclusion with effect own_route was chosen.
pub fn own_route<'r>(
    regulation: &'r Regulation,
    answers: &Answers,
) -> Option<&'r super::regulation::Exclusion> {
    let chosen = answers.exclusions.as_deref().unwrap_or_default();
    regulation
        .exclusions
        .iter()
        .find(|e| e.effect == Effect::OwnRoute && chosen.iter().any(|c| c == e.id()))
}
