//! The regulation: one organisation's complaint rules, as typed Rust. Its JSON shape, with
//! every field documented, is in `format.rs`; `load.rs` turns JSON into this.

use serde::{Deserialize, Serialize};

use crate::core::text::{Contact, Destination, Text};

pub const FORMAT_VERSION: i64 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Regulation {
    pub format_version: i64,
    pub regulation_version: String,
    pub organisation: Organisation,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_limit: Option<TimeLimit>,
    #[serde(default)]
    pub exclusions: Vec<Exclusion>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub talk_first: Option<TalkFirst>,
    pub filers: Filers,
    #[serde(default)]
    pub help: Vec<HelpOption>,
    pub complaint_fields: ComplaintFields,
    pub contact_fields: ContactFields,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serious_matters: Option<SeriousMatters>,
    pub timeline: Timeline,
    #[serde(default)]
    pub escalation: Vec<EscalationRoute>,
    #[serde(default)]
    pub delivery: Delivery,
    #[serde(default = "default_languages")]
    pub languages: Vec<String>,
    #[serde(default)]
    pub texts: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
    /// The organisation's colours, font, logo and corners.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<crate::core::theme::Theme>,
    /// Where the "Snel weg" button goes: a neutral site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quick_exit_url: Option<String>,
}

fn default_languages() -> Vec<String> {
    vec!["nl".into(), "en".into()]
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub contact: Contact,
    #[serde(default)]
    pub locations: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_statement_url: Option<String>,
    #[serde(default)]
    pub bodies: Vec<Body>,
}

/// Someone who handles complaints: complaints officer, mediator, committee.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    pub id: String,
    pub role: BodyRole,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyRole {
    ComplaintsOffice,
    ComplaintsOfficer,
    Mediator,
    Manager,
    Director,
    QualityCoordinator,
    InternalCommittee,
    ExternalCommittee,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodUnit {
    WorkingDays,
    Days,
    Weeks,
    Months,
    Years,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub amount: u32,
    pub unit: PeriodUnit,
}

/// What a date is counted from for the time limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeasuredFrom {
    /// The day the thing complained about happened.
    Event,
    /// The last contact with the employee the complaint is about.
    LastContact,
}

