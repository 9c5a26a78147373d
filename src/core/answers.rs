//! Everything the person has answered so far. The wizard keeps this (and stores it as a
//! draft); the core decides with it. The JSON form is the "answers file" of the command line
//! tool and is documented in docs/answers.md.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::regulation::{
    ContactChannel, FilerRole, Funding, HelpKind, RepresentativeKind, SeriousTopic,
};

named_enum! {
    /// Whether a support person takes part.
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    pub enum Support {
        /// The person fills it in alone.
        Alone = "alone",
        /// A support person helps type; the complaint is the client's own.
        HelpsTyping = "helps_typing",
        /// Someone files the complaint for the client (the answer "for someone else"). In
        /// the payload only: as an answer it is not asked (any more).
        FilesForClient = "files_for_client",
    }
}

named_enum! {
    /// Who the complaint is about.
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    pub enum ForWhom {
        Myself = "myself",
        SomeoneElse = "someone_else",
        Group = "group",
        /// Not a client, but bothered by what the organisation does (e.g. a neighbour).
        NotAClient = "not_a_client",
    }
}

named_enum! {
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    pub enum Talked {
        Yes = "yes",
        No = "no",
        /// Straight to the committee, where the regulation allows it.
        DirectRoute = "direct_route",
        /// Not talked: the complaint is about that person, or talking to them is not safe.
        /// The complaint goes on without a talk first.
        NotSafe = "not_safe",
    }
}

/// How the person's care is paid; it decides some help and escalation options.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FundingAnswer {
    Known(Funding),
    Unknown,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Answers {
    pub support: Option<Support>,

    #[serde(deserialize_with = "super::iso::optional_date")]
    pub event_date: Option<NaiveDate>,
    pub event_date_unknown: bool,
    #[serde(deserialize_with = "super::iso::optional_date")]
    pub last_contact_date: Option<NaiveDate>,
    pub last_contact_unknown: bool,
    /// Date fields as typed (day, month, year) where they are not a whole date: only month
    /// and year, or not a date yet. Kept so nothing typed is lost.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub typed_dates: std::collections::BTreeMap<String, super::date_input::Parts>,
    /// Topics with their own time limit that apply, by id (a standard topic's name or the
    /// organisation's own id). `Some(vec![])`: none of them.
    pub topics: Option<Vec<String>>,
    /// Exclusions that apply, by id (a standard kind's name or the organisation's own id).
    /// `Some(vec![])`: none of them.
    pub exclusions: Option<Vec<String>>,

    /// The complaint is about a volunteer or intern (asked where they have their own contact).
    pub about_volunteer: Option<bool>,
    pub talked: Option<Talked>,
    /// Where the regulation says to wait after talking first: an answer came.
    pub talk_answered: Option<bool>,
    /// Where the person still waits for that answer: the day they asked (talked first).
    #[serde(deserialize_with = "super::iso::optional_date")]
    pub talked_on: Option<NaiveDate>,
    pub direct_route_reason: String,

    pub for_whom: Option<ForWhom>,
    pub client_deceased: Option<bool>,
    /// The filer's role when the complaint is about someone else.
    pub role: Option<FilerRole>,
    pub representative: Option<RepresentativeKind>,
    /// The complaint is about the part a representative may complain about.
    pub within_scope: Option<bool>,
    pub written_authorisation: Option<bool>,
    pub client_name: String,
    pub group_name: String,

    pub funding: Option<FundingAnswer>,
    /// Help wanted. `Some(vec![])`: no help.
    pub help: Option<Vec<HelpKind>>,
    pub trusted_person_name: String,

    pub what_happened: String,
    pub location: String,
    pub employee_name: String,
    pub desired_outcome: String,
    /// Serious matters that apply. `Some(vec![])`: none.
    pub serious: Option<Vec<SeriousTopic>>,

    pub name: String,
    pub email: String,
    pub phone: String,
    pub postal_address: String,
    pub preferred_contact: Option<ContactChannel>,
}

impl Answers {
    /// Who the complaint is about.
    pub fn for_whom(&self) -> Option<ForWhom> {
        self.for_whom
    }

    /// Someone files for another person (a parent, a support person): the screens about the
    /// client's situation then speak of "de cliënt".
    pub fn files_for_someone_else(&self) -> bool {
        self.for_whom() == Some(ForWhom::SomeoneElse)
    }

    /// How the complaint was filled in: for someone else, with help typing, or alone.
    pub fn support(&self) -> Support {
        match self.support {
            _ if self.files_for_someone_else() => Support::FilesForClient,
            Some(Support::HelpsTyping) => Support::HelpsTyping,
            _ => Support::Alone,
        }
    }
}

/// Names of answer fields: error targets in validation, element ids in the UI.
pub mod field {
    pub const SUPPORT: &str = "support";
    pub const EVENT_DATE: &str = "event_date";
    pub const LAST_CONTACT_DATE: &str = "last_contact_date";
    pub const TOPICS: &str = "topics";
    pub const EXCLUSIONS: &str = "exclusions";
    pub const ABOUT_VOLUNTEER: &str = "about_volunteer";
    pub const TALKED: &str = "talked";
    pub const TALK_ANSWERED: &str = "talk_answered";
    pub const TALKED_ON: &str = "talked_on";
    pub const DIRECT_ROUTE_REASON: &str = "direct_route_reason";
    pub const FOR_WHOM: &str = "for_whom";
    pub const CLIENT_DECEASED: &str = "client_deceased";
    pub const ROLE: &str = "role";
    pub const REPRESENTATIVE: &str = "representative";
    pub const WITHIN_SCOPE: &str = "within_scope";
    pub const WRITTEN_AUTHORISATION: &str = "written_authorisation";
    pub const CLIENT_NAME: &str = "client_name";
    pub const GROUP_NAME: &str = "group_name";
    pub const FUNDING: &str = "funding";
    pub const HELP: &str = "help";
    pub const TRUSTED_PERSON_NAME: &str = "trusted_person_name";
    pub const WHAT_HAPPENED: &str = "what_happened";
    pub const LOCATION: &str = "location";
    pub const EMPLOYEE_NAME: &str = "employee_name";
    pub const DESIRED_OUTCOME: &str = "desired_outcome";
    pub const SERIOUS: &str = "serious";
    pub const NAME: &str = "name";
    pub const EMAIL: &str = "email";
    pub const PHONE: &str = "phone";
    pub const POSTAL_ADDRESS: &str = "postal_address";
    pub const PREFERRED_CONTACT: &str = "preferred_contact";
}
