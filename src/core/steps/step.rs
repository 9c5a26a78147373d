//! The screens of the journey by name: in URLs, drafts and locale keys.

use serde::{Deserialize, Serialize};

/// The screens of the journey, in their canonical order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Start,
    ForWhom,
    Support,
    ClientDeceased,
    Role,
    Representative,
    RepresentativeScope,
    Authorisation,
    /// The answer to "may you file this?" when it is not a plain yes.
    FilerResult,
    AboutClient,
    EventDate,
    LastContact,
    Topics,
    Exclusions,
    /// The answer to "can it be handled here?" when it is not a plain yes.
    Eligibility,
    AboutVolunteer,
    TalkedToStaff,
    DirectRouteReason,
    TalkAnswered,
    TalkedOn,
    /// The answer to "have you talked first?" when the journey cannot go on yet.
    TalkResult,
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

const ALL: [Step; 33] = [
    Step::Start,
    Step::ForWhom,
    Step::Support,
    Step::ClientDeceased,
    Step::Role,
    Step::Representative,
    Step::RepresentativeScope,
    Step::Authorisation,
    Step::FilerResult,
    Step::AboutClient,
    Step::EventDate,
    Step::LastContact,
    Step::Topics,
    Step::Exclusions,
    Step::Eligibility,
    Step::AboutVolunteer,
    Step::TalkedToStaff,
    Step::DirectRouteReason,
    Step::TalkAnswered,
    Step::TalkedOn,
    Step::TalkResult,
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
    /// Every step, in the order of the journey.
    pub const ALL: [Step; 33] = ALL;

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
            Step::AboutVolunteer => "about-volunteer",
            Step::TalkedToStaff => "talked-to-staff",
            Step::DirectRouteReason => "direct-route-reason",
            Step::TalkAnswered => "talk-answered",
            Step::TalkedOn => "talked-on",
            Step::TalkResult => "talk-result",
            Step::ForWhom => "for-whom",
            Step::ClientDeceased => "client-deceased",
            Step::Role => "role",
            Step::Representative => "representative",
            Step::RepresentativeScope => "representative-scope",
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

    /// A page that answers "can it be handled here?", "may you file it?" or "can you
    /// complain here yet?" when the answer is not a plain yes (`steps::outcomes`).
    pub fn is_result(self) -> bool {
        matches!(
            self,
            Step::Eligibility | Step::FilerResult | Step::TalkResult
        )
    }

    /// The prefix of the screen's locale keys: `event_date` in `event_date.heading`.
    pub fn key(self) -> String {
        self.slug().replace('-', "_")
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        ALL.iter().copied().find(|step| step.slug() == slug)
    }
}