/// What it means to be too late (or to meet an exclusion).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// The complaint cannot be handled here; the person is told where to go instead.
    NotHandled,
    /// The organisation may decline it; the person may continue.
    MayDecline,
    /// It is handled here, but on its own route (own term, own escalation).
    OwnRoute,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeLimit {
    pub period: Period,
    pub measured_from: Vec<MeasuredFrom>,
    pub effect: Effect,
    #[serde(default)]
    pub exceptions: Vec<TimeLimitException>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub go_to: Option<Destination>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeLimitException {
    pub topic: Topic,
    /// `None`: no time limit at all for this topic.
    pub period: Option<Period>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    YouthCare,
    SexualHarassment,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExclusionKind {
    Anonymous,
    AlreadyHandled,
    BeforeCourt,
    MunicipalDecision,
    OtherProcedure,
    ProsecutionOrCompensation,
    PersonalData,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exclusion {
    pub kind: ExclusionKind,
    pub effect: Effect,
    /// The question as the organisation words it; the standard question is used otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<Text>,
    /// Why, in the organisation's words; a standard explanation is used otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub go_to: Option<Destination>,
    /// For `own_route`: what is different on that route.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<OwnRoute>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnRoute {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_within: Option<Period>,
    #[serde(default)]
    pub escalation: Vec<EscalationRoute>,
    #[serde(default)]
    pub notes: Vec<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TalkPolicy {
    /// The complaint must have been discussed with staff first.
    Required,
    /// Discussing it first is asked, but not needed.
    Recommended,
    /// The person chooses: talk first, or go straight to the committee.
    Optional,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffRole {
    Employee,
    Begeleider,
    TeamLeader,
    Coordinator,
    Manager,
    VolunteerCoordinator,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IfNotTalked {
    /// The organisation first makes an appointment with staff.
    AppointmentFirst,
    /// The complaint goes to the employee first.
    ReferredToEmployee,
    /// It is handled as a complaint all the same.
    Continue,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TalkFirst {
    pub policy: TalkPolicy,
    pub with: Vec<StaffRole>,
    /// Who to talk to when the complaint is about a volunteer or an intern.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volunteers_and_interns: Option<StaffRole>,
    pub if_not: IfNotTalked,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_route: Option<DirectRoute>,
}

/// Straight to a committee without talking to staff first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectRoute {
    /// Id of a body in `organisation.bodies`.
    pub to: String,
    pub reason_required: bool,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FilerRole {
    /// The client files their own complaint.
    Client,
    LegalRepresentative,
    /// Someone the client asked.
    AuthorisedPerson,
    /// Only when the client has died.
    NextOfKin,
    /// Not a client, but directly affected (e.g. a neighbour).
    AffectedParty,
    /// A group, with one representative.
    Group,
    /// Staff of the organisation: may never file for a client.
    Employee,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RepresentativeKind {
    ParentWithAuthority,
    Guardian,
    Mentor,
    Curator,
    Bewindvoerder,
}

/// The part of a client's affairs a representative may complain about.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    All,
    CareAndSupport,
    Finances,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Representative {
    pub kind: RepresentativeKind,
    pub scope: Scope,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Filers {
    pub allowed: Vec<FilerRole>,
    #[serde(default)]
    pub representatives: Vec<Representative>,
    /// Whether someone the client asked needs a written authorisation.
    #[serde(default)]
    pub written_authorisation: bool,
    #[serde(default)]
    pub never: Vec<FilerRole>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub never_explanation: Option<Text>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HelpKind {
    /// The organisation's own independent mediator or complaints officer.
    Mediator,
    /// Someone the person knows and trusts.
    TrustedPerson,
    /// An independent vertrouwenspersoon.
    Vertrouwenspersoon,
    /// An independent cliëntondersteuner.
    Clientondersteuner,
    /// The client confidant (cliëntvertrouwenspersoon).
    ClientConfidant,
    /// A sociaal raadslid of the municipality.
    SocialCounsellor,
    /// An employee or a member of the client group.
    Colleague,
    /// A lawyer, at own cost.
    Legal,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Funding {
    Wmo,
    Wlz,
    Jeugdwet,
    Forensic,
    MunicipalSubsidy,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpOption {
    pub kind: HelpKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    /// Offered only to people whose care is paid this way; empty: to everyone.
    #[serde(default)]
    pub funding: Vec<Funding>,
    #[serde(default)]
    pub own_cost: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    Required,
    Optional,
    #[default]
    Hidden,
}

impl Need {
    pub fn asked(self) -> bool {
        self != Need::Hidden
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComplaintFields {
    pub event_date: Need,
    pub location: Need,
    pub employee_name: Need,
    pub desired_outcome: Need,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactChannel {
    Email,
    Phone,
    Post,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactFields {
    pub name: Need,
    pub email: Need,
    pub phone: Need,
    pub postal_address: Need,
    /// At least one of these must be filled in, so the organisation can reach the person.
    pub at_least_one_of: Vec<ContactChannel>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SeriousTopic {
    Calamity,
    SexualMisconduct,
    Abuse,
    Crime,
    LongSeriousSituation,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeriousMatters {
    pub topics: Vec<SeriousTopic>,
    /// What the organisation must do with such a complaint, told to the person.
    pub notice: Text,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Timeline {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipt_within: Option<Period>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_contact_within: Option<Period>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handling_starts_within: Option<Period>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_within: Option<Period>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<Period>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<Period>,
    /// The complaint stops when the person cannot be reached this long.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unreachable_withdrawal: Option<Period>,
    #[serde(default)]
    pub notes: Vec<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscalationRoute {
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    /// Only for people whose care is paid this way; empty: for everyone.
    #[serde(default)]
    pub funding: Vec<Funding>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Delivery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    #[serde(default = "default_timeout")]
    pub timeout_seconds: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fallback_email: Option<String>,
    #[serde(default = "default_draft_days")]
    pub draft_days: u32,
}

fn default_timeout() -> u32 {
    20
}

fn default_draft_days() -> u32 {
    7
}

impl Default for Delivery {
    fn default() -> Self {
        Self {
            endpoint: None,
            timeout_seconds: default_timeout(),
            fallback_email: None,
            draft_days: default_draft_days(),
        }
    }
}

impl Regulation {
    pub fn allows(&self, role: FilerRole) -> bool {
        self.filers.allowed.contains(&role)
    }

    pub fn body(&self, id: &str) -> Option<&Body> {
        self.organisation.bodies.iter().find(|b| b.id == id)
    }

    /// Whether anything offered or told depends on how the person's care is paid.
    pub fn asks_funding(&self) -> bool {
        self.help.iter().any(|h| !h.funding.is_empty())
            || self.escalation.iter().any(|e| !e.funding.is_empty())
    }
}
